"""Quotations that go on: pieces of one quotation, and quotes that continue a speaker.

News rarely repeats the attribution. ``"A," she said. "B."`` and a following paragraph
``"C."`` are all hers; so is a paragraph opening with a quotation mark after an unclosed
one (a quotation over several paragraphs), and so is ``"First part. "Second part.``
(the same, on one line, where paragraph breaks were lost). The rules here work on the
rows ``quotes.attribute`` builds, ``[quote, result, kind, anchor, sentence, question]``,
where ``result`` is ``(speaker, mention start, mention end, role)`` or None:

* ``spread_within_quotations``: the pieces of one multi-paragraph quotation share the
  attribution any one of them has (often only the last: ``"A. "B," he said.``);
* ``continue_speakers``: a quote with no attribution of its own that opens a sentence
  takes the speaker of the last attributed quote before it, within its paragraph or
  across the following ones, unless another person, a new cue verb or a stretch of
  narrative comes in between;
* ``quotation_numbers``: which pieces form one quotation (one record in the index).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import lexicon as L
from .gender import pronoun_gender, word_gender
from .names import (
    APPOSED_SAYS,
    DESCRIBED_PERSON,
    INTRODUCED_BEFORE,
    KIN_BEFORE,
    PRONOUN_OPENS,
    SENTENCE_OPENS_BEFORE,
    another_office,
    is_first_name,
    lower_words,
    role_covers,
    role_words,
)
from .places import ORG, OTHER, PLACE
from .rx import ORG_NAME, RUNS_ON_AS_BODY, STUDY_NOUNS, alternation, made_document

#: Narrative words between two quotes beyond which a quote no longer continues the last speaker.
MAX_GAP_WORDS = 40
#: Fewer words than this make a cry or a label ("No!", "Related:"), which goes on from nobody.
MIN_WORDS = 4
#: What may surround a quote that opens its sentence: spaces, brackets, emphasis marks.
_LEAD = " \t\r\n([*_-—–"
_WORD = re.compile(r"[A-Za-z0-9’'-]+")


def spread_within_quotations(rows: list) -> None:
    """Give every piece of a multi-paragraph quotation the attribution one of its pieces has."""
    i = 0
    n = len(rows)
    while i < n:
        j = i + 1
        while j < n and rows[j][0].cont:
            j += 1
        if j - i > 1:
            own = next((r for r in rows[i:j] if r[1] is not None and r[1][0] is not None and not r[5]), None)
            own = own or next((r for r in rows[i:j] if r[1] is not None and not r[5]), None)
            if own is not None:
                for r in rows[i:j]:
                    if r[1] is None and not r[5]:
                        r[1], r[2], r[3] = own[1], "inh", own[3]
                    elif r[1] is not None and r[1][0] is None and own[1][0] is not None and not r[5]:
                        # '"A. "B," she warned.' after 'Jan Berry said:': one quotation, one
                        # speaker; the piece keeps its own mention
                        r[1] = (own[1][0], r[1][1], r[1][2], own[1][3])
        i = j


def _opens_sentence(ctx, row) -> bool:
    q, si = row[0], row[4]
    if q.cont:
        return True
    ss, _ = ctx.sentences[si]
    return not ctx.body[ss : q.open].strip(_LEAD)


#: An apposition after a speaker's name: ", publisher of ...", ", a professor at ...".
_APPOSITION_AFTER = re.compile(r",[ \t]+(?:(?:the|a|an)[ \t]+)?[a-z]")


def continue_speakers(ctx, rows: list, cue_rx: re.Pattern, is_title, reported=()) -> None:
    """Quotes with no attribution that open a sentence inherit the last speaker before them.

    The last speaker is that of the last attributed quote, or of reported speech after it
    (``He said the rules were clear.`` then a paragraph ``"If in doubt, keep it."``). The
    chain stops at another named person or a cue verb in the narrative between the two
    (a new attribution this quote may belong to, or a new topic), or after
    ``MAX_GAP_WORDS`` words of narrative.
    """
    body = ctx.body
    ends = [r.end for r in reported]
    last = None  # index of the row whose attribution a following quote may inherit
    for i, row in enumerate(rows):
        q = row[0]
        if row[5]:
            continue  # a question put to someone, or a title: neither gives nor takes
        if row[1] is not None:
            last = i
            continue
        if not _opens_sentence(ctx, row) or is_title(body, q):
            continue
        if not q.cont and len(_WORD.findall(body, q.start, q.end)) < MIN_WORDS:
            continue  # "Nooooo!", "Related:": a cry or a label, no statement going on
        res = anchor = None
        if last is not None:
            p = rows[last]
            # the attribution after the previous quote, when it had one before it as well
            res, anchor = p[6] if len(p) > 6 and p[6] is not None else (p[1], p[3])
            gap_start = max(p[0].outer_end, anchor or 0)
            if gap_start > q.open:
                gap_start = p[0].outer_end
            elif anchor and _APPOSITION_AFTER.match(
                body, res[2] if res is not None and res[1] is not None and res[1] >= anchor else anchor
            ):
                # '..., said Ann Lee, publisher of Orlando-based Harbour Magazine. "..."': the names
                # in the speaker's apposition describe her, they start no new attribution
                ae = ctx.sentences[ctx.sentence_of(anchor - 1)][1]
                if ae <= q.open:
                    gap_start = max(gap_start, ae)
            src = last
        # reported speech after that quote, and before this one, is more recent
        k = bisect_right(ends, q.open) - 1
        if k >= 0 and (last is None or reported[k].start >= rows[last][0].outer_end):
            r = reported[k]
            res, anchor, gap_start = r.result, r.anchor, max(r.end, r.anchor)
            src = _rows_before(rows, r.end)
        if res is None:
            continue
        if src >= 0 and _answers(body, rows[src][0], q) and not _rhetorical(body, rows[src], anchor):
            continue  # "“...?” she asked. ¶ “No!”": an answer, from someone else
        if not (q.cont and last == i - 1) and not _clear_gap(ctx, rows, src, i, gap_start, q.open, res, cue_rx):
            last = None
            continue
        pm = _PRONOUN_LED.fullmatch(body, _para_start(body, q.open), q.open) if not q.cont else None
        if pm is not None and res[0] is not None:
            # "“...,” he said. ¶ She put the menu down. “...”": the paragraph's own subject, of
            # the other sex, speaks, not the last speaker
            want = "f" if pm.group(1) == "She" else "m"
            if ctx.people.gender_of(res[0]) not in (None, want):
                r = ctx.resolve_pronoun(pm.start(1), pm.end(1))
                if r is not None and r[0] is not None and ctx.people.gender_of(r[0]) == want:
                    row[1], row[2], row[3] = r, "cont", pm.end(1)
                    last = i
                else:
                    last = None
                continue
        row[1], row[2], row[3] = res, "cont", anchor
        last = i


#: A paragraph that opens with one short sentence about "he" or "she", then a quotation.
_PRONOUN_LED = re.compile(r"[ \t]*(He|She)\b[^.!?\"“”\n]{1,120}[.!?][ \t]*")


def _para_start(body: str, pos: int) -> int:
    return body.rfind("\n", 0, pos) + 1


def _opens_paragraph(body: str, q) -> bool:
    return not body[_para_start(body, q.open) : q.open].strip(_LEAD)


def _paragraph_before(body: str, ap: int) -> int:
    """Start of the last paragraph with words in it before the one starting at ``ap``."""
    pp = _para_start(body, max(0, ap - 1))
    while pp > 0 and not body[pp:ap].strip():
        pp = _para_start(body, pp - 1)
    return pp


def _asks(body: str, q) -> bool:
    return body[q.start : q.end].rstrip("’'”\" ").endswith("?")


def exchanges(ctx, rows: list) -> None:
    """In an exchange laid out as paragraphs (a question someone asks, an answer, the next
    question), a question with no cue of its own is the questioner's, not the answerer's the
    chain of ``continue_speakers`` gives it, and the uncued paragraph answering it is the
    answerer's: ``“Did you see it?” asked the prosecutor. ¶ “Yes,” Quayle said. ¶ “What did
    you do?” ¶ “Nothing.”`` The questioner may be told in narrative ("opened by asking Mr
    Ashdown"). Two more turns of an exchange: a quotation that speaks to the speaker it went
    on from ("..., chair.") is the other side's, and a reply cued by a description that named
    no one ("the First Minister replied") is the person just told being asked."""
    body = ctx.body
    for i, row in enumerate(rows):
        q = row[0]
        res = row[1]
        if res is not None and res[0] is None and res[1] is not None and row[3] is not None:
            asked = _asked_before(ctx, row[0], res, row[3])
            if asked is not None:
                # "Huw Penry was asked whether ... . “Absolutely,” the First Minister replied.":
                # the one asked answers, whatever the article called him
                row[1] = (asked.name, res[1], res[2], ctx.people.roles.get(asked.name))
            continue
        if (
            res is not None
            and res[0] is not None
            and res[1] is not None
            and row[3] is not None
            and body[res[1] : res[2]] in ("he", "she", "He", "She")
        ):
            asked = _asked_before(ctx, row[0], res, row[3], pronoun=body[res[1] : res[2]].lower())
            if asked is not None and asked.name != res[0]:
                # "Jun Takeda asked Prentiss-Amadi why ... ¶ “...,” she answered.": the one asked
                # answers, not the asker the pronoun found nearer
                row[1] = (asked.name, res[1], res[2], ctx.people.roles.get(asked.name))
                continue
        if row[1] is not None and row[2] not in ("cont", "prev") or row[5] or q.cont:
            continue
        if (
            row[1] is not None
            and row[1][0]
            and _addressed(ctx, q, row[1][0], row[1][3] or ctx.people.roles.get(row[1][0]))
        ):
            # "“That sounds like a no,” the chair said. ¶ “It's an 'I'll reflect on it', chair.”":
            # no one speaks to themselves; the other side of the exchange does
            other = next((r for r in reversed(rows[:i]) if r[1] is not None and r[1][0] != row[1][0]), None)
            if other is not None:
                row[1], row[2], row[3] = other[1], "cont", other[3]
            continue
        if not (_asks(body, q) and _opens_paragraph(body, q)) or i < 1:
            continue
        # the paragraph before with quotes: one answerer, and opening with the answer
        a = i - 1
        ap = _para_start(body, rows[a][0].open)
        first = a
        while first > 0 and rows[first - 1][0].open >= ap:
            first -= 1
        answer = rows[first]
        if answer[1] is None or not _opens_paragraph(body, answer[0]):
            continue
        if any(r[1] is None or r[1][0] != answer[1][0] for r in rows[first:i]):
            continue
        # and the paragraph before that ends on the question it answers, someone else's, or
        # tells of someone asking ("The chair opened by asking Mr Ashdown how many ...")
        asker = _quoted_asker(body, rows, first, answer[1][0]) or _narrated_asker(ctx, ap, answer[1][0])
        if asker is None:
            continue
        row[1], row[2], row[3] = asker[0], "cont", asker[1]
        if i + 1 < len(rows):
            nxt = rows[i + 1]
            n0 = nxt[0]
            between = body[q.outer_end : n0.open]
            if (
                (nxt[1] is None or nxt[2] in ("cont", "prev"))
                and not nxt[5]
                and not n0.cont
                and between.count("\n") >= 1
                and not between.strip(_LEAD)
                and not _asks(body, n0)
            ):
                nxt[1], nxt[2], nxt[3] = answer[1], "cont", answer[3]


def two_sided_exchanges(ctx, rows: list) -> None:
    """In an interview laid out as paragraphs that alternate between two people, the uncued
    answer to one side's quoted question is the other side's, and the uncued question after that
    answer is the first side's again: ``“I burned it,” she said. ¶ “The whole thing?” Achterberg
    asked. ¶ “Four hundred pages.” ¶ “Did you keep a copy?” ¶ “I had a copy.”`` Only paragraphs
    that are quotations alone, each right after the one before, and only between two people."""
    body = ctx.body
    for i, row in enumerate(rows):
        q = row[0]
        if row[1] is not None or row[5] or q.cont or i < 2 or not _opens_paragraph(body, q):
            continue
        prev = rows[i - 1]
        if prev[1] is None or prev[1][0] is None or not _opens_paragraph(body, prev[0]):
            continue
        gap = body[prev[0].outer_end : q.open]
        if gap.count("\n") < 1 or gap.count("\n\n") > 1 or any(c.isalpha() for c in gap.split("\n", 1)[1]):
            continue  # (a line of narrative between: someone else may be speaking)
        if not (_asks(body, prev[0]) or _asks(body, q)):
            continue  # an answer to a question, or a question after an answer
        a = prev[1][0]
        other = next(
            (r for r in reversed(rows[max(0, i - 4) : i - 1]) if r[1] is not None and r[1][0] not in (None, a)), None
        )
        if other is None or any(r[1] is not None and r[1][0] not in (a, other[1][0]) for r in rows[max(0, i - 4) : i]):
            continue
        row[1], row[2], row[3] = other[1], "cont", other[3]


#: Whom a quotation speaks to, opening or closing it: "Mr Ashdown, ...", "..., chair."
_VOCATIVE_OPEN = re.compile(r"(?:With respect,[ \t]+)?(Mr|Mrs|Ms|Miss|Dr|Sir|Madam)\.?[ \t]+([A-Z][\w’'-]+),")
_VOCATIVE_CLOSE = re.compile(r",[ \t]+(?:(Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+([A-Z][\w’'-]+)|([a-z]+))[.?!]*[ \t]*$")
_TITLE_SEX = {"Mr": "m", "Sir": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Madam": "f"}


def _addressed(ctx, q, name: str, role: str | None) -> bool:
    """Whether the quotation speaks to ``name`` (by title and surname, or by the role the
    article gave them: "chair", "minister"): then it is not theirs. A title of the other sex
    speaks to someone else of that surname ("Mr. Whitcomb, you have a house" from Jolene
    Whitcomb)."""
    text = ctx.body[q.start : q.end].rstrip("’'”\" ,")
    surname = name.split()[-1]

    def to_them(m: re.Match) -> bool:
        sex = _TITLE_SEX.get(m.group(1))
        return m.group(2) == surname and (sex is None or ctx.people.gender_of(name) in (None, sex))

    m = _VOCATIVE_OPEN.match(text)
    if m is not None and to_them(m):
        return True
    m = _VOCATIVE_CLOSE.search(text)
    if m is None:
        return False
    if m.group(2) is not None:
        return to_them(m)
    return bool(role) and m.group(3) in role.lower().split()


_REPLIED = re.compile(r"\b(?:replied|replies|answered|answers|responded|responds|retorted|countered)\b")
_WAS_ASKED = re.compile(r"[ \t]+(?:was|had[ \t]+been|is|were)[ \t]+(?:asked|pressed|questioned|quizzed|challenged)\b")
_ASKED_WHOM = re.compile(
    r"\b(?:asked|asking|pressed|pressing|questioned|quizzed|challenged)[ \t]+(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?$"
)


def _asked_before(ctx, q, res, anchor: int, pronoun: str | None = None):
    """The person the narrative paragraph right before ``q``'s tells being asked (``X was
    asked``, ``asked X``), when ``q``'s cue is a reply ("the First Minister replied") whose
    description named no one, or whose ``pronoun`` ("she answered") the one asked may be;
    else None."""

    body = ctx.body
    head = body[res[1] : res[2]].split()[-1].lower() if res[2] > res[1] else ""
    if pronoun is None and (head.startswith("spokes") or head not in L.ROLE_NOUNS | L.OCCUPATIONS):
        return None  # "a spokesman replied": someone speaking for them, not the one asked
    if _REPLIED.search(body, res[2], anchor) is None and _REPLIED.search(body, max(0, res[1] - 12), res[1]) is None:
        return None
    ap = _para_start(body, q.open)
    pp = _paragraph_before(body, ap)
    if any(c in body[pp:ap] for c in '"“”'):
        return None
    ppl = ctx.people
    found = [
        m
        for m in ppl.mentions[bisect_left(ppl.starts, pp) : bisect_left(ppl.starts, ap)]
        if not m.in_quote
        and (_WAS_ASKED.match(body, m.end) or _ASKED_WHOM.search(body, max(pp, m.start - 24), m.start))
    ]
    if len({m.name for m in found}) != 1:
        return None
    if pronoun is not None and ppl.gender_of(found[0].name) not in (None, "m" if pronoun == "he" else "f"):
        return None
    return found[0]


def _quoted_asker(body: str, rows: list, first: int, answerer: str):
    """``(result, anchor)`` of the quoted question, someone else's, that the paragraph opening
    with ``rows[first]`` answers; None when the paragraph before ends on no such question."""
    if first == 0:
        return None
    asked = rows[first - 1]
    if asked[1] is None or asked[1][0] == answerer or not _asks(body, asked[0]):
        return None
    if "\n" not in body[asked[0].outer_end : rows[first][0].open]:
        return None
    return asked[1], asked[3]


_ASKING = re.compile(r"\b(?:ask|asks|asked|asking|pressed|questioned|quizzed)\b")


def _narrated_asker(ctx, ap: int, answerer: str):
    """``(result, anchor)`` for the person the paragraph before ``ap`` (narrative, no
    quotation) tells asking the answerer something, or None."""
    body = ctx.body
    pp = _paragraph_before(body, ap)
    text = body[pp:ap]
    if not text.strip() or any(c in text for c in '"“”‘’') or _ASKING.search(text) is None:
        return None
    ppl = ctx.people
    named = [m for m in ppl.mentions[bisect_left(ppl.starts, pp) : bisect_left(ppl.starts, ap)] if not m.in_quote]
    if not any(m.name == answerer for m in named):
        return None
    other = next((m for m in named if m.name != answerer), None)
    if other is None:
        return None
    return (other.name, other.start, other.end, ppl.roles.get(other.name)), other.end


def _answers(body: str, prev, q) -> bool:
    """Whether ``q`` opens a new paragraph right after a quoted question: the reply to it."""
    if q.cont:
        return False
    return _asks(body, prev) and "\n" in body[prev.outer_end : q.open]


#: A cue that reports a statement, not a question put to someone: "told reporters", "said".
_STATING_CUE = re.compile(r"(?:said|says|told|tells|added|adds|declared|insisted|argued)\b")


def _rhetorical(body: str, prev, anchor) -> bool:
    """Whether the quoted question before is its speaker's own rhetorical one, put with a cue
    of stating after it ("“Where are the costings?” Ms Tran told reporters."), so that the
    next paragraph goes on from her rather than answering her."""
    if anchor is None or anchor <= prev[0].outer_end:
        return False
    cue = body[prev[0].outer_end : anchor]
    words = cue.split()
    return bool(words) and _STATING_CUE.match(words[-1]) is not None and "\n" not in cue


def _rows_before(rows: list, pos: int) -> int:
    """Index of the last row whose quote ends before ``pos`` (-1 if none)."""
    k = -1
    for j, r in enumerate(rows):
        if r[0].outer_end <= pos:
            k = j
        else:
            break
    return k


#: A cue verb after a generic pronoun ("who they say they are", "as you say"): no speaker.
_GENERIC_SUBJECT = re.compile(r"\b(?:they|we|you)[ \t]+$")
#: A cue verb in the passive ("a form that can be read by ...", "was told"): nobody speaks.
#: A passive before a cue verb, perhaps reduced: "was told", "when told".
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are|was|were|when|once|if|unless)[ \t]+$")


#: "what she had " before a cue: the cue names words spoken before, as an object ("He
#: laughed when told what she had said.").
WHAT_THEY_SAID = re.compile(r"\bwhat[ \t]+(?:[\w’'-]+[ \t]+){1,3}(?:had[ \t]+|has[ \t]+|just[ \t]+)?$")


def _clear_gap(ctx, rows, a: int, b: int, s: int, e: int, res, cue_rx) -> bool:
    """Whether the narrative in ``[s, e)`` (quotes in it left out) lets quote ``b`` go on
    from quote ``a``'s speaker: no other named person, no cue verb, few words."""
    body = ctx.body
    pieces = []
    p = s
    for r in rows[a + 1 : b]:
        if r[0].open >= p:
            pieces.append((p, r[0].open))
        p = max(p, r[0].outer_end)
    pieces.append((p, e))
    words = 0
    speaker = res[0] if res else None
    ppl = ctx.people
    for ps, pe in pieces:
        if pe <= ps:
            continue
        # a cue starts a new attribution, unless its subject is generic ("who they say they are")
        for cm in cue_rx.finditer(body, ps, pe):
            if (
                not _GENERIC_SUBJECT.search(body, max(ps, cm.start() - 8), cm.start())
                and not _PASSIVE_BEFORE.search(body, max(ps, cm.start() - 8), cm.start())
                and not WHAT_THEY_SAID.search(body, max(ps, cm.start() - 40), cm.start())
            ):
                return False
        words += len(_WORD.findall(body, ps, pe))
        lo = bisect_left(ppl.starts, ps)
        hi = bisect_left(ppl.starts, pe)
        for m in ppl.mentions[lo:hi]:
            if m.name != speaker and not m.in_quote:
                return False
    return words <= MAX_GAP_WORDS


def quotation_numbers(ctx, rows: list) -> list[int]:
    """A quotation number per row (from 1, in text order): consecutive pieces share one when
    the second goes on from the first (a new paragraph or the one-line form), or when only
    the first one's attribution stands between them (``"A," she said, "B."``) and the second
    took its speaker from the first."""
    body = ctx.body
    out = []
    n = 0
    for i, row in enumerate(rows):
        if i > 0 and _joins(body, rows[i - 1], row):
            out.append(n)
        else:
            n += 1
            out.append(n)
    return out


_ATTRIB_TAIL = re.compile(r"[^.!?;:\n]{0,80}?[.,:;]?[ \t\r\n]*$")


def _joins(body: str, prev, row) -> bool:
    q0, q = prev[0], row[0]
    if q.cont:
        return True
    if row[1] is None or prev[1] is None or row[2] not in ("inh", "cont", "prev") or prev[1][0] != row[1][0]:
        return False
    if prev[5] or row[5]:
        return False
    gap = body[q0.outer_end : q.open]
    if not gap.strip(" \t\r\n.,;:"):
        return True  # "A." "B." with nothing between: one speaker's words running on
    res, anchor = (prev[6], prev[6][1]) if len(prev) > 6 and prev[6] is not None else (prev[1], prev[3])
    if len(prev) > 6 and prev[6] is not None:
        res = prev[6][0]
    if anchor is None or not (q0.outer_end <= anchor <= q.open):
        return False
    # only the attribution stands between: it starts right after the first piece and the
    # rest after the cue is short ("in a statement", "on Tuesday") and ends the clause
    if res[1] is not None and not (q0.outer_end <= res[1] <= q.open):
        return False
    return _ATTRIB_TAIL.match(body, anchor, q.open) is not None


#: "the agent added", "the striker said": a definite description whose head is an occupation
#: or a role; it names the person the narrative has just named. (Ages are left out: "the
#: 26-year-old" is as often the story's subject as the last person named.)
_DEFINITE = re.compile(r"[Tt]he[ \t]+(?:[A-Za-z0-9’'-]+[ \t]+){0,3}?((?:ex-)?[A-Z][a-zà-öø-ÿ]+|[a-z0-9-]+|[A-Z]{2,4})$")
_AGE = re.compile(r"\d{1,3}-year-old")  # "the 23-year-old wrote"
#: Where someone is from, after their description: " from Harrogate".
_HOMETOWN_TAIL = re.compile(r"[ \t]+(?:from|of)[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}$")
_AGED_WORDS = re.compile(r"\b(?:old|older|young|younger|elderly)[ \t]+(?:man|woman|fellow|lady|gentleman)$")
#: Words for a person that say their gender, and no office: "the bride said".
_GENDERED_HEADS = {"bride": "f", "groom": "m", "bridegroom": "m", "widow": "f", "widower": "m"}
#: An official the story does not name: "a senior official", "one official", "officials said".
_UNNAMED_OFFICIAL = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:[\w-]+[ \t]+){0,3}?official\b|\b[Oo]fficials\b")
_NOT_A_PERSON_HEAD = frozenset("spokesman spokeswoman spokesperson official officials source sources".split())
#: Words for a body that speaks: "the company said", "the club said".
_BODY_WORDS = frozenset(
    "company firm group utility miner operator developer club union association charity carrier airline "
    "retailer insurer lender network franchise fund".split()
)
#: Words for someone by their place at work: "the GMAC officer added", "the executive added".
_WORKER_HEADS = frozenset("officer executive manager banker administrator".split())
#: A rank before such a word makes it a post someone holds ("the party's chief executive"), not
#: a description of the person the story follows.
_RANKED = re.compile(r"\b(?:chief|vice|deputy|senior|managing|executive|general)[ \t]+[a-z]+$")


_ABOUT_HIM = re.compile(r"(?:^|\n)[ \t]*(?:He|She)[ \t]+[a-z]+")
_OBJECT_OF = re.compile(
    r"\b(?:with|to|for|against|by|of|over|alongside|than|beside|behind|beat|beating|replace|replacing|meet|meets|face|faces|"
    r"succeed|succeeding|replaced|succeeded|told|tell|tells|telling|thanked|urged|accused|criticised|criticized|"
    r"attacked|backed|praised|blamed)[ \t]+(?:[A-Z][\w’'-]*[ \t]+)?(?:[a-z]+[ \t]+){0,2}$"
)


#: A possessor whose noun is followed by a verb: "Lee's assistant suggested", "Lee's wife has".
_POSSESSED_SUBJECT = re.compile(
    r"(?:'s|’s)[ \t]+(?:[a-z-]+[ \t]+){1,2}?(?:[a-z]{3,}ed|is|was|are|were|has|had|have|will|would|said|says|told|tells)\b"
)


#: "The statement added", "the letter said": a document whose issuer the narrative gave before.
_THE_DOCUMENT = re.compile(
    r"[Tt]he[ \t]+("
    + "|".join(
        sorted(
            L.DOCUMENT_NOUNS
            | {"release", "communique", "communiqué", "filing", "notice", "circular", "petition", "decree", "ruling"}
            # court papers, each its filer's or its writer's
            | {
                "writ",
                "lawsuit",
                "complaint",
                "affidavit",
                "indictment",
                "judgment",
                "judgement",
                "decision",
                "order",
                "determination",
            }
        )
    )
    + r")$"
)


#: A document opening its sentence, and the maker a participle names: "The lawsuit, filed in
#: county court by the Kessler Towers Tenants Association," (group 2 the maker).
_DOCUMENT_MADE_BY = re.compile(
    r"[ \t]*(?:The|A|An)[ \t]+(?:[a-z-]+[ \t]+){0,2}([a-z]+),[ \t]+(?:filed|brought|lodged|released|published|"
    # (where and when first, initials' stops and all: "filed in U.S. District Court in Seattle by")
    r"issued|written|signed)(?:[ \t]+(?:[^,;.\n]|(?<=[A-Z])\.){1,60}?)?[ \t]+by[ \t]+(?:the[ \t]+)?"
    r"([A-Z][\w'’.-]*(?:[ \t]+(?:(?:of|for|on|and|&)[ \t]+(?:the[ \t]+)?)?[A-Z][\w'’.-]*)*)"
)
#: Words for one court filing ("The proposed class action ... alleges" ... "the complaint states").
_SAME_DOCUMENT = dict.fromkeys(L.COURT_FILINGS - {"action"}, tuple(sorted(L.COURT_FILINGS)))
#: A few words describing the author before their name, no clause: "Detective ", "Clemson
#: University professor ".
_TITLES_ONLY = re.compile(
    r"(?:(?!(?:says|said|say|told|tells|found|finds|shows|showed|who|that|which)\b)[\w.’'-]+[ \t]+){0,4}"
)
#: A document's author set off after it: ", written by ", ", signed by ".
_WRITTEN_BY = re.compile(
    r",?[ \t]+(?:written|signed|drafted|authored|prepared|compiled|co-written|published|issued|released)[ \t]+by[ \t]+"
)


