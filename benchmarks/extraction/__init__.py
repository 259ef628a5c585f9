"""Extraction accuracy and speed against the development data in ../shared/data.

Run ``python -m benchmarks.extraction``; see benchmarks/README.md.
"""
