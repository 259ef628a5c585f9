"""Who said each quotation.

For every quotation we look, in this order, for:

1. an attribution before it in its sentence: ``Name said (that)/declared: “...”``,
   ``Name weighed in, declaring “...”`` (the subject found back over commas),
   ``according to Name, “...”``, ``Name’s warning that “...”``;
   "Asked if “...”" marks a question, which gets no speaker;
2. an attribution right after it: ``“...,” Name said``, ``“...,” said Name``,
   ``“...,” he said``, ``“...,” according to Name`` (not when the cue runs
   straight into the next quotation: ``“...,” Haddad replied “Yes.”``);
3. another quotation of the same sentence that has one (split quotes,
   ``“A,” he said, “B.”``, lists of quoted phrases);
4. a quotation that is a whole sentence takes the speaker of the sentence
   before (a quote or ``Name said:``) or of a short ``He said.`` after it.

When those specific rules find nothing, general noun-phrase rules take any
source phrase ("Rep. Ann Cole (D-Ohio) said", "said one source on the panel",
"the IMF report stated", "“...” ― Name", "pollster Dana Shore: “...”"); the
mention is the name that ends the phrase, a pronoun, or the phrase itself,
and an unnamed source ("a narrator in the ad") keeps its mention with speaker
None. A quote that closes its clause (``“...,”``) prefers the attribution
after it. Show titles and nicknames (MSNBC’s “Morning Joe”) get no speaker.

Speakers are resolved with ``names.People``: surnames and titles to full
names, "he"/"she" to the last person subject, "the Pentagon" to "Pentagon".
Anything else (a scare quote, a title, a newspaper) gets no speaker. A plural
common noun ("Officials said") keeps its mention with speaker None, and a
place after a preposition ("a woman from Sudzha said") is no speaker: the
phrase is an unnamed source.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

from . import lexicon as L
from .briefings import topic_headed_answers
from .continuity import (
    DESCRIBED_SUBJECT,
    WHAT_THEY_SAID,
    colon_dateline_end,
    continue_speakers,
    definite_descriptions,
    described_pronouns,
    document_issuers,
    document_pronouns,
    exchanges,
    introduced_speakers,
    kin_subject,
    lede_quotes,
    named_next,
    narrative_subject,
    profile_subject,
    qa_answers,
    read_documents,
    role_named_next,
    sentence_before,
    sentence_subject,
    spokesperson_pronouns,
    spread_within_quotations,
    study_quotes,
    text_that_follows,
    turned_back_quotes,
    two_sided_exchanges,
)
from .entities import shares_lead, spelled_out, spokesperson_after
from .gender import first_name_gender, is_first_name, pronoun_gender, word_gender
from .names import (
    BODY_LEAD,
    KIN_BEFORE,
    NAME_SUFFIXES,
    PARTNER_AFTER,
    PARTNER_REST,
    at_sentence_start,
    common_plural,
    company_elsewhere,
    misspelt_surname,
    role_covers,
)
from .places import ACRONYM, CONN, ORG, OTHER, PLACE, STOP, TITLE
from .rx import CLAUSE_LINK_BEFORE, NAME_CLAUSE_END, alternation

# a prefix tree, not a flat "|" list: hundreds of cue words are tried at every word start
#: ("“...,” she began." opens her words; "the company began its investigation" says nothing)
_CUE_RX = re.compile(r"\b(?:" + alternation(L.CUE_VERBS | L.CUE_PHRASES) + r"|began(?=[ \t]*[.,;:]))\b")
#: "Baker's statement that", "Baker's additional statement that": a possessor's words.
_CUE_NOUN_RX = re.compile(
    r"['’]s\s+(?:(?:additional|latest|earlier|new|own|recent|written|formal|prepared|opening)\s+)?(?:"
    + "|".join(sorted(L.CUE_NOUNS, key=len, reverse=True))
    + r")\b"
)
#: Two people after one cue, each with a role in lower case: "said chairman Ann Lee| and president |Tom Ray".
_AND_ROLE = re.compile(r"[ \t]+and[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}")
_SAID_ROLE_BEFORE = re.compile(r"\b(?:said|says)[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}$")
#: A participle phrase between a subject and its cue: " in disclosing the new agreement last night".
_GERUND_PHRASE_BEFORE_CUE = re.compile(
    r"(?<=[A-Za-z])[ \t]+(?:in|while|when|after|before|on)[ \t]+[a-z]+ing\b"
    # lower-case words only, none a subject of its own ("after grounding a try he exclaimed")
    r"(?:[ \t]+(?!(?:he|she|they|we|i|it)\b)[a-z0-9][a-z0-9'’-]*){0,12}[ \t]*$"
)
#: A question the source was asked, opening the clause: "Asked if ...", "Asked whether ...".
_ASKED_CLAUSE = re.compile(r"(?:Asked|Questioned|Pressed)[ \t]+(?:if|whether|about|what|how|why|when|who)\b")
#: (a number after "of" too: "the Group of 24 said")
_LAST_WORD = re.compile(r"([A-Za-z]+|(?<=of[ \t])\d{1,3})[ \t\r\n]*$")
#: A time phrase between a subject and its cue: "as recently as December 17", "on Monday", "last week".
_WHEN_BEFORE_CUE = re.compile(
    r"[ \t]+(?:as[ \t]+(?:recently|early|late)[ \t]+as|on|last|this)[ \t]+"
    r"(?:[A-Z][a-z]+day|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:[ \t]+\d{1,2})?|week|month|year)[ \t]*$"
)
_ROLE_THE = re.compile(r"\b[Tt]he\s+(?:[A-Za-z-]+\s+){0,3}?([a-z]+(?:-[a-z]+)?)[ \t\r\n]*$")
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+")
_SUBCLAUSE_BEFORE = re.compile(
    r"\b(?:that|and)[ \t]+(?:when|after|once|before|while|as[ \t]+soon[ \t]+as)\b[^,;:.!?\"“”\n]{3,120},[ \t]*$"
)
_OBJECT_PRONOUN = re.compile(r"(?:him|her)(?=[ \t]*,)")
#: A document and its author's preposition: "a report by ", "the latest study from ".
_DOCUMENT_BY = re.compile(
    r"(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:report|study|survey|statement|letter|note|analysis|memo)\s+(?:by|from)\s+"
)
_QUESTION = re.compile(
    r"(?:^|\W)(?:[Aa]sked|[Qq]uestioned)\s+(?:if|whether|about|why|how|what|when)\b[^“”\",;:]{0,80}$"
)
#: Only a colon between a cue and its quotation.
_COLON_GAP = re.compile(r"[ \t]*:[ \t]*")
_PRON_START = re.compile(r"(?:[Hh]e|[Ss]he)\b")
_THEY_START = re.compile(r"[Tt]hey\b")
_ROLE_START = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,3}?(" + "|".join(sorted(L.ROLE_NOUNS)) + r")\b")
_SPACE_COMMA = re.compile(r"[\s,]*")
#: Words that say what someone is: titles, occupations and roles.
_ROLE_WORDS = (
    L.TITLE_WORDS | L.OCCUPATIONS | L.LOWER_ROLES | L.ROLE_NOUNS | {"counsel"}
)  # "said counsel to the respondent, X"
#: A short aside in brackets after a name: an acronym or a place ("(MITI)", "(Japan)").
_BRACKETED = re.compile(r"[ \t]+\([A-Z][\w.&-]{0,20}\)[ \t]+(?=[A-Za-z])")
#: Words that may open a sentence before a quotation that is all of it: 'But "It won't work."'.
_LEAD_CONJUNCTIONS = frozenset("but and yet still however though also so".split())
#: A company form that may stand alone after a bracketed aside ("... Bank (Switzerland) AG").
_FORM_ONLY = frozenset("ag inc co corp ltd plc sa nv llc gmbh spa bv a/s".split())
#: A particle and a year between a company's name and its form: " af 1871 ".
_FORM_AFTER_PARTICLE = re.compile(r"[ \t]+[a-z]{2,3}[ \t]+\d{4}[ \t]+$")
#: Initials or a party tag in brackets after a name, with the state Reuters writes after a party:
#: "(PCGG)", "(D-Ohio)", "(Democrat) of West Virginia".
_BRACKET_BEFORE = re.compile(
    r"[ \t]*\([A-Z][\w.&-]{0,20}\)(?:[ \t]+of[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2})?[ \t]*$"
)
#: A lower-case role phrase opening a post-quote subject and set before the name by a comma:
#: "said head of equities at Norvale Securities Co, Ida Brenner."
_ROLE_PHRASE_COMMA = re.compile(
    r"(?:(?:the|a|an)[ \t]+)?(?:(?:[a-z][a-z'’-]*|[A-Z]{2,6})[ \t]+){0,3}"
    # ("said the Chairman of the Joint Negotiating Council in the state, Comrade Ade Bello":
    # a capitalised role and a long body)
    + "(?i:"
    + alternation(_ROLE_WORDS)
    + ")"
    + r"[ \t]+(?:of|at|for|with|to)[ \t]+[^,.;:\"“”\n]{2,100}?,[ \t]+(?=[A-Z])"
)
_CLAUSE_END = re.compile(r"[ \t]*(?:[.;!?]|$|\n)")
#: Lower-case words for the kind of body after a sentence's first word: "Proxy| advisory firm |".
_KIND_LINK = re.compile(r"[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}([a-z]+)[ \t]+(?=[A-Z])")
#: Lower-case role words between an organisation and a person's name ("Norvale chief executive Ida").
_ROLE_LINK = re.compile(
    r"[ \t]+(?:(?:[a-z][a-z-]*[ \t]+){0,2}"
    + alternation(_ROLE_WORDS)
    + r"[ \t]+and[ \t]+)?"  # "said Nortel president and chief executive Bill Owens"
    + r"(?:[a-z][a-z-]*[ \t]+){0,2}"
    + alternation(_ROLE_WORDS)
    + r"[ \t]*,?[ \t]+(?=[A-Z])"  # "said EEF chief economist, Steve Radley"
)
_ADV_START = re.compile(r"\s*(?:(?:" + "|".join(sorted(L.CUE_ADVERBS)) + r")\s+)*")
_WS = re.compile(r"\s*")
#: Words before a name that describe it ("the group's former chairman Ann Lee"): never a
#: pronoun, a verb of saying or a word that starts another phrase ("he said, arguing that Ann
#: Lee ...", "one source who identified Ann Lee").
_NOT_DESCRIPTOR = (
    "he she they it we i you who whom whose which that and but or for to with from at in on by as "
    "about after before when while because if than"
)
_DESCRIPTORS = re.compile(
    r"(?:(?:[Tt]he|[Aa]n?|one|two)\s+)?(?:[A-Z][\w.&-]*['’]s\s+)?(?:(?!(?:"
    + "|".join(sorted(set(_NOT_DESCRIPTOR.split()) | L.CUE_VERBS, key=len, reverse=True))
    + r")\b)[a-z-]+\s+){0,5}"
)
_TITLE_PREFIX = re.compile(r"(?:[a-z-]+\s+){1,4}")
#: A preposition right before a capitalised run: the run is not the subject
#: ("a woman from Sudzha said", "the mayor of Kharkiv said").
_LEAD_WORDS = re.compile(r"\s*(?:(?:and|but|so|then|while|as|also|when|with|after|before)\s+)*")
#: A representative's seat or a minister's portfolio after the role: "MP for Dunmore",
#: "senator for Ohio", "minister for Europe" (group 1 is the role).
_SEAT_TAIL = re.compile(
    r"\b(MPs?|MSPs?|MEPs?|AMs?|TDs?|[Mm]ember|[Ss]enator|[Rr]epresentative|[Cc]ongress(?:wo)?man|[Cc]ouncillor|"
    r"[Cc]andidate|[Mm]inister|[Ss]ecretary|[Cc]ommissioner)[ \t]+for[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w'’.-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w'’.-]*){0,4}"
)
_SEAT_LEAD = re.compile(r"(?:(?:[Tt]he|an?)[ \t]+)?(?:[A-Z][\w-]*[ \t]+)?")


def _is_seat(body: str, s: int, e: int) -> bool:
    """Whether [s, e) is only a role with its seat or portfolio: "MP for Eastfold", "the Tory
    candidate for Westshire" (in apposition: a description of the name beside it)."""
    seat = _SEAT_TAIL.search(body, s, e)
    return seat is not None and seat.end() == e and _SEAT_LEAD.fullmatch(body, s, seat.start()) is not None


#: A document opening its sentence: "A paper on AZT", "The report by the panel".
_DOCUMENT_LEAD = re.compile(
    r"(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:"
    + "|".join(sorted(L.DOCUMENT_NOUNS | L.COURT_FILINGS | {"study", "survey", "analysis"}))
    + r")\b"
)
#: A participle saying who made a document, up to "by": "presented at the conference by",
#: "conducted by Doctors".
_MADE_BY = re.compile(
    r"(?:presented|written|prepared|drafted|published|issued|released|signed|delivered|submitted|conducted|"
    r"authored|compiled|filed|brought|lodged)\b[^,]{0,120}?\bby[ \t]+(?:(?:Drs?|Doctors|Professors?|Prof)\.?[ \t]+)?"
)
#: " and Rebecca Buckley": a second name after the first, to the end of the chunk.
_AND_NAME_END = re.compile(
    r"[ \t]+and[ \t]+(?:[A-Z][\w.'’-]*[ \t]*){1,4}"
    # " of Allentown": where the one who filed it lives
    r"|[ \t]+of[ \t]+(?:[A-Z][\w.'’-]*[ \t]*){1,3}"
)
#: An aside saying who has seen a document, closing a subject: ", seen by WalesOnline, ".
_SEEN_BY_ASIDE = re.compile(r",[ \t]+(?:seen|obtained|reviewed)[ \t]+by[ \t]+[^,;:\"“”\n]{1,60},[ \t]*")
#: A participle of being reached or receiving, and "by" before its agent: "contacted by",
#: "obtained by" (not "released by the institute", which names who speaks).
_AGENT_BY = re.compile(
    r"\b(?:contacted|reached|interviewed|asked|questioned|approached|quoted|cited|obtained|seen|reviewed|"
    r"quizzed|telephoned|called|pressed|surveyed|polled)[ \t]+by[ \t]+(?:the[ \t]+)?$"
)
#: An office whose holder is "the X of <place>", not the place ("the Mayor of London"; "the State
#: of New Jersey" is the state).
_OFFICE_WORDS = L.ROLE_NOUNS | frozenset(
    "archbishop bishop king queen prince princess emperor lord lady baron baroness countess viscount duke "
    "duchess earl".split()
)
_PREP_BEFORE = re.compile(r"\b(?:from|in|at|near|of|outside|inside|across|around|throughout)[ \t\r\n]+$")


#: Something written that "reads" or "said" what the quotation gives, in a relative clause:
#: "a cryptic message on Instagram which read", "a note that said" (not "a letter from his doctor
#: that says": its writer is named).
_MESSAGE_WHICH = re.compile(
    r"\b(?:message|post|note|tweet|email|e-mail|text|letter|statement|caption|card)\b"
    r"(?:(?![ \t](?:from|by|of)[ \t])[^,;:.]){0,40}?[ \t]+(?:which|that)[ \t]+(?:simply[ \t]+)?$"
)
#: A conjunction that opens a second clause, before its subject: "..., while Ann Lee, ..., said"
#: (perhaps after the closing mark of a quotation whose comma ended the chunk before).
_CONTRAST_LEAD = re.compile(r"(?:[\"”’'][ \t]*)?(?:while|whilst|whereas|but|although|though|yet)[ \t]+(?=[A-Z])")


