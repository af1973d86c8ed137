package io.kefu.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventTimestampsTest {

  @Test
  void theCommonShapesParseToTheSameInstantAndOffsetAsTheFormatter() {
    for (String ts :
        new String[] {
          "2026-03-01T09:30:00+08:00",
          "2026-03-01T01:30:00Z",
          "2026-02-28T20:30:00-05:00",
          "2024-02-29T23:59:59.999+09:00",
          "2026-03-01T00:00:00.5-00:30",
          "2026-12-31T23:59:59.123456789+14:00"
        }) {
      OffsetDateTime fast = EventTimestamps.parseCommon(ts);
      assertEquals(OffsetDateTime.parse(ts), fast, ts);
      assertEquals(fast, EventTimestamps.parseWithFormatter(ts), ts);
    }
  }

  @Test
  void otherShapesGoThroughTheFormatter() {
    assertNull(EventTimestamps.parseCommon("2026-03-01 09:30:00+08:00"));
    assertNull(EventTimestamps.parseCommon("2026-03-01T09:30+08:00"));
    assertNull(EventTimestamps.parseCommon("2026-03-01t09:30:00z"));
    assertNull(EventTimestamps.parseCommon(" 2026-03-01T09:30:00Z"));
    assertEquals(
        OffsetDateTime.parse("2026-03-01T09:30:00+08:00"),
        EventTimestamps.parse(" 2026-03-01 09:30:00+08:00 "));
    assertEquals(
        OffsetDateTime.parse("2026-03-01T09:30+08:00"),
        EventTimestamps.parse("2026-03-01T09:30+08:00"));
  }

  @Test
  void daysAndTimesThatDoNotExistAreRefused() {
    for (String ts :
        new String[] {
          "2026-02-29T10:00:00+08:00",
          "2026-02-30T10:00:00+08:00",
          "2026-13-01T10:00:00+08:00",
          "2026-04-31T10:00:00+08:00",
          "2026-03-01T24:00:00+08:00",
          "2026-03-01T23:61:00+08:00",
          "2026-03-01T23:59:60+08:00",
          "2026-03-01T10:00:00+19:00",
          "2026-03-01T10:00:00",
          "2026-03-01T10:00:00+0800",
          "2026-03-01T10:00:00.+08:00x",
          "2026-03-32T10:00:00Z"
        }) {
      assertNull(EventTimestamps.parseCommon(ts), ts);
      assertThrows(DateTimeParseException.class, () -> EventTimestamps.parseWithFormatter(ts), ts);
      assertThrows(DateTimeParseException.class, () -> EventTimestamps.parse(ts), ts);
    }
  }

  // Random strings near the common shape: the fast path either agrees with the formatter or
  // declines (null), never accepts what the formatter refuses or reads it differently.
  @Test
  void theFastPathNeverDisagreesWithTheFormatter() {
    SplittableRandom random = new SplittableRandom(11);
    int agreed = 0;
    String alphabet = "0123456789-:T.Z+ z";
    for (int i = 0; i < 20_000; i++) {
      char[] ts = "2024-02-29T23:59:59.125+08:00".toCharArray();
      for (int k = random.nextInt(0, 3); k > 0; k--) {
        ts[random.nextInt(ts.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      int length = random.nextInt(4) == 0 ? random.nextInt(18, ts.length + 1) : ts.length;
      String text = new String(ts, 0, length);
      OffsetDateTime fast = EventTimestamps.parseCommon(text);
      OffsetDateTime slow;
      try {
        slow = EventTimestamps.parseWithFormatter(text);
      } catch (DateTimeParseException refused) {
        slow = null;
      }
      if (fast != null) {
        assertEquals(slow, fast, text);
        agreed++;
      }
    }
    assertTrue(agreed > 1_000, "the fast path took " + agreed + " of the strings");
  }
}
