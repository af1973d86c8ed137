package io.kefu.registry.events;

import io.kefu.registry.RegistryJson;

/**
 * A change published to hooks and to the {@code model-events} topic, one JSON object per event.
 *
 * @param type {@code registered}, {@code alias-changed} or {@code promotion-refused}
 * @param model the model name
 * @param version the version registered, or the alias's new version
 * @param alias the alias that moved; null for a registration
 * @param previousVersion the alias's version before; null when it had none
 * @param at ISO-8601 UTC instant of the change
 * @param actor who made it
 * @param reason why the gate refused, with both figures; null for other events
 */
public record ModelEvent(
    String type,
    String model,
    int version,
    String alias,
    Integer previousVersion,
    String at,
    String actor,
    String reason) {

  public static final String REGISTERED = "registered";
  public static final String ALIAS_CHANGED = "alias-changed";
  public static final String PROMOTION_REFUSED = "promotion-refused";

  /** An event of a change that happened (no refusal reason). */
  public ModelEvent(
      String type,
      String model,
      int version,
      String alias,
      Integer previousVersion,
      String at,
      String actor) {
    this(type, model, version, alias, previousVersion, at, actor, null);
  }

  /** The event as one compact JSON line, without the line break. */
  public String toJsonLine() {
    return RegistryJson.line(this);
  }
}
