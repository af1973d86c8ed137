package io.kefu.train.predict;

import io.kefu.registry.ModelRegistry;
import io.kefu.registry.ModelVersion;
import io.kefu.train.classify.TextClassifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Loads classifiers from the registry, with the version rule of CONTRACT §1. */
public final class RegisteredClassifiers {

  public static final String PRODUCTION = "production";

  private RegisteredClassifiers() {}

  /** The classifier in a verified version's files. */
  public static TextClassifier load(ModelVersion version) {
    try {
      return TextClassifier.load(version.directory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load " + version.ref() + ": " + e.getMessage(), e);
    }
  }

  /** The version number that asks for the newest version, whatever production is. */
  public static final int NEWEST = 0;

  /** The version named, else production, else the newest. */
  public static int chooseVersion(ModelRegistry registry, String task, Integer version) {
    if (version != null && version == NEWEST) {
      List<Integer> versions = registry.versions(task);
      if (versions.isEmpty()) {
        throw new IllegalArgumentException("no " + task + " model is registered yet");
      }
      return versions.get(versions.size() - 1);
    }
    if (version != null) {
      return version;
    }
    var production = registry.aliasVersion(task, PRODUCTION);
    if (production.isPresent()) {
      return production.get();
    }
    List<Integer> versions = registry.versions(task);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException(
          "the registry at "
              + registry.location()
              + " has no "
              + task
              + " model; run ./kefu train "
              + task);
    }
    return versions.get(versions.size() - 1);
  }
}
