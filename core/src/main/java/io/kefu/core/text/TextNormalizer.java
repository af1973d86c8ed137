package io.kefu.core.text;

/**
 * Canonical form of chat text, shared by ingest, streaming and featurisation so that a model sees
 * the same text in training and serving.
 *
 * <p>{@link #normalize} in one pass over the input:
 *
 * <ul>
 *   <li>removes HTML tags (inner text kept; block tags such as {@code <br>} and {@code <p>} become
 *       a space) and decodes character references ({@code &nbsp; &amp; &lt; &gt; &quot; &#39;
 *       &#NNN; &#xHH;} and a few more);
 *   <li>maps full-width ASCII U+FF01–U+FF5E to half-width (so ！？，： become !?,:) and U+3000 to a
 *       space;
 *   <li>lower-cases ASCII letters;
 *   <li>removes control and invisible format characters (the zero-width joiner stays: it is part of
 *       emoji);
 *   <li>collapses every whitespace run (newlines and tabs included) to one space and trims.
 * </ul>
 *
 * Emoji are kept: they carry sentiment. Featurisation may turn them into one token class with
 * {@link #replaceEmoji}. A null input gives the empty string. Immutable and thread-safe.
 */
public final class TextNormalizer {

  /** The token featurisation uses for any emoji. */
  public static final String EMOJI_TOKEN = "<EMOJI>";

  private static final int FULL_WIDTH_FIRST = 0xFF01;
  private static final int FULL_WIDTH_LAST = 0xFF5E;
  private static final int FULL_WIDTH_OFFSET = 0xFEE0;

  /** Normalises one message; see the class contract. Null gives "". */
  public String normalize(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length());
    boolean pendingSpace = false;
    int n = raw.length();
    int i = 0;
    while (i < n) {
      char c = raw.charAt(i);
      int cp = c;
      int next = i + 1;
      if (c == '<') {
        int tagEnd = HtmlMarkup.tagEnd(raw, i);
        if (tagEnd > 0) {
          pendingSpace |= HtmlMarkup.separatesText(raw, i);
          i = tagEnd;
          continue;
        }
      } else if (c == '&') {
        long entity = HtmlMarkup.entityAt(raw, i);
        if (entity != HtmlMarkup.NO_ENTITY) {
          cp = (int) entity;
          next = i + (int) (entity >>> 32);
        }
      }
      i = next;
      if (isSpace(cp)) {
        pendingSpace = true;
      } else if (!isInvisible(cp)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        appendMapped(out, cp);
      }
    }
    return out.toString();
  }

  /**
   * Replaces each emoji (with its modifiers, see {@link #isEmoji}) by {@code replacement}, e.g.
   * {@code replaceEmoji("好评👍🏻", " " + EMOJI_TOKEN + " ")}. Null gives "".
   */
  public static String replaceEmoji(String text, String replacement) {
    return text == null ? "" : Emoji.replace(text, replacement);
  }

  /** Whether the code point is an emoji: pictographs, emoticons, dingbats, flags' letters. */
  public static boolean isEmoji(int codePoint) {
    return Emoji.isEmoji(codePoint);
  }

  private static void appendMapped(StringBuilder out, int cp) {
    if (cp >= FULL_WIDTH_FIRST && cp <= FULL_WIDTH_LAST) {
      cp -= FULL_WIDTH_OFFSET;
    }
    if (cp >= 'A' && cp <= 'Z') {
      cp += 'a' - 'A';
    }
    if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
      out.append((char) cp);
    } else {
      out.appendCodePoint(cp);
    }
  }

  private static boolean isSpace(int cp) {
    return cp == ' '
        || cp == 0x3000
        || cp == 0xA0
        || cp == 0x2007
        || cp == 0x202F
        || Character.isWhitespace(cp);
  }

  // Control characters, and format characters that render as nothing but split words.
  private static boolean isInvisible(int cp) {
    return Character.isISOControl(cp)
        || cp == 0x200B
        || cp == 0x200C
        || cp == 0x200E
        || cp == 0x200F
        || cp == 0x2060
        || cp == 0xFEFF
        || cp == 0xAD;
  }
}
