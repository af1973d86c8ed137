package io.kefu.registry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hadoop lock file, taken as two processes would (its in-JVM part bypassed), on Hadoop's local
 * file system.
 */
class HadoopLockFileTest {

  @TempDir java.nio.file.Path dir;
  private FileSystem fs;
  private Path file;

  @BeforeEach
  void setUp() throws Exception {
    fs = FileSystem.getLocal(new Configuration());
    file = new Path(dir.resolve(".lock").toUri());
  }

  @Test
  void aSecondProcessWaitsUntilTheFirstReleases() throws Exception {
    HadoopLockFile first = new HadoopLockFile(fs, file, Duration.ofMinutes(2));
    HadoopLockFile second = new HadoopLockFile(fs, file, Duration.ofMinutes(2));
    String held = first.acquire();

    CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> acquire(second));
    Thread.sleep(300);
    assertThat(waiting).isNotDone();
    first.release(held);

    String taken = waiting.get(10, TimeUnit.SECONDS);
    assertThat(read()).isEqualTo(taken).contains("\"pid\"", "\"host\"", "\"acquiredAt\"");
    second.release(taken);
    assertThat(fs.exists(file)).isFalse();
  }

  @Test
  void aLockFileLeftByADeadProcessIsBrokenOnceStale() throws Exception {
    write("{\"host\":\"crashed-trainer\",\"token\":\"abc\"}\n");
    HadoopLockFile lock = new HadoopLockFile(fs, file, Duration.ofMillis(400));

    long start = System.nanoTime();
    String taken = lock.acquire();

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    assertThat(read()).isEqualTo(taken);
    lock.release(taken);
  }

  @Test
  void aHolderWhoseLockWasBrokenDoesNotDeleteTheNewHoldersLock() throws Exception {
    HadoopLockFile lock = new HadoopLockFile(fs, file, Duration.ofMinutes(2));
    String held = lock.acquire();
    fs.delete(file, false);
    write("{\"host\":\"the-next-holder\"}\n");

    lock.release(held);

    assertThat(read()).contains("the-next-holder");
  }

  private static String acquire(HadoopLockFile lock) {
    try {
      return lock.acquire();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void write(String content) throws Exception {
    try (FSDataOutputStream out = fs.create(file, false)) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }

  private String read() throws Exception {
    try (InputStream in = fs.open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
