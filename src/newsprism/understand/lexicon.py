"""Word lists the project owns (general English news usage, not tuned to any article)."""

from __future__ import annotations

# Verbs that introduce reported speech or attributed content, as lemmas.
SPEECH_VERBS = frozenset(
    """
    say tell add write announce claim state warn note argue insist explain ask reply respond
    declare report acknowledge admit confirm deny suggest accuse urge predict promise vow
    threaten reiterate stress emphasize emphasise tweet post recall complain concede contend
    maintain observe reveal disclose estimate believe think describe comment testify allege
    assert agree disagree caution remark continue boast quip joke lament mention point propose
    recommend demand call cite find show indicate conclude speculate charge counter retort
    shout chant yell scream whisper question wonder acknowledge affirm assure blame brief
    criticize criticise decry dismiss dispute doubt echo forecast hint inform insist instruct
    order pledge proclaim rule signal underline underscore welcome write elaborate
    """.split()
)
# Verbs of judgement: with a person as object, the person is what was expressed ("endorsed
# Clinton"). CONTEST_VERBS are judgements of a person only between persons ("Sanders attacked
# Romney"; not "state-backed militias"). FORCE_VERBS report words only when a person does
# them: in conflict news "the militia attacked the army" is an act.
JUDGEMENT_VERBS = frozenset(
    "endorse criticize criticise praise condemn denounce slam blast thank applaud defend".split()
)
CONTEST_VERBS = frozenset("attack support back oppose".split())
FORCE_VERBS = frozenset("attack strike target hit raid shell bomb".split())
# Documents that state findings: "in the new poll" attributes a clause as "according to" does.
FINDINGS_NOUNS = frozenset("poll survey study report analysis census audit review".split())
# What else "shows" a finding as a source would ("polling averages show", "data show",
# "records show"); not sources in "in the data" or a headline's "Figures:".
SHOWING_NOUNS = FINDINGS_NOUNS | frozenset(
    "average data datum figure estimate forecast tally projection record document".split()
)
# Speech verbs above that report a belief, finding or attitude rather than words said.
ATTITUDE_VERBS = frozenset(
    """
    believe think find show indicate conclude wonder doubt question speculate estimate
    agree disagree forecast signal continue
    """.split()
)
# Adjectives of a state of mind, an attitude or a stance that, after "be", "seem" or
# "remain", attribute what follows to the subject: "skeptical of the establishment's
# influence", "confident that he would win", "eager to debate", "critical of the deal".
# PolNeAR annotates them as attributions (a belief, feeling or intention). Chosen by
# meaning; adjectives of ability or chance ("able", "likely", "ready", "quick") are not
# among them: "likely to win" is the writer's forecast, not the subject's view. A few speak
# of speech itself ("vocal about", "candid about").
STANCE_ADJECTIVES = frozenset(
    """
    eager critical willing sure unsure aware unaware concerned confident skeptical sceptical
    open optimistic pessimistic certain uncertain proud interested hopeful happy unhappy
    angry reluctant inclined worried pleased displeased surprised impressed divided
    enthusiastic bullish bearish dismissive upset anxious afraid fearful nervous wary adamant
    convinced unconvinced doubtful supportive opposed furious frustrated disappointed
    grateful thankful cautious insistent keen excited mindful fond suspicious hostile
    sympathetic receptive vocal outspoken candid frank confused ashamed embarrassed sorry
    glad delighted disgusted horrified shocked alarmed troubled annoyed irritated satisfied
    dissatisfied comfortable uncomfortable unwilling reticent hesitant passionate
    appreciative tired weary resentful jealous envious scared terrified ambivalent committed
    devoted unapologetic apologetic defiant enamored enamoured leery loyal bent shy upfront
    quick
    """.split()
)
# Nouns for someone by the side they take ("a fierce critic of Mr. Sanders", "is no fan of
# Trump", "an outspoken supporter of Roe v. Wade"): said of a person, they name that person's
# stance toward what follows "of" or "for".
SIDE_NOUNS = frozenset(
    """
    supporter critic opponent advocate proponent champion fan backer foe defender
    skeptic sceptic believer admirer detractor
    """.split()
)
# Verbs of taking a side with an object: who supports, opposes, praises or attacks whom or
# what ("most in both states supported Sanders", "ads attacking Clinton"). PolNeAR marks them
# as attributions whoever the holder is. Revision 148 added the verbs of judging out loud
# after "mock" (on training texts 1-840, 45 of 58 with an object and no quotation were
# annotated). Not "embrace" (also a hug), "welcome" (also a host's), "target", "promote"
# (also a rank) or "push": fewer than half of them with an object were annotated.
SIDE_VERBS = frozenset(
    """
    support back oppose endorse favor favour prefer criticize criticise denounce condemn
    praise blast slam question defend attack
    mock ridicule deride dismiss reject disavow repudiate hail tout laud commend applaud
    champion bash trash chide scold rebuke castigate decry assail lambaste
    """.split()
)
# Verbs of an impression nobody is named for ("Clinton seemed irritated", revision 148).
IMPRESSION_VERBS = frozenset({"seem", "appear", "sound"})
# Nominal cues that report words said (the rest report views: "opposition", "belief").
SPEECH_NOUNS = frozenset(
    """
    statement announcement claim assertion vow pledge promise warning denial allegation
    accusation admission remark comment threat plea appeal complaint testimony confession
    demand call proposal prediction report objection insistence suggestion retort reply
    response answer rebuttal
    """.split()
)

