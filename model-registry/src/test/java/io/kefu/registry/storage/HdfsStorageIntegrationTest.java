package io.kefu.registry.storage;

import io.kefu.registry.MiniHdfs;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;

/** The Hadoop storage on a real HDFS: atomic create, rename and append in the NameNode. */
class HdfsStorageIntegrationTest extends RegistryStorageContract {

  @Override
  RegistryStorage newStorage() {
    return HadoopStorage.open(URI.create(MiniHdfs.freshRoot("storage")), new Configuration());
  }
}
