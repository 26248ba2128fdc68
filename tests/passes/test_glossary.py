"""The glossary pass: evidence for ambiguous renderings, vetoes and guards."""

from __future__ import annotations

import pytest

import mtclean

FIXED = [
    # pinyin before its name in brackets, in garbled text, is MT's
    ("Weilai (NIO) sold cars , and the plan grew .", "NIO sold cars, and the plan grew."),
    # a slash list written by MT is prose: a capital in the token
    (
        "Phones from Huawei/xiaomi sold well , The data show .",
        "Phones from Huawei/Xiaomi sold well, the data show.",
    ),
    # context evidence in the same sentence
    ("millet sold more smartphones than Apple .", "Xiaomi sold more smartphones than Apple."),
    ("Lei Jun said millet would build cars .", "Lei Jun said Xiaomi would build cars."),
    ("The ideal car L9 has six seats .", "The Li Auto L9 has six seats."),
    ("NIO and the Ideal Auto both grew .", "NIO and the Li Auto both grew."),
    # adjacency for very common words
    ("The Harvard H6 topped the SUV chart .", "The Haval H6 topped the SUV chart."),
    ("public Lavida sales rose .", "Volkswagen Lavida sales rose."),
    ("Beijing modern Elantra prices fell .", "Beijing Hyundai Elantra prices fell."),
    ("The red flag H9 is a limousine .", "The Hongqi H9 is a limousine."),
    # longest match first
    ("Dongfeng daily production cut prices .", "Dongfeng Nissan cut prices."),
    ("Zhongxin International makes chips .", "SMIC makes chips."),
    ("Meituan public comment lists restaurants .", "Meituan Dianping lists restaurants."),
    # variants change only in garbled paragraphs
    ("Ma Yun , The founder of Alibaba , spoke .", "Jack Ma, the founder of Alibaba, spoke."),
    # plurals of terms, and the article before a replacement
    (
        "The city added 500 charging piles，EV owners cheered .",
        "The city added 500 charging points, EV owners cheered.",
    ),
    ("It is an explosive model in car sales .", "It is a bestselling model in car sales."),
    (
        "EVs outsold fuel cars in 2024 , The gap grew .",
        "EVs outsold internal combustion engine vehicles in 2024, the gap grew.",
    ),
    # at the start of a sentence capitalised
    ("Charging pile makers grew 、 EV makers too .", "Charging point makers grew, EV makers too."),
]
UNCHANGED = [
    # no evidence
    "Millet is a cereal grown in dry regions.",
    "For many buyers the ideal car is small and cheap.",
    "She studied at Harvard before joining Great Wall Motor.",
    "A Harvard Business School study of Great Wall's SUVs was published.",
    "Public transport is cheap in Wolfsburg.",
    "The report raised a red flag about the brakes.",
    # negative context: the founder of Haidilao is also Zhang Yong
    "Haidilao founder Zhang Yong, who once met Alibaba's bosses, opened a hot pot restaurant.",
    "You can order millet by phone from the farm.",
    # a safe rendering vetoed by the word after it: the parent company's profit
    "The net profit attributable to the mother company rose 5% last year.",
    # a family's or a trust's profit split with a mother (harm-hunt24)
    "The net profit attributable to the mother's share of the family farm was taxed separately.",
    "Under the trust deed, net profit attributable to the mother and to each child is paid out yearly.",
    "The court split the bakery's net profit attributable to the mother, who had run it for a decade.",
    # lookaround traps
    "Beijing University of Technology beat Tsinghua at rowing.",
    "He Xiaopeng founded XPeng, whose P7 rivals NIO.",
    "Its 0-100 km acceleration takes 3.8 seconds.",
    "Fossil fuel vehicles still dominate, but EVs are growing.",
    # gloss guard: the name is explained by its literal meaning
    "Hongqi (red flag) cars carried state guests.",
    "NIO (Weilai) opened a store in Oslo.",
    "Fangchengbao, which translates to equation leopard, is a BYD brand.",
    "The brand's name, literally red flag, suits a limousine like the H9.",
    "Deepal (Deep Blue) sells the SL03.",
    # the name around the rendering: William Li Bin, Jack Ma Yun
    "NIO's William Li Bin spoke at NIO Day.",
    "Alibaba's Jack Ma Yun spoke to students.",
    # a pinyin given name after a surname
    "Liu Zhijie joined Huawei in 2019.",
    "Wang Zhi Jie is a Singaporean swimmer.",
    # variants in clean text
    "Alibaba founder Ma Yun taught English in Hangzhou.",
    # term calques that careful Chinese-authored English also uses: variants too
    "EVs outsold fuel vehicles in China for the first time in 2024.",
    "The city added 500 charging piles for electric buses.",
    "Sales of new energy automobiles rose 30% in the first half.",
    "Battery swapping eases the mileage anxiety of EV owners.",
    "All new cars must meet the National VI emission standard.",
    "The client keeps a long connection to the server over TCP.",
    "The Fangcang shelter hospital in Wuhan treated 2,000 COVID-19 patients.",
    # a rendering in quotation marks is a word being talked about
    'Early translations called its handsets "millet phones".',
    'The word "cost performance" is popular with phone buyers.',
    # the writer talks about the name, or glosses a pinyin name in brackets
    "The guide pointed to the Gugong (Forbidden City) and then to the Yiheyuan (Summer Palace).",
    "The famed Bingmayong (Terra Cotta Army) stands east of the city.",
    # A guidebook's bracket of facts opened by the sight's pinyin (a real travel guide, harm-hunt8).
    "ARMY OF TERRACOTTA WARRIORS\n(Bingmayong; admission ¥150; 8.30am-5.30pm)\nThe pits lie east of the city.",
    "GARDENS OF THE QING COURT\n(Yiheyuan; admission ¥30)\nThe gardens spread round a large lake.",
    "Its operating system, Hongmeng (HarmonyOS in English), runs on watches too.",
    "Originally named Hongmeng, the system now ships on tablets.",
    "The Chinese name of the brand, Lingke, was chosen in 2016.",
    # what a Chinese name says, with its article (harm-hunt18: a wildlife page explaining names)
    "Its Chinese name means the high-nosed antelope, a fair description of the saiga.",
    "The deer's Chinese name meant a Four Non-Like to the first visitors from Europe.",
    "In Chinese the app is known as Douyin, while abroad it is TikTok.",
    "Paimon's name in the Chinese version is Paimeng, which sounds close to the English.",
    "Her name in Chinese is Paimeng, and the fans of Genshin Impact use both.",
    # a caption or alternative text written all in lower case
    "huawei mate x closed back",
    # package names, slugs and paths are identifiers, not prose
    # a list of words in capitals, one a line (top-level domains)
    "AL\nALIBABA\nALIPAY\nALLFINANZ",
    "Install the baidu-aip client, then run lenovo-vantage to update drivers.",
    "The xiaomi-miot integration and the bilibili-api library both need cookies.",
    "See github.com/xiaomi/mace or C:\\tools\\tencent\\bin for the code.",
    # capitalised renderings only at the start of a sentence or clause
    "The Modern Elantra Club meets on Sundays.",
    "Readers of Modern Public Policy meet at the Public Lavida Library.",
]


