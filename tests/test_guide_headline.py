"""The guide's headline agrees with its reasons: the sure wording only when the main answers all point its way."""

from __future__ import annotations

from estimator.guide import Work, suggest


def test_all_middle_answers_read_as_a_close_call_not_as_expertise_over_rules():
    # every answer in the middle: k = 0.30·0.5 + 0.30·0.5 + 0.25·0.5 + 0.15·0.5 = 0.5, on the KPO threshold (0.50):
    # KPO, but a close call (the reason below says "part volume, part insight"), so no "rests on judgement"
    s = suggest(Work(0.5, 0.5, 0.5, 0.5, 1 / 3))
    assert s.option == "kpo" and s.close_call
    assert s.headline.startswith("KPO fits, narrowly: the work is part volume, part insight")
    assert "more than on rules" not in s.headline


def test_kpo_by_judgement_and_insight_done_by_trained_staff_does_not_claim_expertise():
    # judgement and insight at the KPO end, basic skills, little contact: k = 0.30 + 0.30 = 0.60, 0.10 past the
    # threshold (the band is open: not close); a reason says the skills point to BPO, so the headline must not say
    # the work "rests on ... expertise"
    s = suggest(Work(1, 1, 0, 0, 0))
    assert s.option == "kpo" and not s.close_call
    assert any("points to BPO" in r for r in s.reasons)
    assert s.headline == "KPO fits on balance: the answers lean to judgement and insight, though not every one."


def test_bpo_with_expert_judgement_does_not_claim_rule_based_work():
    # expert judgement alone: k = 0.30, 0.20 below the threshold: BPO, not close; the judgement reason points to KPO
    s = suggest(Work(1, 0, 0, 0, 0))
    assert s.option == "bpo" and not s.close_call
    assert "rule-based" not in s.headline and s.headline.startswith("BPO fits on balance")


def test_the_ends_keep_their_sure_wording():
    assert suggest(Work(0, 0, 0, 0, 0)).headline == (
        "BPO fits: the work is rule-based, volume-driven and needs trained staff rather than experts.")
    assert suggest(Work(1, 1, 1, 0, 0)).headline == (
        "KPO fits: the work rests on judgement, insight and expertise more than on rules and volume.")


def test_each_main_answer_off_its_end_takes_the_sure_wording_away_and_collaboration_does_not():
    # The sure wording needs judgement, insight and skills all at the suggestion's end; the tests above move
    # judgement and skills, so a check that forgot insight (or read collaboration) passed them.
    # Judgement, skills and collaboration at the KPO end, insight at volume: k = 0.30 + 0.25 + 0.15 = 0.70, 0.20 past
    # the threshold (not close); keep-in-house score 0.30 × 1 = 0.30, under 0.70
    s = suggest(Work(1, 0, 1, 1, 0))
    assert (s.option, s.close_call) == ("kpo", False)
    assert s.headline == "KPO fits on balance: the answers lean to judgement and insight, though not every one."
    # insight alone (k = 0.30) or skills alone (k = 0.25): BPO, not close, not every answer at the BPO end
    for work in (Work(0, 1, 0, 0, 0), Work(0, 0, 1, 0, 0)):
        s = suggest(work)
        assert (s.option, s.close_call) == ("bpo", False)
        assert s.headline == "BPO fits on balance: the answers lean to rules and volume, though not every one."
    # collaboration is not one of the three: close daily work alone (k = 0.15) keeps the sure BPO wording
    assert suggest(Work(0, 0, 0, 1, 0)).headline == (
        "BPO fits: the work is rule-based, volume-driven and needs trained staff rather than experts.")


def test_the_rules_table_shows_weights_as_percent_and_thresholds_with_their_scale(monkeypatch):
    # the expander's table showed the weights as raw fractions ("0.3"); a share is percent on screen (STYLE, and
    # Assumption.is_share): judgement weighs 30% of the knowledge score, KPO from a score of 0.5 on a 0-1 scale
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

    root = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(root)
    at = AppTest.from_file(str(root / "views" / "guide.py"), default_timeout=60)
    at.run()
    for key, value in {"judgement": "rules", "insight": "volume", "skills": "basic", "collaboration": "little",
                       "sensitivity": "public"}.items():
        at.radio(key=f"guide_{key}").set_value(value)
    at.run()
    assert not at.exception
    table = at.dataframe[0].value.set_index("Rule")
    assert tuple(table.loc["Weight of rule-based vs judgement-based work", ["Value", "Unit"]]) == (
        "30%", "share of the knowledge score")
    assert tuple(table.loc["Knowledge score from which KPO fits", ["Value", "Unit"]]) == ("0.5", "score (0-1)")
    shares = table[table["Unit"].str.startswith("share")]["Value"]
    assert len(shares) == 6 and shares.str.endswith("%").all()  # four knowledge weights, two keep-in-house
