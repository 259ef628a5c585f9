# Two entry points for a fresh machine with Python and make: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
INDEX  ?= .searchidx

.PHONY: demo test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Byte-compiled up front: where PYTHONDONTWRITEBYTECODE is set, every command would
# otherwise compile searchidx from source (about 60 ms of a one-off search).
$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	$(BIN)/python -m compileall -q searchidx
	touch $@

demo: $(VENV)/.installed
	$(BIN)/searchidx index --index $(INDEX) corpus/
	$(BIN)/searchidx search --index $(INDEX) '"North Korean troops"' --facet speaker --facet place --facet month
	$(BIN)/searchidx search --index $(INDEX) ukraine --speaker "Gordon Preston" --since 2024-10-01 --until 2024-10-31
	$(BIN)/searchidx quotes --index $(INDEX) ukraine --speaker "Gordon Preston" --limit 5
	$(BIN)/searchidx stats --index $(INDEX)

# Lint, format check and type check first: cheap, and a failure names the file.
test: $(VENV)/.installed
	$(BIN)/ruff check searchidx tests benchmarks
	$(BIN)/ruff format --check searchidx tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(INDEX)
