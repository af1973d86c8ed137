package io.kefu.qa.phrase;

import io.kefu.core.text.TextNormalizer;
import io.kefu.qa.config.PhraseList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One configured phrase list compiled for fast matching over {@link FoldedText}: phrases and their
 * variants (normalised, separators removed) indexed by first character, so a message is scanned
 * once and each position checks only the few phrases that can start there; no regular expression
 * runs per phrase or per message. A phrase counts only when it is not inside one of its harmless
 * container words, not negated in its clause, whole where it must stand alone, and, where it begins
 * or ends with a Latin letter or digit, not glued to another one (vx is not a hit in vxyz) unless
 * what is glued on is an account id (加vaa4043). Immutable and thread-safe.
 */
public final class PhraseMatcher {

  private static final TextNormalizer NORMALIZER = new TextNormalizer();
  private static final String CLAUSE_ENDS = ",，。!！?？;；:：\n";
  private static final String STANDALONE_BEFORE = "你您就快给都真太好";
  private static final String STANDALONE_AFTER = "吧啊呀了开蛋吗嘛死";

  private record Container(char[] word, int offset) {}

  private record Entry(
      String phrase,
      char[] folded,
      List<Container> containers,
      boolean standalone,
      boolean latinHead,
      boolean latinTail) {}

  private final Entry[][] byFirstChar = new Entry[Character.MAX_VALUE + 1][];
  private final char[][] negators;
  private final int negationWindow;
  private final boolean empty;

  private PhraseMatcher(List<Entry> entries, List<char[]> negators, int negationWindow) {
    Map<Character, List<Entry>> buckets = new LinkedHashMap<>();
    for (Entry e : entries) {
      buckets.computeIfAbsent(e.folded()[0], c -> new ArrayList<>()).add(e);
    }
    buckets.forEach(
        (c, list) -> {
          // Longest first: at one position the longest phrase is the one reported.
          list.sort(Comparator.comparingInt((Entry e) -> -e.folded().length));
          byFirstChar[c] = list.toArray(new Entry[0]);
        });
    this.negators = negators.toArray(new char[0][]);
    this.negationWindow = negationWindow;
    this.empty = entries.isEmpty();
  }

  /**
   * Compiles a list.
   *
   * @param variants per word, the forms written in its place (微信 → v信, vx)
   */
  public static PhraseMatcher compile(
      PhraseList list, Map<String, List<String>> variants, Separators separators) {
    Map<String, Entry> byFolded = new LinkedHashMap<>();
    addAll(list.phrases(), false, list, variants, separators, byFolded);
    addAll(list.standalone(), true, list, variants, separators, byFolded);
    List<char[]> negators = new ArrayList<>();
    for (String n : list.negators()) {
      negators.add(fold(n, separators).toCharArray());
    }
    return new PhraseMatcher(new ArrayList<>(byFolded.values()), negators, list.negationWindow());
  }

  /** The first phrase that counts, in text order, or null. */
  public PhraseHit first(FoldedText text) {
    List<PhraseHit> hits = scan(text, true);
    return hits.isEmpty() ? null : hits.get(0);
  }

  /** Every phrase that counts, in text order, at most one per starting position. */
  public List<PhraseHit> all(FoldedText text) {
    return scan(text, false);
  }

  /** Whether any phrase counts in the text. */
  public boolean matches(FoldedText text) {
    return first(text) != null;
  }

