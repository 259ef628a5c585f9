"""People named in a document, and in-document name resolution.

A person is two or more capitalised words that are no place, title, month or
organisation word ("Vladimir Putin"), optionally ending in a city name that is
also a surname ("Lloyd Austin"); or one such word right after a title
("President Macron"). Titles and demonyms in front are the role ("US Defence
Secretary"); an appositive after the name may give it too ("John Kirby, White
House national security spokesman,").

Initials belong to the name ("S. Jaishankar", "Oscar P. Quintero"), and so does
a hyphenated given name whose second part is lower case ("Lee Jae-myung"); a
hyphenated title ("UN Secretary-General") is a title.

Later mentions are resolved within the document: a surname alone ("Putin") to
the full name; a single word that is any other word of exactly one full name
introduced before it ("Lula" after "Luiz Inacio Lula da Silva", "Wang" after
"Wang Yi", whose family name comes first) to that name; "the president" to the
last person with that role word; "he" / "she" to the subject of the nearest
sentence before that names a person. Plural common nouns that open a sentence
("Officials said") are no people (``common_plural``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from . import lexicon as L
from .gender import first_name_gender, is_first_name, pronoun_gender, role_gender, role_gender_strength, word_gender
from .places import ACRONYM, CONN, ORG, OTHER, PLACE, ROLE_APPOSITION, STOP, TITLE, gazetteer
from .text import DATELINE

_APPOSITIVE = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?([A-Za-z][^,.;:“”\"()\n]{2,80}?),")
_WORD = re.compile(r"[A-Za-z]+")
#: An age, then an office set beside a name: ", 58, the two-term Republican sheriff of Tamsen County".
_AGED_APPOSITIVE = re.compile(
    r",[ \t]+\d{1,3},[ \t]+(?:the|a|an)[ \t]+([a-z][^,.;:“”\"()\n]{2,80}?)(?=,|[ \t]+[—–-]|\.)"
)
#: A court report's barrister: "Ann Lee SC, defending, said", "Tom Ray QC, for the prosecution,".
_COUNSEL_APPOSED = re.compile(
    r"(?:[ \t]+(?:SC|QC|KC|BL))?,[ \t]+(prosecuting|defending|for[ \t]+the[ \t]+"
    r"(?:defen[cs]e|prosecution|[Cc]rown|[Ss]tate|accused|defendant))\b"
)
#: A role in apposition before the name: "The transport minister, ", "Labour's shadow home secretary, ".
_APPOSED_ROLE_ALTERNATION = "|".join(
    sorted(L.ROLE_NOUNS | L.OCCUPATIONS | L.LOWER_ROLES | {"executive", "officer", "head", "chief", "chair"})
)
_ROLE_APPOSED_BEFORE = re.compile(
    r"(?:\b[Tt]he|\b[Ii]ts|\b[Tt]heir|\b[A-Z][\w’'-]*(?:['’]s|s['’]))[ \t]+((?:[a-z][\w’'-]*[ \t]+){0,4}(?:"
    + _APPOSED_ROLE_ALTERNATION
    # "Qasr Group's group chief executive and managing director, ": two offices held at once
    + r")(?:[ \t]+and[ \t]+(?:[a-z][\w’'-]*[ \t]+){0,2}(?:"
    + _APPOSED_ROLE_ALTERNATION
    # "its president of global affairs, ", "the councillor for the Bellefield division in the
    # St Catherine Municipal Corporation, ": the portfolio or the body after the role
    + r"))?(?:[ \t]+(?:of|for|at|in)[ \t]+[^,.;:\"“”()\n]{2,100}?)?"
    # "The Speaker, ", "The Prime Minister, ": an office with its capitals
    + r"|(?:[A-Z][a-z]+[ \t]+){0,2}(?:"
    + "|".join(sorted(w.capitalize() for w in L.ROLE_NOUNS))
    # "the Minister for Health, ": the portfolio after the office
    + r")(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|and|of|the|&)){0,4})?)"
    + r",[ \t]+(?:(?:Rt|Hon|Dr|Prof|Sir|Dame|Mr|Mrs|Ms|Engr|Atty)\.?[ \t]+){0,3}$"
)
_CAP_WORD = re.compile(r"(?<![\w'’])[^\W\d_][\w'’-]*")
_OPENING_MARKS = frozenset("\"“‘'([")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
#: Courtesy titles that name an office ("Sen.", "Gov."), which a lower-case word may qualify.
_OFFICE_TITLES = frozenset("sen rep gov gen lt col".split())
#: Titles that only ever stand before a name: the courtesy titles, the offices written as
#: titles, and "St" (not "Mx" or "Professor", which also stand alone).
_COURTESY = (L.COURTESY_TITLES - {"mx", "professor"}) | _OFFICE_TITLES | {"st"}
_SAY_FORMS = (
    r"(?:said|says|added|adds|told|tells|insisted|insists|warned|warns|explained|argued|noted|"
    r"continued|promised|claimed|admitted|replied|stressed|wrote|believes|thinks|described|called)"
)
#: A name followed by a verb of saying: the speaker of its sentence ("Souness said", "the
#: producer Quincy Jones, who described him as").
_SUBJECT_CUE = re.compile(r"['’]?(?:,[ \t]+who)?[ \t]+(?:[a-z]+[ \t]+)?" + _SAY_FORMS + r"\b")
#: A sentence whose subject is a role ("The home secretary said"): the role's words.
_ROLE_SUBJECT = re.compile(
    # (after a participle's phrase too: "Returning a verdict of accidental death, the coroner said")
    r"\s*(?:(?:But|And|Meanwhile|However|Later),?[ \t]+|[A-Z][a-z]+ing\b[^,.;:\"“”\n]{0,100},[ \t]+)?"
    r"[Tt]he[ \t]+((?:[A-Za-z-]+[ \t]+){0,3}?[A-Za-z-]+)"
    # ("The manager, who will serve a one-game suspension Tuesday, said")
    r"(?:,[ \t]+who[ \t]+[^,.;:\"“”\n]{1,120},)?[ \t]+"
    r"(?:(?:also|later|then|has|had)[ \t]+)?(?:said|says|told|tells|added|insisted|argued|warned|stressed|believes|"
    r"wants|wanted|admitted|announced|promised|pledged|urged)\b"
)
#: A name inside an apposition's prepositional phrase: "executive partner of Tods Murray said".
_APPOSED_OF = re.compile(r"\b(?:of|at|for|from)[ \t]+$")
#: A partner's name after a name: " and McGinley", " & Booker".
PARTNER_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z][\w'’-]*")
#: An inverted cue right before a name, perhaps with role words: ", says Tim Dams", ", said
#: economist Ann Lee".
_INVERTED_CUE_BEFORE = re.compile(
    r",[ \t]+(?:says|said|adds|added|argues|argued|insists|insisted|explains|explained|warns|warned)"
    r"[ \t]+(?:[a-z][a-z-]*[ \t]+){0,3}(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?[ \t]+)?$"
)
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[,.;:]|$)")
#: A sentence about "he" or "she": its subject is the pronoun ("He opted to ...").
PRONOUN_OPENS = re.compile(r"\s*(?:(?:But|And|Then|Yet|So),?[ \t]+)?(?:He|She)[ \t]")
#: A sentence whose subject pronoun follows a lead phrase: "At all costs, he wanted ...".
_LEAD_THEN_PRONOUN = re.compile(r"\s*(?:[^,.;:“”\"\n]{1,80},[ \t]+){1,2}([Hh]e|[Ss]he)\b")
_LAST_CLAUSE_SUBJECT = re.compile(r"\bbut[ \t]+$")
_LATER_NAME = re.compile(r"[,;][ \t]+(?:and|but)\b")
#: A verb whose object the name is: "told Cadena Cope", "thanked Ann Lee".
_OBJECT_BEFORE = re.compile(
    r"\b(?:told|tells|telling|thanked|thanks|against)[ \t]+(?:(?:[A-Z][\w’'.-]*[ \t]+){1,3}and[ \t]+)?$"
)
#: A name used as an employer before a role and another name: "Manfred Mann singer Paul Jones".
_EMPLOYER_OF = re.compile(r"[ \t]+((?:[a-z][a-z-]+[ \t]+){0,2})([a-z][a-z-]+)[ \t]+(?:[A-Z][a-z]+\.?[ \t]+)?[A-Z]")
#: ", he said." ending a sentence.
_TRAILING_ROLE_CUE = re.compile(
    r"[,”\"][ \t]+the[ \t]+((?:[A-Za-z-]+[ \t]+){0,3}?[a-z-]+)[ \t]+(?:[a-z]+[ \t]+)?" + _SAY_FORMS + r"\b"
)
_ROLE_TO_SAY = re.compile(
    r"\bthe[ \t]+((?:[A-Za-z-]+[ \t]+){0,3}?[a-z-]+)[ \t]+(?:to[ \t]+(?:say|tell)|said|says|told|tells)\b"
)
_PAST_BEFORE_NAME = re.compile(r"\b([a-z]{3,}ed)[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord)\.?[ \t]+)?$")
_TRAILING_CUE = re.compile(r",[ \t]+(he|she|He|She)[ \t]+(?:[a-z]+[ \t]+)?" + _SAY_FORMS + r"\b[^,]{0,40}$")
#: "but" opening the sentence's last clause, perhaps with the subject's employer and role before
#: the name: "but Tennis Australia's ", "but coach ".
#: ", and the Ceann Comhairle, " before a name: a last clause's subject, set off with its office.
_AND_OFFICE_BEFORE = re.compile(r",[ \t]+and[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+){0,3}?[A-Z][\w’'-]*,[ \t]+$")
#: A turn taken in an exchange, right after the name and its comma: ", intervened."
_TURN_AFTER = re.compile(
    r",?[ \t]+(?:intervened|interjected|interrupted|replied|responded|retorted|cut[ \t]+in|hit[ \t]+back|stepped[ \t]+in)\b"
)
_CONTRAST_BEFORE = re.compile(
    r"\b(?:but|while|whereas)[ \t]+(?:[A-Z][\w.&'’-]*(?:[ \t]+[A-Z][\w.&'’-]*){0,3}['’]s[ \t]+)?"
    r"(?:[a-z][\w-]*[ \t]+){0,3}$"
)
#: A possessive after a name: "Fowler's".
#: A verb right after a name, perhaps after a day: the name is its clause's subject.
_SUBJECT_VERB = re.compile(
    r"(?:[ \t]+(?:on|last|this)[ \t]+[A-Z][a-z]+day|[ \t]+(?:yesterday|today))?[ \t]+(?:also[ \t]+)?"
    r"(?:[a-z]{3,}ed|said|says|told|sought|made|went|took|gave|came|spoke|wrote|met|left|urged|argued|insisted)\b"
)
_POSSESSIVE_AT = re.compile(r"['’]s?\b")
#: A finite verb right after a name: the name is its clause's subject.
_CLAUSE_VERB = re.compile(
    r"[ \t]+(?:(?:also|then|later|quickly|has|had|was|is|will|would)[ \t]+)?(?:[a-z]{3,}ed|[a-z]{3,}(?<!s)s|"
    r"is|was|has|had|will|would|could|can|told|said|says|made|gave|took|went|came|met|saw|felt|thought|knew)\b"
)
#: A sentence opening with a definite description and its verb: "The world number one was".
_DESCRIPTION_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Now|However,|Meanwhile,)\s+)?(?:(?:The|On|In|At|Earlier|Later)\b[^,.;:“”\"]{0,25},\s+)?"
    r"[Tt]he\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s+"
    r"(?:(?:also|then|later|still)\s+)?(?:is|was|has|had|will|would|could|went|won|lost|beat|came|made|took|fell|"
    r"spoke|said|told|gave|got|left|ran|saw|felt|kept|held|led|met|sat|stood|"
    r"[a-z]{3,}ed|[a-z]{3,}(?<!s)s)\b"
)
#: A sentence opening with a prepositional phrase, before its subject.
#: What follows a person's name and never a place's: an apposition with a role, or a cue.
_ROLE_WORD_ALTERNATION = "|".join(sorted(L.ROLE_NOUNS | L.OCCUPATIONS | L.TITLE_WORDS, key=len, reverse=True))
_PERSON_AFTER = re.compile(
    r",[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[a-z-]+[ \t]+){0,2}(?:"
    + _ROLE_WORD_ALTERNATION
    + r")\b|[ \t]+(?:said|says|told|tells|added|adds)\b"
)
#: ", chief economist at": a role in apposition with no article.
_BARE_ROLE_AFTER = re.compile(
    r",[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:" + _ROLE_WORD_ALTERNATION + r")[ \t]+(?:of|at|for|with)\b"
)
#: Heads of a description of someone the article does not name ("the Beijing-based member").
_UNNAMED_PERSON_HEADS = frozenset(
    "member official officer source man woman resident dissident activist witness worker employee".split()
)
#: A sentence opening with an unnamed speaker and the cue: "The spokesman said", "A bank official told".
_UNNAMED_SAID = re.compile(
    r"[\s\"“]*(?:[Tt]he|[Aa]n?)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:spokesman|spokeswoman|spokesperson|"
    + "|".join(sorted(_UNNAMED_PERSON_HEADS))
    + r")[ \t]+(?:also[ \t]+)?(?:said|says|told|added|adds)\b"
)
#: A sentence opening with a subordinate clause: "When Dunbar began to answer, ...".
_SUBORDINATE_OPENS = re.compile(
    r"[\s“\"'‘]*(?:When|Whenever|As|After|Before|While|Although|Though|If|Once|Until|Because|Since|"
    # "Asked whether Hennessey should referee again, Abramowitz didn't hesitate": a participle's
    # clause, whose names are what was asked about
    r"Asked|Pressed|Questioned|Quizzed|Challenged|Reminded|Told|Speaking|Responding|Reacting|Referring)\b"
)
#: A lower-case word after a name, as a verb is ("Okafor rose"), not a list's "and".
_LOWER_WORD_AFTER = re.compile(r"[ \t]+(?!(?:and|or|nor)\b)[a-z]")
#: What may stand between a subordinate clause's comma and the main clause's subject's name.
_MAIN_SUBJECT_GAP = re.compile(r"[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?[ \t]+)?")
_TITLE_GAP = re.compile(r"[ \t]+(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?[ \t]+")
#: Generations written after a name: "Jr.", "III".
NAME_SUFFIXES = frozenset("Jr Sr II III IV".split())
_ARTICLE_BEFORE = re.compile(r"\b(?:the|The|a|A|an|An)[ \t]+$")
_PREP_THEN = re.compile(r"\b(?:in|to|from|at|of|for|by|and)[ \t]+$")
_LEAD_PHRASE = re.compile(r"\s*(?:In|With|Through|After|Before|Despite|Under|Following|Amid|Without)\b")
_ROLE_APPOSED = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+){0,3}[a-z-]+,[ \t]+")
_ASIDE_OPEN = re.compile(
    r"[ \t]*(?:despite|including|although|though|while|whereas|unlike|after|before|without|alongside|"
    r"as[ \t]+well[ \t]+as|along[ \t]+with|who|whose|which|formerly|once)\b"
)
_PERSON_HEADS = L.ROLE_NOUNS | L.OCCUPATIONS | frozenset("one seed youngster teenager man woman".split())
_AGED = re.compile(r"\d+-year-old")
_HE = re.compile(r"\b[Hh]e\b")
_SHE = re.compile(r"\b[Ss]he\b")
_HE_HIM = re.compile(r"\b(?:[Hh]e|him)\b")
_INITIAL = re.compile(r"(?:[A-Z]\.){1,2}")
#: A lower-case second part of a hyphenated given name: "Jae-myung", "Jong-un".
_GIVEN_TAIL = re.compile(r"-([a-z]{1,6})\b(?!-)")
#: Hyphenated words after a name that make a compound adjective, not a name.
_COMPOUND_TAILS = frozenset(
    """
led backed based era style owned run like type aligned funded allied friendly
appointed controlled linked leaning inspired related born made sponsored supported
esque ish bashing brokered proof free less wise ward wards ite ites ism ist ists
lite ally hating loving voting first
""".split()
)


#: Abbreviated titles and the role nouns they stand for: "Sen. Ann Cole" is "the senator".
_TITLE_ABBREVIATIONS = {
    "sen": "senator",
    "gov": "governor",
    "rep": "representative",
    "gen": "general",
    "pres": "president",
    "supt": "superintendent",
    "cmdr": "commander",
    "adm": "admiral",
    "lt": "lieutenant",
    "col": "colonel",
    "sgt": "sergeant",
    "coun": "councillor",
    "capt": "captain",
    "dr": "doctor",  # "the doctor testified" after "Dr. Stephen Albrecht"
}


#: Words that make a role someone else's than the bare role's holder.
_ROLE_QUALIFIERS = frozenset("shadow former ex deputy vice assistant acting junior under outgoing".split())
#: Qualifiers that make another post of one office only: "the manager" is not the club's
#: general manager.
_POST_QUALIFIERS = {"manager": frozenset({"general"})}


#: The qualifiers that make a description another office than the plain one, whoever holds
#: it now: "the shadow housing minister" is not the housing minister ("the former president"
#: may well be the one the article called President).
_STAND_IN_QUALIFIERS = (_ROLE_QUALIFIERS - {"former", "ex", "outgoing"}) | {"interim"}


#: The ordinal of a rank's class right before "Class": "Petty Officer |1st |Class".
_RANK_ORDINAL_BEFORE = re.compile(r"\b(?:[1-3](?:st|nd|rd)|First|Second|Third)[ \t]+$")


def another_office(described: str, role: str | None) -> bool:
    """Whether ``described`` ("the shadow housing minister") names another office than
    ``role`` ("housing minister") by a stand-in's qualifier the role lacks."""
    said = set(described.lower().replace("-", " ").split()) & _STAND_IN_QUALIFIERS
    return bool(said - role_words(role or ""))


def role_covers(role: str | None, described: str) -> bool:
    """Whether every word of a description after its article is a word of ``role``: "the top
    seed" is not the one given "seventh seed", "the North West Department of Health" not the one
    whose role mentions health. Possessors ("the country's delegate") and small words aside."""
    said = {w for w in described.lower().replace("-", " ").split()[1:] if not w.endswith(("'s", "’s"))}
    return said - {"of", "for", "the", "and"} <= role_words(role or "")


def role_words(role: str) -> set[str]:
    """The words of a role, abbreviated titles spelled out as well."""
    words = set(role.lower().replace("-", " ").split())
    for w in list(words):
        full = _TITLE_ABBREVIATIONS.get(w.rstrip("."))
        if full is not None:
            words.add(full)
    if "justice" in words and (words & _JUDGES_COURTESY or words == {"justice"}) and not words & _PORTFOLIO_WORDS:
        # "the judge wrote" after "Mr Justice Fergal Brennock" or "Justice Folasade Adeyemo", the
        # one judge of a court that sits alone (not a justice minister; a bench of "Justices" is
        # left to ``People.by_role``)
        words.add("judge")
    return words


#: The courtesy titles before "Justice" that make it a single judge's ("Mr Justice", "Lady Justice").
_JUDGES_COURTESY = frozenset("mr mrs ms madam lord lady".split())
#: Words that make "justice" a portfolio, not a judge's title.
_PORTFOLIO_WORDS = frozenset("minister ministry secretary department commissioner spokesman spokeswoman".split())


@dataclass
class Mention:
    start: int
    end: int
    name: str
    in_quote: bool


