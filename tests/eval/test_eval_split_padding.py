"""The set-aside split, padding with pages meeting no criterion, and the needs_review figures."""
import json
from collections import Counter

from keurmerk_scan.cli import main
from keurmerk_scan.corpus_sites import CorpusRecord, SPLIT_HELDOUT, SPLIT_TUNE, pad_records, split_of
from keurmerk_scan.evaluate import review_figures

CRITERIA = ["2b-6", "2b-7", "2b-8", "2b-9", "2b-10", "2b-11", "2b-12", "2b-13"]


def rec(domain, path="/", text="Tekst.", **labels):
    full = {c: 0 for c in CRITERIA}
    full.update({k.replace("_", "-"): v for k, v in labels.items()})
    return CorpusRecord(line=1, url=f"https://{domain}{path}", domain=domain, text=text, labels=full)


def test_split_is_fixed_by_domain_and_sets_aside_about_a_third():
    domains = [f"praktijk{i}.nl" for i in range(600)]
    parts = Counter(split_of(d) for d in domains)
    assert set(parts) == {SPLIT_TUNE, SPLIT_HELDOUT}
    assert 0.28 < parts[SPLIT_HELDOUT] / len(domains) < 0.39
    assert [split_of(d) for d in domains] == [split_of(d) for d in reversed(domains)][::-1]
    assert split_of("praktijk1.nl", seed="ander zaad") in (SPLIT_TUNE, SPLIT_HELDOUT)


def test_padding_adds_fillers_of_other_domains_in_the_same_part():
    domains = [f"praktijk{i}.nl" for i in range(40)]
    records = [rec(d, "/contact", **{"2b-6": 2}) for d in domains]
    records += [rec(d, f"/blog/{d.split('.')[0]}", text=f"Blog van {d}") for d in domains]  # all-0 fillers
    padded = pad_records(records, 3)
    added = [r for r in padded if r.padding]
    assert len(added) == 3 * len(domains)
    for d in domains:
        mine = [r for r in added if r.domain == d]
        assert len(mine) == 3
        for r in mine:
            assert all(v == 0 for v in r.labels.values())
            assert r.url.startswith(f"https://{d}/")
            source = r.text.removeprefix("Blog van ")
            assert source != d and split_of(source) == split_of(d)
    assert pad_records(records, 3) == padded  # reproducible
    assert pad_records(records, 0) == records


def test_review_figures_count_what_a_reviewer_need_not_look_at():
    rows = [(2, 2, False), (1, 0, False), (0, 0, False), (1, 1, True)]
    got = review_figures(rows)
    assert got == {"needs_review": 1, "unflagged_share": 0.75, "unflagged_exact": 2 / 3}


def test_eval_prints_both_parts_and_the_padded_tables(tmp_path, capsys):
    lines = []
    for i in range(12):
        d = f"praktijk{i}.nl"
        lines.append(json.dumps({"url": f"https://{d}/contact", "domain": d,
                                 "text": "Bij spoed belt u buiten kantoortijden de huisartsenpost.",
                                 "labels": {c: (1 if c == "2b-6" else 0) for c in CRITERIA}}))
        lines.append(json.dumps({"url": f"https://{d}/nieuws", "domain": d, "text": "Nieuws: de praktijk is verhuisd.",
                                 "labels": {c: 0 for c in CRITERIA}}))
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "eval.json"
    assert main(["eval", str(corpus), "--no-crawl", "--pad", "2", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "afstemdeel" in printed and "apart gezet deel" in printed and "met 2 opvulpagina's" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["padding_per_site"] == 0 and data["padded"]["padding_per_site"] == 2
    assert set(data["metrics_by_split"]) == {SPLIT_TUNE, SPLIT_HELDOUT}
    assert {s["split"] for s in data["per_site"]} == {SPLIT_TUNE, SPLIT_HELDOUT}
    for m in (data["metrics"]["totaal"], data["padded"]["metrics"]["totaal"]):
        assert 0 <= m["unflagged_share"] <= 1


def test_eval_can_run_one_part_only(tmp_path, capsys):
    lines = [json.dumps({"url": f"https://praktijk{i}.nl/", "domain": f"praktijk{i}.nl", "text": "Welkom.",
                         "labels": {c: 0 for c in CRITERIA}}) for i in range(9)]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "eval.json"
    assert main(["eval", str(corpus), "--no-crawl", "--split", SPLIT_TUNE, "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {s["split"] for s in data["per_site"]} == {SPLIT_TUNE}
    assert data["sites"] == sum(1 for i in range(9) if split_of(f"praktijk{i}.nl") == SPLIT_TUNE)


def test_set_aside_disagreements_stay_hidden_unless_revealed(tmp_path, capsys):
    # Every site is labelled voldoet for 2b-6 but says nothing about it: every site disagrees.
    lines = [json.dumps({"url": f"https://praktijk{i}.nl/", "domain": f"praktijk{i}.nl", "text": "Welkom op onze site.",
                         "labels": {c: (2 if c == "2b-6" else 0) for c in CRITERIA}}) for i in range(12)]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    held_out = {f"praktijk{i}.nl" for i in range(12) if split_of(f"praktijk{i}.nl") == SPLIT_HELDOUT}
    assert held_out

    out = tmp_path / "hidden.json"
    assert main(["eval", str(corpus), "--no-crawl", "--show-disagreements", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {d["site"] for d in data["disagreements"]} == {f"praktijk{i}.nl" for i in range(12)} - held_out
    assert data["set_aside_hidden"] == len(held_out) and data["set_aside_revealed"] is False
    for site in data["per_site"]:
        assert ("expected" in site) == (site["site"] not in held_out)
    assert not any(d in printed for d in held_out)
    assert "--reveal-set-aside" in printed
    # The figures of the set-aside part are still all there.
    assert data["metrics_by_split"][SPLIT_HELDOUT]["2b-6"]["n"] == len(held_out)

    out = tmp_path / "revealed.json"
    assert main(["eval", str(corpus), "--no-crawl", "--reveal-set-aside", "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {d["site"] for d in data["disagreements"]} == {f"praktijk{i}.nl" for i in range(12)}
    assert data["set_aside_hidden"] == 0


def test_the_set_aside_part_is_reported_by_its_opened_and_its_sealed_half(tmp_path, capsys):
    from keurmerk_scan.splits import HALF_OPENED, HALF_SEALED, set_aside_half
    domains = [f"praktijk{i}.nl" for i in range(40)]
    held_out = [d for d in domains if split_of(d) == SPLIT_HELDOUT]
    halves = Counter(set_aside_half(d) for d in held_out)
    assert set(halves) == {HALF_OPENED, HALF_SEALED}  # both halves occur among a dozen set-aside domains
    assert [set_aside_half(d) for d in domains] == [set_aside_half(d) for d in domains]  # fixed by the domain
    lines = [json.dumps({"url": f"https://{d}/", "domain": d, "text": "Welkom op onze site.",
                         "labels": {c: 0 for c in CRITERIA}}) for d in domains]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "eval.json"
    assert main(["eval", str(corpus), "--no-crawl", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    by_half = data["metrics_by_set_aside_half"]
    assert {h: by_half[h]["2b-6"]["n"] for h in by_half} == dict(halves)
    assert f"geopende helft, {halves[HALF_OPENED]} websites" in printed
    assert f"dichte helft, {halves[HALF_SEALED]} websites" in printed
