"""Less common wordings of trips, meetings and agreements (:mod:`mapapp.extract.trigger_table`).

Other word orders ("received at the palace today the President of Kazakhstan"), a time between a
verb of motion and its destination ("flies on Friday to Lima"), and synonyms a wire uses
("crossed into Colombia", "spent the day in Sydney", "a brief encounter in Doha").
"""

from __future__ import annotations

from mapapp.extract.trigger_words import (
    ADOPTED_TEXTS,
    GUESTS,
    SIGNED_NOUN,
    SIGNED_TEXTS,
    TITLES,
    TWO_SIDED_BODIES,
    TWO_SIDED_WORD,
    WEEKDAY,
    WHOM,
)

# Who travels, in a diary's line with no verb: "Chinese premier expected in Canberra"
HEADS_BEFORE = "|".join(
    rf"(?<=\b{w}\s)"
    for w in [
        *("premier", "president", "minister", "ministers", "leader", "leaders", "chancellor"),
        *("king", "queen", "emir", "sultan", "envoy", "envoys", "delegation", "secretary"),
        *("secretary-general", "pope", "taoiseach"),
    ]
)
# "is expected at the leaders' retreat", "are due at Government House": a place or a gathering
# (not "expected at noon", "due at 10 a.m.")
EXPECTED_AT = (
    r"(?=at\s+(?:the\s+)?(?:[A-Z]|(?:[\w'’-]+\s+){0,2}(?:retreat|summit|talks|conference|"
    r"forum|meeting|palace|ceremony|gathering|headquarters)\b))"
)
# "is expected tomorrow Tuesday in Mutsamudu", "are due on Friday in Geneva": a time first
EXPECTED_WHEN = (
    r"(?:(?:tomorrow|today|tonight|(?:early\s+|later\s+)?(?:next|this)\s+(?:week|month|weekend)|"
    rf"(?:on\s+)?{WEEKDAY})"
    rf"(?:\s+(?:{WEEKDAY}|morning|afternoon|"
    r"evening|night))?,?\s+)"
)
_PLACE = r"(?=(?:the\s+)?[A-Z])"
_SPELL = r"(?:the\s+|a\s+|an\s+|two\s+|three\s+|four\s+|several\s+|\w+\s+)?"
_STRETCH = r"(?:day|days|night|nights|week|weeks|weekend|morning|afternoon|evening)"
# "will leave Amman for Riyadh", "crossed into Colombia by road", "continued to Arequipa",
# "was driven to Camp David", "having spent the day in Sydney meeting investors"
# "left the Sultanate this morning for Kuwait", "departed the capital on Monday for Doha", "left
# Accra in the morning for Abidjan"
_LEFT_WHEN = (
    r"(?:(?:this|yesterday|tomorrow|in\s+the(?:\s+early|\s+late)?)\s+(?:morning|afternoon|evening)|"
    r"today|yesterday|tonight|"
    r"(?:(?:early|late)\s+)?on\s+(?:[A-Z][a-z]+|\d{1,2}\s+[A-Z][a-z]+)"
    r"(?:\s+(?:\d{1,2}|morning|afternoon|evening|night))?)\s+"
)
MOVED = (
    r"\b(?:left|leaves?|leaving|depart\w*)\s+(?:the\s+)?(?:(?:[A-Z][\w'’.-]+|capital|country|city|"
    rf"kingdom|island|region)\s+){{1,3}}(?:{_LEFT_WHEN})?for\s+(?=[A-Z])|"
    r"\b(?:crossed|crosses|crossing|(?<=to\s)cross|(?<=will\s)cross)\s+"
    r"(?:(?:the\s+)?border\s+)?into\s+(?=[A-Z])|"
    rf"\b(?:continued|continues)\s+(?:on\s+)?to\s+(?:the\s+)?{_PLACE}|"
    r"\b(?:was|were|being)\s+(?:driven|flown|taken|escorted|ferried|brought|whisked)\s+"
    rf"(?:by\s+\w+\s+)?to\s+{_PLACE}|"
    rf"\b(?:spent|spends|spending)\s+{_SPELL}{_STRETCH}\s+in\s+{_PLACE}|"
    # "will accompany a delegation of the Southern Command to Cusco"
    rf"\baccompan(?:y|ies|ied|ying)\s+(?:[\w.'’-]+\s+){{1,8}}?to\s+{_PLACE}|"
    # "travelled by train to Kyiv", "drove to Camp David", "was en route to Khartoum", "is
    # bound for Kyiv", "is touring West Africa"
    r"\b(?:travell?ed|travels?|travell?ing|went|go|goes|came|come|flew|fly|headed|heads?)\s+"
    rf"(?:by\s+(?:[\w-]+\s+){{1,2}}|overland\s+)to\s+{_PLACE}|"
    rf"\b(?:drove|driven|sailed|motored)\s+(?:back\s+|on\s+)?to\s+{_PLACE}|"
    rf"\b(?:bound\s+for|en\s+route\s+to|on\s+(?:his|her|their|its|the)\s+way\s+to)\s+{_PLACE}|"
    rf"\b(?:is|are|was|were|been)\s+touring\s+{_PLACE}|"
    # "led a trade mission to Hanoi", "will head the delegation to Lusaka", "a stopover in Doha"
    r"\b(?:led|leads|lead|leading|headed|heads|head|heading)\s+(?:a|an|the|his|her|their)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?(?:delegation|mission|team)\s+to\s+{_PLACE}|"
    rf"\bstop-?overs?\s+in\s+{_PLACE}|"
    # "will go to Mombasa on Sunday", "is to go to Kandy", "and then go to Gulu"
    r"(?:(?<=\bwill\s)|(?<=\bto\s)|(?<=\bthen\s)|(?<=\bshall\s))go\s+to\s+(?=[A-Z])|"
    # "stepped off his plane in Al-Ula", a caption's "steps off a UN helicopter in Goma", "steps
    # off his plane at Haneda airport" (not "stepped off the podium", nor "off the plane" alone)
    r"\b(?:stepped|steps|stepping)\s+(?:off|down\s+from)\s+(?:his|her|their|the|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:plane|aircraft|jet|flight|train|helicopter)\s+(?:in|at)\s+"
    rf"{_PLACE}"
)
# "at our retreat in Langkawi", "the foreign ministers' retreat in Siem Reap": a gathering away
# from the capital, named with its place ("the leaders' retreat on Wednesday" is part of a
# summit told elsewhere)
RETREAT = (
    r"\b(?:[Ll]eaders['’]?|[Mm]inisters['’]?|[Mm]inisterial|[Aa]nnual|[Ii]nformal|our|their)\s+"
    r"[Rr]etreats?\b(?=\s+in\s+[A-Z])"
)

