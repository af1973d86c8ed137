package io.kefu.qa.rules;

import io.kefu.qa.phrase.PhraseHit;
import io.kefu.qa.session.PreparedMessage;

/** Excerpts of masked message text quoted as a violation's evidence. */
final class Evidence {

  private static final int CONTEXT = 12;
  private static final int WHOLE = 60;

  private Evidence() {}

  /** The span with a few characters either side, elided with … where cut. */
  static String around(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT);
    int to = Math.min(text.length(), end + CONTEXT);
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from--;
    }
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
  }

  static String around(PreparedMessage message, PhraseHit hit) {
    return around(message.text(), hit.start(), hit.end());
  }

  /** The message's masked text, cut to a readable length. */
  static String of(PreparedMessage message) {
    String text = message.text();
    if (text.length() <= WHOLE) {
      return text;
    }
    int to = WHOLE;
    if (Character.isLowSurrogate(text.charAt(to))) {
      to++;
    }
    return text.substring(0, to) + "…";
  }

  /** Seconds as an explanation shows them: rounded up, so 60.4 s over a 60 s limit reads 61. */
  static long seconds(long millis) {
    return (millis + 999) / 1000;
  }
}
