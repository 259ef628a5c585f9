"""Speakers as entities: a person or an organisation, by the fullest name the article gives.

``quotes.attribute`` finds who is quoted as a mention ("Mr Howard", "it", "a Honda
spokesman", "the company"); this module turns each mention into the entity it names:

* organisations named in the article are collected from its capitalised runs
  (``Organisations``); "it", "the company", "a spokeswoman" go to the organisation that
  is the subject of the nearest sentence before naming one, "a Honda spokesman" to Honda;
* the name is folded to one form per entity: company suffixes dropped ("Multiplex Group"
  -> "Multiplex"), party short forms to the party ("Lib Dems" -> "Liberal Democrats"), an
  acronym to the full name the article spells out;
* ``kind`` says person or organisation; a mention that names no entity (a date, a
  holiday, an award, a place after a preposition, a single letter, a pronoun with no
  antecedent) gives no speaker, but keeps its mention span.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from . import lexicon as L
from .gender import first_name_gender, is_first_name
from .names import (
    COMPANY_NOUN_BEFORE,
    WORD_BEFORE,
    body_named_after,
    headline,
    lower_words,
    written_before,
    written_with,
)
from .places import ACRONYM, CONN, ORG, OTHER, PLACE, STOP, TITLE
from .rx import CLAUSE_LINK_BEFORE, NAME_CLAUSE_END, ORG_NAME, RUNS_ON_AS_BODY, SPOKES_HEAD, STUDY_NOUNS, made_document

PERSON, ORGANISATION = "person", "organisation"

#: Company-form words dropped from the end of an organisation's name.
_SUFFIXES = frozenset(
    "inc inc. corp corp. co co. ltd ltd. plc llc lp ag sa nv group holdings ab asa oy oyj gmbh spa bv pty bhd a/s pte sdn".split()
)
#: A company form written after a name ("Apollo Computer Inc", "ANZ Banking Group Ltd").
_FORM_AFTER = re.compile(
    r",?[ \t]+(?:Inc|Corp|Co|Ltd|Plc|PLC|plc|LLC|AG|SA|NV|Group|Holdings|Corporation|Limited|Spa|SpA|L\.P\.|LP|A/S|Bhd|Berhad|Pty|Pte|"
    # the continent's: "Billiton International Metals B.V.", "Hoechst AG", "Siemens GmbH"
    r"B\.V\.|N\.V\.|S\.A\.|A\.G\.|GmbH|S\.p\.A\.)(?!\w)"
)


def _spells(words: list[str]) -> bool:
    """Whether the initials of ``words`` make an acronym the words spell out: "EC Commission"
    holds "EC" rather than spelling it (the EC is no commission), while "DI Industries" is the
    company "DI" stands for, its other words a company form."""
    acronym = "".join(w[0] for w in words)
    return acronym not in words or all(w.lower() in _FORM_WORDS for w in words if w != acronym)


#: A company's legal form after its name, not a word such as "Group" that other bodies' names end with.
_FORM_THEN_OF = re.compile(r"[ \t]+(?:Corp|Co|Inc)\.?[ \t]+of[ \t]+[A-Z]")
#: A company form after "and": "Aubrey G. Lanston and Co Inc".
_AND_FORM_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+(?:Co|Company|Sons)\b")
_LEGAL_FORM_AFTER = re.compile(r",?[ \t]+(?:Inc|Corp|Co|Ltd|Plc|PLC|plc|LLC|AG|SA|NV|Corporation|Limited)\b")
#: The same, closing a mention that took it in: "Northgate Storage LLC".
_LEGAL_FORM_ENDS = re.compile(_LEGAL_FORM_AFTER.pattern + r"\.?$")


def _formed_just_before(ctx, orgs, s: int, dominant) -> OrgMention | None:
    """The one organisation the two sentences before ``s``'s name with a company form after it
    ("Northgate Storage LLC"), when ``dominant``, the one named most, is never so written."""
    body = ctx.body
    if dominant is not None and _written_with_form(body, dominant.name):
        return None
    si = ctx.sentence_of(s)
    lo = ctx.sentences[max(0, si - 2)][0]
    formed = {
        m.name: m
        for m in orgs.mentions[bisect_left(orgs.starts, lo) : bisect_left(orgs.starts, s)]
        if (_LEGAL_FORM_AFTER.match(body, m.end) or _LEGAL_FORM_ENDS.search(body, m.start, m.end))
        and (dominant is None or m.name != dominant.name)
        # (not "Federated Department Stores Inc's Foley's unit said": the unit's owner)
        and not body.startswith(("'s", "’s"), m.end)
    }
    return next(iter(formed.values())) if len(formed) == 1 else None


def _written_with_form(body: str, name: str) -> bool:
    """Whether ``body`` writes ``name`` with a company form after it (or, as Dutch companies
    write it, before it: "NV KLM Royal Dutch Airlines") somewhere."""
    return written_before(body, name, _FORM_AFTER) or any(f"{p} {name}" in body for p in _FORM_PREFIXES)


#: Words that complete a company's or body's short name ("Continental" + "Airlines"); brand
#: words such as "News" or "Radio" are left out: "BBC News" is not the BBC's fuller name.
_FORM_WORDS = frozenset(
    """
airlines airline airways bank bancorp corporation company industries motors technologies systems
electronics communications foods stores insurance petroleum chemicals steel mining partners
securities investments financial federation association union council party institute
university foundation society organisation organization agency authority commission committee
pictures studios films records productions
""".split()
)
#: Nouns for an organisation itself (not its statement or spokesman): "the company said".
_BODY_NOUNS = L.BODY_NOUNS
#: ... of which these stand for any organisation; the others for one with that word in its name.
#: Documents that report a body's findings ("the report", "the study").
_FINDINGS_NOUNS = frozenset("report study survey poll review audit inquiry analysis research summary outlook".split())
#: What a body issues, and "the ..." later stands for with no issuer of its own: its findings,
#: and its statements ("The statement said" in a story about one organisation).
_POLL_NOUNS = frozenset({"poll"})
_ISSUED_NOUNS = _FINDINGS_NOUNS | frozenset(
    "statement communique communiqué announcement bulletin minutes editorial commentary document resolution proxy prospectus memo"
    " article story brief order ruling".split()
)
_SAID = r"(?:said|says|told|tells|added|adds|stated|announced|wrote|reported)\b"
#: "the group said", "the trade group told" for a body noun: one pattern per noun, built on first use.
_DEFINITE_NOUN: dict[str, re.Pattern] = {}
#: What a newspaper is called once named: "the paper said".
_PAPER_NOUNS = frozenset("paper newspaper daily weekly tabloid".split())
#: A capitalised present participle: "Accusing", "Commenting".
_PARTICIPLE_WORD = re.compile(r"[A-Z][a-z]{3,}ing")
#: Days of the week as written in a name: "The Sunday Mail".
_WEEKDAY_NAMES = frozenset(d.capitalize() for d in L.WEEKDAYS)
#: Last words of newspapers' names.
_PAPER_NAME_WORDS = frozenset(
    """
post times journal zeitung herald tribune gazette daily telegraph guardian observer express mail
chronicle globe independent mirror courier examiner inquirer bulletin monitor standard
""".split()
)
_VENUE_NOUNS = L.VENUE_NOUNS
_ANY_BODY_NOUNS = frozenset(
    "company firm group corporation maker manufacturer retailer operator chain consortium club".split()
)
_AWARD_WORDS = L.AWARD_WORDS
#: Body nouns a name may put first or last: "Ministry of Finance" and "Finance Ministry".
_REORDERED_NOUNS = frozenset("ministry department office commission agency bureau".split())
#: Nouns only a business answers to ("the firm said"), and the last words of a public body's name.
_COMMERCIAL_NOUNS = (
    frozenset("company firm corporation maker manufacturer retailer operator chain".split()) | _VENUE_NOUNS
)
#: The body a reporter asked, before its spokesperson answers: "When we contacted the company, ".
_CONTACTED_BODY = re.compile(
    r"\b(?:contacted|approached|asked|reached|emailed|called)[ \t]+(the[ \t]+(?:"
    + "|".join(sorted(L.BODY_NOUNS))
    + r"))\b"
)
#: Last words of organisations that are no business: "the company" is never one of them.
_NON_BUSINESS_HEADS = frozenset(
    """academy hospice clinic mosque synagogue cathedral theatre theater gallery orchestra choir church
    council committee union association society party league federation foundation trust charity
    university college school institute hospital museum police army navy guard force forces team club
    parliament senate assembly congress caucus tribunal court ombudsman regulator festival tour summit
    conference convention forum coalition alliance watch network""".split()
)
_PUBLIC_HEADS = frozenset(
    """commission department ministry agency authority bureau court congress senate parliament
government administration treasury office""".split()
)
#: Words that make a name a programme or station being spoken to, not a speaker.
_MEDIA_SHOW_WORDS = frozenset("radio programme program show podcast fm".split())
_PRONOUNS = frozenset("he she it they we i you him her them us me this that who".split())
_ORG_PRONOUNS = frozenset({"it", "its"})
_DET = re.compile(r"(?:the|a|an|its|their|his|her)\s+", re.I)
_WORD = re.compile(r"[A-Za-z][\w&'’.-]*")
_MID_CAPITAL = re.compile(r"[\w,;(][ \t]+([A-Z][\w&'’-]*)")
#: A capitalised word next after a space, and one ending right before: inside a longer name.
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")
_CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z][\w&'’-]*$")
_OPENS = re.compile(r"(?:^|[.!?:;,\n\"“”—–-]\s*|\b(?:[Bb]ut|[Aa]nd|[Hh]owever,?|[Mm]eanwhile,?|[Ss]o)\s+)$")
#: A sentence opening "The <description>, " right before a name set in apposition to it ...
_DESCRIPTION_APPOSED = re.compile(r"(?:^|[.!?\n][\"”’]?\s*)The[ \t]+(?:[a-z’'-]+[ \t]+){0,2}[a-z’'-]+,[ \t]+$")
#: ... and the comma that closes the apposition before the subject's verb.
_APPOSITION_CLOSES = re.compile(r",[ \t]+(?:also[ \t]+)?(?:said|says|has|have|had|is|was|will|would|[a-z]{3,}ed)\b")
#: A preposition of place right before a name: "got off at |Shankill".
_AT_PLACE_BEFORE = re.compile(r"\b(?:at|from|near|via)[ \t]+$")
#: A prefix that makes a name an adjective: "Pro-", "Anti-".
_FOR_OR_AGAINST = re.compile(r"(?:Pro|Anti)-(?=[A-Z])")
#: The last word of a building's or a site's name, never a body that speaks.
_SITE_HEADS = frozenset("station stadium arena gym pier quay wharf racecourse showground showgrounds".split())
#: The second of two places a "between" joins, right after its "and": "between Bray and |".
_BETWEEN_AND = re.compile(r"\bbetween[ \t]+[^,.;:!?\n]{1,60}?[ \t]and[ \t]+$")
#: Two capitalised words joined by an ampersand: a firm's name ("Pell & Rudd").
_AMPERSAND_FIRM = re.compile(r"[A-Z][\w’'-]+[ \t]+&[ \t]+[A-Z][\w’'-]+")
#: A day's possessive opening a sentence before a body's name: "Today's Foreign Ministry statement".
_DAY_POSSESSIVE = re.compile(
    r"(?:^|[.!?\n\"”]\s*)(?:Today|Yesterday|" + "|".join(d.capitalize() for d in L.WEEKDAYS) + r")['’]s[ \t]+$"
)
#: A noun for a site after a name: "the Terra-Nova field", "the Hibernia project".
_FEATURE_AFTER = re.compile(
    r"[ \t]+(?:field|fields|project|plant|mine|well|wells|refinery|smelter|site|reservoir|deposit|pipeline|dam)\b"
)
#: What may open a clause before the kind of body a name is: "Swedish mining and metals ".
_DESCRIPTION_OPENS = re.compile(
    r"(?:^|[.!?:;\n\"“”—–]\s*|[-]\s+)(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+)?(?:(?:[a-z][\w-]*|&)\s+){0,5}$"
)
_SPEAKS = re.compile(r"[ \t]+(?:also[ \t]+)?(?:said|says|added|adds|told|announced|reported|warned|confirmed)\b")
_AFTER_SUBJECT = re.compile(
    r"['’]s\s|\s+[a-z]|[ \t]*,[ \t]+(?:[a-z]+[ \t]+)?[a-z]+ing\b"
    # ", Taiwan's largest private company, has applied": an apposition, then the verb
    r"|[ \t]*,[ \t]+(?!(?:who|which|whose|that|where|when)\b)(?:[^,;:.\"“”\n]|(?<=\d)[,.](?=\d)){3,100},[ \t]+"
    r"(?:has|have|had|is|was|will|would|said|says|told|tells|[a-z]{3,}ed|"
    # irregular past tenses a company's news opens with: "..., laid off 1,100 employees"
    r"laid|cut|made|sold|bought|won|lost|paid|took|held|kept|led|set|shut|spent|struck|began|became)\b"
    # ", which is conducting the hearings, said": a relative clause, then the subject's cue
    r"|[ \t]*,[ \t]+(?:[^,;:.\"“”\n]|(?<=\d)[,.](?=\d)){3,120},[ \t]+(?:said|says|told|tells|announced)\b"
)
#: What a company is described as before its name: "Liner shipping specialist", "U.S. carmaker".
_TRADE_NOUNS = frozenset(
    """specialist producer retailer distributor manufacturer operator lender insurer broker brokerage
    supplier exporter importer refiner miner conglomerate concern carrier airline chain developer builder
    shipper publisher investor maker""".split()
)
_CUE_AFTER_NAME = re.compile(
    r"(?:,?[ \t]+(?:Inc|Corp|Co|Ltd|Plc|plc|PLC|LLC|AG|SA|NV|Group|Holdings)\.?)*[ \t]+"
    r"(?:said|says|told|added|adds|reported|announced|stated|warned)\b"
)
#: A cue in the perfect after a body's name: " has said", " have confirmed".
_HAS_SAID_AFTER = re.compile(r"[ \t]+(?:has|have|had)[ \t]+(?:said|told|confirmed|announced|stated)\b")
_CUE_BEFORE_NAME = re.compile(r"\b(?:said|says|according[ \t]+to)[ \t]+(?:the[ \t]+)?$")
_CLAUSE_STOP = re.compile(r"(?:,?[ \t]+(?:Inc|Corp|Co|Ltd|Plc|plc|PLC|LLC|AG|SA|NV|Group|Holdings)\.?)*[ \t]*[.;,\n]")


@dataclass
class OrgMention:
    start: int
    end: int
    name: str
    subject: bool  # opens its clause: "Multiplex will ...", "But AOL said ..."


def _is_form(word: str) -> bool:
    """A company form: "Inc", "Co.", and written with periods ("L.P.", "S.p.A.", "N.V.") too."""
    return word.lower().replace(".", "") in _SUFFIXES


def _strip_suffixes(words: list[str]) -> list[str]:
    if len(words) > 2 and words[0] in _FORM_PREFIXES:
        words = words[1:]  # "NV KLM Royal Dutch Airlines": a Dutch company's form, written first
    for i in range(1, len(words) - 1):
        if words[i] in _FORM_BEFORE_OF and words[i + 1] == "of":
            words = words[:i]  # "Norvale Textiles Inc of Canada": the company, not where it is
            break
    while len(words) > 1 and _is_form(words[-1]):
        if words[-1] in ("Holdings", "Holding") and words[-2].isupper() and words[-2].isalpha():
            break  # "SHV Holdings NV": letters alone do not name the company
        if _civic_group(words):
            break  # "Midlands Hospitals Group", "Kilbrack Commuter Group": no company's form
        words = words[:-1]
        while len(words) > 1 and words[-1] in ("and", "&"):
            words = words[:-1]  # "Goldman Sachs and Co": no "and" left hanging
    return words


#: Words that make a "Group" people who share a cause, no company: "Kilbrack Commuter Group".
_CIVIC_GROUP_WORDS = frozenset("commuter resident action campaign support parent user tenant community".split())


def _civic_group(words: list[str]) -> bool:
    """Whether a name's words end in "Group" after a public body's or a cause's word ("Midlands
    Hospitals Group", "Coastal Commuters Group"): no company, whatever "Group" says elsewhere."""
    if len(words) < 2 or words[-1] != "Group":
        return False
    before = words[-2].lower().rstrip("s")
    return before in _NON_BUSINESS_HEADS or before in _CIVIC_GROUP_WORDS


#: Company forms some countries write before the name.
_FORM_PREFIXES = frozenset("NV N.V. BV B.V.".split())
#: Forms that end a name even with "of" after them ("Norvale Inc of Canada"), unlike the "Co" and
#: "Corp" of "Aluminum Co of America".
_FORM_BEFORE_OF = frozenset("Inc Inc. Ltd Ltd. Plc PLC LLC AG SA NV".split())


def _party_canon() -> dict[str, str]:
    out = {}
    for canon, aliases in L.PARTY_ALIASES.items():
        out[canon] = canon
        for a in aliases:
            out[a] = canon
    return out


_PARTY = _party_canon()
#: A party's adjective read as a body's name ("Tory" in "the Tory agenda", where "the party"
#: goes back to it): the party (British ones only: "Republican" and "Democratic" name the
#: committees and caucuses of American news as often as the parties).
_PARTY_ADJECTIVES = {"Tory": "Conservative Party", "Conservative": "Conservative Party"}


