package io.kefu.samples;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A new product problem that customers suddenly start to write about: {@code sessions} extra
 * sessions, starting within {@link #SPREAD} after {@code start}, whose customers open with a
 * complaint holding {@code phrase} verbatim (a phrase the taxonomy does not know, such as 充电宝鼓包),
 * under an ordinary intent (商品质量投诉 or 售后维修). The sessions come on top of {@code --sessions}; the
 * truth names the phrase on each of them, so emerging-phrase detection (CONTRACT §3) can be scored.
 *
 * @param phrase stripped, 1–{@value #MAX_PHRASE_LENGTH} characters, no line break or control
 *     character
 * @param sessions 1–{@value #MAX_SESSIONS}
 */
public record EmergingPhrase(String phrase, Instant start, int sessions) {

  /** The syntax {@link #parse} accepts, for error messages. */
  public static final String SYNTAX = "PHRASE@ISO_TIME×N, e.g. 充电宝鼓包@2026-11-03T20:00×12";

  /** How long after {@code start} the sessions may begin: two 10-minute windows. */
  public static final Duration SPREAD = Duration.ofMinutes(20);

  public static final int MAX_PHRASE_LENGTH = 40;
  public static final int MAX_SESSIONS = 100_000;

  public EmergingPhrase {
    if (phrase == null || phrase.isBlank() || !phrase.equals(phrase.strip())) {
      throw new IllegalArgumentException(
          "emerging phrase must be non-blank text, not '" + phrase + "'");
    }
    if (phrase.length() > MAX_PHRASE_LENGTH || phrase.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "emerging phrase '"
              + phrase
              + "' must be one line of at most "
              + MAX_PHRASE_LENGTH
              + " characters");
    }
    if (sessions < 1 || sessions > MAX_SESSIONS) {
      throw new IllegalArgumentException(
          "emerging phrase sessions must be 1.." + MAX_SESSIONS + ", not " + sessions);
    }
  }

  /**
   * Parses {@code PHRASE@TIME×N} ({@code x} or {@code X} for {@code ×}); TIME an ISO date-time with
   * or without offset (without: Asia/Shanghai), N a whole number of sessions.
   *
   * @throws IllegalArgumentException naming the accepted form
   */
  public static EmergingPhrase parse(String text) {
    int at = text.lastIndexOf('@');
    int times = -1;
    for (int i = text.length() - 1; i > at && times < 0; i--) {
      char c = text.charAt(i);
      times = c == '×' || c == 'x' || c == 'X' ? i : -1;
    }
    if (at <= 0 || times <= at + 1 || times == text.length() - 1) {
      throw new IllegalArgumentException("'" + text + "' is not " + SYNTAX);
    }
    Instant start;
    try {
      start = Spike.isoTime(text.substring(at + 1, times).trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' has no ISO date-time such as 2026-11-03T20:00; expected " + SYNTAX);
    }
    int sessions;
    try {
      sessions = Integer.parseInt(text.substring(times + 1).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' has no whole number of sessions N; expected " + SYNTAX);
    }
    return new EmergingPhrase(text.substring(0, at).strip(), start, sessions);
  }

  /** The canonical text form, Asia/Shanghai time: {@code 充电宝鼓包@2026-11-03T20:00:00+08:00×12}. */
  @Override
  public String toString() {
    return phrase + "@" + Spike.shanghai(start) + "×" + sessions;
  }
}
