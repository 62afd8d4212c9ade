# ADE Doctor: `make run` starts the bot, `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Pinned like the dev tools in pyproject.toml; tests/test_wheel.py relies on `pip --python`.
PIP_VERSION := 26.3

.PHONY: run test setup lint typecheck imports pytest bench bench-turns playground package clean venv catalogs
HOST ?= 127.0.0.1
PORT ?= 3978

# With no MicrosoftAppId (environment or .env) this is the local, anonymous demo bot.
run: $(STAMP)
	$(BIN)/ade-doctor serve --host $(HOST) --port $(PORT) $(if $(SNAPSHOT),--snapshot $(SNAPSHOT))

# setup comes first, so a machine that lacks something stops before any check runs.
test: setup lint typecheck imports pytest

# What the tests need beyond .venv: Debian's Chromium, Node.js, PostgreSQL server binaries and the
# pinned npm packages. As root it installs what is missing; otherwise it prints the command to run.
# `make run` does not need any of it.
setup:
	@tools/setup_system.sh

# Chat with the local bot in Microsoft 365 Agents Playground (a Teams-like web client).
playground: $(STAMP) setup
	BIN=$(BIN) tests/playground/run_interactive.sh

venv: $(STAMP)

# Debian's python3 lacks ensurepip until python3-venv is installed; as root we install it.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "ADE Doctor needs Python >= 3.11 (PYTHON=$(PYTHON))"; exit 1; }
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
		rm -rf $(VENV); \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv; \
		fi; \
		$(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet pip==$(PIP_VERSION)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check bot tests bench tools
	$(BIN)/ruff format --check bot tests bench tools

typecheck: $(STAMP)
	$(BIN)/mypy

imports: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) setup
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/bench_diagnose.py
	$(BIN)/python bench/bench_devices.py
	$(BIN)/python bench/bench_cards.py
	$(BIN)/python bench/bench_intents.py
	$(BIN)/python bench/bench_graph.py
	$(BIN)/python bench/bench_alerts.py
	$(BIN)/python bench/bench_storage.py
	$(BIN)/python bench/bench_metrics.py

# The bot's turn cost against a bare botbuilder echo bot and the Agents SDK echo bot.
bench-turns: $(STAMP)
	bash bench/setup_agents_venv.sh
	$(BIN)/python bench/bench_turns.py --servers botbuilder-echo,agents-echo,ade-doctor --turns 2000

# make package APP_ID=<the Azure Bot's Microsoft App ID> [VERSION=X.Y.Z]: the zip for Teams.
package: $(STAMP)
	$(BIN)/ade-doctor package --app-id "$(APP_ID)" $(if $(VERSION),--version "$(VERSION)") --out ade-doctor.zip

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache .hypothesis

LANGS := ru zh_Hans pl pt_BR vi
catalogs: $(STAMP)
	$(BIN)/pybabel extract -F pyproject.toml --add-comments=Translators: --sort-by-file \
		--no-wrap --project=ade-doctor --copyright-holder="ADE Doctor" -o locales/messages.pot bot
	for lang in $(LANGS); do \
		if [ -f locales/$$lang/LC_MESSAGES/messages.po ]; then \
			$(BIN)/pybabel update --no-wrap --ignore-obsolete -i locales/messages.pot -d locales -l $$lang; \
		else \
			$(BIN)/pybabel init --no-wrap -i locales/messages.pot -d locales -l $$lang; \
		fi; \
	done
