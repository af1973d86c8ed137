package io.kefu.core.event.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.ParsedEvent;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

  private static List<CsvRecordReader.CsvRecord> readAll(String csv) throws IOException {
    List<CsvRecordReader.CsvRecord> records = new ArrayList<>();
    try (CsvRecordReader reader = new CsvRecordReader(new StringReader(csv))) {
      CsvRecordReader.CsvRecord record;
      while ((record = reader.next()) != null) {
        records.add(record);
      }
    }
    return records;
  }

  @Test
  void bomIsSkippedAndCrlfEndsRecords() throws IOException {
    List<CsvRecordReader.CsvRecord> records = readAll("\uFEFFa,b\r\n1,2\r\n");

    assertThat(records)
        .extracting(CsvRecordReader.CsvRecord::fields)
        .containsExactly(List.of("a", "b"), List.of("1", "2"));
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaksAndLineNumbersFollowPhysicalLines()
      throws IOException {
    List<CsvRecordReader.CsvRecord> records =
        readAll("h1,h2\n\"你好，\"\"亲\"\"\r\n第二行\",x\nlast,\"\"\n");

    assertThat(records.get(1).fields()).containsExactly("你好，\"亲\"\r\n第二行", "x");
    assertThat(records.get(1).line()).isEqualTo(2);
    assertThat(records.get(2).line()).isEqualTo(4);
    assertThat(records.get(2).fields()).containsExactly("last", "");
  }

  @Test
  void aLastRecordWithoutLineBreakIsRead() throws IOException {
    assertThat(readAll("a,b\n1,2")).hasSize(2);
  }

  @Test
  void anUnterminatedQuoteIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> readAll("a\n\"open\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void exportRowsAreValidatedLikeJsonLines() throws IOException {
    List<CsvRecordReader.CsvRecord> records =
        readAll(
            "event_id,type,session_id,customer_id,agent_id,channel,ts,role,text,end_reason,rating\r\n"
                + "e1,csat,s1,c1,,web,2026-11-01T10:00:00+08:00,,,,5\r\n"
                + "e2,csat,s1,c1,,web,2026-11-01T10:00:00+08:00,,,,five\r\n");
    ExportRowMapper mapper = new ExportRowMapper(records.get(0).fields());
    ChatEventParser parser = new ChatEventParser();

    ParsedEvent first = parser.parse(mapper.toJson(records.get(1).fields()));
    ParsedEvent second = parser.parse(mapper.toJson(records.get(2).fields()));

    assertThat(first).isInstanceOf(ParsedEvent.Valid.class);
    assertThat(((ParsedEvent.Valid) first).event().agentId()).isNull();
    assertThat(((ParsedEvent.Invalid) second).primaryReason().wireName()).isEqualTo("wrong_type");
  }

  @Test
  void aHeaderWithoutTheEventFieldsIsRefused() {
    assertThatThrownBy(() -> new ExportRowMapper(List.of("id", "message")))
        .hasMessageContaining("event_id");
  }
}
