#!/usr/bin/env bash
# Builds the PyInstaller one-folder bundle on Linux (dist/tthc-desktop/) and runs it once from another folder:
# the demo commune rendered to PDF proves the migrations, the demo fixture and the fonts were bundled.
# Linux is not a release target (the clerk's PC runs Windows): this is what CI and developers use to check the spec.
# Needs the packaging extra: python3 -m pip install -e ".[package]"
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
python="${PYTHON:-python3}"

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --distpath "$root/dist" --workpath "$root/build/pyinstaller" \
    "$root/packaging/tthc_desktop.spec"
echo "Built in $(( $(date +%s) - start )) s: $root/dist/tthc-desktop ($(du -sh "$root/dist/tthc-desktop" | cut -f1))"

smoke="$(mktemp -d)"
trap 'rm -rf "$smoke"' EXIT
cd "$smoke"
export QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$smoke/data" XDG_CONFIG_HOME="$smoke/config" XDG_CACHE_HOME="$smoke/cache"
"$root/dist/tthc-desktop/tthc-desktop" --db "$smoke/smoke.sqlite" demo
"$root/dist/tthc-desktop/tthc-desktop" --db "$smoke/smoke.sqlite" render 1 --out "$smoke/demo.pdf"
if command -v pdffonts >/dev/null; then pdffonts "$smoke/demo.pdf"; fi
echo "Smoke run passed."
