package io.kefu.samples.text;

import io.kefu.core.event.Channel;
import java.util.SplittableRandom;

/**
 * HTML left in message texts by the web widget and the agent console: {@code <p>} wrappers, {@code
 * <br>} for line breaks, {@code &nbsp;}, pasted screenshots as {@code <img>}. Tags are only put
 * between words, never inside one, so keyword rules still see the words once tags are removed.
 */
final class InjectedMarkup {

  private InjectedMarkup() {}

  static void customer(Utterance u, Channel channel, SplittableRandom r) {
    int percent = channel == Channel.WEB ? 16 : 3;
    if (r.nextInt(100) >= percent) {
      return;
    }
    switch (r.nextInt(5)) {
      case 0, 1 -> u.plain((r.nextBoolean() ? "<br>" : "") + image(r));
      case 2 -> breaks(u, r);
      case 3 -> u.mapFirstPlain(s -> s.replaceFirst("([，,])", "$1&nbsp;"));
      default -> wrap(u, "<p>", "</p>");
    }
  }

  static void agent(Utterance u, Channel channel, SplittableRandom r) {
    int percent = channel == Channel.WEB ? 22 : 5;
    if (r.nextInt(100) >= percent) {
      return;
    }
    switch (r.nextInt(5)) {
      case 0 -> breaks(u, r);
      case 1 -> u.mapFirstPlain(s -> s.replaceFirst("([，,])", "$1&nbsp;"));
      case 2 -> wrap(u, "<span style=\"color:#ff4400\">", "</span>");
      default -> wrap(u, "<p>", "</p>");
    }
  }

  private static void breaks(Utterance u, SplittableRandom r) {
    String br =
        switch (r.nextInt(3)) {
          case 0 -> "<br/>";
          case 1 -> "<br />";
          default -> "<br>";
        };
    if (u.text().indexOf('\n') >= 0) {
      u.mapPlain(s -> s.replace("\n", br));
    } else {
      u.mapFirstPlain(s -> s.replaceFirst("([，,。])", "$1" + br));
    }
  }

  private static void wrap(Utterance u, String open, String close) {
    u.prepend(open);
    u.plain(close);
  }

  private static String image(SplittableRandom r) {
    StringBuilder name = new StringBuilder("O1CN01");
    for (int i = 0; i < 14; i++) {
      char base = r.nextBoolean() ? 'a' : 'A';
      name.append((char) (base + r.nextInt(26)));
    }
    String host =
        r.nextBoolean()
            ? "img.alicdn.com/imgextra/i" + (1 + r.nextInt(4))
            : "img.kefu-cdn.com/upload";
    return "<img src=\"https://" + host + "/" + name + ".jpg\">";
  }
}
