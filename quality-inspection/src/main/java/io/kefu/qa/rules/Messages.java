package io.kefu.qa.rules;

import io.kefu.core.event.Role;
import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.List;

/** The first and last messages of one role in a session. */
final class Messages {

  private Messages() {}

  /** The role's first message, or null when it wrote none. */
  static PreparedMessage first(SessionTimeline session, Role role) {
    for (PreparedMessage m : session.messages()) {
      if (m.role() == role) {
        return m;
      }
    }
    return null;
  }

  /** The role's last message, or null when it wrote none. */
  static PreparedMessage last(SessionTimeline session, Role role) {
    List<PreparedMessage> messages = session.messages();
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).role() == role) {
        return messages.get(i);
      }
    }
    return null;
  }
}
