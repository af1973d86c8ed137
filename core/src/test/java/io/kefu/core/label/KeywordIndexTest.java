package io.kefu.core.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeywordIndexTest {

  private static final KeywordIndex INDEX =
      new KeywordIndex(Map.of("refund", List.of("退款", "退款到账"), "payment", List.of("到账")));

  @Test
  void findsEveryOccurrenceInTextOrder() {
    assertThat(INDEX.find("退款到账了吗"))
        .extracting(KeywordIndex.Match::start, KeywordIndex.Match::end)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 2),
            org.assertj.core.groups.Tuple.tuple(0, 4),
            org.assertj.core.groups.Tuple.tuple(2, 4));
  }

  @Test
  void aShadowedMatchIsDropped() {
    assertThat(KeywordIndex.withoutShadowed(INDEX.find("退款到账了吗")))
        .extracting(KeywordIndex.Match::label)
        .containsExactly("refund");
  }

  @Test
  void anIndexShippedToAnotherJvmStillFinds() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(INDEX);
    }
    KeywordIndex copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (KeywordIndex) in.readObject();
    }
    assertThat(copy.find("已到账")).extracting(KeywordIndex.Match::label).containsExactly("payment");
  }
}
