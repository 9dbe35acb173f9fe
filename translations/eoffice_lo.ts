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
        <location filename="../eoffice_desktop/ui/letter_view.py" line="79" />
        <source>Save a copy…</source>
        <translation>ບັນທຶກສຳເນົາ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="81" />
        <source>Add attachment…</source>
        <translation>ເພີ່ມເອກະສານຄັດຕິດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="95" />
        <source>Details</source>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="96" />
        <source>Attachments</source>
        <translation>ເອກະສານຄັດຕິດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="97" />
        <source>History</source>
        <translation>ປະຫວັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="98" />
        <source>Correct…</source>
        <translation>ແກ້ໄຂ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="100" />
        <source>Void…</source>
        <translation>ຍົກເລີກ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="109" />
        <source>Send to…</source>
        <translation>ສົ່ງຫາ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="110" />
        <source>Received</source>
        <translation>ໄດ້ຮັບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="111" />
        <source>Comment…</source>
        <translation>ໃຫ້ຄຳເຫັນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="112" />
        <source>Return…</source>
        <translation>ສົ່ງຄືນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="113" />
        <source>Complete…</source>
        <translation>ສຳເລັດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="114" />
        <source>Reopen…</source>
        <translation>ເປີດຄືນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="115" />
        <source>Pull back</source>
        <translation>ດຶງຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="122" />
        <source>Print slip…</source>
        <translation>ພິມໃບສົ່ງ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="124" />
        <source>Print history…</source>
        <translation>ພິມປະຫວັດ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="162" />
        <source>Choose a letter in the list to see it here.</source>
        <translation>ເລືອກໜັງສືໃນລາຍການ ເພື່ອເບິ່ງຢູ່ບ່ອນນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="172" />
        <source>Attachments ({count})</source>
        <translation>ເອກະສານຄັດຕິດ ({count})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="191" />
        <source>(provisional)</source>
        <translation>(ຊົ່ວຄາວ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="195" />
        <source>Date received</source>
        <translation>ວັນທີໄດ້ຮັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="195" />
        <source>Date sent</source>
        <translation>ວັນທີສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="218" />
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="220" />
        <source>Now with</source>
        <translation>ປັດຈຸບັນຢູ່ນຳ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="222" />
        <source>Reason for void</source>
        <translation>ເຫດຜົນການຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="226" />
        <source>Answers</source>
        <translation>ຕອບໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="235" />
        <source>Answered by</source>
        <translation>ຕອບໂດຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="241" />
        <source>Tracking code</source>
        <translation>ລະຫັດຕິດຕາມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="254" />
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}: “{old}” → “{new}”</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="277" />
        <source>Save a copy</source>
        <translation>ບັນທຶກສຳເນົາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="286" />
        <source>Choose scans or PDF files</source>
        <translation>ເລືອກໄຟລ໌ສະແກນ ຫຼື PDF</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="288" />
        <source>Scans and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>ເອກະສານສະແກນ ແລະ PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="309" />
        <source>Something went wrong: {error}</source>
        <translation>ມີບັນຫາເກີດຂຶ້ນ: {error}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="310" />
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="341" />
        <source>Comment</source>
        <translation>ຄຳເຫັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="341" />
        <source>Your comment on this letter:</source>
        <translation>ຄຳເຫັນຂອງທ່ານຕໍ່ໜັງສືນີ້:</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="347" />
        <source>Return the letter</source>
        <translation>ສົ່ງໜັງສືຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="347" />
        <source>Why do you return it?</source>
        <translation>ເປັນຫຍັງຈຶ່ງສົ່ງຄືນ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="366" />
        <source>Reopen the letter</source>
        <translation>ເປີດໜັງສືຄືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="366" />
        <source>Why is it reopened?</source>
        <translation>ເປັນຫຍັງຈຶ່ງເປີດຄືນ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="101" />
        <source>Signatures ({count})</source>
        <translation>ລາຍເຊັນ ({count})</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/letter_view.py" line="104" />
        <source>Signatures</source>
        <translation>ລາຍເຊັນ</translation>
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
        <location filename="../eoffice_desktop/ui/main_window.py" line="113" />
        <source>Find: number, subject, sender… (Ctrl+F)</source>
        <translation>ຊອກຫາ: ເລກທີ, ເລື່ອງ, ຜູ້ສົ່ງ… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="124" />
        <source>All statuses</source>
        <translation>ທຸກສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="126" />
        <source>All urgencies</source>
        <translation>ທຸກລະດັບຄວາມດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="132" />
        <source>Year</source>
        <translation>ປີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="185" />
        <source>Main</source>
        <translation>ຫຼັກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="190" />
        <source>New incoming letter</source>
        <translation>ໜັງສືຂາເຂົ້າໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="195" />
        <source>New outgoing letter</source>
        <translation>ໜັງສືຂາອອກໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="196" />
        <source>Export CSV…</source>
        <translation>ສົ່ງອອກ CSV…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="197" />
        <source>Refresh</source>
        <translation>ໂຫຼດໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="205" />
        <source>&amp;File</source>
        <translation>&amp;ແຟ້ມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="209" />
        <source>Import a register…</source>
        <translation>ນຳເຂົ້າປຶ້ມທະບຽນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="212" />
        <source>Quit</source>
        <translation>ອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="215" />
        <source>Print the register book…</source>
        <translation>ພິມປຶ້ມທະບຽນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="217" />
        <source>&amp;Office</source>
        <translation>&amp;ຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="218" />
        <source>Overview for the head of office</source>
        <translation>ພາບລວມສຳລັບຫົວໜ້າຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="219" />
        <source>Delegate my inbox…</source>
        <translation>ມອບໜັງສືຂອງຂ້ອຍໃຫ້ຜູ້ອື່ນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="220" />
        <source>Users and departments…</source>
        <translation>ຜູ້ໃຊ້ ແລະ ພະແນກ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="224" />
        <source>Switch user…</source>
        <translation>ປ່ຽນຜູ້ໃຊ້…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="225" />
        <source>Lock</source>
        <translation>ລັອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="226" />
        <source>&amp;Settings</source>
        <translation>&amp;ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="227" />
        <source>Settings…</source>
        <translation>ການຕັ້ງຄ່າ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="228" />
        <source>&amp;Help</source>
        <translation>&amp;ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="229" />
        <source>Save diagnostics for support…</source>
        <translation>ບັນທຶກຂໍ້ມູນວິເຄາະສຳລັບຝ່າຍໄອທີ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="230" />
        <location filename="../eoffice_desktop/ui/main_window.py" line="456" />
        <source>About eOffice</source>
        <translation>ກ່ຽວກັບ eOffice</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="232" />
        <source>Signed in: {user}</source>
        <translation>ຜູ້ໃຊ້: {user}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="278" />
        <source>All years</source>
        <translation>ທຸກປີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="295" />
        <source>late</source>
        <translation>ເກີນກຳນົດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="298" />
        <source>Incoming letters</source>
        <translation>ໜັງສືຂາເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="299" />
        <source>Outgoing letters</source>
        <translation>ໜັງສືຂາອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="300" />
        <source>My inbox</source>
        <translation>ໜັງສືຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="301" />
        <source>Sent by me</source>
        <translation>ທີ່ຂ້ອຍສົ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="310" />
        <source>{count} letters</source>
        <translation>{count} ສະບັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="332" />
        <source>Reminder: {today} letter(s) due today and {late} late in your inbox.</source>
        <translation>ແຈ້ງເຕືອນ: ມີໜັງສື {today} ສະບັບຄົບກຳນົດມື້ນີ້ ແລະ {late} ສະບັບເກີນກຳນົດ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="438" />
        <source>Save diagnostics</source>
        <translation>ບັນທຶກຂໍ້ມູນວິເຄາະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="447" />
        <source>Diagnostics saved</source>
        <translation>ບັນທຶກຂໍ້ມູນວິເຄາະແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="448" />
        <source>Send this file to IT support. It holds no letters, passwords or keys.</source>
        <translation>ກະລຸນາສົ່ງໄຟລ໌ນີ້ໃຫ້ຝ່າຍໄອທີ. ມັນບໍ່ມີໜັງສື, ລະຫັດຜ່ານ ຫຼື ກະແຈໃດໆ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="450" />
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="458" />
        <source>eOffice Desktop {version}
