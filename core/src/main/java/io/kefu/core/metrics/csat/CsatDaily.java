package io.kefu.core.metrics.csat;

import io.kefu.core.metrics.DailyKey;
import io.kefu.core.metrics.SessionFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CSAT of CONTRACT §3: only a session's first rating counts (CONTRACT §2), late ratings included,
 * always on the Asia/Shanghai day the session started, with the session's primary intent, channel
 * and agent.
 */
public final class CsatDaily {

  /** The lowest rating that counts as satisfied. */
  public static final int SATISFIED_FROM = 4;

  private CsatDaily() {}

  /** The contribution of one session (its rating, if any, and whether it ended). */
  public static CsatDailyRow ofSession(SessionFacts session) {
    Integer rating = session.rating();
    return CsatDailyRow.of(
        DailyKey.of(session),
        rating == null ? 0 : 1,
        rating == null ? 0 : satisfied(rating),
        rating == null ? 0 : rating,
        session.ended() ? 1 : 0);
  }

  /**
   * The change a rating arriving after the session was counted makes: a row with {@code rated = 1}
   * on the session's start day when the session had no rating yet; empty when it had one (a second
   * rating is ignored). The caller keeps {@code counted.withRating(rating)} as the session's facts
   * from then on.
   *
   * @param counted the facts of the session as already counted
   */
  public static Optional<CsatDailyRow> lateRating(SessionFacts counted, int rating) {
    if (counted.rating() != null) {
      return Optional.empty();
    }
    return Optional.of(CsatDailyRow.of(DailyKey.of(counted), 1, satisfied(rating), rating, 0));
  }

  /**
   * The changes to rows when a session already counted is counted again with new facts (re-closed
   * after a late session_end, say): minus its old contribution, plus its new one; rows that do not
   * change are left out.
   */
  public static List<CsatDailyRow> change(SessionFacts before, SessionFacts after) {
    CsatDailyRow minus = negate(ofSession(before));
    CsatDailyRow plus = ofSession(after);
    if (minus.key().equals(plus.key())) {
      CsatDailyRow sum = minus.plus(plus);
      return sum.equals(CsatDailyRow.of(sum.key(), 0, 0, 0, 0)) ? List.of() : List.of(sum);
    }
    return List.of(minus, plus);
  }

  /** The {@code csat_daily} rows of sessions, ordered by day, intent, channel, agent. */
  public static List<CsatDailyRow> aggregate(Collection<SessionFacts> sessions) {
    Map<DailyKey, CsatDailyRow> rows = new TreeMap<>();
    for (SessionFacts session : sessions) {
      CsatDailyRow row = ofSession(session);
      rows.merge(row.key(), row, CsatDailyRow::plus);
    }
    return new ArrayList<>(rows.values());
  }

  private static CsatDailyRow negate(CsatDailyRow row) {
    return CsatDailyRow.of(
        row.key(), -row.rated(), -row.satisfied(), -row.ratingSum(), -row.ended());
  }

  private static int satisfied(int rating) {
    return rating >= SATISFIED_FROM ? 1 : 0;
  }
}
