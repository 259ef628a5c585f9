"""A press conference written up under topic headers: one person's answers, each under its topic.

    Here is what Lindqvist had to say.

    On the injury:

    "It's a bad one ..."

The answers carry no cue of their own, and the headers name other people ("On Thornhill's
comments:"), so neither the chain of quotations nor a pronoun's nearest name finds the speaker:
the person the paragraph before the first header names is the one answering, until a paragraph
of narration names someone else or carries no quotation.
"""

from __future__ import annotations

import re

from .gender import pronoun_gender

#: A topic header on a paragraph of its own: "On Adeyemi-Cole's injury:".
_HEADER = re.compile(r"On[ \t]+[^\n\"“”‘’]{1,100}:[ \t]*")
_PARAGRAPH = re.compile(r"[^\n]+")
_OPENING = "\"“‘'"


def _paragraphs(body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(body) if m.group().strip()]


def _narrative_people(ppl, s: int, e: int) -> set[str]:
    return {m.name for m in ppl.mentions if s <= m.start < e and not m.in_quote}


def topic_headed_answers(ctx, rows: list) -> None:
    """Give the quotations under "On ...:" headers the person named just before the first header
    ("Here is what Lindqvist had to say."), when they have no speaker or only a pronoun's."""
    body = ctx.body
    if "On " not in body:
        return
    paras = _paragraphs(body)
    headers = [i for i, (s, e) in enumerate(paras) if _HEADER.fullmatch(body, s, e)]
    if len(headers) < 2:
        return  # one "On ...:" line is a label, not a write-up under topics
    ppl = ctx.people
    spans: list[tuple[int, int, tuple]] = []  # (start, end, the introducer's mention) of each run
    i = 0
    while i < len(headers):
        h = headers[i]
        if h == 0:
            i += 1
            continue
        ps, pe = paras[h - 1]
        named = [m for m in ppl.mentions if ps <= m.start < pe and not m.in_quote]
        if len({m.name for m in named}) != 1:
            i += 1
            continue
        speaker = named[-1].name
        end = h + 1
        while end < len(paras):
            s, e = paras[end]
            if _HEADER.fullmatch(body, s, e):
                end += 1
                continue
            if not any(c in body[s:e] for c in _OPENING) or _narrative_people(ppl, s, e) - {speaker}:
                break
            end += 1
        m = named[-1]
        spans.append((paras[h][0], paras[end - 1][1], (speaker, m.start, m.end, ppl.roles.get(speaker))))
        i += 1
        while i < len(headers) and headers[i] < end:
            i += 1
    if not spans:
        return
    want = ppl.gender_of
    for row in rows:
        q, res = row[0], row[1]
        for s, e, said in spans:
            if not s <= q.open < e:
                continue
            speaker = said[0]
            mention = body[res[1] : res[2]].lower() if res is not None and res[1] is not None else None
            pronoun = mention is not None and pronoun_gender(mention) is not None
            if (
                res is None
                or res[0] is None
                or (pronoun and want(speaker) in (None, pronoun_gender(mention)) and res[0] != speaker)
            ):
                row[1], row[2] = said, "cont"
            break
