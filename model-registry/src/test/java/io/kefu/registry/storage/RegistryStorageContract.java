package io.kefu.registry.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the registry relies on from every storage; one subclass per implementation. */
abstract class RegistryStorageContract {

  private RegistryStorage storage;

  /** A storage over a fresh, empty root. */
  abstract RegistryStorage newStorage() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    storage = newStorage();
  }

  @Test
  void ofThreadsRacingToCreateAFileExactlyOneWins() throws Exception {
    int racers = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      byte[] content = ("racer " + i).getBytes(StandardCharsets.UTF_8);
      tasks.add(
          () -> {
            start.await();
            return storage.createExclusive("intent/versions/1.claim", content);
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    long winners = 0;
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (Callable<Boolean> task : tasks) {
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Boolean> result : results) {
        winners += result.get() ? 1 : 0;
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(winners).isEqualTo(1);
    assertThat(read("intent/versions/1.claim")).startsWith("racer ");
  }

  @Test
  void replaceSwapsTheWholeFileAndLeavesNoTemporaryFile() throws Exception {
    storage.replace("intent/aliases.json", bytes("{\"production\":1}"));
    storage.replace("intent/aliases.json", bytes("{\"production\":2}"));

    assertThat(read("intent/aliases.json")).isEqualTo("{\"production\":2}");
    assertThat(storage.list("intent")).containsExactly("aliases.json");
  }

  @Test
  void appendCreatesTheFileThenAddsToItsEnd() throws Exception {
    storage.append("audit.jsonl", bytes("one\n"));
    storage.append("audit.jsonl", bytes("two\n"));

    assertThat(read("audit.jsonl")).isEqualTo("one\ntwo\n");
  }

  @Test
  void aMissingFileIsNoSuchFileNamingItsLocation() {
    assertThatThrownBy(() -> storage.open("faq/versions/9/metadata.json"))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(storage.location("faq/versions/9/metadata.json"));
  }

  @Test
  void aMissingDirectoryListsAsEmpty() throws Exception {
    assertThat(storage.list("faq/versions")).isEmpty();
  }

  @Test
  void aStagedDirectoryMovesToItsVersionButNeverOntoAnExistingOne() throws Exception {
    write("intent/.staging/a/model.bin", "a");
    write("intent/.staging/b/model.bin", "b");

    storage.renameDirectory("intent/.staging/a", "intent/versions/1");

    assertThat(read("intent/versions/1/model.bin")).isEqualTo("a");
    assertThat(storage.exists("intent/.staging/a")).isFalse();
    // Hadoop's own rename would move b *into* versions/1.
    assertThatThrownBy(() -> storage.renameDirectory("intent/.staging/b", "intent/versions/1"))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(storage.list("intent/versions/1")).containsExactly("model.bin");
  }

  @Test
  void deleteTreeRemovesADirectoryAndIgnoresAMissingOne() throws Exception {
    write("intent/.staging/a/vocab/words.txt", "x");

    storage.deleteTree("intent/.staging/a");
    storage.deleteTree("intent/.staging/never");

    assertThat(storage.exists("intent/.staging/a")).isFalse();
  }

  private void write(String path, String text) throws Exception {
    try (OutputStream out = storage.create(path)) {
      out.write(bytes(text));
    }
  }

  private String read(String path) throws Exception {
    try (InputStream in = storage.open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
