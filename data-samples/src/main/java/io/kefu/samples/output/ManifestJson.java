package io.kefu.samples.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.kefu.core.event.InvalidReason;
import io.kefu.samples.EmergingPhrase;
import io.kefu.samples.GeneratorConfig;
import io.kefu.samples.Spike;
import java.io.IOException;
import java.io.StringWriter;

/** Writes a {@link Manifest} as indented JSON with LF line ends and a fixed field order. */
final class ManifestJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ManifestJson() {}

  static String write(Manifest m) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
      g.writeStartObject();
      g.writeNumberField("seed", m.config().seed());
      config(g, m.config());
      g.writeNumberField("sessions", m.sessions());
      g.writeNumberField("spike_sessions", m.spikeSessions());
      g.writeNumberField("emerging_sessions", m.emergingSessions());
      g.writeNumberField("sessions_raw", m.sessionsRaw());
      g.writeNumberField("sessions_exports", m.sessionsExport());
      g.writeNumberField("events_valid", m.eventsValid());
      g.writeNumberField("lines_raw", m.linesRaw());
      g.writeNumberField("rows_export", m.rowsExport());
      g.writeObjectFieldStart("corrupt");
      for (InvalidReason reason : InvalidReason.values()) {
        g.writeNumberField(reason.wireName(), m.corrupt().getOrDefault(reason, 0));
      }
      g.writeEndObject();
      g.writeNumberField("duplicates_injected", m.duplicatesInjected());
      g.writeArrayFieldStart("files");
      for (FileEntry f : m.files()) {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        g.writeNumberField("records", f.records());
        g.writeNumberField("bytes", f.bytes());
        g.writeStringField("sha256", f.sha256());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.append('\n').toString();
  }

  private static void config(JsonGenerator g, GeneratorConfig c) throws IOException {
    g.writeObjectFieldStart("config");
    g.writeNumberField("sessions", c.sessions());
    g.writeNumberField("seed", c.seed());
    g.writeStringField("start", c.start().toString());
    g.writeNumberField("days", c.days());
    g.writeArrayFieldStart("spikes");
    for (Spike s : c.spikes()) {
      g.writeString(s.toString());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("emerging");
    for (EmergingPhrase e : c.emerging()) {
      g.writeString(e.toString());
    }
    g.writeEndArray();
    g.writeNumberField("corrupt_rate", c.corruptRate());
    g.writeNumberField("export_share", c.exportShare());
    g.writeEndObject();
  }
}
