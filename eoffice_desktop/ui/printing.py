"""Paper still moves: the routing slip (with the letter's tracking QR code and, for a signed letter, the signatures'
verification codes and QR), the printable movement history and the register book. Each is an HTML document printed
through Qt to a printer or to a PDF file."""

from __future__ import annotations

import contextlib
import html
import logging
import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QUrl
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from eoffice_desktop.core.documents.pdf_glyph_text import mend_glyph_text
from eoffice_desktop.core.journey.tracking import format_code
from eoffice_desktop.core.registry.register_query import RegisterRow
from eoffice_desktop.core.routing.timeline import TimelineEntry
from eoffice_desktop.core.service.printouts import PrintedLetter, PrintedOffice, PrintedSignature
from eoffice_desktop.ui import labels
from eoffice_desktop.ui.journey_words import news_line, paper_line, sent_on_line
from eoffice_desktop.ui.lao_breaks import soft_breaks
from eoffice_desktop.ui.qr import qr_image
from eoffice_desktop.ui.signatures_words import local_time, role_label
from eoffice_desktop.ui.tasks import TaskRunner
from eoffice_shared.signing.vcode import qr_payload

log = logging.getLogger("eoffice.printing")

HEADING = "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ<br>ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ"
STYLE = (
    "<style>body{font-family:'Noto Sans Lao'; font-size:10pt} td,th{padding:3px 6px; vertical-align:top}"
    " th{background:#eee} table{border-collapse:collapse}</style>"
)


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _words() -> dict[str, str]:
    """Printed words in the UI language (each written out so the translation tools find it)."""
    return {
        "number": QCoreApplication.translate("Printing", "Registry number"),
        "received": QCoreApplication.translate("Printing", "Date received"),
        "sent": QCoreApplication.translate("Printing", "Date sent"),
        "from": QCoreApplication.translate("Printing", "From"),
        "to": QCoreApplication.translate("Printing", "To"),
        "ref": QCoreApplication.translate("Printing", "Their reference"),
        "subject": QCoreApplication.translate("Printing", "Subject"),
        "urgency": QCoreApplication.translate("Printing", "Urgency"),
        "due": QCoreApplication.translate("Printing", "Reply due"),
        "slip": QCoreApplication.translate("Printing", "Routing slip"),
        "instructions": QCoreApplication.translate("Printing", "Instructions"),
        "date": QCoreApplication.translate("Printing", "Date"),
        "minute": QCoreApplication.translate("Printing", "Minute"),
        "history": QCoreApplication.translate("Printing", "Movement history"),
        "when": QCoreApplication.translate("Printing", "When"),
        "who": QCoreApplication.translate("Printing", "Who"),
        "what": QCoreApplication.translate("Printing", "What"),
        "no": QCoreApplication.translate("Printing", "No."),
        "status": QCoreApplication.translate("Printing", "Status"),
        "book_in": QCoreApplication.translate("Printing", "Register of incoming letters"),
        "book_out": QCoreApplication.translate("Printing", "Register of outgoing letters"),
        "signatures": QCoreApplication.translate("Printing", "Digital signatures"),
        "signer": QCoreApplication.translate("Printing", "Signer"),
        "code": QCoreApplication.translate("Printing", "Verification code"),
        "check": QCoreApplication.translate(
            "Printing",
            "To check this paper copy, scan the QR code or type the verification code in eOffice "
            "(or: eoffice verify --code CODE). No network is needed.",
        ),
    }


def _head(*titles: str) -> str:
    return "<tr>" + "".join(f"<th>{_e(t)}</th>" for t in titles) + "</tr>"


def _routes(entry: TimelineEntry) -> str:
    return "<br>".join(f"{_e(name)} ({_e(labels.action(action))})" for name, action in entry.to)


def _signature_block(document: QTextDocument, signatures: list[PrintedSignature], server: str = "") -> str:
    """The verification codes, and a QR code of the last signature, so a paper copy can be checked offline (and, for
    an office enrolled with `server`, on that server's check page with a phone's camera)."""
    if not signatures:
        return ""
    w = _words()
    document.addResource(
        QTextDocument.ResourceType.ImageResource,
        QUrl("qr://signature"),
        qr_image(qr_payload(signatures[-1].code, server), module=3),
    )
    rows = "".join(
        f"<tr><td>{_e(role_label(sig.role))}</td><td>{_e(sig.signer)}<br>{_e(sig.title)}</td>"
        f"<td>{local_time(sig.signed_at)}</td><td><b>{_e(sig.code)}</b></td></tr>"
        for sig in signatures
    )
    return (
        f"<h3>{_e(w['signatures'])}</h3><table width=100%><tr><td><table border=1 width=100%>"
        f"{_head('', w['signer'], w['date'], w['code'])}{rows}</table><p><small>{_e(w['check'])}</small></p></td>"
        f"<td align=center width=130><img src='qr://signature'><br><b>{_e(signatures[-1].code)}</b></td></tr></table>"
    )


