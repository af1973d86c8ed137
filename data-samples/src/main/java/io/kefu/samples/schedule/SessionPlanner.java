package io.kefu.samples.schedule;

import io.kefu.core.event.Channel;
import io.kefu.core.taxonomy.Intent;
import io.kefu.samples.EmergingPhrase;
import io.kefu.samples.GeneratorConfig;
import io.kefu.samples.Spike;
import io.kefu.samples.schedule.RandomStreams.Purpose;
import io.kefu.samples.text.Faq;
import io.kefu.samples.text.IntentProfile;
import io.kefu.samples.text.Phrasebook;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Decides who contacts the shop when, about what, over which channel: base sessions from the daily
 * curve, extra sessions for spikes and emerging phrases, customers who come back about the same
 * intent (some within the 72 h re-contact window, some after it, a few right at its edge: {@link
 * BoundaryRecontacts}), and the resulting repeat-contact truth. Pure: the same configuration gives
 * the same plans.
 */
public final class SessionPlanner {

  /**
   * The re-contact window W of CONTRACT §3 used for the truth's {@code repeat_contact}. Half-open
   * as core's RecontactWindow: a session is a repeat iff one of the same customer and intent
   * started less than W before it; a gap of exactly W is a new issue.
   */
  public static final Duration RECONTACT_WINDOW = Duration.ofHours(72);

  private static final int RETURN_PERCENT = 10;
  private static final int REGULAR_PERCENT = 12;
  private static final int UTC_PERCENT = 10;
  private static final long SPIKE_KEYS = 1L << 40;
  private static final long EMERGING_KEYS = 1L << 41;
  private static final Intent[] EMERGING_INTENTS = {Intent.QUALITY_COMPLAINT, Intent.REPAIR};
  private static final String[] EMERGING_FAQS = {
    "quality_complaint.defect", "repair.how_to_repair"
  };
  private static final int EMERGING_QUALITY_PERCENT = 70;
  private static final long REGULAR_CUSTOMERS = 1L << 50;
  private static final Channel[] CHANNELS = {
    Channel.APP, Channel.WECHAT, Channel.MINI_PROGRAM, Channel.WEB
  };
  private static final int[] CHANNEL_PERCENT = {45, 22, 18, 15};

  private final GeneratorConfig config;
  private final Phrasebook book;
  private final RandomStreams streams;
  private final IdMint ids;
  private final ArrivalCurve curve;
  private final double[] intentCumulative = new double[Intent.values().length];

  public SessionPlanner(GeneratorConfig config, Phrasebook book) {
    this.config = config;
    this.book = book;
    this.streams = new RandomStreams(config.seed());
    this.ids = new IdMint(streams);
    this.curve = new ArrivalCurve(config.start(), config.days());
    double sum = 0;
    for (Intent intent : Intent.values()) {
      sum += book.intent(intent).weight();
      intentCumulative[intent.ordinal()] = sum;
    }
  }

  public IdMint ids() {
    return ids;
  }

  /**
   * Plans every session of the run.
   *
   * @param outcomes how a final plan turns out once scripted; needed to place a few returns right
   *     at the re-contact window's edge after a session's end
   */
  public PlannedSessions plan(Function<SessionPlan, ContactOutcome> outcomes) {
    List<Draft> drafts = new ArrayList<>(config.sessions());
    for (long i = 0; i < config.sessions(); i++) {
      SplittableRandom r = streams.stream(Purpose.PLAN, i);
      drafts.add(draft(i, curve.sample(r), pickIntent(r), r));
    }
    int spikeSessions = addSpikes(drafts);
    int emergingSessions = addEmerging(drafts);
    drafts.sort(Comparator.comparing((Draft d) -> d.start).thenComparingLong(d -> d.key));
    assignReturns(drafts);
    BoundaryRecontacts boundary = new BoundaryRecontacts(config, streams);
    boundary.placeFromStarts(drafts);
    markRepeats(drafts);
    boundary.placeFromEnds(drafts, outcomes);
    markRepeats(drafts);
    boundary.checkAnchors();
    return new PlannedSessions(
        drafts.stream().map(Draft::toPlan).toList(), spikeSessions, emergingSessions);
  }

  private int addSpikes(List<Draft> drafts) {
    int added = 0;
    for (int j = 0; j < config.spikes().size(); j++) {
      Spike spike = config.spikes().get(j);
      int count = spikeCount(spike, streams.stream(Purpose.SPIKE, j));
      for (int k = 0; k < count; k++) {
        long key = SPIKE_KEYS + ((long) j << 24) + k;
        SplittableRandom r = streams.stream(Purpose.SPIKE, key);
        Draft d = draft(key, spike.start().plusSeconds(r.nextInt(3600)), spike.intent(), r);
        d.spike = true;
        drafts.add(d);
      }
      added += count;
    }
    return added;
  }

