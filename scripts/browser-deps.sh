#!/usr/bin/env bash
# What the browser tests need: Debian's chromium and the pinned npm copies of folium's CDN assets.
# As root, missing Debian packages are installed with apt; otherwise say what to install.
set -euo pipefail
npm_dir=${1:-tests/browser}
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v npm >/dev/null || need+=(npm)
if ((${#need[@]})); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian packages: ${need[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
  else
    echo "The browser tests need Debian's ${need[*]}: run 'sudo apt-get install ${need[*]}'" \
         "and then 'make test' again." >&2
    exit 1
  fi
fi
stamp="$npm_dir/node_modules/.installed"
if [ ! -f "$stamp" ] || [ "$npm_dir/package-lock.json" -nt "$stamp" ]; then
  npm ci --prefix "$npm_dir" --ignore-scripts --no-audit --no-fund --loglevel=error
  touch "$stamp"
fi
