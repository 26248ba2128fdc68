"""Write ``tests/data/ordinary-english.txt``: short clean documents over ten domains.

Each line is one document of two to four sentences of well-formed English.
Most documents open with a sentence that names a company, brand or body the
glossary knows, by its official name, and then use the English words that
are the glossary's ambiguous renderings in their ordinary senses: millet the
grain, glory, the public, an ideal car, a warehouse, Harvard the university.
That is the hardest text for the glossary's evidence rules: the name is in
the document, so document-level evidence is there, and the words are not
names.  ``tests/test_precision.py`` cleans every line and all of them as one
document, and fails on any change.

The templates and word lists are our own writing.  Run from the repository
root; the output is deterministic::

    python tools/make_ordinary_english.py
"""

from __future__ import annotations

import random
import re
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "ordinary-english.txt"
DOCUMENTS_PER_DOMAIN = 120
SEED = 16

CITIES = [
    "Leeds",
    "Lyon",
    "Hamburg",
    "Osaka",
    "Porto",
    "Denver",
    "Perth",
    "Wuhan",
    "Hefei",
    "Chengdu",
    "Turin",
    "Malmo",
    "Austin",
    "Nagoya",
    "Valencia",
    "Seattle",
    "Dundee",
    "Graz",
    "Utrecht",
    "Quebec",
]
MONTHS = [
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
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PEOPLE = [
    "Anna",
    "Tom",
    "Priya",
    "Kofi",
    "Lena",
    "Marco",
    "Sara",
    "Jonas",
    "Aiko",
    "Omar",
    "Ruth",
    "Pablo",
    "Ines",
    "Hugo",
    "Mei",
    "Dev",
    "Clara",
    "Felix",
    "Nora",
    "Sam",
]

# Per domain: names the glossary knows (as clean English writes them), and
# sentence templates.  Slots: {name} {city} {month} {day} {person} {n} {m} {year}.
DOMAINS: dict[str, tuple[list[str], list[str]]] = {
    "cars": (
        [
            "Volkswagen",
            "Hyundai",
            "Li Auto",
            "Haval",
            "Renault",
            "Mercedes-Benz",
            "Polestar",
            "Lotus",
            "Nissan",
            "Dongfeng",
            "Geely",
            "XPeng",
            "Hongqi",
            "Great Wall Motor",
            "Leapmotor",
            "ORA",
        ],
        [
            "The public can visit the {city} plant on the first {day} of every month.",
            "Public transport in {city} is so cheap that {n} percent of families own no car.",
            "For many drivers the ideal car is small, cheap and easy to park.",
            "An ideal car for {city} would have a short body and a tight turning circle.",
            "Modern cars carry more software than the planes of the {year}s.",
            "The modern showroom in {city} has a cafe and a children's corner.",
            "{person} rode a bicycle to the dealer and drove home in a new hatchback.",
            "The bicycle lane on the ring road was widened in {month}.",
            "Drivers look up the price of fuel before a long trip.",
            "The horses began to gallop when the engine started.",
            "{person}'s brother studied at Harvard before he became an engineer.",
            "The red flag on the track told the drivers to slow down.",
            "The report raised a red flag about the brakes of older vans.",
            "The old warehouse near the port now stores spare tyres.",
            "The endurance race in {city} lasts {n} hours.",
            "A rookie driver won the rally in {city} on {day}.",
            "Sailors once steered by the pole star.",
            "An east wind brought cold rain to {city} on {day}.",
            "The frame of the trailer is made of welded steel.",
            "The city bought {n} hydrogen fuel vehicles for its bus routes.",
            "Daily production at the bakery next to the plant is {m} loaves.",
            "The glory days of the big saloon are over.",
            "A Harvard study of commuters found that trips got longer.",
            "Fossil fuel vehicles still make up most of the fleet in {city}.",
            "They had dinner at a restaurant called Modern near the {city} showroom.",
            "The word Public is carved above the door of the old garage.",
            "The dealer in {city} named his racing pigeon Glory.",
            "The airline flies modern A350 jets from {city}.",
            "The public A{n} road runs past the plant.",
        ],
    ),
    "phones": (
        ["Xiaomi", "Honor", "OPPO", "vivo", "OnePlus", "Redmi", "realme", "Huawei", "Lenovo"],
        [
            "Millet is a cereal that grows well in dry regions.",
            "Farmers near {city} sell millet and sorghum at the {day} market.",
            "The bakery adds millet to its brown bread.",
            "Red rice and millet are both sold in the health food aisle.",
            "The team played for glory, not for money.",
            "Glory faded quickly for the old champions.",
            "{person} said the trip helped her feel like the real me again.",
            "One plus one is two, as every child in the class knew.",
            "The phone's battery life is about {n} hours of video.",
            "{person} forgot to charge the phone before the flight to {city}.",
            "The screen cracked when the phone fell on the stairs.",
            "Old handsets end up in a drawer, not in a recycling bin.",
            "The association of repair shops wants spare parts to be cheaper.",
            "A beautiful sunset over {city} filled the camera roll.",
            "The sea shell on the desk is a gift from {person}.",
            "On the horizon, the storm clouds grew darker.",
            "The small notch at the top of the screen holds the camera.",
            "The magic of glory faded after the final.",
            "{person} keeps a notebook of every phone number she needs.",
            "The shop sells cases in {n} colours.",
            "The choir sang Glory at the end of the launch.",
            "{person} named her horse Glory after a hymn.",
            "Her dog, Glory, sleeps under the desk.",
            "The film Glory was shown on the flight to {city}.",
        ],
    ),
    "internet": (
        [
            "Alibaba",
            "Baidu",
            "Tencent",
            "ByteDance",
            "Weibo",
            "Bilibili",
            "Douyin",
            "Kuaishou",
            "Zhihu",
            "Xiaohongshu",
            "Meituan",
            "Dianping",
            "Sina",
            "Beike",
        ],
        [
            "The public comment period on the new rules ends in {month}.",
            "Readers left public comments under the article about {city}.",
            "The children laughed at the cool dog in the park.",
            "{person} saw a fighting fish in a small bowl at the pet shop.",
            "The tiger's teeth are longer than a human finger.",
            "She asked for homework help from her older brother.",
            "The flying book in the magic show amazed the children.",
            "The Himalaya range crosses five countries.",
            "A new wave of students arrived in {city} in {month}.",
            "The little red book on the shelf was a gift from {person}.",
            "The shell of the old house was all that survived the fire.",
            "Ali spoke to the students about his years in {city}.",
            "The hands of the clock moved too fast for the test.",
            "The wasp's nest under the roof was removed on {day}.",
            "A station bus leaves for the airport every {n} minutes.",
            "The ground began to tremble during the small earthquake.",
            "The singer used a slight vibrato on the long notes.",
            "Blogs and microblogs let anyone publish short posts.",
            "{person} keeps today's headlines on the fridge for her father.",
            "The forum asked readers to know almost nothing before the quiz.",
        ],
    ),
    "games": (
        ["Tencent", "NetEase", "miHoYo", "Genshin Impact", "Honor of Kings", "Bilibili", "DouYu", "Huya"],
        [
            "The game rewards players with glory rather than gold.",
            "The original god of thunder in the myth had a hammer.",
            "The rookie scored {n} points in her first match.",
            "The king of glory in the old story was a shepherd.",
            "{person} plays chess in the public library on {day}s.",
            "The players fought for glory in the final round.",
            "The knight won glory and a small castle.",
            "The tournament in {city} had {m} teams this year.",
            "The bean bag in the corner is the best seat in the room.",
            "A beanbag chair is light enough to carry.",
            "The fast hand of the dealer moved the cards.",
            "The crowd watched the Big Dipper rise over the stadium.",
            "The new level is set in a modern city.",
            "The guild needs an ideal player for the healer role.",
            "{person} drew a polar fox for the title screen.",
            "The dark side of the moon is not always dark.",
        ],
    ),
    "finance": (
        [
            "Goldman Sachs",
            "SoftBank",
            "CITIC",
            "Kweichow Moutai",
            "State Grid",
            "LONGi",
            "Sungrow",
            "TAL Education Group",
            "Yicai",
            "Alibaba",
        ],
        [
            "The fund went public on the {city} exchange in {month}.",
            "The public sector added {n} thousand jobs last quarter.",
            "National Grid said the storm cut power to {n} thousand homes.",
            "The national grid of Ireland links to Wales through an undersea cable.",
            "The firm hopes for a good future in the solar market.",
            "{person} wrote that the region has a good future if water is managed well.",
            "Sunshine powers the small farms around {city}.",
            "Shell said its profits fell {n} percent in the quarter.",
            "The council keeps a public account of its spending.",
            "Call the public number on the card for help with your account.",
            "The bank's warehouse in {city} was sold to a developer.",
            "An ideal portfolio balances risk and cost.",
            "Soft silver coins wear down quickly.",
            "First finance, then marketing: that was the order of the talks.",
            "The guide price for the house is below the market average.",
            "Analysts see the red flag in the rising debt of small firms.",
            "The association of fund managers met in {city} on {day}.",
        ],
    ),
    "food": (
        ["Haidilao", "Heytea", "Mixue", "Mengniu", "Freshippo", "Kweichow Moutai"],
        [
            "White wine goes well with fish.",
            "{person} ordered a glass of white wine with the trout.",
            "White wines from the Loire are light and dry.",
            "Millet porridge is a common breakfast in the north.",
            "The cafe serves happy tea hour from three to five.",
            "Red rice salad is on the menu every {day}.",
            "The baker added millet to the rye bread.",
            "Fishing at the bottom of the sea needs strong nets.",
            "Deep-sea fishing boats leave {city} at dawn.",
            "The dairy farm keeps {n} cows and a Mongolian horse.",
            "Happy tea drinkers filled the terrace on {day}.",
            "The restaurant has a beautiful view of the river.",
            "The public kitchen feeds {n} people every day.",
            "The shell of a crab is hard to crack.",
            "A white spirit such as gin is made from grain.",
            "An ideal lunch is light, warm and quick.",
        ],
    ),
    "programming": (
        ["GitHub", "Alibaba Cloud", "Kingsoft", "DeepSeek", "Moonshot AI", "Baidu"],
        [
            "The old warehouse by the river was turned into offices.",
            "Boxes are stacked to the ceiling in the warehouse.",
            "{person} wrote a small program to sort her photos.",
            "The frame of the window was painted white.",
            "The reptile house at the zoo is warm and humid.",
            "Snakes and lizards are reptiles.",
            "The mirror image of the letter b is the letter d.",
            "The team looked at the problem from a modern angle.",
            "An infinite loop of music played in the lobby.",
            "The factory mode switch on the printer resets it.",
            "She used the adapter to charge her laptop in {city}.",
            "The decorator painted the hall in two days.",
            "Long connections between flights make travel tiring.",
            "The heartbeat of the patient was steady.",
            "A deep search of the archive found the letters.",
            "The novice programmer asked for a code review.",
            "The image on the poster was taken in {city}.",
            "The crash of the waves woke the campers.",
        ],
    ),
    "health": (
        ["National Health Commission", "Peking University", "Zhongshan", "Harvard"],
        [
            "Public health officials in {city} asked people to wash their hands.",
            "The public was asked to stay home during the heat wave.",
            "{person} studied public policy at Harvard.",
            "Harvard Medical School published the study in {month}.",
            "Modern medicine has doubled life expectancy in a century.",
            "The ideal diet includes vegetables, grains and fruit.",
            "Millet is rich in fibre and iron.",
            "The association of nurses met in {city} on {day}.",
            "Two meetings a week are enough for the committee.",
            "The new crown of the tooth was fitted on {day}.",
            "Battery life matters for hearing aids.",
            "The clinic's warehouse holds {n} boxes of gloves.",
            "The endurance of the runners was tested in the heat.",
            "A beautiful garden surrounds the hospital.",
            "Stress can make the hands tremble.",
        ],
    ),
    "sport": (
        ["Honor", "Li Ning", "Anta", "Xtep"],
        [
            "The team played for glory, not money.",
            "Glory to the heroes of the final!",
            "Fans chanted Glory as the team came out.",
            "The team bus, nicknamed Glory, left {city} at noon.",
            "The rookie of the year is only {n} years old.",
            "The horse began to gallop on the last bend.",
            "An endurance race crosses the desert near {city}.",
            "The public cheered when the runners came in.",
            "{person} rides a bicycle {n} kilometres every morning.",
            "Bicycle sales in {city} rose in {month}.",
            "The ideal weight for a boxer depends on the class.",
            "Modern stadiums have roofs that open.",
            "The crowd could look up at the giant screen.",
            "The red flag stopped the race after the crash.",
            "Skiers need endurance and strength.",
            "The association of referees met on {day}.",
        ],
    ),
    "places": (
        ["Peking University", "Hong Kong", "Lhasa", "Greater Bay Area", "Yangtze River Delta", "Shenzhen"],
        [
            "The Big Bay Area Festival is a music event in the harbour town.",
            "The bay area around the old port was cleaned up in {year}.",
            "A long triangle of land lies between the two rivers.",
            "Beijing University of Technology opened a new library.",
            "{person} took the high road through the mountains to {city}.",
            "The public square in {city} fills up on {day} evenings.",
            "A modern bridge crosses the river at {city}.",
            "The museum shows modern art and old maps.",
            "The horizon over the plain was flat and wide.",
            "The ideal place for a picnic is the hill above {city}.",
            "The Big Dipper is easy to see in the winter sky.",
            "Harvard Square is busy on {day} nights.",
            "The old warehouse district of {city} is now full of cafes.",
            "The east wind blows across the lake in {month}.",
            "The ship Endurance sank in the ice of the Weddell Sea.",
            "The hotel Modern on the main square has {n} rooms.",
        ],
    ),
}

OPENERS = [
    "{name} said on {day} that it had hired {n} people in {city}.",
    "A report on {name} came out in {month}.",
    "{person} wrote about {name} for a local paper in {city}.",
    "{name} opened an office in {city} in {year}.",
    "Analysts in {city} looked at {name} and its rivals.",
]


def _fill(template: str, rng: random.Random, name: str) -> str:
    values = {
        "name": name,
        "city": rng.choice(CITIES),
        "month": rng.choice(MONTHS),
        "day": rng.choice(DAYS),
        "person": rng.choice(PEOPLE),
        "n": str(rng.randint(2, 90)),
        "m": str(rng.randint(100, 9000)),
        "year": str(rng.choice(range(1950, 2000, 10))),
    }
    return template.format(**values)


def documents(seed: int = SEED) -> list[str]:
    """The generated documents, one string each."""
    rng = random.Random(seed)
    found: dict[str, None] = {}  # in order, each document once
    for domain in sorted(DOMAINS):
        names, templates = DOMAINS[domain]
        wanted = len(found) + DOCUMENTS_PER_DOMAIN
        while len(found) < wanted:
            name = rng.choice(names)
            sentences = [_fill(template, rng, name) for template in rng.sample(templates, rng.randint(2, 3))]
            if rng.random() < 0.8:
                sentences.insert(rng.randint(0, 1), _fill(rng.choice(OPENERS), rng, name))
            found[" ".join(sentences)] = None
    return list(found)


def sentence_count(lines: list[str]) -> int:
    """Sentences in ``lines`` (each ends with a full stop or an exclamation mark)."""
    return sum(len(re.findall(r"[.!](?:\s|$)", line)) for line in lines)


def main() -> None:
    lines = documents()
    OUTPUT.write_text(
        "# Generated by tools/make_ordinary_english.py: one clean document per line.\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    print(f"{OUTPUT}: {len(lines)} documents, {sentence_count(lines)} sentences")


if __name__ == "__main__":
    main()
