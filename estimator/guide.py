"""Which model fits: a few questions about a piece of work suggest BPO, KPO or keeping it in-house.

The seed articles ask "which is right for my work?" and answer with a comparison: BPO work is rule-based,
volume-driven, needs trained staff with basic skills and little collaboration; KPO work is judgement-based,
insight-driven, needs qualified experts and more collaboration. This module turns that comparison into rules.

Conventions: each answer is a *level* from 0 (the BPO end of the seeds' comparison) to 1 (the KPO end); data
sensitivity runs from 0 (public) to 1 (restricted: may not leave the company). Two scores, each a weighted sum
of levels with weights from :data:`estimator.assumptions.GUIDE_ASSUMPTIONS` (modelling choices, stated there):

- knowledge score ``k = w_j·judgement + w_i·insight + w_s·skills + w_c·collaboration`` (weights sum to 1);
- keep-in-house score ``h = w_d·sensitivity + w_n·collaboration``.

The suggestion is in-house when ``h`` reaches its threshold, else KPO when ``k`` reaches its threshold, else BPO.
The scores are written once over numpy arrays, so a whole grid of answers is judged in one call.

The seeds do not discuss data, so the in-house rule is this product's, not theirs; the page says so.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import numpy as np

from .assumptions import GUIDE_ASSUMPTIONS
from .options import BPO, IN_HOUSE, KPO
from .price_words import price_words
from .pricing import PriceBook
from .scenario import OPTION_LABELS, InputError, reference_price

# Comparisons are made after rounding to this many decimals, so 0.7 × 1 + 0.3 × 0 is 0.7 and a level that sits on
# a threshold is on it, not a rounding error below it.
_DIGITS = 9


@dataclass(frozen=True)
class Seed:
    """A seed article, cited by title and publisher (never by a path)."""

    title: str
    publisher: str

    @property
    def citation(self) -> str:
        return f"\u201c{self.title}\u201d, {self.publisher}"


SEEDS: dict[str, Seed] = {
    "ten_points": Seed("Differences between Business Process Outsourcing (BPO) and Knowledge Process Outsourcing "
                       "(KPO)", "publisher not named in the text"),
    "bpo_vs_kpo": Seed("BPO vs. KPO", "an outsourcing platform, not named in the text (2023)"),
    "call_center": Seed("BPO vs KPO: Which Is Right for Your Call Center?", "xtDirect, Omaha, Nebraska"),
    "whats_best": Seed("Difference between BPO & KPO \u2013 What\u2019s best for you?",
                       "blog post by Musnad E Ahmed, October 2022"),
}


@dataclass(frozen=True)
class Answer:
    key: str
    label: str
    level: float


@dataclass(frozen=True)
class Question:
    """One question of the guide: its answers from the BPO end (level 0) to the KPO end (level 1), and its seeds."""

    key: str
    text: str
    answers: tuple[Answer, ...]
    bpo_end: str  # what the seeds say of BPO work on this point, quoted
    kpo_end: str  # ... and of KPO work
    seeds: tuple[str, ...]

    def answer(self, key: str) -> Answer:
        for a in self.answers:
            if a.key == key:
                return a
        raise InputError(f"guide.{self.key}", f"must be one of {', '.join(a.key for a in self.answers)}, got {key!r}")


QUESTIONS: dict[str, Question] = {q.key: q for q in (
    Question(
        "judgement", "How is the work done?",
        (Answer("rules", "By set rules and standard steps", 0.0),
         Answer("mixed", "Mostly by rules, with some judgement", 0.5),
         Answer("judgement", "By expert judgement, case by case", 1.0)),
        "BPO \u201crelies on rules and standardized processes\u201d",
        "KPO \u201cis based on judgment and expertise in specialized knowledge domains\u201d",
        ("ten_points", "bpo_vs_kpo")),
    Question(
        "insight", "What makes the work valuable?",
        (Answer("volume", "Volume: many similar transactions, done reliably", 0.0),
         Answer("both", "Both volume and what is learnt from it", 0.5),
         Answer("insight", "Insight: analysis, research, recommendations", 1.0)),
        "BPO \u201cis volume-driven, aiming to handle large volumes of routine tasks efficiently\u201d",
        "KPO \u201cis insights-driven, focusing on generating valuable insights\u201d",
        ("ten_points", "call_center")),
    Question(
        "skills", "What skills does it need?",
        (Answer("basic", "Trained staff: communication and basic computer skills", 0.0),
         Answer("specialist", "Specialist process skills, learnt on the job", 0.5),
         Answer("expert", "Professionally qualified domain experts", 1.0)),
        "BPO positions \u201crequire good communication skills and basic computer knowledge\u201d",
        "KPO \u201cdemands professionally qualified and highly skilled workers\u201d",
        ("ten_points", "bpo_vs_kpo", "whats_best")),
    Question(
        "collaboration", "How closely must the people doing it work with yours?",
        (Answer("little", "Little: hand work over, receive results", 0.0),
         Answer("regular", "Regular reviews and questions", 0.5),
         Answer("close", "Closely, day by day, with our own teams", 1.0)),
        "BPO \u201ctypically involves limited collaboration and coordination\u201d",
        "KPO \u201crequires more collaboration and coordination\u201d",
        ("ten_points",)),
    Question(
        "sensitivity", "How sensitive is the data it handles?",
        (Answer("public", "Public or low: nothing confidential", 0.0),
         Answer("internal", "Internal business data", 1 / 3),
         Answer("personal", "Customers' personal or confidential data", 2 / 3),
         Answer("restricted", "Restricted: regulated or secret, may not leave the company", 1.0)),
        "", "", ()),
)}
KNOWLEDGE_KEYS = ("judgement", "insight", "skills", "collaboration")


def _weight(key: str) -> float:
    return GUIDE_ASSUMPTIONS[key].default


def knowledge_score(judgement, insight, skills, collaboration) -> np.ndarray:
    """How far the work sits towards the KPO end of the seeds' comparison, 0 to 1 (arrays broadcast).

    ``k = 0.30·judgement + 0.30·insight + 0.25·skills + 0.15·collaboration`` (weights: modelling choices).

    >>> float(knowledge_score(1, 1, 0, 0)), float(knowledge_score(0, 0, 1, 1))
    (0.6, 0.4)
    """
    k = (_weight("guide_weight_judgement") * np.asarray(judgement, dtype=float)
         + _weight("guide_weight_insight") * np.asarray(insight, dtype=float)
         + _weight("guide_weight_skills") * np.asarray(skills, dtype=float)
         + _weight("guide_weight_collaboration") * np.asarray(collaboration, dtype=float))
    return np.round(k, _DIGITS)


def in_house_score(sensitivity, collaboration) -> np.ndarray:
    """How strongly the work should stay in the company, 0 to 1: ``h = 0.70·sensitivity + 0.30·collaboration``.

    >>> float(in_house_score(1, 0)), round(float(in_house_score(2 / 3, 1)), 4)
    (0.7, 0.7667)
    """
    h = (_weight("guide_weight_sensitivity") * np.asarray(sensitivity, dtype=float)
         + _weight("guide_weight_closeness") * np.asarray(collaboration, dtype=float))
    return np.round(h, _DIGITS)


OPTION_CODES = np.array([BPO, KPO, IN_HOUSE])


def suggested_options(judgement, insight, skills, collaboration, sensitivity) -> np.ndarray:
    """The option each set of answers suggests ("bpo", "kpo" or "in_house"), over broadcast arrays.

    In-house when the keep-in-house score reaches its threshold; else KPO when the knowledge score reaches its
    threshold; else BPO.

    >>> suggested_options([0, 1, 0], [0, 1, 0], [0, 1, 0], [0, 0.5, 0], [0, 0, 1]).tolist()
    ['bpo', 'kpo', 'in_house']
    """
    k = knowledge_score(judgement, insight, skills, collaboration)
    h = in_house_score(sensitivity, collaboration)
    code = np.where(h >= _weight("guide_in_house_threshold"), 2, np.where(k >= _weight("guide_kpo_threshold"), 1, 0))
    return OPTION_CODES[code]


@dataclass(frozen=True)
class Work:
    """The answers about one piece of work, as levels from 0 to 1 (see the module's conventions)."""

    judgement: float
    insight: float
    skills: float
    collaboration: float
    sensitivity: float
    function: str = ""  # the work's name: a price-book function or the user's own

    def __post_init__(self) -> None:
        for key in QUESTIONS:
            value = getattr(self, key)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                raise InputError(f"guide.{key}", f"must be a level from 0 to 1, got {value!r}")
            object.__setattr__(self, key, float(value))
        if not isinstance(self.function, str) or len(self.function) > 200:
            raise InputError("guide.function", "must be a name of at most 200 characters")
        object.__setattr__(self, "function", self.function.strip())

    @classmethod
    def from_answers(cls, answers: dict[str, str], function: str = "") -> Work:
        """From answer keys (``{"judgement": "rules", ...}``), as the page gives them."""
        missing = [k for k in QUESTIONS if k not in answers or answers[k] is None]
        if missing:
            raise InputError(f"guide.{missing[0]}", "is not answered yet")
        return cls(**{k: QUESTIONS[k].answer(answers[k]).level for k in QUESTIONS}, function=function)


@dataclass(frozen=True)
class Suggestion:
    """What the guide suggests for one piece of work, and why."""

    work: Work
    option: str  # "bpo", "kpo" or "in_house"
    knowledge: float
    keep_in_house: float
    reasons: tuple[str, ...]
    seeds: tuple[Seed, ...]

    @property
    def label(self) -> str:
        return OPTION_LABELS[self.option]

    @property
    def nearer_outsourced(self) -> str:
        """The outsourced option the work is nearer to: what to price against in-house."""
        return "kpo" if self.knowledge >= _weight("guide_kpo_threshold") else "bpo"

    @property
    def close_call(self) -> bool:
        """The knowledge score within the mixed band of its threshold: a mix of BPO and KPO work."""
        gap = round(abs(self.knowledge - _weight("guide_kpo_threshold")), _DIGITS)
        return gap < _weight("guide_mixed_band")

    @property
    def headline(self) -> str:
        """One sentence: the suggestion and its main reason.

        >>> suggest(Work(0, 0, 0, 0, 0)).headline
        'BPO fits: the work is rule-based, volume-driven and needs trained staff rather than experts.'
        """
        if self.option == "in_house":
            why = ("its data may not leave the company" if self.work.sensitivity >= 1
                   else "its data is sensitive and it needs close, daily work with your own teams")
            return f"Keep it in-house: {why}."
        # The sure wording only when the three main answers all sit at the suggestion's end: otherwise it would
        # contradict a reason below it (rule-based volume work done by experts is not "expertise more than rules").
        end = 1.0 if self.option == "kpo" else 0.0
        clear = all(getattr(self.work, key) == end for key in ("judgement", "insight", "skills"))
        if self.close_call:
            return (f"{self.label} fits, narrowly: the work is part volume, part insight, and could be split "
                    "between a BPO and a KPO.")
        if not clear:
            lean = "judgement and insight" if self.option == "kpo" else "rules and volume"
            return f"{self.label} fits on balance: the answers lean to {lean}, though not every one."
        if self.option == "kpo":
            return "KPO fits: the work rests on judgement, insight and expertise more than on rules and volume."
        return "BPO fits: the work is rule-based, volume-driven and needs trained staff rather than experts."


def _reason(q: Question, level: float) -> str | None:
    """The seeds' words for an answer at either end; ``None`` for an answer in the middle."""
    if level in (0.0, 1.0):
        said = q.bpo_end if level == 0.0 else q.kpo_end
        side = "BPO" if level == 0.0 else "KPO"
        answer = next(a.label for a in q.answers if a.level == level)
        return f"{answer} \u2192 points to {side}: {said} ({SEEDS[q.seeds[0]].citation})."
    return None


def suggest(work: Work) -> Suggestion:
    """The option that fits ``work``, the reasons in the seeds' words, and the seeds cited.

    >>> s = suggest(Work(judgement=1, insight=1, skills=1, collaboration=0.5, sensitivity=1 / 3))
    >>> s.option, s.knowledge, round(s.keep_in_house, 4)
    ('kpo', 0.925, 0.3833)
    """
    k = float(knowledge_score(work.judgement, work.insight, work.skills, work.collaboration))
    h = float(in_house_score(work.sensitivity, work.collaboration))
    option = str(suggested_options(work.judgement, work.insight, work.skills, work.collaboration, work.sensitivity))
    reasons: list[str] = []
    cited: dict[str, Seed] = {}
    for key in KNOWLEDGE_KEYS:
        q = QUESTIONS[key]
        text = _reason(q, getattr(work, key))
        if text is not None:
            reasons.append(text)
            cited.update({s: SEEDS[s] for s in q.seeds})
    if option == "in_house":
        reasons.insert(0, _in_house_reason(work, h))
    elif work.sensitivity >= 2 / 3 - 1e-9:
        reasons.append("The data is confidential: a vendor can take it only under a contract that protects it; where "
                       "it is EU personal data sent abroad, under GDPR Chapter V (an adequacy decision or safeguards).")
    mixed = Suggestion(work, option, k, h, (), ()).close_call
    if mixed and option != "in_house":
        reasons.append("A close call: the work is part volume, part insight. "
                       f"{SEEDS['call_center'].citation} advises combining both: \u201cBPO to handle the volume, "
                       "KPO-style analytics to learn from it\u201d.")
        cited["call_center"] = SEEDS["call_center"]
    if not reasons:
        reasons.append("Every answer sits between the seeds' two ends; the weights decide (see the scores).")
    return Suggestion(work, option, k, h, tuple(reasons), tuple(cited.values()))


def _in_house_reason(work: Work, h: float) -> str:
    threshold = _weight("guide_in_house_threshold")
    if work.sensitivity >= 1:
        return ("Restricted data that may not leave the company keeps the work in-house, whatever its nature "
                f"(keep-in-house score {h:.2f}, in-house from {threshold:.2f}). The seeds do not discuss data: "
                "this rule is the product's own.")
    return ("Sensitive data and close, daily collaboration with your own teams together keep the work in-house "
            f"(keep-in-house score {h:.2f}, in-house from {threshold:.2f}). The seeds do not discuss data: this "
            "rule is the product's own.")


@dataclass(frozen=True)
class PricePlan:
    """What to price next for the suggested option, given what the price book knows of the work."""

    function: str
    option: str  # the option to price: the suggestion, or for in-house the outsourced option nearer the work
    known: bool  # the price book has the function
    priced: bool  # the book has a reference price for ``option``
    message: str
    book_line: str | None  # a price-book row to add, for work the book does not know
    # The message as the estimate page shows it once the guide has opened it: "open the estimate" is done there,
    # and the quote to type is named by where it is (None where the guide opens no estimate).
    on_estimate: str | None = None


def price_plan(suggestion: Suggestion, book: PriceBook) -> PricePlan:
    """Which option to price for ``suggestion.work.function``, and where the price comes from.

    >>> from estimator.pricing import load_price_book
    >>> plan = price_plan(suggest(Work(0, 0, 0, 0, 0, function="Payroll")), load_price_book())
    >>> plan.option, plan.known, plan.book_line
    ('bpo', False, 'Payroll,BPO,per_hour,,,USD,productive hour,your vendor quote,,Added from the guide: get a quote')
    """
    function = suggestion.work.function
    option = suggestion.option if suggestion.option != "in_house" else suggestion.nearer_outsourced
    label = OPTION_LABELS[option]
    compare = "" if suggestion.option != "in_house" else (
        f"Keeping it in-house is priced from your own pay; against it, price {label}, the outsourced option nearer "
        "this work. ")
    if function in book.functions:
        row = book.lookup(function, option.upper())
        where = f"in the sidebar, under \u201c{label} price\u201d"
        if row is not None and row.priced:
            price = reference_price(book, function, option)
            assert price is not None
            what = f"{price_words(price)} (seed \u201c{row.source}\u201d)"
            text = f"The price book has a {label} price for {function}: {what}. "
            return PricePlan(function, option, True, True,
                             compare + text + "Open the estimate to compare the options over the horizon.", None,
                             compare + text + "The options are compared over the horizon below.")
        if row is not None:
            text = f"The seeds name {function} under {label} without a price: "
            return PricePlan(function, option, True, False, compare + text + f"open the estimate and type a {label} "
                             "vendor's quote.", None, compare + text + f"type a {label} vendor's quote {where}.")
        # one model per row: a function priced from two locations is under that model once, not "BPO and BPO"
        other = " and ".join(dict.fromkeys(r.model for r in book.rows if r.function == function))
        text = f"The price book lists {function} under {other} only: ask a {label} vendor for a quote and type it "
        return PricePlan(function, option, True, False, compare + text + "on the estimate page.", None,
                         compare + text + f"{where}.")
    if not function:
        return PricePlan("", option, False, False, f"Name the work to see how to price it; price it as {label}.", None)
    line = io.StringIO()
    csv.writer(line, lineterminator="").writerow(
        [function, option.upper(), "per_hour", "", "", "USD", "productive hour", "your vendor quote", "",
         "Added from the guide: get a quote"])
    text = (f"The price book does not know {function}. Price it as {label}: get a {label} vendor's quote per "
            "productive hour and add it to the price book as the line below (fill in low, high and the source).")
    if suggestion.option == "in_house":
        text = (f"The price book does not know {function}. Keeping it in-house is priced from your own pay; to see "
                f"what that saves, get a quote from a {label} vendor, the outsourced option nearer this work, and "
                "add it to the price book as the line below.")
    return PricePlan(function, option, False, False, text, line.getvalue())
