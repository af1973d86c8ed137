package io.kefu.train.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.model.Prediction;
import io.kefu.core.taxonomy.Intent;
import io.kefu.train.data.LabeledSessions.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimaryIntentEvaluationTest {

  // a stand-in model that knows a few texts by heart: the evaluation is what is under test
  private static final Map<String, String> KNOWN =
      Map.of("在吗", "other", "快递到哪了", "logistics_query", "我要退款", "return_refund");

  private static List<Prediction> predict(List<String> texts) {
    List<Prediction> out = new ArrayList<>();
    texts.forEach(t -> out.add(new Prediction(KNOWN.getOrDefault(t, "other"), 0.9)));
    return out;
  }

  @Test
  void theFirstMessageThatIsNotOtherDecidesEachSession() {
    List<Session> sessions =
        List.of(
            new Session("s1", Intent.LOGISTICS_QUERY, List.of("在吗", "快递到哪了", "我要退款")),
            new Session("s2", Intent.RETURN_REFUND, List.of("快递到哪了", "我要退款")),
            new Session("s3", Intent.OTHER, List.of("在吗")),
            new Session("s4", Intent.RETURN_REFUND, List.of()));

    PrimaryIntentEvaluation e =
        PrimaryIntentEvaluation.of(sessions, PrimaryIntentEvaluationTest::predict);

    assertThat(e.accuracy()).isEqualTo(0.5);
    var json = e.toJson(5);
    assertThat(json.get("sessions").asInt()).isEqualTo(4);
    assertThat(json.get("primary_intent_accuracy").asDouble()).isEqualTo(0.5);
    assertThat(json.get("recall").get("return_refund").asDouble()).isEqualTo(0.0);
    assertThat(json.get("recall").get("logistics_query").asDouble()).isEqualTo(1.0);
    assertThat(json.get("confusions").get(0).get("truth").asText()).isEqualTo("return_refund");
    assertThat(json.get("confusions").get(0).get("sessions").asInt()).isEqualTo(1);
    assertThat(json.get("confusions")).hasSize(2);
  }
}