  // Complaints about a new problem under an ordinary intent, all starting in the phrase's spread.
  private int addEmerging(List<Draft> drafts) {
    int added = 0;
    int spread = (int) EmergingPhrase.SPREAD.toSeconds();
    for (int j = 0; j < config.emerging().size(); j++) {
      EmergingPhrase e = config.emerging().get(j);
      for (int k = 0; k < e.sessions(); k++) {
        long key = EMERGING_KEYS + ((long) j << 24) + k;
        SplittableRandom r = streams.stream(Purpose.EMERGING, key);
        int which = r.nextInt(100) < EMERGING_QUALITY_PERCENT ? 0 : 1;
        Draft d = draft(key, e.start().plusSeconds(r.nextInt(spread)), EMERGING_INTENTS[which], r);
        d.faqIndex = faqIndex(EMERGING_INTENTS[which], EMERGING_FAQS[which]);
        d.emergingPhrase = e.phrase();
        drafts.add(d);
      }
      added += e.sessions();
    }
    return added;
  }

  private int faqIndex(Intent intent, String faqId) {
    List<Faq> faqs = book.intent(intent).faqs();
    for (int i = 0; i < faqs.size(); i++) {
      if (faqs.get(i).id().equals(faqId)) {
        return i;
      }
    }
    throw new IllegalStateException("phrasebook has no FAQ " + faqId);
  }

  private Draft draft(long key, Instant start, Intent intent, SplittableRandom r) {
    Draft d = new Draft();
    d.key = key;
    d.start = start;
    d.intent = intent;
    d.faqIndex = pickFaq(book.intent(intent), r);
    d.channel = pickChannel(r);
    d.offset = r.nextInt(100) < UTC_PERCENT ? ZoneOffset.UTC : ZoneOffset.ofHours(8);
    d.source = r.nextDouble() < config.exportShare() ? Source.EXPORTS : Source.RAW;
    long regulars = Math.max(20, config.sessions() / 8);
    d.customerNo =
        r.nextInt(100) < REGULAR_PERCENT ? REGULAR_CUSTOMERS + r.nextLong(regulars) : key;
    return d;
  }

  // Expected base sessions of the intent in the spike hour, times (factor - 1), rounded at random.
  private int spikeCount(Spike spike, SplittableRandom r) {
    double share =
        book.intent(spike.intent()).weight() / intentCumulative[intentCumulative.length - 1];
    double extra =
        config.sessions() * share * curve.hourShare(spike.start()) * (spike.factor() - 1);
    int whole = (int) Math.floor(extra);
    return whole + (r.nextDouble() < extra - whole ? 1 : 0);
  }

  // A returning customer copies customer, intent and FAQ from an earlier session: most within the
  // re-contact window, the rest a few days later, so that both cases occur in the truth.
  private void assignReturns(List<Draft> drafts) {
    long[] starts = drafts.stream().mapToLong(d -> d.start.getEpochSecond()).toArray();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      SplittableRandom r = streams.stream(Purpose.REPEAT, d.key);
      if (d.injected() || r.nextInt(100) >= RETURN_PERCENT) {
        continue;
      }
      long gap = r.nextInt(10) < 6 ? 3600 + r.nextInt(69 * 3600) : 74 * 3600 + r.nextInt(94 * 3600);
      int earlier = latestAtOrBefore(starts, d.start.getEpochSecond() - gap, i);
      if (earlier >= 0) {
        d.returnTo(drafts.get(earlier));
      }
    }
  }

  private static int latestAtOrBefore(long[] starts, long t, int limit) {
    int lo = 0;
    int hi = limit - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= t) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  // Sorts by start then session id, the order core and the oracle place sessions in, and marks
  // each session against the latest earlier one of its customer and intent.
  private void markRepeats(List<Draft> drafts) {
    for (Draft d : drafts) {
      d.sessionId = ids.sessionId(d.key);
      d.customerId = ids.customerId(d.customerNo);
      d.followedUp = false;
      d.repeatContact = false;
      d.previousSessionId = null;
    }
    drafts.sort(Comparator.comparing((Draft d) -> d.start).thenComparing(d -> d.sessionId));
    Map<String, Draft> latest = new HashMap<>();
    for (Draft d : drafts) {
      Draft previous = latest.put(d.customerId + "|" + d.intent.id(), d);
      if (previous != null) {
        d.previousSessionId = previous.sessionId;
        Duration gap = Duration.between(previous.start, d.start);
        d.repeatContact = gap.compareTo(RECONTACT_WINDOW) < 0;
        previous.followedUp |= d.repeatContact;
      }
    }
  }

  private Intent pickIntent(SplittableRandom r) {
    double u = r.nextDouble() * intentCumulative[intentCumulative.length - 1];
    for (Intent intent : Intent.values()) {
      if (u < intentCumulative[intent.ordinal()]) {
        return intent;
      }
    }
    return Intent.OTHER;
  }

  private static int pickFaq(IntentProfile profile, SplittableRandom r) {
    double total = profile.faqs().stream().mapToDouble(Faq::weight).sum();
    double u = r.nextDouble() * total;
    List<Faq> faqs = profile.faqs();
    for (int i = 0; i < faqs.size(); i++) {
      u -= faqs.get(i).weight();
      if (u < 0) {
        return i;
      }
    }
    return faqs.size() - 1;
  }

  private static Channel pickChannel(SplittableRandom r) {
    int u = r.nextInt(100);
    for (int i = 0; i < CHANNELS.length; i++) {
      u -= CHANNEL_PERCENT[i];
      if (u < 0) {
        return CHANNELS[i];
      }
    }
    return Channel.APP;
  }
}
