"""mtclean as a datatrove pipeline step.

:class:`MTCleanFormatter` is a datatrove formatter: it replaces each
document's text with the cleaned text and records what it did in the
document's metadata, so later steps (filters, writers, stats) can use it::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from mtclean.integrations.datatrove import MTCleanFormatter

    LocalPipelineExecutor(
        pipeline=[JsonlReader("in/"), MTCleanFormatter(), JsonlWriter("out/")],
        tasks=8,
    ).run()

:class:`MTGarbleFilter` is a datatrove filter: it drops the documents that
read as garbled machine translation (their garble score, see
:func:`mtclean.score`, at or above a threshold), or with ``tag_only=True``
keeps every document and only records its score::

    from datatrove.pipeline.writers import JsonlWriter
    from mtclean.integrations.datatrove import MTGarbleFilter

    MTGarbleFilter(exclusion_writer=JsonlWriter("dropped/"))

Metadata written per document by the formatter: ``mtclean_edits`` (the number of changes)
and ``mtclean_rules`` (changes per rule name, for the rules that fired).
The step pickles, so datatrove can ship it to worker processes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.formatters.base import BaseFormatter

from mtclean import score_details, scoring
from mtclean.pipeline import Pipeline

if TYPE_CHECKING:
    from datatrove.data import Document
    from datatrove.pipeline.writers.disk_base import DiskWriter


class MTCleanFormatter(BaseFormatter):  # type: ignore[misc]
    """Clean each document's text with ``pipeline`` (the default pipeline if none)."""

    name = "🈂 mtclean"

    def __init__(self, pipeline: Pipeline | None = None) -> None:
        super().__init__()
        self.pipeline = pipeline if pipeline is not None else Pipeline()

    def format(self, text: str) -> str:
        """The cleaned ``text`` (datatrove's formatter interface)."""
        return self.pipeline.clean(text)

    def run(self, data: Iterable[Document], rank: int = 0, world_size: int = 1) -> Iterator[Document]:
        """Clean every document and record its edit counts in ``doc.metadata``."""
        for document in data:
            self.stat_update("total")
            with self.track_time():
                explanation = self.pipeline.explain(document.text)
            rules = Counter(change.rule for change in explanation.changes)
            document.text = explanation.text
            document.metadata["mtclean_edits"] = len(explanation.changes)
            document.metadata["mtclean_rules"] = dict(sorted(rules.items()))
            if explanation.changes:
                self.stat_update("cleaned")
                self.stat_update("edits", value=len(explanation.changes))
            yield document


class MTGarbleFilter(BaseFilter):  # type: ignore[misc]
    """Drop documents whose garble score reaches ``threshold``; or only tag them.

    Every document gets ``mtclean_score`` (its score) and ``mtclean_signals``
    (the three strongest signals, ``rule → share of the score``) in its
    metadata.  A dropped document goes to ``exclusion_writer`` (if given)
    with the reason ``mt_garble``.  With ``tag_only=True`` nothing is dropped.
    """

    name = "🈂 mtclean garble filter"

    def __init__(
        self,
        threshold: float = scoring.THRESHOLD,
        *,
        tag_only: bool = False,
        exclusion_writer: DiskWriter | None = None,
    ) -> None:
        super().__init__(exclusion_writer)
        self.threshold = threshold
        self.tag_only = tag_only

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Keep ``doc`` (True) unless it reads as garbled (datatrove's filter interface)."""
        details = score_details(doc.text)
        doc.metadata["mtclean_score"] = details.value
        doc.metadata["mtclean_signals"] = dict(details.signals[:3])
        if self.tag_only or details.value < self.threshold:
            return True
        return False, "mt_garble"
