#!/bin/bash
# The compose database's first start (docker-entrypoint-initdb.d): each host's role, with deploy/postgres/setup-roles.sh,
# all with the one local password AGENCYHUB_HOST_PASSWORD. POSTGRES_USER owns the database.
set -euo pipefail
/deploy/postgres/setup-roles.sh --database "$POSTGRES_DB" --owner "$POSTGRES_USER" --password "$AGENCYHUB_HOST_PASSWORD" -- \
  psql -U "$POSTGRES_USER" -d postgres
