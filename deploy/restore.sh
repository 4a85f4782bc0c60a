#!/usr/bin/env bash
# Restores a backup made by backup.sh into a database, after checking the backup against its checksum.
#
#   deploy/restore.sh [--force] BACKUP.sql.gz TARGET_DATABASE
#
# Connection as for backup.sh (MYSQL_HOST, MYSQL_PORT, MYSQL_USER, MYSQL_PASSWORD; MYSQL_DATABASE is not used: the
# target is always named). Refuses a backup whose checksum does not match, and a target database that already has
# tables unless --force, which drops that database first. Creates the database (utf8mb4) when missing. Stop the
# portal before restoring over its own database; start it with the same keys as when the backup was taken.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/db-connection.sh
. "$here/db-connection.sh"

force=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --force) force=yes; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    -*) echo "Unknown option: $1" >&2; exit 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
[ ${#args[@]} -eq 2 ] || { echo "Usage: deploy/restore.sh [--force] BACKUP.sql.gz TARGET_DATABASE" >&2; exit 2; }
backup="${args[0]}"
target="${args[1]}"
valid_name "$target" || { echo "Not a database name: $target" >&2; exit 2; }
[ -f "$backup" ] || { echo "No backup at $backup" >&2; exit 1; }
[ -n "$mysql_client" ] || { echo "Neither the mariadb nor the mysql client is installed (apt-get install mariadb-client)." >&2; exit 1; }

# 1. The checksum, before anything touches the database: a changed or truncated file is refused, not half-restored.
sums="$backup.sha256"
[ -f "$sums" ] || { echo "REFUSED: no checksum file $sums beside the backup; without it nothing shows the backup is whole." >&2; exit 1; }
expected=$(cut -d' ' -f1 "$sums")
actual=$(sha256sum "$backup" | cut -d' ' -f1)
if [ "$expected" != "$actual" ]; then
  echo "REFUSED: $backup does not match its checksum: it was changed or damaged after the backup was made." >&2
  echo "  expected $expected" >&2
  echo "  found    $actual" >&2
  exit 1
fi
echo "Checksum matches: $actual"
gzip -t "$backup"

# 2. The target: created when missing; one with tables only with --force, which drops it first, so that no table
# of what was there survives beside the restored ones.
exists=$(db -N -e "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '$target'")
tables=$(db -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target'")
if [ "$tables" -gt 0 ]; then
  if [ -z "$force" ]; then
    echo "REFUSED: database $target already has $tables tables. Restore into a new database, or give --force to drop it first." >&2
    exit 1
  fi
  echo "Dropping database $target ($tables tables) first, as --force asks."
  db -e "DROP DATABASE \`$target\`"
  exists=0
fi
if [ "$exists" = "0" ]; then
  db -e "CREATE DATABASE \`$target\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
fi

# 3. The restore, in one stream; any error stops it with a non-zero exit.
gzip -cd "$backup" | db "$target"

# 4. What is there now, for the operator to compare with what they expected.
echo "Restored $backup into database $target:"
echo "  tables: $(db -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target'")"
for table in user_account client check_in journal_entry contact_attempt audit_event; do
  if [ "$(db -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target' AND table_name = '$table'")" = 1 ]; then
    echo "  $table: $(db -N -e "SELECT COUNT(*) FROM \`$target\`.\`$table\`") rows"
  fi
done
if [ "$(db -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$target' AND table_name = 'flyway_schema_history'")" = 1 ]; then
  echo "  schema version: $(db -N -e "SELECT version FROM \`$target\`.flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1")"
fi
echo "Put back the keys of the same day, the data keys into this database (deploy/restore-keys.sh --database $target"
echo "KEYS.tar.gz FOLDER); the portal will not start on it without them. Then run"
echo "java -jar holdfast.jar verify to check its audit log and contact-attempt records."
