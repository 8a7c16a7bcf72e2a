"""The names and the seeds of the corpus split (``corpus_sites.split_of``), in a module of their own
so that the command line can offer them without loading the corpus machinery."""
import hashlib


SPLIT_SEED = "keurmerk-scan/eval-split/v1"
SPLIT_TUNE = "afstemming"
SPLIT_HELDOUT = "apart"

# Round 30 opened one half of the set-aside part for study (its disagreements were read and its classes of error
# fixed); the other half stays sealed. The halves are fixed by this seed (``set_aside_half`` below).
OPEN_HALF_SEED = "keurmerk-scan/open-half/v1"
HALF_OPENED = "geopend"
HALF_SEALED = "dicht"


def set_aside_half(domain: str, seed: str = OPEN_HALF_SEED) -> str:
    """For a set-aside domain: ``geopend`` for the half whose disagreements were opened for study in round 30,
    ``dicht`` for the half that stays sealed (a fixed hash of seed and domain)."""
    return HALF_OPENED if int(hashlib.sha1(f"{seed}:{domain}".encode("utf-8")).hexdigest(), 16) % 2 == 0 else HALF_SEALED
