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
from .rx import SPOKES_HEAD, alternation
from .text import Quote


def _forms(words: str) -> frozenset:
    """Each base verb's -s, -ed and -ing forms ("urge": urges urged urging), and the base."""
    out = set()
    for w in words.split():
        out |= L._inflect(w)
    return frozenset(out)


#: Verbs of saying, thinking and showing whose complement is the statement reported (regular
#: verbs as bases; irregular forms written out).
_SAY_WORDS = _forms("""
add state declare announce argue claim explain insist note warn suggest acknowledge admit concede
confirm deny predict report testify assert contend maintain emphasize emphasise stress believe
fear complain counter agree recall reveal disclose estimate conclude observe indicate reply
respond promise pledge vow threaten urge assure inform remind tweet allege charge caution
mention point complain worry doubt reckon assume signal hint imply recommend propose
demand plan cite criticize criticise praise condemn attack blast slam accuse blame question
dismiss reject defend endorse support back describe call argue learn vow insist
reiterate repeat stress underscore highlight tout announce unveil outline detail explain
acknowledge speculate guess figure reason posit complain lament boast brag joke quip muse
forecast project calculate determine rule find show
""") | frozenset(
    """
said says say told tells tell telling wrote writes write writing written thought thinks think
thinking believes found finds finding shows showed
shown showing understood understands understand spoke speaks speaking
""".split()
)
#: Participles of speaking that report the main clause's subject: "X did Y, saying that ...".
_SPEECH_PARTICIPLES = frozenset(
    """
saying adding arguing noting claiming insisting warning suggesting explaining telling writing citing
accusing urging describing calling asserting stressing contending declaring predicting promising
vowing pledging acknowledging admitting conceding complaining alleging charging
""".split()
)
_SAY_WORDS = _SAY_WORDS | _SPEECH_PARTICIPLES
#: Cues whose object comes before the statement ("told reporters that", "urged Congress to").
#: ("voiced concern that", "expressed hope that": the feeling voiced, then what it is about)
_OBJECT_CUES = _forms("warn assure inform remind urge encourage ask voice express") | frozenset(
    "told tells tell telling".split()
)
#: Cues that take an infinitive ("vowed to fight on").
_TO_CUES = _forms("promise pledge vow threaten urge agree plan encourage ask call warn") | frozenset(
    "told tells tell telling".split()
)
#: Cues whose object is the statement reported, a noun phrase as often as a clause ("cited the
#: risks", "called for a ban", "criticized the plan").
_NP_CUES = _forms("call propose recommend demand plan point complain")
#: Verbs of stance whose object is what the source said or holds ("cited the risks", "called the
#: plan a disaster", "criticized the ruling"): read only after a named source, never a bare noun.
_STANCE_CUES = _forms(
    "cite criticize criticise condemn denounce praise question dispute mock ridicule "
    "lambast lambaste blast slam dismiss reject applaud welcome "
    # positions taken and things made public: what PolNeAR-style attribution reads as content
    "announce endorse support defend oppose propose describe accuse blame attack "
    "predict promise pledge thank congratulate discuss mention express reveal disclose "
    "voice tout hail decry deride lament prefer favor favour champion challenge "
    "recommend demand back"
) | frozenset("call calls called calling".split())
#: Verbs of judging, whose object a writer may quote in part ("praised his side's “never-say-die”
#: spirit", "accused him of wanting to “gut” schools").
JUDGING_CUES = _forms(
    "accuse praise criticise criticize slam blast attack hail welcome condemn dismiss brand label dub "
    "defend describe denounce lambast lambaste mock ridicule"
) | frozenset("labelled labelling".split())
#: Stance cues that, like verbs of speaking, may come before their source ("..., predicted Ann Lee").
_INVERTING = _forms("predict announce promise pledge describe")
#: Cues read with a particle ("called for", "pointed to", "complained about", "warned of").
_PARTICLE_CUES = _forms("call point complain warn speak worry") | frozenset("spoke speaks speaking".split())
_DURATION = re.compile(r"[ \t]+(?:[\w-]+[ \t]+){0,3}(?:minutes?|hours?|seconds?)\b")
_SPEAK_FORMS = _forms("speak") | frozenset("spoke speaks speaking spoken".split())
#: ... which are cues only with it ("pointed to", not "pointed"; "spoke of", not "spoke").
_NEEDS_PARTICLE = _forms("point speak call") | frozenset("spoke speaks speaking".split())
_PARTICLE = re.compile(
    r"[ \t]+(?:for|on|about|of|against|to|out)\b(?![ \t]+(?:the[ \t]+)?(?:phone|stage|air|record|camera|radio|television|TV|Twitter|Facebook)\b)"
)
#: Cues whose "to" introduces what is said ("pointed to the record"), not whom it was said to.
_TO_PARTICLE_OK = _forms("point")
_DATE_WORD = re.compile(
    r"[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|\d)"
)
#: Cues whose statement may follow without "that" ("said the plan failed"); the others
#: need it, since their object is as often a thing as a statement ("denied the charges",
#: "declared victory", "maintained his lead").
_BARE_OK = (
    frozenset(
        """
said says say told tells added adds noted notes argued argues claimed claims insisted insists
explained explains wrote writes suggested suggests warned warns believes believed thinks thought
fears feared stressed stresses emphasized emphasised predicted predicts acknowledged
acknowledges admitted admits conceded concedes recalled recalls replied replies responded responds
tweeted tweets estimated estimates agreed agrees complained complains
believe think worry worries worried
reckon reckons reckoned found finds showed shows argue claim insist
saying adding arguing noting claiming insisting warning suggesting explaining writing
""".split()
    )
    | _NP_CUES
    | _STANCE_CUES
)
#: Asking: what was asked follows its object, as a question ("asked Ann Lee whether ...") or a
#: request ("asked the court to ...").
_ASK_FORMS = _forms("ask")
_SAY_WORDS = _SAY_WORDS | _STANCE_CUES | _PARTICLE_CUES | _ASK_FORMS
_CUE = re.compile(r"\b" + alternation(_SAY_WORDS) + r"\b")
_THAT = re.compile(r"\bthat\b")
#: Short phrases between the cue and the statement: "on Monday", "in a statement", "last week".
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_ADJUNCT = re.compile(
    r"(?:[ \t]+(?:"
    # a day: "on Monday", "on Friday night" (never the words after it: "said on Monday the state ...")
    r"on[ \t]+(?:" + _DAYS + r")(?:[ \t]+(?:morning|afternoon|evening|night))?\b"
    # what prompted it, before "that": "said in response to an inquiry that ..."
    r"|in[ \t]+(?:response|reply|answer)[ \t]+to(?:[ \t]+(?:a|an|the|his|her|their|its|reporters['’]))?"
    r"(?:[ \t]+[A-Za-z’'-]+){1,2}?(?=[ \t]+that\b)"
    # a preposition and a short noun phrase: "in a statement", "at a rally"
    r"|(?:on|in|at|during)\b(?:[ \t]+(?:a|an|the|his|her|their|its)?[ \t]*"
    r"(?!(?:before|after|that|to|when|while|because|if|as|it|he|she|they|we|I|the)\b)(?:[A-Za-z0-9’'-]+)){0,3}"
    # ... and whom with: "in an interview with The Daily Post"
    r"(?:[ \t]+(?:with|to|for)[ \t]+(?:the[ \t]+)?[A-Z][A-Za-z0-9.’'&-]*(?:[ \t]+[A-Z][A-Za-z0-9.’'&-]*){0,3})?"
    # a time word and what it qualifies: "last week", "earlier this month"
    r"|(?:late|early|last|this|next|earlier|later)(?:[ \t]+(?:this|last|that|on))?[ \t]+(?:week|month|year|"
    r"night|morning|evening|afternoon|weekend|" + _DAYS + r")\b"
    # a day and its part: "Friday afternoon"
    r"|(?:" + _DAYS + r"|yesterday)[ \t]+(?:morning|afternoon|evening|night)\b"
    # a time clause before a pronoun subject: "said after the convention he would ..."
    r"|(?:after|before|following)(?:[ \t]+[A-Za-z0-9’'-]+){1,4}(?=[ \t]+(?:he|she|they|it|we|I)[ \t])"
    # one word alone: "Tuesday", "yesterday", "again" -- never the words after it
    r"|(?:yesterday|today|tonight|earlier|later|recently|previously|repeatedly|publicly|privately|"
    r"again|also|then|now|" + _DAYS + r"|(?!only\b|early\b)[a-z]{3,}ly)\b"
    r"))*"
)
#: Words a statement never starts with (a preposition or conjunction starts an adjunct).
_BAD_START = frozenset(
    """
in on at by with for from of about as if whether when while because since after before
and but or so than to into onto through during over under against between among
aboard amid amidst across along around outside inside near toward towards via throughout despite
following upon within without behind beside beyond
nothing anything something so
""".split()
)
#: "according to X", and its like "as reported by X" ("As reported by the Ledger, ...").
_ACCORDING = re.compile(r"\b(?:[Aa]ccording[ \t]+to|[Aa]s[ \t]+(?:first[ \t]+)?reported[ \t]+by)[ \t]+")
_PUNCT = re.compile(r"[,;:.!?“”\"]")
_TO = re.compile(r"[ \t]+to\b")
_COMMA = re.compile(r",[ \t]+")
#: Where the words before a quotation stop leading into it: a sentence's end or a colon.
_LEAD_BREAK = re.compile(r"[.!?:;][”\"’')\]]*(?:\s+(?=\S)|(?=[“\"]))|[.!?:;]\s*[“\"]$")
#: A comma, perhaps closing a quotation, before an attribution: ", he said", ",” he said".
_COMMA_CLOSE = re.compile(r",[”\"]?[ \t]+")
#: A short object after "told", "warned": "reporters", "the BBC", "Ann Lee".
_OBJECT = re.compile(
    r"[ \t]+((?:the|a|an|his|her|their|its)[ \t]+)?[A-Za-z’'.-]+(?:[ \t]+[A-Z][A-Za-z’'.-]+){0,3}"
    # "told the BBC News website": a name used as a modifier, then its noun
    r"(?:[ \t]+(?:website|site|programme|program|show|newspaper|"
    r"paper|magazine|channel|station|network|agency|committee|panel|audience|conference|summit|forum|"
    r"inquiry|hearing|meeting|rally|crowd)\b)?"
)
#: The rest of a longer object, then a colon opening a quotation.
_COLON_QUOTE_AHEAD = re.compile(r"(?:[ \t]+[\w’'-]+){0,6}[ \t]*:[ \t]*[“\"‘']")
#: Subordinators that may open what was said when its main clause follows a comma: "said if
#: the deficit came down, this would help exports".
_CONDITION_OPENERS = frozenset("if unless once although though while when because".split())
#: "said if he were president, DACA and DAPA would be supplemented", "..., he’d be doing"
_MAIN_CLAUSE_AFTER = re.compile(
    r",[ \t]+(?:[\w’'-]+[ \t]+){0,4}?(?:[\w-]+[’'](?:d|ll)\b|(?:would|will|could|can|is|are|was|were|must|should|might|may|has|have|had)\b)"
    r"|[ \t]+[“\"](?:I|we|he|she|they|it)[ \t]+(?:will|would|can|could)\b"
)
#: Lower-case words that open no statement ("said yes", "said to be").
_NOT_OPENERS = frozenset("be yes no not so very year years week weeks day days time".split())
#: Quantity words that open no statement unless a noun phrase follows ("said little about it",
#: but "said much of his discussion was about Israel").
_QUANTITY_OPENERS = frozenset("little much".split())
#: Lower-case words a reported statement opens with: a subject or "that".
_CLAUSE_OPENERS = frozenset(
    """
that he she they it we i you there this these those the a an his her their its our my your
some many most all no every each any both several few one two three four five none nobody
everyone everybody nothing something someone anyone
""".split()
)
_WORD = re.compile(r"[A-Za-z0-9’'-]+")
_SENT_END = ".!?;:"


@dataclass
class Reported:
    start: int  # the statement's span
    end: int
    result: tuple  # (speaker, mention start, mention end, role), as quotes.attribute gives
    anchor: int  # end of the cue, for the statement's date
    shape: str = "after"  # "after" the cue, "before" it, or "according" to a source
    group: int = 0  # pieces of one statement split by its attribution share a group (0: alone)


#: The end of an attribution before a participle: ", " or " on Monday, ".
_ADJUNCT_COMMA = re.compile(r"[^,.;:]{0,30},[ \t]+")
#: A short source between a comma and its cue: ", he said", ", the company said", ", said".
_SOURCE_AFTER_COMMA = re.compile(r",[ \t]+(?:[\w’'.-]+[ \t]+){0,5}$")
_ATTRIBUTING = frozenset(
    "said says added adds told tells noted notes argued argues insisted insists warned warns explained claimed wrote".split()
)


