package io.kefu.samples.output;

/** Told how far a run is; called from the writing thread, in increasing order. */
@FunctionalInterface
public interface Progress {

  Progress NONE = (done, total) -> {};

  void sessionsWritten(long done, long total);
}
