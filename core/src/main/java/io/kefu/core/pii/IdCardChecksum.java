package io.kefu.core.pii;

/**
 * The check character of an 18-character PRC resident ID number (GB 11643-1999, ISO 7064 MOD 11-2):
 * weights 2^(17-i) mod 11 over the first 17 digits, the remainder mapped to {@code 1 0 X 9 8 7 6 5
 * 4 3 2}. Checked by the masker, computed by the sample generator; {@code x} and {@code X} are the
 * same check character.
 */
public final class IdCardChecksum {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private IdCardChecksum() {}

  /** Whether 18 characters from {@code off} are 17 digits followed by their check character. */
  public static boolean isValid(char[] d, int off) {
    char expected = checkChar(d, off);
    return expected != '?' && Character.toUpperCase(d[off + 17]) == expected;
  }

  /** True for 17 digits followed by their check character. */
  public static boolean isValid(CharSequence id) {
    return id.length() == 18 && isValid(id.toString().toCharArray(), 0);
  }

  /** The check character for the first 17 digits, or {@code '?'} when one is not a digit. */
  public static char checkChar(CharSequence first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("need 17 digits, got " + first17.length());
    }
    return checkChar(first17.toString().toCharArray(), 0);
  }

  private static char checkChar(char[] d, int off) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int digit = d[off + i] - '0';
      if (digit < 0 || digit > 9) {
        return '?';
      }
      sum += digit * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }
}
