package io.kefu.testing.hadoop;

import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local file system under the scheme {@value #SCHEME}, which Hadoop knows only from a
 * configuration that names this class: opening a {@code kefutest:} path succeeds exactly when the
 * job's Hadoop configuration reached the place the file system is opened.
 */
public final class SchemeOnlyInJobConf extends RawLocalFileSystem {

  public static final String SCHEME = "kefutest";

  /** Registers the scheme in {@code conf}, as a {@code spark.hadoop.*} setting would. */
  public static void register(Configuration conf) {
    conf.set("fs." + SCHEME + ".impl", SchemeOnlyInJobConf.class.getName());
    conf.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
  }

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }
}
