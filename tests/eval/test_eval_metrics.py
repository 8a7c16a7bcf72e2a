"""Agreement figures: weighted kappa and the pooled metrics, against hand-computed values."""
import pytest

from keurmerk_scan.evaluate import score_pairs, weighted_kappa


def test_kappa_perfect_agreement_is_one():
    pairs = [(0, 0), (1, 1), (2, 2), (0, 0), (2, 2)]
    assert weighted_kappa(pairs) == pytest.approx(1.0)


def test_kappa_known_matrix():
    # expected x predicted counts: [[2,1,0],[0,1,1],[0,0,1]], n = 6
    # D_o = (1*0.5 + 1*0.5)/6 = 1/6; rows (3,2,1), cols (2,2,2) -> D_e = 16/36; kappa = 1 - 9/24
    pairs = [(0, 0), (0, 0), (0, 1), (1, 1), (1, 2), (2, 2)]
    assert weighted_kappa(pairs) == pytest.approx(0.625)


def test_kappa_is_linear_not_unweighted():
    # one 0<->2 disagreement costs twice a 0<->1 disagreement
    near = [(0, 0), (1, 1), (2, 2), (0, 1)]
    far = [(0, 0), (1, 1), (2, 2), (0, 2)]
    assert weighted_kappa(far) < weighted_kappa(near)
    # near: D_o = 0.5/4; rows (2,1,1) cols (1,2,1): D_e = (0.5*2*2 + 1*2*1 + 0.5*1*1 + 0.5*1*1 + 1*1*1 + 0.5*1*2)/16 = 7/16
    assert weighted_kappa(near) == pytest.approx(1 - (0.5 / 4) / (7 / 16))


def test_kappa_systematic_opposite_is_negative():
    assert weighted_kappa([(0, 2), (2, 0)]) == pytest.approx(-1.0)


def test_kappa_degenerate_cases_do_not_divide_by_zero():
    assert weighted_kappa([]) is None
    assert weighted_kappa([(0, 0), (0, 0), (0, 0)]) is None   # one class on both sides: undefined
    assert weighted_kappa([(0, 0), (0, 1)]) == pytest.approx(0.0)  # rater A constant


def test_score_pairs_counts_not_judged_as_disagreement():
    # (expected, predicted); None = niet_beoordeeld
    pairs = [(2, 2), (1, 2), (0, 0), (1, None), (0, 1), (2, 0)]
    m = score_pairs(pairs)
    assert m["n"] == 6
    assert m["exact"] == pytest.approx(2 / 6)
    assert m["not_judged"] == 1
    # present = >= 1: TP (2,2),(1,2); FP (0,1); FN (1,None),(2,0)
    assert m["precision"] == pytest.approx(2 / 3)
    assert m["recall"] == pytest.approx(2 / 4)
    assert m["f1"] == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    # labels 0 or 1: (1,2) (0,0) (1,None) (0,1) -> one voldoet
    assert m["false_pass_rate"] == pytest.approx(1 / 4)
    assert m["false_passes"] == 1
    # kappa over the five judged pairs only
    assert m["kappa"] == pytest.approx(weighted_kappa([(2, 2), (1, 2), (0, 0), (0, 1), (2, 0)]))
    assert m["confusion"]["1"] == {"0": 0, "1": 0, "2": 1, "nb": 1}


def test_score_pairs_without_positives_has_no_precision():
    m = score_pairs([(0, 0), (0, 0)])
    assert m["precision"] is None and m["recall"] is None and m["f1"] is None
    assert m["exact"] == 1.0 and m["false_pass_rate"] == 0.0
