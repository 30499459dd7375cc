"""Detector: one news item's title and summary -> models.Detection, with reasons.

The decision is a small, explainable score:

    score = strongest layoff cue (3 = enough alone; euphemisms 1.5-3)
          + 1 if a company is the subject of a layoff cue ("anchored")
          + 1 if a headcount or workforce percentage is attached
          - 1 if no company at all is named (not when an unnamed single employer is
              the subject: "台湾电子大厂爆大裁员", "A Bay Area startup lays off …")
          + trap weights (hiring -3, price cut -2, …)

and `is_layoff = score >= 3` unless a veto applies: denials, rehiring, laid-back,
sports rosters and trackers always veto; industry aggregates, lawsuits and
opinion pieces veto only when no company is anchored. Every term lands in
`reasons`, which is what `explain` shows.

Company: the directory match anchored to a layoff cue wins, then title before
summary, then earlier; strict aliases ("Meta", "X") count only when anchored. With
no directory match, the subject of the cue is extracted ("Acme Robotics lays off
…", "某某科技裁员 …", and a bare name before a strong Chinese cue, "競國解僱…").
Numbers: see detect.numbers; the title's number wins over the summary's, a number
attached to both a cut verb and a people noun over one attached to either, and a
precise number over a vague one.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from itertools import dropwhile, takewhile
from typing import NamedTuple

from detect.companies import CompanyDirectory, CompanyMatch
from detect.cues import CueHit, CueSet, cueset
from detect.hanzi import cjk_ratio, normalise, tighten_cjk
from detect.numbers import (
    NUMBER_WORDS,
    TOO_VAGUE_TO_COUNT,
    ZH_CUT_THEN_TOTAL,
    Headcount,
    WorkforcePercent,
    headcounts,
    workforce_percents,
)
from detect.regexfast import compile_guarded
from detect.wordmodel import WordModel
from models import Detection, Item, Status

log = logging.getLogger(__name__)

THRESHOLD = 3.0
# The word model overrules the rules only when it is this sure the other way. On
# three held-out sets the band (0.3, 0.7) removed the most errors; 0.2/0.8 and
# 0.35/0.65 came within a few items of it in both languages.
MODEL_LOW, MODEL_HIGH = 0.3, 0.7
# Chinese layoff reports the model is unsure of (P 0.2-0.3) are mostly layoffs: on the 17
# labelled sets, each judged by a model trained without it, its Chinese vetoes there were
# wrong 15 times of 18 (in 11 different sets), below 0.2 wrong 10 times of 23; English
# vetoes at 0.2-0.3 were right 3 times of 7, and English precision is the scarcer there.
_MODEL_LOW = {"en": MODEL_LOW, "zh": 0.2}
# With no cue at all the model is alone, and reads "recruit 1,000 staff", "relocates 2600
# jobs" or "closing five branches" as layoffs: on the 14 labelled sets, each judged by a
# model trained without it, its no-cue English finds at 0.70-0.85 were wrong 8 times of 8,
# above 0.85 right 5 times of 6.
_MODEL_HIGH_ALONE = 0.85
# and only where the text names someone who could lose a job: alone it read "Bon-Ton to
# close Carlisle store", "Getty Trust announces steep budget cut" and "Alcoa to Cut Smelter
# Capacity" as layoffs at 0.86-0.97 (34th set); its seven right no-cue finds on the 33rd and
# 34th sets each said jobs, employees or staff
_EN_STAFF_NAMED = re.compile(
    r"\b(?:jobs?|roles|positions|posts|staff\w*|workers?|employees?|workforce|headcount|"
    r"personnel|redundan\w+|laid off|layoffs?|furlough\w*|crew|people|buyouts?|"
    r"voluntary (?:retirement|separation|exit)s?)\b", re.I)
# The model was trained on headline + first sentence: a bare headline gives it too
# few words to outvote the rules (Google News items often carry no summary).
_MODEL_MIN_SUMMARY = 20
# Traps the model never overrules: it weighs "denies" as one word among many, and
# a layoff alert for a company denying layoffs is the worst alert to send.
# A court's award, one person's dismissal or a column is no news of a cut either.
_REBUTTALS = ("denial", "response to", "rumour answered", "rehiring", "policy statement",
              "court award", "one employee dismissed", "column", "cut put off")
# Traps that only weigh against a cue, yet keep the model from overruling the rules' no:
# staff shed by attrition, moved to other sites or put on shorter hours are no cut of jobs,
# though every word of the item reads like one
_HELD = ("attrition only", "staff moved, not cut", "hours cut, not jobs")
# nor, in English always and in Chinese unless the rules tied a company to the cut, a trade
# or a tally of employers (see _second_opinion)
_AGGREGATES = ("industry aggregate", "tracker or roundup", "layoff tracker", "region as subject")
# nor a headline about hiring that names no cut ("… seeks to recruit 1,000 staff"): the
# model reads "1,000 staff" as a layoff
_HIRING = frozenset({"hiring", "hiring (招聘)"})
# The rules' surest case is not put to the model (which also spares many layoff reports
# its cost): a strong cue anchored to a named company with a number attached (score 5),
# and in English even without the number (score 4). Judged set by set with a model
# trained without the set (16 sets), the model overruled such English score-4 items
# 29 times and was right 8 times; on the eleventh and twelfth held-out sets as first
# measured, 0 of 4. Chinese feeds carry more aggregator pages that read like a report
# ("中国联通裁员多少"): there it was right 7 times of 26, on the two fresh sets 1 of 3,
# and Chinese precision is the scarcer of the two, so the model still checks them.
_MODEL_MAX_SCORE = {"en": 4.0, "zh": 5.0}
_SUMMARY_CHARS = 320
_TAGS = re.compile(r"<[^>]{0,400}>")
# an outlet's byline opening a summary names the publisher, not the employer:
# "[汽车之家 行业]", "新浪科技讯", "中新网5月8日电", "NEW YORK (Reuters) -"
_BYLINE = re.compile(
    r"^\s*(?:[\[【][^\]】]{1,24}[\]】]\s*"
    # "(星岛日报报道)", "〔记者曾鸿儒/台北报导〕": the outlet that reports, not the employer
    r"|[(（〔][^()（）〔〕]{1,24}(?:报道|报导|讯|电)[)）〕]\s*"
    r"|[\u4e00-\u9fff]{2,8}讯(?=[\s（(]|记者|北京|\d)"
    r"|[\u4e00-\u9fff]{2,6}(?:\d{1,2}月)?\d{1,2}日电"
    r"|(?:[A-Z][A-Za-z .,]{1,40})?\((?:Reuters|AP|AFP|Bloomberg|Xinhua|Dow Jones|CNN)\)\s*[-–—]?"
    # a dateline in capitals: "ATLANTA — Block, …", "MONONA - One of the state's …"
    r"|[A-Z]{3,}(?:[ ,.]+[A-Z]{2,})*\.?\s+[-–—]\s+"
    # a local station's dateline: "USA (KION-TV)-", "(WXMI) —"
    r"|(?:[A-Z][A-Za-z .,]{1,40})?\((?:[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?)\)\s*[-–—]?)")
# "据《波士顿商业周刊》报道": the outlet that reports is no employer ("据报道" stays: it is
# the report's status)
_ZH_REPORTED_BY = re.compile(
    r"据(?:[^，。,；:：据]{1,16}?)(?=(?:的)?(?:报道|报导)(?![^，。,；]{0,2}[裁员]))")
# the staff of the clause before "失业" ("让所有员工在一夕之间失业")
_ZH_STAFF_THEN = re.compile(r"(?:员工|工人|职工|雇员|职员)[^，。,；!！?？]{0,12}$")
# "startup Circles.Life - hailed as the disruptor to watch - is now cutting staff"
_DASH_APPOSITIVE = re.compile(
    r"\s[-–—]\s(?:hailed|once|a|an|the|which|who|whose|known|dubbed|billed|touted|described|"
    r"founded|backed|valued|owned|best known)\b[^-–—;.!?]{0,120}?\s[-–—]\s(?=[a-z])")
# "Megvii, a Chinese AI company that the US has banned, is planning": the clause
# between a name and its verb describes the name; without it the subject is adjacent
_APPOSITIVE = re.compile(  # the comma first, its neighbour checked behind: the engine skips to it
    # (not ", a number that accounts for six percent of the company's workforce,": the share)
    # (the opening words checked first, as a lookahead they imply: most commas fail there,
    # before the costly "per cent" look ahead)
    r",(?<=[A-Za-z0-9)],)\s+(?=(?:an?|the|part of|owned by|backed by|[A-Z][\w.-]*['’]s)\s)"
    r"(?![^,;]{0,120}?\bper ?cent\b)"
    r"(?:a|an|the|part of(?: the)?|owned by|backed by"
    r"|[A-Z][\w.-]*['’]s)\s+"  # "Chipper Cash, Africa’s tech whale, has laid off"
    r"(?:(?!(?:is|are|was|were|will|has|have)\b)"
    r"[^,;:.!?\"()%\s]+\s+){0,8}?(?:(?:that|which|who|whose|once|valued|based|known|owned)\b"
    r"[^,;:.!?\"()%]{0,80}?)?[^,;:.!?\"()%\s]+"
    # "… with an office in Kolkata, India, is laying off": a place's city and country
    r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=,\s+(?:is|are|was|were|has|have|had|will|plans|"
    r"said|says|announced|cut|cuts|laid|lays)\b))?,\s+(?=[a-z])")


_OWNER_AFTER = re.compile(r"\s*(?:['’]s\s+)?(?:owner|parent)\b", re.I)


def _words(text: str) -> list[str]:
    return text.split()


# Words that describe a company rather than name it, in title-case headlines too.
_DESCRIPTORS = frozenset(_words("""
    recent further widespread possible planned upcoming expected proposed additional
    a an the this that its their his her our after amid as at by for from in of on to with
    report reports reported reportedly exclusive breaking update updated sources source icymi
    watch listen opinion analysis news live video tech technology startup start-up startups
    company companies firm firms giant giants maker makers chipmaker carmaker automaker
    automakers manufacturer manufacturers miner miners mining crypto cryptocurrency bitcoin
    blockchain fintech fintechs
    platform platforms app apps online video streaming social media e-commerce ecommerce
    ride-hailing ride-sharing delivery food grocery retail retailer retailers bank banks lender
    software gaming game games studio studios developer publisher owner parent unit subsidiary
    division group holding holdings brand chain electric ev vehicle vehicles car cars auto
    autos telecom telecoms airline airlines carrier semiconductor chip chips hardware cloud ai
    cybersecurity security insurance insurer consulting consultancy media newspaper outlet
    network networks service services chinese china us u.s. usa american canadian british uk
    u.k. japanese german indian european global korean french swedish israeli australian
    singapore singaporean hong kong taiwanese dutch irish spanish italian swiss russian
    brazilian new york california silicon valley seattle-based san francisco-based big major
    leading largest biggest top popular struggling troubled embattled beleaguered sudden
    surprise mass massive huge sweeping deep fresh new latest another more second third
    major-league well-known famous local national international layoffs layoff lay-offs job
    jobs cuts cut workers employees staff workforce people set plans plan planning to will is
    are was were has have had be been being says said announces announced confirms confirmed
    begins began starts started initiates launches reveals unveils makes making cuts slashes
    axes sheds lays trims fires sacks eliminates could may might would should also now just
    still again reportedly officially quietly ceo founder boss chief executive president
    chairman cfo cto thousands hundreds dozens more than over nearly about around some up mulls
    weighs considers prepares prepare warns sees eyes expects targets begins
"""))
# nationalities and regions that open "Indonesian agritech startup eFishery"
_DESCRIPTORS |= frozenset(_words("""
    indonesian vietnamese thai malaysian filipino philippine nigerian kenyan african asian
    mexican argentine argentinian chilean colombian peruvian latin polish czech austrian
    belgian danish norwegian finnish nordic scandinavian turkish saudi emirati egyptian
    israeli pakistani bangladeshi lankan scottish welsh ukrainian romanian hungarian greek
    portuguese estonian lithuanian icelandic"""))
_DESCRIPTORS |= frozenset(_words("""
    why how what when where who which whose do does did can almost nearly roughly
    white-collar blue-collar perfect storm industry industries sector sectors market markets
    bay area region
    economy business businesses worker staffers corporate challenger neobank
    insurers lenders carmakers chipmakers publishers developers brokers telcos operators"""))
# quantities open "Tens of thousands laid off as …"; "X faces job cuts" puts a verb after X
_DESCRIPTORS |= frozenset(_words("tens scores millions billions faces face"))
_ROLE_NOUNS = frozenset(_words("""
    owner parent maker unit firm startup start-up company giant subsidiary miner developer
    studio retailer airline bank carmaker automaker chipmaker lender publisher operator
    platform provider group brand chain network outlet insurer marketplace exchange broker
    manufacturer supplier app agency producer conglomerate cooperative co-op distributor
    contractor subcontractor reseller charity nonprofit utility wholesaler vendor consultancy
"""))
_GAP_WORDS = frozenset(_words("""
    to will is are was were has have had be been set plans plan planning reportedly also now
    quietly suddenly abruptly officially begin begins began start starts started may could would
    should further
    again just expected poised preparing prepares said says announces announced announce confirms
    confirmed and 's it initiates initiated conducts undergoes undergoing makes made its first
    second third new another fresh more mass major massive big round rounds of wave latest
    sweeping deep large-scale additional in the a an addresses details outlines unveils hit
    reveals discloses eyes mulls weighs considers explores warns files issues sends gives
    midst process discussing discusses mulling weighing eyeing proposes proposing giving issuing
    sending handing serving considering wants intends staff offer offers offering offered
    voluntary make preps prepping seek seeks seeking imposes imposed imposing looking"""))
# Words that end company names ("Southwest Airlines", "Riot Games"): never trimmed off the end.
_NAME_SUFFIXES = frozenset(_words("""
    airlines airline airways bank group holdings holding games studios studio motors labs cars
    systems technologies technology networks media capital partners robotics energy
    entertainment interactive software semiconductor pharmaceuticals financial global
    industries insurance rubber museum"""))
# role nouns after a name that make the name something other than the employer
_PRODUCT_ROLES = frozenset(_words("""
    developer developers maker makers publisher creator creators owner parent competitor
    competitors rival rivals supplier suppliers partner partners investor backer customer
    client"""))
# verbs after a headline's subject when a later clause ("…, cut 400 jobs") shares it
_SHARED_SUBJECT_VERBS = frozenset(_words("""
    closes close closing reports posts swings misses beats warns logs books sees sells exits
    shuts files takes cuts lowers narrows widens continues continue keeps suspends halts
    pauses ends scraps abandons shutters winds"""))
# heads of names that go on with "of" ("University of Texas", "Bank of America")
_ORG_HEADS = frozenset(_words("""
    university college institute bank department ministry museum school society association
    council board city state county commonwealth government office agency authority
    shield cross church diocese archdiocese hospital republic federation
    gallery galleries library trust foundation opera ballet orchestra symphony theatre theater
    zoo academy commission hospice u."""))
# "The National Trust", "National Express", "Royal Mail": a scope and one bare noun make the
# name together (the noun alone names nothing)
_SCOPE_AND_HEAD = re.compile(
    r"(?:National|International|Royal|Federal|Global) (?:Trust|Express|Grid|Mail|Health|"
    r"Service|Services|Bank|Group|Union|Theatre|Theater|Gallery|Library|Archives|Guard|Park|"
    r"Parks|Galleries|Opera|Ballet|Orchestra|Zoo|Press|Post|Rail|Railways?|Lottery)")
_LEGAL_SUFFIXES = frozenset(_words("inc corp ltd llc plc co limited ag sa nv s.a n.v gmbh"))


def _without_legal_suffix(words: list[str]) -> list[str]:
    """"Bombardier Inc" is Bombardier, "Cineplex Inc." Cineplex."""
    while words and words[-1].lower().rstrip(".") in _LEGAL_SUFFIXES:
        words = words[:-1]
    return words


def _without_trailing_descriptors(words: list[str]) -> list[str]:
    """The run without the words at its end that only describe ("… Group Chinese") or join
    ("… &", "… of"): what is left is the name."""
    end = len(words)
    while end and (_descriptor(words[end - 1]) or words[end - 1] in ("&", "of")):
        end -= 1
    return words[:end]


def _name_word(word: str) -> bool:
    """Capitalised, or a camel-case brand that opens in lower case ("eFishery", "iQiyi")."""
    return word[0].isupper() or (len(word) > 2 and word[0].islower() and word[1].isupper())


def _descriptor(word: str) -> bool:
    low = word.lower()
    # "UK-based Tullow Oil", "Review-Giant Yelp.com"
    return low in _DESCRIPTORS or low.endswith(("-based", "-giant"))


_LATIN_NAME = r"[A-Z][A-Za-z0-9&.'-]*(?: [A-Z][A-Za-z0-9&.'-]*){0,4}"
_LATIN_GLOSS = re.compile(
    rf"(?P<latin>{_LATIN_NAME})\s*[(（]\s*(?P<zh>[\u4e00-\u9fff]{{2,12}})\s*[)）]"
    rf"|(?P<zh2>[\u4e00-\u9fff]{{2,12}})\s*[(（]\s*(?P<latin2>{_LATIN_NAME})\s*[)）]")
# right after a listed name in a summary: its unit named in Latin letters
# a unit's Latin name in Chinese text: "Cruise", "Mario Club Co.", "Futurewei Technologies"
_UNIT_LATIN_NAME = r"[A-Za-z][A-Za-z0-9&.'-]+(?: [A-Z][A-Za-z0-9&.'-]*){0,3}"
# the cut falls on the company named right after it: "裁减摩托罗拉部门", "裁掉Cruise员工"
_ZH_CUT_AT = re.compile(r"(?:的)?(?:部门|员工|团队|业务|事业部|员工总数|职位|岗位)")
_ZH_SUBSIDIARY_AFTER = re.compile(
    r"(?:集团|公司)?(?:[(（][^()（）]{1,20}[)）])?(?:对其|的)?(?:旗下|子公司)的?[^，。,；A-Za-z]{0,8}?"
    rf"(?P<name>{_UNIT_LATIN_NAME})")
_ZH_SUBSIDIARY = re.compile(
    r"(?:旗下|子公司)[^，。,；]{0,6}?(?P<name>[A-Za-z][A-Za-z0-9&.'-]{1,24})")
# three names or more in a list right before the cue; not a list of what befell one
# firm ("直营业务停摆、数据造假、大裁员")
_ZH_LIST_ITEM = r"(?:(?![停降裁关砍减欠薪])[\u4e00-\u9fffA-Za-z0-9]){2,10}"
_ZH_NAME_LIST = re.compile(rf"(?:{_ZH_LIST_ITEM}、){{2,}}{_ZH_LIST_ITEM}"
                           r"(?:等[^，。,、]{0,12})?(?:相继|纷纷|集体|都在|均)?$")
# the rest of "育碧多伦多工作室" after the parent's name: a unit, not a company of its own
_ZH_UNIT_OF = re.compile(r"(?:中国|全球|美国|日本|[\u4e00-\u9fff]{2,3})?"
                         r"(?:工作室|分公司|事业部|事业群|部门|团队|研究院|研发中心|工厂|分部|办公室)")
_BACKERS_CLAUSE = re.compile(r"投资方|投资人|投资者|领投|跟投|股东|出资方|backers|investors", re.I)
_CLAUSE_START = re.compile(r"[,，。;；!！?？]")
# a word that opens a second clause about something else: "X lays off workers as Y …"
_EN_CLAUSE_JOIN = re.compile(r"\b(?:as|after|amid|while|following|since|with)\b")
_ZH_ASKED_TO = re.compile(r"(?:促|要求|呼吁|责令|请)[^，。,；]{0,8}$")
_ZH_ANOTHER = re.compile(r"又一(?:家|个)?[^，。,!！?？\s]{0,10}$")
# the subsidiary right after its parent's name: a Latin name or one in quotes
_ZH_NAMED_SUBSIDIARY = re.compile(
    rf"[^，。,；:：]{{0,8}}?子公司[“「\"]?(?:(?P<latin>{_UNIT_LATIN_NAME})"
    r"|(?<=[“「\"])(?P<quoted>[^”」\"，。]{2,12})[”」\"])")
# a denial that admits a smaller cut: the collectors label these layoffs
_ZH_ADMISSION = compile_guarded(
    r"确有|小范围|少量|部分(?:岗位|员工|人员|团队)(?:调整|优化|离开|离职|被)"
    r"|人员优化|岗位(?:结构)?优化\d|夸大其词[^。]{0,8}优化"
    r"|(?:比例|人数|数字|规模)[^，。,；]{0,2}(?:不实|夸大|不准确|有误|没有那么|远低于|未达|不到)")
_EN_ADMISSION = re.compile(
    r"(?:but|while|though)\s+(?:\w+\s+){0,4}?(?:confirm|acknowledg|admit)\w*"
    r"|small number of (?:roles|jobs|positions|employees|staff)", re.I)
# plural kinds of employer after a word make it a trade, not a name ("Solar Firms")
_PLURAL_KINDS = frozenset(_words("""
    firms companies startups makers businesses employers banks lenders retailers airlines
    automakers carmakers brands chains studios outlets workers employees staff hospitals
    museums universities schools newspapers publishers developers giants majors players
    industry industries sector sectors magazines miners shipyards mills plants factories
    insurers operators telecoms charities nonprofits councils builders housebuilders
    homebuilders contractors suppliers"""))
_DESCRIPTORS |= frozenset(_words("majors players"))
# a place's public bodies or sites, several employers when a subject ends with one ("Ontario
# Hospitals"); not all of _PLURAL_KINDS, whose "airlines" and "studios" end names
_PLACES_SEVERAL = frozenset(_words("hospitals councils schools universities mines mills"))
_ONE_BODY_SPEAKS = re.compile(r"\s+(?:says|said|has|is|was|announced|confirmed)\b")
# a site where people work: after a name it makes the name a place ("Limerick plant")
_PREMISES = frozenset(_words("""plant mill factory hotel bakery smelter refinery mine works
    steelworks site warehouse depot"""))
# the people of a noun cue: "nurse layoffs", "teacher layoffs"
_OCCUPATIONS = frozenset(_words("""nurse nurses teacher teachers worker employee faculty
    newsroom editorial"""))
# ("Acme workers face layoffs": the employer's own people, not a kind of employer)
_PEOPLE_KINDS = frozenset(_words("workers employees staff"))
# what headlines put before "layoffs" ("Heavy Layoffs Hit KJZZ", "Future layoffs are expected")
_DESCRIPTORS |= frozenset(_words("heavy future hefty looming"))
# "Today NSP laid off eight more", "Spirit AeroSystems: Voluntary layoff offers", "Aussie
# insurance giant": a day, a kind of offer, a nickname of a country open no name
_DESCRIPTORS |= frozenset(_words("today yesterday tonight voluntary aussie kiwi following"))
_HYPHEN_ADJECTIVE = re.compile(
    r"(?:long|short|mid|near|full|part|large|small|big|record|multi|post|pre|non|anti|"
    r"year|month|week|day|high|low|so)-\w+$", re.I)
_PRONOUNS = frozenset(_words("""it they we he she this that these those you you've you're we've
    we're i i've they've they're there"""))
# words a title-case run can be made of without naming the employer: months ("August Job
# Cuts Spike"), the outplacement firm that counts other firms' cuts, a verb after a dash,
# places and regions with their trend words ("Southeast Asia Continues to Lay Off",
# "India's Top Startups"), an industry or a cause ("Agriculture Layoffs in Oregon",
# "Coronavirus layoffs begin in earnest")
_NOT_EMPLOYERS = frozenset(_words("""
    january february march april may june july august september october november december
    challenger layoffs.fyi announce announces reveal reveals confirm confirms
    asia europe africa america americas india china japan korea australia canada britain
    uk us u.s. usa germany france vietnam indonesia singapore malaysia philippines
    thailand taiwan southeast north south east west latin middle
    northern southern eastern western
    continues continue keeps top leading biggest many several some most few local level
    monday tuesday wednesday thursday friday saturday sunday today yesterday
    management senior junior school schools bakery builder construction council hospital
    union government ministry department employee c-suite resort
    pay wage wages salary salaries bonus bonuses
    agriculture agricultural farming manufacturing mining retail trucking hospitality
    healthcare logistics aerospace warehouse downstream upstream
    coronavirus covid covid-19 pandemic
    don't can't won't doesn't didn't isn't shouldn't"""))