class Organisations:
    """Organisation mentions in one article, for "it", "the company" and alias folding."""

    def __init__(self, body: str, runs, people, sentences, in_quote) -> None:
        self.body = body
        self.sentences = sentences
        self._args = (runs, people, in_quote)
        self._built = False
        self._mid: set[str] | None = None  # words capitalised after a word or comma
        self._canonical: dict[str, str] = {}  # one article asks for the same names many times

    def _build(self) -> None:
        """Collect the mentions on first use: most articles never need them."""
        if self._built:
            return
        self._built = True
        runs, people, in_quote = self._args
        body = self.body
        self.sent_starts = [s for s, _ in self.sentences]
        self.mentions: list[OrgMention] = []
        self.described: list[tuple[int, str, str]] = []  # (start, descriptor noun, name)
        person_spans = people.spans
        # in text order: where two names spell one acronym, the first named gives it, in every
        # process (a set's order changes with the interpreter's string hashing)
        names: dict[str, None] = {}
        for items in runs:
            k = 0
            paper = False
            while k < len(items) and items[k][2] in (STOP, CONN):
                if (
                    body[items[k][0] : items[k][1]] in _WEEKDAY_NAMES
                    and len(items) > k + 1
                    and body[items[-1][0] : items[-1][1]].lower() in _PAPER_NAME_WORDS
                ):
                    paper = True  # "The Sunday Mail", "the Sunday Times": a newspaper's name, not a day
                    break
                k += 1
            rest = items[k:]
            if not rest or len(rest) > 12:
                continue
            held = [i for i, it in enumerate(rest) if (it[0], it[1]) in person_spans]
            if held:
                t = held[0] - 1
                while t >= 0 and rest[t][2] == TITLE:
                    t -= 1
                if 1 <= t < held[0] - 1 and _is_form(body[rest[t][0] : rest[t][1]]):
                    # "Hughes Tool Co Chairman W. A. Kistler": the company before its officer's title
                    rest = rest[: t + 1]
            if (
                any((it[0], it[1]) in person_spans for it in rest)
                and not (
                    # "McDonnell Douglas Corp said ... . McDonnell Douglas has": a company named as a
                    # person is, which the article writes with its company form
                    len(rest) >= 2 and _one_company(body, rest)
                )
                # "Pell & Rudd", "Marks & Spencer": surnames joined by an ampersand name a firm
                and not _AMPERSAND_FIRM.fullmatch(body, rest[0][0], rest[-1][1])
            ):
                # "investor Asher Lee and Norvale Textiles Inc": the body after the person's "and"
                last = max(i for i, it in enumerate(rest) if (it[0], it[1]) in person_spans)
                tail = rest[last + 1 :]
                if (
                    len(tail) < 2
                    or body[tail[0][0] : tail[0][1]] not in ("and", "&")
                    or any((it[0], it[1]) in person_spans for it in tail)
                    or not any(_is_form(body[it[0] : it[1]]) for it in tail)
                    # "Firestone Tire and Rubber Co": one company's name, one word after "and"
                    or sum(not _is_form(body[it[0] : it[1]]) for it in tail[1:]) < 2
                ):
                    continue
                rest = tail[1:]
            labels = {it[2] for it in rest}
            if labels <= {TITLE, CONN, STOP}:
                continue
            if labels <= {PLACE, CONN} and not (
                # "Canadian Pacific's return" after "Canadian Pacific Ltd": places that name a company
                len(rest) > 1 and _written_with_form(body, " ".join(body[rest[0][0] : rest[-1][1]].split()))
            ):
                continue
            if rest[0][2] == STOP and not paper:
                continue
            if (
                len(rest) == 2
                and rest[0][2] == OTHER
                and body[rest[1][0] : rest[1][1]].lower() in L.PLACE_TAIL_SURNAMES | L.GEO_TAIL_WORDS
                and re.search(
                    r"\b(?:in|at|to|from|near)[ \t]+" + re.escape(body[rest[0][0] : rest[1][1]]) + r"\b", body
                )
                and not _written_with_form(body, " ".join(body[rest[0][0] : rest[1][1]].split()))
            ):
                continue  # "The Kinwatin Bay store" after "in Kinwatin Bay": a town's name, no body's
            if len(rest) > 1 and rest[1][2] == CONN and _PARTICIPLE_WORD.fullmatch(body, rest[0][0], rest[0][1]):
                continue  # "Accusing the French of overfishing, Canada said": a participle, no name
            rest = rest[shares_lead(body, rest) :]
            s, e = rest[0][0], rest[-1][1]
            if in_quote(s):
                continue
            words = _strip_suffixes(body[s:e].split())
            lm = _LOCAL_NUMBER.match(body, e) if words[-1] == "Local" else None
            if lm is not None:
                e = lm.end()  # "Transit Workers Local 418": the union's branch, by its number
                words = [*words, lm.group(1)]
            name = " ".join(words)
            if len(words) == 1 and _is_form(name):
                continue  # "A/S", "Inc": a company's form cut off from its name
            if body.startswith(("'s", "’s"), e) and _FORM_AFTER.match(body, e + 2) is not None:
                name += body[e : e + 2]  # "Standard and Poor's Corp": the name ends so
            single_common = (
                len(rest) == 1 and rest[0][2] == OTHER and not self._proper(name, s) and not _SPEAKS.match(body, e)
            )  # "Norvale said ...": a name, even at a sentence start
            if single_common and not (ORG in labels or ACRONYM in labels):
                continue
            if (
                len(rest) == 1
                and name.lower() in L.ORG_WORDS
                and not name.isupper()
                and not self._proper(name, s)
                and not _SPEAKS.match(body, e)
            ):
                continue  # "Oil and natural gas liquids sold ...": a common noun opening a sentence
            if len(rest) == 1 and (_MODEL_NUMBER.match(body, e) or _DESIGNATION.fullmatch(name)):
                continue  # "IL-2", "MD-80", "A330": a product's designation, not the body that makes it
            if _non_entity(name):
                continue
            pm = _FOR_OR_AGAINST.match(name)
            if pm is not None and re.search(r"(?<![\w-])" + re.escape(name[pm.end() :]) + r"\b", body):
                continue  # "Pro-Islamic State forums" beside "the Islamic State": for it, not it
            if len(rest) == 1 and rest[0][2] == ACRONYM and _lower_case_acronym(body, name):
                continue  # "its initial public offering (IPO)": a term's initials, no body
            if _state_after(body, e):
                continue  # "Far Hills, N.J., investor Natalie Koether": a town, not a body
            pair = _two_bodies(body, s, e, words)
            if pair is not None:
                # "Airbus Industrie and General Electric have concluded an accord": two bodies
                (ls, le), (rs, re_) = pair
                self.mentions.append(OrgMention(ls, le, body[ls:le], self._opens_clause(items[0][0], e)))
                self.mentions.append(OrgMention(rs, re_, body[rs:re_], False))
                names[body[ls:le]] = None
                names[body[rs:re_]] = None
                continue
            self.mentions.append(OrgMention(s, e, name, self._opens_clause(items[0][0], e)))
            names[name] = None
            dm = (
                WORD_BEFORE.search(body, max(0, s - 40), s)
                or _NOUN_COMMA_BEFORE.search(body, max(0, s - 40), s)
                or _NOUN_THAT_COMMA_BEFORE.search(body, max(0, s - 120), s)
            )
            if _ORGANISED_AS_BEFORE.search(body, max(0, s - 40), s):
                # "Supporters, organized as Fix Our Roads Tamarack, said": what "the group" and
                # "the campaign" stand for later
                self.described.append((s, "group", name))
                self.described.append((s, "campaign", name))
            if dm is not None and dm.group(1) not in _DESCRIPTOR_NOUNS and dm.group(1) in _TRADE_HEADS:
                # "the fund manager Otterburn Capital": "the fund" later, the trade's first word
                dm = WORD_BEFORE.search(body, max(0, dm.start() - 30), dm.start()) or dm
            if (
                dm is not None
                and dm.group(1) in _DESCRIPTOR_NOUNS
                and not _OTHER_THAN_SUBJECT.search(body, max(0, dm.start() - 30), dm.start())
            ):
                # "US magazine Rolling Stone": what "the magazine" stands for later
                self.described.append((s, dm.group(1), name))
            am = _NOUN_AFTER_NAME.match(body, e)
            if am is not None and am.group(1) in _DESCRIPTOR_NOUNS and len(words) > 1 and words[-1] != "The":
                # "The European Airbus Industrie consortium has ...": the same, its noun after it
                self.described.append((s, am.group(1), name))  # ("S and P. The agency": no)
            cm = _KIND_APPOSED.match(body, e)
            if cm is not None and cm.group(1) in _DESCRIPTOR_NOUNS:
                # "Tundra Provisioners, a Winnipeg-based company that runs 31 stores": the same
                self.described.append((s, cm.group(1), name))
        self.mentions.sort(key=lambda m: m.start)
        self.mentions = _joined_remits(body, self.mentions)
        # "The European Airbus Industrie consortium" where the article also writes "Airbus
        # Industrie": the nationality describes the body, its name is the rest
        own = {m.name for m in self.mentions}
        for i, m in enumerate(self.mentions):
            first, _, rest = m.name.partition(" ")
            nm = _NOUN_AFTER_NAME.match(body, m.end)
            if first in L.DEMONYMS and rest in own and nm is not None and nm.group(1) in _DESCRIPTOR_NOUNS:
                self.mentions[i] = replace(
                    m, start=m.end - len(rest) if body.endswith(rest, m.start, m.end) else m.start, name=rest
                )
        self.starts = [m.start for m in self.mentions]
        self.described.sort()
        # the outlet a speaker told ("told WKVN") or a dateline's tag ("OHIO (WKVN) —"): the one
        # reporting, never the body the article is about
        self.outlets = {
            m.start
            for m in self.mentions
            if _TOLD_OUTLET.search(body, max(0, m.start - 12), m.start)
            or (body[m.start - 1 : m.start] == "(" and _DATELINE_TAG.match(body, m.end))
        }
        # names of two or more words introduced by a noun for a trade ("housebuilder George
        # Wimpey"), by their last word: what a short form such as "Wimpey" stands for, found once
        # here rather than on every canonical() call
        self.trade_named: dict[str, set[str]] = {}
        for m in self.mentions:
            if " " in m.name and COMPANY_NOUN_BEFORE.search(body, max(0, m.start - 40), m.start):
                self.trade_named.setdefault(m.name.split()[-1], set()).add(m.name)
        # acronyms the article spells out: "London Stock Exchange" -> "LSE"
        self.acronyms = {}
        # a body's name before a title's where both spell one acronym ("Ministry of ..." before
        # "Minister of International Trade and Industry" for MITI), otherwise the first named
        for n in sorted(names, key=lambda n: n.split()[0].lower() in L.ROLE_NOUNS):
            ws = [w for w in n.split() if w[0].isupper() and w.lower() not in _SMALL]
            if len(ws) >= 2 and _spells(ws):
                self.acronyms.setdefault("".join(w[0] for w in ws), n)
                if " of " in n:
                    # "DOT" for "Department of Transportation", "BOJ" for "Bank of Japan"
                    self.acronyms.setdefault(
                        "".join("O" if w == "of" else w[0] for w in n.split() if w in ws or w == "of"), n
                    )
            if len(ws) >= 2 and any(n + sep + form in self.body for sep in (" ", ", ") for form in _C_FORMS):
                # "AMC" for "American Motors Corp": the company form's initial ends the acronym
                # (plain string tests: a pattern per name would fill the regex cache)
                self.acronyms.setdefault("".join(w[0] for w in ws) + "C", n)
            if len(ws) >= 3 and _INITIALISM.fullmatch(ws[0]):
                # "FDA" for "U.S. Food and Drug Administration": the country's initials lead no acronym
                self.acronyms.setdefault("".join(w[0] for w in ws[1:]), n)
            if " and " in n:
                # "the International Monetary Fund and World Bank": each body's own acronym
                for part in n.split(" and "):
                    pws = [w for w in part.split() if w[0].isupper() and w.lower() not in _SMALL]
                    if len(pws) >= 3 and pws[-1].lower() in L.ORG_WORDS and _spells(pws):
                        self.acronyms.setdefault("".join(w[0] for w in pws), part)
            for sep in (" & ", " and "):
                if sep in n:
                    # "Bradford & Bingley" -> "B&B", "Marks & Spencer" -> "M&S"; "Standard and
                    # Poor's" -> "S&P" and, as the wire writes it, "S and P"
                    sides = [[w for w in part.split() if w[0].isupper()] for part in n.split(sep, 1)]
                    if all(sides):
                        initials = ["".join(w[0] for w in side) for side in sides]
                        # "Standard and Poor's said" somewhere: its name ends with the 's
                        full = n + "'s" if written_before(self.body, n + "'s", NAME_CLAUSE_END) else n
                        self.acronyms.setdefault("&".join(initials), full)
                        self.acronyms.setdefault(" and ".join(initials), full)
        # "USDA" for "U.S. Agriculture Department": the same initials in another order, as an
        # agency's acronym often keeps its formal name's order ("Department of Agriculture")
        self.anagrams: dict[str, set[str]] = {}
        for n in names:
            letters = "".join(
                w.replace(".", "") if _INITIALISM.fullmatch(w) else w[0]
                for w in n.split()
                if w[0].isupper() and w.lower() not in _SMALL
            )
            if len(letters) >= 4:  # (three letters in another order are a chance: ABC is no "Cable ... Bureau")
                self.anagrams.setdefault("".join(sorted(letters.upper())), set()).add(n)
        # "The State Administration of Radio, Film and Television (SARFT)": defined in brackets
        for m in _BRACKETED_ACRONYM.finditer(self.body):
            acr = m.group(1)
            full = spelled_out(self.body, m.start(), acr)
            for k in (1, 2):
                if full is None and len(acr) - k >= 3:
                    # "the Institute of Economic Research (NZIER)": a country's initials the
                    # name as written leaves out (the name opening after "the", not "the
                    # Alliance to Reclaim Our Schools (AROS)")
                    part = spelled_out(self.body, m.start(), acr[k:])
                    at = self.body.rfind(part, 0, m.start()) if part else -1
                    if part and at >= 4 and self.body[at - 4 : at].lower() == "the ":
                        full = part
            if full is None and len(acr) >= 3:
                # "the Institut des Previsions Economiques ... (IPECODE)": the body named right before
                # the brackets, its acronym from another language's words
                before = self.mentions[: bisect_left(self.starts, m.start())]
                if (
                    before
                    and not self.body[before[-1].end : m.start()].strip()
                    and len(before[-1].name.split()) >= 3
                    and before[-1].name[0] == acr[0]  # not "Reclaim Our Schools (AROS)", cut from its "Alliance to"
                ):
                    full = before[-1].name
            if full is not None:
                # "National Broadcasting Co (NBC)": the name, its company form dropped
                self.acronyms[acr] = " ".join(_strip_suffixes(full.split()))
        # "Korea Electric Power Corp (Kepco)", "Petroleos Mexicanos (Pemex)": a short name in
        # brackets made of the first letters or syllables of the name before it
        for m in _BRACKETED_SHORT_NAME.finditer(self.body):
            short = m.group(1)
            full = syllable_spelled(self.body, m.start(), short)
            if full is not None:
                self.acronyms.setdefault(short.upper(), " ".join(_strip_suffixes(full.split())))
        # "The Singapore International Monetary Exchange Ltd, SIMEX, said": an acronym set off by
        # commas right after a body of two or more words with its first letter
        for m in _APPOSED_ACRONYM.finditer(self.body):
            acr = m.group(1)
            before = self.mentions[: bisect_left(self.starts, m.start())]
            if (
                acr not in self.acronyms
                and before
                and before[-1].end == m.start()
                and len(before[-1].name.split()) >= 2
                and before[-1].name[0] == acr[0]
            ):
                self.acronyms[acr] = spelled_out(self.body, m.start(), acr) or before[-1].name

    def _proper(self, word: str, at: int) -> bool:
        """A single capitalised word is a name when the text also capitalises it where no
        sentence starts ("... backed by Multiplex"), not only at the start of one."""
        if self._mid is None:
            body = self.body
            lower = lower_words(body)
            self._mid = {
                m.group(1)
                for m in _MID_CAPITAL.finditer(body)
                # (not a common word inside another name: "Nurses" of "Mercy Ridge Nurses
                # Association", where the text writes "nurses" too)
                if not (
                    m.group(1).lower() in lower
                    and body[m.start()].isalpha()
                    and _CAPITAL_NEXT.match(body, m.end())
                    and _CAPITAL_WORD_BEFORE.search(body, max(0, m.start() - 30), m.start() + 1)
                )
            }
        return word in self._mid

    def _opens_clause(self, s: int, e: int) -> bool:
        body = self.body
        if body[s - 1 : s] == "<" and body[e : e + 1] == ">":
            s, e = s - 1, e + 1  # "<Evergreen Marine Corp>": the wire's mark for an unlisted company
        bm = _BRACKETED_ACRONYM_AFTER.match(body, e)
        if bm is not None:
            e = bm.end()  # "the Federal Trade Commission (FTC) report said": past its acronym
        opens = (
            _OPENS.search(body, max(0, s - 12), s) is not None
            or _DAY_POSSESSIVE.search(body, max(0, s - 16), s) is not None
        )
        if opens and _BETWEEN_AND.search(body, max(0, s - 80), s) is not None:
            opens = False  # "Trains between Bray and Connolly Station were suspended": no clause opens
        after = _AFTER_SUBJECT.match(body, e, e + 140)
        if after is not None and _FEATURE_AFTER.match(body, e) is not None:
            after = None  # "The Terra-Nova field, lying ...": the name of a place a noun follows
        if opens and after is not None and body[e : e + 2] not in ("'s", "’s"):
            return True
        if _STATEMENT_FROM.search(body, max(0, s - 60), s) is not None:
            return True  # "In a statement from Lycos Europe announcing ..., the company denied": its author
        if _DESCRIPTION_APPOSED.search(body, max(0, s - 40), s) and _APPOSITION_CLOSES.match(body, e):
            return True  # "The developer, Caoranach Renewables, said": named in the subject's apposition
        dm = WORD_BEFORE.search(body, max(0, s - 40), s) if after is not None else None
        if (
            dm is not None
            and (dm.group(1) in _DESCRIPTOR_NOUNS or dm.group(1) in _TRADE_NOUNS or dm.group(1).endswith("maker"))
            and body[e : e + 2] not in ("'s", "’s")
            and _DESCRIPTION_OPENS.search(body, max(0, dm.start(1) - 80), dm.start(1)) is not None
        ):
            return True  # "Swedish mining and metals group Boliden AB forecast ...": described, then named
        # "..., the ANZ Banking Group Ltd said.", "said Norvale Corp.": the subject of a cue
        # set after what was said
        return _CUE_AFTER_NAME.match(body, e) is not None or (
            _CUE_BEFORE_NAME.search(body, max(0, s - 12), s) is not None and _CLAUSE_STOP.match(body, e) is not None
        )

    def canonical(self, name: str) -> str:
        """One name per organisation: party short forms and spelled-out acronyms folded, and a
        short form to the one fuller name the article gives ("Continental" -> "Continental
        Airlines" when the article names it so)."""
        got = self._canonical.get(name)
        if got is None:
            got = self._canonical[name] = self._canonical_of(name)
        return got

    def _canonical_of(self, name: str) -> str:
        if name in _PARTY:
            return _PARTY[name]
        if _MIXED_ACRONYM.fullmatch(name):
            # "TfL" after "Transport for London", "DfE" after "Department for Education": each
            # capital a capitalised word's initial, each small letter a small word's
            parts = []
            for c in name:
                small = [w for w in _ACRONYM_SMALL_WORDS if w[0] == c]
                if not c.isupper() and not small:
                    parts = []
                    break
                parts.append(c + r"[\w’'-]*" if c.isupper() else "(?:" + "|".join(small) + ")")
            full = re.search(r"\b" + r"[ \t]+".join(parts) + r"\b", self.body) if parts else None
            if full is None:
                # "DrKW" after "Dresdner Kleinwort Wasserstein": small letters go on the capital's
                # word, each capital a word's initial
                words = re.findall(r"[A-Z][a-z]*", name)
                full = re.search(r"\b" + r"[ \t]+".join(re.escape(w) + r"[\w’'-]*" for w in words) + r"\b", self.body)
            if full is not None:
                return full.group(0)
        if name in _SHORT_FORMS:
            # "the Fed said" after "the Federal Reserve Board": the name the article gives in full
            self._build()
            longer = [m.name for m in self.mentions if m.name.startswith(_SHORT_FORMS[name])]
            if longer:
                return max(set(longer), key=lambda n: (longer.count(n), len(n)))
        if name in _PARTY_ADJECTIVES:
            return _PARTY_ADJECTIVES[name]
        if name.endswith(("'s", "’s")):
            self._build()
            # "Moody's" after "Moody's Investors Service Inc", whose name the run split at its 's
            for m in self.mentions:
                if self.body.startswith(name + " ", m.start - len(name) - 1) and (
                    m.name.split()[-1].lower() in L.ORG_WORDS | _FORM_WORDS
                ):
                    return f"{name} {m.name}"
            return name
        words = name.split()
        if len(words) >= 2 and words[-1].lower() in _REORDERED_NOUNS:
            # "the Finance Ministry" after "the Ministry of Finance": one body, written both ways
            rest = " ".join(words[:-1])
            for longer in (f"{words[-1]} of {rest}", f"{words[-1]} of the {rest}"):
                if longer in self.body:
                    return longer
        if " and " in name and name.replace(" and ", "").isupper():
            self._build()
            return self.acronyms.get(name, name)  # "S and P" for "Standard and Poor's"
        if (
            name.istitle()
            and name.isalpha()
            and len(name) >= 4
            and (f"({name.upper()})" in self.body or f"({name})" in self.body)
        ):
            # "Asean" after "Association of South-east Asian Nations (ASEAN)": the acronym
            # written as a word
            self._build()
            if name.upper() in self.acronyms:
                return self.acronyms[name.upper()]
        if name.istitle() and name.isalpha() and 3 <= len(name) <= 5:
            # "a spokeswoman for Bat" after "British American Tobacco": the initials written as
            # a word, of the one organisation the article names with them
            self._build()
            spelt = {
                m.name
                for m in self.mentions
                if len(m.name.split()) == len(name) and "".join(w[0] for w in m.name.split()).upper() == name.upper()
            }
            if len(spelt) == 1:
                return spelt.pop()
        if not name.isupper() and f"{name}, " in self.body and _OF_REMIT.search(name):
            self._build()
            joined = {m.name for m in self.mentions if m.name.startswith(f"{name}, ")}
            if len(joined) == 1:
                return joined.pop()  # "the Department of Agriculture, Trade and Consumer Protection"
        if not name.isupper():
            # a fuller name needs the short one followed by another capitalised word somewhere:
            # look for that before collecting the article's organisations
            if " " not in name and name.lower() in L.ORG_WORDS and f"{name} " in self.body:
                # "Hospital" (from "Hospital Corp") after "Hospital Corp of America": the one name
                # a common word opens with a company form and "of"
                self._build()
                longer = {
                    m.name for m in self.mentions if _FORM_THEN_OF.match(m.name, len(name)) and m.name.startswith(name)
                }
                if len(longer) == 1:
                    return longer.pop()
            if _followed_by_capital(self.body, name):
                self._build()
                return self._fuller(name)
            if " " in name and f"{name} of " in self.body:
                # "Hospital Corp" after "Hospital Corp of America": the one longer name it opens
                self._build()
                longer = {m.name for m in self.mentions if m.name.startswith(f"{name} of ")}
                if len(longer) == 1:
                    return longer.pop()
            if " " in name and f"{name} and " in self.body:
                # "Carolina Power" after "Carolina Power and Light Co": one company, one word after
                # its "and" (not "Deutsche Bank and Credit Suisse")
                self._build()
                full = self._fuller(name)
                return full if _one_word_after_and(full) else name
            if " " not in name and f"{name} and " in self.body:
                self._build()
                registered = self._registered(name)  # "Dun" after "Dun and Bradstreet Corp"
                return registered.pop() if len(registered) == 1 else name
            if " " not in name and f" {name}" in self.body:
                self._build()
                # "Wimpey" after "housebuilder George Wimpey": a company named for a person, by
                # the last word of its name
                named = self.trade_named.get(name, set())
                if len(named) == 1:
                    return next(iter(named))
            if " " in name and name.split()[-1].lower() in _SITED_HEADS:
                sm = re.search(re.escape(name) + _TOWN_AND_REGION, self.body)
                if sm is not None:
                    # "the Federal Medical Centre, Ilemoro, Ondo State,": an institution named with
                    # its town, as its address gives it
                    return f"{name}, {sm.group(1)}"
            return self._blended(name) if " " not in name and len(name) >= 5 else name
        self._build()
        if name in self.acronyms:
            return self.acronyms[name]
        if 3 <= len(name) <= 5 and name.isalpha():
            # "the ICB" after "NHS Severn and Wyre Integrated Care Board": the initials of the
            # last words of the one name that ends so
            tails = {
                m.name
                for m in self.mentions
                if len(m.name.split()) > len(name)
                and "".join(w[0] for w in m.name.split()[-len(name) :]) == name
                and all(w[0].isupper() for w in m.name.split()[-len(name) - 1 :])
            }  # (not "Secretary-General of the African Development Bank": a post in the body named)
            if len(tails) == 1:
                return tails.pop()
        spelled = self.anagrams.get("".join(sorted(name)), set()) if name.isalpha() and len(name) >= 3 else set()
        if len(spelled) == 1:
            return next(iter(spelled))
        if " " not in name:
            registered = self._registered(name)
            if len(registered) == 1:
                return registered.pop()
        # a union of states known by its acronym: "an EU spokesman" speaks for the European Union
        return L.REGION_ALIASES.get(name, name) if name in ("EU", "E.U.") else name

    def _blended(self, name: str) -> str:
        """ "Adsteam" after "The Adelaide Steamship Co Ltd": a short name made of the opening
        letters of a longer name's first words (two or more letters of each), when exactly one
        name the article gives is so made."""
        self._build()
        low = name.lower()
        found = {
            m.name
            for m in self.mentions
            if " " in m.name and _blend_of(low, [w.lower() for w in m.name.split() if w[0].isupper()])
        }
        return found.pop() if len(found) == 1 else name

    def _opened_by(self, name: str, keep) -> set[str]:
        """The longer names the one word ``name`` opens whose mention ``keep`` accepts."""
        return {m.name for m in self.mentions if len(m.name.split()) > 1 and m.name.split()[0] == name and keep(m)}

    def _fuller(self, name: str) -> str:
        words = name.split()
        if len(words) > 1 and _written_with_form(self.body, name):
            return name  # "Canadian Pacific Ltd": a company in its own right, not "Canadian Pacific Airlines"
        fuller = {
            m.name
            for m in self.mentions
            if len(m.name.split()) > len(words)
            and m.name.split()[: len(words)] == words
            and all(w.lower() in _FORM_WORDS for w in m.name.split()[len(words) :])
        }
        if not fuller and len(words) == 1:
            # "Sumitomo" after "Sumitomo Mitsui Financial": the one longer name it opens, when
            # that name is an organisation's by its own last word; else "Airbus" after "European
            # consortium Airbus Industrie": one the article introduces with a noun for its kind
            fuller = self._opened_by(name, lambda m: m.name.split()[-1].lower() in L.ORG_WORDS | _FORM_WORDS)
            fuller = fuller or self._opened_by(
                name,
                lambda m: not {"and", "&"} & set(m.name.split()) and body_named_after(self.body, m.start),
            )
        if not fuller and len(words) == 1:
            fuller = self._registered(name)
        if not fuller and len(words) == 1 and name.lower() not in _FORM_WORDS | L.ORG_WORDS:
            # "Buitoni" after "Industrie Buitoni Perugina Spa": the one longer name, written
            # with its company form, that has the short name as a word after its first
            fuller = {
                m.name
                for m in self.mentions
                if name in m.name.split()[1:]
                and not {"and", "&"} & set(m.name.split())  # "Nigeria and Barclays Bank": two bodies
                and _written_with_form(self.body, m.name)
            }
        if not fuller and len(words) > 1 and not _written_with_form(self.body, name):
            # "a National Southwire spokesman" after "(National Southwire Aluminum Co)": the one
            # longer name it opens that the article writes with its company form (not when the
            # short name is a company's own: "General Motors Corp" and "General Motors Acceptance")
            fuller = {
                m.name
                for m in self.mentions
                if len(m.name.split()) > len(words)
                and m.name.split()[: len(words)] == words
                and _written_with_form(self.body, m.name)
                # the article first writes the short name inside the long one: it introduces it
                and self.body.find(name) == self.body.find(m.name)
            }
        if not fuller and len(words) > 1:
            # "First City" after "First City Bancorp of Texas": the holding company's name, which
            # the article first writes in full
            fuller = {
                m.name
                for m in self.mentions
                if len(m.name.split()) > len(words)
                and m.name.split()[: len(words)] == words
                and m.name.split()[len(words)] in _HOLDING_HEADS
                and self.body.find(name) == self.body.find(m.name)
            }
        if not fuller:
            # "Brightwell" after the lead's "Brightwell Home Appliances is recalling ...", "Golden
            # Lotus" after "Golden Lotus Foods": the one longer name the running text first writes
            # it in (a headline may come before)
            first_line = self.body.find("\n\n")
            lead = [
                m
                for m in self.mentions
                if m.name.split()[: len(words)] == words and not headline(self.body, m.start) and m.start > first_line
            ]
            longer = {m.name for m in lead if len(m.name.split()) > len(words)}
            if lead and len(lead[0].name.split()) > len(words) and len(longer) == 1:
                fuller = longer
        return fuller.pop() if len(fuller) == 1 else name

    def _registered(self, name: str) -> set[str]:
        """The longer names that ``name`` opens which the article writes with a company form
        ("Apollo" after "Apollo Computer Inc", "ANZ" after "ANZ Banking Group Ltd", "Dun" after
        "Dun and Bradstreet Corp"): a company's short name in wire copy."""
        return {
            m.name
            for m in self.mentions
            if len(m.name.split()) > 1
            and m.name.split()[0] == name
            and not m.name.isupper()
            # "Dun and Bradstreet", "Highveld Steel and Vanadium" are one company (one word after
            # "and", then the company form); "Fiat and General Motors" two
            and (_one_word_after_and(m.name) or not {"and", "&"} & set(m.name.split()))
            and _written_with_form(self.body, m.name)
        }

    def first_inside(self, s: int, e: int) -> OrgMention | None:
        """The first organisation named inside ``[s, e)``."""
        self._build()
        lo = bisect_left(self.starts, s)
        m = self.mentions[lo] if lo < len(self.mentions) else None
        return m if m is not None and m.end <= e else None

    def inside(self, s: int, e: int) -> OrgMention | None:
        """The last organisation named inside ``[s, e)`` ("a Honda spokesman")."""
        self._build()
        lo = bisect_left(self.starts, s)
        hi = bisect_left(self.starts, e)
        found = None
        for m in self.mentions[lo:hi]:
            if m.end <= e:
                found = m
        return found

    def dominant(self, pos: int, word: str | None = None, commercial: bool = False) -> OrgMention | None:
        """The organisation named most often before ``pos`` (with ``word`` in its name, if
        given; no public body such as a commission or ministry when ``commercial``), when it is
        named at least twice and more often than any other."""
        self._build()
        counts: dict[str, int] = {}
        last: dict[str, OrgMention] = {}
        fits: dict[str, bool] = {}
        for m in self.mentions[: bisect_left(self.starts, pos)]:
            key = m.name
            if m.start in self.outlets:
                continue  # "told WKVN", "OHIO (WKVN) —": the outlet reporting, never the body spoken of
            if commercial and self.canonical(m.name).split()[-1].lower() in _PUBLIC_HEADS:
                continue  # "the firm said" is never the SEC the firm filed with
            if commercial and " " not in m.name and m.name.lower() in L.ORG_WORDS:
                continue  # ("News" of "WKRV 14 News": a common word alone is no company)
            if word is not None:
                if m.name not in fits:
                    fits[m.name] = _has_word(m.name, word)
                    if not fits[m.name] and _has_word(self.canonical(m.name), word):
                        fits[m.name] = True  # "the bank": "DNC" (Den Norske Creditbank)
                if not fits[m.name]:
                    continue  # "the airline": "Skyward Airlines" too
                key = self.canonical(m.name)  # "Continental" and "Continental Airlines": one
            elif m.name.isupper():
                key = self.canonical(m.name)  # "NAO" and "National Audit Office": one body
            counts[key] = counts.get(key, 0) + 1
            last[key] = m
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if word is not None and len(ranked) == 1:
            return last[ranked[0][0]]  # "the ministry" after the one ministry the article names
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return last[ranked[0][0]]

    def spoke_before(self, si: int, back: int = 2) -> OrgMention | None:
        """The organisation that is the subject of a cue ("the BBC has said", "Ofcom said") in
        one of the ``back`` sentences before sentence ``si``, the nearest first."""
        self._build()
        for sj in range(si - 1, max(-1, si - back - 1), -1):
            s, e = self.sentences[sj]
            for m in reversed(self.mentions[bisect_left(self.starts, s) : bisect_left(self.starts, e)]):
                if _CUE_AFTER_NAME.match(self.body, m.end) or _HAS_SAID_AFTER.match(self.body, m.end):
                    return m
        return None

    def traded_in_lead(self, pos: int) -> OrgMention | None:
        """The organisation whose shares one of the lead's first three sentences is about
        ("Shares in Halberd Homes fell", "shares of Norvale Corp rose"), named before ``pos``."""
        self._build()
        for m in self.mentions[: bisect_left(self.starts, pos)]:
            if bisect_right(self.sent_starts, m.start) - 1 > 2:
                break
            if _SHARES_IN.search(self.body, max(0, m.start - 16), m.start):
                return m
        return None

    def only_business(self, pos: int) -> OrgMention | None:
        """The one organisation named before ``pos`` whose name ends with a business's word
        ("Ledgerline Payroll Services", "Northgate Storage"), no public body, when one of the
        three sentences before names it; None when there are none or several."""
        self._build()
        found: dict[str, OrgMention] = {}
        si = bisect_right(self.sent_starts, pos) - 1
        near = self.sent_starts[max(0, si - 3)]  # (named in the three sentences before)
        for m in self.mentions[: bisect_left(self.starts, pos)]:
            words = self.canonical(m.name).split()
            last = words[-1].lower()
            if (
                last in L.ORG_WORDS
                and not _civic_group(words)
                and last not in _PUBLIC_HEADS
                and last not in _NON_BUSINESS_HEADS
                and m.name.rsplit(None, 1)[-1].lower() not in _SITE_HEADS
                and m.start not in self.outlets
            ):
                found.setdefault(self.canonical(m.name), m)
        only = next(iter(found.values())) if len(found) == 1 else None
        nearby = {
            self.canonical(m.name)
            for m in self.mentions[bisect_left(self.starts, near) : bisect_left(self.starts, pos)]
            # (a place where trains stop is no body: "between Bray and Connolly Station"; nor is
            # the outlet reporting: "she told RTÉ News")
            if m.name.rsplit(None, 1)[-1].lower() not in _SITE_HEADS
            and m.start not in self.outlets
            # (nor a one-word name after "at" or "from": "got off at Shankill", a stop)
            and not (" " not in m.name and _AT_PLACE_BEFORE.search(self.body, max(0, m.start - 8), m.start))
        }
        # (and no other body named there: "Himshakti said ... ¶ '...,' the company said" is no
        # "Northgate Capital" named in passing)
        return only if only is not None and nearby == {self.canonical(only.name)} else None

    def lead_subject(self, pos: int) -> OrgMention | None:
        """The organisation the article's lead is about: the subject of one of its first three
        sentences (a headline and a dateline may come first), named before ``pos``."""
        self._build()
        for m in self.mentions[: bisect_left(self.starts, pos)]:
            if bisect_right(self.sent_starts, m.start) - 1 > 2:
                break
            if m.subject:
                return m
        return None

    def full_form(self, name: str, pos: int) -> str:
        """``name``, or for a body noun standing alone ("the Bank's") the longer name with that
        word the article gives most often before ``pos`` ("Bank of England")."""
        if not _low_body_noun(name):
            return name
        self._build()
        word = name.lower()
        counts: dict[str, int] = {}
        for m in self.mentions[: bisect_left(self.starts, pos)]:
            if " " in m.name and word in m.name.lower().split():
                counts[m.name] = counts.get(m.name, 0) + 1
        return max(counts, key=lambda n: counts[n]) if counts else name

    def containing(self, words: str) -> str:
        """The fullest organisation name the article gives that holds ``words`` ("Pew" ->
        "Pew Research Center"), else ``words`` itself."""
        self._build()
        probe = f" {words} "
        names = {
            m.name
            for m in self.mentions
            if probe in f" {m.name} " and m.name.split()[0].lower() not in L.CUE_VERBS  # not "Said the Pew"
        }
        if not names:
            return self.canonical(words)
        return self.canonical(max(names, key=lambda n: (len(n.split()), n)))

    def pair_before(self, pos: int) -> tuple[str, str] | None:
        """The two organisations (and only two) that the last sentence before ``pos`` naming
        more than one organisation names, in order; None when there is none."""
        self._build()
        before = [m for m in self.mentions[: bisect_left(self.starts, pos)] if not headline(self.body, m.start)]
        by_sentence: dict[int, list[str]] = {}
        firsts: dict[int, int] = {}  # where each sentence's first organisation starts
        for m in before:
            firsts.setdefault(bisect_right(self.sent_starts, m.start) - 1, m.start)
            names = by_sentence.setdefault(bisect_right(self.sent_starts, m.start) - 1, [])
            name = self.canonical(m.name)
            if name not in names:
                names.append(name)
        for si in sorted(by_sentence, reverse=True):
            names = by_sentence[si]
            ss = self.sent_starts[si]
            if _THE_PAIR.match(self.body[ss : ss + 40].lower()) or (
                " and " in names[0] and not _OPENS_WITH.match(self.body, ss, firsts[si])
            ):
                # "The companies said ... patients taking either Tysabri or Avonex": a sentence
                # about the pair names other things; "The cases involved the use of both Tysabri
                # and Avonex": two names that are no sentence's subject
                continue
            if " and " in names[0]:
                # "EADS and BAE Systems, the firms which own Airbus, welcomed ...": one run, two bodies
                first, second = names[0].split(" and ", 1)
                return first, second
            if len(names) >= 2:
                return (names[0], names[1]) if len(names) == 2 else None
        return None

    def ending_with(self, mention: str, pos: int) -> str | None:
        """The one organisation named before ``pos`` whose name ends with the words of
        ``mention`` ("the sheriff's office"), at least two, in any case; else None."""
        words = mention.split()
        if len(words) < 2 or words[0].lower() != "the":
            return None
        if len(words) == 2 and (words[1].lower() not in L.ORG_WORDS or words[1].lower() in _BODY_NOUNS):
            return None  # ("the tour" for "the North American Disc Sports Tour"; "the company" is read elsewhere)
        tail = " " + " ".join(words[1:]).lower()
        self._build()
        names = {m.name for m in self.mentions[: bisect_left(self.starts, pos)] if f" {m.name.lower()}".endswith(tail)}
        names = {n for n in names if n.lower() != tail.strip()}
        return next(iter(names)) if len(names) == 1 else None

    def referred_as(self, noun: str, pos: int) -> OrgMention | None:
        """The organisation an earlier "the ``noun`` said" (up to three back, nearest first)
        stood for, read as that mention's own antecedent, or None."""
        rx = _DEFINITE_NOUN.get(noun)
        if rx is None:
            rx = _DEFINITE_NOUN[noun] = re.compile(
                r"\b[Tt]he[ \t]+(?:[a-z-]+[ \t]+)?" + re.escape(noun) + r"(?=[ \t]+(?:also[ \t]+)?" + _SAID + r")"
            )
        starts = [m.start() for m in rx.finditer(self.body, 0, pos)]
        for p in reversed(starts[-3:]):
            org = self.antecedent(p, back=2)
            if org is not None:
                return org
        return None

    def last_paper(self, pos: int) -> OrgMention | None:
        """The newspaper named last before ``pos``, by its name's last word ("China Daily",
        "Washington Post", "Financial Times")."""
        self._build()
        for m in reversed(self.mentions[: bisect_left(self.starts, pos)]):
            if m.name.split()[-1].lower() in _PAPER_NAME_WORDS:
                return m
        return None

    def described_as(self, noun: str, pos: int) -> str | None:
        """The organisation last introduced before ``pos`` with the common noun ``noun``
        ("US magazine Rolling Stone" for "the magazine")."""
        self._build()
        found = None
        for s, n, name in self.described:
            if s >= pos:
                break
            if n == noun:
                found = name
        return found

    def last_before(self, pos: int) -> OrgMention | None:
        """The organisation named last before ``pos``."""
        self._build()
        i = bisect_left(self.starts, pos)
        return self.mentions[i - 1] if i > 0 else None

    def last_described(self, nouns: frozenset[str], pos: int) -> tuple[int, str] | None:
        """(start, name) of the organisation last introduced before ``pos`` with any of the
        common nouns ``nouns`` ("Spanish daily ABC" for "the paper")."""
        self._build()
        found = None
        for s, n, name in self.described:
            if s >= pos:
                break
            if n in nouns:
                found = (s, name)
        return found

    def antecedent(self, pos: int, back: int = 3) -> OrgMention | None:
        """The organisation "it" or "the company" at ``pos`` stands for: the subject of its
        sentence before it, else of the nearest sentence before that has one."""
        self._build()
        si = bisect_right(self.sent_starts, pos) - 1
        sj, stop = si, max(-1, si - back - 1)
        while sj > stop:
            s, e = self.sentences[sj] if sj >= 0 else (0, pos)
            e = min(e, pos)
            sj -= 1
            if sj + 1 == si and _IT_REPORTS.match(self.body, pos) and not CLAUSE_LINK_BEFORE.search(self.body, s, pos):
                # "Ford and Fiat are operating there, it added": whom it speaks of (but "Harlan
                # Beef closed the plant because it said ...": the subject before the link)
                continue
            if sj + 1 < si and (_IT_REPORTED.search(self.body, s, e) or _IT_ACTS.search(self.body, s, e)):
                # the sentence before, that "it" reported or whose subject is "it" ("It did not
                # say whether ... . Nor did it specify ..."), is about the same speaker: look
                # past it, without using up the look-back
                stop = max(-1, stop - 1)
                continue
            lo = bisect_left(self.starts, s)
            hi = bisect_left(self.starts, e)
            cands = [m for m in self.mentions[lo:hi] if m.subject]
            if sj + 1 < si:
                # "Emery said Chemical Bank had agreed to ...": the subject of what was said,
                # not who said it
                cands = [m for m in cands if not _REPORTED_SUBJECT.search(self.body, max(s, m.start - 120), m.start)]
            if cands and sj + 1 < si:
                # "The Community is close to bankruptcy, the EC's Executive Commission said. ... it
                # said": the body that spoke in that sentence, not the one it spoke of
                speaking = [m for m in cands if _CUE_AFTER_NAME.match(self.body, m.end)]
                return speaking[0] if speaking else cands[0]
            if cands:
                return cands[-1]
        return None


