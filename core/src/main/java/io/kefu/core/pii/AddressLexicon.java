package io.kefu.core.pii;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The words a Chinese postal address is built from: level markers and well-known place names. */
final class AddressLexicon {

  /** What a marker ends: an administrative area, a road, a house number, a room, a named place. */
  enum Level {
    ADMIN,
    TOWN,
    ROAD,
    NUMBER,
    ROOM,
    PLACE
  }

  /** A marker and its level; {@code numbered} markers need a number before them ("88号"). */
  record Marker(String text, Level level, boolean numbered) {}

  // Longer markers first, so "号楼" wins over "号" and "街道" over "街".
  private static final List<Marker> MARKERS =
      List.of(
          new Marker("特别行政区", Level.ADMIN, false),
          new Marker("自治区", Level.ADMIN, false),
          new Marker("自治州", Level.ADMIN, false),
          new Marker("新区", Level.ADMIN, false),
          new Marker("省", Level.ADMIN, false),
          new Marker("市", Level.ADMIN, false),
          new Marker("区", Level.ADMIN, false),
          new Marker("县", Level.ADMIN, false),
          new Marker("街道", Level.TOWN, false),
          new Marker("镇", Level.TOWN, false),
          new Marker("乡", Level.TOWN, false),
          new Marker("村", Level.TOWN, false),
          new Marker("大道", Level.ROAD, false),
          new Marker("大街", Level.ROAD, false),
          new Marker("胡同", Level.ROAD, false),
          new Marker("路", Level.ROAD, false),
          new Marker("街", Level.ROAD, false),
          new Marker("道", Level.ROAD, false),
          new Marker("巷", Level.ROAD, false),
          new Marker("号院", Level.NUMBER, true),
          new Marker("号楼", Level.ROOM, true),
          new Marker("号", Level.NUMBER, true),
          new Marker("弄", Level.NUMBER, true),
          new Marker("组", Level.NUMBER, true),
          new Marker("单元", Level.ROOM, true),
          new Marker("栋", Level.ROOM, true),
          new Marker("幢", Level.ROOM, true),
          new Marker("座", Level.ROOM, true),
          new Marker("室", Level.ROOM, true),
          new Marker("楼", Level.ROOM, true),
          new Marker("层", Level.ROOM, true),
          new Marker("户", Level.ROOM, true),
          new Marker("小区", Level.PLACE, false),
          new Marker("花园", Level.PLACE, false),
          new Marker("公寓", Level.PLACE, false),
          new Marker("大厦", Level.PLACE, false),
          new Marker("广场", Level.PLACE, false),
          new Marker("家园", Level.PLACE, false),
          new Marker("新村", Level.PLACE, false),
          new Marker("中心", Level.PLACE, false),
          new Marker("苑", Level.PLACE, false),
          new Marker("园", Level.PLACE, false),
          new Marker("院", Level.PLACE, false));

  /** A building named by words rather than a number: 办公楼, 教学楼. */
  static final Marker NAMED_BUILDING = new Marker("楼", Level.PLACE, false);

  // Provinces, municipalities and large cities, written without 省/市 as people often do.
  private static final String PLACES =
      "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南"
          + " 四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 深圳 广州 杭州 南京 苏州"
          + " 成都 武汉 西安 郑州 长沙 沈阳 大连 青岛 厦门 宁波 合肥 福州 济南 昆明 哈尔滨 长春 石家庄 太原"
          + " 南昌 南宁 贵阳 兰州 海口 三亚 东莞 佛山 珠海 无锡 常州 温州 绍兴 嘉兴 金华 台州 烟台 潍坊 泉州"
          + " 惠州 中山 汕头 徐州 扬州 南通 洛阳 保定 唐山 呼和浩特 乌鲁木齐 拉萨 银川 西宁 廊坊 湖州 镇江"
          + " 盐城 芜湖 桂林 柳州 宜昌 襄阳 岳阳 株洲 绵阳 遵义 大理 丽江 昆山 义乌";

  // Chars that end a place name: verbs and particles around an address in a sentence.
  private static final String STOP_CHARS = "的了吗呢吧啊呀在是到寄送址住为往从我你他她您们收发给去或及请帮把改换填写留谢要想能可就也还但那这个么";

  private static final String NUMERALS = "0123456789一二三四五六七八九十百千零〇两";

  private static final boolean[] MARKER_LEAD = new boolean[0x10000];
  private static final Map<Character, List<String>> PLACES_BY_LAST_CHAR = new HashMap<>();

  static {
    for (Marker marker : MARKERS) {
      MARKER_LEAD[marker.text().charAt(0)] = true;
    }
    for (String place : PLACES.split(" ")) {
      PLACES_BY_LAST_CHAR
          .computeIfAbsent(place.charAt(place.length() - 1), k -> new java.util.ArrayList<>())
          .add(place);
    }
  }

  private AddressLexicon() {}

  /** The marker that starts at {@code at}, or null. */
  static Marker markerAt(TextView v, int at) {
    if (!MARKER_LEAD[v.c[at]]) {
      return null;
    }
    for (Marker marker : MARKERS) {
      if (v.regionEquals(at, marker.text()) && v.freeRange(at, at + marker.text().length())) {
        return marker;
      }
    }
    return null;
  }

  /** Whether the char may start a marker; a cheap pre-check before any address search. */
  static boolean mayStartMarker(char ch) {
    return MARKER_LEAD[ch];
  }

  /** The length of a known place name that ends just before {@code end}, or 0. */
  static int placeEndingAt(TextView v, int end) {
    if (end <= 0) {
      return 0;
    }
    List<String> places = PLACES_BY_LAST_CHAR.get(v.c[end - 1]);
    if (places != null) {
      for (String place : places) {
        int start = end - place.length();
        if (v.regionEquals(start, place) && v.freeRange(start, end)) {
          return place.length();
        }
      }
    }
    return 0;
  }

  /**
   * A char that may be part of a place name: a CJK ideograph other than a stop char, or a number.
   */
  static boolean isNameChar(char ch) {
    return (isIdeograph(ch) && STOP_CHARS.indexOf(ch) < 0) || isNumberChar(ch);
  }

  /** A char of a house or room number: digits, Chinese numerals, letters (A座), '#', '-'. */
  static boolean isNumberChar(char ch) {
    return NUMERALS.indexOf(ch) >= 0 || (ch >= 'a' && ch <= 'z') || ch == '#' || ch == '-';
  }

  static boolean isIdeograph(char ch) {
    return (ch >= 0x4E00 && ch <= 0x9FFF) || (ch >= 0x3400 && ch <= 0x4DBF);
  }
}
