<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<context>
    <name>AccessibleNames</name>
    <message>
        <location filename="../eoffice_desktop/ui/accessible_names.py" line="56"/>
        <source>Registers and lists</source>
        <translation>ທະບຽນ ແລະ ລາຍການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/accessible_names.py" line="57"/>
        <source>Saved searches</source>
        <translation>ການຊອກຫາທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/accessible_names.py" line="58"/>
        <source>Find letters</source>
        <translation>ຊອກຫາໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/accessible_names.py" line="59"/>
        <source>Year</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/accessible_names.py" line="60"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/accessible_names.py" line="61"/>
        <source>Urgency</source>
        <translation>ຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/accessible_names.py" line="62"/>
        <source>Letters</source>
        <translation>ໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/accessible_names.py" line="63"/>
        <source>Letters in the list</source>
        <translation>ໜັງສືໃນລາຍການ</translation>
    </message>
</context>
<context>
    <name>AddressBook</name>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="32"/>
        <source>Ministry</source>
        <translation>ກະຊວງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="33"/>
        <source>Province</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="34"/>
        <source>District</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="35"/>
        <source>Department</source>
        <translation>ພະແນກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="36"/>
        <source>Company</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="37"/>
        <source>Embassy</source>
        <translation>ສະຖານທູດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="38"/>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="53"/>
        <source>Address book</source>
        <translation>ປຶ້ມທີ່ຢູ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="55"/>
        <source>Find by name or abbreviation…</source>
        <translation>ຊອກຫາຕາມຊື່ ຫຼື ຕົວຫຍໍ້…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="58"/>
        <source>Show merged entries</source>
        <translation>ສະແດງລາຍການທີ່ລວມແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="61"/>
        <source>Address-book entries</source>
        <translation>ລາຍການໃນປຶ້ມທີ່ຢູ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="64"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="65"/>
        <source>English name</source>
        <translation>ຊື່ພາສາອັງກິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="66"/>
        <source>Abbreviation</source>
        <translation>ຕົວຫຍໍ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="67"/>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="68"/>
        <source>Province</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="69"/>
        <source>Letters reach it</source>
        <translation>ໜັງສືໄປເຖິງທາງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="84"/>
        <source>New entry…</source>
        <translation>ເພີ່ມລາຍການໃໝ່…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="85"/>
        <source>Edit…</source>
        <translation>ແກ້ໄຂ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="86"/>
        <source>Merge into…</source>
        <translation>ລວມເຂົ້າກັບ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="87"/>
        <source>Link to an office…</source>
        <translation>ເຊື່ອມກັບຫ້ອງການ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="88"/>
        <source>Separate again</source>
        <translation>ແຍກອອກຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="128"/>
        <source>{sure} entries are surely offices of the directory; {doubtful} may be (choose them with Link to an office…).</source>
        <translation>{sure} ລາຍການແມ່ນຫ້ອງການໃນບັນຊີລາຍຊື່ຫ້ອງການແນ່ນອນ; {doubtful} ລາຍການອາດຈະແມ່ນ (ເລືອກດ້ວຍ ເຊື່ອມກັບຫ້ອງການ…).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="134"/>
        <source>Link the {count} sure ones</source>
        <translation>ເຊື່ອມ {count} ລາຍການທີ່ແນ່ນອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="148"/>
        <source>through the server</source>
        <translation>ຜ່ານເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="148"/>
        <source>on paper</source>
        <translation>ເປັນເອກະສານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="154"/>
        <source>{name} → merged into {other}</source>
        <translation>{name} → ລວມເຂົ້າກັບ {other}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="197"/>
        <source>New address-book entry</source>
        <translation>ລາຍການໃໝ່ໃນປຶ້ມທີ່ຢູ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="207"/>
        <source>Edit address-book entry</source>
        <translation>ແກ້ໄຂລາຍການໃນປຶ້ມທີ່ຢູ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="223"/>
        <source>Choose an entry of the list to merge into.</source>
        <translation>ກະລຸນາເລືອກລາຍການໃນລາຍຊື່ເພື່ອລວມເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book.py" line="240"/>
        <source>Choose an office of the directory from the list.</source>
        <translation>ກະລຸນາເລືອກຫ້ອງການຈາກລາຍຊື່ໃນບັນຊີລາຍຊື່ຫ້ອງການ.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="94"/>
        <source>The update was stopped</source>
        <translation>ການອັບເດດຖືກຢຸດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="101"/>
        <source>Making the demo office…</source>
        <translation>ກຳລັງສ້າງຫ້ອງການຕົວຢ່າງ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="149"/>
        <source>eOffice is already open</source>
        <translation>eOffice ເປີດຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="150"/>
        <source>eOffice is already open on this PC with the same data. Use the window that is open, or close it first.</source>
        <translation>eOffice ເປີດຢູ່ແລ້ວໃນຄອມພິວເຕີນີ້ ດ້ວຍຂໍ້ມູນດຽວກັນ. ກະລຸນາໃຊ້ໜ້າຕ່າງທີ່ເປີດຢູ່ ຫຼື ປິດມັນກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="159"/>
        <source>The data cannot be opened</source>
        <translation>ບໍ່ສາມາດເປີດຂໍ້ມູນໄດ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="160"/>
        <source>eOffice cannot open its database and has changed nothing.

{detail}</source>
        <translation>eOffice ບໍ່ສາມາດເປີດຖານຂໍ້ມູນໄດ້ ແລະ ບໍ່ໄດ້ປ່ຽນແປງຫຍັງ.

{detail}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="171"/>
        <source>The demo office could not be made.</source>
        <translation>ບໍ່ສາມາດສ້າງຫ້ອງການຕົວຢ່າງໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="221"/>
        <source>The data is damaged</source>
        <translation>ຂໍ້ມູນເສຍຫາຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="250"/>
        <source>Demo office: sign in as clerk, head or admin with the password eoffice-demo.</source>
        <translation>ຫ້ອງການຕົວຢ່າງ: ເຂົ້າລະບົບດ້ວຍ clerk, head ຫຼື admin ແລະ ລະຫັດຜ່ານ eoffice-demo.</translation>
    </message>
</context>
<context>
    <name>Arrived</name>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="336"/>
        <source>another office</source>
        <translation>ຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="339"/>
        <source>Delivered to {office} ({when})</source>
        <translation>ສົ່ງເຖິງ {office} ແລ້ວ ({when})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="342"/>
        <source>Returned by {office}: {reason} ({when})</source>
        <translation>ຖືກສົ່ງຄືນ ໂດຍ {office}: {reason} ({when})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="345"/>
        <source>Registered by {office} as {number} ({when})</source>
        <translation>{office} ລົງທະບຽນແລ້ວ ເລກທີ {number} ({when})</translation>
    </message>
</context>
<context>
    <name>ArrivedPage</name>
    <message>
        <source>Letters other offices sent to this office. Check each one and register it as an incoming letter.</source>
        <translation type="vanished">ໜັງສືທີ່ຫ້ອງການອື່ນສົ່ງມາຫາຫ້ອງການນີ້. ກວດເບິ່ງແຕ່ລະສະບັບ ແລ້ວລົງທະບຽນເປັນໜັງສືຂາເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="61"/>
        <source>Letters other offices sent to this office through the server. Check each one. If it is for this office, press Register: it becomes an incoming letter in the register. If it was sent here by mistake, or this office will not take it, press Return to sender and say why.</source>
        <translation>ໜັງສືທີ່ຫ້ອງການອື່ນສົ່ງມາຫາຫ້ອງການນີ້ຜ່ານເຊີບເວີ. ກະລຸນາກວດເບິ່ງແຕ່ລະສະບັບ. ຖ້າແມ່ນຂອງຫ້ອງການນີ້, ກົດ ລົງທະບຽນ: ມັນຈະເປັນໜັງສືຂາເຂົ້າໃນປຶ້ມທະບຽນ. ຖ້າສົ່ງມາຜິດຫ້ອງການ ຫຼື ຫ້ອງການນີ້ບໍ່ຮັບ, ກົດ ສົ່ງຄືນຜູ້ສົ່ງ ແລະ ບອກເຫດຜົນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="67"/>
        <source>Letters other offices sent to this office through the server. A clerk or the head of office registers each one, or returns it to the office that sent it.</source>
        <translation>ໜັງສືທີ່ຫ້ອງການອື່ນສົ່ງມາຫາຫ້ອງການນີ້ຜ່ານເຊີບເວີ. ພະນັກງານຂາເຂົ້າ-ຂາອອກ ຫຼື ຫົວໜ້າຫ້ອງການ ຈະລົງທະບຽນແຕ່ລະສະບັບ, ຫຼື ສົ່ງຄືນໃຫ້ຫ້ອງການທີ່ສົ່ງມາ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="75"/>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="76"/>
        <source>Their number</source>
        <translation>ເລກທີຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="77"/>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="78"/>
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="79"/>
        <source>Urgency</source>
        <translation>ຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="101"/>
        <source>Nothing has arrived from other offices.</source>
        <translation>ຍັງບໍ່ມີໜັງສືມາຈາກຫ້ອງການອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="187"/>
        <source>Another office</source>
        <translation>ຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="198"/>
        <source>Waiting for too long: the sending office sees this letter as lost.</source>
        <translation>ລໍຖ້າດົນເກີນໄປ: ຫ້ອງການຜູ້ສົ່ງເຫັນວ່າໜັງສືນີ້ອາດເສຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="213"/>
        <source>Register</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="215"/>
        <source>Return to sender…</source>
        <translation>ສົ່ງຄືນຜູ້ສົ່ງ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="254"/>
        <source>Sent back to {office}. That office sees it, with the reason, after the next sync.</source>
        <translation>ສົ່ງຄືນໃຫ້ {office} ແລ້ວ. ຫ້ອງການນັ້ນຈະເຫັນ ພ້ອມທັງເຫດຜົນ ຫຼັງການຊິ້ງຂໍ້ມູນເທື່ອໜ້າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="255"/>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="296"/>
        <source>the office that sent it</source>
        <translation>ຫ້ອງການທີ່ສົ່ງມາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="265"/>
        <source>Registered as incoming letter {number}. The sending office will see it.</source>
        <translation>ລົງທະບຽນເປັນໜັງສືຂາເຂົ້າ ເລກທີ {number} ແລ້ວ. ຫ້ອງການຜູ້ສົ່ງຈະເຫັນວ່າໄດ້ຮັບແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="294"/>
        <source>Registered after all as incoming letter {number}. After the next sync, {office} sees it registered here instead of returned.</source>
        <translation>ຮັບຄືນ ແລະ ລົງທະບຽນເປັນໜັງສືຂາເຂົ້າ ເລກທີ {number} ແລ້ວ. ຫຼັງການຊິ້ງຂໍ້ມູນເທື່ອໜ້າ, {office} ຈະເຫັນວ່າລົງທະບຽນແລ້ວ ແທນທີ່ຈະເປັນສົ່ງຄືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="311"/>
        <source>Not registered: {error}</source>
        <translation>ຍັງບໍ່ໄດ້ລົງທະບຽນ: {error}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="309"/>
        <source>Not registered, because of a problem on this PC. Try again; if it happens again, ask IT staff.</source>
        <translation>ບໍ່ໄດ້ລົງທະບຽນ ເນື່ອງຈາກມີບັນຫາໃນຄອມພິວເຕີເຄື່ອງນີ້. ກະລຸນາລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>AskText</name>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="276"/>
        <source>Nothing is written yet: write a few words, or Cancel.</source>
        <translation>ຍັງບໍ່ໄດ້ຂຽນຫຍັງເທື່ອ: ກະລຸນາຂຽນສອງສາມຄຳ ຫຼື ກົດ ຍົກເລີກ.</translation>
    </message>