@dataclass
class People:
    roles: dict = field(default_factory=dict)  # full name -> role or None
    surnames: dict = field(default_factory=dict)  # "Putin" -> "Vladimir Putin"
    mentions: list = field(default_factory=list)  # Mention, text order
    spans: set = field(default_factory=set)  # token spans that are names
    words: set = field(default_factory=set)  # every word of a full name
    starts: list = field(default_factory=list)
    tokens: dict = field(default_factory=dict)  # "Lula" -> {full names with that word}
    first: dict = field(default_factory=dict)  # full name -> offset of its first mention
    canon: dict = field(default_factory=dict)  # name without middle initials -> full name
    role_index: dict = field(default_factory=dict)  # role word -> [index in mentions]; see finish
    gender: dict = field(default_factory=dict)  # full name -> ("m" | "f", strength of the evidence)
    body: str = ""  # the text, for pronouns between mentions
    in_quote: object = staticmethod(lambda pos: False)  # whether an offset is inside a quotation
    resolved: dict = field(default_factory=dict)  # offset of a "he"/"she" -> (gender, name) it resolved to
    suffixes: dict = field(default_factory=dict)  # full name -> its generation as written ("Jr.", "III")

    def note_gender(self, full: str, g: str | None, strength: int) -> None:
        """Record evidence of a person's gender; stronger evidence (a title: 2) beats weaker
        (a first name: 1, an earlier pronoun: 0), and evidence of equal strength that
        disagrees leaves the gender unknown."""
        if g is None:
            return
        old = self.gender.get(full)
        if old is None or strength > old[1]:
            self.gender[full] = (g, strength)
        elif strength == old[1] and old[0] != g and old[0] is not None:
            self.gender[full] = (None, strength)

    def gender_of(self, full: str) -> str | None:
        g = self.gender.get(full)
        return g[0] if g else None

    def add_tokens(self, full: str, start: int, body: str) -> None:
        if headline(body, start):
            return  # "Senator Backs Plan": title case, maybe no name at all
        if start < self.first.get(full, start + 1):
            self.first[full] = start
        for w in full.split():
            if len(w) > 1 and not _INITIAL.fullmatch(w) and w[0].isupper():
                self.tokens.setdefault(w, set()).add(full)
                if "-" in w:  # "Jae-myung" is also "Jae"
                    self.tokens.setdefault(w.split("-")[0], set()).add(full)

    def by_token(self, word: str, before: int) -> str | None:
        """The one full name introduced before ``before`` that has the word ``word``."""
        cands = self.tokens.get(word)
        if not cands or len(cands) != 1:
            return None
        full = next(iter(cands))
        return full if self.first.get(full, before) < before else None

    def finish(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        # Role word -> positions in ``mentions`` of people whose role has it, so ``by_role``
        # looks only at candidates (scanning every mention per quote is quadratic on long bodies).
        self.role_index = {}
        words_of: dict[str, set[str]] = {}
        for i, m in enumerate(self.mentions):
            role = self.roles.get(m.name)
            if not role:
                continue
            words = words_of.get(m.name)
            if words is None:
                words = words_of[m.name] = role_words(role)
            for w in words:
                self.role_index.setdefault(w, []).append(i)

    def resolve_name(self, text: str) -> str:
        """A name as written -> the document's full name for it."""
        if text in self.roles:
            return text
        last = text.split()[-1]
        return self.surnames.get(last, text)

    def by_role(self, head: str, before: int, described: str = "") -> str | None:
        """Most recent person (before ``before``) whose role has the word ``head``. A role
        qualified as a stand-in or a past one ("shadow foreign secretary", "former
        president") answers only a description (``described``) that says so too: "the
        Foreign Secretary" is not the shadow one, nor the Foreign Secretary "the shadow foreign
        secretary". "the judge" read through "Mr Justice" is
        answered only when one person fits."""
        parts = head.lower().split("-")  # "secretary-general": both words
        if "judge" in parts and any("justices" in (r or "").lower().split() for r in self.roles.values()):
            return None  # a bench of "Justices ... and ...": "the judge" is either of them
        said = set(described.lower().replace("-", " ").split())
        cands = self.role_index.get(parts[0], ())
        # the last candidate starting before ``before`` that has every part
        found = None
        for i in reversed(cands[: bisect_left(cands, bisect_left(self.starts, before))]):
            m = self.mentions[i]
            words = role_words(self.roles[m.name])
            qualifiers = _ROLE_QUALIFIERS.union(*(_POST_QUALIFIERS.get(p, ()) for p in parts))
            if (
                all(p in words for p in parts)
                and not (words & qualifiers) - said
                and not (said & _STAND_IN_QUALIFIERS) - words
            ):
                if found is None:
                    found = m.name
                    if "judge" not in parts or "judge" in self.roles[m.name].lower():
                        return found
                elif m.name != found:
                    return None  # "the judge" on a bench of two justices: either of them
        return found

    def antecedent(
        self,
        pos: int,
        sentences: list[tuple[int, int]],
        sent_starts: list[int],
        pronoun: str | None = None,
        own_sentence: bool = True,
    ) -> str | None:
        """The person a pronoun at ``pos`` refers to: the first person named (outside
        quotations) in its sentence before it, else in the nearest sentence before that
        names one, skipping people whose gender is not the pronoun's ("she" never goes to
        a man named in between)."""
        name = self._antecedent(pos, sentences, sent_starts, pronoun, own_sentence, False)
        if name is None and pronoun and pronoun_gender(pronoun) is not None:
            name = self._loose_antecedent(pos, sentences, sent_starts, pronoun, own_sentence)
        want = pronoun_gender(pronoun) if pronoun else None
        if want is None:
            return name
        if name is not None and not own_sentence:
            name = self._reported_subject(pos, sentences, sent_starts, want, name)
        if name is not None:
            spoke = self._previous_speaker(pos, sentences, sent_starts)
            known = self.gender.get(spoke, (None, 0)) if spoke is not None else (None, 0)
            if (
                spoke is not None
                and spoke != name
                and known[0] not in (None, want)
                and known[1] == 1
                # (not between two of one family, "Ruth and Alan Dyck", whom only the pronoun tells apart)
                and spoke.split()[-1] != name.split()[-1]
            ):
                si = bisect_right(sent_starts, pos) - 1
                s, e = sentences[si - 1]
                if (
                    not self.named_in(s, e, name)
                    and not self.named_in(sentences[si][0], pos)
                    and ("\n" not in self.body[e:pos] or _GOES_ON.match(self.body, sentences[si][0]))
                ):
                    # '"A," said Azusa Hayashi, director of X. "B," he said.': the one who spoke
                    # in the sentence just before goes on speaking, whatever a first name suggests
                    name = spoke
            self.resolved[pos] = (want, name)
            return name
        return self._chained(pos, want)

    def _reported_subject(
        self, pos: int, sentences: list[tuple[int, int]], sent_starts: list[int], want: str, name: str
    ) -> str:
        """For "Kyle has started sleeping again, he says.", where a pronoun reporting its own
        sentence found ``name`` before it: the person the sentence opens with, when they are of
        the pronoun's sex and ``name`` is not named in this paragraph or the two before it ("Blair
        will lead, he said" after Brown spoke keeps Brown)."""
        si = bisect_right(sent_starts, pos) - 1
        s = sentences[si][0]
        k = bisect_left(self.starts, s)
        if k == len(self.mentions) or self.mentions[k].start >= pos:
            return name
        first = self.mentions[k]
        if (
            first.in_quote
            or first.name == name
            or self.body[s : first.start].strip()
            or self.gender.get(first.name, (None, 0))[0] != want
        ):
            return name
        back = s
        for _ in range(3):
            back = self.body.rfind("\n\n", 0, back)
            if back < 0:
                return name
        return first.name if not self.named_in(back, s, name) else name

    def _previous_speaker(self, pos: int, sentences: list[tuple[int, int]], sent_starts: list[int]) -> str | None:
        """The one person the sentence before ``pos``'s gives a cue to ("said analyst Ann Lee",
        "Ann Lee said"), outside quotations, or None."""
        si = bisect_right(sent_starts, pos) - 1
        if si < 1:
            return None
        s, e = sentences[si - 1]
        lo, hi = bisect_left(self.starts, s), bisect_left(self.starts, e)
        speakers = {
            m.name
            for m in self.mentions[lo:hi]
            if not m.in_quote
            and (
                # "said analyst Ann Lee." / "said Ann Lee, director of ...": an inverted cue and
                # its role words, the name closing the clause (not "says Trump represents ...")
                (
                    (cm := _CUE_RIGHT_BEFORE.search(self.body, max(s, m.start - 40), m.start)) is not None
                    and set(cm.group(1).split()) <= _EMPLOYER_ROLE_WORDS
                    and _CLAUSE_ENDS.match(self.body, m.end) is not None
                )
                or _CUE_RIGHT_AFTER.match(self.body, m.end)
            )
        }
        return speakers.pop() if len(speakers) == 1 else None

    def _loose_antecedent(
        self, pos: int, sentences: list[tuple[int, int]], sent_starts: list[int], pronoun: str, own_sentence: bool
    ) -> str | None:
        # "Beryl Sprinkel said ... . “...,” he said": a first name's usual gender is weak
        # evidence; when no one of the pronoun's gender is named near, the person named in the
        # sentence just before is meant, whatever their first name suggests
        si = bisect_right(sent_starts, pos) - 1
        if si < 1:
            return None
        want = pronoun_gender(pronoun)
        for um in _UNNAMED_PERSON.finditer(self.body, sentences[si - 1][0], pos):
            if word_gender(um.group(1)) == want:
                return None  # "... when a man at the counter cut her off. “...!” he shouted": that man
        for km in _OWNED_KIN.finditer(self.body, sentences[si - 1][0], pos):
            if word_gender(km.group(1).lower()) == want:
                return None  # "Neil’s daughter, 19, captains the XI. “...,” she says": his daughter
        saved = dict(self.gender)
        name = self._antecedent(pos, sentences, sent_starts, pronoun, own_sentence, True)
        s, e = sentences[si - 1]
        if name is None or self.gender.get(name, (None, 0))[1] > 1 or not self.named_in(s, e, name):
            self.gender = saved
            return None
        return name

    def _chained(self, pos: int, want: str) -> str | None:
        """ "“A,” he said. ... “B,” he added. ... “C,” he said": a pronoun no named person is near
        enough to resolve refers to whom the last same pronoun before it did, when no one who
        could be of that gender is named (outside quotations) between the two."""
        before = [p for p in self.resolved if p < pos and pos - p <= _CHAIN_REACH and self.resolved[p][0] == want]
        if not before:
            return None
        # the last one of the same gender: "“A,” she says. ... “B,” he says [her son, named].
        # “C,” she says": a man who spoke in between leaves "she" hers
        p = max(before)
        g, name = self.resolved[p]
        lo = bisect_left(self.starts, p + 1)
        if any(
            not m.in_quote and self.gender_of(m.name) in (None, want)
            for m in self.mentions[lo : bisect_left(self.starts, pos)]
        ):
            return None
        for cm in _CHAIN_CUE.finditer(self.body, p + 1, pos):
            if not self.in_quote(cm.start()) and not _SAME_PRONOUN_CUE.search(
                self.body, max(0, cm.start() - 16), cm.start()
            ):
                return None  # "..., the dealer said.": someone else spoke in between
        for dm in DESCRIBED_PERSON.finditer(self.body, p + 1, pos):
            if word_gender(dm.group(1)) == want and not self.in_quote(dm.start()):
                return None  # "The woman's enthusiasm ...": someone unnamed of that gender came in between
        self.resolved[pos] = (want, name)
        return name

    def _antecedent(
        self,
        pos: int,
        sentences: list[tuple[int, int]],
        sent_starts: list[int],
        pronoun: str | None,
        own_sentence: bool,
        loose: bool,
    ) -> str | None:
        want = pronoun_gender(pronoun) if pronoun else None
        si = bisect_right(sent_starts, pos) - 1
        # "“He (Bridge) has no chance ...,” he said": whom the quotation talks about is not who says it
        quoted = self._quoted_near(pos, sentences[si] if 0 <= si < len(sentences) else (0, pos)) if pronoun else set()
        # the first words of names others' roles hold as their employer ("Meridian's vice president")
        employers = self._employers() if pronoun else frozenset()

        def fits(m) -> bool:
            if m.in_quote or m.name in quoted:
                return False
            if _OBJECT_BEFORE.search(self.body, max(0, m.start - 60), m.start):
                return False  # "the 21-year-old told Cadena Cope": whom he told, not who speaks next
            pm = PARTNER_AFTER.match(self.body, m.end)
            # "Carroll McEntee and McGinley analyst Denis Karnosky": a partnership's names
            em = _EMPLOYER_OF.match(self.body, pm.end() if pm is not None else m.end)
            if em is not None:
                words = em.group(1).split() + [em.group(2)]
                if any(w in _ROLE_WORDS for w in words) and (
                    words[0] in _EMPLOYER_ROLE_WORDS and all(w.islower() for w in words)
                ):
                    return False  # "Beach Boys veteran Brian Wilson", "Real Madrid director of sport Emilio"
            if m.name.rsplit(" ", 1)[-1].lower() in L.ORG_WORDS and not any(
                first_name_gender(w) for w in m.name.split()[:-1]
            ):
                # "Rugby Board": an organisation the name finder took for a person (not
                # "Sandra Mills" or "Charlotte Church", whose first names are a person's)
                return False
            if pronoun and (
                _COMPANY_FORM_AFTER.match(self.body, m.end)
                or (" " in m.name and _FORM_SOON_AFTER.match(self.body, m.end))
            ):
                # "Jacobs Suchard AG", "Miller Tabak Hirsch and Co", "Maison Placements Canada
                # Inc": a company named like a person says no "he"
                return False
            if (
                pronoun
                and (
                    _LOCATIVE_BEFORE.search(self.body, max(0, m.start - 6), m.start)
                    # "north of Porth Eirian", "just outside Llanfair": where, never who
                    or _DIRECTION_BEFORE.search(self.body, max(0, m.start - 24), m.start)
                )
                and not is_first_name(m.name.split()[0])
                and self.gender.get(m.name, (None, 0))[1] <= 0
            ):
                return False  # "launched at Punta del Este in Uruguay": a place the gazetteer lacks
            if pronoun and _SETTLEMENT_OF_BEFORE.search(self.body, max(0, m.start - 16), m.start):
                # "near the village of Dwenase, a young man ... said": where, whatever an apposition
                # after it seemed to say of its gender
                return False
            if pronoun and _in_brackets(self.body, m.start, m.end):
                return False  # "(starring Dominique Sanda)": a bracketed aside, not the one talked about
            if pronoun and " " in m.name and m.name.split()[0] in employers:
                return False  # "Meridian Compute" when someone is "Meridian's vice president": a firm
            if (
                pronoun
                and (rm := _POSSESSIVE_ROLE_APPOSED.match(self.body, m.end)) is not None
                and (
                    set(rm.group(1).lower().split()) & L.ROLE_NOUNS
                    # (a relative only of the pronoun's sex: "Pryor's mother, Angela, ... he said" is Pryor)
                    or any(w in L.KIN_NOUNS and word_gender(w) in (None, want) for w in rm.group(1).lower().split())
                )
            ):
                # "Meridia's general manager of regional networks, Anjali Sethuraman,": her
                # employer; "Harrison's twin brother, Lachlan,": his brother is the one meant
                return False
            if want is None:
                return True
            g = self.gender.get(m.name)
            return g is None or g[0] is None or g[0] == want or (loose and g[1] <= 1)

        # own_sentence False: "Blair will lead, he said": the names before the pronoun are
        # in what it reports, not who reports it
        for sj in self._window(si, own_sentence, pronoun, sentences):
            s, e = sentences[sj] if sj >= 0 else (0, pos)
            e = min(e, pos)
            lo = bisect_right(self.starts, s - 1)
            hi = bisect_right(self.starts, e - 1)
            cands = [m for m in self.mentions[lo:hi] if fits(m)]
            if pronoun and sj < si:
                # "Last year it made 40 acquisitions, the largest being Glidden. He said": the
                # name in an absolute phrase is no one the next sentence goes on about
                cands = [m for m in cands if not _ABSOLUTE_BEFORE.search(self.body, max(s, m.start - 40), m.start)]
            if len(cands) > 1 and pronoun:
                # "Ireland, despite having Ann Lee out injured, welcome back Jo Cole": the one
                # named in an aside is not what the sentence is about; nor is a child named after
                # the word for them ("Ms Westbrook buckled their daughter, Rosie, into her seat")
                opening_kin = next((m for m in cands if _KIN_SUBJECT.fullmatch(self.body, s, m.start)), None)
                if opening_kin is not None:
                    # "Ms Hosseini’s daughter, Mariam, 19, said ...": the relative is the subject
                    cands = [opening_kin] + [m for m in cands if m is not opening_kin]
                else:
                    main = [
                        m
                        for m in cands
                        if not self._in_aside(m, s, e)
                        and not KIN_BEFORE.search(self.body, max(s, m.start - 24), m.start)
                    ]
                    cands = main or cands
            if len(cands) > 1 and pronoun and sj < si:
                main = self._main_clause_subject(cands, s, e)
                if main is not None:
                    # "When Ms. Marchetti began reading, Ms. Okafor rose to object. “...,” she
                    # said": the main clause's subject, not the one the clause before it names
                    cands = [main] + [m for m in cands if m is not main]
            if len(cands) > 1 and pronoun and sj < si and _POSSESSIVE_AT.match(self.body, cands[0].end):
                # "... ahead of Howard's trip and Secretary Paul Channon on Friday sought to ... .
                # “...,” he said": the person a verb follows is the sentence's subject, not the
                # possessor named before
                subject = next((m for m in cands[1:] if _SUBJECT_VERB.match(self.body, m.end)), None)
                if subject is not None:
                    cands = [subject] + [m for m in cands if m is not subject]
            if len(cands) > 1 and pronoun and sj < si:
                # "Hewitt said he had had a gutful, but Tennis Australia's Geoff Pollard rejected his
                # comments. “...,” he said": the subject of the contrast that ends the sentence
                late = next(
                    (
                        m
                        for m in cands[1:]
                        if _CONTRAST_BEFORE.search(self.body, max(s, m.start - 60), m.start)
                        and _SUBJECT_VERB.match(self.body, m.end)
                    ),
                    None,
                )
                if late is None:
                    # "... as Mr Ó Súilleabháin attempted to respond, and the Ceann Comhairle, Colm
                    # Ó Dálaigh, intervened. “...,” he said": the one whose turn ends the sentence
                    late = next(
                        (
                            m
                            for m in cands[1:]
                            if _AND_OFFICE_BEFORE.search(self.body, max(s, m.start - 60), m.start)
                            and _TURN_AFTER.match(self.body, m.end)
                        ),
                        None,
                    )
                if late is not None:
                    return self._learn(late.name, want)
            if not cands and sj < si and pronoun and self._demonym_subject(s, e):
                # "The Australian has suffered ... . “...,” he said": a description of the one
                # the article is about, who may not be the person named last
                name = self.most_named(s, want)
                if name is not None:
                    return self._learn(name, want)
            if (
                cands
                and sj < si
                and (PRONOUN_OPENS.match(self.body, s) or _PRONOUN_ASIDE.search(self.body, s, e))
                and all(_POSSESSIVE_AT.match(self.body, m.end) for m in cands)
            ):
                # "He opted to bring Steve Finnan's cross down.": the sentence is about "he",
                # whom an earlier sentence names; the possessor is no one speaking
                continue
            first = cands[0] if cands else None
            if sj < si and pronoun:
                rm = _ROLE_SUBJECT.match(self.body, s, first.start if first else e)
                head = rm.group(1).lower().split()[-1].split("-")[-1] if rm else ""
                held = self.by_role(head, s, rm.group(1)) if rm and head in L.OCCUPATIONS else None
                if held is not None and not role_covers(self.roles.get(held), "the " + rm.group(1)):
                    held = None  # "the Two Ronnies star" is not the one given "fellow comedy stars"
                if head in L.ROLE_NOUNS or held is not None:
                    # "The home secretary said ... . Speaking later, he said": the role's holder
                    # ("The manager said he had no regrets": an occupation the article gave someone)
                    name = self.by_role(head, s, rm.group(1)) if rm else None
                    if name is None and first is None:
                        # "But the Tory leader argued ...": a role the article never gave anyone
                        # describes its most-named person, not whoever was named last
                        name = self.most_named(s, want)
                    if name is not None and (want is None or self.gender_of(name) in (None, want)):
                        return self._learn(name, want)
                # "The pressure prompted the prime minister to say ... . He told MPs" (a role that
                # speaks in a sentence naming no one), "Mr Brown's Budget was ... ," the Tory leader
                # said. He urged ...": the role speaks there, not the person its quotation names
                name = self._speaking_role(_ROLE_TO_SAY.search(self.body, s, e), s, want) if first is None else None
                if name is not None:
                    return self._learn(name, want)
                tm = _TRAILING_ROLE_CUE.search(self.body, s, e)
                name = self._speaking_role(tm, s, want)
                if name is not None:
                    return self._learn(name, want)
                if first is None and tm is not None and tm.group(1).lower().split()[-1] in _UNNAMED_PERSON_HEADS:
                    # "..., the Beijing-based member said. “...,” he said": the one described
                    # speaks on, unnamed, not whoever the article named before
                    return None
            if pronoun and sj < si:
                # "He was echoed by Ann Lee, who said ... . “...,” she said", "The decision by Tom
                # Ray is a shock, Ann Lee, an adviser to X, said. “...,” she said": the one the
                # sentence makes speak is the speaker the story has moved on to
                spoke = [
                    m for m in cands if _WHO_SPOKE.match(self.body, m.end) or _NAME_SPOKE.match(self.body, m.end, e)
                ]
                if spoke:
                    return self._learn(spoke[0].name, want)
            # "He sees Owen as ..., he said": a sentence whose subject is the same pronoun
            # talks about the person named before it, not about the one named in it
            if pronoun and self._pronoun_before(pronoun, s, first.start if first else e):
                continue
            # "Blair will lead, he said.": the names are in what the pronoun's owner said
            if pronoun and sj < si and self._reports(pronoun, s, e):
                tm = _TRAILING_CUE.search(self.body, s, e)
                told = self.resolved.get(tm.start(1))
                if told is not None and told[0] == want and told[1] is not None:
                    # "Gordon has started sleeping again, he says. ¶ “...,” he says": the one
                    # that pronoun was found to be speaks on
                    return told[1]
                continue
            if (
                first is not None
                and pronoun
                and sj < si
                and " " in first.name
                and is_first_name(first.name.split()[0])
                and _UNNAMED_SAID.match(self.body, s, first.start)
            ):
                # "The spokesman said Lizano, 56, announced ... . “He intends to ...,” he said":
                # the unnamed speaker goes on; the person named is whom he spoke of (a company
                # a spokesman names, "Goldman", is the one he speaks for)
                return None
            if first is not None and pronoun and sj < si and self._described_subject(s, first.start):
                continue
            if first is not None:
                # the person who speaks in the sentence before the one who is spoken of
                speaking = next(
                    (
                        m
                        for m in cands
                        if _SUBJECT_CUE.match(self.body, m.end)
                        and not _APPOSED_OF.search(self.body, max(0, m.start - 6), m.start)
                        and not self._object_of_past(m.start)  # "who had represented Mr Martin had said"
                    ),
                    None,
                )
                if speaking is None:
                    # "X may have been affected, says Tim Dams, the news editor. But he also
                    # believes": the one an inverted cue names speaks in the sentence
                    speaking = next(
                        (
                            m
                            for m in cands
                            if _INVERTED_CUE_BEFORE.search(self.body, max(s, m.start - 40), m.start)
                            and _CLAUSE_ENDS.match(self.body, m.end)  # not "said Charles was one of"
                        ),
                        None,
                    )
                if speaking is None and _POSSESSIVE_AT.match(self.body, first.end):
                    # "Fowler's goal won it and Keegan praised him. ... he said": a possessor
                    # is no subject; the person a verb follows is, or the one the possessive
                    # introduces ("Bafta's Grant Dean, chair of ..., said")
                    pm = _POSSESSIVE_AT.match(self.body, first.end)
                    after = next(
                        (
                            m
                            for m in cands[1:]
                            if m.start - pm.end() <= 2
                            # "Smith Barney's Mr. Doyle": a courtesy title between
                            or _TITLE_GAP.fullmatch(self.body, pm.end(), m.start)
                            # "Kenteris's lawyer, Gregory Ioannidis, reacted": the one in apposition
                            or _ROLE_APPOSED.fullmatch(self.body, pm.end(), m.start)
                        ),
                        None,
                    )
                    speaking = after or next((m for m in cands[1:] if _CLAUSE_VERB.match(self.body, m.end)), None)
                if speaking is None and sj < si and pronoun and e == sentences[sj][1]:
                    # "Bogdanov won last week, but McIlroy is unfazed. He admitted:": the subject
                    # of the sentence's last clause, when it ends the sentence before
                    last = cands[-1]
                    if (
                        last is not first
                        and _LAST_CLAUSE_SUBJECT.search(self.body, max(s, last.start - 6), last.start)
                        and _CLAUSE_VERB.match(self.body, last.end)
                        and not _LATER_NAME.search(self.body, last.end, e)
                    ):
                        speaking = last
                return self._learn((speaking or first).name, want)
        return None

    def _employers(self) -> frozenset[str]:
        """The words roles open with as their employer's possessive ("Meridian" of "Meridian's
        vice president"): the names of firms, not people."""
        return frozenset(
            _EMPLOYER_POSSESSIVE.match(r).group(1) for r in self.roles.values() if r and _EMPLOYER_POSSESSIVE.match(r)
        )

    def _main_clause_subject(self, cands, s: int, e: int):
        """In a sentence opening with a subordinate clause that names the first of ``cands``
        ("When Dunbar began to answer, Whitfield cut her off."), the one named right after the
        clause's comma as the main verb's subject, or None."""
        if _SUBORDINATE_OPENS.match(self.body, s) is None:
            return None
        comma = self.body.find(",", s, e)
        if comma < 0 or cands[0].start > comma:
            return None
        after = next((m for m in cands if m.start > comma), None)
        if after is None or not _MAIN_SUBJECT_GAP.fullmatch(self.body, comma + 1, after.start):
            return None
        return after if _LOWER_WORD_AFTER.match(self.body, after.end) else None

    def _speaking_role(self, m, s: int, want: str | None) -> str | None:
        """For a match whose group 1 is a role that speaks in the sentence at ``s``: the role's
        holder, else the article's most-named person, when the gender fits ``want``."""
        if m is None or m.group(1).lower().split()[-1] not in L.ROLE_NOUNS:
            return None
        name = self.by_role(m.group(1).lower().split()[-1], s, m.group(1)) or self.most_named(s, want)
        if name is None or (want is not None and self.gender_of(name) not in (None, want)):
            return None
        return name

    def _window(self, si: int, own_sentence: bool, pronoun: str | None, sentences: list[tuple[int, int]]):
        """The sentences a pronoun in sentence ``si`` looks back over, nearest first: eight,
        and one more for each that opens with the same pronoun (up to eight more), since a run
        of "He has ... He was ..." sentences keeps talking about the one person named before it."""
        bound = max(-1, si - 8)
        floor = max(-1, si - 16)
        sj = si if own_sentence else si - 1
        while sj > bound:
            yield sj
            if 0 <= sj < si and pronoun and bound > floor:
                s, e = sentences[sj]
                m = PRONOUN_OPENS.match(self.body, s, e)
                if m is not None and pronoun_gender(m.group(0).split()[-1]) == pronoun_gender(pronoun):
                    bound -= 1
                else:
                    lm = _LEAD_THEN_PRONOUN.match(self.body, s, e)
                    if (
                        lm is not None
                        and pronoun_gender(lm.group(1)) == pronoun_gender(pronoun)
                        and not self.named_in(s, lm.end())
                    ):
                        bound -= 1  # "Then, inspired by the drawings, he began ...": still him
            sj -= 1

    def named_in(self, s: int, e: int, name: str | None = None) -> bool:
        """Whether anyone (or ``name``) is named, outside quotations, in ``[s, e)``."""
        lo = bisect_left(self.starts, s)
        return any(
            not m.in_quote and (name is None or m.name == name) for m in self.mentions[lo : bisect_left(self.starts, e)]
        )

    def most_named(self, before: int, want: str | None) -> str | None:
        """The person named most often (outside quotations) before ``before``, at least twice
        and more often than anyone else, whose gender fits ``want``."""
        counts: dict[str, int] = {}
        for m in self.mentions[: bisect_left(self.starts, before)]:
            if not m.in_quote:
                counts[m.name] = counts.get(m.name, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        name = ranked[0][0]
        g = self.gender_of(name)
        return name if want is None or g is None or g == want else None

    def _described_subject(self, s: int, first: int) -> bool:
        """Whether the sentence at ``s`` has a described person as its subject, before the
        first name in it ("The world number one was taken the distance by Ann Lee"): the
        pronoun after it refers to that person, named earlier, not to the one named here."""
        m = _DESCRIPTION_SUBJECT.match(self.body, s, first)
        if m is None:
            return False
        head = m.group(1).lower()
        return head in _PERSON_HEADS or _AGED.fullmatch(head) is not None

    def _demonym_subject(self, s: int, e: int) -> bool:
        """Whether the sentence ``[s, e)`` opens with "The <demonym>" as its subject ("The
        Australian has suffered ...")."""
        m = _DESCRIPTION_SUBJECT.match(self.body, s, e)
        return (
            m is not None
            and self.body[max(0, m.start(1) - 4) : m.start(1)].lower() == "the "
            and (m.group(1) in L.DEMONYMS and not m.group(1).endswith("s"))
        )

    def _object_of_past(self, start: int) -> bool:
        """Whether the name at ``start`` follows a past-tense verb that is no cue: its object."""
        m = _PAST_BEFORE_NAME.search(self.body, max(0, start - 30), start)
        return m is not None and m.group(1) not in L.CUE_VERBS

    def _quoted_near(self, pos: int, sentence: tuple[int, int]) -> set[str]:
        """People named inside the quotation a pronoun at ``pos`` attributes: one closing
        right before it (back to its paragraph's start) or one after it in its sentence."""
        body = self.body
        if not body:
            return set()
        k = pos - 1
        while k > 0 and body[k] in " \t,":
            k -= 1
        lo = pos
        if k > 0 and body[k] in "\"”’'":
            par = body.rfind("\n", 0, pos) + 1
            lo = k - 1
            while lo > par and self.in_quote(lo - 1):
                lo -= 1  # back to the opening of the quotation that closes here
        nl = body.find("\n", pos)
        hi = max(pos, min(sentence[1], pos + 250, nl if nl >= 0 else len(body)))  # not a letter's sign-off
        a = bisect_left(self.starts, lo)
        b = bisect_left(self.starts, hi)
        return {m.name for m in self.mentions[a:b] if m.in_quote}

    def _in_aside(self, m, s: int, e: int) -> bool:
        """Whether mention ``m`` sits in a comma-bounded aside of the sentence ``[s, e)``
        opened by a subordinating word (", despite having Ann Lee out,")."""
        body = self.body
        if _LEAD_PHRASE.match(body, s, m.start) and body.find(",", m.end, e) >= 0 and "," not in body[s : m.start]:
            return True  # "In a statement released through her lawyer Rich Nichols, Jones said"
        c = body.rfind(",", s, m.start)
        if c < 0 or body.find(",", m.end, e) < 0:
            return False
        return _ASIDE_OPEN.match(body, c + 1, m.start) is not None

    def _reports(self, pronoun: str, s: int, e: int) -> bool:
        """Whether ``[s, e)`` ends in ``, <pronoun> said``: the pronoun, not a name, speaks."""
        if not self.body:
            return False
        m = _TRAILING_CUE.search(self.body, s, e)
        return m is not None and m.group(1).lower() == pronoun.lower()

    def _pronoun_before(self, pronoun: str, s: int, e: int) -> bool:
        """Whether the pronoun ``pronoun`` occurs (outside quotations) in ``[s, e)``."""
        if not self.body or e <= s:
            return False
        # "him" too ("Pictures show him with Ann Lee"): an object pronoun before the name is still
        # the person talked about; not "her", which is as often a possessive ("Her coach, Ann Lee")
        rx = _HE_HIM if pronoun.lower() in ("he", "him", "his") else _SHE if pronoun.lower() in ("she", "her") else None
        if rx is None:
            return False
        if (
            _FRONTED_CLAUSE_NAME.search(self.body, max(s, e - 8), e)
            and _SUBORDINATE_OPEN.match(self.body, s, e)
            and not any(_CUE_RIGHT_AFTER.match(self.body, m.end()) for m in rx.finditer(self.body, s, e))
        ):
            # "Asked whether she would move, Delaney laughed": a clause put before the sentence's
            # subject speaks of her ahead of her name
            return False
        return any(not self.in_quote(m.start()) for m in rx.finditer(self.body, s, e))

    def _learn(self, name: str, g: str | None) -> str:
        """A pronoun resolved to ``name`` is weak evidence of its gender, for later pronouns."""
        self.note_gender(name, g, 0)
        return name


_ROLE_HEADS = L.TITLE_WORDS | L.OCCUPATIONS | L.LOWER_ROLES | L.ROLE_NOUNS
#: Lower-case role words right before a name, after an optional capitalised organisation,
#: party or place: "Norvale chief executive ", "Tory leader ", "striker ", "shadow home secretary ".
_ROLE_BEFORE = re.compile(
    r"(?:(?<![\w.])((?:[A-Z][\w&.'’-]*)(?:[ \t]+(?:of|and|for|the|[A-Z][\w&.'’-]*))*)[ \t]+)?"
    r"((?:[a-z][a-z-]*[ \t]+){0,3}?[a-z][a-z-]*)[ \t]+$"
)


_PLAIN_TITLES = frozenset("mr mrs ms miss".split())
_HONOURS = frozenset("sir dame lord lady".split())


#: A comma right before a name: the end of a clause put before the subject.
_FRONTED_CLAUSE_NAME = re.compile(r",[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?$")
#: A sentence opening with a subordinate or participle clause: "Asked ...", "When ...", "As ...".
_SUBORDINATE_OPEN = re.compile(
    r"\s*(?:(?:When|While|As|After|Before|Although|Though|If|Since|Once|Until)\b|[A-Z][a-z]+(?:ed|ing)\b)"
)
#: Two given names sharing the surname after the second: "Tom and Jess Penhallow".
_GIVEN_AND_FULL = re.compile(
    r"(?<![\w’'.-])([A-Z][a-zà-öø-ÿ]+)[ \t]+and[ \t]+([A-Z][a-zà-öø-ÿ]+)[ \t]+([A-Z][\w’'-]+)\b"
)
#: An absolute phrase before a name: ", the largest being ".
_ABSOLUTE_BEFORE = re.compile(r",[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[a-z]+[ \t]+){0,3}being[ \t]+$")


#: An unnamed person, by a noun that gives their gender: "a man at the counter", "one woman".
_UNNAMED_PERSON = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:[a-z-]+[ \t]+)?(man|woman|boy|girl|gentleman|lady|father|mother)\b"
)


_ELDERS = frozenset("father mother grandfather grandmother parent parents".split())


def _first_surname_used(body: str, parts: list[str]) -> bool:
    """Whether the article calls the person named ``parts`` (three words) by the middle one
    alone and never by the last alone: a first surname ("Rivera" for Marisol Rivera Colón)."""
    mid, last = parts[1], parts[2]
    if not mid[:1].isupper() or not mid[1:].islower() or mid.lower() in L.NAME_PARTICLES:
        return False
    if re.search(rf"(?<!{re.escape(mid)}[ \t])\b{re.escape(last)}\b", body):
        return False
    after = body[max(0, body.find(" ".join(parts))) :]  # (alone only once the full name is given)
    return re.search(rf"(?<![\w’'-][ \t])\b{re.escape(mid)}\b(?![ \t]+{re.escape(last)}\b)", after) is not None or (
        re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Sr|Sra)\.?[ \t]+{re.escape(mid)}\b(?![ \t]+{re.escape(last)}\b)", after)
        is not None
    )


