package io.kefu.samples.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.core.event.ChatEventFields;
import io.kefu.core.event.InvalidReason;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes a broken copy of a valid raw line that breaks exactly one thing, so that {@link
 * io.kefu.core.event.ChatEventParser} reports the intended reason first (fields are checked in
 * order event_id, type, session_id, customer_id, agent_id, channel, ts, then the type's own
 * fields). The copy gets a fresh event id ({@code <id>-c<n>}) so it never collides with the
 * original. Thread-safe.
 */
final class CorruptLineFactory {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] BAD_CHANNELS = {"fax", "phone", "douyin", "email", "APP "};
  private static final String[] BAD_TYPES = {"chat", "msg", "session_begin", "MESSAGE", "rating"};

  /** The corrupt copy of {@code line} with id suffix {@code -c<serial>}. */
  String corrupt(String line, InvalidReason reason, long serial, SplittableRandom r) {
    ObjectNode node;
    try {
      node = (ObjectNode) MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("generator wrote invalid JSON: " + line, e);
    }
    node.put(ChatEventFields.EVENT_ID, node.get(ChatEventFields.EVENT_ID).asText() + "-c" + serial);
    return switch (reason) {
      case MALFORMED_JSON -> malformed(write(node), r);
      case MISSING_FIELD -> write(missing(node, r));
      case BAD_TIMESTAMP -> write(badTimestamp(node, r));
      case WRONG_TYPE -> write(wrongType(node, r));
      case BAD_VALUE -> write(badValue(node, r));
    };
  }

  private static String malformed(String json, SplittableRandom r) {
    int afterId = json.indexOf(",\"type\"");
    return switch (r.nextInt(4)) {
      case 0 -> json.substring(0, afterId + 1 + r.nextInt(json.length() - afterId - 2));
      case 1 -> json.substring(0, json.length() - 1);
      case 2 -> json.replaceFirst("\"type\":", "\"type\"=");
      default -> json.replaceFirst(",\"session_id\"", ",session_id");
    };
  }

  private static ObjectNode missing(ObjectNode node, SplittableRandom r) {
    String field =
        pick(r, ChatEventFields.SESSION_ID, ChatEventFields.CUSTOMER_ID, ChatEventFields.CHANNEL);
    if (r.nextInt(4) == 0) {
      node.putNull(field);
    } else {
      node.remove(field);
    }
    return node;
  }

  private static ObjectNode badTimestamp(ObjectNode node, SplittableRandom r) {
    String ts = node.get(ChatEventFields.TS).asText();
    String local = ts.substring(0, 19);
    String bad =
        switch (r.nextInt(5)) {
          case 0 -> "2026-13-45T25:61:00+08:00";
          case 1 -> pick(r, "昨天下午3点", "刚刚", "今天 14:22");
          case 2 -> local;
          case 3 -> local.replace('-', '/').replace('T', ' ') + "+08:00";
          default ->
              local.substring(8, 10) + "-" + local.substring(5, 7) + "-" + local.substring(0, 4);
        };
    node.put(ChatEventFields.TS, bad);
    return node;
  }

  private static ObjectNode wrongType(ObjectNode node, SplittableRandom r) {
    List<Runnable> options = new ArrayList<>();
    options.add(() -> node.put(ChatEventFields.TS, 1_762_000_000_000L + r.nextInt(1_000_000_000)));
    if (node.has(ChatEventFields.RATING)) {
      options.add(
          () -> node.put(ChatEventFields.RATING, node.get(ChatEventFields.RATING).asText()));
    }
    if (node.has(ChatEventFields.TEXT)) {
      options.add(() -> node.put(ChatEventFields.TEXT, 10_000 + r.nextInt(90_000)));
    }
    if (!node.get(ChatEventFields.AGENT_ID).isNull()) {
      options.add(() -> node.put(ChatEventFields.AGENT_ID, 1 + r.nextInt(40)));
    }
    options.get(r.nextInt(options.size())).run();
    return node;
  }

  private static ObjectNode badValue(ObjectNode node, SplittableRandom r) {
    List<Runnable> options = new ArrayList<>();
    options.add(() -> node.put(ChatEventFields.CHANNEL, pick(r, BAD_CHANNELS)));
    options.add(() -> node.put(ChatEventFields.TYPE, pick(r, BAD_TYPES)));
    if (node.has(ChatEventFields.RATING)) {
      options.add(() -> node.put(ChatEventFields.RATING, pick(r, 0, 6, 9, -1)));
    }
    if (node.has(ChatEventFields.ROLE)) {
      options.add(() -> node.put(ChatEventFields.ROLE, pick(r, "robot", "system", "staff")));
    }
    if (node.has(ChatEventFields.END_REASON)) {
      options.add(() -> node.put(ChatEventFields.END_REASON, pick(r, "closed", "finished")));
    }
    options.get(r.nextInt(options.size())).run();
    return node;
  }

  private static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SafeVarargs
  private static <T> T pick(SplittableRandom r, T... values) {
    return values[r.nextInt(values.length)];
  }
}
