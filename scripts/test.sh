#!/usr/bin/env bash
# Sets up eOffice and runs the whole test suite: core, Qt (offscreen), and the server on SQLite and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# A PostgreSQL server on 127.0.0.1 for the server tests (Debian's cluster, started without systemd).
if command -v pg_lsclusters >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
  if [ -n "$version" ]; then
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
    su postgres -c "psql -q -tc \"select 1 from pg_roles where rolname='eoffice'\" | grep -q 1 ||
      psql -q -c \"create role eoffice login createdb password 'eoffice'\""
    export EOFFICE_TEST_PG_URL="postgresql+psycopg://eoffice:eoffice@127.0.0.1:5432/postgres"
  fi
fi

export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m ruff check .
.venv/bin/python -m mypy
.venv/bin/python -m pytest -q "$@"
