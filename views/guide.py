"""The "Which model fits" page: five questions about a piece of work in; BPO, KPO or in-house out, with the why.

Inputs follow :mod:`views.store` (primed, kept, no ``value=``/``index=``), so answers survive a page switch. The
suggestion, its reasons and the seeds cited come from :mod:`estimator.guide`; nothing is decided here.
"""

from __future__ import annotations

import streamlit as st

from estimator.assumptions import GUIDE_ASSUMPTIONS
from estimator.guide import QUESTIONS, Suggestion, Work, price_plan, suggest
from estimator.pricing import PriceBook, PriceBookError
from estimator.scenario import OPTION_LABELS, InputError
from views import local_numbers, store, suggestion
from views.inputs import choose_function
from views.state import reference_book
from views.text import name_field

OTHER = "__other__"  # the work is not in the price book


def _work_picker(book: PriceBook) -> str:
    """A function of the price book, or the user's own name for other work."""
    store.prime("guide_function", book.functions[0])
    picked = store.keep("guide_function", st.selectbox(
        "The work", [*book.functions, OTHER], key="guide_function",
        format_func=lambda f: "Other work, not in the price book" if f == OTHER else f,
        help="A function of the price book, or other work by its name."))
    if picked != OTHER:
        return picked
    store.prime("guide_other_name", "")
    return store.keep("guide_other_name", name_field(
        st, "Name of the work", key="guide_other_name", placeholder="e.g. Payroll")) or ""


def _questions() -> dict[str, str | None]:
    answers = {}
    for q in QUESTIONS.values():
        key = f"guide_{q.key}"
        store.prime(key, None)
        labels = {a.key: a.label for a in q.answers}
        answers[q.key] = store.keep(key, st.radio(q.text, list(labels), format_func=labels.get, key=key))
    return answers


def _explain(s: Suggestion) -> None:
    st.markdown("**Why**\n" + "\n".join(f"- {r}" for r in s.reasons))
    k, h = GUIDE_ASSUMPTIONS["guide_kpo_threshold"].default, GUIDE_ASSUMPTIONS["guide_in_house_threshold"].default
    st.caption(local_numbers.shows_page(f"Knowledge score {s.knowledge:.2f} of 1 (KPO from {k:.2f}) · keep-in-house "
                                        f"score {s.keep_in_house:.2f} of 1 (in-house from {h:.2f})."))
    if s.seeds:
        st.markdown("**Sources**\n" + "\n".join(f"- {seed.citation}" for seed in s.seeds))
    with st.expander("How the guide decides"):
        st.markdown("Each answer is a level from 0 (the BPO end of the seeds' comparison) to 1 (the KPO end). "
                    "In-house when the keep-in-house score reaches its threshold; else KPO when the knowledge "
                    "score reaches its threshold; else BPO. The seeds say which way each question points, not "
                    "how much it weighs: the weights are this product's choices.")
        st.dataframe([{"Rule": a.label, "Value": local_numbers.shows_page(a.show(a.default, unit=False)), "Unit": a.unit,
                       "Source": a.source}
                      for a in GUIDE_ASSUMPTIONS.values()], hide_index=True, width="stretch")


def _next_step(s: Suggestion, book: PriceBook) -> None:
    plan = price_plan(s, book)
    st.markdown(f"**What to price:** {OPTION_LABELS[plan.option]}")
    st.write(plan.message)
    if plan.book_line:
        st.code(plan.book_line, language="csv")
        st.caption("Add the line to data/pricing.csv (README: Adding a function), then restart the page.")
    if not plan.known:
        return
    if st.button(f"Open the estimate for {plan.function}", key="guide_open", icon=":material/calculate:",
                 type="primary"):
        suggestion.send(plan.function, f"{s.headline} {plan.on_estimate}")
        choose_function(plan.function)
        st.switch_page("views/estimate.py")


def render() -> None:
    st.markdown("### Which model fits?")
    st.caption("Five questions about a piece of work suggest a BPO, a KPO or keeping it in-house, from the seed "
               "articles' comparison of the two models.")
    try:
        book = reference_book()
    except PriceBookError as exc:
        st.error(f"The price book could not be read: {exc}")
        st.stop()
    function = _work_picker(book)
    answers = _questions()
    missing = [QUESTIONS[k].text for k, v in answers.items() if v is None]
    if missing:
        st.info(f"Answer every question to see which model fits ({len(missing)} left: {missing[0]})",
                icon=":material/help:")
        st.stop()
    try:
        s = suggest(Work.from_answers(answers, function))
    except InputError as exc:
        st.error(f"Please check an answer. {exc.field}: {exc.reason}", icon="⚠️")
        st.stop()
    st.success(f"**{s.label}.** {s.headline}", icon=":material/alt_route:")
    _explain(s)
    _next_step(s, book)


render()
