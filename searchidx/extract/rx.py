"""Regular-expression building blocks shared by the extractors."""

from __future__ import annotations

import re
from collections.abc import Iterable

from . import lexicon as L


def alternation(words: Iterable[str]) -> str:
    """A non-capturing group matching any of ``words``, as a prefix tree.

    Python's ``re`` tries the branches of ``a|b|c`` one after another at every
    position it is asked about; with a few hundred words that made the date
    scanner spend most of its time failing. Sharing prefixes lets a position fail
    on its first letter. Where one word is a prefix of another the longer is
    tried first, as a longest-first ``|`` list would.
    """
    tree: dict = {}
    for word in set(words):
        if not word:
            raise ValueError("alternation() needs non-empty words")
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _emit(tree) + ")"


def _emit(node: dict) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: the longer words first, then this one
        return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body


#: What may follow a name written with its own 's ("McDonald's", "Standard and Poor's") as a
#: cue's whole subject: the clause's end or the cue itself, never the noun a possessive governs.
NAME_CLAUSE_END = re.compile(
    r"[ \t]*(?:[.;]|,[ \t]+(?:[a-z]|$)|$)"
    r"|[ \t]+(?:also[ \t]+)?(?:said|says|added|adds|told|tells|stated|states|announced|announces|reported)\b",
    re.M,
)

#: A conjunction opening a clause right before its subject "it": "because it said".
CLAUSE_LINK_BEFORE = re.compile(r"\b(?:because|since|as|and|but|after|when|while|although|though)[ \t]+$")


#: A spokesperson's word closing a description: "a Labour party spokesman".
SPOKES_HEAD = re.compile(r"\bspokes(?:man|woman|person)$")


def made_document(noun: str) -> str:
    """The words saying someone made a document ``noun``, right after their name: " sent a
    letter", " has written the memo", " read out a pastoral letter" (a pattern to compile)."""
    return (
        # ("started an online petition", "launched a petition")
        r"[ \t]+(?:(?:has|had)[ \t]+)?(?:sent|wrote|written|signed|penned|issued|read|submitted|delivered|started|"
        r"launched|created|organi[sz]ed)[ \t]+(?:out[ \t]+)?"
        r"(?:a|an|the|his|her|its)[ \t]+(?:[a-z-]+[ \t]+){0,2}" + re.escape(noun) + r"\b"
    )


#: Lower-case words after a name that make it a modifier of a body's noun: "Norvale| public
#: accounts committee".
RUNS_ON_AS_BODY = re.compile(r"[ \t]+(?:[a-z-]+[ \t]+){0,3}?" + alternation(L.BODY_NOUNS) + r"\b")


#: A body's capitalised name, with its small words: "Center for Rural Commerce", "Office of the
#: State Fire Marshal".
ORG_NAME = r"[A-Z][\w&'’.-]*(?:[ \t]+(?:(?:of|for|on|and|&)[ \t]+(?:the[ \t]+)?)?[A-Z][\w&'’.-]*)*"
#: The kinds of document a body publishes that a quotation may come from.
STUDY_NOUNS = r"(?:study|report|guide|survey|outlook|analysis|review|audit|assessment|forecast|briefing|paper)"
