package io.kefu.samples.truth;

import java.time.Instant;

/**
 * One {@code csat} event of a session: when it was sent and the rating 1–5. A session's first one
 * is the one that counts (CONTRACT §2).
 */
public record CsatRating(Instant at, int rating) {}
