package io.kefu.samples.text;

import io.kefu.core.taxonomy.Intent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the phrasebook text format. Lines starting with {@code #} and blank lines are ignored.
 * Sections:
 *
 * <ul>
 *   <li>{@code @slot NAME} then lines of {@code value|value|…};
 *   <li>{@code @intent ID weight=W negative=P positive=P};
 *   <li>{@code @faq INTENT.NAME weight=W [product=CAT,CAT]} then lines {@code q:} (neutral
 *       question), {@code qn:} (negative), {@code qp:} (positive), {@code f:} (follow-up), {@code
 *       a:} (answer), each a {@link Template};
 *   <li>{@code @pool NAME} then one {@link Template} per line.
 * </ul>
 *
 * Fails fast, naming the line, on unknown sections, pools, intents or slots, and when an intent or
 * pool has no phrases.
 */
final class PhrasebookLoader {

  private final Map<String, List<String>> slots = new LinkedHashMap<>();
  private final Map<Intent, double[]> intentParams = new EnumMap<>(Intent.class);
  private final Map<Intent, List<FaqDraft>> faqs = new EnumMap<>(Intent.class);
  private final Map<Pool, List<Template>> pools = new EnumMap<>(Pool.class);
  private String slotSection;
  private FaqDraft faq;
  private Pool pool;
  private int lineNo;

  private PhrasebookLoader() {}

  static Phrasebook parse(String text) {
    PhrasebookLoader loader = new PhrasebookLoader();
    for (String raw : text.split("\n", -1)) {
      loader.lineNo++;
      loader.line(raw.strip());
    }
    return loader.build();
  }

  private void line(String line) {
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    if (line.startsWith("@")) {
      section(line);
    } else if (slotSection != null) {
      for (String v : line.split("\\|")) {
        slots.get(slotSection).add(v.strip());
      }
    } else if (faq != null) {
      faqLine(line);
    } else if (pool != null) {
      pools.get(pool).add(template(line));
    } else {
      throw error("text outside a section");
    }
  }

  private void section(String line) {
    String[] parts = line.split("\\s+");
    slotSection = null;
    faq = null;
    pool = null;
    switch (parts[0]) {
      case "@slot" -> {
        slotSection = parts[1];
        slots.put(slotSection, new ArrayList<>());
      }
      case "@intent" ->
          intentParams.put(
              intent(parts[1]),
              new double[] {
                number(parts, "weight", -1),
                number(parts, "negative", 0),
                number(parts, "positive", 0)
              });
      case "@faq" -> {
        String id = parts[1];
        Intent intent = intent(id.substring(0, Math.max(0, id.indexOf('.'))));
        String products = option(parts, "product");
        faq =
            new FaqDraft(
                id,
                intent,
                number(parts, "weight", 1),
                products == null ? Phrasebook.PRODUCT_CATEGORIES : List.of(products.split(",")));
        faqs.computeIfAbsent(intent, i -> new ArrayList<>()).add(faq);
      }
      case "@pool" -> {
        pool = Pool.fromSection(parts[1]);
        if (pool == null) {
          throw error("unknown pool " + parts[1]);
        }
        pools.putIfAbsent(pool, new ArrayList<>());
      }
      default -> throw error("unknown section " + parts[0]);
    }
  }

  private void faqLine(String line) {
    int colon = line.indexOf(':');
    if (colon < 0) {
      throw error("FAQ line needs q:, qn:, qp:, f: or a:");
    }
    Template t = template(line.substring(colon + 1).strip());
    switch (line.substring(0, colon)) {
      case "q" -> faq.questions.add(t);
      case "qn" -> faq.negative.add(t);
      case "qp" -> faq.positive.add(t);
      case "f" -> faq.followUps.add(t);
      case "a" -> faq.answers.add(t);
      default -> throw error("unknown FAQ line kind " + line.substring(0, colon));
    }
  }

  private Template template(String source) {
    try {
      return Template.parse(source);
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
  }

  private Phrasebook build() {
    Map<Intent, IntentProfile> profiles = new EnumMap<>(Intent.class);
    for (Intent intent : Intent.values()) {
      double[] p = intentParams.get(intent);
      List<FaqDraft> drafts = faqs.get(intent);
      if (p == null || p[0] <= 0 || drafts == null) {
        throw new IllegalArgumentException(
            "phrasebook: intent " + intent.id() + " needs @intent and @faq");
      }
      List<Faq> built = new ArrayList<>();
      for (FaqDraft d : drafts) {
        built.add(d.build());
      }
      profiles.put(intent, new IntentProfile(intent, p[0], p[1], p[2], List.copyOf(built)));
    }
    for (Pool p : Pool.values()) {
      if (pools.getOrDefault(p, List.of()).isEmpty()) {
        throw new IllegalArgumentException("phrasebook: pool " + p.sectionName() + " is empty");
      }
    }
    Map<String, List<String>> slotLists = new LinkedHashMap<>();
    slots.forEach((k, v) -> slotLists.put(k, List.copyOf(v)));
    Phrasebook book = new Phrasebook(profiles, pools, slotLists);
    checkSlots(book);
    return book;
  }

  private static void checkSlots(Phrasebook book) {
    List<Template> all = new ArrayList<>();
    for (Pool p : Pool.values()) {
      all.addAll(book.pool(p));
    }
    for (Intent intent : Intent.values()) {
      for (Faq f : book.intent(intent).faqs()) {
        all.addAll(f.questions());
        all.addAll(f.negativeQuestions());
        all.addAll(f.positiveQuestions());
        all.addAll(f.followUps());
        all.addAll(f.answers());
        f.products().forEach(c -> requireSlot(book, c, f.id()));
      }
    }
    for (Template t : all) {
      t.forEachSlot(name -> requireSlot(book, name, t.source()));
    }
  }

  private static void requireSlot(Phrasebook book, String name, String where) {
    if (!SessionSlots.COMPUTED.contains(name) && book.slotValues(name) == null) {
      throw new IllegalArgumentException("phrasebook: unknown slot {$" + name + "} in " + where);
    }
  }

  private Intent intent(String id) {
    try {
      return Intent.parse(id);
    } catch (IllegalArgumentException e) {
      throw error(e.getMessage());
    }
  }

  private double number(String[] parts, String key, double fallback) {
    String v = option(parts, key);
    return v == null ? fallback : Double.parseDouble(v);
  }

  private static String option(String[] parts, String key) {
    for (String part : parts) {
      if (part.startsWith(key + "=")) {
        return part.substring(key.length() + 1);
      }
    }
    return null;
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException("phrasebook line " + lineNo + ": " + message);
  }

  private static final class FaqDraft {
    final String id;
    final Intent intent;
    final double weight;
    final List<String> products;
    final List<Template> questions = new ArrayList<>();
    final List<Template> negative = new ArrayList<>();
    final List<Template> positive = new ArrayList<>();
    final List<Template> followUps = new ArrayList<>();
    final List<Template> answers = new ArrayList<>();

    FaqDraft(String id, Intent intent, double weight, List<String> products) {
      this.id = id;
      this.intent = intent;
      this.weight = weight;
      this.products = products;
    }

    Faq build() {
      if ((questions.isEmpty() && negative.isEmpty()) || answers.isEmpty()) {
        throw new IllegalArgumentException(
            "phrasebook: FAQ " + id + " needs q: or qn:, and a: lines");
      }
      return new Faq(
          id,
          intent,
          weight,
          List.copyOf(products),
          List.copyOf(questions),
          List.copyOf(negative),
          List.copyOf(positive),
          List.copyOf(followUps),
          List.copyOf(answers));
    }
  }
}
