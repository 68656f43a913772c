#!/usr/bin/env bash
# Installs everything the build, the app and the tests need on Debian 12, and does nothing when all of
# it is present. Only Debian's archive and the npm registry are used.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    # build
    cmake ninja-build g++ pkg-config clang-format
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev
    nlohmann-json3-dev libssl-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools libgl-dev
    libqt6opengl6-dev libxkbcommon-dev
    # runtime pieces the linker does not pull in
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins qt6-translations-l10n libsecret-1-0
    # tests: X server, private D-Bus session, real Secret Service, PDF and image tools, TLS certificates
    xvfb xauth dbus dbus-x11 gnome-keyring poppler-utils imagemagick openssl fonts-dejavu-core
    # the team ledger's tests run a private PostgreSQL server (scripts/with-postgres.sh)
    postgresql-15
    # fuzzing (scripts/fuzz.sh, the fuzz_short test) and its seed script (scripts/fuzz-seeds.py)
    clang-15 libfuzzer-15-dev python3-yaml time
    # packaging checks
    lintian desktop-file-utils appstream dpkg-dev file librsvg2-bin
    # contract tools run on Node.js
    nodejs npm
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
        # A tool that is already on PATH from elsewhere (node, npm on this image) counts as present.
        case "$p" in
            nodejs) command -v node >/dev/null && continue ;;
            npm) command -v npm >/dev/null && continue ;;
        esac
        missing+=("$p")
    fi
done

if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm tools pinned by package-lock.json: Spectral (OpenAPI lint) and Prism (mock and validating proxy).
stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
    echo "setup: installing the pinned npm tools"
    npm ci --no-audit --no-fund --loglevel=error
fi
