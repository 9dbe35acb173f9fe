"""The sender's Journey tab says on top where its letter is now when an office sent it on: a ministry's letter that a
province sent on to a district, which registered and completed it, showed the district's "Completed" only at the
bottom, below the fold under the province; now the district's state comes first, and the province (which passed it
on) is not named there as holding it."""

from __future__ import annotations

from pathlib import Path

from eoffice_desktop.core.routing.actions import complete
from sync.client.session import sync_once
from tests.sync.test_journey_named_by_server import DISTRICT, PROVINCE, _chain
from tests.ui.test_journey_sender_window import _plain
from tests.ui.test_journey_window import _showing_sent


def test_the_journey_says_first_where_a_letter_sent_on_is_now(app, qtbot, central, tmp_path: Path):
    chain = _chain(central, tmp_path)
    ministry, province, district, sent = chain["ministry"], chain["province"], chain["district"], chain["sent"]
    complete(district, chain["d_actor"], chain["at_district"], "filed")
    sync_once(district)
    sync_once(province)  # (relays the district's report onto the ministry's letter)
    sync_once(province)
    sync_once(ministry)

    window = _showing_sent(ministry, qtbot, sent)
    journey = _plain(window.view.journey.text.toPlainText())
    now, _, rest = journey.partition(PROVINCE)
    assert now.startswith("Where it is now")
    assert f"{DISTRICT}: Completed: Filed" in now
    assert PROVINCE not in now and PROVINCE in rest  # (the province sent it on: its part follows)
    window.close()
    for store in (ministry, province, district):
        store.close()
