#!/usr/bin/env bash
# Creates the hub's PostgreSQL database, its owner role and one login role per host, as listed in roles.tsv
# (generated from the code: see DatabaseRoles). The owner owns the schema and is the role `migrate` runs as; `migrate`
# then gives each host role its privileges on the tables. Safe to repeat: existing host roles keep or change their
# password; an existing owner and database are left as they are.
#
#   deploy/postgres/setup-roles.sh [--database DB] [--owner ROLE] [--passwords FILE | --password PASSWORD] [-- PSQL...]
#
# --database   the database (default agencyhub); created, owned by the owner, if missing. Only the owner and the host
#              roles may connect to it, and nobody but the owner may create objects in its public schema.
# --owner      the owner role (default agencyhub); made if missing, with a password from --passwords.
# --passwords  a file of role=password lines: a role missing from it gets a new random password, appended to it
#              (the file is created readable by its owner only). Give each host its own line in the password of its
#              Persistence__ConnectionString, e.g. in its own Kubernetes Secret. Default: ./database-passwords.
# --password   one password for every host role: for a private test server only (./test.sh uses it).
# After --, the psql command to use, connected as a role that may create roles and databases (default: psql), e.g.
# -- psql -h db.example -U postgres.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
database=agencyhub owner=agencyhub passwords=database-passwords password=
while [ $# -gt 0 ]; do
  case "$1" in
    --database) database=$2; shift 2 ;;
    --owner) owner=$2; shift 2 ;;
    --passwords) passwords=$2; shift 2 ;;
    --password) password=$2; shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '2,20p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "setup-roles.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
psql=("$@")
[ ${#psql[@]} -gt 0 ] || psql=(psql)
run() { "${psql[@]}" -X -q -v ON_ERROR_STOP=1 "$@"; }

password_of() {
  local role=$1 line
  if [ -n "$password" ] && [ "$role" != "$owner" ]; then printf '%s' "$password"; return; fi
  if [ -f "$passwords" ] && line=$(grep -m1 "^$role=" "$passwords"); then printf '%s' "${line#*=}"; return; fi
  local made
  made=$(head -c 24 /dev/urandom | base64 | tr -d '/+=\n')
  (umask 077; printf '%s=%s\n' "$role" "$made" >>"$passwords")
  printf '%s' "$made"
}
literal() { printf "'%s'" "${1//\'/\'\'}"; }
exists() { [ "$(run -tA -c "SELECT 1 FROM $1 WHERE $2 = $(literal "$3")")" = 1 ]; }

if ! exists pg_roles rolname "$owner"; then
  run -c "CREATE ROLE \"$owner\" LOGIN PASSWORD $(literal "$(password_of "$owner")")"
  echo "setup-roles.sh: owner $owner made"
fi
exists pg_database datname "$database" || run -c "CREATE DATABASE \"$database\" OWNER \"$owner\""

roles=()
while IFS=$'\t' read -r role _; do
  case "$role" in ''|'#'*) continue ;; esac
  secret=$(literal "$(password_of "$role")")
  if exists pg_roles rolname "$role"; then
    run -c "ALTER ROLE \"$role\" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD $secret"
  else
    run -c "CREATE ROLE \"$role\" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD $secret"
  fi
  roles+=("\"$role\"")
  echo "setup-roles.sh: $role"
done <"$here/roles.tsv"

connect=$(IFS=,; echo "${roles[*]}")
run -d "$database" <<SQL
REVOKE ALL ON DATABASE "$database" FROM PUBLIC;
GRANT CONNECT ON DATABASE "$database" TO "$owner", $connect;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
echo "setup-roles.sh: $database: run \`migrate\` as $owner to give the host roles their privileges"
