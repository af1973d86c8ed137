# The commands of CONTRACT §1 that the launcher wires; the work happens in the modules' Java code.

cmd_generate() {
  run_module data-samples io.kefu.samples.GenerateCommand "$@"
}

cmd_ingest() {
  run_module ingestion-jobs io.kefu.ingest.IngestCommand "$@"
}

cmd_train() {
  KEFU_JAVA_OPTS="${KEFU_JAVA_OPTS:--Xmx6g}" run_module training-jobs io.kefu.train.cli.TrainCommand "$@"
}

cmd_predict() {
  run_module training-jobs io.kefu.train.cli.PredictCommand "$@"
}

cmd_evaluate() {
  run_module training-jobs io.kefu.train.cli.EvaluateCommand "$@"
}

cmd_inspect() {
  KEFU_JAVA_OPTS="${KEFU_JAVA_OPTS:--Xmx4g}" run_module quality-inspection io.kefu.qa.cli.InspectCommand "$@"
}

cmd_backfill() {
  case "${1:-}" in
    -h | --help) ;;
    *) [[ -n "${KEFU_STACK_STARTED:-}" ]] || cmd_stack start >/dev/null ;;
  esac
  KEFU_JAVA_OPTS="${KEFU_JAVA_OPTS:--Xmx4g}" run_module quality-inspection io.kefu.qa.backfill.BackfillCommand "$@"
}

cmd_qa() {
  run_module quality-inspection io.kefu.qa.cli.QaCommand "$@"
}

cmd_registry() {
  run_module model-registry io.kefu.registry.cli.RegistryCommand "$@"
}

cmd_dashboard() {
  case "${1:-}" in
    -h | --help) ;;
    *) [[ -n "${KEFU_STACK_STARTED:-}" ]] || cmd_stack start >/dev/null ;;
  esac
  run_module dashboards io.kefu.dashboards.DashboardCommand "$@"
}

cmd_retrain() {
  KEFU_JAVA_OPTS="${KEFU_JAVA_OPTS:--Xmx1g} -Dkefu.root=$KEFU_ROOT" \
    run_module dags io.kefu.dags.pipeline.RetrainCommand "$@"
}

cmd_data_quality() {
  case "${1:-}" in
    -h | --help) ;;
    *) [[ -n "${KEFU_STACK_STARTED:-}" ]] || cmd_stack start >/dev/null ;;
  esac
  run_module dags io.kefu.dags.quality.DataQualityCommand "$@"
}

cmd_airflow() {
  run_module dags io.kefu.dags.airflow.AirflowCommand "$@"
}

cmd_users() {
  run_module dashboards io.kefu.dashboards.UsersCommand "$@"
}

cmd_stream() {
  case "${1:-}" in
    -h | --help) ;;
    *) [[ -n "${KEFU_STACK_STARTED:-}" ]] || cmd_stack start >/dev/null ;;
  esac
  KEFU_JAVA_OPTS="${KEFU_JAVA_OPTS:--Xmx4g}" run_module realtime-metrics io.kefu.metrics.StreamCommand "$@"
}

cmd_replay() {
  case "${1:-}" in
    -h | --help) ;;
    *) [[ -n "${KEFU_STACK_STARTED:-}" ]] || cmd_stack start >/dev/null ;;
  esac
  run_module data-samples io.kefu.samples.replay.ReplayCommand "$@"
}

cmd_bench() {
  case "${1:-}" in
    ingest) shift; bench_ingest "$@" ;;
    train) shift; bench_train "$@" ;;
    infer) shift; bench_infer "$@" ;;
    inspect) shift; bench_inspect "$@" ;;
    stream) shift; bench_stream "$@" ;;
    dashboard) shift; bench_dashboard "$@" ;;
    -h | --help | "")
      cat <<'USAGE'
