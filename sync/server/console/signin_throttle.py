"""Failed console sign-ins, counted per client address and per account from that address, in the database the
enrolment throttle uses (table `enrol_failures`, its own kinds): every server process counts them together.

Past SIGN_IN_FAILURES_PER_ADDRESS failures from one address (an IPv6 client by its /64), or MAX_FAILURES wrong
passwords for one account from it, within 15 minutes, that address is refused before any name is looked up or
password hashed (Argon2id: tens of milliseconds and 64 MiB each) and nothing is written. An account is locked only
for the address that guessed: a lock for everyone would let anyone who reaches the server keep IT staff out by
guessing five times every 15 minutes. Passwords have 12 characters or more, so guessing from many addresses is
hopeless anyway.
"""

from __future__ import annotations

import math

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from sync.server.database import ServerDatabase
from sync.server.enrol_throttle import WINDOW, SharedEnrolThrottle, Throttled, address_key
from sync.server.models import EnrolFailure

SIGN_IN_FAILURES_PER_ADDRESS = 10  # failed sign-ins from one address, whatever the names tried
MAX_FAILURES = 5  # wrong passwords for one account from one address
ADDRESS, ACCOUNT = "signin", "account"  # the kinds of `enrol_failures` rows


class SignInThrottled(Exception):
    """Sign-ins from this address are refused for `seconds`; `account`: because of that account's wrong passwords."""

    def __init__(self, seconds: float, account: bool) -> None:
        super().__init__(seconds)
        self.seconds, self.account = max(1, math.ceil(seconds)), account

    def message(self) -> str:
        minutes = max(1, math.ceil(self.seconds / 60))
        if self.account:
            return f"Too many wrong passwords for this account from this address. Try again in {minutes} minutes."
        return f"Too many failed sign-ins from this address. Try again in {minutes} minutes."


def _account_key(username: str, address: str) -> str:
    return f"{username.strip()[:64]}\n{address_key(address)}"


class SignInThrottle:
    def __init__(self, database: ServerDatabase) -> None:
        self.counts = SharedEnrolThrottle(
            database, SIGN_IN_FAILURES_PER_ADDRESS, MAX_FAILURES, WINDOW, kinds=(ADDRESS, ACCOUNT)
        )

    def check(self, address: str, username: str) -> None:
        """Raise SignInThrottled when this address may not try now (to sign in as `username`)."""
        try:
            self.counts.check(address)
        except Throttled as exc:
            raise SignInThrottled(exc.seconds, False) from None
        try:
            self.counts.check(None, _account_key(username, address))
        except Throttled as exc:
            raise SignInThrottled(exc.seconds, True) from None

    def failed(self, address: str, username: str) -> bool:
        """Count a refused sign-in; True when it was the last wrong password this address may give the account."""
        self.counts.failed(address, _account_key(username, address))
        try:
            self.counts.check(None, _account_key(username, address))
        except Throttled:
            return True
        return False


def locked_somewhere(session: Session, username: str, moment: float) -> bool:
    """Has some address given MAX_FAILURES wrong passwords for the account within the window before `moment`?"""
    keys = list(
        session.scalars(
            select(EnrolFailure.key).where(
                EnrolFailure.kind == ACCOUNT,
                EnrolFailure.key.startswith(f"{username}\n", autoescape=True),
                EnrolFailure.at > moment - WINDOW,
            )
        )
    )
    return any(keys.count(key) >= MAX_FAILURES for key in set(keys))


def forget_failures(session: Session, username: str) -> None:
    """Forget the account's wrong passwords from every address (`console-user unlock`)."""
    session.execute(
        delete(EnrolFailure).where(
            EnrolFailure.kind == ACCOUNT, EnrolFailure.key.startswith(f"{username}\n", autoescape=True)
        )
    )
