# shellcheck shell=bash
# The database connection shared by backup.sh and restore.sh, sourced by both: MYSQL_HOST, MYSQL_PORT, MYSQL_USER,
# MYSQL_PASSWORD and MYSQL_DATABASE, or, when those are not set, the portal's own MYSQL_URL
# (jdbc:mysql://host:port/database), so an operator can use the environment the portal runs with.
# The password goes to the client tools in MYSQL_PWD, never on a command line where `ps` would show it.

if [ -n "${MYSQL_URL:-}" ]; then
  if [[ "$MYSQL_URL" =~ ^jdbc:(mysql|mariadb)://([^:/?]+)(:([0-9]+))?/([^?]+) ]]; then
    MYSQL_HOST="${MYSQL_HOST:-${BASH_REMATCH[2]}}"
    MYSQL_PORT="${MYSQL_PORT:-${BASH_REMATCH[4]:-3306}}"
    MYSQL_DATABASE="${MYSQL_DATABASE:-${BASH_REMATCH[5]}}"
  else
    echo "MYSQL_URL is not of the form jdbc:mysql://host:port/database: $MYSQL_URL" >&2
    exit 2
  fi
fi
MYSQL_HOST="${MYSQL_HOST:-127.0.0.1}"
MYSQL_PORT="${MYSQL_PORT:-3306}"
MYSQL_USER="${MYSQL_USER:-root}"
export MYSQL_PWD="${MYSQL_PASSWORD:-${MYSQL_PWD:-}}"

# MariaDB's own tools when present, else MySQL's (the same options work with both).
mysql_client=$(command -v mariadb || command -v mysql || true)
# shellcheck disable=SC2034 # used by backup.sh
mysql_dump=$(command -v mariadb-dump || command -v mysqldump || true)

db() { # runs the client with the connection above; further arguments are the client's
  "$mysql_client" --protocol=tcp -h "$MYSQL_HOST" -P "$MYSQL_PORT" -u "$MYSQL_USER" --default-character-set=utf8mb4 "$@"
}

valid_name() { # database names go into SQL: letters, digits and underscores only
  [[ "$1" =~ ^[A-Za-z0-9_]+$ ]]
}
