"""Safety layer: urgent-risk detection, signposting and case-decision detection.

Why: practitioners sometimes type a live situation ("a boy in my class says his
mum's boyfriend burned his arm and he won't go home"). The assistant must then
lead with emergency signposting, whatever search finds. Procedural questions
("what is the procedure when a child discloses abuse?") must not trigger it, or
the warning becomes noise. Detection is rules (concept cues: harm x person x
now) OR a small logistic-regression model over word and character n-grams
(weights in bot/data/urgent_model.json, fitted on eval/urgent_messages.jsonl
only; rebuild with `python -m eval.safety_report --build-model`). Scoring is
pure Python: deterministic, no network, works even when search is down.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

# Text-speak and contractions (apostrophes are stripped first, so "won't" -> "wont").
_TEXTSPEAK: dict[str, str] = {
    "u": "you", "ur": "your", "r": "are", "n": "and", "nd": "and", "cos": "because",
    "coz": "because", "cuz": "because", "bc": "because", "pls": "please", "plz": "please",
    "2nite": "tonight", "2night": "tonight", "tonite": "tonight", "2day": "today",
    "2moz": "tomorrow", "2morrow": "tomorrow", "tmrw": "tomorrow", "tmw": "tomorrow",
    "rn": "right now", "atm": "at the moment", "asap": "as soon as possible",
    "bf": "boyfriend", "gf": "girlfriend", "bfs": "boyfriends", "stepdad": "step dad",
    "stepmum": "step mum", "stepfather": "step father", "stepmother": "step mother",
    "mom": "mum", "mam": "mum", "mums": "mums", "mummy": "mum", "daddy": "dad",
    "yr": "year", "yrs": "years", "yo": "year old", "y/o": "year old", "wk": "week",
    "wks": "weeks", "mth": "month", "mths": "months", "gonna": "going to",
    "wanna": "want to", "gotta": "got to", "sed": "said", "sez": "says", "wiv": "with",
    "wen": "when", "b4": "before", "ppl": "people", "kms": "kill myself",
    "im": "i am", "ive": "i have",
    "hes": "he is", "shes": "she is", "theyre": "they are", "theyve": "they have",
    "theyll": "they will", "hell": "he will", "shell": "she will", "youll": "you will",
    "theyd": "they would", "nobodys": "nobody has", "noones": "no one has", "hed": "he would", "whats": "what is", "wheres": "where is",
    "thats": "that is", "shud": "should", "shld": "should", "shoud": "should", "shuld": "should", "hows": "how is", "whos": "who is", "itll": "it will",
    "wont": "will not", "cant": "can not", "cannot": "can not", "dont": "do not",
    "doesnt": "does not", "didnt": "did not", "isnt": "is not", "wasnt": "was not",
    "werent": "were not", "hasnt": "has not", "havent": "have not", "hadnt": "had not",
    "arent": "are not", "shouldnt": "should not", "couldnt": "could not",
    "wouldnt": "would not", "aint": "is not", "dunno": "do not know",
    "od": "overdose", "ods": "overdose",
    "fgm": "fgm", "cse": "cse", "cce": "cce", "hv": "health visitor",
    "sw": "social worker", "yp": "young person", "dv": "domestic violence",
    "da": "domestic abuse", "tho": "though", "thru": "through", "bcos": "because",
}

# Words worth protecting from typos (edit distance 1, same first letter, len >= 5).
_KEYWORDS: tuple[str, ...] = (
    "bruise", "bruises", "bruised", "bruising", "burned", "burnt", "burns", "burning",
    "scared", "frightened", "afraid", "terrified", "petrified", "suicidal", "suicide",
    "missing", "disclosed", "discloses", "disclosure", "boyfriend", "girlfriend",
    "pupil", "pupils", "student", "threatened", "threatening", "threatens", "strangled",
    "punched", "kicked", "slapped", "smacked", "touched", "touching", "raped",
    "sexually", "abused", "abusing", "exploited", "exploitation", "groomed", "grooming",
    "overdose", "cutting", "himself", "herself", "themselves", "myself", "tonight",
    "tomorrow", "yesterday", "morning", "afternoon", "evening", "intoxicated", "drunk",
    "unconscious", "married", "marriage", "marry", "wedding", "ceremony", "abroad",
    "holiday", "injury", "injured", "injuries", "fracture", "fractured", "swelling",
    "swollen", "bleeding", "knife", "weapon", "refuses", "refused", "refusing",
    "strangling", "choking", "choked", "hitting", "beating", "beaten", "teacher",
    "parent", "partner", "school", "class", "procedure", "policy", "training",
    "threshold", "referral", "police", "frightened", "worried", "father", "mother",
    "uncle", "brother", "sister", "cousin", "daughter", "nursery", "reception",
    "nobody", "alone", "baby", "babies", "infant", "newborn", "mobile", "bedroom",
    "private", "privates", "breathing", "unresponsive", "stabbed", "attacked",
    "assaulted", "scalded", "trafficked", "blackmail", "blackmailed", "nudes",
    "pictures", "photos", "older", "circumcision", "mutilation", "guidance",
    "protocol", "signs", "indicators", "define", "definition", "office", "classroom",
    "right", "currently", "waiting", "hospital", "collected", "picked", "threat",
    "threats", "safe", "unsafe", "home", "house", "staying", "sleeping", "says",
    "said", "told", "tells", "marks", "knives", "machete", "cannabis", "alcohol",
    "drugs", "smelled", "smelt", "slurring", "staggering", "passed", "kill", "killing",
    "harming", "hurting", "parents", "carer", "carers", "neighbour", "grandad",
    "started", "students", "smelling", "abuse", "abuses", "patient", "client", "daughter", "toddler",
)

_NEGATORS = {"not", "no", "never", "without", "nothing", "none", "nor"}


def _damerau1(a: str, b: str) -> bool:
    """True if a and b differ by exactly one edit (incl. adjacent transposition)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1:] == short:
            return True
    return False


# Real words that sit one edit away from a keyword and must never be "corrected"
# (e.g. "cooking" -> "choking", "slipped" -> "slapped", "messing" -> "missing").
_PROTECTED = frozenset({
    "cooking", "writing", "wanting", "wailing", "hinting", "bearing", "berating", "beading",
    "boating", "bother", "attached", "scolded", "stacked", "snacked", "slacked", "slipped",
    "snapped", "sapped", "flapped", "messing", "misting", "hunting", "hurling", "amusing",
    "breeding", "breaching", "spelling", "smelling", "threads", "sitter", "pinched",
    "teaches", "mourning", "welding", "weeding", "marred", "carried", "spelled", "sweeping",
    "blurring", "swaggering", "touting", "staging", "stating", "seating", "heating",
    "training", "draining", "straining", "trailing", "evenings", "morning", "parenting",
})

# Frequent misspellings of short keywords that edit distance cannot safely fix.
_MISSPELLINGS: dict[str, str] = {
    "scard": "scared", "scaired": "scared", "skared": "scared", "scaried": "scared",
    "brused": "bruised", "bruse": "bruise", "bruze": "bruise", "bruses": "bruises",
    "brusing": "bruising", "bruisng": "bruising", "burnd": "burned", "burnded": "burned",
    "hitt": "hit", "hited": "hit", "drunck": "drunk", "drunkk": "drunk", "kild": "killed",
    "hurted": "hurt", "hurtin": "hurting", "abusd": "abused", "sucide": "suicide",
    "suiside": "suicide", "sucidal": "suicidal", "suisidal": "suicidal", "rapd": "raped",
    "raeped": "raped", "knif": "knife", "nife": "knife", "skool": "school", "scool": "school",
    "skl": "school", "hom": "home", "hme": "home", "saf": "safe", "sed": "said",
    "tole": "told", "tld": "told", "sayd": "said", "sayin": "saying", "hitin": "hitting",
    "bein": "being", "goin": "going", "gettin": "getting", "cuttin": "cutting",
    "touchd": "touched", "tuched": "touched", "mising": "missing", "misin": "missing",
    "misssing": "missing", "brok": "broken", "thretened": "threatened", "threatend": "threatened",
    "marrid": "married", "marryed": "married", "wnt": "want", "wnts": "wants", "agen": "again",
    "gurl": "girl", "grl": "girl", "bby": "baby", "babby": "baby", "babie": "baby",
    "pupi": "pupil", "pupul": "pupil", "studnet": "student", "tonigt": "tonight",
    "tonihgt": "tonight", "nite": "night", "drnk": "drunk", "drugd": "drugged",
    # misspelt harm verbs and vowel-dropped words seen in hurried messages
    "beet": "beat", "beated": "beat", "beeten": "beaten", "punshed": "punched", "puched": "punched",
    "kiked": "kicked", "kickd": "kicked", "slaped": "slapped", "slappd": "slapped", "choaked": "choked",
    "choakd": "choked", "strangeled": "strangled", "strangld": "strangled", "stabed": "stabbed",
    "brun": "burn", "brunt": "burnt", "shaked": "shook", "shooken": "shaken",
    "ovr": "over", "lst": "last", "bck": "back", "wiv": "with", "wid": "with",
    "nxt": "next", "frm": "from", "abt": "about", "gna": "going to", "gunna": "going to",
}


@lru_cache(maxsize=4096)
def _correct_typo(token: str) -> str:
    """Map a near-miss spelling of a safety keyword onto the keyword.

    Only long keywords (>= 7 letters) are targets, the first letter must match,
    and known real-word neighbours are protected.
    """
    if token in _MISSPELLINGS:
        return _MISSPELLINGS[token]
    if (len(token) < 6 or token in _KEYWORD_SET or token in _PROTECTED
            or not token.isalpha()):
        return token
    for kw in _LONG_KEYWORDS:
        if kw[0] == token[0] and _damerau1(token, kw):
            return kw
    return token


