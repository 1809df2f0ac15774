"""Compare one story across outlets: shared and single-outlet facts, conflicts, framing,
quote provenance, a merged timeline and a neutral digest."""

from newsprism.compare.options import CompareOptions
from newsprism.compare.records import Comparison
from newsprism.compare.run import compare

__all__ = ["CompareOptions", "Comparison", "compare"]