def document_issuers(ctx, rows: list, reported=()) -> None:
    """Give a quote attributed to "the statement" (no issuer of its own) the speaker of the
    quote before it, within two paragraphs, whose attribution named that document ("In a
    statement, the bank declared: ..." then "The statement added: ..."), else of the last
    statement in reported speech before it that was made in such a document ("Ann Lee said in
    an emailed statement that ... . "...," the statement read.")."""
    body = ctx.body
    # the pieces of one quotation share their cue's document ("“A,” the release said, “B.”")
    done: dict[tuple[int, int], tuple] = {}
    for i, row in enumerate(rows):
        res = row[1]
        if res is None or res[0] is not None or res[1] is None:
            continue
        if (res[1], res[2]) in done:
            row[1] = done[res[1], res[2]]
            continue
        m = _THE_DOCUMENT.fullmatch(body, res[1], res[2])
        if m is None:
            continue
        noun = m.group(1).lower()
        unit = _numbered_unit_before(body, noun, row[0].open) if body[res[1] + 4 : res[2]] == noun else None
        if unit is not None:
            # "... VFW Post 5521 wrote on its Facebook page ... ¶ “...,” the post wrote": the
            # numbered branch the article named, not a document
            row[1] = done[res[1], res[2]] = (unit, res[1], res[2], None)
            continue
        wm = _WRITTEN_BY.match(body, res[2])
        if wm is not None:
            # '"...," the paper, written by Clemson University professor Kandice Kahl, said':
            # the author the participle names, not whoever issued the paper
            pm = ctx.person_in(wm.end(), min(len(body), wm.end() + 80))
            if pm is not None and _TITLES_ONLY.fullmatch(body, wm.end(), pm.start):
                # (the author named right there, perhaps after a title: not "Kalb" in "..., written
                # by Detective Lorna Pike, says officers who stopped Kalb's car")
                row[1] = (pm.name, pm.start, pm.end, ctx.people.roles.get(pm.name))
            continue
        if noun in _WRITTEN_TO_NOUNS and i > 0:
            span = sentence_before(ctx, row[0].open)
            sender = _wrote_to_before(ctx, row[0].open, noun) if span is not None else None
            if sender is not None and span[0] > rows[i - 1][0].outer_end:
                # "... ," the letter read. ¶ Friends of Hollis Park submitted a letter ... ¶ "...,"
                # the letter said': a second letter, sent after the last quotation, is its sender's
                row[1] = (sender, res[1], res[2], ctx.people.roles.get(sender))
                done[res[1], res[2]] = row[1]
                continue
        span = sentence_before(ctx, row[0].open)
        if span is not None and (i == 0 or span[0] >= rows[i - 1][0].outer_end):
            im = re.search(
                r"\bin[ \t]+(?:an?|her|his|its|their)[ \t]+(?:[a-z-]+[ \t]+)?" + noun + r"\b", body[span[0] : span[1]]
            )
            if im is not None and _SAID_WORD.search(body, span[0], span[1]):
                im = None  # ("Ardbo was stepping down, Bofors said in a statement": the rules below)
            sa = ctx.subject_at(*span) if im is not None else None
            if (
                sa
                and sa[0]
                and sa[0][0] in ctx.people.first
                and sa[0][1] is not None
                # (a person opening the sentence, perhaps after an office: "House Minority Leader X")
                and _CAPITALISED_LEAD.fullmatch(body, span[0], sa[0][1])
            ):
                # "Leader Carolyn Ashby struck a more restrained tone in a written statement.
                # “...,” the statement said": the subject of the sentence that made it
                row[1] = sa[0]
                done[res[1], res[2]] = row[1]
                continue

        # (past the phrase that places it: "In an email to staff, seen by this newspaper, ")
        lead = (
            re.compile(r"\s*" + _in_a(noun, 3) + r"(?:[^,;.]{0,60},[ \t]+){1,2}").match(body, *span)
            if span is not None
            else None
        )
        dm = _DESCRIBED_CUE.match(body, lead.end(), span[1]) if lead is not None else None
        if dm is not None and (_person_noun(dm.group(2)) or _person_noun(dm.group(2).split("-")[-1])):
            after = _named_after(ctx, (None, dm.start(1), dm.end(1), None))
            if after is not None:
                # "In an email to staff, the deputy vice-chancellor wrote that ... ¶ “...,” the
                # email said. ¶ The deputy vice-chancellor, Professor Gillian Okonedo, said": the
                # one the sentence describes, named next
                row[1] = done[res[1], res[2]] = (after, res[1], res[2], ctx.people.roles.get(after))
                continue
        speaker = None
        skipped = False
        said_in = None
        for j in range(i - 1, -1, -1):
            prev = rows[j]
            # (counted up to the cue when it stands before the quotation: "The letter went on: ¶ ...")
            if body.count("\n\n", prev[0].outer_end, min(row[0].open, res[1])) > 2:
                break
            pres = prev[1]
            if (
                speaker is None
                and not skipped
                and pres is not None
                and pres[0] is None
                and pres[1] is not None
                and _SPOKES_MENTION.search(body, max(0, pres[2] - 60), pres[2])
            ):
                # '"...," a State Department spokesman said in a statement. "...," the statement
                # said': the spokesperson's own mention, which names the body they speak for
                ps, pe = ctx.sentences[prev[4]]
                if re.search(r"\b" + noun + r"\b", body[ps:pe].lower()):
                    row[1] = (None, pres[1], pres[2], pres[3])
                break
            if pres is None or pres[0] is None:
                skipped = True
                continue
            if speaker is not None and (pres[0] != speaker or skipped):
                break  # ("In a letter, NAWG stated ... . "...," NAWG said. "...," the letter said.":
            speaker = pres[0]  # the document named a quote or two before, by the same speaker)
            ps, pe = ctx.sentences[prev[4]]
            if re.search(r"\b(?:" + "|".join(_SAME_DOCUMENT.get(noun, (noun,))) + r")\b", body[ps:pe].lower()):
                row[1] = (pres[0], res[1], res[2], pres[3])
                break
        if row[1] is res:
            # (also when a quote by someone else came before: "The mayor said ... “...” ¶ The
            # RCMP said in a news release it had ... ¶ “...,” the release said")
            said_in = _said_in_document(ctx, reported, row[0].open, noun)
            if said_in is not None and (speaker is None or said_in[0] is not None):
                row[1] = (said_in[0], res[1], res[2], said_in[3]) if said_in[0] is not None else said_in
        if row[1] is res:
            earlier = _cue_in_document_before(ctx, rows[:i], noun, row[0].open)
            if earlier is not None:
                # '“...,” Employment Judge Rosalind Ashdown wrote in a judgment ... ¶ (others'
                # words) ¶ “...,” the judgment said': the one whose cue named that document
                row[1] = (earlier[0], res[1], res[2], earlier[3])
        if row[1] is res:
            issuer = _issued_in(ctx, row[0].open, noun)
            if issuer is None and noun in _WRITTEN_TO_NOUNS:
                issuer = _wrote_to_before(ctx, row[0].open, noun)
            sued = _sued_before(ctx, row[0].open) if issuer is None and noun in _SAME_DOCUMENT else None
            if issuer is not None:
                row[1] = (issuer, res[1], res[2], ctx.people.roles.get(issuer))
            elif sued is not None:
                # "Thermalink Systems Inc. has sued Corvane ... ¶ The lawsuit also claims that
                # “...”": whoever sued, as the subject of that sentence resolves
                row[1] = (sued[0], sued[1], sued[2], sued[3])
            else:
                span = _body_issued_in(ctx, row[0].open, noun)
                if span is not None:
                    # "In a post on its Facebook page, the museum asked ... ¶ “...,” the post
                    # said": the body the sentence names as its subject, resolved with the rest
                    row[1] = (None, span[0], span[1], None)
        if (
            row[1] is res
            and said_in is not None
            and said_in[1] is not None
            and said_in[1]
            > max((r[0].outer_end for r in rows[:i] if r[1] is not None and r[1][0] is not None), default=-1)
        ):
            # "... ,' he said. ¶ The ministry, in a release issued on Sunday, said ... ¶ '...,' the
            # release said": the body that, after the last named speaker, said so in one (by its
            # name when the article gave it: "the Health Service Executive")
            nm = _THE_NAME.fullmatch(body, said_in[1], said_in[2])
            row[1] = (nm.group(1), said_in[1], said_in[2], None) if nm is not None else said_in
        if row[1] is not res:
            done[res[1], res[2]] = row[1]


#: Bringing a suit: "has sued", "filed a lawsuit against".
_SUED = re.compile(
    r"\b(?:(?:has|have|had)[ \t]+)?(?:sued|(?:filed|brought|lodged)[ \t]+(?:a|an)[ \t]+(?:[a-z-]+[ \t]+)?"
    r"(?:lawsuit|suit|complaint|claim)[ \t]+against)\b"
)


#: "the Health Service Executive": a capitalised name after its article.
_THE_NAME = re.compile(r"[Tt]he[ \t]+([A-Z][\w&'’.-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w&'’.-]*))*)")


def _sued_before(ctx, at: int):
    """The subject (an attribution tuple) of the one sentence within 3,000 characters before
    ``at`` that says someone sued ("Thermalink Systems Inc. has sued ..."), outside
    quotations; None when none or more than one does."""
    body = ctx.body
    found = [m for m in _SUED.finditer(body, max(0, at - 3000), at) if not ctx.people.in_quote(m.start())]
    if len(found) != 1:
        return None
    si = ctx.sentence_of(found[0].start())
    res = ctx.subject_before(found[0].start(), ctx.sentences[si][0])
    tm = _TOWN_THEN_VERB.search(body, ctx.sentences[si][0], found[0].start())
    if tm is not None and (res is None or res[0] is None):
        # "The Ohio city of Lakemont sued": a town's government, by the town's name
        return (tm.group(1), tm.start(1), tm.end(1), None)
    if res is not None and res[1] is not None:
        return res
    # ("Kitchener, Ont.-based Thermalink Systems Inc. has sued": the name before its company form)
    nm = _NAME_THEN_FORM.search(body, ctx.sentences[si][0], found[0].start())
    if nm is None or not (nm.group(2) or nm.group(1).split()[-1].lower() in L.ORG_WORDS):
        return None
    return (nm.group(1), nm.start(1), nm.end(1), None)


#: A local government's kind, its town's name and nothing more before the verb: "city of
#: Lakemont ", "township of Ely ".
_TOWN_THEN_VERB = re.compile(
    r"\b(?:city|town|village|borough|county|township|state)[ \t]+of[ \t]+([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})[ \t]+$"
)
#: A capitalised name, perhaps with a company form, ending right before a verb.
_NAME_THEN_FORM = re.compile(
    r"(?<![\w.-])((?:[A-Z][\w&'’]*[ \t]+){0,4}[A-Z][\w&'’]*)(,?[ \t]+(?:Inc|Corp|Co|Ltd|LLC|Plc|PLC)\.?)?[ \t]+$"
)


def _cue_in_document_before(ctx, rows: list, noun: str, before: int):
    """The attribution of the last quote among ``rows`` (within 3,000 characters before
    ``before``) whose cue's sentence says its speaker spoke "in a <noun>" ("wrote in a judgment
    published this week"), when that one speaker is the only one so placed; else None."""
    body = ctx.body
    rx = re.compile(_in_a(noun))
    found = None
    for prev in rows:
        res = prev[1]
        if res is None or res[0] is None or before - prev[0].outer_end > 3000 or prev[4] is None:
            continue
        ss, se = ctx.sentences[prev[4]]
        if rx.search(body, ss, se):
            if found is not None and found[0] != res[0]:
                return None
            found = res
    return found


def document_pronouns(ctx, rows: list, reported) -> None:
    """'The letter, published by the institute, says the projections are ... . “...,” it says':
    "it" right after reported speech whose source is a document is that document, and so its
    maker (resolved with it)."""
    body = ctx.body
    ends = [r.end for r in reported]
    for row in rows:
        res = row[1]
        if (
            res is not None
            and res[1] is not None
            and body[res[1] : res[2]].lower() in ("he", "she")
            and _WROTE_AFTER.match(body, res[2])
        ):
            sender = _sender_before(ctx, res[1], relative=True)
            if (
                sender is not None
                and sender != res[0]
                and ctx.people.gender_of(sender)
                in (
                    None,
                    pronoun_gender(body[res[1] : res[2]]),
                )
            ):
                # "Ms. Fairbanks read aloud a text message that Ms. Vance sent to her deputy.
                # “...,” she wrote": the sender's words, not the reader's
                row[1] = (sender, res[1], res[2], ctx.people.roles.get(sender))
            continue
        if res is None or res[0] is not None or res[1] is None or body[res[1] : res[2]].lower() != "it":
            continue
        sender = _sender_before(ctx, res[1])
        if sender is not None:
            # "Mr Souter had sent a WhatsApp message to the managing director. It read: ...": the
            # sender's words
            row[1] = (sender, res[1], res[2], ctx.people.roles.get(sender))
            continue
        k = bisect_right(ends, row[0].open) - 1
        if k < 0:
            continue
        r = reported[k]
        rres = r.result
        if rres is None or rres[1] is None or ctx.sentence_of(r.end) < ctx.sentence_of(row[0].open) - 1:
            continue
        if _A_DOCUMENT_SOURCE.fullmatch(body, rres[1], rres[2]) and _WRITTEN_BY.match(body, rres[2]):
            row[1] = rres  # (not a document whose maker the narrative leaves to "it")


#: Someone's sending of a message, after their name: " had sent a WhatsApp message".
_SENT_MESSAGE = re.compile(
    r"[ \t]+(?:had[ \t]+|has[ \t]+|then[ \t]+)?(?:sent|wrote|posted|emailed|texted|left|signed)[ \t]+"
    r"(?:a|an|the|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:message|letter|e-?mail|note|text|memo|post|tweet)\b"
)


#: A message named before the one who sent it: "a text message that ".
_MESSAGE_THAT = re.compile(r"\b(?:message|letter|e-?mail|note|text|memo|post|tweet)[ \t]+(?:that|which)[ \t]+$")
#: The sending, after the sender's name: " sent", " had written".
_SENT_AFTER = re.compile(r"[ \t]+(?:had[ \t]+)?(?:sent|wrote|written|posted|emailed|texted)\b")
#: A cue of writing right after a pronoun: " wrote", " texted".
_WROTE_AFTER = re.compile(r"[ \t]+(?:wrote|writes|texted|emailed|posted)\b")


def _sender_before(ctx, at: int, relative: bool = False) -> str | None:
    """The person the sentence before ``at`` (an "It read:" or "It said:") says sent a message,
    a letter or a note: "Mr Souter had sent a WhatsApp message to the managing director"; with
    ``relative``, only one named after the message: "a text message that Ms. Vance sent"."""
    span = sentence_before(ctx, at)
    if span is None:
        return None
    ppl = ctx.people
    found = None
    for mn in ppl.mentions[bisect_left(ppl.starts, span[0]) : bisect_left(ppl.starts, span[1])]:
        if relative:
            sent = _MESSAGE_THAT.search(
                ctx.body, max(span[0], _before_title(ctx.body, mn.start) - 40), _before_title(ctx.body, mn.start)
            ) and _SENT_AFTER.match(ctx.body, mn.end)
        else:
            sent = _SENT_MESSAGE.match(ctx.body, mn.end)
        if not mn.in_quote and sent:
            if found is not None and found != mn.name:
                return None
            found = mn.name
    return found


#: A document as a source: "The letter", "the report".
_A_DOCUMENT_SOURCE = re.compile(r"[Tt]he[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:" + "|".join(sorted(L.DOCUMENT_NOUNS)) + r")")


#: Documents someone writes to someone: "the letter" after "Ann Lee wrote to the board".
_WRITTEN_TO_NOUNS = frozenset("letter email e-mail memo note message petition".split())
#: "wrote to", "had written to": after a person's name, with no sentence end between.
_WROTE_TO = re.compile(r"[^.!?;]{0,120}?\b(?:wrote|writes|had[ \t]+written|has[ \t]+written)[ \t]+to\b")


def _wrote_to_before(ctx, at: int, noun: str) -> str | None:
    """'Douglas Pell ... wrote to the board on Friday urging it to ... ¶ “...,” the letter
    said', 'Fr. Jose Mari Lumbera, read a pastoral letter ... . The letter said ... ¶ “...,”
    the letter said': the one person the sentence before (or the one before that) says wrote
    to someone, or wrote, sent or read out such a document."""
    span = sentence_before(ctx, at)
    if span is None:
        return None
    ppl = ctx.people
    made = re.compile(r"[^.!?;]{0,120}?" + made_document(noun))
    si = ctx.sentence_of(span[0])
    for sj in (si, si - 1):
        if sj < 0:
            break
        ss, se = (span[0], span[1]) if sj == si else ctx.sentences[sj]
        makers = [
            mn
            for mn in ppl.mentions[bisect_left(ppl.starts, ss) :]
            if mn.start < se
            and not mn.in_quote
            and (_WROTE_TO.match(ctx.body, mn.end, se) or made.match(ctx.body, mn.end, se))
        ]
        # (a possessor only when no one else is: "Okafor's younger brother, Tobi Okafor, ...,
        # started a petition", but "Clinton's campaign sent out an email")
        own = [mn for mn in makers if not ctx.body.startswith(("'s", "’s"), mn.end)]
        found = {mn.name for mn in own or makers}
        if found:
            return found.pop() if len(found) == 1 else None
        for dm in re.finditer(made_document(noun), ctx.body[ss:se]):
            bm = _BODY_NAME_BEFORE.search(ctx.body, ss, ss + dm.start())
            if bm is not None and bm.group(1).split()[0] not in ("The", "A", "An", "In", "On", "But", "And"):
                if not ppl.named_in(bm.start(1), bm.end(1)):
                    # "the Tillman County Growers Association sent a letter to the county
                    # commission", "Friends of Hollis Park submitted a letter": a body that
                    # sent it, named right before the verb
                    return bm.group(1)
    return None


#: A capitalised name ending where the text does, "of", "for" and "and" inside it: "Friends of
#: Hollis Park".
_BODY_NAME_BEFORE = re.compile(
    r"(?<![\w'’.-])([A-Z][\w&'’.-]*(?:[ \t]+(?:(?:of|for|and|on)[ \t]+(?:the[ \t]+)?)?[A-Z][\w&'’.-]*)*)$"
)


def _numbered_unit_before(body: str, noun: str, at: int) -> str | None:
    """The last body named within 1,500 characters before ``at`` as a numbered branch whose
    word is ``noun`` ("Veterans of Foreign Wars Post 5521" for "the post"), else None."""
    rx = re.compile(
        r"\b[A-Z][\w’'.-]*(?:[ \t]+(?:(?:of|and|for)[ \t]+)?[A-Z][\w’'.-]*)*[ \t]+" + noun.capitalize() + r"[ \t]+\d+\b"
    )
    found = [m.group(0) for m in rx.finditer(body, max(0, at - 1500), at)]
    return found[-1] if found else None


def _issued_in(ctx, at: int, noun: str) -> str | None:
    """'In a decree delivered at the end of the sitting, the magistrate upheld the request ...
    ¶ “...,” the decree read': whoever the sentence before, opening "In a decree", is about."""
    span = sentence_before(ctx, at)
    if span is None:
        return None
    body = ctx.body
    lead = re.compile(_in_a(noun, 3) + r"[^,;.]{0,80},[ \t]+")
    lm = lead.match(body, span[0], span[1])
    ppl = ctx.people
    dm = _DOCUMENT_MADE_BY.match(body, span[0], span[1])
    if lm is None and dm is None and noun in _SAME_DOCUMENT:
        # "The lawsuit, filed ... by the Independent Beanline Operators Association, says ...
        # ¶ The complaint accuses ... ¶ “...,” the lawsuit says": a court filing's filer named a
        # few sentences before, when no other filing came in between
        si = ctx.sentence_of(span[0])
        for sj in range(si - 1, max(-1, si - 4), -1):
            if re.search(r"\b(?:lawsuits|suits|complaints)\b", body[ctx.sentences[sj][0] : span[0]]):
                break
            dm = _DOCUMENT_MADE_BY.match(body, *ctx.sentences[sj])
            if dm is not None:
                break
    if lm is None and dm is None:
        # "The Gaming and Liquor Commission's decision, released on Friday, paints ... ¶ “...,”
        # the decision said": the body whose document a sentence or two before names it
        owned = re.compile(
            r"\b[Tt]he[ \t]+([A-Z][\w&.-]*(?:[ \t]+(?:of|and|&|for|[A-Z][\w&.-]*))*)['’]s[ \t]+"
            r"(?:[a-z-]+[ \t]+){0,2}" + re.escape(noun) + r"\b"
        )
        si = ctx.sentence_of(span[0])
        for sj in range(si, max(-1, si - 3), -1):
            om = owned.search(body, *ctx.sentences[sj])
            if om is not None:
                return om.group(1)
    if lm is None and dm is not None and dm.group(1).lower() in _SAME_DOCUMENT.get(noun, (noun,)):
        # "The lawsuit, filed in county court by the Kessler Towers Tenants Association, accuses
        # ... ¶ “...,” the complaint states": whoever the participle says brought it
        k = bisect_left(ppl.starts, dm.start(2))
        if k < len(ppl.mentions) and ppl.mentions[k].start == dm.start(2):
            return ppl.mentions[k].name
        return dm.group(2)
    if lm is None:
        inside = re.compile(_in_a(noun, 3))
        if inside.search(body, span[0], span[1]) is None:
            return None
        # "The chapter's solicitors, Pargeter Lowe, struck a cautious note in a memo to canons.
        # ¶ “...,” the memo warned": the sentence's subject wrote it
        sm = _subject_before(ctx, at)
        if sm is not None and sm[1] == span[0]:
            return sm[0]
        run = ctx.run_by_start.get(span[0])
        if run is not None and len(run) > 1 and ctx.body[run[0][0] : run[0][1]] in ("The", "the"):
            run = run[1:]  # "The Westbank Residents' Association made a similar argument in a letter"
        if (
            run is not None
            and all(it[2] in (OTHER, ORG) for it in run)
            and _VERB_AFTER.match(body, run[-1][1])
            and not ppl.named_in(span[0], run[-1][1])
        ):
            # "Lumenbright confirmed the breach in an email sent to users. ¶ “...,” the email
            # said": a body the sentence opens with, no person
            return " ".join(body[run[0][0] : run[-1][1]].split())
        am = _OFFICE_APPOSED.match(body, span[0], span[1])
        k = bisect_left(ppl.starts, am.end()) if am is not None else len(ppl.mentions)
        if k < len(ppl.mentions) and ppl.mentions[k].start == am.end() and body.startswith(",", ppl.mentions[k].end):
            return ppl.mentions[k].name
        return None
    k = bisect_left(ppl.starts, lm.end())
    if k < len(ppl.mentions) and ppl.mentions[k].start - lm.end() <= 6 and not ppl.mentions[k].in_quote:
        return ppl.mentions[k].name  # "In a ruling, Judge Ann Lee said"
    if k < len(ppl.mentions) and _OFFICE_APPOSED.fullmatch(body, lm.end(), ppl.mentions[k].start):
        # "In a statement, the Chief Press Secretary to the Speaker, Mr Gbenga Akinwale, said"
        return ppl.mentions[k].name
    dm = _ROLE_SUBJECT.match(body, lm.end(), span[1])
    if dm is not None and dm.group(1) in L.ROLE_NOUNS | L.OCCUPATIONS | L.TITLE_WORDS:
        return ppl.by_role(dm.group(1), lm.end(), body[dm.start() : dm.end(1)])
    return None


#: A verb in the past or present tense right after a sentence's subject: " confirmed", " says".
_VERB_AFTER = re.compile(
    r"[ \t]+(?:has[ \t]+|had[ \t]+)?(?:[a-z]+(?:ed|s)|made|said|gave|sent|wrote|took|put|set|told|spoke)\b"
)


def _body_issued_in(ctx, at: int, noun: str) -> tuple[int, int] | None:
    """The span of "the <body>" that the sentence before ``at`` opens with after "In a <noun>
    ...,": "In a post on its Facebook page, the museum asked"; None otherwise."""
    span = sentence_before(ctx, at)
    if span is None:
        return None
    lead = re.compile(
        _in_a(noun, 3)
        # ("In a letter to Ms Brough dated August 14, seen by the Courier, the council's
        # environmental health team warned": an aside more, and the body's own team)
        + r"(?:[^,;.]{0,80},[ \t]+){1,2}(the[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:"
        + "|".join(sorted(L.BODY_NOUNS))
        + r"))\b(?:['’]s[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:team|staff|unit|division|panel|officials))?[ \t]+[a-z]+"
    )
    m = lead.match(ctx.body, span[0], span[1]) or re.compile(
        # "The hospital, in a statement, called the strike notice ...": the aside after the subject
        r"([Tt]he[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:"
        + "|".join(sorted(L.BODY_NOUNS))
        + r")),[ \t]+"
        + _in_a(noun, 3)
        + r"[^,;.]{0,60},[ \t]+[a-z]+"
    ).match(ctx.body, span[0], span[1])
    if m is not None:
        return m.span(1)
    # "The board's 23-page order, issued Friday, found that ... ¶ “...,” the order said": the body
    # whose document a sentence or two before names it
    owned = re.compile(
        r"\b([Tt]he[ \t]+(?:"
        + "|".join(sorted(L.BODY_NOUNS))
        + r"))['’]s[ \t]+(?:[\w-]+[ \t]+){0,2}"
        + re.escape(noun)
        + r"\b"
    )
    si = ctx.sentence_of(span[0])
    for sj in range(si, max(-1, si - 3), -1):
        om = owned.search(ctx.body, *ctx.sentences[sj])
        if om is not None:
            return om.span(1)
    # "Care Inspectorate Wales issued the home with two notices ... ¶ Its report, published this
    # week, says ... ¶ “...,” the report states": the body "its" stands for, as a subject does
    im = re.compile(r"\s*(Its)[ \t]+(?:[a-z-]+[ \t]+){0,2}" + re.escape(noun) + r"\b").match(ctx.body, *span)
    return im.span(1) if im is not None else None


#: An office or a description set before the name of its holder: "the Chief Press Secretary to
#: the Speaker, Mr ", a sentence's "The chapter's solicitors, ".
_OFFICE_APPOSED = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir)[ \t]+[^,;.\n\"“”]{1,70},[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+)?"
)
#: A role opening a clause: "the magistrate ", "the presiding judge ".
_ROLE_SUBJECT = re.compile(r"[Tt]he[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z-]+)[ \t]+[a-z]")


_ON_SOCIAL = r"|\b(?:on|in[ \t]+a[ \t]+post[ \t]+on)[ \t]+(?:Facebook|Instagram|X|Twitter|LinkedIn|TikTok|Threads|social[ \t]+media)\b"


def _in_a(noun: str, between: int = 2) -> str:
    """The words that place a statement in a document: "in a statement", "in its emailed
    statement", with up to ``between`` words before the noun."""
    return r"\b[Ii]n[ \t]+(?:a|an|the|its|his|her|their)[ \t]+(?:[a-z-]+[ \t]+){0,%d}" % between + noun + r"\b"