The registry of official letters, offline first.
Data folder: {folder}</source>
        <translation>eOffice Desktop {version}
ປຶ້ມທະບຽນໜັງສືລັດຖະການ, ໃຊ້ໄດ້ໂດຍບໍ່ຕ້ອງມີອິນເຕີເນັດ.
ບ່ອນເກັບຂໍ້ມູນ: {folder}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="210" />
        <source>Verify a signed package…</source>
        <translation>ກວດສອບຊຸດເອກະສານທີ່ລົງລາຍເຊັນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="224" />
        <source>My signing key…</source>
        <translation>ກະແຈລົງລາຍເຊັນຂອງຂ້ອຍ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="225" />
        <source>Trusted certificate authorities…</source>
        <translation>ອົງການອອກໃບຢັ້ງຢືນທີ່ໄວ້ວາງໃຈ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="473" />
        <source>Verify a signed package</source>
        <translation>ກວດສອບຊຸດເອກະສານທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/main_window.py" line="473" />
        <source>Signed package (*.zip)</source>
        <translation>ຊຸດເອກະສານທີ່ລົງລາຍເຊັນ (*.zip)</translation>
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
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="63" />
        <source>Digital signatures</source>
        <translation>ລາຍເຊັນດິຈິຕອນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="64" />
        <source>Signer</source>
        <translation>ຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="65" />
        <source>Verification code</source>
        <translation>ລະຫັດກວດສອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/printing.py" line="66" />
        <source>To check this paper copy, scan the QR code or type the verification code in eOffice (or: eoffice verify --code CODE). No network is needed.</source>
        <translation>ເພື່ອກວດສອບເອກະສານສະບັບພິມນີ້, ສະແກນລະຫັດ QR ຫຼື ພິມລະຫັດກວດສອບໃນ eOffice (ຫຼື: eoffice verify --code CODE). ບໍ່ຕ້ອງໃຊ້ເຄືອຂ່າຍ.</translation>
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
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="30" />
        <source>Settings</source>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="46" />
        <source>Start again at 1 every year</source>
        <translation>ເລີ່ມຈາກ 1 ໃໝ່ທຸກປີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="47" />
        <source>Never start again</source>
        <translation>ບໍ່ເລີ່ມໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="54" />
        <source>Language</source>
        <translation>ພາສາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="55" />
        <source>Registry number style</source>
        <translation>ຮູບແບບເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="56" />
        <source>Numbering</source>
        <translation>ການອອກເລກທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="57" />
        <source>Largest attachment</source>
        <translation>ຂະໜາດເອກະສານຄັດຕິດສູງສຸດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="61" />
        <source>Reply time, normal letters</source>
        <translation>ກຳນົດຕອບ, ໜັງສືທຳມະດາ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="62" />
        <source>Reply time, urgent letters</source>
        <translation>ກຳນົດຕອບ, ໜັງສືດ່ວນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="63" />
        <source>Reply time, very urgent letters</source>
        <translation>ກຳນົດຕອບ, ໜັງສືດ່ວນທີ່ສຸດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="67" />
        <source>working days</source>
        <translation>ວັນເຮັດວຽກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="73" />
        <source>One date a line, e.g. 02/12/2026</source>
        <translation>ແຖວລະໜຶ່ງວັນທີ, ຕົວຢ່າງ 02/12/2026</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="74" />
        <source>Public holidays</source>
        <translation>ວັນພັກລັດຖະການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="77" />
        <source>minutes</source>
        <translation>ນາທີ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="80" />
        <source>Lock after no use for</source>
        <translation>ລັອກອັດຕະໂນມັດ ເມື່ອບໍ່ໄດ້ໃຊ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="82" />
        <source>A new language is used from the next start of eOffice.</source>
        <translation>ພາສາໃໝ່ຈະໃຊ້ໄດ້ ເມື່ອເປີດ eOffice ຄັ້ງຕໍ່ໄປ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="100" />
        <source>Write each holiday as day/month/year: {line}</source>
        <translation>ຂຽນວັນພັກແຕ່ລະວັນເປັນ ວັນ/ເດືອນ/ປີ: {line}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="86" />
        <source>Ask at every signing</source>
        <translation>ຖາມທຸກເທື່ອທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/settings_dialog.py" line="89" />
        <source>Keep my signing key unlocked for</source>
        <translation>ເປີດກະແຈລົງລາຍເຊັນຂອງຂ້ອຍໄວ້</translation>
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
<context>
    <name>KeyPassphrase</name>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="51" />
        <source>Too short: use at least {count} characters.</source>
        <translation>ສັ້ນເກີນໄປ: ໃຊ້ຢ່າງໜ້ອຍ {count} ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="56" />
        <source>Weak: add more words, numbers or signs.</source>
        <translation>ອ່ອນ: ເພີ່ມຄຳ, ຕົວເລກ ຫຼື ເຄື່ອງໝາຍອີກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="57" />
        <source>Fair: a longer phrase is safer.</source>
        <translation>ພໍໃຊ້ໄດ້: ປະໂຫຍກທີ່ຍາວກວ່ານີ້ປອດໄພກວ່າ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="58" />
        <source>Strong.</source>
        <translation>ແຂງແຮງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="65" />
        <source>Too many wrong passphrases. Wait {seconds} seconds, then try again.</source>
        <translation>ໃສ່ລະຫັດລັບຜິດຫຼາຍເທື່ອເກີນໄປ. ລໍຖ້າ {seconds} ວິນາທີ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="69" />
        <source>The passphrase is wrong. Check the keyboard language (Lao or English) and Caps Lock, then try again.</source>
        <translation>ລະຫັດລັບບໍ່ຖືກຕ້ອງ. ກວດເບິ່ງພາສາແປ້ນພິມ (ລາວ ຫຼື ອັງກິດ) ແລະ Caps Lock ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="74" />
        <source>The new passphrase must have at least {count} characters and no space at either end.</source>
        <translation>ລະຫັດລັບໃໝ່ຕ້ອງມີຢ່າງໜ້ອຍ {count} ຕົວອັກສອນ ແລະ ບໍ່ມີຍະຫວ່າງຢູ່ຕົ້ນ ຫຼື ທ້າຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="79" />
        <source>Something went wrong: {error}</source>
        <translation>ມີບັນຫາເກີດຂຶ້ນ: {error}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="139" />
        <source>Type it again</source>
        <translation>ພິມອີກເທື່ອໜຶ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="192" />
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>ລະຫັດລັບທັງສອງບໍ່ຄືກັນ. ກະລຸນາພິມໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="239" />
        <source>Too many wrong passphrases. Wait {seconds} seconds, then try again.</source>
        <translation>ໃສ່ລະຫັດລັບຜິດຫຼາຍເທື່ອເກີນໄປ. ລໍຖ້າ {seconds} ວິນາທີ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_passphrase.py" line="249" />
        <source>You can try again now.</source>
        <translation>ຕອນນີ້ທ່ານລອງໃໝ່ໄດ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../../work/wt-h-signui/eoffice_desktop/ui/key_passphrase.py" line="151" />
        <source>Working… this takes a moment.</source>
        <translation>ກຳລັງດຳເນີນການ… ກະລຸນາລໍຖ້າຈັກໜ້ອຍ.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="90" />
        <source>Also sign the PDF files inside, with a visible stamp</source>
        <translation>ລົງລາຍເຊັນໃນໄຟລ໌ PDF ນຳ, ພ້ອມກາປະທັບທີ່ເບິ່ງເຫັນໄດ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="94" />
        <source>This letter has no PDF file.</source>
        <translation>ໜັງສືນີ້ບໍ່ມີໄຟລ໌ PDF.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="95" />
        <source>I sign as</source>
        <translation>ຂ້ອຍລົງລາຍເຊັນເປັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="99" />
        <source>Your key is still unlocked; you are not asked for the passphrase again.</source>
        <translation>ກະແຈຂອງທ່ານຍັງເປີດຢູ່; ບໍ່ຕ້ອງໃສ່ລະຫັດລັບອີກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="106" />
        <source>Type the passphrase of your signing key.</source>
        <translation>ພິມລະຫັດລັບຂອງກະແຈລົງລາຍເຊັນຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="107" />
        <source>Passphrase</source>
        <translation>ລະຫັດລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="118" />
        <source>Sign the letter</source>
        <translation>ລົງລາຍເຊັນໜັງສື</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/sign_dialog.py" line="124" />
        <source>Sign</source>
        <translation>ລົງລາຍເຊັນ</translation>
    </message>
