package io.kefu.qa.rules;

import io.kefu.qa.session.PreparedMessage;
import io.kefu.qa.session.SessionTimeline;
import java.util.List;

/** The customer's first and last messages of a session. */
final class CustomerMessages {

  private CustomerMessages() {}

  static PreparedMessage first(SessionTimeline session) {
    for (PreparedMessage m : session.messages()) {
      if (m.isCustomer()) {
        return m;
      }
    }
    return null;
  }

  static PreparedMessage last(SessionTimeline session) {
    List<PreparedMessage> messages = session.messages();
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).isCustomer()) {
        return messages.get(i);
      }
    }
    return null;
  }
}