# --- meetings ----------------------------------------------------------------------------------

# Where or when between a verb and its guest: "received at Qasr Al Watan in Abu Dhabi today the
# President of X", "welcomed in Rabat on Monday the visiting minister"
# ("received at the Kuksaroy residence the Prime Minister", "received in the building of the
# Government on Monday the delegation": a named or generic building, its words in any case)
_BUILDING_WORD = (
    r"(?:residence|palace|house|building|office|offices|headquarters|hall|ministry|chancellery|"
    r"seat|"
    r"government|presidency|secretariat|compound|official|presidential|state|royal)"
)
_SITE = (
    rf"(?:at|in)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[A-Z][\w'’.-]*|{_BUILDING_WORD})\s+"
    rf"(?:(?:[A-Z][\w'’.-]*|of|the|at|in|{_BUILDING_WORD}),?\s+){{0,6}}"
)
_WEEKDAY = WEEKDAY
_WHEN = (
    r"(?:(?:today|yesterday|this\s+(?:morning|afternoon|evening)|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|"
    rf"on\s+\d{{1,2}}\s+[A-Z][a-z]+|on\s+the\s+eve|{_WEEKDAY}(?:\s+(?:morning|afternoon|evening))?|"
    r"(?:late\s+|early\s+)?(?:this|last|on\s+\w+)\s+(?:morning|afternoon|evening|night)),?\s+)"
)
# "was granted a royal audience by the King", "were given an audience by the Pope"
AUDIENCE_BY = (
    r"\b(?:was|were|been|being)\s+(?:granted|given|accorded)\s+(?:a|an)\s+"
    r"(?:(?:royal|private|special|papal)\s+)?audiences?\b"
)
# "sat down briefly with", "sits down with", "sat down privately with"
SAT_DOWN = r"\b(?:sat|sits|sitting)\s+down\s+(?:\w+ly\s+|together\s+)?with\b"
# "since a brief encounter in Doha": two people met
ENCOUNTER = (
    r"\b(?:brief|short|first|last|rare|chance|fleeting|face-to-face|previous|tense|cordial)\s+"
    r"encounters?\b"
)
# "the next Japan-Mongolia Strategic Partnership Dialogue … will be held in Tokyo": a bilateral
# series by its name, with the verb that holds it ("to convene the next X-Y Dialogue" is told by
# its verb)
PAIR_DIALOGUE = (
    # (the Shangri-La Dialogue is a conference of many, named after its hotel)
    r"\b(?!Shangri-La\b)[A-Z][\w.]*-[A-Z][\w.]*\s+(?:[A-Z][\w-]*\s+){0,4}Dialogue\b"
    r"(?=[^.;]{0,80}?\b(?:will|would|is\s+to|was|were)\s+(?:be\s+)?(?:held|take\s+place|"
    r"took\s+place|convene|meet)\b)"
)
# "The previous binational cabinet was held in Quito", "the 4th Joint Cabinet Retreat held in
# Hanoi": a body of two countries by its name, with the verb that holds it
BODY_HELD = (
    rf"(?i)\b{TWO_SIDED_WORD}\s+(?:[\w-]+\s+){{0,3}}?"
    rf"{TWO_SIDED_BODIES}(?:\s+meeting)?\b"
    r"(?=[^.;]{0,60}?\b(?:held|convened|took\s+place|take\s+place)\b"
    # "the joint commission would be held responsible": no session
    r"(?!\s+(?:responsible|accountable|liable|hostage|captive|to\s+account)\b))"
)
# Modal words before a bare "meet" (their plans are read by the modal rule)
_NOT_NOW = "".join(
    rf"(?<!\b{w}\s)"
    for w in [
        *("to", "will", "would", "can", "could", "may", "might", "shall", "should", "must"),
        *("not", "did", "do", "does", "'ll", "and", "or", "cannot"),
    ]
)
# "NATO defence ministers meet at the alliance's headquarters", "Negotiators from A and B meet
# in Geneva", "EU foreign ministers meet on Monday", "Technical experts of both countries meet in
# Kigali": the present of a programme or a timeline, after a plural subject (:data:`SIDES_NOW`)
# ("when they meet informally in Tallinn", "meet again, this time in Gondar": how they meet may
# come between)
MEET_NOW = (
    rf"{_NOT_NOW}\bmeet\s+(?=(?:(?:informally|formally|again|privately|separately|jointly)"
    r"(?:,\s+this\s+time)?\s+)?"
    rf"(?:at|in|on\s+(?:{WEEKDAY}|\d)|"
    r"(?:next|this)\s+(?:week|month)|today|tomorrow)\b)"
)
SIDES_NOW = (
    r"\b(?i:ministers|leaders|negotiators|officials|delegations|delegates|envoys|diplomats|"
    r"presidents|premiers|sides|counterparts|representatives|chiefs|commanders|heads|"
    r"secretaries|governors|experts|teams|they)\b(?:[^.;,:]{0,80}|[^.;,:]{0,40},\s+who\s+)$|"
    r"\b[A-Z][\w'’-]+\s+and\s+(?:the\s+)?[A-Z][\w'’-]+\s+$"  # "Japan and Peru meet in Lima"
)
RECEIVED_THERE = rf"\b(?:received|receives|welcomed)\s+(?=(?:{_SITE}|{_WHEN}){{1,3}}{WHOM})"
# "called on the President of Kenya at State House to convey …" (a courtesy call where a place
# is told before "to"), "will call on the President before returning": not an appeal
# ("called on President X to end the war")
_ON_WHOM = rf"on\s+(?=(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,3}}{TITLES}|{GUESTS})"
# a place or a day told before "to …": "called on the Minister last Friday to finalise"
_TOLD_STOP = (
    rf"\s(?:(?:at|in)\s+(?:the\s+)?[A-Z]|(?:on|last|this|next)\s+(?:{WEEKDAY}|week)\b|"
    r"yesterday\b|today\b)"
)
# "to end the war", "to resign": an appeal's verb ("according to the office", "returning to
# the capital" name no appeal)
_APPEAL_TO = (
    r"(?<!\baccording\s)(?<!\breturning\s)(?<!\breturn\s)(?<!\bback\s)\bto\s+"
    r"(?!(?:the|a|an|his|her|their|its|our|this|that)\b)[a-z]+"
)
CALLED_ON = (
    rf"\b(?:called|calls)\s+{_ON_WHOM}"
    rf"(?!(?:(?!{_TOLD_STOP})[^.;]){{0,80}}?{_APPEAL_TO})|"
    # "will also call on the Speaker", "will then call on the Governor-General"
    r"(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s)|(?<=\band\s)|(?<=\bwill\salso\s)|"
    r"(?<=\bwould\salso\s)|(?<=\bwill\sthen\s)|(?<=\bto\salso\s))"
    rf"call\s+{_ON_WHOM}"
    rf"(?!(?:(?!{_TOLD_STOP})[^.;]){{0,80}}?{_APPEAL_TO})"
)

