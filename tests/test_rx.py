"""The prefix-tree alternation matches exactly what a longest-first ``|`` list matches."""

import random
import re

import pytest

from searchidx.extract.rx import alternation


def _plain(words):
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


@pytest.mark.parametrize("seed", range(30))
def test_same_matches_as_a_longest_first_list(seed):
    rng = random.Random(seed)
    letters = "abc.-"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 12))]
    tree, plain = re.compile(alternation(words)), re.compile(_plain(words))
    for _ in range(200):
        text = "".join(rng.choice(letters + " ") for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)], (words, text)


def test_words_in_context():
    rx = re.compile(r"\b" + alternation(["Jun", "June", "July", "Sept.", "Sep."]) + r"(?!\w)")
    assert [m.group() for m in rx.finditer("June, Jun Sept. Sep. Julyx July")] == [
        "June",
        "Jun",
        "Sept.",
        "Sep.",
        "July",
    ]


def test_special_characters_are_literal():
    assert re.fullmatch(alternation(["a+b", "(x)"]), "a+b")
    assert not re.fullmatch(alternation(["a+b"]), "aab")


def test_empty_word_is_refused():
    with pytest.raises(ValueError):
        alternation(["a", ""])
