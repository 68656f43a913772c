#!/bin/sh
# Installs the built .deb with dpkg, runs the three installed programs, and removes the package again.
# Needs root (the test machine is a throwaway CI machine); exits 77 (ctest: skipped) otherwise.
#   install-deb.sh <package dir> <has deployctl: 1 or 0>
set -eu
out=$1
expect_deployctl=${2:-1}
deb=$out/package.deb
package=$(dpkg-deb --field "$deb" Package)

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: installing a package needs root; run the suite as root on a throwaway machine"
    exit 77
fi
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
    echo "SKIP: $package is installed on this machine already; not touching it"
    exit 77
fi

cleanup() {
    dpkg -r "$package" >/dev/null 2>&1 || true
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
dpkg -i "$deb"
dpkg-query -W -f='${Status}\n' "$package" | grep -q '^install ok installed$'

export QT_QPA_PLATFORM=offscreen
status=0
run() {
    echo "== $*"
    if ! output=$("$@" 2>&1); then
        echo "$output"
        echo "FAILED: $*"
        status=1
        return
    fi
    echo "$output" | head -n 5
}
home=$(mktemp -d)
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
run /usr/bin/deploy-console --version
/usr/bin/deploy-console --version | grep -q "^deploy-console [0-9]" || { echo "unexpected --version"; status=1; }
run /usr/bin/portal-sim --help
if [ -e /usr/bin/deployctl ]; then
    run /usr/bin/deployctl --help
elif [ "$expect_deployctl" = 1 ]; then
    echo "FAILED: /usr/bin/deployctl is not in the package"
    status=1
else
    echo "NOTE: this build has no deployctl target yet (app/deployctl), so the package has none"
fi
rm -rf "$home"

echo "== dpkg -r $package"
dpkg -r "$package"
trap - EXIT
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
    echo "FAILED: $package is still installed"
    status=1
fi
[ -e /usr/bin/deploy-console ] && { echo "FAILED: /usr/bin/deploy-console is left behind"; status=1; }
exit "$status"
