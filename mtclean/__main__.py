"""``python -m mtclean``: the same as the ``mtclean`` command."""

from mtclean.cli import run

run()
