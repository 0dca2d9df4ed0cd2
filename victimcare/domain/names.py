"""Names made comparable across spellings and scripts: Muhammad = Mohd, Rahim Ullah = Rahimullah,
محمد اسلم = Muhammad Aslam (data in resources/reference/name_variants.json)."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from victimcare.domain.reference import resources_dir

_VOWELS = frozenset("aeiou")
# Letters a skeleton leaves out: vowels, and w/y, which Urdu also writes for long vowels.
_SOFT = frozenset("aeiouwy")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
# Harakat, superscript alef, tatweel, zero-width joiners: not letters of a name.
_URDU_MARKS = re.compile(r"[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C\u200D]")
_SPLIT = re.compile(r"[^\w']+|_")
_ULLAH = frozenset({"ullah", "ulla", "ulah", "allah", "alla", "ollah", "ulllah", "lah"})
_ULLAH_JOINED = re.compile(r"^(.{3,}?)[uoa]l{1,3}ah?$")
_PARTICLES = frozenset({"ul", "ur", "ud", "us", "un", "uz", "ush", "al", "el", "ad", "ar",
                        "as", "ut"})
_ABDUL = frozenset({"abdul", "abdal", "abdel", "abd", "abdu", "abdool", "abdur", "abdus",
                    "abduz", "abdun", "abdush", "abdil"})
# The particle's consonant only: Abdur-rahman keeps the r of rahman.
_ABDUL_JOINED = re.compile(r"^abd[aeiou]{0,2}(?:[lrsnzdt]|sh)?(?=[a-z]{3,})")
_PARTICLE_ONLY = re.compile(r"[ua](?:l|r|d|s|n|z|sh){1,2}")
_TAIL_HEAD = re.compile(r"^(.{2,}?)[uaeo](?:l|r|d|s|n|z|sh){1,2}$")


@dataclass(frozen=True)
class _Data:
    canonical: dict[str, str]      # any Latin spelling (raw or rule-normalised) -> canonical
    optional: frozenset[str]
    common: frozenset[str]
    tails: dict[str, str]          # tail spelling -> canonical tail
    tails_longest_first: tuple[tuple[str, str], ...]
    letters: dict[str, str]
    words: dict[str, str]
    phrases: dict[str, str]
    known: frozenset[str]          # canonical names, spelling-normalised


@functools.cache
def _data() -> _Data:
    doc: dict[str, Any] = json.loads(
        (resources_dir() / "reference" / "name_variants.json").read_text("utf-8"))
    canonical: dict[str, str] = {}
    for name, spellings in doc["variants"].items():
        for s in (name, *spellings):
            canonical.setdefault(s, name)
            canonical.setdefault(_spelling(s), name)
    tails = {v: k for k, vs in doc["tails"].items() for v in (k, *vs)}
    words = {_urdu_letters_only(k): v for k, v in doc["urdu_words"].items()}
    return _Data(canonical, frozenset(_spelling(canonical.get(w, w)) for w in doc["optional"]),
                 frozenset(_spelling(canonical.get(w, w)) for w in doc["common"]), tails,
                 tuple(sorted(tails.items(), key=lambda kv: (-len(kv[0]), kv[0]))),
                 doc["urdu_letters"], words, doc["urdu_phrases"],
                 frozenset(_spelling(k) for k in doc["variants"]))


# -- Latin spellings --------------------------------------------------------------------------
def _ascii_letters(token: str) -> str:
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    return "".join(ch for ch in decomposed if "a" <= ch <= "z")


@functools.lru_cache(maxsize=1 << 16)
def _spelling(token: str) -> str:
    """Spelling habits of romanised Urdu names: ee/i, oo/u, v/w, doubled letters, final -ah."""
    t = token
    for a, b in (("ee", "i"), ("oo", "u"), ("ou", "u"), ("ph", "f"), ("v", "w")):
        t = t.replace(a, b)
    t = re.sub(r"ique$", "iq", t)
    t = re.sub(r"(?<=[a-z])que$", "q", t)
    t = re.sub(r"(.)\1+", r"\1", t)
    if len(t) > 2 and t.endswith("y") and t[-2] not in _VOWELS:
        t = t[:-1] + "i"
    if len(t) >= 5 and t.endswith("ah"):
        t = t[:-1]
    return t


@functools.lru_cache(maxsize=1 << 16)
def _canonical(token: str) -> str:
    data = _data()
    return data.canonical.get(token) or data.canonical.get(_spelling(token)) or token


# -- Urdu script ------------------------------------------------------------------------------
def _urdu_letters_only(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = _URDU_MARKS.sub("", text)
    return text.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").replace("ه", "ہ")


@functools.lru_cache(maxsize=1 << 16)
def romanise(token: str) -> str:
    """An Urdu word in Latin letters, letter by letter (Urdu leaves short vowels unwritten, so
    the result is only good for skeleton comparison), or its dictionary spelling."""
    data = _data()
    word = _urdu_letters_only(token)
    if word in data.words:
        return data.words[word]
    return "".join(data.letters.get(ch, "") for ch in word)


def known(token: str) -> bool:
    """A canonical name of the table: two different known names are two different names
    (Hassan and Hussain), however alike they look."""
    return token in _data().known


# -- the shape of a word ------------------------------------------------------------------------
@functools.lru_cache(maxsize=1 << 16)
def skeleton(token: str) -> str:
    """Consonants only, the way Urdu script writes a name: Aslam, اسلم → "aslm" (a leading
    vowel is kept as "a" because Urdu writes it with alif or ain)."""
    if not token:
        return ""
    out = ["a"] if token[0] in _VOWELS else []
    for ch in token[1:] if out else token:
        if ch in _SOFT:
            continue
        ch = {"q": "k", "x": "ks"}.get(ch, ch)
        if not out or out[-1] != ch:
            out.append(ch)
    while len(out) > 1 and out[-1] == "h":
        out.pop()
    return "".join(out)


# -- whole names ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Name:
    """A name as canonical tokens: `core` leaves out titles and optional words (Syed, Mst,
    Bibi, Muhammad), `urdu` says some token came from Urdu script (no short vowels)."""

    tokens: tuple[str, ...]
    core: tuple[str, ...]
    urdu: bool

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    @property
    def core_text(self) -> str:
        return " ".join(self.core)

    @property
    def skeleton(self) -> str:
        return " ".join(s for s in (skeleton(t) for t in self.core) if s)

    @functools.cached_property
    def rare(self) -> tuple[str, ...]:
        """The words that tell people apart (not Khan, Ali, Bibi); may be empty."""
        common = _data().common
        return tuple(t for t in self.core if t not in common)

    @property
    def block_tokens(self) -> tuple[str, ...]:
        """Skeletons of the distinctive words (of all words when none is distinctive)."""
        return tuple(dict.fromkeys(s for s in (skeleton(t) for t in self.rare or self.core)
                                   if s))

    @property
    def lead_tokens(self) -> tuple[str, ...]:
        """The skeletons a record is found by: the first distinctive word, and the first word
        when that is a common one (Ali Butt is also written Ali)."""
        firsts = [self.rare[0]] if self.rare else []
        firsts += [self.core[0]] if self.core else []
        return tuple(dict.fromkeys(s for s in (skeleton(t) for t in firsts) if s))

    def __bool__(self) -> bool:
        return bool(self.tokens)


def _split(text: str) -> list[str]:
    data = _data()
    text = _URDU_MARKS.sub("", unicodedata.normalize("NFKC", text))
    for phrase, joined in data.phrases.items():
        text = text.replace(phrase, joined)
    return [t.replace("'", "") for t in _SPLIT.split(text) if t.replace("'", "")]


def _join_marks(tokens: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Dictionary entries "+ullah" (joins the word before) and "abdul+" (joins the next)."""
    out: list[tuple[str, bool]] = []
    glue_next = False
    for tok, urdu in tokens:
        if glue_next and out:
            prev, prev_urdu = out.pop()
            tok = tok.lstrip("+")
            # عبد + الرحمن: one "ul", not two.
            tok = tok[2:] if prev.endswith("ul") and tok.startswith("ul") else tok
            tok, urdu = prev + tok, urdu or prev_urdu
        glue_next = tok.endswith("+")
        tok = tok.rstrip("+")
        if tok.startswith("+") and out:
            prev, prev_urdu = out.pop()
            tok, urdu = prev + tok[1:], urdu or prev_urdu
        out.append((tok.lstrip("+"), urdu))
    return out


