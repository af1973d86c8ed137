package io.kefu.samples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplayOrderTest {

  @Test
  void offsetsAreComparedAsInstantsAcrossMidnight() {
    ReplayOrder order =
        orderOf(
            event("a", "s1", "2026-11-02T00:30:00+08:00"), // 16:30Z, the next Shanghai day
            event("b", "s2", "2026-11-01T16:00:00Z"),
            event("c", "s3", "2026-11-01T11:15:00-05:00"), // 16:15Z
            event("d", "s4", "2026-11-01T23:59:59.999+08:00")); // 15:59:59.999Z

    assertThat(eventIds(order.ordered())).containsExactly("d", "b", "c", "a");
    assertThat(order.unreadableTimestamps()).isZero();
  }

  @Test
  void aLineWithoutReadableTimeStaysRightAfterTheLineReadBeforeIt() {
    ReplayOrder order =
        orderOf(
            event("a", "s1", "2026-11-01T10:00:00+08:00"),
            "not json at all",
            event("b", "s1", "2026-11-01T09:00:00+08:00"),
            "{\"event_id\":\"bad-ts\",\"session_id\":\"s2\",\"ts\":\"yesterday\"}",
            event("c", "s1", "2026-11-01T11:00:00+08:00"));

    ReplayOrder.Ordered ordered = order.ordered();
    assertThat(texts(ordered))
        .containsExactly(
            event("b", "s1", "2026-11-01T09:00:00+08:00"),
            "{\"event_id\":\"bad-ts\",\"session_id\":\"s2\",\"ts\":\"yesterday\"}",
            event("a", "s1", "2026-11-01T10:00:00+08:00"),
            "not json at all",
            event("c", "s1", "2026-11-01T11:00:00+08:00"));
    assertThat(order.unreadableTimestamps()).isEqualTo(2);
  }

  @Test
  void unreadableFirstLinesGoFirst() {
    ReplayOrder order = orderOf("{broken", "", event("a", "s1", "2026-11-01T10:00:00Z"));

    assertThat(texts(order.ordered()))
        .containsExactly("{broken", "", event("a", "s1", "2026-11-01T10:00:00Z"));
  }

  @Test
  void equalInstantsKeepReadingOrderWhateverTheirOffset() {
    ReplayOrder order =
        orderOf(
            event("late", "s9", "2026-11-01T12:00:01Z"),
            event("t1", "s1", "2026-11-01T20:00:00+08:00"),
            event("t2", "s2", "2026-11-01T12:00:00Z"),
            event("t3", "s3", "2026-11-01T07:00:00-05:00"),
            event("t4", "s4", "2026-11-01T12:00:00.000Z"));

    assertThat(eventIds(order.ordered())).containsExactly("t1", "t2", "t3", "t4", "late");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"ts\":\"2026-02-30T10:00:00+08:00\"}", // no such day
        "{\"ts\":\"2026-11-01T10:00:00\"}", // no offset: its instant depends on the reader
        "{\"ts\":1762000000}", // not a string
        "{\"ts\":null}",
        "{\"data\":{\"ts\":\"2026-11-01T10:00:00Z\"}}", // not a top-level field
        "[\"ts\",\"2026-11-01T10:00:00Z\"]",
        "\"ts\"",
      })
  void timesThatCannotBeReadAreCounted(String line) {
    assertThat(EventLineFields.read(bytes(line)).eventTimeMicros()).isNull();
  }

  @Test
  void aTimeReadBeforeTheJsonBreaksIsUsed() {
    EventLineFields fields =
        EventLineFields.read(
            bytes(
                "{\"ts\":\"2026-11-01 10:00:00.5+08:00\",\"session_id\":\"s1\",\"text\":\"unterm"));

    assertThat(fields.eventTimeMicros())
        .isEqualTo(EventLineFields.toMicros(Instant.parse("2026-11-01T02:00:00.500Z")));
    assertThat(fields.sessionId()).isEqualTo("s1");
  }

  @Test
  void theKeyIsTheTopLevelSessionIdStringElseNull() {
    ReplayOrder order =
        orderOf(
            "{\"session_id\":\"s1\",\"ts\":\"2026-11-01T10:00:00Z\"}",
            "{\"meta\":{\"session_id\":\"nested\"},\"ts\":\"2026-11-01T10:00:01Z\"}",
            "{\"session_id\":42,\"ts\":\"2026-11-01T10:00:02Z\"}",
            "{\"session_id\":\" \",\"ts\":\"2026-11-01T10:00:03Z\"}",
            "{\"ts\":\"2026-11-01T10:00:04Z\",\"session_id\":\"s5\"}",
            "garbage");

    ReplayOrder.Ordered ordered = order.ordered();
    List<String> keys = IntStream.range(0, ordered.size()).mapToObj(ordered::key).toList();
    assertThat(keys).containsExactly("s1", null, null, null, "s5", null);
    assertThat(order.withoutSessionId()).isEqualTo(4);
  }

  @Test
  void valuesAreTheLinesByteForByte() {
    String line = "{ \"ts\" : \"2026-11-01T10:00:00Z\" , \"text\":\"<b>退款</b> 😀\" }  ";
    ReplayOrder order = orderOf(line);

    assertThat(order.ordered().value(0)).isEqualTo(bytes(line));
  }

  @Test
  void manyLinesWithManyTiesSortLikeAStableSort() {
    Random random = new Random(7);
    long[] times = new long[20_000];
    for (int i = 0; i < times.length; i++) {
      // runs already in order, as within a recorded file, broken up by out-of-order stretches
      times[i] = i % 500 < 400 ? i / 10 : random.nextInt(300);
    }
    List<Integer> expected = new ArrayList<>(IntStream.range(0, times.length).boxed().toList());
    expected.sort(Comparator.comparingLong(i -> times[i]));

    assertThat(ReplayOrder.stableOrder(times, times.length)).containsExactly(toArray(expected));
  }

  @Test
  void timesBeyondTheRangeOfMicrosecondsSortAtTheEnds() {
    ReplayOrder order =
        orderOf(
            event("far", "s1", "+200000000-01-01T00:00:00Z"),
            event("now", "s2", "2026-11-01T10:00:00Z"),
            event("past", "s3", "-200000000-01-01T00:00:00Z"));

    assertThat(eventIds(order.ordered())).containsExactly("past", "now", "far");
  }

  private static ReplayOrder orderOf(String... lines) {
    ReplayOrder order = new ReplayOrder();
    for (String line : lines) {
      order.add(line);
    }
    return order;
  }

  private static String event(String id, String session, String ts) {
    return "{\"event_id\":\""
        + id
        + "\",\"type\":\"message\",\"session_id\":\""
        + session
        + "\",\"ts\":\""
        + ts
        + "\",\"role\":\"customer\",\"text\":\"你好\"}";
  }

  private static List<String> texts(ReplayOrder.Ordered ordered) {
    return IntStream.range(0, ordered.size()).mapToObj(ordered::text).toList();
  }

  private static List<String> eventIds(ReplayOrder.Ordered ordered) {
    return texts(ordered).stream()
        .map(t -> t.replaceAll(".*\"event_id\":\"([^\"]*)\".*", "$1"))
        .toList();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
