package io.kefu.train.predict;

import io.kefu.core.model.Prediction;
import io.kefu.core.model.Predictor;
import io.kefu.core.text.TextPreparation;
import io.kefu.registry.ModelRegistry;
import io.kefu.registry.watch.LiveModel;
import io.kefu.registry.watch.RegistryWatcher;
import io.kefu.train.classify.TextClassifier;
import java.time.Duration;
import java.util.List;

/**
 * The {@link Predictor} a long-running job uses: it serves the registry's {@code production}
 * version of a model and swaps to a new one when the alias moves, without a restart and without a
 * failed call (the new version is loaded and verified before the swap; a call in flight finishes on
 * the model it started with). Raw text is prepared as the training data was ({@link
 * TextPreparation#prepare}). Thread-safe; close it to stop watching.
 */
public final class LivePredictor implements Predictor, AutoCloseable {

  private final String task;
  private final LiveModel<TextClassifier> live;
  private final RegistryWatcher watcher;

  private LivePredictor(String task, LiveModel<TextClassifier> live, RegistryWatcher watcher) {
    this.task = task;
    this.live = live;
    this.watcher = watcher;
  }

  /**
   * Loads production now (failing if there is none or it cannot be loaded), then polls the alias
   * every {@code period}.
   */
  public static LivePredictor start(ModelRegistry registry, String task, Duration period) {
    LiveModel<TextClassifier> live = new LiveModel<>(registry, RegisteredClassifiers::load);
    RegistryWatcher watcher =
        new RegistryWatcher(registry, task, RegisteredClassifiers.PRODUCTION, period)
            .addListener(live);
    if (watcher.pollOnce() == null) {
      watcher.close();
      throw new IllegalStateException(
          "no production "
              + task
              + " model in "
              + registry.location()
              + "; promote one with ./kefu registry promote "
              + task
              + ":VERSION");
    }
    live.current();
    watcher.start();
    return new LivePredictor(task, live, watcher);
  }

  @Override
  public String task() {
    return task;
  }

  @Override
  public String servedVersion() {
    return task + ":" + live.current().version();
  }

  @Override
  public List<Prediction> predict(List<String> texts) {
    return predictServedPrepared(TextPreparation.prepareAll(texts)).predictions();
  }

  /** Predictions with the version that made them ({@code task:N}), read from one model. */
  public record Served(String version, List<Prediction> predictions) {}

  /**
   * Predicts texts already prepared ({@link TextPreparation#prepare}) by the caller, who needs the
   * prepared text anyway (the stream stores it and tallies its phrases), with the model served now,
   * and says which version it was: one snapshot, so a promotion during the call cannot pair one
   * version's labels with another's name.
   */
  public Served predictServedPrepared(List<String> preparedTexts) {
    LiveModel.Served<TextClassifier> now = live.current();
    return new Served(task + ":" + now.version(), now.model().predict(preparedTexts));
  }

  @Override
  public void close() {
    watcher.close();
  }
}
