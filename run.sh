#!/usr/bin/env bash
# Starts ehc-workflow on its embedded default: command-service, then query-service, both on
# 127.0.0.1, sharing the data folder. Ctrl-C stops both cleanly.
#
#   ./run.sh              build, then start
#   ./run.sh --no-build   start the jars already built
#
# EHC_DATA_DIR (default ./data), EHC_COMMAND_PORT (8080) and EHC_QUERY_PORT (8081) change the defaults.
set -euo pipefail
cd "$(dirname "$0")"

data_dir="${EHC_DATA_DIR:-./data}"
command_port="${EHC_COMMAND_PORT:-8080}"
query_port="${EHC_QUERY_PORT:-8081}"
version="0.1.0-SNAPSHOT"

if [[ "${1:-}" != "--no-build" ]]; then
  echo "Building the services (first run downloads dependencies; --no-build skips this)..."
  ./mvnw -B -q -DskipTests package
fi

mkdir -p "$data_dir/logs"
pids=()

stop_all() {
  trap - INT TERM EXIT
  if ((${#pids[@]})); then
    echo
    echo "Stopping..."
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
    echo "Stopped. Data kept in $data_dir."
  fi
}
trap 'stop_all; exit 0' INT TERM
trap stop_all EXIT

start() {
  local name=$1 port=$2 log="$data_dir/logs/$1.log"
  echo "Starting $name on http://127.0.0.1:$port (log: $log)..."
  java ${EHC_JAVA_OPTS:-} -jar "$name/target/$name-$version.jar" \
    --server.port="$port" --ehc.data-dir="$data_dir" >"$log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  for _ in $(seq 1 240); do
    if grep -q "is ready at" "$log" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name stopped while starting; the end of its log:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "$name did not become ready within 2 minutes; see $log" >&2
  exit 1
}

# The command service creates the event store, so it starts first.
start command-service "$command_port"
start query-service "$query_port"

cat <<MSG

ehc-workflow is ready.
  Pages (open in a browser, sign in):   http://127.0.0.1:$query_port/
  Commands (case officers, agencies):   http://127.0.0.1:$command_port/api/...
  Read models (timelines, timeliness):  http://127.0.0.1:$query_port/api/...
  Health and metrics:                   /actuator/health, /actuator/prometheus (admin) on either port
  Data:                                 $data_dir  (delete it to start empty)
  Users (trial only, password = name):  officer, ep, health, socialcare, school, panel, lead, auditor, dashboard, admin
Press Ctrl-C to stop.
MSG
wait -n "${pids[@]}" || true
echo "A service stopped unexpectedly; see $data_dir/logs." >&2
exit 1