def routing_slip(
    letter: PrintedLetter,
    office: PrintedOffice,
    entries: list[TimelineEntry],
    signatures: list[PrintedSignature] | None = None,
    server: str = "",
) -> QTextDocument:
    w = _words()
    document = QTextDocument()
    document.addResource(
        QTextDocument.ResourceType.ImageResource, QUrl("qr://code"), qr_image(letter.tracking_code, module=4)
    )
    signed = _signature_block(document, signatures or [], server)
    incoming = letter.direction == "in"
    rows = [
        (w["number"], _e(letter.registry_number)),
        (w["received"] if incoming else w["sent"], labels.long_date(letter.register_date)),
        (w["from"] if incoming else w["to"], _e(letter.sender_name if incoming else letter.recipients_text)),
        (w["ref"], _e(letter.sender_ref or "—")),
        (w["subject"], _e(letter.subject)),
        (w["urgency"], _e(labels.urgency(letter.urgency))),
        (w["due"], labels.long_date(letter.routing_due or letter.reply_due) or "—"),
    ]
    table = "".join(f"<tr><td><b>{_e(label)}</b></td><td>{value}</td></tr>" for label, value in rows)
    routing = "".join(
        f"<tr><td>{e.when:%d/%m/%Y}</td><td>{_e(e.who)}</td><td>{_routes(e)}</td><td>{_e(e.text)}</td></tr>"
        for e in entries
        if e.kind in ("routed", "redirected", "returned")
    )
    blank = "<tr><td>&nbsp;</td><td></td><td></td><td></td></tr>" * 4
    qr = f"<img src='qr://code'><br><b>{_e(format_code(letter.tracking_code))}</b>"
    document.setHtml(  # (Lao lines wrap between words on paper too)
        soft_breaks(
            f"{STYLE}<p align=center>{HEADING}</p><p align=center><b>{_e(office.name_lo)}</b></p>"
            f"<h2 align=center>{_e(w['slip'])}</h2>"
            f"<table width=100%><tr><td><table border=1 width=100%>{table}</table></td>"
            f"<td align=center width=140>{qr}</td></tr></table>{signed}<h3>{_e(w['instructions'])}</h3>"
            f"<table border=1 width=100%>{_head(w['date'], w['from'], w['to'], w['minute'])}{routing}{blank}</table>"
        )
    )
    return document


def _what_happened(entry: TimelineEntry) -> str:
    """Another office's news or a sending on in words (as the History shows them), else the minute or note."""
    if entry.news is not None:
        return news_line(entry.news)
    if entry.kind == "paper_delivered":
        return paper_line(entry.details)
    if entry.kind in ("sent_on", "sent_again"):
        return sent_on_line(str(entry.details["to"]), entry.text, entry.kind)
    return entry.text


def history_document(letter: PrintedLetter, entries: list[TimelineEntry]) -> QTextDocument:
    w = _words()
    rows = "".join(
        f"<tr><td>{e.when:%d/%m/%Y %H:%M}</td><td>{_e(e.who)}</td><td>{_e(labels.event_kind(e.kind))}</td>"
        f"<td>{_routes(e)}</td><td>{_e(_what_happened(e))}</td></tr>"
        for e in entries
    )
    document = QTextDocument()
    document.setHtml(  # (Lao lines wrap between words on paper too)
        soft_breaks(
            f"{STYLE}<h2>{_e(w['history'])}: {_e(letter.registry_number)}</h2><p>{_e(letter.subject)}</p>"
            f"<table border=1 width=100%>{_head(w['when'], w['who'], w['what'], w['to'], w['minute'])}{rows}</table>"
        )
    )
    return document


