package io.kefu.train.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.core.model.Prediction;
import io.kefu.train.data.LabeledText;
import java.util.List;

/**
 * A classifier's figures on a labelled set: the confusion matrix (accuracy, macro-F1, per-class
 * precision, recall and F1) and the calibration of its confidences. A true label the model does not
 * know counts as a miss in an extra row, so nothing is left out of the figures.
 */
public final class Evaluation {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CALIBRATION_BINS = 10;

  private final ConfusionMatrix matrix;
  private final Calibration calibration;

  private Evaluation(ConfusionMatrix matrix, Calibration calibration) {
    this.matrix = matrix;
    this.calibration = calibration;
  }

  /** Compares predictions with the examples' labels, pairwise. */
  public static Evaluation of(
      List<String> labels, List<LabeledText> examples, List<Prediction> predictions) {
    if (examples.size() != predictions.size()) {
      throw new IllegalArgumentException(
          examples.size() + " examples but " + predictions.size() + " predictions");
    }
    List<String> all = new java.util.ArrayList<>(labels);
    for (LabeledText e : examples) {
      if (!all.contains(e.label())) {
        all.add(e.label());
      }
    }
    // a model with rules in front may answer an intent its networks never learnt
    for (Prediction p : predictions) {
      if (!all.contains(p.label())) {
        all.add(p.label());
      }
    }
    ConfusionMatrix m = new ConfusionMatrix(all);
    Calibration c = new Calibration(CALIBRATION_BINS);
    for (int i = 0; i < examples.size(); i++) {
      String truth = examples.get(i).label();
      Prediction p = predictions.get(i);
      m.add(all.indexOf(truth), all.indexOf(p.label()));
      c.add(p.confidence(), truth.equals(p.label()));
    }
    return new Evaluation(m, c);
  }

  /** From a matrix alone (a model without confidences, e.g. checked by hand). */
  public static Evaluation of(ConfusionMatrix matrix) {
    return new Evaluation(matrix, new Calibration(CALIBRATION_BINS));
  }

  public ConfusionMatrix matrix() {
    return matrix;
  }

  public Calibration calibration() {
    return calibration;
  }

  public double accuracy() {
    return matrix.accuracy();
  }

  public double macroF1() {
    return matrix.macroF1();
  }

  /** accuracy, macro_f1, examples, per_class, confusion {labels, matrix}, calibration. */
  public ObjectNode toJson() {
    ObjectNode out = JSON.createObjectNode();
    out.put("examples", matrix.total());
    out.put("accuracy", round(matrix.accuracy()));
    out.put("macro_f1", round(matrix.macroF1()));
    ObjectNode perClass = out.putObject("per_class");
    List<String> labels = matrix.labels();
    for (int c = 0; c < labels.size(); c++) {
      ObjectNode k = perClass.putObject(labels.get(c));
      k.put("precision", round(matrix.precision(c)));
      k.put("recall", round(matrix.recall(c)));
      k.put("f1", round(matrix.f1(c)));
      k.put("support", matrix.support(c));
    }
    ObjectNode confusion = out.putObject("confusion");
    confusion.putPOJO("labels", labels);
    ArrayNode rows = confusion.putArray("matrix");
    for (int t = 0; t < labels.size(); t++) {
      ArrayNode row = rows.addArray();
      for (int p = 0; p < labels.size(); p++) {
        row.add(matrix.count(t, p));
      }
    }
    ObjectNode cal = out.putObject("calibration");
    cal.put("expected_calibration_error", round(calibration.expectedCalibrationError()));
    ArrayNode bins = cal.putArray("bins");
    for (int b = 0; b < calibration.bins(); b++) {
      ObjectNode bin = bins.addObject();
      bin.put("from", round((double) b / calibration.bins()));
      bin.put("to", round((double) (b + 1) / calibration.bins()));
      bin.put("count", calibration.count(b));
      bin.put("mean_confidence", round(calibration.meanConfidence(b)));
      bin.put("accuracy", round(calibration.accuracy(b)));
    }
    return out;
  }

  /** A reported figure: four decimals, as every report and summary line of training shows. */
  public static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