def _said_in_document(ctx, reported, before: int, noun: str):
    """The source of the last reported statement before ``before`` (within two paragraphs, no
    quotation between) whose attribution says it was made "in a statement" (``noun``)."""
    body = ctx.body
    # ("said on Facebook that ... . “...,” the post read")
    # ("In an e-mailed response, Kaithari Bazaar said ... . “...,” the statement said": what a
    # body sends in answer is its statement)
    said_in = r"(?:statement|response|reply|e-?mail)" if noun == "statement" else noun
    rx = re.compile(_in_a(said_in) + (_ON_SOCIAL if noun in ("post", "tweet", "message") else ""))
    for r in reversed(reported):
        if r.end > before:
            continue
        # (the closing mark of a quotation the statement ends with is no quotation between)
        gap = body[r.end : before].lstrip("\"”’'.,")
        if body.count("\n\n", r.end, before) > 2 or any(c in gap for c in '"“”'):
            return None
        ss, se = ctx.sentences[ctx.sentence_of(r.anchor)]
        if r.result is not None and r.result[0] is None and r.result[1] is not None:
            dm = _THE_DOCUMENT.fullmatch(body, r.result[1], r.result[2])
            if dm is not None and dm.group(1).lower() == noun:
                # "The report, released Tuesday by the committee, says ... . “...,” the report
                # says": the same document, whoever its mention resolves to
                return r.result
        if r.result is None or r.result[1] is None or not rx.search(body, ss, se):
            return None
        # (a source not yet named, "The ministry, in a release ..., said", is resolved with the
        # rest at the end: the document's quotation takes that mention)
        return r.result
    return None


#: An unnamed spokesperson before the body they speak for: "A spokeswoman for the state ".
_SPOKES_FOR = re.compile(r"\b[Aa]n?[ \t]+spokes(man|woman|person)[ \t]+for[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?$")
#: An unnamed spokesperson as a quote's mention: "A company spokesman", "a Kellogg spokeswoman".
_SPOKES_MENTION = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\b[^,;:.“”\"]{0,40}?\bspokes(man|woman|person)$"
)


def spokesperson_pronouns(ctx, rows: list, reported=()) -> None:
    """'A company spokesman said ... . "...," he said.': a pronoun no person answers goes to the
    unnamed spokesperson who spoke in the sentence before (and so to the body they speak for),
    in a quote or in reported speech ("A defence ministry spokesman said the timing ... . "This
    is an objective decision," he said.")."""
    body = ctx.body
    for i, row in enumerate(rows):
        res = row[1]
        if res is None or res[1] is None:
            continue
        pronoun = body[res[1] : res[2]].lower()
        if res[0] is None and pronoun in ("the spokesman", "the spokeswoman", "the spokesperson"):
            # "A council spokesperson said ... . ¶ “...,” the spokesperson added": the same one
            pronoun = {"the spokesman": "he", "the spokeswoman": "she"}.get(pronoun, "they")
        elif pronoun not in ("he", "she"):
            continue
        before = _source_before(ctx, rows, i, reported)
        if before is None:
            continue
        pres, psi = before
        if pres is None or pres[1] is None or psi < row[4] - 1:
            continue  # only a source of the quote just before, in this sentence or the one before
        if res[0] is not None and ctx.people.named_in(ctx.sentences[psi][0], res[1], res[0]):
            continue  # the pronoun's person is named since: theirs
        if pres[0] is not None:
            # "A spokeswoman for the Division of Occupational Safety and Health said ... . “...,”
            # she said": the body the spokesperson was named for
            m = _SPOKES_FOR.search(body, max(0, pres[1] - 60), pres[1])
        else:
            m = _SPOKES_MENTION.search(body, max(0, pres[2] - 60), pres[2])
            m = m if m is not None and m.end() == pres[2] else None
        if m is None or (m.group(1) == "man" and pronoun != "he") or (m.group(1) == "woman" and pronoun != "she"):
            continue
        row[1] = pres
    _gendered_spokesperson(ctx, rows, reported)


def _gendered_spokesperson(ctx, rows: list, reported) -> None:
    """'A Rolm spokeswoman said ... . "...," she said.' a few sentences on, when the person the
    pronoun found has no known gender: a spokeswoman who spoke within three sentences is a
    better "she" than a man's name of unknown gender, unless that person was named since."""
    body = ctx.body
    people = ctx.people
    for row in rows:
        res = row[1]
        if res is None or res[0] is None or res[1] is None:
            continue
        pronoun = body[res[1] : res[2]].lower()
        known = people.gender.get(res[0])
        if pronoun not in ("he", "she") or (known is not None and known[0] is not None and known[1] > 0):
            continue  # a gender from a title or a first name, not only from this pronoun
        noun = "man" if pronoun == "he" else "woman"
        best = None
        for cand in [r[1] for r in rows if r[0].open < row[0].open] + [
            r.result for r in reported if r.start < row[0].open and r.result is not None
        ]:
            if cand is None or cand[0] is not None or cand[1] is None or cand[2] > res[1]:
                continue
            if ctx.sentence_of(cand[1]) < row[4] - 3:
                continue
            m = _SPOKES_MENTION.search(body, max(0, cand[2] - 60), cand[2])
            if m is None or m.end() != cand[2] or m.group(1) != noun:
                continue
            if best is None or cand[1] > best[1]:
                best = cand
        if best is not None and not people.named_in(best[2], res[1], res[0]):
            row[1] = best


def reported_descriptions(ctx, reported) -> None:
    """Reported speech whose source is a description ("The councillor said he would ...") goes
    to the person the article gave that role or that word ("Councillor Orville Mattis", "Nathan
    Kreisberg, an audiologist"), as a quotation's "the councillor said" does."""
    body = ctx.body
    ppl = ctx.people
    for r in reported:
        res = r.result
        if res is None or res[0] is not None or res[1] is None:
            continue
        m = _DEFINITE.fullmatch(body, res[1], res[2])
        if m is None or _AGE.search(body, res[1], res[2]):
            continue
        head = m.group(1).lower()
        if head in _NOT_A_PERSON_HEAD or head in _GENDERED_HEADS or not head.isalpha():
            continue
        if head in L.ROLE_NOUNS or head in L.OCCUPATIONS:
            holder = ppl.by_role(head, res[1], body[res[1] : res[2]])
            if holder is not None and not role_covers(ppl.roles.get(holder), body[res[1] : res[2]]):
                holder = None
        else:
            holder = _described_as(ctx, head, res[1]) if m.group(1).islower() else None
        if holder is not None:
            r.result = (holder, res[1], res[2], ppl.roles.get(holder))


def spokesperson_statements(ctx, reported) -> None:
    """'The UCAP spokesman said the ASA spent 25 mln dlrs.¶He said the ASA also ...': reported
    speech whose source is "he" or "she" right after an unnamed spokesperson's statement (in the
    sentence before) is the spokesperson's too, whoever else was named earlier."""
    body = ctx.body
    prev = None
    for r in reported:
        res = r.result
        if prev is not None and res is not None and res[1] is not None:
            pronoun = body[res[1] : res[2]].lower()
            pres = prev.result
            if (
                pronoun in ("he", "she")
                and pres is not None
                and pres[0] is None
                and pres[1] is not None
                and ctx.sentence_of(prev.start) >= ctx.sentence_of(r.start) - 1
                and not (res[0] is not None and ctx.people.named_in(pres[2], res[1], res[0]))
            ):
                m = _SPOKES_MENTION.search(body, max(0, pres[2] - 60), pres[2])
                if (
                    m is not None
                    and m.end() == pres[2]
                    and not (m.group(1) == "man" and pronoun != "he")
                    and not (m.group(1) == "woman" and pronoun != "she")
                ):
                    r.result = pres
        prev = r


def _source_before(ctx, rows: list, i: int, reported) -> tuple | None:
    """(result, sentence index) of what was said last before quote row ``i``: the quote before
    it or a statement in reported speech after that quote, whichever is later."""
    prev = rows[i - 1] if i > 0 else None
    lo = prev[0].outer_end if prev is not None else 0
    hi = rows[i][0].open
    last = None
    for r in reported:
        if lo <= r.start and r.end <= hi and r.result is not None:
            last = r
    if last is not None:
        return last.result, ctx.sentence_of(last.start)
    return (prev[1], prev[4]) if prev is not None else None


def _named_before_in_sentence(ctx, j: int, mn) -> bool:
    """Whether someone else is named earlier in ``mn``'s sentence (outside quotations): then a
    possessor ("for Martin Cole's testimonial") is not whom the sentence is about."""
    ppl = ctx.people
    if _POSSESSED_SUBJECT.match(ctx.body, mn.end):
        return False  # "that Lee's assistant suggested": the possessed noun is a clause's subject
    ss = ctx.sentences[ctx.sentence_of(mn.start)][0]
    while j >= 0 and ppl.mentions[j].start >= ss:
        m = ppl.mentions[j]
        if not m.in_quote and m.name != mn.name:
            return True
        j -= 1
    return False


#: A relative clause after an unnamed speaker, up to the cue: "our server, who introduced herself as".
_WHO_CLAUSE = re.compile(r",?[ \t]+who[ \t][^.;:!?\"“”\n]{0,120}")


def introduced_speakers(ctx, rows: list) -> None:
    """Give a quote attributed to an unnamed description ("our server, who introduced herself
    as Kat, told us") the person its relative clause introduces by name before the cue."""
    body = ctx.body
    ppl = ctx.people
    for row in rows:
        res, anchor = row[1], row[3]
        if res is None or res[0] is not None or res[1] is None or anchor is None:
            continue
        if not res[2] < anchor or _WHO_CLAUSE.match(body, res[2], anchor) is None:
            if res[2] < anchor or DESCRIBED_PERSON.match(body, res[1], res[2]) is None:
                continue
            # '“...,” said the woman, who asked that only her first name, Marisol, be used', '“...,”
            # said a woman waiting across the street. She gave her name as Tanya': the name the
            # cue's sentence or the next one gives the one described
            si = ctx.sentence_of(res[2])
            anchor = ctx.sentences[min(si + 1, len(ctx.sentences) - 1)][1]
        k = bisect_left(ppl.starts, res[2])
        while k < len(ppl.mentions) and ppl.mentions[k].end <= anchor:
            m = ppl.mentions[k]
            if not m.in_quote and INTRODUCED_BEFORE.search(body, max(res[2], m.start - 50), m.start):
                row[1] = (m.name, m.start, m.end, ppl.roles.get(m.name))
                break
            k += 1


#: An unnamed person before a pronoun's quotation: "A Dayton mother", "Harbourview's chief
#: executive" (``DESCRIBED_PERSON`` with capitalised words and a possessive name allowed).
_DESCRIBED_HERE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)|[A-Z][\w&.-]*[’']s)[ \t]+"
    r"(?:[A-Za-z0-9’'-]+[ \t]+){0,2}?([a-z]+)\b"
)
#: The last word of a sentence's subject before its verb: "county's chief deputy prosecutor asked".
_SUBJECT_HEAD = re.compile(r"(?:[a-z’'-]+[ \t]+){0,4}?([a-z]+)(?=[ \t]+(?:[a-z]+ed|said|says|was|is|had|has)\b)")
#: A possessive ending, taken off a description's word before it is looked up ("sheriff's").
_POSSESSIVE_S = re.compile(r"['’]s$")
#: An office a named body holds: "Harlow's vice president", "the county's chief engineer".
_OWNER_OFFICE = re.compile(
    # ("the Ironclads' president of business operations": a plural owner, the post's remit after it)
    r"(?:(?:the[ \t]+)?[A-Z][\w&.-]*|the[ \t]+[a-z]+)(?:['’]s|(?<=s)['’])[ \t]+(?:[a-z-]+[ \t]+){0,2}([a-z]+)"
    r"(?:[ \t]+(?:of|for)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?"
)
#: A paragraph opening on what was just said being acted on: "With that, ".
_WITH_THAT = re.compile(r"With[ \t]+(?:that|those[ \t]+words),[ \t]+")
#: A verb of saying anywhere in a sentence.
_SAID_WORD = re.compile(r"\b(?:said|says|told|tells|added|adds)\b")
#: Capitalised words only, an office or a title before a name: "House Minority Leader ".
_CAPITALISED_LEAD = re.compile(r"(?:[A-Z][\w.'’-]*[ \t]+){0,4}")
#: Nouns for an unnamed person that say their sex.
_HEAD_GENDER = {"man": "m", "woman": "f", "boy": "m", "girl": "f"}


def named_next(ctx, rows: list) -> None:
    """Give a quote said by "a woman standing at the edge of her driveway" the name the story
    gives her soon after: "The woman, Lorraine Pettibone, 67, had been ...". Only the same
    head noun, set off by commas right before a person's name, in the next few paragraphs."""
    body = ctx.body
    ppl = ctx.people
    # a pronoun read again later in the paragraph it was just given a name in means the same
    # person ("“...,” she wrote in her letter, which she provided ... “...”")
    renamed: dict[tuple[int, str, str | None], str] = {}
    # the pieces of one attribution share the name given its description ('“A,” said the
    # attorney, Ann Lee of the Legal Aid Project. “B.”')
    described: dict[tuple[int, int], str] = {}
    for row in rows:
        res = row[1]
        if res is None or res[1] is None:
            continue
        pronoun = body[res[1] : res[2]].lower() in ("he", "she")
        if res[0] is None and (res[1], res[2]) in described:
            name = described[res[1], res[2]]
            row[1] = (name, res[1], res[2], ppl.roles.get(name))
            continue
        if res[0] is not None and not pronoun:
            continue
        again = renamed.get((_para_start(body, res[1]), body[res[1] : res[2]].lower(), res[0])) if pronoun else None
        if again is not None:
            row[1] = (again, res[1], res[2], ppl.roles.get(again))
            continue
        m = DESCRIBED_PERSON.match(body, res[1], res[2]) if res[0] is None else None
        if m is not None:
            name = _named_as(ctx, m.group(1), row[0].outer_end)
            hm = _DESCRIPTION_HEAD.search(body, res[1], res[2]) if name is None else None
            if hm is not None and hm.group(1) != m.group(1):
                # "the city’s transportation director" ... "The director, Annika Strand,"; "the
                # chair of the trustees" ... "The chair, Dr Imogen Lowe,": the description's
                # head, its last word or the one before "of"
                name = _named_as(ctx, hm.group(1), row[0].outer_end)
            om = _ONE_OF.match(body, res[1], res[2]) if name is None else None
            if om is not None:
                # "one of the drivers told reporters" ... "That driver, Gus Pappas,"
                name = _named_as(ctx, om.group(1), row[0].outer_end)
            am = _APPOSED_HEAD.match(body, res[2]) if name is None else None
            if am is not None:
                # "said the study's lead author, a wildlife ecologist who ..." ... "That
                # ecologist, Ingrid Lund,": the apposition's head
                name = _named_as(ctx, am.group(1), row[0].outer_end)
            if name is None and body[res[1]] in "Tt" and _person_noun(m.group(1)) and not ppl.named_in(0, row[0].open):
                # an opening quotation by "the plaintiff" or "the mother of three", before anyone
                # is named: the full name the next paragraph opens with ("Delia Marchetti, a
                # retired hygienist, sued ...")
                name = _new_name_opening(ctx, row[0].outer_end, word_gender(m.group(1)), apposed_verb=True)
        elif res[0] is None and (om := _OWNER_OFFICE.fullmatch(body, res[1], res[2])) is not None:
            # "said Harlow's vice president of safety, who joined ... ¶ The executive, Renee
            # Castellanos, said": an office a body's own, restated by its head or as "the
            # executive" or "the official"
            head = om.group(1).lower()
            name = _named_as(ctx, head, row[0].outer_end)
            if name is None and (head in L.ROLE_NOUNS or head in L.TITLE_WORDS or head in _HEADS_OF):
                name = _named_as(ctx, "executive", row[0].outer_end) or _named_as(ctx, "official", row[0].outer_end)
        elif pronoun:
            # "On Bayshore Drive, a man stood in the water. “...,” he said.", "A mother of three
            # ... was in tears. “...,” she said": the pronoun's unnamed person, in the paragraph
            # before it, by a word that says the pronoun's gender or by their trade ("a dairy
            # farmer on the river flats said he ..." and later "The farmer, Rhys Coughlan,")
            para = body.rfind("\n", 0, row[0].open) + 1
            if not body[para : row[0].open].strip():
                para = body.rfind("\n", 0, body[:para].rstrip().rfind("\n") + 1) + 1  # and the one before
            want = pronoun_gender(body[res[1] : res[2]])
            name = _kin_named_before(ctx, row[0].open)
            for x in reversed(list(_DESCRIBED_HERE.finditer(body, para, res[1])) if name is None else []):
                if ppl.in_quote(x.start()):
                    continue  # '“... when a colleague compared her records,” she wrote': the quote's own words
                if _ASKED_BY_BEFORE.search(body, max(0, x.start() - 24), x.start()):
                    continue  # "Asked by the coroner whether ..., she said": the one asking does not answer
                if res[0] is not None and any(
                    mn.name == res[0] for mn in ppl.mentions[bisect_left(ppl.starts, x.start()) :] if mn.start < res[1]
                ):
                    break  # the one the pronoun found is named after the unnamed person, nearer
                if res[0] is not None and ppl.named_in(ctx.sentences[ctx.sentence_of(x.start())][0], x.start(), res[0]):
                    # "The kayaker, Owen Price, told the hearing he had been asked to move by the
                    # event's organiser": the sentence is about the one named before the unnamed
                    break
                words = _PHRASE_WORDS.match(body, x.start(1)).group(0).split()
                heads = [
                    w
                    for w in words
                    if (_HEAD_GENDER.get(w) or word_gender(w)) == want
                    or w in L.OCCUPATIONS
                    or w in L.ROLE_NOUNS
                    or w in _HEADS_OF
                    or w in ("member", "officer")  # "The council's cabinet member for the environment said"
                ]
                name = next((n for w in heads if (n := _named_as(ctx, w, row[0].outer_end)) is not None), None)
                if name is None and (res[0] is None or not ppl.named_in(para, res[1], res[0])):
                    # "was a retired postmaster who ..." and later "The postmaster, Winston Pharr,":
                    # a trade no list holds, restated by its agent noun (not when the one the
                    # pronoun found is named in the paragraph: "Ann Lee picks pears. Her crew got
                    # masks from the grower, she says.")
                    agents = [w for w in words if _AGENT_NOUN.fullmatch(w)]
                    name = next(
                        (
                            n
                            for w in agents
                            if (n := _named_as(ctx, w, row[0].outer_end)) is not None
                            and ppl.gender_of(n) in (None, want)
                        ),
                        None,
                    )
                if name is None and any(w in L.ROLE_NOUNS or w in _HEADS_OF for w in heads):
                    # "The county's chief officer for mobility told reporters ... ¶ The official,
                    # Joseph Ouma Odhiambo, said": any office-holder is "the official"
                    name = _named_as(ctx, "official", row[0].outer_end)
                if name is None:
                    # "the superintendent said ... “...,” she wrote. ¶ Superintendent Lorraine Batiste"
                    office = [w for w in words if w in L.TITLE_WORDS or w in L.ROLE_NOUNS or w in L.OCCUPATIONS]
                    n = _titled_next(ctx, office[-1], row[0].outer_end) if office else None
                    name = n if n is not None and ppl.gender_of(n) in (None, want) else None
                if (
                    name is None
                    and (
                        ctx.sentences[ctx.sentence_of(x.start())][0] == x.start()
                        # ("But the chairman of the owners' association said ...")
                        or _LINK_LEAD.fullmatch(
                            body, _BLANK.match(body, ctx.sentences[ctx.sentence_of(x.start())][0]).end(), x.start()
                        )
                        # "The ruling was welcomed by the head of a consumer group, who said":
                        # a passive's agent, who the clause after goes on about
                        or _PASSIVE_BY_BEFORE.search(body, max(0, x.start() - 30), x.start())
                    )
                    and (
                        heads
                        or any(_POSSESSIVE_S.sub("", w) in L.TITLE_WORDS for w in words)
                        # "A retired marine ecologist who has counted birds ... told the hearing"
                        or any(_AGENT_NOUN.fullmatch(w) for w in words)
                    )
                ):
                    # "The head of the group ... was in tears. “...,” she said. ¶ Ruth Keeble, 71,
                    # founded the group": the paragraph after the quotation names her; "The
                    # county's chief deputy prosecutor asked ... ¶ The prosecutor, Ann Lee,": by
                    # the office the subject's longer description ends in
                    name = _new_name_opening(ctx, row[0].outer_end, want)
                    hm = _SUBJECT_HEAD.match(body, x.start(1)) if name is None else None
                    if hm is not None and (hm.group(1) in L.OCCUPATIONS or hm.group(1) in L.ROLE_NOUNS):
                        name = _named_as(ctx, hm.group(1), row[0].outer_end)
                if name is not None or any(_HEAD_GENDER.get(w) == want for w in words):
                    break
        else:
            continue
        if name is None and res[0] is None and not pronoun:
            # "“...,” the club’s general manager said ... ¶ With that, Diane Kasprzak ended ...":
            # the one the next paragraph says acted on those words, named there first
            end = body.find("\n", row[0].outer_end)
            nxt = _next_paragraph(body, end) if end >= 0 else None
            wm = _WITH_THAT.match(body, nxt) if nxt is not None else None
            lead = _TRADE_LEAD_OPT.match(body, wm.end()) if wm is not None else None
            mn = _mention_at(ppl, body, lead.end()) if lead is not None else None
            if mn is not None and not mn.in_quote and " " in mn.name and ppl.first.get(mn.name) == mn.start:
                name = mn.name
        if name is not None:
            row[1] = (name, res[1], res[2], ppl.roles.get(name))
            if pronoun:
                renamed[_para_start(body, res[1]), body[res[1] : res[2]].lower(), res[0]] = name
            elif res[0] is None:
                described[res[1], res[2]] = name


#: A question's asker, before the one who answers: "Asked by ", "Pressed by ".
_ASKED_BY_BEFORE = re.compile(r"\b(?:Asked|Pressed|Questioned|Challenged|Quizzed)[ \t]+by[ \t]+$")
#: A passive's "by" right before its agent: "was welcomed by ".
_PASSIVE_BY_BEFORE = re.compile(r"\b(?:was|were|has[ \t]+been|have[ \t]+been)[ \t]+[a-z]+ed[ \t]+by[ \t]+$")
#: A word for someone by what they do: "ecologist", "organiser", "inspector", "librarian".
_AGENT_NOUN = re.compile(r"[a-z]{3,}(?:ist|er|or|ian)")
#: A sentence about someone's relative, unnamed there: "Her sister was blunter."
_KIN_WORDS = "|".join(sorted(L.KIN_NOUNS, key=len, reverse=True))
_KIN_OPENS = re.compile(r"\s*(?:But[ \t]+|And[ \t]+)?(?:Her|His|Their)[ \t]+(" + _KIN_WORDS + r")\b")
#: The same after a participle's comma: "Asked about Cheltenham, |her father laughed."
_KIN_OPENS_LOWER = re.compile(r"[ \t]*(?:her|his)[ \t]+(" + _KIN_WORDS + r")\b")


def kin_subject(ctx, s: int, e: int, at: int) -> tuple[str, int, int] | None:
    """(name, start, end) of the relative the sentence ``[s, e)`` before a quotation opening at
    ``at`` opens with ("His brother put it more simply.", "Asked about it, her father laughed."
    from ``s`` past the participle), whom the article named earlier as "his brother, <name>",
    else the one other person of the relative's sex who shares the possessor's surname; None
    otherwise."""
    km = _KIN_OPENS.match(ctx.body, s, e) or _KIN_OPENS_LOWER.match(ctx.body, s, e)
    if km is None:
        return None
    name = _kin_named_before(ctx, at) if km.re is _KIN_OPENS else None
    if name is None:
        name = _same_family(ctx, km)
    return (name, km.start(1), km.end(1)) if name is not None else None


#: The possessive before a relative's word: "her" of "her father".
_HER_OR_HIS = re.compile(r"\b(?:[Hh]er|[Hh]is)\b")
#: Blood relatives, who mostly share a surname.
_BLOOD_KIN = frozenset("father mother dad mum mom son daughter brother sister".split())


def _same_family(ctx, km: re.Match) -> str | None:
    """For "her father" (``km``), the one person other than whoever "her" is who shares her
    surname and is of the relative's sex ("Aoife Fennelly ... her father ... Mick Fennelly")."""
    kin = km.group(1).lower()
    # (a spouse too, when one of that sex shares the name: "Roy and Pat Denning ... Her husband")
    if kin not in _BLOOD_KIN and kin not in ("husband", "wife"):
        return None
    pm = _HER_OR_HIS.search(ctx.body, km.start(), km.start(1))
    if pm is None:
        return None
    ppl = ctx.people
    owner = ppl.antecedent(pm.start(), ctx.sentences, ctx.sent_starts, pm.group(0).lower(), True)
    # (far from anyone it could refer to, "her" is whom the story is about)
    owner = owner or ppl.most_named(km.start(), pronoun_gender(pm.group(0)))
    if owner is None or " " not in owner:
        return None
    want = word_gender(kin)
    family = {
        m.name
        for m in ppl.mentions
        if not m.in_quote
        and m.name != owner
        and " " in m.name
        and m.name.split()[-1] == owner.split()[-1]
        and m.start < km.start()
    }
    fits = [n for n in family if ppl.gender_of(n) == want]
    return fits[0] if len(fits) == 1 and len(family) == 1 else None


def _kin_named_before(ctx, at: int) -> str | None:
    """'... with her sister, Renata Pettigrew, ... ¶ Her sister was blunter. “...,” she said':
    the relative the sentence before the quotation opens with, whom the article named earlier as
    "her sister, <name>" (the only one so named within 2,000 characters)."""
    body = ctx.body
    si = ctx.sentence_of(at)
    ss = ctx.sentences[si][0]
    if body[ss:at].strip():
        span = (ss, at)  # "Her sister was blunter. “...”" in one sentence
    else:
        span = sentence_before(ctx, at)
        if span is None:
            return None
    km = _KIN_OPENS.match(body, *span)
    if km is None:
        return None
    rx = re.compile(r"\b(?:[Hh]er|[Hh]is|[Tt]heir)[ \t]+" + km.group(1) + r",[ \t]+")
    ppl = ctx.people
    found = set()
    for nm in rx.finditer(body, 0, span[0]):
        k = bisect_left(ppl.starts, nm.end())
        if k < len(ppl.mentions) and ppl.mentions[k].start == nm.end():
            found.add(ppl.mentions[k].name)
    if not found and km.group(1) in _INVERSE_KIN:
        found = _kin_of_last_named(ctx, span[0], km.group(1))
    if not found and not ppl.named_in(span[0], at):
        # "His mum was rather less impressed. ¶ “...,” she said. ¶ Jamie’s mum Sandra Strachan,
        # 55, admitted ...": the one the article names so soon after, first there
        later = re.compile(r"(?:\b(?:[Hh]er|[Hh]is)|(?<![\w’'])[A-Z][\w’'-]+['’]s)[ \t]+" + km.group(1) + r",?[ \t]+")
        nm = later.search(body, at, at + 1200)
        k = bisect_left(ppl.starts, nm.end()) if nm is not None else len(ppl.mentions)
        if (
            k < len(ppl.mentions)
            and ppl.mentions[k].start == nm.end()
            and ppl.first.get(ppl.mentions[k].name) == nm.end()
        ):
            found = {ppl.mentions[k].name}
    return found.pop() if len(found) == 1 else None


#: What a relative's relative is called the other way round: her daughter's "mother" is her.
_INVERSE_KIN = {
    **dict.fromkeys(("mother", "father", "mum", "dad"), ("son", "daughter")),
    **dict.fromkeys(("son", "daughter"), ("mother", "father", "mum", "dad")),
    "wife": ("husband",),
    "husband": ("wife",),
    **dict.fromkeys(("brother", "sister"), ("brother", "sister")),
    **dict.fromkeys(("grandmother", "grandfather"), ("grandson", "granddaughter")),
    **dict.fromkeys(("grandson", "granddaughter"), ("grandmother", "grandfather")),
}


