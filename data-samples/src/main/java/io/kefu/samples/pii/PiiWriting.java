package io.kefu.samples.pii;

import java.util.SplittableRandom;

/**
 * How people type personal data in a chat: mobile numbers grouped {@code 138 1234 5678} or {@code
 * 138-1234-5678} or in full-width digits, bank cards in groups of four, ID numbers with a
 * lower-case {@code x}; and the masked forms agents are supposed to use ({@code 138****5678}).
 */
public final class PiiWriting {

  private PiiWriting() {}

  /** The value as a customer types it. */
  public static String asTyped(GeneratedPiiKind type, String canonical, SplittableRandom r) {
    return switch (type) {
      case PHONE -> mobile(canonical, r);
      case BANK_CARD -> r.nextInt(10) < 3 ? grouped(canonical, ' ') : canonical;
      case ID_CARD -> idCard(canonical, r);
      case EMAIL -> r.nextInt(40) == 0 ? canonical.replace('@', '＠') : canonical;
      default -> canonical;
    };
  }

  /** The value as an agent leaks it: complete and readable. */
  public static String asLeaked(GeneratedPiiKind type, String canonical, SplittableRandom r) {
    if (type == GeneratedPiiKind.BANK_CARD && r.nextInt(4) == 0) {
      return grouped(canonical, ' ');
    }
    return canonical;
  }

  /** {@code 138****5678}. */
  public static String maskedMobile(String mobile) {
    return mobile.substring(0, 3) + "****" + mobile.substring(7);
  }

  /** {@code 110105********002X}. */
  public static String maskedIdCard(String id) {
    return id.substring(0, 6) + "********" + id.substring(14);
  }

  /** The last four digits. */
  public static String tail(String digits) {
    return digits.substring(digits.length() - 4);
  }

  /** ASCII letters, digits and common signs turned into their full-width forms. */
  public static String fullWidth(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c > ' ' && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return out.toString();
  }

  private static String mobile(String m, SplittableRandom r) {
    int style = r.nextInt(100);
    if (style < 9) {
      return m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7);
    }
    if (style < 17) {
      return m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7);
    }
    if (style < 23) {
      return fullWidth(m);
    }
    return m;
  }

  private static String idCard(String id, SplittableRandom r) {
    if (id.endsWith("X") && r.nextInt(5) == 0) {
      return id.substring(0, 17) + 'x';
    }
    return r.nextInt(40) == 0 ? fullWidth(id) : id;
  }

  private static String grouped(String digits, char sep) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        out.append(sep);
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }
}
