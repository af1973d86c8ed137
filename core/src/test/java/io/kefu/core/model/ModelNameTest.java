package io.kefu.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelNameTest {

  @ParameterizedTest
  @CsvSource({"intent, INTENT, true", "sentiment, SENTIMENT, true", "faq, FAQ, false"})
  void aRegistryNameParsesToItsModel(String name, ModelName model, boolean classifier) {
    assertThat(ModelName.parse(name)).isEqualTo(model);
    assertThat(model.wireName()).isEqualTo(name);
    assertThat(model.isClassifier()).isEqualTo(classifier);
  }

  @ParameterizedTest
  @CsvSource({"Intent", "other", "''"})
  void anUnknownNameIsAnErrorListingTheAccepted(String name) {
    assertThatThrownBy(() -> ModelName.parse(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected one of intent, sentiment, faq");
  }
}
