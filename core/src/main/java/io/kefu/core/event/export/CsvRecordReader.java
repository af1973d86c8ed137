package io.kefu.core.event.export;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV records one at a time: quoted fields may hold commas, doubled quotes and line
 * breaks; CRLF and LF both end a record; a leading UTF-8 byte-order mark is skipped. Not
 * thread-safe (one per file).
 */
public final class CsvRecordReader implements AutoCloseable {

  /** One record and the 1-based physical line it starts on, for quarantine locations. */
  public record CsvRecord(long line, List<String> fields) {}

  private static final int BOM = '\uFEFF';

  private final Reader in;
  private long line = 1;
  private int pushedBack = -2;
  private boolean first = true;

  public CsvRecordReader(Reader in) {
    this.in = in;
  }

  /** The next record, or null at end of input. */
  public CsvRecord next() throws IOException {
    int c = read();
    if (first) {
      first = false;
      if (c == BOM) {
        c = read();
      }
    }
    if (c == -1) {
      return null;
    }
    long start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw new IOException(
              "unterminated quoted field in the record starting on line " + start);
        }
        if (c == '"') {
          int peek = read();
          if (peek == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = peek;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == '"' && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\r' || c == '\n' || c == -1) {
        if (c == '\r') {
          int peek = read();
          if (peek != '\n') {
            unread(peek);
          }
        }
        if (c != -1) {
          line++;
        }
        fields.add(field.toString());
        return new CsvRecord(start, fields);
      } else {
        field.append((char) c);
        fieldStarted = true;
      }
      c = read();
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }

  private void unread(int c) {
    pushedBack = c;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
