# The two commands of the README: `make run` and `make test`. Everything they need is
# installed from here, so a fresh machine of this kind only needs Python and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_HOME := $(CURDIR)/.demo
# The demo till's key; a real till takes POS_DB_KEY, the OS keyring or a prompt.
DEMO_KEY := demo-till-key-not-secret
ALT_SQLCIPHER := $(VENV)/alt-sqlcipher

# Qt's runtime libraries (offscreen and xcb), Xvfb for screenshots, fonts for the UI.
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 fontconfig libfontconfig1 \
	libdbus-1-3 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1 xvfb xauth \
	fonts-dejavu-core

.PHONY: run test lint bench dist system-packages venv postgres translations clean packaging

system-packages:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "missing system packages (install them as root):$$missing" >&2; exit 1; \
	  fi; \
	fi

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip setuptools wheel
	$(BIN)/pip install -q -e '.[dev]'
	@# A second, independent SQLCipher 4 build: the test that a stock tool opens our file uses it.
	$(BIN)/pip install -q --target $(ALT_SQLCIPHER) 'sqlcipher3-wheels==0.5.7'
	touch $@

venv: system-packages $(STAMP) translations

translations: $(STAMP)
	@if [ -f ui/translations/Makefile.inc ] || ls ui/translations/*.ts >/dev/null 2>&1; then \
	  for ts in ui/translations/*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done; \
	fi

run:
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display here: run it on a virtual screen with 'xvfb-run -a make run'." >&2; exit 1; fi
	@$(MAKE) --no-print-directory venv
	@POS_HOME=$(DEMO_HOME) POS_DB_KEY=$(DEMO_KEY) $(BIN)/python -m till.demo
	POS_HOME=$(DEMO_HOME) POS_DB_KEY=$(DEMO_KEY) $(BIN)/pos gui

# PostgreSQL serves the head-office tests; start it if this machine stopped it.
postgres:
	@pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null || \
	  (pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql | head -1) main start 2>/dev/null && sleep 2) || \
	  echo "PostgreSQL is not running on 127.0.0.1:5432; its tests will fail" >&2

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: venv postgres lint packaging
	QT_QPA_PLATFORM=offscreen POS_ALT_SQLCIPHER=$(ALT_SQLCIPHER) $(BIN)/pytest -q --durations=20

# Head office is its own deployable: a clean environment with only its extra serves /health
# and has no Qt; the till's extra brings no web server or PostgreSQL driver.
packaging: venv
	@PYTHON=$(PYTHON) bash .ci/packaging.sh

bench: venv postgres
	$(BIN)/python -m bench

dist: venv
	$(BIN)/pyinstaller --noconfirm --clean pos.spec

clean:
	rm -rf $(VENV) .venv-headoffice build dist .demo .pytest_cache .mypy_cache .ruff_cache
