package io.kefu.qa.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.testing.Inspect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real-looking agent lines (test resource {@code agent-lines.tsv}): each breaks exactly the phrase
 * rule named, or none. Covers agents' own phrasings, dodges and harmless near-misses.
 */
class AgentLinesTest {

  private static final Set<QaRuleId> PHRASE_RULES =
      EnumSet.of(
          QaRuleId.FORBIDDEN_WORDS,
          QaRuleId.IMPROPER_PROMISE,
          QaRuleId.OFF_PLATFORM_STEERING,
          QaRuleId.REVIEW_SOLICITATION,
          QaRuleId.AGENT_PII_LEAK);

  static Stream<Arguments> lines() throws IOException {
    try (InputStream in = AgentLinesTest.class.getResourceAsStream("/agent-lines.tsv")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return all
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .map(f -> Arguments.of(f[0], f[1]))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("lines")
  void eachLineBreaksOnlyTheRuleExpected(String line, String expected) {
    List<String> broken =
        PHRASE_RULES.stream()
            .filter(rule -> !Inspect.agentLine(line, rule).isEmpty())
            .map(QaRuleId::id)
            .toList();
    assertThat(broken).as(line).isEqualTo(expected.equals("-") ? List.of() : List.of(expected));
  }
}