#: Clean shapes found on real pages by the third hunt for harm (the writer's
#: own terms and stylings, which the glossary had taken for calques).
WRITERS_TERMS = [
    # a brand styled in lower case by its owner, beside another styled so
    "Fans moved from niconico to AcFun and bilibili, where uploaders post anime reviews.",
    # the feature named by its literal gloss, and its comments
    "Bullet screen turns watching anime into a chat, and uploaders answer the bullet screen comments.",
    # the financial press's own name for the state funds
    "Brokers said the so-called national team bought CSI 300 ETFs to steady the stock market.",
    # HotSpot's own name for the young generation
    "Minor GC empties Eden, and -Xmn sizes the whole new generation, Survivor spaces included.",
    # a reviewer's own words for a foldable phone's display
    "Samsung's phone hides a folding screen behind a narrow cover display.",
    # the network, not the company
    "Solar farms in Qinghai reach the national grid through UHV lines.",
    # ordinary English next to a domain word
    "Its changelog is a grab bag of HTTP fixes and proxy tweaks.",
    "Spice traders shipped dry goods out of Java for two centuries.",
    "Humans are social animals, and endless overtime wears friendships down.",
    "Health advice caps oil consumption at a tablespoon a day per person.",
    "The miHoYo artists rendered flowing water in every valley of the map.",
    "Robots use dynamic planning algorithms to dodge obstacles.",
    # a car's and a brand's first English names
    "Li Xiang's start-up took orders for the Leading Ideal ONE, its first SUV, in 2019.",
    "The badge read Lixiang Zhizao ONE before Li Xiang renamed the brand.",
    # an app's spelling expat guides use
    "Most newcomers order dinner on Eleme, the food delivery app Alibaba owns.",
]


