package io.kefu.registry.events;

/**
 * Delivers registry events to the outside (a command, a URL, Kafka). Called after the change is
 * committed; an implementation throws when the event could not be delivered.
 */
@FunctionalInterface
public interface ModelEventPublisher {

  /** Publishes nothing: the registry's default. */
  ModelEventPublisher NONE = event -> {};

  void publish(ModelEvent event) throws Exception;
}
