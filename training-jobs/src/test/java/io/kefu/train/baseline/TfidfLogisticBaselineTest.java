package io.kefu.train.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.features.FeatureSpec;
import io.kefu.spark.SparkSessions;
import io.kefu.train.data.DataSplit;
import io.kefu.train.data.LabeledText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LocalRelation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

class TfidfLogisticBaselineTest {

  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSessions.create("kefu-baseline-test", "local[1]", 1);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void theTrainingFrameHoldsTheFeaturizedExamplesWithTheirLabelIndex() {
    List<LabeledText> examples =
        List.of(
            new LabeledText("我要退款", "refund"),
            new LabeledText("快递到哪了", "logistics"),
            new LabeledText("随便问问", "unknown_label"));
    TfidfLogisticBaseline baseline = new TfidfLogisticBaseline(spark, FeatureSpec.DEFAULT);

    List<Row> rows = baseline.frame(examples, List.of("logistics", "refund")).collectAsList();

    FeatureSpec.Featurizer featurizer = FeatureSpec.DEFAULT.featurizer();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getList(0)).isEqualTo(featurizer.features("我要退款"));
    assertThat(rows.get(0).getDouble(1)).isEqualTo(1.0);
    assertThat(rows.get(1).getList(0)).isEqualTo(featurizer.features("快递到哪了"));
    assertThat(rows.get(1).getDouble(1)).isEqualTo(0.0);
  }

  @Test
  void theExamplesDoNotRideInsideEveryTaskAsALocalRelation() {
    TfidfLogisticBaseline baseline = new TfidfLogisticBaseline(spark, FeatureSpec.DEFAULT);

    Dataset<Row> frame =
        baseline.frame(List.of(new LabeledText("我要退款", "refund")), List.of("refund"));

    // a local relation's rows are serialised into each task of each L-BFGS iteration
    assertThat(CollectionConverters.asJava(frame.queryExecution().analyzed().collectLeaves()))
        .isNotEmpty()
        .noneMatch(LocalRelation.class::isInstance);
  }

  @Test
  void trainingSendsNeitherTheIdfWeightsNorTheModelWithEveryTask() {
    DataSplit split = new DataSplit(examples(0, 30), examples(30, 36), examples(36, 42));
    List<String> large = new CopyOnWriteArrayList<>();
    AbstractAppender capture =
        new AbstractAppender("large-task-binaries", null, null, true, Property.EMPTY_ARRAY) {
          @Override
          public void append(LogEvent event) {
            String message = event.getMessage().getFormattedMessage();
            if (message.contains("large task binary") || message.contains("very large size")) {
              large.add(message);
            }
          }
        };
    capture.start();
    LoggerContext logging = (LoggerContext) LogManager.getContext(false);
    Logger dagScheduler = logging.getLogger("org.apache.spark.scheduler.DAGScheduler");
    Logger taskSets = logging.getLogger("org.apache.spark.scheduler.TaskSetManager");
    dagScheduler.addAppender(capture);
    taskSets.addAppender(capture);
    try {
      TfidfLogisticBaseline.Result result =
          new TfidfLogisticBaseline(spark, FeatureSpec.DEFAULT)
              .trainAndTest(split, List.of("refund", "logistics", "invoice"));

      assertThat(result.test().macroF1()).isGreaterThan(0.5);
      // one job each for the training vectors, the validation rows and the test rows carries
      // the IDF weights; the L-BFGS iterations (60 per penalty tried) carry neither them nor data
      assertThat(large).hasSizeLessThanOrEqualTo(3);
    } finally {
      dagScheduler.removeAppender(capture);
      taskSets.removeAppender(capture);
      capture.stop();
    }
  }

  private static final String[][] CUES = {
    {"refund", "我要退款", "退钱给我", "申请退货退款"},
    {"logistics", "快递到哪了", "物流怎么不动", "包裹还没到"},
    {"invoice", "开发票", "发票抬头怎么改", "要电子发票"},
  };

  private static List<LabeledText> examples(int from, int to) {
    List<LabeledText> examples = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String[] cue = CUES[i % CUES.length];
      examples.add(new LabeledText(cue[1 + i % 3] + " 订单" + i, cue[0]));
    }
    return examples;
  }
}
