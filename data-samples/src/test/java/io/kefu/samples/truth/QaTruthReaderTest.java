package io.kefu.samples.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.event.EndReason;
import io.kefu.core.qa.QaRuleId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaTruthReaderTest {

  private static final String LINE =
      "{\"session_id\":\"s-1\",\"end_reason\":\"abandoned\",\"qa_violations\":"
          + "[{\"rule_id\":\"reply_timeout\",\"message_index\":3},"
          + "{\"rule_id\":\"sentiment_drop\",\"message_index\":5}],\"messages\":6,\"agent_id\":\"a-07\"}";

  @Test
  void aLineGivesItsSessionAgentEndAndViolations() {
    QaTruth t = QaTruthReader.parse(LINE);
    assertThat(t.sessionId()).isEqualTo("s-1");
    assertThat(t.agentId()).isEqualTo("a-07");
    assertThat(t.endReason()).isEqualTo(EndReason.ABANDONED);
    assertThat(t.messages()).isEqualTo(6);
    assertThat(t.violations())
        .containsExactly(
            new RuleBreak(QaRuleId.REPLY_TIMEOUT, 3), new RuleBreak(QaRuleId.SENTIMENT_DROP, 5));
    assertThat(t.breaks(QaRuleId.REPLY_TIMEOUT)).isTrue();
    assertThat(t.breaks(QaRuleId.MISSING_GREETING)).isFalse();
    assertThat(t.indexesOf(QaRuleId.SENTIMENT_DROP)).containsExactly(5);
  }

  @Test
  void aDataSetFolderIsReadThroughItsTruthFile(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("truth"));
    Files.writeString(
        dir.resolve("truth/sessions.jsonl"), LINE + "\n" + LINE.replace("s-1", "s-2"));
    Map<String, QaTruth> all = QaTruthReader.read(dir);
    assertThat(all.keySet()).containsExactly("s-1", "s-2");
    assertThat(QaTruthReader.read(dir.resolve("truth"))).isEqualTo(all);
  }

  @Test
  void anUnknownRuleOrAMissingListIsAOneLineError() {
    assertThatThrownBy(() -> QaTruthReader.parse(LINE.replace("reply_timeout", "too_slow")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown rule_id");
    assertThatThrownBy(() -> QaTruthReader.parse("{\"session_id\":\"s-1\"}"))
        .hasMessageContaining("no qa_violations");
  }
}
