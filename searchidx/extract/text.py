"""Quotation spans, sentences and capitalised runs, all as offsets into the body.

No NLTK models: quotes are found by pairing quote marks, sentences by a regex
with an abbreviation list, names by one regex over capitalised words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .lexicon import CAP_STOPWORDS, CUE_VERBS, OCCUPATIONS, ORG_WORDS, ROLE_NOUNS, RUN_CONNECTORS, TITLE_WORDS


@dataclass
class Quote:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark (or end of paragraph if unclosed)
    start: int  # inner text span
    end: int
    closed: bool = True
    nested: list = field(default_factory=list)  # [(start, end)] of ‘...’ inside
    #: this piece goes on from the unclosed quotation before it: a new paragraph opening
    #: with a mark, or the one-line form ``"First part. "Second part.`` where breaks were lost
    cont: bool = False

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.closed else self.end


_MARKS = re.compile(r'[“”"]')
# A blank line ends a paragraph unless the text goes on in lower case (a
# paragraph broken mid-sentence, as in scraped articles).
_PARA = re.compile(r"\n[ \t\r]*\n\s*(?=[^\sa-z])|\n[ \t]{2,}(?=[^\sa-z])")
#: The end of a spoken sentence before an opening mark that starts the next piece of the
#: same quotation (``"First part. "Second part.``).
_PIECE_END = re.compile(r"[.!?…][’'\])]*[ \t]*$")
#: An attribution inside text that lost its closing mark: ``"It is late, said Ann Lee. "More.``
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_WS_BEFORE = re.compile(r"[ \t]*")
_NAME_CUE_AFTER_MARK = re.compile(r"[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){1,3}(?:said|says|added|adds|told)\b")
#: A cue right before an opening mark: 'The exchange said, "', 'he added: "'.
_CUE_OPENS = re.compile(r"\b(?:said|says|added|adds|stated|states|declared|wrote|writes)[,:]?[ \t]*$")
#: ('"... pursuing it, Fitzwater said.' too: a surname before the cue)
_INNER_CUE = re.compile(
    r",[ \t]+(?:(?:he|she|they|it|[A-Z][a-z]+)[ \t]+)?(?:said|says|added|adds|told|asked|explained|warned)\b"
)
#: The rest of a paragraph after a cue when it is one sentence: "... Wood Gundie analyst Ed Lee."
_LAST_SENTENCE = re.compile(r"[^.!?\n]*(?:[A-Z]\.[^.!?\n]*)*[.!?]?\s*")
_NAME_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
_SENTENCE_END = re.compile(r"[.!?][’'\")\]]*[ \t]+[A-Z\"“]")
_NESTED_CURLY = re.compile(r"(?<![\w])‘([^‘’]+?)’(?![A-Za-z])")
_NESTED_STRAIGHT = re.compile(r"(?<![\w])'(?=\w)([^'\n]+?[\w.,!?])'(?![A-Za-z])")


def paragraph_breaks(body: str) -> list[int]:
    return [m.start() for m in _PARA.finditer(body)]


def _strip_span(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and body[s].isspace():
        s += 1
    while e > s and body[e - 1].isspace():
        e -= 1
    return s, e


#: An attribution right after a closing mark: '," said Ann Lee'.
_CUE_AFTER_MARK = re.compile(r"[ \t]+(?:said|says|added|adds|told|tells|asked|explained|insisted|warned)\b")


#: A short label in straight marks inside a straight quotation, then the quotation's own close:
#: ``the "B" shares,"`` (the label's close is followed by a space and a word; the quotation's
#: close comes before the paragraph ends).
_NESTED_LABEL = re.compile(r'"[^"\n.!?]{0,30}?[^\s"]"[ \t]+[a-z0-9][^"\n]*?[^\s"]"(?=[\s.,;:!?)—–-]|$)')


def _nested_straight(body: str, pos: int, para_end: int) -> int | None:
    """The closing mark of a label quoted with straight marks inside a straight quotation that
    opens at ``pos`` (``... production of "C" sugar really worthwhile," the spokesman said``),
    or None when the marks are not read so."""
    m = _NESTED_LABEL.match(body, pos, para_end)
    if m is None or len(body[pos + 1 : m.end()].split('"')[0].split()) > 4:
        return None
    return body.index('"', pos + 1)


def _opener_only(body: str, pos: int) -> bool:
    """A straight mark with a space before and a word after: it can only open."""
    before = body[pos - 1] if pos > 0 else " "
    after = body[pos + 1] if pos + 1 < len(body) else " "
    return before in " \t\n(" and (after.isalnum() or after in "‘'")


def _closer_only(body: str, pos: int) -> bool:
    """A mark after a word or punctuation with a space or punctuation after it: it can only close."""
    before = body[pos - 1] if pos > 0 else " "
    after = body[pos + 1] if pos + 1 < len(body) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)—–-")


def find_quotes(body: str, paras: list[int] | None = None) -> list[Quote]:
    """Top-level quotations in order; nested single quotes are kept on each."""
    if '"' not in body and "“" not in body and "”" not in body:
        return []
    if paras is None:
        paras = paragraph_breaks(body)
    out: list[Quote] = []
    open_pos = -1
    open_kind = ""
    inner_open = False  # a straight quotation open inside a curly one

    def next_break(pos: int) -> int:
        i = bisect_left(paras, pos)
        return paras[i] if i < len(paras) else len(body)

    def emit(o: int, c: int, closed: bool) -> None:
        s, e = _strip_span(body, o + 1, c)
        if e > s:
            out.append(Quote(o, c if closed else e, s, e, closed))

    def emit_unclosed(o: int, end: int) -> None:
        # "It is late, said Ann Lee." to the paragraph's end, or "It is late, said Ann Lee, an
        # analyst. She thinks ...": the closing mark was lost before the attribution of the
        # paragraph's first sentence; the quotation is what comes before it
        inner = body[o + 1 : end]
        cue = _INNER_CUE.search(inner)
        if (
            cue is not None
            and (_LAST_SENTENCE.fullmatch(inner, cue.end()) or _NAME_NEXT.match(inner, cue.end()))
            and not _SENTENCE_END.search(inner, 0, cue.start())
        ):
            emit(o, o + 1 + cue.start() + 1, False)
        else:
            emit(o, end, False)

    nested: set[int] = set()  # straight marks round a label inside a straight quotation
    for m in _MARKS.finditer(body):
        pos = m.start()
        if pos in nested:
            continue
        ch = body[pos]
        if open_pos >= 0:
            brk = next_break(open_pos)
            if brk < pos:  # the open quote ran to the end of its paragraph
                emit_unclosed(open_pos, brk)
                open_pos = -1
        if open_pos < 0:
            if ch == "”":
                # a closing mark used to open a paragraph's quotation: "¶”Fear. ..."
                ls = body.rfind("\n", 0, pos) + 1
                if body[ls:pos].strip() or pos + 1 >= len(body) or body[pos + 1] in "\r\n":
                    continue  # a stray closing mark
                open_pos, open_kind = pos, "“"
                inner_open = False
                continue
            if ch == '"' and body[pos - 1 : pos] in (".", "!", "?") and _closer_only(body, pos):
                continue  # "... from Europe." When he ...: a closing mark whose opening was lost
            if (
                ch == '"'
                and body[pos - 1 : pos] == ","
                and (_CUE_AFTER_MARK.match(body, pos + 1) or _NAME_CUE_AFTER_MARK.match(body, pos + 1))
            ):
                ps = body.rfind("\n", 0, pos) + 1
                if (
                    not _MARKS.search(body, ps, pos)
                    and len(body[ps:pos].split()) >= 4
                    and body[ps:pos].strip()[:1].isupper()
                ):
                    # 'We urged the Congress to go on record," Beesley said.': the paragraph is the
                    # quotation whose opening mark the wire lost
                    qs, qe = _strip_span(body, _WS_BEFORE.match(body, ps).end(), pos)
                    if qe > qs:
                        out.append(Quote(qs, pos, qs, qe, True))
                continue  # "... to reassure them," said Mr Davis.: the same, before its attribution
            open_pos, open_kind = pos, ch
            inner_open = False
            continue
        if ch == '"' and open_kind == '"' and _opener_only(body, pos):
            inner_close = _nested_straight(body, pos, next_break(open_pos))
            if inner_close is not None:
                nested.add(inner_close)  # "... buying the "B" shares," he said: a label inside
                continue
        if ch == "“" or (ch == '"' and open_kind == '"' and _opener_only(body, pos)):
            # Two openings in a row. After a finished sentence it is the next piece of one
            # quotation whose paragraph breaks were lost ("A. "B.): keep the first as an
            # unclosed piece. A first part holding its own attribution lost its closing
            # mark ("A, said Ann Lee. "B."): keep what comes before the attribution.
            # Otherwise drop the first opening (a stray mark).
            inner = body[open_pos + 1 : pos]
            cue = _INNER_CUE.search(inner)
            brk = next_break(open_pos)
            if (
                ch == '"'
                and cue is None
                and not _PIECE_END.search(inner)
                and _CUE_OPENS.search(body, max(0, open_pos - 30), open_pos)
                and body.count('"', pos + 1, brk) == 1
            ):
                close = body.index('"', pos + 1)
                if not body[close + 1 : brk].strip():
                    # 'The exchange said, "... on so-called "triple witching days."': a term quoted
                    # inside a quotation its cue opened, whose two closing marks became one
                    continue
                if _LOWER_NEXT.match(body, close + 1):
                    # 'Lee said: "... he was the "Father of the House" and took ...': a term quoted
                    # inside a quotation that runs on past the paragraph
                    nested.add(close)
                    continue
            if cue is not None:
                emit(open_pos, open_pos + 1 + cue.start() + 1, False)
            elif _PIECE_END.search(inner) and len(inner.split()) >= 2:
                emit(open_pos, pos, False)
            open_pos, open_kind = pos, ch
            inner_open = False
        elif ch == "”" and open_kind == "“" or ch == '"' and open_kind == '"':
            emit(open_pos, pos, True)
            open_pos = -1
        elif ch == '"' and open_kind == "“":
            # A straight mark inside a curly quotation: it opens a nested quotation when it
            # can only open, closes that nested one next, and otherwise closes the curly
            # quotation (copy-edited text mixes “...," the two kinds).
            if inner_open:
                inner_open = False
            elif _opener_only(body, pos):
                inner_open = True
            elif _closer_only(body, pos):
                emit(open_pos, pos, True)
                open_pos = -1
        elif ch == "”" and open_kind == '"' and _closer_only(body, pos):
            emit(open_pos, pos, True)
            open_pos = -1
    if open_pos >= 0:
        emit_unclosed(open_pos, next_break(open_pos))
    for a, b in zip(out, out[1:]):
        # an unclosed piece followed, with nothing but spaces and breaks between, by a new opening
        if not a.closed and not body[a.end : b.open].strip():
            b.cont = True
    for q in out:
        inner = body[q.start : q.end]
        rx = _NESTED_CURLY if "‘" in inner else (_NESTED_STRAIGHT if "'" in inner else None)
        if rx is not None:
            q.nested = [(q.start + n.start(1), q.start + n.end(1)) for n in rx.finditer(inner)]
    return out


#: A single opening mark where a quotation can start: after a space, a bracket or a dash.
_SINGLE_OPEN = {
    "‘": re.compile(r"(?:^|(?<=[\s(\[—–-]))‘(?=\S)"),
    "'": re.compile(r"(?:^|(?<=[\s(\[—–-]))'(?=[A-Za-z])"),
}
#: Words after "s’ " that show the mark closed a quotation ("the Ashtons’ house" is a possessive).
_CUE_AFTER_SINGLE = re.compile(r"[ \t]+(?:said|says|added|adds|told|tells|asked|wrote|writes|he|she|they)\b")
_AFTER_CLOSE = ("", "\n", ".", ",", ";", ":", "!", "?", ")", "—", "–")


def _single_close(body: str, o: int, end: int, mark: str, in_sentence: bool = False) -> int | None:
    """The closing mark of the single-quoted quotation opening at ``o``, within ``end``.

    ``in_sentence``: the mark opens inside a running sentence (after a word, not after a colon
    or a comma), where a phrase is quoted: "s’ " before a lower-case word closes it when no
    other mark in the paragraph does ("the code 'expressly contemplates' random allocation").
    """
    p = body.find(mark, o + 2, end)
    possessive = None
    while p >= 0:
        prev, nxt = body[p - 1], body[p + 1 : p + 2]
        if nxt.isalpha() or prev.isspace():
            pass  # an apostrophe inside a word ("it’s", "don’t")
        elif prev in ".,!?…" or nxt in _AFTER_CLOSE:
            return p
        elif prev != "s" or _CUE_AFTER_SINGLE.match(body, p + 1) or not body[p + 2 : p + 3].islower():
            return p
        elif possessive is None:
            possessive = p
        p = body.find(mark, p + 1, end)
    if in_sentence and possessive is not None and not _SENTENCE_BREAK.search(body, o, possessive):
        return possessive
    return None


#: A sentence's end inside a stretch: the stretch is more than a quoted phrase.
_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+[A-Z]")
#: What ends the words before a mark that opens a phrase quoted inside a running sentence.
_RUNNING_WORD_BEFORE = re.compile(r"[a-z][ \t]+$")


def _single_spans(body: str, opener: str, paras: list[int], regions: list[tuple[int, int]]) -> list:
    """(open, close or None) of single-mark quotations outside double ones; None: the
    quotation runs on into the next paragraph, which opens with the mark."""
    closer = "’" if opener == "‘" else "'"
    starts = [r[0] for r in regions]
    spans: list[tuple[int, int | None]] = []
    last = -1
    for m in _SINGLE_OPEN[opener].finditer(body):
        o = m.start()
        i = bisect_left(starts, o + 1) - 1
        if o < last or (i >= 0 and regions[i][0] < o < regions[i][1]):
            continue
        k = bisect_left(paras, o)
        end = paras[k] if k < len(paras) else len(body)
        c = _single_close(body, o, end, closer, _RUNNING_WORD_BEFORE.search(body, max(0, o - 4), o) is not None)
        if c is None:
            if end < len(body) and body[end:].lstrip().startswith(opener) and _PIECE_END.search(body, o, end):
                spans.append((o, None))
            continue
        if opener == "'" and len(body[o + 1 : c].split()) < 2:
            continue  # "rock 'n' roll", "'90s": straight marks quote a phrase at least
        spans.append((o, c))
        last = c
    return spans


_SPEECH_NEAR = re.compile(r"\b(?:said|says|say|told|tells|added|adds|asked|wrote|writes|insisted|warned|explained)\b")


def _attributed(body: str, o: int, c: int | None) -> bool:
    """A quotation, not a scare-quoted phrase: a colon before it or a verb of saying just after."""
    if body[max(0, o - 3) : o].rstrip().endswith(":"):
        return True
    return c is not None and _SPEECH_NEAR.search(body, c + 1, min(len(body), c + 60)) is not None


#: A nickname in quotation marks between a given name (or initials) and a surname.
_NICKNAME = re.compile(
    # (letters with accents too: "Ramón “Abuelo” Quintero", "José “Pepe” Núñez")
    # ("Hendrik 'Henkie' Sauls": in single marks too)
    r"\b([A-ZÀ-Þ][^\W\d_'-]*(?:['-][^\W\d_]+)*|(?:[A-Z]\.)+) ([\"“'‘])([A-ZÀ-Þ][\w'.-]*(?: [A-ZÀ-Þ][\w'.-]*)?)([\"”'’]) "
    r"(?=[A-ZÀ-Þ][a-zß-ÿ])"
)
_BRACKET_NICKNAME = re.compile(r"\b([A-Z][A-Za-z'-]*|(?:[A-Z]\.)+) \(([A-Z][a-z]+)\) (?=[A-Z][a-z])")


#: A stock ticker after a company's name: "<BAC>", "<ANZA.S>" (Reuters), "(AAPL.O)", "(NYSE: IBM)".
_TICKER = re.compile(
    r"(?<=[\w.)]) (?:<[A-Z][A-Z0-9.]{0,9}(?: [A-Z]{1,2})?>|\((?:[A-Z]{2,8}:[ \t]?)?[A-Z][A-Z0-9]{0,5}\.[A-Z]{1,3}\)|\([A-Z]{2,8}:[ \t]?[A-Z][A-Z0-9]{0,5}\))"
)


def blank_tickers(body: str) -> str:
    """``the ANZ Banking Group Ltd <ANZA.S> said`` -> the ticker as spaces (same length, so
    offsets hold): a ticker is no word of the sentence, and broke the name from its verb."""
    if "<" not in body and "(" not in body:
        return body
    body = _TICKER.sub(lambda m: " " * len(m.group(0)), body)
    if "(" in body:
        # "Salomon Brothers (Asia) Ltd analyst Carole Ryavec": a region in brackets inside a
        # company's name, before its form, broke the name from the role and person after it
        body = _REGION_IN_NAME.sub(lambda m: " " * len(m.group(0)), body)
    if "<" in body:
        # "<Cooper Canada Ltd> said": the wire's marks around a company's name, not the name
        body = _ANGLED_NAME.sub(lambda m: " " + m.group(1) + " ", body)
    return body


#: A company form the wire wrote in lower case after a name: "Key Tronic corp said".
_LOWER_FORM = re.compile(r"(?<=[A-Za-z])([ \t]+)(corp|inc|ltd)(?=[ \t]*[.,;]|[ \t]+[a-z])")


#: A verb the wire capitalised after "U.S." ("The U.S. Has said", "the U.S. Would impose").
_VERB_AFTER_US = re.compile(
    r"(?<=\bU\.S\. )(?:Has|Have|Had|Is|Are|Was|Were|Would|Could|Should|Does|Did|Will|Can|Must)\b"
)


def recase_wire_verbs(body: str) -> str:
    """``The U.S. Has said`` -> ``The U.S. has said`` (one character for one, so offsets hold):
    some wire desks capitalised every word after "U.S.", and a capitalised verb reads as a
    name's word or a new sentence."""
    if "U.S. " not in body:
        return body
    return _VERB_AFTER_US.sub(lambda m: m.group(0).lower(), body)


def recase_company_forms(body: str) -> str:
    """``Key Tronic corp said`` -> ``Key Tronic Corp said`` (one character for one, so offsets
    hold), when the word before the form is capitalised."""
    if " corp" not in body and " inc" not in body and " ltd" not in body:
        return body

    def fix(m: re.Match) -> str:
        prev = body[: m.start()].rsplit(None, 1)[-1] if body[: m.start()].strip() else ""
        return m.group(1) + (m.group(2).capitalize() if prev[:1].isupper() else m.group(2))

    return _LOWER_FORM.sub(fix, body)


#: A bracketed region between a company's name and its form: " (Asia)" in "Salomon Brothers (Asia) Ltd".
_REGION_IN_NAME = re.compile(
    r"(?<=[A-Za-z]) \((?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z](?:\.?[A-Z]){1,3}\.?)\)"
    r"(?= (?:Ltd|Limited|Inc|Corp|Co|AG|SA|NV|BV|GmbH|Plc|PLC|plc|Pty)\b)"
)
#: A company's name in angle brackets (Reuters marks unlisted companies so): "<Cooper Canada Ltd>".
_ANGLED_NAME = re.compile(r"<([A-Z][\w&'’.,-]*(?: [A-Za-z&][\w&'’.,-]*){1,7})>")


def blank_nicknames(body: str) -> str:
    """``C.J. "Pete" Silas`` -> ``C.J.        Silas`` (same length, so offsets hold): a nickname
    is neither a quotation nor a part of the name the person is found by."""
    if '"' not in body and "“" not in body and "(" not in body and "'" not in body and "‘" not in body:
        return body

    def blank(m: re.Match) -> str:
        first = m.group(1)
        if not _opens_a_name(first):
            return m.group(0)
        return first + " " * (len(m.group(0)) - len(first))

    # "James E. (Jim) Nugent" too: a nickname in brackets
    return _BRACKET_NICKNAME.sub(blank, _NICKNAME.sub(blank, body))


def nickname_aliases(body: str) -> list[tuple[str, int]]:
    """``(nickname, end of the given name)`` for each nickname ``blank_nicknames`` takes out of
    a name that the text also uses alone (``Ernesto "Ka Erning" Dimaculangan`` ... ``said Ka
    Erning``): the name finder, which sees the name without it, learns it as that person's."""
    if '"' not in body and "“" not in body and "'" not in body and "‘" not in body:
        return []
    out = []
    for m in _NICKNAME.finditer(body):
        nick = m.group(3)
        if _opens_a_name(m.group(1)) and body.count(nick) >= 2:
            out.append((nick, m.end(1)))
    return out


def _opens_a_name(first: str) -> bool:
    """Whether the word before a quoted nickname opens a person's name: initials ("C.J.") or a
    given name, so the nickname is no quotation ("C.J. "Pete" Silas")."""
    from .gender import is_first_name

    return first.endswith(".") or is_first_name(first)


#: A word inside a sentence, after a lower-case word or a comma: capitalised only as a name.
_MID_WORD = re.compile(r"(?<=[a-z,;] )[A-Za-z][a-z]+")
#: A capitalised word opening a sentence as the subject of a cue: "Azpurua said ...".
_SUBJECT_SAID = re.compile(
    r"(?:^|(?<=[.!?\"]\s)|(?<=\n))([A-Z][a-z]{2,})[ \t]+(?:said|says|told|added|declined|stated|noted)\b", re.M
)


def recase_lowered(body: str) -> str:
    """A story the wire sent in lower case ("finance minister manuel azpurua told ...", some
    Reuters desks did): the names it capitalises where a sentence opens with one speaking
    ("Azpurua said"), written so everywhere, with a given name right before them ("Manuel
    Azpurua"); one character for one, so offsets hold. Other stories are returned as given."""
    # such a story is lower case throughout: its opening decides, not a pass over every body
    mids = _MID_WORD.findall(body, 0, 4000)
    if len(mids) < 40 or sum(w[0].isupper() for w in mids) > 0.03 * len(mids):
        return body
    names = {w.lower() for w in _SUBJECT_SAID.findall(body) if w.lower() not in _NOT_SURNAMES}
    from .gender import is_first_name

    # "finance minister manuel azpurua said": a given name, then the surname, then the cue, or
    # after it: "said rudiger dornbush of the ..."
    for rx in (_GIVEN_SURNAME_CUE, _CUE_GIVEN_SURNAME):
        names |= {
            m.group(2)
            for m in rx.finditer(body)
            if m.group(2) not in _NOT_SURNAMES
            and m.group(2) not in CAP_STOPWORDS
            and m.group(2) not in CUE_VERBS
            and m.group(1) not in CAP_STOPWORDS
            and is_first_name(m.group(1).capitalize())
        }
    # "president leon febres cordero said": a given name, then a double surname, then the cue
    for m in _GIVEN_TWO_SURNAMES_CUE.finditer(body):
        words = (m.group(1), m.group(2), m.group(3))
        if (
            is_first_name(m.group(1).capitalize())
            and not is_first_name(m.group(2).capitalize())  # ("cordero" is a given name too)
            and not any(w in _NOT_SURNAMES or w in CAP_STOPWORDS or w in CUE_VERBS for w in words)
        ):
            names |= {m.group(2), m.group(3)}
    # "the officials", "two analysts": a word a determiner goes before is a common noun
    names -= {m.group(1) for m in _DETERMINED.finditer(body) if m.group(1) in names}
    if not names:
        return body

    # "Officials said", "Sources said": a word that may be a plural noun is a surname only
    # after a given name somewhere ("william adams")
    given = {
        m.group(2)
        for m in _TWO_WORDS.finditer(body)
        if m.group(2) in names and m.group(1) not in CUE_VERBS and is_first_name(m.group(1).capitalize())
    }
    names = {w for w in names if not (w.endswith("s") and not w.endswith("ss")) or w in given}

    chars = list(body)
    for m in _LOWER_WORD.finditer(body):
        if m.group(0) not in names:
            continue
        chars[m.start()] = body[m.start()].upper()
        # "manuel azpurua": the given name before the surname
        g = re.search(r"\b([a-z]{2,})[ \t]+$", body[max(0, m.start() - 30) : m.start()])
        if (
            g is not None
            and g.group(1) not in CAP_STOPWORDS
            and g.group(1) not in CUE_VERBS  # "said azpurua": "Said" is a given name too
            and is_first_name(g.group(1).capitalize())
        ):
            chars[m.start() - len(g.group(0))] = g.group(1)[0].upper()
    return "".join(chars)


_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_CUE_GIVEN_SURNAME = re.compile(r"\b(?:said|says|added|adds)[ \t]+([a-z]{2,})[ \t]+([a-z]{3,})\b")
_GIVEN_TWO_SURNAMES_CUE = re.compile(r"\b([a-z]{2,})[ \t]+([a-z]{3,})[ \t]+([a-z]{3,})[ \t]+(?:said|says|told|added)\b")
_GIVEN_SURNAME_CUE = re.compile(r"\b([a-z]{2,})[ \t]+([a-z]{3,})[ \t]+(?:said|says|told|added)\b")

#: A given name of romanised syllables joined by a hyphen, the second in lower case, before a
#: capitalised word: "Pei-yuan Chia", "Lee Jae-myung", "Kim Dae-jung".
_HYPHEN_GIVEN = re.compile(
    r"(?<![\w'’.-])([A-Z][a-z]{1,4})-((?:ch|sh|zh|ts|hs|kw|[bcdfghjklmnpqstwxyz])?[aeiouy]{1,3}(?:ng|n|m|k|p|l)?)"
    r"(?![\w'’-])"
)
#: Prefixes that open hyphenated words, never a given name: "Post-war", "Non-stop".
_NOT_GIVEN = frozenset(
    "post pre non anti self ex co re mid semi multi cross long short high low all well far full half "
    "part year day top end new old one two big".split()
)


def recase_hyphenated_given_names(body: str) -> tuple[str, dict[str, str]]:
    """The body with the lower-case syllable of a hyphenated given name capitalised where a
    name follows or precedes it ("Pei-yuan Chia" -> "Pei-Yuan Chia", so the name is one run),
    one character for one; and what each changed word was, to give names back as written."""
    if "-" not in body:
        return body, {}
    chars: list[str] | None = None
    changed: dict[str, str] = {}
    for m in _HYPHEN_GIVEN.finditer(body):
        first, second = m.group(1), m.group(2)
        if first.lower() in _NOT_GIVEN or first.lower() in CAP_STOPWORDS:
            continue
        near_name = re.match(r"[ \t]+[A-Z][a-z]", body[m.end() : m.end() + 3]) or re.search(
            r"(?<![\w'’.-])[A-Z][a-z]+[ \t]+$", body[max(0, m.start() - 30) : m.start()]
        )
        if near_name is None or re.search(rf"(?<![\w-]){second}(?![\w-])", body) is not None:
            continue  # a lower-case word the text also uses on its own is no syllable of a name
        if chars is None:
            chars = list(body)
        at = m.start(2)
        chars[at] = body[at].upper()
        changed[f"{first}-{second.capitalize()}"] = m.group(0)
    return ("".join(chars), changed) if chars is not None else (body, {})


_TWO_WORDS = re.compile(r"\b([a-z]{2,})[ \t]+(?=([a-z]+)\b)")
_DETERMINED = re.compile(
    r"\b(?:the|a|an|some|many|most|other|these|those|its|their|his|her|our|two|three|four|several|few)[ \t]+([a-z]+)\b",
    re.I,
)
_NOT_SURNAMES = (
    CAP_STOPWORDS
    | frozenset("he she it they we i you there this that".split())
    | OCCUPATIONS
    | ROLE_NOUNS
    | ORG_WORDS
    | TITLE_WORDS
)


def single_quotes_as_double(body: str) -> str:
    """The body with single-mark quotations (‘...’ or '...') read as double ones, and the double
    marks nested in them as single, one character for one, when single marks are how the
    article quotes (British and Australian house styles): more single-quoted spans outside
    double quotations than double quotations. Otherwise the body as given: single marks inside
    double quotations are nested quotations, and a single-quoted headline is a headline."""
    if "‘" not in body and "'" not in body:
        return body
    # most bodies have fewer single-mark openings than double marks: nothing to do
    need = max(2, body.count('"') // 2 + body.count("“") + 1)
    if body.count("‘") < need and sum(body.count(f"{c}'") for c in " \n(") < need:
        return body
    paras = paragraph_breaks(body)
    doubles = find_quotes(body, paras)
    regions = [(q.open, q.outer_end) for q in doubles]
    for opener in ("‘", "'"):
        if opener not in body:
            continue
        spans = _single_spans(body, opener, paras, regions)
        if len(spans) >= 2 and len(spans) > len(doubles) and any(_attributed(body, o, c) for o, c in spans):
            break
    else:
        return body
    chars = list(body)
    for o, c in spans:
        # (a quotation running on into the next paragraph nests to its paragraph's end: ‘They
        # tell us “not now”. Well, ... ¶ ‘...’)
        pk = bisect_left(paras, o)
        for k in range(o + 1, c if c is not None else (paras[pk] if pk < len(paras) else len(body))):
            if chars[k] in "“”":
                chars[k] = "‘" if chars[k] == "“" else "’"
        chars[o] = "“"
        if c is not None:
            chars[c] = "”"
    return "".join(chars)


# --- sentences --------------------------------------------------------------

_BOUNDARY = re.compile(
    r"[.!?]+[”\"’)\]]*(?=\s+[“\"‘(\[*]?[A-Z0-9])"
    r"|\n[ \t\r]*\n(?=\s*[^\sa-z])|\n[ \t]{2,}(?=[^\sa-z])"
    # a live blog's time stamp on a line of its own ("10:42pm") is no part of the next sentence
    r"|(?m:^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:GMT|BST|UTC|[ECMP][SD]?T)?[ \t]*$)"
)
_NEVER_SPLIT_AFTER = frozenset(
    """
mr mrs ms dr st gen sen rep gov lt col sgt capt cmdr adm prof rev jr sr no nos vs hon rt coun supt insp det engr atty
jan feb mar apr jun jul aug sep sept oct nov dec fig approx mt ft pres messrs ma
""".split()
)
_SPLIT_IF_STARTER = frozenset("inc corp co ltd plc bros etc".split())
#: What follows a clock time's "a.m." in the same sentence: a day, a month or a time zone.
_CLOCK_GOES_ON = re.compile(
    r"[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Febr)uary|March|April|May|June|July|August|"
    r"(?:Septem|Octo|Novem|Decem)ber|[ECMP][SD]?T|GMT|BST|UTC)\b"
)


#: A dateline opening a paragraph: "WASHINGTON — ", "MARIETTA, Ohio (AP) — ",
#: "LONDON, Oct 5 (Reuters) - ". Its place is no one's name: the sentence starts after it.
DATELINE = re.compile(
    r"[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]*){0,3}"
    r"(?:,[ \t]+[A-Z][\w.'’]*(?:[ \t]+[A-Z][\w.'’]*){0,2})?"
    r"(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"(?:[ \t]*\([A-Za-z][\w .&/-]{0,30}\))?"
    r"[ \t]*(?:—|–|--|-)[ \t]*(?=[A-Z])"
)


def _split_dateline(body: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    """Append ``[s, e)``, as two spans when it opens a paragraph with a dateline."""
    if s == 0 or body[s - 1] == "\n":
        m = DATELINE.match(body, s, e)
        if m is not None and m.end() < e:
            spans.append(_strip_span(body, s, m.end()))
            s = m.end()
    spans.append((s, e))


#: A speech verb with no quotation mark after it (up to the end of the text searched).
_CUE_NO_QUOTE_YET = re.compile(r"\b(?:said|says|told|tells|added|adds)\b[^\"“”]*$")
#: A quotation closing right before a cue, which attributes it: ',” ', '?" '.
_CLOSED_BEFORE = re.compile(r"[,!?][”\"’'][ \t]*$")
#: Words that join a sentence and never open one in news copy.
_NO_STARTERS = frozenset("and or nor of to per via".split())


def split_sentences(body: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Sentence spans (start, end); never cuts inside a quotation. A paragraph's dateline
    ("WASHINGTON — ") is a span of its own."""
    spans: list[tuple[int, int]] = []
    qi = 0
    nq = len(quotes)
    start = 0
    n = len(body)
    for m in _BOUNDARY.finditer(body):
        cut = m.end()
        # inside a quotation? (between its opening and closing marks)
        while qi < nq and quotes[qi].close < cut - 1:
            qi += 1
        if qi < nq and quotes[qi].open < cut <= quotes[qi].close:
            continue
        if body[m.start()] == ".":
            # the word before the period
            ws = m.start()
            while ws > 0 and not body[ws - 1].isspace() and body[ws - 1] not in '("“':
                ws -= 1
            word = body[ws : m.start()]
            lw = word.lower().strip("'’")
            if lw in _NEVER_SPLIT_AFTER:
                continue
            if len(word) == 1 and word.isupper():
                continue  # an initial: "J. Smith"
            if lw in ("a.m", "p.m") and _CLOCK_GOES_ON.match(body, cut):
                continue  # "just before 7 a.m. Friday:": US copy dates the hour after it

            if lw in _SPLIT_IF_STARTER or ("." in word and word.replace(".", "").isupper()):
                # "U.S." / "Corp." end a sentence only before a typical starter
                nxt = re.match(r"\s+[“\"‘(]?([A-Za-z]+)", body[cut : cut + 40])
                if not nxt or nxt.group(1).lower() not in CAP_STOPWORDS or nxt.group(1).lower() in _NO_STARTERS:
                    continue  # "the U.S. And that ...": wires capitalise the word after "U.S."
                cm = _CUE_NO_QUOTE_YET.search(body, start, ws) if body[cut : cut + 2].lstrip()[:1] in '"“' else None
                if cm is not None and not _CLOSED_BEFORE.search(body, max(0, cm.start() - 6), cm.start()):
                    # "Lee said in an interview in the U.S. “We are ready ...”": the cue's quotation
                    # (not '“...,” said Ann Lee, who lives in Pierre, S.D. “...”': that cue had its own)
                    continue
        s, e = _strip_span(body, start, cut)
        if e > s:
            _split_dateline(body, s, e, spans)
        start = cut
    s, e = _strip_span(body, start, n)
    if e > s:
        _split_dateline(body, s, e, spans)
    return spans


# --- capitalised runs ---------------------------------------------------------

#: A capitalised word: "Kyiv", "U.S.", "Indo-Pacific", "Zelenskyy’s", "McDonald".
_EXTENDED = [chr(c) for c in (*range(0x100, 0x250), *range(0x1E00, 0x1F00))]
#: Latin letters with diacritics beyond Latin-1 too: "Pliberšek", "Łukasz", "Erdoğan", "Nguyễn".
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED if c.isupper())
_AL = "A-Za-zÀ-ÖØ-öø-ÿ" + "".join(c for c in _EXTENDED if c.isalpha())
CAP_WORD = (
    r"(?:(?:[A-Z]\.){2,}|[A-Z]{1,3}&[A-Z]{1,3}(?![\w])|[A-Z]/[A-Z](?![\w/])|(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Del|Gov|Lt|Col|Jr|Sr|Prof|Rev|Adm|Capt|Cmdr|Maj|Brig|Sgt|Engr|Atty|Ma)\.(?=[ \t]+[A-Z])"
    r"|[A-Z]\.(?=[ \t]+[A-Z][a-z])"  # a middle initial: "Oscar P. Quintero"
    # a name that opens with a lower-case prefix: "uMthombo Local Municipality", "eThekwini" (not
    # "iPod", nor an Irish "an tSaoi")
    rf"|[ue][{_UP}][{_AL}]{{2,}}(?![\w'’-])"
    rf"|(?:(?:al|el|Al|El)-)?[{_UP}][{_AL}0-9]*(?:-(?:(?:al|el)-)?[{_UP}][{_AL}0-9]*)*"
    # "South-east Asian Nations": a compass point's second half in lower case
    r"(?:(?:(?<=South)|(?<=North))-(?:east|west)(?![\w-]))?"
    # "Carrigbawn Co-op", "the Co-operative Bank": a co-operative's word in its name, not "Co"
    r"(?:(?<=Co)-op(?:erative)?s?(?![\w-]))?"
    # ("O'Neill-Ames", "Fa'alogo-Leavasa", "Ng'ang'a": more than one)
    rf"(?:['’](?![Ss]\b)[{_AL}]+(?:-[{_UP}][{_AL}]*)*){{0,2}})"
)
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
#: Runs of capitalised words (a single line break may wrap them), with a few lower-case connectors.
#: A possessive inside a body's name, before its head word: "National Farmers' Union",
#: "the U.S. Attorney's Office", "Workers’ Party".
_ORG_HEADS = "|".join(sorted(w.capitalize() for w in ORG_WORDS if w.isalpha()))
#: Possessors in a body's name: an office ("Attorney's Office") or a people ("Women's Institute"),
#: never a place or another body ("Iraq's Ministry", "Pearson's Financial Times").
_POSSESSORS = "|".join(
    f"(?<={w.capitalize()})"
    for w in sorted(TITLE_WORDS | OCCUPATIONS | ROLE_NOUNS | {"men", "women", "people", "children"})
    if w.isalpha() and len(w) > 2
)
_POSSESSIVE_PLURAL = (
    r"(?:(?:(?<=s)['’]|(?=['’]s)(?:" + _POSSESSORS + r"|(?<=men)|(?<=people)|(?<=children))['’]s)"
    r"(?=[ \t]+(?:" + _ORG_HEADS + r")\b))?"
)
#: "on" joins a name only after the head of a deliberating body or an accord: "Presidential
#: Commission on Good Government", "Senate Committee on Banking", "General Agreement on Tariffs
#: and Trade" -- never "Reagan on Iran".
_ON_AFTER = (
    "(?:"
    + "|".join(
        rf"(?<={w}[ \t])"
        for w in (
            "Commission",
            "Committee",
            "Group",
            "Subcommittee",
            "Council",
            "Conference",
            "Panel",
            "Force",
            "Institute",
            "Center",
            "Centre",
            "Forum",
            "Agreement",
            "Treaty",
            "Convention",
        )
    )
    + ")on(?![ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    + "July|August|September|October|November|December)\\b)"
)
CAP_RUN = re.compile(
    r"(?<![\w'’.-])"
    + CAP_WORD
    + _POSSESSIVE_PLURAL
    + r"(?:"
    + _GAP
    + r"(?:(?:"
    + "|".join(re.escape(w) for w in sorted(RUN_CONNECTORS, key=lambda w: (-len(w), w)))
    + "|"
    + _ON_AFTER
    + r")"
    + _GAP
    + r")*"
    + CAP_WORD
    + _POSSESSIVE_PLURAL
    + r")*"
    # "the Group of 24": the number that names the group
    + r"(?:(?<=Group)[ \t]+of[ \t]+\d{1,3}(?![\w.,]))?"
    # "Service Workers United Local 412": a union's local, by its number
    + r"(?:(?<=Local)[ \t]+\d{1,5}(?![\w.,]))?"
    + r"(?:['’][Ss]\b)?"
)
_TOKEN_IN_RUN = re.compile(r"\S+")


def run_tokens(body: str, s: int, e: int) -> list[tuple[int, int]]:
    """Token spans in a run, trailing '.', possessive 's and ’s removed."""
    out = []
    for m in _TOKEN_IN_RUN.finditer(body, s, e):
        ts, te = m.start(), m.end()
        w = body[ts:te]
        if w.endswith(("’s", "'s")):
            te -= 2
        elif w.endswith(("’", "'")):
            te -= 1
        elif (
            w.endswith(".")
            and not re.fullmatch(r"(?:[A-Z]\.)+", w)
            and w not in ("Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Sr.", "Del.")
        ):
            te -= 1
        if te > ts:
            out.append((ts, te))
    return out
