package io.kefu.core.event.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kefu.core.event.ChatEventFields;
import java.util.List;

/**
 * Turns a row of the CSV export format (a header naming CONTRACT §2 fields, then one event per row)
 * into the JSON object {@link io.kefu.core.event.ChatEventParser} validates, so both raw formats
 * share one validation. An empty cell is null; a {@code rating} made of digits becomes a number
 * (CSV has no types), anything else stays text and is rejected as the wrong type.
 */
public final class ExportRowMapper {

  private final List<String> header;

  /**
   * @throws IllegalArgumentException when the header lacks the fields every event has
   */
  public ExportRowMapper(List<String> header) {
    this.header = header.stream().map(String::strip).toList();
    for (String required :
        List.of(ChatEventFields.EVENT_ID, ChatEventFields.TYPE, ChatEventFields.TS)) {
      if (!this.header.contains(required)) {
        throw new IllegalArgumentException(
            "CSV export header lacks '" + required + "'; found " + this.header);
      }
    }
  }

  /** The row as a JSON object; cells beyond the header are ignored, missing cells are null. */
  public ObjectNode toJson(List<String> row) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i);
      String cell = i < row.size() ? row.get(i) : "";
      if (cell.isEmpty()) {
        node.putNull(name);
      } else if (name.equals(ChatEventFields.RATING) && cell.strip().matches("-?\\d{1,9}")) {
        node.put(name, Integer.parseInt(cell.strip()));
      } else {
        node.put(name, cell);
      }
    }
    return node;
  }
}
