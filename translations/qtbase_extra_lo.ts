<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄດຣຟ໌</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂຟນເດີ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຫຼຸດລົງ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມຂຶ້ນ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກທັງໝົດ (&amp;S)</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>&amp;Red:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແດງ (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄວາມອີ່ມຕົວ (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄວາມສະຫວ່າງ (&amp;V):</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສີສັນ (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>HTML (&amp;H):</translation>
    </message>
    <message>
        <source>Select Color</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກສີ</translation>
    </message>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມໃສ່ສີທີ່ກຳນົດເອງ (&amp;A)</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສີຟ້າ (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກສີຈາກໜ້າຈໍ (&amp;P)</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຄີເຊີຢູ່ທີ່ %1, %2
ກົດ ESC ເພື່ອຍົກເລີກ</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽວ (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສີພື້ນຖານ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສີທີ່ກຳນົດເອງ (&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊ່ອງຄວາມໂປ່ງໃສ (&amp;L):</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົກລົງ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປີດ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກ (&amp;S)</translation>
    </message>
    <message>
        <source>Alias</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນາມແຝງ</translation>
    </message>
    <message>
        <source>Drive</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄດຣຟ໌</translation>
    </message>
    <message>
        <source>Files</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Show </source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງ </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&apos;%1&apos; ຖືກປ້ອງກັນການຂຽນ.
ຍັງຕ້ອງການລຶບບໍ່?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນ່ໃຈບໍ່ວ່າຈະລຶບ &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການບ່ອນ ແລະ ບຸກມາກ</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ໄຟລ໌ (&amp;N):</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂຟນເດີໄຟລ໌</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂຟນເດີ</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂຟນເດີແມ່</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂຟນເດີໃໝ່ (&amp;N)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອົາອອກ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄອມພິວເຕີຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊອກໃນ:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສ້າງໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ %1</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດໄຟລ໌:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊອກຫາໂຟນເດີ</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງໄຟລ໌ທີ່ເຊື່ອງ (&amp;H)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກເປັນ</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1
ບໍ່ພົບໂຟນເດີ.
ກະລຸນາກວດວ່າຊື່ໂຟນເດີຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຖບດ້ານຂ້າງ</translation>
    </message>
    <message>
        <source>List View</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ມຸມມອງລາຍການ</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຶບ (&amp;D)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂຟນເດີ</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປ່ຽນຊື່ (&amp;R)</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດລຶບໂຟນເດີໄດ້.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂຟນເດີ:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ມີຢູ່ແລ້ວ.
ຕ້ອງການແທນທີ່ບໍ່?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄປໜ້າ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄປໜ້າ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄປໂຟນເດີແມ່</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບ່ອນຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>Go back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປ່ຽນເປັນມຸມມອງລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສ້າງໂຟນເດີໃໝ່</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທາງລັດ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ມຸມມອງລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1
ບໍ່ພົບໄຟລ໌.
ກະລຸນາກວດວ່າຊື່ໄຟລ໌ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປ່ຽນເປັນມຸມມອງລາຍການ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະໜາດ</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊະນິດ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄອມພິວເຕີຂອງຂ້ອຍ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄອມພິວເຕີ</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ໄຟລ໌ບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&lt;b&gt;ບໍ່ສາມາດໃຊ້ຊື່ &quot;%1&quot; ໄດ້.&lt;/b&gt;&lt;p&gt;ລອງໃຊ້ຊື່ອື່ນທີ່ສັ້ນກວ່າ ຫຼື ບໍ່ມີເຄື່ອງໝາຍວັກຕອນ.</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັນທີແກ້ໄຂ</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປ້ອນຄ່າ:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕັດ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍົກເລີກການກະທຳ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວາງ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງລາຍລະອຽດ...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກ່ຽວກັບ Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊື່ອງລາຍລະອຽດ...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&lt;h3&gt;ກ່ຽວກັບ Qt&lt;/h3&gt;&lt;p&gt;ໂປຣແກຣມນີ້ໃຊ້ Qt ລຸ້ນ %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>bottom margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂອບລຸ່ມ</translation>
    </message>
    <message>
        <source>Paper</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຈ້ຍ</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງເຈ້ຍ:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂອບຂວາ</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພີກາ (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂອບ</translation>
    </message>
    <message>
        <source>Custom</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳນົດເອງ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນວນອນ</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຈັດວາງໜ້າ</translation>
    </message>
    <message>
        <source>Width:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກວ້າງ:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທິດທາງ</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ດີໂດ (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນວຕັ້ງ</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຳດັບໜ້າ:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂອບເທິງ</translation>
    </message>
    <message>
        <source>left margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂອບຊ້າຍ</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະໜາດໜ້າ:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊິເຊໂຣ (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນວຕັ້ງປີ້ນກັບ</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ມິນລີແມັດ (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພອຍ (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນໜ້າຕໍ່ແຜ່ນ:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນິ້ວ (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນວນອນປີ້ນກັບ</translation>
    </message>
    <message>
        <source>Height:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສູງ:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແມ່ນ (&amp;Y)</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Abort</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍົກເລີກການເຮັດວຽກ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳໃຊ້</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕັ້ງຄືນໃໝ່</translation>
    </message>
    <message>
        <source>Retry</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລອງໃໝ່</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄືນຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສົນໃຈ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ທັງໝົດ (&amp;O)</translation>
    </message>
    <message>
        <source>Save All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກທັງໝົດ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຖິ້ມ</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແມ່ນທັງໝົດ (&amp;A)</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າຄູ່</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມ</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວເລືອກ (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວເລືອກ (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊ້າຍຫາຂວາ, ເທິງລົງລຸ່ມ</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂວາຫາຊ້າຍ, ລຸ່ມຂຶ້ນເທິງ</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນໄຟລ໌ PDF</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມ (&amp;P)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດໃຊ້ຕົວເລືອກ &apos;ຈຳນວນໜ້າຕໍ່ແຜ່ນ&apos; ແລະ &apos;ຊຸດໜ້າ&apos; ພ້ອມກັນໄດ້.
ກະລຸນາປິດຕົວເລືອກໃດໜຶ່ງ.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ມີຢູ່ແລ້ວ.
ຕ້ອງການຂຽນທັບບໍ່?</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊ້າຍຫາຂວາ, ລຸ່ມຂຶ້ນເທິງ</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າຄີກ</translation>
    </message>
    <message>
        <source>Local file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ໃນເຄື່ອງ</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຕັ້ງຄ່າພິມສອງໜ້າຂັດແຍ່ງກັນ. ຕ້ອງການແກ້ໄຂບໍ່?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມລົງໄຟລ໌ (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມລົງໄຟລ໌ ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການລະບຸໜ້າບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ຖືກຕາມຮູບແບບ. ໃຊ້ &apos;,&apos; ຂັ້ນຊ່ວງ ແລະ ໜ້າ, &apos;-&apos; ກຳນົດຊ່ວງ ແລະ ຊ່ວງຕ້ອງບໍ່ຊ້ອນກັນ.</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂວາຫາຊ້າຍ, ເທິງລົງລຸ່ມ</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຸ່ມຂຶ້ນເທິງ, ຊ້າຍຫາຂວາ</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄ່າ &apos;ຈາກ&apos; ຕ້ອງບໍ່ຫຼາຍກວ່າຄ່າ &apos;ຫາ&apos;.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທຸກໜ້າ</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຕັ້ງຄ່າພິມສອງໜ້າຂັດແຍ່ງກັນ</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ເປັນໂຟນເດີ.
ກະລຸນາເລືອກຊື່ໄຟລ໌ອື່ນ.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ %1 ໄດ້.
ກະລຸນາເລືອກຊື່ໄຟລ໌ອື່ນ.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຸ່ມຂຶ້ນເທິງ, ຂວາຫາຊ້າຍ</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເທິງລົງລຸ່ມ, ຊ້າຍຫາຂວາ</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເທິງລົງລຸ່ມ, ຂວາຫາຊ້າຍ</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບິ່ງກ່ອນພິມ</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມ</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພໍດີໜ້າ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະຫຍາຍ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນວນອນ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຫຍໍ້</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພໍດີຄວາມກວ້າງ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນວຕັ້ງ</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕັ້ງຄ່າໜ້າ</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕັ້ງຄ່າໜ້າ</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງພາບລວມທຸກໜ້າ</translation>
    </message>
    <message>
        <source>First page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າທຳອິດ</translation>
    </message>
    <message>
        <source>Last page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າສຸດທ້າຍ</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງເທື່ອລະໜ້າ</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສົ່ງອອກເປັນ PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າກ່ອນ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງໜ້າຄູ່</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວເລືອກຂັ້ນສູງຂັດແຍ່ງກັນ</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວເລືອກວຽກພິມ</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຕັ້ງຄ່າໜ້າຂັດແຍ່ງກັນ</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບາງຕົວເລືອກຂັ້ນສູງຂັດແຍ່ງກັນ. ຕ້ອງການແກ້ໄຂບໍ່?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຕັ້ງຄ່າໜ້າຂັດແຍ່ງກັນ. ຕ້ອງການແກ້ໄຂບໍ່?</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄຸນສົມບັດເຄື່ອງພິມ</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າ</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບາງຕົວເລືອກຂັດແຍ່ງກັນ. ກະລຸນາແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂັ້ນສູງ</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຫາ</translation>
    </message>
    <message>
        <source>Off</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Color</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສີ</translation>
    </message>
    <message>
        <source>Print all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມທັງໝົດ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າ</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>Selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສ່ວນທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Copies</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສຳເນົາ</translation>
    </message>
    <message>
        <source>Print range</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊ່ວງທີ່ພິມ</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂໝດສີ</translation>
    </message>
    <message>
        <source>Options</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວເລືອກ</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຕັ້ງຄ່າຜົນອອກ</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປີ້ນລຳດັບ</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລະດັບສີເທົາ</translation>
    </message>
    <message>
        <source>Collate</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຽງເປັນຊຸດ</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສຳເນົາ:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຢັບດ້ານສັ້ນ</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລະບຸໜ້າ ຫຼື ຊ່ວງ ຂັ້ນດ້ວຍຈຸດ. ຊ່ວງແມ່ນຕົວເລກສອງຕົວຂັ້ນດ້ວຍຂີດ. ຕົວຢ່າງ: 3,5-7,9 ພິມໜ້າ 3, 5, 6, 7 ແລະ 9.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າຈາກ</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມສອງໜ້າ</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊຸດໜ້າ:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຢັບດ້ານຍາວ</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Type:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດ:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ (&amp;N):</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ຜົນອອກ (&amp;F):</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄຸນສົມບັດ (&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວຢ່າງ</translation>
    </message>
    <message>
        <source>Printer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຄື່ອງພິມ</translation>
    </message>
    <message>
        <source>Location:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບ່ອນຢູ່:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍົກເລີກ</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເທິງສຸດ</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລື່ອນລົງ</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລື່ອນມາບ່ອນນີ້</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລື່ອນຊ້າຍ</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຸ່ມສຸດ</translation>
    </message>
    <message>
        <source>Page up</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລື່ອນຂຶ້ນໜຶ່ງໜ້າ</translation>
    </message>
    <message>
        <source>Page right</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລື່ອນຂວາໜຶ່ງໜ້າ</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລື່ອນຂຶ້ນ</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລື່ອນຂວາ</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂອບຊ້າຍ</translation>
    </message>
    <message>
        <source>Page down</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລື່ອນລົງໜຶ່ງໜ້າ</translation>
    </message>
    <message>
        <source>Page left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລື່ອນຊ້າຍໜຶ່ງໜ້າ</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂອບຂວາ</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Printer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຄື່ອງພິມ</translation>
    </message>
    <message>
        <source>Forward</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄປໜ້າ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕັດ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສຳເນົາ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຮັດຄືນ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍົກເລີກການກະທຳ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວາງ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສຳເນົາທີ່ຢູ່ລິ້ງ (&amp;L)</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Done</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແລ້ວໆ</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊ່ວຍເຫຼືອ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕໍ່ໄປ (&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Commit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຢືນຢັນ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສືບຕໍ່</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສຳເລັດ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕໍ່ໄປ (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&lt; ກັບຄືນ (&amp;B)</translation>
    </message>
</context>
</TS>
