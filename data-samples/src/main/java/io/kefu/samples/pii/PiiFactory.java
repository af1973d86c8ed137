package io.kefu.samples.pii;

import io.kefu.core.pii.IdCardChecksum;
import io.kefu.core.pii.Luhn;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws plausible, fake Chinese personal data: mobile and landline numbers, resident ID numbers
 * with a valid GB 11643 check character, bank-card numbers with a valid Luhn digit, e-mail
 * addresses, postal addresses and order numbers. Values are canonical (plain ASCII); {@link
 * PiiWriting} decides how a person types them. Stateless and thread-safe.
 *
 * <p>To keep the ground truth unambiguous, no 16–19 digit order number passes the Luhn check, no
 * 18-digit bank-card or order number passes the ID-card check, and no ID number passes Luhn.
 */
public final class PiiFactory {

  private static final List<String> MOBILE_PREFIXES =
      List.of(
          "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "147", "150", "151",
          "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178",
          "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "195", "198",
          "199");
  private static final List<String> AREA_CODES_3 =
      List.of("010", "020", "021", "022", "023", "024", "025", "027", "028", "029");
  private static final List<String> AREA_CODES_4 =
      List.of("0755", "0571", "0512", "0532", "0371", "0591", "0731", "0551", "0769", "0574");
  private static final List<String> ID_REGIONS =
      List.of(
          "110105", "110108", "310115", "310104", "440305", "440304", "440106", "330106", "330110",
          "320106", "320506", "510107", "510104", "420111", "370102", "370212", "610113", "500103",
          "350203", "430104", "410105", "210102", "120104", "340104", "360102", "450103", "530102",
          "130102", "140105", "620102", "230103", "520102");
  private static final List<String> CARD_BINS =
      List.of(
          "622202:19",
          "621226:19",
          "622848:19",
          "621700:19",
          "622588:16",
          "621483:16",
          "622262:19",
          "621661:19",
          "623062:19",
          "622908:18",
          "436742:16",
          "518710:16",
          "625826:16",
          "628288:16",
          "622630:16",
          "622155:16",
          "603367:17",
          "620058:19");

  /** An 11-digit mainland mobile number. */
  public String mobile(SplittableRandom r) {
    return pick(MOBILE_PREFIXES, r) + digits(r, 8);
  }

  /** A landline with area code, e.g. {@code 010-62345678} or {@code (0755)2345678}. */
  public String landline(SplittableRandom r) {
    boolean big = r.nextInt(10) < 6;
    String area = big ? pick(AREA_CODES_3, r) : pick(AREA_CODES_4, r);
    int length = big ? 8 : (r.nextBoolean() ? 8 : 7);
    String local = (char) ('2' + r.nextInt(7)) + digits(r, length - 1);
    return switch (r.nextInt(10)) {
      case 0 -> "(" + area + ")" + local;
      case 1 -> area + " " + local;
      default -> area + "-" + local;
    };
  }

  /** An 18-character resident ID number with plausible region, birth date and check character. */
  public String idCard(SplittableRandom r) {
    while (true) {
      LocalDate birth = LocalDate.of(1955, 1, 1).plusDays(r.nextInt(365 * 51));
      String first17 =
          pick(ID_REGIONS, r)
              + String.format(
                  "%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
              + digits(r, 3);
      String id = first17 + IdCardChecksum.checkChar(first17);
      if (id.charAt(17) == 'X' || !Luhn.isValid(id)) {
        return id;
      }
    }
  }

  /** A 16–19 digit bank-card number with a real-looking BIN and a valid Luhn check digit. */
  public String bankCard(SplittableRandom r) {
    while (true) {
      String[] bin = pick(CARD_BINS, r).split(":");
      int length = Integer.parseInt(bin[1]);
      String payload = bin[0] + digits(r, length - bin[0].length() - 1);
      String card = payload + Luhn.checkDigit(payload);
      if (length != 18 || !IdCardChecksum.isValid(card)) {
        return card;
      }
    }
  }

  /** A 16–19 digit order number that is deliberately not Luhn-valid. */
  public String orderNo(SplittableRandom r) {
    while (true) {
      int length = 16 + r.nextInt(4);
      String order = (char) ('1' + r.nextInt(4)) + digits(r, length - 1);
      if (!Luhn.isValid(order) && !(length == 18 && IdCardChecksum.isValid(order))) {
        return order;
      }
    }
  }

  /** An e-mail address at a common Chinese or international provider. */
  public String email(SplittableRandom r) {
    return EmailNames.local(r) + "@" + EmailNames.domain(r);
  }

  /** A full postal address down to the flat. */
  public String address(SplittableRandom r) {
    return PostalAddresses.draw(r);
  }

  /** A value of the given type. */
  public String draw(GeneratedPiiKind type, SplittableRandom r) {
    return switch (type) {
      case PHONE -> mobile(r);
      case LANDLINE -> landline(r);
      case ID_CARD -> idCard(r);
      case BANK_CARD -> bankCard(r);
      case EMAIL -> email(r);
      case ADDRESS -> address(r);
      case ORDER_NO -> orderNo(r);
    };
  }

  static String digits(SplittableRandom r, int n) {
    char[] out = new char[n];
    for (int i = 0; i < n; i++) {
      out[i] = (char) ('0' + r.nextInt(10));
    }
    return new String(out);
  }

  static <T> T pick(List<T> values, SplittableRandom r) {
    return values.get(r.nextInt(values.size()));
  }
}