# Entity labels of places.
PLACE_LABELS = frozenset({"GPE", "LOC"})

# Nouns for someone's words, beside those of speech acts ("reply", "warning"), and what a
# person writes or says under their name: their owner is their speaker ("Trump's message
# to donors: ...", "Biden's tweet reads ...", "Biden's 2019 pledge – "..." –").
WORDS_NOUNS = SPEECH_NOUNS | frozenset(
    """
    line message words quip verdict advice question tweet post motto slogan letter email
    e-mail memo op-ed column essay speech video blog editorial
    """.split()
)
# Nouns that attribute content to their possessor: "Trump's vow to ...", "her claim that ...".
# The last two lines (revision 149) are decisions, intentions and feelings: "the DNC's
# decision to bury the party's debates", "his refusal to disavow ...". On training texts
# 1-840, 135 of the 148 quotations they brought in overlap an annotation; the last line
# (revision 150: focus, strategy, vision ...: "her focus on gun control"), 31 of 33. Not
# "bid" (3 of 6: "his bid for the nomination"), "question" (1 of 3), "campaign" (11 of
# 19), "effort" and "attempt" (29 of 52), or "message" (8 of 11, but "Clinton messages on
# Weiner's laptop" are emails).
NOMINAL_CUES = frozenset(
    """
    statement announcement claim assertion vow pledge promise warning criticism opposition
    view belief argument demand call proposal denial allegation accusation admission
    insistence suggestion remark comment threat plea appeal complaint objection position
    prediction estimate assessment conclusion finding report testimony confession
    support endorsement praise enthusiasm attack
    opinion impression feeling doubt misgiving reservation concern plan expectation attitude
    decision refusal intention intent desire willingness unwillingness determination
    commitment reluctance request recommendation advice fear hope worry skepticism
    scepticism frustration anger eagerness readiness resolve choice goal
    focus strategy vision confidence approval disapproval acceptance
    """.split()
)
# Where something was said: the head noun of an "on/in/during X" phrase beside the cue.
MEDIUM_NOUNS = frozenset(
    """
    media account post tweet video statement interview conference briefing radio television tv
    broadcast podcast op-ed oped letter email e-mail message speech address blog column
    newsletter channel website site page platform network feed thread livestream stream
    appearance show programme program hearing testimony memo release communique
    """.split()
)
MEDIUM_NAMES = frozenset(
    """
    x twitter facebook instagram telegram tiktok youtube threads bluesky truth social linkedin
    reddit whatsapp weibo wechat substack mastodon
    """.split()
)

# News organisations the small model tags as people ("Politico reported", "Salon", "Axios"):
# an outlet is an organisation, and never the "he" of the next sentence. Names that are also
# common surnames (Bloomberg, Forbes, Breitbart, Drudge) are listed too: a document that names
# the person in full ("Michael Bloomberg") keeps the bare surname a person. A name written
# with "the" here ("the hill") is an outlet only after "the": "Hill" alone is Anita Hill.
NEWS_OUTLETS = frozenset(
    " ".join(name.split())  # a name may run over a line
    for name in """
    politico; axios; salon; huffpost; huffington post; buzzfeed; buzzfeed news; reuters;
    bloomberg; forbes; breitbart; drudge; cnn; msnbc; npr; pbs; nbc; nbc news; cbs; cbs news;
    abc; abc news; fox; fox news; cnbc; mediaite; newsmax; townhall; vox; slate; newsweek;
    propublica; politifact; snopes; semafor; afp; bbc; haaretz; ynet; xinhua; tass; sputnik;
    anadolu; the hill; daily beast; daily caller; daily wire; mother jones; the nation; national
    review; the atlantic; new yorker; washington post; new york times; wall street journal; usa
    today; los angeles times; associated press; al jazeera; the guardian; the independent; the
    intercept; the federalist; washington examiner; washington times; free beacon; washington
    free beacon; epoch times; new york post; yahoo news; business insider; sky news; times of
    israel; jerusalem post; middle east eye; the cradle; press tv; al arabiya; al mayadeen; arab
    news; kyiv independent; daily mail; rolling stone; vanity fair; the verge
    """.split(";")
)

# Nouns for a person's office or role, used to recognise "the beleaguered premier".
ROLE_NOUNS = frozenset(
    """
    president premier minister chancellor king queen prince emperor pope envoy ambassador
    spokesman spokeswoman spokesperson secretary senator governor mayor leader chief commander
    general admiral director chairman chairwoman chair ceo prosecutor judge representative
    congressman congresswoman lawmaker mp official diplomat negotiator sheikh emir sultan
    ayatollah cleric attorney adviser advisor aide candidate nominee speaker lady
    alderman alderwoman councilman councilwoman councilmember assemblyman assemblywoman
    commissioner sheriff comptroller treasurer superintendent
    """.split()
)
# Words that qualify an office inside a title: "Vice President", "the Prime Minister".
TITLE_QUALIFIERS = frozenset({"first", "vice", "deputy", "prime", "acting"})
# Role words that name the same office.
ROLE_SYNONYMS = {"premier": "prime minister", "pm": "prime minister", "head": "leader"}

