# The local stack: a real ClickHouse server and a real Kafka broker (KRaft, single node) on
# 127.0.0.1, data under $KEFU_STATE, stopped by the process ids recorded at start.

CH_HTTP_PORT="${KEFU_CLICKHOUSE_HTTP_PORT:-18123}"
CH_TCP_PORT="${KEFU_CLICKHOUSE_TCP_PORT:-19000}"
CH_INTERSERVER_PORT="${KEFU_CLICKHOUSE_INTERSERVER_PORT:-19009}"
KAFKA_PORT="${KEFU_KAFKA_PORT:-19092}"
KAFKA_CONTROLLER_PORT="${KEFU_KAFKA_CONTROLLER_PORT:-19093}"
CH_DIR="$KEFU_STATE/clickhouse"
KAFKA_DIR="$KEFU_STATE/kafka"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

clickhouse_up() { [[ $(curl -s --max-time 2 "http://127.0.0.1:$CH_HTTP_PORT/ping" 2>/dev/null) == "Ok." ]]; }

kafka_up() { pid_alive "$KAFKA_DIR/pid" && port_open "$KAFKA_PORT"; }

# Waits until "$2" succeeds, for at most $3 seconds; $1 names what is awaited.
wait_for() {
  local what="$1" check="$2" limit="$3" waited=0
  until $check; do
    sleep 0.5
    waited=$((waited + 1))
    if ((waited > limit * 2)); then
      return 1
    fi
  done
  info "$what ready after $((waited / 2)) s"
}

ensure_clickhouse_installed() {
  command -v clickhouse-server >/dev/null 2>&1 || apt_install clickhouse-server clickhouse-client
}

start_clickhouse() {
  if clickhouse_up; then
    pid_alive "$CH_DIR/pid" || die "port $CH_HTTP_PORT already serves a ClickHouse this stack did not start; stop it or set KEFU_CLICKHOUSE_HTTP_PORT"
    info "ClickHouse already running (pid $(cat "$CH_DIR/pid"))"
    return
  fi
  ensure_clickhouse_installed
  mkdir -p "$CH_DIR"/{data,tmp,user_files,format_schemas}
  # No systemd: the server runs in the foreground of a background process we own.
  nohup clickhouse-server --config-file=/etc/clickhouse-server/config.xml -- \
    --path="$CH_DIR/data/" --tmp_path="$CH_DIR/tmp/" --user_files_path="$CH_DIR/user_files/" \
    --format_schema_path="$CH_DIR/format_schemas/" --listen_host=127.0.0.1 \
    --http_port="$CH_HTTP_PORT" --tcp_port="$CH_TCP_PORT" --interserver_http_port="$CH_INTERSERVER_PORT" \
    --logger.log="$CH_DIR/server.log" --logger.errorlog="$CH_DIR/error.log" \
    >"$CH_DIR/stdout.log" 2>&1 &
  echo $! >"$CH_DIR/pid"
  wait_for "ClickHouse on 127.0.0.1:$CH_HTTP_PORT" clickhouse_up 60 \
    || die "ClickHouse did not start within 60 s; see $CH_DIR/error.log"
}

kafka_classpath() {
  local cp_file="$KAFKA_DIR/classpath.txt" pom="$KEFU_ROOT/stack/kafka-broker/pom.xml"
  if [[ ! -s "$cp_file" || "$pom" -nt "$cp_file" || "$KEFU_ROOT/pom.xml" -nt "$cp_file" ]]; then
    ensure_build_tools
    info "resolving the Kafka broker's jars with Maven"
    mkdir -p "$KAFKA_DIR"
    (cd "$KEFU_ROOT" && flock "$KEFU_STATE/maven.lock" mvn -B -q -f "$pom" \
      dependency:build-classpath -Dmdep.outputFile="$cp_file" >"$KAFKA_DIR/resolve.log" 2>&1) \
      || die "cannot resolve the Kafka broker; see $KAFKA_DIR/resolve.log"
  fi
  cat "$cp_file"
}

write_kafka_config() {
  cat >"$KAFKA_DIR/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_DIR/data
num.partitions=2
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
  cat >"$KAFKA_DIR/log4j2.properties" <<PROPS
appender.file.type=File
appender.file.name=file
appender.file.fileName=$KAFKA_DIR/server.log
appender.file.layout.type=PatternLayout
appender.file.layout.pattern=[%d] %p %m (%c)%n
rootLogger.level=INFO
rootLogger.appenderRef.file.ref=file
PROPS
}

