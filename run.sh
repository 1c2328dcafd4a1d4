#!/usr/bin/env bash
# Starts ehc-workflow on its embedded default: command-service, then query-service, both on
# 127.0.0.1, sharing the data folder. A service that stops, or stops answering, is started again
# while the other keeps running; Ctrl-C stops both cleanly.
#
#   ./run.sh              build, then start
#   ./run.sh --no-build   start the jars already built
#
# EHC_DATA_DIR (default ./data), EHC_COMMAND_PORT (8080) and EHC_QUERY_PORT (8081) change the defaults;
# EHC_BACKUP_DIR (default: the data folder's name + "-backups", beside it) is where backups go, encrypted
# with the passphrase in EHC_BACKUP_PASSPHRASE_FILE (default ~/.config/ehc-workflow/backup-passphrase,
# made on first start); EHC_LOG_FORMAT=json writes each service's log as one JSON object per line;
# EHC_JAVA_OPTS is passed to java.
set -euo pipefail
# Every file the services write (stores, keys, logs, backups) is the user's alone.
umask 077
cd "$(dirname "$0")"

data_dir="${EHC_DATA_DIR:-./data}"
backup_dir="${EHC_BACKUP_DIR:-${data_dir%/}-backups}"
passphrase_file="${EHC_BACKUP_PASSPHRASE_FILE:-${XDG_CONFIG_HOME:-$HOME/.config}/ehc-workflow/backup-passphrase}"
command_port="${EHC_COMMAND_PORT:-8080}"
query_port="${EHC_QUERY_PORT:-8081}"
# A restart that takes longer than this is reported (and waited for), every time this passes again.
slow_start="${EHC_SLOW_START_SECONDS:-120}"
# A ready service that answers no HTTP request for this long is hung: it is killed and started again.
hung_after="${EHC_HUNG_AFTER_SECONDS:-60}"
# A service that has to be started again this often within 5 minutes is failing, not faltering:
# it is then started again only once a minute, so that its log can be read.
most_restarts=5

if [[ "${1:-}" != "--no-build" ]]; then
  echo "Building the services (first run downloads dependencies; --no-build skips this)..."
  ./mvnw -B -q -DskipTests package
fi

mkdir -p "$data_dir/logs"
if [[ ! -f "$passphrase_file" ]]; then
  mkdir -p "$(dirname "$passphrase_file")"
  head -c 32 /dev/urandom | base64 >"$passphrase_file"
  echo "Backups are encrypted with a new passphrase in $passphrase_file: keep a copy off-site, since no backup"
  echo "can be restored without it."
fi

declare -A pid_of=() port_of=([command-service]="$command_port" [query-service]="$query_port")
declare -A state_of=() since_of=() ready_before_of=() restarts=() reported_of=() unanswered_of=()
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

# How many times the service's log says it became ready; 0 before its log exists.
ready_count() {
  local count
  count=$(grep -c "is ready at" "$data_dir/logs/$1.log" 2>/dev/null || true)
  echo "${count:-0}"
}

jar_of() {
  local jar
  for jar in "$1"/target/"$1"-*.jar; do
    [[ -f "$jar" && "$jar" != *-plain.jar ]] && { echo "$jar"; return; }
  done
  echo "No $1 jar in $1/target: build it first (./run.sh without --no-build)." >&2
  exit 1
}

# Each service writes its own rotating log in $data_dir/logs; the console keeps only what the JVM
# itself prints (a crash before logging starts), in <service>.out. Launching does not wait.
launch() {
  local name=$1 port=${port_of[$1]}
  local extra=()
  [[ "${EHC_LOG_FORMAT:-}" == "json" ]] && extra+=(--logging.structured.format.file=ecs)
  [[ $name == command-service ]] && extra+=(--ehc.backup-dir="$backup_dir" --ehc.backup.passphrase-file="$passphrase_file")
  ready_before_of[$name]=$(ready_count "$name")
  echo "Starting $name on http://127.0.0.1:$port (log: $data_dir/logs/$name.log)..."
  # shellcheck disable=SC2086
  java ${EHC_JAVA_OPTS:-} -jar "$(jar_of "$name")" \
    --server.port="$port" --ehc.data-dir="$data_dir" --logging.threshold.console=OFF "${extra[@]}" \
    >"$data_dir/logs/$name.out" 2>&1 &
  pid_of[$name]=$!
  state_of[$name]=starting
  since_of[$name]=$(date +%s)
  reported_of[$name]=0
  unanswered_of[$name]=0
}

