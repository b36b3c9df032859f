#!/usr/bin/env bash
# Head office is its own deployable. Proves, on this machine:
#  1. a clean virtual environment with only `.[headoffice]` runs `pos-headoffice serve`, which
#     answers /health, and has no Qt (importing PySide6 fails);
#  2. the till's extra `.[till]` resolves to no web server and no PostgreSQL driver.
set -euo pipefail
cd "$(dirname "$0")/.."
# pip here warns about every missing local mirror folder; those lines say nothing.
quiet() { "$@" 2> >(grep -v "^WARNING: Location 'file:" >&2); }
PYTHON="${PYTHON:-python3}"
VENV=.venv-headoffice
WORK="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# Built from a copy, so setuptools' build/ and egg-info never land in the working tree.
SRC="$WORK/src"
mkdir -p "$SRC"
cp -r pyproject.toml README.md till pos ui printing sync protocol headoffice "$SRC"/
find "$SRC" -name __pycache__ -prune -exec rm -rf {} +

rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
quiet "$VENV/bin/pip" install -q --upgrade pip
# A real (non-editable) install from this tree, as a server would get it.
quiet "$VENV/bin/pip" install -q --no-warn-script-location "$SRC[headoffice]"

if "$VENV/bin/python" -c "import PySide6" 2>/dev/null; then
  echo "packaging: PySide6 is importable in the head-office environment" >&2; exit 1
fi
for module in sqlcipher3 escpos keyring; do
  if "$VENV/bin/python" -c "import $module" 2>/dev/null; then
    echo "packaging: $module is installed in the head-office environment" >&2; exit 1
  fi
done

port="$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
export HEADOFFICE_HOME="$WORK/home"
HEADOFFICE_DATA_KEY="$("$VENV/bin/pos-headoffice" gen-key)"
HEADOFFICE_INDEX_KEY="$("$VENV/bin/pos-headoffice" gen-key)"
export HEADOFFICE_DATA_KEY HEADOFFICE_INDEX_KEY
unset HEADOFFICE_DATABASE_URL
(cd "$WORK" && exec "$OLDPWD/$VENV/bin/pos-headoffice" serve --host 127.0.0.1 --port "$port") \
  >"$WORK/serve.log" 2>&1 &
server=$!
health=""
for _ in $(seq 1 100); do
  if health="$("$VENV/bin/python" - "$port" <<'PY' 2>/dev/null
import json, sys, urllib.request
with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/health", timeout=2) as r:
    print(json.load(r)["status"])
PY
)"; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then break; fi
  sleep 0.2
done
if [ "$health" != "ok" ]; then
  echo "packaging: pos-headoffice serve did not answer /health with ok" >&2
  cat "$WORK/serve.log" >&2
  exit 1
fi

# What `pip install '.[till]'` would install, resolved without installing anything.
quiet "$VENV/bin/pip" install -q --dry-run --ignore-installed --report "$WORK/till.json" "$SRC[till]"
"$VENV/bin/python" - "$WORK/till.json" <<'PY'
import json, sys
names = {
    i["metadata"]["name"].lower().replace("_", "-")
    for i in json.load(open(sys.argv[1]))["install"]
}
server_side = sorted(names & {"fastapi", "uvicorn", "starlette", "psycopg", "psycopg-binary"})
if server_side or "pyside6-essentials" not in names:
    sys.exit(f"packaging: the till's extra resolves to {server_side or 'no PySide6'}")
PY
echo "packaging: head office alone serves /health without Qt; the till's extra has no server packages"
