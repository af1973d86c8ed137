package io.kefu.train.job;

import io.kefu.train.data.LabeledText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Examples put in a canonical order (by text, then label), so a rerun trains on the same sequence
 * whatever order the files were read in, plus the content hash and label counts the provenance and
 * the report carry.
 */
final class TrainingData {

  private TrainingData() {}

  static List<LabeledText> canonical(List<LabeledText> examples) {
    List<LabeledText> out = new ArrayList<>(examples);
    out.sort(Comparator.comparing(LabeledText::text).thenComparing(LabeledText::label));
    return out;
  }

  /** SHA-256 (hex) over the canonically ordered examples. */
  static String contentHash(List<LabeledText> examples) {
    return contentHash(examples, List.of());
  }

  /**
   * SHA-256 (hex) over the canonically ordered examples and then, sorted, the unlabeled texts that
   * were also learned from (the FAQ's Word2Vec corpus): a change to either changes the hash. With
   * no unlabeled texts it equals {@link #contentHash(List)}.
   */
  static String contentHash(List<LabeledText> examples, List<String> unlabeled) {
    MessageDigest digest = sha256();
    for (LabeledText e : canonical(examples)) {
      digest.update(e.label().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(e.text().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) '\n');
    }
    if (!unlabeled.isEmpty()) {
      // a separator no example line can produce: examples end in '\n', never in 0x01
      digest.update((byte) 1);
      List<String> sorted = new ArrayList<>(unlabeled);
      sorted.sort(Comparator.naturalOrder());
      for (String text : sorted) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  static Map<String, Integer> labelCounts(List<LabeledText> examples) {
    Map<String, Integer> counts = new TreeMap<>();
    examples.forEach(e -> counts.merge(e.label(), 1, Integer::sum));
    return counts;
  }
}
