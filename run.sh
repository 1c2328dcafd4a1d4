#!/usr/bin/env bash
# Starts ehc-workflow on its embedded default: command-service, then query-service, both on
# 127.0.0.1, sharing the data folder. A service that stops on its own is started again; Ctrl-C
# stops both cleanly.
#
#   ./run.sh              build, then start
#   ./run.sh --no-build   start the jars already built
#
# EHC_DATA_DIR (default ./data), EHC_COMMAND_PORT (8080) and EHC_QUERY_PORT (8081) change the defaults;
# EHC_LOG_FORMAT=json writes each service's log as one JSON object per line; EHC_JAVA_OPTS is passed to java.
set -euo pipefail
cd "$(dirname "$0")"

data_dir="${EHC_DATA_DIR:-./data}"
command_port="${EHC_COMMAND_PORT:-8080}"
query_port="${EHC_QUERY_PORT:-8081}"
version="0.1.0-SNAPSHOT"
# A service that has to be started again this often within 5 minutes is failing, not faltering.
most_restarts=5

if [[ "${1:-}" != "--no-build" ]]; then
  echo "Building the services (first run downloads dependencies; --no-build skips this)..."
  ./mvnw -B -q -DskipTests package
fi

mkdir -p "$data_dir/logs"
declare -A pid_of=() port_of=([command-service]="$command_port" [query-service]="$query_port")
declare -A restarts=()
stopping=false

stop_all() {
  trap - INT TERM EXIT
  stopping=true
  if ((${#pid_of[@]})); then
    echo
    echo "Stopping..."
    kill "${pid_of[@]}" 2>/dev/null || true
    wait "${pid_of[@]}" 2>/dev/null || true
    echo "Stopped. Data kept in $data_dir."
  fi
}
trap 'stop_all; exit 0' INT TERM
trap stop_all EXIT

now() { date -u +%Y-%m-%dT%H:%M:%SZ; }

# Each service writes its own rotating log in $data_dir/logs; the console keeps only what the JVM
# itself prints (a crash before logging starts), in <service>.out.
start() {
  local name=$1 port=${port_of[$1]} log="$data_dir/logs/$1.log"
  local format=()
  [[ "${EHC_LOG_FORMAT:-}" == "json" ]] && format=(--logging.structured.format.file=ecs)
  local ready_before
  ready_before=$(grep -c "is ready at" "$log" 2>/dev/null || true)
  echo "Starting $name on http://127.0.0.1:$port (log: $log)..."
  # shellcheck disable=SC2086
  java ${EHC_JAVA_OPTS:-} -jar "$name/target/$name-$version.jar" \
    --server.port="$port" --ehc.data-dir="$data_dir" --logging.threshold.console=OFF "${format[@]}" \
    >"$data_dir/logs/$name.out" 2>&1 &
  local pid=$!
  pid_of[$name]=$pid
  for _ in $(seq 1 240); do
    # before its log exists grep prints nothing: count that as 0 ready lines
    local ready_now
    ready_now=$(grep -c "is ready at" "$log" 2>/dev/null || true)
    if (( ${ready_now:-0} > ${ready_before:-0} )); then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name stopped while starting; the end of its log:" >&2
      tail -n 40 "$log" "$data_dir/logs/$name.out" >&2 2>/dev/null || true
      exit 1
    fi
    sleep 0.5
  done
  echo "$name did not become ready within 2 minutes; see $log" >&2
  exit 1
}

# The command service creates the event store, so it starts first.
start command-service
start query-service

cat <<MSG

ehc-workflow is ready.
  Pages (open in a browser, sign in):   http://127.0.0.1:$query_port/
  Commands (case officers, agencies):   http://127.0.0.1:$command_port/api/...
  Read models (timelines, timeliness):  http://127.0.0.1:$query_port/api/...
  Health and metrics:                   /actuator/health, /actuator/prometheus (admin) on either port
  Data:                                 $data_dir  (delete it to start empty)
  Logs:                                 $data_dir/logs (rolled daily and at 10 MB, 100 MB at most per service)
  Users (trial only, password = name):  officer, ep, health, socialcare, school, panel, lead, auditor, dashboard, admin
Press Ctrl-C to stop.
MSG

# Supervision: a service that stops without being asked to is started again, and the console says so.
while true; do
  died=""
  wait -n -p died "${pid_of[@]}" && status=0 || status=$?
  $stopping && exit 0
  for name in "${!pid_of[@]}"; do
    if [[ "${pid_of[$name]}" == "$died" ]] || ! kill -0 "${pid_of[$name]}" 2>/dev/null; then
      recent=$(( $(date +%s) - 300 ))
      restarts[$name]="$(for t in ${restarts[$name]:-}; do (( t > recent )) && printf '%s ' "$t"; done)$(date +%s)"
      # shellcheck disable=SC2206
      times=(${restarts[$name]})
      if (( ${#times[@]} > most_restarts )); then
        echo "$(now) $name stopped again (exit $status), ${#times[@]} times in 5 minutes: giving up; see $data_dir/logs." >&2
        exit 1
      fi
      echo "$(now) $name stopped unexpectedly (exit $status); starting it again (log: $data_dir/logs/$name.log)"
      start "$name"
      echo "$(now) $name is running again."
    fi
  done
done
