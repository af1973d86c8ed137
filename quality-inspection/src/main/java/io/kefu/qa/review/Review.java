package io.kefu.qa.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A QA manager's verdict on one violation. A reviewer's later verdict on the same violation
 * replaces the earlier one.
 *
 * @param comment free text, never null ({@code ""} when none)
 * @param reviewedAt when the verdict was given (UTC instant)
 */
public record Review(
    ViolationKey key, String reviewer, Verdict verdict, String comment, Instant reviewedAt) {

  public Review {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reviewedAt, "reviewedAt");
    if (reviewer == null || reviewer.isBlank()) {
      throw new IllegalArgumentException("a review needs the reviewer's name");
    }
    comment = comment == null ? "" : comment;
  }
}
