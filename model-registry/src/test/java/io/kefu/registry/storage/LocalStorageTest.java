package io.kefu.registry.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class LocalStorageTest extends RegistryStorageContract {

  @TempDir Path dir;

  @Override
  RegistryStorage newStorage() {
    return new LocalStorage(dir.resolve("registry"));
  }
}
