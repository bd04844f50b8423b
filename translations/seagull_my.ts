<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my">
<context>
    <name>main</name>
    <message>
        <source>Seagull link-analysis workstation</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull ဆက်စပ်မှုခွဲခြမ်းစိတ်ဖြာရေး စခန်း</translation>
    </message>
    <message>
        <source>Case file to open.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖွင့်ရန် အမှုဖိုင်။</translation>
    </message>
    <message>
        <source>Entity to put on an empty chart and expand.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဗလာဇယားပေါ်တင်ပြီး ချဲ့ရန် အရာ။</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဝင်းဒိုးပုံကို ဤ PNG ဖိုင်တွင် သိမ်းပြီး ထွက်ပါ။</translation>
    </message>
</context>
<context>
    <name>sg::ActivityPanel</name>
    <message>
        <source>Selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသော အရာများ</translation>
    </message>
    <message>
        <source>Entities on this chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤဇယားပေါ်ရှိ အရာများ</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုတစ်ခုလုံး</translation>
    </message>
    <message>
        <source>No events in this scope.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤနယ်ပယ်တွင် ဖြစ်ရပ် မရှိပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2, in the local time of each record.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ဖြစ်ရပ် %n ခု၊ %1 မှ %2 အထိ၊ မှတ်တမ်းတစ်ခုစီ၏ ဒေသစံတော်ချိန်ဖြင့်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထုတ်ယူ…</translation>
    </message>
    <message>
        <source>Write the activity as PDF, SVG or PNG with the title block</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လှုပ်ရှားမှုကို ခေါင်းစဉ်ဘလောက်ပါ PDF၊ SVG သို့မဟုတ် PNG အဖြစ် ရေးရန်</translation>
    </message>
    <message>
        <source>Darker: more events in that hour of that weekday, in the local time of each record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရောင်ရင့်လေ- ထိုနေ့၏ ထိုနာရီတွင် ဖြစ်ရပ် ပိုများလေ (မှတ်တမ်းတစ်ခုစီ၏ ဒေသစံတော်ချိန်)</translation>
    </message>
    <message>
        <source>Bars: events per day</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘား- တစ်ရက်လျှင် ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်…</translation>
    </message>
    <message>
        <source>Print the activity, with the title block and legend, or preview it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လုပ်ဆောင်မှုကို ခေါင်းစဉ်ဘလော့ခ်နှင့် သင်္ကေတရှင်းလင်းချက်ဖြင့် ပုံနှိပ်ရန် သို့မဟုတ် ကြိုကြည့်ရန်</translation>
    </message>