# --- agreements ---------------------------------------------------------------------------------

_TOPIC = r"(?:on|of|for|between|with|in)\s+[^.;]{1,120}?"
# "A second agreement, on cooperation in health, was also signed", "Three MoUs, on shipping and
# cyber security, were signed after the talks", "the Agreement on the Mekong River Basin, signed
# in Chiang Rai in 1995", "initialling a roadmap", "adopted a joint press statement", "leaders
# adopt the Lisbon Declaration", "wrapped up the talks with a joint resolution"
DEAL_TOLD = (
    rf"\b{SIGNED_NOUN},\s+{_TOPIC},\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:\w+\s+)?(?:signed|initial+ed|concluded|inked|adopted)\b|"
    rf"\b{SIGNED_NOUN}\s+{_TOPIC},\s+(?:which\s+was\s+)?signed\s+(?=in\b|at\b|on\b|by\b)|"
    r"\binitial+ing\s+(?:\S+\s+){0,4}?" + rf"{SIGNED_NOUN}\b|"
    r"\bpenned\s+(?:\S+\s+){0,4}?" + rf"{SIGNED_NOUN}\b|"
    # "Five MoUs were exchanged in the presence of the two prime ministers"
    rf"\b{SIGNED_NOUN}\s+(?:was|were|have\s+been|had\s+been)\s+(?:\w+\s+)?exchanged\b|"
    r"\binitial+(?:ed|ing)\s+(?:the|a)\s+(?:\w+\s+)?drafts?\b|"  # "initialled the draft"
    # "noted the signing earlier today of a memorandum", "the signing in Lima last week of"
    r"\bsigning(?=\s+(?:[\w'’-]+\s+){1,5}?of\s+(?:\S+\s+){0,4}?" + rf"{SIGNED_TEXTS}\b)|"
    r"\b(?:issued|released|adopted|adopts?|published)\s+(?:\S+\s+){0,3}?joint\s+"
    r"(?:press\s+|final\s+|political\s+)?(?:declarations?|statements?|communiqu[eé]s?|"
    r"resolutions?)\b|"
    rf"\b(?:adopts?|endorsed|endorses?)\s+(?:\S+\s+){{0,5}}?(?i:{ADOPTED_TEXTS})\b|"
    r"\b(?:ended|concluded|closed|wrapped\s+up)\b[^.;]{0,100}?\bwith\s+(?:a|an|the)\s+"
    r"(?:\w+\s+)?joint\s+(?:declarations?|statements?|communiqu[eé]s?|resolutions?)\b"
)
# "are expected to sign, in Praia, agreements on health", "participate in a signing ceremony for
# a Memorandum of Understanding", "A memorandum on gas cooperation is expected to be signed on
# Monday": announced
DEAL_AHEAD = (
    rf"\b(?:to|will|would|shall)\s+(?:\S+\s+)?sign(?=,\s+[^,;.]{{1,60}},\s+{SIGNED_TEXTS}\b)|"
    rf"\bsigning\s+ceremon(?:y|ies)\s+(?:for|of|on)\s+(?:\S+\s+){{0,4}}?{SIGNED_TEXTS}\b|"
    rf"\b{SIGNED_TEXTS}\s+{_TOPIC}\s+(?:is|are|will)\s+(?:(?:due|set|expected|scheduled)\s+to\s+|"
    r"to\s+)?be\s+(?:signed|inked|initial+ed|concluded|sealed)\b|"
    # "the leaders' communique, which is due to be adopted tomorrow"
    rf"\b{SIGNED_TEXTS},?\s+which\s+(?:is|are|will)\s+(?:(?:due|set|expected|scheduled)\s+to\s+|"
    r"to\s+)?be\s+(?:signed|adopted|inked|initial+ed|concluded)\b|"
    # "The two presidents will witness the exchange of four memoranda"
    r"\b(?:witness|witnesses|oversee|oversees)\s+the\s+(?:exchange|signing)\s+of\s+"
    rf"(?:\S+\s+){{0,4}}?(?:documents|instruments|notes|{SIGNED_TEXTS})\b"
)

