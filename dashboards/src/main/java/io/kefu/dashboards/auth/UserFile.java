package io.kefu.dashboards.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.qa.review.QaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard logins in a JSON-lines file (one {@code {"username","role","agent_id",
 * "password_bcrypt"}} per line), readable by its owner only. Every change rewrites the file through
 * a temporary file and an atomic move, so a crash leaves the old or the new list, never half.
 */
public final class UserFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  public UserFile(Path file) {
    this.file = file;
  }

  /** {@code $KEFU_STATE/dashboard/users.jsonl}, where {@code ./kefu users} writes by default. */
  public static Path defaultPath() {
    String state = System.getenv("KEFU_STATE");
    return Path.of(state == null || state.isBlank() ? ".kefu" : state, "dashboard", "users.jsonl");
  }

  public Path path() {
    return file;
  }

  /** Every user, in the file's order; none when the file does not exist yet. */
  public synchronized List<DashboardUser> all() {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<DashboardUser> users = new ArrayList<>();
    try {
      int lineNumber = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = JSON.readTree(line);
          users.add(
              new DashboardUser(
                  node.path("username").asText(),
                  QaRole.parse(node.path("role").asText()),
                  node.path("agent_id").asText(""),
                  node.path("password_bcrypt").asText()));
        } catch (IOException | IllegalArgumentException e) {
          throw new IllegalStateException(
              file + " line " + lineNumber + " is not a user: " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return users;
  }

  public Optional<DashboardUser> find(String username) {
    return all().stream().filter(u -> u.username().equals(username)).findFirst();
  }

  /** Adds a user or replaces the one of the same name (a password or role change). */
  public synchronized DashboardUser put(DashboardUser user) {
    Map<String, DashboardUser> byName = new LinkedHashMap<>();
    all().forEach(u -> byName.put(u.username(), u));
    byName.put(user.username(), user);
    write(List.copyOf(byName.values()));
    return user;
  }

  /** Removes a user; false when there was none of that name. */
  public synchronized boolean remove(String username) {
    List<DashboardUser> users = new ArrayList<>(all());
    boolean removed = users.removeIf(u -> u.username().equals(username));
    if (removed) {
      write(users);
    }
    return removed;
  }

  private void write(List<DashboardUser> users) {
    StringBuilder out = new StringBuilder();
    for (DashboardUser user : users) {
      ObjectNode node = JSON.createObjectNode();
      node.put("username", user.username());
      node.put("role", user.role().wireName());
      node.put("agent_id", user.agentId());
      node.put("password_bcrypt", user.passwordHash());
      out.append(node).append('\n');
    }
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, ".users", ".tmp");
      try {
        setOwnerOnly(temp);
        Files.writeString(temp, out, StandardCharsets.UTF_8);
        try {
          Files.move(
              temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void setOwnerOnly(Path path) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the directory's own permissions protect it
    }
  }
}
