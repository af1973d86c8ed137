package io.kefu.metrics;

import io.kefu.cli.CommandLines;
import io.kefu.clickhouse.ClickHouseGateway;
import io.kefu.clickhouse.ClickHouseSettings;
import io.kefu.clickhouse.KefuSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The headline figures of one day as the live tables hold them (read with FINAL): FCR, CSAT, the
 * top hot topic and QA coverage. The demo prints it after streaming; {@code --day} defaults to the
 * latest day with sessions.
 */
@Command(
    name = "day-summary",
    mixinStandardHelpOptions = true,
    description = "FCR, CSAT, top hot topic and QA coverage of a day, from ClickHouse")
public final class DaySummary implements Callable<Integer> {

  @Option(names = "--day", paramLabel = "YYYY-MM-DD", description = "default: the latest day")
  String day;

  public static void main(String[] args) {
    System.exit(CommandLines.run(new DaySummary(), args));
  }

  @Override
  public Integer call() {
    try (ClickHouseGateway ch = ClickHouseGateway.connect(ClickHouseSettings.fromEnvironment())) {
      String d =
          day != null
              ? day
              : String.valueOf(
                  ch.query(
                          "SELECT toString(max(day)) AS d FROM "
                              + ch.qualify(KefuSchema.CSAT_DAILY)
                              + " FINAL WHERE ended > 0")
                      .get(0)
                      .get("d"));
      String where = " FINAL WHERE day = '" + d + "'";
      Map<String, Object> fcr =
          one(
              ch,
              "SELECT sum(issues) AS i, sum(resolved_first_contact) AS r, min(final) AS f FROM "
                  + ch.qualify(KefuSchema.FCR_DAILY)
                  + where);
      Map<String, Object> csat =
          one(
              ch,
              "SELECT sum(rated) AS r, sum(satisfied) AS s, sum(ended) AS e FROM "
                  + ch.qualify(KefuSchema.CSAT_DAILY)
                  + where);
      Map<String, Object> qa =
          one(
              ch,
              "SELECT sum(ended) AS e, sum(inspected) AS i FROM "
                  + ch.qualify(KefuSchema.QA_COVERAGE_DAILY)
                  + where);
      List<Map<String, Object>> top =
          ch.query(
              "SELECT topic, sum(sessions) AS n, sum(spike) AS spikes FROM "
                  + ch.qualify(KefuSchema.HOT_TOPICS)
                  + where
                  + " AND topic_kind = 'intent' AND topic != 'other'"
                  + " GROUP BY topic ORDER BY spikes DESC, n DESC, topic LIMIT 1");
      System.out.printf(
          "%s: FCR %s (%d issues%s); CSAT %s (%d rated of %d ended); QA coverage %s (%d of %d"
              + " ended sessions inspected); top hot topic: %s%n",
          d,
          percent(num(fcr, "r"), num(fcr, "i")),
          num(fcr, "i"),
          num(fcr, "f") == 1 ? ", final" : ", provisional",
          percent(num(csat, "s"), num(csat, "r")),
          num(csat, "r"),
          num(csat, "e"),
          percent(num(qa, "i"), num(qa, "e")),
          num(qa, "i"),
          num(qa, "e"),
          top.isEmpty()
              ? "none"
              : top.get(0).get("topic")
                  + " ("
                  + num(top.get(0), "n")
                  + " sessions"
                  + (num(top.get(0), "spikes") > 0
                      ? ", spiking in " + num(top.get(0), "spikes") + " windows"
                      : "")
                  + ")");
    }
    return 0;
  }

  private static Map<String, Object> one(ClickHouseGateway ch, String sql) {
    return ch.query(sql).get(0);
  }

  private static long num(Map<String, Object> row, String column) {
    Object v = row.get(column);
    return v instanceof Number n ? n.longValue() : v == null ? 0 : Long.parseLong(v.toString());
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "n/a" : String.format("%.1f %%", 100.0 * part / whole);
  }
}
