package io.kefu.registry;

import io.kefu.core.model.ModelName;
import io.kefu.registry.audit.AuditAction;
import io.kefu.registry.audit.AuditEntry;
import io.kefu.registry.audit.AuditLog;
import io.kefu.registry.promotion.PromotionGate;
import io.kefu.registry.promotion.PromotionRequest;
import java.io.IOException;
import java.time.Clock;

/**
 * The read-modify-write changes of a registry (tags, alias moves, rollbacks) and the audit line
 * each change leaves. Every method here runs with the registry lock held by the caller.
 */
final class RegistryChanges {

  private final VersionStore store;
  private final AliasBook book;
  private final AuditLog audit;
  private final Clock clock;

  RegistryChanges(VersionStore store, AliasBook book, AuditLog audit, Clock clock) {
    this.store = store;
    this.book = book;
    this.audit = audit;
    this.clock = clock;
  }

  void registered(ModelName model, int version, String who) {
    record(AuditAction.REGISTER, model, null, Integer.toString(version), null, who);
  }

  void tag(ModelName model, int version, String key, String value, String who) throws IOException {
    store.metadata(model, version);
    book.tag(model, version, key, value);
    record(AuditAction.TAG, model, Integer.toString(version), key + "=" + value, null, who);
  }

  /** Moves the alias if the gate allows it; returns the version it pointed to before, or null. */
  Integer promote(ModelName model, PromotionRequest request, String who) throws IOException {
    VersionMetadata candidate = store.metadata(model, request.version());
    AliasState state = book.aliases(model);
    Integer current = state.version(request.alias()).orElse(null);
    VersionMetadata currentMeta = current == null ? null : store.metadata(model, current);
    PromotionGate.check(request, candidate, current, currentMeta);
    book.write(model, state.moved(request.alias(), request.version()));
    record(
        actionOf(request, current),
        model,
        current == null ? null : current.toString(),
        request.alias() + "=" + request.version(),
        request.reason(),
        who);
    return current;
  }

  /** Moves production back; returns {current, restored}. */
  int[] rollback(ModelName model, String reason, String who) throws IOException {
    AliasState state = book.aliases(model);
    int current =
        state
            .version(AliasState.PRODUCTION)
            .orElseThrow(
                () ->
                    new RegistryException(
                        "model " + model + " has no production version to roll back"));
    AliasState next = state.rolledBack(AliasState.PRODUCTION);
    int restored = next.version(AliasState.PRODUCTION).orElseThrow();
    book.write(model, next);
    record(
        AuditAction.ROLLBACK,
        model,
        Integer.toString(current),
        AliasState.PRODUCTION + "=" + restored,
        reason,
        who);
    return new int[] {current, restored};
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
        new AuditEntry(
            clock.instant().toString(), who, action, model.wireName(), from, to, reason));
  }
}
