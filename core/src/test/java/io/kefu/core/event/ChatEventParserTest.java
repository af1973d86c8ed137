package io.kefu.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChatEventParserTest {

  private static final String HEAD =
      "\"event_id\":\"e1\",\"session_id\":\"s1\",\"customer_id\":\"c1\",\"agent_id\":\"a1\","
          + "\"channel\":\"app\",\"ts\":\"2026-11-01T10:00:00+08:00\"";

  private final ChatEventParser parser = new ChatEventParser();

  @Test
  void messageWithEveryFieldIsValid() {
    ParsedEvent parsed =
        parser.parse("{" + HEAD + ",\"type\":\"message\",\"role\":\"customer\",\"text\":\"在吗\"}");

    assertThat(parsed).isInstanceOf(ParsedEvent.Valid.class);
    ChatEvent e = ((ParsedEvent.Valid) parsed).event();
    assertThat(e.type()).isEqualTo(EventType.MESSAGE);
    assertThat(e.role()).isEqualTo(Role.CUSTOMER);
    assertThat(e.text()).isEqualTo("在吗");
    assertThat(e.ts().toInstant().toString()).isEqualTo("2026-11-01T02:00:00Z");
  }

  @Test
  void agentIdMayBeNullOrAbsentWhileTheBotServes() {
    String line =
        "{\"event_id\":\"e1\",\"type\":\"session_start\",\"session_id\":\"s1\","
            + "\"customer_id\":\"c1\",\"channel\":\"wechat\",\"ts\":\"2026-11-01T10:00:00Z\"}";

    ParsedEvent parsed = parser.parse(line);

    assertThat(parsed).isInstanceOf(ParsedEvent.Valid.class);
    assertThat(((ParsedEvent.Valid) parsed).event().agentId()).isNull();
  }

  @Test
  void unknownFieldsAreIgnored() {
    ParsedEvent parsed =
        parser.parse("{" + HEAD + ",\"type\":\"transfer\",\"shop\":\"旗舰店\",\"extra\":[1,2]}");

    assertThat(parsed).isInstanceOf(ParsedEvent.Valid.class);
  }

  static Stream<Arguments> invalidRecords() {
    return Stream.of(
        Arguments.of("truncated JSON", "{" + HEAD + ",\"type\":\"transfer\"", "malformed_json"),
        Arguments.of("a JSON array", "[1,2]", "malformed_json"),
        Arguments.of("empty line", "", "malformed_json"),
        Arguments.of(
            "missing session_id",
            "{" + HEAD.replace("\"session_id\":\"s1\",", "") + ",\"type\":\"transfer\"}",
            "missing_field"),
        Arguments.of(
            "message without text",
            "{" + HEAD + ",\"type\":\"message\",\"role\":\"agent\"}",
            "missing_field"),
        Arguments.of(
            "session_end without end_reason",
            "{" + HEAD + ",\"type\":\"session_end\"}",
            "missing_field"),
        Arguments.of(
            "rating as a string",
            "{" + HEAD + ",\"type\":\"csat\",\"rating\":\"5\"}",
            "wrong_type"),
        Arguments.of(
            "ts as a number",
            "{"
                + HEAD.replace("\"2026-11-01T10:00:00+08:00\"", "1793500000")
                + ",\"type\":\"csat\",\"rating\":5}",
            "wrong_type"),
        Arguments.of(
            "text as a number",
            "{" + HEAD + ",\"type\":\"message\",\"role\":\"agent\",\"text\":42}",
            "wrong_type"),
        Arguments.of(
            "ts without an offset",
            "{" + HEAD.replace("+08:00", "") + ",\"type\":\"transfer\"}",
            "bad_timestamp"),
        Arguments.of(
            "impossible date",
            "{" + HEAD.replace("2026-11-01T10", "2026-13-45T25") + ",\"type\":\"transfer\"}",
            "bad_timestamp"),
        Arguments.of(
            "ts in words",
            "{" + HEAD.replace("2026-11-01T10:00:00+08:00", "昨天下午") + ",\"type\":\"transfer\"}",
            "bad_timestamp"),
        Arguments.of("unknown type", "{" + HEAD + ",\"type\":\"chat\"}", "bad_value"),
        Arguments.of(
            "unknown channel",
            "{" + HEAD.replace("app", "fax") + ",\"type\":\"transfer\"}",
            "bad_value"),
        Arguments.of(
            "rating out of range", "{" + HEAD + ",\"type\":\"csat\",\"rating\":9}", "bad_value"),
        Arguments.of(
            "empty event id",
            "{" + HEAD.replace("e1", " ") + ",\"type\":\"transfer\"}",
            "bad_value"),
        Arguments.of(
            "unknown role",
            "{" + HEAD + ",\"type\":\"message\",\"role\":\"admin\",\"text\":\"x\"}",
            "bad_value"));
  }

  @ParameterizedTest(name = "{0} is rejected as {2}")
  @MethodSource("invalidRecords")
  void invalidRecordsAreRejectedWithTheirPrimaryReason(String name, String line, String reason) {
    ParsedEvent parsed = parser.parse(line);

    assertThat(parsed).isInstanceOf(ParsedEvent.Invalid.class);
    assertThat(((ParsedEvent.Invalid) parsed).primaryReason().wireName()).isEqualTo(reason);
  }

  @Test
  void everyProblemOfARecordIsReported() {
    String line =
        "{\"event_id\":\"e9\",\"type\":\"csat\",\"channel\":\"fax\",\"ts\":\"soon\",\"rating\":0}";

    ParsedEvent.Invalid invalid = (ParsedEvent.Invalid) parser.parse(line);

    assertThat(invalid.eventId()).isEqualTo("e9");
    assertThat(invalid.reasons())
        .extracting(Rejection::field)
        .containsExactly("session_id", "customer_id", "channel", "ts", "rating");
  }

  @Test
  void rejectionDetailsDoNotEchoMessageText() {
    String secret = "我的手机13812345678";
    String line =
        "{" + HEAD + ",\"type\":\"message\",\"role\":\"robot\",\"text\":\"" + secret + "\"}";

    ParsedEvent.Invalid invalid = (ParsedEvent.Invalid) parser.parse(line);

    assertThat(invalid.reasons()).allSatisfy(r -> assertThat(r.detail()).doesNotContain("1381234"));
  }

  static Stream<Arguments> impossibleOrLenientTimestamps() {
    return Stream.of(
        Arguments.of("30 February", "2026-02-30T09:52:48+08:00"),
        Arguments.of("29 February of a common year", "2026-02-29T09:52:48+08:00"),
        Arguments.of("31 April", "2026-04-31T09:52:48Z"),
        Arguments.of("day 0", "2026-11-00T10:00:00+08:00"),
        Arguments.of("day 32", "2026-11-32T10:00:00+08:00"),
        Arguments.of("month 13", "2026-13-01T10:00:00+08:00"),
        Arguments.of("month 0", "2026-00-01T10:00:00+08:00"),
        Arguments.of("minute 61", "2026-11-01T23:61:00+08:00"),
        Arguments.of("hour 24 and minute 61", "2026-11-01T24:61:00+08:00"),
        Arguments.of("24:00 end of day", "2026-11-01T24:00:00+08:00"),
        Arguments.of("second 60", "2026-11-01T23:59:60+08:00"),
        Arguments.of("hour 25", "2026-11-01T25:00:00+08:00"),
        Arguments.of("offset beyond 18 hours", "2026-11-01T10:00:00+19:00"),
        Arguments.of("no separator between date and time", "2026-11-0110:00:00+08:00"),
        Arguments.of("both separators", "2026-11-01T 10:00:00+08:00"),
        Arguments.of("one-digit month", "2026-2-03T10:00:00+08:00"),
        Arguments.of("no offset", "2026-11-01T10:00:00"),
        Arguments.of("date only", "2026-11-01"));
  }

  @ParameterizedTest(name = "{0} ({1}) is a bad_timestamp")
  @MethodSource("impossibleOrLenientTimestamps")
  void impossibleDatesAndTimesAreBadTimestamps(String name, String ts) {
    ParsedEvent parsed = parser.parse(withTs(ts));

    assertThat(parsed).isInstanceOf(ParsedEvent.Invalid.class);
    assertThat(((ParsedEvent.Invalid) parsed).primaryReason())
        .isEqualTo(InvalidReason.BAD_TIMESTAMP);
  }

  static Stream<Arguments> validTimestamps() {
    return Stream.of(
        Arguments.of("2026-11-01T10:00:00+08:00", "2026-11-01T02:00:00Z"),
        Arguments.of("2026-11-01T02:00:00Z", "2026-11-01T02:00:00Z"),
        Arguments.of("2026-11-01t02:00:00z", "2026-11-01T02:00:00Z"),
        Arguments.of("2026-11-01T10:00+08:00", "2026-11-01T02:00:00Z"),
        Arguments.of("2026-11-01T10:00:00.250+08:00", "2026-11-01T02:00:00.250Z"),
        Arguments.of("2026-11-01T10:00:00.123456789+08:00", "2026-11-01T02:00:00.123456789Z"),
        Arguments.of("2026-11-01 10:00:00.5+08:00", "2026-11-01T02:00:00.500Z"),
        Arguments.of("2026-11-01T00:00:00-05:00", "2026-11-01T05:00:00Z"),
        Arguments.of("2026-11-01T10:00:00+05:45", "2026-11-01T04:15:00Z"),
        Arguments.of("2028-02-29T09:52:48+08:00", "2028-02-29T01:52:48Z"),
        Arguments.of("2026-12-31T23:59:59+08:00", "2026-12-31T15:59:59Z"),
        Arguments.of(" 2026-11-01T10:00:00+08:00 ", "2026-11-01T02:00:00Z"));
  }

  @ParameterizedTest(name = "{0} is the instant {1}")
  @MethodSource("validTimestamps")
  void everyIsoDateTimeWithAnOffsetIsAccepted(String ts, String instant) {
    ParsedEvent parsed = parser.parse(withTs(ts));

    assertThat(parsed).isInstanceOf(ParsedEvent.Valid.class);
    assertThat(((ParsedEvent.Valid) parsed).event().ts().toInstant().toString()).isEqualTo(instant);
  }

  static Stream<Arguments> notExactlyOneObject() {
    String event = "{" + HEAD + ",\"type\":\"transfer\"}";
    return Stream.of(
        Arguments.of("two objects", event + event),
        Arguments.of("two objects with a space", event + " " + event),
        Arguments.of("an object then a word", event + " trailing"),
        Arguments.of("an object then a number", event + " 42"),
        Arguments.of("an object then a closing brace", event + "}"),
        Arguments.of("an object then an array", event + "[]"));
  }

  @ParameterizedTest(name = "{0} on one line is malformed_json")
  @MethodSource("notExactlyOneObject")
  void aLineIsExactlyOneJsonObject(String name, String line) {
    ParsedEvent parsed = parser.parse(line);

    assertThat(parsed).isInstanceOf(ParsedEvent.Invalid.class);
    assertThat(((ParsedEvent.Invalid) parsed).primaryReason())
        .isEqualTo(InvalidReason.MALFORMED_JSON);
  }

  @Test
  void whitespaceAroundTheObjectIsAllowed() {
    ParsedEvent parsed = parser.parse(" \t{" + HEAD + ",\"type\":\"transfer\"}  \t ");

    assertThat(parsed).isInstanceOf(ParsedEvent.Valid.class);
  }

  private static String withTs(String ts) {
    return "{" + HEAD.replace("2026-11-01T10:00:00+08:00", ts) + ",\"type\":\"transfer\"}";
  }

  @Test
  void timestampWithSpaceSeparatorAndOffsetIsAccepted() {
    ParsedEvent parsed =
        parser.parse(
            "{"
                + HEAD.replace("2026-11-01T10:00:00+08:00", "2026-11-01 10:00:00.250+08:00")
                + ",\"type\":\"transfer\"}");

    assertThat(parsed).isInstanceOf(ParsedEvent.Valid.class);
  }
}