# Nouns for people: the object of "released", "freed", "held" is a person, never a content.
HUMAN_NOUNS = frozenset(
    """
    soldier captive hostage prisoner detainee civilian people person man woman child boy girl
    family resident worker student patient victim citizen voter refugee migrant journalist
    """.split()
)

# Other nouns for a person, by kin, trade or place in life ("his ex-wife agreed, but also
# contended that ...": she speaks). Kept apart from ``HUMAN_NOUNS``, which the cue model
# reads as a feature: adding to it would change what the shipped weights were fitted on.
PERSON_NOUNS = frozenset(
    """
    wife husband spouse widow widower mother father parent son daughter brother sister
    grandmother grandfather grandparent aunt uncle cousin niece nephew fiancee fiance
    girlfriend boyfriend partner friend neighbor neighbour colleague lawyer owner teacher
    officer nurse farmer pastor priest rabbi imam bishop author writer reporter editor
    columnist historian professor scholar student mom dad sibling relative executive
    founder manager consultant pollster lobbyist donor immigrant seeker attacker assailant
    gunman shooter suspect perpetrator assassin robber thief killer kidnapper hijacker bomber
    rioter looter intruder
    """.split()
)

# Descriptions news gives a person in place of the name ("The New York businessman has
# praised Putin, saying ..."). Only a subject a participle of saying borrows, and the owner
# of a claim a noun names ("conservatives' criticism that ..."), are read with
# these: as objects they are people judged or asked ("asked the GOP frontrunner"), which
# ``PERSON_NOUNS`` would turn from content into no content.
DESCRIPTION_NOUNS = frozenset(
    """
    businessman businesswoman mogul tycoon billionaire millionaire magnate entrepreneur
    frontrunner front-runner actor actress singer comedian anchor veteran pundit commentator
    politician conservative liberal progressive environmentalist advocate campaigner
    """.split()
)

# The heads of unnamed sources ("a person briefed on the matter", "two officials", "sources
# familiar with the talks"): people a reporter cites without naming.
UNNAMED_SOURCE_NOUNS = frozenset(
    """
    person people source official aide adviser advisor insider diplomat staffer ally
    associate confidant operative strategist someone member
    """.split()
)

# Plural or collective sources a news sentence lets speak ("Authorities announced ... and
# said ..."), besides roles (``ROLE_NOUNS``, which has "official" and "spokesperson") and
# people (``HUMAN_NOUNS``).
SPEAKING_GROUPS = frozenset(
    """
    source expert authority police investigator analyst witness critic researcher scientist
    economist activist protester supporter opponent doctor observer organizer organiser
    """.split()
)

# Bodies that speak through statements ("The departments declined to give details,
# saying ..."): a participle of saying borrows such a subject of the clause it hangs from.
SPEAKING_BODIES = frozenset(
    """
    department agency company campaign firm committee ministry government administration
    office organization organisation union party court commission council board bureau
    military embassy university group
    """.split()
)

# Nouns that, after "the" or "this", stand for the act the previous sentence told ("... he
# has approved a delegation. The decision was announced after ..."): abstract anaphora.
# Only nouns that name a decision or a statement as such; "the attack" or "the deal" may
# point anywhere in the article.
ACT_ANAPHORS = frozenset(
    """
    decision move announcement step statement remarks comments declaration order measure
    action gesture development ruling verdict offer
    """.split()
)

# Pronouns that stand for several: a group, or people named together, never one person.
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs"})

# Nouns that introduce someone as another's relative: "the president's daughter Ivanka Trump".
KIN_NOUNS = frozenset(
    "wife husband son daughter brother sister mother father widow widower niece nephew cousin "
    "grandson granddaughter grandfather grandmother son-in-law daughter-in-law stepson "
    "stepdaughter child parent".split()
)

PRONOUNS = {
    "he": "PERSON",
    "she": "PERSON",
    "him": "PERSON",
    "her": "PERSON",
    "they": None,
    "it": "ORG",
    "we": None,
    "i": None,
    "his": "PERSON",  # possessives: the owner of "his claim that ..."
    "their": None,
    "its": "ORG",
    "our": None,
    "my": None,
}

# Number words; None marks vague plurals ("dozens", "millions") that have no single value.
NUMBER_WORDS: dict[str, int | None] = {
    "zero": 0,
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
    "dozens": None,
    "hundreds": None,
    "thousands": None,
    "millions": None,
    "billions": None,
}

# Words for a share of a group, as the head of a phrase ("most of the voters", "a few of
# his colleagues"): the group is in their "of" phrase.
QUANTIFIERS = frozenset("most many some half several few both all majority".split())
