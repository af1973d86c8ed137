package io.kefu.registry;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * A version's {@code SHA256SUMS}, in the format of {@code sha256sum} ({@code <hex> <path>} per
 * line) so an operator can check a version with {@code sha256sum -c SHA256SUMS}.
 */
final class ChecksumFile {

  static final String NAME = "SHA256SUMS";

  private ChecksumFile() {}

  static byte[] format(Map<String, String> digests) {
    StringBuilder text = new StringBuilder();
    new TreeMap<>(digests)
        .forEach((path, sha) -> text.append(sha).append("  ").append(path).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * @param location where the file was read, for the error message
   */
  static Map<String, String> parse(String location, byte[] content) {
    Map<String, String> digests = new TreeMap<>();
    for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      int gap = line.indexOf("  ");
      if (gap != 64) {
        throw new RegistryException(location + " has a malformed line: " + line);
      }
      digests.put(line.substring(gap + 2), line.substring(0, gap));
    }
    return digests;
  }
}
