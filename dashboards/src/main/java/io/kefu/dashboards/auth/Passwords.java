package io.kefu.dashboards.auth;

import org.springframework.security.crypto.bcrypt.BCrypt;

/** bcrypt hashing of dashboard passwords (cost 10: about 60 ms a check on this box's cores). */
public final class Passwords {

  /** The shortest password {@code users add} accepts. */
  public static final int MIN_LENGTH = 8;

  private static final int COST = 10;

  // Checked against when the user name is unknown, so a wrong name costs as long as a wrong
  // password and does not tell which names exist.
  private static final String DUMMY = BCrypt.hashpw("kefu-no-such-user", BCrypt.gensalt(COST));

  private Passwords() {}

  public static String hash(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
    }
    return BCrypt.hashpw(password, BCrypt.gensalt(COST));
  }

  /** Whether {@code password} matches {@code hash}; a null hash (unknown user) never matches. */
  public static boolean matches(String password, String hash) {
    if (password == null) {
      return false;
    }
    if (hash == null) {
      BCrypt.checkpw(password, DUMMY);
      return false;
    }
    try {
      return BCrypt.checkpw(password, hash);
    } catch (IllegalArgumentException e) {
      return false; // not a bcrypt hash: a hand-edited users file
    }
  }
}