class Context:
    """Everything about one document the attribution rules look at."""

    def __init__(self, body, quotes, sentences, runs, people):
        self.body = body
        self.quotes = quotes
        self.sentences = sentences
        self.sent_starts = [s for s, _ in sentences]
        self.runs = runs  # list of items lists
        self.people = people
        self.run_by_end = {}
        self.run_by_start = {}
        for items in runs:
            self.run_by_start[items[0][0]] = items
            self.run_by_end[items[-1][1]] = items

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sent_starts, pos) - 1)

    # -- resolving a mention --------------------------------------------------

    def person_in(self, s: int, e: int):
        ppl = self.people
        lo = bisect_right(ppl.starts, s - 1)
        hi = bisect_right(ppl.starts, e - 1)
        found = None
        for m in ppl.mentions[lo:hi]:
            if (
                m.end <= e
                or (self.body[e : e + 1] == "-" and m.end - e <= 8)  # "Lee Jae|-myung"
                or self.body[e : m.end].strip(" ,.") in NAME_SUFFIXES  # "Voss| Jr."
            ):
                found = m
        return found

    def resolve_run(self, items, allow_org=True):
        """(name, start, end, role) for a capitalised run used as a subject."""
        items = items[shares_lead(self.body, items) :]
        s, e = items[0][0], items[-1][1]
        m = self.person_in(s, e)
        if m is not None:
            first = self.person_in(s, m.start)
            if first is not None and _AND_ONLY.fullmatch(self.body, first.end, m.start):
                m = first  # "Jonathan Wolpaw and Dennis McFarlane said": the first named
            elif first is not None and _OF_ONLY.fullmatch(self.body, first.end, m.start):
                m = first  # "said Richard Yamarone of Argus Research": the person, of the firm
            elif first is None and allow_org:
                cut = next(
                    (i for i, it in enumerate(items) if it[2] == CONN and self.body[it[0] : it[1]] in ("and", "&")),
                    None,
                )
                if (
                    cut is not None
                    and 0 < cut
                    # (or a "person" the run's whole "X and Y" was taken for: "Fleet and Norstar")
                    and (items[cut][1] <= m.start or (m.start == s and m.end >= items[cut][1]))
                    and (
                        self.body[items[cut - 1][0] : items[cut - 1][1]].lower().rstrip(".") in _FORM_ONLY
                        or company_elsewhere(self.body, self.body[s : items[cut - 1][1]])
                    )
                ):
                    # "Chrysler and Renault said" after "Chrysler Corp and Regie ... Renault": the
                    # first named of two bodies speaking together, not a name after "and"
                    r = self.resolve_run(items[:cut])
                    if r is not None and r[0] is not None:
                        return r
            return m.name, m.start, m.end, self.people.roles.get(m.name)
        if len(items) > 2 and items[1][2] == CONN and self.body[items[1][0] : items[1][1]] == "of":
            full = self.people.surnames.get(self.body[items[0][0] : items[0][1]])
            if (
                full is not None
                and full != self.body[items[0][0] : items[0][1]]
                and is_first_name(full.split()[0])
                and self.body[items[0][0] : items[0][1]] not in L.PARTY_WORDS
            ):
                # "said Mills of the Federation of Industries" after "Lawrence Mills": the person
                # the article named, then the body he is of
                return full, items[0][0], items[0][1], self.people.roles.get(full)
        k = 0
        while k < len(items) and items[k][2] in (STOP, TITLE, CONN):
            k += 1
        if 0 < k < len(items) and items[0][2] == TITLE and company_elsewhere(self.body, self.body[s:e]):
            k = 0  # "General Dynamics said" after "General Dynamics Corp": the company, no general
        while 0 < k < len(items) and items[k][2] == ORG and items[k - 1][2] == TITLE:
            k -= 1  # "The National Association of Securities Dealers": a title word naming a body
        rest = items[k:]
        if not rest:
            # a title alone: "The President said"
            head = self.body[items[-1][0] : items[-1][1]].lower()
            if head in L.ROLE_NOUNS:
                name = self.people.by_role(head, s, self.body[s:e])
                if name:
                    return name, s, e, self.people.roles.get(name)
            word = self.body[items[-1][0] : items[-1][1]]
            full = self.people.surnames.get(word) if len(items) == 1 else None
            if full is not None and full != word:
                return full, s, e, self.people.roles.get(full)  # "King added": Jason King's surname
            return None
        if (
            len(rest) == 1
            and rest[0][2] == PLACE
            and k >= 2
            and items[k - 1][2] == CONN
            and self.body[items[k - 2][0] : items[k - 2][1]].lower() in _OFFICE_WORDS
        ):
            return None, s, e, self.body[items[k - 2][0] : e]  # "The Mayor of London": an office, no place
        if len(rest) == 1 and rest[0][2] == PLACE:
            ent = rest[0][3]
            if ent.kind == "demonym":
                return None
            full = self.people.by_token(self.body[rest[0][0] : rest[0][1]], rest[0][0])
            if full is not None:
                # "Gao said" after "Gao Jianming" (the family name first), "Mary said" after
                # "Mary Kowalski": a place's name that is a word of one person's named before
                return full, rest[0][0], rest[0][1], self.people.roles.get(full)
            return ent.place, rest[0][0], rest[0][1], None
        labels = {it[2] for it in rest}
        if not allow_org:
            return None
        if labels & {OTHER, ORG, ACRONYM}:
            cut = next((i for i, it in enumerate(rest) if it[2] == CONN and self.body[it[0] : it[1]] == "and"), None)
            if (
                cut is not None
                and 0 < cut < len(rest) - 1
                # ("Kahn and Kahn": one firm of two namesakes)
                and self.body[rest[0][0] : rest[cut - 1][1]] != self.body[rest[cut + 1][0] : rest[-1][1]]
                and company_elsewhere(self.body, self.body[rest[0][0] : rest[cut - 1][1]])
                and company_elsewhere(self.body, self.body[rest[cut + 1][0] : rest[-1][1]])
            ):
                # "Fleet and Norstar in a joint statement": two companies the article names in
                # full elsewhere, speaking together; the first named speaks
                return self.resolve_run(rest[:cut])
            if rest[-1][2] == TITLE and not (
                len(rest) == 2
                and self.body[rest[1][0] : rest[1][1]] == "State"
                and not self.body.startswith(("Pro-", "Anti-"), rest[0][0])
            ):
                # "The Conservative Party Co-Chairman said": a role, never a name (but "Tamarack
                # State said" is a state university)
                head = self.body[rest[-1][0] : rest[-1][1]].lower().rsplit("-", 1)[-1]
                name = self.people.by_role(head, s, self.body[s:e]) if head in L.ROLE_NOUNS else None
                if name:
                    return name, s, e, self.people.roles.get(name)
                return (None, s, e, None) if self.body[s : s + 4].lower() == "the " else None
            rs, re_ = rest[0][0], rest[-1][1]
            if (
                len(rest) == 1
                and self.body[rs:re_] not in self.people.surnames  # "Banks told" after "Mike Banks"
                and (
                    (rest[0][2] == OTHER and common_plural(self.body, self.body[rs:re_]))
                    or (rest[0][2] in (OTHER, ORG) and _org_plural(self.body[rs:re_]))
                )
            ):
                return None, rs, re_, None  # "Officials said", "Unions said": an unnamed source
            if (
                len(rest) > 1
                and rest[-1][2] == OTHER
                and self.body[rest[-1][0] : rest[-1][1]].lower() in L.PLURAL_NOUNS
                and all(it[2] in (PLACE, ACRONYM) for it in rest[:-1])
            ):
                return None, rs, re_, None  # "Some U.S. Officials complained": an unnamed group
            name = " ".join(self.body[rs:re_].split())
            return self.people.resolve_name(name), rs, re_, None
        return None

    def after_preposition(self, items) -> bool:
        """A run that is no person and follows a preposition ("from Sudzha")."""
        s = items[0][0]
        return _PREP_BEFORE.search(self.body, max(0, s - 12), s) is not None and self.person_in(s, items[-1][1]) is None

    def phrase_before(self, lo: int, s: int, e: int):
        """The unnamed source phrase ending at ``e`` that holds the run at ``s``:
        back to the clause start ("with the campaign of the senator from Ohio")."""
        body = self.body
        cut = lo
        for ch in ',;:(—“”"\n':
            i = body.rfind(ch, lo, s)
            if i >= 0:
                cut = max(cut, i + 1)
        m = _LEAD_WORDS.match(body, cut, s)
        cut = m.end() if m else cut
        p = self.person_in(cut, s)
        if (
            p is not None
            and _OF_ONLY.fullmatch(body, p.end, s)
            and (_TITLE_LEAD.fullmatch(body, cut, p.start) or _ROLE_LEAD.fullmatch(body, cut, p.start))
        ):
            # "Matthew Herren from EduVision told", "analyst Jack Kirnan of Kidder Peabody told":
            # the person, from the body
            return p.name, p.start, p.end, self.people.roles.get(p.name)
        return (None, cut, e, None) if cut < s else None

    def pair_before(self, pos: int):
        """The first of two people named together as a cue's subject ("Ann Lee and Tom Ray
        said") in the sentence of ``pos`` before it or the one before that, or None."""
        si = self.sentence_of(pos)
        for sj in (si, si - 1):
            if sj < 0:
                continue
            s, e = self.sentences[sj]
            e = min(e, pos)
            ms = [
                m for m in self.people.mentions[bisect_left(self.people.starts, s) :] if m.start < e and not m.in_quote
            ]
            for a, b in zip(ms, ms[1:]):
                if a.name != b.name and (
                    (_AND_ONLY.fullmatch(self.body, a.end, b.start) and _PAIR_CUE.match(self.body, b.end))
                    # "said chairman Ann Lee and president Tom Ray in a statement"
                    or (
                        _AND_ROLE.fullmatch(self.body, a.end, b.start)
                        and _SAID_ROLE_BEFORE.search(self.body, max(s, a.start - 60), a.start)
                    )
                ):
                    return a
        return None

    def resolve_pronoun(self, s: int, e: int):
        """A pronoun subject: its antecedent, or the bare mention (speaker None) when the
        text names nobody it can refer to; the mention still marks who spoke, and a
        quotation that continues this one inherits it."""
        # after a comma ("..., he said") the pronoun reports the clause before it
        own = _COMMA_BEFORE.search(self.body, max(0, s - 4), s) is None or (
            # "... that when Kinsella was arrested, he replied:": the comma closes a clause of
            # time or condition whose subject the pronoun takes up
            _SUBCLAUSE_BEFORE.search(self.body, max(0, s - 140), s) is not None
        )
        kin = self._paragraph_kin(s, e)
        if kin is not None:
            return kin, s, e, self.people.roles.get(kin)
        name = self.people.antecedent(s, self.sentences, self.sent_starts, self.body[s:e], own)
        si = self.sentence_of(s)
        for sj in range(si - 1, max(-1, si - 4), -1) if self.body[s:e].lower() in ("he", "she") else ():
            if self.people.named_in(self.sentences[sj][0], self.sentences[sj][1]):
                break
            lm = _LONE_SURNAME_SAID.search(self.body, *self.sentences[sj])
            strict = sj < si - 1 or lm is None
            if lm is None:
                lm = _LONE_SURNAME_OPENS.match(self.body, *self.sentences[sj])
            if (
                lm is not None
                # (further back, or opening its sentence: a word that is only ever a surname here, or
                # a given name of the pronoun's gender, when the pronoun's other antecedent, if any,
                # was named before it: "Safin said he was ... The Russian hit ... "I try," he said.")
                and not (strict and not self._lone_speaker(lm.group(1), self.body[s:e], name, self.sentences[sj][0]))
                and lm.group(1) not in self.people.words
                and lm.group(1).lower() not in L.ORG_WORDS
                and self.run_by_start.get(lm.start(1)) is not None
                and all(it[2] == OTHER for it in self.run_by_start[lm.start(1)])
            ):
                # "..., Slifer said. "If this continues ...," he said.": the one word a sentence
                # just before ended or opened with as its speaker, a surname the article gives
                # no one else, with no one named since; a typo of a named person's surname is his
                typo = misspelt_surname(self.people.surnames, lm.group(1), 5)
                if typo is not None:
                    return typo, s, e, self.people.roles.get(typo)
                return lm.group(1), s, e, None
        if name is None:
            held = self._office_subject_before(s, e) if self.body[s:e].lower() in ("he", "she") else None
            if held is not None:
                return held, s, e, self.people.roles.get(held)
            return None, s, e, None
        last = max((m.end for m in self.people.mentions if m.name == name and m.end <= s), default=-1)
        if spokesperson_after(self.body, self.sentences, self.sentence_of(s), last):
            return None, s, e, None  # "a spokesman for the Home Office ... He said": the office's
        return name, s, e, self.people.roles.get(name)

    def _paragraph_kin(self, s: int, e: int) -> str | None:
        """For "he" or "she" at ``[s, e)`` in a paragraph that opens on someone's relative of the
        pronoun's gender and names no one before it ("Her husband shakes his head. He says ... .
        “...,” he says."), that relative, when the article says who it is; None otherwise."""
        pron = self.body[s:e].lower()
        if pron not in ("he", "she"):
            return None
        ps = self.body.rfind("\n", 0, s) + 1
        first = self.sentences[self.sentence_of(ps)]
        if first[0] < ps or first[1] >= s or self.people.named_in(ps, s):
            kin = self._kin_just_before(s)
        else:
            kin = kin_subject(self, first[0], first[1], first[1])
        if kin is None or word_gender(self.body[kin[1] : kin[2]].lower()) != pronoun_gender(pron):
            return None
        return kin[0]

    def _kin_just_before(self, s: int) -> tuple[str, int, int] | None:
        """For a pronoun at ``s`` cueing the quotation its sentence opens with, the relative the
        sentence right before opens on ("Her brother, who ..., was less sanguine. “...,” he
        said"; "Asked what advice he gave, her brother laughed. ¶ “...,” he said"), with no one
        named after that sentence; None otherwise."""
        ss = self.sentences[self.sentence_of(s)][0]
        if not _QUOTE_THEN_CUE.fullmatch(self.body, ss, s):
            return None
        span = sentence_before(self, ss)
        # (its object may be named: "His father accepted that nobody had taken Mr Rennie through it")
        if span is None or self.people.named_in(span[1], s):
            return None
        ph = _PHRASE_LEAD.match(self.body, *span)
        kin = kin_subject(self, ph.end() if ph is not None else span[0], span[1], ss)
        if kin is not None and self.people.named_in(kin[2], min(span[1], kin[2] + 40)):
            return None  # ("Her brother, Martin Lyle, has had to ...": named there, read elsewhere)
        return kin

    def _office_subject_before(self, s: int, e: int) -> str | None:
        """For "he" or "she" at ``[s, e)`` with no one of its gender named near: the holder of
        the office that the sentence before opens on ("The Speaker ruled that ... . “...,” she
        directed"), when the pronoun's gender can be theirs."""
        span = sentence_before(self, s)
        om = DESCRIBED_SUBJECT.match(self.body, *span) if span is not None else None
        head = om.group(2).lower() if om is not None else ""
        if om is None or not (head in L.ROLE_NOUNS or head in L.OCCUPATIONS or head in ("executive", "officer")):
            return None  # ("Asked why, the chief executive said ... . “...,” he said": the one given the post)
        holder = self.people.by_role(om.group(2).lower(), span[0], om.group(1).lower())
        want = pronoun_gender(self.body[s:e])
        if holder is None or self.people.gender_of(holder) not in (None, want):
            return None
        return holder

    def _lone_speaker(self, word: str, pronoun: str, name: str | None, since: int) -> bool:
        """Whether a lone capitalised ``word`` opening a sentence that starts at ``since`` may be
        what ``pronoun`` refers to: only a surname here, or a given name of the pronoun's gender,
        never a company's name, and nearer than the person the pronoun would otherwise take."""
        ppl = self.people
        if name is not None and any(m.name == name for m in ppl.mentions[bisect_left(ppl.starts, since) :]):
            return False
        if company_elsewhere(self.body, word) or re.search(
            rf"\b{word}[ \t]+(?:(?:also|had|has|have)[ \t]+)?[a-z]+[ \t]+(?:that[ \t]+)?its?\b", self.body
        ):
            return False  # "Yukos claimed it sought help": a company
        if _lone_surname(self.body, word):
            return True
        return is_first_name(word) and first_name_gender(word) == pronoun_gender(pronoun)

    def resolve_role(self, head: str, s: int, e: int):
        name = self.people.by_role(head, s, self.body[s:e])
        if name is None:
            return None
        return name, s, e, self.people.roles.get(name)

    # -- subjects ------------------------------------------------------------------

    def subject_before(self, p: int, lo: int):
        """The subject ending right before position ``p`` (skipping adverbs)."""
        body = self.body
        end = p
        lo = max(lo, p - 300)
        tm = _WHEN_BEFORE_CUE.search(body, max(lo, p - 40), p)
        if tm is not None:
            end = tm.start()  # "Lawson as recently as December 17 said": the subject before the time
        gm = _GERUND_PHRASE_BEFORE_CUE.search(body, max(lo, end - 100), end)
        if gm is not None:
            end = gm.start()  # "Du Plessis in disclosing the agreement last night said": the subject before
        mm = _NUMBERED_GROUP_MEMBERS.search(body, max(lo, end - 80), end)
        if mm is not None:
            end = mm.end(1)  # "The Group of 24 developing countries said": the group speaks
        bm = _BRACKET_BEFORE.search(body, max(lo, end - 60), end)
        if bm is not None and bm.start() > lo and body[bm.start() - 1 : bm.start()].isalpha():
            end = bm.start()  # "... Commission on Good Government (PCGG) told": the name before its initials
        im = _IN_PLACE_TAIL.search(body, max(lo, end - 40), end)
        if im is not None:
            items = self.run_by_start.get(im.start(1))
            em = _EMPLOYER_BEFORE_IN.search(body, max(lo, im.start() - 60), im.start())
            pm = self.person_in(max(lo, em.start() - 60), em.end(1)) if em is not None else None
            if items is not None and all(it[2] == PLACE for it in items) and pm is not None and pm.end == em.end(1):
                end = im.start()  # "Natsuo Okada of Sumitomo Bank in New York warned": the person, not the city
        while True:
            m = _LAST_WORD.search(body, lo, end)
            if m is None:
                return None
            w = m.group(1)
            if w[0].islower() and (w in L.CUE_ADVERBS or w == "here"):  # "the embassy here said"
                end = m.start(1)
                continue
            break
        ws, we = m.span(1)
        if w in ("he", "she", "He", "She"):
            return self.resolve_pronoun(ws, we)
        if w == "it" and CLAUSE_LINK_BEFORE.search(body, max(lo, ws - 12), ws):
            # "closed the plant because it said "...": the body "it" stands for, not the
            # apposition the sentence opened with
            return None, ws, we, None
        if w == "s" and body[ws - 1 : ws] in ("'", "’") and NAME_CLAUSE_END.match(body, we):
            named = self._possessive_name(ws - 1, lo)
            if named is not None:
                return named  # "Standard and Poor's said", "Sainsbury's said": the 's is the name's
        if w == "who":
            cm = _COMMA_BEFORE.search(body, max(lo, ws - 4), ws)
            pm = self.person_in(max(lo, ws - 80), cm.start()) if cm is not None else None
            if (
                pm is not None
                and pm.end == cm.start()
                # (not "Armin Laschet, the leader of the opposition in North-Rhine Westphalia, who")
                and not _LOCATIVE_END.search(body, max(lo, pm.start - 6), pm.start)
            ):
                # "a letter from Trade Representative Ann Lee, who said the plan "...": the one
                # the relative pronoun stands for (the first of two: "Govs. Ann Lee and Tom Ray, who say")
                pm = self.first_of_pair(max(lo, pm.start - 100), pm.start) or pm
                if body[max(lo, pm.start - 5) : pm.start] == " and ":
                    first = self.person_in(max(lo, pm.start - 80), pm.start - 5)
                    if (
                        first is not None
                        and first.end == pm.start - 5
                        and body[max(0, first.start - 2) : first.start] != ", "
                    ):
                        pm = first  # (not "Will Smith, Patti LaBelle and Stevie Wonder, who joked": a list's last)
                return pm.name, pm.start, pm.end, self.people.roles.get(pm.name)
        if w[0].islower():
            om = _NAME_ORG_ROLE.search(body, max(lo, we - 160), we)
            pm = (
                self.person_in(om.start(1), om.end(1))
                if om is not None and (om.group(2) in _ROLE_WORDS or om.group(2) == "member")
                else None
            )
            if pm is not None and pm.end == om.end(1):
                # "Jim Billington, Farm Credit Administration (FCA) board member told": the person
                # whose body and role follow his name, the apposition's closing comma lost
                return pm.name, pm.start, pm.end, self.people.roles.get(pm.name)
        if w in ("they", "They"):
            pair = self.pair_before(ws)
            if pair is not None:
                # 'Ann Lee and Tom Ray said ... . "...," they said.': the first named of the two
                return pair.name, ws, we, self.people.roles.get(pair.name)
        items = self.run_by_end.get(we)
        if items is not None and len(items) == 1 and body[items[0][0] : we].lower().rstrip(".") in _FORM_ONLY:
            bm = _BRACKET_BEFORE.search(body, max(lo, ws - 30), ws)
            if bm is not None:
                # "Tom Ray of Norvale Bank (Switzerland) AG said": the name before the aside
                return self.subject_before(bm.start(), lo)
            fm = _FORM_AFTER_PARTICLE.search(body, max(lo, items[0][0] - 20), items[0][0])
            if fm is not None:
                # "Den Danske Bank af 1871 A/S said": the name before the founding year
                return self.subject_before(fm.start(), lo)
            if body[max(lo, ws - 3) : ws] in ("'s ", "’s "):
                # "Standard and Poor's Corp said": the company form ends a possessive name
                r = self.subject_before(ws - 3, lo)
                if (
                    r is not None
                    and r[0] is not None
                    and r[2] == ws - 3
                    and r[0].endswith(body[r[1] : r[2]].split()[-1])
                ):
                    r = (r[0] + body[ws - 3 : ws - 1], r[1], ws - 1, *r[3:])
                return r
        if items is not None and items[0][0] >= lo:
            bm = _AGENT_BY.search(body, max(lo, items[0][0] - 30), items[0][0])
            if bm is not None:
                # "A Fiat spokesman contacted by Reuters said": who was contacted speaks, not the agent
                pe = bm.start()
                while pe > lo and body[pe - 1].isspace():
                    pe -= 1
                cs = max([lo] + [body.rfind(ch, lo, pe) + 1 for ch in ',;:(\n"“”'])
                cs = _WS.match(body, cs, pe).end()
                if np_ok_start(body, cs, pe):
                    return describe(self, cs, pe)
                return None
            om = _COMMA_OF.search(body, max(lo, items[0][0] - 40), items[0][0])
            if om is not None:
                # "Jeffrey Miller, of Miller Tabak Hirsch and Co said": the person, not the firm
                pm = self.person_in(max(lo, om.start() - 60), om.start())
                if pm is not None and pm.end == om.start():
                    return pm.name, pm.start, pm.end, self.people.roles.get(pm.name)
            am = _APPOSED_EMPLOYER.search(body, max(lo, items[0][0] - 120), items[0][0])
            if am is None and len(items) > 2 and items[0][2] == TITLE and items[1][2] == CONN:
                # "Ramon Diaz, Chairman of the Presidential Commission told": the run opens with
                # the role; the employer's name is what follows it
                k = next((k for k in range(1, len(items)) if items[k][2] not in (CONN, TITLE)), None)
                if k is not None:
                    am = _APPOSED_EMPLOYER.search(body, max(lo, items[0][0] - 120), items[k][0])
            if am is None:
                # "Dr Mark Tuffy games systems director at digital content firm THX said"
                pm = next(
                    (
                        m
                        for m in reversed(self.people.mentions[: bisect_left(self.people.starts, items[0][0])])
                        if m.start >= max(lo, items[0][0] - 120) and _role_and_employer(body, m.end, items[0][0])
                    ),
                    None,
                )
                if pm is not None:
                    return pm.name, pm.start, pm.end, self.people.roles.get(pm.name)
            if am is not None:
                pm = self.person_in(am.start(1), am.end(1))
                if pm is not None and pm.end == am.end(1) and _TITLE_LEAD.fullmatch(body, am.start(1), pm.start):
                    # "Peter Misselbrook, executive partner of Tods Murray said": the person
                    return pm.name, pm.start, pm.end, self.people.roles.get(pm.name)
            if self.after_preposition(items):
                return self.phrase_before(lo, items[0][0], we)  # "One woman from Sudzha said"
            r = self.resolve_run(items)
            if r is not None and r[0] is not None and r[0] in self.people.roles:
                first = self.first_of_pair(lo, items[0][0])
                if first is not None:
                    return first.name, first.start, first.end, self.people.roles.get(first.name)
            return r
        if body[ws - 1 : ws] == "-":  # "Lee Jae-myung said"
            m = self.person_in(max(lo, ws - 80), we)
            if m is not None and m.end == we:
                return m.name, m.start, m.end, self.people.roles.get(m.name)
        rm = _ROLE_THE.search(body, max(lo, ws - 60), we)
        if rm and rm.group(1).split("-")[-1] in L.ROLE_NOUNS:  # "the secretary-general"
            # a role no one named holds is still this cue's subject ("the chancellor told
            # reporters:"), described, not a reason to take an earlier cue's subject
            return self.resolve_role(rm.group(1), rm.start(), we) or (None, rm.start(), we, None)
        return None

    def _possessive_name(self, e: int, lo: int):
        """A name written with its possessive ``'s`` at ``e`` ("McDonald's", "Standard and
        Poor's") as a cue's whole subject: the run before, with the ``'s``; None when no run
        ends at ``e``."""
        items = self.run_by_end.get(e)
        if items is None or items[0][0] < lo:
            return None
        r = self.resolve_run(items)
        if r is None or r[0] is None or r[2] != e:
            return None
        return (r[0] + self.body[e : e + 2], r[1], e + 2, *r[3:])

    def subject_at(self, p: int, hi: int):
        """A subject starting at ``p``: (result, end) or None."""
        body = self.body
        m = _PRON_START.match(body, p, hi)
        if m:
            return self.resolve_pronoun(m.start(), m.end()), m.end()
        tm = _THEY_START.match(body, p, hi)
        if tm:
            pair = self.pair_before(p)
            if pair is not None:
                # '"...," they said' after "Ann Lee and Tom Ray said": the first named
                return (pair.name, tm.start(), tm.end(), self.people.roles.get(pair.name)), tm.end()
        items = self.run_by_start.get(p)
        if items is not None:
            end = items[-1][1]
            # ("said Orvane Holdings' chief executive": a plural's bare apostrophe)
            mark = 2 if body[end : end + 2] in ("’s", "'s") else 1 if body[end - 1 : end + 2] in ("s' ", "s’ ") else 0
            if mark:
                if mark == 2 and NAME_CLAUSE_END.match(body, end + 2):
                    # "said McDonald's.": a name written with its 's, nothing after it
                    named = self._possessive_name(end, p)
                    return (named, end + 2) if named is not None else None
                # "said Iron Maiden's Bruce Dickinson": the person the possessive introduces
                if end + mark >= hi:
                    return None
                ap = _WS.match(body, end + mark, hi).end()
                rm = _ROLE_THEN_NAME.match(body, ap, hi)
                if rm is not None and rm.group(1) not in _ROLE_HEAD_WORDS:
                    rm = None  # "Ryan's campaign shrugged off Trump's ...": no role, a clause
                # "said President Clinton's chief economist, Janet L. Yellen": past the role too
                after = self.person_after(rm.end() if rm is not None else ap, hi)
                return after if after is not None and after[0][0] else None
            bm = _BRACKETED.match(body, end, hi)
            if bm is not None and self.person_in(p, end) is None:
                # "said Norvale Securities (Japan) analyst Ida Brenner", "Ministry of Trade (MOT)
                # Deputy Director Tom Ray told": the person after the body's bracketed aside
                link = _ROLE_LINK.match(body, bm.end() - 1, hi)
                after = self.person_after(link.end() if link is not None else bm.end(), hi)
                if after is not None and after[0][0] is not None:
                    return after
            # "said Norvale chief executive Ida Brenner": the organisation is her employer, even
            # when its name could be a person's ("Jupiter Research analyst Ida Brenner")
            link = _ROLE_LINK.match(body, end, hi)
            if link is None and body[end : end + 2] in ("' ", "’ ") and body[end - 1 : end] == "s":
                link = _WS.match(body, end + 1, hi)  # "said Sky Networks' Ida Brenner"
            if link is not None:
                after = self.person_after(link.end(), hi)
                if after is not None:
                    return after
            km = _KIND_LINK.match(body, end, hi) if len(items) == 1 and at_sentence_start(body, p) else None
            if km is not None and km.group(1) in L.BODY_NOUNS and (nxt := self.run_by_start.get(km.end())) is not None:
                # "Proxy advisory firm Stakeholder Governance Partners said": a sentence's first
                # word qualifies the kind of body, whose name follows
                return self.resolve_run(nxt), nxt[-1][1]
            head = self._modified_noun(items, hi)
            if head is not None:
                return head
            km = _AKA.match(body, end)
            if km is not None:
                pa = self.person_after(km.end(), hi)
                if pa is not None and pa[0][0]:
                    return pa[0], end  # "says JK, also known as Jason King": the name behind the alias
            cut = _of_cut(body, items)
            if cut < end:
                first = self.person_in(p, cut)
                if first is not None and first.start == p and first.end <= cut:
                    # "said Travis of the Convention and Visitors Bureau": the person, then where
                    # they work
                    return (first.name, first.start, first.end, self.people.roles.get(first.name)), end
            return self.resolve_run(items), end
        m = _ROLE_PHRASE_COMMA.match(body, p, hi)
        if m:
            # "said head of equities at Norvale Securities Co, Ida Brenner.", "said the chairman
            # of Norvale, Ida Brenner.": the name the role phrase is set before
            after = self.person_after(m.end(), hi)
            if (
                after is not None
                and after[0][0] is not None
                # (", who made the visit": what the name is followed by does not matter)
                and (_CLAUSE_END.match(body, after[1]) or body.startswith(",", after[1]))
            ):
                return after
        m = _ROLE_START.match(body, p, hi)
        if m:
            return self.resolve_role(m.group(1), m.start(), m.end()), m.end()
        return None

    def _modified_noun(self, items, hi: int):
        """``The Florida senator``: a run that is no person and qualifies the lower-case noun
        after it; (the phrase's source, end) or None when the run stands alone."""
        body = self.body
        end = items[-1][1]
        if body[end : end + 1] != " " or self.person_in(items[0][0], end) is not None:
            return None
        head_end, q = _noun_head(body, end + 1, min(hi, end + 61))
        if head_end == end + 1 or self.run_by_start.get(q) is not None:
            return None  # no noun, or "Trump campaign manager Ann Lee": the name follows
        r = describe(self, items[0][0], head_end)
        return (r, head_end) if r is not None else None

    def first_of_pair(self, lo: int, s: int):
        """The person named first in "singer Ann Lee and drummer Tom Ray", when the second
        name starts at ``s``: the mention, or None."""
        am = _AND_ROLES_BEFORE.search(self.body, max(lo, s - 40), s)
        if am is None:
            return None
        first = self.person_in(max(lo, am.start() - 60), am.start())
        return first if first is not None and first.end == am.start() else None

    def possessed(self, items, hi: int):
        """``Ann Lee's right-hand woman``: the one a possessive name introduces, as a named
        person when the phrase ends with a name ("Ann Lee's aide Tom Ray"), else unnamed;
        None when the run is no possessive."""
        body = self.body
        end = items[-1][1]
        if body[end : end + 2] not in ("’s", "'s") or end + 2 >= hi:
            return None
        p = _WS.match(body, end + 2, hi).end()
        if p < hi and body[p].isupper():
            # "Smith Barney's Mr. Doyle": a titled name right after the possessive
            after = self.person_after(p, hi)
            if after is not None and after[0][0] is not None and _TITLE_LEAD.fullmatch(body, p, after[0][1]):
                return after[0]
            return None
        if p >= hi or not body[p].islower():
            return None
        np_end = _np_end(body, p, hi)
        m = self.person_in(p, np_end)
        if m is not None:
            return m.name, m.start, m.end, self.people.roles.get(m.name)
        head_end, _ = _noun_head(body, p, np_end)
        if head_end == p or len(body[p:head_end].split()) > 4:
            return None
        return None, items[0][0], head_end, None

    def person_after(self, p: int, hi: int):
        """A person's name (not an organisation) starting at ``p``: (result, end)."""
        items = self.run_by_start.get(p)
        if items is None:
            return None
        m = self.person_in(items[0][0], items[-1][1])
        if m is None:
            return None
        pm = PARTNER_AFTER.match(self.body, m.end, hi)
        if pm is not None and pm.end() == items[-1][1] and _FIRM_NOUNS_BEFORE.search(self.body, max(0, p - 30), p):
            # "auditors Deloitte Haskins and Sells said": a partnership the plural names a firm
            # of, not the person its first names would make
            return (self.body[m.start : pm.end()], m.start, pm.end(), None), pm.end()
        first = self.person_in(p, _of_cut(self.body, items))
        if first is not None and first is not m and first.start == p:
            # "Alex McLeish of Novo's punishment": the one the run opens with; what follows
            # "of" is what he spoke about
            return (first.name, first.start, first.end, self.people.roles.get(first.name)), first.end
        return (m.name, m.start, m.end, self.people.roles.get(m.name)), items[-1][1]

    def subject_by_commas(self, lo: int, p: int):
        """``Name, the minister, commenting on X, declared``: walk back over commas."""
        body = self.body
        seg = body[lo:p]
        if "," not in seg:
            return None
        cuts = [lo] + [lo + i + 1 for i, ch in enumerate(seg) if ch == ","]
        chunks = []
        for i, c in enumerate(cuts):
            ce = cuts[i + 1] - 1 if i + 1 < len(cuts) else p
            cs, ce2 = c, ce
            while cs < ce2 and body[cs] in " \t\r\n*_":
                cs += 1
            while ce2 > cs and body[ce2 - 1] in " \t\r\n*_":
                ce2 -= 1
            chunks.append((cs, ce2))
        if chunks and chunks[-1][0] < chunks[-1][1] and not _AUX_ONLY.fullmatch(body, *chunks[-1]):
            return None  # text between the last comma and the cue: not this pattern ("has said" is)
        rel = next(
            (
                i
                for i, (cs, ce) in enumerate(chunks[:-1])
                if i > 0
                and _RELATIVE_OPEN.match(body, cs, ce)
                # ("At Boca West, where it costs $70,000 to join, Jay DiPietro, the club's president,
                # suggested": a clause of place or thing the subject comes after)
                and (body.startswith("whose", cs) or i == len(chunks) - 2)
            ),
            None,
        )
        # "The actor, whose films include A, B and C, said": the relative clause runs to the
        # cue, so none of its chunks is the subject
        cand = (chunks[:rel] if rel is not None else chunks[:-1])[-5:][::-1]
        if len(chunks) >= 3 and _WHO_OPEN.match(body, *chunks[-2]):
            # "The spokesman confirmed that Volcker, who spoke to analysts, said": the name the
            # relative clause follows, however its own clause opened
            pe = chunks[-3][1]
            items = self.run_by_end.get(pe)
            pm = self.person_in(items[0][0], pe) if items is not None else None
            lead = body[chunks[-3][0] : pm.start] if pm is not None else ""
            if (
                pm is not None
                and pm.end == pe
                # the name opens its clause, after "that" or a role at most: not the last of two
                # ("Ann Lee and Tom Ray, who ...") nor one a participle's object ends with
                and not _NOT_A_LEAD.search(_CLAUSE_LINK_LEAD.split(lead)[-1])
            ):
                return pm.name, pm.start, pm.end, self.people.roles.get(pm.name)
        fallback = None
        for cs, ce in cand:  # pass 1: a chunk that is just a name or pronoun
            cm = _CONTRAST_LEAD.match(body, cs, ce)
            if cm is not None:
                cs = cm.end()  # "X criticised it, while Sen. Tom Avery, R-S.D., said": his clause's subject
            tag = _PAREN_TAIL.search(body, cs, ce)
            if tag is not None and tag.start() > cs:
                ce = tag.start()  # "Gov. Ann Cole (R-OH)": the party tag is no part of the name
            if ce - cs < 2:
                continue
            if _is_seat(body, cs, ce):
                continue  # "Colin Reeve, MP for Eastfold, said": the role and seat of the name before
            if body[cs:ce] in ("he", "He", "she", "She"):
                return self.resolve_pronoun(cs, ce)
            pm = self.person_in(cs, ce)
            if (
                pm is not None
                and pm.end == ce
                and pm.start > cs
                and (_NAMED_ROLE_LEAD.fullmatch(body, cs, pm.start) or _THE_WORDS_LEAD.fullmatch(body, cs, pm.start))
            ):
                # "White House spokesman Marlin Fitzwater, asked if ..., said", "The independent
                # Kwame Boateng, a former landlord ..., put it": the person after the words
                # that describe him
                return pm.name, pm.start, pm.end, self.people.roles.get(pm.name)
            if _PLACE_LEAD.match(body, cs, ce):
                continue  # "At Gatwick, passenger Joe Lee, 52, said": where, not who
            if _OBJECT_APPOSITION.search(body, max(lo, cs - 60), cs):
                continue  # "Merrill had suspended the official, Nahum Vaskevitch, yesterday saying": the object's
            items = self.run_by_start.get(cs)
            if items is None:  # "board chairman John Tower"
                tm = _TITLE_PREFIX.match(body, cs, ce)
                if tm and all(w in L.TITLE_WORDS for w in body[cs : tm.end()].split()):
                    items = self.run_by_start.get(tm.end())
            if items is not None and items[-1][1] == ce:
                if all(it[2] == PLACE for it in items):
                    continue  # "Mr Johnson, MP for Henley, Oxfordshire, said": the place is no source
                r = self.resolve_run(items)
                if r and fallback is None and (r[0] is None or r[0] not in self.people.roles):
                    fallback = r  # a word that names no person the article knows: look further back
                    continue
                if r:
                    return r
        if fallback is not None:
            return fallback
        for cs, ce in cand:  # pass 2: a clause that starts with a person
            if _OBJECT_APPOSITION.search(body, max(lo, cs - 60), cs):
                continue  # the object's apposition, as in pass 1
            m = _PRON_START.match(body, cs, ce)
            if m:
                return self.resolve_pronoun(m.start(), m.end())
            for items in self._runs_in(cs, min(ce, cs + 120)):
                lead = body[cs : items[0][0]].split()
                if any(w not in L.TITLE_WORDS and w.lower() not in L.CAP_STOPWORDS for w in lead):
                    break
                pm = self.person_in(items[0][0], items[-1][1])
                if pm is not None and any(it[2] == ORG and it[1] <= pm.start for it in items):
                    break  # "the Institute for Health and Social Care": a name inside an organisation's
                if pm is not None:
                    owned = self.possessed(items, ce)
                    return owned if owned is not None else self.resolve_run(items)
                if any(it[2] in (OTHER, ORG, ACRONYM) for it in items):
                    break
        if rel is not None and _SPOKES_FOR_CHUNK.fullmatch(body, *chunks[rel - 1]):
            # "A spokesman for online retailer HomeHub, which the report singled out ..., said":
            # the body the spokesperson speaks for, as with no clause between
            return self.subject_before(chunks[rel - 1][1], chunks[rel - 1][0])
        return None

    def _runs_in(self, s: int, e: int):
        body = self.body
        e = min(e, len(body))
        p = s
        while p < e:
            items = self.run_by_start.get(p)
            if items is not None:
                yield items
                p = items[-1][1] + 1
                continue
            p += 1
            # only look at word starts
            while p < e and not (body[p].isupper() and not body[p - 1].isalnum()):
                p += 1


