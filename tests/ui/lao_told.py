"""What a failure told in Lao must be: one whole sentence in Lao with what to do, nothing of the system's or the
server's English (the product's name aside)."""

from __future__ import annotations

import re

LAO = re.compile("[\u0e80-\u0eff]")
LATIN = re.compile("[A-Za-z]")
AGAIN = "ລອງໃໝ່"  # "try again"
IT_STAFF = "ພະນັກງານໄອທີ"


def told(text: str, what_to_do: str = AGAIN) -> None:
    text = text.replace("\u200b", "")
    assert LAO.search(text) and what_to_do in text, text
    assert not LATIN.search(text.replace("eOffice", "")), text
