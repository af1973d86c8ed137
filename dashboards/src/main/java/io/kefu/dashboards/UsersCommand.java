package io.kefu.dashboards;

import io.kefu.cli.CommandLines;
import io.kefu.dashboards.auth.DashboardUser;
import io.kefu.dashboards.auth.Passwords;
import io.kefu.dashboards.auth.UserFile;
import io.kefu.qa.review.QaRole;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./kefu users add|list|remove}: the dashboards' logins. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Dashboard logins: add (or change), list, remove.",
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.ListUsers.class,
      UsersCommand.Remove.class,
      UsersCommand.Demo.class
    })
public final class UsersCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: add, list or remove");
  }

  static final class FileOption {
    @Option(
        names = "--users",
        paramLabel = "FILE",
        description = "the logins file (default: $KEFU_STATE/dashboard/users.jsonl)")
    Path file;

    UserFile open() {
      return new UserFile(file != null ? file : UserFile.defaultPath());
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add a login, or change the role or password of an existing one.",
        "The password is read from stdin with --password-stdin, asked for on a terminal, or"
            + " generated and printed once."
      })
  static final class Add implements Callable<Integer> {
    @CommandLine.Mixin FileOption users;

    @Parameters(paramLabel = "NAME", description = "login name")
    String name;

    @Option(
        names = "--role",
        required = true,
        description = "qa_manager, agent, product, data_scientist or admin")
    String role;

    @Option(
        names = "--agent-id",
        description = "for role agent: the agent id in the chat events (its own sessions)")
    String agentId;

    @Option(
        names = "--password-stdin",
        description = "read the password from the first line of stdin")
    boolean passwordStdin;

    @Override
    public Integer call() throws IOException {
      QaRole parsed = QaRole.parse(role);
      String password;
      boolean generated = false;
      Console console = System.console();
      if (passwordStdin) {
        password =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null) {
          throw new IllegalArgumentException("--password-stdin: stdin was empty");
        }
      } else if (console != null) {
        char[] first = console.readPassword("password for %s: ", name);
        char[] again = console.readPassword("again: ");
        if (first == null || !Arrays.equals(first, again)) {
          throw new IllegalArgumentException("the two passwords differ");
        }
        password = new String(first);
      } else {
        password = generate();
        generated = true;
      }
      DashboardUser user = new DashboardUser(name, parsed, agentId, Passwords.hash(password));
      UserFile file = users.open();
      file.put(user);
      System.out.println(
          "users: "
              + name
              + " ("
              + parsed.wireName()
              + (user.agentId().isEmpty() ? "" : ", agent " + user.agentId())
              + ") saved in "
              + file.path()
              + (generated ? "; password: " + password : ""));
      return 0;
    }

    static String generate() {
      String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
      SecureRandom random = new SecureRandom();
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < 14; i++) {
        out.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return out.toString();
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the logins.")
  static final class ListUsers implements Callable<Integer> {
    @CommandLine.Mixin FileOption users;

    @Override
    public Integer call() {
      UserFile file = users.open();
      if (file.all().isEmpty()) {
        System.out.println("users: none in " + file.path());
      }
      for (DashboardUser user : file.all()) {
        System.out.printf(
            "%-20s %-15s %s%n", user.username(), user.role().wireName(), user.agentId());
      }
      return 0;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a login.")
  static final class Remove implements Callable<Integer> {
    @CommandLine.Mixin FileOption users;

    @Parameters(paramLabel = "NAME")
    String name;

    @Override
    public Integer call() {
      if (!users.open().remove(name)) {
        throw new IllegalArgumentException("no login named " + name);
      }
      System.out.println("users: " + name + " removed");
      return 0;
    }
  }

  @Command(
      name = "demo",
      mixinStandardHelpOptions = true,
      description = {
        "Create or reset one login per role, named after the role, with fresh random passwords,"
            + " and print them (what ./kefu demo does so each kind of user can look around)."
      })
  static final class Demo implements Callable<Integer> {
    @CommandLine.Mixin FileOption users;

    @Option(
        names = "--agent-id",
        required = true,
        description = "the agent whose sessions the 'agent' login sees")
    String agentId;

    @Override
    public Integer call() {
      UserFile file = users.open();
      for (QaRole role : QaRole.values()) {
        String password = Add.generate();
        file.put(
            new DashboardUser(
                role.wireName(),
                role,
                role == QaRole.AGENT ? agentId : "",
                Passwords.hash(password)));
        System.out.printf(
            "  %-15s password %s%s%n",
            role.wireName(), password, role == QaRole.AGENT ? "  (agent " + agentId + ")" : "");
      }
      return 0;
    }
  }

  public static void main(String[] args) {
    System.exit(CommandLines.run(new UsersCommand(), args));
  }
}
