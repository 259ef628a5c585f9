"""Reuters wire news (1987) for quote attribution: the Reuters-21578 stories in
../shared/data/reuters21578 that hold a quotation mark, turned into plain-text articles the
gold's offsets point into.

The collection is SGML, read as latin-1, with a story's headline in ``<TITLE>``, its dateline in
``<DATELINE>`` and its text in ``<BODY>``, line-wrapped, each paragraph opening on a line indented
with spaces, and closing with the ``Reuter`` sign-off. ``articles`` rebuilds each story as an
article file would hold it: the headline, a blank line, then the paragraphs (each joined into one
line, runs of spaces made one), the dateline leading the first, SGML entities decoded and the
sign-off left out. The text itself is never stored in this repository: the gold
(``gold/reuters-*.json``, the held-out scorer's "news" format) holds offsets, names and the SHA-1 of
each rebuilt text.

Write the rebuilt articles for the held-out scorer (``NEWS_ROOT``) or for reading:
``python -m benchmarks.extraction.reuters OUTDIR``; ``--sample N`` writes only the stories a
seeded draw picks (see ``draw``).
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
from pathlib import Path

#: Every Reuters gold sample in the order it was annotated: (name, file, articles, its first score
#: of speaker right on found, taken before any rule was written from its errors). See gold/README.md.
SAMPLES: list[tuple[str, str, int, float]] = [
    ("first", "reuters-first.json", 15, 0.696),
    ("second", "reuters-second.json", 15, 0.933),
    ("third", "reuters-third.json", 15, 0.846),
    ("fourth", "reuters-fourth.json", 15, 0.892),
    ("fifth", "reuters-fifth.json", 15, 0.839),
    ("sixth", "reuters-sixth.json", 15, 0.824),
    ("seventh", "reuters-seventh.json", 15, 0.955),
    ("eighth", "reuters-eighth.json", 15, 0.886),
    ("ninth", "reuters-ninth.json", 15, 0.735),
    ("tenth", "reuters-tenth.json", 15, 0.737),
    ("eleventh", "reuters-eleventh.json", 15, 1.0),
    ("twelfth", "reuters-twelfth.json", 15, 0.818),
    ("thirteenth", "reuters-thirteenth.json", 15, 0.860),
    ("fourteenth", "reuters-fourteenth.json", 15, 0.828),
    ("fifteenth", "reuters-fifteenth.json", 15, 0.889),
    ("sixteenth", "reuters-sixteenth.json", 15, 0.844),
    ("seventeenth", "reuters-seventeenth.json", 15, 0.895),
    ("eighteenth", "reuters-eighteenth.json", 15, 0.867),
    ("nineteenth", "reuters-nineteenth.json", 15, 0.643),
    ("twentieth", "reuters-twentieth.json", 15, 0.909),
    ("twenty-first", "reuters-twentyfirst.json", 15, 0.923),
    ("twenty-second", "reuters-twentysecond.json", 15, 0.813),
    ("twenty-third", "reuters-twentythird.json", 15, 0.880),
    ("twenty-fourth", "reuters-twentyfourth.json", 15, 0.955),
    ("twenty-fifth", "reuters-twentyfifth.json", 15, 0.893),
    ("twenty-sixth", "reuters-twentysixth.json", 15, 1.0),
    ("twenty-seventh", "reuters-twentyseventh.json", 15, 1.0),
    ("twenty-eighth", "reuters-twentyeighth.json", 15, 0.789),
    ("twenty-ninth", "reuters-twentyninth.json", 15, 0.921),
    ("thirtieth", "reuters-thirtieth.json", 15, 0.972),
    ("thirty-first", "reuters-thirtyfirst.json", 15, 0.842),
    ("thirty-second", "reuters-thirtysecond.json", 15, 1.0),
    ("thirty-third", "reuters-thirtythird.json", 15, 0.933),
    ("thirty-fourth", "reuters-thirtyfourth.json", 15, 0.840),
    ("thirty-fifth", "reuters-thirtyfifth.json", 15, 1.0),
    ("thirty-sixth", "reuters-thirtysixth.json", 15, 0.833),
    ("thirty-seventh", "reuters-thirtyseventh.json", 15, 1.0),
    ("thirty-eighth", "reuters-thirtyeighth.json", 15, 0.861),
    ("thirty-ninth", "reuters-thirtyninth.json", 15, 1.0),
    ("fortieth", "reuters-fortieth.json", 15, 0.963),
    ("forty-first", "reuters-fortyfirst.json", 15, 0.906),
    ("forty-second", "reuters-fortysecond.json", 15, 0.909),
    ("forty-third", "reuters-fortythird.json", 15, 0.893),
    ("forty-fourth", "reuters-fortyfourth.json", 15, 0.842),
    ("forty-fifth", "reuters-fortyfifth.json", 15, 0.953),
    ("forty-sixth", "reuters-fortysixth.json", 15, 0.962),
    ("forty-seventh", "reuters-fortyseventh.json", 15, 0.885),
    ("forty-eighth", "reuters-fortyeighth.json", 15, 0.591),
    ("forty-ninth", "reuters-fortyninth.json", 15, 0.964),
    ("fiftieth", "reuters-fiftieth.json", 15, 0.913),
    ("fifty-first", "reuters-fiftyfirst.json", 15, 0.833),
    ("fifty-second", "reuters-fiftysecond.json", 15, 1.0),
    ("fifty-third", "reuters-fiftythird.json", 15, 0.947),
    ("fifty-fourth", "reuters-fiftyfourth.json", 15, 0.808),
    ("fifty-fifth", "reuters-fiftyfifth.json", 15, 0.885),
    ("fifty-sixth", "reuters-fiftysixth.json", 15, 0.875),
    ("fifty-seventh", "reuters-fiftyseventh.json", 15, 0.769),
    ("fifty-eighth", "reuters-fiftyeighth.json", 15, 0.864),
    ("fifty-ninth", "reuters-fiftyninth.json", 15, 0.935),
    ("sixtieth", "reuters-sixtieth.json", 15, 0.911),
    ("sixty-first", "reuters-sixtyfirst.json", 15, 0.912),
    ("sixty-second", "reuters-sixtysecond.json", 15, 0.957),
    ("sixty-third", "reuters-sixtythird.json", 15, 0.898),
    ("sixty-fourth", "reuters-sixtyfourth.json", 15, 0.962),
    ("sixty-fifth", "reuters-sixtyfifth.json", 15, 0.956),
    ("sixty-sixth", "reuters-sixtysixth.json", 15, 0.714),
    ("sixty-seventh", "reuters-sixtyseventh.json", 15, 0.850),
    ("sixty-eighth", "reuters-sixtyeighth.json", 15, 0.943),
    ("sixty-ninth", "reuters-sixtyninth.json", 15, 0.938),
    ("seventieth", "reuters-seventieth.json", 15, 0.833),
    ("seventy-first", "reuters-seventyfirst.json", 15, 0.938),
    ("seventy-second", "reuters-seventysecond.json", 15, 1.0),
    ("seventy-third", "reuters-seventythird.json", 15, 1.0),
    ("seventy-fourth", "reuters-seventyfourth.json", 15, 0.891),
    ("seventy-fifth", "reuters-seventyfifth.json", 15, 0.929),
    ("seventy-sixth", "reuters-seventysixth.json", 15, 0.810),
    ("seventy-seventh", "reuters-seventyseventh.json", 15, 1.0),
    ("seventy-eighth", "reuters-seventyeighth.json", 15, 0.763),
    ("seventy-ninth", "reuters-seventyninth.json", 15, 0.913),
    ("eightieth", "reuters-eightieth.json", 15, 0.850),
    ("eighty-first", "reuters-eightyfirst.json", 15, 0.722),
    ("eighty-second", "reuters-eightysecond.json", 15, 0.889),
    ("eighty-third", "reuters-eightythird.json", 15, 1.000),
    ("eighty-fourth", "reuters-eightyfourth.json", 15, 0.963),
    ("eighty-fifth", "reuters-eightyfifth.json", 15, 0.867),
    ("eighty-sixth", "reuters-eightysixth.json", 15, 0.885),
    ("eighty-seventh", "reuters-eightyseventh.json", 15, 0.857),
    ("eighty-eighth", "reuters-eightyeighth.json", 15, 0.975),
    ("eighty-ninth", "reuters-eightyninth.json", 15, 0.962),
    ("ninetieth", "reuters-ninetieth.json", 15, 0.885),
    ("ninety-first", "reuters-ninetyfirst.json", 15, 0.882),
    ("ninety-second", "reuters-ninetysecond.json", 15, 0.955),
    ("ninety-third", "reuters-ninetythird.json", 15, 0.931),
    ("ninety-fourth", "reuters-ninetyfourth.json", 15, 0.727),
    ("ninety-fifth", "reuters-ninetyfifth.json", 15, 0.939),
    ("ninety-sixth", "reuters-ninetysixth.json", 15, 0.933),
    ("ninety-seventh", "reuters-ninetyseventh.json", 15, 1.000),
    ("ninety-eighth", "reuters-ninetyeighth.json", 15, 0.933),
    ("ninety-ninth", "reuters-ninetyninth.json", 15, 1.000),
    ("hundredth", "reuters-hundredth.json", 15, 0.800),
    ("hundred-first", "reuters-hundredfirst.json", 15, 0.941),
    ("hundred-second", "reuters-hundredsecond.json", 15, 1.000),
    ("hundred-third", "reuters-hundredthird.json", 15, 0.947),
    ("hundred-fourth", "reuters-hundredfourth.json", 15, 0.939),
    ("hundred-fifth", "reuters-hundredfifth.json", 15, 0.913),
    ("hundred-sixth", "reuters-hundredsixth.json", 15, 1.000),
    ("hundred-seventh", "reuters-hundredseventh.json", 15, 0.533),
    ("hundred-eighth", "reuters-hundredeighth.json", 15, 0.676),
    ("hundred-ninth", "reuters-hundredninth.json", 15, 0.957),
    ("hundred-tenth", "reuters-hundredtenth.json", 15, 0.968),
    ("hundred-eleventh", "reuters-hundredeleventh.json", 15, 0.964),
    ("hundred-twelfth", "reuters-hundredtwelfth.json", 15, 0.958),
    ("hundred-thirteenth", "reuters-hundredthirteenth.json", 15, 0.952),
    ("hundred-fourteenth", "reuters-hundredfourteenth.json", 15, 0.839),
    ("hundred-fifteenth", "reuters-hundredfifteenth.json", 15, 0.895),
    ("hundred-sixteenth", "reuters-hundredsixteenth.json", 15, 1.000),
    ("hundred-seventeenth", "reuters-hundredseventeenth.json", 15, 0.905),
    ("hundred-eighteenth", "reuters-hundredeighteenth.json", 15, 0.929),
    ("hundred-nineteenth", "reuters-hundrednineteenth.json", 15, 0.926),
    ("hundred-twentieth", "reuters-hundredtwentieth.json", 15, 0.806),
    ("hundred-twenty-first", "reuters-hundredtwentyfirst.json", 15, 0.923),
    ("hundred-twenty-second", "reuters-hundredtwentysecond.json", 15, 1.000),
    ("hundred-twenty-third", "reuters-hundredtwentythird.json", 15, 0.882),
    ("hundred-twenty-fourth", "reuters-hundredtwentyfourth.json", 15, 0.889),
    ("hundred-twenty-fifth", "reuters-hundredtwentyfifth.json", 15, 0.861),
    ("hundred-twenty-sixth", "reuters-hundredtwentysixth.json", 15, 0.920),
    ("hundred-twenty-seventh", "reuters-hundredtwentyseventh.json", 15, 1.000),
    ("hundred-twenty-eighth", "reuters-hundredtwentyeighth.json", 15, 0.829),
    ("hundred-twenty-ninth", "reuters-hundredtwentyninth.json", 15, 1.000),
    ("hundred-thirtieth", "reuters-hundredthirtieth.json", 15, 0.962),
    ("hundred-thirty-first", "reuters-hundredthirtyfirst.json", 15, 0.962),
    ("hundred-thirty-second", "reuters-hundredthirtysecond.json", 15, 0.857),
    ("hundred-thirty-third", "reuters-hundredthirtythird.json", 15, 1.000),
    ("hundred-thirty-fourth", "reuters-hundredthirtyfourth.json", 15, 0.926),
    ("hundred-thirty-fifth", "reuters-hundredthirtyfifth.json", 15, 0.875),
    ("hundred-thirty-sixth", "reuters-hundredthirtysixth.json", 15, 1.000),
    ("hundred-thirty-seventh", "reuters-hundredthirtyseventh.json", 15, 0.926),
    ("hundred-thirty-eighth", "reuters-hundredthirtyeighth.json", 15, 0.962),
    ("hundred-thirty-ninth", "reuters-hundredthirtyninth.json", 15, 0.864),
    ("hundred-fortieth", "reuters-hundredfortieth.json", 15, 0.737),
    ("hundred-forty-first", "reuters-hundredfortyfirst.json", 15, 0.958),
    ("hundred-forty-second", "reuters-hundredfortysecond.json", 15, 0.824),
    ("hundred-forty-third", "reuters-hundredfortythird.json", 15, 0.704),
    ("hundred-forty-fourth", "reuters-hundredfortyfourth.json", 15, 0.957),
    ("hundred-forty-fifth", "reuters-hundredfortyfifth.json", 15, 0.842),
    ("hundred-forty-sixth", "reuters-hundredfortysixth.json", 15, 0.870),
    ("hundred-forty-seventh", "reuters-hundredfortyseventh.json", 15, 0.913),
    ("hundred-forty-eighth", "reuters-hundredfortyeighth.json", 15, 1.000),
    ("hundred-forty-ninth", "reuters-hundredfortyninth.json", 15, 0.880),
    ("hundred-fiftieth", "reuters-hundredfiftieth.json", 15, 0.857),
    ("hundred-fifty-first", "reuters-hundredfiftyfirst.json", 15, 0.952),
    ("hundred-fifty-second", "reuters-hundredfiftysecond.json", 15, 1.000),
    ("hundred-fifty-third", "reuters-hundredfiftythird.json", 15, 0.737),
    ("hundred-fifty-fourth", "reuters-hundredfiftyfourth.json", 15, 0.842),
    ("hundred-fifty-fifth", "reuters-hundredfiftyfifth.json", 15, 1.000),
    ("hundred-fifty-sixth", "reuters-hundredfiftysixth.json", 15, 0.962),
    ("hundred-fifty-seventh", "reuters-hundredfiftyseventh.json", 15, 0.933),
    ("hundred-fifty-eighth", "reuters-hundredfiftyeighth.json", 15, 0.944),
    ("hundred-fifty-ninth", "reuters-hundredfiftyninth.json", 15, 0.952),
    ("hundred-sixtieth", "reuters-hundredsixtieth.json", 15, 0.906),
    ("hundred-sixty-first", "reuters-hundredsixtyfirst.json", 15, 0.900),
    ("hundred-sixty-second", "reuters-hundredsixtysecond.json", 15, 0.921),
    ("hundred-sixty-third", "reuters-hundredsixtythird.json", 15, 1.000),
    ("hundred-sixty-fourth", "reuters-hundredsixtyfourth.json", 15, 1.000),
    ("hundred-sixty-fifth", "reuters-hundredsixtyfifth.json", 15, 0.914),
    ("hundred-sixty-sixth", "reuters-hundredsixtysixth.json", 15, 0.933),
    ("hundred-sixty-seventh", "reuters-hundredsixtyseventh.json", 15, 1.000),
    ("hundred-sixty-eighth", "reuters-hundredsixtyeighth.json", 15, 1.000),
    ("hundred-sixty-ninth", "reuters-hundredsixtyninth.json", 15, 0.920),
    ("hundred-seventieth", "reuters-hundredseventieth.json", 15, 0.941),
    ("hundred-seventy-first", "reuters-hundredseventyfirst.json", 15, 0.962),
    ("hundred-seventy-second", "reuters-hundredseventysecond.json", 15, 0.947),
    ("hundred-seventy-third", "reuters-hundredseventythird.json", 15, 0.882),
    ("hundred-seventy-fourth", "reuters-hundredseventyfourth.json", 15, 0.900),
    ("hundred-seventy-fifth", "reuters-hundredseventyfifth.json", 15, 0.865),
    ("hundred-seventy-sixth", "reuters-hundredseventysixth.json", 15, 0.926),
    ("hundred-seventy-seventh", "reuters-hundredseventyseventh.json", 15, 0.957),
    ("hundred-seventy-eighth", "reuters-hundredseventyeighth.json", 15, 0.875),
    ("hundred-seventy-ninth", "reuters-hundredseventyninth.json", 15, 0.966),
    ("hundred-eightieth", "reuters-hundredeightieth.json", 15, 0.960),
    ("hundred-eighty-first", "reuters-hundredeightyfirst.json", 15, 0.862),
    ("hundred-eighty-second", "reuters-hundredeightysecond.json", 15, 1.000),
    ("hundred-eighty-third", "reuters-hundredeightythird.json", 15, 0.923),
    ("hundred-eighty-fourth", "reuters-hundredeightyfourth.json", 15, 0.789),
    ("hundred-eighty-fifth", "reuters-hundredeightyfifth.json", 15, 0.952),
    ("hundred-eighty-sixth", "reuters-hundredeightysixth.json", 15, 0.925),
    ("hundred-eighty-seventh", "reuters-hundredeightyseventh.json", 15, 1.000),
    ("hundred-eighty-eighth", "reuters-hundredeightyeighth.json", 15, 0.893),
    ("hundred-eighty-ninth", "reuters-hundredeightyninth.json", 15, 1.000),
    ("hundred-ninetieth", "reuters-hundredninetieth.json", 15, 0.955),
    ("hundred-ninety-first", "reuters-hundredninetyfirst.json", 15, 0.980),
    ("hundred-ninety-second", "reuters-hundredninetysecond.json", 15, 0.938),
    ("hundred-ninety-third", "reuters-hundredninetythird.json", 15, 1.000),
    ("hundred-ninety-fourth", "reuters-hundredninetyfourth.json", 15, 1.000),
    ("hundred-ninety-fifth", "reuters-hundredninetyfifth.json", 15, 0.875),
    ("hundred-ninety-sixth", "reuters-hundredninetysixth.json", 15, 0.971),
    ("hundred-ninety-seventh", "reuters-hundredninetyseventh.json", 15, 1.000),
    ("hundred-ninety-eighth", "reuters-hundredninetyeighth.json", 15, 0.844),
    ("hundred-ninety-ninth", "reuters-hundredninetyninth.json", 15, 0.967),
    ("two-hundredth", "reuters-twohundredth.json", 15, 0.900),
    ("two-hundred-first", "reuters-twohundredfirst.json", 15, 0.967),
    ("two-hundred-second", "reuters-twohundredsecond.json", 15, 0.939),
    ("two-hundred-third", "reuters-twohundredthird.json", 15, 0.824),
    ("two-hundred-fourth", "reuters-twohundredfourth.json", 15, 0.844),
    ("two-hundred-fifth", "reuters-twohundredfifth.json", 15, 0.963),
    ("two-hundred-sixth", "reuters-twohundredsixth.json", 15, 0.900),
    ("two-hundred-seventh", "reuters-twohundredseventh.json", 15, 1.000),
    ("two-hundred-eighth", "reuters-twohundredeighth.json", 15, 1.000),
    ("two-hundred-ninth", "reuters-twohundredninth.json", 15, 0.950),
    ("two-hundred-tenth", "reuters-twohundredtenth.json", 15, 0.880),
    ("two-hundred-eleventh", "reuters-twohundredeleventh.json", 15, 0.947),
    ("two-hundred-twelfth", "reuters-twohundredtwelfth.json", 15, 0.880),
    ("two-hundred-thirteenth", "reuters-twohundredthirteenth.json", 15, 0.906),
    ("two-hundred-fourteenth", "reuters-twohundredfourteenth.json", 15, 1.000),
    ("two-hundred-fifteenth", "reuters-twohundredfifteenth.json", 15, 1.000),
    ("two-hundred-sixteenth", "reuters-twohundredsixteenth.json", 15, 0.968),
    ("two-hundred-seventeenth", "reuters-twohundredseventeenth.json", 15, 1.000),
    ("two-hundred-eighteenth", "reuters-twohundredeighteenth.json", 15, 0.944),
    ("two-hundred-nineteenth", "reuters-twohundrednineteenth.json", 15, 0.789),
    ("two-hundred-twentieth", "reuters-twohundredtwentieth.json", 15, 1.000),
    ("two-hundred-twenty-first", "reuters-twohundredtwentyfirst.json", 15, 0.939),
    ("two-hundred-twenty-second", "reuters-twohundredtwentysecond.json", 15, 1.000),
    ("two-hundred-twenty-third", "reuters-twohundredtwentythird.json", 15, 0.913),
    ("two-hundred-twenty-fourth", "reuters-twohundredtwentyfourth.json", 15, 0.889),
    ("two-hundred-twenty-fifth", "reuters-twohundredtwentyfifth.json", 15, 0.889),
    ("two-hundred-twenty-sixth", "reuters-twohundredtwentysixth.json", 15, 1.000),
    ("two-hundred-twenty-seventh", "reuters-twohundredtwentyseventh.json", 15, 0.933),
    ("two-hundred-twenty-eighth", "reuters-twohundredtwentyeighth.json", 15, 0.829),
    ("two-hundred-twenty-ninth", "reuters-twohundredtwentyninth.json", 15, 0.919),
    ("two-hundred-thirtieth", "reuters-twohundredthirtieth.json", 15, 0.956),
    ("two-hundred-thirty-first", "reuters-twohundredthirtyfirst.json", 15, 0.960),
    ("two-hundred-thirty-second", "reuters-twohundredthirtysecond.json", 15, 0.955),
    ("two-hundred-thirty-third", "reuters-twohundredthirtythird.json", 15, 0.923),
    ("two-hundred-thirty-fourth", "reuters-twohundredthirtyfourth.json", 15, 0.765),
    ("two-hundred-thirty-fifth", "reuters-twohundredthirtyfifth.json", 15, 0.949),
    ("two-hundred-thirty-sixth", "reuters-twohundredthirtysixth.json", 15, 0.909),
    ("two-hundred-thirty-seventh", "reuters-twohundredthirtyseventh.json", 15, 0.895),
    ("two-hundred-thirty-eighth", "reuters-twohundredthirtyeighth.json", 15, 0.941),
    ("two-hundred-thirty-ninth", "reuters-twohundredthirtyninth.json", 15, 0.923),
    ("two-hundred-fortieth", "reuters-twohundredfortieth.json", 15, 0.958),
    ("two-hundred-forty-first", "reuters-twohundredfortyfirst.json", 15, 0.96),
    ("two-hundred-forty-second", "reuters-twohundredfortysecond.json", 15, 0.947),
    ("two-hundred-forty-third", "reuters-twohundredfortythird.json", 15, 0.955),
    ("two-hundred-forty-fourth", "reuters-twohundredfortyfourth.json", 15, 1.0),
    ("two-hundred-forty-fifth", "reuters-twohundredfortyfifth.json", 15, 0.968),
    ("two-hundred-forty-sixth", "reuters-twohundredfortysixth.json", 15, 0.875),
    ("two-hundred-forty-seventh", "reuters-twohundredfortyseventh.json", 15, 0.929),
    ("two-hundred-forty-eighth", "reuters-twohundredfortyeighth.json", 15, 1.0),
    ("two-hundred-forty-ninth", "reuters-twohundredfortyninth.json", 15, 0.9),
    ("two-hundred-fiftieth", "reuters-twohundredfiftieth.json", 15, 0.957),
    ("two-hundred-fifty-first", "reuters-twohundredfiftyfirst.json", 15, 1.0),
    ("two-hundred-fifty-second", "reuters-twohundredfiftysecond.json", 15, 0.857),
    ("two-hundred-fifty-third", "reuters-twohundredfiftythird.json", 15, 1.0),
    ("two-hundred-fifty-fourth", "reuters-twohundredfiftyfourth.json", 15, 0.905),
    ("two-hundred-fifty-fifth", "reuters-twohundredfiftyfifth.json", 15, 0.95),
    ("two-hundred-fifty-sixth", "reuters-twohundredfiftysixth.json", 15, 0.969),
    ("two-hundred-fifty-seventh", "reuters-twohundredfiftyseventh.json", 15, 0.926),
    ("two-hundred-fifty-eighth", "reuters-twohundredfiftyeighth.json", 15, 1.0),
    ("two-hundred-fifty-ninth", "reuters-twohundredfiftyninth.json", 15, 0.613),
    ("two-hundred-sixtieth", "reuters-twohundredsixtieth.json", 15, 1.0),
    ("two-hundred-sixty-first", "reuters-twohundredsixtyfirst.json", 15, 0.909),
    ("two-hundred-sixty-second", "reuters-twohundredsixtysecond.json", 15, 0.757),
    ("two-hundred-sixty-third", "reuters-twohundredsixtythird.json", 15, 0.938),
    ("two-hundred-sixty-fourth", "reuters-twohundredsixtyfourth.json", 15, 0.886),
    ("two-hundred-sixty-fifth", "reuters-twohundredsixtyfifth.json", 15, 1.0),
    ("two-hundred-sixty-sixth", "reuters-twohundredsixtysixth.json", 15, 0.818),
    ("two-hundred-sixty-seventh", "reuters-twohundredsixtyseventh.json", 15, 1.0),
    ("two-hundred-sixty-eighth", "reuters-twohundredsixtyeighth.json", 15, 0.968),
    ("two-hundred-sixty-ninth", "reuters-twohundredsixtyninth.json", 15, 1.0),
    ("two-hundred-seventieth", "reuters-twohundredseventieth.json", 15, 0.962),
    ("two-hundred-seventy-first", "reuters-twohundredseventyfirst.json", 15, 0.96),
    ("two-hundred-seventy-second", "reuters-twohundredseventysecond.json", 15, 0.903),
    ("two-hundred-seventy-third", "reuters-twohundredseventythird.json", 15, 0.933),
    ("two-hundred-seventy-fourth", "reuters-twohundredseventyfourth.json", 15, 0.929),
    ("two-hundred-seventy-fifth", "reuters-twohundredseventyfifth.json", 15, 0.964),
    ("two-hundred-seventy-sixth", "reuters-twohundredseventysixth.json", 15, 0.905),
    ("two-hundred-seventy-seventh", "reuters-twohundredseventyseventh.json", 15, 1.0),
    ("two-hundred-seventy-eighth", "reuters-twohundredseventyeighth.json", 15, 0.941),
    ("two-hundred-seventy-ninth", "reuters-twohundredseventyninth.json", 15, 0.947),
    ("two-hundred-eightieth", "reuters-twohundredeightieth.json", 15, 1.0),
    ("two-hundred-eighty-first", "reuters-twohundredeightyfirst.json", 15, 0.848),
    ("two-hundred-eighty-second", "reuters-twohundredeightysecond.json", 15, 1.0),
    ("two-hundred-eighty-third", "reuters-twohundredeightythird.json", 15, 1.0),
    ("two-hundred-eighty-fourth", "reuters-twohundredeightyfourth.json", 15, 1.0),
    ("two-hundred-eighty-fifth", "reuters-twohundredeightyfifth.json", 15, 0.864),
    ("two-hundred-eighty-sixth", "reuters-twohundredeightysixth.json", 15, 0.952),
    ("two-hundred-eighty-seventh", "reuters-twohundredeightyseventh.json", 15, 0.967),
    ("two-hundred-eighty-eighth", "reuters-twohundredeightyeighth.json", 15, 0.882),
    ("two-hundred-eighty-ninth", "reuters-twohundredeightyninth.json", 15, 0.923),
    ("two-hundred-ninetieth", "reuters-twohundredninetieth.json", 15, 0.886),
    ("two-hundred-ninety-first", "reuters-twohundredninetyfirst.json", 15, 0.923),
    ("two-hundred-ninety-second", "reuters-twohundredninetysecond.json", 14, 0.962),
]

_STORY = re.compile(r"<REUTERS\b[^>]*\bNEWID=\"(\d+)\"[^>]*>(.*?)</REUTERS>", re.S)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
_DATELINE = re.compile(r"<DATELINE>(.*?)</DATELINE>", re.S)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
#: A paragraph opens on a line indented with spaces (or a tab).
_PARAGRAPH = re.compile(r"\n[ \t]+(?=\S)")
_SIGN_OFF = re.compile(r"\s*\bReuter\s*(?:&#3;)?\s*$")
_CONTROL = re.compile(r"&#\d+;")


def _clean(sgml: str) -> str:
    return html.unescape(_CONTROL.sub("", sgml))


def articles(data_dir: Path) -> dict[str, str]:
    """``{"reuters-<NEWID>.txt": text}`` for every story with a ``"`` in its body (empty when
    the collection is absent)."""
    root = Path(data_dir) / "reuters21578"
    out: dict[str, str] = {}
    if not root.is_dir():
        return out
    for path in sorted(root.glob("reut2-*.sgm")):
        for newid, story in _STORY.findall(path.read_text(encoding="latin-1")):
            body = _BODY.search(story)
            if body is None or '"' not in body.group(1):
                continue
            title = _TITLE.search(story)
            dateline = _DATELINE.search(story)
            text = _SIGN_OFF.sub("", body.group(1))
            if dateline:
                text = " ".join(dateline.group(1).split()) + " " + text
            paragraphs = [" ".join(_clean(p).split()) for p in _PARAGRAPH.split(text)]
            headline = " ".join(_clean(title.group(1)).split()) if title else f"Reuters {newid}"
            out[f"reuters-{newid}.txt"] = headline + "\n\n" + "\n\n".join(p for p in paragraphs if p) + "\n"
    return out


def _newid(name: str) -> int:
    return int(name.removeprefix("reuters-").removesuffix(".txt"))


def draw(texts: dict[str, str], k: int, seed: int = 1987) -> list[str]:
    """``k`` story names drawn with ``random.Random(seed)`` from the names of ``texts`` (the
    stories with a quotation mark) sorted by NEWID, in the order drawn: the gold samples are
    consecutive slices of one draw (see gold/README.md)."""
    names = sorted(texts, key=_newid)
    if k > len(names):
        raise ValueError(f"cannot draw {k} stories from {len(names)}")
    # random.sample's own set-based loop, written out: the library switches to another
    # algorithm once 3k passes a power of four near the population (k = 1,366 here), and
    # that would change every slice drawn so far. This loop gives random.sample's result
    # for every k where it used the set method, and the same prefix for every larger k.
    rng = random.Random(seed)
    seen: set[int] = set()
    out: list[str] = []
    for _ in range(k):
        j = rng._randbelow(len(names))
        while j in seen:
            j = rng._randbelow(len(names))
        seen.add(j)
        out.append(names[j])
    return out


def sample_path(file: str) -> Path:
    """The gold file of one Reuters sample."""
    return Path(__file__).resolve().parent / "gold" / file


def evaluate(data_dir: Path, gold_path: Path) -> dict | None:
    """The news metrics of one Reuters gold file (``news.evaluate_texts``); None when the gold or
    the collection is missing."""
    from .news import evaluate_texts

    return evaluate_texts(articles(data_dir), gold_path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.extraction.reuters", description=__doc__.split("\n")[0])
    ap.add_argument("outdir", type=Path, help="folder to write reuters-<NEWID>.txt articles into")
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[3] / "shared" / "data")
    ap.add_argument("--sample", type=int, metavar="N", help="write only N stories drawn with --seed")
    ap.add_argument("--seed", type=int, default=1987)
    args = ap.parse_args(argv)
    texts = articles(args.data)
    if not texts:
        print(f"no Reuters-21578 collection under {args.data / 'reuters21578'}", file=sys.stderr)
        return 2
    if args.sample:
        texts = {n: texts[n] for n in sorted(draw(texts, args.sample, args.seed), key=_newid)}
    from .news import write_articles

    write_articles(texts, args.outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