usage: ./kefu bench ingest [--messages N] [--keep]
       ./kefu bench train [--sessions N] [--real FILE.csv] [--unseen FILE.jsonl]
       ./kefu bench infer [--messages N] [--registry DIR]
       ./kefu bench inspect [--sessions N] [--registry DIR] [--seconds S]
       ./kefu bench stream [--sessions N] [--rate R] [--seconds S] [--registry DIR]
       ./kefu bench dashboard [--sessions N] [--samples K] [--keep]

  ingest   generates about N chat messages (default 1,000,000), then in one Spark session times a
           parse-only pass (Spark's JSON and CSV readers with an explicit schema, every column
           used) and the whole ingest job over the same files; prints one JSON line last with
           both rates and their ratio (the figure).
  train    generates N sessions (default 8000, seed 2718) to train on and 3000 of a held-out seed
           (31337) to test on, both from the training templates (generate --templates), and 1500
           from the held-out templates; ingests the three, trains intent and sentiment (tested on
           the held-out seed, against the TF-IDF baseline of the same run), measures intent on the
           held-out templates and, with --unseen FILE.jsonl, the primary intent of sessions
           someone else wrote and labelled (./kefu evaluate --sessions); clusters the FAQs (NMI/ARI
           against the true FAQs, overall and per intent), then sentiment on a shuffled 80/20 split of the real review
           set given with --real FILE.csv (skipped without it; e.g. waimai_10k.csv from
           SophonPlus/ChineseNlpCorpus, datasets/waimai_10k/); prints each model's training time
           and test metrics, and one JSON line last. Registry: .kefu/bench/registry.
  infer    messages/s on one core through the intent and sentiment models together (production
           or newest in the registry; run bench train or ./kefu train first), against
           featurisation alone in the same run; one JSON line last.
  inspect  sessions/s of the quality-inspection engine on one core over N generated sessions
           (default 20000, seed 4242): rules alone, with the sentiment lexicon, and with the
           production sentiment model of the registry (when there is one), S measured seconds
           each (default 5); one JSON line last.
  stream   generates N sessions (default 20000), replays them into a fresh topic, then in one run:
           a consume-only pass over the topic, the Flink job bounded over it into a scratch
           ClickHouse database (events/s, ratio), and event-to-ClickHouse latency p50/p99 with
           the job live while events arrive at R/s (default 5000) for S seconds (default 30).
           Needs production models (default registry: .kefu/demo/registry, from ./kefu demo).
  dashboard
           loads a scratch ClickHouse database with N sessions (default 100,000) and ten messages
           each, their inspections, violations, reviews and daily tables, serves the dashboards
           over it and times each page API as a logged-in browser calls it, K times (default 40):
           p50 and p95 per API against the 300 ms target, a bare ClickHouse round trip as the
           baseline; one JSON line last.
USAGE
      [[ -n "${1:-}" ]] || exit 2 ;;
    *) die "unknown benchmark '$1'; accepted: ingest, stream, train, infer, inspect, dashboard" ;;
  esac
}

bench_ingest() {
  local messages=1000000 keep=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --messages) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--messages needs a positive integer"; messages="$2"; shift 2 ;;
      --keep) keep=1; shift ;;
      *) die "unknown bench ingest option '$1'; accepted: --messages N, --keep" ;;
    esac
  done
  local dir="$KEFU_STATE/bench/ingest"
  rm -rf "$dir"
  mkdir -p "$dir"
  # About 12.3 events a session in the generated traffic: round the session count up.
  local sessions=$(((messages + 11) / 12))
  info "generating $sessions sessions (about $messages messages) into $dir/input"
  run_module data-samples io.kefu.samples.GenerateCommand --sessions "$sessions" --seed 11 \
    --days 7 --corrupt-rate 0.01 --out "$dir/input" >&2
  KEFU_JAVA_OPTS="${KEFU_JAVA_OPTS:--Xmx8g}" run_module ingestion-jobs io.kefu.ingest.bench.IngestBenchmark \
    --input "$dir/input" --out "$dir/output"
  [[ -n "$keep" ]] || rm -rf "$dir"
}