# "talked with the French president in Paris", "consulted with his Saudi counterpart in Riyadh":
# with a place named, in person (with none it may be a call)
TALKED_THERE = (
    r"\b(?:talked|consulted|conferred)\s+with\s+"
    r"(?!(?:the\s+)?(?:journalists|reporters|press|media)\b)"
    r"(?=[^.;]{0,80}?\b(?:in|at)\s+(?:the\s+)?[A-Z])"
)
# "took a call from President X", "received a phone call from": a call
# ("received a courtesy call from the ambassador" is a visit in person)
CALL_FROM = (
    r"\b(?:took|received|got|returned)\s+(?:a|an|the)\s+"
    r"(?!(?:courtesy|farewell|introductory|protocol)\b)(?:\w+\s+)?calls?\s+from\b"
)
# "In a call on Tuesday, the two presidents discussed …", "during their call"
IN_A_CALL = (
    "(?:"
    + "|".join(
        rf"(?<=\b{p}\s{a}\s)"
        for p in ("In", "in", "During", "during")
        for a in ("a", "an", "their", "his", "her")
    )
    + r")(?:(?:phone|telephone|video|brief|lengthy|\w+-minute)\s+)?calls?\b(?!\s+(?:for|by|to)\b)"
)

# "has just finished a 40-minute bilateral with", "a bilateral with the Thai premier", "held a
# one-on-one in the Kremlin", "discussed trade with his counterpart on the sidelines of the summit"
BILATERAL_WITH = (
    r"\bbilateral\s+with\b|\b(?:held|had)\s+(?:a\s+)?one[\s-]on[\s-]ones?\b|"
    r"\bdiscussed\b(?=[^.;]{0,80}?\bwith\s+(?:his|her|their|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:counterparts?|president|prime\s+minister|premier|foreign\s+minister|chancellor)\b"
    r"[^.;]{0,20}?\bon\s+the\s+(?:sidelines|margins)\b)"
)
# "met at the same venue", "met at the palace": a place named by a common noun
MET_AT_SITE = (
    r"\bmet\s+(?=(?:at|in)\s+the\s+(?:same\s+)?(?:venue|palace|ministry|residence|hotel|"
    r"headquarters|building|city|capital)\b)"
)
# "The two presidents met for nearly three hours at the palace" with no day of its own: how long
# the meeting told before lasted (a reference to it; with a day, :data:`MET_FOR` tells a new one)
MET_A_WHILE = (
    r"\bmet\s+(?=(?:privately\s+|alone\s+|again\s+)?for\s+(?:about\s+|more\s+than\s+|nearly\s+|"
    r"over\s+|almost\s+|some\s+|roughly\s+|just\s+|close\s+to\s+|well\s+over\s+)?"
    r"(?:[\w-]+\s+){1,3}?(?:hours?|minutes)\b)"
)
# "will also meet the Secretary-General", "would then meet": a modal and an adverb before "meet"
MODAL_THEN_MEET = (
    r"(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bto\s)|(?<=\bshall\s))"
    r"(?:also|then|later|first|briefly|separately|jointly|subsequently)\s+meet\b"
    r"(?=\s+(?:with\b|(?:the|his|her|their)\s|[A-Z]))"
)
# "The leaders had last spoken in July 2020": an earlier call
LAST_SPOKEN = r"\b(?:had|have|has)\s+last\s+(?:spoken|talked)\b"