@pytest.mark.parametrize("text", WRITERS_TERMS)
def test_terms_careful_writers_use_are_left_alone(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_counted_bullet_screen_is_still_repaired() -> None:
    garbled = "Uploaders said viewers sent 2 million bullet screens during the premiere ."
    assert (
        mtclean.clean(garbled) == "Uploaders said viewers sent 2 million bullet comments during the premiere."
    )


@pytest.mark.parametrize("garbled, expected", FIXED)
def test_garbled_names_are_fixed(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_clean_text_is_left_alone(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_rendering_that_opens_quoted_speech_is_used_not_mentioned() -> None:
    garbled = '"Cost performance is what buyers of phones want , Not the lowest price ," Lei Jun said .'
    assert mtclean.clean(garbled) == (
        '"Value for money is what buyers of phones want, not the lowest price," Lei Jun said.'
    )


@pytest.mark.parametrize(
    "garbled, expected",
    [
        (
            '"Nanjing Photo Studio," directed by Shen Ao , led the summer box office .',
            '"Dead to Rights," directed by Shen Ao, led the summer box office.',
        ),
        (
            'The film "Nanjing Photo Studio" , directed by Shen Ao , topped the box office .',
            'The film "Dead to Rights", directed by Shen Ao, topped the box office.',
        ),
    ],
)
def test_a_quoted_title_of_a_work_is_used_not_mentioned(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the title talked about as a title
        'Its Chinese title, "Nanjing Photo Studio", is plainer than the English one at the box office.',
        'The original title "Nanjing Photo Studio" tested badly with Maoyan audiences.',
        # more than the rendering in the quotation, or not in title case: a label
        'The sign "Nanjing Photo Studio prints" hung over the box office.',
        # not a work: a quoted name of another kind is still talked about
        'Early translations called its handsets "Millet" at the launch of the smartphone.',
        # a nickname or a translation given just before the quotation (harm-hunt15)
        'Early fans of the variety show called it "Running Brothers", a nickname that stuck on Weibo.',
        'Critics dubbed the drama "Solid as a Rock" for its steady ratings on iQiyi.',
        'The first subtitles rendered it as "Exchange Life", and the film festival audience laughed.',
        'On the box office charts the film was known as "Nanjing Photo Studio" for a week.',
    ],
)
def test_a_quoted_title_talked_about_is_left_alone(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "garbled, expected",
    [
        (
            "Oppai Home Group Co., Ltd. raised the price of its custom wardrobes in May .",
            "Oppein Home Group Co., Ltd. raised the price of its custom wardrobes in May.",
        ),
        (
            "Oppai Co. , Ltd. raised the price of its custom wardrobes in May .",
            "Oppein Co., Ltd. raised the price of its custom wardrobes in May.",
        ),
    ],
)
def test_a_company_written_with_co_ltd_sees_the_evidence_after_it(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


def test_ltd_before_a_new_sentence_still_ends_the_evidence() -> None:
    text = "We met Oppai Trading Co., Ltd. Custom wardrobes were not on the agenda."
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "We took the ferry from Zhoushan to the Shengsi Islands for the weekend.",
        "Jingdong County in Yunnan grows tea on its hills.",
        "Wangyi District lies north of the old city of Tongchuan.",
        "Zhada County in Ngari is known for its earth forest.",
        "Jingdong Yi Autonomous County held its tea festival in April.",
    ],
)
def test_a_rendering_that_is_a_places_name_before_county_or_district_stays(text: str) -> None:
    assert mtclean.clean(text) == text


def test_the_same_rendering_is_still_repaired_as_the_company() -> None:
    garbled = "Jingdong sold more phones in June , The company said ."
    assert mtclean.clean(garbled) == "JD.com sold more phones in June, the company said."


def test_a_writers_stray_space_in_another_sentence_does_not_undo_a_pinyin_gloss() -> None:
    # A real travel blog (harm-hunt8): one spaced comma two sentences on made the glossed
    # "Bingmayong (Terra Cotta Army)" read "Terracotta Army (Terra Cotta Army)".
    text = "Here you find the Bingmayong (Terra Cotta Army), east of the city. The wall of Xi'an , begun in 1370, still stands."
    assert mtclean.clean(text) == text.replace(" ,", ",")
    # MT's own bracket, in a sentence that shows the garble, is still repaired.
    assert mtclean.clean("Weilai (NIO) sold cars , The plan grew .") == "NIO sold cars, the plan grew."


def test_a_gloss_in_garbled_text_is_still_left_alone() -> None:
    assert mtclean.clean("Hongqi ( red flag ) sells the H9 .") == "Hongqi (red flag) sells the H9."


@pytest.mark.parametrize(
    "text", ["The brand Lingke (领克) is owned by Geely.", "The brand Lingke（领克）was new."]
)
def test_a_safe_rendering_before_its_own_chinese_in_brackets_is_the_writers_gloss(text: str) -> None:
    assert "Lingke (领克)" in mtclean.clean(text)


def test_a_safe_rendering_before_the_english_name_in_brackets_is_still_garble() -> None:
    # MT writes the source's English gloss after its own rendering: that is no gloss of the writer.
    assert mtclean.clean("The lutes brand (Lotus) grew fast .") == "The Lotus grew fast."
    assert mtclean.clean("Lingke sold more cars .") == "Lynk & Co sold more cars."


def test_negative_context_holds_in_garbled_text() -> None:
    garbled = "Haidilao founder Zhang Yong , Who met Alibaba's bosses , opened a hot pot restaurant ."
    assert "Zhang Yong" in mtclean.clean(garbled)
    assert "Daniel Zhang" in mtclean.clean("Alibaba's Zhang Yong , Who created Singles' Day , left .")
    # cars on a tracking dashboard go offline in English, garble or not (harm-hunt24)
    tracked = (
        "The cars went offline on the fleet dashboard after the factory's Wi-Fi failed ，so we restarted it."
    )
    assert "went offline" in mtclean.clean(tracked)
    assert "rolled off the line" in mtclean.clean(
        "The 5,000th electric bus went offline at the Zhengzhou plant ，a milestone ."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The gold three silver four season brought more homebuyers to the sales offices .",
        "Car dealers expect the golden three silver four months to lift sales .",
    ],
)
def test_the_spring_sales_peak_of_homes_and_cars_is_not_a_hiring_season(text: str) -> None:
    # 金三银四 names the March-April peak of the property and car trades too.
    assert "hiring" not in mtclean.clean(text)
    assert "hiring" in mtclean.clean("Programmers change jobs in the gold three silver four months .")