# the states and regions of US local news ("Iowa Layoffs — April 2018", "Oregon's big
# lay-offs", "As Triangle layoffs tick up"): a place's tally, not an employer
_NOT_EMPLOYERS |= frozenset(_words("""
    alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
    new hampshire jersey mexico york carolina dakota rhode island triangle midwest"""))
# countries, territories, provinces and cities of the world's regional news ("Layoffs hit
# Houston amid oil prices plunge", "Botswana mining sector sheds thousands of jobs",
# "Tasmania is shedding hundreds of jobs", "Macau And Singapore Expect Staff Cuts"): a
# place's jobs, not an employer's (a name that only opens with one, "Singapore Airlines",
# is untouched: every word of the run must be here; not Zurich, the insurer's short name)
_NOT_EMPLOYERS |= frozenset(_words("""
    and expect expects
    coronavirus covid covid-19 pandemic teachers nurses doctors lecturers academics dancers
    afghanistan albania algeria andorra angola antigua barbuda argentina armenia austria
    azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan
    bolivia bosnia herzegovina botswana brazil brunei bulgaria burkina faso burundi cambodia
    cameroon cape verde chad chile colombia comoros congo costa rica croatia cuba cyprus
    czechia czech republic denmark djibouti dominica dominican ecuador egypt salvador
    eritrea estonia eswatini ethiopia fiji finland gabon gambia ghana greece grenada
    guatemala guinea bissau guyana haiti honduras hungary iceland iran iraq ireland israel
    italy jamaica kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon
    lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi maldives mali
    malta marshall islands mauritania mauritius micronesia moldova monaco mongolia montenegro
    morocco mozambique myanmar namibia nauru nepal netherlands zealand nicaragua niger nigeria
    macedonia norway oman pakistan palau palestine panama papua paraguay peru poland portugal
    qatar romania russia rwanda kitts lucia vincent grenadines samoa san marino sao tome
    principe saudi arabia senegal serbia seychelles sierra leone slovakia slovenia solomon
    somalia sudan spain sri lanka suriname sweden switzerland syria tajikistan tanzania
    timor togo tonga trinidad tobago tunisia turkey turkmenistan tuvalu uganda ukraine
    emirates uae uruguay uzbekistan vanuatu vatican venezuela yemen zambia zimbabwe
    bermuda cayman guam saipan macau macao hong kong puerto rico greenland faroe gibraltar
    scotland wales england ulster caribbean pacific atlantic gulf baltic baltics nordic
    balkans scandinavia oceania
    ontario quebec alberta manitoba saskatchewan nova scotia brunswick newfoundland labrador
    prince edward yukon nunavut tasmania queensland victoria nsw
    houston dallas austin chicago boston detroit atlanta seattle portland denver phoenix
    miami philadelphia pittsburgh cleveland cincinnati baltimore nashville memphis
    milwaukee minneapolis louis kansas orleans vegas francisco los angeles san diego jose
    sacramento toronto montreal vancouver calgary ottawa winnipeg edmonton halifax
    london manchester birmingham glasgow edinburgh belfast dublin cork paris berlin munich
    frankfurt hamburg amsterdam brussels madrid barcelona lisbon rome milan vienna
    geneva stockholm oslo copenhagen helsinki reykjavik warsaw prague budapest bucharest
    athens istanbul moscow kyiv riga vilnius tallinn dubai abu dhabi doha riyadh cairo
    lagos nairobi accra johannesburg cape town durban mumbai delhi bangalore bengaluru
    hyderabad chennai pune kolkata karachi lahore dhaka colombo kathmandu bangkok jakarta
    manila kuala lumpur hanoi ho chi minh seoul tokyo osaka beijing shanghai shenzhen
    guangzhou hangzhou taipei sydney melbourne brisbane perth adelaide auckland wellington
    christchurch suva honolulu anchorage silicon valley bay area"""))
# one word that opens a headline without naming its employer: a topic, a kind of site or body
_NOT_A_LEADING_NAME = _NOT_EMPLOYERS | _PREMISES | _ORG_HEADS
# the level of a government, whose lower-case "government" or "council" may follow
_LEVELS = frozenset(_words("county state city district provincial municipal regional"))
_INNER_ROLES = frozenset(_words("""
    exchange operator provider retailer developer publisher lender insurer chipmaker automaker
    carmaker platform brand brewery distillery winery"""))
# title-case headlines capitalise prepositions: a run that opens with one is no subject
_PREPOSITIONS = frozenset(_words("""
    under over into amid with without for from by before after despite following during
    across against among toward towards through via per between"""))
# an unnamed but single employer as the subject ("台湾电子大厂爆大裁员", "a Bay Area startup
# lays off"): a layoff event even though no name can be given
_ZH_DESCRIBED = re.compile(
    r"(?:(?:一家|某|这家|该|新)[\u4e00-\u9fffA-Za-z0-9]{0,8}?(?:公司|企业|大厂|工厂|厂|工作室|独角兽|车企|"
    r"银行|厂商|品牌|平台|新创|初创)|(?<!互联网)(?<!科技)[\u4e00-\u9fffA-Za-z]{2,8}(?:大厂|独角兽)"
    # "江蘇一醫院突發全體人員解聘": an institution, not only a company
    r"|一(?:所|间|家)?(?:医院|学校|大学|机构|酒店|餐厅|超市|商场|诊所|幼儿园))"
    r"(?:又|也|再|突然|突发|被|惊|爆出?|曝光?|传出?|要|将|拟|宣布|正式|开始|启动|大)*$"
)
_EN_DESCRIBED = re.compile(
    r"(?:^|[:,]\s*)(?:the\s+)?(?:[\w.-]+\s+){0,2}?(?:owner|parent|publisher|maker|operator|developer|"
    r"creator)\s+of\s+(?:[\w.'&-]+\s+){1,4}?"
    r"(?:(?:is|will|to|plans to|set to|has|reportedly|also|now|quietly|abruptly)\s+)*$"
    r"|(?:^|[:,]\s*)(?:(?:an?|one|this)\s+)?(?:[\w.-]+\s+){0,4}?(?:company|startup|start-up|firm|maker|"
    r"chipmaker|automaker|carmaker|unicorn|lender|retailer|publisher|studio|developer|bank|"
    r"airline|insurer|manufacturer|supplier|employer)\s+"
    r"(?:(?:is|will|to|plans to|set to|has|reportedly|also|now|quietly|abruptly|sends|files|issues|"
    r"gives|announces)\s+)*$",
    re.I,
)
_GAP_VERBS = frozenset(_words("""
    to will set plans plan planning begin begins began start starts started announces announced
    announce confirms confirmed initiates initiated conducts undergoes undergoing makes made
    's addresses details outlines unveils reveals discloses eyes mulls weighs considers
    explores warns files issues sends gives faces hit considering wants intends
    make preparing prepares preps prepping seek seeks seeking imposes imposed imposing looking"""))
# "Funding Cuts Force Hughes to Lay Off": the name after the verb is the employer
_AUXILIARIES = frozenset(_words("is are was were has have had will"))
_CAUSE_VERBS = frozenset(_words("force forces forced push pushes pushed prompt prompts prompted"))
_HIT_WITH = re.compile(r"(?=[giwabh])(?:\b(?:(?:gets?|got|getting|is|was|are|were|been)\s+)?"
                       r"hit (?:with|by)\b)", re.I)
# punctuation that ends a clause (a comma inside "14,000" does not)
# (patterns here whose branches open with a lookbehind or \b sit behind a lookahead for
# the characters their matches open with, same flags: one class check at most positions)
_GAP_BREAK = re.compile(r"(?=[;!?。；！？:：|、.,，\s])"
                        r"(?:[;!?。；！？:：|、]|(?<!\d)[.,，]|[.,，](?!\d)|\s-\s)")
_SENTENCE_BREAK = re.compile(r"(?=[;!?。；！？:：|.])(?:[;!?。；！？:：|]|(?<!\d)\.(?!\d))")
_LISTED = re.compile(
    r"(?=[isla以包等])"
    r"(?:\b(?:including|such as|like|among them|led by)\b|以[^，。]{0,10}为代表|包括|等)", re.I)
# what joins two names in a list, maybe around a name the directory lacks
_LIST_JOINT = re.compile(r"(?:集团|公司|控股)?\s*(?:,|、|，|and|&|和|与|及)\s*(?:and\s+)?"
                         r"(?:(?P<unlisted>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?)\s*(?:,|&|and)\s*"
                         r"(?:and\s+)?)?")
# "Kuaishou, iQiyi said to be joining ByteDance in job cuts": the one joined is not the subject
_JOINING = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?$", re.I)
# a title's opening clause that sets the scene for its news
_EN_AFTER_CLAUSE = re.compile(r"(?:(?:days|weeks|months|years|shortly|soon|just)\s+)?"
                              r"(?:after|following)\b[^,;:]{3,90},\s+(?=\S)", re.I)
# "Roblox Corp. Lays Off 30", "Instacart, the $2 Billion Grocery Delivery Startup, Lays Off
# 12": a legal suffix or an appositive between the name and its verb keeps it the subject
_EN_SUBJECT_PAD = re.compile(
    r"(?:\s*(?:Corp|Inc|Co|Ltd|Plc|PLC|LLC|AG|SA|NV)\.?,?(?=\s)|\s*Corporation,?(?=\s))?"
    r"(?:\s*,\s*(?:the|an?|one of)\s+[^,;:.!?()]{1,60},)?")
# "Several large platforms including Coinbase and BlockFi have fired": examples of many
_EN_SEVERAL_INCLUDING = re.compile(
    r"^\W*(?:several|many|multiple|numerous|a number of|a host of|a slew of|dozens of)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:including|such as|like)\b", re.I)
_CLAUSE_WORDS = frozenset(_words("""
    despite after amid as while because since following over about than but with without
    before for on against into like unlike if when where which who whom whose that worry worries
    fear fears
"""))
# cues that name layoffs without saying who does them ("layoffs", "job cuts")
_NOUN_CUES = frozenset({"layoffs", "job cuts", "redundancies", "workforce reduction",
                        "job losses", "裁员"})
# a full stop ends a clause, but not inside "Circles.Life"
# (not the stop of "R.R. Donnelley", "U.S. Steel", "Roblox Corp.": initials and abbreviations)
# (not after "Mr": "platform Mr. Yum has cut" is one name)
_EN_SUBJECT_SPLIT = re.compile(r"(?=[;!?|:()\[\]\".,\sa])(?:[;!?|:()\[\]\"]"
                               # ((?=\.) first: the look-behinds only where a full stop is)
                               r"|(?=\.)(?<!\b[A-Z])(?<!\bCo)(?<!\bCorp)(?<!\bInc)(?<!\bLtd)(?<!\bMr)(?<!\bMrs)"
                               r"(?<!\bMs)\.(?![A-Za-z0-9-])"
                               r"|(?=\.)(?<![A-Za-z0-9])\.|\s[-–—]\s|,|\bafter\b|\bamid\b|\bas\b)",
                               re.I)
_DIGIT_NAME = re.compile(r"\d+(?!(?:st|nd|rd|th|am|pm|bn|mn|km|mb|gb|kb|mph|s|k)\b)[A-Za-z]{2,}"
                         r"[\w&.-]*|\d+-[A-Z][a-z]+")
# (any letter opens a word: "Íslandsbanki"; a lone "&" joins a name: "Innis & Gunn")
_EN_TOKEN = re.compile(r"[^\W_][\w&.'-]*|&(?=\s+[A-Z])")
# a capitalised name of up to four words, right after a preposition
# ("St. Elizabeth’s Hospital": a curly apostrophe inside the name)
# ("layoffs at U. of Chicago": "of" inside, kept only after a head such as "University")
_EN_NAME_AFTER = (r"\s+(?:the\s+)?(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*"
                  r"|of(?=\s+[A-Z]))){0,3})")
_EN_PLURAL_HEAD = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:companies|firms|startups|employers|"
                             r"businesses|industry|sector|market)\b")
# "Layoffs hit mental health startup Brightline": a role word may introduce the name
# ("Layoffs Expected At Minnesota Zoo": the news word between, and title case for "at" —
# not for "Hit", which title-case trades follow: "Major Layoffs Hit Journalists")
_EN_AFTER_CUE = re.compile(r"^\s*(?:(?:are\s+|is\s+)?(?:[Ee]xpected|[Pp]lanned|[Cc]oming|"
                           r"[Ll]ooming)\s+)?(?:[Aa]t|hit|hits|hitting|by)"
                           r"(?:(?:\s+[a-z][\w-]*){0,3}?\s+(?:"
                           + "|".join(sorted(_ROLE_NOUNS)) + r"))?" + _EN_NAME_AFTER)
# "Joy Global (JOY) Laying Off", "Acme (NASDAQ: ACME) to cut": the ticker is not a clause break
_TICKER_PAREN = re.compile(
    r"\s*\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|OTC)\s*:\s*)?[A-Z][A-Z.]{0,6}\)")
_EN_AS_AFTER = re.compile(r"^\s*(?:at|as|from)(?P<desc>(?:\s+[a-z][\w-]*){0,3}?)" + _EN_NAME_AFTER)
# a word that cannot end the description between "as" and a name ("as demand for Tesla")
_NOT_BEFORE_NAME = _PREPOSITIONS | {"at", "in", "of", "on", "to"}
# a space splits Chinese clauses, but not the words of a Latin name ("Star Media")
_ZH_SPLIT = compile_guarded(r"[，,。:：！!？?|｜丨【】\[\]《》“”\"（）()、;；/／]"
                       r"|(?<![A-Za-z0-9&.])\s+|\s+(?![A-Za-z0-9&])")
_ZH_LEAD = re.compile(r"^(?:消息称|据悉|网传|传闻|快讯|突发|独家|最新|曝光|震惊|重磅|曝|传|又|再|"
                      r"亲历|直击|揭秘)+")
_ZH_TRAIL = compile_guarded(
    r"(?:被曝|被传|传出|曝出|爆出|将|拟|计划|计画|宣布|正式|开启|启动|开始|正在|进行|又|再次|再度|"
    r"大规模|大|新一轮|又一轮|全球|中国区?|美国|在华|国内|也|已经|已|近日|今日|今年|本周|确认|证实|"
    r"回应|称|陷|遭|陷入|要|或将|或|继续|首次|首轮|首批|集体|悄然|低调|全面|大举|突然|紧急|再|还|仍|"
    r"近期|日前|近来|惊传|惊爆|惊曝|经济性|疑|突|"
    # "老牌光伏企业再关厂! 永久裁员355人": for good, not a name
    r"永久|暂时|临时|"
    r"\d+月\d*日?|\d+年|被|第[一二三四1-4]季度?|下月|本月|上月|年底|年初|年中|下半年|上半年|预计|预期|"
    r"预估|估计"
    # "Mythic Entertainment进行了第二轮的裁员"
    r"|进行了|第[一二三四五六七八九十两\d]+轮(?:的)?|大规模的)+$"
)
_ZH_GENERIC = re.compile(
    r"^(?:公司|企业|大厂|该公司|这家公司|某公司|某|多家|互联网|网路公司|网络公司|巨头|科技公司|科技巨头|厂商|开发商|分公司|子公司|"
    r"工作室|集团|银行|车企|员工|人员|团队|部门|行业|美企|外企|国企|名企|知名|头部|一家|一公司|他们|我们)"
)
_ZH_NOT_NAME = compile_guarded(
    r"[的了在是被之下上你我他她们人业万千百超过真很和与及等很也都就还吗呢吧啊最]|导致|纷纷|政策|行业|"
    r"寒冬|抱歉|如何|为何|为什么|为|根据|圈|据|称|将|或"
    # "官方回应公司裁员", "惊传又一家知名科技公司", "“世界工厂”倒闭逾万人失业", "竹科10月裁员"
    r"|回应|官方|一家|又一|知名|倒闭|破产|关厂|园区|科学园|工业区|开发区|竹科|南科"
    # "美第二大航空公司": a rank describes the employer, the summary names it
    r"|第[一二三四五六七八九十\d]+大"
    # "寿险内勤5年裁员13万": a trade's back office, not a company
    r"|内勤|外勤|柜员|营销员"
)
_ZH_SUFFIX = re.compile(
    r"(?:公司|集团|科技|汽车|银行|控股|网络|股份|电子|工作室|游戏|资本|证券|保险|航空|地产|传媒|影业|"
    r"智能|机器人|制药|医药|能源|动力|软件|半导体|电器|通讯|通信|物流|电商|实业|教育|动画|"
    # newspapers, broadcasters, shops and trades that end employers' names
    r"日报|晚报|时报|报业|报社|电视台|电台|大学|学院|医院|酒店|饭店|旅行社|客运|百货|超市|商场|药业|食品|"
    r"服饰|鞋业|纺织|"
    r"制衣|钢铁|化工|置业|物业|咨询|事务所|航运|快递|餐饮|咖啡|乳业|酒业|光电|微电子|精密|机械|重工)$"
)
# a newspaper or magazine is named in book-title marks, right before its cut
_ZH_PAPER = re.compile(r"《(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{1,10}"
                       r"(?:报|刊|杂志|周刊|新闻|电视|频道|传媒))》(?:元旦|今天|今日|今|明日|明|昨日|近日|日前|将|拟|"
                       r"宣布|正式|也|又|再|突然|被曝|传|无预警|确定|决定)*$")
# "马来西亚星洲日报": the place before a name is not part of it
_ZH_PLACE_PREFIX = re.compile(
    r"^(?:马来西亚|大马|新加坡|台湾|香港|澳门|美国|日本|韩国|英国|德国|法国|印尼|越南|泰国|菲律宾|印度)"
    r"(?=[\u4e00-\u9fffA-Za-z]{2})")
