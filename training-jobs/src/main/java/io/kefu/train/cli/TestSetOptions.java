package io.kefu.train.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * A classifier's held-out test set given instead of the 10 % held out of the examples. Only the
 * classifiers take these: the FAQ clustering is measured on the questions it clusters, so {@code
 * train faq} rejects them rather than accept and ignore them.
 */
final class TestSetOptions {

  @Option(
      names = "--test-labels",
      paramLabel = "FILE.csv",
      description = "a text,label CSV to test on instead of holding out 10 % of the examples")
  Path testLabels;

  @Option(
      names = "--test-data",
      paramLabel = "DIR",
      description =
          "an ingest output to test on (e.g. a held-out seed) instead of holding out 10 %")
  String testData;
}