def _attribution_between(body: str, ss: int, c, cm) -> bool:
    """Whether cue ``c`` is an attribution set after its statement, right before the
    participle ``cm``: "<statement>, he said, urging ..."."""
    return (
        c.end() <= cm.start()
        and _cue_word(c) in _ATTRIBUTING
        and _ADJUNCT_COMMA.fullmatch(body, c.end(), cm.start()) is not None
        and _SOURCE_AFTER_COMMA.search(body, max(ss, c.start() - 60), c.start()) is not None
    )


#: A second clause after a quotation's attribution: ", but", "; and".
_SECOND_CLAUSE = re.compile(r"[,;][ \t]+(?:but|and|while|whereas)\b")


def _last_close(body: str, s: int, e: int) -> int:
    """Just past the last closing quotation mark in ``[s, e)``, or ``s``."""
    return max(body.rfind("”", s, e), body.rfind('"', s, e), s - 1) + 1


def find_reported(ctx, in_quote) -> list[Reported]:
    """Statements in reported speech, in text order, none inside a quotation."""
    from .quotes import _np_end, _post_specific, _pre_specific, describe, np_ok_start

    body = ctx.body
    out: list[Reported] = []
    for ss, se in ctx.sentences:
        if se - ss < 12 or (in_quote(ss + 1) and in_quote(se - 2)):
            continue
        found: list[Reported] = []
        cues = [cm for cm in _CUE.finditer(body, ss, se) if not in_quote(cm.start())]
        if in_quote(ss + 1):
            # a sentence that opens with a quotation: its first cue attributes that quotation;
            # only a second clause states something ("“...,” she said, but he said ...")
            cues = [cm for cm in cues if _SECOND_CLAUSE.search(body, _last_close(body, ss, cm.start()), cm.start())]
            if not cues:
                continue
        pos = ss
        last = None
        paren = _parenthetical(ctx, ss, se, in_quote, len(out)) if "," in body[ss:se] else []
        if paren:
            found.extend(paren)
            pos, last = paren[-1].end, paren[-1].result
            cues = [cm for cm in cues if cm.start() >= pos]
        comma = body.rfind(",", ss, se)
        if (
            len(cues) > 1
            and comma > ss
            and cues[-1].start() > comma
            and _cue_word(cues[-1]) not in _SPEECH_PARTICIPLES
            and not in_quote(ss + 1)
        ):
            # "Patriots wanted the UK strong, Mr Straw said.": the attribution that ends the
            # sentence reports all of it; a cue inside ("wanted") is part of what he said
            got = _before_cue(ctx, ss, se, in_quote, _post_specific)
            if isinstance(got, Reported) and got.result is not None and got.result[0] is not None:
                out.append(got)
                more = _participle_after(ctx, ss, se, cues, got, in_quote)
                if more is not None:
                    out.append(more)  # "..., Mr Straw said, urging voters to reject it"
                continue
        for cm in cues:
            if cm.start() < pos:
                continue
            if (
                last is None
                and _cue_word(cm) in _SPEECH_PARTICIPLES
                and any(_attribution_between(body, ss, c, cm) for c in cues)
            ):
                # "<statement>, he said, urging ...": the statement before the attribution first,
                # then the participle goes on with its source
                first = _before_cue(ctx, ss, se, in_quote, _post_specific)
                if isinstance(first, Reported) and first.result is not None and first.result[0] is not None:
                    found.append(first)
                    last = first.result
            got = _after_cue(ctx, ss, se, cm, in_quote, _pre_specific, last)
            if got is not None:
                found.append(got)
                last = got.result
                pos = got.end
        if not found and cues:
            got = _before_cue(ctx, ss, se, in_quote, _post_specific)
            if isinstance(got, list):
                group = 1_000_000 + len(out)
                found.extend(Reported(g.start, g.end, g.result, g.anchor, g.shape, group) for g in got)
                got = None
            if got is not None:
                found.append(got)
                more = _participle_after(ctx, ss, se, cues, got, in_quote)
                if more is not None:
                    found.append(more)  # "..., the company said, adding that talks would go on"
        if ("ccording" in body[ss:se] or "reported by" in body[ss:se]) and not any(
            f.shape.split(":")[-1] in _SAY_CORE for f in found
        ):
            # (also beside a statement found in the sentence: "X did well among voters who
            # believe Y, according to exit polls" vouches for the whole sentence; but in
            # "According to the FT, Ann Lee said that ..." the statement is hers)
            got = _according(ctx, ss, se, in_quote, describe, np_ok_start, _np_end)
            if got is not None and not any(f.start <= got.start and got.end <= f.end for f in found):
                found.append(got)
                found.sort(key=lambda r: r.start)
        if cues and not any(g.result is not None for g in found):
            lead = _adverb_lead(ctx, ss, se, in_quote)
            if lead:
                found = lead
        if not found and cues and not any(ch in body[ss:se] for ch in '“”"'):
            # last, a "said" whose source no rule names (a sentence with a quotation is left to
            # ``quotes``, whose pieces would take this statement's missing speaker)
            for cm in cues:
                got = _after_cue(ctx, ss, se, cm, in_quote, _pre_specific, None, unnamed=True)
                if got is not None:
                    found.append(got)
                    break
        out.extend(g for g in found if g.result is not None)
    out.extend(_labelled(ctx, in_quote))
    out.extend(_headlined(ctx, in_quote))
    out.sort(key=lambda r: r.start)
    return out


def _participle_after(ctx, ss: int, se: int, cues, got: Reported, in_quote) -> Reported | None:
    """What the first speaking participle after a statement's attribution adds, from the same
    source: "<statement>, the company said, adding that talks would go on"."""
    from .quotes import _pre_specific

    for cm in cues:
        if cm.start() > got.anchor and _cue_word(cm) in _SPEECH_PARTICIPLES:
            return _after_cue(ctx, ss, se, cm, in_quote, _pre_specific, got.result)
    return None


#: A paragraph opening with a speaker's name and a colon: "Ann Lee: We will win." (headline and
#: panel style), or a transcript's "LEE: ..." label.
_LABEL = re.compile(
    r"(?:^|\n)[ \t]*((?:[A-Z][A-Za-z.’'-]+[ \t]+){0,2}[A-Z][A-Za-z.’'-]+):[ \t]+(?=[“\"‘']?[A-Za-z0-9])"
)


#: A transcript's label for the reporter who tells the story: "CELIA BAPTISTE, BYLINE:".
_TELLER_LABEL = re.compile(r"(?:^|\n)[ \t]*((?:[A-Z][A-Za-z.’'-]+[ \t]+){0,2}[A-Z][A-Za-z.’'-]+),[ \t]+BYLINE:")


def _label_speaker(ctx, s: int, e: int):
    """The person a label names: a name the article gives, or a transcript's upper-case surname."""
    m = ctx.person_in(s, e)
    if m is not None and m.start == s and m.end == e:
        return m.name, m.start, m.end, ctx.people.roles.get(m.name)
    label = ctx.body[s:e]
    if len(label) > 2:
        # a headline's "Ann Lee:" or "Lee:", a transcript's "LEE:": a person the article names
        key = label.lower()
        names = {pm.name for pm in ctx.people.mentions if pm.name.lower() == key or pm.name.split()[-1].lower() == key}
        if len(names) == 1:
            name = names.pop()
            return name, s, e, ctx.people.roles.get(name)
        # a full name the name finders missed in a title-case headline, named again below it
        items = ctx.run_by_start.get(s)
        if items is not None and items[-1][1] == e and len(label.split()) >= 2 and ctx.body.find(label, e) >= 0:
            r = ctx.resolve_run(items, allow_org=False)
            if r is not None and r[0]:
                return r[0], s, e, r[3]
    return None


def _labelled(ctx, in_quote) -> list[Reported]:
    body = ctx.body
    out = []
    if ":" not in body:
        return out
    # a transcript's reporter ("CELIA BAPTISTE, BYLINE:") narrates: the later "BAPTISTE:" turns
    # are the story told, nobody's reported speech (a host's questions are still theirs)
    tellers = {w.lower() for bm in _TELLER_LABEL.finditer(body) for w in bm.group(1).split()[-1:]}
    for m in _LABEL.finditer(body):
        ls, le = m.span(1)
        if in_quote(ls) or body[ls:le].split()[-1].lower() in tellers:
            continue
        res = _label_speaker(ctx, ls, le)
        if res is None:
            continue
        s = m.end()
        e = body.find("\n", s)
        e = len(body) if e < 0 else e
        while e > s and (body[e - 1] in _SENT_END or body[e - 1].isspace()):
            e -= 1
        if body[s] in "“\"‘'" or len(_WORD.findall(body, s, e)) < 4 or _mostly_quoted(ctx, s, e):
            continue  # a quotation after the label is found (and attributed) by ``quotes``
        out.append(Reported(s, e, res, le + 1, "label"))
    return out


#: A title-case headline's attribution: "Rubio Says Abandoning Reform Was A Sign Of Leadership",
#: a name of one to four capitalised words, then a capitalised verb of saying.
_TITLE_CUE = re.compile(
    r"(?:^|\n)[ \t]*((?:[A-Z][A-Za-z.’'-]+[ \t]+){0,3}[A-Z][A-Za-z.’'-]+)[ \t]+"
    r"(?:Says|Say|Said|Tells|Told|Warns|Claims|Insists|Admits|Predicts|Vows|Urges|Denies|Suggests|"
    r"Argues|Thinks|Believes)[ \t]+(?=[“\"‘']?[A-Za-z0-9$])"
)


def _title_case(body: str, s: int, e: int) -> bool:
    """Whether most words of ``[s, e)`` are capitalised, as in a title-case headline."""
    words = _WORD.findall(body, s, e)
    return len(words) >= 5 and sum(1 for w in words if w[0].isupper() or w[0].isdigit()) >= 0.75 * len(words)


def _headlined(ctx, in_quote) -> list[Reported]:
    """``Rubio Says Reform Was A Sign Of Leadership``: a title-case headline line whose speaker
    the article names (the line alone; a sentence-case headline is a sentence like any other)."""
    body = ctx.body
    out = []
    for m in _TITLE_CUE.finditer(body):
        ls, le = m.span(1)
        e = body.find("\n", m.end())
        e = len(body) if e < 0 else e
        if in_quote(ls) or not _title_case(body, ls, e) or _SENT_END_INSIDE.search(body, m.end(), e):
            continue
        res = _label_speaker(ctx, ls, le)
        if res is None:
            continue
        s = m.end()
        while e > s and (body[e - 1] in _SENT_END or body[e - 1].isspace()):
            e -= 1
        if len(_WORD.findall(body, s, e)) < 3 or _mostly_quoted(ctx, s, e):
            continue  # a quotation after the cue is found (and attributed) by ``quotes``
        out.append(Reported(s, e, res, m.end(), "headline"))
    return out


#: A full stop inside a line, then more words: a sentence, not a headline.
_SENT_END_INSIDE = re.compile(r"[.!?][ \t]+[A-Za-z]")


#: An attribution set in the middle of its statement: "The plan, he said, would fail."
_PAREN_ATTR = re.compile(
    r",[ \t]+(?P<src>(?:he|she|they|we|[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3}))[ \t]+"
    r"(?:said|says|added|adds|argued|argues|insisted|insists|noted|notes|warned|warns|believes|believed|"
    r"thinks|thought|claimed|claims|explained|explains|told[ \t]+reporters|wrote|writes)"
    r"(?:[ \t]+(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"recently|later|earlier))?,[ \t]+"
)
#: The second piece opens with the first piece's verb: "would fail", "is different", "has ...".
_PREDICATE_START = re.compile(
    r"(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|does|do|did|"
    r"remains|remained|[a-z]{3,}(?:s|ed))\b"
)


def _parenthetical(ctx, ss: int, se: int, in_quote, serial: int) -> list[Reported]:
    """``<subject>, <source> said, <predicate>``: the statement in two pieces around its
    attribution, one quotation (they share a group). The first piece may also be a clause of
    its own ("Lenox was a juggernaut, Mr Clarke said, until it failed") or a subordinate clause
    before the main one ("Even if the venture fails, she said, the land is restored")."""
    body = ctx.body
    m = _PAREN_ATTR.search(body, ss, se)
    if m is None or in_quote(m.start()):
        return []
    s = _WS_RX.match(body, ss, m.start()).end()
    s = _CLAUSE_OPEN.match(body, s, m.start()).end()
    a_end = m.start()
    words_a = _WORD.findall(body, s, a_end)
    if not words_a or len(words_a) > 25 or any(ch in body[s:a_end] for ch in ',;:“”"'):
        return []
    b = m.end()
    if b >= se or body[b] in "“\"‘'" or in_quote(b):
        return []  # a quotation after the attribution is found by ``quotes``
    e = _statement_end(body, b, se)
    words_b = _WORD.findall(body, b, e)
    if len(words_b) < 2:
        return []
    first_a = words_a[0].lower()
    first_b = _WORD.match(body, b, e)
    if (
        first_b is not None
        and first_b.group(0).endswith("ing")
        and (first_b.group(0) in _SAY_WORDS or _GERUND_SUBJECT.match(body, first_b.end(), e) is None)
    ):
        return []  # "..., she said, wiping her eyes", "..., adding that": a participle, not the statement
    if _PREDICATE_START.match(body, b, se):
        # "The plan, he said, would fail": the subject before, its verb after
        if (len(words_a) < 2 and not words_a[0][0].isupper()) or first_a in _BAD_START or _opens_adjunct(words_a[0]):
            return []
    elif len(words_a) < 3 or not (_FINITE.search(body, s, a_end) or _FINITE.search(body, b, e)):
        return []  # two pieces that are not one statement ("Asked why, he said, smiling")
    elif len(words_a) < 4 and (first_a in _LEAD_ADVERBS or first_a.endswith("ly")):
        return []  # "Instead, he said, ...": a lead adverbial, read by ``_adverb_lead``
    src_s, src_e = m.span("src")
    sa = ctx.subject_at(src_s, src_e + 1)
    if sa is None or sa[0] is None:
        return []
    if first_a in _BAD_START and first_a not in _SUBORDINATORS and not _FINITE.search(body, s, a_end):
        # "During his years in office, he said, a majority came to agree": the lead phrase sets
        # the scene for the statement after the attribution, which is what he said
        return [Reported(b, e, sa[0], m.end(), "parenthetical")]
    group = 1_000_000 + serial
    return [
        Reported(s, a_end, sa[0], m.end(), "parenthetical", group),
        Reported(b, e, sa[0], m.end(), "parenthetical", group),
    ]