_KEYWORD_SET = frozenset(_KEYWORDS)
_LONG_KEYWORDS = tuple(k for k in _KEYWORDS if len(k) >= 7)


def normalise(text: str) -> str:
    """Lower-case, strip punctuation, expand text-speak and fix keyword typos.

    Returns the text padded with single spaces so patterns can use word edges.
    """
    t = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    t = t.replace("female genital mutilation", "fgm")
    t = re.sub(r"(\d+)\s*(?:yo|y/o|yrs? old|years? old)\b", r"\1 year old", t)
    t = re.sub(r"\b(?:y|yr|year)\s?(\d{1,2})\b", r"year \1", t)
    t = t.replace("'", "")
    t = re.sub(r"[^a-z0-9\s]", " ", t)
    out: list[str] = []
    for tok in t.split():
        tok = _TEXTSPEAK.get(tok, tok)
        if " " not in tok:
            tok = _correct_typo(tok)
        out.append(tok)
    return " " + " ".join(out) + " "


# ---------------------------------------------------------------------------
# Harm cues: concrete events, not topics ("sexual abuse" alone is a topic)
# ---------------------------------------------------------------------------

_REL = (r"(?:mum|mother|dad|father|step dad|step mum|step father|step mother|parent|parents"
        r"|carer|carers|boyfriend|girlfriend|partner|uncle|aunt|auntie|brother|sister|cousin"
        r"|grandad|grandpa|grandma|nan|nana|neighbour|lodger|coach|mums boyfriend"
        r"|mums partner|dads girlfriend|dads partner|foster carer|older \w+)")
_OBJ = (r"(?:him|her|them|me|us|his|their|my|the baby|the child|the kids|the children"
        r"|the boy|the girl|her baby|his baby)")
_PHYS_VERB = (r"(?:hit|hits|hitting|punch(?:ed|es|ing)?|kick(?:ed|s|ing)?|slap(?:ped|s|ping)?"
              r"|smack(?:ed|s|ing)?|beat|beats|beating|batter(?:ed|s|ing)?|burn(?:ed|t|s|ing)?"
              r"|scald(?:ed|s|ing)?|strangl(?:ed|es|ing)|chok(?:ed|es|ing)|throttl\w+"
              r"|whip(?:ped|s|ping)?|belt(?:ed|s|ing)|bit|bites|shook|shaking|shakes|threw"
              r"|throws|pushed|shoved|hurt|hurts|hurting|attack(?:ed|s|ing)?|stab(?:bed|s|bing)?"
              r"|assault(?:ed|s|ing)?|grabbed|dragged|locked|locks|tied|starv(?:ed|ing|es)"
              r"|abus(?:es|ed|ing)|strikes|struck|thumped|thumps|battered)")
_BODY = r"(?:arm|arms|face|leg|legs|neck|back|eye|head|hand|hands|wrist|wrists|body|chest|cheek|ear)"

