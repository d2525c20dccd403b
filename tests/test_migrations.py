"""Scenario format versions: files without a version are version 1, the chain upgrades them, unknown ones are refused."""

from __future__ import annotations

import pytest

from estimator.migrations import FORMAT_VERSION, MIGRATIONS, FormatVersionError, upgrade, version_of
from estimator.scenario import InputError, Scenario, load_scenario, scenario_from_dict, scenario_to_dict


def test_current_version_is_4() -> None:
    assert FORMAT_VERSION == 4


def test_a_file_without_a_version_is_version_1() -> None:
    assert version_of({"function": "x"}) == 1


def test_v1_to_v2_adds_the_version_and_keeps_the_meaning_of_dual_running() -> None:
    # in version 1 the vendor billed during the dual-running months; version 2 says so explicitly
    v1 = {"name": "A", "function": "Customer service", "workload": {"fte": 10}, "in_house": {"shrinkage": 0.25}}
    assert upgrade(v1) == {**v1, "format_version": 4, "vendor_terms": {"bills_during_transition": True}}
    assert "format_version" not in v1  # pure: the input is not changed


def test_the_chain_runs_every_step_in_order() -> None:
    # A made-up version 3 that renames "workload" to "work": 1 -> 2 -> 3.
    steps = {1: lambda d: {**d, "format_version": 2},
             2: lambda d: {**{k: v for k, v in d.items() if k != "workload"}, "work": d["workload"], "format_version": 3}}
    assert upgrade({"workload": {"fte": 1}}, steps, current=3) == {"work": {"fte": 1}, "format_version": 3}
    assert upgrade({"workload": {"fte": 1}, "format_version": 2}, steps, current=3)["work"] == {"fte": 1}


def test_a_missing_step_is_reported() -> None:
    with pytest.raises(FormatVersionError, match="no migration from version 1 to 2"):
        upgrade({}, {}, current=2)


@pytest.mark.parametrize(("version", "message"), [
    (5, "format_version: 5 is newer than this estimator reads (1 to 4); update the estimator to open this file"),
    (0, "format_version: must be a whole number from 1 to 4, got 0"),
    ("2", "format_version: must be a whole number from 1 to 4, got '2'"),
    (True, "format_version: must be a whole number from 1 to 4, got True"),
    (2.0, "format_version: must be a whole number from 1 to 4, got 2.0"),
])
def test_unknown_versions_are_refused(version, message: str, book) -> None:
    with pytest.raises(InputError) as err:
        scenario_from_dict({"format_version": version, "function": "Customer service", "workload": {"fte": 1}}, book)
    assert str(err.value) == message


def test_a_saved_scenario_records_the_current_version_and_reads_back(book) -> None:
    s = Scenario("Customer service", 10, name="v2")
    data = scenario_to_dict(s)
    assert data["format_version"] == 4
    assert scenario_from_dict(data, book) == s


def test_v1_and_v2_files_give_the_same_scenario(book) -> None:
    v1 = '{"name": "A", "function": "Customer service", "workload": {"fte": 10}}'
    v2 = '{"format_version": 2, "name": "A", "function": "Customer service", "workload": {"fte": 10}}'
    v2 = v2.replace('"format_version": 2,', '"format_version": 2, "vendor_terms": {"bills_during_transition": true},')
    assert load_scenario(v1, book) == load_scenario(v2, book)


def test_v2_to_v3_only_adds_the_version() -> None:
    # version 3 adds the contacts workload; every version-2 field keeps its name and meaning
    v2 = {"format_version": 2, "name": "A", "function": "Customer service", "workload": {"fte": 10},
          "vendor_terms": {"bills_during_transition": False}, "bpo": {"basis": "per_hour", "low": 20, "high": 30}}
    assert MIGRATIONS[2](v2) == {**v2, "format_version": 3}
    assert upgrade(v2) == {**v2, "format_version": 4}
    assert v2["format_version"] == 2  # pure


def test_v2_and_v3_files_give_the_same_scenario(book) -> None:
    v2 = '{"format_version": 2, "name": "A", "function": "Customer service", "workload": {"hours_per_month": 900}}'
    assert load_scenario(v2, book) == load_scenario(v2.replace('"format_version": 2', '"format_version": 3'), book)


def test_a_version_2_reader_would_refuse_a_contacts_file_by_its_version(book) -> None:
    # what an estimator that reads 1 to 2 says of a version-3 file (a contacts workload it cannot read)
    with pytest.raises(FormatVersionError, match="3 is newer than this estimator reads"):
        upgrade({"format_version": 3, "workload": {"contacts": {"queues": []}}}, current=2)


