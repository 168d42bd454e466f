#!/usr/bin/env bash
# PostgreSQL for the server tests: prints a SQLAlchemy URL on stdout (messages go to stderr).
#   - SANGKIEN_TEST_PG_URL already set: prints it unchanged.
#   - As root: installs the Debian package "postgresql" when missing, starts its cluster, creates the
#     role and database "sangkien_test" (idempotent) and prints their URL. Each test server then
#     creates and drops its own database next to it (the role has CREATEDB).
#   - Otherwise: prints nothing and exits 0; the PostgreSQL variants of the tests are skipped.
set -euo pipefail
if [ -n "${SANGKIEN_TEST_PG_URL:-}" ]; then echo "$SANGKIEN_TEST_PG_URL"; exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Bỏ qua kiểm thử PostgreSQL: cần quyền root để cài và khởi động PostgreSQL" \
       "(hoặc tự đặt SANGKIEN_TEST_PG_URL=postgresql+psycopg://user:pass@host/db)." >&2
  exit 0
fi
role=sangkien_test
password=sangkien_test
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "Cài PostgreSQL cho kiểm thử…" >&2
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >&2
fi
cluster=$(pg_lsclusters --no-header 2>/dev/null | head -n 1 || true)
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  pg_createcluster "$version" main >&2
  cluster=$(pg_lsclusters --no-header | head -n 1)
fi
read -r version name port status _ <<<"$cluster"
if [ "$status" != online ]; then
  pg_ctlcluster "$version" "$name" start >&2 || service postgresql start >&2
fi
for _ in $(seq 1 60); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 0.5
done
pg_isready -q -h 127.0.0.1 -p "$port" || { echo "PostgreSQL không khởi động được (cổng $port)." >&2; exit 1; }
as_postgres() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(as_postgres -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]; then
  as_postgres -c "CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'" >&2
fi
# Test databases are dropped WITH (FORCE), which must be able to end an autovacuum worker visiting them.
if [ "$(as_postgres -c "SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                        JOIN pg_roles u ON u.oid = m.member
                        WHERE r.rolname = 'pg_signal_backend' AND u.rolname = '$role'")" != 1 ]; then
  as_postgres -c "GRANT pg_signal_backend TO $role" >&2
fi
if [ "$(as_postgres -c "SELECT 1 FROM pg_database WHERE datname = '$role'")" != 1 ]; then
  as_postgres -c "CREATE DATABASE $role OWNER $role" >&2
fi
echo "postgresql+psycopg://$role:$password@127.0.0.1:$port/$role"
