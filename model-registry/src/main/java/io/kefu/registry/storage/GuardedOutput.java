package io.kefu.registry.storage;

import java.io.FilterOutputStream;
import java.io.IOException;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.StreamCapabilities;

/**
 * A Hadoop output stream that keeps its first failure visible. An HDFS stream rethrows a write's
 * failure from {@code close()} as the same exception object, which try-with-resources turns into
 * "Self-suppression not permitted", hiding the cause; this one does not rethrow it from close.
 */
final class GuardedOutput extends FilterOutputStream {

  private IOException failure;

  GuardedOutput(FSDataOutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  /** On the DataNodes' disks where the stream can (HDFS); an S3 object is durable once closed. */
  void sync() throws IOException {
    FSDataOutputStream stream = (FSDataOutputStream) out;
    try {
      if (stream.hasCapability(StreamCapabilities.HSYNC)) {
        stream.hsync();
      }
    } catch (IOException e) {
      failure = e;
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      if (e != failure) {
        throw e;
      }
    }
  }
}
