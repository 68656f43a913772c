#!/bin/sh
# Builds the .deb of the configured build tree with cpack into <package dir>/package.deb.
#   build-deb.sh <build dir> <package dir>
set -eu
build=$1
out=$2
rm -rf "$out"
mkdir -p "$out"
# The README's test command has built every target already; cpack only installs and packs.
cpack -G DEB -B "$out/cpack" --config "$build/CPackConfig.cmake" >"$out/cpack.log" 2>&1 || {
    cat "$out/cpack.log"
    exit 1
}
deb=$(find "$out/cpack" -maxdepth 1 -name '*.deb' | head -n 1)
[ -n "$deb" ] || { echo "cpack made no .deb"; cat "$out/cpack.log"; exit 1; }
cp "$deb" "$out/package.deb"
echo "built $(basename "$deb")"
dpkg-deb --info "$out/package.deb"
dpkg-deb --contents "$out/package.deb"