def _compounds(tokens: list[str]) -> list[str]:
    """Rahim Ullah = Rahimullah, Nizam-ud-Din = Nizamuddin, Abdur Rehman = Abdulrahman."""
    data = _data()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok in _ULLAH and out:
            out.append(out.pop() + "ullah")
        elif tok in _PARTICLES and out and nxt is not None:
            out.append(out.pop() + "ul" + data.tails.get(nxt, _canonical(nxt)))
            i += 1
        elif tok in _ABDUL and nxt is not None and nxt not in _ULLAH:
            out.append("abdul" + data.tails.get(nxt, _canonical(nxt)))
            i += 1
        elif (nxt in data.tails and (head := _TAIL_HEAD.match(tok))
              and _particle_fits(tok[len(head.group(1)) + 1:], data.tails[nxt])):
            # Shamsul Haq, Fazlur Rehman: the particle written on the first word.
            out.append(head.group(1) + "ul" + data.tails[nxt])
            i += 1
        elif _standalone_tail(tok) and out:
            out.append(out.pop() + "ul" + _standalone_tail(tok))
        else:
            out.append(_joined(tok))
        i += 1
    return out


def _particle_fits(consonants: str, tail: str) -> bool:
    """Whether a word's ending can be the article of the tail after it: "ul" before any tail
    (Shamsul Haq, Ziaul Din), otherwise only the tail's own first letter, as Arabic writes
    it (Fazlur Rahman, Salahud Din). So Muhammad Hassan and Imran Hassan stay two names,
    where their "-ad" and "-an" once read as articles."""
    return consonants == "l" or tail.startswith(consonants)