#: Words opening a subordinate clause or an infinitive that is part of the statement around an
#: attribution ("Even if it fails, she said, ...", "To understand the town, he said, ...").
_SUBORDINATORS = frozenset("if though although even because when while unless until once since as to whether".split())
_SRC = r"(?:he|she|they|[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})"
_LEAD_CUES = r"(?:said|says|added|adds|argued|argues|insisted|insists|noted|notes|warned|warns|claimed|claims|explained|explains)"
#: A sentence opening with an adverbial and its attribution: "Instead, said Mr Doctorow, ...",
#: "In fact, she says, ...".
_LEAD_ATTR = re.compile(
    r"(?P<lead>[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}),[ \t]+"
    r"(?:" + _LEAD_CUES + r"[ \t]+(?P<src1>" + _SRC + r")|(?P<src2>" + _SRC + r")[ \t]+" + _LEAD_CUES + r"),[ \t]+"
)
#: First words of an adverbial that can lead a statement.
_LEAD_ADVERBS = frozenset(
    "instead however meanwhile moreover indeed still yet now today overall but and so in at above for after "
    "nevertheless nonetheless besides rather otherwise then also".split()
)


def _adverb_lead(ctx, ss: int, se: int, in_quote) -> list[Reported]:
    """``Instead, said Ann Lee, the plan would fail.``: the statement after an attribution
    that follows a leading adverbial."""
    body = ctx.body
    s = _WS_RX.match(body, ss, se).end()
    m = _LEAD_ATTR.match(body, s, se)
    if m is None or in_quote(m.start()):
        return []
    first = m.group("lead").split()[0].lower()
    if first not in _LEAD_ADVERBS and not first.endswith("ly"):
        return []
    b = m.end()
    e = _statement_end(body, b, se)
    if len(_WORD.findall(body, b, e)) < 4 or not _FINITE.search(body, b, e) or in_quote(b):
        return []
    src = "src1" if m.group("src1") is not None else "src2"
    sa = ctx.subject_at(m.start(src), m.end(src) + 1)
    if sa is None or sa[0] is None or sa[0][0] is None:
        return []
    return [Reported(b, e, sa[0], m.end(), "lead")]


def _statement_end(body: str, s: int, se: int, subordinate: bool = False) -> int:
    """Where a statement starting at ``s`` ends: its sentence's end, less the final mark, or
    an ", and said/added" that starts a second statement. In a subordinate clause ("While Ann
    Lee said that X, her party ...") it also ends where the main clause starts."""
    e = se
    while e > s and (body[e - 1] in _SENT_END or body[e - 1].isspace()):
        e -= 1
    m = _CLAUSE_END.search(body, s, e)
    while m is not None and m.group(0).lstrip().startswith(",") and _inside_quotation(body, s, m.start()):
        m = _CLAUSE_END.search(body, m.end(), e)  # ("need more “emotional, condescending lectures”")
    if m is not None and len(_WORD.findall(body, s, m.start())) >= 3:
        e = m.start()
    if subordinate:
        for cm in _MAIN_CLAUSE.finditer(body, s, e):
            if len(_WORD.findall(body, s, cm.start())) >= 3:
                e = cm.start()
                break
    return e


def _inside_quotation(body: str, s: int, p: int) -> bool:
    """Whether ``p`` lies inside a quotation the statement at ``s`` opened (a clause's end in
    quoted words is the quotation's, not the statement's)."""
    return body.count("“", s, p) > body.count("”", s, p) or body.count('"', s, p) % 2 == 1


#: A sentence opening with a subordinating conjunction: its first clause is not the main one.
_SUBORDINATE_OPEN = re.compile(
    r"\s*(?:(?:And|But|So|Yet)[ \t]+)?(?:(?:[Ee]ven|[A-Z][a-z]+[ \t]+(?:years?|months?|weeks?|days?))[ \t]+)?"
    r"(?:[Ww]hile|[Ww]hen|[Ww]hereas|[Aa]lthough|[Tt]hough|[Aa]s|[Ii]f|[Aa]fter|[Bb]efore|[Bb]ecause|[Ss]ince|[Oo]nce|"
    r"[Uu]ntil|[Uu]nless|[Dd]espite)\b"
)
#: Where the main clause after a subordinate one starts: a comma, then its subject.
_MAIN_CLAUSE = re.compile(
    r",[ \t]+(?=(?:he|she|they|it|we|I|the|his|her|their|its|this|that|there|[A-Z][a-z]+[ \t]+[a-z]+)\b)"
)


#: Where the reported statement's first clause ends: a dash or semicolon, or a comma before a
#: conjunction, a relative pronoun or a participle ("..., but", "..., which", "..., adding").
#: Verbs of speaking proper: "..., and added that" starts a second statement.
#: Past and present forms of saying verbs that open a second statement of the same subject.
_NEXT_CUES = (
    "predicted|predicts|warned|warns|argued|argues|insisted|insists|noted|notes|suggested|suggests|"
    "promised|promises|vowed|vows|pledged|pledges|claimed|claims|stressed|stresses|acknowledged|"
    "acknowledges|conceded|concedes|explained|explains|declared|declares|announced|announces|urged|urges"
)
_SPEECH = "said|says|added|adds|told|tells|noted|notes|argued|argues|warned|warns|insisted|insists|explained|stressed"
#: Abbreviations whose full stop ends no sentence: "Sen. Rand Paul", "Gov. Mike Huckabee".
_ABBR_BEFORE = "".join(
    rf"(?<!\b{a})"
    for a in "Sen Gov Rep Gen Col Sgt Lt Capt Adm Cmdr Prof Rev Ft Mt No vs Jan Feb Aug Sep Sept Oct Nov Dec Corp Inc Co Ltd Bros Ave Engr Atty".split()
)
_CLAUSE_END = re.compile(
    r"[ \t]*(?:;|"
    # a dash before a comment on the statement: "... — a proposal he has made before"
    r"(?:[—–―]|--)[ \t]*(?=an?[ \t])(?![^—–―.!?\n]*(?:[—–―]|--))|"
    # (the lookahead first: the lookbehinds run only where a full stop is)
    r"(?=\.[ \t](?![a-z]))(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|Jr|Sr|St))(?<!Mrs)"
    + _ABBR_BEFORE
    + r"\.[ \t](?![a-z])|(?:,|(?<=,[”\"’]))[ \t]+(?:but|while|although|though|which|whereas|yet|"
    r"adding|saying|noting|arguing|citing|claiming|insisting|warning|suggesting|calling|according|"
    r"(?!during|including|regarding|concerning|following|bring|thing|nothing|something|anything|everything|"
    r"king|wing|evening|morning|spring|string|ring|sing)[a-z]{2,}ing"
    r")\b|,?[ \t]+(?:and|but)[ \t]+(?:(?:also|then|later)[ \t]+)?(?:" + _SPEECH + r")\b|"
    r",[ \t]+and[ \t]+(?:when|while|after|as|if)\b|"
    r",?[ \t]+(?:and|but)[ \t]+(?:he|she|they|we)[ \t]+(?:also[ \t]+)?[a-z]+ed\b|"
    # the subject's next act: "... and predicted that", "... but did not suggest"
    r"[ \t]+and[ \t]+(?:also[ \t]+)?(?:" + _NEXT_CUES + r")[ \t]+(?:that|to)\b|"
    r"[ \t]+but[ \t]+(?:did|does|do|would|could|has|had|was|is)[ \t]+not\b|"
    # a second clause of the subject or another's: "..., and has championed", "..., but he did not"
    r",[ \t]+(?:and|but)[ \t]+(?:(?:he|she|they|we|I)\b|(?:has|have|had|also|then|later|is|was|were|will|would)[ \t]+[a-z]))|"
    # another subject's clause: "..., and Democrats accused", "..., while 5 percent prefer"
    r",[ \t]+(?:and|but|while|whereas)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'-]*|\d[\d.,%]*)(?:[ \t]+[A-Za-z][\w’'-]*){0,3}?"
    r"[ \t]+(?:[a-z]{3,}ed|is|was|are|were|has|have|had|will|would|want|wants|say|says|prefer|prefers|support|supports)\b"
)


def _mostly_quoted(ctx, s: int, e: int, share: float = 0.6) -> bool:
    """Whether quotation marks cover most of ``[s, e)`` (then it is a direct quote)."""
    covered = 0
    for q in ctx.quotes:
        if q.outer_end <= s:
            continue
        if q.open >= e:
            break
        covered += max(0, min(e, q.outer_end) - max(s, q.open))
    return covered >= share * (e - s)


_THAT_LEAD = re.compile(r"(?:that[ \t]+)?")
#: Words between a cue and its "that" that say where, when or how it was said.
_SCENE_BEFORE_THAT = re.compile(
    r"[ \t]+(?:on|in|at|during|following|after|before|for|last|this|earlier|again|repeatedly|publicly|"
    r"privately|only|also|then|often|once|later|via|through|over)\b"
    r"(?:(?![ \t]+(?:is|are|was|were|be|been|has|have|had|will|would)\b)[^,;:.!?])*?[ \t]+"
)


#: A number's qualifier opening a statement: "at least 15 firms have ...", "about half of ...".
_QUANTITY_LEAD = re.compile(
    r"(?:[Aa]t[ \t]+(?:least|most)|[Aa]bout|[Aa]s[ \t]+many[ \t]+as)[ \t]+(?:\d|half|a[ \t]|one|two|three|four|five|six|seven|eight|nine|ten|a[ \t]+third|a[ \t]+quarter)"
)


def _ok_statement(ctx, s: int, e: int, allow_to: bool, min_words: int = 3, lead_ok: bool = False) -> bool:
    """Whether ``[s, e)`` can be a statement reported; with ``lead_ok`` it may open with an
    adverbial before its main clause ("As the rally began, a girl was hurt, police said")."""
    body = ctx.body
    words = _WORD.findall(body, s, e)
    if len(words) < min_words:
        return False
    first = words[0].lower()
    if (
        first in _BAD_START
        and not (allow_to and first == "to")
        and not (lead_ok and "," in body[s:e])
        and not _QUANTITY_LEAD.match(body, s, e)
    ):
        return False
    if body.startswith("''", s) or body.startswith("``", s):
        return False  # a quotation in typewriter marks: direct speech
    # a statement that opens with a quotation mark and is mostly quoted is that quotation, found
    # by ``quotes``; one that opens in the writer's words ("the candidate has “always run a lean
    # campaign”") is reported speech that quotes some of its words (measured on PolNeAR: keeping
    # these raised indirect recall 0.288 -> 0.299 at higher precision)
    q0 = _THAT_LEAD.match(body, s, e).end()  # "warned that “the river will flood”": the quote alone
    if not (q0 < e and body[q0] in "“\"'‘" and _mostly_quoted(ctx, q0, e, 0.6)):
        return True
    # "said that “the path is closed” for the governor": the writer's words go on after the quotation
    q = next((q for q in ctx.quotes if q.open == q0), None)
    return q is not None and q0 > s and len(_WORD.findall(body, q.outer_end, e)) >= 2


#: A finite verb right after a name: the name opens a statement ("said Tom Ray would go").
_VERB_NEXT = re.compile(
    r"[ \t]+(?:(?:also|never|not|still|already|then|now)[ \t]+)?(?:is|are|was|were|will|would|could|should|"
    r"can|may|might|must|has|had|have|did|does|do|[a-z]{3,}ed|[a-z]{3,}(?<!ss)s)\b"
)


