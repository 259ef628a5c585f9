"""Reported speech without quotation marks: ``Ms Rahman said the plan would fail``.

Three sentence shapes are read, each only when its source is found the way quotations'
sources are (``quotes`` finds the subject, ``entities`` the entity):

* the statement after the cue: ``<source> said (that) <statement>``, ``<source> told
  reporters that <statement>``, ``<source> vowed to <do something>``;
* the statement before it: ``<statement>, <source> said.`` / ``<statement>, said <source>.``;
* ``according to <source>``, before or after the statement.

The statement runs to the end of its sentence, or to a second cue of the same subject
(``... and added that``). Cues inside quotation marks are skipped, and so is a statement
that is all a quotation (that is a direct quote, found by ``quotes``). Precision is
preferred to recall: a statement is given only when its sentence has one of these shapes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as L
from .rx import alternation
from .text import Quote

#: Verbs of saying and thinking whose complement is the statement reported.
_SAY = r"""said|says|say|told|tells|added|adds|stated|states|declared|declares|announced|announces|
argued|argues|claimed|claims|explained|explains|insisted|insists|noted|notes|warned|warns|wrote|writes|
suggested|suggests|acknowledged|acknowledges|admitted|admits|conceded|concedes|confirmed|confirms|
denied|denies|predicted|predicts|reported|reports|testified|testifies|asserted|asserts|contended|
contends|maintained|maintains|emphasized|emphasised|emphasizes|emphasises|stressed|stresses|
believes|believed|thinks|thought|hopes|hoped|fears|feared|complained|complains|countered|counters|
agreed|agrees|recalled|recalls|revealed|reveals|disclosed|discloses|estimated|estimates|
concluded|concludes|observed|observes|indicated|indicates|replied|replies|responded|responds|
promised|promises|pledged|pledges|vowed|vows|threatened|threatens|urged|urges|assured|assures|
informed|informs|reminded|reminds|tweeted|tweets|alleged|alleges|charged|charges|cautioned|cautions"""
_SAY_WORDS = frozenset(_SAY.replace("\n", "").split("|"))
#: Cues whose object comes before the statement ("told reporters that", "urged Congress to").
_OBJECT_CUES = frozenset("""
told tells warned warns assured assures informed informs reminded reminds urged urges
""".split())
#: Cues that take an infinitive ("vowed to fight on").
_TO_CUES = frozenset("""
promised promises pledged pledges vowed vows threatened threatens urged urges agreed agrees
""".split())
#: Cues whose statement may follow without "that" ("said the plan failed"); the others
#: need it, since their object is as often a thing as a statement ("denied the charges",
#: "declared victory", "maintained his lead").
_BARE_OK = frozenset("""
said says say told tells added adds noted notes argued argues claimed claims insisted insists
explained explains wrote writes suggested suggests warned warns believes believed thinks thought
hopes hoped fears feared stressed stresses emphasized emphasised predicted predicts acknowledged
acknowledges admitted admits conceded concedes recalled recalls replied replies responded responds
tweeted tweets estimated estimates agreed agrees complained complains
""".split())
_CUE = re.compile(r"\b" + alternation(_SAY_WORDS) + r"\b")
_THAT = re.compile(r"\bthat\b")
#: Short phrases between the cue and the statement: "on Monday", "in a statement", "last week".
_ADJUNCT = re.compile(
    r"(?:[ \t]+(?:on|in|at|during|late|early|last|this|earlier|later|yesterday|today|tonight|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|recently|previously|repeatedly|"
    r"publicly|privately|again|also|then|now)\b(?:[ \t]+(?:a|an|the|his|her|their|its)?[ \t]*"
    r"(?!(?:before|after|that|to|when|while|because|if|as)\b)(?:[A-Za-z0-9’'-]+)){0,3})*")
#: Words a statement never starts with (a preposition or conjunction starts an adjunct).
_BAD_START = frozenset("""
in on at by with for from of about as if whether when while because since after before
and but or so than to into onto through during over under against between among
nothing anything something so
""".split())
_ACCORDING = re.compile(r"\b[Aa]ccording[ \t]+to[ \t]+")
_PUNCT = re.compile(r"[,;:.!?“”\"]")
_TO = re.compile(r"[ \t]+to\b")
_COMMA = re.compile(r",[ \t]+")
_LINK_WORD = re.compile(r"(?:and|but|with|while)[ \t]+")
#: A short object after "told", "warned": "reporters", "the BBC", "Ann Lee".
_OBJECT = re.compile(r"[ \t]+((?:the|a|an|his|her|their|its)[ \t]+)?[A-Za-z’'.-]+(?:[ \t]+[A-Z][A-Za-z’'.-]+){0,3}")
#: Lower-case words that open no statement ("said yes", "said to be").
_NOT_OPENERS = frozenset("be yes no not so too very year years week weeks day days time".split())
#: Lower-case words a reported statement opens with: a subject or "that".
_CLAUSE_OPENERS = frozenset("""
that he she they it we i you there this these those the a an his her their its our my your
some many most all no every each any both several few one two three four five none nobody
everyone everybody nothing something someone anyone
""".split())
_WORD = re.compile(r"[A-Za-z0-9’'-]+")
_SENT_END = ".!?;:"


@dataclass
class Reported:
    start: int      # the statement's span
    end: int
    result: tuple   # (speaker, mention start, mention end, role), as quotes.attribute gives
    anchor: int     # end of the cue, for the statement's date
    shape: str = "after"  # "after" the cue, "before" it, or "according" to a source


def find_reported(ctx, in_quote) -> list[Reported]:
    """Statements in reported speech, in text order, none inside a quotation."""
    from .quotes import _post_specific, _pre_specific, describe, np_ok_start, _np_end

    body = ctx.body
    out: list[Reported] = []
    for ss, se in ctx.sentences:
        if se - ss < 12 or in_quote(ss + 1):
            continue
        got = None
        cues = [cm for cm in _CUE.finditer(body, ss, se) if not in_quote(cm.start())]
        for cm in cues:
            got = _after_cue(ctx, ss, se, cm, in_quote, _pre_specific)
            if got is not None:
                break
        if got is None and cues:
            got = _before_cue(ctx, ss, se, in_quote, _post_specific)
        if got is None and "ccording" in body[ss:se]:
            got = _according(ctx, ss, se, in_quote, describe, np_ok_start, _np_end)
        if got is not None and got.result is not None:
            out.append(got)
    return out


def _statement_end(body: str, s: int, se: int, cm_subject_cue=None) -> int:
    """Where a statement starting at ``s`` ends: its sentence's end, less the final mark, or
    an ", and said/added" that starts a second statement."""
    e = se
    while e > s and (body[e - 1] in _SENT_END or body[e - 1].isspace()):
        e -= 1
    m = _CLAUSE_END.search(body, s, e)
    if m is not None and len(_WORD.findall(body, s, m.start())) >= 3:
        e = m.start()
    return e


#: Where the reported statement's first clause ends: a dash or semicolon, or a comma before a
#: conjunction, a relative pronoun or a participle ("..., but", "..., which", "..., adding").
_CLAUSE_END = re.compile(
    r"[ \t]*(?:[;—–]|[ \t]-[ \t]|\.[ \t]|,[ \t]+(?:(?:[a-z]+[ \t]+){0,4}(?:he|she|they|we|I)[ \t]+[a-z]+|"
    r"but|and|while|although|though|which|who|whom|where|"
    r"as|before|after|because|since|so|yet|even|adding|saying|noting|calling|citing|according|"
    r"including|especially|unless|if|when|whereas|than)\b|[ \t]+but[ \t]|,?[ \t]+and[ \t]+(?:"
    + _SAY.replace("\n", "") + r")\b)")


def _mostly_quoted(ctx, s: int, e: int) -> bool:
    """Whether quotation marks cover most of ``[s, e)`` (then it is a direct quote)."""
    covered = 0
    for q in ctx.quotes:
        if q.outer_end <= s:
            continue
        if q.open >= e:
            break
        covered += max(0, min(e, q.outer_end) - max(s, q.open))
    return covered >= 0.6 * (e - s)


def _ok_statement(ctx, s: int, e: int, allow_to: bool) -> bool:
    body = ctx.body
    words = _WORD.findall(body, s, e)
    if len(words) < 3:
        return False
    first = words[0].lower()
    if first in _BAD_START and not (allow_to and first == "to"):
        return False
    return not _mostly_quoted(ctx, s, e)


def _after_cue(ctx, ss: int, se: int, cm, in_quote, pre_specific):
    """``<source> said (that) <statement>``."""
    body = ctx.body
    cue = cm.group(0)
    if body[max(ss, cm.start() - 3):cm.start()].rstrip().endswith((",", "“", '"')):
        return None  # "..., said Ann" / "...," she said: the statement is before the cue
    if cm.start() > ss and body[cm.start() - 1] == "-":
        return None
    found = pre_specific(ctx, ss, cm.end())
    if found is None or found[1] != cm.end():
        return None
    result = found[0]
    p = cm.end()
    window = body[p:min(se, p + 120)]
    tm = _THAT.search(window)
    pre = window[:tm.start()] if tm else ""
    if tm is not None and not _PUNCT.search(pre) and len(_WORD.findall(pre)) <= 8:
        s = p + tm.start()  # the statement includes its "that", as annotators mark it
    elif cue not in _BARE_OK and not (cue in _TO_CUES and _TO.match(body, p, p + 4)):
        return None
    else:
        am = _ADJUNCT.match(body, p, se)
        s = am.end() if am else p
        if cue in _OBJECT_CUES:
            # "told reporters the plan ...": step over a short object
            om = _OBJECT.match(body, s, se)
            if om is None:
                return None
            s = om.end()
            if _TO.match(body, s, se) and cue not in _TO_CUES:
                return None
        while s < se and body[s] in " \t,:":
            s += 1
    if s >= se:
        return None
    first = _WORD.match(body, s)
    allow_to = cue in _TO_CUES
    if first is None:
        return None
    w = first.group(0)
    lw = w.lower()
    if not (w[0].isupper() or w[0].isdigit() or lw in _CLAUSE_OPENERS or (allow_to and w == "to")) and (
            lw in _BAD_START or lw in _NOT_OPENERS or lw.endswith(("ing", "ly"))):
        return None  # "said, clutching the lectern": no statement follows
    e = _statement_end(body, s, se)
    if e <= s or not _ok_statement(ctx, s, e, allow_to):
        return None
    if in_quote(s) and not in_quote(e - 1):
        pass
    return Reported(s, e, result, cm.end(), "after:" + cue)


_VERBISH = re.compile(r"\b(?:is|are|was|were|be|been|will|would|can|could|should|shall|has|have|had|"
                      r"does|do|did|may|might|must|[a-z]{2,}(?:ed|es|s))\b")


def _has_verb(body: str, s: int, e: int) -> bool:
    """Whether ``[s, e)`` looks like a clause: an auxiliary or a word with a verb's ending."""
    return _VERBISH.search(body, s, e) is not None


