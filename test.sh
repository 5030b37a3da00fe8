#!/usr/bin/env bash
# AgencyHub test entry point: ./test.sh
#
# Installs the test servers (RabbitMQ, PostgreSQL) and the dashboard tests' browser (chromium) if they are
# missing (Debian apt), starts private
# instances of them on 127.0.0.1 under .test-servers/, runs `dotnet test AgencyHub.sln -c Release`
# against them, stops them again and prints "N passed, N failed[, N skipped]" last.
# As root, PostgreSQL runs as the postgres user (its cluster goes to /tmp if that user cannot reach
# .test-servers/, e.g. in a checkout under /root).
#
# Usage:
#   ./test.sh [dotnet test args...]          run the whole test suite (extra args go to dotnet test)
#   ./test.sh --with-servers -- CMD [ARG...] start the servers, run CMD instead of dotnet test
#   ./test.sh --servers-only                 start the servers, print the exports, wait for Ctrl-C
#   ./test.sh --restart rabbitmq|postgres    from a test run by one of the above: stop and start that
#                                            private server again (same port, data kept), wait until
#                                            ready; exit 3 if this script did not start it
#   ./test.sh --help
#
# Environment:
#   AGENCYHUB_TEST_RABBITMQ          use this broker (amqp://...) instead of starting one; with it
#   AGENCYHUB_TEST_BROKER_PASSWORD   the password of its hub users (deploy/rabbitmq/setup-users.sh --password ...)
#   AGENCYHUB_TEST_RABBITMQ_PORT     preferred AMQP port of the private broker (default 5679;
#                                    a free one is picked if it is taken)
#   AGENCYHUB_TEST_POSTGRES          use this PostgreSQL (Npgsql connection string) instead of starting one; with it
#   AGENCYHUB_TEST_DATABASE_PASSWORD the password of its host roles (deploy/postgres/setup-roles.sh --password ...)
#   AGENCYHUB_TEST_POSTGRES_PORT     preferred port of the private PostgreSQL (default 5433;
#                                    a free one is picked if it is taken)
#   AGENCYHUB_TEST_START_TIMEOUT     seconds to wait for a server to be ready (default 120)
#   AGENCYHUB_TEST_CHROMIUM          the chromium executable for the browser tests (default: Debian's, installed if missing)
#
# Exported to the tests:
#   AGENCYHUB_TEST_RABBITMQ=amqp://guest:guest@127.0.0.1:PORT/   AGENCYHUB_TEST_RABBITMQ_PORT=PORT
#   AGENCYHUB_TEST_BROKER_PASSWORD=...  (the password of every host's broker user, made by deploy/rabbitmq/setup-users.sh)
#   AGENCYHUB_TEST_POSTGRES="Host=127.0.0.1;Port=PORT;Username=agencyhub;Password=agencyhub;Database=agencyhub"
#   AGENCYHUB_TEST_POSTGRES_PORT=PORT                     (role agencyhub may create databases)
#   AGENCYHUB_TEST_DATABASE_PASSWORD=...  (the password of every host's role, made by deploy/postgres/setup-roles.sh)
#   AGENCYHUB_TEST_CHROMIUM=/usr/bin/chromium            (Playwright drives it; it cannot download a browser here)
#   AGENCYHUB_TEST_RESTART="/path/to/test.sh --restart"   e.g. `$AGENCYHUB_TEST_RESTART postgres`
#   AGENCYHUB_TEST_RABBITMQ_DIR, AGENCYHUB_TEST_POSTGRES_DIR   what --restart needs (servers started here)
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
REPO_ROOT=$PWD
SERVERS_DIR=$REPO_ROOT/.test-servers
START_TIMEOUT=${AGENCYHUB_TEST_START_TIMEOUT:-120}

# Test servers this script manages, in start order. Each NAME provides:
#   NAME_needed   returns 0 if this run needs the server (e.g. not given from outside)
#   NAME_install  installs it when missing
#   NAME_start    starts a private instance, waits until ready, exports its AGENCYHUB_TEST_* vars
#   NAME_stop     stops it again (idempotent; called from the EXIT trap too)
#   NAME_restart  (--restart NAME) stops and starts it again, same port and data (see "restarts")
SERVERS=(rabbitmq postgres)

log() { printf '[test.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() { sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"; }

now_ms() { date +%s%3N; }
elapsed() { local ms=$(( $(now_ms) - $1 )); printf '%d.%01ds' $((ms / 1000)) $((ms % 1000 / 100)); }

# --------------------------------------------------------------------------- helpers

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root (or sudo) to run: $*"; fi
}

