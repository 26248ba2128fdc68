"""Discourse evidence: a name the document establishes is repaired throughout it (one sense per discourse)."""

from __future__ import annotations

from pathlib import Path

import pytest

import mtclean
from mtclean.glossary import Glossary
from mtclean.pipeline import windows

LI_AUTO = Pipeline = mtclean.Pipeline(
    glossary=Glossary.from_files([Path(__file__).parent.parent / "data" / "glossary" / "li-auto.yaml"])
)

# (a) An article about Huawei and its brands: "Glory" needs a phone word touching it, and
# this sentence names the parent company four words away instead.
HUAWEI = (
    "Huawei sold 30 million phones in the first half . "
    "Honor now sells its own Magic phones in Europe . "
    "Huawei , which spun off the Glory brand in 2020 , kept its Mate line ."
)
# (c) One company rendered five ways; only "Ideal L9" has evidence in its sentence.
IDEAL = (
    "Ideal L9 was again the best-selling large SUV in May . "
    "Ideal Auto delivered 40,000 cars , The company said on Monday .\n\n"
    "Owners can now book a test drive in the Ideal APP . "
    "sales of ideal cars rose fastest in smaller cities , And the ideal founder said 100 stores would open ."
)


def test_a_rendering_is_repaired_on_the_document_evidence_of_the_name() -> None:
    assert mtclean.clean(HUAWEI) == (
        "Huawei sold 30 million phones in the first half. "
        "Honor now sells its own Magic phones in Europe. "
        "Huawei, which spun off the Honor brand in 2020, kept its Mate line."
    )
    # The sentence alone has no evidence.
    assert "Glory" in mtclean.clean("Huawei , which spun off the Glory brand in 2020 , kept its Mate line .")


def test_every_rendering_of_one_company_is_repaired_in_an_article_about_it() -> None:
    assert LI_AUTO.clean(IDEAL) == (
        "Li Auto L9 was again the best-selling large SUV in May. "
        "Li Auto delivered 40,000 cars, the company said on Monday.\n\n"
        "Owners can now book a test drive in the Li Auto APP. "
        "Sales of Li Auto cars rose fastest in smaller cities, and the Li Auto founder said 100 stores would open."
    )
    # Today's evidence alone fixes only the rendering next to its model code.
    alone = [LI_AUTO.clean(sentence + " .") for sentence in IDEAL.replace("\n\n", " ").split(" . ")]
    assert [sentence.count("Li Auto") for sentence in alone] == [1, 0, 0, 0]


def test_explain_names_the_evidence_sentence() -> None:
    changes = mtclean.explain(HUAWEI).changes
    (change,) = [change for change in changes if change.rule == "glossary.name-in-document"]
    assert (change.before, change.after) == ("Glory", "Honor")
    assert change.evidence == (
        "the name 'Honor' in sentence 2 of the document: \"Honor now sells its own Magic phones in Europe .\""
    )
    local = [change for change in changes if change.rule != "glossary.name-in-document"]
    assert all(change.evidence == "" for change in local)


def test_the_strongest_evidence_is_quoted_for_a_rendering_without_shape() -> None:
    changes = [c for c in LI_AUTO.explain(IDEAL).changes if c.rule == "glossary.name-in-document"]
    assert [c.before for c in changes] == ["Ideal Auto", "Ideal", "ideal", "ideal"]
    assert all("'Ideal' in sentence 1" in c.evidence for c in changes)


@pytest.mark.parametrize(
    "text",
    [
        # Ordinary words in articles that name the company: no shape of a name.
        "Honor sold ten million phones. The players fought for glory, not money.",
        "Volkswagen opened a plant in Anting. The public was invited. Public transport took them there.",
        "Hyundai showed the Ioniq 5. Modern cars are full of software. The modern world wants them.",
        # Capitalised, but part of another name, or at the start of a sentence or clause.
        "Honor sold ten million phones. They watched the film Glory Road. Glory, she said, fades.",
        "Volkswagen sells the ID.4 in Europe. Readers of Modern Public Policy liked the Passat.",
        # A title-case headline.
        "Honor Sells Phones. Why Fans Still Say Glory To Honor",
        # A word being talked about.
        'Honor sold ten million phones. Some fans still say "Glory" for the brand.',
    ],
)
def test_clean_documents_that_name_the_entry_are_left_alone(text: str) -> None:
    assert mtclean.clean(text) == text


def test_without_garble_of_its_own_the_entry_opens_no_lower_case_rendering() -> None:
    # The document names Li Auto, but shows no rendering of it fixed on its own evidence.
    text = (
        "Li Auto sold 40,000 cars , The company said . For many buyers the ideal car is small , And cheap ."
    )
    assert LI_AUTO.clean(text) == (
        "Li Auto sold 40,000 cars, the company said. For many buyers the ideal car is small, and cheap."
    )


def test_in_garbled_text_a_lower_case_word_that_names_nothing_stays() -> None:
    text = "glory phones sold well , The players fought for glory , And the public was happy ."
    assert (
        mtclean.clean(text)
        == "Honor phones sold well, the players fought for glory, and the public was happy."
    )


