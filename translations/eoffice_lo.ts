<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="lo_LA">
<context>
    <name>App</name>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="68" />
        <source>Making the demo office…</source>
        <translation>ກຳລັງສ້າງຫ້ອງການຕົວຢ່າງ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="98" />
        <source>eOffice is already open</source>
        <translation>eOffice ເປີດຢູ່ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="99" />
        <source>eOffice is already open on this PC with the same data. Use the window that is open, or close it first.</source>
        <translation>eOffice ເປີດຢູ່ແລ້ວໃນຄອມພິວເຕີນີ້ ດ້ວຍຂໍ້ມູນດຽວກັນ. ກະລຸນາໃຊ້ໜ້າຕ່າງທີ່ເປີດຢູ່ ຫຼື ປິດມັນກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="108" />
        <source>The data cannot be opened</source>
        <translation>ບໍ່ສາມາດເປີດຂໍ້ມູນໄດ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="109" />
        <source>eOffice cannot open its database and has changed nothing.

{detail}</source>
        <translation>eOffice ບໍ່ສາມາດເປີດຖານຂໍ້ມູນໄດ້ ແລະ ບໍ່ໄດ້ປ່ຽນແປງຫຍັງ.

{detail}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="122" />
        <source>The demo office could not be made.</source>
        <translation>ບໍ່ສາມາດສ້າງຫ້ອງການຕົວຢ່າງໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/app.py" line="176" />
        <source>Demo office: sign in as clerk, head or admin with the password eoffice-demo.</source>
        <translation>ຫ້ອງການຕົວຢ່າງ: ເຂົ້າລະບົບດ້ວຍ clerk, head ຫຼື admin ແລະ ລະຫັດຜ່ານ eoffice-demo.</translation>
    </message>
</context>
<context>
    <name>Arrived</name>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="137" />
        <source>another office</source>
        <translation>ຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="140" />
        <source>Delivered to {office} ({when})</source>
        <translation>ສົ່ງເຖິງ {office} ແລ້ວ ({when})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="143" />
        <source>Registered by {office} as {number} ({when})</source>
        <translation>{office} ລົງທະບຽນແລ້ວ ເລກທີ {number} ({when})</translation>
    </message>