#: A Korean given name of two syllables, hyphenated ("Young-sik", read "Young-Sik").
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[A-Za-z][a-z]{1,4}")
#: Korean family names, written before the given name.
_KOREAN_FAMILY = frozenset(
    "Kim Lee Yi Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Suh Shin "
    "Sin Kwon Hwang Ahn An Song Yoo Yu Hong Jeon Chun Ko Go Moon Mun Yang Son Bae Baek Paik Heo Huh Nam Noh Roh "
    "Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin Ji Eom Um Chae Won Cheon Bang Gong Hyun Ham Byun Yeo Choo".split()
)
_TITLE_RIGHT_BEFORE = re.compile(r"\b([A-Z][a-z]{1,6})\.?[ \t]+$")
#: Titles that tell two people of one surname apart.
_TELLING_TITLES = frozenset("mr mrs ms miss mme mlle dr prof rev pastor elder deacon bishop imam rabbi".split())


def _titles_before(ppl, body: str, name: str, s: int) -> set[str]:
    """The titles written right before mentions of ``name`` before ``s`` ("dr" for "Dr.
    Temitope Adeyemi")."""
    out = set()
    for mn in ppl.mentions:  # (not yet in text order while names are being found)
        if mn.name == name and mn.start < s:
            tm = _TITLE_RIGHT_BEFORE.search(body, max(0, mn.start - 10), mn.start)
            if tm is not None and tm.group(1).lower() in _TELLING_TITLES:
                out.add(tm.group(1).lower())
    return out


#: A role that opens with its employer's possessive: "Meridian's vice president".
#: A possessive, then a role set off before its holder's name: "'s general manager of regional
#: networks, " (group 1: the role).
_POSSESSIVE_ROLE_APPOSED = re.compile(
    r"['’]s[ \t]+([a-z][^,.;:“”\"\n]{0,80}),[ \t]+(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?[A-Z]"
)
_EMPLOYER_POSSESSIVE = re.compile(r"([A-Z][\w-]*)['’]s[ \t]+[a-z]")
#: A cue right after a surname, and the pronoun its clause goes on with: " said she ".
_SAID_PRONOUN = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:said|says|told[ \t]+\w+|added|insisted|admitted|explained|recalled|conceded)"
    r"[ \t]+(?:that[ \t]+)?(he|she)\b"
)


#: The first pronoun in the clause a name opens, before any other capitalised word or a
#: sentence's end: "Gosforth, for one, is not holding her breath".
_OWN_PRONOUN = re.compile(
    # ("Achterberg's fondness for puns has earned her", "Achterberg shrugs it off. She said")
    r"(?:['’]s\b)?[^.!?;:“”\"'‘’A-Z\n]{0,60}?\b(he|she|his|her)\b|[^.!?;:“”\"\n]{0,60}?[.!?][ \t]+(He|She)\b"
)


_APPOSITION = r",[ \t]+[^,;:.\"“”\n]{3,80},"
_SAYS_AFTER = r"[ \t]+(?:also[ \t]+)?(?:said|says|told|tells|added|adds)\b"
#: A name's own cue right after it, past an apposition: ", the manager's nephew, said" (or
#: past the comma closing one begun before the name: "Pomeroy's daughter, Carla Pomeroy, said").
_INTRODUCED_SPEAKING = re.compile(rf"(?:,[ \t]+\d{{1,3}},|{_APPOSITION}|,)?{_SAYS_AFTER}")  # (or an age: ", 61, said")
#: An apposition, then the name's cue: ", chair of the drivers' cooperative, said".
APPOSED_SAYS = re.compile(_APPOSITION + _SAYS_AFTER)


def _shared_surname(ppl, body: str, cands: list[str], s: int, word: str | None = None) -> str | None:
    """Whom "Mr Blair" is when the article names both Tony Blair and Sir Ian Blair: a knight
    or a peer is called "Sir Ian", so a plain title points to the others, and "Mrs" to a woman;
    then the one named most before ``s``, and of those the one named last (only those named before
    ``s`` count, when any is)."""
    m = re.search(r"([A-Za-z]+)\.?[ \t]+$", body[max(0, s - 8) : s])
    title = m.group(1).lower() if m else ""
    # (of those named before it, when any is: "says Rangihuna" before her cousin Hemi
    # Rangihuna comes into the story is Dr Talia Rangihuna, named above)
    named_before = {mn.name for mn in ppl.mentions if mn.start < s and not mn.in_quote}
    pool = [c for c in cands if c in named_before] or cands
    if title in _PLAIN_TITLES:
        pool = [
            c
            for c in pool
            if (ppl.roles.get(c) or "").split()[:1] == [] or (ppl.roles.get(c) or "").split()[0].lower() not in _HONOURS
        ] or pool
    elif len(title) >= 3 and title not in _HONOURS:
        # "Sen. Dole" when the article names Senate leader Robert Dole and Transportation
        # Secretary Elizabeth Dole: the one whose role the title abbreviates or repeats
        pool = [
            c for c in pool if any(w.startswith(title[:3]) for w in (ppl.roles.get(c) or "").lower().split())
        ] or pool
    want = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mme": "f", "mlle": "f"}.get(title)
    if want is None and word is not None:
        # "Marchbanks said she had not decided": the pronoun of the clause the name opens
        sm = _SAID_PRONOUN.match(body, s + len(word))
        want = {"he": "m", "she": "f"}.get(sm.group(1)) if sm is not None else None
        if want is None and not title:
            # "Gosforth, for one, is not holding her breath": the clause's own pronoun (a title
            # says more: "Dr. Adeyemi, standing next to her," is the doctor)
            pm = _OWN_PRONOUN.match(body, s + len(word))
            own = (pm.group(1) or pm.group(2)).lower() if pm is not None else ""
            want = {"he": "m", "his": "m", "she": "f", "her": "f"}.get(own)
        named = {mn.name for mn in ppl.mentions if mn.start < s and not mn.in_quote} if want is not None else set()
        fit = [c for c in pool if c in named and ppl.gender_of(c) in (None, want)]
        head = body.find("\n\n")
        if want is not None and not named and s < head and len(pool) > 1:
            # "Brannock banned ... but insists she 'never cheated'": the headline's surname is
            # the one the story names first in full, whom "she" may be
            told = sorted((body.find(c, head), c) for c in pool if c in body[head:])
            fit = [told[0][1]] if told and ppl.gender_of(told[0][1]) in (None, want) else []
        if len(fit) == 1 and any(ppl.gender_of(c) == want for c in pool if c not in fit):
            # "Brannock said she would appeal" before her sister Imogen Brannock comes in: the
            # one of them named so far whom "she" may be, not one the story names later
            pool = fit
        elif want is not None and sum(ppl.gender_of(c) == want for c in pool) != 1:
            want = None
        elif want is not None:
            pool = [c for c in pool if ppl.gender_of(c) == want]
    if want is not None:
        pool = [c for c in pool if ppl.gender_of(c) in (None, want)] or pool
    if title and len(pool) > 1:
        # "Mrs. Adeyemi" and "Dr. Adeyemi", "Ms. Ramaswamy" and "Mrs. Ramaswamy": the title
        # each was written with before tells two of one surname apart
        titled = {c: _titles_before(ppl, body, c, s) for c in pool}
        same = [c for c in pool if title in titled[c]]
        other = [c for c in pool if not titled[c] or title in titled[c]]
        pool = same if len(same) == 1 else (other or pool)
    # one just introduced in full, in this paragraph or the one before, with no other of the
    # name since: "Teammate Colby Pike, the manager's nephew, said ... ¶ “...,” Pike said"
    before = sorted(
        (mn for mn in ppl.mentions if mn.start < s and mn.name in pool and not mn.in_quote), key=lambda mn: mn.start
    )
    last = before[-1] if before else None
    if len(before) >= 2 and before[-2].name != last.name:
        im = _INTRODUCED_SPEAKING.match(body, before[-2].end)
        if im is not None and im.end() > last.start:
            # "Councilman Peter Sorensen, who is no relation to Gail Sorensen ..., said": the
            # other one is named inside his introduction
            last = before[-2]
    if (
        last is not None
        and ppl.first.get(last.name) == last.start
        and " " in body[last.start : last.end]
        and body.count("\n\n", last.end, s) <= 1
        # (introduced as a speaker, "Colby Pike, the manager's nephew, said", not a relative
        # named in passing: "My father, Howard Whitcomb, worked 41 years")
        and _INTRODUCED_SPEAKING.match(body, last.end) is not None
        # ("Her daughter, Clara Solberg, said ... ¶ Dr. Solberg began diving": a title is for
        # the one the story is about, not the relative who spoke of her)
        and not (
            title
            and KIN_BEFORE.search(body, max(0, last.start - 24), last.start)
            # (but his words go on in the paragraph right after: "his father, Tom Fairlie, 61,
            # said his son had ... ¶ “...,” Mr Fairlie said")
            and not (
                body.count("\n\n", last.end, s) == 1
                and body[body.rfind("\n", 0, s) + 1 : s].lstrip()[:1] in ("“", '"', "‘")
                # (the relative the subject of that sentence, no one else named before in it:
                # not "Janet Pryce, who runs the bakery with her daughter, Lily Pryce, 27, said")
                and not any(
                    mn.start < last.start and mn.name != last.name and not mn.in_quote
                    for mn in ppl.mentions
                    if mn.start >= max(body.rfind("\n", 0, last.start), body.rfind(". ", 0, last.start))
                )
            )
        )
    ):
        return last.name
    if title not in L.TITLE_WORDS and title not in _PLAIN_TITLES and len(pool) > 1:
        # "Asked about the plan, the mayor was unmoved. Villareal said": the one whose office
        # the sentence before called them by, in the same paragraph
        ps = body.rfind("\n", 0, s) + 1
        called = {w.lower() for w in _THE_OFFICE.findall(body, ps, s)} & (L.ROLE_NOUNS | L.OCCUPATIONS)
        named = {mn.name for mn in ppl.mentions if mn.start < s}
        held = [c for c in pool if c in named and called & _office_ends(ppl.roles.get(c))]
        if len(held) == 1:
            return held[0]
    ps = body.rfind("\n", 0, s) + 1
    restated = [
        mn.name
        for mn in ppl.mentions
        if ps <= mn.start < s and mn.name in pool and body[mn.start : mn.end].lower() in L.KIN_NOUNS
    ]
    if len(set(restated)) == 1:
        # "Her husband was more guarded. “...,” Dr Lachlan said": the relative the paragraph
        # opened on, of the two the title fits
        return restated[0]
    # the one named most so far, then the one named last: the surname alone is how a story
    # calls its subject, not the relative it names in passing ("His father, Stanley Rosenbaum")
    seen: dict[str, tuple[int, int]] = {}
    surname = word or cands[0].split()[-1]
    narrated = any(mn.start < s and mn.name in pool and not mn.in_quote for mn in ppl.mentions)
    for mn in ppl.mentions:
        # only mentions that carry the surname count: one the story calls by first name alone
        # ("Elian") is not who the surname alone means ("Gonzalez", his father); and, when the
        # narrative names one of them, not a name only a quotation or a slogan gives ("Recall
        # Tallis Now")
        if mn.start < s and mn.name in pool and surname in body[mn.start : mn.end] and not (narrated and mn.in_quote):
            seen[mn.name] = (seen.get(mn.name, (0, 0))[0] + 1, mn.start)
    if not seen:
        # ("Tom and Becky Stanczak offered ... Mr. Stanczak told": Tom's mention holds only his
        # given name) the one of them named so far, not their son named later
        so_far = [mn.name for mn in ppl.mentions if mn.start < s and mn.name in pool and not mn.in_quote]
        return so_far[0] if len(set(so_far)) == 1 else pool[0]
    # (then, of two named as often, the one not introduced as the other's relative: "Angela
    # Whitcomb, whose father, Howard Whitcomb, ...")
    kin = {
        mn.name
        for mn in ppl.mentions
        if mn.name in seen
        and mn.start == ppl.first.get(mn.name)
        and (km := KIN_BEFORE.search(body, max(0, mn.start - 24), mn.start)) is not None
        # (a parent in a clause about someone else: not "her sons, Alvin Rosenbaum", the story's
        # subject, nor "His father, Juan Miguel Gonzalez, wrote", the sentence's)
        and km.group(1).lower() in _ELDERS
        and body[max(0, km.start() - 12) : km.start()].rstrip().endswith(("whose", "whose late"))
    }
    return max(seen, key=lambda name: (seen[name][0], name not in kin, seen[name][1]))


def _office_ends(role: str | None) -> set[str]:
    """The words opening and closing a role, where its office is: "manager" of "manager of
    Tillman Twisters", "mayor" of "Mayor"."""
    words = (role or "").lower().split()
    return set(words[:1] + words[-1:])


#: An office written with "the": "the mayor" (was unmoved).
_THE_OFFICE = re.compile(r"\b[Tt]he[ \t]+([a-z]+)\b(?![’'])")


#: Adjectives that open a sentence before a lower-case role ("Local farmer Ann Lee"): no body.
_ROLE_ADJECTIVES = frozenset(
    "local senior junior young fellow top leading independent retired veteran former longtime shadow late jailed "
    "acting deputy assistant".split()
)
_ROLE_MODIFIERS = frozenset("former then ex late acting outgoing incoming retired current onetime".split())


#: An apposition that denies a tie rather than gives an office ("no relation to ..."), or a
#: clause that goes on with the sentence (", then read aloud from a letter by the pastor,").
_NOT_A_ROLE = re.compile(r"\s*(?:no|not|then|also|later|now|still|and|but|who|which)\b")
#: A lower-case office and "and" right before a capitalised one: "president and " (CEO).
_OFFICE_AND_BEFORE = re.compile(r"\b([a-z]+)[ \t]+and[ \t]+$")


def role_before(body: str, s: int) -> str | None:
    """The role written in lower case before a name at ``s``: "striker", "Tory leader",
    "chief executive of Norvale" (an organisation before the role words is turned round)."""
    if s < 2 or body[s - 1] not in " \t" or not body[s - 2].isalpha() or not body[s - 2].islower():
        return None  # no lower-case word right before the name: no role written there
    m = _ROLE_BEFORE.search(body, max(0, s - 90), s)
    if m is None:
        return None
    words = m.group(2).split()
    # keep the role words that end at the name; drop a leading verb or other word
    k = len(words)
    while k > 0 and words[k - 1] in _ROLE_HEADS:
        k -= 1
    if k == len(words):
        return None  # the word before the name is no role
    while (
        k > 0
        and words[k - 1] not in L.CAP_STOPWORDS
        and words[k - 1] not in L.CUE_VERBS
        and not words[k - 1].endswith(("ed", "ing", "ly"))
        and k > len(words) - 3
    ):
        k -= 1  # modifiers of the role: "investment chief", "shadow home secretary"
    kept = words[k:]
    while kept and kept[0] in L.CAP_STOPWORDS and len(kept) > 1 and kept[1] not in _ROLE_QUALIFIERS:
        kept = kept[1:]  # "trains under veteran coach": "under" is no under-secretary's here
    if not kept or kept[0] in L.CAP_STOPWORDS or all(w in _ROLE_MODIFIERS for w in kept):
        return None  # "and former Maryland Gov. Ann Lee": "former" qualifies the title in the name
    role = " ".join(kept)
    org = m.group(1) if k == 0 else None
    if org:
        org_words = org.split()
        while org_words and org_words[-1] in ("of", "and", "for", "the"):
            org_words.pop()  # "challenging Clinton and former ...": no organisation ends so
        if len(org_words) < len(org.split()):
            return role
        if org_words and org_words[0] in _INVERTED_CUES and at_sentence_start(body, m.start(1)):
            org_words = org_words[1:]  # "Replied State Department spokesman ...": the cue opens the sentence
            if not org_words:
                return role
        org = " ".join(org_words)
        first = org.split()[0]
        if first.lower() in L.CAP_STOPWORDS:
            return role  # "His lawyer Ann Lee", "Yet analyst Ann Lee"
        if (
            (first.lower() in L.TITLE_WORDS and len(org_words) == 1)
            or first.lower() in _ROLE_ADJECTIVES
            or first in L.PARTY_WORDS
            or first in L.DEMONYMS
            # "Food critic Jonathan Pyle": an ordinary word capitalised only to open the sentence
            or (len(org_words) == 1 and at_sentence_start(body, m.start(1)) and _common_opening_word(body, *m.span(1)))
        ):
            return f"{org} {role}"  # "Chief executive Maya Lind": a title word opening the sentence
        return f"{role} of {org}"
    return role


#: Role words that introduce a person known by one name ("midfielder Deco", "singer Prince").
_MONONYM_ROLES = (L.OCCUPATIONS | L.LOWER_ROLES) - frozenset(
    # words that also come before a team, a place or a thing ("host Chelsea", "star Wars")
    """host hopeful forward lock prop opener seed star veteran winner champion challenger contender
    incumbent survivor victim witness donor candidate delegate tenant pupil student owner investor
    official trader keeper scorer player""".split()
)
#: Common nouns for a kind of body, right before a name: the name is that body's, no person's.
_BODY_DESCRIPTORS = frozenset(
    """company firm magazine newspaper paper website broadcaster network channel station retailer
    maker carrier airline operator bank agency consultancy label studio publisher chain group
    charity union thinktank think-tank watchdog regulator organisation organization association
    federation coalition""".split()
)
#: The lower-case word right before a position: "bank" in "investment bank Merrill Lynch".
WORD_BEFORE = re.compile(r"(?<![\w-])([a-z]+)[ \t]+$")
#: A source phrase that opens with the kind of body it names: "investment bank Merrill Lynch".
BODY_LEAD = re.compile(r"(?:[a-z-]+[ \t]+){0,2}(?:" + "|".join(sorted(_BODY_DESCRIPTORS)) + r")[ \t]+[A-Z]")


def body_named_after(body: str, s: int) -> bool:
    """Whether the name at ``s`` follows the common noun for its kind of body ("bank")."""
    m = WORD_BEFORE.search(body, max(0, s - 20), s)
    return (m is not None and m.group(1) in _BODY_DESCRIPTORS) or COMPANY_NOUN_BEFORE.search(
        body, max(0, s - 40), s
    ) is not None


#: Words before a name that say a trade as often as a kind of body ("charter operator Troy
#: Sattler", "filmmaker Ava Lind"; "tour operator Kuoni", "carmaker Renault").
_TRADE_OR_BODY = re.compile(r"(?<![\w-])(?:operator|[a-z]+maker)[ \t]+$")


def _person_by_trade(body: str, items, k: int, j: int) -> bool:
    """Whether the run ``items[k:j]`` after a word like "operator" is a person's name: a given
    name then one or two more words."""
    s0 = items[k][0]
    return (
        j - k in (2, 3)
        and _TRADE_OR_BODY.search(body, max(0, s0 - 20), s0) is not None
        and first_name_gender(body[s0 : items[k][1]]) is not None
    )


_COMPASS = frozenset("North South East West Northern Southern Eastern Western".split())

#: Verbs of saying that open an inverted attribution ("Said Ann Lee, ...").
_INVERTED_CUES = L.INVERTED_CUES


def _common_opening_word(body: str, s: int, e: int) -> bool:
    """A sentence's capitalised first word that the body also writes in lower case and that
    is no first name: an ordinary word before a name ("Top Sanders aides", "Interestingly Blocher")."""
    w = body[s:e]
    if not at_sentence_start(body, s) or not w.isalpha() or w.lower() not in lower_words(body):
        return False
    return first_name_gender(w) is None


def _common_words_name(body: str, items) -> bool:
    """Whether every word of a run is one the body also writes in lower case, none of them a
    given name: a term's capitals ("Monetary System"), no person's name."""
    words = [body[it[0] : it[1]] for it in items]
    if any(is_first_name(w) or not w.isalpha() for w in words):
        return False
    lower = lower_words(body)
    return all(w.lower() in lower for w in words)


@lru_cache(maxsize=4)
def lower_words(body: str) -> frozenset[str]:
    """The words the body writes in lower case."""
    return frozenset(_LOWER_WORD.findall(body))


def at_sentence_start(body: str, p: int) -> bool:
    before = body[max(0, p - 3) : p]
    return p == 0 or before.endswith("\n") or before.rstrip(" \t").endswith((".", "!", "?", "\n")) or not before.strip()


_OCCUPATION_ENDINGS = tuple(o for o in L.OCCUPATIONS if len(o) > 3)  # "Matchwinner" ends in "winner"


#: Words the press puts before a surname to praise or blame: "Hero Pryce", "Ace Dunne".
_EPITHETS = frozenset("hero ace legend villain teen rookie veteran".split())


def _describes_named(body: str, s: int, e: int, surname_item) -> bool:
    """Whether the sentence-opening word at [s, e) describes a person the article already
    named in full with the surname after it ("Robbie Keane ... Matchwinner Keane"): a word
    ending in an occupation or a hyphenated phrase ("Man-of-the-match"), no known first name,
    and an earlier first name with that surname."""
    word = body[s:e]
    before = body[max(0, s - 6) : s].rstrip(" \t\"'’”)")
    opens = s == 0 or not before or before.endswith((".", "!", "?", "\n"))
    if not opens or word.isupper() or (first_name_gender(word) is not None and word.lower() not in _EPITHETS):
        return False
    parts = word.split("-")
    if not (
        word.lower().endswith(_OCCUPATION_ENDINGS)
        or word.lower() in _EPITHETS
        or (len(parts) > 2 and all(p.islower() for p in parts[1:]))
    ):
        return False  # "Malgorzata Kujda": a first name no list knows, not a description
    surname = body[surname_item[0] : surname_item[1]]
    for m in re.compile(r"\b([A-Z][a-z]+)[ \t]+" + re.escape(surname) + r"\b").finditer(body, 0, s):
        if first_name_gender(m.group(1)) is not None:
            return True
    return False


def _participle(word: str) -> bool:
    """A capitalised participle or adjective before a name ("Fuming", "Beleaguered",
    "Defending") that is no known first name."""
    w = word.lower()
    return len(w) >= 6 and w.endswith(("ing", "ed", "ful", "ous")) and first_name_gender(word) is None


def _is_initial(body, it) -> bool:
    if it[2] == ACRONYM and _INITIAL.fullmatch(body, it[0], it[1]) is not None:
        return True
    # "managing director AL Gooneratne": two initials written without their periods, after a role
    return (
        it[2] in (ACRONYM, CONN)
        and it[1] - it[0] == 2
        and body[it[0] : it[1]].isalpha()
        and body[it[0] : it[1]].isupper()
        and (rm := _ROLE_BEFORE_INITIALS.search(body, max(0, it[0] - 40), it[0])) is not None
        # (after a comma, only before a surname alone: "Its secretary, MK Shivashankar,", not the
        # rank of "police spokesman, SP Bolaji Ogunmodede,")
        and ("," not in rm.group(0) or _ONE_NAME_AFTER.match(body, it[1]) is not None)
    )


#: The end of a given name written alone, no surname after it.
_ALONE = r"\b(?![ \t]+[A-Z])"
#: A generation's suffix right after a name: " Jr.", ", Sr".
_SUFFIX_AFTER = re.compile(r",?[ \t]+(?:Jr|Sr|II|III|IV)\b")
#: "the" right before a run.
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
#: A number right after a word: "Local| 418".
_NUMBER_AFTER = re.compile(r"[ \t]+\d")
#: One capitalised word, and no other after it: " |Shivashankar|,".
_ONE_NAME_AFTER = re.compile(r"[ \t]+[A-Z][\w’'-]+(?![\w’'-])(?![ \t]+[A-Z])")
#: A role right before two initials, set off by a comma too: "Its secretary, |MK Shivashankar".
_ROLE_BEFORE_INITIALS = re.compile(r"\b(?:" + "|".join(sorted(L.ROLE_NOUNS)) + r"),?[ \t]+$")


def headline(body: str, pos: int) -> bool:
    """Whether ``pos`` is on a title-case line ("Senator Backs Plan To Cut Taxes")."""
    ls = body.rfind("\n", 0, pos) + 1
    le = body.find("\n", pos)
    words = _WORD.findall(body, ls, le if le >= 0 else len(body))
    if len(words) < 4 or len(words) > 25:
        return False
    small = sum(1 for w in words if w.islower() and len(w) <= 3)
    # the text's first line, set off by a blank one and no sentence, may have more small words:
    # "At a Diner in Steel Country, Mayhew Faces a Heckler and a Roomful of Doubters"
    first_line = ls == 0 and le > 0 and body.startswith("\n\n", le) and body[le - 1] not in ".!?"
    return sum(1 for w in words if w[0].isupper()) >= 0.8 * (len(words) - small) and (
        small <= len(words) // 3 or (first_line and small <= len(words) // 2)
    )


@lru_cache(maxsize=4)
def _running_words(body: str) -> frozenset[str]:
    """Capitalised words the running text uses other than to open a sentence (title-case
    lines left out): the words a name in a headline may have."""
    out = set()
    ls = 0
    while ls <= len(body):
        le = body.find("\n", ls)
        if le < 0:
            le = len(body)
        if not headline(body, ls):
            for m in _CAP_WORD.finditer(body, ls, le):
                if not m.group()[0].isupper() or body[m.start() - 1 : m.start()] in _OPENING_MARKS:
                    continue
                # after a closing quotation mark comes the attribution ("...?" Lee said), so
                # only a stop opens a sentence
                before = body[ls : m.start()].rstrip()
                if before and before[-1] not in ".?!:":
                    out.add(m.group())
        ls = le + 1
    return frozenset(out)


def _headline_name_end(body: str, items, k: int, j: int, running: frozenset[str]) -> int:
    """End of a name in a title-case headline ("Ann Lee Tells Critics ..."): the words after the
    first that the running text also uses ("Lee"), not the verb the headline capitalises after
    it. A name the text never repeats, or whose first word is none, stays whole."""
    first = body[items[k][0] : items[k][1]]
    if first not in running and first_name_gender(first) is None:
        return j  # "The Email That Makes Benghazi Look ...": no name's first word
    end = k + 1
    while end < j and body[items[end][0] : items[end][1]] in running:
        end += 1
    if end - k == 1 and first in running and first_name_gender(first) is None:
        # "Mayhew Faces a Heckler": a surname the text uses, then the headline's verb
        return end
    return end if end - k >= 2 else j


def _particles_then_name(body, items, j) -> bool:
    """Whether ``items[j]`` opens one or two name particles before a surname: "de Macedo",
    "de la Garza", "van der Berg"."""
    t = j
    while t < len(items) and t - j < 2 and items[t][2] == CONN:
        if body[items[t][0] : items[t][1]].lower() not in L.NAME_PARTICLES:
            return False
        t += 1
    return t > j and t < len(items) and items[t][2] == OTHER


def _is_name_item(body, items, j) -> bool:
    """A word of a name: an unlabelled word, or an initial before one ("S. Jaishankar")."""
    it = items[j]
    if it[2] == OTHER:
        return True
    return _is_initial(body, it) and j + 1 < len(items) and _is_name_item(body, items, j + 1)


def _given_tail(body: str, e: int) -> int:
    """End of a lower-case hyphenated given-name part right after ``e`` ("Jae|-myung")."""
    m = _GIVEN_TAIL.match(body, e)
    if m is None or m.group(1) in _COMPOUND_TAILS:
        return e
    return m.end()


def _title_compounds(body, runs) -> None:
    """Relabel hyphenated title words ("Secretary-General", "Vice-Chair") as titles."""
    for items in runs:
        for i, it in enumerate(items):
            if it[2] == OTHER and "-" in body[it[0] : it[1]]:
                parts = body[it[0] : it[1]].lower().split("-")
                if all(p in L.TITLE_WORDS for p in parts):
                    items[i] = (it[0], it[1], TITLE, None)
            elif (
                0 < i < len(items) - 1
                and body[it[0] : it[1]] == "Member"
                and body[items[i - 1][0] : items[i - 1][1]] in _MEMBER_OF
                and items[i + 1][2] in (OTHER, PLACE)
            ):
                items[i] = (it[0], it[1], TITLE, None)  # "City Council Member Mai Chong Vang"
            elif (
                0 < i < len(items) - 1
                and body[it[0] : it[1]] in ("Con", "Cons")
                and body[items[i - 1][0] : items[i - 1][1]].rstrip(".") in ("Det", "Detective", "Police")
            ):
                items[i] = (it[0], it[1], TITLE, None)  # "Det Con Priya Lomax": a detective constable


