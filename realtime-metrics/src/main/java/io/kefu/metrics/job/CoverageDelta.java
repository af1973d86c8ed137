package io.kefu.metrics.job;

/** Ended and inspected sessions of an Asia/Shanghai day (the day the session started). */
public record CoverageDelta(String day, long ended, long inspected) {

  CoverageDelta plus(CoverageDelta other) {
    return new CoverageDelta(day, ended + other.ended, inspected + other.inspected);
  }
}
