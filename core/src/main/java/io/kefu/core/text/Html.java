package io.kefu.core.text;

/**
 * Writing text into HTML pages (evaluation reports, FAQ pages, dashboards). The reverse, reading
 * markup out of chat text, is {@link TextNormalizer}'s.
 */
public final class Html {

  private Html() {}

  /**
   * Escapes text for HTML element content and double-quoted attribute values: {@code & < > "}.
   *
   * @param text the text, not null
   */
  public static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
