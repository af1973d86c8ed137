package io.kefu.registry.watch;

import io.kefu.registry.ModelRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one alias of one model and tells its listeners when the version changes, so a running
 * consumer picks up a promotion or a rollback without a restart. The first poll reports the current
 * version (previous = null) so a consumer can load its initial model the same way. Polling is used
 * rather than file-system notifications because these do not work on network and Hadoop file
 * systems.
 */
public final class RegistryWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryWatcher.class);

  private final ModelRegistry registry;
  private final String model;
  private final String alias;
  private final Duration period;
  private final List<AliasChangeListener> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService timer;
  private Integer last;

  /**
   * @param period time between polls; reading {@code aliases.json} is cheap, one second is fine
   */
  public RegistryWatcher(ModelRegistry registry, String model, String alias, Duration period) {
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("watch period must be positive, not " + period);
    }
    this.registry = registry;
    this.model = model;
    this.alias = alias;
    this.period = period;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "registry-watcher-" + model + "-" + alias);
              t.setDaemon(true);
              return t;
            });
  }

  public RegistryWatcher addListener(AliasChangeListener listener) {
    listeners.add(listener);
    return this;
  }

  /** Polls now, then every period, until {@link #close()}. */
  public RegistryWatcher start() {
    timer.scheduleWithFixedDelay(this::pollSafely, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /** Reads the alias once and notifies listeners if it changed; returns the version seen. */
  public synchronized Integer pollOnce() {
    Integer now = registry.aliasVersion(model, alias).orElse(null);
    if (now != null && !Objects.equals(now, last)) {
      Integer previous = last;
      last = now;
      for (AliasChangeListener listener : listeners) {
        listener.aliasChanged(model, alias, previous, now);
      }
    }
    return now;
  }

  private void pollSafely() {
    try {
      pollOnce();
    } catch (RuntimeException e) {
      // A failed poll loses nothing: the alias is read again at the next period.
      LOG.error("watching {} of {} failed; retrying in {}", alias, model, period, e);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
