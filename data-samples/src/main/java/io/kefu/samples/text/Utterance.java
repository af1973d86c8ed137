package io.kefu.samples.text;

import io.kefu.samples.pii.GeneratedPiiKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A message text under construction: plain runs and personal-data runs kept apart, so that noise
 * (typos, full-width characters, HTML) only touches plain text and every planted value can be
 * reported exactly as it appears. Not thread-safe.
 */
public final class Utterance {

  /** A run of text; {@code pii} is null for plain text. */
  public record Segment(String text, GeneratedPiiKind pii) {}

  private final List<Segment> segments = new ArrayList<>(4);

  /** Appends plain text, merging with a plain run before it. */
  public Utterance plain(String text) {
    if (text.isEmpty()) {
      return this;
    }
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).pii() == null) {
      segments.set(last, new Segment(segments.get(last).text() + text, null));
    } else {
      segments.add(new Segment(text, null));
    }
    return this;
  }

  /** Appends a personal-data value as written. */
  public Utterance pii(GeneratedPiiKind type, String written) {
    segments.add(new Segment(written, type));
    return this;
  }

  /** Appends another utterance's runs. */
  public Utterance append(Utterance other) {
    for (Segment s : other.segments) {
      if (s.pii() == null) {
        plain(s.text());
      } else {
        segments.add(s);
      }
    }
    return this;
  }

  /** Puts plain text in front. */
  public Utterance prepend(String text) {
    if (!text.isEmpty()) {
      if (!segments.isEmpty() && segments.get(0).pii() == null) {
        segments.set(0, new Segment(text + segments.get(0).text(), null));
      } else {
        segments.add(0, new Segment(text, null));
      }
    }
    return this;
  }

  /** Rewrites every plain run. */
  public void mapPlain(UnaryOperator<String> f) {
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (s.pii() == null) {
        segments.set(i, new Segment(f.apply(s.text()), null));
      }
    }
  }

  /**
   * Rewrites the first plain run for which {@code f} returns a different string.
   *
   * @return whether a run changed
   */
  public boolean mapFirstPlain(UnaryOperator<String> f) {
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      if (s.pii() == null) {
        String changed = f.apply(s.text());
        if (!changed.equals(s.text())) {
          segments.set(i, new Segment(changed, null));
          return true;
        }
      }
    }
    return false;
  }

  /** Rewrites the last run when it is plain text; a trailing personal-data run is left alone. */
  public void mapLastPlain(UnaryOperator<String> f) {
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).pii() == null) {
      segments.set(last, new Segment(f.apply(segments.get(last).text()), null));
    }
  }

  public List<Segment> segments() {
    return segments;
  }

  public boolean isEmpty() {
    return text().isBlank();
  }

  public String text() {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments) {
      out.append(s.text());
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text();
  }
}