_HARM_PATTERNS: dict[str, list[str]] = {
    "physical_abuse": [
        _PHYS_VERB + r" (?:him|her|them|me|us|the baby|the child|the kids|the children|the boy|the girl)\b",
        _PHYS_VERB + r" (?:his|her|their|my) " + _BODY + r"\b",
        r"\b(?:being|been|was|were|gets|got|getting|is) (?:\w+ ){0,2}?(?:hit|punched|kicked|beaten|burned|burnt"
        r"|slapped|strangled|choked|hurt|abused|assaulted|attacked|stabbed|whipped|belted|battered"
        r"|locked in|starved|smacked|thrown|shaken)\b",
        r"\b" + _REL + r" (?:has |had |keeps |always |sometimes |often )?" + _PHYS_VERB + r"\b",
    ],
    "sexual_abuse": [
        r"\brap(?:ed|e|es|ing)\b",
        r"\bsexually (?:abus|assault|touch)\w*",
        r"\btouch(?:ed|es|ing) (?:him|her|them|me) (?:inappropriately|sexually|down there|there"
        r"|in (?:his|her|their|my) \w+|on (?:his|her|their|my) \w+)",
        r"\btouch(?:ed|es|ing) (?:his|her|their|my) (?:private|privates|private parts|bits|pants"
        r"|genitals|bum|penis|vagina|breasts|chest|willy|fanny)",
        r"\b(?:make|makes|made|making) (?:him|her|them|me) (?:watch|touch|do sexual|undress|get undressed|have sex)",
        r"\b(?:force|forces|forced|forcing|pressur\w+) (?:him|her|them|me) (?:in)?to (?:have sex|do sexual|perform|touch)",
        r"\bshow(?:ed|s|ing)? (?:him|her|them|me) (?:porn|sexual|naked|his penis|rude)",
        r"\bsends? (?:him|her|them|me) (?:sexual|naked|nude|explicit|rude)",
        r"\b(?:gets|got|getting|comes|came) (?:in|into) (?:his|her|their|my) bed\b",
        r"\bcomes into (?:his|her|their|my) (?:bed|room|bedroom) at night",
        r"\bmolest\w*",
        r"\b(?:make|made|makes|making|told|tells|asked|asks|forced|forces) (?:him|her|them|me) (?:to )?(?:take (?:\w+ )?clothes"
        r" off|strip|undress|get naked|pose naked)\b",
        r"\b(?:took|taking|takes|take|filmed|films|filming) (?:naked |indecent |sexual |rude )?(?:photos|pictures|pics"
        r"|videos|images) of (?:him|her|them|me) (?:naked|undressed|with no clothes)",
        r"\b(?:" + _REL + r"|he|she|they|man|men) (?:\w+ ){0,2}?(?:touching|touched|touches|groping|groped|fondl\w+)"
        r" (?:him|her|them|me)\b",
        r"\b(?:hands?|fingers?) (?:down|in|inside|under|up) (?:his|her|their|my) (?:pants|knickers|trousers|underwear"
        r"|nappy|skirt|top|shorts|pyjamas)\b",
        r"\b(?:been|was|were|got|getting|being) (?:\w+ )?(?:drugged|spiked)\b",
        r"\bsexual (?:activity|contact|things) with\b",
    ],
    "disclosure": [
        r"\b(?:disclosed|discloses|disclosing|made a disclosure|making a disclosure)\b",
    ],
    # A child's plea, however it is passed on: "slipped me a note saying help me", "mouthed help me".
    "plea_for_help": [
        r"\b(?:note|notes|message|messages|text|texts|texted|messaged|wrote|written|writing|mouthed|mouthing"
        r"|whispered|whispering|signalled|signalling|saying|says|said|asked|asking|begged|begging|screaming|shouting"
        r"|crying|pleading|pleaded) (?:\w+ ){0,3}?help (?:me|us)\b",
        # The whole message is the plea: "texted 'help'", "snapchatted sos" (not "messaged asking for help with")
        r"\b(?:texted|texting|messaged|messaging|snapchatted|whatsapped|dmd"
        r"|(?:sent|sends|sending) (?:\w+ ){0,2}?(?:text|message|snap|dm))"
        r" (?:me |us |her |him |them |mum |dad |her mum |his mum )?(?:saying |that said |just )?(?:help|help me|sos)\b"
        r"(?! (?:with|for|on|to|about|finding|filling|understanding|planning|sorting|choosing)\b)",
    ],
    "not_safe_home": [
        r"\b(?:not|never) (?:want(?:s|ing)? to |wanna |going to |willing to |be )?(?:go|going|goes|return"
        r"|returning) (?:back )?home\b",
        r"\b(?:refus\w*|too \w+|(?:is|are|am|feels?) (?:\w+ )?too \w+) (?:to )?(?:go|going|goes|return|returning)"
        r" (?:back )?home\b",
        r"\b(?:scared|afraid|frightened|terrified|petrified|fearful|worried|nervous) (?:\w+ )?(?:to|of|about)"
        r" (?:go(?:ing)? |be(?:ing)? )?(?:back )?(?:home|at home)\b",
        r"\b(?:scared|afraid|frightened|terrified|petrified) of (?:his|her|their|my) " + _REL,
        r"\bnot safe (?:at |to go |going |back |in the )?(?:home|house)\b",
        r"\bunsafe (?:at|in the) (?:home|house)\b",
        r"\b(?:not|never) feel(?:s|ing)? safe\b",
        r"\b(?:kicked|thrown|locked) out\b",
        r"\bnowhere to (?:sleep|stay|go)\b",
        r"\bsleeping rough\b",
        r"\b(?:begging|asking|pleading|please) (?:me |us )?(?:not to|do not) (?:make (?:him|her|them|me) )?(?:go|send)",
    ],
    "threat": [
        r"\bthreat\w* (?:\w+ )?(?:to )?(?:kill|hurt|stab|harm|beat|shoot|snatch|take|abduct|burn)\b",
        r"\b(?:going to|will|would|wants to|want to|d|ll) (?:kill|hurt|stab|shoot|beat up|beat|batter"
        r"|harm|burn|snatch|abduct|smash) " + _OBJ + r"\b",
        r"\bthreaten\w* (?:him|her|them|me|the baby|the child|the kids) with\b",
        r"\buse (?:it|a knife|the knife|the gun|a gun|a weapon) on (?:him|her|them|me|us)\b",
    ],
    "weapon": [
        r"\b(?:carrying|carries|brought|bringing|has|had|got|pulled|waving|threaten\w*|holding|hidden"
        r"|hiding|found|with|keeping|keeps|kept|stashed|stashing) (?:\w+ ){0,2}?(?:knife|knives|machete|blade|gun|firearm|weapon)\b",
    ],
    "missing": [
        r"\b(?:is|are|was|were|has gone|gone|went|go|going|been|currently|still|now|reported)"
        r" missing\b(?! (?:from )?(?:education|out|appointments?|lessons?|classes|sessions|meals"
        r"|medication|the point|school days|days))",
        r"\bmissing (?:since|overnight|all night|tonight|last night|again|for (?:\w+ )?(?:hours|days|nights))",
        r"\b(?:ran|run|runs|running) away\b",
        r"\b(?:can not|could not|unable to) (?:find|locate|contact|reach|get hold of) (?:him|her|them)\b",
        r"\b(?:has not|did not|never|not) (?:come|came|returned|return|been|got|gone) (?:back )?home\b",
        r"\bnot (?:been )?(?:seen|heard from) since\b",
        r"\babscond\w*",
        r"\b(?:vanish\w*|disappeared)\b",
        r"\b(?:nobody|no one|noone) (?:has )?(?:heard|seen) (?:from )?(?:him|her|them)\b",
        r"\bwhereabouts (?:are )?(?:unknown|not known)\b",
    ],
    "suicide_self_harm": [
        r"\b(?:kill|killing|kills|hang|hanging|hurt|hurting|harm|harming|cut|cutting|cuts|burn|burning"
        r"|end|ending|starve|starving) (?:him|her|them|my|your|their|our)sel(?:f|ves)\b",
        r"\bsuicid\w*",
        r"\bend (?:it all|(?:his|her|their|my) (?:own )?life)\b",
        r"\b(?:going to|want to|wants to|will|plans to|planning to|gonna|try to|tried to) end it\b",
        r"\b(?:given|giving|gave) away (?:all )?(?:his|her|their) (?:things|stuff|possessions|belongings)\b",
        r"\btake (?:his|her|their|my) (?:own )?life\b",
        r"\boverdos\w*",
        r"\bself ?harm\w*",
        r"\bwants? to die\b",
        r"\bwant(?:s|ed)? to be dead\b",
        r"\b(?:does not|do not) want to (?:live|be alive|be here anymore|exist)\b",
        r"\bbetter off dead\b",
        r"\b(?:noose|ligature|unalive)\b",
        r"\bjump(?:ing|ed|s)? (?:off|from|in front)\b",
        r"\btalk(?:ing|s|ed)? about (?:killing|ending|dying|not being here|jumping|hanging)\b",
        r"\b(?:taken|took|swallowed|taking|take) (?:\w+ ){0,3}?(?:paracetamol|pills|tablets|meds|bleach)\b",
        r"\b(?:fresh|new|deep|bleeding) cuts\b",
    ],
    "infant_injury": [],  # handled by proximity in _infant_injury
    "sexual_exploitation": [
        r"\b(?:being|been|is|getting|gets|got) (?:sexually )?(?:exploited|groomed|trafficked|pimped"
        r"|passed around|sold)\b",
        r"\b(?:older|adult) (?:men|man|males|guys|boys|lads|boyfriend|bloke)\b",
        r"\b(?:getting|gets|got|goes|going) (?:in|into) (?:cars|a car|different cars|vans)\b",
        r"\b(?:picked up|collected) (?:by|in) (?:cars|a car|different cars|men|older|a man)\b",
        r"\bgiven (?:\w+ )?(?:alcohol|drugs|vodka|weed|cannabis)\b",
        r"\b(?:gifts|money|cash|phone|clothes|trainers) from (?:an |a )?(?:older|adult|man|men|someone|stranger)",
        r"\b(?:sending|sent|send|sends|share|shared|sharing) (?:\w+ )?(?:nudes|nude|naked|explicit|sexual)\b",
        r"\bnudes\b", r"\bsextort\w*", r"\bblackmail\w*",
        r"\b(?:give|gives|giving|gave) (?:him|her|them) (?:\w+ )?(?:weed|drugs|alcohol|vodka|cannabis|cocaine|pills)\b",
        r"\b(?:sleeping|staying|stays|sleeps|stopping) (?:over )?(?:at|with) (?:different |older |adult )?(?:men|mens|a mans|older)\b",
        r"\b(?:run|runs|carry|carries|hold|holds|move|moves|sell|sells|deal|deals|running|carrying|holding|moving"
        r"|selling|dealing|hiding) (?:drugs|gear|packages|county lines"
        r"|for (?:a|the) (?:gang|line|dealer))\b",
        r"\b(?:plugging|cuckoo\w*|trap house)\b",
        r"\b(?:do|doing|does|did) (?:a|another|the) (?:run|drop|drug run|delivery) (?:to|for|in|out)\b",
        r"\b(?:owes|owe|in) (?:a )?(?:drug )?debt\b",
        r"\bparties with older\b",
        r"\b(?:1[89]|[2-9]\d) year old (?:boyfriend|man|men|bloke|guy|partner|lover)\b",
    ],
    "fgm": [],  # handled by proximity in _fgm
    "forced_marriage": [
        r"\bforc\w* (?:\w+ )?(?:to |in ?to |into )(?:marr\w*|get married|a marriage|wed)\b",
        r"\b(?:is|being|facing|at risk of|threatened with) (?:a )?forced marriage\b",
        r"\bmarried off\b",
        r"\bmarry (?:off|an older|a man|her cousin|his cousin|someone)\b",
        r"\bengaged to (?:a|an|her|his) (?:older|cousin|man|\d+ year old)\b",
        r"\b(?:take|taking|taken|send|sending|sent) (?:her|him|them) (?:abroad|back home|to \w+)"
        r" (?:to|for) (?:marr\w*|get married|a wedding|be married)\b",
    ],
    "intoxicated_carer": [
        r"\b(?:" + _REL + r"|he|she|they) (?:\w+ ){0,8}?(?:drunk|intoxicated|stoned|wasted|smashed|hammered"
        r"|paralytic|comatose|slurring|staggering|under the influence|off (?:his|her|their) (?:face|head)"
        r"|out of (?:it|his head|her head)|high on \w+|reeking of \w+|reeks of \w+"
        r"|sme(?:lt|lled|lling) (?:strongly )?of (?:alcohol|booze|drink|cannabis|weed|drugs))\b",
        r"\b(?:drunk|intoxicated|stoned|high) (?:to|and) (?:collect|pick up|look after|care for|drive|driving"
        r"|slurring|staggering|aggressive|falling)\b",
        r"\b(?:totally|very|really|clearly|completely|blind|falling down|paralytic|so) (?:drunk|intoxicated|stoned)\b",
        r"\bsme(?:ll|lt|lled|lling|lls) (?:strongly |heavily |really |very )?of (?:alcohol|booze|drink|cannabis|weed|drugs)\b",
        r"\b(?:slurring|staggering)\b",
        r"\bcould (?:barely|hardly|not|not even) (?:stand|walk|speak)\b",
        r"\b(?:drunk|intoxicated) (?:parent|mum|dad|carer|mother|father)\b",
        r"\b(?:passed out|unconscious|unresponsive) (?:on|in) (?:the )?(?:sofa|floor|bed|couch|car)\b",
        r"\b(?:seems|seemed|appears|appeared|looked|looks|clearly|obviously|very) high\b",
    ],
    "neglect_now": [
        r"\b(?:left|leaving|leave|leaves) (?:\w+ ){0,4}?(?:alone|on (?:his|her|their) own|unsupervised)\b",
        r"\bhome alone\b",
        r"\bno (?:food|heating|electric\w*|gas|water) (?:in the house|at home|for days)\b",
        r"\bnot (?:been )?fed\b",
        r"\b(?:no one|nobody|noone) (?:has )?(?:picked|collected|come|came) (?:\w+ )?(?:for|up)?",
        r"\b(?:not|never) (?:been )?(?:picked up|collected)\b",
    ],
    "fire_or_trapped": [
        r"\b(?:house|flat|home|building|bedroom|room|caravan|car|van) (?:is |was |has |has been |is being )?(?:on fire"
        r"|alight|ablaze|burning|caught fire|set alight|set on fire|full of smoke)\b",
        r"\b(?:on fire|alight|ablaze|full of smoke) (?:\w+ ){0,4}?(?:inside|in there|still in|trapped|upstairs)\b",
        r"\b(?:trapped|stuck) (?:\w+ ){0,2}?(?:inside|in the (?:fire|smoke|house|flat|water|quarry|shaft|mine|river"
        r"|reservoir|mud|car))\b",
        r"\b(?:trapped|pinned|stuck) (?:\w+ ){0,2}?under (?:a|an|the) (?:\w+ ){0,2}?(?:bike|tractor|trailer|car|van"
        r"|vehicle|machine|machinery|gate|wall|bales?|rubble)\b",
        r"\b(?:is|are) drowning\b|\b(?:cant|can not|cannot) get out of the (?:water|river|quarry|reservoir|lake)\b",
    ],
    "domestic_abuse_now": [
        r"\b(?:hitting|beating|attacking|strangling|choking|punching|kicking|hit|hits|beats|punched|strangled"
        r"|kicked|attacked) (?:his|their|her)? ?(?:mum|mother|wife|girlfriend|partner)\b",
        r"\bpolice (?:were|are|have been|got) called (?:to the house|to the home|last night|out|round)\b",
        r"\b(?:domestic violence|domestic abuse) (?:incident|attack|assault|going on|happening|last night)\b",
    ],
    "injury_marks": [
        r"\bbruis\w*", r"\bburn marks?\b", r"\bcigarette burns?\b", r"\bblack eye\b",
        r"\b(?:belt|slap|finger|bite|grip|lash|hand) ?(?:marks?|prints?)\b", r"\bwelts?\b",
        r"\bbroken (?:arm|wrist|leg|rib|ribs|nose|finger)\b", r"\bfractur\w*", r"\b(?:wound|wounds|blister\w*|gash)\b",
        r"\b(?:put|puts|held|holds|pushed|pushes|forced|forces) (?:his|her|their|my) (?:hand|hands|arm|arms|face|head|feet|foot)"
        r" (?:on|in|under|against|onto|into) (?:the |a )?(?:cooker|hob|iron|oven|fire|radiator|kettle|hot|boiling|bath|toilet"
        r"|wall)\b",
        r"\b(?:marks|cuts|burns|scratches|scalds|lumps|welts|sores) (?:on|to|all over|round|around) (?:his|her|their|the|both)\b",
        r"\b(?:circular|round|small|fresh|unexplained|strange) (?:burns?|marks?|injur\w+)\b", r"\bswollen\b",
    ],
    "poisoning": [
        r"\bpoison\w*",
        r"\b(?:puts|put|putting|adds|added|adding|gives|giving) (?:\w+ ){0,2}?(?:in|into) (?:his|her|their|my|the)"
        r" (?:drink|drinks|food|bottle|milk|feeds?) to make (?:him|her|them|me|the baby) (?:poorly|ill|sick|sleep|sleepy)\b",
    ],
    "stranger_approach": [
        r"\b(?:man|men|stranger|adult|woman|someone) (?:\w+ ){0,3}?(?:hanging around|approach\w*|follow\w*"
        r"|waiting outside|offering (?:sweets|lifts|money))\b",
        r"\b(?:man|men|stranger|adult|woman|someone) (?:\w+ ){0,5}?(?:giving|gave|gives|offer\w*) (?:him|her|them)"
        r" (?:sweets|gifts|money|lifts|a lift|cigarettes|vapes|alcohol)\b",
        r"\basked (?:him|her|them) to (?:come|go) (?:to|back to|round to|round) (?:his|her|their) (?:flat|house|car|place)\b",
        r"\b(?:man|men|stranger|adult|woman|someone) (?:\w+ ){0,3}?(?:filming|photographing|taking (?:photos|pictures"
        r"|videos?) of) (?:the )?(?:kids|children|pupils|girls|boys)\b",
    ],
}

