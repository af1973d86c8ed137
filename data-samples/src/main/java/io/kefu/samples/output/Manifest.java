package io.kefu.samples.output;

import io.kefu.core.event.InvalidReason;
import io.kefu.samples.GeneratorConfig;
import java.util.List;
import java.util.Map;

/**
 * What a run wrote, {@code truth/manifest.json}.
 *
 * @param sessions all sessions, spike and emerging-phrase sessions included
 * @param emergingSessions sessions added by {@code --emerging}, whose truth names the phrase
 * @param eventsValid distinct valid events over raw and export files
 * @param linesRaw all lines of the raw files, corrupt and duplicate ones included
 * @param rowsExport data rows of the export files
 * @param corrupt injected corrupt raw lines by reason code
 * @param files every data file written (the manifest itself excluded), in path order
 */
public record Manifest(
    GeneratorConfig config,
    int sessions,
    int spikeSessions,
    int emergingSessions,
    int sessionsRaw,
    int sessionsExport,
    long eventsValid,
    long linesRaw,
    long rowsExport,
    Map<InvalidReason, Integer> corrupt,
    long duplicatesInjected,
    List<FileEntry> files) {}
