package io.kefu.train.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.registry.ModelRegistry;
import io.kefu.registry.provenance.ModelProvenance;
import io.kefu.train.data.LabeledText;
import io.kefu.train.faq.FaqClusterer;
import io.kefu.train.faq.FaqConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FAQ model's provenance says honestly what it learned from and where it was measured. */
class FaqTrainingJobTest {

  private static final List<String> FAQS =
      List.of("退款什么时候到账", "快递到哪了", "怎么开发票", "退款多久到账", "快递还没到", "发票怎么开");
  private static final FaqConfig CONFIG = new FaqConfig(3, 4, 1, 8);

  @TempDir static Path dir;

  private static ModelProvenance first;
  private static ModelProvenance sameQuestionsOtherCorpus;

  @BeforeAll
  static void trainTwiceOnTheSameQuestionsWithDifferentCorpora() throws Exception {
    List<LabeledText> questions = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      questions.add(new LabeledText(FAQS.get(i % FAQS.size()) + "吗".repeat(i % 3), "faq" + i % 3));
    }
    ModelRegistry registry = ModelRegistry.open(dir.resolve("registry"));
    FaqTrainingJob job = new FaqTrainingJob(registry, new FaqClusterer(CONFIG, 1));
    List<String> paths = List.of("ingest-out");
    job.run(questions, List.of("退款到账了吗", "快递送到了"), paths, 1, dir.resolve("w1"));
    job.run(questions, List.of("发票开好了", "快递送到了"), paths, 1, dir.resolve("w2"));
    first = registry.load("faq", 1).metadata().provenance();
    sameQuestionsOtherCorpus = registry.load("faq", 2).metadata().provenance();
  }

  @Test
  void theWord2VecCorpusIsPartOfTheDataFingerprint() {
    assertThat(first.data().contentHash())
        .isNotEqualTo(sameQuestionsOtherCorpus.data().contentHash());
    assertThat(first.data().rowCounts())
        .containsEntry("questions", 24L)
        .containsEntry("corpus", 2L);
  }

  @Test
  void theTestSetFingerprintSaysTheFiguresAreInSampleAndIsNotTheDataHash() {
    assertThat(first.testSetFingerprint())
        .startsWith(FaqTrainingJob.IN_SAMPLE)
        .doesNotContain(first.data().contentHash());
    // measured on the same questions: comparable, whatever the corpus
    assertThat(sameQuestionsOtherCorpus.testSetFingerprint()).isEqualTo(first.testSetFingerprint());
  }

  @Test
  void theParametersHoldTheKRangeAndVectorSizeAsData() {
    assertThat(first.parameters().get("clusterer"))
        .isEqualTo(Map.of("min_k", 3, "max_k", 4, "step_k", 1, "vector_size", 8));
    assertThat(first.parameters().get("k")).isInstanceOf(Integer.class);
  }

  @Test
  void libraryVersionsComeFromTheBuild() {
    assertThat(first.libraryVersions())
        .containsEntry("kefu", BuildVersions.of("kefu"))
        .containsEntry("deeplearning4j", BuildVersions.of("deeplearning4j"));
  }
}