# "Earlier this week the premier was in Helsinki, where he met …": a stay told with what was done
# there, in the past or the future ("The Secretary-General is in Addis Ababa, where he attended
# the summit": the present tells where the news is, the gathering is the event)
STAY_WHERE = (
    r"(?:(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bbe\s))in"
    r"(?=\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?(?:\s+capital)?,?\s+where\b)"
)

# "returned from Paris on Monday, where he signed a pact", "is back from Nairobi, where she met
# …": a return home is no visit, but the stay abroad it tells is one
RETURNED_FROM = (
    # "returned to Kabul on Wednesday morning from New Delhi, where …": the home named first
    r"\b(?:returned|returning|returns|back)\s+(?:home\s+|to\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?\s+)?"
    r"(?:(?:on\s+)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?\s+|"
    r"yesterday\s+|today\s+)?from(?=\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+yesterday|\s+today)?,?\s+where\b)"
)

# Who moves: a clause that begins with a thing ("The cargo crossed into Poland", "Oil prices were
# bound for Asia", "The ball was taken to Wembley") tells no trip; a name, a pronoun or a person
# noun may travel (:data:`mapapp.extract.trigger_words.PERSON_NOUNS`)
THING_FIRST = r"^\W*(?:[A-Z][a-z]*\s+)?(?:[a-z][\w'’-]*\s+)+$"

