package io.kefu.ingest;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The ingest job's settings, validated at construction.
 *
 * @param input a folder (or file) of raw logs: local path or Hadoop URI
 * @param output the output folder (datasets and report.json)
 * @param csvEncoding charset of CSV exports, e.g. UTF-8 or GBK
 * @param goldLabels optional {@code text,label} CSV (local path), or null
 * @param taxonomy optional intent taxonomy JSON (local path), or null for the packaged one
 */
public record IngestConfig(
    String input, String output, String csvEncoding, String goldLabels, String taxonomy) {

  public IngestConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    if (!Charset.isSupported(csvEncoding)) {
      throw new IllegalArgumentException("--encoding: unknown charset " + csvEncoding);
    }
  }
}
