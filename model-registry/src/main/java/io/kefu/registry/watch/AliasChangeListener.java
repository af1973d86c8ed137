package io.kefu.registry.watch;

/** Told when the version an alias points to changes. */
@FunctionalInterface
public interface AliasChangeListener {

  /**
   * @param model the model name
   * @param alias the alias watched
   * @param previous the version before, or null on the first observation
   * @param current the version now
   */
  void aliasChanged(String model, String alias, Integer previous, int current);
}
