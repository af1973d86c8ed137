package io.kefu.samples.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.taxonomy.Intent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateSplitTest {

  private static final Phrasebook BOOK = Phrasebook.standard();

  @Test
  void trainingAndHeldOutShareNoQuestionTemplateAndTogetherHoldAllOfThem() {
    Phrasebook training = BOOK.questions(TemplateSplit.TRAINING);
    Phrasebook heldOut = BOOK.questions(TemplateSplit.HELD_OUT);
    int held = 0;
    int all = 0;
    for (Intent intent : Intent.values()) {
      List<Faq> faqs = BOOK.intent(intent).faqs();
      for (int i = 0; i < faqs.size(); i++) {
        Set<String> train = sources(training.intent(intent).faqs().get(i));
        Set<String> test = sources(heldOut.intent(intent).faqs().get(i));
        Set<String> every = sources(faqs.get(i));
        assertThat(train).as(faqs.get(i).id()).doesNotContainAnyElementsOf(test);
        Set<String> union = new HashSet<>(train);
        union.addAll(test);
        assertThat(union).isEqualTo(every);
        assertThat(opening(training.intent(intent).faqs().get(i))).isNotEmpty();
        assertThat(opening(heldOut.intent(intent).faqs().get(i))).isNotEmpty();
        held += test.size();
        all += every.size();
      }
    }
    // every fourth template, the second of each group of four
    assertThat((double) held / all).isBetween(0.2, 0.5);
  }

  @Test
  void followUpsAnswersAndPoolsAreSharedAndAllIsTheBookItself() {
    assertThat(BOOK.questions(TemplateSplit.ALL)).isSameAs(BOOK);
    Faq faq = BOOK.intent(Intent.RETURN_REFUND).faqs().get(0);
    Faq held = BOOK.questions(TemplateSplit.HELD_OUT).intent(Intent.RETURN_REFUND).faqs().get(0);
    assertThat(held.followUps()).isEqualTo(faq.followUps());
    assertThat(held.answers()).isEqualTo(faq.answers());
    assertThat(held.id()).isEqualTo(faq.id());
  }

  @Test
  void secondOfEveryFourIsHeldOut() {
    assertThat(List.of(0, 1, 2, 3, 4, 5).stream().filter(TemplateSplit::heldOut))
        .containsExactly(1, 5);
  }

  @Test
  void spellingsParseAndUnknownOnesAreNamed() {
    for (TemplateSplit s : TemplateSplit.values()) {
      assertThat(TemplateSplit.parse(s.spelling())).isEqualTo(s);
    }
    assertThatThrownBy(() -> TemplateSplit.parse("test"))
        .hasMessageContaining("accepted: all, training, held-out");
  }

  private static List<Template> opening(Faq faq) {
    List<Template> out = new ArrayList<>(faq.questions());
    out.addAll(faq.negativeQuestions());
    return out;
  }

  private static Set<String> sources(Faq faq) {
    Set<String> out = new HashSet<>();
    faq.questions().forEach(t -> out.add(t.source()));
    faq.negativeQuestions().forEach(t -> out.add(t.source()));
    faq.positiveQuestions().forEach(t -> out.add(t.source()));
    return out;
  }
}