bench_train() {
  local sessions=8000 real="" unseen=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --sessions) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--sessions needs a positive integer"; sessions="$2"; shift 2 ;;
      --real) [[ -f "${2:-}" ]] || die "--real needs an existing CSV file"; real="$2"; shift 2 ;;
      --unseen) [[ -f "${2:-}" ]] || die "--unseen needs an existing sessions JSONL file"; unseen="$2"; shift 2 ;;
      *) die "unknown bench train option '$1'; accepted: --sessions N, --real FILE.csv, --unseen FILE.jsonl" ;;
    esac
  done
  local dir="$KEFU_STATE/bench/train"
  rm -rf "$dir"
  mkdir -p "$dir"
  export KEFU_REGISTRY="$dir/registry"
  info "generating $sessions training sessions (seed 2718) and 3000 held-out sessions (seed 31337) from the training templates, 1500 (seed 31337) from the held-out templates"
  run_module data-samples io.kefu.samples.GenerateCommand --sessions "$sessions" --seed 2718 --templates training --out "$dir/train-raw" >&2
  run_module data-samples io.kefu.samples.GenerateCommand --sessions 3000 --seed 31337 --templates training --out "$dir/test-raw" >&2
  run_module data-samples io.kefu.samples.GenerateCommand --sessions 1500 --seed 31337 --templates held-out --out "$dir/templates-raw" >&2
  info "ingesting the three with Spark"
  run_module ingestion-jobs io.kefu.ingest.IngestCommand --input "$dir/train-raw" --out "$dir/train" >/dev/null
  run_module ingestion-jobs io.kefu.ingest.IngestCommand --input "$dir/test-raw" --out "$dir/test" >/dev/null
  run_module ingestion-jobs io.kefu.ingest.IngestCommand --input "$dir/templates-raw" --out "$dir/templates" >/dev/null
  local intent sentiment faq templates unseen_figures='null' waimai='null'
  info "training intent (test: the held-out seed)"
  intent=$(cmd_train intent --data "$dir/train" --test-data "$dir/test" --work "$dir/work/intent" | tail -1)
  info "intent: $intent"
  local sessions_seed sessions_templates
  templates=$(cmd_evaluate intent --test-data "$dir/templates" | tail -1)
  info "intent on held-out templates (messages, weak labels): $templates"
  sessions_seed=$(cmd_evaluate intent --sessions "$dir/test-raw" | tail -1)
  info "primary intent of the held-out seed's sessions (generator truth): $sessions_seed"
  sessions_templates=$(cmd_evaluate intent --sessions "$dir/templates-raw" | tail -1)
  info "primary intent of the held-out templates' sessions (generator truth): $sessions_templates"
  if [[ -n "$unseen" ]]; then
    unseen_figures=$(cmd_evaluate intent --sessions "$unseen" | tail -1)
    info "intent on $unseen (primary intent per session): $unseen_figures"
  else
    info "chat written by someone else skipped: give --unseen FILE.jsonl (sessions labelled with their primary intent; README, Training)"
  fi
  info "training sentiment (test: the held-out seed)"
  sentiment=$(cmd_train sentiment --data "$dir/train" --test-data "$dir/test" --work "$dir/work/sentiment" | tail -1)
  info "sentiment: $sentiment"
  info "clustering FAQs of the held-out seed"
  faq=$(cmd_train faq --data "$dir/test" --truth "$dir/test-raw" --work "$dir/work/faq" | tail -1)
  info "faq: $faq"
  if [[ -n "$real" ]]; then
    info "sentiment on real reviews: $real, shuffled 80/20"
    run_module training-jobs io.kefu.train.bench.HoldOutSplit --input "$real" \
      --train "$dir/real-train.csv" --test "$dir/real-test.csv" --test-share 0.2 --seed 42
    local started=$SECONDS
    waimai=$(cmd_train sentiment --labels "$dir/real-train.csv" --test-labels "$dir/real-test.csv" --work "$dir/work/real" | tail -1)
    waimai="${waimai%\}},\"wall_seconds\":$((SECONDS - started))}"
    info "real reviews: $waimai"
  else
    info "real reviews skipped: give --real FILE.csv (a CSV with text and label columns, e.g. waimai_10k.csv of SophonPlus/ChineseNlpCorpus, datasets/waimai_10k/)"
  fi
  echo "{\"benchmark\":\"train\",\"intent\":$intent,\"intent_held_out_templates\":$templates,\"primary_intent_held_out_seed\":$sessions_seed,\"primary_intent_held_out_templates\":$sessions_templates,\"intent_unseen_chat\":$unseen_figures,\"sentiment\":$sentiment,\"faq\":$faq,\"real_sentiment\":$waimai}"
}

