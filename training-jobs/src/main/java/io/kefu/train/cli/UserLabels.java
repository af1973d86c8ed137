package io.kefu.train.cli;

import io.kefu.core.model.ModelName;
import io.kefu.core.text.TextPreparation;
import io.kefu.train.data.LabeledCsv;
import io.kefu.train.data.LabeledText;
import io.kefu.train.data.SentimentLabels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A user's {@code text,label} CSV as {@code train} and {@code evaluate} read it: rejected rows
 * counted on stderr with an example, labels mapped onto the model's (sentiment's 1/0, 正面/负面 …),
 * texts prepared once, since unlike the ingest output a user's file is raw.
 */
final class UserLabels {

  private UserLabels() {}

  static List<LabeledText> read(Path file, ModelName model) throws IOException {
    LabeledCsv.Contents contents = LabeledCsv.read(file);
    if (!contents.rejected().isEmpty()) {
      System.err.printf(
          "%s: %d rows rejected, e.g. %s%n",
          file, contents.rejected().size(), contents.rejected().get(0));
    }
    UnaryOperator<String> mapping =
        model == ModelName.SENTIMENT ? SentimentLabels::canonical : String::trim;
    List<LabeledText> out = new ArrayList<>(contents.examples().size());
    contents
        .examples()
        .forEach(
            e ->
                out.add(
                    new LabeledText(TextPreparation.prepare(e.text()), mapping.apply(e.label()))));
    return out;
  }
}
