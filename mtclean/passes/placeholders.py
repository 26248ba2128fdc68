"""某 read as a syllable: the placeholder of a withheld name, calqued.

Chinese court, police and news reports withhold a person's given name: 张某
(Zhang so-and-so), 张某某.  MT reads 某 as a syllable of the name and writes
``Zhang Moumou``, ``Zhu Moumou, Lu Moumou and others``, ``the driver Zhou
mou's`` or ``Li Mou (male, 20 years old``.  An English report names such a
person by the surname alone (``Zhang (male, 41 years old)``), so the rule
drops the placeholder and keeps the surname.

``Mou`` is also a real syllable of names (``Mou Qizhong``, ``Zhang Yimou``,
the Zhao general ``Li Mou``, ``Zhang Zhong Mou`` in a tone drill), so only
the shapes no real name takes are repaired: ``Moumou`` (某某, doubled)
after a common surname; ``mou`` in lower case after one (a name is never
written so); and ``Mou`` followed straight by the report's bracket or
comma with the person's sex (``Li Mou (male``, ``Wang Mou, female,``).
``Song Mou Li`` (宋某丽, the placeholder before a given name) reads as a
three-syllable name and is left alone.  The phrases pass runs it (after
casing, which has already lowered nothing here).
"""

from __future__ import annotations

import regex

from mtclean.rules import Context, regex_rule

#: Common Chinese surnames in pinyin (the commonest hundred or so, and a few of two syllables).
SURNAMES = frozenset(
    """
    An Bai Bao Cai Cao Chang Chen Cheng Cui Dai Deng Ding Dong Du Duan Fan Fang Feng Fu Gao Ge
    Geng Gong Gu Guan Guo Han Hao He Hong Hou Hu Hua Huang Ji Jia Jiang Jin Kang Kong Lai Lei
    Li Liang Liao Lin Liu Long Lu Lü Luo Ma Mao Meng Mo Ni Niu Ou Pan Pang Peng Qi Qian Qin Qiu
    Ren Shao Shen Shi Song Su Sun Tan Tang Tao Tian Wan Wang Wei Wen Wu Xia Xiang Xiao Xie Xiong
    Xu Xue Yan Yang Yao Ye Yi Yin Yu Yuan Yue Zeng Zhai Zhan Zhang Zhao Zheng Zhong Zhou Zhu
    Zou Zuo Ouyang Sima Zhuge Situ Shangguan
    """.split()
)

#: The surname, then the placeholder: doubled (any casing MT writes), lower case, or before the sex.
_PLACEHOLDER = (
    r"(?<![\p{L}\p{N}'’.-])(?P<surname>\p{Lu}\p{Ll}{0,7}+)(?P<gap>[ \t]+)"
    r"(?:Moumou|MOUMOU|moumou|Mou[ \t]?mou|mou"
    r"|Mou(?=,?[ \t]*\((?:male|female)\b|,[ \t]*(?:male|female)\b))"
    r"(?![\p{L}\p{N}-])"
)


@regex_rule("phrases.mou-placeholder", _PLACEHOLDER, needs=["mou", "Mou", "MOU"])
def mou_placeholder(match: regex.Match[str], context: Context) -> str | None:
    """某/某某 after a surname, read as a syllable (``Zhang Moumou``), becomes the surname alone.

    >>> clean("Zhang Moumou (male, 41 years old) was detained on the same day.")
    'Zhang (male, 41 years old) was detained on the same day.'
    >>> clean("Police caught Zhu Moumou, Lu Moumou and others at the warehouse.")
    'Police caught Zhu, Lu and others at the warehouse.'
    >>> clean("The squadron criticised the driver Zhou mou's conduct and fined him.")
    "The squadron criticised the driver Zhou's conduct and fined him."
    >>> clean("The suspect Li Mou (male, 20 years old) was taken away.")
    'The suspect Li (male, 20 years old) was taken away.'

    Real names with the syllable Mou stay, and so does a surname not in the list:

    >>> clean("Mou Qizhong was a businessman, and Zhang Yimou shot the film.")
    'Mou Qizhong was a businessman, and Zhang Yimou shot the film.'
    >>> clean("The King of Zhao had Li Mou arrested, and the state fell within a year.")
    'The King of Zhao had Li Mou arrested, and the state fell within a year.'
    >>> clean("Tone drill: Zhang Zhong Mou, then Li Mou, then Mou Sen.")
    'Tone drill: Zhang Zhong Mou, then Li Mou, then Mou Sen.'
    """
    if match["surname"] not in SURNAMES:
        return None
    return match["surname"]
