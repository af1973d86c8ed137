package io.kefu.metrics.job;

import io.kefu.metrics.StreamSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;

/**
 * Where the job keeps its checkpoints and how it finds the one to restore: retained on
 * cancellation, so {@code ./kefu stream} after a stop or a crash resumes from the newest complete
 * checkpoint ({@code <dir>/<job id>/chk-<n>/_metadata}).
 */
public final class Checkpoints {

  private Checkpoints() {}

  /** The Flink configuration of checkpoint storage, retention and the state to restore. */
  public static Configuration configuration(StreamSettings settings, String restoreFrom) {
    Configuration conf = new Configuration();
    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, settings.checkpointDir());
    conf.set(
        CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
        ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
    conf.set(CheckpointingOptions.MAX_RETAINED_CHECKPOINTS, 2);
    // A bounded run (a backfill, the demo, a test) fails with its cause; a live job restarts.
    if (settings.bounded()) {
      conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    }
    if (restoreFrom != null) {
      conf.set(StateRecoveryOptions.SAVEPOINT_PATH, restoreFrom);
      // A checkpoint of an earlier release may hold operators this one no longer has (a separate
      // dedup and labelling stage before 2026-12): their state is dropped, the rest restored.
      conf.set(StateRecoveryOptions.SAVEPOINT_IGNORE_UNCLAIMED_STATE, true);
    }
    return conf;
  }

  /** The newest complete checkpoint under {@code dir}, if any. */
  public static Optional<Path> latest(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.walk(dir, 3)) {
      return files
          .filter(p -> p.getFileName().toString().equals("_metadata"))
          .map(Path::getParent)
          .filter(p -> p.getFileName().toString().startsWith("chk-"))
          .max(Comparator.comparingLong(Checkpoints::modified));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list checkpoints in " + dir, e);
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p.resolve("_metadata")).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
