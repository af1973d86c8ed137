package io.kefu.qa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.qa.QaRuleId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ViolationKeyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "s-1:forbidden_words:3, s-1, FORBIDDEN_WORDS, 3",
    "tenant:s:2:missing_greeting:0, tenant:s:2, MISSING_GREETING, 0",
    "s-9:sentiment_drop:-1, s-9, SENTIMENT_DROP, -1"
  })
  void aKeyIsReadFromTheRightSoSessionIdsMayHoldColons(
      String key, String session, QaRuleId rule, int index) {
    ViolationKey parsed = ViolationKey.parse(key);

    assertThat(parsed).isEqualTo(new ViolationKey(session, rule, index));
    assertThat(parsed.value()).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "s-1:forbidden_words, not session_id:rule_id:message_index",
    "s-1:no_such_rule:3, unknown rule_id 'no_such_rule'",
    "s-1:forbidden_words:x, message_index is not an integer",
    ":forbidden_words:1, not session_id:rule_id:message_index"
  })
  void aBadKeyIsRefusedSayingWhy(String key, String reason) {
    assertThatThrownBy(() -> ViolationKey.parse(key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }
}