is_ready() { (($(ready_count "$1") > ${ready_before_of[$1]})); }

# Whether the service answers HTTP at all (any status: a full disk's 503 is an answer).
answers() {
  command -v curl >/dev/null || return 0
  curl -s -o /dev/null --max-time 5 "http://127.0.0.1:${port_of[$1]}/actuator/health"
  local status=$?
  # 7: nothing listens (it is dying, which the next look sees); 28: no answer in time.
  ((status != 28))
}

# First start: the command service creates the event store, so the query service waits for it.
first_start() {
  local name=$1
  launch "$name"
  while ! is_ready "$name"; do
    if ! kill -0 "${pid_of[$name]}" 2>/dev/null; then
      echo "$name stopped while starting; the end of its log:" >&2
      tail -n 40 "$data_dir/logs/$name.log" "$data_dir/logs/$name.out" >&2 2>/dev/null || true
      exit 1
    fi
    report_slowness "$name"
    sleep 0.5
  done
  state_of[$name]=ready
}

report_slowness() {
  local name=$1 waited=$(($(date +%s) - since_of[$1]))
  if ((waited >= (reported_of[$name] + 1) * slow_start)); then
    reported_of[$name]=$((waited / slow_start))
    echo "$(now) $name is still starting after ${waited}s (the machine may be busy); waiting for it. Log: $data_dir/logs/$name.log"
  fi
}

first_start command-service
first_start query-service

cat <<MSG

ehc-workflow is ready.
  Pages (open in a browser, sign in):   http://127.0.0.1:$query_port/
  Commands (case officers, agencies):   http://127.0.0.1:$command_port/api/...
  Read models (timelines, timeliness):  http://127.0.0.1:$query_port/api/...
  Health and metrics:                   /actuator/health, /actuator/prometheus (admin) on either port
  Data:                                 $data_dir  (delete it to start empty)
  Backups (ops/backup.sh):              $backup_dir, encrypted with $passphrase_file
  Logs:                                 $data_dir/logs (rolled daily and at 10 MB, 100 MB at most per service)
  Users (trial only, password = name):  officer, officer2, manager, ep, health, socialcare, school, panel, lead, auditor, dashboard, returns, admin
Press Ctrl-C to stop.
MSG

# Supervision, once a second: a service that stopped is started again (the other keeps running, however
# long that takes); one that is ready but answers nothing for $hung_after seconds is killed first.
last_probe=$(date +%s)
while true; do
  sleep 1 &
  # (stderr: bash would otherwise report here, as "Killed", a service the loop below then restarts)
  wait $! 2>/dev/null || true
  $stopping && exit 0
  probe=false
  if (($(date +%s) - last_probe >= 10)); then
    probe=true
    last_probe=$(date +%s)
  fi
  for name in command-service query-service; do
    pid=${pid_of[$name]}
    if ! kill -0 "$pid" 2>/dev/null; then
      status=0
      wait "$pid" 2>/dev/null || status=$?
      recent=$(($(date +%s) - 300))
      kept=""
      for t in ${restarts[$name]:-}; do
        ((t > recent)) && kept+="$t "
      done
      restarts[$name]="$kept$(date +%s)"
      read -r -a times <<<"${restarts[$name]}"
      if ((${#times[@]} > most_restarts)); then
        echo "$(now) $name stopped again (exit $status), ${#times[@]} times in 5 minutes; starting it again in 60 s. See $data_dir/logs/$name.log"
        sleep 60 &
        wait $! 2>/dev/null || true
        $stopping && exit 0
      else
        echo "$(now) $name stopped unexpectedly (exit $status); starting it again on port ${port_of[$name]}"
      fi
      launch "$name"
    elif [[ ${state_of[$name]} == starting ]]; then
      if is_ready "$name"; then
        state_of[$name]=ready
        echo "$(now) $name is running again."
      else
        report_slowness "$name"
      fi
    elif $probe; then
      if answers "$name"; then
        unanswered_of[$name]=0
      else
        unanswered_of[$name]=$((unanswered_of[$name] + 10))
        if ((unanswered_of[$name] >= hung_after)); then
          echo "$(now) $name has answered nothing for ${unanswered_of[$name]}s: it is hung; killing it to start it again"
          kill -9 "$pid" 2>/dev/null || true
        fi
      fi
    fi
  done
done