bench_infer() {
  # One core: nd4j's OpenMP pool and the JVM both pinned, so the figure is per core.
  OMP_NUM_THREADS=1 KEFU_JAVA_OPTS="${KEFU_JAVA_OPTS:--Xmx4g} -XX:ActiveProcessorCount=1" \
    run_module training-jobs io.kefu.train.bench.InferenceBenchmark "$@"
}

bench_inspect() {
  local sessions=20000 extra=()
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --sessions) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--sessions needs a positive integer"; sessions="$2"; shift 2 ;;
      --registry) [[ -n "${2:-}" ]] || die "--registry needs a directory"; extra+=(--registry "$2"); shift 2 ;;
      --seconds) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--seconds needs a positive integer"; extra+=(--seconds "$2"); shift 2 ;;
      -h | --help) cmd_bench --help; return ;;
      *) die "unknown bench inspect option '$1'; accepted: --sessions N, --registry DIR, --seconds S" ;;
    esac
  done
  local dir="$KEFU_STATE/bench/inspect"
  rm -rf "$dir"
  info "generating $sessions sessions (seed 4242) into $dir/input"
  run_module data-samples io.kefu.samples.GenerateCommand --sessions "$sessions" --seed 4242 \
    --out "$dir/input" >&2
  # One core: nd4j's OpenMP pool and the JVM both pinned, so the figure is per core.
  OMP_NUM_THREADS=1 KEFU_JAVA_OPTS="${KEFU_JAVA_OPTS:--Xmx4g} -XX:ActiveProcessorCount=1" \
    run_module quality-inspection io.kefu.qa.cli.InspectBenchCommand --input "$dir/input" "${extra[@]}"
}

bench_dashboard() {
  [[ -n "${KEFU_STACK_STARTED:-}" ]] || cmd_stack start >/dev/null
  run_module dashboards io.kefu.dashboards.bench.DashboardBenchCommand "$@"
}

bench_stream() { KEFU_JAVA_OPTS="${KEFU_JAVA_OPTS:--Xmx6g}" run_module realtime-metrics io.kefu.metrics.bench.StreamBenchCommand "$@"; }


# Trains, registers and promotes the three models on the demo's ingested data.
demo_train() {
  local data="$1" registry="$KEFU_STATE/demo/registry" model line version
  rm -rf "$registry" "$KEFU_STATE/demo/training"
  info "step 3/6: training intent, sentiment and faq (Deeplearning4j) into $registry"
  for model in intent sentiment faq; do
    local extra=()
    [[ "$model" == faq ]] && extra=(--truth "$data")
    line=$(cmd_train "$model" --data "$KEFU_STATE/demo/ingested" --registry "$registry" \
      --work "$KEFU_STATE/demo/training/$model" "${extra[@]}" | tail -1)
    info "$model: $line"
    version=$(sed -n 's/.*"version":\([0-9]*\).*/\1/p' <<<"$line")
    [[ -n "$version" ]] || die "training $model printed no version"
    # A fresh registry has no production yet, so the gate lets the first version through.
    cmd_registry promote "$model:$version" --registry "$registry" >&2
  done
}

