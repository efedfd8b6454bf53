#!/usr/bin/env bash
# The one test command: installs what the tests need when it is missing, starts private PostgreSQL and Redis servers on
# loopback (stopped again at the end, whatever the outcome), then runs every test in the solution, and the feature, API
# and data tests once more against PostgreSQL.
# Its last line is "N passed, N failed"; it exits non-zero when any test fails or none ran.
set -uo pipefail
cd "$(dirname "$0")"

need_apt=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need_apt+=(chromium)
command -v prometheus-alertmanager >/dev/null 2>&1 || need_apt+=(prometheus-alertmanager)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need_apt+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "Installing from Debian's packages: ${need_apt[*]}"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null \
    || { echo "Could not install ${need_apt[*]}: run 'apt-get install ${need_apt[*]}' as root and try again."; exit 2; }
fi

dotnet tool restore >/dev/null
results=$(mktemp -d)
services=$(mktemp -d)
chmod 755 "$services"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_started=; redis_port=
stop_services() {
  [ -n "$pg_started" ] && as_postgres "$pg_bin/pg_ctl" -D "$services/pg" -m fast -w stop >/dev/null 2>&1
  [ -n "$redis_port" ] && redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1
  rm -rf "$results" "$services"
}
trap stop_services EXIT

# PostgreSQL refuses to run as root: as root, its own programs run as the postgres user.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() {
  local port
  for port in $(shuf -i 20000-45000 -n 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  return 1
}

if [ -z "${OPSBOARD_TEST_POSTGRES:-}" ]; then
  pg_port=$(free_port) && mkdir "$services/pg" && { [ "$(id -u)" -ne 0 ] || chown postgres "$services/pg"; } \
    && as_postgres "$pg_bin/initdb" -D "$services/pg" -A trust -U postgres >/dev/null \
    && as_postgres "$pg_bin/pg_ctl" -D "$services/pg" -o "-p $pg_port -k $services/pg -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off" \
      -l "$services/pg/log" -w start >/dev/null \
    || { echo "Could not start PostgreSQL from $pg_bin (see $services/pg/log)."; echo "0 passed, 1 failed"; exit 1; }
  pg_started=1
  export OPSBOARD_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres"
fi
if [ -z "${OPSBOARD_TEST_REDIS:-}" ]; then
  redis_port=$(free_port) && redis-server --port "$redis_port" --bind 127.0.0.1 --daemonize yes --save '' --appendonly no \
      --dir "$services" --logfile "$services/redis.log" \
    || { echo "Could not start redis-server."; echo "0 passed, 1 failed"; exit 1; }
  export OPSBOARD_TEST_REDIS="127.0.0.1:$redis_port"
fi

dotnet build OpsBoard.sln -c Release -nologo -v q -clp:ErrorsOnly || { echo "0 passed, 1 failed"; exit 1; }
dotnet test OpsBoard.sln -c Release --no-build -nologo --logger "trx;LogFileName=tests.trx" --results-directory "$results" \
  -- RunConfiguration.TestSessionTimeout=1500000
status=$?
# The feature, API and data tests again, each on a new PostgreSQL database of its own (not the intake crash test: it kills
# a SQLite process of its own, the same on either pass).
OPSBOARD_TEST_DATABASE=Postgres dotnet test OpsBoard.Tests -c Release --no-build -nologo \
  --filter "(FullyQualifiedName~OpsBoard.Tests.Features.|FullyQualifiedName~OpsBoard.Tests.Api.|FullyQualifiedName~OpsBoard.Tests.Data.)&FullyQualifiedName!~IntakeCrashTests" \
  --logger "trx;LogFileName=postgres.trx" --results-directory "$results" -- RunConfiguration.TestSessionTimeout=1500000
[ $? -ne 0 ] && status=1

passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "No test ran."; fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