def _org_plural(word: str) -> bool:
    """ "Unions", "Banks": the plural of a word for an organisation, naming none."""
    low = word.lower()
    return word[1:].islower() and low.endswith("s") and (low[:-1] in L.ORG_WORDS or low[:-2] in L.ORG_WORDS)


#: "and drummer " between two people's names before a cue.
_AND_ROLES_BEFORE = re.compile(r"[ \t]+and[ \t]+(?:[a-z][a-z-]*[ \t]+){1,3}$")
_FUNCTION_WORDS = frozenset(_NOT_DESCRIPTOR.split()) | frozenset(
    "of nor into over under up down out off per via so yet then where though although".split()
)
_LOWER_WORD = re.compile(r"[a-z][a-z’'-]*")
_AUXILIARIES = frozenset("is was are were has had have will would could can may might should must did does do".split())


def _noun_head(body: str, p: int, hi: int) -> tuple[int, int]:
    """The lower-case words of a noun phrase from ``p``, up to its verb or a function word, and
    no further than a role or source noun ("right-hand woman rallied", "senator likes"): (end
    of its last word, start of what follows). ``p`` itself when no such word starts there."""
    q = head_end = p
    for w in _LOWER_WORD.finditer(body, p, hi):
        word = w.group(0)
        if w.start() != q or _verb_like(word) or word in _FUNCTION_WORDS or word in L.CUE_ADVERBS:
            break
        head_end = w.end()
        q = _WS.match(body, head_end, hi).end()
        if _head_noun(word):
            break  # "The Florida senator likes": the noun ends the phrase
    return head_end, q


def _head_noun(word: str) -> bool:
    """A role or source noun that ends the phrase it heads ("senator", "spokeswoman")."""
    return word in L.ROLE_NOUNS or word in L.OCCUPATIONS or word in L.ORG_SOURCE_NOUNS


def _verb_like(word: str) -> bool:
    """A word that ends a noun phrase as its verb: "rallied", "is", "says", "warning"."""
    return word in _AUXILIARIES or word in L.CUE_VERBS or word.endswith(("ed", "ing"))


# -- general noun-phrase sources ("the ad's narrator said", "said one source") --

_TOKEN = re.compile(r"[^\s,;:()\[\]“”\"]+")
_WEEK_TIME = (
    frozenset(L.WEEKDAYS)
    | {m for m in L.MONTHS if len(m) > 3}
    | {
        "today",
        "yesterday",
        "tonight",
        "tomorrow",
        "last",
        "this",
        "next",
        "earlier",
        "later",
        "recently",
        "previously",
        "once",
        "again",
        "then",
        "now",
    }
)
_TIME_NOUNS = frozenset(
    "week weekend month year morning afternoon evening night time season summer winter spring autumn fall".split()
)
#: Lower-case words that may open a noun phrase that is a source.
_NP_OPENERS = frozenset(
    """
the a an one another his her their its my our your this these those two three four
several some many most both all each other others any no
""".split()
)
_ALL_PRONOUNS = frozenset("he she they it we i you".split())
_POSSESSIVE_END = ("’s", "'s", "’", "'")


#: Prepositions that attach a phrase to a bare plural source: "attorneys for the family".
_PP_AFTER_PLURAL = frozenset("for of at in from with on close to".split())


def np_ok_start(body: str, s: int, e: int) -> bool:
    """Whether [s, e) can be a noun phrase (judged by its first word)."""
    m = _TOKEN.search(body, s, e)
    if m is None or m.start() != s:
        return False
    w = m.group(0)
    lw = w.lower().strip(".")
    if lw in _NP_OPENERS and lw in _WEEK_TIME:
        # "this source", not "this week"
        nxt = _TOKEN.search(body, m.end(), e)
        return nxt is not None and nxt.group(0).lower() not in _WEEK_TIME and nxt.group(0).lower() not in _TIME_NOUNS
    # a capitalised stop word opens no noun phrase, unless it is a title ("Mr Kok's report")
    if lw in _WEEK_TIME or (
        lw in L.CAP_STOPWORDS and lw not in _NP_OPENERS and lw not in _ALL_PRONOUNS and lw not in L.COURTESY_TITLES
    ):
        return False
    if w[0].isupper() or w[0].isdigit() or lw in _NP_OPENERS or lw in _ALL_PRONOUNS:
        return True
    # a bare plural or noun: "officials said", "sources said", "attorneys for the family said"
    # (an employer's initials and company form are no more words: "economists at Aubrey G. Lanston
    # and Co Inc said")
    toks = [t for t in _TOKEN.findall(body, s, e) if len(t.rstrip(".")) > 1 and t.rstrip(".") not in _FORMS]
    plural_pp = lw.endswith("s") and len(toks) > 1 and toks[1].lower() in _PP_AFTER_PLURAL
    if len(toks) > (7 if plural_pp else 3) or lw.endswith(("ing", "ed", "ly")):
        return False
    if (
        lw in L.CUE_VERBS
        and len(toks) == 2
        and toks[1].endswith("s")
        and toks[1].lower() in L.ORG_SOURCE_NOUNS | _PEOPLE_NOUNS
    ):
        return True  # "state officials said": the word is an adjective here, not the cue
    return lw.isalpha() and lw not in L.CUE_ADVERBS and lw not in L.CUE_VERBS


_FORMS = frozenset("Inc Corp Co Ltd Plc PLC LLC AG SA NV".split())
_TRAILING_ADVERBS = frozenset("afterwards later today yesterday again too also then now earlier recently".split())
_PEOPLE_NOUNS = frozenset("officials sources experts critics analysts aides lawmakers officers leaders".split())


def describe(ctx, s: int, e: int, head: str = "first"):
    """(speaker or None, start, end, role) for a source phrase in [s, e).

    ``head="first"`` takes the chunk before the first comma or bracket (post
    attributions: "Scott Pruitt, the attorney general, ... said"); "last" the
    chunk after the last comma (pre attributions). The mention is a person's
    name in it, else a pronoun, else an organisation, else the phrase itself
    (speaker None: an unnamed source such as "a senior official").
    """
    body = ctx.body
    seg = body[s:e]
    if head == "first":
        cut = len(seg)
        for ch in ",;(—–":
            i = seg.find(ch)
            if 0 <= i < cut:
                cut = i
        dashed = _DASHED_APPOSITION.fullmatch(seg)
        if dashed is not None and dashed.end(1) < cut:
            cut = dashed.end(1)  # "Ann Lee - then an adviser - told"
        hs, he_ = s, s + cut
        named = _named_in_apposition(ctx, s, s + cut, e)
        if named is not None:
            return named
    else:
        cut = max(seg.rfind(","), seg.rfind(";"), seg.rfind(":"), seg.rfind("—"))
        hs, he_ = s + cut + 1, e
    while hs < he_ and not (body[hs].isalnum()):
        hs += 1
    while he_ > hs and not (body[he_ - 1].isalnum() or body[he_ - 1] == "."):
        he_ -= 1
    if he_ <= hs:
        return None
    tag = _PAREN_TAIL.search(body, hs, he_)
    if tag is not None and tag.start() > hs:
        he_ = tag.start()  # "Sen. Ann Cole (D-Ohio)": the party tag is no part of the name
    toks = [m for m in _TOKEN.finditer(body, hs, he_)]
    if not toks or len(toks) > 14:
        return None
    # leading conjunctions / adverbs
    k = 0
    while k < len(toks) - 1 and toks[k].group(0).lower() in ("and", "but", "so", "then", "while", "as", "also", "when"):
        k += 1
    toks = toks[k:]
    hs = toks[0].start()
    if len(toks) == 1 and toks[0].group(0).lower() in _ALL_PRONOUNS:
        w = toks[0].group(0).lower()
        if w in ("he", "she"):
            r = ctx.resolve_pronoun(toks[0].start(), toks[0].end())
            if r is not None:
                return r
        if toks[0].group(0) == "I" and not ctx.people.in_quote(toks[0].start()):
            bm = BYLINE.search(body, 0, min(len(body), 400))
            if bm is not None:
                # "“Why are you doing this?” I said.": the writer, as the byline names them
                return bm.group(1), toks[0].start(), toks[0].end(), None
        return None, toks[0].start(), toks[0].end(), None
    lastw = toks[-1].group(0)
    if head == "last" and lastw.lower() in _ALL_PRONOUNS and len(toks) > 1:
        if lastw.lower() in ("he", "she"):
            r = ctx.resolve_pronoun(toks[-1].start(), toks[-1].end())
            if r is not None:
                return r
        return None, toks[-1].start(), toks[-1].end(), None
    if (
        not np_ok_start(body, hs, he_)
        and not _lower_role_name(ctx, hs, he_, many=True)
        and not BODY_LEAD.match(body, hs, he_)
    ):
        return None
    # a name or organisation is the source only when it ends the phrase:
    # "Clinton campaign spokesman Brian Fallon", not "a Washington Post article"
    # or "Obama's former campaign strategist" (unnamed sources: speaker None)
    end_tok = len(toks) - 1
    while end_tok > 0 and (
        toks[end_tok].group(0).strip(".") in ("Jr", "Sr", "II", "III", "IV", "who")
        or toks[end_tok].group(0) in _TRAILING_ADVERBS
    ):
        # "Secretary Tessa Jowell who said:", "said Williams afterwards": no part of the name
        end_tok -= 1
    seat = _SEAT_TAIL.search(body, hs, toks[end_tok].end())
    if seat is not None and seat.end() == toks[end_tok].end() and seat.start() > hs:
        # "the Labour MP for Dunmore": a seat or a portfolio is no speaker; the role is the head
        while end_tok > 0 and toks[end_tok].start() >= seat.end(1):
            end_tok -= 1
    he_ = toks[end_tok].end()
    if body[he_ - 1] == "." and body[toks[end_tok].start() : he_ - 1].lower() not in _ABBREV:
        he_ -= 1
    ppl = ctx.people
    lo = bisect_right(ppl.starts, hs - 1)
    hi = bisect_right(ppl.starts, he_ - 1)
    for m in ppl.mentions[lo:hi]:
        if m.end == he_ or body[he_ : m.end].strip(" ,.") in NAME_SUFFIXES:  # "Voss Jr.": one of a family
            return m.name, m.start, m.end, ppl.roles.get(m.name)
    if (
        lo < hi
        and _OF_ONLY.match(body, ppl.mentions[lo].end)
        and (_TITLE_LEAD.fullmatch(body, hs, ppl.mentions[lo].start) or _role_lead(body, hs, ppl.mentions[lo].start))
    ):
        # "Gavin Cox of the buildyourown website": the person the phrase opens with, of the body
        m = ppl.mentions[lo]
        return m.name, m.start, m.end, ppl.roles.get(m.name)
    for items in ctx._runs_in(hs, he_ + 1):
        if items[-1][1] == he_:
            if items[0][0] > hs and ctx.after_preposition(items):
                break  # "one woman from Sudzha": an unnamed source
            r = ctx.resolve_run(items)
            if r is not None and r[0]:
                return r
            break
    if (
        1 <= end_tok <= 2
        and toks[0].group(0).lower() in ("his", "her", "their", "the")
        # ("His younger brother said": the brother, whichever of them)
        and (end_tok == 1 or toks[1].group(0).lower() in _KIN_AGES)
        and toks[end_tok].group(0).lower() in L.KIN_NOUNS
    ):
        # "his son said": the person the article introduced as the son ("Nogar's son Stephen")
        kin = toks[end_tok].group(0).lower()
        for m in reversed(ppl.mentions[: bisect_left(ppl.starts, hs)]):
            km = KIN_BEFORE.search(body, max(0, m.start - 16), m.start)
            if km is not None and km.group(1).lower() == kin:
                return m.name, hs, he_, ppl.roles.get(m.name)
        relative = _relative_by_surname(ctx, toks[0], kin, hs)
        if relative is not None:
            return relative, hs, he_, ppl.roles.get(relative)
    if (
        1 <= end_tok <= 2
        and toks[0].group(0) in (("the", "The") if end_tok == 1 else ("the",))  # not "The New Yorker", the magazine
        and body[toks[1].start() : toks[end_tok].end()] in L.DEMONYMS
        and not toks[end_tok].group(0).endswith("s")
    ):
        # "said the German", "the New Zealander": the sports writer's way back to the player just named
        name = ppl.antecedent(hs, ctx.sentences, ctx.sent_starts, None, False)
        if name is not None and " " in name:
            return name, hs, he_, ppl.roles.get(name)
    if (
        1 < end_tok <= 3
        and toks[0].group(0).lower() == "the"
        and all(t.group(0)[0].isupper() for t in toks[1:end_tok])
        and toks[end_tok].group(0).lower() in _DESCRIBED_PERSON
    ):
        # "says the Waterford man", "said the Irish walker": the person just written about; but
        # "admitted the Ashcombe captain" is whoever the article made captain, where the sentence
        # that named them says whose captain ("their captain Marcus ..." after "Ashcombe's")
        head = toks[end_tok].group(0).lower()
        name = ppl.by_role(head, hs, body[hs:he_])
        if name is not None:
            si = ctx.sentence_of(ppl.first.get(name, hs))
            said = body[ctx.sentences[si][0] : ctx.sentences[si][1]]
            if not all(re.search(rf"\b{re.escape(t.group(0))}\b", said) for t in toks[1:end_tok]):
                name = None
        name = name or ppl.antecedent(hs, ctx.sentences, ctx.sent_starts, _HEAD_PRONOUN.get(head), False)
        if name is not None and " " in name:
            return name, hs, he_, ppl.roles.get(name)
    last = body[toks[end_tok].start() : he_].lower()
    if last == "counsel" and {t.group(0).lower() for t in toks[:end_tok]} <= _COUNSEL_SIDES:
        # "counsel said", "defence counsel added": the barrister the report named for that side
        side = [w for w in (t.group(0).lower() for t in toks[:end_tok]) if w not in ("the", "his", "her", "their")]
        head = "counsel" if not side else "defence" if side[0].startswith("def") else "prosecution"
        name = ppl.by_role(head, hs, body[hs:he_])
        if name:
            return name, hs, he_, ppl.roles.get(name)
    if last in L.DOCUMENT_NOUNS and end_tok > 0:
        author = _document_author(ctx, toks[: end_tok + 1], hs, he_)
        if author is not None:
            return author
    # ("the prince replied" after "Crown Prince Abdullah": a title word is a role the holder has)
    if (last.split("-")[-1] in L.ROLE_NOUNS or (last in L.TITLE_WORDS and len(last) > 3)) and toks[0].group(
        0
    ).lower() == "the":
        name = ppl.by_role(last, hs, body[hs:he_])
        if name and (toks[end_tok].group(0)[0].islower() or role_covers(ppl.roles.get(name), body[hs:he_])):
            # (a capitalised head ends a name, so every word of it is the role's: "the North
            # West Department of Health" is no one whose role is "chairperson of the committee
            # on health"; "the Drexel spokesman" is the one given the role)
            return name, hs, he_, ppl.roles.get(name)
    return None, hs, he_, None


def _relative_by_surname(ctx, possessive, kin: str, hs: int) -> str | None:
    """ "his sister replied" after Declan Fitch spoke: the one other person named before who
    shares his surname and is of the kin word's gender ("Nora and Declan Fitch")."""
    want = word_gender(kin)
    word = possessive.group(0).lower()
    if want is None or word not in ("his", "her"):
        return None
    ppl = ctx.people
    owner = ppl.antecedent(possessive.start(), ctx.sentences, ctx.sent_starts, "he" if word == "his" else "she", True)
    if owner is None or " " not in owner:
        return None
    surname = owner.split()[-1]
    named = {m.name for m in ppl.mentions[: bisect_left(ppl.starts, hs)] if not m.in_quote}
    kin_of = [n for n in named if n != owner and " " in n and n.split()[-1] == surname and ppl.gender_of(n) == want]
    return kin_of[0] if len(kin_of) == 1 else None


def _of_cut(body: str, items) -> int:
    """Where a run is cut by its first "of" ("Alex McLeish of Novo": after "McLeish"), or its end."""
    for it in items[1:]:
        if body[it[0] : it[1]] == "of":
            return it[0]
    return items[-1][1]


#: A source phrase with an apposition between spaced hyphens before its cue: "Andrei
#: Illarionov - then economic adviser to President Vladimir Putin - " (group 1: the source).
_DASHED_APPOSITION = re.compile(r"([^-]+?)[ \t]+-[ \t]+[^\n]+?[ \t]+-[ \t]*")
#: Role words before a name, an organisation perhaps before them: "Rangers manager ".
_ROLE_LEAD_RX = re.compile(r"(?:[Tt]he[ \t]+)?(?:[A-Z][\w&'’.-]*[ \t]+){0,3}((?:[a-z][\w-]*[ \t]+){1,3})")


def _role_lead(body: str, s: int, e: int) -> bool:
    """Whether [s, e) is only a role (and its organisation) before a name: "Rangers manager "."""
    m = _ROLE_LEAD_RX.fullmatch(body, s, e)
    return m is not None and m.group(1).split()[-1] in _ROLE_WORDS


def _named_in_apposition(ctx, s: int, c: int, e: int):
    """ "the Harbour Party's health spokeswoman, Ann Lee": the person a role phrase ending at
    comma ``c`` names in apposition, when that name is the whole next chunk."""
    body = ctx.body
    if c >= e or body[c] != ",":
        return None
    words = _TOKEN.findall(body, s, c)
    ns = _WS.match(body, c + 1, e).end()
    tm = _APPOSED_TITLE.match(body, ns, e)  # "the committee chairman, MP Edward Leigh"
    # (any office when a title opens the name: "the cathaoirleach of the district, Cllr Maura Hession")
    if len(words) < 2 or (words[-1].lower() not in _ROLE_HEAD_WORDS and tm.end() == ns):
        return None
    ns = tm.end()
    ppl = ctx.people
    k = bisect_left(ppl.starts, ns)
    if (
        k < len(ppl.mentions)
        and ppl.mentions[k].start != ns
        and _lower_role_name(ctx, ns, ppl.mentions[k].end, many=True)
    ):
        ns = ppl.mentions[k].start  # "its founder, retired postman Keith Arnott"
    if k >= len(ppl.mentions) or ppl.mentions[k].start != ns:
        return None
    m = ppl.mentions[k]
    rest = body[m.end : e].lstrip(" \t")
    if rest and rest[0] not in ",.;\n":
        return None  # "..., Ann Lee and Tom Ray": the name is not the whole chunk
    return m.name, m.start, m.end, ppl.roles.get(m.name) or body[s:c].strip()


#: A description that opens with its determiner or its possessor: "the woman who ...",
#: "the association's president".
_DESCRIPTION_LEAD = re.compile(r"(?:the|a|an|his|her|its|their|[A-Z][\w’'-]*['’]s?)[ \t]")
#: What sets a name off at the end of a description: ", " or " named ".
_NAME_SET_OFF = re.compile(r"(?:,|[ \t]named|[ \t]called)[ \t]+$")


def _named_after_description(ctx, s: int, e: int):
    """'“...,” said the woman who taught her physics at Cutler's Ford High School in the late
    1990s, Gloria Pettengill.', '... said the association's president, an emergency nurse of 22
    years named Sandra Oyelaran-Pike, speaking ...': the one name a description of up to forty
    words ends with, set off by a comma or "named", and followed by the clause's end or a comma.
    None when the description names anyone else first."""
    body = ctx.body
    if not _DESCRIPTION_LEAD.match(body, s, e):
        return None
    end = min(e, s + 400)
    stop = _DESCRIPTION_STOP.search(body, s, end)
    end = stop.start() + 1 if stop is not None else end
    ppl = ctx.people
    for m in ppl.mentions[bisect_left(ppl.starts, s) :]:
        if m.start >= end:
            return None
        if m.in_quote:
            return None
        lead = _APPOSED_TITLE_BEFORE.search(body, max(s, m.start - 12), m.start)
        ns = lead.start() if lead is not None else m.start
        if (
            _NAME_SET_OFF.search(body, max(s, ns - 8), ns)
            and _NAME_ENDS_CLAUSE.match(body[m.end : m.end + 2])
            and len(_TOKEN.findall(body, s, ns)) <= 40
        ):
            return m.name, m.start, m.end, ppl.roles.get(m.name)
        return None  # the first name the description gives is someone else's
    return None


#: Where a description's clause ends.
_DESCRIPTION_STOP = re.compile(r"[.;!?\n\"“”]")
#: What may follow a name that ends a description: the clause's end or a comma.
_NAME_ENDS_CLAUSE = re.compile(r"[ \t]*(?:[,.;]|$)")

#: Titles before a name in apposition: "MP ", "Dr ", "Sir ", "Cllr ".
_APPOSED_TITLES = "MP|MSP|MEP|AM|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Cllr|Councillor|Rev|Engr|Atty"
_APPOSED_TITLE = re.compile(r"(?:(?:" + _APPOSED_TITLES + r")\.?[ \t]+)?")
#: A title right before a name: "Dr ", "Mrs ".
_APPOSED_TITLE_BEFORE = re.compile(r"(?:" + _APPOSED_TITLES + r"|Mr|Mrs|Ms|Miss)\.?[ \t]+$")