# "美国科技公司" is a kind of company, not a name: only generic words before the suffix
_ZH_GENERIC_NAME = re.compile(
    # ("美科技公司": a US tech company, the country by its first character)
    r"(?:美国|中国|日本|德国|英国|韩国|法国|欧洲|海外|外资|国内|全球|国际|知名|头部|大型|某|一家|这家|该|"
    r"美|日|韩|英|德|法|台|陆|健身|食品|乳业|乳品|饮料|化工|钢铁|造纸|家电|手机|建筑|咨询|广告|酒店|餐饮|"
    r"军火|军工|国防|"
    r"旅游|旅行|航运|快递|制衣|成衣|玩具|"
    r"科技|互联网|游戏|芯片|半导体|汽车|新能源|地产|房地产|金融|零售|电商|银行|保险|证券|教育|医疗|制药|"
    r"软件|硬件|通信|电子|传媒|媒体|航空|物流|外卖|出行|社交|视频|直播|人工智能|AI|设计|研发|制造|代工|网路|"
    r"面板|晶圆|显示|光伏|锂电|电池|服装|纺织|外包)+"
    r"(?:公司|集团|科技|汽车|银行|控股|网络|股份|电子|工作室|游戏|资本|证券|保险|航空|地产|传媒|影业|"
    r"智能|机器人|制药|医药|能源|动力|软件|半导体|电器|通讯|通信|物流|电商|实业|教育)$"
)
# what may open a Chinese clause before 裁员 without being a company: places, trades,
# kinds of employer or staff, time and manner words
_ZH_NOT_A_SUBJECT = compile_guarded(
    r"^(?:美|中|日|韩|德|英|法|印|欧|亚|港|台|澳|全|本|各|多|两|某|该|此|这|那|其|前|后|再|又|无|非|强|被|"
    r"硅谷|北京|上海|深圳|广州|杭州|成都|武汉|南京|苏州|天津|重庆|西安|长沙|厦门|青岛|合肥|东莞|珠海|"
    r"新加坡|加拿大|越南|泰国|印尼|马来|菲律宾|巴西|墨西哥|俄罗斯|以色列|瑞典|瑞士|荷兰|意大利|西班牙)"
    r"|(?:员工|工人|职员|高管|老板|中层|外包|外企|国企|央企|私企|民企|大厂|工厂|厂商|门店|总部|部门|团队|"
    r"业务|项目|行业|产业|政府|机构|公务员|教师|医生|银行|券商|车企|房企|药企|险企|基金|保险|游戏|科技|"
    r"互联网|地产|金融|媒体|传媒|电商|零售|餐饮|航空|汽车|芯片|半导体|光伏|能源|教育|医疗|医院|学校|大学|"
    r"快递|物流|制造|硬件|软件|工会|官方|公司|企业|集团|今年|去年|明年|近日|日前|本周|上周|月|年|日|"
    # "烟草裁员20万": a trade
    r"烟草|钢铁|煤炭|纺织|服装|"
    r"持续|继续|开始|正式|宣布|计划|突然|紧急|悄悄|全面|疯狂|狂|暴|惨|遭|被|又|再|也|还|都|已|要|将|"
    r"拟|或|传|曝|称|说|称将|终于|首次|第一|其中|如今|目前|现在|最近|主动|被动|集体|批量|大批|大量|"
    # manner: 变相裁员, 恶意裁员, 违法裁员, 末位淘汰
    r"变相|恶意|违法|违规|合法|预警|强制|强行|暴力|野蛮|花式|隐形|精准|定向|末位|整体|部分|少量|规模|"
    r"大幅|大面积|无故|被迫|疑似|涉嫌|惊|爆|裁|优化|年底|年初|年中|春节|节前|节后|密集|频繁|接连|连续|"
    r"陆续|相继|纷纷|一再|不断|大手笔|一口气|轮番|火速|闪电|秘密|偷偷)"
    r"|巨头|独角兽|新势力|平台|华尔街|好莱坞|职场|打工|年轻人|程序员|码农|白领|蓝领|中年|实习|应届|"
    r"经理|主管|总监|董事|股东|工程师|设计师|记者|编辑|主播|骑手|司机|客服|销售|研发|技术|人力|"
    r"中国区|亚太|大中华|海外"
    r"|[厂店]$"  # 面板厂, 晶圆厂: a kind of site, not a name
)
_ZH_COMPANY_SHAPE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9&.·-]{2,14}$")
_EN_PAST_REF = re.compile(
    # (not "after gallery announces 313 redundancies": the news itself, in the present)
    r"\b(?:after(?! announcing| confirming| revealing| saying| unveiling)"
    r"(?!\s+(?:\w+\s+){0,2}(?:announces|confirms|reveals|unveils|says)\b)|following|on top of|"
    r"in addition to|bringing|since|last year|previously|"
    r"earlier|already|in 20\d\d|(?<!\ba )total of)\b[^,;]{0,25}$"
    # "… as tech job cuts top 200,000": a tally in another clause, not this employer's cut
    r"|\b(?:tech|technology|industry|sector|global|nationwide|startup|media|u\.?s\.?|total)\s+"
    r"(?:job cuts|layoffs|job losses|cuts)\s+(?:this year\s+|so far\s+)?"
    r"(?:top|tops|topped|hit|hits|reach|reached|reaches|surpass\w*|exceed\w*|total\w*|near\w*|pass\w*)\s+"
    r"(?:about\s+|nearly\s+|more than\s+|over\s+|almost\s+)?$",
    re.I,
)
_ZH_PAST_REF = compile_guarded(
    r"(?:此前|去年|之前|曾经?|已累计|(?<!\d)(?:\d{1,2}|[一二三四五六七八九十两几半]+)(?:个月|年)前|继[^，。,]{0,10}后)(?:已|曾|已经|才|就)?(?:宣布)?(?:裁员|裁掉|裁撤|裁|优化|减员)?"
    r"(?:员工|人员)?[^，。,；]{0,2}$|累计[^，。,；]{0,4}$"
    # "共计裁员": a running total; "裁减了共计数百名": this cut, summed up
    r"|(?<!了)(?:共|总共|共计)[^，。,；]{0,4}$"
    # "今年已经3度裁员,前后约9000名工人失业": all rounds together (not "春节前后", a time)
    r"|(?<![节年月日天期后])前后(?:共|约|共计|总共|累计)?$"
    # "从疫情爆发以来已经裁减了30%人力": a running total since
    r"|以来(?:已经|已|累计)(?:裁减|裁员|裁掉|减少|削减)(?:了)?[^，。,；]{0,2}$"
)
# between a cut and the employer named after it: "… at (its self-driving unit) Cruise"
_OBJECT_GAP = re.compile(
    r"\s*(?:(?:loom|looming|continue|continuing|coming|ahead|resume|return)\s+)?"
    # "lay off 450 employees in Tokopedia": the people cut may come first
    r"(?:(?:about|around|some|nearly|more than|over|up to|roughly|another)\s+)?"
    r"(?:(?:\d[\d,.]*%?|hundreds|thousands|dozens)\s+(?:of\s+)?(?:its\s+|their\s+)?(?:[\w-]+\s+)?"
    r"(?:jobs|employees|workers|staff|people|roles|positions|staffers)\s+)?"
    r"(?:at|in|across|from|hit(?:s|ting)?|of|by|for)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<desc>(?:[\w-]+\s+){0,4}?)", re.I)
# a title that puts the cut in a unit ("ByteDance VR unit cuts jobs") leaves its name to
# the summary ("… headset maker Pico is conducting a round of lay-offs")
_EN_UNIT_TITLE = re.compile(r"(?=[uads])(?<!-)\b(?:unit|arm|division|subsidiary|subsidiaries)\b",
                             re.I)
_UNIT_HEADS = frozenset(_words("""unit arm division subsidiary business maker manufacturer
    chipmaker automaker carmaker startup firm company giant platform developer studio"""))


def _unit_words(desc: str) -> bool:
    """Descriptors only, or words ending in a unit noun: "chip manufacturer", "VR arm"."""
    words = desc.lower().split()
    return not words or words[-1] in _UNIT_HEADS or all(w in _DESCRIPTORS for w in words)


_DENIED_SHARE = re.compile(
    r"(?:否认|辟谣|不实|网传|谣传)[^，。,；]{0,6}\d|\d[%％][”\"」]?(?:的)?(?:传闻|谣言|传言|不实)"
    r"|\bden(?:y|ies|ied|ying)\b[^,.;]{0,20}\d", re.I)
_ZH_X_CONTEXT = re.compile(r"推特|Twitter|马斯克|X平台|X公司|社交平台X|X\s*[(（]")
# "深圳市达尔美电子科技有限公司", "新安电器(深圳)有限公司(下称“新安电器”)": a registered name
_ZH_LEGAL = re.compile(
    r"(?:[\u4e00-\u9fff]{2,3}[省市])?(?P<name>[\u4e00-\u9fff]{2,10}?)(?:[(（][\u4e00-\u9fff]{2,4}[)）])?"
    r"(?:集团)?(?:股份)?有限(?:责任)?公司"
    r"(?:\s*[(（](?:下称|简称|以下简称)[\"“「]?(?P<short>[\u4e00-\u9fffA-Za-z]{2,8})[\"”」]?[)）])?")


# a registered name is "上海" + trade name + line of business: the trade name names it
_ZH_CITY = re.compile(r"^(?:北京|上海|天津|重庆|深圳|广州|杭州|南京|苏州|武汉|成都|西安|"
                      r"长沙|合肥|厦门|青岛|宁波|无锡|东莞|佛山|珠海|郑州|济南|福州|大连|沈阳|"
                      r"哈尔滨|昆明|香港)"
                      r"(?=[\u4e00-\u9fff]{4})")
_ZH_LEGAL_TRIM = re.compile(r"(?<=..[\u4e00-\u9fff])(?:数字|信息|网络|智能|电子|软件|技术|"
                            r"科技|实业|贸易|发展|文化|传媒|电子商务)+$")


def _zh_legal_name(text: str) -> str | None:
    if "有限" not in text:
        return None  # every registered name holds 有限: the regex would try every position
    m = _ZH_LEGAL.search(text)
    if m is None:
        return None
    name = m.group("short") or _ZH_LEGAL_TRIM.sub("", _ZH_CITY.sub("", m.group("name")))
    return None if _ZH_GENERIC.match(name) or _ZH_NOT_NAME.search(name) else name


# "上櫃餐飲公司宏易(4530)", "晶圆代工龙头台积电(2330)": a listed company's name before its code
_ZH_TICKED = re.compile(r"(?P<run>[\u4e00-\u9fff]{2,16})[(（](?:\d{4,6}(?:\.(?:HK|TW|TWO|SZ|SH))?"
                        r"|(?:HK|TW|SZ|SH)\.?\d{4,6})[)）](?![年月日号])")  # not "截至本(2017)年"
_ZH_DESCRIBER_END = re.compile(r".*(?:公司|集团|企业|厂商|大厂|龙头|品牌|业者|厂|商)")
# the small businesses Hong Kong and Taiwan news names when they shut: "食肆「星艺厨坊」",
# "中菜「叠囍居」", "又一酒楼结业" (a restaurant, not a name)
_ZH_TRADE = (r"(?:酒楼|酒家|食肆|餐厅|茶餐厅|中菜|餐馆|饭馆|面包店|饼店|旅行社|健身房|旅馆|"
             r"汽车旅馆|商店)")
_ZH_TRADE_END = re.compile(_ZH_TRADE + "$")
# "亚太餐饮旗下食肆", "亚太餐饮多间食肆": the owner of the restaurants that shut
# (not "荔枝角食肆": a place before the trade)
_ZH_OWNER_OF = re.compile(r"(?P<owner>[\u4e00-\u9fffA-Za-z]{2,10}?)"
                          r"(?:旗下(?:的)?(?:多|[\d一二三四五六七八九十两]+)?(?:间|家)?"
                          r"|(?:多|[\d一二三四五六七八九十两]+)(?:间|家))"
                          r"(?:食肆|餐厅|分店|门店|酒楼|酒家|店铺)")
# "连锁餐饮景乐集团": what kind of business it is, before its name
_ZH_KIND_LEAD = re.compile(r"^(?:连锁|老牌|知名|本地|港式|台式|餐饮|饮食|零售|旅游)+"
                           r"(?=[\u4e00-\u9fff]{2})")


# A name as a whole word, found without building a pattern per name: one pattern per call
# would crowd the re module's cache (512 patterns) and recompile the detector's own.
def _word_at(text: str, word: str, ignore_case: bool = False, start: int = 0,
             hyphen: bool = True) -> int:
    """Where `word` stands in text as a whole word (no letter, digit or _ either side, nor
    a hyphen unless hyphen=False), from `start`, or -1."""
    hay, needle = (text.casefold(), word.casefold()) if ignore_case else (text, word)
    joiners = "_-" if hyphen else "_"
    at = hay.find(needle, start)
    while at >= 0:
        end = at + len(needle)
        if (at == 0 or not (hay[at - 1].isalnum() or hay[at - 1] in joiners)) and (
                end == len(hay) or not (hay[end].isalnum() or hay[end] in joiners)):
            return at
        at = hay.find(needle, at + 1)
    return -1


_LONGER_AFTER = re.compile(r"(?:\s+[A-Z][\w&.'-]*){1,2}(?=,\s+an?\s|\s+(?:has|have|is|was|said|"
                           r"says|will|to|plans|laid|lays|cut|cuts)\s)")


_CAPITALISED_RUN = re.compile(r"[A-Z][\w&.'’-]*(?:\s+(?:of\s+(?:the\s+)?|&\s+)?[A-Z][\w&.'’-]*)*")


def _body_of_kind(summary: str, kind: str) -> str | None:
    """The summary's name that holds a bare kind of body: "County" → "Vihiga County
    Government", "City" → "City of Winnipeg"."""
    for m in _CAPITALISED_RUN.finditer(summary):
        words = m.group(0).split()
        if words[0] == "The":
            words = words[1:]
        if len(words) >= 2 and kind.lower() in (w.lower() for w in words):
            if len(words[-1]) > 4 and words[-1].endswith("."):
                words[-1] = words[-1][:-1]  # the sentence's full stop
            return " ".join(_without_legal_suffix(words))
    return None


def _spelled_in_full(summary: str, name: str) -> str | None:
    """The summary's full form of a headline's shortened name, word for word: "Voda
    Ireland" → "Vodafone Ireland", "Detroit Public School" → "Detroit Public Schools"."""
    short = name.split()
    if len(short) < 2:
        return None  # ("Baker to Close Area Plant", then "Bimbo Bakeries": another word)
    for m in _CAPITALISED_RUN.finditer(summary):
        words = m.group(0).rstrip(".").split()
        for k in range(len(words) - len(short) + 1):
            full = words[k:k + len(short)]
            pairs = list(zip(short, full, strict=True))
            # each word the same or its start (not "Bell Mobility's", not "NORWICH Union")
            if all(f == w or (len(w) >= 3 and f.startswith(w) and f[len(w):].isalpha())
                   for w, f in pairs) and 0 < sum(f != w for w, f in pairs) < len(pairs):
                return " ".join(full)
    return None


def _longer_name(summary: str, name: str) -> str | None:
    """The summary's fuller form of a name: "Colossus" then "Colossus Energy, a startup"."""
    at = _word_at(summary, name)
    while at >= 0:
        if m := _LONGER_AFTER.match(summary, at + len(name)):
            return summary[at:m.end()]
        at = _word_at(summary, name, start=at + 1)
    return None


_CAPITALISED_END = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+$")


def _capitalised_before(text: str, word: str) -> str | None:
    """The capitalised word right before the first whole-word `word` in text, if any."""
    at = _word_at(text, word, hyphen=False)
    while at >= 0:
        if m := _CAPITALISED_END.search(text, max(0, at - 30), at):
            return m.group(1)
        at = _word_at(text, word, start=at + 1, hyphen=False)
    return None


# "紡織大廠「大同染整」", "「台南大億麗緻酒店」上月底宣布": an employer the item names in
# quotes, known by its trade suffix, the role before it or the announcement after it
_ZH_QUOTED = re.compile(r"(?P<before>[\u4e00-\u9fff]{0,4})[「“]"
                        r"(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,12})[」”]"
                        # "「创世纪」旅行社": the trade the quotes leave out is part of the name
                        r"(?P<trade>旅行社|酒楼|酒家|餐厅|健身房|面包店)?"
                        r"(?P<after>宣布|公告|将于|于\d|突然|正式|结束营业|结束营运|停业|歇业|熄灯|"
                        r"关闭|停产|资遣|解雇|裁员)?")


def _zh_quoted_name(text: str) -> str | None:
    if "「" not in text and "“" not in text:
        return None
    for m in _ZH_QUOTED.finditer(text):
        name = m.group("name")
        if _ZH_GENERIC.match(name) or _ZH_NOT_NAME.search(name) or _ZH_GENERIC_NAME.fullmatch(name):
            continue
        if m.group("after") or _ZH_SUFFIX.search(name) or _ZH_DESCRIBER_END.fullmatch(
                m.group("before")) or _ZH_TRADE_END.search(m.group("before")) or m.group("trade"):
            return name + (m.group("trade") or "")
    return None


# "荷兰乳业巨头皇家菲仕兰(FrieslandCampina)周二宣布", "卡夫食品公司(KraftFoods)今天表示": a
# foreign employer glossed with its own name, as the subject of what follows
_ZH_GLOSSED = re.compile(
    r"(?<![·\u00b7])(?P<han>[\u4e00-\u9fff]{2,10})[(（](?P<latin>[A-Z][A-Za-z0-9&.'\- ]{1,38}"
    r"[A-Za-z0-9.])[)）](?=宣布|表示|称|计划|将|拟|已|正式|周[一二三四五六日]|今天|今日|日前|近日|"
    r"\d{1,2}月|\d{1,2}日)")
# an outlet or agency glossed ("德新社(DPA)", "路透社(Reuters)"), or a person with a title
_ZH_GLOSS_NOT = re.compile(r"(?:社|报|网|台|电视|媒体|杂志|周刊|研究|机构|协会|工会|政府|部|局|署)$"
                           r"|(?:官|长|总裁|董事|主席|经理|创始人|总监|主管)")
# several of a kind ("八家跨国公司(MNC)"), glossed by a common noun
_ZH_SEVERAL = re.compile(r"[\d一二三四五六七八九十两几多数]家")


def _zh_glossed_name(text: str) -> str | None:
    if "(" not in text and "（" not in text:
        return None
    for m in _ZH_GLOSSED.finditer(text):
        # (not "八家跨国公司(MNC)": several, by a common noun)
        if not _ZH_GLOSS_NOT.search(m.group("han")) and not _ZH_GLOSS_NOT.search(
                text[max(0, m.start() - 6):m.start()]) and not _ZH_SEVERAL.search(m.group("han")):
            return m.group("latin")
    return None


def _zh_ticker_name(text: str) -> str | None:
    if "(" not in text and "（" not in text:
        return None
    for m in _ZH_TICKED.finditer(text):
        run = m.group("run")
        described = _ZH_DESCRIBER_END.match(run)
        name = run[described.end():] if described else run
        # a stock code vouches for a name that opens with a numeral (千兴, 万科, 百度)
        if (2 <= len(name) <= (6 if described else 4) and not _ZH_GENERIC.match(name)
                and not _ZH_NOT_NAME.search(name, 1 if name[0] in "万千百" else 0)):
            return name
    return None


_ZH_AFTER_OTHER = re.compile(r"继[^，。,；]{2,30}$")
_ZH_THEN_AFTER = re.compile(r"[^，。,；]{0,8}(?:之?后|以后)")
_ZH_LIST_END = re.compile(r"、[^，。,；、]{1,20}、[^，。,；、]{1,20}(?:和|与|及|以及)\s*$")
_ZH_NEGATED = re.compile(r"(?:未|没有|没|不|并未|尚未|从未|不会|无意)"
                         r"(?:宣布|进行|打算|计划|考虑|参与)?$")
# (not 个后台岗位, back-office jobs)
_ZH_COUNT_THEN = re.compile(r"(?:名|个|位)?(?:员工|人)?(?:之?后|以后)(?![台勤端])")
_ZH_PAREN = re.compile(r"[(（][^()（）]{1,30}[)）]")
_ZH_SAYS = re.compile(r"(?:宣布|表示|称|透露|证实|确认|公告)[,，:：]")
_APPROX_WORDS = r"近|将近|接近|约|大约|nearly|almost|about|around"
# a quantity that opens with one ("近万人"), and one right before a share ("裁员近10%")
_APPROX = re.compile(rf"(?:{_APPROX_WORDS}|close to)", re.I)
_APPROX_END = re.compile(rf"(?:{_APPROX_WORDS}|roughly)\s*$", re.I)
_STRONG_REPORTED_EN = re.compile(r"^(?:may|could|might|expected to|consider\w*|weigh\w*)$", re.I)


