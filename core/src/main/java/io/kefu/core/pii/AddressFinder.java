package io.kefu.core.pii;

import io.kefu.core.pii.AddressLexicon.Level;
import io.kefu.core.pii.AddressLexicon.Marker;

/**
 * Finds Chinese postal addresses such as 广东省深圳市南山区科技园南路88号 or 北京市朝阳区建国路93号万达广场3号楼1单元502室.
 *
 * <p>An address is a chain of segments, each a name ending in a marker (省, 区, 路, 88号, 502室, 小区,
 * ...), written one after the other. It is masked from the start of its first segment to the end of
 * its house or room number when it has at least two segments and says where a door is: an
 * administrative area with a road or number, a road with a number, or a building or room. So 区别,
 * 市场, 号码, 一号店 and a bare 北京市朝阳区 are left alone.
 */
final class AddressFinder {

  private static final int MAX_FORWARD_NAME = 8;
  private static final int MAX_NUMBER_NAME = 8;
  private static final int MAX_GAP_SPACES = 2;
  private static final int MAX_TRAILING_ROOM = 6;

  private AddressFinder() {}

  static void maskAll(TextView v) {
    int q = 0;
    while (q < v.length) {
      Marker marker = v.free(q) ? AddressLexicon.markerAt(v, q) : null;
      int end = marker == null ? -1 : maskAddressAt(v, q, marker);
      q = end > 0 ? end : q + 1;
    }
  }

  // Tries the address whose first marker is at q; masks it and returns its end, or -1.
  private static int maskAddressAt(TextView v, int q, Marker first) {
    int start = firstSegmentStart(v, q, first);
    if (start < 0) {
      return -1;
    }
    Chain chain = new Chain();
    chain.add(first);
    int end = q + first.text().length();
    while (true) {
      int from = end;
      while (from < v.length && from - end < MAX_GAP_SPACES && v.c[from] == ' ' && v.free(from)) {
        from++;
      }
      Segment next = nextSegment(v, from);
      if (next == null) {
        break;
      }
      chain.add(next.marker());
      end = next.end();
    }
    if (!chain.isAddress()) {
      return -1;
    }
    end = trailingRoomNumber(v, end, chain.last);
    v.mask(start, end, PiiType.ADDRESS);
    return end;
  }

  private static int firstSegmentStart(TextView v, int q, Marker marker) {
    if (marker.text().equals("道")) {
      // 知道, 频道, 味道: too common to open an address; as a later segment it is fine.
      return -1;
    }
    int s = q;
    if (marker.numbered()) {
      while (s > 0 && q - s < MAX_NUMBER_NAME && v.free(s - 1) && isNumber(v.c[s - 1])) {
        s--;
      }
      return s < q ? s : -1;
    }
    int place = AddressLexicon.placeEndingAt(v, q);
    if (place > 0) {
      s = q - place;
    } else {
      int limit = nameLimit(marker);
      while (s > 0 && q - s < limit && v.free(s - 1) && isWord(v.c[s - 1])) {
        s--;
      }
      if (q - s < (marker.level() == Level.ADMIN ? 2 : 1)) {
        return -1;
      }
    }
    // Provinces and cities written without 省/市 before it: 上海徐汇区, 广东深圳南山区.
    for (int k = 0; k < 2; k++) {
      int before = AddressLexicon.placeEndingAt(v, s);
      if (before == 0) {
        break;
      }
      s -= before;
    }
    return s;
  }

  // How far back the name of an address's first segment may reach when it is no known place.
  private static int nameLimit(Marker marker) {
    return switch (marker.level()) {
      case ADMIN -> marker.text().length() >= 3 ? 3 : 2;
      case TOWN -> 3;
      default -> 4;
    };
  }

  // The segment that starts at p: a name of up to MAX_FORWARD_NAME chars and its marker, or null.
  private static Segment nextSegment(TextView v, int p) {
    for (int q = p; q < v.length && q - p <= MAX_FORWARD_NAME; q++) {
      if (!v.free(q)) {
        return null;
      }
      Marker marker = q > p ? AddressLexicon.markerAt(v, q) : null;
      Marker ending = marker == null ? null : afterName(v, q, marker);
      if (ending != null) {
        return new Segment(ending, q);
      }
      if (!AddressLexicon.isNameChar(v.c[q])) {
        return null;
      }
    }
    return null;
  }

  // A numbered marker needs a number right before it (88号); 楼 after a word is a building.
  private static Marker afterName(TextView v, int q, Marker marker) {
    if (!marker.numbered() || isNumber(v.c[q - 1])) {
      return marker;
    }
    return marker.text().equals(AddressLexicon.NAMED_BUILDING.text())
        ? AddressLexicon.NAMED_BUILDING
        : null;
  }

  // A room number written after the building without a marker: 万达广场B座1201.
  private static int trailingRoomNumber(TextView v, int end, Level last) {
    if (last != Level.ROOM && last != Level.PLACE) {
      return end;
    }
    int p = end;
    while (p < v.length && p - end < MAX_TRAILING_ROOM && v.free(p) && isRoomChar(v.c[p])) {
      p++;
    }
    boolean wholeNumber =
        p == v.length || !AddressLexicon.isIdeograph(v.c[p]) && !isRoomChar(v.c[p]);
    return p > end && wholeNumber ? p : end;
  }

  private static boolean isWord(char ch) {
    return AddressLexicon.isIdeograph(ch) && AddressLexicon.isNameChar(ch);
  }

  private static boolean isNumber(char ch) {
    return AddressLexicon.isNumberChar(ch);
  }

  private static boolean isRoomChar(char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || ch == '-' || ch == '#';
  }

  /** A segment's marker and the index just after it. */
  private record Segment(Marker marker, int markerAt) {
    int end() {
      return markerAt + marker.text().length();
    }
  }

  /** The levels seen so far in one candidate address. */
  private static final class Chain {
    int segments;
    boolean area;
    boolean road;
    boolean number;
    boolean room;
    boolean variedMarkers;
    Marker first;
    Level last;

    void add(Marker marker) {
      Level level = marker.level();
      first = first == null ? marker : first;
      variedMarkers |= !marker.text().equals(first.text());
      segments++;
      last = level;
      area |= level == Level.ADMIN || level == Level.TOWN;
      road |= level == Level.ROAD;
      number |= level == Level.NUMBER || level == Level.ROOM;
      room |= level == Level.ROOM;
    }

    boolean isAddress() {
      // Rooms alone need two kinds of marker: 3号楼1单元 is an address, 5楼3楼 is not.
      return segments >= 2
          && ((area && (road || number)) || (road && number) || (room && variedMarkers));
    }
  }
}
