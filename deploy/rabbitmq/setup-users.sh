#!/usr/bin/env bash
# Creates the hub's RabbitMQ virtual host and one broker user per host, with the permissions in permissions.tsv
# (generated from the code: see BrokerPermissions). Run it again after a release that changes the file; it is safe to
# repeat (existing users keep or change their password and get their permissions set again).
#
#   deploy/rabbitmq/setup-users.sh [--vhost VHOST] [--passwords FILE | --password PASSWORD] [-- RABBITMQCTL...]
#
# --vhost      the virtual host (default /); created if missing.
# --passwords  a file of user=password lines: a user missing from it gets a new random password, appended to it
#              (the file is created readable by its owner only). Give each host its own line as its
#              Bus__RabbitMq__Password, e.g. in its own Kubernetes Secret. Default: ./broker-passwords.
# --password   one password for every user: for a private test broker only (./test.sh uses it).
# After --, the rabbitmqctl command to use (default: rabbitmqctl), e.g. -- rabbitmqctl -n rabbit@mq-0.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
vhost=/ passwords=broker-passwords password=
while [ $# -gt 0 ]; do
  case "$1" in
    --vhost) vhost=$2; shift 2 ;;
    --passwords) passwords=$2; shift 2 ;;
    --password) password=$2; shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "setup-users.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
ctl=("$@")
[ ${#ctl[@]} -gt 0 ] || ctl=(rabbitmqctl)

password_of() {
  local user=$1 line
  if [ -n "$password" ]; then printf '%s' "$password"; return; fi
  if [ -f "$passwords" ] && line=$(grep -m1 "^$user=" "$passwords"); then printf '%s' "${line#*=}"; return; fi
  local made
  made=$(head -c 24 /dev/urandom | base64 | tr -d '/+=\n')
  (umask 077; printf '%s=%s\n' "$user" "$made" >>"$passwords")
  printf '%s' "$made"
}

"${ctl[@]}" -q list_vhosts | grep -qxF -- "$vhost" || "${ctl[@]}" -q add_vhost "$vhost"
existing=$("${ctl[@]}" -q list_users | awk '{print $1}')
# The file on fd 3: rabbitmqctl reads its standard input, which would swallow the rest of the file.
while IFS=$'\t' read -r user tags configure write read <&3; do
  case "$user" in ''|'#'*) continue ;; esac
  secret=$(password_of "$user")
  if grep -qxF -- "$user" <<<"$existing"; then
    "${ctl[@]}" -q change_password "$user" "$secret"
  else
    "${ctl[@]}" -q add_user "$user" "$secret"
  fi
  if [ "$tags" = - ]; then "${ctl[@]}" -q set_user_tags "$user"; else "${ctl[@]}" -q set_user_tags "$user" "$tags"; fi
  "${ctl[@]}" -q set_permissions -p "$vhost" "$user" "$configure" "$write" "$read"
  echo "setup-users.sh: $user on $vhost"
done 3<"$here/permissions.tsv"