# Concept cues: each is (kind of harm) x (person) x (live context), written as
# word classes so new phrasings of the same event match, not single phrases.
_CHILD = (r"(?:child|children|kid|kids|baby|babies|toddler|infant|boy|girl|boys|girls|siblings|brother|sister"
          r"|son|daughter|pupil|student|\d+ year old|\d+ month old|little one|little ones)")
_GENITAL = r"(?:willy|penis|dick|cock|vagina|fanny|foof|privates|private parts|genitals|front bottom)"
_WEAPON = (r"(?:knife|knives|machete|blade|gun|firearm|weapon|bat|baseball bat|hammer|axe|crowbar|screwdriver"
           r"|knuckle duster|acid|petrol|shotgun|pistol|sword|zombie knife|meat cleaver|cleaver)")
_IMPLEMENT = (r"(?:belt|stick|cane|slipper|wooden spoon|spoon|cable|wire|shoe|hairbrush|iron|lead|rope|bat|hammer"
              r"|ruler|hose|charger|coat hanger|hanger)")
_APP = (r"(?:online|internet|snapchat|snap|instagram|insta|tiktok|discord|roblox|fortnite|whatsapp|facebook"
        r"|an app|a game|gaming|xbox|playstation|ps5|chat room|omegle|telegram|kik)")