def register_book(
    office: PrintedOffice, direction: str, first: date | None, last: date | None, rows: list[RegisterRow]
) -> QTextDocument:
    """The paper register's layout: one row a letter, in number order."""
    w = _words()
    title = w["book_in"] if direction == "in" else w["book_out"]
    period = f"{labels.long_date(first) if first else '…'} – {labels.long_date(last) if last else '…'}"
    body = "".join(
        f"<tr><td>{_e(r.registry_number)}</td><td>{labels.short_date(r.register_date)}</td>"
        f"<td>{_e(r.correspondent)}</td><td>{_e(r.sender_ref)}</td><td>{_e(r.subject)}</td>"
        f"<td>{_e(labels.urgency(r.urgency) if r.urgency != 'normal' else '')}</td>"
        f"<td>{_e(labels.status(r.status))}</td></tr>"
        for r in rows
    )
    head = _head(
        w["no"],
        w["date"],
        w["from"] if direction == "in" else w["to"],
        w["ref"],
        w["subject"],
        w["urgency"],
        w["status"],
    )
    document = QTextDocument()
    document.setHtml(  # (Lao lines wrap between words on paper too)
        soft_breaks(
            f"{STYLE}<p align=center><b>{_e(office.name_lo)}</b></p><h2 align=center>{_e(title)}</h2>"
            f"<p align=center>{_e(period)}</p><table border=1 width=100%>{head}{body}</table>"
        )
    )
    return document


def printer_for(landscape: bool = False) -> QPrinter:
    """An A4 printer with the office's margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def paint_pdf(document: QTextDocument, layout: QPageLayout, resolution: int) -> bytes:
    """The document as a PDF, in memory: Qt's painting (kept on the GUI thread, where the document lives)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(layout)
    writer.setResolution(resolution)
    document.print_(writer)  # (its painter ends here: the PDF is whole in the buffer)
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def save_pdf(data: bytes, pdf: Path) -> None:
    """Write a PDF Qt painted and give back its Lao text: file work and pure-Python mending, for a worker thread.
    The file appears whole or not at all."""
    partial = pdf.with_name(pdf.name + ".part")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, pdf)
    except BaseException:  # (a full drive: the half file goes, the error is said)
        with contextlib.suppress(OSError):  # (a drive pulled out: nothing more can be removed from it)
            partial.unlink(missing_ok=True)
        raise
    give_back_lao_text(pdf)


def print_document(
    document: QTextDocument,
    parent: QWidget | None = None,
    pdf: Path | None = None,
    landscape: bool = False,
    runner: TaskRunner | None = None,
) -> bool:
    """To `pdf` when given; otherwise through the print dialog (which also offers 'Print to PDF'). A PDF is painted
    here and saved and mended by `runner`'s worker while a small window says so; without a runner (the command line,
    tests) it is saved before this returns. False when the person closed the print dialog."""
    printer = printer_for(landscape)
    if pdf is None:
        if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
            return False
        if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or not printer.outputFileName():
            document.print_(printer)  # to a printer: Qt hands the pages to the system's print queue
            return True
        pdf = Path(printer.outputFileName())
    data = paint_pdf(document, printer.pageLayout(), printer.resolution())
    if runner is None:
        save_pdf(data, pdf)
    else:
        saving_pdf(runner, data, pdf, parent)
    return True


def saving_pdf(runner: TaskRunner, data: bytes, pdf: Path, parent: QWidget | None) -> None:
    """Save the PDF on a worker (ui/saving.py); a window says it is being saved (the first mending takes most of a
    second on an old PC) and a failure is said in one sentence."""
    from eoffice_desktop.ui.saving import save_in_background

    save_in_background(
        runner,
        lambda: save_pdf(data, pdf),
        parent,
        QCoreApplication.translate("Printing", "Save as PDF"),
        QCoreApplication.translate("Printing", "Saving the PDF {name}…").format(name=pdf.name),
        QCoreApplication.translate("Printing", "The PDF could not be saved: {reason}"),
    )


def give_back_lao_text(pdf: Path) -> None:
    """Qt leaves the text of shaped Lao marks out of the PDF (copying ເຂົ້າ would give ເຂາ): add it. Should that fail,
    the PDF stays as Qt wrote it, which prints and reads on screen the same."""
    try:
        mend_glyph_text(pdf)
    except Exception:  # a PDF that prints right is worth more than its copyable text
        log.warning("could not add the Lao text of shaped marks to %s", pdf, exc_info=True)
