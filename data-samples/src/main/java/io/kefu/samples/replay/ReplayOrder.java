package io.kefu.samples.replay;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Puts raw event lines into event-time order for a replay. Lines are added in reading order (files
 * in name order, lines in file order); {@link #ordered()} sorts them by {@code ts} as an instant,
 * whatever offset it was written with, and keeps reading order among equal instants. A line whose
 * {@code ts} cannot be read takes the time of the line read before it, so it stays right after that
 * line (a first line without a time goes first): a bad line is replayed near where it was recorded
 * instead of at one end of the stream.
 *
 * <p>Memory: a line is held as its UTF-8 bytes plus a {@code long}; session ids are shared between
 * the lines of a session. A few million lines fit in a few GiB of heap.
 */
public final class ReplayOrder {

  private static final int INSERTION_SORT_BELOW = 32;

  private byte[][] lines = new byte[1024][];
  private long[] times = new long[1024];
  private String[] keys = new String[1024];
  private final Map<String, String> sharedKeys = new HashMap<>();
  private int size;
  private long unreadable;
  private long withoutKey;
  private long previousTime = Long.MIN_VALUE;

  /** Adds a line as read (its bytes are kept, not copied). */
  public void add(byte[] line) {
    EventLineFields fields = EventLineFields.read(line);
    long time;
    if (fields.eventTimeMicros() == null) {
      unreadable++;
      time = previousTime;
    } else {
      time = fields.eventTimeMicros();
    }
    previousTime = time;
    if (size == lines.length) {
      int grown = Math.max(size + 1, (int) Math.min(Integer.MAX_VALUE - 8, size * 3L / 2));
      lines = Arrays.copyOf(lines, grown);
      times = Arrays.copyOf(times, grown);
      keys = Arrays.copyOf(keys, grown);
    }
    lines[size] = line;
    times[size] = time;
    if (fields.sessionId() == null) {
      withoutKey++;
    } else {
      keys[size] = share(fields.sessionId());
    }
    size++;
  }

  /** Adds a line given as text (tests, callers that hold strings). */
  public void add(String line) {
    add(line.getBytes(StandardCharsets.UTF_8));
  }

  public int size() {
    return size;
  }

  /** Lines without a readable {@code ts}. */
  public long unreadableTimestamps() {
    return unreadable;
  }

  /** Lines without a readable {@code session_id}: published without a key. */
  public long withoutSessionId() {
    return withoutKey;
  }

  /** The lines in event-time order; a view over this object's arrays, sorted once per call. */
  public Ordered ordered() {
    return new Ordered(stableOrder(times, size));
  }

  /** The lines in replay order: the Kafka value, key and event time of each position. */
  public final class Ordered {
    private final int[] order;

    private Ordered(int[] order) {
      this.order = order;
    }

    public int size() {
      return order.length;
    }

    /** The line as read, without its line break: the Kafka record value. */
    public byte[] value(int position) {
      return lines[order[position]];
    }

    /** The line's {@code session_id}, or {@code null}: the Kafka record key. */
    public String key(int position) {
      return keys[order[position]];
    }

    /** The time the line is ordered by, in microseconds since the epoch. */
    public long eventTimeMicros(int position) {
      return times[order[position]];
    }

    /** The line as text (tests, messages). */
    public String text(int position) {
      return new String(value(position), StandardCharsets.UTF_8);
    }
  }

  private String share(String key) {
    String shared = sharedKeys.putIfAbsent(key, key);
    return shared == null ? key : shared;
  }

  /**
   * The indexes {@code 0..n-1} sorted by {@code times[i]}, equal times in index order: a merge sort
   * over primitive indexes (no boxing per line) that skips merging runs already in order, which
   * recorded logs mostly are within a file.
   */
  static int[] stableOrder(long[] times, int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    sort(order, new int[n], 0, n, times);
    return order;
  }

  private static void sort(int[] a, int[] scratch, int from, int to, long[] times) {
    if (to - from < INSERTION_SORT_BELOW) {
      insertionSort(a, from, to, times);
      return;
    }
    int mid = (from + to) >>> 1;
    sort(a, scratch, from, mid, times);
    sort(a, scratch, mid, to, times);
    if (times[a[mid - 1]] <= times[a[mid]]) {
      return;
    }
    System.arraycopy(a, from, scratch, from, to - from);
    int left = from;
    int right = mid;
    int out = from;
    while (left < mid && right < to) {
      // strictly less: on a tie the left (earlier-read) line goes first
      a[out++] = times[scratch[right]] < times[scratch[left]] ? scratch[right++] : scratch[left++];
    }
    System.arraycopy(scratch, left, a, out, mid - left);
    System.arraycopy(scratch, right, a, out + mid - left, to - right);
  }

  private static void insertionSort(int[] a, int from, int to, long[] times) {
    for (int i = from + 1; i < to; i++) {
      int index = a[i];
      long time = times[index];
      int j = i - 1;
      while (j >= from && times[a[j]] > time) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = index;
    }
  }
}