def test_a_rendering_repaired_in_its_own_sentence_shows_the_paragraph_garbled() -> None:
    # Fluent MT: no spaced mark, no Chinese mark; the first `millet` has its
    # context (Lei Jun) and is the entry garbled in this very paragraph, so
    # the one before a noun in the next sentence is repaired too.
    text = "Lei Jun showed the new millet phone in Beijing. Analysts expect millet stores to multiply."
    assert mtclean.clean(text) == (
        "Lei Jun showed the new Xiaomi phone in Beijing. Analysts expect Xiaomi stores to multiply."
    )
    # With the name written right, nothing in the paragraph is garbled: the grain stays.
    clean = "Lei Jun showed the new Xiaomi phone in Beijing. Traders expect millet prices to rise."
    assert mtclean.clean(clean) == clean


def test_vetoes_hold_in_each_sentence() -> None:
    # The gloss guard: the name stands right before its literal meaning.
    text = "Honor sold ten million phones . Honor, or Glory in a literal reading, began in 2013 ."
    assert "or Glory in" in mtclean.clean(text)


@pytest.mark.parametrize("text", [HUAWEI, IDEAL, HUAWEI + "\n\n" + IDEAL])
def test_cleaning_on_document_evidence_is_idempotent(text: str) -> None:
    for pipeline in (mtclean.Pipeline(), LI_AUTO):
        once = pipeline.clean(text)
        assert pipeline.clean(once) == once


def test_streaming_cleans_each_window_as_a_document() -> None:
    text = HUAWEI + "\n\n" + "Analysts expect more phones this year .\n\n" * 3
    assert "".join(mtclean.Pipeline().clean_stream([text])) == mtclean.clean(text)
    parts = list(windows([text], 80))
    assert len(parts) > 1
    assert "".join(mtclean.Pipeline().clean_stream([text], window=80)) == "".join(map(mtclean.clean, parts))


def test_the_official_name_is_no_evidence_of_garble() -> None:
    # `xiaomi` is listed as a wrong rendering of Xiaomi, so `Xiaomi` is one of
    # its case variants; the name written right must not count as the
    # document garbling it (the precision test's clean corpus caught
    # "foxtail millet" becoming Xiaomi through that evidence).
    from mtclean.glossary import load_glossary
    from mtclean.passes.glossary import _Discourse

    glossary = load_glossary()
    (xiaomi,) = [entry for entry in glossary.entries if entry.name == "Xiaomi"]
    document = "Xiaomi's new phone will sell for 1,999 yuan.\n\nRinse the foxtail millet twice."
    assert _Discourse(glossary, document).evidence(xiaomi, garbled_only=True) == ""
    garbled = "The new phone from xiaomi sold out .\n\nRinse the foxtail millet twice."
    assert _Discourse(glossary, garbled).evidence(xiaomi, garbled_only=True) != ""


def test_a_rendering_listed_beside_another_company_is_repaired_in_a_garbled_document() -> None:
    # The first `millet` has its context (a phone); the later ones stand beside Huawei.
    text = (
        "Reviewers praised the folding phone that millet showed on Tuesday. "
        "Buyers compared the prices of millet and Huawei , And the gap was small . "
        "In May OPPO , millet and vivo sold the most ."
    )
    assert mtclean.clean(text) == (
        "Reviewers praised the folding phone that Xiaomi showed on Tuesday. "
        "Buyers compared the prices of Xiaomi and Huawei, and the gap was small. "
        "In May OPPO, Xiaomi and vivo sold the most."
    )


@pytest.mark.parametrize(
    "text",
    [
        # A grain listed with a company in a clean paragraph: nothing is garbled.
        "Xiaomi sells phones. The farm grows millet and Huawei sponsors its school.",
        # Listed beside an ordinary word, in garbled text: no company beside it.
        "Xiaomi sold 10 million phones , The company said . We grow millet and sorghum .",
        # Beside a company whose name is an ordinary word: no evidence.
        "Xiaomi sold 10 million phones , The company said . We sell millet and Apple juice .",
    ],
)
def test_a_rendering_beside_no_company_stays(text: str) -> None:
    assert "millet" in mtclean.clean(text)


def test_a_capitalised_rendering_as_the_subject_of_a_verb_takes_the_documents_evidence() -> None:
    text = (
        "Honor sold ten million phones last year , The company said . "
        "Analysts said that Glory will open more stores , And that Glory has a new tablet ."
    )
    assert mtclean.clean(text) == (
        "Honor sold ten million phones last year, the company said. "
        "Analysts said that Honor will open more stores, and that Honor has a new tablet."
    )
    clean = "Honor sold ten million phones. The choir sang that Glory will come to all who wait."
    assert mtclean.clean(clean) == clean


def test_the_name_in_capitals_in_running_text_is_the_documents_evidence() -> None:
    text = "HONOR phones are cheaper than Huawei phones . The report said that Glory will cut prices ."
    assert (
        mtclean.clean(text)
        == "HONOR phones are cheaper than Huawei phones. The report said that Honor will cut prices."
    )
    # A heading in capitals is not running text.
    heading = "HONOR ROLL\n\nThe report said that Glory will come to those who read, the teacher said ."
    assert "Glory will" in mtclean.clean(heading)