_CONCEPT_PATTERNS: dict[str, list[str]] = {
    "physical_abuse": [
        r"\b(?:hit|hits|hitting|beat|beats|beating|whip\w*|thrash\w*|lash\w*|struck|smack\w*|hurt)"
        r" (?:\w+ ){0,3}?with (?:a|an|his|her|the|their|my) (?:\w+ )?" + _IMPLEMENT + r"\b",
        r"\b(?:shook|shaking|shakes|shaken|thrown|threw|dropped) (?:\w+ ){0,2}?(?:the baby|baby|the infant|her baby"
        r"|his baby|their baby)\b",
        r"\b(?:dragged|pulled|grabbed|yanked|lifted) (?:him|her|them|the child|the boy|the girl) (?:\w+ ){0,3}?by"
        r" (?:his|her|their|the) (?:hair|neck|throat|arm|arms|ear|ears)\b",
        r"\b(?:strangles?|strangled|strangling|chokes?|choked|choking|suffocat\w+|smother\w*) (?:him|her|them"
        r"|the baby|the child|me)\b",
        r"\b(?:until|till) (?:he|she|they) (?:passes|passed|pass) out\b",
    ],
    "sexual_abuse": [
        r"\b" + _GENITAL + r"\b",
        r"\b(?:gets|got|getting|climbs|climbed|comes|came|sleeps|slept|sleeping|lies|lay|lying) (?:in|into|in to)"
        r" (?:bed|the bed) with (?:her|him|them|me)\b",
        r"\b(?:film\w*|record\w*|photograph\w*|video\w*|took (?:photos|pictures|pics|videos)|taking (?:photos|pictures"
        r"|pics|videos)) (?:of )?(?:him|her|them|me) (?:\w+ ){0,3}?(?:shower|bath|naked|nude|undress\w*|toilet"
        r"|changing|getting changed|in bed|without (?:clothes|pants))\b",
        r"\b(?:does|did|doing|do) (?:things|stuff|sexual things|rude things|bad things) to (?:her|him|them|me)\b",
        r"\b(?:having|had|has|have|made (?:her|him) have) sex with (?:her|him|them|me|a child|a \d+ year old)\b",
        r"\bsex with (?:a |an )?(?:\d+ year old|child|minor|pupil|student|girl|boy)\b",
        r"\b(?:kiss\w*|touch\w*|licks?|licked) (?:him|her|them|me) (?:on (?:the|her|his|their) )?(?:lips|mouth|private\w*"
        r"|bum|bottom|chest|breasts)\b",
        r"\bhurt (?:his|her|their|my) (?:bum|bottom|privates|private parts)\b",
    ],
    "grooming": [
        r"\b(?:told|tells|telling|asked|asks|made|makes|warned) (?:her|him|them|me) (?:not to|to not|never to) tell\b",
        r"\b(?:our|a) (?:little |special )?secret\b",
        r"\bkeep (?:it|this|them|that) (?:a |our )?secret\b",
        r"\b(?:meet|see|be with|take) (?:her|him|them|me) (?:alone|on (?:her|his|their|my) own|in private|in secret"
        r"|without (?:her|his|their) (?:parents|mum|dad))\b",
        r"\b(?:messages|messaged|messaging|texts|texted|texting|snapchats|dms|dmd) (?:her|him|them|me) (?:\w+ ){0,2}?"
        r"(?:at night|late at night|in the night|privately|in secret|every night)\b",
    ],
    "abduction": [
        r"\b(?:tried|trying|try|tries|attempted|attempting|attempt) to (?:grab|snatch|take|abduct|drag|pull|lure|get|bundle)"
        r" (?:her|him|them|me|the child|the kids|the children|the baby)\b",
        r"\b(?:he|she|they) (?:will|is going to|are going to|says he will|says she will|threatened to|threatens to)"
        r" (?:take|snatch|grab) (?:her|him|them|the kids|the children|the baby)\b",
        r"\b(?:snatch\w*|abduct\w*|kidnap\w*)\b",
        r"\b(?:bundled|pulled|dragged|forced|lured) (?:her|him|them) (?:\w+ )?into (?:a|his|the|their) (?:car|van)\b",
        r"\b(?:following|followed|follows) (?:her|him|them|me|the bus|the children|the kids)\b",
        r"\b(?:dragged|pulled|grabbed|bundled|carried) (?:\w+ ){0,2}?(?:off|out of|away from|into) (?:a|the|his|her"
        r"|their|my|our) (?:bus|car|van|street|park|playground|school|shop)\b",
    ],
    "weapon": [
        r"\b(?:carrying|carries|brought|bringing|has|had|got|pulled|waving|threaten\w*|holding|hidden|hiding|found"
        r"|with|keeping|keeps|kept|stashed|stashing|armed|wielding|brandish\w*) (?:\w+ ){0,2}?" + _WEAPON + r"\b",
    ],
    "threat": [
        r"\bthreat\w* (?:\w+ ){0,3}?(?:to )?(?:kill|hurt|stab|harm|beat|shoot|snatch|take|abduct|burn|torch|smash)\b",
        # "if he says no they will hurt his little brother": a threat made to force a child
        r"\bif (?:he|she|they|i) (?:says?|said|refuses?|refused|does not|doesnt|wont|will not) (?:\w+ ){0,2}?"
        r"(?:they|he|she) (?:will|would|are going to|is going to) (?:hurt|harm|beat|kill|stab|batter|get|smash)\b",
        r"\b(?:kill|stab|shoot|murder) (?:him|her|them|me|us|mum|dad|the kids|the baby|everyone|his mum|her mum)\b",
        r"\bburn (?:the|their|our|her|his) (?:house|home|flat|place) down\b",
    ],
    "suicide_self_harm": [
        r"\b(?:saying|said|says|say|sent|posted|posting|wrote|written) (?:\w+ ){0,2}?goodbye\b",
        r"\bgoodbye (?:note|letter|message|messages|post|video)\b",
        r"\b(?:done|finished|had enough) with (?:life|living|it all|everything|being alive)\b",
        r"\bno (?:point|reason) (?:in )?(?:living|going on|being here|being alive|to live)\b",
        r"\b(?:can not|can no longer|cannot) (?:go on|cope anymore|carry on|do this anymore)\b",
        r"\b(?:has|got|with|carrying|bought|hiding|hidden|brought|found) (?:\w+ ){0,2}?(?:rope|ligature|noose|razor"
        r"|razors|blades)\b",
        r"\bon (?:the|a) (?:bridge|roof|rooftop|ledge|railway|railway line|train tracks?|cliff|edge|parapet)\b",
        r"\b(?:her|his|their|my|the) (?:cuts|scars|wounds)\b",
        r"\bcuts? (?:on|to|up) (?:her|his|their|my) (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|stomach)\b",
        r"\bdo it (?:again|deeper|tonight|properly|for real)\b",
        r"\bcut (?:\w+ )?too deep\b",
        r"\b(?:kill|killing|kills|hang|hanging|hurt|hurting|harm|harming|cut|cutting) (?:himself|herself|themselves"
        r"|myself)\b",
    ],
    "medical_emergency": [
        r"\b(?:stopped|stops|stop|not|is not|was not|barely|struggling|difficulty) breathing\b",
        r"\b(?:can not|could not|unable to|struggling to|fighting to) breathe\b|\bgasping for (?:breath|air)\b",
        r"\banaphyla\w*|\bepi ?pens? (?:\w+ ){0,3}?(?:has|have|did|does|is|was)? ?not (?:work|help)\w*",
        r"\b(?:turning|turned|gone|going|went) (?:blue|grey|purple|limp|floppy)\b",
        r"\b(?:fitting|seizure|seizures|convuls\w*|unconscious|unresponsive|not responding|non responsive)\b",
        r"\b(?:will not|would not|can not|could not|does not|did not|not) (?:wake|waking|wake up|come round|respond)\b",
        r"\bfloppy\b",
        r"\b(?:bleed\w*|bled) (?:on|in) the brain\b",
        r"\bbleed\w* (?:\w+ )?(?:badly|heavily|a lot|lots|loads|everywhere|profusely|wont stop|will not stop"
        r"|non stop)\b",
        r"\b(?:wont|will not|cant|can not|cannot) stop (?:the |it )?bleed\w*",  # "i cut too deep and it wont stop"
        r"\b(?:lost|losing) (?:a lot of |lots of )?blood\b",
        r"\b(?:swallowed|drank|drunk|ate|eaten|taken|took) (?:\w+ ){0,3}?(?:bleach|pills|tablets|methadone|drugs"
        r"|cleaning|batteries|battery|detergent|medicine|meds)\b",
    ],
    "domestic_abuse_now": [
        r"\b(?:can|could) hear (?:\w+ ){0,5}?(?:screaming|shouting|crying|banging|smashing|fighting|hitting|yelling"
        r"|screams|thuds|begging)\b",
        r"\b(?:screaming|shouting|fighting|smashing) (?:\w+ ){0,4}?(?:next door|upstairs|in the house|in the flat"
        r"|right now|now)\b",
        r"\b(?:strangled|strangling|choked|choking|punched|stabbed|beaten|battered|assaulted) (?:\w+ ){0,3}?(?:and|while|in"
        r" front of) (?:\w+ ){0,3}?(?:kids|children|baby|son|daughter|boys|girls)\b",
        r"\b(?:mum|mother|wife|partner|girlfriend) (?:has been|was|is being|got|is) (?:\w+ )?(?:strangled|choked"
        r"|beaten|stabbed|attacked|assaulted|punched|hit|battered)\b",
        r"\bin front of (?:the|her|his|their) (?:kids|children|baby|son|daughter)\b",
    ],
    "neglect_now": [
        r"\b" + _CHILD + r" (?:\w+ ){0,3}?(?:alone|on (?:their|his|her) own|unsupervised|by (?:themselves|himself"
        r"|herself))\b",
        r"\bno (?:adult|adults|grown ups|parent|parents|one|body) (?:\w+ ){0,2}?(?:at home|in the (?:house|flat|home)"
        r"|at the (?:address|house|flat)|there|present|around|for hours|about|looking after)\b",
        r"\b(?:not|never) (?:been )?(?:allowed|given|had|fed) (?:\w+ )?(?:to eat|any food|food|anything to eat|a meal"
        r"|meals|dinner|breakfast)\b",
        r"\b(?:no|nothing to|hardly any|no proper) (?:food|eat)\b",
        r"\b(?:eating|eats|ate|scaveng\w*|taking food) (?:\w+ ){0,2}?(?:from|out of|in) (?:the )?bins?\b",
        r"\bwander\w* (?:\w+ ){0,3}?(?:street|streets|road|roads|alone|on (?:his|her|their) own|at night|in the dark"
        r"|at \d+ ?am|in (?:his|her|their) pyjamas)\b",
        r"\b(?:\d+ ?am|\d+ in the morning|middle of the night) (?:\w+ ){0,4}?(?:alone|on (?:his|her|their) own|no one"
        r"|nobody|wandering|found)\b",
        r"\blocks? (?:him|her|them) (?:\w+ )?(?:in|out|up)\b",
        r"\blocked (?:him|her|them) (?:\w+ )?(?:in|out|up)\b",
        r"\blooking after (?:\w+ ){0,3}?(?:alone|on (?:his|her|their) own|by (?:himself|herself|themselves))\b",
        r"\b" + _CHILD + r" (?:\w+ ){0,3}?(?:left|locked|shut) (?:\w+ ){0,2}?in (?:a|the) (?:\w+ )?(?:car|van)\b",
    ],
    "missing": [
        r"\b(?:has not|have not|had not|not) (?:been )?(?:seen|heard from|home|back) (?:since|for \w+ (?:days|nights|hours))\b",
        r"\b(?:hasnt|has not|have not) come (?:back|home)\b",
        # "her phone is off", not "take the phone off the student"
        r"\b(?:phone|mobile) (?:is |has been |was )?(?:off|switched off|dead|going to voicemail)\b"
        r"(?! (?:the|him|her|them|his|their|a|an|my|your|our|of|from)\b)",
        r"\blast seen\b",
    ],
    "sexual_exploitation": [
        r"\b(?:pass\w*|shar\w*) (?:her|him|them) (?:around|round|between)\b",
        # "in a car with adults we don't know": taken somewhere by strangers
        r"\b(?:in|into|from) (?:a|an|the|their|his|her|some) (?:\w+ )?(?:car|van|taxi) with (?:\w+ ){0,2}?"
        r"(?:adults?|men|man|males?|strangers?|people|lads|guys)"
        r" (?:(?:we|she|he|they|i|mum|dad|anyone|nobody|no one) )?(?:do not|does not|did not|dont|doesnt|didnt)"
        r" (?:know|recognise)\b",
        r"\b(?:older|adult|grown) (?:\w+ )?(?:men|man|males|guys|lads|bloke|blokes|women)\b",
        r"\b(?:1[89]|[2-9]\d) year old (?:\w+ )?(?:she|he) (?:met|meets|talks to|has been talking to)\b",
    ],
}
for _name, _pats in _CONCEPT_PATTERNS.items():
    _HARM_PATTERNS.setdefault(_name, []).extend(_pats)

# Online contact + meeting in one message = a possible grooming meeting.
_ONLINE_CONTACT = re.compile(r"\b(?:met|meet|talking|talks|talked|chatting|chats|chatted|speaking|messag\w+|friend\w*)"
                             r" (?:\w+ ){0,3}?(?:on|online|through|via|over|from) (?:\w+ )?" + _APP + r"\b"
                             r"|\b(?:met|meet) (?:\w+ )?" + _APP + r"\b|\bfrom " + _APP + r"\b")
_MEETING = re.compile(r"\b(?:meet|meeting|meets|meet up|met up|pick (?:her|him|them) up|picking (?:her|him|them) up"
                      r"|collect (?:her|him|them)|come (?:and|to) (?:get|see|collect)|run away|running away|go to his"
                      r"|go to her|stay with|visit)\b")

