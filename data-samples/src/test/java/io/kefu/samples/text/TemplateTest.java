package io.kefu.samples.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.samples.pii.GeneratedPiiKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TemplateTest {

  private static final SlotSource SLOTS =
      (name, r, out) -> {
        if (name.equals("手机")) {
          out.pii(GeneratedPiiKind.PHONE, "13812345678");
        } else {
          out.plain("<" + name + ">");
        }
      };

  private static Set<String> variants(String template) {
    Template t = Template.parse(template);
    SplittableRandom r = new SplittableRandom(9);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      seen.add(t.render(SLOTS, r).text());
    }
    return seen;
  }

  @Test
  void alternativesNestAndMayBeEmpty() {
    assertThat(variants("{在吗|你好{呀|}}{？|}"))
        .containsExactlyInAnyOrder("在吗", "在吗？", "你好", "你好？", "你好呀", "你好呀？");
  }

  @Test
  void slotsAndLineBreaksAreFilledIn() {
    assertThat(variants("{$快递}\\n单号")).containsExactly("<快递>\n单号");
  }

  @Test
  void personalDataStaysASeparateRun() {
    Utterance u = Template.parse("电话{$手机}，谢谢").render(SLOTS, new SplittableRandom(1));

    assertThat(u.segments())
        .extracting(Utterance.Segment::pii)
        .containsExactly(null, GeneratedPiiKind.PHONE, null);
    u.mapPlain(s -> s + "!");
    assertThat(u.text()).isEqualTo("电话!13812345678，谢谢!");
  }

  @Test
  void slotNamesCanBeListed() {
    List<String> names = new ArrayList<>();
    Template.parse("{a{$x}|{$y}}b").forEachSlot(names::add);
    assertThat(names).containsExactly("x", "y");
  }

  @Test
  void unbalancedBracesAreRefusedWithTheTemplate() {
    assertThatThrownBy(() -> Template.parse("{在吗|你好")).hasMessageContaining("{在吗|你好");
    assertThatThrownBy(() -> Template.parse("在吗}")).hasMessageContaining("在吗}");
  }
}
