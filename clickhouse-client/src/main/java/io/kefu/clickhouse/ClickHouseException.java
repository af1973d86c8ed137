package io.kefu.clickhouse;

/** A ClickHouse call failed; the message names the statement and says what to do. */
public class ClickHouseException extends RuntimeException {
  public ClickHouseException(String message, Throwable cause) {
    super(message, cause);
  }

  public ClickHouseException(String message) {
    super(message);
  }
}
