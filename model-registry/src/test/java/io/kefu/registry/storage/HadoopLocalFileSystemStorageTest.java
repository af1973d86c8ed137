package io.kefu.registry.storage;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hadoop storage over Hadoop's checksummed local file system ({@code file://}), which exercises
 * the Hadoop code paths without a cluster.
 */
class HadoopLocalFileSystemStorageTest extends RegistryStorageContract {

  @TempDir Path dir;

  @Override
  RegistryStorage newStorage() {
    return HadoopStorage.open(dir.resolve("registry").toUri(), new Configuration());
  }

  @Test
  @Disabled(
      "Hadoop's RawLocalFileSystem.create(overwrite=false) checks for the file, then opens it:"
          + " two racers can both win. Registry roots with file: go to LocalStorage (O_EXCL).")
  @Override
  void ofThreadsRacingToCreateAFileExactlyOneWins() {}
}
