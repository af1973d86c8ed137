package io.kefu.dashboards.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kefu.qa.review.QaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFileTest {

  @TempDir Path dir;

  @Test
  void storesBcryptHashesOnlyReadableByTheOwner() throws Exception {
    UserFile users = new UserFile(dir.resolve("sub/users.jsonl"));
    users.put(new DashboardUser("li.na", QaRole.QA_MANAGER, "", Passwords.hash("s3cret-pass")));
    users.put(new DashboardUser("wang", QaRole.AGENT, "agent_7", Passwords.hash("another-pass")));

    String file = Files.readString(users.path());
    assertThat(file).doesNotContain("s3cret-pass").contains("$2a$10$");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(users.path())))
        .isEqualTo("rw-------");
    DashboardUser wang = new UserFile(users.path()).find("wang").orElseThrow();
    assertThat(wang.role()).isEqualTo(QaRole.AGENT);
    assertThat(wang.agentId()).isEqualTo("agent_7");
    assertThat(Passwords.matches("another-pass", wang.passwordHash())).isTrue();
    assertThat(Passwords.matches("another-pas", wang.passwordHash())).isFalse();
  }

  @Test
  void addingAgainReplacesAndRemoveRemoves() {
    UserFile users = new UserFile(dir.resolve("users.jsonl"));
    users.put(new DashboardUser("li", QaRole.PRODUCT, "", Passwords.hash("password-1")));
    users.put(new DashboardUser("li", QaRole.ADMIN, "", Passwords.hash("password-2")));
    assertThat(users.all()).singleElement().extracting(DashboardUser::role).isEqualTo(QaRole.ADMIN);
    assertThat(users.remove("li")).isTrue();
    assertThat(users.remove("li")).isFalse();
    assertThat(users.all()).isEmpty();
  }

  @Test
  void refusesWhatWouldMakeABadLogin() {
    assertThatThrownBy(() -> Passwords.hash("short"))
        .hasMessageContaining("at least " + Passwords.MIN_LENGTH);
    assertThatThrownBy(() -> new DashboardUser("wang", QaRole.AGENT, "", "$2a$10$x"))
        .hasMessageContaining("--agent-id");
    assertThatThrownBy(() -> new DashboardUser("a b", QaRole.ADMIN, "", "$2a$10$x"))
        .hasMessageContaining("user name");
    assertThat(Passwords.matches("anything", null)).isFalse();
  }

  @Test
  void aCorruptLineIsNamed() throws Exception {
    Path file = dir.resolve("users.jsonl");
    Files.writeString(file, "{\"username\":\"x\",\"role\":\"boss\",\"password_bcrypt\":\"h\"}\n");
    assertThatThrownBy(() -> new UserFile(file).all()).hasMessageContaining("line 1");
  }
}
