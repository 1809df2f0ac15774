"""Quotes and attributions: who said what, how (cue verb) and where (medium).

Three sources of evidence are combined:
1. quotation marks (``quotemarks``), which give direct and partial quotes regardless of parse;
2. the dependency parse around speech verbs (``lexicon.SPEECH_VERBS``): the verb's subject is
   the source, its clausal complement (or, for "..., she said" constructions, the clause it
   interrupts) is the content; "according to X" attributes the rest of its clause to X;
3. discourse: a quote with no cue of its own takes a name signing it ("..." ― Martha Aguilar)
   or a speech verb right after it that the parser split off ("...?" Clinton said.), and
   otherwise continues the nearest earlier quote's speaker in the same or the previous
   paragraph ("He added" chains, multi-paragraph quotes).
Speakers are resolved to the article's actors; "he"/"she" go to the last person mentioned as a
subject before them.

The parts, each a module (lower ones never import higher ones):
- ``attribution``: the record of an attribution found in a sentence, and the tests of tokens
  and spans every part shares;
- ``contents`` (what a cue says), ``sources`` (who says it), ``speakers`` (which actor that is);
- ``cuewords``: which tokens are cues;
- ``verbs``, ``colon``, ``phrases`` and ``uncued``: attributions around a cue verb, announced by
  a colon, carried by a phrase without a speech verb, and quotations with no cue of their own;
- ``finder``: ``find_quotes``, which runs them over each sentence, merges what overlaps and
  resolves each speaker.
"""

from newsprism.understand.quotes.finder import doc_marks, find_quotes

__all__ = ["doc_marks", "find_quotes"]
