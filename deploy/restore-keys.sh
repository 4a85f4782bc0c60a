#!/usr/bin/env bash
# Restores keys backed up by backup-keys.sh, after checking the archive against its checksum.
#
#   deploy/restore-keys.sh [--force] KEYS.tar.gz TARGET_FOLDER
#
# The files come back under TARGET_FOLDER with their full paths (TARGET_FOLDER/etc/holdfast/keys/...); give / to put
# them back where they were. Refuses to overwrite a key file that is there already unless --force: a key replaced by
# an older or another practice's key makes the data it protects unreadable. Restored files are readable by their
# owner only.
set -euo pipefail

force=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --force) force=yes; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    -*) echo "Unknown option: $1" >&2; exit 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
[ ${#args[@]} -eq 2 ] || { echo "Usage: deploy/restore-keys.sh [--force] KEYS.tar.gz TARGET_FOLDER" >&2; exit 2; }
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

mkdir -p "$target"
mapfile -t files < <(tar -tzf "$archive" | grep -v '/$')
if [ -z "$force" ]; then
  for f in "${files[@]}"; do
    if [ -e "$target/$f" ]; then
      echo "REFUSED: $target/$f exists. Give --force to replace it (only if you are sure it is the same or a lost key)." >&2
      exit 1
    fi
  done
fi
umask 077
tar -C "$target" -xzf "$archive"
echo "Keys restored under $target (readable by their owner only):"
for f in "${files[@]}"; do
  chmod 600 "$target/$f"
  echo "  $target/$f"
done
echo "Point the portal at them (HOLDFAST_SECURITY_SECRET_KEY_FILE, HOLDFAST_AUDIT_SIGNING_KEY_FILE, HOLDFAST_AUDIT_HEAD_FILE,"
echo "HOLDFAST_MASTER_KEY_FILE), then run java -jar holdfast.jar verify."
echo "Keep the archive apart from the database backups: with both, anyone can read everything; without the keys, no one can."
