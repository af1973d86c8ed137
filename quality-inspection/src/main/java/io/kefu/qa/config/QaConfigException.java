package io.kefu.qa.config;

/**
 * A rules file that cannot be read or breaks a constraint; the message is one line naming the key.
 */
public final class QaConfigException extends IllegalArgumentException {
  public QaConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
