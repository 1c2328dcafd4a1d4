#!/usr/bin/env bash
# Takes an online backup of the running embedded default, through the command service's admin API:
# the event store, the command side's tables and keys, and the erasure register, in one dated zip in
# the backup folder (ehc.backup-dir, by default data/backups), with a .sha256 beside it. Commands go
# on meanwhile. Prints the backup's file, size, checksum and last event.
#
#   ops/backup.sh
#
# EHC_ADMIN (user:password, default admin:admin) and EHC_COMMAND_PORT (8080) change the defaults.
set -euo pipefail
port="${EHC_COMMAND_PORT:-8080}"
curl -fsS -u "${EHC_ADMIN:-admin:admin}" -X POST "http://127.0.0.1:$port/api/admin/backups"
echo