</context>
<context>
    <name>Signatures</name>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="32" />
        <source>Prepared by</source>
        <translation>ຜູ້ກະກຽມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="33" />
        <source>Approved by</source>
        <translation>ຜູ້ຮັບຮອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="34" />
        <source>Signed by</source>
        <translation>ຜູ້ລົງນາມ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="42" />
        <source>the field {field}</source>
        <translation>ຊ່ອງ {field}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="49" />
        <source>the file {name} was changed</source>
        <translation>ໄຟລ໌ {name} ຖືກປ່ຽນແປງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="50" />
        <source>the file {name} was removed</source>
        <translation>ໄຟລ໌ {name} ຖືກລຶບອອກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="51" />
        <source>the file {name} was added</source>
        <translation>ໄຟລ໌ {name} ຖືກເພີ່ມເຂົ້າ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="54" />
        <source>the signed contents</source>
        <translation>ເນື້ອໃນທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="56" />
        <source>the letter is missing</source>
        <translation>ບໍ່ພົບໜັງສືສະບັບນີ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="63" />
        <source>Valid: the letter is exactly as it was signed.</source>
        <translation>ຖືກຕ້ອງ: ໜັງສືຄືກັນທຸກຢ່າງກັບຕອນລົງລາຍເຊັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="65" />
        <source>Document changed after signing.</source>
        <translation>ເອກະສານຖືກປ່ຽນແປງຫຼັງຈາກລົງລາຍເຊັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="67" />
        <source>Changed: {files}.</source>
        <translation>ສິ່ງທີ່ປ່ຽນແປງ: {files}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="72" />
        <source>Signer not trusted: the certificate comes from an authority this office does not know.</source>
        <translation>ບໍ່ໄວ້ວາງໃຈຜູ້ລົງລາຍເຊັນ: ໃບຢັ້ງຢືນອອກໂດຍອົງການທີ່ຫ້ອງການນີ້ບໍ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="76" />
        <source>The signer's certificate had expired at the time of signing.</source>
        <translation>ໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນໝົດອາຍຸແລ້ວ ໃນເວລາລົງລາຍເຊັນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="79" />
        <source>The signer's certificate was revoked on {date}.</source>
        <translation>ໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນຖືກຍົກເລີກແລ້ວ ເມື່ອວັນທີ {date}.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="83" />
        <source>The signature is damaged or in an unknown format.</source>
        <translation>ລາຍເຊັນເສຍຫາຍ ຫຼື ບໍ່ແມ່ນຮູບແບບທີ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_words.py" line="84" />
        <source>Not checked yet.</source>
        <translation>ຍັງບໍ່ໄດ້ກວດສອບ.</translation>
    </message>
