package io.kefu.ingest.label;

import io.kefu.core.taxonomy.Intent;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weak-labels the customer messages of one session. Intent: each message's own labeling-function
 * votes plus a session-context vote ({@code ctx:session}) for the intent the whole session's votes
 * favour, so that 好的 / 在吗 in a refund conversation are labelled as the refund they are part of; a
 * session where no function speaks is {@code other} ({@code default:other}). Sentiment: the
 * message's own votes, the session rating only on the customer's last message. Pure and
 * thread-safe: the Spark job calls it once per session.
 */
public final class SessionLabeler implements Serializable {

  static final String CONTEXT = "ctx:session";
  static final String DEFAULT_OTHER = "default:other";
  private static final double CONTEXT_WEIGHT = 2.0;

  private final IntentLabelingFunctions intents;
  private final SentimentLabelingFunctions sentiments;
  private final VoteCombiner combiner = new VoteCombiner(3.0);

  public SessionLabeler(IntentTaxonomy taxonomy, SentimentLexicon lexicon) {
    this.intents = new IntentLabelingFunctions(taxonomy);
    this.sentiments = new SentimentLabelingFunctions(lexicon);
  }

  /** The labels of one customer message. */
  public record UtteranceLabels(WeakLabel intent, WeakLabel sentiment) implements Serializable {}

  /** Every labeling function's name, intent ones first. */
  public List<String> functionNames() {
    List<String> names = new ArrayList<>(intents.names());
    names.add(CONTEXT);
    names.add(DEFAULT_OTHER);
    names.addAll(sentiments.names());
    return names;
  }

  /**
   * @param customerTexts the session's customer messages in time order, normalised and masked
   * @param rating the session's first CSAT rating, or null
   */
  public List<UtteranceLabels> label(List<String> customerTexts, Integer rating) {
    List<List<Vote>> own = new ArrayList<>(customerTexts.size());
    Map<String, Double> sessionWeight = new TreeMap<>();
    for (String text : customerTexts) {
      List<Vote> votes = intents.votes(text);
      votes.forEach(v -> sessionWeight.merge(v.label(), v.weight(), Double::sum));
      own.add(votes);
    }
    String sessionIntent = strongest(sessionWeight);
    List<UtteranceLabels> labels = new ArrayList<>(customerTexts.size());
    for (int i = 0; i < customerTexts.size(); i++) {
      List<Vote> votes = new ArrayList<>(own.get(i));
      if (sessionIntent != null) {
        votes.add(new Vote(CONTEXT, sessionIntent, CONTEXT_WEIGHT));
      } else {
        votes.add(new Vote(DEFAULT_OTHER, Intent.OTHER.id(), 1.0));
      }
      boolean last = i == customerTexts.size() - 1;
      List<Vote> sentimentVotes = sentiments.votes(customerTexts.get(i), last ? rating : null);
      labels.add(new UtteranceLabels(combiner.combine(votes), combiner.combine(sentimentVotes)));
    }
    return labels;
  }

  private static String strongest(Map<String, Double> weights) {
    String best = null;
    double bestWeight = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (e.getValue() > bestWeight) {
        best = e.getKey();
        bestWeight = e.getValue();
      }
    }
    return best;
  }
}
