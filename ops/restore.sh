#!/usr/bin/env bash
# Restores a backup into a data folder that holds no event store, with the services stopped, and
# re-applies every erasure the registers name. Then start the services: the read models rebuild
# from the restored store, and the query service verifies the whole hash chain.
#
#   ops/restore.sh BACKUP.zip [--data-dir DIR] [--erasures OLD-DATA/erasures.log]...
#
# The data folder defaults to ./data, as for run.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
exec java -jar "$here/command-service/target/command-service-0.1.0-SNAPSHOT.jar" restore "$@"
