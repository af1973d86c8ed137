package io.kefu.samples.pii;

/**
 * The check character of an 18-character PRC resident ID number (GB 11643-1999, ISO 7064 MOD 11-2):
 * weights 2^(17-i) mod 11 over the first 17 digits, remainder mapped to {@code 1 0 X 9 8 7 6 5 4 3
 * 2}.
 */
public final class IdCardChecksum {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private IdCardChecksum() {}

  /** The check character for the first 17 digits. */
  public static char checkChar(CharSequence first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("need 17 digits, got " + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int d = first17.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return '?';
      }
      sum += d * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** True for 17 digits followed by their check character ({@code x} accepted for {@code X}). */
  public static boolean isValid(CharSequence id) {
    if (id.length() != 18) {
      return false;
    }
    char expected = checkChar(id.subSequence(0, 17));
    return Character.toUpperCase(id.charAt(17)) == expected;
  }
}
