package io.kefu.samples.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayInputTest {

  @Test
  void aGeneratedFolderIsReadFromItsRawFolderInNameOrder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("raw"));
    Files.createDirectories(dir.resolve("truth"));
    Files.writeString(dir.resolve("raw/chat-2026-11-02.jsonl"), "{}\n");
    Files.writeString(dir.resolve("raw/chat-2026-11-01.jsonl"), "{}\n");
    Files.writeString(dir.resolve("raw/notes.txt"), "not replayed\n");
    Files.writeString(dir.resolve("truth/sessions.jsonl"), "{}\n");

    List<Path> expected =
        List.of(dir.resolve("raw/chat-2026-11-01.jsonl"), dir.resolve("raw/chat-2026-11-02.jsonl"));
    assertThat(ReplayInput.files(dir)).isEqualTo(expected);
    assertThat(ReplayInput.files(dir.resolve("raw"))).isEqualTo(expected);
    assertThat(ReplayInput.files(expected.get(1))).containsExactly(expected.get(1));
  }

  @Test
  void aMissingInputOrAFolderWithoutJsonLinesIsAnError(@TempDir Path dir) {
    assertThatThrownBy(() -> ReplayInput.files(dir.resolve("missing")))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> ReplayInput.files(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no *.jsonl files in " + dir);
  }

  @Test
  void linesAreSplitLikeTheBatchReaderAndKeptByteForByte() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    file.writeBytes(utf8("{\"ts\":\"2026-11-01T10:00:00Z\",\"text\":\"你好\"}\r\n"));
    file.writeBytes(utf8("   \n\n"));
    file.writeBytes(new byte[] {'{', (byte) 0xFF, (byte) 0xC3, '}', '\n'}); // not UTF-8
    file.writeBytes(utf8("  {\"ts\":\"2026-11-01T10:00:01Z\"}  ")); // no final line break

    ReplayOrder order = new ReplayOrder();
    ReplayInput.readLines(new ByteArrayInputStream(file.toByteArray()), order);

    ReplayOrder.Ordered ordered = order.ordered();
    List<byte[]> values = IntStream.range(0, ordered.size()).mapToObj(ordered::value).toList();
    assertThat(values)
        .containsExactly(
            utf8("{\"ts\":\"2026-11-01T10:00:00Z\",\"text\":\"你好\"}"),
            new byte[] {'{', (byte) 0xFF, (byte) 0xC3, '}'},
            utf8("  {\"ts\":\"2026-11-01T10:00:01Z\"}  "));
    assertThat(order.unreadableTimestamps()).isEqualTo(1);
  }

  @Test
  void linesLongerThanTheReadBufferAreWhole() throws IOException {
    String text = "长".repeat(100_000);
    String line = "{\"ts\":\"2026-11-01T10:00:00Z\",\"text\":\"" + text + "\"}";
    ReplayOrder order = new ReplayOrder();
    ReplayInput.readLines(new ByteArrayInputStream(utf8(line + "\n" + line)), order);

    assertThat(order.size()).isEqualTo(2);
    assertThat(order.ordered().text(1)).isEqualTo(line);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
