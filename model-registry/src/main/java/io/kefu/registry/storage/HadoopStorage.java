package io.kefu.registry.storage;

import io.kefu.registry.RegistryException;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.UnsupportedFileSystemException;

/**
 * A registry in a directory of a Hadoop file system ({@code hdfs://}, {@code s3a://}, {@code
 * file://}, ...).
 *
 * <ul>
 *   <li>Exclusive creation is {@code create(path, overwrite=false)}: atomic in the HDFS NameNode;
 *       on S3A atomic only with conditional writes (If-None-Match), otherwise a check then a write.
 *   <li>Directory renames are atomic on HDFS; on S3A they are copies then deletes, file by file.
 *   <li>Whole-file replacement writes a temporary file beside the target and renames it over with
 *       {@code Rename.OVERWRITE} (one NameNode operation on HDFS; on S3 a copy of one object, which
 *       readers see whole).
 *   <li>An append rewrites the file whole under the registry lock (see {@link #append}).
 *   <li>The cross-process lock is a lock file ({@link HadoopLockFile}).
 * </ul>
 *
 * The {@link FileSystem} comes from Hadoop's cache and is shared with the rest of the JVM (a Spark
 * job's, for instance), so it is never closed here.
 */
public final class HadoopStorage implements RegistryStorage {

  /** Configuration key: seconds after which an unchanged lock file is taken as stale. */
  public static final String STALE_LOCK_SECONDS = "kefu.registry.lock.stale-seconds";

  /** When {@link #STALE_LOCK_SECONDS} is not set. */
  public static final Duration DEFAULT_STALE_LOCK = Duration.ofMinutes(2);

  private final URI rootUri;
  private final Path root;
  private final FileSystem fs;
  private final FileContext files;
  private final HadoopLockFile lock;

  private HadoopStorage(URI rootUri, FileSystem fs, FileContext files, Duration staleLock) {
    this.fs = fs;
    this.files = files;
    this.root = fs.makeQualified(new Path(rootUri));
    this.rootUri = root.toUri();
    this.lock = new HadoopLockFile(fs, new Path(root, LocalStorage.LOCK_FILE), staleLock);
  }

  /**
   * The storage at {@code root}, configured from the classpath's {@code core-site.xml} and {@code
   * hdfs-site.xml} (the folder {@code HADOOP_CONF_DIR} names, when it is on the classpath).
   */
  public static HadoopStorage open(URI root) {
    return open(root, new Configuration());
  }

  /**
   * The storage at {@code root} with a given Hadoop configuration (a Spark job passes its {@code
   * hadoopConfiguration()}).
   */
  public static HadoopStorage open(URI root, Configuration conf) {
    FileSystem fs;
    try {
      fs = FileSystem.get(root, conf);
    } catch (UnsupportedFileSystemException e) {
      throw noFileSystem(root, e);
    } catch (RuntimeException e) {
      // fs.<scheme>.impl names a class that is not on the classpath (s3a without hadoop-aws).
      if (e.getCause() instanceof ClassNotFoundException) {
        throw noFileSystem(root, e);
      }
      throw e;
    } catch (IOException e) {
      throw new RegistryException(
          "cannot reach the registry at " + root + ": " + e.getMessage(), e);
    }
    FileContext files;
    try {
      files = FileContext.getFileContext(fs.getUri(), conf);
    } catch (UnsupportedFileSystemException e) {
      // A file system without a FileContext binding: replace() falls back to delete then rename.
      files = null;
    }
    Duration stale =
        Duration.ofSeconds(conf.getLong(STALE_LOCK_SECONDS, DEFAULT_STALE_LOCK.toSeconds()));
    return new HadoopStorage(root, fs, files, stale);
  }

  private static RegistryException noFileSystem(URI root, Exception e) {
    String reason = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
    return new RegistryException(
        "no Hadoop file system for "
            + root.getScheme()
            + ":// (registry root "
            + root
            + "; "
            + reason
            + "): put its connector on the classpath (hadoop-aws and the AWS SDK bundle for"
            + " s3a://) or set fs."
            + root.getScheme()
            + ".impl",
        e);
  }

