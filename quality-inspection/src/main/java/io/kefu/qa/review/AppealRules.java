package io.kefu.qa.review;

import java.time.Instant;

/**
 * The review rules as a state machine, free of storage: a QA manager gives verdicts; an agent files
 * at most one appeal per violation; a QA manager rules on an open appeal once, and the ruling is
 * final (no second ruling, no new appeal after it). Each transition returns the new state or throws
 * {@link ReviewRefusedException} saying why.
 */
public final class AppealRules {

  private AppealRules() {}

  /** A verdict, if the reviewer may give one. */
  public static Review verdict(
      ViolationKey key, String reviewer, QaRole role, Verdict verdict, String comment, Instant at) {
    requireRole(role, QaRole.QA_MANAGER, "give a verdict");
    return new Review(key, reviewer, verdict, comment, at);
  }

  /**
   * A new open appeal.
   *
   * @param existing the violation's appeal so far, or null
   */
  public static Appeal file(
      Appeal existing, ViolationKey key, String agentId, String comment, Instant at) {
    if (existing != null && existing.isOpen()) {
      throw new ReviewRefusedException(
          key
              + " already has an open appeal by "
              + existing.agentId()
              + " (filed "
              + existing.filedAt()
              + ")");
    }
    if (existing != null) {
      throw new ReviewRefusedException(
          key
              + " was already appealed and ruled "
              + existing.ruling().wireName()
              + " by "
              + existing.ruledBy()
              + "; the ruling is final");
    }
    return Appeal.open(key, agentId, comment, at);
  }

  /**
   * The appeal with its ruling.
   *
   * @param existing the violation's appeal, or null when none was filed
   */
  public static Appeal rule(
      Appeal existing,
      ViolationKey key,
      String manager,
      QaRole role,
      Ruling ruling,
      String comment,
      Instant at) {
    requireRole(role, QaRole.QA_MANAGER, "rule on an appeal");
    if (manager == null || manager.isBlank()) {
      throw new ReviewRefusedException("a ruling needs the QA manager's name");
    }
    if (existing == null) {
      throw new ReviewRefusedException(key + " has no appeal to rule on");
    }
    if (!existing.isOpen()) {
      throw new ReviewRefusedException(
          key
              + " was already ruled "
              + existing.ruling().wireName()
              + " by "
              + existing.ruledBy()
              + " at "
              + existing.ruledAt()
              + "; the ruling is final");
    }
    Instant ruledAt = at.isBefore(existing.filedAt()) ? existing.filedAt() : at;
    return new Appeal(
        existing.key(),
        existing.agentId(),
        existing.comment(),
        existing.filedAt(),
        ruling,
        manager,
        comment,
        ruledAt);
  }

  private static void requireRole(QaRole role, QaRole required, String action) {
    if (role != required) {
      throw new ReviewRefusedException(
          "only a "
              + required.wireName()
              + " may "
              + action
              + ", not a "
              + (role == null ? "user without a role" : role.wireName()));
    }
  }
}