# Gatherings known by their name alone, world-wide: "attended the G20 in Rio", "will attend COP29
# in Baku", "Canada last hosted the G7 in La Malbaie" (not "the G7 countries", "G20 members")
NAMED_GATHERING = (
    "(?:"
    + "|".join(
        rf"(?<=\b{v}\s{the})"
        for v in ("attend", "attends", "attended", "attending", "host", "hosts", "hosted", "at")
        for the in ("", "the\\s")
    )
    + r")(?:G-?7|G-?8|G-?20|COP\s?\d{1,2}|APEC|CHOGM|UNGA)\b"
    r"(?=\s+(?:in|on|at|last|this|next)\b|\s*[,.;]|\s*$)"
)

# "will attend the inauguration in Montevideo", "attended the funeral of the emperor in Tokyo": a
# ceremony of state abroad is no diplomatic meeting, but going to it is a visit
_CEREMONY = (
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:inauguration|swearing-in|funeral|coronation|"
    r"investiture|enthronement|state\s+funeral|memorial\s+service)\b"
)
ATTEND_CEREMONY_PAST = rf"\battended\s+{_CEREMONY}"
ATTEND_CEREMONY_AHEAD = (
    r"(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s)|(?<=\band\s)|(?<=\bshall\s)|(?<=\balso\s))"
    rf"attend\s+{_CEREMONY}|\battends\s+{_CEREMONY}"
)

