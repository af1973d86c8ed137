package io.kefu.spark.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.event.Channel;
import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EndReason;
import io.kefu.core.event.EventType;
import io.kefu.core.event.Role;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class EventColumnsTest {

  private static final StructType RECORD =
      EventColumns.appendTo(new StructType().add("valid", BooleanType, false), false)
          .add("reason", StringType);

  private static final ChatEvent END =
      new ChatEvent(
          "e9",
          EventType.SESSION_END,
          "s1",
          "c1",
          "a1",
          Channel.WECHAT,
          OffsetDateTime.parse("2026-11-01T10:00:00+08:00"),
          null,
          null,
          EndReason.RESOLVED,
          5);

  private static final ChatEvent MESSAGE =
      new ChatEvent(
          "e1",
          EventType.MESSAGE,
          "s1",
          "c1",
          null,
          Channel.APP,
          OffsetDateTime.parse("2026-11-01T09:59:00+08:00"),
          Role.CUSTOMER,
          "在吗",
          null,
          null);

  @Test
  void theColumnsAreTheFieldsOfChatEventInItsOrderInSnakeCase() {
    List<String> fields =
        Arrays.stream(ChatEvent.class.getRecordComponents())
            .map(c -> c.getName().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT))
            .toList();

    assertThat(EventColumns.NAMES).isEqualTo(fields);
  }

  @Test
  void theColumnsFollowTheLeadingOnes() {
    assertThat(EventColumns.offsetIn(RECORD)).isEqualTo(1);
    assertThat(RECORD.fieldNames())
        .hasSize(EventColumns.COUNT + 2)
        .startsWith("valid", "event_id")
        .endsWith("rating", "reason");
  }

  @Test
  void validatedColumnsAreNonNullableExactlyWhereEveryEventHasAValue() {
    StructType message = EventColumns.appendTo(new StructType(), true);

    assertThat(Arrays.stream(message.fields()).filter(StructField::nullable).map(StructField::name))
        .containsExactly("agent_id", "role", "text", "end_reason", "rating");
    assertThat(Arrays.stream(RECORD.fields()).skip(1).allMatch(StructField::nullable)).isTrue();
  }

  @Test
  void eventsSurviveTheRoundTripAsTheSameInstantInUtc() {
    for (ChatEvent e : new ChatEvent[] {END, MESSAGE}) {
      Row row =
          RowFactory.create(
              EventColumns.around(new Object[] {true}, EventColumns.of(e, e.text()), "x"));

      ChatEvent back = EventColumns.event(row, 1);

      assertThat(back.ts().toInstant()).isEqualTo(e.ts().toInstant());
      assertThat(back.ts().getOffset()).isEqualTo(ZoneOffset.UTC);
      assertThat(back).usingRecursiveComparison().ignoringFields("ts").isEqualTo(e);
    }
  }

  @Test
  void rowsWithASchemaReadTheSameAsRowsWithout() {
    Object[] values = EventColumns.around(new Object[] {true}, EventColumns.of(END, null), "x");

    ChatEvent back = EventColumns.event(new GenericRowWithSchema(values, RECORD), 1);

    assertThat(back.rating()).isEqualTo(5);
    assertThat(back.endReason()).isEqualTo(EndReason.RESOLVED);
  }

  @Test
  void aRowWithoutAnEventKeepsOnlyItsId() {
    assertThat(EventColumns.none("e7")).hasSize(EventColumns.COUNT).startsWith("e7");
    assertThat(Arrays.stream(EventColumns.none("e7")).skip(1)).containsOnlyNulls();
  }

  @Test
  void aSchemaWithoutTheColumnsInOrderIsRefused() {
    StructType shuffled =
        new StructType().add("event_id", StringType).add("session_id", StringType);

    assertThatThrownBy(() -> EventColumns.offsetIn(shuffled))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("event columns");
  }
}
