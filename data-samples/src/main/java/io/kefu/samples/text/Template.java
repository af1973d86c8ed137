package io.kefu.samples.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A compiled phrase template. Syntax: {@code {a|b|c}} picks one alternative uniformly (an empty
 * alternative is allowed, alternatives nest), {@code {$name}} inserts a slot value, {@code \n} is a
 * line break, everything else is literal. Immutable and thread-safe.
 */
public final class Template {

  private sealed interface Node permits Literal, Choice, Slot {}

  private record Literal(String text) implements Node {}

  private record Choice(List<List<Node>> options) implements Node {}

  private record Slot(String name) implements Node {}

  private final String source;
  private final List<Node> nodes;

  private Template(String source, List<Node> nodes) {
    this.source = source;
    this.nodes = nodes;
  }

  /**
   * Compiles a template.
   *
   * @throws IllegalArgumentException on unbalanced braces, naming the template
   */
  public static Template parse(String source) {
    Parser p = new Parser(source);
    List<Node> nodes = p.sequence();
    if (p.pos != source.length()) {
      throw new IllegalArgumentException("unexpected '" + source.charAt(p.pos) + "' in: " + source);
    }
    return new Template(source, nodes);
  }

  /** Renders one variant into {@code out}. */
  public void render(SlotSource slots, SplittableRandom r, Utterance out) {
    render(nodes, slots, r, out);
  }

  /** Renders one variant into a fresh utterance. */
  public Utterance render(SlotSource slots, SplittableRandom r) {
    Utterance out = new Utterance();
    render(slots, r, out);
    return out;
  }

  /**
   * Picks a template not in {@code used} when a few tries find one (else any), and marks it used;
   * keeps one session from repeating itself word for word.
   */
  public static Template pickFresh(List<Template> options, Set<Template> used, SplittableRandom r) {
    Template t = options.get(r.nextInt(options.size()));
    for (int tries = 0; tries < 4 && used.contains(t); tries++) {
      t = options.get(r.nextInt(options.size()));
    }
    used.add(t);
    return t;
  }

  /** Visits the name of every slot the template can use. */
  public void forEachSlot(Consumer<String> visitor) {
    visitSlots(nodes, visitor);
  }

  /** The template text as written. */
  public String source() {
    return source;
  }

  private static void render(
      List<Node> nodes, SlotSource slots, SplittableRandom r, Utterance out) {
    for (Node node : nodes) {
      if (node instanceof Literal l) {
        out.plain(l.text());
      } else if (node instanceof Choice c) {
        render(c.options().get(r.nextInt(c.options().size())), slots, r, out);
      } else if (node instanceof Slot s) {
        slots.fill(s.name(), r, out);
      }
    }
  }

  private static void visitSlots(List<Node> nodes, Consumer<String> visitor) {
    for (Node node : nodes) {
      if (node instanceof Choice c) {
        c.options().forEach(option -> visitSlots(option, visitor));
      } else if (node instanceof Slot s) {
        visitor.accept(s.name());
      }
    }
  }

  @Override
  public String toString() {
    return source;
  }

  private static final class Parser {
    private final String src;
    private int pos;

    Parser(String src) {
      this.src = src;
    }

    List<Node> sequence() {
      List<Node> nodes = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      while (pos < src.length()) {
        char c = src.charAt(pos);
        if (c == '|' || c == '}') {
          // Closes an alternative; at the top level parse() reports it as unexpected.
          break;
        }
        if (c == '{') {
          flush(literal, nodes);
          pos++;
          nodes.add(src.startsWith("$", pos) ? slot() : choice());
        } else if (c == '\\' && src.startsWith("n", pos + 1)) {
          literal.append('\n');
          pos += 2;
        } else {
          literal.append(c);
          pos++;
        }
      }
      flush(literal, nodes);
      return nodes;
    }

    private Node slot() {
      int end = src.indexOf('}', pos);
      if (end < 0) {
        throw new IllegalArgumentException("unclosed slot in: " + src);
      }
      String name = src.substring(pos + 1, end);
      pos = end + 1;
      return new Slot(name);
    }

    private Node choice() {
      List<List<Node>> options = new ArrayList<>();
      while (true) {
        options.add(sequence());
        if (pos >= src.length()) {
          throw new IllegalArgumentException("unclosed '{' in: " + src);
        }
        char c = src.charAt(pos++);
        if (c == '}') {
          return new Choice(options);
        }
      }
    }

    private static void flush(StringBuilder literal, List<Node> nodes) {
      if (!literal.isEmpty()) {
        nodes.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
    }
  }
}
