package io.kefu.samples.script;

import io.kefu.core.qa.QaRuleId;
import io.kefu.samples.schedule.IdMint;
import io.kefu.samples.schedule.RandomStreams;
import io.kefu.samples.schedule.RandomStreams.Purpose;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The team of human agents, drawn from the seed: day, evening, night and flexible shifts, mostly
 * careful agents with small chances of slipping, and about a quarter with one to three bad habits
 * they show in many of their sessions. Immutable.
 */
public final class AgentRoster {

  /** The rules an agent's own behaviour decides (the others follow from the customer's mood). */
  public static final List<QaRuleId> AGENT_RULES =
      List.of(
          QaRuleId.FIRST_RESPONSE_TIMEOUT,
          QaRuleId.REPLY_TIMEOUT,
          QaRuleId.FORBIDDEN_WORDS,
          QaRuleId.MISSING_GREETING,
          QaRuleId.MISSING_CLOSING,
          QaRuleId.NO_APOLOGY_ON_COMPLAINT,
          QaRuleId.AGENT_PII_LEAK,
          QaRuleId.IMPROPER_PROMISE,
          QaRuleId.OFF_PLATFORM_STEERING,
          QaRuleId.REVIEW_SOLICITATION);

  public static final int SIZE = 40;

  private static final List<String> NICKNAMES =
      List.of(
          "小美", "小雪", "阿杰", "小雨", "晴天", "可乐", "七七", "小鹿", "糖糖", "小鱼", "阿宁", "小舟", "木木", "豆豆", "小北",
          "橙子", "小言", "阿月", "小夏", "一一", "小安", "米粒", "小林", "阿楠", "小溪", "乐乐", "小蓝", "阿朵", "小桃", "十一",
          "小诺", "阿凯", "小静", "星星", "小葵", "阿宝", "小满", "小白", "阿琪", "小悠");

  private final List<AgentProfile> agents;

  public AgentRoster(RandomStreams streams) {
    List<AgentProfile> list = new ArrayList<>(SIZE);
    for (int i = 0; i < SIZE; i++) {
      list.add(draw(i, streams.stream(Purpose.AGENTS, i)));
    }
    this.agents = List.copyOf(list);
  }

  public List<AgentProfile> agents() {
    return agents;
  }

  /** An agent on duty at this hour, in proportion to capacity. */
  public AgentProfile pick(int hour, SplittableRandom r) {
    double total = 0;
    for (AgentProfile a : agents) {
      total += a.onDuty(hour) ? a.capacity() : 0;
    }
    double u = r.nextDouble() * total;
    for (AgentProfile a : agents) {
      if (a.onDuty(hour)) {
        u -= a.capacity();
        if (u < 0) {
          return a;
        }
      }
    }
    return agents.get(r.nextInt(agents.size()));
  }

  private static AgentProfile draw(int i, SplittableRandom r) {
    int[] shift = shift(i);
    Map<QaRuleId, Double> p = new EnumMap<>(QaRuleId.class);
    for (QaRuleId rule : AGENT_RULES) {
      p.put(rule, 0.006 + r.nextDouble() * 0.024);
    }
    if (r.nextInt(4) == 0) {
      int habits = 1 + r.nextInt(3);
      for (int h = 0; h < habits; h++) {
        p.put(AGENT_RULES.get(r.nextInt(AGENT_RULES.size())), 0.12 + r.nextDouble() * 0.23);
      }
    }
    return new AgentProfile(
        IdMint.agentId(i + 1),
        NICKNAMES.get(i % NICKNAMES.size()),
        shift[0],
        shift[1],
        0.7 + r.nextDouble() * 0.26,
        0.7 + r.nextDouble() * 0.7,
        0.6 + r.nextDouble() * 0.8,
        Map.copyOf(p));
  }

  // 14 day agents (08-17), 16 evening (13-23), 6 night (22-08) and 4 flexible (09-21).
  private static int[] shift(int i) {
    if (i < 14) {
      return new int[] {8, 9};
    }
    if (i < 30) {
      return new int[] {13, 10};
    }
    if (i < 36) {
      return new int[] {22, 10};
    }
    return new int[] {9, 12};
  }
}
