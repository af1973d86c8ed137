package io.kefu.dashboards.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlValuesTest {

  @Test
  void aLiteralCannotBeEndedByItsValue() {
    assertThat(SqlValues.literal("a'b")).isEqualTo("'a\\'b'");
    assertThat(SqlValues.literal("a\\'; DROP TABLE x; --"))
        .isEqualTo("'a\\\\\\'; DROP TABLE x; --'");
    assertThat(SqlValues.literal("x\u0000y\nz")).isEqualTo("'x\\0y\\nz'");
  }

  @Test
  void identifiersAcceptIdsAndChineseButNotSql() {
    assertThat(SqlValues.identifier(Map.of("agent_id", " agent_007 "), "agent_id"))
        .isEqualTo("'agent_007'");
    assertThat(SqlValues.identifier(Map.of("intent", "物流查询"), "intent")).isEqualTo("'物流查询'");
    assertThat(SqlValues.identifier(Map.of(), "intent")).isNull();
    assertThatThrownBy(() -> SqlValues.identifier(Map.of("agent_id", "a' OR 1=1"), "agent_id"))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("agent_id");
  }

  @Test
  void daysAndIntegersAreParsedBeforeTheyReachSql() {
    assertThat(SqlValues.day(Map.of("day", "2026-11-21"), "day"))
        .isEqualTo(LocalDate.of(2026, 11, 21));
    assertThatThrownBy(() -> SqlValues.day(Map.of("day", "2026-11-21' OR '1"), "day"))
        .isInstanceOf(BadRequestException.class);
    assertThat(SqlValues.integer(Map.of("limit", "20"), "limit", 1, 500, 50)).isEqualTo(20);
    assertThat(SqlValues.integer(Map.of(), "limit", 1, 500, 50)).isEqualTo(50);
    assertThatThrownBy(() -> SqlValues.integer(Map.of("limit", "5000"), "limit", 1, 500, 50))
        .hasMessageContaining("between 1 and 500");
    assertThatThrownBy(() -> SqlValues.integer(Map.of("limit", "1 OR 1"), "limit", 1, 500, 50))
        .isInstanceOf(BadRequestException.class);
    assertThat(SqlValues.yesNo(Map.of("reviewed", "no"), "reviewed")).isFalse();
    assertThatThrownBy(() -> SqlValues.yesNo(Map.of("reviewed", "maybe"), "reviewed"))
        .isInstanceOf(BadRequestException.class);
  }

  @Test
  void sessionIdsAreBoundedIdentifiers() {
    assertThat(SqlValues.sessionId("sess-2026:11.7")).isEqualTo("'sess-2026:11.7'");
    assertThatThrownBy(() -> SqlValues.sessionId("s1' OR '1"))
        .isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> SqlValues.sessionId("s".repeat(201)))
        .isInstanceOf(BadRequestException.class);
  }
}
