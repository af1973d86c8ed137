package io.kefu.qa.phrase;

/**
 * One phrase found in a message.
 *
 * @param phrase the configured phrase (canonical form, e.g. 加微信 when the text said 加 v)
 * @param start where the match starts in the message text (inclusive)
 * @param end where it ends (exclusive); separators inside the match are included
 */
public record PhraseHit(String phrase, int start, int end) {}
