#!/usr/bin/env bash
# AgencyHub benchmark: ./bench/run.sh [--messages N] [--quick] [--only abcdefg] [--cases N] [--pending N] [--due-batch N] [--saga-rate N] [--race-every N]
#                                     [--host-log-level LEVEL] [--host-setting KEY=VALUE]...
#
# Runs bench/AgencyHub.Bench (Release) against a RabbitMQ and a PostgreSQL of its own: the private servers
# ./test.sh starts, or the ones in AGENCYHUB_BENCH_RABBITMQ (amqp://...) and AGENCYHUB_BENCH_POSTGRES (Npgsql
# connection string, its role allowed to create databases: (c) and (d) each make one and drop it) when those are set;
# with both set, no server is started. Exit code 2 means a target failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
bench=(dotnet run -c Release --project bench/AgencyHub.Bench --)
if [ -n "${AGENCYHUB_BENCH_RABBITMQ:-}" ] && [ -n "${AGENCYHUB_BENCH_POSTGRES:-}" ]; then
  exec "${bench[@]}" "$@"
fi
# test.sh would reuse an AGENCYHUB_TEST_RABBITMQ / AGENCYHUB_TEST_POSTGRES from the environment; the bench purges
# the hub's queues, so it always gets fresh private servers here, except for one given as AGENCYHUB_BENCH_*.
vars=(-u AGENCYHUB_TEST_RABBITMQ -u AGENCYHUB_TEST_RABBITMQ_PORT -u AGENCYHUB_TEST_RABBITMQ_DIR
      -u AGENCYHUB_TEST_POSTGRES -u AGENCYHUB_TEST_POSTGRES_PORT -u AGENCYHUB_TEST_POSTGRES_DIR)
[ -z "${AGENCYHUB_BENCH_RABBITMQ:-}" ] || vars+=(AGENCYHUB_TEST_RABBITMQ="$AGENCYHUB_BENCH_RABBITMQ")
[ -z "${AGENCYHUB_BENCH_POSTGRES:-}" ] || vars+=(AGENCYHUB_TEST_POSTGRES="$AGENCYHUB_BENCH_POSTGRES")
exec env "${vars[@]}" ./test.sh --with-servers -- "${bench[@]}" "$@"
