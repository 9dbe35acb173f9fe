"""The demo office: realistic Lao and English letters, people and files, made through the real services."""

from eoffice_shared.refusals import Refusal


class DemoRefused(Refusal, ValueError):
    """The demo would touch a real office; the message says what to do instead."""
