package io.kefu.train.data;

import io.kefu.core.ingest.IngestLayout;
import io.kefu.core.taxonomy.Intent;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The customer question of each ingested session, for FAQ clustering: the session's first customer
 * message that states an intent by itself (see {@link IngestedUtterances#ownIntent}); greetings and
 * follow-ups are not questions.
 */
public final class IngestedQuestions {

  /**
   * A session's question.
   *
   * @param sessionId the session it opened
   * @param text the message
   * @param intent the intent the ingest job labelled it with
   */
  public record Question(String sessionId, String text, String intent) {}

  private IngestedQuestions() {}

  public static List<Question> read(SparkSession spark, String dataDir) {
    List<Row> rows =
        IngestedUtterances.select(
            spark,
            dataDir,
            IngestLayout.SESSION_ID,
            IngestLayout.MESSAGE_INDEX,
            IngestLayout.TEXT,
            IngestLayout.INTENT.label(),
            IngestLayout.INTENT.votes(),
            IngestLayout.INTENT.source());
    TreeMap<String, Row> first = new TreeMap<>();
    for (Row r : rows) {
      boolean gold = IngestedUtterances.isGold(r.getString(5));
      if (!gold
          && IngestedUtterances.ownIntent(r.getString(3), r.getList(4)).equals(Intent.OTHER.id())) {
        continue;
      }
      Row seen = first.get(r.getString(0));
      if (seen == null || seen.getInt(1) > r.getInt(1)) {
        first.put(r.getString(0), r);
      }
    }
    List<Question> out = new ArrayList<>(first.size());
    first
        .values()
        .forEach(
            r ->
                out.add(
                    new Question(
                        r.getString(0),
                        r.getString(2),
                        IngestedUtterances.intentOf(
                            r.getString(3), r.getList(4), r.getString(5)))));
    return out;
  }
}