  private List<PhraseHit> scan(FoldedText text, boolean firstOnly) {
    if (empty) {
      return List.of();
    }
    List<PhraseHit> hits = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      Entry[] candidates = byFirstChar[text.charAt(i)];
      if (candidates == null) {
        continue;
      }
      for (Entry e : candidates) {
        if (!text.startsWith(e.folded(), i)) {
          continue;
        }
        int start = text.origin(i);
        int end = text.origin(i + e.folded().length - 1) + 1;
        if (counts(e, text, i, start, end)) {
          PhraseHit hit = new PhraseHit(e.phrase(), start, end);
          if (firstOnly) {
            return List.of(hit);
          }
          if (hits == null) {
            hits = new ArrayList<>();
          }
          hits.add(hit);
          break;
        }
      }
    }
    return hits == null ? List.of() : hits;
  }

  // Whether the phrase found at folded position i, spanning [start, end) of the text, counts.
  private boolean counts(Entry e, FoldedText text, int i, int start, int end) {
    String raw = text.text();
    if (e.latinHead() && start > 0 && isLatin(raw.charAt(start - 1))) {
      return false;
    }
    if (e.latinTail() && end < raw.length() && isLatin(raw.charAt(end)) && !idFollows(raw, end)) {
      return false;
    }
    if (e.standalone() && !standsAlone(raw, start, end)) {
      return false;
    }
    for (Container c : e.containers()) {
      if (text.startsWith(c.word(), i - c.offset())) {
        return false;
      }
    }
    return !negated(text, i);
  }

  // A negator counts when it begins within the window before the phrase, in the same clause; it
  // may overlap the phrase (不一定 before 一定能到).
  private boolean negated(FoldedText text, int i) {
    if (negators.length == 0) {
      return false;
    }
    int lo = Math.max(0, i - negationWindow);
    for (int p = i - 1; p >= lo; p--) {
      if (CLAUSE_ENDS.indexOf(text.charAt(p)) >= 0) {
        lo = p + 1;
        break;
      }
    }
    for (char[] negator : negators) {
      for (int p = lo; p < i; p++) {
        if (text.startsWith(negator, p)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean standsAlone(String raw, int start, int end) {
    boolean before =
        start == 0
            || !Character.isLetterOrDigit(raw.charAt(start - 1))
            || STANDALONE_BEFORE.indexOf(raw.charAt(start - 1)) >= 0;
    boolean after =
        end >= raw.length()
            || !Character.isLetterOrDigit(raw.charAt(end))
            || STANDALONE_AFTER.indexOf(raw.charAt(end)) >= 0;
    return before && after;
  }

  // An account id glued to the phrase (加vaa4043, vxlucky_01, wxid_ab12) is what a dodge looks
  // like; a plain word (vxyz, 加vip) is not: an id carries a digit or an underscore.
  private static boolean idFollows(String raw, int from) {
    for (int i = from; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if ((c >= '0' && c <= '9') || c == '_') {
        return true;
      }
      if (!isLatin(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static void addAll(
      List<String> phrases,
      boolean standalone,
      PhraseList list,
      Map<String, List<String>> variants,
      Separators separators,
      Map<String, Entry> byFolded) {
    for (String phrase : phrases) {
      String canonical = NORMALIZER.normalize(phrase);
      for (String form : Variants.expand(canonical, variants)) {
        String folded = fold(form, separators);
        if (folded.isEmpty() || byFolded.containsKey(folded)) {
          continue;
        }
        List<Container> containers = containers(list, phrase, canonical, form, separators);
        char head = folded.charAt(0);
        char tail = folded.charAt(folded.length() - 1);
        byFolded.put(
            folded,
            new Entry(
                canonical,
                folded.toCharArray(),
                containers,
                standalone,
                isLatin(head),
                isLatin(tail)));
      }
    }
  }

  // The containers configured for the phrase, written with this form in its place, plus any
  // configured for the form itself (加微 → 参加微).
  private static List<Container> containers(
      PhraseList list, String phrase, String canonical, String form, Separators separators) {
    List<Container> out = new ArrayList<>();
    List<String> words = new ArrayList<>(list.containers().getOrDefault(phrase, List.of()));
    if (!form.equals(phrase)) {
      words.addAll(list.containers().getOrDefault(form, List.of()));
    }
    String foldedForm = fold(form, separators);
    for (String word : words) {
      String w = fold(NORMALIZER.normalize(word).replace(canonical, form), separators);
      int offset = w.indexOf(foldedForm);
      if (offset >= 0) {
        out.add(new Container(w.toCharArray(), offset));
      }
    }
    return List.copyOf(out);
  }

  private static String fold(String s, Separators separators) {
    return separators.strip(NORMALIZER.normalize(s));
  }
}
