package io.kefu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.kefu.registry.artifact.ArtifactDigest;
import io.kefu.registry.artifact.CorruptArtifactException;
import io.kefu.registry.audit.AuditAction;
import io.kefu.registry.audit.AuditEntry;
import io.kefu.registry.cli.RegistryCommand;
import io.kefu.registry.events.ModelEventPublisher;
import io.kefu.registry.promotion.PromotionRequest;
import io.kefu.registry.storage.RegistryStorage;
import io.kefu.registry.watch.LiveModel;
import io.kefu.registry.watch.RegistryWatcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry on a real HDFS (an in-process {@link MiniHdfs}), through an {@code hdfs://} root.
 */
class HdfsRegistryIntegrationTest {

  @TempDir Path dir;
  private String root;
  private ModelRegistry registry;

  @BeforeEach
  void setUp() {
    root = MiniHdfs.freshRoot("registry");
    registry = open(dir.resolve("cache"));
  }

  private ModelRegistry open(Path cache) {
    return new ModelRegistry(
        RegistryStorage.at(root), cache, "li.wei", Clock.systemUTC(), ModelEventPublisher.NONE);
  }

  @Test
  void aRegisteredVersionLivesOnHdfsAndLoadsAsAVerifiedLocalCopy() throws Exception {
    Path artifacts = TestModels.artifacts(dir, "trained", 1);

    ModelVersion registered = registry.register("intent", artifacts, TestModels.provenance(0.81));
    ModelVersion loaded = registry.load("intent", 1);

    assertThat(registered.location()).isEqualTo(root + "/intent/versions/1");
    assertThat(registered.directory()).isNull();
    assertThatThrownBy(() -> registered.artifact("model.bin"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(root + "/intent/versions/1");
    FileSystem fs = MiniHdfs.fileSystem();
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(root + "/intent/versions/1/model.bin")))
        .isTrue();
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(root + "/intent/versions/1.claim")))
        .isTrue();
    assertThat(fs.listStatus(new org.apache.hadoop.fs.Path(root + "/intent/.staging"))).isEmpty();
    assertThat(loaded.directory()).startsWith(dir.resolve("cache"));
    assertThat(ArtifactDigest.sha256(loaded.artifact("model.bin")))
        .isEqualTo(ArtifactDigest.sha256(artifacts.resolve("model.bin")));
    assertThat(loaded.artifact("vocab/words.txt"))
        .hasSameTextualContentAs(artifacts.resolve("vocab/words.txt"));
    assertThat(loaded.directory().resolve("SHA256SUMS")).exists();
    assertThat(loaded.metadata().provenance().codeVersion()).isEqualTo("3f2a9c1");
    assertThat(registry.load("intent", 1).directory()).isEqualTo(loaded.directory());
    ModelVersion copy = registry.materialize("intent", 1, dir.resolve("serving/intent"));
    assertThat(copy.artifact("model.bin")).hasSameBinaryContentAs(artifacts.resolve("model.bin"));
  }

  @Test
  void concurrentRegistrationsOnHdfsGetDistinctCompleteVersions() throws Exception {
    int writers = 8;
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      Path artifacts = TestModels.artifacts(dir, "trained-" + i, i);
      ModelRegistry trainer = ModelRegistry.open(root);
      tasks.add(() -> trainer.register("intent", artifacts, TestModels.provenance(0.8)).version());
    }
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Integer> versions = new ArrayList<>();
    try {
      for (Future<Integer> f : pool.invokeAll(tasks)) {
        versions.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(versions).doesNotHaveDuplicates().hasSize(writers);
    assertThat(registry.versions("intent")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    List<String> words = new ArrayList<>();
    for (int v = 1; v <= writers; v++) {
      ModelVersion loaded = registry.load("intent", v);
      assertThat(loaded.metadata().files()).hasSize(2);
      words.add(Files.readString(loaded.artifact("vocab/words.txt")));
    }
    // Every trainer's files landed whole in exactly one version: none lost, none mixed.
    assertThat(words).doesNotHaveDuplicates().hasSize(writers);
    assertThat(registry.history("intent"))
        .hasSize(writers)
        .allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.REGISTER));
  }

  @Test
  void registrationsFromTwoProcessesOnHdfsGetDistinctCompleteVersions() throws Exception {
    int each = 5;
    Process other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                RegisterFromAnotherProcess.class.getName(),
                root,
                TestModels.artifacts(dir, "theirs", 2).toString(),
                Integer.toString(each))
            .inheritIO()
            .start();
    Path ours = TestModels.artifacts(dir, "ours", 1);
    for (int i = 0; i < each; i++) {
      registry.register("intent", ours, TestModels.provenance(0.8));
    }
    assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(other.exitValue()).isZero();

    assertThat(registry.versions("intent")).hasSize(2 * each).last().isEqualTo(2 * each);
    long fromOtherProcess =
        registry.versions("intent").stream()
            .map(v -> registry.load("intent", v))
            .filter(v -> v.metadata().provenance().metrics().get("macro_f1") == 0.7)
            .count();
    assertThat(fromOtherProcess).isEqualTo(each);
    assertThat(registry.history("intent")).hasSize(2 * each);
  }

  @Test
  void aFlippedByteOnHdfsIsRefusedAtLoadNamingTheFile() throws Exception {
    registry.register("faq", TestModels.artifacts(dir, "trained", 1), TestModels.provenance(0.8));
    org.apache.hadoop.fs.Path weights =
        new org.apache.hadoop.fs.Path(root + "/faq/versions/1/model.bin");
    FileSystem fs = MiniHdfs.fileSystem();
    byte[] bytes;
    try (var in = fs.open(weights)) {
      bytes = in.readAllBytes();
    }
    bytes[1000] ^= 0x01;
    try (FSDataOutputStream out = fs.create(weights, true)) {
      out.write(bytes);
    }

    assertThatThrownBy(() -> registry.load("faq", 1))
        .isInstanceOf(CorruptArtifactException.class)
        .hasMessageContaining(root + "/faq/versions/1/model.bin")
        .hasMessageContaining("corrupted");
    assertThat(dir.resolve("cache/faq/1")).doesNotExist();
    assertThatThrownBy(() -> registry.materialize("faq", 1, dir.resolve("copy")))
        .isInstanceOf(CorruptArtifactException.class);
    assertThat(dir.resolve("copy")).doesNotExist();
  }

  @Test
  void promotionRollbackTagsAndTheAuditLogWorkOnHdfs() throws Exception {
    Path artifacts = TestModels.artifacts(dir, "trained", 1);
    int v1 = registry.register("intent", artifacts, TestModels.provenance(0.80)).version();
    int v2 = registry.register("intent", artifacts, TestModels.provenance(0.85)).version();

    registry.tag("intent", v2, "validation", "passed");
    registry.promote(PromotionRequest.toProduction("intent", v1));
    registry.promote(PromotionRequest.toProduction("intent", v2).because("better macro_f1"));
    int restored = registry.rollback("intent", "latency regression");

    assertThat(restored).isEqualTo(v1);
    ModelRegistry reopened = ModelRegistry.open(root);
    assertThat(reopened.aliasVersion("intent", "production")).contains(v1);
    assertThat(reopened.tags("intent").get(v2)).containsEntry("validation", "passed");
    assertThat(reopened.history("intent"))
        .extracting(AuditEntry::action, AuditEntry::from, AuditEntry::to, AuditEntry::reason)
        .containsExactly(
            tuple(AuditAction.REGISTER, null, "1", null),
            tuple(AuditAction.REGISTER, null, "2", null),
            tuple(AuditAction.TAG, "2", "validation=passed", null),
            tuple(AuditAction.PROMOTE, null, "production=1", null),
            tuple(AuditAction.PROMOTE, "1", "production=2", "better macro_f1"),
            tuple(AuditAction.ROLLBACK, "2", "production=1", "latency regression"));
    FileSystem fs = MiniHdfs.fileSystem();
    assertThat(fs.listStatus(new org.apache.hadoop.fs.Path(root + "/intent")))
        .noneMatch(s -> s.getPath().getName().endsWith(".tmp"));
    assertThat(fs.exists(new org.apache.hadoop.fs.Path(root + "/.lock"))).isFalse();
  }

  @Test
  void aLiveModelFollowsProductionOnHdfs() throws Exception {
    Path artifacts = TestModels.artifacts(dir, "trained", 1);
    registry.register("intent", artifacts, TestModels.provenance(0.80));
    registry.register(
        "intent", TestModels.artifacts(dir, "retrained", 2), TestModels.provenance(0.85));
    registry.promote(PromotionRequest.toProduction("intent", 1));
    ModelRegistry consumer = open(dir.resolve("consumer-cache"));
    LiveModel<String> live =
        new LiveModel<>(consumer, v -> readUnchecked(v.artifact("vocab/words.txt")));

    try (RegistryWatcher watcher =
        new RegistryWatcher(consumer, "intent", "production", Duration.ofMinutes(1))
            .addListener(live)) {
      watcher.pollOnce();
      assertThat(live.current().version()).isEqualTo(1);
      assertThat(live.current().model()).contains("seed 1");
      registry.promote(PromotionRequest.toProduction("intent", 2));
      watcher.pollOnce();
    }

    assertThat(live.current().version()).isEqualTo(2);
    assertThat(live.current().model()).contains("seed 2");
  }

  @Test
  void theCommandLineTakesAnHdfsUri() throws Exception {
    Path artifacts = TestModels.artifacts(dir, "trained", 1);
    registry.register("intent", artifacts, TestModels.provenance(0.80));
    StringWriter out = new StringWriter();
    var cli = RegistryCommand.commandLine();
    cli.setOut(new PrintWriter(out));

    assertThat(cli.execute("promote", "intent:1", "--registry", root)).isZero();
    assertThat(cli.execute("list", "--registry", root)).isZero();

    assertThat(out.toString()).contains("intent  1         1");
    assertThat(registry.aliasVersion("intent", "production")).contains(1);
  }

  private static String readUnchecked(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