</context>
<context>
    <name>SignaturesPanel</name>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="61" />
        <source>Show details</source>
        <translation>ສະແດງລາຍລະອຽດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="64" />
        <source>Sign…</source>
        <translation>ລົງລາຍເຊັນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="66" />
        <source>Export signed package…</source>
        <translation>ສົ່ງອອກຊຸດເອກະສານທີ່ລົງລາຍເຊັນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="101" />
        <source>Checking the signatures…</source>
        <translation>ກຳລັງກວດສອບລາຍເຊັນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="120" />
        <source>The signatures could not be checked: {error}</source>
        <translation>ກວດສອບລາຍເຊັນບໍ່ໄດ້: {error}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="128" />
        <source>This letter has no digital signature.</source>
        <translation>ໜັງສືນີ້ບໍ່ມີລາຍເຊັນດິຈິຕອນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="132" />
        <source>{count} signature(s), all valid.</source>
        <translation>{count} ລາຍເຊັນ, ຖືກຕ້ອງທັງໝົດ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="134" />
        <source>{count} signature(s); {bad} with a problem: see below.</source>
        <translation>{count} ລາຍເຊັນ; {bad} ລາຍເຊັນມີບັນຫາ: ເບິ່ງຂ້າງລຸ່ມ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="162" />
        <source>Hide details</source>
        <translation>ເຊື່ອງລາຍລະອຽດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="172" />
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="173" />
        <source>Verification code</source>
        <translation>ລະຫັດກວດສອບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="174" />
        <source>Signed at (signer's PC clock)</source>
        <translation>ເວລາລົງລາຍເຊັນ (ຕາມໂມງຄອມພິວເຕີຂອງຜູ້ລົງລາຍເຊັນ)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="179" />
        <source>Signer</source>
        <translation>ຜູ້ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="180" />
        <source>Title</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="181" />
        <source>Office</source>
        <translation>ຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="182" />
        <source>Certificate issued by</source>
        <translation>ໃບຢັ້ງຢືນອອກໂດຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="184" />
        <source>Certificate valid</source>
        <translation>ໃບຢັ້ງຢືນໃຊ້ໄດ້</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="187" />
        <source>Certificate serial</source>
        <translation>ເລກລຳດັບໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="188" />
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>ລາຍນິ້ວມືຂອງໃບຢັ້ງຢືນ (SHA-256)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="190" />
        <source>Signed contents (SHA-256)</source>
        <translation>ເນື້ອໃນທີ່ລົງລາຍເຊັນ (SHA-256)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="194" />
        <source>PDF signed inside</source>
        <translation>PDF ທີ່ລົງລາຍເຊັນໃນໄຟລ໌</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="210" />
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="215" />
        <source>No signing key</source>
        <translation>ບໍ່ມີກະແຈລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="217" />
        <source>You have no signing key with a certificate on this PC. Open Office &gt; My signing key… to create one, or ask IT staff.</source>
        <translation>ທ່ານບໍ່ມີກະແຈລົງລາຍເຊັນທີ່ມີໃບຢັ້ງຢືນໃນຄອມພິວເຕີນີ້. ເປີດ ຫ້ອງການ &gt; ກະແຈລົງລາຍເຊັນຂອງຂ້ອຍ… ເພື່ອສ້າງ, ຫຼື ຖາມພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="239" />
        <source>Letter signed</source>
        <translation>ລົງລາຍເຊັນໜັງສືແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="240" />
        <source>The letter is signed. Verification code: {code}</source>
        <translation>ໜັງສືໄດ້ລົງລາຍເຊັນແລ້ວ. ລະຫັດກວດສອບ: {code}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="249" />
        <source>Export signed package</source>
        <translation>ສົ່ງອອກຊຸດເອກະສານທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="249" />
        <source>Signed package (*.zip)</source>
        <translation>ຊຸດເອກະສານທີ່ລົງລາຍເຊັນ (*.zip)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="262" />
        <source>Package saved</source>
        <translation>ບັນທຶກຊຸດເອກະສານແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_panel.py" line="264" />
        <source>The signed package {name} holds {count} signature(s). Anyone can check it with eOffice (File &gt; Verify a signed package…) or with OpenSSL.</source>
        <translation>ຊຸດເອກະສານ {name} ມີ {count} ລາຍເຊັນ. ທຸກຄົນກວດສອບໄດ້ດ້ວຍ eOffice (ໄຟລ໌ &gt; ກວດສອບຊຸດເອກະສານທີ່ລົງລາຍເຊັນ…) ຫຼື ດ້ວຍ OpenSSL.</translation>
    </message>
    <message>
        <location filename="../../work/wt-h-signui/eoffice_desktop/ui/signatures_panel.py" line="202" />
        <source>Technical notes</source>
        <translation>ບັນທຶກທາງເທັກນິກ</translation>
    </message>
</context>
<context>
    <name>SigningKeyDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="57" />
        <source>My signing key</source>
        <translation>ກະແຈລົງລາຍເຊັນຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="64" />
        <source>Create my key…</source>
        <translation>ສ້າງກະແຈຂອງຂ້ອຍ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="65" />
        <source>Save certificate request…</source>
        <translation>ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="66" />
        <source>Install certificate from the CA…</source>
        <translation>ຕິດຕັ້ງໃບຢັ້ງຢືນຈາກອົງການອອກໃບຢັ້ງຢືນ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="67" />
        <source>Import key from PKCS#12 file…</source>
        <translation>ນຳເຂົ້າກະແຈຈາກໄຟລ໌ PKCS#12…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="68" />
        <source>Change passphrase…</source>
        <translation>ປ່ຽນລະຫັດລັບ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="69" />
        <source>Back up key to a file…</source>
        <translation>ສຳຮອງກະແຈໄວ້ໃນໄຟລ໌…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="98" />
        <source>You have no signing key on this PC yet.</source>
        <translation>ທ່ານຍັງບໍ່ມີກະແຈລົງລາຍເຊັນໃນຄອມພິວເຕີນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="102" />
        <source>Create your key (it stays on this PC, locked with your passphrase), save the certificate request and give it to IT staff. Install the certificate they give back, and you can sign. If you already have a key and certificate in a PKCS#12 file (.p12), import it instead.</source>
        <translation>ສ້າງກະແຈຂອງທ່ານ (ມັນຢູ່ໃນຄອມພິວເຕີນີ້ເທົ່ານັ້ນ, ລັອກດ້ວຍລະຫັດລັບຂອງທ່ານ), ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ ແລ້ວມອບໃຫ້ພະນັກງານໄອທີ. ຕິດຕັ້ງໃບຢັ້ງຢືນທີ່ເຂົາເຈົ້າສົ່ງຄືນ, ແລ້ວທ່ານກໍລົງລາຍເຊັນໄດ້. ຖ້າທ່ານມີກະແຈ ແລະ ໃບຢັ້ງຢືນຢູ່ໃນໄຟລ໌ PKCS#12 (.p12) ແລ້ວ, ໃຫ້ນຳເຂົ້າແທນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="112" />
        <source>Your key is ready but has no certificate yet.</source>
        <translation>ກະແຈຂອງທ່ານພ້ອມແລ້ວ ແຕ່ຍັງບໍ່ມີໃບຢັ້ງຢືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="116" />
        <source>Save the certificate request, give it to IT staff (the certification authority) and install the certificate file they give back.</source>
        <translation>ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ, ມອບໃຫ້ພະນັກງານໄອທີ (ອົງການອອກໃບຢັ້ງຢືນ) ແລະ ຕິດຕັ້ງໄຟລ໌ໃບຢັ້ງຢືນທີ່ເຂົາເຈົ້າສົ່ງຄືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="134" />
        <source>This certificate is not valid today (expired or not yet valid). Ask IT to renew it.</source>
        <translation>ໃບຢັ້ງຢືນນີ້ໃຊ້ບໍ່ໄດ້ໃນມື້ນີ້ (ໝົດອາຍຸ ຫຼື ຍັງບໍ່ເຖິງກຳນົດ). ຂໍໃຫ້ພະນັກງານໄອທີຕໍ່ອາຍຸ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="136" />
        <source>This certificate is valid today: you can sign.</source>
        <translation>ໃບຢັ້ງຢືນນີ້ໃຊ້ໄດ້ໃນມື້ນີ້: ທ່ານລົງລາຍເຊັນໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="140" />
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="141" />
        <source>Title</source>
        <translation>ຕຳແໜ່ງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="142" />
        <source>Office</source>
        <translation>ຫ້ອງການ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="143" />
        <source>Issued by</source>
        <translation>ອອກໂດຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="144" />
        <source>Valid from</source>
        <translation>ໃຊ້ໄດ້ຕັ້ງແຕ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="145" />
        <source>Valid until</source>
        <translation>ໃຊ້ໄດ້ຮອດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="146" />
        <source>Serial number</source>
        <translation>ເລກລຳດັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="147" />
        <source>Fingerprint (SHA-256)</source>
        <translation>ລາຍນິ້ວມື (SHA-256)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="148" />
        <source>Key type</source>
        <translation>ປະເພດກະແຈ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="169" />
        <source>Create my signing key</source>
        <translation>ສ້າງກະແຈລົງລາຍເຊັນຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="171" />
        <source>Choose a passphrase for your key: a short sentence you remember, at least 10 characters. Nobody, not even IT staff, can recover it; without it the key cannot be used.</source>
        <translation>ເລືອກລະຫັດລັບສຳລັບກະແຈຂອງທ່ານ: ປະໂຫຍກສັ້ນໆທີ່ທ່ານຈື່ໄດ້, ຢ່າງໜ້ອຍ 10 ຕົວອັກສອນ. ບໍ່ມີໃຜກູ້ຄືນໄດ້, ແມ່ນແຕ່ພະນັກງານໄອທີ; ຖ້າບໍ່ມີມັນ ກະແຈກໍໃຊ້ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="174" />
        <source>Passphrase</source>
        <translation>ລະຫັດລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="181" />
        <source>Key created</source>
        <translation>ສ້າງກະແຈແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="182" />
        <source>Your key was created. Now save the certificate request and give it to IT staff.</source>
        <translation>ກະແຈຂອງທ່ານຖືກສ້າງແລ້ວ. ຕອນນີ້ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ ແລ້ວມອບໃຫ້ພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="188" />
        <source>Save certificate request</source>
        <translation>ບັນທຶກຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="188" />
        <source>Certificate request (*.csr)</source>
        <translation>ຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ (*.csr)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="195" />
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="199" />
        <source>Request saved</source>
        <translation>ບັນທຶກຄຳຮ້ອງແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="200" />
        <source>Give the file {name} to IT staff. They will give you back a certificate file to install.</source>
        <translation>ມອບໄຟລ໌ {name} ໃຫ້ພະນັກງານໄອທີ. ເຂົາເຈົ້າຈະສົ່ງໄຟລ໌ໃບຢັ້ງຢືນຄືນມາໃຫ້ທ່ານຕິດຕັ້ງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="208" />
        <source>Certificate request</source>
        <translation>ຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="209" />
        <source>Type your key passphrase to make the certificate request.</source>
        <translation>ພິມລະຫັດລັບຂອງກະແຈ ເພື່ອເຮັດຄຳຮ້ອງຂໍໃບຢັ້ງຢືນ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="218" />
        <source>Certificate from the CA</source>
        <translation>ໃບຢັ້ງຢືນຈາກອົງການອອກໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="218" />
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>ໃບຢັ້ງຢືນ (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="228" />
        <source>The file {name} is not a certificate. Ask IT staff for the certificate file (.pem).</source>
        <translation>ໄຟລ໌ {name} ບໍ່ແມ່ນໃບຢັ້ງຢືນ. ຂໍໄຟລ໌ໃບຢັ້ງຢືນ (.pem) ຈາກພະນັກງານໄອທີ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="239" />
        <source>Install certificate</source>
        <translation>ຕິດຕັ້ງໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="240" />
        <source>Type your key passphrase to store the certificate with your key.</source>
        <translation>ພິມລະຫັດລັບຂອງກະແຈ ເພື່ອເກັບໃບຢັ້ງຢືນໄວ້ກັບກະແຈຂອງທ່ານ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="246" />
        <source>Certificate installed</source>
        <translation>ຕິດຕັ້ງໃບຢັ້ງຢືນແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="246" />
        <source>You can now sign letters.</source>
        <translation>ຕອນນີ້ທ່ານລົງລາຍເຊັນໜັງສືໄດ້ແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="253" />
        <source>Replace your key?</source>
        <translation>ປ່ຽນແທນກະແຈຂອງທ່ານບໍ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="254" />
        <source>The imported key replaces the key you have on this PC. Back up your key first. Go on?</source>
        <translation>ກະແຈທີ່ນຳເຂົ້າຈະແທນກະແຈທີ່ທ່ານມີໃນຄອມພິວເຕີນີ້. ສຳຮອງກະແຈຂອງທ່ານກ່ອນ. ສືບຕໍ່ບໍ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="260" />
        <source>Key and certificate file</source>
        <translation>ໄຟລ໌ກະແຈ ແລະ ໃບຢັ້ງຢືນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="260" />
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>ໄຟລ໌ PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="266" />
        <source>Import key</source>
        <translation>ນຳເຂົ້າກະແຈ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="267" />
        <source>Type the passphrase of the file, and choose the passphrase for your key on this PC.</source>
        <translation>ພິມລະຫັດລັບຂອງໄຟລ໌ ແລະ ເລືອກລະຫັດລັບສຳລັບກະແຈຂອງທ່ານໃນຄອມພິວເຕີນີ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="268" />
        <source>Passphrase of the file</source>
        <translation>ລະຫັດລັບຂອງໄຟລ໌</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="268" />
        <source>New passphrase</source>
        <translation>ລະຫັດລັບໃໝ່</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="276" />
        <source>Change passphrase</source>
        <translation>ປ່ຽນລະຫັດລັບ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="277" />
        <source>Type your current passphrase, then the new one twice.</source>
        <translation>ພິມລະຫັດລັບປັດຈຸບັນ, ແລ້ວພິມລະຫັດລັບໃໝ່ສອງເທື່ອ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="278" />
        <source>Current passphrase</source>
        <translation>ລະຫັດລັບປັດຈຸບັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="282" />
        <source>Passphrase changed</source>
        <translation>ປ່ຽນລະຫັດລັບແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="282" />
        <source>Use the new passphrase from now on.</source>
        <translation>ໃຊ້ລະຫັດລັບໃໝ່ນັບແຕ່ນີ້ໄປ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="286" />
        <source>Back up key</source>
        <translation>ສຳຮອງກະແຈ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="286" />
        <source>PKCS#12 files (*.p12)</source>
        <translation>ໄຟລ໌ PKCS#12 (*.p12)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="294" />
        <source>The backup file is locked with its own passphrase. Keep the file and the passphrase in different safe places.</source>
        <translation>ໄຟລ໌ສຳຮອງຖືກລັອກດ້ວຍລະຫັດລັບຂອງມັນເອງ. ເກັບໄຟລ໌ ແລະ ລະຫັດລັບໄວ້ຄົນລະບ່ອນທີ່ປອດໄພ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="297" />
        <source>Your key passphrase</source>
        <translation>ລະຫັດລັບຂອງກະແຈທ່ານ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="297" />
        <source>Passphrase of the backup</source>
        <translation>ລະຫັດລັບຂອງໄຟລ໌ສຳຮອງ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="303" />
        <source>Key backed up</source>
        <translation>ສຳຮອງກະແຈແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_dialog.py" line="304" />
        <source>Your key was saved to {name}.</source>
        <translation>ກະແຈຂອງທ່ານຖືກບັນທຶກໄວ້ໃນ {name}.</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="51" />
        <source>Trusted certificate authorities</source>
        <translation>ອົງການອອກໃບຢັ້ງຢືນທີ່ໄວ້ວາງໃຈ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="54" />
        <source>Signatures are trusted only if the signer's certificate comes from an authority listed here. Import the CA certificate and its latest revocation list (CRL) from IT staff; compare the fingerprint with the one they published.</source>
        <translation>ລາຍເຊັນຈະໄດ້ຮັບຄວາມໄວ້ວາງໃຈ ກໍຕໍ່ເມື່ອໃບຢັ້ງຢືນຂອງຜູ້ລົງລາຍເຊັນອອກໂດຍອົງການທີ່ມີໃນລາຍການນີ້. ນຳເຂົ້າໃບຢັ້ງຢືນຂອງອົງການ (CA) ແລະ ລາຍການໃບຢັ້ງຢືນທີ່ຖືກຍົກເລີກ (CRL) ສະບັບລ່າສຸດຈາກພະນັກງານໄອທີ; ທຽບລາຍນິ້ວມືກັບອັນທີ່ເຂົາເຈົ້າປະກາດໄວ້.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="62" />
        <source>Import CA certificate or revocation list…</source>
        <translation>ນຳເຂົ້າໃບຢັ້ງຢືນ CA ຫຼື ລາຍການຍົກເລີກ…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="79" />
        <source>CA certificate</source>
        <translation>ໃບຢັ້ງຢືນ CA</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="79" />
        <source>Revocation list</source>
        <translation>ລາຍການໃບຢັ້ງຢືນທີ່ຖືກຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="93" />
        <source>CA certificate or revocation list</source>
        <translation>ໃບຢັ້ງຢືນ CA ຫຼື ລາຍການຍົກເລີກ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="95" />
        <source>Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl)</source>
        <translation>ໃບຢັ້ງຢືນ ແລະ ລາຍການຍົກເລີກ (*.pem *.crt *.cer *.der *.crl)</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="104" />
        <source>Not done</source>
        <translation>ບໍ່ສຳເລັດ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="105" />
        <source>The file {name} holds no CA certificate or revocation list.</source>
        <translation>ໄຟລ໌ {name} ບໍ່ມີໃບຢັ້ງຢືນ CA ຫຼື ລາຍການຍົກເລີກ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="110" />
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
        <location filename="../eoffice_desktop/ui/key_trust.py" line="112" />
        <source>Trust this authority?</source>
        <translation>ໄວ້ວາງໃຈອົງການນີ້ບໍ?</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="128" />
        <source>Imported</source>
        <translation>ນຳເຂົ້າແລ້ວ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/key_trust.py" line="128" />
        <source>{count} new item(s) added to the trust store.</source>
        <translation>ເພີ່ມ {count} ລາຍການໃໝ່ເຂົ້າໃນບ່ອນເກັບຄວາມໄວ້ວາງໃຈແລ້ວ.</translation>
    </message>
    <message>
        <location filename="../../work/wt-h-signui/eoffice_desktop/ui/key_trust.py" line="77" />
        <source>No certificate authority is trusted yet.</source>
        <translation>ຍັງບໍ່ໄດ້ໄວ້ວາງໃຈອົງການອອກໃບຢັ້ງຢືນໃດເທື່ອ.</translation>
    </message>
</context>
<context>
    <name>VerifyPackageDialog</name>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="41" />
        <source>Verify a signed package</source>
        <translation>ກວດສອບຊຸດເອກະສານທີ່ລົງລາຍເຊັນ</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="43" />
        <source>Checking {name}…</source>
        <translation>ກຳລັງກວດສອບ {name}…</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="59" />
        <source>This file is not a signed package of eOffice, or it is damaged.</source>
        <translation>ໄຟລ໌ນີ້ບໍ່ແມ່ນຊຸດເອກະສານທີ່ລົງລາຍເຊັນຂອງ eOffice, ຫຼື ມັນເສຍຫາຍ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="61" />
        <source>The package could not be checked: {error}</source>
        <translation>ກວດສອບຊຸດເອກະສານບໍ່ໄດ້: {error}</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="70" />
        <source>All signatures in this package are valid.</source>
        <translation>ລາຍເຊັນທັງໝົດໃນຊຸດເອກະສານນີ້ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="72" />
        <source>Some signatures in this package are NOT valid: see below.</source>
        <translation>ລາຍເຊັນບາງອັນໃນຊຸດເອກະສານນີ້ ບໍ່ຖືກຕ້ອງ: ເບິ່ງຂ້າງລຸ່ມ.</translation>
    </message>
    <message>
        <location filename="../eoffice_desktop/ui/signatures_package.py" line="96" />
        <source>No certificate authority is trusted in this office yet, so no signer can be trusted. The package names these authorities; ask IT staff to compare the fingerprint before trusting one:</source>
        <translation>ຫ້ອງການນີ້ຍັງບໍ່ໄດ້ໄວ້ວາງໃຈອົງການອອກໃບຢັ້ງຢືນໃດເທື່ອ, ສະນັ້ນຈຶ່ງໄວ້ວາງໃຈຜູ້ລົງລາຍເຊັນບໍ່ໄດ້. ຊຸດເອກະສານນີ້ລະບຸອົງການເຫຼົ່ານີ້; ໃຫ້ພະນັກງານໄອທີທຽບລາຍນິ້ວມືກ່ອນຈະໄວ້ວາງໃຈ:</translation>
    </message>
    <message>
        <location filename="../../work/wt-h-signui/eoffice_desktop/ui/signatures_package.py" line="78" />
        <source>Verification code</source>
        <translation>ລະຫັດກວດສອບ</translation>
    </message>
</context>
</TS>