package io.kefu.samples;

import io.kefu.samples.output.DatasetWriter;
import io.kefu.samples.output.FileEntry;
import io.kefu.samples.output.Manifest;
import io.kefu.samples.output.Progress;
import io.kefu.samples.text.Phrasebook;
import io.kefu.samples.text.TemplateSplit;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code kefu generate}: writes synthetic customer-service chat logs with their ground truth
 * (CONTRACT §1, §2). Exit code 0 on success, 2 with a one-line reason for a bad flag, 1 when
 * writing fails. Progress goes to stderr, the summary line to stdout.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    version = "kefu generate 0.1.0",
    sortOptions = false,
    description = {
      "Writes synthetic chat logs: DIR/raw/*.jsonl (events), DIR/exports/*.csv (a legacy export of"
          + " other sessions), DIR/truth/sessions.jsonl (ground truth per session) and"
          + " DIR/truth/manifest.json. The same arguments give byte-identical files. A few"
          + " customers come back right at the 72 h re-contact window's edge (71 h, 72 h ± 1 s,"
          + " 73 h after a start; 72 h ± 1 s after a resolved end); a gap of exactly 72 h is a"
          + " new issue."
    })
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--sessions",
      required = true,
      paramLabel = "N",
      converter = PositiveInt.class,
      description = "Sessions to generate (spikes add more).")
  int sessions;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "Random seed.")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--start",
      paramLabel = "ISO_DATE",
      defaultValue = "2026-11-01",
      converter = IsoDate.class,
      description = "First day, Asia/Shanghai (default ${DEFAULT-VALUE}).")
  LocalDate start;

  @Option(
      names = "--days",
      paramLabel = "D",
      defaultValue = "7",
      converter = PositiveInt.class,
      description = "Number of days (default ${DEFAULT-VALUE}).")
  int days;

  @Option(
      names = "--spike",
      paramLabel = "INTENT@ISO_TIME×FACTOR",
      converter = SpikeText.class,
      description =
          "One hour from ISO_TIME, INTENT (id or Chinese name) arrives FACTOR times as"
              + " fast: the extra sessions start uniformly over that hour, so each 10-minute"
              + " window of it holds about FACTOR times the usual count. ISO_TIME without offset"
              + " is Asia/Shanghai; 'x' works for '×'. Repeatable.")
  List<Spike> spikes = new ArrayList<>();

  @Option(
      names = "--emerging",
      paramLabel = "PHRASE@ISO_TIME×N",
      converter = EmergingText.class,
      description =
          "A new product problem: N extra sessions starting within 20 minutes after ISO_TIME,"
              + " each opening with a complaint that holds PHRASE verbatim in varied wording"
              + " (e.g. 充电宝鼓包@2026-11-03T20:00×12), as 商品质量投诉 or 售后维修; the truth"
              + " names PHRASE on those sessions (emerging_phrase) and in the manifest."
              + " ISO_TIME without offset is Asia/Shanghai; 'x' works for '×'. Repeatable.")
  List<EmergingPhrase> emerging = new ArrayList<>();

  @Option(
      names = "--corrupt-rate",
      paramLabel = "R",
      defaultValue = "0",
      converter = Fraction.class,
      description =
          "Extra malformed raw lines as a fraction of valid ones (default ${DEFAULT-VALUE}).")
  double corruptRate;

  @Option(
      names = "--export-share",
      paramLabel = "F",
      defaultValue = "0.2",
      converter = Fraction.class,
      description = "Fraction of sessions written to the CSV export (default ${DEFAULT-VALUE}).")
  double exportShare;

  @Option(
      names = "--templates",
      paramLabel = "all|training|held-out",
      defaultValue = "all",
      converter = TemplateSplitText.class,
      description =
          "Customer question templates to speak from: all (default), training (every fourth of"
              + " each FAQ left out) or held-out (only those), so a test set can hold out whole"
              + " phrasings.")
  TemplateSplit templates;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with this command's error handling, for main and tests. */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new GenerateCommand());
    cmd.setParameterExceptionHandler(GenerateCommand::badFlag);
    cmd.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          line.getErr().println("generate: failed: " + ex);
          return line.getCommandSpec().exitCodeOnExecutionException();
        });
    return cmd;
  }

  @Override
  public Integer call() throws Exception {
    GeneratorConfig config;
    try {
      config =
          new GeneratorConfig(
              sessions, seed, start, days, spikes, emerging, corruptRate, exportShare);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), flagOf(e.getMessage()) + e.getMessage());
    }
    long began = System.nanoTime();
    Manifest m =
        new DatasetWriter(
                config,
                Phrasebook.standard().questions(templates),
                out,
                progress(spec.commandLine().getErr()))
            .write();
    double seconds = (System.nanoTime() - began) / 1e9;
    spec.commandLine().getOut().println(summary(m, seconds));
    return 0;
  }

  // The configuration names what it refuses first ("spike …", "emerging phrase …", "days …").
  private static String flagOf(String message) {
    for (String flag : List.of("spike", "emerging", "days", "sessions")) {
      if (message.startsWith(flag)) {
        return "--" + flag + ": ";
      }
    }
    return "";
  }

  private static Progress progress(PrintWriter err) {
    int[] lastTenth = {0};
    return (done, total) -> {
      int tenth = (int) (done * 10 / total);
      if (total >= 10_000 && tenth > lastTenth[0]) {
        lastTenth[0] = tenth;
        err.printf(Locale.ROOT, "generate: %d%% (%d/%d sessions)%n", tenth * 10, done, total);
        err.flush();
      }
    };
  }

  private String summary(Manifest m, double seconds) {
    long rawFiles =
        m.files().stream().map(FileEntry::path).filter(p -> p.startsWith("raw/")).count();
    long csvFiles =
        m.files().stream().map(FileEntry::path).filter(p -> p.startsWith("exports/")).count();
    int corrupt = m.corrupt().values().stream().mapToInt(Integer::intValue).sum();
    return String.format(
        Locale.ROOT,
        "generated %d sessions (%d from spikes, %d from emerging phrases), %d valid events: %d raw"
            + " lines in %d files (%d corrupt, %d duplicates), %d export rows in %d files, truth in"
            + " %s/truth (%.1f s)",
        m.sessions(),
        m.spikeSessions(),
        m.emergingSessions(),
        m.eventsValid(),
        m.linesRaw(),
        rawFiles,
        corrupt,
        m.duplicatesInjected(),
        m.rowsExport(),
        csvFiles,
        out,
        seconds);
  }

  private static int badFlag(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String message = ex.getMessage();
    if (ex instanceof UnmatchedArgumentException u) {
      message =
          "unknown option or argument "
              + u.getUnmatched()
              + "; accepted: --sessions, --seed, --out, --start, --days, --spike, --emerging,"
              + " --corrupt-rate, --export-share, --help, --version";
    }
    cmd.getErr().println("generate: " + message.replace('\n', ' '));
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  static final class PositiveInt implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.trim());
        if (n >= 1) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below with the accepted values
      }
      throw new TypeConversionException("'" + value + "' is not a whole number of at least 1");
    }
  }

  static final class Fraction implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        double d = Double.parseDouble(value.trim());
        if (d >= 0 && d <= 1) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below with the accepted values
      }
      throw new TypeConversionException("'" + value + "' is not a number from 0 to 1");
    }
  }

  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not an ISO date such as 2026-11-01");
      }
    }
  }

  /** A value parsed by its type's own {@code parse}, whose message names what is wrong. */
  abstract static class Parsed<T> implements ITypeConverter<T> {
    abstract T parse(String value);

    @Override
    public T convert(String value) {
      try {
        return parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class EmergingText extends Parsed<EmergingPhrase> {
    @Override
    EmergingPhrase parse(String value) {
      return EmergingPhrase.parse(value);
    }
  }

  static final class SpikeText extends Parsed<Spike> {
    @Override
    Spike parse(String value) {
      return Spike.parse(value);
    }
  }

  static final class TemplateSplitText extends Parsed<TemplateSplit> {
    @Override
    TemplateSplit parse(String value) {
      return TemplateSplit.parse(value);
    }
  }
}