@dataclass(slots=True)
class _Segment:
    role: str  # "title" or "summary"
    text: str
    folded: str = ""  # as the cue scanners read it
    layoff: list[CueHit] = field(default_factory=list)
    traps: list[CueHit] = field(default_factory=list)
    companies: list[CompanyMatch] = field(default_factory=list)
    counts: list[Headcount] = field(default_factory=list)
    percents: list[WorkforcePercent] = field(default_factory=list)
    anchors: dict[CompanyMatch, CueHit | None] = field(default_factory=dict)  # _anchored's


def _clean(text: str, lang: str | None) -> str:
    if "<" in (text or ""):
        text = _TAGS.sub(" ", text)
    text = normalise(text or "")
    text = " ".join(text.split())  # every run of whitespace one space, none at the ends
    return text


_SAME_SUBJECT = re.compile(
    r"\b(?:more|fewer|less) than\b"
    r"|\b(?:(?:has|have|had)\s+)?(?:announced|announces|said|says|confirmed|confirms|revealed|"
    r"disclosed|told \w+)\s+(?:on \w+\s+|today\s+|\w+day\s+|(?:this|last) (?:week|month)\s+)?"
    r"(?:that\s+)?(?:it|they)\b", re.I)
_SITE = re.compile(r"\s+(?:plant|factory|facility|site|office|campus|mill|warehouse|store|"
                   r"headquarters|location|distribution cent(?:er|re))s?\b", re.I)
_BACKER = re.compile(r"\s*-?\s*(?:backed|funded|owned|controlled)\b", re.I)
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


# a run of capitalised words opening a sentence-case headline: "Klaussner Furniture
# suddenly shuts down", "Circus Circus, Tropicana give workers notice"
_LEADING_NAME = re.compile(r"(?:[A-Z]|[a-z][A-Z])[\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|&|of))*")
# "MADISON, Wis. — The Park Hotel in Madison has laid off 120", "Naivasha-based Oserian flower
# farm has laid off": the employer a summary opens with, after its dateline
_SUMMARY_OPENER = re.compile(
    r"(?:[A-Z][A-Za-z.]*(?:,?\s+[A-Z][A-Za-z.]*)*\s*(?:\([A-Z]+\)\s*)?[—–-]+\s+)?"
    r"(?:The\s+)?(?:[A-Z]?[a-z]+-based\s+)?"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|of))*)(?P<after>\s+[a-z]|,|\s+\()")
# "eight Fort Bragg Unified School District teachers", "nearly 200 TAFE NSW staff": the
# employer named before its people
_EMPLOYER_STAFF = re.compile(
    r"(?P<name>(?:[A-Z][\w&.'’-]*\s+){1,6})(?:general\s+managers|teachers|staff(?:ers)?|"
    r"employees|workers|nurses|officers|academics|lecturers)\b")
# what an unlisted name must end with to be trusted there: the kind of body it names
_OPENER_HEADS = _ORG_HEADS | frozenset(_words("""district hotel hospital healthcare company group
    corp corporation inc ltd limited co bank airline airlines mills"""))
_EXEC_TITLES = frozenset(_words("""ceo cfo coo cto chief president chairman chairwoman chair
    founder co-founder boss execs exec executive executives"""))
# "Cork firm to cut 55 jobs": the capitalised words place or describe an unnamed employer
# (but "Google parent company Alphabet" goes on to name one)
# (and "Limerick plant to close", "Ashland newsprint mill": a place's site, its owner unnamed)
_UNNAMED_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:firm|company|startup|start-up|"
                            r"business|employer|plant|mill|factory|smelter|refinery|mine|"
                            r"steelworks|warehouse|depot)\b(?!\s+[A-Z])")


# "German auto component maker Continental …": descriptive words, a role, then the name
_ROLE_WORD_THEN_NAME = (
    r"(?:maker|company|firm|startup|developer|operator|provider|"
    r"retailer|lender|bank|insurer|group|giant|manufacturer|supplier|publisher|studio|carrier|"
    r"app|platform|exchange|network|neobank|chain)\s+"
    r"(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})")
_ROLE_THEN_NAME = re.compile(r"(?:[A-Za-z-]+\s+){0,4}?" + _ROLE_WORD_THEN_NAME)
# (searched anywhere: the words before the role are not read, so not matched either)
_ROLE_WORD_NAME = re.compile(r"(?<![\w-])" + _ROLE_WORD_THEN_NAME)


def _opener(segments: list[_Segment]) -> str:
    """The capitalised word both headline (after any kicker) and summary open with, or that
    one of them opens with and the other capitalises mid-sentence ("Ritual lays off 16
    percent", then "…, Ritual has laid off 23"): a name, even if it looks like a word."""
    if len(segments) < 2:
        return ""
    summary, title = segments[1].text, segments[0].text
    head = title[title.find(": ") + 2:] if ": " in title else title
    first = summary.split(" ", 1)[0]
    if first[:1].isupper() and head.startswith(first + " "):
        return first
    for word, other in ((first, head), (head.split(" ", 1)[0], summary)):
        if len(word) < 3 or not word[0].isupper() or not word[1:].islower():
            continue
        at = other.find(" " + word + " ")
        while at > 0:
            if other[at - 1].islower() or other[at - 1] == ",":
                return word
            at = other.find(" " + word + " ", at + 1)
    return ""


def _title_case(text: str) -> bool:
    """Is this a Title Case Headline (most words of four letters or more capitalised)?"""
    words = _TITLE_WORD.findall(text)[1:]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _not_common_words(found: list[CompanyMatch], title: str,
                      summary: str) -> list[CompanyMatch]:
    """A Title Case headline capitalises every word: "JD.com Group-Buying Arm Reportedly
    Plans…" has no Arm in it when its summary says "the purchasing arm of … JD.com" and
    never "Arm" — a name that is also a word counts where the summary writes it as a name."""
    if not _title_case(title):
        return found
    keep = []
    for m in found:
        word = m.alias
        if (m.strict and word.istitle() and word.isalpha() and word.lower() in summary
                and _word_at(summary, word.lower(), hyphen=False) >= 0
                and _word_at(summary, word, hyphen=False) < 0):
            continue
        keep.append(m)
    return keep


def prepare_text(title: str, summary: str, lang: str | None) -> tuple[str, str, str]:
    """(title, summary, language) as detection reads them — and the word model's trainer,
    so the model learns from the text it will be shown: tags stripped, Traditional
    Chinese made Simplified, an outlet's byline cut and the summary capped, CJK spacing
    tightened, English appositive clauses cut; the language from the script."""
    title_n = _clean(title, lang)
    summary_n = _BYLINE.sub("", _clean(summary, lang))[:_SUMMARY_CHARS]
    lang = _language(title_n, summary_n, lang)
    if lang == "zh":
        title_n, summary_n = tighten_cjk(title_n), tighten_cjk(summary_n)
        if "据" in summary_n:
            summary_n = _ZH_REPORTED_BY.sub("据", summary_n)
    else:
        if ", " in summary_n:
            summary_n = _APPOSITIVE.sub(" ", summary_n)
        if " - " in summary_n or "–" in summary_n or "—" in summary_n:
            summary_n = _DASH_APPOSITIVE.sub(" ", summary_n)
    return title_n, summary_n, lang


def _language(title: str, summary: str, lang: str | None) -> str:
    # The text's own script wins: feeds mislabel their language (a Chinese
    # headline in a feed that says <language>en</language>); the hint only
    # settles mixed text.
    ratio = cjk_ratio(title + summary)
    if ratio >= 0.3:
        return "zh"
    if ratio < 0.05:
        return "en"
    low = (lang or "").lower()
    if low.startswith("zh"):
        return "zh"
    if low.startswith("en"):
        return "en"
    return "zh" if ratio >= 0.15 else "en"


# Patterns the methods below use, compiled once (re.search(pattern, …) looks each up in
# re's cache on every call)
_ZH_NEARER_LATIN = re.compile(r"[\u4e00-\u9fff][A-Za-z][A-Za-z0-9&.-]{2,}(?:工作室|公司|集团)?"
                              r"(?:计划|宣布|将|拟|或将?|正在?|再次|也|又|近日|日前)*$")
_ZH_FOLLOWING = re.compile(r"(?:继|紧随|跟随|步)[^，。,；?？!！]{0,8}$")
_APPOSITIVE_NEXT = re.compile(r",\s+(?:a|an|the)\s", re.I)
# "Humu, a Startup Run by Former Google HR Boss, Cuts Jobs": a founder's or owner's old firm
_EN_MADE_BY = re.compile(r"\b(?:run|founded|co-founded|started|led|headed|owned|backed|created|"
                         r"built|funded) by\s+(?:(?:former|ex-|its|the|a)\s*)*$", re.I)
_EN_OTHER_BEFORE = re.compile(
    r"\b(?:after|like|joining|including|such as|rival|than|vs\.?|and)\s*$", re.I)
# where an announcement is posted, not who posts it
_PLATFORMS = frozenset({"LinkedIn", "X", "Twitter", "Meta", "Instagram", "TikTok", "WeChat",
                        "Weibo", "Reddit", "YouTube", "Discord", "Telegram", "Slack", "Zoom",
                        "Bluesky", "Threads", "Blind", "Maimai"})
_ZH_PLATFORM_USER = re.compile(r"(?:上)?(?:的)?(?:某|一位|一名|有|知名)?"
                               r"(?:博主|网友|用户|大V|帖子|爆料)")
_ZH_ON_PLATFORM = re.compile(r"(?:上|平台|发文|发帖|贴文|帖子|账号|专页|官方账号|粉丝专页|公告)")
_EN_ON_PLATFORM = re.compile(r"(?:\bon|\bvia|\bin an?|\bposted to|\bto)\s+(?:its\s+|their\s+|his\s+"
                             r"|her\s+)?$", re.I)
_DEMONYMS = re.compile(r"[A-Z][a-z]+(?:ians|eans|ans)|Britons|Filipinos|Kiwis|Aussies|Brits")
_TITLE_DASH = re.compile(r"\s[–—-]\s|;")
# "Boeing 737 Max Supplier": a model number may stand between the name and the role
_MODEL_NUMBER_TEXT = r"[A-Z]?\d{3}[\w-]*\s+(?:Max\s+|MAX\s+)?"
_MODEL_NUMBER = re.compile(rf"^\s*{_MODEL_NUMBER_TEXT}")
_OTHER_AFTER = re.compile(rf"\s*(?:{_MODEL_NUMBER_TEXT})?"
                          r"(?:rival|-backed|backed|competitor|supplier|partner|investor)", re.I)
# anyone whose job a closure could cost, or what they are paid or offered for it
# (not "由于工人罢工": the strike that closes the plant)
_ZH_STAFF_MENTION = re.compile(r"员工|职工|雇员|工人(?!罢工)|岗位|职位|人员|员|[\d十百千万]人"
                               r"|失业|裁|遣散|解雇|赔偿|补偿|安置|离职|下岗|饭碗|就业|N\+")
# a work's title in quotes: "'Suicide Squad'", "“Star Wars”"
_QUOTED_WORK = re.compile(r"'[A-Z][^']{1,40}'|\"[A-Z][^\"]{1,40}\"")
_ZH_CONTRACTOR = re.compile(r"(?:在华|中国|长期|在[\u4e00-\u9fff]{2}的?)*"
                            r"(?:合作|合资|外包|代工|供应商|代理|经销商|承包商)")
_LIST_OR_INVESTOR_AFTER = re.compile(
    r"\s*(?:等|和|与|及|、|投资|合作|developer|maker|owner|parent)", re.I)
_ZH_BACKED_BY = re.compile(r"(?:获|曾获|获得|背靠)$")
_FROM = re.compile(r"\s*from\b", re.I)
_COMMA_END = re.compile(r",\s*$")
# (not the comma of "nearly 19,000 layoff notices")
_COMMA_WORDS_END = compile_guarded(r"(?<!\d),(?!\d)\s*(?:[\w,]+\s+){1,3}$")
_AND_END = re.compile(r"[a-z,]\s+and\s+$")
_ZH_TOPIC_AFTER = re.compile(r"(?:潮|的|后|之|事件|消息|风波|传闻|名单|计划|季|年)")
_ZH_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9&.-]{2,}(?: [A-Za-z0-9][A-Za-z0-9&.-]*)*")
_POSSESSIVE = re.compile(r"['’]s$")
# a word naming a kind of premises or firm: after a possessive name it completes the name
_GENERIC_PREMISES = frozenset(_words("""brewery distillery bakery bank mine mill factory
    restaurant hotel store stores foods dairy"""))
_DEMONYM_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ean|an|ese|ish)")
_PEOPLE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:jobs|workers|employees|staff|job)\b")
# "Isavia has currently started laying off": an adverb keeps the subject next to its verb
_ADVERB = re.compile(r"(?!(?:supp|fami|assemb|ita|ju|ral|al|app|rep|on|bul|jel|bel|hol)ly$)"
                     r"[a-z]{2,}ly")
# between two names of a list ("Qunar, Meituan", "Ford and GM")
_LIST_JOIN = re.compile(r",\s*|\s+(?:and|&)\s+")
# "Advanced Contact Solutions Inc. (ACS)": a name, then the initials it goes by
_SPELLED_OUT = re.compile(r"(?P<name>(?:[A-Z][\w&'-]*\.?,?\s+(?:(?:of|and|&|the)\s+)?){2,6})"
                          r"\((?P<initials>[A-Z]{2,5})\)")
_SPELL_SKIP = frozenset({"of", "and", "&", "the", "a", "an"})
_CAPITALISED_RUN = re.compile(r"(?<![\w.'’-])[A-Z][\w&'’-]*\.?(?:\s+(?:(?:of|and|&)\s+)?"
                              r"[A-Z][\w&'’-]*\.?)+")


def _initials_spelled(text: str, initials: str) -> str | None:
    """The capitalised run whose first words' initials are these: "CN", then "Canadian
    National Railway Co." (without its legal suffix)."""
    for m in _CAPITALISED_RUN.finditer(text):
        words = [w for w in m.group(0).split() if w.lower() not in _SPELL_SKIP]
        if len(words) >= len(initials) and all(
                w[0] == c and not w.isupper()
                for w, c in zip(words[:len(initials)], initials, strict=True)):
            words = m.group(0).rstrip(".").split()
            return " ".join(_without_legal_suffix(words[words[0] == "The":]))
    return None


# "After Airbnb, Uber lays off", "继哲库和魅族后": the earlier cuts, then this one's
_PAIR_BEFORE = re.compile(r"(?:\bafter\b|\bfollowing\b|继)[^,;:.!?，。；：]*$", re.I)
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_BUT = re.compile(r"\bbut\b|但")
_GLOSS_OPEN = re.compile(r"\s*[(（]\s*")
# ("阿里巴巴集团(Alibaba Group)和腾讯控股": a bracketed gloss may follow the first name)
_ZH_LIST_JOIN = re.compile(r"(?:[(（][^()（）]{1,30}[)）])?\s*(?:和|与|及|以及|、)\s*")
# a Title Case verb that no name ends with ("Finalizes", "Prioritises", "Diversifies")
_TITLE_VERB = re.compile(r"[A-Z][a-z]+(?:izes|ises|ifies)")
_WORD_ENDING = re.compile(r"(?:ing|ed|ful|ly|ous|ive|al|less)$")
_DIGIT = re.compile(r"\d")


# sets the subject finders test words against, built once (not a union per word)
_OTHER_ROLES = _PRODUCT_ROLES | {"supplier", "suppliers", "rival", "partner"}
_NOT_A_DESCRIBED_NAME = _ROLE_NOUNS | _NOT_BEFORE_NAME | {"the", "a", "an"}
_VERBS_AFTER_NAME = _SHARED_SUBJECT_VERBS | _AUXILIARIES
_AFTER_LEADING_NAME = _GAP_WORDS | _GAP_VERBS | _SHARED_SUBJECT_VERBS
_ROLES_OF_TITLES = _ROLE_NOUNS | {"publisher", "creator"}
_EMPLOYER_KINDS = _PLURAL_KINDS - _PEOPLE_KINDS
_PRODUCTS_OR_KINDS = _PRODUCT_ROLES | _PLURAL_KINDS
_COUNT_WORDS = NUMBER_WORDS - {"one", "zero"}


class _Verdict(NamedTuple):
    detection: Detection
    extracted: bool = False  # company and numbers looked for (not for a missing or weak cue)
    rebutted: bool = False   # a denial or rehiring trap vetoed it
    tallied: bool = False    # a trade, a tally or several employers vetoed it
    held: bool = False       # a _HELD trap weighed against it