#: A named person and the team they lead: "Adeyemi and his co-authors".
_AND_COLLEAGUES = re.compile(
    r"([A-Z][^,;\n]{1,60}?)[ \t]+and[ \t]+(?:his|her|their)[ \t]+(?:co-authors|coauthors|colleagues|team|"
    r"fellow[ \t]+researchers|research[ \t]+team|collaborators|co-workers)"
)
#: The judges who speak for a court: "the bench said", "the judges wrote".
_COURT_COLLECTIVE = re.compile(r"the[ \t]+(?:(?:division|full|three-judge|two-judge|appeal)[ \t]+)?(?:bench|judges)")
#: Judges named as the bench they sit on: "A division bench of Justices".
_BENCH_OF = re.compile(r"\bbench[ \t]+(?:of|comprising)\b")
#: A sentence about the court's judges: "The bench was not persuaded."
_COURT_COLLECTIVE_OPENS = re.compile(r"\s*(?:But[ \t]+)?[Tt]he[ \t]+(?:(?:division|full)[ \t]+)?(?:bench|judges)\b")
#: The outlet a speaker talked to: "told WKVN", "told the BBC".
_TOLD_OUTLET = re.compile(r"\btold[ \t]+(?:the[ \t]+)?$")
#: The close of a dateline's outlet tag: "(WKVN) —", "(AP) -".
_DATELINE_TAG = re.compile(r"\)[ \t]*[—–-]")
#: "it added" after a comma: the sentence's words before it are what "it" said.
_IT_REPORTS = re.compile(r"it[ \t]+(?:also[ \t]+)?(?:said|says|added|adds|noted|notes|stated|states)\b")
#: "it" as the subject of what a body did ("It did not say", "Nor did it specify", ", it warned"),
#: not the "it" of "it is expected" or "it would be".
_IT_ACTS = re.compile(
    r"(?:^|(?<=[,;:.] )|(?<=[,;:.!?][\"”] )|(?<=\b[Dd]id )|(?<=\b[Dd]oes ))[Ii]t[ \t]+(?:also[ \t]+|not[ \t]+)?"
    r"(?:did|does|gave|gives|warned|warns|said|says|added|adds|reported|reports|noted|notes|specif\w+|"
    r"quoted|quotes|cited|cites|urged|urges|called|calls|argued|argues|claimed|claims|stated|states|"
    r"described|describes|predicted|predicts|forecast|forecasts|accused|accuses)\b",
    re.M,
)
#: A document a body issued, opening its sentence: "In a statement from", "In a report issued by".
_STATEMENT_FROM = re.compile(
    r"(?:^|[.\n][ \t]*)(?:In|in)[ \t]+(?:a|an|its|the)[ \t]+(?:[a-z]+[ \t]+)?(?:statement|release|report|letter|"
    r"note|filing|communique|submission)[ \t]+(?:from|by|issued[ \t]+by|released[ \t]+by)[ \t]+(?:the[ \t]+)?$"
)
#: A cue with its subject before it, then the subject of the clause it reports (or a list of them).
_REPORTED_SUBJECT = re.compile(
    r"[A-Za-z][ \t]+(?:also[ \t]+)?(?:said|says|added|adds|stated|states|announced|announces|reported|reports)"
    r"[ \t]+(?:that[ \t]+)?(?:[A-Z][\w&.'’-]*(?:,?[ \t]+(?:and[ \t]+)?))*$"
)
_IT_REPORTED = re.compile(
    r",[ \t]+it[ \t]+(?:also[ \t]+)?(?:said|says|added|adds|noted|notes|stated|states)\b[^,]{0,40}$"
)


def _blend_of(word: str, parts: list[str]) -> bool:
    """Whether ``word`` is the opening letters (two or more) of each of two or more of
    ``parts`` in order, from the first: "adsteam" of "adelaide", "steamship"."""
    if not parts or len(word) < 2:
        return False

    def split(rest: str, k: int, used: int) -> bool:
        if not rest:
            return used >= 2
        if k >= len(parts):
            return False
        return any(
            rest[:n] == parts[k][:n] and split(rest[n:], k + 1, used + 1)
            for n in range(2, min(len(rest), len(parts[k])) + 1)
        )

    return split(word, 0, 0)


#: Company forms that start with C, for acronyms such as "AMC".
_C_FORMS = ("Corp", "Co ", "Co.", "Co,", "Corporation", "Company")


def _one_word_after_and(name: str) -> bool:
    words = name.split()
    return len(words) >= 3 and words[-2] in ("and", "&") and words.count("and") + words.count("&") == 1


def _followed_by_capital(body: str, name: str) -> bool:
    """Whether ``name`` occurs somewhere followed by a space and a capitalised word."""
    probe = name + " "
    i = body.find(probe)
    while i >= 0:
        j = i + len(probe)
        if j < len(body) and body[j].isupper():
            return True
        i = body.find(probe, i + 1)
    return False


#: "An All England club spokesperson": capitalised words, a lower-case word for a body, and
#: perhaps a spokesperson after it.
_DESCRIBED_BODY = re.compile(
    r"(?:[Aa]n?|[Tt]he)[ \t]+((?:[A-Z][\w&'’-]*[ \t]+){1,5}("
    + "|".join(sorted(_BODY_NOUNS | _FORM_WORDS | {"league", "trust"}, key=len, reverse=True))
    + r"))"
    r"(?:[ \t]+(?:spokes(?:man|woman|person)|official|source))?$"
)


def _named_in_description(body: str, mention: str) -> str | None:
    """ "An All England club spokesperson" -> "All England Club" when the article writes the
    name capitalised somewhere, so the body's own spelling of the organisation is kept."""
    m = _DESCRIBED_BODY.fullmatch(mention.strip())
    if m is None:
        return None
    words = m.group(1).split()
    capital = " ".join(words[:-1] + [words[-1].capitalize()])
    return capital if capital in body else None


_MODEL_NUMBER = re.compile(r"-\d")
_WS_RUN = re.compile(r"[ \t]*")
_DESIGNATION = re.compile(r"[A-Z]{1,3}\d{2,4}[A-Z]?")
#: A body noun right after a name, ending the phrase: " consortium has", " group said".
#: What kind of body a name is, set off after it: ", a Winnipeg-based company".
_KIND_APPOSED = re.compile(
    r",[ \t]+an?[ \t]+(?:[\w-]+[ \t]+){0,3}?([a-z]+)\b(?=[ \t]+(?:that|which|with|based|in)\b|[,.;])"
)
_NOUN_AFTER_NAME = re.compile(
    r">?[ \t]+([a-z]+)(?=[ \t]+(?:(?:today|yesterday|also|now|[a-z]{3,}ly)[ \t]+){0,2}"
    r"(?:has|had|have|is|was|said|says|will|would|[a-z]{3,}ed)\b)"
)


def _lower_case_acronym(body: str, acr: str) -> bool:
    """Whether the body defines ``acr`` in brackets after lower-case words whose initials spell
    it: "initial public offering (IPO)", "non-performing loans (NPL)"."""
    at = body.find(f"({acr})")
    if at < 0 or not acr.isalpha():
        return False
    words = re.findall(r"[A-Za-z]+", body[max(0, at - 120) : at])[-len(acr) :]
    return len(words) == len(acr) and all(w.islower() for w in words) and "".join(w[0] for w in words) == acr.lower()


_BRACKETED_ACRONYM_AFTER = re.compile(r"[ \t]+\([A-Z][A-Z&.]{1,7}\)")
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")
_APPOSED_ACRONYM = re.compile(r",[ \t]+([A-Z][A-Z&]{2,7}),")
_NAME_WORD = re.compile(r"[A-Za-z][\w&'’.-]*")
_SMALL = frozenset("of and the for on in".split())


#: A short name in brackets written as a word: "(Kepco)", "(Pemex)".
_BRACKETED_SHORT_NAME = re.compile(r"\(([A-Z][a-z]{2,9})\)")


def syllable_spelled(body: str, at: int, short: str) -> str | None:
    """The capitalised words right before ``at`` (two or more, small words between them allowed)
    whose first letters or first syllables, in order, spell ``short``: "Korea Electric Power Corp"
    for "Kepco" (K-E-P-CO), "Petroleos Mexicanos" for "Pemex" (PE-MEX); or None."""
    words = [w.group(0) for w in _NAME_WORD.finditer(body, max(0, at - 120), at)]
    while words and words[-1] in _SMALL:
        words.pop()
    low = short.lower()

    def spells(i: int, rest: str) -> bool:
        # words[i:] spell ``rest``, each capitalised word giving a prefix of one to five letters
        if i == len(words):
            return not rest
        w = words[i]
        if w in _SMALL:
            return spells(i + 1, rest)
        if not w[0].isupper() or not rest:
            return False
        return any(w[:k].lower() == rest[:k] and spells(i + 1, rest[k:]) for k in range(1, min(5, len(w)) + 1))

    for k in range(len(words) - 2, -1, -1):
        if words[k][0].isupper() and words[k][0].lower() == low[0] and spells(k, low):
            start = body.rfind(words[k], 0, at)
            return " ".join(body[start:at].split()) if start >= 0 else None
    return None


