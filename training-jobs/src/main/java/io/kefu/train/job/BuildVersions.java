package io.kefu.train.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The project's and its libraries' versions as the build wrote them into {@code
 * kefu-version.properties} (Maven resource filtering), for a model's provenance: {@code kefu},
 * {@code deeplearning4j}, {@code spark}, {@code hadoop}. One source of truth, the pom, rather than
 * literals in the code.
 */
public final class BuildVersions {

  static final String RESOURCE = "/io/kefu/train/kefu-version.properties";

  private static final Map<String, String> VERSIONS = read();

  private BuildVersions() {}

  /** Library (or {@code kefu}) to version, sorted by name. */
  public static Map<String, String> all() {
    return VERSIONS;
  }

  /** The version of one entry; fails when the build did not record it. */
  public static String of(String name) {
    String version = VERSIONS.get(name);
    if (version == null) {
      throw new IllegalStateException(RESOURCE + " records no version of " + name);
    }
    return version;
  }

  private static Map<String, String> read() {
    Properties properties = new Properties();
    try (InputStream in = BuildVersions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath; rebuild");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    Map<String, String> out = new TreeMap<>();
    for (String name : properties.stringPropertyNames()) {
      String value = properties.getProperty(name).strip();
      if (value.startsWith("${")) {
        throw new IllegalStateException(
            RESOURCE + " was not filtered by the build (" + name + "=" + value + "); rebuild");
      }
      out.put(name, value);
    }
    return Collections.unmodifiableMap(out);
  }
}
