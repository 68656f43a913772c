#!/usr/bin/env bash
# Installs what is missing, builds, and opens the console on the demo portal: the portal-sim built beside
# deploy-console (building deploy-console builds it too), run by the console as a child process.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset dev
cmake --build --preset dev --target deploy-console
exec build/dev/app/console/deploy-console --demo "$@"
