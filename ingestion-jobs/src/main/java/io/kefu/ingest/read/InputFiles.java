package io.kefu.ingest.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The raw files of an input folder: every {@code .jsonl}, {@code .json} and {@code .csv} file below
 * it (the generator writes {@code raw/} and {@code exports/}; shops export their own layouts),
 * hidden files and {@code truth/} excepted, in path order.
 */
public final class InputFiles {

  private InputFiles() {}

  public static List<String> list(String input, Configuration conf) throws IOException {
    Path root = new Path(input);
    FileSystem fs = root.getFileSystem(conf);
    if (!fs.exists(root)) {
      throw new IOException("input not found: " + input);
    }
    List<String> files = new ArrayList<>();
    FileStatus status = fs.getFileStatus(root);
    if (status.isFile()) {
      files.add(status.getPath().toString());
      return files;
    }
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
    while (it.hasNext()) {
      Path p = it.next().getPath();
      String relative = p.toString().substring(fs.makeQualified(root).toString().length());
      if (isRaw(p.getName()) && !relative.contains("/truth/") && !relative.contains("/.")) {
        files.add(p.toString());
      }
    }
    if (files.isEmpty()) {
      throw new IOException("no .jsonl, .json or .csv files under " + input);
    }
    files.sort(null);
    return files;
  }

  private static boolean isRaw(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return !lower.startsWith(".")
        && !lower.startsWith("_")
        && (lower.endsWith(".jsonl") || lower.endsWith(".json") || lower.endsWith(".csv"));
  }
}
