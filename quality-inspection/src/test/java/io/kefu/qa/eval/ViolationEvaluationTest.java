package io.kefu.qa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.qa.QaRuleId;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViolationEvaluationTest {

  private static RuleScore of(ViolationEvaluation e, QaRuleId rule) {
    return e.rules().stream().filter(r -> r.rule().equals(rule.id())).findFirst().orElseThrow();
  }

  @Test
  void pairsAreMatchedOnSessionAndRuleIntoTruePositivesFalsePositivesAndFalseNegatives() {
    Map<String, Set<QaRuleId>> truth =
        Map.of(
            "s1", EnumSet.of(QaRuleId.FORBIDDEN_WORDS, QaRuleId.REPLY_TIMEOUT),
            "s2", EnumSet.of(QaRuleId.FORBIDDEN_WORDS),
            "s3", EnumSet.noneOf(QaRuleId.class));
    Map<String, Set<QaRuleId>> found =
        Map.of(
            "s1", EnumSet.of(QaRuleId.FORBIDDEN_WORDS),
            "s3", EnumSet.of(QaRuleId.FORBIDDEN_WORDS, QaRuleId.MISSING_GREETING));

    ViolationEvaluation e = ViolationEvaluation.of(found, Set.of("s1", "s2", "s3"), truth);

    assertThat(of(e, QaRuleId.FORBIDDEN_WORDS))
        .isEqualTo(new RuleScore("forbidden_words", 1, 1, 1, 0.5, 0.5));
    assertThat(of(e, QaRuleId.REPLY_TIMEOUT))
        .isEqualTo(new RuleScore("reply_timeout", 0, 0, 1, null, 0.0));
    assertThat(of(e, QaRuleId.MISSING_GREETING))
        .isEqualTo(new RuleScore("missing_greeting", 0, 1, 0, 0.0, null));
    assertThat(of(e, QaRuleId.AGENT_PII_LEAK))
        .isEqualTo(new RuleScore("agent_pii_leak", 0, 0, 0, null, null));
    assertThat(e.all()).isEqualTo(new RuleScore("all", 1, 2, 2, 1 / 3.0, 1 / 3.0));
    assertThat(e.truthSessionsNotInspected()).isZero();
  }

  @Test
  void aTruthSessionThatWasNotInspectedCountsItsViolationsAsMissed() {
    ViolationEvaluation e =
        ViolationEvaluation.of(
            Map.of(), Set.of(), Map.of("lost", EnumSet.of(QaRuleId.AGENT_PII_LEAK)));

    assertThat(of(e, QaRuleId.AGENT_PII_LEAK).fn()).isEqualTo(1);
    assertThat(e.truthSessions()).isEqualTo(1);
    assertThat(e.truthSessionsNotInspected()).isEqualTo(1);
  }

  @Test
  void theTruthFileGivesEverySessionAndItsPlantedRules() throws Exception {
    String file =
        "{\"session_id\":\"a\",\"qa_violations\":[{\"rule_id\":\"forbidden_words\",\"message_index\":3},"
            + "{\"rule_id\":\"forbidden_words\",\"message_index\":5}]}\n"
            + "\n"
            + "{\"session_id\":\"b\",\"qa_violations\":[]}\n"
            + "{\"session_id\":\"c\",\"rules_broken\":[{\"rule_id\":\"reply_timeout\",\"message_index\":1}]}\n";

    Map<String, Set<QaRuleId>> truth =
        TruthViolations.read(new BufferedReader(new StringReader(file)), "sessions.jsonl");

    assertThat(truth)
        .containsEntry("a", EnumSet.of(QaRuleId.FORBIDDEN_WORDS))
        .containsEntry("b", EnumSet.noneOf(QaRuleId.class))
        .containsEntry("c", EnumSet.of(QaRuleId.REPLY_TIMEOUT));
  }

  @Test
  void theTableHasOneLinePerRuleAndTheJsonEveryFigure() {
    ViolationEvaluation e =
        ViolationEvaluation.of(
            Map.of("s", EnumSet.of(QaRuleId.FORBIDDEN_WORDS)),
            Set.of("s"),
            Map.of("s", EnumSet.of(QaRuleId.FORBIDDEN_WORDS)));

    assertThat(EvaluationOutput.table(e).lines())
        .hasSize(QaRuleId.values().length + 3)
        .anyMatch(l -> l.matches("forbidden_words\\s+1\\s+0\\s+0\\s+1\\.000\\s+1\\.000"));
    assertThat(
            EvaluationOutput.json(e)
                .get("rules")
                .get("forbidden_words")
                .get("precision")
                .asDouble())
        .isEqualTo(1.0);
  }
}
