"""Attribution that generalises: continuity, colons, quotations over paragraphs, pronouns by
gender, a large cue lexicon, panel lines and role/organisation/name splitting. Every name
and phrase here is invented."""

from datetime import date

from searchidx.extract import extract

REF = date(2024, 10, 27)


def direct(text):
    """(text, speaker, mention) of each direct quote piece, in order."""
    x = extract(text, REF)
    out = []
    for q in x.quotes:
        assert text[q.start : q.end] == q.text
        if q.direct:
            mention = text[q.speaker_start : q.speaker_end] if q.speaker_start is not None else None
            out.append((q.text, q.speaker, mention))
    return out


def speakers(text):
    return [s for _, s, _ in direct(text)]


# --- quotation continuity ---------------------------------------------------------


def test_quote_after_an_attributed_one_in_the_paragraph_and_the_next():
    text = (
        'Ida Brenner, the mayor, opened the bridge. "It is ready," she said. "We waited ten years."\n\n'
        '"Nobody believed it would happen on time."'
    )
    assert speakers(text) == ["Ida Brenner"] * 3
    # the inherited pieces keep the mention they go on from
    assert [m for _, _, m in direct(text)] == ["she"] * 3


def test_continuity_stops_at_another_person_or_a_new_cue():
    text = (
        '"We will build it," Tom Hale said.\n\n'
        "Rosa Lind, who runs the depot, was not convinced.\n\n"
        '"The money is not there."'
    )
    # (not Tom Hale's: the one the story says was not convinced is the one whose words follow)
    assert speakers(text) == ["Tom Hale", "Rosa Lind"]
    text2 = '"We will build it," Tom Hale said.\n\nThe council noted the plans were late.\n\n"The money is not there."'
    assert speakers(text2) == ["Tom Hale", None]


def test_a_reply_to_a_quoted_question_is_not_the_asker():
    text = '"Will you vote for the plan?" Ana Ruiz asked the crowd.\n\n"No we will not!"'
    assert speakers(text) == ["Ana Ruiz", None]


def test_went_on_and_it_added():
    text = (
        'Tomas Velde spoke first. He went on: "The port will close." '
        'Norbeck Shipping confirmed the news. It added: "Staff will be paid."'
    )
    assert speakers(text) == ["Tomas Velde", "Norbeck Shipping"]


# --- colons -------------------------------------------------------------------------


def test_colon_introduced_quotes():
    text = (
        'Ms Ida Rahman arrived late. Ms Rahman said: "The plan is sound." '
        'Piotr Adamski is careful to blame both sides: "Nobody is clean here." '
        'As Ms Rahman said in Cardiff: "We stay."'
    )
    assert speakers(text) == ["Ida Rahman", "Piotr Adamski", "Ida Rahman"]


def test_colon_at_the_end_of_the_paragraph_before():
    text = 'In a statement on Monday, Senator Lia Hart wrote:\n\n"The vote was rigged."'
    assert speakers(text) == ["Lia Hart"]


# --- quotations over several paragraphs ---------------------------------------------


def test_paragraphs_opening_with_a_mark_are_one_quotation():
    text = (
        'Dr Mina Osei said: "The first results are in.\n\n'
        '"They are better than we hoped.\n\n'
        '"We will publish them next month."\n\nThe lab declined to comment further.'
    )
    x = extract(text, REF)
    pieces = [q for q in x.quotes if q.direct]
    assert [q.text for q in pieces] == [
        "The first results are in.",
        "They are better than we hoped.",
        "We will publish them next month.",
    ]
    assert {q.speaker for q in pieces} == {"Mina Osei"}
    assert len({q.quotation for q in pieces}) == 1


def test_one_line_form_where_paragraph_breaks_were_lost():
    text = (
        'Karl Vos said: "If in doubt, keep it. That has long been the rule. '
        '"But destroying records to hide them is wrong." The act comes into force next year.'
    )
    x = extract(text, REF)
    pieces = [q for q in x.quotes if q.direct]
    assert [q.text for q in pieces] == [
        "If in doubt, keep it. That has long been the rule.",
        "But destroying records to hide them is wrong.",
    ]
    assert [q.speaker for q in pieces] == ["Karl Vos", "Karl Vos"]
    assert pieces[0].quotation == pieces[1].quotation


def test_first_piece_takes_the_attribution_of_the_last():
    text = 'The fans waited.\n\n"We played well.\n\n"We will be back," Dora Keel said.'
    assert speakers(text) == ["Dora Keel", "Dora Keel"]


def test_mixed_quotation_marks_close_each_other():
    text = 'Ravi Menon left. “We tried," Menon said. "The vote was lost.”'
    assert direct(text) == [("We tried,", "Ravi Menon", "Menon"), ("The vote was lost.", "Ravi Menon", "Menon")]


# --- pronouns -------------------------------------------------------------------------


def test_she_is_not_the_man_named_in_between():
    text = (
        'Maria Lopez met Tom Reed in the lobby. "I am tired," she said. '
        'Mr Reed left early. "See you tomorrow," he said.'
    )
    assert speakers(text) == ["Maria Lopez", "Tom Reed"]


def test_titles_give_gender():
    text = 'Lady Amber Crane and Lord Victor Hale met. Mr Hale spoke to Lady Crane. "Thank you," she said.'
    assert speakers(text) == ["Amber Crane"]


def test_a_sentence_led_by_the_same_pronoun_looks_further_back():
    text = (
        "Graham Vance took charge in May. He sees Olaf Berg as the ideal signing. "
        '"Olaf would excite the fans," he said.'
    )
    assert speakers(text) == ["Graham Vance"]


def test_pronoun_after_reported_speech_reports_it():
    text = (
        "Alan Pryce spoke to reporters. And Dora Kent would lead the campaign, he said. "
        '"She will be out there every day," he promised.'
    )
    assert speakers(text) == ["Alan Pryce"]


# --- cues --------------------------------------------------------------------------------


def test_cue_verbs_beyond_the_common_ones():
    text = (
        'Tom Hale fumed: "This is a waste of money." Rosa Lind gushed: "It is beautiful." '
        'He implored: "Please reconsider." Councillor Ana Ruiz chimed in: "We need more buses." '
        '"Stop the train!" shouted Dan Moss. Farmer Jo Baines advises: "Plant early." '
        'Lily Cho blurted out: "I love this."'
    )
    assert speakers(text) == ["Tom Hale", "Rosa Lind", "Tom Hale", "Ana Ruiz", "Dan Moss", "Jo Baines", "Lily Cho"]


def test_read_and_according_to():
    got = direct('The banner read: "Closed for repairs." "It works," according to Nora Quist.')
    assert got[0] == ("Closed for repairs.", None, "The banner")
    assert got[1][1] == "Nora Quist"


def test_bare_noun_forms_are_no_cues():
    # "report" is a noun here, no cue: the source is "the IMF report", and a named body's
    # report speaks for that body
    got = direct('"Prices will rise," the IMF report stated.')
    assert got == [("Prices will rise,", "IMF", "the IMF report")]


# --- panel lines, roles and organisations -------------------------------------------------


def test_panel_style_name_and_outlet():
    text = (
        'The panel met.\n\nDana Whitfield, Harbour Times: "The council failed us."\n\n'
        'Omar Bekri, Valley Post: "Nobody listened."'
    )
    x = extract(text, REF)
    assert [(q.speaker, q.role) for q in x.quotes if q.direct] == [
        ("Dana Whitfield", "Harbour Times"),
        ("Omar Bekri", "Valley Post"),
    ]


def test_signature_line_after_a_quotation():
    assert speakers('"I helped write that bill."\n\n- Bernard Sallow.') == ["Bernard Sallow"]


def test_role_organisation_name():
    text = (
        '"Costs fell," said Norvale chief executive Ida Brenner. '
        '"Demand is up," Global Asset Management investment chief David Smythe said. "Yes," he added.'
    )
    x = extract(text, REF)
    got = [(q.speaker, q.role) for q in x.quotes if q.direct]
    assert got == [
        ("Ida Brenner", "chief executive of Norvale"),
        ("David Smythe", "investment chief of Global Asset Management"),
        ("David Smythe", "investment chief of Global Asset Management"),
    ]


def test_roles_are_not_glued_to_names():
    text = (
        'Striker Dan Cole scored twice. "It was a great night," Cole said. '
        'Referee Mark Hale disagreed. "It was offside," Hale said.'
    )
    x = extract(text, REF)
    got = [(q.speaker, q.role) for q in x.quotes if q.direct]
    assert got == [("Dan Cole", "Striker"), ("Mark Hale", "Referee")]


def test_a_surname_that_is_an_occupation_stays_a_surname():
    assert speakers('Paul Farmer arrived. "No," Paul Farmer said.') == ["Paul Farmer"]


def test_describing_words_are_not_first_names():
    text = 'Fuming Robinson left the pitch. "I am livid," Robinson told reporters.'
    assert speakers(text) == ["Robinson"]


def _speakers(text):
    from searchidx.extract import extract as _x

    return [(q.text, q.speaker) for q in _x(text).quotes if q.direct]


def test_plain_title_picks_the_untitled_namesake_not_the_knight():
    text = (
        "Sir Owen Marsh said the threat was grave. Earlier, Anna Marsh defended the bill. "
        'But Ms Marsh insisted: "Nobody is above the law here."'
    )
    assert _speakers(text) == [("Nobody is above the law here.", "Anna Marsh")]


def test_a_cue_noun_before_a_cue_verb_is_an_object_not_the_speaker():
    text = (
        "Asked about Sir Owen Marsh's comments, the minister's official spokesman said: "
        '"We believe the threat is real."'
    )
    assert _speakers(text) == [("We believe the threat is real.", None)]


def test_the_agent_added_is_the_person_just_named():
    text = (
        "Bath offered Tom Reyne a new deal. His agent, Dipo Vance, wants more. "
        '"He wants to stay at the club," the agent added.'
    )
    assert _speakers(text) == [("He wants to stay at the club,", "Dipo Vance")]


def test_interview_layout_paragraphs_opening_with_a_colon():
    """An interview whose questions were lost: paragraphs open with ": ". Quotes no cue gives to
    anyone go to the person the introduction is about, not the one most talked about."""
    from searchidx.extract import extract

    text = (
        "Singer Dan Marlow died in 1981. Tom Reddle, his former head of press, remembers him.\n\n"
        "Reddle worked with Marlow from 1977 until his death.\n\n"
        ': "I joined the label in 1977 and the first week I was there I worked on his show."\n\n'
        ': The album came out that year. "By 1979 he was the biggest touring act in the world."\n'
    )
    got = [(q.text, q.speaker) for q in extract(text).quotes if q.direct]
    assert got == [
        ("I joined the label in 1977 and the first week I was there I worked on his show.", "Tom Reddle"),
        ("By 1979 he was the biggest touring act in the world.", "Tom Reddle"),
    ]


# --- unnamed speakers --------------------------------------------------------------


def test_an_unnamed_subject_speaks_not_the_person_named_before_it():
    assert direct("When Dana Whitfield thanked Leeds, a man in the crowd yelled “Stay there!”") == [
        ("Stay there!", None, "a man in the crowd")
    ]


def test_an_object_inside_a_phrase_is_not_the_subject():
    got = direct('Protesters marching through the streets chanted "What curfew?" and kept going.')
    assert got == [("What curfew?", None, "Protesters marching through the streets")]


def test_manner_of_speaking_verbs_attribute():
    assert speakers("Omar Berg asked again. “Go back to your seat,” Berg barked at him.") == ["Omar Berg"]


def test_the_person_after_an_employer_and_role_speaks():
    assert speakers('"We see a shift," said Harbour Research analyst Ida Brenner.') == ["Ida Brenner"]
    assert speakers('"We are honoured," said Orlen Networks\' Ida Brenner.') == ["Ida Brenner"]


def test_quoted_as_saying_names_the_speaker():
    text = 'Norvale has argued it must save. "We need the lowest costs," the paper quoted Norvale chief Ida Brenner as saying.'
    assert speakers(text) == ["Ida Brenner"]
    assert speakers('The Harbour Times quoted Omar Berg as saying: "We will win."') == ["Omar Berg"]


def test_an_organisation_goes_by_the_fuller_name_the_article_gives():
    text = 'Norvale Airlines cut 300 jobs. "Our future is uncertain," Norvale said in its filing.'
    assert speakers(text) == ["Norvale Airlines"]


def test_a_name_in_apposition_is_the_subject_of_a_participle():
    text = 'Amanda\'s uncle, Lewis Orme, told reporters the plea earned nothing, saying: "Nothing is worth five years."'
    assert speakers(text) == ["Lewis Orme"]


def test_he_after_an_organisations_unnamed_spokesman_is_the_organisation():
    text = (
        "Omar Berg said the plan was wrong. But a spokesman for the Harbour Office defended it. "
        'He said: "Parliament sent a clear signal."'
    )
    assert speakers(text) == ["Harbour Office"]
    assert speakers('Ida Brenner met a spokesman for the Harbour Office. She said: "It went well."') == ["Ida Brenner"]


def test_the_company_is_the_organisation_the_article_is_about():
    text = (
        "Norvale banned 20,000 accounts. A statement detailing the bans said Norvale traced them. "
        "Others disagreed, and some players said the claims were false. "
        'The company said: "The hack came from the community."'
    )
    assert speakers(text) == ["Norvale"]


def test_the_committee_is_the_committee_the_article_names():
    text = (
        "The Harbour Affairs Committee published its report. MPs on the Harbour Affairs Committee met twice. "
        "Ministers disagreed. "
        'The committee said: "The plans do not reflect public disquiet."'
    )
    assert speakers(text) == ["Harbour Affairs Committee"]


def test_a_name_after_another_phrase_is_not_the_speaker():
    text = (
        'Omar Berg spoke. He brushed off the concerns. "I have been to 57 countries," he said, '
        "arguing that Ida Brenner had no better record."
    )
    assert speakers(text) == ["Omar Berg"]
    assert direct('"His account sent the emails," said one source who identified Brenner.') == [
        ("His account sent the emails,", None, "one source")
    ]


def test_a_participle_after_an_attribution_is_the_same_speakers():
    text = 'Berg and Brenner will meet next week, Ida Orme said, adding, "They need to sit down and talk."'
    assert speakers(text) == ["Ida Orme"]


def test_a_party_before_a_name_is_not_part_of_it():
    assert speakers('Asked about it, Democrat Dana Whitfield said "I know nothing about the emails."') == [
        "Dana Whitfield"
    ]


def test_a_name_and_any_past_verb_after_a_handing_over_quote_attribute_it():
    text = 'Ida Brenner spoke on Monday. Berg said the city was lost. "The city will always be ours," an angry Brenner retaliated.'
    assert speakers(text) == ["Ida Brenner"]


def test_a_cue_that_hands_over_to_the_next_quote_and_a_title_spoken_to():
    text = 'Ida Brenner wrote to Omar Berg with, "Why now?" Berg then writes back, "You look well."'
    assert speakers(text) == ["Ida Brenner", "Omar Berg"]
    text = 'Ida Brenner spoke. "He is fair game," Brenner told "Harbour Talk," reminding the hosts of it.'
    assert speakers(text)[0] == "Ida Brenner"
    text = 'Omar Berg spoke. "What we owe them is honesty," Mr Berg said, "and to say the economy is shifting."'
    assert speakers(text) == ["Omar Berg", "Omar Berg"]


def test_words_quoted_inside_the_writers_sentence_are_its_subjects():
    text = "Former governor Dana Whitfield, for her part, is labeling the actions “a blatant abuse of power.”"
    assert speakers(text) == ["Dana Whitfield"]
    # a short label in quotation marks is not given to anyone
    assert speakers("Dana Whitfield backed the so-called “reform” bill.") == [None]


def test_inverted_attributions():
    text = "The museum opened. Said Dorothy Orme, who grew up nearby, “We were all so proud of him.”"
    assert speakers(text) == ["Dorothy Orme"]
    text = "The balloons fell. “This is fantastic!” beamed Omar Berg of Leeds, who had snuck onto the floor."
    assert speakers(text) == ["Omar Berg"]


def test_titles_get_no_speaker():
    text = "“I expect to be vetted,” Omar Berg said on “Meet the Voters.” He showed the “Make Leeds Great” hat."
    got = direct(text)
    assert got[0][1] == "Omar Berg"
    assert [s for t, s, _ in got[1:]] == [None, None]


def test_a_quotation_after_an_attribution_is_not_signed_by_the_next_line():
    text = (
        "There are places that are dangerous.\n\n“Like Leeds,” Omar Berg said. “The numbers are worse.”\n\n"
        "Dana Whitfield / Harbour Photos.\n\nBerg may want to check his figures."
    )
    assert speakers(text) == ["Omar Berg", "Omar Berg"]


def test_a_name_ending_a_long_description_after_said():
    text = '"That is what he did," said former Orlen Gov. and party chairman Omar Berg. "It works."'
    assert speakers(text) == ["Omar Berg", "Omar Berg"]


def test_roles_and_possessives_before_the_name_after_the_quote():
    assert speakers('"Our results were strong," chairman and chief executive Omar Berg said.') == ["Omar Berg"]
    assert speakers('"Rates have helped," said Harbour chief economist, Ida Brenner.') == ["Ida Brenner"]
    assert speakers('"We are all very excited," said Iron Lantern\'s Dana Whitfield.') == ["Dana Whitfield"]
    assert speakers('"People can learn," said Omar Berg and Ida Brenner.') == ["Omar Berg"]


def test_an_age_description_is_the_person_just_named():
    text = 'Dana Whitfield spoke. In a letter, the singer named the papers. "You will remain false," the 23-year-old wrote.'
    assert speakers(text) == ["Dana Whitfield"]


def test_the_name_right_before_the_cue_after_a_description():
    text = '"These are dark days," former Omar Berg speechwriter Ida Brenner wrote in a column.'
    assert speakers(text) == ["Ida Brenner"]
    text = 'Omar Berg spoke. "Our friends have gone," former Leeds mayor Omar Berg said.'
    assert speakers(text) == ["Omar Berg"]


def test_inverted_said_with_a_surname():
    text = 'Dana Whitfield spoke. Said Whitfield, "The thought of an error on our part is painful to us."'
    assert speakers(text) == ["Dana Whitfield"]


def test_a_dateline_is_no_speaker():
    text = (
        "HARBOURTON — Hours after the vote, Ann Corley's right-hand woman rallied supporters, saying: "
        "\u201cWe have to be ready.\u201d\n\nMira Dale, her deputy, emailed them on Monday."
    )
    assert direct(text) == [("We have to be ready.", None, "Ann Corley's right-hand woman")]
    text = (
        "CALVERTON, Ohio (AP) \u2014 The Greenbank Workers Association released a statement on Monday, "
        "saying, \u201cThe strike is over.\u201d"
    )
    assert speakers(text) == ["Greenbank Workers Association"]


def test_a_possessive_description_with_a_name_is_that_person():
    text = "After the vote, Ann Corley's aide Tom Ray rallied supporters, saying: \u201cWe have to be ready.\u201d"
    assert speakers(text) == ["Tom Ray"]


def test_a_party_tag_after_the_name_is_skipped():
    text = (
        "In Berea, OH, after the primary, Gov. Ann Kessler (R-OH), said, "
        "\u201cI am getting ready to rent a covered wagon.\u201d"
    )
    assert speakers(text) == ["Ann Kessler"]


def test_the_object_of_told_is_the_listener():
    text = (
        "The family soured on him, the Harbour Post reported.\n\n"
        "\u201cThe kids do not like him,\u201d this source told the Post."
    )
    assert direct(text) == [("The kids do not like him,", None, "this source")]


def test_a_national_convention_is_no_person():
    text = (
        "\u201cThe governor has no plans to attend,\u201d a spokesman said Thursday, speaking of the "
        "Greenback National Convention, which will be held in Dayton."
    )
    assert direct(text)[0][1:] == (None, "a spokesman")


def test_a_participle_goes_with_the_clause_subject_not_the_medium():
    text = "Corley answered the question on Facebook writing, \u201cYes, I will.\u201d"
    assert speakers(text) == ["Corley"]
    text = (
        "Pressed to act, even a senior party strategist said Corley will have to choose, saying, "
        "\u201cAt some point, she has to come out.\u201d"
    )
    assert direct(text)[0][1:] == (None, "a senior party strategist")


def test_plural_organisation_words_are_unnamed_sources():
    x = extract("Unions said the airline was profitable.", REF)
    assert [(q.speaker, q.direct) for q in x.quotes] == [(None, False)]


def test_no_break_spaces_read_as_spaces_and_offsets_hold():
    text = "In Berea, after the primary, Gov.\u00a0Ann Kessler (R-OH), said, \u201cI am\u00a0ready.\u201d"
    x = extract(text, REF)
    assert [(q.text, q.speaker) for q in x.quotes] == [("I am\u00a0ready.", "Ann Kessler")]
    assert text[x.quotes[0].start : x.quotes[0].end] == x.quotes[0].text


def test_a_platform_after_a_name_is_no_surname():
    text = (
        "Reporters asked Ann Corley on Harbour Radio Facebook about it.\n\n"
        "Corley answered the question on Facebook writing, \u201cYes, I will.\u201d"
    )
    assert speakers(text) == ["Ann Corley"]


def test_a_prepositional_lead_is_not_the_subject():
    text = (
        "Alongside calls for action, even a senior party strategist said Corley will have to choose, "
        "saying, \u201cAt some point, she has to come out.\u201d"
    )
    assert direct(text)[0][1:] == (None, "a senior party strategist")


def test_a_place_before_a_role_noun_is_the_person_with_that_role():
    text = (
        "Sen. Ann Corley and former Gov. Tom Ray share a hobby. The Ohio senator likes "
        "\u201ca long walk on Sundays\u201d and rarely misses one."
    )
    x = extract(text, REF)
    assert [q.speaker for q in x.quotes if q.direct] == ["Ann Corley"]


def test_former_before_an_abbreviated_title_is_not_a_role_of_the_name_before():
    text = "Ann Corley is challenging Lee and former Ohio Gov. Tom Ray, who said \u201cI will not quit.\u201d"
    x = extract(text, REF)
    assert [(q.speaker, q.role) for q in x.quotes] == [("Tom Ray", "Ohio Gov")]


def test_a_word_and_comma_before_a_pronoun_is_no_speaker():
    text = 'The facts are plain.\n\nWait, it gets better:\n\n"By law, the mayor sets the budget every year."'
    assert speakers(text) == [None]


def test_a_document_speaks_for_its_author():
    text = (
        'Wim Kolk led the review. Lisbon risks becoming a "byword for failure", his report said. '
        '"Lisbon is about everything," the Kolk report said. As Mr Kolk\'s report noted: "The ink had not dried."'
    )
    assert speakers(text) == ["Wim Kolk"] * 3


def test_two_people_with_roles_before_the_cue_go_to_the_first():
    text = 'The band toured. "We needed a kicking," singer Gary Lightbox and drummer Jon Quill said.'
    assert speakers(text) == ["Gary Lightbox"]


def test_a_surname_one_typo_away_is_that_person():
    text = 'Lindsay Davenant won. "You hear about it," said Davenart.'
    assert speakers(text) == ["Lindsay Davenant"]


def test_a_bulleted_role_and_name_before_the_quote():
    text = 'Dyer scored.\n\n- Bolton boss Sam Allardice "I am disappointed with the result."\n'
    x = extract(text, REF)
    assert [(q.speaker, q.role) for q in x.quotes] == [("Sam Allardice", "boss of Bolton")]


def test_the_demonym_goes_back_to_the_person_named_before():
    text = (
        "Anna-Lena Gronberg lost the final.\n\nShe was the more powerful player. "
        '"It was my first final," said the German.'
    )
    assert speakers(text) == ["Anna-Lena Gronberg"]


def test_a_possessor_is_no_subject_the_person_a_verb_follows_speaks():
    text = (
        "Tom Orme and Ivo Kessler met again. Orme's late goal won it and Kessler praised his side afterwards. "
        '"We kept going until the end," he said.'
    )
    assert speakers(text) == ["Ivo Kessler"]


def test_the_place_man_is_the_person_just_written_about():
    text = (
        "Cathal Quillan finished fourth in the 20km walk.\n\n"
        '"I am happy with that," says the Waterford man. "Next year I want a medal."'
    )
    assert speakers(text) == ["Cathal Quillan"] * 2


def test_a_first_person_quote_after_narrative_about_one_person_is_theirs():
    text = (
        "Tomas Herd broke his back in a crash last year.\n\n"
        'He then moved to crutches for six weeks. "Walking again felt like my real recovery." '
        '"I still have pain most days."'
    )
    assert speakers(text) == ["Tomas Herd"] * 2
    # another person named after the sentence's subject is its object: still the subject's
    other = (
        "Tomas Herd broke his back in a crash last year.\n\n"
        'He trained with Ivo Kessler in Spala. "I was there for a fortnight."'
    )
    assert speakers(other) == ["Tomas Herd"]
    # a quote not in the first person: nobody
    assert speakers('Tomas Herd broke his back.\n\nHe moved to crutches. "The crutches were a pain."') == [None]


def test_a_colon_cue_holds_against_an_attribution_in_the_next_sentence():
    text = (
        'Mr Orme asked: "Would it not be ironic if the prisoners could smoke?" '
        "The Harbour Party's health spokeswoman, Ann Lee, said she was pleased. Tom Orme sat down."
    )
    assert speakers(text)[0] == "Tom Orme"


def test_a_name_in_apposition_after_a_role_speaks():
    assert speakers('"It would help," said the Harbour Party\'s health spokeswoman, Ann Lee.') == ["Ann Lee"]
    text = '"We will see," the Harbour Party\'s campaign manager, Tom Ray, said in an interview.'
    assert speakers(text) == ["Tom Ray"]
    # a name that is not the whole chunk is no apposition
    assert speakers('"It would help," said a spokeswoman, Ann Lee and Tom Ray.') == [None]


def test_a_closing_mark_whose_opening_was_lost_opens_nothing():
    text = (
        'He said the plan was naive. The rest want it because they want to sell arms to Europe." '
        'When he was in Tokyo, Tom Ray said it was " a worrying issue". Ann Lee, from Harbour Watch, '
        'said: "This is a huge signal."'
    )
    assert direct(text) == [
        ("a worrying issue", "Tom Ray", "Tom Ray"),
        ("This is a huge signal.", "Ann Lee", "Ann Lee"),
    ]


def test_a_surname_with_two_letters_swapped_is_that_person():
    text = 'Jarek Kolda founded the band. "We improvise," said Kloda. "It is loud," Kodla added.'
    assert speakers(text) == ["Jarek Kolda"] * 2
    assert speakers('Gary Bryne left. "I know it," Byrne said.') == ["Gary Bryne"]


def test_modals_and_limiting_adverbs_before_the_cue_are_not_the_name():
    assert speakers('Ann Lee would only say: "He will decide when he wants."') == ["Ann Lee"]
    assert speakers('Ed Kray may have said it best when he wrote: "The race is over."') == ["Ed Kray"]
    # a capitalised surname is no modal
    assert speakers('"He will decide," Theresa Mayhew-May said.') == ["Theresa Mayhew-May"]


def test_a_speech_still_to_come_is_attributed_to_its_speaker():
    text = 'Tom Ray will speak. "We have a duty," he was due to say. "But we must act."'
    assert speakers(text) == ["Tom Ray"] * 2
    assert speakers('Tom Ray is set to tell the party: "We have a duty."') == ["Tom Ray"]
    # a contracted first-person pronoun is no speaker
    assert speakers('The poll is clear, so I\'m going to read you the question: "Who left early?"') == [None]


def test_the_bare_role_is_not_the_shadow_one():
    text = (
        "Shadow foreign secretary Tom Ray said it was bad. Mr Lee said it was fine. "
        'The Foreign Secretary told the BBC: "I was making an observation."'
    )
    assert speakers(text) == [None]
    text = 'Shadow foreign secretary Tom Ray spoke. The shadow foreign secretary told the BBC: "I was right."'
    assert speakers(text) == ["Tom Ray"]


def test_a_title_opening_with_a_is_no_person():
    text = (
        "Tom Michael was in Berlin. The film, A Different Story, chronicles his life. "
        '"I\'m still going to be making music," he said.'
    )
    assert speakers(text) == ["Tom Michael"]


def test_he_after_a_described_subject_is_the_person_described():
    text = (
        "Tom Federer was not worried. The world number one was forced to go the distance against "
        'Ivo Lubic in the final. "I definitely had a slow start," he said.'
    )
    assert speakers(text) == ["Tom Federer"]
    text = 'Tom Federer was not worried. The company hired Ivo Lubic. "I had a slow start," he said.'
    assert speakers(text) == ["Ivo Lubic"]


def test_a_person_of_a_firm_is_the_speaker_not_the_firm():
    text = '"Prices will fall," said Dana Whitcombe of Harbour Research.'
    assert speakers(text) == ["Dana Whitcombe"]
    text = '"Prices will fall," said Dana Whitcombe at the Norvale Group.'
    assert speakers(text) == ["Dana Whitcombe"]
    # two people joined by "and" are not "of" one another
    text = '"Prices will fall," said Dana Whitcombe and Ivo Lubic.'
    assert speakers(text) == ["Dana Whitcombe"]


def test_a_coordinated_cue_shares_the_clause_subject():
    text = (
        "Singer Tom Ray spoke in Berlin. He hinted at unease with the state of the music industry, "
        'and said: "I do not want to spar with anyone."'
    )
    assert direct(text) == [("I do not want to spar with anyone.", "Tom Ray", "He")]
    text = 'Tom Ray spoke in Berlin. Ray beamed and said: "You are my new best friend."'
    assert speakers(text) == ["Tom Ray"]


def test_an_aged_description_is_the_person_just_named():
    text = (
        "Singer Tom Ray spoke on Monday. The 41-year-old chart-topper told reporters he wanted to "
        '"move his career into a different form", but added more.'
    )
    assert speakers(text) == ["Tom Ray"]


def test_a_spokesman_for_a_body_and_the_spokesman_after_are_the_body():
    text = '"We are seeking views from industry," said a spokesman for Radiocom.'
    assert speakers(text) == ["Radiocom"]
    text = (
        '"It is a move away from one size for all," said a Home Office spokesman. The spokesman listed '
        'issues for several groups. Officials agreed.\n\n"It is about focusing on problems," the spokesman added.'
    )
    assert speakers(text) == ["Home Office"] * 2


def test_words_before_a_role_title_are_the_role_not_a_name():
    text = (
        "Shadow Constitutional Affairs Secretary Ivo Hallam accused ministers of delay. "
        '"It is vital that we move ahead," he said.'
    )
    assert speakers(text) == ["Ivo Hallam"]
    assert "Shadow Constitutional" not in extract(text, REF).speakers


def test_a_body_named_with_of_and_is_no_person():
    text = (
        "The work is done by the European Conference of Postal and Telecommunications Administrations. "
        'The Radiocom spokesman agreed. "We want strict controls on power," he said.'
    )
    assert speakers(text) == ["Radiocom"]


def test_a_clause_before_the_comma_is_no_panel_line():
    text = (
        "Arsenal manager Ivo Wenzel was dejected.\n\n"
        'Goalscorer Kolo Toure was at fault for two goals, and Wenzel said: "We need to help him rebuild."'
    )
    assert speakers(text) == ["Ivo Wenzel"]
    # the panel line itself still works, with a cue after the organisation
    text = 'Dana Whitfield, Harbour Hotel Association said: "We tried very hard."'
    assert speakers(text) == ["Dana Whitfield"]


def test_a_name_alone_after_the_quote_is_its_speaker():
    text = 'Dana Whitcombe of Norvale spoke. "It will mark the start of a difficult period," Ms Whitcombe.\n\nMore.'
    assert speakers(text) == ["Dana Whitcombe"]


def test_a_month_after_a_first_name_is_a_surname():
    text = 'Guitarist Ivo May says the band will tour in May. May said: "The band is rising again."'
    x = extract(text, REF)
    assert speakers(text) == ["Ivo May"]
    assert "Ivo May" in x.speakers and "Ivo" not in x.speakers
    assert "2025-05" in x.dates  # the month is still a date where a date reads it


def test_a_relative_named_by_first_name_only():
    text = (
        "Tom Eavell runs the festival. His daughter Emma said it would be fine. "
        '"If it is done in the right way, it might really work," she said.'
    )
    assert speakers(text) == ["Emma"]
    text = 'Tom Eavell died on Friday. "He had a wonderful life," said his wife, Sheila.'
    assert speakers(text) == ["Sheila"]


def test_according_to_opens_the_clause_before_its_subject():
    text = (
        "Tom Bower spoke behind closed doors. According to a text released by officials, "
        'he told delegates: "We must all show unity of purpose."'
    )
    assert speakers(text) == ["Tom Bower"]


def test_narrative_with_a_cue_word_used_otherwise_still_lets_its_subject_talk():
    text = (
        "Tom Bale spoke first.\n\nMr Bale went on to list his achievements and to issue a rallying call. "
        '"So now we have a choice, and I say we have to fight."'
    )
    assert speakers(text) == ["Tom Bale"]


def test_the_agency_is_the_long_named_body_before_it():
    text = (
        "The International Federation of the Blue Cross and Blue Crescent Societies told reporters it "
        'was seeking aid.\n\n"The biggest challenge is disease," the aid agency was quoted as saying.'
    )
    assert speakers(text) == ["International Federation of the Blue Cross and Blue Crescent Societies"]


def test_a_reply_sentence_introduces_the_quote_after_it():
    text = '"It is over," said Tom Ray, an editor.\n\nHarbour University\'s Ann Lee agreed. "We are out of time."'
    assert speakers(text) == ["Tom Ray", "Ann Lee"]


def test_a_lower_case_role_and_a_bracketed_tag_before_the_cue():
    text = '"Subpoenas are not optional," panel Chairman Rep. Ivo Hallam (R-Utah) said after the hearing.'
    assert speakers(text) == ["Ivo Hallam"]
    # a conjunction is no role: "and Tom Ray says" is another clause
    text = 'Ann Lee accuses him of "leading from behind" and Tom Ray says he is "losing the war".'
    assert speakers(text)[0] != "Tom Ray"


def test_he_goes_to_the_one_who_spoke_not_the_band_or_the_one_spoken_of():
    text = (
        "When Ray Carlton died, a tribute came from his friend, the producer Quincy Joss, who described "
        'him as a "brother in every sense of the word". "There will never be another musician like him," he said.'
    )
    assert speakers(text)[-1] == "Quincy Joss"
    text = (
        "Ray Carlton was a hero to many. Former Manfred Mann singer Paul Joss said Carlton was one of his "
        'heroes. "My own writing was influenced by him," he told reporters.'
    )
    assert speakers(text) == ["Paul Joss"]
    text = 'Beach Boys veteran Brian Wilmot won. "It represents triumph in music," he said.'
    assert speakers(text) == ["Brian Wilmot"]


def test_an_event_is_no_person_a_pronoun_can_refer_to():
    text = (
        "Scotland manager Walter Smithson wants respect. While qualification for the 2006 World Cup "
        'is beyond Scotland, Smithson is anxious. "We have got to get a bit of respectability back," he said.'
    )
    assert speakers(text) == ["Walter Smithson"]


def test_a_participle_cue_after_a_clause_shares_its_subject():
    text = 'Jose Mourin is relishing it. But he is not envious, insisting: "I do not have to be jealous of them."'
    assert speakers(text) == ["Jose Mourin"]


def test_a_person_of_a_website_put_it():
    text = 'It is cheap. As Gavin Coxon of the excellent buildyourown website put it: "It will be tough to beat."'
    assert speakers(text) == ["Gavin Coxon"]


def test_an_ampersand_acronym_is_the_firm_it_stands_for():
    text = (
        'Bradford & Bingley reported profits. Overall, B&B said that "housing fundamentals remain strong". '
        '"Interest rates are likely to remain low," it said.'
    )
    assert speakers(text) == ["Bradford & Bingley"] * 2


def test_a_capitalised_particle_inside_a_name_is_no_town():
    text = '"An acre of trees," said Denise Van Outen. "Two acres," said Mr. Van Voorst.'
    assert speakers(text) == ["Denise Van Outen", "Van Voorst"]


def test_she_after_a_spokeswoman_who_spoke_is_the_body():
    text = (
        'Johnny Vaughan and Denise Van Outen host the show. "There are no plans," a BBC spokeswoman said. '
        'She added the pair "brought a real warmth to Saturday night, but in the end we felt we were done".'
    )
    assert speakers(text) == ["BBC", "BBC"]


def test_a_surname_that_is_a_title_word_after_mr():
    text = 'John Major reaped the benefits. "I was prime minister and I wanted a fight," says Mr Major.'
    assert speakers(text) == ["John Major"]
    text = '"Order, order," says Mr Speaker.'
    assert speakers(text) == [None]


def test_a_place_or_unknown_word_between_commas_is_passed_over_for_the_person():
    text = (
        "Boris Jonson edits a magazine. Mr Jonson, MP for Henley-on-Thames, Oxfordshire, said Labour was "
        'trying "to curry favour with disillusioned voters who may have left".'
    )
    assert speakers(text) == ["Boris Jonson"]


def test_an_event_named_like_a_person_is_none():
    text = (
        "Former captain Keith Wode believes Ireland can win. After claiming their first Triple Crown last "
        'season, Wode tips them. "Things have been building up," he told BBC Sport.'
    )
    assert speakers(text) == ["Keith Wode"]


def test_a_person_from_a_body_told():
    text = (
        "It is a project run by EduVision. Matthew Herron from EduVision told a radio programme how the group "
        'works. "The slates connect via a wireless connection to a base station in the school."'
    )
    assert speakers(text) == ["Matthew Herron"]


def test_she_after_a_spokeswoman_who_said_something_about_another():
    text = (
        "The BBC will end the show. The BBC spokeswoman said Ann Lee's dance show would be a priority. "
        '"That is very much on the cards for next year," she said.'
    )
    assert speakers(text) == ["BBC"]
    # a spokesman who spoke in the sentence before does not take a person named after him
    text = (
        '"We will look again," a Home Office spokesman said. Ann Lee, the minister, spoke later. "I decide," she said.'
    )
    assert speakers(text) == ["Home Office", "Ann Lee"]


def test_a_time_adverb_before_the_subject_without_a_comma():
    text = (
        "Tony Blaire intervened in the row. But the prime minister says it is time for Mr Levin to say sorry.\n\n"
        "Mr Levin said his comments may have been offensive, and said he would not apologise even if Mr "
        'Blaire asked. Later the prime minister said: "He should apologise."'
    )
    assert speakers(text) == ["Tony Blaire"]


def test_an_age_describes_the_story_subject_and_whom_he_told_is_no_speaker():
    text = (
        "Jose Reyas has fuelled talk of a move after a radio prank. Reyas believed he was talking to "
        'sporting director Emilio Butragano. "I wish I was playing for Madrid," the 21-year-old told '
        'Cadena Copa. The striker joined the club in 2004. "I am not happy here," he added.'
    )
    assert speakers(text) == ["Jose Reyas", "Jose Reyas"]


def test_a_subordinate_clause_opening_the_sentence_is_no_subject():
    text = (
        "Sara Sills spoke. As the crowd began to chant, Sills was joined on stage by Al Frank and joked, "
        '"You are being ridiculous," drawing laughs.'
    )
    assert speakers(text) == ["Sara Sills"]


def test_a_relative_clause_cue_goes_to_its_antecedent():
    text = (
        "On Thursday, Cruz scored an endorsement from a colleague, from Mike Leigh, who declared in the "
        'spin room, "I am sending the signal that it is time to unite."'
    )
    assert speakers(text) == ["Mike Leigh"]


def test_a_sentence_ending_on_its_cue_introduces_the_next_quotation():
    text = (
        "Both candidates said it was no big deal.\n\nSam Lawe, the communications director for the "
        "Harbour Party said in a statement. “There are no paper ballots to recount.”"
    )
    assert speakers(text) == ["Sam Lawe"]


def test_is_to_tell_and_meanwhile_before_the_cue():
    text = 'Charles Kenning will speak. Mr Kenning is to tell the audience: "Many people were angry."'
    assert speakers(text) == ["Charles Kenning"]
    text = 'Lib Dem spokesman Ed Dacey meanwhile said: "These agencies have mushroomed."'
    assert speakers(text) == ["Ed Dacey"]


def test_he_after_a_sentence_whose_subject_is_a_role():
    text = (
        "Home Secretary Charles Clarkson set out plans. Tory Liam Fix said his party offered a choice. "
        "The home secretary said, by 2008, he wanted everyone fingerprinted. Speaking on television, "
        'he said "economic migrants are of great value to this country".'
    )
    assert speakers(text)[-1] == "Charles Clarkson"


def test_a_capitalised_role_is_never_a_name():
    text = (
        'Tory Liam Fix said his party offered a "clear choice". The Conservative Party Co-Chairman said '
        'Labour had "done nothing for eight years" on immigration.'
    )
    assert speakers(text) == ["Liam Fix", None]


def test_a_name_in_apposition_just_before_the_cue_after_the_quote():
    text = '"We have hardly started," the new chair of the Internet Task Force (ITF), Brian Carpent, said.'
    assert speakers(text) == ["Brian Carpent"]


def test_names_after_against_are_objects_not_antecedents():
    text = (
        "Robbie Salvage is wanted by Blackburn. Good displays against West Brom and Aston Villa have "
        'impressed fans. "The crowd gave me a standing ovation," he said.'
    )
    assert speakers(text) == ["Robbie Salvage"]


def test_a_person_whose_apposition_names_an_employer_without_a_closing_comma():
    text = (
        "Peter Misselbank, executive partner of Tods Murrow said Mr McLetch had been considering retirement. "
        'He added: "David has decided that this announcement should be made now."'
    )
    x = extract(text, REF)
    assert [q.speaker for q in x.quotes] == ["Peter Misselbank", "Peter Misselbank"]


def test_a_subject_after_an_opening_phrase_without_a_comma():
    text = (
        "The Harbour Audit Committee reported on Monday. In its report on the council's work the committee "
        'said: "We are deeply concerned by the skills shortages."'
    )
    assert [m for _, _, m in direct(text)] == ["the committee"]


def test_he_after_an_unresolved_role_subject_is_the_story_subject():
    text = (
        "Michael Hollard backs stem cell research.\n\nMichael Hollard has backed the research. The issue "
        "was a feature of the US election, where George Bosh opposed it. But the Tory leader argued there "
        'was a moral case for science. "We have a duty to offer hope," he said.'
    )
    assert speakers(text) == ["Michael Hollard"]


def test_the_top_seed_is_the_player_just_written_about():
    text = 'Roger Federa beat Ivo Lopa. Federa was happy. "I played better than before," said the top seed.'
    assert speakers(text) == ["Roger Federa"]


def test_a_possessive_introduces_the_person_after_it():
    text = (
        "BBC leads interactive Bafta wins\n\nThe BBC led the field at this year's Interactive Bafta "
        "awards. Bafta's Grant Dane, chair of Bafta's committee, said the entries were of \"outstanding "
        'quality". "2005 has been a landmark year," he added.'
    )
    assert speakers(text)[-1] == "Grant Dane"


def test_a_titled_surname_with_one_letter_left_out():
    text = 'Monica Chadwa, a reporter, spoke. "Most airports are shabby," Ms Chada said.'
    assert speakers(text) == ["Monica Chadwa"]


def test_a_first_name_introduced_with_who_is_a_person():
    text = 'The blog is popular. Jane, who runs the website, compiles stories. "I am convinced of it," she said.'
    assert speakers(text) == ["Jane"]


def test_his_son_is_the_son_the_article_named():
    text = (
        'Engineer Thorne Nogat kept tapes. "We have had them for years," Nogat\'s son Stephen, 57, said. '
        'Nogat died in 1994. "He called them his back-up tapes," his son said.'
    )
    assert speakers(text) == ["Stephen Nogat", "Stephen Nogat"]  # his father's surname is his


def test_a_work_titled_with_a_role_word_is_no_person_and_a_town_first_name_before_a_surname_in_s():
    text = (
        "The final Star Wars movie may not suit children, film-maker George Lucus has said. "
        '"I would not take a six-year-old to this," he told a TV programme.'
    )
    x = extract(text, REF)
    assert speakers(text) == ["George Lucus"]
    assert "Wars" not in x.speakers


def test_an_employer_with_a_long_role_and_an_organisation_are_no_antecedents():
    text = 'Madrid director of sport Emilio Butragano praised the fans. "The fans showed great maturity," he said.'
    assert speakers(text) == ["Emilio Butragano"]
    text = (
        "Bath prop Duncan Bel could play. Bel, 30, had hoped to play for Wales. But last December, the "
        'International Rugby Board confirmed that he could only play for England. "I had burned my bridges," he said.'
    )
    assert speakers(text) == ["Duncan Bel"]


def test_a_described_subject_before_a_whose_clause():
    text = (
        "Liam Neeves wants to save the theatre. Mr Neeves said the idea was good.\\n\\nThe Oscar-nominated "
        "actor, whose films include Schindler's List, Michael Collins and Star Wars: The Phantom Menace, "
        'said: "The Lyric is too important to lose."'
    )
    assert speakers(text) == ["Liam Neeves"]


def test_an_eu_spokesman_and_the_lock_forward():
    text = 'The vote was delayed. "The item was on the agenda," said an EU spokesman.'
    assert speakers(text) == ["European Union"]
    text = 'Italy named Marco Bortolani as captain. "It will not be a pretty game," said the lock forward.'
    assert speakers(text) == ["Marco Bortolani"]


def test_a_bare_role_between_name_and_cue_and_police_ranks_and_initially():
    text = 'Edwina Harte spoke. Rhodri Glyn Tomas, Plaid Cymru health spokesman said: "It is the same target."'
    assert speakers(text) == ["Rhodri Glyn Tomas"]
    text = 'James Beatty was sent off. An angry Beatty initially said: "He would have stayed down longer."'
    assert speakers(text) == ["James Beatty"]
    text = 'The head of the unit, Mick Deets, said: "It worked." Chief Supt Deets went on to warn: "Beware."'
    assert speakers(text) == ["Mick Deets", "Mick Deets"]


def test_an_alias_explained_and_a_surname_that_is_a_title_word():
    text = (
        'DJ duo JK and Joel take over the chart show. "The chart show is an institution," says JK, also known '
        'as Jason King. "People tune in." King added: "We are a double act."'
    )
    assert speakers(text) == ["Jason King"] * 3


def test_two_roles_joined_and_a_first_name_that_the_article_completes():
    text = '"We have a solid foundation," said Nortel president and chief executive Bill Owenz.'
    assert speakers(text) == ["Bill Owenz"]
    text = (
        "Ozzy Osborn spoke. His wife Sharon, who also appears in the show, agreed. "
        '"Now everybody is doing reality shows," she said. Sharon Osborn is a judge on a talent show.'
    )
    assert speakers(text) == ["Sharon Osborn"]


def test_he_after_a_sentence_whose_last_clause_has_another_subject():
    text = (
        "James McElroy ran well. Russian Dmitriy Bogdan won last week and claimed the race was his, but "
        'McElroy is unfazed.\n\nHe admitted: "He looked quite good in his win."'
    )
    assert speakers(text) == ["James McElroy"]


def test_a_seat_or_portfolio_after_the_role_is_no_speaker():
    text = (
        "Former minister Alan Pike MP criticised the plan on Sunday.\n\n"
        '"Why would anyone agree to this?" the Labour MP for Dunmore asked.'
    )
    assert speakers(text) == ["Alan Pike MP"]
    text = 'Party chairman Colin Reeve, MP for Eastfold, added: "It is a sad day for all of us here."'
    assert speakers(text) == ["Colin Reeve"]
    text = 'Then Ann Lee, the Tory candidate for South Westshire, said: "It will not do, not at all."'
    assert speakers(text) == ["Ann Lee"]


def test_a_description_skips_a_person_named_as_an_object():
    text = (
        "Corwin Blake has joined other stars in attacking television. Blake, soon to reunite with Rory "
        'Banner for a new series, also criticised quiz shows. "It is just laughing at each other," said the '
        "74-year-old comedian."
    )
    assert speakers(text) == ["Corwin Blake"]
    text = (
        "Tomas Reid, given little chance, received praise from Andy Robson afterwards, even if the coach "
        'admitted Cardiff was an "unforgiving place for a young player to make his debut".'
    )
    assert speakers(text)[-1] == "Andy Robson"  # "from": the one praising, not an object


def test_the_report_with_no_author_is_the_body_the_article_names_most():
    text = (
        "The Harbour Audit Board said fraud was falling. The Harbour Audit Board also criticised the "
        "accounts. It said states needed to be more accountable. The report said: "
        '"Member states still do not report fraud on a consistent basis."'
    )
    assert speakers(text) == ["Harbour Audit Board"]


def test_an_act_of_speech_introduces_the_quotation_after_it():
    text = (
        "British number one Tim Hanlon believes Britain can win the tie. But Hanlon urged Bo Tanovic, who "
        'has had run-ins with officials in the past, to seize his chance. "Bo is a quality player - he is '
        'young but he has got to keep pushing forward. "He has got to be stronger and more disciplined."'
    )
    assert speakers(text)[-2:] == ["Tim Hanlon", "Tim Hanlon"]


def test_a_passive_cue_breaks_no_chain_of_quotes():
    text = (
        "Mark Herrin from EduNet told the radio programme Go Online how the charity uses a mix of satellite "
        'radio and handheld computers. "The slates connect to a base station in '
        'the school." The base station turns it into a form that can be read by the handheld slates. "It '
        'downloads from the satellite and every day processes the stream."'
    )
    assert speakers(text) == ["Mark Herrin", "Mark Herrin"]


def test_a_two_word_demonym_points_back_to_the_person_just_named():
    text = (
        "Director Piers Jackman says it will be years before he starts work on the film. "
        '"I think it is going to be a lot of lawyers sitting in a room," said the New Zealander.'
    )
    assert speakers(text) == ["Piers Jackman"]


def test_a_profile_gives_its_subject_the_statements_no_cue_gives_anyone():
    text = (
        "By any measure, New Yorker Rick Norris is a winner. This is the man who, some believe, won the "
        "election for Ben Carter. But Norris is no ideologue. Now Norris is back in London.\n\n"
        "On this subject, Norris appears almost evangelical.\n\n"
        '"I was on a cruise in the Mediterranean and so was the party leader. "I had just written a piece '
        'which he liked." But what is it about the party that attracts him? "I think the greatest threat to '
        'democracy is bureaucracy." A great soundbite. "It is the growth of bodies of experts who know better."'
    )
    assert speakers(text) == ["Rick Norris"] * 4
    # a transcript's labelled lines and words about the subject stay unattributed
    text = (
        "Rick Norris spoke on Sunday. Norris was asked about the debate. Norris said nothing new.\n\n"
        '"WALLACE: I want to start with the debate tomorrow night."\n\n"NORRIS: I was never going to go."\n\n'
        '"I think Rick Norris has a unique way of talking to people."'
    )
    assert speakers(text) == [None, None, None]


def test_role_words_that_front_a_body_s_name_stay_in_it():
    for body in ("Home Office", "National Audit Office", "State Department", "Foreign Office", "National Trust"):
        text = f'The {body} said the figures were falling. "We are pleased with the result," the {body} said.'
        assert speakers(text) == [body], body
    text = 'Foreign Secretary Jack Strawn said: "We are pleased." Home Secretary Dan Blunt said: "So are we."'
    assert speakers(text) == ["Jack Strawn", "Dan Blunt"]


def test_the_report_is_not_by_the_body_it_addresses():
    text = (
        "The Harbour Agency is failing, MPs say. The Harbour Agency must improve. Ministers back the Harbour "
        'Agency. The report urged the Harbour Agency to draw up an "abandonment option for the whole service".'
    )
    assert speakers(text) == [None]


def test_a_describing_word_before_a_known_surname_is_no_first_name():
    text = (
        'Robbie Keaney scored the only goal. "It was brilliant," said the manager. Matchwinner Keaney was '
        'full of praise for Duffield. "It was great play from Damien," said the Tottenham striker.'
    )
    assert speakers(text)[-1] == "Robbie Keaney"
    # a first name no list knows stays one
    text = (
        'Jarek Kujdaz founded the band, "a project of noise," said Kujdaz. Malgorzata Kujdaz, his younger '
        'sister and a fellow band member, describes a concert as noise. "I make music with hard beats," she said.'
    )
    assert speakers(text)[-1] == "Malgorzata Kujdaz"


def test_a_possessor_in_a_sentence_about_he_is_not_the_one_described():
    text = (
        "Man-of-the-match Damien Duffield explained what went wrong. He opted to bring Steve Finlan's cross "
        'down and shoot. "I would have headed that every time," said the Chelsea star.'
    )
    assert speakers(text) == ["Damien Duffield"]


def test_role_and_employer_after_a_name_without_a_comma():
    text = (
        '"In the next generation HD support is mandatory," Dr Mark Tuffin games systems director at digital '
        "content firm THX told the BBC News website."
    )
    assert speakers(text) == ["Mark Tuffin"]
    text = 'Dr Mark Tuffin games systems director at digital content firm THX said: "HD will be mandatory."'
    assert speakers(text) == ["Mark Tuffin"]


def test_a_prize_is_no_person_and_its_winner_is_the_one_just_named():
    text = (
        'Hollywood star Tom Hankin was in London. Hankin said the film has an "elegant message". "Christmas is '
        'a special time of the year and you get out of it what you put into it," added the two-time Academy '
        "Award winner."
    )
    assert speakers(text)[-1] == "Tom Hankin"


def test_an_adverb_between_name_and_cue_and_a_peer_s_title():
    text = 'Bill Contini was director then. Contini immediately told the director: "You must do something now."'
    assert speakers(text) == ["Bill Contini"]
    text = (
        "Betty Boothman has said the Lords need a Speaker. Baroness Boothman, the first woman to hold the "
        'post, said: "Now we have to take care of it ourselves."'
    )
    assert speakers(text) == ["Betty Boothman"]


def test_of_after_a_name_says_what_was_spoken_about():
    text = (
        'Nacho Novak was banned. "I am extremely disappointed with all of it," said Rangers manager Alex '
        "McLeash of Novak's punishment."
    )
    assert speakers(text) == ["Alex McLeash"]


def test_an_office_nobody_holds_is_still_the_subject_of_its_cue():
    text = (
        "On Wednesday Mr Blaine directly denied Mr Bowman made that remark, and before he left for Africa "
        'on Tuesday the chancellor told reporters: "Of course I trust the prime minister."'
    )
    # not Blaine, the subject of the earlier cue: the chancellor, described, is the last man named
    assert speakers(text) == ["Bowman"]


def test_an_apposition_between_spaced_hyphens():
    text = (
        'The unit was sold. "We used to see street hustlers do this kind of thing," Andrei Illarion - then '
        "economic adviser to President Vladimir Putov - told a press conference."
    )
    assert speakers(text) == ["Andrei Illarion"]
    # one hyphen before the cue is no apposition: the words after the quote are the writer's
    text = (
        '"Access is restricted across the UK," said Pete Buckham. "The network will improve access for '
        'audiences," Digital prints cost less than a traditional print - giving distributors more '
        "flexibility, said Ms Deane."
    )
    assert speakers(text)[0] == "Pete Buckham"


def test_a_gerund_statement_and_the_quotation_after_it():
    text = (
        "After the meeting, Chris Foxe said being able to close premises for only 24 hours did not "
        'necessarily make an impact. "If you close for 24 hours there is not a lot of pain for the premises."'
    )
    assert speakers(text) == ["Chris Foxe"]


def test_a_pronoun_subject_s_act_of_speech_introduces_the_quotation_after_it():
    text = (
        'Mr Kennard said the public felt let down. And he said people were "highly sceptical" about promises '
        "on tax. But he brushed off Labour suggestions a vote for his party would let the Tories in "
        '"by the back door". "If you look at the four previous by-elections, we won them."'
    )
    # the fragment in the sentence has no speaker, and does not stop the sentence introducing the next
    assert speakers(text)[-2:] == [None, "Kennard"]


def test_a_first_name_before_a_plural_organisation_word_makes_it_a_surname():
    text = (
        "Chelsea physio Mike Banks was hopeful that Robben could return. "
        '"The fractures are tiny and he could be playing next month," Banks told the club website.'
    )
    assert speakers(text) == ["Mike Banks"]
    text = 'The banks were cautious. "We will not lend more this year," Banks said in a joint statement.'
    assert speakers(text) == [None]


def test_a_demonym_after_a_first_name_or_title_is_a_surname():
    text = (
        "There may not be enough players to go round, predicts Oliver Irish, editor of a gadget magazine. "
        '"The player is likely to be this year\'s big hit," said Mr Irish.'
    )
    assert speakers(text)[-1] == "Oliver Irish"
    assert extract("Irish fans cheered the British team.", None).places == ["Ireland", "United Kingdom"]


def test_a_weekday_after_a_first_name_is_a_surname():
    text = 'Mike Friday\'s side led at half-time. "We have wanted to win here for a long time," said Friday.'
    assert speakers(text) == ["Mike Friday"]


def test_a_description_goes_to_the_one_given_that_role_if_its_words_agree():
    text = (
        'Archbishop Desmond Tutts told BBC News: "It is utterly unacceptable." On Tuesday Foreign Secretary '
        'Jack Strand told the Commons the four would be released. The archbishop added: "Whilst we are saying '
        'thank you, what is happening to those left behind?"'
    )
    assert speakers(text) == ["Desmond Tutts", "Desmond Tutts"]
    text = (
        "Roger Federman won easily against seventh seed Felix Lopes. Federman was happy with his form. "
        '"I think I played better than in the last round," said the top seed.'
    )
    assert speakers(text) == ["Roger Federman"]


def test_doubled_apostrophes_are_quotation_marks():
    text = "The club will appeal. ''A law firm will put a case forward for us,'' said Newry boss Roy McCready."
    x = extract(text, None)
    assert [(q.text, q.speaker) for q in x.quotes] == [("A law firm will put a case forward for us,", "Roy McCready")]


def test_backticks_and_apostrophes_are_quotation_marks():
    # TeX and Penn Treebank style, as wire archives print it
    text = (
        "The club will appeal. ``A law firm will put a case forward for us,'' said Newry boss Roy McCready. "
        "``We expect to win.''"
    )
    x = extract(text, None)
    assert [(q.text, q.speaker) for q in x.quotes] == [
        ("A law firm will put a case forward for us,", "Roy McCready"),
        ("We expect to win.", "Roy McCready"),
    ]
    assert all(text[q.start : q.end] == q.text for q in x.quotes)


def test_paragraphs_about_he_keep_a_description_on_the_person_named_before():
    text = (
        'Tony Blaine says his standing will be "an issue". Mr Blaine also spoke of the compensation culture.'
        "\n\nHe said Britain was in danger of needless panic.\n\nSpeaking amid a flurry of campaigning, the "
        'prime minister said: "I am an issue, I always will be."'
    )
    assert speakers(text)[-1] == "Tony Blaine"


def test_the_named_piece_of_a_quotation_gives_its_speaker_to_a_pronoun_piece():
    text = (
        'Jan Berrie said: "It is a service, not a political football to be kicked around. "These plans could '
        'result in those with extreme views dictating what happens," she warned.'
    )
    assert speakers(text) == ["Jan Berrie", "Jan Berrie"]


def test_the_one_an_inverted_cue_names_is_the_pronoun_s_person():
    text = (
        "Michael Mohr made the film.\n\nMohr's documentary may have been hurt by its category, says Tim "
        "Damson, the news editor of a trade "
        'magazine. But he also believes its politics did not help. "Past winners tend to be conservative," he said.'
    )
    assert speakers(text) == ["Tim Damson"]
    # "said Charles was one of his heroes": Charles is what was said, not who said it
    text = (
        "Former singer Paul Jonas, who sang on 1960s hits, said Charley was one of his heroes. "
        '"I am quite sure my own writing was influenced by him," he told the BBC.'
    )
    assert speakers(text) == ["Paul Jonas"]


def test_according_to_after_a_quotation():
    text = '"The UK is the largest display market in Europe," according to John Binksley, director of a trade body.'
    assert speakers(text) == ["John Binksley"]


def test_a_stance_with_a_relative_clause_introduces_the_quotation_after_it():
    text = (
        "Fans criticised Steven Gerard after the final. Phil Thomson reacted sharply. Thomson added: "
        '"I heard those comments from so-called supporters and they were outrageous." Thomson, who savoured '
        "seven title-winning seasons during his playing career, is confident that the lure of the cup will "
        'keep Gerard at Anfield. "I hope the cup will beckon for Liverpool and he will commit himself."'
    )
    assert speakers(text) == ["Phil Thomson", "Phil Thomson"]


def test_a_ministry_s_portfolio_stays_in_its_name():
    for body in ("Department for Transport", "Ministry of Defence", "Department for Education and Skills"):
        text = f'"We have always said we will do it," the {body} said. A {body} spokesman said: "We will act."'
        assert speakers(text) == [body, body], body
    text = 'Secretary of State for Transport Alastair Darwin said: "We will act now."'
    assert speakers(text) == ["Alastair Darwin"]


def test_the_dutchman_is_the_player_just_named():
    text = (
        'Tottenham boss Martin Jolle was pleased. "We had the initiative but it was not easy," said the '
        'Dutchman. Robbie Keene scored. "It was not the best display," said the Irishman.'
    )
    assert speakers(text) == ["Martin Jolle", "Robbie Keene"]


def test_a_title_before_a_name_in_apposition_and_an_aged_nationality():
    text = (
        '"Our aim is not to rewrite the storyline but to ensure the BBC is accountable," said the committee '
        "chairman, MP Edward Leighton."
    )
    assert speakers(text) == ["Edward Leighton"]
    text = (
        'Martina Hingston has admitted she might return. "The tournament is a test," she said. Speaking to '
        'Le Matin, the 24-year-old Swiss added: "At Pattaya there will not be as many people."'
    )
    assert speakers(text) == ["Martina Hingston", "Martina Hingston"]


def test_an_age_in_apposition_is_no_subject():
    text = (
        "Jackie Stalley, mother of the actor, was evicted. Stalley, 71, appeared not to have enjoyed her "
        'time in the house saying: "I am a total wreck, I need a vacation."'
    )
    assert speakers(text) == ["Jackie Stalley"]


def test_a_colon_hands_the_attribution_to_the_next_quotation():
    text = (
        '"Britain has the right attitude," said Jimmy Connell. "The kids will ask: \'What am I doing '
        'there?\'" Chief executive, John Crowley, added: "The relationship has started to develop."'
    )
    x = extract(text, None)
    got = {x_.text: x_.speaker for x_ in x.quotes}
    assert got["The kids will ask: 'What am I doing there?'"] == "Jimmy Connell"
    assert got["The relationship has started to develop."] == "John Crowley"


def test_a_man_office_does_not_outweigh_a_woman_s_first_name():
    text = (
        "Mr Hockley said the law was clear. UKIP chairman Petrina Holdsworthy urged the men to step down "
        'in a letter.\n\nShe said: "The party has taken legal advice and it is clear that we could act."'
    )
    assert speakers(text) == ["Petrina Holdsworthy"]
    text = 'Party spokeswoman Jo Ellery spoke. "We will fight on," she said.'
    assert speakers(text) == ["Jo Ellery"]


def test_a_described_name_before_its_cue_is_not_the_writer_s_clause():
    text = (
        '"Loud footsteps upstairs could shake the races below," veteran analyst Carla Venn wrote this week, '
        'adding that if the party loses, "holding the chamber would be a long shot."'
    )
    assert speakers(text) == ["Carla Venn", "Carla Venn"]


def test_a_club_word_opens_no_person_s_name():
    text = (
        'Deportivo Marval lost again.\n\nMick Orrin scored twice. "I felt good all game," he said.\n\n'
        "Victory took Deportivo to within six points and Orrin is confident Deportivo can close the gap. "
        'He added: "We had several chances."'
    )
    assert speakers(text) == ["Mick Orrin", "Mick Orrin"]


def test_a_run_of_sentences_opening_with_he_keeps_the_person_named_before():
    text = (
        "Rolf Hemmer - nice bloke, fantastic player.\n\nAccording to all the players, Hemmer is in a league "
        'of his own.\n\n"Right now I feel that a little bit," he told reporters. The number one is also '
        "the main man off court. He has been voted the best ambassador. He has time for everyone. Every "
        "match is followed by interviews. He answers in three languages. After a major win there are "
        "extra requests. He sees them all through. He never complains. Many players would not. "
        '"You guys are funny," he said.'
    )
    assert speakers(text)[-1] == "Rolf Hemmer"


def test_the_magazine_is_the_one_the_article_introduced():
    text = (
        "Pop star Dunmore earned the most in 2004, according to US magazine Brass Kettle's list.\n\n"
        '"Dunmore returned to centre stage after a decade away," the magazine reported.'
    )
    assert speakers(text) == ["Brass Kettle"]
    text = (
        "Rival local club Ardmore Town pleaded with fans. Carden United's response came as no surprise. "
        '"Any board must consider a bona fide offer," the club said.'
    )
    assert speakers(text) != ["Ardmore Town"]


def test_a_body_s_last_word_names_it_for_its_spokesman_and_the_ministry():
    text = (
        "The Western Executive faces more than 1,000 claims. An executive spokesman said: "
        '"We will study this judgement in detail."'
    )
    assert speakers(text) == ["Western Executive"]
    text = (
        '"Conditions are likely to remain poor," the Finance and Trade Ministry said. Growth will slow, '
        'the ministry said. "Given the effect in construction, a downturn could hurt," the ministry said.'
    )
    assert speakers(text)[-1] == "Finance and Trade Ministry"


def test_a_name_no_capital_opens_after_its_descriptor():
    text = '"Fares will rise again next year," carrier flyQuick said on Monday.'
    x = extract(text, REF)
    assert [(q.speaker, q.kind) for q in x.quotes] == [("flyQuick", "organisation")]
    text = '"Our primary worry is the optimism," consultancy 3Cast said in a report.'
    assert speakers(text) == ["3Cast"]
    text = '"We remain cautious about the outlook," investment bank Marrow Lynd said of the brewer.'
    x = extract(text, REF)
    assert [(q.speaker, q.kind) for q in x.quotes] == [("Marrow Lynd", "organisation")]


def test_a_compass_word_opens_no_person_s_name():
    text = (
        "Mr Tolland said the law might allow parties to reserve seats. For example in East Harrow, this "
        'might allow only women to stand. "If we find minorities are not represented, we cannot go on," '
        "he said."
    )
    assert speakers(text) == ["Tolland"]


def test_a_one_name_player_introduced_by_a_role_is_a_person():
    text = (
        'Rival boss Kees Rijnveld was critical. "It is not good behaviour," he said.\n\nBarca midfielder '
        'Dorinho, formerly managed by Mourinho, agreed. "It\'s not normal behaviour on his part," he said.'
    )
    assert speakers(text) == ["Kees Rijnveld", "Dorinho"]


def test_whom_the_quotation_talks_about_is_not_who_says_it():
    text = (
        "Ben Traske's injury means Joe Marrin, who wants to sign Ash Colley, will lack a left-back.\n\n"
        '"He (Traske) has no chance of playing on Sunday," he said.'
    )
    assert speakers(text) == ["Joe Marrin"]


def test_a_person_named_in_an_aside_is_not_the_subject():
    text = (
        "Ireland, despite having Gordon Darcey still out injured, have been boosted by the return of "
        'skipper Brian Odell. "The knowledge that the game was coming helped," he said.'
    )
    assert speakers(text) == ["Brian Odell"]


def test_the_demonym_subject_is_the_one_the_article_is_about():
    text = (
        "Mark Pelloussis hurt his knee. Pelloussis had to retire from the match. "
        '"He has to strengthen it," said tournament doctor Hamish Osgood. "A fit player takes weeks." '
        "The Australian has suffered injuries throughout his career but still hopes. "
        '"I will go by feel," he said.'
    )
    assert speakers(text)[-1] == "Mark Pelloussis"


def test_a_holiday_word_opens_no_person_s_name():
    text = (
        "Cardinal Cormac Ostley led the service.\n\nThousands attended Christmas Midnight Mass on Friday. "
        'He said: "If the rich countries were as ready to devote money to peace as to war, '
        'we would see peace."'
    )
    assert speakers(text) == ["Cormac Ostley"]


def test_a_role_that_speaks_at_the_end_of_a_sentence_is_whom_he_refers_to():
    text = (
        "The cuts would plug a black hole, said Tory leader Martin Howell. Mr Brand's Budget was "
        '"all about the interests of the Labour party," the Tory leader said. He went on to accuse '
        'Mr Brand of giving with one hand. He urged the chancellor to admit it. "We can all see the '
        'sweeteners, but they hide the tax rises."'
    )
    assert speakers(text)[-1] == "Martin Howell"


def test_a_role_with_its_body_describes_the_person_just_written_about():
    text = (
        '"I worry that many young people are educated apart," said Mr Bellow, the chief inspector. '
        'The Ofsted chief said his report would look at faith schools. "Many must adapt their '
        'curriculum to ensure it provides a broad knowledge."'
    )
    assert speakers(text) == ["Bellow", "Bellow"]
    text = (
        '"We are bringing in ranges at new price points," said Marsden. "We have new clothing at new '
        'prices," said the Marsden spokesman.'
    )
    assert speakers(text)[-1] == "Marsden"


def test_the_one_told_is_not_the_role_that_speaks_next():
    text = (
        "Tony Blare has dismissed reports he told Gordon Browne he would quit.\n\n"
        '"You do not do deals over jobs like this," the prime minister told the programme.'
    )
    assert speakers(text)[-1] == "Tony Blare"


def test_a_described_subject_after_an_adverbial_is_not_the_person_named_in_it():
    text = (
        "Justine Hennard lost to Elena Demova on Sunday. Hennard was speaking after the loss in Charleroi. "
        "The previous day, the Olympic champion went down 6-2 7-5 to France's Nathalie Dechamps.\n\n"
        '"I have to be positive, I still have a few weeks," she said.'
    )
    assert speakers(text)[-1] == "Justine Hennard"


def test_a_spokesperson_from_a_body_and_the_body_s_report():
    text = '"The initiatives are very welcome," said a spokesperson from Ofcall.'
    assert speakers(text) == ["Ofcall"]
    text = (
        "The Harrow Research Institute published its findings on Monday. Said the Harrow report: "
        '"Most users are unaware that some results are paid for."'
    )
    assert speakers(text) == ["Harrow Research Institute"]


def test_a_role_asked_to_speak_in_a_sentence_naming_no_one():
    text = (
        "Tony Blaine said on Monday the law was fair. Mr Blaine met officials later. Commissioner Sir John "
        "Stenner last month backed a change in the law. The pressure prompted the prime minister to say the "
        'police would be consulted. He told MPs: "If we get the right response, we will act."'
    )
    assert speakers(text)[-1] == "Tony Blaine"


def test_an_inverted_cue_with_a_title_names_who_speaks_not_the_object_before():
    text = (
        "Farmer Tony Marten was jailed in 1999. Home Secretary Charles Clerk spoke on Monday. The barrister "
        'who had represented Mr Marten had said the rules were fair, said Mr Clerk. He said: "The problem '
        'is there has not been enough understanding of it."'
    )
    assert speakers(text)[-1] == "Charles Clerk"


def test_a_body_s_possessive_spokeswoman_speaks_for_it():
    text = 'Viewers complained. Big Sister\'s spokeswoman said: "Only a handful of executives know the votes."'
    assert speakers(text) == ["Big Sister"]
    text = 'Tony Blaine spoke. "We will act," Tony Blaine\'s official spokesman said.'
    assert speakers(text) == [None]


def test_a_party_or_place_before_the_role_describes_the_person_after_the_cue():
    text = '"This is typical of their hypocrisy," said Tory shadow local government secretary Carla Spelling.'
    assert speakers(text) == ["Carla Spelling"]
    text = (
        'Dave Humbert wins his 65th cap. "We have got to get the focus right," said Ulster man Humbert. '
        '"We will treat them with respect."'
    )
    assert speakers(text) == ["Dave Humbert", "Dave Humbert"]


def test_a_portfolio_with_and_before_its_title_and_holder():
    text = (
        "Her call was backed by Culture, Media and Sport Secretary Tessa Jowitt. She said: "
        '"You would not let your child watch it."'
    )
    assert speakers(text) == ["Tessa Jowitt"]
    text = (
        "Her call was backed by Culture, Media and Sport Secretary Tessa Jowitt who said: "
        '"You would not let your child watch it."'
    )
    assert speakers(text) == ["Tessa Jowitt"]


def test_a_statement_from_a_body_or_a_person():
    text = (
        'A statement from Charlton explaining the decision read: "We have a zero tolerance policy." '
        'Charlton\'s statement added: "This applies to all drugs."'
    )
    assert speakers(text) == ["Charlton", "Charlton"]
    text = 'Ann Leeman resigned. A statement from Ann Leeman said: "I am proud of my work."'
    assert speakers(text) == ["Ann Leeman"]


def test_a_person_named_in_a_leading_prepositional_phrase_is_no_subject():
    text = (
        "In a statement released through her lawyer Rich Nicholl, Marion Jonas repeated her innocence. "
        '"The allegations are not true," she said.'
    )
    assert speakers(text) == ["Marion Jonas"]


def test_a_described_subject_that_spoke_is_not_the_club_named_after_it():
    text = (
        "Steven Garrard admitted his side had little chance.\n\nThe 24-year-old skipper spoke out ahead of "
        'the first leg at home to Bayer Leverhall. "Let\'s be realistic," he told the radio.'
    )
    assert speakers(text) == ["Steven Garrard"]


def test_a_country_after_a_first_name_is_a_surname():
    text = 'Telecoms ombudsman Elizabeth France said: "I would not be surprised."'
    assert speakers(text) == ["Elizabeth France"]
    text = (
        'Fans travelled from Austin to France. "It was lovely," said Dana Hart. Said Wales coach Mike Rudd: "We won."'
    )
    assert speakers(text) == ["Dana Hart", "Mike Rudd"]


def test_a_closing_mark_whose_opening_was_lost_before_its_attribution():
    text = (
        'Police forces were already "buried" under initiatives and there was little to reassure them," '
        "said Mr Davies. Earlier Lib Dem spokesman Mark Oates said the plans were right.\n\n"
        '"But these measures will only work with less paperwork."'
    )
    x = extract(text, REF)
    got = {q.text: q.speaker for q in x.quotes if q.direct}
    assert got["But these measures will only work with less paperwork."] == "Mark Oates"


def test_an_adverb_after_the_name_is_no_part_of_it():
    text = 'Serena Willis beat Lindsay Dart. "I kept thinking I would win," said Willis afterwards. "I did not care."'
    assert speakers(text) == ["Serena Willis", "Serena Willis"]


def test_a_document_s_author_named_in_apposition():
    text = 'The letter, from the Home Office, says: "I am writing to inform you of the decision."'
    assert speakers(text) == ["Home Office"]


def test_outlining_a_view_or_being_asked_introduces_the_next_quotation():
    text = (
        "Writing in the Herald newspaper, Mr Browne outlined his view of the direction Labour should take. "
        '"As our manifesto should make clear, our ambition is full employment."'
    )
    assert speakers(text) == ["Browne"]
    text = (
        'Dr Liam Foxe was asked if he would say yes or no if Lord Archer applied to rejoin. "I am sure we '
        'would look at that sympathetically."'
    )
    assert speakers(text) == ["Liam Foxe"]


def test_a_dutch_name_with_den_is_one_name():
    text = '"It was feasible," said Jurgen den Hartveld, one of the researchers. "We rewrote the tools," said Jurgen.'
    assert speakers(text) == ["Jurgen den Hartveld", "Jurgen den Hartveld"]


def test_a_one_word_short_form_is_the_one_longer_name_it_opens():
    text = (
        "Tokawa Mitsuda Financial Group has made a rival offer for the bank. "
        '"We believe most investors accept the merger," Tokawa said in a statement.'
    )
    assert speakers(text) == ["Tokawa Mitsuda Financial"]
    text = 'Carden United beat Carden City at the weekend. "We are pleased," Carden said.'
    assert speakers(text) != ["Carden United"]


def test_a_sentence_ending_in_a_colon_attributes_the_quotation_after_it_not_before():
    text = (
        'Deputy secretary Hugh Lanny, who was on the picket line, said: "We are asking them to negotiate. '
        '"There is a sensible way to do things." "The ballot was for one day of action." '
        'The Welsh Assembly Office said: "This is a strike about national issues."'
    )
    assert speakers(text) == ["Hugh Lanny", "Hugh Lanny", "Hugh Lanny", "Welsh Assembly Office"]


def test_a_person_in_apposition_after_a_possessive_role_is_the_subject():
    text = (
        "The pair were cleared of charges last week. Kostas Kenteros's lawyer, Gregory Ioannou, reacted "
        'angrily to the comments. "Comments like these only help to embarrass the governing bodies," he said.'
    )
    assert speakers(text) == ["Gregory Ioannou"]


def test_a_description_skips_the_agent_of_a_passive_with_his_role():
    text = (
        "Richard Dunnell is ready to commit his future to the club.\n\nHe was once threatened with the sack "
        "by City boss Kevin Keeling but has since responded with fine performances. Early talks have taken "
        'place and the defender said: "Hopefully something will be sorted out soon."'
    )
    assert speakers(text) == ["Richard Dunnell"]


def test_a_name_inside_an_organisations_name_is_not_the_speaker():
    text = (
        "Health analyst Tova Brannick, from the Northern Institute for Health and Social Care, said: "
        '"The targets are fine and we can meet them."'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Tova Brannick"]


def test_a_possessor_in_a_phrase_is_not_whom_a_description_refers_to():
    text = (
        "Former star Rua Tamaki says he cannot wait to play in captain Brent Hollis's testimonial.\n\n"
        'The 29-year-old had a kidney transplant last year. "I started training three weeks after my '
        'operation," said the giant winger.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Rua Tamaki"]
    # a possessed noun that is a clause's subject leaves the possessor the one followed
    text = (
        "The singer's friend Dov Amsel told a magazine that Kael Brannick's assistant suggested he read it. "
        'The singer refused, saying: "I will not sing that song."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Kael Brannick"]


def test_three_apostrophes_close_a_nested_phrase_and_its_quotation():
    text = "Dov Amsel laughed. ``I told them, `Here, I am your mayor,''' said Amsel. ``You all have mouths to feed.''"
    x = extract(text, None)
    assert [(q.text, q.speaker) for q in x.quotes] == [
        ("I told them, `Here, I am your mayor,'", "Dov Amsel"),
        ("You all have mouths to feed.", "Dov Amsel"),
    ]


def test_a_natural_feature_is_no_antecedent():
    text = 'I came to her flat above Lake Norvale to learn how she had coped. "I have the pulse," she said.'
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_a_name_asked_about_is_not_who_answers():
    text = (
        'Ida Brenner talked about the scandal. "I did not know what to expect," she said.\n\n'
        'Paula Reyes? "The readers knew who was prompting her. I say hurray for the public."'
    )
    assert [q.speaker for q in extract(text).quotes][1:] != ["Paula Reyes"]


def test_malay_honorifics_and_given_names_are_one_person():
    text = (
        "KUALA LUMPUR (AP) _ Selangor Menteri Besar Datuk Abu Hassan Omar today said the firm would pay. "
        "``It is a serious offence to steal water,'' he said. Abu Hassan said he would check with officials. "
        "``The public can also lodge complaints,'' he added."
    )
    assert {q.speaker for q in extract(text).quotes} == {"Abu Hassan Omar"}


def test_a_country_that_is_a_first_name_opens_a_name_set_off_as_a_person():
    text = (
        "The talks stalled.\n\nIsrael Singer, the secretary-general of the congress, said the dispute would go on. "
        '"Each of them is going to have to come and conclude this process," he said.'
    )
    assert {q.speaker for q in extract(text).quotes} == {"Israel Singer"}
    assert extract("The vote was close.\n\nIsrael Radio said the talks failed.").speakers == []


def test_him_before_a_name_in_a_list_keeps_the_story_on_its_subject():
    text = (
        "Born in the province, Boban Kostic is proud of his roots.\n\n"
        "Pictures in his office show him with bishops, royalty _ and Zeljko Marinovic, the warlord.\n\n"
        "``Where would I go?'' he replies."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Boban Kostic"]


def test_titles_in_running_text_are_looked_past():
    text = (
        "Wright built the house.\n\n``The Rosenbaum house is the purest example of the style,'' architect "
        "John Sargant proclaimed in ``Frank Wright's Usonian Houses,'' a book published in 1976.\n\n"
        "Dan Wallis, who directed ``The Man in the Iron Mask,'' said: ``Most actors are scared of such roles.''"
    )
    got = [(q.text, q.speaker) for q in extract(text).quotes]
    assert got == [
        ("The Rosenbaum house is the purest example of the style,", "John Sargant"),
        ("Frank Wright's Usonian Houses,", None),
        ("The Man in the Iron Mask,", None),
        ("Most actors are scared of such roles.", "Dan Wallis"),
    ]
    # speech in title case is no title: a sentence break, an exclamation, a pronoun opening
    text = (
        'The rally ended.\n\nAnn Lee wrote: "Like Oakland. Or Ferguson." '
        'Lee added: "That\'s Jeb Bush and Marco Rubio." Lee posted: "What a Super Tuesday!"'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Ann Lee"] * 3


def test_a_run_before_a_role_and_a_name_is_its_modifier_not_a_person():
    text = (
        'The title went to Swede Carla Lind. "I was quite surprised," said Johnson, who wore the bid slogan, '
        '"Back the Bid", on her shorts. "But I am pleased and I really want to win a medal."\n\n'
        "Double Olympic champion Kelly Holt was also there, with Jade Johnson."
    )
    quotes = [q for q in extract(text).quotes if "pleased" in q.text]
    assert [q.speaker for q in quotes] == ["Jade Johnson"]


def test_a_club_before_its_manager_is_no_he():
    text = (
        "Aston Villa boss Dan Lee has rapped skipper Ola Berg for his comments before the derby.\n\n"
        "Berg spoke of his dislike of Villa's rivals ahead of the match. \"I have had more than a quiet word "
        "with Ola. It has been said within the whole group,\" he told Villa's website."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dan Lee"]


def test_the_texts_pronouns_outweigh_a_first_names_usual_gender():
    # gender-guesser takes "Eppie" for a man's name; the article says "she" of her throughout
    text = (
        '"I am in the middle of everything," said Eppie Lederer.\n\n'
        "Eppie _ no one calls her anything else _ is not slowing down as she approaches 80.\n\n"
        "Eppie attributes the change to television. She grew up in a small town, where her twin, "
        "Pauline, still lives.\n\n"
        'Eppie got up and came back with a scrapbook. "War is what is important," she said.'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Eppie Lederer", "Eppie Lederer"]


def test_a_shared_surname_alone_is_the_family_member_named_most():
    text = (
        "Alvin Rosenbaum grew up in the house. Alvin Rosenbaum now runs the trust, and Mildred Rosenbaum, "
        "his mother, still visits. His father, Stanley Rosenbaum, taught English.\n\n"
        '"My father was an educator," Rosenbaum observed.'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Alvin Rosenbaum"]


def test_the_statement_is_its_issuers():
    text = (
        "In a statement, the Harbour Trust declared: ``We will oppose any such action.''\n\n"
        "The statement added: ``A settlement is not being considered.''"
    )
    assert [q.speaker for q in extract(text).quotes] == ["Harbour Trust", "Harbour Trust"]


def test_a_colon_clause_after_a_bracketed_quotation_keeps_its_subject():
    text = (
        "Ida Brenner writes a column.\n\nWhile Tom Ray appointed her to boards (``No money changed hands!''), "
        "Brenner will vouch for one of the presidents she has known: ``Truman is the one I would bet on.''"
    )
    assert [q.speaker for q in extract(text).quotes][-1] == "Ida Brenner"


def test_three_backticks_open_a_quotation_and_its_single_quoted_phrase():
    text = "Officers spoke. ```We were not going to take down our own,''' said Ann Lee."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("`We were not going to take down our own,'", "Ann Lee")
    ]


def test_a_surname_that_is_a_title_word_and_a_name_suffix():
    text = (
        "Martin Luther King Jr. spoke often. King called Gov. Nelson Rockefeller three times.\n\n"
        "King often visited with union members. He talked about pay.\n\n"
        "``People are always talking about menial labor,'' he told the audience."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Martin Luther King Jr."]


def test_after_said_a_possessive_role_and_an_of_phrase_lead_to_the_person():
    text = (
        "Barry Travis runs the bureau.\n\n``We're still growing above trend,'' said President Ray's chief "
        "economist, Janet L. Yellen. ``I feel relief that it's not happening,'' said Travis of the Convention and "
        "Visitors Bureau."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Janet L. Yellen", "Barry Travis"]
    # a possessive before a clause is no role: "Ryan's campaign shrugged off Trump's comments"
    text = "Ann Ryan's campaign shrugged off Tom Ray's comments, telling reporters, \"Nobody asked him.\""
    assert [q.speaker for q in extract(text).quotes] != ["Tom Ray"]


def test_a_pronoun_after_an_unnamed_described_speaker_is_theirs():
    text = (
        "According to New York-based dissident Fu Shen, a spokesman for the group, the party has 100 members.\n\n"
        "The party's demands include freedom of speech, the Beijing-based member said.\n\n"
        "``We all have a common conviction,'' he said."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == [None]


def test_and_said_after_titles_goes_back_over_them_to_the_clause_subject():
    text = (
        "Leo Darnell declines most interviews.\n\nHe appeared on NBC's ``Today'' show last week to promote "
        "``The Man in the Iron Mask'' and said, ``I'm a lucky guy, I'm getting tons more chances.''"
    )
    assert [q.speaker for q in extract(text).quotes] == [None, None, "Leo Darnell"]


def test_mrs_before_a_mans_surname_is_his_relative_when_the_story_has_one():
    text = (
        "Fans remembered the announcer Harry Caray, and his widow, Dutchie, sang the song.\n\n"
        "In the booth, Mrs. Caray waited nervously. Her voice was lost among the fans.\n\n"
        '"He was guiding me," she said.'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Caray"]
    # a possessive that opens a sentence is not its subject: the "she" after it is no vote
    text = (
        "Harry Caray's widow sang, and she cried. Harry Caray's fans cheered as she left.\n\n"
        '"It was a great day," Harry Caray said once.'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Harry Caray"]


def test_a_run_of_sentences_led_into_he_keeps_the_pronoun_on_its_person():
    lead = [
        "Looking back, he said he had seen a photograph.",
        "Then, inspired by the drawings, he began to see the stage.",
        "Searching for that space, he decided to frame it with light.",
        "At the same time, he retained the swan.",
        "Because of its outsize emotions, he said, it could seem ridiculous.",
        "Remembering other productions, he added a note.",
        "At all costs, he wanted the singers to be comfortable.",
        "In the end, he kept the set bare.",
        "For the lighting, he chose blue.",
    ]
    text = (
        "Robert Wilsey staged the opera. " + " ".join(lead) + ' "I was trying to be respectful to the text," he said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Robert Wilsey"]


def test_a_titled_name_after_a_possessive_employer_is_the_speaker():
    text = (
        "Analysts cut estimates. But Smith Barney's Mr. Doyle, who trimmed his projection, called the reaction "
        '"justified." While the earnings were a "moderate disappointment," he said, "the real bad news is '
        'the price war."'
    )
    assert {q.speaker for q in extract(text).quotes} == {"Doyle"}


def test_the_thrift_is_the_company_it_describes():
    text = (
        "Harbour Federal Savings and Loan Association took a charge. The company said it would eliminate losses.\n\n"
        'The thrift said that "after these charges, we expect to be profitable."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Harbour Federal Savings and Loan Association"]


def test_names_in_a_speakers_apposition_do_not_break_the_quotation_that_goes_on():
    text = (
        '"This means Nestor is now in the candy business," said Lisbeth Echevarre, publisher of Orlando, '
        'Fla.-based Confectioner Magazine. "For them, it makes all kinds of sense. They have a mandate" to expand.'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Lisbeth Echevarre"] * 2


def test_a_town_ending_in_creek_or_springs_is_no_speaker():
    text = (
        "Kellogg, the cereal maker based in Battle Creek, Mich., halted work on the plant. A company spokesman "
        'said it was "possible, but highly unlikely," that the plant might never be built. "As we regain our '
        'leadership level, we will build it," he said.'
    )
    assert "Battle Creek" not in {q.speaker for q in extract(text).quotes}


def test_he_after_an_unnamed_spokesman_is_the_spokesman():
    text = (
        'Harbour Co. halted the plant. A Harbour spokesman said it was "possible, but highly unlikely," that the '
        'plant would never be built. "As we regain our level, we will build it," he said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Harbour Co", "Harbour Co"]


def test_he_after_an_unnamed_spokesman_is_not_a_person_named_before():
    text = (
        'Harbour Co. halted the plant, chairman Tom Reyes said. A company spokesman said it was "possible, but '
        'highly unlikely," that the plant would never be built. "As we regain our level, we will build it," he said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct][-1] != "Tom Reyes"


def test_a_profiles_answers_to_names_asked_about_are_its_subjects():
    text = (
        '"I am in the middle of everything," said Ida Brenner.\n\nIda Brenner writes the column. Brenner '
        "answers 2,000 letters a day, and Brenner reads them all.\n\n"
        '"I have the pulse of the nation," she said. "My column reaches small towns."\n\n'
        'Paula Reyes? "The readers knew who was prompting her. I say hurray for the public." '
        'Tom Starr? "He failed. I would not hire him."'
    )
    assert [q.speaker for q in extract(text).quotes][-2:] == ["Ida Brenner", "Ida Brenner"]


def test_a_trade_word_written_after_mr_is_a_surname():
    text = (
        "Douglas Cardinal designed the museum. The dispute began when Cardinal asked for more money.\n\n"
        '"They indicated to me they would pay," he said. Mr. Cardinal was later dismissed.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Douglas Cardinal"]
    # "Mr Justice Eady" is a judge's title and his name, not a surname "Justice"
    text = 'Mr Justice Eady ruled on Monday. He said Tom Ray was "obliged to pay damages to the claimant".'
    assert "Justice Eady" not in {q.speaker for q in extract(text).quotes}


def test_a_name_in_brackets_is_no_pronouns_antecedent():
    text = (
        "Robert Wilsey staged the opera last year.\n\nHis next projects include Ibsen's play (starring Dominique "
        'Sandor) in Milan. He indicated that he was undiscouraged. "I go from one thing to the next," he said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Robert Wilsey"]


def test_a_surname_alone_is_not_the_relative_called_by_first_name():
    text = (
        "Elian Gonzalez, 6, was rescued at sea. Elian has lived in Miami since. Elian plays there every day, "
        "and Elian is now at the centre of a custody fight.\n\nHis father, Juan Miguel Gonzalez, wrote to the "
        'attorney general. "I formally object to the legal moves," Gonzalez wrote.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Juan Miguel Gonzalez"]


def test_a_title_case_headline_does_not_lengthen_a_name():
    # the headline capitalises the verb after the name; the running text says who she is
    text = (
        "Dorian Vexley Tells Critics She Won By Finishing Third.\n\n"
        'Senator Dorian Vexley finished third on Monday. "This is the moment they said would never come," '
        'Vexley said. "They told me we had no chance."'
    )
    ex = extract(text)
    assert {q.speaker for q in ex.quotes if q.direct} == {"Dorian Vexley"}
    assert ex.speakers == ["Dorian Vexley"]
    # the name in full only in the headline: the words the running text repeats ("Vexley")
    text = (
        "Dorian Vexley Slams Rival Over Tax Returns.\n\nThe senator was in Ohio on Monday. "
        '"Why will he not release them?" Vexley said. "Maybe he is not as rich as he says."'
    )
    assert {q.speaker for q in extract(text).quotes if q.direct} == {"Dorian Vexley"}


def test_a_plural_possessive_inside_a_bodys_name_keeps_the_name_whole():
    text = 'The Northern Growers\' Union said the money was "a sticking plaster on a wound".'
    assert {q.speaker for q in extract(text).quotes} == {"Northern Growers' Union"}
    # a team's player after its plural possessive stays a person of his own
    text = 'The Harbour Giants’ Eli Varga was blunt. "We were poor," Varga said.'
    assert [q.speaker for q in extract(text).quotes] == ["Eli Varga"]


def test_a_clause_after_the_name_is_no_panel_outlet_and_no_role():
    text = 'Tom Pellow, who farms 400 acres near Launceston, told the BBC: "I have lost two-thirds of my barley."'
    (q,) = extract(text).quotes
    assert (q.speaker, q.role) == ("Tom Pellow", None)
    # the panel form proper keeps its outlet
    text = 'Dana Whitfield, Harbour Times: "The port will not open this year."'
    (q,) = extract(text).quotes
    assert (q.speaker, q.role) == ("Dana Whitfield", "Harbour Times")


def test_a_lower_case_word_before_an_office_title_is_part_of_the_role():
    text = '"The number is closer to 300," said state Sen. Marisol Quintana, who chairs the committee.'
    (q,) = extract(text).quotes
    assert (q.speaker, q.role) == ("Marisol Quintana", "state Sen")


def test_local_office_titles_stay_out_of_the_name():
    text = (
        "Cllr Joanne Barlow said she would visit on Monday. Sheriff Dan Okoro was there too.\n\n"
        '"I want to hear from people directly," Barlow said. "We are ready," said Alderman Ray Mendes.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Joanne Barlow", "Ray Mendes"]


def test_a_capitalised_occupation_before_a_name_is_no_first_name():
    text = 'Billionaire Helen Voss spoke on Monday. "I will fund it myself," Voss said.'
    assert [q.speaker for q in extract(text).quotes] == ["Helen Voss"]
    text = 'Backbencher Tom Aldine was furious. "It is a betrayal," he said.'
    assert [(q.speaker, q.role) for q in extract(text).quotes] == [("Tom Aldine", "Backbencher")]


def test_a_role_in_apposition_before_the_name_is_the_persons_role():
    text = (
        "The transport minister, Gareth Pryce, resigned on Thursday.\n\n"
        '"I have always acted in good faith," Mr Pryce wrote.'
    )
    (q,) = extract(text).quotes
    assert (q.speaker, q.role) == ("Gareth Pryce", "transport minister")
    text = 'Parentkind is worried. Its chief executive, Jenny Walsh, said: "Children have lost so much."'
    (q,) = extract(text).quotes
    assert (q.speaker, q.role) == ("Jenny Walsh", "chief executive")


def test_a_coalition_or_consortium_is_an_organisation():
    text = 'The Sierra Rivers Coalition said the bill would "drain the delta".'
    assert {(q.speaker, q.kind) for q in extract(text).quotes} == {("Sierra Rivers Coalition", "organisation")}


def test_the_role_word_finds_the_person_given_it_in_apposition_and_city_hall_is_nobody():
    text = (
        "The city's mayor, Lorraine Okoye, defended her budget as protesters gathered outside City Hall.\n\n"
        '"Nobody likes cuts," the mayor said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Lorraine Okoye"]
    text = 'Protesters gathered outside City Hall.\n\n"Nobody likes cuts," the mayor said.'
    assert [q.speaker for q in extract(text).quotes] == [None]
    # a longer run that opens with the same word goes on to a title and a name
    text = '"We will appeal," said City Attorney Brad Holm.'
    assert [q.speaker for q in extract(text).quotes] == ["Brad Holm"]


def test_an_office_or_a_people_in_a_bodys_name_before_its_possessive():
    text = 'In a statement, the U.S. Attorney\'s Office said the verdict "sends a clear message".'
    assert {q.speaker for q in extract(text).quotes} == {"U.S. Attorney's Office"}
    # a place's possessive before a body is no part of its name
    text = 'Iraq\'s Ministry of Communications said the lines were "fully restored".'
    assert {q.speaker for q in extract(text).quotes} == {"Ministry of Communications"}


def test_a_title_word_opening_the_sentence_before_a_lower_case_role():
    text = 'Chief executive Maya Lindqvist wrote: "We grew too fast."'
    (q,) = extract(text).quotes
    assert (q.speaker, q.role) == ("Maya Lindqvist", "Chief executive")


def test_a_spokesperson_for_the_company_speaks_for_the_one_just_named():
    text = (
        'Electricity North West said engineers were working "around the clock". A spokesperson for the '
        'company added: "We expect most customers to be reconnected by Tuesday."'
    )
    got = [(q.speaker, q.kind) for q in extract(text).quotes if q.direct]
    assert got == [("Electricity North West", "organisation")] * 2


def test_a_title_of_a_portfolio_is_the_whole_role():
    (q,) = extract('"This confirms our concerns," Secretary of State Daniel Okafor said.').quotes
    assert (q.speaker, q.role) == ("Daniel Okafor", "Secretary of State")
    # a body named "Board of ..." gives no person
    text = 'The Illinois Board of Elections met. "He is eligible," the board said.'
    assert "Elections" not in {q.speaker for q in extract(text).quotes}


def test_a_country_that_speaks_is_an_organisation():
    text = 'China on Thursday rejected the report, saying it was "a patchwork of lies".'
    assert {(q.speaker, q.kind) for q in extract(text).quotes if not q.direct} == {("China", "organisation")}


def test_a_participle_after_a_quotation_has_the_sentences_subject():
    text = 'Despite her doubts, Ms Ivory dubbed herself a "hope-monger", saying the movement would win.'
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ivory"]
    text = 'Tom Ray later blamed his silence on a "bad earpiece," claiming he had spoken out before.'
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tom Ray"]
    # an opening word that is no subject gives nobody
    text = 'Together, the two men dubbed it "the yuca primary," reflecting their roots.'
    assert [q.speaker for q in extract(text).quotes if q.direct] == [None]


def test_a_description_that_is_not_the_last_named_persons_role_is_the_storys_subject():
    text = (
        "Pierre Lacoste won his first title on Sunday. Lacoste had lost three finals.\n\n"
        'Lacoste\'s coach, Marie Dubois, was in tears. "Nobody believed in him except us," she said.\n\n'
        '"I do not know if I will play next year," the champion said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Marie Dubois", "Pierre Lacoste"]


def test_an_adjective_opening_the_sentence_before_a_role_is_no_employer():
    (q,) = [q for q in extract('Local farmer Richard Hale was firm. "I will not sell," Mr Hale said.').quotes]
    assert (q.speaker, q.role) == ("Richard Hale", "Local farmer")
    (q,) = [q for q in extract('Former England fly-half Martin Cole agreed. "They look divided," Cole said.').quotes]
    assert (q.speaker, q.role) == ("Martin Cole", "Former England fly-half")


def test_a_company_named_for_its_trade_is_an_organisation():
    text = "The developer, Apex Logistics Parks, says the site would create 1,500 jobs."
    assert {(q.speaker, q.kind) for q in extract(text).quotes} == {("Apex Logistics Parks", "organisation")}


def test_members_speak_for_their_committee_and_the_bank_is_the_one_named():
    text = (
        "The Public Accounts Committee published its report on Monday. The Public Accounts Committee "
        'chairman was absent.\n\nMPs said the system was "under strain" and needed reform.'
    )
    got = {(q.speaker, q.kind) for q in extract(text).quotes}
    assert got == {("Public Accounts Committee", "organisation")}
    text = 'MPs said the system was "under strain".'
    assert {q.speaker for q in extract(text).quotes} == {None}
    text = (
        "The Bank of England held rates. Economists had expected the Bank of England to wait.\n\n"
        'The Bank said inflation was "falling faster than expected".'
    )
    assert {q.speaker for q in extract(text).quotes} == {"Bank of England"}


def test_a_plural_or_indefinite_word_opening_the_sentence_names_nobody():
    text = 'Analysts said the deal was "overpriced". Reports said the talks had stalled.'
    assert {q.speaker for q in extract(text).quotes} == {None}


def test_an_ordinary_word_opening_the_sentence_is_no_first_name():
    text = (
        "The campaign of Bernard Voss is in trouble, and top aides know it. Top Voss aides met on Monday.\n\n"
        'Interestingly Voss was absent. "We will regroup," Voss said later.'
    )
    assert {q.speaker for q in extract(text).quotes if q.direct} == {"Bernard Voss"}


def test_a_surname_that_is_an_organisation_word_after_a_first_name():
    text = (
        "Lists grow.\n\nPatient Sandra Mills, 67, has been waiting 14 months. "
        '"Some days I cannot get out of bed," she told the BBC.'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Sandra Mills"]


def test_a_capitalised_title_keeps_the_body_and_side_before_it():
    (q,) = extract('"We will work it out," Senate Majority Leader Ruth Calloway told reporters.').quotes
    assert (q.speaker, q.role) == ("Ruth Calloway", "Senate Majority Leader")
    (q,) = extract('"The law is clear," U.S. District Judge Ann Reyes wrote.').quotes
    assert (q.speaker, q.role) == ("Ann Reyes", "U.S. District Judge")


def test_the_company_after_a_wire_dateline_is_the_one_it_opens_with():
    text = (
        "DETROIT, June 4 (Reuters) - Halvorsen Motors is recalling 300,000 vehicles, regulators said.\n\n"
        "The company said it was not aware of any crashes."
    )
    got = [(q.speaker, q.kind) for q in extract(text).quotes if q.text.startswith("it was")]
    assert got == [("Halvorsen Motors", "organisation")]


def test_a_role_opening_the_sentence_keeps_its_written_order():
    text = 'Shadow home secretary Dan Corrie was scathing. "It is a shambles," Mr Corrie said.'
    assert [(q.speaker, q.role) for q in extract(text).quotes] == [("Dan Corrie", "Shadow home secretary")]
    # an ordinary word the text also writes in lower case, not a body's name
    text = 'Every committee met. Committee chairman Tom Ray spoke. "We are ready," Mr Ray said.'
    assert [(q.speaker, q.role) for q in extract(text).quotes] == [("Tom Ray", "Committee chairman")]
    # a body's name keeps the "of" form
    text = 'Norvale chief executive Ida Brenner spoke. "We are ready," Ms Brenner said.'
    assert [(q.speaker, q.role) for q in extract(text).quotes] == [("Ida Brenner", "chief executive of Norvale")]


def test_her_answer_is_hers():
    text = 'Priya Raman says she has heard that before. Her answer: "Watch us."'
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Priya Raman"]


def test_a_letter_organised_by_someone_speaks_for_them_and_a_charity_is_a_body():
    text = (
        "The letter, organised by backbencher Debbie Abrahams, says the changes would push "
        '"hundreds of thousands" into poverty.'
    )
    assert {q.speaker for q in extract(text).quotes} == {"Debbie Abrahams"}
    text = 'Disability charity Scope said the cuts were "cruel and unnecessary".'
    assert {(q.speaker, q.kind) for q in extract(text).quotes} == {("Scope", "organisation")}


def test_a_document_from_a_body_speaks_for_it():
    text = (
        "Derek Vossberg was arrested on Wednesday, according to a statement from the Multnomah County "
        "District Attorney's Office."
    )
    assert {q.speaker for q in extract(text).quotes} == {"Multnomah County District Attorney's Office"}
    text = "A quarter of users upload content, according to a report by UK think-tank Demos. It said more."
    assert {q.speaker for q in extract(text).quotes} == {"Demos"}


def test_a_headline_man_is_nobody():
    assert {q.speaker for q in extract("Man charged that killed cyclist in crash").quotes} <= {None}


def test_a_role_in_apposition_may_name_its_portfolio():
    text = (
        'Meridian said it would appeal. "This decision is flawed," its president of global affairs, Nils Ekdahl, wrote.'
    )
    got = [(q.speaker, q.role) for q in extract(text).quotes if q.direct]
    assert got == [("Nils Ekdahl", "president of global affairs")]


def test_a_phrase_quoted_in_the_object_of_a_judging_verb_is_the_judges():
    text = 'Holloway accused his opponent of wanting to "gut" public schools.'
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Holloway"]
    text = "Wolves manager Gary O'Neil praised his side's \"never-say-die\" spirit."
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Gary O'Neil"]


def test_names_with_letters_beyond_latin_1():
    text = '"We will not retreat," said Łukasz Nowak. Water Minister Tanya Pliberšek agreed. "Never," she said.'
    assert [q.speaker for q in extract(text).quotes] == ["Łukasz Nowak", "Tanya Pliberšek"]


def test_a_natural_feature_is_no_speaker():
    text = "Irrigators in the Murray-Darling Basin have vowed to fight the plan to buy back water."
    assert {q.speaker for q in extract(text).quotes} <= {None}


def test_the_airline_is_the_airlines_named_and_a_place_opening_the_sentence_is_nobody():
    text = (
        "Passengers were stranded after pilots at Skyward Airlines walked out.\n\n"
        "The airline said it had cancelled 340 flights."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Skyward Airlines"]
    text = "At Gatwick, stranded passenger Joe Whitfield, 52, said he had been due to fly to Malaga."
    assert "Gatwick" not in {q.speaker for q in extract(text).quotes}


def test_a_term_in_quotation_marks_inside_an_apposition_does_not_hide_the_subject():
    text = (
        "NEW YORK, March 9 - Growth will pick up, the Harbour Market Committee said in a statement.\n\n"
        'The HMC, a group of basically "gradualist" private economists, said that "growth will '
        'accelerate in response to the central bank."'
    )
    quotes = [q for q in extract(text).quotes if q.text.startswith("growth")]
    assert [q.speaker for q in quotes] == ["Harbour Market Committee"]


def test_a_report_named_in_a_phrase_without_a_comma_is_the_body_s():
    text = (
        "KESTREL, March 5 - The outlook is bright, the Institute for Sea Economy in Kestrel said.\n\n"
        "In a report the Kestrel institute said the export outlook had not worsened.\n\n"
        '"The danger that exports will slump appears, all in all, limited," the report said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Institute for Sea Economy"]


def test_an_economic_measure_s_acronym_is_no_speaker():
    text = (
        "BONN, March 5 - The economy will grow by three pct, the Harbour Institute for Sea Economy said.\n\n"
        "The GNP forecast by the institute is more optimistic than others, some of which cut their GNP "
        "forecasts.\n\nNorland GNP growth will be led by domestic demand, the institute said.\n\n"
        '"The danger that exports will slump appears limited," the report said.'
    )
    assert [q.speaker for q in extract(text).quotes][1:] == ["Harbour Institute for Sea Economy"] * 2


def test_a_possessive_name_with_a_company_form_and_its_and_initials():
    text = (
        "NEW YORK, March 12 - Brandt and Moyle's Corp said it affirmed the ratings on Kestrel's debt.\n\n"
        "B and M pointed out that the loss came from a write-off.\n\n"
        '"Uncertainty abounds as to the firm\'s future ownership," B and M said.'
    )
    got = [q.speaker for q in extract(text).quotes]
    assert got[0] == "Brandt and Moyle's Corp"
    assert got[-1] == "Brandt and Moyle's Corp"


def test_a_title_before_a_shared_surname_picks_the_one_whose_role_it_abbreviates():
    text = (
        "WASHINGTON, March 23 - Senate Republican Leader Tom Varga said the veto would hold.\n\n"
        'Transportation Secretary Ann Varga said, "We\'re going to be working on that."\n\n'
        'But she conceded, "It will be tough."\n\n'
        '"He needs to show that he is in charge," Sen. Varga said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct][-1] == "Tom Varga"


def test_he_after_a_sentence_naming_a_possessor_then_a_subject_is_the_subject():
    text = (
        "LONDON, April 5 - The minister, Tom Kellan, left for Norland on Sunday.\n\n"
        '"I expect a positive response," Kellan said.\n\n'
        "Norland made no concessions ahead of Kellan's trip and Trade Secretary Ian Dorsey on Friday "
        "sought to dispel concern over the dispute.\n\n"
        '"We don\'t want a trade war," he said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tom Kellan", "Ian Dorsey"]


def test_a_plural_noun_ends_a_union_s_name_not_a_person_s_and_its_acronym_folds_to_it():
    text = (
        "DETROIT, June 1 - About 300 representatives of the United Glass Workers union met today.\n\n"
        'In addition, the UGW said, "full resumption of our wage formula is a top priority in these talks."'
    )
    assert [q.speaker for q in extract(text).quotes] == ["United Glass Workers"]


def test_an_acronym_may_keep_the_of_in_a_body_s_name():
    text = (
        "WASHINGTON, March 30 - The Norland Department of Fisheries (DOF) said it cleared the deal.\n\n"
        '"The deal is not likely to lessen competition," the DOF said in a statement.'
    )
    assert [q.speaker for q in extract(text).quotes][-1].endswith("Department of Fisheries")
    text = (
        "KESTREL, March 30 - The Bank of Kestrel said it would act.\n\n"
        '"Markets are calm and we will hold rates," the BOK said.'
    )
    assert [q.speaker for q in extract(text).quotes][-1] == "Bank of Kestrel"


def test_a_month_that_is_a_first_name_after_a_role_opens_a_name():
    text = (
        "CHICAGO, March 27 - Food stocks are emerging as winners.\n\n"
        '"This is an earnings-driven market," Harbour Securities food analyst June Varga said.\n\n'
        'As a result "companies now have a lower breakeven point," she said.'
    )
    assert [q.speaker for q in extract(text).quotes] == ["June Varga", "June Varga"]
    text = 'In June Varga said the market was "earnings-driven and strong today."'
    assert "June Varga" not in {q.speaker for q in extract(text).quotes}


def test_he_is_never_a_company_named_like_a_person():
    text = (
        "ZURICH, March 18 - Banker Hans Vontier said shareholders needed more protection.\n\n"
        "The recent attempt by Jakob Sutter AG to take over Hero Lenzmann <HERZ.Z> had shown the limits of "
        "a pledge by the banks.\n\n"
        '"People buying more than five pct of a company should be made to declare it," he said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Hans Vontier"]


def test_the_company_after_a_body_described_then_named_at_the_lead():
    text = (
        "STOCKHOLM, Mar 12 - Swedish mining and metals group Norvik AB <NRVK ST> forecast a return to profit.\n\n"
        '"These costs have arisen from a change of direction for the group," the company said in a statement.'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Norvik"]


def test_the_report_after_a_body_spoke_in_its_review():
    text = (
        "PARIS, June 18 - Norland should cut its budget deficit, the Harbour Council for Trade said.\n\n"
        "The HCT, in its semi-annual review of the world economy, said a failure to agree would hurt.\n\n"
        '"Monetary and fiscal policy appear to be the key factors behind the recovery," the report said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Harbour Council for Trade"]


def test_the_company_also_said_and_a_company_named_with_equipment():
    text = (
        "MARLBOROUGH, Mass., March 4 - Norvale Equipment said it is taking several initiatives.\n\n"
        "The company also said it is introducing three new systems."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Norvale Equipment"] * 2


def test_he_said_after_quotes_the_text_gives_to_a_man_outweighs_a_woman_s_first_name():
    text = (
        "BOCA RATON, March 19 - Beryl Vantongeren, chairman of the council, said growth was needed.\n\n"
        '"Stronger demand is needed to expand export markets," he told the meeting.\n\n'
        "Vantongeren said the recovery of demand in Norland has been weak.\n\n"
        '"Stronger demand growth would help give balance to the recovery," he said.\n\n'
        "Asked if Norland was living up to its commitments, he said recent figures showed weak growth."
    )
    assert [q.speaker for q in extract(text).quotes][-1] == "Beryl Vantongeren"


def test_he_said_after_an_unnamed_spokesman_said_something_of_a_named_person():
    text = (
        "SAN JOSE, March 26 - Tomas Arvelo, president of the central bank, has resigned, a bank spokesman said.\n\n"
        "The spokesman said Arvelo, 56, announced his decision at a board meeting yesterday. "
        '"He intends to dedicate himself to teaching," he said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == [None]


def test_a_quotation_after_a_sentence_whose_subject_warned_after_a_phrase():
    text = (
        "WASHINGTON, March 20 - Finance Minister Gustavo Perales said the new loan package was the most "
        "comprehensive yet.\n\n"
        "But, in remarks prepared for the signing ceremony, he warned against complacency. "
        '"The debt problem is not solved."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Gustavo Perales"]


def test_a_site_named_before_its_noun_is_no_body_that_speaks():
    text = (
        "ST. JOHN'S, March 3 - Harbour-Petro said it will drill two wells this summer.\n\n"
        "The Kestrel-Nova field, lying 350 kilometers east of the coast, was discovered by Harbour-Petro.\n\n"
        '"We have had encouraging results from the eastern portion of the field," the company said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Harbour-Petro"]


def test_a_possessor_s_qualified_statement_is_theirs():
    text = (
        "TOKYO, April 8 - Treasury Secretary Tom Varga spoke on Monday.\n\nBut the market also noted Varga's "
        'additional statement that "the accord is still operative," and this caused some short-covering, the '
        "dealers said."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tom Varga"]


def test_according_to_a_report_by_a_person_is_the_person_s():
    text = (
        'NEW YORK, March 5 - "Kestrel\'s management shift sets the stage for the company to grow," according '
        "to a report by Tom Varga, first vice president at Harbour Securities."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tom Varga"]


def test_a_quotation_the_sentence_carries_on_past_takes_the_attribution_ending_it():
    text = (
        "CHICAGO, June 3 - Kestrel Corp said it would fight the ruling.\n\n"
        '"We are certainly taking a look at appealing" the ruling in state court, the Kestrel spokeswoman said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Kestrel Corp"]


def test_an_employer_before_a_surname_named_in_full_earlier_is_that_person():
    text = (
        'NEW YORK, March 2 - "It is a test," said William Oakes, coffee analyst with Harbour Futures.\n\n'
        'But Harbour Oakes said, "The roasters are not overstocked by any means."'
    )
    assert [q.speaker for q in extract(text).quotes] == ["William Oakes", "William Oakes"]


def test_a_short_company_name_finds_the_one_written_with_its_form():
    text = (
        "HENDERSON, June 2 - The owners, (Harbour Southwire Aluminum Co) and Kestrel Ltd, said costs would rise.\n\n"
        '"It is still possible we will have to close the smelter," a Harbour Southwire spokesman said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Harbour Southwire Aluminum Co"]


def test_it_said_after_a_sentence_whose_body_spoke_of_another_is_the_one_that_spoke():
    text = (
        "BRUSSELS, March 4 - The Northern Union is close to bankruptcy, the Harbour Executive Board said in a "
        'report.\n\nIn its bluntest warning yet, it said "The Union faces a budgetary situation that can only be '
        'called dire."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Harbour Executive Board"]


def test_a_region_in_brackets_inside_a_company_s_name_does_not_hide_the_analyst():
    text = 'TOKYO, March 5 - "This is where the market is going," said Harbour Brothers (Asia) Ltd analyst Ann Varga.'
    assert [q.speaker for q in extract(text).quotes] == ["Ann Varga"]


def test_an_editorial_speaks_for_its_paper_whatever_time_phrase_follows():
    text = (
        'BEIJING, April 1 - "Raising the price of grain would conflict with stability," said a Harbour Daily '
        "editorial this month."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Harbour Daily"]


def test_the_officer_or_executive_added_after_a_named_person_is_that_person():
    text = (
        "DETROIT, March 12 - Kestrel Finance treasurer Tom Varga said the issue sold quickly.\n\n"
        '"We will continue to look at multi-tiered financings," Varga said.\n\n'
        '"We want to see how it went and where the securities were placed," the Kestrel officer added.\n\n'
        '"This is a new market for us," Varga said.\n\n'
        '"There is a lot of our paper out there," the executive added.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tom Varga"] * 4


def test_a_sentence_quoted_whole_may_lose_its_comma_before_the_cue():
    text = (
        "NEW YORK, March 3 - Analysts said the buyback was meant to placate shareholders.\n\n"
        '"He was obviously the big trigger" said analyst Tom Varga of Harbour Securities. '
        '"There was a firestorm of criticism."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tom Varga", "Tom Varga"]
    text = 'LONDON, May 2 - The so-called "reform plan" said to be ready was delayed again.'
    assert {q.speaker for q in extract(text).quotes if q.direct} <= {None}


def test_a_time_phrase_between_a_subject_and_its_cue():
    text = (
        "LONDON, Jan 5 - Chancellor Nigel Lawton spoke on Friday.\n\n"
        'Lawton as recently as December 17 said that "I very much doubt there will be much scope for cuts."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Nigel Lawton"]


# --- rules from the seventy-sixth to eightieth Reuters samples (ninth session) ---------------


def _direct(text: str) -> list:
    return [q.speaker for q in extract(text).quotes if q.direct]


def test_a_signed_editorial_speaks_for_its_signer_and_a_model_number_is_no_body():
    text = (
        "WASHINGTON, April 8 - A drug called Zentarin-4, also known as ZT-4, is made by cells.\n\n"
        '"Perhaps we are at the end of the beginning of the search for a cure," said the editorial, '
        "signed by Ellen Varga of Boston's Harlow Clinic.\n\n"
        '"These observations surely did not describe approaches ready for use," the editorial said.\n\n'
        '"We may be near the end of our search for a direction," the editorial concluded.'
    )
    assert _direct(text) == ["Ellen Varga"] * 3


def test_a_lower_case_government_body_speaks_through_its_spokesman():
    text = (
        "TOKYO, March 3 - Rates rose.\n\n"
        '"We will not intervene in the market at these levels," a finance ministry spokesman said.\n\n'
        '"The yen is stable now and we see no need," he said.'
    )
    assert _direct(text) == ["Finance Ministry"] * 2


def test_a_story_sent_in_lower_case_gets_its_speakers_names():
    para = (
        "the officials said talks were progressing and that the banks would meet again next week in "
        "new york to discuss the terms of the rescheduling agreement for the public sector debt.\n\n"
    )
    text = (
        "Norvia seeks flexibility from banks\n\n"
        "caracas, feb 26 - norvia is seeking a flexible attitude from its creditor banks, finance "
        "minister manuel varrega told a press conference.\n\n"
        + para
        + "Varrega said norvia has shown solidarity with other debtors.\n\n"
        + '"debtors and creditors have a joint responsibility for a lasting solution," varrega said.\n'
    )
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes if q.direct] == ["Manuel Varrega"]
    # the quote's text is the story's own, not the recased one
    assert [q.text for q in quotes if q.direct][0].startswith("debtors and creditors")


def test_a_company_division_named_like_a_person_is_no_person():
    text = (
        "NEW YORK, March 9 - Analysts expect a bid.\n\n"
        'Jerry Dallan, analyst with Corner Dallan division of Harbour and Co, said, "They have been '
        'rumored to be buying other supermarkets as well."\n\n'
        '"My guess is that the company does not want to be bought out," said Dallan.'
    )
    assert _direct(text) == ["Jerry Dallan"] * 2


def test_an_attribution_that_ends_a_paragraph_after_a_lost_closing_mark():
    text = (
        "NEW YORK, March 9 - Norvex is likely seeking to buy Halbrook Stores, analysts said.\n\n"
        "\"There's been rumors that they've taken a position in the company, said Wood Gundie analyst "
        "Edwin Corlew.\n\n"
        "Norvex was not available for comment."
    )
    quotes = [q for q in extract(text).quotes if q.direct]
    assert [q.speaker for q in quotes] == ["Edwin Corlew"]
    assert quotes[0].text.rstrip(",").endswith("in the company")
    # several sentences before the cue: narrative after a lost mark, not one attribution
    text = (
        'MADRID - Moya confirmed afterwards: "I am donating my prize money to the victims. His gift '
        "follows pledges by four other players. The tour's sponsor, Zentra, said it would also contribute.\n"
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] != ["Zentra"]


def test_adding_after_an_unnamed_source_cue_is_that_source():
    text = (
        "PARIS, March 16 - Finance Minister Edwin Corlew said he was keeping his target.\n\n"
        "A Finance Ministry statement said the differential had narrowed in February.\n\n"
        "If calculated on the last 12 months, the differential came to 3.9 pct, the statement said, "
        'adding "The tendency is therefore one of a lessening of the inflation gap."'
    )
    assert _direct(text) == ["Finance Ministry"]


def test_a_quote_after_the_us_and_that_stays_in_its_reported_sentence():
    text = (
        "BRUSSELS, April 2 - The Community published a list of barriers.\n\n"
        "Commissioner Willy Van Dorsel said its object was to show such actions were not solely taken "
        'by trading partners of the U.S. And that "the U.S. Were not innocents in the matter."'
    )
    assert _direct(text) == ["Willy Van Dorsel"]


def test_it_after_a_days_statement_is_the_body_that_issued_it():
    text = (
        "KUWAIT, June 2 - Norvia today rejected charges that its boats were spying.\n\n"
        "A U.S. Senate team was scheduled today to meet the Crown Prince.\n\n"
        "Today's Foreign Ministry statement, carried by the news agency, said the detention was not "
        "the first.\n\n"
        "Tehran in the past had held back a number of vessels, it said.\n\n"
        '"However, Norvia is perplexed that this time the charges are accompanied by accusations," it said.'
    )
    assert _direct(text) == ["Foreign Ministry"]


def test_a_dutch_company_form_before_the_name_and_its_short_form():
    text = (
        "AMSTERDAM, March 18 - NV Harbour Shipping Lines <HSL.AS> is not negotiating a takeover, a "
        "Harbour spokeswoman said.\n\n"
        '"The law requires that at least 75 pct of shares be owned by local firms," the spokeswoman added.'
    )
    assert _direct(text) == ["Harbour Shipping Lines"]


def test_quoted_in_a_paper_as_saying_is_the_subjects_quote():
    text = (
        "MINNEAPOLIS - The bill passed.\n\n"
        "Edwin Corlew, the House speaker designate, was quoted in the Harbour Star and Tribune as "
        'saying, "We are taking their concerns very seriously and we will help."'
    )
    assert _direct(text) == ["Edwin Corlew"]
    text = (
        "BRUSSELS - Aid flowed.\n\n"
        "The EU's Humanitarian Aid Commissioner, Louis Varrel, was quoted as saying that it was key to "
        'bring aid "in those vital hours and days immediately after the disaster".'
    )
    assert _direct(text) == ["Louis Varrel"]


def test_he_after_someone_who_said_is_that_new_speaker():
    text = (
        "CAMBRIDGE - Talks dragged.\n\n"
        "Central bank president Jorge Feliz Marrano said Argentina may not receive the loans.\n\n"
        '"We have to introduce some common sense into the discussion," Marrano said this week.\n\n'
        "He was echoed by Mexico's deputy planning minister, Ramon Ortiz Beltran, who said the delay "
        'has made it difficult to plan. "It\'s a sad affair," he told the meeting.'
    )
    assert _direct(text) == ["Jorge Feliz Marrano", "Ramon Ortiz Beltran"]


def test_a_document_issued_by_a_party_speaks_for_it():
    text = (
        "BRASILIA, Feb 23 - The Norvian Democratic Movement Party (NDMP) backed the move.\n\n"
        '"The road to dignity has no return," said a document issued by the NDMP.'
    )
    assert _direct(text) == ["Norvian Democratic Movement Party"]


def test_the_group_led_by_a_person_is_that_persons():
    text = (
        "WASHINGTON, March 6 - An investor group led by New York investor George Varga said it was "
        "dissatisfied with Harbour Industries Inc management.\n\n"
        "The group already controls 11.5 pct of Harbour Industries.\n\n"
        "The group said its representatives had met with Harbour Industries officials to inform them "
        '"that they do not believe management has been successful in protecting shareholder values."\n\n'
        'It said it was considering purchases to "assert a greater degree of influence over the future '
        'management of the issuer."'
    )
    assert _direct(text) == ["George Varga"] * 2


def test_it_after_the_company_said_is_the_company_that_spoke():
    text = (
        "WASHINGTON, Oct 19 - A group of firms led by Harbour Equity (Pacific) Ltd said it acquired "
        "969,515 shares of Zentra Oil Corp, or 5.4 pct of the company's stock.\n\n"
        "Harbour Equity said the stake was acquired for investment purposes.\n\n"
        'The company said it informed Zentra of its "good faith intention" to buy more stock.\n\n'
        'It said it also told Zentra it "may depending on market conditions acquire 50 pct or more of '
        'the voting securities."'
    )
    assert _direct(text)[-1] == "Harbour Equity"


# --- rules from the eighty-first to eighty-fifth Reuters samples (ninth session) -------------


def test_a_report_by_the_staff_of_a_committee_is_the_committees():
    text = (
        "WASHINGTON, March 3 - Two senators charged the department with delays.\n\n"
        "The charges were based on a report by subcommittee staffs of the Senate Harbour Committee and "
        "the Joint Norvale Committee on the Justice Department investigation.\n\n"
        '"Serious mistakes were made at every stage of the investigation and much time was wasted," '
        "the report said."
    )
    assert _direct(text) == ["Senate Harbour Committee"]


def test_a_participle_opening_the_sentence_is_no_speaker():
    text = (
        "TORONTO, March 3 - Harbour chief executive George Varga told a news conference that Harbour "
        "might expand.\n\n"
        'Stressing that company growth would be internal, Varga told reporters "that our game plan does '
        'not call for an acquisition," saying Harbour recently rejected merger overtures.'
    )
    assert _direct(text) == ["George Varga"]


def test_he_after_a_sentence_whose_cue_a_named_person_ends_is_that_person():
    text = (
        "ZURICH, June 2 - The decision by Paul Varrick not to serve a third term as chairman of the "
        "Federal Reserve Board is a shock for financial markets, Hans Molder, senior economic adviser to "
        "Harbour First Boston, said.\n\n"
        '"The markets will believe there will be pressure for a more expansive policy," he said.\n\n'
        '"I would say this is quite a shock for the world economy," he added.'
    )
    assert _direct(text) == ["Hans Molder"] * 2


def test_a_lost_closing_mark_before_an_inverted_cue_and_more_narrative():
    text = (
        "NEW YORK - Banks rose.\n\n"
        '"I do not see any reason to change full year earnings estimates, said Frederick Molder, analyst '
        "at E.F. Harbour Co. He thinks the dispute could end soon.\n"
    )
    quotes = [q for q in extract(text).quotes if q.direct]
    assert [q.speaker for q in quotes] == ["Frederick Molder"]
    assert quotes[0].text.rstrip(",").endswith("earnings estimates")


def test_a_document_subject_with_a_long_description_before_its_cue():
    text = (
        "RIYADH - Spending is under control.\n\n"
        'A U.S. Embassy report on Norvia published just before the budget said: "While '
        "industrialisation has continued to be one of the highest priorities, the recession has reduced "
        'interest in industry."'
    )
    assert _direct(text) == ["U.S. Embassy"]


def test_the_company_after_a_company_opening_with_a_participle_clause():
    text = (
        "TORONTO, March 5 - <Harbour Aerospace Ltd>, reporting a sharply lower 1986 profit, said it "
        "anticipated solid growth.\n\n"
        '"Looking to the longer term, Harbour is confident that its work will lead to significant '
        'growth," the company said.'
    )
    assert _direct(text) == ["Harbour Aerospace Ltd"]
    text = (
        "NEW YORK, April 9 - Goldvane, Sachs and Co, responding to the indictment of Robert Freeman, said "
        "it believes he did not violate the law.\n\n"
        '"Based on all we now know, we continue to believe in him," the company said in a statement.'
    )
    assert _direct(text) == ["Sachs"]


def test_a_name_its_apposition_with_a_period_and_no_comma_before_said():
    text = (
        "NEW YORK - Imports will resume.\n\n"
        "Youcef Yarro, director-general of Harbourtrach, indicated in an interview that such imports "
        "would be made this year.\n\n"
        '"Contract negotiations and the time required to restart terminals will delay the import until '
        '1988," Daniel Tovis, a natural gas analyst with Shearson Lehman Bros. said.'
    )
    assert _direct(text) == ["Daniel Tovis"]


def test_an_apposed_speaker_before_a_second_quotation_keeps_both():
    text = (
        "Exit polls showed support.\n\n"
        "''He says what everyone else wants to say but they're too scared to say,'' Steve Marlow, a "
        "small-business owner, said at the rally on Tuesday. ''He is the one.''\n"
    )
    assert _direct(text) == ["Steve Marlow"] * 2


def test_a_participle_after_a_prepositional_object_is_not_the_clause_subjects():
    text = (
        "The Harbour Advocate had chided President Tom Varrick for continuing his vacation.\n\n"
        "Varrick did visit the state, but not until the week after the newspaper's editorial telling him "
        'to leave his "playground for the posh and well-connected" and visit the state.'
    )
    assert "Tom Varrick" not in _direct(text)


# --- rules from the eighty-sixth to ninetieth Reuters samples (ninth session) ----------------


def test_a_partnership_written_with_commas_before_an_analyst():
    text = (
        "NEW YORK - Stocks fell.\n\n"
        '"Last time there was a tremendous amount of stock sold, which was offset by buy programs," said '
        "Dalton, Lufkin and Jarrette Inc analyst William Varcus."
    )
    assert _direct(text) == ["William Varcus"]


def test_an_apposed_role_in_lower_case_and_a_capitalised_told():
    text = (
        'TOKYO - "For Tokyo to become the third link in a triangle, it will need a better environment," '
        "Robert Binwell, senior vice-president of Harbour Manhattan Bank N.A., Told a group of members of "
        "parliament."
    )
    assert _direct(text) == ["Robert Binwell"]


def test_he_is_never_a_firm_named_like_a_person_before_its_form():
    text = (
        "TORONTO - Stocks closed lower.\n\n"
        '"By and large, we had a good dose of profit taking today," Harbour Placid Canada Inc analyst '
        'John Ingle commented. "It is more developments in the U.S. that appear to be influencing '
        'prices," he added.'
    )
    assert _direct(text) == ["John Ingle"] * 2


def test_a_person_of_a_firm_named_after_him_said():
    text = (
        "NEW YORK - Stocks fell.\n\n"
        '"I think there will be a substantial swap out of futures and into stocks," Jeffrey Marlow, of '
        'Marlow Tabak Hirsch and Co said. "(But) I am bound to be wrong this time round."'
    )
    assert _direct(text) == ["Jeffrey Marlow"] * 2


def test_he_is_never_a_place_the_gazetteer_lacks_after_at():
    text = (
        "TAUPO, March 24 - A new round is needed, Trade Representative Clayton Yarrow said.\n\n"
        '"That is really a strong rationale why we need a new round," he said.\n\n'
        "The eighth round of negotiations was launched at Punta del Zorro in Uruguay in September.\n\n"
        '"Clearly those countries need open markets for that to happen," he said.'
    )
    assert _direct(text) == ["Clayton Yarrow"] * 2


# --- rules from the ninety-first to ninety-fifth Reuters samples (tenth session) ---------------


def _all(text: str) -> list:
    return [(q.direct, q.speaker) for q in extract(text).quotes]


def test_a_linking_word_before_a_name_is_no_part_of_it():
    text = (
        "PORTVALE, March 31 - Reforms will take decades, an economist told reporters.\n\n"
        "But Gao Jianming, the Washington representative of the Harbour Reform Institute, said the "
        "reforms are not at risk.\n\n"
        '"The most difficult thing is to strike the balance between independence and control," he said.'
    )
    assert _direct(text) == ["Gao Jianming"]


def test_he_as_a_chinese_surname_inside_a_sentence():
    text = (
        "PORTVALE, March 31 - Reforms will take decades, an economist told reporters.\n\n"
        "But He Jianming, the Washington representative of the Harbour Reform Institute, said the "
        "reforms are not at risk.\n\n"
        '"The most difficult thing is to strike the balance between independence and control," He said.\n\n'
        '"We are exploring ways of doing this, through leasing or other means," he added.'
    )
    assert _direct(text) == ["He Jianming"] * 2
    # a capitalised "He" opening a sentence stays a pronoun, and a headline's is no name
    assert _direct('He Thinks Twice\n\nPORTVALE - "We will wait and see," said Ida Brenner.') == ["Ida Brenner"]


def test_a_pronoun_takes_whom_the_same_pronoun_before_it_took():
    text = (
        "PORTVALE, March 3 - Trade Secretary Tom Ridley spoke at length on Monday.\n\n"
        '"Firms use every excuse to get money and materials from the banks," he said.\n\n'
        '"Also, it is not good to report profits, which would mean higher tax payments," he added.\n\n'
        "Large-scale price adjustments would have an adverse impact and create discontent.\n\n"
        "Price reform has been one of the most sensitive parts of the programme this year.\n\n"
        "Widespread discontent over price rises was one of the causes of the unrest last winter.\n\n"
        "The reform of wholesale prices will take place over three or four years, officials expect.\n\n"
        "The programme was launched in 1979 and has been revised four times since then.\n\n"
        "Many of its targets were met early, and some were raised after the first two years.\n\n"
        "Some economists think the pace of change has slowed in the last twelve months.\n\n"
        "Others say it has not, pointing to the growth of markets in the coastal provinces.\n\n"
        '"We must preserve unity and popular support before anything else," he said.'
    )
    assert _direct(text) == ["Tom Ridley"] * 3


def test_the_pronoun_chain_breaks_at_an_unnamed_speaker_or_person():
    base = (
        "PORTVALE, March 3 - Trade Secretary Tom Ridley spoke at length on Monday.\n\n"
        '"Firms use every excuse to get money and materials from the banks," he said.\n\n'
        "Large-scale price adjustments would have an adverse impact and create discontent.\n\n"
        "Price reform has been one of the most sensitive parts of the programme this year.\n\n"
        "Widespread discontent over price rises was one of the causes of the unrest last winter.\n\n"
        "The reform of wholesale prices will take place over three or four years.\n\n"
        "The programme was launched in 1979 and has been revised four times since then.\n\n"
        "Many of its targets were met early, and some were raised after the first two years.\n\n"
        "{between}\n\n"
        '"We must preserve unity and popular support before anything else," he said.'
    )
    dealer = base.format(between="Prices will rise, one senior coffee dealer said.")
    assert _direct(dealer) == ["Tom Ridley", None]
    man = base.format(between="The man who ran the market had left the city by then.")
    assert _direct(man) == ["Tom Ridley", None]


def test_a_cue_before_an_abbreviation_and_its_quotation():
    text = (
        "PORTVALE, March 3 - Harbour officials met on Friday.\n\n"
        'Ida Brenner said in a television interview in the U.S. "We are fully prepared to do what is '
        'necessary to keep the port open."'
    )
    assert _direct(text) == ["Ida Brenner"]


def test_a_surname_with_the_arabic_article_is_the_same_person_without_it():
    text = (
        "PORTVALE, April 13 - Oil exports rose.\n\n"
        "Khalid al-Farsi, marketing director at the Portvale Oil Co, told a magazine the firm was keen.\n\n"
        'Farsi said "a practical and flexible pricing policy was implemented this year."\n\n'
        'Al-Farsi said "we will keep our customers happy in every market we serve."'
    )
    assert _direct(text) == ["Khalid al-Farsi"] * 2


def test_he_is_not_a_partnership_named_before_its_analyst():
    text = (
        "NEW YORK, March 3 - Bonds were flat.\n\n"
        '"It has not yet shown that it can break out of its low range," said Harbour Lane and Booker '
        'analyst Ida Brenner. "It needs something, but it is not going to be news," she said.'
    )
    assert _direct(text) == ["Ida Brenner"] * 2


def test_a_body_s_initials_in_apposition_are_no_subject():
    text = (
        "PORTVALE, March 3 - Lenders met.\n\n"
        "Tom Ridley, chairman of the Harbour Credit Administration, HCA, which regulates the harbour "
        'credit system, yesterday said a secondary market would be positive "as long as the harbour '
        'credit system is a key player."'
    )
    assert _direct(text) == ["Tom Ridley"]


def test_the_company_is_the_one_whose_spokesman_the_sentence_named():
    text = (
        "PORTVALE, March 3 - Police are looking into the trades.\n\n"
        "Police said they were investigating 14 other cases.\n\n"
        "A Harbour Benson spokesman declined to comment on the case but the company said in a statement "
        'yesterday a small loss was unrelated to "certain alleged forex irregularities in the division."'
    )
    assert _direct(text) == ["Harbour Benson"]


def test_the_agent_of_contacted_by_is_no_speaker():
    text = (
        "ROME, March 3 - Banks were studying a bond issue.\n\n"
        "A Norvale spokesman contacted by Reuters said the company had no comment to make on a bond "
        'issue, saying any decision to be taken "did not depend on Norvale alone."'
    )
    assert [s for d, s in _all(text)] == ["Norvale"] * 3


def test_a_document_speaks_for_whoever_presented_it():
    text = (
        "WASHINGTON, June 2 - A drug can suppress a wide range of diseases.\n\n"
        "A paper on Zentarin, presented at the Third Conference on Harbour Diseases by Cancer Institute "
        'researcher Ida Brenner, said, "we now report that the compound can suppress a wide range of '
        'viruses in test tubes."'
    )
    assert _direct(text) == ["Ida Brenner"]


def test_a_short_company_name_is_the_fuller_one_written_with_its_form():
    text = (
        "PORTVALE, April 13 - Ida Brenner's food company Industrie Norvale Perugina Spa said it has "
        "acquired the food group Vismara.\n\n"
        '"The acquisition represents a diversification in a market sector worth billions," Norvale said.'
    )
    assert _direct(text) == ["Industrie Norvale Perugina"]
    lp = (
        "NEW YORK, March 5 - The <Harbour Grace Capital Management L.P.> group said it is confident.\n\n"
        'The Harbour Grace Capital group said banks are interested, "adding we are reasonably confident '
        'that the financing can be quickly arranged."'
    )
    assert _direct(lp) == ["Harbour Grace Capital Management"]


def test_the_association_is_the_body_named_with_that_word():
    text = (
        "NEW YORK, March 17 - The National Association of Harbour Dealers said all exchanges should adopt "
        "the rule.\n\n"
        "The rule would allow exceptions for some firms, Parrillo said.\n\n"
        '"A uniform rule should be written to cure what some call an abusive practice," the association '
        "said in the statement."
    )
    assert _direct(text) == ["National Association of Harbour Dealers"]


def test_the_paper_is_the_newspaper_named_before():
    text = (
        "PEKING, March 2 - Banks will issue more bonds, a bank official was quoted by the Harbour Daily "
        "as saying.\n\n"
        "Xie was quoted as saying the cash shortage means some firms do not run at full capacity.\n\n"
        'The paper said, "Reliable sources disclosed that the country is running a budget deficit."'
    )
    assert _direct(text) == ["Harbour Daily"]


def test_a_passive_cue_gives_no_source():
    text = (
        "PORTVALE, July 7 - The families were told on Monday.\n\n"
        "And the Harbour Bureau was warned about the gunman, but he still managed to buy a rifle.\n\n"
        "Texas was called for Tom Ridley moments after the polls closed."
    )
    assert [q for q in extract(text).quotes if q.speaker in ("Harbour Bureau", "Texas")] == []


def test_a_person_of_an_employer_described_in_lower_case_speaks():
    text = (
        "ROME, March 3 - Politics hurt the economy.\n\n"
        "Luigi Marchetti, president of the employers organisation Confarte said in a speech yesterday, "
        '"What is certain is that a precarious political situation is damaging to the economy."\n\n'
        "Economist Wendy Smith Corrie of the brokerage Harbour Thomson Bongard Inc said "
        '"it shows the economy is not moving along very steadily at all."'
    )
    assert _direct(text) == ["Luigi Marchetti", "Wendy Smith Corrie"]


def test_told_after_a_described_speaker_names_the_listener():
    text = (
        "MILAN, June 16 - Shares rose.\n\n"
        '"The result is positive in the sense that the Communists suffered a defeat," director Paolo '
        "Azzardi at Milan investment bank <ABK Spa>, told Reuters.\n\n"
        '"Sanders is tapping into something very deep inside the party," Simon Rosen, a Clinton '
        "supporter, told the New Yorker."
    )
    assert _direct(text) == ["Paolo Azzardi", "Simon Rosen"]


def test_a_long_agency_name_quoted_him_as_saying():
    text = (
        "ABU DHABI, June 29 - The two states agreed to seek an end to the war, Minister of State Rashid "
        "Abdulla al-Nasri said today.\n\n"
        '"We agreed during the talks to initiate efforts to end the war," the Emirates news agency WAM '
        "quoted him as saying."
    )
    assert _direct(text) == ["Rashid Abdulla al-Nasri"]


def test_the_trade_group_is_what_the_group_was_before():
    text = (
        "WASHINGTON, March 25 - The Harbour Industry Association urged the government to impose sanctions.\n\n"
        "In a letter to Treasury Secretary James Baker the group said sanctions should be imposed.\n\n"
        "The group said action by Japan to cut exports is not what is required.\n\n"
        '"America\'s interests require that agreements be honored by every government," the trade group said.\n\n'
        "The White House Economic Policy Council is expected to discuss possible sanctions.\n\n"
        "The trade group said Japan has not lived up to the terms of the agreement."
    )
    assert [q.speaker for q in extract(text).quotes][-2:] == ["Harbour Industry Association"] * 2


# --- rules from the hundred-sixth to hundred-tenth Reuters samples (tenth session) -------------


def test_he_after_a_speaker_whose_first_name_suggests_she_goes_on_with_that_speaker():
    text = (
        "TOKYO, March 3 - Trade talks resumed.\n\n"
        "Tomas de Hora, the visiting trade envoy, said the surplus must fall.\n\n"
        '"The yen has risen sharply against the dollar this year, so exports must slow," said Azusa '
        'Hayashi, director of the trade division of the Foreign Ministry. "If you want my view, I do not '
        'expect a drastic improvement this year," he said.'
    )
    assert _direct(text) == ["Azusa Hayashi"] * 2


def test_a_bracketed_acronym_with_a_country_s_initials_the_name_leaves_out():
    text = (
        "WELLINGTON, March 18 - Inflation should decline, the Institute of Harbour Research (NZIHR) said.\n\n"
        '"Falling inflation is likely to give significant scope for lower interest rates," the NZIHR said.'
    )
    assert _direct(text) == ["Institute of Harbour Research"]


def test_an_office_that_goes_on_past_of_the_is_the_person_s_role():
    text = (
        "LONDON, March 17 - Chancellor of the Exchequer Tom Ridley, presenting his budget to Parliament, "
        "said growth was forecast at three pct.\n\n"
        '"The pound will stay strong against the dollar this year," the Chancellor told Parliament.'
    )
    assert _direct(text) == ["Tom Ridley"]


def test_spokespeople_of_bodies_named_before():
    text = (
        "MADRID, March 16 - The Bank of Portvale is relaxing exchange controls, a central bank spokesman "
        "said.\n\n"
        '"The measures were designed to lift restrictions on foreign currency operations," he said in a '
        "telephone interview.\n\n"
        '"Discussions will get underway soon but no specific choice has been made yet," a spokesman for '
        "Harbour Lyonnais who declined to be named said."
    )
    assert _direct(text) == ["Bank of Portvale", "Harbour Lyonnais"]


def test_the_spokeswoman_is_the_one_introduced_however_far_back():
    lead = "NEW YORK, March 19 - Norvale expects to diversify, a Norvale spokeswoman said.\n\n"
    filler = "".join(f"Sales rose {n} pct in the region in the year to March.\n\n" for n in range(2, 12))
    text = (
        lead
        + filler
        + (
            "But the spokeswoman pointed out that many companies are holding talks.\n\n"
            '"We are in discussions and are looking forward to some response," she said.'
        )
    )
    assert _direct(text) == ["Norvale"]


def test_a_cue_with_no_subject_and_a_participle_after_an_adjunct():
    text = (
        "OSLO, Oct 19 - Harbour Data A/S <HBD.OL> said weak sales forced it to lower its forecast.\n\n"
        "Harbour Data said in August it expected to show a pre-tax profit of 550 mln crowns.\n\n"
        "Sales were lowered after North America lagged, the company said in a statement, adding: "
        '"It is doubtful that this can be compensated by an extra increase in Europe."\n\n'
        "Ida Brenner said talks took a long time because 20 countries were involved. But added: "
        '"Time is now ripe and all circumstances are appropriate for progress."'
    )
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes if q.direct] == ["Harbour Data", "Ida Brenner"]
    august = next(q for q in quotes if "pre-tax" in q.text)
    assert august.text.startswith("it expected") and august.speaker == "Harbour Data"


def test_a_founding_year_between_a_bank_and_its_form():
    text = (
        "COPENHAGEN, March 9 - Den Norvale Bank af 1871 A/S said it was issuing the first certificates "
        "of deposit from a Danish bank."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Norvale Bank"]


def test_two_bodies_speaking_together_are_the_first_named():
    text = (
        "DETROIT, April 8 - Norvale Corp and Regie Nationale des Usines Portvale said they agreed to "
        "extend the talks by two weeks.\n\n"
        'Norvale and Portvale said, "Given the complex nature of the deal, the need for additional time '
        'was to be expected."'
    )
    assert _direct(text) == ["Norvale"]


# --- rules from the hundred-eleventh to hundred-fifteenth Reuters samples (tenth session) --------


def test_a_nickname_in_brackets_is_no_part_of_the_name():
    text = (
        "AUSTIN, March 3 - The industry has bottomed out.\n\n"
        '"The attitude expressed here today is a great deal more optimistic," Commissioner James E. '
        "(Jim) Nugard told Reuters."
    )
    assert _direct(text) == ["James E. Nugard"]


def test_one_name_after_an_office_in_lower_case_or_past_of():
    text = (
        "JAKARTA, April 6 - Indonesian Energy minister Sudarto said he was confident of stability.\n\n"
        '"We are very confident that things will continue this way," he said.'
    )
    assert _direct(text) == ["Sudarto"]
    office = (
        "TOKYO, March 5 - Prices will stay volatile, Indonesian Minister of Mines and Energy Sudarto "
        "told Reuters.\n\n"
        'Asked about the committee, Sudarto said: "Apparently they have taken care of that."\n\n'
        '"They meet very often among themselves. I think they will help each other," he said.'
    )
    assert _direct(office) == ["Sudarto"] * 2


def test_capitalised_words_the_article_also_writes_in_lower_case_are_no_person():
    text = (
        "WASHINGTON, July 29 - She worked in the 9th Congressional District for years, a district she "
        "knew well; congressional staff said she was a top operative.\n\n"
        "But after Dena Minning came on the scene and Ron Grayling decided to run for Senate, he told "
        "Randolph and others that she should step aside."
    )
    people = [q.speaker for q in extract(text).quotes]
    assert "Congressional District" not in people


# --- rules from the hundred-sixteenth to hundred-twentieth Reuters samples (tenth session) -----


def test_said_if_reports_a_condition_and_the_quote_after_goes_on():
    text = (
        "WASHINGTON, March 3 - Farm exports fell.\n\n"
        "Richard Lynd said if the federal deficit came down, this would help exports. "
        '"A failure to get the fiscal deficit under control is having a harmful effect on exports."'
    )
    assert [(q.direct, q.speaker) for q in extract(text).quotes] == [(False, "Richard Lynd"), (True, "Richard Lynd")]


def test_a_participle_goes_on_from_the_last_named_cue_of_its_sentence():
    text = (
        "WASHINGTON, March 3 - Trade figures improved.\n\n"
        "Ealier, Treasury Secretary James Baxter told the committee that the deficit had levelled off, but "
        'Malcolm Baldridge said he was more optimistic, adding, "I think we turned the corner in February."'
    )
    assert _direct(text) == ["Malcolm Baldridge"]


def test_a_study_conducted_by_two_doctors_speaks_for_the_first():
    text = (
        "NEW YORK, March 3 - Two children were treated with the drug.\n\n"
        '"The children are now more active and have begun to gain weight and height," the study, '
        "conducted by Doctors Michael Hershey and Rebecca Buckland, said."
    )
    assert _direct(text) == ["Michael Hershey"]


def test_they_after_two_people_named_together_is_the_first():
    text = (
        "OSLO, March 3 - Soviet energy reform will be slow.\n\n"
        "Norwegian academics Arne Moen and Helge Ole Berg said the fuel industries were a pillar of the "
        'economy. "Any experiment on a large scale cannot be allowed, because the consequences would be '
        'too great," they said.'
    )
    assert _direct(text) == ["Arne Moen"]


# --- rules from the hundred-twenty-first to hundred-twenty-fifth Reuters samples (tenth session) -


def test_a_subject_with_an_adverb_before_its_participle_is_what_the_company_stands_for():
    text = (
        "DAYTON, Ohio, April 13 - Norvex Corp, earlier reporting higher first quarter profit, said it "
        "continues to expect record earnings.\n\n"
        '"Our optimism is based on our incoming order rates and the strength of our product lines," the '
        "company said."
    )
    assert _direct(text) == ["Norvex Corp"]


def test_a_bare_spokesman_in_the_lead_speaks_for_the_body_it_names_first():
    text = (
        "LONDON, March 31 - British package courier <Harbex Express Plc> does not plan to bid for "
        "Purolator Courier Corp, a spokesman said.\n\n"
        '"There is no intention of making any sort of approach to Purolator," the spokesman told Reuters.'
    )
    assert _direct(text) == ["Harbex Express Plc"]


# --- rules from the hundred-twenty-sixth to hundred-thirtieth Reuters samples (tenth session) --


def test_he_in_the_next_paragraph_goes_on_with_a_speaker_whose_first_name_suggests_she():
    text = (
        "TOKYO, March 3 - The prime minister's future is in doubt, analysts said.\n\n"
        "Professor Rei Shirano of Dokkyo University gave one of the darkest readings on Yasuo Nakamura's "
        "political future.\n\n"
        '"Soon after the summit, there will be a move to change the government," Shirano said.\n\n'
        '"He cannot fight on much longer now," he said.'
    )
    assert _direct(text) == ["Rei Shirano"] * 2


def test_said_before_a_described_person_opening_a_sentence():
    text = (
        "NEW YORK, March 3 - Sales rose.\n\n"
        'Said Future Computing analyst Joe Crossley, "That is some indication of the kind of money the '
        'firm is leaving on the table."'
    )
    assert _direct(text) == ["Joe Crossley"]


# --- rules from the hundred-thirty-first to hundred-thirty-fifth Reuters samples (eleventh session) --


def test_it_goes_back_past_sentences_whose_subject_is_it():
    text = (
        "CAIRO, April 13 - Grain prices face fresh pressure in coming weeks, the Cairo daily al-Nahrawi "
        "said.\n\n"
        'In an article headlined "Traders see a glut" it warned that prices could fall further.\n\n'
        "It did not say which traders it had spoken to. Nor did it specify the size of the glut.\n\n"
        '"The traders said the credibility of the board would come under scrutiny," it said.\n\n'
        "The traders were quoted as saying that some members had raised exports. It gave no details.\n\n"
        '"Dealers were now waiting to see if the board could control exports," it reported.'
    )
    assert _direct(text) == ["al-Nahrawi"] * 3


def test_a_body_named_as_the_subject_of_what_a_body_said_is_not_it():
    text = (
        "NEW YORK, April 2 - Corrigan Air Freight Corp said it will pay 40 dlrs a share for Bostane Inc.\n\n"
        "In a letter, Corrigan's chairman, John C. Corrigan, said the company would prefer to negotiate.\n\n"
        "Corrigan said Norvale Bank, Callon Trust and Redway Bros had agreed to provide financing for "
        "the offer.\n\n"
        "It said the notes will carry a 13 pct annual interest rate.\n\n"
        "It added that the notes will not be redeemed for a year.\n\n"
        "It said it hoped Bostane's management would stay."
    )
    assert [q.speaker for q in extract(text).quotes][-3:] == ["Corrigan Air Freight Corp"] * 3


def test_a_statement_from_a_body_makes_it_the_subject_the_company_stands_for():
    text = (
        "Figures gathered by Webmetric showed some sites were knocked offline. In a statement from "
        "Norvale Europe announcing the end of the scheme, the company denied that this was its fault. "
        '"There is nothing to suggest that we brought down any of the sites," it said. "At the time '
        'that Webmetric measured the sites, they were not part of the attack," it added.'
    )
    assert _direct(text) == ["Norvale Europe"] * 2


def test_the_spokesman_of_a_body_described_then_named_with_its_company_form():
    text = (
        "OSLO, April 24 - Planting is two weeks behind normal, a spokesman for the country's largest "
        "beet concern, Norske Betefabrikker A/S, said.\n\n"
        "The weather has improved recently.\n\n"
        '"If good weather continues, we will be sowing next week," the spokesman said.\n\n'
        "Exports will fall, a spokesman for the ministry, Tor Halvorsen, said.\n\n"
        '"We expect less," the spokesman said.'
    )
    assert _direct(text) == ["Norske Betefabrikker", None]


def test_a_person_of_a_described_employer_before_the_cue():
    text = (
        "STOCKHOLM, March 3 - Shares rose.\n\n"
        '"I would be very cautious about present levels," Chris Hallam of London-based brokers '
        "Dunmore Grant said.\n\n"
        '"Prices will fall," Tom Barker of New York-based investment bank Kell Stanway said.'
    )
    assert _direct(text) == ["Chris Hallam", "Tom Barker"]


def test_the_editorial_is_the_paper_that_published_it():
    text = (
        "PEKING, March 2 - China wants more trade.\n\n"
        "The official Economic Herald newspaper today published China's demands in an editorial.\n\n"
        '"It is extremely important that the U.S. reduce its restrictions," the editorial said.\n\n'
        '"The U.S. should discard its prejudice," it added.'
    )
    assert _direct(text) == ["Economic Herald"] * 2


def test_the_poll_is_the_pollster_the_article_named_and_no_one_else():
    text = (
        "WASHINGTON, April 1 - Most Americans feel takeovers do harm, according to a public opinion "
        "poll by Norris Harlan and Assoc Inc.\n\n"
        '"People are saying that they might talk about it," concluded the poll, conducted for the '
        "Institute of Private Enterprise."
    )
    assert _direct(text) == ["Norris Harlan and Assoc Inc"]
    text = 'BOSTON, April 1 - The Harbour Party gained ground in the campaign.\n\n"Voters want change," the poll said.'
    assert _direct(text) == [None]


# --- rules from the hundred-thirty-sixth to hundred-fortieth Reuters samples (eleventh session) --


def test_a_short_form_of_a_company_named_with_a_company_word_and_form_is_the_company():
    text = (
        "DALLAS, June 29 - Harlow Crest Utilities Inc said regulators asked for a stay of the ruling.\n\n"
        "The court reversed its decision, Harlow Crest said.\n\n"
        'The company said the ruling "was totally unexpected, given the timetable the court set in April."\n\n'
        'In essence, Harlow Crest said, "the panel has adopted the dissenting opinion as its own."'
    )
    assert _direct(text) == ["Harlow Crest Utilities Inc"] * 2


def test_a_company_described_and_bracketed_in_the_lead_is_what_its_spokeswoman_speaks_for():
    text = (
        "TAIPEI, June 19 - Liner shipping specialist <Harbour Marine Corp>, Taiwan's largest private "
        "company, has applied to go public next month, a company spokeswoman told Reuters.\n\n"
        "She said Harbour had doubled its capital.\n\n"
        '"The capital increase will boost our operations," she said.'
    )
    assert _direct(text) == ["Harbour Marine Corp"]


def test_a_hyphenated_given_name_with_a_lower_case_syllable_is_part_of_the_name():
    text = (
        "NEW YORK, March 24 - Prices will rise, a senior official said.\n\n"
        '"Over the next two years, a marketing battle will be fought," Wen-yuan Lao, head of the card '
        "group, told a meeting.\n\n"
        "Lao said that the bank would focus on acceptance.\n\n"
        'He also doubted the plan. "The consumer likes a fixed rate," he said.'
    )
    assert _direct(text) == ["Wen-yuan Lao"] * 2
    assert "Wen-yuan Lao" in extract(text).speakers


def test_the_union_body_is_the_union_and_a_trade_body_is_no_one_named():
    text = (
        "HARARE, May 1 - The government froze wages.\n\n"
        "The Harare Congress of Trade Unions said the freeze would hurt the lowest paid.\n\n"
        "The union body has been campaigning for a minimum wage.\n\n"
        '"Inflation is hitting hardest those in the low income bracket," the union body said.\n\n'
        '"The freeze is a mistake that will cost jobs," a trade body has warned.'
    )
    assert _direct(text) == ["Harare Congress of Trade Unions", None]


def test_a_national_body_written_in_lower_case_speaks_and_a_government_is_its_country():
    text = (
        "PARIS, April 7 - Ministers called for more aid at a meeting here last Friday, the French "
        "finance ministry said in a statement.\n\n"
        "The ministers noted that the decline was contrary to expectations.\n\n"
        '"The contribution of the banking community remains indispensable," the statement said.\n\n'
        '"We will resist every pressure," the Cuban government said.'
    )
    assert _direct(text) == ["French finance ministry", "Cuba"]


def test_a_statement_by_a_body_whose_name_holds_for_the():
    text = (
        "BEIRUT, March 23 - Kidnappers of four professors said a hostage was ill.\n\n"
        '"He might die in 10 days," said a hand-written statement by Harbi Front for the Liberation of '
        "Norland delivered to a newspaper.\n\n"
        '"We will free him for 100 detainees," said the statement.'
    )
    assert _direct(text) == ["Harbi Front for the Liberation of Norland"] * 2


def test_an_unnamed_communique_after_a_country_spoke_is_that_country():
    text = (
        "BAGHDAD, March 3 - Iraq said its troops repelled an overnight attack east of Basra.\n\n"
        'A high command communique said "the attackers were met by heavy barrages of artillery."\n\n'
        "NEW YORK - Ann Lee said profits rose.\n\n"
        'A written statement said "the results were strong and will improve further."'
    )
    assert _direct(text) == ["Iraq", None]


def test_the_resolution_is_the_body_that_passed_it():
    text = (
        "WASHINGTON, March 26 - The Senate voted to condemn the proposed tax on fats and oils and said it "
        "would result in retaliation.\n\n"
        "The non binding Senate resolution was approved on a 99 to 0 vote.\n\n"
        '"The administration should tell the Community that the tax will bring countermeasures," the '
        "resolution stated."
    )
    assert _direct(text) == ["Senate"]


# --- rules from the hundred-forty-first to hundred-forty-fifth Reuters samples (eleventh session) --


def test_he_after_a_lead_whose_speaker_announced_is_that_speaker():
    text = (
        "LA PAZ, March 26 - President Tomas Arbelo will propose a summit with the Andean presidents in "
        "May, foreign minister Ruben Castedo announced.\n\n"
        "He told reporters that the summit will possibly take place in two months.\n\n"
        '"We are coordinating an eventual meeting of the presidents," he said.'
    )
    assert _direct(text) == ["Ruben Castedo"]


def test_a_name_written_with_its_own_possessive_s_speaks():
    text = (
        "NEW YORK, March 9 - Ratings may fall, Standish and Pell's said.\n\n"
        '"The Jeep line is a worthwhile extension for the product line," Standish and Pell\'s said.\n\n'
        '"Chrysler will be challenged to integrate these plants," S and P said.\n\n'
        '"Sales are strong and getting stronger every day," Harrowby\'s said.\n\n'
        '"We are strong and we will stay strong," said Dunmore\'s.\n\n'
        '"We will keep our rating under review," said Lindell Ross\'s Dan Ode.'
    )
    assert _direct(text) == ["Standish and Pell's"] * 2 + ["Harrowby's", "Dunmore's", "Dan Ode"]
    text = (
        "NEW YORK, March 9 - Corley's Investors Service Inc said it may lower Norvale's debt.\n\n"
        '"These activities raise the risk," Corley\'s said.'
    )
    assert _direct(text) == ["Corley's Investors Service Inc"]


def test_it_after_because_is_the_subject_set_off_by_its_apposition():
    text = (
        "CHICAGO, March 5 - The union rejected a new proposal from Harlan Beef Processors Inc, union "
        "spokesman Allen Zack said.\n\n"
        "In mid-December, Harlan Beef, a subsidiary of Norvale Petroleum Corp, closed its plant at Dakota "
        'City, Nebraska, because it said "it had no alternative to threats by meatpackers to disrupt '
        'operations."'
    )
    assert _direct(text) == ["Harlan Beef Processors Inc"]


def test_an_acronym_of_one_of_two_bodies_named_together():
    text = (
        "WASHINGTON, April 9 - Finance ministers attend this week's meetings of the International "
        "Currency Board and World Bank.\n\n"
        "The ICB study also examines the course of the dollar.\n\n"
        'The ICB observed in its outlook that "exchange rate adjustments take time to work through to '
        'payments flows."\n\n'
        'The report added, however, "the adjustments may take even more time on this occasion."'
    )
    assert _direct(text) == ["International Currency Board"] * 2


def test_to_quote_someone_as_saying():
    text = (
        "DETROIT, March 10 - Harlow Motors did not release details other than to quote Joe Capper as "
        'saying, "we will try to keep you informed as developments warrant."'
    )
    assert _direct(text) == ["Joe Capper"]


def test_the_company_and_its_proxy_are_the_company_its_lead_names_once():
    text = (
        "NEW YORK, March 10 - Harnell Mining Corp will seek favorable terms for the sale of its African "
        "investments, the proxy statement for its annual meeting said.\n\n"
        'Recommending that shareholders vote against the proposal, the proxy said "a quick sale could be '
        'akin to abandonment."\n\n'
        "The proxy said the board gave close consideration to alternatives.\n\n"
        "Pointing out that investors support such resolutions, the company said "
        '"this largely unspoken agenda does receive attention by the corporation."'
    )
    assert _direct(text) == ["Harnell Mining Corp"] * 2


# --- rules from the hundred-forty-sixth to hundred-fiftieth Reuters samples (eleventh session) --


def test_a_common_noun_opening_a_sentence_is_no_body_it_can_stand_for():
    text = (
        "HOUSTON, March 17 - Harwell Corp said it expected earnings for 1987 to rise.\n\n"
        "Harwell also said it sold its gas for an average price of 2.17 dlrs per mcf in 1986. Oil and "
        "natural gas liquids sold for an average 14.20 dlrs a barrel in 1986.\n\n"
        "The Houston-based company said it had proved reserves of 28.6 mln barrels, the company said.\n\n"
        "Harwell's 800 retail outlets were operated profitably during 1986 \"and are expected to continue "
        'to do so for many years," the company said.'
    )
    assert _direct(text) == ["Harwell Corp"]


def test_a_report_by_an_agency_named_after_its_description():
    text = (
        "LONDON, April 7 - Iran said it had won important victories on the southern front.\n\n"
        'A brief Iranian news agency PARNA report said "Important victories achieved in southern '
        'fronts Monday night." It gave no further details.'
    )
    assert _direct(text) == ["PARNA"]


def test_a_spokesman_of_a_body_described_in_apposition():
    text = (
        "ROTTERDAM, March 3 - Employers and the port union, HVB, are to meet again this afternoon, "
        "spokesmen for both sides told Reuters.\n\n"
        "Little progress was made in last night's talks.\n\n"
        '"There is still a very large gap between the employers and us, but at least we are still '
        'talking," a union spokesman said.'
    )
    assert _direct(text) == ["HVB"]


def test_a_place_after_on_is_no_person_a_pronoun_stands_for():
    text = (
        "PARIS, April 9 - A similar argument was made on Capitol Hill earlier this week by central bank "
        'chairman Paul Vollmer. A further fall would "clearly pose substantial risks of renewed '
        'inflation," he said.'
    )
    assert _direct(text) == ["Paul Vollmer"]


def test_they_after_two_people_with_roles_after_one_cue_is_the_first():
    text = (
        "NEW YORK, Oct 19 - Harlan Lynch and Co Inc said it was confident in the markets.\n\n"
        '"America\'s economic system is the strongest in the world," said chairman William Shreve and '
        "president Daniel Tull in a statement.\n\n"
        '"We recognize that emotions run high during such a period," they said.'
    )
    assert _direct(text) == ["William Shreve"] * 2


def test_a_participle_phrase_between_a_subject_and_its_cue():
    text = (
        "PRETORIA, March 25 - The debt pact was signed.\n\n"
        "Tom Raynor in disclosing the new agreement last night said the rise was an example that "
        '"some foreign investors are again taking a more realistic view."'
    )
    assert _direct(text) == ["Tom Raynor"]


# --- rules from the hundred-fifty-first to hundred-fifty-fifth Reuters samples (eleventh session) --


def test_the_party_after_its_adjective_is_the_conservative_party():
    text = (
        "Tory candidate quits over remark\n\n"
        "Tom Ashby, who works in the Tory research unit, had been due to stand in Selby. Tory leader "
        'Ann Howe accepted his decision "with regret".\n\n'
        'In a statement, the party said the comment had been taken out of context. "He fully supports the '
        "party's policies on the public services,\" said the statement."
    )
    assert _direct(text)[-1] == "Conservative Party"


def test_a_company_named_for_a_person_after_its_kind_of_business():
    text = (
        "The property market remains robust, according to housebuilder George Wimbury.\n\n"
        'Wimbury said the UK housing market had proved "challenging" last year. "By late summer, the market '
        'in general had slowed sharply across the country," it added.'
    )
    assert _direct(text)[-1] == "George Wimbury"
    assert extract(text).quotes[-1].kind == "organisation"


def test_a_surname_that_is_a_country_after_a_given_name_and_initial():
    text = (
        "DALLAS, March 23 - The venture is optimistic.\n\n"
        "David M. Holland, president of the venture's Southwest Division, told Reuters that the company "
        'lost "about 500 mln dlrs."\n\n'
        '"By the end of the year, we will carry 50 pct of all calls," Holland said.\n\n'
        '"We have captured the fiber high ground," he said.'
    )
    assert _direct(text) == ["David M. Holland"] * 3


def test_a_title_word_after_a_given_name_is_the_family_name():
    text = (
        "NEW YORK, March 5 - Harlow Oil is restructuring.\n\n"
        '"We need a leaner organization to use our assets," said John Lord, a Harlow spokesman.\n\n'
        '"We will cut costs this year," Tom Bishop said.'
    )
    assert _direct(text) == ["John Lord", "Tom Bishop"]


def test_a_spokesman_at_a_body_headquarters_and_its_fuller_name():
    text = (
        "PARIS, March 9 - European consortium Harbus Industrie said it had no comment on press reports.\n\n"
        "A spokesman at Harbus headquarters in Toulouse said in a telephone interview: "
        '"We have no knowledge of talks and have no comment to make."'
    )
    assert _direct(text) == ["Harbus Industrie"]


def test_the_prospectus_is_the_company_that_spoke_in_it():
    text = (
        "TOKYO, June 2 - Norvale Ltd had resolved some issues in its dispute with Harlow Corp, Norvale said "
        "in a prospectus for a bond recently issued in London.\n\n"
        "The dispute involved a 1983 agreement between the companies, the prospectus said.\n\n"
        '"By subsequent agreements, the parties have resolved some of the issues," the prospectus said.'
    )
    assert _direct(text) == ["Norvale Ltd"]


# --- rules from the hundred-fifty-sixth to hundred-sixtieth Reuters samples and BBC (eleventh session) --


def test_a_bare_spokeswoman_after_the_lead_speaks_for_the_body_that_just_spoke():
    text = (
        "Johnny and Denise lose Paradise\n\n"
        "Their Saturday night show Passport to Paradise will not return to screens, the Harbour "
        "Broadcasting Corporation has said.\n\n"
        'The presenters were recruited to host the family variety show last July. "There are currently '
        'no plans for another series," a spokeswoman said.'
    )
    assert _direct(text) == ["Harbour Broadcasting Corporation"]


def test_a_spokesman_asked_a_question_without_its_comma():
    text = (
        "HONG KONG, April 2 - Harbour Land Co Ltd said it might look for overseas investments.\n\n"
        "Asked if Harbour Land had any plans for investment overseas a spokesman said "
        '"Not at the moment. It is a long-term concept."'
    )
    assert _direct(text) == ["Harbour Land Co"]


def test_an_occupations_plural_opening_a_sentence_is_no_name():
    text = "BOMBAY, March 1 - Businessmen polled by Reuters said the budget had done little for them."
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_a_newspaper_named_for_a_weekday():
    text = (
        'NEW DELHI, March 1 - The Indian Herald, the biggest selling paper, said: "The defence budget has '
        'never been holier."\n\n'
        'The Sunday Mail newspaper branded the budget "shamelessly political." It said in a front page '
        'commentary the "budget is bad for growth, bad for prices and neutral in respect of everything else."'
    )
    assert _direct(text)[-1] == "Sunday Mail"


# --- rules from the hundred-sixty-first to hundred-sixty-fifth Reuters samples (eleventh session) --


def test_a_cue_between_two_quotations_after_a_long_role_serves_both():
    text = (
        "NEW YORK, March 3 - Prices rose.\n\n"
        "Rogers said the increases could stick.\n\n"
        '"The operating rates in linerboard are running at 97 pct of capacity," Gene Cartwell, chairman '
        'and chief executive officer of Union Paper said "The industry is essentially sold out."'
    )
    assert _direct(text) == ["Gene Cartwell"] * 2


def test_an_acronym_in_brackets_after_a_name_in_another_language():
    text = (
        "LIMA, March 3 - Exports will fall, the Instituto Nacional de Comercio (INCOM) said.\n\n"
        '"The decline will last the whole year," INCOM said.'
    )
    assert _direct(text) == ["Instituto Nacional de Comercio"]


def test_a_body_with_its_bracketed_acronym_is_its_sentences_subject():
    text = (
        "The Treasury said there would be no relaxation of discipline.\n\n"
        "In January the independent Institute for Budget Studies (IBS) said Mr Brown would need to raise "
        'taxes. It also said the government might narrowly miss its "golden rule for borrowing over the '
        'economic cycle" this year.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Institute for Budget Studies"]


# --- rules from the hundred-sixty-sixth to hundred-seventieth Reuters samples (eleventh session) --


def test_a_capitalised_participle_opening_a_sentence_is_no_body():
    text = (
        "PARIS, March 3 - France protested against the decision by Canada.\n\n"
        "Accusing the French of overfishing, Canada yesterday said that any French fishermen caught in "
        "the area would be arrested.\n\n"
        '"The French government strongly protests against the closing of Canadian ports," the ministry '
        "statement added."
    )
    assert "Accusing the French" not in [q.speaker for q in extract(text).quotes]


def test_a_name_is_no_typo_of_someone_the_story_names_later():
    text = (
        "WASHINGTON, March 4 - President Reagon denounced press reports that his wife is running the "
        'government as "despicable fiction."\n\n'
        'He said the reports had "touched a nerve."\n\n'
        "Reagon made the comments at a photo session. Chief of staff Donald Regon resigned last week."
    )
    assert "Donald Regon" not in [q.speaker for q in extract(text).quotes]


# --- rules from the hundred-seventy-first to hundred-seventy-fifth Reuters samples (eleventh session) --


def test_an_agreement_is_no_person_a_pronoun_stands_for():
    text = (
        "GENEVA, March 19 - A new International Natural Cocoa Agreement (INCA) will be adopted tomorrow, "
        "chairman of the conference Pravit Xutan of Thailand said.\n\n"
        '"The successful negotiation of the new agreement represents a significant step forward," he told '
        "a news conference."
    )
    assert _direct(text) == ["Pravit Xutan"]


def test_the_french_as_a_speaker_is_france():
    text = (
        'WASHINGTON, April 9 - In a statement issued on Friday, the French said the "multilateral resources '
        'thus collected would permit a partial refinancing of debts."'
    )
    assert _direct(text) == ["France"]


# --- rules from the hundred-seventy-sixth to hundred-eightieth Reuters samples (twelfth session) --


def _pairs(text: str) -> list:
    return [(q.speaker, q.direct) for q in extract(text).quotes]


def test_the_exchange_said_is_the_exchange_named_before():
    text = (
        "NEW YORK, March 13 - The Harbour Stock Exchange said it would move the expiration of its "
        "index options.\n\n"
        'The exchange said, "Morning settlement would expose order imbalances to the full sunlight of '
        'public disclosure."'
    )
    assert _direct(text) == ["Harbour Stock Exchange"]


def test_a_term_quoted_inside_a_quotation_whose_closing_marks_became_one():
    text = (
        'The Harbour Stock Exchange said, "We have long advocated settlement in the morning to deal with '
        'the volatility of so-called "triple witching days."\n'
    )
    spans = [(q.start, q.end) for q in extract(text).quotes if q.direct]
    assert len(spans) == 1 and text[spans[0][0] : spans[0][1]].startswith("We have long advocated")
    text = (
        'Party leader Ann Velt said: "When I was first elected he was the "Father of the House" and took an '
        "interest in my early days.\n\n"
        '"He was always full of warmth."'
    )
    quotes = [q for q in extract(text).quotes if q.direct]
    assert [q.speaker for q in quotes] == ["Ann Velt", "Ann Velt"]
    assert text[quotes[0].start : quotes[0].end].endswith("my early days.")


def test_the_firm_said_is_never_the_regulator_it_filed_with():
    text = (
        "WASHINGTON, March 17 - Norvale Capital Management Inc, a California investment adviser, told the "
        "Securities and Exchange Commission (SEC) it bought 1.3 mln Tarkon Inc common shares.\n\n"
        'In its SEC filing, the firm said it "intends to acquire more stock and may attempt to influence '
        'management."'
    )
    assert _direct(text) == ["Norvale Capital Management Inc"]


def test_a_role_with_initials_in_it_still_ends_with_the_speakers_name():
    text = (
        '"For the past six months the high end really surged" while entry level computers dipped, senior '
        "vice president of U.S. operations Ida Brenner said.\n"
    )
    assert _direct(text) == ["Ida Brenner"]


def test_the_report_after_the_acronym_report_is_the_acronyms_body():
    text = (
        "WASHINGTON, June 29 - The Department of Harbour Works (DHW) said it backed severing the link "
        "between the government and Dockland Finance Corp.\n\n"
        "But the department shied from setting a timetable for Dockland Finance.\n\n"
        "Dockland Finance operated as part of the government until 1968. Dockland Finance has since grown.\n\n"
        '"Its history has been consistent," the DHW report said.\n\n'
        "Any change in Dockland Finance's status would be up to Congress.\n\n"
        "The DHW report said the options ranged widely.\n\n"
        '"The time is ripe for privatization," the report concluded.'
    )
    assert _direct(text) == ["Department of Harbour Works", "Department of Harbour Works"]


def test_an_acronym_between_commas_after_a_body_stands_for_it():
    text = (
        "BOCA RATON, March 19 - The Tarkon International Monetary Exchange Ltd, TIMEX, said it would launch "
        "options.\n\n"
        'TIMEX said the contracts would be started "toward the third quarter."'
    )
    assert _direct(text) == ["Tarkon International Monetary Exchange"]


def test_a_company_after_a_person_and_its_place_after_its_form():
    text = (
        "NEW YORK - Shares rose on speculation that investor Asher Velt and Norvale Textiles Inc of Canada "
        "bought a stake.\n\n"
        'A Norvale spokesman said the company had talked with "many" U.S. textile companies.'
    )
    assert _direct(text) == ["Norvale Textiles"]


def test_a_body_of_another_country_is_not_the_one_the_mention_is_from():
    text = (
        "Manchester Textiles Plc said it had held talks with a rival.\n\n"
        "Shares in Manchester Textiles rose.\n\n"
        'The German company said it had held "constructive" talks with Manchester Textiles.'
    )
    assert _direct(text) == [None]


def test_a_consortium_named_before_its_noun_and_a_plane_model_is_no_body():
    text = (
        "PARIS, March 13 - The European Norvale Industrie consortium has obtained 104 commitments for its "
        "planned N340 long-range jet and N330 twin-engined medium-range jet, the consortium said in a "
        "communique here.\n\n"
        'Its supervisory board "concluded that the objectives have been fulfilled," the communique said.\n\n'
        "Norvale Industrie said it was pleased."
    )
    speakers = [s for s, _ in _pairs(text)]
    assert "N330" not in speakers and speakers[0] == "Norvale Industrie"


def test_two_bodies_joined_by_and_are_two():
    text = (
        "PARIS, April 8 - Norvale Airlines signed an accord with Tarkon Electric, a Norvale statement said.\n\n"
        "Tarkon Electric said it was pleased.\n\n"
        "Norvale Airlines and Tarkon Electric have concluded an accord for an improved engine, the "
        "statement said.\n\n"
        "Norvale said it would buy more engines."
    )
    assert [s for s, _ in _pairs(text)] == [
        "Norvale Airlines",
        "Tarkon Electric",
        "Norvale Airlines",
        "Norvale Airlines",
    ]


def test_a_company_named_like_a_person_is_a_company_when_written_with_its_form():
    text = (
        "CHICAGO, March 9 - McArdle Douglas Corp said recent talks with Norvale Industries about a new "
        "jetliner had ended.\n\n"
        "McArdle Douglas and Norvale last spring had discussed building a long-range aircraft to compete "
        "with Tarkon Co.\n\n"
        "McArdle Douglas has since launched the MD-11 jetliner.\n\n"
        "Norvale wants to launch its program this spring.\n\n"
        "McArdle Douglas last month claimed Norvale tried to overturn pledges made by airlines.\n\n"
        'The firm said Norvale is engaging in "predatory practices" with its prices.'
    )
    assert _direct(text) == ["McArdle Douglas"]


def test_the_group_after_a_group_of_banks_is_no_named_body():
    text = (
        "DALLAS, June 1 - Tarkon Lines Corp said it lost money.\n\n"
        "Tarkon also owes a group of banks 76 mln dlrs, and the group said it would call the loan.\n"
    )
    assert _pairs(text)[-1] == (None, False)


# --- rules from the hundred-eighty-first to hundred-eighty-fifth Reuters samples (twelfth session) --


def test_an_acronym_then_general_is_a_company_not_a_rank():
    text = (
        "WASHINGTON, Oct 19 - Tarkon's NBX General said it has asked the court to reverse a decision.\n\n"
        'NBX General said "the decision was based on allegations of misconduct that are in error."'
    )
    assert _direct(text) == ["NBX General"]


def test_the_story_is_the_publication_that_printed_the_article():
    text = (
        "WASHINGTON - The article in Tarkon magazine also said the government had monitored phones.\n\n"
        '"According to sources," the story said, "the intercept grew out of a program."'
    )
    assert _direct(text) == ["Tarkon", "Tarkon"]
    text = (
        "NEW YORK - Norvale said its drug worked.\n\n"
        "Other diseases might also be treated by the drug, the article noted."
    )
    assert _pairs(text)[-1] == (None, False)


def test_a_short_name_before_and_is_the_company_with_one_word_after_it():
    text = (
        "RALEIGH, N.C., March 18 - Norvale Power and Light Co said its board has decided to cancel a "
        "unit.\n\n"
        'Norvale Power said the unit "would have produced only marginal air quality improvements."'
    )
    assert _direct(text) == ["Norvale Power and Light Co"]


def test_a_person_of_a_body_with_a_foreign_name_told():
    text = (
        "ZURICH - The banks said lending had declined.\n\n"
        'Pius Velt of the Catholic charity Justitia et Pax told Reuters, "It is at least a small step '
        'forward when the banks say so."'
    )
    assert _direct(text) == ["Pius Velt"]


def test_a_document_named_for_its_kind_of_body_and_one_of_a_named_body():
    text = (
        "ABU DHABI, March 29 - The Norvale Industrial Bank has predicted a modest recovery.\n\n"
        "A bank study, carried by the news agency WAM, said oil revenues of the six Gulf Cooperation "
        "Council (GCC) countries were likely to reach 39 billion dlrs.\n\n"
        "The GCC groups Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the UAE.\n\n"
        '"All signs point to a modest recovery in these (GCC) countries," the study said.'
    )
    assert _direct(text) == ["Norvale Industrial Bank"]
    text = (
        "SINGAPORE, March 13 - The government should cut its stake in Tarkon Airlines Ltd, a report said.\n\n"
        "The report of the Harbour Divestment Committee also recommended flotation of firms.\n\n"
        "Tarkon Airlines is 63 pct owned by the government. Tarkon Airlines shares closed at 10.60 dlrs.\n\n"
        '"The committee recommends that as many firms as possible should be privatised," the report said.'
    )
    assert _direct(text) == ["Harbour Divestment Committee"]


def test_a_story_sent_in_lower_case_names_its_given_name_and_surname_speaker():
    text = (
        "VENEZUELA MAY ASK IMF FOR CREDITS\n\n"
        "Caracas, june 19 - venezuela may turn to the international monetary fund for credits as part of "
        "the country's overall effort to reestablish financial flows from abroad, finance minister manuel "
        "velterra said today.\n\n"
        "\"this is no secret. It's just one of the steps the executive has begun taking to reestablish "
        'financial flows to the country," velterra told reporters at the finance ministry.\n\n'
        "He did not specify what types of loans venezuela would seek from the fund or the amounts "
        "involved. A technical team from the imf is currently in caracas gathering data for its annual "
        "report on the venezuelan economy, the finance ministry said. Members of the mission met today "
        "with officials from the ministry's public finance department."
    )
    assert _direct(text) == ["Manuel Velterra"]


def test_a_title_after_the_kind_of_work_and_a_comma_says_nothing():
    text = (
        'But Ann Velt tossed "cold water on the idea immediately," she wrote in her memoir, "Tough '
        'Choices." She was adamant.'
    )
    assert _direct(text) == ["Ann Velt", None]


# --- rules from the hundred-eighty-sixth to hundred-ninetieth Reuters samples (twelfth session) --


def test_wanting_refusing_and_hoping_are_no_reported_speech():
    for text in (
        "LONDON - Ann Velt wants to crush the rebels before the winter.",
        "LONDON - Ann Velt refused to speak to reporters as she left the breakfast.",
        "LONDON - Ann Velt hoped to carry the state by a large margin.",
    ):
        assert _pairs(text) == []


def test_a_cue_after_but_shares_the_subject_of_the_verb_before_it():
    text = (
        "LONDON - The laptops are cheap.\n\n"
        "Mr Velt plans to sell the laptops widely but conceded this was ambitious. "
        '"Nokia make 200 million cell phones a year, so it is a big number."'
    )
    assert _pairs(text) == [("Velt", False), ("Velt", True)]


def test_a_statement_told_to_a_meeting_is_reported_speech():
    text = (
        "MANILA - The notes were issued.\n\n"
        "The notes provide a mechanism to finance growth, Tarkon told a businessmen's meeting. "
        '"And this can now be achieved without forcing banks into new lending."'
    )
    assert _pairs(text) == [("Tarkon", False), ("Tarkon", True)]


def test_economists_at_a_company_named_like_a_person_with_and_co_speak_for_it():
    text = (
        "NEW YORK, April 6 - Bonds fell, economists said.\n\n"
        '"Yields could rise further," Held said.\n\n'
        "Most expect Fed policy to be neutral for bonds near term.\n\n"
        '"The Fed is currently frozen into a fixed stance," said economists at Aubrey G. Lanston and Co Inc.\n'
    )
    assert _direct(text) == ["Held", "Aubrey G. Lanston"]


def test_a_lower_case_story_names_a_speaker_after_said_with_an_accent_free_given_name():
    text = (
        "SENIOR ECONOMIST PREDICTS 30 PCT FALL IN DOLLAR\n\n"
        "panama city, april 29 - a senior economist predicted the u.s. dollar would decline another 30 pct "
        "by year-end, but said he foresees no significant change in u.s. interest rates.\n\n"
        '"the market recognizes another 30 pct dollar depreciation is necessary," said rudiger velterra of '
        "the massachusetts institute of technology.\n\n"
        "he said the only thing preventing the dollar from dropping far below current levels was "
        "intervention by central banks in defiance of market forces.\n\n"
        'the forecasts, velterra added, are for "a steady deterioration from now on."'
    )
    assert _direct(text) == ["Rudiger Velterra", "Rudiger Velterra"]


def test_a_common_word_and_its_company_form_stand_for_the_name_with_of():
    text = (
        "NASHVILLE, Tenn., April 17 - Hospital Corp of America said its management believes the offer is "
        "inadequate.\n\n"
        "Hospital Corp said \"The benefits of the company's ongoing repositioning program are already being "
        'realized."'
    )
    assert _direct(text) == ["Hospital Corp of America"]


def test_the_letter_is_the_one_a_speaker_wrote_a_quote_before():
    text = (
        "WASHINGTON, March 6 - The National Association of Harbour Growers (NAHG) urged the administration "
        "to act.\n\n"
        'In a letter to Agriculture Secretary Ann Velt, NAHG stated its "strong support" for an offer.\n\n'
        '"We believe that a solid case continues to exist for eligibility," NAHG said.\n\n'
        '"Consequently, we believe it is important to renew the offer," the letter said.'
    )
    assert _direct(text) == ["National Association of Harbour Growers"] * 3


def test_the_network_after_the_acronym_that_just_spoke_is_that_network():
    text = (
        "NEW YORK - The National Broadcasting Co (NBC) made an offer to the union.\n\n"
        "The offer would allow Cable News Network to join network pool facilities.\n\n"
        "Material from subscription services would be limited to about one minute, NBC said. The "
        'network said the changes it seeks "would reduce costly duplication."'
    )
    assert _direct(text) == ["National Broadcasting"]


# --- rules from the hundred-ninety-first to hundred-ninety-fifth Reuters samples (twelfth session) --


def test_the_prince_is_the_person_with_that_title():
    text = (
        "WASHINGTON - Crown Prince Abdullah bin Abdul Aziz of Saudi Arabia met Vice President George Bush "
        "on Monday.\n\n"
        "Asked at the start of the meeting how he felt about the attack, the prince, who is here on an "
        'official visit, replied, "I believe what the United States has done is their responsibility."'
    )
    assert _direct(text) == ["Abdullah bin Abdul Aziz"]


def test_a_quotation_finishing_a_reported_sentence_is_its_speakers():
    text = (
        "NICOSIA - Iran spoke.\n\n"
        'Khamenei said the U.S. Government had to take some action to demonstrate its authority, "but on '
        'the other hand any violent act in the Persian Gulf will greatly harm long-term U.S. Interests," the '
        "radio, monitored in Nicosia, reported."
    )
    assert _direct(text) == ["Khamenei"]


def test_a_partnership_named_after_a_plural_of_its_trade_is_one_firm():
    text = (
        "DES MOINES, April 8 - Tarkon Bancorp results were qualified.\n\n"
        '"...there are conditions which may indicate that the company will be unable to continue," auditors '
        "Velt Haskins and Sells said in the annual report."
    )
    assert [(q.speaker, q.kind) for q in extract(text).quotes if q.direct] == [
        ("Velt Haskins and Sells", "organisation")
    ]


def test_a_town_and_its_state_before_the_leader_of_a_group_is_no_person():
    text = (
        "WASHINGTON, March 18 - A shareholder group led by Far Hills, N.J., investor Ann Velt said it is "
        "reconsidering its plan to seek control of Tarkon Inc.\n\n"
        "The group said it reconsidered its plans after Tarkon agreed to a stock swap.\n\n"
        '"In light of these disclosures, the group found it necessary to sell," the group said.'
    )
    assert _direct(text) == ["Ann Velt"]


def test_speaking_for_minutes_calling_someone_and_having_done_say_nothing():
    for text in (
        "NEW YORK - Ann Velt spoke for about 30 minutes, took questions and posed for photos.",
        "NEW YORK - Ann Velt called both candidates Tuesday night and was scheduled to meet them.",
        "NEW YORK - Having announced that he would not send me to prison, Judge Tom Ray handed down his sentence.",
    ):
        assert [q.speaker for q in extract(text).quotes] in ([], [None])


# --- rules from the hundred-ninety-sixth to two-hundredth Reuters samples (twelfth session) --


def test_a_person_named_right_after_the_body_they_head_is_a_person():
    text = (
        "Philadelphia, March 25 - The director of the Office of Planning and Budget James Velt warned that "
        "a tax increase would hurt growth.\n\n"
        '"It is a bad idea," Velt told students.\n\n'
        '"I think growth could be threatened," he said.\n'
    )
    assert _direct(text) == ["James Velt", "James Velt"]


def test_a_stance_the_reported_clause_names_is_that_clauses_subject():
    text = (
        "OTTAWA - Ministers met.\n\n"
        'Ann Velt said the Organisation of Harbour Cooperation (OHC) has called for "reduction of direct and '
        'indirect subsidies and avoidance of protectionist trade practices."'
    )
    assert _direct(text) == ["Organisation of Harbour Cooperation"]
    text = (
        "WASHINGTON - Talks went on.\n\n"
        'The source said Chiles told Baker "If you start working sooner, rather than later you have a chance '
        'to do something."'
    )
    assert _direct(text) == ["Chiles"]


def test_an_acronym_may_take_the_a_of_and():
    text = (
        "GENEVA - The United Nations Conference on Harbours and Development (UNCHAD) met.\n\n"
        'UNCHAD\'s spokesman said, "Once they have agreed on detailed functions, the way will be cleared."'
    )
    assert _direct(text) == ["United Nations Conference on Harbours and Development"]


def test_a_legal_brief_speaks_for_the_body_that_filed_it():
    text = (
        "WASHINGTON - The Treasury said it proposed allowing the imports.\n\n"
        '"The domestic industry could be seriously injured," the Treasury brief said.\n\n'
        '"The U.S. Customs will allow such importation to be made under bond," the brief said.'
    )
    assert _direct(text) == ["Treasury", "Treasury"]


# --- rules from the two-hundred-first to two-hundred-fifth Reuters samples and BBC errors (twelfth session) --


def test_a_given_name_and_an_organisation_word_before_a_role_are_a_person():
    text = (
        "LONDON - The policy was announced.\n\n"
        "Lisa Power, head of policy at Aids charity the Norvale Trust said the policy was prejudice-based. "
        '"In fact, it would be more likely to drive people to falsify tests," she said.\n'
    )
    assert _pairs(text) == [("Lisa Power", False), ("Lisa Power", True)]


def test_initials_without_periods_after_a_role_open_a_name():
    text = (
        "COLOMBO - Banks lost money.\n\n"
        "The combination means a revenue shortfall, SLBA chairman AL Velterra told a news conference. "
        '"Most banks have given moratoriums," he said.\n'
    )
    assert _direct(text) == ["AL Velterra"]


def test_according_to_a_described_person_before_a_quotation():
    text = (
        "LONDON - Cocoa talks ended.\n\n"
        'According to consumer spokesman Peter Velt of West Germany, "Consumers were not perfectly happy '
        'with the buffer stock rules."'
    )
    assert _direct(text) == ["Peter Velt"]


def test_a_military_rank_abbreviated_before_a_name():
    text = (
        "WASHINGTON - Talks failed.\n\n"
        '"It is like a Greek tragedy," said retired Adm. Eugene Velt of Washington\'s private Center for '
        "Defense Information (CDI) think tank.\n"
    )
    assert _direct(text) == ["Eugene Velt"]


def test_a_quotation_whose_closing_mark_was_lost_before_surname_said():
    text = (
        "WASHINGTON - Budget talks.\n\n"
        '"If we had a budget reform package, we would be interested in pursuing it, Tarkon said.\n'
    )
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == ["Tarkon"]
    assert text[quotes[0].start : quotes[0].end].endswith("pursuing it,")


def test_the_ministry_spokesman_is_the_ministry_written_either_way():
    text = (
        "TOKYO, March 20 - Fake shoes were turned away.\n\n"
        "A Ministry of Finance spokesman said officials had begun barring counterfeit footwear.\n\n"
        "A spokesman for Norvale Japan said the firm had complained to the Ministry last July.\n\n"
        '"They use our trademark," the Norvale spokesman said.\n\n'
        "He said customs had sent back some pairs, but the Finance Ministry declined to confirm this.\n\n"
        '"We cannot say how many pairs have been turned away," the ministry spokesman said.'
    )
    assert _direct(text)[-1] == "Ministry of Finance"


def test_a_firm_named_after_people_before_role_words_and_a_name_is_no_person():
    text = (
        "CHICAGO - Cattle fell.\n\n"
        "Cheap corn is still the main incentive for putting cattle on feed, according to Norvale Tarkon "
        'livestock analyst Tom Velt. "They have no place to send the grain," he said.\n'
    )
    assert _direct(text) == ["Tom Velt"]


def test_an_inverted_cue_ending_the_sentence_a_quotation_opens():
    text = (
        "NEW YORK - The dollar fell.\n\n"
        '"Disappointment will be used as an opportunity to sell the dollar lower," said Norvale Futures '
        "vice president Ann Velt.\n\n"
        '"The international community will not like this appointment," as it suggests the possibility '
        "that the deficit is too much of a burden on monetary policy, added Tarkon Economics analyst Tom "
        "Ray.\n"
    )
    assert _direct(text) == ["Ann Velt", "Tom Ray"]


# --- rules from the two-hundred-sixth to two-hundred-tenth Reuters samples (twelfth session) --


def test_voiced_concern_that_reports_a_statement_the_next_quotation_goes_on_with():
    text = (
        "WASHINGTON - Senators met.\n\n"
        "Glenn voiced a preference for a United Nations force.\n\n"
        "Warner voiced concern that the Soviet Union might use the situation to raise its presence. "
        '"And, unequivocally, all GCC states we have talked with have said that would not be in their '
        'interests."'
    )
    assert _pairs(text)[-2:] == [("Warner", False), ("Warner", True)]


def test_an_order_or_a_ruling_speaks_for_the_body_that_issued_it():
    text = (
        "WASHINGTON - The Federal Harbour Board approved the plan.\n\n"
        "The board said dealing in commercial paper was related to regular banking.\n\n"
        '"Because of its short term nature, commercial paper is customarily held to maturity," the board '
        "order said."
    )
    assert _direct(text) == ["Federal Harbour Board"]


# --- rules from the two-hundred-eleventh to two-hundred-fifteenth Reuters samples (twelfth session) --


def test_a_surname_of_a_body_is_the_person_the_article_named():
    text = (
        "HONG KONG - Industry.\n\n"
        "Ruth Mills, director of the Federation of Industries, welcomed the plan.\n\n"
        '"They have reached the right decision," said Mills of the Federation of Industries.\n'
    )
    assert _direct(text) == ["Ruth Mills"]


def test_by_saying_makes_the_clause_subject_the_speaker():
    text = (
        "WASHINGTON - Trade.\n\n"
        'But Ann Velt set the tone of the trade debate by saying, "I am not trying to write legislation to '
        'please Tom Ray."'
    )
    assert _direct(text) == ["Ann Velt"]


def test_an_apposition_that_lost_its_closing_comma_before_said():
    text = (
        "LOS ANGELES - Fox.\n\n"
        'But James Velt, a Los Angeles-based entertainment attorney said, "If they have enough money, they '
        'have a good chance of making it work."'
    )
    assert _direct(text) == ["James Velt"]


def test_three_letters_in_another_order_are_no_acronym_of_a_body():
    text = (
        "LOS ANGELES - Fox.\n\n"
        "Ann Velt, president of the Cabletelevision Advertising Bureau, said many shows are geared to the "
        'audience. "There are already many alternatives," she said.\n\n'
        'An ABC spokesman said, "the schedule we have put together has not taken Fox into account."\n'
    )
    assert _direct(text) == ["Ann Velt", "ABC"]


def test_the_communique_a_country_issued_after_it_spoke():
    text = (
        "DAMASCUS, April 7 - Syria said its forces were battling to dislodge the invaders.\n\n"
        "The third High Command communique issued during the day said the invaders launched a major "
        "assault on the fronts of three divisions, the Tarkon, Velt and Ray forces.\n\n"
        "The communique said the troops which attacked the Tarkon front were annihilated.\n\n"
        '"Fierce fighting has been raging since dawn today," the communique said.'
    )
    assert _direct(text) == ["Syria"]


# --- rules from the two-hundred-sixteenth to two-hundred-twentieth Reuters samples (twelfth session) --


def test_a_board_is_an_organisations_last_word_not_a_surname():
    text = "WINNIPEG - The Danish Wheat Board has advised the government to cut prices, a board spokesman said.\n"
    assert _pairs(text) == [("Danish Wheat Board", False)]


def test_a_described_person_then_an_apposition_that_lost_its_closing_comma():
    text = (
        "WASHINGTON - Chips.\n\n"
        '"We are losing our semiconductors," subcommittee chairman James Velt, a New Jersey Democrat said.\n'
    )
    assert _direct(text) == ["James Velt"]


# --- rules from the two-hundred-twenty-first to two-hundred-twenty-fifth Reuters samples (twelfth session) --


def test_a_subject_in_apposition_told_someone_a_statement():
    text = (
        "DETROIT - Cars.\n\n"
        "Walter Velt, vice president of Norvale Europe, told Reuters he did not expect a large rise in sales. "
        '"We have concluded that Europe is a small volume market."\n'
    )
    assert _pairs(text) == [("Walter Velt", False), ("Walter Velt", True)]


def test_a_paragraph_whose_opening_mark_was_lost_before_surname_said():
    text = (
        "WASHINGTON - Farm credit.\n\n"
        "In addition, Ann Velt urged Congress to act.\n\n"
        'We urged the Congress to go on record through a resolution stating its commitment," Velt said.\n'
    )
    quotes = [q for q in extract(text).quotes if q.direct]
    assert [q.speaker for q in quotes] == ["Ann Velt"]
    assert text[quotes[0].start : quotes[0].end].startswith("We urged the Congress")


# --- rules from the two-hundred-twenty-sixth to two-hundred-thirtieth Reuters samples (twelfth session) --


def test_he_after_a_lone_surname_that_just_spoke():
    text = (
        "NEW YORK - Money.\n\n"
        '"M-1 has hit an air pocket," said Bill Ray of Tarkon Reynolds Inc.\n\n'
        "Economists said borrowings were lower than expected.\n\n"
        "A drop in housing starts shows key sectors are lagging, Velterra said.\n\n"
        '"If this continues, we can entertain the notion of Fed easing," he said.\n'
    )
    assert _direct(text) == ["Bill Ray", "Velterra"]


def test_places_that_name_a_company_written_with_its_form():
    text = (
        "TORONTO, March 31 - Canadian Pacific Ltd's principal aim will be to increase the return on equity.\n\n"
        "Canadian Pacific's return on capital fell, after the sale of Canadian Pacific Airlines.\n\n"
        '"To achieve this goal will require that our businesses are leaders," the company said.'
    )
    assert _direct(text) == ["Canadian Pacific Ltd"]


def test_the_statement_a_spokesperson_made_speaks_for_their_body():
    text = (
        "WASHINGTON - Tin.\n\n"
        '"The United States has continued to abide by the memorandum," a Norvale Department spokesman said in '
        "a statement.\n\n"
        '"The views of the ASEAN governments have been taken into account," the statement said.'
    )
    assert _direct(text) == ["Norvale Department", "Norvale Department"]


def test_brokers_then_a_firms_name_after_the_cue():
    text = (
        "LONDON - Shares.\n\n"
        '"It would be quite out of character for the market to sail upwards," added brokers Tarkon and Velt in '
        "a recent report.\n"
    )
    assert _direct(text) == ["Tarkon and Velt"]


def test_an_inverted_cue_with_a_lower_case_role_apposition_reports_what_comes_before():
    text = (
        "TOKYO - Shares.\n\n"
        "Some 80 pct of shares are held by corporate shareholders, said Keikichi Velt, general manager of the "
        'Bank of Tarkon\'s economic research division. "This is a tightly woven textile."\n'
    )
    assert _pairs(text) == [("Keikichi Velt", False), ("Keikichi Velt", True)]


# --- rules from the two-hundred-thirty-first to two-hundred-thirty-fifth Reuters samples (twelfth session) --


def test_italian_and_portuguese_name_particles_keep_a_name_whole():
    text = (
        "NEW YORK - Credit.\n\n"
        '"There is nothing for the market to get excited about," added Robert di Velt of Tarkon Brothers Inc.\n\n'
        '"Nothing," said Ana dos Velt.\n'
    )
    assert _direct(text) == ["Robert di Velt", "Ana dos Velt"]


# --- rules from the two-hundred-thirty-sixth to two-hundred-forty-fifth Reuters samples (thirteenth session) --


def test_a_body_whose_name_goes_on_after_on_and_the_person_before_its_initials():
    text = (
        "MANILA, March 15 - Funds.\n\n"
        "Pedro Anselm, Chairman of the Presidential Commission on Fair Dealing (PCFD) told Reuters in an "
        'interview: "There is every reason to believe the money is hidden."\n\n'
        'The Senate Committee on Harbours said: "We will look into it."\n'
    )
    assert _direct(text) == ["Pedro Anselm", "Senate Committee on Harbours"]


def test_on_before_a_day_joins_no_name():
    text = (
        "LONDON - Vote.\n\n"
        "The Electoral Commission on Thursday said it was satisfied the question was easy to understand.\n"
    )
    assert [q.speaker for q in extract(text, None).quotes] == ["Electoral Commission"]


def test_a_relative_clause_and_yesterday_between_the_apposition_and_its_cue():
    text = (
        "WASHINGTON, March 13 - Loans.\n\n"
        "Marta Quillon, chairman of the Grain Credit Board (GCB), which regulates the grain trade, yesterday "
        'said a market would help "as long as the board is a key player."\n'
    )
    assert _direct(text) == ["Marta Quillon"]


def test_said_in_response_to_an_inquiry_reports_what_follows_that():
    text = (
        "DENVER, March 4 - Quarrow Corp said it would sell its pump business.\n\n"
        "The spokesman said in response to an inquiry that he was not aware of any charge.\n\n"
        '"It is too early to talk about a charge" because the plan must be approved, he said.\n'
    )
    assert _pairs(text) == [("Quarrow Corp", False), ("Quarrow Corp", False), ("Quarrow Corp", True)]


def test_a_common_noun_opening_a_sentence_before_of_is_no_speaker():
    text = (
        "DENVER, March 4 - Quarrow Corp said it would sell its pump business.\n\n"
        "Also under the plan, payments to lenders would be deferred.\n\n"
        'Coverage of dental costs for retired staff would be provided "at much lower levels."\n'
    )
    assert _direct(text) == [None]


def test_economists_at_a_firm_speak_for_it_whatever_the_predicate():
    text = (
        "NEW YORK, March 4 - Housing starts fell.\n\n"
        'Economists at Varden Brothers Inc said: "a slight decline across the board, mostly weather."\n\n'
        "Economists at Varden Brothers Inc were more succinct in a weekly newsletter: "
        '"no particular economic reason, mostly weather."\n'
    )
    assert _direct(text) == ["Varden Brothers Inc", "Varden Brothers Inc"]


def test_a_lower_case_story_names_a_speaker_with_a_double_surname():
    body = " ".join(["the quake damaged the pipeline and the country will lose revenue for months."] * 6)
    text = (
        "QUAKE CUTS OIL REVENUES\n\n"
        f"quito, march 9 - {body}\n\n"
        '"the damage is gigantic," president tomas velarde quintano said after inspecting the province.\n'
    )
    assert _direct(text) == ["Tomas Velarde Quintano"]


def test_a_name_in_an_absolute_phrase_is_not_whom_he_stands_for():
    text = (
        "NEW YORK - Chemicals.\n\n"
        "Chairman-elect Denis Halvorsen said the company has money for acquisitions. Last year it made 40 "
        "acquisitions, the largest being Quorlan Paints. He said more may follow but he ruled out a drug maker as "
        '"too expensive."\n'
    )
    assert _direct(text) == ["Denis Halvorsen"]


def test_a_numbered_group_and_its_communique():
    text = (
        "WASHINGTON, April 8 - The Group of 12 developing countries said in a communique that some debt "
        "relief is necessary.\n\n"
        '"The debt overhang affects the capacity to grow," the communique said.\n\n'
        'It added: "Some kind of debt relief is necessary."\n'
    )
    assert _direct(text) == ["Group of 12", "Group of 12"]


def test_a_company_form_of_the_continent_makes_the_full_name():
    text = (
        "LEIDEN, March 17 - <Varden International Metals B.V.>, the Dutch mining company, has urged Surinam "
        "to change policies, a company spokesman said.\n\n"
        "He told Reuters that Varden, a fully-owned Quorlan/Shell subsidiary, presented the demands.\n\n"
        "Varden also urged the aide to improve safety, the spokesman said, adding rebel fighting had hit "
        "production at Varden and Suralco plants.\n\n"
        '"We are already making vast losses," the spokesman said.\n'
    )
    assert _direct(text) == ["Varden International Metals"]


def test_an_acronym_written_as_a_word_is_the_body_it_stands_for():
    text = (
        "SINGAPORE, June 16 - Foreign ministers of the Union of North-west Pacific States (UNWPS) said they "
        "expect closer ties with Japan.\n\n"
        "The Unwps communique noted Japan's large trade surplus.\n\n"
        '"Japan could also help to facilitate the flow of investments," it said.\n'
    )
    assert _direct(text) == ["Union of North-west Pacific States"]


def test_a_statement_issued_by_the_conference_speaks_for_the_conference_named_before():
    text = (
        "JOHANNESBURG, March 9 - Exports fell, executive Ann Velt said.\n\n"
        "She is chairman of the Varden Shipping Conference and director of Quorlan Containers Ltd.\n\n"
        "A statement issued by the conference here said sailings would increase.\n\n"
        '"This is the most positive development in four years," it said.\n'
    )
    assert _direct(text) == ["Varden Shipping Conference"]


def test_a_comparison_set_in_commas_keeps_the_subject_for_the_quotation_after():
    text = (
        "BOGOTA, March 9 - Talks failed, Tomas Velarde said.\n\n"
        "However, Velarde, like Finance Minister Cesar Quintano last week, was more explicit and said the "
        "United States would be under pressure.\n\n"
        '"Washington will have to take into account that a sharp fall in revenue would have consequences."\n'
    )
    assert _direct(text) == ["Tomas Velarde"]


def test_the_one_a_relative_clause_follows_speaks_the_words_after_that():
    text = (
        "WASHINGTON, March 24 - Central Bank Chairman Tom Rayburn said the slide has been enough, a bank "
        "spokesman said.\n\n"
        "The spokesman confirmed that Rayburn, who spoke to a group of analysts, said in answer to a question "
        'about the slide that "enough is enough."\n\n'
        "Quarrow and Sons, responding to the indictment of Ann Velt, who remains head of its unit, said it "
        'believes she "did not act illegally."\n'
    )
    assert _direct(text) == ["Tom Rayburn", "Quarrow and Sons"]


def test_a_body_named_with_its_initials_then_its_report():
    text = (
        "VARDEN DEVELOPMENT BANK LOANS FALL\n\nISTANBUL, March 29 - The Jeddah-based Varden Development Bank "
        "(VDB) said in an annual report its loans during the last Varden year fell 24 pct.\n\n"
        "Total financing approved by the bank for projects fell to 756.9 mln Varden dinars.\n\n"
        '"Due to a general recession, the demand for development funds was low," the report said.\n'
    )
    assert _direct(text) == ["Varden Development Bank"]


def test_the_bank_closing_a_sentence_is_the_bank_it_opens_with():
    text = (
        "MADRID, March 5 - <Banco Varden> signed a letter of intent with Quorlan Bank to buy its affiliate, "
        "the bank said in a statement.\n\n"
        '"The incorporation will provide a major boost," the statement said.\n'
    )
    assert _direct(text) == ["Banco Varden"]


def test_the_leader_of_a_body_named_by_its_initials():
    text = (
        "DETROIT, June 2 - United Harbour Workers union president Tom Velt said he was pleased Ann Quorlan is "
        "leaving but not encouraged at Bill Marrow's nomination.\n\n"
        '"When you say Marrow, that troubles me," the UHW leader told reporters.\n'
    )
    assert _direct(text) == ["Tom Velt"]


def test_who_said_before_a_quoted_phrase_is_the_one_the_relative_follows():
    text = (
        "WASHINGTON - Oils.\n\n"
        "But Sen. Tom Velt (R-Ind.) read a letter from Trade Representative Ann Quorlan, who said the "
        'proposal "blatantly discriminates" against imports.\n\n'
        "Govs. Bill Marrow and Dan Quist, who say the senator lacks experience, called the plan "
        '"a gamble."\n'
    )
    assert _direct(text) == ["Ann Quorlan", "Bill Marrow"]


def test_a_body_and_a_role_before_the_name_past_an_aside():
    text = (
        "WASHINGTON, April 2 - Leaders met Prime Minister Yasuhiro Quorlan.\n\n"
        "White House spokesman Tom Velt, asked if Quorlan's visit might help to defuse trade tensions, "
        'said "whether progress can be made depends on how you measure it."\n'
    )
    assert _direct(text) == ["Tom Velt"]


def test_a_company_form_in_lower_case():
    text = (
        "SPOKANE, April 8 - Key Varden corp said it has received contracts.\n\n"
        'The company said "The new contracts represent an annual increase."\n'
    )
    assert _direct(text) == ["Key Varden Corp"]


def test_by_saying_after_a_second_main_clause_is_its_subjects():
    text = (
        "PARIS - Dollar.\n\n"
        "Treasury Secretary Tom Velt went out of his way to reassure markets with a statement, and Finance "
        'Minister Ann Quorlan underscored that by saying: "I do not believe the Americans want a weaker '
        'dollar."\n'
    )
    assert _pairs(text) == [("Ann Quorlan", False), ("Ann Quorlan", True)]


def test_he_after_the_spokesman_is_the_body_named_in_the_lead():
    text = (
        "LONDON, April 1 - Drilling of the beet crop got off to a slow start, a spokesman for Varden Sugar "
        "Plc said.\n\n"
        "This compares with two pct at the same stage last year.\n\n"
        "There is little cause for concern. Seed beds look good and farmers are advised to wait, the "
        "spokesman said.\n\n"
        '"If the crop can be drilled by April we will be delighted," he said.\n'
    )
    assert _direct(text) == ["Varden Sugar Plc"]


def test_a_spokesman_after_a_sentence_about_the_union_speaks_for_the_lead_union():
    text = (
        "LONDON, March 5 - The National Growers Union, NGU, remains concerned about the ownership of "
        "Varden Sugar.\n\n"
        "The union's beet committee met yesterday to consider a report. "
        '"We are still concerned about Quorlan being the owner," a spokesman said.\n'
    )
    assert _direct(text) == ["National Growers Union"]


def test_a_company_before_its_officers_title_is_named_in_full():
    text = (
        "HOUSTON, March 5 - Varden Tool Co Chairman Tom Kistler said talks went on.\n\n"
        "The Justice Department said it would block the Varden and Baker merger.\n\n"
        'The Varden board said it would not sign the decree because it was too "unreasonable."\n'
    )
    assert _direct(text) == ["Varden Tool Co"]


def test_a_statement_issued_after_a_meeting_of_a_body_is_the_bodys():
    text = (
        "THE HAGUE, June 18 - Donors pledged more aid, a statement issued after a two day meeting of the "
        "Inter Governmental Group on Varden (IGGV) said.\n\n"
        '"The Group commended Varden for its steps," the statement said.\n'
    )
    assert _direct(text) == ["Inter Governmental Group on Varden"]


def test_a_verb_the_wire_capitalised_after_us_is_no_name():
    text = (
        "TOKYO - Trade.\n\n"
        "The U.S. Has said it will impose tariffs on imports of Japanese electronics goods.\n\n"
        '"We would not be able to do business," said a spokesman for leading Japanese electronics firm '
        "Varden Electric Industrial Co Ltd.\n"
    )
    assert _direct(text) == ["Varden Electric Industrial Co"]
    assert "U.S. Has" not in {q.speaker for q in extract(text, None).quotes}


def test_two_roles_joined_by_and_before_the_cue():
    text = (
        "NEW YORK - Survey.\n\n"
        "Tom Velt, chairman of the NAPM's business survey committee and director of materials management "
        'at Varden Bowes Inc said "the economy continued to expand in February."\n'
    )
    assert _direct(text) == ["Tom Velt"]


def test_a_trailing_attribution_whose_cue_has_long_adjuncts():
    text = (
        "WASHINGTON, March 5 - Varden Corp will ask the U.S. Interstate Commerce Commission (ICC) to "
        "reconsider, a company spokesman said.\n\n"
        '"We expect to file papers late tonight" asking the ICC to reopen the rail merger case, spokesman '
        "Rich Velt said in a telephone interview from the company's Chicago headquarters.\n"
    )
    assert _direct(text) == ["Rich Velt"]


def test_first_opens_a_banks_name():
    text = (
        "HOUSTON, March 31 - First Varden Bancorp of Texas, which lost a record 402 mln dlrs in 1986, said "
        "in its annual report it expected losses.\n\n"
        '"The company believes it will need capital," First Varden said in a note.\n\n'
        "First Varden said its two largest subsidiaries did not. First Varden National Bank of Houston had a "
        "capital ratio of 5.34 pct.\n\n"
        '"Management believes resources should be available," First Varden said.\n'
    )
    assert _direct(text) == ["First Varden Bancorp of Texas", "First Varden Bancorp of Texas"]


def test_going_on_doing_something_is_not_saying_it():
    text = (
        "WASHINGTON - Futures.\n\n"
        'Acting CFTC Chairman Tom Velt said CFTC continued to "closely monitor the financial integrity of '
        'firms."\n'
    )
    assert _direct(text) == ["Tom Velt"]


def test_quotations_after_a_lead_in_to_a_printed_document_are_its_authors():
    text = (
        "EXTRACTS FROM VARDEN COMMUNIQUE\n\n"
        "VIENNA, June 29 - Following are extracts from the communique issued at the conclusion of the "
        "VARDEN conference here.\n\n"
        '"The conference expressed satisfaction about the positive results of the agreement.\n\n'
        '"The conference noted that all market indicators have been firming up significantly."\n'
    )
    assert _direct(text) == ["VARDEN", "VARDEN"]


def test_a_committee_report_speaks_for_the_committee():
    text = (
        "LONDON, June 18 - Funding amounted to 7.5 billion dlrs, parliament's Harbours Committee said.\n\n"
        'But the all-party committee report said "the debate has now to be conducted within a different '
        'context."\n\n'
        'The committee in its report said, "we very much support the government\'s view."\n'
    )
    assert _direct(text) == ["Harbours Committee", "Harbours Committee"]


def test_the_chief_executive_named_in_apposition_after_the_cue():
    text = (
        "STOCKHOLM - Gold.\n\n"
        '"This is a breakthrough for Varden sales," said the group\'s chief executive, Tom Quorlan.\n'
    )
    assert _direct(text) == ["Tom Quorlan"]


def test_a_person_of_a_bank_in_a_city_is_the_subject():
    text = (
        "NEW YORK - Dollar.\n\n"
        "Similarly, Natsuo Velt of Quorlan Bank in New York warned, "
        '"I do not think the dollar has bottomed out yet."\n'
    )
    assert _direct(text) == ["Natsuo Velt"]


def test_a_companys_attorneys_speak_for_it():
    text = (
        "ST HELIER - Court.\n\n"
        "VTC said in defence documents that its adviser was the main negotiator.\n\n"
        '"The bid would not have been successful but for his services," VTC attorneys said in the '
        "documents submitted in court.\n"
    )
    assert _direct(text) == ["VTC"]


def test_a_company_form_closing_a_run_is_no_surname():
    text = (
        "MILAN - Banks.\n\n"
        "Gemina said it acquired a stake in <Nuovo Banco Quorlan Spa>.\n\n"
        'A spokeswoman for Milan-based Quorlan said, "We have no information at this time."\n'
    )
    assert _direct(text) == ["Nuovo Banco Quorlan"]


def test_a_participle_after_the_objects_apposition_is_the_subjects():
    text = (
        "NEW YORK - Varden Lynch and Co fired the head of its office today.\n\n"
        "Varden had suspended the official, Nahum Quorlan, yesterday saying at the time it was "
        '"disappointed and angry" if the charges are true.\n'
    )
    assert _direct(text) == ["Varden Lynch"]


def test_a_role_listing_its_fields_with_commas_after_the_quotation():
    text = (
        "BUENOS AIRES, March 6 - A government official said the decision would not matter.\n\n"
        '"We have heard nothing about this, but it is no problem for us," Agriculture, Livestock and '
        "Fisheries Under-Secretary Miguel Velt said.\n"
    )
    assert _direct(text) == ["Miguel Velt"]


def test_he_after_a_lone_surname_opening_a_sentence():
    text = (
        "LONDON, March 19 - The chancellor repeated that he was satisfied with sterling.\n\n"
        "Velsonn said in a television interview that he did not regard the rate as high.\n\n"
        '"I think it is round about right," he said.\n\n'
        '"But I have made it absolutely clear that I do not want the pound to soar," he added.\n'
    )
    assert _direct(text) == ["Velsonn", "Velsonn"]


def test_holdings_after_an_acronym_stays_in_the_name():
    text = (
        "UTRECHT, March 11 - VRD Holdings NV said it is withdrawing its bid.\n\n"
        'VRD said in a statement it had not reached its target. "The tender offer is therefore void," it said.\n'
    )
    assert _direct(text) == ["VRD Holdings NV"]


def test_the_person_set_beside_an_offices_description_is_the_participles_subject():
    text = (
        "LONDON, March 16 - Banks.\n\n"
        "The Governor of the Bank of Varden, Robin Quorlan, repeated his criticism of City predators, "
        'describing them as "thoroughly irresponsible."\n'
    )
    assert _direct(text) == ["Robin Quorlan"]


def test_a_national_delegation_speaks_for_its_country():
    text = (
        "GENEVA - Trade.\n\n"
        'The Australian delegation said in a statement: "The United States waiver is one of the basic flaws."\n'
    )
    assert _direct(text) == ["Australia"]


def test_board_members_named_with_their_body_and_role():
    text = (
        "WASHINGTON, March 24 - Farm credit.\n\n"
        "Jim Velt, Farm Credit Administration (FCA) board member told a House subcommittee hearing "
        '"I feel your subcommittee should plan on providing money."\n\n'
        'However, FCA board member Marvin Quorlan differed, saying "it is premature to talk about the cost."\n'
    )
    assert _direct(text) == ["Jim Velt", "Marvin Quorlan"]


def test_it_added_after_a_quotation_the_sentence_carries_on():
    text = (
        "NEW YORK - Varden Industries said cement use rose.\n\n"
        "Since 1974, it added, more than 30 plants have closed. "
        '"In our opinion, capacity is less than 80 mln tons" a year, it added.\n'
    )
    assert _direct(text) == ["Varden Industries"]


def test_two_companies_in_a_joint_statement_the_first_named_speaks():
    text = (
        "BOSTON, March 18 - Varden Financial Group said it would merge with Quorlan Bancorp.\n\n"
        'Varden and Quorlan in a joint statement billed the proposed merger as "a partnership of two '
        'companies."\n'
    )
    assert _direct(text) == ["Varden Financial"]


def test_the_outlook_a_body_publishes_is_the_bodys():
    text = (
        "PARIS - The VDO said growth would slow.\n\n"
        'The VDO outlook said, "Continued large current account surpluses could lead to upward pressure on '
        'the yen."\n'
    )
    assert _direct(text) == ["VDO"]


def test_a_given_and_middle_name_before_a_plural_surname():
    text = (
        "CHICAGO - Futures.\n\n"
        '"Currencies are likely to muddle around these levels," said Varden Brothers analyst Anne Parker '
        "Mills.\n"
    )
    assert _direct(text) == ["Anne Parker Mills"]


def test_a_quotation_the_sentence_carries_on_after_its_comma_to_a_cue():
    text = (
        "CHICAGO - Futures.\n\n"
        "Varden Corp analyst John Quorlan expects a rally in European currencies.\n\n"
        '"The Japanese are moving away from the U.S. market," and investment funds formerly directed to the '
        "U.S. are likely to flow into Europe, Quorlan said.\n"
    )
    assert _direct(text) == ["John Quorlan"]


def test_the_fed_is_the_federal_reserve_the_article_names():
    text = (
        "WASHINGTON - The Federal Reserve Board approved the purchase.\n\n"
        'The Fed said the proposal "properly may be viewed as the permissible acquisition of certain assets."\n'
    )
    assert _direct(text) == ["Federal Reserve Board"]


def test_reported_as_saying_and_the_arabic_particle_ibn():
    text = (
        "RIYADH, March 19 - Submarines.\n\n"
        "The daily al-Quorlan reported Prince Sultan ibn Velt as saying: "
        '"A thorough study on the submarines has been completed."\n'
    )
    assert _direct(text) == ["Sultan ibn Velt"]


def test_an_initials_period_in_a_trailing_attribution():
    text = (
        'LONDON, Oct 20 - The United States is prepared to "pull out all the stops" to defend its '
        "agricultural trade rights under the General Agreement on Tariffs and Trade (GATT), U.S. Ambassador "
        "to GATT Michael Quorlan said.\n"
    )
    assert _direct(text) == ["Michael Quorlan"]


def test_a_short_name_in_brackets_spelled_from_syllables_is_the_full_name():
    text = (
        "SEOUL, March 9 - Contracts between Harbour Electric Power Corp (Hepco) and U.S. firms were delayed, "
        "a Hepco spokesman said.\n\n"
        "HEPCO has also been negotiating with others.\n\n"
        '"We have been waging a tug-of-war," the spokesman said.\n'
    )
    assert _direct(text) == ["Harbour Electric Power Corp"]
    text = (
        'MEXICO CITY - Petroleos Norvalos (Penor) raised prices.\n\n"We will export more," the Penor official said.\n'
    )
    assert _direct(text) == ["Petroleos Norvalos"]


def test_a_party_in_brackets_then_a_state_is_no_part_of_the_subject():
    text = (
        "WASHINGTON, March 5 - Senate Majority Leader Harold Vintner (Democrat) of Oregon said in an interview "
        'he was pleased. "But one speech is not enough to rebuild trust."\n\n'
        'Representative Mary Quell (Republican) of New Mexico said, "This is a good bill for the country."\n'
    )
    assert _pairs(text) == [("Harold Vintner", False), ("Harold Vintner", True), ("Mary Quell", True)]


def test_a_middle_name_that_is_also_a_town_goes_on_naming_its_person():
    # Spanish names: the first of two surnames is the one used alone, here also a town's name;
    # "Javier" is only mostly male, so "he" needs the mentions, not the first name's gender
    text = (
        "MIAMI, March 25 - The plan is likely to be accepted, central bank governor Javier Nogales Vela said.\n\n"
        "The country halted all payments on its bank debt in 1984. Inflation has been curbed. Spending was "
        "trimmed. Its debt still trades low.\n\n"
        "Nogales said the country would offer to buy back the debt. He said some banks might hold out.\n\n"
        'Nogales said he did not expect the repurchase to become a model. "We are not seeking a universal '
        'solution," he said.\n'
    )
    assert {s for s, _ in _pairs(text)} == {"Javier Nogales Vela"}


def test_it_after_the_daily_said_is_the_paper():
    text = (
        "BEIJING, March 3 - Price rises were criticised by the official Workers Daily in a major article this "
        "week. The daily said price increases had been taking place too quickly.\n\n"
        '"In future, price changes should be only in small steps," it said.\n'
    )
    assert _pairs(text) == [("Workers Daily", False), ("Workers Daily", True)]


def test_a_study_the_newspaper_reported_is_not_the_newspapers_own():
    text = (
        "NEW YORK, March 17 - A government study has concluded the country will depend on imported oil, the "
        "Harbour Times said.\n\n"
        "The newspaper said the inter-agency study found a serious problem.\n\n"
        "The study concluded that by 1995 the country will be relying on others for half of its oil.\n"
    )
    assert _pairs(text) == [("Harbour Times", False), ("Harbour Times", False), (None, False)]


def test_a_king_known_by_his_given_name_is_not_the_namesake_called_by_his_first():
    text = (
        "AMMAN, Jordan (AP) - President Bush said King Haddad assured him Jordan would close its border. Iraqi "
        "President Karim Haddad called Bush a liar.\n\n"
        "Karim met with the envoy on Monday. ``We continue to pray,'' Karim said.\n\n"
        "``It's our only outlet to the sea,'' Haddad said. He also said of trade: ``There are no shipments at the "
        "moment.''\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Karim Haddad", "Haddad", "Haddad"]


def test_more_verbs_open_an_inverted_attribution():
    text = (
        "He called the soldiers the real occupiers. Replied State Department deputy spokesman Ralph Venner, "
        '"We have not analyzed the statement in detail but it appears to be more rhetoric."\n\n'
        'Added the spokesman, Tom Ruddle, "We will not comment on that matter today."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ralph Venner", "Tom Ruddle"]
    assert extract(text).quotes[1].role == "deputy spokesman of State Department"


def test_a_clause_before_but_said_names_a_person_known_by_one_name():
    text = (
        "AMMAN - Prince Talal was asked today about the message. In an interview on ABC, he declined to discuss "
        'details, but said: "I do not think the king would be traveling at this moment without reason."\n'
    )
    assert _pairs(text) == [("Talal", True)]


def test_a_round_up_of_statements_labelled_with_their_day():
    text = (
        "WASHINGTON - What was said after the article: Lawrence Wexham on Thursday ``Without commenting on the "
        "allegations, any implication that she was aware of any impropriety is inaccurate.'' White House on "
        "Thursday ``We have been subjected to false leaks. We will not dignify the latest leak with a "
        "response.'' Currey on Friday ``I want to be clear, that is absolutely false.'' Clinton on Friday. "
        "``Once again, I never asked anybody to do anything but tell the truth.''\n\n"
        "Mike Currey, the press secretary, spoke to reporters.\n"
    )
    assert [s for s, _ in _pairs(text)] == ["Lawrence Wexham", "White House", "Mike Currey", "Clinton"]


def test_a_team_players_we_goes_to_the_subject_of_the_narrative_before():
    text = (
        "CARDIFF - Wales beat Italy.\n\n"
        "Double try scorer Marten Wyllie was keen not to talk about a possible Grand Slam for Wales. \"We've got "
        'more self-belief these days. Two years ago we might have collapsed after going behind."\n'
    )
    assert _pairs(text) == [("Marten Wyllie", True)]


def test_the_narrative_subject_named_inside_the_quote_is_not_its_speaker():
    text = (
        "EDINBURGH - And Scotland forward Simon Tavner looks certain to get the call, provided he recovers from "
        'knee problems. "Every player has to be looked at on their own merits and Simon Tavner is an outstanding '
        'player and I have no doubts he will be on the trip."\n'
    )
    assert _pairs(text) == [(None, True)]


def test_the_body_after_a_role_of_is_not_the_speaker():
    text = (
        "NEW YORK - The exchange will open a night session next month.\n\n"
        "Some analysts, including Orrin Vasquez, president of Halden Ridge Futures, said the night session "
        "would likely be dominated by institutions.\n"
    )
    assert [s for s, direct in _pairs(text) if not direct] == ["Orrin Vasquez"]


def test_a_lone_surname_opening_a_sentence_speaks_for_a_later_he():
    text = (
        "MELBOURNE - Tomas Berdanek lost in four sets.\n\n"
        "Vorlov raised his game to sink the Croatian. Vorlov admitted he was trying to keep his temper under "
        'control. The Russian hit himself on the head but was otherwise calm. "I try to stay calm," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Vorlov"]


def test_a_lone_word_that_speaks_of_itself_as_it_is_a_company_not_a_he():
    text = (
        "HOUSTON - Judge Marla Denholt ruled on Friday that the court had jurisdiction.\n\n"
        "Vantrex claimed it sought help in the US because other courts were unfriendly. "
        '"It appears likely that agencies have acted in a confiscatory manner," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Marla Denholt"]


def test_a_lone_typo_of_a_named_surname_is_that_person():
    text = (
        'MIAMI - "The campaign is in panic mode," said Loretta Wimmes, a local organiser.\n\n'
        "Wimes believes that the campaign took voters for granted.\n\n"
        '"They have a big problem," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Loretta Wimmes", "Loretta Wimmes"]


def test_a_spokesperson_opening_the_sentence_speaks_for_a_later_he_over_the_object():
    text = (
        "LONDON - A Harbour Party spokesman criticised Miles Orbury's record, saying numbers had fallen.\n\n"
        '"Today the Tories are making more extravagant promises," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Harbour Party"]


def test_a_spokesperson_named_in_apposition_is_that_person():
    text = (
        "DELHI - A spokesman for Norvale Builders, Dr Ashok Vantri, told the BBC this will mean better offers.\n\n"
        '"Consumers will have better choice," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ashok Vantri"]


def test_a_party_or_club_in_lower_case_before_spokesman_is_the_body():
    text = 'LONDON - A Harbour party spokesman said: "This election is a choice."\n'
    assert _pairs(text) == [("Harbour Party", True)]
    text = (
        "RIO DE JANEIRO - A spokesman for the Porto de Lagos Port said the order was given by Navy Minister "
        "Tarcisio Bemvindo. But he said there were no incidents.\n"
    )
    assert [s for s, _ in _pairs(text)][-1] == "Porto de Lagos Port"


def test_an_office_of_a_place_or_body_is_no_speaker_of_that_name():
    assert _pairs('LONDON - The Mayor of Leeds said: "I am pleased they have decided."\n') == [(None, True)]
    assert _pairs('LONDON - "I am pleased," said the Director of Public Prosecutions.\n') == [(None, True)]
    text = (
        "LONDON - The council met. Director of Public Prosecutions, Kenric Madowell QC, who sits on the council, "
        'said the principle is set by parliament. "What the new guideline does is bring clarity," he said.\n'
    )
    assert [s for s, _ in _pairs(text)] == ["Kenric Madowell", "Kenric Madowell"]
    text = "NEW YORK - The State of New Jersey said that it sold 23 stocks in a program trade this morning.\n"
    assert _pairs(text) == [("New Jersey", False)]


def test_a_first_person_quote_after_a_sentence_about_one_person_is_theirs():
    text = (
        "LONDON - Teachers resisted and laptops broke. Tom Ravel said the pilot had failed. However, Mr Negrin "
        'has adapted the idea to his own work in Laos where he set up two schools. "We put in 25 laptops three '
        'years ago and only one has been broken."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Negrin"]


def test_a_spokesperson_set_off_by_a_description_before_a_colon_speaks():
    text = (
        "LONDON - Talks will resume next week.\n\n"
        'A spokesman for Tradeforce, Britain\'s biggest union, said after the meeting: "At least we are still talking."\n'
    )
    assert _pairs(text) == [("Tradeforce", True)]


def test_an_office_in_capitals_is_the_person_just_written_about():
    text = (
        "LONDON - Howard Flite says he will not stand down. The MP, who is consulting his lawyers, told BBC News: "
        '"They selected me and they can dispose of me."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Howard Flite"]


def test_an_adverb_of_time_before_a_colon_cue_and_an_occupation_before_a_mononym():
    text = (
        "LONDON - Model Carmina and actor Jed Ewart have both left the house.\n\n"
        'Carmina, who left in the fourth eviction, afterwards said: "I am so happy, I am so glad I\'m out."\n'
    )
    assert _pairs(text) == [("Carmina", True)]
    text = "HOUSTON - Analysts expected a change.\n\nBut Tennaco today said open access is one of the steps regulators take.\n"
    assert _pairs(text) == [("Tennaco", False)]


def test_a_finished_quote_then_a_new_sentence_reporting_its_own_clause():
    text = (
        "LONDON - Lib Dem MP Leto Ormsby was angry.\n\n"
        'Mr Ormsby said: "Hunting with dogs is not defined in the Act. "How is the village bobby supposed to '
        'tell them apart?" Tory MP Piers Lufton, another co-chairman of the group, said that the law was '
        '"so poorly drafted nobody can understand it".\n'
    )
    assert [s for s, direct in _pairs(text) if direct][:2] == ["Leto Ormsby", "Leto Ormsby"]
    # the cue ending the sentence after a question is the question's
    assert _pairs('LONDON - "How is the bobby supposed to tell them apart?" Tory MP Piers Lufton said.\n') == [
        ("Piers Lufton", True)
    ]


def test_a_description_skips_a_person_named_after_of():
    text = (
        "LEIPZIG - Jarret Gardell shrugged off an upset stomach to win the 60m.\n\n"
        "Gardell clocked 6.56 seconds and finished well ahead of Germany's Marco Blumen, who crossed the line "
        'in 6.67 secs. The world indoor champion said: "I got to the airport and my stomach was upset."\n'
    )
    assert _pairs(text) == [("Jarret Gardell", True)]


def test_he_after_a_sentence_ending_in_a_contrast_is_its_subject():
    text = (
        "MELBOURNE - Officials defended the courts after criticism by Lleyton Hewlett.\n\n"
        'Hewlett said he had had a "gutful" of trying to persuade them but Tennis Australia\'s Geoff Pollock '
        'rejected his comments. "We did ask for it to be made faster than last year," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct][-1] == "Geoff Pollock"


def test_a_band_before_its_frontwoman_is_no_person():
    text = (
        "LONDON - Robbie Wills won best song.\n\nScissor Brothers frontwoman Ana Matrona collected the best album "
        'prize from singer Siouxsie Soo. She told the audience: "If you told us a year ago we would be getting '
        'these awards we would have called you crazy."\n'
    )
    assert _pairs(text) == [("Ana Matrona", True)]


def test_the_sentence_before_a_quote_may_open_with_a_phrase_or_set_off_its_subject():
    text = (
        "BELFAST - The open starts on Monday.\n\n"
        "Despite three successive wins over Tom Ravel, Jamie McIlwain is brimming with confidence. \"I've been waiting over "
        'six months for this chance."\n'
    )
    assert _pairs(text) == [("Jamie McIlwain", True)]
    text = (
        "LONDON - The new computer is cheap.\n\n"
        "Tom Ravel thinks it is dull. Graham Barrow, editor of Mac Monthly, understandably has a partisan viewpoint. \"It's just a Mac, but "
        'we see it as a revolution."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Graham Barrow"]


def test_a_person_set_off_after_a_role_after_the_cue_or_a_scene():
    text = (
        "LONDON - The airline will suspend the flights.\n\n"
        '"The decision was a difficult one to make," said the airline\'s director of commercial planning, Robert Boyland.\n'
    )
    assert _pairs(text) == [("Robert Boyland", True)]
    text = (
        "LONDON - The judges ruled against them.\n\nAfter the ruling Carla Fersten, legal director of the rights group "
        'Redrest, said: "It is not enough for the government to act."\n'
    )
    assert _pairs(text) == [("Carla Fersten", True)]


def test_worries_and_frets_are_cues_but_being_worried_is_not():
    text = '"The cost of that could be high," worries former adviser Zbig Brzinski.\n'
    assert _pairs(text) == [("Zbig Brzinski", True)]
    assert _pairs('"We cannot keep this up," fretted coach Ann Lorrimer.\n') == [("Ann Lorrimer", True)]
    assert _pairs("LONDON - Tom Ravel is also worried about Pakistan after the talks.\n") == []


def test_the_paper_is_the_one_last_introduced_as_a_daily():
    text = (
        "MADRID - The press was harsh.\n\nAnd Spanish daily Orbe accuses English reporters of launching a witch-hunt. "
        '"Perhaps it was because their team had played so poorly," the paper says.\n'
    )
    assert _pairs(text) == [("Orbe", True)]


def test_the_one_who_spoke_after_an_apposition_goes_on_whatever_a_first_name_suggests():
    text = (
        'WASHINGTON - "They will keep us out of a recession," Martin Maura said.\n\n'
        "Beryl Sprinkler, the chief White House economic adviser, predicted the deficit will improve.\n\n"
        '"Prospects for continued economic growth are still quite favorable," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Martin Maura", "Beryl Sprinkler"]


def test_a_portuguese_do_joins_a_name():
    text = (
        "RIO DE JANEIRO - The strike goes on.\n\nThe Jornal do Porto newspaper, in an editorial today, said: "
        '"From the economic point of view the strike carries an alarming cost."\n'
    )
    assert _pairs(text) == [("Jornal do Porto", True)]


def test_a_body_and_its_capitalised_role_after_a_name_is_no_person():
    text = (
        "LONDON - Lloyds Bank will withdraw.\n\nAlan Moorby, Lloyds Treasurer, told Reuters that the decision was "
        'forward looking. "We decided the return just was not attractive," he said.\n'
    )
    assert [s for s, _ in _pairs(text)] == ["Alan Moorby", "Alan Moorby"]


def test_a_name_inside_a_relative_clause_that_lost_its_comma_is_not_the_speaker():
    text = (
        "LONDON - The film was shown.\n\nMs Robbins, who presents The Weakest Link tells Cockerell that she "
        'despaired at his image. "I used to have to sit on my hands."\n'
    )
    assert [s for s, _ in _pairs(text)] == ["Robbins", "Robbins"]


def test_a_possessor_in_a_sentence_about_he_is_no_antecedent_for_the_next_he():
    text = (
        'LONDON - Tim Dames, editor of the trade paper, spoke about the awards. "It was a deliberate snub," he said.\n\n'
        "The problem with Mel Gibbon's film, he believed, was that the panel may have been cautious.\n\n"
        '"Hollywood does not like foreign-language films," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Tim Dames", "Tim Dames"]


def test_a_department_of_two_fields_joined_by_and_is_one_body_and_speaks_through_its_spokesperson():
    text = (
        "LONDON - Rural surgeries are closing.\n\nThe Department of Health and Social Care disputes this. "
        'A spokesperson said: "We have recruited 2,000 more doctors."\n'
    )
    assert _pairs(text) == [("Department of Health and Social Care", True)]


def test_a_given_name_after_a_bodys_and_is_still_a_person():
    text = 'LONDON - The Ministry of Defence and Alan Marlow agreed. "It is settled," Mr Marlow said.\n'
    assert [s for s, _ in _pairs(text)] == ["Alan Marlow"]


def test_manner_verbs_of_feature_writing_are_cues():
    text = (
        'HOLLOWMERE - Dr Amira Patel has run the surgery for years. "Maybe," she shrugs.\n\n'
        'Her partner Tom Greaves retired. "It hurt to go," he winced.\n'
    )
    assert [s for s, _ in _pairs(text)] == ["Amira Patel", "Tom Greaves"]


def test_an_age_describes_the_subject_of_the_sentence_just_before_in_its_paragraph():
    text = (
        "Harbour City 2-1 Norvale Rovers\n\nHarbour City manager Pete Lindqvist praised his side. "
        '"The lads showed real character," said Lindqvist.\n\n'
        "Rovers boss Sandra Okafor was left fuming at the referee. "
        '"It was never a penalty," the 44-year-old told BBC Radio Norvale.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Pete Lindqvist", "Sandra Okafor"]


def test_a_prosecutor_or_a_scientist_before_a_name_is_a_role():
    text = (
        'CARDIFF - Prosecutor Alun Pryce said: "He lived a life of luxury."\n\n'
        'Epidemiologist Dana Ruiz said: "The wave is over."\n'
    )
    assert _pairs(text) == [("Alun Pryce", True), ("Dana Ruiz", True)]


def test_a_second_clause_after_while_has_its_own_subject_before_its_apposition():
    text = (
        'WASHINGTON - Sen. Marsha Quell, R-Tenn., called the bill "a surrender," while Sen. Tom Avary, '
        'R-S.D., said he would support it "reluctantly."\n'
    )
    assert [s for s, direct in _pairs(text) if not direct] == ["Marsha Quell", "Tom Avary"]


def test_a_cue_in_the_next_paragraph_does_not_reach_back_to_an_uncued_answer():
    text = (
        "Lena Vargo has sold a million copies.\n\nDid you expect the success?\n\n"
        '"Not at all. My publisher, Tom Hales, told me to expect a few thousand sales."\n\n'
        "Hales remembers it differently.\n"
    )
    assert _pairs(text) == [(None, True)]


def test_a_present_tense_manner_verb_with_nothing_after_it_is_a_cue():
    text = 'Lena Vargo wrote it. Tom Hales knew. "I was about nine," she laughs. "Yes," he nods.\n'
    assert _pairs(text) == [("Lena Vargo", True), ("Tom Hales", True)]


def test_a_streets_short_form_ending_a_bodys_name_is_written_in_full():
    text = 'LONDON - Troops may help. "They are ready," a Downing St spokesman said.\n'
    assert _pairs(text) == [("Downing Street", True)]


def test_but_told_takes_the_subject_of_the_first_cue_that_has_one_in_the_sentence_before():
    text = (
        "LONDON - In his first comments since the report, Mr Blayre told BBC News he had not read it. "
        'But told BBC News: "As far as I am concerned, we have drawn a line."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Blayre"]


def test_the_statement_is_its_issuers_who_said_in_a_statement_that():
    text = (
        "Singer rests\n\nHer manager, Dev Okorie, said in an emailed statement that refunds would be issued. "
        '"Kira is resting and grateful for the support," the statement read.\n'
    )
    assert _pairs(text) == [("Dev Okorie", False), ("Dev Okorie", True)]


def test_she_goes_back_to_the_last_woman_she_stood_for_past_a_man_who_spoke_between():
    text = (
        "The Boatbuilder\n\nIna Callow does not like to be watched while she works. Summer people drift down "
        "the road to her shop and ask whether the boat is for sale. It never is.\n\n"
        "When I ask why she started building boats, she laughs. \u201cBecause I retired and I was unbearable,\u201d "
        "she says. \u201cAsk my son.\u201d\n\n"
        "Her son, Theo Callow, 41, is happy to confirm it. \u201cShe reorganized my garage twice in one month. "
        "Twice,\u201d he says. \u201cWe bought her a load of cedar.\u201d\n\n"
        "\u201cI did everything wrong,\u201d she says.\n"
    )
    assert [s for s, _ in _pairs(text)] == ["Ina Callow"] * 2 + ["Theo Callow"] * 2 + ["Ina Callow"]


def test_an_uncued_quotation_whose_later_paragraph_speaks_in_the_first_person_is_the_subjects():
    text = (
        "The Boatbuilder\n\nIna Callow builds boats on the point.\n\n"
        "When I ask about the future of the shop, Ms Callow sets down the plane and is quiet.\n\n"
        "\u201cPeople think a craft dies when the last old person dies. It doesn\u2019t.\n\n"
        "\u201cSo I\u2019m not worried about me.\u201d\n"
    )
    assert [s for s, _ in _pairs(text)] == ["Ina Callow", "Ina Callow"]


def test_an_age_after_a_paragraph_about_one_player_describes_him_in_every_piece_of_the_quotation():
    text = (
        "Sentinels 104, Thunderhawks 99\n\nDarius Colman scored 30. Colman was superb, and Colman said so.\n\n"
        "Jaylen Vose led Omaha with 27 points but went 1 for 6 in the final quarter.\n\n"
        "\u201cWe had it and we gave it away,\u201d the 22-year-old said. \u201cThat\u2019s going to sting.\u201d\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Jaylen Vose", "Jaylen Vose"]


def test_commonwealth_titles_are_roles_before_a_name():
    text = (
        "BRISBANE - Local mayor Bronwen Sheedy welcomed it, saying residents had been 'crying out' for it.\n\n"
        "'We have young families moving here every week and the roads cannot cope,' Cr Sheedy said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Bronwen Sheedy", "Bronwen Sheedy"]
    text = (
        'DUBLIN - Sinn Fein TD Aoife Dunlea said: "Every winter the numbers are worse."\n\n'
        'Taoiseach Ciaran Brennock said: "Nobody is comfortable with these numbers."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Aoife Dunlea", "Ciaran Brennock"]


def test_a_rhetorical_question_with_a_cue_of_stating_goes_on_into_the_next_paragraph():
    text = (
        "BRISBANE - The plan was announced.\n\n"
        '"Where is the business case? Where are the costings?" Ms Trang told reporters.\n\n'
        '"The Premier has announced three rail lines and not one of them has a shovel in the ground."\n'
    )
    assert [s for s, _ in _pairs(text)] == ["Trang", "Trang"]


def test_a_message_which_read_is_its_posters():
    text = (
        "LONDON - The wedding is off.\n\nJade Farrell hinted at the split, posting a cryptic message on "
        'Instagram which read: "Sometimes the bravest thing you can do is walk away."\n\n'
        'Her Millbrook Lane co-star Lisa Mayhue, 45, was among the first to comment, writing: "So proud of you."\n'
    )
    assert [s for s, _ in _pairs(text)] == ["Jade Farrell", "Lisa Mayhue"]


def test_the_firm_is_the_company_whose_shares_the_lead_is_about_not_the_index_it_is_in():
    text = (
        "Builder warns\n\nShares in Halbard Homes fell by 14% on Thursday after the housebuilder warned on profits.\n\n"
        "The FTSE 250 company said it now expected less.\n\n"
        'In a statement, the firm said: "Reservation rates have softened materially."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Halbard Homes"]
    assert "FTSE" not in [s for s, _ in _pairs(text)]


def test_a_spokeswoman_for_the_charity_speaks_for_the_charity_named_as_one():
    text = (
        "LONDON - Disabled passengers could be affected, according to the charity Accessible Routes.\n\n"
        'A spokeswoman for the charity said: "Replacement buses are too often not accessible."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Accessible Routes"]


def test_a_pronoun_in_a_clause_put_before_the_subject_is_hers_and_her_words_follow():
    text = (
        "LONDON - The film won.\n\nSinger Maia Lyle performed. After the show the singer wrote on Instagram: "
        '"What a night."\n\nAsked whether she would move to Los Angeles, Delahunt laughed and said she had no '
        'plans.\n\n"I like my kettle and I like my rain," she said.\n'
    )
    text = "LONDON - Niamh Delahunt won best actress. " + text
    assert [s for s, direct in _pairs(text) if direct][-1] == "Niamh Delahunt"


def test_title_case_words_ending_in_a_comma_before_he_said_are_spoken():
    text = (
        "Awards night\n\nHost Jonah Pyke opened the evening.\n\n"
        "\u201cWelcome to the British Screen Awards,\u201d he said, \u201cwhere the films are short.\u201d\n"
    )
    assert [s for s, _ in _pairs(text)] == ["Jonah Pyke", "Jonah Pyke"]


def test_the_spokesperson_after_one_for_an_unnamed_body_is_not_an_earlier_bodys():
    text = (
        "KERRVALE, Texas - Floods hit.\n\nA spokesperson for the Texas Department of Public Safety said two "
        "helicopters had been sent.\n\nThe two missing people were in a pickup that was swept away, a spokesperson for "
        "the county said. Their names have not been released.\n\n"
        '"Search teams are working the creek downstream," the spokesperson said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == [None]


def test_a_qa_answer_in_quotation_marks_after_its_question_is_the_interviewees():
    text = (
        "Q&A: The new library director\n\nRosa Achterburg took over as director of the library in January. "
        "We talked with her in her office.\n\nWhy libraries?\n\nMy mother cleaned offices at night.\n\n"
        "What did the board want to know?\n\nTeenagers. Every board asks about teenagers.\n\n"
        "So the shushing is over?\n\n\u201cThe shushing is over. We\u2019ll keep quiet rooms for people who need them.\u201d\n\n"
        "What are you reading?\n\n\u201cA very long history of the Erie Canal, very slowly.\u201d\n"
    )
    assert [s for s, _ in _pairs(text)] == ["Rosa Achterburg", "Rosa Achterburg"]


def test_two_given_names_before_one_surname_share_it():
    text = (
        "Bakery reopens\n\nThis weekend the queue stretched past the harbour wall.\n\n"
        "Siblings Tom and Jess Penhale reopened the bakery on Saturday.\n\n"
        '"We sold out by half past nine," said Jess.\n\n"Ask me again in six months," Tom said.\n\n'
        '"He looked at me," Jess corrected him.\n'
    )
    assert [s for s, _ in _pairs(text)] == ["Jess Penhale", "Tom Penhale", "Jess Penhale"]


def test_the_water_company_and_the_trust_are_the_bodies_the_story_named():
    text = (
        "WENDLE - Southmoor Water confirmed that a pumping station had failed.\n\n"
        'A spokesperson for the water company said: "We are deeply sorry for the impact."\n\n'
        "The Wendle Valley Rivers Trust, which has spent eight years restoring the brook, said the damage "
        'could take years to repair.\n\n"This stretch was finally coming back to life," the trust said in a statement.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Southmoor Water", "Wendle Valley Rivers Trust"]


def test_she_laughs_then_a_participle_is_still_her_cue():
    text = (
        "Orla Fennimoor is apologising for the state of her kitchen.\n\n"
        "\u201cDon\u2019t read anything into the fruit,\u201d she laughs, sweeping it into a bin.\n"
    )
    assert _pairs(text) == [("Orla Fennimoor", True)]


def test_the_incumbent_is_not_the_person_her_quotation_names():
    text = (
        "PORT CALLIS - Victor Osey, a first-time candidate, defeated two-term Mayor Eleanor Haverfield on Tuesday. "
        "Osey had 47 percent. Osey thanked voters.\n\nAcross town, where Haverfield's supporters had gathered, the "
        "mood was subdued. The incumbent conceded.\n\n"
        '"I called Mr. Osey to congratulate him," the incumbent said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Eleanor Haverfield"]


def test_a_child_named_after_the_word_for_them_is_no_antecedent_for_she():
    text = (
        "HARLAN - The family fled.\n\nMr. Westbrooke grabbed the dog, while Marisa Westbrooke buckled their "
        'daughter, Rosie, 4, into her car seat.\n\n"I went back in for the albums," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Marisa Westbrooke"]


def test_the_teams_captain_is_the_one_the_article_made_captain_not_the_last_named():
    text = (
        "Ashby edged Kerrow 20-19.\n\nAshby's comeback was led by their captain Joel Marrinder. He carried "
        "twice before fly-half Sam Pell converted.\n\n"
        '"We made it hard for ourselves," admitted the Ashby captain.\n'
    )
    assert _pairs(text) == [("Joel Marrinder", True)]


def test_a_star_the_article_named_among_others_is_not_whoever_the_description_means():
    text = (
        "Tully attacks TV\n\nRonan Tully has joined fellow comedy stars Ada Finch and David Corran in attacking "
        "television.\n\nSpeaking to a magazine, the Two Jokers star said there is too much bad language. And last "
        'week Only Fools star David Corran called TV "too safe".\n'
    )
    assert _pairs(text)[0] == ("Ronan Tully", False)


def test_counsel_is_the_barrister_the_court_report_named_for_that_side():
    text = (
        "Tom Rake BL, prosecuting, said the thefts came to light in 2022.\n\n"
        "Ann Corrib SC, defending, said her client was ashamed.\n\n"
        '"He does not hide behind his addiction," counsel said.\n\n'
        '"The harm was done to people who trusted him," prosecution counsel replied.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ann Corrib", "Tom Rake"]


def test_an_uncued_question_in_an_exchange_is_the_questioners_and_the_reply_the_answerers():
    text = (
        "A former clerk testified on Monday.\n\n"
        '"Did you see him change the figures?" asked prosecutor Lena Farrant.\n\n'
        '"Yes," Dale Quarry said. "More than once."\n\n'
        '"What did you do about it?"\n\n'
        '"Nothing at all, and I regret that now."\n'
    )
    assert [s for s, _ in _pairs(text)] == ["Lena Farrant", "Dale Quarry", "Dale Quarry", "Lena Farrant", "Dale Quarry"]


def test_the_company_is_the_one_whose_long_relative_clause_came_before_its_cue():
    text = (
        '"These devices are good," said Ann Kwan.\n\nCardiowell Technologies, which makes one of the '
        "best-selling heart-monitoring wristbands, said in a statement that it had not seen the data.\n\n"
        '"Our notifications are not intended to diagnose any condition," the company said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ann Kwan", "Cardiowell Technologies"]


def test_the_college_and_the_hospital_are_the_bodies_the_story_named():
    text = (
        "Waits rose.\n\nThe Royal College of Nursing said the figures reflected a failure.\n\n"
        '"Until we fix the flow of patients, ambulances will keep queuing," the college said in a statement.\n\n'
        "Linmoor General Hospital said it had opened extra beds.\n\n"
        '"We are doing everything we can for patients this winter," the hospital said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Royal College of Nursing", "Linmoor General Hospital"]


def test_a_kenyan_county_assembly_member_is_a_role_like_an_mp():
    text = (
        "But Kivumbini MCA Peter Ouma Otieno dismissed the forums.\n\n"
        '"You cannot hold a meeting in a hotel boardroom and call it public participation," the MCA said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Peter Ouma Otieno"]


def test_a_question_after_an_answer_to_a_narrated_question_is_the_askers():
    text = (
        "The committee's chair, Ruth Pallant, opened by asking Mr Oswin how many spills there had been.\n\n"
        '"Approximately 71,000 times," Karl Oswin replied.\n\n'
        '"And the year before?"\n\n'
        '"Around 34,000 in all."\n'
    )
    assert [s for s, _ in _pairs(text)] == ["Karl Oswin", "Ruth Pallant", "Karl Oswin"]


def test_a_quotation_that_speaks_to_the_last_speaker_is_not_theirs():
    text = (
        "Karl Oswin appeared before the committee. The committee's chair, Ruth Pallant, asked about bonuses.\n\n"
        '"I will reflect on what the committee has said," Mr Oswin said.\n\n'
        '"That sounds like a no," the chair said.\n\n'
        '"It is a considered answer and I stand by it, chair."\n'
    )
    assert [s for s, _ in _pairs(text)] == ["Karl Oswin", "Ruth Pallant", "Karl Oswin"]


def test_the_sheriffs_office_is_the_body_whose_name_ends_so():
    text = (
        "According to figures the Marston County Sheriff's Office reports to the state, crime rose.\n\n"
        'The sheriff\'s office, in a statement, said: "Any increase in violent crime is unacceptable to us."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Marston County Sheriff's Office"]


def test_the_one_asked_is_who_replies_whatever_the_article_calls_him():
    text = (
        "At questions, Huw Pentre was asked by the opposition leader, Tom Harker, whether he retained "
        "confidence in his health secretary.\n\n"
        '"Absolutely, and without hesitation," the First Minister replied.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Huw Pentre"]


def test_i_said_in_a_column_is_the_writer_its_byline_names():
    text = (
        "One more summer in his arm\n\nBy Gus Tremaine\n\nWendell Osterhaus is 44 and pitching again.\n\n"
        'I asked him the obvious question. "Why are you doing this at all?" I said.\n\n'
        '"Because I never got to find out," he told me.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Gus Tremaine", "Wendell Osterhaus"]


def test_a_portfolio_listed_with_commas_is_no_speaker():
    text = (
        "The Minister for Environment, Forest and Climate Change, Tarek Haque, said the coast was at risk.\n\n"
        '"Our farmers are already moving into the cities," he said.\n\n'
        "Minister for Children, Young People and Families Martha Hedge said the plans were fair.\n"
    )
    speakers = [s for s, _ in _pairs(text)]
    assert speakers == ["Tarek Haque", "Tarek Haque", "Martha Hedge"]


def test_a_sign_off_inside_a_quotation_is_not_a_person_whose_surname_is_her_given_name():
    text = (
        "Reality star Kayla Morrow has been dumped by text.\n\n"
        'Her co-star and best pal Demi Okafor rushed to her defence, commenting: "You deserve so much better '
        'babe. Always Team Kayla xx"\n\n'
        'Kayla broke her silence with a post, captioned: "Know your worth, then add tax."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Demi Okafor", "Kayla Morrow"]


def test_a_nickname_inside_an_accented_name_leaves_the_name_whole():
    text = (
        'The clubhouse empties slowly, but Ramón "Abuelo" Quintero is always the last to leave.\n\n'
        '"My knees are 50. My head is 25," Quintero said.\n\n'
        "His mother, Altagracia Quintero, 66, still lives in San Pedro.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ramón Quintero"]


def test_the_doctor_is_the_one_titled_dr_not_the_patient_named_last():
    text = (
        "Dr. Stephen Albrecht told a jury on Wednesday that he had no reason to suspect anything when he "
        "discharged Kendra Lowell, a 44-year-old teacher.\n\n"
        '"I did everything I was trained to do," the doctor testified.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Stephen Albrecht"]


def test_an_unsigned_memo_is_the_one_company_the_story_has_named():
    text = (
        "Loomwise Cuts 1,100 Jobs as It Bets Its Future on A.I.\n\n"
        "SAN FRANCISCO — Loomwise, the company whose software is used by about 90,000 businesses, laid off "
        "roughly 1,100 employees on Wednesday.\n\nEmployees learned of the layoffs in an email.\n\n"
        '"We are making these changes to concentrate our resources," said the memo.\n\n'
        "The memo said the company would move engineers to products which Loomwise has begun selling.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Loomwise"]


def test_the_countrys_delegate_is_the_delegate_the_article_named():
    text = (
        "Ruritania’s delegate, Tomás Echevar, joined the consensus but expressed reservations.\n\n"
        "“My delegation joins consensus in a spirit of solidarity,” the country’s delegate said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Tomás Echevar"]


def test_the_companies_joint_statement_is_both_companies():
    text = (
        "Harlow Foods, the maker of frozen dinners, agreed on Monday to acquire its rival Brightwater Brands for "
        "about $8.4 billion.\n\n"
        '"Together, we will have the scale to invest in the brands people buy," the companies said in a joint '
        "statement.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Harlow Foods and Brightwater Brands"]


def test_a_headline_verb_after_a_surname_makes_no_person_for_he():
    text = (
        "At a Diner in Steel Country, Mayhew Faces a Heckler and a Roomful of Doubters\n\n"
        "YOUNGSTOWN, Ohio — Catherine Mayhew stopped at the diner on Tuesday. Ms. Mayhew had been talking for "
        "six minutes when a man at the counter cut her off.\n\n"
        "“What about the plant? You were on the board that voted to close it!” he shouted.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == [None]


def test_a_question_to_you_after_narrative_about_one_person_is_theirs():
    text = (
        "Defense attorney Celia Amberg pressed the witness.\n\n"
        'Judge Rosa Quint sustained the objection. "Counsel, ask a question," the judge said.\n\n'
        'Amberg rephrased. "Did you write anything down at the time?"\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Rosa Quint", "Celia Amberg"]


def test_narrative_fronted_by_asked_is_about_the_subject_after_it():
    text = (
        "Hélène Garrin leads the farmers' union.\n\n"
        "Asked, finally, whether the blockades would resume, Garrin paused for a long time.\n\n"
        "“That does not depend on me. It depends on whether the government keeps its promises.”\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Hélène Garrin"]


def test_an_indian_police_rank_with_its_district_in_brackets_is_a_role():
    text = (
        'DCP (Outer) Vikram Sehra said a special team was set up. "We analysed footage from 200 cameras," '
        "Sehra said.\n\n"
        'According to police, the team received a tip-off on Sunday. "A trap was laid near the flyover and the '
        'three were intercepted," the DCP said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Vikram Sehra", "Vikram Sehra"]


def test_trains_under_veteran_coach_gives_the_coach_his_role():
    text = (
        "The 23-year-old, who trains under veteran coach Wilson Kiprop Rotich at the camp, ran a best.\n\n"
        '"I want to win the final," Mercy Jerop said.\n\n'
        'Rotich said Jerop had matured. "When she came to me she was running only on talent," the coach said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Mercy Jerop", "Wilson Kiprop Rotich"]


def test_he_after_a_man_the_narrative_introduced_is_not_the_woman_named_before():
    text = (
        "Catherine Mayhew had been talking for six minutes when a man at the counter cut her off.\n\n"
        "“What about the plant?” he shouted.\n"
    )
    assert _pairs(text) == [(None, True)]


def test_a_club_named_by_its_town_speaks_as_the_club():
    text = (
        "Middlesbrough have confirmed the match is a sell-out. \"The club can confirm that Saturday's fixture "
        'is a complete sell-out," the club said in a statement.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Middlesbrough"]


def test_his_sister_is_the_one_other_woman_sharing_his_surname():
    text = (
        "For four years, Nora and Declan Fitch have been arguing on their podcast.\n\n"
        '"The tuna bake was bad, and you knew it was bad," Nora Fitch said.\n\n'
        '"Every family has one dish that nobody actually likes," Declan Fitch replied.\n\n'
        '"That is the most cynical thing you have ever said," his sister replied.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Nora Fitch", "Declan Fitch", "Nora Fitch"]


def test_a_first_name_introduced_in_a_relative_clause_is_the_unnamed_speaker():
    text = (
        "“Everyone orders the stew on their first visit,” our waiter, who introduced himself as Bram, "
        "told us. “Then they come back for the lamb.”\n"
    )
    assert _pairs(text) == [("Bram", True), ("Bram", True)]


def test_a_first_name_no_list_knows_is_a_person_when_described_as_one():
    text = (
        "Zaynab, a 41-year-old mother of three, left her village in the spring.\n\n"
        '"We carried what we could," she said.\n'
    )
    assert _pairs(text) == [("Zaynab", True)]


def test_a_position_on_the_team_names_the_player_the_sentence_before_was_about():
    text = (
        "Reserve guard Tamsin Ollery scored 11 straight points in the fourth quarter.\n\n"
        '"We stopped moving the ball," coach Darrell Pike said.\n\n'
        "Kirsten Vantreece, who finished with 24 points, saw it differently.\n\n"
        '"It was not on Coach," the guard said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Darrell Pike", "Kirsten Vantreece"]


def test_a_reply_by_a_description_goes_to_the_one_the_last_speaker_was_speaking_with():
    text = (
        '"We were told these pipes would be gone by now," said Rep. Corinne Abelard, who chairs the panel.\n\n'
        '"Families are still drinking from them," Abelard said.\n\n'
        "Abelard, 61, said the panel had obtained the contractor's invoices.\n\n"
        "The witness, Dr. Anselm Brevik, a hydrologist at Carrow State University, spoke next.\n\n"
        "Abelard asked Brevik whether the filters were enough.\n\n"
        '"Filters work when the cartridges are changed," Brevik said.\n\n'
        '"So the stopgap has a gap," Rep. Piet Achterhof said.\n\n'
        '"That is a fair way to put it," the scientist answered.\n'
    )
    assert [s for s, direct in _pairs(text) if direct][-1] == "Anselm Brevik"


def test_a_street_is_no_person():
    text = (
        "Janice Pruitt of Orchard Lane said she worried about runoff. "
        '"My basement floods twice a year," she said.\n\n'
        'Walter Greenhalgh, 78, of Tolliver Road, said he had milked cows there. "It was a farm," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Janice Pruitt", "Walter Greenhalgh"]


def test_a_speaker_who_cuts_in_says_the_words_that_follow():
    text = (
        '"My client kept his backyard private," Simone Abernathy said.\n\n'
        'Justice Paul Haverly cut in. "But he did not build a roof over it, did he?"\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Simone Abernathy", "Paul Haverly"]


def test_a_description_that_smiles_introduces_the_words_after_it():
    text = (
        '"The crowd was loud, but that is why we love it," Marta Kowalewska told reporters.\n\n'
        'Asked about the warning, the 27-year-old smiled. "I think the umpire was right. I was nervous."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Marta Kowalewska", "Marta Kowalewska"]


def test_a_gesture_after_a_lead_phrase_with_its_own_commas_introduces_the_words_after_it():
    text = (
        "Team principal Ingrid Solvang said the result vindicated the upgrade.\n\n"
        "Asked about Ferrante's contract, which expires at the end of the season, she smiled. "
        '"Today is for celebrating. The lawyers can have Monday."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ingrid Solvang"]


def test_a_relative_named_in_the_narrative_paragraph_does_not_stop_its_subject_speaking_after_it():
    text = (
        "Marta Kowalewska beat the British number one in three sets.\n\n"
        "She became emotional when asked about her father, Tomasz, who taught her to play and died two years ago.\n\n"
        '"Every time I walk on to this court I think about him."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Marta Kowalewska"]


def test_a_name_given_with_an_age_is_a_person_later_too():
    text = (
        "Workers blocked the road outside the factory on Tuesday.\n\n"
        "Moriom, 23, a sewing operator, said she had borrowed money to pay her rent.\n\n"
        'Later, Moriom sat on the pavement outside the gate. "Where will we go?" she asked.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Moriom"]


def test_an_academy_is_no_person_a_boy_given_an_age_is():
    text = (
        "Thornfield Academy banned phones last year.\n\n"
        'Jayden, 14, was more philosophical. "Everyone will just find a way round it," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Jayden"]


def test_a_relative_opening_the_sentence_is_the_one_she_refers_to():
    text = (
        "Zahra Hosseini has tended the garden for six years.\n\n"
        "Ms Hosseini’s daughter, Mariam, 19, who is studying nursing, said the garden had changed her mother’s life.\n\n"
        "“My mum was really depressed when we first got here,” she said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Mariam Hosseini"]  # her mother's surname


def test_the_middle_of_a_longer_name_given_before_is_that_person():
    text = (
        "The managing director, Mohammad Rafiqul Haque Chowdhury, blamed cancelled orders.\n\n"
        '"We are not thieves," Rafiqul Haque told this correspondent.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Mohammad Rafiqul Haque Chowdhury"]


def test_a_generation_suffix_stays_with_the_speaker_name():
    text = '"We will win this seat," said Robert Halloway Jr., the candidate.\n\n"Peace," said Nana Ofosu Ampem III.\n'
    assert [s for s, direct in _pairs(text) if direct] == [
        "Robert Halloway Jr.",
        "Ofosu Ampem III",
    ]  # "Nana" is a chief's title


def test_an_age_description_is_the_subject_of_the_sentence_before_not_a_name_in_its_clauses():
    text = (
        "Dame Olwen Prys, who ruled the stage for decades, has died. Her friends were many.\n\n"
        "Sir Ronan Pike, who played Macbeth to her Lady Macbeth in 1989, said she had been "
        "‘the most dangerous actor I ever shared a stage with’.\n\n"
        "‘You never quite knew what Olwen was going to do,’ the 88-year-old said.\n"
    )
    assert [s for s, direct in _pairs(text)][-1] == "Ronan Pike"


def test_an_age_description_goes_to_the_subject_just_named_over_the_one_named_most():
    text = (
        "The singer's manager, Michael Bakare, said the talks took months.\n\n"
        "“We had offers,” Bakare told journalists. “Big offers.”\n\n"
        "“He came from nothing,” Bakare said.\n\n"
        "Veteran drummer Alhaji Ganiyu Oyewole, who attended the ceremony, said the younger man "
        "was “carrying the flag” for the music.\n\n"
        "“In our time, nobody knew our names,” the 71-year-old said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct][-1] == "Ganiyu Oyewole"


def test_a_description_after_a_relative_named_in_the_sentence_before_is_its_subject():
    text = (
        "Afrobeats star Dapo Aranmolate has signed a new deal.\n\n"
        "He disclosed that the album was dedicated to his late grandmother, Madam Ronke Aranmolate, "
        "who raised him.\n\n"
        "“Everything I know about melody, I learnt from that woman,” the singer stated.\n"
    )
    assert [s for s, direct in _pairs(text) if direct][-1] == "Dapo Aranmolate"


def test_the_speaker_with_its_capital_and_honourable_titles():
    text = (
        "The Speaker, Rt Hon. Harriet Nakalema Ssentongo, called the House to order.\n\n"
        "“Honourable members, this is not a market,” the Speaker said.\n\n"
        "Hon. Patrick Okwera-Lule, the MP for Kibanda East, defended the levy.\n\n"
        "“It is very easy to be popular,” Hon. Okwera-Lule said.\n\n"
        "After consultations at the Clerk's table, the Speaker ruled that the clause be stood over.\n\n"
        "“Until then, this clause stands over,” she directed.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == [
        "Harriet Nakalema Ssentongo",
        "Patrick Okwera-Lule",
        "Harriet Nakalema Ssentongo",
    ]


def test_a_description_twice_counts_its_distance_from_the_first():
    text = (
        "Ciaran Breathnach's late free sailed over, and Kerry were champions.\n\n"
        "Afterwards the Kerry captain admitted his legs were shaking.\n\n"
        "“I'd missed one from a similar spot,” the 27-year-old said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ciaran Breathnach"]


def test_a_descriptive_head_goes_to_the_subject_just_before():
    text = (
        "Kerry's Ciaran Breathnach kicked the winner.\n\n"
        "Their manager, Padraig O'Rourke, stood on the pitch.\n\n"
        "He said he would take time. “I'm not deciding tonight,” the Ballyroan clubman said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Padraig O'Rourke"]


def test_a_family_name_written_first_and_the_elder_of_two_sharing_it():
    text = (
        "Tran Van Hoang, a shrimper who lost his boat, said he would not come back.\n\n"
        '"The water is telling us something," Tran said then.\n\n'
        "His son, Kevin Tran, 33, now runs the new boat.\n\n"
        '"My dad said a lot of things," Kevin Tran said.\n\n'
        '"I saw the church open again," the elder Tran said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Tran Van Hoang", "Kevin Tran", "Tran Van Hoang"]


def test_the_elder_and_the_younger_by_who_is_whose_parent():
    text = (
        "Ann Lee and her father, Bob Lee, run the farm.\n\n"
        '"We work hard," the elder Lee said.\n\n"He does," the younger Lee said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Bob Lee", "Ann Lee"]


def test_a_single_quoted_quotation_over_paragraphs_with_a_double_quoted_phrase_inside():
    text = (
        "Ms MacRae, 49, confirmed the plan.\n\n"
        "‘I know what the answer will be,’ she said. ‘I have heard it before. They tell us “now is "
        "not the time”. Well, I ask them: when?\n\n"
        "‘A union that you cannot leave is not a union of equals.’\n\nThe crowd cheered.\n"
    )
    got = {text[q.start : q.start + 12]: q.speaker for q in extract(text).quotes}
    assert got["I have heard"] == got["A union that"] == "MacRae"  # one quotation, nested phrase and all


def test_he_after_a_sentence_about_the_singer_is_whom_the_singer_said_went_to():
    text = (
        "Afrobeats star Dapo Aranmolate has signed a new deal.\n\n"
        "“I will have full creative control,” the singer stated.\n\n"
        "Femi Adeyemo, 28, a ride-hailing driver, said the singer was an inspiration.\n\n"
        "“The economy is hard,” he said.\n\n"
        "Asked whether the deal would affect his old label, the singer was diplomatic.\n\n"
        "“I have no bad blood with anybody,” he said. “They gave me my start.”\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == [
        "Dapo Aranmolate",
        "Femi Adeyemo",
        "Dapo Aranmolate",
        "Dapo Aranmolate",
    ]


def test_she_began_and_a_paragraph_about_her_question_introduce_her_words():
    text = (
        "Naomi Ferrars, the Leader of the Opposition, had come armed with potholes.\n\n"
        "“The Prime Minister promised to fill a million potholes,” she began. “Can he tell the House?”\n\n"
        "Adrian Kettlewell rose. “I am glad she asked,” he said.\n\n"
        "Her final question was long enough to qualify for its own select committee.\n\n"
        "“Fourteen years of promises.\n\n“So will he start patting down some tarmac?”\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == [
        "Naomi Ferrars",
        "Naomi Ferrars",
        "Adrian Kettlewell",
        "Naomi Ferrars",
        "Naomi Ferrars",
    ]


def test_words_heard_on_footage_and_the_district_said():
    text = (
        "The footage, from the camera worn by Officer Kyle Brandon, shows him approaching the car.\n\n"
        "“Show me your hands!” Brandon can be heard shouting.\n\n"
        "The Kettle Basin School District canceled all outdoor practices.\n\n"
        '"Student health comes first," the district said in a statement.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Kyle Brandon", "Kettle Basin School District"]


def test_the_club_said_is_the_club_the_article_names_most():
    text = (
        "Wexford Rovers sack Ferrante after seventh straight defeat\n\n"
        "Wexford Rovers have sacked manager Luca Ferrante after a seventh consecutive Premier League defeat.\n\n"
        "The Italian, 51, was dismissed on Sunday, after a 3-0 home loss to Harrowby City.\n\n"
        "He leaves after 16 months in charge, having guided Rovers to promotion.\n\n"
        "In a statement, the club said: “Luca arrived at a difficult time. He will always be welcome here.”\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Wexford Rovers"]


def test_told_a_longer_object_then_a_colon_gives_the_quotation_its_teller():
    text = (
        "Harriet Vandermeer said the levy would stay.\n\n"
        "But the home secretary told the Commons home affairs committee: "
        '"Our position is very clear: it is justified and it is not for negotiation."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Harriet Vandermeer"]
    assert not [q for q in extract(text).quotes if not q.direct and "committee" in text[q.start : q.end]]


def test_a_gerund_statement_before_a_quotation_gives_it_its_speaker():
    text = (
        "Ministers were warned.\n\n"
        "Sexual Health Trust chief executive, Corinna Albright, said teaching pupils about "
        'contraception and consent were key. "Young people must be informed about all the issues."\n'
    )
    assert _pairs(text) == [("Corinna Albright", False), ("Corinna Albright", True)]


def test_the_ex_international_is_the_one_the_story_follows():
    text = (
        "Former Australia wing Rory Penhallow has questioned the England pack.\n\n"
        "Penhallow, though, defended coach Dean Mabbott, who he believes was the "
        '"only choice" for the job.\n\n'
        'But he blamed "a lack of depth in the squad" for the defeats. The side face Fiji on 12 March. '
        'And the ex-Wallaby added: "If they lost that, they would be in turmoil. I do not think they will."\n'
    )
    assert [s for s, direct in _pairs(text) if direct][-1] == "Rory Penhallow"


def test_a_surname_the_text_gives_alone_is_a_person_who_speaks():
    text = (
        "Penwright firm over Castellane\n\n"
        "But Penwright, speaking exclusively to the paper, also admits Castellane, who has been linked "
        "with Harbury, will have the final say on his future. He told Radio Wexley: "
        '"We will not accept offers for him. We are realistic enough."\n\n'
        "Penwright also revealed the club is ready to explore a sponsorship deal. "
        "Penwright joined the club as chief executive in 1998.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Penwright"]


def test_shri_and_smt_are_titles_that_say_gender():
    text = (
        "Replying to the debate, Union Minister of Fisheries Shri Venkatesh Rao Kondapalli said the Bill "
        "would help.\n\n"
        "Shri Kondapalli rejected the charge. "
        '"I want to say very clearly that no fisherman will be left behind," the Minister said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Venkatesh Rao Kondapalli"]


def test_the_minister_for_a_portfolio_in_apposition_is_the_minister():
    text = (
        "Later, the Minister for Health, Ciarán Mac Cárthaigh, said the executive had been asked for a plan.\n\n"
        "“I have asked for that plan to be on my desk within a fortnight,” the Minister said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ciarán Mac Cárthaigh"]


def test_he_after_a_last_clause_whose_subject_intervened():
    text = (
        "There were angry exchanges as Mr Ó Súilleabháin attempted to respond after his time had elapsed, "
        "and the Ceann Comhairle, Colm Ó Dálaigh, intervened.\n\n"
        "“Deputy, you have had your supplementary. I must ask you to resume your seat,” he said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Colm Ó Dálaigh"]


def test_an_office_given_to_no_one_is_the_one_the_sentence_before_was_about():
    text = (
        "The Tánaiste has rejected claims that the Government has given up on overcrowding.\n\n"
        "During Leaders’ Questions, Niamh Ní Dhomhnaill, who was standing in for the Taoiseach, told "
        "the Dáil that beds would open.\n\n"
        "Ms Ní Dhomhnaill said that claim was untrue, pointing to the health budget.\n\n"
        "“Nobody on this side of the House is saying the numbers are acceptable,” the Tánaiste said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Niamh Ní Dhomhnaill"]


def test_the_bride_and_the_groom_are_the_couple():
    text = (
        "Marjorie Brandt and Walter Brandt have been answering the same questions for two years.\n\n"
        '"I saw his name tag at the grief group and thought somebody was playing a joke," the bride said.\n\n'
        '"She marched right up and told me I had stolen her name," the groom said.\n\n'
        "The Rev. Peter Lindqvist, who leads the group, said he was delighted.\n\n"
        'Asked for the secret, the groom took a moment. "Listen more than you talk," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Marjorie Brandt", "Walter Brandt", "Walter Brandt"]


def test_a_chinese_given_name_after_the_family_name_and_the_younger_of_two():
    text = (
        "Chairman Raymond Cheung Wai-kit, 68, told analysts that the group would sell the hotel.\n\n"
        "“This is not a decision my father would have made,” Cheung said.\n\n"
        "Edmond Cheung Ka-chun, the chairman’s son and an executive director, said occupancy stood at "
        "84 per cent.\n\n"
        "“Tenants know they have the upper hand right now,” the younger Cheung said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Raymond Cheung Wai-kit", "Edmond Cheung Ka-chun"]


def test_nana_and_togbe_are_titles_of_chiefs():
    text = (
        "Reached by telephone, Togbe Agbeko Sefe IV, who chairs a mediation committee, said the "
        "committee had written to both royal gates.\n\n"
        "“A chief who is installed in confusion will rule in confusion,” Togbe Sefe said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Agbeko Sefe IV"]


def test_bint_is_part_of_a_name():
    text = (
        "Dr Maryam bint Abdullah al-Balushi, an entomologist, said the weevil spread through trade.\n\n"
        "“The cost is coming down every year,” Dr al-Balushi said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Maryam bint Abdullah al-Balushi"]


def test_a_name_whose_full_name_the_article_gives_speaks_as_the_full_name():
    text = (
        "Piratininga have agreed to sell playmaker Tavinho to Guanabara for a record fee.\n\n"
        "Tavinho, whose full name is Gustavo Henrique Tavares da Silva, joined the academy at 11.\n\n"
        "“Piratininga is my home. I arrived here at 11 years old,” Tavinho wrote on social media.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Gustavo Henrique Tavares da Silva"]


def test_father_and_son_sharing_a_name_are_two_speakers():
    text = (
        "The wheat should be knee-high by now, and Harlan Voss Sr. has stopped pretending otherwise.\n\n"
        "“Normal is somewhere around nine inches,” said Voss, 74.\n\n"
        "His son, Harlan Voss Jr., runs the numbers. The younger Voss wants to plant sorghum.\n\n"
        "“Dad’s instinct is to give it every chance,” Voss Jr. said.\n\n"
        "The elder Voss listened from the tailgate. “He’s usually not wrong,” he said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == [
        "Harlan Voss Sr.",
        "Harlan Voss Jr.",
        "Harlan Voss Sr.",
    ]


def test_the_company_said_after_a_statement_by_a_name_no_given_name_makes_a_person():
    text = (
        "The plant would draw seawater and return it as brine.\n\n"
        "In a written statement, Quebrada Salinera said the discharge would pass through diffusers.\n\n"
        '"The project has been designed to meet every standard set by law," the company said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Quebrada Salinera"]


def test_a_surname_shared_with_a_parent_named_in_passing_is_the_speakers():
    text = (
        "Pryce stood to address the court.\n\n"
        "Among those who spoke before him was Angela Whitcomb, whose father, Howard Whitcomb, a retired "
        "machinist, lost $410,000 and died last spring.\n\n"
        '"My father worked 41 years with his hands," Whitcomb said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Angela Whitcomb"]


def test_a_month_that_is_a_given_name_before_a_cue_or_after_and():
    text = (
        "Walter and June Pickens sat on a tailgate.\n\n"
        '"I was praying out loud," June Pickens said. "Walter was praying quieter."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["June Pickens", "June Pickens"]


def test_a_malay_name_given_in_part_and_an_office_after_a_portfolio():
    text = (
        "Restaurants will no longer buy subsidised cylinders from July 1, says Datuk Seri Mohd Ridzuan Osman.\n\n"
        "The Domestic Trade and Cost of Living Minister said leakages were costing the government RM1.2bil.\n\n"
        '"The subsidy was meant for households," he told a press conference.\n\n'
        "Mohd Ridzuan said officers had seized 41,000 cylinders. "
        '"We will be watching prices very closely," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Mohd Ridzuan Osman", "Mohd Ridzuan Osman"]


def test_according_to_him_before_a_quotation():
    text = (
        "Chief Emeka Nwachukwu-Obi said the results reflected the resilience of the business.\n\n"
        '"We took deliberate decisions last year," he said.\n\n'
        'According to him, "The export market is now the big opportunity for us."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Emeka Nwachukwu-Obi", "Emeka Nwachukwu-Obi"]


def test_a_nickname_inside_a_name_then_used_alone():
    text = (
        "The platform was laid by prop Lachlan 'Tank' Fairweather, who ran for 187 metres.\n\n"
        '"Mate, I just run straight," Tank said with a grin. "Coach tells me to, so I do."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ['Lachlan "Tank" Fairweather', 'Lachlan "Tank" Fairweather']


def test_he_after_a_clause_of_time_inside_a_reported_statement_is_its_subject():
    text = (
        "Darragh Kinsella, 34, pleaded guilty to robbery.\n\n"
        "Garda Sgt Pádraig Hennelly told the court that the pensioner raised the alarm at 2am.\n\n"
        "The sergeant said that when Darragh Kinsella was arrested four days later, he replied: "
        "“I was out of my head. I don’t remember any of it.”\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Darragh Kinsella"]


def test_a_word_that_is_one_persons_surname_and_anothers_given_name_where_given_names_are_used():
    text = (
        "“Prices fell again this week,” said Hailu Bekele, who farms outside the town.\n\n"
        "Hailu, 61, said the traders had stopped coming.\n\n"
        "Bekele Worku, head of the district market office, rejected that account.\n\n"
        "“Nobody is forbidden from paying more,” Bekele told this newspaper.\n\n"
        "Manager Selam Tadesse disagreed. “The farmers are right,” Selam said.\n\n"
        "Dawit Alemu, who chairs the union, agreed. “They are early,” Mr Dawit said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == [
        "Hailu Bekele",
        "Bekele Worku",
        "Selam Tadesse",
        "Dawit Alemu",
    ]


def test_where_surnames_are_used_the_surname_reading_stands():
    text = (
        "“Prices fell again this week,” said Hailu Bekele, who farms outside the town.\n\n"
        "Bekele Worku, head of the district market office, rejected that account.\n\n"
        "“Nobody is forbidden from paying more,” Worku said.\n\n"
        "“They have stopped coming,” Bekele said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Hailu Bekele", "Bekele Worku", "Hailu Bekele"]


def test_a_name_cut_by_a_nickname_is_whole_when_its_given_name_is_used_alone():
    text = (
        "The protest was led by Pranee ‘Joy’ Wattanakul, a rubber tapper.\n\n"
        "“We will not leave this land,” Ms Pranee said.\n\n"
        "“Khun Pranee is welcome in Bangkok,” said an official.\n\n"
        "Later Khun Pranee said: “We will talk, but we will not sign.”\n"
    )
    assert [s for s, direct in _pairs(text) if direct][:1] == ["Pranee Wattanakul"]
    assert [s for s, direct in _pairs(text) if direct][-1] == "Pranee Wattanakul"


def test_cde_is_a_title():
    text = (
        "Party chairman Lovemore Dube said the party had expelled the two men.\n\n"
        "“The party does not protect thieves,” Cde Dube said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Lovemore Dube"]


def test_a_person_of_a_town_named_for_a_natural_feature():
    text = (
        "One of those customers is Jolene Pettiford of Baxter Springs, Kansas, who posted photographs.\n\n"
        '"I did not want a coupon at all," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Jolene Pettiford"]


def test_a_paragraph_that_ends_on_a_reply_introduces_the_quotation_after_it():
    text = (
        "Emergency Minister Danielle Ouimet-Shaw announced the plan on Tuesday.\n\n"
        "Asked whether the government was stepping into provincial jurisdiction, Ouimet-Shaw answered at length.\n\n"
        '"Nobody in this government wants to run a provincial forest service. That is not what this is.\n\n'
        '"We have talked to every province about this for more than a year."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Danielle Ouimet-Shaw", "Danielle Ouimet-Shaw"]


def test_a_dateline_place_is_no_person():
    text = (
        "Carrick Bay festival opener premieres to a long silence\n\n"
        "CARRICK BAY — The film opened the Carrick Bay Film Festival's competition on Friday.\n\n"
        "Kestrel, the one-named musician, sat beside the director.\n\n"
        '"I stopped talking for a month," he said, to laughter.\n'
    )
    assert "Carrick Bay" not in [s for s, _direct in _pairs(text)]


def test_she_answered_after_one_asked_another_is_the_one_asked():
    text = (
        "Director Odile Prentiss-Amadi spent six years making the film.\n\n"
        "At the Q&A, the festival's artistic director, Jun Takeda, asked Prentiss-Amadi why she had shot "
        "the entire film on the salt flats.\n\n"
        '"Because salt lies to the camera," she answered.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Odile Prentiss-Amadi"]


def test_spanish_double_surnames_that_are_towns_and_the_first_surname_alone():
    text = (
        "The blue tarp over Marisol Rivera Colón's kitchen has been there for a year.\n\n"
        '"It is part of the house now," Ms. Rivera, 46, said in Spanish.\n\n'
        "Her father, Ángel Rivera Santos, 74, keeps the papers in a bag.\n\n"
        '"My father built this house with his hands," Mr. Rivera said.\n\n'
        '"Every time it rains, I move the flour," Ms. Rivera said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == [
        "Marisol Rivera Colón",
        "Ángel Rivera Santos",
        "Marisol Rivera Colón",
    ]


def test_a_nickname_in_double_quotation_marks_inside_a_name_then_used_alone():
    text = (
        'The group is led by veteran organizer Ernesto "Ka Duding" Macaraeg, who has fought demolitions '
        "since the 1980s.\n\n"
        '"They call it flood control. We call it land clearing," said Ka Duding, 67.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ['Ernesto "Ka Duding" Macaraeg']


def test_a_name_the_article_says_people_call_someone():
    text = (
        "Hasan Tuncel, 63, has worked copper at the bazaar's eastern gate for 41 years. Everyone here "
        "calls him Hasan Bey.\n\n"
        "Across the passage, Saniye Kocabas, who has run the tea stall for 28 years, was pouring glasses. "
        "Saniye Hanim, as the men call her, was less gloomy.\n\n"
        '"Nobody knocked on my door. Nobody asked me a single question," Hasan Bey said.\n\n'
        '"If they rebuild it the same way, I will be the first one back," Saniye Hanim said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Hasan Tuncel", "Saniye Kocabas"]


def test_otunba_is_a_title():
    text = (
        "The state Commissioner for Commerce, Otunba Folarin Adeyemo-Bakare, defended the levy.\n\n"
        '"The market burnt twice in four years," Otunba Adeyemo-Bakare said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Folarin Adeyemo-Bakare"]


def test_council_member_is_a_title_and_a_name_called_by_its_given_words():
    text = (
        "City Council Member Bao Xee Lor, whose ward includes the farm, said she had asked staff to "
        "explore buying land. Bao Xee acknowledged that the budget is tight.\n\n"
        '"I cannot promise anybody a miracle," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Bao Xee Lor"]


def test_a_surname_with_an_apostrophe_and_a_hyphen_is_one_word():
    text = 'It belonged to Sina Tupou Fa\'amau-Leota, 16, a junior.\n\n"I was not nervous," Sina said afterward.\n'
    assert [s for s, direct in _pairs(text) if direct] == ["Sina Tupou Fa'amau-Leota"]


def test_a_family_name_written_first_then_alone():
    text = (
        "For 19 years, Zhou Meilan has sold noodles from a folding table on Yanbo Lane.\n\n"
        '"They gave us a piece of paper and a phone number," Zhou said.\n\n'
        "The move is overseen by Zhou Dewei, deputy director of the bureau, who is no relation.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Zhou Meilan"]


def test_the_official_is_the_named_office_holder_the_sentence_before_was_about():
    text = (
        "Tom Baker, deputy director of the bureau, is overseeing the move.\n\n"
        "Baker told residents on Tuesday that the lanes had become a hazard.\n\n"
        '"We are not chasing anybody away from these lanes," the official said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Tom Baker"]


def test_the_official_after_an_unnamed_official_stays_unnamed():
    text = (
        "Tom Baker, deputy director of the bureau, is overseeing the move. A senior official at the "
        "bureau, who asked not to be named, disagreed.\n\n"
        "Baker told residents on Tuesday that the lanes had become a hazard.\n\n"
        '"We are not chasing anybody away from these lanes," the official said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == [None]


def test_mme_is_a_title_and_the_office_apposed_before_it_is_her_role():
    text = (
        "The order was signed on Monday by the prefect, Mme Hélène Corbière, and bans irrigation.\n\n"
        "Farmers from the valley blocked the road into town with their tractors.\n\n"
        "Mme Corbière received a delegation of farmers but refused to lift the order.\n\n"
        "Gérard Mazel, who grows maize near the river, said the order would ruin him.\n\n"
        '"I understand the anger of the farmers," the prefect told reporters afterwards.\n'
    )
    x = extract(text)
    assert [(q.speaker, q.role) for q in x.quotes if q.direct] == [("Hélène Corbière", "prefect")]


def test_a_paragraph_led_by_she_after_his_quotation_is_hers():
    text = (
        "Senator Margaret Dunleavy met voters in the diner with her husband, Dennis Dunleavy.\n\n"
        '"She will tell you she is fine. She is always fine. That is the problem," he said.\n\n'
        'She put the menu down. "That is not a problem at all. That is a job description."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Dennis Dunleavy", "Margaret Dunleavy"]


def test_a_person_of_a_township():
    text = (
        "At the next table, Denise, of Harlow Township, said she had ordered the same dish for years.\n\n"
        '"I do not know where we are going to go now," she said.\n'
    )
    assert "Harlow Township" not in [s for s, _direct in _pairs(text)]


def test_known_as_gives_the_name_the_story_then_uses():
    text = (
        "For three generations, the family of Mahmoud Abdel-Hadi has sold copper pots from the same "
        "shop. Known to everyone in the market as Abu Samir, he says he has no intention of leaving.\n\n"
        '"My grandfather opened this shop before the road was paved," Abu Samir said on Sunday.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Mahmoud Abdel-Hadi"]


def test_mzee_is_a_title_and_arap_a_name_particle():
    text = (
        "At Kaplelach village, Joseph Kiprono arap Chesire, 67, stood in a field of stunted maize.\n\n"
        '"We paid all our money for this fertiliser," Mzee Chesire said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Joseph Kiprono arap Chesire"]


def test_the_seat_of_an_mp_is_no_person():
    text = (
        "Before the walkout was complete, the MP for Asikuma Dwenase accused the other side of "
        "playing to the gallery.\n\n"
        '"They have read the report. Some of them even signed the attendance sheet," he said.\n'
    )
    assert "Asikuma Dwenase" not in [s for s, _direct in _pairs(text)]


def test_a_given_name_no_list_knows_is_no_employer():
    text = (
        "Every morning Tuan Pham unlocks the back door of the bakery with his wife, Hoa Pham.\n\n"
        '"She lies awake doing math," said their daughter, Vy Pham, 27.\n\n'
        "Vy translated for her mother at the register.\n\n"
        '"My dad will never tell you he is worried," Vy said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Vy Pham", "Vy Pham"]


def test_an_alias_in_two_languages_after_the_paragraph_that_names_him():
    text = (
        '"We sold 900 sandwiches on a Saturday," said Tuan Pham, 61, who opened the bakery with his wife, '
        "Hoa Pham, in 2006.\n\n"
        'Regulars call him "Chú Tuấn," or Uncle Tuan, and many have his number.\n\n'
        '"The bread is very good," Uncle Tuan said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Tuan Pham", None, "Tuan Pham"]


def test_a_reply_that_comes_first_introduces_the_words_after_it():
    text = (
        "The moderator asked both candidates where they would cut spending.\n\n"
        'Ortega answered first. "I would start with the consulting contracts. We have paid outside firms '
        'far too much."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ortega"]


def test_a_woman_the_story_names_in_the_next_paragraph():
    text = (
        '"It sounded like the washing machine going off balance, just getting louder," said a woman '
        "standing at the edge of what had been her driveway.\n\n"
        "The woman, Doreen Whitlock, 67, had been watching television with her husband when the "
        "sirens started.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Doreen Whitlock"]


def test_a_name_known_as_a_nickname_then_called_by_it():
    text = (
        "Rana Imtiaz Qureshi took no wickets in nine overs.\n\n"
        'Qureshi, known in the dressing room and on the terraces as "Aandhi", conceded 84 runs.\n\n'
        '"I know what people are saying. Let them say it," said the man the crowd calls Aandhi.\n'
    )
    assert [s for s, direct in _pairs(text) if direct][-1] == "Rana Imtiaz Qureshi"


def test_son_of_and_daughter_of_are_parts_of_a_name():
    text = (
        "The notice is addressed to Perumal s/o Arumugam, chairman of the temple committee.\n\n"
        '"Three owners have come and gone," said Perumal s/o Arumugam.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Perumal s/o Arumugam"]


def test_the_title_each_was_written_with_tells_two_of_one_surname_apart():
    text = (
        "On her last night in the ward, Bolanle Okafor walked the corridor as she always has.\n\n"
        "Her daughter is now Dr. Ifeoma Okafor, a resident at the same hospital.\n\n"
        '"I grew up doing homework on this floor," Dr. Okafor said.\n\n'
        '"She still checks every bed," Mrs. Okafor said of herself, laughing.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ifeoma Okafor", "Bolanle Okafor"]


def test_a_korean_family_name_written_first_with_a_title():
    text = (
        "“They are our neighbors,” said the Rev. Park Sung-ho, the church's senior pastor, on Sunday.\n\n"
        "The sign-in sheet is kept by Daniel Park, 29, who is related to neither of the other Parks.\n\n"
        "Pastor Park said the church had spent about $11,000 so far. “You can only open the gate and "
        "wait,” he said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Park Sung-ho", "Park Sung-ho"]


def test_the_region_in_a_dateline_is_no_person():
    text = (
        "BLUE MESA CHAPTER, Tohono Nation — The new pipe ends at a steel valve box beside the road.\n\n"
        "Inside the house, the grandmother waited while her grandson laughed before he translated.\n\n"
        '"She says she is going to take a bath for a whole afternoon," he said.\n'
    )
    assert "Tohono Nation" not in [s for s, _direct in _pairs(text)]


def test_a_nickname_inside_a_name_no_list_knows_then_used_alone():
    text = (
        '"Relocate we to where?" said Lenworth "Sprat" Wellington, 56, who has fished the bay since he '
        "was 12.\n\n"
        '"Mi born yah, mi father born yah," Sprat said. His sister, Marcia Wellington, was more blunt.\n'
    )
    assert [s for s, direct in _pairs(text) if direct and s is not None] == [
        'Lenworth "Sprat" Wellington',
        'Lenworth "Sprat" Wellington',
    ]


def test_a_first_name_set_off_by_a_longer_description_is_a_person():
    text = (
        '"I could not get to a call light for 40 minutes," said Tamsin, who has spent 11 years on the unit.\n\n'
        "Rochelle, a labor and delivery nurse standing beside her, said the hospital had stopped "
        'replacing nurses. "Three of us retired in the spring," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Tamsin", "Rochelle"]


def test_an_interview_alternating_between_two_people_in_bare_paragraphs():
    text = (
        "The host, Devin Marchbank, asks every writer the same question.\n\n"
        '"I burned it. In a charcoal grill, on my mother\'s patio," said the novelist Corinne Abara.\n\n'
        '"The whole thing?" Marchbank asked.\n\n'
        '"Four hundred and twelve pages. It took about an hour."\n\n'
        '"Did you at least have a copy?"\n\n'
        '"I had a copy. That is the part nobody believes."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == [
        "Corinne Abara",
        "Devin Marchbank",
        "Corinne Abara",
        "Devin Marchbank",
        "Corinne Abara",
    ]


def test_a_street_opening_a_sentence_after_on_is_no_person():
    text = 'On Palmetto Drive, a man stood in the water. "We lost the back porch," he said.\n'
    assert "Palmetto Drive" not in [s for s, _direct in _pairs(text)]


def test_an_unnamed_man_the_pronoun_means_is_named_in_the_next_paragraph():
    text = (
        "Mayor Jordan Alcott said the shelters were full by midnight.\n\n"
        "On Palmetto Drive, a man stood in ankle-deep water in front of his house. "
        '"We lost the back porch, but we are all right," he said.\n\n'
        "The man, Ernesto Vallejo, 58, said it was the fourth hurricane he had ridden out there.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ernesto Vallejo"]


def test_a_county_opening_a_sentence_is_no_person():
    text = (
        "Calloway County, a stretch of hollows with one traffic light, had the highest overdose rate. "
        '"The worst part is you stop being a person to everybody," she says.\n'
    )
    assert "Calloway County" not in [s for s, _direct in _pairs(text)]


def test_she_said_then_a_clause_about_someone_else():
    text = (
        "Outside the ground, supporter Denise Hartle said the mood among the away fans was grim.\n\n"
        '"We have come 200 miles for that. I am not saying the lad did not touch the keeper," she said, '
        'while her husband Graham Hartle insisted he would be "back next week regardless".\n'
    )
    assert [s for s, direct in _pairs(text) if direct][0] == "Denise Hartle"


def test_the_woman_the_story_names_in_the_next_paragraph():
    text = (
        "A neighbor who said she watched from her balcony described a confused scene. "
        '"I heard somebody yell, and then it was pop, pop, just like that," the woman said.\n\n'
        "The woman, Keisha Danvers, 41, said she had lived at the complex for nine years.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Keisha Danvers"]


def test_a_person_known_by_one_name_opening_a_sentence_again():
    text = (
        '"I could not get to a call light for 40 minutes," said Tamsin, who works the cardiac unit.\n\n'
        "Rochelle, a labor and delivery nurse standing beside her, said the hospital had stopped "
        'replacing nurses. "Three of us retired in the spring," she said.\n\n'
        'Tamsin nodded. "On my floor it was four," she said.\n\n'
        '"Four," Rochelle said. "And then they wonder why we are tired."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Tamsin", "Rochelle", "Tamsin", "Rochelle", "Rochelle"]


def test_their_daughter_takes_the_family_named_before_in_the_sentence():
    text = (
        "At the evacuation center, Dana and Ray Whitmore sat on a cot with their 14-year-old daughter, "
        "Kaylee, and two dogs.\n\n"
        'Kaylee said she had watched the ridge glow. "Everybody at school was posting about it," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Kaylee Whitmore"]


def test_an_alias_after_a_name_with_a_particle_or_an_apposition():
    text = (
        "Her husband, Hussein al-Rifai, known to everyone in the village as Abu Samir, was sifting "
        "through the rubble.\n\n"
        '"We rebuilt after 2006 and we will rebuild again," Abu Samir said.\n\n'
        'Alhaji Musa Danlami, a veteran bureau de change operator popularly called "Baba Naira", said '
        "demand had spiked.\n\n"
        '"Since yesterday, everybody is looking for dollar," Baba Naira said.\n'
    )
    got = [s for s, direct in _pairs(text) if direct and s is not None]
    assert got == ["Hussein al-Rifai", "Musa Danlami"]


def test_a_person_introduced_by_surname_only():
    text = (
        "Among those worried is a 63-year-old cleaner surnamed Leung, who shares a small unit with her son.\n\n"
        '"The landlord already told me he will not renew after March," she said in Cantonese.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Leung"]


def test_a_relative_named_in_full_has_the_sex_the_kin_word_gives():
    text = (
        "Shop owner Baljit Dhaliwal, 58, was beaten during the raid. He has not worked since.\n\n"
        "His daughter, Navreet Dhaliwal, told the court that her father had changed. "
        '"He used to greet every customer by name," she said.\n\n'
        'Judge Mark Tolley said: "Mr Dhaliwal has shown great dignity."\n'
    )
    assert [s for s, direct in _pairs(text) if direct][0] == "Navreet Dhaliwal"


def test_a_work_named_after_its_kind_is_no_speaker():
    text = (
        "Tessa Quintell has called off her autumn tour.\n\n"
        "The 31-year-old singer, whose debut album Glass Harbours went to number one, announced "
        "the decision on Tuesday.\n\n"
        '"I have tried so hard to keep going for all of you," she wrote.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Tessa Quintell"]


def test_the_main_clause_subject_after_a_subordinate_clause_speaks_next():
    text = (
        "Prosecutor Denise Harwell and defence lawyer Abena Osei both addressed the jury.\n\n"
        "When Ms. Harwell began reading the emails aloud, Ms. Osei rose to object. "
        '"Your Honor, counsel is testifying," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Abena Osei"]


def test_an_office_named_right_after_its_quote():
    text = (
        "The shadow chancellor has warned that frozen tax thresholds will hurt families.\n\n"
        '"This is a con trick dressed up as prudence," the shadow chancellor said. Ruth Allardyce, '
        "who was appointed to the role in the spring, added that the freeze was unfair.\n\n"
        "Callum Reid, 27, went missing in November.\n\n"
        '"We let Callum and his family down," the chief constable said. Iain Drummond, who met the '
        "family on Tuesday, said the review made uncomfortable reading.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ruth Allardyce", "Iain Drummond"]


def test_an_unnamed_worker_named_later_by_their_trade():
    text = (
        "Floodwater swept through Tallow Creek overnight.\n\n"
        "West of town, a dairy farmer on the river flats said he had spent the night moving cows.\n\n"
        '"The water came up faster than I have ever seen it," he said.\n\n'
        "The farmer, Owen Castellan, said his family had farmed there for a century.\n\n"
        "A mother of three who lives by the fields was in tears. "
        '"They have signed away the last green space in town," she said.\n\n'
        "The mother, Petra Lowndes, 42, organised the petition.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Owen Castellan", "Petra Lowndes"]


def test_a_described_speaker_named_after_the_cue():
    text = (
        "Floodwater tore through the town before dawn.\n\n"
        '"I heard the water before I saw it," said the woman, who asked that only her first name, '
        "Rosalind, be used.\n\n"
        '"He told me to go home and take care of the kids," said a woman waiting across the street. '
        "She asked to be identified only by her first name, Imelda, because of a pending case.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Rosalind", "Imelda"]


def test_a_place_written_once_after_at_or_in_is_no_person():
    text = (
        "Rookie Dane Holloway finished second.\n\n"
        "Holloway, who turned pro in June after two seasons at Marsh Hollow, earned $1.1 million. "
        "He said he would pay off his parents' mortgage.\n\n"
        '"They drove me to every junior tournament in four states," the rookie said.\n\n'
        "Chief executive Alan Brisco said the group would push harder online. Stores in Wexworth, Pellam "
        'Green and Castlerow have been earmarked. "We have made shopping with us too hard," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Dane Holloway", "Alan Brisco"]


def test_an_aged_description_after_the_words_of_the_one_it_describes():
    text = (
        "Arsenal's Tom Ellingham has called the rivalry with United bitter.\n\n"
        '"It is just more bitter against United," the defender told a newspaper. "There is an edge." '
        "Last October, Arsenal lost 2-0 at Old Trafford, which ended a long unbeaten run and sparked a "
        "crisis, with the Gunners winning only three of their next ten games in all competitions that "
        "autumn and falling well behind the leaders in the table.\n\n"
        '"It had a psychological impact on us," added the 30-year-old.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Tom Ellingham"] * 3


def test_a_body_speaks_under_its_fullest_name_with_its_company_form():
    text = (
        "Harlow Bedding Inc. cut its forecast on Tuesday, and its shares fell 9%.\n\n"
        '"The consumer we serve is making careful choices," Harlow Bedding said in a statement.\n\n'
        '"Salt Season" was acquired before the festival by Kestrel House Pictures, which plans a fall release.\n\n'
        '"We knew within 20 minutes that we wanted it," Kestrel House said in a statement.\n'
    )
    assert [(q.speaker, q.kind) for q in extract(text).quotes if q.speaker] == [
        ("Harlow Bedding Inc", "organisation"),
        ("Kestrel House Pictures", "organisation"),
    ]


def test_a_thousands_comma_in_a_relative_clause_is_no_apposition():
    text = (
        "Pellow & Finch employs about 11,000 people.\n\n"
        "A spokesman for the Shopworkers' Alliance, which represents about 4,000 Pellow staff, "
        'said: "Our members deserve to hear it from the company first."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Shopworkers' Alliance"]


def test_a_spokesperson_for_a_body_described_then_named():
    text = (
        "Dana Kirrin has cancelled her tour.\n\n"
        "A spokesperson for her management company, Bellweather Artists, said ticket holders would be "
        'refunded. "Dana\'s health comes first," the spokesperson added.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Bellweather Artists"]


def test_the_coroner_is_an_office():
    text = (
        "Asked by the coroner, Dr Fenella Quaid, whether he had checked his mirror, the driver said he had.\n\n"
        "Questioned by the family's solicitor, Orla Quill, she said the junction was dangerous.\n\n"
        "Ms Quill told the court that residents had written to the council four times.\n\n"
        "Returning a verdict of accidental death, the coroner said the cyclist had done everything right.\n\n"
        '"It is a matter of real regret that it took a death for changes to be made," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Fenella Quaid"]


def test_the_latter_and_the_former_are_the_second_and_first_of_two_named():
    text = (
        "Ines Carrow and Theo Lindahl, the company's co-founders, disagreed that night. Carrow wanted an "
        "email out by breakfast; Lindahl wanted to wait for the forensic firm.\n\n"
        '"I did not want to send one number and then another," the latter says.\n\n'
        '"We owed customers the truth that morning," the former says.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Theo Lindahl", "Ines Carrow"]


def test_a_capitalised_role_with_a_long_body_before_a_comrade():
    text = (
        "Workers at the Ibarra Textile Mills stayed away for a third day.\n\n"
        '"We will not go back until the arrears are paid in full," said the Chairman of the Joint '
        "Staff Negotiating Council in the state, Comrade Femi Adesoro.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Femi Adesoro"]


def test_a_role_phrase_then_a_name_followed_by_a_relative_clause():
    text = (
        "The clinic reopened on Monday.\n\n"
        '"What we found there is not acceptable in a hospital of this size," said the chairperson '
        "of the Lowveld provincial legislature's portfolio committee on health, Neo Mahlangu, who led the visit.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Neo Mahlangu"]


def test_two_roles_joined_by_and_before_the_name():
    text = (
        "Orvane Holdings reported a record quarter.\n\n"
        '"The results reflect two years of patient work across the group," said Orvane Holdings\' '
        "chief executive and managing director, Tariq Al Hadi.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Tariq Al Hadi"]


def test_an_unnamed_official_of_a_named_body_speaks_for_it():
    text = (
        "The Electoral Commission of Tarsany has received complaints from both candidates.\n\n"
        "An official of the Electoral Commission of Tarsany, who asked not to be named, said the "
        "returning officer would rule on Friday.\n\n"
        '"The returning officer is the competent authority at this stage," the official said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Electoral Commission of Tarsany"]


def test_an_unnamed_official_in_a_place_speaks_for_nobody():
    text = (
        "Floods closed the main road into Lahore on Tuesday.\n\n"
        '"We cannot reach the villages until the water goes down," said an official in Lahore.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == [None]


def test_a_plural_possessive_introduces_the_person():
    text = (
        "Marlow Brothers lost the contract in March.\n\n"
        '"We were told the decision was final and could not be appealed," said Marlow Brothers\' '
        "finance director Wendell Osei.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Wendell Osei"]


def test_a_description_the_article_gave_a_name_refers_back_to_it():
    text = (
        "Dr. Ilse Brandvold, an ornithologist who lives beside the marsh, told the board she had "
        "counted the nests herself.\n\n"
        '"The herons came back in March and they will not stay if the path goes through," the '
        "ornithologist said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ilse Brandvold"]


def test_a_description_two_people_were_given_refers_to_neither():
    text = (
        "Ilse Brandvold, an ornithologist from Harrow Fen, and Piet Lindqvist, an ornithologist "
        "at the county museum, both spoke.\n\n"
        '"The herons came back in March and they will not stay if the path goes through," the '
        "ornithologist said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == [None]


def test_a_spokesman_named_in_passing_is_no_description_of_a_name_before_it():
    text = (
        "Finance Secretary Ada Morrow cancelled a trip because of the visit of Prime Minister "
        "Kenji Arakawa, a Treasury spokesman said.\n\n"
        'The spokesman, who asked not to be identified, said, "I would not draw any conclusion '
        'from the cancellation."\n'
    )
    assert "Kenji Arakawa" not in [s for s, direct in _pairs(text) if direct]


def test_reported_speech_by_a_role_given_with_a_long_body_before_the_name():
    text = (
        '"I have written to the water board four times since June," said the councillor for the '
        "Halden Heights division in the Corve Municipal Corporation, Oswin Marley, who joined the "
        "protest.\n\n"
        "The road was cleared shortly after 2 p.m.\n\n"
        'The councillor said he would not let the matter rest once supply was restored. "This is '
        'the third time in two years, and I intend to raise it at the next sitting."\n'
    )
    assert _pairs(text) == [("Oswin Marley", True), ("Oswin Marley", False), ("Oswin Marley", True)]


def test_two_offices_held_at_once_are_one_role():
    text = (
        '"The quarter reflects two years of work," said Orvane Logistics Group\'s group chief '
        "executive and managing director, Tariq Al Hadi.\n\n"
        "The deal adds eleven warehouses.\n\n"
        '"Cold chain is where the growth is in this region," the chief executive told this newspaper.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Tariq Al Hadi", "Tariq Al Hadi"]


def test_a_body_named_after_a_portfolio_is_not_the_person_whose_role_mentions_it():
    text = (
        '"Nurses were hand-pumping bags for patients," said the chairperson of the Lowveld provincial '
        "legislature's portfolio committee on health, Neo Mahlangu.\n\n"
        "In a statement, the Lowveld Department of Health said the failure had been caused by "
        '"a fault on the pressure regulator at the bulk oxygen tank".\n'
    )
    assert "Neo Mahlangu" not in [s for s, _direct in _pairs(text)][1:]


def test_answers_under_topic_headers_are_the_person_introduced_before_them():
    text = (
        "Harwell Town manager Bruno Esterhazy spoke on Friday about the cup tie with Calder, whose "
        "boss Ivo Marsh had called his side soft.\n\n"
        "Here is what Esterhazy had to say.\n\n"
        "On the injury to his striker:\n\n"
        '"It is a bad one, I will not lie to you. The scan was not what we wanted."\n\n'
        "On Marsh's comments:\n\n"
        '"Ivo likes to say things to wake up his players. I understand it."\n\n'
        'Asked whether he would stay in the summer, he replied: "I have a contract here and I am '
        'very happy."\n\n'
        "Esterhazy was followed by captain Noel Brisk, who said the squad had noticed.\n\n"
        '"It is on the wall in the dressing room now," the defender said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == [
        "Bruno Esterhazy",
        "Bruno Esterhazy",
        "Bruno Esterhazy",
        "Noel Brisk",
    ]


def test_one_on_line_is_a_label_not_a_write_up_under_topics():
    text = (
        "Harwell Town manager Bruno Esterhazy spoke on Friday. His rival Ivo Marsh spoke later.\n\n"
        "On the pitch:\n\n"
        '"It is a bad one, I will not lie to you. The scan was not what we wanted."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == [None]


def test_a_lower_case_role_set_off_before_the_name_and_the_cue():
    text = (
        "Corey Lanfear died in March 2022 when the quad bike rolled on a slope.\n\n"
        '"Corey was not doing anything reckless that afternoon," counsel assisting, Imogen Thwaite, '
        "said in her opening address on Monday.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Imogen Thwaite"]


def test_madam_is_a_courtesy_title_not_the_office():
    text = (
        "Responding, the Minister for Lands and Forestry, Madam Efua Mensah-Dodoo, insisted the fight "
        "was far from lost.\n\n"
        'Asked by Mr Kobina Asare whether any officials were involved, the minister replied: "If the '
        'honourable member has names, let him bring them to me."\n'
    )
    assert [(q.speaker, q.role) for q in extract(text, None).quotes if q.direct] == [
        ("Efua Mensah-Dodoo", "Minister for Lands and Forestry")
    ]


def test_the_submission_said_goes_to_the_body_that_made_it():
    text = (
        "Councillors debated the charges for two hours.\n\n"
        "In a written submission to the meeting, the Dunmurry Chamber of Commerce said it was not "
        'opposed to charges. "A free first hour would let people pop in for a loaf of bread," the '
        "submission said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Dunmurry Chamber of Commerce"]


def test_the_club_said_goes_to_the_club_the_sentence_before_was_about():
    text = (
        "Pentrefoel beat Glanrhyd Vale 24-20 on Saturday.\n\n"
        "In a statement released on Sunday, Glanrhyd Vale said its hooker had broken a hand. "
        '"He will see a specialist on Monday and we will update supporters," the club said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Glanrhyd Vale"]


def test_a_paper_written_by_someone_speaks_with_its_author():
    text = (
        "Farm programmes cost taxpayers billions a year.\n\n"
        '"Farmers can now achieve the benefits of price stability by trading in option markets," '
        "the paper, written by Harlan University professor Odile Vantongeren, said.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Odile Vantongeren"]


def test_an_amount_and_a_meeting_are_never_people():
    text = (
        "Harmattan Crest to build N48bn Kano mill, says FX gains 'yet to reach factory floor'\n"
        "By Chinedu Okonkwo\n\n"
        "Harmattan Crest Flour Mills Plc will invest N48 billion in a new milling plant on Kano's Zaria "
        "Road industrial layout, its Chairman, Alhaji Haruna Bello Kankia, told shareholders on Thursday, "
        'even as he warned that the gains of recent reforms were "yet to reach the factory floor".\n\n'
        "Speaking at the company's 31st Annual General Meeting in Kano, Alhaji Kankia said the plant "
        "would be completed in 2027.\n\n"
        '"This investment is a statement of confidence in Nigeria and in the northern economy," he said.\n'
    )
    speakers = [s for s, _direct in _pairs(text)]
    assert not any(s and ("Meeting" in s or "N48bn" in s) for s in speakers)
    assert speakers[-1] == "Haruna Bello Kankia"


def test_the_writer_in_the_byline_is_no_antecedent():
    text = (
        "Mill to open in 2027\n"
        "By Emeka Obi\n\n"
        "The flour mill will open its new plant in 2027, shareholders were told on Thursday.\n\n"
        '"We are not waiting for perfect conditions," he said.\n'
    )
    assert _pairs(text) == [(None, True)]


def test_a_possessive_role_phrase_before_the_name():
    text = (
        "The health board will close the unit overnight.\n\n"
        '"We have not taken this decision lightly," said the board\'s executive director of '
        "operations, Dr Morwenna Tresize.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Morwenna Tresize"]


def test_the_name_a_long_description_ends_with():
    text = (
        "The astronaut grew up on a farm.\n\n"
        '"She was the only student I ever had who argued with the textbook and was right," said the '
        "woman who taught her physics at Harlow Bend High School in the late 1990s and still keeps her "
        'lab reports, Agnes Vellacott. "Twice."\n\n'
        "The nurses walked out on Tuesday.\n\n"
        '"Nobody in this crowd wanted to be out here today," said the union\'s president, an emergency '
        "nurse of 22 years named Odalys Ferreira-Pike, speaking through a megaphone.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Agnes Vellacott", "Agnes Vellacott", "Odalys Ferreira-Pike"]


def test_titles_of_works_are_never_speakers():
    text = (
        "Wenna Polglase obituary\n\n"
        "The poet Wenna Polglase, who has died aged 86, lived by the harbour all her life.\n\n"
        "Her first collection, Crab Pots, appeared in 1966. Later books, among them Neap Tides (1997), "
        "were quieter.\n\n"
        '"I was writing every morning. I simply did not think any of it was good enough," she told me.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Wenna Polglase"]


def test_a_birth_name_is_the_subject_it_names():
    text = (
        "The poet Nessa Pendarves, who has died aged 86, lived by the harbour all her life.\n\n"
        "Born Agnes Pendarves, the second of three daughters of a fisherman, she was known as Nessa "
        "from infancy.\n\n"
        '"It was not a confession. Nobody had committed a crime," she said in a 1994 interview.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Nessa Pendarves"]


def test_a_given_name_a_region_shares_opens_a_persons_name():
    text = (
        "Amara Ndukwe had missed her first seven shots on Saturday night.\n\n"
        "Ndukwe, a junior from Boise, finished with 14 points. She said she never considered passing.\n\n"
        '"Coach looked at me in the huddle and said I was taking it," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Amara Ndukwe"]


def test_a_college_a_magazine_and_a_saints_church_are_not_people():
    text = (
        "Carrow State beat 12th-ranked Ludwell Tech on Saturday. Shelf Talk Quarterly called the book "
        "bracing. The vicar of St Barnabas, the Rev Clare Penrose, spoke at the meeting.\n\n"
        '"More of this village turns up to the fete than to either," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Clare Penrose"]


def test_she_after_a_sentence_about_an_office_is_its_holder():
    text = (
        "Mayor Gwendolyn Ashdale wants the garage built. Councilwoman Nadia Perrault wants the "
        "library open on Saturdays.\n\n"
        '"Count away," Perrault said on Tuesday.\n\n'
        "Asked as she left the chamber whether she expected to prevail, the mayor smiled.\n\n"
        '"I expect to count to five," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Nadia Perrault", "Gwendolyn Ashdale"]


def test_the_spokesperson_added_is_the_unnamed_spokesperson_of_the_sentence_before():
    text = (
        "Marlham District Council's cabinet will vote next month on ending the ferry subsidy.\n\n"
        "In a written response, a council spokesperson said the ferry carried fewer than 60 "
        "passengers a day.\n\n"
        '"No decision has yet been taken," the spokesperson added.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Marlham District Council"]


def test_words_after_one_short_sentence_about_a_person_in_their_paragraph():
    text = (
        "Mayor Gwendolyn Ashdale wants the garage built.\n\n"
        'Ashdale was not finished. "The garage is not a vanity project. It is 600 spaces for people '
        'who work downtown."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Gwendolyn Ashdale"]


def test_a_shared_surname_followed_by_said_she_is_the_woman():
    text = (
        "Loretta Marchmont has run the Bluebird diner for four decades. Her son, Wade Marchmont, "
        "got the call at 4 a.m.\n\n"
        '"It is a total loss," Wade said.\n\n'
        "Standing at the tape on Monday, Marchmont said she had not decided anything.\n\n"
        '"People keep asking me if I am going to rebuild," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct][-1] == "Loretta Marchmont"


def test_the_decree_read_is_whoever_the_sentence_opening_in_a_decree_is_about():
    text = (
        "Testifying before Magistrate Tessa Vella Grech, the inspector said the car was sold three times.\n\n"
        'Dr Joe Camilleri told the court: "My client is not a flight risk."\n\n'
        "In a decree delivered at the end of the sitting, the magistrate upheld the request in part.\n\n"
        '"The court is not prejudging the merits of the case," the decree read.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Joe Camilleri", "Tessa Vella Grech"]


def test_a_ministers_portfolio_is_no_person_and_the_chief_is_the_one_titled_chief():
    text = (
        "The state's Minister for Aboriginal Affairs, Rachel Dorsett-Lim, said the case showed why the "
        'laws were being rewritten. "A developer can weigh up a fine against the profit," she said.\n\n'
        "Chief Chitsanzara addressed the villagers. District coordinator Tafara Mhembe said a meeting "
        'would be held. "Nobody is above the law," he said.\n\n'
        'The chief was unmoved. "Let them come with their committee," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Rachel Dorsett-Lim", "Tafara Mhembe", "Chitsanzara"]


def test_a_mixed_case_acronym_is_the_name_it_abbreviates():
    text = (
        "The union said Transport for Avonmouth had walked away from the table.\n\n"
        '"We remain available to meet at any time," a TfA spokesman said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Transport for Avonmouth"]


def test_a_name_with_two_apostrophes_is_whole():
    text = (
        "Matatu owners protested on Monday.\n\n"
        "\"This is not enforcement, it is harvesting,\" said Sacco chairman Simon Kimani Ng'ang'a.\n"
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Simon Kimani Ng'ang'a"]


def test_a_husband_described_before_his_name_is_a_man():
    text = (
        "Margit Solvang-Cary is gutting a rockfish on the tailgate of a pickup.\n\n"
        "Her husband, the potter Devan Kapur, who has been married to her for 34 years, calls down: "
        '"That is not why I bought the knife."\n\n'
        '"It is why he bought the knife," she says, not looking up.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Devan Kapur", "Margit Solvang-Cary"]


def test_a_relative_named_after_a_short_scene_is_the_subject():
    text = (
        "Kyle Ashdown, 22, was jailed for causing serious injury by dangerous driving.\n\n"
        "Outside court, Ashdown's mother, Tracey Ashdown, 47, said the family were devastated.\n\n"
        '"I am not here to make excuses for him. What he did was wrong," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Tracey Ashdown"]


def test_a_document_published_by_a_body_speaks_for_it_and_so_does_it():
    text = (
        "Scientists have written to the minister.\n\n"
        "The letter, published by the Coral Coast Climate Institute on behalf of its signatories on "
        'Wednesday, says the projections "assume a rate of offsets that has no basis".\n\n'
        '"We are not saying the target is impossible," it says.\n'
    )
    assert [s for s, _direct in _pairs(text)] == ["Coral Coast Climate Institute"] * 3


def test_the_post_read_goes_to_whoever_said_it_on_facebook():
    text = (
        "The Harbour Residents Alliance said on Facebook that it would hold a vigil on Saturday. "
        '"We are not against housing, we are against being treated as an obstacle," the post read.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Harbour Residents Alliance"]


def test_a_body_named_office_of_or_division_of_is_no_person_and_its_spokeswoman_speaks_for_it():
    text = (
        "A spokeswoman for the state Division of Harbour Safety and Health said inspectors had been "
        'busy. "We follow up on every complaint we receive," she said.\n\n'
        "A spokeswoman for the Office of the State Fire Marshal said an investigator was sent. "
        '"At this time there is no indication the fire is suspicious," the spokeswoman said.\n'
    )
    assert [s for s, _direct in _pairs(text)] == ["Division of Harbour Safety and Health"] * 2 + [
        "Office of the State Fire Marshal"
    ] * 2


def test_an_acronym_in_a_role_phrase_and_an_aside_after_an_office():
    text = (
        '"We have had wind gusts of 80 kilometres an hour," said the RFS incident controller for the '
        "fire, Superintendent Bryce Halloran.\n\n"
        "Parents were asked to pay for the damage. County commissioner Grace Wanjiku Mbogo visited the "
        "school. Mrs Esther Jerop, whose son is in Form Two, rushed to the school.\n\n"
        '"My heart stopped," she said.\n\n'
        'The county commissioner, however, defended the surcharge. "Every parent must take '
        'responsibility for the conduct of these children," she said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Bryce Halloran", "Esther Jerop", "Grace Wanjiku Mbogo"]


def test_a_surname_a_slogan_also_carries_is_the_narratives_person():
    text = (
        'Mayor Gregory Tallow signed the marina lease. Volunteers with "Recall Tallow Now" signs '
        "gathered outside.\n\n"
        'The mayor addressed the petition on Wednesday. "They have every right to do this," Tallow '
        "told reporters.\n"
    )
    assert [s for s, direct in _pairs(text) if direct and s] == ["Gregory Tallow"]


def test_he_after_a_sentence_about_the_sheriff_is_the_sheriff_when_no_one_else_answers():
    text = (
        "Sheriff Ottis Granbury said crews worked through the night.\n\n"
        "A spokeswoman for the relief group said the shelter had room for 200 people.\n\n"
        'The sheriff said a curfew would remain in place. "If you do not live here, please do not '
        'come sightseeing," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Ottis Granbury"]


def test_counsel_to_a_party_before_the_name():
    text = (
        "Lead counsel to the petitioner, Chief Obinna Eze, SAN, told journalists that his team would "
        "study the text.\n\n"
        '"This judgment has vindicated what we said from day one," said counsel to the second '
        'respondent, Mrs Folake Adebanjo, SAN. "The petition was built on rumour."\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Folake Adebanjo", "Folake Adebanjo"]


def test_a_family_name_written_first_alone_is_the_whole_name():
    text = (
        "Police said the videos used the likeness of businessman Tan Sri Lim Boon Hock.\n\n"
        "Lim, 74, said in a statement that he was shocked.\n\n"
        '"I have never asked anyone for a single sen," he said.\n'
    )
    assert [s for s, direct in _pairs(text) if direct] == ["Lim Boon Hock"]


def test_a_collective_and_it_after_the_body_noun_opening_a_sentence_with_but():
    text = (
        "The Tolvik Growers Collective, which represents 140 farms, said it was “deeply concerned”.\n\n"
        "“This decision sends a message to every family farm in the valley that growth is over,” "
        "the collective said in a statement.\n\n"
        "Farmers blame the Harbour Tea Authority. But the authority rejected claims of collusion. "
        "“The decline is largely due to oversupply on the global market,” it said."
    )
    got = [(q.speaker, q.text[:12]) for q in extract(text).quotes if q.direct]
    assert got == [
        ("Tolvik Growers Collective", "deeply conce"),
        ("Tolvik Growers Collective", "This decisio"),
        ("Harbour Tea Authority", "The decline "),
    ]


def test_a_family_name_written_first_shared_by_two_told_apart_by_title():
    text = (
        "SINGAPORE - For 41 years, Madam Tan Hui Ling has stood behind the same wok.\n\n"
        "“I cannot match these prices,” Madam Tan told the Courier on Monday.\n\n"
        "Her son, Mr Tan Wei Ming, 38, said the family had been naive.\n\n"
        "“Maybe I will rest,” Madam Tan said.\n\n"
        "“My mother taught me everything,” the younger Mr Tan said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tan Hui Ling", "Tan Hui Ling", "Tan Wei Ming"]


def test_a_definite_description_named_after_by_its_head_noun():
    text = (
        "The plan has divided the neighbourhoods for a year.\n\n"
        "“This is not about bikes,” the city’s transportation director told councillors.\n\n"
        "The director, Mara Quist, said the redesign followed a similar project.\n\n"
        "Trustees voted on Tuesday.\n\n"
        "“We did not own this object in any sense that matters,” the chair of the trustees told a crowd.\n\n"
        "The chair, Dr Ilse Varga, a retired historian, said the board had acted."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Mara Quist", "Ilse Varga"]


def test_a_body_named_in_its_subjects_apposition_is_the_company_a_spokeswoman_speaks_for():
    text = (
        "The developer, Tolvik Renewables, said it was ‘delighted’ with the outcome.\n\n"
        "‘We have listened to the community throughout this process and made real changes,’ "
        "a spokeswoman for the company said."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct][-1] == "Tolvik Renewables"


def test_a_pronoun_for_an_unnamed_office_holder_named_later():
    text = (
        "The play, by the writer Ida Brenner, follows three generations of a farming family.\n\n"
        "The show’s director, who had been rehearsing a cast of 11, resigned from the board the same day.\n\n"
        "“I have never been more ashamed of it,” she wrote in her letter, which she gave to the Courier. "
        "“It is cowardice.”\n\n"
        "The director, Vera Lindqvist, said in an interview that no board member had read the script."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Vera Lindqvist"] * 2


def test_an_office_of_something_before_a_name_is_no_part_of_it():
    text = "Dean of Students Harriet Lomax did not attend. “We will help,” Lomax said. Dean Varga came late."
    assert [q.speaker for q in extract(text).quotes] == ["Harriet Lomax"]


def test_a_report_released_later_in_its_sentence_by_a_body():
    text = (
        "The report, “Cold Hands,” was released last month by the Tolvik Storage Alliance, a trade group "
        "of 400 operators. It estimates that a third of technicians will retire by 2030.\n\n"
        "“The next crisis will not be about capacity. It will be about people,” the report concludes."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct][-1] == "Tolvik Storage Alliance"


def test_court_papers_speak_for_whoever_filed_or_wrote_them():
    text = (
        "In a writ filed in the High Court on Friday, Dag Orrin alleges that his son forged the minutes.\n\n"
        "“The plaintiff has at no time consented to the changes,” the writ says.\n\n"
        "The affidavit, written by Detective Ada Lund, says officers who stopped Vik’s car found "
        "“four catalytic converters and a saw” in the trunk."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Dag Orrin", "Ada Lund"]


def test_a_month_that_is_a_given_name_after_a_title_or_in_apposition():
    text = (
        '"We stay," said Selectman Walter Orrin, who has served for 19 years.\n\n'
        "His sister-in-law, Selectwoman June Orrin, sees it differently.\n\n"
        '"I love that bridge," she said.\n\n'
        '"Let the town decide," Mr. Orrin said.\n\n'
        '"For once, we agree," Mrs. Orrin said.\n\n'
        'Councilwoman April Vane was absent in June. "It can wait," Councilwoman April Vane said.'
    )
    got = [q.speaker for q in extract(text).quotes]
    assert got == ["Walter Orrin", "June Orrin", "Walter Orrin", "June Orrin", "April Vane"]


def test_mama_and_dona_are_titles_before_a_given_name():
    text = (
        "Market chairperson Halima Wanjiru, who has sold fish for 27 years, wept openly.\n\n"
        '"This market raised my children," Mama Halima said.\n\n'
        'Doña Rosa Ibarra Soto was there too. "I will come back tomorrow," Doña Rosa said.'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Halima Wanjiru", "Rosa Ibarra Soto"]


def test_the_letter_of_the_one_who_wrote_to_someone():
    text = (
        "But the bid has split the family. Dag Orrin, her cousin and a former finance director who still "
        "holds 11 per cent of the shares, wrote to the board on Friday urging it to ‘open the books’.\n\n"
        "‘Shareholders have waited a decade,’ the letter, seen by the Chronicle, said."
    )
    assert [q.speaker for q in extract(text).quotes][-1] == "Dag Orrin"


def test_a_description_named_after_with_this_or_that_a_trade_or_identified_as():
    text = (
        "“It was about the size of my little finger,” says the diver who found it.\n\n"
        "That diver, hydrogeologist Ilse Varga, works for the state survey.\n\n"
        "Passengers shared recordings of an announcement the ship’s captain made.\n\n"
        "“Please stay in your staterooms,” the captain said.\n\n"
        "The captain, identified by the cruise line as Stellan Orrin, did not respond."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Ilse Varga", "Stellan Orrin"]


def test_the_league_said_is_the_league_the_article_names():
    text = (
        "The Harriers' left-hander, the Tolvik Coast League's leader in strikeouts, was ejected in the fourth.\n\n"
        "“Any disciplinary action will be announced at the end of that review,” the league said."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Tolvik Coast League"]


def test_her_sister_named_earlier_as_her_sister():
    text = (
        "Ida Vane, a nurse, spent two nights at the airport with her sister, Mara Vane, after their flight "
        "was canceled.\n\n"
        '"They kept telling us two more hours," Ida Vane said.\n\n'
        'Her sister was blunter. "Nobody from the airline ever came out to talk to us," she said.'
    )
    assert [q.speaker for q in extract(text).quotes] == ["Ida Vane", "Mara Vane"]


def test_a_release_in_which_a_body_not_yet_resolved_said_something():
    text = (
        "Drivers defied a warning from the Tolvik Ministry of Works.\n\n"
        "The ministry, in a release issued on Sunday night, said fares were fixed by regulation.\n\n"
        "‘The Ministry remains open to dialogue,’ the release said, ‘but it will not negotiate under threat.’"
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tolvik Ministry of Works"] * 2


def test_surnames_joined_by_an_ampersand_name_a_firm():
    text = (
        "Vane & Orrin rejects offer\n\n"
        "The board of Vane & Orrin, the 140-year-old biscuit maker, has rejected a takeover approach.\n\n"
        "In a statement on Monday, the company said the offer undervalues the group.\n\n"
        "“The board is confident,” the statement said.\n\n"
        "Chief executive Ida Vane, the founder's great-granddaughter, said sales had risen."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Vane & Orrin"]


def test_a_courtesy_title_is_no_part_of_the_office_before_it():
    text = (
        '"Patient safety comes first," Tolvik General president and CEO Dr. Ilse Varga told reporters.\n\n'
        "Dr. Mara Varga, no relation to the hospital's president, said lab results were slow.\n\n"
        "The hospital's president declined to say whether a ransom had been demanded.\n\n"
        '"I\'m not going to get into that," she said.'
    )
    x = extract(text)
    assert [q.speaker for q in x.quotes if q.direct] == ["Ilse Varga", "Ilse Varga"]
    assert [q.role for q in x.quotes][0] == "president and CEO"


def test_a_quotation_opening_the_article_is_the_person_named_next():
    one = (
        "Ferry 'can't go on', owner says\n\n"
        "TOLVIK ISLAND, Wash. — “We are out of runway.”\n\n"
        "That was how the owner of the only passenger ferry summed up her company’s finances on Tuesday.\n\n"
        "Ilse Varga, whose family has run the ferry since 1971, said sailings would stop on Friday."
    )
    two = (
        "Beach closure angers cottagers\n\n"
        "“They’ve taken the best sand on this lake and handed it to a bird.”\n\n"
        "That’s how Dag Orrin, president of the cottagers’ association, describes the closure."
    )
    three = (
        "Council votes on shark nets\n\n"
        '"If you want to know what those nets catch, come down to the boat ramp."\n\n'
        "Mara Quist has spent eleven summers logging what comes up in the mesh."
    )
    assert [q.speaker for q in extract(one).quotes if q.direct] == ["Ilse Varga"]
    assert [q.speaker for q in extract(two).quotes if q.direct] == ["Dag Orrin"]
    assert [q.speaker for q in extract(three).quotes if q.direct] == ["Mara Quist"]


def test_team_before_a_surname_names_a_team_not_a_person():
    # the skip is "Orrin", whom the team is named for, not "Team Orrin"
    text = 'Team Orrin won the final on Sunday. "I threw it exactly how I wanted to," Orrin said.'
    assert [q.speaker for q in extract(text).quotes] == ["Orrin"]


def test_a_statement_by_an_office_holder_named_in_apposition():
    text = (
        "In a statement on Tuesday evening, the Chief Press Secretary to the Speaker, Mr Dag Orrin, "
        'dismissed the allegations.\n\nThe statement read in part, "The Speaker has never been indicted."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dag Orrin"]


def test_the_letter_went_on_in_a_paragraph_of_its_own():
    text = (
        "In a letter to employees sent early Monday, Chief Executive Dag Orrin wrote that the board had "
        'exhausted "every reasonable alternative" before filing.\n\n'
        '"For three years we have been hauling more miles for less money," Orrin wrote. "We ran out of road."\n\n'
        "The letter went on:\n\n"
        '"Your paychecks will arrive on schedule this Friday and every Friday while we are in court."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct][-1] == "Dag Orrin"


def test_the_judge_is_mr_justice_but_not_one_of_a_bench_of_justices():
    one = (
        "In a reserved judgment on Tuesday, Mr Justice Fergal Orrin said the survey was out of date.\n\n"
        "The permission allowed Tolvik Aggregates Ltd to extend its pit by 14 hectares.\n\n"
        "It was challenged by the residents' association and by Seán Vane, a dairy farmer whose land "
        "adjoins the site.\n\n"
        '"The court is not concerned with whether the development is desirable," the judge wrote.'
    )
    assert [q.speaker for q in extract(one).quotes][-1] == "Fergal Orrin"
    two = (
        "Justices Ilse Varga and Mara Quist heard the petition.\n\n"
        'Justice Quist was unimpressed. "A barricade costs a few thousand rupees," the judge added.'
    )
    assert [q.speaker for q in extract(two).quotes] == ["Mara Quist"]


def test_the_younger_is_the_son_named_with_a_second_role_and_her_breath_is_hers():
    text = (
        "“It's a shambles, frankly,” said Ilse Orrin, who had sent four runners from her yard.\n\n"
        "Her son and assistant trainer, Dag Orrin, said it was the latest call-off he could remember. "
        "“Mum's been doing this for 30 years,” the younger Orrin said.\n\n"
        "The course's owner said refunds would be issued.\n\n"
        "Orrin, for one, is not holding her breath. “They'll say lessons have been learned,” she said."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Orrin", "Dag Orrin", "Ilse Orrin"]


def test_a_described_subject_is_the_person_the_next_paragraph_names_first():
    text = (
        "A lawyer for the buyer, Dag Orrin, said the firm was reviewing the ruling.\n\n"
        "The head of the harbour trust, a retired ferry pilot, was in tears outside the court.\n\n"
        '"We have kept that pier for nine years," she said. "Today somebody noticed."\n\n'
        "Ilse Varga, 71, founded the trust in 2015."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Varga", "Ilse Varga"]
    # a man's name does not take her words
    text = text.replace("Ilse Varga", "Tomas Varga")
    assert [q.speaker for q in extract(text).quotes if q.direct] == [None, None]


def test_an_office_is_the_person_whose_sentence_gives_it_next():
    text = (
        "The brigade in Tolvik has two trucks and nine volunteers. Its chief says that is not enough.\n\n"
        '"On a weekday I might get three people out on a call," said the chief, who has been with the '
        "brigade for 26 years.\n\n"
        "Dag Orrin took over as chief of the Tolvik brigade in 2017."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dag Orrin"]


def test_one_of_a_group_is_the_one_named_by_its_singular():
    text = (
        "Two food truck owners are feuding in Tolvik.\n\n"
        '"He parked right across the front of mine," one of the drivers told reporters on Monday.\n\n'
        "That driver, Dag Orrin, has run his truck for 11 years."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dag Orrin"]


def test_a_body_is_the_subject_before_whose_last_word_speaks_for_it():
    text = (
        "The Tolvik Late Model Tour disqualified the car of Dag Orrin after an inspection.\n\n"
        '"The part in question was clearly illegal," the tour said in a statement.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tolvik Late Model Tour"]


def test_the_younger_of_two_by_an_age_given_at_any_mention():
    text = (
        "Dag Orrin crossed the line first on Saturday. By Tuesday the trophy was his brother's.\n\n"
        "Officials disqualified the car of 24-year-old Dag Orrin, handing the win to Ivo Orrin.\n\n"
        "Ivo Orrin, 29, who drives for another team, learned of it by text.\n\n"
        "Dag Orrin forfeits 50 points and the winner's cheque.\n\n"
        '"I\'m not going to tell you I love it," the younger Orrin said.\n\n'
        '"We\'ll talk about it at Christmas," the elder Orrin said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dag Orrin", "Ivo Orrin"]


def test_a_business_named_in_apposition_is_nobody_who_speaks_for_her():
    text = (
        "Ilse Varga, 47, still bends glass by hand. Her business, Varga Neon, occupies an old garage.\n\n"
        "She learned the trade from her father. His daughter rolls her eyes at his old line. "
        '"He said that to everybody," she says.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Varga"]
    # nor the apposition to an office of the company, which is a person's
    text = (
        "The chief executive of the company, Mr. Ade Bello, spoke in Tolvik on Thursday.\n\n"
        '"We will keep the loaf affordable," he said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ade Bello"]


def test_a_capitalised_or_possessive_description_before_a_pronoun_is_named_next():
    text = (
        "The suit was filed by Ilse Varga of Tolvik.\n\n"
        "A Norvale mother who is not part of the suit said she spent an hour in the chat.\n\n"
        '"The bot kept offering me a discount," she said.\n\n'
        "The mother, Mara Quist, said she disputed the charge."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Mara Quist"]
    text = (
        '"Families will keep a local service," the company said in a statement.\n\n'
        "Harbourfield's chief executive, who took over from his father in 2019, said the sale was right.\n\n"
        '"We have 140 employees and a lot of old buildings," he said.\n\n'
        "Dag Orrin said the firm considered three offers last year."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct][-1] == "Dag Orrin"


def test_a_description_is_named_by_the_head_of_its_apposition():
    text = (
        "A new study finds the foxes of Tolvik have moved their day into the night.\n\n"
        '"They are very good at avoiding us," said the study\'s lead author, a wildlife ecologist who '
        "has followed the foxes since 2014.\n\n"
        "That ecologist, Ilse Varga of Norvale University, fitted 40 foxes with collars."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Varga"]


def test_a_tabloid_epithet_before_a_given_name_is_no_part_of_it():
    text = (
        "Widow Ilse Quist, 78, has kept 200 gnomes on the path outside her bungalow for 31 years.\n\n"
        "Heartbroken Ilse said: \"They're not just ornaments, they're my family.\""
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Quist"]


def test_a_pronoun_goes_on_from_the_sentence_about_the_office_its_clause_gave():
    text = (
        "'We have listened to everybody,' said the Very Rev Hilary Quist, who has been dean since 2019.\n\n"
        "Dr Mara Vane, a sleep researcher who lives on the Close, said the issue was serious. "
        "'I love the Minster,' she said.\n\n"
        "The dean said the muffle would be trialled for a fortnight.\n\n"
        "Asked whether the chapter would go to court, she paused. 'Let's cross that bridge,' she said."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Hilary Quist", "Mara Vane", "Hilary Quist"]


def test_a_document_is_written_by_the_subject_of_the_sentence_that_brought_it_in():
    text = (
        "The dean promised the bells would ring again.\n\n"
        "The chapter's solicitors, Quist Varga, struck a more cautious note in a memo to canons dated "
        'January 14. "A nuisance is not excused simply because the complainant came to it," the memo warned.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Quist Varga"]


def test_a_quotation_paragraph_is_whose_the_paragraph_after_it_says():
    text = (
        'Mr Orrin, whose family has cut turf for four generations, said: "You could not dry a sod there."\n\n'
        '"Every year of cutting drains a bit more of the dome."\n\n'
        "That is the view of an ecologist who has surveyed the bog since 2009. Dr Ilse Varga, of the Tolvik "
        "Bog Trust, said the debate had been framed wrongly.\n\n"
        '"Every year of it matters," said Dag Orrin.\n\n'
        '"It is about carbon."\n\n'
        "That was the verdict of Mara Quist, who chairs the trust."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Dag Orrin", "Ilse Varga", "Dag Orrin", "Mara Quist"]


def test_the_pieces_of_one_attribution_share_the_name_its_description_is_given():
    text = (
        '"There are thousands of homes like these," said the attorney, Ilse Varga of the Tolvik Legal Aid '
        'Project. "Park owners will have to read their own paperwork."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Varga", "Ilse Varga"]


def test_a_state_abbreviation_ends_the_sentence_of_a_cue_that_had_its_quotation():
    text = (
        '"We finally get to say her name," said her sister, Mara Quist, who was 24 when Ilse disappeared '
        'and now lives in Pierre, S.D. "Now she is a person again."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Mara Quist", "Mara Quist"]


def test_a_pronoun_tells_apart_two_of_one_family_after_the_other_spoke():
    text = (
        "Its owners, pharmacists Ilse and Dag Orrin, say they have spent three years looking for a buyer.\n\n"
        '"Nobody wants to move to a town this size," Ilse Orrin said in the back office.\n\n'
        "Her husband was blunter. \"I'm 68. I can't do it anymore,\" Dag Orrin said.\n\n"
        '"We feel terrible," she said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Orrin", "Dag Orrin", "Ilse Orrin"]


def test_a_body_word_closing_a_run_of_names_makes_it_a_body():
    for name in ("National Tolvik Safety Board", "Norvale Ridge Energy"):
        text = f'{name} said in a statement: "We are reviewing the data."'
        assert [q.speaker for q in extract(text).quotes if q.direct] == [name]


def test_a_report_released_on_a_day_by_a_body_is_that_bodys():
    text = (
        "The pilot reported engine trouble, according to a preliminary report released Wednesday by the "
        "Tolvik Air Safety Board.\n\n"
        "The report did not give a cause for the crash.\n\n"
        'Witnesses "saw the airplane in a steep left turn," the report said.\n\n'
        '"The engine will be examined at a later date," it said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tolvik Air Safety Board"] * 2


def test_a_trade_opening_the_sentence_is_no_part_of_the_name():
    for trade in ("Gemmologist", "Mechanic", "Publican", "Jeweller"):
        text = f'{trade} Mara Quist, who has not seen the stone, said: "Disputes like this are not unusual."'
        assert [q.speaker for q in extract(text).quotes if q.direct] == ["Mara Quist"]


def test_a_guild_is_a_body_its_spokesman_speaks_for():
    text = (
        "The Tolvik Gem Traders' Guild, which represents about 400 dealers, urged the parties to settle.\n\n"
        '"We are asking everyone for calm," a spokesman for the guild said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tolvik Gem Traders' Guild"]


def test_a_relative_named_before_who_put_it_simply_says_what_follows():
    text = (
        '"This will end a way of life," said Dag Orrin, who chairs the shore committee.\n\n'
        "His brother, Ivo Orrin, who fishes out of the harbour, was less measured.\n\n"
        "Dag Orrin said the committee would seek a judicial review.\n\n"
        'His brother put it more simply. "If they come with the machines, we will be sitting on the rocks."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dag Orrin", "Ivo Orrin"]


def test_a_clefts_relative_is_whom_the_pronoun_after_it_means():
    text = (
        "Landlord Dag Orrin said the quiz would carry on.\n\n"
        "It was Mr Orrin's son, Ivo, captain of the Cricketers, who first raised the alarm. "
        '"I never said he was cheating," he said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ivo Orrin"]


def test_a_seat_and_office_before_an_honorific_are_no_person():
    text = (
        "The Bill's sponsor, Tolvik Ward MCA Hon. Dag Kiprono Orrin, told the House:\n\n"
        '"For fifteen years we have been told that voluntary codes are enough."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dag Kiprono Orrin"]


def test_an_opening_quotation_described_then_named_or_seen_for_someone():
    text = (
        "Drivers blinded by solar glare, says mayor\n\n"
        '"You come over that rise at four and you simply cannot see the road."\n\n'
        "That is how one Tolvik truckie describes the highway beside the new Norvale Creek Solar Farm.\n\n"
        "Dag Orrin, 54, has carted cattle along the highway for 30 years."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dag Orrin"]
    text = (
        "Flower farms face pesticide curbs\n\n"
        '"We drink this water. Our cows drink this water."\n\n'
        "For Ivo Kariuki, a fisherman who has worked on the lake for 26 years, the question is not abstract."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ivo Kariuki"]


def test_a_longer_description_is_named_by_its_office_and_an_office_set_before_a_name():
    text = (
        '"I have no excuse," Ms. Ilse Varga told the court.\n\n'
        "The county's chief deputy prosecutor asked for five years.\n\n"
        '"This was not a moment of weakness," she said.\n\n'
        "The prosecutor, Mara Quist, then read aloud from a letter written by the church's pastor, the Rev. "
        "Dag Orrin, who sat in the second row.\n\n"
        '"We did not only lose money," the pastor wrote.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Varga", "Mara Quist", "Dag Orrin"]


def test_that_was_a_name_after_a_quotation_paragraph_says_whose_it_was():
    text = (
        '"Think of it like a sugar cube under a tap," Ilse Varga said.\n\n'
        '"I have lived here 22 years, and I have never seen anything like it."\n\n'
        "That was Mara Quist, who lives in the subdivision behind the plaza."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Varga", "Mara Quist"]


def test_a_pronoun_stays_with_the_named_subject_over_an_unnamed_agent_named_later():
    text = (
        "The kayaker, Dag Orrin, told the hearing he had been asked to move by the event's organiser. "
        '"I assumed someone else was covering my section," he said.\n\n'
        "The organiser, Ivo Quist, a trustee of the swim trust, denied it."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dag Orrin"]


def test_a_body_introduced_as_called_is_what_its_noun_stands_for():
    text = (
        "A group called Hens for Tolvik, which has lobbied several towns, said the ruling was narrow.\n\n"
        '"Trustees who want to change their rules still can," the group said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Hens for Tolvik"]


def test_an_office_is_the_person_named_next_with_it_as_a_title():
    text = (
        "The blaze broke out at 3 a.m., according to the city's fire marshal.\n\n"
        '"These batteries can go from normal to a blowtorch in seconds," the fire marshal said.\n\n'
        "Fire Marshal Ilse Varga said investigators recovered the battery."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Varga"]
    text = (
        "In an email to families, the superintendent said the district had serious concerns.\n\n"
        '"No conclusions have been reached," she wrote.\n\n'
        "Superintendent Mara Quist declined an interview on Wednesday."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Mara Quist"]
    # the chairman of a committee is not the committee, nor a home affairs spokesman the home secretary
    text = (
        '"The government should be careful," the committee said.\n\n'
        "Committee chairman Dag Orrin said the report was unanimous."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == [None]


def test_a_shared_surname_is_the_one_just_introduced_speaking():
    text = (
        "General manager Dag Orrin said the team had made a fair offer.\n\n"
        '"We are not moving," Orrin said.\n\n'
        "Teammate Ivo Orrin, the general manager's nephew, said the dressing room was staying out of it.\n\n"
        '"Jace is a big boy," Orrin said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dag Orrin", "Ivo Orrin"]
    # a relative named in passing is not whom the surname then means
    text = (
        'Mara Quist spoke outside court. "My father worked 41 years," Quist said.\n\n'
        "Her father, Ivo Quist, worked at the mill until it closed.\n\n"
        '"He never took a vacation," Quist said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Mara Quist", "Mara Quist"]


def test_a_shared_surname_takes_the_gender_of_the_pronoun_that_follows_it():
    text = (
        "Ilse Quist builds crossword puzzles on graph paper.\n\n"
        "Her husband, Dag Quist, a retired teacher, is her first solver.\n\n"
        'Dag Quist laughed. "I only circle the clues that are wrong," he said.\n\n'
        "Her break came when Morgan Tully, an editor, accepted a grid. Tully remembers it well.\n\n"
        "Quist's fondness for puns has earned her a reputation among solvers.\n\n"
        "Quist shrugs off the complaints. She said she writes for clever solvers.\n\n"
        '"A puzzle should fight back a little," she said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dag Quist", "Ilse Quist"]


def test_a_ranked_name_opening_the_next_paragraph_names_the_described_subject():
    text = (
        '"She asked whether anybody had fed her cat," said Dag Orrin, a volunteer whose team found her.\n\n'
        "The sheriff's search coordinator credited a boot print found near a creek.\n\n"
        '"That print told us she had gone down the drainage," he said.\n\n'
        "Sgt. Ivo Quist said more than 60 people had joined the search."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dag Orrin", "Ivo Quist"]


def test_a_memo_sent_somewhere_and_signed_by_someone_is_theirs():
    text = (
        "A memo sent to school boards Wednesday, signed by Deputy Minister Dag Orrin, sets out the details. "
        '"Devices must be stored out of sight during lessons," the memo says.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dag Orrin"]


def test_that_was_how_a_named_person_described_it_says_whose_quotation_it_was():
    text = (
        "Bride's fury as venue gives her date away\n\n"
        "A bride-to-be has told how her wedding was wrecked six weeks before the day.\n\n"
        '"I just sat on the kitchen floor and sobbed."\n\n'
        "That was how nursery nurse Ilse Quist, 29, described the moment she opened the email."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Quist"]


def test_that_admission_came_from_a_name_says_whose_quotation_it_was():
    text = (
        '"Parents should drop their children off as normal," Ms Mara Quist said.\n\n'
        '"We underestimated how quickly wages would outrun fees."\n\n'
        "That admission came from Ilse Varga, who founded the business in 2009."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Mara Quist", "Ilse Varga"]


def test_a_lawyer_is_the_solicitor_named_next_by_title():
    text = (
        'The retiree Ilse Varga said: "That is no reason to take my savings."\n\n'
        "The village's top lawyer said officials were still reading the decision.\n\n"
        '"The council\'s concern has always been consistency," she said.\n\n'
        "Village Solicitor Mara Quist said the council could rewrite the ordinance."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Varga", "Mara Quist"]


def test_a_sentence_opening_common_word_is_no_mention_of_a_group_ending_with_it():
    text = (
        "The county voted to close Orrin Pool on Monday.\n\n"
        "Swimming was the town's favourite summer sport, and swimming lessons ran for decades.\n\n"
        '"We ran the numbers and they do not work," the parks director said.\n\n'
        "A group of parents calling itself Keep Orrin Swimming said it would raise money."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == [None]


def test_a_described_speaker_after_only_bodies_is_the_name_opening_the_next_paragraph():
    text = (
        "Northmoor State University will cut its rowing team, the school said Tuesday.\n\n"
        "The cut leaves Northmoor State with 16 varsity sports and no use for Halvey Gym.\n\n"
        '"I told them the numbers do not work," the athletic director said.\n\n'
        "Ilse Varga, who was hired in 2022, said the department had looked at other cuts."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Varga"]


def test_a_month_opening_a_sentence_before_a_family_surname_is_a_given_name():
    text = (
        "The Stargazers of Orrin County Want Their Night Back\n\n"
        "June Halverd is pointing at the haze above the tree line of her farm.\n\n"
        "She and her husband, Walt Halverd, bought the land in 1984, partly for the view.\n\n"
        '"It was like somebody turned on a stadium," says Walt Halverd.\n\n'
        "A reply signed by a facilities manager, Derek Quist, said the lights met every standard.\n\n"
        '"I am not against the warehouse," June says.\n\n'
        "Back on the porch, June Halverd pours coffee from a thermos.\n\n"
        '"Some nights you get lucky," she says.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == [
        "Walt Halverd",
        "June Halverd",
        "June Halverd",
    ]


def test_her_mother_is_the_one_who_introduced_her_as_her_daughter():
    text = (
        '"My dad painted that fish," said Ilse Quarrender, who is 67.\n\n'
        "Her daughter, Mara Quarrender, who graduated in 2021, sees it differently.\n\n"
        '"The heron is what my kids are going to be," Mara Quarrender said.\n\n'
        "Her mother laughed when she heard that.\n\n"
        '"She is wrong, but she is allowed to be," she said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == [
        "Ilse Quarrender",
        "Mara Quarrender",
        "Ilse Quarrender",
    ]


def test_a_member_described_in_the_cue_is_the_titled_name_opening_the_next_paragraph():
    text = (
        "Residents have been told the village counter will close at six.\n\n"
        "'We were promised this would never happen,' said the Independent member for the area.\n\n"
        "Cllr Ilse Quarrender, who has represented the area for 14 years, said she had written "
        "to the superintendent.\n\n"
        "In a statement, the health board's chief executive said the decision was made 'with safety first'.\n\n"
        "'A birth unit needs a safe roster,' the statement said. 'We cannot staff it.'\n\n"
        "Dr Mara Quist, who took over as chief executive in March, said the board would pay."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == [
        "Ilse Quarrender",
        "Mara Quist",
        "Mara Quist",
        "Mara Quist",
    ]


def test_a_shared_surname_is_the_relative_just_introduced_speaking():
    text = (
        "Ilse Quarrender, 71, stepped back from the company in 2022. His son, Tomas Quarrender, now "
        "its chief executive, said in an interview that the firm had offered to inspect every panel.\n\n"
        '"We made that offer in writing, both times," Quarrender said.\n\n'
        "Councilman Peter Vassel, who is no relation to Mara Vassel and who voted against the lease, "
        "said he would not sign the petition.\n\n"
        '"I think the mayor made mistakes," Vassel said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tomas Quarrender", "Peter Vassel"]


def test_a_given_name_after_operator_or_filmmaker_is_a_person_not_a_body():
    text = (
        "Charter operator Troy Quarrender said business had fallen by half since the closure.\n\n"
        '"There are three big males in that creek," he said.\n\n'
        'Filmmaker Ilse Varga, who shot the footage, said: "It lunged at the boat."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Troy Quarrender", "Ilse Varga"]


def test_a_description_of_a_body_is_the_name_opening_the_next_paragraph():
    text = (
        "Cable thieves have stripped 40 kilometres of wire from commuter lines since January.\n\n"
        "\u201cWe are being held hostage by organised syndicates,\u201d the chief executive of Quarrow "
        "Commuter Rail told reporters.\n\n"
        "Ilse Varga, who took over the state-owned operator last year, said cable had been traced to "
        "scrap yards.\n\n"
        '"This animal has lost its fear of people," the Department of Environment\'s senior wildlife '
        "officer for the region said.\n\n"
        "Mara Quist said two traps had been set upstream of the ramp."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Varga", "Mara Quist"]


def test_the_managing_director_comma_name_names_the_described_writer():
    text = (
        "In a letter to the minister, the company's managing director wrote:\n\n"
        '"We have complied with every directive of the Ministry in good faith."\n\n'
        "Speaking on Thursday, the managing director, Mr Ebow Quarrender, said 812 staff would lose "
        "their jobs.\n\n"
        "The group's executive director said the ruling vindicated a simple request.\n\n"
        '"We asked for numbers that taxpayers already paid for," she said.\n\n'
        "The executive director, Ilse Varga, who founded the group, said it would ask for costs."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ebow Quarrender", "Ilse Varga"]


def test_a_time_before_the_subject_of_a_colon_cue_is_no_part_of_it():
    text = (
        "The contestant was axed after judges found a shop-bought sponge.\n\n"
        "Last night a Quarrow TV spokesman said: 'Rise and Shine is built on trust. Every bake must be "
        "made by the contestant.'\n\n"
        "Yesterday the show's producer said: 'We will not comment further on the matter.'"
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Quarrow TV", None]


def test_a_place_and_a_colon_opening_the_paragraph_is_a_dateline_not_a_subject():
    text = (
        "Auditor quits Quarrow\n\n"
        "Mumbai: Statutory auditor Ilse Varga has resigned from Quarrow Ltd, telling the board she had "
        'been unable to obtain "sufficient appropriate audit evidence" on receivables.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Varga"]


def test_a_lawsuit_filed_by_someone_of_a_town_speaks_with_their_voice_and_so_does_its_complaint():
    text = (
        "The proposed class action, filed Monday in federal court in Chicago by Ilse Quarrender of "
        'Allentown, Pa., alleges that Crestline "quietly shrank" its family-size bags.\n\n'
        '"Consumers reasonably rely on the size of a package," the complaint states.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Quarrender", "Ilse Quarrender"]


def test_a_body_opening_the_sentence_that_brought_in_an_email_wrote_it():
    text = (
        "A misconfigured server run by the parent company, Quarrowbright Labs Inc., exposed chats.\n\n"
        "Quarrowbright confirmed the breach on Thursday in an email sent to its users.\n\n"
        '"We recently learned that an error in one of our systems may have exposed your '
        'information," the email said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Quarrowbright Labs Inc"]


def test_a_lower_case_head_of_something_is_the_new_name_opening_the_next_paragraph():
    text = (
        "The jeepney deadline will not be moved again, the board said on Monday.\n\n"
        "\u201cNobody wants to see the old jeepneys disappear,\u201d the head of one consolidated "
        "cooperative said.\n\n"
        "Ilse Quarrender, chair of the Marikit Drivers Transport Cooperative, said her members had "
        "pooled their franchises.\n\n"
        "\u201cI knew her the moment I had her in my hand,\u201d the club official who raised the alarm "
        "told the jury.\n\n"
        "Mara Quist, secretary of the Carnmoor Homing Society, said she had handled the hen before.\n\n"
        'The Foreign Secretary told the BBC: "I was making an observation about his temper." Liberal '
        'Democrat chairman Tom Varga said: "People are turned off by this kind of campaign."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[:2] == ["Ilse Quarrender", "Mara Quist"]
    assert got[2] != "Tom Varga"  # a capitalised office, named in no paragraph of its own


def test_he_after_a_cabinet_member_described_is_the_councillor_opening_the_next_paragraph():
    text = (
        "Allotment rents will rise by 60 per cent, the council said.\n\n"
        "The council's cabinet member for the environment said the authority had subsidised plots "
        "for far too long.\n\n"
        "\u201cEvery pound we spend on an allotment is a pound not spent on care,\u201d he said.\n\n"
        "Cllr Tomos Quarrender said a concession would be available to tenants on benefits."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tomos Quarrender"]


def test_a_shared_surname_after_a_relative_introduced_before_her_name_is_hers_untitled_only():
    text = (
        "The guard, Walter Quarrender, was hit by a car outside the school.\n\n"
        "Quarrender's daughter, Ilse Quarrender, said her father was in stable condition.\n\n"
        '"That\'s Dad," Quarrender said. "He knows every one of their names."\n\n'
        "Mara Vassel, a marine ecologist whose surveys ran for four decades, died on Saturday at "
        "her home. Mara Vassel was 81.\n\n"
        "Her daughter, Ines Vassel, said the cause was pneumonia.\n\n"
        'Dr. Vassel began diving in 1968. "The ocean didn\'t care who I was," Dr. Vassel said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == [
        "Ilse Quarrender",
        "Ilse Quarrender",
        "Mara Vassel",
    ]


def test_she_after_the_funds_head_is_the_name_opening_the_next_paragraph_with_that_office():
    text = (
        "The Prairie Teachers' Pension Plan, which owns about 6 percent of Quarrow's shares, also "
        "voted against. The fund's head of stewardship said it had raised concerns with the board.\n\n"
        '"We don\'t enjoy doing this in public," she said in an interview.\n\n'
        "Ilse Varga, the fund's head of stewardship, said it had supported the pay plans before."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Varga"]


def test_a_document_released_or_filed_by_a_body_speaks_for_it_and_so_does_its_next_mention():
    text = (
        "Students are being exploited by unlicensed advisers, MPs say.\n\n"
        "The report, released Tuesday by the Standing Committee on Quarrow Affairs, says "
        'so-called "ghost consultants" operate beyond the reach of regulators.\n\n'
        '"The committee heard repeatedly from students who paid for services," the report says.\n\n'
        "The lawsuit, filed in county court by the Varga Towers Tenants Association, accuses the "
        "landlord of neglect.\n\n"
        '"Defendant has treated the provision of heat as optional," the complaint states.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == [
        "Standing Committee on Quarrow Affairs",
        "Standing Committee on Quarrow Affairs",
        "Varga Towers Tenants Association",
    ]


def test_a_sentence_saying_someone_responded_or_went_further_introduces_their_words():
    text = (
        "Mr Tomas Quarrender won the seat by 412 votes.\n\n"
        'Mr Quarrender responded late on Thursday afternoon. "The recount will show the same result."\n\n'
        "Ms Ilse Varga, who has sat on the committee since 2017, went further in an interview with "
        "the Orrin Telegraph afterwards.\n\n"
        '"This is a scandal and the minister knows it is a scandal."\n\n'
        'Ms Mara Quist, whose daughter is in Primary 1, saw it differently. "Three years in a '
        'temporary site is a small price to pay."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tomas Quarrender", "Ilse Varga", "Mara Quist"]


def test_first_person_words_after_a_paragraph_about_a_described_and_named_person_are_theirs():
    text = (
        "Load-shedding bites in Soweto\n\n"
        "Her neighbour across the road, panel beater Tomas Quarrender, has given up on a generator "
        "altogether.\n\n"
        '"I cannot afford the diesel and I cannot afford the repairs either."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tomas Quarrender"]


def test_it_read_after_someone_sent_a_message_is_the_senders_words():
    text = (
        "The tribunal heard that Mr Tomas Quarrender had sent a WhatsApp message to the managing "
        'director, Ilse Varga, on a Monday evening. It read: "Mum has her scan on Thursday, any '
        'chance I can swap shifts?"'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tomas Quarrender"]


def test_a_relative_who_read_a_statement_outside_court_speaks_the_words_that_follow():
    text = (
        "The coroner recorded a finding of misadventure.\n\n"
        "Outside court his sister, Ilse Quarrender, read a statement on behalf of the family.\n\n"
        '"Danny was the strongest swimmer in our family. He trained for months for this swim."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ilse Quarrender"]


def test_the_release_is_the_bodys_that_said_in_a_release_also_after_someone_elses_quote():
    text = (
        'The mayor, Tomas Quarrender, said the detour was "a danger to everyone who uses it."\n\n'
        "The RCMP said in a news release it had responded to two collisions on the detour route. "
        "No one was seriously hurt.\n\n"
        '"Motorists are reminded that these are active resource roads," the release said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct][-1] == "RCMP"


def test_pronouns_after_unnamed_office_holders_and_experts_named_in_the_next_paragraph():
    official = (
        "The county's chief officer for mobility told reporters that the directive followed "
        "complaints.\n\n"
        '"Matatus are public service vehicles, not nightclubs on wheels," he said.\n\n'
        "The official, Tomas Quarrender, said the order would also cover buses."
    )
    expert = (
        "A retired marine ecologist who has counted birds on the estuary told the hearing the "
        "reclamation could not be undone.\n\n"
        '"There is no such thing as offsetting a feeding ground," she said.\n\n'
        "Dr Ilse Varga, who spoke on behalf of the estuary society, said the birds would not return."
    )
    officer = (
        "The officer leading the inspections said only 900 boats held valid papers.\n\n"
        '"The rest are operating illegally," he said.\n\n'
        "The officer, Senior Port Surveyor Mara Quist, said squads had detained 47 boats."
    )
    got = [[q.speaker for q in extract(t).quotes if q.direct] for t in (official, expert, officer)]
    assert got[:2] == [["Tomas Quarrender"], ["Ilse Varga"]]
    assert got[2][0].endswith("Mara Quist")  # ("Surveyor" is still read as part of the name)


def test_told_of_a_remark_someone_laughed_or_asked_they_did_not_hesitate_introduces_their_words():
    text = (
        "Told of the coach's comments, Tomas Quarrender laughed.\n\n"
        '"Gary is a good man. He is entitled to his opinion."\n\n'
        'Ilse Varga called it "a bandage, not a cure." Asked to explain, she did not hesitate. '
        '"Temporary kennels mean we can hold more dogs."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Tomas Quarrender", "Ilse Varga", "Ilse Varga"]


def test_the_chief_or_the_chairman_is_the_one_just_named_with_another_title():
    text = (
        "The Omanhene of the Quarrow Traditional Area, Nana Kwadwo Varga, has warned that the river "
        "is dying.\n\n"
        "The chief, who sat in the public gallery on Tuesday, told journalists after proceedings: "
        '"When I was a boy, we drank from the river."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Kwadwo Varga"]


def test_an_office_set_beside_a_given_name_after_an_age_is_the_full_names():
    text = (
        "Every Thanksgiving, Dale Quarrender and Wade Quarrender have sat at the same table.\n\n"
        "The cousins — Dale, 58, the two-term Republican sheriff of Orrin County, and Wade, 51, a "
        "lieutenant in his own department — are facing off in the primary.\n\n"
        '"I hired him. I promoted him," the sheriff said in an interview.\n\n'
        "A political action committee backing the sheriff, Orrin Safe Streets, answered with a flyer."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Dale Quarrender"]


def test_a_judge_called_justice_the_judgment_and_a_husband_named_long_before():
    judge = (
        "Delivering judgment, Justice Ilse Quarrender held that the prosecution had proved its case.\n\n"
        '"The defendant did not merely deceive the public," the judge said.'
    )
    judgment = (
        '"The respondent reached its conclusion first," Employment Judge Mara Quist wrote in a '
        "judgment published this week.\n\n"
        '"I was made the scapegoat," the claimant, Tomas Varga, said outside the tribunal.\n\n'
        '"The claimant was the one person who had raised the alarm," the judgment said.'
    )
    husband = (
        "When Ilse Vassel and her husband, Normand, replaced their furnace, the rebate was the "
        "reason they could afford it.\n\n"
        + "Installers say the delays are hurting business. " * 60
        + "\n\nHer husband was more hopeful.\n\n"
        + '"They will pay. I believe they will pay," he said.'
    )
    got = [[q.speaker for q in extract(t).quotes if q.direct] for t in (judge, judgment, husband)]
    assert got[0] == ["Ilse Quarrender"]
    assert got[1][-1] == "Mara Quist"
    assert got[2] == ["Normand Vassel"]


def test_the_post_is_the_bodys_that_the_sentence_before_says_posted_it():
    text = (
        "The engine was taken from the Orrin Veterans Heritage Museum on Route 9 overnight.\n\n"
        '"We just want her home," said Ilse Quarrender, who volunteers there.\n\n'
        "In a post on its Facebook page, the museum asked anyone who spots the engine to call "
        'police. "Please do not try to be a hero. Just call," the post said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == [
        "Ilse Quarrender",
        "Orrin Veterans Heritage Museum",
    ]


def test_a_description_said_again_beside_a_name_is_theirs_not_the_last_persons_named():
    text = (
        "A harbour inspector took cash to pass unsafe moorings, prosecutors said.\n\n"
        "The inspector, Osric Pellham, 52, was charged on Monday. He denied the charges.\n\n"
        '"Every signature was a promise to a family," the region\'s chief prosecutor told '
        'reporters. "He sold those promises."\n\n'
        "The prosecutor, Deputy Attorney Wenna Tregothnan, said the inquiry began last year."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Wenna Tregothnan"] * 2


def test_councilor_spelt_the_american_way_is_a_title_that_tells_two_of_one_surname_apart():
    text = (
        "Mayor Teodoro Magsalin said the terminal would close on Monday.\n\n"
        '"Enough is enough," Magsalin told reporters.\n\n'
        "Councilor Perpetua Magsalin, the mayor's cousin, said she had called a hearing.\n\n"
        '"Nobody should be stranded," said Councilor Magsalin.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Teodoro Magsalin", "Perpetua Magsalin"]


def test_a_bare_shared_surname_is_the_one_whose_office_the_sentence_before_named():
    text = (
        "Mayor Teodoro Magsalin said the terminal would close on Monday.\n\n"
        '"Enough is enough," Magsalin told reporters.\n\n'
        "Councillor Benigno Magsalin, the mayor's cousin, said he had called a hearing.\n\n"
        '"Nobody should be stranded," said Councillor Magsalin.\n\n'
        "Asked about the court case, the mayor was unmoved. Magsalin said the operators were "
        '"free to go to court".\n\n'
        '"The ordinance is clear," he said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[-1] == "Teodoro Magsalin"


def test_any_document_from_a_body_is_that_bodys_unless_a_person_of_it_sent_it():
    note = (
        "Shares in Kelvara Foods fell 9% on Friday after the caterer swung to a loss.\n\n"
        'A research note from Pemberly Capital said: "We see few catalysts and cut our target."'
    )
    letter = (
        "Orvane chairman Tobias Wenlock sent a letter to the board of Castrel on Thursday saying "
        "it plans a new offer.\n\n"
        'Orvane said the board had rejected its bid. "We do intend to submit a modified offer," '
        "the letter from Orvane said."
    )
    assert [q.speaker for q in extract(note).quotes if q.direct] == ["Pemberly Capital"]
    assert [q.speaker for q in extract(letter).quotes if q.direct] == ["Tobias Wenlock"]


def test_the_top_official_described_is_the_office_holder_the_next_paragraph_opens_on():
    text = (
        "Ballots sent to three precincts listed the wrong district, officials said.\n\n"
        '"It is my responsibility. I signed off on the proof," the county\'s top election '
        'official told a radio station. "I will not blame the printer."\n\n'
        "County Clerk Marisol Quennell said her office found the error on Tuesday."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Marisol Quennell"] * 2


def test_the_administrator_described_is_the_name_the_next_paragraph_opens_on():
    text = (
        "About 9,000 jury summonses were printed with the wrong date, court officials said.\n\n"
        '"We caught it on Tuesday," the court\'s administrator told a television station.\n\n'
        "Obadiah Trelawne, who has run the county's jury office since 2015, said the printer "
        "had apologised."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Obadiah Trelawne"]


def test_a_name_in_a_fronted_asked_clause_is_not_whom_the_next_he_means():
    text = (
        "Promoter Laszlo Ormerod said he wants a rematch in April.\n\n"
        '"We will do it again," he said.\n\n'
        "Referee Fintan Greaves did not respond to a request for comment.\n\n"
        "Asked whether Greaves should work another title fight, Ormerod did not hesitate.\n\n"
        '"Not on any card of mine," he said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct][-1] == "Laszlo Ormerod"


def test_the_company_is_the_one_just_named_with_its_legal_form_when_the_story_is_about_a_place():
    text = (
        "On Friday nights at the Moonbeam Roller Rink the mirror ball still turns.\n\n"
        "The Moonbeam has been open since 1971, and the Moonbeam will close this month.\n\n"
        "Regulars say they will miss the maple floor and the organ music most of all.\n\n"
        "The land has been sold to Quillfeather Storage LLC, which plans to build a "
        "self-storage site.\n\n"
        '"We understand how much this property means," the company said in a statement.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Quillfeather Storage LLC"]


def test_mr_with_a_surname_two_share_is_the_man_when_the_other_has_a_fada_in_her_name():
    text = (
        "So says Donncha Mulqueeny, chairman of the residents' association.\n\n"
        '"People keep talking about the noise," said Cllr Siobhán Mulqueeny (Ind).\n\n'
        'Mr Mulqueeny rejected that. "Nobody here is against jobs," he said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct][-1] == "Donncha Mulqueeny"


def test_the_manager_is_not_the_general_manager_and_says_the_he_after_his_sentence():
    text = (
        "Quarry Hawks manager Lonnie Fairweather was ejected in the seventh inning after the "
        "system called a strike on a pitch in the dirt.\n\n"
        '"It called a pitch in the dirt a strike," Fairweather said.\n\n'
        "A spokesman for Pitchgrid Analytics, which supplies the cameras, said it was looking into it.\n\n"
        '"We have asked the league to resume the game," said Ottilie Fairweather, the club\'s '
        "general manager, who is not related to the manager.\n\n"
        "The manager, who will serve a one-game suspension, said he had no regrets.\n\n"
        '"I would do it again," he said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[-1] == "Lonnie Fairweather"
    assert extract(text).quotes[-1].kind == "person"


def test_the_railroad_is_the_railway_named_with_an_ampersand_and_so_is_its_statement():
    railroad = (
        "Fourteen cars of a Prairie Sky & Northern Railway freight train left the tracks at dawn.\n\n"
        "The railroad said in a statement that the train had been below the limit.\n\n"
        '"Our crews are on scene," the statement said.'
    )
    assert [q.speaker for q in extract(railroad).quotes] == ["Prairie Sky & Northern Railway"] * 2


def test_the_lawsuit_is_its_filers_named_by_a_participle_sentences_before_or_as_who_sued():
    participle = (
        "More than 40 owners of Tamberlane franchises sued the chain on Thursday.\n\n"
        "The lawsuit, filed in U.S. District Court in Tacoma by the Independent Tamberlane "
        "Operators Association, says the program is a pretext.\n\n"
        'The complaint accuses Tamberlane of using the remodel "as a pretext to seize stores."\n\n'
        '"Franchisees are being told to sell," the lawsuit says.'
    )
    sued = (
        "Kitchener, Ont.-based Quorlin Systems Inc. has sued its larger rival Vexmoor Technologies "
        "Corp. in Federal Court.\n\n"
        "The statement of claim seeks unspecified damages.\n\n"
        'The lawsuit also claims that "Vexmoor had access to confidential engineering files."'
    )
    assert [q.speaker for q in extract(participle).quotes if q.direct][-1] == (
        "Independent Tamberlane Operators Association"
    )
    assert [q.speaker for q in extract(sued).quotes if q.direct] == ["Quorlin Systems"]


def test_a_passives_unnamed_agent_is_named_by_the_paragraph_after_her_quotation():
    text = (
        '"We have lived through a lot of winters," Mirabel Oskarsson said.\n\n'
        "The ruling was welcomed by the head of a Regina-based consumer group, who said it sends "
        "a message to suppliers.\n\n"
        '"A cold snap is not a licence to gouge," she said.\n\n'
        "Ysolde Tremaine, executive director of the Prairie Consumers' Alliance, said her group "
        "received 400 complaints."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Mirabel Oskarsson", "Ysolde Tremaine"]


def test_an_indefinite_description_with_a_who_clause_is_named_by_the_next_paragraph_unless_anonymous():
    named = (
        "Brisco said the numbers leave out the cost.\n\n"
        '"Courts will look hard at this," said a law professor who studies franchise disputes.\n\n'
        "Ottoline Varga, who teaches at Cascade University School of Law, said the question was fairness."
    )
    anonymous = (
        "Brisco said the numbers leave out the cost.\n\n"
        '"Courts will look hard at this," said a law professor who asked not to be named.\n\n'
        "Ottoline Varga, who teaches at Cascade University School of Law, said the question was fairness."
    )
    assert [q.speaker for q in extract(named).quotes if q.direct] == ["Ottoline Varga"]
    assert [q.speaker for q in extract(anonymous).quotes if q.direct] == [None]


def test_that_came_from_and_that_was_how_the_described_summed_up_name_whose_quotation_it_was():
    came = (
        "The mural has stood on the taqueria wall since 2009.\n\n"
        '"Everybody gives directions by that wall."\n\n'
        "That came from Barnaby Quist, president of the West Alder Neighborhood Association."
    )
    summed = (
        "Jury awards $14 million to trucker whose stroke was taken for drunkenness\n\n"
        'SPRINGFIELD, Mo. (AP) — "They looked at a sick man and decided he was drunk."\n\n'
        "That was how the family's attorney summed up the case for jurors last week.\n\n"
        "Cosimo Ferrante, 49, of Joplin, now uses a wheelchair.\n\n"
        '"I do not drink," Ferrante said outside the courthouse.\n\n'
        "The family's attorney, Leopold Vantongeren, said the verdict sends a message."
    )
    assert [q.speaker for q in extract(came).quotes if q.direct] == ["Barnaby Quist"]
    assert [q.speaker for q in extract(summed).quotes if q.direct] == ["Leopold Vantongeren", "Cosimo Ferrante"]


def test_a_bodys_panel_or_staff_speaks_for_the_body_but_its_counsel_is_a_person():
    panel = (
        "A propane supplier has been fined $1.2 million by the province's Fuel Fairness Review Board.\n\n"
        'In a decision released Tuesday, the board\'s three-member panel wrote: "The supplier knew."'
    )
    counsel = (
        "The Quillon Franchisee Association has sued the chain.\n\n"
        '"This is not about pennies," said the association\'s outside counsel.'
    )
    assert [q.speaker for q in extract(panel).quotes if q.direct] == ["Fuel Fairness Review Board"]
    assert [q.speaker for q in extract(counsel).quotes if q.direct] == [None]


def test_a_law_quoted_is_the_bodys_that_passed_it():
    text = (
        "The bus firm said it had paid its permit fees in full.\n\n"
        "City Ordinance No. 2021-7, passed by the Marquesa City Council last year, states that "
        '"all buses shall load and unload only at designated terminals."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Marquesa City Council"]


def test_a_marshal_or_a_supervisor_is_an_occupation_someone_holds():
    marshal = (
        "The sled dog race will skip the river this year, organisers said.\n\n"
        '"The river is usually the easy part," said the race marshal, a former champion who has '
        "overseen the event since 2011.\n\n"
        "Perpetua Lindqvist said trail crews drilled test holes every 500 metres."
    )
    supervisor = (
        "Her neighbour, Mr Wee Boon Hock, 45, admitted that the bicycle belonged to his son.\n\n"
        '"I feel very bad," said the logistics supervisor.'
    )
    assert [q.speaker for q in extract(marshal).quotes if q.direct] == ["Perpetua Lindqvist"]
    assert [q.speaker for q in extract(supervisor).quotes if q.direct] == ["Wee Boon Hock"]


def test_a_spokesman_for_the_fund_speaks_for_the_fund_manager_named_before():
    text = (
        "Shares in Pendlewick Carpets fell 30 per cent.\n\n"
        "The largest shareholder, the Leeds-based fund manager Harrowgate Capital, which owns 18 "
        'per cent, said it was "disappointed". A spokesman for the fund added: "Our patience is '
        'not unlimited."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct][-1] == "Harrowgate Capital"


def test_a_state_abbreviation_set_off_before_a_cue_is_no_source():
    text = (
        "Quennell Athletics Inc. sued former star Jalen Marbury on Thursday.\n\n"
        'The complaint, filed in state court in Portland, Ore., says Mr. Marbury "walked away from '
        'his obligations" in September.\n\n'
        '"Quennell built an entire line around his name," the complaint says.'
    )
    assert set(q.speaker for q in extract(text).quotes if q.direct) == {"Quennell Athletics Inc"}


def test_a_bodys_team_warning_in_a_letter_and_the_letter_after_are_the_bodys():
    text = (
        "Ashcombe Borough Council confirmed it had received complaints about the noise.\n\n"
        "In a letter to Ms Tilbury dated August 14, seen by the Courier, the council's "
        "environmental health team warned that 'a notice may be served if things do not improve'.\n\n"
        "The letter added: 'Should a notice be breached, the council may seize the equipment.'"
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ashcombe Borough Council"] * 2


def test_a_described_subject_after_the_last_name_is_the_one_the_next_paragraph_names():
    text = (
        "The steer's owner was stripped of the title after a drug test.\n\n"
        '"He did not want to win it this way," Lyle Tennant said.\n\n'
        "The fair's livestock superintendent has run the barns for two decades and said every "
        "champion is screened.\n\n"
        '"In 19 years I have seen maybe three of these," the superintendent said.\n\n'
        "Marisol Aberline, who has held the post since 2006, said the family has 10 days to appeal."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Lyle Tennant", "Marisol Aberline"]


def test_a_titled_name_set_beside_any_office_after_a_cue_is_the_speaker():
    text = (
        "Traders met the council on Monday.\n\n"
        '"This is a new chapter," the cathaoirleach of the district, Cllr Orla Fennessy, said after the vote.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Orla Fennessy"]


def test_the_letter_is_the_one_who_read_it_out_a_sentence_or_two_before():
    text = (
        "The arena opens next month.\n\n"
        "The parish priest, Fr. Anselmo Dizon, read a pastoral letter against the arena at all "
        'Masses on Sunday. The letter said gambling "wounds families".\n\n'
        '"We do not judge those who raise gamecocks," the letter said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct][-1] == "Anselmo Dizon"


def test_a_description_named_by_the_next_paragraph_beats_the_last_name_before_it():
    text = (
        '"Then the cameras leave," said Ambrose Tillery, coordinator of the Prairie Access Coalition.\n\n'
        "Tillery said the coalition would track the figures.\n\n"
        '"It took an independent officer to tell this government," the Opposition\'s families '
        "critic said during question period.\n\n"
        "Rosalind Quartermaine, who represents Red River North, said she would introduce a bill."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct][-1] == "Rosalind Quartermaine"


def test_coun_is_an_abbreviated_councillors_title_no_sentence_ends_after_it():
    text = (
        "Council voted 7-3 on Tuesday night.\n\n"
        '"We have empty blocks downtown," said Coun. Perrine Thibodeau, who brought the motion. '
        '"Some owners are waiting for a market that is never coming back."'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Perrine Thibodeau"] * 2


def test_a_quotation_interrupted_by_a_cue_with_a_long_apposition_is_one_speakers():
    text = (
        "Drivers lost their deposits when the firm collapsed.\n\n"
        "“For drivers,” said Ms Wenna Loh, an MP who advises the drivers’ welfare network, "
        "“this is the worst possible outcome.”"
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Wenna Loh"] * 2


def test_he_after_an_unnamed_office_holder_opening_on_but_is_the_name_the_next_paragraph_opens():
    text = (
        "The county says the levy will fund a modern collection service.\n\n"
        "But the chairman of the Eastlands Landlords' Welfare Association said landlords would "
        "pay twice.\n\n"
        '"We are not refusing to pay for garbage," he said.\n\n'
        "Mr Barasa Wekesa Odhiambo, who owns two blocks of flats, said the association would go to court."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Barasa Wekesa Odhiambo"]


def test_a_long_description_after_a_quotation_is_still_its_cues_subject():
    text = (
        "Credit unions pressed the regulator to lift the cap.\n\n"
        '"We are lending barely a fifth of it," the chief executive of one of the country\'s '
        "biggest credit unions said yesterday.\n\n"
        "Fiachra Brosnahan, who runs Slievemore Credit Union in Castlebar, said members were turned away."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Fiachra Brosnahan"]


def test_the_decision_is_the_bodys_whose_decision_a_sentence_before_named():
    text = (
        "The publican says the pub has done nothing wrong.\n\n"
        "The Gaming and Wagering Commission's decision, released on Friday, paints a different "
        "picture. It found minors had been left unsupervised.\n\n"
        '"The licensee has displayed a persistent indifference," the decision said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Gaming and Wagering Commission"]


def test_the_coordinator_described_is_the_name_the_next_paragraph_opens_on():
    text = (
        "The county paid three times the market price for wheelbarrows.\n\n"
        '"Every shilling that went into those wheelbarrows did not go into a road," said the '
        "coordinator of a local budget watchdog.\n\n"
        "Kamau Wanyoike, who coordinates the Kitui Budget Forum, said the audit was overdue."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Kamau Wanyoike"]


def test_the_old_man_is_the_one_the_story_follows_as_an_age_would_be():
    text = (
        "Eustace Marchbanks has carved duck decoys on Tern Bay for 60 years.\n\n"
        '"It is a black duck," Marchbanks said. "They are plain."\n\n'
        "When it is finished, Marchbanks plans to give the canvasback to his grandson, Tobiah, who "
        "will float it on the bay next November.\n\n"
        '"That one is for the water," the old man says.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct][-1] == "Eustace Marchbanks"


def test_a_spokesman_who_did_something_and_said_speaks_for_his_party_and_the_quotation_after():
    text = (
        "Election news.\n\n"
        "A Labour party spokesman played down differences with Mr Wyatt and said Mr Brown already "
        'had a prominent campaign role. "This election is a choice between Labour and the Conservatives."'
    )
    unnamed = (
        "Under UK takeover rules, Halvergate has until August 14 to make an offer. A spokesman for "
        "the bidder declined to discuss a counterbid but said the group would not be drawn."
    )
    assert [q.speaker for q in extract(text).quotes] == ["Labour Party", "Labour Party"]
    assert [q.speaker for q in extract(unnamed).quotes] == [None]


def test_he_is_not_a_firm_someone_else_is_the_vice_president_of():
    text = (
        "Tallis Compute wants to build a data center outside Ashby.\n\n"
        "Roscoe Pickering, 59, is worried about water. Tallis Compute's application asks for 1.2 "
        "million gallons a day.\n\n"
        '"That is more than the whole town uses," he says.\n\n'
        "Lauren Okafor, Tallis's vice president for site development, said the plant would recycle water."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Roscoe Pickering"]


def test_a_place_opening_a_sentence_after_at_is_no_one_a_pronoun_means():
    text = (
        "Weavers protested against printed cloth.\n\n"
        "At Kejetia Market, trader Madam Abena Owusu-Ansah, who sells both kinds of cloth, said "
        "customers were choosing with their pockets.\n\n"
        '"I am not the enemy of the weavers," she said.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Abena Owusu-Ansah"]


def test_the_judge_is_the_one_the_next_paragraph_titles_district_judge_not_the_accused():
    text = (
        "Madam Lim Siew Hwa, 74, was fined for feeding pigeons.\n\n"
        "In sentencing, the judge said she had taken Madam Lim's age into account.\n\n"
        '"The accused is not a bad person. She is a persistent one," the judge said.\n\n'
        "District Judge Rosalind Teo gave Madam Lim two months to pay."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Rosalind Teo"]


def test_several_lower_case_words_before_a_name_in_apposition_are_its_description():
    text = (
        "Benches were removed from the promenade.\n\n"
        "Its founder, retired lighthouse keeper Anselm Drury, 64, whose parents are remembered on a "
        'seat, said: "They have done this on the quiet."\n\n'
        '"We will fight it," said its founder, retired lighthouse keeper Anselm Drury.'
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Anselm Drury", "Anselm Drury"]


def test_a_sentence_adverb_opening_the_clause_is_no_speaker():
    text = (
        "A contestant was caught with a shop-bought cake.\n\n"
        "Ironically, celebrity pastry chef Odile Brackenbury had hailed the bake as 'the best sponge "
        "of the whole series' just minutes before.\n\n"
        "'It was a shock,' a producer said."
    )
    got = [(q.text, q.speaker) for q in extract(text).quotes if q.direct]
    assert got[0] == ("the best sponge of the whole series", "Odile Brackenbury")


def test_a_phrase_quoted_inside_a_finding_is_the_finder_s():
    text = (
        "A climbing centre was criticised.\n\n"
        "In her determination, Sheriff Ailsa Drummond found that the device had been 'overdue for "
        "its annual inspection by more than four months' and that logs were missing.\n\n"
        "'The death was avoidable,' she wrote."
    )
    got = [(q.text, q.speaker) for q in extract(text).quotes if q.direct]
    assert got[0] == ("overdue for its annual inspection by more than four months", "Ailsa Drummond")


def test_a_participle_after_a_letter_from_a_body_is_the_sender_s():
    text = (
        "Volunteers have been told to stop filling potholes.\n\n"
        "The Patch It Collective, which began as a neighbourhood chat group, received a letter from "
        "the Dunmarrow District Council's legal services department last week, warning that "
        "'unauthorised interventions on road reserves' exposed the volunteers to liability.\n\n"
        "The letter demands that the group 'cease all such activity forthwith, failing which the "
        "council will approach the court'.\n\n"
        "'We will not stop,' a volunteer said."
    )
    got = [(q.text, q.speaker) for q in extract(text).quotes if q.direct]
    assert [s for _, s in got[:2]] == ["Dunmarrow District Council", "Dunmarrow District Council"]


def test_a_town_ending_in_bay_is_no_person_and_its_police_association_speaks_in_full():
    text = (
        "Pelwick Bay votes to disband its police force\n\n"
        "Pelwick Bay's council voted on Tuesday to hand policing to the province.\n\n"
        "The Pelwick Bay Police Association, which represents the officers, said in a statement "
        'that its members were "deeply disappointed".\n\n'
        '"Our members have served this community with pride," the statement said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Pelwick Bay Police Association", "Pelwick Bay Police Association"]


def test_the_report_is_the_one_a_firm_prepared_a_sentence_before():
    text = (
        "The town may lose its police.\n\n"
        "A report prepared for the town by Saltmarsh Municipal Advisors, a consulting firm, "
        "estimated the switch would save money. The report also warned that the headquarters "
        'would need "significant capital investment within five years."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Saltmarsh Municipal Advisors"]


def test_a_name_set_off_as_a_company_is_the_company_that_speaks():
    text = (
        "Shoppers in Kuttak Inlet say the food subsidy is not reaching them.\n\n"
        "The Kuttak Inlet store is owned by Permafrost Provisioners, a Winnipeg-based company that "
        "runs 31 stores. In an emailed statement, the company said every item carries a shelf tag.\n\n"
        '"We pass the full contribution through to customers," the statement said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Permafrost Provisioners"]


def test_engr_and_atty_are_titles_whose_full_stop_ends_no_sentence():
    text = (
        "Inspectors seized fake cables at the market.\n\n"
        '"Some of these cables will burn down houses," Engr. Tunde Bakare-Olowo said.\n\n'
        '"We will appeal," Atty. Marivic Dumaguing said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tunde Bakare-Olowo", "Marivic Dumaguing"]


def test_a_hyphenated_description_and_asides_before_the_cue_leave_the_name_its_subject():
    text = (
        "The school banned filming of the nativity play.\n\n"
        "But mum-of-three Kerry-Lou Tamblyn, 34, whose daughter Maisie, six, is playing the "
        "innkeeper's wife, said: \"It is our kids' big moment.\""
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Kerry-Lou Tamblyn"]


def test_the_letter_is_the_body_that_sent_or_submitted_it():
    text = (
        "Balloon landings have angered farmers.\n\n"
        "In September, the Quillan County Growers Association sent a letter to the county commission "
        "asking for insurance.\n\n"
        '"Our members are not asking that the event be canceled," the letter read.\n\n'
        "A group calling itself Friends of Marlowe Park submitted a letter signed by 312 residents.\n\n"
        '"The meadows are not empty space," the letter said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Quillan County Growers Association", "Friends of Marlowe Park"]


def test_the_municipality_is_the_municipality_the_lead_names():
    text = (
        "A missing painting has been found in an office, the Qunu Bay Local Municipality has confirmed.\n\n"
        'In a statement on Wednesday, the municipality said the painting had been "located in good condition".\n\n'
        '"The municipality regrets the distress this matter has caused," the statement said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Qunu Bay Local Municipality"] * 2


def test_a_name_with_a_lower_case_prefix_is_one_name():
    text = (
        "The High Court set aside a water tariff imposed by the uMzintlava Local Municipality.\n\n"
        'The municipality argued in court papers that a "drought recovery levy" was needed.'
    )
    got = [q.speaker for q in extract(text).quotes]
    assert got and set(got) == {"uMzintlava Local Municipality"}


def test_the_order_is_the_board_s_whose_order_a_sentence_before_named():
    text = (
        "DUNMORE — The state Board of Farrier Examiners has suspended a farrier's licence.\n\n"
        "The board's 23-page order, issued Friday, found that he had worked without supervision.\n\n"
        '"The Respondent\'s conduct fell far below the minimum standard of care," the order said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Board of Farrier Examiners"]


def test_the_report_is_the_one_a_year_and_its_author_introduced():
    text = (
        "Families want fencing on the highway after a third crash.\n\n"
        "They point to a 2022 report from the Office of the Chief Examiner, written after the first "
        "death, that recommended fencing.\n\n"
        '"The committee recommends that the province prioritize fencing," the report says.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Office of the Chief Examiner"]


def test_trade_words_end_company_names_and_a_lessor_is_a_company():
    text = (
        "Container lessor Tidewell Marine is asking noteholders for more time. Tidewell Marine's "
        "notes fall due in March.\n\n"
        '"The Group\'s cash flows remain positive," the company said in its filing.\n\n'
        '"The sweetener is thin," said Anjali Ramcharan, an analyst at Harbourgate Research.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tidewell Marine", "Anjali Ramcharan"]


def test_a_description_inside_the_quotation_is_not_the_pronoun_s_person():
    text = (
        "A waiter has won his tips case.\n\n"
        "In her decision, adjudication officer Saoirse Lenihan found that the charge had no basis.\n\n"
        '"His evidence was that he learned of the deduction when a colleague compared her records," '
        "she wrote.\n\n"
        '"Nobody ever told us," that colleague, Orla Breathnach, told the hearing. "I only copped it '
        'because I check my statements."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Saoirse Lenihan", "Orla Breathnach", "Orla Breathnach"]


def test_a_firm_s_possessive_before_its_officer_is_no_one_a_pronoun_means():
    text = (
        "Payphones are being removed from outback towns.\n\n"
        "Tellura Connect's general manager of regional networks, Anjali Thirunavukkarasu, told the "
        "paper the company would consider a satellite handset.\n\n"
        '"We are not walking away from the bush," she said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Anjali Thirunavukkarasu"]


def test_a_show_society_the_tour_and_a_written_reply_name_their_bodies():
    text = (
        "The Cedarwell Show Society stripped a bakery of its title.\n\n"
        'In a post on its Facebook page, the Cedarwell Show Society said: "The committee has determined '
        'that the entry did not comply."\n\n'
        "Marco Ferrante was disqualified by the North Atlantic Disc Sports Tour.\n\n"
        'In a statement Sunday, the tour said its rules committee had reviewed "all available evidence".\n\n'
        "The Department of Trekking set the rule.\n\n"
        'Asked about the cost, the department said in a written reply: "The government has no role in '
        'fixing guide wages."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Cedarwell Show Society", "North Atlantic Disc Sports Tour", "Department of Trekking"]


def test_words_a_person_said_stay_theirs_when_a_radio_reports_them():
    text = (
        "NICOSIA, March 1 - Zagros Radio broadcast the president's remarks on Sunday.\n\n"
        'Parviz Khorasani said the government had to act, "but on the other hand any violent act in the '
        'Gulf will greatly harm long-term interests," the radio, monitored in Nicosia, reported.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Parviz Khorasani"]


def test_a_particle_ending_a_name_is_its_surname():
    text = (
        "Merchants are angry about the skywalk.\n\n"
        "Lorraine Du has repaired shoes from a kiosk for 31 years.\n\n"
        '"This plan is a gut punch," Du said.\n\n'
        '"I am not against progress," she said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Lorraine Du", "Lorraine Du"]


def test_a_nickname_in_single_marks_is_no_part_of_the_name():
    text = (
        "Rooibos growers are suing a processor.\n\n"
        "The collective's chairman, Hendrik 'Henkie' Vosloo, said members had watched lorries collect tea.\n\n"
        "'They told us the drought is an act of God,' Vosloo said. 'Then we saw the trucks.'\n\n"
        "His wife, Ruth Vosloo, said they had sold their cattle."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Hendrik Vosloo", "Hendrik Vosloo"]


def test_the_statement_is_the_body_that_said_so_in_one_after_the_last_named_speaker():
    text = (
        "Disc golfer Marco Ferrante was disqualified by the North Atlantic Disc Sports Tour.\n\n"
        '"I did nothing wrong," Ferrante said.\n\n'
        'In a statement Sunday, the tour said its rules committee had reviewed "all available evidence".\n\n'
        '"The rules exist to protect the integrity of competition," the statement said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Marco Ferrante", "North Atlantic Disc Sports Tour", "North Atlantic Disc Sports Tour"]


def test_the_company_is_the_one_business_named_just_before():
    text = (
        "Thousands of workers were waiting for pay after a software failure at Quillfeather Payroll "
        "Services delayed direct deposits.\n\n"
        "The Omaha-based company, which processes payroll for 11,000 employers, said an error had "
        "caused files to be rejected.\n\n"
        '"We are deeply sorry," the company said in a statement.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Quillfeather Payroll Services"]


def test_their_lawyer_is_the_lawyer_the_next_paragraph_names():
    text = (
        "Forty women are suing a cosmetics maker.\n\n"
        "Their lawyer said the claim sought damages of 12.6 million ringgit.\n\n"
        '"These are young women, many of them in their twenties," he said.\n\n'
        "Arvind Manickavasagam, the lawyer, said laboratory tests had found mercury."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Arvind Manickavasagam"]


def test_its_race_director_is_named_after_his_quotation_over_two_paragraphs():
    text = (
        "Marathon winners have not been paid.\n\n"
        "The race was organised by Kerio Running Events Limited, an Eldoret-based company. Its race "
        "director, reached by phone on Monday, said a sponsor had let the company down.\n\n"
        '"We are as frustrated as the athletes," he said. "Every athlete will be paid.\n\n'
        '"I am asking them to be patient for a few more weeks."\n\n'
        "Mr Geoffrey Otieno Wambugu declined to name the sponsor."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert set(got) == {"Geoffrey Otieno Wambugu"}


def test_that_was_the_message_x_delivered_names_the_quotation_before():
    text = (
        "A crematorium was rejected.\n\n"
        "His daughter, Claire Dusseault, who manages the home, was more succinct.\n\n"
        '"We will regroup," she said.\n\n'
        '"Nobody here is anti-funeral home. We are anti-smokestack."\n\n'
        "That was the message Tamika Whitcombe-Reyes, a mother of three who organized the opposition, "
        "delivered to the board."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Claire Dusseault", "Tamika Whitcombe-Reyes"]


def test_a_spokeswoman_of_the_company_a_reporter_contacted():
    text = (
        "A family was sent the wrong twin's passport.\n\n"
        'Skyvale Holidays at first said the mix-up was "outside our control".\n\n'
        '"I was livid," Kerry-Ann Baptiste said.\n\n'
        'When we contacted the company, a spokeswoman said: "We are very sorry to hear about this."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[-1] == "Skyvale Holidays"


def test_a_name_whose_clause_follows_names_the_unnamed_speaker_but_never_a_board():
    text = (
        "Cricket-ball makers are short of leather.\n\n"
        '"The closure is not sudden," said Rajesh Tyagarajan, a pollution control official.\n\n'
        "The managing director of one of the larger Meerut units said his costs had risen.\n\n"
        '"We are paying almost double for whatever hide is available," he said.\n\n'
        "Anirudh Vardhanam, whose grandfather founded the firm in 1961, now buys hides from Kanpur.\n\n"
        "The Ashgrove Township Zoning Hearing Board denied a crematorium. In a written decision, the "
        'board said this one "does not belong within 300 feet of family homes."\n\n'
        "Lyle Duquesne, whose grandfather founded the funeral home, said he was disappointed."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Rajesh Tyagarajan", "Anirudh Vardhanam", "Ashgrove Township Zoning Hearing Board"]


def test_the_judge_is_the_justice_the_next_paragraph_names():
    text = (
        "A grower infringed plant variety rights.\n\n"
        "In a judgment released yesterday, the High Court found that grower Dennis Hallorann had "
        "infringed rights held by Kowhai Fruit Marketing Ltd.\n\n"
        '"It was not a case of a grower who misunderstood the system," the judge wrote.\n\n'
        "Justice Moana Whitcombe-Tane said the evidence of night-time grafting was compelling."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Moana Whitcombe-Tane"]


def test_the_office_is_the_office_the_article_names():
    text = (
        "Street pianos are being vandalised.\n\n"
        "The pianos are managed by the city's Office of Arts and Heritage, which started the program in 2016.\n\n"
        "Four have been damaged, and the office has asked the council whether to keep the program.\n\n"
        '"Replacement instruments are donated, but transport is not," the office wrote in a memo.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Office of Arts and Heritage"]


def test_the_letter_is_the_body_that_made_its_argument_in_a_letter():
    text = (
        "Council approved tiny homes on wheels.\n\n"
        "The Eastbank Residents' Association made a similar argument in a letter to council last "
        "week, saying it backs new housing.\n\n"
        '"Residents have legitimate concerns about parking," the letter said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Eastbank Residents' Association"]


def test_a_relative_by_given_name_and_trade_before_the_cue():
    text = (
        "A neighbour's doorbell camera was ruled a nuisance.\n\n"
        "Kerry Ashworth-Beale, 41, said the light came on every time she hung out the washing.\n\n"
        'Her husband Wayne, a scaffolder, added: "He was asked nicely."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Wayne"]


def test_a_trade_no_list_holds_is_named_by_its_agent_noun_later():
    text = (
        "Goose calls win the day at the county fair\n\n"
        "Earl Batiste won the senior division for the third year in a row.\n\n"
        '"I blow that call every morning in the truck," Batiste said.\n\n'
        "The head judge that year was a retired postmaster who keeps his scoresheets in a biscuit tin.\n\n"
        '"People think it\'s about volume," he said. "Control is what wins."\n\n'
        "The postmaster, Walton Fenwick, has never entered the contest himself."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Earl Batiste", "Walton Fenwick", "Walton Fenwick"]


def test_a_pronoun_whose_person_the_paragraph_names_is_not_a_trade_named_later():
    text = (
        "Smoke closes parks.\n\n"
        "Rosa Quintero, 41, picks pears south of town. Her crew got masks from the grower on Wednesday, she says.\n\n"
        '"One mask each," she says.\n\n'
        "The grower, Lindqvist Family Orchards, said it handed out more on Thursday."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Rosa Quintero"]


def test_an_opening_quotation_by_a_description_takes_the_name_the_next_paragraph_opens_with():
    text = (
        "Mum's fury over spray truck\n\n"
        "A Kelso Flats mum was hanging out the washing on Tuesday when the council's spray truck rolled by.\n\n"
        '"It was a white cloud and it came over the fence," the mother of three said. "My youngest was outside."\n\n'
        "Rhiannon Pethick, 34, is one of dozens of residents who were fogged.\n\n"
        "A judge let a cloned-dog suit go to trial.\n\n"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Rhiannon Pethick", "Rhiannon Pethick"]
    text = (
        "A woman who paid to clone her collie can take the company to trial, a judge ruled.\n\n"
        '"I wasn\'t buying a photocopy of my dog," the plaintiff told reporters outside the courthouse.\n\n'
        "Marta Delacroix, a retired hygienist from Mesa, sued the company last spring."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Marta Delacroix"]


def test_the_company_is_the_business_introduced_as_one_not_the_station_reporting():
    text = (
        "Neighbors say new car wash vacuums roar until midnight\n\n"
        "MAPLE BEND, Ohio (WKTQ) — Residents say a new car wash behind their homes roars all evening.\n\n"
        "The business, FoamPilot Express Wash, opened in April. Its vacuums sit 80 feet from the nearest fence.\n\n"
        "Trustee Nadia Ferris told WKTQ the village had opened a file. She told WKTQ it would act.\n\n"
        "In an emailed statement, the company said it had cut vacuum hours.\n\n"
        '"We want to be a good neighbor," the statement said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["FoamPilot Express Wash"]


def test_a_quotation_over_paragraphs_after_a_sentence_about_one_person_is_theirs():
    text = (
        "Bat dog retires\n\n"
        "The club's bat dog, Pretzel, will retire this month, said his handler, Owen Castellane.\n\n"
        "Castellane remembers the early days fondly.\n\n"
        '"The first year, he ran to the wrong dugout twice. The fans loved it.\n\n'
        '"By year three he knew the game better than some of our interns."\n\n'
        "The team will honour Pretzel before the last home game."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Owen Castellane", "Owen Castellane"]


def test_a_gendered_word_before_a_name_outweighs_a_first_name_used_by_both_sexes():
    text = (
        "Surf club caps junior program\n\n"
        "Club president Cormac Doyle said the club had run out of volunteers.\n\n"
        "Local mum Jess Varga was one of the parents who missed out. Her twins had waited since August.\n\n"
        '"The boys were heartbroken," she said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Jess Varga"]


def test_volleyball_positions_are_roles_before_a_name():
    text = (
        "Otters rally in five sets\n\n"
        "Sophomore outside hitter Nakuru Achieng had 24 kills, and the Otters rallied from two sets down.\n\n"
        "Coach Tricia Albrecht said the team never panicked.\n\n"
        "Achieng, who goes by “Zee” to her teammates, shrugged off her performance.\n\n"
        "“Honestly, I was just swinging,” she said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct and q.speaker]
    assert got == ["Achieng"]


def test_the_bench_and_the_judges_speak_for_the_court_the_article_names():
    text = (
        "Chennai, Dec 5 (PTI) The Karaikal High Court on Friday directed a trust to hand over its elephant.\n\n"
        "A division bench of Justices R. Venkatesan and S. Kumaravel passed the order on a petition.\n\n"
        '"The elephant is a living being, and the law places a duty of care on its keeper," the bench said.\n\n'
        'The bench was not persuaded. "Sentiment is not a veterinary prescription," it said.\n\n'
        '"Six months is a long time for an animal in pain," the judges said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Karaikal High Court"] * 3


def test_an_opening_quotation_is_the_one_the_next_paragraph_opens_with_after_a_trade_or_unnamed_narrative():
    text = (
        "Farmers vow to fight lynx plan\n\n"
        "“If one of those cats takes a lamb, who pays? It won’t be the folk in the big house.”\n\n"
        "Sheep farmer Ruairidh Mackinnon, 63, drew the loudest applause of the night with that question.\n\n"
        "The estate said every animal would wear a collar."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Ruairidh Mackinnon"]
    text = (
        "Mother held over hospital bill goes home\n\n"
        "A 29-year-old nursing mother held at a private hospital for 11 days has been allowed to go home.\n\n"
        '"They said I could not go home until my husband paid everything. I was so ashamed."\n\n'
        "Mrs Adaeze Nwachukwu, who spoke to our correspondent at her home on Sunday, said she was grateful."
    )
    assert [q.speaker for q in extract(text).quotes if q.direct] == ["Adaeze Nwachukwu"]


def test_a_bodys_office_is_the_executive_named_next():
    text = (
        "Drivers quit over cab cameras\n\n"
        "Forty drivers have quit Dunmore Freight since it installed cameras.\n\n"
        '"We expected some people to leave," said Dunmore\'s vice president of safety, who joined two years ago. '
        '"But I will not apologize for a tool that saves lives."\n\n'
        "The executive, Marisa Quentin, said the cameras record only when triggered."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Marisa Quentin", "Marisa Quentin"]


def test_a_named_author_and_their_co_authors_are_the_named_author():
    text = (
        "Marching bands risk hearing loss\n\n"
        "The study was led by audiologist Tomasz Wierzbicki of Lakeside University.\n\n"
        '"Exposures of this size exceed recommended limits," Wierzbicki and his co-authors wrote in the paper.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tomasz Wierzbicki"]


def test_an_office_in_charge_of_a_place_is_the_one_named_next():
    text = (
        "Elephants raid farms\n\n"
        "Farmer Grace Wanjiru said elephants had destroyed her maize.\n\n"
        "In a statement, the wildlife service said it had deployed a control unit to the area.\n\n"
        '"We have two ranger teams out every night," the senior warden in charge of Kilima East said. '
        '"But a fence alone will not stop a hungry elephant."\n\n'
        "Joseph Lemayian, who has headed the station since 2022, said more rangers were coming."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Joseph Lemayian", "Joseph Lemayian"]


def test_three_capitalised_words_set_off_as_a_company_are_one_even_after_a_first_name():
    text = (
        "Misspelled plates recalled\n\n"
        "The plates were made by Carmen Reflective Graphics, a Fargo company that has held the contract since 2019. "
        "In a statement, the company said the misspelling was in the artwork it received.\n\n"
        '"Our quality checks confirm that each plate matches the approved design," the statement said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Carmen Reflective Graphics"]


def test_the_statement_is_its_makers_when_the_sentence_before_made_it():
    text = (
        "Lawmaker switches parties\n\n"
        "Minority Leader Corinna Albescu struck a more restrained tone in a written statement. "
        '"We are disappointed by her decision, and we wish her well," the statement said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Corinna Albescu"]


def test_a_given_name_no_list_holds_shares_the_surname_of_the_one_beside_it():
    text = (
        "Bull charged walkers\n\n"
        "Sgt Declan Furlong told the court that Aoibhín and Conor Delaney, from Oranmore, were halfway round the loop.\n\n"
        "Ms Delaney then read a victim impact statement to the court.\n\n"
        '"I have walked that loop every summer since I was a child.\n\n'
        '"Now I cannot go past a field with cattle in it without my heart racing."\n\n'
        "The judge adjourned the case."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Aoibhín Delaney", "Aoibhín Delaney"]


def test_a_quotation_over_paragraphs_after_a_described_and_named_subject_is_theirs():
    text = (
        "Residents block road over water\n\n"
        "Dozens of residents gathered on the road from 11am.\n\n"
        "The area's MPA, Nargis Shaikh, reached the protest site in the afternoon and addressed the crowd.\n\n"
        "“I have spoken to the chief minister's office today and I have given them 48 hours.\n\n"
        "“If water does not reach your lines by Friday, I will come and sit on this road with you.”\n\n"
        "The crowd dispersed at dusk."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Nargis Shaikh", "Nargis Shaikh"]


def test_a_name_after_north_of_is_a_place_no_pronoun_stands_for():
    text = (
        "Coast path detour\n\n"
        "A section of the coast path north of Porth Gwynedd has been closed since a cliff fall.\n\n"
        "The council wants a diversion, but the farmer who owns the land says he has had enough.\n\n"
        '"Every year it\'s more people and more gates left open," he said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got != ["Porth Gwynedd"]


def test_a_name_before_a_landform_is_a_place_and_crofters_are_a_trade():
    text = (
        "Passing places used as campsites\n\n"
        "‘Last week I counted eleven vans parked up in passing places between here and the pier.’\n\n"
        "That was the picture painted by the chairwoman of the community council this week, as residents of the "
        "remote Wester Carron peninsula called for action.\n\n"
        "Morag Lindsay, who has chaired the council for six years, said the problem was growing.\n\n"
        "Crofter Donald Mathieson said: ‘They empty their tanks in the burn.’"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Morag Lindsay", "Donald Mathieson"]


def test_an_office_said_by_role_is_the_one_the_next_paragraph_calls_the_official():
    text = (
        "Parking app fails drivers\n\n"
        "For a month, Harriet Vollmer has paid twice for every hour she parks outside her shop.\n\n"
        '"I have written to them four times," Ms. Vollmer, 64, said. "Nobody writes back."\n\n'
        '"We launched before it was ready, and drivers paid for it," the city\'s chief technology officer said '
        'in an interview. "That is our fault."\n\n'
        "The official, Osvaldo Quintanilla-Reyes, who took the post in June, said the refunds would go out this "
        "week."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Harriet Vollmer", "Harriet Vollmer", "Osvaldo Quintanilla-Reyes", "Osvaldo Quintanilla-Reyes"]


def test_an_opening_quotation_told_by_an_unnamed_person_is_theirs_once_named_as_that_person():
    text = (
        "Scooters left across ramps\n\n"
        '"It was lying right across the ramp, and I could not get past it."\n\n'
        "That's how one Dunmore man described his morning last week, in a post shared 3,000 times.\n\n"
        '"I waited twenty minutes for someone to move it," he wrote.\n\n'
        "The man, Tobias Ekwueme, uses a mobility scooter."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tobias Ekwueme", "Tobias Ekwueme"]


def test_he_is_not_a_woman_whose_first_name_no_list_holds_when_a_clause_says_her_husband():
    text = (
        "Grease thefts climb\n\n"
        '"They came at night with a pump," said Seo-yeon Kwak, who runs two noodle bars with her husband, '
        'Marcus Kwak. "We only found out from the smell."\n\n'
        "Her husband, who keeps the accounts, was more exact. He said they had lost four tank-loads.\n\n"
        '"That is real money for two small places," he said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Seo-yeon Kwak", "Seo-yeon Kwak", "Marcus Kwak"]


def test_a_post_described_then_named_with_a_retired_trade_is_the_one_named():
    text = (
        "The van that brings the books\n\n"
        "Every other Tuesday, Marjorie Pennington drives the county's library van up the valley.\n\n"
        "“It is the only library some of these folks have,” Pennington says.\n\n"
        "“We had money for one thing that year, and it was the roof or the engine,” says the library board’s "
        "chairman, who still winces at the memory. “I voted for the roof. I was wrong.”\n\n"
        "Wendell Ostrander, a retired school principal, says the board changed its mind a month later."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Marjorie Pennington", "Wendell Ostrander", "Wendell Ostrander"]


def test_a_bodys_announcement_speaks_for_the_body_whose_name_ends_so():
    text = (
        "Fiddle festival moves on\n\n"
        "For 30 summers, the Larkspur Hollow Old-Time Festival has filled the same meadow.\n\n"
        "Organisers said on Tuesday that next year's festival will move to the county showground.\n\n"
        '"This is the hardest message we have ever had to write," the festival\'s announcement began. '
        '"We will miss that meadow."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Larkspur Hollow Old-Time Festival", "Larkspur Hollow Old-Time Festival"]


def test_a_letter_signed_by_an_office_holder_is_theirs_and_a_co_op_keeps_its_name():
    text = (
        "Growers angry at price cut\n\n"
        "The cut was announced in a letter to the co-op's 900 growers last Friday.\n\n"
        '"Export prices have fallen sharply since June," said the letter, which was signed by chief executive '
        'Declan Furlough. "The board has tried to limit the cut."\n\n'
        'In a statement on Tuesday, Ballyderry Co-op said it "understands the anger of our growers".\n\n'
        '"The society remains committed to a fair price for every member," the statement added.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Declan Furlough", "Declan Furlough", "Ballyderry Co-op", "Ballyderry Co-op"]


def test_a_described_scientist_is_the_one_named_next_as_the_scientist():
    text = (
        "Tusk found in farm pond\n\n"
        "A farmer draining a pond found what turned out to be a mammoth tusk.\n\n"
        "“Mammoths turn up in these bogs more often than people think,” said the palynologist leading the "
        "dig, holding up a curved bone.\n\n"
        "The scientist, Dr. Oyinkansola Brightwater, curator at the county museum, said the marks could be "
        "cut marks."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Oyinkansola Brightwater"]


def test_a_quotation_turned_back_to_an_unnamed_view_is_the_one_named_as_the_next_paragraph_opens():
    text = (
        "Village split over speed limit\n\n"
        "The petition was started by haulier Gethin Probert.\n\n"
        '"If a rule is ignored by half the drivers, it is a bad rule," Mr Probert said.\n\n'
        '"Before, the lorries went past so close the hedge would shake. Now the children walk to school."\n\n'
        "That is the view of a retired headteacher who has lived opposite the school for 41 years.\n\n"
        "Ceinwen Probert - no relation - said many signatures came from outside the village."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Gethin Probert", "Ceinwen Probert"]


def test_the_woman_who_said_that_is_the_one_the_next_sentence_names():
    text = (
        "Airline drops outback route\n\n"
        "Dunmara Shire Mayor Colleen Ashdown said the news was a shock.\n\n"
        "'We will be cut off, simple as that,' Ms Ashdown said.\n\n"
        "'I have got patients who fly out for treatment every second week.'\n\n"
        "The woman who said that runs the town's only clinic. Dr Harpreet Oduya has worked in Dunmara for "
        "nine years."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Colleen Ashdown", "Harpreet Oduya"]


def test_a_sentence_about_someone_new_after_a_quotation_is_no_signature():
    text = (
        "Curling club to close\n\n"
        '"People think the ice just happens. It does not," Tamsin Okafor said. "You are flooding at midnight."\n\n'
        '"Last winter it went down three times in January. We lost a bonspiel because of it."\n\n'
        "Gwendolen Ruiz, 88, has curled at the club since 1957.\n\n"
        '"I came here as a girl to watch my father curl," she said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tamsin Okafor", "Tamsin Okafor", "Tamsin Okafor", "Gwendolen Ruiz"]


def test_a_manner_adverb_between_a_name_and_its_cue_keeps_the_name():
    text = (
        "Court seeks plan on stray dogs\n\n"
        'During the hearing, Justice Meenakshi Raghavan orally remarked, "Figures on paper do not stop a dog '
        'from biting a child."\n\n'
        'Counsel Aditya Bhonsle wryly observed: "The dogs have not read the figures either."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Meenakshi Raghavan", "Aditya Bhonsle"]


def test_he_is_the_man_named_only_by_a_given_name_not_the_village_before_him():
    text = (
        "Illegal mining returns\n\n"
        "Upstream, near the village of Asuoboa, a young man working at a pit, who gave his name only as "
        "Yaw, said most young people had no other work.\n\n"
        '"There is no work here. If they stop the mining, what will we eat?" he said.'
    )
    got = [q.speaker for q in extract(text).quotes]
    assert got == ["Yaw"] * len(got) and got


def test_ma_before_a_filipino_given_name_is_part_of_the_name():
    text = (
        "Three shifts a day\n\n"
        "“The first shift starts at 5:45,” said teacher Ma. Teresita Dimaculangan, 51. “The children are "
        "asleep by nine.”\n\n"
        "“We have asked for six rooms,” she said.\n\n"
        "“The division is building,” said Schools Division Superintendent Ma. Rosario Tagle.\n\n"
        "“He will answer in court,” said lawyer Jose Ma. Benitez."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ma. Teresita Dimaculangan"] * 3 + ["Ma. Rosario Tagle", "Jose Ma. Benitez"]


def test_the_lawyer_is_the_defence_counsel_not_the_defendant_named_most():
    text = (
        "Manager jailed for fake invoices\n\n"
        "Tan Boon Huat, 52, pleaded guilty to six counts of cheating. Tan set up a firm in his cousin's name. "
        "Tan billed his employer for deliveries never made.\n\n"
        "Defence counsel Harjit Gill, from Gill & Koh LLC, asked for a shorter sentence.\n\n"
        "Outside the court, Mr Gill told reporters that his client accepted the sentence.\n\n"
        "“He is relieved that it is over,” the lawyer said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Harjit Gill"]


def test_that_was_how_the_sponsor_opened_debate_gives_the_lede_to_the_titled_name_next():
    text = (
        "Senate votes to move primary\n\n"
        'JEFFERSON CITY, Mo. (AP) — "By August, the rest of the country has made up its mind."\n\n'
        "That was how the bill's sponsor opened debate Tuesday on a measure to move the primary.\n\n"
        "Sen. Rosalind Achebe, a Republican from Boone County, has pushed the change for three sessions."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Rosalind Achebe"]


def test_she_after_an_unnamed_description_is_the_woman_the_next_paragraph_names():
    text = (
        "Senate votes to move primary\n\n"
        '"We have spent twenty years complaining that nobody campaigns here," Sen. Rosalind Achebe said.\n\n'
        "The chamber's top Democrat was not persuaded. \"Nobody here has asked a county clerk what this "
        'costs," she said during the debate.\n\n'
        "Sen. Imelda Castellanos of St. Louis, the minority leader, offered an amendment that failed."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Rosalind Achebe", "Imelda Castellanos"]


def test_a_lede_after_a_byline_is_the_described_one_the_paragraph_after_names():
    text = (
        "Ex-Treasurer Used County Funds, Prosecutor Says\n\n"
        "By Wilhelmina Crane\n\n"
        "“She didn’t make a mistake. She made 214 of them, one at a time.”\n\n"
        "The prosecutor, standing a few feet from the jury box on Thursday, let the number hang in the air.\n\n"
        "Ottilie Marchbanks, an assistant state attorney general, spent two hours on her closing argument."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ottilie Marchbanks"]


def test_she_wrote_after_a_message_that_another_woman_sent_is_the_senders():
    text = (
        "Ex-treasurer on trial\n\n"
        "Prosecutor Henrietta Quayle spoke for two hours on Thursday.\n\n"
        "Ms. Quayle also read aloud a text message that Ms. Beatrix Lomax sent to her deputy in 2021. "
        "“Don’t send them anything from before 2019,” she wrote. “Tell them the server crashed.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Beatrix Lomax", "Beatrix Lomax"]


def test_a_given_name_that_is_also_a_town_speaks_as_the_person_of_that_name():
    text = (
        "Pharmacies squeezed\n\n"
        '"We lose money on every fill," said Everett Brannagh, who runs a pharmacy with his sister, '
        "Colette Brannagh.\n\n"
        '"They are the market," said Ignatius Farrow, a consultant. "They set the price."\n\n'
        "Everett said the pharmacy has laid off one technician. He has started the paperwork to leave.\n\n"
        '"If we leave, we lose a third of our customers overnight," he said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[-1] == "Everett Brannagh"


def test_a_quotation_said_it_by_the_name_opening_the_next_paragraph_is_theirs():
    text = (
        "The Regal reopens\n\n"
        "The first thing most people did when they walked in was look up.\n\n"
        "“Look at that. Just look at that.”\n\n"
        "Philippa Dunstable, 88, said it twice, standing in the centre aisle.\n\n"
        "“You are not building homes. You are building traffic.”\n\n"
        "The line drew the loudest applause, and the man who said it, a retired surveyor named Cornelius "
        "Abernethy, sat down quickly."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Philippa Dunstable", "Cornelius Abernethy"]


def test_a_union_local_keeps_its_number_in_its_name():
    text = (
        "Nursing home sold\n\n"
        "In a Facebook post Monday night, Hospital Workers United Local 207 said its members were "
        '"heartbroken but not surprised".\n\n'
        '"Our members showed up every day through the pandemic," the post said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Hospital Workers United Local 207"] * 2


def test_she_after_the_medical_director_described_is_the_doctor_named_after_her_quotation():
    text = (
        "Night A&E to close\n\n"
        '"This unit saved my life," said Gwenda Pryce, 68.\n\n'
        "The board's medical director said the department had come close to shutting on six nights.\n\n"
        '"I would much rather we made a planned change now than an unplanned one at three in the morning," '
        "she told BBC Wales.\n\n"
        '"A department without a senior doctor on the rota is a waiting room with the lights on."\n\n'
        "Dr Morwenna Tregarthen, who has been medical director since 2021, said recruitment had failed."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Gwenda Pryce", "Morwenna Tregarthen", "Morwenna Tregarthen"]


def test_said_the_committees_chair_is_the_mp_who_has_chaired_it():
    text = (
        "Schools mental health scheme criticised\n\n"
        "In a report published on Wednesday, the Commons education committee said the programme had failed.\n\n"
        "“We heard from headteachers who had been told a team was coming for four years running,” said the "
        "committee’s chair.\n\n"
        "Imelda Okonjo, the MP for Thornleigh, who has chaired the committee since 2022, said ministers must "
        "act."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Imelda Okonjo"]


def test_said_that_claim_in_the_next_paragraph_does_not_turn_the_quotation_back():
    text = (
        "Trolley row in the Dáil\n\n"
        "“Behind every one of those numbers is a person,” Mr Ó Briain said.\n\n"
        "“Tánaiste, the people who work in our hospitals have not given up.”\n\n"
        "Ms Ní Fhlatharta said that claim was simply not true."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert "Fhlatharta" not in (got[-1] or "")


def test_a_described_speaker_is_named_after_the_paragraphs_their_quotation_goes_on_in():
    text = (
        "Museum to close\n\n"
        '"Nobody in this room came into politics to close a museum," the cabinet member responsible for '
        "culture told the chamber.\n\n"
        '"But we have a legal duty to balance the books."\n\n'
        "Councillor Anselm Whitlock, who holds the culture portfolio, said the council faced a shortfall.\n\n"
        '"When the first tile came up, nobody said anything," said the dig\'s site director.\n\n'
        '"Then the floor appeared, and I did say quite a lot."\n\n'
        "Dr Perpetua Vane, of Fenland Heritage Archaeology, said the site was a rare find."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Anselm Whitlock"] * 2 + ["Perpetua Vane"] * 2


def test_said_the_mover_of_the_motion_is_the_member_the_next_paragraph_names():
    text = (
        "MCAs demand answers over hospital\n\n"
        '"We were told this hospital was finished. We found goats in the maternity wing," said the mover of '
        "the motion, to laughter from the gallery.\n\n"
        "Kithure Ward MCA Wanjiru Gathoni Mbugua said members had visited the site unannounced."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Wanjiru Gathoni Mbugua"]


def test_a_lone_quotation_after_narrative_is_the_one_the_next_paragraph_brings_in():
    text = (
        "Village buys its pub\n\n"
        "By Siobhán Reddan, Western Correspondent\n\n"
        "When the doors closed last November, the village lost more than a place to drink.\n\n"
        "“It was the post office counter, it was where you’d hear about a funeral.”\n\n"
        "Gráinne Mac Fhearghusa is chairwoman of the community co-operative that bought the pub.\n\n"
        "Plans for 180 homes were approved on Tuesday.\n\n"
        '"We are not against housing. What we are against is 180 houses arriving in one go."\n\n'
        "Those were the words of the chairman of the parish council, who addressed the committee.\n\n"
        "Ambrose Fettiplace told councillors the village would be overwhelmed."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Gráinne Mac Fhearghusa", "Ambrose Fettiplace"]


def test_a_lede_quotation_after_a_byline_with_its_outlet_is_the_one_named_next():
    text = (
        "Ferry faces a bridge\n\n"
        "By Rosalind Meecham, WCRV Public Radio\n\n"
        "“Watch your mirrors. She swings a little when the current catches her.”\n\n"
        "Philippa Crewdson is talking about the boat. She is the captain of the ferry."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Philippa Crewdson"]


def test_the_elder_is_the_one_introduced_as_her_dad_with_his_office_between():
    text = (
        "Late three wins title\n\n"
        '"My dad just yelled, shoot it," Tamsyn Brockhurst said. "So I shot it."\n\n'
        "Her dad is Lakeview head coach Ansel Brockhurst, in his 14th season.\n\n"
        '"I would like to tell you that was the plan," the elder Brockhurst said, laughing.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tamsyn Brockhurst", "Tamsyn Brockhurst", "Ansel Brockhurst"]


def test_the_shadow_minister_is_not_the_minister_the_article_named():
    text = (
        "Damp homes report\n\n"
        'The housing minister, Priscilla Oakenfold, told the Commons the Government would "study the '
        'recommendations carefully".\n\n'
        '"Nobody should bring up their children in a home that is making them ill," she said.\n\n'
        'Her opposite number, Lucan Threlkeld, said ministers had "run out of excuses".\n\n'
        '"They have had the evidence for years," the shadow housing minister added.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[-1] == "Lucan Threlkeld"


def test_descriptions_named_next_with_a_rank_or_a_councillors_title():
    text = (
        "Rustlers use drones\n\n"
        '"They know exactly where the gates are," said the officer leading the inquiry.\n\n'
        "Det Insp Rowena Calthrop, of the rural crime team, said five farmers had reported a drone.\n\n"
        "Three schools will be mothballed.\n\n"
        "“I understand this is the worst possible news,” the committee’s convener told the gallery.\n\n"
        "The convener, Councillor Isobel Drummond, said the decision had been the hardest of her time.\n\n"
        "The post’s senior Army official sat at a folding table for nearly three hours.\n\n"
        "“I am not going to tell you it’s fine,” he said. “It isn’t fine.”\n\n"
        "The garrison commander, Col. Ignatius Mbeki-Laurent, said he had walked through 40 homes."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Rowena Calthrop", "Isobel Drummond", "Ignatius Mbeki-Laurent", "Ignatius Mbeki-Laurent"]


def test_a_building_named_like_a_person_is_no_speaker():
    text = (
        "Mould town hall\n\n"
        "More than 300 soldiers crowded into the post’s Hollis Gym on Thursday night.\n\n"
        "The first person to reach the microphone held up a bag with a square of drywall inside.\n\n"
        "“This came out of my son’s closet,” she said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got != ["Hollis Gym"]
    assert not any(n == "Hollis Gym" for n in (q.speaker for q in extract(text).quotes))


def test_a_region_named_like_a_person_is_no_speaker():
    text = (
        "Berry grower accused\n\n"
        '"Some days, after nine hours in the rows, I had earned sixty dollars."\n\n'
        "That is how Lian, a 26-year-old from Tainan who asked that her surname not be used, remembers her "
        "months picking blueberries on the New South Wales Mid North Coast.\n\n"
        '"We needed the days for our visa, so nobody argued," she said.'
    )
    assert all(q.speaker != "Mid North Coast" for q in extract(text).quotes)


def test_a_speaker_described_by_what_they_did_is_the_one_the_next_paragraph_names():
    text = (
        "Ferry records left open\n\n"
        '"There was no lock on it. Anyone could walk in," said the security analyst who found the files in May.\n\n'
        "Quillon Ashgrove, a freelance auditor based in Tulsa, Oklahoma, said he reported the leak at once.\n\n"
        '"Who pays for the new cables is the question," said the chamber\'s longest-serving Republican, who voted '
        'no. "It will not be the operators."\n\n'
        "Senator Wystan Pellor, who has represented the district since 2001, called the bill a giveaway.\n\n"
        '"This is the hardest call I have made," the college\'s director of athletics told the paper.\n\n'
        "Romilly Fenwick, who took the post in 2020, said the cut would save $2 million.\n\n"
        '"They are the best engineers the river has," the trust\'s project lead told a meeting.\n\n'
        "Dr Ismay Tolhurst, who has studied the valley for years, said the dams would slow floods.\n\n"
        '"This is a warning shot," said the crossbench peer who tabled the change.\n\n'
        "Lord Quenby of Harrowden, who ran a haulage firm for years, told reporters he was astonished.\n\n"
        '"Fraudsters will know exactly whom to write to," said a fraud lecturer.\n\n'
        "Dr Anwen Prothero added that small firms were often the last to know.\n\n"
        '"Best hour I have seen from them," said the Rovers head coach, who could barely be heard.\n\n'
        "Tobin Farrant – Kit’s father – admitted he had no idea what he told them."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == [
        "Quillon Ashgrove",
        "Wystan Pellor",
        "Wystan Pellor",
        "Romilly Fenwick",
        "Ismay Tolhurst",
        "Quenby",
        "Anwen Prothero",
        "Tobin Farrant",
    ]


def test_a_lede_about_someone_described_is_not_who_said_its_quoted_words():
    text = (
        "Joiner wins tribunal\n\n"
        'A joiner who was dismissed after his manager replied with a "thumbs-up" has won an award, after a '
        'tribunal found the firm acted "wholly outside the band of reasonable responses".\n\n'
        "Corwen Maddock, 49, worked for the firm for 20 years."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == [None, None]


def test_a_relative_named_by_a_given_name_is_the_one_a_title_picks_and_her_son_is_him():
    text = (
        "Film crew fills diner\n\n"
        '"It was the best week in years," said Wilma Pettifer, who has run the Blue Kettle with her husband, '
        'Odell, since 1991. "We ran out of pie."\n\n'
        'Mr. Pettifer said the caterers handled lunch. "They came in at five, half asleep," he said.\n\n'
        "Ines Garrow, who has led the council since 2019 and whose son Rhodri works at the mill, said the "
        "town had an hour's warning.\n\n"
        "Her son, who has worked at the mill since 2021, said he would look for work elsewhere.\n\n"
        '"I\'ll be right. I have no kids," he said.\n\n'
        "Orrin Castell, who runs the union branch, called the closure brutal."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Wilma Pettifer", "Wilma Pettifer", "Odell Pettifer", "Rhodri Garrow"]


def test_his_relative_is_not_another_family_members_relative_of_the_same_word():
    text = (
        "Bridge reopens\n\n"
        "The bridge, built in 1887 by Mr. Fennimore's grandfather, Ezra Fennimore, was closed in 2022.\n\n"
        "Jory Fennimore, 27, spent a year on the crew.\n\n"
        "His grandfather laughed when that was repeated to him.\n\n"
        '"He would have, too," he said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert "Ezra Fennimore" not in got


def test_a_play_in_production_is_no_person():
    text = (
        "Theatre loses grant\n\n"
        "Among its alumni are Petra Lusk and her husband, Aurelio Lusk, who met in a 1998 production of "
        "Twelfth Night.\n\n"
        'Her husband was more pointed. The cut, he said, showed that "towns are an afterthought".\n\n'
        '"Nobody would close a theatre in a rich suburb," he added.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Aurelio Lusk", "Aurelio Lusk"]


def test_a_headline_given_name_either_sex_bears_is_the_full_name_below():
    text = (
        "Kerry quits in tears\n\n"
        "Kerry Ashdale has quit the show after a row with a fellow judge.\n\n"
        "Kerry's mum Jackie Ashdale, 68, said her daughter had been in bits.\n\n"
        'Asked if she would return, Kerry laughed: "Never say never."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Kerry Ashdale"]


def test_a_company_named_for_its_minerals_is_a_body_and_the_fullest_name_speaks():
    text = (
        "Merrow mothballs refinery\n\n"
        "Merrow Minerals will mothball its refinery at Tallong and cut 300 jobs.\n\n"
        'In a statement, the company said the plant would restart "when prices support a return".'
    )
    quotes = [q for q in extract(text).quotes if q.direct]
    assert [(q.speaker, q.kind) for q in quotes] == [("Merrow Minerals", "organisation")]


def test_a_weekday_set_off_after_a_role_is_a_given_name():
    text = (
        "Players boycott match\n\n"
        "The players will not travel for Sunday's match.\n\n"
        "The club's head coach, Sunday Okparaeke, who is owed five months' pay, refused to take sides.\n\n"
        '"I am a coach, not a politician," he said.'
    )
    quotes = [q for q in extract(text).quotes if q.direct]
    assert [q.speaker for q in quotes] == ["Sunday Okparaeke"]


def test_a_body_speaking_in_a_statement_one_person_signed_is_that_person():
    text = (
        "Players unpaid for months\n\n"
        'In a statement signed by its media officer, Grace Eluwa, the club said: "We are in talks '
        'with the government."'
    )
    quotes = [q for q in extract(text).quotes if q.direct]
    assert [q.speaker for q in quotes] == ["Grace Eluwa"]


def test_a_features_first_quotation_after_a_standfirst_is_the_one_the_next_paragraph_opens_on():
    text = (
        "The Organ Mender of Tallis Falls\n\n"
        "For thirty years, Marguerite Ollerton has brought old cinema organs back to life.\n\n"
        "\u201cThis thing was built to be louder than a room full of people.\u201d\n\n"
        "Marguerite Ollerton is crouched inside a chamber behind the stage, surrounded by pipes."
    )
    quotes = [q for q in extract(text).quotes if q.direct]
    assert [q.speaker for q in quotes] == ["Marguerite Ollerton"]


def test_words_turned_back_to_the_one_they_belonged_to_or_came_from():
    text = (
        "Valley end long wait\n\n"
        "Cwmderi ended a 31-year wait for the cup on Saturday.\n\n"
        "\u201cI have been coming up this hill since I was five, and I have never seen it like that.\u201d\n\n"
        "The words belonged to Cwmderi head coach Idris Pugh, who played in the 1994 side.\n\n"
        "A care home resident waited nine hours for an ambulance, an inquest heard.\n\n"
        '"She was a proud, funny woman, and she deserved a far better end."\n\n'
        "Those words, from a statement written by her daughter, Philippa Orme, were read to the hearing.\n\n"
        '"Mum would apologise to the paramedics for wasting their time," the statement went on.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Idris Pugh", "Philippa Orme", "Philippa Orme"]


def test_the_woman_saying_this_is_the_one_named_as_the_next_paragraph_opens():
    text = (
        "Firefighters train for the grain bin\n\n"
        "\u201cThe corn does not care how strong you are.\u201d\n\n"
        "The woman saying this is standing on top of a steel bin. He is laughing, a little.\n\n"
        "Mirela Dunstone is a rescue instructor with the farm safety centre."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Mirela Dunstone"]


def test_a_ledes_lone_first_quotation_is_the_one_person_the_next_paragraph_takes_up():
    for follow, want in (
        ("The 23-year-old opener, whose brother captains the side, was close to tears.", "Zafar Iqbal"),
        ("Zafar, 24, spoke in Urdu, his words translated by a team official.", "Zafar Iqbal"),
        ("He is sitting in the pavilion, still in his pads.", "Zafar Iqbal"),
        ("She is sitting in the pavilion.", None),
    ):
        text = (
            "Carsewell crowned champions\n\n"
            "Carsewell were crowned champions on Saturday after Zafar Iqbal's unbeaten century.\n\n"
            "\u201cI have played on this ground since I was nine and never got past 60 here.\u201d\n\n" + follow
        )
        got = [q.speaker for q in extract(text).quotes if q.direct]
        assert got == [want], follow


def test_her_husband_then_a_shared_title_and_surname_is_the_husband():
    text = (
        "Island surgery to close\n\n"
        "The practice has been run since 2006 by Dr Callum Rennie and his wife, Dr Morven Rennie.\n\n"
        'Dr Morven Rennie said they had offered to stay on. "That offer was never taken up," she said.\n\n'
        'Her husband was more guarded. "I do not want a fight with the board," Dr Rennie said.\n\n'
        '"But I would ask them this," he added. "Who goes out on the lifeboat at three in the morning?"'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Morven Rennie", "Callum Rennie", "Callum Rennie", "Callum Rennie"]


def test_a_given_name_english_gives_the_other_sex_than_the_world_is_no_evidence():
    from searchidx.extract.gender import first_name_gender

    assert first_name_gender("Jean") is None and first_name_gender("Jean-Pierre") == "m"
    text = (
        "Lodges approved\n\n"
        '"We have always wanted this to be something the village is proud of," Ms Tolland said.\n\n'
        "Councillor Jean Mabry, who chaired the committee, warned the ruling would embolden developers.\n\n"
        '"What is the point of local democracy?" she asked.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[-1] == "Jean Mabry"


def test_the_verdict_of_someones_relative_is_the_relatives():
    text = (
        "Soap couple split\n\n"
        "Reality star Jodie Carrow has split from her boyfriend.\n\n"
        "\u201cI am gutted for them both, honestly.\u201d\n\n"
        "That\u2019s the verdict of Jodie\u2019s mum Tracey, 48, who starred alongside her daughter."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tracey"]


def test_said_the_chairwoman_then_a_councillor_calls_the_vote_is_the_councillor():
    text = (
        "Holiday park approved\n\n"
        "Cllr Idwal Rhys, who proposed approval, said a refusal would be hard to defend.\n\n"
        '"We have heard strong feelings on both sides," said the committee\'s chairwoman before the vote. '
        '"But the advice is clear."\n\n'
        "Cllr Morwenna Jenkin then called the vote, and the application was approved.\n\n"
        'The chief executive of Tarw Water was told by a Labour MP that he was "living on another '
        'planet".\n\n'
        "Emrys Vaughan appeared before the committee on Wednesday."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Morwenna Jenkin", "Morwenna Jenkin", None]


def test_a_long_description_of_a_bodys_post_and_one_in_command_are_named_next():
    text = (
        "Bakery burns\n\n"
        '"We had fire showing through the roof," the battalion chief in command at the scene told reporters.\n\n'
        "Battalion Chief Hedda Moravec said the call came in at 2:37 a.m.\n\n"
        "Brothers Tarek and Samir Nassar have run the bakery since 2011.\n\n"
        '"We will rebuild from the ovens up," Tarek said.\n\n'
        '"I made decisions for a world that did not arrive," the company\'s co-founder and chief executive '
        "wrote in a memo.\n\n"
        "Odile Ferrand, who started the company in 2014, wrote that growth had been slow.\n\n"
        '"We doubt the government will act," the life insurance company fund manager said.\n\n'
        "Kenji Arakawa, deputy manager of a trust bank's bond department, said he was buying."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Hedda Moravec", "Tarek Nassar", "Odile Ferrand", None]


def test_a_detective_constable_and_a_director_described_by_a_who_clause():
    text = (
        "Carer jailed\n\n"
        'A spokeswoman for Fenholt Care said: "We are appalled."\n\n'
        'Det Con Ishani Marwood, of the county police, said the offending had been "calculated".\n\n'
        '"Families should be able to trust carers," she said.\n\n'
        "Loretta Quayle's son drove her to the shelter.\n\n"
        "The county's emergency management director, who had been awake since Tuesday, said her worry was "
        'the cold. "People lose heat, they get creative," she said.\n\n'
        "The director, Renata Solwey, said two people were treated for poisoning."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[-3:] == ["Ishani Marwood", "Ishani Marwood", "Renata Solwey"]


def test_someones_advice_was_simple_colon_and_the_verdict_of_the_clubs_manager():
    text = (
        "Savers warned\n\n"
        "Priyanka Dalby runs a savings website.\n\n"
        'Ms Dalby\'s advice was simple: "Check your rate today."\n\n'
        "Late leveller stings Craigmuir\n\n"
        '"I have watched it back on the laptop and I still think he is a yard off."\n\n'
        "That was the verdict of the Craigmuir manager after a 93rd-minute equaliser.\n\n"
        "Stevie Mulgrew, whose team led 2-0 at the break, described the leveller as cruel."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Priyanka Dalby", "Stevie Mulgrew"]


def test_a_title_of_the_other_sex_speaks_to_someone_else_of_that_surname():
    text = (
        "Tower vote\n\n"
        '"It never fitted," the residents\' association said in a statement.\n\n'
        "Council President Osric Pellow voted no. His vote drew a rebuke from Marisol Pellow, a "
        "nurse who is not related to him.\n\n"
        '"I have moved four times," she said. "Mr. Pellow, you have a house."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[1:] == ["Marisol Pellow", "Marisol Pellow"]


def test_an_institutions_short_name_is_no_person():
    text = (
        "Maternity unit to close\n\n"
        "ASHCOMBE, Ky. — Everett Memorial Hospital will deliver its last baby next month.\n\n"
        'In a statement, Everett Memorial called the decision "painful".\n\n'
        '"We cannot staff the unit safely," the statement said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[-1] == "Everett Memorial Hospital"


def test_his_wife_is_the_one_introduced_as_whose_husband_with_his_rank():
    text = (
        "Mold in base housing\n\n"
        "FORT ELDON, Ga. — Corinne Vasko first called about the spots in March.\n\n"
        "Ms. Vasko, whose husband, Staff Sgt. Dale Vasko, is a mechanic, signed the letter.\n\n"
        "The homes are managed by Larchmont Communities. A spokeswoman for the company said in an "
        'email that it "takes every work order seriously."\n\n'
        '"Our teams respond to requests as a priority," the email said.\n\n'
        "Sergeant Vasko, who has deployed twice, said he had filed seven work orders.\n\n"
        "\"I can fix a helicopter. I can't fix my kid's lungs,\" he said.\n\n"
        'His wife said the family moved their son in June. "He sleeps on the couch," she said.\n\n'
        "The garrison commander, Col. Renata Obi, addressed residents on Tuesday."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[-2:] == ["Dale Vasko", "Corinne Vasko"]


def test_a_homily_is_its_preachers_and_the_post_a_numbered_branch():
    text = (
        "Diner owner remembered\n\n"
        "The Rev. Ottilie Brandt, pastor of St. Hedwig, recalled the sandwiches. Her homily ended on a "
        'line that drew laughter: "She has already rearranged the kitchen."\n\n'
        "Harlow Falls American Legion Post 311 wrote on its Facebook page that she fed every veteran.\n\n"
        '"She never once let us pay," the post wrote. "Thank you, Mae."'
    )
    got = [(q.speaker, q.kind) for q in extract(text).quotes if q.direct]
    assert got == [
        ("Ottilie Brandt", "person"),
        ("Harlow Falls American Legion Post 311", "organisation"),
        ("Harlow Falls American Legion Post 311", "organisation"),
    ]


def test_a_feature_lede_question_its_subject_and_a_reported_clause_about_the_speaker():
    text = (
        "In the county's drug court, sleep tells the judge almost everything\n\n"
        "By Rosalind Achterberg\n\n"
        "“How are you sleeping?”\n\n"
        "It’s the first thing she asks. Not about the charge. The judge leans forward and waits.\n\n"
        "Judge Harriet Kolb has presided over the court since it opened in 2016.\n\n"
        "Gordon Tolland, 31, graduated in May. He says the court saved him.\n\n"
        "Not everyone was a believer. The county’s chief assistant prosecutor, who signs off on "
        "every referral, says he fought it.\n\n"
        "“I thought it was a get-out-of-jail card,” he says.\n\n"
        "That prosecutor, Anselm Vique, now sits on the court’s advisory board. He points to a review.\n\n"
        "At each graduation, the bailiff hands the graduate a coin.\n\n"
        "Asked about the card, Kolb is quiet. “I go to the funerals,” she says.\n\n"
        "Gordon has started sleeping again, he says. Not perfectly.\n\n"
        "“Six hours, most nights,” he says."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Harriet Kolb", "Anselm Vique", "Harriet Kolb", "Gordon Tolland"]


def test_he_laughed_when_told_what_she_had_said_answers_her():
    text = (
        "New citizens\n\n"
        "Tomas Okoro said the oath from memory. His wife, Ines Okoro, stood behind him.\n\n"
        '"We applied on different days," she said. "He thinks it is fate. I think it is the government."\n\n'
        'He laughed when told what she had said. "She is right. But I still think it is fate."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ines Okoro", "Ines Okoro", "Tomas Okoro"]


def test_a_described_name_with_an_apposition_and_a_reply_after_an_aside():
    text = (
        "Renters grill candidates\n\n"
        "“Both of them have had their turn,” said Tobias Renfrew, the Green candidate.\n\n"
        "The independent Kofi Amankwah, a former landlord who now runs an advice service, put it "
        "more simply: “Rents are the issue. Everything else is noise.”\n\n"
        "Mr Renfrew, asked on his way out who had won, laughed. “The renters in the front row.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tobias Renfrew", "Kofi Amankwah", "Tobias Renfrew"]


def test_asked_about_it_her_father_laughed_is_the_one_who_shares_her_surname():
    text = (
        "Ciara Hollohan savours Cup glory\n\n"
        "Ciara Hollohan had waited 11 years for a big-race winner, on the horse her father trains.\n\n"
        "'He is the horse of my life,' she said.\n\n"
        "Dermot Hollohan, who has never had more than nine horses, could barely speak.\n\n"
        "Hollohan switched him between horses at the second-last and kept on to win.\n\n"
        "The stewards held an inquiry into interference at the last.\n\n"
        "The winner is owned by a syndicate of 14 regulars of a pub on the main street.\n\n"
        "'The drinks are on the house,' a spokesman for the syndicate announced, to loud cheers.\n\n"
        "The runner-up was beaten by a length and a quarter.\n\n"
        "Asked about the spring, her father laughed. 'We will talk about that when the hangover is gone.'"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[-1] == "Dermot Hollohan"


def test_a_surname_shared_by_sisters_is_the_one_named_so_far():
    text = (
        "Tillard banned but insists she 'never cheated'\n\n"
        "Runner Tamsyn Tillard was banned for 18 months on Wednesday for missed tests.\n\n"
        "Speaking outside the hearing, Tillard said she would appeal.\n\n"
        '"I have been tested more than 40 times," she said.\n\n'
        "Her younger sister Imogen Tillard sat in the public gallery throughout the hearing.\n\n"
        '"She is the most careful person I know," Imogen Tillard said.\n\n'
        "The ban rules Tillard out of the summer championships.\n\n"
        '"I will be back on the track in the spring," she added.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tamsyn Tillard", "Imogen Tillard", "Tamsyn Tillard"]


def test_the_twins_given_names_take_their_family_name_and_a_bare_byline_is_nobody():
    text = (
        "Ashgrove twins put on a family show\n\n"
        "County Championship, Division Two: Rutland 312 v Cumbria 401\n\n"
        "Lucan Merriweather, Oakham Road\n\n"
        "The only way to tell the Ashgrove twins apart is to hand them a bat. Ollie will hold it "
        "as though it were glass; Harry as though it had insulted him.\n\n"
        "Yesterday Ollie batted through the day for an unbeaten 141.\n\n"
        "“I’ve been stuck in the nineties twice this season,” he said afterwards.\n\n"
        "Harry, whose leg-spin had taken four wickets, was first down the steps. “I was asleep "
        "for the first two hours,” he said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ollie Ashgrove", "Harry Ashgrove"]
    report = (
        "Rutland hold on\n\n"
        "County Championship, Division Two: Rutland 312 v Cumbria 401\n\n"
        "George Danby, Oakham Road\n\n"
        "The home side batted out the last day for a draw.\n\n"
        "“We never thought we would lose,” he said."
    )
    assert [q.speaker for q in extract(report).quotes if q.direct] == [None]


def test_mr_surname_after_a_couple_given_together_is_the_husband_not_the_son_named_later():
    text = (
        "County sells old jail\n\n"
        "Tom and Becky Halvorsen offered $41,000 for the building.\n\n"
        "“We walked in there the first time and neither of us said anything,” Mr. Halvorsen told "
        "the commission.\n\n"
        "The Halvorsens’ son, Matt Halvorsen, a contractor, will handle the renovation."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tom Halvorsen"]


def test_his_father_after_with_his_son_and_the_elder_mr():
    text = (
        "Flooded rugby club could fold\n\n"
        "The club's secretary, Idris Pugh, said he had spent three days shovelling silt with his son "
        "Gethin, the first-team captain.\n\n"
        '"Dad was in tears on the Sunday morning," Gethin Pugh said.\n\n'
        'His father was more matter-of-fact. "You can\'t stop the river," he said.\n\n'
        "Speaking in Welsh, the elder Mr Pugh said the club had a duty to its young players. "
        '"We have thirty children under 12," he said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Gethin Pugh", "Idris Pugh", "Idris Pugh"]
    profile = (
        "A novelist comes home\n\n"
        "Orla Trevane has written her first novel at 61.\n\n"
        "Ms. Trevane grew up on the inlet. Ms. Trevane taught school for 30 years.\n\n"
        "Her mother, Nuala Trevane, 84, was less guarded. "
        '"The grandmother is me," the elder Ms. Trevane said.\n\n'
        "Asked what she would tell younger writers, Ms. Trevane took a long time to answer.\n\n"
        '"I\'d say the pressure is real," she said finally.'
    )
    assert [q.speaker for q in extract(profile).quotes if q.direct] == ["Nuala Trevane", "Orla Trevane"]


def test_feature_ledes_turned_back_by_a_description_and_named_later():
    mussels = (
        "At a water plant, mussels stand guard\n\n"
        "By Ilse Marwick\n\n"
        "“When they snap shut, you pay attention.”\n\n"
        "The biologist saying this is crouched over a plastic trough in the basement of the plant.\n\n"
        "Her name is Odile Brancaccio-Hart, and for three years she has run the warning system."
    )
    pole = (
        "Up the Pole\n\n"
        "By Tamsin Roe\n\n"
        "“Don’t look at the ground. The ground isn’t going anywhere.”\n\n"
        "The instructor shouting this is 40 feet up a pole, talking to a teenager below him.\n\n"
        "The teenager, Corey Bell, unfreezes. At the top, the instructor — Lyle Pettigrew, 52, a "
        "former foreman — slaps the crossarm and grins."
    )
    hearing = (
        "Wheelchair users press lawmakers\n\n"
        "By Noor Haddad\n\n"
        "HARRISBURG, Pa. — “I knew exactly which part was broken.”\n\n"
        "Instead, Marisa Quint told members of the committee on Tuesday, she waited 11 weeks."
    )
    mural = (
        "Harbour mural painted over in error\n\n"
        "“I walked round the corner with my coffee and it was just grey.”\n\n"
        "That was how a street artist described the moment she found her mural painted over.\n\n"
        "The artist, who works under the name Wren, spent eight weeks painting it.\n\n"
        "Delyth Amory, 34, revealed her identity for the first time on Monday."
    )
    got = [[q.speaker for q in extract(t).quotes if q.direct] for t in (mussels, pole, hearing, mural)]
    assert got == [["Odile Brancaccio-Hart"], ["Lyle Pettigrew"], ["Marisa Quint"], ["Delyth Amory"]]


def test_an_assessment_that_came_from_a_described_chair_and_a_quote_before_the_town_clerk():
    theatre = (
        "Seaside theatre weeks from closure\n\n"
        "The Pavilion Theatre in Portmore needs an estimated £1.8m of urgent repairs.\n\n"
        '"We are weeks from closure, not months."\n\n'
        "The stark assessment came from the chair of the theatre's trustees, who gave evidence to "
        "the committee on Thursday.\n\n"
        "Bronagh Keery, who has chaired the board since 2015, told MLAs the building had failed a survey."
    )
    lights = (
        "Town's Christmas lights saved\n\n"
        "The switch-on was cancelled after Glowline Displays, which had put up the lights for "
        "eight years, collapsed.\n\n"
        '"I genuinely thought we were looking at a dark High Street for Christmas."\n\n'
        "The town clerk, who has organised the switch-on for 16 years, said she had approached four firms.\n\n"
        "Hester Wragg, who took over as clerk in 2009, said the turnaround was down to an appeal."
    )
    got = [[q.speaker for q in extract(t).quotes if q.direct] for t in (theatre, lights)]
    assert got == [["Bronagh Keery"], ["Hester Wragg"]]


def test_a_named_bodys_office_said_then_named_in_the_next_paragraph():
    text = (
        "NIL collective folds\n\n"
        "Isaiah Fontenot, who is averaging 14.2 points a game, said the collective owes him money.\n\n"
        '"I came here to hoop," he said.\n\n'
        '"The collective is an independent organization," Castlerock State\'s athletic director said '
        "in a statement Saturday.\n\n"
        "Verna Stoltz, who has led the department since 2021, said the school would help players."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Isaiah Fontenot", "Verna Stoltz"]


def test_thats_how_an_unnamed_student_described_it_then_named_next():
    text = (
        "University drops AI detector\n\n"
        "The Faculty Senate voted 41-6 last week to condemn the software, Provost Ines Morland announced.\n\n"
        '"I wrote that essay in the library with my roommate sitting across from me."\n\n'
        "That's how a junior nursing major described the moment she opened her professor's email.\n\n"
        "Mireya Santangelo said she spent the next two months assembling drafts."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Mireya Santangelo"]


def test_a_headline_family_name_before_sisters_gives_a_bare_given_name_the_surname():
    text = (
        "Pellegrino sisters win titles an hour apart\n\n"
        "AURORA — Dana Pellegrino won first. An hour later her older sister, Carla, a senior, won too.\n\n"
        "Carla said her own title felt secondary.\n\n"
        '"Last year she lost and I won, and that was the worst night," Carla said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Carla Pellegrino"]


def test_their_coach_said_then_named_as_the_next_paragraph_opens():
    text = (
        "Twins take state titles\n\n"
        "Dana Pellegrino and Carla Pellegrino both won on Saturday.\n\n"
        '"Nobody in our room outworks them," their coach said afterward.\n\n'
        "Wendell Ostrowski started the program in 2015 with six wrestlers."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Wendell Ostrowski"]


def test_the_schools_principal_said_then_named_as_principal_next():
    text = (
        "Storm takes gym roof\n\n"
        "A tornado tore the roof off the gym on Thursday night.\n\n"
        '"I got the call at 9:20 and just stood in the parking lot," the school\'s principal said.\n\n'
        "Mavis Trent has been principal at Eastbrook for nine years."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Mavis Trent"]


def test_a_clock_time_before_a_weekday_does_not_end_the_colon_cue():
    text = (
        "Graduation moved\n\n"
        "The gym is a total loss.\n\n"
        "Superintendent Idris Kell posted on the district's Facebook page just before 7 a.m. Friday:\n\n"
        '"Graduation will happen. Same day, new place."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Idris Kell"]


def test_that_line_from_an_email_by_its_writer():
    text = (
        "Snow days end at Brantwood College\n\n"
        '"Log in from wherever you are."\n\n'
        "That line, from a campus-wide email sent Monday by Provost Corinne Vasko, marks the end of the snow day."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Corinne Vasko"]


def test_the_head_of_a_body_said_then_one_who_has_led_it_named_next():
    text = (
        "Staff split on remote days\n\n"
        "Faculty are split as well.\n\n"
        '"It depends on what you teach," the head of the Staff Council said.\n\n'
        "Odile Marchbank, a physics teacher who has led the Staff Council since 2020, said she had asked for an exemption."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Odile Marchbank"]


def test_says_the_man_who_owns_it_then_that_is_his_name():
    text = (
        "The last sale barn\n\n"
        "The auction starts at noon.\n\n"
        "“She’s the future of this barn,” says the man who owns the place.\n\n"
        "That is Ned Vollmer, 70, who bought the yard in 1990 and has watched it shrink."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ned Vollmer"]


def test_a_state_universitys_short_name_is_no_person_before_a_student():
    text = (
        "Meet moved for smoke\n\n"
        "Brackenridge State sophomore Tess Ambler, the defending champion, has asthma. She posted on "
        'Instagram shortly after the announcement: "Grateful for the call."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tess Ambler"]


def test_the_company_said_is_the_one_business_past_a_station_and_the_outlet():
    text = (
        "Commuters stranded\n\n"
        'Ms Harte said she walked the last mile. "I was two hours late," she told Radio Kestrel News.\n\n'
        "Trains between Ardlow and Fenwick Station were suspended after what Northline Rail described as "
        '"a cable fault".\n\n'
        'In a statement, the company said: "We sincerely apologise to every customer."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct and not q.text.startswith("a cable")]
    assert got == ["Harte", "Northline Rail"]


def test_his_younger_brother_is_the_brother_named_before():
    text = (
        "Landlord fined over fire\n\n"
        "Two tenants, Emrys Vaughan, 21, and his brother Cai Vaughan, 19, escaped through a skylight.\n\n"
        'In a statement read to the court, Emrys Vaughan said: "I still wake up at night."\n\n'
        "His younger brother said in his own statement that he had been lucky to be alive.\n\n"
        '"I got out because Emrys came back for me."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Emrys Vaughan", "Cai Vaughan"]


def test_her_daughter_rolls_her_eyes_after_named_as_her_mother():
    text = (
        "Priced out at 35\n\n"
        "Orla Brennock, 34, and her partner live in her childhood bedroom.\n\n"
        "Orla’s mother, Bridie Brennock, says she is glad to have them.\n\n"
        "“I had three children by her age. It was just normal,” she says, laughing.\n\n"
        "Her daughter rolls her eyes. “She says that every week.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Bridie Brennock", "Orla Brennock"]


def test_and_her_husband_tells_the_gender_of_a_name_no_list_knows():
    text = (
        "Going abroad\n\n"
        "Maeve Corliss, who co-wrote the report, says the “lucky” ones are those with flexible jobs.\n\n"
        "“We keep designing clever schemes to help people compete for the same homes.\n\n"
        "“What the State needs to do is build. Anything less is tinkering.”\n\n"
        "A spokesman for the Department of Housing said more than 5,000 homes had been delivered.\n\n"
        "Not everyone is willing to wait. Yetunde Okafor-Lane (31), a nurse at the city hospital, and "
        "her husband Kola (32), a software tester, have begun looking at jobs abroad.\n\n"
        "“We’ve talked about Canada,” she says.\n\n"
        "Her husband is more hopeful. He points out that they are on the list for a development that opens in spring.\n\n"
        "“One more go,” he says. “Then we’ll see.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[-3] == "Yetunde Okafor-Lane"


def test_a_lede_quotation_then_an_aged_name_opening_the_next_paragraph():
    text = (
        "Parents say bus cut leaves children on a highway\n\n"
        "By Dana Whitcombe\n\n"
        "\"It's 40 minutes standing on the shoulder of the highway. I'm not scared, but Mum is.\"\n\n"
        "Fifteen-year-old Rory Tallis has caught the school bus from the gate of his family's farm since he was in prep."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Rory Tallis"]


def test_provost_and_principal_are_titles_not_given_names():
    text = (
        "Campus closes for storm\n\n"
        'Provost Corinne Vasko said: "Stay home."\n\n'
        'Principal Gail Hobbs said the school would reopen. "We are ready," she said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Corinne Vasko", "Gail Hobbs"]


def test_a_description_goes_further_then_named_as_the_next_paragraph_opens():
    text = (
        "Housing scheme a raffle, charity says\n\n"
        "“We waited four years,” said Cian Daly, a teacher.\n\n"
        "A report by the housing charity Homes Now described the scheme as “a well-meant measure at a "
        "fraction of the scale required”.\n\n"
        "The charity’s chief executive goes further.\n\n"
        "“For every home offered there were 20 applicants. It is a raffle.”\n\n"
        "Nora Kearns, who co-wrote the report, says the “lucky” ones have flexible jobs."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct and len(q.text) > 20]
    assert got == ["Cian Daly", "Homes Now", "Nora Kearns"]


def test_another_post_read_is_by_the_one_who_posted_before():
    text = (
        "Toll dodger jailed\n\n"
        "Kane Tolliver, 34, pleaded guilty.\n\n"
        "In April last year Tolliver posted a photo of the fake plates with the caption “Catch me if you can lol”.\n\n"
        "Another post, from the following month, read: “Toll roads are a scam. Never paid one.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Kane Tolliver", "Kane Tolliver"]


def test_he_in_a_paragraph_opening_on_her_husband_is_her_husband():
    text = (
        "One vet for four counties\n\n"
        "The rancher holding the flashlight is Wade Ostrander. His wife, Carla, holds the heifer's head.\n\n"
        "Dr. Amos Quill, of the state college, says few graduates go into rural practice.\n\n"
        "“If you want vets in ranch country, you have to pay for them,” he says.\n\n"
        "Carla Ostrander has thought about what happens when the vet retires.\n\n"
        "“If she retires, I don’t know what we do,” Carla says.\n\n"
        "Her husband shakes his head. He says a neighbor lost three calves last spring. “That’s the part "
        "people in town don’t see,” he says."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Amos Quill", "Carla Ostrander", "Wade Ostrander"]


def test_says_the_associate_dean_then_that_is_her_name_of_a_long_college_name():
    text = (
        "Rural vets in short supply\n\n"
        "The state board said in an email that it supports loan help for rural vets.\n\n"
        "“The students want to do it. The math doesn’t let them,” says the associate dean of a regional "
        "veterinary college.\n\n"
        "That is Dr. Ilse Varga of the Northmoor College of Veterinary Medicine, who says few of her "
        "graduates go into food-animal practice."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ilse Varga"]


def test_a_lone_quotation_then_a_new_name_described_before_it_says():
    text = (
        "Second homes premium doubled\n\n"
        'Speaking at the meeting, Cllr Enid Prosser said: "Our young people cannot afford to stay."\n\n'
        "Ms Prosser said money raised would go into a fund for first-time buyers.\n\n"
        "\"We've been renting a flat above a chip shop for four years because there's nothing else.\"\n\n"
        "Mared Tudur, 27, a classroom assistant who grew up in the village, said she and her partner "
        "had been outbid three times."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Enid Prosser", "Mared Tudur"]


def test_a_study_by_a_body_found_and_its_authors_wrote():
    text = (
        "Main Street dig hurts shops\n\n"
        "“The grant is nice, but it doesn’t cover payroll,” said Ada Whitcombe, who runs the bakery.\n\n"
        "A 2022 study by the Institute for Small Towns at Brookfield State University, which tracked 40 "
        "projects, found that businesses lost 18% of revenue during construction.\n\n"
        "“Businesses that talked weekly with customers fared better than those that did not,” the study’s "
        "authors wrote."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ada Whitcombe", "Institute for Small Towns"]


def test_the_report_said_after_a_bodys_outlook_is_that_bodys():
    text = (
        "Growers face dry year\n\n"
        "Ron Pastor, who manages the district, said the reservoir stood at 38% of capacity.\n\n"
        "The state Bureau of Water Supply's latest supply outlook, released March 5, reached a similar "
        'conclusion. "Runoff is expected to be the lowest in two decades," the report said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Bureau of Water Supply"]


def test_a_devolved_government_spokesperson_and_its_government():
    text = (
        "Hip waits\n\n"
        "Patients are waiting more than two years.\n\n"
        'A Scottish government spokesperson said: "We recognise that too many people are waiting."\n\n'
        'The Welsh government said: "We are investing in new theatres."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Scottish Government", "Welsh Government"]


def test_a_named_bodys_director_of_something_then_she_said_then_named():
    text = (
        "Hip waits\n\n"
        "His wife Morag said the couple had stopped making plans.\n\n"
        'Glenshee Health\'s director of planned care said the figures were "not where we want them".\n\n'
        '"We lost theatre time over the winter because beds were needed for emergencies," she said.\n\n'
        "Dr Fiona Rattray said a new orthopaedic unit was due to open in the autumn."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Fiona Rattray", "Fiona Rattray"]


def test_it_said_after_a_body_quoted_in_the_sentence_before():
    text = (
        "Dairy group warns on profit\n\n"
        "The milk price was also criticised by the Northern Milk Producers’ Association, which represents "
        "900 farm families.\n\n"
        "In a statement, the association said it was “deeply concerned” by the results. “Farmers have "
        "already taken two price cuts this year,” it said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Northern Milk Producers’ Association"] * 2


def test_a_partys_welsh_name_is_no_persons_and_lends_no_word():
    text = (
        "Waits\n\n"
        "Plaid Cymru said the report was damning.\n\n"
        "NWU Cymru Wales said the findings would come as no surprise to its members."
    )
    got = [q.speaker for q in extract(text).quotes]
    assert got == ["Plaid Cymru", "NWU Cymru Wales"]


def test_she_after_his_unnamed_daughter_is_no_man_named_near():
    text = (
        "A glen's cricket family\n\n"
        "Ewan Laird, 52, has run the club for years. “We take whoever turns up,” he says.\n\n"
        "The future is somebody else. Ewan’s daughter, 19, captains the women’s XI.\n\n"
        "“When I started there were no girls at all,” she says."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ewan Laird", None]


def test_the_witness_answered_then_the_witness_was_named():
    text = (
        "A daughter testifies\n\n"
        "The judge asked what would happen to the family if the man were deported.\n\n"
        "“I don’t think we would be a family anymore,” the witness answered.\n\n"
        "The witness was Odalys Ferrer, 27, a nurse, and the man was her father."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Odalys Ferrer"]


def test_the_department_said_after_a_body_which_says():
    text = (
        "Senate opposes fee rise\n\n"
        "The increase was requested by Brackley State Athletics, which says fees have not kept up "
        "with costs. In a statement released Thursday, the department said it respected the students.\n\n"
        '"Student fees make up a third of our budget," the statement said.'
    )
    got = [(q.speaker, q.direct) for q in extract(text).quotes]
    assert got == [("Brackley State Athletics", False), ("Brackley State Athletics", True)]


def test_said_one_of_the_directors_then_the_director_named():
    text = (
        "Co-op keeps coal unit\n\n"
        "The board voted 9-3 to keep the unit running.\n\n"
        '"We keep being told this is a bridge," said one of the three directors who voted no, a dairy '
        'farmer. "At some point somebody has to ask where the bridge goes."\n\n'
        "The director, Ingeborg Talvik, said her members wanted more wind power."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ingeborg Talvik", "Ingeborg Talvik"]


def test_the_hospital_names_a_medical_center():
    text = (
        "Nurses set strike\n\n"
        "More than 900 nurses at Larkfield Medical Center will walk out on Monday, their union said.\n\n"
        "The hospital, in a statement, called the notice “regrettable” and said its offer was fair.\n\n"
        "“Larkfield’s staffing meets every state rule,” the statement said.\n\n"
        "A spokeswoman for the hospital said agency nurses would be “ready on day one.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Larkfield Medical Center"] * 3


def test_a_described_speaker_before_he_said_is_named_next():
    text = (
        "Clinic hit by outage\n\n"
        "“We are working around the clock,” said Osric Velland, the clinic’s president.\n\n"
        "The county’s emergency medical services director says the diversions add time for patients.\n\n"
        "“Every minute counts on a stroke call,” he said.\n\n"
        "Director Thaddeus Moorcroft says crews still bring the sickest patients to the clinic."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Osric Velland", "Thaddeus Moorcroft"]


def test_the_chaplain_who_lent_the_room_then_he_says():
    text = (
        "Spouses build a day care\n\n"
        "“Nobody else was going to,” says Loretta Quaile, who runs the sign-up sheet.\n\n"
        "The chaplain who lent them the room is an Army major who has served at the post for three "
        "years. He laughs when asked whether he needed permission.\n\n"
        "“I had an empty room and a lot of worried families,” he says.\n\n"
        "Chaplain Ignatius Werther says the only rule is that the room is left clean."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Loretta Quaile", "Ignatius Werther"]


def test_the_couple_say_is_no_one_person():
    text = (
        "Widow and widower wed\n\n"
        "“I told her I had the name first,” said Bertrand Oakhurst, 81.\n\n"
        "The couple say they did their homework.\n\n"
        "“We compared family trees at the diner,” she said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[0] == "Bertrand Oakhurst" and got[1] != "Bertrand Oakhurst"


def test_fort_inside_a_run_is_no_persons_name():
    text = (
        "Base opens spaces\n\n"
        "In a statement, U.S. Army Garrison Fort Pellow says it is “actively recruiting” staff.\n\n"
        "“We are doing what we can,” said Hollis Brennagh, a spokesperson."
    )
    got = [(q.speaker, q.kind) for q in extract(text).quotes if q.direct]
    assert got == [("U.S. Army Garrison Fort Pellow", "organisation"), ("Hollis Brennagh", "person")]


def test_a_rank_class_is_no_part_of_the_name():
    text = (
        "Navy families win ruling\n\n"
        "Among the plaintiffs are Dorothea Kessling and her husband, Petty Officer 2nd Class Lucan "
        "Kessling, a sonar technician.\n\n"
        "“I can handle being away,” Mr. Kessling said.\n\n"
        "“We rent from a landlord now,” Ms. Kessling said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Lucan Kessling", "Dorothea Kessling"]


def test_a_nickname_in_quotation_marks_is_no_second_person():
    text = (
        "Reality star’s mum speaks\n\n"
        "“I found out from a magazine,” said Wendy Trask, 52.\n\n"
        "Maisie, 27, who found fame on the show and was dubbed “Maisie Sparkle” by fans, married last "
        "weekend. Her sister Kerys, 24, was not invited.\n\n"
        "Kerys said: “She made her choice.”\n\n"
        "Maisie finally broke her silence with a post to her followers.\n\n"
        "She wrote: “There are two sides to every story.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[-1] == "Maisie"


def test_a_club_spokesman_after_the_club_named_in_apposition():
    text = (
        "Star’s family rift\n\n"
        "“I was not invited,” said Wendy Trask, 52.\n\n"
        "Connor’s club, Ashvale Rovers, refused to be drawn on the row. A club spokesman said: "
        "“We don’t comment on players’ private lives.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Wendy Trask", "Ashvale Rovers"]


def test_a_sentences_first_word_before_the_kind_of_body():
    text = (
        "Shares fall\n\n"
        "Proxy advisory firm Quillon Governance Partners said in a note to clients that the removal "
        "“raises more questions than it answers”.\n\n"
        "“Neither side has produced the audit findings,” the note said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Quillon Governance Partners"] * 2


def test_mr_after_her_husband_named_by_his_given_name():
    text = (
        "Couple must leave clifftop home\n\n"
        "Maude Pellinger, 71, has watched the sea creep closer for 22 years.\n\n"
        "Now she and her husband, Alfred, 74, have been told their bungalow is unsafe.\n\n"
        "“We watched the boats go by,” she said.\n\n"
        "Mr Pellinger, a retired driver, was more blunt.\n\n"
        "“The surveyor told us we had 60 years,” he said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Maude Pellinger", "Alfred"]


def test_a_lede_quotation_after_a_term_in_quotation_marks():
    text = (
        "Students pay fees\n\n"
        'Students at a city university say they were told to pay "holding fees" to secure houses.\n\n'
        '"It felt like a race. If you didn\'t pay that day, the house was gone."\n\n'
        "Tamsin Oduwole, 19, a first-year pharmacy student, says she paid £500 in November."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct and len(q.text.split()) > 4]
    assert got == ["Tamsin Oduwole"]


def test_that_was_all_x_would_say():
    text = (
        "Forecaster stays quiet\n\n"
        "Veteran weatherman Rupert Haldane has broken his silence after his daughter said he was "
        "“pushed out” of the job he held for 31 years.\n\n"
        "“She’s entitled to her version. I’ve got mine.”\n\n"
        "That was all Haldane, 66, would say when the paper reached him at home on Thursday."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct and len(q.text.split()) > 3]
    assert got == ["Rupert Haldane"]


def test_a_spokeswoman_for_a_body_where_someone_worked():
    text = (
        "Forecaster leaves\n\n"
        "“I’m keeping it to myself,” said Rupert Haldane, 66.\n\n"
        "A spokeswoman for Channel West, where Haldane presented the forecast for 30 years, said: "
        "“Rupert retired with our gratitude.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Rupert Haldane", "Channel West"]


def test_said_the_convener_then_named_with_a_long_apposition():
    text = (
        "Parents oppose fee rise\n\n"
        "“We are against colleges raising fees every year,” said the convener of the Valley Parents’ "
        "Forum, which claims 6,000 members.\n\n"
        "Suresh Kandaswamy, a bank clerk from Hosur who set up the forum in 2019 and whose daughter "
        "is preparing for the entrance test, said the forum had written to the minister."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Suresh Kandaswamy"]


def test_two_initials_after_a_role_and_a_comma():
    text = (
        "Colleges defend rise\n\n"
        "Its secretary, RV Madhavaraj, said costs had risen.\n\n"
        "“Everything has gone up,” Madhavaraj said.\n\n"
        "He added that the increase was modest."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["RV Madhavaraj"]


def test_a_spokesman_for_a_body_which_the_report_named():
    text = (
        "Island delivery charges\n\n"
        "“That’s a fine for living on an island,” said Fergus Rattigan, the local MSP.\n\n"
        "A spokesman for online retailer ParcelNest, which the report singled out for charging a flat "
        "fee to all “offshore” postcodes, said: “Delivering to remote addresses involves ferry costs.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct and " " in q.text]
    assert got == ["Fergus Rattigan", "ParcelNest"]


def test_shares_of_a_company_are_no_part_of_its_name():
    text = (
        "Corvane shares sink\n\n"
        "Shares of Corvane Foods Inc. fell 31% on Tuesday after the distributor said its finance chief "
        "had resigned “to pursue other opportunities.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Corvane Foods"]


def test_a_place_and_its_where_clause_before_the_subject():
    text = (
        "Clubs struggle\n\n"
        "Other clubs are doing well.\n\n"
        "At Boca Vista, where it costs new members $70,000 to sign up, Emil Dravecky, the club's "
        "78-year-old president and general manager, suggested that the troubles besetting some of his "
        'competitors could be blamed on their focus on "the business of selling houses."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Emil Dravecky"]


def test_an_institution_named_with_its_town_and_region():
    text = (
        "Hospital cut off\n\n"
        "Patients at the Federal Medical Centre, Okemesi, Ekiti State, have been left in darkness.\n\n"
        'The hospital said in a memo on Monday that it could not cope for "a few more days".'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Federal Medical Centre, Okemesi"]


def test_a_public_bodys_group_and_a_trust_of_hospitals():
    text = (
        "Trolley waits\n\n"
        "“She was parked there like a parcel,” said Doreen Hatchard, 58.\n\n"
        "A spokeswoman for Carrow Vale Hospitals NHS Trust said: “We are very sorry for the wait.”\n\n"
        "In a statement, the Fenland Hospitals Group said: “We regret the long waits.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Doreen Hatchard", "Carrow Vale Hospitals NHS Trust", "Fenland Hospitals Group"]


def test_a_company_then_which_clause_then_told():
    text = (
        "Cheese plant to close\n\n"
        "By MAUDE OKONKWO Associated Press\n\n"
        "HOLLANDER, Wis. (AP) — For 41 years, the milk from Gus Farrier's barn has gone to the same plant.\n\n"
        "Marlow Creamery, which has made cheddar in this village since 1954, told the farms that supply "
        "it last week that it would stop taking milk. The company blamed worn-out equipment.\n\n"
        "“This was not a decision anyone here wanted to make,” the company said in a statement."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Marlow Creamery"]


def test_a_department_of_several_remits():
    text = (
        "Farmers scramble\n\n"
        "A spokesperson for the Vermont Department of Agriculture, Food and Markets said the agency had "
        "set up a hotline.\n\n"
        "“There is capacity in the system,” the spokesperson said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Vermont Department of Agriculture, Food and Markets"]


def test_the_union_that_represents_then_its_local_named():
    text = (
        "Bus routes cut\n\n"
        "“I don’t have a car,” said Imelda Fortescue, 19.\n\n"
        "The union that represents the authority’s 640 drivers, Bus Operators Local 229, said it had "
        "not been consulted.\n\n"
        "“Nobody asked our operators what they think,” the union said in a statement."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Imelda Fortescue", "Bus Operators Local 229"]


def test_a_petition_started_by_someones_brother():
    text = (
        "Student farm to be paved\n\n"
        "“It feeds three hundred students,” said Nadira Ebanks, who runs the farm.\n\n"
        "Ebanks's younger brother, Kofi Ebanks, a sophomore who volunteers on Saturdays, started an "
        "online petition Monday night. By Wednesday it had 1,900 signatures.\n\n"
        "“The university talks about sustainability,” the petition reads."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Nadira Ebanks", "Kofi Ebanks"]


def test_her_husband_of_a_couple_sharing_a_surname():
    text = (
        "Pub saved\n\n"
        "Bram and Pat Ellery, who ran the pub for 22 years, objected to the scheme.\n\n"
        "‘We had our parties there,’ said Pat.\n\n"
        "Her husband was more cautious. ‘Winning an appeal doesn’t pull a pint,’ he said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Pat Ellery", "Bram Ellery"]


def test_one_of_the_hospitals_consultants_then_named():
    text = (
        "Trolley crisis\n\n"
        "“Staff are going home in tears,” said Maeve Rourke, the union’s officer for the region.\n\n"
        "One of the hospital’s consultants in emergency medicine, speaking on Wednesday, said the "
        "department now sees 180 patients a day.\n\n"
        "“We are practising medicine in a car park with a roof on it,” he said.\n\n"
        "Dr Cathal Brennock said that the unit needed more beds."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Maeve Rourke", "Cathal Brennock"]


def test_its_report_then_the_report_states():
    text = (
        "Care home told to improve\n\n"
        "Care Inspectorate Scotland issued Bryn Haven with two notices after a visit in September.\n\n"
        "Its report, published this week, says residents waited too long for help.\n\n"
        "“We observed people who were distressed,” the report states."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Care Inspectorate Scotland"]


def test_a_saints_hospital_and_its_board_of_governors():
    text = (
        "Heritage block row\n\n"
        "Doctors at St. Colman's Mission Hospital oppose the plan.\n\n"
        "In a statement, the hospital's board of governors said it would study the suggestions.\n\n"
        "“The board’s first obligation is to the patients of this region.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["St. Colman's Mission Hospital"]


def test_friends_of_the_baths():
    text = (
        "Baths to go\n\n"
        "Councillors voted to demolish Kirkbrae Public Baths on Tuesday.\n\n"
        "In a post on Facebook last night, the Friends of Kirkbrae Baths wrote: “Gutted, but not beaten.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Friends of Kirkbrae Baths"]


def test_that_was_how_the_cofounder_summed_up_then_named():
    text = (
        "Stadium tax fails\n\n"
        "“My dad has chased this ballpark for ten years,” said Ottilie Vantreese, the team’s president.\n\n"
        "“People did the math. That’s all this was.”\n\n"
        "That was how the co-founder of No Blank Cheque Harborview, the group that led the opposition, "
        "summed up the night. Rosalind Oduba, a high school maths teacher, said the group spent $38,000."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ottilie Vantreese", "Rosalind Oduba"]


def test_thats_the_fury_of_the_chief_then_named():
    text = (
        "Festival no-show\n\n"
        "“I found out from Instagram like everyone else.”\n\n"
        "That’s the fury of the festival chief left picking up the pieces after pop star Keziah Lyle "
        "pulled out.\n\n"
        "Hamish Corrie, 52, who founded the festival in 2011, said the no-show cost £400,000."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Hamish Corrie"]


def test_the_health_and_safety_executive_is_no_person():
    text = (
        "Inquest\n\n"
        "An inspector from the Health and Safety Executive, Marian Treloar, told the court the bolts "
        "had been removed.\n\n"
        "She added: “It was avoidable.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Marian Treloar"]


def test_in_an_email_the_deputy_vice_chancellor_then_named():
    text = (
        "Music department to close\n\n"
        "“It is a countdown,” said Ellis Varga, a second-year student.\n\n"
        "In an email to staff, seen by this newspaper, the deputy vice-chancellor wrote that the "
        "department had “operated at a deficit for six years”.\n\n"
        "“We recognise how painful this news will be,” the email said.\n\n"
        "The deputy vice-chancellor, Professor Winifred Achebe, later told the senate there was no "
        "alternative."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[-1] == "Winifred Achebe"


def test_a_spokesman_for_a_unions_local_branch():
    text = (
        "Music department to close\n\n"
        "“Who is going to teach me?” asked Tamsin Varga, 19.\n\n"
        "A spokesman for the University and College Union's Harrowgate branch said members would be "
        "balloted.\n\n"
        "“Staff have been told their work counts for nothing,” he said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tamsin Varga", "University and College Union"]


def test_a_campaign_organized_as_fix_our_roads():
    text = (
        "Recount upholds result\n\n"
        "“The machine doesn’t know what a circle means,” said Arvo Ebberts, the county clerk.\n\n"
        "Supporters, organized as Fix Our Roads Pellworth, said they would not go to court.\n\n"
        "“We’re disappointed, obviously,” the group said in a statement."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Arvo Ebberts", "Fix Our Roads Pellworth"]


def test_thats_what_someone_told_reporters():
    text = (
        "Jury calls for swim test after teen's drowning\n\n"
        "Pernille Ashgrove · Posted: Nov 14\n\n"
        '"He was a strong kid, but he wasn\'t a strong swimmer, and nobody checked."\n\n'
        "That's what Odile Marchand told reporters outside the courthouse on Thursday, after a jury "
        "made 14 recommendations into the death of her son, Theo."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Odile Marchand"]


def test_his_twin_brother_named_in_apposition_is_the_he():
    text = (
        "Balcony death inquest\n\n"
        "Torin Maddox, 18, died after trying to climb between balconies.\n\n"
        "Torin's twin brother, Callum, who was asleep at the time, told the inquest that the pair had "
        "joked about the gap.\n\n"
        '"Nobody thought anyone would actually try it," he said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Callum"]


def test_a_ferry_company_and_its_spokesperson():
    text = (
        "Island ferry out of action\n\n"
        "“A boat that takes twelve people is not a ferry service,” said Oonagh Clery, 58.\n\n"
        "Skellig Ferries, which runs the route under contract, said parts had been ordered.\n\n"
        "“We apologise unreservedly,” a spokesperson for the company said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Oonagh Clery", "Skellig Ferries"]


def test_the_county_council_said_then_a_spokesperson():
    text = (
        "Bridge limit\n\n"
        "By Nia Pughe\n\n"
        "A weight limit on the bridge has been branded a disaster by a town councillor.\n\n"
        "Glasfryn County Council imposed the limit last week. Members of Pontrhyd Town Council objected.\n\n"
        "“This is a disaster for farmers,” said Ieuan Prosser, who farms nearby.\n\n"
        "The county council said the limit was a necessary precaution.\n\n"
        "“We recognise the inconvenience this causes,” a spokesperson said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ieuan Prosser", "Glasfryn County Council"]


def test_hero_before_a_surname_is_no_given_name():
    text = (
        "Derby won at the death\n\n"
        "Kenwick skipper Dafydd Rhoswen smashed home the winner in the 90th minute.\n\n"
        "Hero Rhoswen, a season-ticket holder as a boy, was still pinching himself. “It’s what you "
        "dream about,” he said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Dafydd Rhoswen"]


def test_a_lede_quotation_then_a_clubs_boss_named():
    text = (
        "Manager proud of son's double\n\n"
        '"I didn\'t know where to look. You want to run on and hug him."\n\n'
        "Caerwen Athletic boss Iolo Brychan admitted his emotions got the better of him as his son "
        "scored twice."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Iolo Brychan"]


def test_a_commuter_group_keeps_its_group():
    text = "Early train axed\n\n“The first train is not a luxury,” said a spokesperson for the Ardglass Commuter Group."
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ardglass Commuter Group"]


def test_the_elder_is_the_father_named_by_his_given_name():
    text = (
        "New police dog\n\n"
        "The handler is Officer Bram Kettering, 29, who joined the department in 2019.\n\n"
        "Officer Kettering’s father, Ansel, a retired deputy, handled a tracking dog for nine years. "
        "Ansel Kettering said he tried not to give his son too much advice.\n\n"
        "“I told him two things,” the elder Mr. Kettering recalled."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ansel Kettering"]


def test_her_brother_just_before_a_pronoun_cue():
    text = (
        "Title at last for Orla Venn\n\n"
        "Orla Venn won the Hartmoor Cup on Sunday. Her brother, who has coached her since she was 12, "
        "watched from the stand.\n\n"
        "“It was worth the wait,” Tomas Venn said.\n\n"
        "“I just hit it,” she said.\n\n"
        "The umpire, Jonas Keel, had warned her twice for time.\n\n"
        "Asked what he had told her at the changeover, her brother laughed.\n\n"
        "“Nothing clever,” he said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tomas Venn", "Orla Venn", "Tomas Venn"]


def test_his_wife_opening_the_sentence_before_she_says():
    text = (
        "Counting moths\n\n"
        "Mira Castell holds the lamp. Her husband, Oskar Castell, writes down the count.\n\n"
        "The survey is run by Dr. Priya Anand, an entomologist. “Counts like theirs are gold,” she said.\n\n"
        "Fenwick Rural Power, which maintains streetlights in the area, says in a statement that its new "
        "fixtures are “designed to limit light spill.”\n\n"
        "A neighbour, Dora Finch, reads off the number to Oskar. His wife writes it down this time, then looks up toward the road, "
        "where a store installed a pole light last fall.\n\n"
        "“The dark is going,” she says."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[0] == "Priya Anand" and got[-1] == "Mira Castell"


def test_the_older_of_two_sharing_a_surname_by_age():
    text = (
        "Lake warning\n\n"
        "At the launch, Amos Threlkeld, 68, was fishing with his grandson, Jory Threlkeld, 11.\n\n"
        "“I have eaten these fish all my life,” the older Threlkeld said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Amos Threlkeld"]


def test_tournament_organisers_speak_for_the_event():
    text = (
        "Spectator banned\n\n"
        "A spectator was led away from the Brackwell Open in Derby on Wednesday.\n\n"
        "Last night tournament organisers said in a statement: “The behaviour was disgraceful.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Brackwell Open"]


def test_a_town_on_a_bay_is_no_one_before_a_lede_quotation():
    text = (
        "Slip cuts off settlement\n\n"
        "Residents of Porohiwi Bay could be cut off for weeks after a slip closed Porohiwi Bay Rd.\n\n"
        '"We have bread for four days and milk for two."\n\n'
        "Hine Tauroa, who runs the store with her sister, was taking stock on Monday."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Hine Tauroa"]


def test_a_marathon_is_no_one_before_a_lede_quotation():
    text = (
        "Race times void\n\n"
        "Times from this year's Garthwen Marathon will not count after the course was found short.\n\n"
        '"I spent four years trying to get under two hours 30. I did it."\n\n'
        "Carys Pellow, who crossed the line in 2:29:41, had hoped to make the team."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Carys Pellow"]


def test_a_lede_quotation_then_the_post_that_said_it():
    text = (
        "Council seeks tax rise\n\n"
        "Brindlecombe County Council is to ask for a 9.99% rise.\n\n"
        '"We are not asking for this because we want to."\n\n'
        "The council's cabinet member for finance made the admission on Tuesday.\n\n"
        "Cllr Wenna Poldark told the meeting the council had no choice."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Wenna Poldark"]


def test_the_tribunal_is_the_tribunal_named():
    text = (
        "Rates to rise\n\n"
        "Ratepayers in Marrick Shire will pay more after the state's regulator approved the rise.\n\n"
        "In its determination, the Coastal Pricing and Review Tribunal found the shire had no alternative.\n\n"
        "“We acknowledge the hardship,” the tribunal wrote."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Coastal Pricing and Review Tribunal"]


def test_a_petition_launched_by_the_association():
    text = (
        "Golf ticket row\n\n"
        "Angus Drummock, chairman of the Kilbrae Links Association, said the rise was unfair.\n\n"
        "A petition launched by the association, which has 900 signatures, reads: "
        "“We call on the council to freeze the price.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Kilbrae Links Association"]


def test_a_described_lede_cue_then_another_word_and_the_name():
    text = (
        "Pellets on the shore\n\n"
        '"We stopped counting because there were too many," the study\'s lead author said Tuesday.\n\n'
        "The researcher, Dr. Ilse Varnhagen, a freshwater ecologist at Marlow University, and three "
        "colleagues spent two summers on the beaches."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ilse Varnhagen"]


def test_the_diner_is_the_one_business_named():
    text = (
        "Diner shut\n\n"
        "The Parthenon Grill on Tern Avenue was closed by inspectors on Monday. The Parthenon Grill "
        "passed a second inspection on Wednesday.\n\n"
        "On Monday night the diner posted on Facebook: “We let you down, and we will fix it.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Parthenon Grill"]


def test_a_surname_lane_is_no_road():
    text = (
        "Schools\n\n“It is not division,” said Gareth Lane, of the schools forum.\n\n“We need the money,” Mr Lane said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Gareth Lane", "Gareth Lane"]


def test_an_age_and_a_hometown_describe_the_one_followed():
    text = (
        "Title at last\n\n"
        "It was not a pretty final. Maisie Dunwoody double-faulted on three break points and still won.\n\n"
        "“Ugly, beautiful, I’ll take it,” the 24-year-old from Ripon said after the final."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Maisie Dunwoody"]


def test_a_word_the_clause_before_says_its_subject_used():
    text = (
        "Feud\n\n"
        "Jolene Marsh posted a statement on Sunday, a week after Tamsin Rook accused her on a podcast of "
        "“faking” her engagement."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Tamsin Rook"]


def test_a_lede_quotation_then_the_man_with_the_towel():
    text = (
        "Caddie father's read wins it\n\n"
        "By Ross Keddie\n\n"
        "“I have carried that bag for 30 years and today he asked me twice.”\n\n"
        "The man with the towel over his shoulder on the 18th green was not the winner. He was the winner’s father.\n\n"
        "Hamish Dunbeath, a retired fisherman from Wick, has caddied for his son for years."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Hamish Dunbeath"]


def test_his_father_with_someone_else_named_in_the_sentence():
    text = (
        "Inquiry into quad-bike death\n\n"
        "Evidence was given by the farm's tenant, Angus Corrie, and by his son.\n\n"
        "Fraser Corrie, 23, told the inquiry he had gone looking for his friend.\n\n"
        "“I saw the bike first,” he said.\n\n"
        "His father accepted that nobody had ever taken Mr Buist through the handling of the bike.\n\n"
        "“We all just learned by doing it,” he said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Fraser Corrie", "Angus Corrie"]


def test_the_woman_speaking_named_in_the_next_paragraph():
    text = (
        "Caravan row\n\n"
        "By Orla Brannock\n\n"
        '"We are not against tourism. Half of this village lives off it."\n\n'
        "The woman speaking is standing at the end of a lane in Carrowkeel, looking across a field.\n\n"
        "Maeve Tulloch, who chairs the residents' association, says the plan would double the park."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Maeve Tulloch"]


def test_a_lede_quotation_then_a_clubs_head_coach():
    text = (
        "Valley dig deep\n\n"
        "By Sean Gilhooly\n\n"
        "“We were dead and buried at half-time.”\n\n"
        "Ardmore Vale head coach Kieran Dunlop was in no mood for false modesty after his side came from behind."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Kieran Dunlop"]


def test_that_assessment_came_on_a_day_from_an_official_named_next():
    text = (
        "Bird flu confirmed\n\n"
        "By Tom Hagberg\n\n"
        'ELDON, Iowa — "We are going into the heaviest part of the migration. I would be lying if I told '
        'producers to relax."\n\n'
        "That assessment came Thursday from the state's top animal-health official, hours after tests "
        "confirmed the virus.\n\n"
        "State veterinarian Ingrid Solheim said the birds would be culled within 48 hours."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ingrid Solheim"]


def test_the_notice_from_the_store_and_a_bars_account():
    text = (
        "After 90 years, Lindqvist Hardware will close\n\n"
        "A sign went up in the window of Lindqvist Hardware on Monday.\n\n"
        "“After 90 years on Main Street, we will close our doors,” the notice from the store read.\n\n"
        "The Creamery Bar's Instagram account posted Tuesday night: “Seventy years. Thank you, Norden.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Lindqvist Hardware", "Creamery Bar"]


def test_the_one_asking_does_not_answer():
    text = (
        "Marshal's death\n\n"
        "A police collision investigator, Constable Nuala Breen, said she found no sign of speed.\n\n"
        "Asked by the coroner whether the patch of water would have been visible, she said: "
        "“Only at the very last moment.”\n\n"
        "Giving her findings, the coroner, Siobhan Garvey, said the marshal did nothing wrong."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Nuala Breen"]


def test_a_colon_dateline_then_the_man_who_said_it():
    text = (
        "Rangers take derby\n\n"
        "Our Sports Reporter\n\n"
        'Calcutta: "I told the boys at half-time, this is a test of spine."\n\n'
        "The man who said it, Howrah Rangers coach Iñigo Zubiaurre, was still hoarse an hour after the whistle."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Iñigo Zubiaurre"]


def test_a_surname_and_snr_is_the_father():
    text = (
        "Dad's rant\n\n"
        "Derek Brackley, 49, has attacked the manager of his son Kyle Brackley, 19, on Instagram after the "
        "winger was dropped.\n\n"
        "Brackley Snr then apologised in a second post. “Said some things in the heat of the moment,” he wrote."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Derek Brackley"]


def test_initials_of_the_last_words_of_a_bodys_name():
    text = (
        "Dentist quits NHS\n\n"
        "NHS Severn Vale Integrated Care Board said it was seeking a new provider.\n\n"
        "A spokeswoman for the ICB said: “Patients should contact NHS 111.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["NHS Severn Vale Integrated Care Board"]


def test_the_company_the_sentence_before_described_by_its_trade():
    text = (
        "Residents ordered out\n\n"
        "By Dana Pruitt, WKQX 12 News\n\n"
        "Inspectors found cracked columns at the Marlow Court Apartments, a city official told WKQX 12 News.\n\n"
        "A tenant, Rosa Imlay, told WKQX 12 News she had complained for months.\n\n"
        "The building is owned by Fennick Residential, which manages about 2,000 apartments.\n\n"
        "In a statement, the company said: “The safety of our residents is our highest priority.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Fennick Residential"]


def test_the_shouting_is_coming_from_the_one_named():
    text = (
        "The team in the basement\n\n"
        "By Grace Holm\n\n"
        "“Rotate, rotate, rotate — you’re last back!”\n\n"
        "It’s a Monday night in the basement of the old chapel at Ketteridge College.\n\n"
        "The shouting is coming from Desmond Achterberg, a junior from Madison and the team captain."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Desmond Achterberg"]


def test_a_lede_quotation_then_the_one_who_could_afford_a_grin():
    text = (
        "Femi Adebayo double sinks brother's side\n\n"
        "Castleford United 2-1 Ormsby Town\n\n"
        "Ravi Chandra at Foundry Lane\n\n"
        "“Mum will be on the phone to both of us tonight.”\n\n"
        "Femi Adebayo could afford a grin after two goals in 11 minutes."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Femi Adebayo"]


def test_a_longer_thought_is_no_cue():
    text = (
        "Audit\n\n"
        "Rep. Idris Okonjo read the report twice. Then he offered a longer thought:\n\n"
        '"When my mother was in that building, I visited four days a week."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Idris Okonjo"]


def test_the_woman_saying_this_within_a_scene():
    text = (
        "The nurse who won't let TB win\n\n"
        "By Jonah Pelt\n\n"
        "“You don’t have to like me. You just have to open your mouth.”\n\n"
        "It is 6:50 on a February morning, and the woman saying this is standing in a kitchen outside Cordell.\n\n"
        "Consuela Marwick has been a public-health nurse in the county for 19 years."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Consuela Marwick"]


def test_afterwards_a_spokesman_for_the_body_named():
    text = (
        "Streaming boss grilled\n\n"
        "Quenlo said it was reviewing its slate.\n\n"
        "Afterwards a Quenlo spokesman issued a statement: “We remain committed to the UK.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Quenlo"]


def test_a_bus_company_is_an_organisation():
    text = (
        "Village bus axed\n\n"
        "The 72 service was withdrawn by Dales & Fell Buses at the end of last month.\n\n"
        "“Passenger numbers have fallen by half,” Dales & Fell Buses said in a statement."
    )
    quotes = [q for q in extract(text).quotes if q.direct]
    assert [(q.speaker, q.kind) for q in quotes] == [("Dales & Fell Buses", "organisation")]


def test_a_brother_by_a_given_name_either_sex_bears_shares_the_surname():
    text = (
        "Hartigan's header wins it\n\n"
        "Captain Owen Hartigan was sent off after the break, and it was his 19-year-old brother Frankie "
        "who headed the winner.\n\n"
        "Frankie, who signed full-time terms in the summer, was brief: “I just closed my eyes and went for it.”"
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Frankie Hartigan"]


def test_a_quotation_alone_then_a_new_name_that_did_something():
    text = (
        "Rovers stunned\n\n"
        "Town won 2-1 with ten men.\n\n"
        "“The lads were magnificent,” said Gavin Roe.\n\n"
        "The home dressing room was a very different place.\n\n"
        "“We had the extra man for 40 minutes and we lost. That is on us.”\n\n"
        "Bernard Quayle did not try to hide his anger after the game."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Gavin Roe", "Bernard Quayle"]


def test_the_verdict_of_a_clubs_manager_named_after_his_office():
    text = (
        "Ten-man Rovers hold on\n\n"
        "Callum Reid at Firhill Park\n\n"
        "Dunvegan Athletic 1 Kilbride Rovers 2\n\n"
        "“I have been in this game 20 years and I have never been prouder of a group of players.”\n\n"
        "That was the verdict of Kilbride Rovers manager Declan Ashby after his side played the last half hour "
        "a man down."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Declan Ashby"]


def test_a_sides_coach_described_then_named_as_the_next_paragraph_opens():
    text = (
        "Wales hang on\n\n"
        "Aled Morgan at the Arms Park\n\n"
        "Under-20 Championship: Wales 24 Italy 22\n\n"
        "“We were made to dig tonight, and I love the fact that we dug.”\n\n"
        "Wales’s head coach did not pretend that his side had played well.\n\n"
        "Gethin Probert watched from the stand as Italy scored twice late on."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Gethin Probert"]


def test_a_clubs_president_described_then_named_as_the_next_sentence_opens():
    text = (
        "Sevens glory at last\n\n"
        "By Fiona Leckie\n\n"
        "“There were grown men in tears in that clubhouse on Saturday, and I was one of them.”\n\n"
        "Millbrook's club president has waited a long time to say those words. Hector Lamont was a young "
        "winger the last time the club won the cup."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Hector Lamont"]


def test_a_name_with_a_clause_or_a_place_of_saying_set_off_then_a_verb():
    text = (
        "Cup final report\n\n"
        "The visitors scored in stoppage time to win it.\n\n"
        "“We kept going,” said Shona Baird.\n\n"
        "Her side move up to third.\n\n"
        "“It is cruel. We defended for our lives and switched off for one second.”\n\n"
        "Morag Tennant, speaking to Radio Clyde, said her side had done everything right.\n\n"
        "Neither side found a winner in extra time.\n\n"
        "“We were the better team and we are going home with nothing.”\n\n"
        "Ewan Dalziel, whose side also lost here last year, did not want to dwell on the penalty claim."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Shona Baird", "Morag Tennant", "Ewan Dalziel"]


def test_a_groom_is_a_role_and_a_contraction_no_name():
    text = (
        "Groom Callum bags hat-trick: ‘I promised Morven I’d be back for the first dance’\n\n"
        "By Iain Muir\n\n"
        "Callum Baird, 29, married Morven at 11am before heading to the match.\n\n"
        "Callum told us: “I promised her I would be back, and I was.”\n\n"
        "New bride Morven was not surprised. “I knew he would go,” she laughed."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct and q.text.startswith(("I promised her", "I knew"))]
    assert got == ["Callum Baird", "Morven"]


def test_a_relative_the_article_names_right_after_the_quotation():
    text = (
        "Wedding day hat-trick\n\n"
        "Callum Baird scored three times on his wedding day.\n\n"
        "His mum was rather less impressed.\n\n"
        "“I spent a fortune on that hat,” she said.\n\n"
        "Callum’s mum Irene Baird, 55, admitted she had nearly died when she found out."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Irene Baird"]


def test_a_given_name_ireland_gives_mostly_to_men_is_no_womans():
    text = (
        "Keeper the hero\n\n"
        "Dara Whelan saved three penalties as Ballyfin edged past Rovers to reach the final.\n\n"
        "The 21-year-old goalkeeper, on loan from a club in England, dived to his right to keep out the first "
        "kick and then to his left to deny Liam Corkery, sparking a pitch invasion at a packed Riverside Park.\n\n"
        "Asked how he had done it, Whelan was honest.\n\n"
        '"To be honest, I just guessed," he told RTE Sport.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Dara Whelan"]


def test_a_father_introduced_speaking_goes_on_under_his_title():
    text = (
        "Fan banned\n\n"
        "Gary Renwick, 34, admitted throwing a coin. Renwick was ordered to carry out unpaid work.\n\n"
        "Outside court, his father, Hugh Renwick, 61, said his son had learned his lesson.\n\n"
        "“He has been going to games with me since he was five,” Mr Renwick said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Hugh Renwick"]


def test_a_term_after_a_number_is_no_stop_for_the_cue_search():
    text = (
        "Jail phone fees\n\n"
        "District Judge Helena Marchetti ordered refunds.\n\n"
        'The judge saved her sharpest words for the 48% "site commission" on every call: '
        '"The county treated these families as a revenue stream."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct and len(q.text.split()) > 3]
    assert got == ["Helena Marchetti"]


def test_the_complaint_of_a_town_that_sued():
    text = (
        "City sues camera firm\n\n"
        "The Ohio city of Farrowdale sued the company that runs its speed cameras on Tuesday.\n\n"
        '"The company knew its radar units were wrong and kept them running," the complaint says.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Farrowdale"]


def test_with_that_a_board_member_named():
    text = (
        "Coach reinstated\n\n"
        "By Tom Reyes\n\n"
        '"We made a mistake in how we handled this, and the right thing to do is say so."\n\n'
        "With that, school board member Alma Restrepo made the motion on Monday night."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Alma Restrepo"]


def test_thats_the_superintendent_then_her_name():
    text = (
        "Four-day week\n\n"
        "PINE RIDGE, Colo. — The five members of the board sit at a cafeteria table with a problem.\n\n"
        "“We posted a math job in March. We got one applicant.”\n\n"
        "That’s the district’s superintendent, who has been doing the hiring herself. Wilma Ostrow runs a "
        "district of 410 students."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Wilma Ostrow"]


def test_the_woman_saying_this_named_only_in_the_standfirst_before():
    text = (
        "The farmer on the bench\n\n"
        "In small towns the person who sets your bail may never have gone to law school. Greta Vollmer runs "
        "one of those courts.\n\n"
        "By Anna Ruiz\n\n"
        "“You can pay the fine tonight, or you can come back in two weeks. Those are your choices.”\n\n"
        "The woman saying this wears a quilted vest and sits behind two folding tables in the town hall.\n\n"
        "Greta Vollmer has been the town justice for 14 years."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Greta Vollmer"]


def test_a_captain_described_then_named_by_his_side():
    text = (
        "Rain, hail and a cup\n\n"
        "Kinloss 212-6 beat Lossie Academy 168 by 12 runs\n\n"
        "“Crazy. That is the only word for it. We have had sunshine, hailstones and a power cut.”\n\n"
        "The Kinloss captain was sitting on the pavilion steps with the cup between his feet when he summed "
        "up the final.\n\n"
        "Rory Macaulay's side owed almost everything to their professional."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Rory Macaulay"]


def test_a_statement_from_someone_read_out_by_another():
    text = (
        "Forum on arrest\n\n"
        "Jaylen Okoro did not attend the forum.\n\n"
        "His roommate, junior Marcus Bell, read a longer statement from Okoro aloud to the crowd.\n\n"
        '"I had my student ID in my hand before anybody asked for it. I said my name three times."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Jaylen Okoro"]


def test_a_kin_word_closing_an_apposition_tells_the_sex():
    text = (
        "Tower conversion backed\n\n"
        "Grace Obiora, who founded the company in 2009, said the plan calls for 264 apartments.\n\n"
        "Ifeanyi Obiora, the company's chief financial officer and Ms. Obiora's younger brother, walked the "
        "committee through the numbers.\n\n"
        "“Without the abatement, this project loses money every year,” Mr. Obiora said.\n\n"
        "“At 30 percent, the bank walks away,” Ms. Obiora said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Ifeanyi Obiora", "Grace Obiora"]


def test_the_elder_of_a_father_and_a_son_who_succeeded_him():
    text = (
        "Builder's profit falls\n\n"
        "Brent Castell, who succeeded his father as chief executive in 2022, told analysts that incentives rose.\n\n"
        "Amos Castell, 78, who founded the company in 1981, joined the call near its end.\n\n"
        "“I went through 1987 in Texas, and I went through 2009,” the elder Mr. Castell said."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Amos Castell"]


def test_a_bare_surname_is_one_named_before_not_a_relative_named_later():
    text = (
        "Plastic in the chicks\n\n"
        "It is 4am on the island, and Dr Mereana Tautahi is lying in the wet grass.\n\n"
        '"People imagine the plastic is out in the ocean," says Tautahi, a seabird ecologist at Northland '
        "University.\n\n"
        'Her cousin, Rewi Tautahi, keeps the boat. "When I was a boy the burrows were thick," he says.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got[0] == "Mereana Tautahi"


def test_the_elder_mr_of_a_father_a_son_and_a_daughter():
    text = (
        "Grocer names daughter chief\n\n"
        "Varnholt's Markets named Solveig Varnholt its chief executive on Wednesday. She replaces Anders "
        "Varnholt, 74, who opened the first store in 1976. Her older brother, Nils Varnholt, the chief "
        "operating officer, had been seen as the likely successor.\n\n"
        "In a memo, the elder Mr. Varnholt wrote that the decision was unanimous.\n\n"
        "“Solveig has spent eight years looking at every number this company produces,” he wrote."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Anders Varnholt"]


def test_that_was_how_a_name_pitched_it():
    text = (
        "Dorms on the parking lot\n\n"
        "Quadrant Living will build and run the project under a 65-year ground lease.\n\n"
        '"This gets us beds without putting debt on the university\'s books."\n\n'
        "That was how Warren Pike, vice president for finance, pitched the deal to trustees."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Warren Pike"]


def test_a_declaration_is_the_declarants():
    text = (
        "Broker files for bankruptcy\n\n"
        "Haulwise's founder, Dennis Orme, did not respond to calls. In a declaration filed with the petition, "
        "Orme said the company lost its credit line in July.\n\n"
        '"Haulwise deeply regrets the impact of these events on its carrier partners," the declaration said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Dennis Orme"]


def test_a_firm_and_its_officers_title_in_a_headline_is_no_person():
    text = (
        "Paymint CEO apologizes after payroll glitch\n\n"
        "Paymint took wages out of customers' accounts twice on Friday.\n\n"
        '"I had $41,000 leave my account," said Rosa Delgado, who owns two taquerias. '
        "Paymint's support team told her by email that the duplicate would be reversed.\n\n"
        '"Three to five business days is a long time when you have cooks to pay," she said.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Rosa Delgado", "Rosa Delgado"]


def test_who_saw_a_letter_is_not_its_sender():
    text = (
        "Patients offered surgery over the border\n\n"
        "The couple received their letters on the same morning last week.\n\n"
        'The letter, seen by NewsCymru, states: "If you decline this offer, your place on the list will not '
        'be affected."'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got != ["NewsCymru"]


def test_a_sides_post_with_its_remit_then_the_executive_named():
    text = (
        "Team sues network\n\n"
        "The network missed two payments this season.\n\n"
        '"We gave them every chance," the Foxhounds\' president of business operations said in an interview.\n\n'
        "The executive, Marla Quist, said the team has held talks with two streaming services."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Marla Quist"]


def test_with_that_after_a_described_speaker_is_the_one_who_acted():
    text = (
        "Harbor FC fires its coach\n\n"
        "By Ana Ruiz\n"
        "Staff writer\n\n"
        "“We made it because we stopped seeing a way back,” the club’s general manager said on Monday.\n\n"
        "With that, Petra Lindqvist ended the coach’s two-season run at the club."
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got == ["Petra Lindqvist"]


def test_a_bowl_game_is_no_one_she_can_be():
    text = (
        "Coach fired\n\n"
        "University president Rosa Tenney said the decision was Garrow's.\n\n"
        "Not long after the news broke, Garrow's wife, Shelby, posted a photo on Instagram of the couple on the "
        "field after the 2019 Prairie Bowl win.\n\n"
        '"Eight years. Three bowl games. Forty-one graduates," she wrote.'
    )
    got = [q.speaker for q in extract(text).quotes if q.direct]
    assert got != ["Prairie Bowl"]


def test_a_transcripts_reporter_turns_are_nobodys_reported_speech():
    text = (
        "Beekeepers count their losses\n\n"
        "NINA HOLT, HOST:\n\n"
        "This is Prairie Morning. Our reporter Rafe Dunning visited one farm outside Wendell.\n\n"
        "RAFE DUNNING, BYLINE: Tom Varga lifts the lid on a white wooden box and waits.\n\n"
        "DUNNING: That sound is good news. This hive made it. But Varga says half his colonies did not.\n\n"
        "TOM VARGA: You open one up and there is just a little cluster of dead bees in the corner.\n\n"
        "HOLT: And you can find the full survey on our website."
    )
    got = [(q.speaker, q.text[:20]) for q in extract(text).quotes if not q.direct]
    assert ("Rafe Dunning", "That sound is good n") not in got
    assert ("Tom Varga", "You open one up and ") in got
