package io.kefu.samples.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which customer question templates a run may use, so a test set can hold out whole phrasings and
 * not just seeds: a model that has learnt our templates scores well on a new seed of the same
 * templates and is found out on templates it never saw.
 *
 * <p>Every fourth question template of each FAQ (the second, sixth, tenth … in phrasebook order,
 * counting {@code q:} and {@code qn:} lines together, and {@code qp:} lines on their own) is held
 * out; every FAQ has at least two {@code q:}/{@code qn:} templates, so each keeps at least one on
 * either side. Follow-ups, answers and the shared pools are the same on both sides: they carry
 * little of the intent.
 */
public enum TemplateSplit {
  /** Every template (the default). */
  ALL,
  /** The templates a model may train on. */
  TRAINING,
  /** Only the held-out templates, for a test set. */
  HELD_OUT;

  /** Position in a FAQ's question list that is held out: 1, 5, 9 … */
  static boolean heldOut(int position) {
    return position % 4 == 1;
  }

  /** The command-line spelling: {@code all}, {@code training}, {@code held-out}. */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static TemplateSplit parse(String text) {
    for (TemplateSplit s : values()) {
      if (s.spelling().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown template split '" + text + "'; accepted: all, training, held-out");
  }

  /** The FAQ with only the question templates of this side. */
  Faq apply(Faq faq) {
    if (this == ALL) {
      return faq;
    }
    // q: and qn: lines count as one list, qp: lines on their own (see the class comment)
    List<Template> neutral = side(faq.questions(), 0);
    List<Template> negative = side(faq.negativeQuestions(), faq.questions().size());
    List<Template> positive = side(faq.positiveQuestions(), 0);
    if (neutral.isEmpty() && negative.isEmpty()) {
      throw new IllegalArgumentException(
          "phrasebook: FAQ " + faq.id() + " needs two q:/qn: templates to hold one out");
    }
    return new Faq(
        faq.id(),
        faq.intent(),
        faq.weight(),
        faq.products(),
        neutral,
        negative,
        positive,
        faq.followUps(),
        faq.answers());
  }

  /** The templates of this side, the first at {@code firstPosition} of its FAQ's count. */
  private List<Template> side(List<Template> templates, int firstPosition) {
    List<Template> kept = new ArrayList<>();
    for (int i = 0; i < templates.size(); i++) {
      if ((this == HELD_OUT) == heldOut(firstPosition + i)) {
        kept.add(templates.get(i));
      }
    }
    return List.copyOf(kept);
  }
}
