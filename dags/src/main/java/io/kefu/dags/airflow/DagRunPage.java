package io.kefu.dags.airflow;

import java.util.List;

/**
 * One page of a DAG's runs ({@code DAGRunCollection} in API v1, {@code DAGRunCollectionResponse} in
 * v2): the runs asked for, and how many the DAG has in all.
 */
public record DagRunPage(List<DagRun> runs, int totalEntries) {

  public DagRunPage {
    runs = List.copyOf(runs);
  }
}
