"""People named in a document, and in-document name resolution.

A person is two or more capitalised words that are no place, title, month or
organisation word ("Vladimir Putin"), optionally ending in a city name that is
also a surname ("Lloyd Austin"); or one such word right after a title
("President Macron"). Titles and demonyms in front are the role ("US Defence
Secretary"); an appositive after the name may give it too ("John Kirby, White
House national security spokesman,").

Later mentions are resolved within the document: a surname alone ("Putin") to
the full name; "the president" to the last person with that role word; "he" /
"she" to the subject of the nearest sentence before that names a person.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from . import lexicon as L
from .places import ACRONYM, CONN, ORG, OTHER, PLACE, TITLE

_APPOSITIVE = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?([A-Za-z][^,.;:“”\"()\n]{2,80}?),")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass
class Mention:
    start: int
    end: int
    name: str
    in_quote: bool


@dataclass
class People:
    roles: dict = field(default_factory=dict)      # full name -> role or None
    surnames: dict = field(default_factory=dict)   # "Putin" -> "Vladimir Putin"
    mentions: list = field(default_factory=list)   # Mention, text order
    spans: set = field(default_factory=set)        # token spans that are names
    words: set = field(default_factory=set)        # every word of a full name
    starts: list = field(default_factory=list)

    def finish(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def resolve_name(self, text: str) -> str:
        """A name as written -> the document's full name for it."""
        if text in self.roles:
            return text
        last = text.split()[-1]
        return self.surnames.get(last, text)

    def by_role(self, head: str, before: int) -> str | None:
        """Most recent person (before ``before``) whose role has the word ``head``."""
        best = None
        head = head.lower()
        for m in self.mentions:
            if m.start >= before:
                break
            role = self.roles.get(m.name)
            if role and head in role.lower().split():
                best = m.name
        return best

    def antecedent(self, pos: int, sentences: list[tuple[int, int]], sent_starts: list[int]) -> str | None:
        """The person a pronoun at ``pos`` refers to."""
        si = bisect_right(sent_starts, pos) - 1
        lo = bisect_right(self.starts, sentences[si][0] - 1) if si >= 0 else 0
        hi = bisect_right(self.starts, pos - 1)
        for m in self.mentions[lo:hi]:
            if not m.in_quote:
                return m.name
        for sj in range(si - 1, max(-1, si - 8), -1):
            s, e = sentences[sj]
            lo = bisect_right(self.starts, s - 1)
            hi = bisect_right(self.starts, e - 1)
            for m in self.mentions[lo:hi]:
                if not m.in_quote:
                    return m.name
        return None


def _is_name_item(body, it) -> bool:
    return it[2] == OTHER


def find_people(body: str, runs, in_quote) -> People:
    """``runs``: [(items, ...)] of labelled runs; ``in_quote(pos)`` -> bool."""
    ppl = People()
    singles = []  # (start, end, preceded_by_title, run_index)
    for ri, items in enumerate(runs):
        n = len(items)
        k = 0
        while k < n:
            s0, e0, lab, ent = items[k]
            first_name_place = (lab == PLACE and k + 1 < n and items[k + 1][2] == OTHER
                                and " " not in body[s0:e0]
                                and (body[s0:e0] in L.FIRST_NAME_PLACES
                                     or (ent.kind == "city" and k > 0 and items[k - 1][2] == TITLE)))
            if lab != OTHER and not first_name_place:
                k += 1
                continue
            j = k + 1
            while j < n and (items[j][2] == OTHER or (
                    items[j][2] == CONN and j + 1 < n and items[j + 1][2] == OTHER
                    and body[items[j][0]:items[j][1]] in ("de", "van", "von", "der", "al", "bin", "la", "du", "da", "del"))):
                j += 1
            # a trailing single-word city that is a surname: "Lloyd Austin"
            if (j < n and j - k >= 1 and items[j][2] == PLACE and items[j][3].kind in ("city", "state")
                    and " " not in body[items[j][0]:items[j][1]]
                    and (j + 1 >= n or items[j + 1][2] != ORG)):
                j += 1
            followed_by_org = j < n and items[j][2] in (ORG,)
            prev = items[k - 1] if k > 0 else None
            after_the = (prev is not None and body[prev[0]:prev[1]].lower() == "the") or (
                prev is None and body[max(0, s0 - 4):s0].lower() == "the ")
            if followed_by_org or after_the or (j - k == 1 and not first_name_place and body[s0:e0].isupper()):
                k = j
                continue
            # role: titles / places / acronyms right before the name
            r = k
            has_title = False
            while r > 0 and items[r - 1][2] in (TITLE, PLACE, ACRONYM):
                if items[r - 1][2] == TITLE:
                    has_title = True
                r -= 1
            role = body[items[r][0]:items[k - 1][1]] if has_title and r < k else None
            s, e = s0, items[j - 1][1]
            if j - k >= 2:
                full = " ".join(body[s:e].split())
                if role is None:
                    am = _APPOSITIVE.match(body, e if body[e:e + 1] == "," else len(body))
                    if am:
                        words = {w.lower() for w in _WORD.findall(am.group(1))}
                        if words & L.ROLE_NOUNS:
                            role = am.group(1).strip()
                if full not in ppl.roles or (role and not ppl.roles[full]):
                    ppl.roles[full] = role
                ppl.surnames.setdefault(body[items[j - 1][0]:items[j - 1][1]], full)
                ppl.words.update(full.split())
                ppl.spans.update((it[0], it[1]) for it in items[k:j])
                ppl.mentions.append(Mention(s, e, full, in_quote(s)))
            else:
                singles.append((s, e, has_title, role))
            k = j
        # single place words after a title ("Defence Secretary Austin")
        for k in range(1, n):
            s0, e0, lab, ent = items[k]
            if lab == PLACE and items[k - 1][2] == TITLE and " " not in body[s0:e0] and ent.kind in ("city", "state"):
                if k + 1 >= n or items[k + 1][2] not in (OTHER, ORG):
                    singles.append((s0, e0, True, None))
    for s, e, titled, role in singles:
        w = body[s:e]
        full = ppl.surnames.get(w)
        if full is None:
            if not titled:
                continue
            full = w
            ppl.roles.setdefault(full, role)
            ppl.surnames.setdefault(w, full)
        ppl.spans.add((s, e))
        ppl.mentions.append(Mention(s, e, full, in_quote(s)))
    # untitled single place words that are a known surname ("Austin’s warning")
    if ppl.surnames:
        for items in runs:
            for (s0, e0, lab, ent) in items:
                if lab == PLACE and (s0, e0) not in ppl.spans and body[s0:e0] in ppl.surnames \
                        and ppl.surnames[body[s0:e0]] != body[s0:e0]:
                    ppl.spans.add((s0, e0))
                    ppl.mentions.append(Mention(s0, e0, ppl.surnames[body[s0:e0]], in_quote(s0)))
    ppl.finish()
    return ppl
