package io.kefu.samples.pii;

/**
 * One planted piece of personal data.
 *
 * @param value exactly as it appears in the message text (grouping, full-width digits included)
 * @param messageIndex 0-based index among the session's {@code message} events
 */
public record PiiMention(GeneratedPiiKind type, String value, int messageIndex) {}
