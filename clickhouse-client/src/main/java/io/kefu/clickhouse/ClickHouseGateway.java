package io.kefu.clickhouse;

import com.clickhouse.client.api.Client;
import com.clickhouse.client.api.query.QueryResponse;
import com.clickhouse.client.api.query.QuerySettings;
import com.clickhouse.data.ClickHouseFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one way Kefu Insight talks to ClickHouse: the official client ({@code
 * com.clickhouse.client.api.Client}) with explicit formats, so the same code runs against the local
 * 18.16 server and current releases.
 *
 * <p>Why it looks the way it does (all seen against 18.16): the client's compressed responses
 * arrive empty, so compression is off; the client's per-query format setting is ignored by the old
 * server, so every read names {@code FORMAT JSONEachRow} in its SQL; 64-bit integers are asked for
 * unquoted. Writes are JSONEachRow streams, the fastest input both versions share. Thread-safe; one
 * instance per process is enough.
 */
public final class ClickHouseGateway implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TIMEOUT_SECONDS = 300;
  private static final String START_HINT = "start the local stack with ./kefu stack start";

  private final ClickHouseSettings settings;
  private final Client client;

  private ClickHouseGateway(ClickHouseSettings settings, Client client) {
    this.settings = settings;
    this.client = client;
  }

  /**
   * Connects and checks the server answers.
   *
   * @throws ClickHouseException naming the URL and how to start the server when it does not
   */
  public static ClickHouseGateway connect(ClickHouseSettings settings) {
    Client client =
        new Client.Builder()
            .addEndpoint(settings.url())
            .setUsername(settings.user())
            .setPassword(settings.password())
            .compressServerResponse(false)
            .compressClientRequest(false)
            .build();
    if (!client.ping(5_000)) {
      client.close();
      throw new ClickHouseException(
          "ClickHouse is not reachable at " + settings.url() + ": " + START_HINT);
    }
    return new ClickHouseGateway(settings, client);
  }

  public ClickHouseSettings settings() {
    return settings;
  }

  /** The configured database, for building qualified table names. */
  public String database() {
    return settings.database();
  }

  /** Runs a statement that returns no rows (DDL, OPTIMIZE, ALTER). */
  public void execute(String sql) {
    release(await(client.execute(sql), sql), sql);
  }

  /**
   * Inserts rows given as JSON objects, one per line (JSONEachRow).
   *
   * @param table a table name, qualified with the database or not
   * @return the number of rows sent
   */
  public long insertJsonEachRow(String table, List<String> jsonRows) {
    if (jsonRows.isEmpty()) {
      return 0;
    }
    StringBuilder body = new StringBuilder(jsonRows.size() * 200);
    for (String row : jsonRows) {
      body.append(row).append('\n');
    }
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    insertJsonEachRow(table, new ByteArrayInputStream(bytes));
    return jsonRows.size();
  }

  /** Streams a JSONEachRow body into a table (for large batches produced elsewhere). */
  public void insertJsonEachRow(String table, InputStream jsonEachRow) {
    String target = qualify(table);
    String what = "INSERT INTO " + target;
    release(await(client.insert(target, jsonEachRow, ClickHouseFormat.JSONEachRow), what), what);
  }

  /**
   * Runs a SELECT and returns its rows as maps from column name to value (strings, numbers,
   * booleans or null, as JSON gives them; Date and DateTime come as strings).
   *
   * @param select a SELECT without a FORMAT clause
   */
  public List<Map<String, Object>> query(String select) {
    String sql = select.strip() + "\nFORMAT JSONEachRow";
    QuerySettings querySettings =
        new QuerySettings().serverSetting("output_format_json_quote_64bit_integers", "0");
    try (QueryResponse response = await(client.query(sql, querySettings), select);
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(response.getInputStream(), StandardCharsets.UTF_8))) {
      List<Map<String, Object>> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(parseRow(line));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new ClickHouseException("cannot read the result of: " + abbreviate(select), e);
    } catch (Exception e) {
      if (e instanceof ClickHouseException ce) {
        throw ce;
      }
      throw new ClickHouseException("query failed: " + abbreviate(select), e);
    }
  }

  /** Runs a SELECT of one numeric value, such as {@code SELECT count() FROM t}. */
  public long queryLong(String select) {
    List<Map<String, Object>> rows = query(select);
    if (rows.size() != 1 || rows.get(0).size() != 1) {
      throw new ClickHouseException("expected one value from: " + abbreviate(select));
    }
    Object value = rows.get(0).values().iterator().next();
    return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
  }

  /** The table name qualified with the configured database unless it already is. */
  public String qualify(String table) {
    return table.contains(".") ? table : settings.database() + "." + table;
  }

  @Override
  public void close() {
    client.close();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> parseRow(String line) throws IOException {
    return JSON.readValue(line, LinkedHashMap.class);
  }

  private <T> T await(java.util.concurrent.CompletableFuture<T> call, String what) {
    try {
      return call.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClickHouseException("interrupted while running: " + abbreviate(what), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new ClickHouseException(
          "ClickHouse at "
              + settings.url()
              + " refused: "
              + abbreviate(what)
              + " — "
              + first(cause),
          cause);
    } catch (TimeoutException e) {
      throw new ClickHouseException(
          "ClickHouse did not answer within " + TIMEOUT_SECONDS + " s: " + abbreviate(what), e);
    }
  }

  // Responses hold the HTTP connection until closed.
  private static void release(AutoCloseable response, String what) {
    try {
      response.close();
    } catch (Exception e) {
      throw new ClickHouseException("cannot release the response of: " + abbreviate(what), e);
    }
  }

  private static String first(Throwable t) {
    String message = String.valueOf(t.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static String abbreviate(String sql) {
    String flat = sql.replaceAll("\\s+", " ").strip();
    return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
  }
}
