"""Word lists and patterns the event triggers are built from (:mod:`mapapp.extract.triggers`).

Who takes part ("officials", "the visiting Prime Minister", "both delegations"), what a trip's
ends and a series' rounds look like, and which modal verbs announce a meeting.
"""

from __future__ import annotations

import re

from mapapp.extract.calendar_words import WEEKDAY as WEEKDAY  # many modules read it from here
from mapapp.extract.stay_tails import STAY_TAILS

# An agency's own state by its form alone ("a working visit to the Kingdom", "arrived in the
# Sultanate"): the dateline's country
OWN_STATE = r"the\s+(?:Kingdom|Sultanate|Emirate|Principality|Grand\s+Duchy)\b(?!\s+of\b)"

PERSON_NOUNS = (
    r"officials?|representatives?|leaders?|ministers?|counterparts?|envoys?|"
    r"delegations?|presidents?|diplomats?|members?|ambassadors?|figures?|"
    r"politicians?|commanders?|chiefs?|heads?|king|prime|foreign|defen[cs]e|acting|"
    r"rulers?|emirs?|sultans?|crown|monarchs?|premiers?|governors?|mayors?|clerics?|speakers?|"
    r"spokes\w+|negotiators?|elders?|activists?|lawmakers?|senators?|counsel\w*|"
    r"secretar(?:y|ies)(?:-generals?)?|chair(?:man|men|woman|women|person|persons)?s?|"
    r"commissioners?|princes?"
)
MODAL_MEET = "|".join(
    rf"(?<=\b{w}\s)"
    for w in ("to", "will", "would", "shall", "could", "might", "may", "must", "should", "'ll")
)
MEET_NOT = (
    r"\s+(?:(?:the|its|their|his|her|our|these|those|a|an|all|any|such)\s+)?(?:\w+\s+)?"
    r"(?:demands?|needs?|targets?|deadlines?|requirements?|expectations?|obligations?|criteria|"
    r"standards?|goals?|costs?|conditions?|challenges?|commitments?|payments?)\b|\s+halfway\b"
)
BRIEF_WHOM = (
    r"\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|senior|top|foreign|defen[cs]e|government|local|army|"
    r"military|opposition|rebel|tribal|party)\s+){0,3}"
    r"(?:officials|counterparts|ministers|leaders|envoys|diplomats|ambassadors|presidents|"
    r"negotiators|mediators|delegations|commanders|representatives|elders|authorities)\b"
)
TRUCE = r"truces?|ceasefires?|cease-fires?|armistices?"
TRIP_ENDS = (
    r"\b(?:began|begun|begins|beginning|started|starts|starting|opened|opening|ended|ends|"
    r"ending|wrapped\s+up|wrapping\s+up|concluded|concluding|finished|finishing|closed|closing)\s+(?:the|his|her|their|its|a)\s+(?:[\w-]+\s+){0,2}(?:trip|tour|visit|"
    r"journey)\s+(?:of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+)?(?:in|at)\b"
)  # "began a four-nation tour of Latin America in Brasilia"
SERIES_WORDS = re.findall(
    r"\w+", "first second third fourth next another further final previous last"
)
# "the seventh round", "the 12th round": any ordinal, in words or figures
ORDINALS = re.findall(r"\w+", "fifth sixth seventh eighth ninth tenth eleventh twelfth latest new")
SERIES_ROUND = "|".join(
    [rf"(?<=\b{w}\s)" for w in [*SERIES_WORDS, *ORDINALS, "earlier", "subsequent", "fresh"]]
    + [r"(?<=\bfollow-up\s)", r"(?<=\bfollow-on\s)"]  # "a follow-up round is planned in Oslo"
    + [rf"(?<=\d{e}\s)" for e in ("st", "nd", "rd", "th")]
)
# "a courtesy call on the minister", "received the Ambassador of Japan": calls in person
IN_PERSON_CALL = r"(?:courtesy|farewell|introductory|protocol)\s+calls?\b"
TITLES = (
    r"(?:[Aa]mbassadors?|[Mm]inisters?|(?:[Vv]ice-)?[Pp]residents?|Prime|[Ee]nvoys?|[Dd]elegations?|"
    r"[Cc]ounterparts?|Secretary|King|Queen|Crown|Chancellor|Emir|Sultan|[Cc]rown\s+[Pp]rince|"
    r"[Cc]hair(?:man|woman|person)|Prince|Pope|Directors?-General|Governors?(?:-General)?|"
    r"Speaker)\b"
)
# "His Majesty the Sultan", "Her Excellency the President": a form of address before a title
HONORIFIC = (
    r"(?:His|Her|Their)\s+(?:Royal\s+|Serene\s+)?(?:Majesty|Majesties|Highness|Excellency|"
    r"Excellencies|Holiness|Beatitude)\s+(?:the\s+)?"
)
# "the Jordanian prime minister", "the visiting Omani foreign minister": an office's own words
_OFFICE_WORDS = (
    r"(?:(?:prime|foreign|defen[cs]e|finance|trade|interior|deputy|vice|new|outgoing)\s+){0,2}"
)
WHOM = (
    rf"(?:{HONORIFIC})?(?:his\s+|her\s+|their\s+|the\s+|a\s+)?(?:visiting\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}"
    rf"{_OFFICE_WORDS}{TITLES}"
)
# "received both delegations", "received in Ulaanbaatar a delegation of", "received Poland's prime
# minister": guests named by a title or a group noun, with no "from"/"for" in between ("received
# a letter from the president" is no meeting)
GUESTS = (
    r"(?:in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?(?:(?:the|a|an|both|two|all|his|her|their)\s+)?"
    r"(?:(?!(?:from|by|for|with|on|about|to|of)\b)[\w.'’-]+,?\s+){0,4}?"
    r"(?i:delegations?|heads\s+of|prime\s+ministers?|ministers?|(?:vice-)?presidents?|ambassadors?|"
    r"sultans?|"
    r"envoys?|counterparts?|leaders?|officials|chancellors?|premiers?|kings?|queens?|emirs?|"
    r"secretar(?:y|ies)(?:-generals?)?|crown\s+princes?|chair(?:man|woman|person)s?|"
    r"commissioners?|facilitators?|mediators?|"
    # "received the EU Special Representative", "received the UN High Representative": an
    # envoy's title (a plain "representatives of the business community" is no guest)
    r"(?:special|high|personal|permanent)\s+representatives?(?!['’]))\b"
)
_EVENT_WORDS = (  # "hosted talks between the leaders": the talks are the event, not guests
    r"(?:\S+\s+){0,3}?(?:talks|meetings?|summits?|conferences?|dinners?|lunch\w*|receptions?|"
    r"banquets?|breakfasts?|events?|sessions?|forums?|gatherings?)\b"
)
# "hosted Ukrainian President Volodymyr Zelensky", "will host the visiting prime minister",
# "will host the bloc's foreign ministers": guests named by a title or a group noun
HOSTED = (
    r"\b(?:hosted|hosts|hosting|(?<=to\s)host|(?<=will\s)host)\s+"
    rf"(?={WHOM}|(?!{_EVENT_WORDS}){GUESTS}(?!['’]))"
)
# Texts adopted or endorsed ("adopted the Lima Declaration", "endorsed a joint action plan",
# "adopted a plan of action"); a resolution, an agenda or a budget is none
ADOPTED_TEXTS = (
    r"declarations?|charters?|conventions?|treat(?:y|ies)|accords?|protocols?|road\s?maps?|"
    r"(?:action|work)\s+plans?|plans?\s+of\s+action|communiqu[eé]s?"
)
# Texts that are signed or adopted (any case: "the Ottawa Declaration", "an Arrangement on")
SIGNED_TEXTS = (
    r"(?:(?i:agreements?|deals?|accords?|treat(?:y|ies)|memorand\w+|pacts?|declarations?|"
    r"protocols?|arrangements?|charters?|partnerships?|(?:joint\s+)?statements?|frameworks?|"
    r"(?:cooperation\s+)?documents|exchanges?\s+of\s+notes|texts?|instruments?|conventions?|"
    r"letters?\s+of\s+intent|communiqu[eé]s?|road\s?maps?|"
    r"(?:supplementary|additional|constitutive|final|founding)\s+acts?|"
    # "signed a plan for vocational centres", "an action plan on fisheries"
    r"(?:(?:action|work|joint)\s+)?plans?(?=\s+(?:for|of|on)\b))|\bMo[Uu]s?\b)"
)
# "was received at the palace by the president", "were welcomed by Prime Minister X": a guest
# received by a person named by a title ("the plan was welcomed by France" is no meeting)
RECEIVED_BY = (
    r"\b(?:was|were|being|been|be)\s+(?:(?:warmly|also|later|then|subsequently|afterwards|"
    r"first|formally|officially|cordially|personally|separately)\s+)?"
    r"(?:received|welcomed|hosted|greeted|embraced)\s+"
    # "was received at the airport by": a welcome on arrival, part of the visit
    r"(?!(?:[\w,.'’-]+\s+){0,3}?at\s+the\s+(?:\w+\s+)?airport\b)"
    r"(?=(?:[\w,.'’-]+\s+){0,9}?by\s+(?!(?:the\s+)?(?:plan|proposal|idea|news|move)\b)"
    rf"(?:{WHOM}|{GUESTS}|(?:the\s+)?(?:head\s+of\s+(?:state|government)|[Hh]ost)\b))"
)
# "the minister is received by the King at the palace": the present of a chronology's entry or a
# photo caption (history there, a schedule with a day, else a habit: mapapp.extract.status)
RECEIVED_NOW = RECEIVED_BY.replace(r"(?:was|were|being|been|be)", r"(?:is|are)", 1)
RECEIVED = (
    rf"\b(?:received|receives|(?<=\bwill\s)receive|(?<=\bto\s)receive)\s+"
    rf"(?={WHOM}|{GUESTS}|(?:the\s+)?(?:letters\s+of\s+)?credentials\b)|"
    # "welcomes the delegation at the airport": a caption's or a chronology's present
    rf"\b(?:welcomed|welcomes)\s+(?={WHOM}(?!['’])|{GUESTS}(?!['’]))"
)
SIGNED_NOUN = rf"(?:{SIGNED_TEXTS}|{TRUCE})"
# "signed a protocol", "concluded a truce", "The treaty was signed here", "adopted the Lisbon
# Declaration", "witnessed the signing of an arrangement": an agreement made
SIGNED = (
    r"(?:\b(?:signed|inked|concluded|reached|initial+ed|sealed|struck|clinched|finali[sz]ed)|"
    r"(?<=,\s)signing)\s+(?:\S+\s+){0,5}?"
    rf"(?:{SIGNED_NOUN}|(?i:conventions?))\b|"
    rf"\b{SIGNED_NOUN}\s+"
    r"(?:(?:was|were|has been|had been)\s+(?:\w+\s+)?(?:signed|agreed|initial+ed|concluded|"
    r"inked|reached)|(?:signed|concluded|inked)\s+(?=in\b|at\b|on\b))\b|"
    # "the memorandum on energy cooperation signed earlier today in Accra": a participle after
    # the text and its topic
    rf"\b{SIGNED_NOUN}\s+(?:on|of|for)\s+(?:[\w-]+\s+){{1,5}}?(?:signed|concluded|inked)\s+"
    r"(?=(?:earlier\s+|late\s+)?(?:today|yesterday|this|in|at|on)\b)|"
    # "A memorandum on geothermal research was signed by the two ministers"
    rf"\b{SIGNED_NOUN}\s+(?:on|of|for)\s+(?:[\w-]+\s+){{1,6}}?(?:was|were)\s+signed\b|"
    # "The treaty, signed in Lisbon in 2007, entered into force": a participle after a comma
    rf"\b{SIGNED_NOUN},\s+(?:which\s+was\s+|first\s+)?signed\s+(?=in\b|at\b|on\b|by\b)|"
    rf"\badopted\s+(?:\S+\s+){{0,5}}?(?i:{ADOPTED_TEXTS}|principles|guidelines)\b|"
    # "witnessed the exchange of five cooperation documents"
    r"\b(?:witnessed|attended|oversaw)\s+the\s+exchange\s+of\s+(?:\S+\s+){0,3}?"
    rf"(?:documents|instruments|notes|agreements|memoranda|{SIGNED_TEXTS})\b|"
    # "An exchange of letters on the new hospital was also completed": a text made
    r"\b(?:exchanges?)\s+of\s+(?:letters|notes)\b(?=[^.;]{0,100}?\b(?:was|were)\s+"
    r"(?:also\s+|formally\s+)?(?:completed|concluded|effected|finali[sz]ed|signed)\b)|"
    # "Notes on the grant were exchanged in Funafuti", "instruments of ratification were
    # exchanged": the passive of "exchanged notes" (notes on a topic; "protest notes" are none)
    r"(?:(?<![Pp]rotest\s)(?<![Dd]iplomatic\s)\b[Nn]otes\s+(?:on|of|for)\s+(?:[\w-]+\s+){1,8}?|"
    r"\b[Ii]nstruments\s+of\s+ratification\s+(?:(?:on|of|for)\s+(?:[\w-]+\s+){1,8}?)?)"
    r"(?:were|have\s+been|had\s+been)\s+(?:also\s+|formally\s+)?exchanged\b|"
    r"\b(?:witnessed|attended|oversaw|presided\s+over)\s+(?:the\s+)?signing\s+of\s+"
    rf"(?:\S+\s+){{0,4}}?{SIGNED_TEXTS}\b|"
    # "issued a joint declaration", "in a joint statement released after the talks", "a final
    # communiqué, adopted by all members", "ended with the signature of a convention": a text
    # the sides put out together (a communiqué merely quoted, "the communiqué said", is none)
    r"\b(?:issued|released|adopted|published)\s+(?:\S+\s+){0,3}?joint\s+"
    r"(?:declarations?|statements?|communiqu[eé]s?)\b|"
    r"\bjoint\s+(?:declarations?|statements?|communiqu[eé]s?)\s+(?:was\s+|were\s+)?"
    r"(?:issued|released|adopted)\b|"
    r"\bcommuniqu[eé]s?,?\s+(?:which\s+was\s+)?adopted\s+by\b|"
    rf"\bsignature\s+of\s+(?:\S+\s+){{0,4}}?{SIGNED_NOUN}\b"
)
# "are expected to sign agreements", "is due to sign a deal", "the signing of a treaty"
TO_SIGN = (
    rf"\b(?:to|will|would|shall)\s+(?:\S+\s+)?sign\s+(?:\S+\s+){{0,4}}?{SIGNED_TEXTS}\b|"
    rf"\bsigning\s+of\s+(?:\S+\s+){{0,4}}?{SIGNED_TEXTS}\b"
)
# "The 30th OSCE Ministerial Council will take place in Skopje": a body's session
BODY_SESSION = (
    # ("The Foreign Affairs Council has begun", "The Council will next hold its quarterly
    # debate"; a country's own council is no gathering of states)
    r"(?<!National\s)(?<!State\s)(?<!Federal\s)(?<!Supreme\s)(?<!Privy\s)"
    r"\b(?!(?:[A-Z][\w.'’-]*\s+){0,3}(?:National|State|Federal|City|Municipal|Privy|"
    r"Constitutional|Supreme|Legislative|Executive|Revolutionary|Military|Transitional|"
    r"Sovereign|Presidential|Regional|Provincial|County|Town|Grand|Governing)\s)"
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:Council|Assembly)\b(?=\s+(?:session\s+)?"
    r"(?:(?:will|would|is\s+(?:due|set|scheduled|expected)\s+to)\s+)?"
    r"(?:take\s+place|be\s+held|took\s+place|was\s+held|opens|opened|has\s+(?:begun|opened)|"
    r"began|begins|(?:next\s+)?hold\s+its\s+(?:\w+\s+){0,2}(?:debate|session|meeting))\b)"
)
# "the conference centre", "the Forum's secretary-general", "the Forum secretariat": a building
# or the body, not a gathering
NOT_A_GATHERING = (
    r"(?!\s+(?:centre|center|hall|room|facilit(?:y|ies)|venue|table)s?\b)"
    r"(?!['’]s\b|\s+(?:secretariat|secretary|headquarters|members?|leaders|chair\w*|"
    r"officials|staff|spokes\w+|website|ministers)\b)"
)
# A "call" by verb alone ("spoke today with", "spoke to the President") when the headline of the
# article or of its section speaks of a call.
CALL_BY_HEADLINE = (
    r"\b(?:spoke|spoken|talked)\s+(?:\S+\s+){0,2}?(?:with|to)\b"
    r"(?!\s+(?:the\s+)?(?:journalists|reporters|press|media)\b)"
)
HEADLINE_CALL = r"(?i)\b(?:call|phone|telephone)\b"
# "travelled on Wednesday to Berlin", "arrived late on Monday in Sanaa": a time before the place
WHEN_BETWEEN = (
    r"(?:(?:(?:early|late)\s+)?(?:on\s+|last\s+|this\s+|next\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|morning|afternoon|evening|night|week)\b|"
    # "on 21 and 22 May", "on May 21-22", "on 12/05/2003": two days of one month, or a day
    # written in figures, before the place of a trip's further leg
    r"\d{1,2}(?:\s*(?:-|–|and|&)\s*\d{1,2})?\s+[A-Z][a-z]+\.?|"
    r"[A-Z][a-z]+\.?\s+\d{1,2}(?:\s*(?:-|–|and|&)\s*\d{1,2})?\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)|"
    r"yesterday|overnight|today|tomorrow|tonight|"
    # "will travel on the same day to Alexandria", "flew the next morning to Apia"
    r"(?:on\s+|later\s+)?(?:the|that)\s+(?:same|next|following)\s+(?:day|morning|afternoon|"
    r"evening|night)|later\s+(?:that|the\s+same)\s+day)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+"
)
# after "was in": a place and then its time, or the purpose of a stay
STAY = (
    # "is currently in Seoul": a stay under way
    r"(?:(?<=\bis\scurrently\s)|(?<=\bare\scurrently\s))in(?=\s+(?:the\s+)?[A-Z])|"
    r"(?:(?<=\bwas\s)|(?<=\bis\s)|(?<=\bwere\s)|(?<=\bare\s)|(?<=\bbe\s))in"
    r"(?=\s+(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?(?:\s+capital)?"
    r"(?:,\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)?(?=,))?,?\s+"  # "in Nouakchott, Mauritania,"
    r"(?:on\s+(?:[A-Z]|\d|the\s+\d)|from\s+(?:[A-Z]|\d)|over\s+the\s+weekend|(?:last|this|next)\s+weekend|"
    # "is in Indonesia on a three-day state visit", "were in Rabat on an official visit"
    r"on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?visit\b|"
    r"(?:last|next|this|early\s+next|later\s+this|early\s+this)\s+(?:week|month)|earlier\s+this|"
    # "is in Tunis for talks", "was in Lomé for a brief working visit"
    r"for\s+(?:talks|consultations|meetings|(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:visit|trip|stay|stopover))\b|"
    # "is in Putrajaya today for the annual Leaders' Retreat": a stay for a gathering
    r"(?:today\s+|tomorrow\s+)?for\s+(?:the|a|an)\s+(?:[\w'’.-]+\s+){0,5}?(?i:retreat|summit|"
    r"conference|forum|dialogue|talks|session)\b|"
    # "was in Tehran yesterday", "is in Jakarta until Thursday" ("is in Fiji today" leads a
    # report whose next sentence names the city reached)
    r"yesterday\b|"
    # "was in Shanghai to see the vice-minister", "were in Lusaka in early May"
    rf"{STAY_TAILS}|"
    r"(?:until|till|through)\s+[A-Z]))"
)
# "Talks are due in Doha", "A ruling is expected in March": a thing, not a traveller, is due
_THINGS = (
    r"talks|meeting|summit|conference|session|negotiations|round|visit|decision|vote|ruling|"
    r"result|report|delivery|deliveries|shipment|rain|snow|storm|typhoon|cyclone|hurricane|"
    r"temperature|heat|weather|price|rate|inflation|growth|figure|data|sales|demand|supplies|"
    r"crowd|protest|turnout|verdict|election"
)
# ("The chief negotiator for the compact talks is due in Majuro": "talks is" does not agree,
# the negotiator is the subject)
THING_DUE = re.compile(
    rf"(?i)\b(?:(?:{_THINGS})s?\s+(?:are|were)|(?!talks|negotiations|sales|supplies|deliveries)"
    rf"(?:{_THINGS})\s+(?:is|was))\s+$"
)
# who can be somewhere: a name, a pronoun or a person noun ("The problem was in Lima": no one)
STAY_SUBJECT = re.compile(
    rf"(?:\b(?:he|she|they|we|[Ii])|(?<=,\s)who|(?<!\S)(?!(?:It|This|That|There|The|What)\s)"
    r"[A-Z][\w.'’-]+|"
    rf"\b(?:{PERSON_NOUNS}|mission|team|party|troupe|crew|minister)"
    r"(?:\s+(?:for|of)\s+[\w'’ -]{3,30}?)?),?"
    r"\s+(?:(?:also|still|now|currently|already)\s+)?"
    r"(?:is|are|was|were|(?:will|would|is\s+to|are\s+to|expected\s+to)\s+"
    r"(?:(?:also|then|next|later|subsequently)\s+)?be)\s+"
    r"(?:currently\s+)?$"
)
# "will address a joint session of the National Congress": the audience of a speech
AUDIENCE_BEFORE = re.compile(
    r"(?i)\baddress(?:ed|es|ing)?\s+(?:a|an|the)\s+(?:(?:joint|plenary|special|full)\s+)?"
    r"(?:sessions?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2})?$"
)
# "met with visiting Pakistani Prime Minister X": a guest, told by the meeting
GUEST_AFTER = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){0,3}(?i:prime|president|premier|minister|foreign|king|queen|emir|"
    r"chancellor|secretary|vice|crown|sultan|speaker|deputy|defen[cs]e|ambassador|envoy|"
    r"delegation|head)\b"
)
# "The treaty was signed here": a text already told ("A treaty was signed" is a new one, and
# "The truce was first agreed" an earlier event)
THE_BEFORE = r"(?i)\b(?:the|this|that)\s+$"
TEXT_TOLD = rf"{SIGNED_NOUN}\s(?!.*\b(?:first|originally|initially)\b)"
# "met for about four and a half hours at the palace on Tuesday": a meeting whose length is told
# with its day (with no day, "The two leaders met for two hours at the ministry" mostly restates
# a meeting told)
MET_FOR = (
    r"for\s+(?:about\s+|more\s+than\s+|nearly\s+|over\s+|almost\s+|some\s+|roughly\s+)?"
    r"(?:[\w-]+\s+){1,4}?hours?\s+(?:at|in|on)\s(?=[^.;]{0,60}?\b(?:on\s+(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d+)|yesterday|"
    r"today|last\s+(?:week|month)|earlier\s+this\s+(?:week|month))\b)"
)
# "met on the sidelines of the summit", "met privately": how people met, with no partner or
# place named right after the verb ("met for three hours" with no place or day mostly restates
# a meeting told)
MET_HOW = (
    rf"(?:{MET_FOR}|at\s+(?:the\s+)?(?:level\s+of|(?:leaders|ministers)['’]?\s+level|"
    r"ministerial\s+level|"
    r"summit\s+level)|on\s+the\s+(?:sidelines|margins)|briefly|privately|separately|behind\s+closed\s+doors|"
    r"face\s+to\s+face|in\s+person|one[\s-]on[\s-]one|"
    r"for\s+the\s+(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\s+time)\b"
)
# "The two-day talks", not "the minister held talks" (a verb between: the noun is new)
DEFINITE_BEFORE = re.compile(
    r"(?i)\b(?:the|that|this|these|those)\s+"
    r"(?:(?!(?:held|had|hold|holds|holding|will|would|shall|could|may|might|must|to|is|are|"
    r"was|were|also|and|then|pay|pays|paid|make|makes|made)\s)[\w’'-]+\s+){0,2}$|"
    # "At Friday's meeting", "yesterday's talks": the day's event, told before
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)['’]s\s+"
    r"(?:[\w’'-]+\s+)?$|"
    # "After their talks, the two leaders signed …": the talks already told set the time
    r"^\W*(?:after|before|following|during|ahead\s+of|prior\s+to)\s+(?:their|his|her|its)\s+"
    r"(?:[\w’'-]+\s+)?$"
)
# Nouns that refer back to one event; "the event" is too vague to resolve.
REFERRING = re.compile(
    r"(?i)(?:talks|meeting|negotiations|consultations|sessions?|conference|summit|gathering|"
    r"visit|trip|call|phone\s+call|ministerial)$"
)
# "granted an audience to the minister", "was received in audience by the Pope": a meeting
AUDIENCE = (
    r"\b(?:granted|gave|giving|grants|held|had)\s+(?:a\s+|an\s+)?(?:private\s+)?audiences?\s+"
    # "granted an audience on Monday to", "gave an audience yesterday to"
    r"(?:(?:on\s+\w+(?:\s+\d{1,2})?|today|yesterday|this\s+\w+|at\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,3}),?\s+)?(?:to|with)\b|\breceived\s+in\s+(?:a\s+)?(?:private\s+)?audience\b"
)
# "a summit", "the conference", "a ministerial in Astana": a gathering named by its noun (not a
# press conference, a conference centre, the Forum's secretariat, or a Convention on a subject)
GATHERING_NOUN = (
    r"(?i)\b(?<!press )(?<!news )(?<!video )(?<!video-)(?:conferences?|summits?|forums?|"
    r"symposi(?:um|a)|gatherings?|congress|(?<!signed\sa\s)(?<!signed\sthe\s)convention"
    # "the Convention on the Law of the Sea": a treaty, not a gathering
    r"(?!\s+(?:on|for|against|relating)\b))\b"
    rf"{NOT_A_GATHERING}|"
    r"\bministerials?\b(?=\s+(?:in|on|at|of|last|this|next|held|took|was|opened|closed)\b|"
    r"\s*[,.;]|\s*$)"
)
# In person, by other words: "co-chaired the commission with", "dined with", "had lunch with",
# "sat down on the sidelines", "held a bilateral with"
IN_PERSON = (
    r"\bconferred\s+(?=with\b|in\b|at\b|on\b)|\bpaid\s+(?:a\s+|an\s+)?(?:\w+\s+)?call\s+on\b|"
    r"\bt[eê]te-[aà]-t[eê]tes?\b|"
    r"\bco-?chair(?:ed|s|ing)?\b(?=[^.;]{0,120}?\bwith\b)|(?<=\bto\s)co-?chair\b|"
    r"(?<=\bwill\s)co-?chair\b|"
    r"\b(?:dined|lunched|breakfasted)\s+with\b|"
    r"\b(?:had|held|hosted|gave)\s+(?:a\s+)?(?:working\s+|private\s+|state\s+|official\s+)?"
    r"(?:dinner|lunch|luncheon|breakfast)\s+with\b|"
    r"\bsat\s+down\s+(?:together|for\s+talks|on\s+the\s+(?:sidelines|margins))\b|"
    r"\b(?:held|had)\s+(?:a\s+)?bilaterals?\s+(?:with|on)\b"
)
# "held a virtual meeting with", "met virtually": online, so a call
VIRTUAL = (
    r"\bvideo\s*-?\s*(?:summit|meeting)s?\b|"
    r"\b(?:virtual|online)\s+(?:\w+\s+)?(?:meetings?|talks|summit|session|conversation|ministerial)\b|"
    r"\bmet\s+(?:virtually|online)\b|"
    r"\b(?:meetings?|talks|sessions?|rounds?|summit|[Dd]ialogue|consultations)\b[^.;]{0,80}?\b"
    r"(?:held|conducted|took\s+place)\s+(?:virtually|online|by\s+video\s*(?:link|conference)?)\b"
)
# "to advance the commitments made at the Leaders Summit": the gathering is where something
# came from, told as a source; the event is reported on its own where it is one
MADE_AT = (
    r"(?i)\b(?:commitments?|pledges?|promises?|decisions?|agreements?|consensus|progress|"
    r"understandings?)\s+(?:\w+\s+)?(?:made|agreed|taken|reached|adopted|announced|given|"
    r"struck|achieved|secured)\s+(?:at|during)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}$"
)
NOT_AN_EVENT_BEFORE = re.compile(  # the noun is a means, a demand or a source, not an event
    r"\b(?:through|via|towards?|familiar\s+with|(?:call|calls|called|calling|push|pushed|pushing|"
    r"press|pressed|pressing|appeal|appealed|urge|urged|demand|demanded)\s+for|"
    r"(?:reviv|restart|unblock|salvag|jump-start|rescu)\w*)\s+(?:\S+\s+){0,2}$|"
    # "the Secretary General of the Pacific Islands Forum": an officer's title, not a gathering
    r"(?i:\b(?:secretary[- ]general|secretariat|chair(?:man|woman|person)?|president|director"
    r"(?:[- ]general)?|spokes(?:man|woman|person))\s+of\s+the\s+)(?:[A-Z][\w'’-]*\s+){0,4}$"
)
# "flew in on Monday for it and is still here", "arrived on Sunday night", "has arrived,": came
# to the place of the report
# "joined them on Saturday after travelling from Kyiv", "had flown from Bogotá overnight": a
# trip to the scene of the report, told by where it began
ARRIVED_FROM = (
    r"\b(?:travell?ed|travell?ing|flew|flown|drove|journeyed)\b(?=\s+(?:overnight\s+|here\s+)?"
    r"from\s+(?:the\s+)?[A-Z])"
)
ARRIVED_HERE = (
    r"\b(?:flew|flown|jetted)\s+in\b(?=\s+(?:on|from|for|late|early|last|yesterday)\b)|"
    r"\b(?:arrived|landed)\b(?=\s+(?:on\s+[A-Z]|late\s+on|early\s+on|yesterday|overnight|"
    r"later\s+that|from\s+(?:the\s+)?[A-Z]|by\s+(?:road|air|car|plane|train|helicopter|sea|boat)\b))|"
    r"(?<=\bhas\s)arrived\b(?=\s*[,.;])|"
    # "landed at Jomo Kenyatta International Airport": an arrival in the city it serves
    r"\b(?:arrived|landed|touched\s+down)\s+(?:[a-z]+\s+)?at\b(?=\s+(?:the\s+)?"
    r"(?:[\w'’.-]+\s+){0,4}(?:[Ii]nternational\s+)?(?:[Aa]irport|[Aa]irfield|[Aa]ir\s+[Bb]ase)\b)"
)
# "strikes a deal" is no strike; "held talks by phone": the means of the event before;
# "would meet again": the next event of a series
STRIKE_NOT = re.compile(r"\s*(?:a\s+deal|an\s+agreement|a\s+balance|a\s+chord)\b")
BY_MEANS = re.compile(r"(?i)\b(?:by|via|over)\s+(?:(?:a|the)\s+)?$")
SERIES_AFTER = re.compile(r"\s+again\b")

# a body of two countries: "the joint commission", "a binational cabinet", "an intergovernmental
# committee" (read where it is held: :mod:`mapapp.extract.trigger_phrases`,
# :mod:`mapapp.extract.bare_wordings`)
TWO_SIDED_WORD = r"(?:joint|binational|bi-national|bilateral|intergovernmental|inter-governmental)"
TWO_SIDED_BODIES = r"(?:cabinet|retreat|commission|committee|working\s+group)"
