"""Data files shipped with mtclean (the common-word list)."""
