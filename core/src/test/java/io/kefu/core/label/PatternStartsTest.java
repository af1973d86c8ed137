package io.kefu.core.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternStartsTest {

  @Test
  void literalStartsGroupsAndAlternativesAreRead() {
    assertThat(PatternStarts.of("退.{0,3}(款|钱)")).containsExactly('退');
    assertThat(PatternStarts.of("(快递|包裹|kd)到哪")).containsExactlyInAnyOrder('快', '包', 'k');
    assertThat(PatternStarts.of("(?:开|要)票|发票")).containsExactlyInAnyOrder('开', '要', '发');
    assertThat(PatternStarts.of("\\d{2,3}\\s*斤")).hasSize(10).contains('0', '9');
    assertThat(PatternStarts.of("\\u4e00x")).containsExactly('一');
  }

  @Test
  void lookaroundsAreSteppedOverAndOptionalStartsAddWhatFollows() {
    assertThat(PatternStarts.of("(?<!分)(?<!址)(能|想)换")).containsExactlyInAnyOrder('能', '想');
    assertThat(PatternStarts.of("(显示|已经)?(已)?签收")).containsExactlyInAnyOrder('显', '已', '签');
    assertThat(PatternStarts.of("(我)*退")).containsExactlyInAnyOrder('我', '退');
  }

  @Test
  void startsThatCannotBeToldAreUnknown() {
    assertThat(PatternStarts.of("[a-z]+")).isNull();
    assertThat(PatternStarts.of(".{0,2}退")).isNull();
    assertThat(PatternStarts.of("(?i)abc")).isNull();
    assertThat(PatternStarts.of("退|[0-9]")).isNull();
    assertThat(PatternStarts.of("(退)?")).isNull();
  }

  /** Every match of every packaged pattern begins with one of its starts: the filter is exact. */
  @Test
  void everyMatchOfThePackagedPatternsBeginsWithAReadStart() {
    Random random = new Random(5);
    int checked = 0;
    for (IntentTaxonomy.Rule rule : IntentTaxonomy.packaged().rules()) {
      List<String> probes = new ArrayList<>(rule.keywords());
      for (int i = 0; i < 50; i++) {
        // keywords of this intent glued with others', in random order, as messages mix them
        probes.add(
            rule.keywords().get(random.nextInt(rule.keywords().size()))
                + "了"
                + rule.keywords().get(random.nextInt(rule.keywords().size())));
      }
      for (Pattern p : rule.patterns()) {
        var starts = PatternStarts.of(p.pattern());
        if (starts == null) {
          continue;
        }
        for (String probe : probes) {
          var m = p.matcher(probe);
          while (m.find()) {
            if (m.end() > m.start()) {
              assertThat(starts).as(p.pattern() + " on " + probe).contains(probe.charAt(m.start()));
              checked++;
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }
}