@pytest.mark.parametrize(
    "text, expected",
    [
        # Tokenised English is not machine translation: the pinyin order stays.
        (
            "NetEase founder Ding Lei , who runs Youdao , spoke .",
            "NetEase founder Ding Lei, who runs Youdao, spoke.",
        ),
        (
            "Geely grew . Ding Lei , who runs NetEase , spoke .",
            "Geely grew. Ding Lei, who runs NetEase, spoke.",
        ),
        # The casing of MT fragments, a Chinese mark or another wrong name is garble.
        (
            "NetEase founder Ding Lei , Who runs Youdao , spoke .",
            "NetEase founder William Ding, who runs Youdao, spoke.",
        ),
        (
            "NetEase founder Ding Lei 、 Youdao staff spoke .",
            "NetEase founder William Ding, Youdao staff spoke.",
        ),
        ("Netease car and Ding Lei of NetEase spoke .", "NetEase Auto and William Ding of NetEase spoke."),
    ],
)
def test_a_variant_needs_garble_beyond_spacing(text: str, expected: str) -> None:
    assert mtclean.clean(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A Chinese gloss keeps its own marks (harm-hunt6: a tea page's 炒青、烘青):
        # they are no garble in the English around them.
        (
            "NetEase founder Ding Lei (丁磊、网易) spoke.",
            "NetEase founder Ding Lei (丁磊、网易) spoke.",
        ),
        (
            "NetEase founder Ding Lei quoted 天下大势，分久必合 and spoke.",
            "NetEase founder Ding Lei quoted 天下大势，分久必合 and spoke.",
        ),
        # A mark that touches the English is MT's.
        (
            "NetEase founder Ding Lei 、网易 staff spoke .",
            "NetEase founder William Ding, 网易 staff spoke.",
        ),
    ],
)
def test_chinese_marks_inside_quoted_chinese_are_no_garble(text: str, expected: str) -> None:
    assert mtclean.clean(text) == expected


def test_evidence_is_judged_on_the_text_with_safe_renderings_fixed() -> None:
    # "Weilai" becomes NIO, which is evidence for "ideal car" in the same sentence.
    assert mtclean.clean("Weilai and ideal car both grew .") == "NIO and Li Auto both grew."


def test_each_change_names_its_rule() -> None:
    rules = {
        change.rule for change in mtclean.explain("The Harvard H6 sold well . The Hafu H9 did too .").changes
    }
    assert {"glossary.name", "glossary.name-in-context"} <= rules


@pytest.mark.parametrize(
    "text",
    [
        "Weilai and ideal car both grew . millet , Phone sales rose .",
        "The two meetings opened , 3 month 5 Japan , deputies met .",
        "Ma Yun , founder of Alibaba , spoke . He said Ma Yun was tired .",
        "the Harvard H6 , Harvard , Hafu ( Harvard ) , red flag H9 .",
        "an explosive model of car , a charging piles , An explosive model phone .",
        "William Li Bin , NIO founder Li Bin , said .",
    ],
)
def test_cleaning_is_idempotent(text: str) -> None:
    once = mtclean.clean(text)
    assert mtclean.clean(once) == once


@pytest.mark.parametrize(
    "garbled, expected",
    [
        # (b) an entry listing "Lingke" finds it in every casing: it is pinyin, never English.
        ("LINGKE sales rose 20% in May .", "Lynk & Co sales rose 20% in May."),
        ("The lingke Auto 01 sold well .", "The Lynk & Co Auto 01 sold well."),
    ],
)
def test_a_safe_pinyin_rendering_matches_in_any_casing(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # Pages MT wrote in lower case, and pinyin names MT lowered in running text.
        (
            "the seller said on kuaishou that his douyin shop would reopen.",
            "The seller said on Kuaishou that his Douyin shop would reopen.",
        ),
        ("Players of netease titles met in Hangzhou .", "Players of NetEase titles met in Hangzhou."),
        ("A thread on zhihu asked why.", "A thread on Zhihu asked why."),
    ],
)
def test_a_pinyin_or_camel_case_name_is_repaired_in_lower_case(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Host names, package names, slugs, tags and lower-case labels are not prose.
        "Point the client at api.deepseek.com and set the model to deepseek-chat.",
        "The mirror lives at mirrors.douyin.example and pip installs netease_music.",
        "Tagged #zhihu and #kuaishou in the caption.",
        "douyin logo on white",
        # A Western name, a word of English and a person's name are not widened.
        "The audi dealership logo is lower case.",
        "The lotus flower opened at dawn.",
    ],
)
def test_a_lower_case_name_outside_prose_is_left_alone(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # Ambiguous renderings never match in another casing.
        "MILLET sold more smartphones than Apple.",
        "The PUBLIC Lavida Library is closed.",
    ],
)
def test_ambiguous_renderings_have_no_case_variants(text: str) -> None:
    assert mtclean.clean(text) == text


