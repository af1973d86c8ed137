package io.kefu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The committed sample under {@code data-samples/sample/} is what the generator writes now. */
class CommittedSampleTest {

  private static final Path SAMPLE = Path.of("sample");

  @Test
  void committedSampleIsByteIdenticalToAFreshRunWithItsArguments(@TempDir Path out)
      throws IOException {
    int rc =
        new CommandLine(new GenerateCommand())
            .execute(
                "--sessions",
                "2000",
                "--seed",
                "7",
                "--corrupt-rate",
                "0.02",
                "--out",
                out.toString());
    assertThat(rc).isZero();

    List<Path> committed = files(SAMPLE);
    assertThat(committed).isNotEmpty().isEqualTo(files(out));
    for (Path relative : committed) {
      assertThat(Files.mismatch(SAMPLE.resolve(relative), out.resolve(relative)))
          .as("%s differs from a fresh run: regenerate data-samples/sample", relative)
          .isEqualTo(-1L);
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
