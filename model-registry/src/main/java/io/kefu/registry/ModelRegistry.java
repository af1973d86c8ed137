package io.kefu.registry;

import static io.kefu.registry.Unchecked.io;

import io.kefu.registry.audit.AuditAction;
import io.kefu.registry.audit.AuditEntry;
import io.kefu.registry.audit.AuditLog;
import io.kefu.registry.events.ModelEvent;
import io.kefu.registry.events.ModelEventPublisher;
import io.kefu.registry.promotion.PromotionGate;
import io.kefu.registry.promotion.PromotionRequest;
import io.kefu.registry.provenance.ModelProvenance;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model registry over a local directory. Layout under the root: {@code <model>/versions/<n>/}
 * (artifact files, {@code metadata.json}, {@code SHA256SUMS}; never changed once renamed into
 * place), {@code <model>/aliases.json}, {@code <model>/tags.json} and {@code audit.jsonl}.
 *
 * <p>Safe to use from several threads and several processes at once: every change takes the
 * registry lock, every file is written whole and renamed into place, and every change appends one
 * line to the audit log. Events are published after the change is committed.
 */
public final class ModelRegistry {

  /** Environment variable naming the registry root. */
  public static final String ENV_ROOT = "KEFU_REGISTRY";

  /** The root when {@code KEFU_REGISTRY} is not set, relative to the working directory. */
  public static final Path DEFAULT_ROOT = Path.of(".kefu", "registry");

