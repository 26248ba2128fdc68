"""Hypothesis strategies for well-formed, correctly punctuated English.

A small grammar of news-style English about carmakers, phones and the people
and places around them: noun phrases (with and without articles, proper names
of companies, people and places), verbs in the past, present perfect and
future, objects, numbers, dates, durations, quotations, lists, parentheses,
acronyms, model names, ``I``/``I'm`` and contractions.  Every sentence starts
with a capital (or a name written in camel case, such as ``iPhone``) and ends
with ``.``, ``?`` or ``!``, so a careful editor would change nothing.

A document draws one *style* (date order, curly or straight quotation marks,
curly or straight apostrophes, Oxford comma or not) and keeps to it, as an
edited text would.

    english_sentence()   one sentence
    english_paragraph()  1-5 sentences joined by single spaces
    english_document()   1-4 paragraphs joined by blank lines
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

# --------------------------------------------------------------------------
# Style: one per document.


@dataclass(frozen=True)
class Style:
    day_first: bool  # "9 August 2021" rather than "August 9, 2021"
    curly_quotes: bool  # “…” and ’ rather than "…" and '
    oxford_comma: bool  # "A, B, and C" rather than "A, B and C"

    def quote(self, text: str) -> str:
        return f"“{text}”" if self.curly_quotes else f'"{text}"'

    def apos(self, text: str) -> str:
        """Apostrophes match the quotation marks: curly with curly, straight with straight."""
        return text.replace("'", "’") if self.curly_quotes else text


styles = st.builds(Style, st.booleans(), st.booleans(), st.booleans())


# --------------------------------------------------------------------------
# Vocabulary.

# (name, plural?, short description usable in parentheses)
COMPANIES = [
    ("Geely", "the Chinese carmaker"),
    ("Renault", "the French carmaker"),
    ("Volvo", "the Swedish carmaker"),
    ("Lynk & Co", "a brand founded in 2016"),
    ("NetEase", "the games company"),
    ("Xiaomi", "the phone maker"),
    ("Haval", "an SUV brand"),
    ("Proton", "the Malaysian carmaker"),
    ("Lotus", "the British sports car maker"),
    ("Geely Auto", "a listed unit of Geely"),
    ("Renault Group", "the French group"),
    ("Geely Holding Group", "the parent company"),
    ("NetEase Auto", "a news site"),
    ("Nissan", "the Japanese carmaker"),
    ("Hyundai", "the South Korean carmaker"),
    ("Dacia", "a budget brand"),
]
PEOPLE = [
    ("Li Shufu", "he"),
    ("Lei Jun", "he"),
    ("Marie Dubois", "she"),
    ("Luca de Meo", "he"),
    ("Ding Lei", "he"),
    ("Anna Lindqvist", "she"),
    ("Ling Ke", "she"),
    ("Chen Hui", "she"),
    ("Tom O'Brien", "he"),
    ("Renée Martin", "she"),
]
PLACES = [
    "Japan",
    "China",
    "South Korea",
    "Reno",
    "Paris",
    "Gothenburg",
    "Hangzhou",
    "Europe",
    "the United States",
    "Malaysia",
    "Brazil",
    "Norfolk",
    "São Paulo",
]
NATIONALITIES = ["Chinese", "French", "Swedish", "Japanese", "Korean", "European", "American"]

# (singular, plural) of organisations that can sign, build and sell things.
COMMON_NOUNS = [
    ("company", "companies"),
    ("carmaker", "carmakers"),
    ("supplier", "suppliers"),
    ("dealer", "dealers"),
    ("partner", "partners"),
    ("startup", "startups"),
    ("team", "teams"),
    ("group", "groups"),
    ("brand", "brands"),
    ("rival", "rivals"),
]
ADJECTIVES = ["new", "small", "large", "local", "Chinese", "French", "Swedish", "overseas", "young"]
# Objects, by kind, already with their article where they need one.
DEALS = [
    "an agreement",
    "a joint venture",
    "a long-term contract",
    "an MoU",
    "a five-year plan",
    "a memorandum of understanding",
    "a supply deal",
]
PRODUCTS = [
    "an SUV",
    "its first EV",
    "a compact SUV",
    "a hybrid engine",
    "two new models",
    "a software update",
    "the iPhone 15",
    "a Model 3",
    "the Model Y",
    "an electric sports car",
    "the CMA architecture",
    "two Geely motors",
    "an app",
    "the new logo",
    "a 1.5-litre engine",
]
SITES = [
    "a new plant",
    "the battery plant",
    "a research centre",
    "a design studio",
    "a small café",
    "the old factory",
    "a museum of lutes",
    "an office",
]
THINGS = DEALS + PRODUCTS + SITES
PLURAL_THINGS = [
    "cars",
    "vehicles",
    "phones",
    "SUVs",
    "EVs",
    "batteries",
    "engines",
    "dealers",
    "engineers",
    "employees",
    "tickets",
    "lutes",
    "bikes",
]
# (past, base, participle, objects) of transitive verbs.
VERBS = [
    ("signed", "sign", "signed", DEALS),
    ("announced", "announce", "announced", DEALS + PRODUCTS + SITES),
    ("reviewed", "review", "reviewed", DEALS + PRODUCTS),
    ("delayed", "delay", "delayed", DEALS + PRODUCTS + SITES),
    ("opened", "open", "opened", SITES),
    ("bought", "buy", "bought", SITES + PRODUCTS),
    ("launched", "launch", "launched", PRODUCTS),
    ("built", "build", "built", PRODUCTS + SITES),
    ("sold", "sell", "sold", PRODUCTS + SITES),
    ("designed", "design", "designed", PRODUCTS + SITES),
    ("tested", "test", "tested", PRODUCTS),
    ("showed", "show", "shown", PRODUCTS),
    ("released", "release", "released", PRODUCTS),
    ("praised", "praise", "praised", PRODUCTS + DEALS),
    ("planned", "plan", "planned", PRODUCTS + SITES),
]
# (past, base, participle) of verbs taking a number of things.
SELL_VERBS = ["sold", "delivered", "built", "recalled", "exported", "made"]
GOODS = ["cars", "vehicles", "phones", "SUVs", "EVs", "batteries", "engines", "bikes"]
INTRANSITIVE = [
    ("grew", "grow"),
    ("waited", "wait"),
    ("agreed", "agree"),
    ("struggled", "struggle"),
    ("expanded", "expand"),
    ("recovered", "recover"),
]
MONTHS = ("January February March April May June July August September October November December").split()
DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
CONNECTIVES = ["Meanwhile", "However", "In the end", "Still", "As a result", "By contrast", "For now"]
MARKET_ACRONYMS = ["SUV", "EV", "MPV", "LED", "5G"]
CAR_MODELS = [
    "Model 3",
    "Model Y",
    "Haval H6",
    "Xiaomi SU7",
    "Volvo XC40",
    "Lynk & Co 01",
    "Proton X50",
    "Renault 5",
]
PHONE_MODELS = ["iPhone 15", "Xiaomi 14", "Galaxy S24", "Pixel 8"]
MODELS = CAR_MODELS + PHONE_MODELS


def article(text: str) -> str:
    """``text`` with ``a`` or ``an`` as it is pronounced (``an 18% stake``, ``an SUV``)."""
    word = text.split(" ", 1)[0]
    vowel_sound = (
        word[:1].lower() in "aeio"
        or word.startswith(("8", "11", "18"))
        or (sum(c.isupper() for c in word) >= 2 and word[:1] in "AEFHILMNORSX")
    )
    if word[:2].isdigit() and word.startswith(("11", "18")):
        vowel_sound = len(word.split(".")[0].rstrip("%")) == 2
    return ("an " if vowel_sound else "a ") + text


def cap(text: str) -> str:
    """Capitalise the first letter, except a camel-case name such as ``iPhone``."""
    first = text.split(" ", 1)[0]
    if any(c.isupper() for c in first[1:]) and first[:1].islower():
        return text
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------
# Small pieces.


@dataclass(frozen=True)
class NP:
    text: str  # as written mid-sentence
    plural: bool

    @property
    def start(self) -> str:
        return cap(self.text)


@st.composite
def years(draw: st.DrawFn) -> int:
    return draw(st.integers(1950, 2030))


@st.composite
def day_month(draw: st.DrawFn) -> tuple[int, int]:
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, DAYS_IN_MONTH[month - 1]))
    return month, day


@st.composite
def full_date(draw: st.DrawFn, style: Style) -> str:
    """A date with a year, without the comma that follows it in US style."""
    month, day = draw(day_month())
    year = draw(years())
    name = MONTHS[month - 1]
    return f"{day} {name} {year}" if style.day_first else f"{name} {day}, {year}"


@st.composite
def short_date(draw: st.DrawFn, style: Style) -> str:
    month, day = draw(day_month())
    name = MONTHS[month - 1]
    return f"{day} {name}" if style.day_first else f"{name} {day}"


@st.composite
def time_adjunct(draw: st.DrawFn, style: Style) -> str:
    """A time phrase that can end a clause (no trailing comma needed)."""
    kind = draw(st.integers(0, 7))
    if kind == 0:
        return f"in {draw(years())}"
    if kind == 1:
        return f"on {draw(short_date(style))}"
    if kind == 2 and style.day_first:
        return f"on {draw(full_date(style))}"
    if kind == 3:
        return f"in {draw(st.sampled_from(MONTHS))} {draw(years())}"
    if kind == 4:
        return draw(
            st.sampled_from(["last year", "this month", "last week", "on Monday", "on Friday", "today"])
        )
    if kind == 5:
        return f"after {draw(duration())} of talks"
    if kind == 6:
        return f"between {draw(st.integers(1990, 2009))} and {draw(st.integers(2010, 2030))}"
    return f"in the {draw(st.sampled_from(['first', 'second', 'third', 'fourth']))} quarter"


@st.composite
def opener(draw: st.DrawFn, style: Style) -> str:
    """A phrase that opens a sentence, with its comma."""
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return f"In {draw(years())}, "
    if kind == 1:
        return f"On {draw(full_date(style))}, "
    if kind == 2:
        return f"On {draw(short_date(style))}, "
    if kind == 3:
        return draw(st.sampled_from(CONNECTIVES)) + ", "
    if kind == 4:
        return cap(draw(where())) + ", "
    if kind == 5:
        return f"According to {draw(company())}, "
    return f"After {draw(duration())}, "


@st.composite
def duration(draw: st.DrawFn) -> str:
    years_ = draw(st.integers(1, 12))
    months = draw(st.integers(1, 11))
    days = draw(st.integers(1, 30))
    y = "year" if years_ == 1 else "years"
    m = "month" if months == 1 else "months"
    d = "day" if days == 1 else "days"
    return draw(
        st.sampled_from(
            [
                f"{years_} {y} {months} {m}",
                f"{years_} {y} and {months} {m}",
                f"{months} {m}",
                f"{months} {m} {days} {d}",
                f"{months} {m} and {days} {d}",
                f"{years_} {y} {months} {m} {days} {d}",
            ]
        )
    )


@st.composite
def where(draw: st.DrawFn) -> str:
    """``in Japan``, ``at Harvard University``."""
    if draw(st.integers(0, 9)) == 0:
        return "at Harvard University"
    return f"in {draw(st.sampled_from(PLACES))}"


@st.composite
def company(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(COMPANIES))[0]


@st.composite
def person(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(PEOPLE))[0]


@st.composite
def quantity(draw: st.DrawFn) -> str:
    """A number as an editor writes it: ``10,000``, ``1.2 million``, ``more than 130``."""
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return f"{draw(st.integers(1000, 999_999)):,}"
    if kind == 1:
        return f"{draw(st.integers(2, 999))}"
    if kind == 2:
        whole, tenth = draw(st.integers(1, 99)), draw(st.integers(1, 9))
        return f"{whole}.{tenth} {draw(st.sampled_from(['million', 'billion']))}"
    if kind == 3:
        return f"more than {draw(st.integers(2, 999))}"
    if kind == 4:
        return f"about {draw(st.integers(1, 999)) * 1000:,}"
    return f"nearly {draw(st.integers(2, 99))} million"


@st.composite
def percent(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        return f"{draw(st.integers(1, 99))}%"
    return f"{draw(st.integers(0, 99))}.{draw(st.integers(1, 9))}%"


@st.composite
def money(draw: st.DrawFn) -> str:
    amount = f"{draw(st.integers(1, 99))}.{draw(st.integers(1, 9))} {draw(st.sampled_from(['million', 'billion']))}"
    return draw(
        st.sampled_from([f"${amount}", f"€{amount}", f"£{amount}", f"{amount} yuan", f"{amount} euros"])
    )


# --------------------------------------------------------------------------
# Noun phrases.


@st.composite
def subject(draw: st.DrawFn, style: Style) -> NP:
    kind = draw(st.integers(0, 7))
    if kind == 0:
        return NP(draw(company()), False)
    if kind == 1:
        return NP(draw(person()), False)
    if kind == 2:
        noun = draw(st.sampled_from(COMMON_NOUNS))[0]
        det = draw(st.sampled_from(["the", "the", "our", "its", "a", "one"]))
        adj = draw(st.sampled_from(["", *ADJECTIVES]))
        phrase = " ".join(w for w in (det, adj, noun) if w)
        if det == "a" and phrase.split()[1][0] in "aeiou":
            phrase = "an" + phrase[1:]
        return NP(phrase, False)
    if kind == 3:
        noun = draw(st.sampled_from(COMMON_NOUNS))[1]
        det = draw(st.sampled_from(["", "the", "many", "some", "two", "most", "local"]))
        return NP(" ".join(w for w in (det, noun) if w), True)
    if kind == 4:
        owner = draw(st.sampled_from([draw(company()), draw(person())]))
        noun = draw(st.sampled_from(COMMON_NOUNS))[0]
        return NP(style.apos(f"{owner}'s {noun}"), False)
    if kind == 5:
        return NP(
            draw(st.sampled_from(["the two sides", "both companies", "the two groups", "investors"])), True
        )
    if kind == 6:
        return NP(
            f"the {draw(st.sampled_from(['maker', 'owner', 'designer']))} of the {draw(st.sampled_from(CAR_MODELS))}",
            False,
        )
    a, b = draw(st.lists(company(), min_size=2, max_size=2, unique=True))
    return NP(f"{a} and {b}", True)


@st.composite
def thing(draw: st.DrawFn, style: Style, objects: list[str] = THINGS, stake: bool = False) -> str:
    if stake and draw(st.integers(0, 3)) == 0:
        return article(f"{draw(percent())} stake in {draw(company())}")
    return draw(st.sampled_from(objects))


@st.composite
def name_list(draw: st.DrawFn, style: Style, places: bool = False) -> str:
    """Two to four distinct names joined as English lists them."""
    pool = PLACES if places else [c for c, _ in COMPANIES]
    items = draw(st.lists(st.sampled_from(pool), min_size=2, max_size=4, unique=True))
    if len(items) == 2:
        return f"{items[0]} and {items[1]}"
    comma = "," if style.oxford_comma else ""
    return ", ".join(items[:-1]) + f"{comma} and {items[-1]}"


# --------------------------------------------------------------------------
# Clauses (no final punctuation; ``start`` is the clause as it opens a sentence).


@dataclass(frozen=True)
class Clause:
    text: str  # mid-sentence form (after "I think", in quotes after a comma...)
    start: str  # sentence-initial form


def _clause(opening: str, subj: NP, rest: str) -> Clause:
    # An opener is only used where the clause starts a sentence.
    return Clause(subj.text + rest, (opening + subj.text if opening else subj.start) + rest)


@st.composite
def predicate(draw: st.DrawFn, style: Style, subj: NP) -> str:
    """The verb phrase with its object and adjuncts, starting with a space."""
    kind = draw(st.integers(0, 9))
    past, base, part, objects = draw(st.sampled_from(VERBS))
    obj = draw(thing(style, objects, stake=base in ("buy", "sell", "plan", "announce")))
    adjunct = draw(st.sampled_from(["", " " + draw(time_adjunct(style)), " " + draw(where())]))
    if kind <= 2:
        return f" {past} {obj}{adjunct}"
    future = draw(st.sampled_from(["", " next year", " in the fourth quarter", " " + draw(where())]))
    if kind == 3:
        return f" will {base} {obj}{future}"
    if kind == 4:
        have = "have" if subj.plural else "has"
        return f" {have} {part} {obj}"
    if kind == 5:
        if draw(st.integers(0, 4)) == 0:
            return f" hired {draw(st.sampled_from(['more than ', 'about ', '']))}{draw(st.integers(5, 999))} engineers"
        s_past = draw(st.sampled_from(SELL_VERBS))
        return f" {s_past} {draw(quantity())} {draw(st.sampled_from(GOODS))}{adjunct}"
    if kind == 6:
        neg = draw(st.sampled_from(["didn't", "won't", "couldn't", "did not"]))
        when = future if neg.startswith("won") else adjunct
        return f" {neg} {base} {obj}{when}"
    if kind == 7:
        return f" {past} {obj} with {draw(company())}"
    if kind == 8:
        i_past, _ = draw(st.sampled_from(INTRANSITIVE))
        return f" {i_past} {draw(time_adjunct(style))}"
    sales = draw(st.sampled_from(["sales", "revenue", "profit", "exports"]))
    verb = draw(st.sampled_from(["rose", "fell", "grew"]))
    return f" said {sales} {verb} {draw(percent())} to {draw(money())}"


@st.composite
def simple_clause(draw: st.DrawFn, style: Style) -> Clause:
    subj = draw(subject(style))
    rest = draw(predicate(style, subj))
    opening = draw(st.sampled_from(["", "", draw(opener(style))]))
    if rest.startswith((" has ", " have ", " will ", " won")) and opening.startswith(
        ("In 1", "In 2", "On ", "After ")
    ):
        opening = ""  # no past time ("In 2021,") with the present perfect or the future
    return _clause(opening, subj, rest)


# --------------------------------------------------------------------------
# Sentences.


@st.composite
def declarative(draw: st.DrawFn, style: Style) -> str:
    return draw(simple_clause(style)).start + "."


@st.composite
def compound(draw: st.DrawFn, style: Style) -> str:
    first = draw(simple_clause(style))
    subj = draw(subject(style))
    if subj.text in first.text:
        subj = NP(draw(st.sampled_from(["it", "they"])), False)
        subj = NP(subj.text, subj.text == "they")
    second = subj.text + draw(predicate(style, subj))
    joiner = draw(st.sampled_from([", and ", ", but ", ", so ", "; "]))
    return first.start + joiner + second + "."


@st.composite
def number_sentence(draw: st.DrawFn, style: Style) -> str:
    who = draw(st.sampled_from([draw(company()), "The group", "The brand"]))
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return f"{who} sold {draw(quantity())} {draw(st.sampled_from(GOODS))} {draw(time_adjunct(style))}."
    if kind == 1:
        return f"Sales rose {draw(percent())} to {draw(money())} {draw(time_adjunct(style))}."
    if kind == 2:
        return f"{who} now employs {draw(quantity())} people {draw(where())}."
    if kind == 3:
        return f"The new engine has a {draw(st.integers(1, 5))}.{draw(st.integers(0, 9))}-litre capacity."
    if kind == 4:
        return f"It costs {draw(money())}, or {draw(percent())} less than before."
    return f"{who} exports to more than {draw(st.integers(2, 190))} countries."


@st.composite
def speaker(draw: st.DrawFn) -> tuple[str, str]:
    """(name-or-phrase, pronoun) of someone quoted."""
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return draw(st.sampled_from(PEOPLE))
    if kind == 1:
        return (f"a spokesperson for {draw(company())}", "she")
    return (f"the head of {draw(company())}", "he")


@st.composite
def quoted_sentence(draw: st.DrawFn, style: Style) -> str:
    """A short complete sentence that someone says."""
    kind = draw(st.integers(0, 6))
    if kind == 0:
        return draw(st.sampled_from(["We will grow.", "We will keep investing.", "The market is changing."]))
    if kind == 1:
        return style.apos(
            draw(
                st.sampled_from(
                    ["It's a good deal.", "We're ready.", "I'm proud of the team.", "We've done it!"]
                )
            )
        )
    if kind == 2:
        return draw(st.sampled_from(["Why not?", "Is it ready?", "What comes next?"]))
    if kind == 3:
        return draw(declarative(style))
    if kind == 4:
        return f"I think {draw(simple_clause(style)).text}."
    if kind == 5:
        return style.apos(f"We don't plan to leave {draw(st.sampled_from(PLACES))}.")
    return f"Sales in {draw(st.sampled_from(PLACES))} will double."


@st.composite
def quote_before(draw: st.DrawFn, style: Style) -> str:
    """``He said, “We will grow.”``"""
    name, pronoun = draw(speaker())
    who = draw(st.sampled_from([cap(name), cap(pronoun)]))
    verb = draw(st.sampled_from(["said", "once said", "told reporters", "added"]))
    mark = draw(st.sampled_from([",", ",", ":"]))
    return f"{who} {verb}{mark} {style.quote(draw(quoted_sentence(style)))}"


@st.composite
def quote_after(draw: st.DrawFn, style: Style) -> str:
    """``“Yes,” she said.`` and ``“Is it ready?” he asked.``"""
    name, pronoun = draw(speaker())
    kind = draw(st.integers(0, 5))
    if kind == 0:
        words = draw(st.sampled_from(["Yes", "No", "Not yet", "Of course", "We will grow"]))
        return f"{style.quote(words + ',')} {pronoun} said."
    if kind == 4:
        words = draw(st.sampled_from(["We did it!", "What a car!", "Not again!"]))
        return f"{style.quote(style.apos(words))} {draw(st.sampled_from([pronoun, name]))} said."
    if kind == 5:
        inner = "‘" + draw(st.sampled_from(["the plan", "a new start", "Project Lotus"])) + "’"
        if not style.curly_quotes:
            inner = "'" + inner[1:-1] + "'"
        return f"{cap(name)} said, {style.quote(f'We call it {inner}, and it works.')}"
    if kind == 1:
        clause = draw(simple_clause(style))
        return f"{style.quote(clause.start + ',')} said {name}."
    if kind == 2:
        q = draw(st.sampled_from(["Is it ready?", "Why now?", "Who will buy it?"]))
        return f"{style.quote(q)} {draw(st.sampled_from([pronoun, name]))} asked."
    clause = draw(simple_clause(style))
    return f"{style.quote(clause.start + ',')} {name} said, {style.quote('and we are happy about it.')}"


@st.composite
def list_sentence(draw: st.DrawFn, style: Style) -> str:
    items = draw(name_list(style))
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return f"{draw(company())} works with {items}."
    if kind == 1:
        return f"The platform is shared by {items}."
    if kind == 2:
        return f"{cap(items)} signed the agreement {draw(time_adjunct(style))}."
    if kind == 3:
        return f"Brands such as {items} sell well in {draw(st.sampled_from(PLACES))}."
    return f"{draw(company())} sells cars in {draw(name_list(style, places=True))}."


@st.composite
def paren_sentence(draw: st.DrawFn, style: Style) -> str:
    kind = draw(st.integers(0, 4))
    if kind == 0:
        a, b = draw(st.lists(st.sampled_from([c for c, _ in COMPANIES]), min_size=2, max_size=2, unique=True))
        return f"{a} and {b} signed a memorandum of understanding (MoU) {draw(time_adjunct(style))}."
    if kind == 1:
        return "The terms of the deal (see below) were not disclosed."
    if kind == 2:
        name, description = draw(st.sampled_from(COMPANIES))
        subj = NP(f"{name} ({description})", False)
        return subj.start + draw(predicate(style, subj)) + "."
    if kind == 3:
        return f"The new {draw(st.sampled_from(['SUV', 'EV', 'hybrid']))} (a {draw(st.sampled_from(CAR_MODELS))} rival) goes on sale {draw(time_adjunct(style))}."
    return f"{draw(person())} studied at Harvard University (class of {draw(years())})."


@st.composite
def question(draw: st.DrawFn, style: Style) -> str:
    subj = draw(subject(style))
    _, base, _, objects = draw(st.sampled_from(VERBS))
    obj = draw(thing(style, objects, stake=base in ("buy", "sell")))
    kind = draw(st.integers(0, 4))
    if kind == 0:
        return f"Will {subj.text} {base} {obj}?"
    if kind == 1:
        return f"Why did {subj.text} {base} {obj}?"
    if kind == 2:
        return f"Is {draw(company())} ready for {draw(st.sampled_from(PLACES))}?"
    if kind == 3:
        return style.apos(
            f"Why don't more {draw(st.sampled_from(PLURAL_THINGS))} come from {draw(st.sampled_from(PLACES))}?"
        )
    return f"How many {draw(st.sampled_from(GOODS))} did {draw(company())} sell {draw(time_adjunct(style))}?"


@st.composite
def exclamation(draw: st.DrawFn, style: Style) -> str:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return f"What a year it was for {draw(company())}!"
    if kind == 1:
        return f"Sales in {draw(st.sampled_from(PLACES))} doubled!"
    if kind == 2:
        return style.apos(draw(st.sampled_from(["We did it!", "It's finally here!", "That's a record!"])))
    return f"{draw(simple_clause(style)).start}!"


@st.composite
def first_person(draw: st.DrawFn, style: Style) -> str:
    clause = draw(simple_clause(style)).text
    kind = draw(st.integers(0, 5))
    if kind == 0:
        return f"I think {clause}."
    if kind == 1:
        return style.apos(f"I'm sure {clause}.")
    if kind == 2:
        return style.apos(f"I don't know whether {clause}.")
    if kind == 3:
        return style.apos(
            f"I drove the {draw(st.sampled_from(CAR_MODELS))} in {draw(st.sampled_from(PLACES))}, and I liked it."
        )
    if kind == 4:
        return style.apos(f"It's clear that {clause}.")
    return style.apos(f"We'll see whether {clause}.")


@st.composite
def duration_sentence(draw: st.DrawFn, style: Style) -> str:
    d = draw(duration())
    kind = draw(st.integers(0, 2))
    if kind == 0:
        return f"The talks lasted {d}."
    if kind == 1:
        return f"It took {d} to build the plant {draw(where())}."
    return f"{draw(person())} worked at {draw(company())} for {d}."


@st.composite
def model_sentence(draw: st.DrawFn, style: Style) -> str:
    model = draw(st.sampled_from(MODELS))
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return f"{cap(model)} sales rose {draw(percent())} in {draw(st.sampled_from(PLACES))}."
    if kind == 1:
        car = draw(st.sampled_from(CAR_MODELS))
        return f"The {car} is {draw(st.sampled_from(['an SUV', 'an EV', 'an electric SUV', 'a hybrid']))}."
    if kind == 2:
        return f"{draw(person())} bought a {draw(st.sampled_from(CAR_MODELS))} {draw(time_adjunct(style))}."
    acronym = draw(st.sampled_from(MARKET_ACRONYMS))
    return f"The {acronym} market in {draw(st.sampled_from(PLACES))} grew {draw(percent())} {draw(time_adjunct(style))}."


@st.composite
def date_sentence(draw: st.DrawFn, style: Style) -> str:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return f"The plant opened on {draw(full_date(style))}."
    if kind == 1:
        date = draw(full_date(style))
        comma = "" if style.day_first else ","
        return f"On {date}{comma} {draw(company())} released its results."
    if kind == 2:
        return f"The deal was signed on {draw(short_date(style))} in {draw(st.sampled_from(PLACES))}."
    return f"Production began in {draw(st.sampled_from(MONTHS))} {draw(years())}."


@st.composite
def misc_sentence(draw: st.DrawFn, style: Style) -> str:
    kind = draw(st.integers(0, 13))
    if kind == 6:
        return f"{draw(company())} is the No. 1 brand {draw(where())}."
    if kind == 7:
        return f"Several brands grew last year: {draw(name_list(style))}."
    if kind == 8:
        return f"The deal is large. ({draw(st.sampled_from(['Details are below.', 'See the table below.', 'We will report more soon.']))})"
    if kind == 9:
        return f"{draw(person())} and I met {draw(where())} {draw(time_adjunct(style))}."
    if kind == 10:
        day = draw(st.sampled_from(["Monday", "Tuesday", "Friday"]))
        date = draw(full_date(style))
        return f"On {day}, {date}, {draw(company())} opened its new U.S. office at 9 a.m."
    if kind == 11:
        return (
            "In Chinese, Geely is written 吉利, which means “auspicious.”"
            if style.curly_quotes
            else ('In Chinese, Geely is written 吉利, which means "auspicious."')
        )
    if kind == 12:
        return f"{draw(years())} was a record year for {draw(company())}."
    if kind == 13:
        return style.apos(f"Lynk & Co's first car, the 01, is built {draw(where())}.")
    if kind == 5:
        return (
            f"The CEO of {draw(company())} spent {draw(money())} on R&D and AI {draw(time_adjunct(style))}."
        )
    if kind == 0:
        return f"The museum in {draw(st.sampled_from(PLACES))} shows lutes, harps and old pianos."
    if kind == 1:
        return f"Its café—small but busy—opened {draw(time_adjunct(style))}."
    if kind == 2:
        return f"The results were mixed… but {draw(simple_clause(style)).text}."
    if kind == 3:
        return f"{draw(person())} met {draw(person())} {draw(where())} {draw(time_adjunct(style))}."
    return style.apos(f"The {draw(st.sampled_from(NATIONALITIES))} market isn't easy, {draw(person())} said.")


_SENTENCES = [
    declarative,
    declarative,
    compound,
    number_sentence,
    quote_before,
    quote_after,
    list_sentence,
    paren_sentence,
    question,
    exclamation,
    first_person,
    duration_sentence,
    model_sentence,
    date_sentence,
    misc_sentence,
]


@st.composite
def _sentence(draw: st.DrawFn, style: Style) -> str:
    kind = draw(st.sampled_from(_SENTENCES))
    return style.apos(draw(kind(style)))  # "O'Brien" too


def english_sentence(style: Style | None = None) -> st.SearchStrategy[str]:
    """One well-formed English sentence (in ``style``, or a random one)."""
    if style is not None:
        return _sentence(style)
    return styles.flatmap(_sentence)


def english_paragraph(style: Style | None = None) -> st.SearchStrategy[str]:
    """One to five sentences joined by single spaces."""

    def paragraph(s: Style) -> st.SearchStrategy[str]:
        return st.lists(_sentence(s), min_size=1, max_size=5).map(" ".join)

    if style is not None:
        return paragraph(style)
    return styles.flatmap(paragraph)


def english_document() -> st.SearchStrategy[str]:
    """One to four paragraphs joined by blank lines, all in one style."""
    return styles.flatmap(lambda s: st.lists(english_paragraph(s), min_size=1, max_size=4).map("\n\n".join))


# --------------------------------------------------------------------------
# The fuzz alphabet: garble's raw material, as whole tokens.

#: Tokens of the idempotence fuzz: letters, spaces and marks (ASCII and
#: Chinese), digits, the words that dates and numbers rules read (whole
#: words), line breaks, a zero-width space, a byte-order mark, an emoji and
#: an accented letter.
FUZZ_TOKENS = [
    *"abc ,.、，。“”()（）0123456789",
    "month",
    "year",
    "Japan",
    "Number",
    "10000",
    "Many",
    "\n",
    "\t",
    "\u200b",
    "\ufeff",
    "😀",
    "é",
]
#: The longest text :func:`fuzz_text` draws.
FUZZ_LENGTH = 400


@st.composite
def fuzz_text(draw: st.DrawFn) -> str:
    """Text of whole :data:`FUZZ_TOKENS`, up to a length drawn from 0 to :data:`FUZZ_LENGTH`.

    The length is drawn first, so long texts are as likely as short ones
    (a list of tokens would be a dozen characters long on average).
    """
    limit = draw(st.integers(0, FUZZ_LENGTH))
    text = ""
    while True:
        token = draw(st.sampled_from(FUZZ_TOKENS))
        if len(text) + len(token) > limit:
            return text
        text += token