# "an African tour that continues in Mozambique on Sunday", "The visit continues in Ho Chi Minh
# City on Wednesday": the next stop of a trip, told in the present of its programme
TRIP_GOES_ON = (
    # "goes on to Tashkent on Friday": the next leg, in the present of a programme
    r"\bgoes\s+on\s+to\s+(?=(?:the\s+)?[A-Z])|"
    r"(?:(?<=\b(?:tour|trip)\s)(?:that|which)\s+|(?<=\bvisit\s)|(?<=\b(?:tour|trip)\s))"
    rf"continues\s+(?:in|to|on\s+to)\s+{_PLACE}"
)

# A trip told by its stops: "a tour that will take her to Lima, Quito and Bogotá", "with stops in
# Astana and Bishkek", "The final stop was Suva" ("a week of talks, which took him to Rabat and
# Algiers" sums up stops told one by one; "after a stop in Fukuoka" is a transit)
TOUR_STOPS = (
    r"(?:(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bto\s)|(?<=\balso\s)|(?<=\bhas\s)|(?<=\bhave\s))"
    r"(?:take|taken)\s+(?:him|her|them|the\s+\w+)\s+"
    r"(?:on\s+)?to\s+(?=(?:the\s+)?[A-Z])|"
    r"\b(?:with|includes?|included|including|make|makes|made)\s+(?:\w+\s+)?stops\s+in\s+"
    r"(?=(?:the\s+)?[A-Z])|"
    r"\b(?:first|next|second|third|last|final|only)\s+(?:stop|leg|destination)\s+was\s+"
    r"(?=(?:the\s+)?[A-Z])"
)
# "shuttled between Doha and Cairo", "reached Kabul on Tuesday": trips to the places named
SHUTTLED = (
    r"\bshuttl(?:ed|es|ing|e)\s+between\s+(?=(?:the\s+)?[A-Z])|"
    r"\breached\s+(?=(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?\s+(?:on|late|early|yesterday|"
    r"last|this|in\s+the)\b)"
)
# "a tour of Southeast Asia that began in Jakarta on Sunday", "a tour of the Gulf, starting in
# Riyadh on Monday": the first (or last) stop of a trip told by its region
_TOUR_OF = (
    r"\b(?:tour|trip|journey|swing)\s+(?:(?:of|to|through|around)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:states\s+|countries\s+|nations\s+|region\s+)?)?,?\s*"
)
TOUR_BEGAN_IN = (
    rf"{_TOUR_OF}(?:that|which)\s+(?:has\s+)?(?:began|begun|started|ended)\s+in\s+"
    r"(?=(?:the\s+)?[A-Z])"
)
TOUR_BEGINS_IN = (
    rf"{_TOUR_OF}(?:(?:that|which)\s+(?:will\s+)?(?:begins?|starts?|ends?)|starting|beginning|"
    r"ending)\s+in\s+(?=(?:the\s+)?[A-Z])"
)
# "The final stop will be Suva on Sunday": a stop ahead
TOUR_STOP_AHEAD = (
    r"\b(?:first|next|second|third|last|final|only)\s+(?:stop|leg|destination)\s+"
    r"(?:will\s+be|would\s+be|is\s+to\s+be)\s+(?=(?:the\s+)?[A-Z])"
)
# "The tour takes him to Cairo on Monday", "The first stop is Nairobi on Friday": a programme
TOUR_STOPS_NOW = (
    r"\btakes\s+(?:him|her|them|the\s+\w+)\s+(?:on\s+)?to\s+(?=(?:the\s+)?[A-Z])|"
    r"\b(?:first|next|second|third|last|final|only)\s+(?:stop|leg|destination)\s+is\s+"
    r"(?=(?:the\s+)?[A-Z])"
)

# --- receptions on arrival ---------------------------------------------------------------------

