<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒရိုက်</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လျှော့ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တိုး (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အားလုံး ရွေး (&amp;S)</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>&amp;Red:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အနီ (&amp;R)-</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင့်မှု (&amp;S)-</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အလင်း (&amp;V)-</translation>
    </message>
    <message>
        <source>Hu&amp;e:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရောင်သွေး (&amp;E)-</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>HTML (&amp;H)-</translation>
    </message>
    <message>
        <source>Select Color</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရောင် ရွေး</translation>
    </message>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စိတ်ကြိုက် အရောင်များသို့ ထည့် (&amp;A)</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပြာ (&amp;U)-</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မျက်နှာပြင်မှ အရောင် ယူ (&amp;P)</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကာဆာ %1, %2 တွင်
မလုပ်တော့ရန် ESC နှိပ်ပါ</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစိမ်း (&amp;G)-</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အခြေခံ အရောင်များ (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စိတ်ကြိုက် အရောင်များ (&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖောက်ထွင်းမြင်နိုင်မှု (&amp;L)-</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အိုကေ</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖွင့်</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖွင့် (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သိမ်းဆည်း (&amp;S)</translation>
    </message>
    <message>
        <source>Alias</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမည်ဝှက်</translation>
    </message>
    <message>
        <source>Drive</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒရိုက်</translation>
    </message>
    <message>
        <source>Files</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်များ</translation>
    </message>
    <message>
        <source>Show </source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြ </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&apos;%1&apos; ကို ရေးခွင့် ပိတ်ထားသည်။
ဖျက်မည်လား။</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&apos;%1&apos; ကို ဖျက်မှာ သေချာပါသလား။</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နေရာများနှင့် မှတ်သားချက်များ စာရင်း</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်အမည် (&amp;N)-</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖျက်</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွဲ အသစ်</translation>
    </message>
    <message>
        <source>Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပေါ်ဆင့် ဖိုင်တွဲ</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွဲ အသစ် (&amp;N)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖယ်ရှား</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကျွန်ုပ်၏ ကွန်ပျူတာ</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရှာမည့်နေရာ-</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွဲ အသစ် ဖန်တီး</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ဖိုင်</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင် အမျိုးအစား-</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွဲ ရှာ</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဝှက်ထားသော ဖိုင်များ ပြ (&amp;H)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမည်သစ်ဖြင့် သိမ်း</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1
ဖိုင်တွဲ မတွေ့ပါ။
ဖိုင်တွဲအမည် မှန်မမှန် စစ်ပါ။</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘေးဘား</translation>
    </message>
    <message>
        <source>List View</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်း မြင်ကွင်း</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေး (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖျက် (&amp;D)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင် အားလုံး (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင် အားလုံး (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွဲများ</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမည်ပြောင်း (&amp;R)</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွဲကို ဖျက်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွဲ-</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိ</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ရှိပြီးသား ဖြစ်သည်။
အစားထိုးမည်လား။</translation>
    </message>
    <message>
        <source>Forward</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရှေ့သို့</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရှေ့သို့ သွား</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပေါ်ဆင့် ဖိုင်တွဲသို့ သွား</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မကြာသေးမီ နေရာများ</translation>
    </message>
    <message>
        <source>Go back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်သို့ သွား</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသေးစိတ် မြင်ကွင်းသို့ ပြောင်း</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွဲ အသစ် ဖန်တီး</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြတ်လမ်း</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသေးစိတ် မြင်ကွင်း</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1
ဖိုင် မတွေ့ပါ။
ဖိုင်အမည် မှန်မမှန် စစ်ပါ။</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်း မြင်ကွင်းသို့ ပြောင်း</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရွယ်အစား</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကျွန်ုပ်၏ ကွန်ပျူတာ</translation>
    </message>
    <message>
        <source>Computer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကွန်ပျူတာ</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်အမည် မမှန်ပါ</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&lt;b&gt;&quot;%1&quot; အမည်ကို သုံး၍ မရပါ။&lt;/b&gt;&lt;p&gt;စာလုံး နည်းသော သို့မဟုတ် သတ်ပုံ သင်္ကေတ မပါသော အခြား အမည် သုံးကြည့်ပါ။</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြင်ဆင်သည့် ရက်စွဲ</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တန်ဖိုး ထည့်ပါ-</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြတ် (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကူး (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြန်လုပ် (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြန်ဖျက် (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကပ် (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖျက်</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အားလုံး ရွေး</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသေးစိတ် ပြ...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Qt အကြောင်း</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသေးစိတ် ဝှက်...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&lt;h3&gt;Qt အကြောင်း&lt;/h3&gt;&lt;p&gt;ဤပရိုဂရမ်သည် Qt ဗားရှင်း %1 ကို သုံးသည်။&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>bottom margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အောက်ခြေ အနားသတ်</translation>
    </message>
    <message>
        <source>Paper</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စက္ကူ</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စက္ကူ ရင်းမြစ်-</translation>
    </message>
    <message>
        <source>right margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ညာဘက် အနားသတ်</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပိုက်ကာ (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အနားသတ်များ</translation>
    </message>
    <message>
        <source>Custom</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စိတ်ကြိုက်</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အလျားလိုက်</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ အပြင်အဆင်</translation>
    </message>
    <message>
        <source>Width:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကျယ်-</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လှည့်ထားပုံ</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒီဒို (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒေါင်လိုက်</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ အစီအစဉ်-</translation>
    </message>
    <message>
        <source>top margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပေါ် အနားသတ်</translation>
    </message>
    <message>
        <source>left margin</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘယ်ဘက် အနားသတ်</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ အရွယ်-</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆီဆရို (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒေါင်လိုက် ပြောင်းပြန်</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မီလီမီတာ (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပွိုင့် (pt)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တစ်ရွက်လျှင် စာမျက်နှာ-</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လက်မ (in)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အလျားလိုက် ပြောင်းပြန်</translation>
    </message>
    <message>
        <source>Height:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမြင့်-</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မဟုတ် (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဟုတ် (&amp;Y)</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကူအညီ</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖွင့်</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သိမ်းဆည်း</translation>
    </message>
    <message>
        <source>Abort</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရပ်ဆိုင်း</translation>
    </message>
    <message>
        <source>Apply</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသုံးချ</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပိတ်</translation>
    </message>
    <message>
        <source>Reset</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြန်သတ်မှတ်</translation>
    </message>
    <message>
        <source>Retry</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထပ်ကြိုးစား</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မူလအတိုင်း ပြန်ထား</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မလုပ်တော့</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လျစ်လျူရှု</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အားလုံး မဟုတ် (&amp;O)</translation>
    </message>
    <message>
        <source>Save All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အားလုံး သိမ်းဆည်း</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စွန့်ပစ်</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အားလုံး ဟုတ် (&amp;A)</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အိုကေ</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စုံ စာမျက်နှာများ</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးစရာများ (&amp;O) &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးစရာများ (&amp;O) &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘယ်မှညာ၊ အပေါ်မှအောက်</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ညာမှဘယ်၊ အောက်မှအပေါ်</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>PDF ဖိုင် ရေးရန်</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ် (&amp;P)</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&apos;တစ်ရွက်လျှင် စာမျက်နှာ&apos; နှင့် &apos;စာမျက်နှာ အစု&apos; ရွေးစရာများကို အတူ မသုံးနိုင်ပါ။
တစ်ခုကို ပိတ်ပါ။</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ရှိပြီးသား ဖြစ်သည်။
ထပ်ရေးမည်လား။</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘယ်မှညာ၊ အောက်မှအပေါ်</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မ စာမျက်နှာများ</translation>
    </message>
    <message>
        <source>Local file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စက်တွင်း ဖိုင်</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နှစ်ဖက် ပုံနှိပ် ဆက်တင်များ ကွဲလွဲနေသည်။ ပြင်မည်လား။</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်သို့ ပုံနှိပ် (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်သို့ ပုံနှိပ် ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ သတ်မှတ်ချက် မမှန်ပါ</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် ပုံစံ မမှန်ပါ။ အပိုင်းများနှင့် စာမျက်နှာများကို &apos;,&apos; ဖြင့် ခွဲပါ၊ အပိုင်းကို &apos;-&apos; ဖြင့် သတ်မှတ်ပါ၊ အပိုင်းများ မထပ်ပါစေနှင့်။</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ညာမှဘယ်၊ အပေါ်မှအောက်</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အောက်မှအပေါ်၊ ဘယ်မှညာ</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&apos;မှ&apos; တန်ဖိုးသည် &apos;ထိ&apos; တန်ဖိုးထက် မကြီးရပါ။</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ အားလုံး</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နှစ်ဖက် ပုံနှိပ် ဆက်တင် ကွဲလွဲမှု</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် ဖိုင်တွဲ ဖြစ်သည်။
အခြား ဖိုင်အမည် ရွေးပါ။</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင် %1 ကို ရေး၍ မရပါ။
အခြား ဖိုင်အမည် ရွေးပါ။</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အောက်မှအပေါ်၊ ညာမှဘယ်</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပေါ်မှအောက်၊ ဘယ်မှညာ</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပေါ်မှအောက်၊ ညာမှဘယ်</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်ခင် ကြည့်ရှု</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ အပြည့်</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချဲ့</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အလျားလိုက်</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချုံ့</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကျယ် အပြည့်</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒေါင်လိုက်</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ ပြင်ဆင်မှု</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ ပြင်ဆင်မှု</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ အားလုံး ခြုံကြည့်</translation>
    </message>
    <message>
        <source>First page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပထမ စာမျက်နှာ</translation>
    </message>
    <message>
        <source>Last page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်ဆုံး စာမျက်နှာ</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တစ်မျက်နှာချင်း ပြ</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>PDF အဖြစ် ထုတ်</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ယခင် စာမျက်နှာ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက် စာမျက်နှာ</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မျက်နှာချင်းဆိုင် ပြ</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဆင့်မြင့် ရွေးစရာ ကွဲလွဲမှု</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်လုပ်ငန်း ရွေးစရာများ</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ ပြင်ဆင်မှု ကွဲလွဲမှု</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချို့ အဆင့်မြင့် ရွေးစရာများ ကွဲလွဲနေသည်။ ပြင်မည်လား။</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ ပြင်ဆင်မှုများ ကွဲလွဲနေသည်။ ပြင်မည်လား။</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်စက် ဂုဏ်သတ္တိများ</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချို့ ရွေးစရာများ ကွဲလွဲနေသည်။ ပြင်ပါ။</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဆင့်မြင့်</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထိ</translation>
    </message>
    <message>
        <source>Off</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပိတ်</translation>
    </message>
    <message>
        <source>Color</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရောင်</translation>
    </message>
    <message>
        <source>Print all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အားလုံး ပုံနှိပ်</translation>
    </message>
    <message>
        <source>Pages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာများ</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လက်ရှိ စာမျက်နှာ</translation>
    </message>
    <message>
        <source>Selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသည်</translation>
    </message>
    <message>
        <source>Copies</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မိတ္တူများ</translation>
    </message>
    <message>
        <source>Print range</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်မည့် အပိုင်း</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရောင် စနစ်</translation>
    </message>
    <message>
        <source>Options</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးစရာများ</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထွက်ရှိမှု ဆက်တင်များ</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြောင်းပြန်</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မီးခိုးရောင် အဆင့်</translation>
    </message>
    <message>
        <source>Collate</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစုလိုက် စီ</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မိတ္တူ-</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အတိုဘက် ချုပ်</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ သို့မဟုတ် အပိုင်းများကို ကော်မာဖြင့် ခွဲ၍ ရေးပါ။ အပိုင်းကို ဂဏန်းနှစ်လုံးကြား တုံးတိုဖြင့် ရေးပါ။ ဥပမာ 3,5-7,9 သည် စာမျက်နှာ 3, 5, 6, 7 နှင့် 9 ကို ပုံနှိပ်သည်။</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ မှ</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နှစ်ဖက် ပုံနှိပ်</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ အစု-</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရှည်ဘက် ချုပ်</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Type:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစား-</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမည် (&amp;N)-</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထွက်မည့် ဖိုင် (&amp;F)-</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဂုဏ်သတ္တိများ (&amp;R)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကြိုကြည့်</translation>
    </message>
    <message>
        <source>Printer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်စက်</translation>
    </message>
    <message>
        <source>Location:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တည်နေရာ-</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မလုပ်တော့</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Top</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထိပ်ဆုံး</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အောက်သို့ ရွှေ့</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤနေရာသို့ ရွှေ့</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘယ်သို့ ရွှေ့</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အောက်ဆုံး</translation>
    </message>
    <message>
        <source>Page up</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တစ်မျက်နှာ အပေါ်</translation>
    </message>
    <message>
        <source>Page right</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တစ်မျက်နှာ ညာ</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပေါ်သို့ ရွှေ့</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ညာသို့ ရွှေ့</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘယ်ဘက် အစွန်း</translation>
    </message>
    <message>
        <source>Page down</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တစ်မျက်နှာ အောက်</translation>
    </message>
    <message>
        <source>Page left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တစ်မျက်နှာ ဘယ်</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ညာဘက် အစွန်း</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကူအညီ</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖွင့်</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သိမ်းဆည်း</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပိတ်</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မလုပ်တော့</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖျက်</translation>
    </message>
    <message>
        <source>Printer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်စက်</translation>
    </message>
    <message>
        <source>Forward</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရှေ့သို့</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြတ် (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကူး (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြန်လုပ် (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြန်ဖျက် (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကပ် (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖျက်</translation>
    </message>
    <message>
        <source>Select All</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အားလုံး ရွေး</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်ခ် လိပ်စာ ကူး (&amp;L)</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Done</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြီးပြီ</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကူအညီ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကူအညီ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်တစ်ခု (&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မလုပ်တော့</translation>
    </message>
    <message>
        <source>Commit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အတည်ပြု</translation>
    </message>
    <message>
        <source>Continue</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆက်လုပ်</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြီးဆုံး (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်တစ်ခု (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&lt; နောက်သို့ (&amp;B)</translation>
    </message>
</context>
</TS>