#: Bodies whose members are styled "<Body> Member <name>".
_MEMBER_OF = frozenset("Council Board Assembly Commission Committee Parliament".split())


#: Plural nouns that often open a sentence as its subject ("Officials said").
_PLURAL_END = re.compile(r"(?:[^su]s)$")


def common_plural(body: str, word: str) -> bool:
    """A capitalised plural common noun ("Leaders", "Analysts"), not a name: known
    as such, or written in lower case elsewhere in the text (plural or singular)."""
    lw = word.lower()
    if word[:1].isupper() and lw.endswith("men") and lw[:-3] + "man" in L.OCCUPATIONS | L.ROLE_NOUNS:
        return True  # "Businessmen polled by Reuters said": an occupation's plural
    if len(word) < 4 or not word[0].isupper() or not word[1:].islower() or not _PLURAL_END.search(word):
        return False
    if lw in L.PLURAL_NOUNS:
        return True
    if _WORD_RUN.fullmatch(lw):
        # One search of the whole body per candidate is quadratic on long bodies, and a pattern
        # per word costs a compile each; a whole [\w-]+ word bounded by non-[\w-] characters is
        # exactly a maximal run, and the body's runs are collected once.
        runs = _word_runs(body)
        return lw in runs or lw[:-1] in runs
    return re.search(r"(?<![\w-])(?:%s|%s)(?![\w-])" % (re.escape(lw), re.escape(lw[:-1])), body) is not None


_WORD_RUN = re.compile(r"[\w-]+")


@lru_cache(maxsize=1)
def _word_runs(body: str) -> frozenset[str]:
    return frozenset(_WORD_RUN.findall(body))


#: Title words that only qualify the title after them ("National Security Adviser"): a
#: single word after one of them is no surname ("Republican National Convention").
_TITLE_MODIFIERS = frozenset(
    """
national state security foreign defence defense interior finance trade economy home justice
energy health education agriculture transport labour labor environment culture economics
affairs european external under vice deputy assistant acting former outgoing incoming board
""".split()
)


def _head_title(body: str, items, k: int) -> bool:
    """Whether the item before ``items[k]`` is a title a person's name may follow."""
    it = items[k - 1] if k > 0 else None
    if it is None:
        return False
    word = body[it[0] : it[1]].lower().rstrip(".")
    if word == "justice" and (
        k == 1 or body[items[k - 2][0] : items[k - 2][1]].lower().rstrip(".") in _JUDGES_COURTESY
    ):
        return True  # "Mr Justice Fairweather", "Justice Okafor": a judge's title, no portfolio
    return word not in _TITLE_MODIFIERS


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by exactly one inserted, deleted or changed letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]


def _swapped(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with two neighbouring letters swapped ("Kudja", "Kujda")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def misspelt_surname(surnames: dict[str, str], word: str, min_edit: int = 6) -> str | None:
    """ "Daveport" for "Davenport", "Kudja" for "Kujda": the one full name whose surname is a
    single typo away (a swap of neighbouring letters, or in longer words one inserted, deleted
    or changed letter). Same first letter, never when two surnames would fit."""
    if len(word) < 5:
        return None
    fits = {
        full
        for sur, full in surnames.items()
        if sur[:1] == word[:1]
        and " " in full
        and (_swapped(sur, word) or len(word) >= min_edit and _one_edit(sur, word))
    }
    return fits.pop() if len(fits) == 1 else None


#: A kind of work written just before its title: "her second album Paper Lanterns", "the novel,
#: Salt Season,". (Not "play", "show" or "book", which are verbs before a person as often.)
_WORK_KINDS = (
    "album single song movie film novel memoir musical opera documentary sitcom podcast EP ballad anthem biopic "
    "painting poem sequel"
).split()
_WORK_BEFORE = re.compile(r"\b(?:" + "|".join(_WORK_KINDS) + r")s?,?[ \t]+$")


def _written_once(body: str, word: str) -> bool:
    """Whether ``body`` has ``word`` as a whole word once only (a plain search, no pattern)."""
    seen = 0
    i = body.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not body[i - 1].isalnum()) and (j == len(body) or not body[j].isalnum()):
            seen += 1
            if seen > 1:
                return False
        i = body.find(word, i + 1)
    return seen == 1


def _a_title(body: str, items) -> bool:
    """A capitalised run opening with a capital "A"/"An" inside a sentence: a title ("A
    Different Story"), never a person, whom no article introduces as "A Tom Ray"."""
    s0, e0 = items[0][0], items[0][1]
    if body[s0:e0] not in ("A", "An"):
        return False
    before = body[max(0, s0 - 3) : s0].rstrip()
    return bool(before) and before[-1] not in ".!?\n“”\"‘’'"


#: The kin words, longest first, for patterns: "daughter-in-law" before "daughter".
_KIN_ALTERNATION = "|".join(sorted(L.KIN_NOUNS, key=len, reverse=True))
#: A relative named by first name only: "his daughter Emily", "said his wife, Sheila".
_KIN_WORD = re.compile(r"\b(?:wife|widow|husband|widower|mother|daughter|sister|brother|father|son)s?\b")
#: A relative named after whose relative they are: "Ms Hosseini’s daughter, ", "Ann Doyle, 41,
#: whose son ".
_POSSESSOR_KIN = re.compile(
    r"(?:\b([A-Z][\w-]+)(?:’s|'s|’|')[ \t]+|\b([A-Z][\w-]+)(?:,[ \t]+\d{1,3})?,[ \t]+whose[ \t]+"
    # "Carol Jennings, who has led the shire since 2019 and whose son Liam": the same clause goes on
    r"|\b([A-Z][\w-]+)(?:,[ \t]+\d{1,3})?,[ \t]+who[ \t][^.;:\n\"“”]{0,120}?[ \t]and[ \t]+whose[ \t]+)"
    r"(?:(?:eldest|elder|older|younger|youngest|only|late)[ \t]+)?"
    r"(?:" + _KIN_ALTERNATION + r"),?[ \t]+$"
)
#: A relative of the person or couple just named, by pronoun: "with their 14-year-old daughter, ".
_PRONOUN_KIN = re.compile(
    r"\b(?:their|his|her)[ \t]+(?:\d{1,3}-year-old[ \t]+)?(?:(?:eldest|elder|older|younger|youngest|only)[ \t]+)?"
    r"(?:" + _KIN_ALTERNATION + r"),?[ \t]+$"
)
#: A sentence opening on a relative of someone, named next: "Ms Hosseini’s daughter, ", "His son ".
_KIN_SUBJECT = re.compile(
    # ("Outside court, Ashworth's mother, Tracey Ashworth, said": after a short scene)
    r"\s*(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,3},[ \t]+)?"
    # ("It was Mr Nunn's son, Lewis, who first raised the alarm": a cleft's focus)
    r"(?:It[ \t]+(?:was|is)[ \t]+)?"
    r"(?:(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?(?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w-]*(?:’s|'s|’|')|[Hh]is|[Hh]er|[Tt]heir)[ \t]+"
    r"(?:(?:eldest|elder|older|younger|youngest|only|late)[ \t]+)?"
    r"(?:" + _KIN_ALTERNATION + r"),?[ \t]+"
)
KIN_BEFORE = re.compile(r"\b(" + _KIN_ALTERNATION + r")s?,?[ \t]+$")
#: A relative described before the name, for the gender only: "Her husband, the potter ".
_KIN_DESCRIBED_BEFORE = re.compile(r"\b(" + _KIN_ALTERNATION + r"),[ \t]+(?:the|a|an)[ \t]+(?:[a-z-]+[ \t]+){1,2}$")
#: An apposition after a name that ends by saying whose relative they are: ", the company's
#: finance chief and Ms. Okonkwo's younger brother," (for the gender only).
_KIN_APPOSED_AFTER = re.compile(
    r",[ \t]+[^,;:\"“”\n]{0,80}?(?:['’]s|\b(?:his|her|their))[ \t]+"
    r"(?:(?:eldest|elder|older|younger|youngest|only|twin|big|little|late)[ \t]+)?("
    + _KIN_ALTERNATION
    + r")(?=[ \t]*[,.;])"
)
#: A relative clause after a name that speaks of the person's own relative: ", who owns a
#: shop with her husband".
_WHO_WITH_OWN_KIN = re.compile(
    r",[ \t]+(?:\d{1,3},[ \t]+)?who[ \t][^.;:\n\"“”]{0,120}?\b(her|his)[ \t]+(" + _KIN_ALTERNATION + r")s?\b"
)
_ROLE_WORDS = L.ROLE_NOUNS | L.OCCUPATIONS
_EMPLOYER_ROLE_WORDS = _ROLE_WORDS | frozenset(
    "chief senior former campaign deputy press communications policy lead vice general executive national "
    "political foreign economic founding long-time longtime".split()
)
_EVENT_WORDS = frozenset(
    "cup cups championship championships trophy prize awards olympics games league tournament festival crown slam".split()
)
_WORK_NOUNS = (
    r"(?:movie|movies|film|films|series|saga|trilogy|franchise|fans|album|show|tour|game|games|episode|sequel|prequel)"
)


def _named_work(body: str, s: int, w: str) -> bool:
    """Whether the title word before ``w`` and ``w`` name a work somewhere in the text
    ("the sixth Star Wars movie"), not a person ("Striker Jones")."""
    m = re.search(r"([A-Z][a-z]+)[ \t]+$", body[max(0, s - 24) : s])
    if m is None:
        return False
    pair = re.escape(m.group(1)) + r"[ \t]+" + re.escape(w)
    return re.search(pair + r"(?:[ \t]+" + _WORK_NOUNS + r"\b|:[ \t]+[A-Z])", body) is not None  # "Star Wars: The ..."


#: A first name introduced as a person: "Jane, who runs the site,", "Jane, 34, ".
_INTRODUCED = re.compile(r",[ \t]+(?:who|\d{1,3},)[ \t]")
#: Words that make the one name before them a person's, a first name a list knows or not:
#: "Nour, a 34-year-old mother of four,", "Moriom, 23, a sewing operator", "Nour (not her real name)".
_INTRODUCED_AS = re.compile(
    r",[ \t]+\d{1,3},[ \t]+(?:an?|the|who|from|of|said|says|told|was|is|has|had)\b"
    r"|,[ \t]+an?[ \t]+(?:\d{1,3}-year-old[ \t]+)?(?:[a-z-]+[ \t]+){0,3}(?:"
    + "|".join(sorted(_PERSON_HEADS | L.KIN_NOUNS, key=len, reverse=True))
    + r")\b"
    r"|[ \t]*\((?:not[ \t]+(?:his|her|their)[ \t]+real[ \t]+name|a[ \t]+pseudonym|name[ \t]+changed)"
)
_CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*[ \t]+$")
#: Words that give the first name after them as a person's: "a server named Kat", "who
#: introduced herself as Kat", "gave her name only as Kat".
INTRODUCED_BEFORE = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Oo]ne)[ \t]+(?:[a-z0-9-]+[ \t]+){0,3}(?:named|called|surnamed)"
    r"|\b(?:introduced|identified)[ \t]+(?:himself|herself|themselves)[ \t]+(?:only[ \t]+)?as"
    r"|\bgave[ \t]+(?:his|her|their)[ \t]+(?:first[ \t]+)?name[ \t]+(?:only[ \t]+)?as"
    # "who asked that only her first name, Marisol, be used", "identified only by her first name, Ana"
    r"|\b(?:only|by)[ \t]+(?:his|her|their)[ \t]+(?:first|given)[ \t]+name,"
    r"|\bidentified[ \t]+only[ \t]+as"
    r"|\bknown[ \t]+only[ \t]+as)[ \t]+$"
)
_DIGIT_AFTER = re.compile(r"[ \t]*\d")
_DATE_BEFORE = re.compile(
    r"(?:\b(?:in|on|of|since|until|till|by|from|to|during|last|next|this|early|late|mid|between|and|or|before|after)"
    r"[ \t]+|[-–]|\d[ \t]+)$",
    re.I,
)


#: A company form or a wire's ticker after a name ("Jacobs Suchard AG", "Hero Lenzburg <HERZ.Z>",
#: whose ticker ``text.blank_tickers`` has left as a run of spaces); not "Co-chairman".
_FORMS = r"(?:Inc|Corp|Co|Cos|Ltd|Plc|PLC|plc|LLC|AG|SA|NV|GmbH|SpA|Bhd|Berhad|Pty|Pte)(?![\w-])"
_COMPANY_FORM_AFTER = re.compile(r",?[ \t]+" + _FORMS + r"| {5,}(?=\S)")
_LOCATIVE_BEFORE = re.compile(r"\b(?:[Aa]t|[Ii]n|[Nn]ear|[Oo]n)[ \t]+$")
#: "the" perhaps with a lower-case word, right before a name: "the remote ".
_THE_ADJ_BEFORE = re.compile(r"\b[Tt]he[ \t]+(?:[a-z-]+[ \t]+)?$")
#: A lower-case landform after a name: " peninsula", " glen".
_GEO_NOUN_AFTER = re.compile(
    r"[ \t]+(?:"
    + "|".join(sorted(L.GEO_TAIL_WORDS | {"glen", "coast", "island", "loch", "estuary", "hills", "moors"}))
    + r")\b"
)
_DIRECTION_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|"
    r"southeast|southwest)[ \t]+of|outside|towards|toward)[ \t]+$"
)
#: A settlement's name after its kind: "the village of ", "the town of ".
_SETTLEMENT_OF_BEFORE = re.compile(
    r"\b(?:village|town|city|hamlet|township|suburb|county|island|province|parish|municipality)[ \t]+of[ \t]+$"
)
#: "at ", "in ", or a list begun after them: "Stores in Wexley, ".
_AT_OR_IN_BEFORE = re.compile(r"\b(?:at|in)[ \t]+(?:(?:[A-Z][\w’'-]*[ \t]+){0,2}[A-Z][\w’'-]*,[ \t]+)?$")
#: A company's form a word or two after a name: " and Co", " Canada Inc".
_FORM_SOON_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w&.-]*){0,2}[ \t]+(?:(?:and|&)[ \t]+Co|Inc|Corp|Co|Ltd|Plc|PLC|LLC|AG|SA|NV)\b"
)
#: A relative clause in which the person just named speaks: ", who said ...".
_WHO_SPOKE = re.compile(
    r",?[ \t]+who[ \t]+(?:also[ \t]+|later[ \t]+)?(?:said|says|told|tells|added|adds|argued|warned|noted|stressed)\b"
)
#: A name's own cue ending its sentence, after an optional apposition: "..., Ann Lee, an
#: adviser to X, said." (quotes._APPOSED_CUE reads the same after a quotation, where a lost
#: comma and a longer tail are safe; here they let a firm named like a person win "he").
_NAME_SPOKE = re.compile(
    r"(?:,[^,;:\"“”\n]{1,100},)?[ \t]+(?:also[ \t]+)?(?:said|says|added|adds|stated|states|announced|announces|"
    r"declared|declares|explained|explains|noted|notes|warned|warns|insisted|insists|predicted|predicts|"
    r"confirmed|confirms|argued|argues)\b"
    r"[^,;:\"“”\n]{0,40}?[.!?]?[ \t\r\n]*$"
)
#: The rest of a partnership's name after a comma: "Goldman, Sachs and Co", "Kidder, Peabody &
#: Co", "Donaldson, Lufkin and Jenrette Inc".
PARTNER_REST = re.compile(
    r",[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:and|&)[ \t]+"
    r"(?:Co\b|[A-Z][a-z]+[ \t]+(?:Inc|Corp|Co|Ltd|Securities|Sons)\b)"
)
#: More of a company's name, then its form: "Middle South| Utilities Inc", "Iowa Beef|
#: Processors Inc".
_ORG_WORD_THEN_FORM = re.compile(r"(?:[ \t]+[A-Z][a-z][\w&-]*){1,2},?[ \t]+" + _FORMS)
#: A pronoun and its verb set off inside a sentence: "The problem with X's film, he believed, was".
_PRONOUN_ASIDE = re.compile(r",[ \t]+(?:he|she)[ \t]+[a-z]+,")
#: Roles written capitalised after a body's name in an apposition: "Lloyds Treasurer".
_APPOSED_ROLE_WORDS = frozenset(
    "treasurer chairman chairwoman president director secretary governor spokesman spokeswoman "
    "manager editor analyst economist minister".split()
)
#: A name and its comma right before: "Alan Moore, ".
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’.-]+,[ \t]+$")
#: A role held in a body, then "of": what follows is the body ("editor of Mac Format").
_ROLE_OF_BEFORE = re.compile(
    r"\b(?:editor|chairman|chairwoman|president|director|head|publisher|member|executive|manager|boss|"
    r"owner|founder|governor)[ \t]+of[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,  # "Director of Public Prosecutions": an office's title capitalised
)
#: A noun for a company right before a name: "housebuilder ", "mortgage lender ".
COMPANY_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?:housebuilder|homebuilder|builder|lender|retailer|firm|company|carrier|airline|"
    r"manufacturer|supermarket|insurer|brokerage|publisher|conglomerate|bank|chain|consortium|giant|"
    r"concern|subsidiary|affiliate|broadcaster|lessor|shipper|exporter|importer|distributor|wholesaler|"
    r"[a-z]*maker)[ \t]+$"
)
#: A company's kind set off right after its name: ", a Winnipeg-based company that", ", the
#: family-owned retailer,".
_COMPANY_APPOSED_AFTER = re.compile(
    r",[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:company|firm|retailer|chain|manufacturer|"
    r"wholesaler|distributor|supplier|conglomerate|consultancy|brokerage|insurer|lender)\b(?!['’]|[ \t]+(?:owner|founder|boss|chief))"
)
#: What may follow a company's name so described: the clause goes on without it ("housebuilder
#: George Wimpey." "..., and"), never a verb it governs ("the firm Ann Lee joined").
_NAME_ENDS_CLAUSE = re.compile(
    r"[ \t]*(?:[,.;:)]|$|and\b|said\b|says\b|reported\b|has\b|have\b|is\b|was\b|will\b)", re.M
)
#: Company forms that may close a run: never a person's last name.
_FORM_LAST_WORDS = frozenset("Spa SpA AG SA NV BV GmbH Inc Corp Ltd Plc PLC plc LLC Limited".split())
#: A word only a bank's or a holding company's name ends with: "First City Bancorp".
_HOLDING_WORD_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(L.HOLDING_WORDS)) + r")\b")
#: ... perhaps after another word or two of the name, or a group's: "Fleet Financial Group".
_GROUP_NAME_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][a-z][\w&-]*){0,2}[ \t]+(?:Group|" + "|".join(sorted(L.HOLDING_WORDS)) + r")\b"
)
_COMPANY_PART_AFTER = re.compile(r"[ \t]+(?:division|subsidiary|unit|affiliate)\b")
_LOWER_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")
#: A role word right before a name, perhaps with the comma of an apposition: "head coach, ".
_ROLE_WORD_BEFORE = re.compile(r"\b([a-z]+)(,)?[ \t]+$")


def written_before(body: str, name: str, after: re.Pattern) -> bool:
    """Whether ``body`` writes ``name`` somewhere with ``after`` matching right after it (a plain
    string search: a pattern built per name would overflow Python's pattern cache)."""
    return written_with(body, name, after) is not None


def written_with(body: str, name: str, after: re.Pattern, not_after: re.Pattern | None = None) -> re.Match | None:
    """The first match of ``after`` right after ``name`` in ``body`` (with ``not_after``: only
    where the name opens a word and ``not_after`` does not end just before it); None if none."""
    i = body.find(name)
    while i >= 0:
        m = after.match(body, i + len(name))
        if m is not None and (
            not_after is None
            or ((i == 0 or not body[i - 1].isalnum()) and not_after.search(body, max(0, i - 40), i) is None)
        ):
            return m
        i = body.find(name, i + 1)
    return None


#: A cue or a verb of a person's right after a lone word: "Parry also revealed", "Molik told".
_LONE_ACTS = re.compile(
    r"(?:[’']s)?[ \t]+(?:(?:also|later|then|again|now|still|had|has|later)[ \t]+)?"
    r"(?:said|says|told|tells|admitted|admits|added|adds|insisted|insists|revealed|reveals|believes|believed|"
    r"explained|explains|stressed|claimed|claims|warned|warns|argued|argues|conceded|concedes|joined|grew)\b"
)


_PERSONAL_AFTER = re.compile(r"[^\n\"“”]{0,160}?\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")


def _lone_speaker_word(body: str, w: str) -> bool:
    """Whether the lone capitalised ``w`` is a person known here by one name (a surname whose
    full name the text lost, "Parry also revealed ... Parry joined Liverpool"): it acts as a
    person does at least twice, is never written in lower case, never runs on into another
    capitalised word, never follows "the", and is no company, body, place word or month."""
    if (
        len(w) < 3
        or not w[1:].islower()
        or w in L.DEMONYMS
        or w.lower() in L.ORG_WORDS
        or w.lower() in L.CAP_STOPWORDS
        or w.lower() in L.WEEKDAYS
        or w.lower() in L.MONTHS
    ):
        return False
    # (the cheap tests first: most capitalised words are written once, and most never act
    # twice as a person does; two whole-word matches are two disjoint occurrences, so a
    # count under two rules them out before any pattern is built)
    if body.count(w) < 2:
        return False
    found = [m.end() for m in re.finditer(rf"\b{re.escape(w)}\b", body)]
    if sum(1 for at in found if _LONE_ACTS.match(body, at)) < 2:
        return False
    if re.search(
        rf"\b{re.escape(w.lower())}\b|\b[Tt]he[ \t]+{w}\b|\b{w}[ \t]+[A-Z]|\d[ \t]+{w}\b|\b{w}[ \t]+(?:\w+[ \t]+)?its\b",
        body,
    ):
        return False
    # a person's pronoun soon after it somewhere: a company says "it"
    return any(_PERSONAL_AFTER.match(body, at) for at in found) and not company_elsewhere(body, w)


def company_elsewhere(body: str, name: str) -> bool:
    """Whether ``body`` writes ``name`` with a company form, a wire's ticker or a noun for a
    part of a company after it somewhere ("Conner Ballan division of ...")."""
    return written_before(body, name, _COMPANY_ELSEWHERE)


#: The five ways ``company_elsewhere`` knows a company by, as one pattern: one scan, not five.
_COMPANY_ELSEWHERE = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (_COMPANY_FORM_AFTER, _COMPANY_PART_AFTER, PARTNER_REST, _ORG_WORD_THEN_FORM, _GROUP_NAME_AFTER)
    )
)


#: A lower-case noun and a comma right before a name set off in apposition: "sister-in-law, ".
_NOUN_COMMA_BEFORE = re.compile(r"\b[a-z][a-z-]+,[ \t]+$")
_MONTH_NAME_CUE_AFTER = re.compile(r",?[ \t]+(?:said|says|told|tells|added|adds|asked|wrote|recalled)\b")
_MONTH_NAME_BEFORE = re.compile(r"(?:\b(?:said|says)|\b[A-Z][a-z]+[ \t]+and)[ \t]+$")


#: Capitalised in a title-case headline, these open a noun phrase, never a name ("Their Night Back").
_POSSESSIVE_DETERMINERS = frozenset("My Your His Her Its Our Their".split())
#: A lower-case word right after a name: "June Pettibone is", not "March Madness 2024".
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")


def _institution_short_form(body: str, name: str) -> bool:
    """Whether the two words of ``name`` are an institution's short name: the article writes
    them before a word for a body ("Granville Memorial Hospital"), never writes the second word
    without the first, and never sets the name off with a description after a comma, as a
    person is ("Sandra Mills, a nurse, set up the Sandra Mills Foundation")."""
    at = body.find(name + " ")
    while at >= 0:
        nxt = body[at + len(name) + 1 : at + len(name) + 40].split(None, 1)
        if nxt and nxt[0][:1].isupper() and nxt[0].strip(",.;:").lower() in L.ORG_WORDS:
            break
        at = body.find(name + " ", at + 1)
    if at < 0:
        return False
    last = name.split()[1]
    for m in re.finditer(rf"\b{re.escape(last)}\b", body):
        if not body.endswith(name[: -len(last)], 0, m.start()):
            return False
    return re.search(re.escape(name) + r",[ \t]+(?:[a-z]|\d)", body) is None


def _elsewhere(body: str, word: str, at: int) -> bool:
    """Whether ``word`` is written after another capitalised word somewhere other than ``at``
    (a surname the article gives another person: "Walt Pettibone")."""
    return any(m.start() != at for m in re.finditer(rf"\b[A-Z][a-z]+[ \t]+{re.escape(word)}\b", body))


def _month_surnames(body: str, runs) -> None:
    """A month or weekday written after a first name is a surname ("Brian May", "Mike Friday");
    the same word alone then names that person too ("May said:", "said Friday") unless a date
    reads it ("in May", "on Friday")."""
    found = set()
    given: set[tuple[str, str]] = set()  # ("June", "Pettibone"): a month read as a given name
    for items in runs:
        # "The club's head coach, Sunday Adewale, who": a weekday that is a given name, set
        # off after a role as a name is (never after "on", "by", "last")
        weekday = (
            len(items) >= 2
            and items[0][2] == STOP
            and items[1][2] == OTHER
            and body[items[0][0] : items[0][1]].lower() in L.WEEKDAYS
            and _DATE_BEFORE.search(body, max(0, items[0][0] - 12), items[0][0]) is None
            and (rm := _ROLE_WORD_BEFORE.search(body, max(0, items[0][0] - 30), items[0][0])) is not None
            and rm.group(1) in _ROLE_WORDS
            and (rm.group(2) is None or body.startswith(",", items[-1][1]))
        )
        if weekday:
            items[0] = (items[0][0], items[0][1], OTHER, None)
            given.add((body[items[0][0] : items[0][1]], body[items[1][0] : items[1][1]]))
        elif (
            len(items) >= 2
            and items[0][2] == STOP
            and items[1][2] == OTHER
            and body[items[0][0] : items[0][1]] in L.FULL_MONTHS
            and first_name_gender(body[items[0][0] : items[0][1]]) is not None
        ):
            rm = _LOWER_WORD_BEFORE.search(body, max(0, items[0][0] - 30), items[0][0])
            if (
                (rm is not None and rm.group(1) in _ROLE_WORDS)
                or _MONTH_NAME_CUE_AFTER.match(body, items[-1][1])
                or _MONTH_NAME_BEFORE.search(body, max(0, items[0][0] - 30), items[0][0])
                # "His sister-in-law, June Hadley, sees": a name set off by commas after a noun
                or (
                    _NOUN_COMMA_BEFORE.search(body, max(0, items[0][0] - 30), items[0][0])
                    and body.startswith(",", items[-1][1])
                )
                # "June Pettibone is pointing at the haze" beside "Walt Pettibone": a sentence
                # opens with the month and a surname the article gives someone else too
                or (
                    len(items) == 2
                    and SENTENCE_OPENS_BEFORE.search(body, max(0, items[0][0] - 4), items[0][0])
                    and _LOWER_AFTER.match(body, items[1][1])
                    and _elsewhere(body, body[items[1][0] : items[1][1]], items[0][0])
                )
            ):
                # "food analyst June Page said", "June Pickens said", "Walter and June Pickens": a
                # month that is a first name opens a name after a role, before a cue, or after a
                # given name and "and"
                items[0] = (items[0][0], items[0][1], OTHER, None)
                given.add((body[items[0][0] : items[0][1]], body[items[1][0] : items[1][1]]))
        for k in range(1, len(items) - 1):
            s, e, lab, _ = items[k]
            if (
                lab == STOP
                and body[s:e] in L.FULL_MONTHS
                and first_name_gender(body[s:e]) is not None
                and items[k + 1][2] == OTHER
                and body[items[k - 1][0] : items[k - 1][1]].lower() in L.TITLE_WORDS
            ):
                items[k] = (s, e, OTHER, None)  # "Councilwoman June Hadley": after a title, a given name
        for k in range(1, len(items)):
            s, e, lab, _ = items[k]
            w = body[s:e]
            if (
                lab == STOP
                and (w in L.FULL_MONTHS or w.lower() in L.WEEKDAYS)
                and items[k - 1][2] == OTHER
                and first_name_gender(body[items[k - 1][0] : items[k - 1][1]]) is not None
                and not _DIGIT_AFTER.match(body, e)
            ):
                items[k] = (s, e, OTHER, None)
                found.add(w)
    if given:
        months = {m for m, _ in given}
        for items in runs:
            s0, e0, lab, _ = items[0]
            if lab != STOP or body[s0:e0] not in months:
                continue
            if (len(items) >= 2 and (body[s0:e0], body[items[1][0] : items[1][1]]) in given) or (
                len(items) == 1 and _MONTH_NAME_CUE_AFTER.match(body, e0)
            ):
                # once "June Pettibone" is a name, "Back on the porch, June Pettibone folds"
                # and "June says" are her too
                items[0] = (s0, e0, OTHER, None)
    if not found:
        return
    for items in runs:
        for k, (s, e, lab, _) in enumerate(items):
            if (
                lab == STOP
                and body[s:e] in found
                and not _DIGIT_AFTER.match(body, e)
                and not _DATE_BEFORE.search(body, max(0, s - 12), s)
            ):
                items[k] = (s, e, OTHER, None)


