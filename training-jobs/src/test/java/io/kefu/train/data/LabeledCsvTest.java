package io.kefu.train.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabeledCsvTest {

  private static LabeledCsv.Contents read(String csv) throws IOException {
    return LabeledCsv.read(new StringReader(csv), "labels.csv");
  }

  @Test
  void readsTextAndLabelColumns() throws IOException {
    LabeledCsv.Contents c = read("text,label\n我要退款,refund\n快递到哪了,shipping\n");

    assertThat(c.examples())
        .containsExactly(new LabeledText("我要退款", "refund"), new LabeledText("快递到哪了", "shipping"));
    assertThat(c.rejected()).isEmpty();
  }

  @Test
  void readsWaimaiStyleLabelThenReviewWithQuotedCommas() throws IOException {
    LabeledCsv.Contents c =
        read("\uFEFFlabel,review\n1,很快，好吃，味道足\n0,\"送餐慢, 菜都凉了\"\r\n1,\"说 \"\"不错\"\"\"\n");

    assertThat(c.examples())
        .containsExactly(
            new LabeledText("很快，好吃，味道足", "1"),
            new LabeledText("送餐慢, 菜都凉了", "0"),
            new LabeledText("说 \"不错\"", "1"));
  }

  @Test
  void columnsAreFoundInAnyOrderAndCase() throws IOException {
    LabeledCsv.Contents c = read("id, Intent ,note,Sentence\n1,invoice,x,开发票\n");

    assertThat(c.examples()).containsExactly(new LabeledText("开发票", "invoice"));
  }

  @Test
  void unusableRowsAreRejectedWithTheirLineNumbers() throws IOException {
    LabeledCsv.Contents c =
        read(
            "text,label\n"
                + "好的,positive\n" // line 2
                + "只有一列\n" // line 3: too few fields
                + "\n" // line 4: blank, skipped silently
                + "没有标签,  \n" // line 5
                + "\"多行\n文本\",negative\n" // lines 6-7
                + "   ,neutral\n"); // line 8

    assertThat(c.examples())
        .containsExactly(new LabeledText("好的", "positive"), new LabeledText("多行\n文本", "negative"));
    assertThat(c.rejected()).hasSize(3);
    assertThat(c.rejected().get(0)).startsWith("labels.csv:3:").contains("1 fields");
    assertThat(c.rejected().get(1)).startsWith("labels.csv:5:").contains("empty label");
    assertThat(c.rejected().get(2)).startsWith("labels.csv:8:").contains("empty text");
  }

  @Test
  void aHeaderWithoutTextOrLabelColumnIsAnError() {
    assertThatThrownBy(() -> read("message,label\n你好,other\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("labels.csv")
        .hasMessageContaining("text column");
    assertThatThrownBy(() -> read("text,score\n你好,3\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("label column");
  }

  @Test
  void anEmptyOrMissingFileIsAnError(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.csv"), "", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> LabeledCsv.read(empty))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is empty");
    assertThatThrownBy(() -> LabeledCsv.read(dir.resolve("absent.csv")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no such labels file");
  }

  @Test
  void aFileIsReadAsUtf8(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(dir.resolve("l.csv"), "review,label\n太好吃了😋,1\n", StandardCharsets.UTF_8);

    assertThat(LabeledCsv.read(file).examples()).containsExactly(new LabeledText("太好吃了😋", "1"));
  }
}
