package io.kefu.train.data;

import static org.apache.spark.sql.functions.col;

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

  /** Votes cast from the session rather than the message text (see the ingest labeler). */
  static final String CONTEXT_VOTE_PREFIX = "ctx:";

  public static final String OTHER = "other";

  /** The source of a label the user annotated; it is kept whatever the votes. */
  static final String GOLD = "gold";

  private IngestedUtterances() {}

  /**
   * @param dataDir an ingest output folder (path or URI)
   * @param task {@code intent} or {@code sentiment}
   */
  public static List<LabeledText> read(SparkSession spark, String dataDir, String task) {
    List<Row> rows = select(spark, dataDir, "text", task, task + "_votes", task + "_source");
    List<LabeledText> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      String text = r.getString(0);
      if (task.equals("intent")) {
        boolean gold = GOLD.equals(r.getString(3));
        out.add(
            new LabeledText(text, gold ? r.getString(1) : ownIntent(r.getString(1), r.getList(2))));
      } else if (r.getString(1) != null) {
        out.add(new LabeledText(text, r.getString(1)));
      }
    }
    return out;
  }

  /** The intent a message states by itself: its label when a vote came from its own text. */
  static String ownIntent(String label, List<String> votes) {
    if (label == null) {
      return OTHER;
    }
    for (String vote : votes) {
      if (!vote.startsWith(CONTEXT_VOTE_PREFIX)) {
        return label;
      }
    }
    return OTHER;
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
      return spark.read().parquet(dataDir + "/labeled_utterances").select(selected).collectAsList();
    } catch (Exception e) {
      // Spark throws its AnalysisException (missing folder or column) undeclared.
      if (e instanceof AnalysisException) {
        throw new IllegalArgumentException(
            dataDir
                + " is not an ingest output folder (no readable labeled_utterances/ with "
                + String.join(", ", columns)
                + "): "
                + e.getMessage().lines().findFirst().orElse(""),
            e);
      }
      throw e;
    }
  }
}
