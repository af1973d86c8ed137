package io.kefu.ingest.schema;

import java.util.List;
import java.util.Map;
import scala.jdk.javaapi.CollectionConverters;

/** Java collections as the Scala ones Spark's Row encoder requires for arrays and maps. */
public final class ScalaValues {

  private ScalaValues() {}

  public static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }

  public static <K, V> scala.collection.Map<K, V> map(Map<K, V> map) {
    return CollectionConverters.asScala(map);
  }
}
