package io.kefu.samples.text;

import java.util.SplittableRandom;

/** Slot values that are computed rather than listed: prices, weights, tracking numbers, ids. */
final class SlotValues {

  private SlotValues() {}

  /** A shop price between about 10 and 3000 yuan, with the usual endings (59.9, 199, 1290). */
  static String amount(SplittableRandom r) {
    double price = Math.exp(Math.log(10) + r.nextDouble() * (Math.log(3000) - Math.log(10)));
    if (price < 100 && r.nextBoolean()) {
      return (int) price + ".9";
    }
    int whole = (int) price;
    return Integer.toString(whole < 100 ? whole : whole / 10 * 10 + (r.nextBoolean() ? 9 : 0));
  }

  static String weight(SplittableRandom r) {
    int kg = 42 + r.nextInt(50);
    return r.nextInt(3) == 0 ? kg * 2 + "斤" : kg + (r.nextBoolean() ? "kg" : "公斤");
  }

  /**
   * A tracking number in the courier's format. None is 11 or 16–19 digits long, so none can pass
   * for a mobile, bank-card or order number.
   */
  static String trackingNumber(String courier, SplittableRandom r) {
    return switch (courier) {
      case "顺丰" -> "SF" + digits(r, 13);
      case "中通" -> "75" + digits(r, 12);
      case "圆通" -> "YT" + digits(r, 13);
      case "韵达" -> "43" + digits(r, 13);
      case "申通" -> "77" + digits(r, 13);
      case "京东物流" -> "JDVA" + digits(r, 14);
      case "极兔" -> "JT" + digits(r, 13);
      case "德邦" -> "DPK" + digits(r, 12);
      default -> "98" + digits(r, 11);
    };
  }

  static String wechatId(SplittableRandom r) {
    String[] stems = {"kf", "xiaomei", "shop", "vip", "lucky", "tb", "aa", "mm"};
    return switch (r.nextInt(3)) {
      case 0 -> "wxid_" + letters(r, 6) + digits(r, 2);
      case 1 -> stems[r.nextInt(stems.length)] + "_" + letters(r, 3) + digits(r, 3);
      default -> stems[r.nextInt(stems.length)] + digits(r, 4);
    };
  }

  static String qqNumber(SplittableRandom r) {
    return (char) ('1' + r.nextInt(9)) + digits(r, 7 + r.nextInt(3));
  }

  static String ticketNumber(SplittableRandom r) {
    return "TS2026" + (10 + r.nextInt(3)) + digits(r, 6);
  }

  private static String digits(SplittableRandom r, int n) {
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append((char) ('0' + r.nextInt(10)));
    }
    return out.toString();
  }

  private static String letters(SplittableRandom r, int n) {
    StringBuilder out = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      out.append((char) ('a' + r.nextInt(26)));
    }
    return out.toString();
  }
}