# Cues that need a second, gating cue somewhere in the message to count.
_GATED: dict[str, tuple[list[re.Pattern[str]], re.Pattern[str]]] = {
    "online_meeting": ([_MEETING], _ONLINE_CONTACT),
    "abduction": (
        [re.compile(r"\b(?:taking|take|takes|took|collect\w*|grab\w*|remove\w*) (?:the |her |his |their )?"
                    r"(?:kids|children|baby|child|son|daughter|boy|girl|her|him|them)\b"),
         re.compile(r"\b(?:waiting|hanging around|parked|turned up|turns up|showed up) (?:\w+ ){0,2}?(?:outside|at)"
                    r" (?:the )?(?:school|nursery|gates|school gates|house|home|club)\b")],
        re.compile(r"\b(?:non mol\w*|non molestation|court order|injunction|not allowed|no contact|restraining"
                   r"|without (?:permission|consent)|birth (?:dad|mum|father|mother|parent)|estranged|says he will take"
                   r"|he will take|she will take|threat\w*|" + _WEAPON + r")\b")),
    "forced_marriage": (
        [re.compile(r"\b(?:arranged|planned|planning|getting|going to be|will be|being|made to be|to get|to be"
                    r"|to go and get|to go and be)"
                    r" (?:\w+ ){0,2}?(?:married|wedding)\b"),
         re.compile(r"\bwedding (?:abroad|in \w+|over the|this summer|next|planned)\b"),
         re.compile(r"\b(?:get|getting|be|being|got) engaged\b"),
         re.compile(r"\b(?:sent|sending|send|taken|taking|take) (?:her|him|them)? ?(?:back )?(?:to|home to) \w+ (?:\w+ ){0,3}?"
                    r"(?:to|for) (?:get |be |a )?(?:married|engaged|wedding|marry)\b")],
        re.compile(r"\b(?:forc\w*|make her|make him|made to|against (?:her|his|their) will|not want|refus\w*"
                   r"|scared|terrified|frightened|passport|no choice|has to|have to|pressur\w*|older man"
                   r"|cousin|1[0-7] year old|(?:she|he) is (?:only |just )?1[0-7]|only 1[0-7]|aged 1[0-7]|year [4-9]|year 1[01]"
                   r"|petrified|worried|upset|crying|begg\w*"
                   r"|under 18|under age|underage)\b")),
    "fgm": (
        [re.compile(r"\b(?:become|becoming|to be) a (?:woman|proper woman|real woman)\b"),
         re.compile(r"\b(?:be|get|getting|being|been|was|had) cut\b(?! (?:off|short|out|back|down|up|hair|her hair))"),
         re.compile(r"\bcutting ceremony\b"),
         re.compile(r"\b(?:have|having|get|getting|had|has) (?:a|the|her) (?:procedure|operation|ceremony|cut)\b")],
        re.compile(r"\b(?:abroad|holiday|summer|half term|ceremony|somalia|sudan|egypt|eritrea|ethiopia|sierra leone"
                   r"|mali|guinea|gambia|djibouti|nigeria|kenya|yemen|indonesia|iraq|kurdistan|burkina faso|chad"
                   r"|senegal|liberia|back home|to see family|visit (?:family|relatives))\b")),
}

_INFANT = re.compile(
    r"\b(?:baby|babies|infant|newborn|new born|neonate|non mobile|not yet mobile|not mobile"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:week|month)s?(?: old)?)\b")
_INFANT_HARM = re.compile(
    r"\b(?:bruis\w*|injur\w*|marks?|fractur\w*|broken|burn\w*|swell\w*|swollen|bleed\w*|blood"
    r"|petechia\w*|frenulum|bump|lump|floppy|painful|pain|unexplained|limp\w*|not moving|will not move|not breathing|unresponsive|shaken|shook|dropped"
    r"|scald\w*|cut|cuts)\b")
_FGM = re.compile(r"\b(?:fgm|cut|cutting|circumcis\w*|sunna|khitan|type \d)\b")
_FGM_CONTEXT = re.compile(
    r"\b(?:abroad|holiday|holidays|trip|summer|going (?:back )?to|taken to|take (?:her|them) to"
    r"|sent to|fly|flying|flight|visit(?:ing)? (?:family|relatives|grandparents|her gran\w*)"
    r"|ceremony|become a woman|becoming a woman|special (?:procedure|party|celebration)"
    r"|be cut|get cut|getting cut|next week|tomorrow|half term|soon|planned|booked|cutter"
    r"|has had|had|undergone|been cut)\b")

_COMPILED: dict[str, list[re.Pattern[str]]] = {
    k: [re.compile(p) for p in v] for k, v in _HARM_PATTERNS.items()
}

# ---------------------------------------------------------------------------
# Framing cues
# ---------------------------------------------------------------------------

_PROCEDURAL = re.compile(
    r"\b(?:procedure|procedures|process|policy|policies|protocol|protocols|guidance|guideline\w*"
    r"|training|(?:training|online|e learning) course|course (?:on|about)|e learning|elearning|workshop"
    r"|webinar|module|define|definition|defined|meaning of|what does (?:\w+ ){1,3}mean|what is meant"
    r"|signs of|signs and|indicators?|warning signs|risk factors|symptoms of|red flags"
    r"|how (?:do|does|can|should|would|to|long|many|much|soon|quickly|often)"
    r"|what (?:is|are) the (?:procedure|process|steps|role|duty|duties|timescale|timescales|threshold"
    r"|thresholds|law|legal|criteria|difference|pathway|signs|risks|number|contact|rules|age)"
    r"|what should (?:i|we|staff|you|schools?|practitioners?|teachers?|professionals?|nurses?) do (?:if|when)"
    r"|what do (?:i|we|you) do (?:if|when)|what to do (?:if|when)|what happens (?:if|when|after|next|at)"
    r"|who (?:do|should|can) (?:i|we|you) (?:contact|call|tell|ring|inform|refer to|speak to) (?:if|when|about)"
    r"|where (?:do|can|should) (?:i|we|you) find|template|referral form|checklist|toolkit|leaflet|poster"
    r"|assembly|lesson|lessons|curriculum|pshe|rse|awareness|statistics|stats|research|audit"
    r"|case review|serious case review|cspr|lessons learned|learning review|inspection|ofsted"
    r"|statutory duty|duty to|mandatory reporting|legislation|the law|legal (?:requirement|duty|position|age)"
    r"|statutory|strategy meeting|icpc|rcpc|core group|timescales?|example|examples|scenario"
    r"|hypothetical\w*|in general|generally|typical|typically|best practice|role of|responsibilit\w*"
    r"|information sharing|share information|gdpr|record keeping|interview|risk assessment tool"
    r"|what age|at what age|age limit|patterns|types of|myths?|quiz|essay|project on|dissertation"
    r"|dbs|disclosure and barring|clares law|sarahs law|scheme|helpline number|unit contact|pathway|pathways"
    r"|referral route|what (?:does|do) (?:the )?(?:\w+ ){0,2}?(?:say|recommend|advise)"
    r"|is there (?:a|any) (?:\w+ ){0,2}?(?:guidance|policy|pathway|service|leaflet|protocol|toolkit|training|resource)"
    r"|(?:children|young people|pupils|kids|babies|families|parents) who"
    r"|(?:non|not|isnt|is not|not an?) (?:urgent|emergency)|no immediate (?:danger|risk)"
    r"|what can (?:\w+ ){1,3}?do (?:about|if|when|to)"
    # asking after a resource: "the name of the animation about bruising", "which charity made the app"
    r"|animation|film|video|apps?|campaign|resources?|website|which (?:charity|organisation|organization|agency)"
    r"|(?:whats|what is) the name of"
    # a thresholds look-up: "he's on 92 percent, which band does that put him in"
    r"|(?:which|what) (?:band|level|tier|colour) (?:does|do|is|would|will|should))\b")
# A short look-up, the whole message: "what is cuckooing", "young carers service email westvale".
_LOOKUP = re.compile(r"^ (?:what|whats) (?:is|are) (?:a |an )?(?:\w+ ){0,2}?\w+ $"
                     r"|\b(?:email|e mail|website|contact details|(?:phone|contact|telephone) number"
                     r"|opening (?:times|hours)|office hours|address)(?: \w+)? $")
LOOKUP_MAX_WORDS = 6
# A question about children in general ("can children be cuckooed?"), not about a child.
_GENERAL_QUESTION = re.compile(
    r"^ (?:can|could|do|are|should) (?:children|young people|kids|pupils|babies|teenagers|boys|girls)\b")
_HYPOTHETICAL = re.compile(
    r"\b(?:if (?:a|an|the|my|our|you|someone|there|any|one|children|pupils|staff|i|we)"
    r"|when (?:a|an|the|children|pupils|young people|someone)|what if|suppose|supposing|say a child"
    r"|should a|would a)\b")
_SPECIFIC = re.compile(
    r"\b(?:my|our|this|one of (?:my|our|the)) (?:\w+ ){0,3}?(?:pupil|student|child|kid|boy|girl|lad"
    r"|young person|patient|client|service user|baby|infant|toddler|son|daughter|teen|teenager|learner"
    r"|mentee|tutee|foster child|family|mum|dad|class|tutor group|caseload|form group)\b"
    r"|\b(?:a|an|one) (?:\w+ ){0,3}?(?:boy|girl|lad|child|kid|pupil|student|young person|baby|toddler|teen"
    r"|teenager|mum|dad|mother|father|parent|woman|man|family|patient) (?:\w+ ){0,2}?(?:in|from|on|at|i|we"
    r"|who (?:i|we)) (?:my|our|year|class|reception|nursery|the (?:ward|clinic|unit|school|class|group|club"
    r"|surgery|practice|estate|hostel|home)|am|have|visit|visited|see|saw|seen|work|support|teach|taught"
    r"|look after|met|mentor|coach|caseload|care)\b"
    r"|\b(?:in|on) my (?:class|caseload|group|ward|care|list|team)\b"
    r"|\b(?:he|she|they) (?:\w+ )?(?:says|said|told|tells|disclosed|showed|admitted|whispered|wrote"
    r"|texted|messaged|mentioned)\b"
    r"|\b(?:boy|girl|lad|child|kid|pupil|student|patient|teen|teenager|young person|son|daughter|toddler)"
    r" (?:\w+ )?(?:says|said|told|tells|disclosed|has disclosed|whispered|admitted|showed)\b"
    r"|\b(?:boy|girl|lad|child|kid|pupil|student|young person|teen|teenager|patient|baby|toddler) (?:\w+ ){0,2}?"
    r"(?:in|from|on|at) (?:my|our|year \d+|reception|nursery|class|the ward|breakfast club)\b"
    r"|\btold me\b|\bdisclosed to me\b|\bcame to me\b|\bshowed me\b"
    r"|\b(?:found|spotted|caught) (?:a|an) (?:\w+ ){0,2}?(?:boy|girl|child|kid|\d+ year old|\d+yo|teen|teenager"
    r"|toddler|baby)\b")