</context>
<context>
    <name>ArrivedPage</name>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="39" />
        <source>Letters other offices sent to this office. Check each one and register it as an incoming letter.</source>
        <translation>ໜັງສືທີ່ຫ້ອງການອື່ນສົ່ງມາຫາຫ້ອງການນີ້. ກວດເບິ່ງແຕ່ລະສະບັບ ແລ້ວລົງທະບຽນເປັນໜັງສືຂາເຂົ້າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="45" />
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="46" />
        <source>Their number</source>
        <translation>ເລກທີຂອງເຂົາເຈົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="47" />
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="48" />
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="49" />
        <source>Urgency</source>
        <translation>ຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="59" />
        <source>Nothing has arrived from other offices.</source>
        <translation>ຍັງບໍ່ມີໜັງສືມາຈາກຫ້ອງການອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="87" />
        <source>Another office</source>
        <translation>ຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="95" />
        <source>Register</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="119" />
        <source>Registered as incoming letter {number}. The sending office will see it.</source>
        <translation>ລົງທະບຽນເປັນໜັງສືຂາເຂົ້າ ເລກທີ {number} ແລ້ວ. ຫ້ອງການຜູ້ສົ່ງຈະເຫັນວ່າໄດ້ຮັບແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/arrived_page.py" line="129" />
        <source>Not registered: {error}</source>
        <translation>ຍັງບໍ່ໄດ້ລົງທະບຽນ: {error}</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="189" />
        <source>Complete letter {number}</source>
        <translation>ສຳເລັດໜັງສື {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="194" />
        <source>(choose the outgoing letter)</source>
        <translation>(ເລືອກໜັງສືຂາອອກ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="207" />
        <source>Outcome</source>
        <translation>ຜົນການດຳເນີນການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="208" />
        <source>Answered by</source>
        <translation>ຕອບໂດຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="209" />
        <source>Note</source>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="214" />
        <source>Complete</source>
        <translation>ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="224" />
        <source>Choose the outgoing letter that answers it.</source>
        <translation>ກະລຸນາເລືອກໜັງສືຂາອອກທີ່ຕອບໜັງສືນີ້.</translation>
    </message>
</context>
<context>
    <name>CorrectFieldDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="53" />
        <source>Correct letter {number}</source>
        <translation>ແກ້ໄຂໜັງສື {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="65" />
        <source>e.g. typing mistake</source>
        <translation>ຕົວຢ່າງ: ພິມຜິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="68" />
        <source>Field</source>
        <translation>ຊ່ອງຂໍ້ມູນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="69" />
        <source>Now</source>
        <translation>ປັດຈຸບັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="70" />
        <source>New value</source>
        <translation>ຄ່າໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="71" />
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="130" />
        <source>Say why the field is corrected.</source>
        <translation>ກະລຸນາບອກເຫດຜົນທີ່ແກ້ໄຂ.</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="67" />
        <source>Overview for the head of office</source>
        <translation>ພາບລວມສຳລັບຫົວໜ້າຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="76" />
        <source>Open letters by status</source>
        <translation>ໜັງສືທີ່ຍັງຄ້າງ ຕາມສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="77" />
        <source>Open letters by department</source>
        <translation>ໜັງສືທີ່ຍັງຄ້າງ ຕາມພະແນກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="78" />
        <source>Late letters by person</source>
        <translation>ໜັງສືທີ່ເກີນກຳນົດ ຕາມບຸກຄົນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="80" />
        <source>Letters received per month</source>
        <translation>ໜັງສືທີ່ໄດ້ຮັບ ຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="84" />
        <source>Letters sent per month</source>
        <translation>ໜັງສືທີ່ສົ່ງອອກ ຕໍ່ເດືອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="96" />
        <source>Average days from registration to completion: {days}</source>
        <translation>ຈຳນວນມື້ສະເລ່ຍ ແຕ່ລົງທະບຽນຈົນສຳເລັດ: {days}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/dashboard.py" line="108" />
        <source>Letters behind the bar you click (double-click to open):</source>
        <translation>ໜັງສືຂອງແທ່ງທີ່ທ່ານກົດ (ກົດສອງເທື່ອເພື່ອເປີດ):</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../eoffice_desktop/ui/widgets.py" line="30" />
        <source>dd/mm/yyyy</source>
        <translation>ວວ/ດດ/ປປປປ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/widgets.py" line="35" />
        <source>Pick from a calendar</source>
        <translation>ເລືອກຈາກປະຕິທິນ</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="193" />
        <source>Delegate my inbox</source>
        <translation>ມອບໜັງສືຂອງຂ້ອຍໃຫ້ຜູ້ອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="205" />
        <source>Colleague</source>
        <translation>ເພື່ອນຮ່ວມງານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="206" />
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="207" />
        <source>Until</source>
        <translation>ຮອດວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="226" />
        <source>Write the dates as day/month/year.</source>
        <translation>ຂຽນວັນທີເປັນ ວັນ/ເດືອນ/ປີ.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="38" />
        <source>Connect this PC to the server</source>
        <translation>ເຊື່ອມຕໍ່ຄອມພິວເຕີນີ້ກັບເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="43" />
        <source>IT staff: type the address of the eOffice server and the one-time enrolment code made for this office. Letters already on this PC are kept and sent to the server.</source>
        <translation>ພະນັກງານໄອທີ: ພິມທີ່ຢູ່ຂອງເຊີບເວີ eOffice ແລະ ລະຫັດລົງທະບຽນໃຊ້ຄັ້ງດຽວທີ່ສ້າງໄວ້ສຳລັບຫ້ອງການນີ້. ໜັງສືທີ່ມີຢູ່ໃນຄອມພິວເຕີນີ້ແລ້ວ ຈະຖືກເກັບໄວ້ ແລະ ສົ່ງໄປເຊີບເວີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="54" />
        <source>Server address</source>
        <translation>ທີ່ຢູ່ເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="55" />
        <source>Enrolment code</source>
        <translation>ລະຫັດລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="56" />
        <source>Name of this PC</source>
        <translation>ຊື່ຄອມພິວເຕີນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="65" />
        <source>Enrol</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="91" />
        <source>Type the server address, for example https://eoffice.example.gov.la</source>
        <translation>ກະລຸນາພິມທີ່ຢູ່ເຊີບເວີ, ຕົວຢ່າງ https://eoffice.example.gov.la</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="95" />
        <source>Type the enrolment code that IT staff received for this office.</source>
        <translation>ກະລຸນາພິມລະຫັດລົງທະບຽນທີ່ພະນັກງານໄອທີໄດ້ຮັບສຳລັບຫ້ອງການນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="113" />
        <source>This PC is now connected to the server for the office {name}.</source>
        <translation>ຄອມພິວເຕີນີ້ເຊື່ອມຕໍ່ກັບເຊີບເວີແລ້ວ ສຳລັບຫ້ອງການ {name}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="130" />
        <source>This PC is already enrolled (or was revoked). Ask IT for help with a new data folder.</source>
        <translation>ຄອມພິວເຕີນີ້ລົງທະບຽນແລ້ວ (ຫຼື ຖືກຍົກເລີກແລ້ວ). ກະລຸນາໃຫ້ພະນັກງານໄອທີຊ່ວຍ ດ້ວຍໂຟນເດີຂໍ້ມູນໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="132" />
        <source>This PC already holds another office's letters; it cannot join this office.</source>
        <translation>ຄອມພິວເຕີນີ້ມີໜັງສືຂອງຫ້ອງການອື່ນຢູ່ແລ້ວ; ບໍ່ສາມາດເຂົ້າຮ່ວມຫ້ອງການນີ້ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/enrol_dialog.py" line="133" />
        <source>The enrolment code is wrong, already used or expired. Ask IT for a new code.</source>
        <translation>ລະຫັດລົງທະບຽນບໍ່ຖືກຕ້ອງ, ໃຊ້ແລ້ວ ຫຼື ໝົດອາຍຸ. ກະລຸນາຂໍລະຫັດໃໝ່ຈາກພະນັກງານໄອທີ.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="31" />
        <source>Export the register</source>
        <translation>ສົ່ງອອກປຶ້ມທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="33" />
        <source>Incoming letters</source>
        <translation>ໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="34" />
        <source>Outgoing letters</source>
        <translation>ໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="41" />
        <source>The file opens in Excel or LibreOffice with Lao text shown correctly.</source>
        <translation>ໄຟລ໌ນີ້ເປີດໄດ້ໃນ Excel ຫຼື LibreOffice ແລະ ສະແດງຕົວໜັງສືລາວຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="44" />
        <source>Register</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="45" />
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="46" />
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="48" />
        <source>Export…</source>
        <translation>ສົ່ງອອກ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="61" />
        <source>Write the dates as day/month/year.</source>
        <translation>ຂຽນວັນທີເປັນ ວັນ/ເດືອນ/ປີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="65" />
        <source>Save the register as</source>
        <translation>ບັນທຶກປຶ້ມທະບຽນເປັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="78" />
        <source>Exported</source>
        <translation>ສົ່ງອອກແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="78" />
        <source>{count} letters exported.</source>
        <translation>ສົ່ງອອກ {count} ສະບັບແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/export_dialog.py" line="83" />
        <source>The file could not be written: {error}</source>
        <translation>ບໍ່ສາມາດບັນທຶກໄຟລ໌ໄດ້: {error}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="31" />
        <source>Welcome to eOffice</source>
        <translation>ຍິນດີຕ້ອນຮັບສູ່ eOffice</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="34" />
        <source>This PC has no office yet. Enter your office and the first administrator. The abbreviation is written in every registry number, e.g. 0369/ABBR.</source>
        <translation>ຄອມພິວເຕີນີ້ຍັງບໍ່ມີຫ້ອງການ. ກະລຸນາປ້ອນຂໍ້ມູນຫ້ອງການ ແລະ ຜູ້ບໍລິຫານລະບົບຄົນທຳອິດ. ຕົວຫຍໍ້ຈະຂຽນຢູ່ໃນທຸກເລກທີ, ຕົວຢ່າງ 0369/ຕົວຫຍໍ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="43" />
        <source>e.g. ຫ້ອງການປົກຄອງເມືອງໄຊເສດຖາ</source>
        <translation>ຕົວຢ່າງ ຫ້ອງການປົກຄອງເມືອງໄຊເສດຖາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="47" />
        <source>e.g. ຊສຖ</source>
        <translation>ຕົວຢ່າງ ຊສຖ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="55" />
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="56" />
        <source>Office name (Lao)</source>
        <translation>ຊື່ຫ້ອງການ (ພາສາລາວ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="57" />
        <source>Office name (English)</source>
        <translation>ຊື່ຫ້ອງການ (ພາສາອັງກິດ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="58" />
        <source>Abbreviation</source>
        <translation>ຕົວຫຍໍ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="59" />
        <source>&lt;b&gt;First administrator&lt;/b&gt;</source>
        <translation>&lt;b&gt;ຜູ້ບໍລິຫານລະບົບຄົນທຳອິດ&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="60" />
        <source>User name</source>
        <translation>ຊື່ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="61" />
        <source>Full name</source>
        <translation>ຊື່ ແລະ ນາມສະກຸນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="62" />
        <source>Password (8 characters or more)</source>
        <translation>ລະຫັດຜ່ານ (8 ຕົວອັກສອນຂຶ້ນໄປ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="63" />
        <source>Password again</source>
        <translation>ລະຫັດຜ່ານອີກຄັ້ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="66" />
        <source>Create the office</source>
        <translation>ສ້າງຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="78" />
        <source>The two passwords differ.</source>
        <translation>ລະຫັດຜ່ານທັງສອງບໍ່ກົງກັນ.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="43" />
        <source>Import a register from a spreadsheet</source>
        <translation>ນຳເຂົ້າປຶ້ມທະບຽນຈາກຕາຕະລາງ (Excel)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="44" />
        <source>Choose the register file (Excel .xlsx or CSV).</source>
        <translation>ເລືອກໄຟລ໌ປຶ້ມທະບຽນ (Excel .xlsx ຫຼື CSV).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="45" />
        <source>Choose file…</source>
        <translation>ເລືອກໄຟລ໌…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="48" />
        <source>Incoming letters</source>
        <translation>ໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="49" />
        <source>Outgoing letters</source>
        <translation>ໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="70" />
        <source>Import</source>
        <translation>ນຳເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="75" />
        <source>Which column holds each field? (guessed from the column titles)</source>
        <translation>ຖັນໃດເປັນຂໍ້ມູນໃດ? (ຄາດເດົາຈາກຫົວຖັນ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="80" />
        <source>The first rows as they will be imported:</source>
        <translation>ແຖວທຳອິດ ຕາມທີ່ຈະຖືກນຳເຂົ້າ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="82" />
        <source>Problems:</source>
        <translation>ບັນຫາ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="90" />
        <source>In / out</source>
        <translation>ຂາເຂົ້າ / ຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="95" />
        <source>Choose the register file</source>
        <translation>ເລືອກໄຟລ໌ປຶ້ມທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="95" />
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>ຕາຕະລາງ (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="106" />
        <source>{name}: {rows} rows</source>
        <translation>{name}: {rows} ແຖວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="111" />
        <source>(not in the file)</source>
        <translation>(ບໍ່ມີໃນໄຟລ໌)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="132" />
        <source>Line</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="132" />
        <source>Problems</source>
        <translation>ບັນຫາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="158" />
        <source>Checking and importing…</source>
        <translation>ກຳລັງກວດ ແລະ ນຳເຂົ້າ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="179" />
        <source>Nothing was imported. Correct these rows in the file and try again:</source>
        <translation>ບໍ່ໄດ້ນຳເຂົ້າຫຍັງ. ກະລຸນາແກ້ໄຂແຖວເຫຼົ່ານີ້ໃນໄຟລ໌ ແລ້ວລອງໃໝ່:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="181" />
        <source>line {line}: {reason}</source>
        <translation>ແຖວ {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="186" />
        <source>{count} letters imported.</source>
        <translation>ນຳເຂົ້າ {count} ສະບັບແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="194" />
        <source>Cancelled: nothing was imported.</source>
        <translation>ຍົກເລີກແລ້ວ: ບໍ່ໄດ້ນຳເຂົ້າຫຍັງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/import_dialog.py" line="196" />
        <source>Nothing was imported: {error}</source>
        <translation>ບໍ່ໄດ້ນຳເຂົ້າຫຍັງ: {error}</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="45" />
        <source>No.</source>
        <translation>ເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="46" />
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="47" />
        <source>Action</source>
        <translation>ໜ້າທີ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="48" />
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="49" />
        <source>Sent</source>
        <translation>ສົ່ງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="50" />
        <source>Due</source>
        <translation>ກຳນົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="51" />
        <source>Now with</source>
        <translation>ປັດຈຸບັນຢູ່ນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/inbox_model.py" line="63" />
        <source>new</source>
        <translation>ໃໝ່</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="10" />
        <location filename="../eoffice_desktop/ui/labels.py" line="18" />
        <source>Normal</source>
        <translation>ທຳມະດາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="11" />
        <source>Urgent</source>
        <translation>ດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="12" />
        <source>Very urgent</source>
        <translation>ດ່ວນທີ່ສຸດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="19" />
        <source>Confidential</source>
        <translation>ລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="20" />
        <source>Secret</source>
        <translation>ລັບສຸດຍອດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="26" />
        <source>Letter</source>
        <translation>ໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="27" />
        <source>Decree / decision</source>
        <translation>ດຳລັດ / ຂໍ້ຕົກລົງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="28" />
        <source>Notice</source>
        <translation>ແຈ້ງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="29" />
        <source>Invitation</source>
        <translation>ໜັງສືເຊີນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="30" />
        <source>Report</source>
        <translation>ບົດລາຍງານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="31" />
        <source>Request</source>
        <translation>ໜັງສືສະເໜີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="32" />
        <source>Other</source>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="38" />
        <source>By hand</source>
        <translation>ສົ່ງກັບມື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="39" />
        <source>Post</source>
        <translation>ໄປສະນີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="40" />
        <source>E-mail</source>
        <translation>ອີເມວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="41" />
        <source>From another office (sync)</source>
        <translation>ຈາກຫ້ອງການອື່ນ (ຊິງຂໍ້ມູນ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="47" />
        <location filename="../eoffice_desktop/ui/labels.py" line="83" />
        <source>Registered</source>
        <translation>ລົງທະບຽນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="48" />
        <source>In progress</source>
        <translation>ກຳລັງດຳເນີນການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="49" />
        <location filename="../eoffice_desktop/ui/labels.py" line="92" />
        <source>Completed</source>
        <translation>ສຳເລັດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="50" />
        <source>Void</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="56" />
        <source>For action</source>
        <translation>ເພື່ອປະຕິບັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="57" />
        <source>For information</source>
        <translation>ເພື່ອຊາບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="58" />
        <source>For comment</source>
        <translation>ເພື່ອໃຫ້ຄຳເຫັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="59" />
        <source>For approval</source>
        <translation>ເພື່ອອະນຸມັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="60" />
        <source>For signature</source>
        <translation>ເພື່ອລົງນາມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="66" />
        <source>Clerk</source>
        <translation>ພະນັກງານຂາເຂົ້າ-ຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="67" />
        <source>Official</source>
        <translation>ພະນັກງານວິຊາການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="68" />
        <source>Head of office</source>
        <translation>ຫົວໜ້າຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="69" />
        <source>Administrator</source>
        <translation>ຜູ້ບໍລິຫານລະບົບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="75" />
        <source>Answered by an outgoing letter</source>
        <translation>ຕອບດ້ວຍໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="76" />
        <source>Filed</source>
        <translation>ເກັບເຂົ້າແຟ້ມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="77" />
        <source>No action needed</source>
        <translation>ບໍ່ຕ້ອງດຳເນີນການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="84" />
        <source>Corrected</source>
        <translation>ແກ້ໄຂ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="85" />
        <source>Voided</source>
        <translation>ຖືກຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="86" />
        <source>Attachment added</source>
        <translation>ເພີ່ມເອກະສານຄັດຕິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="87" />
        <source>Sent on</source>
        <translation>ສົ່ງຕໍ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="88" />
        <source>Received (acknowledged)</source>
        <translation>ໄດ້ຮັບແລ້ວ (ຢັ້ງຢືນ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="89" />
        <source>Returned</source>
        <translation>ສົ່ງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="90" />
        <source>Pulled back</source>
        <translation>ດຶງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="91" />
        <source>Comment</source>
        <translation>ຄຳເຫັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="93" />
        <source>Reopened</source>
        <translation>ເປີດຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="99" />
        <source>Date received</source>
        <translation>ວັນທີໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="100" />
        <source>Registry number</source>
        <translation>ເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="101" />
        <location filename="../eoffice_desktop/ui/labels.py" line="102" />
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="103" />
        <source>Their reference</source>
        <translation>ເລກທີຂອງຜູ້ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="104" />
        <source>Letter date</source>
        <translation>ລົງວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="105" />
        <source>Delivered by</source>
        <translation>ວິທີການສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="106" />
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="107" />
        <source>Summary</source>
        <translation>ເນື້ອໃນສັງລວມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="108" />
        <source>Document type</source>
        <translation>ປະເພດເອກະສານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="109" />
        <source>Urgency</source>
        <translation>ຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="110" />
        <source>Confidentiality</source>
        <translation>ຄວາມລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="111" />
        <source>Pages</source>
        <translation>ຈຳນວນໜ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="112" />
        <source>Reply due</source>
        <translation>ກຳນົດຕອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="113" />
        <source>Keywords</source>
        <translation>ຄຳສຳຄັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="114" />
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="115" />
        <source>Signatory</source>
        <translation>ຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="116" />
        <source>Answers letter</source>
        <translation>ຕອບໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="123" />
        <source>This is required.</source>
        <translation>ຕ້ອງປ້ອນຂໍ້ມູນນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="124" />
        <source>The date cannot be in the future.</source>
        <translation>ວັນທີບໍ່ສາມາດເປັນອະນາຄົດໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="125" />
        <source>The letter cannot be written after it was received.</source>
        <translation>ລົງວັນທີຂອງໜັງສື ບໍ່ສາມາດຫຼັງວັນທີໄດ້ຮັບ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="126" />
        <source>This date is before the date received.</source>
        <translation>ວັນທີນີ້ ກ່ອນວັນທີໄດ້ຮັບ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="127" />
        <source>The text is too long.</source>
        <translation>ຂໍ້ຄວາມຍາວເກີນໄປ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="128" />
        <source>Choose one of the options.</source>
        <translation>ກະລຸນາເລືອກໜຶ່ງໃນຕົວເລືອກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="129" />
        <source>The number is out of range.</source>
        <translation>ຕົວເລກເກີນຂອບເຂດ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="130" />
        <source>This registry number is already used.</source>
        <translation>ເລກທີນີ້ຖືກໃຊ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="131" />
        <source>Not found in the address book.</source>
        <translation>ບໍ່ພົບໃນສະໝຸດທີ່ຢູ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="132" />
        <source>This value is not valid.</source>
        <translation>ຄ່ານີ້ບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="133" />
        <source>The date is in the past.</source>
        <translation>ວັນທີນີ້ຜ່ານໄປແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="134" />
        <source>Write the date as day/month/year, e.g. 26/02/2026.</source>
        <translation>ຂຽນວັນທີເປັນ ວັນ/ເດືອນ/ປີ, ຕົວຢ່າງ 26/02/2026.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="140" />
        <source>January</source>
        <translation>ມັງກອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="141" />
        <source>February</source>
        <translation>ກຸມພາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="142" />
        <source>March</source>
        <translation>ມີນາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="143" />
        <source>April</source>
        <translation>ເມສາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="144" />
        <source>May</source>
        <translation>ພຶດສະພາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="145" />
        <source>June</source>
        <translation>ມິຖຸນາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="146" />
        <source>July</source>
        <translation>ກໍລະກົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="147" />
        <source>August</source>
        <translation>ສິງຫາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="148" />
        <source>September</source>
        <translation>ກັນຍາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="149" />
        <source>October</source>
        <translation>ຕຸລາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="150" />
        <source>November</source>
        <translation>ພະຈິກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/labels.py" line="151" />
        <source>December</source>
        <translation>ທັນວາ</translation>
    </message>
</context>
<context>
    <name>LetterFormDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="95" />
        <source>Register an incoming letter</source>
        <translation>ລົງທະບຽນໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="95" />
        <source>Register an outgoing letter</source>
        <translation>ລົງທະບຽນໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="122" />
        <source>Date received</source>
        <translation>ວັນທີໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="122" />
        <source>Date sent</source>
        <translation>ວັນທີສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="128" />
        <source>Choose from the address book or type a new name</source>
        <translation>ເລືອກຈາກສະໝຸດທີ່ຢູ່ ຫຼື ພິມຊື່ໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="129" />
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="131" />
        <source>Their number, e.g. 0123/ກງ</source>
        <translation>ເລກທີຂອງເຂົາເຈົ້າ, ຕົວຢ່າງ 0123/ກງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="132" />
        <source>Their reference</source>
        <translation>ເລກທີຂອງຜູ້ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="136" />
        <source>To (tick one or more)</source>
        <translation>ເຖິງ (ໝາຍເອົາໜຶ່ງ ຫຼື ຫຼາຍບ່ອນ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="138" />
        <source>Date on the letter</source>
        <translation>ລົງວັນທີ (ໃນໜັງສື)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="141" />
        <source>Delivered by</source>
        <translation>ວິທີການສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="143" />
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="147" />
        <source>Summary</source>
        <translation>ເນື້ອໃນສັງລວມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="149" />
        <source>Document type</source>
        <translation>ປະເພດເອກະສານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="151" />
        <source>Urgency</source>
        <translation>ຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="153" />
        <source>Confidentiality</source>
        <translation>ຄວາມລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="156" />
        <source>not counted</source>
        <translation>ບໍ່ໄດ້ນັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="157" />
        <source>Number of pages</source>
        <translation>ຈຳນວນໜ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="160" />
        <source>Reply due by</source>
        <translation>ກຳນົດຕອບພາຍໃນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="162" />
        <source>Words to find it later, separated by commas</source>
        <translation>ຄຳທີ່ໃຊ້ຊອກຫາພາຍຫຼັງ, ຂັ້ນດ້ວຍຈຸດ (,)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="163" />
        <source>Keywords</source>
        <translation>ຄຳສຳຄັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="166" />
        <source>Signatory</source>
        <translation>ຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="168" />
        <source>Answers incoming letter</source>
        <translation>ຕອບໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="176" />
        <source>Add scan or PDF…</source>
        <translation>ເພີ່ມເອກະສານສະແກນ ຫຼື PDF…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="178" />
        <source>Remove</source>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="185" />
        <source>or drag files here</source>
        <translation>ຫຼື ລາກໄຟລ໌ມາວາງບ່ອນນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="189" />
        <source>Attachments</source>
        <translation>ເອກະສານຄັດຕິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="201" />
        <source>Fill from template:</source>
        <translation>ຕື່ມຈາກແບບຟອມ:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="203" />
        <source>Save as template…</source>
        <translation>ບັນທຶກເປັນແບບຟອມ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="211" />
        <source>Register</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="244" />
        <source>(none)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="251" />
        <source>(choose a template)</source>
        <translation>(ເລືອກແບບຟອມ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="260" />
        <source>{name} is not a PDF or an image.</source>
        <translation>{name} ບໍ່ແມ່ນ PDF ຫຼື ຮູບພາບ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="270" />
        <source>Choose scans or PDF files</source>
        <translation>ເລືອກໄຟລ໌ສະແກນ ຫຼື PDF</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="272" />
        <source>Scans and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>ເອກະສານສະແກນ ແລະ PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="317" />
        <source>Save as template</source>
        <translation>ບັນທຶກເປັນແບບຟອມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="317" />
        <source>Name of the template (e.g. 'Budget notices from the Ministry')</source>
        <translation>ຊື່ແບບຟອມ (ຕົວຢ່າງ: 'ແຈ້ງການງົບປະມານຈາກກະຊວງ')</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="375" />
        <source>Please correct the fields marked in red.</source>
        <translation>ກະລຸນາແກ້ໄຂຊ່ອງທີ່ໝາຍສີແດງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="389" />
        <source>Saving…</source>
        <translation>ກຳລັງບັນທຶກ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="399" />
        <source>Registered</source>
        <translation>ລົງທະບຽນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="400" />
        <source>The letter is registered with number {number}.
Write this number on the paper letter.</source>
        <translation>ໜັງສືໄດ້ລົງທະບຽນແລ້ວ ເລກທີ {number}.
ກະລຸນາຂຽນເລກທີນີ້ໃສ່ໜັງສືສະບັບເຈ້ຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_form.py" line="414" />
        <source>The letter could not be saved: {error}</source>
        <translation>ບໍ່ສາມາດບັນທຶກໜັງສືໄດ້: {error}</translation>
    </message>
</context>
<context>
    <name>LetterView</name>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="80" />
        <source>Save a copy…</source>
        <translation>ບັນທຶກສຳເນົາ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="82" />
        <source>Add attachment…</source>
        <translation>ເພີ່ມເອກະສານຄັດຕິດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="96" />
        <source>Details</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="97" />
        <source>Attachments</source>
        <translation>ເອກະສານຄັດຕິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="98" />
        <source>History</source>
        <translation>ປະຫວັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="99" />
        <source>Correct…</source>
        <translation>ແກ້ໄຂ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="101" />
        <source>Void…</source>
        <translation>ຍົກເລີກ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="110" />
        <source>Send to…</source>
        <translation>ສົ່ງຫາ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="111" />
        <source>Received</source>
        <translation>ໄດ້ຮັບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="112" />
        <source>Comment…</source>
        <translation>ໃຫ້ຄຳເຫັນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="113" />
        <source>Return…</source>
        <translation>ສົ່ງຄືນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="114" />
        <source>Complete…</source>
        <translation>ສຳເລັດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="115" />
        <source>Reopen…</source>
        <translation>ເປີດຄືນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="116" />
        <source>Pull back</source>
        <translation>ດຶງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="123" />
        <source>Print slip…</source>
        <translation>ພິມໃບສົ່ງ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="125" />
        <source>Print history…</source>
        <translation>ພິມປະຫວັດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="163" />
        <source>Choose a letter in the list to see it here.</source>
        <translation>ເລືອກໜັງສືໃນລາຍການ ເພື່ອເບິ່ງຢູ່ບ່ອນນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="173" />
        <source>Attachments ({count})</source>
        <translation>ເອກະສານຄັດຕິດ ({count})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="192" />
        <source>(provisional)</source>
        <translation>(ຊົ່ວຄາວ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="196" />
        <source>Date received</source>
        <translation>ວັນທີໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="196" />
        <source>Date sent</source>
        <translation>ວັນທີສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="210" />
        <source>Other offices</source>
        <translation>ຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="223" />
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="225" />
        <source>Now with</source>
        <translation>ປັດຈຸບັນຢູ່ນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="227" />
        <source>Reason for void</source>
        <translation>ເຫດຜົນການຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="231" />
        <source>Answers</source>
        <translation>ຕອບໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="240" />
        <source>Answered by</source>
        <translation>ຕອບໂດຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="246" />
        <source>Tracking code</source>
        <translation>ລະຫັດຕິດຕາມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="259" />
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: “{old}” → “{new}”</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="282" />
        <source>Save a copy</source>
        <translation>ບັນທຶກສຳເນົາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="291" />
        <source>Choose scans or PDF files</source>
        <translation>ເລືອກໄຟລ໌ສະແກນ ຫຼື PDF</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="293" />
        <source>Scans and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>ເອກະສານສະແກນ ແລະ PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="314" />
        <source>Something went wrong: {error}</source>
        <translation>ມີບັນຫາເກີດຂຶ້ນ: {error}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="315" />
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="346" />
        <source>Comment</source>
        <translation>ຄຳເຫັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="346" />
        <source>Your comment on this letter:</source>
        <translation>ຄຳເຫັນຂອງທ່ານຕໍ່ໜັງສືນີ້:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="352" />
        <source>Return the letter</source>
        <translation>ສົ່ງໜັງສືຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="352" />
        <source>Why do you return it?</source>
        <translation>ເປັນຫຍັງຈຶ່ງສົ່ງຄືນ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="371" />
        <source>Reopen the letter</source>
        <translation>ເປີດໜັງສືຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="371" />
        <source>Why is it reopened?</source>
        <translation>ເປັນຫຍັງຈຶ່ງເປີດຄືນ?</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="114" />
        <source>Sign in to eOffice</source>
        <translation>ເຂົ້າລະບົບ eOffice</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="114" />
        <source>eOffice is locked</source>
        <translation>eOffice ຖືກລັອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="121" />
        <source>User name</source>
        <translation>ຊື່ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="122" />
        <source>Password</source>
        <translation>ລະຫັດຜ່ານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="134" />
        <source>Sign in</source>
        <translation>ເຂົ້າລະບົບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="134" />
        <source>Unlock</source>
        <translation>ປົດລັອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="136" />
        <source>Switch user</source>
        <translation>ປ່ຽນຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="151" />
        <source>Too many wrong passwords. Wait {seconds} seconds and try again.</source>
        <translation>ປ້ອນລະຫັດຜ່ານຜິດຫຼາຍເທື່ອ. ກະລຸນາລໍຖ້າ {seconds} ວິນາທີ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/start_dialogs.py" line="158" />
        <source>The user name or the password is wrong.</source>
        <translation>ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="123" />
        <source>Find: number, subject, sender… (Ctrl+F)</source>
        <translation>ຊອກຫາ: ເລກທີ, ເລື່ອງ, ຜູ້ສົ່ງ… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="134" />
        <source>All statuses</source>
        <translation>ທຸກສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="136" />
        <source>All urgencies</source>
        <translation>ທຸກລະດັບຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="142" />
        <source>Year</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="199" />
        <source>Main</source>
        <translation>ຫຼັກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="204" />
        <source>New incoming letter</source>
        <translation>ໜັງສືຂາເຂົ້າໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="209" />
        <source>New outgoing letter</source>
        <translation>ໜັງສືຂາອອກໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="210" />
        <source>Export CSV…</source>
        <translation>ສົ່ງອອກ CSV…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="211" />
        <source>Refresh</source>
        <translation>ໂຫຼດໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="219" />
        <source>&amp;File</source>
        <translation>&amp;ແຟ້ມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="223" />
        <source>Import a register…</source>
        <translation>ນຳເຂົ້າປຶ້ມທະບຽນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="228" />
        <source>Save changes for USB…</source>
        <translation>ບັນທຶກການປ່ຽນແປງໃສ່ USB…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="229" />
        <source>Load changes from USB…</source>
        <translation>ນຳເຂົ້າການປ່ຽນແປງຈາກ USB…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="232" />
        <source>Quit</source>
        <translation>ອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="235" />
        <source>Print the register book…</source>
        <translation>ພິມປຶ້ມທະບຽນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="237" />
        <source>&amp;Office</source>
        <translation>&amp;ຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="238" />
        <source>Overview for the head of office</source>
        <translation>ພາບລວມສຳລັບຫົວໜ້າຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="239" />
        <source>Delegate my inbox…</source>
        <translation>ມອບໜັງສືຂອງຂ້ອຍໃຫ້ຜູ້ອື່ນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="240" />
        <source>Users and departments…</source>
        <translation>ຜູ້ໃຊ້ ແລະ ພະແນກ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="244" />
        <source>Sync now</source>
        <translation>ຊິງຂໍ້ມູນດຽວນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="245" />
        <source>Enrol this PC with a server…</source>
        <translation>ລົງທະບຽນຄອມພິວເຕີນີ້ກັບເຊີບເວີ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="247" />
        <source>Switch user…</source>
        <translation>ປ່ຽນຜູ້ໃຊ້…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="248" />
        <source>Lock</source>
        <translation>ລັອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="249" />
        <source>&amp;Settings</source>
        <translation>&amp;ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="250" />
        <source>Settings…</source>
        <translation>ການຕັ້ງຄ່າ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="251" />
        <source>&amp;Help</source>
        <translation>&amp;ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="252" />
        <source>Save diagnostics for support…</source>
        <translation>ບັນທຶກຂໍ້ມູນວິເຄາະສຳລັບຝ່າຍໄອທີ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="253" />
        <location filename="../eoffice_desktop/ui/main_window.py" line="517" />
        <source>About eOffice</source>
        <translation>ກ່ຽວກັບ eOffice</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="255" />
        <source>Signed in: {user}</source>
        <translation>ຜູ້ໃຊ້: {user}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="304" />
        <source>All years</source>
        <translation>ທຸກປີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="322" />
        <source>late</source>
        <translation>ເກີນກຳນົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="325" />
        <source>Incoming letters</source>
        <translation>ໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="326" />
        <source>Outgoing letters</source>
        <translation>ໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="327" />
        <source>My inbox</source>
        <translation>ໜັງສືຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="328" />
        <source>Sent by me</source>
        <translation>ທີ່ຂ້ອຍສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="329" />
        <source>Arrived from other offices</source>
        <translation>ມາຈາກຫ້ອງການອື່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="338" />
        <source>{count} letters</source>
        <translation>{count} ສະບັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="362" />
        <source>Reminder: {today} letter(s) due today and {late} late in your inbox.</source>
        <translation>ແຈ້ງເຕືອນ: ມີໜັງສື {today} ສະບັບຄົບກຳນົດມື້ນີ້ ແລະ {late} ສະບັບເກີນກຳນົດ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="499" />
        <source>Save diagnostics</source>
        <translation>ບັນທຶກຂໍ້ມູນວິເຄາະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="508" />
        <source>Diagnostics saved</source>
        <translation>ບັນທຶກຂໍ້ມູນວິເຄາະແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="509" />
        <source>Send this file to IT support. It holds no letters, passwords or keys.</source>
        <translation>ກະລຸນາສົ່ງໄຟລ໌ນີ້ໃຫ້ຝ່າຍໄອທີ. ມັນບໍ່ມີໜັງສື, ລະຫັດຜ່ານ ຫຼື ກະແຈໃດໆ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="511" />
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="519" />
        <source>eOffice Desktop {version}
The registry of official letters, offline first.
Data folder: {folder}</source>
        <translation>eOffice Desktop {version}
ປຶ້ມທະບຽນໜັງສືລັດຖະການ, ໃຊ້ໄດ້ໂດຍບໍ່ຕ້ອງມີອິນເຕີເນັດ.
ບ່ອນເກັບຂໍ້ມູນ: {folder}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../eoffice_desktop/ui/preview.py" line="51" />
        <location filename="../eoffice_desktop/ui/preview.py" line="81" />
        <source>Choose an attachment to see it here.</source>
        <translation>ເລືອກເອກະສານຄັດຕິດ ເພື່ອເບິ່ງຢູ່ບ່ອນນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/preview.py" line="56" />
        <source>◀ Previous page</source>
        <translation>◀ ໜ້າກ່ອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/preview.py" line="57" />
        <source>Next page ▶</source>
        <translation>ໜ້າຕໍ່ໄປ ▶</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/preview.py" line="90" />
        <source>Opening…</source>
        <translation>ກຳລັງເປີດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/preview.py" line="113" />
        <source>This file cannot be shown here. Save a copy and open it with another program.</source>
        <translation>ບໍ່ສາມາດສະແດງໄຟລ໌ນີ້ຢູ່ບ່ອນນີ້ໄດ້. ກະລຸນາບັນທຶກສຳເນົາ ແລະ ເປີດດ້ວຍໂປຣແກຣມອື່ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/preview.py" line="120" />
        <source>Page {page} of {pages}</source>
        <translation>ໜ້າ {page} ຈາກ {pages}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="36" />
        <source>Registry number</source>
        <translation>ເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="37" />
        <source>Date received</source>
        <translation>ວັນທີໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="38" />
        <source>Date sent</source>
        <translation>ວັນທີສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="39" />
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="40" />
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="41" />
        <source>Their reference</source>
        <translation>ເລກທີຂອງຜູ້ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="42" />
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="43" />
        <source>Urgency</source>
        <translation>ຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="44" />
        <source>Reply due</source>
        <translation>ກຳນົດຕອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="45" />
        <source>Routing slip</source>
        <translation>ໃບສົ່ງໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="46" />
        <source>Instructions</source>
        <translation>ຄຳຊີ້ນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="47" />
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="48" />
        <source>Minute</source>
        <translation>ຄຳເຫັນຊີ້ນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="49" />
        <source>Movement history</source>
        <translation>ປະຫວັດການເຄື່ອນໄຫວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="50" />
        <source>When</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="51" />
        <source>Who</source>
        <translation>ຜູ້ດຳເນີນການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="52" />
        <source>What</source>
        <translation>ການດຳເນີນການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="53" />
        <source>No.</source>
        <translation>ເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="54" />
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="55" />
        <source>Register of incoming letters</source>
        <translation>ປຶ້ມທະບຽນໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="56" />
        <source>Register of outgoing letters</source>
        <translation>ປຶ້ມທະບຽນໜັງສືຂາອອກ</translation>
    </message>
</context>
<context>
    <name>RegisterBookDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="20" />
        <source>Print the register book</source>
        <translation>ພິມປຶ້ມທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="22" />
        <source>Incoming letters</source>
        <translation>ໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="23" />
        <source>Outgoing letters</source>
        <translation>ໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="32" />
        <source>Register</source>
        <translation>ລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="33" />
        <source>From</source>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="34" />
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="36" />
        <source>Print…</source>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_book.py" line="57" />
        <source>Write the dates as day/month/year.</source>
        <translation>ຂຽນວັນທີເປັນ ວັນ/ເດືອນ/ປີ.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="101" />
        <source>No.</source>
        <translation>ເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="102" />
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="103" />
        <source>From / To</source>
        <translation>ຈາກ / ເຖິງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="104" />
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="105" />
        <source>Urgency</source>
        <translation>ຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="106" />
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="107" />
        <source>Reply due</source>
        <translation>ກຳນົດຕອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/register_model.py" line="148" />
        <source>(provisional)</source>
        <translation>(ຊົ່ວຄາວ)</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="42" />
        <source>Send letter {number}</source>
        <translation>ສົ່ງໜັງສື {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="50" />
        <source>Department: {name}</source>
        <translation>ພະແນກ: {name}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="60" />
        <source>Instruction (minute), e.g. 'Please prepare an answer by Friday'</source>
        <translation>ຄຳເຫັນຊີ້ນຳ, ຕົວຢ່າງ 'ກະລຸນາກະກຽມຄຳຕອບພາຍໃນວັນສຸກ'</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="65" />
        <source>(saved routes)</source>
        <translation>(ເສັ້ນທາງທີ່ບັນທຶກໄວ້)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="69" />
        <source>Save this route…</source>
        <translation>ບັນທຶກເສັ້ນທາງນີ້…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="76" />
        <source>Action for the selected person</source>
        <translation>ໜ້າທີ່ຂອງຜູ້ທີ່ເລືອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="77" />
        <source>Minute</source>
        <translation>ຄຳເຫັນຊີ້ນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="78" />
        <source>Due date</source>
        <translation>ວັນກຳນົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="80" />
        <source>Send</source>
        <translation>ສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="85" />
        <source>Send to (tick one or more):</source>
        <translation>ສົ່ງຫາ (ໝາຍເອົາໜຶ່ງ ຫຼື ຫຼາຍຄົນ):</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="165" />
        <source>Tick the people or departments first.</source>
        <translation>ກະລຸນາໝາຍເອົາບຸກຄົນ ຫຼື ພະແນກກ່ອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="168" />
        <source>Save this route</source>
        <translation>ບັນທຶກເສັ້ນທາງນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="168" />
        <source>Name, e.g. 'Budget letters: Finance, copy to the deputy'</source>
        <translation>ຊື່, ຕົວຢ່າງ 'ໜັງສືງົບປະມານ: ພະແນກການເງິນ, ສຳເນົາຮອງ'</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/routing_dialogs.py" line="181" />
        <source>Tick at least one person or department.</source>
        <translation>ກະລຸນາໝາຍເອົາຢ່າງໜ້ອຍໜຶ່ງບຸກຄົນ ຫຼື ພະແນກ.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="33" />
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="49" />
        <source>Start again at 1 every year</source>
        <translation>ເລີ່ມຈາກ 1 ໃໝ່ທຸກປີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="50" />
        <source>Never start again</source>
        <translation>ບໍ່ເລີ່ມໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="57" />
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="58" />
        <source>Registry number style</source>
        <translation>ຮູບແບບເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="59" />
        <source>Numbering</source>
        <translation>ການອອກເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="60" />
        <source>Largest attachment</source>
        <translation>ຂະໜາດເອກະສານຄັດຕິດສູງສຸດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="64" />
        <source>Reply time, normal letters</source>
        <translation>ກຳນົດຕອບ, ໜັງສືທຳມະດາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="65" />
        <source>Reply time, urgent letters</source>
        <translation>ກຳນົດຕອບ, ໜັງສືດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="66" />
        <source>Reply time, very urgent letters</source>
        <translation>ກຳນົດຕອບ, ໜັງສືດ່ວນທີ່ສຸດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="70" />
        <source>working days</source>
        <translation>ວັນເຮັດວຽກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="76" />
        <source>One date a line, e.g. 02/12/2026</source>
        <translation>ແຖວລະໜຶ່ງວັນທີ, ຕົວຢ່າງ 02/12/2026</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="77" />
        <source>Public holidays</source>
        <translation>ວັນພັກລັດຖະການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="80" />
        <source>minutes</source>
        <translation>ນາທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="83" />
        <source>Lock after no use for</source>
        <translation>ລັອກອັດຕະໂນມັດ ເມື່ອບໍ່ໄດ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="85" />
        <source>A new language is used from the next start of eOffice.</source>
        <translation>ພາສາໃໝ່ຈະໃຊ້ໄດ້ ເມື່ອເປີດ eOffice ຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="104" />
        <source>Write each holiday as day/month/year: {line}</source>
        <translation>ຂຽນວັນພັກແຕ່ລະວັນເປັນ ວັນ/ເດືອນ/ປີ: {line}</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="32" />
        <source>Sync now</source>
        <translation>ຊິງດຽວນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="35" />
        <source>Send big attachments now</source>
        <translation>ສົ່ງໄຟລ໌ໃຫຍ່ດຽວນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="74" />
        <source>Not connected to a server</source>
        <translation>ບໍ່ໄດ້ເຊື່ອມຕໍ່ກັບເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="82" />
        <source>Syncing…</source>
        <translation>ກຳລັງຊິງຂໍ້ມູນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="84" />
        <source>Needs attention</source>
        <translation>ຕ້ອງກວດເບິ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="86" />
        <source>Offline</source>
        <translation>ອອບລາຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="88" />
        <source>Up to date</source>
        <translation>ຂໍ້ມູນລ່າສຸດແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="90" />
        <source>Waiting to send</source>
        <translation>ລໍຖ້າສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="91" />
        <source>Last synced {when}</source>
        <translation>ຊິງຄັ້ງສຸດທ້າຍ {when}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="97" />
        <source>{count} files to download ({size})</source>
        <translation>ມີ {count} ໄຟລ໌ ລໍຖ້າດາວໂຫຼດ ({size})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="108" />
        <source>{count} big attachments ({size}) wait for a cheaper link.</source>
        <translation>ເອກະສານຄັດຕິດໃຫຍ່ {count} ໄຟລ໌ ({size}) ລໍຖ້າເຄືອຂ່າຍທີ່ລາຄາຖືກກວ່າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="120" />
        <source>{changes} changes waiting to go out</source>
        <translation>ມີ {changes} ການປ່ຽນແປງ ລໍຖ້າສົ່ງອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="121" />
        <source>{changes} changes and {files} attachments ({size}) waiting to go out</source>
        <translation>ມີ {changes} ການປ່ຽນແປງ ແລະ {files} ເອກະສານຄັດຕິດ ({size}) ລໍຖ້າສົ່ງອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="128" />
        <source>Refused: {count}</source>
        <translation>ຖືກປະຕິເສດ: {count}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="137" />
        <source>Connecting to the server…</source>
        <translation>ກຳລັງເຊື່ອມຕໍ່ເຊີບເວີ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_indicator.py" line="150" />
        <source>{phase}: {count}</source>
        <translation>{phase}: {count}</translation>
    </message>
</context>
<context>
    <name>SyncProblemsDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/sync_problems.py" line="13" />
        <source>Changes the server refused</source>
        <translation>ການປ່ຽນແປງທີ່ເຊີບເວີປະຕິເສດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_problems.py" line="16" />
        <source>These changes stay on this PC but the server did not accept them. Show this list to IT staff; the rest of the work keeps flowing.</source>
        <translation>ການປ່ຽນແປງເຫຼົ່ານີ້ຍັງຢູ່ໃນຄອມພິວເຕີນີ້ ແຕ່ເຊີບເວີບໍ່ຮັບ. ກະລຸນາສະແດງລາຍການນີ້ໃຫ້ພະນັກງານໄອທີ; ວຽກອື່ນຍັງສົ່ງໄປຕາມປົກກະຕິ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_problems.py" line="22" />
        <source>When</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_problems.py" line="22" />
        <source>Letter</source>
        <translation>ໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_problems.py" line="22" />
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
</context>
<context>
    <name>SyncSettingsBox</name>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="28" />
        <source>Sync and data use</source>
        <translation>ການຊິງຂໍ້ມູນ ແລະ ການໃຊ້ອິນເຕີເນັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="36" />
        <source>Not enrolled yet</source>
        <translation>ຍັງບໍ່ໄດ້ລົງທະບຽນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="38" />
        <source>Enrol this PC with a server…</source>
        <translation>ລົງທະບຽນຄອມພິວເຕີນີ້ກັບເຊີບເວີ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="40" />
        <source>Letters and routing are always sent first; attachments follow.</source>
        <translation>ໜັງສື ແລະ ການສົ່ງຕໍ່ ຈະຖືກສົ່ງກ່ອນສະເໝີ; ເອກະສານຄັດຕິດສົ່ງຕາມຫຼັງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="42" />
        <source>Send and fetch attachments</source>
        <translation>ສົ່ງ ແລະ ດາວໂຫຼດເອກະສານຄັດຕິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="49" />
        <source>This link is not metered (send big attachments at once)</source>
        <translation>ເຄືອຂ່າຍນີ້ບໍ່ຄິດໄລ່ຕາມປະລິມານ (ສົ່ງໄຟລ໌ໃຫຍ່ທັນທີ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="51" />
        <source>{size} this month (sent and received)</source>
        <translation>{size} ໃນເດືອນນີ້ (ສົ່ງ ແລະ ຮັບ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="53" />
        <source>Server</source>
        <translation>ເຊີບເວີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="57" />
        <source>Hold back attachments over</source>
        <translation>ລໍຖ້າສົ່ງເອກະສານຄັດຕິດທີ່ໃຫຍ່ກວ່າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_settings.py" line="59" />
        <source>Data used</source>
        <translation>ຂໍ້ມູນທີ່ໃຊ້</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="17" />
        <source>No connection to the server. eOffice keeps working and will try again by itself.</source>
        <translation>ບໍ່ສາມາດເຊື່ອມຕໍ່ເຊີບເວີ. eOffice ຍັງເຮັດວຽກໄດ້ຕາມປົກກະຕິ ແລະ ຈະລອງໃໝ່ເອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="21" />
        <source>The server is busy or has a problem. eOffice will try again later.</source>
        <translation>ເຊີບເວີບໍ່ຫວ່າງ ຫຼື ມີບັນຫາ. eOffice ຈະລອງໃໝ່ພາຍຫຼັງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="25" />
        <source>The server refused this PC: ask IT to re-enrol it.</source>
        <translation>ເຊີບເວີປະຕິເສດຄອມພິວເຕີນີ້: ກະລຸນາໃຫ້ພະນັກງານໄອທີລົງທະບຽນໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="27" />
        <source>This PC is not enrolled with a server. Ask IT to enrol it (Settings, Sync).</source>
        <translation>ຄອມພິວເຕີນີ້ຍັງບໍ່ໄດ້ລົງທະບຽນກັບເຊີບເວີ. ກະລຸນາໃຫ້ພະນັກງານໄອທີລົງທະບຽນ (ການຕັ້ງຄ່າ, ການຊິງຂໍ້ມູນ).</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="31" />
        <source>The enrolment code is wrong, already used or expired. Ask IT for a new code.</source>
        <translation>ລະຫັດລົງທະບຽນບໍ່ຖືກຕ້ອງ, ໃຊ້ແລ້ວ ຫຼື ໝົດອາຍຸ. ກະລຸນາຂໍລະຫັດໃໝ່ຈາກພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="35" />
        <source>The server refused a request: {reason}</source>
        <translation>ເຊີບເວີປະຕິເສດຄຳຮ້ອງ: {reason}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="36" />
        <source>Sync stopped because of an error: {reason}</source>
        <translation>ການຊິງຂໍ້ມູນຢຸດ ເພາະມີຂໍ້ຜິດພາດ: {reason}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="43" />
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="44" />
        <source>{kb} KB</source>
        <translation>{kb} KB</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="52" />
        <source>never</source>
        <translation>ຍັງບໍ່ເຄີຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="55" />
        <source>just now</source>
        <translation>ຫາກໍ່ນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="57" />
        <source>{count} minutes ago</source>
        <translation>{count} ນາທີກ່ອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="59" />
        <source>{count} hours ago</source>
        <translation>{count} ຊົ່ວໂມງກ່ອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="60" />
        <source>{count} days ago</source>
        <translation>{count} ມື້ກ່ອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="65" />
        <source>Sending changes</source>
        <translation>ກຳລັງສົ່ງການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="66" />
        <source>Receiving changes</source>
        <translation>ກຳລັງຮັບການປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="67" />
        <source>Sending files</source>
        <translation>ກຳລັງສົ່ງໄຟລ໌</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="68" />
        <source>Downloading files</source>
        <translation>ກຳລັງດາວໂຫຼດໄຟລ໌</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_words.py" line="69" />
        <source>Syncing</source>
        <translation>ກຳລັງຊິງຂໍ້ມູນ</translation>
    </message>
</context>
<context>
    <name>UsbBundles</name>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="34" />
        <source>Save changes for USB</source>
        <translation>ບັນທຶກການປ່ຽນແປງໃສ່ USB</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="34" />
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="41" />
        <source>eOffice bundle (*.eob)</source>
        <translation>ໄຟລ໌ຊຸດຂໍ້ມູນ eOffice (*.eob)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="41" />
        <source>Load changes from USB</source>
        <translation>ນຳເຂົ້າການປ່ຽນແປງຈາກ USB</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="51" />
        <source>Saving changes for USB…</source>
        <translation>ກຳລັງບັນທຶກການປ່ຽນແປງໃສ່ USB…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="56" />
        <source>Loading changes from USB…</source>
        <translation>ກຳລັງນຳເຂົ້າການປ່ຽນແປງຈາກ USB…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="75" />
        <source>Saved for USB</source>
        <translation>ບັນທຶກໃສ່ USB ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="77" />
        <source>{count} changes and {files} attachments ({size}) were written to {path}. Take this file to the provincial office or to IT. The changes stay here until the server confirms them.</source>
        <translation>ບັນທຶກ {count} ການປ່ຽນແປງ ແລະ {files} ເອກະສານຄັດຕິດ ({size}) ໃສ່ {path} ແລ້ວ. ກະລຸນາເອົາໄຟລ໌ນີ້ໄປຫ້ອງການແຂວງ ຫຼື ພະນັກງານໄອທີ. ການປ່ຽນແປງຍັງຢູ່ບ່ອນນີ້ ຈົນກວ່າເຊີບເວີຢືນຢັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="85" />
        <source>{count} new changes were read; {old} were already here.</source>
        <translation>ນຳເຂົ້າ {count} ການປ່ຽນແປງໃໝ່; {old} ມີຢູ່ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="89" />
        <source>{count} changes were refused: {reason}</source>
        <translation>{count} ການປ່ຽນແປງຖືກປະຕິເສດ: {reason}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="92" />
        <source>Loaded from USB</source>
        <translation>ນຳເຂົ້າຈາກ USB ແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="97" />
        <source>This file is not a complete eOffice bundle (damaged or cut short). Nothing was changed.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນຊຸດຂໍ້ມູນ eOffice ທີ່ຄົບຖ້ວນ (ເສຍຫາຍ ຫຼື ບໍ່ຄົບ). ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="99" />
        <source>This bundle is for another office. Nothing was changed.</source>
        <translation>ຊຸດຂໍ້ມູນນີ້ເປັນຂອງຫ້ອງການອື່ນ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="101" />
        <source>The bundle could not be written or read: {error}</source>
        <translation>ບໍ່ສາມາດບັນທຶກ ຫຼື ອ່ານຊຸດຂໍ້ມູນໄດ້: {error}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sync_usb.py" line="102" />
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="49" />
        <source>New user</source>
        <translation>ຜູ້ໃຊ້ໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="63" />
        <source>(none)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="68" />
        <source>User name</source>
        <translation>ຊື່ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="69" />
        <source>Full name</source>
        <translation>ຊື່ ແລະ ນາມສະກຸນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="70" />
        <source>Job title</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="71" />
        <source>Roles</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="72" />
        <source>Department</source>
        <translation>ພະແນກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="73" />
        <source>First password</source>
        <translation>ລະຫັດຜ່ານທຳອິດ</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="89" />
        <source>Users and departments</source>
        <translation>ຜູ້ໃຊ້ ແລະ ພະແນກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="93" />
        <source>User name</source>
        <translation>ຊື່ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="93" />
        <source>Full name</source>
        <translation>ຊື່ ແລະ ນາມສະກຸນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="93" />
        <source>Roles</source>
        <translation>ບົດບາດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="93" />
        <source>Department</source>
        <translation>ພະແນກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="93" />
        <source>Active</source>
        <translation>ໃຊ້ງານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="99" />
        <source>Add user…</source>
        <translation>ເພີ່ມຜູ້ໃຊ້…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="100" />
        <source>Reset password…</source>
        <translation>ຕັ້ງລະຫັດຜ່ານໃໝ່…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="101" />
        <source>Disable / enable</source>
        <translation>ປິດ / ເປີດການໃຊ້ງານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="102" />
        <source>Add department…</source>
        <translation>ເພີ່ມພະແນກ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="129" />
        <source>yes</source>
        <translation>ແມ່ນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="129" />
        <source>no</source>
        <translation>ບໍ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="171" />
        <source>Reset password</source>
        <translation>ຕັ້ງລະຫັດຜ່ານໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="171" />
        <source>New password:</source>
        <translation>ລະຫັດຜ່ານໃໝ່:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="182" />
        <source>Add department</source>
        <translation>ເພີ່ມພະແນກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/people_dialogs.py" line="182" />
        <source>Department name (Lao):</source>
        <translation>ຊື່ພະແນກ (ພາສາລາວ):</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="138" />
        <source>Void letter {number}</source>
        <translation>ຍົກເລີກໜັງສື {number}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="141" />
        <source>A void letter stays in the register, struck through, with the reason. Its number is not given again. Use this only for a letter registered by mistake.</source>
        <translation>ໜັງສືທີ່ຖືກຍົກເລີກ ຍັງຢູ່ໃນປຶ້ມທະບຽນ ໂດຍມີເສັ້ນຂີດທັບ ແລະ ເຫດຜົນ. ເລກທີຂອງມັນຈະບໍ່ຖືກໃຊ້ອີກ. ໃຫ້ໃຊ້ສະເພາະໜັງສືທີ່ລົງທະບຽນຜິດເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="147" />
        <source>e.g. registered twice</source>
        <translation>ຕົວຢ່າງ: ລົງທະບຽນຊ້ຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="150" />
        <source>Void the letter</source>
        <translation>ຍົກເລີກໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="155" />
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_dialogs.py" line="163" />
        <source>Say why the letter is void.</source>
        <translation>ກະລຸນາບອກເຫດຜົນທີ່ຍົກເລີກໜັງສື.</translation>
    </message>
</context>
</TS>