def _kin_of_last_named(ctx, at: int, kin: str) -> set[str]:
    """'Glenda Sorrell said ... ¶ Her daughter, Tasha Sorrell, sees it differently. ... Tasha
    Sorrell said ... ¶ Her mother laughed': whose relative ``kin`` is, when the last person
    named before ``at`` was introduced as that person's relative the other way round."""
    body = ctx.body
    ppl = ctx.people
    k = bisect_left(ppl.starts, at) - 1
    while k >= 0 and ppl.mentions[k].in_quote:
        k -= 1
    if k < 0:
        return set()
    last = ppl.mentions[k].name
    # ("with his son Rhys": the comma may be left out before a given name)
    # ("Siobhán’s mother, Mary Hegarty": whose, by name)
    rx = re.compile(
        r"(?:\b([Hh]er|[Hh]is|whose)|(?<![\w’'])[A-Z][\w’'-]+['’]s)[ \t]+(?:"
        + "|".join(_INVERSE_KIN[kin])
        + r"),?[ \t]+"
    )
    found = set()
    for nm in rx.finditer(body, max(0, at - 2000), at):
        j = bisect_left(ppl.starts, nm.end())
        if j == len(ppl.mentions) or ppl.mentions[j].name != last:
            continue
        # (perhaps after a rank: "Ms. Lowry, whose husband, Staff Sgt. Aaron Lowry, is")
        if _before_title(body, _before_title(body, ppl.mentions[j].start)) != nm.end():
            continue
        if nm.group(1) is None:
            k = bisect_left(ppl.starts, nm.start())
            owner = ppl.mentions[k] if k < len(ppl.mentions) and ppl.mentions[k].start == nm.start() else None
            if owner is not None and owner.name != last and word_gender(kin) in (None, ppl.gender_of(owner.name)):
                found.add(owner.name)
            continue
        want = pronoun_gender(nm.group(1))
        j -= 1
        while j >= 0 and (
            ppl.mentions[j].in_quote
            or ppl.mentions[j].name == last
            or (want is not None and ppl.gender_of(ppl.mentions[j].name) not in (None, want))
        ):
            j -= 1
        if j >= 0 and word_gender(kin) in (None, ppl.gender_of(ppl.mentions[j].name)):
            found.add(ppl.mentions[j].name)
    return found


#: The head noun of an apposition after a description: ", a wildlife ecologist who".
_APPOSED_HEAD = re.compile(
    r",[ \t]+(?:an?|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z]{3,})(?=[ \t]*(?:[,.;]|who\b|whose\b|with\b|at\b|of\b|for\b|in\b|based\b))"
)
#: One of a group of people, and the singular of the group's word: "one of the drivers".
_ONE_OF = re.compile(r"[Oo]ne[ \t]+of[ \t]+(?:the|its|their|our|his|her)[ \t]+(?:[a-z-]+[ \t]+)?([a-z]{3,}?)s\b")
#: A description's head noun: the word before its first "of", else its last word.
_DESCRIPTION_HEAD = re.compile(r"\b([a-z]+)(?:[ \t]+of\b.*|)$")
#: The words of an unnamed person's description from its first, up to four: "county’s chief assistant prosecutor".
_PHRASE_WORDS = re.compile(r"[a-z0-9’'-]+(?:[ \t]+[a-z0-9’'-]+){0,3}")


def _named_as(ctx, head: str, after: int, reach: int = 800, owner: bool = False) -> str | None:
    """The person the story names after ``after`` as "The <head>, <name>," (within ``reach``
    characters): "The woman, Lorraine Pettibone, 67, had been ...", "The chair, Dr Ann Lee,";
    with ``owner``, whoever's they are too: "The family's attorney, Keith Brannigan,"."""
    rx = re.compile(
        # ("The executive director, Linnea Marsh,", "the managing director, Mr Ebenezer Quaye-Mensah,")
        r"\b(?:[Tt]he|[Tt]hat|[Tt]his)[ \t]+"
        + (r"(?:[\w-]+['’]s[ \t]+)?" if owner else "")
        + r"(?:(?:managing|executive|general|chief|senior|deputy|assistant)[ \t]+)?"
        + _restating(head)
        # "That diver, hydrogeologist Ann Lee,", "The captain, identified by the line as Ann Lee,"
        # ("the instructor — Wade Hollister, 52,": a dash sets the name off too)
        + r"(?:,|[ \t]+[—–])[ \t]+(?:identified[^,.;\n]{0,40}?[ \t]as[ \t]+|(?:(?![a-z]+(?:ed|ing)\b|(?:by|of|for|with|from|to|in|on|at)\b)[a-z-]+[ \t]+){0,2})"
        # (a capitalised office may come first: "The officer, Senior Port Conservator S. Harikumar,")
        + r"(?:(?:Senior|Chief|Deputy|Assistant|Principal|Port|District|County|Regional)[ \t]+){0,3}"
        # ("The convener, Councillor Elspeth Munro,": a councillor's or an officer's title too)
        + r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Councillor|Cllr|Cr|Sen|Rep|Judge|Det|Insp|Sgt|Supt|Col|Capt|Maj|Lt)"
        + r"\.?[ \t]+){0,2}"
    )
    nm = rx.search(ctx.body, after, after + reach)
    while nm is not None and _OBJECT_VERB_BEFORE.search(ctx.body, max(0, nm.start() - 20), nm.start()):
        # "A political action committee backing the sheriff, Tamsen Safe Streets,": the name is
        # set beside what the verb's object belongs to, not beside "the sheriff"
        nm = rx.search(ctx.body, nm.end(), after + reach)
    if nm is None:
        return None
    ppl = ctx.people
    k = bisect_left(ppl.starts, nm.end())
    if k < len(ppl.mentions) and ppl.mentions[k].start == nm.end():
        return ppl.mentions[k].name
    return None


#: A participle whose object a description is: "backing ", "led by ".
_OBJECT_VERB_BEFORE = re.compile(r"\b[a-z]{3,}(?:ing|ed)(?:[ \t]+by)?[ \t]+$")
#: A sentence opening on a person's name that goes on about them: "Rachel Dunmore, who was
#: appointed to the role in the spring, added", "Simon Varley said".
_NAME_GOES_ON = re.compile(
    r",[ \t]+(?:who|whose|\d{1,3},)[ \t]|[ \t]+(?:also[ \t]+)?(?:said|says|added|adds|told|tells|went[ \t]+on|insisted|"
    r"warned|argued|admitted|explained|continued|declined|refused|confirmed|denied|acknowledged|conceded)\b"
)


#: A name's verb saying they go on: " added", " went on".
_ADDS = re.compile(r"[ \t]+(?:also[ \t]+)?(?:added|adds|went[ \t]+on|goes[ \t]+on|continued)\b")
#: Titles of a council's or a legislature's members, who may chair or lead one of its bodies.
_MEMBER_TITLES = frozenset("cllr councillor cr sen senator rep representative assemblyman assemblywoman".split())
#: A name's own verb in the past, perhaps after "then": " then called", " moved".
_THEN_ACTS = re.compile(r"(?:[ \t]+(?:then|later|also|finally))?[ \t]+[a-z]{3,}ed\b")
#: A peer's title right before a name: "Lord |Penhallow".
_PEERAGE_BEFORE = re.compile(r"\b(?:Lord|Baroness|Viscount|Viscountess|Earl|Countess|Marquess)[ \t]+$")
#: A name opening a paragraph, described at more length before its verb: ", an independent
#: consultant based in Austin, Texas, said", " – Josh's father – admitted", " of St Keverne, who".
_OPENS_DESCRIBED = re.compile(
    # (" of the Intermountain College of Veterinary Medicine, who")
    r"(?:[ \t]+of[ \t]+(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}|the[ \t]+[A-Z][a-z]+(?:[ \t]+(?:of[ \t]+)?[A-Z][a-z]+){0,4}))?"
    r"(?:,[ \t]+(?:who|whose)[ \t]"
    r"|(?:,[ \t]+[^;:.\"“”\n]{3,150}?,|[ \t]+[–—][ \t]+[^;:.\"“”\n–—]{3,60}?[ \t]+[–—])[ \t]+(?:also[ \t]+)?"
    r"(?:said|says|told|tells|added|adds|insisted|warned|argued|admitted|explained|conceded|confirmed)\b)"
)


#: What describes a party's member before the party's word: "the chamber's longest-serving |Republican".
_PARTY_MEMBER_DESCRIBED = re.compile(r"\b[Tt]he[ \t]+(?:[a-z’'-]+[ \t]+){0,3}$")


def role_named_next(ctx, rows: list) -> None:
    """Give a quote said by "the shadow chancellor", an office the article gave no one
    before, the person named right after it: '“...,” the shadow chancellor said. Rachel
    Dunmore, who was appointed to the role in the spring, added ...'. Only a name written for
    the first time, opening the next sentence, with no one else named in between."""
    ppl = ctx.people
    done: dict[tuple[int, int], str | None] = {}
    for row in rows:
        res = row[1]
        if res is not None and res[0] in L.PARTY_WORDS and res[1] is not None:
            # "said the chamber's longest-serving Republican, who voted no": a party's member
            # described, no name
            dm = _PARTY_MEMBER_DESCRIBED.search(ctx.body, max(0, res[1] - 60), res[1])
            res = (None, dm.start(), res[2], None) if dm is not None else res
        if (
            res is not None
            and res[0] is not None
            and res[1] is not None
            and res[0] not in ppl.roles
            and (hm := _HEAD_OF_BODY.search(ctx.body, max(0, res[1] - 40), res[1])) is not None
        ):
            # "the head of the Faculty Senate said ... ¶ Helen Ruiz-Batista, a chemistry professor
            # who has led the Faculty Senate since 2022,": the body's head, who is named next
            if (hm.start(), res[2]) not in done:
                done[hm.start(), res[2]] = _named_after(ctx, (None, hm.start(), res[2], None))
            name = done[hm.start(), res[2]]
            if name is not None:
                row[1] = (name, hm.start(), res[2], ppl.roles.get(name))
            continue
        if res is None or res[0] is not None or res[1] is None:
            continue
        if ctx.body[res[1] : res[2]].lower() == "one" and (om := _ONE_OF_MANY.match(ctx.body, res[1])) is not None:
            res = (None, res[1], om.end(), None)  # "said one| of the three directors who voted no"
        if (res[1], res[2]) not in done:
            done[res[1], res[2]] = _named_after(ctx, res)
        name = done[res[1], res[2]]
        if name is not None:
            row[1] = (name, res[1], res[2], ppl.roles.get(name))
            _pronoun_goes_on(ctx, rows, row, name)


def _pronoun_goes_on(ctx, rows: list, row, name: str) -> None:
    """'NHS Highland's director of planned care said the figures were “...”. ¶ “...,” she said.
    ¶ Dr Alison Gunn said ...': the paragraph right after the described one, opening on a
    quotation whose cue is a pronoun that may be hers, with no one named since, is hers too."""
    body = ctx.body
    ppl = ctx.people
    nxt = _next_paragraph(body, row[0].outer_end)
    if nxt is None:
        return
    for other in rows:
        res = other[1]
        if other[0].open < nxt or res is None or res[1] is None:
            continue
        if (
            other[0].open == nxt
            and body[res[1] : res[2]].lower() in ("he", "she")
            and ppl.gender_of(name) in (None, pronoun_gender(body[res[1] : res[2]]))
            and not ppl.named_in(row[0].outer_end, res[1])
        ):
            given = (name, res[1], res[2], ppl.roles.get(name))
            for piece in rows:
                # (the pieces of the quotation, and those going on from it, share its cue)
                if piece[1] is not None and piece[1][1] == res[1] and piece[1][2] == res[2]:
                    piece[1] = given
        break


#: The head of a body the cue names: "the head of |the Faculty Senate".
_HEAD_OF_BODY = re.compile(
    r"\b[Tt]he[ \t]+(?:head|chair|chairman|chairwoman|chairperson|president|leader|principal|dean)[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?$"
)
#: A description's head before what it is of: "the chief executive| of Highveld Rail", "the
#: Department of Environment's senior wildlife officer| for the region".
_HEAD_BEFORE_OF = re.compile(
    r"[Tt]he[ \t]+(?:[^,;\n]{0,60}?['’]s[ \t]+)?(?:[a-z-]+[ \t]+){0,2}?([a-z]+)[ \t]+(?:of|for|at)\b"
)


#: Words that make an official one post: "the county's top ...", "the city's chief ...".
_ONE_POST = re.compile(r"['’]s[ \t]+(?:top|chief|senior|most[ \t]+senior)[ \t]")


#: An indefinite description: "a law professor".
_INDEFINITE = re.compile(r"[Aa]n?[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z]+)$")
#: Someone unnamed on purpose: "who asked not to be named", "who declined to be identified".
_UNNAMED_ASKED = re.compile(
    r"\b(?:asked|requested|declined|refused|spoke|speaking|agreed)[ \t]+(?:not[ \t]+)?(?:to[ \t]+)?"
    r"(?:be[ \t]+)?(?:named|identified|anonymously|on[ \t]+condition)"
)


#: What an office is in charge of, after its head: "the senior warden| in charge of Tsavo East".
_IN_CHARGE = re.compile(
    r"[ \t]+(?:in[ \t]+(?:charge|command)(?:[ \t]+(?:of|at))?|responsible[ \t]+for|leading|heading|running|overseeing|"
    r"handling)\b"
)
#: A relative clause after a description: "the club official| who raised the alarm".
_WHO_AFTER = re.compile(r"[ \t]+who[ \t]+[a-z]")
#: A cue's verb right before the one it gives the words: "said |the crossbench peer".
_CUE_VERBS = r"(?:said|says|added|adds|told|tells|wrote|writes|recalled|recalls|explained|insisted)"
_VERB_BEFORE = re.compile(r"\b" + _CUE_VERBS + r"[ \t]+$")
#: A longer description, of a cue's own speaker: "the company's co-founder and chief executive".
#: (a post of the body it names, "the company's ...", not "the life insurance company fund manager")
_LONG_DEFINITE = re.compile(
    r"[Tt]he[ \t]+(?:[A-Za-z0-9-]+[ \t]+)?[A-Za-z0-9-]+['’]s[ \t]+(?:[A-Za-z0-9’'-]+[ \t]+){1,5}?([a-z]+)$"
)
#: The same with what the office is of: "NHS Highland's director| of planned care".
_NAMED_OWNER_OF = re.compile(
    r"(?:[A-Z][\w.&-]*[ \t]+){0,3}[A-Z][\w.&-]*['’]s[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z]+)[ \t]+(?:of|for)[ \t]+"
    r"[a-z][a-z \t-]{0,40}"
)
#: One of several holders of a post, by its plural: "one of the three |director|s".
_ONE_OF_MANY = re.compile(r"[Oo]ne[ \t]+of[ \t]+(?:the|its|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?([a-z]{3,}?)s")
#: Someone's hired help, by a possessive: "their coach", "her longtime agent".
_POSSESSED_ROLE = re.compile(r"(?:[Tt]heir|[Hh]is|[Hh]er)[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z]+)$")
_HIRED_HEADS = frozenset("coach trainer manager lawyer attorney solicitor barrister agent teacher principal".split())
#: A named body's office, with no article: "Ridgeway State's athletic director".
_NAMED_OWNER_DEFINITE = re.compile(
    r"(?:[A-Z][\w.&-]*[ \t]+){0,3}[A-Z][\w.&-]*['’]s[ \t]+(?:[a-z-]+[ \t]+){0,2}([a-z]+)$"
)
#: A cue's verb right after the one it gives the words: "the fire marshal| said".
_CUE_VERB_AFTER = re.compile(r"[ \t]+" + _CUE_VERBS + r"\b")
#: A relative clause right after the description, perhaps set off by a comma: "the crossbench
#: peer| who tabled", "the chamber's longest-serving Republican|, who voted no".
_WHO_FOLLOWS = re.compile(r",?[ \t]+who[ \t]+[a-z]")


def _lead_start(ctx, mn) -> int:
    """Where the title or the role written right before the mention ``mn`` starts ("Cllr ",
    "Municipal commissioner "): its sentence's start when only a few words, no clause, come
    before the name; else the start of a title right before it, else the mention's start."""
    body = ctx.body
    ss = ctx.sentences[ctx.sentence_of(mn.start)][0]
    if ss < mn.start and _ROLE_WORDS_ONLY.fullmatch(body, ss, mn.start) and ctx.people.roles.get(mn.name):
        return ss
    return _before_title(body, mn.start)


#: Words that present the one just described by name: "That is |Russ Eckhart".
_THAT_IS_BEFORE = re.compile(r"(?:That|This)[ \t]+(?:is|was)[ \t]+$")
#: Another word for the one described, set before their name: "The researcher, Dr. ".
_THE_NOUN_APPOSED = re.compile(r"\bThe[ \t]+([a-z]{3,}),[ \t]+$")
#: A few words and no clause: what a role written before a name may be ("Municipal commissioner ").
_ROLE_WORDS_ONLY = re.compile(r"(?:[A-Za-z.’'-]+[ \t]+){1,4}")


def _named_after(ctx, res, titled: bool = True) -> str | None:
    """The person ``role_named_next`` gives the description ``res``, or None (without
    ``titled``, not one whose capitalised office only resembles the description's)."""
    body = ctx.body
    ppl = ctx.people
    end = res[2]
    wm = _WHO_AFTER.search(body, res[1], res[2])
    if wm is not None:
        end = wm.start()  # "the club official who raised the alarm": one person, so described
    cm = _IN_CHARGE.search(body, res[1], end)
    if cm is not None:
        end = cm.start()  # "the senior warden in charge of Tsavo East": the warden
    m = _DEFINITE.fullmatch(body, res[1], end) or _HEAD_BEFORE_OF.match(body, res[1], end)
    # the description is the cue's own: "said |the crossbench peer", "the fire marshal| said"
    verb_before = _VERB_BEFORE.search(body, max(0, res[1] - 12), res[1]) is not None
    cued = verb_before or _CUE_VERB_AFTER.match(body, res[2]) is not None
    if (
        m is None
        and cued
        and (lm := _LONG_DEFINITE.fullmatch(body, res[1], end)) is not None
        and lm.group(1) in _HEADS_OF | _WORKER_HEADS
    ):
        m = lm  # "the company's co-founder and chief executive wrote": two posts, one person
    if m is None and cued:
        m = _NAMED_OWNER_DEFINITE.fullmatch(body, res[1], end)  # "Ridgeway State's athletic director said"
    if m is None and cued:
        m = _NAMED_OWNER_OF.fullmatch(body, res[1], end)  # "NHS Highland's director of planned care said"
    if m is None and cued:
        m = _ONE_OF_MANY.fullmatch(body, res[1], end)  # "said one of the three directors who voted no"
    if m is None and cued and (pm := _POSSESSED_ROLE.fullmatch(body, res[1], end)) is not None:
        # "“...,” their coach said afterward. ¶ Ray Halvorsen started the program in 2019": one
        # who works for the people the story is about, named next (a relative is not so named)
        m = pm if pm.group(1) in _HIRED_HEADS else None
    if m is not None and (of := _HEAD_BEFORE_OF.match(body, res[1], end)) is not None and of.end() < end:
        m = of  # "the university's director of athletics": the director, not the athletics
    who = wm or _WHO_FOLLOWS.match(body, res[2])
    if m is None and who is not None and not _UNNAMED_ASKED.search(body, who.start(), who.end() + 80):
        # "said a law professor who studies franchise disputes. ¶ Amelia Strand, who teaches
        # at ..., said": one person, described by what they do, named next
        m = _INDEFINITE.fullmatch(body, res[1], end)
    # "said a cyber security lecturer. ¶ Dr Orla Bradley added that ...": one described, then
    # the one who adds to it (only so: "said a neighbour" is seldom the next one named)
    adds = m is None and (m := _INDEFINITE.fullmatch(body, res[1], end)) is not None
    if m is None or _AGE.search(body, res[1], end):
        return None
    head = m.group(1).lower()
    if head in L.BODY_NOUNS and wm is None:
        return None  # "the board said ... ¶ Lyle Duchesne, whose grandfather founded ...": a body, no person
    if (
        head in _NOT_A_PERSON_HEAD
        and wm is None
        and not _WHO_AFTER.match(body, res[2])
        # ("the county's top election official": one post, whoever holds it)
        and not (head == "official" and _ONE_POST.search(body, res[1], res[2]))
    ):
        return None
    if ppl.by_role(head, res[1], body[res[1] : res[2]].lower()) is not None:
        return None
    office = _titled_next(ctx, head, res[2]) if titled else None
    if office is not None:
        return office  # "“...,” the fire marshal said. ¶ Fire Marshal Denise Okafor said ..."
    if not (
        head in L.ROLE_NOUNS
        # ("the deputy vice-chancellor": an office the last part of the word names)
        or head.rsplit("-", 1)[-1] in L.ROLE_NOUNS
        or head in L.OCCUPATIONS
        or head in _WORKER_HEADS
        or head in L.TITLE_WORDS
        or head in _HEADS_OF
        or head in ("member", "official")
        # "said the crossbench peer who tabled the amendment", "the chamber's longest-serving
        # Republican, who voted no": whatever the word, "who" says it is a person
        # (only right after the cue's verb: "A baker who was sacked ... has been awarded" is
        # what the story is about, not who said it)
        or (who is not None and verb_before and not _UNNAMED_ASKED.search(body, who.start(), who.end() + 80))
        # "said the mover of the motion": one who does what the word says, of something named
        or (
            (_HEAD_BEFORE_OF.match(body, res[1], end) is not None or re.match(r"[ \t]+of\b", body[res[2] : res[2] + 4]))
            and _AGENT_NOUN.fullmatch(head) is not None
        )
    ):
        return None  # ("the Independent member for the area": a seat's holder)
    # (not a body the description itself names: "the chief executive of Highveld Rail told reporters")
    k = bisect_left(ppl.starts, ctx.sentences[ctx.sentence_of(res[2])][1])
    while k < len(ppl.mentions) and ppl.mentions[k].in_quote:
        k += 1
    if k == len(ppl.mentions):
        return None
    mn = ppl.mentions[k]
    if _restates(ctx, head, res[2], mn):
        return mn.name
    # the paragraph right after the quotation's opens with the name (or its role or title first):
    # then its apposition and an office like the description's say it is theirs too
    lead = _lead_start(ctx, mn)
    tm = _THAT_IS_BEFORE.search(body, max(0, lead - 10), lead) or re.compile(
        rf"\bThe[ \t]+{re.escape(head)}[ \t]+(?:is|was)[ \t]+$"
    ).search(body, max(0, lead - 40), lead)
    apposed = False
    if tm is None and (am := _THE_NOUN_APPOSED.search(body, max(0, lead - 30), lead)) is not None:
        # "the study's lead author said Tuesday. ¶ The researcher, Dr. Hannah Viljoen, ...": the
        # one described, by another word for a person, with the name after it
        apposed = am.group(1) in L.OCCUPATIONS or am.group(1) in L.ROLE_NOUNS
        tm = am if apposed else None
    if tm is not None:
        # "says the man who owns the place. ¶ That is Russ Eckhart, 71, who bought", "the witness
        # answered. ¶ The witness was Yesenia Ochoa, 27,"
        lead = tm.start()
    # "Harriet Okafor, the MP for Thornbury Vale, who has chaired the committee since 2022": the
    # office said as what she does
    acts = _acts_as(body, mn.end, ctx.sentences[ctx.sentence_of(mn.start)][1], head)
    opens_next = body[lead - 1 : lead] == "\n" and (
        body.count("\n\n", res[2], lead) == 1
        # ("“...,” said the dig's site director. ¶ “...” ¶ Dr Imogen Salter, of ..., said": past
        # the quotation's paragraphs that go on with no cue)
        or _only_quotations_between(body, res[2], lead)
    )
    # "Lord Penhallow of St Keverne, who ran ...": a peer's title and one name are a full name
    peer = (
        " " not in mn.name
        and _PEERAGE_BEFORE.search(body, max(0, mn.start - 12), mn.start) is not None
        and next(m.start for m in ppl.mentions if m.name == mn.name) == mn.start
    )
    if (
        mn.start - res[2] > 600
        or (adds and not (opens_next and _ADDS.match(body, mn.end)))
        or (ppl.first.get(mn.name) != mn.start and not peer)
        or (" " not in mn.name and not peer)
        # (a title may come first: "Cllr Declan Furlong, who has represented the area")
        or (
            not opens_next
            and not SENTENCE_OPENS_BEFORE.search(
                body, max(0, _before_title(body, mn.start) - 4), _before_title(body, mn.start)
            )
        )
        or not (
            _NAME_GOES_ON.match(body, mn.end)
            # "Maricel Dumlao, chair of the drivers' cooperative, said"
            or (opens_next and APPOSED_SAYS.match(body, mn.end))
            # "Tobias Marchetti, an independent consultant based in Austin, Texas, said", "Gary
            # Threlfall – Josh's father – admitted", "Lord Penhallow of St Keverne, who ran":
            # opening the paragraph right after, a longer apposition still says who they are
            or (opens_next and _OPENS_DESCRIBED.match(body, mn.end))
            or (opens_next and apposed)
            # "said the committee's chairwoman before the vote. ¶ Cllr Nerys Huws then called
            # the vote": an office's holder, named as the paragraph after opens, doing something
            or (
                opens_next
                and not adds
                and who is None
                and _THEN_ACTS.match(body, mn.end)
                and cued  # (not the subject of "was told by a Labour MP")
            )
            # "Wendell Tofte took over as chief of the brigade in 2017": the sentence gives them the office
            or re.search(rf"\b{re.escape(head)}\b", body[mn.end : ctx.sentences[ctx.sentence_of(mn.start)][1]])
            or acts
        )
    ):
        return None
    role = ppl.roles.get(mn.name)
    bare = role.lower().rstrip(".") if role else ""
    if (
        role
        and head not in bare
        and not acts
        # ("Everett Combs, a retired school superintendent, says": a post no longer held
        # is no other office, so "the library board's chairman" before may be his)
        and not bare.startswith(_LEFT_TRADE)
        # ("said the mover of the motion ¶ Kithure Ward MCA Jane Mutua said": one who did
        # something, no office that another office would contradict)
        and not (
            opens_next
            and _AGENT_NOUN.fullmatch(head) is not None
            and head not in L.ROLE_NOUNS
            and head not in L.OCCUPATIONS
            and head not in _HEADS_OF
            and head not in L.TITLE_WORDS
        )
        and not (bare in L.COURTESY_TITLES or (head == "member" and bare in L.TITLE_WORDS))
        # ("the committee's chairwoman ¶ Cllr Nerys Huws": a member's title, whatever they chair)
        and not (bare in _MEMBER_TITLES and head in _HEADS_OF)
        # ("the chamber's longest-serving Republican ¶ Senator Howard Falk": a party's member
        # holds whatever seat)
        and not (m.group(1) in L.PARTY_WORDS and role_words(role) & L.TITLE_WORDS)
        # ("said the officer leading the inquiry ¶ Det Insp Colette Varley, of ..., said": a rank is an officer's)
        and not (head == "officer" and role_words(role) & _RANKS)
        and not (
            opens_next
            and body[res[1] : end].islower()
            and (head in _HEADS_OF or head == "official")
            and role_words(role) & _HEADS_OF
        )
        # "“...,” the county's top election official said. ¶ County Clerk Theresa Gallo said":
        # any office written before the name is an official's
        and not (opens_next and head == "official" and _lead_start(ctx, mn) < mn.start)
        # ("the study's lead author ¶ The researcher, Dr. Ann Lee, a freshwater ecologist,": the
        # description said again in other words)
        and not (opens_next and apposed)
    ):
        # "Tom Ray, the opposition leader, said": someone else, with an office of their own
        # (not "Dr", nor a member's "Cllr"; "the civic chief" may be the "Municipal
        # commissioner", "the head of one cooperative" its "chair", a club's official its secretary)
        return None
    return mn.name