#: "with <a share of people> saying": the share is the participle's subject.
_WITH_NP = re.compile(
    r"\bwith[ \t]+((?:about|nearly|almost|roughly|more[ \t]+than|fewer[ \t]+than|only|just)?[ \t]*"
    r"(?:\d[\d.,%]*|one|two|three|four|five|six|seven|eight|nine|half|a[ \t]+majority|most|many|some)"
    r"(?:[ \t]+[\w%’'-]+){0,5}?)[ \t]+$"
)


#: After "asked": an optional short object, then "whether", "if" or "to" and a verb.
_ASKED_WHAT = re.compile(
    r"(?:[ \t]+(?:(?!(?:whether|if|to|about|for|in|on|at|by|that|and|or|not|he|she|they|we|I|it|you|who|which)\b)"
    r"[A-Za-z0-9][\w’'.-]*)){0,5}?[ \t]+(whether\b|if\b|to[ \t]+(?=[a-z]))"
)
#: "were asked": a passive, whose asker is unsaid.
_ASKED_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)[ \t]+(?:[a-z]+[ \t]+)?$")
#: Where a request ends: its first comma, or the subject's next act ("..., and has appealed").
_REQUEST_END = re.compile(r"[,;(]|[ \t]+(?:and|but)[ \t]+(?:has|have|had|is|was|were|also|then)\b")
#: Whom a cue addresses, up to the "to" of what they are urged to do.
_OBJECT_TO = re.compile(
    r"[ \t]+(?:(?!(?:to|would|will|could|should|can|may|might|must|is|are|was|were|be|been|being|has|have|had|"
    r"of|from|against|about|for|in|on|at|with|by|that|and|or|not|he|she|they|we|I|it|you|who|which)\b)[A-Za-z0-9][\w’'.-]*[ \t]+){1,5}?(?=to[ \t]+[a-z])"
)


#: Words that make "states" the plural noun: "Western states", "swing states", "two states".
_REGION_BEFORE = re.compile(
    r"(?:\b(?:[A-Z][a-z]*(?:ern|west|east)|Belt|swing|battleground|border|member|key|other|several|many|"
    r"these|those|both|some|most|all|few|remaining|early|primary|red|blue|rural|southern|northern|"
    r"western|eastern|\d+|two|three|four|five|six|seven|eight|nine|ten|fifty|50)|[A-Z]{2,})[ \t]+$"
)
#: A preposition or a determiner right before a past form: the form is an adjective.
_ADJECTIVE_BEFORE = re.compile(r"\b(?:for|of|the|a|an|its|his|her|their|our|this|these|those|with)[ \t]+$", re.I)
#: A determiner right before a cue's base or -s form makes it a noun ("the state that", "a call to").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|my|your|this|these|those|every|each)[ \t]+$", re.I
)


def _after_cue(ctx, ss: int, se: int, cm, in_quote, pre_specific, last=None, unnamed: bool = False):
    """``<source> said (that) <statement>``; ``last`` is the source of the sentence's previous
    statement, the subject of a participle that continues it ("..., adding that ..."); with
    ``unnamed`` a "said" whose source no rule names still gives its statement, without a speaker."""
    body = ctx.body
    cue = _cue_word(cm)
    if cm.start() > ss and body[cm.start() - 1] == "-":
        return None
    before = body[max(ss, cm.start() - 3) : cm.start()].rstrip()
    if before.endswith(("“", '"')):
        return None
    if cue == "states" and _REGION_BEFORE.search(body, max(ss, cm.start() - 16), cm.start()):
        return None  # "Rust Belt states that have lost jobs", "swing states": the noun
    if cue.endswith("ed") and _ADJECTIVE_BEFORE.search(body, max(ss, cm.start() - 8), cm.start()):
        return None  # "waiting for planned treatment", "the proposed law": an adjective, no verb
    if not cue.endswith(("ed", "ing")) and _DETERMINER_BEFORE.search(body, max(ss, cm.start() - 8), cm.start()):
        return None  # "in the state that she won", "his plan to": a noun, no verb
    if (cue.endswith("ed") or cue in _PARTICIPLES) and _PASSIVE_RIGHT_BEFORE.search(
        body, max(ss, cm.start() - 24), cm.start()
    ):
        return None  # "the FBI was warned about ...", "Texas was called for ...": whom it was said to
    if cue in _ASK_FORMS and (
        _ASKED_WHAT.match(body, cm.end(), se) is None
        or _ASKED_PASSIVE.search(body, max(ss, cm.start() - 30), cm.start())
    ):
        # asking reports only a question or a request after its object, never "asked about the
        # merger" (a topic) or "asked for calm" (a plea); nor "Respondents were also asked to
        # pick", whose asker is unsaid (checked before the subject is looked up, which would
        # fix its pronoun's reading for the quotations after it)
        return None
    found = None
    nounish = False
    evidence = False  # "Polls show a close race": the finding may be a noun phrase
    if last is not None and cue.endswith("ing") and before.endswith(","):
        found = (last, cm.end())  # "Ann Lee said X, adding that Y": the same source
    if found is None and last is None and cue in _SPEECH_PARTICIPLES and before.endswith(","):
        r = _main_subject(ctx, ss, cm.start())
        if r is not None:
            found = (r, cm.end())  # "Ann Lee defended the plan, saying it would work"
    if found is None and cue in _SPEECH_PARTICIPLES:
        wm = _WITH_NP.search(body, max(ss, cm.start() - 60), cm.start())
        if wm is not None:
            from .quotes import describe

            found = (describe(ctx, wm.start(1), wm.end(1)), cm.end())  # "with three in 10 saying"
            last = found[0]  # the participle's own subject, unnamed as it is
    am = _AND_BEFORE.search(body, max(ss, cm.start() - 24), cm.start()) if not cue.endswith("ing") else None
    if found is None and am is not None:
        # "Ann Lee praised the plan and said it would work": the verb shares the first's subject
        # (whose verb phrase runs up to the "and" or "but", which is no other clause)
        r = last if last is not None else _lead_subject(ctx, ss, am.start() + 1)
        if r is not None:
            found = (r, cm.end())
    if found is None:
        found = pre_specific(ctx, ss, cm.end())
        if found is not None and found[1] != cm.end():
            found = None
        if found is None:
            tag = _PARTY_TAG.search(body, max(ss, cm.start() - 24), cm.start())
            if tag is not None:
                r = ctx.subject_before(tag.start(), ss)  # "Sen. Ann Cole (D-Ohio) said"
                if r is not None and r[0] is not None:
                    found = (r, cm.end())
        if before.endswith(","):
            # "..., said Ann Lee" is a statement before its cue; "Ann Lee, the mayor, said" is not
            sp = _WS_RX.match(body, cm.end(), se).end()
            sa = ctx.subject_at(sp, se)
            pm = _WORD.match(body, sp, se)
            if (
                pm is not None
                and _CONTRACTION.sub("", pm.group(0)) in _SUBJ_PRONOUN
                and len(_WORD.findall(body, sp, se)) >= 4
            ):
                sa = None  # "Ann Lee, the mayor, said he would ...", "he’d": a pronoun opens the statement
            if (
                sa is not None
                and sa[0] is not None
                and not _VERB_NEXT.match(body, sa[1], se)
                and (cue not in _STANCE_CUES or cue in _INVERTING)
                # (not "Walter Hayes, vice president of Ford Europe, told Reuters he ...": the
                # comma closes the subject's apposition, whom he told follows)
                and not (found is not None and found[0] is not None and found[0][0] is not None and cue in _OBJECT_CUES)
            ):
                # "..., said Tom Ray." names the source; "Ann Lee, the mayor, said Tom Ray would ..." goes on
                return None
            app = _appositive_subject(ctx, ss, cm.start()) if found is None and not cue.endswith("ing") else None
            if (
                len(_WORD.findall(body, cm.end(), se)) <= 8
                and cue not in _STANCE_CUES  # "..., endorsed Cruz": a stance's object is short
                and not cue.endswith("ing")
                and not _FINITE.search(body, cm.end(), se)
                and (
                    (found is None and app is None)
                    or body.count(",", ss, cm.start()) < 2
                    or len(_WORD.findall(body, cm.end(), se)) < 4
                )
            ):
                # "..., said one source in the room": the cue ends the sentence; after a subject
                # and its apposition ("Ann Lee, a teacher, said parents want ...") it opens one
                return None
            if app is not None:
                found = (app, cm.end())
        elif found is None and not cue.endswith("ing"):
            r = _group_subject(body, ss, cm.start())
            if r is None and cue in _FINDING_CUES:
                r = _evidence_subject(body, ss, cm.start())
                evidence = r is not None
            if r is None:
                r = _relative_subject(ctx, ss, cm.start())
            if r is None and (cue in _SAY_CORE or cue in _PLAIN_SPEECH or cue in _INVERTING):
                r = _named_subject(ctx, ss, cm.start(), cue)
            if r is None:
                r = _np_subject(ctx, ss, cm.start(), cue)
                if r is not None and cue in _NOUNISH:
                    nounish = True
            if r is not None:
                found = (r, cm.end())
    if (
        found is None
        and unnamed
        and (
            cue in ("said", "says")
            or (cue == "say" and not _NO_SUBJECT_BEFORE.search(body, max(ss, cm.start() - 30), cm.start()))
        )
        and _UNRESOLVED_SUBJECT_END.search(body, max(ss, cm.start() - 2), cm.start())
        and not _FREE_RELATIVE_NEAR.search(body, max(ss, cm.start() - 40), cm.start())
    ):
        # "Kasich (who has 25 delegates) said ...", "A spokesman for the mayor defended the
        # route and said ...": a source the rules above cannot name still reports a statement,
        # given without a speaker rather than lost
        found = ((None, None, None, None), cm.end())
    if found is None:
        return None
    if found[0] is not None and found[0][1] is not None:
        wm = _WHO_VERB_BEFORE.search(body, max(ss, found[0][1] - 40), found[0][1])
        r = ctx.subject_before(wm.start(), ss) if wm is not None else None
        if r is not None and r[0] is not None:
            # "Ms Robinson, who presents The Weakest Link tells Cockerell that ...": the name is the
            # object of a relative clause whose closing comma was lost; its antecedent speaks
            found = (r, found[1])
    result = found[0]
    if cue.endswith("ing") and (result is None or result[0] is None) and found[0] is not last:
        return None  # "The comments come after X did Y, warning that": whose warning is unclear
    if result is not None and result[1] is not None and _FREE_RELATIVE.search(body, max(ss, result[1] - 8), result[1]):
        return None  # "what Ann Lee says the plan would do": a free relative, not a statement
    p = cm.end()
    if _NOT_PARTICLE.match(body, p, se):
        return None  # "showed up", "backed off": another verb
    if cue in _SHOW_FORMS and not evidence and not _THAT_NEXT.match(body, p, se):
        return None  # "Reese showed no emotion": a person shows a feeling; "showed that ..." reports
    particle = False
    if cue in _PARTICLE_CUES:
        pm = _PARTICLE.match(body, p, se)
        if pm is not None and pm.group(0).split()[0] == "to" and cue not in _TO_PARTICLE_OK:
            pm = None  # "spoke to reporters": whom she spoke to, not what she said
        if (
            pm is not None
            and pm.group(0).split()[0] == "for"
            and cue in _SPEAK_FORMS
            and _DURATION.match(body, pm.end(), se)
        ):
            return None  # "spoke for about 30 minutes": how long, not what about
        if pm is not None and _DATE_WORD.match(body, pm.end(), se):
            pm = None  # "voted on March 2": when, not what
        if pm is not None:
            p = pm.end()
            particle = cue not in _NP_CUES  # "warned of a battle": the object is the statement
        elif cue in _NEEDS_PARTICLE and not (
            cue in _STANCE_CUES and (_STANCE_OBJECT.match(body, p, se) or _CALLED_PRONOUN.match(body, p, se))
        ):
            return None
    if cue in _ASK_FORMS:
        # "asked Pence whether ...", "asked the court to block ..." (checked on entry)
        qm = _ASKED_WHAT.match(body, p, se)
        if qm is None or result is None or result[0] is None:
            return None
        s = qm.start(1)
        e = _statement_end(body, s, se)
        if qm.group(1).startswith("to"):
            # a request is what to do, up to its first comma or the subject's next act
            xm = _REQUEST_END.search(body, s, e)
            if xm is not None:
                e = xm.start()
        if len(_WORD.findall(body, s, e)) < 4 or _mostly_quoted(ctx, s, e):
            return None
        return Reported(s, e, result, cm.end(), "after:" + cue)
    window = body[p : min(se, p + 120)]
    tm = _THAT.search(window)
    pre = window[: tm.start()] if tm else ""
    if (
        tm is not None
        and not _PUNCT.search(pre)
        and len(_WORD.findall(pre)) <= 10
        and (not pre.strip() or cue in _OBJECT_CUES or _ADJUNCT.fullmatch(pre.rstrip()))
    ) or (
        # "said on ABC's “This Week” that", "said following a vote in 2001 that": where or when
        # it was said, then the statement
        tm is not None
        and (cue in _SAY_CORE or cue in _PLAIN_SPEECH)
        and _SCENE_BEFORE_THAT.fullmatch(pre) is not None
        and len(_WORD.findall(pre)) <= 10
    ):
        s = p + tm.start()  # the statement includes its "that", as annotators mark it
    elif (
        cue not in _BARE_OK
        and not evidence
        and not particle
        # "vowed to fight", "urged women to vote": what they are urged to do, past whom
        and not (
            cue in _TO_CUES and (_TO.match(body, p, p + 4) or (cue in _OBJECT_CUES and _OBJECT_TO.match(body, p, se)))
        )
    ):
        return None
    else:
        am = _ADJUNCT.match(body, p, se)
        s = am.end() if am else p
        tm2 = _OBJECT_TO.match(body, s, se) if cue in _OBJECT_CUES and cue in _TO_CUES else None
        if tm2 is not None:
            s = tm2.end()  # "urged the technology industry to do more": what they are urged to do
        elif cue in _OBJECT_CUES and not particle:
            # "told reporters the plan ...": step over a short object
            om = _OBJECT.match(body, s, se)
            if om is None:
                return None
            s = om.end()
            if _COLON_QUOTE_AHEAD.match(body, s, se):
                return None  # "told the Commons foreign affairs committee: "...": a longer object, then the words
            if body[s : s + 1] == "," or (_TO.match(body, s, se) and cue not in _TO_CUES):
                return None  # "told his audience, to applause": no statement after the object
        while s < se and body[s] in " \t,:":
            s += 1
    if s >= se:
        return None
    # "$1 trillion in new spending": an amount's sign opens no word but the statement
    first = _WORD.match(body, s + 1 if body[s] in _CURRENCY else s)
    allow_to = cue in _TO_CUES
    if first is None:
        return None
    w = first.group(0)
    lw = w.lower()
    if nounish and lw != "that":
        return None  # "the plans ...", "a big question ...": only "<noun phrase> warns that" is read
    if (lw in _AUX_START and not (lw == "being" and _gerund_subject(body, s, first.end(), se))) or (
        lw == "that"
        and body[first.end() : first.end() + 1] in ",."
        and not _THAT_ADVERBIAL.match(body, first.end(), se)
    ):
        return None  # "his plans would ...": a noun, not a cue
    # "said if the deficit came down, this would help exports": a condition, then its main clause
    conditional = bool(
        lw in _CONDITION_OPENERS and cue in _SAY_CORE and _MAIN_CLAUSE_AFTER.search(body, first.end(), se)
    )
    if cue in _STANCE_CUES and cue not in _NP_CUES or (cue in _STANCE_CUES and not body[cm.end() : p].strip()):
        # a stance verb's object is read only after a named source and never as a bare pronoun;
        # it may also be what they pledged to do or a "that" clause
        if not _named_or_person(body, result) or nounish:
            return None
        if not (
            _STANCE_OBJECT.match(body, cm.end(), se)
            or (allow_to and lw == "to")
            or lw == "that"
            # "announced it had pulled out": a clause as the object of a verb of making known
            or (
                cue in _CLAUSE_STANCE
                and lw in _SUBJ_PRONOUN
                and _FINITE.match(body, _WS_RX.match(body, first.end(), se).end(), se) is not None
            )
            or (cue.startswith("call") and _CALLED_PRONOUN.match(body, cm.end(), se))
        ):
            return None
        if cue.startswith("call") and re.match(r"[ \t]+(?:a|an)\b", body[cm.end() : cm.end() + 4]):
            return None  # "called a meeting", "called an election": to convene, not to say
        if cue.startswith("call") and _CALLED_NAME.match(body, cm.end(), se):
            # "Trump called Clinton.": a telephone call; "a group called Ginbot 7": a name
            return None
    elif cue in _NP_CUES:
        # "cited the risks ...", "called for a ban ...": the object is the statement, but not
        # whom it was said to ("complained to a friend")
        if lw == "to" and not allow_to:
            return None
    elif particle:
        # "focused on the economy", "warned of a battle": only a named source's, never a pronoun object
        if not _named_or_person(body, result) or lw in _ALL_OBJECT_PRONOUNS:
            return None
    elif not (
        w[0].isupper() or w[0].isdigit() or lw in _CLAUSE_OPENERS or (allow_to and w == "to") or conditional
    ) and (
        lw in _BAD_START
        or lw in _NOT_OPENERS
        or (lw.endswith("ly") or (lw.endswith("ing") and not _gerund_subject(body, s, first.end(), se)))
        or (lw in _QUANTITY_OPENERS and not body.startswith(" of ", first.end()))
    ):
        return None  # "said, clutching the lectern": no statement follows
    subordinate = _SUBORDINATE_OPEN.match(body, ss) is not None and "," not in body[ss : cm.start()]
    e = _statement_end(body, s, se, subordinate)
    if _WHO_BEFORE.search(body, max(ss, cm.start() - 60), cm.start()):
        vm = _MAIN_VERB_AFTER.search(body, s, e)  # "Ann Lee, who said that X, issued ...": her main verb
        if vm is not None and len(_WORD.findall(body, s, vm.start())) >= 3:
            e = vm.start()
    if (cue in _STANCE_CUES or particle) and lw != "that":
        # the object alone: "criticized the plan as a failure during a stop in X" ends before "during"
        xm = _STANCE_END.search(body, s, e)
        while xm is not None and body[xm.start()] == ",":
            am = _APPOSED_NAME.match(body, xm.start(), e)
            if am is None:
                break
            xm = _STANCE_END.search(body, am.end(), e)  # "accused the leader, Kim Lee, of ...": his name
        if xm is not None:
            e = xm.start()
    stance = cue in _STANCE_CUES or particle
    # a stance's object may be one name ("endorsed Cruz"), a statement has a few words
    min_words = 1 if stance and w[0].isupper() else 3
    if e <= s or not _ok_statement(ctx, s, e, allow_to or cue in _NP_CUES or stance, min_words, conditional):
        return None
    if (
        lw != "that"
        and not (allow_to and lw == "to")
        and cue not in _NP_CUES
        and cue not in _STANCE_CUES
        and not particle
        and not (cue in _SAY_CORE and len(_WORD.findall(body, s, e)) >= 4)
        and not (evidence and len(_WORD.findall(body, s, e)) >= 3)
        and not _FINITE.search(body, s, e)
        and not _is_clause(body, s, e)
    ):
        return None  # "acknowledged their presence": an object, not a statement
    return Reported(s, e, result, cm.end(), "after:" + cue)


