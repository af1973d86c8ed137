# Building: Maven when jars are missing or older than any source or pom.

BUILD_STAMP_NAME="build.stamp"

build_is_stale() {
  local stamp="$KEFU_STATE/$BUILD_STAMP_NAME"
  [[ -f "$stamp" ]] || return 0
  local module
  for module in $(kefu_modules); do
    [[ -f "$KEFU_ROOT/$module/target/classpath-runtime.txt" ]] || return 0
  done
  [[ -n $(find "$KEFU_ROOT" -path "$KEFU_STATE" -prune -o \
    \( -name pom.xml -o -path '*/src/main/*' \) -newer "$stamp" -print -quit) ]]
}

build_now() {
  ensure_build_tools
  mkdir -p "$KEFU_STATE"
  info "building with Maven (the first build downloads dependencies: several minutes)"
  local log="$KEFU_STATE/build.log"
  # One Maven build at a time on this machine: the launcher and tests share the lock.
  if ! (cd "$KEFU_ROOT" && flock "$KEFU_STATE/maven.lock" \
    mvn -B -DskipTests -Dspotless.check.skip=true package >"$log" 2>&1); then
    grep -E '^\[ERROR\]' "$log" | head -20 >&2 || true
    die "build failed; the full log is $log"
  fi
  touch "$KEFU_STATE/$BUILD_STAMP_NAME"
  info "build done"
}

ensure_built() {
  # Set by the end-to-end test: the verify build running it has just packaged every module.
  [[ "${KEFU_SKIP_BUILD:-}" == 1 ]] && return 0
  if build_is_stale; then
    build_now
  fi
}

cmd_build() {
  case "${1:-}" in
    -h | --help) echo "usage: ./kefu build    build every module's jars now (normally automatic)"; return ;;
  esac
  build_now
}