# A welcome at the airport (or on the tarmac) by a named official is receiving the guest: "was
# received at the airport by Mauritania's foreign minister", "was met at the airport by the
# Deputy Prime Minister", "was greeted on the tarmac by the crown prince", "The president greeted
# his guest at the airport". Unnamed officials, protocol staff or crowds are the arrival's
# ceremony only.
_ARRIVAL_SITE = (
    r"(?:at\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}(?:[Ii]nternational\s+)?[Aa]irport|"
    # "at the foot of the steps of his plane", "at the foot of the steps", "at the gangway"
    r"on\s+the\s+tarmac|at\s+the\s+foot\s+of\s+the\s+(?:steps|gangway)\b|"
    r"at\s+the\s+(?:steps|gangway)\s+of\s+(?:his|her|the)\s+plane|"
    # "was greeted on arrival in Muscat by", "was welcomed upon his arrival by"
    r"(?:up)?on\s+(?:(?:his|her|their)\s+)?arrival(?:\s+(?:in|at)\s+(?:[A-Z][\w'’.-]*\s+){1,3})?)"
)
_LEADER = (
    r"(?!(?:[\w'’.-]+\s+){0,4}?(?:officials|protocol|crowds?|well-wishers|dancers)\b)"
    r"(?:(?:his|her|their|the|a)\s+)?(?:(?:[A-Z][\w'’.-]*|host|senior|first|deputy|vice)(?:['’]s?)?\s+){0,4}"
    r"(?i:(?:[\w-]+\s+)?ministers?|president|vice-president|premier|king|queen|emir|sultan|"
    r"crown\s+prince|chancellor|counterparts?|head\s+of\s+state|governor(?:-general)?|mayor|"
    r"speaker|under-?secretary|secretary(?:-general)?|special\s+representative|ambassador|envoy)\b"
)
# (a caption tells it in the present: "is welcomed by the Vice-President on arrival at …",
# "The president greets Mali's president on his arrival at Dakar airport")
_WELCOMED = r"(?:received|welcomed|greeted|embraced|receives|welcomes|greets|embraces)"
AIRPORT_WELCOME = (
    # "was met at the foot of the steps by Kazakhstan's prime minister" (a welcome "met at the
    # airport by" is read with the arrival, :mod:`mapapp.extract.welcome_halves`)
    r"\b(?:was|were)\s+met\s+(?=(?:on\s+\w+\s+)?at\s+the\s+foot\s+of\s+the\s+(?:steps|gangway)\b"
    rf"[^.;]{{0,60}}?\bby\s+{_LEADER})|"
    rf"\b(?:was|were|is|are)\s+(?:warmly\s+|personally\s+)?{_WELCOMED}\s+"
    rf"(?=(?:(?:on|late|early|this)\s+\w+\s+)?{_ARRIVAL_SITE}\s+(?:[\w,'’-]+\s+){{0,4}}?by\s+{_LEADER}|"
    rf"by\s+{_LEADER}\s+(?:[\w'’-]+\s+){{0,3}}?{_ARRIVAL_SITE})|"
    rf"\b{_WELCOMED}\s+(?=(?:his|her|their|the)\s+(?:guests?|visitors?|"
    rf"counterparts?)\s+(?:on\s+\w+\s+)?{_ARRIVAL_SITE})|"
    # "Japan's foreign minister greeted him on the tarmac" (the guest told the sentence before;
    # not "Cheering crowds welcomed him at the airport")
    r"(?<!crowds\s)(?<!crowd\s)(?<!supporters\s)(?<!well-wishers\s)(?<!officials\s)"
    rf"\b{_WELCOMED}\s+(?=(?:him|her|them)\s+(?:on\s+\w+\s+)?{_ARRIVAL_SITE})|"
    # "The crown prince greeted the Qatari emir on the tarmac"
    rf"\b{_WELCOMED}\s+(?=(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{1,3}}"
    rf"(?:[a-z]+\s+){{0,2}}{_ARRIVAL_SITE})"
)
