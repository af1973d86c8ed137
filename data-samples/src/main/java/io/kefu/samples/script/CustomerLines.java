package io.kefu.samples.script;

import io.kefu.core.taxonomy.Intent;
import io.kefu.samples.schedule.SessionPlan;
import io.kefu.samples.text.CustomerStyle;
import io.kefu.samples.text.Faq;
import io.kefu.samples.text.Phrasebook;
import io.kefu.samples.text.Pool;
import io.kefu.samples.text.SessionSlots;
import io.kefu.samples.text.Template;
import io.kefu.samples.text.Utterance;
import io.kefu.samples.truth.Sentiment;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes customer messages: the FAQ phrasing for the opening (or, in an emerging-phrase session, a
 * complaint holding the phrase verbatim), pool lines for the rest, in mood.
 */
final class CustomerLines {

  private final Phrasebook book;

  CustomerLines(Phrasebook book) {
    this.book = book;
  }

  Utterance render(
      Step s,
      Faq faq,
      SessionPlan plan,
      SessionSlots slots,
      Set<Template> used,
      SplittableRandom r) {
    String emerging = plan.emergingPhrase();
    Utterance u =
        switch (s.kind) {
          case GREETING_ONLY -> pool(Pool.CUSTOMER_GREETING, slots, used, r);
          case OPENING ->
              emerging != null
                  ? pool(emergingPool(faq, s.mood), slots, used, r)
                  : opening(s.mood, faq, plan.returning(), slots, used, r);
          case HANDOFF ->
              pool(
                  negative(s) ? Pool.CUSTOMER_HANDOFF_NEGATIVE : Pool.CUSTOMER_HANDOFF,
                  slots,
                  used,
                  r);
          case WAITING ->
              pool(
                  negative(s) ? Pool.CUSTOMER_WAITING_NEGATIVE : Pool.CUSTOMER_WAITING,
                  slots,
                  used,
                  r);
          case INFO -> info(s, faq, slots, used, r);
          case FINAL -> pool(finalPool(s.mood), slots, used, r);
          case BYE -> pool(Pool.CUSTOMER_BYE, slots, used, r);
          default -> pool(followPool(s.mood), slots, used, r);
        };
    CustomerStyle.apply(u, s.mood, plan.channel(), r);
    if (emerging != null) {
      u.mapPlain(text -> text.replace(SessionSlots.NEW_PROBLEM_MARK, emerging));
    }
    return u;
  }

  // The new problem in the words of the session's intent and mood; the phrase goes in unstyled.
  private static Pool emergingPool(Faq faq, Sentiment mood) {
    boolean negative = mood == Sentiment.NEGATIVE;
    if (faq.intent() == Intent.REPAIR) {
      return negative ? Pool.CUSTOMER_EMERGING_REPAIR_NEGATIVE : Pool.CUSTOMER_EMERGING_REPAIR;
    }
    return negative ? Pool.CUSTOMER_EMERGING_QUALITY_NEGATIVE : Pool.CUSTOMER_EMERGING_QUALITY;
  }

  private Utterance opening(
      Sentiment mood,
      Faq faq,
      boolean returning,
      SessionSlots slots,
      Set<Template> used,
      SplittableRandom r) {
    Utterance u;
    boolean negativeOnly = faq.questions().isEmpty();
    if (mood == Sentiment.NEGATIVE
        && !faq.negativeQuestions().isEmpty()
        && (negativeOnly || r.nextInt(100) < 70)) {
      u = pick(faq.negativeQuestions(), slots, used, r);
    } else if (mood == Sentiment.POSITIVE && !faq.positiveQuestions().isEmpty()) {
      u = pick(faq.positiveQuestions(), slots, used, r);
    } else {
      u = pick(faq.questions(), slots, used, r);
      if (faq.questions().size() > 3 && r.nextInt(100) < 12) {
        u.plain(r.nextBoolean() ? "\n" : "，").append(pick(faq.questions(), slots, used, r));
      }
      if (mood == Sentiment.NEGATIVE) {
        u.append(pool(Pool.CUSTOMER_NEGATIVE_TAIL, slots, used, r));
      }
    }
    if (returning && r.nextInt(100) < 60) {
      return pool(Pool.CUSTOMER_REPEAT, slots, used, r).append(u);
    }
    return u;
  }

  private Utterance info(
      Step s, Faq faq, SessionSlots slots, Set<Template> used, SplittableRandom r) {
    Sentiment mood = s.mood;
    // Asked for details, customers mostly give an order number or phone; otherwise they add to
    // the problem in the FAQ's own words.
    int ownWords = s.answersAsk ? 25 : 65;
    Utterance u =
        !faq.followUps().isEmpty() && r.nextInt(100) < ownWords
            ? pick(faq.followUps(), slots, used, r)
            : pool(Pool.CUSTOMER_INFO, slots, used, r);
    if (mood == Sentiment.NEGATIVE) {
      u.append(pool(Pool.CUSTOMER_NEGATIVE_TAIL, slots, used, r));
    } else if (mood == Sentiment.POSITIVE) {
      u.plain(r.nextBoolean() ? "，" : " ")
          .append(pool(Pool.CUSTOMER_FOLLOW_POSITIVE, slots, used, r));
    }
    return u;
  }

  private static boolean negative(Step s) {
    return s.mood == Sentiment.NEGATIVE;
  }

  private static Pool finalPool(Sentiment mood) {
    return switch (mood) {
      case POSITIVE -> Pool.CUSTOMER_FINAL_POSITIVE;
      case NEUTRAL -> Pool.CUSTOMER_FINAL_NEUTRAL;
      case NEGATIVE -> Pool.CUSTOMER_FINAL_NEGATIVE;
    };
  }

  private static Pool followPool(Sentiment mood) {
    return switch (mood) {
      case POSITIVE -> Pool.CUSTOMER_FOLLOW_POSITIVE;
      case NEUTRAL -> Pool.CUSTOMER_FOLLOW_NEUTRAL;
      case NEGATIVE -> Pool.CUSTOMER_FOLLOW_NEGATIVE;
    };
  }

  private Utterance pool(Pool pool, SessionSlots slots, Set<Template> used, SplittableRandom r) {
    return book.pickFresh(pool, used, r).render(slots, r);
  }

  private static Utterance pick(
      List<Template> templates, SessionSlots slots, Set<Template> used, SplittableRandom r) {
    return Template.pickFresh(templates, used, r).render(slots, r);
  }
}
