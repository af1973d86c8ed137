package io.kefu.train.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaqClustererTest {

  /** Three FAQs, each asked in five wordings with optional greetings and endings. */
  private static final List<List<String>> FAMILIES =
      List.of(
          List.of("退款什么时候到账", "退款多久能到账", "我的退款还没到账", "申请退款后多久到账", "退款到账了吗"),
          List.of("快递到哪了", "我的快递怎么还没到", "快递什么时候能送到", "快递物流不更新", "查一下快递物流"),
          List.of("怎么开发票", "发票怎么开", "能开发票吗", "发票抬头怎么填", "电子发票在哪下载"));

  private static final List<String> GREETINGS = List.of("", "", "请问", "你好", "亲");
  private static final List<String> ENDINGS = List.of("", "", "？", "谢谢", "呢");

  private static final int PER_FAMILY = 20;

  private static final List<String> questions = new ArrayList<>();
  private static final int[] truth = new int[FAMILIES.size() * PER_FAMILY];

  /** The clustering with k = 3, shared by the tests that read it. */
  private static FaqClusterer.Outcome threeClusters;

  @BeforeAll
  static void askQuestionsAndClusterThem() {
    Random random = new Random(3);
    for (int i = 0; i < truth.length; i++) {
      truth[i] = i % FAMILIES.size();
      List<String> wordings = FAMILIES.get(truth[i]);
      questions.add(
          GREETINGS.get(random.nextInt(GREETINGS.size()))
              + wordings.get(random.nextInt(wordings.size()))
              + ENDINGS.get(random.nextInt(ENDINGS.size())));
    }
    threeClusters = new FaqClusterer(new FaqConfig(3, 3, 1, 16), 1).cluster(questions, corpus());
  }

  /** The n-gram vectors learn from the questions, three times over. */
  private static List<String> corpus() {
    List<String> corpus = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      corpus.addAll(questions);
    }
    return corpus;
  }

  @Test
  void questionFamiliesAreFoundAgainWhenKIsTheirNumber() {
    FaqClusterer.Outcome outcome = threeClusters;

    assertThat(ClusterQuality.nmi(truth, outcome.assignment())).isGreaterThan(0.95);
    assertThat(outcome.model().clusters()).hasSize(3);
    assertThat(outcome.model().clusters().stream().mapToInt(FaqCluster::size).sum())
        .isEqualTo(questions.size());
    List<String> markers = List.of("退款", "快递", "发票");
    for (FaqCluster c : outcome.model().clusters()) {
      assertThat(c.representatives()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
      assertThat(questions).containsAll(c.representatives());
      String marker =
          markers.stream()
              .filter(m -> c.representatives().get(0).contains(m))
              .findFirst()
              .orElseThrow();
      assertThat(c.representatives()).allSatisfy(r -> assertThat(r).contains(marker));
      assertThat(c.keywords()).anySatisfy(k -> assertThat(k).contains(marker));
      assertThat(c.title()).contains(marker).doesNotEndWith("？");
    }
  }

  @Test
  void kIsChosenByTheBestSilhouetteInTheRange() {
    FaqClusterer.Outcome outcome =
        new FaqClusterer(new FaqConfig(2, 4, 1, 16), 1).cluster(questions, corpus());

    JsonNode byK = outcome.report().path("silhouette_by_k");
    assertThat(byK.size()).isEqualTo(3);
    int best = 2;
    for (int k = 2; k <= 4; k++) {
      if (byK.path(Integer.toString(k)).asDouble() > byK.path(Integer.toString(best)).asDouble()) {
        best = k;
      }
    }
    assertThat(outcome.report().path("k").asInt()).isEqualTo(best);
    assertThat(outcome.model().clusters()).hasSize(best);
    assertThat(Arrays.stream(outcome.assignment()).distinct().count()).isEqualTo(best);
    // a family may be split in two wordings' groups, but families are not mixed much
    assertThat(ClusterQuality.nmi(truth, outcome.assignment())).isGreaterThan(0.75);
  }

  @Test
  void aNewQuestionIsAssignedToItsFamilysCluster() {
    FaqClusterer.Outcome outcome = threeClusters;

    for (int i = 0; i < questions.size(); i++) {
      assertThat(outcome.model().assign(questions.get(i)).id()).isEqualTo(outcome.assignment()[i]);
    }
    int refundCluster = outcome.assignment()[0];
    assertThat(outcome.model().assign("退款多久到账").id()).isEqualTo(refundCluster);
  }

  @Test
  void tooFewQuestionsAreRefused() {
    assertThatThrownBy(
            () ->
                new FaqClusterer(new FaqConfig(3, 5, 1, 8), 1)
                    .cluster(List.of("a", "b"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 6 questions");
  }

  @Test
  void anInvalidKRangeIsRefused() {
    assertThatThrownBy(() -> new FaqClusterer(new FaqConfig(0, 5, 1, 8), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FaqClusterer(new FaqConfig(1, 1, 1, 8), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FaqClusterer(new FaqConfig(4, 3, 1, 8), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The refund and parcel families under one intent, the invoice family under another. */
  private static List<String> intentsOfFamilies() {
    List<String> intents = new ArrayList<>();
    for (int t : truth) {
      intents.add(t == 2 ? "invoice" : "after_sale");
    }
    return intents;
  }

  @Test
  void questionsAreClusteredWithinTheirIntentAndNeverAcross() {
    List<String> intents = intentsOfFamilies();
    FaqClusterer.Outcome outcome =
        new FaqClusterer(new FaqConfig(2, 2, 1, 16), 1).cluster(questions, intents, corpus());

    for (int i = 0; i < questions.size(); i++) {
      FaqCluster c = outcome.model().clusters().get(outcome.assignment()[i]);
      assertThat(c.intent()).isEqualTo(intents.get(i));
      assertThat(c.id()).isEqualTo(outcome.assignment()[i]);
    }
    // families are not mixed much, and never across intents
    assertThat(ClusterQuality.nmi(truth, outcome.assignment())).isGreaterThan(0.75);
    JsonNode perIntent = outcome.report().path("intents");
    assertThat(perIntent.path("after_sale").path("k").asInt()).isEqualTo(2);
    assertThat(perIntent.path("invoice").path("questions").asInt()).isEqualTo(PER_FAMILY);
    assertThat(outcome.report().path("k").asInt()).isEqualTo(outcome.model().clusters().size());
    String page = FaqPage.render(outcome.report(), outcome.model().clusters());
    assertThat(page).contains("<h2>Per intent</h2>").contains("<td>after_sale</td>");
  }

  @Test
  void aKnownQuestionIsAssignedToItsClusterAmongThoseOfItsIntent() {
    List<String> intents = intentsOfFamilies();
    FaqClusterer.Outcome outcome =
        new FaqClusterer(new FaqConfig(1, 3, 1, 16), 1).cluster(questions, intents, corpus());

    for (int i = 0; i < questions.size(); i++) {
      assertThat(outcome.model().assign(questions.get(i), intents.get(i)).id())
          .isEqualTo(outcome.assignment()[i]);
    }
    // an intent the model never saw falls back to every cluster
    assertThat(outcome.model().assign("怎么开发票", "teleport").intent()).isEqualTo("invoice");
  }

  @Test
  void aModelSavedWithoutIntentsLoadsAndAssignsAsBefore(@TempDir Path dir) throws Exception {
    FaqModel saved = threeClusters.model();
    saved.save(dir);
    // clusters.json as a release before intents wrote it: no "intent" field
    ObjectMapper json = new ObjectMapper();
    ArrayNode clusters = (ArrayNode) json.readTree(dir.resolve(FaqModel.CLUSTERS_FILE).toFile());
    clusters.forEach(c -> ((ObjectNode) c).remove("intent"));
    json.writeValue(dir.resolve(FaqModel.CLUSTERS_FILE).toFile(), clusters);

    FaqModel old = FaqModel.load(dir);

    for (String q : questions) {
      assertThat(old.assign(q, "return_refund").id()).isEqualTo(saved.assign(q).id());
      assertThat(old.assign(q).intent()).isNull();
    }
  }

  @Test
  void aTitleDropsTrailingPunctuationAndIsShortened() {
    assertThat(FaqClusterer.title("怎么申请退款？？😂 ")).isEqualTo("怎么申请退款");
    assertThat(FaqClusterer.title("发".repeat(40))).isEqualTo("发".repeat(30) + "…");
  }
}
