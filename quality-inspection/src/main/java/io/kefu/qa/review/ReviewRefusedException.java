package io.kefu.qa.review;

/**
 * A review action the rules do not allow (a second appeal, a second ruling, a ruling by someone who
 * is not a QA manager); the message says why in one line.
 */
public class ReviewRefusedException extends IllegalStateException {
  public ReviewRefusedException(String message) {
    super(message);
  }
}
