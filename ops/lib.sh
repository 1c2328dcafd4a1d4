# Sourced by the ops scripts: they run as the service user, write files only that user can read,
# and find the service's jars and settings whether installed (/opt/ehc-workflow, settings in
# /etc/ehc-workflow/ehc.env, as the systemd units use) or in a checkout (jars in */target, ./data).
umask 077
ops_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
home="$(dirname "$ops_dir")"
env_file="${EHC_ENV_FILE:-/etc/ehc-workflow/ehc.env}"
if [[ -r "$env_file" ]]; then
  # shellcheck disable=SC1090
  set -a && . "$env_file" && set +a
fi

# On a server with the service user (ehc, or EHC_USER), only that user runs these: files a restore
# leaves must be the service's to write, and root's would not be.
service_user="${EHC_USER:-ehc}"
if id -u "$service_user" >/dev/null 2>&1 && [[ "$(id -un)" != "$service_user" ]]; then
  echo "Run this as the service user: sudo -u $service_user $0 $*" >&2
  exit 2
fi

# The installed jar (/opt/ehc-workflow/<name>.jar) or the checkout's build, whatever its version.
jar_of() {
  local jar
  for jar in "$home/$1.jar" "$home/$1"/target/"$1"-*.jar; do
    [[ -f "$jar" ]] && { echo "$jar"; return; }
  done
  echo "No $1 jar in $home or $home/$1/target: install it, or build the checkout (./mvnw -B -DskipTests package)." >&2
  exit 2
}
