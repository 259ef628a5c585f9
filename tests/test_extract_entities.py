"""Speakers are entities: a person or an organisation by its fullest name in the article,
with kind and role apart, never a date, holiday, award, place, single letter or pronoun.
Every name here is invented."""

from datetime import date

from searchidx.extract import extract
from searchidx.extract.entities import _non_entity
from searchidx.extract.gender import first_name_gender, role_gender, word_gender

REF = date(2024, 10, 27)


def quotes(text):
    x = extract(text, REF)
    return x, [q for q in x.quotes if q.direct]


def test_fullest_name_from_surname_title_and_role():
    text = (
        'Tory leader Michael Hawdon visited Leeds. "Taxes are too high," Mr Hawdon said. '
        '"Labour has failed," the Conservative leader added. Hawdon went on: "We are ready."'
    )
    x, qs = quotes(text)
    assert [q.speaker for q in qs] == ["Michael Hawdon"] * 3
    assert {q.kind for q in qs} == {"person"}
    assert qs[0].role == "Tory leader"
    assert x.speakers == ["Michael Hawdon"]


def test_courtesy_title_is_no_role():
    _, qs = quotes('Ms Ida Rahman said: "We will win."')
    assert (qs[0].speaker, qs[0].role) == ("Ida Rahman", None)


def test_organisations_by_it_the_company_and_a_spokesperson():
    text = (
        'Norvale said profits rose sharply. "It was a good year," it said. '
        'A Honda spokesman said: "The robot can run." '
        'The Justice Department refused to comment. "We are reviewing it," a spokeswoman said. '
        'A Dept of Roads spokeswoman confirmed the closure. "It will reopen soon," she said.'
    )
    _, qs = quotes(text)
    assert [(q.speaker, q.kind) for q in qs] == [
        ("Norvale", "organisation"),
        ("Honda", "organisation"),
        ("Justice Department", "organisation"),
        ("Dept of Roads", "organisation"),
    ]


def test_party_aliases_fold_to_one_name():
    text = (
        'The Lib Dems attacked the plan. "It is unfair," the Lib Dems said. '
        '"We will vote against it," the Liberal Democrats said.'
    )
    x, qs = quotes(text)
    assert [q.speaker for q in qs] == ["Liberal Democrats", "Liberal Democrats"]
    assert x.speakers == ["Liberal Democrats"]


def test_spelled_out_acronym_folds_to_the_full_name():
    text = (
        "The chairman of the Commission for Fair Housing (CFH) spoke. A CFH spokesman said it "
        'had nothing to add. "We will meet the parties," the spokesman said.'
    )
    _, qs = quotes(text)
    assert qs[0].speaker == "Commission for Fair Housing"


def test_company_suffix_is_dropped():
    _, qs = quotes('"Demand is strong," Brayfield Group said.')
    assert qs[0].speaker == "Brayfield"


def test_holidays_awards_letters_and_pronouns_are_never_speakers():
    text = (
        'On Boxing Day, Ann Price said: "We are closed." "Fine," said B. '
        'At the Brits, Lily Cho blurted out: "I love this." "Nobody came," they said.'
    )
    x, qs = quotes(text)
    assert [q.speaker for q in qs] == ["Ann Price", None, "Lily Cho", None]
    assert set(x.speakers) == {"Ann Price", "Lily Cho"}
    for name in ("Boxing Day", "Brits", "B", "he", "Golden Lyre Awards", "Radio Five", "March 3"):
        assert _non_entity(name), name
    assert not _non_entity("Ann Price")


def test_party_adjective_and_demonym_are_not_speakers():
    _, qs = quotes('"We lost," Republican said. "We won," British said.')
    assert [q.speaker for q in qs] == [None, None]


def test_gender_evidence():
    assert first_name_gender("Ida") == "f" and first_name_gender("Michael") == "m"
    assert first_name_gender("Zqx") is None
    assert word_gender("Mrs") == "f" and word_gender("Lord") == "m" and word_gender("minister") is None
    assert role_gender("Lib Dem spokeswoman") == "f"
    assert role_gender("Finance Minister") is None


def test_an_acronym_defined_in_brackets_folds_to_its_full_name():
    from searchidx.extract import extract

    text = (
        "The State Office of Radio, Film and Screen (SORFS) regulates broadcasting. "
        'The SORFS said: "There is a strong ideological component."'
    )
    assert [q.speaker for q in extract(text).quotes] == ["State Office of Radio, Film and Screen"]


