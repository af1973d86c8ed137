package io.kefu.registry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StorageRootTest {

  @ParameterizedTest
  @CsvSource({
    ".kefu/registry, .kefu/registry",
    "/srv/kefu/registry, /srv/kefu/registry",
    "file:/srv/kefu/registry, /srv/kefu/registry",
    "file:///srv/kefu/registry, /srv/kefu/registry"
  })
  void aPathOrAFileUriIsALocalDirectory(String root, String directory) {
    RegistryStorage storage = RegistryStorage.at(root);

    assertThat(storage).isInstanceOf(LocalStorage.class);
    assertThat(((LocalStorage) storage).directory()).isEqualTo(Path.of(directory));
  }

  @ParameterizedTest
  @ValueSource(strings = {"file:///tmp/kefu-registry-root-test", "/tmp/kefu-registry-root-test"})
  void theSameDirectoryGivenEitherWayIsTheSameRoot(String root) {
    assertThat(RegistryStorage.at(root).location("intent"))
        .isEqualTo("/tmp/kefu-registry-root-test/intent");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void anEmptyRootIsRefused(String root) {
    assertThatThrownBy(() -> RegistryStorage.at(root))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("registry root is empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hdfs:registry", "s3a:bucket/registry"})
  void aSchemeWithoutAnAuthorityIsRefused(String root) {
    assertThatThrownBy(() -> RegistryStorage.at(root))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scheme://authority/path");
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3a://kefu-models/registry", "abfs://models@account/registry"})
  void aSchemeWithoutItsConnectorIsAnErrorNamingWhatToAdd(String root) {
    assertThatThrownBy(() -> RegistryStorage.at(root))
        .hasMessageContaining("no Hadoop file system for")
        .hasMessageContaining(root);
  }
}