def spelled_out(body: str, at: int, acronym: str) -> str | None:
    """The capitalised words right before ``at`` whose initials spell ``acronym`` (small
    words and commas between them allowed), or None."""
    words = list(_NAME_WORD.finditer(body, max(0, at - 160), at))
    # the acronym's endings the words read so far may spell: "of" may give its "O" ("Department
    # of Transportation (DOT)") or nothing ("State Office of Radio, Film and Screen (SORFS)")
    endings = {""}
    for k in range(len(words) - 1, -1, -1):
        w = words[k].group(0)
        if w in _SMALL:
            if w in ("of", "and"):
                # ("United Nations Conference on Trade and Development (UNCTAD)": "and" gives its A)
                letter = w[0].upper()
                endings |= {letter + x for x in endings if acronym.endswith(letter + x)}
            continue
        if not w[0].isupper():
            return None
        # "UN Economic Commission for Europe (UNECE)": an all-capital word gives all its letters
        lead = w if w.isupper() and 1 < len(w) <= 4 and w.isalpha() and acronym.startswith(w) else w[0]
        leads = {lead}
        if "-" in w:
            # "Association of South-east Asian Nations (ASEAN)": each part may give its letter
            leads.add("".join(part[0].upper() for part in w.split("-") if part))
        endings = {lead + x for lead in leads for x in endings if acronym.endswith(lead + x)}
        if acronym in endings:
            return " ".join(body[words[k].start() : words[-1].end()].split())
        if not endings:
            return None
    return None


#: An acronym with small letters for its small words: "TfL", "DfE", "DoJ".
_MIXED_ACRONYM = re.compile(r"(?=[A-Za-z]*[a-z])[A-Z](?:[a-z]?[A-Z])+")
_ACRONYM_SMALL_WORDS = ("for", "of", "and", "on", "in", "the", "to")

#: Words that name nothing without the figure after them ("Number 10", "No. 7", "Figure 3").
_COUNTING_WORDS = frozenset("number no nos figure table page chapter section article item".split())


#: Members of a body, speaking as it: "MPs said" after the committee the article is about.
_MEMBERS = frozenset("mps msps meps ams peers senators lawmakers legislators congressmen councillors".split())


#: Plural and indefinite words that open a sentence capitalised but name nobody.
_GROUP_WORDS = L.PLURAL_NOUNS | frozenset(
    """
reports users commentators others companies fans traders investors teachers readers viewers
customers shoppers someone anyone everyone somebody anybody everybody hundreds thousands millions
dozens optimists pessimists correspondents millennials ecologists judges insiders staff
man woman boy girl child baby teenager teen person people family couple
""".split()
)


#: The body nouns other languages write in names: "Banco Santander", "Compagnie Generale".
_FOREIGN_BODY_WORDS = {
    "bank": ("banco", "banca", "banque", "bankhaus", "banka"),
    "company": ("compagnie", "compania", "compañía", "societe", "société", "gesellschaft"),
    "group": ("groupe", "grupo", "gruppo"),
    # (one body in American and British English: "the railroad" is "Great Plains & Western Railway")
    "railroad": ("railway", "railways"),
    "railway": ("railroad", "railroads"),
    # (what a hospital is called in its own name: "St. Adalbert Medical Center", "Royal Infirmary")
    "hospital": ("infirmary", "medical center", "medical centre", "health centre", "health center"),
}


#: Short forms wires use for a body whose full name the article gives: "the Fed".
_SHORT_FORMS = {"Fed": "Federal Reserve"}
#: Words a holding company's or bank's name goes on with after its short form.
_HOLDING_HEADS = L.HOLDING_WORDS


#: Last words of an institution that the press names with its town: "Federal Medical Centre, Ilemoro".
_SITED_HEADS = frozenset("centre center hospital college polytechnic university infirmary".split())
#: A town and its region after an institution's name: ", Ilemoro, Ondo State,".
_TOWN_AND_REGION = r",[ \t]+([A-Z][a-z]+),[ \t]+[A-Z][a-z]+(?:[ \t]+State)?,"


#: A union local's number after "Local": "Local| 418".
_LOCAL_NUMBER = re.compile(r"[ \t]+(\d{1,5})\b")
#: A public body "of" one remit, as its name runs on: "Wisconsin Department of Agriculture".
_OF_REMIT = re.compile(r"\b(?:Department|Ministry|Office|Agency|Bureau|Secretary|Division)[ \t]+of[ \t]+[A-Z][\w-]*$")


#: A saint's name as it opens an institution's: "St. Aidan", "Saint Brendan".
_SAINT = re.compile(r"(?:St\.?|Saint)[ \t]+[A-Z][\w-]*$")


def _joined_remits(body: str, mentions: list) -> list:
    """Join a public body's name to the list of remits it goes on with past a comma ("Wisconsin
    Department of Agriculture, Trade and Consumer Protection"), and a saint's name to the
    institution it opens ("St. Aidan's Mission Hospital"), which the runs split in two."""
    out: list = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _SAINT.match(prev.name)
            and body[prev.end : prev.end + 2] in ("'s", "’s")
            and m.start == prev.end + 3
        ):
            # "St. Aidan's Mission Hospital", "St Brendan’s Regional Medical Center": a saint's
            # name opens the institution's, past its possessive
            out[-1] = replace(
                prev, end=m.end, name=f"{prev.name}{body[prev.end : prev.end + 2]} {m.name}", subject=m.subject
            )
            continue
        if (
            prev is not None
            and _OF_REMIT.search(prev.name)
            and m.start == prev.end + 2
            and body.startswith(", ", prev.end)
            and " and " in m.name
            and all(w[:1].isupper() or w == "and" for w in m.name.split())
        ):
            out[-1] = replace(prev, end=m.end, name=f"{prev.name}, {m.name}", subject=prev.subject or m.subject)
            continue
        out.append(m)
    return out


def shares_lead(body: str, items) -> int:
    """How many items of a capitalised run are the words a company's shares open it with:
    "Shares of Vantara Tyres fell" names the company after two; 0 for any other run."""
    if (
        len(items) > 2
        and body[items[0][0] : items[0][1]] in ("Shares", "Stock", "Units")
        and body[items[1][0] : items[1][1]] in ("of", "in")
    ):
        return 2
    return 0


def _has_word(name: str, word: str) -> bool:
    """Whether an organisation's name has the body noun ``word``: as a word, in the plural
    ("Skyward Airlines"), ending a compound ("Den Norske Creditbank", "Bundesbank"), in
    another language ("Banco Santander") or another English ("Railway" for "railroad")."""
    foreign = _FOREIGN_BODY_WORDS.get(word, ())
    low = name.lower()
    return any(
        w in (word, word + "s") or (len(word) >= 4 and w.endswith(word)) or w in foreign for w in low.split()
    ) or any(" " in f and re.search(rf"\b{f}\b", low) for f in foreign)


def _low_body_noun(name: str) -> bool:
    """A capitalised body noun standing alone ("Bank", "Party"): the short form of a name."""
    return " " not in name and name[:1].isupper() and name.lower() in _BODY_NOUNS


def _non_entity(name: str) -> bool:
    """A date, holiday, award, show, single letter or pronoun: never a speaker."""
    words = name.replace("’", "'").split()
    if not words:
        return True
    low = [w.lower().strip(".,'") for w in words]
    if all(len(w) <= 1 for w in low):
        return True  # "B" of "B&B"
    if len(low) == 1 and (low[0] in _PRONOUNS or low[0].split("'")[0] in _PRONOUNS or low[0] in _COUNTING_WORDS):
        return True  # "Number" of "Number 10": a label cut from its figure
    if len(low) > 1 and low[-1] in L.GEO_TAIL_WORDS and "of" not in low:
        return True  # "the Murray-Darling Basin", "South China Sea": a natural feature says nothing
    if len(low) == 1 and low[0] in _GROUP_WORDS:
        return True  # "Analysts said", "Reports said": an unnamed group or source, no name
    if words[-1] in L.MEASURE_ACRONYMS:
        return True  # "West German GNP": a figure
    if name in L.HOLIDAYS or " ".join(words[-2:]) in L.HOLIDAYS:
        return True
    if all(w in L.MONTHS or w in L.WEEKDAYS or w.isdigit() or w in ("of", "the") for w in low):
        return True
    if low[-1] in _AWARD_WORDS:
        return True
    if any(w in _MEDIA_SHOW_WORDS for w in low) and low[-1] not in L.ORG_WORDS and low[-1] not in L.BODY_NOUNS:
        return True  # (but "the Merrigal Show Society" is the body that runs the show)
    return False


def settle_kinds(mentions, people) -> None:
    """One kind per speaker in an article: a name that "it" or "the company" stood for
    somewhere is an organisation everywhere, unless the article names it as a person."""
    orgs = {m.speaker for m in mentions if m.kind == ORGANISATION}
    for m in mentions:
        if m.speaker in orgs and m.kind == PERSON and not _is_person(people, m.speaker):
            m.kind = ORGANISATION


#: A company form right after a name, one space or a comma between: " Inc", ", Ltd".
_FORM_RIGHT_AFTER = re.compile(r"(?:,[ \t]|[ \t])(Inc|Corp|Co|Ltd|Plc|PLC|plc|LLC|AG|SA|NV|Corporation|Limited)\b")
#: A word that may belong to a name before it: a capitalised one, a possessive, a particle.
_NAME_WORD_BEFORE = re.compile(
    r"(?:\b[A-Z][\w&.-]*|['’]s?|\b(?:en|de|van|von|der|of|and|und|et|y|da|do|del|la|le))[ \t]+$"
)


#: "it" saying something: " said", " added".
_IT_SAYS = re.compile(
    r"[ \t]+(?:also[ \t]+)?(?:said|says|added|adds|told|tells|wrote|writes|stated|states|warned|warns|argued|"
    r"insisted|continued|went[ \t]+on)\b"
)


def its_after_a_body(ctx, mentions) -> None:
    """A quotation cued by "it" that no organisation was found for, right after one a body was
    given in the same paragraph, in its sentence or the one before, with no one named between
    ('In a statement, the association said it was “deeply concerned”. “...,” it said'): that
    body's. ``mentions`` are in text order."""
    body = ctx.body
    last = None
    for m in mentions:
        if m.speaker is not None and m.kind == ORGANISATION:
            last = m
            continue
        if (
            last is not None
            and m.speaker is None
            and m.direct
            and m.speaker_start is not None
            and body[m.speaker_start : m.speaker_end].lower() == "it"
            and _IT_SAYS.match(body, m.speaker_end)
            and "\n" not in body[last.start : m.start]
            and ctx.sentence_of(last.start) >= ctx.sentence_of(m.start) - 1
            and not ctx.people.named_in(last.end, m.start)
        ):
            m.speaker, m.kind = last.speaker, ORGANISATION
            last = m


def with_company_form(body: str, mentions) -> None:
    """An organisation speaks under the fullest name the article writes for it: its company
    form too ("Quillfield Inc." for "Quillfield"), which name matching left off."""
    forms: dict[str, str] = {}
    for m in mentions:
        if m.kind != ORGANISATION or not m.speaker or m.speaker in forms:
            continue
        # the name as written whole, not the end of a longer one: "Moody's Investors Service Inc"
        fm = written_with(body, m.speaker, _FORM_RIGHT_AFTER, _NAME_WORD_BEFORE)
        forms[m.speaker] = f"{m.speaker} {fm.group(1)}" if fm is not None else m.speaker
    for m in mentions:
        if m.kind == ORGANISATION and m.speaker in forms:
            m.speaker = forms[m.speaker]


#: People who speak for where they work, in the plural: "economists", "company officials".
_STAFF_NOUNS = "|".join(sorted(L.STAFF_NOUNS))
_STAFF = re.compile(
    r"(?:[Tt]he[ \t]+)?((?:[A-Z][\w&'’.-]*[ \t]+){0,4})(?:senior[ \t]+|chief[ \t]+|top[ \t]+)?(?:"
    + _STAFF_NOUNS
    # "Economists at Varden Brothers Inc were more succinct": the noun opening a sentence
    + "|"
    + _STAFF_NOUNS.title()
    + r")((?:[ \t]+(?:at|of|with|from)[ \t]+.*)?)",
    re.S,
)
_STAFF_AT = re.compile(
    r"[ \t]+(?:at|of|with|from)[ \t]+(?:the[ \t]+)?([A-Z][\w&'’.-]*(?:[ \t]+(?:and|&|[A-Z][\w&'’.-]*))*)"
)


def _staff_of(body: str, orgs: Organisations, mention: str, s: int, e: int) -> str | None:
    """The organisation whose staff (plural, unnamed) a mention is: "economists at X" (the
    body named after the mention or inside it) or "X officials" (named before the noun); never
    a place's or a nation's people ("Japanese officials", "U.S. officials")."""
    m = _STAFF.fullmatch(mention.strip())
    if m is None:
        return None
    if m.group(2):
        am = _STAFF_AT.match(m.group(2))
    else:
        am = _STAFF_AT.match(body, e)
    if am is not None:
        name = am.group(1).rstrip(".")
    elif m.group(1).strip():
        name = m.group(1).strip()
    else:
        return None
    words = _strip_suffixes(name.split())
    while words and words[-1] in ("and", "&"):
        words.pop()
    name = " ".join(words)
    if not name or _non_entity(name) or name in L.DEMONYMS or _is_place_name(name):
        return None
    if any(w.lower() in _MEMBERS for w in words):
        return None  # "Labour MPs": members, no body
    if len(words) == 1 and (
        name.lower() in _BODY_NOUNS or re.search(r"\b" + re.escape(name.lower()) + r"\b", body) is not None
    ):
        return None  # "Party strategists", "Media analysts": a common noun opening a sentence
    if len(words) == 1 and not name.isupper() and not orgs._proper(name, s):
        return None  # "Media analysts": capitalised only where a sentence opens
    orgs._build()
    known = {o.name for o in orgs.mentions}
    if name in known or orgs.canonical(name) in known:
        full = orgs.canonical(name)
    else:
        full = orgs.containing(name)
        if full not in known:
            return None  # capitalised words the article never names as a body
    return None if any(w.lower() in _MEMBERS for w in full.split()) else full


#: One unnamed person who speaks from inside a body ("a senior officer of the Delhi Police"), as
#: a mention's head.
_MEMBER_HEADS = "official|officer|source|steward|insider|staffer"
_MEMBER_MENTION = re.compile(r"(?:an?|one|the)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}(" + _MEMBER_HEADS + r")")
#: A body's name in capitals, its small joining words allowed: "Ministry of Lands and Forestry".
_BODY_NAME = "(" + ORG_NAME + ")"
#: The body such a person is introduced with, right after the head noun.
_MEMBER_BODY = re.compile(r"[ \t]+(?:of|at|with|from|in|attached[ \t]+to)[ \t]+(?:the[ \t]+)?" + _BODY_NAME)
#: The introduction itself, anywhere in the text: "An official of the Election Commission".
_MEMBER_INTRO = re.compile(r"\b(?:[Aa]n?|[Oo]ne)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}(" + _MEMBER_HEADS + r")\b")


#: A document's maker set off after it: ", published by the ", ", written by ".
_MADE_BY_AFTER = re.compile(
    r",?[ \t]+(?:written|published|issued|signed|released|compiled|prepared|drafted|authored|co-signed|filed|"
    r"brought|lodged)"
    # (a time or a place may come before the agent: "released Tuesday by", "filed in county court by")
    r"(?:[ \t]+[^,;.\n]{1,40}?)?[ \t]+by[ \t]+(?:the[ \t]+)?" + _BODY_NAME
)
#: A relative clause saying who made a document, before their lower-case office and name:
#: ", which was signed by chief executive ".
_MADE_BY_PERSON_AFTER = re.compile(
    r",?[ \t]+(?:(?:which|that)[ \t]+(?:was|is|had[ \t]+been|has[ \t]+been)[ \t]+)?(?:written|signed|co-signed|"
    r"sent|issued|drafted|authored)[ \t]+by[ \t]+(?:(?:its|the|their)[ \t]+)?(?:[a-z-]+[ \t]+){0,3}"
)
_A_DOCUMENT = re.compile(
    r"(?:the|a|an|its|their)[ \t]+(?:[a-z-]+[ \t]+){0,2}("
    + "|".join(sorted(L.DOCUMENT_NOUNS | L.COURT_FILINGS | {"study", "survey"}))
    + r")"
)


def _document_by(ctx, orgs: Organisations, mention: str, s: int, e: int) -> tuple[str, str] | None:
    """(maker, kind) of a document the mention names, when the participle after it says who
    made it: "The letter, published by the Australian Climate Risk Institute on behalf of its
    signatories, says"; None otherwise."""
    dm = _A_DOCUMENT.fullmatch(mention.lower())
    if dm is None:
        return None
    bm = _MADE_BY_AFTER.match(ctx.body, e)
    pm = _MADE_BY_PERSON_AFTER.match(ctx.body, e) if bm is None else None
    if pm is not None:
        # "said the letter, which was signed by chief executive Fergal Nagle": the person who
        # signed it, their office written before the name
        k = bisect_left(ctx.people.starts, pm.end())
        if k < len(ctx.people.mentions) and ctx.people.mentions[k].start == pm.end():
            return ctx.people.mentions[k].name, PERSON
    if bm is None and mention[:4].lower() == "the ":
        # "The report also warned that ..." after "A report prepared for the town by Harbourline
        # Municipal Advisors estimated ...": the maker of the one the sentences before introduced
        intro = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z-]+[ \t]+){0,2}" + dm.group(1) + r"\b")
        si = ctx.sentence_of(s)
        for sj in range(si - 1, max(-1, si - 4), -1):
            ss, se = ctx.sentences[sj]
            bm = next(
                (b for im in intro.finditer(ctx.body, ss, se) if (b := _MADE_BY_AFTER.match(ctx.body, im.end()))), None
            )
            if bm is not None:
                break
    if bm is None:
        return None
    ppl = ctx.people
    k = bisect_left(ppl.starts, bm.start(1))
    if k < len(ppl.mentions) and ppl.mentions[k].start == bm.start(1):
        return ppl.mentions[k].name, PERSON
    name = " ".join(_strip_suffixes(bm.group(1).rstrip(".").split()))
    if not name or _non_entity(name) or name in L.DEMONYMS or _is_place_name(name):
        return None
    return orgs.canonical(name), ORGANISATION


def _member_of(ctx, orgs: Organisations, mention: str, s: int, e: int) -> str | None:
    """The body an unnamed insider speaks from: "said an official of the Election Commission",
    and "the official said" after "A senior official of the Finance Ministry, who asked not to be
    named, said ..." within the four sentences before. Only a body the article names as one
    (never a place: "an official in Lahore")."""
    m = _MEMBER_MENTION.fullmatch(mention.lower())
    if m is None:
        return None
    body = ctx.body
    bm = _MEMBER_BODY.match(body, e)
    if bm is None and mention[:3].lower() == "the":
        lo = ctx.sentences[max(0, ctx.sentence_of(s) - 4)][0]
        intro = None
        for im in _MEMBER_INTRO.finditer(body, lo, s):
            if im.group(1).lower() == m.group(1):
                intro = im
        bm = _MEMBER_BODY.match(body, intro.end()) if intro is not None else None
    if bm is None:
        return None
    words = _strip_suffixes(bm.group(1).rstrip(".").split())
    while words and words[-1].lower() in ("and", "&", "of", "for"):
        words.pop()
    name = " ".join(words)
    if not name or _non_entity(name) or name in L.DEMONYMS or _is_place_name(name):
        return None
    orgs._build()
    known = {o.name for o in orgs.mentions}
    if name in known or orgs.canonical(name) in known:
        return orgs.canonical(name)
    full = orgs.containing(name)
    return full if full in known else None


#: A document spoken of as one the reader knows: "the report", "today's survey", "the latest
#: survey".
_THIS_DOCUMENT = re.compile(
    r"(?:the|today's|yesterday's|today’s|yesterday’s|this)[ \t]+(?:(?:latest|new|monthly|weekly|quarterly|annual)[ \t]+)?[a-z]+"
)
#: A document no one is named for: "A high command communique", "a military statement".
_UNNAMED_DOCUMENT = re.compile(
    r"[Aa]n?[ \t]+(?:[a-z][\w-]*[ \t]+){1,3}(?:communique|communiqué|statement|bulletin|announcement)"
)
#: A sentence that opens (after its dateline) with a body or country saying something.
_BODY_SAID = re.compile(
    r"\s*(?:[A-Z][A-Za-z .,'’-]*,[ \t]+[A-Z][a-z]+[ \t]+\d{1,2}[ \t]+-[ \t]+)?"
    r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]+(?:also[ \t]+)?(?:said|says|reported|announced)\b"
)
#: A country's body written in lower case: "the French finance ministry", "the British embassy".
_NATIONAL_BODY = re.compile(
    r"(?:[Tt]he[ \t]+)?([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)?)[ \t]+((?:[a-z]+[ \t]+){0,2}"
    r"(?:ministry|department|embassy|government|cabinet|treasury|parliament|consulate|legation|delegation|"
    r"military|army|navy|air[ \t]+force|coast[ \t]+guard))"
)


#: Peoples whose government is a devolved one, called by its own name ("Welsh Government").
_DEVOLVED = frozenset({"Scottish", "Welsh"})


def _national_body(nb: re.Match) -> str:
    """The name of a ``_NATIONAL_BODY`` match: the body as written ("French finance ministry"),
    or for a whole government the country ("Cuban government" -> "Cuba")."""
    if nb.group(2) == "government" and nb.group(1) in _DEVOLVED:
        return f"{nb.group(1)} Government"  # ("the Scottish government": not the UK's, Scotland's own)
    if nb.group(2) in ("government", "cabinet", "delegation"):  # ("the Australian delegation": Australia's voice)
        from .places import gazetteer

        entry = gazetteer().get(nb.group(1))
        return L.DEMONYMS.get(nb.group(1)) or (entry.place if entry is not None else nb.group(1))
    return f"{nb.group(1)} {nb.group(2)}"


def _is_place_name(name: str) -> bool:
    from .places import gazetteer

    return name in gazetteer() or name.rstrip(".").replace(".", "") in ("US", "UK", "EU", "USSR")


_STATE_ABBREV: re.Pattern | None = None


