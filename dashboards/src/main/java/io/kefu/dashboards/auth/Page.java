package io.kefu.dashboards.auth;

import io.kefu.qa.review.QaRole;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dashboards' pages and who may open them (docs/dashboards-api.md). An {@code agent} sees the
 * quality, QA and drill-down pages restricted to their own sessions; the restriction is applied by
 * each query, the page list only says what the navigation offers.
 */
public enum Page {
  HOT(EnumSet.of(QaRole.QA_MANAGER, QaRole.PRODUCT, QaRole.DATA_SCIENTIST, QaRole.ADMIN)),
  QUALITY(EnumSet.allOf(QaRole.class)),
  QA(EnumSet.of(QaRole.QA_MANAGER, QaRole.AGENT, QaRole.ADMIN)),
  SESSIONS(EnumSet.allOf(QaRole.class)),
  MODELS(EnumSet.of(QaRole.DATA_SCIENTIST, QaRole.ADMIN)),
  DATA(EnumSet.of(QaRole.QA_MANAGER, QaRole.DATA_SCIENTIST, QaRole.ADMIN));

  private final Set<QaRole> roles;

  Page(Set<QaRole> roles) {
    this.roles = roles;
  }

  public boolean allows(QaRole role) {
    return roles.contains(role);
  }

  /** The page's name in URLs and in {@code /api/me}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The pages a role may open, in navigation order. */
  public static List<String> visibleTo(QaRole role) {
    return EnumSet.allOf(Page.class).stream().filter(p -> p.allows(role)).map(Page::id).toList();
  }
}
