"""The append-only event log (the truth) and the folding of its events into the tables the screens read;
sync's outbox and intake without any transport."""
