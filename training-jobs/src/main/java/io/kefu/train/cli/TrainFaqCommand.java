package io.kefu.train.cli;

import io.kefu.core.model.ModelName;
import io.kefu.core.text.TextPreparation;
import io.kefu.train.data.GeneratorTruth;
import io.kefu.train.data.IngestedQuestions;
import io.kefu.train.data.IngestedUtterances;
import io.kefu.train.data.LabeledCsv;
import io.kefu.train.data.LabeledText;
import io.kefu.train.faq.FaqClusterer;
import io.kefu.train.faq.FaqConfig;
import io.kefu.train.faq.FaqQuestion;
import io.kefu.train.job.FaqTrainingJob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./kefu train faq}: clusters customer questions into FAQs. */
@Command(
    name = "faq",
    mixinStandardHelpOptions = true,
    description = {
      "Cluster customer questions (each session's first message stating an intent; or the texts",
      "of --labels) into FAQs with Word2Vec sentence vectors and k-means, k by silhouette."
    })
final class TrainFaqCommand implements Callable<Integer> {

  @Mixin TrainOptions options;

  @Option(
      names = "--truth",
      paramLabel = "DIR",
      description =
          "./kefu generate output (truth/sessions.jsonl): report NMI and ARI against faq_id")
  Path truth;

  @Option(
      names = "--min-k",
      defaultValue = "1",
      description =
          "fewest clusters per intent; 1 keeps an intent whole when no split separates it"
              + " (default ${DEFAULT-VALUE})")
  int minK;

  @Option(
      names = "--max-k",
      defaultValue = "3",
      description = "most clusters per intent (default ${DEFAULT-VALUE})")
  int maxK;

  @Option(
      names = "--step-k",
      defaultValue = "1",
      description = "step between k tried (default ${DEFAULT-VALUE})")
  int stepK;

  @Override
  public Integer call() throws Exception {
    options.requireInput();
    Map<String, String> faqOf = truth == null ? Map.of() : GeneratorTruth.faqs(truth);
    List<FaqQuestion> questions = new ArrayList<>();
    List<String> paths = new ArrayList<>();
    List<String> corpus = new ArrayList<>();
    if (!options.data.isEmpty()) {
      SparkSession spark = options.sparkSession("kefu-train-faq");
      try {
        for (String dir : options.data) {
          for (var q : IngestedQuestions.read(spark, dir)) {
            questions.add(
                new FaqQuestion(
                    q.text(),
                    q.intent(),
                    faqOf.getOrDefault(q.sessionId(), FaqTrainingJob.UNKNOWN)));
          }
          IngestedUtterances.read(spark, dir, ModelName.SENTIMENT)
              .forEach(u -> corpus.add(u.text()));
          paths.add(dir);
        }
      } finally {
        spark.stop();
      }
    }
    if (options.labels != null) {
      // Unlike the ingest output, a user's file is raw: prepared here, once.
      for (LabeledText e : LabeledCsv.read(options.labels).examples()) {
        questions.add(new FaqQuestion(TextPreparation.prepare(e.text()), null, e.label()));
      }
      paths.add(options.labels.toString());
    }
    var summary =
        new FaqTrainingJob(
                options.registry.open(),
                new FaqClusterer(
                    new FaqConfig(minK, maxK, stepK, FaqConfig.DEFAULT_VECTOR_SIZE), options.seed))
            .runQuestions(
                questions, corpus, paths, options.seed, options.workDir(ModelName.FAQ.wireName()));
    System.out.println(summary);
    return 0;
  }
}