#: Police and military ranks, each an officer's.
_RANKS = frozenset(
    "det detective insp inspector sgt sergeant supt superintendent constable pc dc ds di dci ch "
    "lt lieutenant capt captain col colonel maj major cmdr commander".split()
)
#: Offices whose word is also the verb for holding them: "chaired", "heads", "leads".
_VERB_OFFICES = frozenset("chair head lead direct manage coach captain edit".split())


def _acts_as(body: str, s: int, e: int, head: str) -> bool:
    """Whether ``[s, e)`` says someone holds the office ``head`` by its verb: "who has chaired"."""
    if head not in _VERB_OFFICES:
        return False
    # ("who has led the Faculty Senate since 2022": the head of it, whoever leads it)
    verb = f"{head}(?:s|ed)" if head not in ("head", "lead") else "(?:heads|headed|leads|led)"
    return re.compile(rf"\bwho[ \t]+(?:has[ \t]+|had[ \t]+)?{verb}\b").search(body, s, e) is not None


#: A description of their own set after a name: ", 28, a ride-hailing driver," (someone else
#: than "the singer" the quotation before was given).
_OWN_DESCRIPTION = re.compile(r",[ \t]+(?:\d{1,3},[ \t]+)?an?[ \t]+")


#: The words of a trade or a post no longer held: "retired ", "former ".
_LEFT_TRADE = ("retired ", "former ", "ex-")


def _restating(head: str) -> str:
    """A pattern for the words a reporter names a described person again by: the description's
    head, or the general word for its kind ("“...,” the city's chief information officer said.
    ¶ The official, Rafael Ibarra, ..."; "said the paleontologist leading the dig ¶ The
    scientist, Dr. Ifeoma Nwachukwu,")."""
    said = re.escape(head)
    if head in L.ROLE_NOUNS or head in L.OCCUPATIONS or head in _HEADS_OF or head in L.TITLE_WORDS:
        said += "|official|executive"
    if head.endswith(("ologist", "ist")) and head not in ("activist", "artist", "journalist", "columnist"):
        said += "|scientist|researcher"
    return f"(?:{said})"


def _restated_after(ctx, head: str, after: int) -> str | None:
    """The person named first after the sentence ending past ``after`` (outside quotations),
    when ``_restates`` says that sentence gives them the description's ``head``."""
    ppl = ctx.people
    k = bisect_left(ppl.starts, ctx.sentences[ctx.sentence_of(after)][1])
    while k < len(ppl.mentions) and ppl.mentions[k].in_quote:
        k += 1
    if k == len(ppl.mentions) or not _restates(ctx, head, after, ppl.mentions[k]):
        return None
    return ppl.mentions[k].name


def _restates(ctx, head: str, after: int, mn) -> bool:
    """Whether the mention ``mn``, named for the first time within 600 characters of
    ``after``, opens its sentence set beside the description's ``head`` said again: "“...,” the
    county's top prosecutor told reporters. ¶ The prosecutor, District Attorney Helen
    Marquardt, said ..."."""
    ss = ctx.sentences[ctx.sentence_of(mn.start)][0]
    said = _restating(head)
    return (
        mn.start - after <= 600
        and ctx.people.first.get(mn.name) == mn.start
        and re.compile(rf"[Tt]he[ \t]+(?:[a-z'’-]+[ \t]+){{0,3}}{said},[ \t]+(?:[A-Z][a-z.]+[ \t]+){{0,3}}").fullmatch(
            ctx.body, ss, mn.start
        )
        is not None
    )


#: Words for whoever heads a body, any of which may describe the one another names.
_HEADS_OF = frozenset(
    "head chief chair chairman chairwoman chairperson president commissioner director leader lead secretary "
    "principal dean provost".split()
)


#: Words for one office ("the village's top lawyer" ... "Village Solicitor Renee Falk").
_LAWYERS = frozenset("lawyer solicitor attorney counsel barrister".split())
_SAME_OFFICE = {w: _LAWYERS for w in _LAWYERS} | {"judge": frozenset({"judge", "justice"})}


def _titled_next(ctx, head: str, after: int) -> str | None:
    """The person named first after ``after`` (within 600 characters, outside quotations), for
    the first time, opening a sentence with an office of their own written before the name that
    opens or ends with ``head``: "Fire Marshal Denise Okafor said" for "the fire marshal", "Chief
    Financial Officer Ravi Dunleavy declined" for "the finance chief"."""
    body = ctx.body
    ppl = ctx.people
    k = bisect_left(ppl.starts, after)
    while k < len(ppl.mentions) and ppl.mentions[k].in_quote:
        k += 1
    if k == len(ppl.mentions):
        return None
    mn = ppl.mentions[k]
    role = ppl.roles.get(mn.name) or ""
    if mn.start - after > 600 or ppl.first.get(mn.name) != mn.start or " " not in mn.name:
        return None
    words = role.lower().split()
    heads = _SAME_OFFICE.get(head, {head})
    if not words or not heads & {words[0], words[-1]} or head in L.ORG_WORDS or head in _BODY_WORDS:
        # (not "home affairs spokesman" for "the home secretary", nor "Committee chairman" for the committee)
        return None
    lead = body.rfind(role, max(0, mn.start - len(role) - 2), mn.start)
    if (
        lead < 0
        or body[lead + len(role) : mn.start].strip()
        or not SENTENCE_OPENS_BEFORE.search(body, max(0, lead - 4), lead)
    ):
        return None
    return mn.name


#: A paragraph ending inside a quotation that the next one goes on with: no closing mark after
#: its last opening one.
_UNCLOSED_END = re.compile(r"[\"“‘][^\"”’\n]*\n\s*$")


def _person_noun(word: str) -> bool:
    """Whether an unnamed description's head is a person's ("mother", "plaintiff", "postmaster"),
    not a body's ("company", "retailer")."""
    return word not in L.BODY_NOUNS and (
        word_gender(word) is not None
        or word in L.OCCUPATIONS
        or word in L.ROLE_NOUNS
        or word in L.KIN_NOUNS
        or _AGENT_NOUN.fullmatch(word) is not None
    )


#: An apposition and a verb after a name: "Delia Marchetti, a retired hygienist from Mesa, sued".
_APPOSED_VERB = re.compile(
    # ("Sen. Marisol Ybarra of St. Louis, the minority leader, offered": where they are from first)
    r"(?:[ \t]+of[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?"
    r",[ \t]+(?:an?|the)[ \t]+[^,;\n]{3,80},[ \t]+(?:[a-z]+ly[ \t]+)?(?:[a-z]+ed|spent|took|made|gave|went|came|had|"
    r"was|sat|stood|told|said|led|ran|began|spoke|brought|kept|left|won|lost|read|wrote|has|is)\b"
)


_COMMA_SAYS = re.compile(r",[ \t]+(?:said|says|told|added|insisted|acknowledged|conceded)\b")
#: A description set before a name as its apposition, perhaps with a rank: "the garrison
#: commander, col" (lower-cased, without its last full stop).
_RESTATED_LEAD = re.compile(r"the(?:[ \t]+[a-z’'-]+){1,3},(?:[ \t]+[a-z]+\.?){0,2}")


def _new_name_opening(
    ctx, after: int, want: str | None, apposed_verb: bool = False, any_clause: bool = False
) -> str | None:
    """The person whose full name, written for the first time, opens the paragraph after the one
    holding ``after`` and goes on about them ("Ruth Keeble, 71, founded ..."; with
    ``apposed_verb``, also "Ann Lee, a retired nurse, sued ..."; with ``any_clause``, any
    clause about them, "Judge Helen Marr has presided"), of the gender ``want`` or of none
    known; None when anyone else is named first."""
    body = ctx.body
    ppl = ctx.people
    end = body.find("\n", after)
    nxt = _next_paragraph(body, end) if end >= 0 else None
    while nxt is not None and body[nxt] in "\"“'‘" and _UNCLOSED_END.search(body, max(after, nxt - 400), nxt):
        # '"We are as frustrated as the athletes," he said. "Every athlete will be paid. ¶ "I am
        # asking them ..." ¶ Mr Geoffrey Wambua declined ...': past the rest of the quotation
        after = nxt
        end = body.find("\n", nxt)
        nxt = _next_paragraph(body, end) if end >= 0 else None
    if nxt is None:
        return None
    # (one named in the rest of the quotation's paragraph, "holding the leash of a collie named
    # Juniper II", is not the one the next paragraph opens with)
    k = bisect_left(ppl.starts, nxt)
    if k == len(ppl.mentions):
        return None
    mn = ppl.mentions[k]
    lead = body[nxt : mn.start].strip().rstrip(".").lower()
    if lead and lead not in L.TITLE_WORDS and lead not in L.COURTESY_TITLES and not _RESTATED_LEAD.fullmatch(lead):
        return None  # (a rank may come first: "Sgt. Owen Halloran said"; or "The garrison commander, Col.")
    if (
        mn.in_quote
        or mn.start < nxt
        or ppl.first.get(mn.name) != mn.start
        or " " not in mn.name
        or not (
            _NAME_GOES_ON.match(body, mn.end)
            or APPOSED_SAYS.match(body, mn.end)
            or (apposed_verb and _APPOSED_VERB.match(body, mn.end))
            or (any_clause and _NAME_OPENS_CLAUSE.match(body, mn.end))
            # "The garrison commander, Col. Martin Szabo, said": the apposition closes before the cue
            or (lead and _COMMA_SAYS.match(body, mn.end))
        )
        or (want is not None and ppl.gender_of(mn.name) not in (None, want))
    ):
        return None
    return mn.name


def _apposed_holder(ctx, head: str, before: int) -> str | None:
    """The one person the article set right after "<head>," before ``before`` (within 1,500
    characters): "a letter written by the church's pastor, the Rev. Thomas Agyeman," for "the
    pastor"; None for none or two."""
    rx = re.compile(
        r"\b" + re.escape(head) + r",[ \t]+(?:the[ \t]+)?(?:(?:Rev|Revd|Very[ \t]+Rev|Dr|Mr|Mrs|Ms|Miss|Prof|Fr|Father|"
        r"Sister|Brother|Pastor|Rabbi|Imam)\.?[ \t]+)?$"
    )
    ppl = ctx.people
    found = {
        mn.name
        for mn in ppl.mentions[: bisect_left(ppl.starts, before)]
        if not mn.in_quote and before - mn.start <= 1500 and rx.search(ctx.body, max(0, mn.start - 60), mn.start)
    }
    return found.pop() if len(found) == 1 else None


def _described_as(ctx, head: str, before: int) -> str | None:
    """The last person named before ``before`` whose name the article set beside "a/an/the ...
    ``head``" ("Nathan Kreisberg, an audiologist who ..."), within 1,500 characters; None when
    two people were given that word."""
    ppl = ctx.people
    apposed = re.compile(
        r",?[ \t]+(?:an?|the)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?"
        + re.escape(head)
        # (what follows says the words describe the name: not "Tom Ray, a Treasury spokesman said")
        + r"(?=[ \t]*(?:[,.;)]|(?:who|whose|with|from|at|in|of|for|based|living|working)\b))"
    )
    found: set[str] = set()
    last = None
    for mn in ppl.mentions:
        if mn.start >= before:
            break
        if mn.in_quote or before - mn.end > 1500 or not apposed.match(ctx.body, mn.end):
            continue
        found.add(mn.name)
        last = mn.name
    return last if len(found) == 1 else None


def definite_descriptions(ctx, rows: list) -> None:
    """Give a quote attributed to "the agent" / "the 26-year-old" (no name of its own) the
    last person named before it, when that mention is close (same or previous paragraph)."""

    body = ctx.body
    ppl = ctx.people
    # the pieces of one quotation share their cue's description: read it once, for the first
    done: dict[tuple[int, int], tuple] = {}
    for i, row in enumerate(rows):
        res = row[1]
        if res is None or res[0] is not None or res[1] is None:
            continue
        if (res[1], res[2]) in done:
            row[1] = done[res[1], res[2]]
            continue
        which = body[res[1] : res[2]].lower()
        if which in ("the former", "the latter"):
            name = _former_or_latter(ctx, row[0].open, which == "the latter")
            if name is not None:
                row[1] = done[res[1], res[2]] = (name, res[1], res[2], ppl.roles.get(name))
            continue
        fm = _HOMETOWN_TAIL.search(body, res[1], res[2])
        # ("the 24-year-old from Harrogate said": the age describes her, not the town)
        end = fm.start() if fm is not None and _AGE.search(body, res[1], fm.start()) else res[2]
        m = _DEFINITE.fullmatch(body, res[1], end)
        if m is None:
            continue
        head = m.group(1)
        # "the 41-year-old chart-topper", "the Ballyroan clubman": words for the person the
        # story follows, not for a post someone was given
        aged = (
            _AGE.search(body, res[1], res[2]) is not None
            or head in _DESCRIPTIVE_HEADS
            # "the old man says", "the young woman said": an age in words
            or _AGED_WORDS.search(body, res[1], res[2]) is not None
        )
        if head.isupper() and head.lower() in L.OCCUPATIONS:
            head = head.lower()  # "The MP told BBC News": an office written in capitals
        elif head[0].isupper() and head.lower() in L.ROLE_NOUNS and not aged:
            # "the Speaker said", "the President added": an office written with its capital,
            # only ever the one the article gave it
            holder = ppl.by_role(head.lower(), res[1], body[res[1] : res[2]].lower())
            if holder is None and row[3] is not None and _REPLIED.search(body, res[2], row[3]) is None:
                # "Ms Ní Dhomhnaill said that claim was untrue. ¶ “...,” the Tánaiste said": an
                # office the article gave no one by name is the one the sentence before was about,
                # when that person holds no other office (not a reply in an exchange)
                sm = _subject_before(ctx, row[0].open)
                if (
                    sm is not None
                    and not _holds_office(ppl.roles.get(sm[0]))
                    # (not when someone holds a like office: "Shadow foreign secretary Tom Ray")
                    and not any(head.lower() in (r or "").lower() for r in ppl.roles.values())
                ):
                    holder = sm[0]
            if holder is not None:
                row[1] = done[res[1], res[2]] = (holder, res[1], res[2], ppl.roles.get(holder))
            continue
        elif head[0].isupper() or head.startswith("ex-"):
            # "the Irishman said", "the ex-Wallaby added": a nationality or a former side
            # describes the one the story follows, as an age does (not "the Guardian")
            if not (head in L.DEMONYMS or (head.startswith("ex-") and head[3:4].isupper())):
                continue
            aged = True
            head = ""  # the age's rule below decides, with no role or occupation to match
        sm = _subject_before(ctx, row[0].open) if not aged and head.isalpha() else None
        if sm is None and not aged and head.isalpha():
            sm = _body_subject_before(ctx, row[0].open, head)
        called = sm is None and not aged and head in _BODY_WORDS
        if called:
            sm = _body_called_before(ctx, row[0].open, head)  # "A group called Hens for Homes"
        if not aged and (head in _BODY_WORDS or (sm is not None and sm[0].split()[-1].lower() == head)):
            # "In a statement, Minera Cordillera Norte said ... ¶ “...,” the company said": an
            # unknown name the sentence before was about, which no given name makes a person's;
            # "The Lakes Model Tour disqualified ... ¶ “...,” the tour said": its own last word
            if sm is not None and (called or (ppl.gender_of(sm[0]) is None and not is_first_name(sm[0].split()[0]))):
                row[1] = done[res[1], res[2]] = (sm[0], res[1], res[2], None)
            continue
        if head in _GENDERED_HEADS and not aged:
            # "the bride said", "the widower added": the last person of that gender named before
            want = _GENDERED_HEADS[head]
            k = bisect_left(ppl.starts, res[1]) - 1
            while k >= 0 and (ppl.mentions[k].in_quote or ppl.gender_of(ppl.mentions[k].name) != want):
                k -= 1
            if k >= 0 and res[1] - ppl.mentions[k].end <= 1500:
                name = ppl.mentions[k].name
                row[1] = done[res[1], res[2]] = (name, res[1], res[2], ppl.roles.get(name))
            continue
        if head == "official" and body[res[1] : res[2]].lower() == "the official":
            # "Wang Dezhong, deputy director of the bureau, told residents ... ¶ “...,” the
            # official said": the named office-holder the sentence before was about, when the
            # story brought in no unnamed official the words could be
            sm = _subject_before(ctx, row[0].open)
            if sm is not None and ppl.roles.get(sm[0]) and _UNNAMED_OFFICIAL.search(body, 0, res[1]) is None:
                row[1] = done[res[1], res[2]] = (sm[0], res[1], res[2], ppl.roles.get(sm[0]))
            continue
        worker = head in _WORKER_HEADS and not _RANKED.search(body, res[1], res[2])
        heads_one = (
            head in _HEADS_OF
            and head not in L.ROLE_NOUNS
            # (not "the HDW chief", whom the body it names says: entities' _head_of)
            and not _CAPITAL.search(body, res[1] + 3, res[2])
        )
        if head in _NOT_A_PERSON_HEAD or not (
            head in L.OCCUPATIONS or head in L.ROLE_NOUNS or heads_one or worker or aged
        ):
            described = head not in _NOT_A_PERSON_HEAD and not aged and head.isalpha() and head.islower()
            name = _described_as(ctx, head, res[1]) if described else None
            if name is not None:
                # "Dr. Nathan Kreisberg, an audiologist who lives nearby, ... ¶ “...,” the
                # audiologist said": a word no list knows, which the article itself gave someone
                row[1] = done[res[1], res[2]] = (name, res[1], res[2], ppl.roles.get(name))
            continue
        holder = ppl.by_role(head, res[1], body[res[1] : res[2]]) if not aged else None
        if holder is not None:
            # ("the country's delegate": whose delegate is no part of the role's words)
            if not role_covers(ppl.roles.get(holder), body[res[1] : res[2]]):
                holder = None  # "the top seed" is not the one given "seventh seed"
        if holder is not None:
            k = bisect_left(ppl.starts, res[1]) - 1
            while k >= 0 and ppl.mentions[k].in_quote:
                k -= 1
            if (
                k >= 0
                and ppl.mentions[k].name != holder
                and not ppl.roles.get(ppl.mentions[k].name)
                and _subject_just_before(ctx, row[0].open, ppl.mentions[k])
            ):
                # "Kiana Devereaux ... saw it differently. "...," the guard said": the one the
                # sentence before was about, not the "reserve guard" named paragraphs earlier
                holder = None
        if holder is None and not aged and head.isalpha():
            holder = _apposed_holder(ctx, head, res[1])
        if holder is None and not aged and head in _BODY_HEADS:
            holder = _head_of_named_body(ppl, body[res[1] : res[2]], res[1])
        if holder is not None and another_office(body[res[1] : res[2]], ppl.roles.get(holder)):
            # ("The housing minister, Alison Crewe," is no "shadow housing minister": an apposed
            # holder's role, which ``by_role`` did not read)
            holder = None
        if holder is not None:
            # "The archbishop added:" after "Archbishop Tutu told": the one the article gave the role
            row[1] = done[res[1], res[2]] = (holder, res[1], res[2], ppl.roles.get(holder))
            continue
        k = bisect_left(ppl.starts, res[1]) - 1
        while k >= 0 and ppl.mentions[k].in_quote:
            k -= 1
        if k < 0:
            after = _named_after(ctx, res) if not aged else None
            if after is not None:
                # "“...,” the study's lead author said Tuesday. ¶ The researcher, Dr. Hannah
                # Viljoen, ...": no one named before; the paragraph after names the one described
                row[1] = done[res[1], res[2]] = (after, res[1], res[2], ppl.roles.get(after))
            continue
        mn = ppl.mentions[k]
        # "Afterwards the Kerry captain admitted ... ¶ “...,” the 27-year-old said": one person
        # described twice, so the distance counts from the first description
        near = _described_subject_before(ctx, row[0].open) or res[1]
        # ("the defender told The Guardian. ... ¶ “...,” added the 30-year-old": the one whose
        # words came last is as near as a mention)
        spoke = max((r[0].outer_end for r in rows[:i] if r[1] is not None and r[1][0] == mn.name), default=mn.end)
        last = max(mn.end, spoke)
        if near - last > 600 or (body.count("\n\n", last, near) > 1 and not _ABOUT_HIM.search(body, last, near)):
            continue  # far, or paragraphs between that go on about no one ("He said ..." does)
        j = k - 1
        while (
            _OBJECT_OF.search(body, max(0, mn.start - 16), mn.start) is not None
            and not _SPEAKS_AFTER.match(body, mn.end, mn.end + 40)
        ) or (
            body.startswith(("'s", "’s"), mn.end)
            and (
                PRONOUN_OPENS.match(body, ctx.sentences[ctx.sentence_of(mn.start)][0])
                or _named_before_in_sentence(ctx, j, mn)
            )
        ):
            # "Corbett, soon to reunite with Ronnie Barker, ...", "He chose to bring Steve
            # Finnan's cross down": a person named as an object, or as a possessor in a sentence
            # about "he" or "she", is no one the story is following; the one before is
            while j >= 0 and (ppl.mentions[j].in_quote or ppl.mentions[j].name == mn.name):
                j -= 1
            if j < 0 or body.count("\n\n", ppl.mentions[j].end, res[1]) > 1:
                break
            mn, j = ppl.mentions[j], j - 1
        name = mn.name
        described_near = _described_subject_before(ctx, row[0].open)
        if (
            not aged
            and described_near is not None
            and mn.start < described_near
            and (after := _named_after(ctx, res)) is not None
        ):
            # "“...,” Ray Pruett said. ¶ The fair's livestock superintendent has run the barns
            # ... ¶ “...,” the superintendent said. ¶ Lorene Abbot, who has held the post since
            # 2006, said": one described after the last name, whom the next paragraph names
            row[1] = done[res[1], res[2]] = (after, res[1], res[2], ppl.roles.get(after))
            continue
        if not aged and not ppl.roles.get(name) and ppl.gender_of(name) is None and not is_first_name(name.split()[0]):
            after = _named_after(ctx, res)
            if after is not None:
                # "Lakeshore State cut wrestling. ¶ “...,” the athletic director said. ¶ Monica
                # Szabo-Reyes, who was hired in 2022, said": no person was named before; the
                # paragraph after names the one described
                row[1] = done[res[1], res[2]] = (after, res[1], res[2], ppl.roles.get(after))
                continue
        if (
            not aged
            and head.isalpha()
            and head not in (ppl.roles.get(name) or "").lower()
            and (
                (ppl.roles.get(name) and (after := _restated_after(ctx, head, res[2])) is not None)
                or (
                    (after := _named_after(ctx, res, titled=False)) is not None
                    and (
                        not (om := _OWN_DESCRIPTION.match(body, body.find(after, res[2]) + len(after)))
                        # ("“...,” says the board's chairman. ¶ Everett Combs, a retired school
                        # superintendent, says": a trade left behind is no other office than a post held)
                        or (body.startswith(_LEFT_TRADE, om.end()) and (head in _HEADS_OF or head in L.ROLE_NOUNS))
                    )
                )
                # "“...,” the judge said. ¶ District Judge Adeline Ong gave ...": an office written
                # before the next name that holds every word of the description
                or (
                    (after := _titled_next(ctx, head, res[2])) is not None
                    and role_covers(ppl.roles.get(after), body[res[1] : res[2]])
                )
            )
        ):
            # "The inspector, Raymond Tuccillo, ... ¶ “...,” the county's top prosecutor said. ¶
            # The prosecutor, District Attorney Helen Marquardt, said": not the one named last,
            # who holds another office, but the one the next sentence names as the description
            row[1] = done[res[1], res[2]] = (after, res[1], res[2], ppl.roles.get(after))
            continue
        if head and not aged and head not in L.ROLE_NOUNS and not _CAPITAL.search(body, res[1] + 3, res[2]):
            # (an office, "the chancellor", or a post in a named body, "the Lib Dem leader", is
            # as often held by the one the sentence addressed)
            sm = _subject_before(ctx, row[0].open)
            if (
                sm is not None
                and sm[0] != name
                and sm[1] < mn.start
                and ctx.sentence_of(sm[1]) == ctx.sentence_of(mn.start)
                and head not in (ppl.roles.get(name) or "").lower()
                and (
                    _POSSESSED_KIN.search(body, max(0, mn.start - 50), _before_title(body, mn.start))
                    or not (_ACTS_AFTER.match(body, mn.end) or _SPEAKS_AFTER.match(body, mn.end))
                )
            ):
                # "He disclosed that the album was for his late grandmother, Madam Ajayi. ¶ “...,”
                # the singer stated", "Quayle said he asked Vitale. “...,” the witness said": the
                # one the sentence was about, not a relative or an object it named (but "Blair
                # has failed, Michael Howard has said" is about the one who said it)
                row[1] = done[res[1], res[2]] = (sm[0], res[1], res[2], ppl.roles.get(sm[0]))
                continue
        other_role = bool(head) and bool(ppl.roles.get(name)) and head not in (ppl.roles.get(name) or "").lower()
        if other_role and head in L.PLAYER_POSITIONS and role_words(ppl.roles.get(name) or "") & L.PLAYER_POSITIONS:
            other_role = False  # "captain Jamie Corrigan ... the defender said": one player
        if other_role and _SAME_OFFICE.get(head, {head}) & role_words(ppl.roles.get(name) or ""):
            other_role = False  # "Defence counsel Suresh Kannan ... the lawyer said": one office
        if other_role and row[3] is not None and _REPLIED.search(body, res[2], row[3]) is not None:
            partner = _exchange_partner(body, rows, i)
            if partner is not None:
                # "“So the stopgap has a gap,” Achterberg said. ¶ “That's fair,” the scientist
                # answered": the one Achterberg was speaking with, not whoever was named last
                row[1] = done[res[1], res[2]] = (partner, res[1], res[2], ppl.roles.get(partner))
                continue
        if aged and head not in L.OCCUPATIONS and not _subject_just_before(ctx, row[0].open, mn):
            sm = _subject_before(ctx, row[0].open)
            if sm is not None and (not PRONOUN_OPENS.match(body, sm[1]) or "\n" not in body[sm[1] : row[0].open]):
                # "Sir Roland, who played Macbeth to her Lady Macbeth, said she was ‘...’. ¶ ‘...,’
                # the 88-year-old said": the one the sentence before was about, not a name in
                # its clauses, nor the one the story named most
                row[1] = done[res[1], res[2]] = (sm[0], res[1], res[2], ppl.roles.get(sm[0]))
                continue
        if ((aged and head not in L.OCCUPATIONS and head not in L.ROLE_NOUNS) or other_role) and not (
            aged and _subject_just_before(ctx, row[0].open, mn)
        ):
            # ("the champion said" after his coach's words: whom the story follows, not her)
            # "the 21-year-old told Cadena Cope": an age describes the story's subject, the
            # person named most so far, more often than whoever was named last
            counts: dict[str, int] = {}
            said = {w.removesuffix("’s").removesuffix("'s") for w in _WORD.findall(body, row[0].start, row[0].end)}
            for m in ppl.mentions[: k + 1]:
                # people, not "Real Madrid"; the one named last counts whatever its gender; not
                # one the quotation itself names ("“I called Mr. Osei ...,” the incumbent said")
                if (
                    not m.in_quote
                    and (ppl.gender_of(m.name) is not None or m.name == name)
                    and m.name.split()[-1] not in said
                ):
                    counts[m.name] = counts.get(m.name, 0) + 1
            top = max(counts.values(), default=0)
            if counts and counts.get(name, 0) < top and (top >= 2 or not other_role):
                name = next(m.name for m in reversed(ppl.mentions[: k + 1]) if counts.get(m.name) == top)
        elif not ppl.roles.get(name) and set(name.split()) & set(_WORD.findall(body, row[0].start, row[0].end)):
            # "Callum Drysdale, 27, was reported missing ... ¶ “We let Callum and his family
            # down,” the chief constable said": whom the words speak of is not who says them
            continue
        row[1] = done[res[1], res[2]] = (name, res[1], res[2], ppl.roles.get(name))


