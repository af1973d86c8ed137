package io.kefu.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TextVarietyTest {

  private final SampleData data = SampleData.get();

  private List<String> texts(Role role) {
    return data.sessions.values().stream()
        .flatMap(List::stream)
        .filter(e -> e.role() == role)
        .map(ChatEvent::text)
        .toList();
  }

  private static double share(List<String> texts, Predicate<String> p) {
    return (double) texts.stream().filter(p).count() / texts.size();
  }

  @Test
  void customerMessagesAreRarelyRepeatedVerbatim() {
    List<String> customer = texts(Role.CUSTOMER).stream().filter(t -> t.length() > 12).toList();
    Set<String> distinct = new HashSet<>(customer);
    assertThat((double) distinct.size() / customer.size()).isGreaterThan(0.85);
  }

  @Test
  void customerTextsCarryEmojiFullWidthHtmlLineBreaksAndTypos() {
    List<String> customer = texts(Role.CUSTOMER);
    assertThat(share(customer, t -> t.codePoints().anyMatch(c -> c >= 0x1F300)))
        .isBetween(0.03, 0.3);
    assertThat(share(customer, t -> t.matches(".*[\\uFF10-\\uFF19\\uFF21-\\uFF5A].*")))
        .isBetween(0.005, 0.2);
    assertThat(
            share(
                customer,
                t ->
                    t.contains("<img")
                        || t.contains("<br")
                        || t.contains("<p>")
                        || t.contains("&nbsp;")))
        .isBetween(0.005, 0.2);
    assertThat(share(customer, t -> t.contains("\n"))).isBetween(0.01, 0.2);
    assertThat(customer).anyMatch(t -> t.contains("咋") || t.contains("啥") || t.contains("滴"));
  }

  @Test
  void agentsGreetApologiseAndCloseInManyWays() {
    List<String> agent = texts(Role.AGENT);
    assertThat(agent.stream().filter(t -> t.contains("您好")).distinct().count()).isGreaterThan(100);
    assertThat(agent)
        .anyMatch(t -> t.contains("抱歉"))
        .anyMatch(t -> t.contains("祝您生活愉快"))
        .anyMatch(t -> t.contains("****"));
  }
}
