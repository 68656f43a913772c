#!/bin/sh
# lintian (no error, no warning), desktop-file-validate and appstreamcli validate on the built .deb.
#   lint-deb.sh <package dir> <app id>
set -eu
out=$1
appid=$2
deb=$out/package.deb
status=0

echo "== lintian"
lintian --fail-on error,warning --display-level '>=warning' --tag-display-limit 0 "$deb" || status=1

root=$out/extracted
rm -rf "$root"
dpkg-deb -x "$deb" "$root"

echo "== desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$appid.desktop" || status=1

echo "== appstreamcli validate"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$appid.metainfo.xml" || status=1

echo "== package contents"
for path in usr/bin/deploy-console usr/bin/portal-sim usr/share/man/man1/deploy-console.1.gz \
    usr/share/man/man1/portal-sim.1.gz usr/share/doc/portal-deployment-console/copyright \
    usr/share/doc/portal-deployment-console/changelog.gz \
    "usr/share/icons/hicolor/scalable/apps/$appid.svg" "usr/share/icons/hicolor/48x48/apps/$appid.png" \
    "usr/share/icons/hicolor/256x256/apps/$appid.png"; do
    [ -e "$root/$path" ] || { echo "missing from the package: /$path"; status=1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for runtime in libqt6sql6-sqlite qt6-qpa-plugins libsecret-1-0; do
    case "$depends" in
    *"$runtime"*) ;;
    *) echo "Depends lacks $runtime: $depends"; status=1 ;;
    esac
done
[ "$status" -eq 0 ] && echo "lint: all clean"
exit "$status"
