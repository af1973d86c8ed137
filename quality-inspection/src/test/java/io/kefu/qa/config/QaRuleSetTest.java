package io.kefu.qa.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.scoring.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaRuleSetTest {

  @TempDir Path dir;

  private Path file(String json) throws IOException {
    return Files.writeString(dir.resolve("rules.json"), json);
  }

  @Test
  void theDefaultsConfigureEveryRuleWithTheCriticalOnesCritical() {
    QaRuleSet rules = QaRuleSet.defaults();
    for (QaRuleId id : QaRuleId.values()) {
      assertThat(rules.rule(id).enabled()).as(id.id()).isTrue();
    }
    assertThat(rules.rule(QaRuleId.AGENT_PII_LEAK).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(rules.rule(QaRuleId.OFF_PLATFORM_STEERING).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(rules.rules().firstResponseTimeout().thresholdSeconds()).isEqualTo(60);
    assertThat(rules.rules().replyTimeout().thresholdSeconds()).isEqualTo(120);
    assertThat(rules.reviewBelowScore()).isEqualTo(60);
  }

  @Test
  void theVersionIsAStableHashThatChangesWithTheConfiguration() throws IOException {
    String version = QaRuleSet.defaults().version();
    assertThat(version).matches("[0-9a-f]{12}").isEqualTo(QaRuleSet.defaults().version());
    QaRuleSet changed =
        QaRuleSet.load(file("{\"rules\":{\"first_response_timeout\":{\"threshold_seconds\":90}}}"));
    assertThat(changed.rules().firstResponseTimeout().thresholdSeconds()).isEqualTo(90);
    assertThat(changed.rules().replyTimeout().thresholdSeconds()).isEqualTo(120);
    assertThat(changed.version()).isNotEqualTo(version);
    assertThat(QaRuleSet.load(file("{}")).version()).isEqualTo(version);
  }

  @Test
  void aRuleSetSurvivesJavaSerialisationForBatchExecutors() throws Exception {
    QaRuleSet rules = QaRuleSet.defaults();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(rules);
    }
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      QaRuleSet copy = (QaRuleSet) in.readObject();
      assertThat(copy).isEqualTo(rules);
      assertThat(copy.version()).isEqualTo(rules.version());
    }
  }

  @Test
  void aFileMayReplaceAPhraseList() throws IOException {
    QaRuleSet rules =
        QaRuleSet.load(
            file("{\"rules\":{\"forbidden_words\":{\"words\":{\"phrases\":[\"呵呵\"]}}}}"));
    assertThat(rules.rules().forbiddenWords().words().phrases()).containsExactly("呵呵");
    assertThat(rules.rules().forbiddenWords().words().standalone()).contains("滚");
  }

  @Test
  void errorsAreOneLineNamingTheKey() throws IOException {
    assertThatThrownBy(
            () -> QaRuleSet.load(file("{\"rules\":{\"reply_timeout\":{\"weight\":150}}}")))
        .isInstanceOf(QaConfigException.class)
        .hasMessageContaining("rules.reply_timeout")
        .hasMessageContaining("weight must be 0-100")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(
            () -> QaRuleSet.load(file("{\"rules\":{\"reply_timeout\":{\"treshold\":1}}}")))
        .hasMessageContaining("unknown key 'treshold'")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(
            () ->
                QaRuleSet.load(file("{\"rules\":{\"missing_greeting\":{\"severity\":\"fatal\"}}}")))
        .hasMessageContaining("rules.missing_greeting.severity")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> QaRuleSet.load(file("{\"rules\": [")))
        .hasMessageContaining("not valid JSON")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> QaRuleSet.load(dir.resolve("missing.json")))
        .hasMessageContaining("cannot read");
    assertThatThrownBy(
            () ->
                QaRuleSet.load(
                    file(
                        "{\"rules\":{\"forbidden_words\":{\"words\":{\"containers\":{\"滚\":[\"翻车\"]}}}}}")))
        .hasMessageContaining("does not contain");
  }
}
