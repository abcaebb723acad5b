#!/bin/sh
# Adds a PortVerify user with one role, or replaces its password and role: the identity goes into the production
# realm PortVerifyRealm (standalone/configuration/portverify-users) as a bcrypt hash with a fresh random salt.
# Run it with the server stopped: sh bin/add-portverify-user.sh <user> <role>   (docs/security.md)
# The password is asked twice, never taken from the command line (it would show in the process list).
set -eu

JBOSS_HOME=${JBOSS_HOME:-$(cd "$(dirname "$0")/.." && pwd)}
if [ $# -ne 2 ]; then
    echo "usage: $0 <user> <role>   roles: board-staff auditor admin pola-submitter polb-submitter pola-certifier polb-certifier reviewer" >&2
    exit 2
fi
user=$1
role=$2
case $role in
    board-staff|auditor|admin|pola-submitter|polb-submitter|pola-certifier|polb-certifier|reviewer) ;;
    *) echo "unknown role '$role': board-staff, auditor, admin, pola-submitter, polb-submitter, pola-certifier, polb-certifier or reviewer" >&2; exit 2 ;;
esac
if ! printf '%s' "$user" | grep -Eq '^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$'; then
    echo "a user name is letters, digits and . _ @ - (at most 64)" >&2
    exit 2
fi

if [ -n "${PORTVERIFY_PASSWORD:-}" ]; then
    password=$PORTVERIFY_PASSWORD
else
    stty -echo 2>/dev/null || true
    printf 'Password for %s: ' "$user" >&2; read -r password; echo >&2
    printf 'Again: ' >&2; read -r again; echo >&2
    stty echo 2>/dev/null || true
    if [ "$password" != "$again" ]; then
        echo "the passwords differ" >&2
        exit 1
    fi
fi
if [ ${#password} -lt 12 ]; then
    echo "a password has at least 12 characters" >&2
    exit 1
fi
case $password in
    *\"*|*\\*) echo "a password may not contain \" or \\ (the CLI would read them as quoting)" >&2; exit 1 ;;
esac

# 16 random bytes, as the CLI writes bytes: 0x1f,0xa0,...
salt=$(od -An -tx1 -N16 /dev/urandom | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/ /,0x/g; s/^/0x/')
realm=/subsystem=elytron/filesystem-realm=PortVerifyRealm
script=$(mktemp)
chmod 600 "$script"
trap 'rm -f "$script"' EXIT
cat > "$script" <<CLI
embed-server --server-config=standalone.xml --std-out=discard
if (outcome == success) of $realm:read-identity(identity=$user)
    $realm:remove-identity(identity=$user)
end-if
$realm:add-identity(identity=$user)
$realm:set-password(identity=$user, bcrypt={password="$password", iteration-count=10, salt=bytes{$salt}})
$realm:add-identity-attribute(identity=$user, name=roles, value=[$role])
stop-embedded-server
CLI
"$JBOSS_HOME/bin/jboss-cli.sh" --file="$script" > /dev/null
echo "user $user added with role $role to $JBOSS_HOME/standalone/configuration/portverify-users" >&2
