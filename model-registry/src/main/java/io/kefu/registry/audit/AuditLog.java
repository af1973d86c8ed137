package io.kefu.registry.audit;

import io.kefu.registry.RegistryException;
import io.kefu.registry.RegistryJson;
import io.kefu.registry.storage.LocalStorage;
import io.kefu.registry.storage.RegistryStorage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry's append-only audit log ({@code <root>/audit.jsonl}, one JSON object per line).
 * Lines are only ever appended, under the registry lock, and made durable before the change is
 * reported done.
 */
public final class AuditLog {

  /** The log's path under the registry root. */
  public static final String FILE = "audit.jsonl";

  private final RegistryStorage storage;
  private final String path;

  /** The log at {@code path} (relative to the storage root). */
  public AuditLog(RegistryStorage storage, String path) {
    this.storage = storage;
    this.path = path;
  }

  /** The log in a local file. */
  public AuditLog(Path file) {
    this(new LocalStorage(file.toAbsolutePath().getParent()), file.getFileName().toString());
  }

  /** Appends an entry; the caller holds the registry lock. */
  public void append(AuditEntry entry) {
    byte[] line = (RegistryJson.line(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      storage.append(path, line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to the audit log " + storage.location(path), e);
    }
  }

  /** Every entry for {@code model}, oldest first. */
  public List<AuditEntry> entries(String model) {
    List<AuditEntry> entries = new ArrayList<>();
    String text;
    try (InputStream in = storage.open(path)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return entries;
    } catch (IOException e) {
      throw new RegistryException(
          "cannot read the audit log " + storage.location(path) + ": " + e.getMessage(), e);
    }
    try {
      for (String line : text.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        AuditEntry entry = RegistryJson.MAPPER.readValue(line, AuditEntry.class);
        if (entry.model().equals(model)) {
          entries.add(entry);
        }
      }
    } catch (IOException e) {
      throw new RegistryException(
          "cannot read the audit log " + storage.location(path) + ": " + e.getMessage(), e);
    }
    return entries;
  }

  /** {@code KEFU_USER} if set, else the OS user. */
  public static String currentActor() {
    String user = System.getenv("KEFU_USER");
    return user != null && !user.isBlank() ? user : System.getProperty("user.name");
  }
}
