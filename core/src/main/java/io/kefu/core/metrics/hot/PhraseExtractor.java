package io.kefu.core.metrics.hot;

import io.kefu.core.features.TextUnits;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The phrases of a customer message that emerging-issue detection counts (CONTRACT §3): Chinese has
 * no spaces, so each run of Chinese characters gives its character bigrams and trigrams ("电池鼓包" →
 * 电池, 池鼓, 鼓包, 电池鼓, 池鼓包); each run of Latin words gives its words and word bigrams ("battery
 * swelling"). The text is split by core's {@link TextUnits} (normalised, lower case), so PII masks
 * such as {@code [PHONE]}, numbers, emoji and punctuation end a run and are never part of a phrase;
 * phrases made only of stop characters or stop words (的了吗, 你好, the, please) are dropped. Immutable
 * and thread-safe.
 */
public final class PhraseExtractor implements Serializable {

  private static final int MAX_UNITS = 2_000;

  // Function characters and the pleasantries of any chat: a phrase made only of these names no
  // problem. A phrase with one content character (能开, 鼓包) is kept.
  private static final String STOP_CHARS =
      "的了吗呢啊吧呀哦噢嗯么嘛哈是在有我你您他她它们这那就也都还和与跟及或把被给让请问好谢" + "个一不没要想能会可以吗么怎什哪谁为啥么下上已经过再又很太还麻烦帮亲呗喔哎唉噢滴";

  private static final Set<String> STOP_PHRASES =
      Set.of("你好", "您好", "谢谢", "请问", "好的", "在吗", "在不在", "人工", "客服", "人工客服", "转人工");

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "is", "are", "was", "be", "to", "of", "in", "on", "at", "for", "and",
          "or", "it", "its", "my", "me", "i", "you", "your", "we", "our", "this", "that", "with",
          "can", "do", "does", "not", "no", "yes", "ok", "okay", "hi", "hello", "please", "thanks",
          "thank", "pls", "so", "but", "have", "has", "what", "how", "why", "when");

  private final TextUnits units = new TextUnits(MAX_UNITS);

  /** The distinct phrases of one (masked) message in text order; none for null or blank. */
  public Set<String> phrases(String maskedText) {
    Set<String> phrases = new LinkedHashSet<>();
    List<String> run = new ArrayList<>();
    boolean runIsHan = false;
    for (String unit : units.of(maskedText)) {
      boolean han = isHan(unit);
      boolean latin = !han && isLatinWord(unit);
      if ((!han && !latin) || (!run.isEmpty() && han != runIsHan)) {
        addRun(run, runIsHan, phrases);
        run.clear();
      }
      if (han || latin) {
        run.add(unit);
        runIsHan = han;
      }
    }
    addRun(run, runIsHan, phrases);
    return phrases;
  }

  private static void addRun(List<String> run, boolean han, Set<String> phrases) {
    if (han) {
      for (int n = 2; n <= 3; n++) {
        for (int i = 0; i + n <= run.size(); i++) {
          String gram = String.join("", run.subList(i, i + n));
          if (!allStopChars(gram) && !STOP_PHRASES.contains(gram)) {
            phrases.add(gram);
          }
        }
      }
      return;
    }
    for (int i = 0; i < run.size(); i++) {
      String word = run.get(i);
      if (word.length() >= 2 && !STOP_WORDS.contains(word)) {
        phrases.add(word);
      }
      if (i + 1 < run.size()
          && !STOP_WORDS.contains(word)
          && !STOP_WORDS.contains(run.get(i + 1))) {
        phrases.add(word + " " + run.get(i + 1));
      }
    }
  }

  private static boolean allStopChars(String gram) {
    return gram.codePoints().allMatch(cp -> STOP_CHARS.indexOf(cp) >= 0);
  }

  private static boolean isHan(String unit) {
    int cp = unit.codePointAt(0);
    return unit.length() == Character.charCount(cp)
        && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  private static boolean isLatinWord(String unit) {
    return !unit.isEmpty() && unit.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }
}
