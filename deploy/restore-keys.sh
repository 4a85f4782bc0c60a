#!/usr/bin/env bash
# Restores keys backed up by backup-keys.sh, after checking the archive against its checksum.
#
#   deploy/restore-keys.sh [--force] [--database NAME] KEYS.tar.gz TARGET_FOLDER
#
# The files come back under TARGET_FOLDER with their full paths (TARGET_FOLDER/etc/holdfast/keys/...); give / to put
# them back where they were. Refuses to overwrite a key file that is there already unless --force: a key replaced by
# an older or another practice's key makes the data it protects unreadable. Restored files are readable by their
# owner only. The clients' data keys in the archive go into the database named by --database (MYSQL_DATABASE or
# MYSQL_URL; connection as for restore.sh): restore the database first, then its keys.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/db-connection.sh
. "$here/db-connection.sh"

force=""
database="${MYSQL_DATABASE:-}"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --force) force=yes; shift ;;
    --database) database="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    -*) echo "Unknown option: $1" >&2; exit 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
[ ${#args[@]} -eq 2 ] || { echo "Usage: deploy/restore-keys.sh [--force] [--database NAME] KEYS.tar.gz TARGET_FOLDER" >&2; exit 2; }
archive="${args[0]}"
target="${args[1]}"
[ -f "$archive" ] || { echo "No key archive at $archive" >&2; exit 1; }

sums="$archive.sha256"
[ -f "$sums" ] || { echo "REFUSED: no checksum file $sums beside the archive; without it nothing shows the keys are whole." >&2; exit 1; }
expected=$(cut -d' ' -f1 "$sums")
actual=$(sha256sum "$archive" | cut -d' ' -f1)
if [ "$expected" != "$actual" ]; then
  echo "REFUSED: $archive does not match its checksum: it was changed or damaged after the backup was made." >&2
  echo "  expected $expected" >&2
  echo "  found    $actual" >&2
  exit 1
fi
echo "Checksum matches: $actual"

data_keys=holdfast-data-keys.sql
with_data_keys=""
if tar -tzf "$archive" | grep -qx "$data_keys"; then
  with_data_keys=yes
  [ -n "$database" ] || { echo "REFUSED: the archive holds the clients' data keys; give --database NAME, the database restored
from the backup of the same day, to put them back (without them no client's text can be read)." >&2; exit 2; }
  valid_name "$database" || { echo "Not a database name: $database" >&2; exit 2; }
  [ "$(db -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database' AND table_name = 'client_key'")" = 1 ] \
    || { echo "REFUSED: database $database has no client_key table: restore the database first (deploy/restore.sh)." >&2; exit 1; }
fi

mkdir -p "$target"
mapfile -t files < <(tar -tzf "$archive" | grep -v '/$' | grep -vx "$data_keys")
if [ -z "$force" ]; then
  for f in "${files[@]}"; do
    if [ -e "$target/$f" ]; then
      echo "REFUSED: $target/$f exists. Give --force to replace it (only if you are sure it is the same or a lost key)." >&2
      exit 1
    fi
  done
fi
umask 077
tar -C "$target" -xzf "$archive" --exclude="$data_keys"
echo "Keys restored under $target (readable by their owner only):"
for f in "${files[@]}"; do
  chmod 600 "$target/$f"
  echo "  $target/$f"
done
if [ -n "$with_data_keys" ]; then
  tar -xzOf "$archive" "$data_keys" | db "$database"
  echo "  the data keys of $(db -N -e "SELECT COUNT(*) FROM \`$database\`.client_key") clients, into database $database"
fi
echo "Point the portal at them (HOLDFAST_SECURITY_SECRET_KEY_FILE, HOLDFAST_AUDIT_SIGNING_KEY_FILE, HOLDFAST_AUDIT_HEAD_FILE,"
echo "HOLDFAST_MASTER_KEY_FILE), then run java -jar holdfast.jar verify."
echo "Keep the archive apart from the database backups: with both, anyone can read everything; without the keys, no one can."
