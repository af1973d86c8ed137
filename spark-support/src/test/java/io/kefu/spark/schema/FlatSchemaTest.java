package io.kefu.spark.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class FlatSchemaTest {

  private static final StructType HEAD =
      new StructType().add("kind", StringType, false).add("ended", BooleanType);
  private static final StructType SESSION =
      new StructType().add("session_id", StringType, false).add("score", IntegerType, false);
  private static final StructType VIOLATION =
      new StructType().add("session_id", StringType, false).add("rule_id", StringType, false);

  private final FlatSchema flat = new FlatSchema(HEAD, SESSION, VIOLATION);

  @Test
  void theHeadComesFirstThenEachColumnOnceAllNullable() {
    StructType schema = flat.schema();

    assertThat(schema.fieldNames())
        .containsExactly("kind", "ended", "session_id", "score", "rule_id");
    assertThat(schema.apply("kind").nullable()).isFalse();
    assertThat(Arrays.stream(schema.fields()).skip(1).allMatch(StructField::nullable)).isTrue();
  }

  @Test
  void aRowHoldsItsDatasetsValuesUnderTheirColumnsAndNullElsewhere() {
    Row row = flat.row(new Object[] {"violation", null}, VIOLATION, new Object[] {"s1", "r1"});

    assertThat(row.length()).isEqualTo(5);
    assertThat(row.getString(0)).isEqualTo("violation");
    assertThat(row.getString(2)).isEqualTo("s1");
    assertThat(row.isNullAt(3)).isTrue();
    assertThat(row.getString(4)).isEqualTo("r1");
  }

  @Test
  void aColumnWithTwoTypesIsRefused() {
    StructType other = new StructType().add("score", LongType);

    assertThatThrownBy(() -> new FlatSchema(HEAD, SESSION, other))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("score");
  }

  @Test
  void aRowWithTheWrongHeadIsRefused() {
    assertThatThrownBy(() -> flat.row(new Object[] {"session"}, SESSION, new Object[] {"s1", 1}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theProjectionSelectsTheDatasetsColumnsInOrder() {
    assertThat(Arrays.stream(FlatSchema.columnsOf(SESSION)).map(Object::toString))
        .containsExactly("session_id", "score");
  }
}