_ROLE_HEAD_WORDS = (
    L.ROLE_NOUNS
    | L.OCCUPATIONS
    # kin: "said his wife, Sheila"
    | L.KIN_NOUNS
    # "said the group's chief executive, Kjell Nilsson", "its chief financial officer, Ann Lee"
    | frozenset({"executive", "officer"})
)

#: A byline on a line of its own near the top: "By Gus Tremaine".
BYLINE = re.compile(r"^By[ \t]+([A-Z][\w.’'-]+(?:[ \t]+[A-Z][\w.’'-]+){1,3})[ \t]*$", re.M)
#: A byline with no "By", a paragraph of its own under the headline: "Ivo Danecroft, Grace Road".
BYLINE_BARE = re.compile(
    r"(?<=\n\n)[A-Z][\w.’'-]+(?:[ \t]+[A-Z][\w.’'-]+){1,2}(?:,[ \t]+[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})?"
    r"[ \t]*(?=\n\n)"
)
#: The words that may come before "counsel" for a side: "defence counsel", "the prosecution counsel".
_COUNSEL_SIDES = frozenset("the his her their defence defense prosecution prosecuting crown".split())
#: Heads of a "the <Place> man" description of someone already named.
_DESCRIBED_PERSON = L.OCCUPATIONS | frozenset("man woman boy girl lad youngster native".split())
_HEAD_PRONOUN = {"man": "he", "boy": "he", "lad": "he", "woman": "she", "girl": "she"}


def _document_author(ctx, toks, hs: int, he_: int):
    """The author of "his report", "Mr Kok's report", "the Kok report": (name, start, end, role)
    with the whole phrase as the mention, or None."""
    body = ctx.body
    ppl = ctx.people
    for t in toks[:-1]:
        w = t.group(0)
        lw = w.lower()
        if lw in ("his", "her"):
            name = ppl.antecedent(t.start(), ctx.sentences, ctx.sent_starts, lw, True)
            return (name, hs, he_, ppl.roles.get(name)) if name is not None else None
        if w.endswith(("’s", "'s")):
            m = ctx.person_in(max(hs, t.start() - 60), t.end() - 2)
            if m is not None and m.end == t.end() - 2:
                return m.name, hs, he_, ppl.roles.get(m.name)
            return None
    # "the Kok report": a person's name as the document's modifier
    if len(toks) >= 2:
        full = ppl.surnames.get(toks[-2].group(0))
        if full is not None and full != toks[-2].group(0):
            return full, hs, he_, ppl.roles.get(full)
    lo = bisect_right(ppl.starts, hs - 1)
    for m in ppl.mentions[lo:]:
        if m.start >= he_:
            break
        if m.end <= toks[-1].start() and not body[m.end : toks[-1].start()].strip():
            return m.name, hs, he_, ppl.roles.get(m.name)
    return None


#: A sentence about someone's words, which follow it: "Her final question was ...", "His reply came".
_THEIR_WORDS = re.compile(
    r"(Her|His)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:question|questions|answer|reply|response|message|verdict|advice|"
    r"words|speech|plea|warning|statement|retort|riposte)[ \t]+(?:was|were|came|ran|went)\b"
)
_PAREN_TAIL = re.compile(r"[ \t]*\([^()\n]{1,30}\)?[ \t.]*$")
_ABBREV = frozenset(
    "mr mrs ms dr sen rep del gov lt gen col st jr sr sgt capt cmdr adm prof rev pres hon rt coun engr atty".split()
)
_NP_STOP = re.compile(
    r"[,;:!?()\[\]“”\"—–]|\s(?:in|on|at|during|after|before|when|while|who|whose|which|that|as|to|of|about|from|with|for|and|but|because|since|by|via|through|told|adding|noting)\b"
)
_DASH = re.compile(r"[^\S\n]*[―—–-]{1,2}[^\S\n]*(?=[A-Z])")
_NOUN_DET = frozenset("the a an his her their its our my your this these those".split())


def _np_end(body: str, s: int, e: int) -> int:
    """Where a noun phrase starting at ``s`` ends (punctuation, a preposition, a clause)."""
    m = _NP_STOP.search(body, s, e)
    end = m.start() if m else e
    # a period ends it unless it closes an abbreviation or an initial ("Sen.", "E.")
    p = s
    while True:
        i = body.find(".", p, end)
        if i < 0:
            break
        ws = i
        while ws > s and body[ws - 1].isalpha():
            ws -= 1
        w = body[ws:i]
        if not (w.lower() in _ABBREV or (len(w) == 1 and w.isupper()) or (i + 1 < end and body[i + 1].isalpha())):
            end = i
            break
        p = i + 1
    return end


#: Modals and limiting adverbs before a cue, in lower case only ("would only say"; "Theresa
#: May said" keeps its surname).
_MODAL_TRIM = frozenset("only merely could can may might must should did does finally eventually".split())


#: A speech still to come or going on before its cue: "he was due to (say)", "is expected to",
#: "went on to".
_PROSPECTIVE = re.compile(
    r"[ \t]+(?:(?:is|was|are|were|will[ \t]+be|has[ \t]+been|had[ \t]+been)[ \t]+)?"
    r"(?:due|expected|set|going|likely|about|scheduled|poised|ready|preparing|planning|went[ \t]+on|"
    r"goes[ \t]+on|go[ \t]+on|continued|proceeded|(?<=is[ \t])|(?<=are[ \t])|(?<=was[ \t]))[ \t]*to[ \t]*$"
)


def _trim_adverbs(body: str, s: int, e: int) -> int:
    """Drop adverbs and auxiliaries right before a cue ("he also said", "he was due to say")."""
    pm = _PROSPECTIVE.search(body, max(s, e - 40), e)
    if pm is not None and pm.start() > s:
        e = pm.start()
    while True:
        am = _AT_FIRST.search(body, s, e)
        if am is not None and am.start() > s:
            e = am.start()  # "Skyvale Holidays at first told": the subject, not when it spoke
            continue
        m = _LAST_WORD.search(body, s, e)
        w = m.group(1) if m is not None else ""
        if m is None or not (w.lower() in L.CUE_ADVERBS or w in _MODAL_TRIM) or m.start(1) <= s:
            return e
        e = m.start(1)


#: Adverbial phrases of time before a cue: " at first", " at last", " in turn".
_AT_FIRST = re.compile(r"[ \t]+(?:at[ \t]+first|at[ \t]+last|in[ \t]+turn|at[ \t]+the[ \t]+time)[ \t]*$")


def _noun_use(body: str, cm) -> bool:
    """A cue word used as a noun: "his claims", "the reports"."""
    if body[max(0, cm.start() - 3) : cm.start()].rstrip().endswith(("’s", "'s", "s’", "s'")):
        return True
    m = _LAST_WORD.search(body, max(0, cm.start() - 20), cm.start())
    if m is not None and m.group(1).lower() in _NOUN_DET:
        return True
    # "said in a written reply:", "in a brief comment": a describing word between
    return (
        cm.group(0).lower() in _NOUN_CUES
        and _DET_ADJ_BEFORE.search(body, max(0, cm.start() - 40), cm.start()) is not None
    )


#: Cue words that are nouns too ("a written reply").
_NOUN_CUES = frozenset("reply replies comment comments answer answers response warning warnings".split())
#: A determiner and a word or two before a cue word used as a noun: "a written ", "its brief ".
_DET_ADJ_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my)[ \t]+(?:[a-z-]+[ \t]+){1,2}$")


def _dash_source(ctx, q, r1: int):
    """``“...” ― Name`` (a reader's or interviewee's line signed after a dash)."""
    body = ctx.body
    dm = _DASH.match(body, q.outer_end, r1 + 3)
    if dm is None or body[q.end - 1 : q.end] == ",":
        return None
    items = ctx.run_by_start.get(dm.end())
    if items is None:
        return None
    r = describe(ctx, items[0][0], items[-1][1])
    if r is None or r[0] is None:
        return None
    return r, items[-1][1]


#: A panel or interview line: "Dana Whitfield, Harbour Times: “...”" (the outlet or role after the comma).
_PANEL_BEFORE = re.compile(r"[ \t]*(?:[-–—•*][ \t]*)?([^,:\n“”\"]{3,60}?),[ \t]*([^,:\n“”\"]{2,80}):[ \t]*$")
#: A bulleted line that names the speaker right before the quotation: "- Bolton boss Sam Allardyce “".
_PANEL_DASH = re.compile(r"[ \t]*[-–—•*][ \t]*([^,:;.!?\n“”\"]{3,60}?)[ \t]*$")
#: A signature line after a quotation: "¶- Bernie Sanders." or "¶Josh Bivens, Policy Institute."
_SIGNATURE_AFTER = re.compile(
    r"[ \t\"”.]*\n(?:[ \t]*\n)?[ \t]*(?:[-–—][ \t]*)?([^,\n“”\"]{3,50}?)(?:,[ \t]*([^\n“”\"]{2,80}?))?[.\"”]*[ \t]*(?=\n|$)"
)


#: A finite verb that makes a line after a quotation a sentence rather than a signature.
_CLAUSE_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|said|says|will|would|who|which)\b")


#: A dated label opening a quotation in a round-up of statements: "Ann Lee on Thursday: “...”",
#: after the start of its line, a colon or the close of the statement before.
_DATED_LABEL = re.compile(
    r"(?:^|(?<=[:”\"'])|(?<=\n))[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})[ \t]+on[ \t]+"
    + alternation(d.capitalize() for d in L.WEEKDAYS if len(d) > 3)
    + r"[.:]?[ \t]*$"
)


def _dated_label(ctx, q):
    """``Ann Lee on Thursday “...”``: the speaker a round-up's label names, a person or a body."""
    body = ctx.body
    m = _DATED_LABEL.search(body, max(0, q.open - 60), q.open)
    if m is None:
        return None
    r = describe(ctx, m.start(1), m.end(1))
    if r is None or r[0] is None:
        return None
    return r, m.end()


def _panel_source(ctx, q, after: bool = True):
    """``Name, Outlet: “...”`` on a line of its own, or (``after``) a quotation signed on the
    next line (``- Name.`` / ``Name, Organisation.``). Only a person's name counts."""
    body = ctx.body
    ls = body.rfind("\n", 0, q.open) + 1
    m = _PANEL_BEFORE.fullmatch(body, ls, q.open)
    if m is None:
        d = _PANEL_DASH.fullmatch(body, ls, q.open)
        person = ctx.person_in(d.start(1), d.end(1)) if d is not None else None
        if d is not None and person is not None and person.end == d.end(1):
            # "- Bolton boss Sam Allardyce “...”": a bulleted speaker, the role before the name
            role = ctx.people.roles.get(person.name) or body[d.start(1) : person.start].strip() or None
            return (person.name, person.start, person.end, role), d.end()
    if m is None and after and q.closed and not body[ls : q.open].strip():
        # only a quotation standing alone in its paragraph is signed on the next line; one
        # that follows an attribution ("“A,” Lee said. “B.”") goes on with that speaker
        m = _SIGNATURE_AFTER.match(body, q.outer_end)
        if m is not None and (
            len(m.group(1).split()) > 4
            or ":" in m.group(0)
            # "Muriel Gagnon, 88, has curled at the club since 1957.": a sentence about someone
            # new, not a signature's affiliation
            or (m.group(2) is not None and _CLAUSE_VERB.search(m.group(2)) is not None)
        ):
            m = None
    if m is None:
        return None
    ns, ne = m.span(1)
    person = ctx.person_in(ns, ne)
    if person is None or person.start != ns or person.end < ne - 1:
        return None  # the name fills the part before the comma: no clause ("Toure was at fault, and Lee said:")
    ppl = ctx.people
    role = ppl.roles.get(person.name) or (m.group(2).strip() if m.group(2) else None)
    return (person.name, person.start, person.end, role), m.end()


def post_general(ctx, q, r0: int, r1: int, strict: bool = False):
    """``“...,” <source> said`` / ``“...,” said <source>`` / ``“...” ― Name`` after a quote.

    Returns (result, anchor) or None. ``strict``: the source phrase is in the
    next sentence, so it must be short and plain.
    """
    body = ctx.body
    if r0 >= r1:
        return None
    p = _SPACE_COMMA.match(body, r0, r1).end()
    if p >= r1:
        return None
    limit = min(r1, p + 320)
    cm = _CUE_RX.match(body, p, limit)
    if cm:
        sp = _WS.match(body, cm.end(), limit).end()
        if not np_ok_start(body, sp, limit):
            return None
        ne = _np_end(body, sp, limit)
        r = (
            _named_in_apposition(ctx, sp, ne, limit)
            or _named_after_description(ctx, sp, limit)
            or describe(ctx, sp, ne)
        )
        return (r, cm.end()) if r is not None else None
    om = _ODD_NAME_CUE.match(body, p, limit)
    if om is not None and om.group(1) in L.ORG_SOURCE_NOUNS:
        # "“...,” consultancy 4Cast said", "carrier easyJet said": a name no capital opens
        return (om.group(2), om.start(2), om.end(2), None), om.end()
    if not np_ok_start(body, p, limit) and not BODY_LEAD.match(body, p, limit):
        lm = _LOWER_BEFORE_NAME.match(body, p, limit)
        if lm is None or lm.group(1) in _NOT_ROLE_LEAD or lm.group(1) in L.CUE_ADVERBS or lm.group(1) in L.CUE_VERBS:
            return _lower_role_apposed(ctx, p, limit)  # not "“...,” panel Chairman Rep. Jason Chaffetz (R-Utah) said"
    if body[r0 - 2 : r0 - 1] == ",":
        # "“..., it will be a difficult year,” Mr Bootle.": the cue verb left out, only the name
        t = _TITLE_LEAD.match(body, p, limit).end()
        pa = ctx.person_after(p, limit) or (ctx.person_after(t, limit) if t > p else None)
        if pa is not None and pa[0][0] and _NAME_ONLY_END.match(body, pa[1], limit):
            return pa[0], pa[1]
    for cm in _CUE_RX.finditer(body, p, limit):
        if _noun_use(body, cm):
            continue  # "the attorney general of the state"
        e = _trim_adverbs(body, p, cm.start())
        tag = _PAREN_TAIL.search(body, p, e)
        if tag is not None and tag.start() > p:
            e = tag.start()  # "panel Chairman Rep. Jason Chaffetz (R-Utah) said"
        region = body[p:e]
        if any(ch in region for ch in '“”"!?'):
            return None
        lc = body.rfind(",", p, e)
        if not strict and lc > p and body[e - 1 : e].isspace() and body[e - 2 : e - 1] == ",":
            # "the new chair of the IETF (IETF), Brian Carpenter, said": the name just before
            # the cue, in apposition, over the description before it
            pc = body.rfind(",", p, lc)
            if pc > p:
                ns = _WS.match(body, pc + 1, lc).end()
                pm = ctx.person_in(ns, lc)
                if pm is not None and pm.end == lc and _TITLE_LEAD.fullmatch(body, ns, pm.start):
                    return (pm.name, pm.start, pm.end, ctx.people.roles.get(pm.name)), cm.end()
        t = _TITLE_LEAD.match(body, p, e).end()
        pm = ctx.person_in(p, e)
        if pm is not None and pm.start in (p, t):
            if _role_and_employer(body, pm.end, e):
                # "“...,” Dr Mark Tuffy games systems director at digital content firm THX told":
                # the person, whose role and employer follow with no comma
                return (pm.name, pm.start, pm.end, ctx.people.roles.get(pm.name)), cm.end()
        ntok = len(_TOKEN.findall(region))
        dashed = _DASHED_APPOSITION.fullmatch(region)  # "Ann Lee - then an adviser - told"
        head = dashed.group(1) if dashed else re.split(r"[,;(—–]", region, maxsplit=1)[0]
        nhead = len(_TOKEN.findall(head))
        if nhead == 0 or nhead > (6 if strict else 13) or ntok > (6 if strict else 40):
            return None
        if strict and "," in region:
            return None
        # a sentence period inside the region means we left the clause
        if re.search(r"[a-z]{3,}\.\s", region):
            return None
        if strict:
            rest = body[cm.end() : limit].strip()
            if rest and rest[0] not in ",.;" and len(_TOKEN.findall(rest)) > 4:
                return None
        r = describe(ctx, p, e)
        return (r, cm.end()) if r is not None else None
    return None


_LOWER_BEFORE_NAME = re.compile(r"([a-z]+)[ \t]+[A-Z]")
_LOWER_WORDS_BEFORE_NAME = re.compile(r"((?:[a-z][a-z-]*[ \t]+){1,3})[A-Z]")
#: A role in lower case set off before the name: "counsel assisting, ", "counsel for the family, ".
_LOWER_ROLE_SET_OFF = re.compile(r"((?:[a-z][\w'’-]*[ \t]+){0,5}[a-z][\w'’-]*),[ \t]+(?=[A-Z])")


def _lower_role_apposed(ctx, p: int, limit: int):
    """'“...,” counsel assisting, Daniel Oyelaran, said': the person named between the commas,
    after a role in lower case, when the cue follows the name's closing comma. None otherwise."""
    body = ctx.body
    m = _LOWER_ROLE_SET_OFF.match(body, p, limit)
    if m is None:
        return None
    words = m.group(1).lower().split()
    if len(words) > 1 and words[0] in ("that", "this") and words[-1] in _ROLE_HEAD_WORDS:
        words = words[1:]  # '"...," that colleague, Róisín Mulvey, told the hearing': the one just spoken of
    if (
        words[0] in _NOT_ROLE_LEAD
        or words[0] in ("he", "she", "it", "they", "we", "i")
        or any(w in L.CUE_VERBS for w in words)
    ):
        return None
    t = _TITLE_LEAD.match(body, m.end(), limit).end()
    pm = ctx.person_in(m.end(), limit)
    if pm is None or pm.start not in (m.end(), t) or not body.startswith(",", pm.end):
        return None
    cm = _CUE_RX.match(body, _WS.match(body, pm.end + 1, limit).end(), limit)
    if cm is None:
        return None
    return (pm.name, pm.start, pm.end, ctx.people.roles.get(pm.name) or m.group(1)), cm.end()


_ODD_NAME_CUE = re.compile(
    r"(?:[a-z]+[ \t]+)?([a-z]+)[ \t]+((?:\d+[A-Za-z]|[a-z]+[A-Z])[\w&-]*)[ \t]+(?:also[ \t]+)?"
    + alternation(L.CUE_VERBS)
    + r"\b"
)
_NOT_ROLE_LEAD = frozenset(
    """and but or nor as while when after before because so then that which who whom whose if though
    although since until unless with from by for to in on at of into about than the a an this these those
    his her their its our my your says said say""".split()
)


def _lower_role_name(ctx, s: int, e: int, many: bool = False) -> bool:
    """``panel Chairman Rep. Jason Chaffetz``: a lower-case word, then titles and a person's
    name that ends the phrase (``many``: up to three such words, "retired postman Keith Arnott")."""
    lm = (_LOWER_WORDS_BEFORE_NAME if many else _LOWER_BEFORE_NAME).match(ctx.body, s, e)
    if lm is None:
        return False
    words = lm.group(1).split()
    if any(w in _NOT_ROLE_LEAD or w in L.CUE_ADVERBS or w in L.CUE_VERBS for w in words):
        return False
    if len(words) > 1 and (words[-1].endswith(("ed", "ly", "ing")) or len(words[-1]) < 3):
        # ("retired postman Keith Arnott" set off by commas: the words before the name end with a noun)
        return False
    m = ctx.person_in(lm.end() - 1, e)
    return m is not None and m.end == e and len(_TOKEN.findall(ctx.body, s, m.start)) <= 4


#: The name ends its sentence and its paragraph, or is followed by the next sentence.
_NAME_ONLY_END = re.compile(r"\.[ \t]*(?:\n|$|[“\"A-Z])")


#: An article or a possessive, and perhaps one word, before a noun: "a longer ", "her ".
_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne)[ \t]+(?:[a-z]+[ \t]+)?$")


def _thought_as_noun(body: str, ws: int, cm: re.Match) -> bool:
    """Whether the cue ``cm`` is "thought" used as a noun: "he offered a longer thought:"."""
    return (
        cm.group(0) == "thought" and _DETERMINER_BEFORE.search(body, max(ws, cm.start() - 30), cm.start()) is not None
    )


def colon_source(ctx, ws: int, we: int):
    """``... pollster Daron Shaw: “...”``: a name right before the colon that opens the quote."""
    body = ctx.body
    e = we
    while e > ws and body[e - 1] in " \t\r\n":
        e -= 1
    if e <= ws or body[e - 1] != ":":
        return None
    e -= 1
    ppl = ctx.people
    i = bisect_right(ppl.starts, e - 1) - 1
    if i >= 0 and ppl.mentions[i].end == e and ppl.mentions[i].start >= ws:
        m = ppl.mentions[i]
        return (m.name, m.start, m.end, ppl.roles.get(m.name)), e
    # "Ms Dale's advice was simple: “...”": whose words the sentence says follow
    k = bisect_right(ppl.starts, ws - 1)
    if k < len(ppl.mentions) and not ppl.mentions[k].in_quote:
        m = ppl.mentions[k]
        lead = body[ws : m.start].strip().rstrip(".").lower()
        if (not lead or lead in L.COURTESY_TITLES) and _WORDS_WERE.fullmatch(body, m.end, e):
            return (m.name, m.start, m.end, ppl.roles.get(m.name)), e
    return None


#: A name's words, said to follow a colon: "'s advice was simple", "'s verdict was blunt".
_WORDS_WERE = re.compile(
    r"(?:’s|'s|’|')[ \t]+(?:advice|verdict|message|response|answer|reply|view|warning|plea|assessment|reaction|"
    r"explanation|conclusion|prediction)[ \t]+(?:was|is)(?:[ \t]+(?:simple|blunt|clear|brief|short|direct|stark))?"
)


#: A window between two pieces of one quotation that opens on an inverted cue: ", said Ms Lee, ".
_INVERTED_CUE_OPENS = re.compile(
    r"[”\"’']?,?[ \t]+(?:said|says|added|adds|explained|explains|continued|continues)[ \t]+[A-Z]"
)


