package io.kefu.dags.airflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * What an error body says, in one line. Airflow 2 answers RFC 7807 problem JSON ({@code title},
 * {@code detail}, which may be null); Airflow 3 answers FastAPI's {@code {"detail": …}}, where
 * detail is a string, an object (its database errors: {@code reason}, {@code message}) or, for a
 * 422, a list of validation errors ({@code loc}, {@code msg}). A proxy in front may answer HTML:
 * that says nothing here.
 */
record AirflowProblem(String text) {

  static final AirflowProblem NONE = new AirflowProblem("");

  boolean isEmpty() {
    return text.isEmpty();
  }

  static AirflowProblem parse(String body, ObjectMapper json) {
    if (body == null || body.isBlank()) {
      return NONE;
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      return NONE;
    }
    if (root == null || !root.isObject()) {
      return NONE;
    }
    String detail = detail(root.path("detail"));
    String title = root.path("title").isTextual() ? root.path("title").asText() : "";
    return new AirflowProblem(join(title, detail));
  }

  private static String detail(JsonNode detail) {
    if (detail.isTextual()) {
      return detail.asText();
    }
    if (detail.isObject()) {
      String reason = detail.path("reason").asText("");
      return reason.isEmpty() ? detail.toString() : reason;
    }
    if (detail.isArray()) {
      List<String> errors = new ArrayList<>();
      for (JsonNode error : detail) {
        errors.add(location(error.path("loc")) + ": " + error.path("msg").asText("invalid"));
      }
      return String.join("; ", errors);
    }
    return "";
  }

  /** {@code ["body", "logical_date"]} → {@code body.logical_date}. */
  private static String location(JsonNode loc) {
    List<String> parts = new ArrayList<>();
    loc.forEach(part -> parts.add(part.asText()));
    return parts.isEmpty() ? "request" : String.join(".", parts);
  }

  /** Airflow 2's 404s put the whole sentence in the title and leave detail null, or both. */
  private static String join(String title, String detail) {
    if (title.isEmpty() || detail.contains(title)) {
      return oneLine(detail);
    }
    return oneLine(detail.isEmpty() ? title : title + ": " + detail);
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 300 ? line : line.substring(0, 300) + "…";
  }
}