class Detector:
    """Decides whether an item reports a layoff, and extracts company, numbers and status.

    Build once (the company automaton and the cue regexes are compiled here) and
    call `analyse` / `detect` from one thread as often as needed.
    """

    def __init__(self, directory: CompanyDirectory | None = None,
                 threshold: float = THRESHOLD, model: WordModel | None = None,
                 rules_only: bool = False) -> None:
        """`model` defaults to the bundled word model; `rules_only` leaves it out."""
        self.directory = directory if directory is not None else CompanyDirectory.bundled()
        self.threshold = threshold
        self.model = None if rules_only else (model or WordModel.bundled())
        self._cues = {"en": cueset("en"), "zh": cueset("zh")}

    # ------------------------------------------------------------------ API

    def detect(self, item: Item) -> Detection | None:
        d = self.analyse(item.title, item.summary, item.lang)
        return d if d.is_layoff else None

    def analyse(self, title: str, summary: str = "", lang: str | None = None,
                explain: bool = False) -> Detection:
        """Always a Detection; `explain=True` also lists traps that did not change the outcome."""
        title_n, summary_n, lang = prepare_text(title, summary, lang)
        cues = self._cues[lang]
        segments = [self._segment("title", title_n, lang, cues)]
        if summary_n:
            segments.append(self._segment("summary", summary_n, lang, cues))
        verdict = self._decide(segments, lang, cues, explain)
        if self.model is None or len(summary_n) <= _MODEL_MIN_SUMMARY:
            return verdict.detection
        return self._second_opinion(self.model, verdict, segments, lang, cues, explain)

    # ------------------------------------------------------------------ steps

    def _segment(self, role: str, text: str, lang: str, cues: CueSet) -> _Segment:
        # (fresh containers passed in: faster than the dataclass's six default factories)
        seg = _Segment(role, text, cues.fold(text), [], [], [], [], [], {})
        if not text:
            return seg
        seg.layoff = cues.layoff_hits(text, seg.folded)
        return seg

    def _enrich(self, segments: list[_Segment], lang: str) -> None:
        """The costly part, only for items with a layoff cue, and the summary only as needed.

        The title's company, count and percent win over the summary's, so the
        summary is searched only for what the title lacks.
        """
        title = segments[0]
        title.companies = self.directory.find(title.text)
        if lang == "en" and len(segments) > 1 and any(m.strict for m in title.companies):
            title.companies = _not_common_words(title.companies, title.text, segments[1].text)
        title.counts = headcounts(title.text, lang)
        title.percents = workforce_percents(title.text, lang)
        if len(segments) < 2 or not segments[1].text:
            return
        summary = segments[1]
        if not any(self._anchored(title, m, lang) for m in title.companies) or (
                lang == "en" and _EN_UNIT_TITLE.search(title.text)):
            summary.companies = self.directory.find(summary.text)
        past = _EN_PAST_REF if lang == "en" else _ZH_PAST_REF
        if not title.layoff or not any(
                not past.search(title.text[max(0, h.quantity.start - 40):h.quantity.start])
                for h in title.counts):
            summary.counts = headcounts(summary.text, lang)
        if not title.layoff or not title.percents:
            summary.percents = workforce_percents(summary.text, lang)

    def _anchored(self, seg: _Segment, m: CompanyMatch, lang: str) -> CueHit | None:
        """The layoff cue this company is the subject or object of, if any (asked up to
        three times per name: worked out once per segment)."""
        if m in seg.anchors:
            return seg.anchors[m]
        hit = seg.anchors[m] = self._find_anchor(seg, m, lang)
        return hit

    def _find_anchor(self, seg: _Segment, m: CompanyMatch, lang: str) -> CueHit | None:
        """The layoff cue this company is the subject or object of, if any."""
        if lang == "en" and _BACKER.match(seg.text, m.end):
            return None  # "Amazon-backed humanoid firm Agility Robotics laid off": an investor
        sentence_before = _SENTENCE_BREAK.split(seg.text[max(0, m.start - 60):m.start])[-1]
        if _LISTED.search(sentence_before):
            return None  # "firms including Infosys, Wipro to lay off": examples, not the subject
        if lang == "en" and (_JOINING.search(sentence_before)
                             or _EN_MADE_BY.search(sentence_before)):
            return None
        if lang == "zh" and _ZH_LIST_END.search(seg.text, max(0, m.start - 40), m.start):
            return None  # "Algorand、Gemini、Block … 和 Messari 近期陆续宣布裁员": a list's last
        if self._list_partner(seg, m, lang) is not None:
            # "Qunar, Meituan reportedly have mass layoffs", "传阿里巴巴和腾讯将大裁员": a
            # list, no one
            return None
        for hit in seg.layoff:
            if hit.cue.weight < 1:
                continue
            if any(m.end <= o.start and o.end <= hit.start and o.name != m.name
                   for o in seg.companies):
                continue  # "Tesla rival Nio cuts": the nearer name is the subject
            if hit.start <= m.start and m.end <= hit.end:
                return hit
            if m.end <= hit.start:
                gap = seg.text[m.end:hit.start]
                if lang == "zh":
                    if gap.startswith("等"):
                        continue  # "英特尔、特斯拉、谷歌等科技巨头裁员": examples of a tally
                    if _ZH_NEARER_LATIN.search(_ZH_PAREN.sub("", gap)):
                        # "EA再下黑手PopCap工作室惨遭解散", "软银投资接连翻车 …创企Zume计划裁员":
                        # the studio or startup is nearer (not "苹果公司(Apple Inc.)": its
                        # own name in Latin letters)
                        continue
                    # "宝洁公司(Procter & Gamble)宣布,未来两年内将裁员": the announcer speaks
                    gap = _ZH_SAYS.sub("", _ZH_PAREN.sub("", gap))
                    if _ZH_NEGATED.search(gap):
                        continue  # "仅有苹果未宣布裁员": the one employer not cutting
                if lang == "en" and (pad := _EN_SUBJECT_PAD.match(gap)):
                    gap = gap[pad.end():]
                limit = 45 if lang == "en" else 24
                if lang == "zh" and gap in (":", "：") and seg.role == "title":
                    gap = ""  # "强生:裁员7000人": the headline's name, then what it does
                if len(gap) <= limit and not _GAP_BREAK.search(gap):
                    if lang == "zh" and _ZH_FOLLOWING.search(
                            seg.text[max(0, m.start - 10):m.start]):
                        return None  # 继阿里、华为…之后: earlier layoffs elsewhere
                    if lang == "en" and not self._subject_gap(gap):
                        continue  # "Microsoft earnings beat estimates despite layoffs"
                    if lang == "en" and _MODEL_NUMBER.sub("", gap).strip().lower().split(" ")[
                            0] in _OTHER_ROLES:
                        continue  # "This Alibaba competitor cuts …": someone else's cut
                    return hit
            elif m.start >= hit.end and lang == "zh":
                if m.start - hit.end <= 1 and _ZH_CUT_AT.match(seg.text, m.end):
                    # "联想集团拟裁减摩托罗拉部门约1000名员工": the unit named after the cut
                    return hit
            elif m.start >= hit.end and lang == "en":
                obj = _OBJECT_GAP.fullmatch(seg.text[hit.end:m.start])
                if obj and _unit_words(obj.group("desc")) and not re.match(
                        r"\s*(?:,|&|and\b)\s*[A-Z]", seg.text[m.end:]):
                    # "laid off by Paramount", "job cuts at chip manufacturer GlobalFoundries",
                    # not "fired by TCS, Infosys, Wipro"
                    return hit
        return None

    def _spelled_out(self, segments: list[_Segment], initials: str, listed: str) -> str | None:
        """The full name "Advanced Contact Solutions Inc. (ACS)" gives these initials, when it
        is another company than the listed one they match."""
        for seg in segments:
            if f"({initials})" not in seg.text:
                continue  # (the pattern's costly part, only where the initials are bracketed)
            for m in _SPELLED_OUT.finditer(seg.text):
                if m.group("initials") != initials:
                    continue
                words = _without_legal_suffix([w.rstrip(",") for w in m.group("name").split()])
                # ("Today Advanced Contact Solutions (ACS)": the name may open later)
                name = next((" ".join(words[k:]) for k in range(len(words))
                             if words[k].lower() not in _SPELL_SKIP and "".join(
                                 w[0] for w in words[k:] if w.lower() not in _SPELL_SKIP
                             ) == initials), None)
                if name is not None:
                    return None if self.directory.resolve(name) == listed else name
        return None

    @staticmethod
    def _list_partner(seg: _Segment, m: CompanyMatch, lang: str) -> CompanyMatch | None:
        """Another listed name joined to this one by "and" or a comma, right before it."""
        # ("腾讯控股(Tencent Holdings)": a gloss in brackets stands where its name does)
        start = next((o.start for o in seg.companies if o.name == m.name and o.end <= m.start
                      and _GLOSS_OPEN.fullmatch(seg.text, o.end, m.start)), m.start)
        join = _LIST_JOIN if lang == "en" else _ZH_LIST_JOIN
        return next((o for o in seg.companies if o.end <= start and o.name != m.name
                     and join.fullmatch(seg.text, o.end, start)), None)

    @classmethod
    def _joined_pair(cls, seg: _Segment, lang: str) -> str | None:
        """Two listed employers joined by "and" or a comma before one of this text's cues."""
        last_cue = max((h.start for h in seg.layoff), default=-1)
        for b in seg.companies:
            if b.end <= last_cue and (a := cls._list_partner(seg, b, lang)) is not None and \
                    not _PAIR_BEFORE.search(seg.text, 0, a.start):
                return seg.text[a.start:b.end]
        return None

    @staticmethod
    def _subject_gap(gap: str) -> bool:
        """Can these words sit between a subject and its verb? Not across a preposition
        or conjunction that opens another clause ("… earnings beat estimates despite layoffs")."""
        # "Atlassian has announced that it will be laying off", "Wolfspeed announces more
        # than 50 jobs being cut": the same subject, whatever "that" and "than" open elsewhere
        gap = _SAME_SUBJECT.sub(" ", gap)
        words = [w.lower() for w in _EN_TOKEN.findall(gap)]
        return len(words) <= 7 and not any(w in _CLAUSE_WORDS for w in words)

    def _choose_company(
        self, segments: list[_Segment], lang: str, reasons: list[str]
    ) -> tuple[str | None, bool, str]:
        """(company, anchored, segment role it was anchored in, "" if none, "?" for a name
        only guessed from a Title Case headline)."""
        best: tuple[float, str, str, str] | None = None
        best_gap = best_alias = best_after = ""
        unit_title = lang == "en" and _EN_UNIT_TITLE.search(segments[0].text) is not None
        for seg in segments:
            for i, m in enumerate(seg.companies):
                hit = self._anchored(seg, m, lang)
                # in Chinese text a Latin name ("Oracle中国") is rarely an English word;
                # only the very short ones ("X", "LG") stay doubtful
                if m.strict and hit is None and (lang == "en" or len(m.alias) <= 2) and not (
                        # "Applied Materials cuts back", then "equipment maker Applied
                        # Materials": a name of several words, capitalised in both
                        " " in m.alias and len(segments) > 1 and all(
                            any(o.name == m.name for o in sg.companies) for sg in segments)):
                    continue
                if lang == "zh" and m.alias == "X" and not _ZH_X_CONTEXT.search(seg.text):
                    continue  # "X去年12月被裁员": a person's initial, not the platform
                score = (4.0 if hit else 0.0) + (2.0 if seg.role == "title" else 0.0) - 0.1 * i
                if hit and m.start > hit.start and (lang == "en" or m.start >= hit.end):
                    # "GM lays off 900 at Cruise", "TikTok cuts 450 jobs at Tokopedia": the
                    # employer named after the cut is where it falls, over its parent
                    score += 2.5
                elif hit and unit_title and seg.role == "title":
                    score -= 2.5  # the unit's own name, if the summary gives one, wins
                if (hit and lang == "en" and seg.role == "title"
                        and (lead := _EN_AFTER_CLAUSE.match(seg.text)) and hit.end <= lead.end()):
                    score -= 3  # "After Unacademy Had Laid Off 1000 Employees, Vedantu Fires 200"
                before = seg.text[max(0, m.start - 14):m.start]
                after = seg.text[m.end:m.end + 6]
                if not hit and _EN_OTHER_BEFORE.search(before):
                    score -= 2
                if lang == "zh" and m.name in _PLATFORMS and _ZH_PLATFORM_USER.match(
                        seg.text, m.end):
                    continue  # "微博某博主称，…开启大规模裁员": a user of the platform speaks
                if not hit and m.name in _PLATFORMS and (
                        (lang == "zh" and seg.text.endswith("在", 0, m.start)
                         and _ZH_ON_PLATFORM.match(seg.text, m.end))
                        or (lang == "en" and _EN_ON_PLATFORM.search(seg.text, 0, m.start))):
                    # "在LinkedIn上宣布", "在臉書發文證實", "said on LinkedIn": where it was
                    # announced, not who
                    continue
                if not hit and _OTHER_AFTER.match(seg.text[m.end:m.end + 26]):
                    continue  # "This Alibaba Competitor …": someone else, whoever it is
                if lang == "en" and _OWNER_AFTER.match(seg.text, m.end):
                    continue  # "lay-offs for the TikTok owner": its parent, named or not
                if lang == "zh" and _ZH_CONTRACTOR.match(seg.text[m.end:m.end + 10]):
                    # "微软在华外包公司裁员", "微软在上海合资公司微创裁员": the contractor
                    continue
                if not hit and _LIST_OR_INVESTOR_AFTER.match(after):
                    score -= 2  # 腾讯百度等投资的公司: investors and lists, not the subject
                if lang == "zh" and not hit and _ZH_BACKED_BY.search(before):
                    score -= 2
                how = (f"subject of {hit.cue.name!r}" if hit else f"mentioned in the {seg.role}")
                why = f"company {m.name} via {m.alias!r} ({how})"
                if best is None or score > best[0]:
                    best = (score, m.name, why, seg.role if hit else "")
                    best_alias = m.alias
                    best_gap = seg.text[m.end:hit.start] if hit and hit.start >= m.end else ""
                    best_after = seg.text[m.end:m.end + 48]
        # Order of trust: a listed company doing the cutting in the title; an unlisted
        # subject of the title's cue; a listed one doing it in the summary; a listed
        # name merely mentioned in the title; an unlisted subject in the summary; any mention.
        if best is not None and best[3] == "title":
            if lang == "zh" and (sub := _ZH_SUBSIDIARY.search(best_gap)):
                # "通用汽车旗下Cruise将裁员": the subsidiary named is the employer
                reasons.append(f"company {sub.group('name')!r}: {sub.group(0)!r} of {best[1]}")
                return sub.group("name"), True, "title"
            if lang == "zh" and (named := self._named_subsidiary(segments, best_alias)):
                # title "TCL芯片公司倒闭", summary "TCL控股的全资子公司“摩星半导体”": the
                # unit the title leaves unnamed, as the summary names it
                reasons.append(f"company {named[0]!r}: {named[1]!r} of {best[1]}")
                return named[0], True, "title"
            if lang == "en" and best_alias.isupper() and (
                    spelled := self._spelled_out(segments, best_alias, best[1])):
                # "ACS Laid off 900", then "Advanced Contact Solutions Inc. (ACS)": the item
                # says what its initials stand for, and it is not the listed ACS
                reasons.append(f"company {spelled!r} (not in the directory): the item spells "
                               f"out {best_alias!r}, subject of the cut in the title")
                return spelled, True, "title"
            if lang == "en" and len(segments) > 1 and best_alias + " " in segments[1].text and (
                    longer := next((m for m in (segments[1].companies or self.directory.find(
                        segments[1].text)) if m.name != best[1]
                        and m.alias.startswith(best_alias + " ")
                        and self._anchored(segments[1], m, lang)), None)):
                # title "Daimler to lay off 250", summary "Daimler Trucks North America plans
                # to lay off …": the summary's fuller name, cutting there too, is the unit the
                # title shortens (not "… against Paytm Payments Bank", a unit merely named)
                reasons.append(f"company {longer.name} via {longer.alias!r}: the summary's "
                               f"fuller name for {best_alias!r}")
                return longer.name, True, "title"
            reasons.append(best[2])
            return best[1], True, "title"
        if best is not None and unit_title and best[3] == "summary":
            reasons.append(best[2])  # the unit the title leaves unnamed
            return best[1], True, "summary"
        extracted = self._extract_subject(segments, lang)

        def take(subject: str, role: str, cue_name: str) -> tuple[str, bool, str]:
            # a guessed English name is reported but not trusted as the one cutting jobs
            guess = lang == "en" and subject.startswith("?")
            subject = subject.lstrip("?")
            if role == "title" and segments[0].text.isupper() and len(subject) > 5:
                subject = subject.title()  # a shouting headline: "TULLOW OIL" is Tullow Oil
            if lang == "zh" and not subject.isascii():
                subject = self._latin_gloss(segments, subject) or subject
            listed = self.directory.resolve(subject) is not None
            if not listed and subject.endswith(".com") and \
                    self.directory.resolve(subject[:-4]) is not None:
                subject, listed = subject[:-4], True  # "Yelp.com" is the listed Yelp
            if not listed and lang == "en" and role == "title" and len(segments) > 1 and (
                    longer := _longer_name(segments[1].text, subject)):
                # "Layoffs at solar software startup Colossus", then "Colossus Energy, a
                # startup that …": the summary gives the full name (not "Cineplex Inc.")
                subject = " ".join(_without_legal_suffix(longer.split()))
            if not listed and lang == "en" and role == "title" and len(segments) > 1 and (
                    full := _spelled_in_full(segments[1].text, subject)):
                # "Voda Ireland redundancy warning", then "Vodafone Ireland will struggle":
                # the headline shortened the name the summary gives in full
                subject = full
                listed = self.directory.resolve(subject) is not None
            if not listed and lang == "en" and role == "title" and len(segments) > 1 and \
                    2 <= len(subject) <= 5 and subject.isalpha() and subject.isupper() and (
                    spelled := _initials_spelled(segments[1].text, subject)):
                # "CN to cut jobs", then "Canadian National Railway Co. is potentially
                # cutting …": the summary spells out the headline's initials
                subject = spelled
                listed = self.directory.resolve(subject) is not None
            if not listed and lang == "en" and role == "title" and len(segments) > 1 and (
                    named := _ROLE_THEN_NAME.match(segments[1].text)) and \
                    subject.lower().split() == named.group(0).lower().split()[:len(
                        subject.split())]:
                # "Healthcare Automation Company Lays Off 450", then "Healthcare automation
                # startup Olive is laying off": the headline's words describe, the summary names
                subject = " ".join(_without_legal_suffix(named.group("name").split()))
            if not listed and lang == "en" and len(segments) > 1 and (
                    adjective := self._shared_first_word(segments, subject)):
                # "American Eagle to Furlough 50", then "American Eagle will furlough": the
                # word that would describe the name elsewhere is part of it in both places
                subject = f"{adjective} {subject}"
            if not listed and lang == "zh" and (parent := next(
                    (m for m in segments[0].companies if subject.startswith(m.alias)
                     and _ZH_UNIT_OF.fullmatch(subject, len(m.alias))), None)):
                # "育碧多伦多工作室宣布解雇33名员工": a studio or branch of the listed parent
                reasons.append(f"company {parent.name} via {parent.alias!r}: {subject!r} is "
                               f"its unit, subject of {cue_name!r} in the {role}")
                return parent.name, True, role
            if not listed and (fuller := self._fuller_listed(segments, subject)):
                # "Glaxo slashes …" / "GlaxoSmithKline is …", "東風迴應裁員" / "東風集團":
                # the item names the listed company in full elsewhere
                reasons.append(f"company {fuller.name} via {fuller.alias!r}: the full name of "
                               f"{subject!r}, subject of {cue_name!r} in the {role}")
                return fuller.name, not guess, role if not guess else "?"
            reasons.append(f"company {subject!r}{'' if listed else ' (not in the directory)'}: "
                           f"{'maybe the ' if guess else ''}subject of {cue_name!r} in the {role}")
            return subject, not guess, role if not guess else "?"

        for subject, role, cue_name in extracted:
            if role == "title":
                if best is not None and best_alias and \
                        subject.lstrip("?").casefold().startswith(best_alias.casefold() + " "):
                    # "WiseTech AI Shift Sparks Massive Layoffs": a run of title-case words
                    # that opens with a listed name is that company
                    reasons.append(best[2])
                    return best[1], True, "title"
                if lang == "en" and len(segments) > 1 and \
                        subject.lstrip("?").split()[-1].lower() in _PREMISES:
                    # "Royal Marine Hotel", "Nova Scotia Poultry Plant": a site; the summary
                    # names who runs it ("Gresham Hotel Group has told 100 staff at its …")
                    if best is not None and best[3] == "summary":
                        reasons.append(best[2])
                        return best[1], True, "summary"
                    owner = next((s for s, r, _ in extracted if r == "summary"
                                  and not s.startswith("?")), None)
                    if owner is not None:
                        return take(owner, "summary", cue_name)
                if not subject.startswith("?"):
                    if lang == "en" and len(segments) > 1 and subject not in segments[1].text:
                        # "Holiday Layoffs Hit ACS", then "Telecom ACS lays off 27": the
                        # summary's subject, which the title also names, over a word it drops
                        # (not "The Times will", a short form of "The Tampa Bay Times")
                        echoed = next((s for s, r, _ in extracted if r == "summary"
                                       and not s.startswith("?") and s not in subject
                                       and _word_at(segments[0].text, s) >= 0), None)
                        if echoed is not None:
                            return take(echoed, "summary", cue_name)
                    return take(subject, role, cue_name)
        extracted = [(subj if lang == "en" else subj.lstrip("?"), role, cue)
                     for subj, role, cue in extracted]
        if best is not None and lang == "zh" and (sub := _ZH_SUBSIDIARY_AFTER.match(best_after)):
            # "Embracer集团对其旗下的LostBoysInteractive工作室进行了大规模裁员": the studio
            reasons.append(f"company {sub.group('name')!r}: {sub.group(0)!r} of {best[1]}")
            return sub.group("name"), bool(best[3]), best[3]
        if best is not None and (best[3] or best[0] >= 2.0):
            reasons.append(best[2])
            return best[1], bool(best[3]), best[3]
        for subject, role, cue_name in extracted:
            return take(subject, role, cue_name)
        if best is None and lang == "zh":
            for seg in segments:
                if legal := _zh_legal_name(seg.text):
                    reasons.append(f"company {legal!r} (not in the directory): its registered "
                                   f"name in the {seg.role}")
                    # named: "深圳一电子厂" in the title is this one, if a strong cue says so
                    return legal, any(h.cue.weight >= 3 for sg in segments for h in sg.layoff), ""
                if ticked := _zh_ticker_name(seg.text):
                    reasons.append(f"company {ticked!r} (not in the directory): named with its "
                                   f"stock code in the {seg.role}")
                    return ticked, any(h.cue.weight >= 3 for sg in segments for h in sg.layoff), ""
                if glossed := _zh_glossed_name(seg.text):
                    reasons.append(f"company {glossed!r} (not in the directory): glossed with its "
                                   f"own name, as the subject, in the {seg.role}")
                    return glossed, False, ""
            for seg in segments:
                if quoted := _zh_quoted_name(seg.text):
                    # named, not tied to the cut: the quotes say a name, not whose cut it is
                    reasons.append(f"company {quoted!r} (not in the directory): named in "
                                   f"quotes in the {seg.role}")
                    return quoted, False, ""
        if best is not None:
            reasons.append(best[2])
            return best[1], False, ""
        return None, False, ""

    @staticmethod
    def _shared_first_word(segments: list[_Segment], subject: str) -> str | None:
        """The capitalised descriptor ("American", "Electric") both the title and the summary
        put right before this name, if any."""
        # (no pattern built per name: one per call would crowd the re module's cache)
        first = subject.split()[0]
        before = _capitalised_before(segments[0].text, first)
        if before is None or not _descriptor(before) or \
                before.lower() in _NOT_A_DESCRIBED_NAME:
            return None
        return before if _capitalised_before(segments[1].text, first) == before else None

    def _named_subsidiary(self, segments: list[_Segment], parent: str
                          ) -> tuple[str, str] | None:
        """(name, evidence) of the subsidiary the summary names right after the parent's
        name: "华为美国子公司Futurewei", "TCL控股的全资子公司“摩星半导体”"."""
        if len(segments) < 2 or not parent:
            return None
        text = segments[1].text
        start = text.find(parent)
        while start >= 0:
            if sub := _ZH_NAMED_SUBSIDIARY.match(text, start + len(parent)):
                name = sub.group("latin") or sub.group("quoted")
                return self.directory.resolve(name) or name, parent + sub.group(0)
            start = text.find(parent, start + 1)
        return None

    @staticmethod
    def _fuller_listed(segments: list[_Segment], subject: str) -> CompanyMatch | None:
        """A listed name in the item that the unlisted subject opens (a short form of it)."""
        key = subject.casefold()
        for seg in segments:
            for m in seg.companies:
                # ("RR Donnelley & Sons": the subject's words drop the ampersand)
                spelled = m.alias.replace(" & ", " ")
                alias = spelled.casefold()
                if (len(alias) > len(key) >= 2 or (spelled != m.alias and alias == key)) and \
                        alias.startswith(key) and not (
                        subject.isascii() and (len(key) < 3 or (
                            len(alias) > len(key) and spelled[len(key)].islower()))):
                    return m  # not "Am" for "Amazon": a Latin name ends at a word or a capital
                if " " in key and alias.endswith(" " + key) and " " not in alias[:-len(key) - 1]:
                    return m  # "Red Cross to Lay Off", then "The American Red Cross said"
        return None

    @staticmethod
    def _latin_gloss(segments: list[_Segment], name: str) -> str | None:
        """The English name a Chinese text gives an unlisted company in brackets:
        "Westfield Group (西田集团)", "路特斯(Lotus)" are reported by their English name."""
        for seg in segments:
            if name not in seg.text:
                continue
            for m in _LATIN_GLOSS.finditer(seg.text):
                if m.group("zh") == name or (m.group("zh2") or "").endswith(name):
                    return m.group("latin") or m.group("latin2")
        return None

    def _extract_subject(self, segments: list[_Segment],
                         lang: str) -> list[tuple[str, str, str]]:
        out: list[tuple[str, str, str]] = []
        opener = _opener(segments) if lang == "en" else ""
        for seg in segments:
            for hit in seg.layoff:
                if hit.cue.weight < 2:
                    continue
                window = seg.text[max(0, hit.start - 80):hit.start]
                # (a list word in the window's last sentence is one in the window: split
                # only a window that has one)
                if _LISTED.search(window) and _LISTED.search(_SENTENCE_BREAK.split(window)[-1]):
                    continue  # "firms including Infosys, Wipro to lay off": no single subject
                if lang == "zh" and seg.role != "title" and not _LATIN_LETTER.search(
                        seg.text, 0, hit.start):
                    continue  # (what a Latin subject needs: see below)
                subject = (self._subject_en(seg.text, hit, opener) if lang == "en"
                           else self._subject_zh(seg.text, hit))
                if subject and lang == "en" and subject.split()[-1].lower() in _PLACES_SEVERAL \
                        and not self._one_body_speaks(segments[-1].text, subject):
                    # "Ontario Hospitals Lay Off Staff": a province's, several (but "Saskatoon
                    # Public Schools says it's ending contracts": one district, speaking)
                    subject = None
                if subject and lang == "en" and subject.lower() in _ORG_HEADS:
                    # "County planning to lay off casual workers": a kind of body, whose name
                    # the summary gives ("staff at Vihiga County Government"), if any
                    subject = _body_of_kind(segments[-1].text if seg.role == "title" else "",
                                            subject)
                if subject and lang == "zh" and seg.role != "title" and not (
                        subject.isascii()):
                    # a Chinese summary's subject is trusted only as a Latin name
                    # ("开发商Mythic Entertainment进行了第二轮的裁员"); its other guesses are
                    # too often a clause's topic
                    subject = None
                if subject:
                    listed = self.directory.resolve(subject)
                    if (lang == "en" and listed is None and seg.role == "title"
                            and len(segments) > 1 and _title_case(seg.text)
                            and segments[1].text and subject not in segments[1].text):
                        # In a Title Case Headline every word looks like a name ("Record
                        # High Layoffs", "Don't Want to Cut Employees?"): a name whose first
                        # word the summary, in sentence case, does not repeat is a guess
                        first = subject.split()[0]
                        if _word_at(segments[1].text, first, first.isupper()) < 0:
                            subject = self._named_tail(subject, segments[1].text) or \
                                "?" + subject
                            listed = self.directory.resolve(subject)
                    out.append((listed or subject, seg.role, hit.cue.name))
                    break
        return out

    @staticmethod
    def _one_body_speaks(summary: str, subject: str) -> bool:
        at = _word_at(summary, subject)
        return at >= 0 and _ONE_BODY_SPEAKS.match(summary, at + len(subject)) is not None

    @staticmethod
    def _named_tail(subject: str, summary: str) -> str | None:
        """The end of a Title Case run that the summary repeats as a name: "Podcast Network
        Headgum Cuts 30% of Staff" is Headgum when the summary says "network Headgum has"."""
        words = subject.split()
        for k in range(1, len(words)):
            if not words[k][0].isupper() or _descriptor(words[k]):
                continue
            tail = " ".join(words[k:])
            if _word_at(summary, tail) >= 0:
                return tail
        return None

    @staticmethod
    def _listed_subjects(seg: _Segment, top: CueHit) -> int:
        """How many directory names form a list ("A, B and C") right before the cue."""
        names = [m for m in seg.companies if m.end <= top.start]
        run = 0
        for i in range(len(names) - 1, -1, -1):
            m = names[i]
            nxt = names[i + 1].start if i + 1 < len(names) else top.start
            gap = seg.text[m.end:nxt]
            if i + 1 < len(names):
                if not (joint := _LIST_JOINT.fullmatch(gap)):
                    break
                run += joint.group("unlisted") is not None  # "HP, EMC & Cisco": EMC too
            elif len(gap) > 30 or _GAP_BREAK.search(gap):
                break
            run += 1
        return run

    @staticmethod
    def _described_subject(seg: _Segment, lang: str) -> str | None:
        """A single unnamed employer as the subject of the title's cue, if any."""
        for hit in seg.layoff:
            if hit.cue.weight < 2 or (lang == "en" and (hit.cue.weight < 3
                                                        or hit.cue.name in _NOUN_CUES)):
                continue  # "Tech Company Layoffs: …" is a topic, "… company lays off" an act
            before = seg.text[max(0, hit.start - 60):hit.start]
            if lang == "zh":
                before = _ZH_SPLIT.split(before)[-1]
                m = _ZH_DESCRIBED.search(before)
            else:
                before = _EN_SUBJECT_SPLIT.split(before)[-1] if not before.endswith(", ") else ""
                m = _EN_DESCRIBED.search(seg.text[:hit.start]) if before.strip() else None
            if m:
                return m.group(0).strip(" :,")
        return None

    @staticmethod
    def _summary_opens_with(summary: _Segment, m: CompanyMatch) -> bool:
        """Is this the only listed name in the summary's opening, before a strong cue there?"""
        return (m.start <= 12 and all(o.name == m.name for o in summary.companies
                                      if o.start < m.start + 40)
                and any(h.cue.weight >= 3 and h.start > m.end for h in summary.layoff))

    @staticmethod
    def _between_clear(text: str, a: CueHit, b: CueHit) -> bool:
        """No clause break between two hits (in either order)."""
        lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
        return lo >= hi or not re.search(r"[;!?。；！？,，:：|()（）]", text[lo:hi])

    @staticmethod
    def _same_clause(text: str, cue: CueHit, hit: CueHit) -> bool:
        """Does this question mark end the clause the layoff cue is in?"""
        if hit.end <= cue.start:
            return False  # "妙手还是自暴自弃？英特尔裁员…": it closed an earlier clause
        if hit.start < cue.end:
            return True  # "中国联通裁员多少": the question holds the cue
        return not re.search(r"[.;!?。；！？,，:：|()（）]", text[cue.end:hit.start])

    @staticmethod
    def _subject_en(text: str, hit: CueHit, opener: str = "") -> str | None:
        """The employer named as the subject of this cut; `opener` is a word that opens
        both headline and summary, a name even if it looks like a word ("Tonal")."""
        after = _EN_AFTER_CUE.match(text[hit.end:])
        if after is not None and _SITE.match(text, hit.end + after.end()):
            after = None  # "jobs cut at Siler City plant": a place, the employer is elsewhere
        if after is not None and _EN_PLURAL_HEAD.match(text, hit.end + after.end()):
            after = None  # "Layoffs hit Colorado space companies": a place, several employers
        if after is None and (hit.cue.name == "jobs to go" or hit.text.lower() == "laid off"):
            # "400 jobs set to go as Marshalls …", "Tens of thousands laid off as major
            # exhibitor Cineworld closes": the passive names its employer after the cue
            after = _EN_AS_AFTER.match(text[hit.end:])
            desc = after.group("desc").split() if after is not None else []
            if desc and (not all(_descriptor(w) for w in desc[:-1])
                         or desc[-1] in _NOT_BEFORE_NAME):
                after = None  # "… as demand for Tesla falls": no role word before the name
        noun_cue = hit.cue.name in {"layoffs", "job cuts", "redundancies", "workforce reduction"}
        candidates: list[list[str]] = []
        clause = text[:hit.start]
        if "(" in clause:  # (a ticker's bracket, which most texts lack)
            clause = _TICKER_PAREN.sub("", clause)
        # every comma splits (no other branch can hold one, and none looks behind at a
        # comma): the last piece is the last piece of what follows the last comma
        clause = _EN_SUBJECT_SPLIT.split(clause[clause.rfind(",") + 1:])[-1]
        if not clause.isascii() or "hit " in clause.lower():  # (what a match needs)
            clause = _HIT_WITH.sub("hit", clause)  # "ESL UK Hit With Layoffs": the one hit
        if _FROM.match(clause):
            clause = ""  # "From Talent Wars To Mass Layoffs": a journey, not a subject
        runs: list[list[str]] = []
        cur: list[str] = []
        clause_words = _EN_TOKEN.findall(clause)
        for tok in clause_words:
            if (_name_word(tok) and tok.lower() not in _PREPOSITIONS) or (
                    cur and (tok[0].isdigit() or tok == "&")) or (
                    tok[0].isdigit() and _DIGIT_NAME.fullmatch(tok)):  # (it opens with \d)
                cur.append(tok)
            elif cur and tok in ("government", "council") and cur[-1].lower() in _LEVELS:
                cur.append(tok)  # "The Nandi County government has sacked 700"
            elif cur and tok.lower() in {"of", "the", "for"} and (
                    cur[-1].lower() in _ORG_HEADS
                    or (len(cur) >= 2 and cur[-2].lower() in _ORG_HEADS and cur[-1] == "of")):
                cur.append(tok)  # "University of Delaware", "Bank of America" are one name
            else:
                if cur:
                    runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        candidates.extend(runs[-1:])  # the run nearest the cue; earlier ones are other clauses
        bare_clause = all(w.lower() in _DESCRIPTORS or w.lower() in _GAP_WORDS or w[0].isdigit()
                          for w in clause_words)
        if (not runs and _COMMA_END.search(text[:hit.start])) or (
                bare_clause and _COMMA_WORDS_END.search(text[:hit.start])) or (
                not noun_cue and _AND_END.search(text[:hit.start])):
            # "Clydesdale Bank to close branches, cut 400 jobs", "MCI Reports 1Q Loss, Plans
            # 7,500 Layoffs": the verbs share a subject
            # after a kicker ("Out of juice: Chinese EV company Byton suspends …, lays off")
            # and the words describing the name
            head = re.split(r":\s", text[:hit.start])[-1]
            opening = _EN_TOKEN.findall(_EN_SUBJECT_SPLIT.split(head, 1)[0])
            described = 0
            while described < len(opening) - 1 and _descriptor(opening[described]) and \
                    opening[described].lower() not in _GAP_WORDS:
                described += 1
            # "Meal-kit company Chef'd suddenly shut down and laid off": the name after
            # the role word, whatever describes the role
            described = next((k + 1 for k in range(described, min(described + 3,
                                                                  len(opening) - 1))
                              if opening[k].lower() in _ROLE_NOUNS
                              and _name_word(opening[k + 1])), described)
            opening = opening[described:]
            lead: list[str] = []
            for tok in opening:
                if not (_name_word(tok) or (lead and (tok[0].isdigit() or tok == "&"))) or (
                        lead and tok.lower() in _VERBS_AFTER_NAME):
                    # title case: "MCI Reports …", "Spin Is Leaving … Markets and Laying
                    # Off" end the name at the verb
                    break
                lead.append(tok)
            nxt = opening[len(lead)].lower() if len(opening) > len(lead) else ""
            if [w.lower() for w in lead] == ["one"] and nxt == "of" and head.count(",") >= 2:
                # "One of Australia's largest private companies, Hutchinson Builders, has
                # made 200 staff redundant": the name is the appositive
                between = _EN_TOKEN.findall(head.split(",")[1])
                if between and all(_name_word(w) or w == "&" for w in between):
                    lead, nxt = between, "has"
            if lead and (nxt in _AFTER_LEADING_NAME or (
                    not nxt and not described
                    and _APPOSITIVE_NEXT.match(head, len(head.split(",")[0])))):
                # "Humu, a Startup Run by …, Cuts Jobs": the name the appositive describes
                candidates.append(lead)
        introduced = False
        if after:
            named = after.group("name").split()
            if "of" in named and named[named.index("of") - 1].lower() not in _ORG_HEADS:
                named = named[:named.index("of")]  # "cuts at Tesla of …": the name ends there
            # "layoffs at Mercy Hospital.": the sentence's end (not "Inc.", nor a short
            # abbreviation such as "U.S." or "St.", whose stop is its own)
            if named[-1].endswith(".") and len(named[-1]) > 4 and \
                    named[-1].lower().rstrip(".") not in _LEGAL_SUFFIXES:
                named[-1] = named[-1][:-1]
            candidates.append(named)
        if runs:
            # the subject opens the clause: only descriptors ("Canadian mining firm",
            # "Report:") may precede it, and only auxiliaries may sit between it and the cue
            first_tokens = clause_words
            chosen = runs[-1]
            k = first_tokens.index(chosen[0]) if chosen[0] in first_tokens else 0
            lead = [t.lower() for t in first_tokens[:k]]
            bare = lead[:-1] if lead and lead[-1] in {"the", "a", "an"} else lead
            if len(bare) >= 2 and bare[-1] == "of" and bare[-2] in _ROLES_OF_TITLES:
                # "Publisher of USA Today axes staff": the named title is not the employer
                candidates = [c for c in candidates if c is not chosen]
            role_at = max((i for i, t in enumerate(lead) if t in _ROLE_NOUNS), default=-1)
            introduced = role_at >= 0  # "Robotics startup Embodied": a name follows the role
            if any(t not in _DESCRIPTORS for t in lead[role_at + 1:]) or (
                    len(lead) >= 2 and lead[-1] in {"in", "across", "at", "from"}
                    and lead[-2] in _PLURAL_KINDS):
                # "Tech companies in Ontario are laying off": a place, many employers
                candidates = [c for c in candidates if c is not chosen]
                if len(runs) == 1 or any(t not in _DESCRIPTORS for t in lead):
                    candidates = [c for c in candidates if c not in runs]
            tail_start = clause.rfind(chosen[-1]) + len(chosen[-1])
            gap = [w.lower() for w in _EN_TOKEN.findall(clause[tail_start:])]
            if gap == ["and"] and not noun_cue:
                # "AB InBev to idle bottling line in Newark, New Jersey and lay off 60": a
                # place the first verb took; the second shares the headline's subject
                candidates = [c for c in candidates if c is not chosen]
            if any(w in {"firm", "company", "startup", "start-up", "provider", "platform",
                         "sector", "sectors", "industry", "industries", "economy"}
                   or w in _EMPLOYER_KINDS or w in _PREMISES for w in gap):
                # ("Limerick plant to close with loss of 163 jobs": a place's plant, unnamed)
                # "Mortgage tech firm lays off 200": the word describes an unnamed firm;
                # "Botswana mining sector sheds thousands": a trade of many employers
                candidates = [c for c in candidates if c is not chosen]
            if gap and gap[0] in _PRODUCT_ROLES:
                # "Orcs Must Die developer lays off", "This Alibaba competitor cuts": the
                # name is of a product or another company, the employer goes unnamed
                candidates = [c for c in candidates if c is not chosen]
            if noun_cue and len(gap) == 1 and gap[0] in _OCCUPATIONS:
                pass  # "Stevenson Memorial Hospital nurse layoffs": its nurses' layoffs
            elif any(w not in _GAP_WORDS and w not in _DESCRIPTORS and not w.isdigit()
                     and not _ADVERB.fullmatch(w) for w in gap):
                candidates = [c for c in candidates if c is not chosen]
            elif noun_cue and gap and not any(w in _GAP_VERBS for w in gap):
                # "Acme layoffs", "Acme announces layoffs", not "Perfect Storm of Layoffs"
                candidates = [c for c in candidates if c is not chosen]
        for run in candidates:
            words = list(run)
            if words[0].lower() in _PREPOSITIONS and not (after is not None
                                                          and run is candidates[-1]):
                continue  # "… Begins Layoffs Under Previously Disclosed Plan": a phrase
            after_name = after is not None and run is candidates[-1] and \
                run == after.group("name").split()
            # "Acme's layoffs" names Acme; "Sainsbury's to cut" names Sainsbury's
            if words[-1].endswith("'s") and (noun_cue or words[-1][:-2].lower() in _DESCRIPTORS):
                words[-1] = words[-1][:-2]
            words = [w[:-2] if w.endswith("'s") and w[:-2].lower() in _DESCRIPTORS else w
                     for w in words]
            # "South Africa's Telkom", "Alibaba's Cainiao": the name after the possessive
            owner = max((k for k, w in enumerate(words[:-1]) if _POSSESSIVE.search(w)),
                        default=-1)
            if owner < 0 or not (owner == len(words) - 2
                                 and words[-1].lower() in _GENERIC_PREMISES):
                # ("Boag's Brewery", "Lloyd's Bank": the possessive is the name)
                words = words[owner + 1:]
            # "at British Steel" names British Steel; "Chinese Nio" is Nio; but after a role
            # noun the whole run is the name ("studio People Can Fly")
            named_after_role = introduced and run is runs[-1] if runs else False
            # "National Bank of Kenya", "Blue Shield of California": one name, whatever
            # its first words would describe elsewhere
            one_name = any(w.lower() == "of" and words[k].lower() in _ORG_HEADS
                           for k, w in enumerate(words[1:-1]))
            while words and words[0].lower() in {"the", "a", "an"}:
                words.pop(0)
            while words and _descriptor(words[0]) and not (
                    (after_name and len(words) <= 2) or named_after_role or one_name
                    or _SCOPE_AND_HEAD.fullmatch(" ".join(words))):
                words.pop(0)
            words = _without_legal_suffix(words)
            while len(words) > 1 and _TITLE_VERB.fullmatch(words[-1]):
                words.pop()  # "NH Nonghyup Bank Finalizes 446 …": a verb ends the name
            product = False
            while words and words[-1].lower() in _DESCRIPTORS and \
                    words[-1].lower() not in _NAME_SUFFIXES and not (
                        one_name and len(words) >= 2 and words[-2].lower() == "of") and not (
                        # "QR National": initials and a word make the name together
                        len(words) == 2 and words[0].isupper() and len(words[0]) <= 3
                        and words[0].isalpha() and not words[1].isupper()):
                product = product or words[-1].lower() in _PRODUCTS_OR_KINDS
                words.pop()
            if product:
                # "Orcs Must Die Developer Lays Off": a game names no employer; "Solar Firms
                # Are Slashing Jobs": a kind of employer, many of them
                continue
            if len(words) == 1 and words[0].lower() in _PLURAL_KINDS:
                continue  # "Top Brands Making Redundancies": a kind of employer, many
            at_firm = after_name and after is not None and \
                after.group(0).lstrip()[:3] in {"at ", "At "}
            if not words or (not at_firm and all(
                    _POSSESSIVE.sub("", w.lower()) in _NOT_EMPLOYERS for w in words)):
                # "Southeast Asia Continues to Lay Off", "India's Top Startups" (but "400 HQ
                # jobs to go at Iceland" is the grocer: people work at a firm, in a place)
                continue
            if len(words) == 1 and (words[0].lower().replace("’", "'") in _PRONOUNS
                                    or _HYPHEN_ADJECTIVE.match(words[0])):
                continue  # "…It Lays Off 20k People", "The Long-Term Layoff"
            if words[0].lower() in {"no", "not"}:
                continue  # "Veoh: No U.S. Layoffs": a denial's words, not a name
            if len(words) <= 2 and _DEMONYMS.fullmatch(words[-1]):
                continue  # "More Malaysians Could Lose Their Jobs": people of a country
            if len(words) == 1 and _DEMONYM_ADJECTIVE.fullmatch(words[0]) and \
                    _PEOPLE_AFTER.match(text, text.find(words[0]) + len(words[0])):
                continue  # "More Tasmanian jobs to go": a place's jobs, not a name
            # inside a run, a descriptor such as "owner"/"parent" means the name follows it
            for k in range(len(words) - 1, -1, -1):
                if words[k].lower() in {"owner", "parent", "maker", "unit", "firm", "company",
                                        "startup", "giant"}:
                    words = words[k + 1:]
                    break
                if words[k].lower() in _CAUSE_VERBS and k < len(words) - 1:
                    # "Cuts in Funds Force Hughes to Lay Off 300": the one forced to cut
                    words = words[k + 1:]
                    break
                if words[k].lower() in _PRODUCT_ROLES and k < len(words) - 1 and \
                        re.fullmatch(r"[A-Z][a-z]+(?:es|s)", words[k + 1]):
                    # "This Alibaba Competitor Undertakes Aggressive Job Cuts": a verb, not a
                    # name, follows the role, so the employer goes unnamed
                    words = []
                    break
                # "Crypto Exchange Gemini": a role word that can also end a name
                # ("Deutsche Bank") is cut off only when a name follows it
                if words[k].lower() in _INNER_ROLES and k < len(words) - 1:
                    words = words[k + 1:]
                    break
            if not words or len(words) > 5 or words[0].isdigit():
                continue  # "Top 7 IT firms": a number opens a count of companies, not a name
            if all(w.lower() in NUMBER_WORDS for w in words) and len(between := [
                    w.lower() for w in _EN_TOKEN.findall(text[text.rfind(
                        words[-1], 0, hit.start) + len(words[-1]):hit.start])]) <= 1 and \
                    not any(w in _GAP_WORDS or w in _GAP_VERBS for w in between):
                # "Seven staff let go by BTC", "Six collective redundancies": the count, the
                # employer is elsewhere (but "Three confirms job losses" names the carrier)
                continue
            if len(words) >= 2 and words[0].lower() in _COUNT_WORDS and \
                    re.fullmatch(r"[A-Z]?[a-z]+s", words[1]):
                continue  # "Korean Top Three Yards to Cut Jobs": a count of employers
            if len(words) >= 2 and len(words[-1]) >= 2 and words[-1].replace(",", "").isdigit() \
                    and text.rfind(words[-1], 0, hit.start) + len(words[-1]) >= hit.start - 1:
                continue  # "Imminent 292 layoffs": the count right before the cue ends no name
            if any(w.lower() in {"vs", "vs.", "versus"} for w in words):
                continue
            if len(words) == 1 and not (introduced and run is runs[-1]) and \
                    _WORD_ENDING.search(words[0]) and words[0] != opener:
                # "Firing", "Wrongful": words, not names (unless the item opens with it
                # twice: "Tidal to Lay Off …", then "Tidal will lay off …")
                continue
            if words[-1].lower() in {"of", "the", "for", "&"}:
                continue  # ("Plant Closing & Mass Layoff": a phrase, cut short)
            if words[-1] in ("government", "council"):
                words[-1] = words[-1].capitalize()  # the name's end, in the run's lower case
            if words[0] == "U." and len(words) > 2 and words[1] == "of":
                words[0] = "University"  # "U. of Chicago", the headline's short form
            return " ".join(words)
        return None

    @staticmethod
    def _subject_zh(text: str, hit: CueHit) -> str | None:
        if hit.text.startswith("被"):
            return None  # "一个被裁掉的游戏人": the one laid off is a person, not the employer
        if "》" in text and (paper := _ZH_PAPER.search(text[max(0, hit.start - 30):hit.start])):
            return paper.group("name")  # "《京华时报》元旦停刊", "《都市日报》裁逾十人"
        before = _ZH_SPLIT.split(text[:hit.start])[-1]
        # "华女遭美科技公司裁员": who suffers the cut stands before 遭, who makes it after
        before = _ZH_LEAD.sub("", before.rsplit("遭", 1)[-1])
        before = _ZH_TRAIL.sub("", before)
        before = _ZH_PLACE_PREFIX.sub("", before)
        if owner := _ZH_OWNER_OF.fullmatch(before):
            before = owner.group("owner")
        if (kind := _ZH_KIND_LEAD.match(before)) and _ZH_SUFFIX.search(before) and \
                len(before) - kind.end() >= 4:
            before = before[kind.end():]
        # "Star Media第四季": a Latin name may have several words
        latin = _ZH_LATIN_RUN.findall(before)
        if latin and (_ZH_COMPANY_SHAPE.fullmatch(before) or before.endswith(latin[-1])):
            # "全球最大银行卡组织VISA近期将…": the Latin name right before the cue
            return str(latin[-1])  # a Latin name in Chinese text: "开发商CyanWorlds裁员"
        if not before or _ZH_GENERIC.match(before) or not _ZH_COMPANY_SHAPE.fullmatch(before):
            return None
        if before[0] in "一某两几这那该多" and (
                not _ZH_GENERIC_NAME.sub("", before[1:])
                or _ZH_TRADE_END.fullmatch(before[1:].lstrip("间家所"))):
            return None  # "一科技公司突然解散", "又一酒楼结业": a company, not its name
        if len(before) < 2 or _DIGIT.search(before):
            return None
        if _ZH_NOT_NAME.search(before):
            return None
        if _ZH_SUFFIX.search(before) and _ZH_GENERIC_NAME.sub("", before):
            return before
        if (hit.cue.weight >= 3 and 2 <= len(before) <= 4
                and re.fullmatch(r"[\u4e00-\u9fff]+", before)
                and not _ZH_NOT_A_SUBJECT.search(before)):
            # "競國解僱…", "元隆缩编…": a bare name opening the clause before a strong cue;
            # trusted only after the directory's names ("?"), and never against a trap
            return "?" + before
        return None  # a short name with no company suffix is too often not a name (地产, 密集)

    @staticmethod
    def _plant_closure_only(segments: list[_Segment],
                            layoff_hits: list[tuple[_Segment, CueHit]]) -> bool:
        return all(h.cue.name == "关闭研发中心/工厂" and "厂" in h.text
                   for _, h in layoff_hits) and not any(
            _ZH_STAFF_MENTION.search(seg.text) for seg in segments)

    def _choose_count(self, segments: list[_Segment], lang: str, reasons: list[str],
                      found_by_model: bool = False, employer: str | None = None
                      ) -> tuple[int | None, bool]:
        best: tuple[tuple[int, int, int, int], Headcount, str] | None = None
        past = _EN_PAST_REF if lang == "en" else _ZH_PAST_REF
        # a count in a clause about another listed employer is that one's
        for seg in segments:
            if seg.role == "title" and not seg.layoff and not found_by_model:
                # a number in a title that names no layoff ("One for the Team"); unless
                # the word model read a layoff there ("Sprint Disconnects 8,000 Employees")
                continue
            # (found here, not kept: the summary's names are looked up only when needed)
            names: list[CompanyMatch] = []
            if employer and seg.counts:
                if lang == "en":
                    names = seg.companies  # only as found already: English checks the clause
                elif seg.role == "summary":
                    names = seg.companies or self.directory.find(seg.text)
            for h in seg.counts:
                if lang == "en" and h.quantity.text[:1].isalpha() and (any(
                        m.start <= h.quantity.start < m.end for m in seg.companies) or (
                        employer and employer.split()[0] == h.quantity.text)):
                    # "Nine Entertainment confirms …", "Seven to begin redundancies" (Seven
                    # West Media): the name, not a count
                    continue
                left = seg.text[max(0, h.quantity.start - 40):h.quantity.start]
                if past.search(left) and not (lang == "zh" and left[-1:] in "共计"
                                              and ZH_CUT_THEN_TOTAL.search(left)):
                    # (but "解雇公司所有共103名员工": this cut, summed up)
                    continue
                if lang == "zh" and _ZH_AFTER_OTHER.search(left) and _ZH_THEN_AFTER.match(
                        seg.text, h.quantity.end):
                    continue  # "继国泰航空重组全球裁减8500职位后": the earlier cut, named first
                if lang == "zh" and _ZH_COUNT_THEN.match(seg.text, h.quantity.end):
                    continue  # "减少的员工约50人后，今年…": an earlier cut, then the news
                if names and (other := next(
                        (m for m in reversed(names) if m.end <= h.quantity.start),
                        None)) and other.name != employer and not _CLAUSE_START.search(
                        seg.text, other.end, h.quantity.start) and (lang == "zh" or any(
                            m.name == employer and _EN_CLAUSE_JOIN.search(
                                seg.text, m.end, other.start) for m in names
                            if m.end <= other.start)):
                    # "长江存储传大裁员" over "比如微软一次性就裁掉了上万人", "Waymo lays off
                    # workers as Alphabet announces 12,000 job cuts": another employer's
                    continue
                key = (1 if seg.role == "title" else 0, h.strength,
                       0 if h.quantity.vague else 1, -h.quantity.start)
                if best is None or key > best[0]:
                    best = (key, h, seg.role)
        if best is None:
            return None, False
        h = best[1]
        # "近万人" in the title, "约9000人" in the summary: a round approximation
        rounded = (not h.quantity.lower_bound and _APPROX.match(h.quantity.text) is not None
                   and str(h.quantity.value).rstrip("0") in {"1", "2", "3", "5"})
        # "宣布裁员万人", then "将裁员1.1万人": a bare unit is a round figure either way
        bare = lang == "zh" and h.quantity.text in ("万", "千")
        if best[2] == "title" and (h.quantity.lower_bound or rounded or bare) and \
                len(segments) > 1:
            # "裁员超200人" in the title, "226 employees" in the summary: the exact figure;
            # "hundreds of jobs", "250 job losses": the figure the magnitude stood for
            summary = segments[1]
            if not summary.counts:
                summary.counts = headcounts(summary.text, lang)
            value = h.quantity.value
            # ("手机大厂裁千人", then "约有5000人将受影响": a bare 千 is an order of magnitude)
            # ("thousands of jobs", then "approximately 16,000 jobs": thousands run on to
            # tens of thousands)
            low, high = ((value * 0.7, value * 10) if bare else (value * 0.7, value) if rounded
                         else (value, value * (2 if not h.quantity.vague else
                                               100 if value == 1000 else 10)))
            for sh in summary.counts:
                v = sh.quantity.value
                # ("Hundreds of Vodafone staff", then "at least 200 Vodafone staff": a floor
                # in figures is still more than the magnitude said)
                if (sh.strength >= 2 and not sh.quantity.vague
                        # ("More than 1,000 staff", then "more than 1300": the higher floor)
                        and (not sh.quantity.lower_bound or h.quantity.vague
                             or h.quantity.lower_bound)
                        and low <= v < high):
                    h, best = sh, (best[0], sh, "summary")
                    break
        q = h.quantity
        if lang == "en" and q.text.lower() in TOO_VAGUE_TO_COUNT:
            # "dozens of employees will be affected", with no figure in the summary
            reasons.append(f"no count: {q.text!r} is too vague")
            return None, False
        reasons.append(f"count {q.value:,}{' (at least)' if q.lower_bound else ''}: {h.why} "
                       f"in the {best[2]}")
        return q.value, q.lower_bound

    @staticmethod
    def _choose_percent(segments: list[_Segment], reasons: list[str],
                        lang: str = "en", found_by_model: bool = False) -> float | None:
        past = _EN_PAST_REF if lang == "en" else _ZH_PAST_REF
        for seg in segments:
            if seg.role == "title" and not seg.layoff and not found_by_model:
                continue
            # "第二轮裁员，5个月前宣布优化员工10%": the share of an earlier round
            # "否认裁员30%，岗位结构优化5%", "“裁员30%”传闻": the share denied is not the cut
            current = [p for p in seg.percents
                       if not past.search(seg.text[max(0, p.percent.start - 40):p.percent.start])
                       and not _DENIED_SHARE.search(seg.text[max(0, p.percent.start - 8):
                                                             p.percent.end + 6])]
            if current:
                p, role = current[0], seg.role
                if (role == "title" and len(segments) > 1 and segments[1].text
                        and (not any(c.isdigit() for c in p.percent.text)
                             or _APPROX_END.search(seg.text, max(0, p.percent.start - 10),
                                                   p.percent.start))):
                    # "Cuts Nearly a Third of Staff", then "about 30 percent of its global
                    # headcount": the summary's figure is the one the fraction rounded; so
                    # is "裁员近10%" over "减少9%的员工规模"
                    summary = segments[1]
                    if not summary.percents:
                        summary.percents = workforce_percents(summary.text, lang)
                    exact = next((sp for sp in summary.percents
                                  if any(c.isdigit() for c in sp.percent.text)
                                  and abs(sp.percent.value - p.percent.value) <= 6), None)
                    if exact is not None:
                        p, role = exact, "summary"
                reasons.append(f"percent {p.percent.value:g}%: {p.why} in the {role}")
                return p.percent.value
        return None

    def _status(self, segments: list[_Segment], lang: str, cues: CueSet,
                reasons: list[str]) -> Status:
        title, t_fold = segments[0].text, segments[0].folded
        summary = segments[1].text if len(segments) > 1 else ""
        s_fold = segments[1].folded if len(segments) > 1 else ""
        rep = cues.reported.scan(title, t_fold) or [
            h for h in cues.reported.scan(summary, s_fold)
            if lang == "zh" or not _STRONG_REPORTED_EN.match(h.text)]
        if rep:
            reasons.append(f"status reported: {rep[0].text!r}")
            return "reported"
        plan_t = cues.planned.scan(title, t_fold)
        if plan_t:
            reasons.append(f"status planned: {plan_t[0].text!r}")
            return "planned"
        conf_t = cues.confirmed.scan(title, t_fold)
        if conf_t or any(h.cue.weight >= 3 and re.search(r"(?:ed|s)\b", h.text, re.I)
                         for h in segments[0].layoff if lang == "en"):
            return "confirmed"
        plan_s = cues.planned.scan(summary, s_fold)
        if plan_s:
            reasons.append(f"status planned: {plan_s[0].text!r}")
            return "planned"
        return "confirmed"

    def _decide(self, segments: list[_Segment], lang: str, cues: CueSet,
                explain: bool = False, enriched: bool = False) -> _Verdict:
        """The rules' decision, and whether company and numbers were extracted for it
        (`enriched`: they were, by an earlier call on these segments)."""
        reasons: list[str] = []
        layoff_hits = [(seg, h) for seg in segments for h in seg.layoff]
        if not layoff_hits:
            return _Verdict(Detection(is_layoff=False, lang=lang, score=0.0,
                                      reasons=("no layoff cue",), status="reported"))
        seg0, top = max(layoff_hits, key=lambda sh: (sh[1].cue.weight, sh[0].role == "title"))
        hopeless = top.cue.weight < 2 and top.cue.weight < self.threshold
        if hopeless and not explain:
            # a weak cue earns no bonus and traps only subtract: it cannot reach the
            # threshold, so the costly extraction is skipped (explain still shows it,
            # and the word model's path extracts for itself either way)
            return _Verdict(Detection(is_layoff=False, lang=lang, score=float(top.cue.weight),
                                      reasons=(f"only a weak cue {top.cue.name!r}",),
                                      status="reported"))
        if not enriched:  # (a second _enrich would find the same again)
            self._enrich(segments, lang)
        score = float(top.cue.weight)
        reasons.append(f"layoff cue {top.cue.name!r}: {top.text!r} in the {seg0.role} "
                       f"(+{top.cue.weight:g})")
        company, anchored, anchored_in = self._choose_company(segments, lang, reasons)
        # the directory's name for it, looked up once (None: a name the directory lacks)
        canonical = self.directory.resolve(company) if company is not None else None
        weak_cue = top.cue.weight < 2  # "laid-off workers": a description, earns no bonus
        if anchored and not weak_cue:
            score += 1
        described = (self._described_subject(segments[0], lang)
                     if company is None or not anchored
                     or (lang == "en" and canonical is None) else None)
        if described and anchored and not re.match(r"(?:an?|one)\s", described, re.I):
            described = None  # only "A Midwest startup" says the capitalised word is no name
        if described and company is not None and lang == "zh" and len(segments) > 1 and any(
                m.name == company and (any(0 <= h.start - m.end <= 12 for h in segments[1].layoff)
                                       or self._summary_opens_with(segments[1], m))
                for m in segments[1].companies):
            # "半导体大厂传裁员50%", then "…的「芯华章」(X-Epic),传出裁员": the teaser's
            # employer, named where the summary reports the cut; "日汽車大廠驚爆裁員", then
            # "日本汽車品牌本田在陸銷售低迷,…進行大規模裁員": named as the summary's subject
            described = None
        if described and company is not None:
            # "Bay Area tech company lays off …, CEO blames Google": the unnamed employer
            # is the subject; a name mentioned in another clause is someone else
            reasons.append(f"company {company} is only mentioned, not the employer")
            company = canonical = None
        if described:
            reasons.append(f"an unnamed employer is the subject: {described!r}")
        elif company is None and lang == "en" and (
                staffed := self._staff_employer(segments, reasons)
                or self._echoed_role_name(segments, reasons)):
            company = staffed  # named, not the subject: no bonus, no penalty
        elif company is None:
            score -= 1
            reasons.append("no company named (-1)")
        elif anchored_in == "?":
            score -= 1
            reasons.append("the company is only a guess from a Title Case headline (-1)")
        elif not anchored and not segments[0].layoff:
            score -= 1
            reasons.append("the layoff is only in the summary, and not by the company named (-1)")
        if not segments[0].layoff and re.search(r"[?？]\s*$", segments[0].text):
            score -= 2
            reasons.append("the title asks a question and names no layoff (-2)")
        count, lower = self._choose_count(segments, lang, reasons,
                                          employer=canonical or company)
        percent = self._choose_percent(segments, reasons, lang)
        if (count is not None or percent is not None) and not weak_cue:
            score += 1
        elif lang == "zh" and self._plant_closure_only(segments, layoff_hits):
            # "起亚宣布月底关闭一家在华工厂": production moves or stops, and no one is
            # said to lose a job (not "关闭北京研发中心", where the staff are the site)
            score -= 1
            reasons.append("only a plant closes, and no staff are mentioned (-1)")
        vetoed = rebutted = tallied = held = False
        seen: set[str] = set()
        # The headline is the claim; the summary is context. When the title itself
        # names a company doing the cutting, traps in the summary ("amid a wave of
        # tech layoffs", "hiring will slow") only weigh half and veto nothing.
        # an unlisted Chinese subject ("美国芯片公司") is too uncertain to outweigh a trap
        listed_company = canonical is not None
        title_anchored = (anchored_in == "title" and not (lang == "zh" and company is not None
                                                          and not listed_company)) or any(
            self._anchored(segments[0], m, lang) is not None for m in segments[0].companies)
        # "又一車企裁員! 這些車企已累計裁員近4萬人" over a summary about Porsche: "another
        # carmaker" is the listed company the summary names, as if the title named it, and
        # the tally is the backdrop
        title_anchored = title_anchored or (
            lang == "zh" and seg0 is segments[0] and listed_company
            and _ZH_ANOTHER.search(seg0.text, 0, top.start) is not None)
        # "British AI start-up lays off staff", "Esports Engine Layoffs: 65 Employees
        # Released": one employer's cut, named or not, that the summary's backdrop ("in the
        # industry") does not turn into a trend
        summary_shielded = title_anchored or (lang == "en" and seg0 is segments[0] and (
            bool(described) or (anchored_in == "?" and top.cue.weight >= 3 and any(
                h.strength >= 2 for h in segments[0].counts))))
        title_names = {m.name for m in segments[0].companies}
        # "BMS, Bayer, Takeda, Pfizer downsize …" whichever cue ends up on top
        # (read only as "three or more", which a list needs two names for: one name and an
        # unlisted one make at most two; so one name is not read)
        listed = max((self._listed_subjects(segments[0], h) for h in segments[0].layoff
                      if h.cue.weight >= 2), default=0) if len(segments[0].companies) > 1 else 0
        if not title_names and len(segments) > 1 and len(segments[1].companies) > 1:
            # "德国多家知名企业宣布大规模裁员计划" over "德意志银行、西门子集团和奥迪汽车公司
            # 相继宣布大规模裁员计划": the title's unnamed employers are the summary's list
            listed = max([listed, *(self._listed_subjects(segments[1], h)
                                    for h in segments[1].layoff if h.cue.weight >= 2)])
        if lang == "zh" and listed < 3 and "、" in segments[0].text and any(
                _ZH_NAME_LIST.search(segments[0].text, 0, h.start) for h in segments[0].layoff
                if h.cue.weight >= 2):
            listed = 3  # "广州百田、完美世界、雷焰游戏裁员进行时": names the directory lacks
        if len(title_names) >= 3 and not anchored:
            vetoed = tallied = True
            reasons.append(f"trap several companies in the title ({len(title_names)}) (veto)")
        elif len(title_names) >= 2 and (pair := self._joined_pair(segments[0], lang)) and (
                not anchored or (company is not None and company in pair)):
            # "传阿里巴巴和腾讯将大裁员", "PayPal, Block lay off 3500": two employers' cuts,
            # no one's event (the second name may be found as the subject after the comma)
            vetoed = tallied = True
            reasons.append(f"trap two employers named together before the cut: {pair!r} (veto)")
        elif listed >= 3:
            # "Tech giants Google, Meta and Amazon cut 40,000 jobs": a tally of several employers
            vetoed = tallied = True
            reasons.append(f"trap {listed} companies listed as the subject (veto)")
        elif (not title_names and not anchored and len(segments) > 1
              and len(segments[1].companies) >= 3  # (fewer matches name fewer than three)
              and len({m.name for m in segments[1].companies
                       # "天使轮投资方包括矽力杰、世芯科技、韦尔股份": backers, not a round-up
                       if not _BACKERS_CLAUSE.search(_CLAUSE_START.split(
                           segments[1].text[max(0, m.start - 30):m.start])[-1])}) >= 3):
            # "裁员" over a summary naming HSBC, Citi, StanChart and TVB: a round-up
            vetoed = tallied = True
            reasons.append("trap several companies in the summary, none in the title (veto)")
        elif (lang == "en" and not listed_company and len(segments) > 1
              and _EN_SEVERAL_INCLUDING.search(segments[1].text)):
            # "Exchanges announce mass layoffs" over "Several large platforms including
            # Coinbase and BlockFi have fired …": the unlisted subject is a kind, with examples
            vetoed = tallied = True
            reasons.append("trap several employers, with examples, in the summary (veto)")
        # Every trap lowers the score or vetoes, so below the threshold they cannot change
        # the outcome: the scan is skipped unless the reasons are wanted in full.
        scan_traps = explain or score >= self.threshold
        base_score = score
        # "美团裁员,…焦虑": after a name 裁员 is the verb of the event, not a topic (裁员潮)
        zh_verb = lang == "zh" and top.cue.name == "裁员" and not _ZH_TOPIC_AFTER.match(
            seg0.text[top.end:top.end + 2])
        admission = _ZH_ADMISSION if lang == "zh" else _EN_ADMISSION

        def admitted_cut() -> re.Match[str] | None:  # asked only of a denial that would veto
            admitted = next((m for seg in segments if (m := admission.search(seg.text))
                             # "确认高层小范围调整": a reshuffle at the top, not a cut
                             and not re.search(r"高层|高管|管理层|人事",
                                               seg.text[max(0, m.start() - 4):m.end() + 2])),
                            None)
            if admitted is not None and lang == "zh" and "流动" in "".join(
                    s.text for s in segments):
                admitted = None  # "正常人员流动": turnover, a plain denial
            return admitted
        for seg in segments if scan_traps else ():
            if seg.text:
                # the summary's softer traps are ignored after an anchored title: skip the scan
                scanner = (cues.veto_traps if seg.role == "summary" and summary_shielded
                           else cues.traps)
                seg.traps = scanner.scan(seg.text, seg.folded)
            for hit in seg.traps:
                if hit.cue.name in seen:
                    continue
                if (hit.cue.name.startswith("denial") and hit.text == "澄清"
                        and _ZH_ASKED_TO.search(seg.text, max(0, hit.start - 12), hit.start)):
                    continue  # "法财长促其就此作出澄清": asked to explain, not denying
                if (hit.text == "失业" and hit.cue.name.startswith(_AGGREGATES)
                        and _ZH_STAFF_THEN.search(seg.text, max(0, hit.start - 14), hit.start)):
                    continue  # "员工一夕之间全部失业": one employer's staff, not the jobless rate
                if hit.cue.name == "industry aggregate" and any(
                        m.start < hit.start < m.end for m in seg.companies):
                    continue  # "Rocksteady Studios Faces Major Layoffs": the name's end
                if hit.cue.name == "sports roster" and any(
                        q.start() < hit.start and hit.end < q.end()
                        for q in _QUOTED_WORK.finditer(seg.text)):
                    continue  # "Layoffs Following 'Suicide Squad' Flop": a game's title
                if hit.cue.name == "question" and (seg is not seg0
                                                   or not self._same_clause(seg.text, top, hit)):
                    continue  # "B站开启新一轮裁员，…还有多远？" asks about something else
                if (not hit.cue.veto and seg is seg0 and seg.role == "title"
                        and not self._between_clear(seg.text, top, hit)):
                    continue  # "特斯拉降价后，又传出裁员消息": the price cut is another clause
                if (hit.cue.name.startswith("denial") and seg is seg0 and seg.role == "title"
                        and title_anchored and hit.start >= top.end
                        and _BUT.search(seg.text, top.end, hit.start)
                        and not any(h.start > hit.start for h in seg.layoff)):
                    continue  # "Barclays to cut 400 jobs but denies reports of branch closures"
                if (hit.cue.name.startswith("price or rate cut") and seg is seg0 and title_anchored
                        and hit.start >= top.end and any(h is top for h in seg0.layoff)):
                    continue  # "Rivian Slashes 6% Of Jobs To Keep Up With Tesla Price Cuts"
                seen.add(hit.cue.name)
                veto, weight = hit.cue.veto, hit.cue.weight
                if (seg.role == "title" and veto == "unanchored" and title_anchored
                        and seg is seg0 and hit.start >= top.end
                        and _TITLE_DASH.search(seg.text, top.end, hit.start)):
                    # "Under Armour Plans Major Layoffs Costing Millions – Shares Drop 10%":
                    # the news, then its aftermath
                    veto, weight = "", weight / 2
                elif seg.role == "title":
                    # "Sirin Labs cuts 25% of staff as CEO faces lawsuit" is an event;
                    # "Former Google employees file lawsuit over layoffs" is not
                    if veto == "unanchored" and title_anchored and not (
                            # "Big Tech layoffs hit Amazon’s drones, … and Google’s incubator":
                            # the trend is the subject, the names are where it hit
                            hit.cue.name.startswith(_AGGREGATES) and seg is seg0
                            and hit.start <= top.start < hit.end and len(title_names) >= 2) and (
                            top.cue.name not in _NOUN_CUES or count is not None
                            or percent is not None
                            or (zh_verb and not hit.cue.name.startswith("question"))
                            # "Cigna's Job Cuts: Latest Addition to the Healthcare Layoff
                            # Watch": the company's own cuts, in a trend
                            # "Dell announces workforce reduction as major tech
                            # companies continue job cuts": the trend is the backdrop
                            or (hit.cue.name.startswith(_AGGREGATES) and lang == "en"
                                and (re.search(r"\w['’]s\s+$", seg0.text[:top.start])
                                     or re.search(r"\b(?:as|amid|while)\b",
                                                  seg0.text[top.end:hit.start])))):
                        veto, weight = "", weight / 2
                elif summary_shielded:
                    if veto != "always":
                        continue
                    veto, weight = "", weight / 2
                elif veto == "unanchored" and anchored:
                    veto = ""
                if (hit.cue.name == "question" and lang == "zh" and seg.role == "title"
                        and len(re.findall(r"[\u4e00-\u9fff]", seg.text[hit.end:])) >= 4
                        and top.start < hit.start):
                    # "裁员1600人平均37岁?Oracle惊传关闭研发中心": the headline goes on to
                    # state what happened; the question is about a detail of it
                    veto, weight = "", -1.0
                if (veto and hit.cue.name == "question" and seg.role == "title"
                        and anchored_in == "summary"
                        and (count is not None or percent is not None)):
                    # "Is TikTok Shop gearing up for job cuts?" answered by the summary:
                    # "TikTok Shop is preparing to trim several hundred roles"
                    veto, weight = "", -1.0
                if (veto and hit.cue.name == "question" and lang == "zh" and title_anchored
                        and seg.role == "title" and top.end <= hit.start
                        and re.search(r"为何|为什么|缘何|因何", seg.text[top.end:hit.start])):
                    # "富途裁员风波为何升级?": asking why, of a cut the headline takes as given
                    veto, weight = "", -1.0
                if (veto and lang == "en" and base_score >= 5 and len(title_names) < 2
                        and hit.cue.name.startswith(_AGGREGATES)
                        and (seg.role == "summary" or segments[0].counts
                             or segments[0].percents)):
                    # "Tech layoffs slay 20% of popular startup's workforce", then "Scale AI
                    # layoffs": a named employer's own counted cut, told against the trend (not
                    # "Newsroom Blues: Layoffs, Closings Nationwide", a trend with one example).
                    # On the eight held-out sets as first measured, this veto was wrong on 4
                    # of its 6 items at this score
                    veto, weight = "", -2.0
                if veto and hit.cue.name.startswith("denial") and (admitted := admitted_cut()):
                    # "比例不实，属正常优化": the scale is denied, the cut is admitted
                    veto, weight = "", -1.0
                    reasons.append(f"denial of the scale only: {admitted.group(0)!r}")
                if veto:
                    vetoed = True
                    rebutted = rebutted or hit.cue.name.startswith(_REBUTTALS)
                    tallied = tallied or hit.cue.name.startswith(_AGGREGATES)
                    reasons.append(f"trap {hit.cue.name}: {hit.text!r} in the {seg.role} (veto)")
                else:
                    score += weight
                    held = held or hit.cue.name.startswith(_HELD)
                    reasons.append(f"trap {hit.cue.name}: {hit.text!r} in the {seg.role} "
                                   f"({weight:+g})")
        is_layoff = not vetoed and score >= self.threshold
        if is_layoff and company is None and lang == "en":
            company = self._summary_opener(segments, reasons)  # (named, not scored)
        status: Status = "reported"
        new_round = False
        if is_layoff:  # status and rounds only matter for a layoff; skip the scans otherwise
            status, new_round = self._status_and_round(segments, lang, cues, reasons)
        reasons.append(f"score {score:g} {'>=' if score >= self.threshold else '<'} "
                       f"threshold {self.threshold:g}" + (", vetoed" if vetoed else ""))
        return _Verdict(Detection(
            is_layoff=is_layoff,
            company=company,
            count=count,
            count_is_lower_bound=lower if count is not None else False,
            percent=percent,
            status=status,
            lang=lang,
            score=round(score, 2),
            reasons=tuple(reasons),
            new_round=new_round,
        ), extracted=not hopeless, rebutted=rebutted, tallied=tallied, held=held)

    @staticmethod
    def _opening_company(seg: _Segment, reasons: list[str]) -> str | None:
        """A listed name that opens the headline's clause, for a layoff no cue named:
        "American Airlines To Cut 30 Percent …", "Source: Autonomous driving unicorn
        Momenta dissolves …". Names the rules distrust unanchored (strict aliases such as
        "American Airlines") count here: heading the headline is the anchor."""
        for m in seg.companies[:1]:
            words = _EN_TOKEN.findall(re.split(r":\s", seg.text[:m.start])[-1])
            if len(words) <= 4 and all(_descriptor(w) or not _name_word(w) for w in words[1:]):
                reasons.append(f"company {m.name} via {m.alias!r}: the listed name the title "
                               f"opens with")
                return m.name
        return None

    def _leading_name(self, segments: list[_Segment], reasons: list[str]) -> str | None:
        """The employer of a layoff no cue named: the name a sentence-case headline opens with.

        Title Case headlines are skipped (every word looks like a name there), and so
        is a run whose first word only describes ("Chinese Smartphone Maker …").
        """
        for seg in segments:
            if not seg.text or _title_case(seg.text):
                continue
            m = _LEADING_NAME.match(seg.text)
            if not m or _UNNAMED_AFTER.match(seg.text, m.end()):
                continue
            words = m.group(0).split()
            if words[-1].endswith("'s"):
                words[-1] = words[-1][:-2]  # "Bayer's pharmaceutical unit": Bayer
                if words[-1].lower() in _NOT_EMPLOYERS:
                    continue  # "Germany's major auto component maker": a place
            # "Quartz CEO Seward: …": the company ends where its executive's title begins
            words = list(takewhile(lambda w: w.lower() not in _EXEC_TITLES, words))
            if not words:
                continue
            if len(words) == 1 and _descriptor(words[0]) and (
                    named := _ROLE_THEN_NAME.match(seg.text)):
                # "German auto component maker Continental on Monday said …"
                words = named.group("name").split()
            words = _without_trailing_descriptors(words)
            if (not words or _descriptor(words[0])
                    or words[0].lower() in _PLURAL_KINDS or len(words) > 4
                    # "Coronavirus: Rugby Australia stands down …": the topic, not a name;
                    # "Bakery in Sudbury closes", "County to tighten belt more": a kind of
                    # site or body, whose name is elsewhere
                    or (len(words) == 1 and words[0].lower() in _NOT_A_LEADING_NAME)):
                continue
            name = " ".join(words)
            return self._named(name, self.directory.resolve(name),
                               f"the name the {seg.role} opens with", reasons)
        return None

    def _summary_opener(self, segments: list[_Segment], reasons: list[str]) -> str | None:
        """The employer an English summary opens with, for a layoff whose cue named none:
        "The Santa Barbara Unified School District mailed out 70 layoff notices"."""
        if len(segments) < 2 or not (m := _SUMMARY_OPENER.match(segments[1].text)):
            return None
        return self._body_named(m.group("name"), "the name the summary opens with", reasons)

    def _staff_employer(self, segments: list[_Segment], reasons: list[str]) -> str | None:
        """The body whose staff an English item names, when no cue named the employer:
        "Two Redland City Council general managers have been made redundant"."""
        for seg in segments:
            for m in _EMPLOYER_STAFF.finditer(seg.text):
                if name := self._body_named(m.group("name"), f"whose staff the {seg.role} "
                                            f"names", reasons):
                    return name
        return None

    def _echoed_role_name(self, segments: list[_Segment], reasons: list[str]) -> str | None:
        """The name the summary gives a firm by its trade, when the title names it too:
        "… as Mascott goes under", then "after construction firm Mascott went into
        administration" (a word the title merely shares is no name without the trade)."""
        if len(segments) < 2:
            return None
        for m in _ROLE_WORD_NAME.finditer(segments[1].text):
            words = m.group("name").split()
            words = _without_trailing_descriptors(words)
            if (not words or _descriptor(words[0]) or words[0].lower() in _NOT_EMPLOYERS
                    or words[0].lower() in _PRONOUNS
                    or _word_at(segments[0].text, words[0]) < 0):
                continue
            name = " ".join(_without_legal_suffix(words))
            return self._named(name, self.directory.resolve(name),
                               "named by its trade in the summary, and in the title", reasons)
        return None

    def _body_named(self, run: str, how: str, reasons: list[str]) -> str | None:
        """A capitalised run as an employer: listed, or an unlisted name ending in the kind
        of body it is (District, Council, Hotel, Bank …); never a sentence's first word."""
        # ("Two Redland City Council general managers": the count before the name)
        # ("Following Goldsmiths Council’s rubber-stamping": the preposition before it)
        words = list(dropwhile(lambda w: w.lower() in NUMBER_WORDS or w == "The"
                               or w.lower() in _PREPOSITIONS, run.split()))
        if words and words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]
        while words and words[-1] in ("&", "of"):
            words.pop()
        low = [w.lower() for w in words]
        if (not words or _descriptor(words[0])
                or low[0] in _PRONOUNS or all(w in _NOT_EMPLOYERS for w in low)
                or low[-1] in _PLURAL_KINDS or low[-1] in _EXEC_TITLES
                or len(words) > (6 if low[-1] in _ORG_HEADS or low[-1] == "district" else 4)):
            return None
        name = " ".join(words)
        listed = self.directory.resolve(name)
        if listed is None and low[-1].rstrip(".") not in _OPENER_HEADS:
            return None  # "Until recently …", "Privately held …": a sentence's first word
        return self._named(name, listed, how, reasons)

    @staticmethod
    def _named(name: str, listed: str | None, how: str, reasons: list[str]) -> str:
        """The employer a fallback found, under its listed name if it has one, with why."""
        reasons.append(f"company {listed or name!r}{'' if listed else ' (not in the directory)'}"
                       f": {how}")
        return listed or name

    def _rebuttal(self, segments: list[_Segment], cues: CueSet) -> bool:
        """A denial or rehiring anywhere, or a headline about a whole trade ("Jobs massacre
        in German industry"), for items the rules stopped reading at the cue."""
        for seg in segments:
            if not seg.text:
                continue
            names: list[CompanyMatch] | None = None
            for hit in cues.traps.scan(seg.text, seg.folded):
                if seg.role == "title" and not seg.layoff and hit.cue.name in _HIRING:
                    return True  # "Safaricom Ethiopia seeks to recruit 1,000 staff"
                if not hit.cue.veto:
                    continue
                if hit.cue.name.startswith(_REBUTTALS):
                    return True
                if seg.role == "title" and hit.cue.name.startswith(_AGGREGATES):
                    if names is None:
                        names = self.directory.find(seg.text)
                    if not any(m.start < hit.end and hit.start < m.end for m in names):
                        return True  # but "American Airlines To Cut" names one airline
        return False

    def _status_and_round(self, segments: list[_Segment], lang: str, cues: CueSet,
                          reasons: list[str]) -> tuple[Status, bool]:
        status = self._status(segments, lang, cues, reasons)
        for seg in segments:
            r = cues.round.scan(seg.text, seg.folded)
            if r:
                reasons.append(f"new round: {r[0].text!r}")
                return status, True
        return status, False

    def _second_opinion(self, model: WordModel, verdict: _Verdict,
                        segments: list[_Segment], lang: str, cues: CueSet,
                        explain: bool) -> Detection:
        """The word model's probability; it overrules the rules only when sure the other way,
        and never a denial or rehiring the rules found.

        Every Chinese layoff report in the corpus carries one of the cue characters, so
        a Chinese item without a cue is not shown to the model (it is the bulk of a
        feed, and the model costs ~50 µs there); English reports can name a cut in
        words no cue lists ("Sprint Disconnects 8,000 Employees").
        """
        rules = verdict.detection
        if lang == "zh" and not any(seg.layoff for seg in segments):
            return rules
        asked = not (rules.is_layoff and rules.score >= _MODEL_MAX_SCORE[lang])
        if not asked and not explain:
            return rules
        # Tallies and trades ("9 retailers that have slashed jobs", "裁员潮席卷德国汽车行业")
        # read like layoffs word by word. On the 13 labelled sets, each judged by a model
        # trained without it, the model overruled 9 English such vetoes, 8 wrongly; in
        # Chinese it was right on 12 of 16 where the rules had tied a named company to
        # the cut (score 4 and up) and wrong on 9 of 12 where they had not.
        tally_binds = not (lang == "zh" and rules.score >= 4)

        def binding(v: _Verdict) -> bool:
            """A denial, rehiring or _HELD trap the rules found, or a tally that binds."""
            return v.rebutted or v.held or (v.tallied and tally_binds)

        vetoed = binding(verdict)
        if not explain and not rules.is_layoff and vetoed:
            # a denial, rehiring or tally the rules found vetoes whatever the model says
            # (a fuller rescan below only finds the same): the model need not be asked
            return rules
        summary = segments[1].text if len(segments) > 1 else ""
        opinion = model.opinion(segments[0].text, summary, lang, explain=6 if explain else 0,
                                normalised=True)
        p = opinion.probability
        said = f"word model: P(layoff) {p:.2f}"
        if opinion.leading:
            said += " from " + ", ".join(f"{f!r} {c:+.2f}" for f, c in opinion.leading)
        if not asked:
            return replace(rules, reasons=rules.reasons + (
                f"{said} (not asked: a cue anchored to a named company"
                f"{' with a number' if rules.score >= 5 else ''} is the rules' surest case)",))
        if rules.is_layoff and p <= (low := _MODEL_LOW[lang]):
            return replace(rules, is_layoff=False, status="reported", new_round=False,
                           reasons=rules.reasons + (f"{said} <= {low}: not a layoff",))
        # (a cue below weight 1, such as a managing director's "depart", leaves it alone)
        alone = not any(h.cue.weight >= 1 for seg in segments for h in seg.layoff)
        bar = _MODEL_HIGH_ALONE if alone else MODEL_HIGH
        if alone and lang == "en" and not any(_EN_STAFF_NAMED.search(seg.text)
                                              for seg in segments):
            if explain:
                return replace(rules, reasons=rules.reasons + (
                    f"{said} (no cue and no one's job named: the model alone finds no layoff)",))
            return rules
        if (not rules.is_layoff and p >= MODEL_HIGH and not explain
                and (rules.score < self.threshold if verdict.extracted else not alone)):
            # below the threshold the rules skipped the trap scan, denials and tallies
            # included (and with only a weak cue, the whole extraction); read them in full
            # now, as `explain` would (a rare path: the model is about to overrule)
            full = self._decide(segments, lang, cues, True, enriched=verdict.extracted)
            vetoed = binding(full)
        if not rules.is_layoff and p >= bar and not vetoed and (
                verdict.extracted or not self._rebuttal(segments, cues)):
            reasons = list(rules.reasons)
            company, count, lower, percent = (rules.company, rules.count,
                                              rules.count_is_lower_bound, rules.percent)
            if not verdict.extracted:
                self._enrich(segments, lang)
                company = self._choose_company(segments, lang, reasons)[0]
                count, lower = self._choose_count(segments, lang, reasons, found_by_model=True)
                percent = self._choose_percent(segments, reasons, lang, found_by_model=True)
            elif count is None and not segments[0].layoff:
                # "Nearly 225 McClatchy Employees Accept Buyouts": the rules read no count in
                # a title without a cue; the model read a layoff there
                count, lower = self._choose_count(segments, lang, reasons, found_by_model=True)
            if company is None and lang == "en":
                company = (self._opening_company(segments[0], reasons)
                           or self._leading_name(segments, reasons))
            reasons.append(f"{said} >= {bar}{' (no cue: the model alone)' if alone else ''}: "
                           f"a layoff")
            status, new_round = self._status_and_round(segments, lang, cues, reasons)
            return replace(rules, is_layoff=True, company=company, count=count,
                           count_is_lower_bound=lower if count is not None else False,
                           percent=percent, status=status, new_round=new_round,
                           reasons=tuple(reasons))
        if explain:
            return replace(rules, reasons=rules.reasons + (said,))
        return rules
