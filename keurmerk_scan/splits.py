"""The names and the seed of the corpus split (``corpus_sites.split_of``), in a module of their own
so that the command line can offer them without loading the corpus machinery."""

SPLIT_SEED = "keurmerk-scan/eval-split/v1"
SPLIT_TUNE = "afstemming"
SPLIT_HELDOUT = "apart"
