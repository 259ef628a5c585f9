"""The engine's Whoosh-facing parts: the one adapter that touches Whoosh internals
(``whoosh_adapter``), and the checks that an index directory is ours to trust (``trust``)."""