def _first_names_to_full(ppl) -> None:
    """A person first met by first name only ("His wife Sharon") is the one full name the
    article gives with that first name ("Sharon Osbourne"), when there is exactly one."""
    # (a name given to either sex too: "Kerry quits in tears" over "Kerry Maddox has quit")
    singles = {
        m.name
        for m in ppl.mentions
        if " " not in m.name and (first_name_gender(m.name) is not None or is_first_name(m.name))
    }
    if not singles:
        return
    fulls = {m.name for m in ppl.mentions if " " in m.name}
    for name in singles:
        match = [f for f in fulls if f.split()[0] == name]
        if len(match) != 1:
            continue
        _rename(ppl, name, match[0])


#: Someone's relative, unnamed: "Neil’s |daughter|", "his wife".
_OWNED_KIN = re.compile(r"(?:['’]s|\b(?:[Hh]is|[Hh]er|[Tt]heir))[ \t]+(" + _KIN_ALTERNATION + r")\b")
#: Parties by every name they go by ("Plaid Cymru", "Lib Dems"): never a person.
_PARTY_NAMES = frozenset(L.PARTY_ALIASES) | frozenset(a for al in L.PARTY_ALIASES.values() for a in al)
#: Siblings by their family name: "the Pennock twins", "the Haddad brothers".
#: (a headline drops the article: "Cordero sisters win state titles")
_FAMILY_GROUP = re.compile(
    r"(\b[Tt]he[ \t]+)?\b(?!The\b)([A-Z][a-z][\w’'-]+)[ \t]+(?:twins|brothers|sisters|siblings)\b"
)


def _family_names_first(ppl, body: str) -> None:
    """ "Lim" alone after "Tan Sri Lim Kok Seng": a family name written first (Chinese, Korean,
    Vietnamese, Hungarian order) opens exactly one three-word name, no known given name, and ends
    none; that person. When it opens several ("Madam Goh Siew Peng" and her son "Mr Goh Wei
    Jie"), a title that says a gender ("Madam Goh", "Mr Goh") points to the one introduced
    with a title of that gender, if only one was."""
    singles = {m.name for m in ppl.mentions if " " not in m.name}
    if not singles:
        return
    fulls = {m.name for m in ppl.mentions if " " in m.name}
    for name in singles:
        match = [f for f in fulls if len(f.split()) == 3 and f.split()[0] == name]
        if not match or any(f.split()[-1] == name for f in fulls):
            continue
        if len(match) == 1:
            if first_name_gender(name) is None:
                _rename(ppl, name, match[0])
            continue
        # (a family name that is also a given name elsewhere, "Goh", is told apart by title)
        by_gender: dict[str, list[str]] = {}
        for f in match:
            genders = {_title_gender_before(body, m.start) for m in ppl.mentions if m.name == f} - {None}
            if len(genders) == 1:
                by_gender.setdefault(genders.pop(), []).append(f)
        for i, m in enumerate(ppl.mentions):
            if m.name == name:
                told = by_gender.get(_title_gender_before(body, m.start) or "", [])
                if len(told) == 1:
                    ppl.mentions[i] = Mention(m.start, m.end, told[0], m.in_quote)


#: Titles that say their holder's gender.
_GENDERED_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "madame": "f", "mdm": "f", "mme": "f"}


def _title_gender_before(body: str, s: int) -> str | None:
    """The gender the title right before ``s`` says ("Madam Goh": "f"), or None."""
    tm = _TITLE_RIGHT_BEFORE.search(body, max(0, s - 10), s)
    return _GENDERED_TITLES.get(tm.group(1).lower()) if tm is not None else None


def _quoted_sign_offs(ppl, body: str) -> None:
    """ "Always Team Kayla xx", written only inside quotations, ending with the given name of
    someone the article names outside them ("Kayla Morrow"), is that person, not another
    person whose surname is Kayla: its first word is no given name."""
    fulls = {m.name for m in ppl.mentions if " " in m.name}
    # written outside a quotation: names the writer uses
    outside = {f for f in fulls if any(not ppl.in_quote(i) for i in _occurrences(body, f))}
    for full in fulls - outside:
        words = full.split()
        if is_first_name(words[0]):
            continue
        given = [g for g in outside if g.split()[0] == words[-1]]
        if len(given) != 1:
            continue
        _rename(ppl, full, given[0])
        for w, f in list(ppl.surnames.items()):
            if f == full:
                ppl.surnames[w] = given[0]


def _occurrences(body: str, name: str):
    i = body.find(name)
    while i >= 0:
        yield i
        i = body.find(name, i + 1)


def _employer_surnames(ppl) -> None:
    """ "Elders O'Neill said" after "William O'Neill, coffee analyst with Elders Futures": a word
    that is no given name, which the article also uses elsewhere, before the surname of a person
    it named in full earlier is that person's employer: the person is the same."""
    body = ppl.body
    first_at: dict[str, int] = {}
    for m in ppl.mentions:
        first_at.setdefault(m.name, m.start)
    for name, at in list(first_at.items()):
        words = name.split()
        if len(words) != 2:
            continue
        full = ppl.surnames.get(words[1])
        if (
            full is None
            or full == name
            or first_at.get(full, at) >= at
            or not is_first_name(full.split()[0])  # a person's full name, not "Machines Bull"
            or is_first_name(words[0])
            or body.count(words[0]) < 2
            # (the employer's name goes on elsewhere, "Elders Futures"; "Vy said", "Vy
            # translated" are a given name no list knows, alone)
            or not re.search(rf"\b{re.escape(words[0])}[ \t]+(?!{re.escape(words[1])}\b)[A-Z]", body)
        ):
            continue
        _rename(ppl, name, full)


def _employers_before_roles(ppl) -> None:
    """ "according to Smith Barney livestock analyst Tom O'Hare": a name with no given name,
    right before lower-case role words and another person's name, is that person's employer,
    a firm named after people, not a person (the mention goes; the name stays a person where
    the article uses it so elsewhere)."""
    body = ppl.body
    starts = {m.start for m in ppl.mentions}
    drop = set()
    for i, m in enumerate(ppl.mentions):
        if is_first_name(m.name.split()[0]):
            continue
        rm = _ROLE_WORDS_THEN_NAME.match(body, m.end)
        if rm is not None and rm.end() in starts and rm.group(1) in _ROLE_AND_TRADE:
            drop.add(i)
    if drop:
        gone = [ppl.mentions[i] for i in drop]
        ppl.mentions[:] = [m for i, m in enumerate(ppl.mentions) if i not in drop]
        # its words may name the employer now
        ppl.spans = {sp for sp in ppl.spans if not any(g.start <= sp[0] and sp[1] <= g.end for g in gone)}


#: Lower-case words ending in a role, then the name they introduce: " livestock analyst ".
_ROLE_WORDS_THEN_NAME = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+){0,3}?([a-z-]+)[ \t]+(?=[A-Z])")
_ROLE_AND_TRADE = L.ROLE_NOUNS | L.OCCUPATIONS


def _rename(ppl, name: str, full: str) -> None:
    """Make every mention of ``name`` one of ``full``, its role going with it."""
    ppl.mentions[:] = [Mention(m.start, m.end, full, m.in_quote) if m.name == name else m for m in ppl.mentions]
    if ppl.roles.get(name) and not ppl.roles.get(full):
        ppl.roles[full] = ppl.roles[name]
    ppl.roles.pop(name, None)


def learn_genders(ppl: People, sentences: list[tuple[int, int]]) -> None:
    """The text's own pronouns outweigh a first name's usual gender ("Eppie" is a woman's
    name in the article that says so): a subject pronoun later in a sentence that opens with
    one person's name and names no one else, or opening the sentence after one, is evidence of
    that person's gender. Two or more
    such pronouns of one gender and none of the other, against a first name's guess alone, make
    the gender unknown (equal evidence that disagrees), so the pronoun may find them."""
    body = ppl.body
    if not ppl.mentions or not sentences:
        return
    votes: dict[str, list[int]] = {}
    prev_subject: str | None = None
    k = 0
    for ss, se in sentences:
        names = []
        while k < len(ppl.mentions) and ppl.mentions[k].start < se:
            m = ppl.mentions[k]
            if m.start >= ss and not m.in_quote:
                names.append(m)
            k += 1
        start = _BLANK_LEAD.match(body, ss, se).end()
        # the sentence is about one person it opens with ("Eppie attributes ...")
        subject = (
            names[0].name
            if names
            and names[0].start == start
            and len({m.name for m in names}) == 1
            and not _POSSESSIVE_AT.match(body, names[0].end)  # "Harry Caray's widow ... she"
            else None
        )
        carried = None
        for pm in _SUBJECT_PRONOUN.finditer(body, ss, se):
            if ppl.in_quote(pm.start()):
                continue
            if subject is not None and pm.start() > names[0].end:
                who = subject  # "Eppie isn't slowing down as she approaches 80"
            elif pm.start() == start and (not names or names[0].start > pm.start()):
                who = prev_subject  # "Eppie attributes ... . She grew up ..."
            elif not names and _QUOTE_THEN.fullmatch(body, ss, pm.start()) is not None:
                # "Beryl Sprinkel said ... . “...,” he told the meeting.": the quotation goes on
                # from the one the sentence before opened with, and so may the next
                who = carried = prev_subject
            else:
                continue
            if who is not None:
                v = votes.setdefault(who, [0, 0])
                v[pm.group(0).lower() == "she"] += 1
        prev_subject = subject if subject is not None else carried
    for m in ppl.mentions:
        if not m.in_quote and ppl.gender_of(m.name) is None:
            km = _AND_OWN_KIN.match(body, m.end)
            if km is not None and not ppl.named_in(m.end, km.start(1)):
                # "Adeola Bakare (31), a nurse, and her husband Tunde": whose husband says her sex
                ppl.note_gender(m.name, pronoun_gender(km.group(1)), 0)
    for name, (he, she) in votes.items():
        g = ppl.gender.get(name)
        if g is None or g[1] > 1 or g[0] is None:
            continue  # no guess to correct, or a title's evidence, which the text does not outweigh
        said = "f" if she >= 2 and he == 0 else "m" if he >= 2 and she == 0 else None
        if said is not None and said != g[0]:
            ppl.note_gender(name, said, 1)


_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
#: A name's own relative joined to it: " (31), a nurse, and her| husband".
_AND_OWN_KIN = re.compile(
    r"(?:[ \t]*\(\d{1,3}\))?(?:,[^,.;:()\n]{1,80},)?[ \t]+and[ \t]+(her|his)[ \t]+(?:" + _KIN_ALTERNATION + r")\b"
)
#: A sentence that is a quotation up to the pronoun after it: '“...,” he said'.
_QUOTE_THEN = re.compile(r"\s*[\"“][^\"“”]*[\"”],?[ \t]*")
_BLANK_LEAD = re.compile(r"[\s“\"'‘(_*-]*")


#: A courtesy title and the capitalised word after it: "Mr. Cardinal", "Ms Bishop".
_COURTESY_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])")  # not "Mr Justice Eady"


def _courtesy_surnames(body: str, runs) -> None:
    """A word for a rank or a trade that the article also writes after "Mr." is a surname
    there ("Mr. Cardinal"): in a run after a first name ("Douglas Cardinal") and after the
    courtesy title it is read as a name, not a title (the first name too, when it is also a
    town)."""
    words = {m.group(1) for m in _COURTESY_NAME.finditer(body)}
    if not words:
        return
    found = []  # (items, k, the word before is a first name)
    named = set()  # the words also written after a first name: surnames ("Mr Speaker" alone is not)
    for items in runs:
        for k, (s0, e0, lab, _ent) in enumerate(items):
            if lab != TITLE or k == 0 or body[s0:e0] not in words:
                continue
            prev = items[k - 1]
            pw = body[prev[0] : prev[1]]
            first = prev[2] in (OTHER, PLACE) and first_name_gender(pw) is not None
            if first:
                named.add(body[s0:e0])
            if first or pw.rstrip(".").lower() in _COURTESY:
                found.append((items, k, first))
    for items, k, first in found:
        s0, e0 = items[k][:2]
        if body[s0:e0] not in named:
            continue
        items[k] = (s0, e0, OTHER, None)
        prev = items[k - 1]
        if first and prev[2] == PLACE:
            items[k - 1] = (prev[0], prev[1], OTHER, None)


#: What ends a sentence right before the word that opens the next: the text's start, ". ", '." ',
#: a paragraph break.
SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|\n|[.!?][\"”’']?[ \t]+)[ \t]*$")


def _epithets(body: str, runs) -> None:
    """A word that opens a sentence before the given name of someone the article names in full
    is an epithet, no part of the name: "Heartbroken Doreen said:" is Doreen Pickles (a
    tabloid's adjective, capitalised only by its place), unless it is a given name itself."""
    given: set[str] = set()
    for items in runs:
        for k in range(len(items) - 1):
            w = body[items[k][0] : items[k][1]]
            if items[k][2] == OTHER and items[k + 1][2] == OTHER and first_name_gender(w) is not None:
                given.add(w)  # ("Widow Doreen Pickles": after an epithet too)
    if not given:
        return
    for items in runs:
        if len(items) != 2 or items[0][2] != OTHER or items[1][2] != OTHER:
            continue
        w0, w1 = body[items[0][0] : items[0][1]], body[items[1][0] : items[1][1]]
        if (
            w1 in given
            and w0[1:].islower()
            and not is_first_name(w0)
            and body.count(w0) == 1
            and SENTENCE_OPENS_BEFORE.search(body, max(0, items[0][0] - 4), items[0][0])
        ):
            items[0] = (items[0][0], items[0][1], STOP, None)


def _in_brackets(body: str, s: int, e: int) -> bool:
    """Whether ``[s, e)`` lies inside round brackets on its line."""
    lo = max(body.rfind("\n", 0, s), s - 120)
    op = body.rfind("(", lo, s)
    if op < 0 or body.rfind(")", op, s) >= 0:
        return False
    cl = body.find(")", e, e + 120)
    return cl >= 0 and body.find("\n", e, cl) < 0


def _modifies_a_name(body: str, items) -> bool:
    """Whether a run of capitalised words, none a first name or title, stands before a role and
    another name as their modifier ("Double Olympic champion Kelly Holmes", "Aston Villa boss
    David Lee"): a club, a team or a description, not a person."""
    if any(it[2] != OTHER for it in items):
        return False
    first = body[items[0][0] : items[0][1]]
    if first_name_gender(first) is not None:
        return False  # "Tony Blair aide Sally Morgan": a person named as the employer
    em = _EMPLOYER_OF.match(body, items[-1][1])
    return em is not None and em.group(2) in _ROLE_WORDS and all(w in _EMPLOYER_ROLE_WORDS for w in em.group(1).split())


def _given_name_after_office(body: str, items, k: int, n: int) -> int | None:
    """Where the name starts in a run whose office goes on past "of the" ("Chancellor of the
    Exchequer Nigel Lawson", "President of the Harbour Board Ida Brenner"): the first word
    with a given name's gender after ``k`` that one or two more words end, when no word before
    it is a given name; None when there is none."""
    for j in range(k, min(n - 1, k + 6)):
        w = body[items[j][0] : items[j][1]]
        if items[j][2] not in (OTHER, ORG, TITLE, CONN, PLACE):
            return None
        if j > k and first_name_gender(w) is not None and n - j - 1 in (1, 2):
            return j if all(it[2] == OTHER for it in items[j:n]) else None
        if is_first_name(w):
            return None
    last = body[items[n - 1][0] : items[n - 1][1]]
    if n - 1 > k and items[n - 1][2] == OTHER and re.search(rf"(?<![\w-]){re.escape(last)}[ \t]+{_SAY_FORMS}\b", body):
        # "Minister of Mines and Energy Subroto" ... "Subroto said": one name, written alone
        # with a cue elsewhere, after the office's words
        return n - 1
    return None


def _given_names_to_full(ppl) -> None:
    """A name of two or more words that opens exactly one longer name in the article is that
    person ("Abu Hassan" after "Abu Hassan Omar"): the given names without the family name;
    so is one that ends exactly one longer name ("Van Gundy" after "Jeff Van Gundy"): a
    family name of two words."""
    names = {m.name for m in ppl.mentions}
    multi = [n.split() for n in names if " " in n]
    running_names = {m.name for m in ppl.mentions if not headline(ppl.body, m.start)}
    for name in [n for n in names if " " in n]:
        words = name.split()
        longer = [w for w in multi if len(w) > len(words) and w[: len(words)] == words]
        if not longer:
            longer = [w for w in multi if len(words) < len(w) <= len(words) + 2 and w[-len(words) :] == words]
            # a headline's run of title-case words ("Chris Christie Calls Hillary Clinton") is
            # no fuller name of anyone
            # no fuller name of anyone, nor is "Zika Virus Chris Christie": the words before must
            # open with a given name ("Jeff Van Gundy", "Mario Vargas Llosa")
            longer = [w for w in longer if " ".join(w) in running_names and is_first_name(w[0])]
        if len(longer) != 1:
            continue
        _rename(ppl, name, " ".join(longer[0]))


