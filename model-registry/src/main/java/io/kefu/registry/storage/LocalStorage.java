package io.kefu.registry.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A registry in a local (or locally mounted) directory, over {@code java.nio}. Exclusive creation
 * is {@code O_CREAT|O_EXCL}, renames are {@code rename(2)}, and the cross-process lock is a {@link
 * FileLock} on {@code <root>/.lock}.
 */
public final class LocalStorage implements RegistryStorage {

  static final String LOCK_FILE = ".lock";

  private final Path root;
  private final StorageLock lock;

  public LocalStorage(Path root) {
    this.root = root;
    Path key = root.toAbsolutePath().normalize();
    this.lock = new ChannelLock(key);
  }

  /** The root directory. */
  public Path directory() {
    return root;
  }

  @Override
  public String root() {
    return root.toString();
  }

  @Override
  public String location(String path) {
    return resolve(path).toString();
  }

  @Override
  public Optional<Path> localPath(String path) {
    return Optional.of(resolve(path));
  }

  @Override
  public boolean exists(String path) {
    return Files.exists(resolve(path));
  }

  @Override
  public List<String> list(String dir) throws IOException {
    Path directory = resolve(dir);
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return names;
    }
    try (Stream<Path> children = Files.list(directory)) {
      children.map(p -> p.getFileName().toString()).forEach(names::add);
    }
    return names;
  }

  @Override
  public InputStream open(String path) throws IOException {
    return Files.newInputStream(resolve(path));
  }

  @Override
  public OutputStream create(String path) throws IOException {
    Path file = resolve(path);
    Files.createDirectories(file.getParent());
    return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  @Override
  public boolean createExclusive(String path, byte[] content) throws IOException {
    Path file = resolve(path);
    Files.createDirectories(file.getParent());
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      writeFully(channel, content);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }

  @Override
  public void replace(String path, byte[] content) throws IOException {
    Path target = resolve(path);
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        writeFully(channel, content);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public void append(String path, byte[] bytes) throws IOException {
    Path file = resolve(path);
    Files.createDirectories(file.getParent());
    try (FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      writeFully(channel, bytes);
    }
  }

  @Override
  public void renameDirectory(String from, String to) throws IOException {
    Path target = resolve(to);
    Files.createDirectories(target.getParent());
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    // rename(2) would replace an empty directory; the check above refuses that, and a non-empty
    // target makes the move itself fail.
    Files.move(resolve(from), target, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void deleteTree(String path) throws IOException {
    Path dir = resolve(path);
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Override
  public StorageLock lock() {
    return lock;
  }

  private Path resolve(String path) {
    return path.isEmpty() ? root : root.resolve(path);
  }

  /** Writes everything and forces it to disk before the caller reports the change done. */
  private static void writeFully(FileChannel channel, byte[] content) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(content);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(true);
  }

  /**
   * A {@link FileLock} alone is not enough: it belongs to the whole JVM, and a second lock from the
   * same JVM throws instead of waiting; {@link StorageLock} queues the threads first.
   */
  private static final class ChannelLock extends StorageLock {

    private final Path lockFile;

    ChannelLock(Path root) {
      super(root.toString());
      this.lockFile = root.resolve(LOCK_FILE);
    }

    @Override
    protected <T> T holdingProcessLock(Locked<T> action) throws IOException {
      Files.createDirectories(lockFile.getParent());
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock ignored = channel.lock()) {
        return action.run();
      }
    }
  }
}
