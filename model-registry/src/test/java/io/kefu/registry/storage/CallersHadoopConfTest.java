package io.kefu.registry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.registry.ModelRegistry;
import io.kefu.registry.RegistryException;
import io.kefu.registry.TestModels;
import io.kefu.registry.events.ModelEventPublisher;
import io.kefu.testing.hadoop.SchemeOnlyInJobConf;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Hadoop registry root is opened with the caller's configuration (a Spark job's settings). */
class CallersHadoopConfTest {

  @TempDir Path dir;

  private String root() {
    return SchemeOnlyInJobConf.SCHEME + "://" + dir.resolve("registry").toAbsolutePath();
  }

  @Test
  void aSettingInTheCallersConfIsUsedWhereTheFileSystemIsOpened() throws Exception {
    Configuration conf = new Configuration();
    SchemeOnlyInJobConf.register(conf);

    RegistryStorage storage = RegistryStorage.at(root(), conf);
    ModelRegistry registry = ModelRegistry.open(storage, ModelEventPublisher.NONE);
    registry.register(
        "intent", TestModels.artifacts(dir, "trained", 1), TestModels.provenance(0.8));

    assertThat(storage).isInstanceOf(HadoopStorage.class);
    assertThat(registry.versions("intent")).containsExactly(1);
    assertThat(dir.resolve("registry")).isDirectory();
  }

  @Test
  void withoutTheCallersConfHadoopsDefaultDoesNotKnowTheSetting() {
    assertThatThrownBy(() -> RegistryStorage.at(root()))
        .isInstanceOf(RegistryException.class)
        .hasMessageContaining("no Hadoop file system for " + SchemeOnlyInJobConf.SCHEME);
  }
}
