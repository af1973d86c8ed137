package io.kefu.dashboards.query;

/** A session or violation that does not exist, answered with 404 and this message. */
public final class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