</context>
<context>
    <name>AttachmentWindow</name>
    <message>
        <location filename="../eoffice_desktop/ui/attachment_window.py" line="45"/>
        <source>Attachments</source>
        <translation>ເອກະສານຄັດຕິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/attachment_window.py" line="59"/>
        <source>Whole page</source>
        <translation>ທັງໜ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/attachment_window.py" line="62"/>
        <source>The whole page in sight, or as wide as the window (Ctrl+0)</source>
        <translation>ເບິ່ງເຫັນທັງໜ້າ ຫຼື ກວ້າງເທົ່າປ່ອງຢ້ຽມ (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/attachment_window.py" line="89"/>
        <source>Attachment: {name}</source>
        <translation>ເອກະສານຄັດຕິດ: {name}</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../eoffice_desktop/ui/attachments_tab.py" line="39"/>
        <source>Double-click to see it larger</source>
        <translation>ກົດສອງເທື່ອ ເພື່ອເບິ່ງໃຫ້ໃຫຍ່ຂຶ້ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/attachments_tab.py" line="43"/>
        <source>See it larger…</source>
        <translation>ເບິ່ງໃຫ້ໃຫຍ່ຂຶ້ນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/attachments_tab.py" line="44"/>
        <source>The page on the whole screen, with the text read from it (Enter)</source>
        <translation>ເບິ່ງໜ້າເອກະສານເຕັມຈໍ ພ້ອມຂໍ້ຄວາມທີ່ອ່ານໄດ້ຈາກໜ້ານັ້ນ (Enter)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/attachments_tab.py" line="46"/>
        <source>Save a copy…</source>
        <translation>ບັນທຶກສຳເນົາ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/attachments_tab.py" line="48"/>
        <source>Add attachment…</source>
        <translation>ເພີ່ມເອກະສານຄັດຕິດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/attachments_tab.py" line="115"/>
        <location filename="../eoffice_desktop/ui/attachments_tab.py" line="126"/>
        <source>Save a copy</source>
        <translation>ບັນທຶກສຳເນົາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/attachments_tab.py" line="127"/>
        <source>Saving a copy of {file}…</source>
        <translation>ກຳລັງບັນທຶກສຳເນົາຂອງ {file}…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/attachments_tab.py" line="128"/>
        <source>The copy of {file} was not saved: {reason}</source>
        <translation>ບັນທຶກສຳເນົາຂອງ {file} ບໍ່ໄດ້: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/backup_dialog.py" line="49"/>
        <source>Back up the office</source>
        <translation>ສຳຮອງຂໍ້ມູນຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/backup_dialog.py" line="54"/>
        <source>eOffice backs up by itself every day into its data folder. Keep another copy away from this PC: plug in a USB drive and choose it below. Later backups to the same drive only add what changed.</source>
        <translation>eOffice ສຳຮອງຂໍ້ມູນເອງທຸກມື້ໄວ້ໃນໂຟນເດີຂໍ້ມູນຂອງມັນ. ກະລຸນາເກັບສຳເນົາອີກຊຸດໜຶ່ງໄວ້ນອກຄອມພິວເຕີນີ້: ສຽບ USB ແລ້ວເລືອກມັນຂ້າງລຸ່ມນີ້. ການສຳຮອງຄັ້ງຕໍ່ໄປໃສ່ USB ດຽວກັນຈະເພີ່ມແຕ່ສິ່ງທີ່ປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/backup_dialog.py" line="59"/>
        <location filename="../eoffice_desktop/ui/backup_dialog.py" line="130"/>
        <source>Back up to a folder or USB drive…</source>
        <translation>ສຳຮອງໃສ່ໂຟນເດີ ຫຼື USB…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/backup_dialog.py" line="79"/>
        <source>Last automatic backup: {when} ({letters} letters).</source>
        <translation>ການສຳຮອງອັດຕະໂນມັດຄັ້ງຫຼ້າສຸດ: {when} ({letters} ສະບັບ).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/backup_dialog.py" line="84"/>
        <source>No automatic backup yet: it is made a few seconds after eOffice starts.</source>
        <translation>ຍັງບໍ່ມີການສຳຮອງອັດຕະໂນມັດ: ມັນຈະເຮັດພາຍຫຼັງ eOffice ເປີດຂຶ້ນບໍ່ເທົ່າໃດວິນາທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/backup_dialog.py" line="87"/>
        <source>Where should the backup go?</source>
        <translation>ຈະເກັບຂໍ້ມູນສຳຮອງໄວ້ໃສ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/backup_dialog.py" line="96"/>
        <source>Backing up to {folder}…</source>
        <translation>ກຳລັງສຳຮອງໃສ່ {folder}…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/backup_dialog.py" line="99"/>
        <source>Stop the backup</source>
        <translation>ຢຸດການສຳຮອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/backup_dialog.py" line="139"/>
        <source>Backup done: {letters} letters and {files} attachments in {folder}. IT staff restore it with: eoffice restore</source>
        <translation>ສຳຮອງສຳເລັດ: {letters} ສະບັບ ແລະ ເອກະສານຄັດຕິດ {files} ແຟ້ມ ຢູ່ໃນ {folder}. ພະນັກງານໄອທີກູ້ຄືນດ້ວຍຄຳສັ່ງ: eoffice restore</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/backup_dialog.py" line="148"/>
        <source>The backup was stopped. Nothing was left half-written on the drive.</source>
        <translation>ການສຳຮອງຖືກຢຸດແລ້ວ. ບໍ່ມີຫຍັງຖືກຂຽນໄວ້ເຄິ່ງໆໃນ USB.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/backup_dialog.py" line="152"/>
        <source>The drive is full, so the backup was not made (nothing of it was left there). Free some space on it, or use another drive.</source>
        <translation>ໄດຣຟ໌ເຕັມ, ສະນັ້ນການສຳຮອງບໍ່ໄດ້ເຮັດ (ບໍ່ມີຫຍັງຂອງມັນເຫຼືອຢູ່ໃນໄດຣຟ໌). ກະລຸນາເຮັດໃຫ້ມີບ່ອນຫວ່າງໃນໄດຣຟ໌, ຫຼື ໃຊ້ໄດຣຟ໌ອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/backup_dialog.py" line="162"/>
        <source>The backup was not made. Check that the drive is still plugged in and has free space, then try again; if it happens again, ask IT staff.</source>
        <translation>ບໍ່ໄດ້ສຳຮອງຂໍ້ມູນ. ກະລຸນາກວດເບິ່ງວ່າໄດຣຟ໌ຍັງສຽບຢູ່ ແລະ ຍັງມີບ່ອນຫວ່າງ, ແລ້ວລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>CheckNotice</name>
    <message>
        <location filename="../eoffice_desktop/ui/check_notice.py" line="62"/>
        <source>The office&apos;s records need attention</source>
        <translation>ບັນທຶກຂອງຫ້ອງການຕ້ອງໄດ້ກວດເບິ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/check_notice.py" line="64"/>
        <source>eOffice checked the office&apos;s records on this PC and found that some were changed outside eOffice or are damaged:

{problems}

What to do: do not delete or repair anything yourself. Make a backup to a USB drive now and call IT staff: they compare this PC with the server (eoffice check --full) and put back a good backup.</source>
        <translation>eOffice ໄດ້ກວດສອບບັນທຶກຂອງຫ້ອງການໃນຄອມພິວເຕີເຄື່ອງນີ້ ແລະ ພົບວ່າບາງລາຍການຖືກແກ້ໄຂຢູ່ນອກ eOffice ຫຼື ເສຍຫາຍ:

{problems}

ສິ່ງທີ່ຕ້ອງເຮັດ: ຢ່າລຶບ ຫຼື ແກ້ໄຂຫຍັງດ້ວຍຕົນເອງ. ສຳຮອງຂໍ້ມູນໃສ່ USB ດຽວນີ້ ແລ້ວໂທຫາພະນັກງານໄອທີ: ເຂົາເຈົ້າຈະປຽບທຽບຄອມພິວເຕີເຄື່ອງນີ້ກັບເຊີບເວີ (eoffice check --full) ແລະ ກູ້ຄືນຂໍ້ມູນສຳຮອງທີ່ດີ.</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="202"/>
        <source>Complete letter {number}</source>
        <translation>ສຳເລັດໜັງສື {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="207"/>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="236"/>
        <source>(choose the outgoing letter)</source>
        <translation>(ເລືອກໜັງສືຂາອອກ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="215"/>
        <source>Outcome</source>
        <translation>ຜົນການດຳເນີນການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="216"/>
        <source>Answered by</source>
        <translation>ຕອບໂດຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="217"/>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="220"/>
        <source>Complete</source>
        <translation>ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="236"/>
        <source>(not needed)</source>
        <translation>(ບໍ່ຈຳເປັນ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="244"/>
        <source>Choose the outgoing letter that answers it.</source>
        <translation>ກະລຸນາເລືອກໜັງສືຂາອອກທີ່ຕອບໜັງສືນີ້.</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="179"/>
        <source>The file {file} cannot be opened: its drive may have been taken out, or this PC may not be allowed to read it. Copy it to this PC, then try again.</source>
        <translation>ເປີດໄຟລ໌ {file} ບໍ່ໄດ້: ໄດຣຟ໌ຂອງມັນອາດຖືກຖອດອອກ ຫຼື ຄອມພິວເຕີນີ້ບໍ່ມີສິດອ່ານມັນ. ກະລຸນາສຳເນົາມັນມາໄວ້ໃນຄອມພິວເຕີນີ້, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="518"/>
        <source>The update of the office&apos;s data was stopped. Nothing was changed. Start eOffice again when you have time for it.</source>
        <translation>ການອັບເດດຂໍ້ມູນຂອງຫ້ອງການຖືກຢຸດແລ້ວ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ. ກະລຸນາເປີດ eOffice ໃໝ່ເມື່ອທ່ານມີເວລາ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="105"/>
        <source>&apos;{text}&apos;: {year} looks like a Buddhist-era year; write the Gregorian year ({gregorian})</source>
        <translation>&apos;{text}&apos;: {year} ເບິ່ງຄືເປັນປີພຸດທະສັກກະລາດ; ກະລຸນາຂຽນປີຄຣິດສັກກະລາດ ({gregorian})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="109"/>
        <source>&apos;{text}&apos; is not a valid date</source>
        <translation>&apos;{text}&apos; ບໍ່ແມ່ນວັນທີທີ່ມີຢູ່ແທ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="110"/>
        <source>&apos;{text}&apos; is not a valid date (dates are read as day/month/year)</source>
        <translation>&apos;{text}&apos; ບໍ່ແມ່ນວັນທີທີ່ມີຢູ່ແທ້ (ວັນທີຖືກອ່ານເປັນ ວັນ/ເດືອນ/ປີ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="111"/>
        <source>&apos;{text}&apos; is not a date</source>
        <translation>&apos;{text}&apos; ບໍ່ແມ່ນວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="112"/>
        <source>&apos;{text}&apos; is not a number of pages</source>
        <translation>&apos;{text}&apos; ບໍ່ແມ່ນຈຳນວນໜ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="113"/>
        <source>&apos;{text}&apos; is not a known word; write one of: {allowed}</source>
        <translation>&apos;{text}&apos; ບໍ່ແມ່ນຄຳທີ່ຮູ້ຈັກ; ກະລຸນາຂຽນໜຶ່ງໃນ: {allowed}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="114"/>
        <source>&apos;{text}&apos;: write the year with four digits</source>
        <translation>&apos;{text}&apos;: ກະລຸນາຂຽນປີເປັນຕົວເລກສີ່ຕົວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="26"/>
        <source>This user account does not exist or is disabled.</source>
        <translation>ບັນຊີຜູ້ໃຊ້ນີ້ບໍ່ມີ ຫຼື ຖືກປິດໃຊ້ງານແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="287"/>
        <source>Only an administrator can manage user accounts.</source>
        <translation>ມີແຕ່ຜູ້ບໍລິຫານລະບົບເທົ່ານັ້ນທີ່ຈັດການບັນຊີຜູ້ໃຊ້ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="165"/>
        <source>Enter the department name in Lao.</source>
        <translation>ກະລຸນາປ້ອນຊື່ພະແນກເປັນພາສາລາວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="523"/>
        <source>Enter the user name and the full name.</source>
        <translation>ກະລຸນາປ້ອນຊື່ຜູ້ໃຊ້ ແລະ ຊື່ ແລະ ນາມສະກຸນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="166"/>
        <source>This department does not exist.</source>
        <translation>ບໍ່ມີພະແນກນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="524"/>
        <source>This user does not exist.</source>
        <translation>ບໍ່ມີຜູ້ໃຊ້ນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="142"/>
        <source>The current password is wrong.</source>
        <translation>ລະຫັດຜ່ານປັດຈຸບັນບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="478"/>
        <source>The user name or the password is wrong.</source>
        <translation>ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="98"/>
        <source>You cannot disable your own account.</source>
        <translation>ທ່ານບໍ່ສາມາດປິດບັນຊີຂອງຕົນເອງໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="348"/>
        <source>An organisation needs a name.</source>
        <translation>ອົງການຕ້ອງມີຊື່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="350"/>
        <source>This address-book entry does not exist.</source>
        <translation>ບໍ່ມີລາຍການນີ້ໃນປຶ້ມທີ່ຢູ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="347"/>
        <source>This entry was merged into another one; change that one instead.</source>
        <translation>ລາຍການນີ້ຖືກລວມເຂົ້າກັບລາຍການອື່ນແລ້ວ; ກະລຸນາແກ້ໄຂລາຍການນັ້ນແທນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="346"/>
        <source>An entry cannot be merged into itself.</source>
        <translation>ບໍ່ສາມາດລວມລາຍການເຂົ້າກັບຕົວມັນເອງໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="349"/>
        <source>This entry is not merged into another.</source>
        <translation>ລາຍການນີ້ບໍ່ໄດ້ຖືກລວມເຂົ້າກັບລາຍການອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="83"/>
        <source>This bundle is for another office; nothing was imported.</source>
        <translation>ແຟ້ມຊິງຄ໌ນີ້ເປັນຂອງຫ້ອງການອື່ນ; ບໍ່ໄດ້ນຳເຂົ້າຫຍັງເລີຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="90"/>
        <source>This return bundle was not made by the server for this PC (its seal does not match): it may be another PC&apos;s, or changed. Nothing was imported.</source>
        <translation>ຊຸດຂໍ້ມູນສົ່ງກັບນີ້ບໍ່ແມ່ນເຊີບເວີເຮັດໃຫ້ຄອມພິວເຕີເຄື່ອງນີ້ (ເຄື່ອງໝາຍຜະນຶກບໍ່ກົງກັນ): ມັນອາດເປັນຂອງຄອມພິວເຕີເຄື່ອງອື່ນ ຫຼື ຖືກປ່ຽນແປງ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="388"/>
        <source>Receipts are sent only for letters that came from another office.</source>
        <translation>ໃບຢັ້ງຢືນການຮັບສົ່ງສະເພາະໜັງສືທີ່ມາຈາກຫ້ອງການອື່ນເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="345"/>
        <source>Only an incoming letter of this office can be sent on.</source>
        <translation>ສົ່ງຕໍ່ໄດ້ແຕ່ໜັງສືຂາເຂົ້າຂອງຫ້ອງການນີ້ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="472"/>
        <source>Choose between 1 and 60 working days.</source>
        <translation>ກະລຸນາເລືອກລະຫວ່າງ 1 ຫາ 60 ວັນເຮັດວຽກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="473"/>
        <source>Only an administrator or the head of office can change what the office shares.</source>
        <translation>ມີແຕ່ຜູ້ບໍລິຫານລະບົບ ຫຼື ຫົວໜ້າຫ້ອງການເທົ່ານັ້ນທີ່ປ່ຽນສິ່ງທີ່ຫ້ອງການແບ່ງປັນໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="273"/>
        <source>You have no password on this PC yet. An administrator sets it in Office &gt; Users and departments.</source>
        <translation>ທ່ານຍັງບໍ່ມີລະຫັດຜ່ານໃນຄອມພິວເຕີນີ້. ຜູ້ບໍລິຫານລະບົບຈະຕັ້ງໃຫ້ຢູ່ໃນ ຫ້ອງການ &gt; ຜູ້ໃຊ້ ແລະ ພະແນກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="364"/>
        <source>Passwords are already set on this PC; sign in and use Users and departments.</source>
        <translation>ຄອມພິວເຕີນີ້ມີລະຫັດຜ່ານແລ້ວ; ກະລຸນາເຂົ້າລະບົບ ແລ້ວໃຊ້ ຜູ້ໃຊ້ ແລະ ພະແນກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="116"/>
        <source>Choose an administrator of the office.</source>
        <translation>ກະລຸນາເລືອກຜູ້ບໍລິຫານລະບົບຂອງຫ້ອງການ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="30"/>
        <source>The certificate {serial} was already revoked on {when}.</source>
        <translation>ໃບຢັ້ງຢືນ {serial} ຖືກຍົກເລີກແລ້ວ ເມື່ອ {when}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="32"/>
        <source>This letter belongs to the office that sent it. Register it in this office first, then work on your registered copy.</source>
        <translation>ໜັງສືນີ້ເປັນຂອງຫ້ອງການທີ່ສົ່ງມາ. ກະລຸນາລົງທະບຽນຢູ່ຫ້ອງການນີ້ກ່ອນ, ແລ້ວຈຶ່ງເຮັດວຽກກັບສະບັບທີ່ລົງທະບຽນແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="37"/>
        <source>The file {file} is empty.</source>
        <translation>ໄຟລ໌ {file} ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="39"/>
        <source>The file {file} is not a PDF or an image.</source>
        <translation>ໄຟລ໌ {file} ບໍ່ແມ່ນ PDF ຫຼື ຮູບພາບ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="40"/>
        <source>The file {file} is {size} MB; the limit is {limit} MB. Scan it at a lower resolution or split it.</source>
        <translation>ໄຟລ໌ {file} ມີຂະໜາດ {size} MB; ຂະໜາດສູງສຸດແມ່ນ {limit} MB. ກະລຸນາສະແກນໃໝ່ດ້ວຍຄວາມລະອຽດຕ່ຳກວ່າ ຫຼື ແບ່ງເປັນຫຼາຍໄຟລ໌.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="44"/>
        <source>The file {file} cannot be read. It may be open in another program, or on a drive that was taken out: close that program or put the drive back, then add the file again.</source>
        <translation>ອ່ານໄຟລ໌ {file} ບໍ່ໄດ້. ມັນອາດຈະເປີດຢູ່ໃນໂປຣແກຣມອື່ນ ຫຼື ຢູ່ໃນໄດຣຟ໌ທີ່ຖືກຖອດອອກແລ້ວ: ກະລຸນາປິດໂປຣແກຣມນັ້ນ ຫຼື ສຽບໄດຣຟ໌ຄືນ, ແລ້ວເພີ່ມໄຟລ໌ອີກເທື່ອໜຶ່ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="49"/>
        <source>The attachment {blob} is damaged in the office data; run eoffice check.</source>
        <translation>ໄຟລ໌ຄັດຕິດ {blob} ໃນຂໍ້ມູນຂອງຫ້ອງການເສຍຫາຍ; ກະລຸນາແລ່ນ eoffice check.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="53"/>
        <source>The attachment {blob} is missing from the office data; run eoffice check.</source>
        <translation>ໄຟລ໌ຄັດຕິດ {blob} ບໍ່ມີຢູ່ໃນຂໍ້ມູນຂອງຫ້ອງການ; ກະລຸນາແລ່ນ eoffice check.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="57"/>
        <source>The drive {folder} is full, so the backup was not made (nothing of it was left there). Free some space on it, or use another drive.</source>
        <translation>ບ່ອນເກັບ {folder} ເຕັມ, ສະນັ້ນຈຶ່ງບໍ່ໄດ້ສຳຮອງ (ບໍ່ມີຫຍັງເຫຼືອໄວ້ຢູ່ບ່ອນນັ້ນ). ກະລຸນາລຶບໄຟລ໌ເພື່ອໃຫ້ມີບ່ອນຫວ່າງ ຫຼື ໃຊ້ບ່ອນເກັບອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="62"/>
        <source>The backup folder {folder} cannot be written to, so the backup was not made. Check that the drive is plugged in and not write-protected, or choose another folder.</source>
        <translation>ຂຽນລົງໂຟນເດີສຳຮອງ {folder} ບໍ່ໄດ້, ສະນັ້ນຈຶ່ງບໍ່ໄດ້ສຳຮອງ. ກະລຸນາກວດເບິ່ງວ່າໄດຣຟ໌ສຽບຢູ່ ແລະ ບໍ່ໄດ້ຖືກລັອກບໍ່ໃຫ້ຂຽນ, ຫຼື ເລືອກໂຟນເດີອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="67"/>
        <source>{folder} is not a complete eOffice backup: some of its files are missing or damaged. Choose another backup.</source>
        <translation>{folder} ບໍ່ແມ່ນຂໍ້ມູນສຳຮອງ eOffice ທີ່ຄົບຖ້ວນ: ບາງໄຟລ໌ຂອງມັນຂາດ ຫຼື ເສຍຫາຍ. ກະລຸນາເລືອກຂໍ້ມູນສຳຮອງອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="72"/>
        <source>This backup cannot be restored: {problems}. Nothing was changed.</source>
        <translation>ບໍ່ສາມາດກູ້ຄືນຂໍ້ມູນສຳຮອງນີ້ໄດ້: {problems}. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="76"/>
        <source>The backup could not be written to {folder}; nothing of it was left there. Check that the drive is plugged in and not write-protected, then try again, or use another drive.</source>
        <translation>ຂຽນຂໍ້ມູນສຳຮອງລົງ {folder} ບໍ່ໄດ້; ບໍ່ມີຫຍັງຂອງມັນເຫຼືອໄວ້ຢູ່ບ່ອນນັ້ນ. ກະລຸນາກວດເບິ່ງວ່າໄດຣຟ໌ສຽບຢູ່ ແລະ ບໍ່ໄດ້ຖືກລັອກບໍ່ໃຫ້ຂຽນ, ແລ້ວລອງໃໝ່, ຫຼື ໃຊ້ໄດຣຟ໌ອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="81"/>
        <source>The server&apos;s answer holds no readable certificate.</source>
        <translation>ຄຳຕອບຂອງເຊີບເວີບໍ່ມີໃບຢັ້ງຢືນທີ່ອ່ານໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="82"/>
        <source>The downloaded file {blob} was damaged; it will be fetched again.</source>
        <translation>ໄຟລ໌ {blob} ທີ່ດາວໂຫຼດມາເສຍຫາຍ; ຈະດາວໂຫຼດໃໝ່ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="84"/>
        <source>This bundle is encrypted for the server and its office&apos;s PCs, and this PC cannot open it: sync this PC, and the PC that saved it, over the network once, then read it in again, or send it on to the server. Nothing was imported.</source>
        <translation>ຊຸດຂໍ້ມູນນີ້ຖືກເຂົ້າລະຫັດໄວ້ສຳລັບເຊີບເວີ ແລະ ຄອມພິວເຕີຂອງຫ້ອງການ, ແຕ່ຄອມພິວເຕີເຄື່ອງນີ້ເປີດມັນບໍ່ໄດ້: ກະລຸນາຊິ້ງເຄື່ອງນີ້ ແລະ ເຄື່ອງທີ່ບັນທຶກມັນຜ່ານເຄືອຂ່າຍໜຶ່ງຄັ້ງ, ແລ້ວນຳເຂົ້າອີກຄັ້ງ, ຫຼື ສົ່ງມັນຕໍ່ໄປຫາເຊີບເວີ. ບໍ່ມີຫຍັງຖືກນຳເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="95"/>
        <source>A CA already exists in {folder}.</source>
        <translation>ມີ CA ຢູ່ໃນ {folder} ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="96"/>
        <source>There is no CA in {folder}. Create one with &apos;eoffice ca init&apos;.</source>
        <translation>ບໍ່ມີ CA ຢູ່ໃນ {folder}. ກະລຸນາສ້າງດ້ວຍຄຳສັ່ງ &apos;eoffice ca init&apos;.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="100"/>
        <source>Your certificate cannot be used to sign: it has expired, was revoked, or is not from an authority this office trusts. Open My signing key to see which: renew the certificate there, or ask IT staff.</source>
        <translation>ໃບຢັ້ງຢືນຂອງທ່ານໃຊ້ລົງລາຍເຊັນບໍ່ໄດ້: ມັນໝົດອາຍຸ, ຖືກຖອນຄືນ, ຫຼື ບໍ່ໄດ້ມາຈາກອົງການທີ່ຫ້ອງການນີ້ເຊື່ອຖື. ກະລຸນາເປີດ “ກະແຈລົງລາຍເຊັນຂອງຂ້ອຍ” ເພື່ອເບິ່ງວ່າແມ່ນອັນໃດ: ຕໍ່ອາຍຸໃບຢັ້ງຢືນຢູ່ບ່ອນນັ້ນ, ຫຼື ແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="128"/>
        <source>This is not a certificate request.</source>
        <translation>ນີ້ບໍ່ແມ່ນຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="137"/>
        <source>The CSV file cannot be read: its lines are not in CSV form. Open it in Excel, save it again as &apos;CSV UTF-8&apos;, then try again.</source>
        <translation>ອ່ານໄຟລ໌ CSV ບໍ່ໄດ້: ແຖວຂອງມັນບໍ່ຖືກຮູບແບບ CSV. ກະລຸນາເປີດມັນໃນ Excel, ບັນທຶກເປັນ &apos;CSV UTF-8&apos; ໃໝ່, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="143"/>
        <source>eOffice is already open on {folder}. Close the other window first (or wait until the other command finishes).</source>
        <translation>eOffice ເປີດຢູ່ແລ້ວກັບ {folder}. ກະລຸນາປິດໜ້າຕ່າງອື່ນກ່ອນ (ຫຼື ລໍຖ້າໃຫ້ຄຳສັ່ງອື່ນເຮັດວຽກແລ້ວ).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="162"/>
        <source>The demo CA and demo keys are only for a demo office; this office is real.</source>
        <translation>ໃບຢັ້ງຢືນ ແລະ ກະແຈຕົວຢ່າງ ໃຊ້ໄດ້ສະເພາະກັບຫ້ອງການຕົວຢ່າງເທົ່ານັ້ນ; ຫ້ອງການນີ້ແມ່ນຫ້ອງການແທ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="176"/>
        <source>The field {field} cannot be corrected.</source>
        <translation>ຊ່ອງ {field} ແກ້ໄຂບໍ່ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="178"/>
        <source>The file {file} does not exist.</source>
        <translation>ບໍ່ມີໄຟລ໌ {file}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="184"/>
        <source>{suffix} files cannot be read; save the register as .xlsx or CSV UTF-8 first.</source>
        <translation>ອ່ານໄຟລ໌ {suffix} ບໍ່ໄດ້; ກະລຸນາບັນທຶກປຶ້ມທະບຽນເປັນ .xlsx ຫຼື CSV UTF-8 ກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="189"/>
        <source>The key file {file} is damaged. Restore it from your PKCS#12 backup (Import key).</source>
        <translation>ໄຟລ໌ກະແຈ {file} ເສຍຫາຍ. ກະລຸນາກູ້ຄືນຈາກໄຟລ໌ສຳຮອງ PKCS#12 ຂອງທ່ານ (ນຳເຂົ້າກະແຈ).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="193"/>
        <source>The key file {file} cannot be read: it is damaged.</source>
        <translation>ອ່ານໄຟລ໌ກະແຈ {file} ບໍ່ໄດ້: ມັນເສຍຫາຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="194"/>
        <source>The key file {file} holds no usable signing key.</source>
        <translation>ໄຟລ໌ກະແຈ {file} ບໍ່ມີກະແຈລົງລາຍເຊັນທີ່ໃຊ້ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="195"/>
        <source>In {file} the certificate does not belong to the key.</source>
        <translation>ໃນ {file} ໃບຢັ້ງຢືນບໍ່ແມ່ນຂອງກະແຈນັ້ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="196"/>
        <source>The file {file} holds no ECDSA or RSA private key.</source>
        <translation>ໄຟລ໌ {file} ບໍ່ມີກະແຈສ່ວນຕົວ ECDSA ຫຼື RSA.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="197"/>
        <source>The passphrase of {file} is wrong, or the file is damaged.</source>
        <translation>ລະຫັດລັບຂອງ {file} ບໍ່ຖືກຕ້ອງ ຫຼື ໄຟລ໌ເສຍຫາຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="206"/>
        <source>The key information file {file} is damaged.</source>
        <translation>ໄຟລ໌ຂໍ້ມູນກະແຈ {file} ເສຍຫາຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="207"/>
        <source>Too many wrong passphrases. Try again in {seconds} seconds.</source>
        <translation>ໃສ່ລະຫັດລັບຜິດຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລອງໃໝ່ໃນອີກ {seconds} ວິນາທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="217"/>
        <source>This letter was returned to the office that sent it. If that was a mistake, register it after all: on the Arrived page, tick Show the letters this office returned to their office.</source>
        <translation>ໜັງສືນີ້ໄດ້ສົ່ງຄືນໃຫ້ຫ້ອງການທີ່ສົ່ງມາແລ້ວ. ຖ້າສົ່ງຄືນຜິດ, ຍັງຮັບຄືນ ແລະ ລົງທະບຽນໄດ້: ຢູ່ໜ້າ ມາຈາກຫ້ອງການອື່ນ, ໝາຍໃສ່ ສະແດງໜັງສືທີ່ຫ້ອງການນີ້ສົ່ງຄືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="230"/>
        <source>This letter has not arrived on this PC.</source>
        <translation>ໜັງສືນີ້ຍັງບໍ່ທັນມາຮອດຄອມພິວເຕີນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="241"/>
        <source>Unknown fields in the mapping: {fields} (known: {known}).</source>
        <translation>ການຈັບຄູ່ມີຊ່ອງທີ່ບໍ່ຮູ້ຈັກ: {fields} (ຊ່ອງທີ່ຮູ້ຈັກ: {known}).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="242"/>
        <source>The mapping is not valid JSON. Ask IT staff to correct the mapping file (the log says where the mistake is).</source>
        <translation>ການຈັບຄູ່ບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ. ກະລຸນາໃຫ້ພະນັກງານໄອທີແກ້ໄຂໄຟລ໌ການຈັບຄູ່ (ບັນທຶກຂອງໂປຣແກຣມບອກວ່າຜິດຢູ່ບ່ອນໃດ).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="250"/>
        <source>The mapping file cannot be read. Check that it is still there and not open in another program, then try again.</source>
        <translation>ອ່ານໄຟລ໌ການຈັບຄູ່ບໍ່ໄດ້. ກະລຸນາກວດເບິ່ງວ່າມັນຍັງຢູ່ ແລະ ບໍ່ໄດ້ເປີດຢູ່ໃນໂປຣແກຣມອື່ນ, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="255"/>
        <source>This mapping is version {version}; this program reads version 1.</source>
        <translation>ການຈັບຄູ່ນີ້ເປັນລຸ້ນ {version}; ໂປຣແກຣມນີ້ອ່ານໄດ້ແຕ່ລຸ້ນ 1.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="268"/>
        <source>There is no office database in {folder}.</source>
        <translation>ບໍ່ມີຖານຂໍ້ມູນຂອງຫ້ອງການຢູ່ໃນ {folder}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="301"/>
        <source>This letter has no signature with a verification code to print.</source>
        <translation>ໜັງສືນີ້ບໍ່ມີລາຍເຊັນທີ່ມີລະຫັດກວດສອບ ເພື່ອພິມ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="305"/>
        <source>This letter has no signature with a verification code to print. Sign it first.</source>
        <translation>ໜັງສືນີ້ບໍ່ມີລາຍເຊັນທີ່ມີລະຫັດກວດສອບ ເພື່ອພິມ. ກະລຸນາລົງລາຍເຊັນກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="317"/>
        <source>Several letters have the number {number}; give --direction and --year.</source>
        <translation>ມີໜັງສືຫຼາຍສະບັບທີ່ມີເລກ {number}; ກະລຸນາໃສ່ --direction ແລະ --year.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="322"/>
        <source>No letter has the registry number {number}.</source>
        <translation>ບໍ່ມີໜັງສືທີ່ມີເລກທະບຽນ {number}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="327"/>
        <source>The text reader has no {models} model. Ask IT staff to install it.</source>
        <translation>ໂປຣແກຣມອ່ານຕົວໜັງສືບໍ່ມີແບບອ່ານ {models}. ກະລຸນາແຈ້ງພະນັກງານໄອທີໃຫ້ຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="38"/>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="351"/>
        <source>The file {file} is missing or damaged on this PC.</source>
        <translation>ໄຟລ໌ {file} ບໍ່ມີ ຫຼື ເສຍຫາຍຢູ່ໃນຄອມພິວເຕີນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="352"/>
        <source>{file} is not a signed package: manifest.json is missing.</source>
        <translation>{file} ບໍ່ແມ່ນຊຸດເອກະສານທີ່ລົງລາຍເຊັນ: ບໍ່ມີ manifest.json.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="353"/>
        <source>{file} is not a signed package: it is not a readable zip file. Ask the sender for the package again.</source>
        <translation>{file} ບໍ່ແມ່ນຊຸດເອກະສານທີ່ລົງລາຍເຊັນ: ມັນບໍ່ແມ່ນໄຟລ໌ zip ທີ່ອ່ານໄດ້. ກະລຸນາຂໍຊຸດເອກະສານນັ້ນຈາກຜູ້ສົ່ງອີກເທື່ອໜຶ່ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="358"/>
        <source>The passphrase must have at least {count} characters.</source>
        <translation>ລະຫັດລັບຕ້ອງມີຢ່າງໜ້ອຍ {count} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="363"/>
        <source>The password must have at least {count} characters.</source>
        <translation>ລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ {count} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="368"/>
        <source>The PDF cannot be signed because it cannot be read: it may be damaged or locked with a password. Attach a new PDF of the letter (scanned or saved again) and sign that.</source>
        <translation>ລົງລາຍເຊັນ PDF ນີ້ບໍ່ໄດ້ ເພາະອ່ານມັນບໍ່ໄດ້: ມັນອາດຈະເສຍຫາຍ ຫຼື ຖືກລັອກດ້ວຍລະຫັດຜ່ານ. ກະລຸນາຄັດຕິດ PDF ໃໝ່ຂອງໜັງສື (ສະແກນ ຫຼື ບັນທຶກໃໝ່) ແລ້ວລົງລາຍເຊັນໃສ່ໄຟລ໌ນັ້ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="373"/>
        <source>The file {filename} is missing or damaged on this PC; it cannot be printed.</source>
        <translation>ໄຟລ໌ {filename} ບໍ່ມີ ຫຼື ເສຍຫາຍຢູ່ໃນຄອມພິວເຕີນີ້; ຈຶ່ງພິມບໍ່ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="377"/>
        <source>The file {filename} cannot be read as a PDF, so it cannot be printed. It may be damaged on this PC: ask IT staff to run eoffice check.</source>
        <translation>ອ່ານໄຟລ໌ {filename} ເປັນ PDF ບໍ່ໄດ້, ຈຶ່ງພິມບໍ່ໄດ້. ມັນອາດຈະເສຍຫາຍຢູ່ໃນເຄື່ອງນີ້: ກະລຸນາໃຫ້ພະນັກງານໄອທີແລ່ນ eoffice check.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="382"/>
        <source>Printing was stopped.</source>
        <translation>ການພິມຖືກຢຸດແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="222"/>
        <source>This letter is already registered in this office.</source>
        <translation>ໜັງສືນີ້ໄດ້ລົງທະບຽນໃນຫ້ອງການນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="71"/>
        <source>The backup was stopped; nothing was kept of it.</source>
        <translation>ການສຳຮອງຖືກຢຸດ; ບໍ່ໄດ້ເກັບຫຍັງໄວ້ຈາກມັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="262"/>
        <source>This update of eOffice keeps a copy of the office database in {folder} first, and that folder cannot be written to; the database was not changed. Ask IT staff to make the folder writable (its drive must not be write-protected), then start eOffice again.</source>
        <translation>ການອັບເດດ eOffice ນີ້ຕ້ອງເກັບສຳເນົາຖານຂໍ້ມູນຂອງຫ້ອງການໄວ້ໃນ {folder} ກ່ອນ, ແຕ່ຂຽນລົງໂຟນເດີນັ້ນບໍ່ໄດ້; ຖານຂໍ້ມູນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ກະລຸນາໃຫ້ພະນັກງານໄອທີເຮັດໃຫ້ຂຽນລົງໂຟນເດີນັ້ນໄດ້ (ໄດຣຟ໌ຂອງມັນຕ້ອງບໍ່ຖືກລັອກບໍ່ໃຫ້ຂຽນ), ແລ້ວເປີດ eOffice ໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="256"/>
        <source>This update of eOffice needs about {megabytes} MB free on the drive of {folder} to keep a copy of the office database first, and there is not that much; the database was not changed. Free some space on that drive (move or delete files you do not need), then start eOffice again.</source>
        <translation>ການອັບເດດ eOffice ນີ້ຕ້ອງການບ່ອນຫວ່າງປະມານ {megabytes} MB ໃນໄດຣຟ໌ຂອງ {folder} ເພື່ອເກັບສຳເນົາຖານຂໍ້ມູນຂອງຫ້ອງການໄວ້ກ່ອນ, ແຕ່ບ່ອນຫວ່າງບໍ່ພໍ; ຖານຂໍ້ມູນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ກະລຸນາຍ້າຍ ຫຼື ລຶບໄຟລ໌ທີ່ບໍ່ຕ້ອງການອອກ ເພື່ອໃຫ້ມີບ່ອນຫວ່າງໃນໄດຣຟ໌ນັ້ນ, ແລ້ວເປີດ eOffice ໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="152"/>
        <source>This database was made by a newer version of eOffice. It was not changed. Install the newer version again, or restore a backup made by this version.</source>
        <translation>ຖານຂໍ້ມູນນີ້ສ້າງດ້ວຍ eOffice ລຸ້ນໃໝ່ກວ່າ. ມັນບໍ່ໄດ້ຖືກປ່ຽນແປງ. ກະລຸນາຕິດຕັ້ງລຸ້ນໃໝ່ຄືນ ຫຼື ກູ້ຄືນສຳຮອງທີ່ເຮັດດ້ວຍລຸ້ນນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="115"/>
        <source>This change is too large to record; shorten the text.</source>
        <translation>ການປ່ຽນແປງນີ້ໃຫຍ່ເກີນໄປທີ່ຈະບັນທຶກ; ກະລຸນາເຮັດໃຫ້ຂໍ້ຄວາມສັ້ນລົງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="246"/>
        <source>The mapping must be a JSON object with &quot;columns&quot;: {field: column title}.</source>
        <translation>ແຟ້ມການຈັບຄູ່ຕ້ອງເປັນ JSON object ທີ່ມີ &quot;columns&quot;: {field: column title}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="240"/>
        <source>Each field of the mapping must name a column title.</source>
        <translation>ແຕ່ລະຊ່ອງຂໍ້ມູນໃນການຈັບຄູ່ຕ້ອງບອກຊື່ຫົວຖັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="239"/>
        <source>&quot;direction&quot; must be &quot;in&quot; or &quot;out&quot;.</source>
        <translation>&quot;direction&quot; ຕ້ອງເປັນ &quot;in&quot; ຫຼື &quot;out&quot;.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="495"/>
        <source>The number template must contain {seq}.</source>
        <translation>ແບບເລກທີຕ້ອງມີ {seq}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="321"/>
        <source>A number block needs 1 &lt;= first &lt;= last.</source>
        <translation>ຊຸດເລກທີຕ້ອງມີ 1 &lt;= ເລກທຳອິດ &lt;= ເລກສຸດທ້າຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="335"/>
        <source>This office is already set up.</source>
        <translation>ຫ້ອງການນີ້ຖືກຕັ້ງຄ່າແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="323"/>
        <source>The text reader (Tesseract) is not installed on this PC. Ask IT staff to install it.</source>
        <translation>ເຄື່ອງນີ້ບໍ່ມີໂປຣແກຣມອ່ານຕົວໜັງສື (Tesseract). ກະລຸນາແຈ້ງພະນັກງານໄອທີໃຫ້ຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="331"/>
        <source>The text reader has no Lao or English model. Ask IT staff to install it.</source>
        <translation>ໂປຣແກຣມອ່ານຕົວໜັງສືບໍ່ມີແບບອ່ານພາສາລາວ ຫຼື ອັງກິດ. ກະລຸນາແຈ້ງພະນັກງານໄອທີໃຫ້ຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="444"/>
        <source>This PC was restored from a backup, and the server may already have given numbers to letters registered after that backup. Enrol this PC again and sync it before registering letters.</source>
        <translation>ຄອມພິວເຕີເຄື່ອງນີ້ຖືກກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງ, ແລະ ເຊີບເວີອາດໄດ້ອອກເລກທີໃຫ້ໜັງສືທີ່ລົງທະບຽນຫຼັງການສຳຮອງນັ້ນແລ້ວ. ກະລຸນາລົງທະບຽນຄອມພິວເຕີເຄື່ອງນີ້ກັບເຊີບເວີຄືນໃໝ່ ແລະ ຊິ້ງຂໍ້ມູນກ່ອນລົງທະບຽນໜັງສື.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="336"/>
        <source>Enter the office abbreviation (up to 32 characters, no &apos;/&apos;).</source>
        <translation>ກະລຸນາປ້ອນຕົວຫຍໍ້ຂອງຫ້ອງການ (ບໍ່ເກີນ 32 ຕົວອັກສອນ, ບໍ່ມີ &apos;/&apos;).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="342"/>
        <source>Enter the office name in Lao.</source>
        <translation>ກະລຸນາປ້ອນຊື່ຫ້ອງການເປັນພາສາລາວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="27"/>
        <source>Enter the administrator&apos;s user name and full name.</source>
        <translation>ກະລຸນາປ້ອນຊື່ຜູ້ໃຊ້ ແລະ ຊື່ ແລະ ນາມສະກຸນຂອງຜູ້ບໍລິຫານລະບົບ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="343"/>
        <source>This office has not been set up yet.</source>
        <translation>ຫ້ອງການນີ້ຍັງບໍ່ທັນໄດ້ຕັ້ງຄ່າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="344"/>
        <source>This office has no administrator yet.</source>
        <translation>ຫ້ອງການນີ້ຍັງບໍ່ມີຜູ້ບໍລິຫານລະບົບ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="229"/>
        <source>This letter was not found or you may not see it.</source>
        <translation>ບໍ່ພົບໜັງສືນີ້ ຫຼື ທ່ານບໍ່ມີສິດເບິ່ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="231"/>
        <source>This letter was not found.</source>
        <translation>ບໍ່ພົບໜັງສືນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="237"/>
        <source>This letter is void and can no longer be changed.</source>
        <translation>ໜັງສືນີ້ເປັນໂມຄະແລ້ວ ແລະ ບໍ່ສາມາດປ່ຽນແປງໄດ້ອີກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="175"/>
        <source>This field is frozen because the letter has already moved on.</source>
        <translation>ຊ່ອງນີ້ຖືກລັອກ ເພາະໜັງສືໄດ້ຖືກສົ່ງຕໍ່ໄປແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="526"/>
        <source>The new value is the same as the old one.</source>
        <translation>ຄ່າໃໝ່ຄືກັນກັບຄ່າເກົ່າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="236"/>
        <source>This letter is void.</source>
        <translation>ໜັງສືນີ້ເປັນໂມຄະແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="314"/>
        <source>You do not hold this letter.</source>
        <translation>ທ່ານບໍ່ໄດ້ຖືໜັງສືນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="228"/>
        <source>This letter is completed. Reopen it first.</source>
        <translation>ໜັງສືນີ້ສຳເລັດແລ້ວ. ກະລຸນາເປີດຄືນກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="316"/>
        <source>You do not hold this letter, so you cannot send it on.</source>
        <translation>ທ່ານບໍ່ໄດ້ຖືໜັງສືນີ້, ຈຶ່ງບໍ່ສາມາດສົ່ງຕໍ່ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="309"/>
        <source>Nobody else holds this letter, or you may not take it from them.</source>
        <translation>ບໍ່ມີຜູ້ອື່ນຖືໜັງສືນີ້ ຫຼື ທ່ານບໍ່ມີສິດເອົາມັນຈາກເຂົາເຈົ້າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="28"/>
        <source>You have already acknowledged this letter.</source>
        <translation>ທ່ານໄດ້ຢືນຢັນຮັບໜັງສືນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="29"/>
        <source>This letter is already completed.</source>
        <translation>ໜັງສືນີ້ສຳເລັດແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="315"/>
        <source>You do not hold this letter, so you cannot complete it.</source>
        <translation>ທ່ານບໍ່ໄດ້ຖືໜັງສືນີ້, ຈຶ່ງບໍ່ສາມາດປິດວຽກໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="313"/>
        <source>This letter is not completed.</source>
        <translation>ໜັງສືນີ້ຍັງບໍ່ສຳເລັດ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="291"/>
        <source>Only a clerk or the head of office can reopen a letter.</source>
        <translation>ມີແຕ່ພະນັກງານທະບຽນ ຫຼື ຫົວໜ້າຫ້ອງການເທົ່ານັ້ນທີ່ເປີດໜັງສືຄືນໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="290"/>
        <source>Only a clerk or the head of office can register letters.</source>
        <translation>ມີແຕ່ພະນັກງານຂາເຂົ້າ-ຂາອອກ ຫຼື ຫົວໜ້າຫ້ອງການເທົ່ານັ້ນທີ່ລົງທະບຽນໜັງສືໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="279"/>
        <source>Only a clerk or the head of office can correct a registered letter.</source>
        <translation>ມີແຕ່ພະນັກງານຂາເຂົ້າ-ຂາອອກ ຫຼື ຫົວໜ້າຫ້ອງການເທົ່ານັ້ນທີ່ແກ້ໄຂໜັງສືທີ່ລົງທະບຽນແລ້ວໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="299"/>
        <source>Only a clerk or the head of office can void a letter.</source>
        <translation>ມີແຕ່ພະນັກງານຂາເຂົ້າ-ຂາອອກ ຫຼື ຫົວໜ້າຫ້ອງການເທົ່ານັ້ນທີ່ເຮັດໃຫ້ໜັງສືເປັນໂມຄະໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="293"/>
        <source>You may not send letters on.</source>
        <translation>ທ່ານບໍ່ມີສິດສົ່ງໜັງສືຕໍ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="289"/>
        <source>You may not take a letter from the person who holds it.</source>
        <translation>ທ່ານບໍ່ມີສິດເອົາໜັງສືຈາກຜູ້ທີ່ກຳລັງຖືຢູ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="288"/>
        <source>You may not pull letters back.</source>
        <translation>ທ່ານບໍ່ມີສິດດຶງໜັງສືຄືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="278"/>
        <source>You may not complete letters.</source>
        <translation>ທ່ານບໍ່ມີສິດສຳເລັດໜັງສື.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="295"/>
        <source>Only an administrator can change the trusted certificate authorities.</source>
        <translation>ມີແຕ່ຜູ້ບໍລິຫານລະບົບເທົ່ານັ້ນທີ່ປ່ຽນອົງການອອກໃບຢັ້ງຢືນທີ່ໄວ້ວາງໃຈໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="283"/>
        <source>Only a clerk, the head of office or an administrator can export the register.</source>
        <translation>ມີແຕ່ພະນັກງານຂາເຂົ້າ-ຂາອອກ, ຫົວໜ້າຫ້ອງການ ຫຼື ຜູ້ບໍລິຫານລະບົບເທົ່ານັ້ນທີ່ສົ່ງອອກປຶ້ມທະບຽນໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="277"/>
        <source>Only the head of office or an administrator can make a backup.</source>
        <translation>ມີແຕ່ຫົວໜ້າຫ້ອງການ ຫຼື ຜູ້ບໍລິຫານລະບົບເທົ່ານັ້ນທີ່ສຳຮອງຂໍ້ມູນໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="292"/>
        <source>Only an administrator can restore a backup.</source>
        <translation>ມີແຕ່ຜູ້ບໍລິຫານລະບົບເທົ່ານັ້ນທີ່ກູ້ຄືນຂໍ້ມູນສຳຮອງໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="157"/>
        <source>This data folder holds a real office; the demo only fills a new folder or a demo office. Give another folder with --data-dir.</source>
        <translation>ໂຟນເດີຂໍ້ມູນນີ້ມີຫ້ອງການແທ້; ຕົວຢ່າງຈະໃສ່ໄດ້ແຕ່ໃນໂຟນເດີໃໝ່ ຫຼື ຫ້ອງການຕົວຢ່າງເທົ່ານັ້ນ. ກະລຸນາເລືອກໂຟນເດີອື່ນດ້ວຍ --data-dir.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="383"/>
        <source>You can only pull back a letter you sent.</source>
        <translation>ທ່ານດຶງຄືນໄດ້ສະເພາະໜັງສືທີ່ທ່ານສົ່ງເອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="384"/>
        <source>The receiver has already opened this letter; it can no longer be pulled back.</source>
        <translation>ຜູ້ຮັບໄດ້ເປີດໜັງສືນີ້ແລ້ວ; ບໍ່ສາມາດດຶງຄືນໄດ້ອີກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="392"/>
        <source>Unknown receipt status {status}.</source>
        <translation>ສະຖານະໃບຮັບ {status} ບໍ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="449"/>
        <source>Unknown reason {reason}; use one of: {reasons}.</source>
        <translation>ເຫດຜົນ {reason} ບໍ່ຮູ້ຈັກ; ກະລຸນາໃຊ້ໜຶ່ງໃນ: {reasons}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="450"/>
        <source>Choose roles among: {roles}.</source>
        <translation>ກະລຸນາເລືອກບົດບາດຈາກ: {roles}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="451"/>
        <source>Give the saved route a name.</source>
        <translation>ກະລຸນາຕັ້ງຊື່ໃຫ້ເສັ້ນທາງທີ່ບັນທຶກໄວ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="452"/>
        <source>A saved route needs at least one recipient with an action.</source>
        <translation>ເສັ້ນທາງທີ່ບັນທຶກໄວ້ຕ້ອງມີຜູ້ຮັບຢ່າງໜ້ອຍໜຶ່ງຄົນພ້ອມການດຳເນີນງານ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="453"/>
        <source>Give the saved search a name.</source>
        <translation>ກະລຸນາຕັ້ງຊື່ໃຫ້ການຄົ້ນຫາທີ່ບັນທຶກໄວ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="454"/>
        <source>You already have a saved search named {name}.</source>
        <translation>ທ່ານມີການຄົ້ນຫາທີ່ບັນທຶກໄວ້ຊື່ {name} ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="455"/>
        <source>The name of a saved search can have at most 200 characters.</source>
        <translation>ຊື່ຂອງການຄົ້ນຫາທີ່ບັນທຶກໄວ້ມີໄດ້ບໍ່ເກີນ 200 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="125"/>
        <source>The certificate request is damaged: its signature does not match.</source>
        <translation>ຄຳຮ້ອງຂໍໃບຢັ້ງຢືນເສຍຫາຍ: ລາຍເຊັນຂອງມັນບໍ່ກົງກັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="126"/>
        <source>The certificate request must carry an ECDSA or RSA key.</source>
        <translation>ຄຳຮ້ອງຂໍໃບຢັ້ງຢືນຕ້ອງມີກະແຈ ECDSA ຫຼື RSA.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="97"/>
        <source>The CA passphrase is wrong (or ca.p12 is damaged).</source>
        <translation>ລະຫັດລັບຂອງ CA ບໍ່ຖືກຕ້ອງ (ຫຼື ແຟ້ມ ca.p12 ເສຍຫາຍ).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="127"/>
        <source>The certificate request needs the official&apos;s name.</source>
        <translation>ຄຳຮ້ອງຂໍໃບຢັ້ງຢືນຕ້ອງມີຊື່ຂອງພະນັກງານ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="209"/>
        <source>This key has no certificate yet; ask the CA to issue one first.</source>
        <translation>ກະແຈນີ້ຍັງບໍ່ມີໃບຢັ້ງຢືນ; ກະລຸນາຂໍໃຫ້ CA ອອກໃບຢັ້ງຢືນກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="188"/>
        <source>This user already has a signing key on this PC.</source>
        <translation>ຜູ້ໃຊ້ນີ້ມີກະແຈລົງລາຍເຊັນຢູ່ໃນຄອມພິວເຕີນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="269"/>
        <source>There is no signing key for this user on this PC. Create one or import a PKCS#12 file.</source>
        <translation>ບໍ່ມີກະແຈລົງລາຍເຊັນຂອງຜູ້ໃຊ້ນີ້ຢູ່ໃນຄອມພິວເຕີນີ້. ກະລຸນາສ້າງໃໝ່ ຫຼື ນຳເຂົ້າແຟ້ມ PKCS#12.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="99"/>
        <source>This certificate was issued for a different key.</source>
        <translation>ໃບຢັ້ງຢືນນີ້ອອກໃຫ້ກະແຈອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="359"/>
        <source>The passphrase is wrong. Check the keyboard language and Caps Lock.</source>
        <translation>ລະຫັດລັບບໍ່ຖືກຕ້ອງ. ກະລຸນາກວດພາສາແປ້ນພິມ ແລະ ປຸ່ມ Caps Lock.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="232"/>
        <source>This letter is already signed; no further signature can be added.</source>
        <translation>ໜັງສືນີ້ລົງລາຍເຊັນແລ້ວ; ບໍ່ສາມາດເພີ່ມລາຍເຊັນອີກໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="31"/>
        <source>You have already signed this letter in this role.</source>
        <translation>ທ່ານໄດ້ລົງລາຍເຊັນໜັງສືນີ້ໃນບົດບາດນີ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="213"/>
        <source>Your key has no certificate yet. Send the request to the CA and install the answer.</source>
        <translation>ກະແຈຂອງທ່ານຍັງບໍ່ມີໃບຢັ້ງຢືນ. ກະລຸນາສົ່ງຄຳຮ້ອງໄປຫາ CA ແລ້ວຕິດຕັ້ງຄຳຕອບ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="294"/>
        <source>You do not have signing rights (role &apos;head&apos; or &apos;signer&apos;).</source>
        <translation>ທ່ານບໍ່ມີສິດລົງລາຍເຊັນ (ບົດບາດ &apos;head&apos; ຫຼື &apos;signer&apos;).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="238"/>
        <source>This letter is void and cannot be signed.</source>
        <translation>ໜັງສືນີ້ເປັນໂມຄະແລ້ວ ແລະ ບໍ່ສາມາດລົງລາຍເຊັນໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="223"/>
        <source>The letter changed after the first signature. All signatures must cover the same letter; ask the first signers to sign again.</source>
        <translation>ໜັງສືໄດ້ປ່ຽນແປງຫຼັງຈາກລາຍເຊັນທຳອິດ. ທຸກລາຍເຊັນຕ້ອງແມ່ນໜັງສືສະບັບດຽວກັນ; ກະລຸນາຂໍໃຫ້ຜູ້ລົງລາຍເຊັນກ່ອນໜ້າລົງລາຍເຊັນຄືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="300"/>
        <source>This letter has no signature to export.</source>
        <translation>ໜັງສືນີ້ບໍ່ມີລາຍເຊັນທີ່ຈະສົ່ງອອກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="208"/>
        <source>This key has no certificate yet.</source>
        <translation>ກະແຈນີ້ຍັງບໍ່ມີໃບຢັ້ງຢືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="337"/>
        <source>This office has sent as many files to the server as it may keep there, so the new files were not sent. Nothing was lost: ask IT staff at the server to raise the office&apos;s limit; eOffice then sends them by itself.</source>
        <translation>ຫ້ອງການນີ້ໄດ້ສົ່ງໄຟລ໌ໄປເຊີບເວີ ຄົບຕາມຂອບເຂດທີ່ເຊີບເວີເກັບໃຫ້ແລ້ວ ສະນັ້ນໄຟລ໌ໃໝ່ບໍ່ໄດ້ຖືກສົ່ງ. ບໍ່ມີຫຍັງເສຍ: ກະລຸນາໃຫ້ພະນັກງານໄອທີຂອງເຊີບເວີ ເພີ່ມຂອບເຂດຂອງຫ້ອງການນີ້; ຈາກນັ້ນ eOffice ຈະສົ່ງເອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="357"/>
        <source>The passphrase must not start or end with a space.</source>
        <translation>ລະຫັດລັບຕ້ອງບໍ່ເລີ່ມ ຫຼື ລົງທ້າຍດ້ວຍຍະຫວ່າງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="393"/>
        <source>This letter is already registered in this office, so it cannot be returned.</source>
        <translation>ໜັງສືນີ້ລົງທະບຽນຢູ່ຫ້ອງການນີ້ແລ້ວ, ຈຶ່ງສົ່ງຄືນບໍ່ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="396"/>
        <source>This letter was already returned to its office.</source>
        <translation>ໜັງສືນີ້ໄດ້ສົ່ງຄືນໃຫ້ຫ້ອງການທີ່ສົ່ງມາແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="397"/>
        <source>This letter was not returned to its office: register it from the Arrived list.</source>
        <translation>ໜັງສືນີ້ບໍ່ໄດ້ຖືກສົ່ງຄືນ: ໃຫ້ລົງທະບຽນຈາກລາຍການ ມາຈາກຫ້ອງການອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="400"/>
        <source>The office that sent this letter has voided it, so it is not registered here. Ask that office.</source>
        <translation>ຫ້ອງການທີ່ສົ່ງໜັງສືນີ້ ໄດ້ເຮັດໃຫ້ເປັນໂມຄະແລ້ວ, ຈຶ່ງລົງທະບຽນຢູ່ນີ້ບໍ່ໄດ້. ກະລຸນາສອບຖາມຫ້ອງການນັ້ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="403"/>
        <source>The office that sent this letter sent it here again as {number}: register that one from the Arrived list.</source>
        <translation>ຫ້ອງການທີ່ສົ່ງໜັງສືນີ້ ໄດ້ສົ່ງມາອີກເທື່ອໜຶ່ງ ເລກທີ {number}: ໃຫ້ລົງທະບຽນສະບັບນັ້ນ ຈາກລາຍການ ມາຈາກຫ້ອງການອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="407"/>
        <source>Only a letter another office sent here can be returned to it.</source>
        <translation>ສົ່ງຄືນໄດ້ສະເພາະໜັງສືທີ່ຫ້ອງການອື່ນສົ່ງມາຫາຫ້ອງການນີ້ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="408"/>
        <source>Say why the letter goes back to its office.</source>
        <translation>ກະລຸນາບອກເຫດຜົນທີ່ສົ່ງໜັງສືຄືນໃຫ້ຫ້ອງການທີ່ສົ່ງມາ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="409"/>
        <source>The reason is longer than {limit} characters; say it more briefly.</source>
        <translation>ເຫດຜົນຍາວກວ່າ {limit} ຕົວອັກສອນ; ກະລຸນາຂຽນໃຫ້ສັ້ນລົງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="412"/>
        <source>Write the name of who received the letter.</source>
        <translation>ກະລຸນາຂຽນ ຊື່ຜູ້ເຊັນຮັບໜັງສື.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="413"/>
        <source>The name is longer than {limit} characters; write it more briefly.</source>
        <translation>ຊື່ຍາວເກີນ {limit} ຕົວອັກສອນ; ກະລຸນາຂຽນໃຫ້ສັ້ນລົງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="416"/>
        <source>Their number is longer than {limit} characters.</source>
        <translation>ເລກທີຂອງເຂົາເຈົ້າ ຍາວເກີນ {limit} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="417"/>
        <source>The note is longer than {limit} characters; write it more briefly.</source>
        <translation>ໝາຍເຫດຍາວເກີນ {limit} ຕົວອັກສອນ; ກະລຸນາຂຽນໃຫ້ສັ້ນລົງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="420"/>
        <source>Only an outgoing letter of this office can have its delivery on paper recorded.</source>
        <translation>ບັນທຶກການສົ່ງເຖິງທາງເຈ້ຍ ໄດ້ສະເພາະ ໜັງສືຂາອອກ ຂອງຫ້ອງການນີ້ ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="423"/>
        <source>This letter is void: no delivery is recorded.</source>
        <translation>ໜັງສືນີ້ເປັນໂມຄະ: ບໍ່ບັນທຶກການສົ່ງເຖິງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="424"/>
        <source>This office did not get the letter on paper, so no delivery on paper is recorded for it.</source>
        <translation>ຫ້ອງການນີ້ ບໍ່ໄດ້ຮັບໜັງສືທາງເຈ້ຍ, ສະນັ້ນ ບໍ່ບັນທຶກການສົ່ງເຖິງທາງເຈ້ຍ ໃຫ້ຫ້ອງການນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="427"/>
        <source>The letter was registered on {registered}: it cannot have been delivered before that.</source>
        <translation>ໜັງສືນີ້ ລົງທະບຽນ ວັນທີ {registered}: ບໍ່ສາມາດສົ່ງເຖິງ ກ່ອນວັນນັ້ນ ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="430"/>
        <source>The date of delivery is in the future.</source>
        <translation>ວັນທີສົ່ງເຖິງ ເປັນວັນທີ ທີ່ຍັງບໍ່ທັນມາເຖິງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="431"/>
        <source>Choose at least one office to send the letter to.</source>
        <translation>ກະລຸນາເລືອກຢ່າງໜ້ອຍໜຶ່ງຫ້ອງການ ທີ່ຈະສົ່ງໜັງສືໄປຫາ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="432"/>
        <source>Only an outgoing letter of this office can be sent again to another office.</source>
        <translation>ສົ່ງໄປຫາຫ້ອງການອື່ນໄດ້ ສະເພາະໜັງສືຂາອອກ ຂອງຫ້ອງການນີ້ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="435"/>
        <source>No office returned this letter, so it is not sent again. To write to another office, register a new outgoing letter.</source>
        <translation>ບໍ່ມີຫ້ອງການໃດສົ່ງໜັງສືນີ້ຄືນ ຈຶ່ງບໍ່ສົ່ງອີກ. ຖ້າຈະສົ່ງໜັງສືຫາຫ້ອງການອື່ນ, ໃຫ້ລົງທະບຽນໜັງສືຂາອອກສະບັບໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="440"/>
        <source>{office} returned this letter, so it is not sent there again. Choose another office.</source>
        <translation>{office} ໄດ້ສົ່ງໜັງສືນີ້ຄືນແລ້ວ ຈຶ່ງບໍ່ສົ່ງໄປຫາອີກ. ກະລຸນາເລືອກຫ້ອງການອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="443"/>
        <source>This letter is void: it is not sent again.</source>
        <translation>ໜັງສືນີ້ເປັນໂມຄະແລ້ວ: ບໍ່ສົ່ງອີກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="459"/>
        <source>This CA issued no certificate with serial {serial}.</source>
        <translation>CA ນີ້ບໍ່ໄດ້ອອກໃບຢັ້ງຢືນເລກ {serial}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="464"/>
        <source>The server&apos;s time-stamping certificate is damaged or not issued by its CA; it was refused.</source>
        <translation>ໃບຢັ້ງຢືນການປະທັບເວລາຂອງເຊີບເວີເສຍຫາຍ ຫຼື ບໍ່ໄດ້ອອກໂດຍອົງການອອກໃບຢັ້ງຢືນຂອງເຊີບເວີ; ຈຶ່ງບໍ່ຮັບເອົາ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="477"/>
        <source>The spreadsheet has no sheet &apos;{sheet}&apos; (it has: {sheets}).</source>
        <translation>ຕາຕະລາງບໍ່ມີແຜ່ນ &apos;{sheet}&apos; (ມີແຕ່: {sheets}).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="479"/>
        <source>The file {file} is missing or damaged on this PC; it cannot be signed.</source>
        <translation>ໄຟລ໌ {file} ບໍ່ມີ ຫຼື ເສຍຫາຍຢູ່ໃນຄອມພິວເຕີນີ້; ຈຶ່ງລົງລາຍເຊັນບໍ່ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="483"/>
        <source>A &apos;{role}&apos; signature cannot come after a &apos;{previous}&apos; signature.</source>
        <translation>ລາຍເຊັນ &apos;{role}&apos; ບໍ່ສາມາດມາຫຼັງລາຍເຊັນ &apos;{previous}&apos; ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="484"/>
        <source>Unknown signing role {role}; use one of {roles}.</source>
        <translation>ບົດບາດການລົງລາຍເຊັນ {role} ບໍ່ຮູ້ຈັກ; ກະລຸນາໃຊ້ໜຶ່ງໃນ {roles}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="485"/>
        <source>Unknown sort {sort}; choose one of {sorts}.</source>
        <translation>ການຈັດລຽງ {sort} ບໍ່ຮູ້ຈັກ; ກະລຸນາເລືອກໜຶ່ງໃນ {sorts}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="486"/>
        <source>The spreadsheet cannot be read: it may be damaged, or locked with a password. Open it in Excel, save it again as .xlsx, then try again.</source>
        <translation>ອ່ານຕາຕະລາງບໍ່ໄດ້: ມັນອາດຈະເສຍຫາຍ ຫຼື ຖືກລັອກດ້ວຍລະຫັດຜ່ານ. ກະລຸນາເປີດມັນໃນ Excel, ບັນທຶກເປັນ .xlsx ໃໝ່, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="491"/>
        <source>The number template {template} is not valid. Choose one of the registry number styles in Settings.</source>
        <translation>ຮູບແບບເລກທີ {template} ບໍ່ຖືກຕ້ອງ. ກະລຸນາເລືອກຮູບແບບເລກທີໜຶ່ງໃນ “ການຕັ້ງຄ່າ”.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="496"/>
        <source>Unknown parts in the number template: {parts}.</source>
        <translation>ຮູບແບບເລກທີມີສ່ວນທີ່ບໍ່ຮູ້ຈັກ: {parts}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="497"/>
        <source>This official, or this office, has had as many certificates as the server gives in one day. Ask again tomorrow.</source>
        <translation>ເຊີບເວີອອກໃບຢັ້ງຢືນໃຫ້ພະນັກງານຄົນນີ້ (ຫຼື ຫ້ອງການນີ້) ຄົບຈຳນວນຂອງມື້ນີ້ແລ້ວ. ກະລຸນາຂໍໃໝ່ມື້ອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="502"/>
        <source>The server holds as many changes of this PC waiting for earlier ones as it allows, so the new changes were not sent. Nothing was lost: ask IT staff to check this PC.</source>
        <translation>ເຊີບເວີມີການປ່ຽນແປງຂອງຄອມພິວເຕີນີ້ ທີ່ລໍຖ້າການປ່ຽນແປງກ່ອນໜ້າ ຄົບຈຳນວນທີ່ອະນຸຍາດແລ້ວ ສະນັ້ນການປ່ຽນແປງໃໝ່ບໍ່ໄດ້ຖືກສົ່ງ. ບໍ່ມີຫຍັງເສຍ: ກະລຸນາໃຫ້ພະນັກງານໄອທີກວດຄອມພິວເຕີນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="507"/>
        <source>This office has as many registry number series on the server as it may have, so no new series was started. Nothing was lost: ask IT staff to check the number template in Settings.</source>
        <translation>ຫ້ອງການນີ້ມີຊຸດເລກທີໜັງສືຢູ່ເຊີບເວີ ຄົບຈຳນວນທີ່ອະນຸຍາດແລ້ວ ສະນັ້ນບໍ່ໄດ້ເລີ່ມຊຸດເລກໃໝ່. ບໍ່ມີຫຍັງເສຍ: ກະລຸນາໃຫ້ພະນັກງານໄອທີກວດຮູບແບບເລກທີ ໃນການຕັ້ງຄ່າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="512"/>
        <source>Too many wrong passwords. Wait {seconds} seconds and try again.</source>
        <translation>ປ້ອນລະຫັດຜ່ານຜິດຫຼາຍເທື່ອ. ກະລຸນາລໍຖ້າ {seconds} ວິນາທີ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="513"/>
        <source>The server holds as many unfinished file uploads from this office as it allows, so this file was not sent. Nothing was lost: eOffice sends it again by itself later; if this goes on, ask IT staff.</source>
        <translation>ເຊີບເວີມີໄຟລ໌ທີ່ສົ່ງບໍ່ແລ້ວຂອງຫ້ອງການນີ້ ຄົບຈຳນວນທີ່ອະນຸຍາດແລ້ວ ສະນັ້ນໄຟລ໌ນີ້ບໍ່ໄດ້ຖືກສົ່ງ. ບໍ່ມີຫຍັງເສຍ: eOffice ຈະສົ່ງໃໝ່ເອງພາຍຫຼັງ; ຖ້າຍັງເປັນແບບນີ້ ກະລຸນາຖາມພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="525"/>
        <source>The user name {username} is already taken.</source>
        <translation>ຊື່ຜູ້ໃຊ້ {username} ມີຄົນໃຊ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="527"/>
        <source>A verification code has 16 letters and digits, like ABCDE-12345-FGHJK-7.</source>
        <translation>ລະຫັດກວດສອບມີ 16 ຕົວອັກສອນ ແລະ ຕົວເລກ, ເຊັ່ນ ABCDE-12345-FGHJK-7.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="531"/>
        <source>This verification code is mistyped: its last character does not match. Check it again.</source>
        <translation>ລະຫັດກວດສອບນີ້ພິມຜິດ: ຕົວສຸດທ້າຍບໍ່ກົງກັນ. ກະລຸນາກວດຄືນອີກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="129"/>
        <source>The file&apos;s text encoding is not recognised; save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>ບໍ່ຮູ້ຈັກການເຂົ້າລະຫັດຂໍ້ຄວາມຂອງແຟ້ມ; ກະລຸນາບັນທຶກເປັນ &apos;CSV UTF-8&apos; ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="177"/>
        <source>The file is empty.</source>
        <translation>ແຟ້ມຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="133"/>
        <source>The file&apos;s text is damaged or in an unknown encoding; save it again as &apos;CSV UTF-8&apos;.</source>
        <translation>ຂໍ້ຄວາມໃນແຟ້ມເສຍຫາຍ ຫຼື ໃຊ້ການເຂົ້າລະຫັດທີ່ບໍ່ຮູ້ຈັກ; ກະລຸນາບັນທຶກຄືນເປັນ &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="460"/>
        <source>The server&apos;s CA certificate or revocation list is damaged; it was refused.</source>
        <translation>ໃບຢັ້ງຢືນຂອງອົງການອອກໃບຢັ້ງຢືນ ຫຼື ລາຍການໃບຢັ້ງຢືນທີ່ຖືກຍົກເລີກ ຈາກເຊີບເວີເສຍຫາຍ; ຈຶ່ງບໍ່ຮັບເອົາ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="468"/>
        <source>The server sent a certificate that is not a CA certificate; it was refused.</source>
        <translation>ເຊີບເວີສົ່ງໃບຢັ້ງຢືນທີ່ບໍ່ແມ່ນຂອງອົງການອອກໃບຢັ້ງຢືນ; ຈຶ່ງບໍ່ຮັບເອົາ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="117"/>
        <source>The revocation list is not signed by the CA; it was refused and the one held is kept.</source>
        <translation>ລາຍການໃບຢັ້ງຢືນທີ່ຖືກຍົກເລີກ ບໍ່ໄດ້ລົງລາຍເຊັນໂດຍອົງການອອກໃບຢັ້ງຢືນ; ຈຶ່ງບໍ່ຮັບເອົາ ແລະ ເກັບລາຍການເກົ່າໄວ້ຄືເດີມ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="121"/>
        <source>The revocation list is older than the one held; it was refused and the one held is kept.</source>
        <translation>ລາຍການໃບຢັ້ງຢືນທີ່ຖືກຍົກເລີກນີ້ ເກົ່າກວ່າລາຍການທີ່ມີຢູ່; ຈຶ່ງບໍ່ຮັບເອົາ ແລະ ເກັບລາຍການທີ່ມີຢູ່ໄວ້ຄືເດີມ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="167"/>
        <source>The directory of offices the server sent cannot be read; the one held is kept.</source>
        <translation>ລາຍຊື່ຫ້ອງການທີ່ເຊີບເວີສົ່ງມາອ່ານບໍ່ໄດ້; ຍັງໃຊ້ລາຍຊື່ເກົ່າທີ່ມີຢູ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="147"/>
        <source>The office database is damaged. Nothing was written to it. Ask IT staff to restore the latest backup (eoffice restore).</source>
        <translation>ຖານຂໍ້ມູນຂອງຫ້ອງການເສຍຫາຍ. ບໍ່ໄດ້ບັນທຶກຫຍັງລົງໃສ່ມັນ. ກະລຸນາໃຫ້ພະນັກງານໄອທີກູ້ຄືນຂໍ້ມູນສຳຮອງຫຼ້າສຸດ (eoffice restore).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="171"/>
        <source>The disk is full, so the change was not saved. Free some space on the disk, then try again.</source>
        <translation>ດິສກ໌ເຕັມ, ສະນັ້ນການປ່ຽນແປງນີ້ບໍ່ໄດ້ຖືກບັນທຶກ. ກະລຸນາລຶບ ຫຼື ຍ້າຍໄຟລ໌ອອກເພື່ອໃຫ້ມີບ່ອນຫວ່າງໃນດິສກ໌, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="552"/>
        <source>The office&apos;s records could not be read, so nothing can be done in this window now. Close it and try again; if it happens again, ask IT staff.</source>
        <translation>ອ່ານຂໍ້ມູນຂອງຫ້ອງການບໍ່ໄດ້, ສະນັ້ນ ຍັງເຮັດຫຍັງໃນປ່ອງຢ້ຽມນີ້ບໍ່ໄດ້ໃນຕອນນີ້. ກະລຸນາປິດມັນ ແລ້ວລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="201"/>
        <source>The file {file} cannot be read. Check that the drive holding it is plugged in, or copy the file to this PC, then try again.</source>
        <translation>ອ່ານໄຟລ໌ {file} ບໍ່ໄດ້. ກະລຸນາກວດເບິ່ງວ່າໄດຣຟ໌ທີ່ມີໄຟລ໌ນີ້ສຽບຢູ່, ຫຼື ສຳເນົາໄຟລ໌ມາໃສ່ເຄື່ອງນີ້, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/core_messages.py" line="579"/>
        <source>This was not done because of a problem on this PC, and nothing was lost. Try again; if it happens again, ask IT staff.</source>
        <translation>ເຮັດບໍ່ສຳເລັດ ເນື່ອງຈາກມີບັນຫາໃນຄອມພິວເຕີເຄື່ອງນີ້, ແລະ ບໍ່ມີຫຍັງເສຍໄປ. ກະລຸນາລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>CorrectFieldDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="54"/>
        <source>Correct letter {number}</source>
        <translation>ແກ້ໄຂໜັງສື {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="66"/>
        <source>e.g. typing mistake</source>
        <translation>ຕົວຢ່າງ: ພິມຜິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="69"/>
        <source>Field</source>
        <translation>ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="70"/>
        <source>Now</source>
        <translation>ປັດຈຸບັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="71"/>
        <source>New value</source>
        <translation>ຄ່າໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="72"/>
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="131"/>
        <source>Say why the field is corrected.</source>
        <translation>ກະລຸນາບອກເຫດຜົນທີ່ແກ້ໄຂ.</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <location filename="../eoffice_desktop/ui/crash_notice.py" line="57"/>
        <source>eOffice stopped unexpectedly on {when}. It wrote a report for IT staff.</source>
        <translation>eOffice ໄດ້ປິດລົງເອງໂດຍບໍ່ຄາດຄິດ ເມື່ອ {when}. ໂປຣແກຣມໄດ້ບັນທຶກລາຍງານໄວ້ໃຫ້ພະນັກງານໄອທີແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/crash_notice.py" line="59"/>
        <source>eOffice met an unexpected error on {when}. It wrote a report for IT staff.</source>
        <translation>eOffice ພົບຂໍ້ຜິດພາດທີ່ບໍ່ຄາດຄິດ ເມື່ອ {when}. ໂປຣແກຣມໄດ້ບັນທຶກລາຍງານໄວ້ໃຫ້ພະນັກງານໄອທີແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/crash_notice.py" line="62"/>
        <source>eOffice has just checked the office&apos;s records on this PC and found no problem: nothing that was saved has been lost.</source>
        <translation>eOffice ຫາກໍ່ກວດສອບບັນທຶກຂອງຫ້ອງການໃນຄອມພິວເຕີເຄື່ອງນີ້ ແລະ ບໍ່ພົບບັນຫາຫຍັງ: ຂໍ້ມູນທີ່ບັນທຶກໄວ້ແລ້ວບໍ່ໄດ້ເສຍໄປ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/crash_notice.py" line="67"/>
        <source>The office&apos;s records could not be checked just now. If IT staff&apos;s check (eoffice check) finds no problem, nothing that was saved has been lost.</source>
        <translation>ຕອນນີ້ຍັງກວດສອບບັນທຶກຂອງຫ້ອງການບໍ່ໄດ້. ຖ້າພະນັກງານໄອທີກວດສອບ (eoffice check) ແລ້ວບໍ່ພົບບັນຫາ, ຂໍ້ມູນທີ່ບັນທຶກໄວ້ແລ້ວກໍບໍ່ໄດ້ເສຍໄປ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/crash_notice.py" line="72"/>
        <source>The check of the office&apos;s records on this PC found a problem. Do not delete or repair anything yourself: save the diagnostics file and call IT staff.</source>
        <translation>ການກວດສອບບັນທຶກຂອງຫ້ອງການໃນຄອມພິວເຕີເຄື່ອງນີ້ພົບບັນຫາ. ກະລຸນາຢ່າລຶບ ຫຼື ແກ້ໄຂຫຍັງເອງ: ໃຫ້ບັນທຶກໄຟລ໌ຂໍ້ມູນວິເຄາະ ແລ້ວໂທຫາພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/crash_notice.py" line="76"/>
        <source>You can save a diagnostics file for IT staff now (it holds no letters, passwords or keys), or later from Help &gt; Save diagnostics for support.</source>
        <translation>ທ່ານສາມາດບັນທຶກໄຟລ໌ຂໍ້ມູນວິເຄາະໃຫ້ພະນັກງານໄອທີໄດ້ດຽວນີ້ (ໃນໄຟລ໌ບໍ່ມີໜັງສື, ລະຫັດຜ່ານ ຫຼື ກະແຈ), ຫຼື ພາຍຫຼັງທີ່ ຊ່ວຍເຫຼືອ &gt; ບັນທຶກຂໍ້ມູນວິເຄາະສຳລັບຝ່າຍໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/crash_notice.py" line="84"/>
        <source>About the last time eOffice ran</source>
        <translation>ກ່ຽວກັບການໃຊ້ eOffice ຄັ້ງກ່ອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/crash_notice.py" line="86"/>
        <source>Save diagnostics…</source>
        <translation>ບັນທຶກຂໍ້ມູນວິເຄາະ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/crash_notice.py" line="87"/>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/crash_notice.py" line="97"/>
        <source>Save diagnostics</source>
        <translation>ບັນທຶກຂໍ້ມູນວິເຄາະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/crash_notice.py" line="105"/>
        <source>Diagnostics saved</source>
        <translation>ບັນທຶກຂໍ້ມູນວິເຄາະແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/crash_notice.py" line="106"/>
        <source>Saved in {path}. Send this file to IT staff.</source>
        <translation>ບັນທຶກໄວ້ທີ່ {path} ແລ້ວ. ກະລຸນາສົ່ງໄຟລ໌ນີ້ໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/crash_notice.py" line="108"/>
        <source>Not saved</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="48"/>
        <source>(not set)</source>
        <translation>(ບໍ່ໄດ້ລະບຸ)</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="82"/>
        <source>Overview for the head of office</source>
        <translation>ພາບລວມສຳລັບຫົວໜ້າຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="92"/>
        <source>Letters behind the chosen bar</source>
        <translation>ໜັງສືຂອງແທ່ງທີ່ເລືອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="119"/>
        <source>Open letters by status</source>
        <translation>ໜັງສືທີ່ຍັງຄ້າງ ຕາມສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="120"/>
        <source>Open letters by department</source>
        <translation>ໜັງສືທີ່ຍັງຄ້າງ ຕາມພະແນກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="121"/>
        <source>Late letters by person</source>
        <translation>ໜັງສືທີ່ເກີນກຳນົດ ຕາມບຸກຄົນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="123"/>
        <source>Letters received per month</source>
        <translation>ໜັງສືທີ່ໄດ້ຮັບ ຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="127"/>
        <source>Letters sent per month</source>
        <translation>ໜັງສືທີ່ສົ່ງອອກ ຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="146"/>
        <source>Average days from registration to completion: {days}</source>
        <translation>ຈຳນວນມື້ສະເລ່ຍ ແຕ່ລົງທະບຽນຈົນສຳເລັດ: {days}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="100"/>
        <source>Letters behind the bar you click (double-click to open):</source>
        <translation>ໜັງສືຂອງແທ່ງທີ່ທ່ານກົດ (ກົດສອງເທື່ອເພື່ອເປີດ):</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../eoffice_desktop/ui/widgets.py" line="33"/>
        <source>dd/mm/yyyy</source>
        <translation>ວວ/ດດ/ປປປປ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/widgets.py" line="38"/>
        <source>Pick from a calendar</source>
        <translation>ເລືອກຈາກປະຕິທິນ</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="235"/>
        <source>Delegate my inbox</source>
        <translation>ມອບໜັງສືຂອງຂ້ອຍໃຫ້ຜູ້ອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="247"/>
        <source>Colleague</source>
        <translation>ເພື່ອນຮ່ວມງານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="248"/>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="249"/>
        <source>Until</source>
        <translation>ຮອດວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="267"/>
        <source>Write the dates as day/month/year.</source>
        <translation>ຂຽນວັນທີເປັນ ວັນ/ເດືອນ/ປີ.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="39"/>
        <source>Connect this PC to the server</source>
        <translation>ເຊື່ອມຕໍ່ຄອມພິວເຕີນີ້ກັບເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="42"/>
        <source>IT staff: type the address of the eOffice server and the one-time enrolment code made for this office. Letters already on this PC are kept and sent to the server.</source>
        <translation>ພະນັກງານໄອທີ: ພິມທີ່ຢູ່ຂອງເຊີບເວີ eOffice ແລະ ລະຫັດລົງທະບຽນໃຊ້ຄັ້ງດຽວທີ່ສ້າງໄວ້ສຳລັບຫ້ອງການນີ້. ໜັງສືທີ່ມີຢູ່ໃນຄອມພິວເຕີນີ້ແລ້ວ ຈະຖືກເກັບໄວ້ ແລະ ສົ່ງໄປເຊີບເວີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="48"/>
        <source>Reading the server address…</source>
        <translation>ກຳລັງອ່ານທີ່ຢູ່ເຊີບເວີ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="54"/>
        <source>Server address</source>
        <translation>ທີ່ຢູ່ເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="55"/>
        <source>Enrolment code</source>
        <translation>ລະຫັດລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="56"/>
        <source>Name of this PC</source>
        <translation>ຊື່ຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="65"/>
        <source>Enrol</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="111"/>
        <source>Type the server address, for example https://eoffice.example.gov.la</source>
        <translation>ກະລຸນາພິມທີ່ຢູ່ເຊີບເວີ, ຕົວຢ່າງ https://eoffice.example.gov.la</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="115"/>
        <source>Type the enrolment code that IT staff received for this office.</source>
        <translation>ກະລຸນາພິມລະຫັດລົງທະບຽນທີ່ພະນັກງານໄອທີໄດ້ຮັບສຳລັບຫ້ອງການນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="134"/>
        <source>This PC is now connected to the server for the office {name}.</source>
        <translation>ຄອມພິວເຕີນີ້ເຊື່ອມຕໍ່ກັບເຊີບເວີແລ້ວ ສຳລັບຫ້ອງການ {name}.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="58"/>
        <source>Name in Lao</source>
        <translation>ຊື່ພາສາລາວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="59"/>
        <source>Name in English</source>
        <translation>ຊື່ພາສາອັງກິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="60"/>
        <source>Abbreviation</source>
        <translation>ຕົວຫຍໍ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="61"/>
        <source>Kind</source>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="62"/>
        <source>Province</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="74"/>
        <source>Write the name in Lao.</source>
        <translation>ກະລຸນາຂຽນຊື່ເປັນພາສາລາວ.</translation>
    </message>
</context>
<context>
    <name>ExactCodes</name>
    <message>
        <location filename="../eoffice_desktop/ui/exact_codes.py" line="39"/>
        <location filename="../eoffice_desktop/ui/exact_codes.py" line="56"/>
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="40"/>
        <source>Export the register</source>
        <translation>ສົ່ງອອກປຶ້ມທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="42"/>
        <source>Incoming letters</source>
        <translation>ໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="43"/>
        <source>Outgoing letters</source>
        <translation>ໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="50"/>
        <source>The file opens in Excel or LibreOffice with Lao text shown correctly.</source>
        <translation>ໄຟລ໌ນີ້ເປີດໄດ້ໃນ Excel ຫຼື LibreOffice ແລະ ສະແດງຕົວໜັງສືລາວຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="53"/>
        <source>Register</source>
        <translation>ປຶ້ມທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="54"/>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="55"/>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="57"/>
        <source>Export…</source>
        <translation>ສົ່ງອອກ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="70"/>
        <source>Write the dates as day/month/year.</source>
        <translation>ຂຽນວັນທີເປັນ ວັນ/ເດືອນ/ປີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="74"/>
        <source>Save the register as</source>
        <translation>ບັນທຶກປຶ້ມທະບຽນເປັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="88"/>
        <source>Exported</source>
        <translation>ສົ່ງອອກແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="88"/>
        <source>{count} letters exported.</source>
        <translation>ສົ່ງອອກ {count} ສະບັບແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="98"/>
        <source>Try again; if it happens again, ask IT staff.</source>
        <translation>ກະລຸນາລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="93"/>
        <source>The register was not saved as a file. {reason}</source>
        <translation>ບໍ່ໄດ້ບັນທຶກປຶ້ມທະບຽນເປັນໄຟລ໌. {reason}</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="19"/>
        <source>Registry number</source>
        <translation>ເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="20"/>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="21"/>
        <source>Direction</source>
        <translation>ຂາເຂົ້າ/ຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="22"/>
        <source>Sender / recipients</source>
        <translation>ຈາກ/ເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="23"/>
        <source>Sender&apos;s reference</source>
        <translation>ເລກທີຂອງຜູ້ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="24"/>
        <source>Letter date</source>
        <translation>ລົງວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="25"/>
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="26"/>
        <source>Summary</source>
        <translation>ເນື້ອໃນສັງລວມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="27"/>
        <source>Document type</source>
        <translation>ປະເພດເອກະສານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="28"/>
        <source>Urgency</source>
        <translation>ຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="29"/>
        <source>Confidentiality</source>
        <translation>ຄວາມລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="30"/>
        <source>Delivery</source>
        <translation>ວິທີການສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="31"/>
        <source>Pages</source>
        <translation>ຈຳນວນໜ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="32"/>
        <source>Reply due</source>
        <translation>ກຳນົດຕອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="33"/>
        <source>Keywords</source>
        <translation>ຄຳສຳຄັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="34"/>
        <source>Signatory</source>
        <translation>ຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="35"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="36"/>
        <source>Void reason</source>
        <translation>ເຫດຜົນທີ່ເປັນໂມຄະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="37"/>
        <source>Attachments</source>
        <translation>ເອກະສານຄັດຕິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="44"/>
        <source>Incoming</source>
        <translation>ຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_words.py" line="45"/>
        <source>Outgoing</source>
        <translation>ຂາອອກ</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="136"/>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="302"/>
        <source>Welcome to eOffice</source>
        <translation>ຍິນດີຕ້ອນຮັບສູ່ eOffice</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="155"/>
        <source>This PC has no office yet. Enter your office and the first administrator. The abbreviation is written in every registry number, e.g. 0369/ABBR.</source>
        <translation>ຄອມພິວເຕີນີ້ຍັງບໍ່ມີຫ້ອງການ. ກະລຸນາປ້ອນຂໍ້ມູນຫ້ອງການ ແລະ ຜູ້ບໍລິຫານລະບົບຄົນທຳອິດ. ຕົວຫຍໍ້ຈະຂຽນຢູ່ໃນທຸກເລກທີ, ຕົວຢ່າງ 0369/ຕົວຫຍໍ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="159"/>
        <source>This office already uses eOffice on the server: join it…</source>
        <translation>ຫ້ອງການນີ້ໃຊ້ eOffice ຢູ່ເຊີບເວີແລ້ວ: ເຂົ້າຮ່ວມ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="160"/>
        <source>IT staff: you need the server address and a one-time enrolment code.</source>
        <translation>ພະນັກງານໄອທີ: ທ່ານຕ້ອງມີທີ່ຢູ່ເຊີບເວີ ແລະ ລະຫັດລົງທະບຽນແບບໃຊ້ຄັ້ງດຽວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="161"/>
        <source>e.g. ຫ້ອງການປົກຄອງເມືອງໄຊເສດຖາ</source>
        <translation>ຕົວຢ່າງ ຫ້ອງການປົກຄອງເມືອງໄຊເສດຖາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="162"/>
        <source>e.g. ຊສຖ</source>
        <translation>ຕົວຢ່າງ ຊສຖ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="164"/>
        <source>Letters and attachments are kept here. A second disk (e.g. D:) survives a reinstall of Windows.</source>
        <translation>ໜັງສື ແລະ ເອກະສານຄັດຕິດຖືກເກັບໄວ້ບ່ອນນີ້. ດິສກ໌ທີສອງ (ເຊັ່ນ D:) ຈະບໍ່ເສຍຫາຍເມື່ອຕິດຕັ້ງ Windows ໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="166"/>
        <source>Change…</source>
        <translation>ປ່ຽນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="168"/>
        <source>Office name (Lao)</source>
        <translation>ຊື່ຫ້ອງການ (ພາສາລາວ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="169"/>
        <source>Office name (English)</source>
        <translation>ຊື່ຫ້ອງການ (ພາສາອັງກິດ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="170"/>
        <source>Abbreviation</source>
        <translation>ຕົວຫຍໍ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="183"/>
        <source>&lt;b&gt;First administrator&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຜູ້ບໍລິຫານລະບົບຄົນທຳອິດ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="171"/>
        <source>User name</source>
        <translation>ຊື່ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="172"/>
        <source>Full name</source>
        <translation>ຊື່ ແລະ ນາມສະກຸນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="173"/>
        <source>Password (8 characters or more)</source>
        <translation>ລະຫັດຜ່ານ (8 ຕົວອັກສອນຂຶ້ນໄປ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="174"/>
        <source>Password again</source>
        <translation>ລະຫັດຜ່ານອີກຄັ້ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="185"/>
        <source>&lt;b&gt;Where the data is kept&lt;/b&gt;</source>
        <translation>&lt;b&gt;ບ່ອນເກັບຂໍ້ມູນ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="175"/>
        <source>Data folder</source>
        <translation>ໂຟນເດີຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="184"/>
        <source>Create the office</source>
        <translation>ສ້າງຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="191"/>
        <source>Where should eOffice keep its data?</source>
        <translation>ຈະໃຫ້ eOffice ເກັບຂໍ້ມູນໄວ້ໃສ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="222"/>
        <source>This folder cannot be used: {error}</source>
        <translation>ບໍ່ສາມາດໃຊ້ໂຟນເດີນີ້ໄດ້: {error}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="148"/>
        <source>This PC is connected to the server, but no data of this office is there yet. If this is the office&apos;s first PC, enter the office and its first administrator and press Create.</source>
        <translation>ຄອມພິວເຕີນີ້ເຊື່ອມຕໍ່ກັບເຊີບເວີແລ້ວ, ແຕ່ເຊີບເວີຍັງບໍ່ມີຂໍ້ມູນຂອງຫ້ອງການນີ້. ຖ້າແມ່ນຄອມພິວເຕີເຄື່ອງທຳອິດຂອງຫ້ອງການ, ກະລຸນາປ້ອນຂໍ້ມູນຫ້ອງການ ແລະ ຜູ້ບໍລິຫານລະບົບຄົນທຳອິດ ແລ້ວກົດ ສ້າງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="140"/>
        <source>This PC has joined {office}. Passwords stay on each PC: choose a password here for one of the office&apos;s administrators ({names}); they then set the others&apos; passwords in Users and departments.</source>
        <translation>ຄອມພິວເຕີນີ້ໄດ້ເຂົ້າຮ່ວມ {office} ແລ້ວ. ລະຫັດຜ່ານຢູ່ສະເພາະແຕ່ລະເຄື່ອງ: ກະລຸນາຕັ້ງລະຫັດຜ່ານຢູ່ນີ້ໃຫ້ຜູ້ບໍລິຫານລະບົບຄົນໜຶ່ງຂອງຫ້ອງການ ({names}); ຈາກນັ້ນເພິ່ນຈະຕັ້ງລະຫັດຜ່ານໃຫ້ຄົນອື່ນໃນ ຜູ້ໃຊ້ ແລະ ພະແນກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="180"/>
        <source>&lt;b&gt;An administrator&apos;s password on this PC&lt;/b&gt;</source>
        <translation>&lt;b&gt;ລະຫັດຜ່ານຂອງຜູ້ບໍລິຫານລະບົບໃນຄອມພິວເຕີນີ້&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="181"/>
        <source>Finish</source>
        <translation>ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="186"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="275"/>
        <source>The two passwords differ.</source>
        <translation>ລະຫັດຜ່ານທັງສອງບໍ່ກົງກັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="303"/>
        <source>This folder already holds the data of {office}. eOffice will use it.</source>
        <translation>ໂຟນເດີນີ້ມີຂໍ້ມູນຂອງ {office} ຢູ່ແລ້ວ. eOffice ຈະໃຊ້ຂໍ້ມູນນີ້.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/forward_dialog.py" line="40"/>
        <source>Send letter {number} on to other offices</source>
        <translation>ສົ່ງໜັງສື {number} ຕໍ່ໄປຫາຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/forward_dialog.py" line="47"/>
        <source>Tick the offices to send this letter to. They receive it with its scans through the server (or USB), and the office that sent it to you sees where it went.</source>
        <translation>ໝາຍເອົາຫ້ອງການທີ່ຈະສົ່ງໜັງສືນີ້ໄປຫາ. ເຂົາເຈົ້າຈະໄດ້ຮັບໜັງສືພ້ອມເອກະສານສະແກນຜ່ານເຊີບເວີ (ຫຼື USB), ແລະ ຫ້ອງການທີ່ສົ່ງມາຫາທ່ານຈະເຫັນວ່າມັນໄປເຖິງໃສ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/forward_dialog.py" line="53"/>
        <source>Offices to send it on to</source>
        <translation>ຫ້ອງການທີ່ຈະສົ່ງຕໍ່ໃຫ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/forward_dialog.py" line="65"/>
        <source>Summary for them (optional)</source>
        <translation>ສັງລວມສຳລັບເຂົາເຈົ້າ (ບໍ່ບັງຄັບ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/forward_dialog.py" line="69"/>
        <source>Send on</source>
        <translation>ສົ່ງຕໍ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/forward_dialog.py" line="76"/>
        <source>Other offices:</source>
        <translation>ຫ້ອງການອື່ນ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/forward_dialog.py" line="78"/>
        <source>Summary sent with it:</source>
        <translation>ເນື້ອໃນສັງລວມ ທີ່ສົ່ງໄປນຳ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/forward_dialog.py" line="89"/>
        <source>No office of the address book uses eOffice yet. Send the letter on paper, as before.</source>
        <translation>ຍັງບໍ່ມີຫ້ອງການໃດໃນສະໝຸດທີ່ຢູ່ທີ່ໃຊ້ eOffice. ກະລຸນາສົ່ງໜັງສືເປັນເຈ້ຍ ຄືເກົ່າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/forward_dialog.py" line="113"/>
        <source>Tick at least one office.</source>
        <translation>ກະລຸນາໝາຍເອົາຢ່າງໜ້ອຍໜຶ່ງຫ້ອງການ.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/help_guide.py" line="23"/>
        <source>User guide</source>
        <translation>ຄູ່ມືການນຳໃຊ້</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="191"/>
        <source>Windows Thai (code page 874, which has no Lao letters)</source>
        <translation>Windows ພາສາໄທ (code page 874, ເຊິ່ງບໍ່ມີຕົວອັກສອນລາວ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="192"/>
        <source>Windows Western (code page 1252)</source>
        <translation>Windows ພາສາຕາເວັນຕົກ (code page 1252)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="196"/>
        <source>{name}: {rows} rows, read as {encoding}. If the letters look wrong, save the file in Excel as &apos;CSV UTF-8&apos; and choose it again.</source>
        <translation>{name}: {rows} ແຖວ, ອ່ານເປັນ {encoding}. ຖ້າຕົວອັກສອນເບິ່ງຜິດ, ກະລຸນາບັນທຶກໄຟລ໌ໃນ Excel ເປັນ &apos;CSV UTF-8&apos; ແລ້ວເລືອກມັນໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="200"/>
        <source>UTF-16 (Excel&apos;s Unicode text)</source>
        <translation>UTF-16 (ຂໍ້ຄວາມ Unicode ຂອງ Excel)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="201"/>
        <source>{name}: {rows} rows, read as {encoding}.</source>
        <translation>{name}: {rows} ແຖວ, ອ່ານເປັນ {encoding}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="101"/>
        <source>The rows as they will be imported</source>
        <translation>ແຖວ ຕາມທີ່ຈະຖືກນຳເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="97"/>
        <source>Show only rows with problems</source>
        <translation>ສະແດງສະເພາະແຖວທີ່ມີບັນຫາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="147"/>
        <source>Reading the file…</source>
        <translation>ກຳລັງອ່ານໄຟລ໌…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="157"/>
        <source>Checking the rows…</source>
        <translation>ກຳລັງກວດແຖວ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="213"/>
        <source>This file cannot be read as a register. Open it in Excel, save it as .xlsx or CSV UTF-8, then try again.</source>
        <translation>ໄຟລ໌ນີ້ອ່ານເປັນປຶ້ມທະບຽນບໍ່ໄດ້. ກະລຸນາເປີດມັນໃນ Excel, ບັນທຶກເປັນ .xlsx ຫຼື CSV UTF-8, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="224"/>
        <source>No column is chosen for: {fields}. Choose it above; is this file a register?</source>
        <translation>ຍັງບໍ່ໄດ້ເລືອກຖັນສຳລັບ: {fields}. ກະລຸນາເລືອກຢູ່ຂ້າງເທິງ; ໄຟລ໌ນີ້ແມ່ນປຶ້ມທະບຽນບໍ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="239"/>
        <source>{rows} rows; {bad} with problems.</source>
        <translation>{rows} ແຖວ; ມີບັນຫາ {bad} ແຖວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="241"/>
        <source>The first {shown} are shown.</source>
        <translation>ສະແດງ {shown} ແຖວທຳອິດ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="70"/>
        <source>Import a register from a spreadsheet</source>
        <translation>ນຳເຂົ້າປຶ້ມທະບຽນຈາກຕາຕະລາງ (Excel)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="71"/>
        <source>Choose the register file (Excel .xlsx or CSV).</source>
        <translation>ເລືອກໄຟລ໌ປຶ້ມທະບຽນ (Excel .xlsx ຫຼື CSV).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="73"/>
        <source>Choose file…</source>
        <translation>ເລືອກໄຟລ໌…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="76"/>
        <source>Incoming letters</source>
        <translation>ໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="77"/>
        <source>Outgoing letters</source>
        <translation>ໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="112"/>
        <source>Import</source>
        <translation>ນຳເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="117"/>
        <source>Which column holds each field? (guessed from the column titles)</source>
        <translation>ຖັນໃດເປັນຂໍ້ມູນໃດ? (ຄາດເດົາຈາກຫົວຖັນ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="102"/>
        <source>Problems:</source>
        <translation>ບັນຫາ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_rows.py" line="34"/>
        <source>In / out</source>
        <translation>ຂາເຂົ້າ / ຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="136"/>
        <source>Choose the register file</source>
        <translation>ເລືອກໄຟລ໌ປຶ້ມທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="136"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>ຕາຕະລາງ (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_rows.py" line="41"/>
        <source>cannot be read ({detail})</source>
        <translation>ອ່ານບໍ່ໄດ້ ({detail})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_rows.py" line="46"/>
        <source>cannot be read</source>
        <translation>ອ່ານບໍ່ໄດ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_rows.py" line="48"/>
        <source>empty: the number written in the paper register is kept, so it is needed</source>
        <translation>ຫວ່າງເປົ່າ: ເລກທີທີ່ຂຽນໄວ້ໃນປຶ້ມທະບຽນເຈ້ຍຕ້ອງຖືກຮັກສາໄວ້, ຈຶ່ງຈຳເປັນຕ້ອງມີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="189"/>
        <source>{name}: {rows} rows</source>
        <translation>{name}: {rows} ແຖວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="173"/>
        <source>(not in the file)</source>
        <translation>(ບໍ່ມີໃນໄຟລ໌)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_rows.py" line="123"/>
        <source>Line</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="105"/>
        <location filename="../eoffice_desktop/ui/import_rows.py" line="125"/>
        <source>Problems</source>
        <translation>ບັນຫາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="260"/>
        <source>Checking and importing…</source>
        <translation>ກຳລັງກວດ ແລະ ນຳເຂົ້າ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="285"/>
        <source>Nothing was imported. Correct these rows in the file and try again:</source>
        <translation>ບໍ່ໄດ້ນຳເຂົ້າຫຍັງ. ກະລຸນາແກ້ໄຂແຖວເຫຼົ່ານີ້ໃນໄຟລ໌ ແລ້ວລອງໃໝ່:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="287"/>
        <source>line {line}: {reason}</source>
        <translation>ແຖວ {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="293"/>
        <source>{count} letters imported.</source>
        <translation>ນຳເຂົ້າ {count} ສະບັບແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="302"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>ຍົກເລີກແລ້ວ: ບໍ່ໄດ້ນຳເຂົ້າຫຍັງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="304"/>
        <source>Nothing was imported: {error}</source>
        <translation>ບໍ່ໄດ້ນຳເຂົ້າຫຍັງ: {error}</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="47"/>
        <source>No.</source>
        <translation>ເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="48"/>
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="49"/>
        <source>Action</source>
        <translation>ໜ້າທີ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="50"/>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="51"/>
        <source>Sent</source>
        <translation>ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="52"/>
        <source>Due</source>
        <translation>ກຳນົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="53"/>
        <source>Now with</source>
        <translation>ປັດຈຸບັນຢູ່ນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="65"/>
        <source>new</source>
        <translation>ໃໝ່</translation>
    </message>
</context>
<context>
    <name>JoinOffice</name>
    <message>
        <location filename="../eoffice_desktop/ui/join_office.py" line="29"/>
        <source>Receiving the office&apos;s people and letters from the server…</source>
        <translation>ກຳລັງຮັບຂໍ້ມູນພະນັກງານ ແລະ ໜັງສືຂອງຫ້ອງການຈາກເຊີບເວີ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/join_office.py" line="30"/>
        <source>Stop</source>
        <translation>ຢຸດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/join_office.py" line="35"/>
        <source>Joining the office</source>
        <translation>ກຳລັງເຂົ້າຮ່ວມຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/join_office.py" line="67"/>
        <source>Stopped. Press the button again to continue receiving the office&apos;s data.</source>
        <translation>ຢຸດແລ້ວ. ກົດປຸ່ມອີກຄັ້ງເພື່ອສືບຕໍ່ຮັບຂໍ້ມູນຂອງຫ້ອງການ.</translation>
    </message>
</context>
<context>
    <name>Journey</name>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="15"/>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="62"/>
        <source>The other office</source>
        <translation>ຫ້ອງການປາຍທາງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="17"/>
        <source>{office} (sent on by {via})</source>
        <translation>{office} (ສົ່ງຕໍ່ ໂດຍ {via})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="21"/>
        <source>{office} received it on its PC</source>
        <translation>{office} ໄດ້ຮັບແລ້ວ ໃນຄອມພິວເຕີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="23"/>
        <source>Returned by {office}: {reason}</source>
        <translation>{office} ສົ່ງຄືນ: {reason}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="27"/>
        <source>{office} handed it to {department}</source>
        <translation>{office} ມອບໃຫ້ {department}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="32"/>
        <source>{office} completed it</source>
        <translation>{office} ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="35"/>
        <source>{office} sent it on to {to} as {number}</source>
        <translation>{office} ສົ່ງຕໍ່ ໄປຫາ {to} ເລກທີ {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="40"/>
        <source>{office} sent it on to {to} on paper: delivered {date}</source>
        <translation>{office} ສົ່ງຕໍ່ ໄປຫາ {to} ທາງເຈ້ຍ: ສົ່ງເຖິງແລ້ວ ວັນທີ {date}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="44"/>
        <source>{office} answered with {number}</source>
        <translation>{office} ຕອບແລ້ວ ດ້ວຍໜັງສື ເລກທີ {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="48"/>
        <source>{office} registered it as {number} after all</source>
        <translation>{office} ຮັບຄືນ ແລະ ລົງທະບຽນແລ້ວ ເລກທີ {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="51"/>
        <source>{office} registered it as {number}</source>
        <translation>{office} ລົງທະບຽນແລ້ວ ເລກທີ {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="61"/>
        <source>{office} received it on paper on {date}, signed by {person}</source>
        <translation>{office} ໄດ້ຮັບທາງເຈ້ຍ ວັນທີ {date}, ຜູ້ເຊັນຮັບ: {person}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="67"/>
        <source>their number {number}</source>
        <translation>ເລກທີຂອງເຂົາເຈົ້າ {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="77"/>
        <source>Sent again to {to} as {number}</source>
        <translation>ສົ່ງໃໝ່ ໄປຫາ {to} ເລກທີ {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="78"/>
        <source>Sent on to {to} as {number}</source>
        <translation>ສົ່ງຕໍ່ ໄປຫາ {to} ເລກທີ {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="86"/>
        <source>Sent on paper</source>
        <translation>ສົ່ງທາງເຈ້ຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="88"/>
        <source>Delivered on paper</source>
        <translation>ສົ່ງເຖິງທາງເຈ້ຍແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="89"/>
        <source>Delivered on paper {count}</source>
        <translation>ສົ່ງເຖິງທາງເຈ້ຍແລ້ວ {count}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="91"/>
        <source>Returned by {office}</source>
        <translation>ຖືກສົ່ງຄືນ ໂດຍ {office}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="93"/>
        <source>Late at {office}</source>
        <translation>ຊ້າ ຢູ່ {office}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="98"/>
        <source>Completed there</source>
        <translation>ສຳເລັດແລ້ວ ຢູ່ປາຍທາງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="100"/>
        <source>Completed by all</source>
        <translation>ສຳເລັດແລ້ວ ທຸກບ່ອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="105"/>
        <source>Registered there</source>
        <translation>ລົງທະບຽນແລ້ວ ຢູ່ປາຍທາງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="107"/>
        <source>Registered by all</source>
        <translation>ລົງທະບຽນແລ້ວ ທຸກບ່ອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="109"/>
        <source>Registered {count}</source>
        <translation>ລົງທະບຽນແລ້ວ {count}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="112"/>
        <source>Delivered</source>
        <translation>ສົ່ງເຖິງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="114"/>
        <source>Delivered {count}</source>
        <translation>ສົ່ງເຖິງແລ້ວ {count}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="116"/>
        <source>On its way</source>
        <translation>ກຳລັງສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="122"/>
        <source>Sent on</source>
        <translation>ສົ່ງຕໍ່ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="124"/>
        <source>Completed at {office}</source>
        <translation>ສຳເລັດແລ້ວ ຢູ່ {office}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="126"/>
        <source>Now at {office}</source>
        <translation>ດຽວນີ້ຢູ່ {office}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="128"/>
        <source>Sent on, returned by {office}</source>
        <translation>ສົ່ງຕໍ່ແລ້ວ, ຖືກສົ່ງຄືນ ໂດຍ {office}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="130"/>
        <source>Sent on, on paper to {office}</source>
        <translation>ສົ່ງຕໍ່ແລ້ວ, ທາງເຈ້ຍ ໄປຫາ {office}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="132"/>
        <source>Delivered on paper at {office}</source>
        <translation>ສົ່ງເຖິງທາງເຈ້ຍແລ້ວ ທີ່ {office}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_words.py" line="133"/>
        <source>Sent on to {office}</source>
        <translation>ສົ່ງຕໍ່ ໄປຫາ {office} ແລ້ວ</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="52"/>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="149"/>
        <source>Delivered on paper…</source>
        <translation>ບັນທຶກການສົ່ງເຖິງ ທາງເຈ້ຍ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="53"/>
        <source>Write down who received the printed letter, from the signed delivery book</source>
        <translation>ຂຽນວ່າ ໃຜເປັນຜູ້ຮັບໜັງສືທີ່ພິມສົ່ງໄປ, ຕາມປຶ້ມສົ່ງໜັງສື ທີ່ມີລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="81"/>
        <source>This letter was not sent to an office that uses eOffice through the server, so there is no journey to follow here.</source>
        <translation>ໜັງສືນີ້ ບໍ່ໄດ້ສົ່ງຜ່ານເຊີບເວີ ໄປຫາຫ້ອງການ ທີ່ໃຊ້ eOffice, ສະນັ້ນ ຈຶ່ງບໍ່ມີເສັ້ນທາງ ໃຫ້ຕິດຕາມ ຢູ່ນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="97"/>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="115"/>
        <source>Another office</source>
        <translation>ຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="100"/>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="105"/>
        <source>{office}: {state}</source>
        <translation>{office}: {state}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="108"/>
        <source>Where it is now</source>
        <translation>ດຽວນີ້ ໜັງສືຢູ່ໃສ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="117"/>
        <source>{office} (sent on by {via})</source>
        <translation>{office} (ສົ່ງຕໍ່ ໂດຍ {via})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="126"/>
        <source>Not registered there after {days} working days.</source>
        <translation>ຍັງບໍ່ໄດ້ລົງທະບຽນ ຢູ່ຫ້ອງການນັ້ນ ຫຼັງຈາກ {days} ວັນເຮັດວຽກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="149"/>
        <source>Correct the delivery…</source>
        <translation>ແກ້ໄຂການສົ່ງເຖິງ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="157"/>
        <source>Call the office to ask whether it arrived. If not, sync again or save it for USB and send it once more, or print it and send it on paper.</source>
        <translation>ໂທຫາ ຫ້ອງການນັ້ນ ເພື່ອຖາມວ່າ ໄດ້ຮັບແລ້ວບໍ. ຖ້າບໍ່ໄດ້ຮັບ, ໃຫ້ຊິງຄ໌ ອີກຄັ້ງ ຫຼື ບັນທຶກໃສ່ USB ແລ້ວ ສົ່ງອີກເທື່ອໜຶ່ງ, ຫຼື ພິມອອກ ແລ້ວ ສົ່ງເປັນເຈ້ຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="163"/>
        <source>Delivery not written down yet (from the signed delivery book)</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກການສົ່ງເຖິງ (ຕາມປຶ້ມສົ່ງໜັງສື ທີ່ມີລາຍເຊັນ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="164"/>
        <source>Delivered on paper, {date}, received by {person}</source>
        <translation>ສົ່ງເຖິງທາງເຈ້ຍແລ້ວ, ວັນທີ {date}, ຜູ້ເຊັນຮັບ: {person}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="168"/>
        <source>their number {number}</source>
        <translation>ເລກທີຂອງເຂົາເຈົ້າ {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="173"/>
        <source>Sent</source>
        <translation>ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="175"/>
        <source>On the server</source>
        <translation>ຢູ່ໃນເຊີບເວີແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="175"/>
        <source>Not on the server yet (waiting for sync)</source>
        <translation>ຍັງບໍ່ຮອດ ເຊີບເວີ (ລໍຖ້າຊິງຄ໌)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="177"/>
        <source>Delivered to their PC</source>
        <translation>ສົ່ງເຖິງ ຄອມພິວເຕີ ຂອງເຂົາເຈົ້າ ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="177"/>
        <source>Not delivered to their PC yet</source>
        <translation>ຍັງບໍ່ເຖິງ ຄອມພິວເຕີ ຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="179"/>
        <source>Sent on paper (printed)</source>
        <translation>ທາງເຈ້ຍ (ພິມສົ່ງ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="183"/>
        <source>Returned to us: {reason}</source>
        <translation>ສົ່ງຄືນມາຫາພວກເຮົາ: {reason}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="185"/>
        <source>Returned to us first: {reason}</source>
        <translation>ເຄີຍສົ່ງຄືນມາຫາພວກເຮົາ: {reason}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="188"/>
        <source>Not registered there yet</source>
        <translation>ຍັງບໍ່ໄດ້ລົງທະບຽນ ຢູ່ຫ້ອງການນັ້ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="189"/>
        <source>Registered there as {number}</source>
        <translation>ລົງທະບຽນ ຢູ່ຫ້ອງການນັ້ນ ແລ້ວ ເລກທີ {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="191"/>
        <source>a department</source>
        <translation>ພະແນກໜຶ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="193"/>
        <source>Now with {department} ({person})</source>
        <translation>ປັດຈຸບັນ ຢູ່ນຳ {department} ({person})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="194"/>
        <source>Now with {department}</source>
        <translation>ປັດຈຸບັນ ຢູ່ນຳ {department}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="196"/>
        <source>Sent on to {offices} as {number}</source>
        <translation>ສົ່ງຕໍ່ ໄປຫາ {offices} ເລກທີ {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="199"/>
        <source>Sent on to {office} on paper</source>
        <translation>ສົ່ງຕໍ່ ໄປຫາ {office} ທາງເຈ້ຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="200"/>
        <source>Sent on to {office} on paper; delivered {date}</source>
        <translation>ສົ່ງຕໍ່ ໄປຫາ {office} ທາງເຈ້ຍ; ສົ່ງເຖິງແລ້ວ ວັນທີ {date}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="205"/>
        <source>Completed</source>
        <translation>ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_view.py" line="207"/>
        <source>Answered by their letter {number}</source>
        <translation>ຕອບແລ້ວ ດ້ວຍໜັງສື ເລກທີ {number}</translation>
    </message>
</context>
<context>
    <name>KeyPassphrase</name>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="56"/>
        <source>Too short: use at least {count} characters.</source>
        <translation>ສັ້ນເກີນໄປ: ໃຊ້ຢ່າງໜ້ອຍ {count} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="61"/>
        <source>Weak: add more words, numbers or signs.</source>
        <translation>ອ່ອນ: ເພີ່ມຄຳ, ຕົວເລກ ຫຼື ເຄື່ອງໝາຍອີກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="62"/>
        <source>Fair: a longer phrase is safer.</source>
        <translation>ພໍໃຊ້ໄດ້: ປະໂຫຍກທີ່ຍາວກວ່ານີ້ປອດໄພກວ່າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="63"/>
        <source>Strong.</source>
        <translation>ແຂງແຮງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="70"/>
        <source>Too many wrong passphrases. Wait {seconds} seconds, then try again.</source>
        <translation>ໃສ່ລະຫັດລັບຜິດຫຼາຍເທື່ອເກີນໄປ. ລໍຖ້າ {seconds} ວິນາທີ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="74"/>
        <source>The passphrase is wrong. Check the keyboard language (Lao or English) and Caps Lock, then try again.</source>
        <translation>ລະຫັດລັບບໍ່ຖືກຕ້ອງ. ກວດເບິ່ງພາສາແປ້ນພິມ (ລາວ ຫຼື ອັງກິດ) ແລະ Caps Lock ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="79"/>
        <source>The new passphrase must have at least {count} characters and no space at either end.</source>
        <translation>ລະຫັດລັບໃໝ່ຕ້ອງມີຢ່າງໜ້ອຍ {count} ຕົວອັກສອນ ແລະ ບໍ່ມີຍະຫວ່າງຢູ່ຕົ້ນ ຫຼື ທ້າຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="91"/>
        <source>The signing key&apos;s files could not be used. {reason}</source>
        <translation>ໃຊ້ໄຟລ໌ຂອງກະແຈລົງລາຍເຊັນບໍ່ໄດ້. {reason}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="85"/>
        <source>The signing key could not be used because of a problem on this PC. Try again; if it happens again, ask IT staff.</source>
        <translation>ໃຊ້ກະແຈລົງລາຍເຊັນບໍ່ໄດ້ ເນື່ອງຈາກມີບັນຫາໃນຄອມພິວເຕີເຄື່ອງນີ້. ກະລຸນາລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>KeyServer</name>
    <message>
        <location filename="../eoffice_desktop/ui/key_server.py" line="46"/>
        <source>No connection to the server. Your key is safe on this PC. Try again when the PC is online, or save the certificate request to a file for IT staff.</source>
        <translation>ບໍ່ສາມາດເຊື່ອມຕໍ່ເຊີບເວີ. ກະແຈຂອງທ່ານຍັງປອດໄພຢູ່ໃນຄອມພິວເຕີນີ້. ລອງໃໝ່ເມື່ອຄອມພິວເຕີເຊື່ອມຕໍ່ໄດ້, ຫຼື ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນເປັນໄຟລ໌ ແລ້ວມອບໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_server.py" line="52"/>
        <source>The server does not issue certificates yet. Ask IT staff to set up the certification authority on the server, or save the certificate request to a file for them.</source>
        <translation>ເຊີບເວີຍັງບໍ່ໄດ້ອອກໃບຢັ້ງຢືນເທື່ອ. ກະລຸນາໃຫ້ພະນັກງານໄອທີຕັ້ງອົງການອອກໃບຢັ້ງຢືນຢູ່ເຊີບເວີ, ຫຼື ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນເປັນໄຟລ໌ ແລ້ວມອບໃຫ້ເຂົາເຈົ້າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_server.py" line="58"/>
        <source>The server does not know you as an official of this office yet. Press Sync now, wait until it has finished, then try again.</source>
        <translation>ເຊີບເວີຍັງບໍ່ຮູ້ຈັກທ່ານເປັນພະນັກງານຂອງຫ້ອງການນີ້ເທື່ອ. ກົດ ຊິງຂໍ້ມູນດຽວນີ້, ລໍຖ້າໃຫ້ສຳເລັດ, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_server.py" line="66"/>
        <source>The server refused the certificate request: {reason}</source>
        <translation>ເຊີບເວີປະຕິເສດຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ: {reason}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_server.py" line="67"/>
        <source>The server refused the certificate request. Save the request to a file and give it to IT staff.</source>
        <translation>ເຊີບເວີປະຕິເສດຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ. ກະລຸນາບັນທຶກຄຳຮ້ອງເປັນໄຟລ໌ ແລ້ວມອບໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_server.py" line="99"/>
        <source>Your certificate ends on {date}, in {count} days. Renew it before then: Office, My signing key, Renew certificate.</source>
        <translation>ໃບຢັ້ງຢືນຂອງທ່ານຈະໝົດອາຍຸວັນທີ {date}, ອີກ {count} ມື້. ກະລຸນາຕໍ່ອາຍຸກ່ອນນັ້ນ: ຫ້ອງການ, ກະແຈລົງລາຍເຊັນຂອງຂ້ອຍ, ຕໍ່ອາຍຸໃບຢັ້ງຢືນ.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="150"/>
        <source>This person is not a user of the office, or their account was disabled. Choose another person.</source>
        <translation>ບຸກຄົນນີ້ບໍ່ແມ່ນຜູ້ໃຊ້ຂອງຫ້ອງການ ຫຼື ບັນຊີຂອງລາວຖືກປິດແລ້ວ. ກະລຸນາເລືອກຄົນອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="153"/>
        <source>This department does not exist.</source>
        <translation>ບໍ່ມີພະແນກນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="154"/>
        <source>The letter this one answers was not found.</source>
        <translation>ບໍ່ພົບໜັງສືທີ່ສະບັບນີ້ຕອບ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="47"/>
        <source>Incoming</source>
        <translation>ຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="48"/>
        <source>Outgoing</source>
        <translation>ຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="10"/>
        <location filename="../eoffice_desktop/ui/labels.py" line="18"/>
        <source>Normal</source>
        <translation>ທຳມະດາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="11"/>
        <source>Urgent</source>
        <translation>ດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="12"/>
        <source>Very urgent</source>
        <translation>ດ່ວນທີ່ສຸດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="19"/>
        <source>Confidential</source>
        <translation>ລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="20"/>
        <source>Secret</source>
        <translation>ລັບສຸດຍອດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="26"/>
        <source>Letter</source>
        <translation>ໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="27"/>
        <source>Decree / decision</source>
        <translation>ດຳລັດ / ຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="28"/>
        <source>Notice</source>
        <translation>ແຈ້ງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="29"/>
        <source>Invitation</source>
        <translation>ໜັງສືເຊີນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="30"/>
        <source>Report</source>
        <translation>ບົດລາຍງານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="31"/>
        <source>Request</source>
        <translation>ໜັງສືສະເໜີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="32"/>
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="38"/>
        <source>By hand</source>
        <translation>ສົ່ງກັບມື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="39"/>
        <source>Post</source>
        <translation>ໄປສະນີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="40"/>
        <source>E-mail</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="41"/>
        <source>From another office (sync)</source>
        <translation>ຈາກຫ້ອງການອື່ນ (ຊິງຂໍ້ມູນ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="54"/>
        <location filename="../eoffice_desktop/ui/labels.py" line="92"/>
        <source>Registered</source>
        <translation>ລົງທະບຽນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="55"/>
        <source>In progress</source>
        <translation>ກຳລັງດຳເນີນການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="56"/>
        <location filename="../eoffice_desktop/ui/labels.py" line="102"/>
        <source>Completed</source>
        <translation>ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="57"/>
        <source>Void</source>
        <translation>ເປັນໂມຄະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="63"/>
        <source>For action</source>
        <translation>ເພື່ອປະຕິບັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="64"/>
        <source>For information</source>
        <translation>ເພື່ອຊາບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="65"/>
        <source>For comment</source>
        <translation>ເພື່ອໃຫ້ຄຳເຫັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="66"/>
        <source>For approval</source>
        <translation>ເພື່ອອະນຸມັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="67"/>
        <source>For signature</source>
        <translation>ເພື່ອລົງນາມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="68"/>
        <source>Copy (previous holder)</source>
        <translation>ສຳເນົາ (ຜູ້ຖືຄົນກ່ອນ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="74"/>
        <source>Clerk</source>
        <translation>ພະນັກງານຂາເຂົ້າ-ຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="75"/>
        <source>Official</source>
        <translation>ພະນັກງານວິຊາການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="76"/>
        <source>Head of office</source>
        <translation>ຫົວໜ້າຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="77"/>
        <source>Signer</source>
        <translation>ຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="78"/>
        <source>Administrator</source>
        <translation>ຜູ້ບໍລິຫານລະບົບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="84"/>
        <source>Answered by an outgoing letter</source>
        <translation>ຕອບດ້ວຍໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="85"/>
        <source>Filed</source>
        <translation>ເກັບເຂົ້າແຟ້ມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="86"/>
        <source>No action needed</source>
        <translation>ບໍ່ຕ້ອງດຳເນີນການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="93"/>
        <source>Corrected</source>
        <translation>ແກ້ໄຂ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="94"/>
        <source>Voided</source>
        <translation>ເປັນໂມຄະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="95"/>
        <source>Attachment added</source>
        <translation>ເພີ່ມເອກະສານຄັດຕິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="96"/>
        <source>Sent on</source>
        <translation>ສົ່ງຕໍ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="97"/>
        <source>Received (acknowledged)</source>
        <translation>ໄດ້ຮັບແລ້ວ (ຢັ້ງຢືນ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="98"/>
        <source>Returned</source>
        <translation>ສົ່ງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="99"/>
        <source>Pulled back</source>
        <translation>ດຶງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="100"/>
        <source>Redirected</source>
        <translation>ປ່ຽນຜູ້ຮັບຜິດຊອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="101"/>
        <source>Comment</source>
        <translation>ຄຳເຫັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="103"/>
        <source>Reopened</source>
        <translation>ເປີດຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="104"/>
        <source>Registry number confirmed</source>
        <translation>ຢືນຢັນເລກທີທະບຽນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="105"/>
        <location filename="../eoffice_desktop/ui/labels.py" line="106"/>
        <source>News from the receiving office</source>
        <translation>ຂ່າວຈາກຫ້ອງການຜູ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="107"/>
        <source>Sent on to other offices</source>
        <translation>ສົ່ງຕໍ່ ໄປຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="108"/>
        <source>Sent again to other offices</source>
        <translation>ສົ່ງໃໝ່ ໄປຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="109"/>
        <source>Returned to its office first</source>
        <translation>ເຄີຍສົ່ງຄືນໃຫ້ຫ້ອງການຜູ້ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="110"/>
        <source>Delivered on paper</source>
        <translation>ສົ່ງເຖິງທາງເຈ້ຍແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="116"/>
        <source>Date received</source>
        <translation>ວັນທີໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="117"/>
        <source>Registry number</source>
        <translation>ເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="118"/>
        <location filename="../eoffice_desktop/ui/labels.py" line="119"/>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="120"/>
        <source>Their reference</source>
        <translation>ເລກທີຂອງຜູ້ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="121"/>
        <source>Letter date</source>
        <translation>ລົງວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="122"/>
        <source>Delivered by</source>
        <translation>ວິທີການສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="123"/>
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="124"/>
        <source>Summary</source>
        <translation>ເນື້ອໃນສັງລວມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="125"/>
        <source>Document type</source>
        <translation>ປະເພດເອກະສານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="126"/>
        <source>Urgency</source>
        <translation>ຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="127"/>
        <source>Confidentiality</source>
        <translation>ຄວາມລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="128"/>
        <source>Pages</source>
        <translation>ຈຳນວນໜ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="129"/>
        <source>Reply due</source>
        <translation>ກຳນົດຕອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="130"/>
        <source>Keywords</source>
        <translation>ຄຳສຳຄັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="131"/>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="132"/>
        <source>Signatory</source>
        <translation>ຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="133"/>
        <source>Incoming or outgoing</source>
        <translation>ໜັງສືເຂົ້າ ຫຼື ໜັງສືອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="134"/>
        <source>Answers letter</source>
        <translation>ຕອບໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="141"/>
        <source>This is required.</source>
        <translation>ຕ້ອງປ້ອນຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="142"/>
        <source>The date cannot be in the future.</source>
        <translation>ວັນທີບໍ່ສາມາດເປັນອະນາຄົດໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="143"/>
        <source>The letter cannot be written after it was received.</source>
        <translation>ລົງວັນທີຂອງໜັງສື ບໍ່ສາມາດຫຼັງວັນທີໄດ້ຮັບ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="144"/>
        <source>This date is before the date received.</source>
        <translation>ວັນທີນີ້ ກ່ອນວັນທີໄດ້ຮັບ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="145"/>
        <source>The text is too long.</source>
        <translation>ຂໍ້ຄວາມຍາວເກີນໄປ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="146"/>
        <source>Choose one of the options.</source>
        <translation>ກະລຸນາເລືອກໜຶ່ງໃນຕົວເລືອກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="147"/>
        <source>The number is out of range.</source>
        <translation>ຕົວເລກເກີນຂອບເຂດ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="148"/>
        <source>This registry number is already used.</source>
        <translation>ເລກທີນີ້ຖືກໃຊ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="149"/>
        <source>Not found in the address book.</source>
        <translation>ບໍ່ພົບໃນສະໝຸດທີ່ຢູ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="155"/>
        <source>This office is not in the directory. Sync this PC, then choose the office again.</source>
        <translation>ຫ້ອງການນີ້ບໍ່ມີໃນລາຍຊື່ຫ້ອງການແຫ່ງຊາດ. ກະລຸນາຊິງຂໍ້ມູນເຄື່ອງນີ້ ແລ້ວເລືອກຫ້ອງການອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="158"/>
        <source>This office was closed; choose another office.</source>
        <translation>ຫ້ອງການນີ້ຖືກຍຸບແລ້ວ; ກະລຸນາເລືອກຫ້ອງການອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="159"/>
        <source>This value is not valid.</source>
        <translation>ຄ່ານີ້ບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="160"/>
        <source>The date is in the past.</source>
        <translation>ວັນທີນີ້ຜ່ານໄປແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="161"/>
        <source>The end date is before the start date.</source>
        <translation>ວັນທີສິ້ນສຸດຢູ່ກ່ອນວັນທີເລີ່ມຕົ້ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="162"/>
        <source>Choose a colleague, not yourself.</source>
        <translation>ກະລຸນາເລືອກເພື່ອນຮ່ວມງານ, ບໍ່ແມ່ນຕົວທ່ານເອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="163"/>
        <source>There is no such date: check the day and the month, written as day/month/year, e.g. 26/02/2026.</source>
        <translation>ບໍ່ມີວັນທີນີ້: ກະລຸນາກວດເບິ່ງວັນ ແລະ ເດືອນ, ຂຽນເປັນ ວັນ/ເດືອນ/ປີ, ຕົວຢ່າງ 26/02/2026.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="171"/>
        <source>January</source>
        <translation>ມັງກອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="172"/>
        <source>February</source>
        <translation>ກຸມພາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="173"/>
        <source>March</source>
        <translation>ມີນາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="174"/>
        <source>April</source>
        <translation>ເມສາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="175"/>
        <source>May</source>
        <translation>ພຶດສະພາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="176"/>
        <source>June</source>
        <translation>ມິຖຸນາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="177"/>
        <source>July</source>
        <translation>ກໍລະກົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="178"/>
        <source>August</source>
        <translation>ສິງຫາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="179"/>
        <source>September</source>
        <translation>ກັນຍາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="180"/>
        <source>October</source>
        <translation>ຕຸລາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="181"/>
        <source>November</source>
        <translation>ພະຈິກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="182"/>
        <source>December</source>
        <translation>ທັນວາ</translation>
    </message>
</context>
<context>
    <name>LetterFormDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="103"/>
        <source>Register an incoming letter</source>
        <translation>ລົງທະບຽນໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="103"/>
        <source>Register an outgoing letter</source>
        <translation>ລົງທະບຽນໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="135"/>
        <source>Date received</source>
        <translation>ວັນທີໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="135"/>
        <source>Date sent</source>
        <translation>ວັນທີສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="139"/>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="141"/>
        <source>Their number, e.g. 0123/ກງ</source>
        <translation>ເລກທີຂອງເຂົາເຈົ້າ, ຕົວຢ່າງ 0123/ກງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="142"/>
        <source>Their reference</source>
        <translation>ເລກທີຂອງຜູ້ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="145"/>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="147"/>
        <source>Date on the letter</source>
        <translation>ລົງວັນທີ (ໃນໜັງສື)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="156"/>
        <source>Delivered by</source>
        <translation>ວິທີການສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="149"/>
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="153"/>
        <source>Summary</source>
        <translation>ເນື້ອໃນສັງລວມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="158"/>
        <source>Document type</source>
        <translation>ປະເພດເອກະສານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="160"/>
        <source>Urgency</source>
        <translation>ຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="162"/>
        <source>Confidentiality</source>
        <translation>ຄວາມລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="165"/>
        <source>not counted</source>
        <translation>ບໍ່ໄດ້ນັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="166"/>
        <source>Number of pages</source>
        <translation>ຈຳນວນໜ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="169"/>
        <source>Reply due by</source>
        <translation>ກຳນົດຕອບພາຍໃນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="171"/>
        <source>Words to find it later, separated by commas</source>
        <translation>ຄຳທີ່ໃຊ້ຊອກຫາພາຍຫຼັງ, ຂັ້ນດ້ວຍຈຸດ (,)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="172"/>
        <source>Keywords</source>
        <translation>ຄຳສຳຄັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="175"/>
        <source>Signatory</source>
        <translation>ຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="177"/>
        <source>Answers incoming letter</source>
        <translation>ຕອບໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="185"/>
        <source>Add scan or PDF…</source>
        <translation>ເພີ່ມເອກະສານສະແກນ ຫຼື PDF…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="186"/>
        <source>Add a scan or a PDF file (Ctrl+O)</source>
        <translation>ເພີ່ມໄຟລ໌ສະແກນ ຫຼື PDF (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="190"/>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="197"/>
        <source>or drag files here</source>
        <translation>ຫຼື ລາກໄຟລ໌ມາວາງບ່ອນນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="201"/>
        <source>Attachments</source>
        <translation>ເອກະສານຄັດຕິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="213"/>
        <source>Fill from template:</source>
        <translation>ຕື່ມຈາກແບບຟອມ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="215"/>
        <source>Save as template…</source>
        <translation>ບັນທຶກເປັນແບບຟອມ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="224"/>
        <source>Register</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="225"/>
        <source>Register the letter (Ctrl+Enter)</source>
        <translation>ລົງທະບຽນໜັງສື (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="240"/>
        <source>(none)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="247"/>
        <source>(choose a template)</source>
        <translation>(ເລືອກແບບຟອມ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="260"/>
        <source>{name} is not a PDF or an image.</source>
        <translation>{name} ບໍ່ແມ່ນ PDF ຫຼື ຮູບພາບ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="270"/>
        <source>Choose scans or PDF files</source>
        <translation>ເລືອກໄຟລ໌ສະແກນ ຫຼື PDF</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="272"/>
        <source>Scans and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>ເອກະສານສະແກນ ແລະ PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="322"/>
        <source>Save as template</source>
        <translation>ບັນທຶກເປັນແບບຟອມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="322"/>
        <source>Name of the template (e.g. &apos;Budget notices from the Ministry&apos;)</source>
        <translation>ຊື່ແບບຟອມ (ຕົວຢ່າງ: &apos;ແຈ້ງການງົບປະມານຈາກກະຊວງ&apos;)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="379"/>
        <source>Please correct the fields marked in red.</source>
        <translation>ກະລຸນາແກ້ໄຂຊ່ອງທີ່ໝາຍສີແດງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="393"/>
        <source>Saving…</source>
        <translation>ກຳລັງບັນທຶກ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="420"/>
        <source>Close the form?</source>
        <translation>ປິດແບບຟອມບໍ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="421"/>
        <source>What you filled in will be lost. Close the form without registering the letter?</source>
        <translation>ສິ່ງທີ່ທ່ານໄດ້ປ້ອນໄວ້ຈະເສຍໄປ. ປິດແບບຟອມໂດຍບໍ່ລົງທະບຽນໜັງສືບໍ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="434"/>
        <source>Registered</source>
        <translation>ລົງທະບຽນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="435"/>
        <source>The letter is registered with number {number}.
Write this number on the paper letter.</source>
        <translation>ໜັງສືໄດ້ລົງທະບຽນແລ້ວ ເລກທີ {number}.
ກະລຸນາຂຽນເລກທີນີ້ໃສ່ໜັງສືສະບັບເຈ້ຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="457"/>
        <source>The letter could not be saved: {error}</source>
        <translation>ບໍ່ສາມາດບັນທຶກໜັງສືໄດ້: {error}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="454"/>
        <source>The letter was not registered because of a problem on this PC. What you typed is still here: try again; if it happens again, ask IT staff.</source>
        <translation>ໜັງສືບໍ່ໄດ້ຖືກລົງທະບຽນ ເນື່ອງຈາກມີບັນຫາໃນຄອມພິວເຕີເຄື່ອງນີ້. ສິ່ງທີ່ທ່ານພິມໄວ້ຍັງຢູ່ຄົບ: ກະລຸນາລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>LetterNotes</name>
    <message>
        <location filename="../eoffice_desktop/ui/letter_notes.py" line="32"/>
        <source>Minute</source>
        <translation>ຄຳເຫັນຊີ້ນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_notes.py" line="44"/>
        <source>Completed</source>
        <translation>ສຳເລັດແລ້ວ</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="130"/>
        <source>Details</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="131"/>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="204"/>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="318"/>
        <source>Attachments</source>
        <translation>ເອກະສານຄັດຕິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="132"/>
        <source>History</source>
        <translation>ປະຫວັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="345"/>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="378"/>
        <source>Signatures ({count})</source>
        <translation>ລາຍເຊັນ ({count})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="136"/>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="206"/>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="319"/>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="345"/>
        <source>Signatures</source>
        <translation>ລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="139"/>
        <source>Journey</source>
        <translation>ເສັ້ນທາງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="140"/>
        <source>Correct…</source>
        <translation>ແກ້ໄຂ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="142"/>
        <source>Void…</source>
        <translation>ເຮັດໃຫ້ເປັນໂມຄະ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="144"/>
        <source>Register</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="145"/>
        <source>Enter this letter in this office&apos;s incoming register</source>
        <translation>ລົງໜັງສືນີ້ໃນປຶ້ມທະບຽນໜັງສືຂາເຂົ້າຂອງຫ້ອງການນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="147"/>
        <source>Return to sender…</source>
        <translation>ສົ່ງຄືນຜູ້ສົ່ງ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="148"/>
        <source>Send it back to the office that sent it, saying why</source>
        <translation>ສົ່ງຄືນໃຫ້ຫ້ອງການທີ່ສົ່ງມາ ພ້ອມບອກເຫດຜົນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="169"/>
        <source>Send to another office…</source>
        <translation>ສົ່ງໄປຫາຫ້ອງການອື່ນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="182"/>
        <source>An office returned this letter: send it to the right office</source>
        <translation>ມີຫ້ອງການສົ່ງໜັງສືນີ້ຄືນ: ສົ່ງໄປຫາຫ້ອງການທີ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="160"/>
        <source>Send to…</source>
        <translation>ສົ່ງຫາ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="161"/>
        <source>Received</source>
        <translation>ໄດ້ຮັບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="162"/>
        <source>Comment…</source>
        <translation>ໃຫ້ຄຳເຫັນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="163"/>
        <source>Return…</source>
        <translation>ສົ່ງຄືນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="164"/>
        <source>Complete…</source>
        <translation>ສຳເລັດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="165"/>
        <source>Reopen…</source>
        <translation>ເປີດຄືນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="166"/>
        <source>Pull back</source>
        <translation>ດຶງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="167"/>
        <source>Redirect…</source>
        <translation>ປ່ຽນຜູ້ຮັບຜິດຊອບ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="168"/>
        <source>Send on to an office…</source>
        <translation>ສົ່ງຕໍ່ຫາຫ້ອງການອື່ນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="184"/>
        <source>Print slip…</source>
        <translation>ພິມໃບສົ່ງ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="186"/>
        <source>Print history…</source>
        <translation>ພິມປະຫວັດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="188"/>
        <source>Print signed letter…</source>
        <translation>ພິມໜັງສືທີ່ລົງລາຍເຊັນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="189"/>
        <source>A copy to print with the verification code and QR code on every page</source>
        <translation>ສຳເນົາສຳລັບພິມ ທີ່ມີລະຫັດກວດສອບ ແລະ ລະຫັດ QR ຢູ່ທຸກໜ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="197"/>
        <source>Print</source>
        <translation>ພິມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="202"/>
        <source>The letter&apos;s details</source>
        <translation>ລາຍລະອຽດຂອງໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="203"/>
        <source>The letter&apos;s history</source>
        <translation>ປະຫວັດຂອງໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="205"/>
        <source>About the letter</source>
        <translation>ກ່ຽວກັບໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="207"/>
        <source>About the chosen signature</source>
        <translation>ກ່ຽວກັບລາຍເຊັນທີ່ເລືອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="208"/>
        <source>Where the letter went</source>
        <translation>ໜັງສືໄປຮອດໃສແດ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="334"/>
        <source>Choose a letter in the list to see it here.</source>
        <translation>ເລືອກໜັງສືໃນລາຍການ ເພື່ອເບິ່ງຢູ່ບ່ອນນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="341"/>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="377"/>
        <source>Attachments ({count})</source>
        <translation>ເອກະສານຄັດຕິດ ({count})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="409"/>
        <source>(provisional)</source>
        <translation>(ຊົ່ວຄາວ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="413"/>
        <source>Date received</source>
        <translation>ວັນທີໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="413"/>
        <source>Date sent</source>
        <translation>ວັນທີສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="428"/>
        <source>Other offices</source>
        <translation>ຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="442"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="444"/>
        <source>Now with</source>
        <translation>ປັດຈຸບັນຢູ່ນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="447"/>
        <source>Reason for void</source>
        <translation>ເຫດຜົນທີ່ເປັນໂມຄະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="451"/>
        <source>Answers</source>
        <translation>ຕອບໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="458"/>
        <source>Sent on as</source>
        <translation>ສົ່ງຕໍ່ ເປັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="458"/>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="484"/>
        <source>outgoing letter {number}</source>
        <translation>ໜັງສືຂາອອກ ເລກທີ {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="460"/>
        <source>Sends on</source>
        <translation>ສົ່ງຕໍ່ ໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="460"/>
        <source>incoming letter {number}</source>
        <translation>ໜັງສືຂາເຂົ້າ ເລກທີ {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="465"/>
        <source>Answered by</source>
        <translation>ຕອບໂດຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="471"/>
        <source>Tracking code</source>
        <translation>ລະຫັດຕິດຕາມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="484"/>
        <source>Sent again as</source>
        <translation>ສົ່ງໃໝ່ ເປັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="488"/>
        <source>letter {number}, returned by {offices}</source>
        <translation>ໜັງສື ເລກທີ {number}, ທີ່ {offices} ສົ່ງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="491"/>
        <source>Sends again</source>
        <translation>ສົ່ງໃໝ່ ແທນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="496"/>
        <source>Another office</source>
        <translation>ຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="498"/>
        <source>Sent by</source>
        <translation>ສົ່ງໂດຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="499"/>
        <source>Addressed to</source>
        <translation>ສົ່ງເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="502"/>
        <source>Registered in this office: work on the registered copy in the incoming register.</source>
        <translation>ລົງທະບຽນຢູ່ຫ້ອງການນີ້ແລ້ວ: ເຮັດວຽກກັບສະບັບທີ່ລົງທະບຽນ ໃນປຶ້ມທະບຽນໜັງສືຂາເຂົ້າ.</translation>
    </message>
    <message>
        <source>Returned to the office that sent it.</source>
        <translation type="vanished">ສົ່ງຄືນໃຫ້ຫ້ອງການທີ່ສົ່ງມາແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="514"/>
        <source>Not registered here yet: register it, or return it to the sender if it is not for us.</source>
        <translation>ຍັງບໍ່ທັນລົງທະບຽນຢູ່ນີ້: ກະລຸນາລົງທະບຽນ, ຫຼື ສົ່ງຄືນຜູ້ສົ່ງ ຖ້າບໍ່ແມ່ນຂອງຫ້ອງການເຮົາ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="518"/>
        <source>In this office</source>
        <translation>ຢູ່ຫ້ອງການນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="549"/>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: “{old}” → “{new}”</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="574"/>
        <source>Choose scans or PDF files</source>
        <translation>ເລືອກໄຟລ໌ສະແກນ ຫຼື PDF</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="576"/>
        <source>Scans and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>ເອກະສານສະແກນ ແລະ PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="254"/>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="615"/>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="764"/>
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="504"/>
        <source>Returned to the office that sent it. If that was a mistake, register it after all: on the Arrived page, tick Show the letters this office returned to their office.</source>
        <translation>ສົ່ງຄືນໃຫ້ຫ້ອງການທີ່ສົ່ງມາແລ້ວ. ຖ້າສົ່ງຄືນຜິດ, ຍັງຮັບຄືນ ແລະ ລົງທະບຽນໄດ້: ຢູ່ໜ້າ ມາຈາກຫ້ອງການອື່ນ, ໝາຍໃສ່ ສະແດງໜັງສືທີ່ຫ້ອງການນີ້ສົ່ງຄືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="509"/>
        <source>Returned to the office that sent it. If that was a mistake, ask a clerk or the head of office to register it after all.</source>
        <translation>ສົ່ງຄືນໃຫ້ຫ້ອງການທີ່ສົ່ງມາແລ້ວ. ຖ້າສົ່ງຄືນຜິດ, ໃຫ້ແຈ້ງພະນັກງານຂາເຂົ້າ-ຂາອອກ ຫຼື ຫົວໜ້າຫ້ອງການ ຮັບຄືນ ແລະ ລົງທະບຽນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="516"/>
        <source>Not registered here yet: a clerk or the head of office registers it or returns it.</source>
        <translation>ຍັງບໍ່ທັນລົງທະບຽນຢູ່ນີ້: ພະນັກງານຂາເຂົ້າ-ຂາອອກ ຫຼື ຫົວໜ້າຫ້ອງການ ຈະລົງທະບຽນ ຫຼື ສົ່ງຄືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="645"/>
        <source>Redirect letter {number}: the present holder keeps a copy</source>
        <translation>ປ່ຽນຜູ້ຮັບຜິດຊອບໜັງສື {number}: ຜູ້ຖືປັດຈຸບັນຍັງໄດ້ຮັບສຳເນົາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="688"/>
        <source>Comment</source>
        <translation>ຄຳເຫັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="688"/>
        <source>Your comment on this letter:</source>
        <translation>ຄຳເຫັນຂອງທ່ານຕໍ່ໜັງສືນີ້:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="694"/>
        <source>Return the letter</source>
        <translation>ສົ່ງໜັງສືຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="694"/>
        <source>Why do you return it?</source>
        <translation>ເປັນຫຍັງຈຶ່ງສົ່ງຄືນ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="713"/>
        <source>Reopen the letter</source>
        <translation>ເປີດໜັງສືຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="713"/>
        <source>Why is it reopened?</source>
        <translation>ເປັນຫຍັງຈຶ່ງເປີດຄືນ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="738"/>
        <source>Routing slip</source>
        <translation>ໃບສົ່ງໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="752"/>
        <source>Movement history</source>
        <translation>ປະຫວັດການເຄື່ອນໄຫວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="256"/>
        <source>The letter could not be read from this PC&apos;s records. Choose it again in the list; if it happens again, ask IT staff.</source>
        <translation>ອ່ານໜັງສືສະບັບນີ້ຈາກຂໍ້ມູນຂອງຄອມພິວເຕີເຄື່ອງນີ້ບໍ່ໄດ້. ກະລຸນາເລືອກມັນອີກຄັ້ງໃນລາຍການ; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="611"/>
        <source>The change could not be saved on this PC, so the letter is as it was. Try again; if it happens again, ask IT staff.</source>
        <translation>ບັນທຶກການປ່ຽນແປງໃນຄອມພິວເຕີເຄື່ອງນີ້ບໍ່ໄດ້, ສະນັ້ນ ໜັງສືຍັງຄືເກົ່າ. ກະລຸນາລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="760"/>
        <source>What is printed of this letter could not be read from this PC&apos;s records. Try again; if it happens again, ask IT staff.</source>
        <translation>ອ່ານຂໍ້ມູນສຳລັບພິມໜັງສືສະບັບນີ້ຈາກຄອມພິວເຕີເຄື່ອງນີ້ບໍ່ໄດ້. ກະລຸນາລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="137"/>
        <source>Link to an office of the directory</source>
        <translation>ເຊື່ອມກັບຫ້ອງການໃນບັນຊີລາຍຊື່ຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="140"/>
        <source>Which office is “{name}”? Letters to it will reach that office through the server when it uses eOffice; otherwise they are printed and sent on paper.</source>
        <translation>“{name}” ແມ່ນຫ້ອງການໃດ? ໜັງສືເຖິງບ່ອນນີ້ຈະໄປເຖິງຫ້ອງການນັ້ນຜ່ານເຊີບເວີ ເມື່ອຫ້ອງການນັ້ນໃຊ້ eOffice; ຖ້າບໍ່ດັ່ງນັ້ນ ຈະພິມ ແລະ ສົ່ງເປັນເອກະສານ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="146"/>
        <source>Type part of the office&apos;s name or its code</source>
        <translation>ພິມບາງສ່ວນຂອງຊື່ຫ້ອງການ ຫຼື ຕົວຫຍໍ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="158"/>
        <source>Link</source>
        <translation>ເຊື່ອມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="164"/>
        <source>Offices that look like it:</source>
        <translation>ຫ້ອງການທີ່ຄ້າຍຄືກັນ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="168"/>
        <source>Office</source>
        <translation>ຫ້ອງການ</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="369"/>
        <source>Sign in to eOffice</source>
        <translation>ເຂົ້າລະບົບ eOffice</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="369"/>
        <source>eOffice is locked</source>
        <translation>eOffice ຖືກລັອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="376"/>
        <source>User name</source>
        <translation>ຊື່ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="377"/>
        <source>Password</source>
        <translation>ລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="391"/>
        <source>Sign in</source>
        <translation>ເຂົ້າລະບົບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="391"/>
        <source>Unlock</source>
        <translation>ປົດລັອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="393"/>
        <source>Switch user</source>
        <translation>ປ່ຽນຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="413"/>
        <source>Too many wrong passwords. Wait {seconds} seconds and try again.</source>
        <translation>ປ້ອນລະຫັດຜ່ານຜິດຫຼາຍເທື່ອ. ກະລຸນາລໍຖ້າ {seconds} ວິນາທີ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="420"/>
        <source>The user name or the password is wrong.</source>
        <translation>ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.</translation>
    </message>
</context>
<context>
    <name>LostPage</name>
    <message>
        <location filename="../eoffice_desktop/ui/lost_page.py" line="56"/>
        <source>Number</source>
        <translation>ເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/lost_page.py" line="56"/>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/lost_page.py" line="56"/>
        <source>Sent on</source>
        <translation>ວັນທີສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/lost_page.py" line="56"/>
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/lost_page.py" line="56"/>
        <source>What happened</source>
        <translation>ເກີດຫຍັງຂຶ້ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/lost_page.py" line="58"/>
        <source>Sent letters to follow up</source>
        <translation>ໜັງສືສົ່ງອອກ ທີ່ຕ້ອງຕິດຕາມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/lost_page.py" line="69"/>
        <source>Send to another office…</source>
        <translation>ສົ່ງໄປຫາຫ້ອງການອື່ນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/lost_page.py" line="70"/>
        <source>Send the returned letter to the right office</source>
        <translation>ສົ່ງໜັງສືທີ່ຖືກສົ່ງຄືນ ໄປຫາຫ້ອງການທີ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/lost_page.py" line="78"/>
        <source>Nothing to follow up: no letter came back, and every office registered what was sent to it.</source>
        <translation>ບໍ່ມີຫຍັງຕ້ອງຕິດຕາມ: ບໍ່ມີໜັງສືຖືກສົ່ງຄືນ ແລະ ທຸກຫ້ອງການໄດ້ລົງທະບຽນໜັງສືທີ່ສົ່ງໄປຫາແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/lost_page.py" line="102"/>
        <source>Returned: the office sent the letter back and says why. Read the reason, then send it to the right office with “Send to another office…”, or void it if it is no longer needed.</source>
        <translation>ຖືກສົ່ງຄືນ: ຫ້ອງການນັ້ນໄດ້ສົ່ງໜັງສືຄືນ ພ້ອມບອກເຫດຜົນ. ອ່ານເຫດຜົນ ແລ້ວ ສົ່ງໄປຫາຫ້ອງການທີ່ຖືກຕ້ອງ ດ້ວຍປຸ່ມ “ສົ່ງໄປຫາຫ້ອງການອື່ນ…”, ຫຼື ເຮັດໃຫ້ເປັນໂມຄະ ຖ້າບໍ່ຕ້ອງການແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/lost_page.py" line="109"/>
        <source>Not registered: the office has not registered the letter after {days} working days. Call the office to ask whether it arrived. If not, sync again or save it for USB and send it once more, or print it and send it on paper.</source>
        <translation>ຍັງບໍ່ລົງທະບຽນ: ຫ້ອງການນັ້ນຍັງບໍ່ໄດ້ລົງທະບຽນໜັງສື ຫຼັງຈາກ {days} ວັນເຮັດວຽກ. ໂທຫາ ຫ້ອງການນັ້ນ ເພື່ອຖາມວ່າ ໄດ້ຮັບແລ້ວບໍ. ຖ້າບໍ່ໄດ້ຮັບ, ໃຫ້ຊິງຄ໌ ອີກຄັ້ງ ຫຼື ບັນທຶກໃສ່ USB ແລ້ວ ສົ່ງອີກເທື່ອໜຶ່ງ, ຫຼື ພິມອອກ ແລ້ວ ສົ່ງເປັນເຈ້ຍ.</translation>
    </message>
    <message>
        <source>Returned: the office sent the letter back and says why. Read the reason, then send it to the right office with “Send to another office…”, or void it if it is no longer needed.
Not registered: the office has not registered the letter after {days} working days. Call the office to ask whether it arrived. If not, sync again or save it for USB and send it once more, or print it and send it on paper.</source>
        <translation type="vanished">ຖືກສົ່ງຄືນ: ຫ້ອງການນັ້ນໄດ້ສົ່ງໜັງສືຄືນ ພ້ອມບອກເຫດຜົນ. ອ່ານເຫດຜົນ ແລ້ວ ສົ່ງໄປຫາຫ້ອງການທີ່ຖືກຕ້ອງ ດ້ວຍປຸ່ມ “ສົ່ງໄປຫາຫ້ອງການອື່ນ…”, ຫຼື ເຮັດໃຫ້ເປັນໂມຄະ ຖ້າບໍ່ຕ້ອງການແລ້ວ.
ຍັງບໍ່ລົງທະບຽນ: ຫ້ອງການນັ້ນຍັງບໍ່ໄດ້ລົງທະບຽນໜັງສື ຫຼັງຈາກ {days} ວັນເຮັດວຽກ. ໂທຫາ ຫ້ອງການນັ້ນ ເພື່ອຖາມວ່າ ໄດ້ຮັບແລ້ວບໍ. ຖ້າບໍ່ໄດ້ຮັບ, ໃຫ້ຊິງຄ໌ ອີກຄັ້ງ ຫຼື ບັນທຶກໃສ່ USB ແລ້ວ ສົ່ງອີກເທື່ອໜຶ່ງ, ຫຼື ພິມອອກ ແລ້ວ ສົ່ງເປັນເຈ້ຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/lost_page.py" line="153"/>
        <source>Returned: {reason}</source>
        <translation>ຖືກສົ່ງຄືນ: {reason}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/lost_page.py" line="154"/>
        <source>Not registered after {days} working days</source>
        <translation>ຍັງບໍ່ລົງທະບຽນ ຫຼັງຈາກ {days} ວັນເຮັດວຽກ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="188"/>
        <source>Signed in: {user}</source>
        <translation>ຜູ້ໃຊ້: {user}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="96"/>
        <source>DEMO office, not for real letters</source>
        <translation>ຫ້ອງການຕົວຢ່າງ (DEMO), ບໍ່ແມ່ນສຳລັບໜັງສືແທ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="162"/>
        <source>Saved searches</source>
        <translation>ການຊອກຫາທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="379"/>
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="94"/>
        <source>Merge a duplicate</source>
        <translation>ລວມລາຍການທີ່ຊ້ຳກັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="96"/>
        <source>“{name}” will no longer be listed. Its letters will be found under the entry you choose; each letter keeps the name written on it.</source>
        <translation>“{name}” ຈະບໍ່ສະແດງໃນລາຍຊື່ອີກ. ໜັງສືຂອງມັນຈະຊອກພົບໄດ້ພາຍໃຕ້ລາຍການທີ່ທ່ານເລືອກ; ໜັງສືແຕ່ລະສະບັບຍັງຄົງຊື່ທີ່ຂຽນໄວ້ເທິງມັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="108"/>
        <source>Merge</source>
        <translation>ລວມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/address_book_dialogs.py" line="114"/>
        <source>Merge into</source>
        <translation>ລວມເຂົ້າກັບ</translation>
    </message>
</context>
<context>
    <name>MoreFilters</name>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="50"/>
        <source>Search incoming and outgoing letters together</source>
        <translation>ຊອກຫາທັງໜັງສືຂາເຂົ້າ ແລະ ຂາອອກພ້ອມກັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="55"/>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="61"/>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="122"/>
        <source>Any</source>
        <translation>ທັງໝົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="66"/>
        <source>Only letters whose reply is late</source>
        <translation>ສະເພາະໜັງສືທີ່ຕອບຊ້າກວ່າກຳນົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="67"/>
        <source>Only letters with a signature</source>
        <translation>ສະເພາະໜັງສືທີ່ມີລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="68"/>
        <source>Also show void letters</source>
        <translation>ສະແດງໜັງສືທີ່ເປັນໂມຄະນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="69"/>
        <source>Clear these filters</source>
        <translation>ລ້າງຕົວກັ່ນຕອງເຫຼົ່ານີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="70"/>
        <source>Save this search…</source>
        <translation>ບັນທຶກການຊອກຫານີ້…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="75"/>
        <source>Registered from</source>
        <translation>ລົງທະບຽນແຕ່ວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="76"/>
        <source>Registered until</source>
        <translation>ລົງທະບຽນຮອດວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="78"/>
        <source>Confidentiality</source>
        <translation>ຄວາມລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="79"/>
        <source>Sender</source>
        <translation>ຜູ້ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="80"/>
        <source>Kind of sender</source>
        <translation>ປະເພດຜູ້ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="81"/>
        <source>Now with</source>
        <translation>ປັດຈຸບັນຢູ່ນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="105"/>
        <source>Ministries</source>
        <translation>ກະຊວງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="106"/>
        <source>Provinces</source>
        <translation>ແຂວງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="107"/>
        <source>Districts</source>
        <translation>ເມືອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="108"/>
        <source>Departments</source>
        <translation>ກົມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="109"/>
        <source>Companies</source>
        <translation>ບໍລິສັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="110"/>
        <source>Embassies</source>
        <translation>ສະຖານທູດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="111"/>
        <source>Others</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_filters.py" line="131"/>
        <source>Type the date as day/month/year, for example 26/02/2026.</source>
        <translation>ກະລຸນາພິມວັນທີເປັນ ວັນ/ເດືອນ/ປີ, ຕົວຢ່າງ 26/02/2026.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../eoffice_desktop/ui/numbers.py" line="20"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/numbers.py" line="22"/>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
</context>
<context>
    <name>OcrStatus</name>
    <message>
        <location filename="../eoffice_desktop/ui/ocr_status.py" line="28"/>
        <location filename="../eoffice_desktop/ui/ocr_status.py" line="70"/>
        <source>Pause</source>
        <translation>ຢຸດຊົ່ວຄາວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/ocr_status.py" line="32"/>
        <source>Read the older scans for search?</source>
        <translation>ອ່ານເອກະສານສະແກນເກົ່າ ເພື່ອໃຫ້ຄົ້ນຫາພົບບໍ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/ocr_status.py" line="33"/>
        <source>Scans stored earlier can be read so that search finds their words.</source>
        <translation>ເອກະສານສະແກນທີ່ເກັບໄວ້ກ່ອນໜ້ານີ້ ສາມາດອ່ານໄດ້ ເພື່ອໃຫ້ການຄົ້ນຫາພົບຄຳສັບໃນນັ້ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/ocr_status.py" line="34"/>
        <source>Read them</source>
        <translation>ອ່ານເລີຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/ocr_status.py" line="35"/>
        <source>Not now</source>
        <translation>ບໍ່ແມ່ນຕອນນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/ocr_status.py" line="73"/>
        <source>Go on</source>
        <translation>ສືບຕໍ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/ocr_status.py" line="87"/>
        <source>Reading scans: {done} of {total} pages</source>
        <translation>ກຳລັງອ່ານເອກະສານສະແກນ: {done} ຈາກ {total} ໜ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/ocr_status.py" line="88"/>
        <source>(paused)</source>
        <translation>(ຢຸດຊົ່ວຄາວ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/ocr_status.py" line="93"/>
        <source>Scans are not read: the text reader is not installed on this PC.</source>
        <translation>ບໍ່ໄດ້ອ່ານເອກະສານສະແກນ: ເຄື່ອງນີ້ບໍ່ມີໂປຣແກຣມອ່ານຕົວໜັງສື. ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>OfficePicker</name>
    <message>
        <location filename="../eoffice_desktop/ui/office_picker.py" line="32"/>
        <source>through the server</source>
        <translation>ຜ່ານເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/office_picker.py" line="33"/>
        <source>on paper</source>
        <translation>ເປັນເອກະສານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/office_picker.py" line="91"/>
        <source>Type part of an office&apos;s name or its code (Lao or English)</source>
        <translation>ພິມບາງສ່ວນຂອງຊື່ຫ້ອງການ ຫຼື ຕົວຫຍໍ້ (ລາວ ຫຼື ອັງກິດ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/office_picker.py" line="93"/>
        <source>Type part of the sender&apos;s name or code, or a new name</source>
        <translation>ພິມບາງສ່ວນຂອງຊື່ຜູ້ສົ່ງ ຫຼື ຕົວຫຍໍ້, ຫຼື ຊື່ໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/office_picker.py" line="114"/>
        <source>Offices chosen</source>
        <translation>ຫ້ອງການທີ່ເລືອກແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/office_picker.py" line="118"/>
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/office_picker.py" line="230"/>
        <source>Choose one or more. Delete removes the selected one.</source>
        <translation>ເລືອກໜຶ່ງ ຫຼື ຫຼາຍບ່ອນ. ປຸ່ມ Delete ເອົາອັນທີ່ເລືອກອອກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/office_picker.py" line="233"/>
        <source>{count} of them will get it on paper: print it and send it.</source>
        <translation>{count} ບ່ອນຈະໄດ້ຮັບເປັນເອກະສານ: ກະລຸນາພິມ ແລະ ສົ່ງໄປ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/office_picker.py" line="236"/>
        <source>All of them get it through the server.</source>
        <translation>ທຸກບ່ອນຈະໄດ້ຮັບຜ່ານເຊີບເວີ.</translation>
    </message>
</context>
<context>
    <name>PaperDeliveryDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="46"/>
        <source>Delivered on paper</source>
        <translation>ສົ່ງເຖິງທາງເຈ້ຍແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="49"/>
        <source>Copy from the delivery book that the messenger brought back signed: when the office received the letter and who signed for it.</source>
        <translation>ຂຽນຕາມປຶ້ມສົ່ງໜັງສື ທີ່ຜູ້ສົ່ງໜັງສື ນຳກັບມາ ພ້ອມລາຍເຊັນ: ຫ້ອງການນັ້ນ ໄດ້ຮັບໜັງສື ວັນໃດ ແລະ ໃຜເປັນຜູ້ເຊັນຮັບ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="60"/>
        <source>Office that received it</source>
        <translation>ຫ້ອງການທີ່ໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="63"/>
        <source>Date received</source>
        <translation>ວັນທີໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="66"/>
        <source>e.g. Mr Bounmy, village clerk</source>
        <translation>ຕົວຢ່າງ: ທ້າວ ບຸນມີ, ເລຂາ ບ້ານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="67"/>
        <source>Received by</source>
        <translation>ຜູ້ເຊັນຮັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="70"/>
        <source>if they wrote one</source>
        <translation>ຖ້າເຂົາເຈົ້າຂຽນໃຫ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="71"/>
        <source>Their registry number</source>
        <translation>ເລກທີທະບຽນ ຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="74"/>
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="76"/>
        <source>Office:</source>
        <translation>ຫ້ອງການ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="77"/>
        <source>Date received:</source>
        <translation>ວັນທີໄດ້ຮັບ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="78"/>
        <source>Received by:</source>
        <translation>ຜູ້ເຊັນຮັບ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="79"/>
        <source>Their number:</source>
        <translation>ເລກທີຂອງເຂົາເຈົ້າ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="80"/>
        <source>Note:</source>
        <translation>ໝາຍເຫດ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="84"/>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="87"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="112"/>
        <source>Write the date as day/month/year, for example 12/12/2026.</source>
        <translation>ກະລຸນາພິມວັນທີເປັນ ວັນ/ເດືອນ/ປີ, ຕົວຢ່າງ 12/12/2026.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/paper_delivery_dialog.py" line="139"/>
        <source>Not saved, because of a problem on this PC. Try again; if it happens again, ask IT staff.</source>
        <translation>ຍັງບໍ່ໄດ້ບັນທຶກ ເພາະມີບັນຫາຢູ່ຄອມພິວເຕີນີ້. ກະລຸນາລອງໃໝ່; ຖ້າຍັງເປັນອີກ, ກະລຸນາຖາມພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="152"/>
        <source>Type it again</source>
        <translation>ພິມອີກເທື່ອໜຶ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="164"/>
        <source>Working… this takes a moment.</source>
        <translation>ກຳລັງດຳເນີນການ… ກະລຸນາລໍຖ້າຈັກໜ້ອຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="209"/>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>ລະຫັດລັບທັງສອງບໍ່ຄືກັນ. ກະລຸນາພິມໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="268"/>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="281"/>
        <source>Too many wrong passphrases. Wait {seconds} seconds, then try again.</source>
        <translation>ໃສ່ລະຫັດລັບຜິດຫຼາຍເທື່ອເກີນໄປ. ລໍຖ້າ {seconds} ວິນາທີ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="278"/>
        <source>You can try again now.</source>
        <translation>ຕອນນີ້ທ່ານລອງໃໝ່ໄດ້ແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../eoffice_desktop/ui/preview.py" line="66"/>
        <location filename="../eoffice_desktop/ui/preview.py" line="115"/>
        <source>Choose an attachment to see it here.</source>
        <translation>ເລືອກເອກະສານຄັດຕິດ ເພື່ອເບິ່ງຢູ່ບ່ອນນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/preview.py" line="77"/>
        <source>◀ Previous page</source>
        <translation>◀ ໜ້າກ່ອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/preview.py" line="78"/>
        <source>Next page ▶</source>
        <translation>ໜ້າຕໍ່ໄປ ▶</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/preview.py" line="124"/>
        <source>Opening…</source>
        <translation>ກຳລັງເປີດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/preview.py" line="173"/>
        <source>This file cannot be shown here. Save a copy and open it with another program.</source>
        <translation>ບໍ່ສາມາດສະແດງໄຟລ໌ນີ້ຢູ່ບ່ອນນີ້ໄດ້. ກະລຸນາບັນທຶກສຳເນົາ ແລະ ເປີດດ້ວຍໂປຣແກຣມອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/preview.py" line="182"/>
        <source>Page {page} of {pages}</source>
        <translation>ໜ້າ {page} ຈາກ {pages}</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../eoffice_desktop/ui/print_preview.py" line="36"/>
        <source>Print…</source>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_preview.py" line="38"/>
        <source>Save as PDF…</source>
        <translation>ບັນທຶກເປັນ PDF…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_preview.py" line="62"/>
        <source>Save as PDF</source>
        <translation>ບັນທຶກເປັນ PDF</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_preview.py" line="62"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintSignedDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="78"/>
        <source>Print signed letter {number}</source>
        <translation>ພິມໜັງສືທີ່ລົງລາຍເຊັນ {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="79"/>
        <source>Making the printable copy with the verification codes…</source>
        <translation>ກຳລັງກະກຽມສຳເນົາສຳລັບພິມ ພ້ອມລະຫັດກວດສອບ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="88"/>
        <source>Print…</source>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="90"/>
        <source>Save as PDF…</source>
        <translation>ບັນທຶກເປັນ PDF…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="92"/>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="137"/>
        <source>Ready: {pages} page(s) from {files}. Every page carries the verification code(s) {codes} and the QR code at the bottom. The stored files are not changed.</source>
        <translation>ພ້ອມແລ້ວ: {pages} ໜ້າ ຈາກ {files}. ທຸກໜ້າມີລະຫັດກວດສອບ {codes} ແລະ ລະຫັດ QR ຢູ່ດ້ານລຸ່ມ. ໄຟລ໌ທີ່ເກັບໄວ້ບໍ່ຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="142"/>
        <source>This letter has no PDF file, so a cover page was made with its details and the verification code(s) {codes}. Print it and keep it with the paper letter.</source>
        <translation>ໜັງສືນີ້ບໍ່ມີໄຟລ໌ PDF ຈຶ່ງໄດ້ເຮັດໜ້າປົກ ທີ່ມີລາຍລະອຽດຂອງໜັງສື ແລະ ລະຫັດກວດສອບ {codes}. ພິມອອກ ແລ້ວເກັບໄວ້ກັບໜັງສືສະບັບເຈ້ຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="157"/>
        <source>The file {file} is not a readable PDF, so it cannot be printed.</source>
        <translation>ໄຟລ໌ {file} ບໍ່ແມ່ນ PDF ທີ່ອ່ານໄດ້ ຈຶ່ງພິມບໍ່ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="160"/>
        <source>The file {file} is missing or damaged on this PC, so it cannot be printed.</source>
        <translation>ໄຟລ໌ {file} ບໍ່ມີ ຫຼື ເສຍຫາຍຢູ່ໃນຄອມພິວເຕີນີ້ ຈຶ່ງພິມບໍ່ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="177"/>
        <source>Save as PDF</source>
        <translation>ບັນທຶກເປັນ PDF</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="177"/>
        <source>PDF files (*.pdf)</source>
        <translation>ໄຟລ໌ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="185"/>
        <source>Saved as {file}.</source>
        <translation>ບັນທຶກແລ້ວເປັນ {file}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="207"/>
        <source>{pages} page(s) sent to the printer.</source>
        <translation>ສົ່ງ {pages} ໜ້າ ໄປເຄື່ອງພິມແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="223"/>
        <source>Not done: {error}</source>
        <translation>ບໍ່ສຳເລັດ: {error}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="167"/>
        <source>The copy to print could not be made from this PC&apos;s records. Close this window and try again; if it happens again, ask IT staff.</source>
        <translation>ເຮັດສະບັບສຳລັບພິມຈາກຂໍ້ມູນຂອງຄອມພິວເຕີເຄື່ອງນີ້ບໍ່ໄດ້. ກະລຸນາປິດປ່ອງຢ້ຽມນີ້ ແລ້ວລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/print_signed.py" line="226"/>
        <source>Not done: the copy was not printed or saved. Check that the printer is on, or that the drive is still plugged in, then try again; if it happens again, ask IT staff.</source>
        <translation>ບໍ່ສຳເລັດ: ສະບັບນີ້ບໍ່ໄດ້ຖືກພິມ ຫຼື ບັນທຶກ. ກະລຸນາກວດເບິ່ງວ່າເຄື່ອງພິມເປີດຢູ່ ຫຼື ໄດຣຟ໌ຍັງສຽບຢູ່, ແລ້ວລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="48"/>
        <source>Registry number</source>
        <translation>ເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="49"/>
        <source>Date received</source>
        <translation>ວັນທີໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="50"/>
        <source>Date sent</source>
        <translation>ວັນທີສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="51"/>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="52"/>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="53"/>
        <source>Their reference</source>
        <translation>ເລກທີຂອງຜູ້ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="54"/>
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="55"/>
        <source>Urgency</source>
        <translation>ຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="56"/>
        <source>Reply due</source>
        <translation>ກຳນົດຕອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="57"/>
        <source>Routing slip</source>
        <translation>ໃບສົ່ງໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="58"/>
        <source>Instructions</source>
        <translation>ຄຳຊີ້ນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="59"/>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="60"/>
        <source>Minute</source>
        <translation>ຄຳເຫັນຊີ້ນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="61"/>
        <source>Movement history</source>
        <translation>ປະຫວັດການເຄື່ອນໄຫວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="62"/>
        <source>When</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="63"/>
        <source>Who</source>
        <translation>ຜູ້ດຳເນີນການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="64"/>
        <source>What</source>
        <translation>ການດຳເນີນການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="65"/>
        <source>No.</source>
        <translation>ເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="66"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="67"/>
        <source>Register of incoming letters</source>
        <translation>ປຶ້ມທະບຽນໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="68"/>
        <source>Register of outgoing letters</source>
        <translation>ປຶ້ມທະບຽນໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="69"/>
        <source>Digital signatures</source>
        <translation>ລາຍເຊັນດິຈິຕອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="70"/>
        <source>Signer</source>
        <translation>ຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="71"/>
        <source>Verification code</source>
        <translation>ລະຫັດກວດສອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="72"/>
        <source>To check this paper copy, scan the QR code or type the verification code in eOffice (or: eoffice verify --code CODE). No network is needed.</source>
        <translation>ເພື່ອກວດສອບເອກະສານສະບັບພິມນີ້, ສະແກນລະຫັດ QR ຫຼື ພິມລະຫັດກວດສອບໃນ eOffice (ຫຼື: eoffice verify --code CODE). ບໍ່ຕ້ອງໃຊ້ເຄືອຂ່າຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="295"/>
        <source>Saving the PDF {name}…</source>
        <translation>ກຳລັງບັນທຶກ PDF {name}…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="294"/>
        <source>Save as PDF</source>
        <translation>ບັນທຶກເປັນ PDF</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="296"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation>ບັນທຶກ PDF ບໍ່ໄດ້: {reason}</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="27"/>
        <source>Show Details...</source>
        <translation>ສະແດງລາຍລະອຽດ...</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="28"/>
        <source>Hide Details...</source>
        <translation>ເຊື່ອງລາຍລະອຽດ...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="9"/>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="10"/>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="11"/>
        <source>Save All</source>
        <translation>ບັນທຶກທັງໝົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="12"/>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="13"/>
        <source>&amp;Yes</source>
        <translation>&amp;ແມ່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="14"/>
        <source>Yes to &amp;All</source>
        <translation>ແມ່ນທັງໝົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="15"/>
        <source>&amp;No</source>
        <translation>&amp;ບໍ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="16"/>
        <source>N&amp;o to All</source>
        <translation>ບໍ່ທັງໝົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="17"/>
        <source>Abort</source>
        <translation>ຢຸດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="18"/>
        <source>Retry</source>
        <translation>ລອງໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="19"/>
        <source>Ignore</source>
        <translation>ຂ້າມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="20"/>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="21"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="22"/>
        <source>Discard</source>
        <translation>ປິດໂດຍບໍ່ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="23"/>
        <source>Help</source>
        <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="24"/>
        <source>Apply</source>
        <translation>ນຳໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="25"/>
        <source>Reset</source>
        <translation>ຕັ້ງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/qt_strings.py" line="26"/>
        <source>Restore Defaults</source>
        <translation>ກັບຄືນຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
</context>
<context>
    <name>RegisterBookDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="34"/>
        <source>Print the register book</source>
        <translation>ພິມປຶ້ມທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="36"/>
        <source>Incoming letters</source>
        <translation>ໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="37"/>
        <source>Outgoing letters</source>
        <translation>ໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="46"/>
        <source>Register</source>
        <translation>ປຶ້ມທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="47"/>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="48"/>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="51"/>
        <source>Print…</source>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="65"/>
        <source>Write the dates as day/month/year.</source>
        <translation>ຂຽນວັນທີເປັນ ວັນ/ເດືອນ/ປີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="85"/>
        <source>Register book</source>
        <translation>ປຶ້ມທະບຽນ</translation>
    </message>
</context>
<context>
    <name>RegisterController</name>
    <message>
        <location filename="../eoffice_desktop/ui/register_controller.py" line="59"/>
        <source>Searching…</source>
        <translation>ກຳລັງຊອກຫາ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_controller.py" line="66"/>
        <source>Find: number, subject, sender… (Ctrl+F)</source>
        <translation>ຊອກຫາ: ເລກທີ, ເລື່ອງ, ຜູ້ສົ່ງ… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_controller.py" line="81"/>
        <source>All statuses</source>
        <translation>ທຸກສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_controller.py" line="83"/>
        <source>All urgencies</source>
        <translation>ທຸກລະດັບຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_controller.py" line="89"/>
        <source>Year</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_controller.py" line="194"/>
        <source>{count} letters</source>
        <translation>{count} ສະບັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_controller.py" line="252"/>
        <source>All years</source>
        <translation>ທຸກປີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_controller.py" line="297"/>
        <source>{count} letters found</source>
        <translation>ພົບ {count} ສະບັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_controller.py" line="297"/>
        <source>More than {count} letters found</source>
        <translation>ພົບຫຼາຍກວ່າ {count} ສະບັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_controller.py" line="302"/>
        <source>The search did not work. Try other words.</source>
        <translation>ຊອກຫາບໍ່ໄດ້. ກະລຸນາລອງໃຊ້ຄຳອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_controller.py" line="330"/>
        <source>More filters</source>
        <translation>ຕົວກັ່ນຕອງເພີ່ມເຕີມ</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="280"/>
        <source>No.</source>
        <translation>ເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="281"/>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="282"/>
        <source>From / To</source>
        <translation>ຈາກ / ເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="283"/>
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="284"/>
        <source>Urgency</source>
        <translation>ຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="285"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="286"/>
        <source>Reply due</source>
        <translation>ກຳນົດຕອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="301"/>
        <source>Found in the text read from its scan.</source>
        <translation>ພົບໃນຕົວໜັງສືທີ່ອ່ານຈາກເອກະສານສະແກນຂອງມັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="350"/>
        <source>(provisional)</source>
        <translation>(ຊົ່ວຄາວ)</translation>
    </message>
</context>
<context>
    <name>RegisterSidebar</name>
    <message>
        <location filename="../eoffice_desktop/ui/register_sidebar.py" line="55"/>
        <source>late</source>
        <translation>ເກີນກຳນົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_sidebar.py" line="65"/>
        <source>Incoming letters</source>
        <translation>ໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_sidebar.py" line="66"/>
        <source>Outgoing letters</source>
        <translation>ໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_sidebar.py" line="67"/>
        <source>My inbox</source>
        <translation>ໜັງສືຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_sidebar.py" line="68"/>
        <source>Sent by me</source>
        <translation>ທີ່ຂ້ອຍສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_sidebar.py" line="69"/>
        <source>Arrived from other offices</source>
        <translation>ມາຈາກຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_sidebar.py" line="70"/>
        <source>Sent letters to follow up</source>
        <translation>ໜັງສືສົ່ງອອກ ທີ່ຕ້ອງຕິດຕາມ</translation>
    </message>
</context>
<context>
    <name>ReminderBar</name>
    <message>
        <location filename="../eoffice_desktop/ui/reminder_bar.py" line="38"/>
        <source>Reminder: {today} letter(s) due today in your inbox.</source>
        <translation>ແຈ້ງເຕືອນ: ມີໜັງສື {today} ສະບັບຄົບກຳນົດມື້ນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/reminder_bar.py" line="40"/>
        <source>Reminder: {late} letter(s) late in your inbox.</source>
        <translation>ແຈ້ງເຕືອນ: ມີໜັງສື {late} ສະບັບເກີນກຳນົດ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/reminder_bar.py" line="42"/>
        <source>Reminder: {today} letter(s) due today and {late} late in your inbox.</source>
        <translation>ແຈ້ງເຕືອນ: ມີໜັງສື {today} ສະບັບຄົບກຳນົດມື້ນີ້ ແລະ {late} ສະບັບເກີນກຳນົດ.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/return_dialog.py" line="27"/>
        <source>Return to sender</source>
        <translation>ສົ່ງຄືນຜູ້ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/return_dialog.py" line="28"/>
        <source>the office that sent it</source>
        <translation>ຫ້ອງການທີ່ສົ່ງມາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/return_dialog.py" line="31"/>
        <source>“{subject}” goes back to {office}. Use this when the letter was sent to this office by mistake, or this office will not take it. {office} sees that it came back, and why.</source>
        <translation>“{subject}” ຈະຖືກສົ່ງຄືນໃຫ້ {office}. ໃຊ້ອັນນີ້ເມື່ອໜັງສືຖືກສົ່ງມາຫາຫ້ອງການນີ້ຜິດ, ຫຼື ຫ້ອງການນີ້ບໍ່ຮັບ. {office} ຈະເຫັນວ່າໜັງສືຖືກສົ່ງຄືນ ແລະ ເຫດຜົນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/return_dialog.py" line="38"/>
        <source>e.g. sent to the wrong office; this is not our work</source>
        <translation>ເຊັ່ນ: ສົ່ງຜິດຫ້ອງການ; ບໍ່ແມ່ນໜ້າທີ່ຂອງຫ້ອງການເຮົາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/return_dialog.py" line="39"/>
        <source>Why it goes back</source>
        <translation>ເຫດຜົນທີ່ສົ່ງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/return_dialog.py" line="43"/>
        <source>Send it back</source>
        <translation>ສົ່ງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/return_dialog.py" line="45"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/return_dialog.py" line="51"/>
        <source>Why does it go back?</source>
        <translation>ເປັນຫຍັງຈຶ່ງສົ່ງຄືນ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/return_dialog.py" line="78"/>
        <source>Not sent back, because of a problem on this PC. Try again; if it happens again, ask IT staff.</source>
        <translation>ບໍ່ໄດ້ສົ່ງຄືນ ເນື່ອງຈາກມີບັນຫາໃນຄອມພິວເຕີເຄື່ອງນີ້. ກະລຸນາລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>ReturnedSection</name>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="43"/>
        <source>Show the letters this office returned to their office</source>
        <translation>ສະແດງໜັງສືທີ່ຫ້ອງການນີ້ສົ່ງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="48"/>
        <source>Letters this office sent back, with the date and the reason. If one was sent back by mistake, choose it and press Register after all: it becomes an incoming letter, and the office that sent it sees that it was registered.</source>
        <translation>ໜັງສືທີ່ຫ້ອງການນີ້ສົ່ງຄືນ ພ້ອມວັນທີ ແລະ ເຫດຜົນ. ຖ້າສົ່ງຄືນຜິດ, ເລືອກໜັງສືນັ້ນ ແລ້ວກົດ ຮັບຄືນ ແລະ ລົງທະບຽນ: ມັນຈະເປັນໜັງສືຂາເຂົ້າ, ແລະ ຫ້ອງການທີ່ສົ່ງມາ ຈະເຫັນວ່າລົງທະບຽນແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="54"/>
        <source>Letters this office sent back, with the date and the reason. If one was sent back by mistake, ask a clerk or the head of office to register it after all.</source>
        <translation>ໜັງສືທີ່ຫ້ອງການນີ້ສົ່ງຄືນ ພ້ອມວັນທີ ແລະ ເຫດຜົນ. ຖ້າສົ່ງຄືນຜິດ, ໃຫ້ແຈ້ງພະນັກງານຂາເຂົ້າ-ຂາອອກ ຫຼື ຫົວໜ້າຫ້ອງການ ເພື່ອຮັບຄືນ ແລະ ລົງທະບຽນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="62"/>
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="63"/>
        <source>Their number</source>
        <translation>ເລກທີຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="64"/>
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="65"/>
        <source>Returned on</source>
        <translation>ວັນທີສົ່ງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="66"/>
        <source>By</source>
        <translation>ຜູ້ສົ່ງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="67"/>
        <source>Why</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="70"/>
        <source>Letters returned to their office</source>
        <translation>ໜັງສືທີ່ສົ່ງຄືນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="82"/>
        <source>This office has not returned any letter.</source>
        <translation>ຫ້ອງການນີ້ຍັງບໍ່ໄດ້ສົ່ງໜັງສືໃດຄືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="83"/>
        <source>Register after all</source>
        <translation>ຮັບຄືນ ແລະ ລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="85"/>
        <source>The letter was sent back by mistake: register it now as an incoming letter of this office.</source>
        <translation>ສົ່ງຄືນຜິດ: ລົງທະບຽນໜັງສືນີ້ ເປັນໜັງສືຂາເຂົ້າຂອງຫ້ອງການນີ້ ດຽວນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="135"/>
        <source>Another office</source>
        <translation>ຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="205"/>
        <source>Not registered, because of a problem on this PC. Try again; if it happens again, ask IT staff.</source>
        <translation>ບໍ່ໄດ້ລົງທະບຽນ ເນື່ອງຈາກມີບັນຫາໃນຄອມພິວເຕີເຄື່ອງນີ້. ກະລຸນາລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/returned_section.py" line="207"/>
        <source>Not registered: {error}</source>
        <translation>ຍັງບໍ່ໄດ້ລົງທະບຽນ: {error}</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="45"/>
        <source>Send letter {number}</source>
        <translation>ສົ່ງໜັງສື {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="53"/>
        <source>People and departments to send it to</source>
        <translation>ບຸກຄົນ ແລະ ພະແນກທີ່ຈະສົ່ງໃຫ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="55"/>
        <source>Department: {name}</source>
        <translation>ພະແນກ: {name}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="65"/>
        <source>Instruction (minute), e.g. &apos;Please prepare an answer by Friday&apos;</source>
        <translation>ຄຳເຫັນຊີ້ນຳ, ຕົວຢ່າງ &apos;ກະລຸນາກະກຽມຄຳຕອບພາຍໃນວັນສຸກ&apos;</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="70"/>
        <source>(saved routes)</source>
        <translation>(ເສັ້ນທາງທີ່ບັນທຶກໄວ້)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="74"/>
        <source>Save this route…</source>
        <translation>ບັນທຶກເສັ້ນທາງນີ້…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="81"/>
        <source>Action for the selected person</source>
        <translation>ໜ້າທີ່ຂອງຜູ້ທີ່ເລືອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="82"/>
        <source>Minute</source>
        <translation>ຄຳເຫັນຊີ້ນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="83"/>
        <source>Due date</source>
        <translation>ວັນກຳນົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="85"/>
        <source>Send</source>
        <translation>ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="90"/>
        <source>Send to (tick one or more):</source>
        <translation>ສົ່ງຫາ (ໝາຍເອົາໜຶ່ງ ຫຼື ຫຼາຍຄົນ):</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="175"/>
        <source>Tick the people or departments first.</source>
        <translation>ກະລຸນາໝາຍເອົາບຸກຄົນ ຫຼື ພະແນກກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="178"/>
        <source>Save this route</source>
        <translation>ບັນທຶກເສັ້ນທາງນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="178"/>
        <source>Name, e.g. &apos;Budget letters: Finance, copy to the deputy&apos;</source>
        <translation>ຊື່, ຕົວຢ່າງ &apos;ໜັງສືງົບປະມານ: ພະແນກການເງິນ, ສຳເນົາຮອງ&apos;</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="191"/>
        <source>Tick at least one person or department.</source>
        <translation>ກະລຸນາໝາຍເອົາຢ່າງໜ້ອຍໜຶ່ງບຸກຄົນ ຫຼື ພະແນກ.</translation>
    </message>
</context>
<context>
    <name>SavedSearchList</name>
    <message>
        <location filename="../eoffice_desktop/ui/search_saved_list.py" line="64"/>
        <source>Save this search</source>
        <translation>ບັນທຶກການຊອກຫານີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_saved_list.py" line="64"/>
        <source>Name for the sidebar:</source>
        <translation>ຊື່ທີ່ຈະສະແດງຢູ່ແຖບຂ້າງ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_saved_list.py" line="69"/>
        <source>Not saved</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_saved_list.py" line="85"/>
        <source>Give the saved search a name.</source>
        <translation>ກະລຸນາຕັ້ງຊື່ໃຫ້ການຊອກຫາທີ່ບັນທຶກໄວ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_saved_list.py" line="87"/>
        <source>The name of a saved search can have at most 200 characters.</source>
        <translation>ຊື່ຂອງການຊອກຫາທີ່ບັນທຶກໄວ້ມີໄດ້ບໍ່ເກີນ 200 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_saved_list.py" line="88"/>
        <source>You already have a saved search with this name. Choose another name.</source>
        <translation>ທ່ານມີການຊອກຫາທີ່ບັນທຶກໄວ້ຊື່ນີ້ແລ້ວ. ກະລຸນາເລືອກຊື່ອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_saved_list.py" line="98"/>
        <source>Rename…</source>
        <translation>ປ່ຽນຊື່…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_saved_list.py" line="99"/>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_saved_list.py" line="103"/>
        <source>Rename saved search</source>
        <translation>ປ່ຽນຊື່ການຊອກຫາທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_saved_list.py" line="103"/>
        <source>New name:</source>
        <translation>ຊື່ໃໝ່:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_saved_list.py" line="108"/>
        <source>Not renamed</source>
        <translation>ບໍ່ໄດ້ປ່ຽນຊື່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_saved_list.py" line="112"/>
        <source>Delete saved search</source>
        <translation>ລຶບການຊອກຫາທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/search_saved_list.py" line="113"/>
        <source>Delete “{name}” from the sidebar?</source>
        <translation>ລຶບ “{name}” ອອກຈາກແຖບຂ້າງບໍ?</translation>
    </message>
</context>
<context>
    <name>ScanTextPane</name>
    <message>
        <location filename="../eoffice_desktop/ui/scan_text.py" line="32"/>
        <source>Text read from the page</source>
        <translation>ຂໍ້ຄວາມທີ່ອ່ານໄດ້ຈາກໜ້ານີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/scan_text.py" line="61"/>
        <source>This page has not been read yet.</source>
        <translation>ໜ້ານີ້ຍັງບໍ່ທັນໄດ້ອ່ານເທື່ອ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/scan_text.py" line="63"/>
        <source>Text of this page (from the file itself):</source>
        <translation>ຕົວໜັງສືຂອງໜ້ານີ້ (ຈາກໄຟລ໌ເອງ):</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/scan_text.py" line="66"/>
        <source>Text read from this page (confidence {percent}%):</source>
        <translation>ຕົວໜັງສືທີ່ອ່ານໄດ້ຈາກໜ້ານີ້ (ຄວາມໝັ້ນໃຈ {percent}%):</translation>
    </message>
</context>
<context>
    <name>SendAgainDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/send_again_dialog.py" line="41"/>
        <source>Send letter {number} to another office</source>
        <translation>ສົ່ງໜັງສື ເລກທີ {number} ໄປຫາຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/send_again_dialog.py" line="44"/>
        <source>Tick the offices to send it to instead. A new outgoing letter with the same subject and scans is registered and goes to them; this letter then says where it was sent again.</source>
        <translation>ໝາຍເອົາຫ້ອງການທີ່ຈະສົ່ງໄປແທນ. ໜັງສືຂາອອກສະບັບໃໝ່ ທີ່ມີເລື່ອງ ແລະ ເອກະສານສະແກນຄືເກົ່າ ຈະຖືກລົງທະບຽນ ແລະ ສົ່ງໄປຫາເຂົາເຈົ້າ; ໜັງສືສະບັບນີ້ ຈະບອກວ່າໄດ້ສົ່ງໃໝ່ໄປໃສ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/send_again_dialog.py" line="49"/>
        <source>Returned by {office}: {reason}</source>
        <translation>{office} ສົ່ງຄືນ: {reason}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/send_again_dialog.py" line="57"/>
        <source>Offices to send it to</source>
        <translation>ຫ້ອງການທີ່ຈະສົ່ງໄປຫາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/send_again_dialog.py" line="61"/>
        <source>Send</source>
        <translation>ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/send_again_dialog.py" line="70"/>
        <source>Tick at least one office.</source>
        <translation>ກະລຸນາໝາຍເອົາຢ່າງໜ້ອຍໜຶ່ງຫ້ອງການ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/send_again_dialog.py" line="92"/>
        <source>Not sent, because of a problem on this PC. Try again; if it happens again, ask IT staff.</source>
        <translation>ບໍ່ໄດ້ສົ່ງ ເນື່ອງຈາກມີບັນຫາໃນຄອມພິວເຕີເຄື່ອງນີ້. ກະລຸນາລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="52"/>
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="82"/>
        <source>Start again at 1 every year</source>
        <translation>ເລີ່ມຈາກ 1 ໃໝ່ທຸກປີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="83"/>
        <source>Never start again</source>
        <translation>ບໍ່ເລີ່ມໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="90"/>
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="91"/>
        <source>Registry number style</source>
        <translation>ຮູບແບບເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="92"/>
        <source>Numbering</source>
        <translation>ການອອກເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="93"/>
        <source>Largest attachment</source>
        <translation>ຂະໜາດເອກະສານຄັດຕິດສູງສຸດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="94"/>
        <source>Read the words in scans so that search finds them (slow PCs: turn off)</source>
        <translation>ອ່ານຄຳສັບໃນເອກະສານສະແກນ ເພື່ອໃຫ້ການຄົ້ນຫາພົບ (ເຄື່ອງຊ້າ: ປິດໄວ້)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="96"/>
        <source>Scans</source>
        <translation>ເອກະສານສະແກນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="99"/>
        <source>Reply time, normal letters</source>
        <translation>ກຳນົດຕອບ, ໜັງສືທຳມະດາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="100"/>
        <source>Reply time, urgent letters</source>
        <translation>ກຳນົດຕອບ, ໜັງສືດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="101"/>
        <source>Reply time, very urgent letters</source>
        <translation>ກຳນົດຕອບ, ໜັງສືດ່ວນທີ່ສຸດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="105"/>
        <source>working days</source>
        <translation>ວັນເຮັດວຽກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="111"/>
        <source>One date a line, e.g. 02/12/2026</source>
        <translation>ແຖວລະໜຶ່ງວັນທີ, ຕົວຢ່າງ 02/12/2026</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="113"/>
        <source>Local days off</source>
        <translation>ວັນພັກສະເພາະຂອງຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="116"/>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="121"/>
        <source>minutes</source>
        <translation>ນາທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="118"/>
        <source>Lock after no use for</source>
        <translation>ລັອກອັດຕະໂນມັດ ເມື່ອບໍ່ໄດ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="122"/>
        <source>Ask at every signing</source>
        <translation>ຖາມທຸກເທື່ອທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="124"/>
        <source>Keep my signing key unlocked for</source>
        <translation>ເປີດກະແຈລົງລາຍເຊັນຂອງຂ້ອຍໄວ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="126"/>
        <source>A new language is used from the next start of eOffice.</source>
        <translation>ພາສາໃໝ່ຈະໃຊ້ໄດ້ ເມື່ອເປີດ eOffice ຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="161"/>
        <source>Write each holiday as day/month/year: {line}</source>
        <translation>ຂຽນວັນພັກແຕ່ລະວັນເປັນ ວັນ/ເດືອນ/ປີ: {line}</translation>
    </message>
</context>
<context>
    <name>SharingSettingsBox</name>
    <message>
        <location filename="../eoffice_desktop/ui/journey_settings.py" line="22"/>
        <source>What other offices see</source>
        <translation>ສິ່ງທີ່ຫ້ອງການອື່ນເຫັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_settings.py" line="29"/>
        <source>Tell the sending office where its letter is (status and department)</source>
        <translation>ແຈ້ງໃຫ້ຫ້ອງການຜູ້ສົ່ງຮູ້ວ່າໜັງສືຂອງເຂົາເຈົ້າຢູ່ໃສ (ສະຖານະ ແລະ ພະແນກ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_settings.py" line="31"/>
        <source>Also tell them the name of the person who holds it</source>
        <translation>ແຈ້ງຊື່ຜູ້ທີ່ຖືໜັງສືນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_settings.py" line="35"/>
        <source>Minutes and comments are never shared. For confidential and secret letters the sending office sees only “registered” and “completed”.</source>
        <translation>ຄຳເຫັນຊີ້ນຳ ແລະ ຄຳເຫັນຕ່າງໆ ບໍ່ເຄີຍແບ່ງປັນໃຫ້ໃຜ. ສຳລັບໜັງສືລັບ ແລະ ລັບສຸດຍອດ ຫ້ອງການຜູ້ສົ່ງຈະເຫັນແຕ່ “ລົງທະບຽນແລ້ວ” ແລະ “ສຳເລັດແລ້ວ”.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_settings.py" line="42"/>
        <source>working days</source>
        <translation>ວັນເຮັດວຽກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_settings.py" line="45"/>
        <source>Warn when a letter we sent is not registered after</source>
        <translation>ເຕືອນເມື່ອໜັງສືທີ່ເຮົາສົ່ງຍັງບໍ່ໄດ້ລົງທະບຽນຫຼັງຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/journey_settings.py" line="56"/>
        <source>Only an administrator or the head of office can change these.</source>
        <translation>ມີແຕ່ຜູ້ບໍລິຫານລະບົບ ຫຼື ຫົວໜ້າຫ້ອງການເທົ່ານັ້ນທີ່ປ່ຽນສິ່ງເຫຼົ່ານີ້ໄດ້.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="89"/>
        <source>Also sign the PDF files inside, with a visible stamp</source>
        <translation>ລົງລາຍເຊັນໃນໄຟລ໌ PDF ນຳ, ພ້ອມກາປະທັບທີ່ເບິ່ງເຫັນໄດ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="93"/>
        <source>This letter has no PDF file.</source>
        <translation>ໜັງສືນີ້ບໍ່ມີໄຟລ໌ PDF.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="94"/>
        <source>I sign as</source>
        <translation>ຂ້ອຍລົງລາຍເຊັນເປັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="106"/>
        <source>Your key is still unlocked; you are not asked for the passphrase again.</source>
        <translation>ກະແຈຂອງທ່ານຍັງເປີດຢູ່; ບໍ່ຕ້ອງໃສ່ລະຫັດລັບອີກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="113"/>
        <source>Type the passphrase of your signing key.</source>
        <translation>ພິມລະຫັດລັບຂອງກະແຈລົງລາຍເຊັນຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="114"/>
        <source>Passphrase</source>
        <translation>ລະຫັດລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="125"/>
        <source>Sign the letter</source>
        <translation>ລົງລາຍເຊັນໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="131"/>
        <source>Sign</source>
        <translation>ລົງລາຍເຊັນ</translation>
    </message>
</context>
<context>
    <name>SignatureNotes</name>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="18"/>
        <source>Trusted through the authority {root}.</source>
        <translation>ໄວ້ວາງໃຈຜ່ານອົງການອອກໃບຢັ້ງຢືນ {root}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="19"/>
        <source>No trusted authority&apos;s certificate is installed on this PC. Ask IT staff.</source>
        <translation>ບໍ່ມີໃບຢັ້ງຢືນຂອງອົງການອອກໃບຢັ້ງຢືນທີ່ໄວ້ວາງໃຈ ຕິດຕັ້ງຢູ່ໃນຄອມພິວເຕີນີ້. ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="22"/>
        <source>The certificate does not lead to an authority trusted here. IT staff can see why with eoffice verify.</source>
        <translation>ໃບຢັ້ງຢືນບໍ່ໄດ້ມາຈາກອົງການທີ່ໄວ້ວາງໃຈຢູ່ບ່ອນນີ້. ພະນັກງານໄອທີເບິ່ງສາເຫດໄດ້ດ້ວຍຄຳສັ່ງ eoffice verify.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="26"/>
        <source>The certificate was valid from {start} to {end}; the signature was made on {signed}.</source>
        <translation>ໃບຢັ້ງຢືນໃຊ້ໄດ້ແຕ່ວັນທີ {start} ຫາ {end}; ລາຍເຊັນຖືກເຮັດເມື່ອ {signed}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="29"/>
        <source>No revocation list of the authority {issuer} is on this PC, so whether the certificate was revoked could not be checked. Press Sync now, or ask IT staff.</source>
        <translation>ບໍ່ມີລາຍການໃບຢັ້ງຢືນທີ່ຖືກຍົກເລີກ ຂອງອົງການ {issuer} ຢູ່ໃນຄອມພິວເຕີນີ້, ຈຶ່ງກວດບໍ່ໄດ້ວ່າໃບຢັ້ງຢືນຖືກຍົກເລີກຫຼືບໍ່. ກົດ ຊິງຂໍ້ມູນດຽວນີ້, ຫຼື ແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="34"/>
        <source>The revocation list on this PC is out of date since {since}. Press Sync now, or ask IT staff for a new one.</source>
        <translation>ລາຍການໃບຢັ້ງຢືນທີ່ຖືກຍົກເລີກ ໃນຄອມພິວເຕີນີ້ ລ້າສະໄໝແລ້ວ ຕັ້ງແຕ່ວັນທີ {since}. ກົດ ຊິງຂໍ້ມູນດຽວນີ້, ຫຼື ຂໍລາຍການໃໝ່ຈາກພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="38"/>
        <source>The certificate (serial {serial}) was revoked on {when}.</source>
        <translation>ໃບຢັ້ງຢືນ (ເລກລຳດັບ {serial}) ຖືກຍົກເລີກແລ້ວ ເມື່ອ {when}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="39"/>
        <source>The certificate (serial {serial}) was revoked on {when}, after the time-stamp of {stamped}: the signature was made before and stays valid.</source>
        <translation>ໃບຢັ້ງຢືນ (ເລກລຳດັບ {serial}) ຖືກຍົກເລີກເມື່ອ {when}, ຫຼັງຈາກການປະທັບເວລາ ເມື່ອ {stamped}: ລາຍເຊັນຖືກເຮັດກ່ອນນັ້ນ ແລະ ຍັງຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="44"/>
        <source>Time-stamped by {authority}.</source>
        <translation>ປະທັບເວລາໂດຍ {authority}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="45"/>
        <source>The time-stamp does not hold, so the signing time is the signer&apos;s PC clock: {problem}</source>
        <translation>ການປະທັບເວລາໃຊ້ບໍ່ໄດ້, ເວລາລົງລາຍເຊັນຈຶ່ງແມ່ນໂມງຂອງຄອມພິວເຕີຜູ້ລົງລາຍເຊັນ: {problem}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="48"/>
        <source>it is not a time-stamp (RFC 3161).</source>
        <translation>ມັນບໍ່ແມ່ນການປະທັບເວລາ (RFC 3161).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="49"/>
        <source>it uses a hash this program does not know ({algorithm}).</source>
        <translation>ມັນໃຊ້ແຮຊ (hash) ທີ່ໂປຣແກຣມນີ້ບໍ່ຮູ້ຈັກ ({algorithm}).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="52"/>
        <source>it belongs to another signature.</source>
        <translation>ມັນເປັນຂອງລາຍເຊັນອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="53"/>
        <source>it cannot be read.</source>
        <translation>ອ່ານມັນບໍ່ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="54"/>
        <source>it does not carry the certificate of the authority that made it.</source>
        <translation>ມັນບໍ່ມີໃບຢັ້ງຢືນຂອງອົງການທີ່ປະທັບເວລາ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="57"/>
        <source>it is not signed in a known way.</source>
        <translation>ມັນບໍ່ໄດ້ລົງລາຍເຊັນດ້ວຍວິທີທີ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="58"/>
        <source>it was changed after it was made.</source>
        <translation>ມັນຖືກປ່ຽນແປງຫຼັງຈາກທີ່ປະທັບເວລາແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="59"/>
        <source>its signature does not match the key of the authority that made it.</source>
        <translation>ລາຍເຊັນຂອງມັນບໍ່ກົງກັບກະແຈຂອງອົງການທີ່ປະທັບເວລາ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="62"/>
        <source>it was not made by a time-stamping authority.</source>
        <translation>ມັນບໍ່ໄດ້ເຮັດໂດຍອົງການປະທັບເວລາ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="63"/>
        <source>the time-stamping authority is not trusted here: {reasons}</source>
        <translation>ບໍ່ໄວ້ວາງໃຈອົງການປະທັບເວລາຢູ່ບ່ອນນີ້: {reasons}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="66"/>
        <source>The long-term form recorded for this signature (what checks it in years to come) belongs to another signature; it was not used.</source>
        <translation>ຮູບແບບໄລຍະຍາວ (ຂໍ້ມູນສຳລັບກວດສອບໃນອີກຫຼາຍປີ) ທີ່ບັນທຶກໄວ້ສຳລັບລາຍເຊັນນີ້ ເປັນຂອງລາຍເຊັນອື່ນ; ຈຶ່ງບໍ່ໄດ້ນຳໃຊ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="71"/>
        <source>The long-term form of this signature (what checks it in years to come) cannot be read; it was not used.</source>
        <translation>ອ່ານຮູບແບບໄລຍະຍາວ (ຂໍ້ມູນສຳລັບກວດສອບໃນອີກຫຼາຍປີ) ຂອງລາຍເຊັນນີ້ບໍ່ໄດ້; ຈຶ່ງບໍ່ໄດ້ນຳໃຊ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="75"/>
        <source>The signature cannot be read. IT staff can see why with eoffice verify.</source>
        <translation>ອ່ານລາຍເຊັນບໍ່ໄດ້. ພະນັກງານໄອທີເບິ່ງສາເຫດໄດ້ດ້ວຍຄຳສັ່ງ eoffice verify.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="78"/>
        <source>The hash of the signed contents does not match the signature.</source>
        <translation>ແຮຊ (hash) ຂອງເນື້ອໃນທີ່ລົງລາຍເຊັນ ບໍ່ກົງກັບລາຍເຊັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="81"/>
        <source>The signer&apos;s certificate is not included in the signature.</source>
        <translation>ລາຍເຊັນບໍ່ມີໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນຕິດມານຳ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="84"/>
        <source>The signature does not match the signer&apos;s key.</source>
        <translation>ລາຍເຊັນບໍ່ກົງກັບກະແຈຂອງຜູ້ລົງລາຍເຊັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="85"/>
        <source>The signature names another certificate than the one it carries.</source>
        <translation>ລາຍເຊັນອ້າງເຖິງໃບຢັ້ງຢືນອື່ນ ທີ່ບໍ່ແມ່ນໃບຢັ້ງຢືນທີ່ຕິດມານຳ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="88"/>
        <source>The signed contents do not match the hash recorded with the signature.</source>
        <translation>ເນື້ອໃນທີ່ລົງລາຍເຊັນ ບໍ່ກົງກັບແຮຊ (hash) ທີ່ບັນທຶກໄວ້ກັບລາຍເຊັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="91"/>
        <source>The signed contents cannot be read. IT staff can see why with eoffice verify.</source>
        <translation>ອ່ານເນື້ອໃນທີ່ລົງລາຍເຊັນບໍ່ໄດ້. ພະນັກງານໄອທີເບິ່ງສາເຫດໄດ້ດ້ວຍຄຳສັ່ງ eoffice verify.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="94"/>
        <source>The file {name} has not arrived on this PC yet, so it was not checked. Press Sync now and look again.</source>
        <translation>ໄຟລ໌ {name} ຍັງບໍ່ທັນມາຮອດຄອມພິວເຕີນີ້, ຈຶ່ງຍັງບໍ່ໄດ້ກວດສອບ. ກົດ ຊິງຂໍ້ມູນດຽວນີ້ ແລ້ວເບິ່ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="98"/>
        <source>The package&apos;s list of signatures (signatures/index.json) cannot be read; the signatures were checked without it.</source>
        <translation>ລາຍການລາຍເຊັນຂອງຊຸດເອກະສານ (signatures/index.json) ອ່ານບໍ່ໄດ້; ລາຍເຊັນຈຶ່ງຖືກກວດສອບໂດຍບໍ່ມີມັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="103"/>
        <source>{name} is missing from the package.</source>
        <translation>{name} ບໍ່ມີຢູ່ໃນຊຸດເອກະສານ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signature_notes.py" line="104"/>
        <source>The package holds no signature.</source>
        <translation>ຊຸດເອກະສານນີ້ບໍ່ມີລາຍເຊັນ.</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="49"/>
        <source>Prepared by</source>
        <translation>ຜູ້ກະກຽມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="50"/>
        <source>Approved by</source>
        <translation>ຜູ້ຮັບຮອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="51"/>
        <source>Signed by</source>
        <translation>ຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="52"/>
        <source>another role</source>
        <translation>ບົດບາດອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="60"/>
        <source>the field {field}</source>
        <translation>ຊ່ອງ {field}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="67"/>
        <source>the file {name} was changed</source>
        <translation>ໄຟລ໌ {name} ຖືກປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="68"/>
        <source>the file {name} was removed</source>
        <translation>ໄຟລ໌ {name} ຖືກລຶບອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="69"/>
        <source>the file {name} was added</source>
        <translation>ໄຟລ໌ {name} ຖືກເພີ່ມເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="72"/>
        <source>the signed contents</source>
        <translation>ເນື້ອໃນທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="74"/>
        <source>the letter is missing</source>
        <translation>ບໍ່ພົບໜັງສືສະບັບນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="81"/>
        <source>This signature is listed as “{shown}” but was signed as “{signed}”: the list of signatures was altered.</source>
        <translation>ລາຍເຊັນນີ້ຖືກລະບຸວ່າ “{shown}” ແຕ່ໄດ້ລົງລາຍເຊັນເປັນ “{signed}”: ລາຍການລາຍເຊັນຖືກແກ້ໄຂ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="92"/>
        <source>The certificate was revoked on {date}, after this signature was time-stamped: it stays valid.</source>
        <translation>ໃບຢັ້ງຢືນຖືກຍົກເລີກເມື່ອວັນທີ {date}, ຫຼັງຈາກລາຍເຊັນນີ້ໄດ້ຮັບການປະທັບເວລາແລ້ວ: ລາຍເຊັນຍັງຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="97"/>
        <source>Role not signed: this older signature does not prove the role “{role}”.</source>
        <translation>ບົດບາດບໍ່ໄດ້ຖືກລົງລາຍເຊັນ: ລາຍເຊັນແບບເກົ່ານີ້ບໍ່ພິສູດບົດບາດ “{role}”.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="106"/>
        <source>Time-stamped by the central server at {time}.</source>
        <translation>ປະທັບເວລາໂດຍເຊີບເວີສູນກາງ ເມື່ອ {time}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="110"/>
        <source>Signed offline at {time} (the signer&apos;s PC clock), not yet time-stamped.</source>
        <translation>ລົງລາຍເຊັນແບບອອບລາຍ ເມື່ອ {time} (ໂມງຂອງຄອມພິວເຕີຜູ້ລົງລາຍເຊັນ), ຍັງບໍ່ໄດ້ປະທັບເວລາ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="119"/>
        <source>{level}: time-stamped, and carries what is needed to check it in years to come.</source>
        <translation>{level}: ປະທັບເວລາແລ້ວ ແລະ ມີຂໍ້ມູນທີ່ຕ້ອງໃຊ້ເພື່ອກວດສອບໃນອີກຫຼາຍປີຂ້າງໜ້າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="123"/>
        <source>{level}: time-stamped.</source>
        <translation>{level}: ປະທັບເວລາແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="125"/>
        <source>{level}: not yet time-stamped.</source>
        <translation>{level}: ຍັງບໍ່ທັນປະທັບເວລາ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="132"/>
        <source>Valid: the letter is exactly as it was signed.</source>
        <translation>ຖືກຕ້ອງ: ໜັງສືຄືກັນທຸກຢ່າງກັບຕອນລົງລາຍເຊັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="134"/>
        <source>Document changed after signing.</source>
        <translation>ເອກະສານຖືກປ່ຽນແປງຫຼັງຈາກລົງລາຍເຊັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="136"/>
        <source>Changed: {files}.</source>
        <translation>ສິ່ງທີ່ປ່ຽນແປງ: {files}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="141"/>
        <source>Signer not trusted: the certificate comes from an authority this office does not know.</source>
        <translation>ບໍ່ໄວ້ວາງໃຈຜູ້ລົງລາຍເຊັນ: ໃບຢັ້ງຢືນອອກໂດຍອົງການທີ່ຫ້ອງການນີ້ບໍ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="145"/>
        <source>The signer&apos;s certificate had expired at the time of signing.</source>
        <translation>ໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນໝົດອາຍຸແລ້ວ ໃນເວລາລົງລາຍເຊັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="148"/>
        <source>The signer&apos;s certificate was revoked on {date}.</source>
        <translation>ໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນຖືກຍົກເລີກແລ້ວ ເມື່ອວັນທີ {date}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="152"/>
        <source>The signature is damaged or in an unknown format.</source>
        <translation>ລາຍເຊັນເສຍຫາຍ ຫຼື ບໍ່ແມ່ນຮູບແບບທີ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="154"/>
        <source>The list of signatures was altered: it names another role.</source>
        <translation>ລາຍການລາຍເຊັນຖືກແກ້ໄຂ: ມັນລະບຸບົດບາດອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="159"/>
        <source>Not checked yet.</source>
        <translation>ຍັງບໍ່ໄດ້ກວດສອບ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="87"/>
        <source>Not checked yet: a signed file has not arrived on this PC ({files}). Press Sync now, then look again.</source>
        <translation>ຍັງບໍ່ໄດ້ກວດສອບ: ໄຟລ໌ທີ່ລົງລາຍເຊັນຍັງບໍ່ທັນມາຮອດຄອມພິວເຕີນີ້ ({files}). ກົດ ຊິງຂໍ້ມູນດຽວນີ້ ແລ້ວເບິ່ງອີກຄັ້ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="156"/>
        <source>Not checked yet: a signed file has not arrived on this PC. Press Sync now, then look again.</source>
        <translation>ຍັງບໍ່ໄດ້ກວດສອບ: ໄຟລ໌ທີ່ລົງລາຍເຊັນຍັງບໍ່ທັນມາຮອດຄອມພິວເຕີນີ້. ກົດ ຊິງຂໍ້ມູນດຽວນີ້ ແລ້ວເບິ່ງອີກຄັ້ງ.</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="80"/>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="214"/>
        <source>Show details</source>
        <translation>ສະແດງລາຍລະອຽດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="83"/>
        <source>Sign…</source>
        <translation>ລົງລາຍເຊັນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="85"/>
        <source>Export signed package…</source>
        <translation>ສົ່ງອອກຊຸດເອກະສານທີ່ລົງລາຍເຊັນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="134"/>
        <source>Checking the signatures…</source>
        <translation>ກຳລັງກວດສອບລາຍເຊັນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="178"/>
        <source>This letter has no digital signature.</source>
        <translation>ໜັງສືນີ້ບໍ່ມີລາຍເຊັນດິຈິຕອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="193"/>
        <source>{count} signature(s), all valid.</source>
        <translation>{count} ລາຍເຊັນ, ຖືກຕ້ອງທັງໝົດ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="182"/>
        <source>{count} signature(s); {bad} with a problem: see below.</source>
        <translation>{count} ລາຍເຊັນ; {bad} ລາຍເຊັນມີບັນຫາ: ເບິ່ງຂ້າງລຸ່ມ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="214"/>
        <source>Hide details</source>
        <translation>ເຊື່ອງລາຍລະອຽດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="224"/>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="225"/>
        <source>Verification code</source>
        <translation>ລະຫັດກວດສອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="226"/>
        <source>Signed at (signer&apos;s PC clock)</source>
        <translation>ເວລາລົງລາຍເຊັນ (ຕາມໂມງຄອມພິວເຕີຂອງຜູ້ລົງລາຍເຊັນ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="227"/>
        <source>Time-stamp</source>
        <translation>ການປະທັບເວລາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="228"/>
        <source>Level</source>
        <translation>ລະດັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="233"/>
        <source>Signer</source>
        <translation>ຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="234"/>
        <source>Title</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="235"/>
        <source>Office</source>
        <translation>ຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="236"/>
        <source>Certificate issued by</source>
        <translation>ໃບຢັ້ງຢືນອອກໂດຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="238"/>
        <source>Certificate valid</source>
        <translation>ໃບຢັ້ງຢືນໃຊ້ໄດ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="241"/>
        <source>Certificate serial</source>
        <translation>ເລກລຳດັບໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="242"/>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>ລາຍນິ້ວມືຂອງໃບຢັ້ງຢືນ (SHA-256)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="244"/>
        <source>Signed contents (SHA-256)</source>
        <translation>ເນື້ອໃນທີ່ລົງລາຍເຊັນ (SHA-256)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="248"/>
        <source>PDF signed inside</source>
        <translation>PDF ທີ່ລົງລາຍເຊັນໃນໄຟລ໌</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="250"/>
        <source>Technical notes</source>
        <translation>ບັນທຶກທາງເທັກນິກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="271"/>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="351"/>
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="276"/>
        <source>No signing key</source>
        <translation>ບໍ່ມີກະແຈລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="278"/>
        <source>You have no signing key with a certificate on this PC. Open Office &gt; My signing key… to create one, or ask IT staff.</source>
        <translation>ທ່ານບໍ່ມີກະແຈລົງລາຍເຊັນທີ່ມີໃບຢັ້ງຢືນໃນຄອມພິວເຕີນີ້. ເປີດ ຫ້ອງການ &gt; ກະແຈລົງລາຍເຊັນຂອງຂ້ອຍ… ເພື່ອສ້າງ, ຫຼື ຖາມພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="301"/>
        <source>Letter signed</source>
        <translation>ລົງລາຍເຊັນໜັງສືແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="302"/>
        <source>The letter is signed. Verification code: {code}</source>
        <translation>ໜັງສືໄດ້ລົງລາຍເຊັນແລ້ວ. ລະຫັດກວດສອບ: {code}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="313"/>
        <source>Export signed package</source>
        <translation>ສົ່ງອອກຊຸດເອກະສານທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="313"/>
        <source>Signed package (*.zip)</source>
        <translation>ຊຸດເອກະສານທີ່ລົງລາຍເຊັນ (*.zip)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="326"/>
        <source>Package saved</source>
        <translation>ບັນທຶກຊຸດເອກະສານແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="328"/>
        <source>The signed package {name} holds {count} signature(s). Anyone can check it with eOffice (File &gt; Verify a signed package…) or with OpenSSL.</source>
        <translation>ຊຸດເອກະສານ {name} ມີ {count} ລາຍເຊັນ. ທຸກຄົນກວດສອບໄດ້ດ້ວຍ eOffice (ໄຟລ໌ &gt; ກວດສອບຊຸດເອກະສານທີ່ລົງລາຍເຊັນ…) ຫຼື ດ້ວຍ OpenSSL.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="338"/>
        <source>The signatures could not be checked from this PC&apos;s records. Choose the letter again; if it happens again, ask IT staff.</source>
        <translation>ກວດສອບລາຍເຊັນຈາກຂໍ້ມູນຂອງຄອມພິວເຕີເຄື່ອງນີ້ບໍ່ໄດ້. ກະລຸນາເລືອກໜັງສືສະບັບນີ້ອີກຄັ້ງ; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="349"/>
        <source>The signed package was not saved. {reason}</source>
        <translation>ບໍ່ໄດ້ບັນທຶກຊຸດເອກະສານທີ່ລົງລາຍເຊັນ. {reason}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="348"/>
        <source>The signed package was not saved. Try again; if it happens again, ask IT staff.</source>
        <translation>ບໍ່ໄດ້ບັນທຶກຊຸດເອກະສານທີ່ລົງລາຍເຊັນ. ກະລຸນາລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="187"/>
        <source>{count} signature(s), not all checked yet: a signed file has not arrived on this PC.</source>
        <translation>{count} ລາຍເຊັນ, ຍັງກວດສອບບໍ່ຄົບ: ໄຟລ໌ທີ່ລົງລາຍເຊັນຍັງບໍ່ທັນມາຮອດຄອມພິວເຕີນີ້.</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="49"/>
        <source>My signing key</source>
        <translation>ກະແຈລົງລາຍເຊັນຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="56"/>
        <source>Create my key…</source>
        <translation>ສ້າງກະແຈຂອງຂ້ອຍ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="58"/>
        <source>Save certificate request…</source>
        <translation>ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="59"/>
        <source>Install certificate from the CA…</source>
        <translation>ຕິດຕັ້ງໃບຢັ້ງຢືນຈາກອົງການອອກໃບຢັ້ງຢືນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="60"/>
        <source>Import key from PKCS#12 file…</source>
        <translation>ນຳເຂົ້າກະແຈຈາກໄຟລ໌ PKCS#12…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="61"/>
        <source>Change passphrase…</source>
        <translation>ປ່ຽນລະຫັດລັບ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="62"/>
        <source>Back up key to a file…</source>
        <translation>ສຳຮອງກະແຈໄວ້ໃນໄຟລ໌…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="114"/>
        <source>You have no signing key on this PC yet.</source>
        <translation>ທ່ານຍັງບໍ່ມີກະແຈລົງລາຍເຊັນໃນຄອມພິວເຕີນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="118"/>
        <source>Create your key (it stays on this PC, locked with your passphrase), save the certificate request and give it to IT staff. Install the certificate they give back, and you can sign. If you already have a key and certificate in a PKCS#12 file (.p12), import it instead.</source>
        <translation>ສ້າງກະແຈຂອງທ່ານ (ມັນຢູ່ໃນຄອມພິວເຕີນີ້ເທົ່ານັ້ນ, ລັອກດ້ວຍລະຫັດລັບຂອງທ່ານ), ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ ແລ້ວມອບໃຫ້ພະນັກງານໄອທີ. ຕິດຕັ້ງໃບຢັ້ງຢືນທີ່ເຂົາເຈົ້າສົ່ງຄືນ, ແລ້ວທ່ານກໍລົງລາຍເຊັນໄດ້. ຖ້າທ່ານມີກະແຈ ແລະ ໃບຢັ້ງຢືນຢູ່ໃນໄຟລ໌ PKCS#12 (.p12) ແລ້ວ, ໃຫ້ນຳເຂົ້າແທນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="139"/>
        <source>Your key is ready but has no certificate yet.</source>
        <translation>ກະແຈຂອງທ່ານພ້ອມແລ້ວ ແຕ່ຍັງບໍ່ມີໃບຢັ້ງຢືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="133"/>
        <source>Save the certificate request, give it to IT staff (the certification authority) and install the certificate file they give back.</source>
        <translation>ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ, ມອບໃຫ້ພະນັກງານໄອທີ (ອົງການອອກໃບຢັ້ງຢືນ) ແລະ ຕິດຕັ້ງໄຟລ໌ໃບຢັ້ງຢືນທີ່ເຂົາເຈົ້າສົ່ງຄືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="57"/>
        <source>Get my certificate from the server</source>
        <translation>ຮັບໃບຢັ້ງຢືນຂອງຂ້ອຍຈາກເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="63"/>
        <source>Renew certificate…</source>
        <translation>ຕໍ່ອາຍຸໃບຢັ້ງຢືນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="85"/>
        <source>Reading your key…</source>
        <translation>ກຳລັງອ່ານກະແຈລົງລາຍເຊັນຂອງທ່ານ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="106"/>
        <source>This PC is not enrolled with a server: use the certificate request file.</source>
        <translation>ຄອມພິວເຕີນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບເຊີບເວີ: ໃຫ້ໃຊ້ໄຟລ໌ຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="128"/>
        <source>Press “Get my certificate from the server”: the server&apos;s certification authority issues it at once. Without a connection, save the certificate request to a file for IT staff instead.</source>
        <translation>ກົດ “ຮັບໃບຢັ້ງຢືນຂອງຂ້ອຍຈາກເຊີບເວີ”: ອົງການອອກໃບຢັ້ງຢືນຂອງເຊີບເວີຈະອອກໃຫ້ທັນທີ. ຖ້າບໍ່ມີການເຊື່ອມຕໍ່, ໃຫ້ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນເປັນໄຟລ໌ ແລ້ວມອບໃຫ້ພະນັກງານໄອທີແທນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="153"/>
        <source>This certificate is not valid today (expired or not yet valid). Ask IT to renew it.</source>
        <translation>ໃບຢັ້ງຢືນນີ້ໃຊ້ບໍ່ໄດ້ໃນມື້ນີ້ (ໝົດອາຍຸ ຫຼື ຍັງບໍ່ເຖິງກຳນົດ). ຂໍໃຫ້ພະນັກງານໄອທີຕໍ່ອາຍຸ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="155"/>
        <source>This certificate is valid today: you can sign.</source>
        <translation>ໃບຢັ້ງຢືນນີ້ໃຊ້ໄດ້ໃນມື້ນີ້: ທ່ານລົງລາຍເຊັນໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="159"/>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="160"/>
        <source>Title</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="161"/>
        <source>Office</source>
        <translation>ຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="162"/>
        <source>Issued by</source>
        <translation>ອອກໂດຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="163"/>
        <source>Valid from</source>
        <translation>ໃຊ້ໄດ້ຕັ້ງແຕ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="164"/>
        <source>Valid until</source>
        <translation>ໃຊ້ໄດ້ຮອດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="165"/>
        <source>Serial number</source>
        <translation>ເລກລຳດັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="166"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>ລາຍນິ້ວມື (SHA-256)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="167"/>
        <source>Key type</source>
        <translation>ປະເພດກະແຈ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="190"/>
        <source>Create my signing key</source>
        <translation>ສ້າງກະແຈລົງລາຍເຊັນຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="192"/>
        <source>Choose a passphrase for your key: a short sentence you remember, at least 10 characters. Nobody, not even IT staff, can recover it; without it the key cannot be used.</source>
        <translation>ເລືອກລະຫັດລັບສຳລັບກະແຈຂອງທ່ານ: ປະໂຫຍກສັ້ນໆທີ່ທ່ານຈື່ໄດ້, ຢ່າງໜ້ອຍ 10 ຕົວອັກສອນ. ບໍ່ມີໃຜກູ້ຄືນໄດ້, ແມ່ນແຕ່ພະນັກງານໄອທີ; ຖ້າບໍ່ມີມັນ ກະແຈກໍໃຊ້ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="195"/>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="234"/>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="291"/>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="324"/>
        <source>Passphrase</source>
        <translation>ລະຫັດລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="202"/>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="208"/>
        <source>Key created</source>
        <translation>ສ້າງກະແຈແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="203"/>
        <source>Your key was created. Now press “Get my certificate from the server”.</source>
        <translation>ກະແຈຂອງທ່ານຖືກສ້າງແລ້ວ. ຕອນນີ້ກົດ “ຮັບໃບຢັ້ງຢືນຂອງຂ້ອຍຈາກເຊີບເວີ”.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="209"/>
        <source>Your key was created. Now save the certificate request and give it to IT staff.</source>
        <translation>ກະແຈຂອງທ່ານຖືກສ້າງແລ້ວ. ຕອນນີ້ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ ແລ້ວມອບໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="220"/>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="258"/>
        <source>Renew certificate</source>
        <translation>ຕໍ່ອາຍຸໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="222"/>
        <source>Type your key passphrase. The server issues a new certificate for the same key; new signatures use it, and your earlier signatures stay valid (each carries the certificate it was made with).</source>
        <translation>ພິມລະຫັດລັບຂອງກະແຈ. ເຊີບເວີຈະອອກໃບຢັ້ງຢືນໃໝ່ສຳລັບກະແຈດຽວກັນ; ລາຍເຊັນໃໝ່ຈະໃຊ້ໃບຢັ້ງຢືນນີ້, ແລະ ລາຍເຊັນທີ່ເຮັດມາກ່ອນຍັງຖືກຕ້ອງຄືເກົ່າ (ແຕ່ລະລາຍເຊັນມີໃບຢັ້ງຢືນທີ່ໃຊ້ເຊັນຕິດຢູ່ນຳ).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="226"/>
        <source>Certificate from the server</source>
        <translation>ໃບຢັ້ງຢືນຈາກເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="228"/>
        <source>Type your key passphrase. The certificate request is sent to the server, and the certificate it issues is stored with your key.</source>
        <translation>ພິມລະຫັດລັບຂອງກະແຈ. ຄຳຮ້ອງຂໍໃບຢັ້ງຢືນຈະຖືກສົ່ງໄປເຊີບເວີ, ແລະ ໃບຢັ້ງຢືນທີ່ເຊີບເວີອອກໃຫ້ຈະຖືກເກັບໄວ້ກັບກະແຈຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="245"/>
        <source>Your certificate was renewed; it is valid until {date}. New signatures use it.</source>
        <translation>ໃບຢັ້ງຢືນຂອງທ່ານຖືກຕໍ່ອາຍຸແລ້ວ; ໃຊ້ໄດ້ຮອດວັນທີ {date}. ລາຍເຊັນໃໝ່ຈະໃຊ້ໃບຢັ້ງຢືນນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="247"/>
        <source>The server issued your certificate; it is valid until {date}. You can now sign.</source>
        <translation>ເຊີບເວີອອກໃບຢັ້ງຢືນໃຫ້ທ່ານແລ້ວ; ໃຊ້ໄດ້ຮອດວັນທີ {date}. ຕອນນີ້ທ່ານລົງລາຍເຊັນໄດ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="260"/>
        <source>This PC is not enrolled with a server. Save the certificate request and give it to IT staff; install the new certificate they give back. Your earlier signatures stay valid.</source>
        <translation>ຄອມພິວເຕີນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບເຊີບເວີ. ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ ແລ້ວມອບໃຫ້ພະນັກງານໄອທີ; ຕິດຕັ້ງໃບຢັ້ງຢືນໃໝ່ທີ່ເຂົາເຈົ້າສົ່ງຄືນ. ລາຍເຊັນທີ່ເຮັດມາກ່ອນຍັງຖືກຕ້ອງຄືເກົ່າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="268"/>
        <source>Save certificate request</source>
        <translation>ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="268"/>
        <source>Certificate request (*.csr)</source>
        <translation>ຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ (*.csr)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="276"/>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="308"/>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="318"/>
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="280"/>
        <source>Request saved</source>
        <translation>ບັນທຶກຄຳຮ້ອງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="281"/>
        <source>Give the file {name} to IT staff. They will give you back a certificate file to install.</source>
        <translation>ມອບໄຟລ໌ {name} ໃຫ້ພະນັກງານໄອທີ. ເຂົາເຈົ້າຈະສົ່ງໄຟລ໌ໃບຢັ້ງຢືນຄືນມາໃຫ້ທ່ານຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="289"/>
        <source>Certificate request</source>
        <translation>ຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="290"/>
        <source>Type your key passphrase to make the certificate request.</source>
        <translation>ພິມລະຫັດລັບຂອງກະແຈ ເພື່ອເຮັດຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="299"/>
        <source>Certificate from the CA</source>
        <translation>ໃບຢັ້ງຢືນຈາກອົງການອອກໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="299"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>ໃບຢັ້ງຢືນ (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="309"/>
        <source>The file {name} is not a certificate. Ask IT staff for the certificate file (.pem).</source>
        <translation>ໄຟລ໌ {name} ບໍ່ແມ່ນໃບຢັ້ງຢືນ. ຂໍໄຟລ໌ໃບຢັ້ງຢືນ (.pem) ຈາກພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="322"/>
        <source>Install certificate</source>
        <translation>ຕິດຕັ້ງໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="323"/>
        <source>Type your key passphrase to store the certificate with your key.</source>
        <translation>ພິມລະຫັດລັບຂອງກະແຈ ເພື່ອເກັບໃບຢັ້ງຢືນໄວ້ກັບກະແຈຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="243"/>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="329"/>
        <source>Certificate installed</source>
        <translation>ຕິດຕັ້ງໃບຢັ້ງຢືນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="329"/>
        <source>You can now sign letters.</source>
        <translation>ຕອນນີ້ທ່ານລົງລາຍເຊັນໜັງສືໄດ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="336"/>
        <source>Replace your key?</source>
        <translation>ປ່ຽນແທນກະແຈຂອງທ່ານບໍ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="337"/>
        <source>The imported key replaces the key you have on this PC. Back up your key first. Go on?</source>
        <translation>ກະແຈທີ່ນຳເຂົ້າຈະແທນກະແຈທີ່ທ່ານມີໃນຄອມພິວເຕີນີ້. ສຳຮອງກະແຈຂອງທ່ານກ່ອນ. ສືບຕໍ່ບໍ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="343"/>
        <source>Key and certificate file</source>
        <translation>ໄຟລ໌ກະແຈ ແລະ ໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="343"/>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>ໄຟລ໌ PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="349"/>
        <source>Import key</source>
        <translation>ນຳເຂົ້າກະແຈ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="350"/>
        <source>Type the passphrase of the file, and choose the passphrase for your key on this PC.</source>
        <translation>ພິມລະຫັດລັບຂອງໄຟລ໌ ແລະ ເລືອກລະຫັດລັບສຳລັບກະແຈຂອງທ່ານໃນຄອມພິວເຕີນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="351"/>
        <source>Passphrase of the file</source>
        <translation>ລະຫັດລັບຂອງໄຟລ໌</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="351"/>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="361"/>
        <source>New passphrase</source>
        <translation>ລະຫັດລັບໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="359"/>
        <source>Change passphrase</source>
        <translation>ປ່ຽນລະຫັດລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="360"/>
        <source>Type your current passphrase, then the new one twice.</source>
        <translation>ພິມລະຫັດລັບປັດຈຸບັນ, ແລ້ວພິມລະຫັດລັບໃໝ່ສອງເທື່ອ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="361"/>
        <source>Current passphrase</source>
        <translation>ລະຫັດລັບປັດຈຸບັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="365"/>
        <source>Passphrase changed</source>
        <translation>ປ່ຽນລະຫັດລັບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="365"/>
        <source>Use the new passphrase from now on.</source>
        <translation>ໃຊ້ລະຫັດລັບໃໝ່ນັບແຕ່ນີ້ໄປ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="369"/>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="375"/>
        <source>Back up key</source>
        <translation>ສຳຮອງກະແຈ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="369"/>
        <source>PKCS#12 files (*.p12)</source>
        <translation>ໄຟລ໌ PKCS#12 (*.p12)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="377"/>
        <source>The backup file is locked with its own passphrase. Keep the file and the passphrase in different safe places.</source>
        <translation>ໄຟລ໌ສຳຮອງຖືກລັອກດ້ວຍລະຫັດລັບຂອງມັນເອງ. ເກັບໄຟລ໌ ແລະ ລະຫັດລັບໄວ້ຄົນລະບ່ອນທີ່ປອດໄພ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="380"/>
        <source>Your key passphrase</source>
        <translation>ລະຫັດລັບຂອງກະແຈທ່ານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="380"/>
        <source>Passphrase of the backup</source>
        <translation>ລະຫັດລັບຂອງໄຟລ໌ສຳຮອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="386"/>
        <source>Key backed up</source>
        <translation>ສຳຮອງກະແຈແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="387"/>
        <source>Your key was saved to {name}.</source>
        <translation>ກະແຈຂອງທ່ານຖືກບັນທຶກໄວ້ໃນ {name}.</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="33"/>
        <source>Sync now</source>
        <translation>ຊິງຂໍ້ມູນດຽວນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="36"/>
        <source>Send big attachments now</source>
        <translation>ສົ່ງໄຟລ໌ໃຫຍ່ດຽວນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="76"/>
        <source>Works on this PC only</source>
        <translation>ໃຊ້ຢູ່ໃນຄອມນີ້ເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="79"/>
        <source>This PC is not connected to a server, and needs none to work. Letters are kept on this PC (and in its backups). If IT connects it to a server one day, it sends them then.</source>
        <translation>ຄອມນີ້ບໍ່ໄດ້ເຊື່ອມຕໍ່ກັບເຊີບເວີ ແລະ ບໍ່ຈຳເປັນຕ້ອງມີກໍ່ເຮັດວຽກໄດ້. ໜັງສືຖືກເກັບໄວ້ໃນຄອມນີ້ (ແລະ ໃນການສຳຮອງຂໍ້ມູນ). ຖ້າວັນໃດ ພະນັກງານໄອທີ ເຊື່ອມຕໍ່ມັນກັບເຊີບເວີ, ມັນຈະສົ່ງໜັງສືເຫຼົ່ານັ້ນໄປເອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="91"/>
        <source>Syncing…</source>
        <translation>ກຳລັງຊິງຂໍ້ມູນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="93"/>
        <source>Needs attention</source>
        <translation>ຕ້ອງກວດເບິ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="95"/>
        <source>Offline</source>
        <translation>ອອບລາຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="97"/>
        <source>Up to date</source>
        <translation>ຂໍ້ມູນລ່າສຸດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="99"/>
        <source>Waiting to send</source>
        <translation>ລໍຖ້າສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="100"/>
        <source>Last synced {when}</source>
        <translation>ຊິງຄັ້ງສຸດທ້າຍ {when}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="106"/>
        <source>{count} files to download ({size})</source>
        <translation>ມີ {count} ໄຟລ໌ ລໍຖ້າດາວໂຫຼດ ({size})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="112"/>
        <source>{count} changes made with a newer eOffice are kept until eOffice is updated here</source>
        <translation>ມີ {count} ການປ່ຽນແປງທີ່ເຮັດດ້ວຍ eOffice ລຸ້ນໃໝ່ກວ່າ ຖືກເກັບໄວ້ ຈົນກວ່າຈະອັບເດດ eOffice ໃນຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="125"/>
        <source>{count} big attachments ({size}) wait for a cheaper link.</source>
        <translation>ເອກະສານຄັດຕິດໃຫຍ່ {count} ໄຟລ໌ ({size}) ລໍຖ້າເຄືອຂ່າຍທີ່ລາຄາຖືກກວ່າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="137"/>
        <source>{changes} changes waiting to go out</source>
        <translation>ມີ {changes} ການປ່ຽນແປງ ລໍຖ້າສົ່ງອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="138"/>
        <source>{changes} changes and {files} attachments ({size}) waiting to go out</source>
        <translation>ມີ {changes} ການປ່ຽນແປງ ແລະ {files} ເອກະສານຄັດຕິດ ({size}) ລໍຖ້າສົ່ງອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="145"/>
        <source>Refused: {count}</source>
        <translation>ຖືກປະຕິເສດ: {count}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="154"/>
        <source>Connecting to the server…</source>
        <translation>ກຳລັງເຊື່ອມຕໍ່ເຊີບເວີ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="167"/>
        <source>{phase}: {count}</source>
        <translation>{phase}: {count}</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/sync_problems.py" line="14"/>
        <source>Changes the server refused</source>
        <translation>ການປ່ຽນແປງທີ່ເຊີບເວີປະຕິເສດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_problems.py" line="17"/>
        <source>These changes stay on this PC but the server did not accept them. Show this list to IT staff; the rest of the work keeps flowing.</source>
        <translation>ການປ່ຽນແປງເຫຼົ່ານີ້ຍັງຢູ່ໃນຄອມພິວເຕີນີ້ ແຕ່ເຊີບເວີບໍ່ຮັບ. ກະລຸນາສະແດງລາຍການນີ້ໃຫ້ພະນັກງານໄອທີ; ວຽກອື່ນຍັງສົ່ງໄປຕາມປົກກະຕິ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_problems.py" line="23"/>
        <source>When</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_problems.py" line="23"/>
        <source>Letter</source>
        <translation>ໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_problems.py" line="23"/>
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
</context>
<context>
    <name>SyncSettingsBox</name>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="30"/>
        <source>Sync and data use</source>
        <translation>ການຊິງຂໍ້ມູນ ແລະ ການໃຊ້ອິນເຕີເນັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="47"/>
        <source>Not enrolled yet</source>
        <translation>ຍັງບໍ່ໄດ້ລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="49"/>
        <source>Enrol this PC with a server…</source>
        <translation>ລົງທະບຽນຄອມພິວເຕີນີ້ກັບເຊີບເວີ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="51"/>
        <source>Letters and routing are always sent first; attachments follow.</source>
        <translation>ໜັງສື ແລະ ການສົ່ງຕໍ່ ຈະຖືກສົ່ງກ່ອນສະເໝີ; ເອກະສານຄັດຕິດສົ່ງຕາມຫຼັງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="53"/>
        <source>Send and fetch attachments</source>
        <translation>ສົ່ງ ແລະ ດາວໂຫຼດເອກະສານຄັດຕິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="60"/>
        <source>This link is not metered (send big attachments at once)</source>
        <translation>ເຄືອຂ່າຍນີ້ບໍ່ຄິດໄລ່ຕາມປະລິມານ (ສົ່ງໄຟລ໌ໃຫຍ່ທັນທີ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="62"/>
        <source>{size} this month (sent and received)</source>
        <translation>{size} ໃນເດືອນນີ້ (ສົ່ງ ແລະ ຮັບ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="64"/>
        <source>Server</source>
        <translation>ເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="68"/>
        <source>Hold back attachments over</source>
        <translation>ລໍຖ້າສົ່ງເອກະສານຄັດຕິດທີ່ໃຫຍ່ກວ່າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="70"/>
        <source>Data used</source>
        <translation>ຂໍ້ມູນທີ່ໃຊ້</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="55"/>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="134"/>
        <source>No connection to the server. eOffice keeps working and will try again by itself.</source>
        <translation>ບໍ່ສາມາດເຊື່ອມຕໍ່ເຊີບເວີ. eOffice ຍັງເຮັດວຽກໄດ້ຕາມປົກກະຕິ ແລະ ຈະລອງໃໝ່ເອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="77"/>
        <source>The server is busy or has a problem. eOffice will try again later.</source>
        <translation>ເຊີບເວີບໍ່ຫວ່າງ ຫຼື ມີບັນຫາ. eOffice ຈະລອງໃໝ່ພາຍຫຼັງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="65"/>
        <source>The server&apos;s disk is full or failing, so what this PC sent was not stored (nothing half stored is kept). Ask IT staff at the server to free space or repair the disk; the sync sends it again by itself later.</source>
        <translation>ດິສກ໌ຂອງເຊີບເວີເຕັມ ຫຼື ມີບັນຫາ ສະນັ້ນສິ່ງທີ່ຄອມພິວເຕີນີ້ສົ່ງໄປຈຶ່ງບໍ່ໄດ້ຖືກເກັບ (ບໍ່ມີຫຍັງຖືກເກັບໄວ້ເຄິ່ງໆ). ກະລຸນາໃຫ້ພະນັກງານໄອທີຂອງເຊີບເວີ ເຮັດໃຫ້ມີບ່ອນຫວ່າງ ຫຼື ແປງດິສກ໌; ການຊິ້ງຈະສົ່ງໃໝ່ເອງພາຍຫຼັງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="71"/>
        <source>The server&apos;s disk is full or failing, so the files were not sent (nothing half sent is kept). Ask IT staff at the server to free space or repair the disk; eOffice sends them again by itself later.</source>
        <translation>ດິສກ໌ຂອງເຊີບເວີເຕັມ ຫຼື ມີບັນຫາ ສະນັ້ນໄຟລ໌ຈຶ່ງບໍ່ໄດ້ຖືກສົ່ງ (ບໍ່ມີຫຍັງທີ່ສົ່ງໄປເຄິ່ງໆຖືກເກັບໄວ້). ກະລຸນາໃຫ້ພະນັກງານໄອທີຂອງເຊີບເວີ ເຮັດໃຫ້ມີບ່ອນຫວ່າງ ຫຼື ແປງດິສກ໌; eOffice ຈະສົ່ງໃໝ່ເອງພາຍຫຼັງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="81"/>
        <source>The server refused this PC: ask IT to re-enrol it.</source>
        <translation>ເຊີບເວີປະຕິເສດຄອມພິວເຕີນີ້: ກະລຸນາໃຫ້ພະນັກງານໄອທີລົງທະບຽນໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="83"/>
        <source>This PC&apos;s eOffice and the server are of different versions: update eOffice on this PC, or ask IT to update the server. Nothing was lost.</source>
        <translation>eOffice ໃນຄອມພິວເຕີນີ້ ແລະ ເຊີບເວີ ເປັນຄົນລະລຸ້ນກັນ: ກະລຸນາອັບເດດ eOffice ໃນຄອມພິວເຕີນີ້ ຫຼື ໃຫ້ພະນັກງານໄອທີອັບເດດເຊີບເວີ. ບໍ່ມີຫຍັງເສຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="89"/>
        <source>This PC&apos;s data was restored from a backup (or copied from another PC), and a backup never carries the PC&apos;s key for the server. Ask IT for an enrolment code and enrol this PC again (Settings, Sync).</source>
        <translation>ຂໍ້ມູນຂອງຄອມພິວເຕີນີ້ຖືກກູ້ຄືນຈາກຂໍ້ມູນສຳຮອງ (ຫຼື ສຳເນົາມາຈາກຄອມພິວເຕີອື່ນ), ແລະ ຂໍ້ມູນສຳຮອງບໍ່ເຄີຍມີກະແຈຂອງຄອມພິວເຕີສຳລັບເຊີບເວີ. ກະລຸນາຂໍລະຫັດລົງທະບຽນຈາກພະນັກງານໄອທີ ແລ້ວລົງທະບຽນຄອມພິວເຕີນີ້ຄືນໃໝ່ (ການຕັ້ງຄ່າ, ການຊິງຂໍ້ມູນ).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="95"/>
        <source>This PC is not enrolled with a server. Ask IT to enrol it (Settings, Sync).</source>
        <translation>ຄອມພິວເຕີນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບເຊີບເວີ. ກະລຸນາໃຫ້ພະນັກງານໄອທີລົງທະບຽນ (ການຕັ້ງຄ່າ, ການຊິງຂໍ້ມູນ).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="22"/>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="99"/>
        <source>The enrolment code is wrong, already used or expired. Ask IT for a new code.</source>
        <translation>ລະຫັດລົງທະບຽນບໍ່ຖືກຕ້ອງ, ໃຊ້ແລ້ວ ຫຼື ໝົດອາຍຸ. ກະລຸນາຂໍລະຫັດໃໝ່ຈາກພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="25"/>
        <source>This PC already holds another office&apos;s letters; it cannot join this office.</source>
        <translation>ຄອມພິວເຕີນີ້ມີໜັງສືຂອງຫ້ອງການອື່ນຢູ່ແລ້ວ; ບໍ່ສາມາດເຂົ້າຮ່ວມຫ້ອງການນີ້ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="28"/>
        <source>This PC is already enrolled (or was revoked). Ask IT for help with a new data folder.</source>
        <translation>ຄອມພິວເຕີນີ້ລົງທະບຽນແລ້ວ (ຫຼື ຖືກຍົກເລີກແລ້ວ). ກະລຸນາໃຫ້ພະນັກງານໄອທີຊ່ວຍ ດ້ວຍໂຟນເດີຂໍ້ມູນໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="31"/>
        <source>This PC&apos;s data comes from a PC of another office, so it cannot take over that PC&apos;s work here. Nothing was enrolled. Ask IT for help.</source>
        <translation>ຂໍ້ມູນຂອງຄອມພິວເຕີນີ້ມາຈາກຄອມພິວເຕີຂອງຫ້ອງການອື່ນ, ສະນັ້ນຈຶ່ງຮັບເອົາວຽກຂອງເຄື່ອງນັ້ນຢູ່ບ່ອນນີ້ບໍ່ໄດ້. ບໍ່ໄດ້ລົງທະບຽນຫຍັງ. ກະລຸນາຂໍຄວາມຊ່ວຍເຫຼືອຈາກພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="36"/>
        <source>Another PC has already taken over the work of the PC this data comes from. Nothing was enrolled. Ask IT for help.</source>
        <translation>ມີຄອມພິວເຕີເຄື່ອງອື່ນຮັບເອົາວຽກຂອງເຄື່ອງທີ່ຂໍ້ມູນນີ້ມາຈາກໄປແລ້ວ. ບໍ່ໄດ້ລົງທະບຽນຫຍັງ. ກະລຸນາຂໍຄວາມຊ່ວຍເຫຼືອຈາກພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="59"/>
        <source>Too many wrong enrolment codes were tried from this place: wait 15 minutes, check the code with IT, and try again.</source>
        <translation>ມີການລອງໃສ່ລະຫັດລົງທະບຽນຜິດຫຼາຍເທື່ອເກີນໄປຈາກບ່ອນນີ້: ກະລຸນາລໍຖ້າ 15 ນາທີ, ກວດລະຫັດກັບພະນັກງານໄອທີ, ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="103"/>
        <source>The server cannot accept this request as it is (a value is wrong or too long). Nothing was changed; check what was typed, or ask IT.</source>
        <translation>ເຊີບເວີຮັບຄຳຂໍນີ້ບໍ່ໄດ້ (ມີຄ່າໃດໜຶ່ງຜິດ ຫຼື ຍາວເກີນໄປ). ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ; ກະລຸນາກວດເບິ່ງສິ່ງທີ່ພິມ ຫຼື ຖາມພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="115"/>
        <source>The server already has another office with this PC&apos;s office (was its data folder copied from another office&apos;s PC?). Ask IT to set this PC up again with a new data folder; the enrolment code is still valid.</source>
        <translation>ເຊີບເວີມີຫ້ອງການອື່ນທີ່ໃຊ້ລະຫັດຫ້ອງການຂອງຄອມພິວເຕີນີ້ແລ້ວ (ໂຟນເດີຂໍ້ມູນຖືກສຳເນົາມາຈາກຄອມພິວເຕີຂອງຫ້ອງການອື່ນບໍ?). ກະລຸນາໃຫ້ພະນັກງານໄອທີຕັ້ງຄອມພິວເຕີນີ້ໃໝ່ ດ້ວຍໂຟນເດີຂໍ້ມູນໃໝ່; ລະຫັດລົງທະບຽນຍັງໃຊ້ໄດ້ຢູ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="109"/>
        <source>What this PC sent is larger than the server takes, so it was not taken, and nothing was changed. Ask IT staff.</source>
        <translation>ສິ່ງທີ່ຄອມພິວເຕີນີ້ສົ່ງໄປ ໃຫຍ່ເກີນກວ່າທີ່ເຊີບເວີຮັບໄດ້, ສະນັ້ນມັນບໍ່ໄດ້ຖືກຮັບ ແລະ ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ. ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="125"/>
        <source>The server did not accept what this PC asked, and nothing was changed. Check the server address in Settings, Sync; if it happens again, ask IT staff.</source>
        <translation>ເຊີບເວີບໍ່ຮັບສິ່ງທີ່ຄອມພິວເຕີນີ້ຮ້ອງຂໍ ແລະ ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ. ກະລຸນາກວດທີ່ຢູ່ເຊີບເວີ (ການຕັ້ງຄ່າ, ການຊິງຂໍ້ມູນ); ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="140"/>
        <source>Sync stopped because of a problem on this PC, and nothing was lost. eOffice tries again by itself; if it happens again, ask IT staff.</source>
        <translation>ການຊິງຂໍ້ມູນຢຸດ ເນື່ອງຈາກມີບັນຫາໃນຄອມພິວເຕີເຄື່ອງນີ້, ແລະ ບໍ່ມີຫຍັງເສຍໄປ. eOffice ຈະລອງໃໝ່ເອງ; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="150"/>
        <source>Some signatures could not get their long-term checking data yet (the authority&apos;s certificate or revocation list is missing here); the next sync tries again.</source>
        <translation>ລາຍເຊັນບາງອັນຍັງບໍ່ທັນໄດ້ຮັບຂໍ້ມູນສຳລັບກວດສອບໃນໄລຍະຍາວ (ຍັງບໍ່ມີໃບຢັ້ງຢືນ ຫຼື ລາຍການຍົກເລີກຂອງອົງການຢູ່ເຄື່ອງນີ້); ການຊິງຄັ້ງຕໍ່ໄປຈະລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="156"/>
        <source>Some signatures could not get their long-term checking data; they keep their time-stamp and stay valid.</source>
        <translation>ລາຍເຊັນບາງອັນບໍ່ສາມາດໄດ້ຮັບຂໍ້ມູນສຳລັບກວດສອບໃນໄລຍະຍາວ; ລາຍເຊັນຍັງມີການປະທັບເວລາ ແລະ ຍັງຖືກຕ້ອງຢູ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="166"/>
        <source>The text read from scans was not exchanged with the server this time; the letters and scans are synced, and the next sync tries again.</source>
        <translation>ຄັ້ງນີ້ ຂໍ້ຄວາມທີ່ອ່ານຈາກເອກະສານສະແກນ ຍັງບໍ່ໄດ້ແລກປ່ຽນກັບເຊີບເວີ; ໜັງສື ແລະ ເອກະສານສະແກນ ໄດ້ຊິງຄ໌ແລ້ວ, ການຊິງຄ໌ຄັ້ງຕໍ່ໄປ ຈະລອງໃໝ່ອີກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="177"/>
        <source>The change says it was made on another PC. Ask IT to check this PC&apos;s enrolment.</source>
        <translation>ການປ່ຽນແປງນີ້ບອກວ່າເຮັດຢູ່ຄອມພິວເຕີເຄື່ອງອື່ນ. ໃຫ້ພະນັກງານໄອທີກວດການລົງທະບຽນຂອງເຄື່ອງນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="180"/>
        <source>The change belongs to another office. Ask IT to check which office this PC is enrolled in.</source>
        <translation>ການປ່ຽນແປງນີ້ເປັນຂອງຫ້ອງການອື່ນ. ໃຫ້ພະນັກງານໄອທີກວດວ່າເຄື່ອງນີ້ລົງທະບຽນກັບຫ້ອງການໃດ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="183"/>
        <source>The server already has a different change under the same number. Show this to IT staff.</source>
        <translation>ເຊີບເວີມີການປ່ຽນແປງອື່ນທີ່ໃຊ້ເລກດຽວກັນແລ້ວ. ສະແດງລາຍການນີ້ໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="186"/>
        <source>The change is about a letter this office has not received through the server.</source>
        <translation>ການປ່ຽນແປງນີ້ກ່ຽວກັບໜັງສືທີ່ຫ້ອງການນີ້ບໍ່ໄດ້ຮັບຜ່ານເຊີບເວີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="189"/>
        <source>The change is about a letter another office sent here that is not registered in this office; only the sending office changes it. Register it here first, then work on this office&apos;s own copy.</source>
        <translation>ການປ່ຽນແປງນີ້ກ່ຽວກັບໜັງສືທີ່ຫ້ອງການອື່ນສົ່ງມາ ທີ່ຍັງບໍ່ທັນລົງທະບຽນຢູ່ຫ້ອງການນີ້; ມີແຕ່ຫ້ອງການທີ່ສົ່ງເທົ່ານັ້ນທີ່ປ່ຽນມັນໄດ້. ລົງທະບຽນມັນຢູ່ນີ້ກ່ອນ, ແລ້ວຈຶ່ງເຮັດວຽກກັບສະບັບຂອງຫ້ອງການນີ້ເອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="194"/>
        <source>This PC sent two different changes with the same number (was it restored from an old copy?). Ask IT to enrol it again.</source>
        <translation>ເຄື່ອງນີ້ສົ່ງການປ່ຽນແປງສອງອັນທີ່ຕ່າງກັນແຕ່ໃຊ້ເລກດຽວກັນ (ໄດ້ກູ້ຄືນຈາກສຳເນົາເກົ່າບໍ?). ໃຫ້ພະນັກງານໄອທີລົງທະບຽນເຄື່ອງນີ້ໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="199"/>
        <source>The change does not follow this PC&apos;s previous change. Show this to IT staff.</source>
        <translation>ການປ່ຽນແປງນີ້ບໍ່ຕໍ່ຈາກການປ່ຽນແປງກ່ອນໜ້າຂອງເຄື່ອງນີ້. ສະແດງລາຍການນີ້ໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="202"/>
        <source>The person who made the change is not known to the server as a user of this office.</source>
        <translation>ເຊີບເວີບໍ່ຮູ້ຈັກຜູ້ທີ່ເຮັດການປ່ຽນແປງນີ້ ວ່າເປັນຜູ້ໃຊ້ຂອງຫ້ອງການນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="205"/>
        <source>The server did not give this registry number to this letter, or another letter already has it. Show this to IT staff.</source>
        <translation>ເຊີບເວີບໍ່ໄດ້ໃຫ້ເລກທີນີ້ແກ່ໜັງສືສະບັບນີ້ ຫຼື ມີໜັງສືສະບັບອື່ນໃຊ້ເລກທີນີ້ແລ້ວ. ກະລຸນາສະແດງບັນຫານີ້ໃຫ້ພະນັກງານໄອທີເບິ່ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="210"/>
        <source>The change is about an address-book entry of another office; only that office may change it. Show this to IT staff.</source>
        <translation>ການປ່ຽນແປງນີ້ກ່ຽວກັບລາຍການໃນປຶ້ມທີ່ຢູ່ຂອງຫ້ອງການອື່ນ; ມີແຕ່ຫ້ອງການນັ້ນເທົ່ານັ້ນທີ່ປ່ຽນໄດ້. ກະລຸນາສະແດງຂໍ້ຄວາມນີ້ໃຫ້ພະນັກງານໄອທີເບິ່ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="215"/>
        <source>The news about another office&apos;s letter held more than where it is (only its handling state may be shared). Show this to IT staff.</source>
        <translation>ຂ່າວກ່ຽວກັບໜັງສືຂອງຫ້ອງການອື່ນ ມີຂໍ້ມູນຫຼາຍກວ່າວ່າມັນຢູ່ໃສ (ແບ່ງປັນໄດ້ແຕ່ສະຖານະການດຳເນີນການ). ກະລຸນາສະແດງຂໍ້ຄວາມນີ້ໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="220"/>
        <source>The answer about another office&apos;s letter (received, registered or returned) held more than it may, or a text too long. Show this to IT staff.</source>
        <translation>ຄຳຕອບກ່ຽວກັບໜັງສືຂອງຫ້ອງການອື່ນ (ໄດ້ຮັບ, ລົງທະບຽນ ຫຼື ສົ່ງຄືນ) ມີຂໍ້ມູນເກີນກວ່າທີ່ອະນຸຍາດ ຫຼື ມີຂໍ້ຄວາມຍາວເກີນໄປ. ສະແດງລາຍການນີ້ໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="233"/>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="234"/>
        <source>The change is damaged or incomplete.</source>
        <translation>ການປ່ຽນແປງນີ້ເສຍຫາຍ ຫຼື ບໍ່ຄົບຖ້ວນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="230"/>
        <source>The change is larger than the server takes, so it was not stored. Show this to IT staff.</source>
        <translation>ການປ່ຽນແປງນີ້ໃຫຍ່ເກີນກວ່າທີ່ເຊີບເວີຮັບໄດ້, ສະນັ້ນມັນບໍ່ໄດ້ຖືກເກັບໄວ້. ສະແດງລາຍການນີ້ໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="225"/>
        <source>The news passed on about a letter sent on names an office that has not reported on this office&apos;s letter that sent it there. Show this to IT staff.</source>
        <translation>ຂ່າວທີ່ສົ່ງຕໍ່ກ່ຽວກັບໜັງສືທີ່ສົ່ງຕໍ່ໄປ ລະບຸຫ້ອງການທີ່ບໍ່ເຄີຍລາຍງານກ່ຽວກັບໜັງສືຂອງຫ້ອງການນີ້ ທີ່ສົ່ງໜັງສືນັ້ນໄປໃຫ້ເຂົາ. ສະແດງລາຍການນີ້ໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="238"/>
        <source>The server refused this change for a reason this version of eOffice does not know. Show this to IT staff.</source>
        <translation>ເຊີບເວີບໍ່ຮັບການປ່ຽນແປງນີ້ ດ້ວຍເຫດຜົນທີ່ eOffice ລຸ້ນນີ້ບໍ່ຮູ້ຈັກ. ສະແດງລາຍການນີ້ໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/drive_words.py" line="21"/>
        <source>The drive is full. Free some space or use another drive.</source>
        <translation>ໄດຣຟ໌ເຕັມແລ້ວ. ລຶບບາງໄຟລ໌ອອກ ຫຼື ໃຊ້ໄດຣຟ໌ອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/drive_words.py" line="31"/>
        <source>This drive or folder cannot be written (read-only or no permission). Choose another one.</source>
        <translation>ບໍ່ສາມາດຂຽນໃສ່ໄດຣຟ໌ ຫຼື ໂຟນເດີນີ້ໄດ້ (ອ່ານໄດ້ຢ່າງດຽວ ຫຼື ບໍ່ມີສິດ). ເລືອກບ່ອນອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/drive_words.py" line="35"/>
        <source>The drive was removed or cannot be read. Put it back and try again.</source>
        <translation>ໄດຣຟ໌ຖືກຖອດອອກ ຫຼື ອ່ານບໍ່ໄດ້. ສຽບຄືນແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/drive_words.py" line="23"/>
        <source>The file is too large for this drive (a USB stick formatted as FAT32 takes files of up to 4 GB). Use a drive formatted as exFAT or NTFS.</source>
        <translation>ໄຟລ໌ໃຫຍ່ເກີນໄປສຳລັບໄດຣຟ໌ນີ້ (USB ທີ່ຟໍແມັດເປັນ FAT32 ຮັບໄຟລ໌ໄດ້ບໍ່ເກີນ 4 GB). ກະລຸນາໃຊ້ໄດຣຟ໌ທີ່ຟໍແມັດເປັນ exFAT ຫຼື NTFS.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/drive_words.py" line="29"/>
        <source>Another program is using this file. Close it there, then try again.</source>
        <translation>ມີໂປຣແກຣມອື່ນກຳລັງໃຊ້ໄຟລ໌ນີ້ຢູ່. ກະລຸນາປິດມັນໃນໂປຣແກຣມນັ້ນ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/drive_words.py" line="37"/>
        <source>The name of the file or of its folders is too long. Choose a folder nearer the top of the drive.</source>
        <translation>ຊື່ຂອງໄຟລ໌ ຫຼື ໂຟນເດີຂອງມັນຍາວເກີນໄປ. ກະລຸນາເລືອກໂຟນເດີທີ່ຢູ່ໃກ້ກັບຊັ້ນເທິງສຸດຂອງໄດຣຟ໌.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/drive_words.py" line="42"/>
        <source>A folder or file of the same name is in the way. Choose another name or another folder.</source>
        <translation>ມີໂຟນເດີ ຫຼື ໄຟລ໌ທີ່ມີຊື່ດຽວກັນຢູ່ແລ້ວ. ກະລຸນາເລືອກຊື່ອື່ນ ຫຼື ໂຟນເດີອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/drive_words.py" line="46"/>
        <source>The file could not be written or read. Try another drive or folder; if it happens again, save the diagnostics (Help &gt; Save diagnostics for support) and give them to IT staff.</source>
        <translation>ບໍ່ສາມາດຂຽນ ຫຼື ອ່ານໄຟລ໌ໄດ້. ກະລຸນາລອງໃຊ້ໄດຣຟ໌ ຫຼື ໂຟນເດີອື່ນ; ຖ້າຍັງເກີດຂຶ້ນອີກ, ໃຫ້ບັນທຶກຂໍ້ມູນວິເຄາະ (ຊ່ວຍເຫຼືອ &gt; ບັນທຶກຂໍ້ມູນວິເຄາະສຳລັບຝ່າຍໄອທີ) ແລ້ວມອບໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="247"/>
        <source>never</source>
        <translation>ຍັງບໍ່ເຄີຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="250"/>
        <source>just now</source>
        <translation>ຫາກໍ່ນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="252"/>
        <source>{count} minutes ago</source>
        <translation>{count} ນາທີກ່ອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="254"/>
        <source>{count} hours ago</source>
        <translation>{count} ຊົ່ວໂມງກ່ອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="255"/>
        <source>{count} days ago</source>
        <translation>{count} ມື້ກ່ອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="260"/>
        <source>Sending changes</source>
        <translation>ກຳລັງສົ່ງການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="261"/>
        <source>Receiving changes</source>
        <translation>ກຳລັງຮັບການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="262"/>
        <source>Sending files</source>
        <translation>ກຳລັງສົ່ງໄຟລ໌</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="263"/>
        <source>Downloading files</source>
        <translation>ກຳລັງດາວໂຫຼດໄຟລ໌</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="264"/>
        <source>Checking the signatures that arrived</source>
        <translation>ກຳລັງກວດສອບລາຍເຊັນທີ່ມາຮອດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="265"/>
        <source>Syncing</source>
        <translation>ກຳລັງຊິງຂໍ້ມູນ</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="61"/>
        <source>Trusted certificate authorities</source>
        <translation>ອົງການອອກໃບຢັ້ງຢືນທີ່ໄວ້ວາງໃຈ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="64"/>
        <source>Signatures are trusted only if the signer&apos;s certificate comes from an authority listed here. Import the CA certificate and its latest revocation list (CRL) from IT staff; compare the fingerprint with the one they published.</source>
        <translation>ລາຍເຊັນຈະໄດ້ຮັບຄວາມໄວ້ວາງໃຈ ກໍຕໍ່ເມື່ອໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນອອກໂດຍອົງການທີ່ມີໃນລາຍການນີ້. ນຳເຂົ້າໃບຢັ້ງຢືນຂອງອົງການ (CA) ແລະ ລາຍການໃບຢັ້ງຢືນທີ່ຖືກຍົກເລີກ (CRL) ສະບັບລ່າສຸດຈາກພະນັກງານໄອທີ; ທຽບລາຍນິ້ວມືກັບອັນທີ່ເຂົາເຈົ້າປະກາດໄວ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="72"/>
        <source>Import CA certificate or revocation list…</source>
        <translation>ນຳເຂົ້າໃບຢັ້ງຢືນ CA ຫຼື ລາຍການຍົກເລີກ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="147"/>
        <source>No certificate authority is trusted yet.</source>
        <translation>ຍັງບໍ່ໄດ້ໄວ້ວາງໃຈອົງການອອກໃບຢັ້ງຢືນໃດເທື່ອ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="101"/>
        <source>CA certificate</source>
        <translation>ໃບຢັ້ງຢືນ CA</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="86"/>
        <source>Reading the trusted authorities…</source>
        <translation>ກຳລັງອ່ານລາຍຊື່ອົງການອອກໃບຢັ້ງຢືນທີ່ໄວ້ວາງໃຈ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="101"/>
        <source>Revocation list</source>
        <translation>ລາຍການໃບຢັ້ງຢືນທີ່ຖືກຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="110"/>
        <source>CA certificate from the server</source>
        <translation>ໃບຢັ້ງຢືນ CA ຈາກເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="120"/>
        <source>Revocation list from the server</source>
        <translation>ລາຍການຍົກເລີກຈາກເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="122"/>
        <source>number {number}, {count} revoked, next update {date}</source>
        <translation>ສະບັບທີ {number}, ຍົກເລີກແລ້ວ {count}, ປັບປຸງຄັ້ງຕໍ່ໄປ {date}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="132"/>
        <source>Time-stamping certificate of the server</source>
        <translation>ໃບຢັ້ງຢືນການປະທັບເວລາຂອງເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="134"/>
        <source>in use, ends {date}</source>
        <translation>ກຳລັງໃຊ້, ໝົດອາຍຸວັນທີ {date}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="136"/>
        <source>replaced; its time-stamps stay valid (ends {date})</source>
        <translation>ຖືກປ່ຽນແທນແລ້ວ; ການປະທັບເວລາທີ່ເຮັດດ້ວຍໃບນີ້ຍັງຖືກຕ້ອງ (ໝົດອາຍຸວັນທີ {date})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="143"/>
        <source>On {date} this PC refused what the server sent: {reason} Ask IT staff at the server.</source>
        <translation>ວັນທີ {date} ຄອມພິວເຕີນີ້ໄດ້ປະຕິເສດສິ່ງທີ່ເຊີບເວີສົ່ງມາ: {reason} ກະລຸນາຖາມພະນັກງານໄອທີທີ່ດູແລເຊີບເວີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="164"/>
        <source>CA certificate or revocation list</source>
        <translation>ໃບຢັ້ງຢືນ CA ຫຼື ລາຍການຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="166"/>
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl)</source>
        <translation>ໃບຢັ້ງຢືນ ແລະ ລາຍການຍົກເລີກ (*.pem *.crt *.cer *.der *.crl)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="175"/>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="190"/>
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="176"/>
        <source>The file {name} holds no CA certificate or revocation list.</source>
        <translation>ໄຟລ໌ {name} ບໍ່ມີໃບຢັ້ງຢືນ CA ຫຼື ລາຍການຍົກເລີກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="181"/>
        <source>Trust this certificate authority for the whole office?

{name}
SHA-256 fingerprint:
{detail}</source>
        <translation>ໄວ້ວາງໃຈອົງການອອກໃບຢັ້ງຢືນນີ້ສຳລັບທັງຫ້ອງການບໍ?

{name}
ລາຍນິ້ວມື SHA-256:
{detail}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="183"/>
        <source>Trust this authority?</source>
        <translation>ໄວ້ວາງໃຈອົງການນີ້ບໍ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="196"/>
        <source>Imported</source>
        <translation>ນຳເຂົ້າແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="196"/>
        <source>{count} new item(s) added to the trust store.</source>
        <translation>ເພີ່ມ {count} ລາຍການໃໝ່ເຂົ້າໃນບ່ອນເກັບຄວາມໄວ້ວາງໃຈແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>TypedInput</name>
    <message>
        <location filename="../eoffice_desktop/ui/typed_input.py" line="30"/>
        <source>Close without keeping what you wrote?</source>
        <translation>ປິດໂດຍບໍ່ເກັບສິ່ງທີ່ທ່ານຂຽນໄວ້ບໍ່?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/typed_input.py" line="31"/>
        <source>What you wrote in this window will be lost. Close it anyway, or go back to finish it?</source>
        <translation>ສິ່ງທີ່ທ່ານຂຽນໃນໜ້າຕ່າງນີ້ຈະເສຍໄປ. ຈະປິດເລີຍ ຫຼື ກັບໄປຂຽນໃຫ້ແລ້ວກ່ອນ?</translation>
    </message>
</context>
<context>
    <name>UpdateWindow</name>
    <message>
        <location filename="../eoffice_desktop/ui/update_window.py" line="45"/>
        <source>Updating eOffice</source>
        <translation>ກຳລັງອັບເດດ eOffice</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/update_window.py" line="46"/>
        <location filename="../eoffice_desktop/ui/update_window.py" line="75"/>
        <source>Checking the office&apos;s data…</source>
        <translation>ກຳລັງກວດສອບຂໍ້ມູນຂອງຫ້ອງການ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/update_window.py" line="50"/>
        <source>Do not switch off the computer.</source>
        <translation>ກະລຸນາຢ່າປິດຄອມພິວເຕີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/update_window.py" line="52"/>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/update_window.py" line="89"/>
        <source>Updating the office&apos;s data (step {step} of {steps})…</source>
        <translation>ກຳລັງອັບເດດຂໍ້ມູນຂອງຫ້ອງການ (ຂັ້ນຕອນທີ {step} ຈາກ {steps})…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/update_window.py" line="96"/>
        <source>Keeping a copy of the data before the update ({done} of {total} GB)…</source>
        <translation>ກຳລັງເກັບສຳເນົາຂໍ້ມູນໄວ້ກ່ອນການອັບເດດ ({done} ຈາກ {total} GB)…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/update_window.py" line="99"/>
        <source>Keeping a copy of the data before the update ({done} of {total} MB)…</source>
        <translation>ກຳລັງເກັບສຳເນົາຂໍ້ມູນໄວ້ກ່ອນການອັບເດດ ({done} ຈາກ {total} MB)…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/update_window.py" line="107"/>
        <source>Stop the update?</source>
        <translation>ຢຸດການອັບເດດບໍ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/update_window.py" line="108"/>
        <source>Stop the update? eOffice will close and nothing will be changed.</source>
        <translation>ຢຸດການອັບເດດບໍ? eOffice ຈະປິດລົງ ແລະ ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/update_window.py" line="109"/>
        <source>Stop the update</source>
        <translation>ຢຸດການອັບເດດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/update_window.py" line="110"/>
        <source>Go on with the update</source>
        <translation>ອັບເດດຕໍ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/update_window.py" line="121"/>
        <source>Stopping the update…</source>
        <translation>ກຳລັງຢຸດການອັບເດດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/update_window.py" line="80"/>
        <source>Saving the changes…</source>
        <translation>ກຳລັງບັນທຶກການປ່ຽນແປງ…</translation>
    </message>
</context>
<context>
    <name>UsbBundles</name>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="312"/>
        <source>This bundle would carry {count} attachment files, more than one bundle can hold ({limit}), so nothing was written; sync over the network instead.</source>
        <translation>ຊຸດຂໍ້ມູນນີ້ຈະມີໄຟລ໌ແນບ {count} ໄຟລ໌ ເກີນກວ່າທີ່ຊຸດຂໍ້ມູນໜຶ່ງຮັບໄດ້ ({limit}) ສະນັ້ນບໍ່ໄດ້ຂຽນຫຍັງເລີຍ; ກະລຸນາຊິ້ງຜ່ານເຄືອຂ່າຍແທນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="87"/>
        <source>Save changes for USB</source>
        <translation>ບັນທຶກການປ່ຽນແປງໃສ່ USB</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="87"/>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="94"/>
        <source>eOffice bundle (*.eob)</source>
        <translation>ໄຟລ໌ຊຸດຂໍ້ມູນ eOffice (*.eob)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="94"/>
        <source>Load changes from USB</source>
        <translation>ນຳເຂົ້າການປ່ຽນແປງຈາກ USB</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="109"/>
        <source>Saving changes for USB…</source>
        <translation>ກຳລັງບັນທຶກການປ່ຽນແປງໃສ່ USB…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="126"/>
        <source>Loading changes from USB…</source>
        <translation>ກຳລັງນຳເຂົ້າການປ່ຽນແປງຈາກ USB…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="257"/>
        <source>Checking their signatures was stopped; the changes are kept. A signature not checked yet is checked when its letter is opened, or at the next sync.</source>
        <translation>ການກວດສອບລາຍເຊັນຖືກຢຸດໄວ້; ການປ່ຽນແປງຍັງຄົງຢູ່ຄົບ. ລາຍເຊັນທີ່ຍັງບໍ່ທັນກວດສອບ ຈະຖືກກວດສອບເມື່ອເປີດໜັງສືສະບັບນັ້ນ ຫຼື ເມື່ອຊິງຄ໌ຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="133"/>
        <source>Another office&apos;s file</source>
        <translation>ໄຟລ໌ຂອງຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="135"/>
        <source>This file holds the changes of {office}; this PC cannot read them in. A PC connected to the server (at the provincial office) can send it on for them.</source>
        <translation>ໄຟລ໌ນີ້ມີການປ່ຽນແປງຂອງ {office}; ຄອມພິວເຕີເຄື່ອງນີ້ນຳເຂົ້າບໍ່ໄດ້. ຄອມພິວເຕີທີ່ເຊື່ອມຕໍ່ກັບເຊີບເວີ (ຢູ່ຫ້ອງການແຂວງ) ສາມາດສົ່ງຕໍ່ໃຫ້ເຂົາເຈົ້າໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="145"/>
        <source>Send it on for them?</source>
        <translation>ສົ່ງຕໍ່ໃຫ້ເຂົາເຈົ້າບໍ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="147"/>
        <source>This file holds {count} changes of {office}. Send it to the server for them now? Their return file will be saved next to it as {name}; then give the drive back to them.</source>
        <translation>ໄຟລ໌ນີ້ມີ {count} ການປ່ຽນແປງຂອງ {office}. ສົ່ງໄປເຊີບເວີໃຫ້ເຂົາເຈົ້າດຽວນີ້ບໍ? ໄຟລ໌ຕອບກັບຂອງເຂົາເຈົ້າຈະຖືກບັນທຶກໄວ້ຂ້າງໆ ຊື່ {name}; ຈາກນັ້ນສົ່ງໄດຣຟ໌ຄືນໃຫ້ເຂົາເຈົ້າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="162"/>
        <source>Sending {office}&apos;s changes to the server…</source>
        <translation>ກຳລັງສົ່ງການປ່ຽນແປງຂອງ {office} ໄປເຊີບເວີ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="166"/>
        <source>Stop</source>
        <translation>ຢຸດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="167"/>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="180"/>
        <source>Stopping…</source>
        <translation>ກຳລັງຢຸດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="185"/>
        <source>Checking the signatures that arrived…</source>
        <translation>ກຳລັງກວດສອບລາຍເຊັນທີ່ມາຮອດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="196"/>
        <source>{what}
{done} of {total}</source>
        <translation>{what}
{done} ຈາກ {total}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="212"/>
        <source>Saved for USB</source>
        <translation>ບັນທຶກໃສ່ USB ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="214"/>
        <source>{count} changes and {files} attachments ({size}) were written to {path}. Take this file to IT staff (at the provincial office): they read it in at the server and give you a return file to load here with “Load changes from USB”. The changes stay here until the server confirms them.</source>
        <translation>ບັນທຶກ {count} ການປ່ຽນແປງ ແລະ {files} ໄຟລ໌ຄັດຕິດ ({size}) ໄວ້ທີ່ {path} ແລ້ວ. ນຳໄຟລ໌ນີ້ໄປໃຫ້ພະນັກງານໄອທີ (ຢູ່ຫ້ອງການແຂວງ): ເຂົາເຈົ້າຈະນຳເຂົ້າເຊີບເວີ ແລະ ສົ່ງໄຟລ໌ກັບຄືນມາໃຫ້ທ່ານ ເພື່ອນຳເຂົ້າຢູ່ນີ້ດ້ວຍ “ນຳເຂົ້າການປ່ຽນແປງຈາກ USB”. ການປ່ຽນແປງຍັງຢູ່ບ່ອນນີ້ ຈົນກວ່າເຊີບເວີຢືນຢັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="225"/>
        <source>Sent on</source>
        <translation>ສົ່ງຕໍ່ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="227"/>
        <source>The server took {accepted} changes of {office} ({old} it had already, {refused} refused). Their return file is {path}. Give the drive back: they load it with “Load changes from USB”.</source>
        <translation>ເຊີບເວີຮັບ {accepted} ການປ່ຽນແປງຂອງ {office} ແລ້ວ ({old} ມີຢູ່ແລ້ວ, {refused} ຖືກປະຕິເສດ). ໄຟລ໌ຕອບກັບຂອງເຂົາເຈົ້າແມ່ນ {path}. ສົ່ງໄດຣຟ໌ຄືນໃຫ້ເຂົາເຈົ້າ: ເຂົາເຈົ້ານຳເຂົ້າດ້ວຍ “ນຳເຂົ້າການປ່ຽນແປງຈາກ USB”.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="246"/>
        <source>{count} new changes were read; {old} were already here.</source>
        <translation>ນຳເຂົ້າ {count} ການປ່ຽນແປງໃໝ່; {old} ມີຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="252"/>
        <source>{count} changes were refused: this PC already holds other changes under the same numbers (was a PC put back from an old copy?). They were not stored; show this to IT staff.</source>
        <translation>ການປ່ຽນແປງ {count} ລາຍການຖືກປະຕິເສດ: ຄອມພິວເຕີນີ້ມີການປ່ຽນແປງອື່ນທີ່ໃຊ້ເລກດຽວກັນຢູ່ແລ້ວ (ມີຄອມພິວເຕີເຄື່ອງໃດຖືກກູ້ຄືນຈາກສຳເນົາເກົ່າບໍ?). ການປ່ຽນແປງເຫຼົ່ານັ້ນບໍ່ໄດ້ຖືກເກັບໄວ້; ກະລຸນາສະແດງຂໍ້ຄວາມນີ້ໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="260"/>
        <source>Loaded from USB</source>
        <translation>ນຳເຂົ້າຈາກ USB ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="266"/>
        <source>Stopped</source>
        <translation>ຢຸດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="266"/>
        <source>Stopped. No bundle was written and nothing was read in.</source>
        <translation>ຢຸດແລ້ວ. ບໍ່ໄດ້ບັນທຶກໄຟລ໌ ແລະ ບໍ່ໄດ້ນຳຫຍັງເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="271"/>
        <source>This file was saved by another PC, and this PC cannot open it yet. Sync this PC and the PC that saved the file over the network once, then load the file again, or send it on to the server. Nothing was changed.</source>
        <translation>ໄຟລ໌ນີ້ບັນທຶກຈາກຄອມພິວເຕີເຄື່ອງອື່ນ, ແລະ ຄອມພິວເຕີເຄື່ອງນີ້ຍັງເປີດມັນບໍ່ໄດ້. ກະລຸນາຊິ້ງເຄື່ອງນີ້ ແລະ ເຄື່ອງທີ່ບັນທຶກໄຟລ໌ນີ້ຜ່ານເຄືອຂ່າຍໜຶ່ງຄັ້ງ, ແລ້ວເປີດໄຟລ໌ນີ້ອີກຄັ້ງ, ຫຼື ສົ່ງມັນຕໍ່ໄປຫາເຊີບເວີ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="277"/>
        <source>This return file was not made by the server for this PC: it belongs to another PC, or it was changed on the way. Nothing was changed. Load it on the PC that saved the bundle.</source>
        <translation>ໄຟລ໌ສົ່ງກັບນີ້ບໍ່ແມ່ນເຊີບເວີເຮັດໃຫ້ຄອມພິວເຕີເຄື່ອງນີ້: ມັນເປັນຂອງຄອມພິວເຕີເຄື່ອງອື່ນ ຫຼື ຖືກປ່ຽນແປງລະຫວ່າງທາງ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ. ກະລຸນາເປີດມັນຢູ່ຄອມພິວເຕີທີ່ບັນທຶກຊຸດຂໍ້ມູນນັ້ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="282"/>
        <source>The server did not take this file: it was changed after it was saved, or it was not saved by that office&apos;s PC. Nothing was sent on.</source>
        <translation>ເຊີບເວີບໍ່ຮັບໄຟລ໌ນີ້: ມັນຖືກປ່ຽນແປງຫຼັງຈາກບັນທຶກແລ້ວ ຫຼື ບໍ່ໄດ້ບັນທຶກຈາກຄອມພິວເຕີຂອງຫ້ອງການນັ້ນ. ບໍ່ມີຫຍັງຖືກສົ່ງຕໍ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="287"/>
        <source>The server did not take this file: that office&apos;s PC saved a newer file, which the server already read in and which holds everything this one does. Nothing was sent on. Take that newer file&apos;s return file to the office, or have it save a new file.</source>
        <translation>ເຊີບເວີບໍ່ຮັບໄຟລ໌ນີ້: ຄອມພິວເຕີຂອງຫ້ອງການນັ້ນ ໄດ້ບັນທຶກໄຟລ໌ທີ່ໃໝ່ກວ່າ ເຊິ່ງເຊີບເວີຮັບແລ້ວ ແລະ ມີທຸກຢ່າງທີ່ໄຟລ໌ນີ້ມີ. ບໍ່ມີຫຍັງຖືກສົ່ງຕໍ່. ນຳໄຟລ໌ຕອບກັບຂອງໄຟລ໌ໃໝ່ນັ້ນ ໄປໃຫ້ຫ້ອງການ ຫຼື ໃຫ້ຫ້ອງການບັນທຶກໄຟລ໌ໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="293"/>
        <source>The server did not take this file: only the office itself or an office above it may send it on.</source>
        <translation>ເຊີບເວີບໍ່ຮັບໄຟລ໌ນີ້: ມີແຕ່ຫ້ອງການນັ້ນເອງ ຫຼື ຫ້ອງການຂັ້ນເທິງເທົ່ານັ້ນທີ່ສົ່ງຕໍ່ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="297"/>
        <source>The server&apos;s disk is full or failing, so this file was not read in (or its return file not written); send it on again once IT staff at the server have freed space or repaired the disk (nothing is stored twice).</source>
        <translation>ດິສກ໌ຂອງເຊີບເວີເຕັມ ຫຼື ມີບັນຫາ ສະນັ້ນໄຟລ໌ນີ້ບໍ່ໄດ້ຖືກອ່ານເຂົ້າ (ຫຼື ໄຟລ໌ສົ່ງກັບບໍ່ໄດ້ຖືກຂຽນ); ກະລຸນາສົ່ງຕໍ່ອີກຄັ້ງ ເມື່ອພະນັກງານໄອທີຂອງເຊີບເວີ ໄດ້ເຮັດໃຫ້ມີບ່ອນຫວ່າງ ຫຼື ແປງດິສກ໌ແລ້ວ (ບໍ່ມີຫຍັງຖືກເກັບຊ້ຳ).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="305"/>
        <source>This file holds more than an eOffice bundle can (too many parts, or a part too large), so it was not read. Nothing was changed.</source>
        <translation>ໄຟລ໌ນີ້ມີຂໍ້ມູນຫຼາຍກວ່າທີ່ຊຸດຂໍ້ມູນ eOffice ຈະມີໄດ້ (ມີພາກສ່ວນຫຼາຍເກີນໄປ ຫຼື ພາກສ່ວນໜຶ່ງໃຫຍ່ເກີນໄປ), ສະນັ້ນຈຶ່ງບໍ່ໄດ້ອ່ານມັນ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="309"/>
        <source>This file is not a complete eOffice bundle (damaged or cut short). Nothing was changed.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນຊຸດຂໍ້ມູນ eOffice ທີ່ຄົບຖ້ວນ (ເສຍຫາຍ ຫຼື ບໍ່ຄົບ). ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="316"/>
        <source>This bundle is for another office. Nothing was changed.</source>
        <translation>ຊຸດຂໍ້ມູນນີ້ເປັນຂອງຫ້ອງການອື່ນ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="318"/>
        <source>Nothing was changed.</source>
        <translation>ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="325"/>
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="322"/>
        <source>The bundle could not be written or read, and nothing was changed. Try again; if it happens again, ask IT staff.</source>
        <translation>ຂຽນ ຫຼື ອ່ານຊຸດຂໍ້ມູນບໍ່ໄດ້, ແລະ ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ. ກະລຸນາລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="56"/>
        <source>New user</source>
        <translation>ຜູ້ໃຊ້ໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="56"/>
        <source>Change user</source>
        <translation>ປ່ຽນຂໍ້ມູນຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="72"/>
        <source>(none)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="82"/>
        <source>User name</source>
        <translation>ຊື່ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="83"/>
        <source>Full name</source>
        <translation>ຊື່ ແລະ ນາມສະກຸນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="84"/>
        <source>Job title</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="85"/>
        <source>Roles</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="86"/>
        <source>Department</source>
        <translation>ພະແນກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="88"/>
        <source>First password</source>
        <translation>ລະຫັດຜ່ານທຳອິດ</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="110"/>
        <source>Users and departments</source>
        <translation>ຜູ້ໃຊ້ ແລະ ພະແນກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="112"/>
        <source>Users</source>
        <translation>ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="115"/>
        <source>User name</source>
        <translation>ຊື່ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="115"/>
        <source>Full name</source>
        <translation>ຊື່ ແລະ ນາມສະກຸນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="115"/>
        <source>Roles</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="115"/>
        <source>Department</source>
        <translation>ພະແນກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="115"/>
        <source>Active</source>
        <translation>ໃຊ້ງານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="123"/>
        <source>Add user…</source>
        <translation>ເພີ່ມຜູ້ໃຊ້…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="124"/>
        <source>Change roles, department, title…</source>
        <translation>ປ່ຽນບົດບາດ, ພະແນກ, ຕຳແໜ່ງ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="125"/>
        <source>Reset password…</source>
        <translation>ຕັ້ງລະຫັດຜ່ານໃໝ່…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="126"/>
        <source>Disable / enable</source>
        <translation>ປິດ / ເປີດການໃຊ້ງານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="127"/>
        <source>Add department…</source>
        <translation>ເພີ່ມພະແນກ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="157"/>
        <source>yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="157"/>
        <source>no</source>
        <translation>ບໍ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="190"/>
        <source>Choose a user in the list first.</source>
        <translation>ກະລຸນາເລືອກຜູ້ໃຊ້ໃນລາຍຊື່ກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="209"/>
        <source>Reset password</source>
        <translation>ຕັ້ງລະຫັດຜ່ານໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="209"/>
        <source>New password:</source>
        <translation>ລະຫັດຜ່ານໃໝ່:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="222"/>
        <source>Add department</source>
        <translation>ເພີ່ມພະແນກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="222"/>
        <source>Department name (Lao):</source>
        <translation>ຊື່ພະແນກ (ພາສາລາວ):</translation>
    </message>
</context>
<context>
    <name>VerifyPackageDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="47"/>
        <source>Verify a signed package</source>
        <translation>ກວດສອບຊຸດເອກະສານທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="49"/>
        <source>Checking {name}…</source>
        <translation>ກຳລັງກວດສອບ {name}…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="52"/>
        <source>What the check found</source>
        <translation>ຜົນການກວດສອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="66"/>
        <source>This file is not a signed package of eOffice, or it is damaged.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນຊຸດເອກະສານທີ່ລົງລາຍເຊັນຂອງ eOffice, ຫຼື ມັນເສຍຫາຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="81"/>
        <source>All signatures in this package are valid.</source>
        <translation>ລາຍເຊັນທັງໝົດໃນຊຸດເອກະສານນີ້ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="83"/>
        <source>Some signatures in this package are NOT valid: see below.</source>
        <translation>ລາຍເຊັນບາງອັນໃນຊຸດເອກະສານນີ້ ບໍ່ຖືກຕ້ອງ: ເບິ່ງຂ້າງລຸ່ມ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="89"/>
        <source>Verification code</source>
        <translation>ລະຫັດກວດສອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="112"/>
        <source>No certificate authority is trusted in this office yet, so no signer can be trusted. The package names these authorities; ask IT staff to compare the fingerprint before trusting one:</source>
        <translation>ຫ້ອງການນີ້ຍັງບໍ່ໄດ້ໄວ້ວາງໃຈອົງການອອກໃບຢັ້ງຢືນໃດເທື່ອ, ສະນັ້ນຈຶ່ງໄວ້ວາງໃຈຜູ້ລົງລາຍເຊັນບໍ່ໄດ້. ຊຸດເອກະສານນີ້ລະບຸອົງການເຫຼົ່ານີ້; ໃຫ້ພະນັກງານໄອທີທຽບລາຍນິ້ວມືກ່ອນຈະໄວ້ວາງໃຈ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="70"/>
        <source>The package could not be checked against this PC&apos;s records. Close this window and try again; if it happens again, ask IT staff.</source>
        <translation>ກວດສອບຊຸດເອກະສານນີ້ກັບຂໍ້ມູນຂອງຄອມພິວເຕີເຄື່ອງນີ້ບໍ່ໄດ້. ກະລຸນາປິດປ່ອງຢ້ຽມນີ້ ແລ້ວລອງໃໝ່; ຖ້າຍັງເປັນຄືເກົ່າ, ກະລຸນາແຈ້ງພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="139"/>
        <source>Void letter {number}</source>
        <translation>ເຮັດໃຫ້ໜັງສື {number} ເປັນໂມຄະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="142"/>
        <source>A void letter stays in the register, struck through, with the reason. Its number is not given again. Use this only for a letter registered by mistake.</source>
        <translation>ໜັງສືທີ່ເປັນໂມຄະ ຍັງຢູ່ໃນປຶ້ມທະບຽນ ໂດຍມີເສັ້ນຂີດທັບ ແລະ ເຫດຜົນ. ເລກທີຂອງມັນຈະບໍ່ຖືກໃຊ້ອີກ. ໃຫ້ໃຊ້ສະເພາະໜັງສືທີ່ລົງທະບຽນຜິດເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="148"/>
        <source>e.g. registered twice</source>
        <translation>ຕົວຢ່າງ: ລົງທະບຽນຊ້ຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="151"/>
        <source>Void the letter</source>
        <translation>ເຮັດໃຫ້ໜັງສືເປັນໂມຄະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="156"/>
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="164"/>
        <source>Say why the letter is void.</source>
        <translation>ກະລຸນາບອກເຫດຜົນທີ່ໜັງສືເປັນໂມຄະ.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="36"/>
        <source>Main</source>
        <translation>ຫຼັກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="41"/>
        <source>New incoming letter</source>
        <translation>ໜັງສືຂາເຂົ້າໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="44"/>
        <source>New outgoing letter</source>
        <translation>ໜັງສືຂາອອກໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="46"/>
        <source>Export CSV…</source>
        <translation>ສົ່ງອອກ CSV…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="47"/>
        <source>Refresh</source>
        <translation>ໂຫຼດໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="57"/>
        <source>&amp;File</source>
        <translation>&amp;ແຟ້ມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="61"/>
        <source>Import a register…</source>
        <translation>ນຳເຂົ້າປຶ້ມທະບຽນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="65"/>
        <source>Save changes for USB…</source>
        <translation>ບັນທຶກການປ່ຽນແປງໃສ່ USB…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="66"/>
        <source>Load changes from USB…</source>
        <translation>ນຳເຂົ້າການປ່ຽນແປງຈາກ USB…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="67"/>
        <source>Verify a signed package…</source>
        <translation>ກວດສອບຊຸດເອກະສານທີ່ລົງລາຍເຊັນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="68"/>
        <source>Print the register book…</source>
        <translation>ພິມປຶ້ມທະບຽນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="70"/>
        <source>Quit</source>
        <translation>ອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="72"/>
        <source>&amp;Letter</source>
        <translation>&amp;ໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="73"/>
        <source>&amp;Office</source>
        <translation>&amp;ຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="74"/>
        <source>Overview for the head of office</source>
        <translation>ພາບລວມສຳລັບຫົວໜ້າຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="75"/>
        <source>Delegate my inbox…</source>
        <translation>ມອບໜັງສືຂອງຂ້ອຍໃຫ້ຜູ້ອື່ນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="76"/>
        <source>Address book…</source>
        <translation>ປຶ້ມທີ່ຢູ່…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="78"/>
        <source>Users and departments…</source>
        <translation>ຜູ້ໃຊ້ ແລະ ພະແນກ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="81"/>
        <source>My signing key…</source>
        <translation>ກະແຈລົງລາຍເຊັນຂອງຂ້ອຍ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="82"/>
        <source>Trusted certificate authorities…</source>
        <translation>ອົງການອອກໃບຢັ້ງຢືນທີ່ໄວ້ວາງໃຈ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="85"/>
        <source>Back up to a USB drive…</source>
        <translation>ສຳຮອງໃສ່ USB…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="89"/>
        <source>Sync now</source>
        <translation>ຊິງຂໍ້ມູນດຽວນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="90"/>
        <source>Enrol this PC with a server…</source>
        <translation>ລົງທະບຽນຄອມພິວເຕີນີ້ກັບເຊີບເວີ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="92"/>
        <source>Switch user…</source>
        <translation>ປ່ຽນຜູ້ໃຊ້…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="93"/>
        <source>Lock</source>
        <translation>ລັອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="94"/>
        <source>&amp;Settings</source>
        <translation>&amp;ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="95"/>
        <source>Settings…</source>
        <translation>ການຕັ້ງຄ່າ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="96"/>
        <source>&amp;Help</source>
        <translation>&amp;ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="98"/>
        <source>User guide</source>
        <translation>ຄູ່ມືການນຳໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="100"/>
        <source>Save diagnostics for support…</source>
        <translation>ບັນທຶກຂໍ້ມູນວິເຄາະສຳລັບຝ່າຍໄອທີ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="101"/>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="223"/>
        <source>About eOffice</source>
        <translation>ກ່ຽວກັບ eOffice</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="120"/>
        <source>Verify a signed package</source>
        <translation>ກວດສອບຊຸດເອກະສານທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="120"/>
        <source>Signed package (*.zip)</source>
        <translation>ຊຸດເອກະສານທີ່ລົງລາຍເຊັນ (*.zip)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="200"/>
        <source>Save diagnostics</source>
        <translation>ບັນທຶກຂໍ້ມູນວິເຄາະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="209"/>
        <source>Diagnostics saved</source>
        <translation>ບັນທຶກຂໍ້ມູນວິເຄາະແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="210"/>
        <source>Send this file to IT support. It holds no letters, passwords or keys.</source>
        <translation>ກະລຸນາສົ່ງໄຟລ໌ນີ້ໃຫ້ຝ່າຍໄອທີ. ມັນບໍ່ມີໜັງສື, ລະຫັດຜ່ານ ຫຼື ກະແຈໃດໆ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="212"/>
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/window_menus.py" line="225"/>
        <source>eOffice Desktop {version}
The registry of official letters, offline first.
Data folder: {folder}</source>
        <translation>eOffice Desktop {version}
ປຶ້ມທະບຽນໜັງສືລັດຖະການ, ໃຊ້ໄດ້ໂດຍບໍ່ຕ້ອງມີອິນເຕີເນັດ.
ບ່ອນເກັບຂໍ້ມູນ: {folder}</translation>
    </message>
</context>
</TS>
