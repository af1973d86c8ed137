# Shared shell helpers of the ./kefu launcher: messages, errors, installing system packages.

info() { printf '[kefu] %s\n' "$*" >&2; }

# One-line reason on stderr and a non-zero exit, as every command promises.
die() {
  printf 'kefu: %s\n' "$*" >&2
  exit 1
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root to install system packages ($*); install them or run as root"
  fi
}

APT_UPDATED=""
apt_install() {
  info "installing $* with apt"
  if [[ -z "$APT_UPDATED" ]]; then
    as_root apt-get update -qq >/dev/null || die "apt-get update failed"
    APT_UPDATED=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null \
    || die "apt-get install $* failed"
}

java_major() {
  java -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

# JDK 17+, Maven and curl; installed from Debian when missing.
ensure_build_tools() {
  if ! command -v java >/dev/null 2>&1 || [[ $(java_major) -lt 17 ]]; then
    apt_install openjdk-17-jdk-headless
  fi
  command -v mvn >/dev/null 2>&1 || apt_install maven
  command -v curl >/dev/null 2>&1 || apt_install curl
  command -v flock >/dev/null 2>&1 || apt_install util-linux
  # the dashboards' build bundles Apache ECharts from the npm registry
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
}

# Debian's Chromium and ChromeDriver for the dashboards' browser tests (Selenium drives them; no test
# downloads a browser), and a CJK font so that Chinese pages render in the screenshots.
ensure_browser_installed() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-wqy-zenhei)
  [[ ${#missing[@]} -eq 0 ]] || apt_install "${missing[@]}"
}

# The JVM flags Spark, Arrow and Kryo need on Java 17: the parent pom's <kefu.jvm.flags>, the one
# list that the tests' argLine uses too.
jvm_module_flags() {
  local flags
  flags=$(tr '\n' ' ' <"$KEFU_ROOT/pom.xml" | sed -n 's:.*<kefu\.jvm\.flags>\([^<]*\)</kefu\.jvm\.flags>.*:\1:p')
  [[ -n "$flags" ]] || die "no <kefu.jvm.flags> in $KEFU_ROOT/pom.xml"
  printf '%s' "$flags"
}

# The modules of the build, in the parent pom's <modules> order.
kefu_modules() {
  sed -n 's:^ *<module>\([^<]*\)</module>.*:\1:p' "$KEFU_ROOT/pom.xml"
}

# Runs a main class of a module with that module's full classpath (engines included).
run_module() {
  local module="$1" main_class="$2"
  shift 2
  ensure_built
  local target="$KEFU_ROOT/$module/target"
  local jar
  jar=$(find "$target" -maxdepth 1 -name 'kefu-*.jar' ! -name '*-job.jar' ! -name '*-tests.jar' | head -1)
  [[ -n "$jar" ]] || die "no jar in $target; run ./kefu build"
  local cp="$jar:$(cat "$target/classpath-compile.txt"):$(cat "$target/classpath-runtime.txt")"
  local log="${KEFU_LOG_FILE:-$KEFU_STATE/logs/run-$(date +%Y%m%d-%H%M%S).log}"
  mkdir -p "$KEFU_STATE/javacpp" "$(dirname "$log")"
  local rc=0
  # Engines log to $log (cli-support's log4j2.xml); a command's own failure line names that file.
  # shellcheck disable=SC2046
  java ${KEFU_JAVA_OPTS:--Xmx4g} $(jvm_module_flags) \
    -Dorg.bytedeco.javacpp.cachedir="$KEFU_STATE/javacpp" -Dkefu.log.file="$log" \
    -cp "$cp" "$main_class" "$@" || rc=$?
  if [[ $rc -eq 3 || $rc -ge 128 ]]; then
    # the JVM died: 3 is -XX:+ExitOnOutOfMemoryError's code, 128+N a signal (137: the OOM killer).
    # Other codes are the command's own (1 failure, 2 usage, 4 the promotion gate's refusal).
    die "${main_class##*.} exited with code $rc; log: $log"
  fi
  return $rc
}
