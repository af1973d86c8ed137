package io.kefu.registry;

import io.kefu.registry.storage.StorageLock;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs storage work behind the registry's API, whose callers get unchecked exceptions. */
final class Unchecked {

  private Unchecked() {}

  static <T> T io(StorageLock.Locked<T> action) {
    try {
      return action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }
}
