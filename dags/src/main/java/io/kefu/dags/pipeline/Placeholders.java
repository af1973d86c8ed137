package io.kefu.dags.pipeline;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} placeholders of a step's command; an unknown one is an error, not text. */
public final class Placeholders {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  private Placeholders() {}

  public static String fill(String command, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(command);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalArgumentException(
            "no value for {"
                + m.group(1)
                + "} in: "
                + command
                + " (known: "
                + values.keySet()
                + ")");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(quote(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  // A value goes into a shell command line: quoted unless it is plainly safe.
  private static String quote(String value) {
    if (value.matches("[A-Za-z0-9_./:=@,+-]+")) {
      return value;
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
