#!/usr/bin/env bash
# AgencyHub benchmark: ./bench/run.sh [--messages N] [--quick] [--only abc] [--host-log-level LEVEL]
#
# Runs bench/AgencyHub.Bench (Release) against a RabbitMQ of its own: the private broker ./test.sh starts,
# or the one in AGENCYHUB_BENCH_RABBITMQ when that is set. Exit code 2 means a target failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
bench=(dotnet run -c Release --project bench/AgencyHub.Bench --)
if [ -n "${AGENCYHUB_BENCH_RABBITMQ:-}" ]; then
  exec "${bench[@]}" "$@"
fi
# test.sh would reuse an AGENCYHUB_TEST_RABBITMQ from the environment; the bench purges the hub's queues, so
# it always gets a fresh private broker here.
exec env -u AGENCYHUB_TEST_RABBITMQ -u AGENCYHUB_TEST_RABBITMQ_PORT ./test.sh --with-servers -- "${bench[@]}" "$@"