_CURRENCY = "$£€¥"
#: Stance verbs that also take a clause: "announced it would close", "predicted they would win".
_CLAUSE_STANCE = _forms("announce predict reveal disclose promise pledge mention acknowledge propose recommend")
#: Irregular past-tense forms, which the "-ed" test misses ("his band wrote new songs").
_IRREGULAR_PAST = (
    "wrote|made|took|went|gave|got|came|saw|knew|thought|told|found|left|felt|kept|began|brought|"
    "bought|held|lost|met|paid|ran|sent|sat|spent|stood|won|understood|became|built|caught|chose|"
    "drew|drove|ate|fell|fought|flew|forgot|grew|hid|led|meant|rose|sold|shot|spoke|stole|struck|"
    "swore|taught|threw|wore|broke|sought|sank|sang|froze|forgave|overtook|undertook|withdrew|"
    "fled|dealt|bore|beat|bit|blew|bound|bred|clung|dug|fed|hung|knelt|lay|lit|slept|slid|"
    "spun|sprang|stuck|stung|swept|swam|swung|tore|woke|wound|overcame|mistook|shook|upheld|"
    "underwent|foresaw|oversaw|rebuilt|rode|arose|awoke"
)
#: Verbs of saying proper, whose complement is a statement even without a verb the tests above
#: know ("says the U.S. needs reform").
_SAY_CORE = frozenset("said says say saying told tells tell telling".split())
#: Verbs of plain speaking: their source may be any noun phrase ("..., party officials added").
_PLAIN_SPEECH = _forms("add note explain argue insist warn claim") | frozenset("wrote writes".split())
_ALL_OBJECT_PRONOUNS = frozenset("it him her them me us you this that".split())
_PERSON_PRONOUNS = frozenset("he she they we i".split())
#: A share of people as a subject, as polls report them: "47 percent", "about half of
#: Democratic voters", "six in 10 of those polled", "a majority of voters", "most in Miami".
_GROUP = (
    r"(?:(?:about|nearly|almost|roughly|around|only|just|some|more[ \t]+than|fewer[ \t]+than|less[ \t]+than|"
    r"over|under|barely|fully|still)[ \t]+)*"
    r"(?:\d+(?:\.\d+)?[ \t]*(?:percent|per[ \t]+cent|%)|[A-Z]?[a-z]+(?:-[a-z]+)?[ \t]+percent|half|"
    r"(?:a|one|two)[ \t-]+(?:third|quarter|thirds)|two-thirds|three-quarters|three[ \t]+in[ \t]+four|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine)[ \t]+(?:in|of|out[ \t]+of)[ \t]+(?:10|ten)|"
    r"a[ \t]+(?:majority|plurality|minority)|majorities|most|many)"
    r"(?:[ \t]+(?:of|in|among)[ \t]+(?:[A-Za-z0-9’'-]+[ \t]+){0,6}?[A-Za-z0-9’'-]+"
    r"|[ \t]+(?:[A-Za-z0-9’'-]+[ \t]+){0,4}?[A-Za-z’'-]+(?:s|people|public|electorate))?"
)
_GROUP_SUBJECT = re.compile(
    r"(?:^|(?<=[\s,;:(]))(" + _GROUP + r")(?:[ \t]+(?:would|will|also|still|now|strongly|generally|do|did|"
    r"not|tend(?:ed)?[ \t]+to))*[ \t]*$",
    re.I,
)
_GROUP_FULL = re.compile(_GROUP + r"$", re.I)
_GROUP_HINT = re.compile(
    r"percent|per cent|%|half|third|quarter|in (?:10|ten)|majorit|pluralit|minority|most|many", re.I
)


_SHOW_FORMS = _forms("show") | {"shown"}
_THAT_NEXT = re.compile(r"[ \t]+that\b")
#: What studies, polls and records do with their findings: "Polls show a close race".
_FINDING_CUES = frozenset(
    "show shows showed shown found finds suggest suggests suggested indicate indicates indicated".split()
)
#: A source of evidence as the subject: the noun phrase ends in one of these words, perhaps
#: followed by a short participle phrase ("The poll released Friday shows").
_EVIDENCE = re.compile(
    r"(?:^|(?<=[\s,;:(]))((?:[A-Za-z0-9’'./&-]+[ \t]+){0,7}?"
    r"(?i:poll|polls|survey|surveys|study|studies|report|reports|analysis|data|figures|average|averages|"
    r"video|footage|transcript|documents|records|research|review|audit|investigation|statistics|numbers|"
    r"results|returns|filings|emails|e-mails|polling|evidence|tally|tallies|count|math|history|experience)"
    r"(?:[ \t]+(?:released|published|conducted|taken|obtained|out)(?:[ \t]+[A-Za-z0-9’'-]+){0,3})?)"
    r"(?:[ \t]+(?:also|now|still|clearly|consistently|again))?[ \t]*$"
)


def _evidence_subject(body: str, ss: int, p: int):
    """A poll, study or record before a finding cue (``Polls show``): an unnamed source."""
    lo = max(ss, p - 100)
    m = _EVIDENCE.search(body, lo, p)
    if m is not None and not any(ch in m.group(1) for ch in '“”"'):
        return None, m.start(1), m.end(1), None
    # "A national poll released Sunday by The Post and ABC News shows": the evidence named
    # early in a longer subject that opens the sentence
    s0 = _CLAUSE_OPEN.match(body, _WS_RX.match(body, ss, p).end(), p).end()
    lm = _LEAD_PHRASE.match(body, s0, p)
    if lm is not None:
        s0 = lm.end()
    np = body[s0:p]
    if _EVIDENCE_HEAD.match(np) and len(_WORD.findall(np)) <= 18 and not any(ch in np for ch in ',;:“”"()'):
        return None, s0, s0 + len(np.rstrip()), None
    return None


#: A subject whose head, within its first words, is a piece of evidence.
_EVIDENCE_HEAD = re.compile(
    r"(?:[A-Za-z0-9’'./&-]+[ \t]+){0,4}?(?i:poll|polls|polling|survey|surveys|study|studies|report|analysis|data|"
    r"research|figures|results|numbers|records|documents|footage|video|review|audit)\b"
)


def _group_subject(body: str, ss: int, p: int):
    """A share of people right before the cue at ``p`` (``47 percent said``): an unnamed source."""
    lo = max(ss, p - 90)
    if _GROUP_HINT.search(body, lo, p) is None:
        return None  # most subjects hold no share word: skip the costlier search
    m = _GROUP_SUBJECT.search(body, lo, p)
    if m is None:
        return None
    return None, m.start(1), m.end(1), None


