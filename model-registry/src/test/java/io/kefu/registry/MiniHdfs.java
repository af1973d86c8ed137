package io.kefu.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * One in-process HDFS (a NameNode and a DataNode, {@link MiniDFSCluster}) shared by every test of
 * the run: started on first use (4 to 8 s), in {@code target/minidfs}, which the next start
 * formats. It ends with the test JVM: shutting it down from a shutdown hook fails, because its
 * DataNode then tries to remove Hadoop's own shutdown hooks.
 */
public final class MiniHdfs {

  private static MiniDFSCluster cluster;

  private MiniHdfs() {}

  /** {@code hdfs://localhost:<port>}. */
  public static synchronized URI uri() {
    if (cluster == null) {
      start();
    }
    return cluster.getURI();
  }

  /** A fresh, empty registry root for one test: {@code hdfs://localhost:<port>/<name>-<uuid>}. */
  public static String freshRoot(String name) {
    return uri() + "/" + name + "-" + UUID.randomUUID();
  }

  /** A client of the cluster, for tests that tamper with files behind the registry's back. */
  public static FileSystem fileSystem() {
    try {
      return FileSystem.get(uri(), new Configuration());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void start() {
    Configuration conf = new Configuration();
    Path base = Path.of("target", "minidfs").toAbsolutePath();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.toString());
    try {
      cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
      cluster.waitActive();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the in-process HDFS under " + base, e);
    }
  }
}