_NOW = re.compile(
    r"\b(?:right now|(?<!years )(?<!months )(?<!weeks )(?<!days )now|tonight|today|this (?:morning|afternoon|evening|lunchtime|lunch|weekend|week)"
    r"|just now|at the moment|currently|at present|as we speak|last night|yesterday|over the weekend"
    r"|tomorrow|next week|at the minute|since (?:yesterday|last night|this morning|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday|\d+)|in (?:my|the) (?:office|room|classroom|clinic)"
    r"|with me|waiting (?:in|outside|at)|on the phone|sat with|at reception"
    r"|just (?:told|said|disclosed|came|showed|arrived|rang|called|found|seen|saw|noticed|turned|\w+ed|been|got))\b")
_HISTORIC = re.compile(
    r"\b(?:historic\w*|years ago|decades ago|as a child|non recent|adult survivor|in the (?:19|20)?\d0s"
    r"|(?:closed|ended|happened|took place|occurred|concluded|convicted|sentenced) in (?:19|20)\d\d"
    r"|case (?:was |is |has been |now )?closed|(?:he|she|they) died in"
    r"|when (?:he|she|they|i) (?:was|were) (?:little|younger|a child|small|at primary))\b")
_ACCIDENT = re.compile(  # not "slipped me a note"
    r"\b(?:accident\w*|fell|fall|tripped|slipped(?! (?:me|us|him|her|them|a|the) )|playground|pe|football|rugby"
    r"|netball|sport|sports"
    r"|trampoline|bike|scooter|playing)\b")
_ACCIDENT_SENSITIVE = {"physical_abuse", "injury_marks"}
# A named person doing the harm overrides an accident reading ("stepdad punches him after football").
_AGENT_HARM = re.compile(r"\b(?:" + _REL + r"|he|she|they) (?:\w+ ){0,2}?" + _PHYS_VERB
                         + r" (?:him|her|them|me|his|her|their)\b")


def _looks_up(text: str) -> bool:
    return len(text.split()) <= LOOKUP_MAX_WORDS and bool(_LOOKUP.search(text))


def _negated(text: str, start: int) -> bool:
    """True if one of the three words before a match is a negator."""
    before = text[:start].split()[-3:]
    return any(w in _NEGATORS for w in before)


def _word_positions(text: str, pat: re.Pattern[str]) -> list[int]:
    """Word indices at which matches of pat start."""
    return [text[:m.start()].count(" ") for m in pat.finditer(text)]


def _proximity(text: str, a: re.Pattern[str], b: re.Pattern[str], window: int = 12) -> bool:
    """True if a match of a and a match of b lie within `window` words of each other."""
    ia, ib = _word_positions(text, a), _word_positions(text, b)
    return any(abs(x - y) <= window for x in ia for y in ib)


def _harm_cues(text: str) -> list[str]:
    """Names of harm cues with at least one non-negated match."""
    cues: list[str] = []
    for name, patterns in _COMPILED.items():
        for pat in patterns:
            if any(not _negated(text, m.start()) for m in pat.finditer(text)):
                cues.append(name)
                break
    if _proximity(text, _INFANT, _INFANT_HARM) and not _negated_all(text, _INFANT_HARM):
        cues.append("infant_injury")
    if _proximity(text, _FGM, _FGM_CONTEXT) and "fgm" not in cues:
        cues.append("fgm")
    for name, (patterns, gate) in _GATED.items():
        if name in cues or not gate.search(text):
            continue
        if any(not _negated(text, m.start()) for p in patterns for m in p.finditer(text)):
            cues.append(name)
    return cues


_PERSON = re.compile(r"\b(?:" + _CHILD + r"|" + _REL + r"|he|she|they|him|her|them|man|woman|someone|lad|teen"
                     r"|teenager|young person|year \d+|girls?|boys?)\b")
# Explicit reassurance: n-grams cannot read negation, so it vetoes model-only evidence.
_REASSURANCE = re.compile(r"\b(?:no|not|never|without|nothing) (?:\w+ ){0,2}?(?:scared|afraid|frightened|worried"
                          r"|bruis\w*|marks|injur\w*|concerns?|worries|harm|hurt|abuse\w*|risk|problems?)\b"
                          r"|\b(?:all|everything) (?:is |was )?(?:fine|ok|okay|well)\b|\b(?:is|are|was|feels?) safe\b")
_QUESTION_START = re.compile(r"^ (?:is|are|was|were|do|does|did|can|could|should|would|will|what|whats|how|where"
                             r"|when|who|which|why|any|anyone)\b")


def _model_only_plausible(text: str, specific: bool, now: bool) -> bool:
    """Model-only evidence counts only for a message about someone, not framed as a general question nor asking
    for a judgement or an outcome in a case ("does my case meet threshold", "will dad be prosecuted").

    Why: the model is weak evidence; a message naming nobody ("Hi") cannot
    describe a child at risk, and a general question needs a concrete child or
    a 'now' cue before it outweighs the rules' silence.
    """
    if not _PERSON.search(text) or _REASSURANCE.search(text):
        return False
    if _CASE_DECISION.search(text) or _CASE_OUTCOME.search(text):
        return False
    return specific or now or not _QUESTION_START.search(text)


def _first_harm_start(text: str) -> int:
    """Character offset of the earliest harm-pattern match (len(text) if none)."""
    starts = [m.start() for pats in _COMPILED.values() for p in pats for m in [p.search(text)] if m]
    return min(starts, default=len(text))


def _hypothetical_first(text: str) -> bool:
    """True if an 'if a child ...' clause comes before the harm it frames.

    Why: 'what if a child says he was hit' is hypothetical, but in 'dad just
    threatened to burn the house down if we remove them' the condition follows
    a real event and must not veto it.
    """
    m = _HYPOTHETICAL.search(text)
    return bool(m) and m.start() <= _first_harm_start(text)


def _negated_all(text: str, pat: re.Pattern[str]) -> bool:
    """True if every match of pat is negated (e.g. 'no bruising')."""
    ms = list(pat.finditer(text))
    return bool(ms) and all(_negated(text, m.start()) for m in ms)


def _specific(text: str) -> bool:
    """A concrete, real person is described (not a hypothetical 'if a child ...')."""
    for m in _SPECIFIC.finditer(text):
        before = text[:m.start()].split()[-2:]
        if not any(w in {"if", "when", "whenever", "should"} for w in before):
            return True
    return False


@dataclass
class UrgencyAssessment:
    """Result of urgent-risk detection; reasons are machine-readable cue names."""

    urgent: bool
    reasons: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------
# Statistical back-up: logistic regression over word and character n-grams
# ---------------------------------------------------------------------------

MODEL_PATH = Path(__file__).parent / "data" / "urgent_model.json"


def model_features(norm_text: str) -> list[str]:
    """Binary n-gram features of normalised text: words, word pairs, char 3-5 grams.

    Why: character n-grams survive spellings and word forms the rules never saw;
    the same function is used for training (eval.safety_report) and scoring.
    """
    words = norm_text.split()
    feats = {"w:" + w for w in words}
    feats.update("b:" + a + "_" + b for a, b in zip(words, words[1:]))
    for w in set(words):
        padded = f" {w} "
        for n in (3, 4, 5):
            feats.update("c:" + padded[i:i + n] for i in range(len(padded) - n + 1))
    return sorted(feats)


@dataclass
class UrgencyModel:
    """Weights of a linear model; score = sigmoid(bias + mean-normalised weight sum)."""

    bias: float
    weights: dict[str, float]
    threshold: float
    meta: dict[str, Any] = field(default_factory=dict)

    def score(self, norm_text: str) -> float:
        """Probability-like urgency score in [0, 1] for normalised text."""
        ws = [self.weights[f] for f in model_features(norm_text) if f in self.weights]
        z = self.bias + (sum(ws) / len(ws) ** 0.5 if ws else 0.0)
        return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


@lru_cache(maxsize=1)
def load_urgency_model(path: Path = MODEL_PATH) -> UrgencyModel | None:
    """The committed model, or None if the file is missing (rules still work)."""
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    return UrgencyModel(bias=float(raw["bias"]), weights=raw["weights"], threshold=float(raw["threshold"]),
                        meta={k: v for k, v in raw.items() if k not in {"bias", "weights", "threshold"}})


def urgency_score(message: str) -> float:
    """Model score for a raw message (0.0 when no model is shipped)."""
    model = load_urgency_model()
    return model.score(normalise(message)) if model else 0.0


# ---------------------------------------------------------------------------
# Decision
# ---------------------------------------------------------------------------

def assess_urgency(message: str) -> UrgencyAssessment:
    """Decide if a message describes a child at immediate risk.

    Evidence is a concrete harm cue from the rules OR a model score above the
    threshold chosen for high recall by cross-validation on the training set.
    A procedural / hypothetical framing vetoes that evidence unless the message
    also names a specific child or a 'now' cue; historic-only and accident-only
    (no one doing the harm) messages do not count.
    """
    text = normalise(message)
    model = load_urgency_model()
    return decide_urgency(text, bool(model) and model.score(text) >= model.threshold)


