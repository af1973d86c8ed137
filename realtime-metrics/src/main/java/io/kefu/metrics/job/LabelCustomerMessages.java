package io.kefu.metrics.job;

import io.kefu.core.event.ChatEvent;
import io.kefu.core.event.EventType;
import io.kefu.core.event.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;

/**
 * Labels customer messages with the production intent and sentiment models in batches: one model
 * call per batch of whatever messages are waiting (up to {@link #MAX_BATCH}) instead of two calls
 * per message, which is where the job's time went. Used through Flink's ordered async I/O, so
 * records and watermarks keep their order; other events pass straight through.
 */
final class LabelCustomerMessages extends RichAsyncFunction<ChatEvent, LabeledEvent> {

  static final int MAX_BATCH = 256;

  private record Pending(ChatEvent event, CompletableFuture<LabeledEvent> done) {}

  private final String registryRoot;
  private final java.time.Duration poll;
  private transient ServedModels models;
  private transient BlockingQueue<Pending> queue;
  private transient Thread worker;
  private transient volatile boolean running;

  LabelCustomerMessages(String registryRoot, java.time.Duration poll) {
    this.registryRoot = registryRoot;
    this.poll = poll;
  }

  @Override
  public void open(OpenContext context) {
    models = ServedModels.shared(registryRoot, poll);
    queue = new ArrayBlockingQueue<>(4 * MAX_BATCH);
    running = true;
    worker = new Thread(this::labelBatches, "kefu-label-batches");
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public void close() {
    running = false;
    if (worker != null) {
      worker.interrupt();
    }
    // the shared models outlive a task (see ServedModels.shared)
  }

  @Override
  public void asyncInvoke(ChatEvent event, ResultFuture<LabeledEvent> result) throws Exception {
    if (event.type() != EventType.MESSAGE || event.role() != Role.CUSTOMER) {
      result.complete(List.of(LabeledEvent.unlabeled(event)));
      return;
    }
    CompletableFuture<LabeledEvent> done = new CompletableFuture<>();
    done.whenComplete(
        (labeled, failure) -> {
          if (failure != null) {
            result.completeExceptionally(failure);
          } else {
            result.complete(List.of(labeled));
          }
        });
    queue.put(new Pending(event, done));
  }

  private void labelBatches() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (running) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException stop) {
        return;
      }
      queue.drainTo(batch, MAX_BATCH - 1);
      label(batch);
      batch.clear();
    }
  }

  private void label(List<Pending> batch) {
    try {
      List<String> texts = new ArrayList<>(batch.size());
      batch.forEach(p -> texts.add(p.event().text()));
      ServedModels.Labels labels = models.predictAll(texts);
      for (int i = 0; i < batch.size(); i++) {
        batch
            .get(i)
            .done()
            .complete(
                new LabeledEvent(
                    batch.get(i).event(),
                    new MessageLabels(
                        labels.intents().get(i).label(),
                        labels.sentiments().get(i).label(),
                        labels.intentModel(),
                        labels.sentimentModel())));
      }
    } catch (RuntimeException e) {
      batch.forEach(p -> p.done().completeExceptionally(e));
    }
  }
}
