package io.kefu.dashboards.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvExportTest {

  @Test
  void startsWithABomAndQuotesWhatNeedsIt() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", "s1");
    row.put("text", "退款,还没到 \"急\"\n第二行");
    row.put("rating", null);
    String csv = CsvExport.write(List.of("id", "text", "rating"), List.of(row));
    assertThat(csv).isEqualTo("\uFEFFid,text,rating\r\ns1,\"退款,还没到 \"\"急\"\"\n第二行\",\r\n");
  }

  @Test
  void aCellThatLooksLikeAFormulaIsWrittenAsText() {
    assertThat(CsvExport.cell("=HYPERLINK(\"http://x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(CsvExport.cell("+86 138")).isEqualTo("'+86 138");
    assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvExport.cell(-3)).isEqualTo("-3");
  }
}
