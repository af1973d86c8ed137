package io.kefu.registry.storage;

import io.kefu.registry.RegistryException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;

/**
 * Chooses the storage for a registry root: a plain path or a {@code file:} URI is a local
 * directory; any other {@code scheme://} URI ({@code hdfs://namenode:8020/kefu/registry}, {@code
 * s3a://bucket/registry}) is a Hadoop file system. The Hadoop classes are loaded only in the second
 * case, so a local registry runs without Hadoop on the classpath.
 */
final class StorageRoot {

  private static final Pattern URI_SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):(.*)");
  private static final String HADOOP_CLASS = "org.apache.hadoop.fs.FileSystem";

  private StorageRoot() {}

  static RegistryStorage open(String root) {
    return open(root, null);
  }

  /**
   * @param hadoopConf the caller's Hadoop configuration (a Spark job's, with its {@code
   *     spark.hadoop.*} settings) for a Hadoop root; null for Hadoop's default ({@code new
   *     Configuration()}, the classpath's site files). Ignored for a local root.
   */
  static RegistryStorage open(String root, Configuration hadoopConf) {
    if (root == null || root.isBlank()) {
      throw new IllegalArgumentException("registry root is empty: give a directory or a URI");
    }
    Matcher uri = URI_SCHEME.matcher(root);
    if (!uri.matches()) {
      return new LocalStorage(Path.of(root));
    }
    if (uri.group(1).equalsIgnoreCase("file")) {
      try {
        return new LocalStorage(Path.of(parse(root)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "registry root "
                + root
                + " is not a file: URI of an absolute path (file:/srv/registry)",
            e);
      }
    }
    if (!uri.group(2).startsWith("//")) {
      throw new IllegalArgumentException(
          "registry root " + root + " is neither a path nor a scheme://authority/path URI");
    }
    requireHadoop(root);
    return hadoopConf == null
        ? HadoopStorage.open(parse(root))
        : HadoopStorage.open(parse(root), hadoopConf);
  }

  private static URI parse(String root) {
    try {
      return new URI(root);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "registry root " + root + " is not a valid URI: " + e.getMessage(), e);
    }
  }

  private static void requireHadoop(String root) {
    try {
      Class.forName(HADOOP_CLASS, false, StorageRoot.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new RegistryException(
          "registry root "
              + root
              + " needs the Hadoop client on the classpath"
              + " (org.apache.hadoop:hadoop-client-api and hadoop-client-runtime 3.4.x);"
              + " without it only a local directory or a file: URI works");
    }
  }
}
