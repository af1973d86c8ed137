package io.kefu.qa.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kefu.core.qa.QaRuleId;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads the violations planted per session from the generator's {@code truth/sessions.jsonl}: each
 * line's {@code session_id} and {@code qa_violations[].rule_id} (an older truth file's {@code
 * rules_broken} is read the same way when {@code qa_violations} is absent).
 */
public final class TruthViolations {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TruthViolations() {}

  /**
   * @param source the file's name, for error messages
   * @return rules per session; every session of the file present, with an empty set when clean
   * @throws IOException naming the file and line of a record it cannot read
   */
  public static Map<String, Set<QaRuleId>> read(BufferedReader in, String source)
      throws IOException {
    Map<String, Set<QaRuleId>> truth = new HashMap<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode session = JSON.readTree(line);
      JsonNode id = session.get("session_id");
      if (id == null || !id.isTextual()) {
        throw new IOException(source + " line " + number + ": no session_id");
      }
      Set<QaRuleId> rules = truth.computeIfAbsent(id.asText(), k -> EnumSet.noneOf(QaRuleId.class));
      JsonNode violations =
          session.has("qa_violations") ? session.get("qa_violations") : session.get("rules_broken");
      if (violations == null) {
        continue;
      }
      for (JsonNode v : violations) {
        String ruleId = v.path("rule_id").asText();
        QaRuleId rule = QaRuleId.fromId(ruleId);
        if (rule == null) {
          throw new IOException(source + " line " + number + ": unknown rule_id '" + ruleId + "'");
        }
        rules.add(rule);
      }
    }
    return truth;
  }
}
