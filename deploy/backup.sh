#!/usr/bin/env bash
# Backs up one Holdfast database with MariaDB's (or MySQL's) own dump tool: a consistent snapshot taken inside one
# transaction (InnoDB; the portal keeps serving), gzipped, with a SHA-256 checksum file beside it.
#
#   deploy/backup.sh [--out DIR] [DATABASE]
#
# Connection: MYSQL_HOST, MYSQL_PORT, MYSQL_USER, MYSQL_PASSWORD, MYSQL_DATABASE, or the portal's MYSQL_URL
# (see db-connection.sh). DIR defaults to $BACKUP_DIR, else ./backups. Writes DIR/holdfast-DATABASE-TIMESTAMP.sql.gz
# and the same name with .sha256, and prints both and the checksum. Exits non-zero on any failure, leaving no file that
# looks like a finished backup.
#
# The keys are not in this backup: not the key files, and not the clients' data keys (table client_key, written
# structure only). Back them up with deploy/backup-keys.sh each time, and keep that archive somewhere else. Without
# the keys this backup cannot be read or checked; with the data keys out of it, a client erased later stays erased
# in this backup once the key archives older than the erasure are destroyed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/db-connection.sh
. "$here/db-connection.sh"

out="${BACKUP_DIR:-./backups}"
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    -*) echo "Unknown option: $1" >&2; exit 2 ;;
    *) MYSQL_DATABASE="$1"; shift ;;
  esac
done
database="${MYSQL_DATABASE:-}"
[ -n "$database" ] || { echo "Which database? Give it as an argument, or set MYSQL_DATABASE or MYSQL_URL." >&2; exit 2; }
valid_name "$database" || { echo "Not a database name: $database" >&2; exit 2; }
[ -n "$mysql_dump" ] || { echo "Neither mariadb-dump nor mysqldump is installed (apt-get install mariadb-client)." >&2; exit 1; }

mkdir -p "$out"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
name="holdfast-$database-$stamp.sql.gz"
partial="$out/.$name.partial"
trap 'rm -f "$partial"' EXIT
# Backups hold client records: readable by their owner only, from the first byte.
umask 077

# --single-transaction: one consistent view without locking the portal's tables (all InnoDB).
# --routines --triggers: the schema's own code, should it have any. --hex-blob: binary columns (hashes, keys wrapped
# by the master key, signatures) survive any character set. utf8mb4: names and entries in every script intact.
# --no-tablespaces: needs no PROCESS privilege, so the portal's own account can take the backup.
# No --databases: the dump names no database, so it can be restored under any name (a drill restores it beside the original).
dump() {
  "$mysql_dump" --protocol=tcp -h "$MYSQL_HOST" -P "$MYSQL_PORT" -u "$MYSQL_USER" \
    --single-transaction --routines --triggers --hex-blob --default-character-set=utf8mb4 --no-tablespaces "$@"
}
# Everything but the data keys, then the data keys' table empty (so a restored database has it, ready for
# restore-keys.sh to fill).
{ dump --ignore-table="$database.client_key" "$database" && dump --no-data "$database" client_key; } | gzip -9 > "$partial"
# A dump cut short has no closing line; refuse it rather than keep half a database.
[ "$(gzip -cd "$partial" | grep -c '^-- Dump completed')" = 2 ] || { echo "The dump did not complete; no backup written." >&2; exit 1; }

mv "$partial" "$out/$name"
trap - EXIT
# Checked by restore.sh (and by hand: cd DIR && sha256sum -c NAME.sha256) before anything is restored.
(cd "$out" && sha256sum "$name" > "$name.sha256")
checksum=$(cut -d' ' -f1 "$out/$name.sha256")
echo "Backup of database $database written to $out/$name ($(du -h "$out/$name" | cut -f1))"
echo "SHA-256 $checksum (in $out/$name.sha256)"
echo "The keys are not in it, nor the clients' data keys: back them up now with deploy/backup-keys.sh --database $database,"
echo "and keep that archive apart from this file."
