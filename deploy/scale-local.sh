#!/usr/bin/env bash
# Two MariaDB servers of its own on this machine, the second a GTID replica of the first, for trying two portal
# nodes and a read replica (see "Two nodes and a replica" in the README). It leaves the system's MariaDB on 3306
# alone: that one usually keeps no binary log, and turning one on would mean restarting it.
#
#   deploy/scale-local.sh start [FOLDER] [--stop-after MINUTES]   (FOLDER: default /tmp/holdfast-scale)
#   deploy/scale-local.sh status [FOLDER]
#   deploy/scale-local.sh stop [FOLDER]
#
# start makes fresh data folders under FOLDER, starts the primary on 127.0.0.1:3317 and the replica on 127.0.0.1:3318
# (PRIMARY_PORT, REPLICA_PORT to change them), creates the holdfast database and account on the primary (the replica
# gets both through replication), checks that a write reaches the replica, prints the environment for the portal's
# nodes and returns. Every wait has a limit. --stop-after stops both servers by itself after that many minutes.
# Loopback only, root without a password: for trying things out on one machine, never for a practice's data.
set -euo pipefail

command=${1:-start}
[ $# -gt 0 ] && shift
folder=/tmp/holdfast-scale
stop_after=""
while [ $# -gt 0 ]; do
  case "$1" in
    --stop-after) stop_after=${2:?--stop-after needs minutes}; shift 2 ;;
    -*) echo "Unknown option $1" >&2; exit 2 ;;
    *) folder=$1; shift ;;
  esac
done
primary_port=${PRIMARY_PORT:-3317}
replica_port=${REPLICA_PORT:-3318}
here=$(cd "$(dirname "$0")" && pwd)

mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
install_db=$(command -v mariadb-install-db || command -v mysql_install_db || true)
client=$(command -v mariadb || command -v mysql || true)

sql() { # port, then the client's arguments; as root over TCP on loopback
  local port=$1; shift
  "$client" --protocol=tcp -h127.0.0.1 -P "$port" -uroot --batch --skip-column-names "$@"
}

running() { # name: true while the server started under FOLDER with that name is alive
  [ -f "$folder/$1.pid" ] && kill -0 "$(cat "$folder/$1.pid")" 2>/dev/null
}

stop_one() { # name: asks the server to stop, waits up to 60 s, then kills it
  local name=$1 pid
  running "$name" || { echo "$name: not running"; return 0; }
  pid=$(cat "$folder/$name.pid")
  kill -TERM "$pid"
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { echo "$name: stopped"; return 0; }
    sleep 1
  done
  kill -KILL "$pid" 2>/dev/null || true
  echo "$name: killed after 60 s"
}

start_one() { # name port server-id extra-options...: a fresh data folder and a server on it
  local name=$1 port=$2 id=$3; shift 3
  local data="$folder/$name"
  local user_option=()
  # mariadbd will not run as root; as root, run it as the mysql user that the package creates.
  if [ "$(id -u)" = 0 ]; then user_option=(--user=mysql); fi
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown -R mysql:mysql "$folder"
  "$install_db" --no-defaults --datadir="$data" "${user_option[@]}" --auth-root-authentication-method=normal \
    --skip-test-db > "$folder/$name-install.log" 2>&1 || { cat "$folder/$name-install.log"; exit 1; }
  # --no-defaults: none of the system server's settings (its port, socket, data folder) apply to this one.
  setsid "$mariadbd" --no-defaults "${user_option[@]}" --datadir="$data" --port="$port" --bind-address=127.0.0.1 \
    --socket="$folder/$name.sock" --pid-file="$folder/$name.pid" --log-error="$folder/$name.err" \
    --server-id="$id" --log-bin=binlog --binlog-format=ROW --innodb-buffer-pool-size=64M --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci "$@" < /dev/null > /dev/null 2>&1 &
  for _ in $(seq 1 60); do
    sql "$port" -e 'select 1' > /dev/null 2>&1 && { echo "$name: up on 127.0.0.1:$port (data in $data)"; return 0; }
    sleep 1
  done
  echo "$name did not start within 60 s:"; tail -20 "$folder/$name.err"; exit 1
}

