package io.kefu.core.metrics.fcr;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The re-contact window W of CONTRACT §3 (default 72 h). "Within W after t" means the half-open
 * interval [t, t + W): a session starting exactly W after t is outside the window, one starting a
 * nanosecond earlier is inside. So with W = 72 h a return after 71 h is a repeat contact and one
 * after 72 h or 73 h is a new issue.
 *
 * @param length positive
 */
public record RecontactWindow(Duration length) implements Serializable {

  /** The default of CONTRACT §3. */
  public static final RecontactWindow DEFAULT = new RecontactWindow(Duration.ofHours(72));

  public RecontactWindow {
    Objects.requireNonNull(length, "length");
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("re-contact window must be positive, got " + length);
    }
  }

  public static RecontactWindow ofHours(long hours) {
    return new RecontactWindow(Duration.ofHours(hours));
  }

  /** The first instant outside the window opened at {@code from}: {@code from + W}. */
  public Instant closesAt(Instant from) {
    return from.plus(length);
  }

  /** Whether {@code later} lies within W after {@code from}: {@code from <= later < from + W}. */
  public boolean contains(Instant from, Instant later) {
    return !later.isBefore(from) && later.isBefore(closesAt(from));
  }
}
