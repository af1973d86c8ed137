package io.kefu.train.data;

import static org.apache.spark.sql.functions.col;

import io.kefu.core.ingest.IngestLayout;
import io.kefu.core.label.WeakLabel;
import io.kefu.core.model.ModelName;
import io.kefu.core.taxonomy.Intent;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads training examples from an ingest output folder's {@code labeled_utterances/} (customer
 * messages with weak or gold labels).
 *
 * <p>Intent: the classifier learns what a message says by itself, because the streaming job takes a
 * session's primary intent from its first message whose predicted intent is not {@code other}
 * (CONTRACT §3). So a message keeps its intent only when a labeling function voted for it from its
 * own text (a keyword, a pattern, a gold label); a message labeled only through its session's
 * context ({@code ctx:} votes: "你好", "好的谢谢") or not at all becomes {@code other}.
 *
 * <p>Sentiment: every message with a sentiment label; abstentions are skipped.
 */
public final class IngestedUtterances {

  private IngestedUtterances() {}

  /**
   * @param dataDir an ingest output folder (path or URI)
   * @param model {@link ModelName#INTENT} or {@link ModelName#SENTIMENT}
   */
  public static List<LabeledText> read(SparkSession spark, String dataDir, ModelName model) {
    IngestLayout.LabelColumns labels = labelColumns(model);
    List<Row> rows =
        select(spark, dataDir, IngestLayout.TEXT, labels.label(), labels.votes(), labels.source());
    List<LabeledText> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      String text = r.getString(0);
      if (model == ModelName.INTENT) {
        out.add(new LabeledText(text, intentOf(r.getString(1), r.getList(2), r.getString(3))));
      } else if (r.getString(1) != null) {
        out.add(new LabeledText(text, r.getString(1)));
      }
    }
    return out;
  }

  /** The intent a message states by itself: its label when a vote came from its own text. */
  static String ownIntent(String label, List<String> votes) {
    if (label == null) {
      return Intent.OTHER.id();
    }
    for (String vote : votes) {
      if (!vote.startsWith(IngestLayout.CONTEXT_VOTE_PREFIX)) {
        return label;
      }
    }
    return Intent.OTHER.id();
  }

  /**
   * The intent a message is learnt and clustered under: its gold label, else the intent it states
   * by itself ({@link #ownIntent}).
   */
  static String intentOf(String label, List<String> votes, String source) {
    return isGold(source) ? label : ownIntent(label, votes);
  }

  /** Whether a label's source is the user's annotation, which is kept whatever the votes. */
  static boolean isGold(String source) {
    return WeakLabel.SOURCE_GOLD.equals(source);
  }

  private static IngestLayout.LabelColumns labelColumns(ModelName model) {
    return switch (model) {
      case INTENT -> IngestLayout.INTENT;
      case SENTIMENT -> IngestLayout.SENTIMENT;
      case FAQ -> throw new IllegalArgumentException("the ingest output holds no faq labels");
    };
  }

  /**
   * The named columns of every row of {@code dataDir/labeled_utterances/}; a folder that is not an
   * ingest output, or lacks a column, is a one-line error naming the folder.
   */
  static List<Row> select(SparkSession spark, String dataDir, String... columns) {
    Column[] selected = new Column[columns.length];
    for (int i = 0; i < columns.length; i++) {
      selected[i] = col(columns[i]);
    }
    try {
      return spark
          .read()
          .parquet(dataDir + "/" + IngestLayout.LABELED_UTTERANCES)
          .select(selected)
          .collectAsList();
    } catch (Exception e) {
      // Spark throws its AnalysisException (missing folder or column) undeclared.
      if (e instanceof AnalysisException) {
        throw new IllegalArgumentException(
            dataDir
                + " is not an ingest output folder (no readable "
                + IngestLayout.LABELED_UTTERANCES
                + "/ with "
                + String.join(", ", columns)
                + "): "
                + e.getMessage().lines().findFirst().orElse(""),
            e);
      }
      throw e;
    }
  }
}
