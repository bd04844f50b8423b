<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដ្រាយ</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថត</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថយ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្កើន (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសទាំងអស់ (&amp;S)</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>&amp;Red:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ក្រហម (&amp;R)៖</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កម្រិតឆ្អែត (&amp;S)៖</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពន្លឺ (&amp;V)៖</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពណ៌លាំ (&amp;E)៖</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>HTML (&amp;H)៖</translation>
    </message>
    <message>
        <source>Select Color</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសពណ៌</translation>
    </message>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមទៅពណ៌ផ្ទាល់ខ្លួន (&amp;A)</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ខៀវ (&amp;U)៖</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>យកពណ៌ពីអេក្រង់ (&amp;P)</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទស្សន៍ទ្រនិចនៅ %1, %2
ចុច ESC ដើម្បីបោះបង់</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បៃតង (&amp;G)៖</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពណ៌មូលដ្ឋាន (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពណ៌ផ្ទាល់ខ្លួន (&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឆានែលថ្លា (&amp;L)៖</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>យល់ព្រម</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បើក</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បើក (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុក (&amp;S)</translation>
    </message>
    <message>
        <source>Alias</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះក្លែង</translation>
    </message>
    <message>
        <source>Drive</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដ្រាយ</translation>
    </message>
    <message>
        <source>Files</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Show </source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញ </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&apos;%1&apos; ត្រូវបានការពារមិនឱ្យសរសេរ។
តើនៅតែចង់លុបវាឬទេ?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តើពិតជាចង់លុប &apos;%1&apos; ឬ?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ជីទីតាំង និងចំណាំ</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះឯកសារ (&amp;N)៖</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថតឯកសារ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លុប</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថតថ្មី</translation>
    </message>
    <message>
        <source>Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថត</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថតមេ</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថតថ្មី (&amp;N)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដកចេញ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កុំព្យូទ័ររបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រកមើលក្នុង៖</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្កើតថតថ្មី</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារ %1</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទឯកសារ៖</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រកថត</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញឯកសារលាក់ (&amp;H)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុកជា</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1
រកមិនឃើញថតទេ។
សូមពិនិត្យថាឈ្មោះថតត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របារចំហៀង</translation>
    </message>
    <message>
        <source>List View</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទិដ្ឋភាពបញ្ជី</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើស (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លុប (&amp;D)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថត</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្ដូរឈ្មោះ (&amp;R)</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចលុបថតបានទេ។</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថត៖</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មានរួចហើយ។
តើចង់ជំនួសវាឬទេ?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទៅមុខ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទៅមុខ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទៅថតមេ</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទីតាំងថ្មីៗ</translation>
    </message>
    <message>
        <source>Go back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្ដូរទៅទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្កើតថតថ្មី</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្លូវកាត់</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទិដ្ឋភាពលម្អិត</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1
រកមិនឃើញឯកសារទេ។
សូមពិនិត្យថាឈ្មោះឯកសារត្រឹមត្រូវ។</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្ដូរទៅទិដ្ឋភាពបញ្ជី</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំហំ</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កុំព្យូទ័ររបស់ខ្ញុំ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កុំព្យូទ័រ</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះឯកសារមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&lt;b&gt;មិនអាចប្រើឈ្មោះ &quot;%1&quot; បានទេ។&lt;/b&gt;&lt;p&gt;សូមសាកល្បងឈ្មោះផ្សេង ដែលខ្លីជាង ឬគ្មានវណ្ណយុត្តិ។</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាលបរិច្ឆេទកែប្រែ</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ចូលតម្លៃ៖</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាត់ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសទាំងអស់</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញព័ត៌មានលម្អិត...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អំពី Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លាក់ព័ត៌មានលម្អិត...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&lt;h3&gt;អំពី Qt&lt;/h3&gt;&lt;p&gt;កម្មវិធីនេះប្រើ Qt កំណែ %1។&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>bottom margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រឹមខាងក្រោម</translation>
    </message>
    <message>
        <source>Paper</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ក្រដាស</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភពក្រដាស៖</translation>
    </message>
    <message>
        <source>right margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រឹមខាងស្ដាំ</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពីកា (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រឹម</translation>
    </message>
    <message>
        <source>Custom</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្ទាល់ខ្លួន</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្ដេក</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្លង់ទំព័រ</translation>
    </message>
    <message>
        <source>Width:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទទឹង៖</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទិស</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឌីដូ (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ឈរ</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លំដាប់ទំព័រ៖</translation>
    </message>
    <message>
        <source>top margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រឹមខាងលើ</translation>
    </message>
    <message>
        <source>left margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រឹមខាងឆ្វេង</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំហំទំព័រ៖</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស៊ីសេរ៉ូ (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ឈរបញ្ច្រាស</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មីលីម៉ែត្រ (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពិន្ទុ (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រក្នុងមួយសន្លឹក៖</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ៊ីញ (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្ដេកបញ្ច្រាស</translation>
    </message>
    <message>
        <source>Height:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កម្ពស់៖</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទេ (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បាទ/ចាស (&amp;Y)</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Abort</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អនុវត្ត</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ឡើងវិញ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្យាយាមម្ដងទៀត</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្ដារលំនាំដើម</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអើពើ</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទេទាំងអស់ (&amp;O)</translation>
    </message>
    <message>
        <source>Save All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុកទាំងអស់</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះចោល</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បាទ/ចាសទាំងអស់ (&amp;A)</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>យល់ព្រម</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រគូ</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជម្រើស (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជម្រើស (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពីឆ្វេងទៅស្ដាំ ពីលើចុះក្រោម</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពីស្ដាំទៅឆ្វេង ពីក្រោមឡើងលើ</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សរសេរឯកសារ PDF</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ព (&amp;P)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចប្រើជម្រើស &apos;ទំព័រក្នុងមួយសន្លឹក&apos; និង &apos;សំណុំទំព័រ&apos; ជាមួយគ្នាបានទេ។
សូមបិទជម្រើសមួយក្នុងចំណោមនោះ។</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មានរួចហើយ។
តើចង់សរសេរជាន់លើវាឬទេ?</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពីឆ្វេងទៅស្ដាំ ពីក្រោមឡើងលើ</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រសេស</translation>
    </message>
    <message>
        <source>Local file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារក្នុងម៉ាស៊ីន</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការកំណត់បោះពុម្ពពីរមុខមានភាពផ្ទុយគ្នា។ តើចង់ជួសជុលវាឬទេ?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពទៅឯកសារ (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពទៅឯកសារ ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការកំណត់ទំព័រមិនត្រឹមត្រូវ</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនត្រូវតាមទម្រង់ទេ។ សូមប្រើ &apos;,&apos; ដើម្បីបំបែកចន្លោះ និងទំព័រ &apos;-&apos; ដើម្បីកំណត់ចន្លោះ ហើយចន្លោះមិនត្រូវជាន់គ្នាទេ។</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពីស្ដាំទៅឆ្វេង ពីលើចុះក្រោម</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពីក្រោមឡើងលើ ពីឆ្វេងទៅស្ដាំ</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តម្លៃ &apos;ពី&apos; មិនអាចធំជាងតម្លៃ &apos;ដល់&apos; បានទេ។</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រទាំងអស់</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភាពផ្ទុយគ្នានៃការកំណត់បោះពុម្ពពីរមុខ</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 គឺជាថត។
សូមជ្រើសឈ្មោះឯកសារផ្សេង។</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរឯកសារ %1 បានទេ។
សូមជ្រើសឈ្មោះឯកសារផ្សេង។</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពីក្រោមឡើងលើ ពីស្ដាំទៅឆ្វេង</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពីលើចុះក្រោម ពីឆ្វេងទៅស្ដាំ</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពីលើចុះក្រោម ពីស្ដាំទៅឆ្វេង</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មើលមុនបោះពុម្ព</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សមនឹងទំព័រ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពង្រីក</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្ដេក</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្រួម</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សមនឹងទទឹង</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ឈរ</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការរៀបចំទំព័រ</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការរៀបចំទំព័រ</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញទិដ្ឋភាពទូទៅនៃទំព័រទាំងអស់</translation>
    </message>
    <message>
        <source>First page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រដំបូង</translation>
    </message>
    <message>
        <source>Last page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រចុងក្រោយ</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញម្ដងមួយទំព័រ</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចេញជា PDF</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រមុន</translation>
    </message>
    <message>
        <source>Next page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័របន្ទាប់</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញទំព័រទល់មុខគ្នា</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជម្រើសកម្រិតខ្ពស់ផ្ទុយគ្នា</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជម្រើសការងារបោះពុម្ព</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការរៀបចំទំព័រផ្ទុយគ្នា</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជម្រើសកម្រិតខ្ពស់ខ្លះផ្ទុយគ្នា។ តើចង់ជួសជុលវាឬទេ?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការរៀបចំទំព័រមានភាពផ្ទុយគ្នា។ តើចង់ជួសជុលវាឬទេ?</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លក្ខណសម្បត្តិម៉ាស៊ីនបោះពុម្ព</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រ</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជម្រើសខ្លះផ្ទុយគ្នា។ សូមជួសជុលវា។</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កម្រិតខ្ពស់</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Off</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Color</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពណ៌</translation>
    </message>
    <message>
        <source>Print all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពទាំងអស់</translation>
    </message>
    <message>
        <source>Pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រ</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័របច្ចុប្បន្ន</translation>
    </message>
    <message>
        <source>Selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្នែកដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Copies</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ច្បាប់ចម្លង</translation>
    </message>
    <message>
        <source>Print range</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចន្លោះបោះពុម្ព</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របៀបពណ៌</translation>
    </message>
    <message>
        <source>Options</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជម្រើស</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការកំណត់លទ្ធផល</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ច្រាស</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពណ៌ប្រផេះ</translation>
    </message>
    <message>
        <source>Collate</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តម្រៀបជាឈុត</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ច្បាប់ចម្លង៖</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចងគែមខ្លី</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ជាក់ទំព័រ ឬចន្លោះ ដោយបំបែកដោយសញ្ញាក្បៀស។ ចន្លោះគឺលេខពីរបំបែកដោយសញ្ញាដកឃ្លា។ ឧ. 3,5-7,9 បោះពុម្ពទំព័រ 3, 5, 6, 7 និង 9។</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រពី</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពពីរមុខ</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សំណុំទំព័រ៖</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចងគែមវែង</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Type:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះ (&amp;N)៖</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារលទ្ធផល (&amp;F)៖</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លក្ខណសម្បត្តិ (&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មើលជាមុន</translation>
    </message>
    <message>
        <source>Printer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ម៉ាស៊ីនបោះពុម្ព</translation>
    </message>
    <message>
        <source>Location:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទីតាំង៖</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពូល</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រមូរចុះ</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រមូរមកទីនេះ</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រមូរទៅឆ្វេង</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បាត</translation>
    </message>
    <message>
        <source>Page up</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រឡើងលើ</translation>
    </message>
    <message>
        <source>Page right</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រទៅស្ដាំ</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រមូរឡើង</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រមូរទៅស្ដាំ</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គែមឆ្វេង</translation>
    </message>
    <message>
        <source>Page down</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រចុះក្រោម</translation>
    </message>
    <message>
        <source>Page left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រទៅឆ្វេង</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គែមស្ដាំ</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Printer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ម៉ាស៊ីនបោះពុម្ព</translation>
    </message>
    <message>
        <source>Forward</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទៅមុខ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាត់ (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចម្លង (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធ្វើវិញ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនធ្វើវិញ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បិទភ្ជាប់ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសទាំងអស់</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចម្លងទីតាំងតំណ (&amp;L)</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Done</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រួចរាល់</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជំនួយ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជំនួយ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាប់ (&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>Commit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ជាក់</translation>
    </message>
    <message>
        <source>Continue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ត</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ចប់ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាប់ (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&lt; ថយក្រោយ (&amp;B)</translation>
    </message>
</context>
</TS>
