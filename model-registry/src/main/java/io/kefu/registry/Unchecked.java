package io.kefu.registry;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Runs file-system work behind the registry's API, whose callers get unchecked exceptions. */
final class Unchecked {

  private Unchecked() {}

  static <T> T io(RegistryLock.Locked<T> action) {
    try {
      return action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }
}