#: How far back (characters) a pronoun may take the person an earlier same pronoun resolved to.
_CHAIN_REACH = 1500
#: A cue in the narrative between two pronouns: someone may have spoken in between.
_CHAIN_CUE = re.compile(r"\b(?:said|says|told|tells|added|adds)\b")
#: The cue's subject is a pronoun: "he said", "she also told".
_SAME_PRONOUN_CUE = re.compile(r"\b(?:[Hh]e|[Ss]he)[ \t]+(?:(?:also|later|then|has|had)[ \t]+)?$")
#: A described, unnamed person: "the woman", "a local man", "one spokeswoman", "a 67-year-old
#: woman standing at the edge of".
DESCRIBED_PERSON = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat)[ \t]+(?:[a-z0-9’'-]+[ \t]+){0,2}?([a-z]+)\b"
)
#: A lower-case word right before a name: "Local mum |Jess Tran".
_GENDER_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")
#: A cue right before a name, perhaps with lower-case role words: ", said analyst ".
_CUE_RIGHT_BEFORE = re.compile(r"\b(?:said|says|added|adds)[ \t]+((?:[a-z][a-z-]*[ \t]+){0,3})$")
#: A paragraph that goes on with the one before: it opens with a quotation or "He"/"She".
_GOES_ON = re.compile(r"[\"“]|(?:He|She)\b")
#: A cue right after a name: " said", " also added".
_CUE_RIGHT_AFTER = re.compile(
    # ("Ann Lee, the chief economic adviser, predicted": past an apposition, a cue of saying or predicting)
    r"(?:[ \t]+|,[ \t]+(?:the|a|an)[ \t]+[^,;:\"“”\n]{3,80},[ \t]+)(?:also[ \t]+)?"
    r"(?:said|says|added|adds|predicted|predicts|forecast|forecasts|warned|warns|told|tells)\b"
)
#: Linking words that open a sentence before its subject's name ("But", "Meanwhile").
_LEAD_LINKS = frozenset(
    "but and yet so meanwhile however then also still now indeed although though while whereas when because".split()
)
#: Surnames spelt like an English pronoun (He, She: Chinese family names).
_PRONOUN_SURNAMES = frozenset(("He", "She"))
#: A role in apposition (any case: "Washington representative of") or a cue after a name.
_SET_OFF_AS_PERSON = re.compile(
    r",[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[\w-]+[ \t]+){0,3}(?:" + _ROLE_WORD_ALTERNATION + r")\b"
    r"|[ \t]+(?:said|says|told|tells|added|adds)\b"
)


#: The Arabic article on a surname: "al-Oteiba" is later "Oteiba" or "Al-Oteiba".
_ARTICLE_PREFIX = re.compile(r"(?:[Aa]l|[Ee]l)-(?=[A-Z])")


#: A Chinese given name written with a hyphen and a lower-case second syllable, closing a name:
#: "Wai-kit", "Ka-yan" (not a double-barrelled surname, "Mensah-Bonsu").
_CHINESE_GIVEN = re.compile(r"[ \t][A-Z][a-z]{1,4}-[a-z]{2,5}$")


def _surname_forms(last: str) -> list[str]:
    """How a surname may be written alone: as printed, and for "al-Oteiba" also "Oteiba",
    "Al-Oteiba" (sentence-initial) and "al-Oteiba"."""
    m = _ARTICLE_PREFIX.match(last)
    if m is None:
        return [last]
    bare = last[m.end() :]
    article = m.group(0)[:-1].lower()
    return [last, bare, f"{article.capitalize()}-{bare}", f"{article}-{bare}"]


#: A monarch's or pope's title right before a single name: "King Haddad", "Crown Prince Hassan".
_ROYAL_BEFORE = re.compile(r"\b(?:King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Pope)[ \t]+$")


def _names_opening_with(ppl, word: str, before: int) -> list[str]:
    """The full names first given before ``before`` whose first word is ``word``, first seen first."""
    return [f for f, at in ppl.first.items() if at < before and " " in f and f.split()[0] == word]


def _calls_by_given_name(ppl, body: str) -> bool:
    """Whether the article calls people by their given names, never by their surnames: two or
    more full names whose first word stands alone somewhere ("Girma, 58, said", "Mr Dawit said")
    and none whose last word does (Ethiopian, Icelandic, Thai and Indonesian manners, where
    the name after the given one is a father's, or there is none). Words shared by two full
    names say nothing either way."""
    fulls = [f for f in ppl.roles if " " in f]
    count: dict[str, int] = {}
    for f in fulls:
        for w in {f.split()[0], f.split()[-1]}:
            count[w] = count.get(w, 0) + 1
    given = 0
    for f in fulls:
        parts = f.split()
        first, last = parts[0], parts[-1]
        if count[first] > 1 or count[last] > 1 or not first[:1].isupper():
            continue
        # (a word written no more often than the full name is never written alone: no pattern needed)
        written = body.count(f)
        if body.count(first) > written and _given_name_alone(body, f):
            given += 1
        if body.count(last) > written and re.search(r"(?<![\w’'-])" + re.escape(last) + r"\b", body.replace(f, "")):
            return False  # "Mr Abebe", "Abebe said": surnames are used here
    return given >= 2


def _given_name_alone(body: str, full: str) -> bool:
    """Whether the article calls ``full`` by the given name alone ("Karim" for Karim Haddad)."""
    parts = full.split()
    if len(parts) < 2:
        return False
    return re.search(r"\b" + re.escape(parts[0]) + r"\b(?![ \t]+" + re.escape(parts[1]) + r")", body) is not None


#: An office's portfolio listed with commas up to a run: "Minister for Environment, Forest and ".
_PORTFOLIO_LIST_BEFORE = re.compile(
    r"\b(?:Minister|Ministry|Secretary|Department|Commissioner)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*(?:,[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)*"
    r"(?:,?[ \t]+(?:and|&)[ \t]+|(,[ \t]+))$"
)


def _body_of_before(body: str, items, end: int) -> bool:
    """Whether ``items[:end]`` name a body by what it is of or for, with no break since: "the
    Department of Health", "Ministry for Housing", so that words joined on by "and" are more
    of its name."""
    for x in range(end - 2, -1, -1):
        word = body[items[x + 1][0] : items[x + 1][1]]
        if items[x][2] == ORG and items[x + 1][2] == CONN and word in ("of", "for"):
            return True
        if items[x + 1][2] == CONN and word not in ("of", "for", "and", "&"):
            return False
    return False


#: The last word of a street's name: "Orchard Lane", "Tolliver Road".
_STREET_WORDS = frozenset(
    "Road Street Lane Avenue Drive Boulevard Crescent Terrace Close Way Court Place Row Parkway Highway Mews".split()
)
#: "The elder Tran", "the younger Dunmore": one of two people sharing a name.
_ELDER_BEFORE = re.compile(r"\b[Tt]he[ \t]+(elder|older|younger)[ \t]+$")
#: A family's elder or younger by a suffix after the surname: " Snr", " Jnr".
_SENIOR_AFTER = re.compile(r"[ \t]+(?:(Snr|Sr)|Jnr|Jr)\b\.?")
#: A person's parents and children, as a clause about them names them: "who succeeded his father".
_PARENT_WORDS = frozenset("father mother dad mum mom".split())
_CHILD_WORDS = frozenset("son daughter".split())
#: The same with a courtesy title after it: "the elder Mr ".
_ELDER_TITLED_BEFORE = re.compile(r"\b[Tt]he[ \t]+(elder|older|younger)[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?$")
#: The last word of a district's name: "Lwamisa East", "Kalera Central", "Bukalasa District".
#: The last word of an area's name that no surname is: "Harlow Township", "Kalera District".
_AREA_WORDS = frozenset("District County Province Constituency Municipality Borough Parish Township".split())
_COMPASS_WORDS = _AREA_WORDS | frozenset(
    "North South East West Central Northeast Northwest Southeast Southwest Ward Division Region".split()
)
#: A seat's holder, then the seat: "the MP for ", "Member for the ", "TD for ".
_SEAT_BEFORE = re.compile(
    r"\b(?:MPs?|MLAs?|MSPs?|MPPs?|MNAs?|TDs?|[Tt]he[ \t]+[Mm]ember)[ \t]+for[ \t]+(?:the[ \t]+)?$"
)
#: Words before a district: "the MP for Lwamisa East", "voters in Kalera North".
_REGION_BEFORE = re.compile(r"\b(?:for|of|in|from|representing)[ \t]+$")
#: Words before an address: "lives on Harmon Street" (not "of": "the assessment of Graham Lane").
_ADDRESS_BEFORE = re.compile(r"\b(?:[Oo]n|[Aa]t|[Ii]n|[Aa]long|[Oo]ff|[Nn]ear)[ \t]+$")


def _without_address(body: str, items):
    """``items`` without the street that ends them ("Janice Pruitt of Orchard Lane" -> "Janice
    Pruitt"): a street's name is no person's, whatever surname its last word also is. A name
    whose first word is a given name is a person's unless an address's preposition comes
    before it ("Glenn Close said", but "lives on Abbey Road")."""
    if len(items) < 2:
        return items
    last = body[items[-1][0] : items[-1][1]]
    if last in _COMPASS_WORDS:
        x = len(items) - 1
        while x > 0 and items[x - 1][2] != CONN:
            x -= 1
        if (
            len(items) - x >= 2
            # ("Harlow Township": a given name before an area's word is no person's either)
            and (last in _AREA_WORDS or not is_first_name(body[items[x][0] : items[x][1]]))
            and (
                body[items[x - 1][0] : items[x - 1][1]] in ("for", "of", "in", "from")
                if x > 0
                # ("Calloway County, a stretch of hollows,": an area's name anywhere)
                else last in _AREA_WORDS
                or _REGION_BEFORE.search(body, max(0, items[0][0] - 16), items[0][0]) is not None
            )
        ):
            # "the MP for Lwamisa East": a constituency, whatever "Kanye West" is
            return items[: max(0, x - 1)]
    # ("Jolene Pettiford of Baxter Springs": a town named for a natural feature, after "of")
    town = last.lower() in L.GEO_TAIL_WORDS
    if last not in _STREET_WORDS and not town:
        return items
    x = len(items) - 2
    while x > 0 and items[x - 1][2] != CONN:
        x -= 1
    if items[x][2] == CONN:
        return items
    if x > 0:
        if body[items[x - 1][0] : items[x - 1][1]] not in ("of", "on", "at", "in", "off"):
            return items
        return items[: x - 1]
    if town:
        return items
    if (
        _ADDRESS_BEFORE.search(body, max(0, items[0][0] - 8), items[0][0])
        or not is_first_name(body[items[0][0] : items[0][1]])
        # ("On Bayshore Drive, a man stood": the preposition opening the sentence, in the run)
        or (items[0][2] == STOP and _ADDRESS_BEFORE.match(body[items[0][0] : items[0][1]] + " "))
    ):
        return []
    return items


#: A parent or a child named right after the word for them, perhaps with a second role between
#: ("Her son and assistant trainer, Ollie Gosforth").
_PARENT_BEFORE = re.compile(
    r"\b(?:father|mother|dad|mum|mom|grandfather|grandmother|patriarch|matriarch)"
    r"(?:(?:[ \t]+and[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z-]+)?,?[ \t]+"
    # "His father, company chairman T.S. Raghavendran": an office and initials between
    r"(?:[a-z-]+[ \t]+){0,3}(?:(?:[A-Z]\.){1,3}[ \t]*)?"
    # "Her dad is Lakeview head coach Dale Hutchins": the office between
    r"|[ \t]+(?:is|was)[ \t]+(?:[\w-]+[ \t]+){0,3})$"
)
_CHILD_BEFORE = re.compile(
    r"\b(?:son|daughter|grandson|granddaughter|nephew|niece)(?:[ \t]+and[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z-]+)?,?[ \t]+$"
)
_AGE_AFTER = re.compile(r",[ \t]+(\d{1,3}),")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old[ \t]+$")


#: Whose child or parent a name is, in apposition after it: ", the chairman's son".
_KIN_AFTER = re.compile(r",[ \t]+(?:the|his|her|their)[ \t]+(?:[\w’'-]+[ \t]+){0,2}?(son|daughter|father|mother)\b")


def _elder_or_younger(ppl: People, body: str, names: list[str], s: int, elder: bool) -> str:
    """Which of two people sharing a name "the elder" (or "the younger") at ``s`` is: by the
    ages the article gives them, else by who is introduced as whose parent or child, else the
    one not named last."""

    def age(f: str) -> float | None:
        first = ppl.first[f]
        # (at any mention: "Officer Vanderpool’s father, Gene, ... Gene Vanderpool said")
        later = (
            m.start
            for m in ppl.mentions
            if m.name == f
            and m.start != first
            and m.start < s
            and body[m.start : m.end].lower() == f.lower()
            # (not another of the name: "His son, Harlan Voss Jr.")
            and not _SUFFIX_AFTER.match(body, m.end)
        )
        for at in [first, *later]:
            if _PARENT_BEFORE.search(body, max(0, at - 50), at):
                return 1000.0
            if _CHILD_BEFORE.search(body, max(0, at - 50), at):
                return -1000.0
        given = re.escape(f.split()[0])
        if len({n.split()[0] for n in names}) == len(names):
            # (a given name only one of them has: not "Harlan Voss Sr." and "His son, Harlan Voss Jr.")
            if re.compile(r"\b(?:father|mother|dad|mum|mom),?[ \t]+" + given + _ALONE).search(body, 0, s):
                return 1000.0  # "Officer Vanderpool’s father, Gene, a retired deputy,": by his given name
            if re.compile(r"\b(?:son|daughter),?[ \t]+" + given + _ALONE).search(body, 0, s):
                return -1000.0
        at = ppl.first[f]
        written = body[at : at + len(f)].lower() == f.lower()
        km = _KIN_AFTER.match(body, at + len(f)) if written else None
        if km is not None:  # "Edmond Cheung Ka-chun, the chairman's son,"
            return -1000.0 if km.group(1) in ("son", "daughter") else 1000.0
        cm = _WHO_WITH_OWN_KIN.match(body, at + len(f)) if written else None
        if cm is not None and cm.group(2) in _PARENT_WORDS | _CHILD_WORDS:
            # "Reid Tolliver, who succeeded his father as CEO in 2022,": his father's child
            return 1000.0 if cm.group(2) in _CHILD_WORDS else -1000.0
        for mn in ppl.mentions:
            # the age any full mention gives: "Cody Vane, 29,", "24-year-old Travis Vane"
            if mn.name != f or body[mn.start : mn.end].lower() != f.lower():
                continue
            m = _AGE_AFTER.match(body, mn.end) or _AGE_BEFORE.search(body, max(0, mn.start - 14), mn.start)
            if m is not None:
                return float(m.group(1))
        return None

    a, b = age(names[0]), age(names[1])
    if a is None and b is not None and abs(b) == 1000.0:
        a = 0.0  # only one is introduced as the other's parent or child
    if b is None and a is not None and abs(a) == 1000.0:
        b = 0.0
    if a is not None and b is not None and a != b:
        older = names[0] if a > b else names[1]
        return older if elder else next(f for f in names if f != older)
    last = max(
        (m.start, m.name)
        for m in ppl.mentions
        # (named: "Her sister was blunter" is no naming)
        if m.name in names and m.start < s and body[m.start : m.end].lower() not in L.KIN_NOUNS
    )[1]
    return next(f for f in names if f != last)


_HAS_DIGIT = re.compile(r"\d")
#: Last words of a building's or a site's name that are nobody's surname.
_SITE_WORDS = frozenset(
    "Gym Arena Stadium Airport Airfield Aerodrome Station Farm Ranch Depot Marina Pier Quay Wharf Racecourse "
    "Showground Fairgrounds Fairground Speedway Ballpark Fieldhouse Auditorium Colosseum Coliseum Coast Valley "
    "Peninsula Plains Highlands Lowlands Mountains Basin Delta Gorge Estuary Headland".split()
)
#: Titles written only before a name, never after one ("Hon.", "Dr"; not "MP").
_PRENOMINAL = L.COURTESY_TITLES | {"hon", "honourable", "honorable"}
#: Words that open a body's name before "of": "Office of ...", "Division of ...".
#: A campaign group's name: "Friends of Hollis Park" is no Hollis Park.
_FRIENDS_OF = re.compile(r"Friends[ \t]+of")
_BODY_HEADS_BEFORE_OF = frozenset(
    "office division bureau department ministry directorate agency board commission council committee "
    "institute authority service administration federation union association society college school "
    "university court tribunal house chamber".split()
)
#: A work's kind right before its title in apposition: "her first collection, ", "the album ".
_WORK_KIND_BEFORE = re.compile(
    r"\b(?i:his|her|their|its|the|a|an)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:"
    # (with its determiner and the comma that sets the title off, "play" and "book" are safe too)
    + "|".join(_WORK_KINDS + "collection novella anthology play record book debut essay LP sonnet sculpture".split())
    + r")s?,[ \t]+$"
)
#: A business's kind right before its name in apposition: "Her business, Ortega Neon, occupies".
_BUSINESS_KIND_BEFORE = re.compile(
    # (not "the chief executive of the company, Mr. Ade Bello,": the apposition is the executive's)
    r"(?<!of[ \t])\b(?i:his|her|their|its|the)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:business|company|firm|shop|store|bakery|"
    r"restaurant|cafe|café|studio|agency|label|brand|startup|start-up|venture|practice|workshop|garage)"
    r",[ \t]+$"
)
#: A single year in brackets after a title: "Tide Tables (1997)".
_YEAR_AFTER = re.compile(r"[ \t]*\((?:1[5-9]|20)\d\d\)")


def _titles_of_works(body: str, runs) -> frozenset[str]:
    """Capitalised runs the text gives as the titles of works: set off in apposition after the
    kind of work ("her first collection, Net Loft, appeared"; not "In his book, Alvin Rosenbaum
    described") or with the year alone in brackets after them
    ("Tide Tables (1997)"). Every mention of such a title is a work's, never a person's."""
    out = set()
    for items in runs:
        s, e = items[0][0], items[-1][1]
        kind = _WORK_KIND_BEFORE.search(body, max(0, s - 40), s) or _BUSINESS_KIND_BEFORE.search(
            body, max(0, s - 40), s
        )
        if (
            (kind and body.startswith(",", e))
            or _YEAR_AFTER.match(body, e)
            # (not the author whose work it is: "the film adaptation of Philip Pullman's novel")
            or (_STAGED_BEFORE.search(body, max(0, s - 40), s) and not _POSSESSIVE_AT.match(body, e))
            # "was dubbed “Tayla Twinkle” by fans": a nickname in quotation marks, no one's name
            or (_NICKNAMED_QUOTED.search(body, max(0, s - 30), s) and body[e : e + 1] in "\"”’'")
        ):
            out.add(body[s:e])
    return frozenset(out)


#: A verb of naming, then the quotation mark that opens the nickname it gives: "dubbed “".
_NICKNAMED_QUOTED = re.compile(r"\b(?:dubbed|nicknamed|branded|billed[ \t]+as|known[ \t]+as)[ \t]+[\"“‘']$")
#: What is only said of a work: "a 1998 production of |Twelfth Night", "a staging of ".
_STAGED_BEFORE = re.compile(
    r"\b(?:production|productions|staging|stagings|revival|adaptation|adaptations|screening)[ \t]+of[ \t]+$"
)


#: A capitalised plural possessive right before a position: "Teachers' ", "Workers’ ".
_PLURAL_POSSESSIVE_BEFORE = re.compile(r"\b[A-Z][a-z]+s['’][ \t]+$")


def _pronoun_owner(ppl: People, body: str, at: int) -> str:
    """Whose "her" or "his" at ``at`` is, when its sentence names no one: the one person of
    that sex, full name given, named outside quotations in the paragraph before or this one
    ("Pauline Spalding, 71, has watched ... ¶ Now she and her husband, Roger, 74,"); else ""."""
    want = "f" if body.startswith(("her", "Her"), at) else "m" if body.startswith(("his", "His"), at) else None
    if want is None:
        return ""
    para = body.rfind("\n\n", 0, at)
    lo = body.rfind("\n\n", 0, para) if para > 0 else 0
    found = {
        m.name
        for m in ppl.mentions
        if max(lo, 0) <= m.start < at and not m.in_quote and ppl.gender_of(m.name) in (None, want)
    }
    named = {n for n in found if " " in n and ppl.gender_of(n) == want}
    return named.pop() if len(named) == 1 and len(found) == 1 else ""


def find_people(body: str, runs, in_quote, nicknames=()) -> People:
    """``runs``: [(items, ...)] of labelled runs; ``in_quote(pos)`` -> bool; ``nicknames``:
    ``(nickname, end of the given name)`` for nicknames taken out of names (``text.nickname_aliases``)."""
    ppl = People(body=body, in_quote=in_quote)
    _courtesy_surnames(body, runs)
    _epithets(body, runs)
    _title_compounds(body, runs)
    _month_surnames(body, runs)
    singles = []  # (start, end, preceded_by_title, run_index)
    titled_titles: list[tuple[int, int]] = []
    running: frozenset[str] | None = None  # built on first use: few bodies have a headline name
    works = _titles_of_works(body, runs)
    for items in runs:
        if works and body[items[0][0] : items[-1][1]] in works:
            continue  # "Her first collection, Net Loft, appeared": a book, never a speaker
        if len(items) > 1 and body[items[0][0] : items[0][1]].rstrip(".") == "St":
            continue  # "The vicar of St Barnabas": a church, a school or a town, named after a saint
        if (
            len(items) >= 2
            and _PLURAL_POSSESSIVE_BEFORE.search(body, max(0, items[0][0] - 40), items[0][0])
            and first_name_gender(body[items[0][0] : items[0][1]]) is None
        ):
            # "The Prairie Teachers' Pension Plan": the rest of a body's name (not "AG
            # Edwards' Thayer", one of its staff)
            continue
        if (
            len(items) >= 2
            and items[-1][2] == TITLE
            and body[items[-1][0] : items[-1][1]].rstrip(".").lower() in _PRENOMINAL
            and items[0][2] == OTHER
            and first_name_gender(body[items[0][0] : items[0][1]]) is None
        ):
            # "Lakeview Ward MCA Hon. Joseph Langat": a seat and an office before the honorific
            # that opens the name, which a full stop cut off into a run of its own
            continue
        if (
            len(items) >= 3
            and body[items[0][0] : items[0][1]].lower() in _BODY_HEADS_BEFORE_OF
            and body[items[1][0] : items[1][1]] == "of"
            and not any(is_first_name(body[it[0] : it[1]]) for it in items[2:])
        ) or (len(items) >= 3 and _FRIENDS_OF.fullmatch(body, items[0][0], items[1][1])):
            # "the Office of the State Fire Marshal", "the Division of Occupational Safety and
            # Health": a body's name, whose words after "of" are no person (but "Bank of England
            # Governor Mark Carney" names one)
            continue
        if (
            len(items) >= 4
            and any(body[it[0] : it[1]] == "&" for it in items[1:-1])
            and body[items[-1][0] : items[-1][1]].lower() in L.ORG_WORDS
            and not is_first_name(body[items[0][0] : items[0][1]])
        ):
            # "Great Plains & Western Railway": words joined by an ampersand and closed by a
            # company's word are one body, no person among them
            continue
        if len(items) >= 2 and body[items[-1][0] : items[-1][1]] in _SITE_WORDS:
            # "the post's Hollis Gym", "Higher Combe Farm", "Kessler Field Airport": a building or
            # a site, however personal the words before it
            continue
        if body[items[0][0] : items[-1][1]] in _PARTY_NAMES:
            continue  # "Plaid Cymru said": a party, however like a given name its first word
        if len(items) == 2 and body[items[1][0] : items[1][1]] == "State":
            # "Tamarack State sophomore Jenna Okonkwo", "Morgan State said": a state university
            # by its short name, never a person's
            continue
        digit = max((k for k, it in enumerate(items) if _HAS_DIGIT.search(body, it[0], it[1])), default=-1)
        if digit >= 0:
            # "build N48bn Kano mill": a word with a digit is an amount or a code, never part of a
            # name; only what follows it can be one
            items = items[digit + 1 :]
            if not items:
                continue
        lead = 0
        while lead < len(items) - 1 and body[items[lead][0] : items[lead][1]].lower() in _LEAD_LINKS:
            lead += 1
        if lead:
            # "But Gao Jianming, a representative of ...": a linking word opening the sentence is
            # no part of the run; the name is judged as if it opened the sentence itself
            items = items[lead:]
        if (
            len(items) == 2
            and items[0][2] == OTHER
            and items[1][2] == TITLE
            and body[items[1][0] : items[1][1]].istitle()
            and is_first_name(body[items[0][0] : items[0][1]])
            and not at_sentence_start(body, items[1][0])
        ):
            # "said John Lord, a Mobil spokesman", "Tom Bishop said": a title word after a given
            # name is the family name
            items = [items[0], (items[1][0], items[1][1], OTHER, None)]
        if (
            len(items) >= 2
            and body[items[0][0] : items[0][1]] in _PRONOUN_SURNAMES
            and all(it[2] == OTHER for it in items[1:])
            and (lead or not at_sentence_start(body, items[0][0]))
            and _SET_OFF_AS_PERSON.match(body, items[-1][1])
        ):
            # "But He Weiling, Washington representative of ..., said": a capitalised "He" inside
            # a sentence, before a name and set off as a person is, is a surname (Chinese order)
            items = [(items[0][0], items[0][1], OTHER, None)] + items[1:]
        items = _without_address(body, items)
        if (
            len(items) > 1
            and body[items[0][0] : items[0][1]] == "Class"
            and _RANK_ORDINAL_BEFORE.search(body, max(0, items[0][0] - 8), items[0][0])
        ):
            items = items[1:]  # "Petty Officer 1st Class Damon Tiller": the rank's class, then the name
        if not items:
            continue
        n = len(items)
        while n > 2 and body[items[n - 1][0] : items[n - 1][1]].rstrip(".") in NAME_SUFFIXES:
            n -= 1  # "Martin Luther King Jr.": the suffix is no part of the name's words
        suffix = None
        if n < len(items):
            suffix = body[items[n][0] : items[n][1]]
            if (
                suffix.rstrip(".") in ("Jr", "Sr")
                and not suffix.endswith(".")
                and body[items[n][1] : items[n][1] + 1] == "."
            ):
                suffix += "."
            items = items[:n]
        if n > 1 and _a_title(body, items):
            continue  # "The film, A Different Story, ...": a title, no person's name
        if n > 2 and items[0][2] == OTHER and body[items[1][0] : items[1][1]] == "Our":
            continue  # "Fix Our Roads Tamarack", "Save Our Parks": a campaign's name, no person's
        if (
            n > 1
            and body[items[-1][0] : items[-1][1]] == "Executive"
            and _THE_BEFORE.search(body, max(0, items[0][0] - 8), items[0][0]) is not None
        ):
            continue  # "the Health and Safety Executive", "the Scottish Executive": a body, no person
        if (
            (n == 2 or (n > 2 and body[items[2][0] : items[2][1]] in ("and", "&")))
            and items[0][2] == OTHER
            and items[1][2] == OTHER
            and _AT_OR_IN_BEFORE.search(body, max(0, items[0][0] - 40), items[0][0])
            and not is_first_name(body[items[0][0] : items[0][1]])
            and _written_once(body, body[items[1][0] : items[1][1]])
        ):
            # "after two seasons at Wake Forest", "Stores in Wexley, Ellerby Green and Castlemead": a
            # place or a body, written once, no one's name (what follows "and" is read on its own:
            # "a win at Carrow Road and Keegan sympathised")
            items = items[3:]
            n = len(items)
            if not items:
                continue
        if _WORK_BEFORE.search(body, max(0, items[0][0] - 16), items[0][0]) is not None:
            continue  # "whose second album Paper Lanterns spent nine weeks": a work's title
        if _THE_ADJ_BEFORE.search(body, max(0, items[0][0] - 24), items[0][0]) and _GEO_NOUN_AFTER.match(
            body, items[n - 1][1]
        ):
            continue  # "the remote Wester Ross peninsula": a place the gazetteer lacks, no one's name
        if (
            body[items[n - 1][1] : items[n - 1][1] + 2].startswith("/")
            and body[items[n - 1][1] + 1 : items[n - 1][1] + 2].isupper()
        ):
            continue  # "Royal Dutch/Shell": the first of two names a slash joins into one group's
        if (
            n > 1
            and body[items[n - 1][0] : items[n - 1][1]].lower() in _APPOSED_ROLE_WORDS
            and _NAME_COMMA_BEFORE.search(body, max(0, items[0][0] - 40), items[0][0])
            and body[items[n - 1][1] : items[n - 1][1] + 1] == ","
        ):
            continue  # "Alan Moore, Lloyds Treasurer, told": the body and the role set off after a name
        if n > 1 and body[items[-1][0] : items[-1][1]].lower() in L.AWARD_WORDS:
            continue  # "the two-time Academy Award winner": a prize, no person's name
        if _modifies_a_name(body, items):
            continue  # "Double Olympic champion Kelly Holmes", "Aston Villa boss Dan Lee": a descriptor
        if (
            1 < n <= 3
            and all(it[2] != CONN for it in items)
            and company_elsewhere(body, body[items[0][0] : items[n - 1][1]])
        ):
            continue  # "General Acquisition said" after "General Acquisition Co": the company
        if n == 2 and items[0][2] != TITLE and _institution_short_form(body, body[items[0][0] : items[1][1]]):
            continue  # "Granville Memorial called" after "Granville Memorial Hospital": the hospital
        if n == 1 and written_before(body, body[items[0][0] : items[0][1]], PARTNER_REST):
            continue  # "Goldman, Sachs and Co": a partnership's first name
        if (
            1 < n <= 3
            and items[0][2] == OTHER
            and _COMPANY_APPOSED_AFTER.match(body, items[n - 1][1])
            # (a first name opens a company's name of three words too: "Dakota Reflective Graphics")
            and (n == 3 or not is_first_name(body[items[0][0] : items[0][1]]))
        ):
            continue  # "Tundra Provisioners, a Winnipeg-based company that runs 31 stores": a company
        if (
            1 < n <= 4
            and items[0][2] != TITLE
            and COMPANY_NOUN_BEFORE.search(body, max(0, items[0][0] - 40), items[0][0])
            and _NAME_ENDS_CLAUSE.match(body, items[n - 1][1])
        ):
            continue  # "housebuilder George Wimpey", "mortgage lender Bradford & Bingley": a company
        if (
            1 < n <= 4
            and items[0][2] != TITLE
            and _ROLE_OF_BEFORE.search(body, max(0, items[0][0] - 30), items[0][0])
            and body[items[n - 1][1] : items[n - 1][1] + 2] not in ("'s", "’s")
            and not any(is_first_name(body[it[0] : it[1]]) for it in items[1:n])
        ):
            continue  # "editor of Mac Format", "head of Marie Claire": the body the role is of
        if (
            2 < n <= 5
            and items[0][2] == TITLE
            and _ROLE_OF_BEFORE.fullmatch(body, items[0][0], items[2][0])
            and body[items[n - 1][1] : items[n - 1][1] + 2] not in ("'s", "’s")
            and not any(is_first_name(body[it[0] : it[1]]) for it in items[2:n])
        ):
            continue  # "the Director of Public Prosecutions": an office, no one's name
        seat = next(
            (x for x, it in enumerate(items) if _SEAT_BEFORE.search(body, max(0, it[0] - 24), it[0]) is not None),
            None,
        )
        if seat is not None:
            # "the MP for Asante Dwumadu": a constituency, whoever holds it
            items = items[: max(0, seat - 1)]
            n = len(items)
            if not items:
                continue
        if (
            n > 1
            and (
                body[items[0][0] : items[0][1]].lower() in L.GEO_LEAD_WORDS
                or (n == 2 and body[items[0][0] : items[0][1]].lower() in L.CIVIC_LEAD_WORDS)
                or body[items[-1][0] : items[-1][1]].lower() in L.GEO_TAIL_WORDS
                # "Tamarbridge Marathon", "Kaimoana Bay Rd": an event's or a road's name
                or body[items[-1][0] : items[-1][1]].lower() in L.EVENT_TAIL_WORDS
                or (
                    body[items[-1][0] : items[-1][1]].lower() in L.ROAD_TAIL_WORDS
                    and all(it[2] != CONN for it in items)
                )
                # "U.S. Army Garrison Fort Caldwell": a fort's name, wherever in the run it opens
                or any(body[it[0] : it[1]] == "Fort" for it in items[1:-1])
                # "Transit Workers Local 418": a union's local branch, by its number
                or (
                    body[items[-1][0] : items[-1][1]] == "Local" and _NUMBER_AFTER.match(body, items[-1][1]) is not None
                )
            )
        ):
            continue  # "Lake Michigan", "Hudson River": a natural feature, no person's name
        if (
            n == 2
            and body[items[1][0] : items[1][1]].rstrip(".") in ("Snr", "Jnr", "Sr", "Jr")
            and not is_first_name(body[items[0][0] : items[0][1]])
            # (not when a full name ends so: "Dunmore Sr." after "Everett Dunmore Sr.")
            and re.search(r"[A-Z][\w’'-]+[ \t]+" + re.escape(body[items[0][0] : items[1][1]]), body) is None
        ):
            items = items[:1]  # "Mensforth Snr": the surname, which of the family its suffix says
            n = 1
        if (
            n > 3
            and items[n - 3][2] == CONN
            and items[n - 2][2] == OTHER
            and body[items[n - 1][0] : items[n - 1][1]].lower() in L.PLACE_TAIL_SURNAMES
            and not is_first_name(body[items[n - 2][0] : items[n - 2][1]])
        ):
            items = items[: n - 3]  # "Residents of Kaimoana Bay": the town after "of" is no one
            n = len(items)
        if (
            n == 2
            and items[0][2] == OTHER
            and body[items[1][0] : items[1][1]].lower() in L.PLACE_TAIL_SURNAMES
            and not is_first_name(body[items[0][0] : items[0][1]])
        ):
            continue  # "Kestrel Bay votes to disband its police force": a town, not "Michael Bay"
        if (
            n in (2, 3)
            and items[0][2] == OTHER
            and items[n - 1][2] == PLACE
            and (n == 2 or _is_initial(body, items[1]))
            and " " not in body[items[n - 1][0] : items[n - 1][1]]
            and first_name_gender(body[items[0][0] : items[0][1]]) is not None
            and (_PERSON_AFTER.match(body, items[n - 1][1]) or _BARE_ROLE_AFTER.match(body, items[n - 1][1]))
            is not None
        ):
            # "Allen Sinai, chief economist at ...", "Mike England said", "David M. Holland,
            # president of ...": a given name (and an initial), then a place's name as the
            # surname, set off as a person is, by a role or a cue
            items[n - 1] = (items[n - 1][0], items[n - 1][1], OTHER, None)
        k = 0
        pm = _PORTFOLIO_LIST_BEFORE.search(body, max(0, items[0][0] - 120), items[0][0])
        ands = [x for x, it in enumerate(items) if body[it[0] : it[1]] in ("and", "&")]
        if pm is not None and (pm.group(1) is None or ands):
            # "Minister for Environment, Forest and Climate Change": the portfolio goes on, up to
            # a given name after its last "and" ("... Young People and Families Margaret Hodge")
            after = ands[-1] + 1 if ands else 0
            k = next((x for x in range(after + 1, n - 1) if is_first_name(body[items[x][0] : items[x][1]])), n)
        office: str | None = None  # an office that goes on past "of the", before the name
        while k < n:
            s0, e0, lab, ent = items[k]
            first_name_place = (
                lab == PLACE
                and k + 1 < n
                and (
                    items[k + 1][2] == OTHER
                    # "Elizabeth France": a first name that is a town, then a country as surname
                    or (
                        k + 2 == n
                        and items[k + 1][2] == PLACE
                        and items[k + 1][3].kind == "country"
                        and " " not in body[items[k + 1][0] : items[k + 1][1]]
                        and not _PREP_THEN.search(body, max(0, s0 - 6), s0)
                    )
                )
                and " " not in body[s0:e0]
                and (
                    body[s0:e0] in L.FIRST_NAME_PLACES
                    or (ent.kind == "city" and k > 0 and items[k - 1][2] == TITLE)
                    # a town that is also a first name: "Ann Lee" (Ann, Myanmar)
                    or (
                        ent.kind in ("city", "region", "state")
                        and first_name_gender(body[s0:e0]) is not None
                        and not common_plural(body, body[items[k + 1][0] : items[k + 1][1]])
                    )
                    # a town that is a given name of either gender, before one more word: "Mary
                    # Kowalski" (Mary, Turkmenistan), "Gao Jianming" (Gao, Mali)
                    or (
                        ent.kind == "city"
                        and k == 0
                        and n == 2
                        and is_first_name(body[s0:e0])
                        and not common_plural(body, body[items[1][0] : items[1][1]])
                    )
                )
            )
            if (
                not first_name_place
                and lab == PLACE
                and k == 0
                and n == 2
                and items[1][2] in (OTHER, TITLE)
                and (
                    first_name_gender(body[s0:e0]) is not None
                    # "Ngozi Ezeh, executive director of ..., said": a town that is also a given
                    # name no list knows, written nowhere else but before this surname
                    or (
                        ent.kind in ("city", "state", "region")
                        and body.count(body[s0:e0]) == body.count(body[s0 : items[1][1]])
                        and at_sentence_start(body, s0)
                        # (set off by a role, not only a cue: "Scotland Yard said" is no one)
                        and body.startswith(",", items[1][1])
                    )
                )
                and _PERSON_AFTER.match(body, items[1][1]) is not None
            ):
                # "Israel Singer, the secretary-general of ...": a country that is a first name, then
                # a surname (perhaps a word for a trade), set off as a person is, by a role or a cue
                first_name_place = True
                items[1] = (items[1][0], items[1][1], OTHER, None)
            if not _is_name_item(body, items, k) and not first_name_place:
                if (
                    lab == TITLE
                    and k + 2 == n
                    and items[k + 1][2] == TITLE
                    and body[s0:e0].lower().rstrip(".") in _COURTESY
                ):
                    titled_titles.append(items[k + 1][:2])  # "Mr Major": a surname that is a title word
                k += 1
                continue
            if k + 1 < n and items[k + 1][2] == OTHER and _participle(body[s0:e0]):
                k += 1  # "Fuming Robinson", "Beleaguered Smith": a describing word, no first name
                continue
            if k + 1 < n and items[k + 1][2] == OTHER and _common_opening_word(body, s0, e0):
                if running is None:
                    running = _running_words(body)
                nxt = body[items[k + 1][0] : items[k + 1][1]]
                if body[s0:e0] not in running and nxt in running and not nxt[:-1].isupper():
                    k += 1  # "Interestingly Blocher", "Top Sanders": a sentence's first word, no name's
                    continue
            if k + 2 == n and items[k + 1][2] == OTHER and _describes_named(body, s0, e0, items[k + 1]):
                k += 1  # "Matchwinner Keane" after "Robbie Keane": a describing word, no first name
                continue
            if (
                k + 2 < n
                and items[k + 1][2] == OTHER
                and items[k + 2][2] == OTHER
                and body[s0:e0].lower() in L.LOWER_ROLES
            ):
                # "Farmer Jo Baines": a role that is also a surname, before a full name
                items[k] = (s0, e0, TITLE, None)
                k += 1
                continue
            if k >= 2 and items[k - 1][2] == CONN and any(it[2] == TITLE for it in items[: k - 1]):
                given = _given_name_after_office(body, items, k, n)
                if given is not None:
                    first_title = next(i for i, it in enumerate(items) if it[2] == TITLE)
                    office = body[items[first_title][0] : items[given - 1][1]]
                    k = given  # "Chancellor of the Exchequer Nigel Lawson": the office's words, no name's
                    continue
            j = k + 1
            while j < n and (_is_name_item(body, items, j) or _particles_then_name(body, items, j)):
                j += 1
            ma = next(
                (
                    i
                    for i in range(k + 1, j - 1)
                    if body[items[i][0] : items[i][1] + 1] == "Ma."
                    and not is_first_name(body[items[i - 1][0] : items[i - 1][1]])
                ),
                None,
            )
            if ma is not None:
                # "Arbiter Ma. Teresa Valdez-Yap", "High-Value Crops Ma. Lourdes Villaroman": the
                # abbreviated Maria opens the name unless a given name comes first ("Jose Ma.")
                k = ma
                continue
            # a trailing title word that is a surname: "Gary Player", "John Major", "Anna Bishop"
            if (
                j < n
                and j - k >= 1
                and j + 1 == n
                and items[j][2] == TITLE
                and body[items[j][0] : items[j][1]].lower().rstrip(".") not in _COURTESY
                # (not "the Canadian Wheat Board": an organisation's last word)
                and body[items[j][0] : items[j][1]].lower() not in L.ORG_WORDS
                # (not "Cost of Living Minister": an office after a word that is no given name)
                and (
                    body[items[j][0] : items[j][1]].lower() not in L.ROLE_NOUNS
                    or is_first_name(body[items[j - 1][0] : items[j - 1][1]])
                )
            ):
                j += 1
            # a trailing single-word city that is a surname: "Lloyd Austin"; a country, after a
            # first name that ends the run: "Elizabeth France"
            if (
                j < n
                and j - k >= 1
                and items[j][2] == PLACE
                and (
                    items[j][3].kind in ("city", "state")
                    or (
                        j + 1 == n
                        and j - k == 1
                        and items[j][3].kind == "country"
                        and body[items[k][0] : items[k][1]] not in _INVERTED_CUES
                        and first_name_gender(body[items[k][0] : items[k][1]]) is not None
                        and not _PREP_THEN.search(body, max(0, items[k][0] - 6), items[k][0])
                    )
                )
                and " " not in body[items[j][0] : items[j][1]]
                and (j + 1 >= n or items[j + 1][2] != ORG)
            ):
                j += 1
                while j < n and (
                    (items[j][2] == OTHER and _is_name_item(body, items, j)) or _particles_then_name(body, items, j)
                ):
                    j += 1  # a middle name that is a town: "Abu Hassan Omar", "Jorge Braga de Macedo"
                if (
                    j + 1 == n
                    and items[j][2] == PLACE
                    and items[j - 1][2] == PLACE
                    and items[j][3].kind in ("city", "state")
                    and " " not in body[items[j][0] : items[j][1]]
                ):
                    j += 1  # two surnames that are towns, ending the run: "Ángel Rivera Santos"
            if (
                k >= 2
                and j - k >= 3
                and items[k - 1][2] == CONN
                and (
                    any(items[x][2] == ORG for x in range(k - 1))
                    # "Dean of Students Harriet Lomax": an office of something, then its holder
                    or (body[items[k - 1][0] : items[k - 1][1]] == "of" and body[items[k - 2][0]].isupper())
                )
                and not is_first_name(body[items[k][0] : items[k][1]])
            ):
                # "the Office of Planning and Budget James Miller": the body's last word, then the
                # given name and surname of the person who heads it
                given = next(
                    (t for t in range(k + 1, j - 1) if is_first_name(body[items[t][0] : items[t][1]])),
                    None,
                )
                if given is not None:
                    k = given
                    s0, e0, lab, ent = items[k]
            followed_by_org = j < n and items[j][2] in (ORG,)
            # "Commission for Racial Equality", "Bank of England": the words name the organisation
            if (
                k >= 2
                and items[k - 1][2] == CONN
                and items[k - 2][2] == ORG
                and body[items[k - 1][0] : items[k - 1][1]] in ("for", "of", "and", "on")
            ):
                tt = next(
                    (t for t in range(k, j - 2) if body[items[t][0] : items[t][1]].lower() in L.TITLE_WORDS),
                    None,
                )
                if tt is None:
                    given = next(
                        (
                            t
                            for t in range(k + 1, j - 1)
                            if items[t - 1][2] != CONN
                            and items[t][2] == OTHER
                            and is_first_name(body[items[t][0] : items[t][1]])
                            and not is_first_name(body[items[t - 1][0] : items[t - 1][1]])
                        ),
                        None,
                    )
                    if given is None:
                        k = j
                        continue
                    # "the Office of Management and Budget James Miller": the body's name, then the
                    # given name and surname of the person who heads it
                    k = given
                else:
                    # "Culture, Media and Sport Secretary Tessa Jowell": the portfolio, its title,
                    # then the person who holds it
                    k = tt + 1
                s0, e0, lab, ent = items[k]
            if (
                k > 0
                and _is_initial(body, items[k])
                and items[k - 1][2] == PLACE
                and (
                    items[k - 1][3].kind in ("city", "state")
                    or body[items[k - 1][0] : items[k - 1][1]] in L.FIRST_NAME_PLACES
                )
                and " " not in body[items[k - 1][0] : items[k][0] - 1]
                and "\n" not in body[items[k - 1][1] : items[k][0]]
            ):
                k -= 1  # "George W. Bush": the place is a first name
                s0, e0, lab, ent = items[k]
            prev = items[k - 1] if k > 0 else None
            after_the = (prev is not None and body[prev[0] : prev[1]].lower() == "the") or (
                prev is None and body[max(0, s0 - 4) : s0].lower() == "the "
            )
            if followed_by_org or after_the or (j - k == 1 and not first_name_place and body[s0:e0].isupper()):
                k = j
                continue
            if j - k >= 2 and (body[s0:e0] in L.HOLIDAYS or body[s0:e0] in _COMPASS):
                k = j  # "Christmas Midnight Mass", "West Ham": no person's name opens so
                continue
            if (
                k > 1
                and items[k - 1][2] == CONN
                and (
                    (items[0][2] == CONN and body[items[0][0] : items[0][1]] == "The")
                    or body[max(0, items[0][0] - 4) : items[0][0]].lower() == "the "
                )
                and all(it[2] != TITLE for it in items[:k])
            ):
                k = j  # "The European Conference of Postal and Telecommunications Administrations"
                continue
            if (
                k > 2
                and items[k - 1][2] == CONN
                and body[items[k - 1][0] : items[k - 1][1]] in ("and", "&")
                and not is_first_name(body[s0:e0])
                and _body_of_before(body, items, k - 1)
            ):
                k = j  # "the Department of Health and Social Care": the body's name goes on past "and"
                continue
            t = j
            while t < n and items[t][2] == TITLE:
                t += 1
            if t > j and t < n and _is_name_item(body, items, t):
                k = j  # "Shadow Constitutional Affairs Secretary Oliver Heald": the words before are the role
                continue
            if all(body[it[0] : it[1]] in L.PARTY_WORDS for it in items[k:j]):
                k = j  # "Lib Dem", "Liberal Democrat": a party, not a person
                continue
            if j - k > 2 and body[items[k][0] : items[k][1]] in _INVERTED_CUES and at_sentence_start(body, items[k][0]):
                k += 1  # "Said Dorothy Poynter, who ...": the cue opens the sentence, it is no first name
                s0, e0, lab, ent = items[k]
            while j - k > 2 and body[items[k][0] : items[k][1]] in L.PARTY_WORDS:
                k += 1  # "Democrat Dianne Feinstein": the party describes her, it is no name
                s0, e0, lab, ent = items[k]
            if (
                j - k >= 2
                and body[items[j - 1][0] : items[j - 1][1]].lower() in L.COMPANY_WORDS
                # (but "Lisa Power, head of policy at ...": a given name, a surname, her role)
                and not (
                    j - k == 2
                    and first_name_gender(body[s0:e0]) is not None
                    and ROLE_APPOSITION.match(body, items[j - 1][1])
                )
            ):
                k = j  # "Norbeck Shipping": a company
                continue
            if j - k >= 2 and k == 0 and body_named_after(body, s0) and not _person_by_trade(body, items, k, j):
                k = j  # "US magazine Brass Kettle", "internet firm Sky Lark": a body, named after its kind
                continue
            if body[items[j - 1][0] : items[j - 1][1]].lower() in _EVENT_WORDS:
                k = j  # "World Cup", "Davis Cup", "Australian Open": an event
                continue
            # role: titles / places / acronyms right before the name
            r = k
            has_title = False
            while (
                r > 0
                and (
                    items[r - 1][2] in (TITLE, PLACE, ACRONYM)
                    # "Secretary of State Daniel Okafor": a title of a place or a portfolio
                    or (
                        1 < r < k
                        and items[r - 1][2] == CONN
                        and body[items[r - 1][0] : items[r - 1][1]] == "of"
                        and items[r - 2][2] == TITLE
                    )
                    # "Senate Majority Leader Ruth Calloway": the chamber and the side before a title
                    or (r < k and items[r][2] in (TITLE, ORG, OTHER) and items[r - 1][2] in (ORG, OTHER) and has_title)
                )
            ):
                if items[r - 1][2] == TITLE:
                    has_title = True
                r -= 1
            role = body[items[r][0] : items[k - 1][1]] if has_title and r < k else None
            if role is not None and " " in role:
                # "president and CEO Dr. Helena Marsh": the courtesy title is no part of the office
                kept = role.split()
                while len(kept) > 1 and kept[-1].lower().rstrip(".") in L.COURTESY_TITLES:
                    kept.pop()
                role = " ".join(kept)
                am = _OFFICE_AND_BEFORE.search(body, max(0, items[r][0] - 40), items[r][0]) if r == 0 else None
                if am is not None and am.group(1) in _ROLE_HEADS:
                    role = f"{am.group(1)} and {role}"  # "president and CEO": two offices of one person
            if office is not None:
                role = office  # "Chancellor of the Exchequer", for "the Chancellor" later
            office = None
            if r == 0 and (
                role is None
                or not any(
                    it[2] == TITLE and body[it[0] : it[1]].lower().rstrip(".") not in _COURTESY for it in items[:k]
                )
            ):
                # "Norvale chief executive Ida Brenner": the role is written in lower case before the run
                before = role_before(body, items[0][0])
                if before and role and role.lower().rstrip(".") in _OFFICE_TITLES:
                    role = f"{before} {role}"  # "state Sen. Ann Lee": the office is the state's
                else:
                    role = before or role
            resume = j
            if j - k >= 2 and headline(body, s0):
                if running is None:
                    running = _running_words(body)
                j = _headline_name_end(body, items, k, j, running)
                words = [body[it[0] : it[1]] for it in items[k:j]]
                lower = lower_words(body)
                if not any(
                    w in running or (first_name_gender(w) is not None and w.lower() not in lower) for w in words
                ) or (k > 0 and body[items[k - 1][0] : items[k - 1][1]] in _POSSESSIVE_DETERMINERS):
                    # "The Stargazers of Hollis County Want Their Night Back": capitals the
                    # running text never gives these words, none a given name, or words after
                    # "Their", are the headline's
                    k = resume
                    continue
            s, e = s0, items[j - 1][1]
            last = body[items[j - 1][0] : items[j - 1][1]]
            if j - k >= 2 and items[j - 1][2] == TITLE and last.isupper() and not is_first_name(body[s0:e0]):
                k = resume  # "Tallybook CEO apologizes": a firm and its officer's title, no one's name
                continue
            if j - k >= 2 and (
                (last.lower() in L.PLURAL_NOUNS and first_name_gender(body[s0:e0]) is None)
                or _COMPANY_FORM_AFTER.match(body, items[j - 1][1]) is not None
            ):
                # "United Automobile Workers", "Mine Workers": a plural noun ends a body's name,
                # never a person's; "General Acquisition Co", "Jacobs Suchard AG", a name before a
                # wire's ticker: a company's
                k = resume
                continue
            if j - k >= 2 and _common_words_name(body, items[k:j]):
                # "European Monetary System", "Public Sector Borrowing Requirement": words the
                # article also writes in lower case, no given name among them
                k = resume
                continue
            if (
                j - k >= 2
                and not is_first_name(body[s0:e0])
                and (
                    written_before(body, " ".join(body[s:e].split()), _HOLDING_WORD_AFTER)
                    # "Nuovo Banco Ambrosiano Spa": a company's form ends the words, no surname
                    or last in _FORM_LAST_WORDS
                )
            ):
                # "First City National Bank of Houston" after "First City Bancorp of Texas": a
                # bank's own name, no person's
                k = resume
                continue
            if j - k >= 2:
                e = _given_tail(body, e)  # "Lee Jae-myung"
                full = " ".join(body[s:e].split())
                if full not in ppl.roles and not is_first_name(full.split()[0]):
                    # "Rafiqul Haque" after "Mohammad Rafiqul Haque Chowdhury": the middle of the
                    # one longer name given before (not "Hillary Clinton", a name of her own)
                    longer = [f for f in ppl.roles if f" {full} " in f" {f} " and f != full]
                    if len(longer) == 1 and (is_first_name(longer[0].split()[0]) or longer[0].startswith(full + " ")):
                        # ("Mohd Ridzuan said" after "Mohd Ridzuan Osman": a Malay name's given part)
                        full = longer[0]  # (not "Zika Virus Ned Carraway", a topic run into a name)
                # one person with and without middle initials: "Ann B. Cole" = "Ann Cole"
                parts = full.split()
                key = " ".join([parts[0]] + [w for w in parts[1:] if not _INITIAL.fullmatch(w)])
                prev = ppl.canon.setdefault(key, full)
                if prev == key or full == key:
                    full = prev
                elif prev != full:  # "George W. Bush" is not "George H.W. Bush"
                    ppl.canon[key] = key
                if role is None or role.lower().rstrip(".") in L.COURTESY_TITLES:
                    # (after a courtesy title too: "the Rev. Park Sung-ho, the church's senior pastor,")
                    am = _APPOSITIVE.match(body, e if body[e : e + 1] == "," else len(body))
                    if am and not _NOT_A_ROLE.match(am.group(1)):
                        # (not "no relation to the hospital's president", which says whom they are not)
                        words = {w.lower() for w in _WORD.findall(am.group(1))}
                        if words & L.ROLE_NOUNS:
                            role = am.group(1).strip()
                if role is None:
                    cm = _COUNSEL_APPOSED.match(body, e)
                    if cm is not None:  # "counsel said", "defence counsel added" go back to them
                        side = cm.group(1).lower()
                        role = "defence counsel" if "def" in side or "accused" in side else "prosecution counsel"
                if role is None or role.lower().rstrip(".") in L.COURTESY_TITLES:
                    # (a courtesy title is no office: "the prefect, Mme Hélène Vautrin,")
                    bm = _ROLE_APPOSED_BEFORE.search(body, max(0, s - 160), _before_courtesy(body, s))
                    if bm is not None:
                        role = bm.group(1)  # "The transport minister, Gareth Pryce, resigned"
                if full not in ppl.roles or (role and not ppl.roles[full]):
                    ppl.roles[full] = role
                ppl.note_gender(full, role_gender(role), role_gender_strength(role))
                gw = _GENDER_WORD_BEFORE.search(body, max(0, s - 24), s)
                if gw is not None and word_gender(gw.group(1)) is not None:
                    # "Local mum Jess Tran": the word before the name says what a first name
                    # used by both sexes cannot
                    ppl.note_gender(full, word_gender(gw.group(1)), role_gender_strength(gw.group(1)))
                ppl.note_gender(full, first_name_gender(full.split()[0]), 1)
                km = (
                    KIN_BEFORE.search(body, max(0, s - 24), s)
                    or _KIN_DESCRIBED_BEFORE.search(body, max(0, s - 60), s)
                    # ("Chidi Okonkwo, the company's finance chief and Ms. Okonkwo's younger brother,")
                    or _KIN_APPOSED_AFTER.match(body, e)
                )
                if km is not None and full not in ppl.gender:
                    # "His daughter, Simran Sandhu,": what she is to him says what a rare first
                    # name cannot, so "Mr Sandhu" later is not her
                    ppl.note_gender(full, word_gender(km.group(1)), 1)
                om = _WHO_WITH_OWN_KIN.match(body, e) if ppl.gender_of(full) is None else None
                if om is not None and not ppl.in_quote(om.start(1)):
                    # "Eun-ji Park, who owns two restaurants with her husband,": the clause about
                    # her says what a first name no list holds cannot
                    ppl.note_gender(full, pronoun_gender(om.group(1)), 1)
                for form in _surname_forms(full.split()[-1]):
                    ppl.surnames.setdefault(form, full)
                parts = full.split()
                if len(parts) >= 3 and _CHINESE_GIVEN.search(body, s, e):
                    # "Raymond Cheung Wai-kit": an English given name, the family name, then the
                    # Chinese given name; "Cheung said" is the middle word
                    ppl.surnames.setdefault(parts[-2], full)
                ppl.add_tokens(full, s, body)
                ppl.words.update(full.split())
                ppl.spans.update((it[0], it[1]) for it in items[k:j])
                ppl.mentions.append(Mention(s, e, full, in_quote(s)))
                if suffix is not None and j == n:
                    # "Robert Hale Jr.": written with its generation; a father and son both named
                    # here are one person to the name finder, so neither gets a suffix
                    ppl.suffixes[full] = suffix if ppl.suffixes.get(full, suffix) == suffix else None
            else:
                singles.append((s, e, has_title and _head_title(body, items, k), role))
            k = resume
        # single place words after a title ("Defence Secretary Austin")
        for k in range(1, n):
            s0, e0, lab, ent = items[k]
            if (
                lab == PLACE
                and items[k - 1][2] == TITLE
                and _head_title(body, items, k)
                and " " not in body[s0:e0]
                and ent.kind in ("city", "state")
                and (s0, e0) not in ppl.spans
            ):
                if k + 1 >= n or items[k + 1][2] not in (OTHER, ORG):
                    singles.append((s0, e0, True, None))
        if (
            n == 1
            and items[0][2] == PLACE
            and " " not in body[items[0][0] : items[0][1]]
            and is_first_name(body[items[0][0] : items[0][1]])
            # (the given name of someone named before: "Everett Kettering ... Everett said")
            and any(
                f.split()[0] == body[items[0][0] : items[0][1]]
                for f in ppl.tokens.get(body[items[0][0] : items[0][1]], ())
            )
            and _CUE_RIGHT_AFTER.match(body, items[0][1])
            and not _LOCATIVE_BEFORE.search(body, max(0, items[0][0] - 6), items[0][0])
        ):
            # "Everett said the pharmacy ...": a given name the gazetteer also holds as a town,
            # saying something, is the person of that given name the article named
            singles.append((items[0][0], items[0][1], False, None))
    for pm in _GIVEN_AND_FULL.finditer(body):
        # "Siblings Tom and Jess Penhallow": the first given name shares the surname after the
        # second, and "Tom said" later is Tom Penhallow
        given, other = pm.group(1), pm.group(2) + " " + pm.group(3)
        full = given + " " + pm.group(3)
        if (
            other in ppl.roles
            and full not in ppl.roles
            and (
                is_first_name(given)
                # "Síle and Conor Delaney": a given name no list holds, beside one it does, in
                # mid-sentence, that is no place, body or common word
                or (
                    pm.start() > 0
                    and body[pm.start() - 2 : pm.start()].strip(" ").islower()
                    and given.lower() not in L.CAP_STOPWORDS
                    and given.lower() not in L.ORG_WORDS
                    and given not in L.PARTY_WORDS
                    and given not in gazetteer()
                    # (written only there: not "Labour MPs" nor "Citibank said" elsewhere)
                    and body.count(given) == 1
                )
            )
            and is_first_name(pm.group(2))
            and given not in ppl.tokens
            # (not "He and Hollis Brandt have known each other": a pronoun, however many Chinese
            # families spell a name so)
            and given not in _PRONOUN_SURNAMES
        ):
            ppl.roles[full] = None
            ppl.note_gender(full, first_name_gender(given), 1)
            ppl.add_tokens(full, pm.start(1), body)
            ppl.words.update(full.split())
            ppl.mentions.append(Mention(pm.start(1), pm.end(1), full, in_quote(pm.start(1))))
    families = (
        {
            m.group(2)
            for m in _FAMILY_GROUP.finditer(body)
            # (without "the", only a family the article names someone of: not "Her sisters said")
            if m.group(1)
            or any(f.split()[-1] == m.group(2) and is_first_name(f.split()[0]) for f in ppl.roles if " " in f)
        }
        if any(w in body for w in ("twins", "brothers", "sisters", "siblings"))
        else set()
    )
    if len(families) == 1:
        # "the Pennock twins ... Ollie will hold it ... Harry, whose leg-spin": given names the
        # article writes alone, never with a family name, are the siblings' it names so
        family = families.pop()
        for s, e, _t, _r in singles:
            given = body[s:e]
            full = f"{given} {family}"
            if given != family and is_first_name(given) and full not in ppl.roles and given not in ppl.tokens:
                ppl.roles[full] = None
                ppl.note_gender(full, first_name_gender(given), 1)
                ppl.add_tokens(full, s, body)
                ppl.words.update(full.split())
    shared: dict[str, list[str]] = {}  # surname -> every full name with it, first seen first
    family_first: dict[str, list[str]] = {}  # a family name written first -> full names
    for full in ppl.roles:
        if " " in full:
            lst = shared.setdefault(full.split()[-1], [])
            if full not in lst:
                lst.append(full)
    for full in list(ppl.roles):
        parts = full.split()
        if len(parts) == 2 and parts[0] in _KOREAN_FAMILY and _KOREAN_GIVEN.fullmatch(parts[1]):
            # "Pastor Kim Young-sik", later "Pastor Kim": the family name written first, one
            # of the article's Kims ("Jason Kim" too), told apart by the title
            family_first.setdefault(parts[0], []).append(full)
            continue
        if len(parts) == 3 and _first_surname_used(body, parts):
            # "Marisol Rivera Colón" ... "Ms. Rivera": a Spanish name's first surname is how
            # the article calls her (and her father "Ángel Rivera Santos" too)
            ppl.surnames.setdefault(parts[1], full)
            lst = shared.setdefault(parts[1], [])
            if full not in lst:
                lst.append(full)
    # "King Haddad" is known by his given name: never the "Karim Haddad" the article also names
    royal = {
        body[s:e]: rm.group(0).strip()
        for s, e, titled, _r in singles
        if titled and (rm := _ROYAL_BEFORE.search(body, max(0, s - 20), s)) is not None
    }
    kin_named: dict[str, list[str]] = {}  # surname -> relatives named by a given name, so far
    lone_words: dict[str, bool] = {}  # a word's answer holds for the whole body
    given_style: bool | None = None  # asked once, only when a word could be either
    _relatives_restated(ppl, body)  # "Her husband was more guarded. “...,” Dr Lachlan said": him
    for s, e, titled, role in singles:
        w = body[s:e]
        # after a title ("Ms Chada" for Monica Chadha) a typo in a shorter surname is read too
        full = ppl.surnames.get(w) or ppl.by_token(w, s)
        if (
            full is None
            and w in ppl.roles
            and ppl.gender_of(w) is not None
            and any(m.name == w and m.start < s for m in ppl.mentions)
            # (not a side the text gives a plural verb: "Boro, who are playing in Europe")
            and re.search(rf"\b{re.escape(w)}(?:,[ \t]+who)?[ \t]+(?:are|were)\b", body) is None
        ):
            full = w  # "said Tamsin, who ..." ... "Tamsin nodded.": a person known by one name, again
        if w in royal and full is not None and full.split()[0] != w:
            if titled and _ROYAL_BEFORE.search(body, max(0, s - 20), s):
                full = None  # "King Haddad": the monarch, named by his given name
            elif not titled and _given_name_alone(body, full):
                # "Haddad said" where "Karim Haddad" is "Karim" throughout: the article's
                # bare "Haddad" is King Haddad, the other is called by his given name
                full = None
                role = role or royal[w]
        if full is None:
            full = misspelt_surname(ppl.surnames, w, 5 if titled else 6)
            if full is not None and body.find(full) > s:
                # a typo goes back to someone named before: "President Reagan" in the lead is
                # no misspelt "Regan" for the Donald Regan the story names later
                full = None
        if len(shared.get(w, ())) > 1:
            full = _shared_surname(ppl, body, shared[w], s, w) or full
        elif titled and w in kin_named:
            # "June Albright, who runs the cafe with her husband, Earl, ... Mr. Albright said":
            # the relative named by a given name alone is one of the family the title picks from
            full = _shared_surname(ppl, body, [*shared.get(w, ()), *kin_named[w]], s, w) or full
        elif titled and w in family_first:
            cands = [*family_first[w], *shared.get(w, ())]
            full = (_shared_surname(ppl, body, cands, s, w) if len(cands) > 1 else cands[0]) or full
        if full is None and w not in shared:
            # "Wang Lihua has sold noodles for 19 years ... “...,” Wang said": a family name
            # written first, of the one person named so far whose name opens with it
            opens = _names_opening_with(ppl, w, s)
            if len(opens) == 1 and len(opens[0].split()) <= 3:
                full = opens[0]
        if full is not None and full.split()[-1] == w and full.split()[0] != w:
            if given_style is None:
                given_style = _calls_by_given_name(ppl, body)
            if given_style:
                # "Tesfaye said" where the article calls everyone by the given name ("Girma
                # said", "Mr Dawit said"): Tesfaye Mulugeta, not Girma Tesfaye
                opens = _names_opening_with(ppl, w, s)
                if len(opens) == 1:
                    full = opens[0]
        if full is not None and full != w and ppl.first.get(full, -1) > s:
            # "Tran Van Hieu, a shrimper, ... "...," Tran said" before his son "Kevin Tran" is
            # named: a family name written first is the one named so far
            full = next(iter(_names_opening_with(ppl, w, s)), full)
        if (
            full is not None
            and not titled
            and full.split()[-1] == w
            and SENTENCE_OPENS_BEFORE.search(body, max(0, s - 4), s)
            and w.lower() in lower_words(body)
        ):
            # "Wrestling was one of four programs" beside a group called "Save Laker Wrestling":
            # a common word the article also writes in lower case, capitalised only by opening a
            # sentence, is no mention of the name that ends with it
            continue
        em = _ELDER_BEFORE.search(body, max(0, s - 16), s) if full is not None else None
        if em is None and full is not None and (sm := _SENIOR_AFTER.match(body, e)) is not None:
            em = sm  # "Mensforth Snr", "Mensforth Jnr": the elder, the younger
        if em is None and full is not None and full != w and full.split()[-1] == w:
            em = _ELDER_TITLED_BEFORE.search(body, max(0, s - 22), s)  # "the elder Mr Jenkins"
        if em is not None:
            # "The elder Tran", "the younger Dunmore": one of two people sharing the name
            kin_names = [f for f in ppl.first if w in f.split() and ppl.first[f] < s]
            tg = (
                _GENDERED_TITLES.get(em.group(0).split()[-1].lower().rstrip("."))
                if em.re is not _SENIOR_AFTER
                else None
            )
            if len(kin_names) > 2 and tg is not None:
                # "the elder Mr. Halvorsen" of a father, a son and a daughter: of the two men
                kin_names = [f for f in kin_names if ppl.gender_of(f) == tg]
            if len(kin_names) == 2:
                elder = em.group(1) != "younger" if em.re is not _SENIOR_AFTER else em.group(1) is not None
                full = _elder_or_younger(ppl, body, kin_names, s, elder)
        if (
            titled
            and full is not None
            and full != w
            and role_gender(role) is not None
            and first_name_gender(full.split()[0]) not in (None, role_gender(role))
            and _KIN_WORD.search(body) is not None
        ):
            # "Mrs. Caray" in an article about Harry Caray that speaks of "his widow": her, not
            # him (without a relative in the story, "Ms Berry" is Jan Berry, the name's guess wrong)
            full = None
        kin = False
        intro_gender = None
        introduced = False
        if full is None:
            # (a given name either sex bears too: "his 18-year-old brother Kyle")
            kin = (first_name_gender(w) is not None or is_first_name(w)) and (
                KIN_BEFORE.search(body, max(0, s - 16), s) is not None
                or _INTRODUCED.match(body, e) is not None  # "Jane, who runs the website,"
            )
            intro = _INTRODUCED_AS.match(body, e) or INTRODUCED_BEFORE.search(body, max(0, s - 50), s)
            if (
                intro is not None
                and not kin
                and w not in L.DEMONYMS
                and w.lower() not in L.CAP_STOPWORDS
                and _CAPITAL_WORD_BEFORE.search(body, max(0, s - 30), s) is None  # not "KK Mittal"'s last word
            ):
                # the words that introduce her say what a first name alone cannot: "herself", "mother"
                kin = introduced = True
                intro_gender = next(
                    (g for t in _WORD.findall(intro.group(0)) if (g := word_gender(t) or pronoun_gender(t))), None
                )
            head_role = role.split(" of ")[0].split()[-1] if role else ""
            named_by_role = (
                role is not None
                and (
                    head_role in _MONONYM_ROLES
                    # "Indonesian Energy minister Subroto said": an office, then one name and a cue
                    or (head_role.lower() in L.ROLE_NOUNS and _PERSON_AFTER.match(body, e) is not None)
                )
                and w not in L.DEMONYMS
                and w.lower() not in L.CAP_STOPWORDS
                and w.lower() not in L.WEEKDAYS
                and w.lower() not in L.MONTHS
                and not in_quote(s)
            )  # "Barca midfielder Deco": a player known by one name
            lone = not titled and not kin and not named_by_role and not in_quote(s)
            if lone:
                if w not in lone_words:
                    lone_words[w] = _lone_speaker_word(body, w)
                lone = lone_words[w]
            if not titled and not kin and not named_by_role and not lone:
                continue
            if titled and _named_work(body, s, w):
                continue  # "Star Wars": a title of a work that opens with a role word
            full = w  # "Mr Thomas"; "his daughter Emily", "his wife, Sheila": the first name alone
            pk = _POSSESSOR_KIN.search(body, max(0, s - 200), s) if kin and not introduced else None
            owner = (ppl.surnames.get(pk.group(1) or pk.group(2) or pk.group(3)) or "") if pk is not None else ""
            if pk is None and kin and not introduced:
                km = _PRONOUN_KIN.search(body, max(0, s - 60), s)
                if km is not None:
                    # "Dana and Ray Whitlock sat with their 14-year-old daughter, Kaylee": the
                    # family named just before in the sentence
                    near = [
                        m.name
                        for m in ppl.mentions
                        if km.start() - 200 < m.end <= km.start()
                        and " " in m.name
                        and not m.in_quote
                        and not re.search(r"[.!?]\s", body[m.end : km.start()])
                    ]
                    owner = near[-1] if near else ""
                    far = _pronoun_owner(ppl, body, km.start()) if not near else ""
                    if " " in far and w not in kin_named.setdefault(far.split()[-1], []):
                        # "Pauline Spalding, 71, has ... ¶ Now she and her husband, Roger, 74,": he
                        # keeps the name the text gives him, and "Mr Spalding" later is him
                        kin_named[far.split()[-1]].append(w)
            if " " in owner:
                # "Ms Hosseini’s daughter, Mariam", "Kerry Doyle, whose son Jayden": the family's
                # surname is hers too, and "Mariam" later is her
                full = f"{w} {owner.split()[-1]}"
                if full not in kin_named.setdefault(owner.split()[-1], []):
                    kin_named[owner.split()[-1]].append(full)
                ppl.tokens.setdefault(w, set()).add(full)
                ppl.first.setdefault(full, s)
            ppl.roles.setdefault(full, role)
            if not kin or introduced:
                ppl.surnames.setdefault(w, full)  # "Moriom, 23, a sewing operator": "Moriom" later too
        if full != w and not ppl.roles.get(full):
            am = _AGED_APPOSITIVE.match(body, e)
            if am is not None and {x.lower() for x in _WORD.findall(am.group(1))} & (L.ROLE_NOUNS | L.TITLE_WORDS):
                # "The cousins — Dale, 58, the two-term Republican sheriff of Tamsen County, and
                # Wade": the office set beside a given name is the full name's
                ppl.roles[full] = am.group(1).strip()
        ppl.spans.add((s, e))
        ppl.mentions.append(Mention(s, e, full, in_quote(s)))
        ppl.note_gender(full, role_gender(role), 2)  # "Mr Thomas", "Lady Brenner"
        if kin:
            ppl.note_gender(full, first_name_gender(w) or intro_gender, 1)
    for s, e in titled_titles:
        full = ppl.surnames.get(body[s:e])
        if full is not None and full != body[s:e]:
            ppl.spans.add((s, e))
            ppl.mentions.append(Mention(s, e, full, in_quote(s)))
    # a lone title word that is a known surname ("King knew about the union" after Martin
    # Luther King), never after an article ("the King") and never before a name ("King Abdullah")
    if ppl.surnames:
        for items in runs:
            if len(items) != 1 or items[0][2] != TITLE:
                continue
            s0, e0 = items[0][:2]
            w = body[s0:e0]
            full = ppl.surnames.get(w)
            if full is None or full == w or (s0, e0) in ppl.spans or _ARTICLE_BEFORE.search(body, max(0, s0 - 5), s0):
                continue
            if first_name_gender(full.split()[0]) is None:
                continue  # a person's name, not "Old Labour" that the name finder let through
            ppl.spans.add((s0, e0))
            ppl.mentions.append(Mention(s0, e0, full, in_quote(s0)))
    # untitled single place words that are a known surname ("Austin’s warning"), or the
    # middle name of one person named before ("Nogales said" after "Javier Nogales Iturri":
    # Spanish names' first surname)
    if ppl.surnames:
        for items in runs:
            for s0, e0, lab, _ent in items:
                if lab != PLACE or (s0, e0) in ppl.spans:
                    continue
                w = body[s0:e0]
                full = ppl.surnames.get(w)
                if full is None and len(items) == 1:
                    full = ppl.by_token(w, s0)
                    if full is not None and w not in full.split()[1:-1]:
                        full = None
                if full is not None and full != w:
                    ppl.spans.add((s0, e0))
                    ppl.mentions.append(Mention(s0, e0, full, in_quote(s0)))
    _employer_surnames(ppl)
    _employers_before_roles(ppl)
    _quoted_sign_offs(ppl, body)
    _first_names_to_full(ppl)
    _family_names_first(ppl, body)
    _given_names_to_full(ppl)
    _full_names_given(ppl, body)
    _blanked_nicknames(ppl, nicknames)
    _generations(ppl, body)
    _dateline_places(ppl, body)
    _birth_names(ppl, body)
    _relatives_restated(ppl, body)  # again, for relatives named by a given name since
    ppl.finish()
    return ppl


#: A relative introduced by name: "whose son |Liam", "her husband, |Daniel Okoro", "Ms Roy's
#: daughter, |Mariam" (group 1: the word for the relative).
_KIN_NAMED = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|whose|[A-Z][\w-]+(?:’s|'s|’|'))[ \t]+"
    r"(?:(?:eldest|elder|older|younger|youngest|only)[ \t]+)?(" + _KIN_ALTERNATION + r"),?[ \t]+"
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Rev|Sir|Lady|Lord)\.?[ \t]+)?$"
)
#: Someone's relative by that word alone, "Her son, who ...", "His wife was" (a sentence's
#: opening when ``SENTENCE_OPENS_BEFORE`` says so).
_KIN_OPENS_SENTENCE = re.compile(r"(?:Her|His)[ \t]+(" + _KIN_ALTERNATION + r")\b(?!,?[ \t]+[A-Z])")