def pre_general(ctx, ws: int, we: int):
    """``<source> said (that|:|,) “...”`` with any noun phrase as the source."""
    body = ctx.body
    c = colon_source(ctx, ws, we)
    if c is not None:
        return c
    cues = [c for c in _CUE_RX.finditer(body, ws, we) if not _thought_as_noun(body, ws, c)]
    for cm in reversed(cues):
        if _noun_use(body, cm):
            continue
        mm = _MESSAGE_WHICH.search(body, max(ws, cm.start() - 80), cm.start())
        if mm is not None and not any(ch in body[ws : mm.start()] for ch in ';:“”"\n'):
            # "Jade hinted at the split, posting a message on Instagram which read:": whoever
            # posted what reads so, the subject of the clause
            r = clause_subject(ctx, ws, mm.start())
            if r is not None and r[0] is not None and r[0] in ctx.people.roles:
                return r, cm.end()
        rm = _RELATIVE_AFTER_SUBJECT.search(body, ws, cm.start())
        if rm is not None and rm.start() > ws and not any(ch in body[ws : rm.start()] for ch in ';:“”"\n,'):
            # "The Oscar-nominated actor, whose films include A: B and C, said:": the described
            # subject before the relative clause, however many commas and colons it holds
            ss = _WS.match(body, ws, rm.start()).end()
            if body[ss : ss + 4] in ("The ", "the ") and len(_TOKEN.findall(body, ss, rm.start())) <= 5:
                r = describe(ctx, ss, rm.start())
                if r is not None:
                    return r, cm.end()
        lo = ws
        tag = _PAREN_TAIL.search(body, ws, cm.start())
        cut = tag.start() if tag is not None and tag.start() > ws else cm.start()  # "Ann Cole (D-Ohio) said"
        titles = [
            (q.open, q.outer_end)
            for q in ctx.quotes[bisect_left(ctx.quotes, ws, key=_OPEN) : bisect_left(ctx.quotes, cut, key=_OPEN)]
            if _is_title(body, q)
        ]
        lo_past_titles = ws  # where the clause starts when a title's marks cut nothing
        for ch in ';:—(“”"\n':
            i = body.rfind(ch, ws, cut)
            if i >= 0:
                lo = max(lo, i + 1)
            while i >= 0 and any(a <= i < b for a, b in titles):
                i = body.rfind(ch, ws, next(a for a, b in titles if a <= i < b))
            if i >= 0:
                lo_past_titles = max(lo_past_titles, i + 1)
        if not body[lo : cm.start()].strip():
            # "Said Ellis: “...”"
            sp = _WS.match(body, cm.end(), we).end()
            if np_ok_start(body, sp, we):
                r = describe(ctx, sp, _np_end(body, sp, we))
                if r is not None:
                    return r, cm.end()
            continue
        e = _trim_adverbs(body, lo, cm.start())
        am = _SEEN_BY_ASIDE.search(body, lo, e)
        if am is not None and am.end() == e and am.start() > lo:
            e = am.start()  # "The letter, seen by WalesOnline, states:": the letter, not who saw it
        wm = _WHO_TAIL.search(body, lo, e)
        if wm is not None:
            pm = ctx.person_in(max(lo, wm.start() - 60), wm.start())
            if pm is not None and pm.end == wm.start():
                # "from Mike Lee, who declared in the spin room, “...”": the relative's antecedent
                return (pm.name, pm.start, pm.end, ctx.people.roles.get(pm.name)), cm.end()
        co = _COORD_TAIL.search(body, lo, e)
        if co is None and cm.group(0).endswith("ing"):
            co = _COMMA_BEFORE.search(body, lo, e)  # "But he is not envious, insisting:"
            if co is None and body[cm.end() : cm.end() + 1] == ":":
                # "Chirac set out the French position saying: “...”": the clause's subject
                co = _SPACE_BEFORE.search(body, lo, e)

        if co is not None and co.start() <= lo and lo_past_titles < lo:
            # "He went on “Today” to promote “The Man in the Iron Mask” and said, “...”": the
            # clause runs on over the titles to its subject
            co2 = _COORD_TAIL.search(body, lo_past_titles, e)
            if co2 is not None and co2.start() > lo_past_titles:
                r = clause_subject(ctx, lo_past_titles, co2.start())
                if r is not None and (r[0] is None or r[0] in ctx.people.roles):
                    return r, cm.end()
        if co is not None and co.start() > lo and cm.group(0).endswith("ing"):
            r = _document_sender(ctx, lo, co.start())
            if r is not None:
                return r, cm.end()
        if co is not None and co.start() > lo:
            # "He hinted at discontent, and said:": the cue shares the clause's subject
            r = clause_subject(ctx, lo, co.start())
            if r is not None and (r[0] is None or r[0] in ctx.people.roles):
                return r, cm.end()
        # chunks between commas, nearest first: "Clinton, at a gaggle, said"
        # (not a thousands comma: "which represents about 4,000 staff, said")
        cuts = [lo] + [
            i + 1
            for i in range(lo, e)
            if body[i] == "," and not (body[i - 1 : i].isdigit() and body[i + 1 : i + 2].isdigit())
        ]
        chunks = [(c, (cuts[k + 1] - 1) if k + 1 < len(cuts) else e) for k, c in enumerate(cuts)]
        # "chairman of the Farm Credit Administration, FCA, which ...": the body's initials in
        # apposition are no subject and do not count towards the chunks looked at
        initials = {ci for ci in range(1, len(chunks)) if _initials_of_previous(body, chunks, ci)}
        if len(chunks) >= 2 and _DOCUMENT_LEAD.match(
            body, _WS.match(body, chunks[0][0], chunks[0][1]).end(), chunks[0][1]
        ):
            # "A paper on AZT, presented at the conference by researcher Hiroaki Mitsuya, said":
            # the document speaks with the voice of whoever the participle says made it
            bm = _MADE_BY.match(body, _WS.match(body, chunks[1][0], chunks[1][1]).end(), chunks[1][1])
            pm = ctx.person_in(bm.end(), chunks[1][1]) if bm is not None else None
            if pm is not None and (
                not body[pm.end : chunks[1][1]].strip() or _AND_NAME_END.fullmatch(body, pm.end, chunks[1][1])
            ):
                return (pm.name, pm.start, pm.end, ctx.people.roles.get(pm.name)), cm.end()
        # (nor do ages and relative clauses: "mum-of-three Ann Lee, 34, whose daughter Maisie,
        # six, is playing the innkeeper's wife, said:")
        asides = sum(1 for ci in range(1, len(chunks)) if _ASIDE_CHUNK.match(body, chunks[ci][0], chunks[ci][1]))
        for ci in range(len(chunks) - 1, max(-1, len(chunks) - 5 - len(initials) - asides), -1):
            cs, ce = chunks[ci]
            cs = _WS.match(body, cs, ce).end()
            if ce - cs < 1 or ci in initials:
                continue
            if ci > 0 and (
                _ARTICLE_ROLE.match(body, cs, ce)
                or _BARE_ROLE.fullmatch(body, cs, ce)
                or _LOWER_ROLE_OF.fullmatch(body, cs, ce)
                or _AGENT_NOUN_ROLE.fullmatch(body, cs, ce)
            ):
                ps, pe = chunks[ci - 1]
                ps = _WS.match(body, ps, pe).end()
                pm = ctx.person_in(ps, pe)
                if (
                    pm is not None
                    and pm.end == pe
                    and (
                        _TITLE_LEAD.fullmatch(body, ps, pm.start)
                        or _SCENE_LEAD.fullmatch(body, ps, pm.start)
                        # "Her husband Wayne, a scaffolder, added:"
                        or _KIN_LEAD.fullmatch(body, ps, pm.start)
                    )
                ):
                    # "Sam Lau, the communications director for the party, said": the person
                    # ("After the ruling Ann Lee, legal director of Redress, said:": past the scene)
                    return (pm.name, pm.start, pm.end, ctx.people.roles.get(pm.name)), cm.end()
            if ci > 0 and _ARTICLE_LEAD.match(body, cs, ce):
                ps, pe = chunks[ci - 1]
                ps = _WS.match(body, ps, pe).end()
                pr = describe(ctx, ps, pe, head="last") if _SPOKES_WORD.search(body, ps, pe) else None
                if pr is not None:
                    # "A spokesman for Unison, Britain's biggest union, said:": the spokesperson,
                    # not the description set off after them
                    return pr, cm.end()
            toks = _TOKEN.findall(body, cs, ce)
            first = toks[0].lower() if toks else ""
            if len(toks) == 1 and (first.isdigit() or first in _AGE_WORDS) and ci > 0:
                continue  # "Stallone, 71, appeared ... saying:", "whose daughter Maisie, six,": an age
            if first in ("who", "whose", "which", "where") and ci > 0:
                continue  # "The actor, whose films include A and B, said": the relative clause is no subject
            if first in (
                "and",
                "but",
                "so",
                "then",
                "while",
                "as",
                "also",
                "when",
                "later",
                "earlier",
                "meanwhile",
                "now",
            ):
                nxt = _TOKEN.search(body, cs + len(toks[0]), ce)
                if nxt is None:
                    continue
                cs = nxt.start()
                toks = toks[1:]
            if len(toks) > 12:
                continue
            if not np_ok_start(body, cs, ce) and not _lower_role_name(ctx, cs, ce, many=True):
                tm = _PP_THEN_SUBJECT.fullmatch(body, cs, ce)
                if tm is None:
                    continue
                cs = tm.start(1) if tm.group(1) else tm.start(2)  # "In its report on the work the committee said:"
            run = ctx.run_by_start.get(cs)
            if (run is not None and run[-1][1] == ce and all(it[2] == PLACE for it in run)) or (
                ci > 0 and body[cs:ce].rstrip(". ") in L.PLACE_ALIASES and body[cs:ce].rstrip().endswith(".")
            ):
                # "Mr Johnson, MP for Henley, Oxfordshire, said", "The complaint, filed in
                # Portland, Ore., says": the place is no source
                continue
            if _is_seat(body, cs, ce):
                continue  # "Colin Reeve, Tory MP for Eastfold, added:": the name before is the source
            r = describe(ctx, cs, ce, head="last")
            if r is not None:
                return r, cm.end()
        break
    return None


#: A document from someone ending a clause, perhaps before when it came: "a letter from the
#: council's legal department last week" (group 1: the sender).
_DOCUMENT_FROM_TAIL = re.compile(
    r"\b(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    + alternation(L.DOCUMENT_NOUNS | {"notice", "warning", "summons", "demand"})
    + r"[ \t]+from[ \t]+([^,;:“”\"\n]{3,100}?)"
    r"(?:[ \t]+(?:last|this|on|earlier|yesterday|today|in)\b[^,;:“”\"\n]{0,30})?$"
)


def _document_sender(ctx, s: int, e: int):
    """ "The group received a letter from the council's legal department last week,| warning
    that": a participle after a clause that ends with a document from someone is the document's,
    with the voice of whoever sent it. The sender's attribution, or None."""
    dm = _DOCUMENT_FROM_TAIL.search(ctx.body, s, e)
    if dm is None:
        return None
    r = describe(ctx, dm.start(1), dm.end(1), head="last")
    if r is None or r[0] is None:
        pm = _BODY_POSSESSOR.match(ctx.body, dm.start(1), dm.end(1))
        # ("a letter from the council's legal services department": the council's)
        r = describe(ctx, pm.start(1), pm.end(1), head="last") if pm is not None else None
    return r if r is not None and r[0] is not None else None


#: A capitalised possessor opening a description: "the Harbour Council's " (group 1: its name).
_BODY_POSSESSOR = re.compile(r"(?:the[ \t]+)?([A-Z][^'’,]*?)['’]s[ \t]+[a-z]")


#: Ages written in words, set off after a (child's) name: "Maisie, six,".
_AGE_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen".split()
)
#: A chunk between commas that is an aside: an age, or a relative clause.
_ASIDE_CHUNK = re.compile(
    r"[ \t]*(?:\d{1,3}[ \t]*$|(?:" + "|".join(sorted(_AGE_WORDS)) + r")[ \t]*$|(?:who|whose|which)\b)"
)
#: An apposition's opening: an article or a possessive ("the biggest union", "Britain's biggest union").
_ARTICLE_LEAD = re.compile(r"(?:[Tt]he|[Aa]n?|[A-Z][\w.-]*['’]s)[ \t]")
_SPOKES_WORD = re.compile(r"\bspokes(?:man|woman|person)\b")
#: A name, a comma and a role ending in "of" right before an employer's name (the closing comma
#: left out): "Peter Misselbrook, executive partner of ".
_APPOSED_EMPLOYER = re.compile(
    r"([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3}),[ \t]+(?:(?:the|a|an)[ \t]+)?"
    # ("Robert Bretz, chairman of the NAPM's business survey committee and director of ... at X":
    # a first role and its body, then the second role's employer)
    r"(?:(?:[a-z][\w-]*[ \t]+){1,4}(?:of|at|for)[ \t]+[^,;:\"“”\n]{1,60}?[ \t]+and[ \t]+)?(?:(?:[a-z][\w-]*|"
    # "Ramon Diaz, Chairman of the ...": a role may be capitalised
    + "|".join(sorted((w.capitalize() for w in L.TITLE_WORDS if w.isalpha()), key=len, reverse=True))
    + r")[ \t]+){1,6}"
    # "at the Austin-based Texas Research League", "with Credit Suisse First Boston Ltd in London",
    # "an aide to State Comptroller Bob Bullock": the employer, however it opens, up to the run
    r"(?:of|at|for|with|to)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w-]*[ \t]+(?=[a-z]))?(?:[a-z][\w-]*[ \t]+){0,2}"
    # ("at Aids charity the Terrence Higgins Trust": a capitalised modifier, its noun, then the name)
    # ("Commission on Good Government (PCGG)": connectors inside the name, its acronym after it)
    r"(?:the[ \t]+)?(?:[A-Z][\w&’'.-]*[ \t]+(?:(?:of|on|and|for)[ \t]+(?=[A-Z]))?){0,6}?(?:in[ \t]+)?\(?$"
)
#: Lower-case role words after a possessive, before the name they introduce: "chief economist, ".
_ROLE_THEN_NAME = re.compile(
    # ("said Qasr Group's group chief executive and managing director, Ali Nasser": two roles)
    r"(?:[a-z][a-z-]*[ \t]+){0,3}(?:and[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2})?([a-z][a-z-]*),?[ \t]+(?=[A-Z])"
)
#: Lower-case role words after a name, then the employer: " games systems director at digital
#: content firm THX " (group 1: the role's words).
_ROLE_AFTER_NAME = re.compile(r"[ \t]+((?:[a-z][\w-]*[ \t]+){1,4})(?:of|at|for|with)[ \t]+[^,;:]{0,60}?[ \t]*")


def _role_and_employer(body: str, s: int, e: int) -> bool:
    """Whether [s, e), right after a name, is only its role and employer with no comma ("Dr Mark
    Tuffy| games systems director at digital content firm THX| told"): a role word among them,
    so "Ann Lee| thanked the people of Kent" is not one."""
    m = _ROLE_AFTER_NAME.fullmatch(body, s, e)
    return m is not None and not set(m.group(1).split()).isdisjoint(_ROLE_WORDS)


#: A time that may open a clause with no comma before its subject: "Last night", "Afterwards".
_TIME_LEAD = (
    r"(?:Last[ \t]+(?:night|week|month|year)|Yesterday|Today|Tonight|Earlier|Later|Afterwards|Afterward|Meanwhile)"
)
#: A prepositional phrase (or a time) opening the clause without a comma, then a definite subject.
_PP_THEN_SUBJECT = re.compile(
    r"(?:In|On|At|After|During|Before|Following|Within)[ \t]+[^,;:]{3,80}?[ \t]+((?:the|The)[ \t]+(?:[\w’'-]+[ \t]+){0,2}?[a-z][\w-]*)[ \t]*"
    # "Last night a Pennant TV spokesman said:": a time, then the subject
    r"|" + _TIME_LEAD + r"[ \t]+"
    r"((?:an?|the)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?[a-z][\w-]*"
    # ("Last night tournament organisers said in a statement:": a plural needs no article)
    r"|(?:[a-z][\w-]*[ \t]+)?[a-z][\w-]*[a-z]s)[ \t]*"
)
#: A relative clause that runs to the cue: "The actor, whose films ..., said", "A spokeswoman for X, where he worked, said".
_RELATIVE_OPEN = re.compile(r"(?:whose|where|which)\b")
_WHO_OPEN = re.compile(r"who\b")
#: A spokesperson for a named body: "A spokesman for online retailer HomeHub".
_SPOKES_FOR_CHUNK = re.compile(
    r"(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z]+[ \t]+)?spokes(?:man|woman|person)[ \t]+for[ \t]+.*[A-Z]\w*"
)
_STATEMENT_NOUN_BEFORE = re.compile(r"\b(?:statement|remarks?|comments?|words|view)[ \t]+that\b")
#: A body's member as a role before a name: " board member ".
_MEMBER_LEAD = re.compile(r"[ \t]*(?:(?:board|council|committee|commission|panel|executive)[ \t]+)?member[ \t]+")
#: A name, then its body's name (and initials) and its role: "Jim Billington, Farm Credit
#: Administration (FCA) board member" (group 2: the role's last word).
_NAME_ORG_ROLE = re.compile(
    r"([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3}),[ \t]+(?:[A-Z][\w&’'.-]*[ \t]+){1,6}"
    r"(?:\([A-Z]{2,6}\)[ \t]+)?(?:[a-z-]+[ \t]+){0,2}([a-z-]+)[ \t]*$"
)
_CUE_ENDS_SENTENCE = re.compile(r"[ \t]+(?:said|says|added|adds)[ \t]*[.!]?[ \t]*$")
#: Capitalised words, commas and "and"/"of" only: "Agriculture, Livestock and Fisheries Under-Secretary ".
_CAPITALISED_ROLE_LIST = re.compile(r"(?:(?:[A-Z][\w.'’-]*|and|of|for|the)[ \t]*,?[ \t]+)+")
#: A verb, its object's determiner and noun, then the comma of the object's apposition: "had
#: suspended the official, ".
_OBJECT_APPOSITION = re.compile(
    r"\b[a-z]+(?:ed|s)[ \t]+(?:the|a|an|its|his|her|their)[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z-]+,[ \t]+$"
)
_IN_PLACE_TAIL = re.compile(r"[ \t]+in[ \t]+([A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})[ \t]*$")
#: "Natsuo Okada of Sumitomo Bank": a name and the body it is of, before "in <place>".
_EMPLOYER_BEFORE_IN = re.compile(r"([A-Z][\w.'’-]*)[ \t]+(?:of|at|with)[ \t]+(?:the[ \t]+)?[A-Z][^,;:\"“”]*$")
_GOES_ON_TO = re.compile(
    r"(?:continued|continues|continue|went[ \t]+on|goes[ \t]+on)[ \t]+to[ \t]+(?!say|add|tell|warn|insist|argue)"
)
#: A comma and a conjunction that open a second main clause: ", and ", ", but ".
_CLAUSE_COORD = re.compile(r",[ \t]+(?:and|but|while|whereas)[ \t]+")
_LOCATIVE_END = re.compile(r"\b(?:in|at|of)[ \t]+$")
#: Words that open the clause a name may start: "confirmed that Volcker", "but chairman Roh".
_CLAUSE_LINK_LEAD = re.compile(r"\b(?:that|but|while|whereas|although|though)[ \t]+")
_NOT_A_LEAD = re.compile(r"\b(?:and|of|to|with|by|for|from|in|on|at|[a-z]+ing|[a-z]+ed)\b")
_RELATIVE_AFTER_SUBJECT = re.compile(r",[ \t]+whose\b")
#: An alias explained after a stage or short name: ", also known as", ", real name".
_AKA = re.compile(r",[ \t]+(?:(?:also|otherwise|better)[ \t]+)?(?:known[ \t]+as|real[ \t]+name)[ \t]+")
#: An apposition describing a role: "the communications director for the party".
_ARTICLE_ROLE = re.compile(
    r"(?:the|a|an)[ \t]+(?:[a-z-]+[ \t]+){0,3}?(?:" + alternation(L.ROLE_NOUNS | L.OCCUPATIONS) + r")\b"
)
#: A trade by its agent noun, set off after a name: "a scaffolder", "a retired florist".
_AGENT_NOUN_ROLE = re.compile(r"(?:the|a|an)[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z]{3,}(?:er|or|ist|ian)")
#: Words telling a relative's age among siblings: "his younger brother".
_KIN_AGES = frozenset("younger older elder eldest youngest twin big little baby".split())
#: A relative named before their given name: "Her husband ", "his daughter ".
_KIN_LEAD = re.compile(r"(?:(?:[Hh]er|[Hh]is|[Tt]heir)[ \t]+(?:" + "|".join(sorted(L.KIN_NOUNS)) + r")[ \t]+)")
#: A role without an article, ending the chunk: "Plaid Cymru health spokesman".
_BARE_ROLE = re.compile(
    r"(?:[A-Za-z][\w’'&.-]*[ \t]+){0,5}?(?:"
    + alternation(L.ROLE_NOUNS | L.OCCUPATIONS | {"spokesman", "spokeswoman", "spokesperson"})
    + r")[ \t]*"
)
#: A role in lower case and its body: "legal director of the human rights group Redress".
_LOWER_ROLE_OF = re.compile(
    r"(?:[a-z][\w-]*[ \t]+){0,3}?(?:"
    + alternation(L.ROLE_NOUNS | L.OCCUPATIONS)
    + r")[ \t]+(?:of|at|for|with)[ \t]+[^,;:\"“”\n]{1,60}"
)
#: A relative clause whose verb is the cue: "Mike Lee, who declared".
_WHO_TAIL = re.compile(r",[ \t]+who(?:[ \t]+(?:also|later|then|once|had|has))?[ \t]*$")
#: A verb phrase coordinated with the clause before it: "..., and said", "... but added".
_COORD_TAIL = re.compile(r",?[ \t]+(?:and|but)(?:[ \t]+(?:then|later|also))?[ \t]*$")
_SMALL_WORDS = frozenset("of the and in on a an for to at by with vs".split())
_OPEN = attrgetter("open")
#: What a title never holds: a sentence break inside ("Like Oakland. Or Ferguson").
_SPOKEN_MARKS = re.compile(r"[.!?][ \t]+\S")
#: Words that open speech, not a title ("That's Jeb Bush", "We Will Win").
_SPEAKING_OPENERS = frozenset("i i'm we we're it it's that that's this they you he she there there's".split())
_TITLE_BEFORE = re.compile(
    r"(?:['’]s|(?<=[A-Za-z])s['’]|\b(?:of|on|during|a|an|at|in|from|with|the|titled|entitled|edits|edited|hosts|hosted|leads|"
    r"starring)"
    # a work named after its kind, perhaps with a comma: "in her memoir, “Tough Choices.”"
    r"|\b(?:show|program|programme|film|book|song|movie|series|album|podcast|magazine|newspaper|memoir|memoirs|"
    r"novel|play|musical|exhibit|exhibition|installation|documentary|opera|essay|biography|autobiography|"
    r"newsletter|blog),?)[ \t]*$"
)
#: A short title-cased quotation followed by what it names: the “Make America Great Again” hat.
_TITLE_AFTER = re.compile(
    r"[ \t]*(?:hat|hats|cap|caps|shirt|shirts|t-shirt|t-shirts|syllabus|star|stars|slogan|sign|signs|banner|"
    r"poster|posters|ad|ads|advert|chant|chants|campaign|series|show|programme|program|album|song|film|movie|"
    r"book|podcast|rally|tour|initiative|doctrine|brand|logo|motto)\b"
)


_WORD_THEN_SPACE = re.compile(r"(?:[a-z]+|\d[\d.,]*%?)[ \t]$")  # (or a number: a 48% "site commission")


def _is_term(body: str, q) -> bool:
    """A word or two in quotation marks inside running text, a lower-case word on each side
    (a group of basically "monetarist" economists): a term the writer marks, said by no one
    in particular, and no stop for the search of a later quotation's cue."""
    inner = body[q.start : q.end]
    if not inner or len(inner.split()) > 2 or not inner[-1].isalnum():
        return False
    after = body[q.outer_end : q.outer_end + 2]
    return (
        _WORD_THEN_SPACE.search(body, max(0, q.open - 20), q.open) is not None
        and after[:1] == " "
        and after[1:2].islower()
    )


def _is_title(body: str, q) -> bool:
    """A show, book or event title or a nickname in quotes, not a statement:
    MSNBC’s “Morning Joe”, a “Commander-in-Chief Forum”, Marcia “Cia” Price."""
    words = body[q.start : q.end].rstrip(".,;:!?").split()
    if not words or len(words) > 6:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words):
        return False
    if not words[0][0].isupper() and not words[0][0].isdigit():
        return False
    before = body[max(0, q.open - 30) : q.open]
    if _TITLE_BEFORE.search(before) or _TITLE_AFTER.match(body, q.outer_end, q.outer_end + 20):
        return True
    inner = body[q.start : q.end].rstrip()
    if (
        (len(words) >= 4 or (len(words) == 3 and any(w in _SMALL_WORDS for w in words[1:])))
        and body.find("\n", 0, q.open) >= 0
        and not _SPOKEN_MARKS.search(inner)
        and not inner.endswith(("!", "?"))
        and any(ch.islower() for ch in inner)
        and words[0].lower().replace("’", "'") not in _SPEAKING_OPENERS
        # (not '“Welcome to the British Screen Awards,” he said': a comma, then its cue)
        and not (inner.endswith(",") and _PRONOUN_CUE_AFTER.match(body, q.outer_end))
    ):
        # "to promote “The Man in the Iron Mask”": words in title case, short words lower, in the
        # body's running text (a headline is all title case) name a work, they say nothing
        return True
    # a nickname between a first name and a surname
    after = body[q.outer_end : q.outer_end + 2]
    return (
        len(words) == 1 and before[-2:-1].isalpha() and before[-1:] == " " and after[:1] == " " and after[1:2].isupper()
    )


#: A pronoun and its cue ending the clause after a closing mark: '“...,” he said, “...”'.
_PRONOUN_CUE_AFTER = re.compile(r"[ \t]+(?:he|she|they|I|we)[ \t]+(?:said|says|added|adds)(?=[ \t]*[,.;:])")
#: Adverbials that may open a clause before its subject ("In a Fox interview on Sunday, Trump ...").
_CLAUSE_LEAD = re.compile(
    r"(?:(?:In|On|At|After|Before|During|When|While|Speaking|Asked|Writing|Earlier|Later|Meanwhile|"
    r"But|And|So|Yet|However|Then|Now|Last|This|Next|From|Following|Since|Despite|Amid|With|"
    r"Without|For|To|Under|Over|Through|Back|Until|Instead|Still|Indeed|Of|Once|Here|There|"
    r"Today|Yesterday|Tonight|Again|Also|Finally|Alongside|Among|Against|Beyond|Besides|Unlike|Like|Ahead|"
    r"Across|Around|Throughout|Within|Toward|Towards|Given|Regarding|Just|Shortly|Soon|Moments|Minutes|Hours|Days|Weeks|Months|"
    r"Years|According|As|Although|Though|Because|If|Whereas)\b[^,:;“”\"\n]{0,80},[ \t]*)+"
)
#: A participle phrase opening the sentence, up to its comma: "Pressed on the issue, ".
_PARTICIPLE_LEAD = re.compile(r"([A-Z][a-z]{2,}(?:ed|ing))\b[^,:;“”\"\n]{0,80},[ \t]*")
#: One capitalised word and a comma before a pronoun subject: "Wait, it ...", "Still, we ...".
_INTERJECTION = re.compile(r"([A-Z][a-z]+),[ \t]+(?=(?:it|he|she|they|we|I|you|there)\b)")
#: A sentence adverb and its comma opening the clause: "Ironically, ", "Separately, ".
_ADVERB_LEAD = re.compile(r"([A-Z][a-z]{3,}ly),[ \t]+")
_FOCUS_ADVERB = re.compile(r"(?:even|only|just|also|now|then)[ \t]+")
_AS_LEAD = re.compile(r"(?:[Aa]s|[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Tt]hen)[ \t]+")
_COLON_END = re.compile(r":[ \t\r\n]*$")
_SPACE_BEFORE = re.compile(r"[ \t]+$")
_COMMA_BEFORE = re.compile(r",[ \t]*$")
_GROUP_PRONOUN = re.compile(r"(?:[Ii]t|[Tt]hey|[Ww]e)\b")
#: A few lower-case words that finish a quoted sentence before its attribution.
_MIXED_TAIL = re.compile(r"[a-z][^.!?;:“”\"\n,]{0,80},[ \t]+")
#: A capitalised word, then a cue verb: the run after a quote is its attribution.
_NAME_THEN_CUE = re.compile(r"\b[A-Z][\w’'-]*[ \t]+(?:" + alternation(L.CUE_VERBS) + r")\b")


_GROUP_AT = re.compile(r"[ \t]+(?:at|of|from|with)[ \t]+(?:the[ \t]+)?(?=[A-Z])")
_OF_LOWER = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[a-z]")


