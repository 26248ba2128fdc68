"""Ready-made steps for data-processing engines (optional extras).

Each module imports its engine, so import it only where the engine is
installed: ``pip install 'mtclean[datatrove]'``.
"""
