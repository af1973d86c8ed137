package io.kefu.samples.text;

import io.kefu.samples.pii.GeneratedPiiKind;
import io.kefu.samples.pii.PiiFactory;
import io.kefu.samples.pii.PiiWriting;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The slot values of one session. A value is drawn the first time its slot is used and kept for the
 * rest of the session, so the customer's product, courier and phone number stay the same from
 * message to message. Personal data goes into the utterance as a personal-data run, written the way
 * a customer types it, or complete when the session is in agent-leak voice. Not thread-safe.
 */
public final class SessionSlots implements SlotSource {

  /** Slots whose values are computed here rather than listed in the phrasebook. */
  public static final Set<String> COMPUTED =
      Set.of(
          "手机", "手机2", "座机", "身份证", "银行卡", "邮箱", "地址", "订单号", "手机掩码", "身份证掩码", "卡尾号", "商品", "金额",
          "返现", "积分", "身高", "体重", "快递单号", "客服名", "微信号", "QQ号", "工单号", "新问题");

  /**
   * What {@code {$新问题}} renders as: a private-use character that no typo, width or markup noise
   * touches, replaced by the emerging phrase once the message is styled, so the phrase stays
   * verbatim.
   */
  public static final String NEW_PROBLEM_MARK = "\uE000";

  private static final Map<String, GeneratedPiiKind> PII_SLOTS =
      Map.of(
          "手机", GeneratedPiiKind.PHONE,
          "手机2", GeneratedPiiKind.PHONE,
          "座机", GeneratedPiiKind.LANDLINE,
          "身份证", GeneratedPiiKind.ID_CARD,
          "银行卡", GeneratedPiiKind.BANK_CARD,
          "邮箱", GeneratedPiiKind.EMAIL,
          "地址", GeneratedPiiKind.ADDRESS,
          "订单号", GeneratedPiiKind.ORDER_NO);

  private final Phrasebook book;
  private final PiiFactory pii;
  private final List<String> productCategories;
  private final String agentNick;
  // Looked up by key only, never iterated, so its order cannot reach the output.
  private final Map<String, String> bound = new HashMap<>();
  private boolean leakVoice;

  public SessionSlots(
      Phrasebook book, PiiFactory pii, List<String> productCategories, String agentNick) {
    this.book = book;
    this.pii = pii;
    this.productCategories = productCategories;
    this.agentNick = agentNick;
  }

  /** While true, personal data is written complete and unmasked, as an agent leaking it would. */
  public void leakVoice(boolean on) {
    this.leakVoice = on;
  }

  /** The canonical value bound to a slot, drawing it if needed. */
  public String value(String name, SplittableRandom r) {
    String v = bound.get(name);
    if (v == null) {
      v = draw(name, r);
      bound.put(name, v);
    }
    return v;
  }

  @Override
  public void fill(String name, SplittableRandom r, Utterance out) {
    GeneratedPiiKind type = PII_SLOTS.get(name);
    if (type == null) {
      out.plain(value(name, r));
      return;
    }
    String canonical = value(name, r);
    out.pii(
        type,
        leakVoice
            ? PiiWriting.asLeaked(type, canonical, r)
            : PiiWriting.asTyped(type, canonical, r));
  }

  private String draw(String name, SplittableRandom r) {
    GeneratedPiiKind type = PII_SLOTS.get(name);
    if (type != null) {
      return pii.draw(type, r);
    }
    return switch (name) {
      case "手机掩码" -> PiiWriting.maskedMobile(value("手机", r));
      case "身份证掩码" -> PiiWriting.maskedIdCard(value("身份证", r));
      case "卡尾号" -> PiiWriting.tail(value("银行卡", r));
      case "商品" -> product(r);
      case "金额" -> SlotValues.amount(r);
      case "返现" -> Integer.toString(2 + r.nextInt(19));
      case "积分" -> Integer.toString((10 + r.nextInt(3000)) * 10);
      case "身高" -> Integer.toString(150 + r.nextInt(38));
      case "体重" -> SlotValues.weight(r);
      case "快递单号" -> SlotValues.trackingNumber(value("快递", r), r);
      case "客服名" -> agentNick;
      case "微信号" -> SlotValues.wechatId(r);
      case "QQ号" -> SlotValues.qqNumber(r);
      case "工单号" -> SlotValues.ticketNumber(r);
      case "新问题" -> NEW_PROBLEM_MARK;
      default -> listed(name, r);
    };
  }

  private String product(SplittableRandom r) {
    return listed(productCategories.get(r.nextInt(productCategories.size())), r);
  }

  private String listed(String name, SplittableRandom r) {
    List<String> values = book.slotValues(name);
    if (values == null) {
      throw new IllegalArgumentException("unknown slot " + name);
    }
    return values.get(r.nextInt(values.size()));
  }
}