# Inspects every generated session (raw logs: agent_pii_leak must see what agents wrote) with the
# demo's sentiment model, loads the inspections into ClickHouse and prints coverage and top rules.
# The demo generates its data afresh: daily rows an earlier run derived from other data would add
# to this run's figures (their keys differ), so the tables the stream and the loaders derive are
# dropped and created again by the stream; the QA managers' reviews (qa_reviews) are kept.
demo_reset_tables() {
  local db="${KEFU_CLICKHOUSE_DATABASE:-kefu}" table
  for table in messages sessions fcr_daily csat_daily hot_topics hot_phrases qa_inspections \
    qa_violations dead_letters agent_timing_daily qa_coverage_daily late_events; do
    curl -s --fail --max-time 30 "http://127.0.0.1:$CH_HTTP_PORT/" \
      --data-binary "DROP TABLE IF EXISTS $db.$table" >/dev/null ||
      die "could not drop $db.$table on the local ClickHouse (port $CH_HTTP_PORT)"
  done
}

# Replays the raw logs and exports into a topic of this run and streams them through Flink into ClickHouse.
demo_stream() {
  local data="$1" topic="demo-chat-events-$(date +%s)"
  info "step 4/6: replaying $data (raw logs and CSV exports) into Kafka ($topic), then streaming it through Flink into ClickHouse"
  cmd_replay --input "$data" --topic "$topic" | tail -1 | while IFS= read -r l; do info "replay: $l"; done
  rm -rf "$KEFU_STATE/demo/checkpoints"
  cmd_stream --from-beginning --bounded --topic "$topic" --group "$topic" \
    --registry "$KEFU_STATE/demo/registry" --checkpoints "$KEFU_STATE/demo/checkpoints" \
    | tail -1 | while IFS= read -r l; do info "stream: $l"; done
}

