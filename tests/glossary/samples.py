"""A glossary entry the glossary tests share: a made-up company, so no shipped entry can collide."""

ZORBLAT = """\
- name: Zorblat Motors
  zh: 左布拉
  kind: company
  wrong: [Zuobula Qiche]
  ambiguous: [left cloth]
  context: [Zorblat, sedan]
  examples:
    - garbled: Zuobula Qiche sold more cars this year .
      clean: Zorblat Motors sold more cars this year.
  keep:
    - A left cloth lay on the table.
  source: https://example.org/zorblat
"""
