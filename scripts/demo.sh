#!/usr/bin/env bash
# Sets up eOffice and opens it on a demo office (made on first use in ./demo-office).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/eoffice --data-dir "${EOFFICE_DEMO_DIR:-demo-office}" --demo "$@"
