package io.kefu.dashboards.query;

/** A filter or body the API refuses, answered with 400 and this message. */
public final class BadRequestException extends RuntimeException {

  public BadRequestException(String message) {
    super(message);
  }
}
