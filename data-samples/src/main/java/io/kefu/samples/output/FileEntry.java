package io.kefu.samples.output;

/**
 * One written file, as the manifest lists it.
 *
 * @param path relative to the output folder, with {@code /}
 * @param records lines (JSONL) or data rows (CSV, header excluded)
 * @param sha256 hex digest of the bytes
 */
public record FileEntry(String path, long records, long bytes, String sha256) {}
