"""A metric's delta for a saving, worded the same on every page that shows one."""

from __future__ import annotations

from estimator.formatting import money, percent


def saving_delta(saving: float, share: float, currency: str, against: str) -> dict[str, str]:
    """``st.metric``'s delta arguments for ``saving`` (a share ``share``) against ``against``: "$1,990,160 (41%)
    below in-house" in green with a down arrow, "... above ..." in red with an up one, "the same as ..." in grey.

    The arrow is the cost's direction and the words say which way, where "↓ -$1,990,160 (-41%) vs in-house"
    (inverse colours) made a reader undo two minus signs. Streamlit colours a delta by its text's sign; the text
    has none, so the colour and the arrow are set from the saving.

    >>> saving_delta(1_990_160, 0.41, "USD", "in-house")["delta"], saving_delta(-5, -0.1, "USD", "all in-house")
    ('$1,990,160 (41%) below in-house', {'delta': '$5 (10%) above all in-house', 'delta_color': 'inverse', 'delta_arrow': 'up'})
    """
    if saving == 0:
        return {"delta": f"the same as {against}", "delta_color": "off", "delta_arrow": "off"}
    cheaper = saving > 0
    return {"delta": f"{money(abs(saving), currency)} ({percent(abs(share))}) {'below' if cheaper else 'above'} {against}",
            "delta_color": "normal" if cheaper else "inverse", "delta_arrow": "down" if cheaper else "up"}
