package io.kefu.samples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.EventTimestamps;
import java.time.DateTimeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalEventTimeTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-01T10:00:00+08:00",
        "2026-11-01T10:00:00Z",
        "2026-11-01T23:59:59-05:00",
        "2026-11-01T23:59:59.5+05:45",
        "2026-11-01T23:59:59.123456789+08:00",
        "2028-02-29T00:00:00+14:00",
        "2026-11-01T00:00:00-00:00",
      })
  void theCanonicalFormIsReadToTheFormattersInstant(String ts) {
    assertThat(CanonicalEventTime.micros(ts)).isNotNull().isEqualTo(viaFormatter(ts));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-30T10:00:00+08:00", // no such day
        "2026-11-01T24:00:00+08:00",
        "2026-11-01T10:60:00+08:00",
        "2026-11-01T10:00:60+08:00",
        "2026-11-01T10:00:00+08:75", // minutes of the offset
        "2026-11-01T10:00:00+19:00", // beyond ±18:00
        "2026-11-01T10:00:00.1234567891Z", // ten fraction digits
        "2026-11-01T10:00:00.Z",
        "2026-11-01T10:00:00",
        "2026-11-01T10:00+08:00", // no seconds: the formatter reads it
        "2026-11-01 10:00:00+08:00", // a space: the formatter reads it
        "2026-11-01T10:00:00z",
        " 2026-11-01T10:00:00Z",
        "2026-11-01T10:00:00+0800",
        "2026-11-01T10:00:00+08:00:00",
        "+12026-11-01T10:00:00Z",
        "２０２６-11-01T10:00:00Z",
        "",
      })
  void anythingElseIsLeftToTheFormatter(String ts) {
    assertThat(CanonicalEventTime.micros(ts)).isNull();
    assertThat(EventLineFields.micros(ts)).isEqualTo(viaFormatter(ts));
  }

  private static Long viaFormatter(String ts) {
    try {
      return EventLineFields.toMicros(EventTimestamps.parse(ts).toInstant());
    } catch (DateTimeException e) {
      return null;
    }
  }
}
