"""A table-driven spec for the punctuation, lists, quotes, Chinese-punctuation and casing passes.

``FIXED`` pairs a garbled sentence with what a careful rule-based editor makes
of it: the smallest set of edits that removes the garble, no rewording.
``UNCHANGED`` holds clean English that must come back byte for byte.  Where
the right output is debatable, the minimal one is chosen and a comment says
so.
"""

from __future__ import annotations

import pytest

import mtclean

FIXED: list[tuple[str, str]] = [
    # --- Chinese and full-width marks, each in context -------------------------------
    (
        "Geely now sells cars in Russia、Brazil and Egypt.",
        "Geely now sells cars in Russia, Brazil and Egypt.",
    ),
    (
        "The plant builds engines，gearboxes and battery packs。",
        "The plant builds engines, gearboxes and battery packs.",
    ),
    (
        "The bank said in a statement：lending rose 9% in May。",
        "The bank said in a statement: lending rose 9% in May.",
    ),
    ("Revenue grew in Asia；profit fell in Europe。", "Revenue grew in Asia; profit fell in Europe."),
    ("What a comeback for the club！", "What a comeback for the club!"),
    ("Is the new battery safe in cold weather？", "Is the new battery safe in cold weather?"),
    (
        "The new sedan（codenamed SX11）will go on sale in June。",
        "The new sedan (codenamed SX11) will go on sale in June.",
    ),
    (
        "The report《Global Electric Vehicle Outlook》was published on Monday。",
        "The report “Global Electric Vehicle Outlook” was published on Monday.",
    ),
    ("Tap the【Buy now】button to finish the order.", "Tap the [Buy now] button to finish the order."),
    (
        "The slogan「Drive the future」appeared on every billboard.",
        "The slogan “Drive the future” appeared on every billboard.",
    ),
    (
        "The minister said「the so-called『smart city』is more than a slogan」on Friday.",
        "The minister said “the so-called ‘smart city’ is more than a slogan” on Friday.",
    ),
    ("Prices kept rising…… and buyers kept waiting.", "Prices kept rising… and buyers kept waiting."),
    ("The talks dragged on……", "The talks dragged on…"),
    ("Two rivals——BYD and Tesla——now lead the market.", "Two rivals—BYD and Tesla—now lead the market."),
    (
        "Rooms cost 200～300 yuan per night in the low season.",
        "Rooms cost 200–300 yuan per night in the low season.",
    ),
    (
        "Most patients recover in 3～5 days without treatment.",
        "Most patients recover in 3–5 days without treatment.",
    ),
    (
        "The lead role went to Leonardo·DiCaprio this time.",
        "The lead role went to Leonardo DiCaprio this time.",
    ),
    ("The speech by Emmanuel·Macron was short.", "The speech by Emmanuel Macron was short."),
    (
        "Renault\u3000Group reported higher revenue for the year.",
        "Renault Group reported higher revenue for the year.",
    ),
    (
        "Sales rose 5%\u3000year on year in the first quarter.",
        "Sales rose 5% year on year in the first quarter.",
    ),
    # Debatable: two ideographic spaces are the Chinese paragraph indent; an
    # English paragraph has no indent, so it is dropped rather than kept as " ".
    (
        "\u3000\u3000The company said it would hire 300 engineers this year.",
        "The company said it would hire 300 engineers this year.",
    ),
    (
        "Li Shufu said：“we will keep investing in Europe。”",
        "Li Shufu said: “We will keep investing in Europe.”",
    ),
    (
        "The CEO told reporters：「We are ready for the price war。」",
        "The CEO told reporters: “We are ready for the price war.”",
    ),
    ("Great news ！ The new plant is open .", "Great news! The new plant is open."),
    (
        "Demand is strong，The factory will add a night shift。",
        "Demand is strong, the factory will add a night shift.",
    ),
    ("The team lost again ， Fans were angry 。", "The team lost again, fans were angry."),
    ("The drug was approved。it will be sold from May。", "The drug was approved. It will be sold from May."),
    ("Is the rumour true？no, the company said。", "Is the rumour true? No, the company said."),
    ("The talks with Renault（Renault）went well.", "The talks with Renault went well."),
    (
        "The phone has a 6.7-inch screen（OLED）and a 5,000 mAh battery.",
        "The phone has a 6.7-inch screen (OLED) and a 5,000 mAh battery.",
    ),
    (
        "Key figures：revenue，profit and cash flow all improved。",
        "Key figures: revenue, profit and cash flow all improved.",
    ),
    (
        "The film《Wolf Warrior 2》earned more than $800 million.",
        "The film “Wolf Warrior 2” earned more than $800 million.",
    ),
    # A full-width colon between digits is a score or a time: no space after it.
    (
        "Shanghai Port beat Shandong Taishan 3：1 on Saturday.",
        "Shanghai Port beat Shandong Taishan 3:1 on Saturday.",
    ),
    ("The launch event starts at 10：30 in Beijing.", "The launch event starts at 10:30 in Beijing."),
    # --- spaced English marks ----------------------------------------------------------
    (
        "The hybrid market is booming , and sales keep growing .",
        "The hybrid market is booming, and sales keep growing.",
    ),
    ("The update is out . It fixes two security bugs .", "The update is out. It fixes two security bugs."),
    (
        "Three things matter to buyers : price , range and service .",
        "Three things matter to buyers: price, range and service.",
    ),
    ("Costs rose ; margins fell .", "Costs rose; margins fell."),
    ("What a goal !", "What a goal!"),
    ("Is the vaccine safe for children ?", "Is the vaccine safe for children?"),
    ("The index rose (by 2 points ) on Friday.", "The index rose (by 2 points) on Friday."),
    ("The fee (about 5% ) is high for a fund.", "The fee (about 5%) is high for a fund."),
    ("The results [see table 2 ] show steady growth.", "The results [see table 2] show steady growth."),
    ("He said it was “very good ” for the team.", "He said it was “very good” for the team."),
    (
        "The fund ( managed by Ant Group) grew 12% last year.",
        "The fund (managed by Ant Group) grew 12% last year.",
    ),
    ("The story [ updated on Monday] was corrected.", "The story [updated on Monday] was corrected."),
    (
        "The CEO called it a “ turning point” for the firm.",
        "The CEO called it a “turning point” for the firm.",
    ),
    (
        "The firm ( founded in 1998 ) is based in Hangzhou.",
        "The firm (founded in 1998) is based in Hangzhou.",
    ),
    ("( Reuters ) Oil prices rose on Monday .", "(Reuters) Oil prices rose on Monday."),
    ("The new chip is 30% faster , the company said .", "The new chip is 30% faster, the company said."),
    ("Shares rose 4% , the highest in a month .", "Shares rose 4%, the highest in a month."),
    (
        "The battery lasts two days ( with the screen off ) .",
        "The battery lasts two days (with the screen off).",
    ),
    # --- possessives -------------------------------------------------------------------
    ("Geely 's sales rose 20% last year.", "Geely's sales rose 20% last year."),
    ("Renault’ s new electric car goes on sale in May.", "Renault’s new electric car goes on sale in May."),
    ("Apple ’s profit beat forecasts again.", "Apple’s profit beat forecasts again."),
    ("The team' s coach resigned on Sunday.", "The team's coach resigned on Sunday."),
    ("China 's exports grew faster than expected .", "China's exports grew faster than expected."),
    # --- doubled and mixed marks -------------------------------------------------------
    ("Sales rose sharply ,. Profits fell.", "Sales rose sharply. Profits fell."),
    ("The deal closed in March。.", "The deal closed in March."),
    # Debatable: a comma would read as well; the first (stronger) mark is kept.
    (
        "For details see the next page : , then sign the form.",
        "For details see the next page: then sign the form.",
    ),
    ("The meeting came to an end..", "The meeting came to an end."),
    ("Shares jumped ，, analysts said.", "Shares jumped, analysts said."),
    ("The results were strong , .", "The results were strong."),
    ("It was a long day for the rescue teams.。", "It was a long day for the rescue teams."),
    # --- quotation marks ---------------------------------------------------------------
    (
        "Li Shufu said :“ we will keep investing in Europe .”",
        "Li Shufu said: “We will keep investing in Europe.”",
    ),
    ("The coach said :“ the team played well today .”", "The coach said: “The team played well today.”"),
    ("He said , “ we will grow . ”", "He said, “We will grow.”"),
    (
        "The minister said“Prices will fall.”Then he left.",
        "The minister said “Prices will fall.” Then he left.",
    ),
    (
        "Tesla called it“the safest car ever”in an advert.",
        "Tesla called it “the safest car ever” in an advert.",
    ),
    (
        'The startup calls it " the smartest speaker " on the market.',
        'The startup calls it "the smartest speaker" on the market.',
    ),
    ('Users rated the app " excellent " in the survey.', 'Users rated the app "excellent" in the survey.'),
    ('The doctor said :" rest is the best medicine ."', 'The doctor said: "Rest is the best medicine."'),
    (
        "The report called the plan “ ambitious but realistic ” .",
        "The report called the plan “ambitious but realistic”.",
    ),
    # --- a name followed by itself in brackets -----------------------------------------
    ("Renault (Renault) signed a deal with Geely.", "Renault signed a deal with Geely."),
    ("The Dacia (Dacia) brand grew fast in Europe.", "The Dacia brand grew fast in Europe."),
    ("LADA (Lada) sales rose in Russia last year.", "LADA sales rose in Russia last year."),
    ("Buyers of Volvo ( Volvo ) cars are loyal.", "Buyers of Volvo cars are loyal."),
    (
        "The deal between Geely (Geely) and Renault (Renault) was signed in Seoul.",
        "The deal between Geely and Renault was signed in Seoul.",
    ),
    # --- enumerations with 、 ----------------------------------------------------------
    (
        "The group owns Volvo 、 Proton 、 Lotus and other brands.",
        "The group owns Volvo, Proton, Lotus and other brands.",
    ),
    ("Exports went to Russia 、 Brazil 、 Mexico.", "Exports went to Russia, Brazil, Mexico."),
    (
        "The fund invests in batteries 、 Chips And other technologies.",
        "The fund invests in batteries, chips and other technologies.",
    ),
    ("The bank offers loans 、 Deposits and insurance.", "The bank offers loans, deposits and insurance."),
    (
        "The plan covers brand strategy 、 Content and channels.",
        "The plan covers brand strategy, content and channels.",
    ),
    (
        "Brands such as Volvo 、 Proton 、 Lynk & Co grew fast.",
        "Brands such as Volvo, Proton, Lynk & Co grew fast.",
    ),
    (
        "Symptoms include fever 、 Cough 、 Fatigue And other signs.",
        "Symptoms include fever, cough, fatigue and other signs.",
    ),
    (
        "The club signed a striker 、 A goalkeeper and two defenders.",
        "The club signed a striker, a goalkeeper and two defenders.",
    ),
    # "White" is a surname too, so it is not an ordinary word to lower: a missed
    # fix is the safe side.
    ("The phone comes in black、White and blue.", "The phone comes in black, White and blue."),
    (
        "The app supports WeChat Pay 、 Alipay and UnionPay.",
        "The app supports WeChat Pay, Alipay and UnionPay.",
    ),
    # "Go" is the programming language here, a name.
    (
        "The course covers Python 、 Java 、 Go And other languages.",
        "The course covers Python, Java, Go and other languages.",
    ),
    # "Chassis" is too rare for the common-word list, so it counts as a possible
    # name and the whole list keeps its capitals (the safe side).
    (
        "Engines 、 Transmissions 、 Chassis And other parts are made in Ningbo.",
        "Engines, Transmissions, Chassis and other parts are made in Ningbo.",
    ),
    ("Investors bought bonds 、 Gold and cash.", "Investors bought bonds, gold and cash."),
    # --- a capitalised fragment start after a garbled separator ------------------------
    (
        "The hybrid market is booming , The cooperation between the two firms will deepen .",
        "The hybrid market is booming, the cooperation between the two firms will deepen.",
    ),
    ("Costs rose ; The margins fell .", "Costs rose; the margins fell."),
    ("The plan has one goal : To cut costs .", "The plan has one goal: to cut costs."),
    ("The app is free , But users must register .", "The app is free, but users must register."),
    ("The index fell 2% , Investors remain cautious .", "The index fell 2%, investors remain cautious."),
    (
        "According to the report , This year sales will double .",
        "According to the report, this year sales will double.",
    ),
    # A capitalised word before a verb of saying is taken for a speaker's name.
    ("The patient has recovered , Doctors said .", "The patient has recovered, Doctors said."),
    ("To support growth , We will open 20 stores .", "To support growth, we will open 20 stores."),
    ("At the same time , The company cut prices .", "At the same time, the company cut prices."),
    ("In the first half , Net profit rose 30% .", "In the first half, net profit rose 30%."),
    (
        "The company has three goals : Growth , Quality and service .",
        "The company has three goals: growth, quality and service.",
    ),
    ("Quality comes first ； Safety comes second 。", "Quality comes first; safety comes second."),
    # "Price" is a surname too (kept); "Range" is an ordinary word (lowered).
    (
        "The new model has three strengths ： Range ， Price and comfort 。",
        "The new model has three strengths: range, Price and comfort.",
    ),
    # English typography applies inside an English sentence, even to a French phrase.
    ("Her reply was “c’est la vie !” and a shrug.", "Her reply was “c’est la vie!” and a shrug."),
    # ...but names, "I", acronyms and model names keep their capitals.
    ("Exports rose , China said .", "Exports rose, China said."),
    (
        "The deal is done , Renault will build the engines .",
        "The deal is done, Renault will build the engines.",
    ),
    ("We will keep expanding abroad , Li Shufu said .", "We will keep expanding abroad, Li Shufu said."),
    ("The deal is fair , I think .", "The deal is fair, I think."),
    ("The market is tough , I'm sure of it .", "The market is tough, I'm sure of it."),
    ("Sales were strong , SUV models led the way .", "Sales were strong, SUV models led the way."),
    ("Charging is getting faster , EV owners say .", "Charging is getting faster, EV owners say."),
    (
        "The talks ended well , MoU signing is planned for May .",
        "The talks ended well, MoU signing is planned for May.",
    ),
    ("Demand held up , iPhone sales rose 5% .", "Demand held up, iPhone sales rose 5%."),
    ("Orders grew , Model 3 deliveries doubled .", "Orders grew, Model 3 deliveries doubled."),
    ("The quarter was strong , Apple said .", "The quarter was strong, Apple said."),
    ("Shipments rose , Honor said .", "Shipments rose, Honor said."),
    ("Oil prices fell , Shell said .", "Oil prices fell, Shell said."),
    ("Holiday sales were weak , Target said .", "Holiday sales were weak, Target said."),
    ("Cloud revenue grew , Alphabet said .", "Cloud revenue grew, Alphabet said."),
    ("The new chip is ready , Nvidia said on Tuesday .", "The new chip is ready, Nvidia said on Tuesday."),
    ("The rules will change , Turkey said .", "The rules will change, Turkey said."),
    ("Prices rose again ， Xiaomi said .", "Prices rose again, Xiaomi said."),
    # --- a sentence that starts in lower case after a garbled full stop ---------------
    (
        "The two sides signed a deal . meanwhile , Renault will expand in China .",
        "The two sides signed a deal. Meanwhile, Renault will expand in China.",
    ),
    ("Sales fell 3% . however , profits rose .", "Sales fell 3%. However, profits rose."),
    ("The game ended 2-1 ! fans cheered for an hour .", "The game ended 2-1! Fans cheered for an hour."),
    ("Is it safe ? experts say yes .", "Is it safe? Experts say yes."),
    (
        "The price is fixed . it will not change this year .",
        "The price is fixed. It will not change this year.",
    ),
    # --- a paragraph of prose that starts in lower case -------------------------------
    ("meanwhile , the company will hire 500 engineers .", "Meanwhile, the company will hire 500 engineers."),
    (
        "however , the plan still needs approval from regulators .",
        "However, the plan still needs approval from regulators.",
    ),
    (
        "in addition , the central bank cut its lending rate .",
        "In addition, the central bank cut its lending rate.",
    ),
    ("Sales rose .\n\nmeanwhile , profits fell .", "Sales rose.\n\nMeanwhile, profits fell."),
    (
        "at present , more than 30 cities have joined the scheme .",
        "At present, more than 30 cities have joined the scheme.",
    ),
    (
        "the league will restart in August , the organisers said .",
        "The league will restart in August, the organisers said.",
    ),
]

