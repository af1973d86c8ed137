package io.kefu.registry.events;

import io.kefu.registry.RegistryJson;

/**
 * A change published to hooks and to the {@code model-events} topic, one JSON object per event.
 *
 * @param type {@code registered} or {@code alias-changed}
 * @param model the model name
 * @param version the version registered, or the alias's new version
 * @param alias the alias that moved; null for a registration
 * @param previousVersion the alias's version before; null when it had none
 * @param at ISO-8601 UTC instant of the change
 * @param actor who made it
 */
public record ModelEvent(
    String type,
    String model,
    int version,
    String alias,
    Integer previousVersion,
    String at,
    String actor) {

  public static final String REGISTERED = "registered";
  public static final String ALIAS_CHANGED = "alias-changed";

  /** The event as one compact JSON line, without the line break. */
  public String toJsonLine() {
    return RegistryJson.line(this);
  }
}