def _named_or_person(body: str, result) -> bool:
    """Whether a source is named, or a personal pronoun (``they``, an unresolved ``she``): a
    stance is a person's, never a bare noun's ("the law favors ...") or an ``it``'s."""
    if result is None:
        return False
    if result[0] is not None:
        return True
    if result[1] is None:
        return False
    mention = body[result[1] : result[2]]
    return mention.lower() in _PERSON_PRONOUNS or _GROUP_FULL.match(mention) is not None


#: A finite verb, roughly: an auxiliary or modal, or a past-tense form.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|am|be|been|will|would|can|could|should|shall|has|have|had|"
    r"does|do|did|may|might|must|won't|can't|isn't|aren't|wasn't|weren't|doesn't|"
    r"don't|didn't|[a-z]{2,}ed|[a-z]+(?:’|')(?:s|re|ll|d|ve)|" + _IRREGULAR_PAST + r")\b"
)


#: A clause without an auxiliary or a past form: a subject pronoun with a verb ("she plans to"),
#: or a short subject followed by a present-tense verb or a negation ("the law allows", "he cannot").
_CLAUSE_START = re.compile(
    r"(?:(?:he|she|they|we|i|it|you|there)[ \t]+(?:[a-z]+[ \t]+)?[a-z]{2,}(?:s|es|ed)?\b"
    r"|(?:\S+[ \t]+){0,4}?(?:cannot|not|never)\b)",
    re.I,
)
#: "Lee favors", "Ann Lee wants": a name, then a present-tense verb.
_NAME_VERB = re.compile(r"(?:[A-Z][A-Za-z’'-]+[ \t]+){1,3}[a-z]{3,}(?<!ss)(?<!ous)s\b")


def _is_clause(body: str, s: int, e: int) -> bool:
    if _NAME_VERB.match(body, s, e):
        return True
    m = _CLAUSE_START.match(body, s, e)
    if m is None:
        return False
    first = _WORD.match(body, s)
    return first is not None and (
        first.group(0).lower() in _SUBJ_PRONOUN
        or first.group(0).lower() == "there"
        or len(_WORD.findall(body, s, e)) >= 5
    )


#: "said that, if elected, he would ...": an adverbial between "that" and its clause.
_THAT_ADVERBIAL = re.compile(
    r",[ \t]+(?:if|when|while|because|although|though|after|before|as|despite|in|"
    r"once|given|unless|until|since|unlike|like|with|without|under|for|by|on|at|"
    r"during|instead|rather|even|in[ \t]+[a-z]+)\b"
)
#: After the main clause's subject: its verb, lower case, before any comma.
_MAIN_VERB = re.compile(r"[ \t]+(?:[a-z]+[ \t]+){0,2}[a-z]+\b[^,;:“”\"]*$")


#: The end of a subject right before its cue: a word or a closing bracket, not a comma.
_UNRESOLVED_SUBJECT_END = re.compile(r"[\w)][ \t]+$")
#: What makes "say" no plural subject's present tense: "one could say", "hard to say", "let me say".
_NO_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:to|could|would|can|cannot|might|may|must|should|shall|will|did|do|does|not|let|than|"
    r"him|her|them|me|us|you|it|i|we|they|one|hear|hearing|heard|universally|simply|just)|n[’']t)[ \t]+$",
    re.I,
)
#: A free relative or question word shortly before the cue: "how experts say it would", "what
#: he said were": what is said is no statement of its own.
_FREE_RELATIVE_NEAR = re.compile(
    r"\b(?:what|how|why|where|when|which|who|whom|whose|that)\b(?:[ \t]+[\w’'-]+){0,4}[ \t]+$", re.I
)
#: "... and said", "... and later told": a second verb of the sentence's subject.
_AND_BEFORE = re.compile(
    r"[^;:—–\s][ \t]+(?:and|but)(?:[ \t]+(?:also|then|later|again|has|had|have|would|will))?[ \t]+$"
)
#: What may lie between a sentence's subject and its "and said": no clause of another subject.
_OTHER_CLAUSE = re.compile(r"[;:]|\b(?:who|whom|whose|which|that|while|whereas|but|because|when|if|after|before)\b")


#: A sentence's opening adverbial up to its comma: "In an interview with The Times, ",
#: "By the end of the day, ", "Last week, ".
_LEAD_PHRASE = re.compile(
    r"(?:In|On|At|By|After|Before|During|Since|Following|Throughout|Earlier|Later|Last|This|Then|Now|Still|Yet)\b"
    r"[^,;:.!?“”\"]{0,80},[ \t]+"
)


_SPOKES_NEXT_RX = re.compile(r"[ \t]+spokes(?:man|woman|person)\b")
#: Whose spokesperson, as far as it is said: " for the bidder", " for Norvale Foods".
_SPOKES_FOR_TAIL = re.compile(r"[ \t]+(?:for|of|at|from)[ \t]+(?:the[ \t]+)?[\w&'’.-]+(?:[ \t]+[A-Z][\w&'’.-]*)*")


def _opening_subject(ctx, ss: int, p: int):
    """(result, end) of the named subject opening the sentence at ``ss`` before ``p``, after a
    connective ("But Ann Lee ..."), or None."""
    body = ctx.body
    s = _WS_RX.match(body, ss, p).end()
    s = _CLAUSE_OPEN.match(body, s, p).end()
    sa = ctx.subject_at(s, p)
    if sa is None or sa[0] is None:
        # "In an interview on Sunday, Ann Lee ...": the scene set first, then the subject
        lm = _LEAD_PHRASE.match(body, s, p)
        if lm is not None:
            sa = ctx.subject_at(lm.end(), p)
    if sa is None or sa[0] is None or sa[1] > p:
        return None
    if sa[0][0] is None and not (
        sa[0][1] is not None and (SPOKES_HEAD.search(body, sa[0][1], sa[0][2]) or _SPOKES_NEXT_RX.match(body, sa[0][2]))
    ):
        return None  # (a description speaks only as a spokesperson: "A Labour party spokesman")
    if sa[0][0] is None:
        nm = _SPOKES_NEXT_RX.match(body, sa[0][2])
        end = nm.end() if nm is not None else sa[0][2]
        tm = _SPOKES_FOR_TAIL.match(body, end)
        end = tm.end() if tm is not None else end
        sa = ((None, sa[0][1], end, None), max(sa[1], end))
    return sa


def _lead_subject(ctx, ss: int, p: int):
    """The named or pronoun subject opening the sentence, when its verb phrase runs up to ``p``
    without another clause: "She declared victory and said ..."."""
    sa = _opening_subject(ctx, ss, p)
    if sa is None:
        return None
    body = ctx.body
    e = sa[1]
    am = _LIKE_ASIDE.match(body, e, p)
    if am is not None:
        e = am.end()  # "Arango, like Finance Minister Cesar Gaviria last week, was more explicit and said"
    m = _WORD.match(body, _WS_RX.match(body, e, p).end(), p)
    if m is None or not m.group(0)[0].islower() or _OTHER_CLAUSE.search(body, e, p):
        return None
    return sa[0]


#: A comparison set in commas after a subject: ", like the minister last week,".
_LIKE_ASIDE = re.compile(r",[ \t]+(?:like|unlike)[ \t]+[^,;:.\"“”]{1,80},")


def _main_subject(ctx, ss: int, p: int):
    """The named subject that opens the sentence whose participle clause starts at ``p``."""
    sa = _opening_subject(ctx, ss, p)
    if sa is None:
        return None
    c = ctx.body.rfind(",", sa[1], p)
    if c < 0 or not _MAIN_VERB.match(ctx.body, sa[1], c):
        return None
    return sa[0]


#: A lower-case source noun phrase: "city commissioner Dan Oyelaran", "show insiders".
_LOWER_NP = re.compile(r"[a-z]+(?:[ \t]+[A-Za-z.’'-]+){0,5}")
#: A stance verb's object: a determiner, a possessive or a name, then more words ("the plan a
#: disaster", "Lee's remarks", "half of the voters") -- not "it", "him", "on", "off", "up".
_STANCE_OBJECT = re.compile(
    r"[ \t]+(?:(?:(?:the|a|an|his|her|their|its|our|this|that|these|those|some|many|most|all|half|both|"
    r"several|what|how|[A-Z][A-Za-z.’'-]*)[ \t,]+)(?!(?:on|off|up|in|for|out|back)\b)\S"
    r"|[A-Z][A-Za-z’'-]+(?:[.,;!?]|$))"  # a name alone: "endorsed Cruz."
)
_STANCE_END = re.compile(
    r",(?!\d)|[ \t]and[ \t]+(?:said|says|told|tells)\b|[ \t](?:during|at|because|after|before|when|while|since|as[ \t]+(?=[A-Z]|(?:he|she|they|it|we)\b)|"
    r"on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|[ \t]in[ \t]+(?:a|an|the|his|her|their)[ \t]"
    # a second verb phrase of the subject: "endorsed Cruz last week and has appeared with him"
    r"|[ \t]and[ \t]+(?:has|have|had|is|was|were|will|would|also|then|once|later|did|does|[a-z]{3,}ed)\b"
    r"|[ \t](?:last|this|next)[ \t]+(?:week|month|year|" + _DAYS + r")\b"
)
#: A name set in commas after the noun it names: ", Kim Lee, ".
_APPOSED_NAME = re.compile(r",[ \t]+[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3},(?=[ \t])")
#: "called him a liar", "calling her “a fraud”": whom a name is given, then the name.
_CALLED_PRONOUN = re.compile(r"[ \t]+(?:him|her|them|it|us|me|you)[ \t]+(?:(?:a|an|the)\b|[“\"])")
#: "called" followed by a name and nothing said of it: a telephone call or a naming.
_CALLED_NAME = re.compile(
    r"[ \t]+(?:[A-Z0-9][\w’'.&-]*[ \t]*){1,5}"
    r"(?:[.,;:)]|$|(?<=\s)(?:and|that|which|who|in|on|at|for|to|with|was|is|has|had|after|before|"
    # "called Sanders shortly after", "called Lee Tuesday night": a telephone call, and when
    r"shortly|later|back|yesterday|today|tonight|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    # "called both candidates Tuesday night"
    r"|[ \t]+(?:both|all|each|the|his|her|their)[ \t]+[a-z]+[ \t]+(?:shortly|later|yesterday|today|tonight|last|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
#: A party and state tag between a name and its cue: "(R-Ga.)", "(D-N.Y.)", "(R)".
_PARTY_TAG = re.compile(r"[ \t]*\([A-Z][A-Za-z.]{0,3}(?:-[A-Z][A-Za-z. ]{0,6})?\)[ \t]*$")
_WS_RX = re.compile(r"\s*")
_FREE_RELATIVE = re.compile(r"\b(?:[Ww]hat|[Hh]ow|[Ww]hy|who)[ \t]*$")
_CLAUSE_OPEN = re.compile(r"(?:(?:[Bb]ut|[Aa]nd|[Ss]o|[Yy]et|[Hh]owever|[Mm]eanwhile|[Ss]till|[Aa]lso),?[ \t]+)?")


def _appositive_subject(ctx, ss: int, p: int):
    """``<subject>, <apposition>, said``: the noun phrase that opens the sentence, up to its
    first comma ("Officials at the agency, a division of X, said")."""
    from .quotes import describe, np_ok_start

    body = ctx.body
    s = _WS_RX.match(body, ss, p).end()
    while s < p and body[s] in "(*_—–-":
        s += 1
    s = _CLAUSE_OPEN.match(body, s, p).end()
    c = body.find(",", s, p)
    if c < 0 or c == s:
        return None
    words = _WORD.findall(body, s, c)
    if not words or len(words) > 8 or _LOWER_VERBISH.search(body, s, c) or _NOT_IN_SUBJECT.search(body[s:c]):
        return None
    if not np_ok_start(body, s, c):
        return None
    nxt = body.find(",", c + 1, p)
    if nxt > 0 and ctx.person_in(s, c) is None:
        # "One victim, retired teacher Ann Lee, said": the name in apposition is the subject
        q = _WS_RX.match(body, c + 1, nxt).end()
        lm = _ROLE_WORDS_LEAD.match(body, q, nxt)
        if lm is not None and _NOT_A_ROLE.search(lm.group(0)):
            return describe(ctx, s, c)  # "parent company of Mercedes Benz", "real name Curtis Jackson"
        q = lm.end() if lm is not None else q
        pm = ctx.person_in(q, nxt)
        if pm is not None and pm.start == q and not body[pm.end : nxt].strip():
            return pm.name, pm.start, pm.end, ctx.people.roles.get(pm.name)
    return describe(ctx, s, c)


#: Lower-case words (a role) before a name in apposition: "retired schoolteacher ".
_ROLE_WORDS_LEAD = re.compile(r"(?:[a-z][\w’'-]*[ \t]+){1,3}(?=[A-Z])")
#: Lead words that make the name something else than the subject in apposition.
_NOT_A_ROLE = re.compile(r"\b(?:of|for|at|in|on|with|from|to|by|and|name|named|called)\b")


def _cue_word(cm) -> str:
    return cm.group(0).split()[0].lower()


#: Words that open no statement but a verb phrase: the "cue" was a noun ("his plans would").
_AUX_START = frozenset(
    """
is are was were be been being will would can could should shall may might must has have had
do does did of
""".split()
)

_SUBJ_STRIP = re.compile(
    r"(?:[ \t]+(?:also|then|later|again|previously|earlier|recently|repeatedly|publicly|reportedly|"
    r"further|once|simply|just|flatly|bluntly|already|separately|privately|openly|angrily|sharply|"
    r"firmly|now|still|even|often|long|has|had|have|was|were|is|are|will|would|could|may|might|"
    r"(?!(?:family|families|ally|rally|assembly|supply|reply|monopoly|anomaly|bully|belly)\b)[a-z]+ly|"
    r"did|does|do|not|never|always|generally|widely|largely|actually|clearly|quickly|"
    r"(?:on|last|this|late|early|earlier)[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|week|month|year|night|morning|evening))\b)+[ \t]*$"
)
_SUBJ_BOUNDARY = re.compile(
    r"[,;:()“”\"—–]|\b(?:that|and|but|while|because|when|if|as|although|though|"
    r"where|whether|since|after|before|so|which|who)\b"
)
_LOWER_VERBISH = re.compile(
    r"\b(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|can|could|did|"
    r"does|do|to|be|been|not)\b"
)
_SUBJ_PRONOUN = frozenset("he she they we i it you".split())
_CONTRACTION = re.compile(r"[’'](?:d|ll|s|re|ve|m)$")
_PARTICIPLES = frozenset("told known found shown thought written understood felt".split())


#: Particles that make the "cue" another verb ("showed up", "backed off", "called in").
_NOT_PARTICLE = re.compile(r"[ \t]+(?:up|off|down|away|around|back)\b")
#: Bare and -s forms that are more often nouns ("a big question", "his plans", "the rules"):
#: cues only after a named source or a pronoun.
_NOUNISH = frozenset(
    f
    for b in """
back call plan question rule charge signal detail point reason attack support blast slam doubt
demand outline counter tout figure guess project forecast cite praise defend endorse highlight
unveil criticize condemn accuse blame dismiss reject learn decide refuse underscore mention
complain worry tweet report state note add hope fear promise pledge vow threaten warn estimate
claim find show describe repeat stress comment answer reply respond
""".split()
    for f in (b, b + "s", b + "es")
)
#: Bare forms read as cues after a plural subject only ("experts say", "they believe").
_BARE_PLURAL_ONLY = frozenset(
    """
say think believe know want feel expect fear worry hope argue claim insist agree suggest warn
""".split()
)
_PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being)\b")
_PASSIVE_RIGHT_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)[ \t]+(?:[a-z]+ly[ \t]+)?$")
_NOT_IN_SUBJECT = re.compile(
    r"\b(?:should|must|might|may|shall|can|do|does|did|made|sent|threw|took|gave|got|came|went|put|"
    r"set|kept|left|held|brought|saw|refrain|what|how|why|who|whom|whose|if|than|of the many)\b|"
    r"(?:^|[ \t])(?:the|a|an|their|his|her|its|our|my|your|this|that|these|those|some|many|other)$"
)


