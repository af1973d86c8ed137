package io.kefu.registry.audit;

import io.kefu.registry.RegistryException;
import io.kefu.registry.RegistryJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry's append-only audit log ({@code <root>/audit.jsonl}, one JSON object per line).
 * Lines are only ever appended, under the registry lock, and forced to disk before the change is
 * reported done.
 */
public final class AuditLog {

  private final Path file;

  public AuditLog(Path file) {
    this.file = file;
  }

  /** Appends an entry; the caller holds the registry lock. */
  public void append(AuditEntry entry) {
    byte[] line = (RegistryJson.line(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.APPEND)) {
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the audit log " + file, e);
    }
  }

  /** Every entry for {@code model}, oldest first. */
  public List<AuditEntry> entries(String model) {
    List<AuditEntry> entries = new ArrayList<>();
    if (!Files.exists(file)) {
      return entries;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        AuditEntry entry = RegistryJson.MAPPER.readValue(line, AuditEntry.class);
        if (entry.model().equals(model)) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      throw new RegistryException("cannot read the audit log " + file + ": " + e.getMessage(), e);
    }
    return entries;
  }

  /** {@code KEFU_USER} if set, else the OS user. */
  public static String currentActor() {
    String user = System.getenv("KEFU_USER");
    return user != null && !user.isBlank() ? user : System.getProperty("user.name");
  }
}