#: Each spouse's word for the other.
_SPOUSE = {"wife": "husband", "husband": "wife"}
#: "his wife, ", "her husband, ": a spouse introduced as the one named before's.
_HIS_SPOUSE = re.compile(r"(?:his|her)[ \t]+(?:wife|husband)")


def _relatives_restated(ppl: People, body: str) -> None:
    """ "Carol Jennings, ... whose son Liam works at the refinery ... ¶ Her son, who has worked
    there since 2021, said he would look elsewhere": a sentence opening on "Her son" is about
    the one relative the article introduced by name with that word before, so it is a mention
    of him (and "he said" after it his)."""
    openers = [
        om
        for om in _KIN_OPENS_SENTENCE.finditer(body)
        if SENTENCE_OPENS_BEFORE.search(body, max(0, om.start() - 4), om.start())
    ]
    if not openers:
        return  # (most articles: the relative sentences are rare, the mentions many)
    told = sorted((m for m in ppl.mentions if not m.in_quote), key=lambda m: m.start)
    by_kin: dict[str, list[tuple[int, str, str | None]]] = {}  # kin word -> (at, relative, whose)
    for i, m in enumerate(told):
        if " " not in m.name:
            continue
        km = _KIN_NAMED.search(body, max(0, m.start - 40), m.start)
        if km is not None:
            owner = next((o.name for o in reversed(told[:i]) if o.end <= km.start() and o.name != m.name), None)
            by_kin.setdefault(km.group(1), []).append((m.start, m.name, owner))
            if owner is not None and km.group(1) in _SPOUSE and _HIS_SPOUSE.match(body, km.start()):
                # "Dr Ewan Lachlan and his wife, Dr Catriona Lachlan": her husband is him
                by_kin.setdefault(_SPOUSE[km.group(1)], []).append((m.start, owner, m.name))
    if not by_kin:
        return
    taken = {m.start for m in ppl.mentions}
    for om in openers:
        named = {(n, owner) for at, n, owner in by_kin.get(om.group(1), ()) if at < om.start()}
        if len(named) != 1 or ppl.in_quote(om.start()) or om.start(1) in taken:
            continue
        name, owner = named.pop()
        # the one "Her" is: the last other person named before, whose relative was introduced
        # ("His grandfather laughed" after Cody is Cody's, not Mr. Tuttle's grandfather Silas)
        last = next((o.name for o in reversed(told) if o.end <= om.start() and o.name != name), None)
        if owner is not None and last == owner:
            ppl.mentions.append(Mention(om.start(1), om.end(1), name, False))


