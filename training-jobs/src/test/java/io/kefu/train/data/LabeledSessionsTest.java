package io.kefu.train.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.taxonomy.Intent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabeledSessionsTest {

  @Test
  void readsCustomerMessagesInOrderAndAcceptsChineseIntentNames(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("s.jsonl");
    Files.writeString(
        file,
        """
        {"session_id":"a","intent":"return_refund","messages":[{"role":"customer","text":"在吗"},\
        {"role":"agent","text":"在的亲"},{"role":"customer","text":"衣服不要了"}]}

        {"session_id":"b","intent":"物流查询","messages":[{"role":"bot","text":"您好"}]}
        """,
        StandardCharsets.UTF_8);

    var sessions = LabeledSessions.read(file);

    assertThat(sessions).hasSize(2);
    assertThat(sessions.get(0).customerTexts()).containsExactly("在吗", "衣服不要了");
    assertThat(sessions.get(0).intent()).isEqualTo(Intent.RETURN_REFUND);
    assertThat(sessions.get(1).intent()).isEqualTo(Intent.LOGISTICS_QUERY);
    assertThat(sessions.get(1).customerTexts()).isEmpty();
  }

  @Test
  void aBrokenLineIsNamedWithItsNumber(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.jsonl");
    Files.writeString(
        file,
        "{\"session_id\":\"a\",\"intent\":\"other\",\"messages\":[]}\n"
            + "{\"session_id\":\"b\",\"intent\":\"teleport\",\"messages\":[]}\n",
        StandardCharsets.UTF_8);

    assertThatThrownBy(() -> LabeledSessions.read(file))
        .hasMessageContaining("line 2")
        .hasMessageContaining("teleport");
  }

  @Test
  void aGenerateOutputFolderReadsWithItsTrueIntentsInEventTimeOrder(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("truth"));
    Files.createDirectories(dir.resolve("raw"));
    Files.writeString(
        dir.resolve("truth/sessions.jsonl"),
        "{\"session_id\":\"s1\",\"intent\":\"invoice\"}\n"
            + "{\"session_id\":\"s2\",\"intent\":\"other\"}\n",
        StandardCharsets.UTF_8);
    String later = message("e2", "s1", "2026-11-01T10:00:05+08:00", "customer", "开发票");
    Files.writeString(
        dir.resolve("raw/chat-2026-11-01.jsonl"),
        String.join(
            "\n",
            later,
            later, // a duplicate delivery counts once
            "{not json",
            message("e1", "s1", "2026-11-01T02:00:00Z", "customer", "在吗"),
            message("e3", "s1", "2026-11-01T10:00:06+08:00", "agent", "好的")),
        StandardCharsets.UTF_8);

    var sessions = LabeledSessions.read(dir);

    // s2 has no raw messages (e.g. it went to the CSV export): not a session to score
    assertThat(sessions).hasSize(1);
    assertThat(sessions.get(0).intent()).isEqualTo(Intent.INVOICE);
    assertThat(sessions.get(0).customerTexts()).containsExactly("在吗", "开发票");
  }

  private static String message(String id, String session, String ts, String role, String text) {
    return "{\"event_id\":\""
        + id
        + "\",\"type\":\"message\",\"session_id\":\""
        + session
        + "\",\"customer_id\":\"c1\",\"agent_id\":\"a1\",\"channel\":\"app\",\"ts\":\""
        + ts
        + "\",\"role\":\""
        + role
        + "\",\"text\":\""
        + text
        + "\"}";
  }
}
