package io.kefu.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The content of a model's {@code aliases.json}: which version each alias points to, and for each
 * alias the versions it pointed to before (oldest first), which is what {@code rollback} returns
 * to.
 *
 * @param aliases alias name to version
 * @param previous alias name to its earlier versions, oldest first
 */
public record AliasState(Map<String, Integer> aliases, Map<String, List<Integer>> previous) {

  /** The alias a production consumer follows. */
  public static final String PRODUCTION = "production";

  /** The alias of a candidate under evaluation. */
  public static final String STAGING = "staging";

  public AliasState {
    aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
    previous = previous == null ? Map.of() : Map.copyOf(previous);
  }

  static AliasState empty() {
    return new AliasState(Map.of(), Map.of());
  }

  public Optional<Integer> version(String alias) {
    return Optional.ofNullable(aliases.get(alias));
  }

  /** This state with {@code alias} moved to {@code version}, remembering where it was. */
  AliasState moved(String alias, int version) {
    Map<String, Integer> nextAliases = new TreeMap<>(aliases);
    Map<String, List<Integer>> nextPrevious = new TreeMap<>(previous);
    Integer current = nextAliases.put(alias, version);
    if (current != null) {
      List<Integer> history = new ArrayList<>(previous.getOrDefault(alias, List.of()));
      history.add(current);
      nextPrevious.put(alias, List.copyOf(history));
    }
    return new AliasState(nextAliases, nextPrevious);
  }

  /**
   * This state with {@code alias} back on its previous version, which is then forgotten, so a
   * second rollback goes one further back instead of undoing the first.
   */
  AliasState rolledBack(String alias) {
    List<Integer> history = previous.getOrDefault(alias, List.of());
    if (history.isEmpty()) {
      throw new RegistryException("alias " + alias + " has no previous version to roll back to");
    }
    Map<String, Integer> nextAliases = new TreeMap<>(aliases);
    nextAliases.put(alias, history.get(history.size() - 1));
    Map<String, List<Integer>> nextPrevious = new TreeMap<>(previous);
    nextPrevious.put(alias, List.copyOf(history.subList(0, history.size() - 1)));
    return new AliasState(nextAliases, nextPrevious);
  }
}
