"""Stories (issue 4): articles about the same real-world events, grouped across outlets and
days, incrementally. ``cluster(db)`` places every analysed article not yet placed."""

from newsprism.stories.options import StoryOptions
from newsprism.stories.run import ClusterReport, cluster

__all__ = ["ClusterReport", "StoryOptions", "cluster"]