  @Override
  public String root() {
    return rootUri.toString();
  }

  @Override
  public String location(String path) {
    return resolve(path).toString();
  }

  @Override
  public Optional<java.nio.file.Path> localPath(String path) {
    return Optional.empty();
  }

  @Override
  public boolean exists(String path) throws IOException {
    return fs.exists(resolve(path));
  }

  @Override
  public List<String> list(String dir) throws IOException {
    List<String> names = new ArrayList<>();
    try {
      for (FileStatus status : fs.listStatus(resolve(dir))) {
        names.add(status.getPath().getName());
      }
    } catch (FileNotFoundException e) {
      // A directory not created yet has no entries.
    }
    return names;
  }

  @Override
  public InputStream open(String path) throws IOException {
    try {
      return fs.open(resolve(path));
    } catch (FileNotFoundException e) {
      NoSuchFileException missing = new NoSuchFileException(location(path));
      missing.initCause(e);
      throw missing;
    }
  }

  @Override
  public OutputStream create(String path) throws IOException {
    return new GuardedOutput(fs.create(resolve(path), false));
  }

  @Override
  public boolean createExclusive(String path, byte[] content) throws IOException {
    return createExclusive(fs, resolve(path), content);
  }

  /**
   * {@code create(overwrite=false)}. A loser of the race gets {@code FileAlreadyExistsException},
   * or on HDFS {@code AlreadyBeingCreatedException} while the winner still writes, or on S3A with
   * conditional writes a failure at {@code close()}: whatever the failure, the file existing
   * afterwards means another writer has it.
   */
  static boolean createExclusive(FileSystem fs, Path file, byte[] content) throws IOException {
    try {
      writeDurably(fs.create(file, false), content);
      return true;
    } catch (IOException e) {
      if (fs.exists(file)) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void replace(String path, byte[] content) throws IOException {
    Path target = resolve(path);
    Path temp =
        new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
    try {
      writeDurably(fs.create(temp, false), content);
      if (files != null) {
        files.rename(temp, target, Options.Rename.OVERWRITE);
      } else {
        // The caller holds the registry lock, so no writer interleaves; a reader may find no file
        // for a moment, which reads as "no aliases" or "no tags" until the rename.
        fs.delete(target, false);
        if (!fs.rename(temp, target)) {
          throw new IOException("cannot rename " + temp + " to " + target);
        }
      }
    } finally {
      fs.delete(temp, false);
    }
  }

  /**
   * Rewrites the file whole ({@link #replace}) with the bytes added. HDFS has an append, but it
   * fails for a minute after a writer died holding the file's lease, and on clusters with fewer
   * DataNodes than the replication factor; the audit log it serves is small and changes rarely.
   */
  @Override
  public void append(String path, byte[] bytes) throws IOException {
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    try (InputStream in = fs.open(resolve(path))) {
      in.transferTo(whole);
    } catch (FileNotFoundException e) {
      // The first line creates the file.
    }
    whole.write(bytes);
    replace(path, whole.toByteArray());
  }

  @Override
  public void renameDirectory(String from, String to) throws IOException {
    Path target = resolve(to);
    fs.mkdirs(target.getParent());
    // Hadoop's rename moves the source *into* an existing directory instead of failing.
    if (fs.exists(target)) {
      throw new java.nio.file.FileAlreadyExistsException(location(to));
    }
    if (!fs.rename(resolve(from), target)) {
      throw new IOException("cannot rename " + location(from) + " to " + location(to));
    }
  }

  @Override
  public void deleteTree(String path) throws IOException {
    fs.delete(resolve(path), true);
  }

  @Override
  public StorageLock lock() {
    return lock;
  }

  private Path resolve(String path) {
    return path.isEmpty() ? root : new Path(root, path);
  }

  /** Writes, makes durable ({@link GuardedOutput#sync()}) and closes. */
  private static void writeDurably(FSDataOutputStream out, byte[] content) throws IOException {
    try (GuardedOutput guarded = new GuardedOutput(out)) {
      guarded.write(content);
      guarded.sync();
    }
  }
}
