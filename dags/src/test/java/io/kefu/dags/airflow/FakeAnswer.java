package io.kefu.dags.airflow;

import java.util.Map;

/** What {@link FakeAirflow} answers: a status, a body of a content type, extra headers. */
record FakeAnswer(int status, String contentType, String body, Map<String, String> headers) {

  static FakeAnswer json(int status, String body) {
    return new FakeAnswer(status, "application/json", body, Map.of());
  }

  /** What a proxy or a crashed worker answers: an HTML page, no JSON to read. */
  static FakeAnswer html(int status, String title) {
    return new FakeAnswer(
        status, "text/html; charset=utf-8", "<html><title>" + title + "</title></html>", Map.of());
  }

  FakeAnswer withHeader(String name, String value) {
    return new FakeAnswer(status, contentType, body, Map.of(name, value));
  }
}
