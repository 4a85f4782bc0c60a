#!/usr/bin/env bash
# Backs up the portal's keys: files and folders, as a tar.gz readable by its owner only, with a SHA-256 checksum.
#
#   deploy/backup-keys.sh [--out DIR] [KEY_FILE_OR_FOLDER ...]
#
# Without arguments it takes the files the portal's environment names: HOLDFAST_SECURITY_SECRET_KEY_FILE,
# HOLDFAST_AUDIT_SIGNING_KEY_FILE, HOLDFAST_AUDIT_HEAD_FILE (copies of the log's signed heads) and
# HOLDFAST_MASTER_KEY_FILE (the field-encryption keyset), whichever are set. A folder (e.g. /etc/holdfast/keys, or
# ./data for a demo) is taken whole. DIR defaults to $KEY_BACKUP_DIR, else ./key-backups. Paths are stored from /,
# so restore-keys.sh can put them back where they were or under any folder.
set -euo pipefail

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
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
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
tar -C / -czf "$partial" "${relative[@]}"
mv "$partial" "$out/$name"
trap - EXIT
(cd "$out" && sha256sum "$name" > "$name.sha256")
chmod 600 "$out/$name" "$out/$name.sha256"

echo "Keys backed up to $out/$name (mode 600):"
tar -tzvf "$out/$name" | awk '{print "  " $1 "  /" $NF}'
echo "SHA-256 $(cut -d' ' -f1 "$out/$name.sha256") (in $out/$name.sha256)"
warn