def _former_or_latter(ctx, at: int, latter: bool) -> str | None:
    """Whom "the former" or "the latter" means before a quote opening at ``at``: the first or
    the second of two people the last sentence naming two (outside quotations, within the
    two paragraphs before) names."""
    ppl = ctx.people
    lo = at
    for _ in range(3):  # the quote's paragraph and the two before it
        lo = ctx.body.rfind("\n\n", 0, lo) if lo > 0 else -1
    k = bisect_left(ppl.starts, at) - 1
    while k >= 0 and ppl.mentions[k].start > lo:
        m = ppl.mentions[k]
        if not m.in_quote:
            ss, _se = ctx.sentences[ctx.sentence_of(m.start)]
            names: list[str] = []
            for mn in ppl.mentions[bisect_left(ppl.starts, ss) : k + 1]:
                if not mn.in_quote and mn.name not in names:
                    names.append(mn.name)
            if len(names) == 2:
                return names[1] if latter else names[0]
            if len(names) > 2:
                return None
        k -= 1
    return None


#: A paragraph that is one closed quotation and nothing else.
_QUOTE_ONLY_PARAGRAPH = re.compile(r"[\"“‘'][^\n\"“”]*[\"”’'][ \t]*(?:\n|$)")


def _past_quotation_paragraphs(body: str, pos: int) -> int:
    """Where the last of the paragraphs after the one holding ``pos`` that are each one closed
    quotation and nothing else starts (``pos`` itself when the next paragraph is not one): the
    quotation going on with no cue of its own."""
    while True:
        end = body.find("\n", pos)
        nxt = _next_paragraph(body, end) if end >= 0 else None
        if nxt is None or not _QUOTE_ONLY_PARAGRAPH.match(body, nxt):
            return pos
        pos = nxt


def _only_quotations_between(body: str, s: int, e: int) -> bool:
    """Whether ``s`` and ``e`` are in different paragraphs and every paragraph between them is
    one closed quotation."""
    if body.find("\n\n", s, e) < 0:
        return False
    end = body.find("\n", _past_quotation_paragraphs(body, s))
    nxt = _next_paragraph(body, end) if end >= 0 else None
    return nxt is None or nxt >= e


def described_pronouns(ctx, rows: list) -> None:
    """A "he" or "she" cue right after a sentence about "the singer" goes to whom the article's
    earlier "the singer said" went, over a person named in between: "“...,” the singer stated.
    ... Taiwo Ademola, 28, a driver, said ... ¶ Asked about his old label, the singer was
    diplomatic. ¶ “...,” he said."""

    body = ctx.body
    described: dict[str, str] = {}
    moved: dict[tuple[int, int], str] = {}  # the pieces of one quotation share their cue
    for row in rows:
        res = row[1]
        if res is None or res[1] is None or (res[0] is None and body[res[1] : res[2]].lower() not in ("he", "she")):
            continue  # (a pronoun no one answered yet may still be the office's holder)
        if (res[1], res[2]) in moved:
            who = moved[res[1], res[2]]
            row[1] = (who, res[1], res[2], ctx.people.roles.get(who))
            continue
        dm = _DEFINITE.fullmatch(body, res[1], res[2])
        if dm is not None and (
            dm.group(1) in L.OCCUPATIONS or dm.group(1) in _DESCRIPTIVE_HEADS or dm.group(1) in _GENDERED_HEADS
        ):
            described[dm.group(1)] = res[0]
            continue
        if body[res[1] : res[2]].lower() not in ("he", "she"):
            continue
        si = ctx.sentence_of(row[0].open)
        span = sentence_before(ctx, row[0].open) if ctx.sentence_of(res[1]) in (si, si + 1) else None
        om = DESCRIBED_SUBJECT.match(body, *span) if span is not None else None
        if om is None and span is not None:
            pm = _PRONOUN_SUBJECT.match(body, *span)
            if pm is not None and pm.group(1).lower() == body[res[1] : res[2]].lower():
                # "The dean said ... ¶ Asked whether ..., she paused. “...,” she said": the
                # same pronoun's sentence goes on from the one about the description
                span = sentence_before(ctx, span[0])
                om = DESCRIBED_SUBJECT.match(body, *span) if span is not None else None
        if span is not None and (om is None or not _person_noun(om.group(2).lower())):
            # "The county's emergency medical services director says ...", "The chaplain who
            # lent them the room is ...": a longer description, or one a relative clause follows
            alt = (
                _DESCRIBED_CUE.match(body, *span)
                or _DESCRIBED_INTRO.match(body, *span)
                or _ONE_OF_CUE.match(body, *span)
            )
            if alt is not None and (
                alt.group(2) in _TWO_PEOPLE or (alt.re is _DESCRIBED_CUE and alt.group(3) + "s" in L.CUE_VERBS)
            ):
                alt = None  # "The couple say ...": more than one
            om = alt or om
        if om is None:
            continue
        ss, se = span
        who = described.get(om.group(2))
        head = om.group(2).lower()
        if (
            who is None
            and om.group(2).islower()
            and (head in L.ROLE_NOUNS or head in L.OCCUPATIONS or head in L.TITLE_WORDS)
        ):
            # "Asked about the cuts, the deputy chief chose her words carefully. “...,” she
            # said": the one the article gave that office, over a woman named in between
            who = ctx.people.by_role(head, ss, body[om.start(1) : om.end(1)])
            if who is not None and not role_covers(ctx.people.roles.get(who), body[om.start(1) : om.end(1)]):
                who = None
        if who is None and om.group(2).islower() and head.isalpha():
            who = _who_holds(ctx, head, ss)  # "the Very Rev Ann Lee, who has been dean since 2019"
        if who is None and (_person_noun(head) or om.group(2) in L.PARTY_WORDS) and not ctx.people.named_in(ss, se):
            # "The chamber's top Democrat was not persuaded. “...,” she said. ¶ Sen. Marisol
            # Ybarra of St. Louis, the minority leader, offered ...": someone not yet named, whom
            # the next paragraph names first, not the woman named before
            after = _past_quotation_paragraphs(body, row[0].outer_end)
            who = _new_name_opening(ctx, after, pronoun_gender(body[res[1] : res[2]]), apposed_verb=True)
        if who is None or who == res[0] or ctx.people.named_in(ss, se, res[0]):
            continue
        if ctx.people.gender_of(who) not in (None, pronoun_gender(body[res[1] : res[2]])):
            continue
        row[1] = (who, res[1], res[2], ctx.people.roles.get(who))
        moved[res[1], res[2]] = who


def _who_holds(ctx, head: str, before: int) -> str | None:
    """The one person named before ``before`` whose relative clause gives them the office
    ``head`` ("the Very Rev Ann Lee, who has been dean since 2019"); None for none or two."""
    rx = re.compile(
        r",[ \t]+who[ \t]+(?:has[ \t]+been|had[ \t]+been|is|was|became|serves[ \t]+as|has[ \t]+served[ \t]+as)"
        r"[ \t]+(?:(?:the|a|an|its|their)[ \t]+)?(?:[\w’'-]+[ \t]+){0,3}?" + re.escape(head) + r"\b"
    )
    found = {
        mn.name
        for mn in ctx.people.mentions[: bisect_left(ctx.people.starts, before)]
        if not mn.in_quote and rx.match(ctx.body, mn.end)
    }
    return found.pop() if len(found) == 1 else None


def _exchange_partner(body: str, rows: list, i: int) -> str | None:
    """The speaker the quote before row ``i`` was answering: the last other speaker among the
    three quotes before that one, within the three paragraphs before row ``i``'s."""
    if i < 2 or rows[i - 1][1] is None or rows[i - 1][1][0] is None:
        return None
    last = rows[i - 1][1][0]
    for j in range(i - 2, max(-1, i - 5), -1):
        r = rows[j]
        if r[1] is None or r[1][0] is None or body.count("\n\n", r[0].close, rows[i][0].open) > 3:
            return None
        if r[1][0] != last:
            return r[1][0]
    return None


def _subject_just_before(ctx, at: int, mn) -> bool:
    """Whether person mention ``mn`` is the subject of the sentence right before the quote
    opening at ``at``, in its paragraph and quoting no one: "Rovers boss Ann Lee was fuming.
    "...," the 44-year-old said" describes her, whoever the story has named more."""
    span = sentence_before(ctx, at)
    if span is None:
        return False
    ss, se = span
    if not ss <= mn.start < se or any(c in ctx.body[ss:se] for c in '"“”'):
        return False
    lm = _LINK_LEAD.match(ctx.body, ss, se)
    sa = ctx.subject_at(lm.end() if lm else ss, se)
    return sa is not None and sa[0] is not None and sa[0][0] == mn.name and sa[0][1] == mn.start


#: Words after a name that make it a clause's subject: "Michael Howard has said", "if Mr Blair asked".
_ACTS_AFTER = re.compile(
    r",?[ \t]+(?:has|have|had|was|is|were|will|would|could|can|did|does|says|said|told|[a-z]+ed)\b"
)
#: "followed by captain Jamie Corrigan, who said ...": the one named speaks, in his own clause.
_SPEAKS_AFTER = re.compile(
    r",[ \t]+who[ \t]+(?:also[ \t]+|later[ \t]+)?(?:said|says|told|tells|added|insisted|argued|warned|admitted)\b"
)
#: A sentence whose subject is "he" or "she", after a lead phrase: "Asked whether ..., she paused".
_PRONOUN_SUBJECT = re.compile(r"(?:[A-Z][^.;:\n“”\"]{0,160},[ \t]+)?([Hh]e|[Ss]he)[ \t]+[a-z]+\b")
#: A description of a person as a cue's subject: "The county's emergency medical services |director| says".
_DESCRIBED_CUE = re.compile(
    r"([Tt]he[ \t]+(?:[A-Za-z0-9’'-]+[ \t]+){0,5}?([a-z-]+))(?=[ \t]+(?:[a-z]+ly[ \t]+)?("
    + alternation(L.CUE_VERBS)
    + r")\b)"
)
#: A description of a person whom the rest of the sentence is about: "The |chaplain| who lent
#: them the room is", "The |coach| has".
_DESCRIBED_INTRO = re.compile(
    r"([Tt]he[ \t]+(?:[A-Za-z0-9’'-]+[ \t]+){0,3}?([a-z-]+))(?=[ \t]+(?:who[ \t]+[a-z]|(?:is|was|has|had)\b))"
)
#: One of a body's people as a cue's subject: "One of the hospital's |consultant|s in emergency
#: medicine, speaking to the Champion, said".
_ONE_OF_CUE = re.compile(
    r"([Oo]ne[ \t]+of[ \t]+(?:the|its|their|his|her)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?([a-z-]+?)s)\b"
    r"(?=[^.;:\"“”\n]{0,100}?[ \t](?:" + alternation(L.CUE_VERBS) + r")\b)"
)
#: Words for two people that lists of occupations hold: never what "he" or "she" is.
_TWO_PEOPLE = frozenset("couple pair duo".split())
#: Descriptions of someone that name no post: "the youngster", "the Ballyroan clubman".
_DESCRIPTIVE_HEADS = frozenset("youngster teenager veteran newcomer rookie debutant clubman clubwoman".split())
#: A sentence whose subject is a description, after a word or a lead phrase: "Afterwards the
#: Kerry captain admitted", "Asked whether ..., the singer was", "After consultations, the Speaker
#: ruled". Group 1: the description; group 2: its head word.
DESCRIBED_SUBJECT = re.compile(
    r"(?:[A-Z][^.;:\n“”\"]{0,160},[ \t]+|[A-Z][a-z]+[ \t]+)?"
    r"([Tt]he[ \t]+(?:[A-Za-z0-9’'-]+[ \t]+){0,3}?([A-Za-z-]+))"
    # ("The county commissioner, however, defended the surcharge": an aside before the verb)
    r"(?:,[ \t]+(?:however|meanwhile|though|too|also|in[ \t]+turn|for[ \t]+(?:his|her|its)[ \t]+part),)?"
    # ("The county's emergency management director, who had been awake since Tuesday, said")
    r"(?:,[ \t]+who[ \t][^,;:.\"“”\n]{1,80},)?"
    r"[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?:[a-z]+(?:ed|s)|said|took|made|gave|went|came|had|was|sat|stood|fell|grew|got|kept|left|felt|began|spoke)\b"
)


#: A paragraph that turns back to the quotation before it: "That was the verdict of ...",
#: "That’s how Gord MacKinnon describes ...", "That is Lorraine Budd's verdict".
_THAT_WAS = re.compile(r"\s*(?:That|This)(?:[’']s|[ \t]+(?:was|is))\b")
#: What may stand before an article's opening quotation in its paragraph: a dateline.
_DATELINE = re.compile(r"[ \t]*(?:[A-Z][A-Za-z.,’' ]{1,60}(?:\([A-Za-z. ]{1,20}\)[ \t]*)?[—–-][ \t]*)?")


#: "That is how one truckie describes ...": the words turn back to someone not yet named.
_DESCRIBED_AFTER_THAT = re.compile(
    r"\s*(?:That|This)(?:[’']s|[ \t]+(?:was|is))[ \t]+(?:how|what)[ \t]+(?:one|a|an|the|another)\b"
)
#: "That was how the family's attorney summed up", "That's how one Dunmore man described": the
#: head of the description telling it.
_TOLD_BY_DESCRIBED = re.compile(
    r"\s*(?:That|This)(?:[’']s|[ \t]+(?:was|is))[ \t]+how[ \t]+(?:the|one|an?)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?([a-z]+)[ \t]+"
    r"(?:summed|sums|described|describes|put|puts|explained|explains|framed|frames|opened|opens|began|begins|started|starts|closed|closes|ended|ends|greeted|greets|summarised|summarized)\b"
)
#: A byline on its own between the headline and the lede: "By Adrienne Kolb".
_BYLINE_ONLY = re.compile(
    # ("By Ruth Ann Meecham, WCRV Public Radio", "By Trent Okamura | PrepZone Iowa": the outlet after it)
    r"\s*By[ \t]+[A-Z][\w.’'-]+(?:[ \t]+[A-Z][\w.’'-]+){1,3}(?:[ \t]*[,|–—-][^\n]*)?\s*"
)
#: An unnamed person opening a paragraph: "The prosecutor, standing ...,", "The widow was".
_LEDE_DESCRIBED = re.compile(
    # ("Ireland’s head coach did not pretend ...": a side's or a body's post)
    r"(?:The|[A-Z][\w-]+(?:’s|'s))[ \t]+(?:[\w’'-]+[ \t]+){0,3}?([a-z]{3,})"
    # ("The council's cabinet member for finance made the admission": a post's remit after it)
    r"(?:[ \t]+(?:for|of)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?(?=[ \t]+(?:made|gave|took|[a-z]+ed)\b)"
    # ("The man with the towel over his shoulder ... was not the winner": what he has or wears)
    r"|[ \t]+with[ \t]+[a-z][^,.;:!?“”\"\n]{1,100}?(?=[ \t]+(?:was|is)\b))?"
    r"(?=,|[ \t]+(?:who|was|is|has|had|let|says|said|made|gave|took|did|[a-z]+ed)\b)"
)
#: A line under the headline that is only a writer's name, perhaps where they are: "By Ann
#: Lee", "Craig Munro at Carsebank Park".
_NAME_LINE = re.compile(
    r"[ \t]*(?:By[ \t]+)?[A-Z][\w.’'-]+(?:[ \t]+[A-Z][\w.’'-]+){1,3}"
    r"(?:[ \t]+at[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})?[ \t]*"
)
#: Those who lead a side, a firm or a party.
_LEADERS = frozenset("captain skipper coach manager boss chairman chairwoman chair chief leader owner founder".split())
#: What a leader's name owns, right after it: "'s side", "’s company".
_LED_GROUP_AFTER = re.compile(
    r"(?:’s|'s)[ \t]+(?:side|team|squad|club|company|firm|business|party|charity|crew|band|group|campaign)\b"
)
#: A third-person pronoun for one person: "she", "He".
_SHE_OR_HE = re.compile(r"\b(?:[Ss]he|[Hh]e)\b")
#: "For " before the person a feature's opening paragraph is about.
_FOR_LEAD = re.compile(
    # ("With that, school board member Denise Farraday made the motion": the words just quoted)
    r"(?:For[ \t]+|(?:Instead|But|Yet|Now|Today|Still|With[ \t]+that|With[ \t]+those[ \t]+words),[ \t]+)?"
)


#: Where the words quoted came from, said in a scene: "The shouting is coming from ".
_VOICE_FROM = re.compile(
    r"\b(?:The|That|Their|His|Her)[ \t]+(?:voice|shouting|shout|yelling|singing|call)[ \t]+"
    r"(?:is[ \t]+coming|comes|came|belongs|belonged)[ \t]+(?:from|to)[ \t]+"
)


def _voice_from(ctx, nxt: int) -> str | None:
    """The person named right after "The shouting is coming from" in the paragraph at ``nxt`` or
    the one after it (a scene set between), else None."""
    body = ctx.body
    for _ in range(2):
        end = body.find("\n", nxt)
        end = len(body) if end < 0 else end
        vm = _VOICE_FROM.search(body, nxt, end)
        mn = _mention_at(ctx.people, body, vm.end()) if vm is not None else None
        if mn is not None:
            return mn.name
        nxt = _next_paragraph(body, end)
        if nxt is None:
            return None
    return None


def _next_sentence_name(ctx, at: int) -> str | None:
    """The person whose full name, written for the first time, opens the sentence after the one
    holding ``at``, in the same paragraph, and goes on about them ("... to say those words.
    Walter Turnbull was a winger"); None otherwise."""
    body = ctx.body
    ppl = ctx.people
    si = ctx.sentence_of(at)
    if si + 1 >= len(ctx.sentences) or "\n" in body[at : ctx.sentences[si + 1][0]]:
        return None
    mn = _mention_at(ppl, body, _BLANK.match(body, ctx.sentences[si + 1][0]).end())
    if (
        mn is None
        or mn.in_quote
        or " " not in mn.name
        or ppl.first.get(mn.name) != mn.start
        or not _name_opens_clause(body, mn.end)
    ):
        return None
    return mn.name


def _line_end(body: str, at: int) -> int:
    """Where the line holding ``at`` ends."""
    end = body.find("\n", at)
    return len(body) if end < 0 else end


def lede_quotes(ctx, rows: list) -> None:
    """A quotation that opens the article on its own, with no cue, is the person the article
    goes on to name: 'HARROW ISLAND — “We are out of runway.” ¶ That was how the owner of the
    only ferry summed up ... ¶ Delphine Oakes, whose family has run ..., said': the person the
    paragraph after it names (in the sentence that opens "That was ..."), else the one the next
    paragraph opens with."""
    body = ctx.body
    ppl = ctx.people
    first = body.find("\n", 0)
    # the paragraph right after the headline (a quotation in the headline aside), the
    # quotation all of it but a dateline
    lede = next((row for row in rows[:3] if first >= 0 and row[0].open > first), None)
    if lede is None or (lede[1] is not None and lede[1][0] is not None):
        return  # (one with a description of its own, "the woman who has led ...", is read on)
    q = lede[0]
    para = _para_start(body, q.open)
    if not _DATELINE.fullmatch(body, para, q.open):
        return
    # (a byline may stand between: "By Adrienne Kolb")
    narrative = bool(body[first:para].strip()) and _BYLINE_ONLY.fullmatch(body, first, para) is None
    if (
        narrative
        and any(
            not m.in_quote
            and not body.startswith(", which", m.end)  # ("Brightline Displays, which": a firm)
            # (nor the writer's line: "Craig Munro at Carsebank Park")
            and not _NAME_LINE.fullmatch(body, body.rfind("\n", 0, m.start) + 1, _line_end(body, m.start))
            for m in ppl.mentions[bisect_left(ppl.starts, first) : bisect_left(ppl.starts, para)]
        )
    ):
        # (narrative before it that names no one may come first: "A 29-year-old nursing mother
        # who was held ... ¶ “They said I could not go home ...” ¶ Mrs Ada Obi, who spoke ...")
        return
    end = body.find("\n", q.outer_end)
    end = len(body) if end < 0 else end
    if body[q.outer_end : end].strip(" \t.,"):
        return
    nxt = _next_paragraph(body, end)
    if nxt is None:
        return
    name = None
    if _THAT_WAS.match(body, nxt):
        si = ctx.sentence_of(nxt)
        name = _first_person(ppl, nxt, ctx.sentences[si][1])
        if name is not None and _DESCRIBED_AFTER_THAT.match(body, nxt):
            name = None  # "That is how one Yarrabee truckie describes the road beside the X Farm"
        hm = _TOLD_BY_DESCRIBED.match(body, nxt) if name is None else None
        if hm is not None:
            # "That was how the family's attorney summed up the case ... ¶ ... The family's
            # attorney, Keith Brannigan, said": the description said again with the name
            name = _named_as(ctx, hm.group(1), q.outer_end, reach=1500, owner=True)
        if name is None:
            # "That was how the owner of ... summed up ..." only describes them: the next paragraph names them
            after = _next_paragraph(body, nxt)
            name = _person_opening(ppl, body, after) if after is not None else None
            if name is None and hm is not None and after is not None and not ppl.named_in(nxt, after):
                # "That was how a street artist described ... ¶ The artist, who works under the
                # name ... ¶ Leanne Oakes, 34, revealed her identity": the paragraph after that
                name = _new_name_opening(ctx, after, None, apposed_verb=True)
    else:
        # ("For Wilfred Kariuki, a fisherman ..., the question is not abstract": whose view it is)
        name = _person_opening(ppl, body, _FOR_LEAD.match(body, nxt).end())
        dm = _LEDE_DESCRIBED.match(body, nxt) if name is None else None
        if dm is not None and _person_noun(dm.group(1)):
            # "“She didn’t make a mistake. ...” ¶ The prosecutor, standing a few feet from the
            # jury box, let the number hang ... ¶ Naomi Fairbanks, an assistant state attorney
            # general, spent ...": the one described, whom the paragraph after names
            # (an office or a trade, any clause: "Ireland’s head coach did not pretend ... ¶
            # Niall Corrigan watched from the stand")
            held = dm.group(1) in L.ROLE_NOUNS or dm.group(1) in L.TITLE_WORDS or dm.group(1) in L.OCCUPATIONS
            name = _new_name_opening(ctx, nxt, word_gender(dm.group(1)), apposed_verb=True, any_clause=held)
            after = _next_paragraph(body, _line_end(body, nxt)) if name is None and dm.group(1) in _LEADERS else None
            mn = _mention_at(ppl, body, after) if after is not None else None
            if (
                mn is not None
                and " " in mn.name
                and ppl.first.get(mn.name) == mn.start
                and _LED_GROUP_AFTER.match(body, mn.end)
            ):
                # "The Glenbervie captain was sitting on the pavilion steps ... ¶ Fraser Ironside's
                # side owed almost everything to ...": the one whose side it is leads it
                name = mn.name
            if name is None:
                # "Ettrickbank's club president has waited a long time to say those words. Walter
                # Turnbull was a 31-year-old winger ...": named as the next sentence opens
                name = _next_sentence_name(ctx, nxt)
        nxt_end = body.find("\n", nxt)
        nxt_end = len(body) if nxt_end < 0 else nxt_end
        pm = _SHE_OR_HE.search(body, nxt, nxt_end) if name is None and dm is None else None
        if pm is not None and not ppl.named_in(nxt, nxt_end) and not _QUOTE_MARK.search(body, nxt, nxt_end):
            # "“How are you sleeping?” ¶ It’s the first thing she asks. ... ¶ Judge Helen Marr has
            # presided ...": the one the paragraph after calls only "she" is the one the next names
            name = _new_name_opening(ctx, nxt, pronoun_gender(pm.group(0)), any_clause=True)
        if name is None:
            name = _voice_from(ctx, nxt)
    if name is None or (narrative and ppl.first.get(name, nxt) < nxt):
        return  # (after narrative, only one named there for the first time)
    given = lede[1]
    res = (name, given[1] if given else None, given[2] if given else None, ppl.roles.get(name))
    for row in rows:
        if row[0] is q or (para <= row[0].open < end and row[1] is given):
            row[1] = res


#: A paragraph that says whose the quotation before it was: "That is the view of an
#: ecologist who ...", "That was the verdict of ...", "So says ...".
_TURNS_BACK = re.compile(
    r"\s*(?:(?:Those|These)[ \t]+were[ \t]+the[ \t]+words[ \t]+of|"
    r"(?:That|This)(?:[’']s|[ \t]+(?:is|was))[ \t]+(?:the[ \t]+)?(?:view|verdict|assessment|opinion|"
    r"message|warning|argument|conclusion|judgment|judgement|word|take|belief|fear|hope|fury|anger|frustration|"
    r"reaction|account|plea|claim|explanation)[ \t]+of|So[ \t]+says|"
    # "That was Linda Farris, who lives behind the plaza": the speaker by name
    r"(?:That|This)[ \t]+(?:was|is)(?=[ \t]+(?:Mr|Mrs|Ms|Dr|[A-Z][a-z]+[ \t]+[A-Z]))|"
    # "That admission came from Natalie Brereton, who founded the business"
    r"(?:(?:That|This)(?:[ \t]+(?:admission|warning|assessment|verdict|plea|claim|comment|remark|message|view))?|"
    r"The[ \t]+(?:[a-z]+[ \t]+)?(?:admission|warning|assessment|verdict|plea|claim|comment|remark|message|view))[ \t]+"
    # ("That assessment came Thursday from": a day between)
    r"(?:came|comes)(?:[ \t]+(?:on[ \t]+)?(?:[A-Z][a-z]+day|yesterday|today|earlier|later))?[ \t]+from|"
    # "The woman who said that runs the town's only practice. Dr Priya Venkataraman has ...",
    # "The woman saying this is standing on top of a grain bin"
    # ("The woman speaking is standing at the end of a lane")
    r"The[ \t]+(?:man|woman|person)[ \t]+speaking[ \t]+(?:is|was)|"
    r"The[ \t]+(?:[a-z-]+[ \t]+){0,2}?[a-z]+[ \t]+(?:who[ \t]+(?:said|says|wrote|writes|shouted|shouts)|saying|shouting|"
    r"writing|calling[ \t]+out|yelling)[ \t]+(?:that|this|it|those[ \t]+words)|"
    # "The words belonged to head coach Wyn Tudor", "Those words, from a statement written by
    # her daughter, Pauline Hewitt,", "The words were those of his widow, Lindsay Wishart"
    r"(?:The|Those|These)[ \t]+words(?:[ \t]+(?:belonged|belong|came|come)[ \t]+(?:to|from)|"
    r"[ \t]+(?:were|are)[ \t]+(?:those[ \t]+of|from)|,[ \t]+from)|"
    # "That line, from a campus-wide email sent Monday by Provost Margaret Oduya, marks ..."
    r"(?:That|This|The|Those|These)[ \t]+(?:line|lines|sentence|message),[ \t]+from)\b"
)
#: What was quoted, called so: "The words belonged to", "That line, from".
_WORDS_OF = re.compile(r"\b(?:words|line|lines|sentence|message),?[ \t]+(?:belonged|belong|came|come|were|are|from)\b")
#: The head noun of "The biologist saying this", "The instructor shouting this".
_SAYING_HEAD = re.compile(
    r"\s*The[ \t]+(?:[a-z-]+[ \t]+){0,2}?([a-z]+)[ \t]+(?:who[ \t]|saying|shouting|writing|calling|yelling|speaking)"
)
#: A paragraph that names the one just described: "Her name is ".
_HER_NAME_IS = re.compile(r"(?:Her|His)[ \t]+name[ \t]+is[ \t]+")
#: Whose relative the one named next is: "Jodie's mum ", "the MP's wife, ".
_POSSESSOR_KIN_LEAD = re.compile(r"(?:[A-Z][\w-]+|the[ \t]+[a-z]+)(?:’s|'s)[ \t]+(?:" + _KIN_WORDS + r"),?[ \t]+")
#: What may stand between the words that turn back and the name they give: "head coach ",
#: " a statement written by her daughter, ".
_BEFORE_NAME = re.compile(r"[^.;:\"“”\n]{0,80}")


