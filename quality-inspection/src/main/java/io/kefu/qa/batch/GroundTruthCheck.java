package io.kefu.qa.batch;

import io.kefu.core.qa.QaRuleId;
import io.kefu.qa.eval.TruthViolations;
import io.kefu.qa.eval.ViolationEvaluation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/**
 * Compares an inspect run with the ground truth of generated data ({@code
 * INPUT/truth/sessions.jsonl}): brings the (session, rule) pairs found to the driver and hands them
 * to {@link ViolationEvaluation}.
 */
public final class GroundTruthCheck {

  private GroundTruthCheck() {}

  /** Where the truth of an input folder is. */
  public static Path truthFile(String input) {
    return new Path(input, "truth/sessions.jsonl");
  }

  /**
   * @throws IOException when the input has no truth file (it is not generated data)
   */
  public static ViolationEvaluation evaluate(InspectResult result, String input, Configuration conf)
      throws IOException {
    Path file = truthFile(input);
    FileSystem fs = file.getFileSystem(conf);
    if (!fs.exists(file)) {
      throw new IOException(
          "--evaluate needs the ground truth of generated data at "
              + file
              + " (./kefu generate writes it)");
    }
    Map<String, Set<QaRuleId>> truth;
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
      truth = TruthViolations.read(in, file.toString());
    }
    Map<String, Set<QaRuleId>> found = new HashMap<>();
    for (Row row : result.violations().select("session_id", "rule_id").distinct().collectAsList()) {
      found
          .computeIfAbsent(row.getString(0), k -> EnumSet.noneOf(QaRuleId.class))
          .add(QaRuleId.fromId(row.getString(1)));
    }
    Set<String> inspected = new HashSet<>();
    for (Row row : result.inspections().select("session_id").collectAsList()) {
      inspected.add(row.getString(0));
    }
    return ViolationEvaluation.of(found, inspected, truth);
  }
}
