package io.kefu.train.baseline;

import io.kefu.core.features.FeatureSpec;
import io.kefu.train.data.DataSplit;
import io.kefu.train.data.LabeledText;
import io.kefu.train.eval.ConfusionMatrix;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.Normalizer;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The linear baseline every neural model is compared with, on the same split: Spark MLlib
 * multinomial logistic regression on L2-normalised TF-IDF of character n-grams (the same n-grams
 * the neural model reads, hashed into 2^17 buckets). The regularisation is chosen on the validation
 * split.
 */
public final class TfidfLogisticBaseline {

  private static final Logger LOG = LoggerFactory.getLogger(TfidfLogisticBaseline.class);
  // Tried from weak to strong; many classes want weak regularisation, two classes stronger.
  private static final double[] REGULARISATION = {1e-6, 1e-5, 1e-4, 1e-3};
  private static final int BUCKETS = 1 << 17;

  private static final StructType SCHEMA =
      new StructType()
          .add("ngrams", DataTypes.createArrayType(DataTypes.StringType), false)
          .add("label", DataTypes.DoubleType, false);

  private final SparkSession spark;
  private final FeatureSpec features;

  public TfidfLogisticBaseline(SparkSession spark, FeatureSpec features) {
    this.spark = spark;
    this.features = features;
  }

  /** The baseline's test figures, the chosen regularisation and the seconds it took. */
  public record Result(ConfusionMatrix test, double regParam, double seconds) {}

  public Result trainAndTest(DataSplit split, List<String> labels) {
    long started = System.nanoTime();
    Dataset<Row> trainText = frame(split.train(), labels);
    PipelineModel tfidf = tfidf().fit(trainText);
    Dataset<Row> train = vectors(tfidf, trainText).localCheckpoint();
    List<Row> validation = vectors(tfidf, frame(split.validation(), labels)).collectAsList();
    LogisticRegressionModel best = null;
    double bestF1 = -1;
    double bestReg = 0;
    for (double reg : REGULARISATION) {
      LogisticRegressionModel model = logisticRegression(reg).fit(train);
      double f1 = confusion(model, validation, labels).macroF1();
      LOG.info("baseline regParam {}: validation macro-F1 {}", reg, String.format("%.4f", f1));
      if (f1 > bestF1) {
        bestF1 = f1;
        best = model;
        bestReg = reg;
      } else if (f1 < bestF1 - 0.02) {
        break; // validation F1 is unimodal in the penalty: stronger ones only get worse
      }
    }
    // A test label the model never saw stays in, counted as a miss, as the model's evaluation does.
    List<String> testLabels = new ArrayList<>(labels);
    split.test().stream()
        .map(LabeledText::label)
        .distinct()
        .filter(l -> !testLabels.contains(l))
        .forEach(testLabels::add);
    List<Row> test = vectors(tfidf, frame(split.test(), testLabels)).collectAsList();
    return new Result(
        confusion(best, test, testLabels), bestReg, (System.nanoTime() - started) / 1e9);
  }

  /**
   * Unit-length TF-IDF rows and no standardisation: the usual set-up (scikit-learn's
   * TfidfVectorizer); standardising sparse TF-IDF columns costs several points of accuracy. It does
   * not depend on the regularisation, so it is fitted once.
   */
  private static Pipeline tfidf() {
    HashingTF tf = new HashingTF().setInputCol("ngrams").setOutputCol("tf").setNumFeatures(BUCKETS);
    IDF idf = new IDF().setInputCol("tf").setOutputCol("tfidf");
    Normalizer norm = new Normalizer().setInputCol("tfidf").setOutputCol("features").setP(2.0);
    return new Pipeline().setStages(new PipelineStage[] {tf, idf, norm});
  }

  /**
   * The (features, label) rows of {@code text}. Training reads them cut from their lineage
   * (localCheckpoint): L-BFGS runs a job per iteration, and each of its tasks would otherwise carry
   * the IDF weights (2^17 buckets, some 2 MiB with the document counts) in its binary. Validation
   * and test rows are few and scored on the driver, which also keeps the model's coefficients (up
   * to classes × 2^17 doubles) out of any task.
   */
  private static Dataset<Row> vectors(PipelineModel tfidf, Dataset<Row> text) {
    return tfidf.transform(text).select("features", "label");
  }

  private static LogisticRegression logisticRegression(double reg) {
    return new LogisticRegression()
        .setFamily("multinomial")
        .setRegParam(reg)
        .setElasticNetParam(0)
        .setStandardization(false)
        .setMaxIter(60);
  }

  private static ConfusionMatrix confusion(
      LogisticRegressionModel model, List<Row> rows, List<String> labels) {
    ConfusionMatrix m = new ConfusionMatrix(labels);
    for (Row r : rows) {
      m.add((int) r.getDouble(1), (int) model.predict(r.<Vector>getAs(0)));
    }
    return m;
  }

  /**
   * The examples as (ngrams, label index) rows; examples whose label is not in {@code labels} are
   * left out.
   */
  Dataset<Row> frame(List<LabeledText> examples, List<String> labels) {
    FeatureSpec.Featurizer featurizer = features.featurizer();
    List<Row> rows = new ArrayList<>(examples.size());
    for (LabeledText e : examples) {
      int label = labels.indexOf(e.label());
      if (label >= 0) {
        rows.add(
            RowFactory.create(
                featurizer.features(e.text()).toArray(new String[0]), (double) label));
      }
    }
    // The rows reach the executors once, as a broadcast variable. A DataFrame made from the
    // driver's list would be a local relation whose rows ride inside every task, and L-BFGS runs a
    // job per iteration: hundreds of "task of very large size" warnings and as many copies.
    Broadcast<List<Row>> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(rows);
    // One partition: the data is small, and each L-BFGS step then aggregates one gradient.
    return spark
        .range(0, rows.size(), 1, 1)
        .map((MapFunction<Long, Row>) i -> shared.value().get(i.intValue()), Encoders.row(SCHEMA));
  }
}
