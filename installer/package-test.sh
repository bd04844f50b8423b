#!/usr/bin/env bash
# Builds the .deb and .tar.gz from a build folder with cpack and checks what they hold and
# declare. With --install (as root, on the CI machine) also installs the .deb with apt-get, runs
# seagull-cli demo and chart from the installed paths, and removes the package again.
#   installer/package-test.sh BUILD_DIR [--install]
set -euo pipefail
build="$(cd "$1" && pwd)"
install="${2:-}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

cd "$build"
cpack -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb="$(ls "$out"/seagull_*.deb)"
tgz="$(ls "$out"/seagull-*.tar.gz)"
echo "package-test: built $(basename "$deb") and $(basename "$tgz")"

contents="$(dpkg-deb -c "$deb")"
for path in ./usr/bin/seagull ./usr/bin/seagull-cli ./usr/libexec/seagull/seagull-layout \
            ./usr/share/applications/seagull.desktop ./usr/share/mime/packages/seagull.xml \
            ./usr/share/metainfo/org.seagull.Seagull.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/seagull.svg ./usr/share/man/man1/seagull-cli.1 \
            ./usr/share/doc/Seagull/README.md; do
    if ! grep -q " $path\$" <<<"$contents"; then
        echo "package-test: $path is missing from $(basename "$deb")" >&2
        exit 1
    fi
done
depends="$(dpkg-deb -f "$deb" Depends)"
for package in libqt6widgets6 libqt6printsupport6 libgvc6 libsqlite3-0 libphonenumber8 libicu72 libthai0 \
               qt6-translations-l10n fonts-noto-core fonts-noto-cjk; do
    if ! grep -q "$package" <<<"$depends"; then
        echo "package-test: the package does not depend on $package (Depends: $depends)" >&2
        exit 1
    fi
done
if ! tar -tzf "$tgz" | grep -q '/bin/seagull-cli$'; then
    echo "package-test: seagull-cli is missing from $(basename "$tgz")" >&2
    exit 1
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$build/../installer/share/seagull.desktop" 2>/dev/null || true
fi
echo "package-test: contents and dependencies as expected"

[ "$install" = "--install" ] || exit 0
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends "$deb" >"$out/apt.log" 2>&1 || { cat "$out/apt.log"; exit 1; }
trap 'apt-get remove -y seagull >/dev/null 2>&1 || true; rm -rf "$out"' EXIT
work="$(mktemp -d)"
QT_QPA_PLATFORM=offscreen /usr/bin/seagull-cli demo "$work/demo.seagull" >/dev/null
QT_QPA_PLATFORM=offscreen /usr/bin/seagull-cli chart "$work/demo.seagull" --seed 1 --hops 1 --out "$work/chart.pdf" >/dev/null
[ -s "$work/chart.pdf" ] || { echo "package-test: the installed seagull-cli wrote no chart" >&2; exit 1; }
/usr/bin/seagull-cli verify "$work/demo.seagull" >/dev/null
apt-get remove -y seagull >"$out/apt.log" 2>&1 || { cat "$out/apt.log"; exit 1; }
[ ! -e /usr/bin/seagull-cli ] || { echo "package-test: seagull-cli is still installed after removal" >&2; exit 1; }
rm -rf "$work"
echo "package-test: installed, ran demo and chart from /usr/bin, removed"
