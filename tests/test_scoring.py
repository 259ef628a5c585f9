from benchmarks.extraction.scoring import PRF, exact_spans, overlap_spans


def test_exact_spans_count_true_and_false_positives():
    r = exact_spans({(0, 5), (10, 15)}, {(0, 5), (11, 15), (20, 25)})
    assert (r.tp, r.fp, r.fn) == (1, 2, 1)
    assert (round(r.precision, 3), r.recall, round(r.f1, 3)) == (0.333, 0.5, 0.4)


def test_overlap_spans_match_each_gold_span_once():
    r = overlap_spans([(0, 10)], [(2, 4), (5, 8)])
    assert (r.tp, r.fp, r.fn) == (1, 1, 0)
    assert overlap_spans([(0, 10)], [(10, 12)]).tp == 0  # touching is not overlapping


def test_empty_sets_score_zero_not_crash():
    assert (PRF().precision, PRF().recall, PRF().f1) == (0.0, 0.0, 0.0)
    assert PRF(1, 0, 1).add(PRF(1, 1, 0)).to_dict() == {
        "tp": 2,
        "fp": 1,
        "fn": 1,
        "precision": 0.6667,
        "recall": 0.6667,
        "f1": 0.6667,
    }
