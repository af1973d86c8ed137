package io.kefu.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.registry.cli.RegistryCommand;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hadoop jars are 'provided': a job that embeds the registry may have none. Runs child JVMs on
 * the test classpath minus every Hadoop jar.
 */
class LocalRegistryWithoutHadoopIntegrationTest {

  @TempDir Path dir;

  @Test
  void aLocalRegistryWorksWithoutHadoopOnTheClasspath() throws Exception {
    Path root = dir.resolve("registry");

    Result result =
        run(
            RegisterFromAnotherProcess.class.getName(),
            root.toString(),
            TestModels.artifacts(dir, "trained", 1).toString(),
            "2");

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(ModelRegistry.open(root).versions("intent")).containsExactly(1, 2);
  }

  @Test
  void anHdfsRootWithoutHadoopIsAOneLineErrorSayingWhatIsMissing() throws Exception {
    Result result =
        run(RegistryCommand.class.getName(), "list", "--registry", "hdfs://namenode:8020/kefu");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.output().strip())
        .isEqualTo(
            "error: registry root hdfs://namenode:8020/kefu needs the Hadoop client on the"
                + " classpath (org.apache.hadoop:hadoop-client-api and hadoop-client-runtime"
                + " 3.4.x); without it only a local directory or a file: URI works");
  }

  private record Result(int exit, String output) {}

  private static Result run(String mainClass, String... args)
      throws IOException, InterruptedException {
    String classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("/org/apache/hadoop/"))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-cp", classpath, mainClass));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