#: An unnamed person, described: " a retired headteacher".
_INDEFINITE_AFTER = re.compile(r"[ \t]+(?:(?:an?|one)[ \t]+[a-z]|the[ \t]+[A-Za-z])")  # "the Craigmuir manager"
#: A name's saying of what was quoted before, past an age or an apposition: ", 88, said it".
_SAID_IT_AFTER = re.compile(
    r"(?:,[ \t]+[^,;:\n“”\"]{1,60},)?[ \t]+(?:said|says|repeated|repeats|whispered|whispers|shouted|shouts|"
    r"wrote|writes)[ \t]+(?:it|that|those[ \t]+words)"
    # (what was said, not a clause it opens: "said it twice", never "said that claim was untrue")
    r"(?=[ \t]*(?:[,.;]|twice|again|aloud|quietly|softly|with\b|while\b|as\b|standing\b|before\b|after\b))"
)
#: A name opening a clause about them: " is chairwoman", ", 46, has piloted", " told councillors".
#: A name's age and description before its verb of saying: ", 27, a classroom assistant ..., said".
_APPOSED_THEN_SAYS = re.compile(
    r"(?:,[ \t]+\d{1,3})?,[ \t]+an?[ \t]+[^,;:.\"“”\n]{1,90},[ \t]+(?:said|says|told|tells)\b"
)
#: The same past a clause about them or where they said it: ", whose 68 anchored the innings,
#: said", ", speaking to BBC Scotland, said".
_APPOSED_ABOUT_THEN_SAYS = re.compile(
    r"(?:,[ \t]+\d{1,3})?,[ \t]+(?:who|whose|speaking|talking|writing)[ \t]+[^,;:.\"“”\n]{1,90},[ \t]+"
    r"(?:said|says|told|tells)\b"
)
#: A paragraph turning back to the quotation before it by describing its speaker: "That’s the
#: district’s superintendent, who ..." (group 1: the description's head).
_THAT_IS_DESCRIBED = re.compile(
    r"\s*(?:That|This)(?:[’']s|[ \t]+(?:is|was))[ \t]+(?:the|an?)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?([a-z]{3,})(?=,|[ \t]+who\b)"
)
#: A clause about the one just named, set off by commas: ", whose side were beaten last year,".
_WHO_APPOSED = re.compile(r",[ \t]+(?:who|whose)[ \t]+[^,;:.\"“”\n]{1,90},")


def _name_opens_clause(body: str, end: int, loose: bool = False) -> bool:
    """Whether a clause about the person named up to ``end`` goes on from the name, past an age
    or an apposition ("Ann Lee, 29, a nurse, said"); with ``loose``, past a clause about them
    or where they spoke too ("Colm Tierney, whose side were ..., did not want to dwell on it",
    "Fiona Carrick, speaking to BBC Scotland, said"), or with "did" ("did not hide his anger")."""
    if _NAME_OPENS_CLAUSE.match(body, end) or _APPOSED_THEN_SAYS.match(body, end):
        return True
    if not loose:
        return False
    if _APPOSED_ABOUT_THEN_SAYS.match(body, end) or _DID_AFTER.match(body, end):
        return True
    wm = _WHO_APPOSED.match(body, end)
    return wm is not None and (
        _NAME_OPENS_CLAUSE.match(body, wm.end()) is not None or _DID_AFTER.match(body, wm.end()) is not None
    )


#: "did" after a name, not in one who "did not respond": " did not try to hide his anger".
_DID_AFTER = re.compile(r"[ \t]+did\b(?![ \t]+not[ \t]+(?:respond|return|reply|answer|comment))")


_NAME_OPENS_CLAUSE = re.compile(
    r"(?:,[ \t]+\d{1,3},)?[ \t]+(?:is|was|has|had|says|said|told|tells|recalls|recalled|[a-z]{3,}(?:s|ed)|could|would|"
    # (a past that is not "-ed": "Simranjeet, 24, spoke in Punjabi")
    r"spoke|took|made|gave|sat|stood|came|went|won|ran|led|wrote|began|grew|knew|left|kept|felt)\b"
)
_QUOTE_MARK = re.compile(r"[\"“”]")
#: A body's name and a post in it before a name opening a paragraph: "Penrhos Athletic boss ".
_BODY_ROLE_LEAD = re.compile(
    r"(?:[A-Z][\w’'-]+[ \t]+){1,3}(?:(?:head|assistant|interim|caretaker|team|club|general)[ \t]+)?"
    r"(?:boss|manager|coach|chairman|chairwoman|chair|captain|skipper|director|"
    r"chief|head|spokesman|spokeswoman|spokesperson)[ \t]+(?=[A-Z])"
)
#: An optional trade before a name opening a paragraph: "Retired nurse ".
#: (an age too: "Fifteen-year-old Jaxon Dwyer")
_TRADE_LEAD_OPT = re.compile(r"(?:(?:[A-Z][a-z]+|[a-z]+)(?:-[a-z]+)*[ \t]+(?=[a-z]*[ \t]*[A-Z][a-z]+[ \t]+[A-Z]))?")
#: "the man who said it", "the woman who wrote those words".
_WHO_SAID_IT = re.compile(
    r"\b[Tt]he[ \t]+(?:man|woman|person|one|resident|speaker)[ \t]+who[ \t]+(?:said|says|wrote|shouted)[ \t]+"
    r"(?:it|that|this|those[ \t]+words)\b"
)
#: What may stand between "the man who said it" and his name: ", a retired civil engineer named ".
_NAMED_APPOSED = re.compile(
    r",?[ \t]+(?:(?:an?|the)[ \t]+[^,;:\n]{1,60}?[ \t]+(?:named|called)[ \t]+"
    # (", Howrah Rangers coach Xabier Etxeberria,": a body's post before the name)
    r"|(?:[A-Z][\w’'-]+[ \t]+){1,3}(?:(?:head|assistant|team|general)[ \t]+)?[a-z]{3,}[ \t]+)?"
)
#: Spaces after the words that turn back, before the name they give.
_WS_AFTER = re.compile(r"[ \t]*")
#: "That was how ...", "That's how ...": words turning back to a quotation's telling.
_THAT_WAS_HOW = re.compile(
    r"\s*(?:That|This)(?:[’']s|[ \t]+(?:is|was))[ \t]+(?:how\b|all\b(?=[ \t]+[A-Z])|what\b(?=[ \t]+[A-Z])|"
    # "That was the message Tamika Whitfield ... delivered to the board"
    r"the[ \t]+(?:message|point|argument|case|warning|plea)(?:[ \t]+that)?(?=[ \t]+[A-Z]))"
)
#: A verb of telling right after a name, past an apposition: ", 29, described".
_DESCRIBES_AFTER = re.compile(
    r"(?:,[^,;:.\"“”\n]{1,100},)?[ \t]+(?:describes|described|puts|put|sums|summed|explains|explained|recalls|"
    r"recalled|remembers|remembered|recounts|recounted|delivered|delivers|made|makes|pressed|presses|took|takes|"
    # ("That was all Pettigrew, 66, would say at first")
    r"brought|brings|carried|carries|pitched|pitches|framed|frames|would[ \t]+say|will[ \t]+say|said|says|told|tells)\b"
)


#: A paragraph taking up someone already named: "She is sitting", "His father, ", "The
#: 23-year-old opener".
_TAKES_UP = re.compile(r"(?:(He|She|His|Her)\b|The[ \t]+\d{1,3}-year-old[ \t]+[a-z])")


def _lede_subject(ctx, rows: list, q, nxt: int) -> str | None:
    """For the article's first quotation ``q``, alone in its paragraph with no cue, the one
    person the text before it is about, when the paragraph after (at ``nxt``) opens with their
    name, a pronoun of their gender or "The 23-year-old ..."; None otherwise."""
    if _earlier_quotation(ctx.body, rows, q):
        return None
    ppl = ctx.people
    before = {m.name for m in ppl.mentions[: bisect_left(ppl.starts, q.open)] if not m.in_quote}
    if not before:
        return None
    mn = _mention_at(ppl, ctx.body, nxt)
    if mn is not None:
        # "Simranjeet, 24, spoke in Punjabi": named again, and the only one named so far
        return mn.name if before == {mn.name} and _NAME_OPENS_CLAUSE.match(ctx.body, mn.end) else None
    tm = _TAKES_UP.match(ctx.body, nxt)
    if tm is None:
        return None
    want = pronoun_gender(tm.group(1)) if tm.group(1) else None
    cands = [n for n in before if (ppl.gender_of(n) == want if want else ppl.gender_of(n) is not None)]
    return cands[0] if len(cands) == 1 else None


def _earlier_quotation(body: str, rows: list, q) -> bool:
    """Whether a quotation below the headline comes before ``q``."""
    head = body.find("\n\n")
    return any(head < r[0].open < q.open for r in rows)


def _named_only_above(ctx, rows: list, q, mn) -> bool:
    """Whether ``q`` is the article's first quotation and the person ``mn`` was named before it
    only in the headline and the standfirst under it ("The Organ Whisperer ¶ For three decades,
    Ingrid Sawtelle has coaxed ... ¶ “...” ¶ Ingrid Sawtelle is crouched inside ...")."""
    body = ctx.body
    if _earlier_quotation(body, rows, q):
        return False
    head = body.find("\n\n")
    stand = body.find("\n\n", head + 2) if head >= 0 else -1
    return (
        stand >= 0
        and stand < q.open
        and all(m.start < stand for m in ctx.people.mentions if m.name == mn.name and m.start < mn.start)
    )


#: A place's name and a colon before a paragraph's words: "Calcutta: ".
_COLON_DATELINE = re.compile(r"([A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){0,2}):[ \t]+(?=[A-Z\"“‘])")


def colon_dateline_end(ctx, s: int) -> int | None:
    """Where a dateline written as a place's name and a colon at ``s`` ends ("Mumbai: ",
    "PETALING JAYA: ", "Calcutta: “...”"), when the words after it open a sentence or a
    quotation; None otherwise."""
    dm = _COLON_DATELINE.match(ctx.body, s)
    run = ctx.run_by_start.get(s) if dm is not None else None
    if run is None or run[-1][1] != dm.end(1) or not all(it[2] == PLACE for it in run):
        return None
    return dm.end()


#: The one saying the words, within a scene's sentence: ", and the woman saying this is".
_SAYING_MID = re.compile(
    r"\bthe[ \t]+(?:man|woman|person)[ \t]+(?:saying|shouting|calling)[ \t]+(?:this|that|it)[ \t]+(?:is|was)\b"
)


def _named_as_next_opens(ctx, nxt: int, rows: list | None = None, q=None) -> str | None:
    """The person named for the first time as the paragraph after the one at ``nxt`` opens, going
    on about them ("Joanne Teeter is a rescue instructor", "Heather McKinney, who chairs ...,
    says") or after "Her name is"; None otherwise. With the quotation ``q`` among ``rows``,
    one named before only above the article's first quotation counts too ("... Lorna Haverkamp
    runs one of those courts. ¶ By ... ¶ “...” ¶ The woman saying this wears ... ¶ Lorna
    Haverkamp has been the town justice")."""
    body = ctx.body
    ppl = ctx.people
    end = body.find("\n", nxt)
    np_ = _next_paragraph(body, end) if end >= 0 else None
    name_is = _HER_NAME_IS.match(body, np_) if np_ is not None else None
    if name_is is not None:
        np_ = name_is.end()
    mn = _mention_at(ppl, body, np_) if np_ is not None else None
    if mn is None or (ppl.first.get(mn.name) != mn.start and (rows is None or not _named_only_above(ctx, rows, q, mn))):
        return None
    if name_is is not None or _NAME_OPENS_CLAUSE.match(body, mn.end) or _OPENS_DESCRIBED.match(body, mn.end):
        return mn.name
    return None


def turned_back_quotes(ctx, rows: list) -> None:
    """A paragraph that is a quotation and nothing else, with the paragraph after it saying
    whose it was ('“...” ¶ That is the view of an ecologist who has surveyed the bog since 2009
    ... Dr Niamh Corrigan, of the Bog Trust, said'), is the person that paragraph names: right
    after the words that turn back, else the one the next sentence opens with (named there first)."""
    body = ctx.body
    ppl = ctx.people
    for row in rows:
        q = row[0]
        para = _para_start(body, q.open)
        end = body.find("\n", q.outer_end)
        end = len(body) if end < 0 else end
        # (a dateline may open it: "HOLLIS CENTER, Iowa — “...”", "Calcutta: “...”")
        dated = _DATELINE.fullmatch(body, para, q.open) or (row[1] is None and colon_dateline_end(ctx, para) == q.open)
        if not dated or body[q.outer_end : end].strip(" \t.,"):
            continue
        if any(r[0] is not q and para <= r[0].open < end for r in rows):
            continue  # (one quotation alone: pieces with a cue between them have one of their own)
        nxt = _next_paragraph(body, end)
        if nxt is None:
            continue
        hm = _THAT_WAS_HOW.match(body, nxt)
        if hm is not None:
            # "That was how nursery nurse Kayleigh Brannigan, 29, described the moment ...": the
            # one named there who describes it
            si = ctx.sentence_of(nxt)
            given = False
            for mn in ppl.mentions[bisect_left(ppl.starts, hm.end()) :]:
                if mn.start >= ctx.sentences[si][1]:
                    break
                if not mn.in_quote and _DESCRIBES_AFTER.match(body, mn.end):
                    _give(row, mn.name, ppl)
                    given = True
                    break
            if not given:
                nxt_end = body.find("\n", nxt)
                if (
                    row[1] is None
                    and _INDEFINITE_AFTER.match(body, hm.end())
                    and not ppl.named_in(nxt, len(body) if nxt_end < 0 else nxt_end)
                ):
                    # "That's how a junior nursing major described the moment ... ¶ Dalia
                    # Ruiz-Ortega said she spent ...": the one the next paragraph brings in
                    name = _new_name_opening(ctx, nxt, None)
                    if name is not None:
                        _give(row, name, ppl)
                elif _INDEFINITE_AFTER.match(body, hm.end()):
                    # "That was how the co-founder of No Blank Check, the group that led the
                    # opposition, summed up the night. Marisa Oduya, a teacher, said": the one the
                    # next sentence brings in, by a full name first written there
                    si = ctx.sentence_of(nxt)
                    ns = si + 1 if si + 1 < len(ctx.sentences) else None
                    mn = _mention_at(ppl, body, _BLANK.match(body, ctx.sentences[ns][0]).end()) if ns else None
                    if (
                        mn is not None
                        and not mn.in_quote
                        and ppl.first.get(mn.name) == mn.start
                        and " " in mn.name
                        and ctx.sentences[ns][0] < (len(body) if nxt_end < 0 else nxt_end)
                        and _name_opens_clause(body, mn.end)
                        and not ppl.named_in(nxt, mn.start)
                    ):
                        _give(row, mn.name, ppl)
            continue
        dm = _THAT_IS_DESCRIBED.match(body, nxt)
        if dm is not None and row[1] is None and _person_noun(dm.group(1)):
            # "That’s the district’s superintendent, who has been doing the hiring herself ...
            # Corinne Mabry runs a district of 410 students": named as the next sentence opens
            name = _next_sentence_name(ctx, nxt)
            if name is not None:
                _give(row, name, ppl)
                continue
        tm = _TURNS_BACK.match(body, nxt)
        mid = tm is None and _SAYING_MID.search(body, nxt, ctx.sentences[ctx.sentence_of(nxt)][1])
        name = _named_as_next_opens(ctx, nxt) if mid else None
        if name is not None:
            # "It is 6:50 on a February morning, and the woman saying this is standing in a
            # kitchen ... ¶ Constance Ybarra has been a nurse": named as the next paragraph opens
            _give(row, name, ppl)
            continue
        if tm is None:
            mn = _mention_at(ppl, body, _TRADE_LEAD_OPT.match(body, nxt).end())
            if mn is None and (om := _BODY_ROLE_LEAD.match(body, nxt)) is not None:
                mn = _mention_at(ppl, body, om.end())  # "Penrhos Athletic boss Gareth Bevan admitted"
            if (
                # (or one going on from what an unnamed "they" said: "Students at a university say
                # they were told ... ¶ “...” ¶ Priya Raman, 19, a student there, says")
                (row[1] is None or (row[1][0] is None and body[row[1][1] : row[1][2]].lower() == "they"))
                and mn is not None
                and not mn.in_quote
                and (ppl.first.get(mn.name) == mn.start or _named_only_above(ctx, rows, q, mn))
                and " " in mn.name
                # ("Carys Lewis, 27, a classroom assistant who grew up there, said": described first;
                # past a clause about them only after a paragraph naming no one who might go on)
                and _name_opens_clause(body, mn.end, loose=not ppl.named_in(_paragraph_before(body, para), para))
                # (a term in quotation marks before is no quotation this one goes on from: "to pay
                # hundreds of pounds in “reservation fees” to secure shared houses")
                and not any(
                    _paragraph_before(body, para) <= r[0].open < para and len(body[r[0].start : r[0].end].split()) > 4
                    for r in rows
                )
            ):
                # "“It was the post office counter ...” ¶ Áine McTernan is chairwoman of the
                # co-operative": a quotation no one was given, after narrative, is the one the
                # next paragraph brings in by name
                _give(row, mn.name, ppl)
                continue
            lede = _lede_subject(ctx, rows, q, nxt) if row[1] is None else None
            if lede is not None:
                # "Bilal Qureshi's century saw off Strathallan ... ¶ ‘I’ve played on this ground
                # since I was nine ...’ ¶ The 23-year-old opener, whose ...": the article's
                # first quotation, standing alone, is the one person it is about so far, whom
                # the paragraph after takes up by name, pronoun or age
                _give(row, lede, ppl)
                continue
            if mn is not None and not mn.in_quote and _SAID_IT_AFTER.match(body, mn.end):
                # "“Look at that. Just look at that.” ¶ Dolores Kincaid, 88, said it twice,
                # standing in the aisle": the one who, the next paragraph says, said it
                _give(row, mn.name, ppl)
                continue
            wm = _WHO_SAID_IT.search(body, nxt, ctx.sentences[ctx.sentence_of(nxt)][1])
            if wm is not None:
                # "The line drew the loudest applause, and the man who said it, a retired civil
                # engineer named Gerald Pembrook, seemed embarrassed": the one named right after
                k = bisect_left(ppl.starts, wm.end())
                if (
                    k < len(ppl.mentions)
                    and ppl.mentions[k].start - wm.end() <= 80
                    and ppl.mentions[k].start < ctx.sentences[ctx.sentence_of(nxt)][1]
                    and _NAMED_APPOSED.fullmatch(body, wm.end(), ppl.mentions[k].start)
                ):
                    _give(row, ppl.mentions[k].name, ppl)
            continue
        si = ctx.sentence_of(nxt)
        mn = _mention_at(ppl, body, _WS_AFTER.match(body, tm.end()).end())
        k = bisect_left(ppl.starts, tm.end())
        if (
            mn is None
            and body.startswith(",", tm.end())
            and k < len(ppl.mentions)
            and _NAMED_APPOSED.fullmatch(body, tm.end(), ppl.mentions[k].start)
        ):
            mn = ppl.mentions[k]  # "The man who said it, Howrah Rangers coach Xabier Etxeberria, was"
        if mn is None and k < len(ppl.mentions) and ppl.mentions[k].start < ctx.sentences[si][1]:
            lead = _ROLE_WORDS_ONLY.fullmatch(body, _WS_AFTER.match(body, tm.end()).end(), ppl.mentions[k].start)
            if lead is not None and (
                lead.group(0).split()[-1].lower() in L.ROLE_NOUNS or lead.group(0).split()[-1].lower() in L.OCCUPATIONS
            ):
                mn = ppl.mentions[k]  # "That was the verdict of Port Alder manager Stevie Gow": past the office
        name = mn.name if mn is not None else None  # "That was the verdict of Dr Ann Lee"
        pm = _POSSESSOR_KIN_LEAD.match(body, _WS_AFTER.match(body, tm.end()).end())
        if pm is not None:
            # "That's the verdict of Jodie's mum Tracey, 48,": past whose relative she is
            mn = _mention_at(ppl, body, pm.end())
            name = mn.name if mn is not None else None
        if name is None and _WORDS_OF.search(tm.group(0)):
            # "The words belonged to Cwmgarw head coach Wyn Tudor": the first named after them
            first = next((m for m in ppl.mentions[bisect_left(ppl.starts, tm.end()) :] if not m.in_quote), None)
            if (
                first is not None
                and first.start < ctx.sentences[si][1]
                and _BEFORE_NAME.fullmatch(body, tm.end(), first.start)
            ):
                name = first.name
        sm = _SAYING_HEAD.match(tm.group(0)) if name is None else None
        if sm is not None:
            # "The woman saying this is standing on a grain bin ... ¶ Joanne Teeter is a rescue
            # instructor": named as the next paragraph opens, for the first time, or there as
            # "Her name is ...", or as the description again: "the instructor — Wade Hollister"
            name = _named_as_next_opens(ctx, nxt, rows, q)
            if name is None and sm.group(1) not in ("man", "woman", "person", "one"):
                name = _named_as(ctx, sm.group(1), q.outer_end, reach=1200)
        if (
            name is None
            and si + 1 < len(ctx.sentences)
            and (
                "\n" not in body[nxt : ctx.sentences[si + 1][0]]
                # "That is the view of a retired headteacher who ... ¶ Eirlys Jones - no relation
                # to Rhodri - said": the unnamed one is named as the next paragraph opens
                or (
                    _INDEFINITE_AFTER.match(body, tm.end()) is not None
                    and body.count("\n\n", nxt, ctx.sentences[si + 1][0]) == 1
                    and "\n" not in body[nxt : ctx.sentences[si][1]]
                )
            )
        ):
            ss1 = ctx.sentences[si + 1][0]
            mn = _mention_at(ppl, body, ss1)
            k = bisect_left(ppl.starts, ss1)
            if mn is None and k < len(ppl.mentions) and _ROLE_WORDS_ONLY.fullmatch(body, ss1, ppl.mentions[k].start):
                mn = ppl.mentions[k]  # "State veterinarian Marcy Klostermann said": past the office
            if mn is not None and ppl.first.get(mn.name) == mn.start:
                name = mn.name
        if name is not None:
            _give(row, name, ppl)


#: A sentence opening on a study or a guide by a named body: "A 2022 study by the Center for
#: Rural Commerce at ...", "The state Department of Water Resources' latest supply outlook".
_STUDY_OPENS = re.compile(
    r"(?:(?:But|And|Yet|Still|However),?[ \t]+)?(?:"
    r"(?:[Tt]he|[Aa]n?)[ \t]+(?:[\w-]+[ \t]+){0,3}?" + STUDY_NOUNS + r"[ \t]+(?:by|from)[ \t]+(?:the[ \t]+)?"
    r"(" + ORG_NAME + r")"
    r"|(?:[Tt]he[ \t]+)?(?:(?:state|federal|city|county)[ \t]+)?("
    + ORG_NAME
    + r")['’]s?[ \t]+(?:[a-z-]+[ \t]+){0,3}"
    + STUDY_NOUNS
    + r")\b"
)


def study_quotes(ctx, rows: list) -> None:
    """A quotation with no cue at all, or one the document itself is the cue of ("the report
    said", "the study’s authors wrote"), right after a sentence that opens on a study, a report or
    a guide by a named body ('A 2022 study by the Center for Rural Commerce ... found that ... ¶
    “...”'), is that body's: the document's words, quoted."""
    body = ctx.body
    ppl = ctx.people
    for i, row in enumerate(rows):
        res = row[1]
        if not (
            (res is None and row[2] is None)
            # '“...,” the study’s authors wrote', '“...,” the report said': the one just introduced
            or (
                res is not None and res[0] is None and res[1] is not None and _THE_STUDY.fullmatch(body, res[1], res[2])
            )
        ):
            continue
        q = row[0]
        span = sentence_before(ctx, q.open)
        if span is None or (i > 0 and rows[i - 1][0].outer_end > span[0]):
            continue
        sm = _STUDY_OPENS.match(body, *span)
        if sm is None:
            continue
        name = sm.group(1) or sm.group(2)
        if (
            ppl.named_in(span[0], span[1])
            # (a name that runs on in lower case: "the Norvale public accounts committee")
            or RUNS_ON_AS_BODY.match(body, sm.end(1) if sm.group(1) else sm.end(2))
            or name.split()[0].lower() in L.CAP_STOPWORDS
            # (a word the text also writes in lower case is no body: "Here’s a great guide")
            or (" " not in name and name.lower() in lower_words(body))
        ):
            continue
        row[1] = (name, res[1], res[2], None) if res is not None else (name, None, None, None)


#: A document someone wrote, named with its writer: "a longer statement from |Simms", "a letter
#: written by |her daughter".
_DOCUMENT_BY = re.compile(
    # (a short list: every document noun took "a widely denounced tweet by Ann Coulter", only mentioned,
    # for words read out)
    r"\b(?:statement|letter|message|note|email|e-mail|tribute|apology)[ \t]+(?:from|by|written[ \t]+by)[ \t]+"
)


def read_documents(ctx, rows: list) -> None:
    """A quotation with no cue at all right after a sentence that says a document by a named
    person was read or shown ("His roommate, junior Terrence Achebe, read a longer statement from
    Simms aloud to the crowd. ¶ “I had my student ID in my hand ...”") is that person's: the
    document's words, whoever reads them out."""
    body = ctx.body
    ppl = ctx.people
    for i, row in enumerate(rows):
        if row[1] is not None or row[2] is not None:
            continue
        q = row[0]
        span = sentence_before(ctx, q.open)
        if span is None or (i > 0 and rows[i - 1][0].outer_end > span[0]) or body.count("\n", span[1], q.open) > 2:
            continue
        found = list(_DOCUMENT_BY.finditer(body, *span))
        mn = _mention_at(ppl, body, found[-1].end()) if found else None  # (the last one it names)
        if mn is not None and not mn.in_quote:
            _give(row, mn.name, ppl)


#: A cue's subject that is such a document, or its authors: "the study’s authors".
_THE_STUDY = re.compile(
    r"[Tt]he[ \t]+(?:[a-z-]+[ \t]+)?" + STUDY_NOUNS + r"(?:['’]s[ \t]+(?:authors|researchers|writers))?"
)


def _give(row, name: str, ppl) -> None:
    """Give ``row``'s quotation to ``name``, keeping the mention its cue had, if any."""
    given = row[1]
    row[1] = (name, given[1] if given else None, given[2] if given else None, ppl.roles.get(name))


def _mention_at(ppl, body: str, s: int):
    """The person mention a sentence at ``s`` opens with, perhaps after a courtesy title."""
    k = bisect_left(ppl.starts, s)
    if k < len(ppl.mentions) and ppl.mentions[k].start - s <= 4 and not ppl.mentions[k].in_quote:
        lead = body[s : ppl.mentions[k].start].strip().rstrip(".").lower()
        if not lead or lead in L.COURTESY_TITLES:
            return ppl.mentions[k]
    return None


def _next_paragraph(body: str, pos: int) -> int | None:
    """Where the paragraph after the one holding ``pos`` starts (its first non-space character)."""
    m = _PARAGRAPH_BREAK.search(body, pos)
    return m.end() if m is not None else None


