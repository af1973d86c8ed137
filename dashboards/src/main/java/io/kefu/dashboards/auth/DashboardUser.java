package io.kefu.dashboards.auth;

import io.kefu.qa.review.QaRole;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A dashboard login.
 *
 * @param agentId the agent id in the chat events this login is, for role {@code agent} (it sees
 *     only that agent's sessions); {@code ""} for other roles
 * @param passwordHash a bcrypt hash, never the password
 */
public record DashboardUser(String username, QaRole role, String agentId, String passwordHash) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");

  public DashboardUser {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(passwordHash, "passwordHash");
    if (username == null || !NAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "a user name is 1-64 letters, digits, '_', '.', '@' or '-', not '" + username + "'");
    }
    agentId = agentId == null ? "" : agentId.strip();
    if (role == QaRole.AGENT && agentId.isEmpty()) {
      throw new IllegalArgumentException(
          "an agent login needs --agent-id: the agent id its sessions carry");
    }
  }

  public boolean isAgent() {
    return role == QaRole.AGENT;
  }
}
