package io.kefu.core.ingest;

/**
 * The layout of an ingest output folder, as the ingest job writes it and the training side reads it
 * (CONTRACT §1): the dataset folders, the columns of {@code labeled_utterances/} that training
 * reads, and the prefix of the votes cast from a session's context rather than a message's own
 * text. One definition, so a rename on one side cannot silently break the other.
 */
public final class IngestLayout {

  /** Dataset folders under the output root, each Parquet partitioned by {@code day}. */
  public static final String MESSAGES = "messages";

  public static final String SESSIONS = "sessions";
  public static final String LABELED_UTTERANCES = "labeled_utterances";
  public static final String QUARANTINE = "quarantine";

  /** Columns of {@code labeled_utterances/}. */
  public static final String SESSION_ID = "session_id";

  public static final String MESSAGE_INDEX = "message_index";

  /** The message text, normalised and masked ({@link io.kefu.core.text.TextPreparation}). */
  public static final String TEXT = "text";

  /** The intent label and how it was reached. */
  public static final LabelColumns INTENT = LabelColumns.of("intent");

  /** The sentiment label and how it was reached. */
  public static final LabelColumns SENTIMENT = LabelColumns.of("sentiment");

  /**
   * Votes cast from the session's context ({@code ctx:session}) rather than from the message's own
   * text start with this.
   */
  public static final String CONTEXT_VOTE_PREFIX = "ctx:";

  private IngestLayout() {}

  /**
   * The three columns of one label of {@code labeled_utterances/}.
   *
   * @param label the label (null for an abstention)
   * @param votes every labeling function's vote, as {@code function:label}
   * @param source {@code weak} or {@code gold} ({@link io.kefu.core.label.WeakLabel})
   */
  public record LabelColumns(String label, String votes, String source) {

    static LabelColumns of(String label) {
      return new LabelColumns(label, label + "_votes", label + "_source");
    }
  }
}
