package io.kefu.core.metrics.hot;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the n-grams of one phrase back together. A new complaint such as 充电宝鼓包 bursts as all its
 * bigrams and trigrams at once (充电, 电宝, 充电宝, 电宝鼓, ...), with the same sessions; shown as such they
 * would fill the top of a window with fragments. Among phrases of a window with the same session
 * count and flag, Chinese trigrams that overlap by two characters are chained into the longer
 * phrase, and the phrases it contains are dropped; the row keeps the score and examples of its
 * hottest fragment.
 */
final class PhraseFragments {

  private PhraseFragments() {}

  /**
   * @param hottestFirst the scored phrases of one window, hottest first
   * @return the same order with fragments joined and their parts removed
   */
  static List<HotPhraseRow> join(List<HotPhraseRow> hottestFirst) {
    int n = hottestFirst.size();
    boolean[] used = new boolean[n];
    List<HotPhraseRow> joined = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (used[i]) {
        continue;
      }
      used[i] = true;
      HotPhraseRow row = hottestFirst.get(i);
      String phrase = isChinese(row.phrase()) ? extend(row, hottestFirst, used) : row.phrase();
      for (int j = i + 1; j < n; j++) {
        HotPhraseRow other = hottestFirst.get(j);
        if (!used[j] && sameBurst(row, other) && phrase.contains(other.phrase())) {
          used[j] = true;
        }
      }
      joined.add(
          new HotPhraseRow(
              row.windowStart(),
              phrase,
              row.sessions(),
              row.baseline(),
              row.spikeScore(),
              row.spike(),
              row.rank(),
              row.examples()));
    }
    return joined;
  }

  private static String extend(HotPhraseRow row, List<HotPhraseRow> rows, boolean[] used) {
    String phrase = row.phrase();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int j = 0; j < rows.size(); j++) {
        HotPhraseRow other = rows.get(j);
        String gram = other.phrase();
        if (used[j] || gram.length() != 3 || !isChinese(gram) || !sameBurst(row, other)) {
          continue;
        }
        if (phrase.endsWith(gram.substring(0, 2)) && !phrase.contains(gram)) {
          phrase = phrase + gram.substring(2);
        } else if (phrase.startsWith(gram.substring(1)) && !phrase.contains(gram)) {
          phrase = gram.charAt(0) + phrase;
        } else {
          continue;
        }
        used[j] = true;
        grew = true;
      }
    }
    return phrase;
  }

  private static boolean sameBurst(HotPhraseRow a, HotPhraseRow b) {
    return a.sessions() == b.sessions() && a.spike() == b.spike();
  }

  private static boolean isChinese(String phrase) {
    return phrase
        .codePoints()
        .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }
}
