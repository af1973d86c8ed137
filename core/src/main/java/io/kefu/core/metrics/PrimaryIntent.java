package io.kefu.core.metrics;

import io.kefu.core.taxonomy.Intent;
import java.util.List;

/**
 * The primary intent of a session (CONTRACT §3): the intent of its first customer message whose
 * predicted intent is not {@link Intent#OTHER}, else {@link Intent#OTHER}.
 */
public final class PrimaryIntent {

  private PrimaryIntent() {}

  /**
   * @param customerMessageIntents the predicted intents of the session's customer messages in
   *     event-time order; nulls (not predicted) are skipped
   */
  public static Intent of(List<Intent> customerMessageIntents) {
    for (Intent intent : customerMessageIntents) {
      if (intent != null && intent != Intent.OTHER) {
        return intent;
      }
    }
    return Intent.OTHER;
  }

  /**
   * For a streaming caller: the primary intent after one more customer message, given the primary
   * intent of the messages before it (null or {@link Intent#OTHER} when none decided it yet).
   */
  public static Intent next(Intent soFar, Intent messageIntent) {
    if (soFar != null && soFar != Intent.OTHER) {
      return soFar;
    }
    return messageIntent == null ? Intent.OTHER : messageIntent;
  }
}