def _state_after(body: str, e: int) -> bool:
    """Whether a US state's abbreviation follows ``e`` after a comma ("Chatsworth, Calif.,"),
    as it follows a town's name."""
    global _STATE_ABBREV
    if _STATE_ABBREV is None:
        from .places import gazetteer

        gaz = gazetteer()
        abbrevs = [
            k
            for k, v in L.PLACE_ALIASES.items()
            if len(k) <= 6 and gaz.get(v) is not None and gaz[v].kind == "state" and gaz[v].country == "United States"
        ]
        _STATE_ABBREV = re.compile(r",[ \t]+(?:" + "|".join(re.escape(a.rstrip(".")) for a in abbrevs) + r")\.?,")
    return _STATE_ABBREV.match(body, e) is not None


def _one_company(body: str, rest) -> bool:
    """Whether a run of name words is one company written with its form somewhere ("McDonnell
    Douglas Corp", "Aubrey G. Lanston and Co Inc"), not two names joined by "and"."""
    words = _strip_suffixes(body[rest[0][0] : rest[-1][1]].split())
    return (
        len(words) >= 2
        and "and" not in words
        and "&" not in words
        and (_written_with_form(body, " ".join(words)) or written_before(body, " ".join(words), _AND_FORM_AFTER))
    )


def _unnamed_collective_before(body: str, noun: str, s: int) -> bool:
    """Whether the last ``noun`` written in the few sentences before ``s`` was an unnamed body
    of many, the object of a verb ("owes a group of banks", not "Acme, a group of companies")."""
    last = None
    for m in re.compile(r"\b" + re.escape(noun) + r"\b").finditer(body, max(0, s - 400), s):
        last = m
    if last is None:
        return False
    before = body[max(0, last.start() - 40) : last.start()]
    return (
        re.search(r"(?<![,;:])[ \t]+(?:a|an)[ \t]+(?:[a-z-]+[ \t]+)?$", before) is not None
        and re.search(r"\b(?:is|was|are|were|be|as|become|became)[ \t]+(?:a|an)[ \t]+(?:[a-z-]+[ \t]+)?$", before)
        is None
        and re.match(r"[ \t]+of[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z]+s\b", body[last.end() : last.end() + 60]) is not None
    )


def _two_bodies(body: str, s: int, e: int, words: list[str]):
    """The spans of two names of two or more words each joined by "and" in ``body[s:e]`` (no
    company form after the second, as in "Kohlberg Kravis Roberts and Co"), or None."""
    if words.count("and") != 1 or len(body[s:e].split()) != len(words):
        return None
    i = words.index("and")
    if i < 2 or len(words) - i - 1 < 2 or any(w[:1].islower() for w in words if w != "and"):
        return None
    left = body.find(" and ", s, e)
    right = _WS_RUN.match(body, left + 5).end()
    # each a body the article also names on its own, not "Food and Drug Administration"
    whole = body.count(" ".join(body[s:e].split()))
    for a, b in ((s, left), (right, e)):
        if body.count(body[a:b]) - whole < 1:
            return None
    return (s, left), (right, e)


def _countries_in(words: list[str]) -> set[str]:
    """The countries of the places and demonyms among ``words``, longest names first ("New
    York" is in the United States, not the York of England)."""
    from .places import gazetteer

    gaz = gazetteer()
    out: set[str] = set()
    i = 0
    while i < len(words):
        for k in (3, 2, 1):
            entry = gaz.get(" ".join(words[i : i + k])) if i + k <= len(words) else None
            if entry is not None and entry.country is not None:
                out.add(entry.country)
                i += k
                break
        else:
            i += 1
    return out


def _other_country(mention: str, name: str) -> bool:
    """Whether "the German exchange" cannot be ``name`` ("London Stock Exchange"): the mention's
    nationality is given and the name places the body in another country."""
    own = _countries_in([w for w in mention.split() if w[:1].isupper()])
    if not own:
        return False
    theirs = _countries_in(name.split())
    return bool(theirs) and not theirs & own


def _org_named(orgs: Organisations, name: str, s: int, e: int):
    """The resolved result for an organisation written ``name`` (company-form suffixes off)."""
    return orgs.canonical(" ".join(_strip_suffixes(name.split()))), s, e, None, ORGANISATION


def _author(people, orgs: Organisations, name: str, s: int, e: int):
    """The resolved result for an author or issuer written ``name``: the person, when the
    article names one so, else the organisation."""
    if _personal(people, name):
        full = people.resolve_name(name)
        return full, s, e, people.roles.get(full), PERSON
    return _org_named(orgs, name, s, e)


def _company_opening_with(orgs, name: str) -> str | None:
    """The one organisation the article names whose name is ``name`` and a word for a company
    after it ("Golden Lotus Foods" for "Golden Lotus"), else None."""
    orgs._build()
    longer = {
        m.name
        for m in orgs.mentions
        if m.name.startswith(name + " ")
        and len(m.name.split()) <= len(name.split()) + 2
        # ("Marsh & McLennan": a partnership's first name is the firm too)
        and (m.name.split()[-1].lower() in L.ORG_WORDS or m.name.startswith(name + " & "))
    }
    return longer.pop() if len(longer) == 1 else None


def _personal(people, name: str) -> bool:
    """Whether ``name`` is a person's: one the article names as a person with a first name
    or a title ("Tony Blair's spokesman"), not capitalised words the name finder took for one."""
    full = people.resolve_name(name)
    if full not in people.roles:
        return False
    g = people.gender.get(full)
    # a title or a first name, not a pronoun that was resolved to it (weakest evidence, 0)
    # (a man's or a woman's given name anywhere: "Laurence", "Jean")
    return (g is not None and g[0] is not None and g[1] > 0) or first_name_gender(
        full.split()[0], english=False
    ) is not None


def _is_person(people, name: str) -> bool:
    return name in people.roles


def resolve(ctx, orgs: Organisations, res):
    """``(speaker, mention start, mention end, role)`` -> the same with the speaker as an
    entity's name, plus its kind: ``(speaker, start, end, role, kind)``."""
    if res is not None and res[1] is not None and _A_LAW.search(ctx.body, res[1], res[2]):
        lm = _ENACTED_BY.match(ctx.body, res[2])
        if lm is not None and not _non_entity(lm.group(1)):
            # "City Ordinance No. 2023-14, passed by the Batis City Council last year, states":
            # the body that made the law (whatever the words of its name were taken for)
            return _author(ctx.people, orgs, lm.group(1), res[1], res[2])
    out = _resolve(ctx, orgs, res)
    if out is not None and out[0] and out[4] == PERSON and not _personal(ctx.people, out[0]):
        longer = _company_opening_with(orgs, out[0])
        if longer is not None:
            # "Golden Lotus said in a statement" after "Golden Lotus Foods said": the company
            # named in full, not a person with no given name or title
            out = (longer, out[1], out[2], None, ORGANISATION)
    if (
        out is not None
        and out[0]
        and out[0].endswith(("'s", "’s"))
        and len(out[0]) > 2
        and not _written_with_form(ctx.body, out[0])
        # "Sainsbury's said": a name the article writes with its 's as a cue's subject
        and not written_before(ctx.body, out[0], NAME_CLAUSE_END)
    ):
        # "Deutsche Boerse's bid ... it said": the body, not its possessive (but "Standard and
        # Poor's Corp" is a name that ends so)
        out = (out[0][:-2], *out[1:])
    if out is not None and out[0] and " " not in out[0] and out[0].lower() in _BODY_NOUNS and out[4] != PERSON:
        # "Company", "Government": a common noun that opened a sentence, no body's name; "the
        # Commission" is the one commission the article names most, when it names one
        full = orgs.full_form(out[0], out[1] if out[1] is not None else len(ctx.body))
        out = (full, *out[1:]) if " " in full else (None, out[1], out[2], None, None)
    if out is not None and out[0] and _STREET_END.search(out[0]):
        # "Downing St said": the street's name as the article writes it in full elsewhere
        out = (_STREET_END.sub(" Street", out[0]), *out[1:])
    if out is not None and out[0] in L.DEMONYMS and out[4] == ORGANISATION:
        # "The Greek statement", "the Dutch spokesman": the country's, not a word about it
        out = (L.DEMONYMS[out[0]], *out[1:])
    return out


#: A town named as its team, opening a sentence with a plural verb: "Middlesbrough have confirmed".
_TOWN_TEAM = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+(?:have|are|were)\b")
#: Two bodies spoken of together: "the companies", "the two firms", "both banks".
_THE_PAIR = re.compile(r"(?:the|both)[ \t]+(two[ \t]+)?(?:companies|firms|groups|banks|carriers|airlines|retailers)")
#: What two bodies say together: "said in a joint statement", "said jointly".
_JOINTLY = re.compile(r"[ \t]*(?:\w+[ \t]+){0,2}(?:in[ \t]+a[ \t]+joint\b|jointly\b)")
#: What may come before a sentence's subject: "", "But ", "On Monday, ".
_OPENS_WITH = re.compile(r"\s*(?:(?:But|And|On|In|Now|Meanwhile|However)\b[^,]{0,30},?\s*)?$")
#: A street's short form ending a body's name ("Downing St", "Wall St."), never "St Helens".
_STREET_END = re.compile(r"(?<=\w) St\.?$")
#: A stock index's size after its name, in a description: "The FTSE 250 company".
_INDEX_NUMBER = re.compile(r"[ \t]+\d{2,4}\b")
#: What a company's shares are written as, before its name: "Shares in ", "shares of ".
_SHARES_IN = re.compile(r"\b[Ss]hares[ \t]+(?:in|of)[ \t]+$")
#: A time phrase ending a source's description: "this month", "on Monday", "yesterday".
_TIME_TAIL = re.compile(
    r"[ \t]+(?:(?:this|last|next|earlier|later)[ \t]+(?:week|month|year|[A-Z][a-z]+day)|on[ \t]+[A-Z][a-z]+day|"
    r"today|yesterday|tonight|here)$"  # ("the embassy here": where the wire files from)
)
#: Where a body put what it said, after the body: " in its report", " in a statement".
_PLACED_TAIL = re.compile(
    r"[ \t]+in[ \t]+(?:its|their|a|an|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:report|statement|communique|letter)$"
)
#: A nation named by its people: "the French", "the Dutch" (not a plural such as "the Americans").
_THE_NATION = re.compile(r"[Tt]he[ \t]+([A-Z][a-z]+(?:ch|sh|se|ese))")
#: A possessive pronoun and a noun for what someone said: "Her answer", "His reply".
_HIS_WORDS = re.compile(
    r"([Hh]is|[Hh]er)[ \t]+(?:answer|reply|response|retort|message|verdict|advice|explanation|"
    r"conclusion|warning|prediction|promise|pledge|plea|words|comment|comments|view|argument)"
)


#: A body set to speak in a relative clause after its name: ", which says".
_WHICH_SAYS = re.compile(r",[ \t]+which[ \t]+(?:says|said|argues|argued|maintains|maintained|insists|insisted)\b")
#: A study or a guide and the body it is by: "A 2022 study by |the Center for Rural Commerce|".
_STUDY_BY = re.compile(
    r"(?:[Tt]he|[Aa]n?)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    + STUDY_NOUNS
    + r"[ \t]+(?:by|from)[ \t]+(?:the[ \t]+)?"
    + _BODY_NAME
)
#: One more of someone's posts: "Another post", "A later tweet".
_ANOTHER_POST = re.compile(
    r"(?:[Aa]nother|[Aa][ \t]+(?:later|second|further|separate)|[Aa]n[ \t]+earlier)[ \t]+"
    r"(?:post|tweet|message|video|caption|update)"
)
#: A named subject posting something: "Tolliver| posted a photo".
_POSTED_AFTER = re.compile(r"[ \t]+(?:also[ \t]+)?(?:posted|tweeted|shared|uploaded|wrote[ \t]+on)\b")


def _poster_before(ctx, s: int) -> str | None:
    """The one person the two sentences before ``s`` say posted something, or None."""
    ppl = ctx.people
    si = ctx.sentence_of(s)
    lo = ctx.sentences[max(0, si - 2)][0]
    found = {
        m.name
        for m in ppl.mentions[bisect_left(ppl.starts, lo) : bisect_left(ppl.starts, s)]
        if not m.in_quote and _POSTED_AFTER.match(ctx.body, m.end)
    }
    return found.pop() if len(found) == 1 else None


#: A body's governing board: "the hospital's board of governors", "the club's trustees".
_BODY_BOARD = re.compile(
    r"([Tt]he[ \t]+(?:[a-z-]+[ \t]+)?(?:"
    + "|".join(sorted(L.BODY_NOUNS))
    + r"))['’]s[ \t]+(?:[a-z-]+[ \t]+)?(?:board|trustees|governors|directors)(?:[ \t]+of[ \t]+(?:governors|directors|trustees))?"
)


#: A document a body made, called by its common noun: "A petition launched by the association".
_DOCUMENT_BY_BODY = re.compile(
    r"(?:[Tt]he|[Aa]n?)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:petition|letter|statement|leaflet|newsletter|notice|submission|sign|post)"
    r"[ \t]+(?:(?:launched|started|issued|published|written|signed|released|sent|organised|organized|circulated)"
    # ("the notice from the store read")
    r"[ \t]+by|from)[ \t]+((?:the|its|their)[ \t]+[a-z]+)"
)
#: A body's own account that posts for it: "The Dairy Bar's Instagram account".
_BODYS_ACCOUNT = re.compile(
    r"(?:[Tt]he[ \t]+)?([A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,4})['’]s[ \t]+(?:official[ \t]+)?"
    r"(?:(?:Instagram|Facebook|Twitter|X|TikTok|social[ \t]+media|LinkedIn|YouTube)[ \t]+)?(?:account|page|feed)"
)
#: A business described by its trade right after its name: ", which manages".
_WHICH_TRADES = re.compile(
    r",[ \t]+which[ \t]+(?:owns|manages|runs|operates|makes|builds|sells|employs|supplies|provides)\b"
)


def _described_business_before(ctx, orgs: Organisations, s: int) -> OrgMention | None:
    """The one organisation the sentence before ``s`` describes by its trade ("Lakeshore
    Residential, which manages about 2,000 apartments"), else None."""
    si = ctx.sentence_of(s)
    if si == 0:
        return None
    ps, pe = ctx.sentences[si - 1]
    found = [
        m
        for m in orgs.mentions[bisect_left(orgs.starts, ps) : bisect_left(orgs.starts, pe)]
        if _WHICH_TRADES.match(ctx.body, m.end)
    ]
    return found[0] if len(found) == 1 else None


#: An event's organisers, unnamed: "tournament organisers", "the race organizers".
_ORGANISERS = re.compile(
    r"(?:[Tt]he[ \t]+)?(?:(?i:tournament|race|event|festival|show|competition|marathon)[ \t]+)?organi[sz]ers"
)
#: A named event: "the Kenwood Open", "this year's Tamarbridge Marathon".
#: (the last words that make a run an event's and no person's, and some a person's name may end
#: with too: "Open", "Show", "Fair")
_EVENT_NAME = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'-]+[ \t]+){1,4}?(?:"
    + "|".join(
        sorted(
            {w.capitalize() for w in L.EVENT_TAIL_WORDS}
            | {"Open", "Games", "Show", "Fair", "Classic", "Gala", "Fringe"}
        )
    )
    + r"))(?![\w’'-])"
)


def _event_named(body: str, at: int) -> str | None:
    """The one event the article names before ``at`` (the headline included), else None."""
    names = {m.group(1) for m in _EVENT_NAME.finditer(body, 0, at) if m.group(1).split()[0] not in ("The", "This")}
    return names.pop() if len(names) == 1 else None


