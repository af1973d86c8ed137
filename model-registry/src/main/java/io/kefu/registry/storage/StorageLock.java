package io.kefu.registry.storage;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A registry's write lock, held across threads and processes. Threads of one JVM first queue on an
 * in-JVM lock shared by every registry over the same root, so the process-wide lock (a file lock,
 * or a lock file on Hadoop) is taken by one thread of a JVM at a time; re-entry from the thread
 * that holds it does not take it again.
 */
public abstract class StorageLock {

  private static final ConcurrentHashMap<String, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

  private final ReentrantLock threads;

  /**
   * @param key the same for every registry over the same root (a normalised path or URI)
   */
  protected StorageLock(String key) {
    this.threads = IN_JVM.computeIfAbsent(key, k -> new ReentrantLock());
  }

  /** An action run while the lock is held; its {@link IOException} passes through. */
  @FunctionalInterface
  public interface Locked<T> {
    T run() throws IOException;
  }

  /** Runs {@code action} holding the lock. */
  public final <T> T withLock(Locked<T> action) throws IOException {
    threads.lock();
    try {
      if (threads.getHoldCount() > 1) {
        return action.run();
      }
      return holdingProcessLock(action);
    } finally {
      threads.unlock();
    }
  }

  /** Runs {@code action} holding the cross-process part of the lock; one thread at a time. */
  protected abstract <T> T holdingProcessLock(Locked<T> action) throws IOException;
}
