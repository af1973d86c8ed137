package io.kefu.ingest.label;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.label.IntentTaxonomy;
import io.kefu.core.label.SentimentLexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionLabelerTest {

  private final SessionLabeler labeler =
      new SessionLabeler(IntentTaxonomy.packaged(), SentimentLexicon.packaged());

  @Test
  void messagesWithoutCuesInheritTheSessionIntent() {
    List<SessionLabeler.UtteranceLabels> labels =
        labeler.label(List.of("在吗", "我想申请退款 衣服不合适", "好的谢谢"), 5);

    assertThat(labels)
        .extracting(l -> l.intent().label())
        .containsExactly("return_refund", "return_refund", "return_refund");
    assertThat(labels.get(2).sentiment().label()).isEqualTo("positive");
  }

  @Test
  void aSessionWithoutAnyIntentCueAbstains() {
    List<SessionLabeler.UtteranceLabels> labels = labeler.label(List.of("你好", "没事了"), null);

    assertThat(labels).allSatisfy(l -> assertThat(l.intent().covered()).isFalse());
  }

  @Test
  void aSessionWhoseEvidenceIsSplitLendsNoContext() {
    List<SessionLabeler.UtteranceLabels> labels =
        labeler.label(List.of("发票", "优惠券", "积分", "好的"), null);

    assertThat(labels.get(3).intent().covered()).isFalse();
  }

  @Test
  void ownStrongEvidenceOutweighsTheSessionContext() {
    List<SessionLabeler.UtteranceLabels> labels =
        labeler.label(List.of("快递到哪了", "物流三天没更新", "对了 能开电子发票吗 抬头写公司"), null);

    assertThat(labels.get(2).intent().label()).isEqualTo("invoice");
  }

  @Test
  void confidenceGrowsWithAgreeingEvidence() {
    List<SessionLabeler.UtteranceLabels> labels =
        labeler.label(List.of("退款", "退货退款 申请退款 钱什么时候退"), null);

    assertThat(labels.get(1).intent().confidence())
        .isGreaterThan(labels.get(0).intent().confidence());
  }
}
