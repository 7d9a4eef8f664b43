#!/usr/bin/env bash
# Create the virtualenv; fall back to virtualenv where Debian's python3-venv is not installed.
set -euo pipefail
python=${1:-python3}
venv=${2:-.venv}
if "$python" -m venv "$venv" 2>/dev/null; then
  exit 0
fi
rm -rf "$venv"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  ver=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "python${ver}-venv" \
    && "$python" -m venv "$venv" && exit 0
  rm -rf "$venv"
fi
echo "python -m venv is not available; installing virtualenv with pip" >&2
"$python" -m pip install --quiet --user virtualenv 2>/dev/null \
  || "$python" -m pip install --quiet --user --break-system-packages virtualenv
"$python" -m virtualenv --quiet "$venv"