POLICY_RC_D_CREATED=
APT_UPDATED=
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found; install manually: $*"
  local out="$SERVERS_DIR/apt.log"
  mkdir -p "$SERVERS_DIR"
  # Don't let the package's postinst start a system-wide service (it may fail without
  # an init system, and we start our own private instance anyway).
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    as_root sh -c 'printf "#!/bin/sh\nexit 101\n" > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d'
    POLICY_RC_D_CREATED=1
  fi
  local rc=0
  if [ -z "$APT_UPDATED" ]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$out" 2>&1 || rc=$?
    APT_UPDATED=1
  fi
  if [ "$rc" = 0 ]; then
    log "apt-get install -y $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >>"$out" 2>&1 || rc=$?
  fi
  remove_policy_rc_d
  if [ "$rc" != 0 ]; then cat "$out" >&2; die "apt-get failed (rc=$rc) installing: $*"; fi
}

remove_policy_rc_d() {
  if [ -n "$POLICY_RC_D_CREATED" ]; then
    as_root rm -f /usr/sbin/policy-rc.d || true
    POLICY_RC_D_CREATED=
  fi
}

# Is something listening on 127.0.0.1:$1 (or the wildcard address)?
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# First free port >= $1 that is not one of the other arguments.
free_port() {
  local p=$1 limit=$(( $1 + 200 )); shift
  while [ "$p" -lt "$limit" ]; do
    if ! port_busy "$p" && ! printf '%s\n' "$@" | grep -qx "$p"; then echo "$p"; return 0; fi
    p=$((p + 1))
  done
  die "no free port in $((limit - 200))..$((limit - 1))"
}

