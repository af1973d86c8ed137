package io.kefu.ingest.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.Map;

/**
 * {@code report.json} of an ingest run (CONTRACT §1): every record read is accounted for as valid
 * (messages + duplicates) or quarantined by reason.
 */
@JsonPropertyOrder({
  "records_read",
  "valid",
  "messages",
  "duplicates",
  "sessions",
  "quarantined",
  "masked",
  "label_coverage",
  "labeling",
  "gold_labels",
  "files",
  "input",
  "output",
  "elapsed_s",
  "truth_check"
})
public final class IngestReport {
  @JsonProperty("records_read")
  public long recordsRead;

  @JsonProperty("valid")
  public long valid;

  @JsonProperty("messages")
  public long messages;

  @JsonProperty("duplicates")
  public long duplicates;

  @JsonProperty("sessions")
  public long sessions;

  @JsonProperty("quarantined")
  public Map<String, Long> quarantined;

  @JsonProperty("masked")
  public Map<String, Long> masked;

  @JsonProperty("label_coverage")
  public Map<String, Double> labelCoverage;

  @JsonProperty("labeling")
  public Map<String, Object> labeling;

  @JsonProperty("gold_labels")
  public int goldLabels;

  @JsonProperty("files")
  public int files;

  @JsonProperty("input")
  public String input;

  @JsonProperty("output")
  public String output;

  @JsonProperty("elapsed_s")
  public double elapsedSeconds;

  /** Figures against the generator's ground truth, when the run was given one. */
  @JsonProperty("truth_check")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public Map<String, Object> truthCheck;

  public void setElapsedSeconds(double seconds) {
    this.elapsedSeconds = Math.round(seconds * 100) / 100.0;
  }

  public long quarantinedTotal() {
    return quarantined.values().stream().mapToLong(Long::longValue).sum();
  }

  public String toJson() throws IOException {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
  }
}