</context>
<context>
    <name>sg::Analysis</name>
    <message numerus="yes">
        <source>Betweenness of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု၏ ကြားခံတန်ဖိုး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closeness of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု၏ နီးကပ်မှုတန်ဖိုး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Eigenvector centrality of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု၏ eigenvector ဗဟိုတန်ဖိုး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PageRank of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု၏ PageRank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Communities of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု၏ အသိုင်းအဝိုင်းများ</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသုံးပြုသူက ရပ်လိုက်သည်။</translation>
    </message>
    <message>
        <source>Common contacts: an entity given is not in the graph analysed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တူညီသော အဆက်အသွယ်များ: ပေးထားသော အရာသည် ခွဲခြမ်းစိတ်ဖြာသည့် ဂရပ်တွင် မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>sg::AnalysisPanel</name>
    <message>
        <source>Analyse</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခွဲခြမ်းစိတ်ဖြာရန်</translation>
    </message>
    <message>
        <source>Measure</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တိုင်းတာချက်</translation>
    </message>
    <message>
        <source>Counting</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရေတွက်ပုံ</translation>
    </message>
    <message>
        <source>Money transfers only</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေလွှဲမှုများသာ</translation>
    </message>
    <message>
        <source>The entities on this chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤဇယားပေါ်ရှိ အရာများ</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုတစ်ခုလုံး</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နှစ်ဘက်စလုံး</translation>
    </message>
    <message>
        <source>Coming in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဝင်လာသည်</translation>
    </message>
    <message>
        <source>Going out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထွက်သွားသည်</translation>
    </message>
    <message>
        <source>In minus out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဝင်နုတ်ထွက်</translation>
    </message>
    <message>
        <source>Most connected: linked entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အများဆုံး ချိတ်ဆက်: ချိတ်ထားသော အရာများ</translation>
    </message>
    <message>
        <source>Most connected: events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အများဆုံး ချိတ်ဆက်: ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <source>Most connected: amount moved</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အများဆုံး ချိတ်ဆက်: ရွှေ့ပြောင်းသော ငွေပမာဏ</translation>
    </message>
    <message>
        <source>Betweenness (who lies between the others)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကြားခံတန်ဖိုး (အခြားသူများကြားတွင် မည်သူရှိသနည်း)</translation>
    </message>
    <message>
        <source>Closeness (who reaches everyone quickly)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နီးကပ်မှု (မည်သူက လူတိုင်းထံ မြန်မြန်ရောက်သနည်း)</translation>
    </message>
    <message>
        <source>Eigenvector (linked to the well linked)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Eigenvector (ချိတ်ဆက်မှုများသူများနှင့် ချိတ်ထားသည်)</translation>
    </message>
    <message>
        <source>PageRank (where the calls and money flow to)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>PageRank (ခေါ်ဆိုမှုနှင့် ငွေ မည်သည့်နေရာသို့ စီးဆင်းသနည်း)</translation>
    </message>
    <message>
        <source>Separate networks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သီးခြား ကွန်ရက်များ</translation>
    </message>
    <message>
        <source>Communities (Louvain)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသိုင်းအဝိုင်းများ (Louvain)</translation>
    </message>
    <message>
        <source>k-core (the densely linked core)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>k-core (သိပ်သည်းစွာ ချိတ်ဆက်ထားသော အလယ်ဗဟို)</translation>
    </message>
    <message>
        <source>Cut points (remove one and the network splits)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြတ်မှတ်များ (တစ်ခုဖယ်ရှားလျှင် ကွန်ရက် ကွဲသွားသည်)</translation>
    </message>
    <message>
        <source>Common contacts of the selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသော အရာများ၏ တူညီသော အဆက်အသွယ်များ</translation>
    </message>
    <message>
        <source>Shortest path between two selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသော အရာနှစ်ခုကြား အတိုဆုံးလမ်းကြောင်း</translation>
    </message>
    <message>
        <source>Five shortest paths between two selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသော အရာနှစ်ခုကြား အတိုဆုံးလမ်းကြောင်း ငါးခု</translation>
    </message>
    <message>
        <source>Journey in time between two selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသော အရာနှစ်ခုကြား အချိန်အလိုက် ခရီးစဉ်</translation>
    </message>
    <message>
        <source>Network connecting the selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသော အရာများကို ချိတ်ဆက်သော ကွန်ရက်</translation>
    </message>
    <message>
        <source>Pass-through mules (money forwarded within the window)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြတ်သန်းငွေလွှဲ အကောင့်များ (အချိန်အတွင်း ဆက်လွှဲသော ငွေ)</translation>
    </message>
    <message>
        <source>Fan-in (many counterparts paying or calling one, within the window)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဝင်စုစည်း (အချိန်အတွင်း အများက တစ်ဦးထံ ငွေပေး သို့မဟုတ် ခေါ်ဆို)</translation>
    </message>
    <message>
        <source>Fan-out (one paying or calling many, within the window)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အထွက်ဖြန့် (အချိန်အတွင်း တစ်ဦးက အများထံ ငွေပေး သို့မဟုတ် ခေါ်ဆို)</translation>
    </message>
    <message>
        <source>Devices used with several numbers (SIM boxes)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နံပါတ်များစွာနှင့် သုံးသော စက်များ (SIM box)</translation>
    </message>
    <message>
        <source>Den membership hints for the selected member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသော အဖွဲ့ဝင်အတွက် ဂိုဏ်းအဖွဲ့ဝင် အရိပ်အမြွက်များ</translation>
    </message>
    <message>
        <source>Follow the money paid by the selected entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသော အရာက ပေးချေသော ငွေကို လိုက်ရှာရန်</translation>
    </message>
    <message>
        <source>Run</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လုပ်ဆောင်ရန်</translation>
    </message>
    <message>
        <source>Select all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အားလုံးရွေးရန်</translation>
    </message>
    <message>
        <source>Add to chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားသို့ ထည့်ရန်</translation>
    </message>
    <message>
        <source>Size by</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရွယ်အစား အလိုက်</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရောင် အလိုက်</translation>
    </message>
    <message>
        <source>Select every listed entity that is on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားပေါ်ရှိ စာရင်းပါ အရာအားလုံးကို ရွေးရန်။</translation>
    </message>
    <message>
        <source>Add the selected rows (or all) to the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသော အတန်းများ (သို့မဟုတ် အားလုံး) ကို ဇယားသို့ ထည့်ရန်။</translation>
    </message>
    <message>
        <source>Draw the chart&apos;s entities larger the higher their value (undoable).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တန်ဖိုးမြင့်လေ ဇယားပေါ်ရှိ အရာများကို ပိုကြီးအောင် ဆွဲရန် (ပြန်ဖျက်နိုင်)။</translation>
    </message>
    <message>
        <source>Colour the chart&apos;s entities by their value or group (undoable).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားပေါ်ရှိ အရာများကို တန်ဖိုး သို့မဟုတ် အုပ်စုအလိုက် အရောင်ခြယ်ရန် (ပြန်ဖျက်နိုင်)။</translation>
    </message>
    <message>
        <source>Entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တန်ဖိုး</translation>
    </message>
    <message>
        <source>Longest wait between steps (hours, 0: any)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဆင့်များကြား အရှည်ဆုံး စောင့်ချိန် (နာရီ၊ 0: မကန့်သတ်)</translation>
    </message>
    <message>
        <source>Time window in hours (0: 72 for mules, 24 for fans, a week for a trace)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်ကာလ နာရီဖြင့် (0: ငွေလွှဲအကောင့်အတွက် 72၊ စုစည်း/ဖြန့်အတွက် 24၊ ငွေလိုက်ရှာရန် တစ်ပတ်)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခွဲခြမ်းစိတ်ဖြာမှု</translation>
    </message>
    <message>
        <source>Select exactly two entities on the chart first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားပေါ်တွင် အရာနှစ်ခုတိတိ အရင်ရွေးပါ။</translation>
    </message>
    <message>
        <source>Select one entity on the chart first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားပေါ်တွင် အရာတစ်ခု အရင်ရွေးပါ။</translation>
    </message>
    <message>
        <source>Select at least two entities on the chart first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားပေါ်တွင် အနည်းဆုံး အရာနှစ်ခု အရင်ရွေးပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%n communities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အသိုင်းအဝိုင်း %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>modularity %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>modularity %1</translation>
    </message>
    <message numerus="yes">
        <source>%n separate networks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>သီးခြားကွန်ရက် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေပမာဏ %1 ဖြင့်။</translation>
    </message>
    <message numerus="yes">
        <source>%n entities connect the selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခုက ရွေးထားသည်များကို ချိတ်ဆက်သည်</numerusform>
        </translation>
    </message>
    <message>
        <source>path %1, step %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လမ်းကြောင်း %1၊ အဆင့် %2</translation>
    </message>
    <message>
        <source>No path between the two entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာနှစ်ခုကြား လမ်းကြောင်း မရှိပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%n hops</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ဆင့်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n listed)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>(%n ခု ပြထားသည်)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of %2, median hold %3 h</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%2 ၏ %1%၊ အလယ်အလတ် ထိန်းချိန် %3 နာရီ</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts forward most of what they receive</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အကောင့် %n ခုက လက်ခံရသည့် အများစုကို ဆက်လွှဲသည်</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%2 မှစ၍ %1</translation>
    </message>
    <message numerus="yes">
        <source>within %n hours</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n နာရီအတွင်း</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (devices %2, contacts %3, places %4)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (စက် %2၊ အဆက်အသွယ် %3၊ နေရာ %4)</translation>
    </message>
    <message>
        <source>hints only: check the evidence before concluding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရိပ်အမြွက်သာ: ကောက်ချက်မချမီ အထောက်အထားကို စစ်ဆေးပါ</translation>
    </message>
    <message>
        <source>paid</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေးချေသူ</translation>
    </message>
    <message>
        <source>No transfers paid by this entity.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤအရာက ပေးချေသော ငွေလွှဲမှု မရှိပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts reached</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အကောင့် %n ခုသို့ ရောက်သည်</numerusform>
        </translation>
    </message>
    <message>
        <source>Size by %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 အလိုက် အရွယ်အစား</translation>
    </message>
    <message>
        <source>Colour by %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 အလိုက် အရောင်</translation>
    </message>
    <message>
        <source>Devices in the evidence of several sources (seized phones, operators)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်များစွာ၏ အထောက်အထားတွင် ပါသော စက်များ (သိမ်းဆည်းထားသော ဖုန်းများ၊ အော်ပရေတာများ)</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်အလိုက် ငွေ</translation>
    </message>
    <message>
        <source>Money in and out of the accounts listed (the selected rows, or all but the trace&apos;s start) taken as one, with the running balance</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်းပါ အကောင့်များ (ရွေးထားသောအတန်းများ သို့မဟုတ် ခြေရာခံအစမှလွဲ၍ အားလုံး) ကို တစ်ခုတည်းအဖြစ် ငွေဝင်ငွေထွက်နှင့် လက်ကျန်ငွေ</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) reached from %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 မှ ငွေရောက်ရှိသော အကောင့် %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) together</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အကောင့် %n ခု ပေါင်း</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidCallLogImporter</name>
    <message>
        <source>Android call log (calllog.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Android ဖုန်းခေါ်ဆိုမှု မှတ်တမ်း (calllog.db)</translation>
    </message>
</context>
<context>
    <name>sg::AndroidContactsImporter</name>
    <message>
        <source>Android contacts (contacts2.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Android အဆက်အသွယ်များ (contacts2.db)</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts had been deleted on the device; they are imported all the same.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အဆက်အသွယ် %n ဦးကို စက်တွင် ဖျက်ထားသော်လည်း တင်သွင်းထားသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>The call log kept in this database was imported too.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤဒေတာဘေ့စ်တွင် သိမ်းထားသော ခေါ်ဆိုမှုမှတ်တမ်းကိုလည်း တင်သွင်းပြီးပြီ။</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) from %1 of the contact book.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အဆက်အသွယ်စာအုပ်၏ %1 မှ အဆက်အသွယ် %n ဦး။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အချက် %n ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidMessagesImporter</name>
    <message>
        <source>Android messages (mmssms.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Android မက်ဆေ့ချ်များ (mmssms.db)</translation>
    </message>
    <message>
        <source>The owner&apos;s number %1 is taken from the messages the device sent.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပိုင်ရှင်၏ နံပါတ် %1 ကို စက်မှ ပို့သော မက်ဆေ့ချ်များမှ ရယူသည်။</translation>
    </message>
</context>
<context>
    <name>sg::AnxImporter</name>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် မှန်ကန်သော XML မဟုတ်ပါ (စာကြောင်း %2၊ ကော်လံ %3)- %4</translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (ANX)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>i2 Analyst&apos;s Notebook ဇယား (ANX)</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖွင့်၍မရပါ- %2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ထည့်သွင်းခြင်းကို ပယ်ဖျက်လိုက်သည်။</translation>
    </message>
    <message>
        <source>%1 is not an i2 chart: it has no &lt;Chart&gt; element.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် i2 ဇယား မဟုတ်ပါ- &lt;Chart&gt; ဒြပ်စင် မရှိပါ။</translation>
    </message>
    <message>
        <source>chart item %1 has neither an identity nor a label</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားအချက် %1 တွင် အမှတ်အသားနှင့် တံဆိပ် မရှိပါ</translation>
    </message>
    <message>
        <source>link %1 joins an item that is not in the chart (%2, %3)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့် %1 သည် ဇယားတွင်မရှိသော အချက်ကို ချိတ်ထားသည် (%2၊ %3)</translation>
    </message>
    <message>
        <source>link %1 has an unreadable date &quot;%2&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့် %1 ၏ ရက်စွဲ &quot;%2&quot; ကို ဖတ်၍မရပါ</translation>
    </message>
    <message>
        <source>link %1 has an unreadable amount &quot;%2&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့် %1 ၏ ငွေပမာဏ &quot;%2&quot; ကို ဖတ်၍မရပါ</translation>
    </message>
    <message>
        <source>%1 events and %2 declared links read from the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားမှ ဖြစ်ရပ် %1 ခုနှင့် ကြေညာထားသော လင့် %2 ခု ဖတ်ပြီး။</translation>
    </message>
    <message>
        <source>The chart&apos;s times are UTC.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား၏ အချိန်များသည် UTC ဖြစ်သည်။</translation>
    </message>
</context>
<context>
    <name>sg::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မလုပ်တော့ပါ</translation>
    </message>
</context>
<context>
    <name>sg::BundleImporter</name>
    <message>
        <source>Seagull case bundle</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull အမှုအစုအဝေး</translation>
    </message>
    <message>
        <source>%1 is not a readable bundle: %2 at byte %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် ဖတ်နိုင်သော အစုအဝေး မဟုတ်ပါ- ဘိုက် %3 တွင် %2</translation>
    </message>
    <message>
        <source>%1 is not a Seagull bundle of a version this Seagull reads.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် ဤ Seagull ဖတ်နိုင်သော ဗားရှင်း၏ အစုအဝေး မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>%1 was changed or damaged after it was made: its content does not match the SHA-256 it carries.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ပြုလုပ်ပြီးနောက် ပြောင်းလဲ သို့မဟုတ် ပျက်စီးခဲ့သည်- ၎င်း၏ အကြောင်းအရာသည် ပါလာသော SHA-256 နှင့် မကိုက်ညီပါ။</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ဖြစ်ရမည်၊ %2 တွေ့သည်</translation>
    </message>
    <message>
        <source>Bundle made %1 by %2 (%3) for case %4 %5.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစုအဝေးကို %1 တွင် %2 (%3) က အမှု %4 %5 အတွက် ပြုလုပ်သည်။</translation>
    </message>
    <message>
        <source>agency not named</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အေဂျင်စီ အမည်မပါ</translation>
    </message>
    <message>
        <source>Bundle content SHA-256 %1 (checked).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစုအဝေး အကြောင်းအရာ SHA-256 %1 (စစ်ဆေးပြီး)။</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်ချက်- %1</translation>
    </message>
    <message>
        <source>Original source: %1 (%2, imported %3 by %4, SHA-256 %5)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မူလရင်းမြစ်- %1 (%2၊ %3 တွင် %4 က ထည့်သွင်း၊ SHA-256 %5)</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မရှိ</translation>
    </message>
    <message>
        <source>entity %1 has no known type or no key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ %1 တွင် သိသော အမျိုးအစား သို့မဟုတ် ကီး မရှိပါ</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ထည့်သွင်းခြင်းကို ပယ်ဖျက်လိုက်သည်။</translation>
    </message>
    <message>
        <source>event %1 names an unknown type or entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ် %1 သည် မသိသော အမျိုးအစား သို့မဟုတ် အရာကို ဖော်ပြသည်</translation>
    </message>
    <message>
        <source>event %1 has an unreadable amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ် %1 ၏ ငွေပမာဏကို ဖတ်၍မရပါ</translation>
    </message>
    <message>
        <source>a declared link names an unknown kind or entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကြေညာထားသော လင့်တစ်ခုသည် မသိသော အမျိုး သို့မဟုတ် အရာကို ဖော်ပြသည်</translation>
    </message>
</context>
<context>
    <name>sg::CaseEditing</name>
    <message>
        <source>&amp;New entity…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ&amp;အသစ်…</translation>
    </message>
    <message>
        <source>Add a person, den, organisation, vehicle, document, number or account the case does not have</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုတွင် မရှိသေးသော လူ၊ စခန်း၊ အဖွဲ့အစည်း၊ ယာဉ်၊ စာရွက်စာတမ်း၊ နံပါတ် သို့မဟုတ် အကောင့်ကို ထည့်ရန်</translation>
    </message>
    <message>
        <source>&amp;Edit entity…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာကို &amp;ပြင်ရန်…</translation>
    </message>
    <message>
        <source>&amp;Delete from the case…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုမှ &amp;ဖျက်ရန်…</translation>
    </message>
    <message>
        <source>&amp;Link the two selected…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသော နှစ်ခုကို &amp;ချိတ်ရန်…</translation>
    </message>
    <message>
        <source>&amp;Merge the selected…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသည်များကို &amp;ပေါင်းရန်…</translation>
    </message>
    <message>
        <source>&amp;Split the last merge</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်ဆုံးပေါင်းမှုကို &amp;ခွဲရန်</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;ထပ်နေသည်များ ရှာရန်…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;တဂ်…</translation>
    </message>
    <message>
        <source>Note on the entity…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာအပေါ် မှတ်စု…</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင် တွဲရန်…</translation>
    </message>
    <message>
        <source>Add to a &amp;den…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;စခန်းထဲ ထည့်ရန်…</translation>
    </message>
    <message>
        <source>Tie the selected people, phones, devices and accounts to a den (compound)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသော လူ၊ ဖုန်း၊ စက်နှင့် အကောင့်များကို စခန်း (ဝင်း) တစ်ခုနှင့် ချိတ်ရန်</translation>
    </message>
    <message>
        <source>Den page…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စခန်း စာမျက်နှာ…</translation>
    </message>
    <message>
        <source>Select by tag</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တဂ်ဖြင့် ရွေးရန်</translation>
    </message>
    <message>
        <source>New entity here</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤနေရာတွင် အရာအသစ်</translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုတွင် အရာ %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>Case data</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု ဒေတာ</translation>
    </message>
    <message>
        <source>New %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 အသစ်</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ပြင်ရန်</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အမှုမှ အရာ %n ခုကို ဖျက်ရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချိတ်ဆက်မှု- %1</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခုကို ပေါင်းရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was merged into this entity.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤအရာထဲသို့ ပေါင်းထားသည် မရှိပါ။</translation>
    </message>
    <message>
        <source>Split</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခွဲရန်</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တဂ် &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add to den</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စခန်းထဲ ထည့်ရန်</translation>
    </message>
    <message>
        <source>Delete from the case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုမှ ဖျက်ရန်</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အမှုမှ အရာ %n ခုကို ဖျက်မလား။</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave search, expansion, analysis and every chart. The %1 events they take part in stay in the case (evidence is never removed), and %2 links are hidden with them. Edit → Undo brings them back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>၎င်းတို့သည် ရှာဖွေမှု၊ ချဲ့ထွင်မှု၊ ခွဲခြမ်းစိတ်ဖြာမှုနှင့် ဇယားတိုင်းမှ ထွက်သွားမည်။ ပါဝင်သော ဖြစ်ရပ် %1 ခုသည် အမှုတွင် ကျန်ရှိမည် (သက်သေကို ဘယ်တော့မှ မဖျက်ပါ)၊ လင့်ခ် %2 ခုကို အတူ ဖျောက်မည်။ ပြင်ဆင် → နောက်ပြန် ဖြင့် ပြန်ရနိုင်သည်။</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထပ်နေနိုင်သည်များ</translation>
    </message>
    <message>
        <source>Entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာများ</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကြောင်း</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates. Nothing is merged unless you merge it, with a reason.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ကိုယ်စားလှယ် %n ခု။ အကြောင်းပြချက်ဖြင့် သင်ကိုယ်တိုင် မပေါင်းလျှင် ဘာမှ မပေါင်းပါ။</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေါင်းရန်…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တဂ်</translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %n selected entities:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ရွေးထားသော အရာ %n ခုအတွက် တဂ်-</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာအပေါ် မှတ်စု</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင် တွဲရန်</translation>
    </message>
    <message>
        <source>Photographs and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဓာတ်ပုံနှင့် စကင်ဖတ်ထားသည်များ (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>A new den…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စခန်းအသစ်…</translation>
    </message>
    <message>
        <source>Add to a den</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စခန်းထဲ ထည့်ရန်</translation>
    </message>
    <message numerus="yes">
        <source>The den (compound) for the %n selected entities:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ရွေးထားသော အရာ %n ခုအတွက် စခန်း (ဝင်း)-</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တဂ် မရှိသေးပါ</translation>
    </message>
    <message>
        <source>&amp;Case notes…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;အမှု မှတ်စုများ…</translation>
    </message>
    <message>
        <source>Notes on the whole case, with who wrote them and when</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုတစ်ခုလုံးအပေါ် မှတ်စုများ၊ ရေးသူနှင့် အချိန်ပါ</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု မှတ်စုများ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1၊ %2</translation>
    </message>
    <message>
        <source>No case notes yet.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု မှတ်စု မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>A new note on the case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုအပေါ် မှတ်စုအသစ်</translation>
    </message>
    <message>
        <source>Merging entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာများကို ပေါင်းနေသည်</translation>
    </message>
    <message>
        <source>Splitting the merge</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေါင်းမှုကို ခွဲနေသည်</translation>
    </message>
    <message>
        <source>The merge into %1 is no longer in force; nothing was split.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ထဲသို့ ပေါင်းမှုသည် အကျိုးသက်ရောက်မှု မရှိတော့ပါ၊ မည်သည့်အရာမျှ မခွဲရပါ။</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထပ်နေသည်များကို ရှာနေသည်</translation>
    </message>
</context>
<context>
    <name>sg::CaseEditor</name>
    <message>
        <source>The case is open for reading only here.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤနေရာတွင် အမှုကို ဖတ်ရန်သာ ဖွင့်ထားသည်။</translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုတွင် အရာ %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>The analyst&apos;s entry could not be recorded in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခွဲခြမ်းစိတ်ဖြာသူ၏ ထည့်သွင်းချက်ကို အမှုတွင် မှတ်တမ်းတင်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The search index could not be updated.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရှာဖွေရေး အညွှန်းကို အပ်ဒိတ် လုပ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The links could not be rebuilt.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်ခ်များကို ပြန်တည်ဆောက်၍ မရပါ။</translation>
    </message>
    <message>
        <source>A %1 needs its number or identifier.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 တွင် နံပါတ် သို့မဟုတ် သတ်မှတ်ချက် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>Give the %1 a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို အမည်ပေးပါ။</translation>
    </message>
    <message>
        <source>The number %1 does not validate for region %2; it is kept as entered.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နံပါတ် %1 သည် ဒေသ %2 အတွက် မမှန်ကန်ပါ၊ ထည့်သွင်းထားသည့်အတိုင်း ထားမည်။</translation>
    </message>
    <message>
        <source>The IMEI %1 is not 15 digits with a correct check digit; it is kept as entered.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMEI %1 သည် စစ်ဆေးဂဏန်း မှန်ကန်သော ဂဏန်း ၁၅ လုံး မဟုတ်ပါ၊ ထည့်သွင်းထားသည့်အတိုင်း ထားမည်။</translation>
    </message>
    <message>
        <source>The date %1 (%2) is in the future.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်စွဲ %1 (%2) သည် အနာဂတ်တွင် ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>%1 is already in the case; what was entered is added to it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် အမှုတွင် ရှိပြီးသား၊ ထည့်သွင်းထားသည်ကို ၎င်းထဲ ပေါင်းထည့်မည်။</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုဖိုင်ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The entity could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာကို သိမ်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အခြားအမည်ကို သိမ်းဆည်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဂုဏ်သတ္တိကို သိမ်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>The name could not be changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမည်ကို ပြောင်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>The attribute needs a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချက်အလက်တွင် အမည် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>The attribute could not be changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချက်အလက်ကို ပြောင်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>Links of events come from the events; state a kind of link.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ်လင့်ခ်များသည် ဖြစ်ရပ်များမှ လာသည်၊ လင့်ခ်အမျိုးအစား ဖော်ပြပါ။</translation>
    </message>
    <message>
        <source>A link needs two different entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်ခ်တွင် မတူသော အရာ နှစ်ခု လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; link that one.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ %1 ကို %2 ထဲ ပေါင်းထားပြီး၊ ထိုအရာကို ချိတ်ပါ။</translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round (%1 after %2).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်ခ်၏ ရက်စွဲများ ပြောင်းပြန် ဖြစ်နေသည် (%1 သည် %2 နောက်မှ)။</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်စွဲ %1 သည် အနာဂတ်တွင် ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>The link could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်ခ်ကို သိမ်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>%1 is not a location: a den is a place.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် နေရာ မဟုတ်ပါ- စခန်းသည် နေရာ ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>Link %1 has no statement by the analyst to take back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်ခ် %1 တွင် ပြန်ရုပ်သိမ်းရန် ခွဲခြမ်းစိတ်ဖြာသူ၏ ဖော်ပြချက် မရှိပါ။</translation>
    </message>
    <message>
        <source>The link could not be taken back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်ခ်ကို ပြန်ရုပ်သိမ်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>Entity %1 is deleted already.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ %1 ကို ဖျက်ပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; split the merge instead.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ %1 ကို %2 ထဲ ပေါင်းထားပြီး၊ ပေါင်းမှုကို ခွဲပါ။</translation>
    </message>
    <message>
        <source>The entity could not be deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာကို ဖျက်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Entity %1 is not deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ %1 ကို မဖျက်ရသေးပါ။</translation>
    </message>
    <message>
        <source>The entity could not be restored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာကို ပြန်ယူ၍ မရပါ။</translation>
    </message>
    <message>
        <source>A merge needs a reason.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေါင်းရန် အကြောင်းပြချက် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>Name the entities to merge into %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ထဲ ပေါင်းမည့် အရာများကို ဖော်ပြပါ။</translation>
    </message>
    <message>
        <source>Entity %1 cannot be merged into itself.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ %1 ကို ၎င်းကိုယ်တိုင်ထဲ ပေါင်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>%1 is a %2 and %3 a %4: only entities of one type can be merged.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် %2 ဖြစ်ပြီး %3 သည် %4 ဖြစ်သည်- အမျိုးအစားတူ အရာများကိုသာ ပေါင်းနိုင်သည်။</translation>
    </message>
    <message>
        <source>Entity %1 is deleted; restore it before merging.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ %1 ကို ဖျက်ထားသည်၊ မပေါင်းမီ ပြန်ယူပါ။</translation>
    </message>
    <message>
        <source>Entity %1 is already merged into %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ %1 ကို %2 ထဲ ပေါင်းပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>The merge could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေါင်းမှုကို ရေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>There is no merge %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုတွင် ပေါင်းမှု %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>Merge %1 was already split.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေါင်းမှု %1 ကို ခွဲပြီးသား ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Entity %1 had a later merge (%2); split that first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ %1 တွင် နောက်ပိုင်းပေါင်းမှု (%2) ရှိသည်၊ ၎င်းကို အရင် ခွဲပါ။</translation>
    </message>
    <message>
        <source>The split could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခွဲမှုကို ရေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>The number %1, kept as written, has the same digits as %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရေးထားသည့်အတိုင်း ထားသော နံပါတ် %1 တွင် %2 နှင့် ဂဏန်းတူသည်။</translation>
    </message>
    <message>
        <source>IMEIs with the same first 14 digits (%1).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပထမ ဂဏန်း ၁၄ လုံး တူသော IMEI များ (%1)။</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တဂ်တွင် အမည် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>The colour %1 is not of the form #rrggbb.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရောင် %1 သည် #rrggbb ပုံစံ မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The tag could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တဂ်ကို သိမ်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>The tag could not be removed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တဂ်ကို ဖယ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The note could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်စုကို သိမ်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>There is no note %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုတွင် မှတ်စု %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>The note could not be changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်စုကို ပြောင်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင် %1 ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; attachments are kept inside the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင် %1 သည် %2 MB ထက် ကြီးသည်၊ တွဲဖိုင်များကို အမှုအတွင်း သိမ်းသည်။</translation>
    </message>
    <message>
        <source>The attachment could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တွဲဖိုင်ကို သိမ်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>There is no attachment %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုတွင် တွဲဖိုင် %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>Attachment %1 no longer matches its SHA-256.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တွဲဖိုင် %1 သည် ၎င်း၏ SHA-256 နှင့် မကိုက်ညီတော့ပါ။</translation>
    </message>
    <message>
        <source>Names that read alike (%1): %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖတ်ပုံတူသော အမည်များ (%1)- %2။</translation>
    </message>
    <message>
        <source>The same first and last names (%1): %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပထမအမည်နှင့် နောက်ဆုံးအမည် တူသည် (%1)- %2။</translation>
    </message>
    <message>
        <source>Names that sound alike in different spellings: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသံထွက် ဆင်တူပြီး စာလုံးပေါင်း ကွဲပြားသော အမည်များ- %1။</translation>
    </message>
    <message>
        <source>A name or identifier can have at most %1 characters.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမည် သို့မဟုတ် အမှတ်အသား တစ်ခုတွင် စာလုံး %1 လုံးအထိသာ ရှိနိုင်သည်။</translation>
    </message>
    <message>
        <source>The merge was stopped; the case is as it was.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေါင်းမှု ရပ်သွားသည်၊ အမှုသည် ယခင်အတိုင်း ရှိသည်။</translation>
    </message>
    <message>
        <source>The split was stopped; the case is as it was.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခွဲမှု ရပ်သွားသည်၊ အမှုသည် ယခင်အတိုင်း ရှိသည်။</translation>
    </message>
    <message>
        <source>The search for duplicates was stopped.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထပ်နေသည်များ ရှာဖွေမှု ရပ်သွားသည်။</translation>
    </message>
</context>
<context>
    <name>sg::CaseStore</name>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 အမည်ရှိ ဖိုင် ရှိပြီးသားဖြစ်သည်၊ အခြားအမည် ရွေးပါ။</translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုဖိုင် %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>%1 is not a Seagull case file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် Seagull အမှုဖိုင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seagull; update Seagull to open it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို Seagull ဗားရှင်းအသစ်က ရေးထားသည်၊ ဖွင့်ရန် Seagull ကို အဆင့်မြှင့်ပါ။</translation>
    </message>
    <message>
        <source>%1 must be upgraded before it can be opened read-only.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်ရန်သာ ဖွင့်နိုင်ရန် အရင် အဆင့်မြှင့်ရမည်။</translation>
    </message>
    <message>
        <source>The case file could not be upgraded to version %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုဖိုင်ကို ဗားရှင်း %1 သို့ အဆင့်မြှင့်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုဖိုင်ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The case properties could not be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု၏ ဂုဏ်သတ္တိများကို သိမ်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>The case is open read-only.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုကို ဖတ်ရန်သာ ဖွင့်ထားသည်။</translation>
    </message>
    <message>
        <source>No entity %1 in this case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤအမှုတွင် %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>The search could not be run.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရှာဖွေမှု လုပ်ဆောင်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The neighbours could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အနီးရှိ အရာများကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားကို သိမ်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>The chart %1 does not exist in this case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤအမှုတွင် ဇယား %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်းစစ်မှတ်တမ်းကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်းစစ်မှတ်တမ်းကို ရေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: entries were removed or reordered.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်းစစ်အချက် %1 သည် ယခင်အချက်နှင့် မဆက်စပ်ပါ- အချက်များ ဖျက်ခံရ သို့မဟုတ် အစီအစဉ်ပြောင်းခံရသည်။</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်းစစ်အချက် %1 ကို ရေးပြီးနောက် ပြင်ဆင်ခံရသည်။</translation>
    </message>
    <message>
        <source>Checking the case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုဖိုင်ကို စစ်ဆေးနေသည်</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SQLite ခိုင်မာမှု စစ်ဆေးချက်- %1</translation>
    </message>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SQLite ခိုင်မာမှု စစ်ဆေး၍ မရပါ- %1</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသုံးပြုသူက ရပ်လိုက်သည်။</translation>
    </message>
    <message>
        <source>Source %1 (%2) is not available at %3; its hash was not checked.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ် %1 (%2) သည် %3 တွင် မရှိပါ၊ ၎င်း၏ hash ကို မစစ်ရသေးပါ။</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ၏ hash ကို တွက်နေသည်</translation>
    </message>
    <message>
        <source>Source %1 (%2) could not be read: %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ် %1 (%2) ကို ဖတ်၍ မရပါ- %3</translation>
    </message>
    <message>
        <source>Source %1 (%2) has changed since import: SHA-256 %3, recorded %4.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ် %1 (%2) သည် တင်သွင်းပြီးနောက် ပြောင်းလဲသွားသည်- SHA-256 %3၊ မှတ်တမ်း %4။</translation>
    </message>
    <message>
        <source>Source %1 (%2): SHA-256 matches.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ် %1 (%2)- SHA-256 ကိုက်ညီသည်။</translation>
    </message>
    <message>
        <source>Cannot open the case file %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုဖိုင် %1 ကို ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The case file could not be updated.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုဖိုင်ကို အပ်ဒိတ်လုပ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>A mapping needs a name to be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သိမ်းရန် mapping တွင် အမည် လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>The mapping could not be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping ကို သိမ်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>The owners could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပိုင်ရှင်များကို ဖတ်၍မရပါ။</translation>
    </message>
    <message>
        <source>The chart could not be renamed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားကို အမည်ပြောင်း၍မရပါ။</translation>
    </message>
    <message>
        <source>The chart could not be deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားကို ဖျက်၍မရပါ။</translation>
    </message>
    <message>
        <source>Reading entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာများကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>Reading links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချိတ်ဆက်မှုများကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ်များကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>%1 cannot be read where it is: its folder cannot be written and it has unsaved changes in %1-wal. Copy both files to a writable folder and open the copy.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ယခုနေရာတွင် မဖတ်နိုင်ပါ- ၎င်း၏ဖိုင်တွဲကို ရေး၍မရဘဲ %1-wal တွင် မပေါင်းရသေးသော ပြောင်းလဲမှုများ ရှိသည်။ ဖိုင်နှစ်ခုလုံးကို ရေးနိုင်သော ဖိုင်တွဲသို့ ကူးပြီး မိတ္တူကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>%1 was written by an older Seagull and must be upgraded, but it cannot be written here. Copy it to a writable folder and open the copy.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို Seagull ဗားရှင်းဟောင်းက ရေးထားပြီး အဆင့်မြှင့်ရန် လိုသော်လည်း ဤနေရာတွင် ရေး၍မရပါ။ ရေးနိုင်သော ဖိုင်တွဲသို့ ကူးပြီး မိတ္တူကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>The case holds the %1 &quot;%2&quot;, which Seagull never makes; a case file carries no executable content.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုတွင် Seagull က ဘယ်တော့မှ မပြုလုပ်သော %1 &quot;%2&quot; ပါဝင်နေသည်၊ အမှုဖိုင်တွင် လုပ်ဆောင်နိုင်သော အကြောင်းအရာ မပါရပါ။</translation>
    </message>
    <message>
        <source>The guard &quot;%1&quot; that keeps the audit log from being changed is missing.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ဆေးမှတ်တမ်း ပြောင်းလဲခြင်းမှ ကာကွယ်သော &quot;%1&quot; ပျောက်နေသည်။</translation>
    </message>
    <message>
        <source>The case file %1 cannot be written: it is read-only, or on a read-only disk or folder. Nothing was changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုဖိုင် %1 ကို ရေး၍မရပါ- ၎င်းသည် ဖတ်ရန်သာ ဖြစ်သည်၊ သို့မဟုတ် ဖတ်ရန်သာ ဒစ် သို့မဟုတ် ဖိုင်တွဲပေါ်တွင် ရှိသည်။ ဘာမှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed: make room and try again.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို သိမ်းထားသော ဒစ် ပြည့်နေသည်။ ဘာမှ မပြောင်းလဲပါ- နေရာလွတ်ပြုလုပ်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk may be full, the file too large for it, or the disk failing. Nothing was changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ရေး၍မရပါ- ဒစ် ပြည့်နေခြင်း၊ ဖိုင်သည် ၎င်းအတွက် ကြီးလွန်းခြင်း သို့မဟုတ် ဒစ် ပျက်စီးနေခြင်း ဖြစ်နိုင်သည်။ ဘာမှ မပြောင်းလဲပါ။</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the events is missing: every record is there, but expanding and reading them would be slow.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ်များ၏ အညွှန်း &quot;%1&quot; ပျောက်နေသည်- မှတ်တမ်းအားလုံး ရှိနေသော်လည်း ချဲ့ခြင်းနှင့် ဖတ်ခြင်း နှေးပါမည်။</translation>
    </message>
    <message>
        <source>Row %1 of the table &quot;%2&quot; refers to a row of &quot;%3&quot; that is not in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား &quot;%2&quot; ၏ အတန်း %1 သည် အမှုတွဲတွင် မရှိသော &quot;%3&quot; ၏ အတန်းတစ်ခုကို ရည်ညွှန်းသည်။</translation>
    </message>
    <message>
        <source>SQLite foreign-key check could not run: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SQLite ၏ နိုင်ငံခြားသော့ စစ်ဆေးမှုကို မလုပ်ဆောင်နိုင်ပါ- %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) refer to rows that are not in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>နောက်ထပ် အတန်း %n ခုသည် အမှုတွဲတွင် မရှိသော အတန်းများကို ရည်ညွှန်းသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>rows written: %1 of %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရေးပြီးသော အတန်းများ- %2 ခုအနက် %1 ခု</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the links is missing: every link is there, but expanding would be slow.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်ခ်များ၏ အညွှန်း &quot;%1&quot; ပျောက်နေသည်- လင့်ခ်အားလုံး ရှိနေသော်လည်း ချဲ့ခြင်း နှေးပါမည်။</translation>
    </message>
    <message>
        <source>The events could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ်များကို မဖတ်နိုင်ပါ။</translation>
    </message>
</context>
<context>
    <name>sg::CdrCsvImporter</name>
    <message>
        <source>it is not a text file (it contains binary data)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာသားဖိုင် မဟုတ်ပါ (binary ဒေတာ ပါသည်)</translation>
    </message>
    <message>
        <source>Call records (CSV)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖုန်းခေါ်ဆိုမှု မှတ်တမ်း (CSV)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို တင်သွင်း၍ မရပါ- %2။</translation>
    </message>
    <message>
        <source>%1 has no recognisable call-record columns: it needs the two parties (such as &quot;Calling Number&quot; and &quot;Called Number&quot;, or &quot;MSISDN&quot; and &quot;Other Party&quot;) and a date.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 တွင် သိရှိနိုင်သော ခေါ်ဆိုမှုမှတ်တမ်း ကော်လံ မရှိပါ- ဖုန်းနှစ်ဖက် (&quot;Calling Number&quot; နှင့် &quot;Called Number&quot; သို့မဟုတ် &quot;MSISDN&quot; နှင့် &quot;Other Party&quot; ကဲ့သို့) နှင့် ရက်စွဲ လိုအပ်သည်။</translation>
    </message>
    <message>
        <source>no header row found in the first %1 lines</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပထမ %1 ကြောင်းတွင် ခေါင်းစီးအတန်း မတွေ့ပါ</translation>
    </message>
    <message>
        <source>best header row: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အနီးစပ်ဆုံး ခေါင်းစီးအတန်း- %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော စံတော်ချိန်ဇုန် &quot;%1&quot;။</translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Asia/Phnom_Penh ကဲ့သို့ IANA အမည်ကို သုံးပါ</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကော်လံများ- %1</translation>
    </message>
    <message>
        <source>The file has dates without times; events are placed at midnight.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွင် အချိန်မပါသော ရက်စွဲများ ရှိသည်၊ ဖြစ်ရပ်များကို သန်းခေါင်ယံတွင် ထားသည်။</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကွက် %1 ခု မျှော်လင့်သည်၊ %2 ခု တွေ့သည်</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကိုးကားအမှတ်အသားပါ အကွက်ကို မပိတ်ထားပါ</translation>
    </message>
    <message>
        <source>the %1 number is empty</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 နံပါတ် ဗလာ ဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်စွဲ &quot;%1&quot; ကို ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>cannot read the time &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန် &quot;%1&quot; ကို ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>cannot read the duration &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကြာချိန် &quot;%1&quot; ကို ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>the file has a header but no records</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွင် ခေါင်းစီး ရှိသော်လည်း မှတ်တမ်း မရှိပါ</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာကြောင်း %1- %2</translation>
    </message>
    <message>
        <source>No record of %1 could be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ၏ မှတ်တမ်းတစ်ခုမျှ ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော စာသားကုဒ်စနစ် &quot;%1&quot;။</translation>
    </message>
    <message>
        <source>known encodings: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သိသော ကုဒ်စနစ်များ- %1</translation>
    </message>
    <message>
        <source>Read with the mapping &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping &quot;%1&quot; ဖြင့် ဖတ်သည်။</translation>
    </message>
    <message>
        <source>No date says whether the day or the month comes first; they are read as day/month/year. If that is wrong, import the file with a call-record mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက် သို့မဟုတ် လ မည်သည်က အရင်လာသည်ကို မည်သည့်ရက်စွဲကမျှ မပြော၍ ရက်/လ/နှစ် အဖြစ် ဖတ်သည်။ မှားပါက &quot;time&quot; သည် &quot;mdy&quot; ဖြစ်သော ခေါ်ဆိုမှုမှတ်တမ်း mapping ဖြင့် ဖိုင်ကို တင်သွင်းပါ။</translation>
    </message>
</context>
<context>
    <name>sg::CellSiteImporter</name>
    <message>
        <source>Cell-site tables (CSV, XLSX)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆဲလ်ဆိုက် ဇယားများ (CSV, XLSX)</translation>
    </message>
    <message>
        <source>%1: cell sites, the cell known by its column &quot;%2&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- ဆဲလ်ဆိုက်များ၊ ဆဲလ်ကို &quot;%2&quot; ကော်လံဖြင့် သိသည်။</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>no cell id</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆဲလ် ID မရှိပါ</translation>
    </message>
    <message>
        <source>cell %1 has no coordinates</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆဲလ် %1 တွင် ကိုဩဒိနိတ် မရှိပါ</translation>
    </message>
    <message>
        <source>cell %1: the coordinates &quot;%2, %3&quot; are not a place on Earth</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆဲလ် %1- ကိုဩဒိနိတ် &quot;%2, %3&quot; သည် ကမ္ဘာပေါ်ရှိ နေရာ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>%1 has no cell-site table (a cell id with latitude and longitude).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 တွင် ဆဲလ်ဆိုက်ဇယား (လတ္တီတွဒ်နှင့် လောင်ဂျီတွဒ်ပါ ဆဲလ် ID) မရှိပါ။</translation>
    </message>
    <message>
        <source>No cell site of %1 could be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ၏ ဆဲလ်ဆိုက် တစ်ခုမျှ ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာကြောင်း %1- %2</translation>
    </message>
</context>
<context>
    <name>sg::ChartDocument</name>
    <message>
        <source>Remove %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖယ်ရှားရန်</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခုကို ဖယ်ရှားရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပြင်အဆင် (%1)</translation>
    </message>
    <message>
        <source>The saved chart cannot be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သိမ်းထားသော ဇယားကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The chart was saved by a newer version of Seagull.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားကို Seagull ဗားရှင်းအသစ်က သိမ်းထားသည်။</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု ရွှေ့ရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pin %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု ပင်ထိုးရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု ပင်ဖြုတ်ရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု ဖျောက်ရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု ပြရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the colour of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု၏ အရောင် သတ်မှတ်ရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the icon of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု၏ သင်္ကေတ သတ်မှတ်ရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %n entities as &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခုကို &quot;%1&quot; အဖွဲ့အဖြစ် စုရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>Ungroup &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&quot;%1&quot; အဖွဲ့ကို ဖြုတ်ရန်</translation>
    </message>
    <message>
        <source>Collapse &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&quot;%1&quot; ကို ခေါက်ရန်</translation>
    </message>
    <message>
        <source>Expand group &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&quot;%1&quot; အဖွဲ့ကို ဖြန့်ရန်</translation>
    </message>
    <message>
        <source>Rename group to &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဖွဲ့အမည်ကို &quot;%1&quot; သို့ ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Add note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်စု ထည့်ရန်</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်စု ပြင်ရန်</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်စု ဖယ်ရန်</translation>
    </message>
    <message>
        <source>Show one link per pair</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တစ်တွဲလျှင် ချိတ်ဆက်မျဉ်း တစ်ကြောင်း ပြရန်</translation>
    </message>
    <message>
        <source>Show one link per direction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဦးတည်ရာတစ်ခုလျှင် ချိတ်ဆက်မျဉ်း တစ်ကြောင်း ပြရန်</translation>
    </message>
    <message>
        <source>Show one link per event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ်တစ်ခုလျှင် ချိတ်ဆက်မျဉ်း တစ်ကြောင်း ပြရန်</translation>
    </message>
    <message>
        <source>Draw links at a fixed width</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချိတ်ဆက်မျဉ်းများကို အကျယ်တစ်သမတ်တည်း ဆွဲရန်</translation>
    </message>
    <message>
        <source>Draw link widths by count</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချိတ်ဆက်မျဉ်း အကျယ်ကို အကြိမ်ရေအလိုက် ဆွဲရန်</translation>
    </message>
    <message>
        <source>Draw link widths by amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချိတ်ဆက်မျဉ်း အကျယ်ကို ငွေပမာဏအလိုက် ဆွဲရန်</translation>
    </message>
    <message>
        <source>Show replaced entities again</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစားထိုးထားသော အရာများကို ပြန်ပြရန်</translation>
    </message>
</context>
<context>
    <name>sg::ChartExpander</name>
    <message>
        <source>No entity %1 in this case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤအမှုတွင် %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ထည့်ရန်</translation>
    </message>
    <message numerus="yes">
        <source>Add %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု ထည့်ရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ချဲ့ရန်</translation>
    </message>
    <message numerus="yes">
        <source>Expand %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခုကို ချဲ့ရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show owners instead of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခုအစား ပိုင်ရှင်များကို ပြရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the parties of %n events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ဖြစ်ရပ် %n ခု၏ ပါဝင်သူများကို ထည့်ရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>The expansion was stopped; the chart is as it was.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချဲ့ထွင်မှု ရပ်သွားသည်၊ ဇယားသည် ယခင်အတိုင်း ရှိသည်။</translation>
    </message>
    <message>
        <source>Adding to the chart was stopped; the chart is as it was.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားသို့ ထည့်ခြင်းကို ရပ်လိုက်သည်။ ဇယားသည် ယခင်အတိုင်း ရှိသည်။</translation>
    </message>
</context>
<context>
    <name>sg::ChartLegend</name>
    <message>
        <source>%1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Collapsed group: double-click to open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခေါက်ထားသော အဖွဲ့: ဖွင့်ရန် နှစ်ချက်နှိပ်ပါ</translation>
    </message>
    <message>
        <source>Group box: drag its frame to move it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဖွဲ့ဘောင်: ရွှေ့ရန် ဘောင်ကို ဆွဲပါ</translation>
    </message>
    <message>
        <source>%1: events between the two, arrow towards the receiver; the label counts them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- နှစ်ဦးကြား ဖြစ်ရပ်များ၊ မြှားသည် လက်ခံသူဘက်သို့၊ တံဆိပ်က အရေအတွက်ကို ပြသည်</translation>
    </message>
    <message>
        <source>Hub: more neighbours in the case than the chart&apos;s hub limit (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချက်အချာ: အမှုတွင် အိမ်နီးချင်းများသည် ဇယား၏ အချက်အချာ ကန့်သတ်ချက် (%1) ထက် များသည်</translation>
    </message>
    <message>
        <source>+N: neighbours not yet on the chart; double-click to add the next ones</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>+N: ဇယားပေါ်တွင် မရှိသေးသော အိမ်နီးချင်းများ၊ နောက်တစ်သုတ် ထည့်ရန် နှစ်ချက်နှိပ်ပါ</translation>
    </message>
    <message>
        <source>Pin: layouts keep the entity where it is</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပင်: အပြင်အဆင်များက အရာကို နေရာမှာပင် ထားသည်</translation>
    </message>
    <message>
        <source>Coloured ring: a colour chosen by the analyst</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရောင်ကွင်း: စိစစ်သူ ရွေးထားသော အရောင်</translation>
    </message>
    <message>
        <source>Phones and accounts are shown as their owners</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖုန်းနှင့် အကောင့်များကို ၎င်းတို့၏ ပိုင်ရှင်များအဖြစ် ပြထားသည်</translation>
    </message>
    <message>
        <source>%1: declared link (stated by a source or the analyst)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- ကြေညာထားသော လင့်ခ် (ရင်းမြစ် သို့မဟုတ် ခွဲခြမ်းစိတ်ဖြာသူက ဖော်ပြ)</translation>
    </message>
    <message>
        <source>Probable: dashed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်နိုင်ခြေများ- မျဉ်းပြတ်</translation>
    </message>
    <message>
        <source>Possible: dotted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်နိုင်- အစက်မျဉ်း</translation>
    </message>
</context>
<context>
    <name>sg::ChartPrinter</name>
    <message>
        <source>The output could not be opened for printing.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်ရန် ထုတ်ယူမှုကို ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆက်စပ်မှုဇယား</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု %1- %2</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (%2) တွင် ပုံနှိပ်သည်</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ဆေးသူ- %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ %1 / %2</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သင်္ကေတ ရှင်းလင်းချက်-</translation>
    </message>
    <message>
        <source>The chart is empty.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား ဗလာ ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>Reading the events behind the links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်များ နောက်ကွယ်ရှိ ဖြစ်ရပ်များကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်ခြင်းကို ပယ်ဖျက်လိုက်သည်။</translation>
    </message>
    <message>
        <source>Entered by the analyst (no file)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခွဲခြမ်းစိတ်ဖြာသူ ထည့်သွင်းသည် (ဖိုင်မရှိ)</translation>
    </message>
    <message>
        <source>SHA-256 %1 · %2 bytes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SHA-256 %1 · %2 ဘိုက်</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- ဖြစ်ရပ် %3 ခုအနက် ပထမ %2 ခု</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1- ဖြစ်ရပ် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံစံ / ထည့်သွင်းကိရိယာ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထည့်သွင်းချိန်</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ဆေးသူ</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှ</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အထိ</translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကြာချိန် / ငွေပမာဏ</translation>
    </message>
    <message>
        <source>Source record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ် မှတ်တမ်း</translation>
    </message>
    <message>
        <source>%1: charts are written as .pdf, .svg or .png files.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- ဇယားများကို .pdf၊ .svg သို့မဟုတ် .png ဖိုင်အဖြစ် ရေးသည်။</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သက်သေခံ %1</translation>
    </message>
    <message>
        <source>The PDF for %1 could not be completed (unexpected document structure).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 အတွက် PDF ကို ပြီးအောင် မလုပ်နိုင်ပါ (မမျှော်လင့်သော စာရွက်စာတမ်း ဖွဲ့စည်းပုံ)။</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>PDF ကို %1 သို့ ရေး၍မရပါ- %2</translation>
    </message>
    <message>
        <source>The output could not take page %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထွက်ရှိမှုသည် စာမျက်နှာ %1 ကို မယူနိုင်ပါ။</translation>
    </message>
    <message>
        <source>Printed by Seagull %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull %1 ဖြင့် ပုံနှိပ်သည်</translation>
    </message>
    <message>
        <source>The SVG could not be written to %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SVG ကို %1 သို့ ရေး၍မရပါ။</translation>
    </message>
    <message>
        <source>The PNG could not be written to %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>PNG ကို %1 သို့ ရေး၍မရပါ။</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ရေး၍မရပါ။</translation>
    </message>
    <message>
        <source>Tile %1%2 of %3 × %4 (columns × rows)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချပ် %1%2 / %3 × %4 (ကော်လံ × အတန်း)</translation>
    </message>
    <message>
        <source>Appendix: the sources behind this chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်ဆက်တွဲ- ဤဇယား၏ နောက်ကွယ်ရှိ ရင်းမြစ်များ</translation>
    </message>
    <message>
        <source>Appendix: the events behind each link</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်ဆက်တွဲ- လင့်တစ်ခုစီ၏ နောက်ကွယ်ရှိ ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <source>No source stands behind the entities on this chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤဇယားပေါ်ရှိ အရာများ၏ နောက်ကွယ်တွင် ရင်းမြစ် မရှိပါ။</translation>
    </message>
    <message>
        <source>No link on this chart has events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤဇယားပေါ်ရှိ မည်သည့်လင့်တွင်မှ ဖြစ်ရပ် မရှိပါ။</translation>
    </message>
    <message>
        <source>%1, continued: events %2–%3 of %4</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (ဆက်လက်)- ဖြစ်ရပ် %4 ခုအနက် %2–%3</translation>
    </message>
</context>
<context>
    <name>sg::ChartRecovery</name>
    <message>
        <source>The folder for unsaved charts %1 cannot be made.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိမ်းရသေးသော ဇယားများအတွက် ဖိုင်တွဲ %1 ကို ပြုလုပ်၍မရပါ။</translation>
    </message>
    <message>
        <source>The chart&apos;s unsaved changes could not be kept in %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား၏ မသိမ်းရသေးသော ပြောင်းလဲမှုများကို %1 တွင် ထားရှိ၍မရပါ။</translation>
    </message>
</context>
<context>
    <name>sg::ChartStyle</name>
    <message>
        <source>%1 s</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 စက္ကန့်</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 မိနစ်</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 နာရီ %2 မိနစ်</translation>
    </message>
    <message>
        <source>owns</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပိုင်ဆိုင်သည်</translation>
    </message>
    <message>
        <source>uses</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသုံးပြုသည်</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 → %2- ဖြစ်ရပ် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စုစုပေါင်း ကြာချိန်- %1</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစား- %1</translation>
    </message>
    <message>
        <source>Total moved: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လွှဲပြောင်းငွေ စုစုပေါင်း- %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Cli</name>
    <message>
        <source>see seagull-cli --help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>seagull-cli --help ကို ကြည့်ပါ</translation>
    </message>
    <message>
        <source>seagull-cli: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>seagull-cli- %1</translation>
    </message>
    <message>
        <source>Usage: seagull-cli COMMAND [options] [--json]</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသုံးပြုပုံ- seagull-cli ညွှန်ကြားချက် [ရွေးချယ်စရာ] [--json]</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>JSON အရာဝတ္ထု တစ်ခု ထုတ်ပါ။</translation>
    </message>
    <message>
        <source>Case name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုအမည်။</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုနံပါတ်။</translation>
    </message>
    <message>
        <source>Region (ISO country code) for numbers without a country code.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နိုင်ငံကုဒ် မပါသော နံပါတ်များအတွက် ဒေသ (ISO နိုင်ငံကုဒ်)။</translation>
    </message>
    <message>
        <source>IANA time zone of local times.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒေသစံတော်ချိန်များ၏ IANA ဇုန်။</translation>
    </message>
    <message>
        <source>Examiner&apos;s name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ဆေးသူ အမည်။</translation>
    </message>
    <message>
        <source>Import format.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တင်သွင်းမှု ပုံစံ။</translation>
    </message>
    <message>
        <source>Most results, or new neighbours per entity.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရလဒ်အများဆုံး သို့မဟုတ် အရာတစ်ခုစီအတွက် အနီးရှိ အသစ်များ။</translation>
    </message>
    <message>
        <source>How many steps out to expand.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပြင်ဘက်သို့ ချဲ့မည့် အဆင့်အရေအတွက်။</translation>
    </message>
    <message>
        <source>Entity types to keep, comma-separated.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထားရှိမည့် အရာအမျိုးအစားများ၊ ကော်မာဖြင့် ခွဲပါ။</translation>
    </message>
    <message>
        <source>Only events from this date or time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤရက်စွဲ သို့မဟုတ် အချိန်မှစသော ဖြစ်ရပ်များသာ။</translation>
    </message>
    <message>
        <source>Only events up to this date or time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤရက်စွဲ သို့မဟုတ် အချိန်အထိ ဖြစ်ရပ်များသာ။</translation>
    </message>
    <message>
        <source>Only links with at least this many events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အနည်းဆုံး ဤမျှ ဖြစ်ရပ်ရှိသော ဆက်စပ်မှုများသာ။</translation>
    </message>
    <message>
        <source>Entity to start the chart from (repeatable).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား စတင်မည့် အရာ (ထပ်ခါ သုံးနိုင်သည်)။</translation>
    </message>
    <message>
        <source>Saved chart to print (id).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်မည့် သိမ်းထားသော ဇယား (id)။</translation>
    </message>
    <message>
        <source>Layout engine.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပြင်အဆင် စနစ်။</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထုတ်ယူမည့် ဖိုင်။</translation>
    </message>
    <message>
        <source>Paper size.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရွက်အရွယ်။</translation>
    </message>
    <message>
        <source>Chart title.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားခေါင်းစဉ်။</translation>
    </message>
    <message>
        <source>Portrait orientation.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒေါင်လိုက်။</translation>
    </message>
    <message>
        <source>the option --%1 does not apply to %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--%1 ရွေးချယ်မှုသည် %2 နှင့် မသက်ဆိုင်ပါ</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော ညွှန်ကြားချက် &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read the date &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်စွဲ &quot;%1&quot; ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>use YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>YYYY-MM-DD သို့မဟုတ် YYYY-MM-DD HH:MM ကို သုံးပါ</translation>
    </message>
    <message>
        <source>create needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>create သည် အမှုဖိုင် တစ်ခုတည်း လိုအပ်သည်</translation>
    </message>
    <message>
        <source>create needs --name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>create သည် --name လိုအပ်သည်</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော စံတော်ချိန်ဇုန် &quot;%1&quot;။</translation>
    </message>
    <message>
        <source>Created case &quot;%1&quot; in %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%2 တွင် အမှု &quot;%1&quot; ကို ဖန်တီးပြီးပြီ။</translation>
    </message>
    <message>
        <source>import needs a case file and at least one file or folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>import သည် အမှုဖိုင်နှင့် အနည်းဆုံး ဖိုင် သို့မဟုတ် ဖိုင်တွဲ တစ်ခု လိုအပ်သည်</translation>
    </message>
    <message>
        <source>%1: already imported as source %2 (same SHA-256); nothing added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- ရင်းမြစ် %2 အဖြစ် တင်သွင်းပြီးသား (SHA-256 တူ)၊ ဘာမျှ မထည့်ပါ။</translation>
    </message>
    <message>
        <source>skipped %1 preamble and %2 trailer lines</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစပိုင်း %1 ကြောင်းနှင့် အဆုံးပိုင်း %2 ကြောင်းကို ကျော်ခဲ့သည်</translation>
    </message>
    <message numerus="yes">
        <source>%n rows could not be read:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အတန်း %n ခု ဖတ်၍ မရပါ-</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>… နှင့် နောက်ထပ် %1 ခု</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာကြောင်း %1- %2</translation>
    </message>
    <message>
        <source>stats needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>stats သည် အမှုဖိုင် တစ်ခုတည်း လိုအပ်သည်</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု %1- %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်များ- %1</translation>
    </message>
    <message>
        <source>Entities (%1): %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာများ (%1)- %2</translation>
    </message>
    <message>
        <source>Events (%1): %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ်များ (%1)- %2</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆက်စပ်မှုများ- %1</translation>
    </message>
    <message>
        <source>sources needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>sources သည် အမှုဖိုင် တစ်ခုတည်း လိုအပ်သည်</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 events  %5 rejected  %6</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1  %2  %3  ဖြစ်ရပ် %4  ငြင်းပယ် %5  %6</translation>
    </message>
    <message>
        <source>search needs a case file and one query (quote it if it has spaces)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>search သည် အမှုဖိုင်နှင့် ရှာဖွေချက် တစ်ခု လိုအပ်သည် (space ပါလျှင် ကိုးကားအမှတ် သုံးပါ)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--limit သည် အပေါင်းကိန်း လိုအပ်သည်</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&quot;%1&quot; အတွက် ဘာမျှ မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>show needs a case file and one entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>show သည် အမှုဖိုင်နှင့် အရာ တစ်ခု လိုအပ်သည်</translation>
    </message>
    <message>
        <source>kept as written: the number did not validate for its source&apos;s region</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရေးထားသည့်အတိုင်း ထားသည်- နံပါတ်သည် ၎င်း၏ ရင်းမြစ်ဒေသအတွက် မမှန်ကန်ပါ</translation>
    </message>
    <message>
        <source>%1 events, %2 linked entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ် %1၊ ဆက်စပ်အရာ %2</translation>
    </message>
    <message>
        <source>source %1 (%2): first at %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ် %1 (%2)- ပထမဆုံး %3 တွင်</translation>
    </message>
    <message>
        <source>expand needs a case file and at least one entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>expand သည် အမှုဖိုင်နှင့် အနည်းဆုံး အရာ တစ်ခု လိုအပ်သည်</translation>
    </message>
    <message>
        <source>--hops, --limit and --min-count need whole numbers (hops and min-count at least 1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--hops၊ --limit နှင့် --min-count သည် ကိန်းပြည့် လိုအပ်သည် (hops နှင့် min-count အနည်းဆုံး 1)</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot;; known: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော အရာအမျိုးအစား &quot;%1&quot;၊ သိသည်များ- %2</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အနီးရှိ အရာ %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more left out by --limit %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--limit %2 ကြောင့် နောက်ထပ် %1 ခု ချန်ထားခဲ့သည်</translation>
    </message>
    <message>
        <source>verify needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>verify သည် အမှုဖိုင် တစ်ခုတည်း လိုအပ်သည်</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြဿနာ- %1</translation>
    </message>
    <message>
        <source>The case verifies: integrity check, audit chain and source hashes are sound.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု စစ်ဆေးမှု အောင်မြင်သည်- ခိုင်မာမှု၊ စာရင်းစစ်ကွင်းဆက်နှင့် ရင်းမြစ် hash များ မှန်ကန်သည်။</translation>
    </message>
    <message numerus="yes">
        <source>The case does NOT verify: %n problems.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အမှု စစ်ဆေးမှု မအောင်မြင်ပါ- ပြဿနာ %n ခု။</numerusform>
        </translation>
    </message>
    <message>
        <source>demo needs exactly one output case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>demo သည် ထုတ်ယူမည့် အမှုဖိုင် တစ်ခုတည်း လိုအပ်သည်</translation>
    </message>
    <message>
        <source>Compounds overview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဝင်းများ၏ ခြုံငုံသုံးသပ်ချက်</translation>
    </message>
    <message>
        <source>Demonstration case written to %1 (%2 records; evidence in %3).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သရုပ်ပြအမှုကို %1 သို့ ရေးပြီး (မှတ်တမ်း %2၊ သက်သေများ %3 တွင်)။</translation>
    </message>
    <message>
        <source>Compound coordinators: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဝင်း ညှိနှိုင်းသူများ- %1</translation>
    </message>
    <message>
        <source>chart needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>chart သည် အမှုဖိုင် တစ်ခုတည်း လိုအပ်သည်</translation>
    </message>
    <message>
        <source>chart needs either --seed ENTITY (repeatable) or --chart ID</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>chart သည် --seed အရာ (ထပ်ခါသုံးနိုင်) သို့မဟုတ် --chart ID တစ်ခုခု လိုအပ်သည်</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot;; use %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော အပြင်အဆင် &quot;%1&quot;၊ %2 ကို သုံးပါ</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆက်စပ်မှုဇယား</translation>
    </message>
    <message>
        <source>--hops must be at least 1 and --limit at least 0</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--hops သည် အနည်းဆုံး 1 နှင့် --limit သည် အနည်းဆုံး 0 ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- ကျော်ခဲ့သည်၊ %2။</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be imported.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ဖိုင် %n ခု တင်သွင်း၍ မရပါ။</numerusform>
        </translation>
    </message>
    <message>
        <source>Text encoding of the files (detected when not given).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်များ၏ စာသားကုဒ်စနစ် (မပေးလျှင် အလိုအလျောက် ရှာသည်)။</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping ဖိုင် %1 ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping ဖိုင် %1 သည် JSON object မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>The mapping file %1 is not usable: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping ဖိုင် %1 ကို အသုံးမပြုနိုင်ပါ- %2</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;; known: %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော စာသားကုဒ်စနစ် &quot;%1&quot;၊ သိသည်များ- %2။</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု- %1</translation>
    </message>
    <message>
        <source>Column mapping (JSON) for a table of transfers or call records; saved in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေလွှဲ သို့မဟုတ် ခေါ်ဆိုမှုမှတ်တမ်း ဇယားအတွက် ကော်လံ mapping (JSON)၊ အမှုတွင် သိမ်းသည်။</translation>
    </message>
    <message>
        <source>Only these links count, comma-separated: call, sms, transfer, uses, ...</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤချိတ်ဆက်မှုများကိုသာ ရေတွက်သည်၊ ကော်မာဖြင့် ခွဲပါ: call, sms, transfer, uses, ...</translation>
    </message>
    <message>
        <source>Only pairs that moved at least this amount, such as &quot;500 USD&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အနည်းဆုံး ဤပမာဏ လွှဲပြောင်းခဲ့သော အတွဲများသာ၊ ဥပမာ &quot;500 USD&quot;။</translation>
    </message>
    <message>
        <source>--min-amount needs an amount and a currency code, such as &quot;500 USD&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--min-amount တွင် ပမာဏနှင့် ငွေကြေးကုဒ် လိုအပ်သည်၊ ဥပမာ &quot;500 USD&quot;</translation>
    </message>
    <message>
        <source>path needs a case file and two entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>path အတွက် အမှုဖိုင်တစ်ခုနှင့် အရာနှစ်ခု လိုသည်</translation>
    </message>
    <message>
        <source>--max-hops needs a whole number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--max-hops အတွက် ကိန်းပြည့် လိုသည်</translation>
    </message>
    <message>
        <source>--k needs a whole number, at least 1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--k အတွက် အနည်းဆုံး 1 ရှိသော ကိန်းပြည့် လိုသည်</translation>
    </message>
    <message>
        <source>--weight is hops, count or amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--weight သည် hops, count သို့မဟုတ် amount ဖြစ်သည်</translation>
    </message>
    <message>
        <source>--window needs a duration such as 90s, 30m, 2h or 3d</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--window အတွက် 90s, 30m, 2h သို့မဟုတ် 3d ကဲ့သို့ ကြာချိန် လိုသည်</translation>
    </message>
    <message>
        <source>--window, --money, --from and --to go with --time-ordered</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--window, --money, --from နှင့် --to ကို --time-ordered နှင့်သာ သုံးသည်</translation>
    </message>
    <message>
        <source>--time-ordered finds one journey: it does not combine with --k, --all or --weight</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--time-ordered သည် ခရီးစဉ်တစ်ခုသာ ရှာသည်: --k, --all သို့မဟုတ် --weight နှင့် တွဲမသုံးနိုင်</translation>
    </message>
    <message>
        <source>Both ends must be of the types kept by --types.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစွန်းနှစ်ဖက်စလုံးသည် --types က ထားရှိသော အမျိုးအစား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>No path between %1 and %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 နှင့် %2 ကြား လမ်းကြောင်း မရှိပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%n hops:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ဆင့်:</numerusform>
        </translation>
    </message>
    <message>
        <source>analyze needs a case file and a measure: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>analyze အတွက် အမှုဖိုင်နှင့် တိုင်းတာချက် လိုသည်: %1</translation>
    </message>
    <message>
        <source>unknown measure &quot;%1&quot;; known: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော တိုင်းတာချက် &quot;%1&quot;; သိထားသည်များ: %2</translation>
    </message>
    <message>
        <source>common needs at least two entities after it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>common နောက်တွင် အနည်းဆုံး အရာနှစ်ခု လိုသည်</translation>
    </message>
    <message>
        <source>%1 takes no entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် အရာများ မယူပါ</translation>
    </message>
    <message>
        <source>--top, --samples and --at-least need whole numbers</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--top, --samples နှင့် --at-least အတွက် ကိန်းပြည့် လိုသည်</translation>
    </message>
    <message>
        <source>--by is links, events or amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--by သည် links, events သို့မဟုတ် amount ဖြစ်သည်</translation>
    </message>
    <message>
        <source>--direction is total, in, out or net</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--direction သည် total, in, out သို့မဟုတ် net ဖြစ်သည်</translation>
    </message>
    <message>
        <source>--by, --direction and --currency go with degree</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--by, --direction နှင့် --currency ကို degree နှင့်သာ သုံးသည်</translation>
    </message>
    <message numerus="yes">
        <source>%n bridges</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>တံတား %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 communities, modularity %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသိုင်းအဝိုင်း %1 ခု၊ modularity %2</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အုပ်စု %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>hints needs one known den member after it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>hints နောက်တွင် သိရှိထားသော ဂိုဏ်းဝင် တစ်ဦး လိုသည်</translation>
    </message>
    <message>
        <source>--top and --at-least need whole numbers, --min-share a share between 0 and 1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--top နှင့် --at-least အတွက် ကိန်းပြည့်၊ --min-share အတွက် 0 နှင့် 1 ကြား အချိုး လိုသည်</translation>
    </message>
    <message>
        <source>in %1 %2, forwarded %3 (%4%) within the window, median hold %5 h; from %6; to %7</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဝင် %1 %2၊ အချိန်အတွင်း ဆက်လွှဲ %3 (%4%)၊ အလယ်အလတ် ထိန်းချိန် %5 နာရီ; %6 မှ; %7 သို့</translation>
    </message>
    <message>
        <source>%1 counterparts between %2 and %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%2 နှင့် %3 ကြား တစ်ဖက်ပုဂ္ဂိုလ် %1 ဦး</translation>
    </message>
    <message>
        <source>with %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 နှင့်</translation>
    </message>
    <message>
        <source>The den member must be of the types kept by --types.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဂိုဏ်းဝင်သည် --types က ထားရှိသော အမျိုးအစား ဖြစ်ရမည်။</translation>
    </message>
    <message>
        <source>score %1: devices %2; contacts %3; places %4</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရမှတ် %1: စက် %2; အဆက်အသွယ် %3; နေရာ %4</translation>
    </message>
    <message>
        <source>None found.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>trace needs a case file and the id of a transfer (--event)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>trace အတွက် အမှုဖိုင်နှင့် ငွေလွှဲမှု၏ id (--event) လိုသည်</translation>
    </message>
    <message>
        <source>trace needs --event with the id of a transfer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>trace အတွက် ငွေလွှဲမှု id ပါသော --event လိုသည်</translation>
    </message>
    <message>
        <source>No transfer with the event id %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုတွင် ဖြစ်ရပ် id %1 ရှိသော ငွေလွှဲမှု မရှိပါ။</translation>
    </message>
    <message>
        <source>stopped at %1: %2 %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 တွင် ရပ်သည်: %2 %3</translation>
    </message>
    <message>
        <source>Longest path, in hops.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရှည်ဆုံး လမ်းကြောင်း၊ ဆင့်ဖြင့်။</translation>
    </message>
    <message>
        <source>What a step costs: hops, count (strong ties are short) or amount.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဆင့်တစ်ခု၏ ကုန်ကျမှု: hops, count (ခိုင်မာသော ဆက်ဆံရေးက တိုသည်) သို့မဟုတ် amount။</translation>
    </message>
    <message>
        <source>Currency of the amounts to use.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသုံးပြုမည့် ငွေပမာဏ၏ ငွေကြေး။</translation>
    </message>
    <message>
        <source>How many cheapest paths to list.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်းပြမည့် ကုန်ကျမှုအနည်းဆုံး လမ်းကြောင်း အရေအတွက်။</translation>
    </message>
    <message>
        <source>Longest wait between two steps of a journey, such as 2h.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခရီးစဉ်၏ အဆင့်နှစ်ခုကြား အရှည်ဆုံး စောင့်ချိန်၊ ဥပမာ 2h။</translation>
    </message>
    <message>
        <source>How many results to list (0: all).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်းပြမည့် ရလဒ် အရေအတွက် (0: အားလုံး)။</translation>
    </message>
    <message>
        <source>Count links, events or amount.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချိတ်ဆက်မှု၊ ဖြစ်ရပ် သို့မဟုတ် ငွေပမာဏကို ရေတွက်ရန်။</translation>
    </message>
    <message>
        <source>Count what comes in, goes out, both or in minus out.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဝင်၊ ထွက်၊ နှစ်ဘက်စလုံး သို့မဟုတ် ဝင်နုတ်ထွက်ကို ရေတွက်ရန်။</translation>
    </message>
    <message>
        <source>Estimate betweenness from this many entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤမျှလောက် အရာများမှ ကြားခံတန်ဖိုးကို ခန့်မှန်းရန်။</translation>
    </message>
    <message>
        <source>Entities linked to at least this many of those given.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေးထားသည်များထဲမှ အနည်းဆုံး ဤမျှနှင့် ချိတ်ထားသော အရာများ။</translation>
    </message>
    <message>
        <source>Share of the money a mule forwards, from 0 to 1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေလွှဲအကောင့်က ဆက်လွှဲသော ငွေ၏ အချိုး၊ 0 မှ 1 အထိ။</translation>
    </message>
    <message>
        <source>Id of the transfer to follow.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လိုက်ရှာမည့် ငွေလွှဲမှု၏ id။</translation>
    </message>
    <message>
        <source>%1  in %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1  ကို %2 တွင်</translation>
    </message>
    <message>
        <source>export needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>export အတွက် အမှုဖိုင် တစ်ခုတည်း လိုသည်</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 links.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ရေးပြီး: အရာ %2 ခု၊ ချိတ်ဆက်မှု %3 ခု။</translation>
    </message>
    <message>
        <source>export needs --out FILE (a folder for csv)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>export အတွက် --out FILE လိုသည် (csv အတွက် ဖိုင်တွဲ)</translation>
    </message>
    <message>
        <source>csv exports the whole case: --chart and --types go with graphml</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>csv သည် အမှုတစ်ခုလုံးကို ထုတ်သည်: --chart နှင့် --types ကို graphml နှင့်သာ သုံးသည်</translation>
    </message>
    <message>
        <source>Wrote entities.csv, links.csv and events.csv in %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 တွင် entities.csv, links.csv နှင့် events.csv ကို ရေးပြီး။</translation>
    </message>
    <message>
        <source>export writes --format graphml, anx or csv</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>export သည် --format graphml၊ anx သို့မဟုတ် csv ကို ရေးသည်</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 events, %4 declared links.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ရေးပြီး- အရာ %2၊ ဖြစ်ရပ် %3၊ ကြေညာထားသော လင့် %4။</translation>
    </message>
    <message>
        <source>bundle needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>bundle သည် အမှုဖိုင် တစ်ခုတည်းကို လိုအပ်သည်</translation>
    </message>
    <message>
        <source>bundle needs --out FILE.sgbundle</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>bundle သည် --out FILE.sgbundle လိုအပ်သည်</translation>
    </message>
    <message>
        <source>bundle needs either --chart ID or --seed ENTITY (repeatable)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>bundle သည် --chart ID သို့မဟုတ် --seed ENTITY (ထပ်ခါပေးနိုင်) လိုအပ်သည်</translation>
    </message>
    <message>
        <source>--hops must be from 0 to 10</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--hops သည် 0 မှ 10 အတွင်း ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>Wrote %1 (SHA-256 %2): %3 entities, %4 events, %5 declared links.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ရေးပြီး (SHA-256 %2)- အရာ %3၊ ဖြစ်ရပ် %4၊ ကြေညာထားသော လင့် %5။</translation>
    </message>
    <message>
        <source>Page margins in millimetres.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ အနားသတ် (မီလီမီတာ)။</translation>
    </message>
    <message>
        <source>Print over several pages, such as 3x2 (columns x rows).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာများစွာပေါ် ပုံနှိပ်ရန်၊ ဥပမာ 3x2 (ကော်လံ x အတန်း)။</translation>
    </message>
    <message>
        <source>How far tiled pages overlap, in millimetres.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာများ ထပ်နေသည့် အကွာအဝေး (မီလီမီတာ)။</translation>
    </message>
    <message>
        <source>Exhibit number for the title block.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခေါင်းစဉ်ဘလောက်အတွက် သက်သေခံ နံပါတ်။</translation>
    </message>
    <message>
        <source>Classification marking printed on every page.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာတိုင်းတွင် ပုံနှိပ်သော လျှို့ဝှက်အဆင့် အမှတ်အသား။</translation>
    </message>
    <message>
        <source>Time of printing for the title block (ISO 8601 with offset); default now.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခေါင်းစဉ်ဘလောက်အတွက် ပုံနှိပ်ချိန် (offset ပါ ISO 8601)၊ မူရင်းမှာ ယခု။</translation>
    </message>
    <message>
        <source>Appendix pages: sources, events or both, comma-separated.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်ဆက်တွဲ စာမျက်နှာများ- sources၊ events သို့မဟုတ် နှစ်ခုလုံး၊ ကော်မာဖြင့် ခွဲ။</translation>
    </message>
    <message>
        <source>Resolution of PNG output.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>PNG ထွက်ရှိမှု၏ ရုပ်ထွက်။</translation>
    </message>
    <message>
        <source>The agency that sends the bundle.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစုအဝေးကို ပေးပို့သော အေဂျင်စီ။</translation>
    </message>
    <message>
        <source>The entity the report is about.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစီရင်ခံစာ ဖော်ပြသော အရာ။</translation>
    </message>
    <message>
        <source>The case summary report.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု အကျဉ်းချုပ် အစီရင်ခံစာ။</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;; use %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော စက္ကူ &quot;%1&quot;; %2 ကို သုံးပါ</translation>
    </message>
    <message>
        <source>--margin takes millimetres from 0 to 100</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--margin သည် 0 မှ 100 မီလီမီတာ ယူသည်</translation>
    </message>
    <message>
        <source>--overlap takes millimetres from 0 to 100</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--overlap သည် 0 မှ 100 မီလီမီတာ ယူသည်</translation>
    </message>
    <message>
        <source>--dpi takes a resolution from 36 to 1200</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--dpi သည် 36 မှ 1200 ရုပ်ထွက် ယူသည်</translation>
    </message>
    <message>
        <source>--printed-at takes an ISO 8601 time such as 2026-03-01T14:00:00+07:00</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--printed-at သည် ISO 8601 အချိန် ယူသည်၊ ဥပမာ 2026-03-01T14:00:00+07:00</translation>
    </message>
    <message>
        <source>give --out a .pdf, .svg or .png file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--out ကို .pdf၊ .svg သို့မဟုတ် .png ဖိုင် ပေးပါ</translation>
    </message>
    <message>
        <source>unknown appendix &quot;%1&quot;; use sources, events or both</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော နောက်ဆက်တွဲ &quot;%1&quot;; sources၊ events သို့မဟုတ် နှစ်ခုလုံး သုံးပါ</translation>
    </message>
    <message numerus="yes">
        <source>Chart with %1 entities written to %2 (%n page(s)).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %1 ခုပါ ဇယားကို %2 သို့ ရေးပြီး (စာမျက်နှာ %n)။</numerusform>
        </translation>
    </message>
    <message>
        <source>report needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>report သည် အမှုဖိုင် တစ်ခုတည်းကို လိုအပ်သည်</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>report သည် --out FILE.pdf လိုအပ်သည်</translation>
    </message>
    <message>
        <source>report needs either --entity ENTITY or --summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>report သည် --entity ENTITY သို့မဟုတ် --summary လိုအပ်သည်</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>the case summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ ပရိုဖိုင်- %1</translation>
    </message>
    <message>
        <source>Report on %1 written to %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 အကြောင်း အစီရင်ခံစာကို %2 သို့ ရေးပြီး။</translation>
    </message>
    <message>
        <source>--tiles takes columns x rows, such as 3x2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--tiles သည် ကော်လံ x အတန်း ယူသည်၊ ဥပမာ 3x2</translation>
    </message>
    <message>
        <source>reports are not tiled: --tiles goes with chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစီရင်ခံစာများကို အချပ်မခွဲပါ- --tiles သည် chart နှင့်သာ</translation>
    </message>
    <message>
        <source>A note: carried with a bundle, or the authority for an entry (&quot;interview of witness 3&quot;).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်စု- အစုနှင့်အတူ ပါသည် သို့မဟုတ် ထည့်သွင်းချက်၏ အထောက်အထား (&quot;သက်သေ ၃ ကို မေးမြန်းချက်&quot;)။</translation>
    </message>
    <message>
        <source>The entity&apos;s number or identifier.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ၏ နံပါတ် သို့မဟုတ် သတ်မှတ်ချက်။</translation>
    </message>
    <message>
        <source>The entity&apos;s name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ၏ အမည်။</translation>
    </message>
    <message>
        <source>A fact about the entity as name=value (repeatable).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာအကြောင်း အချက်ကို အမည်=တန်ဖိုး ပုံစံဖြင့် (ထပ်ခါ သုံးနိုင်)။</translation>
    </message>
    <message>
        <source>The kind of link.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်ခ် အမျိုးအစား။</translation>
    </message>
    <message>
        <source>How sure: confirmed, probable or possible.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သေချာမှု- confirmed, probable သို့မဟုတ် possible။</translation>
    </message>
    <message>
        <source>Why the entities are the same.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာများ အတူတူ ဖြစ်ရသည့် အကြောင်း။</translation>
    </message>
    <message>
        <source>The tag&apos;s colour as #rrggbb.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တဂ်၏ အရောင် #rrggbb ပုံစံ။</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သတိပေးချက်- %1</translation>
    </message>
    <message>
        <source>add-entity needs a case file and an entity type (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>add-entity တွင် အမှုဖိုင်နှင့် အရာအမျိုးအစား (%1) လိုအပ်သည်</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; (known: %2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော အရာအမျိုးအစား &quot;%1&quot; (သိထားသည်- %2)</translation>
    </message>
    <message>
        <source>--attr needs name=value, not &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--attr တွင် အမည်=တန်ဖိုး လိုအပ်သည်၊ &quot;%1&quot; မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>The entity just added cannot be read back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထည့်ခဲ့သော အရာကို ပြန်ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Added %1 (id %2).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ထည့်ပြီး (id %2)။</translation>
    </message>
    <message>
        <source>add-link needs a case file and two entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>add-link တွင် အမှုဖိုင်နှင့် အရာ နှစ်ခု လိုအပ်သည်</translation>
    </message>
    <message>
        <source>add-link needs --type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>add-link တွင် --type လိုအပ်သည်</translation>
    </message>
    <message>
        <source>unknown link type &quot;%1&quot; (known: owns, uses, member_of, located_at, associate, same_as, family_of, employed_by)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော လင့်ခ်အမျိုးအစား &quot;%1&quot; (သိထားသည်- owns, uses, member_of, located_at, associate, same_as, family_of, employed_by)</translation>
    </message>
    <message>
        <source>--confidence is confirmed, probable or possible</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--confidence သည် confirmed, probable သို့မဟုတ် possible ဖြစ်ရမည်</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--%1 တွင် YYYY-MM-DD ရက်စွဲ လိုအပ်သည်၊ &quot;%2&quot; မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>Linked %1 and %2: %3 (%4).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 နှင့် %2 ကို ချိတ်ပြီး- %3 (%4)။</translation>
    </message>
    <message>
        <source>merge needs a case file, the entity to keep and at least one to merge into it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>merge တွင် အမှုဖိုင်၊ ထားမည့်အရာနှင့် ပေါင်းထည့်မည့် အနည်းဆုံး တစ်ခု လိုအပ်သည်</translation>
    </message>
    <message>
        <source>merge needs --reason</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>merge တွင် --reason လိုအပ်သည်</translation>
    </message>
    <message>
        <source>The merged entity cannot be read back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေါင်းထားသော အရာကို ပြန်ဖတ်၍ မရပါ။</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n entities into %1 (merge %2; split it with: seagull-cli split CASE %1).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခုကို %1 ထဲ ပေါင်းပြီး (ပေါင်းမှု %2၊ ခွဲရန်- seagull-cli split CASE %1)။</numerusform>
        </translation>
    </message>
    <message>
        <source>split needs a case file and the entity others were merged into</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>split တွင် အမှုဖိုင်နှင့် အခြားအရာများ ပေါင်းထည့်ခံရသော အရာ လိုအပ်သည်</translation>
    </message>
    <message>
        <source>Nothing was merged into %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ထဲ ပေါင်းထားသည် မရှိပါ။</translation>
    </message>
    <message>
        <source>Split merge %1: %2 restored beside %3.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေါင်းမှု %1 ကို ခွဲပြီး- %2 ကို %3 ဘေးတွင် ပြန်ထားပြီး။</translation>
    </message>
    <message>
        <source>tag needs a case file, at least one entity and the tag</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>tag တွင် အမှုဖိုင်၊ အနည်းဆုံး အရာတစ်ခုနှင့် တဂ် လိုအပ်သည်</translation>
    </message>
    <message numerus="yes">
        <source>Tag &quot;%1&quot;: %n entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>တဂ် &quot;%1&quot;- အရာ %n ခု။</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow links only in their direction (caller to called, payer to payee).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆက်သွယ်မှုများကို ၎င်းတို့၏ ဦးတည်ရာအတိုင်းသာ လိုက်ပါ (ခေါ်သူမှ ခေါ်ခံရသူ၊ ပေးသူမှ လက်ခံသူ)။</translation>
    </message>
    <message>
        <source>List every path up to --max-hops, not only the cheapest.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အနည်းဆုံးကုန်ကျသည့်လမ်းကြောင်းသာမက --max-hops အထိ လမ်းကြောင်းအားလုံးကို စာရင်းပြုစုပါ။</translation>
    </message>
    <message>
        <source>Only journeys whose steps follow one another in time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဆင့်များ အချိန်အလိုက် တစ်ခုပြီးတစ်ခု ဆက်တိုက်ဖြစ်သော ခရီးစဉ်များသာ။</translation>
    </message>
    <message>
        <source>Follow transfers of money only.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေလွှဲမှုများကိုသာ လိုက်ပါ။</translation>
    </message>
    <message>
        <source>Take the tag off instead of putting it on.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တဂ်ကို တပ်မည့်အစား ဖြုတ်ပါ။</translation>
    </message>
    <message>
        <source>Create an empty case file. The region and time zone apply to numbers and times that do not carry their own.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အလွတ်အမှုဖိုင်တစ်ခု ဖန်တီးပါ။ ဒေသနှင့် အချိန်ဇုန်ကို ကိုယ်ပိုင်မပါသော နံပါတ်များနှင့် အချိန်များတွင် သုံးသည်။</translation>
    </message>
    <message>
        <source>Import evidence files or folders: call records, bank and wallet tables, phone extracts, UFDR and XRY reports, cell sites. Each file is hashed and recorded as a source; a bad record is reported with its line and the case keeps everything it had.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သက်သေဖိုင်များ သို့မဟုတ် ဖိုင်တွဲများကို တင်သွင်းပါ- ခေါ်ဆိုမှုမှတ်တမ်း၊ ဘဏ်နှင့် ဝေါလက်ဇယား၊ ဖုန်းမှထုတ်ယူမှု၊ UFDR နှင့် XRY အစီရင်ခံစာ၊ ဆဲလ်တာဝါ။ ဖိုင်တစ်ခုစီကို ဟက်ရှ်တွက်ပြီး ရင်းမြစ်အဖြစ် မှတ်တမ်းတင်သည်၊ မှားသောမှတ်တမ်းကို ၎င်း၏စာကြောင်းနှင့်အတူ ဖော်ပြပြီး အမှုတွင် ရှိပြီးသမျှ ဆက်ရှိနေသည်။</translation>
    </message>
    <message>
        <source>Count the case&apos;s sources, entities by type, events by type and links.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု၏ ရင်းမြစ်များ၊ အမျိုးအစားအလိုက် အရာများ၊ အမျိုးအစားအလိုက် အဖြစ်အပျက်များနှင့် ဆက်သွယ်မှုများကို ရေတွက်ပါ။</translation>
    </message>
    <message>
        <source>List the imported sources: format, file, events, rejected records and SHA-256.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တင်သွင်းထားသော ရင်းမြစ်များကို စာရင်းပြုစုပါ- ပုံစံ၊ ဖိုင်၊ အဖြစ်အပျက်များ၊ ပယ်ချထားသော မှတ်တမ်းများနှင့် SHA-256။</translation>
    </message>
    <message>
        <source>Find entities by number in any common format, name, alias or identifier.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မည်သည့်ပုံစံမဆိုဖြင့် နံပါတ်၊ အမည်၊ အမည်ပြောင် သို့မဟုတ် အမှတ်အသားဖြင့် အရာများကို ရှာပါ။</translation>
    </message>
    <message>
        <source>Show one entity: its events, linked entities and the sources that mention it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာတစ်ခုကို ပြပါ- ၎င်း၏ အဖြစ်အပျက်များ၊ ဆက်စပ်အရာများနှင့် ၎င်းကို ဖော်ပြထားသော ရင်းမြစ်များ။</translation>
    </message>
    <message>
        <source>List the entities linked to those given, up to a number of hops, with filters on types, links, dates, counts and amounts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေးထားသော အရာများနှင့် ဆက်စပ်သော အရာများကို အဆင့်အရေအတွက်တစ်ခုအထိ စာရင်းပြုစုပါ၊ အမျိုးအစား၊ ဆက်သွယ်မှု၊ ရက်စွဲ၊ အကြိမ်ရေနှင့် ငွေပမာဏဖြင့် စစ်ထုတ်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Find the shortest or cheapest paths between two entities, or journeys in time order (money moving on within a window).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာနှစ်ခုကြား အတိုဆုံး သို့မဟုတ် အနည်းဆုံးကုန်ကျသော လမ်းကြောင်းများ၊ သို့မဟုတ် အချိန်အစဉ်လိုက် ခရီးစဉ်များ (အချိန်ကာလအတွင်း ဆက်လွှဲသော ငွေ) ကို ရှာပါ။</translation>
    </message>
    <message>
        <source>Rank entities by a measure (degree, betweenness, closeness, eigenvector, PageRank), find groups (components, communities, k-cores), weak points, common contacts, or fraud patterns (mules, fan-in, fan-out, SIM boxes, shared devices).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တိုင်းတာချက်တစ်ခုဖြင့် အရာများကို အဆင့်သတ်မှတ်ပါ (ဒီဂရီ၊ ကြားခံမှု၊ နီးကပ်မှု၊ eigenvector၊ PageRank)၊ အုပ်စုများ (အစိတ်အပိုင်း၊ အသိုင်းအဝိုင်း၊ k-core)၊ အားနည်းချက်များ၊ ဘုံအဆက်အသွယ်များ သို့မဟုတ် လိမ်လည်မှုပုံစံများ (ငွေလွှဲကြားခံ၊ စုဝင်၊ ဖြန့်ထွက်၊ SIM box၊ မျှဝေသုံးစက်) ကို ရှာပါ။</translation>
    </message>
    <message>
        <source>Follow the money from one transfer onwards, hop by hop, within a time window.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေလွှဲမှုတစ်ခုမှ စ၍ အချိန်ကာလအတွင်း တစ်ဆင့်ချင်း ငွေကို လိုက်ပါ။</translation>
    </message>
    <message>
        <source>Write the case or one chart as GraphML, i2 ANX or CSV files for other tools.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု သို့မဟုတ် ဇယားတစ်ခုကို အခြားကိရိယာများအတွက် GraphML၊ i2 ANX သို့မဟုတ် CSV ဖိုင်အဖြစ် ရေးပါ။</translation>
    </message>
    <message>
        <source>Write a chart with its events and sources as a signed bundle for another agency.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားတစ်ခုကို ၎င်း၏ အဖြစ်အပျက်များနှင့် ရင်းမြစ်များနှင့်အတူ အခြားအေဂျင်စီအတွက် လက်မှတ်ထိုးထားသော အစုအဖြစ် ရေးပါ။</translation>
    </message>
    <message>
        <source>Print an entity&apos;s profile or the case summary to PDF, with a title block on every page.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာတစ်ခု၏ ကိုယ်ရေးအကျဉ်း သို့မဟုတ် အမှုအနှစ်ချုပ်ကို စာမျက်နှာတိုင်းတွင် ခေါင်းစဉ်ဘလော့ပါသော PDF အဖြစ် ပုံနှိပ်ပါ။</translation>
    </message>
    <message>
        <source>Add an entity by hand (a person, den, vehicle, document, ...), with the authority for it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာတစ်ခုကို ကိုယ်တိုင်ထည့်ပါ (လူ၊ စခန်း၊ ယာဉ်၊ စာရွက်စာတမ်း၊ ...)၊ ၎င်းအတွက် အထောက်အထားနှင့်အတူ။</translation>
    </message>
    <message>
        <source>Declare a link between two entities by hand, with its confidence, dates and authority.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာနှစ်ခုကြား ဆက်သွယ်မှုကို ယုံကြည်မှုအဆင့်၊ ရက်စွဲများနှင့် အထောက်အထားဖြင့် ကိုယ်တိုင် ကြေညာပါ။</translation>
    </message>
    <message>
        <source>Merge entities that are the same into the first one; the reason is recorded and the merge can be split.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တူညီသော အရာများကို ပထမတစ်ခုထဲသို့ ပေါင်းပါ၊ အကြောင်းရင်းကို မှတ်တမ်းတင်ပြီး ပေါင်းမှုကို ခွဲနိုင်သည်။</translation>
    </message>
    <message>
        <source>Undo the latest merge into an entity, restoring what was moved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာတစ်ခုထဲသို့ နောက်ဆုံးပေါင်းမှုကို ပြန်ဖျက်ပြီး ရွှေ့ခဲ့သည်များကို ပြန်ထားပါ။</translation>
    </message>
    <message>
        <source>Put a tag on entities (or take it off), with a colour for the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာများပေါ်တွင် တဂ်တပ်ပါ (သို့မဟုတ် ဖြုတ်ပါ)၊ ဇယားအတွက် အရောင်နှင့်အတူ။</translation>
    </message>
    <message>
        <source>Check the case file: SQLite integrity, the audit chain and each source file&apos;s hash. Exits non-zero on any problem.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုဖိုင်ကို စစ်ဆေးပါ- SQLite ခိုင်မာမှု၊ စစ်ဆေးမှုကွင်းဆက်နှင့် ရင်းမြစ်ဖိုင်တစ်ခုစီ၏ ဟက်ရှ်။ ပြဿနာတစ်ခုခုရှိပါက သုညမဟုတ်သော အခြေအနေဖြင့် ထွက်သည်။</translation>
    </message>
    <message>
        <source>Write the demonstration case (two compounds, three operators&apos; call records) and its evidence files.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သရုပ်ပြအမှု (စခန်းနှစ်ခု၊ ဖုန်းကုမ္ပဏီသုံးခု၏ ခေါ်ဆိုမှုမှတ်တမ်း) နှင့် ၎င်း၏ သက်သေဖိုင်များကို ရေးပါ။</translation>
    </message>
    <message>
        <source>Lay out and print a link chart to PDF, SVG or PNG: from seed entities or a saved chart, on one page or tiled over several.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆက်သွယ်မှုဇယားကို PDF၊ SVG သို့မဟုတ် PNG အဖြစ် နေရာချပြီး ပုံနှိပ်ပါ- အစအရာများ သို့မဟုတ် သိမ်းထားသောဇယားမှ၊ စာမျက်နှာတစ်ခုတည်း သို့မဟုတ် စာမျက်နှာများစွာပေါ်တွင်။</translation>
    </message>
    <message>
        <source>Usage: seagull-cli %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသုံးပြုပုံ- seagull-cli %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးချယ်စရာများ-</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဥပမာများ-</translation>
    </message>
    <message>
        <source>Keep the chart in the case under this name (Chart → Charts in the window).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားကို ဤအမည်ဖြင့် အမှုထဲတွင် သိမ်းထားပါ (ဝင်းဒိုးရှိ ဇယား → ဇယားများ)။</translation>
    </message>
    <message>
        <source>chart needs --out FILE.pdf, --save NAME or both</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>chart သည် --out FILE.pdf၊ --save NAME သို့မဟုတ် နှစ်ခုလုံး လိုအပ်သည်</translation>
    </message>
    <message>
        <source>Chart &quot;%1&quot; with %2 entities saved in the case as chart %3.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ %2 ခုပါသော ဇယား &quot;%1&quot; ကို အမှုထဲတွင် ဇယား %3 အဖြစ် သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>%1: source %2, %3 from %4, %5.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- ရင်းမြစ် %2၊ %4 မှ %3၊ %5။</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ဖြစ်ရပ် %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အတန်း %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Confidence</name>
    <message>
        <source>Confirmed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အတည်ပြုပြီး</translation>
    </message>
    <message>
        <source>Probable</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်နိုင်ခြေများ</translation>
    </message>
    <message>
        <source>Possible</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်နိုင်</translation>
    </message>
</context>
<context>
    <name>sg::CsvExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ရေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>Writing events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ်များကို ရေးနေသည်</translation>
    </message>
</context>
<context>
    <name>sg::CsvReader</name>
    <message>
        <source>%1: the record that starts on line %2 is larger than %3 MB or has more than %4 fields; a quote may never be closed, or the file is not a table.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- စာကြောင်း %2 တွင် စတင်သော မှတ်တမ်းသည် %3 MB ထက် ကြီးသည် သို့မဟုတ် အကွက် %4 ခုထက် များသည်၊ ကိုးကားချက်အမှတ်အသား မပိတ်ထားခြင်း သို့မဟုတ် ဖိုင်သည် ဇယားမဟုတ်ခြင်း ဖြစ်နိုင်သည်။</translation>
    </message>
</context>
<context>
    <name>sg::DayHistogram</name>
    <message>
        <source>No events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ် မရှိ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1- ဖြစ်ရပ် %n ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::DemoGenerator</name>
    <message>
        <source>Cannot write %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ရေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွဲ %1 ကို ဖန်တီး၍ မရပါ။</translation>
    </message>
    <message>
        <source>Demonstration: Golden Sands and Riverside compounds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သရုပ်ပြ- Golden Sands နှင့် Riverside ဝင်းများ</translation>
    </message>
</context>
<context>
    <name>sg::DenPage</name>
    <message>
        <source>Entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သတ်မှတ်ချက်</translation>
    </message>
    <message>
        <source>Den: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စခန်း- %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဖွဲ့ဝင်များ</translation>
    </message>
    <message>
        <source>Phones, SIMs and messenger accounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖုန်း၊ ဆင်းမ်နှင့် မက်ဆေ့ချ်အကောင့်များ</translation>
    </message>
    <message>
        <source>Devices</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စက်များ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကောင့်များ</translation>
    </message>
    <message>
        <source>Other</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အခြား</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 မှ %2 ထိ</translation>
    </message>
    <message>
        <source>%1 entities tied to the den; %2 events %3, per day below (each record&apos;s local time).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စခန်းနှင့် ချိတ်ထားသော အရာ %1 ခု၊ ဖြစ်ရပ် %2 ခု %3၊ အောက်တွင် နေ့အလိုက် (မှတ်တမ်းတစ်ခုစီ၏ ဒေသစံတော်ချိန်)။</translation>
    </message>
    <message>
        <source>Put on the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားပေါ် တင်ရန်</translation>
    </message>
</context>
<context>
    <name>sg::DeviceImportContext</name>
    <message>
        <source>%1 is not a %2 database.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် %2 ဒေတာဘေ့စ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားများ- %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>The database holds no records.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒေတာဘေ့စ်တွင် မှတ်တမ်း မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>sg::EntityDialog</name>
    <message>
        <source>New entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာအသစ်</translation>
    </message>
    <message>
        <source>Other names or spellings, one per line</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အခြားအမည် သို့မဟုတ် စာလုံးပေါင်း၊ တစ်ကြောင်းလျှင် တစ်ခု</translation>
    </message>
    <message>
        <source>Fact</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချက်</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တန်ဖိုး</translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;, &quot;surveillance log 14&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အထောက်အထား- &quot;သက်သေ ၃ ကို မေးမြန်းချက်&quot;၊ &quot;စောင့်ကြည့်မှတ်တမ်း ၁၄&quot;</translation>
    </message>
    <message>
        <source>Type:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစား-</translation>
    </message>
    <message>
        <source>Name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမည်-</translation>
    </message>
    <message>
        <source>Other names:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အခြားအမည်များ-</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချက်များ-</translation>
    </message>
    <message>
        <source>Source:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်-</translation>
    </message>
    <message>
        <source>Number:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နံပါတ်-</translation>
    </message>
    <message>
        <source>IMEI:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMEI-</translation>
    </message>
    <message>
        <source>IMSI or ICCID:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMSI သို့မဟုတ် ICCID-</translation>
    </message>
    <message>
        <source>Bank and account number:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘဏ်နှင့် အကောင့်နံပါတ်-</translation>
    </message>
    <message>
        <source>Messenger id:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မက်ဆေ့ချ် id-</translation>
    </message>
    <message>
        <source>Address:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လိပ်စာ-</translation>
    </message>
    <message>
        <source>Identifier (optional):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သတ်မှတ်ချက် (ရွေးချယ်နိုင်)-</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ပြင်ရန်</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သတ်မှတ်ချက်-</translation>
    </message>
    <message>
        <source>Names from sources stay as the sources gave them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်မှ အမည်များကို ရင်းမြစ်ပေးသည့်အတိုင်း ထားသည်</translation>
    </message>
    <message>
        <source>Press OK again to add it as it is.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရှိသည့်အတိုင်း ထည့်ရန် OK ကို ထပ်နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မည်သို့ပင် ထည့်ရန်</translation>
    </message>
</context>
<context>
    <name>sg::EntityItem</name>
    <message numerus="yes">
        <source>%n more neighbours not shown: double-click to add them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>မပြရသေးသော အနီးရှိ အရာ %n ခု- ထည့်ရန် နှစ်ချက်နှိပ်ပါ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours in the case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အမှုတွင် အိမ်နီးချင်း %n ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::EntityType</name>
    <message>
        <source>Phone number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖုန်းနံပါတ်</translation>
    </message>
    <message>
        <source>Device</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စက်ပစ္စည်း</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆင်းမ်ကတ်</translation>
    </message>
    <message>
        <source>Account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကောင့်</translation>
    </message>
    <message>
        <source>Messenger account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မက်ဆင်ဂျာ အကောင့်</translation>
    </message>
    <message>
        <source>Email address</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အီးမေးလ် လိပ်စာ</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လူပုဂ္ဂိုလ်</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဖွဲ့အစည်း</translation>
    </message>
    <message>
        <source>Location</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တည်နေရာ</translation>
    </message>
    <message>
        <source>Document</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရွက်စာတမ်း</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ယာဉ်</translation>
    </message>
</context>
<context>
    <name>sg::EventType</name>
    <message>
        <source>Call</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖုန်းခေါ်ဆိုမှု</translation>
    </message>
    <message>
        <source>SMS</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မက်ဆေ့ချ်</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေလွှဲ</translation>
    </message>
    <message>
        <source>Cell registration</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆဲလ် မှတ်ပုံတင်မှု</translation>
    </message>
    <message>
        <source>MMS</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>MMS</translation>
    </message>
</context>
<context>
    <name>sg::Evidence</name>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသုံးပြုသူက ရပ်လိုက်သည်။</translation>
    </message>
</context>
<context>
    <name>sg::EvidenceDatabase</name>
    <message>
        <source>%1 cannot be opened as a database.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဒေတာဘေ့စ်အဖြစ် ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <source>%1 is encrypted or is not a SQLite database; Seagull cannot read it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ကုဒ်ဝှက်ထားသည် သို့မဟုတ် SQLite ဒေတာဘေ့စ် မဟုတ်ပါ၊ Seagull ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်၍ မရပါ။</translation>
    </message>
</context>
<context>
    <name>sg::Exchange</name>
    <message>
        <source>The i2 ANX file could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>i2 ANX ဖိုင်ကို ရေး၍မရပါ။</translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစုအဝေးကို ရေး၍မရပါ- %1</translation>
    </message>
</context>
<context>
    <name>sg::ExchangeData</name>
    <message>
        <source>Entity %1 is not in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ %1 သည် အမှုထဲတွင် မရှိပါ။</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ရေး၍ မရပါ။</translation>
    </message>
</context>
<context>
    <name>sg::ExpandDialog</name>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှ</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အထိ</translation>
    </message>
    <message>
        <source>Expand with filters</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ထုတ်မှုဖြင့် ချဲ့ရန်</translation>
    </message>
    <message>
        <source>no limit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကန့်သတ်ချက်မရှိ</translation>
    </message>
    <message>
        <source>any amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မည်သည့်ပမာဏမဆို</translation>
    </message>
    <message>
        <source>Calls</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖုန်းခေါ်ဆိုမှုများ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>MMS</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>MMS</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချက်တင် မက်ဆေ့ချ်များ</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေလွှဲမှုများ</translation>
    </message>
    <message>
        <source>Uses</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသုံးပြုသည်</translation>
    </message>
    <message>
        <source>Owns</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပိုင်ဆိုင်သည်</translation>
    </message>
    <message>
        <source>Member of</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>၏ အဖွဲ့ဝင်</translation>
    </message>
    <message>
        <source>Located at</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တည်ရှိရာ</translation>
    </message>
    <message>
        <source>Associate of</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>၏ အပေါင်းအပါ</translation>
    </message>
    <message>
        <source>Same as</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နှင့် အတူတူ</translation>
    </message>
    <message>
        <source>Only these links count; none checked: all.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤချိတ်ဆက်မှုများကိုသာ ရေတွက်သည်; ဘာမှမရွေးလျှင် အားလုံး။</translation>
    </message>
    <message>
        <source>Only entities of these types are added; none checked: all.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤအမျိုးအစား အရာများကိုသာ ထည့်သည်; ဘာမှမရွေးလျှင် အားလုံး။</translation>
    </message>
    <message>
        <source>Steps out:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပြင်သို့ အဆင့်:</translation>
    </message>
    <message>
        <source>New entities per entity:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာတစ်ခုလျှင် အရာအသစ်:</translation>
    </message>
    <message>
        <source>At least this many events:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အနည်းဆုံး ဖြစ်ရပ်အရေအတွက်:</translation>
    </message>
    <message>
        <source>At least this amount moved:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အနည်းဆုံး လွှဲပြောင်းငွေပမာဏ:</translation>
    </message>
    <message>
        <source>Link types:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချိတ်ဆက်မှု အမျိုးအစား:</translation>
    </message>
    <message>
        <source>Entity types:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ အမျိုးအစား:</translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန် (UTC):</translation>
    </message>
    <message>
        <source>The minimum amount needs a number and a currency code, such as 500 and USD.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အနည်းဆုံးပမာဏတွင် ဂဏန်းနှင့် ငွေကြေးကုဒ် လိုအပ်သည်၊ ဥပမာ 500 နှင့် USD။</translation>
    </message>
</context>
<context>
    <name>sg::GraphLayout</name>
    <message numerus="yes">
        <source>Laying out %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခုကို နေရာချနေသည်</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသုံးပြုသူက ရပ်လိုက်သည်။</translation>
    </message>
    <message>
        <source>Graphviz could not be started.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Graphviz ကို စတင်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the chart with %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Graphviz သည် %1 ဖြင့် ဇယားကို နေရာချ၍ မရပါ။</translation>
    </message>
    <message numerus="yes">
        <source>an entity has %n links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာတစ်ခုတွင် ချိတ်ဆက်မှု %n ခု ရှိသည်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ချိတ်ဆက်မှု %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 layout would take too long on this chart (%2); it was laid out with sfdp instead.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 အပြင်အဆင်သည် ဤဇယားတွင် အချိန်ကြာလွန်းမည် (%2)၊ ထို့ကြောင့် sfdp ဖြင့် အစားထိုး စီစဉ်ခဲ့သည်။</translation>
    </message>
    <message>
        <source>The layout job could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပြင်အဆင် အလုပ်ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The layout helper gave an answer that could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပြင်အဆင် အကူအညီက ဖတ်၍မရသော အဖြေ ပေးခဲ့သည်။</translation>
    </message>
</context>
<context>
    <name>sg::GraphML</name>
    <message>
        <source>The GraphML file could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>GraphML ဖိုင်ကို ရေး၍ မရပါ။</translation>
    </message>
</context>
<context>
    <name>sg::GraphMLImporter</name>
    <message>
        <source>GraphML graph</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>GraphML ဂရပ်</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ထည့်သွင်းခြင်းကို ပယ်ဖျက်လိုက်သည်။</translation>
    </message>
    <message>
        <source>%1 is not GraphML: it has no &lt;graphml&gt; element.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် GraphML မဟုတ်ပါ- &lt;graphml&gt; ဒြပ်စင် မရှိပါ။</translation>
    </message>
    <message>
        <source>edge %1 joins a node that is not in the graph (%2, %3)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>edge %1 သည် ဂရပ်တွင်မရှိသော node ကို ချိတ်ထားသည် (%2၊ %3)</translation>
    </message>
    <message>
        <source>%1 nodes and %2 edges read; GraphML has no events, so each edge is a declared association.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>node %1 ခုနှင့် edge %2 ခု ဖတ်ပြီး၊ GraphML တွင် ဖြစ်ရပ်မရှိ၍ edge တစ်ခုစီသည် ကြေညာထားသော ဆက်နွယ်မှု ဖြစ်သည်။</translation>
    </message>
</context>
<context>
    <name>sg::GroupBoxItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>&quot;%1&quot; အဖွဲ့တွင် အရာ %n ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GroupNodeItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities: double-click to expand it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>&quot;%1&quot; အဖွဲ့တွင် အရာ %n ခု: ဖြန့်ရန် နှစ်ချက်နှိပ်ပါ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GuidedTour</name>
    <message>
        <source>Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်သို့</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပိတ်ရန်</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%2 ခုအနက် %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရှေ့သို့</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြီးပါပြီ</translation>
    </message>
</context>
<context>
    <name>sg::HeatMatrix</name>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n event(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 %2:00–%3:00- ဖြစ်ရပ် %n ခု</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ImportDialog</name>
    <message>
        <source>Import evidence</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သက်သေ တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Files:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်များ-</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အလိုအလျောက် သိရှိရန်</translation>
    </message>
    <message>
        <source>Format:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံစံ-</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကမ္ဘောဒီးယား</translation>
    </message>
    <message>
        <source>China</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တရုတ်</translation>
    </message>
    <message>
        <source>Laos</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လာအို</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မြန်မာ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထိုင်း</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဗီယက်နမ်</translation>
    </message>
    <message>
        <source>Numbers written without a country code are read as numbers of this country.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နိုင်ငံကုဒ်မပါသော နံပါတ်များကို ဤနိုင်ငံ၏ နံပါတ်များအဖြစ် ဖတ်သည်။</translation>
    </message>
    <message>
        <source>Region of the numbers:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နံပါတ်များ၏ ဒေသ-</translation>
    </message>
    <message>
        <source>Times in the file without an offset are local times in this zone.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>offset မပါသော ဖိုင်ထဲရှိ အချိန်များသည် ဤဇုန်၏ ဒေသစံတော်ချိန်များ ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>Time zone of the records:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်တမ်းများ၏ စံတော်ချိန်ဇုန်-</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တင်သွင်းရန်</translation>
    </message>
</context>
<context>
    <name>sg::ImportService</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင် %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် ဖိုင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်၍ မရပါ- ခွင့်ပြုချက် မရှိပါ။</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ဗလာ ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော ဒေသ &quot;%1&quot;။</translation>
    </message>
    <message>
        <source>use a two-letter country code such as KH</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>KH ကဲ့သို့ စာလုံးနှစ်လုံး နိုင်ငံကုဒ် သုံးပါ</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော စံတော်ချိန်ဇုန် &quot;%1&quot;။</translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Asia/Phnom_Penh ကဲ့သို့ IANA အမည်ကို သုံးပါ</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ၏ hash ကို တွက်နေသည်</translation>
    </message>
    <message>
        <source>No working folder could be created for the import.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တင်သွင်းရန် အလုပ်ဖိုင်တွဲ ဖန်တီး၍ မရပါ။</translation>
    </message>
    <message>
        <source>%1 could not be copied to the working folder.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို အလုပ်ဖိုင်တွဲသို့ ကူး၍ မရပါ။</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>%1 is not in a format Seagull can import.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် Seagull တင်သွင်းနိုင်သော ပုံစံ မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>formats tried: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စမ်းခဲ့သော ပုံစံများ- %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော ပုံစံ &quot;%1&quot;။</translation>
    </message>
    <message>
        <source>known formats: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သိသော ပုံစံများ- %1</translation>
    </message>
    <message>
        <source>%1 changed during the import; nothing was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် တင်သွင်းနေစဉ် ပြောင်းလဲသွားသည်၊ ဘာမျှ မထည့်ရပါ။</translation>
    </message>
    <message>
        <source>SHA-256 before %1, after %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SHA-256 အရင် %1၊ နောက် %2</translation>
    </message>
    <message>
        <source>Linking %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဆက်စပ်နေသည်</translation>
    </message>
    <message>
        <source>%1 is a database Seagull does not know how to read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် Seagull မဖတ်တတ်သေးသော ဒေတာဘေ့စ် ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားများ- %1</translation>
    </message>
    <message>
        <source>%1 cannot be imported: it is binary data that is neither a known format nor a readable SQLite database (an encrypted database looks like this).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို တင်သွင်း၍ မရပါ- သိရှိသော ပုံစံ မဟုတ်၊ ဖတ်နိုင်သော SQLite ဒေတာဘေ့စ်လည်း မဟုတ်သော binary ဒေတာ ဖြစ်သည် (ကုဒ်ဝှက်ထားသော ဒေတာဘေ့စ်သည် ဤသို့ ဖြစ်တတ်သည်)။</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွဲ %1 မရှိပါ။</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသုံးပြုသူက ရပ်လိုက်သည်။</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင် ဗလာ ဖြစ်နေသည်</translation>
    </message>
    <message>
        <source>a database Seagull does not know how to read</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull မဖတ်တတ်သေးသော ဒေတာဘေ့စ်</translation>
    </message>
    <message>
        <source>not in a format Seagull can import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull တင်သွင်းနိုင်သော ပုံစံ မဟုတ်ပါ</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) or number(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>စာလုံး %1 ထက် ရှည်သော အမည် သို့မဟုတ် နံပါတ် %n ခုကို အမှုတွဲတွင် ဖြတ်တောက်ထားသည်။ သက်သေဖိုင်တွင် မှတ်တမ်းတစ်ခုချင်းစီ၏ နေရာ၌ အပြည့်အစုံ ရှိနေဆဲဖြစ်သည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>စာလုံး %1 ထက် ရှည်သော မက်ဆေ့ချ် %n ခုကို အမှုတွဲတွင် ဖြတ်တောက်ထားသည်။ သက်သေဖိုင်တွင် မှတ်တမ်းတစ်ခုချင်းစီ၏ နေရာ၌ အပြည့်အစုံ ရှိနေဆဲဖြစ်သည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been merged into others: what this file says of them went to the ones they were merged into, recorded with each merge, so that a split gives it back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ဤနေရာတွင် ဖော်ပြထားသော အရာ %n ခုကို အခြားအရာများထဲသို့ ပေါင်းထည့်ပြီးဖြစ်သည်- ဤဖိုင်က ၎င်းတို့အကြောင်း ဖော်ပြသည်များကို ပေါင်းထည့်ခံရသည့်အရာထံ ပို့ပြီး ပေါင်းစည်းမှုတစ်ခုစီနှင့်အတူ မှတ်တမ်းတင်ထားသဖြင့် ခွဲထုတ်သောအခါ ပြန်ပေးမည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been deleted from the case and stay deleted; restoring one brings it back with what this file says of it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ဤနေရာတွင် ဖော်ပြထားသော အရာ %n ခုကို အမှုတွဲမှ ဖျက်ထားပြီး ဖျက်ထားလျက်ပင် ရှိနေသည်- တစ်ခုကို ပြန်ယူလျှင် ဤဖိုင်က ၎င်းအကြောင်း ဖော်ပြသည်များနှင့်အတူ ပြန်ရောက်လာမည်။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::InspectorPanel</name>
    <message>
        <source>Select an entity on the chart to see what the case knows about it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုက ၎င်းအကြောင်း ဘာသိသည်ကို ကြည့်ရန် ဇယားပေါ်ရှိ အရာတစ်ခုကို ရွေးပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%n entities selected.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု ရွေးထားသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သော့</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>Kept as written: the number did not validate for its source&apos;s region.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရေးထားသည့်အတိုင်း ထားသည်- နံပါတ်သည် ၎င်း၏ ရင်းမြစ်ဒေသအတွက် မမှန်ကန်ပါ။</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အခြားအမည်</translation>
    </message>
    <message>
        <source>Events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <source>Linked entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆက်စပ်သော အရာများ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်များ</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ် %1- %2</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လတ္တီတွဒ်</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လောင်ဂျီတွဒ်</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လိပ်စာ</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဇီမုသ်</translation>
    </message>
    <message>
        <source>Site</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆိုက်</translation>
    </message>
    <message>
        <source>%1 (source %2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (ရင်းမြစ် %2)</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုဖိုင်ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ဖြစ်ရပ် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကြာချိန် စုစုပေါင်း</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n စက္ကန့်</numerusform>
        </translation>
    </message>
    <message>
        <source>Total moved</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လွှဲပြောင်းငွေ စုစုပေါင်း</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှ</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အထိ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စက္ကန့်</translation>
    </message>
    <message>
        <source>Amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေပမာဏ</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာသား</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အခြေအနေ</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်တမ်း</translation>
    </message>
    <message>
        <source>deleted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖျက်ထားသည်</translation>
    </message>
    <message>
        <source>Names by source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်အလိုက် အမည်များ</translation>
    </message>
    <message>
        <source>source %1: %2, %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ် %1: %2, %3</translation>
    </message>
    <message>
        <source>attachment</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တွဲဖိုင်</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တွဲဖိုင်ကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ရေး၍ မရပါ- %2</translation>
    </message>
    <message>
        <source>Tags</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တဂ်များ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်စုများ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1၊ %2</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တွဲဖိုင်များ</translation>
    </message>
    <message>
        <source>%1 bytes, %2, added by %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ဘိုက်၊ %2၊ %3 ထည့်သည်</translation>
    </message>
    <message>
        <source>Merged into this entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤအရာထဲ ပေါင်းထားသည်</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, by %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&quot;%1&quot;၊ %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒေသ %1</translation>
    </message>
    <message>
        <source>examiner %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ဆေးသူ %1</translation>
    </message>
    <message>
        <source>Entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာများ</translation>
    </message>
    <message>
        <source>Links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်များ</translation>
    </message>
    <message>
        <source>Saved charts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သိမ်းထားသော ဇယားများ</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု မှတ်စုများ</translation>
    </message>
    <message>
        <source>Last imported: %1 (%2 UTC)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်ဆုံး တင်သွင်းခဲ့သည်- %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Nothing imported yet: use Import to add call records, statements or device extracts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မည်သည့်အရာမျှ မတင်သွင်းရသေးပါ- ဖုန်းခေါ်ဆိုမှု မှတ်တမ်းများ၊ ငွေစာရင်းရှင်းတမ်းများ သို့မဟုတ် စက်ပစ္စည်းမှ ထုတ်ယူထားသော ဒေတာများကို ထည့်ရန် «တင်သွင်းရန်» ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>Open or create a case to begin.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စတင်ရန် အမှုတစ်ခုကို ဖွင့်ပါ သို့မဟုတ် ဖန်တီးပါ။</translation>
    </message>
    <message>
        <source>Types counted among the first %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစားများကို ပထမ %1 ခုအတွင်း ရေတွက်ထားသည်။</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>နောက်ထပ် %n ခု။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::IosAddressBookImporter</name>
    <message>
        <source>iOS contacts (AddressBook.sqlitedb)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>iOS အဆက်အသွယ်များ (AddressBook.sqlitedb)</translation>
    </message>
</context>
<context>
    <name>sg::IosCallHistoryImporter</name>
    <message>
        <source>iOS call history (CallHistory.storedata)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>iOS ဖုန်းခေါ်ဆိုမှု မှတ်တမ်း (CallHistory.storedata)</translation>
    </message>
</context>
<context>
    <name>sg::IosMessagesImporter</name>
    <message>
        <source>iOS messages (sms.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>iOS မက်ဆေ့ချ်များ (sms.db)</translation>
    </message>
</context>
<context>
    <name>sg::LinkDialog</name>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှ</translation>
    </message>
    <message>
        <source>Until</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထိ</translation>
    </message>
    <message>
        <source>Link two entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ နှစ်ခုကို ချိတ်ရန်</translation>
    </message>
    <message>
        <source>Drawn solid, dashed or dotted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မျဉ်းပြည့်၊ မျဉ်းပြတ် သို့မဟုတ် အစက်မျဉ်းဖြင့် ဆွဲသည်</translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အထောက်အထား- &quot;သက်သေ ၃ ကို မေးမြန်းချက်&quot;</translation>
    </message>
    <message>
        <source>Swap</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လဲရန်</translation>
    </message>
    <message>
        <source>Turn the link the other way round</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်ခ်ကို ပြောင်းပြန်လှည့်ရန်</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစား-</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ယုံကြည်မှု-</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်စွဲများ-</translation>
    </message>
    <message>
        <source>Source:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်-</translation>
    </message>
    <message>
        <source>%1 — %2 → %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 — %2 → %3</translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်ခ်၏ ရက်စွဲများ ပြောင်းပြန် ဖြစ်နေသည်။</translation>
    </message>
</context>
<context>
    <name>sg::LinkKind</name>
    <message>
        <source>Events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <source>Owns</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပိုင်ဆိုင်သည်</translation>
    </message>
    <message>
        <source>Uses</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသုံးပြုသည်</translation>
    </message>
    <message>
        <source>Member of</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဖွဲ့ဝင်</translation>
    </message>
    <message>
        <source>Located at</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တည်ရှိရာ</translation>
    </message>
    <message>
        <source>Associate</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆက်နွယ်သူ</translation>
    </message>
    <message>
        <source>Same as</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အတူတူ</translation>
    </message>
    <message>
        <source>Family of</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မိသားစုဝင်</translation>
    </message>
    <message>
        <source>Employed by</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အလုပ်ရှင်</translation>
    </message>
</context>
<context>
    <name>sg::MainWindow</name>
    <message>
        <source>Add to chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားသို့ ထည့်ရန်</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား သိမ်းရန်</translation>
    </message>
    <message>
        <source>About Seagull</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull အကြောင်း</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seagull %1&lt;/h3&gt;&lt;p&gt;Link analysis for telecom-fraud investigations, offline.&lt;/p&gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&lt;h3&gt;Seagull %1&lt;/h3&gt;&lt;p&gt;ဆက်သွယ်ရေး လိမ်လည်မှု စုံစမ်းစစ်ဆေးရေးအတွက် အော့ဖ်လိုင်း ဆက်စပ်မှု ခွဲခြမ်းစိတ်ဖြာခြင်း။&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တည်းဖြတ်(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပြင်အဆင်(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကြည့်ရှု(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘာသာစကား(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကူအညီ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုအသစ်(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုဖွင့်ရန်(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင် တင်သွင်းရန်(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား သိမ်းရန်(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထွက်ရန်(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Remove from chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားမှ ဖယ်ရှားရန်(&amp;R)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အားလုံး ရွေးရန်(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Expand selected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသည်ကို ချဲ့ရန်(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fit chart to window</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားကို ဝင်းဒိုးနှင့် ကိုက်ညီစေရန်(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချဲ့ကြည့်ရန်(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချုံ့ကြည့်ရန်(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Seagull</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull အကြောင်း(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Network (sfdp)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကွန်ရက်(&amp;N) (sfdp)</translation>
    </message>
    <message>
        <source>&amp;Spring (neato)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စပရင်(&amp;S) (neato)</translation>
    </message>
    <message>
        <source>&amp;Force-directed (fdp)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အင်အားညွှန်(&amp;F) (fdp)</translation>
    </message>
    <message>
        <source>&amp;Hierarchy (dot)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဆင့်ဆင့်(&amp;H) (dot)</translation>
    </message>
    <message>
        <source>&amp;Circle (circo)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စက်ဝိုင်း(&amp;C) (circo)</translation>
    </message>
    <message>
        <source>&amp;Radial (twopi)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချင်းဝက်(&amp;R) (twopi)</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရှာဖွေရန်</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ဆေးကိရိယာ</translation>
    </message>
    <message>
        <source>%1 – %2 [*]</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 – %2 [*]</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု %1</translation>
    </message>
    <message>
        <source>No case open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု မဖွင့်ထားပါ</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ပြန်ဖျက်ရန်(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြန်ဖျက်ရန်(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ပြန်လုပ်ရန်(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြန်လုပ်ရန်(&amp;R)</translation>
    </message>
    <message>
        <source>Chart 1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား 1</translation>
    </message>
    <message>
        <source>Expand</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချဲ့ရန်</translation>
    </message>
    <message>
        <source>Unsaved chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိမ်းရသေးသော ဇယား</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; has changes that are not saved in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား &quot;%1&quot; တွင် အမှုထဲ မသိမ်းရသေးသော ပြောင်းလဲမှုများ ရှိသည်။</translation>
    </message>
    <message>
        <source>Open case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖွင့်ပြီး</translation>
    </message>
    <message>
        <source>New case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုအသစ်</translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull အမှုများ (*.seagull)</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုအမည်-</translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull အမှုများ (*.seagull);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သက်သေ တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Importing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တင်သွင်းနေသည်</translation>
    </message>
    <message>
        <source>%1 was imported before (source %2); nothing was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ယခင်က တင်သွင်းပြီး (ရင်းမြစ် %2)၊ ဘာမျှ မထည့်ရပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n events imported</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1- ဖြစ်ရပ် %n ခု တင်သွင်းပြီး</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows could not be read (see details)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1- အတန်း %n ခု ဖတ်၍ မရပါ (အသေးစိတ် ကြည့်ပါ)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 စာကြောင်း %2- %3</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တင်သွင်းမှု ပြီးဆုံးပြီ</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုတစ်ခုကို အရင် ဖွင့်ပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%n entities added</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု ထည့်ပြီး</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားကို နေရာချနေသည်</translation>
    </message>
    <message>
        <source>Layout</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပြင်အဆင်</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားကို %1 သို့ ရေးပြီး</translation>
    </message>
    <message>
        <source>Chart saved in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားကို အမှုထဲ သိမ်းပြီး။</translation>
    </message>
    <message>
        <source>Import extraction &amp;folder…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထုတ်ယူထားသော ဖိုင်တွဲကို တင်သွင်းရန်(&amp;F)…</translation>
    </message>
    <message>
        <source>Import extraction folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထုတ်ယူထားသော ဖိုင်တွဲကို တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- ကျော်ခဲ့သည်၊ %2။</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို တင်သွင်း၍ မရပါ- %2</translation>
    </message>
    <message>
        <source>Import table with column &amp;mapping…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကော်လံ mapping ဖြင့် ဇယား တင်သွင်းရန်(&amp;M)…</translation>
    </message>
    <message>
        <source>Import table with column mapping</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကော်လံ mapping ဖြင့် ဇယား တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားများ (*.csv *.tsv *.txt *.xlsx);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>&amp;Grid by type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစားအလိုက် ဇယားကွက်(&amp;G)</translation>
    </message>
    <message>
        <source>Rename chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား အမည်ပြောင်းရန်</translation>
    </message>
    <message>
        <source>Chart name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားအမည်:</translation>
    </message>
    <message>
        <source>Delete chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Delete the chart &quot;%1&quot; from the case? The case&apos;s records stay.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&quot;%1&quot; ဇယားကို အမှုမှ ဖျက်မလား။ အမှု၏ မှတ်တမ်းများ ကျန်ရှိမည်။</translation>
    </message>
    <message numerus="yes">
        <source>Ungroup %n groups</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အဖွဲ့ %n ခု ဖြုတ်ရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the style of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %n ခု၏ ပုံစံကို ပြန်သတ်မှတ်ရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>Show owners</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပိုင်ရှင်များကို ပြရန်</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားများ(&amp;H)</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးရန်(&amp;L)</translation>
    </message>
    <message>
        <source>Select by &amp;type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစားအလိုက် ရွေးရန်(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Icon</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သင်္ကေတ(&amp;I)</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချိတ်ဆက်မှုများ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;New chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားအသစ်(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား အမည်ပြောင်းရန်(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား ဖျက်ရန်(&amp;D)…</translation>
    </message>
    <message>
        <source>Expand with &amp;filters…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ထုတ်မှုဖြင့် ချဲ့ရန်(&amp;F)…</translation>
    </message>
    <message>
        <source>Select &amp;neighbours</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အိမ်နီးချင်းများ ရွေးရန်(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Invert selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးချယ်မှုကို ပြောင်းပြန်လှန်ရန်(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Find on chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားပေါ်တွင် ရှာရန်(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသည့်နေရာသို့ ချဲ့ကြည့်ရန်(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hide selected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသည်များကို ဖျောက်ရန်(&amp;H)</translation>
    </message>
    <message>
        <source>Show all hi&amp;dden</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖျောက်ထားသည်အားလုံး ပြရန်(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Pin selected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသည်များကို ပင်ထိုးရန်(&amp;P)</translation>
    </message>
    <message>
        <source>U&amp;npin selected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသည်များကို ပင်ဖြုတ်ရန်(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group selected…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးထားသည်များကို အဖွဲ့စုရန်(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဖွဲ့ ဖြုတ်ရန်(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Collapse group</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဖွဲ့ ခေါက်ရန်(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xpand group</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဖွဲ့ ဖြန့်ရန်(&amp;X)</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်စု ထည့်ရန်(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်စု ပြင်ရန်…</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်စု ဖယ်ရန်</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရောင်(&amp;O)…</translation>
    </message>
    <message>
        <source>Reset colour and icon</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရောင်နှင့် သင်္ကေတ ပြန်သတ်မှတ်ရန်</translation>
    </message>
    <message>
        <source>Show &amp;owners instead of phones and accounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖုန်းနှင့် အကောင့်များအစား ပိုင်ရှင်များကို ပြရန်(&amp;O)</translation>
    </message>
    <message>
        <source>Show phones and accounts &amp;again</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖုန်းနှင့် အကောင့်များကို ပြန်ပြရန်(&amp;A)</translation>
    </message>
    <message>
        <source>One line per &amp;pair</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တစ်တွဲလျှင် မျဉ်းတစ်ကြောင်း(&amp;P)</translation>
    </message>
    <message>
        <source>One line per &amp;direction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဦးတည်ရာတစ်ခုလျှင် မျဉ်းတစ်ကြောင်း(&amp;D)</translation>
    </message>
    <message>
        <source>One line per &amp;event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ်တစ်ခုလျှင် မျဉ်းတစ်ကြောင်း(&amp;E)</translation>
    </message>
    <message>
        <source>Fixed &amp;width</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကျယ် တစ်သမတ်တည်း(&amp;W)</translation>
    </message>
    <message>
        <source>Width by &amp;count</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကြိမ်ရေအလိုက် အကျယ်(&amp;C)</translation>
    </message>
    <message>
        <source>Width by &amp;amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေပမာဏအလိုက် အကျယ်(&amp;A)</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား %1</translation>
    </message>
    <message>
        <source>The chart is not saved in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားကို အမှုထဲတွင် မသိမ်းရသေးပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%n entities are now shown as their owners.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ယခု အရာ %n ခုကို ၎င်းတို့၏ ပိုင်ရှင်များအဖြစ် ပြထားသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>The case records no owner for these entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤအရာများ၏ ပိုင်ရှင်ကို အမှုတွင် မှတ်တမ်းမရှိပါ။</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဖွဲ့</translation>
    </message>
    <message>
        <source>Name of the group (a den, a family, a gang):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဖွဲ့အမည် (စခန်း၊ မိသားစု၊ ဂိုဏ်း):</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဖွဲ့ %1</translation>
    </message>
    <message numerus="yes">
        <source>Collapse %n groups</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အဖွဲ့ %n ခု ခေါက်ရန်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expand %n groups</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အဖွဲ့ %n ခု ဖြန့်ရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်စု ထည့်ရန်</translation>
    </message>
    <message>
        <source>Note:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်စု:</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်စု ပြင်ရန်</translation>
    </message>
    <message>
        <source>Colour</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရောင်</translation>
    </message>
    <message>
        <source>Find on chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားပေါ်တွင် ရှာရန်</translation>
    </message>
    <message>
        <source>Name or number:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမည် သို့မဟုတ် နံပါတ်:</translation>
    </message>
    <message>
        <source>Nothing on the chart matches &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&quot;%1&quot; နှင့် ကိုက်ညီသည့်အရာ ဇယားပေါ်တွင် မရှိပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%n entities found on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ဇယားပေါ်တွင် အရာ %n ခု တွေ့သည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note here…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤနေရာတွင် မှတ်စု ထည့်ရန်…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သင်္ကေတ ရှင်းလင်းချက်</translation>
    </message>
    <message>
        <source>Add the parties of the events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ်များ၏ ပါဝင်သူများကို ထည့်ရန်</translation>
    </message>
    <message>
        <source>Add the &amp;parties of its events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>၎င်း၏ ဖြစ်ရပ်များမှ ပါဝင်သူများကို ထည့်ရန်(&amp;P)</translation>
    </message>
    <message>
        <source>Select a link on the chart first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားပေါ်ရှိ ချိတ်ဆက်မှုတစ်ခုကို အရင်ရွေးပါ။</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခွဲခြမ်းစိတ်ဖြာမှု</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား ပုံနှိပ်ရန် (&amp;P)…</translation>
    </message>
    <message>
        <source>Entity &amp;profile report…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ ပရိုဖိုင် အစီရင်ခံစာ (&amp;P)…</translation>
    </message>
    <message>
        <source>Case &amp;summary report…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု အကျဉ်းချုပ် အစီရင်ခံစာ (&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xport chart data (i2 ANX, GraphML, bundle)…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားဒေတာ ထုတ်ယူရန် (i2 ANX၊ GraphML၊ အစုအဝေး) (&amp;X)…</translation>
    </message>
    <message>
        <source>Evidence (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သက်သေ (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;ဖိုင်အားလုံး (*)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing, one file per page (*.svg)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SVG ပုံ၊ စာမျက်နှာတစ်ခုလျှင် ဖိုင်တစ်ခု (*.svg)</translation>
    </message>
    <message>
        <source>PNG image, one file per page (*.png)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>PNG ပုံ၊ စာမျက်နှာတစ်ခုလျှင် ဖိုင်တစ်ခု (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်မီ အစမ်းကြည့်- %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်မီ အစမ်းကြည့်</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <source>Preparing the print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်ရန် ပြင်ဆင်နေသည်</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ ပရိုဖိုင်</translation>
    </message>
    <message>
        <source>Case summary report</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု အကျဉ်းချုပ် အစီရင်ခံစာ</translation>
    </message>
    <message>
        <source>Entity profile report</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ ပရိုဖိုင် အစီရင်ခံစာ</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစီရင်ခံစာ ပြင်ဆင်နေသည်</translation>
    </message>
    <message>
        <source>Report</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစီရင်ခံစာ</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ ပရိုဖိုင်- %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစီရင်ခံစာကို %1 သို့ ရေးပြီး</translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (*.anx)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>i2 Analyst&apos;s Notebook ဇယား (*.anx)</translation>
    </message>
    <message>
        <source>GraphML for Gephi, yEd, networkx (*.graphml)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Gephi၊ yEd၊ networkx အတွက် GraphML (*.graphml)</translation>
    </message>
    <message>
        <source>Case bundle for a partner agency (*.sgbundle)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မိတ်ဖက် အေဂျင်စီအတွက် အမှုအစုအဝေး (*.sgbundle)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားဒေတာ ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Case bundle</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုအစုအဝေး</translation>
    </message>
    <message>
        <source>The agency that sends the bundle:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစုအဝေးကို ပေးပို့သော အေဂျင်စီ-</translation>
    </message>
    <message>
        <source>%1: chart data is written as .anx, .graphml or .sgbundle.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- ဇယားဒေတာကို .anx၊ .graphml သို့မဟုတ် .sgbundle အဖြစ် ရေးသည်။</translation>
    </message>
    <message>
        <source>Exporting the chart&apos;s data</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားဒေတာ ထုတ်ယူနေသည်</translation>
    </message>
    <message>
        <source>Chart data written to %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားဒေတာကို %1 သို့ ရေးပြီး</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လှုပ်ရှားမှု</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်စဉ်</translation>
    </message>
    <message>
        <source>&amp;Time filter</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန် စစ်ထုတ်ရန် (&amp;T)</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို %2 သို့ ရေးပြီး</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ထုတ်ယူရန်</translation>
    </message>
    <message>
        <source>Years in the Thai &amp;Buddhist era (B.E.)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထိုင်း&amp;ဗုဒ္ဓသက္ကရာဇ်ဖြင့် နှစ်များ (B.E.)</translation>
    </message>
    <message>
        <source>Show years as B.E. = C.E. + 543 on dates, time axes and print; the case is not changed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်စွဲ၊ အချိန်ဝင်ရိုးနှင့် ပုံနှိပ်မှုတွင် နှစ်ကို B.E. = C.E. + 543 ဖြင့် ပြသည်၊ အမှုဖိုင် မပြောင်းလဲပါ</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;ဆက်တင်များ…</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;သရုပ်ပြ အမှုကို ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>A made-up case of two compounds, their callers and victims, to try Seagull on</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull ကို စမ်းသုံးရန် ဝင်း နှစ်ခု၊ ခေါ်ဆိုသူများနှင့် သားကောင်များပါ စိတ်ကူးယဉ် အမှု</translation>
    </message>
    <message>
        <source>Copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကူးယူရန်</translation>
    </message>
    <message>
        <source>Writing the demonstration case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သရုပ်ပြ အမှုကို ရေးနေသည်</translation>
    </message>
    <message>
        <source>Demonstration case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သရုပ်ပြ အမှု</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အသုံးပြုသူလမ်းညွှန်(&amp;U)</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဓိကကိရိယာများ</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Fit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဝင်းဒိုးနှင့်ကိုက်</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သိမ်းရန်</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <source>Guided &amp;tour</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လမ်းညွှန်ခရီး(&amp;T)</translation>
    </message>
    <message>
        <source>Four steps: search, expand, layout, print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဆင့်လေးဆင့်- ရှာဖွေ၊ ချဲ့ထွင်၊ နေရာချ၊ ပုံနှိပ်</translation>
    </message>
    <message>
        <source>Help → Guided tour shows the main steps on this case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကူအညီ → လမ်းညွှန်ခရီး က ဤအမှုပေါ်တွင် အဓိကအဆင့်များကို ပြသည်။</translation>
    </message>
    <message>
        <source>Type a phone number in any format, a name, an account or an IMEI. Double-click a result, or drag it, to put it on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မည်သည့်ပုံစံမဆိုဖြင့် ဖုန်းနံပါတ်၊ အမည်၊ အကောင့် သို့မဟုတ် IMEI ကို ရိုက်ပါ။ ရလဒ်ကို နှစ်ချက်နှိပ်ပါ သို့မဟုတ် ဆွဲယူ၍ ဇယားပေါ်သို့ ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Select entities on the chart and expand them (Ctrl+E) to bring in who they called, messaged or paid. Ctrl+Shift+E expands with filters: types, dates, counts, amounts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားပေါ်ရှိ အရာများကို ရွေးပြီး ချဲ့ထွင်ပါ (Ctrl+E)၊ ၎င်းတို့ ဖုန်းဆက်၊ စာပို့ သို့မဟုတ် ငွေပေးခဲ့သူများကို ဆွဲထည့်ရန်။ Ctrl+Shift+E သည် စစ်ထုတ်မှုများဖြင့် ချဲ့ထွင်သည်- အမျိုးအစား၊ ရက်စွဲ၊ အကြိမ်ရေ၊ ငွေပမာဏ။</translation>
    </message>
    <message>
        <source>Arrange the chart (Ctrl+L). Chart → Layout has the other arrangements: hierarchy for money flows, circle, radial, grid. Pinned entities stay where you put them.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားကို စီစဉ်ပါ (Ctrl+L)။ ဇယား → နေရာချထားမှု တွင် အခြားစီစဉ်ပုံများရှိသည်- ငွေစီးဆင်းမှုအတွက် အဆင့်ဆင့်၊ စက်ဝိုင်း၊ အလင်းတန်း၊ ဇယားကွက်။ ပင်ထိုးထားသော အရာများသည် သင်ထားသည့်နေရာတွင် ရှိနေသည်။</translation>
    </message>
    <message>
        <source>Print the chart for court (Ctrl+P): paper size, title block, exhibit number, classification, several pages for a wall, and appendices listing each source and event. Preview before printing, or write PDF, SVG or PNG.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တရားရုံးအတွက် ဇယားကို ပုံနှိပ်ပါ (Ctrl+P)- စာရွက်အရွယ်အစား၊ ခေါင်းစဉ်ဘလော့၊ သက်သေခံနံပါတ်၊ လျှို့ဝှက်အဆင့်၊ နံရံအတွက် စာမျက်နှာများစွာနှင့် ရင်းမြစ်နှင့် အဖြစ်အပျက်တစ်ခုစီကို စာရင်းပြုစုထားသော နောက်ဆက်တွဲများ။ ပုံနှိပ်မီ အစမ်းကြည့်ပါ သို့မဟုတ် PDF၊ SVG သို့မဟုတ် PNG အဖြစ် ရေးပါ။</translation>
    </message>
    <message>
        <source>Unsaved chart found</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိမ်းရသေးသော ဇယား တွေ့ရှိသည်</translation>
    </message>
    <message>
        <source>Seagull was closed without saving the chart &quot;%1&quot; of this case. Its changes were kept at %2. Restore them?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull ကို ဤအမှု၏ ဇယား &quot;%1&quot; ကို မသိမ်းဘဲ ပိတ်ခဲ့သည်။ ၎င်း၏ ပြောင်းလဲမှုများကို %2 တွင် ထားရှိခဲ့သည်။ ပြန်ယူမလား?</translation>
    </message>
    <message>
        <source>Restore the changes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြောင်းလဲမှုများကို ပြန်ယူရန်</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စွန့်ပစ်ရန်</translation>
    </message>
    <message>
        <source>The chart&apos;s changes kept at %1 are restored; save the chart to keep them in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 တွင် ထားရှိခဲ့သော ဇယား၏ ပြောင်းလဲမှုများကို ပြန်ယူပြီးပါပြီ၊ အမှုထဲတွင် ထားရန် ဇယားကို သိမ်းပါ။</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖွင့်ထားသော အမှု မရှိပါ။</translation>
    </message>
    <message>
        <source>Other work on the case is running; try again when it has finished.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုပေါ်တွင် အခြားလုပ်ငန်း လုပ်ဆောင်နေသည်၊ ပြီးဆုံးသည့်အခါ ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ဆေးမှတ်တမ်း</translation>
    </message>
    <message>
        <source>The work is done, but the case&apos;s audit log could not record it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လုပ်ငန်း ပြီးဆုံးပြီ၊ သို့သော် အမှု၏ စစ်ဆေးမှတ်တမ်းတွင် မှတ်တမ်းမတင်နိုင်ပါ။</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချဲ့ထွင်နေသည်</translation>
    </message>
    <message numerus="yes">
        <source>Expanding would add %n entities to the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ချဲ့ထွင်ပါက ဇယားသို့ အရာ %n ခု ထည့်မည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw; to bring the most connected first, expand with a limit per entity (Expand with filters…).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ဇယားတွင် ယခု အရာ %n ခု ရှိသည်။ အရာ 10,000 ထက်ပိုသော ဇယားသည် နေရာချရန် မိနစ်များစွာ ကြာပြီး ဆွဲရာတွင် နှေးသည်၊ အဆက်အသွယ် အများဆုံးကို အရင်ယူရန် အရာတစ်ခုစီအတွက် ကန့်သတ်ချက်ဖြင့် ချဲ့ပါ (စစ်ထုတ်မှုဖြင့် ချဲ့ရန်…)။</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အားလုံး ထည့်ရန်</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မည်သည့်အရာမျှ မထည့်ရပါ။</translation>
    </message>
    <message>
        <source>Drawing links: %L1 of %L2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်ခ်များ ဆွဲနေသည်- %L2 အနက် %L1</translation>
    </message>
    <message>
        <source>Search on the left for a number, IMEI, account or name, then double-click a result or drag it here to put it on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘယ်ဘက်တွင် နံပါတ်၊ IMEI၊ အကောင့် သို့မဟုတ် အမည်ကို ရှာပါ၊ ထို့နောက် ရလဒ်ကို နှစ်ချက်နှိပ်ပါ သို့မဟုတ် ဤနေရာသို့ ဆွဲယူ၍ ဇယားပေါ်သို့ ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Open a case or create a new one to begin. Help → Open the demonstration case shows Seagull on a made-up case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စတင်ရန် အမှုတစ်ခုကို ဖွင့်ပါ သို့မဟုတ် အမှုအသစ် ဖန်တီးပါ။ အကူအညီ → သရုပ်ပြ အမှုကို ဖွင့်ရန် သည် စိတ်ကူးယဉ် အမှုတစ်ခုပေါ်တွင် Seagull ကို ပြသသည်။</translation>
    </message>
    <message numerus="yes">
        <source>Adding would put %n entities on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ထည့်လျှင် ဇယားပေါ်သို့ အရာ %n ခု ရောက်မည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ယခု ဇယားတွင် အရာ %n ခု ရှိသည်။ အရာ 10,000 ထက်ပိုသော ဇယားကို နေရာချရန် မိနစ်များစွာ ကြာပြီး ဆွဲရာတွင် နှေးသည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the first %n</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ပထမ %n ခုကို ထည့်ရန်</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားသို့ ထည့်နေသည်</translation>
    </message>
    <message>
        <source>Saving the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားကို သိမ်းနေသည်</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; was not opened; Chart → Charts opens it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား &quot;%1&quot; ကို မဖွင့်ရသေးပါ; ဇယား → ဇယားများ တွင် ဖွင့်နိုင်သည်။</translation>
    </message>
    <message>
        <source>Opening the chart was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားဖွင့်ခြင်းကို ပယ်ဖျက်လိုက်သည်။</translation>
    </message>
    <message>
        <source>Opening the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားကို ဖွင့်နေသည်</translation>
    </message>
</context>
<context>
    <name>sg::MappingWizard</name>
    <message>
        <source>Reference</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရည်ညွှန်းနံပါတ်</translation>
    </message>
    <message>
        <source>Paying account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေးချေသူ အကောင့်</translation>
    </message>
    <message>
        <source>Receiving account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လက်ခံသူ အကောင့်</translation>
    </message>
    <message>
        <source>Paying bank or wallet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေးချေသူ ဘဏ် သို့မဟုတ် ပိုက်ဆံအိတ်</translation>
    </message>
    <message>
        <source>Receiving bank or wallet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လက်ခံသူ ဘဏ် သို့မဟုတ် ပိုက်ဆံအိတ်</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေးချေသူ အမည်</translation>
    </message>
    <message>
        <source>Receiver&apos;s name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လက်ခံသူ အမည်</translation>
    </message>
    <message>
        <source>Amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေပမာဏ</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒက်ဘစ် (ငွေထွက်)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခရက်ဒစ် (ငွေဝင်)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေကြေး</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်စွဲနှင့် အချိန်</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်စွဲ</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေလွှဲ အမျိုးအစား</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကြောင်းအရာ</translation>
    </message>
    <message>
        <source>Balance</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လက်ကျန်</translation>
    </message>
    <message>
        <source>Debit/credit mark</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒက်ဘစ်/ခရက်ဒစ် အမှတ်အသား</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တစ်ဖက် အကောင့်</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တစ်ဖက် ဘဏ်</translation>
    </message>
    <message>
        <source>Counterparty name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တစ်ဖက် အမည်</translation>
    </message>
    <message>
        <source>Each row is seen from one account (a statement)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အတန်းတိုင်းကို အကောင့်တစ်ခုမှ ကြည့်သည် (စာရင်းရှင်းတမ်း)</translation>
    </message>
    <message>
        <source>Map the columns of %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ၏ ကော်လံများကို mapping လုပ်ရန်</translation>
    </message>
    <message>
        <source>Seagull does not know this layout. Say which row holds the column names and what each column holds; the preview shows what the first rows become.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull သည် ဤပုံစံကို မသိပါ။ ကော်လံအမည်များ ပါသော အတန်းနှင့် ကော်လံတစ်ခုစီတွင် ဘာပါသည်ကို ပြောပါ၊ အစမ်းကြည့်ရှုမှုတွင် ပထမအတန်းများ ဘာဖြစ်မည်ကို ပြသည်။</translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရွက်-</translation>
    </message>
    <message>
        <source>Column names on row:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကော်လံအမည်များ ပါသော အတန်း-</translation>
    </message>
    <message>
        <source>Name of this layout:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤပုံစံ၏ အမည်-</translation>
    </message>
    <message>
        <source>e.g. ABA, KBank, Vietcombank, TrueMoney, Wing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဥပမာ ABA, KBank, Vietcombank, TrueMoney, Wing</translation>
    </message>
    <message>
        <source>Bank or wallet:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘဏ် သို့မဟုတ် ပိုက်ဆံအိတ်-</translation>
    </message>
    <message>
        <source>e.g. USD, THB, VND, KHR, CNY</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဥပမာ USD, THB, VND, KHR, CNY</translation>
    </message>
    <message>
        <source>Currency when no column says it:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကော်လံမရှိပါက ငွေကြေး-</translation>
    </message>
    <message>
        <source>Decide from the dates</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်စွဲများမှ ဆုံးဖြတ်ရန်</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်/လ/နှစ်</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လ/ရက်/နှစ်</translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နှစ်-လ-ရက်</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Unix စက္ကန့်</translation>
    </message>
    <message>
        <source>Unix milliseconds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Unix မီလီစက္ကန့်</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်စွဲများ-</translation>
    </message>
    <message>
        <source>Decide from the amounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေပမာဏများမှ ဆုံးဖြတ်ရန်</translation>
    </message>
    <message>
        <source>Decimal point (1,234.56)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒသမ အစက် (1,234.56)</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,56)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒသမ ကော်မာ (1.234,56)</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေပမာဏများ-</translation>
    </message>
    <message>
        <source>the statement&apos;s own account number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်းရှင်းတမ်း၏ ကိုယ်ပိုင် အကောင့်နံပါတ်</translation>
    </message>
    <message>
        <source>Account of the statement:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်းရှင်းတမ်း၏ အကောင့်-</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တင်သွင်းရန်</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping ကို သိမ်းရန်…</translation>
    </message>
    <message>
        <source>Holds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပါဝင်သည်</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>— မသုံးပါ —</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်ကို ဖတ်၍ မရပါ- %1</translation>
    </message>
    <message>
        <source>Choose at least the date and the amount (or debit and credit) columns, and the accounts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အနည်းဆုံး ရက်စွဲ၊ ငွေပမာဏ (သို့မဟုတ် ဒက်ဘစ်နှင့် ခရက်ဒစ်) နှင့် အကောင့် ကော်လံများကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>No preview: the scratch folder cannot be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစမ်းကြည့်ရှု၍ မရပါ- ယာယီဖိုင်တွဲကို ရေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>Preview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစမ်းကြည့်ရှုမှု</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစမ်းကြည့်ရှု၍ မရပါ- %1</translation>
    </message>
    <message>
        <source>The first rows do not import: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပထမအတန်းများကို တင်သွင်း၍ မရပါ- %1</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 transfers between %2 accounts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ပထမ အတန်း %n ခုမှ အကောင့် %2 ခုကြား ငွေလွှဲ %1 ခု ရသည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read; the first, line %1: %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အတန်း %n ခုကို ဖတ်၍ မရပါ၊ ပထမ၊ စာကြောင်း %1- %2။</numerusform>
        </translation>
    </message>
    <message>
        <source>Some columns have no name on the header row.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခေါင်းစီးအတန်းတွင် အချို့ကော်လံများ၌ အမည် မရှိပါ။</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping ကို သိမ်းရန်</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping များ (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be saved to %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping ကို %1 သို့ သိမ်း၍ မရပါ- %2</translation>
    </message>
    <message>
        <source>Calling number (A party)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခေါ်သူ နံပါတ် (A ဘက်)</translation>
    </message>
    <message>
        <source>Called number (B party)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အခေါ်ခံ နံပါတ် (B ဘက်)</translation>
    </message>
    <message>
        <source>Target number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပစ်မှတ် နံပါတ်</translation>
    </message>
    <message>
        <source>Other party</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တစ်ဖက်လူ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကြာချိန်</translation>
    </message>
    <message>
        <source>Call type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခေါ်ဆိုမှု အမျိုးအစား</translation>
    </message>
    <message>
        <source>Direction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဦးတည်ချက်</translation>
    </message>
    <message>
        <source>Cell</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆဲလ်</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>IMSI</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>Money: bank, wallet or payment records</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေ- ဘဏ်၊ ပိုက်ဆံအိတ် သို့မဟုတ် ငွေပေးချေမှု မှတ်တမ်းများ</translation>
    </message>
    <message>
        <source>Call records</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခေါ်ဆိုမှု မှတ်တမ်းများ</translation>
    </message>
    <message>
        <source>The table holds:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားတွင် ပါသည်-</translation>
    </message>
    <message>
        <source>Choose at least the date and the two parties (calling and called number, or target and other party).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အနည်းဆုံး ရက်စွဲနှင့် နှစ်ဖက်စလုံး (ခေါ်သူနှင့် အခေါ်ခံ နံပါတ်၊ သို့မဟုတ် ပစ်မှတ်နှင့် တစ်ဖက်လူ) ကို ရွေးပါ။</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 calls and messages between %2 numbers.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ပထမ အတန်း %n ခုမှ နံပါတ် %2 ခုကြား ခေါ်ဆိုမှုနှင့် မက်ဆေ့ချ် %1 ခု ရသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှ</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အထိ</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စက္ကန့်</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာသား</translation>
    </message>
</context>
<context>
    <name>sg::MergeDialog</name>
    <message>
        <source>Merge entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာများ ပေါင်းရန်</translation>
    </message>
    <message>
        <source>Keep</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထားရန်</translation>
    </message>
    <message>
        <source>The others&apos; events, names, sources, links, tags, notes and attachments move to the one kept. Edit → Undo takes the merge back; so does Split on the kept entity later.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အခြားအရာများ၏ ဖြစ်ရပ်၊ အမည်၊ ရင်းမြစ်၊ လင့်ခ်၊ တဂ်၊ မှတ်စုနှင့် တွဲဖိုင်များသည် ထားသောအရာသို့ ရွှေ့မည်။ ပြင်ဆင် → နောက်ပြန် ဖြင့် ပေါင်းမှုကို ပြန်ရုပ်သိမ်းနိုင်သည်၊ နောက်ပိုင်း ထားသောအရာပေါ်တွင် ခွဲရန် ဖြင့်လည်း ရသည်။</translation>
    </message>
    <message>
        <source>Why they are the same (required): &quot;same IMEI in both extractions&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အတူတူ ဖြစ်ရသည့် အကြောင်း (လိုအပ်)- &quot;ထုတ်ယူမှု နှစ်ခုလုံးတွင် IMEI တူသည်&quot;</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကြောင်းပြချက်-</translation>
    </message>
    <message>
        <source>Say why they are the same: the reason is kept with the merge.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဘယ်ကြောင့် အတူတူဖြစ်သည်ကို ဖော်ပြပါ- အကြောင်းပြချက်ကို ပေါင်းမှုနှင့်အတူ သိမ်းမည်။</translation>
    </message>
</context>
<context>
    <name>sg::MoneyTableImporter</name>
    <message>
        <source>The statement does not name its account; it is kept as &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်းရှင်းတမ်းတွင် အကောင့် မဖော်ပြပါ၊ &quot;%1&quot; အဖြစ် သိမ်းသည်။</translation>
    </message>
    <message>
        <source>Statement of account %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကောင့် %1 ၏ စာရင်းရှင်းတမ်း။</translation>
    </message>
    <message>
        <source>no date</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်စွဲ မရှိပါ</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်စွဲ &quot;%1&quot; ကို ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>cannot read the amount &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေပမာဏ &quot;%1&quot; ကို ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>no amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေပမာဏ မရှိပါ</translation>
    </message>
    <message>
        <source>no account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကောင့် မရှိပါ</translation>
    </message>
    <message>
        <source>Bank, wallet and payment tables (CSV, XLSX)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘဏ်၊ ပိုက်ဆံအိတ်နှင့် ငွေပေးချေမှု ဇယားများ (CSV, XLSX)</translation>
    </message>
    <message>
        <source>%1: read as &quot;%2&quot; (header on line %3).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- &quot;%2&quot; အဖြစ် ဖတ်သည် (ခေါင်းစီး စာကြောင်း %3)။</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>%1: simulated time, step %2 counted from %3 in the source&apos;s zone.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- အတုအယောင်အချိန်၊ အဆင့် %2 ကို ရင်းမြစ်၏ အချိန်ဇုန်တွင် %3 မှ ရေတွက်သည်။</translation>
    </message>
    <message>
        <source>%1: dates read as %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- ရက်စွဲများကို %2 အဖြစ် ဖတ်သည်။</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လ/ရက်/နှစ်</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်/လ/နှစ်</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နှစ်-လ-ရက်</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n amount(s) had more decimals than their currency&apos;s minor unit and were rounded.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1- ငွေပမာဏ %n ခုတွင် ငွေကြေး၏ အသေးဆုံးယူနစ်ထက် ဒသမ ပိုများ၍ ပိုင်းဖြတ်ခဲ့သည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no table in it matches a known mapping.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- သိသော mapping နှင့် ကိုက်ညီသော ဇယား မရှိပါ။</translation>
    </message>
    <message>
        <source>give one with --mapping, or import it with the import wizard</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--mapping ဖြင့် ပေးပါ သို့မဟုတ် တင်သွင်းမှု အကူအညီဖြင့် တင်သွင်းပါ</translation>
    </message>
    <message>
        <source>Worksheets not read (no known layout): %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မဖတ်ခဲ့သော စာရွက်များ (သိသော ပုံစံမရှိ)- %1။</translation>
    </message>
    <message>
        <source>No row of %1 could be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ၏ မည်သည့်အတန်းကိုမျှ ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာကြောင်း %1- %2</translation>
    </message>
    <message>
        <source>%1: no date says whether the day or the month comes first (every one could be read both ways); they are read as day/month/year. If that is wrong, import the file with a mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- ရက် သို့မဟုတ် လ မည်သည်က အရင်လာသည်ကို မည်သည့်ရက်စွဲကမျှ မပြောပါ (ရက်စွဲတိုင်းကို နှစ်မျိုးလုံး ဖတ်နိုင်သည်)၊ ရက်/လ/နှစ် အဖြစ် ဖတ်သည်။ မှားပါက &quot;time&quot; သည် &quot;mdy&quot; ဖြစ်သော mapping ဖြင့် ဖိုင်ကို တင်သွင်းပါ။</translation>
    </message>
</context>
<context>
    <name>sg::MoneyView</name>
    <message>
        <source>No transfers.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေလွှဲမှု မရှိပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%1: in %2, out %3, balance %4 (%n transfer(s))</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1- အဝင် %2၊ အထွက် %3၊ လက်ကျန် %4 (ငွေလွှဲ %n ကြိမ်)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also moved: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အခြားငွေကြေး- %1။</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 အချိန်</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · balance %4 · %5</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 · %2 %3 · လက်ကျန် %4 · %5</translation>
    </message>
    <message>
        <source>in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဝင်</translation>
    </message>
    <message>
        <source>out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အထွက်</translation>
    </message>
    <message>
        <source>Money in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဝင်ငွေ</translation>
    </message>
    <message>
        <source>Money out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထွက်ငွေ</translation>
    </message>
    <message>
        <source>Running balance (in minus out)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စုစုပေါင်း လက်ကျန် (အဝင် နုတ် အထွက်)</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) among them: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>၎င်းတို့အချင်းချင်း လွှဲပြောင်းမှု %n ကြိမ်- %1။</numerusform>
        </translation>
    </message>
    <message>
        <source>among them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချင်းချင်း</translation>
    </message>
    <message>
        <source>Transfer among the entities shown (no money in or out)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြသထားသော အရာများအကြား လွှဲပြောင်းမှု (ငွေဝင်ငွေထွက် မရှိ)</translation>
    </message>
</context>
<context>
    <name>sg::PrintDialog</name>
    <message>
        <source>Cut marks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြတ်ရန် အမှတ်အသား</translation>
    </message>
    <message>
        <source>The sources behind the chart (file, format, SHA-256, importer, import time, examiner)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား၏ နောက်ကွယ်ရှိ ရင်းမြစ်များ (ဖိုင်၊ ပုံစံ၊ SHA-256၊ ထည့်သွင်းကိရိယာ၊ ထည့်သွင်းချိန်၊ စစ်ဆေးသူ)</translation>
    </message>
    <message>
        <source>The events behind each link</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်တစ်ခုစီ၏ နောက်ကွယ်ရှိ ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား ပုံနှိပ်ရန်</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အလျားလိုက်</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒေါင်လိုက်</translation>
    </message>
    <message>
        <source> mm</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation> မမ</translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လျှို့ဝှက်ချက်မဟုတ်</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကန့်သတ်</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လျှို့ဝှက်</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အထူးလျှို့ဝှက်</translation>
    </message>
    <message>
        <source>Page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စက္ကူ-</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လှည့်ပုံ-</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အနားသတ်-</translation>
    </message>
    <message>
        <source>across ×</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အလျား ×</translation>
    </message>
    <message>
        <source>down</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမြင့်</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာများ-</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထပ်နေမှု-</translation>
    </message>
    <message>
        <source>Title block</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခေါင်းစဉ် ဘလောက်</translation>
    </message>
    <message>
        <source>Chart title:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား ခေါင်းစဉ်-</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုအမည်-</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုနံပါတ်-</translation>
    </message>
    <message>
        <source>Exhibit:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သက်သေခံ-</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ဆေးသူ-</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လျှို့ဝှက်အဆင့်-</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်ဆက်တွဲ</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစမ်းကြည့်…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထုတ်ယူ…</translation>
    </message>
    <message>
        <source>Write the pages as PDF, SVG or PNG</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာများကို PDF၊ SVG သို့မဟုတ် PNG အဖြစ် ရေးရန်</translation>
    </message>
</context>
<context>
    <name>sg::RemainingTime</name>
    <message>
        <source>A few seconds left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စက္ကန့်အနည်းငယ်သာ ကျန်သည်</translation>
    </message>
    <message>
        <source>About %1 seconds left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 စက္ကန့်ခန့် ကျန်သည်</translation>
    </message>
    <message>
        <source>About %1 min left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 မိနစ်ခန့် ကျန်သည်</translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 နာရီ %2 မိနစ်ခန့် ကျန်သည်</translation>
    </message>
</context>
<context>
    <name>sg::ReportWriter</name>
    <message>
        <source>Source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်</translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံစံ / ထည့်သွင်းကိရိယာ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထည့်သွင်းချိန်</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ဆေးသူ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ ပရိုဖိုင်- %1</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှတ်အသားများ</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သော့</translation>
    </message>
    <message>
        <source>(kept as written: it did not validate)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>(ရေးထားသည့်အတိုင်း ထားသည်- စစ်ဆေးမှု မအောင်)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရည်ညွှန်းနံပါတ်</translation>
    </message>
    <message>
        <source>Events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အိမ်နီးချင်းများ</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကြောင်းအရာ</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တန်ဖိုး</translation>
    </message>
    <message>
        <source>Names and aliases, by source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမည်နှင့် အမည်ဝှက်များ၊ ရင်းမြစ်အလိုက်</translation>
    </message>
    <message>
        <source>No source gives a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မည်သည့်ရင်းမြစ်ကမှ အမည် မပေးပါ။</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမည်</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမျိုးအစား</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Devices, accounts and other declared links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စက်ပစ္စည်း၊ အကောင့်နှင့် အခြား ကြေညာထားသော လင့်များ</translation>
    </message>
    <message>
        <source>None declared in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုထဲတွင် ကြေညာထားခြင်း မရှိပါ။</translation>
    </message>
    <message>
        <source>Declared link</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကြေညာထားသော လင့်</translation>
    </message>
    <message>
        <source>Contacts, by activity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဆက်အသွယ်များ၊ လှုပ်ရှားမှုအလိုက်</translation>
    </message>
    <message>
        <source>%1 out, %2 in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အထွက် %1၊ အဝင် %2</translation>
    </message>
    <message>
        <source>No events with other entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အခြားအရာများနှင့် ဖြစ်ရပ် မရှိပါ။</translation>
    </message>
    <message>
        <source>#</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အဆက်အသွယ်</translation>
    </message>
    <message>
        <source>Direction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဦးတည်ချက်</translation>
    </message>
    <message>
        <source>Call time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖုန်းခေါ်ချိန်</translation>
    </message>
    <message>
        <source>Money</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ငွေ</translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပထမ (UTC)</translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နောက်ဆုံး (UTC)</translation>
    </message>
    <message>
        <source>Activity by weekday and hour (local time of each record)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်သတ္တပတ်နေ့နှင့် နာရီအလိုက် လှုပ်ရှားမှု (မှတ်တမ်းတစ်ခုစီ၏ ဒေသစံတော်ချိန်)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်စဉ်</translation>
    </message>
    <message>
        <source>The first %1 of %2 events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ် %2 ခုအနက် ပထမ %1 ခု။</translation>
    </message>
    <message>
        <source>No events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ် မရှိပါ။</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှ</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အထိ</translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကြာချိန် / ငွေပမာဏ</translation>
    </message>
    <message>
        <source>Source record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ် မှတ်တမ်း</translation>
    </message>
    <message>
        <source>Sources</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်များ</translation>
    </message>
    <message>
        <source>Case summary: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု အကျဉ်းချုပ်- %1</translation>
    </message>
    <message>
        <source>Case number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုနံပါတ်</translation>
    </message>
    <message>
        <source>Case name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုအမည်</translation>
    </message>
    <message>
        <source>Default region</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မူရင်း ဒေသ</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မူရင်း အချိန်ဇုန်</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်များ (%1)</translation>
    </message>
    <message>
        <source>Counts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရေအတွက်များ</translation>
    </message>
    <message>
        <source>Entities and events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာများနှင့် ဖြစ်ရပ်များ</translation>
    </message>
    <message>
        <source>Entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာများ</translation>
    </message>
    <message>
        <source>Links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လင့်များ</translation>
    </message>
    <message>
        <source>Count</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရေအတွက်</translation>
    </message>
    <message>
        <source>Charts (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယားများ (%1)</translation>
    </message>
    <message>
        <source>No saved charts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သိမ်းထားသော ဇယား မရှိပါ။</translation>
    </message>
    <message>
        <source>Chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဇယား</translation>
    </message>
    <message>
        <source>Modified</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြင်ဆင်ချိန်</translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ ပရိုဖိုင်</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု အကျဉ်းချုပ်</translation>
    </message>
    <message>
        <source>The report could not be opened for writing.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစီရင်ခံစာကို ရေးရန် ဖွင့်၍မရပါ။</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု %1- %2</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သက်သေခံ %1</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (%2) တွင် ပုံနှိပ်သည်</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ဆေးသူ- %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာမျက်နှာ %1 / %2</translation>
    </message>
    <message>
        <source>Added by the analyst</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခွဲခြမ်းစိတ်ဖြာသူ ထည့်သည်</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တဂ်များ- %1</translation>
    </message>
    <message>
        <source>Merged entities (ids)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေါင်းထားသော အရာများ (id)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကြောင်းပြချက်</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ၏ မှတ်စု၊ %2</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တွဲဖိုင်</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘိုက်</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>Added by</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထည့်သူ</translation>
    </message>
    <message>
        <source>Added</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထည့်ချိန်</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု မှတ်စုများ</translation>
    </message>
    <message>
        <source>Listed: the %1 most active of %2 contacts. Events with the others: %3.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်း- အဆက်အသွယ် %2 ခုအနက် အလှုပ်ရှားဆုံး %1 ခု။ ကျန်အဆက်အသွယ်များနှင့် ဖြစ်ရပ်- %3။</translation>
    </message>
</context>
<context>
    <name>sg::SeagullCsvImporter</name>
    <message>
        <source>Seagull CSV export (entities, links or events)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull CSV ထုတ်ယူမှု (အရာ၊ လင့် သို့မဟုတ် ဖြစ်ရပ်)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ဗလာ ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; or an empty key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော အရာအမျိုးအစား &quot;%1&quot; သို့မဟုတ် ကီး ဗလာ</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ထည့်သွင်းခြင်းကို ပယ်ဖျက်လိုက်သည်။</translation>
    </message>
    <message>
        <source>unknown link kind &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော လင့်အမျိုး &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော ဖြစ်ရပ်အမျိုးအစား &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unreadable time &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖတ်၍မရသော အချိန် &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unreadable amount &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖတ်၍မရသော ငွေပမာဏ &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n link totals skipped: they are made again from the events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>လင့်စုစုပေါင်း %n ခုကို ကျော်သည်- ဖြစ်ရပ်များမှ ပြန်ပြုလုပ်မည်။</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::SearchPanel</name>
    <message>
        <source>Open a case to search it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရှာဖွေရန် အမှုတစ်ခု ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&quot;%1&quot; အတွက် ဘာမျှ မတွေ့ပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%n found: drag onto the chart or double-click.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ခု တွေ့သည်- ဇယားပေါ်သို့ ဆွဲပါ သို့မဟုတ် နှစ်ချက်နှိပ်ပါ။</numerusform>
        </translation>
    </message>
    <message>
        <source>Number, IMEI, account or name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နံပါတ်၊ IMEI၊ အကောင့် သို့မဟုတ် အမည်</translation>
    </message>
    <message>
        <source>Type a number in any common form (012 345 678, +855 12 345 678, native digits) or a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မည်သည့် ပုံစံဖြင့်မဆို နံပါတ် (012 345 678၊ +855 12 345 678၊ ဒေသ ဂဏန်း) သို့မဟုတ် အမည် ရိုက်ပါ။</translation>
    </message>
</context>
<context>
    <name>sg::SettingsDialog</name>
    <message>
        <source>Years in the Thai Buddhist era (B.E. = C.E. + 543)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထိုင်းဗုဒ္ဓသက္ကရာဇ်ဖြင့် နှစ်များ (B.E. = C.E. + 543)</translation>
    </message>
    <message>
        <source>Welcome to Seagull</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull မှ ကြိုဆိုပါသည်</translation>
    </message>
    <message>
        <source>Settings</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆက်တင်များ</translation>
    </message>
    <message>
        <source>Your name and rank, as they should appear in audits and prints</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ဆေးမှတ်တမ်းနှင့် ပုံနှိပ်မှုတွင် ပေါ်မည့် သင့်အမည်နှင့် ရာထူး</translation>
    </message>
    <message>
        <source>The country code that numbers without one belong to, in new cases</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုအသစ်များတွင် နိုင်ငံကုဒ်မပါသော နံပါတ်များ၏ နိုင်ငံကုဒ်</translation>
    </message>
    <message>
        <source>The time zone of local times in new cases (IANA name)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုအသစ်များရှိ ဒေသစံတော်ချိန်၏ အချိန်ဇုန် (IANA အမည်)</translation>
    </message>
    <message>
        <source>Seagull keeps each case in one file on this computer and never connects to a network. Choose your language and say who you are; everything here can be changed later in Settings.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull သည် အမှုတစ်ခုစီကို ဤကွန်ပျူတာပေါ်ရှိ ဖိုင်တစ်ခုတည်းတွင် သိမ်းပြီး ကွန်ရက်နှင့် ဘယ်တော့မှ မချိတ်ပါ။ ဘာသာစကားရွေးပြီး သင်မည်သူဖြစ်သည်ကို ဖော်ပြပါ၊ ဤနေရာရှိ အရာအားလုံးကို နောက်ပိုင်း ဆက်တင်များတွင် ပြောင်းနိုင်သည်။</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စစ်ဆေးသူ-</translation>
    </message>
    <message>
        <source>Region of new cases:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုအသစ်များ၏ ဒေသ-</translation>
    </message>
    <message>
        <source>Time zone of new cases:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုအသစ်များ၏ အချိန်ဇုန်-</translation>
    </message>
    <message>
        <source>%1 is not a region code (such as KH, TH, VN, CN, LA, MM).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် ဒေသကုဒ် မဟုတ်ပါ (ဥပမာ KH, TH, VN, CN, LA, MM)။</translation>
    </message>
    <message>
        <source>%1 is not a time zone (such as Asia/Phnom_Penh).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် အချိန်ဇုန် မဟုတ်ပါ (ဥပမာ Asia/Phnom_Penh)။</translation>
    </message>
</context>
<context>
    <name>sg::Shortcuts</name>
    <message>
        <source>used seldom: from the menu</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရံဖန်ရံခါသာ သုံးသည်- မီနူးမှ</translation>
    </message>
    <message>
        <source>a setting, chosen once: from the menu</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တစ်ကြိမ်သာ ရွေးရသော ဆက်တင်- မီနူးမှ</translation>
    </message>
    <message>
        <source>one entry of a list: from the menu</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရင်းထဲမှ တစ်ခု- မီနူးမှ</translation>
    </message>
    <message>
        <source>changes the case and asks first: kept off the keyboard</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုကို ပြောင်းလဲပြီး အရင်မေးသည်- ကီးဘုတ်မှ ဝေးဝေးထားသည်</translation>
    </message>
    <message>
        <source>Menu</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မီနူး</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လုပ်ဆောင်ချက်</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြတ်လမ်း</translation>
    </message>
    <message>
        <source>(each entry)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>(တစ်ခုချင်း)</translation>
    </message>
</context>
<context>
    <name>sg::SourceWriter</name>
    <message>
        <source>The source could not be recorded in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်ကို အမှုထဲ မှတ်တမ်းတင်၍ မရပါ။</translation>
    </message>
    <message>
        <source>An entity could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာကို သိမ်းဆည်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အခြားအမည်ကို သိမ်းဆည်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>An event could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြစ်ရပ်ကို သိမ်းဆည်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>A link could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဆက်စပ်မှုကို သိမ်းဆည်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>The links of the imported records could not be built.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တင်သွင်းသော မှတ်တမ်းများ၏ ဆက်စပ်မှုများကို တည်ဆောက်၍ မရပါ။</translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဂုဏ်သတ္တိကို သိမ်း၍ မရပါ။</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှုဖိုင်ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>A record refers to entity %1, which is not in the case; nothing was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်တမ်းတစ်ခုသည် အမှုတွဲတွင် မရှိသော အရာ %1 ကို ရည်ညွှန်းသည်။ ဘာမျှ မထည့်ခဲ့ပါ။</translation>
    </message>
    <message>
        <source>the durations of the events from entity %1 to entity %2 add up to more than can be stored; a record&apos;s duration is wrong</source>
        <translation>အရာ %1 မှ အရာ %2 သို့ ဖြစ်ရပ်များ၏ ကြာချိန်ပေါင်းသည် သိမ်းဆည်းနိုင်သည်ထက် ပိုများသည်; မှတ်တမ်းတစ်ခု၏ ကြာချိန် မှားနေသည်</translation>
    </message>
    <message>
        <source>a link of source %1 was not written</source>
        <translation>ရင်းမြစ် %1 ၏ ချိတ်ဆက်မှုတစ်ခုကို မရေးနိုင်ခဲ့ပါ</translation>
    </message>
    <message>
        <source>The import was stopped; nothing from %1 was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>တင်သွင်းမှု ရပ်သွားသည်၊ %1 မှ မည်သည့်အရာမျှ မထည့်ရပါ။</translation>
    </message>
    <message>
        <source>Indexing %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို အညွှန်းပြုလုပ်နေသည်</translation>
    </message>
</context>
<context>
    <name>sg::TableFile</name>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it has no %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် XLSX workbook မဟုတ်ပါ- %2 မပါပါ။</translation>
    </message>
    <message>
        <source>%1: worksheet &quot;%2&quot; is missing from the workbook.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- workbook တွင် &quot;%2&quot; စာရွက် မပါပါ။</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an XLSX workbook.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် zip ဖိုင်ဖြစ်သော်လည်း XLSX workbook မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>%1 is neither a text table nor an XLSX workbook (it contains binary data).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် စာသားဇယားလည်းမဟုတ်၊ XLSX workbook လည်းမဟုတ်ပါ (binary ဒေတာ ပါသည်)။</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိသော စာသားကုဒ်စနစ် &quot;%1&quot;။</translation>
    </message>
</context>
<context>
    <name>sg::TableMapping</name>
    <message>
        <source>The mapping has no name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping တွင် အမည် မရှိပါ။</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: kind &quot;%2&quot; is not known.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping &quot;%1&quot;- အမျိုးအစား &quot;%2&quot; ကို မသိပါ။</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: unknown column role &quot;%2&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping &quot;%1&quot;- မသိသော ကော်လံအခန်းကဏ္ဍ &quot;%2&quot;။</translation>
    </message>
    <message>
        <source>known roles: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သိသော အခန်းကဏ္ဍများ- %1</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no amount column (amount, or debit and credit).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping &quot;%1&quot; တွင် ငွေပမာဏကော်လံ (amount သို့မဟုတ် debit နှင့် credit) မပါပါ။</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no date column (datetime or date).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping &quot;%1&quot; တွင် ရက်စွဲကော်လံ (datetime သို့မဟုတ် date) မပါပါ။</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: time format &quot;%2&quot; is not known.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping &quot;%1&quot;- အချိန်ပုံစံ &quot;%2&quot; ကို မသိပါ။</translation>
    </message>
    <message>
        <source>known: auto, dmy, mdy, ymd, unix, unix-ms, step:day:YYYY-MM-DD, step:hour:YYYY-MM-DD</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သိသည်များ- auto, dmy, mdy, ymd, unix, unix-ms, step:day:YYYY-MM-DD, step:hour:YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Bank or wallet statement</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဘဏ် သို့မဟုတ် ပိုက်ဆံအိတ် စာရင်းရှင်းတမ်း</translation>
    </message>
    <message>
        <source>The table does not have the columns mapping &quot;%1&quot; needs: %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping &quot;%1&quot; လိုအပ်သော ကော်လံများ ဇယားတွင် မပါပါ- %2။</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကော်လံများ- %1</translation>
    </message>
    <message>
        <source>known kinds: transfers, calls</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>သိသော အမျိုးအစားများ- transfers, calls</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no parties (caller and callee, or subscriber and other).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping &quot;%1&quot; တွင် နှစ်ဖက် (caller နှင့် callee သို့မဟုတ် subscriber နှင့် other) မပါပါ။</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: direction code &quot;%2&quot; must mean &quot;in&quot; or &quot;out&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>mapping &quot;%1&quot;- ဦးတည်ချက်ကုဒ် &quot;%2&quot; သည် &quot;in&quot; သို့မဟုတ် &quot;out&quot; ဖြစ်ရမည်။</translation>
    </message>
</context>
<context>
    <name>sg::TimeFilterBar</name>
    <message>
        <source>Stop</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရပ်ရန်</translation>
    </message>
    <message>
        <source>Play</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Walk the end of the range forward a day at a time and watch the network grow</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပိုင်းအခြား၏ အဆုံးကို တစ်ရက်ချင်း ရှေ့တိုးပြီး ကွန်ရက် ကြီးထွားလာသည်ကို ကြည့်ရန်</translation>
    </message>
    <message>
        <source>Show all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အားလုံးပြရန်</translation>
    </message>
    <message>
        <source>Events from %1 to %2 (%3)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 မှ %2 အထိ ဖြစ်ရပ်များ (%3)</translation>
    </message>
    <message>
        <source>No events on this chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤဇယားပေါ်တွင် ဖြစ်ရပ် မရှိပါ။</translation>
    </message>
    <message>
        <source>Hide outside</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပြင်ဘက်ကို ဖျောက်ရန်</translation>
    </message>
    <message>
        <source>Hide the links and entities with no events in the range instead of fading them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အပိုင်းအခြားအတွင်း ဖြစ်ရပ်မရှိသော လင့်ခ်များနှင့် အရာများကို မှိန်မည့်အစား ဖျောက်ရန်</translation>
    </message>
</context>
<context>
    <name>sg::TimelinePanel</name>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>၎င်းတို့၏ ဖြစ်ရပ်များကို အချိန်အလိုက် ကြည့်ရန် ဇယားပေါ်ရှိ အရာများကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>The first %1 events among %2 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အရာ %2 ခုကြား ပထမ ဖြစ်ရပ် %1 ခု၊ ဘီးဖြင့် ချဲ့ချုံ့၊ ဆွဲ၍ ရွှေ့၊ အားလုံးကြည့်ရန် နှစ်ချက်နှိပ်ပါ။</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) among %1 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အရာ %1 ခုကြား ဖြစ်ရပ် %n ခု၊ ဘီးဖြင့် ချဲ့ချုံ့၊ ဆွဲ၍ ရွှေ့၊ အားလုံးကြည့်ရန် နှစ်ချက်နှိပ်ပါ။</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ထုတ်ယူ…</translation>
    </message>
    <message>
        <source>Theme lines</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အကြောင်းအရာ မျဉ်းများ</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်အလိုက် ငွေ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်စဉ်</translation>
    </message>
    <message>
        <source>Case time zone</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှု၏ အချိန်ဇုန်</translation>
    </message>
    <message>
        <source>Each record&apos;s local time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်တမ်းတစ်ခုစီ၏ ဒေသစံတော်ချိန်</translation>
    </message>
    <message>
        <source>The clock of the time axis: the case&apos;s zone, or the local time each source recorded</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်ဝင်ရိုး၏ နာရီ- အမှု၏ဇုန် သို့မဟုတ် ရင်းမြစ်တစ်ခုစီ မှတ်တမ်းတင်ထားသော ဒေသစံတော်ချိန်</translation>
    </message>
    <message>
        <source>Follow the selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရွေးချယ်မှုကို လိုက်ရန်</translation>
    </message>
    <message>
        <source>Money over time shows a fixed group; show the selected entities&apos; money again</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန်အလိုက်ငွေသည် သတ်မှတ်အုပ်စုကို ပြနေသည်၊ ရွေးထားသောအရာများ၏ ငွေကို ပြန်ပြရန်</translation>
    </message>
    <message>
        <source>Print…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပုံနှိပ်…</translation>
    </message>
    <message>
        <source>Print the view shown, with the title block and legend, or preview it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြသထားသော မြင်ကွင်းကို ခေါင်းစဉ်ဘလော့ခ်နှင့် သင်္ကေတရှင်းလင်းချက်ဖြင့် ပုံနှိပ်ရန် သို့မဟုတ် ကြိုကြည့်ရန်</translation>
    </message>
    <message>
        <source>Write the view shown as PDF, SVG or PNG with the title block</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပြသထားသော မြင်ကွင်းကို ခေါင်းစဉ်ဘလော့ခ်ဖြင့် PDF၊ SVG သို့မဟုတ် PNG အဖြစ် ရေးရန်</translation>
    </message>
    <message numerus="yes">
        <source>%n selected entities together</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ရွေးထားသော အရာ %n ခု ပေါင်း</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::TimelineView</name>
    <message>
        <source>Times in %1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 အချိန် (%2)</translation>
    </message>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>၎င်းတို့၏ ဖြစ်ရပ်များကို အချိန်အလိုက် ကြည့်ရန် ဇယားပေါ်ရှိ အရာများကို ရွေးပါ။</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>နောက်ထပ် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: from the caller&apos;s or payer&apos;s line, arrow at the other&apos;s</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1- ခေါ်သူ သို့မဟုတ် ပေးချေသူ၏ မျဉ်းမှ၊ မြှားသည် အခြားတစ်ဖက်၏ မျဉ်းတွင်</translation>
    </message>
    <message>
        <source>Zoomed out: bars count the events on each line; zoom in to see each event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချုံ့ထားသည်- ဘားများက မျဉ်းတစ်ခုစီပေါ်ရှိ ဖြစ်ရပ်များကို ရေတွက်သည်၊ ဖြစ်ရပ်တစ်ခုစီကို ကြည့်ရန် ချဲ့ပါ</translation>
    </message>
    <message>
        <source>Times in each record&apos;s own local time, as its source wrote it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရင်းမြစ်ရေးထားသည့်အတိုင်း မှတ်တမ်းတစ်ခုစီ၏ ကိုယ်ပိုင်ဒေသစံတော်ချိန်</translation>
    </message>
    <message>
        <source>Beside a mark: its time when few are shown, and ×N for N events in the same instant on this scale</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အမှတ်အသား ဘေးတွင်- အနည်းငယ်သာ ပြသောအခါ ၎င်း၏အချိန်၊ ဤစကေးတွင် တစ်ချိန်တည်း ဖြစ်ရပ် N ခုအတွက် ×N</translation>
    </message>
</context>
<context>
    <name>sg::UfdrImporter</name>
    <message>
        <source>Models are nested deeper than %1 levels.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မော်ဒယ်များသည် အဆင့် %1 ထက် ပိုနက်စွာ အထပ်ထပ်ပါသည်။</translation>
    </message>
    <message>
        <source>line %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာကြောင်း %1</translation>
    </message>
    <message>
        <source>The report names %1 IMEIs (%2); the handset is known by the first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစီရင်ခံစာတွင် IMEI %1 ခု (%2) ပါပြီး ပထမတစ်ခုဖြင့် ဖုန်းကို သတ်မှတ်သည်။</translation>
    </message>
    <message>
        <source>project &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပရောဂျက် &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report version %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစီရင်ခံစာ ဗားရှင်း %1</translation>
    </message>
    <message>
        <source>%1 extraction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ထုတ်ယူမှု</translation>
    </message>
    <message>
        <source>device %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စက် %1</translation>
    </message>
    <message>
        <source>Cellebrite report: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Cellebrite အစီရင်ခံစာ- %1။</translation>
    </message>
    <message>
        <source>no project details</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပရောဂျက် အသေးစိတ် မရှိပါ</translation>
    </message>
    <message>
        <source>Case information in the report: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစီရင်ခံစာပါ အမှုအချက်အလက်- %1။</translation>
    </message>
    <message>
        <source>Handset IMEI %1, own number %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖုန်း IMEI %1၊ ကိုယ်ပိုင်နံပါတ် %2။</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မသိ</translation>
    </message>
    <message>
        <source>(untyped)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>(အမျိုးအစားမရှိ)</translation>
    </message>
    <message>
        <source>no readable time stamp (&quot;%1&quot;)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖတ်နိုင်သော အချိန်တံဆိပ် မရှိပါ (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>video call</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဗီဒီယိုခေါ်ဆိုမှု</translation>
    </message>
    <message>
        <source>sender unknown</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပေးပို့သူ မသိပါ</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the device had deleted were recovered by the extraction; they are marked deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>စက်က ဖျက်ထားသော မှတ်တမ်း %n ခုကို ထုတ်ယူမှုက ပြန်ရယူခဲ့ပြီး ဖျက်ပြီးဟု မှတ်ထားသည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are marked deleted in the report.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အစီရင်ခံစာတွင် အဆက်အသွယ် %n ခုကို ဖျက်ပြီးဟု မှတ်ထားသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>Models this version does not import: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤဗားရှင်း မတင်သွင်းသော မော်ဒယ်များ- %1။</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Cellebrite UFDR report (.ufdr or report.xml)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Cellebrite UFDR အစီရင်ခံစာ (.ufdr သို့မဟုတ် report.xml)</translation>
    </message>
    <message>
        <source>%1 holds no report.xml; it is not a Cellebrite UFDR.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 တွင် report.xml မပါ၍ Cellebrite UFDR မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: its root element is &lt;%2&gt;, not &lt;project&gt;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် Cellebrite အစီရင်ခံစာ မဟုတ်ပါ- အရင်းဒြပ်စင်မှာ &lt;project&gt; မဟုတ်ဘဲ &lt;%2&gt; ဖြစ်သည်။</translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: it has no &lt;project&gt; element.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် Cellebrite အစီရင်ခံစာ မဟုတ်ပါ- &lt;project&gt; ဒြပ်စင် မပါပါ။</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်နေသည်</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that XML does not allow (control characters, raw or as references such as &amp;#x1;) were removed from the report.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>XML ခွင့်မပြုသော စာလုံး %n လုံး (ထိန်းချုပ်စာလုံးများ၊ တိုက်ရိုက် သို့မဟုတ် &amp;#x1; ကဲ့သို့ ရည်ညွှန်းချက်) ကို အစီရင်ခံစာမှ ဖယ်ရှားခဲ့သည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>The report holds no contacts, calls or messages.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အစီရင်ခံစာတွင် အဆက်အသွယ်၊ ခေါ်ဆိုမှု သို့မဟုတ် မက်ဆေ့ချ် မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>sg::UserGuide</name>
    <message>
        <source>Seagull user guide</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull အသုံးပြုသူလမ်းညွှန်</translation>
    </message>
    <message>
        <source>This chapter is not translated yet; it is shown in English.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤအခန်းကို မဘာသာပြန်ရသေးပါ၊ အင်္ဂလိပ်ဘာသာဖြင့် ပြထားသည်။</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidContactsImporter</name>
    <message>
        <source>WhatsApp for Android contacts (wa.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Android WhatsApp အဆက်အသွယ်များ (wa.db)</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidMessagesImporter</name>
    <message>
        <source>WhatsApp for Android messages (msgstore.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Android WhatsApp မက်ဆေ့ချ်များ (msgstore.db)</translation>
    </message>
    <message>
        <source>Read with the current WhatsApp schema (message, jid, chat).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လက်ရှိ WhatsApp ဖွဲ့စည်းပုံ (message၊ jid၊ chat) ဖြင့် ဖတ်သည်။</translation>
    </message>
    <message>
        <source>Read with the legacy WhatsApp schema (messages).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>WhatsApp ဖွဲ့စည်းပုံ အဟောင်း (messages) ဖြင့် ဖတ်သည်။</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosCallsImporter</name>
    <message>
        <source>WhatsApp for iOS calls (CallHistory.sqlite)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>iOS WhatsApp ခေါ်ဆိုမှုများ (CallHistory.sqlite)</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosChatImporter</name>
    <message>
        <source>WhatsApp for iOS chats (ChatStorage.sqlite)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>iOS WhatsApp ချက်များ (ChatStorage.sqlite)</translation>
    </message>
    <message>
        <source>The owner&apos;s WhatsApp account is %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ပိုင်ရှင်၏ WhatsApp အကောင့်မှာ %1 ဖြစ်သည်။</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosContactsImporter</name>
    <message>
        <source>WhatsApp for iOS contacts (ContactsV2.sqlite)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>iOS WhatsApp အဆက်အသွယ်များ (ContactsV2.sqlite)</translation>
    </message>
</context>
<context>
    <name>sg::XmlFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်၍ မရပါ- %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာကြောင်း %1၊ ကော်လံ %2</translation>
    </message>
    <message>
        <source>the document ends at line %1 before it is complete (the file is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရွက်စာတမ်းသည် မပြည့်စုံမီ စာကြောင်း %1 တွင် ပြီးဆုံးသည် (ဖိုင် ပြတ်တောက်နေသည်)</translation>
    </message>
    <message>
        <source>%1 is refused: it declares a DTD, which can expand entities without limit; forensic reports never need one.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ငြင်းပယ်သည်- DTD ကြေညာထားပြီး entity များကို အကန့်အသတ်မရှိ ချဲ့နိုင်သည်၊ မှုခင်းဆိုင်ရာ အစီရင်ခံစာများတွင် မလိုအပ်ပါ။</translation>
    </message>
    <message>
        <source>line %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာကြောင်း %1</translation>
    </message>
    <message>
        <source>it refers to the undeclared entity &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မကြေညာထားသော entity &quot;%1&quot; ကို ရည်ညွှန်းသည်</translation>
    </message>
    <message>
        <source>the document ends inside an element</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာရွက်စာတမ်းသည် ဒြပ်စင်တစ်ခုအတွင်း ပြီးဆုံးသည်</translation>
    </message>
    <message>
        <source>%1 cannot be read: one element near line %2 holds more than %3 MB; the document is damaged or not a report.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို မဖတ်နိုင်ပါ- စာကြောင်း %2 အနီးရှိ အစိတ်အပိုင်းတစ်ခုတွင် %3 MB ထက် ပိုပါဝင်သည်၊ စာရွက်စာတမ်း ပျက်စီးနေသည် သို့မဟုတ် အစီရင်ခံစာ မဟုတ်ပါ။</translation>
    </message>
</context>
<context>
    <name>sg::XryImporter</name>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>%1 is not an XRY text export: it does not begin with &quot;XRY Export&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် XRY စာသားထုတ်ယူမှု မဟုတ်ပါ- &quot;XRY Export&quot; ဖြင့် မစပါ။</translation>
    </message>
    <message>
        <source>line %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>စာကြောင်း %1</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ဗလာ ဖြစ်နေသည်။</translation>
    </message>
    <message>
        <source>Record %1 of %2 is larger than %3 MB.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%2 ၏ မှတ်တမ်း %1 သည် %3 MB ထက် ကြီးသည်။</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှတ်တမ်း %1- %2</translation>
    </message>
    <message>
        <source>the call has no time; the number is kept without an event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ခေါ်ဆိုမှုတွင် အချိန်မပါ၍ နံပါတ်ကို ဖြစ်ရပ်မရှိဘဲ သိမ်းထားသည်</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; cannot be read</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>အချိန် &quot;%1&quot; ကို ဖတ်၍ မရပါ</translation>
    </message>
    <message>
        <source>the message has no time; its numbers are kept without an event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မက်ဆေ့ချ်တွင် အချိန်မပါ၍ နံပါတ်များကို ဖြစ်ရပ်မရှိဘဲ သိမ်းထားသည်</translation>
    </message>
    <message>
        <source>The handset&apos;s IMEI is %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖုန်း၏ IMEI မှာ %1 ဖြစ်သည်။</translation>
    </message>
    <message numerus="yes">
        <source>A multi-part message (reference %1) is incomplete; its %n part(s) are imported separately.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>အပိုင်းများစွာပါ မက်ဆေ့ချ် (ရည်ညွှန်း %1) မပြည့်စုံပါ၊ အပိုင်း %n ခုကို သီးခြားတင်သွင်းသည်။</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are marked deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>မှတ်တမ်း %n ခုကို ဖျက်ပြီးဟု မှတ်ထားသည်။</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 record(s) of the XRY category &quot;%2&quot; are not imported by this version.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဤဗားရှင်းသည် XRY အမျိုးအစား &quot;%2&quot; ၏ မှတ်တမ်း %1 ခုကို မတင်သွင်းပါ။</translation>
    </message>
    <message>
        <source>XRY text export (calls, messages, contacts, device)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>XRY စာသားထုတ်ယူမှု (ခေါ်ဆိုမှု၊ မက်ဆေ့ချ်၊ အဆက်အသွယ်၊ စက်)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်နေသည်</translation>
    </message>
    <message>
        <source>XRY export: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>XRY ထုတ်ယူမှု- %1။</translation>
    </message>
    <message>
        <source>Dates read as %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်စွဲများကို %1 အဖြစ် ဖတ်သည်။</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>လ/ရက်/နှစ်</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ရက်/လ/နှစ်</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>နှစ်-လ-ရက်</translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်တွင် မှတ်တမ်း မရှိပါ။</translation>
    </message>
</context>
<context>
    <name>sg::ZipArchive</name>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် ဖတ်နိုင်သော zip ဖိုင် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>the file is too short</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင် တိုလွန်းသည်</translation>
    </message>
    <message>
        <source>no end of central directory record (the archive is truncated or not a zip)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဗဟိုလမ်းညွှန်အဆုံး မှတ်တမ်း မရှိပါ (ဖိုင် ပြတ်တောက်နေသည် သို့မဟုတ် zip မဟုတ်ပါ)</translation>
    </message>
    <message>
        <source>%1 is a multi-part zip archive; join the parts first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 သည် အပိုင်းများခွဲထားသော zip ဖိုင်ဖြစ်သည်၊ အပိုင်းများကို အရင်ပေါင်းပါ။</translation>
    </message>
    <message>
        <source>the ZIP64 locator is missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ZIP64 locator မရှိပါ</translation>
    </message>
    <message>
        <source>the ZIP64 end record lies outside the file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ZIP64 အဆုံးမှတ်တမ်းသည် ဖိုင်အပြင်ဘက်တွင် ရှိသည်</translation>
    </message>
    <message>
        <source>the ZIP64 end record is damaged</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ZIP64 အဆုံးမှတ်တမ်း ပျက်စီးနေသည်</translation>
    </message>
    <message>
        <source>the central directory lies outside the file (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဗဟိုလမ်းညွှန်သည် ဖိုင်အပြင်ဘက်တွင် ရှိသည် (ဖိုင် ပြတ်တောက်နေသည်)</translation>
    </message>
    <message>
        <source>the central directory is larger than %1 MB</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဗဟိုလမ်းညွှန်သည် %1 MB ထက် ကြီးသည်</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဗဟိုလမ်းညွှန် အချက် %1 ပျက်စီးနေသည်</translation>
    </message>
    <message>
        <source>%1 is refused: it holds a member whose name points outside the archive (&quot;%2&quot;).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ငြင်းပယ်သည်- အမည်က ဖိုင်အပြင်ဘက်သို့ ညွှန်သော အဖွဲ့ဝင်ပါသည် (&quot;%2&quot;)။</translation>
    </message>
    <message>
        <source>absolute names and &quot;..&quot; are never written by forensic tools</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>မှုခင်းဆိုင်ရာ ကိရိယာများသည် absolute အမည်များ သို့မဟုတ် &quot;..&quot; ကို ဘယ်တော့မှ မရေးပါ</translation>
    </message>
    <message>
        <source>%1 is refused: member &quot;%2&quot; would expand from %3 to %4 bytes.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ငြင်းပယ်သည်- &quot;%2&quot; သည် %3 မှ %4 ဘိုက်အထိ ချဲ့ထွင်မည်။</translation>
    </message>
    <message>
        <source>an expansion over %1 times is a zip bomb, not evidence</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ဆထက် ပိုချဲ့ခြင်းသည် zip bomb ဖြစ်ပြီး သက်သေ မဟုတ်ပါ</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; lies outside the file (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&quot;%1&quot; သည် ဖိုင်အပြင်ဘက်တွင် ရှိသည် (ဖိုင် ပြတ်တောက်နေသည်)</translation>
    </message>
</context>
<context>
    <name>sg::ZipEntryReader</name>
    <message>
        <source>Member &quot;%1&quot; of %2 cannot be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%2 ထဲရှိ &quot;%1&quot; ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ကုဒ်ဝှက်ထားသည်</translation>
    </message>
    <message>
        <source>compression method %1 is not supported (only stored and deflated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချုံ့နည်း %1 ကို မပံ့ပိုးပါ (stored နှင့် deflated သာ)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>its local header lies outside the file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>local header သည် ဖိုင်အပြင်ဘက်တွင် ရှိသည်</translation>
    </message>
    <message>
        <source>its local header is damaged</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>local header ပျက်စီးနေသည်</translation>
    </message>
    <message>
        <source>its data lies outside the file (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒေတာသည် ဖိုင်အပြင်ဘက်တွင် ရှိသည် (ဖိုင် ပြတ်တောက်နေသည်)</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖြည်ချုံ့စနစ် မစတင်နိုင်ပါ</translation>
    </message>
    <message>
        <source>the data ends early (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဒေတာ စောစီးစွာ ပြီးဆုံးသည် (ဖိုင် ပြတ်တောက်နေသည်)</translation>
    </message>
    <message>
        <source>the compressed data ends early (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချုံ့ထားသော ဒေတာ စောစီးစွာ ပြီးဆုံးသည် (ဖိုင် ပြတ်တောက်နေသည်)</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ချုံ့ထားသော ဒေတာ ပျက်စီးနေသည် (%1)</translation>
    </message>
    <message>
        <source>it expands beyond the %1 bytes the archive declares (a zip bomb or a damaged archive)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်က ကြေညာထားသော %1 ဘိုက်ထက် ကျော်၍ ချဲ့သည် (zip bomb သို့မဟုတ် ပျက်စီးသောဖိုင်)</translation>
    </message>
    <message>
        <source>it holds %1 bytes where the archive declares %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ဖိုင်က %2 ဟု ကြေညာထားသော်လည်း %1 ဘိုက် ပါသည်</translation>
    </message>
    <message>
        <source>its checksum does not match (the data is damaged)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>checksum မကိုက်ညီပါ (ဒေတာ ပျက်စီးနေသည်)</translation>
    </message>
</context>
<context>
    <name>sg::timetext</name>
    <message>
        <source>, years B.E. (Buddhist era = C.E. + 543)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>၊ နှစ်များကို B.E. (ဗုဒ္ဓသက္ကရာဇ် = C.E. + 543) ဖြင့်</translation>
    </message>
</context>
</TS>
