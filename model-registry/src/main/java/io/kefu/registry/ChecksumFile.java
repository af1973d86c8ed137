package io.kefu.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A version's {@code SHA256SUMS}, in the format of {@code sha256sum} ({@code <hex> <path>} per
 * line) so an operator can check a version with {@code sha256sum -c SHA256SUMS}.
 */
final class ChecksumFile {

  static final String NAME = "SHA256SUMS";

  private ChecksumFile() {}

  static void write(Path file, Map<String, String> digests) throws IOException {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(digests)
        .forEach((path, sha) -> text.append(sha).append("  ").append(path).append('\n'));
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static Map<String, String> read(Path file) throws IOException {
    Map<String, String> digests = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      int gap = line.indexOf("  ");
      if (gap != 64) {
        throw new RegistryException(file + " has a malformed line: " + line);
      }
      digests.put(line.substring(gap + 2), line.substring(0, gap));
    }
    return digests;
  }
}
