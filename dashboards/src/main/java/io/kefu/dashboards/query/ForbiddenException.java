package io.kefu.dashboards.query;

/** What the viewer's role may not see or do, answered with 403 and this message. */
public final class ForbiddenException extends RuntimeException {

  public ForbiddenException(String message) {
    super(message);
  }
}