def decide_urgency(text: str, model_hit: bool) -> UrgencyAssessment:
    """Combine rule cues on normalised text with a model verdict (see assess_urgency).

    Public so training can evaluate the combined system with out-of-fold scores.
    """
    harm = _harm_cues(text)
    if not harm and not model_hit:
        return UrgencyAssessment(False, [])
    reasons = list(harm) + (["statistical_model"] if model_hit else [])
    specific = _specific(text)
    now = bool(_NOW.search(text))
    procedural = (bool(_PROCEDURAL.search(text) or _GENERAL_QUESTION.search(text)) or _looks_up(text)
                  or _hypothetical_first(text))
    if not harm and not _model_only_plausible(text, specific, now):
        return UrgencyAssessment(False, reasons + ["weak_evidence"])
    if specific:
        reasons.append("specific_child")
    if now:
        reasons.append("happening_now")
    if procedural:
        reasons.append("procedural_framing")
    if _HISTORIC.search(text) and not now:
        return UrgencyAssessment(False, reasons + ["historic"])
    if set(harm) <= _ACCIDENT_SENSITIVE and _ACCIDENT.search(text) and not _AGENT_HARM.search(text):
        return UrgencyAssessment(False, reasons + ["accidental"])
    urgent = (specific or now) if procedural else True
    return UrgencyAssessment(urgent, reasons)


# ---------------------------------------------------------------------------
# Case-decision requests
# ---------------------------------------------------------------------------

CASE_DECISION_NOTE: str = (
    "I can explain the local procedures, but I can't decide this case for you: "
    "that judgement rests with your designated safeguarding lead, the MASH or the LADO, "
    "so please talk it through with them."
)

_CASE_DECISION = re.compile(
    r"\b(?:should (?:i|we) (?:\w+ )?(?:refer|report|call|contact|ring|tell|inform|make a referral|escalate"
    r"|involve|phone|email|notify|send)"
    r"|do (?:i|we) (?:\w+ )?(?:need|have) to (?:refer|report|call|contact|ring|tell|inform|involve|notify"
    r"|escalate|make)"
    r"|is (?:this|that|it) (?:\w+ )?(?:significant harm|a safeguarding (?:concern|issue|matter)|abuse"
    r"|neglect|cse|grooming|exploitation|reportable|a referral|a child protection|a lado|serious enough"
    r"|enough|above threshold|over threshold|at threshold|threshold)"
    # "does it meet threshold", not "what day does it meet"
    r"|(?:does|do|would|will) (?:this|that|it|he|she|they|my \w+|this \w+) (?:\w+ )?"
    r"(?:meet(?!s?\s*(?:\?|$|on\b|in\b|at\b|every\b|weekly|monthly|fortnightly|quarterly|termly))|reach|hit|count"
    r"|qualify|be significant harm|be a safeguarding|need a referral|warrant)"
    r"|(?:is|are) (?:he|she|they|this child|this boy|this girl|my \w+) (?:\w+ )?(?:at risk of significant"
    r"|suffering significant|in need|a child in need)"
    r"|(?:has|have) (?:this|it|that) (?:met|reached) (?:the )?threshold"
    r"|am i (?:right|ok|okay|wrong|overreacting|over reacting) to"
    r"|is it (?:ok|okay|necessary|right|fine) (?:\w+ )?(?:to|for me to) (?:not )?(?:refer|report|call|tell|wait)"
    r"|do you think (?:i|we|this|it|he|she|they) (?:\w+ )?(?:should|need|meets|is|are|would)"
    r"|should (?:this|it|he|she|they) (?:\w+ )?(?:go|be referred|be reported)"
    r"|would you (?:refer|report|call)"
    r"|(?<!how )(?:do|shall) (?:i|we) (?:refer|report) (?:him|her|them|this|it|the family|the child)"
    r"|what would you do)\b")


def is_case_decision_request(message: str) -> bool:
    """True if the user asks for a yes/no judgement about a specific case.

    Why: the assistant explains procedure; the decision rests with the DSL,
    MASH or LADO, so the answer gets CASE_DECISION_NOTE prepended.
    """
    return bool(_CASE_DECISION.search(normalise(message)))


CASE_OUTCOME_NOTE: str = (
    "I can't say what will happen in a particular case, or who the children in a review are: the documents "
    "explain procedures, not the outcome for one family. Your designated safeguarding lead or the social worker "
    "involved can tell you what you need to know."
)

_ACTED_ON = r"(?:prosecuted|charged|arrested|sacked|dismissed|suspended|convicted|jailed|struck off|barred)"
_CASE_OUTCOME = re.compile(
    r"\bwill (?:the )?(?:social care|social services|childrens services|csc|police|court|council)"
    r" (?:take|remove|prosecute|charge|arrest) (?:the |my |our |his |her |their )?(?:baby|child|kids?|children|him"
    r"|her|them|dad|mum|father|mother|parents?)\b"
    rf"|\bwill (?:the |my |our |his |her )?(?:dad|mum|father|mother|parents?|he|she|they|colleague|teacher|carer"
    rf"|stepdad|partner|boyfriend) (?:\w+ )?(?:be|get) {_ACTED_ON}\b"
    r"|\b(?:is|are) the \w+ (?:family|child|children|kids) going to\b"
    r"|\bdoes the (?:lado|police|social worker|sw|dsl|conference|chair) (?:think|believe)\b"
    r"|\breal names?\b")


def is_case_outcome_question(message: str) -> bool:
    """True if the user asks what will happen to a particular family or adult, or who a review's child is.

    Why: no procedure answers it, and a confident reply built from general guidance would read as a
    prediction about a real case; the answer says so instead of quoting a passage.
    """
    return bool(_CASE_OUTCOME.search(normalise(message)))


# ---------------------------------------------------------------------------
# Contacts and signposting
# ---------------------------------------------------------------------------

@dataclass
class ContactPoint:
    """One service: name, phone, email and opening hours (any may be empty)."""

    name: str = ""
    phone: str = ""
    email: str = ""
    hours: str = ""


@dataclass
class PartnershipContacts:
    """Signposting contacts for one Safeguarding Children Partnership."""

    name: str
    full_name: str = ""
    aliases: list[str] = field(default_factory=list)
    website: str = ""
    front_door: ContactPoint = field(default_factory=ContactPoint)
    out_of_hours: ContactPoint = field(default_factory=ContactPoint)
    lado: ContactPoint = field(default_factory=ContactPoint)
    police_emergency: str = "999"
    police_non_emergency: str = "101"
    review_date: str | None = None


@dataclass
class Contacts:
    """The whole contacts file: review date plus partnerships keyed by name/alias."""

    review_date: str | None
    partnerships: dict[str, PartnershipContacts]

    def find(self, name: str | None) -> PartnershipContacts | None:
        """Case-insensitive lookup by name, full name or alias."""
        return self.partnerships.get((name or "").strip().lower())


def _point(raw: Any) -> ContactPoint:
    raw = raw if isinstance(raw, dict) else {}
    return ContactPoint(**{k: str(raw.get(k) or "") for k in ("name", "phone", "email", "hours")})


def _partnership(raw: dict[str, Any], review_date: str | None) -> PartnershipContacts:
    police = raw.get("police") or {}
    return PartnershipContacts(
        name=str(raw.get("name") or ""),
        full_name=str(raw.get("full_name") or ""),
        aliases=[str(a) for a in raw.get("aliases") or []],
        website=str(raw.get("website") or ""),
        front_door=_point(raw.get("front_door")),
        out_of_hours=_point(raw.get("out_of_hours")),
        lado=_point(raw.get("lado")),
        police_emergency=str(police.get("emergency") or "999"),
        police_non_emergency=str(police.get("non_emergency") or "101"),
        review_date=review_date,
    )


def load_contacts_file(path: Path) -> Contacts:
    """Parse the partnerships YAML into a Contacts object."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    review = data.get("review_date")
    review = str(review) if review is not None else None
    by_key: dict[str, PartnershipContacts] = {}
    for raw in data.get("partnerships") or []:
        pc = _partnership(raw, review)
        for key in [pc.name, pc.full_name, *pc.aliases]:
            if key:
                by_key.setdefault(key.strip().lower(), pc)
    return Contacts(review_date=review, partnerships=by_key)


def load_contacts(path: Path) -> dict[str, PartnershipContacts]:
    """Partnerships keyed by lower-case name, full name and aliases.

    Each PartnershipContacts carries the file's review_date.
    """
    return load_contacts_file(path).partnerships


EMERGENCY_LINE = "If a child is in immediate danger, call 999 now."
_DSL_LINE = ("Follow your organisation's safeguarding policy and tell your "
             "designated safeguarding lead (DSL).")


def _service(point: ContactPoint, fallback: str) -> str:
    name = point.name or fallback
    text = f"{name} on {point.phone}" if point.phone else name
    return f"{text} ({point.hours})" if point.hours else text


def signposting_text(contacts: PartnershipContacts | None, review_date: str | None = None) -> str:
    """Short emergency signposting; always starts with the 999 line.

    Why: must be shown even if search fails, so it is composed only from the
    contacts file (or a generic fallback when the partnership is unknown).
    """
    if contacts is None:
        return (f"{EMERGENCY_LINE} Otherwise contact your local children's social care "
                "front door (MASH) straight away, and the police on 101. " + _DSL_LINE)
    review = review_date or contacts.review_date
    parts = [EMERGENCY_LINE]
    if contacts.front_door.phone or contacts.front_door.name:
        parts.append(f"Otherwise contact {_service(contacts.front_door, 'children’s social care')}.")
    else:
        parts.append("Otherwise contact your local children's social care front door (MASH).")
    if contacts.out_of_hours.phone or contacts.out_of_hours.name:
        parts.append(f"Out of hours: {_service(contacts.out_of_hours, 'the emergency duty team')}.")
    parts.append(f"Police non-emergency: {contacts.police_non_emergency or '101'}.")
    parts.append(_DSL_LINE)
    if review:
        parts.append(f"(contacts checked {review})")
    return " ".join(parts)
