"""The state machine of ``tests/test_stateful.py`` for 10,000 steps (or as many as asked).

    .venv/bin/python -m benchmarks.reliability.stateful                      # 10,000 steps
    .venv/bin/python -m benchmarks.reliability.stateful --total 1000 --steps 50 --no-shrink

Runs the machine that checks both the model and the merge policy's bounds, with new
random sequences each time (not CI's fixed ones), in batches of runs until at least
``--total`` steps have run (Hypothesis ends some runs before ``--steps``). Stops at the
first failure, which
Hypothesis then shrinks (``--no-shrink`` to skip that) and prints with a
``@reproduce_failure`` blob. Writes ``results/stateful.json`` and ``results/stateful.md``
with the steps run, the outcome, and the most segments and deleted documents seen
after any step.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import sys
import time
import traceback
from pathlib import Path

from benchmarks.common import git_head

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(__file__).resolve().parent / "results"


def load_machine_module():
    """tests/test_stateful.py, imported by path (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location("stateful_machine", ROOT / "tests" / "test_stateful.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--total", type=int, default=10_000, help="steps to run at least")
    ap.add_argument("--steps", type=int, default=100, help="steps per run, at most")
    ap.add_argument("--batch", type=int, default=20, help="runs per Hypothesis call")
    ap.add_argument("--no-shrink", action="store_true")
    ap.add_argument("--out", default=str(RESULTS))
    args = ap.parse_args(argv)

    from hypothesis import Phase, settings
    from hypothesis.stateful import invariant, run_state_machine_as_test

    mod = load_machine_module()
    seen = {
        "steps": 0,
        "examples": 0,
        "max_segments": 0,
        "max_deleted": 0,
        "max_deleted_share": 0.0,
        "max_documents": 0,
        "max_stored": 0,
    }

    class Measured(mod.BoundedIndexMachine):
        def __init__(self):
            super().__init__()
            seen["examples"] += 1
            seen["steps"] -= 1  # the invariants also run once before the first step

        @invariant()
        def check_3_measure(self):
            seen["steps"] += 1
            s = self.ix.stats()
            stored = s.documents + s.quotes + s.deleted
            seen["max_segments"] = max(seen["max_segments"], s.segments)
            seen["max_deleted"] = max(seen["max_deleted"], s.deleted)
            seen["max_documents"] = max(seen["max_documents"], s.documents)
            seen["max_stored"] = max(seen["max_stored"], stored)
            if stored:
                seen["max_deleted_share"] = max(seen["max_deleted_share"], s.deleted / stored)

    phases = (Phase.explicit, Phase.reuse, Phase.generate) if args.no_shrink else tuple(Phase)
    conf = settings(
        mod.SETTINGS, max_examples=args.batch, stateful_step_count=args.steps, derandomize=False, phases=phases
    )
    os.chdir(ROOT)  # ids are paths relative to the working directory, as in the tests
    started = time.perf_counter()
    failure = None
    while failure is None and seen["steps"] < args.total:
        try:
            run_state_machine_as_test(Measured, settings=conf)
        except BaseException as exc:  # noqa: BLE001 - the failure is the result
            if isinstance(exc, KeyboardInterrupt):
                raise
            failure = "".join(traceback.format_exception(exc))[-6000:]
        print(f"{seen['steps']} steps in {seen['examples']} runs, {time.perf_counter() - started:.0f} s", flush=True)
    elapsed = time.perf_counter() - started
    result = {
        "benchmark": "stateful",
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "commit": git_head(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "asked": {"steps": args.total, "steps_per_run": args.steps, "shrink": not args.no_shrink},
        "passed": failure is None,
        "steps_run": seen["steps"],
        "examples_run": seen["examples"],
        "elapsed_s": round(elapsed, 1),
        "bounds": {
            "max_segments": mod.MAX_SEGMENTS,
            "deleted_fraction": mod.DELETED_FRACTION,
            "deleted_slack": mod.DELETED_SLACK,
        },
        "observed": {
            k: (round(v, 4) if isinstance(v, float) else v) for k, v in seen.items() if k not in ("steps", "examples")
        },
        "failure": failure,
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "stateful.json").write_text(json.dumps(result, indent=1) + "\n")
    o = result["observed"]
    lines = [
        "# Stateful run: the index against a plain model",
        "",
        f"Run {result['when']} at `{result['commit']}`, {result['machine']['cpus']} CPUs, Python "
        f"{result['machine']['python']}: {result['steps_run']} steps in {result['examples_run']} runs "
        f"(asked {args.total:,}, at most {args.steps} per run), {result['elapsed_s']} s, random sequences. "
        f"Every step checked against the model (documents, ids, word searches, date order, quotes, "
        f"reports) and the merge bounds (segments <= {mod.MAX_SEGMENTS}, deleted <= "
        f"{mod.DELETED_FRACTION:.0%} of stored + {mod.DELETED_SLACK}).",
        "",
        f"**{'Passed' if failure is None else 'Failed'}.** Most seen after any step: {o['max_segments']} segments, "
        f"{o['max_deleted']} deleted documents, deleted share {o['max_deleted_share']:.0%}, "
        f"{o['max_documents']} live articles, {o['max_stored']} stored documents.",
    ]
    if failure:
        lines += ["", "## Failure", "", "```", failure.strip()[-4000:], "```"]
    (out / "stateful.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 0 if failure is None else 1


if __name__ == "__main__":
    sys.exit(main())
