#!/usr/bin/env bash
# Debian packages Chidao uses beyond Python: Tesseract with the Vietnamese model (OCR), LibreOffice
# (old .doc, rendering generated documents), poppler (PDF → PNG), Chromium (browser tests).
# Installs what is missing when run as root on Debian; otherwise says exactly what to install.
set -u
packages=(tesseract-ocr tesseract-ocr-vie libreoffice-writer-nogui poppler-utils chromium fonts-dejavu-core fonts-liberation)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Cài gói hệ thống còn thiếu / installing missing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || echo "Không cài được / could not install: ${missing[*]}" >&2
else
  echo "Thiếu gói hệ thống / missing system packages: ${missing[*]}" >&2
  echo "  sudo apt-get install ${missing[*]}" >&2
fi
exit 0