demo_inspect() {
  local data="$1" line
  info "step 5/6: quality inspection of the whole history (raw logs and CSV exports) with Spark into $KEFU_STATE/demo/inspected"
  line=$(cmd_inspect --input "$data" --out "$KEFU_STATE/demo/inspected" \
    --registry "$KEFU_STATE/demo/registry" | tail -1)
  info "QA coverage (batch): $(sed -n 's/.*"coverage_text":"\([^"]*\)".*/\1/p' <<<"$line")"
  info "top rules by hits: $(sed -n 's/.*"top_rules":"\([^"]*\)".*/\1/p' <<<"$line")"
}

cmd_test() {
  case "${1:-}" in
    -h | --help)
      cat <<'USAGE'
usage: ./kefu test [maven options]

Installs what the tests need (JDK 17, Maven, Node.js and npm, ClickHouse, Chromium and
ChromeDriver with a CJK font for the dashboards' browser tests), starts the local stack if it is not
running, runs every test with 'mvn -B verify' and stops the stack if it started it. Three layers:
unit tests (surefire; 'mvn test' runs them alone, no stack needed), integration tests named
*IntegrationTest (failsafe, in verify: the real ClickHouse server and Kafka broker, MiniDFS, child
JVMs, the job-jar content checks) and the end-to-end demo on 200 sessions (KEFU_SKIP_E2E=1 skips
it); then the formatter check.
Extra options go to Maven, e.g. ./kefu test -pl core.
USAGE
      return ;;
  esac
  ensure_build_tools
  ensure_clickhouse_installed
  ensure_browser_installed
  local started_here=""
  if ! stack_status >/dev/null 2>&1; then
    cmd_stack start >/dev/null
    started_here=1
  fi
  local rc=0
  (cd "$KEFU_ROOT" && flock "$KEFU_STATE/maven.lock" mvn -B verify "$@") || rc=$?
  # A verify build leaves fresh jars and classpaths: later commands need not rebuild.
  [[ $rc -eq 0 ]] && touch "$KEFU_STATE/$BUILD_STAMP_NAME"
  if [[ -n "$started_here" ]]; then
    cmd_stack stop >/dev/null 2>&1 || true
  fi
  return $rc
}

# One dashboard login per role with fresh passwords, printed; the agent login is the busiest agent.
demo_logins() {
  local data="$1" agent
  agent=$(zcat -f "$data"/raw/* 2>/dev/null | grep -o '"agent_id":"[^"]*"' \
    | awk -F'"' '{n[$4]++} END {for (a in n) if (n[a] > best) {best = n[a]; top = a}; print top}') || true
  [[ -n "$agent" ]] || agent="agent"
  info "dashboard logins (user name = role), saved in $KEFU_STATE/dashboard/users.jsonl:"
  run_module dashboards io.kefu.dashboards.UsersCommand demo --agent-id "$agent" >&2
}

cmd_demo() {
  local sessions=2000 seed=7 serve=1
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --sessions) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--sessions needs a positive integer"; sessions="$2"; shift 2 ;;
      --seed) [[ "${2:-}" =~ ^-?[0-9]+$ ]] || die "--seed needs an integer"; seed="$2"; shift 2 ;;
      --no-serve) serve=""; shift ;;
      -h | --help)
        cat <<'USAGE'
usage: ./kefu demo [--sessions N] [--seed S] [--no-serve]

Runs everything built so far, end to end, on embedded defaults: builds if needed, starts the
local stack, generates N sessions of sample chat logs (default 2000), ingests them with Spark
(clean, quarantine, mask, sessionize, weak-label → Parquet under .kefu/demo/ingested), trains the
intent and sentiment classifiers and the FAQ clustering with Deeplearning4j, registers and promotes
them in a fresh demo registry (.kefu/demo/registry), replays the raw logs into Kafka and
streams them through the Flink job into ClickHouse (messages, sessions, fcr_daily, csat_daily,
hot_topics, hot_phrases, agent_timing_daily, every session inspected into qa_inspections and
qa_violations, invalid lines into dead_letters), inspects the whole history with Spark against
the truth, and prints the latest day's FCR, CSAT, top hot topic and QA coverage, and one dashboard
login per role with its password. Tables derived by an earlier demo run are dropped first (the QA
managers' reviews are kept). Without --no-serve it then serves the dashboards on
http://127.0.0.1:8080 until interrupted.
USAGE
        return ;;
      *) die "unknown demo option '$1'; accepted: --sessions N, --seed S, --no-serve" ;;
    esac
  done
  local started=$SECONDS
  ensure_built
  cmd_stack start >/dev/null
  export KEFU_STACK_STARTED=1 # the steps below need not check the stack again
  demo_reset_tables
  local data="$KEFU_STATE/demo/data"
  rm -rf "$data"
  info "step 1/6: generating $sessions sessions (seed $seed) into $data"
  run_module data-samples io.kefu.samples.GenerateCommand \
    --sessions "$sessions" --seed "$seed" --corrupt-rate 0.01 --out "$data" >&2
  info "step 2/6: ingesting with Spark into $KEFU_STATE/demo/ingested"
  run_module ingestion-jobs io.kefu.ingest.IngestCommand --input "$data" --out "$KEFU_STATE/demo/ingested" >/dev/null
  run_module ingestion-jobs io.kefu.ingest.report.ReportSummary "$KEFU_STATE/demo/ingested/report.json"
  demo_train "$data"
  demo_stream "$data"
  demo_inspect "$data"
  info "step 6/6: the latest day's figures from ClickHouse (read with FINAL)"
  run_module realtime-metrics io.kefu.metrics.DaySummary | while IFS= read -r l; do info "$l"; done
  demo_logins "$data"
  info "demo pipeline finished in $((SECONDS - started)) s"
  if [[ -n "$serve" ]]; then
    info "dashboards on http://127.0.0.1:8080/ : log in with one of the logins above (Ctrl-C stops)"
    run_module dashboards io.kefu.dashboards.DashboardCommand --port 8080
  fi
}
