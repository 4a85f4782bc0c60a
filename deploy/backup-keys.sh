#!/usr/bin/env bash
# Backs up the portal's keys: files and folders, and the clients' data keys from the database, as a tar.gz readable
# by its owner only, with a SHA-256 checksum.
#
#   deploy/backup-keys.sh [--out DIR] [--database NAME | --files-only] [KEY_FILE_OR_FOLDER ...]
#
# Without arguments it takes the files the portal's environment names: HOLDFAST_SECURITY_SECRET_KEY_FILE,
# HOLDFAST_AUDIT_SIGNING_KEY_FILE, HOLDFAST_AUDIT_HEAD_FILE (copies of the log's signed heads) and
# HOLDFAST_MASTER_KEY_FILE (the field-encryption keyset), whichever are set. A folder (e.g. /etc/holdfast/keys, or
# ./data for a demo) is taken whole. DIR defaults to $KEY_BACKUP_DIR, else ./key-backups. Paths are stored from /,
# so restore-keys.sh can put them back where they were or under any folder.
#
# The clients' data keys (table client_key, each wrapped by the master key) are not in the database backup; they
# are taken here, as holdfast-data-keys.sql, from the database named by --database, MYSQL_DATABASE or MYSQL_URL
# (connection as for backup.sh). Run this with every database backup: the newest archive opens every older database
# backup, except the records erased since. After an erasure, destroy the older archives: that is what makes the
# erased client's text in old database backups unreadable for good. --files-only leaves the data keys out.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=deploy/db-connection.sh
. "$here/db-connection.sh"

warn() {
  cat >&2 <<'TEXT'
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
  KEEP THE KEYS APART FROM THE DATABASE BACKUPS.
  The keys decrypt what the database keeps encrypted (second-factor secrets; with the master key, client records)
  and sign the audit log. Without them a database backup cannot be read, and its evidence cannot be checked:
  LOSE THE KEYS AND THE DATA IS GONE. No one, including Holdfast's developers, can get it back.
  With them, anyone holding a database backup can read it all: never store the two in the same place
  (a different provider, safe or password manager for the keys), and keep more than one copy of the keys.
!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!
TEXT
}

out="${KEY_BACKUP_DIR:-./key-backups}"
paths=()
database="${MYSQL_DATABASE:-}"
files_only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --database) database="$2"; shift 2 ;;
    --files-only) files_only=yes; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    -*) echo "Unknown option: $1" >&2; exit 2 ;;
    *) paths+=("$1"); shift ;;
  esac
done
if [ ${#paths[@]} -eq 0 ]; then
  for var in HOLDFAST_SECURITY_SECRET_KEY_FILE HOLDFAST_AUDIT_SIGNING_KEY_FILE HOLDFAST_AUDIT_HEAD_FILE HOLDFAST_MASTER_KEY_FILE; do
    if [ -n "${!var:-}" ]; then paths+=("${!var}"); fi
  done
fi
# A key given as a value in the environment is not a file this script can see: say so, rather than leave it out quietly.
for var in HOLDFAST_SECURITY_SECRET_KEY HOLDFAST_AUDIT_SIGNING_KEY HOLDFAST_MASTER_KEY; do
  if [ -n "${!var:-}" ]; then
    echo "Note: $var is set as a value, not a file; it is not in this archive. Keep it wherever that environment is kept." >&2
  fi
done
[ ${#paths[@]} -gt 0 ] || { echo "No key files given, and none named by HOLDFAST_*_FILE / HOLDFAST_AUDIT_HEAD_FILE." >&2; exit 2; }

if [ -z "$files_only" ]; then
  [ -n "$database" ] || { echo "Which database's data keys? Give --database NAME (or MYSQL_DATABASE or MYSQL_URL); without them no
client's text can be read after a restore. Give --files-only to back up the key files alone." >&2; exit 2; }
  valid_name "$database" || { echo "Not a database name: $database" >&2; exit 2; }
  [ -n "$mysql_dump" ] || { echo "Neither mariadb-dump nor mysqldump is installed (apt-get install mariadb-client)." >&2; exit 1; }
fi

relative=()
for p in "${paths[@]}"; do
  [ -e "$p" ] || { echo "No such key file or folder: $p" >&2; exit 1; }
  absolute=$(readlink -f "$p")
  relative+=("${absolute#/}")
done

mkdir -p "$out"
umask 077
stamp=$(date -u +%Y%m%dT%H%M%SZ)
name="holdfast-keys-$stamp.tar.gz"
partial="$out/.$name.partial"
trap 'rm -f "$partial"' EXIT
data_keys=()
if [ -z "$files_only" ]; then
  staging=$(mktemp -d)
  trap 'rm -f "$partial"; rm -rf "$staging"' EXIT
  # Rows only, as INSERT IGNORE: loaded into a restored database, a key already there stays, and the key of a client
  # no longer there is of no use but harms nothing.
  "$mysql_dump" --protocol=tcp -h "$MYSQL_HOST" -P "$MYSQL_PORT" -u "$MYSQL_USER" --single-transaction --no-tablespaces \
    --no-create-info --skip-triggers --insert-ignore --hex-blob --default-character-set=utf8mb4 \
    "$database" client_key > "$staging/holdfast-data-keys.sql"
  tail -n 1 "$staging/holdfast-data-keys.sql" | grep -q "Dump completed" \
    || { echo "The data keys' dump did not complete; no archive written." >&2; exit 1; }
  data_keys=(-C "$staging" holdfast-data-keys.sql)
  key_count=$(db -N -e "SELECT COUNT(*) FROM \`$database\`.client_key")
fi
tar -czf "$partial" -C / "${relative[@]}" "${data_keys[@]}"
mv "$partial" "$out/$name"
trap - EXIT
[ -z "${staging:-}" ] || rm -rf "$staging"
(cd "$out" && sha256sum "$name" > "$name.sha256")
chmod 600 "$out/$name" "$out/$name.sha256"

echo "Keys backed up to $out/$name (mode 600):"
tar -tzvf "$out/$name" | awk '$NF != "holdfast-data-keys.sql" {print "  " $1 "  /" $NF}'
[ -n "$files_only" ] || echo "  and the data keys of $key_count clients from database $database (holdfast-data-keys.sql)"
echo "SHA-256 $(cut -d' ' -f1 "$out/$name.sha256") (in $out/$name.sha256)"
warn
