package io.kefu.registry;

import static io.kefu.registry.Unchecked.io;

import io.kefu.core.model.ModelName;
import io.kefu.registry.audit.AuditEntry;
import io.kefu.registry.audit.AuditLog;
import io.kefu.registry.events.ModelEvent;
import io.kefu.registry.events.ModelEventPublisher;
import io.kefu.registry.promotion.PromotionRequest;
import io.kefu.registry.provenance.ModelProvenance;
import io.kefu.registry.storage.LocalStorage;
import io.kefu.registry.storage.RegistryStorage;
import io.kefu.registry.storage.StorageLock;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model registry. Its root is a local directory or a Hadoop file system URI ({@code hdfs://},
 * {@code s3a://}); see {@link RegistryStorage}. Layout under the root: {@code
 * <model>/versions/<n>/} (artifact files, {@code metadata.json}, {@code SHA256SUMS}; never changed
 * once renamed into place), {@code <model>/versions/<n>.claim}, {@code <model>/aliases.json},
 * {@code <model>/tags.json} and {@code audit.jsonl}.
 *
 * <p>Safe to use from several threads and several processes at once: a version number is claimed by
 * exclusive creation, every alias or tag change takes the registry lock, every file is written
 * whole and renamed into place, and every change appends one line to the audit log. Events are
 * published after the change is committed.
 */
public final class ModelRegistry {

  /** Environment variable naming the registry root (a directory or a URI). */
  public static final String ENV_ROOT = "KEFU_REGISTRY";

  /** The root when {@code KEFU_REGISTRY} is not set, relative to the working directory. */
  public static final Path DEFAULT_ROOT = Path.of(".kefu", "registry");

  private static final Logger LOG = LoggerFactory.getLogger(ModelRegistry.class);

  private final RegistryStorage storage;
  private final String actor;
  private final Clock clock;
  private final ModelEventPublisher events;
  private final StorageLock lock;
  private final VersionStore store;
  private final VersionReader reader;
  private final AliasBook book;
  private final AuditLog audit;
  private final RegistryChanges changes;

  /**
   * @param actor who is recorded for changes made without an explicit actor
   * @param clock the source of audit and registration times (UTC)
   * @param events where registrations and alias changes are published
   */
  public ModelRegistry(Path root, String actor, Clock clock, ModelEventPublisher events) {
    this(new LocalStorage(root), VersionReader.defaultCache(root.toString()), actor, clock, events);
  }

  /**
   * @param storage where the registry's files are
   * @param cache local folder for verified copies of versions loaded from a remote storage
   * @param actor who is recorded for changes made without an explicit actor
   * @param clock the source of audit and registration times (UTC)
   * @param events where registrations and alias changes are published
   */
  public ModelRegistry(
      RegistryStorage storage, Path cache, String actor, Clock clock, ModelEventPublisher events) {
    this.storage = storage;
    this.actor = actor;
    this.clock = clock;
    this.events = events;
    this.lock = storage.lock();
    this.store = new VersionStore(storage);
    this.reader = new VersionReader(store, storage, cache);
    this.book = new AliasBook(store, storage);
    this.audit = new AuditLog(storage, AuditLog.FILE);
    this.changes = new RegistryChanges(store, book, audit, clock);
  }

  /** A registry at {@code root} acting as {@link AuditLog#currentActor()}, publishing nothing. */
  public static ModelRegistry open(Path root) {
    return open(root, ModelEventPublisher.NONE);
  }

  /**
   * A registry at {@code root} acting as {@link AuditLog#currentActor()}, publishing to {@code
   * events}.
   */
  public static ModelRegistry open(Path root, ModelEventPublisher events) {
    return new ModelRegistry(root, AuditLog.currentActor(), Clock.systemUTC(), events);
  }

  /**
   * A registry at a directory or URI ({@code ./models}, {@code file:/srv/registry}, {@code
   * hdfs://namenode:8020/kefu/registry}, {@code s3a://bucket/registry}), publishing nothing.
   */
  public static ModelRegistry open(String root) {
    return open(root, ModelEventPublisher.NONE);
  }

  /** A registry at a directory or URI, publishing to {@code events}. */
  public static ModelRegistry open(String root, ModelEventPublisher events) {
    return open(RegistryStorage.at(root), events);
  }

  /** A registry over {@code storage}, with its cache of remote versions under the temp folder. */
  public static ModelRegistry open(RegistryStorage storage, ModelEventPublisher events) {
    return new ModelRegistry(
        storage,
        VersionReader.defaultCache(storage.root()),
        AuditLog.currentActor(),
        Clock.systemUTC(),
        events);
  }

  /** {@code KEFU_REGISTRY} (a directory or a URI), else {@link #DEFAULT_ROOT}. */
  public static String rootFromEnvironment() {
    String env = System.getenv(ENV_ROOT);
    return env == null || env.isBlank() ? DEFAULT_ROOT.toString() : env;
  }

  /**
   * The root directory of a local registry.
   *
   * @throws IllegalStateException for a registry on a Hadoop file system; see {@link #location()}
   */
  public Path root() {
    if (storage instanceof LocalStorage local) {
      return local.directory();
    }
    throw new IllegalStateException("registry " + storage.root() + " is not a local directory");
  }

  /** The registry's root as a path or URI. */
  public String location() {
    return storage.root();
  }

  /**
   * Registers the files of {@code artifactDir} (a local folder, the trainer's output) as the next
   * version of {@code name}.
   */
  public ModelVersion register(String name, Path artifactDir, ModelProvenance provenance) {
    ModelName model = ModelName.parse(name);
    if (provenance == null) {
      throw new IllegalArgumentException("a model is registered with its provenance, not without");
    }
    String now = clock.instant().toString();
    VersionMetadata draft = new VersionMetadata(model.wireName(), now, actor, provenance, Map.of());
    int version =
        io(
            () -> {
              // Copying, hashing and claiming the number happen outside the lock, which only
              // orders the audit log.
              String staging = store.stage(model, artifactDir, draft);
              try {
                int v = store.commit(model, staging);
                lock.withLock(
                    () -> {
                      changes.registered(model, v, actor);
                      return null;
                    });
                return v;
              } finally {
                storage.deleteTree(staging);
              }
            });
    publish(
        new ModelEvent(ModelEvent.REGISTERED, model.wireName(), version, null, null, now, actor));
    String dir = store.versionDir(model, version);
    return new ModelVersion(
        model,
        version,
        storage.localPath(dir).orElse(null),
        metadata(name, version),
        storage.location(dir));
  }

  /**
   * Loads a version after checking every artifact's SHA-256; refuses a corrupted one. The result's
   * directory is the version folder of a local registry, or a verified local copy (cached) of a
   * remote one.
   *
   * @throws io.kefu.registry.artifact.CorruptArtifactException naming the damaged or missing file
   */
  public ModelVersion load(String name, int version) {
    return io(() -> reader.load(ModelName.parse(name), version));
  }

  /**
   * Copies a version into {@code localDir} (which must not exist or be empty), checking every
   * artifact's SHA-256 as it is copied; the folder appears only once complete.
   *
   * @throws io.kefu.registry.artifact.CorruptArtifactException naming the damaged or missing file
   */
  public ModelVersion materialize(String name, int version, Path localDir) {
    return io(() -> reader.materialize(ModelName.parse(name), version, localDir));
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
      if (!versions(model.wireName()).isEmpty()) {
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
                  changes.tag(model, version, key, value, actor);
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
    Integer before;
    try {
      before = io(() -> lock.withLock(() -> changes.promote(model, request, who)));
    } catch (io.kefu.registry.promotion.PromotionRefusedException e) {
      // a refusal is news for the team too: the hooks hear of it with both figures
      publish(
          new ModelEvent(
              ModelEvent.PROMOTION_REFUSED,
              model.wireName(),
              request.version(),
              request.alias(),
              null,
              clock.instant().toString(),
              who,
              e.getMessage()));
      throw e;
    }
    publishAliasChange(model, request.alias(), request.version(), before, who);
  }

  /** Moves {@code production} back to the version it held before; returns that version. */
  public int rollback(String name, String reason) {
    ModelName model = ModelName.parse(name);
    int[] change = io(() -> lock.withLock(() -> changes.rollback(model, reason, actor)));
    publishAliasChange(model, AliasState.PRODUCTION, change[1], change[0], actor);
    return change[1];
  }

  /** The audit entries of a model, oldest first. */
  public List<AuditEntry> history(String name) {
    return audit.entries(ModelName.parse(name).wireName());
  }

  private void publishAliasChange(
      ModelName model, String alias, int version, Integer before, String who) {
    publish(
        new ModelEvent(
            ModelEvent.ALIAS_CHANGED,
            model.wireName(),
            version,
            alias,
            before,
            clock.instant().toString(),
            who));
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("");
  }

  private void publish(ModelEvent event) {
    try {
      events.publish(event);
    } catch (Exception e) {
      // The change is committed and in the audit log, which stays the source of truth; a failed
      // notification must not make the caller believe the change did not happen. Hooks are
      // optional: one line says so, the stack trace is for whoever debugs.
      LOG.warn(
          "{} {}:{} committed; its event hook failed: {}",
          event.type(),
          event.model(),
          event.version(),
          firstLine(e));
      LOG.debug("event hook failure for {}", event.toJsonLine(), e);
    }
  }
}