_PARAGRAPH_BREAK = re.compile(r"\n\s*(?=\S)")


def _first_person(ppl, s: int, e: int) -> str | None:
    """The first person named (outside quotations) in ``[s, e)``."""
    for mn in ppl.mentions[bisect_left(ppl.starts, s) :]:
        if mn.start >= e:
            break
        if not mn.in_quote:
            return mn.name
    return None


def _person_opening(ppl, body: str, s: int) -> str | None:
    """The person whose name opens the paragraph at ``s`` ("Anika Vos has spent ...", or after
    their trade: "Sheep farmer Murdo MacLeod, 63, drew ...")."""
    mn = _mention_at(ppl, body, s)
    if mn is None:
        rm = _TRADE_LEAD.match(body, s)
        if rm is not None and rm.group(1).lower() in _ROLE_LEAD_WORDS:
            k = bisect_left(ppl.starts, rm.end())
            if k < len(ppl.mentions) and ppl.mentions[k].start == rm.end() and not ppl.mentions[k].in_quote:
                mn = ppl.mentions[k]
    return mn.name if mn is not None else None


#: Up to three words of a trade or office before a name: "Sheep farmer ", "Local mum ".
_TRADE_LEAD = re.compile(r"(?:[A-Za-z-]+\.?[ \t]+){0,2}?([A-Za-z-]+)\.?[ \t]+(?=[A-Z])")
#: (a title before the name too: "Sen. Darlene Pruett, a Republican from ..., has pushed")
_ROLE_LEAD_WORDS = (
    L.OCCUPATIONS
    | L.ROLE_NOUNS
    | L.TITLE_WORDS
    | L.COURTESY_TITLES
    | frozenset("mum mother dad father sen rep gov gen lt col sgt capt cllr cr member trustee".split())
)


def sentence_before(ctx, at: int) -> tuple[int, int] | None:
    """The sentence right before the one holding ``at`` (from its first non-space character),
    when it is in the same paragraph or the one before; None otherwise."""
    si = ctx.sentence_of(at)
    if si == 0:
        return None
    ss, se = ctx.sentences[si - 1]
    if ctx.body.count("\n", se, at) > 2:
        return None
    return _BLANK.match(ctx.body, ss, se).end(), se


def _described_subject_before(ctx, at: int) -> int | None:
    """Where the sentence right before the quote opening at ``at`` (in its paragraph or the one
    before) opens on a description of a person as its subject ("the Kerry captain admitted"),
    else None."""

    span = sentence_before(ctx, at)
    dm = DESCRIBED_SUBJECT.match(ctx.body, *span) if span is not None else None
    if dm is None or not (dm.group(2) in L.OCCUPATIONS or dm.group(2) in _DESCRIPTIVE_HEADS):
        return None
    return dm.start(1)


_TITLE_TAIL = re.compile(r"\b([A-Z][a-z]+)\.?[ \t]+$")


def _before_title(body: str, at: int) -> int:
    """Where the title written before the name at ``at`` starts ("Madam Abigail"), else ``at``."""

    tm = _TITLE_TAIL.search(body, max(0, at - 12), at)
    return tm.start() if tm is not None and tm.group(1).lower() in L.TITLE_WORDS else at


def _holds_office(role: str | None) -> bool:
    """Whether a role names an office or a job, not only a courtesy title ("Ms", "Mr")."""

    words = (role or "").lower().replace("-", " ").split()
    if words[:1] == ["who"]:
        return False  # "who was standing in for the Taoiseach": what they did, no office of theirs
    return any(w in L.ROLE_NOUNS or w in L.OCCUPATIONS for w in words)


def _subject_before(ctx, at: int) -> tuple[str, int] | None:
    """The person the sentence right before the quote opening at ``at`` is about (in its
    paragraph or the one before), and where that sentence's subject starts, when it opens on a
    named person or a pronoun resolved to one rather than on a quotation; None otherwise."""
    span = sentence_before(ctx, at)
    if span is None or ctx.body[span[0] : span[0] + 1] in "\"“‘'":
        return None
    ss, se = span
    lm = _LINK_LEAD.match(ctx.body, ss, se)
    sa = ctx.subject_at(lm.end() if lm else ss, se)
    if (sa is None or sa[0] is None or sa[0][0] is None) and (pm := _OPENING_PHRASE.match(ctx.body, ss, se)):
        sa = ctx.subject_at(pm.end(), se)  # "In a written statement, Minera Cordillera Norte said"
    if sa is None or sa[0] is None or sa[0][0] is None:
        return None
    if PRONOUN_OPENS.match(ctx.body, sa[0][1]):
        return sa[0][0], sa[0][1]  # "He disclosed that ...": whom "he" was resolved to
    k = bisect_left(ctx.people.starts, sa[0][1])
    mns = ctx.people.mentions
    if k < len(mns) and mns[k].start < se and mns[k].name == sa[0][0] and not mns[k].in_quote:
        return mns[k].name, mns[k].start
    return None


def _body_called_before(ctx, at: int, head: str) -> tuple[str, int] | None:
    """The body the sentence right before the quote opening at ``at`` introduces by name after
    that word: "A group called Hens for Homes, which has lobbied ..., said" for "the group"."""
    span = sentence_before(ctx, at)
    if span is None:
        return None
    rx = re.compile(
        r"\s*(?:An?|The)[ \t]+(?:[\w-]+[ \t]+){0,2}?" + re.escape(head) + r"[ \t]+(?:called|named|known[ \t]+as)[ \t]+"
        r"([A-Z][\w&'’.-]*(?:[ \t]+(?:(?:for|of|and|the|on)[ \t]+)*[A-Z][\w&'’.-]*)*)"
    )
    m = rx.match(ctx.body, span[0], span[1])
    return (m.group(1), m.start(1)) if m is not None else None


def _body_subject_before(ctx, at: int, head: str) -> tuple[str, int] | None:
    """The body the sentence right before the quote opening at ``at`` opens on, when its name
    ends in ``head`` ("The Lakes Model Tour disqualified ..." for "the tour"), which the people
    finder keeps no mention of."""
    span = sentence_before(ctx, at)
    if span is None:
        return None
    sa = ctx.subject_at(span[0], span[1])
    if sa is None or sa[0] is None or sa[0][0] is None or sa[0][0].split()[-1].lower() != head:
        return None
    return sa[0][0], sa[0][1]


#: Words for whoever heads a body ("the UAW leader"), not for its staff ("the White House aide").
_BODY_HEADS = frozenset("leader chief head boss president chairman chairwoman chair director governor".split())


def _head_of_named_body(ppl, description: str, before: int) -> str | None:
    """For "the UAW leader": the person named before ``before`` whose role is in the body the
    description names, by its name or its initials ("union president of United Automobile
    Workers"); None when the description names no body or no one, or more than one, fits."""
    words = description.split()[1:-1]
    body_words = [w for w in words if w[:1].isupper()]
    if not body_words:
        return None
    probe = " ".join(body_words)
    found = set()
    for m in ppl.mentions[: bisect_left(ppl.starts, before)]:
        role = ppl.roles.get(m.name) or ""
        capitals = [w for w in role.split() if w[:1].isupper()]
        initials = "".join(w[0] for w in capitals)
        if role and (probe in role or (probe.isupper() and len(probe) >= 2 and probe in initials)):
            found.add(m.name)
    return found.pop() if len(found) == 1 else None


#: A first-person word: the quote speaks of its speaker ("I was there", "my recovery").
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|my|me|myself|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|our|us)\b")
_BLANK = re.compile(r"\s*")
#: A sentence opening with a phrase of place or time before its subject.
_LEAD_PHRASE = re.compile(r"(?:At|In|On|During|After|Before|Speaking|Later|Earlier|Asked|Pressed|Questioned)\b")
#: That phrase and its comma, before a sentence's subject: "In a written statement, ".
_OPENING_PHRASE = re.compile(_LEAD_PHRASE.pattern + r"[^,.;:“”\"\n]{0,60},[ \t]+")
_CAPITAL = re.compile(r"(?<=[ \t])[A-Z]")
#: A lower-case word after a subject: its verb ("Howard denied").
_VERB_NEXT = re.compile(
    r"(?:,[ \t]+\d{1,3},)?[ \t]+(?:also[ \t]+)?"
    r"(?:[a-z]+(?:ed|s)|paid|said|told|made|gave|took|spoke|wrote|went|came|met|led|held|sent|left|kept|struck)\b"
)


#: A cue word used as a noun after an article and a modifier: "to issue a rallying call".
_NOUN_CUE = re.compile(r"\b(?:a|an|the|his|her|their|its)[ \t]+(?:[a-z-]+[ \t]+)?[a-z]+$")


#: "went on to list": a cue followed by an act other than speaking is no cue.
_TO_ACT = re.compile(r"[ \t]+to[ \t]+(?!say|add|tell|warn|claim|explain|insist|note|argue|ask|declare)[a-z]+\b")


#: A relative of the one the sentence is about, named after the word for them: "her father, ".
_POSSESSED_KIN = re.compile(
    r"\b(?:his|her|their)[ \t]+(?:(?:late|elder|eldest|older|younger|youngest|only|beloved)[ \t]+)?"
    + KIN_BEFORE.pattern.removeprefix(r"\b")
)


def narrative_subject(ctx, rows: list, cue_rx: re.Pattern, is_title) -> None:
    """A first-person quote with no cue that follows, in its paragraph, narrative about one
    person is that person's: ``Costa then moved to crutches. "Walking again felt huge."`` (the
    profile's way of letting its subject talk). Only when every sentence subject that is a
    person is that one, nobody else is named and no cue verb stands in between."""
    body = ctx.body
    ppl = ctx.people
    prev_end = 0
    for i, row in enumerate(rows):
        q = row[0]
        s0 = max(body.rfind("\n", 0, q.open) + 1, prev_end)
        prev_start = prev_end  # nothing of the quotation before may be narrative
        prev_end = q.outer_end
        own_paragraph = not body[s0 : q.open].strip(_LEAD)
        # (a quotation that is its own paragraph and goes on over the paragraphs after it speaks
        # in the first person when any of its pieces does)
        rest = rows[i + 1 : i + 8] if own_paragraph else ()
        if not _uncued_first_person(ctx, row, is_title, rest) and not (
            # 'Vantreese was not finished. “The garage is not a vanity project ...”': words that
            # follow, in its paragraph, one short sentence about the one person it names
            not own_paragraph
            and _uncued_first_person(ctx, row, is_title, first_person=False)
            and len(_WORD.findall(body, s0, q.open)) <= 12
            and ctx.people.named_in(s0, q.open)  # by name: "He moved to crutches." is too little
        ):
            continue
        if own_paragraph:
            # a quotation that is its own paragraph: the narrative paragraph just before it, when
            # that one quotes nobody ("Tamura referred to a 55 pct rise ...¶"I feel this is ..."),
            # or reports the one person it names ("Conable ... said Brazil must ...¶"I think ...")
            pe = len(body[:s0].rstrip())
            ps = body.rfind("\n", 0, pe) + 1
            if ps == 0 or ps < prev_start or body.count("\n", pe, s0) > 2:
                continue
            if _BYLINE_ONLY.fullmatch(body, ps, pe):
                continue  # "By Esther Quan ¶ “How are you sleeping?”": the writer asks no one
            s0 = ps
        if not body[s0 : q.open].strip(_LEAD) or (
            not own_paragraph
            and any(
                not _NOUN_CUE.search(body, max(0, cm.start() - 30), cm.end()) and not _TO_ACT.match(body, cm.end())
                for cm in cue_rx.finditer(body, s0, q.open)
            )
        ):
            continue
        lo = bisect_left(ppl.starts, s0)
        hi = bisect_left(ppl.starts, q.open)
        # ("asked about her father, Tomasz, who taught her": a relative the subject's words are
        # about, never the one speaking of them)
        named = {
            m.name
            for m in ppl.mentions[lo:hi]
            if not m.in_quote and not _POSSESSED_KIN.search(body, max(0, m.start - 24), m.start)
        }
        if len(named) > 1:
            continue
        subject = None
        for si in range(ctx.sentence_of(s0), ctx.sentence_of(q.open) + 1):
            ss, se = ctx.sentences[si]
            if max(ss, s0) >= se:
                continue  # the paragraph starts after this sentence's end (a sentence over a break)
            ss = _BLANK.match(body, max(ss, s0), se).end()
            if ss >= q.open:
                break
            sa = ctx.subject_at(ss, min(se, q.open))
            if (sa is None or sa[0] is None or sa[0][0] is None) and _LEAD_PHRASE.match(body, ss, min(se, q.open)):
                # "At an airport news conference Howard denied ...": the subject after the phrase
                sa = next(
                    (
                        got
                        for cm in _CAPITAL.finditer(body, ss + 1, min(se, q.open, ss + 100))
                        if (got := ctx.subject_at(cm.start(), min(se, q.open))) is not None
                        and _VERB_NEXT.match(body, got[1])
                    ),
                    None,
                )
            res = sa[0] if sa is not None else None
            if res is not None and res[0] is None:
                res = _apposed_name(ctx, sa[1], min(se, q.open)) or res
            if res is None or res[0] is None:
                res = _description_apposed_opening(ctx, ss, min(se, q.open)) or res
            if res is None or res[0] not in ppl.first:
                continue  # no subject, or not a person's
            # (where the subject ends: the description's name when no subject was found before it)
            tail = sa[1] if sa is not None else res[2]
            if body[tail : min(se, q.open)].strip() == "?":
                subject = None  # "Paula Reyes? “She was used.”": whom the interviewer asks about
                break
            if subject is not None and subject[0] != res[0]:
                subject = None
                break
            subject = res
        if subject is None or (named and named != {subject[0]}):
            continue
        if not _may_speak(ctx, q, subject[0], cue_rx):
            continue
        row[1], row[2], row[3] = subject, "cont", subject[2]


_YOU = re.compile(r"\b[Yy]ou\b")


#: A sentence opening on a description set before a name: "The area's MPA, ".
_DESCRIPTION_COMMA = re.compile(r"\s*(?:The|An?|Its|Their|His|Her)[ \t]+[^,;:\n\"“”]{1,60},[ \t]+")


def _description_apposed_opening(ctx, s: int, e: int) -> tuple | None:
    """The person a sentence at ``s`` names right after the description it opens with, set off
    by commas ("The area's MPA, Farzana Laghari, reached ...", "The author of the ordinance,
    Councilor Ana Reyes, had made ..."), as a speaker tuple; None otherwise."""
    dm = _DESCRIPTION_COMMA.match(ctx.body, s, e)
    if dm is None:
        return None
    ppl = ctx.people
    k = bisect_left(ppl.starts, dm.end())
    if k == len(ppl.mentions):
        return None
    mn = ppl.mentions[k]
    if mn.in_quote or mn.end >= e or not _CAPITALISED_LEAD.fullmatch(ctx.body, dm.end(), mn.start):
        return None
    if not ctx.body.startswith(",", mn.end):
        return None
    return (mn.name, mn.start, mn.end, ppl.roles.get(mn.name))


def _uncued_first_person(ctx, row, is_title, rest=(), first_person: bool = True) -> bool:
    """Whether ``row`` is a quote no rule has attributed that opens its sentence and speaks in
    the first person over a few words: what the narrative rules may give the person written
    about. A quotation that goes on over the paragraphs after it (``rest``, the rows from the
    next on) speaks in the first person when any of its pieces does. With ``first_person`` False
    the person it speaks in does not matter, only that no rule took it and it opens a sentence."""
    q = row[0]
    body = ctx.body
    if row[1] is not None or row[5] or q.cont or not _opens_sentence(ctx, row) or is_title(body, q):
        return False
    if len(_WORD.findall(body, q.start, q.end)) < MIN_WORDS:
        return False
    if not first_person or _FIRST_PERSON.search(body, q.start, q.end) is not None:
        return True
    if _asks(body, q) and _YOU.search(body, q.start, q.end) is not None:
        return True  # "Amundsen rephrased. “Did you write anything down?”": the one who asks
    for nxt in rest:
        if not nxt[0].cont:
            break
        if _FIRST_PERSON.search(body, nxt[0].start, nxt[0].end) is not None:
            return True
    return False


def _may_speak(ctx, q, name: str, cue_rx: re.Pattern) -> bool:
    """Whether the narrative's ``name`` may speak quote ``q``: the quote does not name them
    ('"We have not been approached by Mr. Pesch,"': whom it speaks of) and no cue after it in
    its sentence gives it a source of its own ('"..." in Republic Health, a spokesman told Reuters')."""
    body = ctx.body
    if re.search(r"\b" + re.escape(name.split()[-1]) + r"\b", body[q.start : q.end]):
        return False
    return cue_rx.search(body, q.outer_end, ctx.sentences[ctx.sentence_of(q.outer_end - 1)][1]) is None


#: An apposition set off by commas after a subject: ", editor of Mac Format,".
_APPOSED = re.compile(r",[ \t]+[^,;:\"“”\n]{3,80},")
#: A lower-case word after a subject, its verb or an adverb before it: "is", "had", "understandably has".
_ANY_VERB_NEXT = re.compile(r"[ \t]+(?!(?:and|or|who|whose|which|that|of|from|in|at|on|for|with|to|by)\b)[a-z]{2,}\b")
#: Words that may open a sentence before its subject: "However, Mr Lee has ...".
_LINK_LEAD = re.compile(r"(?:However|But|And|Yet|Now|Still|So|Meanwhile|Instead)\b,?[ \t]+")


def sentence_subject(ctx, rows: list, cue_rx: re.Pattern, is_title) -> None:
    """A first-person quote with no cue right after a sentence whose subject is a person, in its
    paragraph: ``However, Mr Lee has taken the idea to Cambodia. "We put in 25 laptops."``,
    where ``narrative_subject`` found the paragraph about more than one person. Only the
    sentence just before counts; it may name others after its subject ("where he trained with
    Ann Cole"), but holds no cue verb and no quotation, and the quote names not its subject."""
    body = ctx.body
    ppl = ctx.people
    for i, row in enumerate(rows):
        q = row[0]
        if not _uncued_first_person(ctx, row, is_title, rows[i + 1 : i + 6]):
            continue
        si = ctx.sentence_of(q.open)
        if si == 0:
            continue
        ss, se = ctx.sentences[si - 1]
        ss = _BLANK.match(body, ss, se).end()
        if "\n" in body[ss : q.open].strip() or body.count("\n", se, q.open) > 2:
            continue  # only the sentence right before, in the same paragraph or the one just before
        if i > 0 and rows[i - 1][0].outer_end > ss:
            continue  # a quotation in it, or it is one
        if body[body.rfind("\n", 0, ss) + 1 :].lstrip(" \t").startswith(":"):
            continue  # an interview laid out as ": answer" paragraphs: ``interview_speaker``'s
        if any(
            not _NOUN_CUE.search(body, max(0, cm.start() - 30), cm.end()) and not _TO_ACT.match(body, cm.end())
            for cm in cue_rx.finditer(body, ss, q.open)
        ):
            continue
        lm = _LINK_LEAD.match(body, ss, se)
        sa = ctx.subject_at(lm.end() if lm else ss, min(se, q.open))
        if sa is None or sa[0] is None or sa[0][0] is None:
            # "After three successive wins, McIlroy is brimming with confidence.": past the opening phrase
            c = body.find(",", ss, min(se, q.open, ss + 80))
            if c >= 0 and not any(ch in body[ss:c] for ch in '"“”'):
                sa = ctx.subject_at(_BLANK.match(body, c + 1, se).end(), min(se, q.open))
        res = sa[0] if sa is not None else None
        if res is None or res[0] is None or res[0] not in ppl.roles:
            continue
        vp = sa[1]
        am = _APPOSED.match(body, vp, min(se, q.open))
        if am is not None:
            vp = am.end()  # "Graham Barlow, editor of Mac Format, understandably has ...": past the apposition
        if not _ANY_VERB_NEXT.match(body, vp, min(se, q.open)):
            continue
        if not _may_speak(ctx, q, res[0], cue_rx):
            continue
        row[1], row[2], row[3] = res, "cont", res[2]


#: A description's comma and the role words before the name set beside it: ", panel beater ".
_APPOSED_NAME = re.compile(r"[^,;:.\"“”\n]{0,40}?,[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}")


def _apposed_name(ctx, at: int, end: int) -> tuple | None:
    """The person set beside a description that ends at ``at``: "Her neighbour across the road,
    panel beater Bheki Ntuli, has given up": (name, start, end, role), else None."""
    body = ctx.body
    ppl = ctx.people
    am = _APPOSED_NAME.match(body, at, end)
    k = bisect_left(ppl.starts, am.end()) if am is not None else len(ppl.mentions)
    if k == len(ppl.mentions) or ppl.mentions[k].start != am.end() or not body.startswith(",", ppl.mentions[k].end):
        return None
    mn = ppl.mentions[k]
    return mn.name, mn.start, mn.end, ppl.roles.get(mn.name)


#: How much more often a profile's subject is named than anyone else (outside quotations).
PROFILE_LEAD = 2
PROFILE_MIN_MENTIONS = 3
_HE_SHE = frozenset(("he", "she"))


#: A transcript's speaker label at a quote's start: "WALLACE: ...".
_LABEL_START = re.compile(r"[A-Z][A-Z.'’ -]+:")


def profile_subject(ctx, rows: list, is_title) -> None:
    """In a profile, the first-person quotes nobody is given are its subject's: an article
    that names one person at least ``PROFILE_MIN_MENTIONS`` times and ``PROFILE_LEAD`` times
    as often as anyone else, with at least two such quotes ("I was on a cruise ..." after a
    paragraph about Morris, no cue anywhere); then its other statements nobody is given too. A quote whose paragraph names someone else
    before it is left alone; so is one given to a "he" or "she" the text resolved."""
    body = ctx.body
    ppl = ctx.people
    counts: dict[str, int] = {}
    for m in ppl.mentions:
        if not m.in_quote:
            counts[m.name] = counts.get(m.name, 0) + 1
    if not counts:
        return
    ranked = sorted(counts.values(), reverse=True)
    top = max(counts, key=lambda n: counts[n])
    if ranked[0] < PROFILE_MIN_MENTIONS or (len(ranked) > 1 and ranked[0] < PROFILE_LEAD * ranked[1]):
        return
    gender = ppl.gender_of(top)
    own_words = {w for w in top.split() if len(w) > 2 and w[0].isupper()}
    open_rows = []
    for row in rows:
        q = row[0]
        res = row[1]
        unresolved = res is not None and res[0] is None and res[1] is not None
        pronoun = body[res[1] : res[2]].lower() if unresolved else ""
        if not (res is None or (unresolved and pronoun in _HE_SHE)) or row[5] or is_title(body, q):
            continue
        if pronoun and gender is not None and pronoun_gender(pronoun) != gender:
            continue
        if len(_WORD.findall(body, q.start, q.end)) < MIN_WORDS:
            continue
        if res is None and not _opens_sentence(ctx, row):
            continue  # words the writer's sentence uses, not a statement of its own
        if _LABEL_START.match(body, q.start) or any(w in own_words for w in _WORD.findall(body, q.start, q.end)):
            continue  # a transcript's "PENCE: ...", or words about the subject, not by them
        ps = body.rfind("\n", 0, q.open) + 1
        lo = bisect_left(ppl.starts, ps)
        hi = bisect_left(ppl.starts, q.open)
        if any(m.name != top and not m.in_quote and body[m.end : m.end + 1] != "?" for m in ppl.mentions[lo:hi]):
            # (a name asked about, "Paula Jones? ...", is not someone else talking)
            continue
        open_rows.append(row)
    if sum(1 for row in open_rows if _FIRST_PERSON.search(body, row[0].start, row[0].end)) < 2:
        return  # no one talks about themselves unprompted: no profile
    for row in open_rows:
        mention = row[1]
        if mention is not None:  # the pronoun stays the mention
            row[1] = (top, mention[1], mention[2], ppl.roles.get(top))
            continue
        k = bisect_left(ppl.starts, row[0].open) - 1
        while k >= 0 and (ppl.mentions[k].name != top or ppl.mentions[k].in_quote):
            k -= 1
        if k < 0:
            continue  # named only after it: no one to point to
        m = ppl.mentions[k]
        row[1], row[2] = (top, m.start, m.end, ppl.roles.get(top)), "cont"


#: A question the interviewer puts, a paragraph of its own: "Why libraries?", "So the shushing is over?"
_QUESTION_PARAGRAPH = re.compile(r"(?:^|\n)[ \t]*([A-Z][^\n]{0,200}\?)[ \t]*(?=\n)")
#: A pronoun taken for a name, with its contraction: "You’ve", "We'd".
_PRONOUN_NAME = re.compile(r"(?:You|We|They|I)(?:[’'][a-z]+)?")
#: Questions a Q&A must put before its quoted answers count as its answers.
QA_MIN_QUESTIONS = 3


def qa_answers(ctx, rows: list, is_title) -> None:
    """In a Q&A (at least ``QA_MIN_QUESTIONS`` paragraphs that are one question each), a
    quotation nobody is given that opens the paragraph right after a question is the answer of
    the person the introduction names first: "What are you reading? ¶ “A very long history of
    the Erie Canal.”" is the interviewee's."""
    body = ctx.body
    questions = [m.end(1) for m in _QUESTION_PARAGRAPH.finditer(body)]
    if len(questions) < QA_MIN_QUESTIONS:
        return
    ppl = ctx.people
    first = next((m for m in ppl.mentions if not m.in_quote and m.start < questions[0]), None)
    if first is None:
        return
    for row in rows:
        q = row[0]
        unnamed = row[1] is not None and (row[1][0] is None or _PRONOUN_NAME.fullmatch(row[1][0]) is not None)
        if (row[1] is not None and not (unnamed and row[2] == "cont")) or row[5] or q.cont or is_title(body, q):
            continue  # (going on from the question's own quotation, "You've called it ...", is no one's)
        ps = body.rfind("\n", 0, q.open) + 1
        if body[ps : q.open].strip():
            continue  # not the paragraph's opening
        k = bisect_left(questions, ps) - 1
        if k < 0 or body[questions[k] : ps].strip():
            continue  # no question right before it
        row[1], row[2] = (first.name, first.start, first.end, ppl.roles.get(first.name)), "cont"


#: A wire's lead-in to a document it prints: "Following are extracts from the communique issued
#: at the conclusion of the OPEC conference", "Following is the text of a statement by ..."
#: (group 1: the words that name whose the document is).
_TEXT_FOLLOWS = re.compile(
    r"\b[Ff]ollowing[ \t]+(?:is|are)[ \t]+(?:the[ \t]+)?(?:full[ \t]+)?(?:texts?|excerpts|extracts|highlights)"
    r"[ \t]+(?:of|from)[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w-]+[ \t]+){0,3}?"
    r"(?:statement|communique|speech|letter|report|declaration|address|remarks|testimony|resolution)"
    r"\b([^.:\n\"“”]{0,160})"
)


def text_that_follows(ctx, rows: list) -> None:
    """Give the quotations after a wire's lead-in to a document it prints ("Following are
    extracts from the communique issued at the conclusion of the OPEC conference here.") the
    document's author, named in that lead-in, when nothing else gave them a speaker."""
    body = ctx.body
    m = _TEXT_FOLLOWS.search(body, 0, min(len(body), 1500))
    if m is None:
        return
    author = None
    for p in range(m.start(1), m.end(1)):
        items = ctx.run_by_start.get(p)
        if items is not None and (p == 0 or not body[p - 1].isalnum()):
            author = ctx.resolve_run(items)
            if author is not None and author[0] is not None:
                break
            author = None
    if author is None:
        return
    for row in rows:
        if row[1] is None and row[0].open > m.end():
            row[1] = author
