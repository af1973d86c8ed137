package io.kefu.clickhouse;

import java.io.Serializable;
import java.net.URI;
import java.util.Map;

/**
 * Where the ClickHouse server is and how to log in. Defaults are the local stack of {@code ./kefu
 * stack start}; environment variables {@code KEFU_CLICKHOUSE_URL}, {@code KEFU_CLICKHOUSE_USER},
 * {@code KEFU_CLICKHOUSE_PASSWORD} and {@code KEFU_CLICKHOUSE_DATABASE} point the same code at a
 * cluster. Serializable, so a Spark task may carry it and connect from its executor.
 *
 * @param url the HTTP interface, e.g. {@code http://127.0.0.1:18123}
 * @param database the database every table lives in ({@code kefu} per CONTRACT §4)
 */
public record ClickHouseSettings(String url, String user, String password, String database)
    implements Serializable {

  public static final String DEFAULT_URL = "http://127.0.0.1:18123";
  public static final String DEFAULT_DATABASE = "kefu";

  public ClickHouseSettings {
    URI parsed = URI.create(url);
    if (!"http".equals(parsed.getScheme()) && !"https".equals(parsed.getScheme())) {
      throw new IllegalArgumentException(
          "ClickHouse URL must be http:// or https:// (the HTTP interface), not " + url);
    }
    if (database == null || !database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("ClickHouse database must be an identifier: " + database);
    }
    user = user == null || user.isBlank() ? "default" : user;
    password = password == null ? "" : password;
  }

  /** The local stack's server, overridden by the environment. */
  public static ClickHouseSettings fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static ClickHouseSettings fromEnvironment(Map<String, String> env) {
    return new ClickHouseSettings(
        env.getOrDefault("KEFU_CLICKHOUSE_URL", DEFAULT_URL),
        env.getOrDefault("KEFU_CLICKHOUSE_USER", "default"),
        env.getOrDefault("KEFU_CLICKHOUSE_PASSWORD", ""),
        env.getOrDefault("KEFU_CLICKHOUSE_DATABASE", DEFAULT_DATABASE));
  }

  /** The same server with another database (tests use a scratch database). */
  public ClickHouseSettings withDatabase(String otherDatabase) {
    return new ClickHouseSettings(url, user, password, otherDatabase);
  }

  /** The same login and database at another URL (tests reach the server through a proxy). */
  public ClickHouseSettings withUrl(String otherUrl) {
    return new ClickHouseSettings(otherUrl, user, password, database);
  }
}
