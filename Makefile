# Thin wrapper over the CMake presets. The README's two commands:
#   make run    install what is missing, build, analyze the bundled example
#   make test   install what is missing, build, run the whole test suite
JOBS ?= $(shell nproc)

.PHONY: deps run test build release asan-test tsan-test clean

deps:
	./scripts/install-deps.sh

release: deps
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)

run: release
	./build/release/rehope analyze examples/article.txt

build: deps
	cmake --preset dev >/dev/null
	cmake --build --preset dev -j $(JOBS)

test: build
	ctest --preset dev -j $(JOBS)

asan-test: deps
	cmake --preset asan >/dev/null
	cmake --build --preset asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

tsan-test: deps
	cmake --preset tsan >/dev/null
	cmake --build --preset tsan -j $(JOBS)
	ctest --preset tsan -j $(JOBS) -L threads

clean:
	rm -rf build