def _resolve(ctx, orgs: Organisations, res):
    if res is None:
        return None
    name, s, e, role = res[:4]
    body = ctx.body
    if name is None and s is not None:
        tm = _TIME_TAIL.search(body, s, e)
        if tm is not None and tm.start() > s:
            e = tm.start()  # "said a China Daily editorial this month": the editorial
        pm = _PLACED_TAIL.search(body, s, e)
        if pm is not None and pm.start() > s:
            e = pm.start()  # "The committee in its report said": the committee
    mention = body[s:e] if s is not None else ""
    people = ctx.people
    if name is None and s is not None:
        low = mention.lower()
        org = None
        if _DET.match(mention) and low.rsplit(None, 1)[-1] in L.BODY_NOUNS:
            # "In a statement signed by its media officer, Obinna Agu, the club said:": the body
            # speaks in words one person signed, whose they are
            ss = ctx.sentences[ctx.sentence_of(s)][0]
            im = _IN_DOCUMENT.match(body, ss, s)
            sm = _SIGNED_BY.match(body, im.end(), s) if im is not None else None
            pm = ctx.person_in(sm.end(), s) if sm is not None and s - sm.end() < 80 else None
            if pm is not None and re.fullmatch(r",?[ \t]+", body[pm.end : s]):
                return pm.name, s, e, _role(people.roles.get(pm.name)), PERSON
        if _ORGANISERS.fullmatch(mention):
            event = _event_named(body, s)
            if event is not None:
                # "Last night tournament organisers said in a statement:" in a story about the
                # Kenwood Open: the event its organisers speak for
                return event, s, e, None, ORGANISATION
        am = _BODYS_ACCOUNT.fullmatch(mention)
        k = bisect_left(people.starts, s + am.start(1)) if am is not None else len(people.mentions)
        if k < len(people.mentions) and people.mentions[k].start == s + am.start(1):
            # "Ann Lee's Instagram account": hers
            who = people.mentions[k].name
            return who, s, e, _role(people.roles.get(who)), PERSON
        if am is not None and not _non_entity(am.group(1)) and not _is_place_name(am.group(1)):
            # "The Dairy Bar's Instagram account posted": the body whose account it is
            return orgs.canonical(am.group(1)), s, e, None, ORGANISATION
        dm = _DOCUMENT_BY_BODY.fullmatch(mention)
        got = _resolve(ctx, orgs, (None, s + dm.start(1), s + dm.end(1), None)) if dm is not None else None
        if got is not None and got[0] is not None and got[4] == ORGANISATION:
            # "A petition launched by the association ... reads:": the body "the association" is
            return got[0], s, e, None, ORGANISATION
        bm = _BODY_BOARD.fullmatch(mention)
        if bm is not None:
            got = _resolve(ctx, orgs, (None, s, s + bm.end(1), None))
            if got is not None and got[0] is not None and got[4] == ORGANISATION:
                # "the hospital's board of governors said": the body its board governs
                return got[0], s, e, None, ORGANISATION
        dm = _STUDY_BY.fullmatch(mention)
        if (
            dm is not None
            and not _non_entity(dm.group(1))
            and not _is_place_name(dm.group(1))
            and not RUNS_ON_AS_BODY.match(body, s + dm.end(1))
        ):
            # "A 2022 study by the Center for Rural Commerce found", "A 2019 guide from the Upper
            # Midwest Rural Roads Center encourages": the body whose study it is
            if not people.named_in(s + dm.start(1), s + dm.end(1)):  # ("An audit by City Auditor Ann Lee": hers)
                return orgs.canonical(" ".join(_strip_suffixes(dm.group(1).split()))), s, e, None, ORGANISATION
        am = _ANOTHER_POST.fullmatch(mention)
        if am is not None:
            poster = _poster_before(ctx, s)
            if poster is not None:
                # "Tolliver posted a photo with the caption ... ¶ Another post, from the following
                # month, read:": the one who posted the first
                return poster, s, e, _role(people.roles.get(poster)), PERSON
        nm = _THE_NATION.fullmatch(mention)
        if nm is not None and nm.group(1) in L.DEMONYMS:
            # "In a statement, the French said": the nation, that is its government, as "France said"
            return L.DEMONYMS[nm.group(1)], s, e, None, ORGANISATION
        cm = _AND_COLLEAGUES.fullmatch(mention)
        if cm is not None:
            k = bisect_left(people.starts, s)
            if k < len(people.mentions) and people.mentions[k].start == s and people.mentions[k].end == s + cm.end(1):
                # "Adeyemi and his co-authors wrote": the one named, for the team they lead
                who = people.mentions[k].name
                return who, s, people.mentions[k].end, _role(people.roles.get(who)), PERSON
        hm = _HIS_WORDS.fullmatch(mention)
        if hm is not None:
            # "Her answer: “Watch us.”": the woman the pronoun stands for
            pron = "she" if hm.group(1).lower() == "her" else "he"
            who = people.antecedent(s, ctx.sentences, ctx.sent_starts, pron, True)
            if who is not None:
                return who, s, e, _role(people.roles.get(who)), PERSON
        named = _named_in_description(body, mention)
        if named is not None:
            return orgs.canonical(named), s, e, None, ORGANISATION
        pm = _THE_PAIR.fullmatch(low)
        if pm is not None and (pm.group(1) or _JOINTLY.match(body, e, min(len(body), e + 50))):
            pair = orgs.pair_before(s)
            if (
                pair is not None
                and not any(n.split()[-1].lower() in _PUBLIC_HEADS or " and " in n for n in pair)
                and pair[0] not in pair[1]
                and pair[1] not in pair[0]
            ):
                # "the companies said in a joint statement" after "Harlow Foods ... agreed to acquire
                # Brightwater Brands": the two bodies the sentence that named them both is about
                return f"{pair[0]} and {pair[1]}", s, e, None, ORGANISATION
        tail = orgs.ending_with(mention, s)
        if tail is not None:
            # "The sheriff's office said" after "the Marston County Sheriff's Office": the body
            # whose name ends with the words of the description
            return orgs.canonical(tail), s, e, None, ORGANISATION
        om = _OWNERS_DOCUMENT.fullmatch(mention)
        tail = orgs.ending_with(om.group(1), s) if om is not None else None
        if tail is not None:
            # "“...,” the festival's announcement began" after "the Tuckahoe Creek Bluegrass
            # Festival": what the body whose name ends so put out speaks for it
            return orgs.canonical(tail), s, e, None, ORGANISATION
        tm = _THE_BODY.fullmatch(mention)
        if tm is not None and tm.group(1).split()[0].lower() in _BODY_OPENERS:
            # "The Department of Health said ...": a body's own name, with its article
            return orgs.canonical(" ".join(_strip_suffixes(tm.group(1).split()))), s, e, None, ORGANISATION
        author = _document_by(ctx, orgs, mention, s, e)
        if author is not None:
            # "The letter, published by the Australian Climate Risk Institute ..., says": whoever
            # the participle says made it
            return author[0], s, e, _role(people.roles.get(author[0])), author[1]
        member = _member_of(ctx, orgs, mention, s, e)
        if member is not None:
            # "“...,” the official said" after "A senior official of the Finance Ministry, who
            # asked not to be named, said": the body the unnamed official speaks from
            return member, s, e, None, ORGANISATION
        staff = _staff_of(body, orgs, mention, s, e)
        if staff is not None:
            # "said economists at Aubrey G. Lanston and Co", "The Lanston economists said":
            # the staff of a named body speak for it
            return orgs.canonical(staff), s, e, None, ORGANISATION
        if _DET.match(mention) and low.split()[-1] in _ISSUED_NOUNS:
            author = _author_after(body, e)
            if author is not None and not _non_entity(author):
                # "said a hand-written statement by Islamic Jihad ...": its author, named after it
                return _author(people, orgs, author, s, e)
            if _UNNAMED_DOCUMENT.fullmatch(mention):
                # "Iraq said its troops ... . A high command communique said ...": the country or
                # body that spoke just before issued it
                si = ctx.sentence_of(s)
                for sj in range(si - 1, max(-1, si - 3), -1):
                    bm = _BODY_SAID.match(body, *ctx.sentences[sj])
                    if bm is not None and (
                        _is_place_name(bm.group(1)) or orgs.inside(bm.start(1), bm.end(1)) is not None
                    ):
                        return _resolve(ctx, orgs, (bm.group(1), bm.start(1), bm.end(1), None))
        bm = _BODY_DOCUMENT.fullmatch(mention)
        if bm is not None:
            # "A bank study, carried by WAM, said": the one bank the article names
            org = orgs.dominant(s, bm.group(1).lower())
            if org is not None:
                return orgs.canonical(org.name), s, e, None, ORGANISATION
        am = _AUTHORED.fullmatch(mention)
        if am is not None and not _non_entity(am.group(1).strip()):
            author = _POSSESSIVE_END.sub("", am.group(1).strip())
            if author != am.group(1).strip() and _personal(people, author):
                return _author(people, orgs, author, s, e)  # "the Lee statement", "Lee's report"
            if _low_body_noun(author):
                # "The Bank's minutes": the bank the article names most, by its full name
                return orgs.canonical(orgs.full_form(author, s)), s, e, None, ORGANISATION
            # "the Pew report": the body named in it, by the fullest name the article gives it
            return orgs.containing(author), s, e, None, ORGANISATION
        signer = _signer(ctx, s, e) if _DET.match(mention) and low.rsplit(None, 1)[-1] in _SIGNED_NOUNS else None
        if signer is not None:
            return signer[0], s, e, signer[3], PERSON
        fm = _FROM_APPOSITION.match(body, e) if _DOCUMENT.fullmatch(mention) else None
        if fm is not None and not _non_entity(fm.group(1)):
            # "The letter, from the Home Office, says:": the author the apposition names; "the
            # study, conducted by Doctors Ann Lee and Tom Ray, said": the first of its authors
            author = _AUTHOR_TITLES.sub("", fm.group(1)).split(" and ")[0]
            return _author(people, orgs, author, s, e)
        if _ANY_DOCUMENT.fullmatch(mention):
            author = _author_after(body, e)
            if author is not None and not _non_entity(author):
                # "according to a statement from the Home Office": its author
                return _author(people, orgs, author, s, e)
        bm = _BODYS_OWN.fullmatch(mention)
        org = orgs.dominant(s, bm.group(1).lower()) if bm is not None else None
        if org is not None:
            # "the board's three-member panel wrote": the board the article names, speaking
            # through a panel, its staff or its lawyers
            return orgs.canonical(org.name), s, e, None, ORGANISATION
        pm = _POSSESSIVE_SPOKES.fullmatch(mention)
        if pm is not None and not _non_entity(pm.group(1)) and not _personal(people, pm.group(1)):
            # "Big Brother's spokeswoman": the body whose spokeswoman she is
            return _org_named(orgs, pm.group(1), s, e)
        sm = _SPOKES_OF.match(mention)
        if sm is not None and _personal(people, sm.group(1)):
            return _author(people, orgs, sm.group(1), s, e)  # "a statement from Ann Lee": hers
        if sm is not None and not _non_entity(sm.group(1)) and _AFTER_BODY.fullmatch(mention, sm.end()):
            sender = _sender_of(ctx, low[: sm.start(1)].split()[-2], sm.group(1), s)
            if sender is not None:
                # "Qwest chairman Richard Notebaert sent a letter to MCI's board ... the letter
                # from Qwest said": the one who sent it, for the body he speaks for
                return sender, s, e, people.roles.get(sender), PERSON
            # "a spokesperson from Icstis", "A statement from Chelsea explaining the decision":
            # the body that speaks
            return _org_named(orgs, sm.group(1), s, e)
        if _COURT_COLLECTIVE.fullmatch(low) or (
            low == "it"
            and any(
                _COURT_COLLECTIVE_OPENS.match(body, ctx.sentences[si][0])
                and orgs.inside(ctx.sentences[si][0], s) is None
                for si in {max(0, ctx.sentence_of(s) - 1), ctx.sentence_of(s)}
            )
        ):
            # "A division bench of Justices ... ¶ “...,” the bench said" (and "The bench was not
            # persuaded. “...,” it said"): the court the article names, speaking through its judges
            court = orgs.dominant(s, "court")
            near = ctx.sentences[max(0, ctx.sentence_of(s) - 2)][0]
            if court is not None and (not people.named_in(near, s) or _BENCH_OF.search(body, near, s)):
                # (not when the judges were just named, unless as the bench: "Lord Justice Rix and
                # Mr Justice Forbes ruled ... . ... , the judges said" are theirs)
                return orgs.canonical(court.name), s, e, None, ORGANISATION
        if low in _ORG_PRONOUNS:
            org = orgs.antecedent(s)
            # "The ministry cited a survey ... . “...,” it said": the body the sentence before is
            # about, written as a common noun, not one named further back
            got = _described_body(ctx, orgs, s, e, org, outlets=True)
            if got is not None:
                return got
        elif _source_noun(low):
            org = orgs.inside(s, e)
            if org is not None and _INDEX_NUMBER.match(body, org.end):
                org = None  # "The FTSE 250 company", "a Fortune 500 firm": the index it is in, not it
            sm = _SPOKESPERSON.search(body, s, min(len(body), e + 80)) if _SPOKES_HEAD.search(low) else None
            if (
                org is not None
                and sm is not None
                and sm.group(1)
                and sm.group(1).split()[-1].islower()
                and _spokes_body(sm).startswith(org.name + " ")
            ):
                org = None  # "a Harbour party spokesman": the Harbour Party, not a "Harbour"
            if org is None and _SPOKES_HEAD.search(low):
                # "said a spokesman for Ofcom"; "the spokesman added": the one named before
                # ("an EU spokesman" too): the same pattern _spokesperson_org reads, at the mention
                org_name = _spokes_body(sm).strip() if sm is not None and sm.start() < e else None
                if org_name is None and low.startswith("the "):
                    org_name = _spokesperson_org(body, ctx.sentences, ctx.sentence_of(s), back=40)
                    wm = _WORD_SPOKESPERSON.fullmatch(low)
                    if (
                        org_name is not None
                        and wm is not None
                        and wm.group(1) in _BODY_NOUNS
                        and not _has_word(orgs.canonical(org_name.strip()), wm.group(1))
                    ):
                        org_name = None  # "the ministry spokesman" is not the company's last named
                if org_name is not None:
                    return (
                        orgs.canonical(" ".join(_strip_suffixes(org_name.rstrip(".").split()))),
                        s,
                        e,
                        None,
                        ORGANISATION,
                    )
            fm = _SPOKES_FOR_THE.search(low) if org is None else None
            if fm is None and org is None and _SPOKES_HEAD.search(low):
                # "A spokeswoman for the charity said": the body after the mention it ends
                fm = _FOR_THE_AFTER.match(body, e)
            if fm is not None and fm.group(1) in _BODY_NOUNS:
                # "a spokesperson for the company": the body just named, else the one the
                # article is about
                head = fm.group(1)
                org = orgs.antecedent(s, back=2) or orgs.dominant(s, None if head in _ANY_BODY_NOUNS else head)
                described = orgs.described_as(head, s) if org is None else None
                if described is not None:
                    # "according to the charity Accessible Journeys. A spokeswoman for the charity"
                    return orgs.canonical(described), s, e, None, ORGANISATION
            if org is None and _SPOKES_HEAD.search(low):
                wm = _WORD_SPOKESPERSON.fullmatch(low)
                if wm is not None and wm.group(1) not in _ANY_BODY_NOUNS:
                    # "An executive spokesman" after "the Scottish Executive": the one body so named;
                    # "a union spokesman" after "the port union, FNV": the one so described
                    org = orgs.dominant(s, wm.group(1))
                    described = orgs.described_as(wm.group(1), s) if org is None else None
                    if described is not None:
                        return orgs.canonical(described), s, e, None, ORGANISATION
                elif wm is not None:
                    # "a company spokeswoman said": the company the article is about, as "the
                    # company said" is: the one named most, else one just introduced by that word
                    # ("Jordan’s club, Brigham Rovers, refused to be drawn. A club spokesman
                    # said"), else the one its lead is about
                    org = orgs.dominant(s, None)
                    near = orgs.last_described(frozenset({wm.group(1)}), s) if org is None else None
                    if (
                        near is not None
                        and ctx.sentence_of(near[0]) >= ctx.sentence_of(s) - 2
                        and (am := _NOUN_COMMA_BEFORE.search(body, max(0, near[0] - 40), near[0])) is not None
                        and am.group(1) == wm.group(1)
                    ):
                        return orgs.canonical(near[1]), s, e, None, ORGANISATION
                    org = org or orgs.lead_subject(s)
                elif _BARE_SPOKESPERSON.fullmatch(low):
                    # "<Interlink Express Plc> does not plan to bid for X, a spokesman said.": in
                    # the lead, the first body its sentence names, else the one the lead is
                    # about; "the spokesman" later is the same one
                    bm = _BARE_SPOKES_IN_TEXT.search(body, 0, e)
                    si = ctx.sentence_of(bm.start()) if bm is not None else 99
                    if si <= 2:
                        org = orgs.first_inside(ctx.sentences[si][0], bm.start()) or orgs.lead_subject(bm.start())
                    else:
                        cm = _CONTACTED_BODY.search(body, ctx.sentences[ctx.sentence_of(s)][0], s)
                        got = _resolve(ctx, orgs, (None, cm.start(1), cm.end(1), None)) if cm is not None else None
                        if got is not None and got[0] and got[4] == ORGANISATION:
                            # "When we contacted the company, a spokeswoman said:": the company's
                            return got[0], s, e, None, ORGANISATION
                        # "..., the BBC has said. ¶ ... "...," a spokeswoman said.": the body that
                        # spoke in the two sentences before
                        org = orgs.spoke_before(ctx.sentence_of(s), back=2)
                        if org is None:
                            # "The union's sugar beet committee met ... . “...,” a spokesman said":
                            # the body the lead is about, which the sentence before opens with
                            sj = ctx.sentence_of(s)
                            om = _THE_BODY_OPENS.match(body, *ctx.sentences[max(0, sj - 1)])
                            lead_end = ctx.sentences[min(2, len(ctx.sentences) - 1)][1]
                            org = next(
                                (
                                    m
                                    for m in orgs.mentions[: bisect_left(orgs.starts, min(lead_end, s))]
                                    if om is not None and _has_word(m.name, om.group("noun"))
                                ),
                                None,
                            )
                            if org is None and om is not None:
                                # "The county council said ... ¶ “...,” a spokesperson said": the
                                # one body the article names with those words
                                words = [w for w in om.group("kind", "noun") if w]
                                named = {
                                    m.name: m
                                    for m in orgs.mentions[: bisect_left(orgs.starts, s)]
                                    if all(_has_word(m.name, w) for w in words)
                                }
                                org = next(iter(named.values())) if len(named) == 1 else None
            if org is None and _DET.match(mention) and len(mention.split()) <= 3:
                head = low.split()[-1]
                if low.startswith("the ") and _unnamed_collective_before(body, head, s):
                    # "owes a consortium of banks 76 mln dlrs, and the consortium has threatened":
                    # the body of many the article never names
                    return None, s, e, None, None
                if head == "body" and not low.startswith("the "):
                    return None, s, e, None, None  # "a trade body has warned": one not named
                if head == "body" and len(low.split()) == 3 and low.split()[1] in _BODY_NOUNS:
                    head = low.split()[1]  # "the union body": the union
                if low.startswith("the ") and head in _PAPER_NOUNS:
                    paper = orgs.last_paper(s)
                    described = orgs.last_described(_PAPER_NOUNS, s)
                    last = orgs.last_before(s)
                    if (
                        described is not None
                        and (paper is None or described[0] > paper.start)
                        and (last is None or last.name == described[1])
                    ):
                        # "Spanish daily ABC accuses ... the paper says": the paper last introduced
                        # as one, whatever its name
                        return orgs.canonical(described[1]), s, e, None, ORGANISATION
                    if paper is not None:
                        # "The paper said" after "quoted by the China Daily": the newspaper named last
                        return orgs.canonical(paper.name), s, e, None, ORGANISATION
                if low.startswith("the ") and head in _ANY_BODY_NOUNS:
                    own = _spokesperson_before(body, ctx.sentences[ctx.sentence_of(s)][0], s)
                    if own is not None:
                        # "A Kleinwort Benson spokesman declined to comment but the company said":
                        # the company whose spokesman the sentence has just named
                        return orgs.containing(own), s, e, None, ORGANISATION
                org = orgs.antecedent(s, back=2)
                ss = ctx.sentences[ctx.sentence_of(s)][0]
                first = orgs.first_inside(ss, s)
                if (
                    first is not None
                    and first is not org
                    and low.startswith("the ")
                    and _SENTENCE_OPENING.fullmatch(body, ss, first.start)
                    and not body.startswith(("'s", "’s"), first.end)  # "Ticketron's business": not the subject
                    and _SAID_AFTER_COMMA.match(body, e)
                    and (head in _ANY_BODY_NOUNS or _has_word(orgs.canonical(first.name), head))
                ):
                    # "<Banco Santander> signed a letter of intent with Bank of America ..., the bank
                    # said": the body the sentence is about, whose words close it
                    org = first
                before = (
                    orgs.referred_as(head, s)
                    if low.startswith("the ")
                    and head in _BODY_NOUNS
                    and (
                        org is None
                        or (not _has_word(orgs.canonical(org.name), head) and not _CUE_AFTER_NAME.match(body, org.end))
                    )
                    else None
                )
                if before is not None:
                    # "The group said ... . The Council is expected to ... . The trade group said":
                    # the body "the group" stood for before, not a body the sentence before
                    # spoke about (but "Unilever said ... . “...,” the company said" is Unilever)
                    org = before
                if (
                    org is not None
                    and low.startswith("the ")
                    and head in _BODY_NOUNS
                    and head not in _ANY_BODY_NOUNS
                    and not _has_word(orgs.canonical(org.name), head)
                    # ("..., NBC said. The network said ...": the body that spoke just before)
                    and not (org.name.isupper() and _CUE_AFTER_NAME.match(body, org.end))
                ):
                    # "the association said" after "Parrillo said": the body named with that
                    # word ("National Association of Securities Dealers"), when the article has one
                    org = orgs.dominant(s, head) or org
                if org is None and low.startswith("the "):
                    named_as = orgs.described_as(head, s)
                    if named_as is not None:
                        return orgs.canonical(named_as), s, e, None, ORGANISATION
                if org is None and low.startswith("the ") and head in _BODY_NOUNS:
                    si = ctx.sentence_of(s)
                    lo = ctx.sentences[max(0, si - 1)][0]
                    speaking = {
                        orgs.canonical(m.name)
                        for m in orgs.mentions[bisect_left(orgs.starts, lo) : bisect_left(orgs.starts, s)]
                        if _WHICH_SAYS.match(body, m.end)
                    }
                    if len(speaking) == 1:
                        # "requested by Ashford State Athletics, which says fees have not kept up.
                        # In a statement, the department said": the body the sentence before
                        # let speak
                        return speaking.pop(), s, e, None, ORGANISATION
                if org is None and low.startswith("the ") and head in _BODY_NOUNS:
                    leader = _led_by(ctx, head, s)
                    if leader is not None:
                        # "An investor group led by Ann Lee said ... . The group said": hers
                        return leader, s, e, ctx.people.roles.get(leader), PERSON
                    # "the company said": the company the article is about; "the committee
                    # said": the committee it names most
                    org = orgs.dominant(
                        s, None if head in _ANY_BODY_NOUNS else head, commercial=head in _COMMERCIAL_NOUNS
                    )
                    if org is not None and head in _VENUE_NOUNS and org.name.split()[-1].lower() != head:
                        org = None  # (the "Twin Rivers Restaurant Association" is no restaurant)
                    if org is None and head in _VENUE_NOUNS:
                        # "the diner posted" after "the Olympia Grill": the business named most,
                        # when none is named with the word ("the hotel" is the "Dromkeen Bay Hotel")
                        org = orgs.dominant(s, None, commercial=True)
                    if head in _COMMERCIAL_NOUNS:
                        formed = _formed_just_before(ctx, orgs, s, org)
                        if formed is not None:
                            # "The land has been sold to Northgate Storage LLC ... ¶ “...,” the
                            # company said": the company just named with its legal form, when the
                            # one named most (a roller rink) is never written as a company
                            org = formed
                    if org is None and head in _ANY_BODY_NOUNS:
                        # named once, as its lead's subject, with its company form
                        lead = orgs.lead_subject(s)
                        org = lead if lead is not None and written_before(body, lead.name, _LEGAL_FORM_AFTER) else None
                        if org is None and head in _COMMERCIAL_NOUNS:
                            # "Shares in Halberd Homes fell ... . The firm said": the company whose
                            # shares the lead is about
                            org = orgs.traded_in_lead(s)
                        if org is None and head in _COMMERCIAL_NOUNS:
                            # "a software failure at Ledgerline Payroll Services ... the company
                            # said": the one business the article has named, by its trade word
                            org = orgs.only_business(s)
                        if org is None and head in _COMMERCIAL_NOUNS:
                            # "The building is owned by Lakeshore Residential, which manages about
                            # 2,000 apartments. ¶ In a statement, the company said": the business
                            # the sentence before described by its trade
                            org = _described_business_before(ctx, orgs, s)
                        if org is None and head in _COMMERCIAL_NOUNS:
                            # "The business, SudsCity Express Wash, opened in April ... the company
                            # said": the business last introduced as one, whatever its name
                            d = orgs.last_described(_COMMERCIAL_NOUNS | {"business"}, s)
                            if d is not None:
                                return orgs.canonical(d[1]), s, e, None, ORGANISATION
                if org is None and low.startswith("the ") and head in _ISSUED_NOUNS:
                    # "the statement said" after "the Finance Ministry said in a statement"
                    org = _issuer(ctx, orgs, s, e, dominant=False)
                    got = _described_body(ctx, orgs, s, e) if org is None else None
                    if got is not None and got[0] is not None:
                        return got  # "The commission says ... . “...,” the report says"
        elif _THIS_DOCUMENT.fullmatch(low) and low.split()[-1] in _ISSUED_NOUNS:
            # "the report", "today's survey", "the latest survey": a document named before
            org = _issuer(ctx, orgs, s, e)
            got = _described_body(ctx, orgs, s, e) if org is None and low.split()[-1] not in _WRITTEN_PIECES else None
            if got is not None and got[0] is not None:
                return got  # "The commission says ... . “...,” the report says"
        elif len(low.split()) == 2 and low.split()[0] in ("its", "their") and low.split()[1] in _ISSUED_NOUNS:
            # "says its report": the body "its" goes back to
            org = orgs.antecedent(s)
            got = _described_body(ctx, orgs, s, e, org)
            if got is not None and got[0] is not None:
                return got
        rm = _BODY_ROLE.fullmatch(mention) if org is None else None
        head = rm.group(1).lower().rsplit("-", 1)[-1] if rm is not None else ""
        if head in _PERSON_ROLE_WORDS:
            # "The Ofsted chief said": the holder of that role, else (a role the article gave no
            # one, with the body it heads) the person just written about
            name = people.by_role(head, s, mention)
            if name is None and head in _TOP_HEADS:
                # "the UAW chief said" after "United Automobile Workers (UAW) president Owen
                # Bieber": the one who heads the body the description names, whatever the title
                name = _head_of(people, body, mention, s)
            si = ctx.sentence_of(s)
            if (
                name is None
                and si > 0
                and not body[ctx.sentences[si][0] : s].strip()
                and any(ch in body[ctx.sentences[si - 1][0] : ctx.sentences[si - 1][1]] for ch in '"”')
            ):
                # opening the sentence after a quotation: the person just quoted
                name = people.antecedent(s, ctx.sentences, ctx.sent_starts, None, False)
            if name is not None:
                return name, s, e, people.roles.get(name), PERSON
        if org is None and low in ("he", "she"):
            # "A Honda spokeswoman confirmed it. ... she said": no person to refer to
            si = ctx.sentence_of(s)
            org_name = _spokesperson_org(body, ctx.sentences, si)
            if org_name is None and _THE_SPOKESPERSON_SAID.search(body, ctx.sentences[max(0, si - 1)][0], s):
                # "..., the spokesman said. “...,” he said": the body of the spokesman named
                # further back, as "the spokesman" itself is read
                org_name = _spokesperson_org(body, ctx.sentences, si, back=40)
            if org_name is not None:
                return orgs.canonical(org_name), s, e, None, ORGANISATION
        if org is None and low in ("the club", "the side", "the team"):
            si = ctx.sentence_of(s)
            for sj in range(si, max(-1, si - 3), -1):
                tm = _TOWN_TEAM.search(body, ctx.sentences[sj][0], min(ctx.sentences[sj][1], s))
                if tm is not None and _is_place_name(tm.group(1)):
                    # "Middlesbrough have confirmed ... the club said": a club the sports page
                    # names by its town, with a plural verb
                    return tm.group(1), s, e, None, ORGANISATION
        if org is not None and _other_country(mention, orgs.canonical(org.name)):
            org = None  # "The German exchange said" is not the London one
        if org is not None:
            return orgs.canonical(org.name), s, e, None, ORGANISATION
        nb = _NATIONAL_BODY.fullmatch(mention)
        if nb is not None and (nb.group(1) in L.DEMONYMS or _is_place_name(nb.group(1))):
            # "the French finance ministry said": a government's body, as the wire writes it in
            # lower case; "the Cuban government" is the country's voice, as "Cuba said" is
            return _national_body(nb), s, e, None, ORGANISATION
        return None, s, e, None, None
    if name is None:
        return None, s, e, None, None
    if name.lower() in _MEMBERS:
        # "MPs said": the committee the article is about, which its members speak for; else
        # an unnamed group
        org = orgs.dominant(s, "committee")
        if org is None or " " not in org.name:
            return None, s, e, None, None
        return orgs.canonical(org.name), s, e, None, ORGANISATION
    if _low_body_noun(name) and body[max(0, s - 4) : s].lower() == "the ":
        # "The Bank said": the one bank the article names most ("Bank of England")
        org = orgs.dominant(s, name.lower())
        if org is not None and org.name != name:
            return orgs.canonical(org.name), s, e, None, ORGANISATION
    pm = _PLACE_PARTY.fullmatch(mention) if s is not None else None
    if (
        pm is not None
        and _is_place_name(pm.group(1))
        and (pm.group(0)[:4].lower() == "the " or _THE_BEFORE.search(body, max(0, s - 4), s))
    ):
        # "the Kansas Republican said": a description of the person talked about, no name
        who = people.antecedent(s, ctx.sentences, ctx.sent_starts, None, False)
        if who is None:
            return None, s, e, None, None
        return who, s, e, _role(people.roles.get(who)), PERSON
    if name in L.DEMONYMS and people.surnames.get(name, name) != name:
        name = people.surnames[name]  # "Mr Irish" after "Oliver Irish": a surname, not a nationality
    if _non_entity(name) or (name in L.PARTY_WORDS and name not in _PARTY) or name in L.DEMONYMS:
        return None, s, e, None, None  # "Republican", "British": a word about someone, not a name
    if name in _PARTY:
        return _PARTY[name], s, e, None, ORGANISATION  # "Lib Dems say ...": the party, whatever the name finder read
    if _is_person(people, name) or mention.lower() in ("he", "she"):
        return name, s, e, _role(role), PERSON
    canon = orgs.canonical(" ".join(_strip_suffixes(name.split())))
    if s is not None and body_named_after(body, s):
        return canon, s, e, role, ORGANISATION  # "investment bank Merrill Lynch said"
    if mention.split() and mention.split()[-1].lower() in _SUFFIXES:
        return canon, s, e, role, ORGANISATION  # "Hitachi Ltd said"
    if " " in canon and _written_with_form(body, canon):
        # "Dun said" after "Dun and Bradstreet Corp", "Harlow Bedding said" after "Harlow
        # Bedding Inc.": a company, though its name opens with a given name
        return canon, s, e, role, ORGANISATION
    return canon, s, e, role, _guess_kind(canon)


