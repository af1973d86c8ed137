package io.kefu.train.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BuildVersionsTest {

  @Test
  void theBuildRecordsTheProjectAndLibraryVersions() {
    assertThat(BuildVersions.all()).containsKeys("kefu", "deeplearning4j", "spark", "hadoop");
    assertThat(BuildVersions.all().values())
        .allSatisfy(v -> assertThat(v).isNotBlank().doesNotContain("${"));
    assertThat(BuildVersions.of("deeplearning4j")).matches("[0-9][0-9A-Za-z.\\-]*");
  }

  @Test
  void anUnrecordedLibraryIsAClearError() {
    assertThatThrownBy(() -> BuildVersions.of("tensorflow"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tensorflow");
  }
}
