package io.kefu.samples.script;

import io.kefu.samples.truth.Sentiment;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gives every customer message a mood so that the session moves from the outline's start mood to
 * its end mood: a bare greeting is neutral, the opening carries the start mood, the last message
 * the end mood, and messages in between drift from one to the other; waiting for a reply or
 * fighting the bot makes customers cross.
 */
final class MoodArc {

  private MoodArc() {}

  static void assign(List<Step> steps, SessionOutline o, SplittableRandom r) {
    List<Step> customer = steps.stream().filter(Step::isCustomer).toList();
    int first = 0;
    while (first < customer.size() - 1 && customer.get(first).kind == StepKind.GREETING_ONLY) {
      first++;
    }
    int last = customer.size() - 1;
    for (int i = 0; i < customer.size(); i++) {
      Step s = customer.get(i);
      if (s.kind == StepKind.GREETING_ONLY) {
        s.mood = Sentiment.NEUTRAL;
      } else if (i == first) {
        s.mood = o.startMood();
      } else if (i == last || s.kind == StepKind.FINAL || s.kind == StepKind.BYE) {
        s.mood = o.endMood();
      } else {
        s.mood = between(s.kind, o, (double) (i - first) / Math.max(1, last - first), r);
      }
    }
  }

  private static Sentiment between(
      StepKind kind, SessionOutline o, double progress, SplittableRandom r) {
    boolean angry = o.startMood() == Sentiment.NEGATIVE;
    return switch (kind) {
      case WAITING -> angry || r.nextInt(100) < 60 ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
      case HANDOFF -> angry || r.nextInt(100) < 20 ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
      case INFO -> r.nextInt(100) < 80 ? Sentiment.NEUTRAL : drift(o, progress);
      default -> r.nextInt(100) < 20 ? Sentiment.NEUTRAL : drift(o, progress);
    };
  }

  private static Sentiment drift(SessionOutline o, double progress) {
    Sentiment toward = progress <= 0.5 ? o.startMood() : o.endMood();
    // Nobody is delighted half-way through a problem; positive moods show at the start or end.
    return toward == Sentiment.POSITIVE && progress > 0 && progress < 1
        ? Sentiment.NEUTRAL
        : toward;
  }
}
