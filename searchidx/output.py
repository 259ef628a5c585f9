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


#: The width rendering assumes when none is given (the command line passes the terminal's).
DEFAULT_WIDTH = 100


def terminal_width() -> int:
    """The terminal's width in columns, kept between 60 and 160 (100 when not a terminal)."""
    return max(60, min(shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns, 160))


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


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

    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(fit(v, w).ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def _or_list(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def filter_lines(matches) -> list[str]:
    """One line per speaker/place value that matched something other than itself, or
    nothing: "speaker 'Blair' matches Tony Blair, Ian Blair", "no speaker matches 'Bliar';
    did you mean Blair?". A value matching exactly itself needs no line."""
    lines = []
    for m in matches:
        if not m.names:
            hint = f"; did you mean {_or_list(m.suggestions)}?" if m.suggestions else ""
            lines.append(f"no {m.field} matches {m.value!r}{hint}")
        elif list(m.names) != [m.value]:
            lines.append(f"{m.field} {m.value!r} matches {', '.join(m.names)}")
    return lines


def render_search(res, width: int = DEFAULT_WIDTH, color: bool = False, offset: int = 0) -> str:
    """Hits numbered from ``offset + 1``, snippets wrapped to ``width``, then each facet's
    counts as an aligned two-column list."""
    shown = f"{offset + 1}-{offset + len(res.hits)} shown" if res.hits else "none shown"
    out = [f"{res.total} match{'es' if res.total != 1 else ''} for {res.query!r} ({shown}, {res.took_ms:.1f} ms)"]
    out += filter_lines(res.matches)
    undated = getattr(res, "undated", None)
    if undated:
        out.append(
            f"{undated} matching record{'s have' if undated != 1 else ' has'} no date "
            "(outside any --since/--until range, last in date order, not in date facets)"
        )
    suggestion = getattr(res, "suggestion", None)
    if suggestion:
        out.append(f"did you mean: {suggestion}")
    for n, h in enumerate(res.hits, start=offset + 1):
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
        out += facet_lines(name, list(values), bool(res.facets.truncated.get(name)), width)
    return "\n".join(out)


def facet_lines(name: str, values: list, truncated: bool, width: int = DEFAULT_WIDTH) -> list[str]:
    """A facet's values and counts, aligned: ``  Lloyd Austin      12``."""
    if not values:
        return [f"{name}: no values"]
    counts = [f"{c:,}" for _v, c in values]
    count_w = max(len(c) for c in counts)
    value_w = min(max(len(str(v)) for v, _c in values), max(10, width - count_w - 4))
    lines = [f"{name}{' (top ' + str(len(values)) + ')' if truncated else ''}"]
    lines += [f"  {_fit(str(v), value_w):<{value_w}}  {c:>{count_w}}" for (v, _c), c in zip(values, counts)]
    return lines


def render_quotes(res, width: int = DEFAULT_WIDTH, offset: int = 0) -> str:
    """Quoted words and reported speech in lists of their own (one list when the page holds
    only one kind), numbered from ``offset + 1``: speaker with role and date, the words
    wrapped to ``width``, and the article's id and title."""
    direct = [q for q in res.hits if q.direct]
    reported = [q for q in res.hits if not q.direct]
    head = f"{res.total} quote{'s' if res.total != 1 else ''} for {res.query!r}"
    if direct and reported:
        head += f" ({len(direct)} direct, {len(reported)} reported shown)"
    elif reported:
        head += " (reported speech)"
    out = [head] + filter_lines(res.matches)
    numbers = {id(q): n for n, q in enumerate(res.hits, start=offset + 1)}
    if direct and reported:
        out += [
            "",
            "direct quotes:",
            *_quote_list(direct, numbers, width),
            "",
            "reported speech:",
            *_quote_list(reported, numbers, width),
        ]
    elif res.hits:
        out += _quote_list(res.hits, numbers, width)
    return "\n".join(out)


def _quote_list(quotes, numbers: dict, width: int) -> list[str]:
    lines: list[str] = []
    for q in quotes:
        n = numbers[id(q)]
        head = f"{n}. {_speaker_cell(q)}"
        date = q.to_dict()["date"]
        lines.append("")
        lines += textwrap.wrap(f"{head}  [{date}]" if date else head, width=width, subsequent_indent="    ")
        words = f"“{q.text}”" if q.direct else q.text
        lines += textwrap.wrap(words, width=max(20, width - 4), initial_indent="    ", subsequent_indent="     ")
        lines.append(_fit(f"    in {q.article_id}" + (f": {q.title}" if q.title else ""), width))
    return lines


def _speaker_cell(q) -> str:
    if not q.speaker:
        return "(unattributed)"
    return f"{q.speaker} ({q.role})" if q.role else q.speaker


def render_report(report, verbose: bool = False, first: int = 5) -> str:
    """One line per skipped file, replaced duplicate and error, then the summary; without
    ``verbose`` only the ``first`` few of each kind, and a line saying how many more and
    why (each kind's most common reasons) and that ``--verbose`` lists them all."""
    d = report.to_dict()
    out = []
    for label, items, noun in (
        ("skipped", d["skips"], "skipped"),
        ("duplicate", d["duplicates"], "duplicate ids"),
        ("error", d["errors"], "errors"),
    ):
        shown = items if verbose else items[:first]
        out += [f"{label}: {item['message']}" for item in shown]
        if len(items) > len(shown):
            out.append(
                f"{label}: ... and {len(items) - len(shown):,} more {noun}"
                f"{_common_reasons(items[len(shown) :])} (--verbose lists them all)"
            )
    n = d["records"]
    counts = {
        "kept": (d["kept"], "record{} unchanged"),
        "removed": (d["removed"], "record{} removed"),
        "bad": (d["bad_records"], "bad record{}"),
        "dup": (len(d["duplicates"]), "duplicate id{}"),
    }
    extras = [f"{count:,} {what.format('' if count == 1 else 's')}" for count, what in counts.values() if count]
    out.append(
        f"indexed {n:,} record{'s' if n != 1 else ''} ({d['quotes']:,} quotes): {d['added']:,} files added, "
        f"{d['updated']:,} updated, {d['unchanged']:,} unchanged, {d['deleted']:,} pruned, "
        f"{d['skipped']:,} skipped, {d['failed']:,} failed"
        + "".join(f", {e}" for e in extras)
        + f" in {d['took_ms'] / 1000:.1f}s"
    )
    return "\n".join(out)


def _common_reasons(items: list[dict], most: int = 3) -> str:
    """``: 80 unknown file type '.png', 3 not an article`` for the items not listed one by one."""
    counts: dict[str, int] = {}
    for item in items:
        reason = item.get("reason")
        if reason:
            # "symbolic link to a file outside the folder (/x); ..." counts with its kind, not its target
            key = reason.split(" (", 1)[0].split(";", 1)[0].split(":", 1)[0]
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return ""
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:most]
    return ": " + ", ".join(f"{c:,} {k}" for k, c in top) + (", ..." if len(counts) > most else "")


def render_stats(stats) -> str:
    d = stats.to_dict()
    rows = [
        ["index", d["path"]],
        ["documents", d["documents"]],
        ["quotes", d["quotes"]],
        ["speakers", d["speakers"]],
        ["places", d["places"]],
        ["date span", f"{d['first_date'] or '-'} .. {d['last_date'] or '-'}"],
        ["size on disk", size(d["size_bytes"])],
        ["segments", f"{d['segments']} ({d['deleted']} deleted documents not yet reclaimed)"],
    ]
    return table(["", ""], rows).split("\n", 2)[2]


def size(n: int) -> str:
    """A byte count for people: 1.5 MiB."""
    value = float(n)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return str(value)


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
