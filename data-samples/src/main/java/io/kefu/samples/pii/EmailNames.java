package io.kefu.samples.pii;

import java.util.List;
import java.util.SplittableRandom;

/** Local parts and domains of e-mail addresses as Chinese shoppers have them. */
final class EmailNames {

  private static final List<String> SURNAMES =
      List.of(
          "zhang", "wang", "li", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
          "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao");
  private static final List<String> GIVEN =
      List.of(
          "wei", "fang", "na", "min", "jing", "qiang", "lei", "jun", "yang", "yan", "jie", "tao",
          "ming", "chao", "xia", "ping", "hui", "xiaoyu", "yuting", "haoran", "zihan", "yifan",
          "xinyi", "jiahao");
  private static final List<String> NICKNAMES =
      List.of(
          "sunny", "lucky", "tiger", "momo", "candy", "kiki", "leo", "amy", "jack", "coco",
          "xiaobai", "dabao", "miumiu", "echo");
  private static final List<String> DOMAINS =
      List.of(
          "qq.com",
          "qq.com",
          "qq.com",
          "163.com",
          "163.com",
          "126.com",
          "foxmail.com",
          "sina.com",
          "gmail.com",
          "outlook.com",
          "hotmail.com",
          "139.com",
          "yeah.net",
          "aliyun.com",
          "sohu.com");

  private EmailNames() {}

  static String local(SplittableRandom r) {
    String surname = PiiFactory.pick(SURNAMES, r);
    String given = PiiFactory.pick(GIVEN, r);
    return switch (r.nextInt(6)) {
        // QQ numbers are 5-10 digits; never 11 digits, so they cannot pass for a mobile number.
      case 0 -> (char) ('1' + r.nextInt(9)) + PiiFactory.digits(r, 6 + r.nextInt(4));
      case 1 -> surname + given + (1975 + r.nextInt(30));
      case 2 -> given + "." + surname;
      case 3 -> PiiFactory.pick(NICKNAMES, r) + "_" + PiiFactory.digits(r, 4);
      case 4 -> surname + "_" + given + PiiFactory.digits(r, 2);
      default -> PiiFactory.pick(NICKNAMES, r) + (r.nextInt(900) + 100);
    };
  }

  static String domain(SplittableRandom r) {
    return PiiFactory.pick(DOMAINS, r);
  }
}
