#!/usr/bin/env bash
# Build the wheel, install it with its dependencies into a fresh virtualenv outside the checkout,
# and use it from an empty folder: validate, export, import a CSV of place names, serve the page.
# Proves that a plain `pip install` works for people who never clone the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python=${PYTHON:-python3}
work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r "$root/pyproject.toml" "$root/README.md" "$root/mapapp" "$root/geodata" "$work/"
mkdir "$work/wheels" "$work/elsewhere"
(cd "$work" && "$root/.venv/bin/python" -m pip wheel --quiet --no-deps --no-build-isolation \
  --wheel-dir "$work/wheels" "$work")
"$root/scripts/make-venv.sh" "$python" "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$work"/wheels/mapapp-*.whl
cd "$work/elsewhere"
bin="$work/venv/bin"
"$bin/mapapp" validate
"$bin/mapapp" export --format csv -o events.csv && echo "export: $(wc -l < events.csv) lines"
"$bin/mapapp" export --text doha --bbox 50,24,52,26.5 -o doha.geojson  # the query engine
"$bin/python" -c "import json; n = len(json.load(open('doha.geojson'))['features']); assert n > 0; print(f'export --bbox: {n} events')"
"$bin/mapapp" import "$root/tests/data/import/generic_places.csv" -o places.geojson
"$bin/python" - <<'PY'
import json
features = json.load(open("places.geojson"))["features"]
placed = sum(f["geometry"] is not None for f in features)
assert placed >= 3, f"only {placed} of {len(features)} place names were placed"
print(f"import: {placed} of {len(features)} events placed from place names")
PY
port=$("$bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin/mapapp" serve --port "$port" --address 127.0.0.1 > serve.log 2>&1 &
server=$!
for _ in $(seq 1 240); do
  if "$bin/python" -c "import urllib.request as u; assert u.urlopen('http://127.0.0.1:$port/_stcore/health', timeout=2).read() == b'ok'" 2>/dev/null; then
    echo "serve: the page answers on port $port"
    exit 0
  fi
  sleep 0.5
done
cat serve.log >&2
echo "check-wheel: mapapp serve did not answer on port $port" >&2
exit 1
