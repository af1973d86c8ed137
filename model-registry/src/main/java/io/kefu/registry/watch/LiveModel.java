package io.kefu.registry.watch;

import io.kefu.registry.ModelRegistry;
import io.kefu.registry.ModelVersion;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model a consumer (such as the streaming job's predictor) serves, swapped in one step when the
 * watched alias moves. A new version is loaded and verified completely before the swap, so callers
 * of {@link #current()} always get a whole model; a version that fails to load is not served and
 * the previous one stays.
 *
 * @param <T> the loaded model type
 */
public final class LiveModel<T> implements AliasChangeListener {

  private static final Logger LOG = LoggerFactory.getLogger(LiveModel.class);

  /**
   * A loaded model and the version it came from.
   *
   * @param version the registry version served
   * @param model the loaded model
   */
  public record Served<T>(int version, T model) {}

  private final ModelRegistry registry;
  private final Function<ModelVersion, T> loader;
  private final AtomicReference<Served<T>> served = new AtomicReference<>();

  /**
   * @param loader builds the in-memory model from a verified version's files
   */
  public LiveModel(ModelRegistry registry, Function<ModelVersion, T> loader) {
    this.registry = registry;
    this.loader = loader;
  }

  /**
   * The model being served.
   *
   * @throws IllegalStateException before the first version was loaded
   */
  public Served<T> current() {
    Served<T> now = served.get();
    if (now == null) {
      throw new IllegalStateException("no model loaded yet: is an alias set for this model?");
    }
    return now;
  }

  @Override
  public void aliasChanged(String model, String alias, Integer previous, int current) {
    try {
      T loaded = loader.apply(registry.load(model, current));
      served.set(new Served<>(current, loaded));
      LOG.info("serving {}:{} ({} moved from {})", model, current, alias, previous);
    } catch (RuntimeException e) {
      // Serving the previous, verified model is better than serving none or a corrupted one.
      LOG.error("cannot load {}:{}; still serving the previous version", model, current, e);
    }
  }
}