#: After a relative clause's statement, the main clause's verb: "..., issued a statement".
_MAIN_VERB_AFTER = re.compile(r",[ \t]+(?=(?:[a-z]+ed|has|had|is|was|will|would|says|said)\b)")
_WHO_BEFORE = re.compile(
    r"(,?)[ \t]*\bwho(?:[ \t]+(?:also|then|later|has|had|have|previously|once|in[ \t]+\d{4}))*[ \t]*$"
)


#: The noun a relative clause hangs on: "voters who said", "an architect who said".
_HEAD_NOUN = re.compile(r"\b([a-z]{3,})[ \t]*$")
#: Words before "who" that are no noun: "those who", "people like him who", "anyone who".
_NOT_HEADS = frozenset("those anyone everyone someone many some others all few him her them".split())


def _relative_subject(ctx, ss: int, p: int):
    """``Ann Lee, who said ...``: the subject of a relative clause is the name before "who"."""
    m = _WHO_BEFORE.search(ctx.body, max(ss, p - 60), p)
    if m is None:
        return None
    r = ctx.subject_before(m.start(), ss)
    if r is None:
        # "listeners to his radio program who said ...": an unnamed antecedent, a source all the same
        hm = _HEAD_NOUN.search(ctx.body, max(ss, m.start() - 40), m.start())
        if hm is not None and hm.group(1).lower() not in _NOT_HEADS:
            return None, hm.start(1), hm.end(1), None
    return r


#: Contracted auxiliaries between a subject and its cue: "She’s describing", "he’d argued".
_CONTRACTED_AUX = re.compile(r"[’'](?:s|d|ve|ll|re)[ \t]*$")


def _named_subject(ctx, ss: int, p: int, cue: str = ""):
    """A named or pronoun subject right before the cue at ``p``, past auxiliaries and adverbs
    ("Ted Cruz accuses", "Ann Lee has also argued", "She’s describing")."""
    body = ctx.body
    e = p
    while e > ss and body[e - 1] in " \t":
        e -= 1
    m = _SUBJ_STRIP.search(body, max(ss, e - 80), e)
    if m is not None:
        if _PASSIVE_AUX.search(m.group(0)):
            return None  # "was accused", "is expected": passive, the subject is no source
        e = m.start()
    cm = _CONTRACTED_AUX.search(body, max(ss, e - 4), e)
    if cm is not None:
        e = cm.start()
    if e <= ss:
        return None
    r = ctx.subject_before(e, ss)
    if r is None or r[1] is None or r[2] is None or r[2] < e - 1:
        return None
    if r[0] is None and body[r[1] : r[2]].lower() not in _PERSON_PRONOUNS:
        return None
    if _OTHER_CLAUSE.search(body, r[2], p) or body.count(",", r[2], p) or _POSSESSIVE_AT.match(body, r[2] - 1, p):
        return None  # "Clinton's plan to ...": a possessive, the "cue" is a noun
    if cue in _NOUN_BASES and r[0] is not None and not body[r[1] : r[2]].endswith("s") and r[2] == e:
        return None  # "Clinton support stands at 27 percent", "the Gitmo plan": a compound noun
    return r


#: A relative clause's verb right before a name: ", who presents ".
_WHO_VERB_BEFORE = re.compile(r",[ \t]+who[ \t]+(?:[a-z]+[ \t]+){1,2}(?:[Tt]he[ \t]+)?$")


#: Cues in their base form that are also nouns: after a singular name, a compound noun.
_NOUN_BASES = frozenset("claim note promise pledge".split())


_POSSESSIVE_AT = re.compile(r".?[’'](?:s\b|[ \t])")


def _np_subject(ctx, ss: int, p: int, cue: str = "said"):
    """A noun-phrase subject ending right before the cue at ``p`` that the name finders did
    not take: "The Clinton campaign", "Foreign policy analysts", "63 percent", "the report"."""
    from .quotes import describe, np_ok_start

    body = ctx.body
    e = p
    while e > ss and body[e - 1] in " \t":
        e -= 1
    m = _SUBJ_STRIP.search(body, max(ss, e - 80), e)
    if m is not None:
        if _PASSIVE_AUX.search(m.group(0)) and (cue.endswith("ed") or cue in _PARTICIPLES):
            return None  # "are expected to", "was told": passive, the subject is no source
        e = m.start()
    if e <= ss:
        return None
    lo = max(ss, e - 120)
    s = lo
    for bm in _SUBJ_BOUNDARY.finditer(body, lo, e):
        s = bm.end()
    while s < e and not body[s].isalnum():
        s += 1
    s = _CLAUSE_OPEN.match(body, s, e).end()  # "But critics say": the conjunction is no subject
    if s >= e:
        return None
    words = _WORD.findall(body, s, e)
    if not words or len(words) > 7:
        return None
    if words[0].lower() == "those" and len(words) <= 4 and not _NOT_IN_SUBJECT.search(body[s:e]):
        return describe(ctx, s, e)  # "those surveyed say", "Those over 60 said"
    if len(words) == 1 and words[0].lower().endswith("ing"):
        return None  # "Having announced that ...": a participle, not a subject
    if len(words) == 1 and words[0].lower() in _SUBJ_PRONOUN:
        if words[0].lower() in ("he", "she"):
            r = ctx.resolve_pronoun(s, e)
            if r is not None:
                return r
        return None, s, e, None
    if _LOWER_VERBISH.search(body, s, e) or _NOT_IN_SUBJECT.search(body[s:e]):
        return None  # a clause, not a subject
    if s > ss and re.search(r"\b(?:[Ww]hat|[Hh]ow|[Ww]hy)[ \t]*$", body[max(ss, s - 8) : s]):
        return None  # "what Ann Lee says ...": a free relative, not a statement
    if cue in _BARE_PLURAL_ONLY and not (
        words[-1].lower() in _SUBJ_PRONOUN
        or words[-1].endswith("s")
        or words[-1].lower() in ("people", "police", "percent")
    ):
        return None
    if not np_ok_start(body, s, e):
        return None
    return describe(ctx, s, e)


_VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|can|could|should|shall|has|have|had|"
    r"does|do|did|may|might|must|[a-z]{2,}(?:ed|es|s)|" + _IRREGULAR_PAST + r")\b"
)


def _has_verb(body: str, s: int, e: int) -> bool:
    """Whether ``[s, e)`` looks like a clause: an auxiliary or a word with a verb's ending."""
    return _VERBISH.search(body, s, e) is not None


#: What may follow the cue that ends a sentence: "said on Monday", "said in a statement",
#: "told reporters", "said yesterday", or the source itself ("said Ann Lee").
_TAIL_OK = re.compile(
    r"(?:on|in|at|during|late|early|last|this|earlier|later|yesterday|today|tonight|"
    r"recently|reporters|journalists|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|[A-Z]|the\s+[A-Z]"
    # "told a businessmen's meeting", "told a news conference": whom it was told to
    r"|(?:a|an)\s+(?:[\w'’-]+\s+){0,2}(?:meeting|conference|committee|hearing|briefing|rally|forum|seminar|"
    r"gathering|audience|panel|session|symposium|convention|lunch|luncheon|dinner|breakfast)\b)"
)


def _opens_adjunct(word: str) -> bool:
    """A first word that starts an adverbial or a description, not a statement:
    "Following ...", "Asked whether ...", "Similarly, ...", "Then a student living ..."."""
    w = word.lower()
    return w in _BAD_START or w.endswith(("ing", "ly")) or w in ("asked", "then", "yet", "also", "still")


#: A participle phrase after an attribution: "..., officials said, citing the weather".
_PARTICIPLE_TAIL = re.compile(r",[ \t]+(?:[a-z]+ing|according)\b")


#: A determiner or "of" right before a cue word makes it a noun: "the secretary of state".
_NOUN_BEFORE = re.compile(r"\b(?:of|the|a|an|his|her|their|its|our|my)[ \t]+$", re.I)
#: An apposition closing an attribution: ", a longtime adviser to the family", ", who ...".
#: (", general manager of the bank's research division": lower-case role words, then whom they serve)
_APPOSITION = re.compile(
    r",[ \t]+(?=(?:a|an|the|who|whose|one|his|her|their|its|[A-Z])\b|(?:[a-z-]+[ \t]+){1,3}(?:of|at|with|for)\b)"
)


def _apposition_at(tail: str, start: int) -> int:
    """Where an apposition with no cue of its own begins in ``tail`` at or after ``start``, or
    the end of ``tail``: what follows the source is description, not a second statement."""
    m = _APPOSITION.search(tail, start)
    if m is None or _CUE.search(tail, m.end()) is not None:
        return len(tail)
    return m.start()


#: Words that make a longer tail a clause of its own, not a source: "some of which cut their".
_NOT_A_SOURCE = re.compile(r"\b(?:which|who|whom|whose|that|their|his|her|its|our|my|your|and|or|but)\b")
#: A long source that is one name: ", the U.S. National Highway Traffic Safety Administration said".
_NAMED_SOURCE = re.compile(r"[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.’'&-]*[ \t]+(?:(?:of|for|and|on)[ \t]+)?){2,9}")


def _leads_into(body: str, s: int, qs: int) -> bool:
    """Whether the writer's words in ``[s, qs)`` before a quotation are part of the statement
    (a subject: "The new strategy is a “welcome tack,”"), not only an adverbial set before it
    ("As a result “costs fell,”", "In 2014, “...”")."""
    words = _WORD.findall(body, s, qs)
    if not words or body[s:qs].rstrip()[-1:] in "-—–:" or not any(w[0].islower() for w in words):
        return False  # "TOKYO, March 5 - “...”": a dateline, no words of the statement
    first = words[0]
    if first.lower() in _BAD_START or _opens_adjunct(first) or first.lower() in _LEAD_ADVERBS:
        c = body.rfind(",", s, qs)
        return c >= 0 and len(_WORD.findall(body, c, qs)) >= 2
    return True


