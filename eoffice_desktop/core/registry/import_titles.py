"""The column titles an imported register is recognised by, in English and Lao, without a mapping file;
compared by `import_values.normal_key` (no case, spaces or punctuation). See docs/import.md."""

from __future__ import annotations

# Column titles recognised without a mapping file (compared by `normal_key`: no case, spaces or punctuation).
# The English titles of `eoffice export` are among them, so an exported register imports back as it was.
KNOWN_TITLES: dict[str, tuple[str, ...]] = {
    "registry_number": (
        "registry number",
        "registry no",
        "reg no",
        "no",
        "number",
        "ເລກທີ",
        "ເລກທີ່",
        "ເລກທີລົງທະບຽນ",
        "ເລກລົງທະບຽນ",
        "ເລກທະບຽນ",
        "ເລກທີຂາເຂົ້າ",
        "ເລກທີຂາອອກ",
        "ເລກເຂົ້າ",
        "ເລກອອກ",
    ),
    "register_date": (
        "date",
        "date received",
        "received",
        "received on",
        "date sent",
        "register date",
        "ວັນທີ",
        "ວັນທີໄດ້ຮັບ",
        "ວັນທີຮັບ",
        "ວັນທີຮັບເອົາ",
        "ວັນທີສົ່ງ",
        "ວັນທີອອກ",
        "ວັນທີລົງທະບຽນ",
        "ວັນເດືອນປີ",
    ),
    "sender": ("from", "sender", "sender organisation", "ຈາກ", "ຜູ້ສົ່ງ", "ພາກສ່ວນສົ່ງ", "ຈາກພາກສ່ວນ", "ຫົວໜ່ວຍສົ່ງ"),
    "sender_ref": (
        "their reference",
        "sender reference",
        "sender's reference",
        "reference",
        "ref",
        "their no",
        "letter no",
        "ເລກທີຂອງຜູ້ສົ່ງ",
        "ເລກທີໜັງສື",
        "ເລກທີເອກະສານ",
        "ໜັງສືເລກທີ",
    ),
    "letter_date": ("letter date", "date of letter", "dated", "ລົງວັນທີ", "ວັນທີໜັງສື", "ວັນທີຂອງໜັງສື", "ວັນທີເອກະສານ"),
    "subject": ("subject", "title", "ເລື່ອງ", "ຫົວເລື່ອງ", "ຫົວຂໍ້", "ວ່າດ້ວຍ", "ເນື້ອເລື່ອງ"),
    "summary": ("summary", "content", "contents", "ເນື້ອໃນ", "ເນື້ອໃນສັງລວມ", "ສັງລວມ", "ເນື້ອໃນຫຍໍ້"),
    "doc_type": ("type", "document type", "kind", "ປະເພດ", "ປະເພດເອກະສານ", "ປະເພດໜັງສື"),
    "urgency": ("urgency", "priority", "ຄວາມດ່ວນ", "ລະດັບຄວາມດ່ວນ", "ດ່ວນ"),
    "confidentiality": ("confidentiality", "classification", "ຄວາມລັບ", "ລະດັບຄວາມລັບ", "ລັບ"),
    "delivery_mode": ("delivery", "delivered by", "delivery mode", "ວິທີສົ່ງ", "ວິທີການສົ່ງ", "ຮູບການສົ່ງ"),
    "pages": ("pages", "number of pages", "ຈຳນວນໜ້າ", "ໜ້າ", "ຈຳນວນແຜ່ນ"),
    "reply_due": ("reply due", "due", "deadline", "ກຳນົດຕອບ", "ກຳນົດ", "ກຳນົດເວລາ"),
    "keywords": ("keywords", "ຄຳສຳຄັນ"),
    "recipients": ("to", "recipient", "recipients", "ເຖິງ", "ຮຽນ", "ຜູ້ຮັບ", "ສົ່ງເຖິງ", "ພາກສ່ວນຮັບ"),
    "signatory": ("signatory", "signed by", "ຜູ້ລົງນາມ", "ລົງນາມໂດຍ", "ຜູ້ເຊັນ"),
    "direction": ("direction", "in out", "in/out", "ຂາເຂົ້າ/ຂາອອກ", "ເຂົ້າ/ອອກ"),
}
# One column naming the other side of the letter: the sender of incoming rows, the recipients of outgoing ones.
# With a direction column, each row takes it as what its direction needs (`parse_row`).
CORRESPONDENT_TITLES = (
    "sender / recipients",
    "sender / recipient",
    "from / to",
    "to / from",
    "correspondent",
    "ຜູ້ສົ່ງ/ຜູ້ຮັບ",
    "ຈາກ/ເຖິງ",
    "ເຖິງ/ຈາກ",
    "ພາກສ່ວນສົ່ງ/ຮັບ",
)
