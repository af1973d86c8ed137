package io.kefu.samples.text;

import io.kefu.core.taxonomy.Intent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Everything the generator says: per intent its FAQ groups, the shared phrase pools and the value
 * lists of slots. Loaded from {@code phrasebook.txt} next to this class (see {@link
 * PhrasebookLoader} for the format). Immutable and thread-safe.
 */
public final class Phrasebook {

  /** The slot names that hold product names, one per category. */
  public static final List<String> PRODUCT_CATEGORIES =
      List.of("服装", "鞋", "家电", "数码", "美妆", "食品", "家居", "母婴");

  private static final String RESOURCE = "phrasebook.txt";
  private static volatile Phrasebook standard;

  private final Map<Intent, IntentProfile> intents;
  private final Map<Pool, List<Template>> pools;
  private final Map<String, List<String>> slots;

  Phrasebook(
      Map<Intent, IntentProfile> intents,
      Map<Pool, List<Template>> pools,
      Map<String, List<String>> slots) {
    this.intents = new EnumMap<>(intents);
    this.pools = new EnumMap<>(pools);
    this.slots = Map.copyOf(slots);
  }

  /** The phrasebook shipped with the generator (loaded once). */
  public static Phrasebook standard() {
    Phrasebook book = standard;
    if (book == null) {
      synchronized (Phrasebook.class) {
        if (standard == null) {
          standard = load();
        }
        book = standard;
      }
    }
    return book;
  }

  private static Phrasebook load() {
    try (InputStream in = Phrasebook.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("phrasebook resource missing: " + RESOURCE);
      }
      return PhrasebookLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * This phrasebook with only the customer question templates of one side of a {@link
   * TemplateSplit}; {@link TemplateSplit#ALL} returns this phrasebook.
   */
  public Phrasebook questions(TemplateSplit split) {
    if (split == TemplateSplit.ALL) {
      return this;
    }
    Map<Intent, IntentProfile> kept = new EnumMap<>(Intent.class);
    intents.forEach(
        (intent, p) ->
            kept.put(
                intent,
                new IntentProfile(
                    intent,
                    p.weight(),
                    p.negativeStart(),
                    p.positiveStart(),
                    p.faqs().stream().map(split::apply).toList())));
    return new Phrasebook(kept, pools, slots);
  }

  public IntentProfile intent(Intent intent) {
    return intents.get(intent);
  }

  public List<Template> pool(Pool pool) {
    return pools.get(pool);
  }

  /** One template of the pool, uniformly. */
  public Template pick(Pool pool, SplittableRandom r) {
    List<Template> list = pools.get(pool);
    return list.get(r.nextInt(list.size()));
  }

  /** One template of the pool, avoiding those the session used already. */
  public Template pickFresh(Pool pool, Set<Template> used, SplittableRandom r) {
    return Template.pickFresh(pools.get(pool), used, r);
  }

  /** The values of a list slot, or null when the phrasebook has no such slot. */
  public List<String> slotValues(String name) {
    return slots.get(name);
  }
}
