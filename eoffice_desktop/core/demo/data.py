"""Realistic names and subjects for the demo office: real Lao ministries and provinces, Lao and English text."""

from __future__ import annotations

DEMO_OFFICE = {
    "code": "ຊສຖ",
    "name_lo": "ຫ້ອງການປົກຄອງເມືອງໄຊເສດຖາ",
    "name_en": "Xaysettha District Governor's Office",
}

# (Lao name, English name, abbreviation, kind, province)
ORGANISATIONS: list[tuple[str, str, str, str, str]] = [
    ("ກະຊວງການເງິນ", "Ministry of Finance", "ກງ", "ministry", ""),
    ("ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ", "Ministry of Technology and Communications", "ກຕສ", "ministry", ""),
    ("ກະຊວງສຶກສາທິການ ແລະ ກິລາ", "Ministry of Education and Sports", "ສສກ", "ministry", ""),
    ("ກະຊວງສາທາລະນະສຸກ", "Ministry of Health", "ສທ", "ministry", ""),
    ("ກະຊວງພາຍໃນ", "Ministry of Home Affairs", "ພນ", "ministry", ""),
    ("ກະຊວງກະສິກຳ ແລະ ປ່າໄມ້", "Ministry of Agriculture and Forestry", "ກປ", "ministry", ""),
    ("ກະຊວງແຜນການ ແລະ ການລົງທຶນ", "Ministry of Planning and Investment", "ຜທ", "ministry", ""),
    ("ກະຊວງການຕ່າງປະເທດ", "Ministry of Foreign Affairs", "ຕປ", "ministry", ""),
    ("ກະຊວງຍຸຕິທຳ", "Ministry of Justice", "ຍທ", "ministry", ""),
    ("ກະຊວງພະລັງງານ ແລະ ບໍ່ແຮ່", "Ministry of Energy and Mines", "ພບ", "ministry", ""),
    ("ກະຊວງຊັບພະຍາກອນທຳມະຊາດ ແລະ ສິ່ງແວດລ້ອມ", "Ministry of Natural Resources and Environment", "ຊສ", "ministry", ""),
    ("ຫ້ອງວ່າການນະຄອນຫຼວງວຽງຈັນ", "Vientiane Capital Administration Office", "ນວ", "province", "ນະຄອນຫຼວງວຽງຈັນ"),
    ("ຫ້ອງການປົກຄອງແຂວງຫຼວງພະບາງ", "Luang Prabang Provincial Governor's Office", "ຫລພ", "province", "ຫຼວງພະບາງ"),
    ("ຫ້ອງການປົກຄອງແຂວງສະຫວັນນະເຂດ", "Savannakhet Provincial Governor's Office", "ສຂ", "province", "ສະຫວັນນະເຂດ"),
    ("ຫ້ອງການປົກຄອງແຂວງຈຳປາສັກ", "Champasak Provincial Governor's Office", "ຈປ", "province", "ຈຳປາສັກ"),
    ("ຫ້ອງການປົກຄອງແຂວງຫົວພັນ", "Houaphanh Provincial Governor's Office", "ຫພ", "province", "ຫົວພັນ"),
    ("ຫ້ອງການປົກຄອງແຂວງອຸດົມໄຊ", "Oudomxay Provincial Governor's Office", "ອດ", "province", "ອຸດົມໄຊ"),
    ("ຫ້ອງການປົກຄອງແຂວງຄຳມ່ວນ", "Khammouane Provincial Governor's Office", "ຄມ", "province", "ຄຳມ່ວນ"),
    ("ຫ້ອງການປົກຄອງແຂວງອັດຕະປື", "Attapeu Provincial Governor's Office", "ອປ", "province", "ອັດຕະປື"),
    ("ຫ້ອງການປົກຄອງເມືອງຈັນທະບູລີ", "Chanthabouly District Office", "ຈທບ", "district", "ນະຄອນຫຼວງວຽງຈັນ"),
    ("ຫ້ອງການປົກຄອງເມືອງສີສັດຕະນາກ", "Sisattanak District Office", "ສສນ", "district", "ນະຄອນຫຼວງວຽງຈັນ"),
    ("ອົງການກວດສອບແຫ່ງລັດ", "State Audit Organization", "ອກລ", "other", ""),
    ("ທະນາຄານແຫ່ງ ສປປ ລາວ", "Bank of the Lao PDR", "ທຫລ", "other", ""),
    ("ໂຄງການພັດທະນາແຫ່ງສະຫະປະຊາຊາດ", "UNDP Lao PDR", "UNDP", "other", ""),
    ("ສະຖານທູດຍີ່ປຸ່ນ ປະຈຳ ສປປ ລາວ", "Embassy of Japan in the Lao PDR", "EoJ", "embassy", ""),
]

