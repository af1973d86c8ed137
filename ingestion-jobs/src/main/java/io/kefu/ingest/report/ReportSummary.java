package io.kefu.ingest.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the headline figures of an ingest {@code report.json} for people (the demo's summary). */
public final class ReportSummary {

  private ReportSummary() {}

  public static String describe(JsonNode r) {
    return String.format(
        "ingest: %,d records read → %,d messages in %,d sessions; %,d duplicates; quarantined %s%n"
            + "        masked %s%n"
            + "        weak-label coverage: intent %.1f %%, sentiment %.1f %%%n",
        r.path("records_read").asLong(),
        r.path("messages").asLong(),
        r.path("sessions").asLong(),
        r.path("duplicates").asLong(),
        r.path("quarantined"),
        r.path("masked"),
        100 * r.path("label_coverage").path("intent").asDouble(),
        100 * r.path("label_coverage").path("sentiment").asDouble());
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ReportSummary REPORT.json");
      System.exit(2);
    }
    System.out.print(describe(new ObjectMapper().readTree(Files.readString(Path.of(args[0])))));
  }
}
