package io.kefu.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The registry's write lock, held across threads and processes. A {@link FileLock} alone is not
 * enough: it belongs to the whole JVM, and a second lock from the same JVM throws instead of
 * waiting, so threads first queue on an in-JVM lock shared by every registry over the same root.
 */
final class RegistryLock {

  private static final ConcurrentHashMap<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

  private final Path lockFile;
  private final ReentrantLock threads;

  RegistryLock(Path root) {
    Path key = root.toAbsolutePath().normalize();
    this.lockFile = key.resolve(".lock");
    this.threads = IN_JVM.computeIfAbsent(key, k -> new ReentrantLock());
  }

  /** An action run while the lock is held; its checked exceptions pass through as unchecked. */
  @FunctionalInterface
  interface Locked<T> {
    T run() throws IOException;
  }

  <T> T withLock(Locked<T> action) {
    threads.lock();
    try {
      // Re-entry from the same thread already holds the file lock; taking it again would throw.
      if (threads.getHoldCount() > 1) {
        return action.run();
      }
      Files.createDirectories(lockFile.getParent());
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = channel.lock()) {
        return action.run();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      threads.unlock();
    }
  }
}
