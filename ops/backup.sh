#!/usr/bin/env bash
# Takes an online backup of the running embedded default, through the command service's admin API:
# the event store, the command side's tables and keys, and the erasure register, in one encrypted
# file named to the millisecond in the backup folder (ehc.backup-dir), with a .sha256 beside it.
# Commands go on meanwhile; backups the retention rule no longer keeps are deleted. Prints the
# backup's file, size, checksum and last event. The systemd timer ehc-backup.timer runs it daily.
#
#   ops/backup.sh
#
# EHC_ADMIN (user:password, default admin:admin) and EHC_COMMAND_PORT (8080) change the defaults.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
port="${EHC_COMMAND_PORT:-8080}"
answer=$(curl -sS -u "${EHC_ADMIN:-admin:admin}" -X POST -w '\n%{http_code}' "http://127.0.0.1:$port/api/admin/backups") || {
  echo "No backup: the command service on port $port did not answer." >&2
  exit 1
}
status="${answer##*$'\n'}"
echo "${answer%$'\n'*}"
if [[ "$status" != 201 ]]; then
  echo "No backup taken (HTTP $status)." >&2
  exit 1
fi
