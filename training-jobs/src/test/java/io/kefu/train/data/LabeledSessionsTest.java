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
}
