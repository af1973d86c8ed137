package io.kefu.registry.audit;

/**
 * One line of {@code audit.jsonl}.
 *
 * @param at ISO-8601 UTC instant of the change
 * @param who {@code KEFU_USER}, else the OS user
 * @param action what changed
 * @param model the model name
 * @param from the state before (a version, or null when there was none)
 * @param to the state after (a version, {@code alias=version} or {@code key=value})
 * @param reason why, as given by the actor; null when none was asked for
 */
public record AuditEntry(
    String at,
    String who,
    AuditAction action,
    String model,
    String from,
    String to,
    String reason) {}