def _noun_of_phrase(body: str, s: int, e: int) -> bool:
    """Whether ``[s, e)`` is a sentence's capitalised first word before "of" and a lower-case
    word, written nowhere else in the body: "Payment of health benefits would be made ...", a
    common noun, no name ("Smith of accounts" has its name again elsewhere)."""
    w = body[s:e]
    return (
        w.isalpha()
        and _OF_LOWER.match(body, e) is not None
        and not is_first_name(w)
        and body.count(w) == 1
        and at_sentence_start(body, s)
    )


#: A numbered group of states and what its members are: "Group of 24 developing countries ".
_NUMBERED_GROUP_MEMBERS = re.compile(
    r"\b(Group[ \t]+of[ \t]+(?:\d{1,3}|[A-Z][a-z]+))[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    r"(?:countries|nations|economies|states|members)[ \t]*$"
)


#: A time with no comma before a subject that opens on an article: "Afterwards |a spokesman".
_TIME_BEFORE_ARTICLE = re.compile(_TIME_LEAD + r"[ \t]+(?=(?:an?|the)[ \t])")


def clause_subject(ctx, s: int, e: int):
    """The subject that opens the clause in ``[s, e)``, after adverbials: "Clinton has since
    apologized:", "In a Fox interview, Trump went further:", "As Ann Lee said in Cardiff:",
    "He is careful to blame both sides:". A name, a pronoun or a short noun phrase."""
    body = ctx.body
    p = _WS.match(body, s, e).end()
    while p < e and body[p] in "(*_—–-), \t":
        p += 1  # and what is left of a quotation before: '(“No money!”), Eppie will vouch ...:'
    de = colon_dateline_end(ctx, p) if p == 0 or body[p - 1] == "\n" else None
    if de is not None and de <= e:
        p = de  # "Mumbai: Statutory auditor Ann Lee LLP has resigned ...": a dateline
    m = _CLAUSE_LEAD.match(body, p, e)
    if m is not None:
        p = m.end()
    m = _INVERTED_OPEN.match(body, p, e)
    if m is not None and body[m.end() : m.end() + 4].lower() == "the ":
        p = m.end()  # "Said the Pew report:": the cue opens the clause, its subject follows
    m = _PARTICIPLE_LEAD.match(body, p, e)
    if m is not None and m.group(1) not in ctx.people.words:
        p = m.end()  # "Faced with pressure to act, even a top strategist said ..."
    m = _INTERJECTION.match(body, p, e)
    if m is not None and m.group(1) not in ctx.people.words:
        p = m.end()  # "Wait, it gets better:": the word before the comma is no subject
    m = _ADVERB_LEAD.match(body, p, e)
    if m is not None and m.group(1) not in ctx.people.words and not is_first_name(m.group(1)):
        p = m.end()  # "Ironically, the chef had hailed it as": nor is a sentence adverb (not "Kelly, 34,")
    m = _AS_LEAD.match(body, p, e)
    if m is not None:
        p = m.end()
    m = _FOCUS_ADVERB.match(body, p, e)
    if m is not None:
        p = m.end()
    m = _TIME_BEFORE_ARTICLE.match(body, p, e)
    if m is not None:
        p = m.end()  # "Afterwards a Vantora spokesman issued a statement:"
    sa = ctx.subject_at(p, e)
    if sa and sa[0] and (sa[0][0] is None or sa[0][0] not in ctx.people.roles):
        am = _APPOSITION_COMMA.match(body, sa[1], e)
        pa = ctx.person_after(am.end(), e) if am is not None else None
        if pa is not None and pa[0][0] is not None and body[pa[1] : pa[1] + 1] == ",":
            # "The Governor of the Bank of England, Robin Leigh-Pemberton, repeated ...": the
            # person the office's description is set beside
            return pa[0]
        rm = _ROLE_LEAD.match(body, sa[1], e) or _MEMBER_LEAD.match(body, sa[1], e)
        pa = ctx.person_after(rm.end(), e) if rm is not None else None
        if pa is not None and pa[0][0] is not None and pa[0][1] == rm.end():
            # "FCA board member Marvin Duncan differed, saying": the person the body's role names
            return pa[0]
        cm = _AND_SECOND_ROLE.match(body, sa[1], e) if sa[0][0] is None else None
        pa = ctx.person_after(cm.end(), e) if cm is not None and cm.group(1).lower() in _COORDINATED_ROLES else None
        if pa is not None and pa[0][0] is not None and pa[0][1] == cm.end():
            # "Her co-star and best pal Demi Okafor rushed to her defence": one person, two roles
            return pa[0]
    if sa and sa[0]:
        if sa[0][0] is None and body[p : sa[1]].lower().split()[-1] in L.STAFF_NOUNS:
            gm = _GROUP_AT.match(body, sa[1], e)
            items = ctx.run_by_start.get(gm.end()) if gm is not None else None
            if items is not None:
                # "Economists at Norvale Brothers Inc were more succinct:": the staff of a
                # body, described as the cue's subject would be
                return describe(ctx, p, items[-1][1])
        return None if sa[0][0] is not None and _noun_of_phrase(body, p, sa[1]) else sa[0]
    rm = _ROLE_LEAD.match(body, p, e)
    if rm is not None:
        # "But government spokesman Yannis Roubatis did not confirm it, saying": the person
        pa = ctx.person_after(rm.end(), e)
        if pa is not None and pa[0][0] is not None and pa[0][1] == rm.end():
            return pa[0]
    m = _GROUP_PRONOUN.match(body, p, e)
    if m is not None:
        return None, m.start(), m.end(), None
    if np_ok_start(body, p, e):
        end = _np_end(body, p, e)
        for w in _LOWER_WORD.finditer(body, p, end):
            if w.start() > p and _verb_like(w.group(0)) and body[w.start() - 1] in " \t":
                end = w.start() - 1  # "a top strategist said Clinton will ...": up to the verb
                break
        if len(_TOKEN.findall(body, p, end)) <= 6:
            # "Amanda's uncle, Lewis Champion, told ...": the name in apposition is the subject
            cm = _APPOSITION_COMMA.match(body, end, e)
            if cm is not None:
                pa = ctx.person_after(cm.end(), e)
                if pa is not None and body[pa[1] : pa[1] + 1] == ",":
                    return pa[0]
            return describe(ctx, p, end)
    return None


_APPOSITION_COMMA = re.compile(r",[ \t]+")
#: Nothing, or a courtesy title, before a name.
_TITLE_LEAD = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Engr|Atty)\.?[ \t]+)?")
#: A lower-case role before a name: "analyst ", "senior economist ".
_ROLE_LEAD = re.compile(
    r"[ \t]*(?:[a-z-]+[ \t]+){0,2}(?:"
    + "|".join(sorted(L.ROLE_NOUNS | L.OCCUPATIONS, key=len, reverse=True))
    + r")[ \t]+"
)
#: A second role joined to the subject's first, right before the name: " and best pal ".
_AND_SECOND_ROLE = re.compile(r"[ \t]+and[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}([a-z][\w-]*)[ \t]+")
_COORDINATED_ROLES = (
    L.OCCUPATIONS | L.ROLE_NOUNS | L.KIN_NOUNS | frozenset("pal friend mate confidant confidante".split())
)
#: A body's name and a lower-case role before a person's name: "White House spokesman ".
_NAMED_ROLE_LEAD = re.compile(r"(?:[A-Z][\w.&'’-]*[ \t]+){0,4}" + _ROLE_LEAD.pattern)
#: "The independent ", "the veteran ": plain words before a name, no preposition or verb.
_THE_WORDS_LEAD = re.compile(
    r"[Tt]he[ \t]+(?:(?!(?:of|for|to|with|by|and|or|at|in|on|from|who|that|whose|said|says)\b)[a-z][a-z-]*[ \t]+){1,2}"
)
_OF_ONLY = re.compile(r"[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?")
_AND_ONLY = re.compile(r"[ \t]+and[ \t]+")
#: A cue right after the second of two names: " said", " told".
_PAIR_CUE = re.compile(r"[ \t]+(?:also[ \t]+)?(?:said|say|told|added|wrote|argued|warned)\b")
#: ("vice president of U.S. operations Ann Lee said": the periods of initials break nothing)
_DESCRIPTION_BREAK = re.compile(r"[,;:“”\"()\n]|(?<![A-Z]\.[A-Z])\.(?![ \t]*[A-Z][a-z]*\b)|\s[-—–]\s")


def _described_subject(ctx, p: int, hi: int):
    """The person named right before a cue, after a short description with no punctuation in
    between: (result, end of the name) or None."""
    body = ctx.body
    lim = min(hi, p + 120)
    b = _DESCRIPTION_BREAK.search(body, p, lim)
    lim = b.start() if b is not None else lim
    ppl = ctx.people
    lo = bisect_right(ppl.starts, p - 1)
    for m in ppl.mentions[lo:]:
        if m.start >= lim:
            break
        if m.end > lim:
            continue
        ap = _ADV_START.match(body, m.end, hi).end()
        em = _EMPLOYER_TAIL.match(body, m.end, lim)
        if em is not None and _CUE_RX.match(body, _ADV_START.match(body, em.end(), hi).end(), hi):
            # "analyst Jack Kirnan of Kidder Peabody and Co told": the person, not the employer
            # after "of" (whose name may read as a person's)
            return (m.name, m.start, m.end, ppl.roles.get(m.name)), em.end()
        if _CUE_RX.match(body, ap, hi):
            end = m.end
            m = ctx.first_of_pair(p, m.start) or m
            return (m.name, m.start, m.end, ppl.roles.get(m.name)), end
    return None


#: Plural nouns for a firm's members, which name the firm after them: "auditors", "brokers".
_FIRM_NOUNS = r"(?:auditors|accountants|brokers|stockbrokers|underwriters|consultants)"
_FIRM_NOUNS_THEN_NAME = re.compile(_FIRM_NOUNS + r"[ \t]+([A-Z][\w&'’.-]*(?:[ \t]+(?:and|&|[A-Z][\w&'’.-]*))*)")
_FORM_TAIL = re.compile(r"(?:[ \t]+(?:and|&))?(?:[ \t]+(?:Co|Inc|Corp|Ltd|Plc|PLC)\.?)+$")
_FIRM_NOUNS_BEFORE = re.compile(r"\b" + _FIRM_NOUNS + r"[ \t]+$")
#: An employer after a name, up to the cue: " of Kidder Peabody and Co", " of London-based
#: brokers Grieveson Grant".
_EMPLOYER_TAIL = re.compile(
    r"[ \t]+(?:of|from|at|with)[ \t]+(?:the[ \t]+)?(?:(?:[A-Z][\w.]*[ \t]+)?[A-Z][\w.]*-based[ \t]+)?"
    r"(?:[a-z][\w-]*[ \t]+){0,3}[A-Z][\w&'’.-]*(?:[ \t]+(?:and|&|[A-Z][\w&'’.-]*)){0,6}"
)
#: Lower-case role words before a name: "chairman and chief executive ", "former deputy ".
_LOWER_ROLES = re.compile(
    r"(?:(?:the|its|his|her|their)[ \t]+)?(?:"
    + alternation(
        _ROLE_WORDS | set("and of former deputy vice senior chief acting joint managing executive general".split())
    )
    + r"[ \t]+){1,7}"
)
_PHRASE_END = re.compile(r"[,;:.!?(\n]|\s[-—–]\s")


def _name_ending_phrase(ctx, sp: int, hi: int):
    """A person's name that ends the phrase after a cue, however long its description:
    "said former Ohio Gov. and party chairman Ed Rendell." -> (result, end) or None."""
    body = ctx.body
    e = sp
    while True:
        m = _PHRASE_END.search(body, e, hi)
        e = m.start() if m else hi
        if m is None or body[e] != "." or not _ABBREV_BEFORE.search(body, max(sp, e - 5), e):
            break
        e += 1  # "Gov.", "Sen.": an abbreviation, not the phrase's end
    if e - sp > 120:
        return None
    person = ctx.person_in(sp, e)
    if person is None or body[person.end : e].strip():
        return None
    return (person.name, person.start, person.end, ctx.people.roles.get(person.name)), person.end


_ABBREV_BEFORE = re.compile(r"\b(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Dr|Mr|Mrs|Ms|St|Jr|Sr|Capt|Adm|Prof|Rev)$")
#: Words a quotation embedded in the writer's sentence needs before its clause's subject is
#: taken as the speaker: shorter ones are as often labels or scare quotes ("so-called
#: “reform”"). Measured on PolNeAR train and dev: 3 gave speakers to most quoted stances at the
#: smallest cost in precision.
_EMBEDDED_MIN_WORDS = 3
#: A subordinate clause opening the sentence, up to its comma: the main clause follows.
_SUBORDINATE_LEAD = re.compile(
    r"\s*(?:As|While|When|Although|Though|If|Because|After|Before|Since|Once|Until|Whereas)\b[^,;:“”\"\n]{0,100},\s*"
)
#: Between the subject and an embedded quotation, another clause ("... a treaty that provides
#: for “...”"): the words are not the subject's.
_EMBEDDED_BLOCK = re.compile(
    r"\b(?:that|which|who|whom|whose|where|when|while|because|after|before|despite|amid|although|though|unless)\b|[;:]"
)
#: A quotation that is a name with its article: "the “comprehensive strategic partnership”".
_LABEL_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|these|those|so-called)[ \t]+$", re.I)
#: A quotation embedded after a verb phrase: "... is labeling the actions “", "... derided “".
_EMBEDDED_AFTER_VERB = re.compile(r"\b[a-z]{3,}(?:ed|ing|s)\b(?:[ \t]+[a-z’'-]+){0,4}[ \t]+$")
#: A sentence opening with a linking word and the cue, no subject: "But added:", "And also said".
_BARE_LINK = re.compile(r"\s*(?:But|And|Yet)[ \t]+(?:(?:also|later|then)[ \t]+)?")
#: Between a cue and the participle that goes on from it: a comma, perhaps after a short
#: adjunct (", adding", " in a statement, adding", " on Monday, adding").
_COMMA_ONLY = re.compile(
    r"(?:[ \t]+(?:in|on|at|to)[ \t]+(?:a|an|the|its|his|her|their)?[ \t]*[\w-]+(?:[ \t]+[\w-]+)?)?[ \t]*,[ \t]*"
)


#: "quoted Qantas chief executive Ann Lee as saying": the one quoted is the speaker.
_QUOTED_AS = re.compile(r"\s+(\S.{0,90}?)\s+as\s+(?:saying|telling|stating|writing|describing)\b")


#: "to quote Ann Lee as " right before "saying": the one quoted, in any tense but "quoted" (a cue
#: of its own).
_QUOTE_VERB_BEFORE = re.compile(r"\b(?:quote|quotes|quoting)[ \t]+(\S.{0,90}?)[ \t]+as[ \t]+$")
_QUOTED_CUE = re.compile(r"(?:[\w’'.-]+[ \t]+){0,6}?(quoted)\b")


_ING_AT = re.compile(r"[a-z]+ing\b")  # a participle cue ("the editorial telling him"): its noun is its subject
_GOVERNING_PREP = re.compile(r"\b(?:before|after|on|in|of|for|with|from|about|over|against|into|than)[ \t]+$")
#: A passive "was quoted ... as" right before "saying".
_PASSIVE_QUOTED = re.compile(
    r"\b(?:was|were|is|are|been)[ \t]+(?:also[ \t]+|widely[ \t]+)?quoted\b[^.;:\"“”]{0,80}?\bas[ \t]+$"
)


def _quoted_as(ctx: Context, cm, hi: int):
    """(the person or body a ``quoted X as saying`` names, end of the phrase), or None."""
    if not cm.group(cm.lastindex or 0).lower().startswith(("quoted", "reported", "cited")):
        return None  # ("The daily al-Riyadh reported Prince Sultan as saying:": the one reported)
    body = ctx.body
    m = _QUOTED_AS.match(body, cm.end(), hi)
    if m is None:
        return None
    s = m.start(1)
    obj = body[s : m.end(1)].strip().lower()
    if obj in ("him", "her"):
        # "the paper quoted him as saying": the man the pronoun stands for
        name = ctx.people.antecedent(s, ctx.sentences, ctx.sent_starts, "he" if obj == "him" else "she", True)
        if name is None:
            return None
        return (name, s, m.end(1), ctx.people.roles.get(name)), m.end()
    sa = ctx.subject_at(s, m.end(1))
    if not (sa and sa[0] and sa[0][0]):
        sa = ctx.person_after(_DESCRIPTORS.match(body, s, m.end(1)).end(), m.end(1))
    if not (sa and sa[0] and sa[0][0]):
        return None
    return sa[0], m.end()


#: An unnamed subject right before its cue: "a man yelled", "someone in the audience shouted",
#: "the crowd chanted" -- the speaker is unnamed, not a person named earlier in the sentence.
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|(?<=[\s,;:(]))((?:[Aa]|[Aa]n|[Oo]ne|[Ss]omeone|[Ss]omebody|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]he)"
    r"(?:[ \t]+(?!(?:who|that|which|was|is|were|are|had|has|have|when|as|and|but|by|to|for|with|on|at|into|"
    r"after|before|during|via|through|against|so|such|also|then|later|just|again|repeatedly|loudly|angrily)\b)"
    r"[a-z][a-z’'-]*(?<!-)){0,5})"
    r"(?:[ \t]+(?:also|then|later|just|again|repeatedly|loudly|angrily))?[ \t]+$"
)


#: What may come right before a subject: a clause boundary or a conjunction.
_SUBJECT_OPENS = re.compile(r"(?:[,;:(—–\n]|\b(?:and|but|when|while|as|after|before|because|if|then|so|until))[ \t]*$")


def _unnamed_subject(ctx: Context, ws: int, p: int):
    m = _UNNAMED_SUBJECT.search(ctx.body, max(ws, p - 60), p)
    if m is None:
        return None
    s, e = m.span(1)
    if s > ws and _GOVERNING_PREP.search(ctx.body, max(ws, s - 12), s) and not _ING_AT.match(ctx.body, p):
        # "A U.S. Embassy report on Norvia published just before the budget said:": the noun a
        # preposition governs is no subject; the clause's opening one is
        cs = clause_subject(ctx, ws, s)
        return cs if cs is not None and cs[1] is not None and cs[1] < s else None
    if (
        s > ws
        and not _SUBJECT_OPENS.search(ctx.body, max(ws, s - 12), s)
        # "Asked if X had any plans a spokesman said": a question without its comma
        and not _ASKED_CLAUSE.match(ctx.body, _WS.match(ctx.body, ws, s).end(), s)
    ):
        return None  # "marching through the streets chanted": an object, not the subject
    words = ctx.body[s:e].split()
    if len(words) == 1 and words[0].lower() not in ("someone", "somebody"):
        return None  # "the said", "a said": no noun
    return None, s, e, None


def _initials_of_previous(body: str, chunks: list[tuple[int, int]], ci: int) -> bool:
    """Whether comma chunk ``ci`` is one capitalised acronym spelling the words that end the
    chunk before it ("Farm Credit Administration, FCA")."""
    toks = _TOKEN.findall(body, chunks[ci][0], chunks[ci][1])
    return (
        len(toks) == 1
        and len(toks[0]) > 1
        and toks[0].isupper()
        and spelled_out(body, chunks[ci - 1][1], toks[0]) is not None
    )


#: A clause of time or cause whose named subject labels someone, right up to the words it
#: used: "a week after |Kristen Vella| accused her on a podcast of ".
_CLAUSE_ACCUSER = re.compile(
    r"\b(?:after|when|since|because|while|before|until)[ \t]+([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)[ \t]+"
    r"(?:accused|called|branded|described|dubbed|labelled|labeled)\b[^.;:!?“”\"\n]{0,80}$"
)


def _pre_specific(ctx: Context, ws: int, we: int):
    """``Name said:`` / ``according to Name,`` / ``Name's warning that`` before a quote."""
    body = ctx.body
    im = _INVERTED_OPEN.match(body, ws, we)
    if im is not None:
        # "Said Ann Lee, who grew up there, “...”" (the name run may start at "Said")
        m = ctx.person_in(im.start(), min(we, im.end() + 60))
        if m is not None and m.start <= im.end() + 1 and m.end > im.end():
            name = m.name
            cue_word = im.group(0).split()[0]
            if name.startswith(cue_word + " "):  # "Said Comey": the run took the cue as a first name
                rest = name[len(cue_word) + 1 :]
                name = ctx.people.surnames.get(rest, rest)
            return (name, im.end(), m.end, ctx.people.roles.get(name)), im.end()
        dm = _DESCRIBED_NAME_START.match(body, im.end(), min(we, im.end() + 80))
        if m is not None and dm is not None and m.start == dm.end() and dm.group(1).split()[-1] in _ROLE_WORDS:
            # "Said Future Computing analyst Joe Cross, “...”": the person after the description
            return (m.name, m.start, m.end, ctx.people.roles.get(m.name)), im.end()
        rm = _THE_ROLE_COMMA.match(body, im.end(), min(we, im.end() + 60))
        if m is not None and rm is not None and m.start == rm.end() and rm.group(1) in _ROLE_WORDS:
            # "Added the spokesman, Tom Ruddle, “...”": the person the role is set off before
            return (m.name, m.start, m.end, ctx.people.roles.get(m.name)), im.end()
    am = _CLAUSE_ACCUSER.search(body, ws, we)
    m = ctx.person_in(am.start(1), am.end(1)) if am is not None else None
    if m is not None and m.start == am.start(1) and m.end == am.end(1):
        # "X posted a statement, a week after Kristen Vella accused her of “faking” ...": the
        # words the clause right before them says its own subject used
        return (m.name, m.start, m.end, ctx.people.roles.get(m.name)), am.end()
    cues = [c for c in _CUE_RX.finditer(body, ws, we) if not _thought_as_noun(body, ws, c)]
    if cues and _BARE_LINK.fullmatch(body, ws, cues[0].start()):
        # "Raimond said talks took long. But added: “...”": no subject of its own, the one of
        # the sentence before, which spoke
        si = ctx.sentence_of(ws)
        if si > 0:
            ps, pe = ctx.sentences[si - 1]
            for pc in _CUE_RX.finditer(body, ps, pe):
                # "In his first comments since ..., Mr Blair told BBC News ...": the first cue
                # with a subject ("comments" is a noun there)
                r = ctx.subject_before(pc.start(), ps)
                if r is not None and r[0] is not None:
                    return r, cues[0].end()
    for cm in reversed(cues):
        if _GOES_ON_TO.match(body, cm.start()):
            continue  # "the CFTC continued to "closely monitor ..."": going on doing, not speaking
        if cm.group(0).lower() in _NOUN_CUES and _noun_use(body, cm):
            continue  # "the department said in a written reply:": the cue is "said", not the reply
        quoted = _quoted_as(ctx, cm, we)
        if quoted is not None:
            return quoted  # "the paper quoted its editor Ann Lee as saying:"
        qv = _QUOTE_VERB_BEFORE.search(body, max(ws, cm.start() - 120), cm.start())
        if qv is not None and cm.group(0).lower() == "saying":
            # "other than to quote Cappy as saying, "...": the one quoted
            sa = ctx.subject_at(qv.start(1), qv.end(1))
            if sa and sa[0] and sa[0][0]:
                return sa[0], cm.end()
        r = None
        pm = _PASSIVE_QUOTED.search(body, ws, cm.start()) if cm.group(0).lower() == "saying" else None
        if pm is not None:
            # "Ann Lee, the speaker designate, was quoted in the Tribune as saying": the subject
            r = ctx.subject_by_commas(ws, pm.start()) or clause_subject(ctx, ws, pm.start())
            r = r or ctx.subject_before(pm.start(), ws)
        if r is None and cm.group(0).endswith("ing") and body[ws : cm.start()].rstrip().endswith(","):
            prev = next((c for c in reversed(cues) if c.end() <= cm.start()), None)
            if prev is not None and _COMMA_ONLY.fullmatch(body, prev.end(), cm.start()):
                # "X will meet Y next week, Ann Lee said, adding, ...": the one who said it
                r = ctx.subject_before(prev.start(), ws)
                if r is None:
                    # "..., the statement said, adding ...": the unnamed source of that cue
                    r = _unnamed_subject(ctx, ws, prev.start())
            if r is None and prev is not None and not _CUE_RX.search(body, prev.end(), cm.start()):
                # "Ealier, Baker told the committee X, but Baldrige said he was more optimistic,
                # adding, “...”": the subject of the last cue, whose statement the participle goes on
                pr = ctx.subject_before(prev.start(), ws)
                if (
                    pr is not None
                    and pr[0] is not None
                    and pr[0] in ctx.people.roles
                    and pr[1] is not None
                    and body[pr[1] : pr[2]].lower() not in ("he", "she")
                ):
                    r = pr  # a named subject, not a pronoun resolved further back
            if r is None:
                r = _document_sender(ctx, ws, body.rindex(",", ws, cm.start()))
            if r is None:
                # "Trump took to Twitter, writing: ...": the subject of the clause, not "Twitter"
                r = clause_subject(ctx, ws, cm.start())
        if r is None:
            r = ctx.subject_before(cm.start(), ws)
            if (
                cm.group(0).endswith("ing")
                and r is not None
                and r[0] is not None
                and r[0] not in ctx.people.roles
                and ctx.body[cm.start() - 1 : cm.start()] in (" ", "\t")
            ):
                # "Clinton answered on Facebook writing “...”": the participle goes with the
                # clause's subject, not the place or medium before it
                cs = clause_subject(ctx, ws, cm.start())
                if cs is not None and cs[0] is not None and cs[2] is not None:
                    verb = _LOWER_WORD.match(ctx.body, _WS.match(ctx.body, cs[2], cm.start()).end(), cm.start())
                    if verb is not None and _verb_like(verb.group(0)):
                        r = cs  # the subject right before its verb, not "Internet service provider"
        if r is None:
            r = _unnamed_subject(ctx, ws, cm.start())
        if r is None:
            r = ctx.subject_by_commas(ws, cm.start())
        if r is None:
            om = _OPEN_APPOSITION.search(body, ws, cm.start())
            pm = ctx.person_in(om.start(1), om.end(1)) if om is not None else None
            if pm is not None and pm.end == om.end(1):
                # "But James Mandelbaum, a Los Angeles-based entertainment attorney said, "...": an
                # apposition whose closing comma was lost before the cue
                r = pm.name, pm.start, pm.end, ctx.people.roles.get(pm.name)
        if r is not None:
            return r, cm.end()
    am = None
    for am in _ACCORDING.finditer(body, ws, we):  # noqa: B007 - the last one is wanted
        pass
    if am is not None:
        sa = ctx.subject_at(am.end(), we)
        if sa and sa[0]:
            return sa[0], am.end()
        sp = _WS.match(body, am.end(), we).end()
        om = _OBJECT_PRONOUN.match(body, sp, we)
        if om is not None:
            # "According to him, “...”": whom the pronoun refers to
            r = ctx.resolve_pronoun(om.start(), om.end())
            if r is not None and r[0] is not None:
                return r, am.end()
        lm = _LOWER_DESCRIPTION.match(body, sp, we)
        pa = ctx.person_after(lm.end(), we) if lm is not None else None
        if pa and pa[0]:
            return pa[0], am.end()  # "According to consumer spokesman Peter Baron of West Germany, ..."
        if np_ok_start(body, sp, we):  # "According to the Daily Caller, ..."
            r = describe(ctx, sp, _np_end(body, sp, we))
            if r is not None:
                return r, am.end()
    got = None
    for nm in _CUE_NOUN_RX.finditer(body, ws, we):
        if any(cm.start() >= nm.end() for cm in cues):
            continue  # "Asked about Ann's comments, her spokesman said:": the verb's subject speaks
        items = ctx.run_by_end.get(nm.start())
        if items is not None:
            r = ctx.resolve_run(items, allow_org=False)
            if r is not None:
                got = (r, nm.end())
    return got


