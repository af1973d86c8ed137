package io.kefu.samples.script;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.qa.QaRuleId;
import io.kefu.samples.pii.GeneratedPiiKind;
import io.kefu.samples.pii.PiiMention;
import io.kefu.samples.schedule.IdMint;
import io.kefu.samples.schedule.SessionPlan;
import io.kefu.samples.text.Utterance;
import io.kefu.samples.truth.CsatRating;
import io.kefu.samples.truth.MessageFacts;
import io.kefu.samples.truth.RuleInspector;
import io.kefu.samples.truth.Sentiment;
import io.kefu.samples.truth.SessionFacts;
import io.kefu.samples.truth.SessionTruth;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a rendered, timed dialogue into chat events (CONTRACT §2) and its truth: agent id set from
 * the transfer on, timestamps written with the session's display offset, CSAT after the end, and
 * the rules judged by {@link RuleInspector} on what was actually written.
 */
final class DialogueRecorder {

  private final IdMint ids;
  private final SessionPlan plan;
  private final List<ChatEvent> events = new ArrayList<>(32);
  private final List<MessageFacts> facts = new ArrayList<>(24);
  private final List<PiiMention> pii = new ArrayList<>();
  private final List<Sentiment> moods = new ArrayList<>();
  private String agentId;
  private Long agentSince;

  DialogueRecorder(IdMint ids, SessionPlan plan) {
    this.ids = ids;
    this.plan = plan;
  }

  GeneratedSession assemble(
      List<Step> steps, SessionOutline o, String faqId, long end, SplittableRandom r) {
    events.add(ChatEvent.sessionStart(header(plan.start().getEpochSecond())));
    for (Step s : steps) {
      if (s.kind == StepKind.TRANSFER) {
        agentId = o.agent().id();
        agentSince = agentSince == null ? s.epochSecond : agentSince;
        events.add(ChatEvent.transfer(header(s.epochSecond)));
      } else {
        message(s);
      }
    }
    events.add(ChatEvent.sessionEnd(header(end), o.endReason()));
    List<CsatRating> ratings = csat(o, end, r);
    Integer rating = ratings.isEmpty() ? null : ratings.get(0).rating();
    SessionTruth truth =
        new SessionTruth(
            plan.sessionId(),
            plan.customerId(),
            plan.channel(),
            plan.source(),
            plan.start(),
            Instant.ofEpochSecond(end),
            plan.intent(),
            faqId,
            List.copyOf(moods),
            plan.repeatContact(),
            plan.previousSessionId(),
            o.endReason(),
            rating,
            ratings,
            RuleInspector.inspect(new SessionFacts(facts, agentSince, end, o.endReason())),
            List.copyOf(pii),
            facts.size(),
            agentId,
            plan.emergingPhrase());
    return new GeneratedSession(plan, List.copyOf(events), truth);
  }

  // Customers rate within ten minutes of the end, most within two; a few rate twice.
  private List<CsatRating> csat(SessionOutline o, long end, SplittableRandom r) {
    Integer rating = CsatPolicy.rating(o.endReason(), moods.get(moods.size() - 1), r);
    if (rating == null) {
      return List.of();
    }
    long at =
        end + (r.nextInt(100) < 70 ? Timeline.between(r, 5, 120) : Timeline.between(r, 121, 590));
    events.add(ChatEvent.csat(header(at), rating));
    if (r.nextInt(100) >= 3) {
      return List.of(new CsatRating(Instant.ofEpochSecond(at), rating));
    }
    long again = at + Timeline.between(r, 10, 120);
    int second = CsatPolicy.secondRating(rating, r);
    events.add(ChatEvent.csat(header(again), second));
    return List.of(
        new CsatRating(Instant.ofEpochSecond(at), rating),
        new CsatRating(Instant.ofEpochSecond(again), second));
  }

  private void message(Step s) {
    int index = facts.size();
    String text = s.text.text();
    boolean leak = false;
    for (Utterance.Segment seg : s.text.segments()) {
      if (seg.pii() != null) {
        pii.add(new PiiMention(seg.pii(), seg.text(), index));
        leak |= s.isAgent() && isLeakable(seg.pii());
      }
    }
    if (s.isCustomer()) {
      moods.add(s.mood);
    }
    if (s.isAgent() && agentSince == null) {
      agentSince = s.epochSecond;
    }
    facts.add(
        new MessageFacts(
            s.role(),
            s.epochSecond,
            text,
            s.isCustomer() ? s.mood : null,
            s.greeting,
            s.closing,
            s.apology,
            s.injected.contains(QaRuleId.FORBIDDEN_WORDS),
            s.injected.contains(QaRuleId.IMPROPER_PROMISE),
            s.injected.contains(QaRuleId.OFF_PLATFORM_STEERING),
            s.injected.contains(QaRuleId.REVIEW_SOLICITATION),
            leak));
    events.add(ChatEvent.message(header(s.epochSecond), s.role(), text));
  }

  private static boolean isLeakable(GeneratedPiiKind type) {
    return type == GeneratedPiiKind.PHONE
        || type == GeneratedPiiKind.ID_CARD
        || type == GeneratedPiiKind.BANK_CARD;
  }

  private ChatEvent.Header header(long epochSecond) {
    OffsetDateTime ts =
        OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), plan.displayOffset());
    return new ChatEvent.Header(
        ids.eventId(plan.key(), events.size()),
        plan.sessionId(),
        plan.customerId(),
        agentId,
        plan.channel(),
        ts);
  }
}
