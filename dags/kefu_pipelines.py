"""Builds Kefu Insight's Airflow DAGs from dags/pipelines.yaml, the one pipeline definition that
./kefu retrain also runs. Each step becomes a BashOperator running its ./kefu command in the Kefu
checkout on the worker (Variable kefu_home), or its spark-submit / flink run form when Variable
kefu_mode is "cluster". Works on Airflow 2.4+ and 3.x.

Variables read (Admin > Variables):
  kefu_home      the Kefu checkout on the workers (default /opt/kefu)
  kefu_mode      "local" (default: ./kefu runs Spark local[*] and Flink on a MiniCluster) or
                 "cluster" (steps with a cluster form use it)
  kefu_jobs      folder of the job jars for cluster mode (default {kefu_home})
  kefu_registry  model registry root (default: the pipeline's; e.g. hdfs:///kefu/registry)
  kefu_input     chat logs to ingest (default: the pipeline's; e.g. hdfs:///kefu/raw/{{ ds }})
  kefu_work      working folder root (default {kefu_home}/.kefu/airflow)
The ClickHouse and Kafka addresses come from the workers' environment (KEFU_CLICKHOUSE_URL, ...),
as for every ./kefu command.
"""

import os
import shlex
from datetime import datetime, timedelta

import yaml
from airflow import DAG

try:  # Airflow 3
    from airflow.providers.standard.operators.bash import BashOperator
except ImportError:  # Airflow 2
    from airflow.operators.bash import BashOperator

PIPELINES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pipelines.yaml")
START = datetime(2026, 11, 1)


def load(path=PIPELINES):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)["pipelines"]


def _fill(command, values):
    # The same placeholders as ./kefu retrain; values may be Jinja templates Airflow renders.
    for name, value in values.items():
        command = command.replace("{" + name + "}", value)
    return command


def _values(name, pipeline):
    params = pipeline.get("params") or {}
    home = "{{ var.value.get('kefu_home', '/opt/kefu') }}"
    return {
        "day": "{{ ds }}",
        "input": "{{ var.value.get('kefu_input', %r) }}" % params.get("input", ""),
        "registry": "{{ var.value.get('kefu_registry', %r) }}" % params.get("registry", ""),
        "work": "{{ var.value.get('kefu_work', var.value.get('kefu_home', '/opt/kefu') ~ '/.kefu/airflow') }}/"
        + name
        + "/{{ run_id | replace(':', '_') | replace('+', '_') }}",
        "jobs": "{{ var.value.get('kefu_jobs', var.value.get('kefu_home', '/opt/kefu')) }}",
        "home": home,
    }


def _bash(step, values):
    local = _fill(step["command"], values)
    cluster = _fill(step.get("cluster") or step["command"], values)
    # One template chooses the form at run time, so switching kefu_mode needs no DAG change.
    return (
        "set -euo pipefail; cd " + values["home"] + "; "
        "{% if var.value.get('kefu_mode', 'local') == 'cluster' %}"
        + cluster
        + "{% else %}"
        + local
        + "{% endif %}"
    )


def build(name, pipelines=None):
    """The DAG of one pipeline, its tasks and dependencies exactly as the file says."""
    pipeline = (pipelines or load())[name]
    values = _values(name, pipeline)
    dag = DAG(
        dag_id=name,
        description=pipeline.get("description", ""),
        schedule=pipeline.get("schedule"),
        start_date=START,
        catchup=False,
        max_active_runs=1,
        tags=["kefu"],
        default_args={"owner": "kefu"},
    )
    tasks = {}
    for step in pipeline["steps"]:
        tasks[step["id"]] = BashOperator(
            task_id=step["id"],
            bash_command=_bash(step, values),
            retries=int(step.get("retries", 0)),
            retry_delay=timedelta(minutes=2),
            execution_timeout=timedelta(minutes=int(step.get("timeout_minutes", 60))),
            skip_on_exit_code=list(step.get("skip_exit_codes") or []) or None,
            dag=dag,
        )
    for step in pipeline["steps"]:
        for upstream in step.get("after") or []:
            tasks[upstream] >> tasks[step["id"]]
    return dag


def commands(pipelines=None):
    """Every (pipeline, step, ./kefu subcommand) of the file, for the tests."""
    out = []
    for name, pipeline in (pipelines or load()).items():
        for step in pipeline["steps"]:
            out.append((name, step["id"], shlex.split(step["command"])[1]))
    return out
