package io.kefu.registry.storage;

import io.kefu.registry.RegistryJson;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry's cross-process lock on a Hadoop file system: the file {@code <root>/.lock}, created
 * with {@code create(overwrite=false)}, holding its owner (user, host, process, a random token) and
 * when it was taken, and deleted on release.
 *
 * <p>A holder that dies leaves its lock file behind. A waiter takes the lock file as stale once its
 * content has stayed the same for {@code staleAfter}, measured on the waiter's own monotonic clock
 * (so clock skew between hosts does not matter), and deletes it. Every change made under the lock
 * takes well under a second; the default of two minutes leaves room for a NameNode failover or a
 * long GC pause. A holder stalled for longer than that can lose its lock to a waiter; it logs an
 * error when it notices at release. Version numbers do not depend on this lock (they are claimed by
 * exclusive creation), so a broken lock can at worst interleave two alias or tag changes.
 */
final class HadoopLockFile extends StorageLock {

  private static final Logger LOG = LoggerFactory.getLogger(HadoopLockFile.class);
  private static final long FIRST_POLL_MS = 20;
  private static final long LAST_POLL_MS = 200;

  private final FileSystem fs;
  private final Path file;
  private final Duration staleAfter;

  HadoopLockFile(FileSystem fs, Path file, Duration staleAfter) {
    super(fs.makeQualified(file).toString());
    this.fs = fs;
    this.file = file;
    this.staleAfter = staleAfter;
  }

  @Override
  protected <T> T holdingProcessLock(Locked<T> action) throws IOException {
    String content = acquire();
    try {
      return action.run();
    } finally {
      release(content);
    }
  }

  /**
   * Waits for the lock file, breaking a stale one; returns the content written, which is unique.
   */
  String acquire() throws IOException {
    String mine = ownerLine();
    byte[] bytes = mine.getBytes(StandardCharsets.UTF_8);
    String seen = null;
    long seenSince = 0;
    long poll = FIRST_POLL_MS;
    while (true) {
      if (HadoopStorage.createExclusive(fs, file, bytes)) {
        return mine;
      }
      String holder = read();
      if (holder == null) {
        continue;
      }
      long now = System.nanoTime();
      if (!holder.equals(seen)) {
        seen = holder;
        seenSince = now;
        LOG.debug("waiting for the registry lock {} held by {}", file, holder);
      } else if (now - seenSince >= staleAfter.toNanos()) {
        breakStale(holder);
        seen = null;
        continue;
      }
      sleep(poll);
      poll = Math.min(poll * 2, LAST_POLL_MS);
    }
  }

  /** Deletes the lock file if it is still the one written by {@link #acquire()}. */
  void release(String mine) throws IOException {
    String holder = read();
    if (mine.equals(holder)) {
      fs.delete(file, false);
    } else {
      LOG.error(
          "the registry lock {} was broken as stale while this process held it (held now by {});"
              + " raise {} if changes take that long",
          file,
          holder,
          HadoopStorage.STALE_LOCK_SECONDS);
    }
  }

  private void breakStale(String holder) throws IOException {
    // Between this read and the delete another waiter may have broken the lock and taken it; the
    // window is two NameNode calls wide and only opens after staleAfter of silence.
    if (holder.equals(read())) {
      LOG.warn(
          "breaking the stale registry lock {} held by {} (unchanged for {})",
          file,
          holder,
          staleAfter);
      fs.delete(file, false);
    }
  }

  /** The lock file's content, or null when there is none. */
  private String read() throws IOException {
    try (InputStream in = fs.open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (FileNotFoundException e) {
      return null;
    }
  }

  private static String ownerLine() {
    Map<String, String> owner = new LinkedHashMap<>();
    owner.put("user", System.getProperty("user.name"));
    owner.put("host", hostName());
    owner.put("pid", Long.toString(ProcessHandle.current().pid()));
    owner.put("thread", Thread.currentThread().getName());
    owner.put("token", UUID.randomUUID().toString());
    owner.put("acquiredAt", Instant.now().toString());
    return RegistryJson.line(owner) + "\n";
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return ManagementFactory.getRuntimeMXBean().getName();
    }
  }

  private static void sleep(long millis) throws InterruptedIOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the registry lock");
    }
  }
}