def _post_specific(ctx: Context, q, nxt_q, se: int):
    """``“...,” Name said`` / ``said Name`` / ``he said`` / ``according to Name``."""
    body = ctx.body
    r0 = q.outer_end
    r1 = nxt_q.open if nxt_q is not None else se
    nl = body.find("\n", r0, r1)
    if nl >= 0:
        r1 = nl  # an attribution never starts past the paragraph's end ("Jim Urquhart / Reuters.")
    if nxt_q is not None and body[r0:r1].rstrip().endswith(":") and body[q.end - 1 : q.end] != ",":
        # '"...?'" LTA chief executive, John Crowther, added: "...': the colon hands the
        # attribution to the quotation after it, not to this finished one
        return None
    p = _SPACE_COMMA.match(body, r0, r1).end()
    im = _ING_CUE.match(body, p, r1)
    if im is not None:
        # 'Lee called it "a smear", saying it was ...': the participle's subject is the
        # sentence's, before the quotation
        ss = _WS.match(body, ctx.sentences[ctx.sentence_of(q.open)][0], q.open).end()
        pm = _PARTICIPLE_LEAD.match(body, ss, q.open)
        if pm is not None and pm.group(1) not in ctx.people.words:
            ss = pm.end()  # "Stressing that growth would be internal, Lee told ...": Lee
        for _ in range(2):  # the sentence's start, else past an opening phrase ("Despite X, Lee ...")
            sa = ctx.subject_at(ss, q.open) if ss < q.open else None
            if sa and sa[0] and sa[0][0] and _VERB_AFTER_SUBJECT.match(body, sa[1], q.open):
                return sa[0], im.end()
            c = body.find(",", ss, q.open)
            if c < 0:
                break
            ss = _WS.match(body, c + 1, q.open).end()
        return None
    ends_clause = body[q.end - 1 : q.end] in (",", ".", "!", "?", "…") or "," in body[r0:p]
    if (
        not ends_clause
        and p < r1
        and _CUE_RX.match(body, p, r1)
        and body[q.start : q.start + 1].isupper()
        and len(body[q.start : q.end].split()) >= 4
        and not body[ctx.sentences[ctx.sentence_of(q.open)][0] : q.open].strip(' \t\n"“')
    ):
        # '"He was obviously the big trigger" said analyst Joseph Phillippi': a sentence quoted
        # whole, its comma lost before the cue
        ends_clause = True
    tail_start: int | None = None
    if (
        p < r1
        and body[p].islower()
        and not _CUE_RX.match(body, p, r1)
        and not _PAST_BEFORE_NAME.match(body, p, r1)
        and not _ACCORDING.match(body, p, r1)  # '“...,” according to John Binks, director'
        and not _PRONOUN_MANNER_CUE.match(body, p, r1)  # '“...,” she laughs, sweeping it away'
    ):
        # "“It is blatant” in the legislature, he said": the writer finishes the
        # sentence the quote began, then attributes it
        tail = _MIXED_TAIL.match(body, p, min(r1, p + 90))
        if (
            tail is not None
            and not _NAME_THEN_CUE.search(body, p, tail.end())
            # (not '"...," subcommittee chairman James Florio, a New Jersey Democrat said': the
            # person, described, then an apposition that lost its closing comma)
            and not (ctx.person_in(p, tail.end()) is not None and _APPOSED_CUE.match(body, tail.end() - 2, r1))
        ):
            # ("“...,” veteran analyst Ann Lee wrote this week, adding ...": the comma
            # closes the attribution itself, which the described-subject rule below reads)
            tail_start, p, ends_clause = p, tail.end(), True
    got = None
    if ends_clause and p < r1:
        qm = _QUOTED_CUE.match(body, p, r1)
        if qm is not None:
            quoted = _quoted_as(ctx, qm, r1)  # "“...,” the paper quoted Ann Lee as saying"
            if quoted is not None:
                return quoted[0], quoted[1]
        cm = _CUE_RX.match(body, p, r1) or _PAST_BEFORE_NAME.match(body, p, r1)
        if cm and tail_start is not None and cm.group(0).lower() in ("told", "tells"):
            pm = ctx.person_in(tail_start, p)
            if pm is not None and _ROLE_WORDS_ONLY.fullmatch(body, tail_start, pm.start):
                # '"...," director Paolo Azzoni at Milan bank ABK, told Reuters.': who told, not
                # whom they told
                return (pm.name, pm.start, pm.end, ctx.people.roles.get(pm.name)), cm.end()
        if cm:
            sp = _WS.match(body, cm.end(), r1).end()
            fm = _FIRM_NOUNS_THEN_NAME.match(body, sp, r1)
            if fm is not None:
                # '"...," added brokers Phillips and Drew in a recent report.': the firm the
                # plural of its trade names
                name = _FORM_TAIL.sub("", fm.group(1))
                return (name, fm.start(1), fm.start(1) + len(name), None), fm.end()
            sa = ctx.subject_at(sp, r1)
            rc = _ROLE_THEN_COMMA.match(body, sp, r1)
            pa = ctx.person_after(rc.end(), r1) if rc is not None and ctx.person_in(sp, rc.end()) is None else None
            if (
                pa is not None
                and pa[0][0]
                and pa[0][1] == rc.end()  # the name is the whole chunk: not "a spokeswoman, Ann Lee and Tom Ray"
                and pa[0][2] == pa[1]
                and _ENDS_AFTER_NAME.match(body, pa[1], r1)
            ):
                # '"...," said BA director of commercial planning, Robert Boyle.': the person set
                # off after the role, ending the sentence
                sa = pa
            pr = PARTNER_REST.match(body, sa[0][2], r1) if sa and sa[0] and sa[0][2] is not None else None
            if pr is not None:
                # "said Donaldson, Lufkin and Jenrette Inc analyst William Marcus": the person
                # after the partnership's name and its role words
                sa = ctx.person_after(_LOWER_WORDS.match(body, pr.end(), r1).end(), r1) or sa
            if sa and sa[0] and sa[0][0] not in ctx.people.roles:
                # "said Tory shadow local government secretary Ann Lee", "said Ulster man Lee": a
                # party or a place that describes the person the phrase ends with
                ending = _name_ending_phrase(ctx, sp, r1)
                if ending is not None:
                    sa = ending
            if not (sa and sa[0]):
                sa = ctx.person_after(_DESCRIPTORS.match(body, sp, r1).end(), r1)
            if not (sa and sa[0]):
                sa = _name_ending_phrase(ctx, sp, r1)  # "said former Ohio Gov. and party chairman Ed Rendell."
            if sa and sa[0]:
                got = (sa[0], sa[1], cm.end())
        else:
            am = _ACCORDING.match(body, p, r1)
            if am:
                # "according to a report by George Gaspar, first vice president at ...": its author
                dm = _DOCUMENT_BY.match(body, am.end(), r1)
                sa = ctx.subject_at(dm.end() if dm is not None else am.end(), r1)
                if sa and sa[0]:
                    got = (sa[0], sa[1], am.end())
            else:
                sa = ctx.subject_at(p, r1)
                if not (sa and sa[0]):
                    sa = ctx.person_after(_DESCRIPTORS.match(body, p, r1).end(), r1)
                if not (sa and sa[0]):
                    # "chairman and chief executive Ann Lee said": roles in lower case, then the name
                    rm = _LOWER_ROLES.match(body, p, r1)
                    if rm is not None:
                        sa = ctx.person_after(rm.end(), r1)
                if sa and sa[0]:
                    ap = _ADV_START.match(body, min(sa[1], r1), r1).end()
                    if not _verb_cue(body, ap, r1):
                        pm = _APPOSED_CUE.match(body, min(sa[1], r1), r1)
                        if pm is not None and sa[0][0] in ctx.people.roles:
                            # '"...," Ann Lee, an analyst with Shearson Lehman Bros. said.': the
                            # apposition's own periods and a lost comma before the cue
                            got = (sa[0], pm.end(1), pm.end(1))
                        sa = None  # a name inside the description, not before the cue
                if not (sa and sa[0]) and got is None:
                    # "former Florida governor Ann Lee said", "former George Bush speechwriter Ann
                    # Lee wrote": the person whose name the cue follows, after a description
                    sa = _described_subject(ctx, p, r1)
                if sa and sa[0]:
                    ap = _ADV_START.match(body, min(sa[1], r1), r1).end()
                    cm = _verb_cue(body, ap, r1)
                    if cm:
                        got = (sa[0], cm.end(), cm.end())
                        quoted = _quoted_as(ctx, cm, r1)
                        if quoted is not None:
                            got = (quoted[0], quoted[1], quoted[1])
    if got is None and ends_clause and p < r1:
        em = _CUE_ENDS_SENTENCE.search(body, p, r1)
        pm = ctx.person_in(max(p, em.start() - 60), em.start()) if em is not None else None
        if pm is not None and pm.end == em.start() and _CAPITALISED_ROLE_LIST.fullmatch(body, p, pm.start):
            # '"...," Agriculture, Livestock and Fisheries Under-Secretary Miguel Braceras said.':
            # a role whose portfolio lists its fields with commas, then the name and the cue
            got = ((pm.name, pm.start, pm.end, ctx.people.roles.get(pm.name)), em.end(), em.end())
    if got is None:
        g = post_general(ctx, q, r0, r1)
        if g is not None:
            got = (g[0], g[1], g[1])
    if got is None and nxt_q is None and body[q.end - 1 : q.end] == "," and _LOWER_NEXT_WORD.match(body, r0, r1):
        im = _INVERTED_CUE_ENDS.search(body, r0, r1)
        if im is not None:
            # '"...," as it suggests ..., added Merrill Lynch Economics analyst David Horner.': the
            # sentence the quotation opens ends with its inverted attribution, however long between
            sp = im.start(1)
            sa = _name_ending_phrase(ctx, sp, r1) or ctx.person_after(_DESCRIPTORS.match(body, sp, r1).end(), r1)
            if sa and sa[0] and sa[0][0]:
                got = (sa[0], im.end(), im.end())
    if (
        nxt_q is None
        and (
            body[q.end - 1 : q.end].isalpha()
            # '"...," and funds are likely to flow into Europe, Bilson said.': nothing else attributed it,
            # and no cue before it in its sentence ("which Duff and Phelps said had "...," may ...")
            or (
                got is None
                and body[q.end - 1 : q.end] == ","
                and _LOWER_NEXT_WORD.match(body, r0, r1)
                and not _CUE_RX.search(body, ctx.sentences[ctx.sentence_of(q.open)][0], q.open)
                and not _STATEMENT_NOUN_BEFORE.search(body, ctx.sentences[ctx.sentence_of(q.open)][0], q.open)
            )
        )
        and body[r0 : r0 + 1] in (" ", "\t")
    ):
        # '"We are looking at appealing" the ruling, the FMC spokeswoman said.': a quotation the
        # sentence carries on past, then the attribution that ends the sentence
        tm = _TRAILING_ATTRIBUTION.search(body, r0, r1)
        if tm is not None and len(body[r0 : tm.start()].split()) <= 16:
            r = ctx.subject_before(tm.start(2), tm.start(1)) or _unnamed_subject(ctx, tm.start(1), tm.start(2))
            if r is None and body[tm.start(1) : tm.end(1)] == "it":
                r = (None, tm.start(1), tm.end(1), None)  # '"...capacity is 80 mln tons" a year, it added.': the body
            if r is not None and (r[0] is not None or r[1] is not None):
                got = (r, tm.end(2), tm.end(2))
    if got is not None:
        after = got[1]
        if body[q.end - 1 : q.end] in (".", "?", "!") and _THAT_CLAUSE.match(body, got[2], r1):
            # '"...?" Tory MP Peter Luff, another co-chairman, said that the bill ...': a finished
            # sentence, then a new one whose cue reports a clause of its own
            return None
        if (
            nxt_q is not None
            and _TO_NEXT.fullmatch(body, after, r1)
            # '"A," Gene Cartledge, chairman of Union Camp said "B."': a plain cue after a quotation
            # that hands over with its comma is that quotation's too
            and not (body[q.end - 1 : q.end] == "," and _PLAIN_CUE_END.search(body, r0, after))
        ):
            # "“...,” Haddad replied “Yes.”", "Mills then writes back, “...”": the next one's,
            # unless the next is a title spoken to ("Lee told “Fox and Friends,” ...")
            if not (_TOLD.search(body, max(r0, after - 8), after) and _title_text(body[nxt_q.start : nxt_q.end])):
                return None
        return got[0], got[2]
    return None


#: A role after an inverted cue, perhaps after its body's name, then a comma before the
#: person: "BA director of commercial planning, ", "the club's head of media, ".
_ROLE_THEN_COMMA = re.compile(
    r"(?:(?:the|a|an)[ \t]+)?(?:[A-Z][\w&.'’-]*[ \t]+){0,3}(?:[a-z][\w'’-]*[ \t]+){0,3}[a-z][\w-]*"
    r"(?:[ \t]+(?:of|for|at)[ \t]+[^,;:\"“”\n]{1,50}?)?,[ \t]+"
)
_ENDS_AFTER_NAME = re.compile(r"[ \t]*(?:[.;!?]|,[ \t]+(?:who|whose|which|adding|saying)\b|$)")
#: A phrase of time or place opening a sentence before its subject, with no comma: "After the ruling ".
_SCENE_LEAD = re.compile(
    r"(?:After|Before|Following|During|Despite|At|In|On|Outside|Later|Earlier)\b[^,;:\"“”\n]{0,40}?[ \t]+"
)
#: "that" opening a reported clause right after a cue (not "that night").
_THAT_CLAUSE = re.compile(r"[ \t]+that[ \t]+(?!(?:night|day|morning|afternoon|evening|week|weekend|month|year|time)\b)")
#: A plain cue of saying ending the attribution between two quotations.
#: A stance a reported clause's own subject takes right before a quotation: "has called for".
_NESTED_STANCE = re.compile(
    r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:called[ \t]+for|urged|demanded|proposed|recommended"
    # 'The source said Chiles told Baker "..."': the one the source reports telling
    r"|told(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*$"
)
_ACRONYM_BEFORE = re.compile(r"[ \t]*\([A-Z][A-Z&.]{1,7}\)$")
_OPEN_APPOSITION = re.compile(
    r"(?:^|(?<=[.;:!?][ \t])|(?<=\n)|(?<=\bBut )|(?<=\bAnd ))([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}),[ \t]+"
    r"(?:a|an|the)[ \t]+[^,;:\"“”\n]{3,80}[ \t]+$"
)
_SAYING_BEFORE = re.compile(
    r"\b(?:by|after|before|while|when)[ \t]+(?:saying|adding|declaring|telling[ \t]+\w+)[,:]?[ \t]*$"
)
#: A lone capitalised word ending its sentence as the subject of a cue: ", Slifer said."
_LONE_SURNAME_SAID = re.compile(r",[ \t]+([A-Z][a-z]{2,})[ \t]+(?:said|says|added|adds)\.?[ \t]*$")


def _lone_surname(body: str, word: str) -> bool:
    """Whether ``word`` reads only as a surname in ``body``: no given name, never written in
    lower case and never followed by another capitalised word (no longer name's first word)."""
    if is_first_name(word) or word.lower() in body:
        return False
    i = body.find(word + " ")
    while i >= 0:
        if body[i + len(word) + 1 : i + len(word) + 2].isupper():
            return False
        i = body.find(word + " ", i + 1)
    return True


#: ... or opening it: "Lawson said in a television interview that ..."
_LONE_SURNAME_OPENS = re.compile(
    r"[\s\"“]*(?:(?:But|And|Yet|However,|Now|Later,|Afterwards,)[ \t]+)?([A-Z][a-z]{2,})[ \t]+(?:also[ \t]+)?"
    + alternation(L.CUE_VERBS)
    + r"\b"
)
_LOWER_DESCRIPTION = re.compile(r"(?:[a-z][\w-]*[ \t]+){1,3}")
_LOWER_NEXT_WORD = re.compile(r"[ \t]+[a-z]")
#: An inverted cue ending a sentence: ", added Merrill Lynch analyst David Horner."
_INVERTED_CUE_ENDS = re.compile(r",[ \t]+(?:said|says|added|adds)[ \t]+([^,;\"“”\n]{3,80}?)[.!?]?[ \t]*$")
_PLAIN_CUE_END = re.compile(r"\b(?:said|says|added|adds)[ \t]*$")
#: A subject's verb right after it, perhaps after an adverb: "Lee later blamed", "China on Thursday rejected".
_VERB_AFTER_SUBJECT = re.compile(
    r"[ \t]+(?:(?:[a-z]+ly|on[ \t]+[A-Z][a-z]+day|also|then|later|again)[ \t]+)?[a-z]{2,}\b"
)
#: A participle of saying right after a quotation: its subject is the sentence's, never after it.
_ING_CUE = re.compile(
    r"(?:saying|adding|noting|arguing|insisting|warning|claiming|explaining|calling|citing|suggesting|"
    r"stressing|declaring|describing|referring)\b"
)
#: The attribution ending a sentence after a comma: ", the FMC spokeswoman said in response ...".
_TRAILING_ATTRIBUTION = re.compile(
    # (the cue's adjuncts may run on: "said in a telephone interview from the company's Chicago headquarters.")
    # ("U.S. Ambassador to GATT Michael Samuels said": an initial's period is no sentence's end)
    r",[ \t]+((?:[^,.;:\"“”]|(?<=\b[A-Z])\.){2,60}?)[ \t]+(said|says|added|adds)\b[^,.;\"“”]{0,90}[.!?]?[ \t]*$"
)
#: Lower-case role words before a name, no article: "director ", "chief economist ".
_ROLE_WORDS_ONLY = re.compile(r"(?!(?:a|an|the|one)\b)(?:[a-z][\w-]*[ \t]+){0,3}")
#: A name's employer after it, perhaps with a comma and a lower-case description: ", of the",
#: " of the brokerage ".
#: ("Tom Ray of the Catholic charity Justitia et Pax told": a capitalised adjective before the
#: description, and the first word and particle of a foreign name)
_COMMA_OF = re.compile(
    r",?[ \t]+(?:of|at|from|with)[ \t]+(?:the[ \t]+)?(?:[A-Z][a-z]+[ \t]+(?=[a-z]))?(?:[a-z][\w-]*[ \t]+){0,2}"
    r"(?:[A-Z][\w-]*[ \t]+(?:et|de|des|du|di|del|della|der|van|von|y|e|do|da)[ \t]+)?$"
)
_LOWER_WORDS = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}")
#: A name's apposition, then the cue that ends the sentence: ", an analyst with X Bros. said.".
_APPOSED_CUE = re.compile(
    r",[ \t]+(?:a|an|the|[a-z][\w-]*)[ \t]+[^,;:\"“”\n]{2,100}?,?[ \t]+"
    # "Told": wires capitalise the word after "N.A." and "U.S."
    r"(said|says|added|adds|stated|[Tt]old)\b[^,;\"“”]{0,80}[.!?]?[ \t]*$"
)
#: A phrase of place opening a sentence: "At Gatwick", "In London".
_PLACE_LEAD = re.compile(r"(?:At|In|Outside|Inside|Near)[ \t]+[^,]{1,40}$")
#: An auxiliary or adverb alone between a subject's last comma and its cue: "..., has said".
#: Words that may stand between an apposition's last comma and its cue: "has", "also",
#: "yesterday" ("Ann Lee, chairman of the board, yesterday said").
_AUX_ONLY = re.compile(
    r"(?:(?:has|have|had|also|later|then|previously|repeatedly|long|often|once|yesterday|today|earlier)[ \t]*){1,3}"
)
#: "“...,” an angry Ann Lee retaliated.": after a quotation that hands over with its comma, a
#: name and a past-tense verb ending the sentence attribute it, whatever the verb.
_ANY_PAST_CUE = re.compile(
    r"(?!(?:was|were|had|did)\b)[a-z]{3,}ed\b(?:[ \t]+(?:him|her|them|me|us)(?=[ \t]*[.,;!?]))?"
    r"(?=[ \t]*(?:[.,;!?]|$|[ \t]+(?:in|at|on|to|with|during|after|before|as)\b))"
)


def _verb_cue(body: str, p: int, hi: int):
    """The cue right after a quotation's subject at ``p``: a verb of saying, or any past or
    present tense that ends its clause ('“...,” Ann Lee retaliated.', '“...,” she laughs.')."""
    return _CUE_RX.match(body, p, hi) or _ANY_PAST_CUE.match(body, p, hi) or _ANY_PRESENT_CUE.match(body, p, hi)


#: A pronoun and a verb that ends its clause after a quotation: '“...,” she laughs, sweeping ...'.
_PRONOUN_MANNER_CUE = re.compile(
    # ('“...,” she said, while her husband Graham insisted ...': said, told, wrote too)
    r"(?:he|she|they|we|I)[ \t]+(?:[a-z]{3,}(?:s|ed)|said|told|wrote)\b(?=[ \t]*[,.;!?])"
)
#: '"...," she laughs.': the present tense of feature writing, a verb with nothing after it.
_ANY_PRESENT_CUE = re.compile(r"(?!(?:does|goes|has|was|is)\b)[a-z]{2,}[^s\W]s\b(?=[ \t]*(?:[.,;!?]|$))")
#: "“This is fantastic!” beamed Ann Lee": any past-tense verb right before a name.
_PAST_BEFORE_NAME = re.compile(r"(?!(?:was|were|had|did)\b)[a-z]{3,}ed\b(?=[ \t]+[A-Z])")
#: A sentence opening with its cue: "Said Ann Lee, ...", "Added the mayor: ...".
#: A body's name and lower-case role words before a person's name: "Future Computing analyst ".
_DESCRIBED_NAME_START = re.compile(r"(?:[A-Z][\w&.'’-]*[ \t]+){0,4}((?:[a-z][\w-]*[ \t]+){1,3})")
_INVERTED_OPEN = re.compile(r"\s*" + alternation(L.INVERTED_CUES) + r"[ \t]+")
#: A role with its article set off before the name after an inverted cue: "Added the spokesman, ".
_THE_ROLE_COMMA = re.compile(r"the[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}?([a-z][\w-]*)[ \t]*,[ \t]*")
_TO_NEXT = re.compile(r"\s*(?:(?:back|in|up|out|again|later|then|first|too)\s*[,:]?)?\s*")
_TOLD = re.compile(r"\b(?:told|tells|telling|tell)\s*$")


def _title_text(text: str) -> bool:
    """A short run of capitalised words: the name of a show or a paper, not speech."""
    words = text.strip(" ,.").split()
    small = {"and", "of", "the", "on", "in", "a", "to", "for", "&"}
    return 0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in small for w in words)


def _ends_at_quote(body: str, q, se: int) -> bool:
    """Whether the quote closes its sentence with "?" or "!" (the sentence splitter cut there)."""
    if not q.closed or body[q.outer_end : se].strip():
        return False
    return body[q.start : q.end].rstrip("’'”\" ")[-1:] in ("?", "!")


