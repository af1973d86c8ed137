package io.kefu.train.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.core.metrics.PrimaryIntent;
import io.kefu.core.model.Prediction;
import io.kefu.core.taxonomy.Intent;
import io.kefu.train.data.LabeledSessions.Session;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * How often a model finds a session's primary intent (CONTRACT §3: the intent of the first customer
 * message predicted as something other than {@code other}) on sessions a person labelled: the
 * figure every FCR, hot-topic and per-intent number of the live half inherits.
 */
public final class PrimaryIntentEvaluation {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Sessions by true (row) and found (column) primary intent, in {@link Intent} order. */
  private final ConfusionMatrix matrix;

  private PrimaryIntentEvaluation(ConfusionMatrix matrix) {
    this.matrix = matrix;
  }

  /**
   * @param predict the model: predictions for a batch of raw texts, in order
   */
  public static PrimaryIntentEvaluation of(
      List<Session> sessions, Function<List<String>, List<Prediction>> predict) {
    List<String> texts = new ArrayList<>();
    sessions.forEach(s -> texts.addAll(s.customerTexts()));
    List<Prediction> predictions = predict.apply(texts);
    List<String> labels = new ArrayList<>();
    for (Intent i : Intent.values()) {
      labels.add(i.id());
    }
    ConfusionMatrix m = new ConfusionMatrix(labels);
    int at = 0;
    for (Session s : sessions) {
      List<Intent> intents = new ArrayList<>(s.customerTexts().size());
      for (int i = 0; i < s.customerTexts().size(); i++) {
        intents.add(Intent.parse(predictions.get(at++).label()));
      }
      m.add(s.intent().ordinal(), PrimaryIntent.of(intents).ordinal());
    }
    return new PrimaryIntentEvaluation(m);
  }

  public double accuracy() {
    return matrix.accuracy();
  }

  public double macroF1() {
    return matrix.macroF1();
  }

  /** The figures as one JSON object: accuracy, macro-F1, recall per intent, top confusions. */
  public ObjectNode toJson(int topConfusions) {
    ObjectNode out = JSON.createObjectNode();
    out.put("sessions", matrix.total());
    out.put("primary_intent_accuracy", Evaluation.round(accuracy()));
    out.put("primary_intent_macro_f1", Evaluation.round(macroF1()));
    ObjectNode recall = out.putObject("recall");
    List<long[]> confusions = new ArrayList<>();
    List<String> labels = matrix.labels();
    for (int t = 0; t < labels.size(); t++) {
      for (int p = 0; p < labels.size(); p++) {
        long n = matrix.count(t, p);
        if (p != t && n > 0) {
          confusions.add(new long[] {t, p, n});
        }
      }
      if (matrix.support(t) > 0) {
        recall.put(labels.get(t), Evaluation.round(matrix.recall(t)));
      }
    }
    confusions.sort(Comparator.comparingLong((long[] c) -> -c[2]).thenComparingLong(c -> c[0]));
    var arr = out.putArray("confusions");
    for (long[] c : confusions.subList(0, Math.min(topConfusions, confusions.size()))) {
      arr.addObject()
          .put("truth", labels.get((int) c[0]))
          .put("predicted", labels.get((int) c[1]))
          .put("sessions", c[2]);
    }
    return out;
  }
}
