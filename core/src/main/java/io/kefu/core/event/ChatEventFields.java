package io.kefu.core.event;

/** The JSON field names of a chat event (CONTRACT §2), in the order they are written. */
public final class ChatEventFields {
  public static final String EVENT_ID = "event_id";
  public static final String TYPE = "type";
  public static final String SESSION_ID = "session_id";
  public static final String CUSTOMER_ID = "customer_id";
  public static final String AGENT_ID = "agent_id";
  public static final String CHANNEL = "channel";
  public static final String TS = "ts";
  public static final String ROLE = "role";
  public static final String TEXT = "text";
  public static final String END_REASON = "end_reason";
  public static final String RATING = "rating";

  private ChatEventFields() {}
}
