package io.kefu.registry.events;

/** A hook did not accept an event; the message names the hook and what it answered. */
public class EventHookException extends Exception {
  public EventHookException(String message) {
    super(message);
  }

  public EventHookException(String message, Throwable cause) {
    super(message, cause);
  }
}
