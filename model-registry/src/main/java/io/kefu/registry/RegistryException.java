package io.kefu.registry;

/** A registry operation that cannot be carried out; the message says why and what to do. */
public class RegistryException extends RuntimeException {
  public RegistryException(String message) {
    super(message);
  }

  public RegistryException(String message, Throwable cause) {
    super(message, cause);
  }
}
