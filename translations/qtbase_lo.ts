<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo_LA">
<!-- Qt's own words that eOffice's windows show (file chooser, print dialog, print preview, text menus): Qt ships
     no Lao translation of them. Loaded beside eoffice_lo by a second translator. Sources must match Qt's exactly. -->
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ເບິ່ງໃນ (&amp;L):</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ໄປໜ້າ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ໄປໜ້າ</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ໂຟນເດີຂັ້ນເທິງ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ໄປໂຟນເດີຂັ້ນເທິງ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>ສ້າງໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>ສ້າງໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>ສະແດງເປັນລາຍການ</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>ສະແດງເປັນລາຍການ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>ສະແດງລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>ສະແດງລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>ແຖບຂ້າງ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>ບ່ອນທີ່ໃຊ້ເລື້ອຍໆ</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ປະເພດໄຟລ໌ (&amp;T):</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ຊື່ໄຟລ໌ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ເປີດ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ບັນທຶກ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ເລືອກ (&amp;C)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>ສະແດງ </translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>ປ່ຽນຊື່ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ລຶບ (&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>ສະແດງໄຟລ໌ທີ່ເຊື່ອງໄວ້ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>ໂຟນເດີໃໝ່ (&amp;N)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>ໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>ບັນທຶກເປັນ</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>ເລືອກໂຟນເດີ</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>ໂຟນເດີ:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>ໂຟນເດີ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ບ່ອນທີ່ຫາກໍໃຊ້</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>ມີ %1 ຢູ່ແລ້ວ.
ຕ້ອງການແທນທີ່ບໍ່?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ບໍ່ພົບໄຟລ໌.
ກະລຸນາກວດເບິ່ງຊື່ໄຟລ໌ອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ບໍ່ພົບໂຟນເດີ.
ກະລຸນາກວດເບິ່ງຊື່ໂຟນເດີອີກຄັ້ງ.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>ແນ່ໃຈບໍ່ວ່າຈະລຶບ '%1'?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ລຶບໂຟນເດີບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>'%1' ຖືກປ້ອງກັນການຂຽນ.
ຍັງຕ້ອງການລຶບບໍ່?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>ຄອມພິວເຕີ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ຂະໜາດ</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ວັນທີແກ້ໄຂ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>ຄອມພິວເຕີຂອງຂ້ອຍ</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ໄດຣຟ໌</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>ໂຟນເດີ</translation>
    </message>
    <message>
        <source>File</source>
        <comment>All other platforms</comment>
        <translation>ໄຟລ໌</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>ພິມ</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>ທຸກໜ້າ</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>ໜ້າຄີກ</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>ໜ້າຄູ່</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>ຕົວເລືອກ (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>ຕົວເລືອກ (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>ພິມ (&amp;P)</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>ພິມເປັນໄຟລ໌ (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>ໄຟລ໌ໃນຄອມນີ້</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>ບັນທຶກເປັນໄຟລ໌ PDF</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>ຊ້າຍຫາຂວາ, ເທິງຫາລຸ່ມ</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>ຊ້າຍຫາຂວາ, ລຸ່ມຫາເທິງ</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>ຂວາຫາຊ້າຍ, ລຸ່ມຫາເທິງ</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>ຂວາຫາຊ້າຍ, ເທິງຫາລຸ່ມ</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>ລຸ່ມຫາເທິງ, ຊ້າຍຫາຂວາ</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>ລຸ່ມຫາເທິງ, ຂວາຫາຊ້າຍ</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>ເທິງຫາລຸ່ມ, ຊ້າຍຫາຂວາ</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>ເທິງຫາລຸ່ມ, ຂວາຫາຊ້າຍ</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>ພິມທັງໝົດ</translation>
    </message>
    <message>
        <source>Print selection</source>
        <translation>ພິມສ່ວນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Print current page</source>
        <translation>ພິມໜ້ານີ້</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>ພິມບາງໜ້າ</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Form</source>
        <translation>ແບບຟອມ</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>ເຄື່ອງພິມ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ຊື່ (&amp;N):</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>ຄຸນສົມບັດ (&amp;R)</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>ບ່ອນຕັ້ງ:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ເບິ່ງກ່ອນພິມ</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ປະເພດ:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>ບັນທຶກເປັນໄຟລ໌ (&amp;F):</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>ເລື່ອນໄປຊ້າຍ</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>ເລື່ອນໄປຂວາ</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Form</source>
        <translation>ແບບຟອມ</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>ໜ້າທີ່ຈະພິມ</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>ພິມທັງໝົດ</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>ໜ້າຈາກ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ຫາ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ໜ້າ</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>ຂຽນເລກໜ້າ ຫຼື ຊ່ວງໜ້າ ແຍກກັນດ້ວຍເຄື່ອງໝາຍ ",". ຊ່ວງໜ້າແມ່ນສອງຕົວເລກ ມີເຄື່ອງໝາຍ "-" ຢູ່ກາງ. ຕົວຢ່າງ: 3,5-7,9 ພິມໜ້າ 3, 5, 6, 7 ແລະ 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>ໜ້ານີ້</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>ສ່ວນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>ຊຸດໜ້າ (&amp;S):</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>ການພິມ</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>ຈຳນວນສຳເນົາ:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>ລຽງເປັນຊຸດ</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>ພິມຈາກໜ້າສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>ສຳເນົາ</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>ສີ</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>ພິມສີ</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>ຂາວດຳ</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>ພິມສອງໜ້າ</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>ບໍ່</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>ເຂົ້າເຫຼັ້ມດ້ານຍາວ</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>ເຂົ້າເຫຼັ້ມດ້ານສັ້ນ</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>ຕົວເລືອກ</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Next page</source>
        <translation>ໜ້າຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>ໜ້າກ່ອນ</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>ໜ້າທຳອິດ</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>ໜ້າສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ພໍດີຄວາມກວ້າງ</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>ພໍດີໜ້າ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ຂະຫຍາຍ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ຫຍໍ້</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>ແນວຕັ້ງ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>ແນວນອນ</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>ສະແດງເທື່ອລະໜ້າ</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>ສະແດງສອງໜ້າຄູ່ກັນ</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>ສະແດງທຸກໜ້າ</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>ພິມ</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>ຕັ້ງຄ່າໜ້າເຈ້ຍ</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>ເບິ່ງກ່ອນພິມ</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>ຕັ້ງຄ່າໜ້າເຈ້ຍ</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>ບັນທຶກເປັນ PDF</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ບັນທຶກເປັນໄຟລ໌</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Form</source>
        <translation>ແບບຟອມ</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>ເຈ້ຍ</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>ຂະໜາດເຈ້ຍ:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>ກວ້າງ:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>ສູງ:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>ຖາດເຈ້ຍ:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>ທິດທາງ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>ແນວຕັ້ງ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>ແນວນອນ</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>ແນວນອນ ປີ້ນກັບ</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>ແນວຕັ້ງ ປີ້ນກັບ</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>ຂອບເຈ້ຍ</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>ຂອບເທິງ</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>ຂອບຊ້າຍ</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>ຂອບຂວາ</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>ຂອບລຸ່ມ</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>ການຈັດໜ້າ</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>ລຳດັບໜ້າ (&amp;O):</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>ຈຳນວນໜ້າຕໍ່ແຜ່ນ (&amp;P):</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>ມິນລີແມັດ (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>ນິ້ວ (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>ພອຍ (pt)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>ກຳນົດເອງ</translation>
    </message>
</context>
<context>
    <name>QPageSetupDialog</name>
    <message>
        <source>Page Setup</source>
        <translation>ຕັ້ງຄ່າໜ້າເຈ້ຍ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>ສະແດງລາຍລະອຽດ...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>ເຊື່ອງລາຍລະອຽດ...</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍ້ອນກັບ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ຕັດ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ວາງ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍ້ອນກັບ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ຕັດ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>ວາງ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>ສຳເນົາທີ່ຢູ່ລິ້ງ (&amp;L)</translation>
    </message>
</context>
</TS>
