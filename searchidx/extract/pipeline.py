"""``run(body, reference_date)``: the whole extraction for one record."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, datetime

from . import DateMention, Extraction, PlaceMention, QuoteMention
from .continuity import quotation_numbers, reported_descriptions, spokesperson_statements
from .dates import find_dates, is_calendar_value
from .entities import ORGANISATION, PERSON, Organisations, its_after_a_body, resolve, settle_kinds, with_company_form
from .indirect import JUDGING_CUES, find_reported
from .names import find_people, learn_genders
from .places import label_run, place_mentions, region_phrases
from .quotes import BYLINE, BYLINE_BARE, Context, attribute
from .text import (
    CAP_RUN,
    blank_nicknames,
    blank_tickers,
    find_quotes,
    nickname_aliases,
    paragraph_breaks,
    recase_company_forms,
    recase_hyphenated_given_names,
    recase_lowered,
    recase_wire_verbs,
    run_tokens,
    single_quotes_as_double,
    split_sentences,
)


def _ref(reference_date) -> date | None:
    if reference_date is None:
        return None
    if isinstance(reference_date, datetime):
        return reference_date.date()
    if isinstance(reference_date, date):
        return reference_date
    if isinstance(reference_date, str):
        try:
            return date.fromisoformat(reference_date[:10])
        except ValueError:
            return None
    return None


def _unique(values) -> list:
    seen = set()
    out = []
    for v in values:
        if v is not None and v not in seen:
            seen.add(v)
            out.append(v)
    return out


#: Spaces that are not ASCII ("Gov.\xa0John Kasich"): read as plain spaces, one character for
#: one, so every offset still points into the body as given.
_ODD_SPACES = str.maketrans({"\xa0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


#: Two apostrophes used as a quotation mark (''...'', some archives' plain-text form): read as
#: a double quotation mark and a space, two characters for two.
_DOUBLED_APOSTROPHES = re.compile(r"(?<!')''(?!')")


#: A quotation mark between a word and a contraction's or possessive's ending: an apostrophe.
_MARK_AS_APOSTROPHE = re.compile(r'(?<=[A-Za-z])"(?=(?:s|t|ll|re|ve|d|m)\b)')
_DOUBLED_BACKTICKS = re.compile(r"(?<!`)``(?!`)")
#: Three backticks open a quotation and the single-quoted phrase it starts with.
_TRIPLE_BACKTICKS = re.compile(r"(?<!`)```(?!`)")
_TRIPLE_APOSTROPHES = re.compile(r"(?<=[\w.,!?])'''(?!')")


def run(body: str, reference_date=None) -> Extraction:
    if not body:
        return Extraction()
    given = body
    body = body.translate(_ODD_SPACES)
    if "``" in body:
        # TeX and Penn Treebank style (``...''), as wire archives print it: the backticks
        # only ever open, so the mark goes right before the word it opens
        body = _DOUBLED_BACKTICKS.sub(' "', _TRIPLE_BACKTICKS.sub(' "`', body))
    if "''" in body:
        # three apostrophes close a single-quoted phrase and the quotation round it ("... your
        # Tito,'''"): the last two are the mark
        body = _DOUBLED_APOSTROPHES.sub('" ', _TRIPLE_APOSTROPHES.sub("'\" ", body))
    if '"' in body:
        # "Indonesia"s", "it"s", "isn"t": an apostrophe the wire typed as a quotation mark
        body = _MARK_AS_APOSTROPHE.sub("'", body)
    body, hyphened = recase_hyphenated_given_names(recase_lowered(body))
    body = single_quotes_as_double(body)
    nicknames = nickname_aliases(body)
    body = recase_wire_verbs(recase_company_forms(blank_tickers(blank_nicknames(body))))
    out = _run(body, reference_date, nicknames)
    if hyphened:
        # "Pei-yuan Chia" read as "Pei-Yuan Chia": the name given back as the text writes it
        def written(name: str | None) -> str | None:
            for read, wrote in hyphened.items():
                name = name.replace(read, wrote) if name else name
            return name

        out.speakers = [n for n in (written(s) for s in out.speakers) if n]
        for q in out.quotes:
            q.speaker = written(q.speaker)
    if body != given:
        for mention in (*out.quotes, *out.place_mentions, *out.date_mentions):
            mention.text = given[mention.start : mention.end]
    return out


def _run(body: str, reference_date, nicknames: list[tuple[str, int]] = ()) -> Extraction:
    ref = _ref(reference_date)
    paras = paragraph_breaks(body)
    quotes = find_quotes(body, paras)
    sentences = split_sentences(body, quotes) or [(0, len(body))]

    qopen = [q.open for q in quotes]

    def in_quote(pos: int) -> bool:
        i = bisect_right(qopen, pos) - 1
        return i >= 0 and quotes[i].open < pos < quotes[i].outer_end

    # capitalised runs, labelled once, shared by people and places
    runs = []
    for m in CAP_RUN.finditer(body):
        toks = run_tokens(body, m.start(), m.end())
        if not toks:
            continue
        if len(toks) >= 3 and all(body[s:e].isupper() for s, e in toks):
            continue  # an all-caps line (headline or table)
        runs.append(label_run(body, toks))

    byline = BYLINE.search(body, 0, min(len(body), 400)) or BYLINE_BARE.search(body, 0, min(len(body), 400))

    def in_quote_or_byline(pos: int) -> bool:
        # the writer the byline names is nobody a pronoun in the story refers to
        return in_quote(pos) or (byline is not None and byline.start() <= pos < byline.end())

    people = find_people(body, runs, in_quote_or_byline, nicknames)
    learn_genders(people, sentences)

    # places
    phrases = region_phrases(body)
    pm = place_mentions(runs, people.spans, people.words, body)
    if phrases:

        def overlaps(s, e):
            return any(ps < e and s < pe for ps, pe, _ in phrases)

        from .places import gazetteer

        gaz = gazetteer()
        pm = [x for x in pm if not overlaps(x[0], x[1])]
        pm += [(s, e, gaz[c]) for s, e, c in phrases if c in gaz]
        pm.sort(key=lambda x: x[0])
    place_ms = [PlaceMention(body[s:e], s, e, ent.place, ent.country) for s, e, ent in pm]

    # dates
    dm = find_dates(body, ref)
    date_ms = [DateMention(body[s:e], s, e, v) for s, e, v in dm]

    # quotes: quotations and reported speech
    qms, speakers = _quotes(body, quotes, sentences, runs, people, dm, ref, in_quote)
    return Extraction(
        speakers=_unique(speakers),
        places=_unique(p.place for p in place_ms),
        dates=_unique(d.value for d in date_ms),
        quotes=qms,
        place_mentions=place_ms,
        date_mentions=date_ms,
    )


def _quotes(body, quotes, sentences, runs, people, dm, ref, in_quote) -> tuple[list[QuoteMention], list]:
    """Quote mentions in text order (direct quotations and reported speech), and the speakers
    to list for the article: every direct quote's, and reported speech's when it is a person."""
    ctx = Context(body, quotes, sentences, runs, people)
    reported = find_reported(ctx, in_quote)
    reported_descriptions(ctx, reported)
    spokesperson_statements(ctx, reported)  # before quotes go on from them
    rows = attribute(ctx, reported) if quotes else []
    numbers = quotation_numbers(ctx, rows)
    orgs: list[Organisations] = []  # built on first use: most bodies quote nobody
    entity: dict[int, tuple] = {}  # id(result) -> resolved; inherited results are shared

    def entity_of(res):
        if res is None:
            return (None, None, None, None, None)
        if id(res) not in entity:
            if not orgs:
                orgs.append(Organisations(body, runs, people, ctx.sentences, in_quote))
            entity[id(res)] = resolve(ctx, orgs[0], res)
        return entity[id(res)]

    dstarts = [d[0] for d in dm]
    ref_iso = ref.isoformat() if ref else None
    qms: list[QuoteMention] = []
    for (q, res, kind, anchor, _si, _question, _alt), number in zip(rows, numbers):
        name, ss_, se_, role, ekind = entity_of(res)
        qdate = ref_iso
        if res is not None and anchor is not None:
            qdate = (
                _statement_date(ctx, dm, dstarts, anchor, q.open if kind == "pre" else None, in_quote, ref_iso)
                or ref_iso
            )
        qms.append(
            QuoteMention(
                body[q.start : q.end], q.start, q.end, name, ss_, se_, qdate, role, kind=ekind, quotation=number
            )
        )
        for ns, ne in q.nested:
            qms.append(QuoteMention(body[ns:ne], ns, ne, name, ss_, se_, qdate, role, kind=ekind, quotation=number))
    for n, r in enumerate(reported, start=len(rows) + 1):
        name, ss_, se_, role, ekind = entity_of(r.result)
        qdate = (
            _statement_date(ctx, dm, dstarts, r.anchor, r.start if r.start > r.anchor else None, in_quote, ref_iso)
            or ref_iso
        )
        qms.append(
            QuoteMention(
                body[r.start : r.end],
                r.start,
                r.end,
                name,
                ss_,
                se_,
                qdate,
                role,
                direct=False,
                kind=ekind,
                quotation=-(r.group or n),  # the pieces of one statement are one quotation
            )
        )
    qms.sort(key=lambda x: (x.start, -x.end))
    its_after_a_body(ctx, qms)
    _quoted_in_stance(body, qms)
    settle_kinds(qms, people)
    with_company_form(body, qms)
    if people.suffixes:
        for m in qms:
            # "Robert Hale Jr.", "Nana Ofosu Ampem III": the name as written in full, which tells
            # a son from his father; the suffix was no word to match mentions by
            if people.suffixes.get(m.speaker):
                m.speaker = f"{m.speaker} {people.suffixes[m.speaker]}"
    # quotation numbers from 1 in text order, over quotations and reported speech together
    renumber: dict[int, int] = {}
    for m in qms:
        m.quotation = renumber.setdefault(m.quotation, len(renumber) + 1)
    # the article's speakers: who is quoted, and the people whose words are reported
    speakers = [m.speaker for m in qms if m.speaker and (m.direct or m.kind == "person")]
    return qms, speakers


_WORD = re.compile(r"[a-z]+")
_SAID_WORDS = frozenset("said says told tells found finds ruled rules concluded concludes".split())
#: A cue with a subject of its own inside a reported clause: "the OECD has called for", "Lee
#: told", "has been advised by" (not the reporter's own "and called him", "so-called").
_NESTED_CUE = re.compile(
    r"(?:\b(?:has|have|had)[ \t]+(?:been[ \t]+)?|(?<![-\w])[A-Z][\w.'’)-]*[ \t]+)"
    r"(?:said|says|told|called|urged|warned|argued|claimed|described|quoted|recommended|proposed|demanded|"
    r"stated|wrote|asked|advised|insisted|promised|pledged|declared|announced)\b"
)


def _quoted_in_stance(body: str, qms: list[QuoteMention]) -> None:
    """A quoted phrase with no speaker inside the object of a judging verb reported with one is
    that speaker's word ("O'Neil praised his side's “never-say-die” spirit"). ``qms`` is in text
    order."""
    holder: QuoteMention | None = None
    said: QuoteMention | None = None
    for m in qms:
        if not m.direct:
            if m.speaker is not None and m.speaker_end is not None and m.speaker_end <= m.start:
                between = body[m.speaker_end : m.start]
                if len(between) < 40 and JUDGING_CUES.intersection(_WORD.findall(between.lower())):
                    holder = m
                elif len(between) < 40 and _SAID_WORDS.intersection(_WORD.findall(between.lower())):
                    said = m
            continue
        if (
            # (or an outlet that reports it: '..., "but on the other hand ...," the radio reported')
            (m.speaker is None or (m.kind == ORGANISATION and said is not None and said.kind == PERSON))
            and said is not None
            and said.start <= m.start
            and m.end <= said.end
            and body[m.start : m.start + 1].islower()
            and len(m.text.split()) >= 4
            # (not 'Clark said the OECD has called for "reduction of subsidies"': another's words)
            and not _NESTED_CUE.search(body, said.start, m.start)
        ):
            # 'Khamenei said the government had to act, "but on the other hand any violent act
            # ... will harm U.S. interests," the radio reported.': the rest of his own sentence
            m.speaker, m.speaker_start, m.speaker_end = said.speaker, said.speaker_start, said.speaker_end
            m.role, m.kind, m.date = said.role, said.kind, said.date
            continue
        if m.speaker is None and holder is not None and holder.start <= m.start and m.end <= holder.end:
            m.speaker, m.speaker_start, m.speaker_end = holder.speaker, holder.speaker_start, holder.speaker_end
            m.role, m.kind, m.date = holder.role, holder.kind, holder.date


def _statement_date(
    ctx, dm, dstarts, anchor: int, limit: int | None, in_quote, ref_iso: str | None = None
) -> str | None:
    """The calendar date written next to a quote's cue ("said on Friday"), if any: the
    nearest date in the cue's sentence, at most 40 characters after the cue. A date after
    the article's own is not when the words were said ("X, who leaves office in January,
    said ..."): a statement is made by the time it is reported."""
    ss, se = ctx.sentences[ctx.sentence_of(anchor - 1)]
    hi = min(anchor + 40, se)
    if limit is not None:
        hi = min(hi, limit)
    best = None
    # indexing, not dm[lo_i:]: copying the tail per quote is quadratic on long bodies
    for k in range(bisect_left(dstarts, ss), len(dm)):
        s, e, v = dm[k]
        if s >= hi:
            break
        if in_quote(s) or not is_calendar_value(v):
            continue
        if ref_iso is not None and v > ref_iso[: len(v)]:
            continue
        dist = abs(s - anchor)
        if best is None or dist < best[0]:
            best = (dist, v)
    return best[1] if best is not None else None
