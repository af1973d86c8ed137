"""The kefu_qa_backfill DAG: its steps, schedule, retries and timeouts come from pipelines.yaml (see
kefu_pipelines.py); nothing about them is written here."""

from kefu_pipelines import build

dag = build("kefu_qa_backfill")
