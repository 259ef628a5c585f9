"""Acceptance checks on the seed article, read the way ``searchidx index`` reads it.

The article (``<shared>/seeds/000_27803e0175fbeeb4.txt``) goes through
``searchidx.ingest`` so title, author and date come from its header; the body
is then extracted with the header date as reference. ``evaluate`` returns
pass/fail per check; ``python -m benchmarks.extraction.seed`` prints them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SEED_NAME = "000_27803e0175fbeeb4.txt"
TITLE = "North Korean troops deployed to Russia, as US/NATO ramps up Ukraine war"
AUTHOR = "Peter Symonds"
DATE = "2024-10-27"
REQUIRED_SPEAKERS = {
    "Vladimir Putin",
    "Volodymyr Zelenskyy",
    "Lloyd Austin",
    "John Kirby",
    "Gabrielius Landsbergis",
    "Benjamin Haddad",
}
OPTIONAL_SPEAKERS = {"Emmanuel Macron"}
#: (fragment of a quotation, its speaker); None = a scare quote or a cited source.
QUOTES = [
    ("he never doubted", "Vladimir Putin"),
    ("What and how we will do", "Vladimir Putin"),
    ("We know who is present there", "Vladimir Putin"),
    ("combat zones", "Volodymyr Zelenskyy"),
    ("a clear escalation by Russia", "Volodymyr Zelenskyy"),
    ("strong response", "Volodymyr Zelenskyy"),
    ("a very, very serious issue", "Lloyd Austin"),
    ("it will have impacts", "Lloyd Austin"),
    ("We do not yet know", "John Kirby"),
    ("fair game", "John Kirby"),
    ("If information about", "Gabrielius Landsbergis"),
    ("President Macron has said", "Benjamin Haddad"),
    ("Yes.", "Benjamin Haddad"),
    ("actual involvement in combat", "Volodymyr Zelenskyy"),
    ("if their intention is", "Lloyd Austin"),
    ("impact things in the Indo-Pacific", "Lloyd Austin"),
    ("boots on the ground", "Gabrielius Landsbergis"),
    ("red lines", None),
    ("mutual assistance in the event", None),  # the treaty's text
    ("military and other assistance", None),
    ("the French position remains", None),  # a question put to Haddad
    ("90,000 or more", None),
    ("comprehensive strategic partnership", None),
]
#: (fragment of a statement in reported speech, its speaker): every one the article has.
REPORTED = [
    ("North Korean soldiers were expected", "Volodymyr Zelenskyy"),
    ("backers to put pressure on Moscow", "Volodymyr Zelenskyy"),  # "called on Ukraine's backers to"
    ("NATO officers and instructors were directly involved", "Vladimir Putin"),
    ("time for European countries to revisit", "Gabrielius Landsbergis"),
    ("North Korea had sent 13,000 containers", None),  # "South Korean intelligence claims that"
    ("Seoul had sent at least 500,000", None),  # a newspaper "reported that"
    ("the Pentagon was seeking a further 330,000", None),  # "A Washington Post article reported"
    ("the North Korean deployment will not only affect Europe", "Lloyd Austin"),  # "Austin's warning that"
]
PLACES = {"Kursk", "Indo-Pacific", "Middle East"}
NOT_PLACES = {"Austin"}
DATES = [("last Thursday", "2024-10-24"), ("On Friday", "2024-10-25")]


def read_seed(shared_dir: Path):
    """The seed article as a Record, through the ingest layer."""
    from searchidx.ingest import SourceFile, read_file

    path = Path(shared_dir) / "seeds" / SEED_NAME
    src = SourceFile(path.as_posix(), str(path.resolve()), True)
    records = read_file(src, path.read_bytes())
    return records[0]


def evaluate(shared_dir: Path) -> dict:
    from searchidx.extract import extract

    rec = read_seed(shared_dir)
    x = extract(rec.body, rec.date)
    checks: dict[str, bool] = {}
    checks["title"] = rec.title == TITLE
    checks["author"] = rec.author == AUTHOR
    checks["date"] = rec.date is not None and rec.date.date().isoformat() == DATE
    speakers = set(x.speakers)
    checks["speakers_required"] = REQUIRED_SPEAKERS <= speakers
    checks["speakers_nobody_else"] = not (speakers - REQUIRED_SPEAKERS - OPTIONAL_SPEAKERS)
    checks["byline_author_not_speaker"] = AUTHOR not in speakers
    direct = [q for q in x.quotes if q.direct]
    reported = [q for q in x.quotes if not q.direct]
    for fragment, speaker in QUOTES:
        hits = [q for q in direct if fragment in q.text]
        checks[f"quote:{fragment}"] = bool(hits) and hits[0].speaker == speaker
    for fragment, speaker in REPORTED:
        hits = [q for q in reported if fragment in q.text]
        checks[f"reported:{fragment}"] = bool(hits) and hits[0].speaker == speaker

    # every quotation (and statement in reported speech) found is one of the above, with its speaker
    def expected(q, table):
        for fragment, speaker in table:
            if fragment in q.text:
                return speaker
        return "(unexpected quotation)"

    checks["quotes_all_attributed"] = all(expected(q, QUOTES) == q.speaker for q in direct)
    checks["reported_all_attributed"] = all(expected(q, REPORTED) == q.speaker for q in reported)
    checks["offsets_exact"] = all(
        rec.body[m.start : m.end] == m.text for m in [*x.quotes, *x.place_mentions, *x.date_mentions]
    )
    places = set(x.places)
    for p in sorted(PLACES):
        checks[f"place:{p}"] = p in places
    for p in sorted(NOT_PLACES):
        checks[f"not_place:{p}"] = p not in places and not any(m.text == p for m in x.place_mentions)
    got = {(d.text, d.value) for d in x.date_mentions}
    for text, value in DATES:
        checks[f"date:{text}"] = (text, value) in got
    failed = [k for k, v in checks.items() if not v]
    return {
        "checks": checks,
        "passed": len(checks) - len(failed),
        "total": len(checks),
        "failed": failed,
        "speakers": x.speakers,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not (args.shared / "seeds" / SEED_NAME).exists():
        print(f"seed article not found under {args.shared}", file=sys.stderr)
        return 2
    res = evaluate(args.shared)
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        for k, v in res["checks"].items():
            print(f"  {'PASS' if v else 'FAIL'}  {k}")
        print(f"seed: {res['passed']}/{res['total']} checks pass")
    return 0 if not res["failed"] else 1


if __name__ == "__main__":
    sys.exit(main())