#: What may follow the cue that ends a sentence: "said on Monday", "said in a statement",
#: "told reporters", "said yesterday", or the source itself ("said Ann Lee").
_TAIL_OK = re.compile(r"(?:on|in|at|during|late|early|last|this|earlier|later|yesterday|today|tonight|"
                      r"recently|reporters|journalists|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                      r"Sunday|[A-Z]|the\s+[A-Z])")


def _opens_adjunct(word: str) -> bool:
    """A first word that starts an adverbial or a description, not a statement:
    "Following ...", "Asked whether ...", "Similarly, ...", "Then a student living ..."."""
    w = word.lower()
    return w in _BAD_START or w.endswith(("ing", "ly")) or w in ("asked", "then", "yet", "also", "still")


def _before_cue(ctx, ss: int, se: int, in_quote, post_specific):
    """``<statement>, <source> said.`` / ``<statement>, said <source>.``"""
    body = ctx.body
    # the last comma of the sentence followed by a short attribution that ends it
    tail_start = max(ss, se - 140)
    best = None
    for m in _COMMA.finditer(body[tail_start:se]):
        c = tail_start + m.start()
        rest = body[c + 1:se]
        cm = _CUE.search(rest)
        # the cue comes within the first words of a short tail: ", Ann Lee said on Monday."
        if cm is None or len(_WORD.findall(rest)) > 12 or len(_WORD.findall(rest[:cm.start()])) > 4:
            continue
        best = c
        break
    if best is None or in_quote(best):
        return None
    s = ss
    while s < best and (body[s].isspace() or body[s] in "-—–*_("):
        s += 1
    e = best
    first = _WORD.match(body, s)
    if first is None or _opens_adjunct(first.group(0)) or not _ok_statement(ctx, s, e, False):
        return None
    if not _has_verb(body, s, e):
        return None  # "Dan Gross, president of the Brady Campaign, tweeted": a subject, no statement
    if any(ch in body[s:e] for ch in "()[]") or body.count('"', s, e) % 2 or ("“" in body[s:e]) != ("”" in body[s:e]):
        return None
    fake = Quote(s, best + 1, s, best + 1, closed=False)
    got = post_specific(ctx, fake, None, se)
    if got is None:
        return None
    result, anchor = got
    if result is None or anchor is None:
        return None
    # the attribution must end the sentence: "..., he said on Monday." not "..., he said, and ..."
    tail = body[anchor:se].strip(" \t\r\n.!?")
    if tail and (len(_WORD.findall(tail)) > 6 or "," in tail or not _TAIL_OK.match(tail)):
        return None  # "..., Ann Lee, the mayor, said the plan ...": the cue opens a statement
    return Reported(s, e, result, anchor, "before")