@functools.lru_cache(maxsize=1 << 14)
def _standalone_tail(tok: str) -> str:
    """"uddin", "ud-din" written apart from the word it belongs to: the canonical tail."""
    for spelling, tail in _data().tails.items():
        if tok.endswith(spelling) and _PARTICLE_ONLY.fullmatch(tok[: -len(spelling)]):
            return tail
    return ""


@functools.lru_cache(maxsize=1 << 16)
def _joined(tok: str) -> str:
    data = _data()
    canon = _canonical(tok)
    if canon != tok:
        return canon
    m = _ABDUL_JOINED.match(tok)
    if m and tok not in data.canonical:
        return "abdul" + _canonical(tok[m.end():])
    for spelling, tail in data.tails_longest_first:
        if tok.endswith(spelling) and len(tok) > len(spelling) + 2:
            head = _TAIL_HEAD.match(tok[: -len(spelling)])
            if head:
                return head.group(1) + "ul" + tail
    m = _ULLAH_JOINED.match(tok)
    if m and len(tok) > 6:
        return m.group(1) + "ullah"
    return tok


@functools.lru_cache(maxsize=1 << 16)
def parse(*parts: str | None) -> Name:
    """One person's name from its parts (given and family name, or a father's name), in
    either script or a mix of both."""
    data = _data()
    raw: list[tuple[str, bool]] = []
    for part in parts:
        if not part:
            continue
        for tok in _split(part):
            if _ARABIC.search(tok):
                roman = romanise(tok)
                if roman:
                    raw.append((roman, _urdu_letters_only(tok) not in data.words))
            else:
                latin = _ascii_letters(tok)
                if latin:
                    raw.append((latin, False))
    joined = _join_marks(raw)
    urdu = any(u for _, u in joined)
    tokens = [t for t in (_spelling(t) for t in _compounds([t for t, _ in joined])) if t]
    tokens = [_spelling(_canonical(t)) for t in tokens]
    core = [t for t in tokens if t not in data.optional and len(t) > 1] or tokens
    return Name(tuple(tokens), tuple(core), urdu)
