package io.kefu.ingest.read;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.ChatEventParser;
import io.kefu.core.event.EventTimestamps;
import io.kefu.core.event.ParsedEvent;
import io.kefu.core.event.export.RawRecords;
import io.kefu.core.pii.MaskResult;
import io.kefu.core.pii.RecordMasker;
import io.kefu.core.text.TextPreparation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Reads one raw file (JSON lines, or a CSV export in the configured encoding) through Hadoop's
 * FileSystem, so {@code file://}, {@code hdfs://} and {@code s3a://} inputs all work, and turns
 * every record into a {@link RecordRows} row: valid events with their text normalised and masked,
 * invalid ones with their reasons, line number and original, its free text masked and its ids kept
 * ({@link RecordMasker}). Reading a whole file in one task is what gives exact line numbers, which
 * Spark's line-splitting sources cannot.
 */
public final class RawFileReader implements FlatMapFunction<String, Row> {

  // A rejected record is filed under the day of the valid record before it in its file, else the
  // date in the file name, else this: stable across re-runs, unlike the day of ingestion.
  private static final LocalDate UNKNOWN_DAY = LocalDate.of(1970, 1, 1);

  private final String csvEncoding;
  private final Broadcast<SerializableConfiguration> hadoopConf;
  private transient ChatEventParser parser;
  private transient RecordMasker masker;

  /**
   * A reader with Hadoop's default configuration (the classpath's {@code core-site.xml}), for reads
   * outside a Spark job such as tests; a job passes its own configuration instead.
   *
   * @param csvEncoding charset of CSV exports (JSON lines are UTF-8, as JSON requires)
   */
  public RawFileReader(String csvEncoding) {
    this(csvEncoding, (Broadcast<SerializableConfiguration>) null);
  }

  /**
   * @param csvEncoding charset of CSV exports (JSON lines are UTF-8, as JSON requires)
   * @param hadoopConf the job's Hadoop configuration ({@link #hadoopConf}), so its {@code
   *     spark.hadoop.*} settings (S3A endpoint, credentials) reach the executors that open the
   *     files
   */
  public RawFileReader(String csvEncoding, Broadcast<SerializableConfiguration> hadoopConf) {
    this.csvEncoding = Charset.forName(csvEncoding).name();
    this.hadoopConf = hadoopConf;
  }

  /** A reader with the Hadoop configuration of {@code spark}'s context, broadcast once. */
  public RawFileReader(String csvEncoding, SparkSession spark) {
    this(csvEncoding, hadoopConf(spark));
  }

  /**
   * The driver's Hadoop configuration as executors can read it: Hadoop's {@code Configuration} is
   * not serialisable, so it travels wrapped, and broadcast so it is shipped once per executor
   * rather than with every task.
   */
  public static Broadcast<SerializableConfiguration> hadoopConf(SparkSession spark) {
    return JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(new SerializableConfiguration(spark.sparkContext().hadoopConfiguration()));
  }

  @Override
  public Iterator<Row> call(String file) throws IOException {
    init();
    Path path = new Path(file);
    FileSystem fs =
        path.getFileSystem(hadoopConf == null ? new Configuration() : hadoopConf.value().value());
    String source = path.getName();
    FileContext context = new FileContext(source, RawRecords.dayInName(source).orElse(UNKNOWN_DAY));
    List<Row> rows = new ArrayList<>();
    Charset charset =
        RawRecords.isCsv(source) ? Charset.forName(csvEncoding) : StandardCharsets.UTF_8;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(fs.open(path), charset), 1 << 16)) {
      RawRecords.read(
          in, source, parser, r -> rows.add(toRow(context, r.line(), r.raw(), r.parsed())));
    }
    return rows.iterator();
  }

  private Row toRow(FileContext context, long line, String raw, ParsedEvent parsed) {
    if (parsed instanceof ParsedEvent.Valid valid) {
      ChatEvent e = valid.event();
      context.lastDay = EventTimestamps.businessDay(e.ts());
      MaskResult text = e.text() == null ? null : TextPreparation.prepareCounted(e.text());
      return RecordRows.valid(context.source, line, e, text);
    }
    ParsedEvent.Invalid invalid = (ParsedEvent.Invalid) parsed;
    return RecordRows.invalid(context.source, line, invalid, masker.mask(raw), context.lastDay);
  }

  private void init() {
    if (parser == null) {
      parser = new ChatEventParser();
      masker = new RecordMasker();
    }
  }

  private static final class FileContext {
    final String source;
    LocalDate lastDay;

    FileContext(String source, LocalDate day) {
      this.source = source;
      this.lastDay = day;
    }
  }
}