# A replacement written in lower case (a term, a phrase) keeps the capital of
# what it replaces where that starts a sentence, a line or a heading.
CAPITAL_KEPT = [
    ("Fore and aft end separation is popular .", "Front-end/back-end separation is popular."),
    ("## Fore and aft end separation", "## Front-end/back-end separation"),
    (
        "- Fore and aft end separation keeps teams apart.",
        "- Front-end/back-end separation keeps teams apart.",
    ),
    ("**Fore and aft end separation** helps testing.", "**Front-end/back-end separation** helps testing."),
    ("1) Fore and aft end separation", "1) Front-end/back-end separation"),
    (
        "- Naked resignation is rising among graduates.",
        "- Quitting without another job lined up is rising among graduates.",
    ),
    ("## Sweep the code to pay", "## Scan the QR code to pay"),
    ("* Charging pile makers grew ， EV makers too.", "* Charging point makers grew, EV makers too."),
    ("> Melon-eating masses gathered online.", "> Onlookers gathered online."),
    (
        "**Standing on the tuyere**, the startup raised money.",
        "**Riding the wave**, the startup raised money.",
    ),
    (
        "Our stack:\nFore and aft end separation\nWe split the app.",
        "Our stack:\nFront-end/back-end separation\nWe split the app.",
    ),
    # lower case stays lower case, in a list item too
    (
        "- charging piles for EV owners are everywhere ， the city said.",
        "- charging points for EV owners are everywhere, the city said.",
    ),
    ("We like fore and aft end separation a lot.", "We like front-end/back-end separation a lot."),
]
CAPITAL_LEFT_ALONE = [
    "## Front-end/back-end separation",
    "- front-end/back-end separation keeps teams apart.",
    "The boat's fore and aft lines were tied.",
    "## Naked ambition",
    "- Sweep the floor before guests arrive.",
    "> Standing on the deck, we watched the storm.",
    "**Charging** is free at night.",
    "1) Scan the QR code to pay.",
    "# Melon farming in dry regions",
]


@pytest.mark.parametrize("garbled, expected", CAPITAL_KEPT)
def test_a_lower_case_replacement_keeps_a_starting_capital(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected
    assert mtclean.clean(expected) == expected


@pytest.mark.parametrize("text", CAPITAL_LEFT_ALONE)
def test_headings_and_list_items_without_a_rendering_are_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "headline",
    ["GEELY AUTO SHARES ROSE 5% ON MONDAY", "JINAN IS A CITY OF SPRINGS", "SALES OF GEELY ROSE AGAIN"],
)
def test_a_headline_in_capitals_keeps_its_names_in_capitals(headline: str) -> None:
    # An upper-case rendering that only differs from the name in case is the name,
    # written in capitals as every word of the line is (found by a glossary
    # helper: "Geely AUTO SHARES"); a wrong name in capitals is still repaired
    # (tests/glossary/test_model.py: THE HERO ALLIANCE FINALS).
    assert mtclean.clean(headline) == headline


def test_an_upper_case_variant_among_ordinary_words_is_repaired() -> None:
    assert (
        mtclean.clean("Executives of GEELY and WEILAI met in Hefei on Monday.")
        == "Executives of GEELY and NIO met in Hefei on Monday."
    )


@pytest.mark.parametrize(
    "text",
    [
        # companies style their names in capitals on their own pages (a real
        # Huawei support page: "the battery on a HUAWEI phone/tablet")
        "Charge the HUAWEI tablet with its own cable, then check the battery.",
        "The HUAWEI Mate X folds outwards, and the XIAOMI 14 has a flat screen.",
        "Lynk and GEELY said the talks went well.",
    ],
)
def test_an_official_name_in_capitals_is_the_company_styling(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Lansheng Co., Ltd. rose by the daily limit on Monday.",
        "Investors also bought Lansheng Group and two banks.",
    ],
)
def test_a_product_rendering_before_a_company_form_is_another_company(text: str) -> None:
    # Found on a real stock-market page: Lansheng renders the Range Rover
    # (揽胜), but a listed company of that name followed.
    assert mtclean.clean(text) == text


def test_a_product_rendering_elsewhere_is_still_repaired() -> None:
    assert (
        mtclean.clean("The Land Rover Lansheng is made in Solihull .")
        == "The Range Rover is made in Solihull."
    )


