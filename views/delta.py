"""A metric's delta for a saving, worded the same on every page that shows one."""

from __future__ import annotations

from estimator.formatting import compact_money, money, share_size


def saving_delta(saving: float, share: float, currency: str, against: str) -> dict[str, str]:
    """``st.metric``'s delta arguments for ``saving`` (a share ``share``) against ``against``: "$1,990,160 (41%)
    below in-house" in green with a down arrow, "... above ..." in red with an up one, "the same as ..." in grey.

    The arrow is the cost's direction and the words say which way, where "↓ -$1,990,160 (-41%) vs in-house"
    (inverse colours) made a reader undo two minus signs. Streamlit colours a delta by its text's sign; the text
    has none, so the colour and the arrow are set from the saving.

    >>> saving_delta(1_990_160, 0.41, "USD", "in-house")["delta"], saving_delta(-5, -0.1, "USD", "all in-house")
    ('$1,990,160 (41%) below in-house', {'delta': '$5 (10%) above all in-house', 'delta_color': 'inverse', 'delta_arrow': 'up'})

    A figure longer than eleven characters goes compact (the metric above it gives the full horizon cost): in rupees
    at 1280 × 720, "↓ ₹45,79,15,505 (46%) below in-house · best" ran past its column and "· best" was cut off.

    >>> saving_delta(457_915_505, 0.46, "INR", "in-house")["delta"], saving_delta(19_901_600, 0.4, "USD", "x")["delta"]
    ('₹45.79Cr (46%) below in-house', '$19,901,600 (40%) below x')
    """
    if saving == 0:
        return {"delta": f"the same as {against}", "delta_color": "off", "delta_arrow": "off"}
    cheaper = saving > 0
    figure = money(abs(saving), currency)
    figure = figure if len(figure) <= 11 else compact_money(abs(saving), currency)
    return {"delta": f"{figure} ({share_size(share)}) {'below' if cheaper else 'above'} {against}",
            "delta_color": "normal" if cheaper else "inverse", "delta_arrow": "down" if cheaper else "up"}