# Kill every process that carries AGENCYHUB_TEST_SERVER=$1 in its environment
# (set on every server process we start, inherited by their children).
kill_marked() {
  local marker="AGENCYHUB_TEST_SERVER=$1" sig pids p i
  for sig in TERM KILL; do
    pids=
    for p in /proc/[0-9]*; do
      p=${p#/proc/}
      [ "$p" = "$$" ] && continue
      grep -qzxF -- "$marker" "/proc/$p/environ" 2>/dev/null && pids="$pids $p"
    done
    [ -z "$pids" ] && return 0
    # shellcheck disable=SC2086
    kill -"$sig" $pids 2>/dev/null || true
    for i in $(seq 1 50); do
      local alive=
      for p in $pids; do [ -e "/proc/$p" ] && ! grep -q '^State:.*Z' "/proc/$p/status" 2>/dev/null && alive=1; done
      [ -z "$alive" ] && return 0
      sleep 0.1
    done
  done
}

# Remove the leftovers of server $1 from earlier runs killed before they could clean up, with $2 DIR, skipping
# the directories of a ./test.sh that is still running.
clean_stale() {
  local d owner
  for d in "$SERVERS_DIR/$1"/*/; do
    [ -d "$d" ] || continue
    d=${d%/}
    owner=$(cat "$d/owner.pid" 2>/dev/null || true)
    if [ -n "$owner" ] && [ "$owner" != "$$" ] && [ -r "/proc/$owner/cmdline" ] \
       && grep -q 'test\.sh' "/proc/$owner/cmdline" 2>/dev/null; then
      continue   # still in use by a running ./test.sh
    fi
    "$2" "$d"
  done
}

# Serialise server start-up between concurrent ./test.sh runs in this checkout
# (port choice + start + readiness), so two runs never pick the same ports.
lock_servers() {
  mkdir -p "$SERVERS_DIR"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$SERVERS_DIR/.start.lock"
    flock -w 600 9 || die "could not lock $SERVERS_DIR/.start.lock"
  fi
}
unlock_servers() { exec 9>&-; }

# --------------------------------------------------------------------------- RabbitMQ

RMQ_BIN=
RMQ_DIR=
RMQ_NODE=
RMQ_PORT=
RMQ_EPMD_PID=
RMQ_SERVER_PID=
RMQ_URL=
RMQ_ENV=()

rabbitmq_needed() { [ -z "${AGENCYHUB_TEST_RABBITMQ:-}" ]; }

rabbitmq_find_bin() {
  # The Debian /usr/sbin wrappers `su` to the rabbitmq user and drop our environment;
  # use the real scripts.
  local d
  for d in /usr/lib/rabbitmq/bin /usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin; do
    [ -x "$d/rabbitmq-server" ] && [ -x "$d/rabbitmqctl" ] && { RMQ_BIN=$d; return 0; }
  done
  if command -v rabbitmq-server >/dev/null 2>&1 && ! grep -q 'su rabbitmq' "$(command -v rabbitmq-server)" 2>/dev/null; then
    RMQ_BIN=$(dirname "$(command -v rabbitmq-server)"); return 0
  fi
  return 1
}

rabbitmq_install() {
  if rabbitmq_find_bin && dpkg -s rabbitmq-server >/dev/null 2>&1; then return 0; fi
  if rabbitmq_find_bin && ! command -v dpkg >/dev/null 2>&1; then return 0; fi
  log "rabbitmq-server is missing: installing it"
  apt_install rabbitmq-server
  rabbitmq_find_bin || die "rabbitmq-server installed but its scripts were not found"
}

# Run a RabbitMQ script with the private node's environment.
rmq() { env "${RMQ_ENV[@]}" "$RMQ_BIN/$1" "${@:2}"; }

# Stop leftovers of earlier runs that were killed before they could clean up.
rabbitmq_clean_stale() { clean_stale rabbitmq rabbitmq_remove; }
rabbitmq_remove() { kill_marked "$1"; rm -rf "$1"; }

rabbitmq_start() {
  local want=${AGENCYHUB_TEST_RABBITMQ_PORT:-5679}
  [[ $want =~ ^[0-9]+$ ]] || die "AGENCYHUB_TEST_RABBITMQ_PORT must be a number, not '$want'"
  lock_servers
  rabbitmq_clean_stale

  local port dist epmd
  port=$(free_port "$want")
  [ "$port" = "$want" ] || log "port $want is taken: using $port for RabbitMQ"
  epmd=$(free_port $((port + 10000)) "$port")
  dist=$(free_port $((port + 20000)) "$port" "$epmd")

  RMQ_PORT=$port
  RMQ_NODE="agencyhub-test-$port@localhost"
  RMQ_DIR="$SERVERS_DIR/rabbitmq/$port"
  rm -rf "$RMQ_DIR"
  mkdir -p "$RMQ_DIR"/{home,mnesia,log}
  echo "$$" >"$RMQ_DIR/owner.pid"

  # Private Erlang cookie (HOME is only changed for the RabbitMQ processes).
  (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$RMQ_DIR/home/.erlang.cookie")
  chmod 400 "$RMQ_DIR/home/.erlang.cookie"
  : >"$RMQ_DIR/enabled_plugins"          # no plugins (no management UI)
  : >"$RMQ_DIR/rabbitmq-env.conf"        # don't read /etc/rabbitmq/rabbitmq-env.conf
  cat >"$RMQ_DIR/rabbitmq.conf" <<EOF
listeners.tcp.default = 127.0.0.1:$port
EOF

  RMQ_ENV=(
    AGENCYHUB_TEST_SERVER="$RMQ_DIR"
    HOME="$RMQ_DIR/home"
    RABBITMQ_NODENAME="$RMQ_NODE"
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    RABBITMQ_NODE_PORT="$port"
    RABBITMQ_DIST_PORT="$dist"
    RABBITMQ_MNESIA_BASE="$RMQ_DIR/mnesia"
    RABBITMQ_LOG_BASE="$RMQ_DIR/log"
    RABBITMQ_CONFIG_FILE="$RMQ_DIR/rabbitmq.conf"
    RABBITMQ_ADVANCED_CONFIG_FILE="$RMQ_DIR/advanced.config"
    RABBITMQ_CONF_ENV_FILE="$RMQ_DIR/rabbitmq-env.conf"
    RABBITMQ_ENABLED_PLUGINS_FILE="$RMQ_DIR/enabled_plugins"
    RABBITMQ_PID_FILE="$RMQ_DIR/rabbitmq.pid"
    # +sbwt none...: Erlang's schedulers spin while idle by default, taking CPU the tests and the hub need on a
    # small machine shared with PostgreSQL.
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1} +sbwt none +sbwtdcpu none +sbwtdio none"
    RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
    ERL_EPMD_ADDRESS=127.0.0.1
    ERL_EPMD_PORT="$epmd"
  )

  log "starting RabbitMQ node $RMQ_NODE on 127.0.0.1:$port (dist $dist, epmd $epmd) in ${RMQ_DIR#"$REPO_ROOT"/}"
  local t0 sess=()
  t0=$(now_ms)
  command -v setsid >/dev/null 2>&1 && sess=(setsid)

  # Our own epmd on a private port, so nothing is shared with a system node and
  # nothing is left running afterwards.
  env "${RMQ_ENV[@]}" "${sess[@]}" epmd -port "$epmd" -address 127.0.0.1 \
    </dev/null >"$RMQ_DIR/log/epmd.out" 2>&1 9>&- &
  RMQ_EPMD_PID=$!
  local i
  for i in $(seq 1 100); do port_busy "$epmd" && break; sleep 0.05; done
  port_busy "$epmd" || { cat "$RMQ_DIR/log/epmd.out" >&2; die "epmd did not start on port $epmd"; }

  env "${RMQ_ENV[@]}" "${sess[@]}" "$RMQ_BIN/rabbitmq-server" \
    </dev/null >"$RMQ_DIR/log/server.out" 2>&1 9>&- &
  RMQ_SERVER_PID=$!

  local deadline=$(( $(date +%s) + START_TIMEOUT )) ready=
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if ! kill -0 "$RMQ_SERVER_PID" 2>/dev/null; then break; fi
    if port_busy "$port" \
       && rmq rabbitmqctl -q -n "$RMQ_NODE" await_startup --timeout 30 >/dev/null 2>&1; then
      ready=1; break
    fi
    sleep 0.2
  done
  unlock_servers
  if [ -z "$ready" ]; then
    log "RabbitMQ did not become ready within ${START_TIMEOUT}s; last lines of its logs:"
    tail -n 40 "$RMQ_DIR/log/server.out" "$RMQ_DIR/log/$RMQ_NODE.log" >&2 2>/dev/null || true
    die "RabbitMQ failed to start"
  fi
  log "RabbitMQ ready in $(elapsed "$t0")"

  # One broker user per host, with the permissions a deployment gives it; on this private broker they share one
  # password, which the tests read from AGENCYHUB_TEST_BROKER_PASSWORD.
  RMQ_HOST_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  "$REPO_ROOT/deploy/rabbitmq/setup-users.sh" --password "$RMQ_HOST_PASSWORD" -- \
    env "${RMQ_ENV[@]}" "$RMQ_BIN/rabbitmqctl" -n "$RMQ_NODE" >"$RMQ_DIR/log/setup-users.out" 2>&1 9>&- \
    || { cat "$RMQ_DIR/log/setup-users.out" >&2; die "could not set up the hosts' broker users"; }
  log "RabbitMQ users of the hub's hosts set up (deploy/rabbitmq/setup-users.sh)"

  RMQ_URL="amqp://guest:guest@127.0.0.1:$port/"
  save_state "$RMQ_DIR/restart.env" RMQ_BIN RMQ_DIR RMQ_NODE RMQ_PORT RMQ_ENV RMQ_URL
  export AGENCYHUB_TEST_BROKER_PASSWORD="$RMQ_HOST_PASSWORD"
  export AGENCYHUB_TEST_RABBITMQ="$RMQ_URL"
  export AGENCYHUB_TEST_RABBITMQ_PORT="$port"
  export AGENCYHUB_TEST_RABBITMQ_DIR="$RMQ_DIR"
}

# stop_app + start_app: the node (and its PID, which rabbitmq_stop waits for) stays up, the
# broker closes every connection and its listener, then recovers its durable queues from mnesia.
rabbitmq_restart() {
  local t0 out cmd i
  t0=$(now_ms)
  log "restarting RabbitMQ node $RMQ_NODE on 127.0.0.1:$RMQ_PORT (stop_app, start_app)"
  for cmd in stop_app start_app; do
    out=$(timeout "$START_TIMEOUT" env "${RMQ_ENV[@]}" "$RMQ_BIN/rabbitmqctl" -q -n "$RMQ_NODE" "$cmd" 2>&1 9>&-) \
      || { printf '%s\n' "$out" >&2; die "rabbitmqctl $cmd failed"; }
  done
  rmq rabbitmqctl -q -n "$RMQ_NODE" await_startup --timeout "$START_TIMEOUT" >/dev/null 2>&1 9>&- \
    || die "RabbitMQ did not come back"
  for i in $(seq 1 100); do port_busy "$RMQ_PORT" && break; sleep 0.1; done
  port_busy "$RMQ_PORT" || die "RabbitMQ is not listening on 127.0.0.1:$RMQ_PORT after start_app"
  log "RabbitMQ restarted in $(elapsed "$t0")"
}

rabbitmq_stop() {
  [ -n "$RMQ_SERVER_PID$RMQ_EPMD_PID" ] || return 0
  local t0 i
  t0=$(now_ms)
  if [ -n "$RMQ_SERVER_PID" ] && kill -0 "$RMQ_SERVER_PID" 2>/dev/null; then
    timeout 60 env "${RMQ_ENV[@]}" "$RMQ_BIN/rabbitmqctl" -q -n "$RMQ_NODE" stop >/dev/null 2>&1 || true
    for i in $(seq 1 200); do kill -0 "$RMQ_SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$RMQ_SERVER_PID" 2>/dev/null; then
      log "RabbitMQ did not stop: killing it"
      kill -TERM -- "-$RMQ_SERVER_PID" 2>/dev/null || kill -TERM "$RMQ_SERVER_PID" 2>/dev/null || true
      sleep 2
      kill -KILL -- "-$RMQ_SERVER_PID" 2>/dev/null || kill -KILL "$RMQ_SERVER_PID" 2>/dev/null || true
    fi
  fi
  if [ -n "$RMQ_EPMD_PID" ]; then kill -TERM "$RMQ_EPMD_PID" 2>/dev/null || true; fi
  wait "$RMQ_SERVER_PID" "$RMQ_EPMD_PID" 2>/dev/null || true
  # Anything else started with this node's environment (e.g. an epmd spawned by erl).
  kill_marked "$RMQ_DIR"
  RMQ_SERVER_PID='' RMQ_EPMD_PID=''
  log "RabbitMQ stopped in $(elapsed "$t0")"
}

# --------------------------------------------------------------------------- PostgreSQL

PG_BIN=
PG_DIR=       # $SERVERS_DIR/postgres/<port>: ours (owner.pid, restart.env, home.path)
PG_HOME=      # the cluster dir (data/, postgres.log, socket), owned by PG_USER: $PG_DIR/cluster,
              # or a /tmp dir when PG_USER cannot reach the checkout (e.g. it is under /root)
PG_DATA=
PG_PORT=
PG_USER=      # the OS user the server runs as: postgres when we are root (PostgreSQL refuses root)
PG_URL=
PG_AS=()      # command prefix that runs a command as PG_USER

postgres_needed() { [ -z "${AGENCYHUB_TEST_POSTGRES:-}" ]; }

# Highest installed major version with the server binaries.
postgres_find_bin() {
  local d
  PG_BIN=
  while read -r d; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ] && [ -x "$d/psql" ] && PG_BIN=$d
  done < <(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V)
  [ -n "$PG_BIN" ]
}

postgres_install() {
  postgres_find_bin && return 0
  log "PostgreSQL server is missing: installing it"
  apt_install postgresql
  postgres_find_bin || die "postgresql installed but initdb/pg_ctl/postgres were not found in /usr/lib/postgresql/*/bin"
}

# Set PG_USER (unless already known) and PG_AS.
postgres_as() {
  if [ -z "$PG_USER" ]; then
    if [ "$(id -u)" = 0 ]; then PG_USER=postgres; else PG_USER=$(id -un); fi
  fi
  PG_AS=()
  [ "$PG_USER" = "$(id -un)" ] && return 0
  [ "$(id -u)" = 0 ] || die "PostgreSQL runs as $PG_USER: run this as $PG_USER or root"
  if ! id -u "$PG_USER" >/dev/null 2>&1; then
    log "creating the $PG_USER system user (PostgreSQL does not run as root)"
    useradd --system --user-group --no-create-home --home-dir /var/lib/postgresql --shell /bin/sh "$PG_USER" \
      || die "could not create the $PG_USER user"
  fi
  # shellcheck disable=SC2016
  if command -v runuser >/dev/null 2>&1; then PG_AS=(runuser -u "$PG_USER" --)
  else PG_AS=(su -s /bin/sh -c 'exec "$0" "$@"' "$PG_USER"); fi
}

# Run a PostgreSQL program as PG_USER, in the cluster dir, marked as ours.
pg() {
  (cd "$PG_HOME" && "${PG_AS[@]}" env AGENCYHUB_TEST_SERVER="$PG_DIR" "$PG_BIN/$1" "${@:2}") 9>&-
}

postgres_pid() {
  local pid
  pid=$(head -n 1 "$1/postmaster.pid" 2>/dev/null) && [[ $pid =~ ^[0-9]+$ ]] && echo "$pid"
}

postgres_alive() { local pid; pid=$(postgres_pid "$PG_DATA") && kill -0 "$pid" 2>/dev/null; }

# Last resort for a postmaster that would not stop: its children call setsid() and overwrite
# their environment with the process title, so kill_marked cannot see them; find them by PPID.
postgres_kill_postmaster() {
  local pid=$1 data=$2 kids='' p st ppid i
  [ -r "/proc/$pid/cmdline" ] && tr '\0' '\n' <"/proc/$pid/cmdline" | grep -qxF -- "$data" || return 0
  for p in /proc/[0-9]*; do
    st=$(cat "$p/stat" 2>/dev/null) || continue
    read -r _ ppid _ <<<"${st##*) }"
    [ "$ppid" = "$pid" ] && kids="$kids ${p#/proc/}"
  done
  kill -QUIT "$pid" 2>/dev/null || true         # immediate shutdown
  for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  # shellcheck disable=SC2086
  kill -KILL "$pid" $kids 2>/dev/null || true
}

# Stop whatever still runs from the cluster recorded in $1 and remove it.
postgres_remove() {
  local d=$1 home pid
  home=$(cat "$d/home.path" 2>/dev/null || echo "$d/cluster")
  pid=$(postgres_pid "$home/data") && postgres_kill_postmaster "$pid" "$home/data"
  kill_marked "$d"
  case "$home" in "$d"/*|/tmp/agencyhub-test-postgres-*) rm -rf "$home" ;; esac
  rm -rf "$d"
}

# Stop leftovers of earlier runs that were killed before they could clean up.
postgres_clean_stale() { clean_stale postgres postgres_remove; }

# pg_ctl start and wait until the server accepts connections on 127.0.0.1.
postgres_run() {
  if ! pg pg_ctl start -w -t "$START_TIMEOUT" -s -D "$PG_DATA" -l "$PG_HOME/postgres.log" \
       </dev/null >"$PG_DIR/pg_ctl.out" 2>&1; then
    log "PostgreSQL did not become ready within ${START_TIMEOUT}s; last lines of its logs:"
    tail -n 40 "$PG_DIR/pg_ctl.out" "$PG_HOME/postgres.log" >&2 2>/dev/null || true
    die "PostgreSQL failed to start"
  fi
  local deadline=$(( $(date +%s) + START_TIMEOUT ))
  until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 2; do
    if [ "$(date +%s)" -ge "$deadline" ] || ! postgres_alive; then
      die "PostgreSQL is not accepting connections on 127.0.0.1:$PG_PORT"
    fi
    sleep 0.2
  done
}

postgres_start() {
  local want=${AGENCYHUB_TEST_POSTGRES_PORT:-5433}
  [[ $want =~ ^[0-9]+$ ]] || die "AGENCYHUB_TEST_POSTGRES_PORT must be a number, not '$want'"
  lock_servers
  postgres_clean_stale
  postgres_as

  local port
  port=$(free_port "$want")
  [ "$port" = "$want" ] || log "port $want is taken: using $port for PostgreSQL"

  PG_PORT=$port
  PG_DIR="$SERVERS_DIR/postgres/$port"
  PG_HOME="$PG_DIR/cluster"
  rm -rf "$PG_DIR"
  mkdir -p "$PG_HOME"
  echo "$$" >"$PG_DIR/owner.pid"
  [ -z "${PG_AS[*]}" ] || chown "$PG_USER:" "$PG_HOME"
  # The server user must reach the cluster dir, and the socket path must fit in sun_path.
  if [ "${#PG_HOME}" -gt 90 ] || ! "${PG_AS[@]}" test -w "$PG_HOME/."; then
    rm -rf "$PG_HOME"
    PG_HOME=$(mktemp -d "/tmp/agencyhub-test-postgres-$port.XXXXXX")
    echo "$PG_HOME" >"$PG_DIR/home.path"
    [ -z "${PG_AS[*]}" ] || chown "$PG_USER:" "$PG_HOME"
  fi
  PG_DATA="$PG_HOME/data"

  log "starting PostgreSQL $(basename "$(dirname "$PG_BIN")") on 127.0.0.1:$port as $PG_USER in ${PG_HOME#"$REPO_ROOT"/}"
  local t0
  t0=$(now_ms)
  if ! pg initdb -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C --no-sync \
       </dev/null >"$PG_DIR/initdb.out" 2>&1; then
    cat "$PG_DIR/initdb.out" >&2
    die "initdb failed"
  fi
  cat >>"$PG_DATA/postgresql.conf" <<EOC

# ./test.sh: private test cluster
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '${PG_HOME//\'/\'\'}'
# The fault tests run two orchestrators and five hosts in all, each with a pool of up to 100 connections for EF
# Core and one for Quartz's shards: under load (deadline requests queued on Quartz's lock) 400 ran out.
max_connections = 1000
EOC
  postgres_run
  unlock_servers
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 \
    "host=127.0.0.1 port=$port user=postgres dbname=postgres sslmode=disable" >/dev/null <<'SQL' \
    || die "could not create the agencyhub role and database"
CREATE ROLE agencyhub LOGIN PASSWORD 'agencyhub' CREATEDB;
CREATE DATABASE agencyhub OWNER agencyhub;
SQL
  # Each host's own role (deploy/postgres/setup-roles.sh), all with one random password the tests read from
  # AGENCYHUB_TEST_DATABASE_PASSWORD; agencyhub owns the databases the tests create and migrates them.
  PG_HOST_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  "$REPO_ROOT/deploy/postgres/setup-roles.sh" --owner agencyhub --database agencyhub --password "$PG_HOST_PASSWORD" -- \
    "$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres >"$PG_DIR/setup-roles.out" 2>&1 \
    || { cat "$PG_DIR/setup-roles.out" >&2; die "could not set up the hosts' database roles"; }
  # A login of another name that acts for the police adapter's role, as a rotated credential would (DatabaseRoleTests).
  "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 "host=127.0.0.1 port=$port user=postgres dbname=postgres sslmode=disable" \
    -c "CREATE ROLE police_rotated LOGIN PASSWORD '$PG_HOST_PASSWORD' IN ROLE agencyhub_police" >/dev/null \
    || die "could not create the police_rotated role"
  log "PostgreSQL ready in $(elapsed "$t0"), with the hosts' roles (deploy/postgres/setup-roles.sh)"

  PG_URL="Host=127.0.0.1;Port=$port;Username=agencyhub;Password=agencyhub;Database=agencyhub"
  save_state "$PG_DIR/restart.env" PG_BIN PG_DIR PG_HOME PG_DATA PG_PORT PG_USER PG_URL
  export AGENCYHUB_TEST_POSTGRES="$PG_URL"
  export AGENCYHUB_TEST_DATABASE_PASSWORD="$PG_HOST_PASSWORD"
  export AGENCYHUB_TEST_POSTGRES_PORT="$port"
  export AGENCYHUB_TEST_POSTGRES_DIR="$PG_DIR"
}

postgres_restart() {
  local t0
  t0=$(now_ms)
  postgres_as
  log "restarting PostgreSQL on 127.0.0.1:$PG_PORT"
  if ! pg pg_ctl stop -m fast -w -t "$START_TIMEOUT" -s -D "$PG_DATA" </dev/null >"$PG_DIR/pg_ctl.out" 2>&1; then
    cat "$PG_DIR/pg_ctl.out" >&2
    die "pg_ctl stop failed"
  fi
  if [ "${RESTART_DOWN:-0}" -gt 0 ]; then log "PostgreSQL stays down for ${RESTART_DOWN} s"; sleep "$RESTART_DOWN"; fi
  postgres_run
  log "PostgreSQL restarted in $(elapsed "$t0")"
}

postgres_stop() {
  [ -n "$PG_DIR" ] || return 0
  local t0
  t0=$(now_ms)
  if postgres_alive; then
    pg pg_ctl stop -m fast -w -t 60 -s -D "$PG_DATA" </dev/null >/dev/null 2>&1 || log "pg_ctl stop failed: killing PostgreSQL"
  fi
  postgres_remove "$PG_DIR"
  PG_DIR=
  log "PostgreSQL stopped in $(elapsed "$t0")"
}

# --------------------------------------------------------------------------- restarts
# ./test.sh --restart NAME, run by a test while the ./test.sh that started NAME is running:
# stops and starts the same private instance (same port, data kept) and waits until it is ready.
# The starting ./test.sh exports AGENCYHUB_TEST_<NAME>_DIR; NAME_start saves in
# $AGENCYHUB_TEST_<NAME>_DIR/restart.env what NAME_restart needs.

save_state() { local file=$1; shift; declare -p "$@" | sed 's/^declare /declare -g /' >"$file"; }

restart_server() {
  local name=${1:-} down=${2:-0} upper url dirvar dir given owner
  case "$name" in
    rabbitmq|postgres) ;;
    *) die "usage: ./test.sh --restart rabbitmq|postgres [seconds to stay down]" ;;
  esac
  [[ "$down" =~ ^[0-9]+$ ]] || die "usage: ./test.sh --restart rabbitmq|postgres [seconds to stay down]"
  upper=${name^^}
  url="AGENCYHUB_TEST_$upper"
  dirvar="AGENCYHUB_TEST_${upper}_DIR"
  given=${!url:-}
  dir=${!dirvar:-}
  if [ -z "$dir" ] || [ ! -r "$dir/restart.env" ]; then
    log "cannot restart a server this script did not start ($name${given:+: $url was given from outside})"
    exit 3
  fi
  # shellcheck disable=SC1091
  . "$dir/restart.env"
  local saved=$RMQ_URL
  [ "$name" = postgres ] && saved=$PG_URL
  if [ -n "$given" ] && [ "$given" != "$saved" ]; then
    log "cannot restart a server this script did not start ($name: $url is not the one in $dir)"
    exit 3
  fi
  owner=$(cat "$dir/owner.pid" 2>/dev/null || true)
  if [ -z "$owner" ] || ! grep -q 'test\.sh' "/proc/$owner/cmdline" 2>/dev/null; then
    die "$name in $dir is not running any more (the ./test.sh that started it has exited)"
  fi
  # One restart of a server at a time.
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$dir/.restart.lock"
    flock -w 600 9 || die "could not lock $dir/.restart.lock"
  fi
  RESTART_DOWN=$down "${name}_restart"
}

# Is a ./test.sh --restart of the server in $1 running?
restarting() { command -v flock >/dev/null 2>&1 && ! flock -n "$1/.restart.lock" true 2>/dev/null; }

# --------------------------------------------------------------------------- driver

# --------------------------------------------------------------------------- the browser
# Not a server: the dashboard's browser tests start it themselves; this only makes sure it is there.
ensure_browser() {
  if [ -n "${AGENCYHUB_TEST_CHROMIUM:-}" ]; then log "chromium: using $AGENCYHUB_TEST_CHROMIUM"; return; fi
  if ! command -v chromium >/dev/null 2>&1; then
    log "chromium is missing: installing it"
    apt_install chromium
  fi
  AGENCYHUB_TEST_CHROMIUM=$(command -v chromium) || die "chromium installed but not found on PATH"
  export AGENCYHUB_TEST_CHROMIUM
}

STARTED=()
stop_servers() {
  local i
  for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do "${STARTED[i]}_stop" || true; done
  STARTED=()
}
on_exit() {
  local rc=$?
  trap - EXIT
  stop_servers
  remove_policy_rc_d
  exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

start_servers() {
  local s
  for s in "${SERVERS[@]}"; do
    if "${s}_needed"; then
      "${s}_install"
      STARTED+=("$s")
      "${s}_start"
    else
      log "$s: using the one given in the environment"
    fi
  done
  if [ -n "${AGENCYHUB_TEST_RABBITMQ:-}" ] && [ -z "${AGENCYHUB_TEST_RABBITMQ_PORT:-}" ]; then
    local p
    p=$(printf '%s' "$AGENCYHUB_TEST_RABBITMQ" | sed -n 's#^amqps\{0,1\}://\([^@/]*@\)\{0,1\}[^:/]*:\([0-9][0-9]*\).*#\2#p')
    [ -n "$p" ] && export AGENCYHUB_TEST_RABBITMQ_PORT="$p"
  fi
  if [ -n "${AGENCYHUB_TEST_POSTGRES:-}" ] && [ -z "${AGENCYHUB_TEST_POSTGRES_PORT:-}" ]; then
    local p
    p=$(printf '%s' "$AGENCYHUB_TEST_POSTGRES" | sed -n -E \
      -e 's#^(.*;)?[[:space:]]*port[[:space:]]*=[[:space:]]*([0-9]+).*#\2#Ip' -e t \
      -e 's#^postgres(ql)?://([^@/]*@)?[^:/]*:([0-9]+).*#\3#p')
    [ -n "$p" ] && export AGENCYHUB_TEST_POSTGRES_PORT="$p"
  fi
  AGENCYHUB_TEST_RESTART="$REPO_ROOT/$(basename "${BASH_SOURCE[0]}") --restart"
  export AGENCYHUB_TEST_RESTART
}

print_exports() {
  local v
  for v in $(compgen -e | grep '^AGENCYHUB_TEST_' | sort); do
    printf 'export %s=%q\n' "$v" "${!v}"
  done
}

# Sum the <Counters .../> of all TRX files in $1 and print "N passed, N failed[, N skipped]".
trx_summary() {
  local files
  files=$(find "$1" -name '*.trx' -type f 2>/dev/null || true)
  [ -n "$files" ] || return 0
  # shellcheck disable=SC2086
  awk 'BEGIN { RS = "<" }
    function attr(s, k,   m) {
      if (match(s, "[ \t\r\n]" k "=\"[0-9]+\"")) { m = substr(s, RSTART, RLENGTH); gsub(/[^0-9]/, "", m); return m + 0 }
      return 0
    }
    /^Counters[ \t\r\n]/ {
      total += attr($0, "total"); executed += attr($0, "executed"); passed += attr($0, "passed")
      failed += attr($0, "failed") + attr($0, "error") + attr($0, "timeout") + attr($0, "aborted")
      n++
    }
    END {
      if (n == 0) exit
      skipped = total - executed
      printf "%d passed, %d failed", passed, failed
      if (skipped > 0) printf ", %d skipped", skipped
      printf "\n"
    }' $files
}

run_dotnet_tests() {
  export DOTNET_NOLOGO=${DOTNET_NOLOGO:-1}
  export DOTNET_CLI_TELEMETRY_OPTOUT=${DOTNET_CLI_TELEMETRY_OPTOUT:-1}
  local results
  results="$REPO_ROOT/TestResults/run-$(date +%Y%m%d-%H%M%S)-$$"
  # keep only the 5 most recent result directories
  { ls -1dt "$REPO_ROOT"/TestResults/run-* 2>/dev/null || true; } | tail -n +6 | while read -r d; do rm -rf "$d"; done
  mkdir -p "$results"
  log "dotnet test AgencyHub.sln -c Release $*"
  local rc=0
  dotnet test AgencyHub.sln -c Release \
    --logger "console;verbosity=normal" --logger trx --results-directory "$results" "$@" || rc=$?
  stop_servers
  trx_summary "$results"
  return "$rc"
}

mode=tests
case "${1:-}" in
  -h|--help) usage; exit 0 ;;
  --restart) shift; restart_server "$@"; exit 0 ;;
  --servers-only) mode=servers; shift ;;
  --with-servers)
    mode='command'; shift
    [ "${1:-}" = "--" ] && shift
    [ $# -gt 0 ] || die "--with-servers needs a command: ./test.sh --with-servers -- CMD [ARG...]"
    ;;
esac

ensure_browser
start_servers

case "$mode" in
  tests)
    rc=0; run_dotnet_tests "$@" || rc=$?
    exit "$rc" ;;
  command)
    rc=0; "$@" || rc=$?
    exit "$rc" ;;
  servers)
    print_exports
    log "servers are up; press Ctrl-C (or send SIGTERM) to stop them"
    while :; do
      for s in "${STARTED[@]}"; do
        if [ "$s" = rabbitmq ] && ! kill -0 "$RMQ_SERVER_PID" 2>/dev/null; then die "RabbitMQ exited"; fi
        if [ "$s" = postgres ] && ! postgres_alive && ! restarting "$PG_DIR"; then
          sleep 1   # a --restart may have just begun or ended
          postgres_alive || restarting "$PG_DIR" || die "PostgreSQL exited"
        fi
      done
      sleep 2 & wait $! || true
    done ;;
esac