@pytest.mark.parametrize(
    ("garbled", "clean"),
    [
        (
            "Fans of the Tomb Robbing Notes series waited a year .",
            "Fans of The Lost Tomb series waited a year.",
        ),
        ("The New Beijing News reported it first .", "The Beijing News reported it first."),
        ("I watched the Chen Qing Order twice .", "I watched The Untamed twice."),
    ],
)
def test_a_name_with_its_own_the_replaces_the_article_before_it(garbled: str, clean: str) -> None:
    # Found while merging the survey's glossary round: "the The Lost Tomb".
    assert mtclean.clean(garbled) == clean


@pytest.mark.parametrize(
    "text",
    [
        "Visit xiaomi.com, follow #tencent and @weibo, or run wechat_bot.py and baidu_map.",
        "We read The Paper and the Beijing Youth Daily every morning.",
        "Fans of The Lost Tomb waited a year for the sequel.",
    ],
)
def test_names_written_right_and_lower_case_identifiers_are_left(text: str) -> None:
    # The lower-case official names are wrong renderings only in prose:
    # domains, hashtags, handles and identifiers keep their case; a name
    # already written with its own The is not touched.
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        ("The Kechuang 50 index rose 2% .", "The STAR 50 Index rose 2%."),
        ("Funds flowed into the science and Innovation Board .", "Funds flowed into the STAR Market."),
    ],
)
def test_a_head_noun_the_official_name_already_ends_with_is_not_doubled(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        (
            "The estimate of the China Passenger Car Federation rose .",
            "The estimate of the China Passenger Car Association rose.",
        ),
        # Only the same word, in the same case: ``china`` is not the name's first word.
        (
            "Dealers praised fine china Passenger Car Federation figures .",
            "Dealers praised fine china China Passenger Car Association figures.",
        ),
    ],
)
def test_a_first_word_the_official_name_already_begins_with_is_not_doubled(
    garbled: str, expected: str
) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        (
            "Meituan and hungry? are rivals in takeaway , The riders said .",
            "Meituan and Ele.me are rivals in takeaway, the riders said.",
        ),
        # The question mark of the name also ended the question: it stays.
        (
            "Which pays riders more , Meituan or Hungry? For most riders , The answer is neither .",
            "Which pays riders more, Meituan or Ele.me? For most riders, the answer is neither.",
        ),
    ],
)
def test_a_rendering_ending_with_a_question_mark_keeps_it_where_it_ends_the_sentence(
    garbled: str, expected: str
) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The rendering is glossed by the name it is better known as, or talked about as a word.
        "Jingdong, better known as JD.com, sells phones in Europe.",
        "Weilai means blue sky coming, and the founder chose it for that.",
        "The goose factory nickname stuck to Tencent's headquarters.",
        # A safe rendering that its own veto keeps (the car's first name) shows no garble,
        # so a variant term beside it stays too.
        "The Leading Ideal ONE ended mileage anxiety for many owners.",
        # The name's Chinese in traditional characters glosses it as the simplified form does.
        "Singer: 周杰倫\nQu:- Zhou Jielun",
        "Singer: 周杰伦\nQu:- Zhou Jielun",
    ],
)
def test_glossed_or_vetoed_renderings_leave_the_sentence_alone(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # A sentence-case variant of a longer rendering wins over the listed word it starts with.
        (
            "Jingdong logistics delivered the parcels; Jingdong said sales rose.",
            "JD Logistics delivered the parcels; JD.com said sales rose.",
        ),
        ("Extreme Krypton 001 deliveries rose.", "Zeekr 001 deliveries rose."),
    ],
)
def test_every_casing_of_a_pinyin_rendering_is_repaired_and_the_longest_wins(
    garbled: str, expected: str
) -> None:
    assert mtclean.clean(garbled) == expected


def test_an_official_name_written_without_its_hyphen_is_a_writers_variant_and_stays() -> None:
    # A list page titled "The Double First Class Initiative": a missing hyphen is no garble.
    text = "Zhengzhou University joined the Double First Class Initiative in 2017."
    assert mtclean.clean(text) == text
    assert not mtclean.is_garbled(text)