# (Lao subject, document type); {year} is filled in.
LAO_SUBJECTS: list[tuple[str, str]] = [
    ("ແຈ້ງການກ່ຽວກັບການປະຊຸມທົບທວນແຜນງົບປະມານປີ {year}", "notice"),
    ("ເຊີນເຂົ້າຮ່ວມກອງປະຊຸມສຳມະນາກ່ຽວກັບລັດຖະບານດິຈິຕອນ", "invitation"),
    ("ບົດລາຍງານຜົນການປະຕິບັດແຜນການ 6 ເດືອນຕົ້ນປີ {year}", "report"),
    ("ຂໍອະນຸມັດງົບປະມານສ້ອມແປງຫ້ອງການ", "request"),
    ("ແຈ້ງການກ່ຽວກັບວັນພັກລັດຖະການປະຈຳປີ {year}", "notice"),
    ("ສະເໜີຂໍບຸກຄະລາກອນເພີ່ມເຕີມ", "request"),
    ("ຂໍ້ຕົກລົງວ່າດ້ວຍການແຕ່ງຕັ້ງຄະນະກຳມະການກວດກາ", "decree"),
    ("ລາຍງານສະພາບໄພນ້ຳຖ້ວມ ແລະ ການຊ່ວຍເຫຼືອປະຊາຊົນ", "report"),
    ("ເຊີນເຂົ້າຮ່ວມຝຶກອົບຮົມການນຳໃຊ້ລະບົບຫ້ອງການເອເລັກໂຕຣນິກ", "invitation"),
    ("ແຈ້ງການກ່ຽວກັບການກະກຽມສະເຫຼີມສະຫຼອງວັນຊາດ 2 ທັນວາ", "notice"),
    ("ຂໍຂໍ້ມູນສະຖິຕິປະຊາກອນປະຈຳປີ {year}", "request"),
    ("ລາຍງານການເກັບລາຍຮັບງົບປະມານໄຕມາດທີ 3", "report"),
    ("ແຈ້ງການກ່ຽວກັບການປ້ອງກັນພະຍາດໄຂ້ເລືອດອອກ", "notice"),
    ("ໜັງສືສະເໜີຂໍປ່ຽນແປງແຜນການລົງທຶນຂອງລັດ", "letter"),
    ("ກ່ຽວກັບການກະກຽມສົກຮຽນໃໝ່ {year}", "letter"),
]

ENGLISH_SUBJECTS: list[tuple[str, str]] = [
    ("Invitation to the Regional Workshop on e-Government Interoperability", "invitation"),
    ("Request for data on district health facilities", "request"),
    ("Quarterly progress report on rural electrification", "report"),
    ("Notification of audit visit, fiscal year {year}", "notice"),
    ("Draft agreement on the digital archive project", "letter"),
]

SUMMARIES_LO = [
    "ຂໍໃຫ້ພະແນກທີ່ກ່ຽວຂ້ອງພິຈາລະນາ ແລະ ລາຍງານກັບຄືນພາຍໃນກຳນົດເວລາ.",
    "ເພື່ອຊາບ ແລະ ປະຕິບັດ.",
    "ຂໍໃຫ້ສົ່ງຜູ້ຕາງໜ້າເຂົ້າຮ່ວມ 2 ທ່ານ.",
    "ກະລຸນາກະກຽມເອກະສານຕາມແບບຟອມທີ່ຄັດຕິດມານີ້.",
]

KEYWORDS = ["ງົບປະມານ", "ປະຊຸມ", "ຝຶກອົບຮົມ", "ລາຍງານ", "ບຸກຄະລາກອນ", "budget", "training", "audit", "ICT"]

SIGNATORIES = ["ທ່ານ ສົມພອນ ວົງສະຫວັນ, ເຈົ້າເມືອງ", "ທ່ານ ນາງ ບົວພັນ ສີສຸລາດ, ຮອງເຈົ້າເມືອງ"]

# (Lao name, English name) of the demo office's departments
DEPARTMENTS = [
    ("ພະແນກບໍລິຫານ", "Administration"),
    ("ພະແນກການເງິນ", "Finance"),
    ("ພະແນກແຜນການ ແລະ ການລົງທຶນ", "Planning and Investment"),
]

# (user name, full name, title, roles, department index or None); every demo password is "eoffice-demo"
PEOPLE = [
    ("head", "ທ່ານ ສົມພອນ ວົງສະຫວັນ", "ເຈົ້າເມືອງ", ["head"], None),
    ("deputy", "ທ່ານ ນາງ ບົວພັນ ສີສຸລາດ", "ຮອງເຈົ້າເມືອງ", ["head"], None),
    ("clerk", "ນາງ ມະນີວອນ ແສງສຸລິຍາ", "ພະນັກງານຂາເຂົ້າ-ຂາອອກ", ["clerk"], 0),
    ("khamla", "ທ່ານ ຄຳຫຼ້າ ພົມມະວົງ", "ຫົວໜ້າພະແນກການເງິນ", ["official"], 1),
    ("noy", "ນາງ ນ້ອຍ ໄຊຍະວົງ", "ວິຊາການການເງິນ", ["official"], 1),
    ("somsak", "ທ່ານ ສົມສັກ ອິນທະວົງ", "ຫົວໜ້າພະແນກແຜນການ", ["official"], 2),
]

MINUTES = [
    "ສະເໜີທ່ານເຈົ້າເມືອງພິຈາລະນາ",
    "ມອບໃຫ້ພະແນກການເງິນຄົ້ນຄວ້າ ແລະ ສະເໜີຄຳເຫັນ",
    "ໃຫ້ກະກຽມໜັງສືຕອບ ພາຍໃນອາທິດນີ້",
    "ເພື່ອຊາບ ແລະ ຈັດຕັ້ງປະຕິບັດ",
    "Please prepare a short answer with the figures for this year.",
]