UNCHANGED: list[str] = [
    # quotations within quotations
    "She said, “He told me ‘not yet’ twice.”",
    "He said, \"She told me 'no' on Friday.\"",
    "He asked, \"Is it 'safe' to drive at night?\"",
    "He quoted the line “‘Home’ is where the heart is” in his speech.",
    "“Is it done?” she asked. “Yes,” he said.",
    "“We’re ready,” said Li Shufu, Geely’s chairman.",
    'He said "hello" and left.',
    'The sign said "No entry" in big letters.',
    "Songs like 'Yesterday' and 'Help!' topped the charts.",
    'Our first program prints "Hello, World!" to the screen.',
    'The phrase "and other" is often overused in reports.',
    "The headline read: “Markets Rally as Oil Falls”.",
    "Use the “Save as…” menu, then choose PDF.",
    # brackets, nested and otherwise
    "The fund (run by a team in Hong Kong (and one in Singapore)) grew.",
    "See section 4(b)(ii) of the contract [as amended (2021)].",
    "(This whole sentence is in brackets.)",
    "Dacia (Renault’s budget brand) did well in 2023.",
    "Honda (Japan) and Hyundai (Korea) gained market share.",
    "The law (Article 12, para. 3) applies to all imports.",
    "The 2024 Honda CR-V (hybrid) starts at $33,000.",
    # A ticker after a company name is not a duplicated name.
    "Shares of Nio (NIO) and Baidu (BIDU) rose in New York.",
    # lists, semicolons, colons, dashes, ellipses
    "The shop sells apples, pears, and plums.",
    "Fever, cough, and fatigue are the most common symptoms.",
    "Volvo, Polestar, Lotus, and Lynk & Co belong to the same group.",
    "Sales rose; profits, however, fell.",
    "There is only one rule: be on time.",
    "Name: Li Ming; age: 34; city: Hangzhou.",
    "The result—a club record—surprised everyone.",
    "The result – a club record – surprised everyone.",
    "She scored 9.5/10 — a personal best.",
    "Pages 10–20 cover the engine and gearbox.",
    "He paused... then went on.",
    "He paused . . . and went on.",
    "Wait ... what did you say?",
    "The talks went on and on…",
    # abbreviations
    "Use a mild solvent, e.g., acetone, to clean the lens.",
    "The U.S. economy grew 2.1% in the second quarter.",
    "He moved to the U.S. in 2010.",
    "Zhejiang Geely Holding Group Co. Ltd. owns Volvo Cars.",
    "Dr. Smith, Ph.D., joined the hospital in 2019.",
    "The meeting starts at 9:30 a.m. on Monday.",
    "At 3 p.m., the market closed higher.",
    "Temperatures ranged from 10 to 20 °C, i.e. mild.",
    # numbers
    "Pi is about 3.14, and a kilometre is 1,000 metres.",
    "The home side won 3:1 after extra time.",
    # Debatable: a spaced ratio or score is a house style, not garble.
    "The ratio was 3 : 1 in the final.",
    "Version 3.2.1 fixes the login bug.",
    "Call +86 571 8888 8888 for service.",
    "Body temperature above 37.5 °C counts as a fever.",
    "Shares fell 1.2 per cent to HK$118.40 in Hong Kong.",
    "The deal is worth $1.5 billion (about €1.4 billion).",
    "The vote was 52–48 in favour.",
    "Prices rose 5% year on year (see Table 2).",
    "x = 3, y = 4; then x + y = 7.",
    "Buy two, get one free!",
    "Really?! That is amazing.",
    # emoticons
    "Thanks for reading :)",
    "Nice try ;-) but no.",
    # apostrophes
    "It is the drivers' choice, not the dealers'.",
    "Rock 'n' roll never dies.",
    "Mind your p's and q's at the dinner.",
    "The letters 's' and 't' are the most common word endings.",
    "The ’90s were good years for Nokia.",
    "Geely’s and Volvo’s engineers work together.",
    "I think I'm right, and I'll prove it.",
    # code, URLs, e-mail, paths, Markdown
    'Run `git commit -m "fix , typo"` before you push.',
    "Call `print( x , y )` to see both values.",
    "Read the guide at https://docs.python.org/3/library/re.html before you start.",
    "Send questions to press.office@example.com by Friday.",
    "Contact: Jane Doe (jane@example.com).",
    "The config file lives in /etc/nginx/nginx.conf on most servers.",
    "Windows keeps it in C:\\Users\\Public\\Documents by default.",
    "Every directory on Unix contains the entries . and .. by default.",
    "## Release notes\n\n- Faster start-up\n- Fewer crashes on older phones",
    "**Note:** the API changed in version 2.0.",
    "[Read more](https://example.com/news?id=42&lang=en) about the deal.",
    "```\nitems = [1 , 2 , 3]\nprint( items )\n```",
    "| Model | Price |\n|---|---|\n| Model 3 | $39,000 |",
    # code in plain text, not fenced: Elm and Haskell listings, with and without line numbers
    "The page type:\n12    type alias Page msg =\n13        { title : String\n14        , header : Html msg\n15        , footer : Html msg\n16        }",
    "The view:\n    view : Model -> Html Msg\n    view model =\n        div []\n            [ header model\n            , footer\n            ]",
    "Haskell's entry point:\nmain :: IO ()\nmain = putStrLn greeting",
    "Set the options:\n    opts = { verbose = True ; depth = 3 }",
    # an excerpt that begins mid-sentence: no garble, so no capital
    "which is why the board met again on Monday.",
    "The sign read « Défense de fumer » in red letters.",
    # names, acronyms and model names
    "iPhone sales rose 8% in China last quarter.",
    "eBay said it would cut 500 jobs.",
    "macOS updates are free for every user.",
    "She owns an iPad, an iMac and an e-reader.",
    "Shell, BP and TotalEnergies raised their dividends.",
    "Turkey and Jordan signed a new trade agreement.",
    "Amazon, Target and Walmart cut prices before the holidays.",
    "Pixel, Galaxy and Honor phones sold well in Europe.",
    "Meta, Alphabet and Microsoft report earnings this week.",
    "Go, Rust and Python are popular with start-ups.",
    "The MoU covers SUV and EV batteries.",
    "ABS, ESP and ACC come as standard on every trim.",
    "Tesla's Model 3 and Model Y led sales in Europe.",
    "Wang Chuanfu, the founder of BYD, spoke first.",
    "Inflation eased, The Economist reported on Thursday.",
    "Q: What is the dose? A: One tablet a day.",
    "C++ and C# are used here; Python, too.",
    # Title Case headlines
    "Geely and Renault Sign Deal to Build Hybrid Engines",
    "Apple Unveils New iPad, Cuts Prices of Older Models",
    "Markets: Stocks Rise as Oil Falls",
    "The Lord of the Rings: The Return of the King",
    "A vs. B: Which Phone Is Better?",
]


@pytest.mark.parametrize(("garbled", "expected"), FIXED)
def test_garbled_is_fixed(garbled: str, expected: str) -> None:
    assert mtclean.clean(garbled) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_clean_is_unchanged(text: str) -> None:
    assert mtclean.clean(text) == text


def test_the_tables_are_large_enough() -> None:
    assert len(FIXED) >= 100
    assert len(UNCHANGED) >= 60
    assert len({garbled for garbled, _ in FIXED}) == len(FIXED)
    assert len(set(UNCHANGED)) == len(UNCHANGED)
