"""Behaviours behind mutants of the scored sample (scripts/mutation-sample.txt) that no test could fail: each test
is the rule a user meets, written out in full."""

from __future__ import annotations

import pytest

from estimator.scenario import InputError, Scenario


def test_a_contacts_workload_without_queues_says_both_halves_of_the_rule() -> None:
    # the basis "contacts" needs the queues (contact_centre), and queues need that basis: one message for both
    with pytest.raises(InputError) as err:
        Scenario("Customer service", 100, "contacts")
    assert err.value.field == "workload.contacts"
    assert err.value.reason == ("a contact-volume workload needs its queues, and queues need the contacts "
                                "workload basis")
