package io.kefu.core.label;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Message-level sentiment labeling functions over normalised, masked customer text:
 *
 * <ul>
 *   <li>{@code lex:fixed} — fixed phrases (不错, 不满意, 没人管 …), which shadow their parts;
 *   <li>{@code lex:polar} — polar words and emoji, flipped by a negator just before them and
 *       strengthened by an intensifier;
 *   <li>{@code punct:exclaim} — repeated !/? with a negative word: exasperation;
 *   <li>{@code cue:question} — a question or request without any polar word: neutral;
 *   <li>{@code rating:session} — the session's CSAT rating, for the customer's last message;
 *   <li>{@code default:neutral} — a weak neutral vote when nothing else speaks.
 * </ul>
 *
 * Thread-safe.
 */
public final class SentimentLabelingFunctions implements Serializable {

  static final String FIXED = "lex:fixed";
  static final String POLAR = "lex:polar";
  static final String EXCLAIM = "punct:exclaim";
  static final String QUESTION = "cue:question";
  static final String RATING = "rating:session";
  static final String DEFAULT = "default:neutral";

  // Below every cue in the words: a rating says how the session ended, not what this message
  // says (好的 is neutral in a session rated 5); it tips only messages the words leave split.
  private static final double RATING_WEIGHT = 0.4;

  private final SentimentLexicon lexicon;
  private final KeywordIndex fixed;
  private final KeywordIndex polar;

  public SentimentLabelingFunctions(SentimentLexicon lexicon) {
    this.lexicon = lexicon;
    this.fixed = new KeywordIndex(lexicon.fixedPhrases());
    this.polar = new KeywordIndex(lexicon.polarWords());
  }

  public List<String> names() {
    return List.of(FIXED, POLAR, EXCLAIM, QUESTION, RATING, DEFAULT);
  }

  /**
   * The votes on one customer message.
   *
   * @param sessionRating the session's first CSAT rating when this is the customer's last message
   *     of a rated session, else null
   */
  public List<Vote> votes(String text, Integer sessionRating) {
    List<Vote> votes = new ArrayList<>();
    List<KeywordIndex.Match> fixedMatches = fixed.find(text);
    boolean polarSeen = false;
    for (KeywordIndex.Match m : fixedMatches) {
      if (!m.label().equals(SentimentLexicon.NEUTRAL)) {
        votes.add(new Vote(FIXED, m.label(), 2.0));
        polarSeen = true;
      }
    }
    for (KeywordIndex.Match m : KeywordIndex.withoutShadowed(polar.find(text))) {
      if (insideAny(m, fixedMatches)) {
        continue;
      }
      String label = negated(text, m.start()) ? flip(m.label()) : m.label();
      if (label == null) {
        continue;
      }
      double weight = intensified(text, m.start()) ? 1.5 : 1.0;
      votes.add(new Vote(POLAR, label, weight));
      polarSeen = true;
    }
    // Repeated ! (or ?!) is exasperation: it strengthens a negative word, or speaks on its own.
    // A doubled ? is how many people simply type a question (那一般要多久??): it only strengthens.
    boolean exclaims =
        text.contains("!!") || text.contains("?!") || (text.contains("??") && hasNegative(votes));
    if (exclaims) {
      votes.add(new Vote(EXCLAIM, SentimentLexicon.NEGATIVE, 1.0));
      polarSeen = true;
    }
    if (!polarSeen) {
      // Plain questions, requests and acknowledgements carry no sentiment: neutral.
      boolean cue = isQuestionOrRequest(text);
      boolean acknowledgement =
          fixedMatches.stream().anyMatch(m -> m.label().equals(SentimentLexicon.NEUTRAL));
      if (cue || acknowledgement) {
        votes.add(new Vote(cue ? QUESTION : FIXED, SentimentLexicon.NEUTRAL, 1.0));
      } else {
        votes.add(new Vote(DEFAULT, SentimentLexicon.NEUTRAL, 0.5));
      }
    }
    if (sessionRating != null) {
      if (sessionRating <= 2) {
        votes.add(new Vote(RATING, SentimentLexicon.NEGATIVE, RATING_WEIGHT));
      } else if (sessionRating >= 4) {
        votes.add(new Vote(RATING, SentimentLexicon.POSITIVE, RATING_WEIGHT));
      }
    }
    return votes;
  }

  private static boolean hasNegative(List<Vote> votes) {
    return votes.stream().anyMatch(v -> v.label().equals(SentimentLexicon.NEGATIVE));
  }

  private boolean isQuestionOrRequest(String text) {
    for (String cue : lexicon.questionCues()) {
      if (text.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  private boolean negated(String text, int start) {
    int from = Math.max(0, start - lexicon.negationWindow());
    String before = text.substring(from, start);
    for (String negator : lexicon.negators()) {
      if (before.contains(negator)) {
        return true;
      }
    }
    return false;
  }

  private boolean intensified(String text, int start) {
    String before = text.substring(Math.max(0, start - 2), start);
    for (String intensifier : lexicon.intensifiers()) {
      if (before.endsWith(intensifier)) {
        return true;
      }
    }
    return false;
  }

  // A negated positive word is negative (不满意); a negated negative word (不差) carries no vote.
  private static String flip(String label) {
    return label.equals(SentimentLexicon.POSITIVE) ? SentimentLexicon.NEGATIVE : null;
  }

  private static boolean insideAny(KeywordIndex.Match m, List<KeywordIndex.Match> spans) {
    for (KeywordIndex.Match s : spans) {
      if (s.start() <= m.start() && s.end() >= m.end()) {
        return true;
      }
    }
    return false;
  }
}