def test_a_contacts_workload_saves_and_reads_back(book) -> None:
    from estimator.contact_workload import ContactWorkload, QueueWorkload

    queue = QueueWorkload("Voice", (100.0, 100.0), 180.0, 20.0, 0.8, 1.0)
    s = Scenario("Customer service", 0, "contacts", contact_centre=ContactWorkload((queue,), 30.0, 20.0, (0.9, 1.2)))
    data = scenario_to_dict(s)
    assert data["format_version"] == 4
    assert data["workload"]["contacts"]["queues"][0]["contacts"] == [100.0, 100.0]
    assert scenario_from_dict(data, book) == s


def test_v1_vendor_terms_keep_their_fields_and_an_explicit_choice() -> None:
    # a version-1 file that already names vendor terms keeps them, with "bills during transition" added;
    # one that says the vendor does not bill during transition keeps saying so
    v1 = {"workload": {"fte": 1}, "vendor_terms": {"handle_time_ratio": 1.2}}
    assert upgrade(v1)["vendor_terms"] == {"bills_during_transition": True, "handle_time_ratio": 1.2}
    said = {"vendor_terms": {"bills_during_transition": False}}
    assert upgrade(said)["vendor_terms"] == {"bills_during_transition": False}
    # vendor terms that are not an object are left for the scenario's own check to name
    assert upgrade({"vendor_terms": [1]})["vendor_terms"] == [1]


def test_upgrade_copies_nested_sections() -> None:
    # the upgraded form shares no object with the file it came from (a caller may edit either)
    v2 = {"format_version": 2, "in_house": {"shrinkage": 0.25}}
    out = upgrade(v2)
    out["in_house"]["shrinkage"] = 0.5
    assert v2["in_house"]["shrinkage"] == 0.25


def test_the_current_version_is_whatever_the_caller_names() -> None:
    # upgrade and version_of check against the ``current`` they are given, not a fixed 2
    steps = {1: lambda d: {**d, "format_version": 2}}
    assert upgrade({"x": 1}, steps, current=2) == {"x": 1, "format_version": 2}
    assert version_of({"format_version": 3}, current=3) == 3


def test_the_v1_step_ends_at_version_2_not_beyond() -> None:
    # with only the step from 1, a version-1 file read as version 3 needs the step from 2 to 3 after it
    with pytest.raises(FormatVersionError, match="no migration from version 2 to 3"):
        upgrade({"workload": {"fte": 1}}, {1: MIGRATIONS[1]}, current=3)


def test_v3_to_v4_only_adds_the_version() -> None:
    # version 4 adds amount currencies and exchange rates; a version-3 file had every amount in its one currency,
    # which is what an absent amount currency means in version 4
    v3 = {"format_version": 3, "name": "A", "function": "Customer service", "currency": "USD",
          "workload": {"fte": 10}, "bpo": {"basis": "per_hour", "low": 20, "high": 30}}
    assert MIGRATIONS[3](v3) == {**v3, "format_version": 4}
    assert v3["format_version"] == 3  # pure


def test_v3_and_v4_files_give_the_same_scenario_and_the_same_costs(book) -> None:
    from estimator.estimate import estimate

    v3 = ('{"format_version": 3, "name": "A", "function": "Customer service", "workload": {"fte": 10}, '
          '"in_house": {"annual_salary": 40000}, "bpo": {"basis": "per_hour", "low": 20, "high": 30}}')
    old, new = load_scenario(v3, book), load_scenario(v3.replace('"format_version": 3', '"format_version": 4'), book)
    assert old == new
    assert old.currency_of("in_house") == old.currency_of("bpo") == "USD" and old.exchange_rates == ()
    assert estimate(old).bpo.total == estimate(new).bpo.total


def test_a_version_3_reader_refuses_a_file_with_exchange_rates_by_its_version() -> None:
    with pytest.raises(FormatVersionError, match="4 is newer than this estimator reads"):
        upgrade({"format_version": 4, "exchange_rates": {"INR": {"rate": 83.0}}}, current=3)


def test_a_version_3_file_in_another_currency_that_left_a_price_out_asks_for_a_dollar_rate(book) -> None:
    # version 3 took the price book's dollar range as if it were in euros; version 4 says so and asks for the rate
    v3 = {"format_version": 3, "function": "Customer service", "currency": "EUR", "workload": {"fte": 10}}
    with pytest.raises(InputError) as err:
        scenario_from_dict(v3, book)
    assert err.value.field == "exchange_rates.USD.rate"
    assert "give how many USD one EUR buys" in err.value.reason