@pytest.mark.parametrize(
    "text",
    [
        # A page that teaches brands' Chinese names writes the pinyin on purpose.
        "In Chinese, Coca-Cola is spelled in pinyin as “kekoukele”, which sounds close to the original.",
        "You are snacking on Lay's crisps (Le Shi), a name whose characters mean happy things.",
        "Weiruan is the pinyin for Microsoft, and its two syllables mean tiny and soft.",
        "Guge is Mandarin for Google, though few people in Beijing use the search engine.",
        "Visitors cross the Jiaotai Hall, or Hall of Union, before reaching the empress's rooms.",
        "The Qianqing Palace (Palace of Heavenly Purity) housed the Ming emperors.",
        "Tour groups gather at the Wumen Gate, also called the Meridian Gate, before nine.",
    ],
)
def test_a_pinyin_name_that_is_taught_or_explained_stays(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # Garble in the sentence: the bracket is MT's, not a teacher's gloss.
        ("The startup (Weilai) sold cars , The plan grew .", "The startup (NIO) sold cars, the plan grew."),
        ("Weiruan is the largest software maker .", "Microsoft is the largest software maker."),
    ],
)
def test_a_pinyin_name_outside_a_gloss_is_still_repaired(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Spellings and names that clean English writes too.
        "The Yeliu Geopark lies on a cape north of Keelung, and the Queen's Head draws crowds.",
        "We borrowed Keyan's car for the weekend, and Keyan's brother came along.",
        "The Snowflake Show at the library opens on the first Saturday of December.",
        "Net Fly screens keep the flies out of the kitchen all summer.",
        "Practice: students braise pork belly in soy sauce while the instructor watches.",
        "Lito, a miner in Benguet, lost his job when the gold mine closed.",
        "The outdoor brand took its name and logo from Archaeopteryx, the earliest known bird.",
        "We stayed near Fortress Hill station and took the ferry to Macau the next day.",
        "Jinhua's Huang Daxian Temple draws pilgrims from Hong Kong every spring.",
        "The YouTuber showed how to replace a leaking oil pipe on an old tractor.",
        "After Hong Kong, the Wenwu Temple by Sun Moon Lake felt peaceful.",
    ],
)
def test_a_spelling_or_phrase_clean_english_also_writes_stays(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_guide_naming_the_forbidden_city_halls_in_pinyin_is_left_alone() -> None:
    # A real guide written in China (harm-hunt9): clean English, so no hall name changes.
    text = (
        "Behind the Gate, visitors reach the Qianqing Palace, Jiaotai Hall and Kunning Palace, "
        "where emperors of the Ming and Qing lived. The Qianqing Gate divides the Outer Court from the Inner Court."
    )
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # Pages written in China in careful English (harm-hunt10): an appositive pinyin name,
        # another name offered with "also known as", a name talked about as a nickname.
        "Tour boats leave from near Elephant Hill, or Xiangbishan, early in the morning.",
        "Ambulances took him to Tiantan Hospital, also known as the Temple of Heaven Hospital.",
        "Fire God Mountain Hospital was the nickname foreign reporters gave the new hospital.",
        "The Temple of Heaven Hospital is the informal name many drivers still use.",
    ],
)
def test_a_name_offered_as_another_name_or_talked_about_stays(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # MT's spaced comma before the "or": the appositive is no writer's gloss.
        (
            "Boats leave from Elephant Hill , or Xiangbishan , every morning .",
            "Boats leave from Elephant Hill, or Elephant Trunk Hill, every morning.",
        ),
        ("Boats pass under Xiangbi Mountain at dusk .", "Boats pass under Elephant Trunk Hill at dusk."),
    ],
)
def test_a_pinyin_sight_name_without_a_writers_gloss_is_still_repaired(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A calque talked about, not used (harm-hunt10's near misses for food and hospital names).
        "Known locally as husband and wife lung slices, fuqi feipian is served cold.",
        "Larou is often called wax meat because of its glossy surface.",
        'Menus in Chengdu translate the dish as "husband and wife lung slices".',
        'The English name "Old Dry Mother" on some jars is a poor rendering of Lao Gan Ma.',
        'The nickname "ditch oil" came from the gutters where the oil was skimmed.',
        'Frogs are sold as "field chicken" in some Cantonese markets.',
        'The sign read "fork roast" in English, a literal rendering of char siu.',
        "Gujinggong, or Ancient Well Tribute Liquor, is made in Bozhou.",
        "Ctrip, called Xiecheng in Chinese, was founded in Shanghai in 1999.",
        "Ctrip (Xiecheng in Chinese) was founded in Shanghai in 1999.",
        # A name put in that ends in a full stop ends no sentence: the gloss after it still counts.
        "In 2015 the club, often written Guangzhou Hengda in pinyin, won the title.",
    ],
)
def test_a_calque_presented_as_a_name_or_label_stays(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # Used, not talked about, or quoted in MT's own garble: still repaired.
        (
            "Add the wax meat and stir fry for two minutes .",
            "Add the cured pork and stir fry for two minutes.",
        ),
        (
            'The shop sells "ditch oil" , The police said .',
            'The shop sells "gutter oil", the police said.',
        ),
        # "in Chinese" that goes on is the market, not the language.
        ("Xiecheng in Chinese market grew fast .", "Trip.com Group in Chinese market grew fast."),
    ],
)
def test_a_calque_used_in_garbled_text_is_still_repaired(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize(
    "text",
    [
        'Guidebooks love the menu that offered "couple lung slices" to puzzled tourists.',
        "One famous example is “chicken without sexual life”, an old hotel's version of spring chicken.",
        "The sign's literal translation, “husband and wife lung slices,” made everyone laugh.",
    ],
)
def test_a_calque_quoted_in_a_sentence_about_translation_is_talked_about(text: str) -> None:
    # Pages about menus and signs quote the calques they laugh at: the words are shown, not used.
    assert mtclean.clean(text) == text


def test_a_quoted_calque_in_a_garbled_sentence_is_still_put_right() -> None:
    cleaned = mtclean.clean("We ordered “husband and wife lung slices” and rice , then left .")
    assert "husband and wife lung slices" not in cleaned


@pytest.mark.parametrize(
    "text",
    [
        # The Chinese name presented as the one a place or its people use (review14's gap).
        "The striker is known in China as Ai Kesen, a name picked for its sound.",
        "Known to Chinese fans as Ai Kesen, he scored twice in the cup final.",
        "Locals call the stadium Niaochao, after its woven steel frame.",
        "Residents still call it Niaochao when they give visitors directions.",
    ],
)
def test_a_chinese_name_presented_as_what_people_there_call_it_stays(text: str) -> None:
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    ("garbled", "expected"),
    [
        # The same names used in MT's own sentences, with no one calling them so.
        ("Ai Kesen scored twice , the team won .", "Elkeson scored twice, the team won."),
        (
            "The fans filled Niaochao , the show began .",
            "The fans filled Beijing National Stadium, the show began.",
        ),
    ],
)
def test_a_chinese_name_no_one_is_said_to_call_it_is_still_repaired(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


def test_a_quantity_calque_after_the_is_left_where_some_cannot_stand() -> None:
    garbled = "Heat the wok , The pork is cut into the appropriate amount of size with ginger ."
    assert "the appropriate amount of size" in mtclean.clean(garbled)
    assert "some" not in mtclean.clean(garbled)
    # Without the article, the calque in the same sentence is still repaired.
    assert mtclean.clean("Heat the wok , The pork goes in with appropriate amount of salt and ginger .") == (
        "Heat the wok, the pork goes in with some salt and ginger."
    )


@pytest.mark.parametrize(
    "text",
    [
        'The game (also known as "King of Glory" and "Wangzhe Rongyao" in China) added new skins.',
        'The phone maker, known as "Xiaomi" or "millet" to fans, shipped more phones.',
        'The game is known as "Wangzhe Rongyao" at home.',
    ],
)
def test_a_name_quoted_after_known_as_is_talked_about(text: str) -> None:
    # A real clean page (detect8's): the pinyin quoted after "also known as" is a name mentioned.
    assert mtclean.clean(text) == text


def test_fenghuang_written_the_way_english_travel_pages_write_it_stays() -> None:
    text = "We walked through Fenghuang Ancient City and the Phoenix Ancient City Museum in Hunan."
    assert mtclean.clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a word taught as a word: the calque is talked about, whatever its kind (harm-hunt15)
        "Little fresh meat is a slang term for young, handsome male stars.",
        "The phrase small fresh meat, xiao xian rou, describes young male idols.",
        "A slang term, small fresh meat, spread on Weibo after the drama aired.",
        "Information cocoon room is an awkward phrase for what English calls a filter bubble.",
        # the slang named before it (harm-hunt17)
        "In Chinese slang, cutting leeks means fleecing small investors in the stock market.",
        "In internet slang, small fresh meat describes young male idols on Weibo.",
    ],
)
def test_a_calque_presented_as_a_word_is_talked_about(text: str) -> None:
    assert mtclean.clean(text) == text


