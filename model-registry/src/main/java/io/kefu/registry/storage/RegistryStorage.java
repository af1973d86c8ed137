package io.kefu.registry.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a registry keeps its files: a local directory ({@link LocalStorage}) or a directory of any
 * Hadoop file system ({@code HadoopStorage}: {@code hdfs://}, {@code s3a://}, ...). Paths are
 * relative to the registry root and {@code /}-separated ({@code intent/versions/3/model.bin}).
 *
 * <p>The registry builds its guarantees from four primitives: {@link #createExclusive} (exactly one
 * of several concurrent callers gets a given file), {@link #renameDirectory} (a staged folder
 * appears under its final name), {@link #replace} (a reader sees a file before or after, never half
 * written) and {@link #lock} (a lock across threads and processes for read-modify-write changes).
 */
public interface RegistryStorage {

  /** Opens the storage a root names; see {@link StorageRoot}. */
  static RegistryStorage at(String root) {
    return StorageRoot.open(root);
  }

  /**
   * Opens the storage a root names, a Hadoop root with the caller's configuration (a Spark job
   * passes its {@code hadoopConfiguration()}, so {@code spark.hadoop.*} settings apply).
   */
  static RegistryStorage at(String root, org.apache.hadoop.conf.Configuration hadoopConf) {
    return StorageRoot.open(root, hadoopConf);
  }

  /** The root as a path or URI, for messages and configuration. */
  String root();

  /** Where a relative path lives, as a local path or a URI, for messages. */
  String location(String path);

  /** The local file of a path when the storage is a local directory; empty otherwise. */
  Optional<Path> localPath(String path);

  boolean exists(String path) throws IOException;

  /** The names of a directory's entries, unordered; empty when the directory does not exist. */
  List<String> list(String dir) throws IOException;

  /**
   * Reads a file.
   *
   * @throws java.nio.file.NoSuchFileException naming {@link #location} when there is no such file
   */
  InputStream open(String path) throws IOException;

  /** Creates a new file, and its parent directories; fails when the file exists. */
  OutputStream create(String path) throws IOException;

  /**
   * Creates a file holding {@code content} unless one exists, as one step no other writer can
   * interleave with: of several callers racing for the same path, exactly one gets {@code true}.
   */
  boolean createExclusive(String path, byte[] content) throws IOException;

  /** Replaces a file whole: the bytes are written beside it, then renamed over it. */
  void replace(String path, byte[] content) throws IOException;

  /**
   * Appends bytes to a file (created when missing) and makes them durable before returning. The
   * caller holds {@link #lock()}: a store without append rewrites the file whole.
   */
  void append(String path, byte[] bytes) throws IOException;

  /**
   * Moves a directory to a path that must not exist yet; parents of the target are created.
   *
   * @throws java.nio.file.FileAlreadyExistsException when the target exists
   */
  void renameDirectory(String from, String to) throws IOException;

  /** Deletes a file or a directory and everything under it; nothing happens when it is absent. */
  void deleteTree(String path) throws IOException;

  /** The lock every read-modify-write change of the registry holds. */
  StorageLock lock();
}