def test_a_lower_case_body_word_takes_the_article_s_capitalised_name():
    from searchidx.extract import extract

    text = (
        "The Ohio Rowing Club chairman Tim Phelps spoke.\n\n"
        'An Ohio Rowing club spokesperson denied it, insisting: "He did not say it."'
    )
    assert [(q.speaker, q.kind) for q in extract(text).quotes] == [("Ohio Rowing Club", "organisation")]


def test_mostly_one_gender_first_names_give_no_gender():
    # the text's own evidence decides these, never the name alone
    assert first_name_gender("Jamie") is None and first_name_gender("Robin") is None


def test_a_service_is_an_organisation_not_a_person():
    _, qs = quotes('"Calls fell by half," said the Harbour Preference Service.')
    assert [(q.speaker, q.kind) for q in qs] in ([("Harbour Preference Service", "organisation")], [(None, None)])


def test_a_counting_word_cut_from_its_figure_is_no_speaker():
    assert _non_entity("Number") and _non_entity("No")
    _, qs = quotes('A Number 10 spokeswoman would only say: "He will decide when he wants."')
    assert [q.speaker for q in qs] == [None]


def test_a_given_name_that_is_also_a_town_still_opens_a_name():
    # Mary (Turkmenistan) is "mostly female" to the name data, Gao (Mali) either; both towns
    text = (
        'Mary Kowalski, a teacher, said the school was closing.\n\n"It is a sad day," Mary said.\n\n'
        'Gao Jianming, an official, said the plant was new.\n\n"It works," Gao said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Mary Kowalski", "Gao Jianming"]


def test_a_nickname_in_quotation_marks_is_neither_a_quote_nor_part_of_the_name():
    text = (
        'Harbour Oil will pare its debt, R.T. "Dusty" Marlow, chairman, told Reuters.\n\n'
        '"Our priority is cash flow," he said.'
    )
    qs = extract(text).quotes
    assert [(q.text, q.speaker, q.direct) for q in qs] == [
        ("Harbour Oil will pare its debt", "R.T. Marlow", False),
        ("Our priority is cash flow,", "R.T. Marlow", True),
    ]


def test_a_two_word_family_name_is_the_person_named_in_full_before():
    text = (
        "Knights hold on\n\nThe coach, Jeff Van Dorsten, was calm after the game.\n\n"
        '"We were the favourites before," said Van Dorsten, whose team led by three games.'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Jeff Van Dorsten"]


def test_a_run_of_capitalised_words_before_a_name_is_no_fuller_name():
    # a live blog's topic runs into the name: "Zika Virus" opens with no given name
    text = 'Debate notes\n\nZika Virus Ned Carraway said the outbreak was a test.\n\n"We must act," said Ned Carraway.'
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ned Carraway"]


def test_an_office_that_runs_on_past_of_the_is_no_part_of_the_name():
    text = (
        "Harbour trade talks\n\nPORTVALE, March 31 - The Chancellor of the Exchequer Tomas Ferrant said "
        'the talks must go on. He stressed that "a trade war is in nobody\'s interest at all."'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Tomas Ferrant", "Tomas Ferrant"]


def test_a_body_s_minutes_speak_for_the_body_by_its_full_name():
    text = (
        "Rates held\n\nThe Bank of Norvale kept rates on hold, the Bank's minutes have shown. "
        "The Bank's economists had expected it.\n\n"
        "The Bank's minutes said that risks to inflation were low."
    )
    assert [(q.speaker, q.kind) for q in extract(text).quotes if not q.direct][-1] == (
        "Bank of Norvale",
        "organisation",
    )


def test_a_company_s_short_name_is_the_registered_name_it_opens():
    text = (
        "Harbour cuts prices\n\nPORTVALE, April 2 - Harbour Computer Inc said it cut prices. "
        "Dorn and Pellham Corp said failures rose.\n\n"
        '"We have not just cut prices," Harbour said.\n\n"Failures keep rising," Dorn said.'
    )
    direct = [(q.speaker, q.kind) for q in extract(text).quotes if q.direct]
    assert direct == [("Harbour Computer Inc", "organisation"), ("Dorn and Pellham Corp", "organisation")]
    # so is one with more words before "and" and one after it
    text = (
        "Kestrel sees lower earnings\n\nPORTVALE, March 11 - Kestrel Steel and Vanadium Corp Ltd said it "
        'expects lower earnings.\n\nKestrel said the bans "present a challenge to management."'
    )
    assert {q.speaker for q in extract(text).quotes} == {"Kestrel Steel and Vanadium Corp"}
    # two companies joined by "and" are no one name
    text = "Fiore and General Norvale Motors Corp agreed a deal.\n\nFiore said the deal was done."
    assert [q.speaker for q in extract(text).quotes] == ["Fiore"]


def test_the_report_is_by_the_author_the_article_gave_it_before():
    text = (
        "Acreage plan\n\nPORTVALE, March 16 - The plan would idle few acres, according to a report from the "
        "Harbour Farm Board.\n\nSavings would be small, the report said.\n\n"
        '"The likelihood of large acreages leaving production is quite small," the report said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Harbour Farm Board"]
    # a name that runs on in lower case is no author of its own
    text = (
        "Agency criticised\n\nA report by the Norvale public accounts committee was damning.\n\n"
        '"The agency has failed," the report said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] != ["Norvale"]


def test_the_bank_finds_a_bank_whose_name_ends_in_bank():
    text = (
        "Profit up\n\nOSLO, Sept 30 - Den Norvale Creditbank (DNC) said profits rose. DNC cut costs.\n\n"
        '"In 1986 DNC made large provisions for losses," the bank said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Den Norvale Creditbank"]


def test_it_goes_back_to_the_company_that_said_the_sentence_before():
    text = (
        "Harbour news\n\nSYDNEY, April 13 - The government must cut spending, the Norvale Banking Group Ltd "
        "<NRVA.S> said.\n\nCuts would be too small, it said in its monthly publication.\n\n"
        '"The cost is that investment will be postponed," it said.'
    )
    qs = extract(text).quotes
    assert [q.speaker for q in qs] == ["Norvale Banking", "Norvale Banking", "Norvale Banking"]
    assert "<NRVA.S>" not in " ".join(q.speaker or "" for q in qs)


def test_a_ticker_after_a_name_is_blanked_but_offsets_hold():
    from searchidx.extract.text import blank_tickers

    text = (
        "Norvale Corp <NRV> and Harbour Inc (HRB.N) and Apple Inc (NASDAQ: AAPL) and the Ministry of Trade (MOT) met."
    )
    out = blank_tickers(text)
    assert len(out) == len(text)
    assert "<NRV>" not in out and "(HRB.N)" not in out and "(NASDAQ: AAPL)" not in out
    assert "(MOT)" in out  # an acronym defined in brackets is kept
    # the wire's angle brackets around an unlisted company's name go, the name stays
    text = 'Toronto, March 20 - <Harbour Canada Ltd> said it has received offers from "a number of companies."'
    out = blank_tickers(text)
    assert len(out) == len(text) and " Harbour Canada Ltd  said" in out
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Harbour Canada Ltd"]


def test_a_place_name_as_surname_after_a_given_name_is_a_person():
    # Sinai is a region, England a country; set off by a role or a cue, the pair is a person
    text = (
        '"Demand will hold up," Tom Reddel said.\n\n'
        "Allen Sinai, chief economist at Harbour Securities, told the committee that prices would rise.\n\n"
        '"Once inflation starts, it persists," he said.\n\n'
        'Mike England said the bank would wait.\n\n"We are patient," he added.'
    )
    direct = [q.speaker for q in extract(text).quotes if q.direct]
    assert direct == ["Tom Reddel", "Allen Sinai", "Mike England"]


def test_a_pronoun_finds_the_person_just_named_when_no_one_of_its_gender_is():
    # "Beryl" is a woman's name to the name data, but no man is named: "he" is the one just named
    text = (
        "WASHINGTON, March 3 - In a speech today, Beryl Tanaka said the dollar's fall had restored "
        'competitiveness.\n\n"I am confident trade will improve," he said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Beryl Tanaka"]
    # a man named in between is still who "he" is
    text = text.replace("competitiveness.", "competitiveness. Ian Moss agreed.")
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ian Moss"]


def test_it_goes_back_to_a_body_the_sentence_before_names_by_a_common_noun():
    text = (
        "PORTVALE, June 16 - Exports will grow, the Ministry of Harbour Trade (MHT) said in its annual "
        "report.\n\nMHT also said imports fell.\n\nPrices rose in May. Buyers waited. Stocks grew.\n\nConsumer "
        "attitudes are changing. The ministry cited a "
        'survey showing price now comes first.\n\n"Whole industries have felt the pinch," it said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ministry of Harbour Trade"]
    # members are no body: "it" is the group, whom no name gives
    text = (
        'A group of senators published a plan. The group says reform is overdue. "We have waited long enough," it said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == [None]


def test_a_report_by_a_unit_a_magazine_owns_speaks_for_that_unit():
    text = (
        "LONDON, April 1 - Carmakers will double output, according to a report by the Harbour Times "
        "magazine's Harbour Research Unit.\n\nThe report stated that demand was strong. "
        '"A full motor industry may not be far away," it said. Norvale, Kestrel and Ashby are all '
        "building plants there now, it added.\n\nIt pointed out that debt was a risk."
    )
    qs = extract(text).quotes
    assert [q.speaker for q in qs] == ["Harbour Research Unit"] * len(qs)
    assert len(qs) == 5


def test_the_report_is_the_one_a_body_spoke_in_earlier():
    text = (
        "PORTVALE, March 23 - The Harbour Development Bank said it would match last year's lending."
        "\n\nIn its annual report and in a briefing, the Bank made clear that the region needed investment."
        "\n\nThe report said growth was slow in 1986.\n\n"
        '"Growth will be hard to repeat because no new investment is being made," the report said.'
    )
    assert [q.speaker for q in extract(text).quotes][-1:] == ["Harbour Development Bank"]
    text = (
        "LIMA, Oct 19 - Rates will rise after the talks, the Harbour Ministry said in a statement.\n\n"
        "Prices fell in May. Buyers waited. Stocks grew. Lending slowed.\n\n"
        '"A payment will only be made when there is progress," the statement said.'
    )
    assert [q.speaker for q in extract(text).quotes][-1:] == ["Harbour Ministry"]


def test_the_staff_of_a_named_body_speak_for_it():
    pre = "Bond news\n\nNEW YORK, May 3 - Prices fell at Kestrel Capital Markets Inc. The Harbour Ministry was silent.\n\n"
    for subject, body in (
        ("economists at Kestrel Capital Markets", "Kestrel Capital Markets Inc"),
        ("Kestrel economists", "Kestrel Capital Markets Inc"),
        ("officials at the Harbour Ministry", "Harbour Ministry"),
        ("Harbour Ministry officials", "Harbour Ministry"),
        ("Japanese officials", None),
        ("senior officials", None),
    ):
        text = pre + f'"The market can only attempt to hold a new range," said {subject}.'
        assert [q.speaker for q in extract(text).quotes] == [body], subject
    # a common noun opening a sentence is no body
    text = 'Sales news\n\nSet-top boxes sold well.\n\nMedia analysts said, "Most viewers will buy cheap boxes first."'
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_an_acronym_in_its_formal_order_is_the_body_named_in_another():
    text = (
        "WASHINGTON, April 3 - Rice stocks will fall, the U.S. Harbour Department said.\n\n"
        'USDH said exports rose.\n\n"Promotion has made rice more visible to consumers," USDH said.'
    )
    assert {q.speaker for q in extract(text).quotes} == {"U.S. Harbour Department"}


def test_a_short_name_blended_from_a_longer_one_is_that_body():
    text = (
        "KESTREL, March 13 - The Kestrel Steamship Co Ltd said it was looking to Britain for investment.\n\n"
        'Kesteam said share prices were high.\n\n"We expect to enter 1988 in a highly liquid position," Kesteam said.'
    )
    assert {q.speaker for q in extract(text).quotes} == {"Kestrel Steamship"}
    # letters from one word only are no blend of a longer name
    text = text.replace("Kesteam", "Kestro")
    assert "Kestrel Steamship" not in {q.speaker for q in extract(text).quotes[1:]}


def test_name_particles_after_a_given_name_or_a_town_word_stay_in_the_name():
    for name in ("Jorge Braga de Souza", "Kika de la Garza", "Piet van der Berg"):
        text = f'LISBON, May 2 - Stocks fell.\n\n"The market does not see a crisis yet," economist {name} told Reuters.'
        assert [q.speaker for q in extract(text).quotes] == [name]


def test_the_chief_of_a_body_is_whoever_heads_it_whatever_the_title():
    text = (
        "Union news\n\nDETROIT, May 3 - Harbour Dock Workers (HDW) president Owen Bieber said the union is "
        'ready.\n\nTom Reddel, a mediator, said talks would go on.\n\n"It takes two to make peace," the HDW chief said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Owen Bieber"]


def test_a_company_spokeswoman_speaks_for_the_company_the_lead_is_about():
    text = (
        "HARBOUR HAS NO PLANS TO RAISE BID\n\nDETROIT, June 19 - Harbour Motors Corp said it will not raise its "
        "offer for Kestrel Systems Inc.\n\nKestrel shares closed at 30 on the NYSE.\n\n"
        '"We have no intention of increasing the offer," a company spokeswoman said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Harbour Motors Corp"]


def test_she_a_few_sentences_after_a_spokeswoman_is_hers_not_a_name_of_unknown_gender():
    text = (
        "ARMONK, April 8 - Harbour Corp said vice president Ray S. Telliar has been named president of its "
        "Kestrel unit, succeeding Dennis Pabor. The company named Paul Lowe to succeed Telliar.\n\nA Kestrel spokeswoman said Pabor decided to step down.\n\n"
        "His decision, she said, was not related to the merger.\n\nThe merger was seen as a blow.\n\n"
        '"He wanted to take some personal time off," she said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Kestrel"]


def test_a_report_named_for_its_body_speaks_for_it():
    text = (
        "Takeover talk\n\nShares rose on Monday.\n\n"
        'A Kestrel Times report said the firm was "understood to be starting due diligence work."'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Kestrel Times", "Kestrel Times"]


def test_the_place_party_description_is_the_person_talked_about():
    text = (
        "WASHINGTON, March 2 - Senate Republican leader Tom Reddel told reporters the report disclosed "
        'blunders.\n\n"If you do not protect the president, you should move on," the Kansas Republican, a '
        "likely candidate, said."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tom Reddel"]


def test_the_report_is_the_body_s_it_was_named_for_before():
    text = (
        "WASHINGTON, Feb 26 - Criticism had been muted until the release of the Harbour Commission report."
        '\n\nPrices fell.\n\n"More than any chief of staff, he asserted control over the staff," said the report.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Harbour Commission"]


def test_cie_opens_a_company_name_not_a_person_s():
    text = (
        "PARIS, March 2 - Harbour sold its units to a venture with Cie Generale d'Kestrel.\n\n"
        '"We really wrapped everything up," he said.'
    )
    assert "Cie Generale" not in {q.speaker for q in extract(text).quotes}


def test_an_acronym_defined_after_a_name_with_an_acronym_in_it_is_that_name():
    text = (
        "Growth slows\n\nGrowth will slow, the UN Harbour Commission for Europe (UNHCE) said.\n\nThe UNHCE warned "
        'that cuts could cause trouble. "The orderly reversal of the deficit is a major challenge," it noted.'
    )
    assert {q.speaker for q in extract(text).quotes} == {"UN Harbour Commission for Europe"}


def test_its_report_is_the_report_of_the_body_just_written_about():
    text = (
        "Donations cap\n\nThe Harbour Commission has published its review of party funding.\n\nThe commission "
        'says capping donations would cost taxpayers more. "While we are not opposed to a cap, we do not believe '
        'such a departure would be sensible," says its report.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Harbour Commission"]


def test_an_acronym_without_the_country_s_initials_is_the_body():
    text = (
        "WASHINGTON, Oct 19 - The U.S. Harbour and Drug Administration has allowed Kestrel to resume testing.\n\n"
        '"Our safety concerns are not of sufficient magnitude to withhold approval," the HDA told Kestrel.'
    )
    assert [q.speaker for q in extract(text).quotes] == ["U.S. Harbour and Drug Administration"]


def test_a_common_noun_for_a_body_is_never_a_speaker_s_name():
    text = (
        "KESTREL WINS ORDER\n\nLONDON, March 9 - Kestrel Co Plc said it had won a contract.\n\n"
        "Company sources said the deal was worth about 15 mln stg. v A Kestrel statement said the contract was "
        'won against competition.\n\n"The award is regarded as a triumph for System X," it said.'
    )
    assert "Company" not in {q.speaker for q in extract(text).quotes}


def test_an_acronym_ending_in_the_company_form_is_the_company():
    text = (
        "DETROIT, March 2 - Kestrel Motors Corp said talks with the union failed.\n\n"
        '"This outcome shows how hard it is to bring new work to existing plants," KMC said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Kestrel Motors Corp"]


def test_the_commission_is_the_one_commission_the_article_names():
    text = (
        "WASHINGTON, Oct 19 - The Harbour Trade Commission said on Monday the sell-off had run its course.\n\n"
        'The Commission said "there is no justification for such a dramatic downward correction."'
    )
    assert {q.speaker for q in extract(text).quotes} == {"Harbour Trade Commission"}


def test_a_title_after_a_body_s_portfolio_is_the_role_not_part_of_the_name():
    for pre, name in (
        ("Bank of Kestrel Governor Satoshi Sumoto", "Satoshi Sumoto"),
        ("Bank of Kestrel Governor Jacques de Larosse", "Jacques de Larosse"),
        ("Securities and Exchange Commission Chairman John Shadd", "John Shadd"),
    ):
        text = f'TOKYO, April 6 - {pre} said the dollar would hold.\n\n"It is a feasible idea," he said.'
        assert {q.speaker for q in extract(text).quotes} == {name}, pre
    text = "LONDON, May 2 - The Ministry of Defence said on Monday the ship had sailed."
    assert [q.speaker for q in extract(text).quotes] == ["Ministry of Defence"]


def test_the_chamber_is_the_chamber_the_article_names():
    text = (
        "KESTREL CHAMBER SAYS DROP HAS RUN ITS COURSE\n\nWASHINGTON, Oct 19 - The Kestrel Chamber of Commerce, "
        "in a statement, said the sell-off had run its course.\n\n"
        'The chamber said "there is no justification for such a dramatic downward correction."'
    )
    assert {q.speaker for q in extract(text).quotes} == {"Kestrel Chamber of Commerce"}


def test_a_name_holding_an_acronym_does_not_spell_it_unless_the_rest_is_a_company_form():
    # "NC Commission" holds "NC"; the Northern Community is what "NC" stands for
    text = (
        "BRUSSELS, March 3 - Farmers protested against the Northern Community over export rules.\n\n"
        "At last week's tender the NC Commission made a concession.\n\n"
        'The NC has threatened to cut prices, a spokesman said. "We are moving towards a solution," NC said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Northern Community"]
    text = (
        "DALLAS, June 2 - KW Industries Inc said it won two contracts.\n\n"
        '"These projects broaden our drilling work," KW said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["KW Industries Inc"]


def test_an_acronym_two_names_spell_goes_to_the_body_not_the_title():
    text = (
        "TOKYO, March 31 - Norland's Minister of Harbour Trade and Industry, Kenji Sato, spoke.\n\n"
        "Senior officials from the Ministry of Harbour Trade and Industry told reporters the law would pass.\n\n"
        '"It will help solve the trade problem," MHTI said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ministry of Harbour Trade and Industry"]


def test_a_demonym_s_statement_or_spokesman_is_the_country_s():
    text = 'ATHENS, March 2 - Talks broke down.\n\n"We reject these claims entirely," the Greek statement said.'
    assert [(q.speaker, q.kind) for q in extract(text).quotes] == [("Greece", "organisation")]


def test_a_capital_or_a_company_named_with_its_form_speaks_as_an_organisation():
    text = "TOKYO, March 2 - Washington said it would impose tariffs on Norland's chips next month."
    assert [(q.speaker, q.kind) for q in extract(text).quotes] == [("Washington", "organisation")]
    text = "TOKYO, March 2 - Kestrel Ltd said it would raise output at its Osaka plant next month."
    assert [q.kind for q in extract(text).quotes] == ["organisation"]


def test_a_title_word_then_a_company_form_is_a_company_not_a_general():
    text = (
        "NEW YORK, March 30 - General Kestrel Co said it would move to unseat the board.\n\n"
        "General Kestrel said the board could not carry out its duties to shareholders."
    )
    assert [(q.speaker, q.kind) for q in extract(text).quotes] == [("General Kestrel Co", "organisation")] * 2


def test_unnamed_dealers_and_bankers_are_no_speakers():
    text = "LONDON, March 3 - Dealers said the dollar would stay firm. Bankers said rates would hold."
    assert [q.speaker for q in extract(text).quotes] == [None, None]


def test_a_company_and_co_keeps_no_hanging_and():
    text = "NEW YORK, March 3 - Kestrel Bank and Co said it would act."
    assert [q.speaker for q in extract(text).quotes] == ["Kestrel Bank"]


def test_some_country_officials_capitalised_are_unnamed():
    text = "TOKYO, March 2 - Some U.S. Officials complained Norland has no intention of acting."
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_a_party_s_short_name_opening_a_sentence_is_the_party():
    text = "LONDON, May 2 - Lib Dems say the plan would fail the poorest families."
    assert [(q.speaker, q.kind) for q in extract(text).quotes] == [("Liberal Democrats", "organisation")]


def test_undersecretary_and_commodore_are_titles_not_names():
    text = "WASHINGTON, June 2 - Agriculture Undersecretary Daniel Amstel said the plan would work."
    assert [(q.speaker, q.role) for q in extract(text).quotes] == [("Daniel Amstel", "Agriculture Undersecretary")]


def test_initials_defined_after_lower_case_words_are_a_term_not_a_body():
    from searchidx.extract.entities import _lower_case_acronym

    body = "Kestrow put its initial public offering (IPO) on hold; the Kestrow Growers Union (KGU) objected."
    assert _lower_case_acronym(body, "IPO")
    assert not _lower_case_acronym(body, "KGU")
    assert not _lower_case_acronym(body, "ABC")  # not defined here


def test_the_two_firms_are_no_pair_of_products_the_sentences_before_name():
    text = (
        "Shares in Quarrow and Veltrane Bio plunged on Monday as the firms suspended sales of Zentira.\n\n"
        "The cases involved the use of both Zentira and Avolux, Veltrane Bio's older drug. The companies "
        "said they had no reports of the condition in patients taking either Zentira or Avolux alone.\n\n"
        '"The companies will work with investigators," the two firms said in a statement.'
    )
    _, qs = quotes(text)
    assert [q.speaker for q in qs] == [None]


def test_malaysian_and_australian_company_forms_make_a_company():
    text = (
        'PETALING JAYA: A range of "sugar-free" buns sold by listed bakery chain Roti Quarrow Bhd '
        "contained more sugar than some of its regular products, according to laboratory tests.\n\n"
        "Ilse Varga said the alliance had bought 24 packs of the chain's Quarrow Lite buns.\n\n"
        "Varga said the alliance had lodged complaints with the Health Ministry.\n\n"
        'In a filing with Bursa Malaysia yesterday, Roti Quarrow said it had "immediately suspended" '
        "sales of the range pending an internal review.\n\n"
        '"The group takes food safety and consumer trust extremely seriously," it said.'
    )
    _, qs = quotes(text)
    assert [(q.speaker, q.kind) for q in qs][-1] == ("Roti Quarrow", "organisation")


def test_the_district_and_the_university_are_the_bodies_so_named():
    text = (
        "Parents say yearbooks never arrived, the Quarrow Unified School District confirmed.\n\n"
        "In a statement, the district said an interim principal would lead the school.\n\n"
        '"The district takes the stewardship of family funds seriously," the statement said.\n\n'
        "Northmoor State University cut its wrestling team on Tuesday.\n\n"
        '"This was an extraordinarily difficult decision," the university said.'
    )
    _, qs = quotes(text)
    assert [q.speaker for q in qs] == ["Quarrow Unified School District", "Northmoor State University"]


def test_a_nations_military_or_navy_speaks_as_itself():
    text = (
        "The boys were hurt by an old shell.\n\n"
        "The Israeli military said in a statement that the field lay on the edge of a training "
        'area. "Engineering forces were dispatched to the site," the statement said.\n\n'
        '"We are searching the coast," the Greek navy said.'
    )
    _, qs = quotes(text)
    assert [q.speaker for q in qs] == ["Israeli military", "Greek navy"]


def test_a_company_called_by_its_first_word_is_the_full_name_the_lead_gives():
    text = (
        "Quarrowell recalls 310,000 air fryers after reports of burns\n\n"
        "Quarrowell Home Appliances is recalling about 310,000 air fryers sold in the United States.\n\n"
        "Quarrowell said it had received 47 reports of the appliances overheating.\n\n"
        '"The safety of our customers is our highest priority," the company said in a statement.'
    )
    _, qs = quotes(text)
    assert [q.speaker for q in qs] == ["Quarrowell Home Appliances"]


def test_a_company_called_by_its_first_words_is_the_full_name_the_lead_gives():
    text = (
        "Quarrow Logistics proposes higher dividend\n\n"
        "Quarrow Logistics Holding reported record profit on Monday as warehouse volumes rose.\n\n"
        "Net profit rose 38 percent, Quarrow Logistics said in a filing to the bourse.\n\n"
        '"2024 was the strongest year in the group\'s history," Quarrow Logistics said in the filing.'
    )
    _, qs = quotes(text)
    assert [q.speaker for q in qs] == ["Quarrow Logistics Holding"]


def test_an_accented_given_name_the_package_knows_unaccented_has_that_names_gender():
    assert first_name_gender("Siobhán") == "f"
    assert first_name_gender("Ciarán") == "m"


def test_a_name_ending_in_analytics_or_robotics_is_a_company_not_a_person():
    for firm in ("Pitchgrid Analytics", "Tallmast Robotics"):
        q = extract(f'"We are looking into it," said {firm}.').quotes[0]
        assert (q.speaker, q.kind) == (firm, "organisation")


def test_a_name_ending_in_a_trade_word_like_coffee_or_textiles_is_a_company():
    text = (
        "More than 40 owners of Quillbrook Coffee franchises sued the chain on Thursday.\n\n"
        "The owners accuse Quillbrook of forcing remodels on them to buy the stores back.\n\n"
        "Seattle-based Quillbrook operates about 1,900 shops.\n\n"
        'In a statement, the company said: "The claims have no merit."'
    )
    q = [q for q in extract(text).quotes if q.direct][0]
    assert (q.speaker, q.kind) == ("Quillbrook Coffee", "organisation")


def test_a_place_name_opening_a_name_set_off_by_a_role_is_a_given_name():
    text = (
        "The regulator suspended the handling firm.\n\n"
        "Ngozi Okonkwo-Ade, executive director of the Air Passengers' Rights Initiative, said the "
        "suspension was long overdue.\n\n"
        '"Suspension is a start," she said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ngozi Okonkwo-Ade"]


def test_a_double_given_name_is_told_by_its_second_half_when_the_first_is_unsure():
    assert first_name_gender("Kerry-Anne") == "f"
    assert first_name_gender("Jean-Pierre") == "m"


def test_initials_written_as_a_word_or_with_small_letters_fold_to_the_full_name():
    bat = (
        "The regulator's move threatens British American Tobacco, which plans to open a plant.\n\n"
        'A spokeswoman for Bat said: "There is nothing for us to add."'
    )
    drkw = 'Dresdner Kleinwort Wasserstein said sales were weak.\n\nDrKW said: "This cannot be good news for margins."'
    assert [q.speaker for q in extract(bat).quotes if q.direct] == ["British American Tobacco"]
    assert [q.speaker for q in extract(drkw).quotes if q.direct] == ["Dresdner Kleinwort Wasserstein"]


def test_a_companys_name_without_its_trade_word_is_the_company_not_a_person():
    text = (
        "Marigold Crane Foods said on Tuesday it would recall 180,000 packs of dumplings.\n\n"
        'Marigold Crane said in a statement: "We sincerely apologise to our customers."'
    )
    q = [q for q in extract(text).quotes if q.direct][0]
    assert (q.speaker, q.kind) == ("Marigold Crane Foods", "organisation")


def test_a_partnerships_first_name_alone_is_the_firm():
    text = (
        "An executive at US insurance firm Pellow & Strand has pleaded guilty.\n\n"
        '"We are saddened by the development," Pellow said in a statement.'
    )
    q = [q for q in extract(text).quotes if q.direct][0]
    assert (q.speaker, q.kind) == ("Pellow & Strand", "organisation")


def test_he_and_a_full_name_make_no_person_called_he(monkeypatch):
    import searchidx.extract.names as names

    found = []
    real = names.find_people

    def spy(*args, **kwargs):
        people = real(*args, **kwargs)
        found.extend(people.roles)
        return people

    monkeypatch.setattr(names, "find_people", spy)
    import searchidx.extract.pipeline as pipeline

    monkeypatch.setattr(pipeline, "find_people", spy, raising=False)
    text = (
        "Tomas Ruelas is unpacking a pair of owls. He and Hollis Brandt have known each other for "
        "a quarter-century.\n\n"
        '"He is the best painter in this room," Ruelas says of Brandt.'
    )
    extract(text)
    assert "Hollis Brandt" in found
    assert "He Brandt" not in found
