package io.kefu.qa.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * What the inspect job reads: an ingest output folder (it holds {@code report.json} and {@code
 * messages/}) or raw chat logs (every {@code .jsonl}, {@code .json} and {@code .csv} file below the
 * folder, {@code truth/} and hidden files excepted, as the ingest job reads them).
 *
 * @param ingestOutput whether the folder is an ingest output
 * @param rawFiles the raw files in path order; empty for an ingest output
 */
public record InspectInput(String root, boolean ingestOutput, List<String> rawFiles) {

  public InspectInput {
    rawFiles = List.copyOf(rawFiles);
  }

  /**
   * Looks at {@code input} and decides what it is.
   *
   * @throws IOException when it does not exist or holds nothing to read
   */
  public static InspectInput of(String input, Configuration conf) throws IOException {
    Path root = new Path(input);
    FileSystem fs = root.getFileSystem(conf);
    if (!fs.exists(root)) {
      throw new IOException("--input not found: " + input);
    }
    if (fs.exists(new Path(root, "report.json")) && fs.exists(new Path(root, "messages"))) {
      return new InspectInput(input, true, List.of());
    }
    List<String> files = new ArrayList<>();
    if (fs.getFileStatus(root).isFile()) {
      files.add(fs.makeQualified(root).toString());
    } else {
      String prefix = fs.makeQualified(root).toString();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      while (it.hasNext()) {
        Path p = it.next().getPath();
        String relative = p.toString().substring(prefix.length());
        if (isRaw(p.getName()) && !relative.contains("/truth/") && !relative.contains("/.")) {
          files.add(p.toString());
        }
      }
    }
    if (files.isEmpty()) {
      throw new IOException(
          "nothing to inspect under "
              + input
              + ": no .jsonl, .json or .csv files, and not an ingest output (report.json + messages/)");
    }
    files.sort(null);
    return new InspectInput(input, false, files);
  }

  public String describe() {
    return ingestOutput ? "ingest output " + root : rawFiles.size() + " raw files under " + root;
  }

  private static boolean isRaw(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !lower.startsWith(".")
        && !lower.startsWith("_")
        && (lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".csv"));
  }
}
