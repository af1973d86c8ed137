package io.kefu.qa.batch;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The inspect job's settings, validated at construction.
 *
 * @param input raw chat logs or an ingest output folder (path or Hadoop URI)
 * @param output where {@code qa_inspections/}, {@code qa_violations/} and {@code report.json} go
 * @param engine how executors build the engine (rules, sentiment)
 * @param csvEncoding charset of CSV exports
 */
public record InspectConfig(String input, String output, EngineSpec engine, String csvEncoding) {

  public InspectConfig {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(engine, "engine");
    if (!Charset.isSupported(csvEncoding)) {
      throw new IllegalArgumentException("--encoding: unknown charset " + csvEncoding);
    }
  }
}
