"""Turning text into search terms: one tokenizer for BM25 and answer selection."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import Stemmer

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_LANGUAGE = "english"
_STEMMER = Stemmer.Stemmer(_LANGUAGE)
# Function words, question words and politeness carry no topic; everything else may matter.
# Kept on purpose: "not", "no", "before", "after", "under", "over" (they change a procedure's meaning).
STOPWORDS = frozenset("""
a an the and or but if then than so as of at by for from in into on onto to with without about
is are was were be been being am do does did doing done have has had having will shall would should can
could may might must i me my mine we us our ours you your yours he him his she her hers it its they them
their theirs this that these those there here what which who whom whose when where why how
all any each some such other another same own just also too very really quite more most much many
please tell know need want like get got let s t d ll m re ve hi hello thanks thank ok okay
tells telling told knows knowing wants wanted wanting gets getting gotten lets likes
definition define defined meaning mean means explain explained describe whats what's wot
meant supposed instead actually basically anyway up u ur pls plz
im ive youre theyre weve hes shes thats theres wheres come comes came coming
""".split())


# "re-" makes another word ("re-referral", "re-offending"), but "re" alone is a stop word: join it on.
_RE_PREFIX = re.compile(r"\bre-(?=[a-z])")
# "Where r the family hubs", "how many stages r there": "r" typed for "are". Not a case's letter ("baby r").
_TEXTED_ARE = re.compile(r"\br(?= (?:there|the|they|you|u|we|these|those|my|our|your|their|all|any|open|still)\b)")


# "Hasn't", "hasnt" and "cannot" say "not" (which changes a procedure's meaning), however they are typed.
_NEGATIONS = frozenset("""
dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt wont wouldnt cant cannot couldnt shouldnt mustnt
""".split())


def _word(token: str) -> str:
    if token.endswith("n't") or token in _NEGATIONS:
        return "not"
    return token.split("'")[0]


def words(text: str) -> list[str]:
    """Lower-cased word tokens, possessives folded ("child's" → "child"), "re-referral" one word,
    a negative contraction as "not"."""
    return [_word(t) for t in _TOKEN.findall(_TEXTED_ARE.sub("are", _RE_PREFIX.sub("re", text.lower())))]


# The stemmer leaves some word families apart ("decide"/"decision", "disclose"/"disclosure"):
# practitioners ask with one form, procedures state the other.
_FAMILY = {
    "decis": "decid", "notif": "notifi", "descript": "describ", "explan": "explain", "absenc": "absent",
    "intervent": "interven", "permiss": "permit", "failur": "fail", "closur": "close", "disclosur": "disclos",
    "exposur": "expos", "conclus": "conclud", "exclus": "exclud", "suspens": "suspend", "admiss": "admit",
    "denial": "deni", "injuri": "injur", "pregnanc": "pregnant", "sexual": "sex", "rung": "ring", "rang": "ring",
    "midwiv": "midwif", "knive": "knife", "wive": "wife",  # "midwives" is what a "midwife" is, plural
}


# An acronym's plural has no vowel for the stemmer to stop at ("DSLs", "GPs", "HVs"): its "s" goes. Not the CPS
# (the Crown Prosecution Service is no plural of CP).
_VOWELLESS_PLURAL = re.compile(r"[b-df-hj-np-tv-z]{2,}s")
_NOT_PLURAL = frozenset({"cps"})


# Names the rules above: an index saved under other rules holds other terms and must be rebuilt.
SIGNATURE = hashlib.sha1(repr((sorted(STOPWORDS), sorted(_FAMILY.items()), _LANGUAGE, _RE_PREFIX.pattern,
                               sorted(_NEGATIONS), _TEXTED_ARE.pattern, _VOWELLESS_PLURAL.pattern,
                               sorted(_NOT_PLURAL)))
                         .encode()).hexdigest()[:12]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    if _VOWELLESS_PLURAL.fullmatch(word) and word not in _NOT_PLURAL:
        word = word[:-1]
    s = _STEMMER.stemWord(word)
    return _FAMILY.get(s, s)


def terms(text: str) -> list[str]:
    """Stemmed content terms, stop words removed: the unit of keyword matching."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]
