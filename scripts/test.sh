#!/usr/bin/env bash
# Installs what is missing, builds (warnings are errors), and runs the whole test suite with ctest:
# GUI tests on a private X server (Xvfb), keychain tests against the real Secret Service
# (gnome-keyring on a private D-Bus session).
#   scripts/test.sh [preset]   preset: dev (default) or asan
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}

scripts/setup.sh
cmake --preset "$preset"
cmake --build --preset "$preset"

# A private home for the session: fresh data, config and runtime folders so no test sees a user's
# settings, keyring or store, and nothing a test writes outlives the run.
sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox"/{data,config,cache,runtime}
chmod 700 "$sandbox/runtime"
export XDG_DATA_HOME=$sandbox/data XDG_CONFIG_HOME=$sandbox/config XDG_CACHE_HOME=$sandbox/cache
export XDG_RUNTIME_DIR=$sandbox/runtime
export QT_QPA_PLATFORM=xcb

jobs=${CTEST_PARALLEL_LEVEL:-2}
xvfb-run -a -s "-screen 0 1920x1200x24" \
    dbus-run-session -- sh -c \
    'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && ctest --preset "$0" -j "$1"' \
    "$preset" "$jobs"
