package io.kefu.dashboards.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.qa.review.QaRole;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void eachRoleSeesItsOwnPages() {
    assertThat(Page.visibleTo(QaRole.PRODUCT)).containsExactly("hot", "quality", "sessions");
    assertThat(Page.visibleTo(QaRole.AGENT)).containsExactly("quality", "qa", "sessions");
    assertThat(Page.visibleTo(QaRole.QA_MANAGER))
        .containsExactly("hot", "quality", "qa", "sessions", "data");
    assertThat(Page.visibleTo(QaRole.DATA_SCIENTIST))
        .containsExactly("hot", "quality", "sessions", "models", "data");
    assertThat(Page.visibleTo(QaRole.ADMIN)).hasSize(Page.values().length);
    assertThat(Page.QA.allows(QaRole.PRODUCT)).isFalse();
  }
}