start_kafka() {
  if kafka_up; then
    info "Kafka already running (pid $(cat "$KAFKA_DIR/pid"))"
    return
  fi
  port_open "$KAFKA_PORT" && die "port $KAFKA_PORT is taken by a process this stack did not start; stop it or set KEFU_KAFKA_PORT"
  local cp
  cp=$(kafka_classpath)
  mkdir -p "$KAFKA_DIR/data"
  write_kafka_config
  if [[ ! -f "$KAFKA_DIR/data/meta.properties" ]]; then
    local cluster_id
    cluster_id=$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
    java -cp "$cp" -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" kafka.tools.StorageTool \
      format -t "$cluster_id" -c "$KAFKA_DIR/server.properties" >"$KAFKA_DIR/format.log" 2>&1 \
      || die "cannot format Kafka storage; see $KAFKA_DIR/format.log"
  fi
  nohup java -Xms256m -Xmx768m -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.properties" \
    -cp "$cp" kafka.Kafka "$KAFKA_DIR/server.properties" >"$KAFKA_DIR/stdout.log" 2>&1 &
  echo $! >"$KAFKA_DIR/pid"
  wait_for "Kafka on 127.0.0.1:$KAFKA_PORT" kafka_up 90 \
    || die "Kafka did not start within 90 s; see $KAFKA_DIR/server.log"
}

stop_pid() {
  local name="$1" pid_file="$2"
  if ! pid_alive "$pid_file"; then
    info "$name not running"
    rm -f "$pid_file"
    return
  fi
  local pid waited=0
  pid=$(cat "$pid_file")
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    sleep 0.5
    waited=$((waited + 1))
    if ((waited > 60)); then
      info "$name did not stop in 30 s; killing it"
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  rm -f "$pid_file"
  info "$name stopped"
}

stack_status() {
  local ok=0
  if clickhouse_up; then
    printf '%-11s %-5s pid %-8s http://127.0.0.1:%s\n' ClickHouse up "$(cat "$CH_DIR/pid" 2>/dev/null || echo '?')" "$CH_HTTP_PORT"
  else
    printf '%-11s %-5s\n' ClickHouse down
    ok=3
  fi
  if kafka_up; then
    printf '%-11s %-5s pid %-8s 127.0.0.1:%s\n' Kafka up "$(cat "$KAFKA_DIR/pid")" "$KAFKA_PORT"
  else
    printf '%-11s %-5s\n' Kafka down
    ok=3
  fi
  return $ok
}

cmd_stack() {
  case "${1:-}" in
    start) start_clickhouse; start_kafka; stack_status ;;
    stop) stop_pid Kafka "$KAFKA_DIR/pid"; stop_pid ClickHouse "$CH_DIR/pid" ;;
    status) stack_status ;;
    -h | --help | "")
      cat <<'USAGE'
usage: ./kefu stack start|stop|status

  start    start ClickHouse (HTTP 127.0.0.1:18123) and Kafka (127.0.0.1:19092); harmless when running
  stop     stop both, by the process ids recorded at start
  status   show both; exit code 0 when both are up, 3 otherwise

Data and logs live under ./.kefu/clickhouse and ./.kefu/kafka. Ports: KEFU_CLICKHOUSE_HTTP_PORT,
KEFU_CLICKHOUSE_TCP_PORT, KEFU_KAFKA_PORT, KEFU_KAFKA_CONTROLLER_PORT.
USAGE
      [[ -n "${1:-}" ]] || exit 2 ;;
    *) die "unknown stack action '$1'; accepted: start, stop, status" ;;
  esac
}

# The Java side reads these; keep them in step with the ports above. The registry's Kafka event
# hook is NOT implied by them: it is on only when KEFU_REGISTRY_HOOK_KAFKA is set by the user.
export KEFU_CLICKHOUSE_URL="${KEFU_CLICKHOUSE_URL:-http://127.0.0.1:$CH_HTTP_PORT}"
export KEFU_KAFKA_BOOTSTRAP="${KEFU_KAFKA_BOOTSTRAP:-127.0.0.1:$KAFKA_PORT}"
