package io.kefu.train.predict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextInputTest {

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void readsTheTextColumnOfACsvInFileOrder() throws IOException {
    Path csv = file("in.csv", "id,text,channel\n1,我要退款,web\n2,\"快递, 到哪了\n还没到\",app\n3,,web\n");

    assertThat(TextInput.read(csv)).containsExactly("我要退款", "快递, 到哪了\n还没到", "");
  }

  @Test
  void readsTheTextFieldOfJsonLinesSkippingBlankLines() throws IOException {
    Path jsonl =
        file(
            "in.jsonl",
            "{\"text\":\"开发票\",\"id\":1}\n\n{\"id\":2,\"text\":\"好评👍\"}\n   \n{\"text\":\"\"}\n");

    assertThat(TextInput.read(jsonl)).containsExactly("开发票", "好评👍", "");
  }

  @Test
  void aLineThatIsNotJsonFailsWithItsLineNumber() throws IOException {
    Path jsonl = file("in.jsonl", "{\"text\":\"a\"}\n\n{\"text\": oops}\n");

    assertThatThrownBy(() -> TextInput.read(jsonl))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(jsonl + ":3:")
        .hasMessageContaining("not JSON");
  }

  @Test
  void aJsonLineWithoutAStringTextFailsWithItsLineNumber() throws IOException {
    Path missing = file("missing.json", "{\"text\":\"a\"}\n{\"body\":\"b\"}\n");
    Path number = file("number.jsonl", "{\"text\":5}\n");

    assertThatThrownBy(() -> TextInput.read(missing))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(missing + ":2:")
        .hasMessageContaining("\"text\"");
    assertThatThrownBy(() -> TextInput.read(number))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(number + ":1:");
  }

  @Test
  void aCsvWithoutTextColumnFails() throws IOException {
    Path csv = file("in.csv", "id,message\n1,你好\n");
    Path empty = file("empty.csv", "");

    assertThatThrownBy(() -> TextInput.read(csv))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("\"text\" column");
    assertThatThrownBy(() -> TextInput.read(empty))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("\"text\" column");
  }

  @Test
  void aCsvRowWithoutTheTextFieldFailsWithItsLineNumber() throws IOException {
    Path csv = file("in.csv", "id,text\n1,你好\n2\n");

    assertThatThrownBy(() -> TextInput.read(csv))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(csv + ":3:");
  }

  @Test
  void aMissingFileFails() {
    assertThatThrownBy(() -> TextInput.read(dir.resolve("absent.jsonl")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no such input file");
  }
}