def _before_cue(ctx, ss: int, se: int, in_quote, post_specific):
    """``<statement>, <source> said.`` / ``<statement>, said <source>.``"""
    body = ctx.body
    # the last comma of the sentence followed by a short attribution that ends it
    tail_start = max(ss, se - 400)
    best = None
    for m in _COMMA_CLOSE.finditer(body[tail_start:se]):
        c = tail_start + m.start()
        rest = body[c + 1 : se]
        cm = _CUE.search(rest)
        if cm is None or _NOUN_BEFORE.search(rest, 0, cm.start()) or cm.group(0) in ("state", "states"):
            continue  # (", following the track of Deep Southern states.": the noun)
        if _cue_word(cm) in _SPEECH_PARTICIPLES:
            continue  # (", with the economy adding 151,000 jobs, Ann Lee said.": no attribution)
        pre = rest[: cm.start()]
        k = pre.find(",")
        if k >= 0 and _VERBISH.search(pre, 0, k):
            continue  # "X, and Y, chairman of Z, are in trouble, Tester said": a later comma attributes
        if len(_WORD.findall(pre)) > 4 and not _NAMED_SOURCE.fullmatch(rest, 0, cm.start()):
            # a longer source ends the sentence only as a bare noun phrase: "..., a source close
            # to him said.", "..., foreign ministry spokesman Ali Omar said Thursday."
            if (
                k >= 0
                or len(_WORD.findall(pre)) > 9
                or _FINITE.search(pre)
                or _NOT_A_SOURCE.search(pre)
                or len(_WORD.findall(rest, cm.end())) > 4
            ):
                continue  # (", some of which cut their GNP forecasts.": a clause, its noun)
        if _SUBORDINATE_TAIL.match(rest):
            if rest[cm.end() : cm.end() + 1] == ",":
                return None  # "..., which, Ann Lee said, is ...": the attribution is the clause's
            continue  # ", while the Tories' plans are absurd, he claims.": a later comma attributes
        # the cue comes within the first words of a short tail: ", Ann Lee said on Monday.",
        # which may end in an apposition: ", said Ann Lee, a longtime adviser to the family."
        cut = rest.find(",", cm.end())
        core = rest[:cut] if cut >= 0 else rest
        if len(_WORD.findall(core)) > 12:
            continue
        best = c
        break
    if best is None:
        return None
    e = best
    if in_quote(best):
        # "Choosing is a “false choice, because ...,” she said.": the writer's words and the
        # quotation they lead into are one statement, whose quoted part is also a direct quote
        if body[best + 1 : best + 2] not in ("”", '"') or in_quote(ss + 1):
            return None
        q = next((q for q in ctx.quotes if q.open < best < q.outer_end), None)
        if q is None or q.outer_end != best + 2 or _LEAD_BREAK.search(body, ss, q.open + 1):
            return None  # "He fled. “It is late,” she said.": the quotation is a sentence of its own
        if not _leads_into(body, ss, q.open):
            return None  # "As a result “costs fell,” she said.": an adverbial, then her words
        e = best + 2
        best += 1
    s = ss
    while s < best and (body[s].isspace() or body[s] in "-—–*_("):
        s += 1
    lead = _CLAUSE_OPEN.match(body, s, e).end()
    first = _WORD.match(body, lead)
    if first is None or _DESCRIBING_OPENER.match(first.group(0)) or not _ok_statement(ctx, lead, e, False, 3, True):
        return None
    if not _has_verb(body, s, e):
        return None  # "Dan Gross, president of the Brady Campaign, tweeted": a subject, no statement
    if any(ch in body[s:e] for ch in "()[]") or body.count('"', s, e) % 2 or ("“" in body[s:e]) != ("”" in body[s:e]):
        return None
    fake = Quote(s, best + 1, s, best + 1, closed=False)
    got = post_specific(ctx, fake, None, se)
    if got is None:
        got = _np_before_cue(ctx, best + 1, se)  # "..., attorneys for the family said."
    if got is None:
        return None
    result, anchor = got
    if result is None or anchor is None:
        return None
    ends = not body[anchor:se].strip(" \t\r\n.")
    if body.rfind(",", s, e) >= 0 and _SUBORDINATE_TAIL.match(body, body.rfind(",", s, e) + 1, e) and not ends:
        return None  # "..., and as the crash in Ohio, officials said, showed": no statement
    rest = _continuation(body, best, anchor, se)
    if rest is not None:
        if _SUBORDINATE_TAIL.match(body, s, e) or "''" in body[s : rest[1]]:
            return None  # "If it fails, he said, ...": the main clause follows
        sep = max(body.rfind(" - ", s, e), body.rfind(" — ", s, e), body.rfind(";", s, e))
        if sep >= 0:
            s = _CLAUSE_OPEN.match(body, _WS_RX.match(body, sep + 2, e).end(), e).end()
        if s >= e:
            return None
        # "The plan, he said last week, is dead": one statement around its attribution
        return [Reported(s, e, result, anchor, "before", -1), Reported(rest[0], rest[1], result, anchor, "before", -1)]
    # the attribution must end the sentence: "..., he said on Monday." not "..., he said, and ..."
    tail = body[anchor:se]
    pm = _PARTICIPLE_TAIL.search(tail) or _NARRATIVE_TAIL.search(tail)
    if pm is not None:
        tail = tail[: pm.start()]  # "..., the Times said, including ...", "..., adding that ..."
    tail = tail[: _apposition_at(tail, 0)].strip(" \t\r\n.!?")
    if tail and (len(_WORD.findall(tail)) > 6 or "," in tail or not _TAIL_OK.match(tail)):
        return None  # "..., Ann Lee, the mayor, said the plan ...": the cue opens a statement
    return Reported(s, e, result, anchor, "before")


#: What opens no continuation of a statement after its attribution: another participle or a
#: new attribution ("..., he said, adding that ...", "..., he said, according to ...").
_NO_CONTINUATION = re.compile(r"(?:[a-z]+ing|according|as[ \t]+(?:he|she|they|it|we|I|the)|who|whose)\b")


#: A subordinate clause's opening: an attribution inside it is no statement of its own.
_SUBORDINATE_TAIL = re.compile(
    r"\s*(?:(?:and|but|or)[ \t]+)?(?:even[ \t]+)?(?:as|if|when|while|because|since|although|though|after|"
    r"before|unless|until|whether|which|who|whom|where)\b",
    re.I,
)
#: How a statement's second piece opens: a conjunction, a subject or the first piece's verb.
_CONTINUATION_START = re.compile(
    r"(?:and|but|since|because|so|although|though|whereas|unless|until|or|yet|[a-z]+ing|"
    r"he|she|they|it|we|I|you|there|this|that|these|those|the|a|an|his|her|their|its|our|my|"
    r"some|many|most|all|no|any|each|every|[A-Z][\w’'.-]*|"
    r"is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|does|do|did)\b"
)
_COMMA_AT = re.compile(r"[ \t]*,[ \t]+")
#: A gerund's object and then its verb: "replacing Clinton would be ...", a subject, no participle.
_GERUND_SUBJECT = re.compile(
    r"(?:[ \t]+[\w’'-]+){0,8}[ \t]+(?:is|are|was|were|would|will|could|can|might|may|has|had|remains|did|does|should|must)\b"
)
#: A conjunction that joins a second clause of the statement: ", since most of them agree".
_LINKED = re.compile(r"(?:and|but|since|because|so|although|though|whereas|unless|until|or|yet)\b")
#: A narrative clause after an attribution: "..., lawmakers said, as they left the room."
_NARRATIVE_TAIL = re.compile(r",[ \t]+(?:as|while|when|after|before|amid|even[ \t]+as)\b")


def _np_before_cue(ctx, p: int, se: int):
    """(result, cue end) for a lower-case noun phrase source and its cue after a statement's
    comma: "..., attorneys for the family said", "..., top black lawmakers said Friday"."""
    cm = _CUE.search(ctx.body, p, se)
    if cm is None or _cue_word(cm) not in _SAY_CORE | _PLAIN_SPEECH:
        return None
    r = _np_subject(ctx, p, cm.start(), _cue_word(cm))
    if r is None:
        return None
    return r, cm.end()


def _gerund_subject(body: str, s: int, we: int, se: int) -> bool:
    """Whether the -ing word at ``s`` (ending at ``we``) opens a clause as its subject ("says
    going abroad has helped"), not a participle after the cue ("said, adding that ...")."""
    if body[s:we].lower() in _SAY_WORDS or body[max(0, s - 4) : s].rstrip().endswith(","):
        return False
    return _GERUND_SUBJECT.match(body, we, se) is not None


def _continuation(body: str, comma: int, anchor: int, se: int):
    """The second piece of a statement its attribution interrupts: "<A>, Ann Lee said, <B>."
    (span of B), when the attribution ends with its cue and B is a clause that goes on."""
    cms = list(_CUE.finditer(body, comma, anchor))
    if not cms:
        return None
    between = body[cms[-1].end() : anchor]
    if between.strip() and not _ADJUNCT.fullmatch(between.rstrip()):
        return None  # "..., said Ann Lee, a former aide": the source follows its cue
    m = _COMMA_AT.match(body, _ADJUNCT.match(body, anchor, se).end(), se)
    if m is None:
        return None
    b = m.end()
    if _CUE.search(body, b, se) or not _CONTINUATION_START.match(body, b, se):
        return None
    nm = _NO_CONTINUATION.match(body, b, se)
    if nm is not None and not (nm.group(0).endswith("ing") and _GERUND_SUBJECT.match(body, nm.end(), se)):
        return None  # "replacing him would be hard" goes on; "wiping his eyes" does not
    e = _statement_end(body, b, se)
    if len(_WORD.findall(body, b, e)) < 3 or not (_has_verb(body, b, e) or _LINKED.match(body, b, e)):
        return None
    if body.count('"', b, e) % 2 or ("“" in body[b:e]) != ("”" in body[b:e]):
        return None
    return b, e


#: Prepositions of time and place: an adverbial they open is part of what a source vouches for.
_SETTING_WORDS = frozenset("in on at during for since after before by from over through last this".split())
#: A first word that opens a description of the source, not a statement ("Asked about it").
#: "During", "Following": prepositions that end like participles, and describe no speaker.
_DESCRIBING_OPENER = re.compile(
    r"(?!(?:During|Following|Including|Regarding|Concerning|Excluding|Pending|Barring|Notwithstanding)$)"
    r"(?:[A-Za-z]+(?:ing|ed)|Asked|Speaking|Told|Pressed)$"
)


def _according(ctx, ss: int, se: int, in_quote, describe, np_ok_start, np_end):
    """``According to <source>, <statement>`` and ``<statement>, according to <source>``."""
    body = ctx.body
    am = _ACCORDING.search(body, ss, se)
    if am is None or in_quote(am.start()):
        return None
    sp = am.end()
    ne = np_end(body, sp, se)
    if not np_ok_start(body, sp, ne) and not _LOWER_NP.fullmatch(body, sp, ne):
        return None
    result = describe(ctx, sp, ne)
    if result is None:
        return None
    shape = "according"
    if body[ss : am.start()].strip(" \t\r\n"):
        shape = "according-after"
        # "<statement>, according to <source>."
        s, e = _WS_RX.match(body, ss, am.start()).end(), am.start()
        while e > s and body[e - 1] in " \t,":
            e -= 1
        if (
            body.startswith(",", ne)
            and body[e : am.start()].strip() == ","
            and len(_WORD.findall(body, ne, se)) >= 3
            and not _has_verb(body, s, e)
        ):
            # "The implication, according to an aide, is that ...": the source interrupts a
            # statement that has no verb yet, which goes on after it
            e = _statement_end(body, _WS_RX.match(body, ne + 1, se).end(), se)
        s = _CLAUSE_OPEN.match(body, s, e).end()
        first = _WORD.match(body, s)
        c = body.find(", ", s, e)
        if (
            first is not None
            and _opens_adjunct(first.group(0))
            and first.group(0).lower() not in _SETTING_WORDS
            and c > 0
            and len(_WORD.findall(body, s, c)) <= 4
        ):
            s = c + 2  # "As it stands, X rose, according to Y": the statement follows the adverbial
            first = _WORD.match(body, s)
        # "according to" vouches for the whole sentence before it, its time and place included
        # ("In 2014, about 82 percent ..., according to Y"), not for a participle's description
        # (the whole sentence, its last clause included: "X rose, the highest since 2001,
        # according to Y" vouches for the rise as well; measured on PolNeAR, reading only the
        # last clause lost more statements than it found)
        if first is None or _DESCRIBING_OPENER.match(first.group(0)) or not _has_verb(body, s, e):
            return None
    else:
        c = body.find(",", ne, se)
        if c < 0:
            return None
        s = c + 1
        while s < se and body[s].isspace():
            s += 1
        e = _statement_end(body, s, se)
    if e <= s or not _ok_statement(ctx, s, e, False, 3, shape == "according-after"):
        return None
    return Reported(s, e, result, am.end(), shape)