#: A sentence whose subject is a body written as a common noun: "The ministry cited ...".
#: What a newspaper, magazine or station is called once named, as a sentence's subject.
_OUTLET_NOUNS = _PAPER_NOUNS | frozenset(("magazine", "station"))
_BODY_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|However,|Meanwhile,)[ \t]+(?=the\b)|(?=The\b))([Tt]he[ \t]+("
    + "|".join(sorted(_BODY_NOUNS | _ISSUED_NOUNS | _OUTLET_NOUNS, key=len, reverse=True))
    + r"))[ \t]+(?:also[ \t]+|has[ \t]+|had[ \t]+|here[ \t]+)?(?:[a-z]+(?:ed|s)|said|told|wrote|found)\b"
)
#: "A statement issued by the conference here said": the body that issued what spoke.
_ISSUED_BY_BODY = re.compile(
    r"\s*(?:An?|The)[ \t]+(?:[a-z]+[ \t]+)?(?:statement|communique|report)[ \t]+(?:(?:issued|released)[ \t]+)?by[ \t]+"
    r"([Tt]he[ \t]+(" + "|".join(sorted(_BODY_NOUNS, key=len, reverse=True)) + r"))"
    r"[ \t]+(?:here[ \t]+)?(?:said|says|stated|added)\b"
)


_BODY_SPOKE = re.compile(
    r"[,\"”][ \t]+((?:the|The)[ \t]+("
    + "|".join(sorted(_BODY_NOUNS | _ISSUED_NOUNS | _OUTLET_NOUNS, key=len, reverse=True))
    + r"))[ \t]+(?:said|says|added|adds|stated|states)\b[^,\"”]{0,40}$"
)


def _led_by(ctx, head: str, s: int) -> str | None:
    """The person an unnamed body was introduced as led by before ``s`` ("An investor group
    led by New York investor Ann Lee"), whom "the group" later stands for."""
    body = ctx.body
    rx = re.compile(
        r"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:[\w-]+[ \t]+){0,3}?" + re.escape(head) + r"[ \t]+(?:led|headed)[ \t]+by[ \t]+"
    )
    found = list(rx.finditer(body, max(0, s - 4000), s))
    if not found:
        return None
    p = found[-1].end()
    for _ in range(6):  # "New York investor Ann Lee": descriptive words before the name
        pa = ctx.person_after(p, min(len(body), p + 80))
        if pa and pa[0] and not _state_after(body, pa[0][2]):
            return pa[0][0]  # (not "Far Hills, N.J., investor Natalie Koether": the town)
        wm = re.compile(r"[\w.'’-]+,?[ \t]+").match(body, p)
        if wm is None:
            break
        p = wm.end()
    return None


def _body_subject_before(
    ctx, orgs: Organisations, s: int, back: int = 3, outlets: bool = False
) -> tuple[int, str | None] | None:
    """The nearest sentence before ``s`` (within ``back``) that opens with "The <body noun>"
    as its subject, with the organisation that noun stands for: the one last introduced with
    it, else the one so named most."""
    si = ctx.sentence_of(s)
    for sj in range(si - 1, max(-1, si - back - 1), -1):
        m = _BODY_SUBJECT.match(ctx.body, ctx.sentences[sj][0], ctx.sentences[sj][1])
        if m is None:
            m = _ISSUED_BY_BODY.match(ctx.body, ctx.sentences[sj][0], ctx.sentences[sj][1])
        if m is None:
            # "“...,” the report said. It pointed out ...": the body that spoke last
            m = _BODY_SPOKE.search(ctx.body, ctx.sentences[sj][0], ctx.sentences[sj][1])
        if m is None:
            continue
        head = m.group(2)
        if head in _OUTLET_NOUNS and not outlets:
            continue  # "The newspaper said the study found ... . The study concluded": not the paper's
        if head in _ISSUED_NOUNS:
            # "The report stated that ... . “...,” it said": whoever issued the report
            issuer = _issuer(ctx, orgs, m.start(1), m.end(1))
            if issuer is not None and issuer.name.lower() in _MEMBERS:
                return sj, None  # "..., MPs have warned. ... The report said": members, no body
            return (sj, issuer.name) if issuer is not None else None
        # "Industrial Equity ... said ... . The company said ... . “...,” it said": the body
        # "the company" stood for there, read as its own mention is
        got = _resolve(ctx, orgs, (None, m.start(1), m.end(1), None))
        name = got[0] if got is not None else None
        if name is not None and name.lower() in _MEMBERS:
            return sj, None  # "A group of MPs ... . The group says": members, no organisation
        return (sj, name) if name is not None else None
    return None


#: Words for whoever heads a body, and the titles that head one.
_TOP_HEADS = frozenset("chief head boss leader".split())
_TOP_TITLES = frozenset("president chairman chairwoman chair leader head chief director governor".split())


def _described_body(ctx, orgs: Organisations, s: int, e: int, named: OrgMention | None = None, outlets: bool = False):
    """The resolved result for the body the sentences just before ``s`` are about
    (``_body_subject_before``), when no body ``named`` stands nearer; its speaker is None
    when that subject is a group of members. None when there is no such sentence. A paper or
    station the sentences are about (``outlets``) counts only for "it", which stands for it;
    a study it reports on is not its own."""
    described = _body_subject_before(ctx, orgs, s, outlets=outlets)
    if described is None or (named is not None and ctx.sentence_of(named.start) >= described[0]):
        return None
    if described[1] is None:
        return None, s, e, None, None
    if described[1] in ctx.people.roles:
        return described[1], s, e, ctx.people.roles.get(described[1]), PERSON  # a group's leader
    return orgs.canonical(described[1]), s, e, None, ORGANISATION


def _head_of(people, body: str, mention: str, s: int) -> str | None:
    """The person last named before ``s`` with a heading title right after the body that
    ``mention`` ("the UAW chief") names: "UAW president Owen Bieber"."""
    words = [w for w in mention.split()[1:-1] if w[:1].isupper()]
    if not words:
        return None
    rx = re.compile(r"\b" + re.escape(" ".join(words)) + r"\b")
    for m in reversed(people.mentions[: bisect_left(people.starts, s)]):
        role = people.roles.get(m.name) or ""
        if m.in_quote or not set(role.lower().split()) & _TOP_TITLES:
            continue
        if rx.search(body, max(0, m.start - 60), m.start):
            return m.name
    return None


_BODY_OPENERS = _BODY_NOUNS | frozenset("office court service".split())
#: "The Department of Health": the article, then a name that opens with an organisation word.
_THE_BODY = re.compile(r"[Tt]he[ \t]+([A-Z][\w&'’.-]*(?:[ \t]+(?:of|for|and|on|the|[A-Z][\w&'’.-]*)){1,6})")
#: "the Kansas Republican", "the Ohio Democrat": a place, then a party member.
_PLACE_PARTY = re.compile(
    r"(?:[Tt]he[ \t]+)?((?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*)[ \t]+(?:Republican|Democrat|Conservative|Tory|"
    r"Socialist|Liberal|Labour|Unionist)"
)


_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def _issuer(ctx, orgs: Organisations, s: int, e: int, dominant: bool = True) -> OrgMention | None:
    """Who issued "the report" or "the statement" that speaks at ``s`` with no author of its
    own (none the quote before gave it either, see continuity.document_issuers): the body the
    article is about, by its full name; not the one named right after ("The report urged the
    CSA to ...": the body it addresses wrote nothing)."""
    noun = ctx.body[s:e].split()[-1].lower()
    orgs._build()
    author = _earlier_author(ctx.body, s, noun, orgs.acronyms)
    if author is None:
        kind = _earlier_body_noun(ctx.body, s, noun)
        org = orgs.dominant(s, kind) if kind is not None else None
        if org is not None:
            # "A bank study said ... . "...," the study said": the one bank the article names
            return OrgMention(s, e, orgs.canonical(org.name), False)
    if author is not None and not _non_entity(author) and author.lower() not in _MEMBERS:
        # "according to a report from the Agriculture Department ... the report said"
        return OrgMention(s, e, orgs.canonical(" ".join(_strip_suffixes(author.split()))), False)
    if noun in _WRITTEN_PIECES:
        return orgs.last_paper(s)  # an article is a publication's, never the company it is about
    first = _FIRST_UNNAMED_DOCUMENT.get(noun)
    if first is None and noun in ("communique", "communiqué", "statement", "bulletin"):
        first = _FIRST_UNNAMED_DOCUMENT[noun] = re.compile(
            r"\b[Tt]he[ \t]+(?:[a-z]+[ \t]+)?(?:[A-Z][a-z]+[ \t]+){1,3}" + noun + r"\b"
        )
    fm = first.search(ctx.body, 0, s) if first is not None else None
    if fm is not None:
        # "Iraq said ... . The third High Command communique issued during the day said ... .
        # ... the communique said": the country or body that spoke just before it was issued
        si = ctx.sentence_of(fm.start())
        for sj in range(si - 1, max(-1, si - 3), -1):
            bm = _BODY_SAID.match(ctx.body, *ctx.sentences[sj])
            if bm is not None and _is_place_name(bm.group(1)):
                return OrgMention(s, e, bm.group(1), False)
    placed = _placed_in(ctx, orgs, s, noun)
    if placed is not None or not dominant or noun in _POLL_NOUNS:
        # a poll is someone's only when the article says whose: the body it is about
        # commissioned it, or is what it asked about
        return placed
    org = orgs.dominant(s)
    if org is None:
        # "Newmont Mining Corp will seek ..., the proxy statement said": the company its lead
        # is about, named once with its company form
        lead = orgs.lead_subject(s)
        org = (
            lead
            if lead is not None
            and (
                written_before(ctx.body, lead.name, _LEGAL_FORM_AFTER)
                # "Loomwise ... laid off 1,100 employees. ... said the memo": the one body named so
                # far (not a newspaper, which reports others' documents)
                or lead.name.split()[-1].lower() not in _PAPER_NAME_WORDS
                and {
                    orgs.canonical(m.name)
                    for m in orgs.mentions[: bisect_left(orgs.starts, s)]
                    if not headline(ctx.body, m.start)
                }
                == {orgs.canonical(lead.name)}
            )
            else None
        )
    if org is None or org.name.lower() in _MEMBERS:
        return None  # "MPs have warned ... . The report said": members, no body issued it
    org = replace(org, name=orgs.full_form(org.name, s))
    se = ctx.sentences[ctx.sentence_of(s)][1]
    if any(
        orgs.canonical(m.name) == orgs.canonical(org.name)
        for m in orgs.mentions[bisect_left(orgs.starts, e) : bisect_left(orgs.starts, se)]
    ):
        return None
    return org


_REPORT_KINDS = "report|review|study|survey|outlook|assessment|bulletin"


#: The first mention of a document named only by its kind and issuer's function, by noun:
#: "The third High Command communique".
_FIRST_UNNAMED_DOCUMENT: dict[str, re.Pattern] = {}


def _placed_in(ctx, orgs: Organisations, s: int, noun: str) -> OrgMention | None:
    """The body that spoke "in a statement" or "in its annual report" before ``s`` (within a
    few paragraphs, the nearest such document): the one whose cue it follows ("the Finance
    Ministry said in a statement", "Pathway, which runs the site, said in a statement"), or,
    when the phrase opens its sentence, the subject after it ("In its annual report, the Bank
    ...", "In a statement, the party said")."""
    # "the report said" after "The OECD, in its semi-annual review of the world economy, said"
    nouns = _REPORT_KINDS if noun == "report" else re.escape(noun)
    rx = re.compile(r"\b[Ii]n[ \t]+(?:a|an|its|their)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:" + nouns + r")\b")
    found = list(rx.finditer(ctx.body, max(0, s - 3000), s))
    if not found:
        return None
    orgs._build()
    body, m = ctx.body, found[-1]
    ss, se = ctx.sentences[ctx.sentence_of(m.start())]
    org = None
    if not body[ss : m.start()].strip(" \t\n\"“”'‘"):
        after = orgs.mentions[bisect_left(orgs.starts, m.end()) : bisect_left(orgs.starts, se)]
        bm = _SUBJECT_AFTER_PHRASE.match(body, m.end(), se)
        if bm is not None and bm.group(1) and bm.group(2)[0].isupper() and bm.group(3) in _BODY_NOUNS:
            # "the Kiel institute": the institute the article names, whatever modifies it here
            head = bm.group(3)
            org = orgs.dominant(s, None if head in _ANY_BODY_NOUNS else head)
        elif bm is not None and after and after[0].start == bm.start(2):
            org = after[0]
        elif bm is not None and bm.group(1) and bm.group(2).lower() in _BODY_NOUNS:
            head = bm.group(2).lower()
            org = orgs.dominant(s, None if head in _ANY_BODY_NOUNS else head)
    else:
        before = orgs.mentions[bisect_left(orgs.starts, ss) : bisect_left(orgs.starts, m.start())]
        org = next(
            (
                o
                for o in reversed(before)
                if _CUE_THEN_PHRASE.fullmatch(body, o.end, m.start())
                # "The OECD, in its semi-annual review of the world economy, said"
                or (body[o.end : m.start()].strip() == "," and _ASIDE_THEN_CUE.match(body, m.end()) is not None)
                # "The International Business newspaper today published China's demands in an
                # editorial": the paper that ran it
                or (
                    _OPENING_THE.fullmatch(body, ss, o.start) is not None
                    and _PUBLISHED_THEN_PHRASE.fullmatch(body, o.end, m.start()) is not None
                )
            ),
            None,
        )
        if org is None:
            # "the French finance ministry said in a statement": a body written in lower case
            org = next(
                (
                    OrgMention(nb.start(), nb.end(), _national_body(nb), True)
                    for nb in _NATIONAL_BODY.finditer(body, ss, m.start())
                    if _CUE_THEN_PHRASE.fullmatch(body, nb.end(), m.start())
                    and (nb.group(1) in L.DEMONYMS or _is_place_name(nb.group(1)))
                ),
                None,
            )
    if org is not None and org.name.lower() in _MEMBERS:
        # "MPs said in a report": the committee the article is about, which its members speak for
        org = orgs.dominant(s, "committee")
        org = org if org is not None and " " in org.name else None
    if org is None:
        return None
    return replace(org, name=orgs.full_form(org.name, s))


#: Between a body and "in an editorial": it published something there.
_PUBLISHED_THEN_PHRASE = re.compile(
    r"(?:[ \t]+(?:newspaper|daily|paper|weekly|magazine|journal|agency))?(?:[ \t]+(?:today|yesterday|\w+day))?[ \t]+(?:published|printed|ran|carried|issued|released)\b"
    r"[^.;:\"“”]{0,80}?[ \t]+"
)
#: Words that present a group by the name it took: "organized as |", "calling themselves |".
_ORGANISED_AS_BEFORE = re.compile(
    r"\b(?:organi[sz]ed[ \t]+as|calling[ \t]+themselves|who[ \t]+call[ \t]+themselves|banded[ \t]+together[ \t]+as)[ \t]+$"
)
#: The same with a relative clause between: "The union that represents the 640 drivers, |".
_NOUN_THAT_COMMA_BEFORE = re.compile(
    r"(?:^|[.!?\n][\"”’]?\s*)[Tt]he[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)[ \t]+(?:that|which)[ \t]+[^,;:.\"“”\n]{3,90},[ \t]+$"
)
#: A noun in apposition before a name: "the port union, FNV".
_NOUN_COMMA_BEFORE = re.compile(
    # ("Jordan’s club, Brigham Rovers,": a person's body, by its kind)
    r"(?<![\w-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w-]*['’]s)[ \t]+(?:[a-z]+[ \t]+)?([a-z]+),[ \t]+$"
)
#: A sentence's opening up to the name of its subject: "The official ".
#: What may come before a sentence's subject: a dateline, "The", a wire's bracket.
_SENTENCE_OPENING = re.compile(r"\s*(?:[A-Z][A-Za-z .]*,[^-\n]{0,30}[ \t]-[ \t]+)?(?:(?:The|the)[ \t]+|<)?")
_SAID_AFTER_COMMA = re.compile(r"[ \t]+(?:also[ \t]+)?(?:said|says|added|stated)\b")
_OPENING_THE = re.compile(r"[\s\"“]*(?:(?:The|the)[ \t]+(?:[a-z]+[ \t]+)?)?")
#: After "In its report" opening a sentence: more of the phrase, a comma, and the subject.
#: "In a report the Kiel institute said": the comma may be missing, and a body noun may follow
#: the capitalised words that modify it.
_SUBJECT_AFTER_PHRASE = re.compile(
    r"(?:[^,.]{0,80},)?[ \t]+(the[ \t]+)?([A-Za-z][\w&'’.-]*)(?:[ \t]+(?:[A-Z][\w&'’.-]*[ \t]+)?([a-z]+)\b)?"
)
#: The rest of an aside that a document phrase opens, then the cue: "..., in its review of X, said".
_ASIDE_THEN_CUE = re.compile(r"[^,.]{0,80},[ \t]+(?:also[ \t]+)?(?:said|says|stated|states|reported|warned|noted)\b")
#: Between a body and "in a statement": perhaps an aside in commas, and the cue.
_CUE_THEN_PHRASE = re.compile(
    # ("The Group of 24 developing countries said": what its members are, before the cue)
    # ("The Islamic Development Bank (IDB) said in an annual report": its initials before the cue)
    r"(?:,[^,]{0,80},|[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:countries|nations|economies|states)|[ \t]+\([A-Z]{2,6}\))?"
    r"[ \t]+(?:also[ \t]+)?(?:said|says|announced|announces|stated|states|added|reported|"
    r"confirmed|disclosed|warned|noted|made[ \t]+clear)[ \t]+(?:on[ \t]+\w+[ \t]+|\w+day[ \t]+)?"
)


def _role(role: str | None) -> str | None:
    """A role without courtesy titles: "Ms" is no role, "Dr" neither; "Finance Minister" is."""
    if not role:
        return None
    words = [w for w in role.split() if w.lower().rstrip(".") not in L.COURTESY_TITLES]
    return " ".join(words) or None


#: "a Department for Work and Pensions spokeswoman": the organisation a spokesperson speaks for.
_SPOKESPERSON = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:((?:[A-Z][\w&'’.-]*[ \t]+(?:(?:for|of|and|the)[ \t]+)?){1,6}"
    # ("a Labour party spokesman", "an All England club spokesperson": the body's noun in lower case)
    r"(?:(?:party|club|committee|council|union|campaign|association|federation|league|government)[ \t]+)?)"
    r"spokes(?:man|woman|person)\b"
    # "a spokesman for the Home Office"
    r"|spokes(?:man|woman|person)[ \t]+(?:for|of|at|from)[ \t]+(?:the[ \t]+)?"
    # ("a spokesman for leading Japanese electronics firm Matsushita": past the description)
    r"(?:(?:(?:[a-z][\w-]*|[A-Z][a-z]+)[ \t]+){0,4}?(?:firm|company|group|maker|manufacturer|concern|bank|carrier|airline)[ \t]+)?"
    # ("the Rio de Janeiro Port": a place's particle)
    r"((?:[A-Z][\w&'’.-]*)(?:[ \t]+(?:(?:for|of|and|de|da|do|del|di)[ \t]+)?[A-Z][\w&'’.-]*){0,5}))"
    # "a finance ministry spokesman": a government body in lower case, as wires write it
    r"|\b(?:[Aa]n?|[Tt]he)[ \t]+(?!(?:senior|top|former|chief|deputy|another)\b)"
    r"([a-z]+(?:[ \t]+(?:and[ \t]+)?[a-z]+)?[ \t]+(?:ministry|department))[ \t]+spokes(?:man|woman|person)\b"
)


#: A body's possessive and a place's name, before the word for its branch: "'s Airedale| branch".
_BRANCH_OF = re.compile(r"['’]s(?:[ \t]+[A-Z][\w-]*)+$")
_BRANCH_AFTER = re.compile(r"[ \t]+(?:branch|chapter|office)\b")


def _spokes_body(m: re.Match) -> str:
    """The body a ``_SPOKESPERSON`` match names, capitalised as a name."""
    if m.group(3):
        return " ".join(w if w == "and" else w.capitalize() for w in m.group(3).split())
    words = (m.group(1) or m.group(2)).split()
    if words and words[-1].islower():
        words[-1] = words[-1].capitalize()  # "Labour party" is the Labour Party
    name = " ".join(words)
    bm = _BRANCH_OF.search(name)
    if bm is not None and _BRANCH_AFTER.match(m.string, m.end()):
        name = name[: bm.start()]  # "the University and College Union's Airedale branch": the union
    return name


#: "The Ofsted chief": a capitalised body, then a lower-case role word ("The Foreign Secretary" is a title).
_PERSON_ROLE_WORDS = (L.ROLE_NOUNS | L.TITLE_WORDS | L.OCCUPATIONS) - frozenset(
    "spokesman spokeswoman spokesperson".split()
)
_BODY_ROLE = re.compile(r"[Tt]he[ \t]+(?:[A-Z][\w&'’-]*[ \t]+){1,3}(?:[a-z-]+[ \t]+){0,4}([a-z][a-z-]*)")
_AUTHORED = re.compile(
    # "A brief Iranian news agency IRNA report": its describing words may come first
    r"(?:[Tt]he|[Aa]n?)[ \t]+(?:[\w-]+[ \t]+){0,5}?((?:[A-Z][\w&'’.-]*[ \t]+){1,4})(?:"
    + "|".join(sorted(_ISSUED_NOUNS))
    + r")"
)
_POSSESSIVE_END = re.compile(r"['’]s?$")
#: What may follow the body after "a statement from X": nothing, or a participle clause.
#: What may follow the body in "a spokesman for X ...": a participle ("explaining the decision")
#: or the spokesman's anonymity ("who declined to be named").
_AFTER_BODY = re.compile(
    r"(?:[ \t]+(?:[a-z]+ing\b|who[ \t]+(?:declined|asked|requested|refused|did[ \t]+not|would[ \t]+not)\b).*"
    # "A spokesman at Airbus headquarters in Toulouse": where in the body the spokesman sits
    r"|[ \t]+(?:headquarters|head[ \t]+office|offices?|bureau)(?:[ \t]+(?:in|at)[ \t]+[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*)?)?)?",
    re.S,
)
_DOCUMENT = re.compile(
    r"[Tt]he[ \t]+(?:letter|statement|newsletter|report|complaint|document|lawsuit|memo|e-mail|email|leaflet|note|"
    r"study|survey|paper)"
)
_AUTHOR_TITLES = re.compile(r"^(?:Drs?|Doctors|Professors?|Prof)\.?[ \t]+")
_ANY_DOCUMENT = re.compile(
    r"(?:[Tt]he|[Aa]n?)[ \t]+(?:press[ \t]+release|" + "|".join(sorted(L.DOCUMENT_NOUNS, key=len, reverse=True)) + r")"
    # "said a document issued by the PMDB": the participle the mention took, "by" after it
    r"(?:[ \t]+(?:issued|released|published|sent|signed|written|drafted|circulated))?"
)
#: "The report, “Cold Hands,” was released last month by the Alliance": the document's title,
#: then who issued it.
_ISSUED_LATER_BY = (
    r",?[ \t]*(?:[“\"][^”\"\n]{1,120}[”\"],?[ \t]*)?[ \t]+(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+"
    r"(?:released|published|issued|produced|commissioned|written|prepared)[ \t]+(?:[\w]+[ \t]+){0,3}?by"
)
#: When a document came out, between its participle and "by": "released Wednesday by".
_WHEN_ISSUED = (
    r"(?:[ \t]+(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"(?:last|this|earlier[ \t]+this)[ \t]+(?:week|month|year)))?"
)
_FROM_AFTER = re.compile(
    r"(?:[ \t]+(?:from|by|(?:issued|released|sent|signed)" + _WHEN_ISSUED + r"[ \t]+by"
    # "a statement issued after a two day meeting of the Inter Governmental Group": the meeting's body
    r"|(?:issued|released)[ \t]+(?:after|at[ \t]+the[ \t]+end[ \t]+of)[ \t]+(?:a|the|its)[ \t]+(?:[\w-]+[ \t]+){0,3}"
    r"(?:meeting|session|conference|summit)[ \t]+of)"
    r"|" + _ISSUED_LATER_BY + r")[ \t]+(?:the[ \t]+)?"
)
#: ("The report of the Public Sector Divestment Committee": "of" names its author too)
_OF_THE_AFTER = re.compile(
    r"(?:[ \t]+(?:from|by|of(?=[ \t]+the[ \t]+[A-Z])|(?:issued|released|sent|signed)"
    + _WHEN_ISSUED
    + r"[ \t]+by)|"
    + _ISSUED_LATER_BY
    + r")[ \t]+(?:the[ \t]+)?"
)
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")


#: Lower-case words that may follow an author's name ("a report by Demos published on Monday"):
#: any other lower-case word goes on with the name ("the Commons public accounts committee").
_AFTER_AUTHOR = frozenset(
    """said says on in which that showed shows found finds was is has had and published released
    issued to for of at into earlier last this suggests suggested warned warns about out were will
    would also""".split()
)


#: A document named for the kind of body that issued it: "A bank study", "the ministry report".
_BODY_DOCUMENT = re.compile(
    # ("the all-party committee report": a hyphened word before the body noun; "the central
    # bank statement" is another body's)
    r"(?:[Tt]he|[Aa]n?)[ \t]+(?:[a-z]+-[a-z-]+[ \t]+)?("
    + "|".join(sorted(_BODY_NOUNS))
    + r")[ \t]+(?:"
    + "|".join(sorted(_ISSUED_NOUNS))
    + r")"
)


def _earlier_body_noun(body: str, s: int, noun: str) -> str | None:
    """The body noun of the last "a bank study" before ``s`` (within a few paragraphs) that
    names the same document, or None."""
    rx = re.compile(
        r"\b(?:[Aa]n?|[Tt]he)[ \t]+(" + "|".join(sorted(_BODY_NOUNS)) + r")[ \t]+" + re.escape(noun) + r"\b"
    )
    found = None
    for m in rx.finditer(body, max(0, s - 3000), s):
        found = m.group(1)
    return found


#: Documents whose "of the ..." names who wrote them ("the report of the committee"), not what
#: they are about ("a survey of the Tory party").
_OF_AUTHORED = frozenset("report statement communique communiqué".split())
#: Pieces of writing one publication printed, which "the story" or "the article" stands for.
_WRITTEN_PIECES = frozenset("article story piece".split())
#: The publication a piece appeared in: " in Progressive magazine", " in the Washington Post".
_IN_PUBLICATION = re.compile(
    r"[ \t]+in[ \t]+(?:the[ \t]+)?([A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,3})"
    r"(?:[ \t]+(magazine|newspaper|journal|weekly|daily))?\b"
)


def _earlier_author(body: str, s: int, noun: str, acronyms=()) -> str | None:
    """The author the article gave the same document before ``s`` (within a few paragraphs):
    "a report from the Agriculture Department", "a statement by Harbour Oil"."""
    lo = max(0, s - 3000)
    # "the story said" after "The article in Progressive magazine": one piece of writing
    nouns = "article|story|piece" if noun in _WRITTEN_PIECES else re.escape(noun)
    rx = re.compile(
        # ("a 2022 report from the Office of the Chief Coroner": a year among its words)
        r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ \t]+(?:((?:[A-Z][\w&'’.-]*[ \t]+){1,4})|(?:(?:[a-z-]+|\d{4})[ \t]+){0,2})"
        r"(?:" + nouns + r")\b"
    )
    for m in reversed(list(rx.finditer(body, lo, s))):
        pm = _IN_PUBLICATION.match(body, m.end())
        if pm is not None and (pm.group(2) or pm.group(1).split()[-1].lower() in _PAPER_NAME_WORDS):
            return pm.group(1)  # "The article in Progressive magazine", "a story in the Washington Post"
        named = m.group(1).strip() if m.group(1) else ""
        if (len(named.split()) >= 2 or named in acronyms) and not _non_entity(named):
            # "the release of the Tower Commission report": the body it is named for; "The HUD
            # report said": the body the acronym the article spelled out stands for
            return _POSSESSIVE_END.sub("", named)
        author = _author_after(body, m.end(), of=noun in _OF_AUTHORED)
        if author is None:
            continue
        at = body.find(author, m.end())
        nxt = _WORD.findall(body[at + len(author) : at + len(author) + 30])
        if body[at + len(author) : at + len(author) + 1] in (",", ".", ";"):
            nxt = []  # "... by the Alliance, a trade group": the name ends at its comma
        if nxt and nxt[0].islower() and nxt[0] not in _AFTER_AUTHOR and not nxt[0].endswith("ed"):
            return None  # "a report by the Commons public accounts committee": a longer name
        return None if author.lower() in _MEMBERS else author
    return None


def _author_after(body: str, e: int, of: bool = False) -> str | None:
    """The author named right after a document at ``e``: "a statement from the District
    Attorney's Office", "a report by UK think-tank Demos" (a descriptor before the name), and
    with ``of`` "The report of the Public Sector Divestment Committee"."""
    fm = (_OF_THE_AFTER if of else _FROM_AFTER).match(body, e)
    if fm is None:
        return None
    toks = body[fm.end() : fm.end() + 120].split()
    k = 0
    # "UK think-tank Demos": a place or lower-case words describing the author before its name
    while k < len(toks) - 1 and k < 3 and (toks[k][:1].islower() or (toks[k].isupper() and toks[k + 1][:1].islower())):
        k += 1
    if 0 < k < len(toks) - 1 and toks[k] == "the" and toks[k - 1] == "of":
        k += 1  # "by subcommittee staffs of the Senate Judiciary Committee": the body they serve
    name: list[str] = []
    i = k
    while i < len(toks):
        tok = toks[i]
        word = tok.rstrip(",;:")
        if name and _OWNER_WORD.fullmatch(word) and i + 1 < len(toks) and toks[i + 1][:1].isupper():
            name = []  # "the Economist magazine's Economist Intelligence Unit": the one it owns
            i += 1
            continue
        # "Islamic Jihad for the Liberation of Palestine": "the" inside a name, after "for" or "of"
        inner_the = word == "the" and name and name[-1] in ("of", "for") and toks[i + 1 : i + 2] != []
        if inner_the and not toks[i + 1][:1].isupper():
            break
        if not (word[:1].isupper() or (name and word in ("of", "for", "and", "&")) or inner_the):
            break
        ends = word.endswith(".") and not _INITIALISM.fullmatch(word)
        name.append(word.rstrip(".") if ends else word)
        if ends or word != tok:
            break  # the sentence or the phrase ends with it
        i += 1
    while name and name[-1] in ("of", "for", "and", "&", "the"):
        name.pop()
    return " ".join(name) or None


#: A lower-case noun in the possessive: "magazine's", "group's".
_OWNER_WORD = re.compile(r"[a-z][a-z-]*['’]s")


#: A law or rule as a mention's head: "City Ordinance No. 2023-14", "the by-law".
_A_LAW = re.compile(r"\b(?:[Oo]rdinance|[Bb]y-?law|[Rr]egulations?|[Rr]esolution|[Dd]ecree|[Ss]tatute)\b")
#: The body that made it, set off after it: ", passed by the Batis City Council last year,".
_ENACTED_BY = re.compile(
    r"(?:[ \t]+No\.?[ \t]+[\w-]+)?,[ \t]+(?:passed|adopted|approved|enacted|issued|made)[ \t]+(?:[a-z]+[ \t]+){0,3}?"
    r"by[ \t]+(?:the[ \t]+)?"
    r"([A-Z][\w&'’.-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w&'’.-]*))*)[^,;\n]{0,40},"
)
_FROM_APPOSITION = re.compile(
    r",[ \t]+(?:from|by|(?:sent|issued|signed|written|organised|organized|drafted|led|conducted|compiled|"
    r"prepared|authored)[ \t]+by)[ \t]+"
    # a lower-case role before the author: "organised by backbencher Debbie Abrahams"
    r"(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}"
    r"([A-Z][\w&'’.-]*(?:[ \t]+(?:of|for|and|&|[A-Z][\w&'’.-]*))*)[ \t]*,"
)
#: A signature after a document: "the editorial, signed by ", "a letter written by Dr ".
_SIGNED_BY = re.compile(
    # ("A memo sent to school boards Wednesday, signed by Deputy Minister Colm Regan": past where it went)
    r"(?:[ \t]+(?:sent|issued|released|dated|addressed|circulated|distributed)\b[^,.;:\"“”\n]{0,80},)?"
    # ("a statement written by her daughter, Pauline Hewitt": a relative, then the name)
    r",?[ \t]+(?:signed|co-signed|written|penned|authored)[ \t]+by[ \t]+(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}"
    r"(?:[a-z]+,[ \t]+)?"
)
_SIGNED_NOUNS = _ISSUED_NOUNS | L.DOCUMENT_NOUNS
#: A sentence opening on the document a body speaks in: "In a statement", "In an open letter".
_IN_DOCUMENT = re.compile(
    r"\s*(?:In|Through)[ \t]+an?[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:statement|letter|memo|note|notice|release|e-?mail)\b"
)


def _signer(ctx, s: int, e: int):
    """The person who signed the document speaking at ``s``: "said the editorial, signed by Ann
    Lee of ...", and later "the editorial said" when one named within a few paragraphs before
    was signed."""
    body = ctx.body
    noun = body[s:e].split()[-1].lower()
    at = [e]
    if body[s:e].lower().startswith("the "):
        rx = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)[ \t]+(?:[a-z-]+[ \t]+){0,2}" + re.escape(noun) + r"\b")
        at.extend(m.end() for m in reversed(list(rx.finditer(body, max(0, s - 3000), s))))
    for p in at:
        sm = _SIGNED_BY.match(body, p)
        if sm is not None:
            pa = ctx.person_after(sm.end(), min(len(body), sm.end() + 80))
            if pa and pa[0]:
                return pa[0]
    return None


def _sender_of(ctx, noun: str, author: str, s: int) -> str | None:
    """The person who, within 3,000 characters before ``s``, sent or wrote a ``noun`` (a
    letter) and whose role names ``author``, the body the document is said to come from."""
    if noun not in L.DOCUMENT_NOUNS:
        return None
    ppl = ctx.people
    rx = re.compile(made_document(noun))
    for k in range(bisect_left(ppl.starts, s) - 1, -1, -1):
        mn = ppl.mentions[k]
        if s - mn.end > 3000:
            break
        if not mn.in_quote and rx.match(ctx.body, mn.end) and author.split()[0] in (ppl.roles.get(mn.name) or ""):
            return mn.name
    return None


#: A body's own panel or staff, the body a common noun: "the board's three-member panel".
_BODYS_OWN = re.compile(
    r"[Tt]he[ \t]+(" + "|".join(sorted(_BODY_NOUNS)) + r")['’]s[ \t]+(?:[\w-]+[ \t]+){0,2}"
    r"(?:panel|staff|team|unit|division|lawyers|attorneys|investigators|inspectors|auditors|officials|executives|"
    # ("The board's 23-page order": what it issued speaks for it too)
    r"management|order|ruling|decision|determination|judgment|judgement|report|statement|letter|filing|notice|"
    r"announcement|post|message|email|e-mail|release|website)"
)
#: A document of a body the article writes as "the <last words of its name>": "the festival's
#: announcement", "the sheriff's office's statement".
_OWNERS_DOCUMENT = re.compile(
    r"([Tt]he[ \t]+(?:[\w-]+[ \t]+){0,2}?[a-z][\w-]*)['’]s[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:statement|announcement|"
    r"post|message|email|e-mail|letter|report|release|notice|website|newsletter)"
)
_POSSESSIVE_SPOKES = re.compile(
    r"((?:[A-Z][\w&.-]*[ \t]+(?:(?:of|for|and|&)[ \t]+)?){0,4}[A-Z][\w&.-]*)['’]s?[ \t]+"
    r"(?:[a-z]+[ \t]+)?spokes(?:man|woman|person)"
)
_SPOKES_OF = re.compile(
    # ("A research note from Tropika Capital": any document, a word or two describing it first)
    r"(?:[Aa]n?|[Tt]he)[ \t]+(?:spokes(?:man|woman|person)|(?:[a-z][\w-]*[ \t]+){0,2}(?:press[ \t]+release|"
    + "|".join(sorted(L.DOCUMENT_NOUNS, key=len, reverse=True))
    + r"))[ \t]+"
    r"(?:for|from|at|of|by|(?:issued|released)[ \t]+(?:after|at[ \t]+the[ \t]+end[ \t]+of)[ \t]+(?:a|the|its)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}(?:meeting|session|conference|summit)[ \t]+of)[ \t]+(?:the[ \t]+)?"
    # "a hand-written statement by Islamic Jihad for the Liberation of Palestine"
    r"([A-Z][\w&'’.-]*(?:[ \t]+(?:(?:of|for)(?:[ \t]+the(?=[ \t]+[A-Z]))?|and|&|[A-Z][\w&'’.-]*))*)"
)
_SPOKES_HEAD = SPOKES_HEAD
_FOR_THE_AFTER = re.compile(
    r"[ \t]+(?:for|from|at)[ \t]+the[ \t]+(?:[a-z]+[ \t]+){0,2}([a-z]+)\b(?=[ \t]+(?:said|says|added|told)\b)"
)
_SPOKES_FOR_THE = re.compile(r"\bspokes(?:man|woman|person)[ \t]+(?:for|from|at)[ \t]+the[ \t]+([a-z]+)$")
_BARE_SPOKESPERSON = re.compile(r"(?:an?|the)[ \t]+spokes(?:man|woman|person)")
_THE_BODY_OPENS = re.compile(
    # ("The county council said": one word of what kind of body, first)
    r"\s*(?:\S+[ \t]+)?[Tt]he[ \t]+(?:(?P<kind>county|city|town|district|parish|borough|regional|state)[ \t]+)?"
    r"(?P<noun>" + "|".join(sorted(_BODY_NOUNS, key=len, reverse=True)) + r")(?:['’]s)?\b"
)
_THE_SPOKESPERSON_SAID = re.compile(r"\b[Tt]he[ \t]+spokes(?:man|woman|person)[ \t]+(?:said|added|says)\b")
_BARE_SPOKES_IN_TEXT = re.compile(r"\b[Aa]n?[ \t]+spokes(?:man|woman|person)\b")
_WORD_SPOKESPERSON = re.compile(r"(?:an?|the)[ \t]+(?:[a-z]+[ \t]+)?([a-z]+)[ \t]+spokes(?:man|woman|person)")
#: "Rival local club Manchester City": another body than the one the article is about.
_OTHER_THAN_SUBJECT = re.compile(
    r"\b(?:[Rr]ival|[Ff]ellow|[Ss]ister|[Pp]arent|[Aa]nother|[Oo]ther)[ \t]+(?:[a-z]+[ \t]+)?$"
)
#: The second word of a trade's name, after the body noun it is a trade of: "fund manager".
_TRADE_HEADS = frozenset("manager managers operator operators group".split())
_DESCRIPTOR_NOUNS = (
    L.ORG_SOURCE_NOUNS | _BODY_NOUNS | frozenset("channel station journal tabloid business".split())
) - frozenset("spokesman spokeswoman spokesperson statement".split())


def _spokesperson_org(body: str, sentences, si: int, back: int = 2) -> str | None:
    """The organisation of a spokesperson named in this sentence or the ``back`` before it."""
    for sj in range(si, max(-1, si - back - 1), -1):
        s, e = sentences[sj]
        found = None
        for m in _SPOKESPERSON.finditer(body, s, e):
            found = m
        unnamed = None
        for m in _SPOKES_FOR_UNNAMED.finditer(body, s, e):
            unnamed = m
        if unnamed is not None and (found is None or unnamed.start() > found.start()):
            # "a spokesperson for the county said": the last spokesperson's body is not named
            # here, so not the one named for an earlier spokesperson
            return None
        if found is not None:
            return " ".join(_strip_suffixes(_spokes_body(found).rstrip(".").split()))
        dm = _SPOKES_FOR_DESCRIBED.search(body, s, e)
        if dm is not None:
            # "a spokesman for the country's largest sugar beet concern, De Danske
            # Sukkerfabrikker A/S, said": the company the description goes on to name; but
            # "a spokesman for the ministry, Ann Lee," is a person, no body's name
            words = dm.group(1).split()
            head = body[max(0, dm.start(1) - 40) : dm.start(1)].rstrip(", \t").rsplit(None, 1)[-1].lower()
            if _is_form(words[-1]) or (
                # "a spokesperson for her management company, Lanternfield Artists,": a body's
                # noun, then a name that opens with no given name
                head in _BODY_NOUNS and not is_first_name(words[0])
            ):
                return " ".join(_strip_suffixes(words))
            return None
    return None


#: A spokesperson for a body written only as a common noun: "a spokesperson for the county".
_SPOKES_FOR_UNNAMED = re.compile(
    r"\bspokes(?:man|woman|person)[ \t]+(?:for|of|at|from)[ \t]+the[ \t]+[a-z]+"
    # ("A spokesman for the bidder declined to discuss ... but said")
    r"(?=[ \t]+(?:said|says|told|added|confirmed|declined|refused|would|could|did)\b|[ \t]*[.;]|,[ \t]+[a-z])"
)
#: A spokesperson for a body described in lower case, then named after a comma.
_SPOKES_FOR_DESCRIBED = re.compile(
    r"spokes(?:man|woman|person)[ \t]+(?:for|of|at|from)[ \t]+(?:the|an?|its|their|his|her)[ \t]+[a-z][\w'’-]*"
    r"(?:[ \t]+[a-z][\w'’-]*){0,5},[ \t]+((?:[A-Z][\w&'’./-]*[ \t]+){0,5}[A-Z][\w&'’./-]*)"
)


def _spokesperson_before(body: str, s: int, e: int) -> str | None:
    """The capitalised body of the last "A Honda spokesman" in ``[s, e)``, or None."""
    found = None
    for m in _SPOKESPERSON.finditer(body, s, e):
        if m.group(1):
            found = m
    if found is None:
        return None
    return " ".join(_strip_suffixes(_spokes_body(found).rstrip(".").split())) or None


def spokesperson_after(body: str, sentences, si: int, after: int) -> bool:
    """Whether an organisation's unnamed spokesperson is mentioned after ``after`` in this
    sentence or the one before: then "he said" is theirs, not a person named earlier. A spokesperson who speaks ("The BBC spokeswoman said Ann Lee's show ...") or
    opens the sentence as its subject ("A Treasury spokesman played down differences with
    Ann Lee.") counts wherever the sentence names them: the person after is their object."""
    for sj in range(si, max(-1, si - 2), -1):
        s, e = sentences[sj]
        for m in _SPOKESPERSON.finditer(body, s, e):
            if (m.start() >= after or s <= after < e) and (
                _SPOKE.match(body, m.end())
                # the sentence's subject, not "met a spokesman for ...", and unnamed: "the
                # Tory spokesman" is a person the article has named, and so is "A spokesman
                # for DLF, Dr Ann Lee," (no verb between the role and the name)
                or (
                    body[m.start()] in "Aa"
                    and _SUBJECT_LEAD.fullmatch(body, s, m.start())
                    and (m.start() >= after or _LOWER_WORD.search(body, m.end(), after) is not None)
                )
            ):
                return True
    return False


_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_SPOKE = re.compile(r"[ \t]+(?:said|says|added|adds|told|confirmed)\b")  # '"...," a BBC spokeswoman said'
_SUBJECT_LEAD = re.compile(r"\s*(?:(?:But|And|However,?|Meanwhile,?|Yet|So|Later,?|Instead,?)\s+)?")


def _source_noun(mention: str) -> bool:
    """ "the company", "a spokeswoman", "a Honda spokesman": the head noun stands for an organisation."""
    words = _WORD.findall(mention)
    return bool(words) and words[-1].lower() in L.ORG_SOURCE_NOUNS


def _guess_kind(name: str) -> str:
    """Person or organisation for a name no person mention gave: org words, acronyms and
    parties make an organisation; a single word that is a known first name, or any
    other single word, is read as a surname."""
    words = name.split()
    low = {w.lower().strip(".") for w in words}
    if name in _PARTY.values() or low & L.ORG_WORDS or low & L.ORG_SOURCE_NOUNS:
        return ORGANISATION
    if name.endswith(("'s", "’s")):
        return ORGANISATION  # "Sainsbury's", "Standard and Poor's": a person's name never ends so
    from .places import gazetteer

    if gazetteer().get(name) is not None or name in L.REGION_ALIASES:
        # "China rejected the report", "Washington said": a state or its capital speaks as
        # its government
        return ORGANISATION
    if any(len(w) > 1 and w.isupper() for w in words):
        return ORGANISATION
    if any(any(ch.isdigit() for ch in w) or (w[0].islower() and not w.islower()) for w in words):
        return ORGANISATION  # "4Cast", "easyJet": no person's name is written so
    return PERSON if len(words) <= 3 else ORGANISATION
