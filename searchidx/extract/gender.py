"""The gender a pronoun needs of its antecedent: from titles, role words and first names.

"She said" must not go to the man named in between, so each person named in an article
gets a gender when the text gives evidence of one: a title ("Mr", "Lady"), a role word
("spokeswoman", "actress") or a first name. First names come from ``gender-guesser``
(offline data, about 40,000 names by country); names it does not know, finds
ambiguous ("Jo", "Sam") or only mostly one gender ("Jamie") give no gender, so such people stay possible antecedents of
either pronoun.
"""

from __future__ import annotations

import re
from functools import lru_cache

MALE, FEMALE = "m", "f"

#: Title and role words that say a person's gender (lower case, without a final period).
_MALE_WORDS = frozenset(
    """
mr sir lord king prince duke baron earl count viscount marquess father brother monsieur herr
senor signor sheikh emperor tsar sultan emir husband son grandfather widower boyfriend
uncle nephew fiance man boy gentleman businessman chairman spokesman congressman
sportsman statesman councilman alderman anchorman frontman policeman fireman fisherman
craftsman salesman showman horseman postman foreman dad fiancé shri sri
""".split()
)
_FEMALE_WORDS = frozenset(
    """
mrs ms miss lady dame queen princess duchess baroness countess viscountess marchioness
mother sister madam madame mme frau senora signora empress tsarina sultana wife daughter
grandmother widow girlfriend aunt niece fiancee woman girl businesswoman chairwoman
spokeswoman congresswoman sportswoman stateswoman councilwoman alderwoman anchorwoman
policewoman firewoman actress waitress heiress hostess princess stewardess songstress mum mom fiancée
smt shrimati kumari
""".split()
)


def word_gender(word: str) -> str | None:
    """The gender a title or role word gives: "Mrs" -> "f", "spokesman" -> "m", "minister" -> None."""
    w = word.lower().rstrip(".")
    if w in _MALE_WORDS:
        return MALE
    if w in _FEMALE_WORDS:
        return FEMALE
    return None


def role_gender_strength(role: str | None) -> int:
    """How strongly a role's gender counts (see ``names.People.note_gender``): a "-man" office
    ("chairman", "spokesman") is used for women too in British usage, so it counts less than a
    first name; other gendered words ("Mrs", "spokeswoman", "widow") count as titles do."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", role or "") if word_gender(w) == MALE]
    return 0 if words and all(w.endswith("man") and w != "man" for w in words) else 2


def role_gender(role: str | None) -> str | None:
    """The gender the words of a role give ("Lib Dem spokeswoman" -> "f"), if they agree."""
    if not role:
        return None
    found = {word_gender(w) for w in re.findall(r"[A-Za-z]+", role)} - {None}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gd  # a dependency (pyproject.toml)

    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=4096)
def first_name_gender(name: str, english: bool = True) -> str | None:
    """ "Ida" -> "f", "Michael" -> "m"; None for unknown or ambiguous names ("Jo", "Kefa"), and,
    with ``english``, for names Britain and the US give mostly the other sex ("Jean")."""
    if len(name) < 2 or not name[0].isupper() or not name[1:].replace("-", "").isalpha():
        return None
    # (the name as written only: an accent-free spelling of a rare foreign name, "Zephyr" for
    # the French man's "Zéphyr", is no evidence of an English speaker's gender)
    g = _detector().get_gender(name.split("-")[0])
    if english and g in ("male", "female") and _english_disagrees(name.split("-")[0], g):
        g = "unsure"  # "Jean": a man's name in France, mostly a woman's in Britain and the US
    if g not in ("male", "female") and "-" in name:
        # "Kerry-Anne", "Mary-Kate": a double name whose first half says nothing sure, its
        # second half does ("Jean-Pierre" is told by its first)
        second = _detector().get_gender(name.split("-")[1])
        if second in ("male", "female"):
            g = second
    if g == "unknown" and not name.isascii():
        # "Siobhán", "Ciarán": an Irish fada (or any accent a writer kept) on a name the package
        # knows spelt without it is the same name
        g = _detector().get_gender(_fold(name.split("-")[0]))
    # "mostly_" names ("Jamie", "Robin", "Kim") differ by country and generation: the text's
    # own evidence (a title, a pronoun) decides them, never the name alone
    if g == "male":
        return MALE
    if g == "female":
        return FEMALE
    return None


def _english_disagrees(name: str, g: str) -> bool:
    """Whether Britain and the United States both give ``name`` mostly the other gender than
    the worldwide answer ``g`` (news here is in English), or Ireland does and Britain gives it
    to either sex."""
    other = "female" if g == "male" else "male"
    if all(_detector().get_gender(name, c) in (other, "mostly_" + other) for c in ("great_britain", "usa")):
        return True
    # ("Dara": a woman's name worldwide, mostly a man's in Ireland and either sex's in Britain)
    return _detector().get_gender(name, "ireland") in (other, "mostly_" + other) and _detector().get_gender(
        name, "great_britain"
    ) in ("andy", other, "mostly_" + other)


@lru_cache(maxsize=4096)
def is_first_name(name: str) -> bool:
    """Whether ``name`` is a given name anywhere ``gender-guesser`` knows, whatever its gender:
    "Mary" (mostly female) and "Gao" (either) are, "Kowalski" is not."""
    if len(name) < 2 or not name[0].isupper() or not name[1:].replace("-", "").isalpha():
        return False
    return _guess(name.split("-")[0]) != "unknown"


def _guess(name: str) -> str:
    """``gender-guesser``'s answer for ``name``, or for the accented name a wire wrote without
    its accents ("Rudiger" for Rüdiger, "Francois" for François): whether it is a given name."""
    g = _detector().get_gender(name)
    if g == "unknown" and name.isascii():
        accented = _accented().get(name.lower())
        if accented is not None:
            g = _detector().get_gender(accented)
    return g


def _fold(name: str) -> str:
    """``name`` with its accents taken off ("Siobhán" -> "Siobhan")."""
    import unicodedata

    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


_DROPPED_ACCENTS = frozenset("áàâäãåçéèêëíìîïñóòôöõøúùûüýÿ")


@lru_cache(maxsize=1)
def _accented() -> dict[str, str]:
    """Accented given names by their unaccented lower-case spelling."""
    import unicodedata

    out: dict[str, str] = {}
    for n in _detector().names:
        # accents Western wires drop ("Rüdiger", "François"); not the carons of "Žika", which
        # would make the word "Zika" a given name
        if not n.isascii() and all(ch.isascii() or ch.lower() in _DROPPED_ACCENTS for ch in n):
            folded = unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode().lower()
            if folded.isalpha():
                out.setdefault(folded, n)
    return out


def pronoun_gender(pronoun: str) -> str | None:
    """ "he"/"his"/"him" -> "m", "she"/"her" -> "f"; other pronouns need no gender."""
    p = pronoun.lower()
    if p in ("he", "him", "his", "himself"):
        return MALE
    if p in ("she", "her", "hers", "herself"):
        return FEMALE
    return None
