#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Qt needs, only when some are missing.
#   scripts/system_deps.sh test   the test suite: offscreen Qt, PDF tools, and Xvfb with the X11/xcb
#                                 libraries for the real-window smoke test
#   scripts/system_deps.sh run    Qt with the X11/xcb libraries for a real window
set -euo pipefail
kind=${1:-test}
packages=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 fonts-dejavu-core
          poppler-utils sqlite3)
if [ "$kind" = run ] || [ "$kind" = test ] || [ "$kind" = all ]; then
  packages+=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
             libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-randr0
             libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libx11-6)
fi
if [ "$kind" = test ] || [ "$kind" = all ]; then
  packages+=(xvfb xauth)
  # The quarterly report is converted by LibreOffice Calc headless in a test (issue 7).
  packages+=(libreoffice-calc-nogui)
fi
command -v dpkg-query >/dev/null || { echo "Không phải Debian/Ubuntu: hãy tự cài thư viện Qt cần thiết."; exit 0; }
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Cài gói hệ thống còn thiếu: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
  echo "Cần quyền root để chạy: apt-get install -y ${missing[*]}" >&2; exit 1
fi
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
