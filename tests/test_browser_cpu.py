"""benchmarks/browser_cpu.py reads Streamlit's messages right: which elements a press sent, and which changed.

No browser and no server: the messages are built with Streamlit's own protobuf classes, as the server sends them.
"""

from __future__ import annotations

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from benchmarks.browser_cpu import _elements, paired


def _markdown(path: list[int], body: str) -> bytes:
    msg = ForwardMsg()
    msg.metadata.delta_path[:] = path
    msg.delta.new_element.markdown.body = body
    return msg.SerializeToString()


def _download(path: list[int], file_id: str) -> bytes:
    msg = ForwardMsg()
    msg.metadata.delta_path[:] = path
    msg.delta.new_element.download_button.label = "Download inputs (JSON)"
    msg.delta.new_element.download_button.deferred_file_id = file_id
    return msg.SerializeToString()


def _columns(path: list[int]) -> bytes:
    msg = ForwardMsg()
    msg.metadata.delta_path[:] = path
    msg.delta.add_block.column.weight = 0.5
    return msg.SerializeToString()


def _finished() -> bytes:
    msg = ForwardMsg()
    msg.script_finished = ForwardMsg.FINISHED_SUCCESSFULLY
    return msg.SerializeToString()


def test_elements_are_read_by_place_and_type():
    got = _elements([_markdown([0, 0], "### Title"), _columns([0, 1]), _download([0, 1, 0], "a" * 32), _finished(),
                     "a text frame, not Streamlit's"])
    assert {place: kind for place, (kind, _) in got.items()} == {
        "0.0": "markdown", "0.1": "block:column", "0.1.0": "download_button"}


def test_an_element_sent_again_unchanged_has_the_same_digest():
    first = _elements([_markdown([0, 0], "### Title"), _download([0, 1], "a" * 32)])
    # the same title; the same button with a new file id, as Streamlit gives a made-on-click download on every run
    second = _elements([_markdown([0, 0], "### Title"), _download([0, 1], "b" * 32)])
    assert first["0.0"] == second["0.0"]
    assert first["0.1"] != second["0.1"]


def test_the_place_is_not_part_of_the_digest():
    # the browser compares a message's hash without its metadata (where it goes): so does the digest
    assert _elements([_markdown([0, 3], "x")])["0.3"] == _elements([_markdown([1, 0], "x")])["1.0"]


def test_paired_differences():
    # differences 4, 0, 2: mean 2; every resample's mean lies between the smallest and the largest difference
    mean, low, high = paired([14.0, 10.0, 12.0], [10.0, 10.0, 10.0])
    assert mean == 2.0 and 0.0 <= low <= mean <= high <= 4.0


def test_paired_interval_is_the_bootstraps_2_5_and_97_5_percentiles():
    # Differences 6, 6, 6, 0, 0, 0 (mean 3): a resample of six has k sixes, k ~ Binomial(6, 1/2), and mean k.
    # P(k = 0) = P(k = 6) = 1/64 = 1.6%, under 2.5%; P(k <= 1) = P(k >= 5) = 7/64 = 10.9%, over it. So the 2.5th
    # percentile of the resampled means is 1 and the 97.5th is 5 (of 4,000 resamples, about 62 are 0 and 62 are 6,
    # well short of the 100 each end cuts off). An interval that held for any input, 0 <= low <= mean <= high <= 6,
    # passed with paired returning (mean, mean, mean) and with the resamples' extremes (issue 7, session 19).
    assert paired([6.0, 6.0, 6.0, 0.0, 0.0, 0.0], [0.0] * 6) == (3.0, 1.0, 5.0)