def attribute(ctx: Context, reported=()):
    """One row ``[quote, result, kind, anchor, sentence, question, alt]`` per top-level quote:
    ``result`` is ``(speaker, mention start, mention end, role)`` or None, ``kind`` how it
    was found ("pre", "post", "inh", "next", "prev", "cont"), ``anchor`` the end of its cue,
    ``alt`` an attribution after the quote when the one before it was taken. ``reported``
    (``indirect.Reported``, in text order) lets quotes go on from reported speech."""
    body = ctx.body
    quotes = ctx.quotes
    results = []
    # 1 + 2: own attributions
    for qi, q in enumerate(quotes):
        si = ctx.sentence_of(q.open)
        ss, se = ctx.sentences[si]
        k = qi - 1
        # "Hill told MSNBC’s “Morning Joe” that “...”", "The SOMC, a group of basically
        # "monetarist" economists, said that "...": look past a title or a term to the cue
        while k >= 0 and quotes[k].outer_end > ss and (_is_title(body, quotes[k]) or _is_term(body, quotes[k])):
            k -= 1
        prev_q = quotes[k] if k >= 0 and quotes[k].outer_end > ss else None
        if (
            si + 1 < len(ctx.sentences)
            and _ends_at_quote(body, q, se)
            and "\n" not in body[q.outer_end : ctx.sentences[si + 1][0]]
        ):
            # "“Who are they?” Trump said.": the question mark cut the sentence, not the speech
            se = ctx.sentences[si + 1][1]
        nxt_q = quotes[qi + 1] if qi + 1 < len(quotes) and quotes[qi + 1].open < se else None
        if nxt_q is not None and _is_title(body, nxt_q):
            # "“...,” John Sargeant proclaimed in “Usonian Houses,” a book ...": look past the title
            nxt_q = quotes[qi + 2] if qi + 2 < len(quotes) and quotes[qi + 2].open < se else None
        ws = prev_q.outer_end if prev_q is not None else ss
        we = q.open
        res = None
        kind = None
        anchor = None
        alt = None  # an attribution after the quote when the one before it was taken
        question = _QUESTION.search(body, max(ws, we - 200), we) is not None or _is_title(body, q)
        if not question:
            r1 = nxt_q.open if nxt_q is not None else se
            dash = _dash_source(ctx, q, r1) or _panel_source(ctx, q, after=False) or _dated_label(ctx, q)
            if dash is not None:
                res, kind, anchor = dash[0], "post", dash[1]
        if res is None and not question:
            # A quote that closes its clause ("“...,” she said") takes the
            # attribution after it first; otherwise the one before it.
            last = body[q.start : q.end].rstrip("’'”\")]")[-1:]
            closes = last in (",", "!", "?") or body[q.outer_end : q.outer_end + 1] == ","
            pre = _pre_specific(ctx, ws, we)
            if pre is None:
                pre = pre_general(ctx, ws, we)
            if pre is not None and pre[1] < we:
                nm = _NESTED_STANCE.search(body, pre[1], we)
                if nm is not None:
                    am = _ACRONYM_BEFORE.search(body, pre[1], nm.start())
                    sub = ctx.subject_before(am.start() if am is not None else nm.start(), pre[1])
                    if sub is not None and (sub[0] is not None or sub[1] is not None):
                        # 'Clark said the OECD has called for "reduction of subsidies"': the words of
                        # the body the reported clause names, not the reporter's
                        pre = (sub, nm.end())
            sm = _SAYING_BEFORE.search(body, ws, we)
            if sm is not None:
                cw = ws
                for cc in _CLAUSE_COORD.finditer(body, ws, sm.start()):
                    cw = cc.end()  # "..., and Minister Edouard Balladur underscored that by saying:"
                cs = clause_subject(ctx, cw, sm.start())
                if cw > ws and (cs is None or cs[0] is None):
                    cs = clause_subject(ctx, ws, sm.start())
                if cs is None or cs[0] is None:
                    p0 = _AS_LEAD.match(body, _WS.match(body, ws, sm.start()).end(), sm.start())
                    p0e = p0.end() if p0 is not None else _WS.match(body, ws, sm.start()).end()
                    pm = ctx.person_in(p0e, sm.start())
                    if pm is not None and pm.start == p0e:
                        cs = (pm.name, pm.start, pm.end, ctx.people.roles.get(pm.name))
                if cs is not None and cs[0] is not None:
                    # 'But Rostenkowski set the tone of the debate by saying, "...": the one saying it
                    # is the clause's subject
                    pre = (cs, we)
            if (
                pre is not None
                and pre[0] is not None
                and pre[0][0] is None
                and _INVERTED_CUE_OPENS.match(body, ws, we)
                and not any(ch in body[ws:we] for ch in ".;:\n")
            ):
                # '“For drivers,” said Ms Joanne Lim, an MP who advises the network, “this is
                # ...”': the apposition of the cue between two pieces describes its speaker,
                # whose words these are too (the pieces are joined below)
                pre = None
            post = _post_specific(ctx, q, nxt_q, se)
            if pre is not None and closes and _COLON_GAP.fullmatch(body, pre[1], we):
                closes = False  # "Ann Lee asked: “Why now?” Tom Ray said ...": the colon's cue holds
            if post is not None and (closes or pre is None):
                res, kind, anchor = post[0], "post", post[1]
            elif pre is not None:
                res, kind, anchor = pre[0], "pre", pre[1]
                # "Ann Lee: “A,” she said. “B.”": the next piece goes with "she"
                alt = post
            elif _COLON_END.search(body, ws, we):
                # "He is careful to blame both sides: “...”": the clause's subject
                cs = max(ws, body.rfind(";", ws, we) + 1)
                r = clause_subject(ctx, cs, we)
                if r is not None:
                    res, kind, anchor = r, "pre", we
            elif (
                ws == ss
                and len(body[q.start : q.end].split()) >= _EMBEDDED_MIN_WORDS
                and _EMBEDDED_AFTER_VERB.search(body, max(ws, we - 60), we)
            ):
                # "Ann Lee, for her part, is labeling the plan “a blatant abuse”": the words are
                # the clause's subject's, whatever the verb
                cs = max(ws, body.rfind(";", ws, we) + 1)
                sub = _SUBORDINATE_LEAD.match(body, cs, we)
                if sub is not None:
                    cs = sub.end()  # "As Lee spoke, the NRA was whipping lawmakers against “...”"
                r = clause_subject(ctx, cs, we)
                if (
                    r is not None
                    and r[0] is not None
                    and r[2] is not None
                    and not _EMBEDDED_BLOCK.search(body, r[2], we)
                    and not _LABEL_BEFORE.search(body, max(ws, we - 12), we)
                ):
                    res, kind, anchor = r, "pre", we
        results.append([q, res, kind, anchor, si, question, alt])
    # a quotation signed on the line after it ("- Ann Lee."), when nothing else attributes it
    for row in results:
        if row[1] is None and not row[5]:
            sig = _panel_source(ctx, row[0])
            if sig is not None:
                row[1], row[2], row[3] = sig[0], "post", sig[1]
    # the pieces of a quotation over several paragraphs share their attribution
    spread_within_quotations(results)
    # 3: within the sentence
    for i, row in enumerate(results):
        if row[1] is not None or row[5]:
            continue
        si = row[4]
        j = i - 1
        while j >= 0 and results[j][4] == si:
            if results[j][1] is not None:
                src = results[j][6] or (results[j][1], results[j][3])
                row[1], row[2], row[3] = src[0], "inh", src[1]
                break
            j -= 1
        if row[1] is None:
            j = i + 1
            while j < len(results) and results[j][4] == si:
                if results[j][1] is not None and results[j][2] == "post":
                    row[1], row[2], row[3] = results[j][1], "inh", results[j][3]
                    break
                j += 1
    # 4: whole-sentence quotes
    # Rows by sentence, so looking at a neighbouring sentence costs no scan of every row
    # (a body of thousands of quotes made this step quadratic).
    by_sentence: dict[int, list[int]] = {}
    for i, row in enumerate(results):
        by_sentence.setdefault(row[4], []).append(i)
    for i, row in enumerate(results):
        if row[1] is not None or row[5]:
            continue
        q, si = row[0], row[4]
        ss, se = ctx.sentences[si]
        tail = q.outer_end
        for k in by_sentence.get(si, ()):
            # '"A. "B."' on one line: the pieces of one quotation all belong to the sentence
            if k > i and not body[tail : results[k][0].open].strip():
                tail = results[k][0].outer_end
        lead = body[ss : q.open].strip(" \t\r\n([*_")
        if (lead and lead.rstrip(",").lower() not in _LEAD_CONJUNCTIONS) or body[tail:se].strip(" \t\r\n.,;:!?)]*_"):
            continue  # ('But "It won't work."' goes on as a whole-sentence quote does)
        # "“...?” Trump said, looking out": the next sentence is the attribution
        if si + 1 < len(ctx.sentences):
            ns, ne = ctx.sentences[si + 1]
            gap = body[q.outer_end : ns]
            if not gap.strip(" \t\r\n") and gap.count("\n") < 2:  # not across a paragraph break
                nq = quotes[i + 1].open if i + 1 < len(quotes) else ne
                # "The Welsh Assembly Government said: “...”": a colon hands it to the next one
                opens_next = body[ns : min(ne, nq)].rstrip().endswith(":")
                g = None if opens_next else post_general(ctx, q, ns, min(ne, nq), strict=True)
                if g is not None:
                    row[1], row[2], row[3] = g[0], "next", g[1]
                    continue
        if si > 0:
            # a title the sentence before ends on ("a firm with the motto “Gold to Market”") is
            # no speech to go on from: the quotation before it is
            prev = [results[k] for k in by_sentence.get(si - 1, ()) if k < i and not _is_title(body, results[k][0])]
            if prev and prev[-1][1] is not None:
                row[1], row[2], row[3] = prev[-1][1], "prev", prev[-1][3]
                continue
            ps, pe = ctx.sentences[si - 1]
            if body[pe - 1 : pe] == ":" and not prev:
                cues = list(_CUE_RX.finditer(body, ps, pe))
                for cm in reversed(cues):
                    r = ctx.subject_before(cm.start(), ps) or ctx.subject_by_commas(ps, cm.start())
                    if r is not None:
                        row[1], row[2], row[3] = r, "prev", cm.end()
                        break
                if row[1] is None:
                    g = pre_general(ctx, ps, pe) or colon_source(ctx, ps, pe)
                    if g is not None:
                        row[1], row[2], row[3] = g[0], "prev", g[1]
                if row[1] is None:
                    # "Trump issued the following statement:" then the quotation
                    r = clause_subject(ctx, ps, pe)
                    if r is not None and r[0] is not None:
                        row[1], row[2], row[3] = r, "prev", pe
                if row[1] is not None:
                    continue
            if (
                not prev
                and "\n" not in body[pe : q.open]
                and (ce := _CUE_ENDS.search(body, max(ps, pe - 60), pe)) is not None
                # (not "He laughed when told what she had said.": words the sentence is about)
                and not WHAT_THEY_SAID.search(body, max(ps, ce.start() - 40), ce.start())
            ):
                # "Sam Lau, the party's spokesman, said in a statement. “...”": a cue that ends its
                # sentence with nothing said introduces the quotation after it
                g = pre_general(ctx, ps, pe)
                if g is not None and g[0][0] is not None:
                    row[1], row[2], row[3] = g[0], "prev", g[1]
                    continue
            own_line = (
                # "Asked whether ..., Ouimet-Shaw answered at length. ¶ “...”": a paragraph that
                # ends on a reply with no words of its own, the words the next paragraph
                body.count("\n", pe, q.open) <= 2
                and not body[pe : q.open].strip(" \t\r\n*_")
                and _SPOKEN_REPLY.search(body, max(ps, pe - 60), pe) is not None
            )
            if not prev and pe - ps < 200 and ("\n" not in body[pe : q.open] or own_line):
                # "Dianne Bystrom agreed. “...”": a reply with no words of its own introduces them
                lead = _WS.match(body, ps, pe).end()
                ph = _PHRASE_LEAD.match(body, lead, pe)
                sa = ctx.subject_at(ph.end() if ph is not None else lead, pe)  # "Asked about it, she smiled."
                if not (sa and sa[0] and sa[0][0] is not None) and ph is not None:
                    # "Asked about his contract, which expires in June, she smiled.": the last clause's
                    last = body.rfind(", ", lead, pe)
                    sa = ctx.subject_at(last + 2, pe) if last > ph.end() else sa
                if sa and sa[0] and sa[0][0] is not None and _REPLY_END.fullmatch(body, sa[1], pe):
                    row[1], row[2], row[3] = sa[0], "prev", pe
                    continue
                dm = _DESCRIBED_REPLY.fullmatch(body, ph.end() if ph is not None else lead, pe)
                if dm is not None:
                    # "Asked about the warning, the 27-year-old smiled.": definite_descriptions
                    # names the one described
                    row[1], row[2], row[3] = (None, dm.start(), dm.end(1), None), "prev", pe
                    continue
                kin = kin_subject(ctx, ph.end() if ph is not None else lead, pe, q.open)
                if kin is not None and _REPLY_END.fullmatch(body, kin[2], pe):
                    # "Asked about Cheltenham, her father laughed. “...”": her relative replies
                    row[1], row[2], row[3] = (kin[0], kin[1], kin[2], ctx.people.roles.get(kin[0])), "prev", pe
                    continue
            if (
                all(r[1] is None or r[1][0] is None for r in prev)
                and pe - ps < 260
                and (
                    "\n" not in body[pe : q.open]
                    # a paragraph of that one sentence, then the words: "Ann Lee dismissed the
                    # owner's explanation at a press conference. ¶ “Every time ...”"
                    or (
                        body.count("\n", pe, q.open) <= 2
                        and not body[pe : q.open].strip(" \t\r\n*_")
                        and (ps == 0 or body[ps - 1] == "\n")
                    )
                )
            ):
                # "But Ann Lee urged Bo Tan to seize his chance. “...”": a sentence whose named
                # subject performs an act of speech (urging, praising, warning) and whose words
                # follow at once, with no cue of their own
                lead = _ADV_START.match(body, ps, pe).end()
                pm = _PARTICIPLE_LEAD.match(body, lead, pe)
                if pm is not None and pm.group(1) not in ctx.people.words:
                    lead = pm.end()  # "Writing in the Guardian, Mr Brown outlined his view."
                sa = ctx.subject_at(lead, pe)  # "But Henman" may be one capitalised run
                if not (sa and sa[0] and sa[0][0] is not None):
                    sa = ctx.subject_at(_CONJ_START.match(body, lead, pe).end(), pe)  # "But he"
                if not (sa and sa[0] and sa[0][0] is not None):
                    # "But, in remarks prepared for the ceremony, he warned against complacency."
                    cl = _CONJ_START.match(body, lead, pe).end()
                    ph = _PHRASE_LEAD.match(body, cl, pe)
                    sa = ctx.subject_at(ph.end(), pe) if ph is not None else None
                if (
                    sa
                    and sa[0]
                    and sa[0][0] is not None
                    and sa[0][0] in ctx.people.roles
                    and _SPEECH_ACT.match(body, sa[1], pe)
                ):
                    row[1], row[2], row[3] = sa[0], "prev", pe
                    continue
                kin = kin_subject(ctx, lead, pe, q.open)
                if kin is not None and _SPEECH_ACT.match(body, kin[2], pe):
                    # "His brother, Seán Lee, ... ¶ His brother put it more simply. “...”"
                    row[1], row[2], row[3] = (kin[0], kin[1], kin[2], ctx.people.roles.get(kin[0])), "prev", pe
                    continue
                wm = _THEIR_WORDS.match(body, lead, pe)
                if wm is not None and (ps == 0 or body[ps - 1] == "\n"):
                    # "Her final question was long enough for a select committee. ¶ ‘...’": a
                    # paragraph about someone's words, which follow
                    r = ctx.resolve_pronoun(wm.start(1), wm.end(1))
                    if r is not None and r[0] is not None:
                        row[1], row[2], row[3] = r, "prev", pe
                        continue
        if si + 1 < len(ctx.sentences):
            ns, ne = ctx.sentences[si + 1]
            if ne - ns < 80 and si + 1 not in by_sentence and "\n" not in body[q.close : ns].strip(" \t"):
                sa = ctx.subject_at(ns, ne)
                if sa and sa[0]:
                    ap = _ADV_START.match(body, min(sa[1], ne), ne).end()
                    cm = _CUE_RX.match(body, ap, ne)
                    rest = body[cm.end() : ne].strip() if cm else ""
                    if cm and (not rest or rest[0] in ",.;" or len(_TOKEN.findall(rest)) <= 4):
                        row[1], row[2], row[3] = sa[0], "next", cm.end()
    # 5: "the agent added": the person the narrative is about
    introduced_speakers(ctx, results)
    named_next(ctx, results)
    definite_descriptions(ctx, results)
    role_named_next(ctx, results)
    described_pronouns(ctx, results)
    document_issuers(ctx, results, reported)
    document_pronouns(ctx, results, reported)
    spokesperson_pronouns(ctx, results, reported)
    # 6: a quotation from a body's study just introduced; a first-person quote after narrative
    # about one person, with no cue of its own; then quotes that go on from the last speaker,
    # within the paragraph and after it
    study_quotes(ctx, results)
    read_documents(ctx, results)
    lede_quotes(ctx, results)
    turned_back_quotes(ctx, results)
    narrative_subject(ctx, results, _CUE_RX, _is_title)
    sentence_subject(ctx, results, _CUE_RX, _is_title)
    continue_speakers(ctx, results, _CUE_RX, _is_title, reported)
    topic_headed_answers(ctx, results)
    exchanges(ctx, results)
    two_sided_exchanges(ctx, results)
    # 7: an interview laid out as paragraphs opening with ": " (the questions lost): the person
    # the introduction is about says what no cue gives to anyone else
    interview_speaker(ctx, results)
    # 8: a profile's first-person quotes that nothing above gave anyone: its subject's
    profile_subject(ctx, results, _is_title)
    # 8b: a Q&A's answers in quotation marks, each right after its question: the interviewee's
    qa_answers(ctx, results, _is_title)
    # 9: "Following are extracts from the communique issued by X": the text's quotations, X's
    text_that_follows(ctx, results)
    return results


#: A sentence that ends on its cue: "... said in a statement.", "... wrote on Twitter."
_CUE_ENDS = re.compile(
    r"\b(?:said|says|added|adds|wrote|writes|tweeted|posted)"
    r"(?:[ \t]+(?:in|on|via)[ \t]+(?:(?:a|an|the|his|her|their|its)[ \t]+)?[A-Za-z-]+(?:[ \t]+[A-Za-z-]+)?)?"
    r"[ \t]*\.[ \t]*$"
)
_CONJ_START = re.compile(r"(?:(?:But|And|Yet|So|However|Meanwhile),?[ \t]+)?")
#: A quotation and its comma up to the pronoun that cues it: "“Nothing useful,” |he said".
_QUOTE_THEN_CUE = re.compile(r"[“\"‘'][^“”\"\n]{1,600}[”\"’'][ \t]*")
#: A prepositional phrase and its comma before a sentence's subject: "In remarks to the meeting, ".
_PHRASE_LEAD = re.compile(
    r"(?:[Ii]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ii]n[ \t]+an?|Asked|Pressed|Told|Shown|Outside|Inside)\b"
    r"[^,:;“”\"\n]{0,80},[ \t]*"
)
#: A verb of a speech act right after a sentence's subject: "Ann Lee urged ...", "... has praised".
_SPEECH_ACT = re.compile(
    r"(?:,[ \t]+(?:who|whose)\b[^.;:!?“”\"]{0,160}?,"  # "Thompson, who won seven titles, is confident"
    r"|,[ \t]+(?:an?[ \t]+|the[ \t]+)?[a-z0-9][^.;:!?“”\"\n]{0,120}?,"  # "Ann Lee, president of the union, dismissed"
    r"|,)?"  # "his sister, Grace Okafor, read a statement": the close of an apposition begun before
    r"[ \t]+(?:(?:also|has|have|had|later|then|again|quickly|publicly)[ \t]+){0,2}"
    r"(?:urged|warned|praised|criticised|criticized|hailed|insisted|admitted|conceded|predicted|defended|"
    r"dismissed|blamed|attacked|accused|appealed|challenged|questioned|rejected|denied|vowed|pledged|"
    r"thanked|congratulated|apologised|apologized|welcomed|condemned|lambasted|slammed|paid[ \t]+tribute|"
    r"brushed[ \t]+(?:off|aside)|hit[ \t]+back|rounded[ \t]+on|poured[ \t]+scorn|outlined|"
    r"(?:set|spelled|spelt)[ \t]+out|(?:was|were)[ \t]+asked|put[ \t]+it|"
    # "Mr Moorhead went further in an interview", "Ms Tan saw it differently", "the union leader
    # was defiant", "Mr Warraich responded late on Thursday"
    r"went[ \t]+further|responded|(?:saw|sees)[ \t]+(?:it|things)[ \t]+differently|"
    # "Grace Okafor read a statement on behalf of the family."
    r"(?:read|reads)(?:[ \t]+out)?[ \t]+(?:a|the)[ \t]+(?:[\w-]+[ \t]+)?statement|"
    r"(?:is|was|remains|remained)[ \t]+(?:(?:less|more|not)[ \t]+)?(?:confident|adamant|convinced|hopeful|optimistic|"
    r"upbeat|defiant|blunt|blunter|scathing|unrepentant|unapologetic|emphatic|candid|sceptical|skeptical|"
    r"diplomatic|dismissive|forthright|sure))\b"
)
#: How someone replied, after the verb: "at length", "bluntly".
_HOW_REPLIED = r"at[ \t]+length|in[ \t]+detail|in[ \t]+turn|[a-z]{3,}ly"
#: The rest of a sentence that only says its subject replied: " agreed.", " was quick to disagree."
_REPLY_END = re.compile(
    # ("Mr Ellery, asked on his way out who had won, laughed.": an aside first)
    r"(?:,[ \t]+(?:asked|pressed|told|shown|reminded|questioned)\b[^,.!?\"“”\n]{1,80},)?"
    r"[ \t]+(?:(?:also|quickly|swiftly|strongly|firmly|readily|promptly)[ \t]+)?"
    r"(?:agreed|agrees|disagreed|disagrees|concurred|concurs|explained|explains|elaborated|replied|replies|"
    r"responded|responds|countered|counters|conceded|concedes|demurred|objected|recalled|recalls|"
    r"interjected|interjects|interrupted|interrupts|persisted|persists|"
    r"(?:cut|cuts|chimed|chimes|broke|breaks|jumped|jumps|weighed|weighs)[ \t]+in|"
    r"(?:shot|shoots|fired|fires|hit|hits|pushed|pushes)[ \t]+back|(?:piped|pipes|spoke|speaks)[ \t]+up|"
    r"smiled|smiles|laughed|laughs|grinned|grins|shrugged|shrugs|nodded|nods|sighed|sighs|beamed|beams|winced|winces|"
    r"answered|answers|did[ \t]+not[ \t]+hesitate|didn['’]t[ \t]+hesitate|"
    # "The charity’s chief executive goes further.": more said than the one before
    r"(?:goes|went)[ \t]+further|(?:is|was)[ \t]+(?:blunter|more[ \t]+blunt)|"
    # "Her daughter rolls her eyes.": a gesture that answers
    r"(?:rolled|rolls)[ \t]+(?:her|his|their)[ \t]+eyes|(?:shook|shakes)[ \t]+(?:her|his|their)[ \t]+heads?|"
    r"(?:raised|raises)[ \t]+(?:an[ \t]+eyebrow|(?:her|his)[ \t]+eyebrows))"
    r"(?:[ \t]+(?:too|also|again|instead|later|then|first|" + _HOW_REPLIED + r"))?"
    # "He laughed when told what she had said.": told what he answers
    r"(?:[ \t]+(?:when|once|after[ \t]+being|on[ \t]+being)[ \t]+(?:told|asked|shown|reminded|read)\b"
    r"[^.!?\"“”\n]{0,80})?"
    r"[ \t]*[.:]?[ \t]*"
)
#: A reply in words that ends its sentence: "answered at length.", "replied."
_SPOKEN_REPLY = re.compile(
    r"\b(?:answered|replied|responded|explained|elaborated|countered|recalled|laughed|smiled|grinned|shrugged|"
    r"(?:goes|went)[ \t]+further)"
    r"(?:[ \t]+(?:" + _HOW_REPLIED + r"))?[ \t]*[.:][ \t]*$"
)
#: A definite description and a reply with no words: "the 27-year-old smiled."
_DESCRIBED_REPLY = re.compile(r"([Tt]he(?:[ \t]+[a-z0-9][\w’'-]*){1,3}?)" + _REPLY_END.pattern)
_WS_ONLY = re.compile(r"\s*")
_INTERVIEW_PARA = re.compile(r"(?:^|\n)[ \t]*:[ \t]+(?=\S)")


def interview_speaker(ctx, rows: list) -> None:
    """Quotes left unattributed in paragraphs that open with ": " (at least two such paragraphs)
    go to the person named most often before the first of them."""
    body = ctx.body
    if "\n:" not in body and not body.startswith(":"):
        return
    paras = [m.end() for m in _INTERVIEW_PARA.finditer(body)]
    if len(paras) < 2:
        return
    first = paras[0]
    res = None
    # the person the sentences just before are about: the named subject nearest the first
    for si in range(ctx.sentence_of(max(0, first - 3)), -1, -1):
        ss, se = ctx.sentences[si]
        if ss >= first:
            continue
        ss = _WS_ONLY.match(body, ss, se).end()
        sa = ctx.subject_at(ss, se)
        if sa is not None and sa[0] is not None and sa[0][0] and ctx.person_in(sa[0][1], sa[0][2]) is not None:
            res = sa[0]
            break
        if first - se > 600:
            break
    if res is None:
        return
    for row in rows:
        if row[1] is not None or row[5] or row[0].open < first:
            continue
        ps = body.rfind("\n", 0, row[0].open) + 1
        if _INTERVIEW_PARA.match(body, max(0, ps - 1)) or body[ps : ps + 2] == ": ":
            row[1], row[2], row[3] = res, "inh", res[2]
