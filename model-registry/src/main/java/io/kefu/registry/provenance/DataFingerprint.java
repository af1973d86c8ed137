package io.kefu.registry.provenance;

import java.util.List;
import java.util.Map;

/**
 * What a model was trained on: the input paths, the rows read per split and a hash of their
 * content, so two trainings can be told apart even when their paths are the same.
 *
 * @param paths the training inputs as given to the trainer
 * @param rowCounts rows per split (for example {@code train}, {@code test})
 * @param contentHash a hash over the inputs' content (for example SHA-256 in hex)
 */
public record DataFingerprint(List<String> paths, Map<String, Long> rowCounts, String contentHash) {

  public DataFingerprint {
    paths = paths == null ? List.of() : List.copyOf(paths);
    rowCounts = rowCounts == null ? Map.of() : Map.copyOf(rowCounts);
  }

  /** True when the fingerprint identifies the data: some path and a content hash. */
  public boolean isComplete() {
    return !paths.isEmpty() && contentHash != null && !contentHash.isBlank();
  }
}
