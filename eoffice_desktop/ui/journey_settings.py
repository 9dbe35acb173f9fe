"""The "What other offices see" part of the settings: what this office shares about the letters other offices sent
it (where it is, who holds it), and after how many working days a letter it sent counts as lost. One choice for the
whole office: saved as an event, so every PC of the office follows it after a sync."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from eoffice_desktop.core.eventlog.events import Actor
from eoffice_desktop.core.journey.policy import SharingPolicy
from eoffice_desktop.core.office import OfficeStore
from eoffice_desktop.ui.ops import Ops


class SharingSettingsBox(QGroupBox):
    def __init__(
        self, store: OfficeStore, actor: Actor | None, parent: QWidget | None = None, ops: Ops | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.ops = ops or Ops.of(store, parent=self)
        self.setTitle(self.tr("What other offices see"))
        user_id = actor.user_id if actor is not None else None
        (self.policy, viewer), unread = self.ops.ask_or_refusal(  # (read on the reader pool)
            lambda office: (office.sharing_policy(), office.viewer(user_id) if user_id is not None else None),
            (SharingPolicy(), None),
        )
        allowed = not unread and viewer is not None and (viewer.has("admin") or viewer.has("head"))
        self.progress = QCheckBox(self.tr("Tell the sending office where its letter is (status and department)"))
        self.progress.setChecked(self.policy.progress)
        self.holder = QCheckBox(self.tr("Also tell them the name of the person who holds it"))
        self.holder.setChecked(self.policy.holder)
        never = QLabel(
            self.tr(
                "Minutes and comments are never shared. For confidential and secret letters the sending office "
                "sees only “registered” and “completed”."
            )
        )
        never.setWordWrap(True)
        self.lost_days = QSpinBox()
        self.lost_days.setRange(1, 60)
        self.lost_days.setSuffix(" " + self.tr("working days"))
        self.lost_days.setValue(self.policy.lost_after_days)
        lost = QHBoxLayout()
        lost_label = QLabel(self.tr("Warn when a letter we sent is not registered after"))
        lost_label.setWordWrap(True)
        lost.addWidget(lost_label, 1)
        lost.addWidget(self.lost_days)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.holder)
        layout.addWidget(never)
        layout.addLayout(lost)
        self.why_not: QLabel | None = None
        if not allowed:  # why not: the reason they could not be read, or the rights it takes
            only = QLabel(unread or self.tr("Only an administrator or the head of office can change these."))
            only.setWordWrap(True)
            layout.addWidget(only)
            self.why_not = only
        for widget in (self.progress, self.holder, self.lost_days):
            widget.setEnabled(allowed)

    def chosen(self) -> SharingPolicy:
        return SharingPolicy(self.progress.isChecked(), self.holder.isChecked(), self.lost_days.value())

    def save(self) -> None:
        """An event only when something changed (every change reaches all PCs of the office)."""
        if self.actor is not None and self.isEnabled() and self.progress.isEnabled() and self.chosen() != self.policy:
            actor, chosen = self.actor, self.chosen()
            self.ops.change_and_wait(lambda office: office.set_sharing(actor, chosen))
            self.policy = chosen