def test_a_rendering_as_a_subject_a_possessive_or_after_a_role_takes_the_documents_garble() -> None:
    # The first paragraph repairs "Glory phone" on its own evidence: the document garbles Honor.
    text = (
        "Glory phone sales rose in May .\n\n"
        "Since the split, glory has grown fast. In 2021, Glory will open 300 stores.\n\n"
        "The CEO of glory said so. Glory's new tablet follows. The glory of the launch faded."
    )
    assert mtclean.clean(text) == (
        "Honor phone sales rose in May.\n\n"
        "Since the split, Honor has grown fast. In 2021, Honor will open 300 stores.\n\n"
        "The CEO of Honor said so. Honor's new tablet follows. The glory of the launch faded."
    )


@pytest.mark.parametrize(
    "text",
    [
        # The official name is no garble: the abstract noun stays in every shape.
        "Honor sold ten million phones. Since then, glory has faded. Glory's price is high.",
        "Honor phones sell well. The president of glory, the poem says, is time.",
        # No rendering of the entry repaired anywhere in the document.
        "Since the split, glory has grown fast , And fans cheered .",
    ],
)
def test_without_the_entrys_own_garble_those_shapes_stay(text: str) -> None:
    assert "lory" in mtclean.clean(text)


def test_a_rendering_listed_beside_another_app_touches_a_name_in_fluent_text() -> None:
    # Fluent MT: no spaced mark.  "and Douyin" stands where the entry asks for an adjacent word,
    # and Douyin is its context too; the other two renderings then take the document's garble.
    text = (
        "Fast hand and Douyin both sell goods through live streams. "
        "Fast hand's sellers are mostly in small towns, and fast hand said it would cut fees."
    )
    assert mtclean.clean(text) == (
        "Kuaishou and Douyin both sell goods through live streams. "
        "Kuaishou's sellers are mostly in small towns, and Kuaishou said it would cut fees."
    )
    # Without the context word in its sentence the listing alone opens nothing.
    alone = "Fast hand and Meituan both sell goods. Fast hand's sellers are mostly in small towns."
    assert mtclean.clean(alone) == alone


# A term calque fixed in one sentence on its own context words (``netizens``), and again
# in a later paragraph whose sentence has none: one sense per discourse.
COMMENTS = (
    "Netizens argued in the comment area of the video for two days .\n\n"
    "In the comment area, many fans asked when the second season would start ."
)


def test_a_term_fixed_on_its_sentences_evidence_is_fixed_throughout_the_document() -> None:
    explanation = mtclean.explain(COMMENTS)
    assert explanation.text == (
        "Netizens argued in the comment section of the video for two days.\n\n"
        "In the comment section, many fans asked when the second season would start."
    )
    (change,) = [change for change in explanation.changes if change.rule == "glossary.name-in-document"]
    assert change.before == "comment area"
    assert "the rendering 'comment area' in sentence 1" in change.evidence
    # The later paragraph alone gives no evidence for the term.
    later = COMMENTS.split("\n\n")[1]
    assert "comment area" in mtclean.clean(later)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ``battery life`` is a car's driving range only beside a test cycle (``CLTC``).
        (
            "The car has a CLTC battery life of 700 km，the maker said .\n\n"
            "The phone has a battery life of two days，and a big screen .",
            "The car has a CLTC driving range of 700 km, the maker said.\n\n"
            "The phone has a battery life of two days, and a big screen.",
        ),
        # ``handle`` is a game controller only beside a console's name.
        (
            "Plug the Xbox handle into the console，then restart .\n\n"
            "Hold the handle firmly when you lift the pan，it is hot .",
            "Plug the Xbox controller into the console, then restart.\n\n"
            "Hold the handle firmly when you lift the pan, it is hot.",
        ),
    ],
)
def test_a_term_that_needs_a_neighbour_is_not_fixed_on_the_documents_evidence(
    text: str, expected: str
) -> None:
    assert mtclean.clean(text) == expected


def test_each_paragraph_of_a_document_is_matched_once_for_the_pass_and_the_evidence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The names pass and the document's evidence (its index of matches) ask
    # about the same paragraphs: a text of many documents asks about
    # hundreds of entries, and each paragraph is still matched once.
    from mtclean.passes import glossary

    corpus = Path(__file__).parent.parent.parent / "corpora" / "detection" / "garbled"
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt")))
    paragraphs = set(text.split("\n\n"))
    matched: list[str] = []
    found = glossary._found

    def counting(glossary_: object, paragraph: str, matcher: object) -> object:
        if matcher is mtclean.pipeline.load_glossary().names and paragraph in paragraphs:
            matched.append(paragraph)
        return found(glossary_, paragraph, matcher)  # type: ignore[arg-type]

    monkeypatch.setattr(glossary, "_found", counting)
    changes = mtclean.explain(text).changes
    assert sum(change.rule == "glossary.name-in-document" for change in changes) > 20
    assert len(matched) == len(set(matched)) > 500
