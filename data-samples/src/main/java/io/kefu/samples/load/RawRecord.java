package io.kefu.samples.load;

import io.kefu.core.event.ParsedEvent;

/**
 * One record of a raw chat log and where it came from.
 *
 * @param source the file name (raw JSON lines or CSV export)
 * @param line the 1-based line the record starts on
 * @param raw the record as written (a JSON line, or the CSV cells joined by commas)
 */
public record RawRecord(String source, long line, String raw, ParsedEvent parsed) {}
