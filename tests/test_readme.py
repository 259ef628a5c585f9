"""Every example in README.md runs as shown: console commands in order, then the Python block."""

import json
import re
import shlex

import pytest
from click.testing import CliRunner

from conftest import ROOT
from searchidx.cli import cli

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"```(console|python)\n(.*?)```", re.S)


def console_examples():
    """(command args, expected output lines) for each `$ searchidx ...` line."""
    examples = []
    for lang, body in BLOCK.findall(README):
        if lang != "console":
            continue
        for chunk in re.split(r"^\$ ", body, flags=re.M)[1:]:
            command, *expected = chunk.rstrip("\n").split("\n")
            examples.append((shlex.split(command), expected))
    return examples


@pytest.fixture()
def workdir(tmp_path, monkeypatch):
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_readme_has_examples():
    assert len(console_examples()) >= 10
    assert "make demo" in README and "make test" in README


def test_console_examples_run_as_shown(workdir):
    for args, expected in console_examples():
        assert args[0] == "searchidx"
        result = CliRunner().invoke(cli, args[1:])
        if expected:
            assert result.output.strip().splitlines() == expected, args
            assert result.exit_code != 0 if expected[0].startswith("Error:") else result.exit_code == 0
        else:
            assert result.exit_code == 0, (args, result.output)
            assert result.output.strip(), args
            if args[1] in ("search", "quotes"):
                # Every example finds something on the shipped corpus.
                first = result.output.lstrip()
                total = json.loads(first)["total"] if first.startswith("{") else int(first.split()[0])
                assert total > 0, args


def test_python_example_runs(workdir, capsys):
    (code,) = [body for lang, body in BLOCK.findall(README) if lang == "python"]
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert int(out[0].split()[0]) >= 6  # "north korean" troops, as words anywhere
    assert "Gordon Preston" in "\n".join(out[2:])
