#!/usr/bin/env bash
# Restores a backup into a data folder that holds no event store, with the services stopped (or into
# another folder, for a drill, while they run). It works in a folder beside the target and moves the
# result in only when the backup's checksum, its integrity, its own checksums and its hash chain all
# hold and every erasure register has been applied; any failure leaves the target as it was.
#
#   ops/restore.sh BACKUP [--data-dir DIR] [--passphrase-file FILE] [--erasures OLD-DATA/erasures.log]...
#
# The data folder defaults to EHC_DATA_DIR (./data in a checkout), the passphrase file to
# EHC_BACKUP_PASSPHRASE_FILE; the register beside the backup and the one in EHC_BACKUP_DIR are found
# by themselves. Then start the services: the read models rebuild from the restored store.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
exec java -jar "$(jar_of command-service)" restore "$@"
