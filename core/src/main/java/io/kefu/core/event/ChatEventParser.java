package io.kefu.core.event;

import static io.kefu.core.event.ChatEventFields.AGENT_ID;
import static io.kefu.core.event.ChatEventFields.CHANNEL;
import static io.kefu.core.event.ChatEventFields.CUSTOMER_ID;
import static io.kefu.core.event.ChatEventFields.END_REASON;
import static io.kefu.core.event.ChatEventFields.EVENT_ID;
import static io.kefu.core.event.ChatEventFields.RATING;
import static io.kefu.core.event.ChatEventFields.ROLE;
import static io.kefu.core.event.ChatEventFields.SESSION_ID;
import static io.kefu.core.event.ChatEventFields.TEXT;
import static io.kefu.core.event.ChatEventFields.TS;
import static io.kefu.core.event.ChatEventFields.TYPE;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Validates untrusted records against CONTRACT §2. Never throws on bad input: every problem becomes
 * a {@link Rejection}, so callers can quarantine the record with its reasons. Thread-safe.
 *
 * <p>Unknown fields are ignored (producers may add fields); a field that belongs to another event
 * type is ignored too, as long as the fields of the record's own type are valid.
 */
public final class ChatEventParser {

  // A line is exactly one JSON value: "{…}{…}" or "{…} more" is malformed, not its first object.
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Parses one JSON line: exactly one JSON object, whitespace allowed around it. */
  public ParsedEvent parse(String line) {
    JsonNode root;
    try {
      root = line == null ? null : MAPPER.readTree(line);
    } catch (JacksonException e) {
      return malformed("not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      return malformed("not a JSON object");
    }
    return parse(root);
  }

  /** Validates an already parsed JSON object. */
  public ParsedEvent parse(JsonNode root) {
    return new Validation(root).run();
  }

  private static ParsedEvent malformed(String detail) {
    return new ParsedEvent.Invalid(
        null, List.of(new Rejection(InvalidReason.MALFORMED_JSON, null, detail)));
  }

  /** Collects every rejection of one record. */
  private static final class Validation {
    private final JsonNode root;
    private final List<Rejection> rejections = new ArrayList<>();

    Validation(JsonNode root) {
      this.root = root;
    }

    ParsedEvent run() {
      String eventId = requiredString(EVENT_ID);
      EventType type = requiredEnum(TYPE, EventType::fromWire, EventType.class);
      String sessionId = requiredString(SESSION_ID);
      String customerId = requiredString(CUSTOMER_ID);
      String agentId = optionalString(AGENT_ID);
      Channel channel = requiredEnum(CHANNEL, Channel::fromWire, Channel.class);
      OffsetDateTime ts = timestamp();
      Role role = null;
      String text = null;
      EndReason endReason = null;
      Integer rating = null;
      if (type == EventType.MESSAGE) {
        role = requiredEnum(ROLE, Role::fromWire, Role.class);
        text = requiredText();
      } else if (type == EventType.SESSION_END) {
        endReason = requiredEnum(END_REASON, EndReason::fromWire, EndReason.class);
      } else if (type == EventType.CSAT) {
        rating = rating();
      }
      if (!rejections.isEmpty()) {
        return new ParsedEvent.Invalid(eventId, rejections);
      }
      return new ParsedEvent.Valid(
          new ChatEvent(
              eventId,
              type,
              sessionId,
              customerId,
              agentId,
              channel,
              ts,
              role,
              text,
              endReason,
              rating));
    }

    private JsonNode present(String field) {
      JsonNode node = root.get(field);
      if (node == null || node.isNull()) {
        reject(InvalidReason.MISSING_FIELD, field, field + " is required");
        return null;
      }
      return node;
    }

    private String requiredString(String field) {
      JsonNode node = present(field);
      if (node == null) {
        return null;
      }
      if (!node.isTextual()) {
        reject(InvalidReason.WRONG_TYPE, field, field + " must be a string, not " + kind(node));
        return null;
      }
      if (node.asText().isBlank()) {
        reject(InvalidReason.BAD_VALUE, field, field + " must not be empty");
        return null;
      }
      return node.asText();
    }

    private String optionalString(String field) {
      JsonNode node = root.get(field);
      if (node == null || node.isNull()) {
        return null;
      }
      if (!node.isTextual()) {
        reject(InvalidReason.WRONG_TYPE, field, field + " must be a string or null");
        return null;
      }
      return node.asText().isBlank() ? null : node.asText();
    }

    private String requiredText() {
      JsonNode node = present(TEXT);
      if (node == null) {
        return null;
      }
      if (!node.isTextual()) {
        reject(InvalidReason.WRONG_TYPE, TEXT, "text must be a string, not " + kind(node));
        return null;
      }
      return node.asText();
    }

    private <E extends Enum<E> & WireEnum> E requiredEnum(
        String field, Function<String, E> lookup, Class<E> type) {
      String name = requiredString(field);
      if (name == null) {
        return null;
      }
      E value = lookup.apply(name);
      if (value == null) {
        reject(
            InvalidReason.BAD_VALUE,
            field,
            field + " must be one of " + WireEnum.accepted(type) + ", not '" + clip(name) + "'");
      }
      return value;
    }

    private OffsetDateTime timestamp() {
      JsonNode node = present(TS);
      if (node == null) {
        return null;
      }
      if (!node.isTextual()) {
        reject(InvalidReason.WRONG_TYPE, TS, "ts must be an ISO-8601 string, not " + kind(node));
        return null;
      }
      try {
        return EventTimestamps.parse(node.asText());
      } catch (DateTimeParseException e) {
        reject(
            InvalidReason.BAD_TIMESTAMP,
            TS,
            "ts must be ISO-8601 with an offset, not '" + clip(node.asText()) + "'");
        return null;
      }
    }

    private Integer rating() {
      JsonNode node = present(RATING);
      if (node == null) {
        return null;
      }
      if (!node.isIntegralNumber() && !(node.isNumber() && node.asDouble() == node.asInt())) {
        reject(InvalidReason.WRONG_TYPE, RATING, "rating must be an integer, not " + kind(node));
        return null;
      }
      int value = node.asInt();
      if (value < ChatEvent.MIN_RATING || value > ChatEvent.MAX_RATING) {
        reject(InvalidReason.BAD_VALUE, RATING, "rating must be 1-5, not " + value);
        return null;
      }
      return value;
    }

    private void reject(InvalidReason reason, String field, String detail) {
      rejections.add(new Rejection(reason, field, detail));
    }

    private static String kind(JsonNode node) {
      return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    // Values are echoed only for enums and timestamps, which carry no personal data, and clipped.
    private static String clip(String value) {
      return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
  }
}
