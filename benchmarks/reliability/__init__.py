"""Reliability benchmarks: crash safety, compaction, resources and a long stateful run (issue 9)."""
