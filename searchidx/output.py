"""Rendering results: ``--json`` (one orjson object), ``--jsonl`` and terminal tables.

Pure functions from result objects (anything with ``to_dict()``) to strings.
"""
from __future__ import annotations

import re
import shutil
import textwrap

import orjson

_MARK = re.compile(r"</?mark>")


def to_json(obj) -> str:
    data = obj.to_dict() if hasattr(obj, "to_dict") else obj
    return orjson.dumps(data, option=orjson.OPT_NON_STR_KEYS).decode()


def to_jsonl(items) -> str:
    return "\n".join(to_json(i) for i in items)


def _width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 140))


def _emphasis(snippet: str, color: bool) -> str:
    if not color:
        return _MARK.sub("", snippet)
    return snippet.replace("<mark>", "\x1b[1m").replace("</mark>", "\x1b[0m")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def table(headers: list[str], rows: list[list], max_widths: dict[int, int] | None = None) -> str:
    """A plain left-aligned table; long cells are cut with an ellipsis."""
    max_widths = max_widths or {}
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], len(v))
    widths = [min(w, max_widths.get(i, w)) for i, w in enumerate(widths)]

    def fit(v: str, w: int) -> str:
        return v if len(v) <= w else v[: max(w - 1, 0)] + "…"

    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(fit(v, w).ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def render_search(res, color: bool = False) -> str:
    width = _width()
    out = [f"{res.total} match{'es' if res.total != 1 else ''} for {res.query!r} "
           f"({len(res.hits)} shown, {res.took_ms:.1f} ms)"]
    for n, h in enumerate(res.hits, start=1):
        date = h.to_dict()["date"] or "undated"
        out.append("")
        out.append(f"{n}. {h.title or h.id}  [{date}]  score {h.score:.2f}")
        out.append(f"   id: {h.id}")
        if h.speakers:
            out.append(f"   speakers: {', '.join(h.speakers)}")
        if h.places:
            out.append(f"   places: {', '.join(h.places[:12])}{' …' if len(h.places) > 12 else ''}")
        if h.snippet:
            # Wrap the plain text so the width is right, then restyle the marks for a terminal.
            wrapped = textwrap.fill(h.snippet if color else _MARK.sub("", h.snippet), width=width - 3)
            out.append(textwrap.indent(_emphasis(wrapped, color), "   "))
    for name, values in res.facets.items():
        out.append("")
        cut = " (more not shown)" if res.facets.truncated.get(name) else ""
        out.append(f"facet {name}{cut}:")
        out.append(table(["value", "count"], [[v, c] for v, c in values], {0: 50}))
    return "\n".join(out)


def render_quotes(res) -> str:
    out = [f"{res.total} quote{'s' if res.total != 1 else ''} for {res.query!r}"]
    rows = [[q.to_dict()["date"] or "", q.speaker or "(unattributed)", q.text, q.title] for q in res.hits]
    if rows:
        out.append(table(["date", "speaker", "quote", "article"], rows, {1: 24, 2: 70, 3: 40}))
    return "\n".join(out)


def render_report(report) -> str:
    d = report.to_dict()
    line = (f"indexed {d['records']} record{'s' if d['records'] != 1 else ''} "
            f"({d['quotes']} quotes): {d['added']} files added, {d['updated']} updated, "
            f"{d['unchanged']} unchanged, {d['deleted']} pruned, {d['skipped']} skipped, "
            f"{d['failed']} failed in {d['took_ms'] / 1000:.1f}s")
    return "\n".join([f"skipped: {s['message']}" for s in d["skips"]]
                     + [f"error: {e['message']}" for e in d["errors"]] + [line])


def render_stats(stats) -> str:
    d = stats.to_dict()
    rows = [["index", d["path"]], ["documents", d["documents"]], ["quotes", d["quotes"]],
            ["speakers", d["speakers"]], ["places", d["places"]],
            ["date span", f"{d['first_date'] or '-'} .. {d['last_date'] or '-'}"],
            ["size on disk", size(d["size_bytes"])],
            ["segments", f"{d['segments']} ({d['deleted']} deleted documents not yet reclaimed)"]]
    return table(["", ""], rows).split("\n", 2)[2]


def size(n: int) -> str:
    """A byte count for people: 1.5 MiB."""
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def render_extraction(rows: list[dict]) -> str:
    out = []
    for r in rows:
        out.append(f"{r['id']}  {r['title'] or ''}  [{r['date'] or 'undated'}]")
        out.append(f"   speakers: {', '.join(r['speakers']) or '-'}")
        out.append(f"   places: {', '.join(r['places']) or '-'}")
        out.append(f"   dates: {', '.join(r['dates']) or '-'}")
        for q in r["quotes"]:
            out.append(f"   - {q['speaker'] or '(unattributed)'}: “{textwrap.shorten(q['text'], 90)}”")
    return "\n".join(out)
