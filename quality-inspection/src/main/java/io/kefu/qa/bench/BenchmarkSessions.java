package io.kefu.qa.bench;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.Role;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic sessions for the engine benchmark: bot openings, transfers, a dozen messages of
 * realistic customer-service text (HTML, emoji, full-width characters, numbers the masker must
 * check, and now and then a violation), seeded so every run inspects the same input.
 */
final class BenchmarkSessions {

  private static final String[] CUSTOMER = {
    "在吗？我的订单怎么还没发货",
    "你好，我想退货，尺码不合适",
    "快递三天没动了，到底怎么回事！！",
    "退款什么时候到账",
    "我要投诉，你们太慢了😡",
    "好的，谢谢",
    "发票怎么开？抬头是公司的",
    "收货地址填错了，能改吗",
    "我的手机号13812345678，帮我查一下",
    "东西坏了，屏幕有划痕",
    "<p>能便宜点吗？</p>",
    "这个颜色有现货吗",
    "ＯＫ，明白了",
    "什么破服务，等了半天",
    "订单号2026030112345678",
    "嗯嗯 好的👍",
    "能不能快点",
    "还没解决，我很失望"
  };
  private static final String[] AGENT = {
    "您好，很高兴为您服务，请问有什么可以帮您？",
    "亲，在的哦😊",
    "请您提供一下订单号，我帮您查询",
    "非常抱歉给您带来不便，我马上帮您处理",
    "已经帮您催促仓库，预计明天发货",
    "退款将在1-3个工作日原路退回",
    "好的，已为您修改地址",
    "这款目前有现货，今天下单今天发",
    "您可以在订单页点击申请售后",
    "请问还有其他可以帮您的吗？祝您生活愉快",
    "不好意思让您久等了",
    "您的手机号138****5678已验证",
    "我帮您申请一个5元优惠券补偿",
    "感谢您的耐心等待，再见",
    "稍等，我查一下物流",
    "加我微信吧，方便联系",
    "保证明天一定到",
    "好评返现5元哦",
    "这个我也不知道",
    "已登记，13912345678"
  };
  private static final String[] BOT = {"您好，我是智能助手小K，请描述您的问题", "正在为您转接人工客服，请稍候", "猜您想问：如何申请退款？"};
  private static final EndReason[] ENDS = EndReason.values();

  private BenchmarkSessions() {}

  /** {@code count} sessions, each a list of its events. */
  static List<List<ChatEvent>> generate(int count, long seed) {
    Random random = new Random(seed);
    OffsetDateTime t0 = OffsetDateTime.parse("2026-03-01T09:00:00+08:00");
    List<List<ChatEvent>> sessions = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      sessions.add(session("bench-" + s, t0.plusMinutes(s), random));
    }
    return sessions;
  }

  private static List<ChatEvent> session(String id, OffsetDateTime start, Random random) {
    List<ChatEvent> events = new ArrayList<>();
    boolean botFirst = random.nextInt(3) == 0;
    String agent = "agent-" + random.nextInt(50);
    int[] seq = {0};
    long[] at = {0};
    events.add(ChatEvent.sessionStart(header(id, start, seq, at, botFirst ? null : agent)));
    String current = botFirst ? null : agent;
    if (botFirst) {
      events.add(message(id, start, seq, at, null, Role.CUSTOMER, pick(CUSTOMER, random)));
      events.add(message(id, start, seq, at, null, Role.BOT, pick(BOT, random)));
      at[0] += random.nextInt(40);
      events.add(ChatEvent.transfer(header(id, start, seq, at, agent)));
      current = agent;
    }
    int turns = 4 + random.nextInt(4);
    for (int t = 0; t < turns; t++) {
      at[0] += 5 + random.nextInt(50);
      events.add(message(id, start, seq, at, current, Role.CUSTOMER, pick(CUSTOMER, random)));
      at[0] += 5 + random.nextInt(90);
      events.add(message(id, start, seq, at, current, Role.AGENT, pick(AGENT, random)));
    }
    at[0] += 10;
    events.add(
        ChatEvent.sessionEnd(
            header(id, start, seq, at, current), ENDS[random.nextInt(ENDS.length)]));
    return events;
  }

  private static ChatEvent message(
      String id, OffsetDateTime start, int[] seq, long[] at, String agent, Role role, String text) {
    at[0] += 1;
    return ChatEvent.message(header(id, start, seq, at, agent), role, text);
  }

  private static ChatEvent.Header header(
      String id, OffsetDateTime start, int[] seq, long[] at, String agent) {
    return new ChatEvent.Header(
        id + "-" + (seq[0]++), id, "cust-" + id, agent, Channel.WEB, start.plusSeconds(at[0]));
  }

  private static String pick(String[] options, Random random) {
    return options[random.nextInt(options.length)];
  }
}