  private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);

  private final Path root;
  private final String actor;
  private final Clock clock;
  private final ModelEventPublisher events;
  private final RegistryLock lock;
  private final VersionStore store;
  private final AliasBook book;
  private final AuditLog audit;

  /**
   * @param actor who is recorded for changes made without an explicit actor
   * @param clock the source of audit and registration times (UTC)
   * @param events where registrations and alias changes are published
   */
  public ModelRegistry(Path root, String actor, Clock clock, ModelEventPublisher events) {
    this.root = root;
    this.actor = actor;
    this.clock = clock;
    this.events = events;
    this.lock = new RegistryLock(root);
    this.store = new VersionStore(root);
    this.book = new AliasBook(store);
    this.audit = new AuditLog(root.resolve("audit.jsonl"));
  }

  /** A registry at {@code root} acting as {@link AuditLog#currentActor()}, publishing nothing. */
  public static ModelRegistry open(Path root) {
    return new ModelRegistry(
        root, AuditLog.currentActor(), Clock.systemUTC(), ModelEventPublisher.NONE);
  }

  /**
   * A registry at {@code root} acting as {@link AuditLog#currentActor()}, publishing to {@code
   * events}.
   */
  public static ModelRegistry open(Path root, ModelEventPublisher events) {
    return new ModelRegistry(root, AuditLog.currentActor(), Clock.systemUTC(), events);
  }

  /** {@code KEFU_REGISTRY}, else {@link #DEFAULT_ROOT}. */
  public static Path rootFromEnvironment() {
    String env = System.getenv(ENV_ROOT);
    return env == null || env.isBlank() ? DEFAULT_ROOT : Path.of(env);
  }

  public Path root() {
    return root;
  }

  /** Registers the files of {@code artifactDir} as the next version of {@code name}. */
  public ModelVersion register(String name, Path artifactDir, ModelProvenance provenance) {
    ModelName model = ModelName.parse(name);
    if (provenance == null) {
      throw new IllegalArgumentException("a model is registered with its provenance, not without");
    }
    String now = clock.instant().toString();
    VersionMetadata draft = new VersionMetadata(model.id(), now, actor, provenance, Map.of());
    int version =
        io(
            () -> {
              // Copying and hashing happen outside the lock; only the number and the rename are
              // serial.
              Path staging = store.stage(model, artifactDir, draft);
              try {
                return lock.withLock(
                    () -> {
                      int v = store.commit(model, staging);
                      record(AuditAction.REGISTER, model, null, Integer.toString(v), null, actor);
                      return v;
                    });
              } finally {
                VersionStore.deleteTree(staging);
              }
            });
    publish(new ModelEvent(ModelEvent.REGISTERED, model.id(), version, null, null, now, actor));
    return new ModelVersion(
        model, version, store.versionDir(model, version), metadata(name, version));
  }

  /** Loads a version after checking every artifact's SHA-256; refuses a corrupted one. */
  public ModelVersion load(String name, int version) {
    return io(() -> store.load(ModelName.parse(name), version));
  }

  /** A version's metadata, without checking its artifacts. */
  public VersionMetadata metadata(String name, int version) {
    return io(() -> store.metadata(ModelName.parse(name), version));
  }

  /** The versions of a model, ascending; empty when none was registered. */
  public List<Integer> versions(String name) {
    return io(() -> store.versions(ModelName.parse(name)));
  }

  /** The models that have at least one version. */
  public List<ModelName> models() {
    List<ModelName> models = new ArrayList<>();
    for (ModelName model : ModelName.values()) {
      if (!versions(model.id()).isEmpty()) {
        models.add(model);
      }
    }
    return models;
  }

  public AliasState aliases(String name) {
    return io(() -> book.aliases(ModelName.parse(name)));
  }

  /** The version an alias points to, if it is set. */
  public Optional<Integer> aliasVersion(String name, String alias) {
    return aliases(name).version(alias);
  }

  /** Tags per version of a model. */
  public Map<Integer, Map<String, String>> tags(String name) {
    return io(() -> book.tags(ModelName.parse(name)));
  }

  /** Sets a tag (for example {@code validation=passed}) on a version. */
  public void tag(String name, int version, String key, String value) {
    ModelName model = ModelName.parse(name);
    if (!key.matches("[A-Za-z][A-Za-z0-9_.-]{0,63}")) {
      throw new IllegalArgumentException(
          "tag key must be a letter then letters, digits, _ . -, not '" + key + "'");
    }
    io(
        () ->
            lock.withLock(
                () -> {
                  store.metadata(model, version);
                  book.tag(model, version, key, value);
                  record(
                      AuditAction.TAG,
                      model,
                      Integer.toString(version),
                      key + "=" + value,
                      null,
                      actor);
                  return null;
                }));
  }

  /**
   * Points an alias at a version. For {@code production} the promotion gate applies.
   *
   * @throws io.kefu.registry.promotion.PromotionRefusedException when the gate refuses
   */
  public void promote(PromotionRequest request) {
    ModelName model = ModelName.parse(request.model());
    String who = request.actor() == null ? actor : request.actor();
    Integer before =
        io(
            () ->
                lock.withLock(
                    () -> {
                      VersionMetadata candidate = store.metadata(model, request.version());
                      AliasState state = book.aliases(model);
                      Integer current = state.version(request.alias()).orElse(null);
                      VersionMetadata currentMeta =
                          current == null ? null : store.metadata(model, current);
                      PromotionGate.check(request, candidate, current, currentMeta);
                      book.write(model, state.moved(request.alias(), request.version()));
                      record(
                          actionOf(request, current),
                          model,
                          str(current),
                          request.alias() + "=" + request.version(),
                          request.reason(),
                          who);
                      return current;
                    }));
    publishAliasChange(model, request.alias(), request.version(), before, who);
  }

  /** Moves {@code production} back to the version it held before; returns that version. */
  public int rollback(String name, String reason) {
    ModelName model = ModelName.parse(name);
    int[] change =
        io(
            () ->
                lock.withLock(
                    () -> {
                      AliasState state = book.aliases(model);
                      int current =
                          state
                              .version(AliasState.PRODUCTION)
                              .orElseThrow(
                                  () ->
                                      new RegistryException(
                                          "model "
                                              + model
                                              + " has no production version to roll back"));
                      AliasState next = state.rolledBack(AliasState.PRODUCTION);
                      int restored = next.version(AliasState.PRODUCTION).orElseThrow();
                      book.write(model, next);
                      record(
                          AuditAction.ROLLBACK,
                          model,
                          Integer.toString(current),
                          AliasState.PRODUCTION + "=" + restored,
                          reason,
                          actor);
                      return new int[] {current, restored};
                    }));
    publishAliasChange(model, AliasState.PRODUCTION, change[1], change[0], actor);
    return change[1];
  }

  /** The audit entries of a model, oldest first. */
  public List<AuditEntry> history(String name) {
    return audit.entries(ModelName.parse(name).id());
  }

  private static AuditAction actionOf(PromotionRequest request, Integer current) {
    if (request.force()) {
      return AuditAction.PROMOTE_FORCED;
    }
    if (AliasState.PRODUCTION.equals(request.alias())) {
      return AuditAction.PROMOTE;
    }
    return current == null ? AuditAction.ALIAS_SET : AuditAction.ALIAS_MOVE;
  }

  private void record(
      AuditAction action, ModelName model, String from, String to, String reason, String who) {
    audit.append(
        new AuditEntry(clock.instant().toString(), who, action, model.id(), from, to, reason));
  }

  private void publishAliasChange(
      ModelName model, String alias, int version, Integer before, String who) {
    publish(
        new ModelEvent(
            ModelEvent.ALIAS_CHANGED,
            model.id(),
            version,
            alias,
            before,
            clock.instant().toString(),
            who));
  }

  private void publish(ModelEvent event) {
    try {
      events.publish(event);
    } catch (Exception e) {
      // The change is committed and in the audit log, which stays the source of truth; a failed
      // notification must not make the caller believe the change did not happen.
      LOG.error(
          "registry change committed but its event was not delivered: {}", event.toJsonLine(), e);
    }
  }

  private static String str(Integer version) {
    return version == null ? null : version.toString();
  }
}
