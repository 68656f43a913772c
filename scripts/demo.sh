#!/usr/bin/env bash
# Installs what is missing, builds, and opens the console connected to the embedded demo portal.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset dev
cmake --build --preset dev --target deploy-console
exec build/dev/app/console/deploy-console --demo "$@"