case "$command" in
  stop)
    stop_one replica
    stop_one primary
    # The --stop-after timer, unless it is what runs this stop.
    if [ -f "$folder/auto-stop.pid" ] && [ "$(cat "$folder/auto-stop.pid")" != "$PPID" ]; then
      pkill -P "$(cat "$folder/auto-stop.pid")" sleep 2>/dev/null || true
      kill "$(cat "$folder/auto-stop.pid")" 2>/dev/null || true
    fi
    rm -f "$folder/auto-stop.pid"
    ;;

  status)
    for name in primary replica; do
      if running "$name"; then echo "$name: running (pid $(cat "$folder/$name.pid"))"; else echo "$name: not running"; fi
    done
    if running replica; then
      sql "$replica_port" -e 'SHOW REPLICA STATUS\G' | grep -E 'Slave_(IO|SQL)_Running:|Seconds_Behind_Master|Gtid_IO_Pos' || true
    fi
    ;;

  start)
    [ -x "$mariadbd" ] && [ -n "$install_db" ] && [ -n "$client" ] \
      || { echo "Needs MariaDB's server and client (apt-get install mariadb-server mariadb-client)"; exit 1; }
    if running primary || running replica; then
      echo "Already running under $folder: '$0 stop $folder' first"; exit 1
    fi
    for port in "$primary_port" "$replica_port"; do
      if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "Port $port is taken"; exit 1; fi
    done
    rm -rf "$folder" && mkdir -p "$folder" && chmod 700 "$folder"
    [ "$(id -u)" = 0 ] && chmod 755 "$folder"   # the mysql user must reach its data folder

    start_one primary "$primary_port" 1
    # read_only: the portal's account cannot write here by mistake (replication itself still can).
    start_one replica "$replica_port" 2 --read-only --relay-log=relay

    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    replication_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    # Both servers are fresh, so the replica can start from the primary's first GTID and needs no copy of it:
    # the database and the accounts made below reach it through replication.
    sql "$primary_port" <<SQL
CREATE USER 'replication'@'127.0.0.1' IDENTIFIED BY '$replication_password';
GRANT REPLICATION SLAVE ON *.* TO 'replication'@'127.0.0.1';
CREATE DATABASE holdfast CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'holdfast'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON holdfast.* TO 'holdfast'@'127.0.0.1';
SQL
    sql "$replica_port" <<SQL
CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$primary_port, MASTER_USER='replication',
  MASTER_PASSWORD='$replication_password', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=5;
START SLAVE;
SQL
    # The check: a write on the primary, then the replica asked to reach its GTID (as the portal does before a read).
    sql "$primary_port" -e "CREATE TABLE holdfast.scale_check (id int primary key); INSERT INTO holdfast.scale_check VALUES (1)"
    position=$(sql "$primary_port" -e 'SELECT @@gtid_binlog_pos')
    reached=$(sql "$replica_port" -e "SELECT MASTER_GTID_WAIT('$position', 30)")
    rows=$(sql "$replica_port" -e 'SELECT count(*) FROM holdfast.scale_check' 2>/dev/null || echo 0)
    if [ "$reached" != 0 ] || [ "$rows" != 1 ]; then
      echo "The replica did not reach the primary's position $position within 30 s:"
      sql "$replica_port" -e 'SHOW SLAVE STATUS\G' | grep -E 'Running|Error' || true
      exit 1
    fi
    sql "$primary_port" -e "DROP TABLE holdfast.scale_check"
    echo "replication: the replica reached the primary's GTID position $position and has the test row"

    cat > "$folder/env" <<ENV
export MYSQL_URL=jdbc:mysql://127.0.0.1:$primary_port/holdfast
export MYSQL_REPLICA_URL=jdbc:mysql://127.0.0.1:$replica_port/holdfast
export MYSQL_USER=holdfast
export MYSQL_PASSWORD=$password
ENV
    chmod 600 "$folder/env"
    if [ -n "$stop_after" ]; then
      setsid bash -c "sleep $((stop_after * 60)); '$here/scale-local.sh' stop '$folder'" < /dev/null > "$folder/auto-stop.log" 2>&1 &
      echo $! > "$folder/auto-stop.pid"
      echo "Both servers stop by themselves in $stop_after minutes (or now: $0 stop $folder)"
    fi
    cat <<EOF

Start each node with this environment (also in $folder/env), the keys as in the README, and its own port:
  $(sed 's/^export //' "$folder/env" | tr '\n' ' ')
  source $folder/env
  SPRING_PROFILES_ACTIVE=mysql PORT=8081 java -Xms1g -Xmx1g -jar target/holdfast-*[0-9T].jar &
  SPRING_PROFILES_ACTIVE=mysql PORT=8082 java -Xms1g -Xmx1g -jar target/holdfast-*[0-9T].jar &
  haproxy -f deploy/haproxy.cfg        # the practice's address: http://127.0.0.1:8088
Stop the databases with: $0 stop $folder
EOF
    ;;

  *)
    echo "Usage: $0 start|status|stop [FOLDER] [--stop-after MINUTES]" >&2; exit 2 ;;
esac
