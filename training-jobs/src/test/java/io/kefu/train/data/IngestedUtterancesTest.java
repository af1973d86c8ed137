package io.kefu.train.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.taxonomy.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestedUtterancesTest {

  @Test
  void aMessageLabeledOnlyThroughItsSessionIsOther() {
    assertThat(IngestedUtterances.ownIntent("refund", List.of("ctx:session_intent", "ctx:prev")))
        .isEqualTo(Intent.OTHER.id());
  }

  @Test
  void anUnlabeledMessageIsOther() {
    assertThat(IngestedUtterances.ownIntent(null, List.of("kw:退款"))).isEqualTo(Intent.OTHER.id());
    assertThat(IngestedUtterances.ownIntent(null, List.of())).isEqualTo(Intent.OTHER.id());
  }

  @Test
  void aVoteFromTheMessageItselfKeepsItsLabel() {
    assertThat(IngestedUtterances.ownIntent("refund", List.of("ctx:session_intent", "kw:退款")))
        .isEqualTo("refund");
    assertThat(IngestedUtterances.ownIntent("shipping", List.of("pattern:tracking")))
        .isEqualTo("shipping");
  }

  @Test
  void aLabelWithoutAnyVoteIsOther() {
    assertThat(IngestedUtterances.ownIntent("refund", List.of())).isEqualTo(Intent.OTHER.id());
  }
}
