"""Cue phrases, English and Chinese: "layoff", "not a layoff event", and how sure.

Every cue has a short name (shown in `explain` reasons), a kind and a weight:

* ``layoff``: evidence of a layoff, including euphemisms (workforce reduction,
  redundancies, let go, 优化, 毕业, 人员调整 …). Weight 3 is enough on its own;
  weaker cues (2, 1) need a number or a company next to them.
* ``trap``: a reason the text is *about* layoffs without reporting one: denials
  (否认, 辟谣), rehiring, hiring news, trackers and roundups, industry-wide
  aggregates, lawsuits over past layoffs, opinion and explainers, sports roster
  cuts, price and rate cuts. ``veto="always"`` rejects outright; ``"unanchored"``
  rejects unless a company is the subject of a layoff cue (then it only lowers
  the score): "Meituan axes jobs as lay-offs in tech sector deepen" is an event,
  "Tech layoffs top 100,000" is not.
* ``reported`` / ``planned`` / ``confirmed``: status.
* ``round``: another round ("second round", 新一轮, 再次 …).

Patterns are compiled into one alternation per (language, kind), so a text is
scanned a handful of times however many cues there are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import reduce
from itertools import islice
from operator import itemgetter, or_
from typing import Any, Literal

import ahocorasick

from detect.hanzi import ascii_lower
from detect.regexfast import (
    FastAlternation,
    alternatives,
    compile_guarded,
    fast_patterns,
    first_chars,
    fold_pattern,
)
from detect.regexgate import required_literals

Kind = Literal["layoff", "trap", "reported", "planned", "confirmed", "round"]
Veto = Literal["", "always", "unanchored"]


@dataclass(frozen=True, slots=True)
class Cue:
    name: str
    kind: Kind
    weight: float = 0.0
    veto: Veto = ""


@dataclass(frozen=True, slots=True)
class CueHit:
    cue: Cue
    start: int
    end: int
    text: str


# ------------------------------------------------------------------ English

_EN_PEOPLE = (
    r"(?:jobs?|roles?|positions?|staff(?:ers|s)?|workers?|employees?|headcount|workforce|"
    r"work force|"
    r"personnel|manpower|people|engineers|developers|posts|team members|contractors|managers|"
    r"executives|"
    r"recruiters|journalists|reporters|salespeople|pilots|cabin crew|bankers|members of staff|"
    r"colleagues|office workers|white-collar workers|corporate employees|hires|"
    r"sales force|sales reps|sales representatives|musicians|orchestra|miners|nurses|"
    r"crew(?!\s+(?:hours|schedules|pay|flights))|"
    r"(?:low |poor |under)performers)"
)
# filler between a cut verb and the people it cuts: numbers, qualifiers, adjectives
_EN_FILL = (
    r"(?:\s+(?:up to|as many as|as much as|close to)"
    # (not "cut the variable pay for employees": what is cut is their pay)
    # (nor "scraps retirement age for staff": what is cut is something for them)
    r"|\s+(?!and\b|but\b|while\b|after\b|as\b|from\b|to\b|in\b|for\b|pay\b|wages?\b|salar|"
    r"bonus)"
    # ("cuts 30pc of its staff": the British and Australian percent)
    # ("its nearly 400-person-strong workforce": a number that describes)
    # ("axes ‘hundreds’ of jobs": a word in quotes)
    r"(?:\d[\d,.]*(?:[kK%+]|pct?\b|-[a-z][\w-]*)?|[‘“]?[A-Za-z][\w'%.-]*[’”]?)){0,6}?"
)
_EN_QTY = (
    r"(?:(?:about|around|approximately|roughly|nearly|almost|some|up to|as many as|more than|"
    r"over|at least|another|a further|an additional)\s+)?"
    r"(?:\d[\d,.]*\s?[kK]?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|"
    r"many) (?:hundred|thousand|dozen)|hundreds|thousands|dozens|tens of thousands)"
)
# "declares 10% pay cut for staff": the noun, and what is cut is pay (but "Brightline Pay
# cuts 40% of staff" is a firm; cues read lower-cased text, so the word after tells). The
# lookbehinds follow the verb: a branch must open on a letter (detect/regexfast.py).
_NOT_PAY_CUT = "".join(rf"(?!(?<={w} {c})\s+(?:for|to|on|of)\b)"
                       for w in ("pay", "wage", "salary") for c in ("cut", "cuts"))
_EN_CUT_VERB = (
    r"(?:cut|cuts|cutting|slash(?:es|ed|ing)?|(?:axe|axes|axed|axing)|eliminat(?:e|es|ed|ing)|"
    r"scrap(?:s|ped|ping)?|"
    r"shed(?:s|ding)?|trim(?:s|med|ming)?|reduc(?:e|es|ed|ing)|sack(?:s|ed|ing)?|"
    r"fir(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|terminat(?:e|es|ed|ing)|chop(?:s|ped|ping)?|"
    r"shrink(?:s|ing)?|shrank|halv(?:e|es|ed|ing)|scal(?:e|es|ed|ing) back)"
)

EN_LAYOFF: list[tuple[str, str, float]] = [
    ("lays off", r"\blay(?:s|ing)?[\s-]+off\b|\blaid\s+off\b"
                 # "National Public Radio is Laying People Off"
                 # (not "to lay people off", "laying them off": the idea, or people named before)
                 r"|\b(?:laying|laid)\s+(?:people|staff|workers|employees)\s+off\b"
                 # the EU's word for a mass layoff; "terminated the employment of 30%"
                 r"|\bcollective\s+dismissals?\b|\bcollective\s+redundanc(?:y|ies)\b"
                 r"|\bterminat(?:e|es|ed|ing)\s+the\s+employment\s+of\s+(?:about\s+|some\s+|over\s+|"
                 r"nearly\s+|close to\s+|around\s+)?(?:\d|hundreds\b|thousands\b|dozens\b|all\s|"
                 r"(?:its|their)\s+(?:staff|employees|workers|workforce))", 3),
    ("laid-off (adjective)", r"\blaid-off\b", 1),
    ("layoffs", r"\b(?<!despite )(?<!after )(?<!amid )(?<!since )(?<!post-)"
                r"lay-?offs?\b(?!\s+(?:tracker|news))", 3),
    ("layoffs as context", r"\b(?:despite|after|amid|since|post-)\s*(?:the\s+|its\s+|recent\s+|"
                           r"last year's\s+)?lay-?offs?\b", 1),
    # ("More newsroom cuts at The Buffalo News")
    ("job cuts", r"\b(?:job|jobs|staff|workforce|headcount|labou?r|personnel|employee|newsroom|"
                 r"management|corporate|white-collar)[\s-]+cuts?\b", 3),
    # 人员优化 in English-language Chinese business press ("Xiaomi's 'personnel optimisation'")
    ("personnel optimisation", r"\b(?:personnel|staff|workforce|headcount|human resources?)\s+"
                               r"optimi[sz]ation\b", 3),
    # (not "plans to cut staff pay by 2.7%")
    ("cuts jobs", rf"\b{_EN_CUT_VERB}\b{_NOT_PAY_CUT}{_EN_FILL}\s+['\"]?{_EN_PEOPLE}\b"
                  r"(?!\s+(?:pay|wages?|salar(?:y|ies)|hours|bonus(?:es)?|benefits|pensions?)\b)",
     3),
    # a company "loses 1,200 employees" to resignations; it is jobs that are lost in a layoff
    ("jobs lost",
     rf"\b(?:los(?:e|es|ing)|lost)\b{_EN_FILL}\s+(?:jobs?|roles|positions|posts)\b", 3),
    ("cuts N", rf"\b(?:cut|cuts|cutting|slash(?:es|ed|ing)?|(?:axe|axes|axed|axing)|"
               rf"dismiss(?:es|ed|ing)?|sack(?:s|ed|ing)?|fir(?:es|ed|ing)|shed(?:s|ding)?)\s+"
               # (not "axing 21 frontline ambulances": vehicles, routes, beds)
               rf"{_EN_QTY}\b(?!\s*(?:%|percent|million|billion|dollars|stores|products)"
               r"|\s*(?:[\w-]+\s+)?(?:ambulances|buses|trains|flights|routes|beds|vehicles|"
               r"aircraft|planes|branches|services)\b)", 2),
    ("let go", r"\blet(?:s|ting)?\s+go\s+(?:of\s+)?(?:[\w,'%.-]+\s+){0,4}?"
               r"(?:staff|employees|workers|people|engineers|\d[\d,]*|hundreds|thousands|dozens)\b"
               r"|\blet(?:s|ting)?\s+(?:[\w,'%.-]+\s+){0,4}?(?:staff|employees|workers|"
               r"people)\s+go\b"
               r"|\bbeing let go\b", 3),
    ("redundancies", r"\bredundanc(?:y|ies)\b(?!\s+(?:in|of)\s+(?:data|systems?|power))"
                     r"|\bma(?:de|kes?|king)\s+(?:[\w%,.]+\s+){0,5}?redundant\b", 3),
    ("workforce reduction", r"\b(?:workforce|staff|headcount|job|employee|"
                            r"personnel)\s+reductions?\b"
                            r"|\breductions?\s+(?:in|of|to)\s+(?:its\s+|their\s+|the\s+)?(?:global\s+|"
                            r"total\s+)?(?:force|workforce|staff|headcount)\b"
                            # "announces reduction in managerial positions" (Bayer), not
                            # "a reduction in open positions" (fewer hires)
                            r"|\breductions?\s+(?:in|of)\s+(?:its\s+|their\s+|the\s+)?"
                            r"(?!open\b|vacant\b|unfilled\b)(?:[\w-]+\s+)?"
                            r"(?:positions|roles|jobs|posts|personnel|employees)\b"
                            r"|\bRIFs?\b"
                            # "reduce the size of the company by 29 people" (Medium)
                            r"|\breduc(?:e|es|ed|ing)\s+the\s+size\s+of\s+(?:the|our|its|their)\s+"
                            r"(?:company|team|teams|workforce|staff|organi[sz]ation)\b", 3),
    # Finnish and Nordic law: layoffs are announced as negotiations with the staff
    # ("Skarta Finland to start change negotiations with its personnel")
    ("change negotiations", r"\b(?:change|co-?operation|codetermination)\s+negotiations?\b", 3),
    # "throw 135 workers out of a job", "leaves 150 jobless", "will cost 150 workers their jobs"
    ("out of work",
     rf"\b(?:throw(?:s|n|ing)?|threw|put(?:s|ting)?|leav(?:e|es|ing)|left)\s+{_EN_QTY}\s+"
     # (single spaces: "out of work", "workers their jobs" gate the pattern, not "out")
     r"(?:[\w-]+\s+){0,2}?(?:out of (?:a )?jobs?|out of work|jobless|unemployed)\b"
     r"|\bcost(?:s|ing)?\s+(?:[\w,-]+\s+){0,3}?(?:workers|employees|people|staff) their jobs\b",
     3),
    # "a major restructure of the company's workforce" (weak: it needs a name or a number)
    ("workforce restructure", r"\brestructur(?:e|es|ing)\s+of\s+(?:the\s+company['’]s\s+|its\s+"
                              r"|their\s+)(?:entire\s+|global\s+)?workforce\b", 2),
    ("restructuring affecting N roles",
     rf"\b(?:affect|impact)(?:s|ed|ing)?\s+{_EN_QTY}\s+(?:of\s+)?(?:its\s+)?{_EN_PEOPLE}"
     # "mill to close; 165 workers impacted"
     rf"|\b\d[\d,]*\s+(?:workers|employees|staff|jobs)\s+(?:impacted|affected)\b", 2),
    ("downsizing", r"\bdownsiz(?:e|es|ed|ing)\b", 2),
    # "SenseTime Shrinks Urban Security Unit": a unit made smaller is people let go
    ("shrinks a unit", r"\bshr(?:inks?|ank|inking)\s+(?:its\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
                       r"(?:unit|division|department|business unit)\b", 2),
    # "Yoco has relieved some of its staff of their employment"
    ("relieved of duties", r"\breliev(?:e|es|ed|ing)\s+(?:[\w,'%.-]+\s+){0,4}?(?:staff|employees|"
                           r"workers|personnel)\s+(?:of|off)\s+(?:their\s+)?(?:duties|employment|"
                           r"jobs|positions|posts)\b", 3),
    # "Heads are rolling at Swvl": the idiom for people losing their jobs
    ("heads roll", r"\bheads\s+(?:are|will|to|could|set to|have)?\s*(?:be\s+)?roll(?:ing)?\s+"
                   r"at\b", 2),
    ("pink slips", r"\bpink[\s-]slips?\b", 3),
    ("job losses", r"\bjob losses\b"
                   # "to close with the loss of 163 jobs"
                   rf"|\bloss of\s+{_EN_QTY}\s+(?:[\w-]+\s+)?(?:jobs|positions|roles|posts)\b"
                   r"|\bjobs? (?:at risk|on the line|on the chopping block)\b", 2),
    # "thousands of employees with Indianapolis-based Celadon are without a job"
    ("left jobless", r"\b(?:employees|workers|staff)\b[^.;]{0,50}?\b(?:are|were|is|was)\s+"
                     r"(?:now\s+)?without\s+(?:a\s+)?(?:jobs?|work)\b", 3),
    # (not "University staff to go on strike")
    ("jobs to go", r"\b(?:jobs|roles|positions|posts|employees|workers|staff)\s+"
                   r"(?:(?:are|were|will be|to be|being|could be|set to be|have been|had been)\s+)?"
                   r"(?:(?:(?:set|expected|due|likely|poised)\s+)?to go(?!\s+on\s+strike)"
                   r"|will go|are to go|axed|"
                   r"cut|lost|eliminated|slashed|shed|affected|"
                   r"laid off|let go|fired|sacked|dismissed|out of work|out of a job|"
                   r"made redundant)\b|\b\d[\d,]*\+?\s+(?:workers|employees|jobs) out\b"
                   # "Confirmed: 500 to go at Tieto Finland"
                   r"|\b\d[\d,]*\s+(?:more\s+)?to go at\b"
                   # "600 jobs go at Bluescope Steel"
                   r"|\b\d[\d,]*\s+jobs\s+go\s+at\b", 3),
    ("cull", r"\bcull(?:s|ed|ing)?\b", 2),
    # newsroom idioms: "Tegna Swings the Ax....Again", "Target Corp latest to pull plug on
    # Canadian jobs" (not "takes axe to jobs": "Booking Holdings and Trivago" do it together)
    ("axe swung", r"\b(?:swing(?:s|ing)?|swung|wield(?:s|ed|ing)?)\s+(?:the\s+|an\s+|its\s+)?axe?\b"
                  r"|\bpull(?:s|ed|ing)?\s+(?:the\s+)?plug\s+on\s+(?:[\w-]+\s+){0,2}?"
                  r"(?:jobs|staff|workers|employees)\b", 3),
    # "Flipkart has asked around 1,000 of its employees to resign or take the severance pay"
    ("asked to resign", r"\bask(?:s|ed|ing)?\s+(?:[\w,]+\s+){0,4}?(?:of its\s+)?(?:employees|staff|"
                        r"workers)\s+to\s+(?:resign|quit|leave)\b", 3),
    # a WARN notice is the legal notice of a layoff (US)
    ("WARN notice", r"\bwarn (?:notices?|letters?|filings?)\b|\bwarn act notices?\b", 3),
    ("plant closure", r"\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?: down)?|shutter(?:s|ed|ing)?)\s+"
                      r"(?:(?:its|the|a|an|two|three|\w+)\s+){0,3}?(?:plant|factory|mill|"
                      r"facility|terminal|warehouse|distribution cent(?:er|re)|call cent(?:er|re)|"
                      r"smelter|refinery|mine|assembly line)s?\b"
                      r"|\b(?:plant|factory|mill|facility|terminal|warehouse|mine) (?:closure|"
                      r"shutdown|shutter)\w*", 2),
    ("shuts down", r"\b(?:suddenly |abruptly )?shuts? down\b|\bceases? operations\b"
                   r"|\bgoes out of business\b|\bfiles? for (?:chapter 7|liquidation)\b"
                   # "the company is to go into liquidation"
                   r"|\b(?:go(?:es|ing)?|went|gone|enter(?:s|ed|ing)?|placed)\s+(?:into\s+)?"
                   r"liquidation\b", 1.5),
    ("furlough", r"\bfurlough(?:s|ed|ing)?\b"
                 # "SpiceJet places some pilots on leave without pay": a furlough by its name
                 r"|\bon (?:leave without pay|unpaid leave)\b", 3),
    # "One in five Ericsson workers in Sweden will have to leave their jobs"
    ("forced to leave jobs", r"\b(?:will|would|must|to)\s+(?:have\s+to\s+|be\s+forced\s+to\s+)"
                             r"leave\s+(?:their|its)\s+jobs\b|\bforced\s+to\s+leave\s+(?:their\s+)?"
                             r"jobs\b", 3),
    # voluntary buyouts are a cut by another name (the corpus labels them layoffs), not a
    # private-equity "buyout" of the company
    ("buyouts", r"\bbuy(?:s|ing)?\s+out\s+(?:about\s+|some\s+|nearly\s+)?\d[\d,]*\s+"
                r"(?:[\w-]+\s+){0,2}?(?:employees|staff|staffers|workers|journalists)\b"
                r"|\b\d[\d,]*\s+(?:voluntary\s+)?buyouts\b"
                r"|\boffer(?:s|ed|ing)?\s+(?:voluntary\s+)?buyouts\b"
                # "79 people at the Globe and Mail are taking buyouts"
                r"|\b(?:take|takes|taking|took|accept(?:s|ed|ing)?)\s+(?:voluntary\s+)?buyouts\b",
     3),
    # "Over 3,000 Toshiba group staff apply for early retirement program": staff taking a
    # voluntary-retirement scheme leave like a buyout (weak: needs a number or a name)
    ("early retirement taken",
     r"\b(?:apply|applies|applied|applying|sign(?:s|ed|ing)?\s+up|opt(?:s|ed|ing)?|"
     r"accept(?:s|ed|ing)?|take|takes|took|taking)\s+(?:for\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?"
     r"(?:early|voluntary)\s+retirement\b"
     # "Krafton launches voluntary resignation program", "rolled out a voluntary retirement
     # scheme (VRS)": a voluntary-exit scheme is a cut (weak: it needs a number or a name)
     # ("voluntary exit deals to managers", "voluntary severance packages")
     r"|\bvoluntary\s+(?:resignation|retirement|redundancy|separation|exit|departure|severance)s?"
     r"\s+(?:programs?|programmes?|schemes?|plans?|packages?|offers?|initiatives?|deals?)\b"
     # "Lotte Department Store is offering its first-ever voluntary retirement", "will
     # implement voluntary retirement", "offering early retirement packages", "offers …
     # staffers early retirement", "1,483 Employees Choose Voluntary Retirement", "446
     # Voluntary Retirees": the employer's scheme, offered or taken
     r"|\b(?:offer(?:s|ed|ing)?|implement(?:s|ed|ing)?|launch(?:es|ed|ing)?|push(?:es|ed|ing)?|"
     r"conduct(?:s|ed|ing)?|seek(?:s|ing)?|choose|chooses|chose)\s+(?:[\w-]+,?\s+){0,4}?"
     r"(?:early|voluntary)\s+retirement\b"
     r"|\b\d[\d,]*\s+voluntary\s+retirees\b"
     # Malaysian English: "offered a Career Transition Scheme", "mutual separation scheme"
     r"|\b(?:career\s+transition|mutual\s+separation)\s+(?:schemes?|programs?|programmes?"
     r"|plans?)\b", 2),
    # African, South and Southeast Asian English: "PAL retrenches 117 employees", "Namdeb to
    # retrench at least 130 workers", "400 Navachab Workers Face Retrenchment"
    ("retrench", r"\bretrench(?:es|ed|ing)?\b", 3),
    # (not "the Zimbabwe Retrenchment Board", which counts everyone's)
    ("retrenchment", r"\b(?<!fiscal )(?<!budget )(?<!spending )retrenchments?\b(?!\s+board)", 2),
    # Australian for a furlough: "meatworkers … after being stood down from … abattoirs"
    ("stood down", r"\b(?:being|been|were|are|be|to be)\s+stood\s+down\b"
                   r"|\b(?:workers|employees|staff|meatworkers|miners|crew)\s+stood\s+down\b"
                   r"|\bst(?:ood|ands?|anding)\s+down\s+(?:(?:about\s+|some\s+|more than\s+|"
                   r"nearly\s+)?(?:\d[\d,]*|hundreds|thousands|its|all)\s+(?:[\w-]+\s+)?"
                   r"(?:workers|employees|staff)"
                   # "set to stand down staff", "stands down workforce": no number needed
                   r"|(?:its\s+|their\s+)?(?:staff|workforce|workers|employees))\b", 3),
    # "retires 300 employees", "130 displaced workers seek help"
    ("retires N", r"\bretir(?:es|ed|ing)\s+\d[\d,]*\s+(?:employees|workers|staff)\b"
                  r"|\b\d[\d,]*\s+displaced\s+(?:workers|employees)\b", 3),
    ("sent home", r"\bsent home\b", 1),
    # "PLDT expects to save P7b in manpower cut"
    ("labour cut", r"\b(?:labou?r|manpower) (?:cut|reduction)s?\b", 3),
    # Ontario's school boards: "issues surplus notices to 100 teachers", "declared surplus"
    ("surplus notices", r"\bsurplus notices?\b|\b(?:declared|deemed) surplus\b", 3),
    ("mass exits", r"\b(?:exit|exits|depart|departures)\b", 0.5),
]

# "a decision to reverse a delay in some layoffs": the cut goes ahead after all
_NOT_REVERSED = "".join(f"(?<!{verb} {article} )" for verb in ("reverse", "reverses", "reversed",
                                                             "reversing")
                        for article in ("a", "the"))

EN_TRAP: list[tuple[str, str, float, Veto]] = [
    ("denial", r"\bden(?:y|ies|ied|ying)\b|\bdenial\b|\brefut(?:e|es|ed|ing)\b"
               # "OCBC Chief Pledges to Avoid Staff Cuts"
               r"|\bavoid(?:s|ed|ing)?\s+(?:any\s+)?(?:staff\s+|job\s+)?(?:cuts|layoffs|lay-offs)\b"
               # "TCS clarifies the rumors around 'Large lay offs …'"
               r"|\bclarif(?:y|ies|ied|ying)\s+(?:the\s+|a\s+)?rumou?rs?\b"
               # "Emirates issues clarifying statement regarding job cuts"
               r"|\bclarif(?:y|ies|ied|ying)\s+(?:\w+\s+){0,2}?(?:regarding|about|on|over)\s+"
               r"(?:\w+\s+)?(?:job cuts|lay-?offs|redundancies)"
               # "TSTT slams ‘erroneous’ report", "rubbishes false claims"
               # (the nouns in a lookahead: the rarer adjectives gate the pattern)
               # "Yahoo says report of 20 percent in layoffs 'misleading'", "called a media
               # report it was planning to cut one-fifth … 'misleading and inaccurate'"
               r"|\b(?:says?|said|call(?:s|ed)?)\s+(?:a\s+|the\s+)?(?:media\s+|news\s+|press\s+)?"
               # (only the rarer words: they, not "report", gate the pattern)
               r"reports?\b[^.;]{0,70}?['’\"“”]\s*(?:misleading|inaccurate|baseless)"
               r"|\b(?:erroneous|false|fake|untrue|baseless|unfounded|inaccurate|misleading)"
               r"['’\"”]?\s+(?=(?:reports?|information|claims?|news|stories|rumou?rs?)\b)"
               # "Spark shoots down job cut rumour", "quashes layoff reports"
               # "TransNamib … shot down widespread allegations that it would retrench"
               r"|\b(?:shoots?|shot|shooting) down\s+(?:\w+\s+){0,3}?"
               r"(?:rumou?rs?|reports?|claims|allegations)\b"
               # "Royal Mail has rejected claims it is planning to sack thousands"
               r"|\breject(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:claims|reports|rumou?rs|allegations|"
               r"suggestions)\s+(?:that\s+)?(?:it|the company|the firm)\b"
               r"|\bquash(?:es|ed|ing)?\s+(?:\w+\s+){0,3}?"
               r"(?:rumou?rs?|reports?|claims|speculation)\b"
               r"|\bdismiss(?:es|ed|ing)?\s+(?:\w+\s+){0,2}?(?:rumou?rs?|reports?|claims|"
               r"allegations|speculation|news about)"
               r"|\bdismiss(?:es|ed|ing)?\s+(?:(?:the|recent|any|new|fresh|talk|rumou?red)\s+){0,2}"
               r"lay-?offs?\b(?!\s+(?:of|\d))"
               r"|\brules? out\b|\bruled out\b|\bno (?:plans?|programm?e) (?:to|for) "
               r"(?:cut|lay|layoffs|reduc|fire|retrench)"
               r"|\bnot (?:planning|considering|plan) (?:any )?(?:layoffs|job cuts|to lay|to cut)"
               r"|\bwon'?t (?:lay off|cut jobs|be laying)|\bno[ -](?:mass )?lay-?offs?\b"
               # "Vodafone EG NOT to layoff hundreds"
               r"|\bnot to (?:lay[ -]?off|cut (?:any )?jobs)\b"
               # "Canva refuses to conduct layoffs. So it's shifting employees into new roles"
               r"|\brefus(?:e|es|ed|ing) to (?:conduct |make |carry out |do )?(?:lay-?offs|lay off|"
               r"cut jobs)\b"
               r"|\bavoid(?:s|ed|ing)? (?:any )?layoffs|\bavert(?:s|ed|ing)? layoffs"
               r"|\b(?:thwart|prevent|stave off|staving off|head off|forestall)(?:s|ed|ing)?\s+"
               r"(?:\w+\s+)?(?:layoffs|job cuts)"
               r"|\b(?:mis|dis)information\b"
               r"|\b(?:false|fake|baseless|untrue)(?: and (?:false|untrue|baseless|misleading))? "
               r"(?:rumou?rs?|reports?|news|claims|information)\b"
               r"|\b(?:rubbish(?:es|ed|ing)?|rebut(?:s|ted|ting|tal)?|debunk(?:s|ed|ing)?|"
               r"rejoinder)\b"
               r"|\brumou?rs? (?:are|were|is) (?:false|untrue|baseless)"
               r"|\brevers(?:es|ed|ing)\s+(?:\w+\s+)?(?:plan|decision|course)|\bu-turn\b"
               r"|\bwithout (?:any )?(?:layoffs|job cuts)|\blayoff-free\b|\binstead of (?:layoffs|"
               r"job cuts|cutting jobs)"
               r"|\b(?:scraps|scrapped|cancels|cancelled|canceled|calls off|called off|halts|"
               r"rescinds|rescinded|shelves|drops|grounds)\s+(?:\w+\s+){0,2}?(?:plans?|lay-?offs|"
               # "Air India grounds voluntary retirement scheme"
               r"job cuts|redundancies|(?:voluntary\s+)?(?:retirement|redundancy|separation)\s+"
               r"schemes?)\b"
               # "will stop dismissing employees through voluntary retirement plans"
               r"|\b(?:stop|stops|stopped|halt|halts|halted)\s+(?:dismissing|laying off|firing|"
               r"cutting jobs)\b"
               r"|\b(?:won'?t|will not|would not|wouldn'?t|doesn'?t|does not|no)\b[^.;]{0,25}?"
               # "will not be furloughing or laying off workers"
               r"\b(?:layoffs|job cuts|lay off|laying off|furloughs|furloughing|cut jobs|"
               r"job losses)\b"
               # "No jobs lost as Nissan is set to end all night shifts"
               r"|\bno\s+(?:jobs?|staff|workers|employees)\s+(?:will\s+be\s+|are\s+|were\s+|to\s+be\s+)?"
               r"(?:lost|cut|axed|affected)\b"
               # "No workers at the fire-hit Peterhead fish factory are to lose their jobs"
               r"|\bno\s+(?:jobs?|staff|workers|employees)\b[^.;]{0,60}?\b(?:are|is|will|were)\s+"
               r"(?:to\s+|going\s+to\s+)?(?:lose|be\s+(?:lost|cut|axed|laid off|made redundant))\b"
               # "Kyocera U.S. Division Says No Cuts Coming", "reports of … job cuts … were
               # incorrect"
               r"|\bsays?\s+no\s+(?:job\s+)?cuts\b"
               r"|\breports?\s+of\b[^.;]{0,60}?\b(?:were|was|are|is)\s+(?:incorrect|inaccurate|"
               r"untrue|unfounded|wrong)\b"
               r"|\b(?:not|never|no need to)\s+(?:to\s+)?(?:\w+\s+){0,2}?(?:cut|cutting|lay|laying|"
               r"fire|"
               r"firing|shed|reduce|reducing)\b(?!\s+(?:prices|rates))", -6, "always"),
    # ("bringing back some furloughed workers")
    ("rehiring", r"\bre-?hir(?:e|es|ed|ing)\b|\bhired back\b|\bbring(?:s|ing)? back (?:laid-off |"
                 r"\w+ ){0,2}(?:workers|staff|employees)"
                 r"|\brecall(?:s|ed|ing)? (?:\d[\d,]* |some |laid-off |"
                 r"furloughed |former )*(?:staff|workers|employees|laid-off|furloughed)"
                 r"|\bwant it back\b|\breinstat(?:e|es|ed|ing)\b"
                 # "Air NZ recruits laid-off staff", "is trying to re-employ"
                 r"|\brecruit(?:s|ed|ing)?\s+(?:its\s+|the\s+)?laid-off\b|\bre-?employ(?:s|ed|ing)?\b"
                 # "Qld coal mine to reopen … restore about half of those positions"
                 r"|\b(?:to|will|set to)\s+reopen\b|\breopen(?:s|ing)\b"
                 r"|\bcall(?:s|ed|ing)?\s+(?:[\w,'-]+\s+){0,3}?back(?:\s+to\s+work)?\b"
                 # "laid off some employees by mistake, asks them to come back"
                 r"|\bask(?:s|ed|ing)?\s+(?:[\w,'-]+\s+){0,5}?to\s+come\s+back\b"
                 # "Spirit Aerosystems asking laid off workers to return" (not to the office)
                 r"|\bask(?:s|ed|ing)?\s+(?:the\s+|some\s+|its\s+)?laid[\s-]off\s+(?:\w+\s+)?"
                 r"to\s+return\b(?!\s+to\s+(?:the\s+)?offices?\b)"
                 # "Madison Paper workers heading back to mill Monday": the shutdown is over
                 r"|\bheading back to (?:the\s+)?(?:work|mill|plant|factory|mine|jobs?)\b"
                 r"|\breturn(?:s|ing)? to (?:the\s+)?(?:mill|plant|factory|mine)\b",
     -6, "always"),
    ("hiring", r"\b(?:hir(?:e|es|ing)\b(?!\s+(?:freeze|team|manager))|hiring (?:spree|plan)s?"
               r"|recruit(?:s|ing)?\s+(?:\d|more|new|thousands|hundreds)|recruitment drive"
               r"|(?:add|adds|adding|create|creates|creating) [\d,]+ (?:new )?jobs|new jobs\b"
               # "Over 17,000 jobs to be created in Singapore"
               r"|jobs (?:to be |being |will be |would be |were |are )?created\b"
               r"|hiring sprees?)", -3, ""),
    ("hiring freeze", r"\bhiring freeze\b", -1, ""),
    # "City Council votes to delay layoffs for 30 days", "Implats delay job cuts": the cut
    # put off, news about a plan already reported
    ("cut put off", rf"\b{_NOT_REVERSED}(?:delay|delays|delayed|delaying|postpone[sd]?|postponing|"
                    r"defer(?:s|red|ring)?)\s+(?:\w+\s+){0,2}?(?:job cuts|lay-?offs|"
                    r"redundancies|retrenchments?)\b", -6, "always"),
    # "Job cuts averted in latest Johnston Press newsroom restructure", "KiwiRail stops cuts
    # after 10 quit", "a controversial company plan to prevent redundancies": no cut now
    ("cut put off: averted or halted",
     r"\b(?:job cuts|lay-?offs|redundancies)\s+(?:were\s+|was\s+|have been\s+|has been\s+)?"
     r"(?:averted|halted|called off)\b"
     # (not students' shouts of "stop the cuts": a slogan, in the imperative)
     r"|\b(?:avert(?:s|ed|ing)?|halt(?:s|ed)|stop(?:s|ped)|prevent(?:s|ed|ing)?|"
     r"call(?:s|ed|ing)? off)\s+(?:\w+\s+){0,2}?(?:job cuts|cuts|lay-?offs|redundancies)\b"
     # "trustees failed to pass a resolution that would have sent layoff notices"
     r"|\b(?:fail(?:s|ed)?\s+to\s+(?:pass|approve|adopt)|vot(?:es|ed)\s+(?:down|against))\s+"
     r"[^.;]{0,50}?\b(?:lay-?offs?|job cuts|redundanc)",
     -6, "always"),
    # "shrunk its workforce by 40% thanks to … natural attrition": staff not replaced, none
    # let go (not "through voluntary redundancies and natural attrition")
    ("attrition only",
     r"\b(?:thanks to|through|via|by way of)\s+(?:(?!lay-?offs|job cuts|redundanc|cuts|buyouts|"
     r"severance|retire)[\w'’]+\s+){0,6}?natural attrition\b", -6, "always"),
    # "Tata steel announced its plans to cut workers' hours": shorter weeks, the same staff
    ("hours cut, not jobs",
     r"\bcut(?:s|ting)?\s+(?:employee |employees['’] |staff |workers['’] |working )hours\b"
     r"|\bhours\s+(?:are\s+|were\s+|being\s+)?cut\b", -3, ""),
    # "the plant's 60 hourly workers will be offered jobs at other company locations"
    ("staff moved, not cut",
     r"\b(?:offered|given)\s+(?:jobs|positions|transfers|work)\s+(?:at|in)\s+(?:other|another|"
     r"nearby)\b", -3, ""),
    ("reaction to past layoffs", r"\b(?:defends?|defended|apologi[sz](?:es|ed|e)|regrets?|"
                                 r"reflects? on|looks? back on)\s+(?:\w+\s+){0,3}?"
                                 r"(?:layoffs|job cuts|decision)"
                                 r"|\b(?:a|one|two|three|\d+) years? (?:later|on|after)\b"
                                 r"(?!\s+(?:it|the company|they|the firm) "
                                 r"(?:cut|laid|slashed|shed))"
                                 r"|\banniversary\b"
                                 # "BuzzFeed News employees plan to unionize after layoffs"
                                 r"|\bunioni[sz](?:e|es|ed|ing|ation)\b[^.;]{0,20}\bafter\s+"
                                 r"(?:\w+\s+)?lay-?offs\b"
                                 r"|\bwhere are they now\b", -3, ""),
    # "Circus Circus, Tropicana give workers notice of possible layoffs", "Starbucks CEO
    # foreshadows possible layoffs": an employer weighing a cut, which users want to hear of
    ("possible cuts", r"\b(?:potential|possible)\s+(?:[\w$,.'-]+\s+){0,5}?(?:lay-?offs?|"
                      r"job cuts|cuts|redundanc\w*|job losses)\b", -1, ""),
    ("worry or speculation", r"\b(?:worr(?:y|ies|ied)|fears?|feared|anxious|anxiety|concerns?|"
                             r"brace for|bracing for|threat of|risk of|"
                             # "CEO warns of 8 000 job cuts" announces a number: not a worry
                             r"could face|warns? of(?!\s+(?:up to |about |around |some |nearly )?"
                             r"\d))\s+(?:[\w$,.'-]+\s+){0,5}?(?:lay-?offs?|"
                             r"job cuts|"
                             r"cuts|redundanc\w*|job losses)\b", -3, ""),
    # "Seven in Ten Americans Fear AI Will Eliminate Jobs", "AI Could Replace 300 million
    # Jobs": a forecast about technology, not an employer's cut
    ("AI takes jobs", r"\b(?:AI|artificial intelligence|automation|robots?|chatgpt)\s+(?:will|"
                      r"could|may|might|would|to|set to|poised to|threatens? to|is going to|can)"
                      r"\s+(?:\w+\s+)?(?:eliminate|replace|wipe out|kill|destroy|take|erase)\b",
     -3, "unanchored"),
    ("question", r"\?", -2, "unanchored"),
    # "Fierce Biotech Layoff Tracker: Finch culls 37%": a roundup even when its first item names one
    ("layoff tracker", r"\blay-?offs? tracker\b|\btracker:", -4, "always"),
    # (not "150 more layoffs at Lockheed": one employer's)
    ("tracker or roundup", r"^\d+\s+(?:\w+\s+){0,2}?(?:lay-?offs|job cuts)\b(?!\s+at\b)"
                           r"|\b(?:and|&) (?:(?:dozens|hundreds|scores|many|several|\d+) )?"
                           # (not "831 miners and dozens more support staff": more people)
                           # (nor "560 … and more than 1,000 posts": a quantity)
                           r"(?:more|others)\b(?!\s+than\b|\s+(?:[\w-]+\s+)?(?:staff|employees|workers|"
                           r"people|jobs|positions|roles|contractors)\b"
                           # (nor "leaner and more competitive": a comparison)
                           r"|\s+[a-z]+(?:ive|ent|ant|ful|able|ible|ous|ic|al|le)\b)"
                           r"|^(?:\w+,\s*)?(?:january|february|march|april|may|june|july|august|"
                           r"september|october|november|december),? \d{4}$"
                           # (not "third-party ad tracking cookies")
                           r"|\b(?:trackers?|tracking(?!\s+(?:cookies|data|pixels?|technolog))|"
                           r"roundup|round-up|timeline|"
                           r"list of(?! (?:closures|branches|stores|sites|locations|job))"
                           # (not "List of Journalist fired by NMG": one employer's dismissals)
                           r"(?! (?:\w+ )?(?:journalists?|employees|staff|workers) "
                           r"(?:fired|laid off|sacked|dismissed) by\b)|"
                           r"comprehensive list|these (?:\d+ )?(?:\w+ )?companies|companies "
                           r"(?:that|which) (?:have|are)|which companies|every company|"
                           r"all the (?:companies|layoffs)|here are|here's (?:a|the|every|which)|"
                           r"so far (?:this year|in \d{4})|layoffs\.fyi|"
                           r"this week in(?! (?:a|an|its|their)\b)|week in "
                           r"(?:review|layoffs)|latest layoffs? news|layoffs? news|stay updated|"
                           r"(?:biggest|largest) (?:[\w,]+ ){0,3}?lay-?offs (?:of|in|so far))\b"
                           r"|^(?:the )?top \d+\b"
                           # "Patch Notes #12: …", "the workplace trends digest": an issue of
                           # a newsletter, several stories
                           r"|^[\w' -]{2,30}#\s?\d+\s*:|(?<!reader's )\bdigest\b"
                           # "9 of the Biggest Layoffs …", "6 CEOs Who …", "3 Hospitals, Health
                           # Systems Eliminating Jobs": a count of employers or stories
                           r"|^(?:the )?\d{1,2}\s+(?:of\s+the\s+)?(?:[\w'-]+\s+){0,2}?(?:companies|"
                           r"firms|hospitals|health systems|ceos|executives|leaders|startups|banks|"
                           r"brands|retailers|employers|biggest|largest|ways|things|tips|signs|"
                           r"reasons|lessons|mistakes|steps|states|cities|countries|industries|sectors|"
                           r"stories)\b", -4, "unanchored"),
    # "two insurers have announced big job cuts", "A pair of Colorado space companies": a
    # count of unnamed employers (the corpus labels 29 such items no event, 2 an event)
    ("industry aggregate (several employers)",
     # (not "one of Australia's big four banks", nor "five of its hospitals": one employer)
     r"(?<!\bbig )\b(?:two|three|four|five|several|a pair of|a handful of|a number of|multiple)"
     r"(?!\s+of\s+(?:its|their)\b)\s+"
     r"(?:[\w-]+\s+){0,3}?(?:companies|firms|insurers|banks|startups|carriers|airlines|"
     r"employers|retailers|automakers|carmakers|lenders|publishers|studios|chipmakers|brands|"
     r"chains|colleges|universities|hospitals|health systems|schools|districts|stations|"
     r"newspapers|agencies|shipbuilders|yards|shipyards|miners|mills|charities|housebuilders)\b"
     # "Two thirds of charities axing jobs", "Charities plan major job cuts": a kind, not one
     r"|\b(?:of\s+)?(?:charities|nonprofits|non-profits|housebuilders|homebuilders)\s+(?:are\s+)?"
     r"(?:axing|cutting|shedding|plan|planning|to\s+cut|face|warn)\b", -2, "unanchored"),
    ("industry aggregate", r"\b(?:tech|technology|industry|sector|startup|startups|fintechs?|"
                           r"companies|firms|employers|automakers|carmakers|airlines|banks|"
                           r"retailers|giants|industries|silicon valley|big tech|pharma|biotech|"
                           r"media|print media|newsroom|hospital|health care|healthcare|oil patch|"
                           r"energy|auto|gaming|crypto|edtech|solar|museum|newspaper|brewery|"
                           r"hospitality|casino|retail|banking|nationwide|statewide|countrywide|"
                           r"federal|government|state|city)'?s?\s+"
                           r"(?:layoffs?|lay-offs?|job cuts|job losses)\b"
                           # "Lemon Cash CEO expects more fintech layoffs … amid its own"
                           r"(?![^.:;]{0,60}\bamid its own\b)"
                           r"|\blayoffs in (?:\w+\s){1,2}(?:continue|rise|grow|mount|spread|surge)"
                           # "Builder layoffs hit highest level since lockdown": a statistic
                           r"|\b(?:lay-?offs|job cuts|job losses|redundancies)\s+"
                           r"(?:hit|reach(?:es)?|rise to|climb to|fall to)\s+(?:a\s+|the\s+)?"
                           # (whole phrases: they, not "layoffs", gate the pattern)
                           r"(?:highest level|lowest level|record level|record high|record low"
                           r"|\d+-year high|\d+-year low|\d+-month high)\b"
                           # "Thousands of employees in the Middle East have lost their jobs"
                           r"|\b(?:thousands|hundreds|millions|tens of thousands)\s+of\s+"
                           r"(?:employees|workers|people|staff)\s+(?:in|across)\s+(?:the\s+)?"
                           r"(?:middle east|latin america|north america|gulf states|gulf region)\b"
                           # (not "the Finance Sector Union": a union speaking for one bank's staff)
                           r"|\bsectors?\b(?!\s+unions?\b)"
                           # "Companies Retrench 800 Workers in 2013 First Quarter"
                           r"|^(?:companies|firms|employers|businesses)\s+(?:to\s+)?"
                           r"(?:retrench|lay off|cut|shed|axe|slash)\b"
                           r"|\b(?:employees|workers|staff) (?:are|were) (?:being )?laid off "
                           r"en masse"
                           r"|\b(?:layoffs|job cuts) (?:top|hit|reach|surpass|exceed|climb|soar|"
                           r"rise|rose|jump|surge|slow|ease|fall|fell|total)\w*\s+(?:[\d,]+|record)"
                           r"|\b(?:in|across|throughout) (?:the )?(?:\w+ )?(?:industry|sector)\b"
                           # "3700 Employees Laid Off In The Fintech Space"
                           r"|\b(?:in|across) the (?:[\w-]+ ){1,2}space\b"
                           # "More jobs losses possible at US casinos": many employers
                           r"|\b(?:at|across)\s+(?:(?:US|U\.S\.|UK|British|American|Chinese|"
                           r"European|German|Japanese|Indian|local|regional|major)\s+)?"
                           r"(?:casinos|banks|airlines|automakers|carmakers|retailers|hospitals|"
                           r"universities|newspapers|studios|startups|firms|companies|mines|"
                           r"employers)\b(?!\s+(?:owned|run)\b)"
                           # Challenger, Gray & Christmas, not "challenger banking app Monese"
                           r"|\bchallenger\b(?!\s+(?:bank|banking|brand|app|lender|neobank|"
                           r"airline|carrier)s?\b)"
                           r"|\bjobless claims\b|\bunemployment\b(?!\s+line)|\blabou?r market\b"
                           # "Twiga Foods to send more staff home in new wave of layoffs"
                           r"|\bjob market\b|(?<!\bnew )(?<!\bfresh )(?<!\banother )"
                           r"\b(?:wave|string|spate|trend) of (?:\w+ )?(?:layoffs|"
                           r"lay-offs|"
                           r"job cuts)\b(?!\s+at\b)|\blay-?off (?:wave|trend|spree)\b|"
                           r"\byear of (?:the )?layoffs\b"
                           r"|\b(?:jobs|people|workers|employees) (?:lost |cut )?in (?:media|tech|"
                           r"journalism|gaming|news|publishing|retail|banking|finance|crypto)\b"
                           r"|\bmillions of (?:job losses|jobs|workers)\b"
                           r"|\b(?:layoffs|job cuts|closings|closures)\s+(?:nationwide|across the "
                           r"(?:country|nation|us|u\.s\.|uk|industry))\b"
                           r"|\bmass extinction\b|\b(?:big four|big three|big 4|"
                           r"companies|firms|startups|employers|"
                           r"automakers|"
                           r"carmakers|airlines|banks|lenders|retailers|fintechs|businesses|"
                           r"miners|steelmakers|steel mills|shipyards|telcos|magazines|"
                           r"tech workers|tech giants|IT giants|major companies|giants|makers|"
                           r"big tech|tech industry|tech sector|silicon valley|wall street|"
                           r"IT majors|"
                           r"drugmakers|players|insurers|publishers|studios|brands|outlets|"
                           r"newsrooms|chipmakers|sectors?|industry|industries)\s+(?:\w+\s+)?"
                           r"(?:are |have |were |had |continues? to |keep )?"
                           r"(?:cut|slash|lay|laid|shed|axe|axing|trim|eliminat|announc|increase|"
                           r"fire|firing|sack|shoulder|"
                           r"reduc|face|see|brace|gird|prepar|report|on a|turn\w* to)\w*\b"
                           # "tech companies cutting office space": not jobs
                           r"(?!\s+(?:\w+\s+)?(?:office|offices|real estate|space|leases?|prices?|"
                           r"costs?|spending|budgets?|rates?|emissions)\b)"
                           r"|\b(?:banks|lenders|companies|firms|startups|employers|automakers|"
                           r"carmakers|airlines|retailers|insurers|drugmakers|chipmakers|sectors?|"
                           r"industry|industries)\s+continues?\s+(?:\w+\s+)?(?:lay-?offs|job cuts|"
                           r"to cut|to lay|cutting|laying|shedding)\b"
                           # "… Shutdowns & Layoffs Spread": a trend, not an event
                           # (not "loom" or "mount": "TikTok Shop … as lay-offs loom" is one
                           # employer's)
                           r"|\b(?:layoffs|lay-offs|job cuts|job losses)\s+(?:spread|"
                           r"pile up|deepen|widen|accelerate|intensif|grow|continue|persist|rise|"
                           r"rising|climb|increase|surge|jump|soar)\w*\b(?!\s+(?:at|for)\b)"
                           # WARN filings summed over a state or a month
                           # "Telecom industry expected to lay off 60,000 employees"
                           r"|\b(?:industry|industries|sectors?)\s+(?:is |are )?(?:expected|set|"
                           r"likely|poised|projected|forecast) to (?:lay|cut|shed|slash|axe|lose)\b"
                           # "this week's newsroom slashings amount to nearly 200 jobs"
                           r"|\bthis week['’]s (?:\w+ )?(?:layoffs|lay-offs|job cuts|cuts|"
                           r"slashings)\b"
                           r"|\bWARN (?:notices?|filings?|data|reports?)\s+(?:show|reveal|point)\w*"
                           r"|\b\d+\s+(?:\w+\s+)?(?:companies|firms|startups|hospitals|banks|"
                           r"employers|businesses|retailers|brands|studios|universities|schools|"
                           r"tech companies|health systems|museums|newspapers|airlines|"
                           r"automakers|carmakers|colleges|chains|outlets|publishers|"
                           r"agencies|nonprofits|casinos)\b", -2, "unanchored"),
    # "Lawsuit Alleges Twitter Mass Layoffs Violates U.S. Law": the suit is the story
    ("lawsuit headline", r"^(?:lawsuits?|suit|class[- ]action)\b|\b(?:lawsuit|suit|complaint)s? "
                         r"(?:alleges?|claims?|accuses?|says)\b"
                         # "South 32 workers were unfairly dismissed, Fair Work Commission finds"
                         r"|\bunfair(?:ly)?\s+dismiss(?:ed|al)\b", -6, "always"),
    # "Southeast Asia Continues to Lay Off Employees": a region's trend, not one employer
    ("region as subject", r"^(?:southeast asia|asia|europe|africa|latin america|north america|"
                          r"the middle east|middle east|silicon valley|wall street)(?:'s)?\s+"
                          r"(?:continues? to |keeps? )?(?:lay|laid|cut|shed|slash|axe|sack|fire)",
     -4, "unanchored"),
    ("lawsuit or severance dispute", r"\b(?:sue[sd]?|suing|lawsuits?|class[- ]action|"
                                     r"settle(?:s|d|ment)?|court|judge|ruling|arbitration|NLRB|"
                                     r"WARN Acts?|wrongful|legal action|severance (?:dispute|"
                                     r"lawsuit|claims|owed))\b"
                                     # "Meta Accused Of Giving Some Laid-Off Workers Different
                                     # Severance", "Irish Rail bosses get better redundancy deals"
                                     r"|\baccused\s+of\b[^.;]{0,60}\bseverance\b"
                                     r"|\b(?:bosses|executives|managers|chiefs)\s+(?:get|got|"
                                     r"receive[sd]?|handed)\s+(?:\w+\s+)?(?:redundancy|severance)\b",
     -2, "unanchored"),
    # "EDITORIAL: Major shift in Canadian media as at least 1,000 journalists laid off": the
    # outlet argues about layoffs and reports none, however its words read (a column, which
    # the word model never overrules; the wider opinion trap below it may)
    ("column (editorial)", r"^editorial\s*[:|]", -6, "always"),
    ("opinion or explainer", r"^(?:opinion|op-ed|column|commentary|analysis|editorial|listen|watch|"
                             r"podcast(?!\s+(?:network|company|studio|startup|firm|platform|producer)s?\b)|"
                             r"explainer)\b|\b(?:what (?:to|you need to|we) know|what "
                             r"(?:it|they|this|that) means?|how to|how (?:companies|employers)"
                             r"|why (?:are|is|has|have|do|does|did|layoffs|companies|tech|so many)"
                             r"|should you|tips\b|your rights|guide to|a guide|explained"
                             r"|things to know|to know about|(?:should|need to) know"
                             # (not "Scale AI explains layoffs": the employer speaks)
                             r"|now what|what to do|explains?\b(?!\s+(?:its\s+|the\s+|their\s+"
                             r"|planned\s+)*(?:lay-?offs|job cuts|cuts|retirement|restructuring)\b)"
                             r"|experts? explain|lessons "
                             r"from|what i learned|i was laid off|my layoff|the case (?:for|"
                             r"against)"
                             r"|is it legal|trends|impacts|strategies|implications|common layoffs"
                             # (not "‘last resort’ redundancies": the employer's word for its own)
                             r"|taking layoffs|perfect storm|last resort(?!['’\"]?\s+(?:redundanc"
                             r"|lay-?offs|job cuts))|reflections?"
                             r"|personal perspective"
                             r"|the art of|got laid off|been laid off\?|what happens next"
                             r"|you(?:'ve| have)? been (?:laid off|let go|fired))\b"
                             r"|^layoffs (?:are|aren't|don't|won't|can)\b"
                             # "When Dating Apps Lay Off Staff, Are They Ghosting Their Users?"
                             # (the corpus labels the 5 titles that open so and ask no event)
                             r"|^when\b(?=[^?]*\?)", -2, "unanchored"),
    # "Why did Google lay off 12,000?", "How Meta decided who to cut": analysis of a layoff
    ("why or how headline", r"^(?:why|how|should|which (?:[\w-]+ )?(?:company|companies|firms?|"
                            r"studios?|startups?|banks?|brands?|employers?)\b)\b"
                            # "Letter To The Laid Off Engineer": words to those let go
                            r"|^(?:an? )?(?:open )?letter to (?:the |a |all )?laid[- ]off\b",
     -6, "always"),
    # "From Paytm to Flipkart, India's top startups let go …", "Tesla's layoffs vs. BYD's
    # expansion": a survey or a comparison, not one employer's event
    ("survey or comparison", r"^from [\w.&' -]{2,30} to [\w.&' -]{2,30},|\bvs\.?\s|\bversus\b",
     -4, "unanchored"),
    # "Job Fair Tailored to Laid Off Employees", "hires laid-off engineers": help for people
    # already let go, not a cut
    ("help for the laid off", r"\b(?:job|career|hiring)\s+fairs?\b[^.;]{0,40}?\blaid[\s-]+off\b"
     # "Workforce Development Board connects laid off Shopko employees to jobs"
     r"|\b(?:tailored\s+to|help(?:s|ing)?|hir(?:e|es|ed|ing)|assist(?:s|ing)?|support(?:s|ing)?|"
     r"connect(?:s|ing)?)\s+"
     r"(?:the\s+|recently\s+|newly\s+)*laid[\s-]+off\s+(?:[A-Z][\w&'-]*\s+)?"
     r"(?:employees|workers|staff|people|"
     r"engineers|tech workers)\b", -4, "unanchored"),
    ("laid-back", r"\blaid[\s-]?back\b", -6, "always"),
    # a stance on layoffs, not one: "layoffs are a last resort", "layoffs would be the last option"
    ("policy statement", r"\blay-?offs? (?:are|is|as|were|would be|will be|remain)\s+"
                         r"(?:a |the |our |only |always |['\"])*(?:last|final) (?:resort|option)",
     -6, "always"),
    # "BuzzFeed, Verizon and Gannett slashed 1,000 jobs": a list of employers is a tally
    ("several companies cutting",
     r"^[\w.&'-]+(?:\s+[\w.&'-]+)?,\s+[\w.&'-]+(?:\s+[\w.&'-]+)?(?:,?\s+(?:and|&)|,)\s+[\w.&'-]+"
     r"(?:\s+[\w.&'-]+)?\s+(?:slash|cut|lay|laid|shed|axe|eliminat)\w*", -6, "always"),
    ("first-person story", r"\b(?:I|just) (?:was|got|have been|had been) (?:laid off|let go|fired|"
                           r"made redundant)|^(?:just )?got laid off\b"
                           # "Laid off from Google? These startups are hiring": to the reader
                           r"|^(?:(?:just|recently|got|been)\s+)?(?:laid off|let go)"
                           r"(?:\s+(?:from|by|at)\s+[^?]{1,40})?\?"
                           r"|\bmy (?:layoff|redundancy)\b|\bI lost my job\b|\bafter (?:I was|"
                           r"being) "
                           r"laid off\b", -6, "always"),
    # not "a growing roster of tech companies cutting office space"
    ("sports roster", r"\b(?:roster(?!\s+of\s+(?:[\w-]+\s+){0,3}(?:companies|firms|employers|"
                      r"clients|brands|startups|businesses)\b)"
                      r"|waive[sd]?|waiving|preseason|training camp|NFL|NBA|MLB|NHL|MLS|"
                      r"quarterback|linebacker|goalkeeper|squad|Lakers|Celtics|Warriors|"
                      r"Yankees|free agent|draft pick|cap space|playoffs?|point guard)\b"
                      r"|\b(?:long|lengthy|months-long|year-long|\d+-(?:month|week|year)) layoff\b",
     -6, "always"),
    ("price or rate cut", r"\b(?:price|rate|interest|tax|fee|tariff|fare)s?[\s-]+cuts?\b"
                          r"|\bcuts?\s+(?:\w+\s+)?(?:prices?|rates?|interest|taxes|fees|tariffs|"
                          r"fares|forecast|guidance|outlook|production|output|spending|"
                          # "WM Motor cuts employee salaries": pay, not posts
                          r"(?:employee |staff |workers' )?(?:salar(?:y|ies)|wages|bonuses)|"
                          r"dividend|emissions|ties)\b|\bquarter[\s-]point\b|\bbasis points\b"
                          r"|\bcentral bank\b|\bFederal Reserve\b|\bprice wars?\b", -2, ""),
    ("executive change", r"\b(?:steps? down|resign(?:s|ed)?|takes over as|appointed|new CEO)\b",
     -1, ""),
    # "Indian Railways Fires Housekeeping Staff For Littering", "terminated the services of an
    # on-board … employee for littering": one person disciplined, not a cut of jobs
    ("fired for misconduct",
     r"\b(?:fire[sd]?|firing|sack(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|terminat(?:e|es|ed|ing)|"
     # "Over 100 health workers have been fired countrywide due to absenteeism and misconduct"
     r"suspend(?:s|ed|ing)?)\b[^.;:]{0,50}?\b(?:for|over|due to|because of)\s+(?:allegedly\s+)?"
     r"(?:littering|misconduct|"
     r"misbehaviou?r|negligence|sleeping|drunkenness|harass\w*|leaking|theft|stealing|fraud|"
     r"insubordination|bribery|corruption|dereliction|indiscipline|absenteeism)\b"
     r"|\bterminated the services of (?:an?|one)\b", -4, "always"),
    ("share price move", r"\b(?:shares?|stocks?)\s+(?:\w+\s+)?(?:jump|jumps|jumped|rise|rises|rose|"
                         r"fall|falls|fell|surge|surges|surged|soar|soars|soared|slump|slumps|rally|"
                         r"rallies|climb|climbs|drop|drops|dropped|gain|gains|tumble|tumbles|sink|"
                         r"sinks|sank|pop|pops)\b", -2, "unanchored"),
    # "Studio Closures and Layoffs" names both
    ("closures only", r"\bshut(?:s|ting)? down\b|\bclosures?\b(?!\s+(?:and|&)\s+lay-?offs)",
     -0.5, ""),
    ("past reference", r"\b(?:former|ex-)\s*(?:employees|workers|staff)\b", -1, ""),
]

EN_REPORTED = [
    r"\breported(?:ly)?\b", r"\breportingly\b", r"\breports? (?:say|says|said|suggest)\b",
    r"\b(?:according to|citing|cited)\s+(?:\w+\s+){0,4}?(?:sources?|people|insiders?|reports?|"
    r"a report|media|outlets?|memo|the wall street journal|the information|bloomberg)\b",
    r"\bsources?\b", r"\bpeople familiar\b", r"\bfamiliar with\b", r"\brumou?r(?:s|ed)?\b",
    r"\bis said to\b", r"\bleaked\b", r"\bmulls?\b", r"\bweigh(?:s|ing)\b",
    r"\bconsider(?:s|ing)\b", r"\bmay\b", r"\bcould\b", r"\bmight\b", r"\bpoised to\b",
    r":\s*reports?\b", r"^reports?:", r"\breports?\s*$", r"\bexpected to\b",
    r"\banonymous\b", r"\binsiders?\b",
]
EN_PLANNED = [
    r"\bplan(?:s|ning)? (?:to|for)\b", r"\bplanned\b",
    r"\bto (?:lay off|lay-?off|layoff|cut|chop|slash|axe|shed|eliminate|trim|reduce|fire|begin|"
    r"start|make|sack|let go|close|shut|downsize|furlough|retrench|remove)\b",
    r"\bwill (?:lay off|cut|slash|axe|shed|eliminate|trim|reduce|be|let|make)\b",
    r"\b(?:is |are )?set to\b", r"\bprepar(?:es|ing) to\b", r"\bintends? to\b", r"\baims? to\b",
    r"\bpropos(?:es|ed|ing)\b", r"\b(?:is|are) to\b", r"\bexpects? to\b", r"\blooking to\b",
    r"\bnext (?:week|month|year)\b", r"\bearmark(?:s|ed)?\b", r"\bto be (?:cut|axed|sent home|"
    r"laid off|eliminated)\b", r"\bupcoming\b", r"\bincoming\b",
    # "notice of possible layoffs": weighed, not done
    r"\b(?:possible|potential)\s+(?:lay-?offs?|job cuts|cuts|redundancies)\b",
]
EN_CONFIRMED = [
    r"\bconfirm(?:s|ed)?\b", r"\bannounc(?:es|ed)\b", r"\blays off\b", r"\blaid off\b",
    r"\bcuts\b", r"\bslashes\b", r"\baxes\b", r"\bbegins?\b", r"\bbegan\b", r"\bstart(?:s|ed)\b",
    r"\binitiates?\b", r"\bsacks\b", r"\bfires\b", r"\bhas (?:cut|laid off|eliminated)\b",
    r"\btrims\b", r"\bsheds\b",
]
EN_ROUND = [
    r"\b(?:another|second|third|fourth|fifth|new|fresh|latest|further|additional|next|2nd|3rd|"
    r"4th)\s+(?:round|wave|batch|tranche)s?\b",
    r"\bfresh (?:layoffs|job cuts|cuts)\b", r"\bmore (?:layoffs|job cuts)\b", r"\bagain\b",
    r"\b(?:hundreds|thousands|dozens|[\d,]+) more\b",
    r"\bmore (?:employees|staff|workers|jobs|roles)\b",
]

# ------------------------------------------------------------------ Chinese

ZH_LAYOFF: list[tuple[str, str, float]] = [
    ("裁员", r"裁员", 3),
    # not shops or branches: "裁撤部分零售门店" closes stores, it names no staff
    ("裁掉/裁撤/裁减",
     r"(?:裁掉|裁撤|裁减)(?![^，。,；!！]{0,8}(?:门店|店铺|网点|营业厅|营业部|支行|分行|站点|航线|航班|班次|产能))"
     r"|裁走|大裁|被裁|裁退|全裁|全员被裁|全部裁掉", 3),
    ("裁 + object", r"(?<![总仲独制体剪])裁(?![判定决缝剪量员掉撤减走军退])", 2),
    ("减员", r"减员|人员减半|缩减(?:人员|员工|团队|人手)|人员缩减|精简(?:人员|人力|人手|编制)"
             r"|(?:人员|人力)精简", 3),
    # "组织瘦身", "人力瘦身": slimming the organisation (Taiwan and mainland business press)
    ("瘦身", r"(?:组织|人力|人员|团队|员工)瘦身|瘦身[^，。,；]{0,4}(?:人力|员工|团队)", 2),
    # 开铡 (Taiwanese press: "to axe") only with people after it, not 开铡政策
    # 裁退 is Singapore and Malaysia's word for a layoff
    ("辞退/解雇/遣散",
     r"辞退|解雇|遣散|开除|清退|劝退|裁退|开铡(?=[^，。,；!！]{0,6}(?:员工|人|职员))"
     # "多名员工突然被解职": staff dismissed (an executive's 解职 names no staff)
     r"|(?:员工|职员|工人|雇员)[^，。,；!！]{0,6}解职"
     # "機師、空服員集體被炒": fired, in Hong Kong usage (not 被炒作, 被炒高)
     r"|(?:集体|全员|员工|职员|[员工])被炒(?![作股房币热高起])|炒鱿鱼"
     # "全體人員解聘", "协商解聘部分员工" (not a manager's 被解聘)
     r"|(?:全体|全部|所有)(?:人员|员工|职工)[^，。,；!！]{0,4}解聘|解聘(?:全体|全部|所有|部分|一批|多名)"
     r"(?:人员|员工|职工)?"
     # a state firm's euphemism: "龙煤集团…10万人分流", "分流安置两万名员工"
     r"|[\d万千百一二两三四五六七八九十]+(?:名|个)?(?:人|员工|职工)分流"
     r"|分流(?:安置)?[\d万千百一二两三四五六七八九十,]+(?:名|个)?(?:员工|职工|人)"
     r"|(?:人员|员工|职工|富余人员)分流", 3),
    ("自愿离职/退休计划",
     # "夏普将面向部分55岁以上员工实现提前退休政策"
     r"自愿(?:提前)?(?:离职|退休|退职)(?:计划|方案)?|提前退休(?:计划|方案|政策)|优退方案"
     # "鼓励员工'有偿离职'": paid to leave, a buyout
     r"|有偿(?:离职|解除劳动合同|解约)"
     # "大众汽车称约2万名员工同意提前离职", "新加坡航空拟让部分员工自愿解约",
     # "为机组人员提供提早解约选项": an exit the employer offers its staff
     r"|(?:员工|职工|雇员|人员)[^，。,；]{0,6}(?:同意|接受|申请|选择)提前离职"
     r"|(?:员工|职工|雇员|人员)[^，。,；]{0,4}自愿解约|(?:提早|提前)解约(?:选项|方案|计划)", 2),
    ("优化 (euphemism)",
     # ("将进行人员结构优化": the staff's structure, a cut)
     r"(?:人员|员工|组织|岗位|人力)(?:结构)?优化|优化(?:人员|员工|名额|比例|规模|裁员|掉|了?\d)"
     # "优化部分岗位", "将优化一批员工"
     r"|优化(?:了)?(?:部分|一批|一些|大批|大量|多名|近半|少量|一部分)(?:的)?(?:岗位|员工|人员|职位|人力|团队)"
     r"|被优化|\"优化\""
     # "接到人力部门的优化通知": the notice that one's job is cut
     r"|优化(?:通知|名单|谈话)", 3),
    ("毕业 (euphemism)", r"被毕业|\"毕业\"|毕业\d+人|员工毕业|毕业了\d"
                         r"|毕业(?:了)?(?:一批|一波|大批|部分|数百|上千|近千|\d+名?)"
                         r"(?:员工|人)", 3),
    ("人员调整 (euphemism)", r"人员调整|人事调整|人员变动|组织调整", 1.5),
    # "开启大规模人员调整": at that scale a reshuffle is a cut
    ("大规模人员调整", r"(?:大规模|大幅|大面积)(?:的)?(?:人员|人事|组织)调整", 2),
    # severance by the formula (N+1, N+3) is paid to people let go
    # ("N-3赔偿": less than the formula, still severance)
    ("N+1 补偿", r"(?<![A-Za-z])[Nn]\s*\+\s*\d(?:\s*[\w\u4e00-\u9fff]{0,2}(?:补偿|赔偿))?"
                r"|(?<![A-Za-z])[Nn]\s*-\s*\d\s*(?:补偿|赔偿)", 2),
    ("撤销部门", r"(?:部门|团队|研发中心|业务线|事业部|事业群)[^，。,；]{0,3}(?:撤销|撤并|关停)"
              r"|(?:撤销|撤并)[^，。,；]{0,6}(?:部门|团队|研发中心|事业部|事业群)", 2),
    ("降本增效", r"降本增效", 1),
    ("岗位削减",
     # ("永久取消230个工位": desks, each a job)
     # (not "取消1.8万航班 为了让员工放完特休假": flights, then the staff)
     r"(?:削减|减少|砍掉|取消)(?:(?!航班|班次)[^，。,；]|(?<=\d),(?=\d)){0,10}?(?:岗位|职位|工作岗位|工位|员工|人员|"
     r"人力|人手)"
     # "缩减1万9000个工作机会", "縮減近2萬工作"
     r"|(?:缩减|削减|裁减|裁撤)(?:约|近|逾|超过|多达)?[\d,.万千百一二三四五六七八九十两]+(?:个|份)?"
     r"[\u4e00-\u9fff]{0,4}?(?:工作机会|工作岗位|工作(?![室日天时]))"
     r"|岗位(?:削减|缩减|减少)"
     # "计划精简海上风电部门900个工作岗位"
     r"|精简[^，。,；!！]{0,12}?(?:岗位|职位)", 3),
    ("解散团队",
     r"解散(?:团队|部门|员工|业务|工作室)|(?:团队|部门|员工|业务|工作室)[^，。,；]{0,4}解散"
     # a game studio closed: its staff go ("Mimimi工作室关闭", "育碧关闭…哈利法克斯工作室")
     r"|工作室[^，。,；]{0,6}(?:关闭|关停|倒闭)|(?:关闭|关停)[^，。,；]{0,12}工作室", 2),
    ("离职", r"办离职|被离职|集体离职", 2),
    # a wave of departures may be resignations: only with a number or a named company
    ("离职潮", r"离职潮", 1.5),
    ("N+1 补偿", r"N\+\d", 1),
    ("关停", r"关停|撤城", 1),
    # "预计将影响1200多名员工的就业": the staff a closure touches
    ("涉及 N 人", r"涉及(?:员工|人员|约|超|近|逾|多达)*[\d,.万千百]+(?:名|个)?(?:人|员工|岗位)"
                r"|影响(?:约|超|近|逾|多达)*[\d,.万千百]+[多余]?(?:名|个)?(?:员工|职工|工人|雇员|岗位)",
     2),
    ("撤出/撤销", r"撤出中国|撤离中国|研发中心撤|撤销[^，。,]{0,6}(?:部门|团队|中心|事业部)", 1.5),
    # Taiwan and Hong Kong wording: 资遣 (severance layoff), 缩编, 炒鱿鱼, 遣退
    # 优遣: 优惠资遣, severance on better terms
    # 优离 / 优退: a Taiwanese employer's offer of paid leaving or early retirement
    ("资遣/缩编 (TW/HK)", r"资遣|优遣|遣退|炒鱿鱼|大量解雇|缩编(?:人力|人员|员工|团队|部门)?"
                          r"|(?<![\u4e00-\u9fff]{2}[的之])优(?:离|退)(?!休)", 3),
    # a company wound up with its staff: 停业解散, 原地解散, 解散公司
    # closing a site closes its jobs: "关闭上海研发中心", "关闭竹科厂" (not shops: 关闭门店)
    # "传砍三成人力", "砍掉500个岗位" (not 砍价)
    ("砍人力", r"砍(?:掉)?[^，。,；!！]{0,6}?(?:人力|员工|岗位|职位|编制|团队|部门)"
     # "摩根大通瘦身 要砍1.7万人"
     # (not "至少再砍10万人?": how many more an industry may lose)
     r"|(?<![再还])砍(?:掉)?(?:约|近|逾|超|超过)?[\d.,万千百一二三四五六七八九十两]+"
     r"(?:名|个)?人", 3),
    # forced exits and contract terminations: 逼退, 解除劳动合同, 末位淘汰
    ("逼退/解除劳动合同",
     r"逼退|劝离|逼迫[^，。,；]{0,4}离职|被迫离职|解除劳动(?:合同|合约|关系)|(?:与|和)员工解约"
     # "该工厂的约 1400 名员工(截至 3 月底)将解除合同": the staff's contracts ended
     r"|(?:员工|职工|工人|雇员)[^，。,；]{0,16}(?:将|被)?解除合同"
     # "茂迪提前解约逾300名外籍员工": contracts ended early
     r"|解约[^，。,；!！]{0,8}(?:员工|职工|工人|雇员|移工|外劳)", 3),
    ("末位淘汰", r"末位淘汰", 2),
    ("关闭研发中心/工厂",
     r"关闭[^，。,；!！]{0,8}(?:研发中心|研究院|工厂|[\u4e00-\u9fff]厂|分公司|办公室|工作室|事业部|"
     r"业务部门|研发部门|团队)"
     # "周大福深圳工厂突然关闭", "打印机工厂宣布正式停产": the site named first
     r"|(?:工厂|研发中心|研究院|分公司|办公室|事业部|研发部门)(?:突然|正式|宣布|将|已|全面|即将)*"
     r"(?:关闭|关停|停产|停工)", 2),
    # "极越汽车解散": a company (by its trade suffix) wound up with its staff
    ("公司解散", r"(?:停业|原地|就地|整体|突然|宣告)解散|解散公司|公司解散|关门解散"
               # "电子厂宣布停产", "正式停产并宣布解散", "解散全部员工": a plant wound up
               r"|(?:停产|停工|停业)[^，。,；!！]{0,4}解散|解散(?:全部|所有|全体)员工|全员解散"
               r"|(?:(?<=汽车)|(?<=科技)|(?<=集团)|(?<=工作室)|(?<=平台)|(?<=航空)|(?<=公司)"
               r"|(?<=电子)|(?<=电器)|(?<=厂))"
               r"(?:宣布|正式|已|突然)?解散"
               r"(?!董事会|股东会|合作|协议|合约)", 3),
    # "3000人一夜失业", "破百人一夕失业": staff of one employer losing their jobs
    # "惠州逾3萬工人瞬間丟工作"
    ("N人失业",
     # "一百多名员工面临失业", "100多名银行职员失业", "上百职员恐失业"
     r"(?:[\d,.万千百]+|[一二三四五六七八九十两]+[十百千万]+)[多余]?(?:名|个|位)?(?:银行|公司)?"
     # "好未来2万名老师同时失业": a school chain's teachers
     r"(?:员工|人|工人|职工|职员|雇员|老师|教师)[^，。,；!！]{0,4}(?:失业|丢(?:了|失|掉)?工作|"
     r"丢(?:失|掉)?饭碗)"
     r"|[破近逾超上数][百千万]+(?:名|个|位)?(?:人|员工|职员|职工|工人)[^，。,；!！]{0,4}失业", 3),
    # "林区…33900余人下岗", "三万余名职工下岗": the state-firm word for a layoff (not the
    # 下岗职工 of a policy for those let go long ago)
    ("下岗", r"(?:职工|员工|工人|人员|[\d万千百]+[多余]?人)[^，。,；!！]{0,4}下岗"
             r"(?!职工|工人|再就业|人员)", 3),
    # an employer sending its own staff on unpaid leave ("亿光宣布下月起开始放无薪假",
    # "员工强制休无薪假"): a furlough of its own staff counts as its layoff event, while
    # an industry's furlough tallies meet the tracker traps and name no employer
    ("放无薪假",
     # ("推空姐空少自愿无薪假", "被迫采「无薪休假」": offered to, or imposed on, its crews)
     # ("提供三个月的自愿无薪假期": offered to its cabin crew)
     r"(?<![不未没])(?<!没有)(?<!取消)(?:放|休|实施|启动|推出|推行|实行|强制|推|采|采取|采行|提供)"
     r"(?:了|起)?(?:[\d一二三四五六七八九十两]+(?:天|日|周|个月|星期))?(?:的)?"
     r"(?:[\u4e00-\u9fff]{0,4}?(?:自愿|自願))?[「“\"]?(?:无薪假|无薪休假)"
     # "员工已被强制休假一周…没有提供工资": sent home unpaid
     r"|(?:员工|人员|职工|雇员)[^，。,；]{0,6}被强制休假"
     # "8千名员工被放假": sent home
     r"|(?:员工|人员|职工|雇员)被放假"
     # "博郡汽车自2020年6月15日起全员待岗", "与部分员工签署待岗协议", "通知逾百员工今起停薪留职"
     r"|全员待岗|待岗协议|(?:员工|人员|职工)[^，。,；]{0,6}(?:待岗|停薪留职)"
     # "上海工厂惊传要求员工本月底至3月初休假停工五至八天": sent on leave while the plant idles
     r"|(?:要求|安排|强制|通知)(?:员工|人员|职工)[^，。,；]{0,12}(?:休假停工|停工休假|强制休假|轮休)",
     3),
    # A Hong Kong or Taiwan business that shuts with its staff left unpaid: the union or the
    # Labour Department takes their claims ("酒楼结业 员工向劳工处求助", "疑欠薪倒闭",
    # "结业…拖欠100多名雇员工资"). Everyone there has lost their job, so it is the layoff,
    # not a closure that may only move or pause the business.
    ("结业欠薪 (HK/TW)",
     r"(?:结业|(?<!恶性)倒闭(?!潮)|停业|歇业|结束营业|清盘|执笠)"
     r"[^。！!？?；]{0,40}?(?:(?:员工|工友|雇员|职工|工人|职员)[^，。,；!！]{0,12}?"
     r"(?:求助|追讨|追薪|讨薪|申索|索偿|失业|拖粮|欠薪|欠款|遣散|解雇)"
     # "工会接逾百求助", "今到劳工处追薪": the claims of the staff it let go
     r"|(?:工会|劳工处)[^，。,；!！]{0,8}(?:求助|追薪|讨薪|申索))"
     r"|(?:结业|倒闭(?!潮)|停业|歇业|结束营业)[^。！!？?；]{0,30}?(?:欠薪|拖欠[^，。,；]{0,8}"
     r"(?:员工|雇员|工资|薪金|薪水|人工))"
     r"|(?<!质疑)(?:欠薪|拖欠[^，。,；]{0,8}(?:工资|薪金|薪水|人工))[^，。,；!！]{0,4}"
     r"(?:结业|倒闭(?!潮)|停业|歇业)", 3),
    # a business that closes: with a company named and a number, its staff lose their jobs.
    # Last, so that a longer cue at the same place wins (停业解散)
    # (清盘: a Hong Kong company wound up by the court, "冯祥记清盘")
    ("停业/倒闭", r"停业|歇业|结业|倒闭(?!潮)|关门大吉|执笠|破产清算|清盘|关张|关厂(?!潮)", 1.5),
    # a paper, an airline or a company ceasing to operate: all its staff go
    ("停刊/停飞/停止营运", r"停刊|停飞|停止(?:营运|运营|营业|经营|运作)|吹熄灯号|熄灯|划下句点"
     # "《众新闻》明起停运": an outlet named in its marks stops, not a bus line
     r"|(?<=[》」”])(?:明起|明日起|即日|即日起|今起|宣布|将|正式)?停运", 2),
]

ZH_TRAP: list[tuple[str, str, float, Veto]] = [
    ("denial (否认/辟谣)",
     # "联想否认摩托罗拉手机裁员": a unit's name may stand between denial and cut
     # (not "经园方证实裁员,但否认裁员百人": the cut confirmed, only its size denied)
     r"(?<![不未没])(?<!证实裁员,但)(?<!证实裁员，但)否认[^，。,]{0,8}(?:裁员|减员|优化|大规模)"
     r"|否认(?:此事|该消息|相关|传闻|报道|传言|消息|上述|了)|否认$|否认(?=[，,。；;:：!！\s])"
     # (乌龙 only of the report: not "被裁员工想不开…预轻生的乌龙事件", a scare told after)
     r"|辟谣|不实|谣言|假消息|无稽之谈|澄清|纯属谣言|绝无|系误读|与事实不符|不属实|失实|不符合事实"
     r"|(?:裁员|传闻|传言|消息|报道|新闻)[^，。,；]{0,6}乌龙|乌龙(?=[^，。,；]{0,6}(?:裁员|传闻|传言))"
     r"|都是假的|全是假的|[:：]\s*[「“\"『]?假的"
     r"|是假的|并非事实|系谣传|此类情事|无事实根据|没有事实根据|毫无根据|子虚乌有|纯属捏造|造谣|驳斥|反驳"
     r"|(?:消息|传闻|传言|报道)(?:并|均)?(?:不正确|不准确|有误|不真实)|假新闻|谣传不实"
     # "中兴通讯回应裁员传闻:20%的数字过于夸张": the figure called exaggerated
     r"|(?:数字|数据|比例|说法|传闻|传言|消息|报道)[^，。,；]{0,4}(?:过于|太过|太|有些|严重)夸张"
     r"|言过其实|夸大其词"
     # (not "今年就不得不裁员了": forced to, the opposite of a denial)
     # ("在做很少人数的优化,并非大规模裁员": a few let go, and no layoff, the company says)
     r"|(?:不存在|没有|并无|并未|并非|并不是|未|不会|(?<!不得)不|无)"
     r"(?:大规模|大面积|全面|集体|任何|整体|大量|大幅)?(?:裁员|减员"
     r"|(?:人员)?优化计划)"
     # "中原暂无意裁员": no intention, for now, to cut (not "无意大规模裁员" after two
     # staff were fired: only a large cut is ruled out)
     r"|(?<![并非])无意(?:进行|再)?(?:裁员|减员)"
     # "實施減薪至7月不考慮裁員": pay cut, no layoff considered
     r"|(?<!不得)不(?:考虑|打算|计划|准备|会考虑)(?:进行|再)?(?:大规模)?(?:裁员|减员)"
     # "属正常人员流动": turnover, the company's answer to a layoff rumour
     r"|正常(?:的)?(?:人员|人事)?流动"
     # "香奈儿中国回应被传裁员 暂无相关信息": asked about a rumour, the company knows of none
     r"|(?:暂无|暂未|目前没有|尚无)(?:相关|此类|该|这方面的?)?(?:信息|消息|计划|安排)",
     -6, "always"),
    # "远航停飞5年", "裁员两年后": looking back at an old shutdown, not a new one
    ("years on (N年后)",
     # (not "停刊 33年历史告终": the paper's age at its closing)
     r"(?:停飞|倒闭|停业|停刊|关闭|解散|裁员)[\d一二三四五六七八九十两]+年(?!内|前|底|初|历史|的历史)"
     r"|(?<![\d内])[\d一二三四五六七八九十两]+年(?:后|过去了)|周年", -3, ""),
    # "张忠谋曝台积电当年裁员风波" from a memoir: an old cut retold
    ("retold (当年/自传)",
     r"自传|回忆录|当年(?=[^，。,；]{0,4}(?:的)?(?:裁员|资遣|解雇|优化))", -3, ""),
    ("speculation (不排除/可能/宁愿)",
     r"不排除[^，。,；]{0,10}(?:裁员|减员|优化|裁减)|(?:裁员|减员)的可能(?!性很?小)"
     r"|宁愿[^，。,；]{0,4}(?:裁员|裁掉)|宁可[^，。,；]{0,4}(?:裁员|裁掉)"
     # "裁员为选项未有定案": an option, not decided
     r"|未有定案|尚无定案|没有定案|尚未定案|尚未决定|未作决定", -3, ""),
    ("rehiring (召回/返聘)",
     r"召回[^，。,]{0,6}(?:员工|被裁)|返聘|重新招聘|员工回流|被裁员工回", -6, "always"),
    # (not 校招生, the campus hires a cut falls on, nor 招聘员/招聘团队, recruiters let go)
    ("hiring (招聘)",
     r"(?<!冻结)(?<!停止)(?<!暂停)(?<!缩减)(?:招聘|社招)(?!冻结|网站|网|平台|软件|app|App|APP|员(?!工)|团队|专员)|扩招|招人|校招(?!生)|抢人|招募"
     r"|大举招|招\d+人|新增[\d,]*个?岗位", -3, ""),
    ("tracker or roundup (盘点)",
     r"盘点|汇总|一览|总览|概览|名单出炉|哪些公司|这些[^，。,]{0,6}(?:公司|企业|大厂|雇主)|多家[\u4e00-\u9fff]{0,4}?(?:公司|大厂|企业)(?!的?(?:创始人|投资|股东|高管))|各大|\d+强|百强|榜单"
     # 62家 companies, not 62家 branches of one bank
     r"|\d+家(?![\u4e00-\u9fff]{0,4}(?:分行|门店|店|支行|网点|工厂|分店|营业部|办事处|分公司))"
     r"|Layoffs\.fyi|layoffs\.fyi|统计|数据显示|信息表|始末|来龙去脉|复盘"
     r"|[一二三四五六七八九\d]成(?:多|以上)?(?:的)?(?:公司|企业|雇主|旅社|旅行社|商家|店家|厂商|餐厅)"
     r"|多数(?:公司|企业)|纷传"
     # "东森中视TVBS接力裁员": one employer after another
     r"|接力裁"
     # "Meta、微软等继续裁员": a list of employers; "受访企业近半年曾裁员": a survey
     # "茂迪、华硕皆传缩减人力": two employers, both
     r"|[A-Za-z\u4e00-\u9fff]{2,8}、[A-Za-z\u4e00-\u9fff]{2,8}(?:皆|均|都|相继|先后)"
     r"[^，。,；]{0,4}(?:裁|缩减|减员|砍)"
     # "Pfizer等大型药厂宣布裁员": one named, of a kind
     r"|[A-Za-z\u4e00-\u9fff]{2,12}等(?:大型|多家|知名|各大|其他)[\u4e00-\u9fff]{1,4}"
     r"(?:厂|公司|企业|巨头|银行|车企|平台)[^，。,；]{0,6}裁"
     r"|[A-Za-z\u4e00-\u9fff]{2,12}、[A-Za-z\u4e00-\u9fff]{2,12}等(?:公司|企业|大厂|巨头|科技公司|"
     r"科技巨头|厂商|平台)?[^，。,；、]{0,8}裁"
     r"|受访(?:企业|公司|雇主)|问卷|(?:调查|调研)(?:显示|指出|发现|报告|[:：])|发表调查"
     # "涉及Shopee、Lazada等头部企业", "多个行业的公司": several employers
     r"|等(?:头部|龙头|多家|大型|知名)(?:企业|公司|大厂|平台|巨头)|多个行业|各行各业",
     -4, "unanchored"),
    ("industry aggregate (行业)",
     r"(?:科技|互联网|全球科技|科技行业|科技业|全行业|行业|大厂)[^，。,]{0,4}"
     r"(?:裁员潮|裁员人数|裁员总数|已有|累计|全年)"
     # "美科技巨头今年裁员近4万": the giants' year, summed
     r"|(?:巨头|大厂)们?(?:今年|去年|年内|全年)(?:已|共|累计)?裁员"
     # "去年第四季裁员减少", "裁员人数保持在较低水平": a statistic, quarter on quarter
     r"|(?:季|年|月)度?裁员(?:人数)?(?:减少|增加|增多|上升|下降|回升|回落|增至|升至|降至|减至)"
     r"|裁员人数(?:保持|减少|增加|增多|上升|下降|回升|回落)"
     # "美.com公司6月裁员大幅下降": a month's statistic
     r"|月裁员(?:人数)?(?:大幅|明显|显著)?(?:减少|增加|下降|上升|回落|回升)"
     # "全美超过2100个城市将削减财政预算": many cities' budgets
     r"|\d+个城市|(?:全美|全国|各地)[^，。,；]{0,6}城市"
     r"|今年以来|今年已|年内已|全年裁员|累计裁员|科技行业|科技业(?!巨擘|巨头|龙头)|互联网大厂|大厂裁员|裁员大?潮|失业率"
     # the labour market, not "减少了7 000个就业机会" (jobs one employer cut)
     # ("保就业": a government's wage subsidy, named)
     # ("提供就业服务": help for those laid off, offered by a labour bureau)
     # ("影响1200多名员工的就业": the staff of one employer)
     # ("提供相关就业协助": the same help)
     r"|(?<!个)(?<![保稳])(?<!员工的)就业(?!机会|岗位|服务|协助|辅导|援助)"
     r"|行业[^，。,]{0,4}裁|纷纷|(?<![人员工夕夜])(?<![人员工][将或恐])(?<!员工..)(?<!工人..)(?<!职工..)失业|汽车人|打工人|(?:公司|企业|车企|大厂)共裁"
     # "三大航空公司" are several, "第二大航空公司" is one
     # (not "前6大旅行社其中之一": one of them; nor "集团旗下三大旅行社": one owner's)
     r"|(?<![第\d一二三四五六七八九十两])(?<!旗下)[一二三四五六七八九十两\d]+大[^，。,]{0,6}"
     r"(?:龙头|巨头|厂|公司|银行|车企|行)(?![^，。,]{0,4}之一)"
     # "遍地裁员", "美国企业年度裁员总数": everywhere, a whole country's employers
     r"|(?:遍地|到处|处处)裁|(?:美国|全美|全球|英国|日本|德国|欧洲|中国|国内|海外)(?:企业|公司|雇主)"
     r"(?:的)?(?:年度|今年|全年|上半年|[\d一二三四五六七八九十]+月)?裁员"
     r"|(?:航空|银行|科技|制造|零售|汽车|游戏|媒体|传媒|房地产|地产|金融|保险|证券|互联网|半导体|芯片"
     # "芯片业务调整:裁撤应届生" is one firm's business, not the chip trade
     r"|光伏|教育|餐饮|旅游|酒店|物流|快递)业(?!务)[^，。,]{0,6}裁|券商|房企|车企们|药企|物企|险企|外资行|中概股"
     # "地产裁员记", "互联网圈裁员", "芯片业界", "倒闭潮": stories about a trade, not one employer
     # "一场大裁员正在席卷银行": a wave over a trade
     r"|席卷"
     # "京东…旗下京喜事业群沦为重灾区": the hardest-hit unit of one employer
     r"|(?<!群沦为)(?<!部沦为)(?<!门沦为)(?<!线沦为)(?<!群成为)(?<!部成为)(?<!门成为)重灾区|裁员记|裁员史|[\u4e00-\u9fff](?:圈|界|行业)(?:大)?裁(?=员)|倒闭潮|关厂潮|龙头们|巨头们|大厂们"
     r"|(?:光伏|芯片|半导体|锂电|新能源|地产|房地产|游戏|汽车|银行|券商|互联网)(?:龙头|巨头|公司|企业|厂商)"
     r"(?:们|去年|今年|上半年|全年|接连|相继|扎堆|集体|开始|普遍)",
     -2, "unanchored"),
    # not 向法院声请破产: a bankruptcy filing goes with the dismissals
    # "港澳相继掀裁员潮", "软银支持的新创公司相继裁员": one employer after another (every
    # such item in the corpus is a roundup; 接连 and 陆续 may be one employer's rounds)
    ("tracker or roundup (相继)", r"相继[^，。,；]{0,6}(?:裁|缩减|减员|精简|砍)", -4, "always"),
    # "500员工一夕失业怒告求偿 判赔金额出炉": a court's award over a past layoff
    ("court award (判赔)", r"判赔|胜诉|败诉|判决出炉", -4, "always"),
    # "已根据相关规定对该员工作出辞退处理": one person dismissed for misconduct
    ("one employee dismissed (辞退该员工)",
     r"(?:对|将)(?:该|涉事|这名|那名)(?:员工|职员|雇员)[^，。,；]{0,10}(?:辞退|开除|解雇|除名)"
     # staff fired for misconduct: "葛兰素史克解雇一些行为不当的中国员工"
     r"|(?:辞退|开除|解雇|除名)[^，。,；]{0,6}(?:行为不当|不当行为|违纪|违规|受贿|行贿|贪腐|舞弊)",
     -6, "always"),
    # "【专栏】剖析科技巨头亚马逊的裁员事件": a column about a layoff, not the news of one;
    # "社论:妥善处理裁员问题": the paper's editorial
    ("column (【专栏】)", r"^【(?:专栏|评论|社论|观点)】|^(?:社论|社评)\s*[:|｜丨]", -6, "always"),
    ("lawsuit (诉讼/仲裁)",
     r"诉讼|起诉|反诉|仲裁|官司|法院(?![^，。,；]{0,3}(?:声请|申请)?(?:破产|重整|清算))|判决|维权|索赔",
     -3, "unanchored"),
    ("first-person story (我被裁)",
     r"我被裁|我被优化|我被毕业|被裁员了|被裁后的|裁员后我", -6, "always"),
    ("opinion (观点)",
     r"评论|观点|专栏|如何|怎么办|该怎么|指南|启示|反思|焦虑|当裁员|敲门|一半是海水|得了吧"
     r"|裁到大动脉|怎么看|访谈|解读|怎么算|如何计算|能拿多少|什么意思|劳动法|劳动合同法|不应该|该不该"
     # "為何大規模裁員公告並不總意味着大幅減員": why, in general
     r"|^(?:为何|为什么|缘何)",
     -2, "unanchored"),
    # "东南亚电商巨头是否进行了裁员": whether, asked
    # "中国联通裁员多少": how many, asked without a question mark
    ("question", r"[?？]|是否[^，。,；]{0,6}裁员|(?:裁员|裁了|裁掉)多少(?:人)?(?=$|\s)", -2,
     "unanchored"),
    # "新东方在线有部门裁员20%?官方回应": a rumour put as a question, then the answer
    ("rumour answered (?…回应)", r"[?？](?:[^，。,]{0,6}回应|\s*(?:官方|公司方面|公司称|知情人士))",
     -3, ""),
    ("sports roster (球队)",
     r"球队|(?<!全)球员|赛季|训练营|湖人|勇士|火箭队|主帅|阵容|后卫|中锋|前锋|NBA|CBA"
     # (a player's contract, not "已签约但未开工的百多名准员工")
     r"|季前赛|选秀|(?<!已)签约(?![^，。,；]{0,4}(?:但|员工|职员))|国足"
     # "VAR回看后主裁取消点球判罚": the referee's call
     r"|主裁|(?<!一)边裁(?!员)|裁判|点球|判罚", -6, "always"),
    ("price or rate cut (降价/降息)",
     # (not "工厂减产并裁员": output and jobs cut together)
     r"降价|降息|减税|降费|减产(?![并和及、]裁)|降准|价格战|基点|利率", -2, ""),
    ("hiring response (回应+招聘)", r"回应[^。]{0,20}招聘|还要招", -6, "always"),
    ("response to a rumour (回应“…”)", r"回应[\"'「]|转岗", -3, ""),
    ("response to layoff rumours (回应传闻)",
     r"回应[^，。,]{0,8}(?:传闻|传言|网传|爆料|谣言)"
     r"(?![^。]{0,30}(?:属实|确有|确实|承认|证实|是真的|正常|优化|调整))", -3, ""),
    # a programme or feature on what a layoff did: "汇丰裁员的影响"
    ("impact discussion (裁员的影响)", r"裁员(?:带来)?的(?:影响|冲击|余波)|的影响\((?:一|二|上|下)",
     -6, "always"),
    # a furlough called off or denied: "不放无薪假了! 亿光逆转", "宣布取消无薪假"
    ("furlough called off (取消无薪假)", r"取消(?:了)?无薪假|无薪假(?:取消|喊停)|不放无薪假",
     -6, "always"),
    ("executive change (卸任)", r"卸任|辞去|辞职|接任|人事任命", -1.5, ""),
    # "锤子科技 001 号员工又被离职": one person's exit, not a layoff
    ("one employee (N号员工)", r"(?:\d+|一|首)\s*号员工|首位员工", -3, ""),
    # "保时捷高管或将被解雇": executives dismissed, not staff laid off
    ("executives dismissed (高管被解雇)",
     r"(?:高管|CEO|CFO|COO|首席[\u4e00-\u9fff]{0,4}官|总裁|董事长|总经理|行政总裁)"
     r"[^，。,；]{0,8}(?:被解雇|遭解雇|被开除|被辞退|被撤职|被免职)", -4, ""),
    # "全球裁员9000人后，再迎中国区架构大调整": the cut is the background of the news
    ("after a layoff (裁员…后再)",
     r"(?:裁员|裁掉|优化)[\d,.万千百余多近约超逾]*(?:名|个|位)?(?:员工|人)?后[,，]?(?:再|又|还)",
     -3, ""),
    ("furlough (放假)", r"放假|休假", -1, ""),
    ("salary cut only (降薪)", r"降薪", -0.5, ""),
]

ZH_REPORTED = [
    r"据悉", r"(?<![宣流遗])传(?![统感媒递播奇承真输音说来])", r"曝", r"消息称", r"网传",
    r"知情人士", r"据报道", r"报道称", r"爆料", r"传闻", r"或将", r"疑似?",
    r"据[^，。,]{0,10}(?:报道|消息|透露)", r"援引", r"内部人士", r"爆出", r"脉脉", r"匿名",
    r"透露", r"消息人士", r"网友", r"或达",
]
ZH_PLANNED = [
    r"拟", r"将(?!近)", r"计划", r"计画", r"准备", r"预计", r"打算", r"即将", r"要裁", r"预定",
]
ZH_CONFIRMED = [
    r"宣布", r"确认", r"证实", r"官宣", r"已", r"正式", r"完成", r"开始", r"启动", r"开启",
    r"内部信",
]
ZH_ROUND = [
    r"再次", r"再度", r"新一轮", r"又一轮", r"第[二三四五六七八九十2-9]轮",
    r"第[二三四五六七八九十2-9]波", r"又裁", r"再裁", r"二次裁员", r"继续裁员", r"又一波",
    r"新一波", r"再启", r"又启动", r"又开始", r"再掀", r"又传", r"又被曝", r"又曝", r"再曝",
    r"续裁", r"一波接一波", r"再现裁员", r"又见",
]


# Gate strings that every layoff report holds are no use in front of a trap or a status
# cue: those only run on texts that have a layoff cue ("off", "jobs", 裁员, 员工).
_EN_EVERYWHERE = ("layoffs laid off lay off lay-offs job cuts jobs cutting staff employees "
                  "workers the and for with from that this are was were has have had its their "
                  "been will can all any not out")
_ZH_EVERYWHERE = "裁员工人公司企业"


def _weak(lang: str) -> Callable[[str], bool]:
    if lang == "en":
        return lambda s: s.strip() in _EN_EVERYWHERE
    return lambda s: s in _ZH_EVERYWHERE


# The characters of feed text, most frequent first (English lowered, then Chinese; from
# the corpus). An automaton looks up each character of a text among its root's children
# one by one, in the order they were added: gate strings added by how often their first
# character occurs find the common characters after fewer tries (the same matches).
_EN_FREQUENT = " eatosnirlcfdhumpgybwk,v0.j-21'x53z%:4\"q6978()?$&/;"
_ZH_FREQUENT = (",员0裁的。人12工业大日公年国在一\"司中月将5行3)(e布、"
                "部不新ao发有了4全计宣报关:减6i厂上名出家%下电消r息")
_RANK = {c: i for i, c in enumerate(_EN_FREQUENT)} | {
    c: len(_EN_FREQUENT) + i for i, c in enumerate(_ZH_FREQUENT) if c not in _EN_FREQUENT}


def _by_frequency(words: Iterable[str]) -> list[str]:
    """`words` (set-like: their order is the hash seed's) ordered by how often their first
    character occurs, then alphabetically."""
    return sorted(words, key=lambda w: (_RANK.get(w[:1], len(_RANK)), w))


def _gate(literals: dict[int, frozenset[str]],
          widen: dict[int, frozenset[int]] | None = None) -> Any:
    """An Aho–Corasick automaton mapping each gate string to the keys whose patterns it
    lets through (keys with no strings are the caller's to run always); None if empty.
    With `widen`, a string lets through every key widen[key] names with its own."""
    owners: dict[str, set[int]] = {}
    for key, strings in literals.items():
        for s in strings:
            owners.setdefault(s, set()).update(widen[key] if widen else (key,))
    if not owners:
        return None
    automaton = ahocorasick.Automaton()
    for s in _by_frequency(owners):
        automaton.add_word(s, frozenset(owners[s]))
    automaton.make_automaton()
    return automaton


# the cue indices an Aho–Corasick hit lets through
_KEYS = itemgetter(1)


def _let_through(gate: Any, always: frozenset[int], folded: str) -> frozenset[int]:
    """The keys a text may match: those the gate's strings in it let through, and those
    with no strings (run always). Empty: nothing can match."""
    if gate is None:
        return always
    return always.union(*map(_KEYS, gate.iter(folded)))


class _SharedGate:
    """One Aho–Corasick pass for the gates of all of a CueSet's scanners.

    Each scanner's gate is an automaton of its own, and the detector runs up to seven
    scanners over the same text (layoff, traps, status …): seven passes, each paying
    per character. Here every gate string maps to the bits of the keys it lets through,
    each scanner's keys at its own offset; one pass per text finds them all, and each
    scanner takes its bits (a `_Slot`). A string occurs in the text whichever automaton
    looks, so each scanner gets the keys its own gate gave.
    """

    def __init__(self, gates: list[tuple[Any, int]]) -> None:
        """`gates`: each scanner's automaton (or None) and its number of keys, in order."""
        owners: dict[str, int] = {}
        self.offsets: list[int] = []
        offset = 0
        for gate, width in gates:
            self.offsets.append(offset)
            for word, keys in (gate.items() if gate is not None else ()):
                bits = 0
                for key in keys:
                    bits |= 1 << (offset + key)
                owners[word] = owners.get(word, 0) | bits
            offset += width
        self._automaton: Any = None
        if owners:
            self._automaton = ahocorasick.Automaton()
            for word in _by_frequency(owners):
                self._automaton.add_word(word, owners[word])
            self._automaton.make_automaton()
        # the bits of the last few texts: a detector reads a title and its summary by turns
        self.recent: dict[str, int] = {}

    def bits(self, folded: str) -> int:
        """The bits of every key the gate strings in `folded` let through (remembered)."""
        bits = 0 if self._automaton is None else reduce(
            or_, map(_KEYS, self._automaton.iter(folded)), 0)
        if len(self.recent) >= _RECENT_TEXTS:
            self.recent.clear()
        self.recent[folded] = bits
        return bits


_RECENT_TEXTS = 8


def _bit_indices(bits: int) -> list[int]:
    """The indices of the bits set in `bits`, lowest first."""
    out = []
    while bits:
        low = bits & -bits
        out.append(low.bit_length() - 1)
        bits ^= low
    return out


# keys sets kept per scanner, by their bits (cleared when full: a feed's texts repeat few)
_SLOT_CACHE = 4096


class _Slot:
    """One scanner's share of a _SharedGate: the keys `_let_through` would give."""

    __slots__ = ("_always", "_gate", "_keys", "_mask", "_shift")

    def __init__(self, gate: _SharedGate, shift: int, width: int,
                 always: frozenset[int]) -> None:
        self._gate, self._shift, self._mask = gate, shift, (1 << width) - 1
        self._always = always
        self._keys: dict[int, frozenset[int]] = {}

    def keys(self, folded: str) -> frozenset[int]:
        bits = self._gate.recent.get(folded)
        if bits is None:
            bits = self._gate.bits(folded)
        bits = bits >> self._shift & self._mask
        keys = self._keys.get(bits)
        if keys is None:
            if len(self._keys) >= _SLOT_CACHE:
                self._keys.clear()
            keys = self._always.union(_bit_indices(bits))
            self._keys[bits] = keys
        return keys


# A scanner's cues are grouped in blocks of about equal pattern size, in order. One
# alternation per set of cues a text may match would compile hundreds of patterns
# (seconds for the English layoff cues, whose "cuts jobs" alone expands to 12,000
# characters); one per set of blocks compiles a dozen or so, and a cue that large still
# gets a block of its own, left out of every text that lacks its strings.
_BLOCKS = 4


def _blocks(sizes: list[int], count: int) -> list[list[int]]:
    """Consecutive indices grouped so that each group's sizes add up to about 1/count."""
    budget = sum(sizes) / count
    blocks: list[list[int]] = []
    block: list[int] = []
    filled = 0
    for i, size in enumerate(sizes):
        if block and filled + size > budget:
            blocks.append(block)
            block, filled = [], 0
        block.append(i)
        filled += size
    if block:
        blocks.append(block)
    return blocks


class _Scanner:
    """Many cues, one pass: a non-capturing alternation finds hits, then the cue is named.

    Named groups in one big alternation make Python's regex engine several
    times slower, so the scan uses a plain alternation and only the (rare)
    hits are matched again against each cue to learn which one it was.

    The alternation a text is scanned with holds only the blocks of cues (see
    _BLOCKS) with a cue whose required strings the text contains (one Aho–Corasick
    pass, detect/regexgate.py), each branch where the whole alternation has it: the
    cues left out cannot match anywhere in the text, so the hits are the ones the
    whole alternation finds, with fewer branches tried at each position.
    """

    def __init__(self, cues: list[tuple[Cue, str]], flags: int, symbols: str = "") -> None:
        # English is matched on ASCII-lowercased text with lowercased patterns: several
        # times faster in Python's regex engine than re.IGNORECASE, same spans.
        self._fold = bool(flags & re.IGNORECASE)
        if self._fold:
            flags &= ~re.IGNORECASE
            cues = [(cue, fold_pattern(p)) for cue, p in cues]
        self._flags = flags
        self._cues = [(cue, re.compile(pattern, flags)) for cue, pattern in cues]
        # what each cue's matches can open with (None: unknown), so that naming a hit
        # tries only the cues that can match at its first character
        self._first = [first_chars(pattern, flags) for _, pattern in cues]
        self._any = _compile_fast("|".join(p for _, p in cues), flags)
        # a substring gate: each of a cue's required strings lets through the block of
        # cues it sits in; a text holding none of them is not scanned (a cue that spells
        # out no word lets its block through always)
        # (`symbols`: characters rare enough to gate a cue on that names no string)
        literals = [required_literals(p, symbols=symbols) for _, p in cues]
        self._alternation = FastAlternation([p for _, p in cues])
        sizes = [sum(map(len, self._alternation.patterns(frozenset([i]))))
                 for i in range(len(cues))]
        widen = {i: frozenset(block) for block in _blocks(sizes, _BLOCKS) for i in block}
        self._by_block = _gate(dict(enumerate(literals)), widen)
        self._always = frozenset().union(
            *(widen[i] for i, strings in enumerate(literals) if not strings))
        self._slot: _Slot | None = None  # set by a CueSet sharing one gate pass
        everything = frozenset(range(len(cues)))
        self._subsets: dict[frozenset[int], tuple[list[tuple[re.Pattern[str], bool]],
                                                   _Naming]] = {
            everything: (self._any, self._naming(everything))}

    def scan(self, text: str, folded: str | None = None) -> list[CueHit]:
        if not self._any:
            return []
        if folded is None:
            folded = ascii_lower(text) if self._fold else text
        keep = self.candidates(folded)
        if not keep:
            return []  # the gate: no cue can match
        subset = self._subsets.get(keep)
        if subset is None:
            subset = self._subset(keep)
        patterns, naming = subset
        spans = _spans(patterns, folded)
        by_char, others = naming
        return [CueHit(self._name(folded, start, end,
                                  by_char.get(folded[start:start + 1], others)),
                       start, end, text[start:end])
                for start, end in spans]

    def _subset(self, keep: frozenset[int]) -> tuple[list[tuple[re.Pattern[str], bool]],
                                                     _Naming]:
        subset = (_compiled(self._alternation.patterns(keep), self._flags), self._naming(keep))
        self._subsets[keep] = subset
        return subset

    def _naming(self, keep: frozenset[int]) -> _Naming:
        """The cues of `keep` in order, as candidates to name a hit by its first character:
        per character those that can open with it or with anything, and the latter alone
        for any other character. A cue left out cannot match there, so `_name` picks the
        same cue from the shorter list."""
        kept = [(self._cues[i], self._first[i]) for i in range(len(self._cues)) if i in keep]
        chars = frozenset().union(*(first or () for _, first in kept))
        by_char = {c: [cue for cue, first in kept if first is None or c in first] for c in chars}
        return by_char, [cue for cue, first in kept if first is None]

    def gate_and_width(self) -> tuple[Any, int]:
        """This scanner's gate automaton (or None) and its number of keys (cues)."""
        return self._by_block, len(self._cues)

    def share(self, gate: _SharedGate, offset: int) -> None:
        """Take the gate's keys from `gate`'s one pass, at `offset`, instead of a pass here."""
        self._slot = _Slot(gate, offset, len(self._cues), self._always)

    def candidates(self, folded: str) -> frozenset[int]:
        """Indices of the cues that may match: their block's gate let them through, or a
        cue in their block has no gate strings. Empty: no cue can match."""
        if self._slot is not None:
            return self._slot.keys(folded)
        return _let_through(self._by_block, self._always, folded)

    def _name(self, text: str, start: int, end: int,
              named: list[tuple[Cue, re.Pattern[str]]]) -> Cue:
        first: Cue | None = None
        for cue, rx in named:
            m = rx.match(text, start)
            if m is not None:
                if m.end() == end:
                    return cue
                first = first or cue
        assert first is not None or self._cues
        return first or self._cues[0][0]


# a subset's cues for naming a hit: per opening character, and for any other character
_Naming = tuple[dict[str, list[tuple[Cue, re.Pattern[str]]]], list[tuple[Cue, re.Pattern[str]]]]


def _compile_fast(pattern: str, flags: int) -> list[tuple[re.Pattern[str], bool]]:
    """The fast, residual and start-only patterns of one alternation, compiled."""
    return _compiled(fast_patterns([pattern]), flags)


def _compiled(patterns: list[str], flags: int) -> list[tuple[re.Pattern[str], bool]]:
    """Each of `fast_patterns`' patterns compiled, with whether it can only match at the
    start (then one `match` replaces a scan). A residual pattern (branches opening with
    a class, a lookaround or a word boundary before a group) is put behind a lookahead
    for the characters its matches open with (regexfast.guard_first_char: same matches,
    a class check instead of a full try at most positions; English traps ~15% faster)."""
    return [(compile_guarded(p, flags),
             p[0] == "^" and not flags & re.MULTILINE) for p in patterns]


def _spans(patterns: list[tuple[re.Pattern[str], bool]], text: str) -> list[tuple[int, int]]:
    """Non-overlapping match spans of a fast pattern and its residual, as one alternation's."""
    runs: list[list[tuple[int, int]]] = []
    for rx, at_start in patterns:
        if at_start:
            m = rx.match(text)
            found = [m.span()] if m is not None else []
        else:
            # most texts hold no match: one search; after a hit, a search resumed where it
            # ends, as finditer's own next is (most hits are a text's only one: no iterator
            # built for the one failing search); an empty hit, after which finditer must
            # move on, is left to finditer: from the start, or from a later empty hit on
            m = rx.search(text)
            if m is None:
                continue
            stop = m.end()
            if stop > m.start():
                found = [m.span()]
                while (m := rx.search(text, stop)) is not None:
                    found.append(m.span())
                    if m.end() == m.start():
                        found += [n.span() for n in islice(rx.finditer(text, stop), 1, None)]
                        break
                    stop = m.end()
            else:
                found = [n.span() for n in rx.finditer(text)]
        if found:
            runs.append(found)
    if len(runs) <= 1:
        return runs[0] if runs else []
    kept: list[tuple[int, int]] = []
    for start, end in sorted((se for run in runs for se in run), key=lambda se: (se[0], -se[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


class _OverlappingScanner:
    """Cues that may overlap each other (traps): each cue alone, behind a substring gate.

    One Aho–Corasick pass over the text finds which cues' gate strings occur
    (detect/regexgate.py); only those cues' regexes run. A cue whose branches
    are not all gateable ("won't … layoffs": "won't" and "no" say too little)
    is split in two: its gateable branches behind the gate, the rest always.
    """

    def __init__(self, cues: list[tuple[Cue, str]], flags: int, lang: str) -> None:
        self._fold = bool(flags & re.IGNORECASE)
        if self._fold:
            flags &= ~re.IGNORECASE
            cues = [(c, fold_pattern(p)) for c, p in cues]
        weak = _weak(lang)
        self._cues = [c for c, _ in cues]
        # parts: (index of the cue, its fast patterns); several parts of a cue are one
        # alternation again when their spans are merged (_spans)
        self._parts: list[tuple[int, list[tuple[re.Pattern[str], bool]]]] = []
        gated: dict[int, frozenset[str]] = {}
        for i, (_, pattern) in enumerate(cues):
            branches = [(b, required_literals(b, weak)) for b in alternatives(pattern)]
            ok = "|".join(b for b, strings in branches if strings)
            rest = "|".join(b for b, strings in branches if not strings)
            if ok:
                # any match of the part matches one of its branches, so holds one of its strings
                gated[len(self._parts)] = frozenset().union(*(s for _, s in branches if s))
                self._parts.append((i, _compile_fast(ok, flags)))
            if rest:
                self._parts.append((i, _compile_fast(rest, flags)))
        self._gate = _gate(gated)
        self._always = frozenset(range(len(self._parts))) - frozenset(gated)
        self._slot: _Slot | None = None  # set by a CueSet sharing one gate pass

    def gate_and_width(self) -> tuple[Any, int]:
        """This scanner's gate automaton (or None) and its number of keys (parts)."""
        return self._gate, len(self._parts)

    def share(self, gate: _SharedGate, offset: int) -> None:
        """Take the gate's keys from `gate`'s one pass, at `offset`, instead of a pass here."""
        self._slot = _Slot(gate, offset, len(self._parts), self._always)

    def candidates(self, folded: str) -> frozenset[int]:
        """Indices of the parts that may match: the gate let them through, or they have none."""
        if self._slot is not None:
            return self._slot.keys(folded)
        return _let_through(self._gate, self._always, folded)

    def scan(self, text: str, folded: str | None = None) -> list[CueHit]:
        if folded is None:
            folded = ascii_lower(text) if self._fold else text
        todo = sorted(self.candidates(folded))
        parts, cues = self._parts, self._cues
        out: list[CueHit] = []
        k, n = 0, len(todo)
        while k < n:
            i, rxs = parts[todo[k]]
            k += 1
            # a cue split in two parts has them next to each other: one alternation again
            if k < n and parts[todo[k]][0] == i:
                rxs = rxs + parts[todo[k]][1]
                k += 1
            if len(rxs) == 1 and not rxs[0][1] and rxs[0][0].search(folded) is None:
                continue  # most parts find nothing: one search, no _spans call
            cue = cues[i]
            for start, end in _spans(rxs, folded):
                out.append(CueHit(cue, start, end, text[start:end]))
        return out


def _status_cues(kind: Kind, patterns: list[str]) -> list[tuple[Cue, str]]:
    return [(Cue(kind, kind), p) for p in patterns]


class CueSet:
    """All cues of one language, compiled once."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        flags = re.IGNORECASE if lang == "en" else 0
        if lang == "en":
            layoff, trap = EN_LAYOFF, EN_TRAP
            rep, plan, conf, rnd = EN_REPORTED, EN_PLANNED, EN_CONFIRMED, EN_ROUND
        else:
            layoff, trap = ZH_LAYOFF, ZH_TRAP
            rep, plan, conf, rnd = ZH_REPORTED, ZH_PLANNED, ZH_CONFIRMED, ZH_ROUND
        # "N+1" (a severance formula) is the one Chinese layoff cue that spells no string: a
        # "+" gates it (few Chinese texts hold one), not a scan of its block on every text
        self.layoff = _Scanner([(Cue(n, "layoff", w), p) for n, p, w in layoff], flags,
                               symbols="+" if lang == "zh" else "")
        self.traps = _OverlappingScanner([(Cue(n, "trap", w, v), p) for n, p, w, v in trap],
                                         flags, lang)
        # after a title that names the company cutting, only these matter in the summary
        self.veto_traps = _OverlappingScanner(
            [(Cue(n, "trap", w, v), p) for n, p, w, v in trap if v == "always"], flags, lang)
        self.reported = _Scanner(_status_cues("reported", rep), flags | re.MULTILINE)
        self.planned = _Scanner(_status_cues("planned", plan), flags)
        self.confirmed = _Scanner(_status_cues("confirmed", conf), flags)
        self.round = _Scanner(_status_cues("round", rnd), flags)
        if lang == "en":
            self._share_gate()

    def _share_gate(self) -> None:
        """Every scanner reads the same folded text: one gate pass serves them all.

        English only. An automaton's cost per character grows with the strings that can
        open a match (the root's children, searched one by one): English gate strings
        open with a letter, so seven gates together have about as many as one, and one
        pass costs about what one gate's pass did. Chinese gate strings open with
        hundreds of different characters, and one pass over all seven would cost more
        than the few passes a text gets (callgrind: +2 % instructions per bench item).
        """
        scanners: list[_Scanner | _OverlappingScanner] = [
            self.layoff, self.traps, self.veto_traps, self.reported, self.planned,
            self.confirmed, self.round]
        shared = _SharedGate([s.gate_and_width() for s in scanners])
        for scanner, offset in zip(scanners, shared.offsets, strict=True):
            scanner.share(shared, offset)

    def fold(self, text: str) -> str:
        """The text as this language's scanners read it (ASCII-lowercased for English)."""
        return ascii_lower(text) if self.lang == "en" else text

    def layoff_hits(self, text: str, folded: str | None = None) -> list[CueHit]:
        hits = self.layoff.scan(text, folded)
        if len(hits) > 1:
            hits.sort(key=lambda h: (h.start, -h.end))
        return hits


_CUESETS: dict[str, CueSet] = {}


def cueset(lang: str) -> CueSet:
    lang = "zh" if lang == "zh" else "en"
    if lang not in _CUESETS:
        _CUESETS[lang] = CueSet(lang)
    return _CUESETS[lang]
