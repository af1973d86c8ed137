package io.kefu.samples.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.taxonomy.Intent;
import io.kefu.samples.pii.PiiFactory;
import io.kefu.samples.truth.ForbiddenWords;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhrasebookTest {

  private static final Phrasebook BOOK = Phrasebook.standard();

  /** Marker words by category; an agent-side phrase may only carry its own pool's markers. */
  private static final Map<String, List<String>> MARKERS = new LinkedHashMap<>();

  static {
    MARKERS.put("greeting", List.of("您好", "你好", "欢迎", "很高兴为您服务", "哈喽", "Hi"));
    MARKERS.put("apology", List.of("抱歉", "不好意思", "对不起", "歉意", "对不住", "sorry"));
    MARKERS.put("closing", List.of("祝您", "再见", "随时联系", "感谢您的", "拜拜"));
    MARKERS.put("forbidden", ForbiddenWords.WORDS);
    MARKERS.put(
        "promise", List.of("保证", "一定", "百分之百", "绝对", "肯定", "赔", "补偿", "打包票", "100%", "百分百", "补您"));
    MARKERS.put(
        "steering",
        List.of(
            "微信", "vx", "QQ", "私下", "线下", "转账", "收款码", "威信", "V信", "加v", "扣扣", "企鹅", "微 信", "转我"));
    MARKERS.put("solicitation", List.of("好评", "五星", "5星", "返现", "五分", "满分"));
  }

  /** Pools of harmless look-alikes: they may carry the markers of the category they imitate. */
  private static final Map<Pool, String> NEAR_MISS =
      Map.of(
          Pool.AGENT_NEAR_FORBIDDEN, "forbidden",
          Pool.AGENT_NEAR_PROMISE, "promise",
          Pool.AGENT_NEAR_STEERING, "steering",
          Pool.AGENT_NEAR_SOLICITATION, "solicitation");

  private static final Map<Pool, String> OWN_CATEGORY =
      Map.ofEntries(
          Map.entry(Pool.AGENT_GREETING, "greeting"),
          Map.entry(Pool.AGENT_GREETING_TAKEOVER, "greeting"),
          Map.entry(Pool.AGENT_GREETING_LATE, "greeting"),
          Map.entry(Pool.AGENT_APOLOGY, "apology"),
          Map.entry(Pool.AGENT_CLOSING, "closing"),
          Map.entry(Pool.AGENT_CLOSING_TIMEOUT, "closing"),
          Map.entry(Pool.AGENT_CLOSING_TRANSFER, "closing"),
          Map.entry(Pool.AGENT_FORBIDDEN, "forbidden"),
          Map.entry(Pool.AGENT_PROMISE, "promise"),
          Map.entry(Pool.AGENT_STEERING, "steering"),
          Map.entry(Pool.AGENT_SOLICITATION, "solicitation"));

  private static final Set<String> PERSONAL_SLOTS =
      Set.of("手机", "手机2", "座机", "身份证", "银行卡", "邮箱", "地址", "订单号");

  private static List<String> samples(Template t, int n) {
    SplittableRandom r = new SplittableRandom(t.source().hashCode());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SessionSlots slots =
          new SessionSlots(BOOK, new PiiFactory(), Phrasebook.PRODUCT_CATEGORIES, "小美");
      out.add(t.render(slots, r).text());
    }
    return out;
  }

  private static Map<String, List<Template>> agentSide() {
    Map<String, List<Template>> side = new LinkedHashMap<>();
    for (Pool p : Pool.values()) {
      if (p.sectionName().startsWith("agent.")) {
        side.put(p.sectionName(), BOOK.pool(p));
      }
    }
    for (Intent intent : Intent.values()) {
      for (Faq faq : BOOK.intent(intent).faqs()) {
        side.put(faq.id() + " a:", faq.answers());
      }
    }
    return side;
  }

  @Test
  void everyIntentHasWeightedFaqsWithQuestionsAndAnswers() {
    for (Intent intent : Intent.values()) {
      IntentProfile profile = BOOK.intent(intent);
      assertThat(profile.weight()).as(intent.id()).isPositive();
      assertThat(profile.faqs()).as(intent.id()).isNotEmpty();
      for (Faq faq : profile.faqs()) {
        assertThat(faq.id()).startsWith(intent.id() + ".");
        assertThat(faq.questions().size() + faq.negativeQuestions().size())
            .as(faq.id())
            .isPositive();
        assertThat(faq.answers()).as(faq.id()).isNotEmpty();
      }
    }
  }

  @Test
  void agentSidePhrasesCarryOnlyTheMarkersOfTheirOwnPool() {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<Template>> e : agentSide().entrySet()) {
      Pool pool = Pool.fromSection(e.getKey());
      String own = pool == null ? null : OWN_CATEGORY.getOrDefault(pool, NEAR_MISS.get(pool));
      for (Template t : e.getValue()) {
        for (String text : samples(t, 40)) {
          MARKERS.forEach(
              (category, words) -> {
                for (String w : words) {
                  boolean hit =
                      category.equals("forbidden")
                          ? ForbiddenWords.containsAny(text) && text.contains(w)
                          : text.contains(w);
                  if (!category.equals(own) && hit) {
                    problems.add(e.getKey() + " has " + category + " marker '" + w + "': " + text);
                  }
                }
              });
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void onlyTheLeakPoolPutsPersonalDataIntoAgentMessages() {
    for (Map.Entry<String, List<Template>> e : agentSide().entrySet()) {
      if (e.getKey().equals(Pool.AGENT_PII_LEAK.sectionName())) {
        continue;
      }
      for (Template t : e.getValue()) {
        t.forEachSlot(
            name -> assertThat(PERSONAL_SLOTS).as(e.getKey() + ": " + t).doesNotContain(name));
      }
    }
  }

  @Test
  void eachMarkedPoolAlwaysCarriesItsMarker() {
    for (Map.Entry<Pool, String> e : OWN_CATEGORY.entrySet()) {
      for (Template t : BOOK.pool(e.getKey())) {
        for (String text : samples(t, 40)) {
          assertThat(MARKERS.get(e.getValue()).stream().anyMatch(text::contains))
              .as(e.getKey() + ": " + text)
              .isTrue();
        }
      }
    }
  }

  @Test
  void forbiddenLookAlikesHoldAHarmlessContainerAndNoForbiddenWord() {
    for (Template t : BOOK.pool(Pool.AGENT_NEAR_FORBIDDEN)) {
      for (String text : samples(t, 20)) {
        assertThat(ForbiddenWords.containsAny(text)).as(text).isFalse();
        assertThat(ForbiddenWords.containsHarmlessContainer(text)).as(text).isTrue();
      }
    }
  }

  @Test
  void promiseLookAlikesOnlyNegateOrAdvise() {
    for (Template t : BOOK.pool(Pool.AGENT_NEAR_PROMISE)) {
      for (String text : samples(t, 20)) {
        assertThat(text).as(text).containsAnyOf("不能", "没法", "无法", "不敢", "一定当面", "一定先");
      }
    }
  }

  @Test
  void coldOpeningsHaveNeitherGreetingNorEndearment() {
    for (Template t : BOOK.pool(Pool.AGENT_COLD_OPEN)) {
      for (String text : samples(t, 20)) {
        assertThat(text).doesNotContain("亲", "您", "欢迎", "你好", "很高兴");
      }
    }
  }

  @Test
  void poolsThatCloseNothingHaveNoClosing() {
    for (Pool p : EnumSet.of(Pool.AGENT_BARE_LAST, Pool.AGENT_STILL_THERE, Pool.AGENT_AFTER_BYE)) {
      for (Template t : BOOK.pool(p)) {
        for (String text : samples(t, 20)) {
          assertThat(MARKERS.get("closing")).noneMatch(text::contains);
          assertThat(text).doesNotContain("谢谢", "感谢", "愉快");
        }
      }
    }
  }
}
