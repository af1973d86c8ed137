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
