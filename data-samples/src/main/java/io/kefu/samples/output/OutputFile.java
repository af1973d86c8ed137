package io.kefu.samples.output;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A buffered UTF-8 text file that counts its records and bytes and hashes its content while it is
 * written, for the manifest. Not thread-safe.
 */
final class OutputFile implements AutoCloseable {

  private final String relative;
  private final MessageDigest digest;
  private final CountingStream counter;
  private final Writer writer;
  private long records;

  OutputFile(Path root, String relative) throws IOException {
    this.relative = relative;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    Path path = root.resolve(relative);
    Files.createDirectories(path.getParent());
    this.counter = new CountingStream(new DigestOutputStream(Files.newOutputStream(path), digest));
    this.writer =
        new BufferedWriter(new OutputStreamWriter(counter, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Writes text that is not a record (a byte-order mark, a header). */
  void write(String text) throws IOException {
    writer.write(text);
  }

  /** Writes one record, its terminator included. */
  void record(String text) throws IOException {
    writer.write(text);
    records++;
  }

  /** Closes the file and describes it. */
  FileEntry finish() throws IOException {
    writer.close();
    return new FileEntry(
        relative, records, counter.count, HexFormat.of().formatHex(digest.digest()));
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }

  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