def _according(ctx, ss: int, se: int, in_quote, describe, np_ok_start, np_end):
    """``According to <source>, <statement>`` and ``<statement>, according to <source>``."""
    body = ctx.body
    am = _ACCORDING.search(body, ss, se)
    if am is None or in_quote(am.start()):
        return None
    sp = am.end()
    ne = np_end(body, sp, se)
    if not np_ok_start(body, sp, ne):
        return None
    result = describe(ctx, sp, ne)
    if result is None:
        return None
    shape = "according"
    if body[ss:am.start()].strip(" \t\r\n"):
        shape = "according-after"
        # "<statement>, according to <source>."
        s, e = ss, am.start()
        while e > s and body[e - 1] in " \t,":
            e -= 1
        first = _WORD.match(body, s)
        if first is None or _opens_adjunct(first.group(0)) or not _has_verb(body, s, e):
            return None
        # "according to" vouches for the nearest clause: "X rose, the highest since 2001,
        # according to Y" is about the last part when that part can stand as a statement
        c = body.rfind(", ", s, e)
        if c > s:
            m = _LINK_WORD.match(body[c + 2:e])
            cs = c + 2 + (m.end() if m else 0)
            if len(_WORD.findall(body, cs, e)) >= 4:
                s = cs
    else:
        c = body.find(",", ne, se)
        if c < 0:
            return None
        s = c + 1
        while s < se and body[s].isspace():
            s += 1
        e = _statement_end(body, s, se)
    if e <= s or not _ok_statement(ctx, s, e, False):
        return None
    return Reported(s, e, result, am.end(), shape)