#: "Born Agnes Carrow, the second of three daughters ..., she was known as Nessa": a birth name,
#: then the subject it is the name of.
_BORN = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=\n))Born[ \t]+(?=[A-Z])")


def _birth_names(ppl: People, body: str) -> None:
    """A name given as someone's birth name ("Born Agnes Carrow, ... she") is the person named
    before it with the same surname, whom the story is about: one person, not two."""
    for bm in _BORN.finditer(body):
        at = [m for m in ppl.mentions if m.start == bm.end()]
        if not at:
            continue
        born = at[0].name
        surname = born.split()[-1]
        earlier = {
            m.name
            for m in ppl.mentions
            if m.start < bm.start()
            and m.name != born
            and m.name.split()[-1] == surname
            and " " in m.name
            and not m.in_quote
        }
        if len(earlier) == 1:
            _rename(ppl, born, earlier.pop())


def _blanked_nicknames(ppl: People, nicknames) -> None:
    """A nickname the text took out of a name (``Ernesto "Ka Erning" Dimaculangan``) and uses
    alone ("said Ka Erning") is that person's."""
    for nick, at in nicknames:
        m = next((m for m in ppl.mentions if m.start < at <= m.end and " " in m.name), None)
        if m is None or m.name == nick or f'"{nick}"' in m.name:
            continue
        _name_with_nickname(ppl, m.name, nick, len(ppl.body[m.start : at].split()))


def _name_with_nickname(ppl: People, full: str, nick: str, given_words: int) -> None:
    """Make ``full`` the name as the article writes it with the nickname it also goes by
    ("Ahmed "Mido" Hossam"), and the nickname alone a mention of it: the fullest name holds
    both the one a reader knows and the one the story uses."""
    words = full.split()
    new = " ".join([*words[:given_words], f'"{nick}"', *words[given_words:]])
    for m in ppl.mentions:
        if m.name in (full, nick):
            m.name = new
    for old in (full, nick):
        if old in ppl.roles:
            role = ppl.roles.pop(old)
            if role and not ppl.roles.get(new):
                ppl.roles[new] = role
            ppl.roles.setdefault(new, None)
        if old in ppl.gender and new not in ppl.gender:
            ppl.gender[new] = ppl.gender[old]
        if old in ppl.first:
            ppl.first[new] = min(ppl.first.pop(old), ppl.first.get(new, len(ppl.body)))
    for w, f in list(ppl.surnames.items()):
        if f in (full, nick):
            ppl.surnames[w] = new
    ppl.surnames.setdefault(nick, new)
    for fulls in ppl.tokens.values():
        if full in fulls or nick in fulls:
            fulls.discard(full)
            fulls.discard(nick)
            fulls.add(new)


_COURTESY_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_COURTESY)) + r")\.?[ \t]+$", re.I)


def _before_courtesy(body: str, s: int) -> int:
    """Where a courtesy title written right before ``s`` starts ("Mme " in "Mme Hélène"), or ``s``."""
    m = _COURTESY_BEFORE.search(body, max(0, s - 12), s)
    return m.start() if m is not None else s


#: The place in capitals that opens a dateline: "LANARK BAY — ", "PORT CALDER, Ore. (AP) — ".
_DATELINE_PLACE = re.compile(r"(?:^|\n)[ \t]*([A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){1,3})(?=,|[ \t]*(?:\(|—|–|--|-))")


def _dateline_places(ppl: People, body: str) -> None:
    """A name of two or more words that a dateline writes in capitals is the place the story
    is filed from, never a person ("LANARK BAY — ..." then "the Lanark Bay Film Festival")."""
    places = set()
    for dm in _DATELINE_PLACE.finditer(body):
        line = DATELINE.match(body, dm.start(1))
        if line is not None:
            places.add(" ".join(w.capitalize() for w in dm.group(1).split()))
            # ("COYOTE SPRINGS CHAPTER, Navajo Nation —": the region after it too)
            places.update(m.name for m in ppl.mentions if dm.start(1) <= m.start and m.end <= line.end())
    gone = {p for p in places & set(ppl.roles) if " " in p}
    if not gone:
        return
    ppl.mentions[:] = [m for m in ppl.mentions if m.name not in gone]
    for name in gone:
        ppl.roles.pop(name, None)
    for w in [w for w, f in ppl.surnames.items() if f in gone]:
        del ppl.surnames[w]
    for fulls in ppl.tokens.values():
        fulls -= gone


#: A generation right after a name: " Jr.", ", Sr.", " III".
_GENERATION_AFTER = re.compile(r",?[ \t]+(" + "|".join(sorted(NAME_SUFFIXES, key=len, reverse=True)) + r")\b\.?")
_GENERATION_RANK = {"Sr": 0, "Jr": 1, "II": 1, "III": 2, "IV": 3}


def _generations(ppl: People, body: str) -> None:
    """A father and son (or three generations) sharing one name, each written with a generation
    somewhere ("Harlan Voss Sr.", "Voss Jr."), become one person per generation: a mention with
    its generation is that one, "the elder Voss" the oldest and "the younger Voss" the youngest,
    and a bare "Voss" the one named with a generation last before it (or first after it)."""
    written: dict[str, set[str]] = {}  # full name -> the generations written after it
    for m in ppl.mentions:
        gm = _GENERATION_AFTER.match(body, m.end)
        if gm is not None:
            written.setdefault(ppl.surnames.get(m.name, m.name), set()).add(gm.group(1))
    for base, gens in written.items():
        if len(gens) < 2 or " " not in base:
            continue
        surname = base.split()[-1]
        names = {g: f"{base} {g}." if g in ("Jr", "Sr") else f"{base} {g}" for g in gens}
        order = sorted(gens, key=lambda g: _GENERATION_RANK[g])
        ours = sorted(
            (
                m
                for m in ppl.mentions
                if m.name == base or m.name in (f"{surname} Jr", f"{surname} Sr") or m.name == surname
            ),
            key=lambda m: m.start,  # (mentions are put in text order only by ``finish``)
        )
        last: str | None = None
        pending = []
        for m in ours:
            gm = _GENERATION_AFTER.match(body, m.end)
            gen = gm.group(1) if gm is not None and gm.group(1) in gens else None
            if gen is None and m.name.endswith((" Jr", " Sr")):
                gen = m.name[-2:]
            if gen is None:
                em = _ELDER_BEFORE.search(body, max(0, m.start - 16), m.start)
                if em is not None:
                    gen = order[0] if em.group(1) == "elder" else order[-1]
            if gen is None:
                if last is None:
                    pending.append(m)
                    continue
                gen = last
            last = gen
            for p in pending:
                p.name = names[gen]
            pending = []
            m.name = names[gen]
        for m in pending:
            m.name = names[order[0]]
        for full in names.values():
            ppl.roles.setdefault(full, ppl.roles.get(base))
            if base in ppl.gender:
                ppl.gender.setdefault(full, ppl.gender[base])
            at = [m.start for m in ppl.mentions if m.name == full]
            if at:
                ppl.first[full] = min(at)
            ppl.suffixes[full] = None
        ppl.suffixes[base] = None


#: "Tavinho, whose full name is Gustavo Henrique Tavares da Silva": the name the article goes on
#: using, then the person's full one.
_FULL_NAME_IS = re.compile(
    r"\b([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?),?[ \t]+(?:whose[ \t]+(?:full|real|legal|birth)[ \t]+name[ \t]+is"
    r"|(?:full|real|legal)[ \t]+name[ \t]+|born)[ \t]+(?=[A-Z])"
)


#: A nickname in quotation marks inside a name: "Lachlan 'Tank' Fairweather".
_NICKNAME_INSIDE = re.compile(
    r"\b([A-Z][\w’'-]+)[ \t]+[‘'\"“]([A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)[’'\"”][ \t]+([A-Z][\w’'-]+)"
)
#: A name the article says people call someone: "Everyone here calls him Hasan Bey.", "Saniye
#: Hanım, as the men call her,", "The children call her Tita Baby."
_CALLS_HIM = re.compile(
    r"\b(?:calls?|called|know|knows)[ \t]+(him|her)[ \t]+"
    # ('call him "Chú Thành," or Uncle Thanh': the name in their language, then in English)
    r"(?:[\"“][^\"“”\n]{1,30}[\"”],?[ \t]+or[ \t]+)?"
    r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})(?=[ \t]*[.,;])"
)
#: "Known to everyone in the market as Abu Karim, he says ...": the alias, then whose it is.
_KNOWN_AS_HE = re.compile(
    r"\b[Kk]nown(?:[ \t]+(?:to|in|among|around)[^,.;:\"“”\n]{1,40})?[ \t]+as[ \t]+"
    r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}),[ \t]+(he|she)\b"
)
#: "Akhtar, known in the dressing room as “Toofan”,": a name, then the alias it goes by.
_NAME_KNOWN_AS = re.compile(
    # (the name may hold a particle, "Hussein al-Amin", and an apposition may come between:
    # "Sani Danjuma, a veteran operator popularly called “Baba Dollar”,")
    r"\b([A-Z][^,.;:\"“”\n]{1,40}?),[ \t]+(?:\d{1,3},[ \t]+)?(?:(?:an?|the)[ \t]+[^,;:\"“”\n]{1,80}?[ \t]+"
    # ("Tayla, 27, who found fame on the show in 2021 and was dubbed “Tayla Twinkle”")
    r"|who[ \t]+[^,;:\"“”\n]{1,100}?[ \t]+(?:was|is|were|has[ \t]+been|had[ \t]+been)[ \t]+)?"
    r"(?:(?:(?:better|widely|popularly|affectionately|fondly)[ \t]+)?(?:known|nicknamed|dubbed)"
    r"|(?:better|widely|popularly|affectionately|fondly)[ \t]+called)"
    r"(?:[ \t]+(?:to|in|among|around|on|by)[^,.;:\"“”\n]{1,50}?)?[ \t]+(?:as[ \t]+)?"
    r"[\"“]?([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})[\"”]?"
)
_AS_THEY_CALL = re.compile(
    r"\b([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}),[ \t]+as[ \t]+(?:[\w’'-]+[ \t]+){1,4}?"
    r"(?:calls?|called|know|knows)[ \t]+(him|her),"
)


def _aliases_given(ppl: People, body: str) -> None:
    """A name the article says others call someone ("Everyone here calls him Hasan Bey";
    "Saniye Hanım, as the men call her,") is that person's wherever it is written alone: the
    person named last before it, of the pronoun's sex when the name tells it; after a name
    ("Akhtar, known on the terraces as “Toofan”,") it is that name's person."""
    if not any(w in body for w in ("call", "know", "Known", "nicknamed", "dubbed")):
        return  # (most articles give no alias: skip the patterns)
    for km in _NAME_KNOWN_AS.finditer(body):
        alias = km.group(2)
        # (the mention may start after a title: "Alhaji Sani Danjuma, a veteran ...")
        m = next((m for m in ppl.mentions if km.start(1) <= m.start and m.end == km.end(1) and m.name != alias), None)
        if m is None:
            continue
        ppl.surnames.setdefault(alias, m.name)
        if alias in ppl.roles:
            _rename(ppl, alias, m.name)
    for rx, alias_group, pronoun_group in ((_CALLS_HIM, 2, 1), (_AS_THEY_CALL, 1, 2), (_KNOWN_AS_HE, 1, 2)):
        for cm in rx.finditer(body):
            alias = cm.group(alias_group)
            want = "m" if cm.group(pronoun_group) in ("him", "he") else "f"
            para = body.rfind("\n", 0, cm.start()) + 1  # (named in the same paragraph, before)
            before = []
            for _ in range(2):  # (or in the paragraph before, when this one opens with the alias)
                before = [
                    m
                    for m in ppl.mentions
                    if para <= m.start < cm.start(alias_group)
                    and m.name != alias
                    and " " in m.name
                    and not m.in_quote
                    and ppl.gender_of(m.name) in (None, want)
                ]
                if before or para == 0 or body[para : cm.start()].count(".") > 0:
                    break
                end = len(body[:para].rstrip())
                para = body.rfind("\n", 0, end) + 1
            if not before:
                continue
            # ("Uncle Thanh": one whose name has a word of the alias, else the one named last)
            sharing = [m for m in before if set(m.name.split()) & set(alias.split())]
            full = max(sharing or before, key=lambda m: m.start).name
            ppl.surnames.setdefault(alias, full)
            if alias in ppl.roles:
                _rename(ppl, alias, full)
            for m in ppl.mentions:
                if body[m.start : m.end] == alias:
                    m.name = full


def _full_names_given(ppl: People, body: str) -> None:
    """Give the mentions of a short or stage name the full name the article says is the same
    person's, so that the speaker is the fullest name written; a nickname written inside a
    name ("Lachlan 'Tank' Fairweather") names that person alone too ("Tank said")."""
    for nm in _NICKNAME_INSIDE.finditer(body):
        full = f"{nm.group(1)} {nm.group(3)}"
        nick_used = len(re.findall(rf"\b{re.escape(nm.group(2))}\b", body)) >= 2
        given_used = len(re.findall(rf"\b{re.escape(nm.group(1))}\b", body)) >= 2
        if not nick_used and not given_used:
            continue  # a nickname the story never uses alone ("Ernesto 'Che' Guevara") is left as written
        if (
            full not in ppl.roles
            # ("Anong 'Nok' Srisombat" ... "Ms Anong said": a given name no list knows, used alone)
            # (or a nickname used alone later: 'Everton "Bredda" Campbell' ... 'Bredda said')
            and (is_first_name(nm.group(1)) or given_used or nick_used)
            and nm.group(1).lower() not in L.CAP_STOPWORDS
            and not ppl.in_quote(nm.start())
        ):
            # the quotation marks cut the name in two for the name finder: one person again
            ppl.roles[full] = None
            ppl.note_gender(full, first_name_gender(nm.group(1)), 1)
            # (its surname alone was read as someone else's of that name: "Marcia Campbell")
            ppl.mentions[:] = [m for m in ppl.mentions if not (nm.start(1) <= m.start and m.end <= nm.end(3))]
            ppl.mentions.append(Mention(nm.start(1), nm.end(3), full, False))
            ppl.first.setdefault(full, nm.start(1))
            ppl.surnames.setdefault(nm.group(3), full)
            ppl.add_tokens(full, nm.start(1), body)
        given = nm.group(1)
        if (
            given_used
            and full in ppl.roles
            and given in ppl.roles
            and all(f == full or f.split()[0] != given for f in ppl.roles if " " in f)
        ):
            _rename(ppl, given, full)  # "Ms Anong said": the one person with that given name
        if nick_used and full in ppl.roles:
            _name_with_nickname(ppl, full, nm.group(2), 1)  # "Tank said": Lachlan "Tank" Fairweather
    _aliases_given(ppl, body)
    for fm in _FULL_NAME_IS.finditer(body):
        short = ppl.surnames.get(fm.group(1), fm.group(1))
        full = next((m.name for m in ppl.mentions if m.start == fm.end()), None)
        if full is None or full == short or short not in ppl.roles or len(full.split()) <= len(short.split()):
            continue
        for m in ppl.mentions:
            if m.name == short:
                m.name = full
        ppl.surnames[fm.group(1)] = full
