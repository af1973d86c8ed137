package io.kefu.train.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The git commit of the training code, for the provenance: {@code KEFU_CODE_VERSION} when set (a
 * packaged job jar has no checkout), else {@code git rev-parse HEAD} in the working directory, with
 * {@code -dirty} when tracked files have uncommitted changes; null when neither works (the
 * promotion gate then refuses the model, as it should).
 */
final class CodeVersion {

  private CodeVersion() {}

  static String current() {
    String env = System.getenv("KEFU_CODE_VERSION");
    if (env != null && !env.isBlank()) {
      return env.trim();
    }
    String head = git("rev-parse", "HEAD");
    if (head == null || head.isBlank()) {
      return null;
    }
    String status = git("status", "--porcelain", "--untracked-files=no");
    return head.trim() + (status != null && !status.isBlank() ? "-dirty" : "");
  }

  private static String git(String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      return out;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
