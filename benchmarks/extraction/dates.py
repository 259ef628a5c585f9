"""Date mentions against TimeML DATE expressions (``python -m benchmarks.extraction.dates``).

Each ``.tml`` file under ``tempeval3/TBAQ-cleaned/{TimeBank,AQUAINT}`` gives one
body: the content of its ``<TEXT>`` element with the tags removed and XML
entities decoded. The TIMEX3 whose ``functionInDocument`` is ``CREATION_TIME``
is the reference date. Gold mentions are the TIMEX3 of type DATE inside TEXT.

* span: one-to-one overlap matching of predicted mentions to gold DATE spans;
* value: a predicted mention is right if it overlaps a gold DATE span (each used
  once) and its value equals the gold value (a part of day such as ``TMO`` on
  the gold value is dropped before comparing, as is ``T24:00`` style time).

Predicted mentions that overlap a gold TIMEX3 of another type (TIME, DURATION,
SET) count as false positives in the main figures; ``other_timex_ignored``
gives the figures with those left out.
"""

from __future__ import annotations

import html
import json
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from benchmarks.extraction.scoring import PRF, overlaps

DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z]+)="([^"]*)"')


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class Doc:
    name: str
    text: str
    dct: date | None
    timexes: list[Timex] = field(default_factory=list)

    @property
    def dates(self) -> list[Timex]:
        return [t for t in self.timexes if t.type == "DATE"]


def parse_tml(xml: str, name: str = "") -> Doc:
    """One TimeML document -> body text of <TEXT>, creation date and TIMEX3 spans."""
    dct = None
    for m in re.finditer(r"<TIMEX3\b([^>]*)>", xml):
        attrs = dict(_ATTR.findall(m.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = _iso_date(attrs.get("value", ""))
            break
    ts = xml.find("<TEXT>")
    te = xml.rfind("</TEXT>")
    if ts < 0:
        ts, te = 0, len(xml)
    else:
        ts += len("<TEXT>")
        if te < ts:
            te = len(xml)
    inner = xml[ts:te]
    out: list[str] = []
    pos = 0
    last = 0
    stack: list[tuple[int, dict]] = []
    timexes: list[Timex] = []
    for m in _TAG.finditer(inner):
        chunk = html.unescape(inner[last : m.start()])
        out.append(chunk)
        pos += len(chunk)
        last = m.end()
        closing, tag, attrs_s, selfclose = m.groups()
        if tag != "TIMEX3" or selfclose:
            continue
        if not closing:
            stack.append((pos, dict(_ATTR.findall(attrs_s))))
        elif stack:
            s, attrs = stack.pop()
            timexes.append(Timex(s, pos, attrs.get("type", ""), attrs.get("value", ""), ""))
    out.append(html.unescape(inner[last:]))
    text = "".join(out)
    for t in timexes:
        t.text = text[t.start : t.end]
    timexes.sort(key=lambda t: t.start)
    return Doc(name, text, dct, timexes)


def _iso_date(v: str) -> date | None:
    try:
        return date.fromisoformat(v[:10])
    except ValueError:
        return None


def load(data_dir: Path) -> list[Doc]:
    root = Path(data_dir) / "tempeval3" / "TBAQ-cleaned"
    docs = []
    for sub in ("TimeBank", "AQUAINT"):
        for p in sorted((root / sub).glob("*.tml")):
            docs.append(parse_tml(p.read_text(encoding="utf-8"), f"{sub}/{p.name}"))
    return docs


def norm_value(v: str) -> str:
    """Gold values compared without a time part: ``1998-02-27TMO`` -> ``1998-02-27``."""
    return v.split("T", 1)[0] if re.match(r"\d{4}-\d\d-\d\dT", v) else v


def score_doc(
    doc: Doc, pred: list[tuple[int, int, str]], ignore_other: bool = False, errors: list | None = None
) -> tuple[PRF, PRF]:
    gold = doc.dates
    if ignore_other:
        others = [(t.start, t.end) for t in doc.timexes if t.type != "DATE"]
        pred = [
            p
            for p in pred
            if not any(overlaps((p[0], p[1]), o) for o in others)
            or any(overlaps((p[0], p[1]), (g.start, g.end)) for g in gold)
        ]
    used_span: set[int] = set()
    used_val: set[int] = set()
    span_tp = val_tp = 0
    for s, e, v in pred:
        hit = None
        for i, g in enumerate(gold):
            if i not in used_span and overlaps((s, e), (g.start, g.end)):
                used_span.add(i)
                span_tp += 1
                hit = g
                break
        ok = False
        for i, g in enumerate(gold):
            if i not in used_val and overlaps((s, e), (g.start, g.end)) and norm_value(g.value) == v:
                used_val.add(i)
                val_tp += 1
                ok = True
                break
        if errors is not None and not ok:
            if hit is None:
                errors.append(("FP", doc.name, doc.text[s:e], v, "", _ctx(doc.text, s, e)))
            else:
                errors.append(("VAL", doc.name, doc.text[s:e], v, hit.value, _ctx(doc.text, hit.start, hit.end)))
    if errors is not None:
        for i, g in enumerate(gold):
            if i not in used_span:
                errors.append(("FN", doc.name, g.text, "", g.value, _ctx(doc.text, g.start, g.end)))
    n_pred, n_gold = len(pred), len(gold)
    return (PRF(span_tp, n_pred - span_tp, n_gold - span_tp), PRF(val_tp, n_pred - val_tp, n_gold - val_tp))


def _ctx(text: str, s: int, e: int) -> str:
    return (text[max(0, s - 50) : s] + "[" + text[s:e] + "]" + text[e : e + 50]).replace("\n", " ")


def predicted(doc: Doc) -> list[tuple[int, int, str]]:
    from searchidx.extract import extract

    return [(d.start, d.end, d.value) for d in extract(doc.text, doc.dct).date_mentions]


def evaluate(data_dir: Path, limit: int | None = None, errors: list | None = None) -> dict:
    docs = load(data_dir)
    if limit is not None:
        docs = docs[:limit]
    span, value, span_i, value_i = PRF(), PRF(), PRF(), PRF()
    t0 = time.perf_counter()
    for doc in docs:
        pred = predicted(doc)
        s, v = score_doc(doc, pred, errors=errors)
        span, value = span.add(s), value.add(v)
        s, v = score_doc(doc, pred, ignore_other=True)
        span_i, value_i = span_i.add(s), value_i.add(v)
    secs = time.perf_counter() - t0
    return {
        "documents": len(docs),
        "gold_dates": span.tp + span.fn,
        "span": span.to_dict(),
        "value": value.to_dict(),
        "other_timex_ignored": {"span": span_i.to_dict(), "value": value_i.to_dict()},
        "seconds": round(secs, 2),
    }


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--errors", type=Path, help="write FP/FN/VAL lines with context to this file")
    args = ap.parse_args(argv)
    errs: list | None = [] if args.errors else None
    res = evaluate(args.data, args.limit, errs)
    sp, va = res["span"], res["value"]
    print(
        f"dates: {res['documents']} docs, {res['gold_dates']} gold DATE  span P {sp['precision']:.3f} "
        f"R {sp['recall']:.3f} F1 {sp['f1']:.3f}  value P {va['precision']:.3f} R {va['recall']:.3f} "
        f"F1 {va['f1']:.3f}  ({res['seconds']} s)"
    )
    print(json.dumps(res))
    if errs is not None:
        args.errors.write_text("".join("\t".join(r) + "\n" for r in errs), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
