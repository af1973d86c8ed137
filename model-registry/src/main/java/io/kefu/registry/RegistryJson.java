package io.kefu.registry;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The JSON mappers of the registry: indented for files people read, compact for JSON lines. */
public final class RegistryJson {

  /** Reads everything; unknown fields are ignored so older code reads newer metadata. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  /** Indented output for metadata.json, aliases.json and tags.json. */
  public static final ObjectWriter FILES = MAPPER.writerWithDefaultPrettyPrinter();

  private RegistryJson() {}

  /** One compact JSON line (audit log, events, HTTP bodies). */
  public static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not serialisable as JSON: " + value, e);
    }
  }
}
