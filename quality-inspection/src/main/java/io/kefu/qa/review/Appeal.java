package io.kefu.qa.review;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent's appeal (申诉) against one violation, with its ruling once a QA manager gave it. The
 * ruling is final: {@link AppealRules} refuses a second one.
 *
 * @param ruling null while the appeal is open
 * @param ruledBy the QA manager who ruled, null while open
 * @param rulingComment the manager's reason, null while open
 * @param ruledAt when the ruling was given, null while open
 */
public record Appeal(
    ViolationKey key,
    String agentId,
    String comment,
    Instant filedAt,
    Ruling ruling,
    String ruledBy,
    String rulingComment,
    Instant ruledAt) {

  public Appeal {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(filedAt, "filedAt");
    if (agentId == null || agentId.isBlank()) {
      throw new IllegalArgumentException("an appeal needs the agent's id");
    }
    comment = comment == null ? "" : comment;
    if ((ruling == null) != (ruledBy == null) || (ruling == null) != (ruledAt == null)) {
      throw new IllegalArgumentException(
          "a ruling needs its manager and time, an open appeal none");
    }
    rulingComment = ruling == null ? null : rulingComment == null ? "" : rulingComment;
  }

  /** A newly filed, open appeal. */
  public static Appeal open(ViolationKey key, String agentId, String comment, Instant filedAt) {
    return new Appeal(key, agentId, comment, filedAt, null, null, null, null);
  }

  public boolean isOpen() {
    return ruling == null;
  }
}