def test_a_calque_used_in_a_garbled_sentence_is_still_repaired() -> None:
    garbled = "Small fresh meat is the most popular type of actor in recent years , The audience said ."
    assert mtclean.clean(garbled) == (
        "Young heartthrob is the most popular type of actor in recent years, the audience said."
    )


# harm-hunt16: "Dr." before a name ended the sentence, so the words before the title were cut off
# from the name's context (a veto in them was not seen).
@pytest.mark.parametrize("title", ["Dr.", "Mr.", "Mrs.", "Ms.", "Prof."])
def test_a_title_before_a_name_ends_no_sentence(title: str) -> None:
    from mtclean.passes.glossary import _View

    text = f"The geologist and {title} Zhu Rong wrote about Mars. The rover rolled on."
    view = _View(text)
    name = text.index("Zhu Rong")
    assert view.sentence(name, name + len("Zhu Rong")) == (0, text.index(" The rover"))
    assert mtclean.clean(text) == text


def test_a_title_word_before_a_lower_case_word_still_ends_its_sentence() -> None:
    from mtclean.passes.glossary import _View

    text = "Ask the Dr. he knows."
    assert _View(text).sentence(0, 3) == (0, len("Ask the Dr."))


@pytest.mark.parametrize(
    "text",
    [
        # harm-hunt17: the calque named as a term, in English about China's slang
        "So-called rotten-tail buildings, the towers left by bankrupt developers, stand empty.",
        'Unfinished "rotten tail buildings", as they are known in Chinese, dot the city.',
        "Known as lanwei lou, or rotten-tail buildings, the unfinished projects hurt buyers.",
        "Young people online call themselves the melon-eating masses, happy bystanders of gossip.",
    ],
)
def test_a_calque_named_as_a_term_stays(text: str) -> None:
    assert mtclean.clean(text) == text
