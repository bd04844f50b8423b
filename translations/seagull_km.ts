<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context>
    <name>main</name>
    <message>
        <source>Seagull link-analysis workstation</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្ថានីយការងារវិភាគតំណ Seagull</translation>
    </message>
    <message>
        <source>Case file to open.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារករណីដែលត្រូវបើក។</translation>
    </message>
    <message>
        <source>Entity to put on an empty chart and expand.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាពដែលត្រូវដាក់លើគំនូសតាងទទេ ហើយពង្រីក។</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុករូបភាពបង្អួចទៅឯកសារ PNG នេះ ហើយចាកចេញ។</translation>
    </message>
</context>
<context>
    <name>sg::ActivityPanel</name>
    <message>
        <source>Selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាពដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Entities on this chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាពលើគំនូសតាងនេះ</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សំណុំរឿងទាំងមូល</translation>
    </message>
    <message>
        <source>No events in this scope.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានព្រឹត្តិការណ៍ក្នុងវិសាលភាពនេះទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2, in the local time of each record.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ព្រឹត្តិការណ៍ %n ពី %1 ដល់ %2 តាមម៉ោងក្នុងស្រុកនៃកំណត់ត្រានីមួយៗ។</numerusform>
            <numerusform>ព្រឹត្តិការណ៍ %n ពី %1 ដល់ %2 តាមម៉ោងក្នុងស្រុកនៃកំណត់ត្រានីមួយៗ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចេញ…</translation>
    </message>
    <message>
        <source>Write the activity as PDF, SVG or PNG with the title block</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សរសេរសកម្មភាពជា PDF, SVG ឬ PNG ជាមួយប្លុកចំណងជើង</translation>
    </message>
    <message>
        <source>Darker: more events in that hour of that weekday, in the local time of each record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពណ៌ខ្មៅជាង៖ ព្រឹត្តិការណ៍ច្រើនជាងក្នុងម៉ោងនោះនៃថ្ងៃនោះ តាមម៉ោងក្នុងស្រុកនៃកំណត់ត្រានីមួយៗ</translation>
    </message>
    <message>
        <source>Bars: events per day</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របារ៖ ព្រឹត្តិការណ៍ក្នុងមួយថ្ងៃ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <source>Print the activity, with the title block and legend, or preview it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពសកម្មភាព ជាមួយប្លុកចំណងជើង និងសេចក្ដីពន្យល់ ឬមើលជាមុន</translation>
    </message>
</context>
<context>
    <name>sg::Analysis</name>
    <message numerus="yes">
        <source>Betweenness of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ភាពជាអ្នកកណ្ដាលនៃ %n អង្គភាព</numerusform>
            <numerusform>ភាពជាអ្នកកណ្ដាលនៃ %n អង្គភាព</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closeness of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ភាពជិតនៃ %n អង្គភាព</numerusform>
            <numerusform>ភាពជិតនៃ %n អង្គភាព</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Eigenvector centrality of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>មជ្ឈភាពវ៉ិចទ័រផ្ទាល់នៃ %n អង្គភាព</numerusform>
            <numerusform>មជ្ឈភាពវ៉ិចទ័រផ្ទាល់នៃ %n អង្គភាព</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PageRank of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>PageRank នៃ %n អង្គភាព</numerusform>
            <numerusform>PageRank នៃ %n អង្គភាព</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Communities of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>សហគមន៍នៃ %n អង្គភាព</numerusform>
            <numerusform>សហគមន៍នៃ %n អង្គភាព</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានបញ្ឈប់ដោយអ្នកប្រើ។</translation>
    </message>
    <message>
        <source>Common contacts: an entity given is not in the graph analysed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំនាក់ទំនងរួម៖ អង្គភាពដែលបានផ្ដល់ មិននៅក្នុងក្រាហ្វដែលវិភាគទេ។</translation>
    </message>
</context>
<context>
    <name>sg::AnalysisPanel</name>
    <message>
        <source>Analyse</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វិភាគ</translation>
    </message>
    <message>
        <source>Measure</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រង្វាស់</translation>
    </message>
    <message>
        <source>Counting</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការរាប់</translation>
    </message>
    <message>
        <source>Money transfers only</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តែការផ្ទេរប្រាក់</translation>
    </message>
    <message>
        <source>The entities on this chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាពនៅលើតារាងនេះ</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សំណុំរឿងទាំងមូល</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទាំងពីរទិស</translation>
    </message>
    <message>
        <source>Coming in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចូលមក</translation>
    </message>
    <message>
        <source>Going out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចេញទៅ</translation>
    </message>
    <message>
        <source>In minus out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចូលដកចេញ</translation>
    </message>
    <message>
        <source>Most connected: linked entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភ្ជាប់ច្រើនបំផុត៖ អង្គភាពដែលភ្ជាប់</translation>
    </message>
    <message>
        <source>Most connected: events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភ្ជាប់ច្រើនបំផុត៖ ព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>Most connected: amount moved</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភ្ជាប់ច្រើនបំផុត៖ ចំនួនប្រាក់ដែលផ្ទេរ</translation>
    </message>
    <message>
        <source>Betweenness (who lies between the others)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភាពជាអ្នកកណ្ដាល (អ្នកណានៅចន្លោះអ្នកផ្សេង)</translation>
    </message>
    <message>
        <source>Closeness (who reaches everyone quickly)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភាពជិត (អ្នកណាទៅដល់គ្រប់គ្នាបានលឿន)</translation>
    </message>
    <message>
        <source>Eigenvector (linked to the well linked)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វ៉ិចទ័រផ្ទាល់ (ភ្ជាប់ជាមួយអ្នកដែលភ្ជាប់ច្រើន)</translation>
    </message>
    <message>
        <source>PageRank (where the calls and money flow to)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>PageRank (ការហៅ និងប្រាក់ហូរទៅណា)</translation>
    </message>
    <message>
        <source>Separate networks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បណ្ដាញដាច់ដោយឡែក</translation>
    </message>
    <message>
        <source>Communities (Louvain)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សហគមន៍ (Louvain)</translation>
    </message>
    <message>
        <source>k-core (the densely linked core)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>k-core (ស្នូលដែលភ្ជាប់គ្នាក្រាស់)</translation>
    </message>
    <message>
        <source>Cut points (remove one and the network splits)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំណុចកាត់ (ដកមួយចេញ បណ្ដាញបែកចេញ)</translation>
    </message>
    <message>
        <source>Common contacts of the selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំនាក់ទំនងរួមនៃអង្គភាពដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Shortest path between two selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្លូវខ្លីបំផុតរវាងអង្គភាពពីរដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Five shortest paths between two selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្លូវខ្លីបំផុតប្រាំរវាងអង្គភាពពីរដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Journey in time between two selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដំណើរតាមពេលវេលារវាងអង្គភាពពីរដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Network connecting the selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បណ្ដាញដែលភ្ជាប់អង្គភាពដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Pass-through mules (money forwarded within the window)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គណនីឆ្លងកាត់ (ប្រាក់ផ្ទេរបន្តក្នុងចន្លោះពេល)</translation>
    </message>
    <message>
        <source>Fan-in (many counterparts paying or calling one, within the window)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រមូលចូល (ភាគីច្រើនបង់ ឬហៅទៅមួយ ក្នុងចន្លោះពេល)</translation>
    </message>
    <message>
        <source>Fan-out (one paying or calling many, within the window)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចែកចេញ (មួយបង់ ឬហៅទៅច្រើន ក្នុងចន្លោះពេល)</translation>
    </message>
    <message>
        <source>Devices used with several numbers (SIM boxes)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧបករណ៍ប្រើជាមួយលេខច្រើន (ប្រអប់ SIM)</translation>
    </message>
    <message>
        <source>Den membership hints for the selected member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តម្រុយសមាជិកក្រុមសម្រាប់សមាជិកដែលបានជ្រើស</translation>
    </message>
    <message>
        <source>Follow the money paid by the selected entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តាមដានប្រាក់ដែលអង្គភាពដែលបានជ្រើសបានបង់</translation>
    </message>
    <message>
        <source>Run</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដំណើរការ</translation>
    </message>
    <message>
        <source>Select all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសទាំងអស់</translation>
    </message>
    <message>
        <source>Add to chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមទៅតារាង</translation>
    </message>
    <message>
        <source>Size by</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំហំតាម</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពណ៌តាម</translation>
    </message>
    <message>
        <source>Select every listed entity that is on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសអង្គភាពក្នុងបញ្ជីទាំងអស់ដែលនៅលើតារាង។</translation>
    </message>
    <message>
        <source>Add the selected rows (or all) to the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមជួរដែលបានជ្រើស (ឬទាំងអស់) ទៅតារាង។</translation>
    </message>
    <message>
        <source>Draw the chart&apos;s entities larger the higher their value (undoable).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គូរអង្គភាពលើតារាងធំជាងមុនតាមតម្លៃខ្ពស់ (អាចមិនធ្វើវិញបាន)។</translation>
    </message>
    <message>
        <source>Colour the chart&apos;s entities by their value or group (undoable).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដាក់ពណ៌អង្គភាពលើតារាងតាមតម្លៃ ឬក្រុម (អាចមិនធ្វើវិញបាន)។</translation>
    </message>
    <message>
        <source>Entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>Longest wait between steps (hours, 0: any)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការរង់ចាំយូរបំផុតរវាងជំហាន (ម៉ោង, 0៖ ណាក៏បាន)</translation>
    </message>
    <message>
        <source>Time window in hours (0: 72 for mules, 24 for fans, a week for a trace)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចន្លោះពេលជាម៉ោង (0៖ 72 សម្រាប់គណនីឆ្លងកាត់, 24 សម្រាប់ប្រមូល/ចែក, មួយសប្ដាហ៍សម្រាប់ការតាមដានប្រាក់)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការវិភាគ</translation>
    </message>
    <message>
        <source>Select exactly two entities on the chart first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សូមជ្រើសអង្គភាពពីរគត់លើតារាងជាមុនសិន។</translation>
    </message>
    <message>
        <source>Select one entity on the chart first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សូមជ្រើសអង្គភាពមួយលើតារាងជាមុនសិន។</translation>
    </message>
    <message>
        <source>Select at least two entities on the chart first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សូមជ្រើសអង្គភាពយ៉ាងតិចពីរលើតារាងជាមុនសិន។</translation>
    </message>
    <message numerus="yes">
        <source>%n communities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>សហគមន៍ %n</numerusform>
            <numerusform>សហគមន៍ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>modularity %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ម៉ូឌុលភាព %1</translation>
    </message>
    <message numerus="yes">
        <source>%n separate networks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បណ្ដាញដាច់ដោយឡែក %n</numerusform>
            <numerusform>បណ្ដាញដាច់ដោយឡែក %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួនប្រាក់ជា %1។</translation>
    </message>
    <message numerus="yes">
        <source>%n entities connect the selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>អង្គភាព %n ភ្ជាប់ការជ្រើសរើស</numerusform>
            <numerusform>អង្គភាព %n ភ្ជាប់ការជ្រើសរើស</numerusform>
        </translation>
    </message>
    <message>
        <source>path %1, step %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្លូវ %1 ជំហាន %2</translation>
    </message>
    <message>
        <source>No path between the two entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានផ្លូវរវាងអង្គភាពទាំងពីរ។</translation>
    </message>
    <message numerus="yes">
        <source>%n hops</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ជំហាន</numerusform>
            <numerusform>%n ជំហាន</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n listed)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>(រាយ %n)</numerusform>
            <numerusform>(រាយ %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of %2, median hold %3 h</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1% នៃ %2, រយៈពេលកាន់មធ្យម %3 ម៉ោង</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts forward most of what they receive</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>គណនី %n ផ្ទេរបន្តភាគច្រើននៃអ្វីដែលទទួលបាន</numerusform>
            <numerusform>គណនី %n ផ្ទេរបន្តភាគច្រើននៃអ្វីដែលទទួលបាន</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ចាប់ពី %2</translation>
    </message>
    <message numerus="yes">
        <source>within %n hours</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ក្នុងរយៈពេល %n ម៉ោង</numerusform>
            <numerusform>ក្នុងរយៈពេល %n ម៉ោង</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (devices %2, contacts %3, places %4)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (ឧបករណ៍ %2, ទំនាក់ទំនង %3, ទីកន្លែង %4)</translation>
    </message>
    <message>
        <source>hints only: check the evidence before concluding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្រាន់តែជាតម្រុយ៖ ពិនិត្យភស្តុតាងមុនសន្និដ្ឋាន</translation>
    </message>
    <message>
        <source>paid</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ្នកបង់</translation>
    </message>
    <message>
        <source>No transfers paid by this entity.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាពនេះគ្មានការផ្ទេរប្រាក់ចេញទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts reached</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ប្រាក់ទៅដល់គណនី %n</numerusform>
            <numerusform>ប្រាក់ទៅដល់គណនី %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Size by %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំហំតាម %1</translation>
    </message>
    <message>
        <source>Colour by %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពណ៌តាម %1</translation>
    </message>
    <message>
        <source>Devices in the evidence of several sources (seized phones, operators)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧបករណ៍ក្នុងភស្តុតាងនៃប្រភពច្រើន (ទូរស័ព្ទដែលរឹបអូស, ប្រតិបត្តិករ)</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រាក់តាមពេលវេលា</translation>
    </message>
    <message>
        <source>Money in and out of the accounts listed (the selected rows, or all but the trace&apos;s start) taken as one, with the running balance</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រាក់ចូល និងចេញនៃគណនីក្នុងបញ្ជី (ជួរដែលបានជ្រើស ឬទាំងអស់ លើកលែងចំណុចចាប់ផ្ដើមនៃការតាមដាន) រួមជាមួយ ជាមួយសមតុល្យបន្ត</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) reached from %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>គណនី %n ដែលប្រាក់ពី %1 ទៅដល់</numerusform>
            <numerusform>គណនី %n ដែលប្រាក់ពី %1 ទៅដល់</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) together</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>គណនី %n រួមគ្នា</numerusform>
            <numerusform>គណនី %n រួមគ្នា</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidCallLogImporter</name>
    <message>
        <source>Android call log (calllog.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ហេតុការហៅ Android (calllog.db)</translation>
    </message>
</context>
<context>
    <name>sg::AndroidContactsImporter</name>
    <message>
        <source>Android contacts (contacts2.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ជីទំនាក់ទំនង Android (contacts2.db)</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts had been deleted on the device; they are imported all the same.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ទំនាក់ទំនង %n ត្រូវបានលុបលើឧបករណ៍ ប៉ុន្តែនៅតែត្រូវបាននាំចូល។</numerusform>
            <numerusform>ទំនាក់ទំនង %n ត្រូវបានលុបលើឧបករណ៍ ប៉ុន្តែនៅតែត្រូវបាននាំចូល។</numerusform>
        </translation>
    </message>
    <message>
        <source>The call log kept in this database was imported too.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ហេតុការហៅដែលរក្សាទុកក្នុងមូលដ្ឋានទិន្នន័យនេះក៏ត្រូវបាននាំចូលដែរ។</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) from %1 of the contact book.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ទំនាក់ទំនង %n ពី %1 នៃសៀវភៅទំនាក់ទំនង។</numerusform>
            <numerusform>ទំនាក់ទំនង %n ពី %1 នៃសៀវភៅទំនាក់ទំនង។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ធាតុ</numerusform>
            <numerusform>%n ធាតុ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidMessagesImporter</name>
    <message>
        <source>Android messages (mmssms.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សារ Android (mmssms.db)</translation>
    </message>
    <message>
        <source>The owner&apos;s number %1 is taken from the messages the device sent.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខរបស់ម្ចាស់ %1 យកពីសារដែលឧបករណ៍បានផ្ញើ។</translation>
    </message>
</context>
<context>
    <name>sg::AnxImporter</name>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជា XML ត្រឹមត្រូវទេ (បន្ទាត់ %2 ជួរឈរ %3)៖ %4</translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (ANX)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាង i2 Analyst&apos;s Notebook (ANX)</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចបើក %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងអាន %1</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការនាំចូល %1 ត្រូវបានបោះបង់។</translation>
    </message>
    <message>
        <source>%1 is not an i2 chart: it has no &lt;Chart&gt; element.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាគំនូសតាង i2 ទេ៖ គ្មានធាតុ &lt;Chart&gt;។</translation>
    </message>
    <message>
        <source>chart item %1 has neither an identity nor a label</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធាតុ %1 គ្មានអត្តសញ្ញាណ ឬស្លាកទេ</translation>
    </message>
    <message>
        <source>link %1 joins an item that is not in the chart (%2, %3)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំណ %1 ភ្ជាប់ធាតុដែលមិនមាននៅក្នុងគំនូសតាង (%2, %3)</translation>
    </message>
    <message>
        <source>link %1 has an unreadable date &quot;%2&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំណ %1 មានកាលបរិច្ឆេទមិនអាចអានបាន &quot;%2&quot;</translation>
    </message>
    <message>
        <source>link %1 has an unreadable amount &quot;%2&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំណ %1 មានចំនួនទឹកប្រាក់មិនអាចអានបាន &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 events and %2 declared links read from the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានអានព្រឹត្តិការណ៍ %1 និងតំណដែលបានប្រកាស %2 ពីគំនូសតាង។</translation>
    </message>
    <message>
        <source>The chart&apos;s times are UTC.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពេលវេលាក្នុងគំនូសតាងគឺ UTC។</translation>
    </message>
</context>
<context>
    <name>sg::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះបង់</translation>
    </message>
</context>
<context>
    <name>sg::BundleImporter</name>
    <message>
        <source>Seagull case bundle</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កញ្ចប់សំណុំរឿង Seagull</translation>
    </message>
    <message>
        <source>%1 is not a readable bundle: %2 at byte %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាកញ្ចប់ដែលអាចអានបានទេ៖ %2 នៅបៃ %3</translation>
    </message>
    <message>
        <source>%1 is not a Seagull bundle of a version this Seagull reads.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាកញ្ចប់ Seagull នៃកំណែដែល Seagull នេះអានបានទេ។</translation>
    </message>
    <message>
        <source>%1 was changed or damaged after it was made: its content does not match the SHA-256 it carries.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ត្រូវបានកែប្រែ ឬខូចបន្ទាប់ពីបង្កើត៖ ខ្លឹមសារមិនត្រូវនឹង SHA-256 ដែលវាផ្ទុកទេ។</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រំពឹង %1 ប៉ុន្តែឃើញ %2</translation>
    </message>
    <message>
        <source>Bundle made %1 by %2 (%3) for case %4 %5.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កញ្ចប់បង្កើតនៅ %1 ដោយ %2 (%3) សម្រាប់សំណុំរឿង %4 %5។</translation>
    </message>
    <message>
        <source>agency not named</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនបានដាក់ឈ្មោះស្ថាប័ន</translation>
    </message>
    <message>
        <source>Bundle content SHA-256 %1 (checked).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SHA-256 នៃខ្លឹមសារកញ្ចប់ %1 (បានពិនិត្យ)។</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំ៖ %1</translation>
    </message>
    <message>
        <source>Original source: %1 (%2, imported %3 by %4, SHA-256 %5)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភពដើម៖ %1 (%2 នាំចូលនៅ %3 ដោយ %4, SHA-256 %5)</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មាន</translation>
    </message>
    <message>
        <source>entity %1 has no known type or no key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព %1 គ្មានប្រភេទដែលស្គាល់ ឬគ្មានកូនសោ</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការនាំចូល %1 ត្រូវបានបោះបង់។</translation>
    </message>
    <message>
        <source>event %1 names an unknown type or entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្រឹត្តិការណ៍ %1 ដាក់ឈ្មោះប្រភេទ ឬអង្គភាពមិនស្គាល់</translation>
    </message>
    <message>
        <source>event %1 has an unreadable amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្រឹត្តិការណ៍ %1 មានចំនួនទឹកប្រាក់មិនអាចអានបាន</translation>
    </message>
    <message>
        <source>a declared link names an unknown kind or entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំណដែលបានប្រកាសមួយដាក់ឈ្មោះប្រភេទ ឬអង្គភាពមិនស្គាល់</translation>
    </message>
</context>
<context>
    <name>sg::CaseEditing</name>
    <message>
        <source>&amp;New entity…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព&amp;ថ្មី…</translation>
    </message>
    <message>
        <source>Add a person, den, organisation, vehicle, document, number or account the case does not have</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមមនុស្ស ទីតាំងបោកប្រាស់ អង្គការ យានយន្ត ឯកសារ លេខ ឬគណនីដែលសំណុំរឿងមិនទាន់មាន</translation>
    </message>
    <message>
        <source>&amp;Edit entity…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;កែអង្គភាព…</translation>
    </message>
    <message>
        <source>&amp;Delete from the case…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;លុបចេញពីសំណុំរឿង…</translation>
    </message>
    <message>
        <source>&amp;Link the two selected…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;ភ្ជាប់អង្គភាពទាំងពីរដែលបានជ្រើស…</translation>
    </message>
    <message>
        <source>&amp;Merge the selected…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;បញ្ចូលអង្គភាពដែលបានជ្រើស…</translation>
    </message>
    <message>
        <source>&amp;Split the last merge</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;បំបែកការបញ្ចូលចុងក្រោយ</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្វែងរក&amp;ស្ទួន…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;ស្លាក…</translation>
    </message>
    <message>
        <source>Note on the entity…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំលើអង្គភាព…</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភ្ជាប់ឯកសារ…</translation>
    </message>
    <message>
        <source>Add to a &amp;den…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមទៅ&amp;ទីតាំងបោកប្រាស់…</translation>
    </message>
    <message>
        <source>Tie the selected people, phones, devices and accounts to a den (compound)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភ្ជាប់មនុស្ស ទូរស័ព្ទ ឧបករណ៍ និងគណនីដែលបានជ្រើសទៅទីតាំងបោកប្រាស់ (បរិវេណ)</translation>
    </message>
    <message>
        <source>Den page…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រទីតាំងបោកប្រាស់…</translation>
    </message>
    <message>
        <source>Select by tag</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសតាមស្លាក</translation>
    </message>
    <message>
        <source>New entity here</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាពថ្មីនៅទីនេះ</translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានអង្គភាព %1 ក្នុងសំណុំរឿងទេ។</translation>
    </message>
    <message>
        <source>Case data</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទិន្នន័យសំណុំរឿង</translation>
    </message>
    <message>
        <source>New %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ថ្មី</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កែ %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>លុបអង្គភាព %n ចេញពីសំណុំរឿង</numerusform>
            <numerusform>លុបអង្គភាព %n ចេញពីសំណុំរឿង</numerusform>
        </translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំណ៖ %1</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បញ្ចូលអង្គភាព %n</numerusform>
            <numerusform>បញ្ចូលអង្គភាព %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was merged into this entity.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានអ្វីត្រូវបានបញ្ចូលទៅអង្គភាពនេះទេ។</translation>
    </message>
    <message>
        <source>Split</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បំបែក</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្លាក &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add to den</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមទៅទីតាំងបោកប្រាស់</translation>
    </message>
    <message>
        <source>Delete from the case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លុបចេញពីសំណុំរឿង</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>លុបអង្គភាព %n ចេញពីសំណុំរឿងឬ?</numerusform>
            <numerusform>លុបអង្គភាព %n ចេញពីសំណុំរឿងឬ?</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave search, expansion, analysis and every chart. The %1 events they take part in stay in the case (evidence is never removed), and %2 links are hidden with them. Edit → Undo brings them back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពួកវាចាកចេញពីការស្វែងរក ការពង្រីក ការវិភាគ និងគ្រប់គំនូសតាង។ ព្រឹត្តិការណ៍ %1 ដែលពួកវាចូលរួមនៅតែក្នុងសំណុំរឿង (ភស្តុតាងមិនដែលត្រូវលុប) ហើយតំណ %2 ត្រូវលាក់ជាមួយ។ កែ → មិនធ្វើវិញ នាំពួកវាត្រឡប់មកវិញ។</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លុប</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ្វីដែលអាចស្ទួន</translation>
    </message>
    <message>
        <source>Entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ហេតុអ្វី</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates. Nothing is merged unless you merge it, with a reason.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បេក្ខជន %n។ គ្មានអ្វីត្រូវបញ្ចូលទេ លុះត្រាអ្នកបញ្ចូលវា ជាមួយហេតុផល។</numerusform>
            <numerusform>បេក្ខជន %n។ គ្មានអ្វីត្រូវបញ្ចូលទេ លុះត្រាអ្នកបញ្ចូលវា ជាមួយហេតុផល។</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ចូល…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្លាក</translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %n selected entities:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ស្លាកសម្រាប់អង្គភាព %n ដែលបានជ្រើស៖</numerusform>
            <numerusform>ស្លាកសម្រាប់អង្គភាព %n ដែលបានជ្រើស៖</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំលើអង្គភាព</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភ្ជាប់ឯកសារ</translation>
    </message>
    <message>
        <source>Photographs and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រូបថត និងឯកសារស្កេន (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>A new den…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទីតាំងបោកប្រាស់ថ្មី…</translation>
    </message>
    <message>
        <source>Add to a den</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមទៅទីតាំងបោកប្រាស់</translation>
    </message>
    <message numerus="yes">
        <source>The den (compound) for the %n selected entities:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ទីតាំងបោកប្រាស់ (បរិវេណ) សម្រាប់អង្គភាព %n ដែលបានជ្រើស៖</numerusform>
            <numerusform>ទីតាំងបោកប្រាស់ (បរិវេណ) សម្រាប់អង្គភាព %n ដែលបានជ្រើស៖</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនទាន់មានស្លាក</translation>
    </message>
    <message>
        <source>&amp;Case notes…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំ&amp;សំណុំរឿង…</translation>
    </message>
    <message>
        <source>Notes on the whole case, with who wrote them and when</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំលើសំណុំរឿងទាំងមូល ជាមួយអ្នកសរសេរ និងពេលវេលា</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំសំណុំរឿង</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No case notes yet.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនទាន់មានកំណត់ចំណាំសំណុំរឿង។</translation>
    </message>
    <message>
        <source>A new note on the case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំថ្មីលើសំណុំរឿង</translation>
    </message>
    <message>
        <source>Merging entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងបញ្ចូលអង្គភាព</translation>
    </message>
    <message>
        <source>Splitting the merge</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងបំបែកការបញ្ចូល</translation>
    </message>
    <message>
        <source>The merge into %1 is no longer in force; nothing was split.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការបញ្ចូលទៅក្នុង %1 លែងមានសុពលភាពហើយ គ្មានអ្វីត្រូវបានបំបែកទេ។</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងស្វែងរកធាតុស្ទួន</translation>
    </message>
</context>
<context>
    <name>sg::CaseEditor</name>
    <message>
        <source>The case is open for reading only here.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សំណុំរឿងបើកសម្រាប់អានតែប៉ុណ្ណោះនៅទីនេះ។</translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានអង្គភាព %1 ក្នុងសំណុំរឿងទេ។</translation>
    </message>
    <message>
        <source>The analyst&apos;s entry could not be recorded in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចកត់ត្រាការបញ្ចូលរបស់អ្នកវិភាគក្នុងសំណុំរឿងបានទេ។</translation>
    </message>
    <message>
        <source>The search index could not be updated.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចធ្វើបច្ចុប្បន្នភាពលិបិក្រមស្វែងរកបានទេ។</translation>
    </message>
    <message>
        <source>The links could not be rebuilt.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសាងសង់តំណឡើងវិញបានទេ។</translation>
    </message>
    <message>
        <source>A %1 needs its number or identifier.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ត្រូវការលេខ ឬអត្តសញ្ញាណរបស់វា។</translation>
    </message>
    <message>
        <source>Give the %1 a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដាក់ឈ្មោះឱ្យ %1។</translation>
    </message>
    <message>
        <source>The number %1 does not validate for region %2; it is kept as entered.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខ %1 មិនត្រឹមត្រូវសម្រាប់តំបន់ %2; វាត្រូវរក្សាទុកដូចដែលបានបញ្ចូល។</translation>
    </message>
    <message>
        <source>The IMEI %1 is not 15 digits with a correct check digit; it is kept as entered.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMEI %1 មិនមែនជាលេខ 15 ខ្ទង់ដែលមានលេខត្រួតពិនិត្យត្រឹមត្រូវ; វាត្រូវរក្សាទុកដូចដែលបានបញ្ចូល។</translation>
    </message>
    <message>
        <source>The date %1 (%2) is in the future.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាលបរិច្ឆេទ %1 (%2) នៅអនាគត។</translation>
    </message>
    <message>
        <source>%1 is already in the case; what was entered is added to it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មានក្នុងសំណុំរឿងរួចហើយ; អ្វីដែលបានបញ្ចូលត្រូវបន្ថែមទៅវា។</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានឯកសារករណីបានទេ។</translation>
    </message>
    <message>
        <source>The entity could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកអង្គភាពបានទេ។</translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកឈ្មោះផ្សេងបានទេ។</translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកលក្ខណៈបានទេ។</translation>
    </message>
    <message>
        <source>The name could not be changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចប្ដូរឈ្មោះបានទេ។</translation>
    </message>
    <message>
        <source>The attribute needs a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លក្ខណៈត្រូវការឈ្មោះ។</translation>
    </message>
    <message>
        <source>The attribute could not be changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចប្ដូរលក្ខណៈបានទេ។</translation>
    </message>
    <message>
        <source>Links of events come from the events; state a kind of link.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំណនៃព្រឹត្តិការណ៍មកពីព្រឹត្តិការណ៍; សូមបញ្ជាក់ប្រភេទតំណ។</translation>
    </message>
    <message>
        <source>A link needs two different entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំណត្រូវការអង្គភាពពីរផ្សេងគ្នា។</translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; link that one.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព %1 ត្រូវបានបញ្ចូលទៅ %2; សូមភ្ជាប់អង្គភាពនោះ។</translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round (%1 after %2).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាលបរិច្ឆេទនៃតំណបញ្ច្រាស (%1 ក្រោយ %2)។</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាលបរិច្ឆេទ %1 នៅអនាគត។</translation>
    </message>
    <message>
        <source>The link could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកតំណបានទេ។</translation>
    </message>
    <message>
        <source>%1 is not a location: a den is a place.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាទីតាំងទេ៖ ទីតាំងបោកប្រាស់គឺជាកន្លែង។</translation>
    </message>
    <message>
        <source>Link %1 has no statement by the analyst to take back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំណ %1 គ្មានសេចក្ដីថ្លែងរបស់អ្នកវិភាគដើម្បីដកវិញទេ។</translation>
    </message>
    <message>
        <source>The link could not be taken back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចដកតំណវិញបានទេ។</translation>
    </message>
    <message>
        <source>Entity %1 is deleted already.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព %1 ត្រូវបានលុបរួចហើយ។</translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; split the merge instead.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព %1 ត្រូវបានបញ្ចូលទៅ %2; សូមបំបែកការបញ្ចូលជំនួសវិញ។</translation>
    </message>
    <message>
        <source>The entity could not be deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចលុបអង្គភាពបានទេ។</translation>
    </message>
    <message>
        <source>Entity %1 is not deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព %1 មិនត្រូវបានលុបទេ។</translation>
    </message>
    <message>
        <source>The entity could not be restored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចស្ដារអង្គភាពបានទេ។</translation>
    </message>
    <message>
        <source>A merge needs a reason.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការបញ្ចូលត្រូវការហេតុផល។</translation>
    </message>
    <message>
        <source>Name the entities to merge into %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ជាក់អង្គភាពដែលត្រូវបញ្ចូលទៅ %1។</translation>
    </message>
    <message>
        <source>Entity %1 cannot be merged into itself.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព %1 មិនអាចបញ្ចូលទៅខ្លួនឯងបានទេ។</translation>
    </message>
    <message>
        <source>%1 is a %2 and %3 a %4: only entities of one type can be merged.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 គឺ %2 ហើយ %3 គឺ %4៖ អាចបញ្ចូលបានតែអង្គភាពប្រភេទតែមួយ។</translation>
    </message>
    <message>
        <source>Entity %1 is deleted; restore it before merging.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព %1 ត្រូវបានលុប; សូមស្ដារវាមុនពេលបញ្ចូល។</translation>
    </message>
    <message>
        <source>Entity %1 is already merged into %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព %1 ត្រូវបានបញ្ចូលទៅ %2 រួចហើយ។</translation>
    </message>
    <message>
        <source>The merge could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរការបញ្ចូលបានទេ។</translation>
    </message>
    <message>
        <source>There is no merge %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានការបញ្ចូល %1 ក្នុងសំណុំរឿងទេ។</translation>
    </message>
    <message>
        <source>Merge %1 was already split.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការបញ្ចូល %1 ត្រូវបានបំបែករួចហើយ។</translation>
    </message>
    <message>
        <source>Entity %1 had a later merge (%2); split that first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព %1 មានការបញ្ចូលក្រោយ (%2); សូមបំបែកវាមុន។</translation>
    </message>
    <message>
        <source>The split could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរការបំបែកបានទេ។</translation>
    </message>
    <message>
        <source>The number %1, kept as written, has the same digits as %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខ %1 ដែលរក្សាទុកដូចសរសេរ មានខ្ទង់ដូច %2។</translation>
    </message>
    <message>
        <source>IMEIs with the same first 14 digits (%1).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMEI ដែលមាន 14 ខ្ទង់ដំបូងដូចគ្នា (%1)។</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្លាកត្រូវការឈ្មោះ។</translation>
    </message>
    <message>
        <source>The colour %1 is not of the form #rrggbb.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពណ៌ %1 មិនមែនជាទម្រង់ #rrggbb ទេ។</translation>
    </message>
    <message>
        <source>The tag could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកស្លាកបានទេ។</translation>
    </message>
    <message>
        <source>The tag could not be removed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចដកស្លាកចេញបានទេ។</translation>
    </message>
    <message>
        <source>The note could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកកំណត់ចំណាំបានទេ។</translation>
    </message>
    <message>
        <source>There is no note %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានកំណត់ចំណាំ %1 ក្នុងសំណុំរឿងទេ។</translation>
    </message>
    <message>
        <source>The note could not be changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចប្ដូរកំណត់ចំណាំបានទេ។</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានឯកសារ %1 បានទេ។</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; attachments are kept inside the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារ %1 ធំជាង %2 MB; ឯកសារភ្ជាប់ត្រូវរក្សាទុកក្នុងសំណុំរឿង។</translation>
    </message>
    <message>
        <source>The attachment could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកឯកសារភ្ជាប់បានទេ។</translation>
    </message>
    <message>
        <source>There is no attachment %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានឯកសារភ្ជាប់ %1 ក្នុងសំណុំរឿងទេ។</translation>
    </message>
    <message>
        <source>Attachment %1 no longer matches its SHA-256.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារភ្ជាប់ %1 លែងត្រូវនឹង SHA-256 របស់វា។</translation>
    </message>
    <message>
        <source>Names that read alike (%1): %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះដែលអានដូចគ្នា (%1)៖ %2។</translation>
    </message>
    <message>
        <source>The same first and last names (%1): %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាមខ្លួន និងនាមត្រកូលដូចគ្នា (%1)៖ %2។</translation>
    </message>
    <message>
        <source>Names that sound alike in different spellings: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះដែលបញ្ចេញសំឡេងស្រដៀងគ្នា តែសរសេរខុសគ្នា៖ %1។</translation>
    </message>
    <message>
        <source>A name or identifier can have at most %1 characters.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះ ឬលេខសម្គាល់ អាចមានយ៉ាងច្រើន %1 តួអក្សរ។</translation>
    </message>
    <message>
        <source>The merge was stopped; the case is as it was.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការបញ្ចូលត្រូវបានបញ្ឈប់ ករណីនៅដដែលដូចមុន។</translation>
    </message>
    <message>
        <source>The split was stopped; the case is as it was.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការបំបែកត្រូវបានបញ្ឈប់ ករណីនៅដដែលដូចមុន។</translation>
    </message>
    <message>
        <source>The search for duplicates was stopped.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការស្វែងរកធាតុស្ទួនត្រូវបានបញ្ឈប់។</translation>
    </message>
</context>
<context>
    <name>sg::CaseStore</name>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មានឯកសារឈ្មោះ %1 រួចហើយ សូមជ្រើសឈ្មោះផ្សេង។</translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារករណី %1 មិនមានទេ។</translation>
    </message>
    <message>
        <source>%1 is not a Seagull case file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាឯកសារករណី Seagull ទេ។</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seagull; update Seagull to open it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ត្រូវបានសរសេរដោយ Seagull កំណែថ្មីជាង សូមធ្វើបច្ចុប្បន្នភាព Seagull ដើម្បីបើក។</translation>
    </message>
    <message>
        <source>%1 must be upgraded before it can be opened read-only.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ត្រូវតែធ្វើឱ្យប្រសើរសិន ទើបអាចបើកបានតែអាន។</translation>
    </message>
    <message>
        <source>The case file could not be upgraded to version %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចធ្វើឱ្យឯកសារករណីប្រសើរដល់កំណែ %1 បានទេ។</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានឯកសារករណីបានទេ។</translation>
    </message>
    <message>
        <source>The case properties could not be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកលក្ខណៈសម្បត្តិករណីបានទេ។</translation>
    </message>
    <message>
        <source>The case is open read-only.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ករណីត្រូវបានបើកសម្រាប់តែអាន។</translation>
    </message>
    <message>
        <source>No entity %1 in this case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានអង្គភាព %1 ក្នុងករណីនេះទេ។</translation>
    </message>
    <message>
        <source>The search could not be run.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចដំណើរការការស្វែងរកបានទេ។</translation>
    </message>
    <message>
        <source>The neighbours could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានអង្គភាពជិតខាងបានទេ។</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកគំនូសតាងបានទេ។</translation>
    </message>
    <message>
        <source>The chart %1 does not exist in this case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាង %1 មិនមានក្នុងករណីនេះទេ។</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានកំណត់ហេតុសវនកម្មបានទេ។</translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរកំណត់ហេតុសវនកម្មបានទេ។</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: entries were removed or reordered.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធាតុសវនកម្ម %1 មិនបន្តពីធាតុមុនទេ៖ ធាតុត្រូវបានលុប ឬប្តូរលំដាប់។</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធាតុសវនកម្ម %1 ត្រូវបានកែប្រែក្រោយពេលសរសេរ។</translation>
    </message>
    <message>
        <source>Checking the case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងពិនិត្យឯកសារករណី</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការពិនិត្យភាពត្រឹមត្រូវ SQLite៖ %1</translation>
    </message>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចដំណើរការការពិនិត្យភាពត្រឹមត្រូវ SQLite បានទេ៖ %1</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានបញ្ឈប់ដោយអ្នកប្រើ។</translation>
    </message>
    <message>
        <source>Source %1 (%2) is not available at %3; its hash was not checked.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព %1 (%2) មិនមាននៅ %3 ទេ មិនបានពិនិត្យតម្លៃហាសទេ។</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងគណនាហាសនៃ %1</translation>
    </message>
    <message>
        <source>Source %1 (%2) could not be read: %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានប្រភព %1 (%2) បានទេ៖ %3</translation>
    </message>
    <message>
        <source>Source %1 (%2) has changed since import: SHA-256 %3, recorded %4.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព %1 (%2) បានផ្លាស់ប្តូរតាំងពីនាំចូល៖ SHA-256 %3 កត់ត្រា %4។</translation>
    </message>
    <message>
        <source>Source %1 (%2): SHA-256 matches.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព %1 (%2)៖ SHA-256 ត្រូវគ្នា។</translation>
    </message>
    <message>
        <source>Cannot open the case file %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចបើកឯកសារករណី %1 បានទេ។</translation>
    </message>
    <message>
        <source>The case file could not be updated.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចធ្វើបច្ចុប្បន្នភាពឯកសារករណីបានទេ។</translation>
    </message>
    <message>
        <source>A mapping needs a name to be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្គូផ្គងត្រូវការឈ្មោះដើម្បីរក្សាទុក។</translation>
    </message>
    <message>
        <source>The mapping could not be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកការផ្គូផ្គងបានទេ។</translation>
    </message>
    <message>
        <source>The owners could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានម្ចាស់បានទេ។</translation>
    </message>
    <message>
        <source>The chart could not be renamed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចប្តូរឈ្មោះគំនូសតាងបានទេ។</translation>
    </message>
    <message>
        <source>The chart could not be deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចលុបគំនូសតាងបានទេ។</translation>
    </message>
    <message>
        <source>Reading entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងអានអង្គភាព</translation>
    </message>
    <message>
        <source>Reading links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងអានតំណ</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងអានព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>%1 cannot be read where it is: its folder cannot be written and it has unsaved changes in %1-wal. Copy both files to a writable folder and open the copy.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអាន %1 នៅទីតាំងនេះបានទេ៖ ថតរបស់វាមិនអាចសរសេរបាន ហើយមានការផ្លាស់ប្តូរមិនទាន់បញ្ចូលក្នុង %1-wal។ ចម្លងឯកសារទាំងពីរទៅថតដែលអាចសរសេរបាន ហើយបើកច្បាប់ចម្លង។</translation>
    </message>
    <message>
        <source>%1 was written by an older Seagull and must be upgraded, but it cannot be written here. Copy it to a writable folder and open the copy.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ត្រូវបានសរសេរដោយ Seagull ចាស់ ហើយត្រូវធ្វើឱ្យប្រសើរ ប៉ុន្តែមិនអាចសរសេរនៅទីនេះបានទេ។ ចម្លងវាទៅថតដែលអាចសរសេរបាន ហើយបើកច្បាប់ចម្លង។</translation>
    </message>
    <message>
        <source>The case holds the %1 &quot;%2&quot;, which Seagull never makes; a case file carries no executable content.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ករណីមាន %1 &quot;%2&quot; ដែល Seagull មិនដែលបង្កើត ឯកសារករណីមិនផ្ទុកមាតិកាដែលអាចប្រតិបត្តិបានទេ។</translation>
    </message>
    <message>
        <source>The guard &quot;%1&quot; that keeps the audit log from being changed is missing.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧបករណ៍ការពារ &quot;%1&quot; ដែលការពារកំណត់ហេតុសវនកម្មពីការផ្លាស់ប្តូរ បាត់។</translation>
    </message>
    <message>
        <source>The case file %1 cannot be written: it is read-only, or on a read-only disk or folder. Nothing was changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរឯកសារករណី %1 បានទេ៖ វាអាចអានបានតែប៉ុណ្ណោះ ឬនៅលើថាស ឬថតដែលអាចអានបានតែប៉ុណ្ណោះ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed: make room and try again.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថាសដែលផ្ទុក %1 ពេញ។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ៖ សូមបង្កើតទំហំទំនេរ ហើយព្យាយាមម្តងទៀត។</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk may be full, the file too large for it, or the disk failing. Nothing was changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរ %1 បានទេ៖ ថាសអាចពេញ ឯកសារធំពេកសម្រាប់វា ឬថាសខូច។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the events is missing: every record is there, but expanding and reading them would be slow.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សន្ទស្សន៍ &quot;%1&quot; នៃព្រឹត្តិការណ៍បាត់៖ កំណត់ត្រាទាំងអស់នៅដដែល ប៉ុន្តែការពង្រីក និងការអាននឹងយឺត។</translation>
    </message>
    <message>
        <source>Row %1 of the table &quot;%2&quot; refers to a row of &quot;%3&quot; that is not in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជួរ %1 នៃតារាង &quot;%2&quot; យោងទៅជួរមួយនៃ &quot;%3&quot; ដែលមិនមាននៅក្នុងសំណុំរឿង។</translation>
    </message>
    <message>
        <source>SQLite foreign-key check could not run: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចដំណើរការការត្រួតពិនិត្យសោបរទេសរបស់ SQLite បានទេ៖ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) refer to rows that are not in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ជួរ %n ទៀតយោងទៅជួរដែលមិនមាននៅក្នុងសំណុំរឿង។</numerusform>
            <numerusform>ជួរ %n ទៀតយោងទៅជួរដែលមិនមាននៅក្នុងសំណុំរឿង។</numerusform>
        </translation>
    </message>
    <message>
        <source>rows written: %1 of %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជួរដែលបានសរសេរ៖ %1 ក្នុងចំណោម %2</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the links is missing: every link is there, but expanding would be slow.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សន្ទស្សន៍ &quot;%1&quot; នៃតំណបាត់៖ តំណទាំងអស់នៅដដែល ប៉ុន្តែការពង្រីកនឹងយឺត។</translation>
    </message>
    <message>
        <source>The events could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានព្រឹត្តិការណ៍បានទេ។</translation>
    </message>
</context>
<context>
    <name>sg::CdrCsvImporter</name>
    <message>
        <source>it is not a text file (it contains binary data)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វាមិនមែនជាឯកសារអត្ថបទទេ (មានទិន្នន័យគោលពីរ)</translation>
    </message>
    <message>
        <source>Call records (CSV)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ត្រាការហៅ (CSV)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចនាំចូល %1 បានទេ៖ %2។</translation>
    </message>
    <message>
        <source>%1 has no recognisable call-record columns: it needs the two parties (such as &quot;Calling Number&quot; and &quot;Called Number&quot;, or &quot;MSISDN&quot; and &quot;Other Party&quot;) and a date.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 គ្មានជួរឈរកំណត់ត្រាការហៅដែលស្គាល់ទេ៖ ត្រូវការភាគីទាំងពីរ (ដូចជា &quot;Calling Number&quot; និង &quot;Called Number&quot; ឬ &quot;MSISDN&quot; និង &quot;Other Party&quot;) និងកាលបរិច្ឆេទ។</translation>
    </message>
    <message>
        <source>no header row found in the first %1 lines</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រកមិនឃើញជួរក្បាលក្នុង %1 បន្ទាត់ដំបូងទេ</translation>
    </message>
    <message>
        <source>best header row: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជួរក្បាលដែលប្រហាក់ប្រហែលបំផុត៖ %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអាន %1 បានទេ។</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់តំបន់ម៉ោង &quot;%1&quot;។</translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រើឈ្មោះ IANA ដូចជា Asia/Phnom_Penh</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជួរឈរ៖ %1</translation>
    </message>
    <message>
        <source>The file has dates without times; events are placed at midnight.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារមានកាលបរិច្ឆេទគ្មានម៉ោង ព្រឹត្តិការណ៍ត្រូវបានដាក់នៅពាក់កណ្តាលអធ្រាត្រ។</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងអាន %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រំពឹង %1 វាល ប៉ុន្តែរកឃើញ %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វាលក្នុងសញ្ញាសម្រង់មិនត្រូវបានបិទទេ</translation>
    </message>
    <message>
        <source>the %1 number is empty</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខ %1 ទទេ</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានកាលបរិច្ឆេទ &quot;%1&quot; បានទេ</translation>
    </message>
    <message>
        <source>cannot read the time &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានម៉ោង &quot;%1&quot; បានទេ</translation>
    </message>
    <message>
        <source>cannot read the duration &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានរយៈពេល &quot;%1&quot; បានទេ</translation>
    </message>
    <message>
        <source>the file has a header but no records</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារមានក្បាល ប៉ុន្តែគ្មានកំណត់ត្រា</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាត់ %1៖ %2</translation>
    </message>
    <message>
        <source>No record of %1 could be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានកំណត់ត្រាណាមួយនៃ %1 បានទេ។</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់ការអ៊ិនកូដអត្ថបទ &quot;%1&quot;។</translation>
    </message>
    <message>
        <source>known encodings: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការអ៊ិនកូដដែលស្គាល់៖ %1</translation>
    </message>
    <message>
        <source>Read with the mapping &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អានដោយការផ្គូផ្គង &quot;%1&quot;។</translation>
    </message>
    <message>
        <source>No date says whether the day or the month comes first; they are read as day/month/year. If that is wrong, import the file with a call-record mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានកាលបរិច្ឆេទណាប្រាប់ថាថ្ងៃ ឬខែមកមុនទេ ពួកវាត្រូវបានអានជា ថ្ងៃ/ខែ/ឆ្នាំ។ បើខុស សូមនាំចូលឯកសារដោយការផ្គូផ្គងកំណត់ត្រាការហៅដែល &quot;time&quot; ជា &quot;mdy&quot;។</translation>
    </message>
</context>
<context>
    <name>sg::CellSiteImporter</name>
    <message>
        <source>Cell-site tables (CSV, XLSX)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តារាងស្ថានីយ៍កោសិកា (CSV, XLSX)</translation>
    </message>
    <message>
        <source>%1: cell sites, the cell known by its column &quot;%2&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ ស្ថានីយ៍កោសិកា កោសិកាត្រូវបានស្គាល់ដោយជួរឈរ &quot;%2&quot;។</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងអាន %1</translation>
    </message>
    <message>
        <source>no cell id</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានលេខកោសិកា</translation>
    </message>
    <message>
        <source>cell %1 has no coordinates</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កោសិកា %1 គ្មានកូអរដោនេ</translation>
    </message>
    <message>
        <source>cell %1: the coordinates &quot;%2, %3&quot; are not a place on Earth</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កោសិកា %1៖ កូអរដោនេ &quot;%2, %3&quot; មិនមែនជាទីតាំងលើផែនដីទេ</translation>
    </message>
    <message>
        <source>%1 has no cell-site table (a cell id with latitude and longitude).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 គ្មានតារាងស្ថានីយ៍កោសិកា (លេខកោសិកាជាមួយរយៈទទឹង និងរយៈបណ្តោយ)។</translation>
    </message>
    <message>
        <source>No cell site of %1 could be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានស្ថានីយ៍កោសិកាណាមួយនៃ %1 បានទេ។</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាត់ %1៖ %2</translation>
    </message>
</context>
<context>
    <name>sg::ChartDocument</name>
    <message>
        <source>Remove %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដកចេញ %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ដកអង្គភាព %n ចេញ</numerusform>
            <numerusform>ដកអង្គភាព %n ចេញ</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្លង់ (%1)</translation>
    </message>
    <message>
        <source>The saved chart cannot be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានគំនូសតាងដែលបានរក្សាទុកបានទេ។</translation>
    </message>
    <message>
        <source>The chart was saved by a newer version of Seagull.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាងត្រូវបានរក្សាទុកដោយ Seagull កំណែថ្មីជាង។</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ផ្លាស់ទី %n ធាតុ</numerusform>
            <numerusform>ផ្លាស់ទី %n ធាតុ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pin %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ខ្ទាស់ %n អង្គភាព</numerusform>
            <numerusform>ខ្ទាស់ %n អង្គភាព</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ដកខ្ទាស់ %n អង្គភាព</numerusform>
            <numerusform>ដកខ្ទាស់ %n អង្គភាព</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>លាក់ %n អង្គភាព</numerusform>
            <numerusform>លាក់ %n អង្គភាព</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បង្ហាញ %n អង្គភាព</numerusform>
            <numerusform>បង្ហាញ %n អង្គភាព</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the colour of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>កំណត់ពណ៌នៃ %n អង្គភាព</numerusform>
            <numerusform>កំណត់ពណ៌នៃ %n អង្គភាព</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the icon of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>កំណត់រូបតំណាងនៃ %n អង្គភាព</numerusform>
            <numerusform>កំណត់រូបតំណាងនៃ %n អង្គភាព</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %n entities as &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ដាក់ %n អង្គភាពជាក្រុម &quot;%1&quot;</numerusform>
            <numerusform>ដាក់ %n អង្គភាពជាក្រុម &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Ungroup &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បំបែកក្រុម &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Collapse &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្រួម &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Expand group &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពង្រីកក្រុម &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename group to &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្តូរឈ្មោះក្រុមទៅ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កែកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លុបកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Show one link per pair</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញតំណមួយក្នុងមួយគូ</translation>
    </message>
    <message>
        <source>Show one link per direction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញតំណមួយក្នុងមួយទិស</translation>
    </message>
    <message>
        <source>Show one link per event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញតំណមួយក្នុងមួយព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>Draw links at a fixed width</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គូរតំណដោយទទឹងថេរ</translation>
    </message>
    <message>
        <source>Draw link widths by count</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គូរទទឹងតំណតាមចំនួនដង</translation>
    </message>
    <message>
        <source>Draw link widths by amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គូរទទឹងតំណតាមចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Show replaced entities again</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញអង្គភាពដែលបានជំនួសម្តងទៀត</translation>
    </message>
</context>
<context>
    <name>sg::ChartExpander</name>
    <message>
        <source>No entity %1 in this case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានអង្គភាព %1 ក្នុងករណីនេះទេ។</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែម %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បន្ថែមអង្គភាព %n</numerusform>
            <numerusform>បន្ថែមអង្គភាព %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពង្រីក %1</translation>
    </message>
    <message numerus="yes">
        <source>Expand %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ពង្រីកអង្គភាព %n</numerusform>
            <numerusform>ពង្រីកអង្គភាព %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show owners instead of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បង្ហាញម្ចាស់ជំនួសឱ្យ %n អង្គភាព</numerusform>
            <numerusform>បង្ហាញម្ចាស់ជំនួសឱ្យ %n អង្គភាព</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the parties of %n events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បន្ថែមភាគីនៃ %n ព្រឹត្តិការណ៍</numerusform>
            <numerusform>បន្ថែមភាគីនៃ %n ព្រឹត្តិការណ៍</numerusform>
        </translation>
    </message>
    <message>
        <source>The expansion was stopped; the chart is as it was.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការពង្រីកត្រូវបានបញ្ឈប់ គំនូសតាងនៅដដែលដូចមុន។</translation>
    </message>
    <message>
        <source>Adding to the chart was stopped; the chart is as it was.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការបន្ថែមទៅក្នុងគំនូសតាងត្រូវបានបញ្ឈប់ គំនូសតាងនៅដដែល។</translation>
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
        <translation>ក្រុមដែលបានបង្រួម៖ ចុចពីរដងដើម្បីបើក</translation>
    </message>
    <message>
        <source>Group box: drag its frame to move it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រអប់ក្រុម៖ អូសស៊ុមដើម្បីផ្លាស់ទី</translation>
    </message>
    <message>
        <source>%1: events between the two, arrow towards the receiver; the label counts them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ ព្រឹត្តិការណ៍រវាងទាំងពីរ ព្រួញចង្អុលទៅអ្នកទទួល ស្លាករាប់ចំនួន</translation>
    </message>
    <message>
        <source>Hub: more neighbours in the case than the chart&apos;s hub limit (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មជ្ឈមណ្ឌល៖ មានអ្នកជិតខាងក្នុងសំណុំរឿងច្រើនជាងដែនកំណត់មជ្ឈមណ្ឌលនៃគំនូសតាង (%1)</translation>
    </message>
    <message>
        <source>+N: neighbours not yet on the chart; double-click to add the next ones</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>+N៖ អ្នកជិតខាងដែលមិនទាន់នៅលើគំនូសតាង; ចុចពីរដងដើម្បីបន្ថែមបន្ទាប់</translation>
    </message>
    <message>
        <source>Pin: layouts keep the entity where it is</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ខ្ទាស់៖ ប្លង់រក្សាអង្គភាពនៅកន្លែងដដែល</translation>
    </message>
    <message>
        <source>Coloured ring: a colour chosen by the analyst</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រង្វង់ពណ៌៖ ពណ៌ដែលអ្នកវិភាគជ្រើសរើស</translation>
    </message>
    <message>
        <source>Phones and accounts are shown as their owners</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទូរសព្ទ និងគណនីត្រូវបានបង្ហាញជាម្ចាស់របស់វា</translation>
    </message>
    <message>
        <source>%1: declared link (stated by a source or the analyst)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ តំណដែលបានប្រកាស (ដោយប្រភព ឬអ្នកវិភាគ)</translation>
    </message>
    <message>
        <source>Probable: dashed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រហែល៖ បន្ទាត់ដាច់ៗ</translation>
    </message>
    <message>
        <source>Possible: dotted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អាចទៅរួច៖ បន្ទាត់ចំណុច</translation>
    </message>
</context>
<context>
    <name>sg::ChartPrinter</name>
    <message>
        <source>The output could not be opened for printing.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចបើកលទ្ធផលសម្រាប់បោះពុម្ពបានទេ។</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាងតំណ</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ករណី %1៖ %2</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពនៅ %1 (%2)</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ្នកពិនិត្យ៖ %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រ %1 នៃ %2</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពន្យល់សញ្ញា៖</translation>
    </message>
    <message>
        <source>The chart is empty.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាងទទេ។</translation>
    </message>
    <message>
        <source>Reading the events behind the links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងអានព្រឹត្តិការណ៍នៅពីក្រោយតំណ</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការបោះពុម្ពត្រូវបានបោះបង់។</translation>
    </message>
    <message>
        <source>Entered by the analyst (no file)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ចូលដោយអ្នកវិភាគ (គ្មានឯកសារ)</translation>
    </message>
    <message>
        <source>SHA-256 %1 · %2 bytes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SHA-256 %1 · %2 បៃ</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ ព្រឹត្តិការណ៍ %2 ដំបូងក្នុងចំណោម %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1៖ ព្រឹត្តិការណ៍ %n</numerusform>
            <numerusform>%1៖ ព្រឹត្តិការណ៍ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទម្រង់ / កម្មវិធីនាំចូល</translation>
    </message>
    <message>
        <source>Imported</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បាននាំចូល</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ្នកពិនិត្យ</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពី</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រយៈពេល / ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Source record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ត្រាប្រភព</translation>
    </message>
    <message>
        <source>%1: charts are written as .pdf, .svg or .png files.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ គំនូសតាងត្រូវសរសេរជាឯកសារ .pdf, .svg ឬ .png។</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វត្ថុតាង %1</translation>
    </message>
    <message>
        <source>The PDF for %1 could not be completed (unexpected document structure).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចបញ្ចប់ PDF សម្រាប់ %1 បានទេ (រចនាសម្ព័ន្ធឯកសារមិនរំពឹងទុក)។</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរ PDF ទៅ %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>The output could not take page %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លទ្ធផលមិនអាចទទួលទំព័រ %1 បានទេ។</translation>
    </message>
    <message>
        <source>Printed by Seagull %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពដោយ Seagull %1</translation>
    </message>
    <message>
        <source>The SVG could not be written to %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរ SVG ទៅ %1 បានទេ។</translation>
    </message>
    <message>
        <source>The PNG could not be written to %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរ PNG ទៅ %1 បានទេ។</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរ %1 បានទេ។</translation>
    </message>
    <message>
        <source>Tile %1%2 of %3 × %4 (columns × rows)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្ទាំង %1%2 នៃ %3 × %4 (ជួរឈរ × ជួរដេក)</translation>
    </message>
    <message>
        <source>Appendix: the sources behind this chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧបសម្ព័ន្ធ៖ ប្រភពនៅពីក្រោយគំនូសតាងនេះ</translation>
    </message>
    <message>
        <source>Appendix: the events behind each link</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧបសម្ព័ន្ធ៖ ព្រឹត្តិការណ៍នៅពីក្រោយតំណនីមួយៗ</translation>
    </message>
    <message>
        <source>No source stands behind the entities on this chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានប្រភពនៅពីក្រោយអង្គភាពលើគំនូសតាងនេះទេ។</translation>
    </message>
    <message>
        <source>No link on this chart has events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានតំណណាមួយលើគំនូសតាងនេះមានព្រឹត្តិការណ៍ទេ។</translation>
    </message>
    <message>
        <source>%1, continued: events %2–%3 of %4</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (ត)៖ ព្រឹត្តិការណ៍ទី %2–%3 ក្នុងចំណោម %4</translation>
    </message>
</context>
<context>
    <name>sg::ChartRecovery</name>
    <message>
        <source>The folder for unsaved charts %1 cannot be made.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចបង្កើតថតសម្រាប់គំនូសតាងមិនទាន់រក្សាទុក %1 បានទេ។</translation>
    </message>
    <message>
        <source>The chart&apos;s unsaved changes could not be kept in %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាការផ្លាស់ប្តូរមិនទាន់រក្សាទុករបស់គំនូសតាងក្នុង %1 បានទេ។</translation>
    </message>
</context>
<context>
    <name>sg::ChartStyle</name>
    <message>
        <source>%1 s</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 វិនាទី</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 នាទី</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ម៉ោង %2 នាទី</translation>
    </message>
    <message>
        <source>owns</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជាម្ចាស់</translation>
    </message>
    <message>
        <source>uses</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រើ</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 → %2៖ ព្រឹត្តិការណ៍ %n</numerusform>
            <numerusform>%1 → %2៖ ព្រឹត្តិការណ៍ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រយៈពេលសរុប៖ %1</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទ៖ %1</translation>
    </message>
    <message>
        <source>Total moved: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សរុបប្រាក់ផ្ទេរ៖ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n អង្គភាព</numerusform>
            <numerusform>%n អង្គភាព</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Cli</name>
    <message>
        <source>see seagull-cli --help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មើល seagull-cli --help</translation>
    </message>
    <message>
        <source>seagull-cli: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>seagull-cli៖ %1</translation>
    </message>
    <message>
        <source>Usage: seagull-cli COMMAND [options] [--json]</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របៀបប្រើ៖ seagull-cli ពាក្យបញ្ជា [ជម្រើស] [--json]</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពវត្ថុ JSON មួយ។</translation>
    </message>
    <message>
        <source>Case name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះករណី។</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខករណី។</translation>
    </message>
    <message>
        <source>Region (ISO country code) for numbers without a country code.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំបន់ (លេខកូដប្រទេស ISO) សម្រាប់លេខដែលគ្មានលេខកូដប្រទេស។</translation>
    </message>
    <message>
        <source>IANA time zone of local times.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំបន់ម៉ោង IANA នៃម៉ោងក្នុងស្រុក។</translation>
    </message>
    <message>
        <source>Examiner&apos;s name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះអ្នកពិនិត្យ។</translation>
    </message>
    <message>
        <source>Import format.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទម្រង់នាំចូល។</translation>
    </message>
    <message>
        <source>Most results, or new neighbours per entity.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លទ្ធផលអតិបរមា ឬអង្គភាពជិតខាងថ្មីក្នុងមួយអង្គភាព។</translation>
    </message>
    <message>
        <source>How many steps out to expand.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួនជំហានដែលត្រូវពង្រីកចេញ។</translation>
    </message>
    <message>
        <source>Entity types to keep, comma-separated.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទអង្គភាពដែលត្រូវរក្សា បំបែកដោយក្បៀស។</translation>
    </message>
    <message>
        <source>Only events from this date or time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តែព្រឹត្តិការណ៍ចាប់ពីកាលបរិច្ឆេទ ឬម៉ោងនេះ។</translation>
    </message>
    <message>
        <source>Only events up to this date or time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តែព្រឹត្តិការណ៍រហូតដល់កាលបរិច្ឆេទ ឬម៉ោងនេះ។</translation>
    </message>
    <message>
        <source>Only links with at least this many events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តែតំណដែលមានព្រឹត្តិការណ៍យ៉ាងហោចណាស់ចំនួននេះ។</translation>
    </message>
    <message>
        <source>Entity to start the chart from (repeatable).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាពដែលចាប់ផ្តើមគំនូសតាង (អាចដាក់ច្រើនដង)។</translation>
    </message>
    <message>
        <source>Saved chart to print (id).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាងដែលបានរក្សាទុកដើម្បីបោះពុម្ព (លេខសម្គាល់)។</translation>
    </message>
    <message>
        <source>Layout engine.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ម៉ាស៊ីនរៀបប្លង់។</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារលទ្ធផល។</translation>
    </message>
    <message>
        <source>Paper size.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំហំក្រដាស។</translation>
    </message>
    <message>
        <source>Chart title.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំណងជើងគំនូសតាង។</translation>
    </message>
    <message>
        <source>Portrait orientation.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទិសបញ្ឈរ។</translation>
    </message>
    <message>
        <source>the option --%1 does not apply to %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជម្រើស --%1 មិនអនុវត្តចំពោះ %2 ទេ</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់ពាក្យបញ្ជា &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read the date &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានកាលបរិច្ឆេទ &quot;%1&quot; បានទេ។</translation>
    </message>
    <message>
        <source>use YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រើ YYYY-MM-DD ឬ YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>create needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>create ត្រូវការឯកសារករណីមួយគត់</translation>
    </message>
    <message>
        <source>create needs --name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>create ត្រូវការ --name</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់តំបន់ម៉ោង &quot;%1&quot;។</translation>
    </message>
    <message>
        <source>Created case &quot;%1&quot; in %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានបង្កើតករណី &quot;%1&quot; ក្នុង %2។</translation>
    </message>
    <message>
        <source>import needs a case file and at least one file or folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>import ត្រូវការឯកសារករណី និងឯកសារ ឬថតយ៉ាងហោចណាស់មួយ</translation>
    </message>
    <message>
        <source>%1: already imported as source %2 (same SHA-256); nothing added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ បាននាំចូលរួចជាប្រភព %2 (SHA-256 ដូចគ្នា) មិនបានបន្ថែមអ្វីទេ។</translation>
    </message>
    <message>
        <source>skipped %1 preamble and %2 trailer lines</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានរំលងបន្ទាត់ផ្តើម %1 និងបន្ទាត់បញ្ចប់ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rows could not be read:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>មិនអាចអាន %n ជួរបានទេ៖</numerusform>
            <numerusform>មិនអាចអាន %n ជួរបានទេ៖</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>… និង %1 ទៀត</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាត់ %1៖ %2</translation>
    </message>
    <message>
        <source>stats needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>stats ត្រូវការឯកសារករណីមួយគត់</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ករណី %1៖ %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព៖ %1</translation>
    </message>
    <message>
        <source>Entities (%1): %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព (%1)៖ %2</translation>
    </message>
    <message>
        <source>Events (%1): %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្រឹត្តិការណ៍ (%1)៖ %2</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំណ៖ %1</translation>
    </message>
    <message>
        <source>sources needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>sources ត្រូវការឯកសារករណីមួយគត់</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 events  %5 rejected  %6</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1  %2  %3  ព្រឹត្តិការណ៍ %4  បដិសេធ %5  %6</translation>
    </message>
    <message>
        <source>search needs a case file and one query (quote it if it has spaces)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>search ត្រូវការឯកសារករណី និងសំណួរមួយ (ដាក់សញ្ញាសម្រង់ប្រសិនបើមានដកឃ្លា)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--limit ត្រូវការលេខវិជ្ជមាន</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រកមិនឃើញ &quot;%1&quot; ទេ។</translation>
    </message>
    <message>
        <source>show needs a case file and one entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>show ត្រូវការឯកសារករណី និងអង្គភាពមួយ</translation>
    </message>
    <message>
        <source>kept as written: the number did not validate for its source&apos;s region</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុកដូចដែលបានសរសេរ៖ លេខមិនត្រឹមត្រូវតាមតំបន់នៃប្រភពរបស់វាទេ</translation>
    </message>
    <message>
        <source>%1 events, %2 linked entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្រឹត្តិការណ៍ %1 អង្គភាពភ្ជាប់ %2</translation>
    </message>
    <message>
        <source>source %1 (%2): first at %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព %1 (%2)៖ លើកដំបូងនៅ %3</translation>
    </message>
    <message>
        <source>expand needs a case file and at least one entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>expand ត្រូវការឯកសារករណី និងអង្គភាពយ៉ាងហោចណាស់មួយ</translation>
    </message>
    <message>
        <source>--hops, --limit and --min-count need whole numbers (hops and min-count at least 1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--hops, --limit និង --min-count ត្រូវការចំនួនគត់ (hops និង min-count យ៉ាងហោចណាស់ 1)</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot;; known: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់ប្រភេទអង្គភាព &quot;%1&quot; ប្រភេទដែលស្គាល់៖ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>អង្គភាពជិតខាង %n</numerusform>
            <numerusform>អង្គភាពជិតខាង %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more left out by --limit %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ទៀតត្រូវបានទុកចោលដោយ --limit %2</translation>
    </message>
    <message>
        <source>verify needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>verify ត្រូវការឯកសារករណីមួយគត់</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ហា៖ %1</translation>
    </message>
    <message>
        <source>The case verifies: integrity check, audit chain and source hashes are sound.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ករណីត្រូវបានផ្ទៀងផ្ទាត់៖ ការពិនិត្យភាពត្រឹមត្រូវ ខ្សែសវនកម្ម និងហាសប្រភពល្អ។</translation>
    </message>
    <message numerus="yes">
        <source>The case does NOT verify: %n problems.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ករណីមិនត្រូវបានផ្ទៀងផ្ទាត់ទេ៖ បញ្ហា %n។</numerusform>
            <numerusform>ករណីមិនត្រូវបានផ្ទៀងផ្ទាត់ទេ៖ បញ្ហា %n។</numerusform>
        </translation>
    </message>
    <message>
        <source>demo needs exactly one output case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>demo ត្រូវការឯកសារករណីលទ្ធផលមួយគត់</translation>
    </message>
    <message>
        <source>Compounds overview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទិដ្ឋភាពទូទៅនៃបរិវេណ</translation>
    </message>
    <message>
        <source>Demonstration case written to %1 (%2 records; evidence in %3).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ករណីបង្ហាញត្រូវបានសរសេរទៅ %1 (កំណត់ត្រា %2 ភស្តុតាងនៅក្នុង %3)។</translation>
    </message>
    <message>
        <source>Compound coordinators: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ្នកសម្របសម្រួលបរិវេណ៖ %1</translation>
    </message>
    <message>
        <source>chart needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>chart ត្រូវការឯកសារករណីមួយគត់</translation>
    </message>
    <message>
        <source>chart needs either --seed ENTITY (repeatable) or --chart ID</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>chart ត្រូវការ --seed អង្គភាព (អាចដាក់ច្រើនដង) ឬ --chart លេខសម្គាល់</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot;; use %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់ប្លង់ &quot;%1&quot; ប្រើ %2</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាងតំណ</translation>
    </message>
    <message>
        <source>--hops must be at least 1 and --limit at least 0</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--hops ត្រូវយ៉ាងហោចណាស់ 1 និង --limit យ៉ាងហោចណាស់ 0</translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ បានរំលង %2។</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be imported.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>មិនអាចនាំចូលឯកសារ %n បានទេ។</numerusform>
            <numerusform>មិនអាចនាំចូលឯកសារ %n បានទេ។</numerusform>
        </translation>
    </message>
    <message>
        <source>Text encoding of the files (detected when not given).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការអ៊ិនកូដអត្ថបទរបស់ឯកសារ (រកឃើញដោយស្វ័យប្រវត្តិបើមិនបានផ្ដល់)។</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានឯកសារផ្គូផ្គង %1 បានទេ។</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារផ្គូផ្គង %1 មិនមែនជាវត្ថុ JSON ទេ។</translation>
    </message>
    <message>
        <source>The mapping file %1 is not usable: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចប្រើឯកសារផ្គូផ្គង %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;; known: %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់ការអ៊ិនកូដអត្ថបទ &quot;%1&quot; ដែលស្គាល់៖ %2។</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ករណី៖ %1</translation>
    </message>
    <message>
        <source>Column mapping (JSON) for a table of transfers or call records; saved in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្គូផ្គងជួរឈរ (JSON) សម្រាប់តារាងផ្ទេរប្រាក់ ឬកំណត់ត្រាការហៅ រក្សាទុកក្នុងករណី។</translation>
    </message>
    <message>
        <source>Only these links count, comma-separated: call, sms, transfer, uses, ...</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រាប់តែតំណទាំងនេះ បំបែកដោយក្បៀស៖ call, sms, transfer, uses, ...</translation>
    </message>
    <message>
        <source>Only pairs that moved at least this amount, such as &quot;500 USD&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តែគូដែលបានផ្ទេរយ៉ាងហោចណាស់ចំនួននេះ ដូចជា &quot;500 USD&quot;។</translation>
    </message>
    <message>
        <source>--min-amount needs an amount and a currency code, such as &quot;500 USD&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--min-amount ត្រូវការចំនួនទឹកប្រាក់ និងកូដរូបិយប័ណ្ណ ដូចជា &quot;500 USD&quot;</translation>
    </message>
    <message>
        <source>path needs a case file and two entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>path ត្រូវការឯកសារសំណុំរឿងមួយ និងអង្គភាពពីរ</translation>
    </message>
    <message>
        <source>--max-hops needs a whole number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--max-hops ត្រូវការចំនួនគត់</translation>
    </message>
    <message>
        <source>--k needs a whole number, at least 1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--k ត្រូវការចំនួនគត់ យ៉ាងតិច 1</translation>
    </message>
    <message>
        <source>--weight is hops, count or amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--weight គឺ hops, count ឬ amount</translation>
    </message>
    <message>
        <source>--window needs a duration such as 90s, 30m, 2h or 3d</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--window ត្រូវការរយៈពេល ដូចជា 90s, 30m, 2h ឬ 3d</translation>
    </message>
    <message>
        <source>--window, --money, --from and --to go with --time-ordered</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--window, --money, --from និង --to ប្រើជាមួយ --time-ordered</translation>
    </message>
    <message>
        <source>--time-ordered finds one journey: it does not combine with --k, --all or --weight</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--time-ordered រកដំណើរតែមួយ៖ មិនប្រើរួមជាមួយ --k, --all ឬ --weight ទេ</translation>
    </message>
    <message>
        <source>Both ends must be of the types kept by --types.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចុងទាំងពីរត្រូវតែជាប្រភេទដែល --types រក្សាទុក។</translation>
    </message>
    <message>
        <source>No path between %1 and %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានផ្លូវរវាង %1 និង %2។</translation>
    </message>
    <message numerus="yes">
        <source>%n hops:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ជំហាន៖</numerusform>
            <numerusform>%n ជំហាន៖</numerusform>
        </translation>
    </message>
    <message>
        <source>analyze needs a case file and a measure: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>analyze ត្រូវការឯកសារសំណុំរឿង និងរង្វាស់៖ %1</translation>
    </message>
    <message>
        <source>unknown measure &quot;%1&quot;; known: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រង្វាស់មិនស្គាល់ &quot;%1&quot;; ដែលស្គាល់៖ %2</translation>
    </message>
    <message>
        <source>common needs at least two entities after it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>common ត្រូវការអង្គភាពយ៉ាងតិចពីរបន្ទាប់ពីវា</translation>
    </message>
    <message>
        <source>%1 takes no entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនទទួលអង្គភាពទេ</translation>
    </message>
    <message>
        <source>--top, --samples and --at-least need whole numbers</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--top, --samples និង --at-least ត្រូវការចំនួនគត់</translation>
    </message>
    <message>
        <source>--by is links, events or amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--by គឺ links, events ឬ amount</translation>
    </message>
    <message>
        <source>--direction is total, in, out or net</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--direction គឺ total, in, out ឬ net</translation>
    </message>
    <message>
        <source>--by, --direction and --currency go with degree</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--by, --direction និង --currency ប្រើជាមួយ degree</translation>
    </message>
    <message numerus="yes">
        <source>%n bridges</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ស្ពាន %n</numerusform>
            <numerusform>ស្ពាន %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 communities, modularity %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សហគមន៍ %1, ម៉ូឌុលភាព %2</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ក្រុម %n</numerusform>
            <numerusform>ក្រុម %n</numerusform>
        </translation>
    </message>
    <message>
        <source>hints needs one known den member after it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>hints ត្រូវការសមាជិកក្រុមដែលស្គាល់មួយបន្ទាប់ពីវា</translation>
    </message>
    <message>
        <source>--top and --at-least need whole numbers, --min-share a share between 0 and 1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--top និង --at-least ត្រូវការចំនួនគត់, --min-share ជាសមាមាត្ររវាង 0 និង 1</translation>
    </message>
    <message>
        <source>in %1 %2, forwarded %3 (%4%) within the window, median hold %5 h; from %6; to %7</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចូល %1 %2, ផ្ទេរបន្ត %3 (%4%) ក្នុងចន្លោះពេល, កាន់មធ្យម %5 ម៉ោង; ពី %6; ទៅ %7</translation>
    </message>
    <message>
        <source>%1 counterparts between %2 and %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភាគីម្ខាងទៀត %1 រវាង %2 និង %3</translation>
    </message>
    <message>
        <source>with %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជាមួយ %1</translation>
    </message>
    <message>
        <source>The den member must be of the types kept by --types.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សមាជិកក្រុមត្រូវតែជាប្រភេទដែល --types រក្សាទុក។</translation>
    </message>
    <message>
        <source>score %1: devices %2; contacts %3; places %4</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពិន្ទុ %1៖ ឧបករណ៍ %2; ទំនាក់ទំនង %3; ទីកន្លែង %4</translation>
    </message>
    <message>
        <source>None found.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រកមិនឃើញ។</translation>
    </message>
    <message>
        <source>trace needs a case file and the id of a transfer (--event)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>trace ត្រូវការឯកសារសំណុំរឿង និងលេខសម្គាល់ការផ្ទេរ (--event)</translation>
    </message>
    <message>
        <source>trace needs --event with the id of a transfer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>trace ត្រូវការ --event ជាមួយលេខសម្គាល់ការផ្ទេរ</translation>
    </message>
    <message>
        <source>No transfer with the event id %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានការផ្ទេរដែលមានលេខសម្គាល់ព្រឹត្តិការណ៍ %1 ក្នុងសំណុំរឿងទេ។</translation>
    </message>
    <message>
        <source>stopped at %1: %2 %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈប់នៅ %1៖ %2 %3</translation>
    </message>
    <message>
        <source>Longest path, in hops.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្លូវវែងបំផុត គិតជាជំហាន។</translation>
    </message>
    <message>
        <source>What a step costs: hops, count (strong ties are short) or amount.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តម្លៃនៃជំហាននីមួយៗ៖ hops, count (ទំនាក់ទំនងរឹងមាំគឺខ្លី) ឬ amount។</translation>
    </message>
    <message>
        <source>Currency of the amounts to use.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រូបិយប័ណ្ណនៃចំនួនប្រាក់ដែលត្រូវប្រើ។</translation>
    </message>
    <message>
        <source>How many cheapest paths to list.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួនផ្លូវថោកបំផុតដែលត្រូវរាយ។</translation>
    </message>
    <message>
        <source>Longest wait between two steps of a journey, such as 2h.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការរង់ចាំយូរបំផុតរវាងជំហានពីរនៃដំណើរ ដូចជា 2h។</translation>
    </message>
    <message>
        <source>How many results to list (0: all).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួនលទ្ធផលដែលត្រូវរាយ (0៖ ទាំងអស់)។</translation>
    </message>
    <message>
        <source>Count links, events or amount.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រាប់តំណ ព្រឹត្តិការណ៍ ឬចំនួនប្រាក់។</translation>
    </message>
    <message>
        <source>Count what comes in, goes out, both or in minus out.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រាប់អ្វីដែលចូល ចេញ ទាំងពីរ ឬចូលដកចេញ។</translation>
    </message>
    <message>
        <source>Estimate betweenness from this many entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប៉ាន់ស្មានភាពជាអ្នកកណ្ដាលពីអង្គភាពចំនួននេះ។</translation>
    </message>
    <message>
        <source>Entities linked to at least this many of those given.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាពដែលភ្ជាប់ជាមួយយ៉ាងតិចចំនួននេះនៃអ្វីដែលបានផ្ដល់។</translation>
    </message>
    <message>
        <source>Share of the money a mule forwards, from 0 to 1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សមាមាត្រប្រាក់ដែលគណនីឆ្លងកាត់ផ្ទេរបន្ត ពី 0 ដល់ 1។</translation>
    </message>
    <message>
        <source>Id of the transfer to follow.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខសម្គាល់ការផ្ទេរដែលត្រូវតាមដាន។</translation>
    </message>
    <message>
        <source>%1  in %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1  ក្នុង %2</translation>
    </message>
    <message>
        <source>export needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>export ត្រូវការឯកសារសំណុំរឿងតែមួយគត់</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 links.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានសរសេរ %1៖ អង្គភាព %2, តំណ %3។</translation>
    </message>
    <message>
        <source>export needs --out FILE (a folder for csv)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>export ត្រូវការ --out FILE (ថតសម្រាប់ csv)</translation>
    </message>
    <message>
        <source>csv exports the whole case: --chart and --types go with graphml</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>csv នាំចេញសំណុំរឿងទាំងមូល៖ --chart និង --types ប្រើជាមួយ graphml</translation>
    </message>
    <message>
        <source>Wrote entities.csv, links.csv and events.csv in %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានសរសេរ entities.csv, links.csv និង events.csv ក្នុង %1។</translation>
    </message>
    <message>
        <source>export writes --format graphml, anx or csv</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>export សរសេរ --format graphml, anx ឬ csv</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 events, %4 declared links.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានសរសេរ %1៖ អង្គភាព %2, ព្រឹត្តិការណ៍ %3, តំណដែលបានប្រកាស %4។</translation>
    </message>
    <message>
        <source>bundle needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>bundle ត្រូវការឯកសារសំណុំរឿងមួយគត់</translation>
    </message>
    <message>
        <source>bundle needs --out FILE.sgbundle</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>bundle ត្រូវការ --out FILE.sgbundle</translation>
    </message>
    <message>
        <source>bundle needs either --chart ID or --seed ENTITY (repeatable)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>bundle ត្រូវការ --chart ID ឬ --seed ENTITY (អាចដាក់ច្រើនដង)</translation>
    </message>
    <message>
        <source>--hops must be from 0 to 10</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--hops ត្រូវតែពី 0 ដល់ 10</translation>
    </message>
    <message>
        <source>Wrote %1 (SHA-256 %2): %3 entities, %4 events, %5 declared links.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានសរសេរ %1 (SHA-256 %2)៖ អង្គភាព %3, ព្រឹត្តិការណ៍ %4, តំណដែលបានប្រកាស %5។</translation>
    </message>
    <message>
        <source>Page margins in millimetres.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គែមទំព័រគិតជាមីលីម៉ែត្រ។</translation>
    </message>
    <message>
        <source>Print over several pages, such as 3x2 (columns x rows).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពលើទំព័រច្រើន ដូចជា 3x2 (ជួរឈរ x ជួរដេក)។</translation>
    </message>
    <message>
        <source>How far tiled pages overlap, in millimetres.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំហំត្រួតគ្នារវាងទំព័រ គិតជាមីលីម៉ែត្រ។</translation>
    </message>
    <message>
        <source>Exhibit number for the title block.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខវត្ថុតាងសម្រាប់ប្លុកចំណងជើង។</translation>
    </message>
    <message>
        <source>Classification marking printed on every page.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សញ្ញាចំណាត់ថ្នាក់សម្ងាត់ដែលបោះពុម្ពលើគ្រប់ទំព័រ។</translation>
    </message>
    <message>
        <source>Time of printing for the title block (ISO 8601 with offset); default now.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពេលបោះពុម្ពសម្រាប់ប្លុកចំណងជើង (ISO 8601 ជាមួយគម្លាត) លំនាំដើមគឺឥឡូវ។</translation>
    </message>
    <message>
        <source>Appendix pages: sources, events or both, comma-separated.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រឧបសម្ព័ន្ធ៖ sources, events ឬទាំងពីរ បំបែកដោយក្បៀស។</translation>
    </message>
    <message>
        <source>Resolution of PNG output.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គុណភាពបង្ហាញនៃលទ្ធផល PNG។</translation>
    </message>
    <message>
        <source>The agency that sends the bundle.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្ថាប័នដែលផ្ញើកញ្ចប់។</translation>
    </message>
    <message>
        <source>The entity the report is about.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាពដែលរបាយការណ៍និយាយអំពី។</translation>
    </message>
    <message>
        <source>The case summary report.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍សង្ខេបសំណុំរឿង។</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;; use %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់ក្រដាស &quot;%1&quot;; ប្រើ %2</translation>
    </message>
    <message>
        <source>--margin takes millimetres from 0 to 100</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--margin យកមីលីម៉ែត្រពី 0 ដល់ 100</translation>
    </message>
    <message>
        <source>--overlap takes millimetres from 0 to 100</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--overlap យកមីលីម៉ែត្រពី 0 ដល់ 100</translation>
    </message>
    <message>
        <source>--dpi takes a resolution from 36 to 1200</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--dpi យកគុណភាពបង្ហាញពី 36 ដល់ 1200</translation>
    </message>
    <message>
        <source>--printed-at takes an ISO 8601 time such as 2026-03-01T14:00:00+07:00</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--printed-at យកពេលវេលា ISO 8601 ដូចជា 2026-03-01T14:00:00+07:00</translation>
    </message>
    <message>
        <source>give --out a .pdf, .svg or .png file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្តល់ --out ជាឯកសារ .pdf, .svg ឬ .png</translation>
    </message>
    <message>
        <source>unknown appendix &quot;%1&quot;; use sources, events or both</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់ឧបសម្ព័ន្ធ &quot;%1&quot;; ប្រើ sources, events ឬទាំងពីរ</translation>
    </message>
    <message numerus="yes">
        <source>Chart with %1 entities written to %2 (%n page(s)).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បានសរសេរគំនូសតាងដែលមានអង្គភាព %1 ទៅ %2 (%n ទំព័រ)។</numerusform>
            <numerusform>បានសរសេរគំនូសតាងដែលមានអង្គភាព %1 ទៅ %2 (%n ទំព័រ)។</numerusform>
        </translation>
    </message>
    <message>
        <source>report needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>report ត្រូវការឯកសារសំណុំរឿងមួយគត់</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>report ត្រូវការ --out FILE.pdf</translation>
    </message>
    <message>
        <source>report needs either --entity ENTITY or --summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>report ត្រូវការ --entity ENTITY ឬ --summary</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សេចក្តីសង្ខេបសំណុំរឿង</translation>
    </message>
    <message>
        <source>the case summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សេចក្តីសង្ខេបសំណុំរឿង</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រវត្តិអង្គភាព៖ %1</translation>
    </message>
    <message>
        <source>Report on %1 written to %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានសរសេររបាយការណ៍អំពី %1 ទៅ %2។</translation>
    </message>
    <message>
        <source>--tiles takes columns x rows, such as 3x2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--tiles យកជួរឈរ x ជួរដេក ដូចជា 3x2</translation>
    </message>
    <message>
        <source>reports are not tiled: --tiles goes with chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍មិនបែងចែកជាផ្ទាំងទេ៖ --tiles ប្រើជាមួយ chart</translation>
    </message>
    <message>
        <source>A note: carried with a bundle, or the authority for an entry (&quot;interview of witness 3&quot;).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំ៖ ភ្ជាប់ជាមួយកញ្ចប់ ឬជាមូលដ្ឋាននៃការបញ្ចូល (&quot;ការសួរចម្លើយសាក្សីទី 3&quot;)។</translation>
    </message>
    <message>
        <source>The entity&apos;s number or identifier.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខ ឬអត្តសញ្ញាណរបស់អង្គភាព។</translation>
    </message>
    <message>
        <source>The entity&apos;s name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះរបស់អង្គភាព។</translation>
    </message>
    <message>
        <source>A fact about the entity as name=value (repeatable).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការពិតអំពីអង្គភាពជា ឈ្មោះ=តម្លៃ (អាចធ្វើម្ដងទៀត)។</translation>
    </message>
    <message>
        <source>The kind of link.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទតំណ។</translation>
    </message>
    <message>
        <source>How sure: confirmed, probable or possible.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភាពប្រាកដ៖ confirmed, probable ឬ possible។</translation>
    </message>
    <message>
        <source>Why the entities are the same.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ហេតុអ្វីអង្គភាពទាំងនេះដូចគ្នា។</translation>
    </message>
    <message>
        <source>The tag&apos;s colour as #rrggbb.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពណ៌ស្លាកជា #rrggbb។</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការព្រមាន៖ %1</translation>
    </message>
    <message>
        <source>add-entity needs a case file and an entity type (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>add-entity ត្រូវការឯកសារសំណុំរឿង និងប្រភេទអង្គភាព (%1)</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; (known: %2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទអង្គភាពមិនស្គាល់ &quot;%1&quot; (ដែលស្គាល់៖ %2)</translation>
    </message>
    <message>
        <source>--attr needs name=value, not &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--attr ត្រូវការ ឈ្មោះ=តម្លៃ មិនមែន &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The entity just added cannot be read back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានអង្គភាពដែលទើបបន្ថែមវិញបានទេ។</translation>
    </message>
    <message>
        <source>Added %1 (id %2).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានបន្ថែម %1 (id %2)។</translation>
    </message>
    <message>
        <source>add-link needs a case file and two entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>add-link ត្រូវការឯកសារសំណុំរឿង និងអង្គភាពពីរ</translation>
    </message>
    <message>
        <source>add-link needs --type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>add-link ត្រូវការ --type</translation>
    </message>
    <message>
        <source>unknown link type &quot;%1&quot; (known: owns, uses, member_of, located_at, associate, same_as, family_of, employed_by)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទតំណមិនស្គាល់ &quot;%1&quot; (ដែលស្គាល់៖ owns, uses, member_of, located_at, associate, same_as, family_of, employed_by)</translation>
    </message>
    <message>
        <source>--confidence is confirmed, probable or possible</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--confidence គឺ confirmed, probable ឬ possible</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--%1 ត្រូវការកាលបរិច្ឆេទជា YYYY-MM-DD មិនមែន &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Linked %1 and %2: %3 (%4).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានភ្ជាប់ %1 និង %2៖ %3 (%4)។</translation>
    </message>
    <message>
        <source>merge needs a case file, the entity to keep and at least one to merge into it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>merge ត្រូវការឯកសារសំណុំរឿង អង្គភាពដែលត្រូវរក្សា និងយ៉ាងហោចណាស់មួយដែលត្រូវបញ្ចូល</translation>
    </message>
    <message>
        <source>merge needs --reason</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>merge ត្រូវការ --reason</translation>
    </message>
    <message>
        <source>The merged entity cannot be read back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានអង្គភាពដែលបានបញ្ចូលវិញបានទេ។</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n entities into %1 (merge %2; split it with: seagull-cli split CASE %1).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បានបញ្ចូលអង្គភាព %n ទៅ %1 (ការបញ្ចូល %2; បំបែកដោយ៖ seagull-cli split CASE %1)។</numerusform>
            <numerusform>បានបញ្ចូលអង្គភាព %n ទៅ %1 (ការបញ្ចូល %2; បំបែកដោយ៖ seagull-cli split CASE %1)។</numerusform>
        </translation>
    </message>
    <message>
        <source>split needs a case file and the entity others were merged into</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>split ត្រូវការឯកសារសំណុំរឿង និងអង្គភាពដែលអង្គភាពផ្សេងត្រូវបានបញ្ចូលទៅ</translation>
    </message>
    <message>
        <source>Nothing was merged into %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានអ្វីត្រូវបានបញ្ចូលទៅ %1 ទេ។</translation>
    </message>
    <message>
        <source>Split merge %1: %2 restored beside %3.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានបំបែកការបញ្ចូល %1៖ %2 ត្រូវបានស្ដារនៅក្បែរ %3។</translation>
    </message>
    <message>
        <source>tag needs a case file, at least one entity and the tag</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>tag ត្រូវការឯកសារសំណុំរឿង អង្គភាពយ៉ាងហោចណាស់មួយ និងស្លាក</translation>
    </message>
    <message numerus="yes">
        <source>Tag &quot;%1&quot;: %n entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ស្លាក &quot;%1&quot;៖ អង្គភាព %n។</numerusform>
            <numerusform>ស្លាក &quot;%1&quot;៖ អង្គភាព %n។</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow links only in their direction (caller to called, payer to payee).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តាមតំណតែតាមទិសរបស់វាប៉ុណ្ណោះ (អ្នកហៅទៅអ្នកទទួល អ្នកបង់ទៅអ្នកទទួលប្រាក់)។</translation>
    </message>
    <message>
        <source>List every path up to --max-hops, not only the cheapest.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រាយគ្រប់ផ្លូវរហូតដល់ --max-hops មិនមែនតែផ្លូវថោកបំផុតទេ។</translation>
    </message>
    <message>
        <source>Only journeys whose steps follow one another in time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តែដំណើរដែលជំហាននីមួយៗបន្តគ្នាតាមពេលវេលា។</translation>
    </message>
    <message>
        <source>Follow transfers of money only.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តាមតែការផ្ទេរប្រាក់ប៉ុណ្ណោះ។</translation>
    </message>
    <message>
        <source>Take the tag off instead of putting it on.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដកស្លាកចេញជំនួសឱ្យការដាក់។</translation>
    </message>
    <message>
        <source>Create an empty case file. The region and time zone apply to numbers and times that do not carry their own.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្កើតឯកសារករណីទទេ។ តំបន់ និងល្វែងម៉ោងអនុវត្តចំពោះលេខ និងពេលវេលាដែលមិនមានរបស់ខ្លួន។</translation>
    </message>
    <message>
        <source>Import evidence files or folders: call records, bank and wallet tables, phone extracts, UFDR and XRY reports, cell sites. Each file is hashed and recorded as a source; a bad record is reported with its line and the case keeps everything it had.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចូលឯកសារ ឬថតភស្តុតាង៖ កំណត់ត្រាការហៅ តារាងធនាគារ និងកាបូប ទិន្នន័យទាញពីទូរស័ព្ទ របាយការណ៍ UFDR និង XRY អង់តែន។ ឯកសារនីមួយៗត្រូវបានគណនាហាស និងកត់ត្រាជាប្រភព កំណត់ត្រាខុសត្រូវបានរាយការណ៍ជាមួយបន្ទាត់របស់វា ហើយករណីរក្សាអ្វីៗដែលមាន។</translation>
    </message>
    <message>
        <source>Count the case&apos;s sources, entities by type, events by type and links.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រាប់ប្រភពរបស់ករណី អង្គភាពតាមប្រភេទ ព្រឹត្តិការណ៍តាមប្រភេទ និងតំណ។</translation>
    </message>
    <message>
        <source>List the imported sources: format, file, events, rejected records and SHA-256.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រាយប្រភពដែលបាននាំចូល៖ ទម្រង់ ឯកសារ ព្រឹត្តិការណ៍ កំណត់ត្រាដែលបានបដិសេធ និង SHA-256។</translation>
    </message>
    <message>
        <source>Find entities by number in any common format, name, alias or identifier.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្វែងរកអង្គភាពតាមលេខក្នុងទម្រង់ទូទៅណាមួយ ឈ្មោះ ឈ្មោះក្លែងក្លាយ ឬលេខសម្គាល់។</translation>
    </message>
    <message>
        <source>Show one entity: its events, linked entities and the sources that mention it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញអង្គភាពមួយ៖ ព្រឹត្តិការណ៍ អង្គភាពដែលភ្ជាប់ និងប្រភពដែលនិយាយពីវា។</translation>
    </message>
    <message>
        <source>List the entities linked to those given, up to a number of hops, with filters on types, links, dates, counts and amounts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រាយអង្គភាពដែលភ្ជាប់ទៅនឹងអ្វីដែលបានផ្តល់ រហូតដល់ចំនួនជំហានមួយ ដោយមានតម្រងលើប្រភេទ តំណ កាលបរិច្ឆេទ ចំនួន និងទឹកប្រាក់។</translation>
    </message>
    <message>
        <source>Find the shortest or cheapest paths between two entities, or journeys in time order (money moving on within a window).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្វែងរកផ្លូវខ្លីបំផុត ឬថោកបំផុតរវាងអង្គភាពពីរ ឬដំណើរតាមលំដាប់ពេលវេលា (ប្រាក់ផ្ទេរបន្តក្នុងចន្លោះពេលមួយ)។</translation>
    </message>
    <message>
        <source>Rank entities by a measure (degree, betweenness, closeness, eigenvector, PageRank), find groups (components, communities, k-cores), weak points, common contacts, or fraud patterns (mules, fan-in, fan-out, SIM boxes, shared devices).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តម្រៀបអង្គភាពតាមរង្វាស់ (ដឺក្រេ ភាពជាអន្តរការី ភាពជិត វ៉ិចទ័រផ្ទាល់ PageRank) ស្វែងរកក្រុម (សមាសភាគ សហគមន៍ k-core) ចំណុចខ្សោយ ទំនាក់ទំនងរួម ឬលំនាំឆបោក (គណនីជួល ការប្រមូលចូល ការបែងចែកចេញ ប្រអប់ស៊ីម ឧបករណ៍ប្រើរួម)។</translation>
    </message>
    <message>
        <source>Follow the money from one transfer onwards, hop by hop, within a time window.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តាមដានប្រាក់ពីការផ្ទេរមួយតទៅ ម្តងមួយជំហាន ក្នុងចន្លោះពេលមួយ។</translation>
    </message>
    <message>
        <source>Write the case or one chart as GraphML, i2 ANX or CSV files for other tools.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សរសេរករណី ឬគំនូសតាងមួយជាឯកសារ GraphML, i2 ANX ឬ CSV សម្រាប់ឧបករណ៍ផ្សេង។</translation>
    </message>
    <message>
        <source>Write a chart with its events and sources as a signed bundle for another agency.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សរសេរគំនូសតាងជាមួយព្រឹត្តិការណ៍ និងប្រភពរបស់វា ជាកញ្ចប់ដែលបានចុះហត្ថលេខាសម្រាប់ស្ថាប័នផ្សេង។</translation>
    </message>
    <message>
        <source>Print an entity&apos;s profile or the case summary to PDF, with a title block on every page.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពប្រវត្តិរបស់អង្គភាព ឬសេចក្តីសង្ខេបករណីទៅជា PDF ដោយមានប្លុកចំណងជើងលើគ្រប់ទំព័រ។</translation>
    </message>
    <message>
        <source>Add an entity by hand (a person, den, vehicle, document, ...), with the authority for it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមអង្គភាពដោយដៃ (មនុស្ស ទីតាំងឆបោក យានយន្ត ឯកសារ ...) ជាមួយសិទ្ធិអំណាចសម្រាប់វា។</translation>
    </message>
    <message>
        <source>Declare a link between two entities by hand, with its confidence, dates and authority.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រកាសតំណរវាងអង្គភាពពីរដោយដៃ ជាមួយកម្រិតទំនុកចិត្ត កាលបរិច្ឆេទ និងសិទ្ធិអំណាច។</translation>
    </message>
    <message>
        <source>Merge entities that are the same into the first one; the reason is recorded and the merge can be split.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ចូលអង្គភាពដែលដូចគ្នាទៅក្នុងអង្គភាពទីមួយ ហេតុផលត្រូវបានកត់ត្រា ហើយការបញ្ចូលអាចបំបែកបាន។</translation>
    </message>
    <message>
        <source>Undo the latest merge into an entity, restoring what was moved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនធ្វើវិញការបញ្ចូលចុងក្រោយទៅក្នុងអង្គភាពមួយ ដោយស្តារអ្វីដែលបានផ្លាស់ទី។</translation>
    </message>
    <message>
        <source>Put a tag on entities (or take it off), with a colour for the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដាក់ស្លាកលើអង្គភាព (ឬដកចេញ) ជាមួយពណ៌សម្រាប់គំនូសតាង។</translation>
    </message>
    <message>
        <source>Check the case file: SQLite integrity, the audit chain and each source file&apos;s hash. Exits non-zero on any problem.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពិនិត្យឯកសារករណី៖ ភាពត្រឹមត្រូវរបស់ SQLite ខ្សែសវនកម្ម និងហាសរបស់ឯកសារប្រភពនីមួយៗ។ ចេញដោយស្ថានភាពមិនសូន្យនៅពេលមានបញ្ហាណាមួយ។</translation>
    </message>
    <message>
        <source>Write the demonstration case (two compounds, three operators&apos; call records) and its evidence files.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សរសេរសំណុំរឿងសាកល្បង (មជ្ឈមណ្ឌលពីរ កំណត់ត្រាការហៅពីប្រតិបត្តិករបី) និងឯកសារភស្តុតាងរបស់វា។</translation>
    </message>
    <message>
        <source>Lay out and print a link chart to PDF, SVG or PNG: from seed entities or a saved chart, on one page or tiled over several.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រៀបចំប្លង់ និងបោះពុម្ពគំនូសតាងតំណទៅជា PDF, SVG ឬ PNG៖ ពីអង្គភាពចាប់ផ្តើម ឬគំនូសតាងដែលបានរក្សាទុក លើទំព័រមួយ ឬបំបែកលើច្រើនទំព័រ។</translation>
    </message>
    <message>
        <source>Usage: seagull-cli %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របៀបប្រើ៖ seagull-cli %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជម្រើស៖</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧទាហរណ៍៖</translation>
    </message>
    <message>
        <source>Keep the chart in the case under this name (Chart → Charts in the window).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាគំនូសតាងក្នុងករណីក្រោមឈ្មោះនេះ (គំនូសតាង → គំនូសតាងនានា ក្នុងបង្អួច)។</translation>
    </message>
    <message>
        <source>chart needs --out FILE.pdf, --save NAME or both</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>chart ត្រូវការ --out FILE.pdf, --save NAME ឬទាំងពីរ</translation>
    </message>
    <message>
        <source>Chart &quot;%1&quot; with %2 entities saved in the case as chart %3.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាង &quot;%1&quot; ដែលមាន %2 អង្គភាព ត្រូវបានរក្សាទុកក្នុងករណីជាគំនូសតាង %3។</translation>
    </message>
    <message>
        <source>%1: source %2, %3 from %4, %5.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ ប្រភព %2 %3 ពី %4 %5។</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ព្រឹត្តិការណ៍ %n</numerusform>
            <numerusform>ព្រឹត្តិការណ៍ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ជួរ</numerusform>
            <numerusform>%n ជួរ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>អង្គភាព %n</numerusform>
            <numerusform>អង្គភាព %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Confidence</name>
    <message>
        <source>Confirmed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានបញ្ជាក់</translation>
    </message>
    <message>
        <source>Probable</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រហែល</translation>
    </message>
    <message>
        <source>Possible</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អាចទៅរួច</translation>
    </message>
</context>
<context>
    <name>sg::CsvExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរ %1 បានទេ។</translation>
    </message>
    <message>
        <source>Writing events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងសរសេរព្រឹត្តិការណ៍</translation>
    </message>
</context>
<context>
    <name>sg::CsvReader</name>
    <message>
        <source>%1: the record that starts on line %2 is larger than %3 MB or has more than %4 fields; a quote may never be closed, or the file is not a table.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ កំណត់ត្រាដែលចាប់ផ្តើមនៅបន្ទាត់ %2 ធំជាង %3 MB ឬមានវាលច្រើនជាង %4 សញ្ញាសម្រង់អាចមិនត្រូវបានបិទ ឬឯកសារនេះមិនមែនជាតារាង។</translation>
    </message>
</context>
<context>
    <name>sg::DayHistogram</name>
    <message>
        <source>No events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានព្រឹត្តិការណ៍</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1៖ ព្រឹត្តិការណ៍ %n</numerusform>
            <numerusform>%1៖ ព្រឹត្តិការណ៍ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::DemoGenerator</name>
    <message>
        <source>Cannot write %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរ %1 បានទេ។</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចបង្កើតថត %1 បានទេ។</translation>
    </message>
    <message>
        <source>Demonstration: Golden Sands and Riverside compounds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការបង្ហាញ៖ បរិវេណ Golden Sands និង Riverside</translation>
    </message>
</context>
<context>
    <name>sg::DenPage</name>
    <message>
        <source>Entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Den: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទីតាំងបោកប្រាស់៖ %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សមាជិក</translation>
    </message>
    <message>
        <source>Phones, SIMs and messenger accounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទូរស័ព្ទ ស៊ីម និងគណនីផ្ញើសារ</translation>
    </message>
    <message>
        <source>Devices</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧបករណ៍</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គណនី</translation>
    </message>
    <message>
        <source>Other</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្សេងៗ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពី %1 ដល់ %2</translation>
    </message>
    <message>
        <source>%1 entities tied to the den; %2 events %3, per day below (each record&apos;s local time).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព %1 ភ្ជាប់ទៅទីតាំង; ព្រឹត្តិការណ៍ %2 %3 តាមថ្ងៃខាងក្រោម (ម៉ោងក្នុងស្រុកនៃកំណត់ត្រានីមួយៗ)។</translation>
    </message>
    <message>
        <source>Put on the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដាក់លើគំនូសតាង</translation>
    </message>
</context>
<context>
    <name>sg::DeviceImportContext</name>
    <message>
        <source>%1 is not a %2 database.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាមូលដ្ឋានទិន្នន័យ %2 ទេ។</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តារាង៖ %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងអាន %1</translation>
    </message>
    <message>
        <source>The database holds no records.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មូលដ្ឋានទិន្នន័យគ្មានកំណត់ត្រាទេ។</translation>
    </message>
</context>
<context>
    <name>sg::EntityDialog</name>
    <message>
        <source>New entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាពថ្មី</translation>
    </message>
    <message>
        <source>Other names or spellings, one per line</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះ ឬអក្ខរាវិរុទ្ធផ្សេងទៀត មួយបន្ទាត់មួយ</translation>
    </message>
    <message>
        <source>Fact</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការពិត</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;, &quot;surveillance log 14&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មូលដ្ឋាន៖ &quot;ការសួរចម្លើយសាក្សីទី 3&quot;, &quot;កំណត់ហេតុតាមដាន 14&quot;</translation>
    </message>
    <message>
        <source>Type:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <source>Name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះ៖</translation>
    </message>
    <message>
        <source>Other names:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះផ្សេង៖</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការពិត៖</translation>
    </message>
    <message>
        <source>Source:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព៖</translation>
    </message>
    <message>
        <source>Number:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខ៖</translation>
    </message>
    <message>
        <source>IMEI:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMEI៖</translation>
    </message>
    <message>
        <source>IMSI or ICCID:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMSI ឬ ICCID៖</translation>
    </message>
    <message>
        <source>Bank and account number:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធនាគារ និងលេខគណនី៖</translation>
    </message>
    <message>
        <source>Messenger id:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អត្តសញ្ញាណកម្មវិធីផ្ញើសារ៖</translation>
    </message>
    <message>
        <source>Address:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អាសយដ្ឋាន៖</translation>
    </message>
    <message>
        <source>Identifier (optional):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អត្តសញ្ញាណ (ស្រេចចិត្ត)៖</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កែ %1</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អត្តសញ្ញាណ៖</translation>
    </message>
    <message>
        <source>Names from sources stay as the sources gave them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះពីប្រភពនៅដដែលដូចប្រភពបានផ្ដល់</translation>
    </message>
    <message>
        <source>Press OK again to add it as it is.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចុច OK ម្ដងទៀតដើម្បីបន្ថែមដូចដែលវាមាន។</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមទោះយ៉ាងណា</translation>
    </message>
</context>
<context>
    <name>sg::EntityItem</name>
    <message numerus="yes">
        <source>%n more neighbours not shown: double-click to add them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>អង្គភាពជិតខាង %n ទៀតមិនត្រូវបានបង្ហាញ៖ ចុចទ្វេដងដើម្បីបន្ថែម</numerusform>
            <numerusform>អង្គភាពជិតខាង %n ទៀតមិនត្រូវបានបង្ហាញ៖ ចុចទ្វេដងដើម្បីបន្ថែម</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours in the case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>អ្នកជិតខាង %n ក្នុងសំណុំរឿង</numerusform>
            <numerusform>អ្នកជិតខាង %n ក្នុងសំណុំរឿង</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::EntityType</name>
    <message>
        <source>Phone number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខទូរស័ព្ទ</translation>
    </message>
    <message>
        <source>Device</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧបករណ៍</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស៊ីមកាត</translation>
    </message>
    <message>
        <source>Account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គណនី</translation>
    </message>
    <message>
        <source>Messenger account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គណនីកម្មវិធីផ្ញើសារ</translation>
    </message>
    <message>
        <source>Email address</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អាសយដ្ឋានអ៊ីមែល</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បុគ្គល</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គការ</translation>
    </message>
    <message>
        <source>Location</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទីតាំង</translation>
    </message>
    <message>
        <source>Document</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>យានយន្ត</translation>
    </message>
</context>
<context>
    <name>sg::EventType</name>
    <message>
        <source>Call</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការហៅ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សារ SMS</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សារ</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្ទេរប្រាក់</translation>
    </message>
    <message>
        <source>Cell registration</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការចុះឈ្មោះសែល</translation>
    </message>
    <message>
        <source>MMS</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សារ MMS</translation>
    </message>
</context>
<context>
    <name>sg::Evidence</name>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអាន %1 បានទេ។</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានបញ្ឈប់ដោយអ្នកប្រើ។</translation>
    </message>
</context>
<context>
    <name>sg::EvidenceDatabase</name>
    <message>
        <source>%1 cannot be opened as a database.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចបើក %1 ជាមូលដ្ឋានទិន្នន័យបានទេ។</translation>
    </message>
    <message>
        <source>%1 is encrypted or is not a SQLite database; Seagull cannot read it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ត្រូវបានអ៊ិនគ្រីប ឬមិនមែនជាមូលដ្ឋានទិន្នន័យ SQLite ទេ Seagull មិនអាចអានវាបានទេ។</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអាន %1 បានទេ។</translation>
    </message>
</context>
<context>
    <name>sg::Exchange</name>
    <message>
        <source>The i2 ANX file could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរឯកសារ i2 ANX បានទេ។</translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរកញ្ចប់បានទេ៖ %1</translation>
    </message>
</context>
<context>
    <name>sg::ExchangeData</name>
    <message>
        <source>Entity %1 is not in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព %1 មិនមាននៅក្នុងសំណុំរឿងទេ។</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរ %1 បានទេ។</translation>
    </message>
</context>
<context>
    <name>sg::ExpandDialog</name>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពី</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Expand with filters</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពង្រីកតាមតម្រង</translation>
    </message>
    <message>
        <source>no limit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានដែនកំណត់</translation>
    </message>
    <message>
        <source>any amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួនទឹកប្រាក់ណាមួយ</translation>
    </message>
    <message>
        <source>Calls</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការហៅទូរសព្ទ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សារ SMS</translation>
    </message>
    <message>
        <source>MMS</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សារ MMS</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សារជជែក</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្ទេរប្រាក់</translation>
    </message>
    <message>
        <source>Uses</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រើ</translation>
    </message>
    <message>
        <source>Owns</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជាម្ចាស់</translation>
    </message>
    <message>
        <source>Member of</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជាសមាជិកនៃ</translation>
    </message>
    <message>
        <source>Located at</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្ថិតនៅ</translation>
    </message>
    <message>
        <source>Associate of</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បក្ខពួកនៃ</translation>
    </message>
    <message>
        <source>Same as</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដូចគ្នានឹង</translation>
    </message>
    <message>
        <source>Only these links count; none checked: all.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រាប់តែតំណទាំងនេះ; មិនជ្រើសណាមួយ៖ ទាំងអស់។</translation>
    </message>
    <message>
        <source>Only entities of these types are added; none checked: all.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមតែអង្គភាពប្រភេទទាំងនេះ; មិនជ្រើសណាមួយ៖ ទាំងអស់។</translation>
    </message>
    <message>
        <source>Steps out:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួនជំហានចេញ៖</translation>
    </message>
    <message>
        <source>New entities per entity:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាពថ្មីក្នុងមួយអង្គភាព៖</translation>
    </message>
    <message>
        <source>At least this many events:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្រឹត្តិការណ៍យ៉ាងហោចណាស់៖</translation>
    </message>
    <message>
        <source>At least this amount moved:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួនទឹកប្រាក់ផ្ទេរយ៉ាងហោចណាស់៖</translation>
    </message>
    <message>
        <source>Link types:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទតំណ៖</translation>
    </message>
    <message>
        <source>Entity types:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទអង្គភាព៖</translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពេលវេលា (UTC)៖</translation>
    </message>
    <message>
        <source>The minimum amount needs a number and a currency code, such as 500 and USD.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួនទឹកប្រាក់អប្បបរមាត្រូវការលេខ និងកូដរូបិយប័ណ្ណ ដូចជា 500 និង USD។</translation>
    </message>
</context>
<context>
    <name>sg::GraphLayout</name>
    <message numerus="yes">
        <source>Laying out %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>កំពុងរៀបចំប្លង់អង្គភាព %n</numerusform>
            <numerusform>កំពុងរៀបចំប្លង់អង្គភាព %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានបញ្ឈប់ដោយអ្នកប្រើ។</translation>
    </message>
    <message>
        <source>Graphviz could not be started.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចចាប់ផ្តើម Graphviz បានទេ។</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the chart with %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Graphviz មិនអាចរៀបចំប្លង់តារាងដោយ %1 បានទេ។</translation>
    </message>
    <message numerus="yes">
        <source>an entity has %n links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>អង្គភាពមួយមានតំណ %n</numerusform>
            <numerusform>អង្គភាពមួយមានតំណ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n អង្គភាព</numerusform>
            <numerusform>%n អង្គភាព</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>តំណ %n</numerusform>
            <numerusform>តំណ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 layout would take too long on this chart (%2); it was laid out with sfdp instead.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្លង់ %1 នឹងចំណាយពេលយូរពេកលើគំនូសតាងនេះ (%2); បានរៀបចំដោយ sfdp ជំនួសវិញ។</translation>
    </message>
    <message>
        <source>The layout job could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានការងាររៀបចំប្លង់បានទេ។</translation>
    </message>
    <message>
        <source>The layout helper gave an answer that could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កម្មវិធីជំនួយរៀបចំប្លង់ផ្ដល់ចម្លើយដែលមិនអាចអានបាន។</translation>
    </message>
</context>
<context>
    <name>sg::GraphML</name>
    <message>
        <source>The GraphML file could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរឯកសារ GraphML បានទេ។</translation>
    </message>
</context>
<context>
    <name>sg::GraphMLImporter</name>
    <message>
        <source>GraphML graph</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ក្រាហ្វ GraphML</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការនាំចូល %1 ត្រូវបានបោះបង់។</translation>
    </message>
    <message>
        <source>%1 is not GraphML: it has no &lt;graphml&gt; element.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជា GraphML ទេ៖ គ្មានធាតុ &lt;graphml&gt;។</translation>
    </message>
    <message>
        <source>edge %1 joins a node that is not in the graph (%2, %3)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គែម %1 ភ្ជាប់ថ្នាំងដែលមិនមាននៅក្នុងក្រាហ្វ (%2, %3)</translation>
    </message>
    <message>
        <source>%1 nodes and %2 edges read; GraphML has no events, so each edge is a declared association.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានអានថ្នាំង %1 និងគែម %2; GraphML គ្មានព្រឹត្តិការណ៍ ដូច្នេះគែមនីមួយៗជាទំនាក់ទំនងដែលបានប្រកាស។</translation>
    </message>
</context>
<context>
    <name>sg::GroupBoxItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ក្រុម &quot;%1&quot; មាន %n អង្គភាព</numerusform>
            <numerusform>ក្រុម &quot;%1&quot; មាន %n អង្គភាព</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GroupNodeItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities: double-click to expand it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ក្រុម &quot;%1&quot; មាន %n អង្គភាព៖ ចុចពីរដងដើម្បីពង្រីក</numerusform>
            <numerusform>ក្រុម &quot;%1&quot; មាន %n អង្គភាព៖ ចុចពីរដងដើម្បីពង្រីក</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n អង្គភាព</numerusform>
            <numerusform>%n អង្គភាព</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GuidedTour</name>
    <message>
        <source>Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថយក្រោយ</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បិទ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 នៃ %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាប់</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រួចរាល់</translation>
    </message>
</context>
<context>
    <name>sg::HeatMatrix</name>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n event(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 %2:00–%3:00៖ ព្រឹត្តិការណ៍ %n</numerusform>
            <numerusform>%1 %2:00–%3:00៖ ព្រឹត្តិការណ៍ %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ImportDialog</name>
    <message>
        <source>Import evidence</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចូលភស្តុតាង</translation>
    </message>
    <message>
        <source>Files:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារ៖</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រកឃើញដោយស្វ័យប្រវត្តិ</translation>
    </message>
    <message>
        <source>Format:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទម្រង់៖</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កម្ពុជា</translation>
    </message>
    <message>
        <source>China</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចិន</translation>
    </message>
    <message>
        <source>Laos</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឡាវ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មីយ៉ាន់ម៉ា</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថៃ</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វៀតណាម</translation>
    </message>
    <message>
        <source>Numbers written without a country code are read as numbers of this country.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខដែលសរសេរគ្មានលេខកូដប្រទេស ត្រូវបានអានជាលេខនៃប្រទេសនេះ។</translation>
    </message>
    <message>
        <source>Region of the numbers:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំបន់នៃលេខ៖</translation>
    </message>
    <message>
        <source>Times in the file without an offset are local times in this zone.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ម៉ោងក្នុងឯកសារដែលគ្មានគម្លាត គឺជាម៉ោងក្នុងស្រុកនៃតំបន់នេះ។</translation>
    </message>
    <message>
        <source>Time zone of the records:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំបន់ម៉ោងនៃកំណត់ត្រា៖</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចូល</translation>
    </message>
</context>
<context>
    <name>sg::ImportService</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារ %1 មិនមានទេ។</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាឯកសារទេ។</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអាន %1 បានទេ៖ គ្មានការអនុញ្ញាត។</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ទទេ។</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់តំបន់ &quot;%1&quot;។</translation>
    </message>
    <message>
        <source>use a two-letter country code such as KH</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រើលេខកូដប្រទេសពីរអក្សរ ដូចជា KH</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់តំបន់ម៉ោង &quot;%1&quot;។</translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រើឈ្មោះ IANA ដូចជា Asia/Phnom_Penh</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងគណនាហាសនៃ %1</translation>
    </message>
    <message>
        <source>No working folder could be created for the import.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចបង្កើតថតការងារសម្រាប់ការនាំចូលបានទេ។</translation>
    </message>
    <message>
        <source>%1 could not be copied to the working folder.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចចម្លង %1 ទៅថតការងារបានទេ។</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអាន %1 បានទេ។</translation>
    </message>
    <message>
        <source>%1 is not in a format Seagull can import.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាទម្រង់ដែល Seagull អាចនាំចូលបានទេ។</translation>
    </message>
    <message>
        <source>formats tried: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទម្រង់ដែលបានសាកល្បង៖ %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់ទម្រង់ &quot;%1&quot;។</translation>
    </message>
    <message>
        <source>known formats: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទម្រង់ដែលស្គាល់៖ %1</translation>
    </message>
    <message>
        <source>%1 changed during the import; nothing was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 បានផ្លាស់ប្តូរពេលនាំចូល មិនបានបន្ថែមអ្វីទេ។</translation>
    </message>
    <message>
        <source>SHA-256 before %1, after %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SHA-256 មុន %1 ក្រោយ %2</translation>
    </message>
    <message>
        <source>Linking %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងភ្ជាប់ %1</translation>
    </message>
    <message>
        <source>%1 is a database Seagull does not know how to read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 គឺជាមូលដ្ឋានទិន្នន័យដែល Seagull មិនចេះអាន។</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តារាង៖ %1</translation>
    </message>
    <message>
        <source>%1 cannot be imported: it is binary data that is neither a known format nor a readable SQLite database (an encrypted database looks like this).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចនាំចូល %1 បានទេ៖ វាជាទិន្នន័យគោលពីរដែលមិនមែនជាទម្រង់ដែលស្គាល់ ហើយក៏មិនមែនជាមូលដ្ឋានទិន្នន័យ SQLite ដែលអាចអានបានដែរ (មូលដ្ឋានទិន្នន័យដែលបានអ៊ិនគ្រីបមើលទៅដូចនេះ)។</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថត %1 មិនមានទេ។</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានបញ្ឈប់ដោយអ្នកប្រើ។</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារទទេ</translation>
    </message>
    <message>
        <source>a database Seagull does not know how to read</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មូលដ្ឋានទិន្នន័យដែល Seagull មិនចេះអាន</translation>
    </message>
    <message>
        <source>not in a format Seagull can import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនមែនជាទម្រង់ដែល Seagull អាចនាំចូលបានទេ</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) or number(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ឈ្មោះ ឬលេខ %n ដែលវែងជាង %1 តួអក្សរ ត្រូវបានកាត់ខ្លីក្នុងសំណុំរឿង ភស្តុតាងនៅតែរក្សាទុកពេញលេញ នៅទីតាំងនៃកំណត់ត្រានីមួយៗ។</numerusform>
            <numerusform>ឈ្មោះ ឬលេខ %n ដែលវែងជាង %1 តួអក្សរ ត្រូវបានកាត់ខ្លីក្នុងសំណុំរឿង ភស្តុតាងនៅតែរក្សាទុកពេញលេញ នៅទីតាំងនៃកំណត់ត្រានីមួយៗ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>សារ %n ដែលវែងជាង %1 តួអក្សរ ត្រូវបានកាត់ខ្លីក្នុងសំណុំរឿង ភស្តុតាងនៅតែរក្សាទុកពេញលេញ នៅទីតាំងនៃកំណត់ត្រានីមួយៗ។</numerusform>
            <numerusform>សារ %n ដែលវែងជាង %1 តួអក្សរ ត្រូវបានកាត់ខ្លីក្នុងសំណុំរឿង ភស្តុតាងនៅតែរក្សាទុកពេញលេញ នៅទីតាំងនៃកំណត់ត្រានីមួយៗ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been merged into others: what this file says of them went to the ones they were merged into, recorded with each merge, so that a split gives it back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>អង្គភាព %n ដែលបានលើកឡើងនៅទីនេះ ត្រូវបានបញ្ចូលទៅក្នុងអង្គភាពផ្សេងរួចហើយ៖ អ្វីដែលឯកសារនេះនិយាយអំពីវា បានទៅអង្គភាពដែលវាត្រូវបានបញ្ចូល ហើយកត់ត្រាជាមួយការបញ្ចូលនីមួយៗ ដើម្បីឱ្យការបំបែកអាចប្រគល់វាវិញ។</numerusform>
            <numerusform>អង្គភាព %n ដែលបានលើកឡើងនៅទីនេះ ត្រូវបានបញ្ចូលទៅក្នុងអង្គភាពផ្សេងរួចហើយ៖ អ្វីដែលឯកសារនេះនិយាយអំពីវា បានទៅអង្គភាពដែលវាត្រូវបានបញ្ចូល ហើយកត់ត្រាជាមួយការបញ្ចូលនីមួយៗ ដើម្បីឱ្យការបំបែកអាចប្រគល់វាវិញ។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been deleted from the case and stay deleted; restoring one brings it back with what this file says of it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>អង្គភាព %n ដែលបានលើកឡើងនៅទីនេះ ត្រូវបានលុបចេញពីសំណុំរឿង ហើយនៅតែលុបដដែល៖ ការស្ដារវាមកវិញ នឹងនាំវាមកវិញជាមួយអ្វីដែលឯកសារនេះនិយាយអំពីវា។</numerusform>
            <numerusform>អង្គភាព %n ដែលបានលើកឡើងនៅទីនេះ ត្រូវបានលុបចេញពីសំណុំរឿង ហើយនៅតែលុបដដែល៖ ការស្ដារវាមកវិញ នឹងនាំវាមកវិញជាមួយអ្វីដែលឯកសារនេះនិយាយអំពីវា។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::InspectorPanel</name>
    <message>
        <source>Select an entity on the chart to see what the case knows about it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសអង្គភាពលើគំនូសតាង ដើម្បីមើលអ្វីដែលករណីដឹងអំពីវា។</translation>
    </message>
    <message numerus="yes">
        <source>%n entities selected.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បានជ្រើសអង្គភាព %n។</numerusform>
            <numerusform>បានជ្រើសអង្គភាព %n។</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គន្លឹះ</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Kept as written: the number did not validate for its source&apos;s region.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុកដូចដែលបានសរសេរ៖ លេខមិនត្រឹមត្រូវតាមតំបន់នៃប្រភពរបស់វាទេ។</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះផ្សេង</translation>
    </message>
    <message>
        <source>Events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>Linked entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាពដែលភ្ជាប់</translation>
    </message>
    <message>
        <source>Sources</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព %1៖ %2</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រយៈទទឹង</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រយៈបណ្តោយ</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អាសយដ្ឋាន</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មុំទិស</translation>
    </message>
    <message>
        <source>Site</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្ថានីយ៍</translation>
    </message>
    <message>
        <source>%1 (source %2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (ប្រភព %2)</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានឯកសារករណីបានទេ។</translation>
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
            <numerusform>ព្រឹត្តិការណ៍ %n</numerusform>
            <numerusform>ព្រឹត្តិការណ៍ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រយៈពេលសរុប</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n វិនាទី</numerusform>
            <numerusform>%n វិនាទី</numerusform>
        </translation>
    </message>
    <message>
        <source>Total moved</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សរុបប្រាក់ផ្ទេរ</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពេល</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពី</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វិនាទី</translation>
    </message>
    <message>
        <source>Amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អត្ថបទ</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្ថានភាព</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>deleted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានលុប</translation>
    </message>
    <message>
        <source>Names by source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះតាមប្រភព</translation>
    </message>
    <message>
        <source>source %1: %2, %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព %1៖ %2, %3</translation>
    </message>
    <message>
        <source>attachment</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុកឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចសរសេរ %1៖ %2</translation>
    </message>
    <message>
        <source>Tags</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្លាក</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <source>%1 bytes, %2, added by %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 បៃ, %2, បន្ថែមដោយ %3</translation>
    </message>
    <message>
        <source>Merged into this entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានបញ្ចូលទៅអង្គភាពនេះ</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, by %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&quot;%1&quot;, ដោយ %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សំណុំរឿង</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សំណុំរឿង %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំបន់ %1</translation>
    </message>
    <message>
        <source>examiner %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ្នកពិនិត្យ %1</translation>
    </message>
    <message>
        <source>Entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព</translation>
    </message>
    <message>
        <source>Links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំណ</translation>
    </message>
    <message>
        <source>Saved charts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាងដែលបានរក្សាទុក</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំសំណុំរឿង</translation>
    </message>
    <message>
        <source>Last imported: %1 (%2 UTC)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចូលចុងក្រោយ៖ %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Nothing imported yet: use Import to add call records, statements or device extracts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនទាន់បាននាំចូលអ្វីនៅឡើយ៖ ប្រើ «នាំចូល» ដើម្បីបន្ថែមកំណត់ត្រាការហៅ របាយការណ៍គណនី ឬទិន្នន័យដែលទាញចេញពីឧបករណ៍។</translation>
    </message>
    <message>
        <source>Open or create a case to begin.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បើក ឬបង្កើតសំណុំរឿង ដើម្បីចាប់ផ្ដើម។</translation>
    </message>
    <message>
        <source>Types counted among the first %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទត្រូវបានរាប់ក្នុងចំណោម %1 ដំបូង។</translation>
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
            <numerusform>និង %n ទៀត។</numerusform>
            <numerusform>និង %n ទៀត។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::IosAddressBookImporter</name>
    <message>
        <source>iOS contacts (AddressBook.sqlitedb)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ជីទំនាក់ទំនង iOS (AddressBook.sqlitedb)</translation>
    </message>
</context>
<context>
    <name>sg::IosCallHistoryImporter</name>
    <message>
        <source>iOS call history (CallHistory.storedata)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រវត្តិការហៅ iOS (CallHistory.storedata)</translation>
    </message>
</context>
<context>
    <name>sg::IosMessagesImporter</name>
    <message>
        <source>iOS messages (sms.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សារ iOS (sms.db)</translation>
    </message>
</context>
<context>
    <name>sg::LinkDialog</name>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពី</translation>
    </message>
    <message>
        <source>Until</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Link two entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភ្ជាប់អង្គភាពពីរ</translation>
    </message>
    <message>
        <source>Drawn solid, dashed or dotted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គូរជាបន្ទាត់ពេញ ដាច់ៗ ឬចំណុច</translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មូលដ្ឋាន៖ &quot;ការសួរចម្លើយសាក្សីទី 3&quot;</translation>
    </message>
    <message>
        <source>Swap</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្ដូរ</translation>
    </message>
    <message>
        <source>Turn the link the other way round</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្វែរទិសតំណ</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទ៖</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កម្រិតជឿជាក់៖</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាលបរិច្ឆេទ៖</translation>
    </message>
    <message>
        <source>Source:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព៖</translation>
    </message>
    <message>
        <source>%1 — %2 → %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 — %2 → %3</translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាលបរិច្ឆេទនៃតំណបញ្ច្រាស។</translation>
    </message>
</context>
<context>
    <name>sg::LinkKind</name>
    <message>
        <source>Events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>Owns</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាន់កាប់</translation>
    </message>
    <message>
        <source>Uses</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រើ</translation>
    </message>
    <message>
        <source>Member of</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សមាជិកនៃ</translation>
    </message>
    <message>
        <source>Located at</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្ថិតនៅ</translation>
    </message>
    <message>
        <source>Associate</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពាក់ព័ន្ធ</translation>
    </message>
    <message>
        <source>Same as</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដូចគ្នានឹង</translation>
    </message>
    <message>
        <source>Family of</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សាច់ញាតិរបស់</translation>
    </message>
    <message>
        <source>Employed by</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជួលដោយ</translation>
    </message>
</context>
<context>
    <name>sg::MainWindow</name>
    <message>
        <source>Add to chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមទៅតារាង</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុកគំនូសតាង</translation>
    </message>
    <message>
        <source>About Seagull</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អំពី Seagull</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seagull %1&lt;/h3&gt;&lt;p&gt;Link analysis for telecom-fraud investigations, offline.&lt;/p&gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&lt;h3&gt;Seagull %1&lt;/h3&gt;&lt;p&gt;ការវិភាគតំណក្រៅបណ្តាញ សម្រាប់ការស៊ើបអង្កេតការបោកប្រាស់តាមទូរគមនាគមន៍។&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កែសម្រួល(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាង(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្លង់(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មើល(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភាសា(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជំនួយ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ករណីថ្មី(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បើកករណី(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចូលឯកសារ(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុកគំនូសតាង(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចាកចេញ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Remove from chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដកចេញពីគំនូសតាង(&amp;R)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសទាំងអស់(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Expand selected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពង្រីកអ្វីដែលបានជ្រើស(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fit chart to window</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សម្រួលគំនូសតាងឱ្យសមនឹងបង្អួច(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពង្រីក(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្រួម(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Seagull</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អំពី Seagull(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Network (sfdp)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បណ្តាញ(&amp;N) (sfdp)</translation>
    </message>
    <message>
        <source>&amp;Spring (neato)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រឺស័រ(&amp;S) (neato)</translation>
    </message>
    <message>
        <source>&amp;Force-directed (fdp)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដឹកនាំដោយកម្លាំង(&amp;F) (fdp)</translation>
    </message>
    <message>
        <source>&amp;Hierarchy (dot)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឋានានុក្រម(&amp;H) (dot)</translation>
    </message>
    <message>
        <source>&amp;Circle (circo)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រង្វង់(&amp;C) (circo)</translation>
    </message>
    <message>
        <source>&amp;Radial (twopi)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាំរស្មី(&amp;R) (twopi)</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្វែងរក</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ្នកត្រួតពិនិត្យ</translation>
    </message>
    <message>
        <source>%1 – %2 [*]</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 – %2 [*]</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ករណី %1</translation>
    </message>
    <message>
        <source>No case open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនបានបើកករណី</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនធ្វើវិញ %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនធ្វើវិញ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធ្វើវិញ %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធ្វើវិញ(&amp;R)</translation>
    </message>
    <message>
        <source>Chart 1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាង 1</translation>
    </message>
    <message>
        <source>Expand</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពង្រីក</translation>
    </message>
    <message>
        <source>Unsaved chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាងមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; has changes that are not saved in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាង &quot;%1&quot; មានការផ្លាស់ប្តូរដែលមិនទាន់រក្សាទុកក្នុងករណី។</translation>
    </message>
    <message>
        <source>Open case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បើកករណី</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បើកគំនូសតាង</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានបើក %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ករណីថ្មី</translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ករណី Seagull (*.seagull)</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះករណី៖</translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ករណី Seagull (*.seagull);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចូលភស្តុតាង</translation>
    </message>
    <message>
        <source>Importing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងនាំចូល</translation>
    </message>
    <message>
        <source>%1 was imported before (source %2); nothing was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ត្រូវបាននាំចូលពីមុន (ប្រភព %2) មិនបានបន្ថែមអ្វីទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n events imported</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1៖ បាននាំចូលព្រឹត្តិការណ៍ %n</numerusform>
            <numerusform>%1៖ បាននាំចូលព្រឹត្តិការណ៍ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows could not be read (see details)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1៖ មិនអាចអាន %n ជួរបានទេ (មើលព័ត៌មានលម្អិត)</numerusform>
            <numerusform>%1៖ មិនអាចអាន %n ជួរបានទេ (មើលព័ត៌មានលម្អិត)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 បន្ទាត់ %2៖ %3</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការនាំចូលបានបញ្ចប់</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សូមបើកករណីជាមុនសិន។</translation>
    </message>
    <message numerus="yes">
        <source>%n entities added</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បានបន្ថែមអង្គភាព %n</numerusform>
            <numerusform>បានបន្ថែមអង្គភាព %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងរៀបប្លង់គំនូសតាង</translation>
    </message>
    <message>
        <source>Layout</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្លង់</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាងត្រូវបានសរសេរទៅ %1</translation>
    </message>
    <message>
        <source>Chart saved in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាងត្រូវបានរក្សាទុកក្នុងករណី។</translation>
    </message>
    <message>
        <source>Import extraction &amp;folder…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចូលថតទិន្នន័យដែលបានទាញយក(&amp;F)…</translation>
    </message>
    <message>
        <source>Import extraction folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចូលថតទិន្នន័យដែលបានទាញយក</translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ បានរំលង %2។</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចនាំចូល %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>Import table with column &amp;mapping…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចូលតារាងដោយផ្គូផ្គងជួរឈរ(&amp;M)…</translation>
    </message>
    <message>
        <source>Import table with column mapping</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចូលតារាងដោយផ្គូផ្គងជួរឈរ</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តារាង (*.csv *.tsv *.txt *.xlsx);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>&amp;Grid by type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ក្រឡាតាមប្រភេទ(&amp;G)</translation>
    </message>
    <message>
        <source>Rename chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្តូរឈ្មោះគំនូសតាង</translation>
    </message>
    <message>
        <source>Chart name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះគំនូសតាង៖</translation>
    </message>
    <message>
        <source>Delete chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លុបគំនូសតាង</translation>
    </message>
    <message>
        <source>Delete the chart &quot;%1&quot; from the case? The case&apos;s records stay.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លុបគំនូសតាង &quot;%1&quot; ចេញពីសំណុំរឿងឬ? កំណត់ត្រានៃសំណុំរឿងនៅដដែល។</translation>
    </message>
    <message numerus="yes">
        <source>Ungroup %n groups</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បំបែក %n ក្រុម</numerusform>
            <numerusform>បំបែក %n ក្រុម</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the style of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>កំណត់រចនាប័ទ្មឡើងវិញនៃ %n អង្គភាព</numerusform>
            <numerusform>កំណត់រចនាប័ទ្មឡើងវិញនៃ %n អង្គភាព</numerusform>
        </translation>
    </message>
    <message>
        <source>Show owners</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញម្ចាស់</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាង(&amp;H)</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើស(&amp;L)</translation>
    </message>
    <message>
        <source>Select by &amp;type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសតាមប្រភេទ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Icon</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រូបតំណាង(&amp;I)</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំណ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;New chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាងថ្មី(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្តូរឈ្មោះគំនូសតាង(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លុបគំនូសតាង(&amp;D)…</translation>
    </message>
    <message>
        <source>Expand with &amp;filters…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពង្រីកតាមតម្រង(&amp;F)…</translation>
    </message>
    <message>
        <source>Select &amp;neighbours</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសអ្នកជិតខាង(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Invert selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសផ្ទុយ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Find on chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្វែងរកលើគំនូសតាង(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពង្រីកទៅកាន់ការជ្រើស(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hide selected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លាក់ការជ្រើស(&amp;H)</translation>
    </message>
    <message>
        <source>Show all hi&amp;dden</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញអ្វីដែលលាក់ទាំងអស់(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Pin selected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ខ្ទាស់ការជ្រើស(&amp;P)</translation>
    </message>
    <message>
        <source>U&amp;npin selected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដកខ្ទាស់ការជ្រើស(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group selected…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដាក់ការជ្រើសជាក្រុម(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បំបែកក្រុម(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Collapse group</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្រួមក្រុម(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xpand group</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពង្រីកក្រុម(&amp;X)</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមកំណត់ចំណាំ(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កែកំណត់ចំណាំ…</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លុបកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពណ៌(&amp;O)…</translation>
    </message>
    <message>
        <source>Reset colour and icon</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ពណ៌ និងរូបតំណាងឡើងវិញ</translation>
    </message>
    <message>
        <source>Show &amp;owners instead of phones and accounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញម្ចាស់ជំនួសទូរសព្ទ និងគណនី(&amp;O)</translation>
    </message>
    <message>
        <source>Show phones and accounts &amp;again</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញទូរសព្ទ និងគណនីម្តងទៀត(&amp;A)</translation>
    </message>
    <message>
        <source>One line per &amp;pair</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មួយខ្សែក្នុងមួយគូ(&amp;P)</translation>
    </message>
    <message>
        <source>One line per &amp;direction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មួយខ្សែក្នុងមួយទិស(&amp;D)</translation>
    </message>
    <message>
        <source>One line per &amp;event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មួយខ្សែក្នុងមួយព្រឹត្តិការណ៍(&amp;E)</translation>
    </message>
    <message>
        <source>Fixed &amp;width</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទទឹងថេរ(&amp;W)</translation>
    </message>
    <message>
        <source>Width by &amp;count</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទទឹងតាមចំនួនដង(&amp;C)</translation>
    </message>
    <message>
        <source>Width by &amp;amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទទឹងតាមចំនួនទឹកប្រាក់(&amp;A)</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាង %1</translation>
    </message>
    <message>
        <source>The chart is not saved in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាងមិនទាន់បានរក្សាទុកក្នុងសំណុំរឿងទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%n entities are now shown as their owners.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ឥឡូវនេះ %n អង្គភាពត្រូវបានបង្ហាញជាម្ចាស់របស់វា។</numerusform>
            <numerusform>ឥឡូវនេះ %n អង្គភាពត្រូវបានបង្ហាញជាម្ចាស់របស់វា។</numerusform>
        </translation>
    </message>
    <message>
        <source>The case records no owner for these entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សំណុំរឿងមិនមានកត់ត្រាម្ចាស់នៃអង្គភាពទាំងនេះទេ។</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ក្រុម</translation>
    </message>
    <message>
        <source>Name of the group (a den, a family, a gang):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះក្រុម (ទីតាំង គ្រួសារ ក្រុមក្មេងទំនើង)៖</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ក្រុម %1</translation>
    </message>
    <message numerus="yes">
        <source>Collapse %n groups</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បង្រួម %n ក្រុម</numerusform>
            <numerusform>បង្រួម %n ក្រុម</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expand %n groups</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ពង្រីក %n ក្រុម</numerusform>
            <numerusform>ពង្រីក %n ក្រុម</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Note:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំ៖</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កែកំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពណ៌</translation>
    </message>
    <message>
        <source>Find on chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្វែងរកលើគំនូសតាង</translation>
    </message>
    <message>
        <source>Name or number:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះ ឬលេខ៖</translation>
    </message>
    <message>
        <source>Nothing on the chart matches &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានអ្វីលើគំនូសតាងត្រូវនឹង &quot;%1&quot; ទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%n entities found on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>រកឃើញ %n អង្គភាពលើគំនូសតាង។</numerusform>
            <numerusform>រកឃើញ %n អង្គភាពលើគំនូសតាង។</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note here…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមកំណត់ចំណាំនៅទីនេះ…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សេចក្តីពន្យល់</translation>
    </message>
    <message>
        <source>Add the parties of the events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមភាគីនៃព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>Add the &amp;parties of its events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមភាគីនៃព្រឹត្តិការណ៍របស់វា(&amp;P)</translation>
    </message>
    <message>
        <source>Select a link on the chart first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សូមជ្រើសតំណមួយលើគំនូសតាងជាមុនសិន។</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការវិភាគ</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;បោះពុម្ពគំនូសតាង…</translation>
    </message>
    <message>
        <source>Entity &amp;profile report…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍&amp;ប្រវត្តិអង្គភាព…</translation>
    </message>
    <message>
        <source>Case &amp;summary report…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍&amp;សង្ខេបសំណុំរឿង…</translation>
    </message>
    <message>
        <source>E&amp;xport chart data (i2 ANX, GraphML, bundle)…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;នាំចេញទិន្នន័យគំនូសតាង (i2 ANX, GraphML, កញ្ចប់)…</translation>
    </message>
    <message>
        <source>Evidence (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភស្តុតាង (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;ឯកសារទាំងអស់ (*)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing, one file per page (*.svg)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូរ SVG មួយឯកសារក្នុងមួយទំព័រ (*.svg)</translation>
    </message>
    <message>
        <source>PNG image, one file per page (*.png)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រូបភាព PNG មួយឯកសារក្នុងមួយទំព័រ (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចេញគំនូសតាង</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មើលមុនបោះពុម្ព៖ %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មើលមុនបោះពុម្ព</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពគំនូសតាង</translation>
    </message>
    <message>
        <source>Preparing the print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងរៀបចំការបោះពុម្ព</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សេចក្តីសង្ខេបសំណុំរឿង</translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រវត្តិអង្គភាព</translation>
    </message>
    <message>
        <source>Case summary report</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍សង្ខេបសំណុំរឿង</translation>
    </message>
    <message>
        <source>Entity profile report</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍ប្រវត្តិអង្គភាព</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងរៀបចំរបាយការណ៍</translation>
    </message>
    <message>
        <source>Report</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រវត្តិអង្គភាព៖ %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានសរសេររបាយការណ៍ទៅ %1</translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (*.anx)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាង i2 Analyst&apos;s Notebook (*.anx)</translation>
    </message>
    <message>
        <source>GraphML for Gephi, yEd, networkx (*.graphml)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>GraphML សម្រាប់ Gephi, yEd, networkx (*.graphml)</translation>
    </message>
    <message>
        <source>Case bundle for a partner agency (*.sgbundle)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កញ្ចប់សំណុំរឿងសម្រាប់ស្ថាប័នដៃគូ (*.sgbundle)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចេញទិន្នន័យគំនូសតាង</translation>
    </message>
    <message>
        <source>Case bundle</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កញ្ចប់សំណុំរឿង</translation>
    </message>
    <message>
        <source>The agency that sends the bundle:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្ថាប័នដែលផ្ញើកញ្ចប់៖</translation>
    </message>
    <message>
        <source>%1: chart data is written as .anx, .graphml or .sgbundle.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ ទិន្នន័យគំនូសតាងត្រូវសរសេរជា .anx, .graphml ឬ .sgbundle។</translation>
    </message>
    <message>
        <source>Exporting the chart&apos;s data</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងនាំចេញទិន្នន័យគំនូសតាង</translation>
    </message>
    <message>
        <source>Chart data written to %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានសរសេរទិន្នន័យគំនូសតាងទៅ %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាត់ពេលវេលា</translation>
    </message>
    <message>
        <source>&amp;Time filter</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តម្រង&amp;ពេលវេលា</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានសរសេរ %1 ទៅ %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចេញ %1</translation>
    </message>
    <message>
        <source>Years in the Thai &amp;Buddhist era (B.E.)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឆ្នាំជា&amp;ពុទ្ធសករាជថៃ (ព.ស.)</translation>
    </message>
    <message>
        <source>Show years as B.E. = C.E. + 543 on dates, time axes and print; the case is not changed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញឆ្នាំជា ព.ស. = គ.ស. + 543 លើកាលបរិច្ឆេទ អ័ក្សពេលវេលា និងការបោះពុម្ព; សំណុំរឿងមិនផ្លាស់ប្ដូរ</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ព %1</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការ&amp;កំណត់…</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បើកសំណុំរឿង&amp;សាកល្បង</translation>
    </message>
    <message>
        <source>A made-up case of two compounds, their callers and victims, to try Seagull on</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សំណុំរឿងប្រឌិតនៃបរិវេណពីរ អ្នកហៅ និងជនរងគ្រោះ ដើម្បីសាកល្បង Seagull</translation>
    </message>
    <message>
        <source>Copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចម្លង</translation>
    </message>
    <message>
        <source>Writing the demonstration case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងសរសេរសំណុំរឿងសាកល្បង</translation>
    </message>
    <message>
        <source>Demonstration case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សំណុំរឿងសាកល្បង</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សៀវភៅណែនាំអ្នកប្រើ(&amp;U)</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧបករណ៍ចម្បង</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បើក</translation>
    </message>
    <message>
        <source>Fit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សមនឹងបង្អួច</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ព</translation>
    </message>
    <message>
        <source>Guided &amp;tour</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដំណើរណែនាំ(&amp;T)</translation>
    </message>
    <message>
        <source>Four steps: search, expand, layout, print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជំហានបួន៖ ស្វែងរក ពង្រីក រៀបចំប្លង់ បោះពុម្ព</translation>
    </message>
    <message>
        <source>Help → Guided tour shows the main steps on this case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជំនួយ → ដំណើរណែនាំ បង្ហាញជំហានសំខាន់ៗលើករណីនេះ។</translation>
    </message>
    <message>
        <source>Type a phone number in any format, a name, an account or an IMEI. Double-click a result, or drag it, to put it on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វាយលេខទូរស័ព្ទក្នុងទម្រង់ណាមួយ ឈ្មោះ គណនី ឬ IMEI។ ចុចពីរដងលើលទ្ធផល ឬអូសវា ដើម្បីដាក់វាលើគំនូសតាង។</translation>
    </message>
    <message>
        <source>Select entities on the chart and expand them (Ctrl+E) to bring in who they called, messaged or paid. Ctrl+Shift+E expands with filters: types, dates, counts, amounts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសអង្គភាពលើគំនូសតាង ហើយពង្រីកវា (Ctrl+E) ដើម្បីនាំចូលអ្នកដែលពួកគេបានហៅ ផ្ញើសារ ឬបង់ប្រាក់ឱ្យ។ Ctrl+Shift+E ពង្រីកដោយមានតម្រង៖ ប្រភេទ កាលបរិច្ឆេទ ចំនួន ទឹកប្រាក់។</translation>
    </message>
    <message>
        <source>Arrange the chart (Ctrl+L). Chart → Layout has the other arrangements: hierarchy for money flows, circle, radial, grid. Pinned entities stay where you put them.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រៀបចំគំនូសតាង (Ctrl+L)។ គំនូសតាង → ប្លង់ មានការរៀបចំផ្សេងទៀត៖ ឋានានុក្រមសម្រាប់លំហូរប្រាក់ រង្វង់ កាំ ក្រឡាចត្រង្គ។ អង្គភាពដែលបានខ្ទាស់នៅកន្លែងដែលអ្នកដាក់។</translation>
    </message>
    <message>
        <source>Print the chart for court (Ctrl+P): paper size, title block, exhibit number, classification, several pages for a wall, and appendices listing each source and event. Preview before printing, or write PDF, SVG or PNG.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពគំនូសតាងសម្រាប់តុលាការ (Ctrl+P)៖ ទំហំក្រដាស ប្លុកចំណងជើង លេខវត្ថុតាង ចំណាត់ថ្នាក់ ច្រើនទំព័រសម្រាប់ជញ្ជាំង និងឧបសម្ព័ន្ធរាយប្រភព និងព្រឹត្តិការណ៍នីមួយៗ។ មើលជាមុនមុនពេលបោះពុម្ព ឬសរសេរជា PDF, SVG ឬ PNG។</translation>
    </message>
    <message>
        <source>Unsaved chart found</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រកឃើញគំនូសតាងមិនទាន់រក្សាទុក</translation>
    </message>
    <message>
        <source>Seagull was closed without saving the chart &quot;%1&quot; of this case. Its changes were kept at %2. Restore them?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull ត្រូវបានបិទដោយមិនបានរក្សាទុកគំនូសតាង &quot;%1&quot; នៃករណីនេះ។ ការផ្លាស់ប្តូររបស់វាត្រូវបានរក្សានៅ %2។ ស្តារវាឡើងវិញឬ?</translation>
    </message>
    <message>
        <source>Restore the changes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្តារការផ្លាស់ប្តូរ</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះបង់</translation>
    </message>
    <message>
        <source>The chart&apos;s changes kept at %1 are restored; save the chart to keep them in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្លាស់ប្តូររបស់គំនូសតាងដែលបានរក្សានៅ %1 ត្រូវបានស្តារ សូមរក្សាទុកគំនូសតាងដើម្បីរក្សាវាក្នុងករណី។</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានករណីត្រូវបានបើកទេ។</translation>
    </message>
    <message>
        <source>Other work on the case is running; try again when it has finished.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការងារផ្សេងទៀតលើករណីកំពុងដំណើរការ សូមព្យាយាមម្ដងទៀតនៅពេលវាបញ្ចប់។</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ហេតុសវនកម្ម</translation>
    </message>
    <message>
        <source>The work is done, but the case&apos;s audit log could not record it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការងារបានបញ្ចប់ ប៉ុន្តែកំណត់ហេតុសវនកម្មរបស់ករណីមិនអាចកត់ត្រាវាបានទេ។</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងពង្រីក</translation>
    </message>
    <message numerus="yes">
        <source>Expanding would add %n entities to the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ការពង្រីកនឹងបន្ថែមអង្គភាព %n ទៅក្នុងគំនូសតាង។</numerusform>
            <numerusform>ការពង្រីកនឹងបន្ថែមអង្គភាព %n ទៅក្នុងគំនូសតាង។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw; to bring the most connected first, expand with a limit per entity (Expand with filters…).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>គំនូសតាងមានអង្គភាព %n ឥឡូវនេះ។ គំនូសតាងដែលមានអង្គភាពលើសពី 10,000 ត្រូវការពេលច្រើននាទីដើម្បីរៀបចំប្លង់ ហើយគូរយឺត ដើម្បីនាំយកអង្គភាពដែលមានទំនាក់ទំនងច្រើនជាងគេមុន សូមពង្រីកដោយកំណត់ចំនួនក្នុងមួយអង្គភាព (ពង្រីកតាមតម្រង…)។</numerusform>
            <numerusform>គំនូសតាងមានអង្គភាព %n ឥឡូវនេះ។ គំនូសតាងដែលមានអង្គភាពលើសពី 10,000 ត្រូវការពេលច្រើននាទីដើម្បីរៀបចំប្លង់ ហើយគូរយឺត ដើម្បីនាំយកអង្គភាពដែលមានទំនាក់ទំនងច្រើនជាងគេមុន សូមពង្រីកដោយកំណត់ចំនួនក្នុងមួយអង្គភាព (ពង្រីកតាមតម្រង…)។</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមទាំងអស់</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានអ្វីត្រូវបានបន្ថែមទេ។</translation>
    </message>
    <message>
        <source>Drawing links: %L1 of %L2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងគូរតំណ៖ %L1 នៃ %L2</translation>
    </message>
    <message>
        <source>Search on the left for a number, IMEI, account or name, then double-click a result or drag it here to put it on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្វែងរកលេខ IMEI គណនី ឬឈ្មោះនៅខាងឆ្វេង រួចចុចពីរដងលើលទ្ធផល ឬអូសវាមកទីនេះ ដើម្បីដាក់វាលើគំនូសតាង។</translation>
    </message>
    <message>
        <source>Open a case or create a new one to begin. Help → Open the demonstration case shows Seagull on a made-up case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បើកសំណុំរឿង ឬបង្កើតសំណុំរឿងថ្មី ដើម្បីចាប់ផ្ដើម។ ជំនួយ → បើកសំណុំរឿងសាកល្បង បង្ហាញ Seagull លើសំណុំរឿងប្រឌិតមួយ។</translation>
    </message>
    <message numerus="yes">
        <source>Adding would put %n entities on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ការបន្ថែមនឹងដាក់អង្គភាព %n នៅលើគំនូសតាង។</numerusform>
            <numerusform>ការបន្ថែមនឹងដាក់អង្គភាព %n នៅលើគំនូសតាង។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ឥឡូវគំនូសតាងមានអង្គភាព %n ។ គំនូសតាងដែលមានអង្គភាពលើសពី 10,000 ត្រូវការពេលច្រើននាទីដើម្បីរៀបចំ ហើយគូរយឺត។</numerusform>
            <numerusform>ឥឡូវគំនូសតាងមានអង្គភាព %n ។ គំនូសតាងដែលមានអង្គភាពលើសពី 10,000 ត្រូវការពេលច្រើននាទីដើម្បីរៀបចំ ហើយគូរយឺត។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the first %n</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បន្ថែម %n ដំបូង</numerusform>
            <numerusform>បន្ថែម %n ដំបូង</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងបន្ថែមទៅក្នុងគំនូសតាង</translation>
    </message>
    <message>
        <source>Saving the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងរក្សាទុកគំនូសតាង</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; was not opened; Chart → Charts opens it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាង &quot;%1&quot; មិនត្រូវបានបើកទេ; បើកវានៅ គំនូសតាង → គំនូសតាង។</translation>
    </message>
    <message>
        <source>Opening the chart was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការបើកគំនូសតាងត្រូវបានបោះបង់។</translation>
    </message>
    <message>
        <source>Opening the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងបើកគំនូសតាង</translation>
    </message>
</context>
<context>
    <name>sg::MappingWizard</name>
    <message>
        <source>Reference</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>Paying account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គណនីអ្នកបង់</translation>
    </message>
    <message>
        <source>Receiving account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គណនីអ្នកទទួល</translation>
    </message>
    <message>
        <source>Paying bank or wallet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធនាគារ ឬកាបូបអ្នកបង់</translation>
    </message>
    <message>
        <source>Receiving bank or wallet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធនាគារ ឬកាបូបអ្នកទទួល</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះអ្នកបង់</translation>
    </message>
    <message>
        <source>Receiver&apos;s name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះអ្នកទទួល</translation>
    </message>
    <message>
        <source>Amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឥណពន្ធ (ប្រាក់ចេញ)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឥណទាន (ប្រាក់ចូល)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រូបិយប័ណ្ណ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាលបរិច្ឆេទ និងម៉ោង</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទប្រតិបត្តិការ</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការពិពណ៌នា</translation>
    </message>
    <message>
        <source>Balance</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សមតុល្យ</translation>
    </message>
    <message>
        <source>Debit/credit mark</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សញ្ញាឥណពន្ធ/ឥណទាន</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គណនីដៃគូ</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធនាគារដៃគូ</translation>
    </message>
    <message>
        <source>Counterparty name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះដៃគូ</translation>
    </message>
    <message>
        <source>Each row is seen from one account (a statement)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជួរនីមួយៗមើលពីគណនីតែមួយ (របាយការណ៍គណនី)</translation>
    </message>
    <message>
        <source>Map the columns of %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្គូផ្គងជួរឈររបស់ %1</translation>
    </message>
    <message>
        <source>Seagull does not know this layout. Say which row holds the column names and what each column holds; the preview shows what the first rows become.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull មិនស្គាល់ប្លង់នេះទេ។ សូមប្រាប់ថាជួរណាមានឈ្មោះជួរឈរ និងជួរឈរនីមួយៗមានអ្វី ការមើលជាមុនបង្ហាញលទ្ធផលនៃជួរដំបូងៗ។</translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សន្លឹកកិច្ចការ៖</translation>
    </message>
    <message>
        <source>Column names on row:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះជួរឈរនៅជួរ៖</translation>
    </message>
    <message>
        <source>Name of this layout:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះប្លង់នេះ៖</translation>
    </message>
    <message>
        <source>e.g. ABA, KBank, Vietcombank, TrueMoney, Wing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧ. ABA, KBank, Vietcombank, TrueMoney, Wing</translation>
    </message>
    <message>
        <source>Bank or wallet:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធនាគារ ឬកាបូប៖</translation>
    </message>
    <message>
        <source>e.g. USD, THB, VND, KHR, CNY</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧ. USD, THB, VND, KHR, CNY</translation>
    </message>
    <message>
        <source>Currency when no column says it:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រូបិយប័ណ្ណ ពេលគ្មានជួរឈរបញ្ជាក់៖</translation>
    </message>
    <message>
        <source>Decide from the dates</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សម្រេចតាមកាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថ្ងៃ/ខែ/ឆ្នាំ</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ខែ/ថ្ងៃ/ឆ្នាំ</translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឆ្នាំ-ខែ-ថ្ងៃ</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វិនាទី Unix</translation>
    </message>
    <message>
        <source>Unix milliseconds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មីលីវិនាទី Unix</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាលបរិច្ឆេទ៖</translation>
    </message>
    <message>
        <source>Decide from the amounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សម្រេចតាមចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Decimal point (1,234.56)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំណុចទសភាគ (1,234.56)</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,56)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ក្បៀសទសភាគ (1.234,56)</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួនទឹកប្រាក់៖</translation>
    </message>
    <message>
        <source>the statement&apos;s own account number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខគណនីផ្ទាល់របស់របាយការណ៍</translation>
    </message>
    <message>
        <source>Account of the statement:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គណនីនៃរបាយការណ៍៖</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចូល</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុកការផ្គូផ្គង…</translation>
    </message>
    <message>
        <source>Holds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មាន</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>— មិនប្រើ —</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានឯកសារបានទេ៖ %1</translation>
    </message>
    <message>
        <source>Choose at least the date and the amount (or debit and credit) columns, and the accounts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សូមជ្រើសយ៉ាងហោចណាស់ជួរឈរកាលបរិច្ឆេទ ចំនួនទឹកប្រាក់ (ឬឥណពន្ធ និងឥណទាន) និងគណនី។</translation>
    </message>
    <message>
        <source>No preview: the scratch folder cannot be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានការមើលជាមុន៖ មិនអាចសរសេរថតបណ្ដោះអាសន្នបានទេ។</translation>
    </message>
    <message>
        <source>Preview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មើលជាមុន</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានការមើលជាមុន៖ %1</translation>
    </message>
    <message>
        <source>The first rows do not import: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជួរដំបូងៗមិនអាចនាំចូលបានទេ៖ %1</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 transfers between %2 accounts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ជួរដំបូង %n ផ្ដល់ការផ្ទេរ %1 រវាងគណនី %2។</numerusform>
            <numerusform>ជួរដំបូង %n ផ្ដល់ការផ្ទេរ %1 រវាងគណនី %2។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read; the first, line %1: %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ជួរ %n មិនអាចអានបានទេ ជួរទីមួយ បន្ទាត់ %1៖ %2។</numerusform>
            <numerusform>ជួរ %n មិនអាចអានបានទេ ជួរទីមួយ បន្ទាត់ %1៖ %2។</numerusform>
        </translation>
    </message>
    <message>
        <source>Some columns have no name on the header row.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជួរឈរខ្លះគ្មានឈ្មោះនៅជួរក្បាល។</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុកការផ្គូផ្គង</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្គូផ្គង (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be saved to %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកការផ្គូផ្គងទៅ %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>Calling number (A party)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខហៅ (ភាគី A)</translation>
    </message>
    <message>
        <source>Called number (B party)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខទទួល (ភាគី B)</translation>
    </message>
    <message>
        <source>Target number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខគោលដៅ</translation>
    </message>
    <message>
        <source>Other party</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ភាគីម្ខាងទៀត</translation>
    </message>
    <message>
        <source>Duration</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រយៈពេល</translation>
    </message>
    <message>
        <source>Call type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទការហៅ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទិស</translation>
    </message>
    <message>
        <source>Cell</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កោសិកា</translation>
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
        <translation>ប្រាក់៖ កំណត់ត្រាធនាគារ កាបូប ឬការទូទាត់</translation>
    </message>
    <message>
        <source>Call records</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ត្រាការហៅ</translation>
    </message>
    <message>
        <source>The table holds:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តារាងមាន៖</translation>
    </message>
    <message>
        <source>Choose at least the date and the two parties (calling and called number, or target and other party).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សូមជ្រើសយ៉ាងហោចណាស់កាលបរិច្ឆេទ និងភាគីទាំងពីរ (លេខហៅ និងលេខទទួល ឬលេខគោលដៅ និងភាគីម្ខាងទៀត)។</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 calls and messages between %2 numbers.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ជួរដំបូង %n ផ្ដល់ការហៅ និងសារ %1 រវាងលេខ %2។</numerusform>
            <numerusform>ជួរដំបូង %n ផ្ដល់ការហៅ និងសារ %1 រវាងលេខ %2។</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពេល</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពី</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វិនាទី</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អត្ថបទ</translation>
    </message>
</context>
<context>
    <name>sg::MergeDialog</name>
    <message>
        <source>Merge entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ចូលអង្គភាព</translation>
    </message>
    <message>
        <source>Keep</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រក្សាទុក</translation>
    </message>
    <message>
        <source>The others&apos; events, names, sources, links, tags, notes and attachments move to the one kept. Edit → Undo takes the merge back; so does Split on the kept entity later.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្រឹត្តិការណ៍ ឈ្មោះ ប្រភព តំណ ស្លាក កំណត់ចំណាំ និងឯកសារភ្ជាប់របស់អង្គភាពផ្សេង ផ្លាស់ទៅអង្គភាពដែលរក្សាទុក។ កែ → មិនធ្វើវិញ ដកការបញ្ចូលវិញ; បំបែក លើអង្គភាពដែលរក្សាទុកក៏ដូចគ្នា។</translation>
    </message>
    <message>
        <source>Why they are the same (required): &quot;same IMEI in both extractions&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ហេតុអ្វីពួកវាដូចគ្នា (ចាំបាច់)៖ &quot;IMEI ដូចគ្នាក្នុងការទាញយកទាំងពីរ&quot;</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ហេតុផល៖</translation>
    </message>
    <message>
        <source>Say why they are the same: the reason is kept with the merge.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សូមប្រាប់ហេតុអ្វីពួកវាដូចគ្នា៖ ហេតុផលត្រូវរក្សាទុកជាមួយការបញ្ចូល។</translation>
    </message>
</context>
<context>
    <name>sg::MoneyTableImporter</name>
    <message>
        <source>The statement does not name its account; it is kept as &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍គណនីមិនបានដាក់ឈ្មោះគណនីរបស់វា វាត្រូវបានរក្សាទុកជា &quot;%1&quot;។</translation>
    </message>
    <message>
        <source>Statement of account %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍គណនី %1។</translation>
    </message>
    <message>
        <source>no date</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានកាលបរិច្ឆេទ</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានកាលបរិច្ឆេទ &quot;%1&quot; បានទេ</translation>
    </message>
    <message>
        <source>cannot read the amount &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានចំនួនទឹកប្រាក់ &quot;%1&quot; បានទេ</translation>
    </message>
    <message>
        <source>no amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>no account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានគណនី</translation>
    </message>
    <message>
        <source>Bank, wallet and payment tables (CSV, XLSX)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តារាងធនាគារ កាបូបអេឡិចត្រូនិក និងការទូទាត់ (CSV, XLSX)</translation>
    </message>
    <message>
        <source>%1: read as &quot;%2&quot; (header on line %3).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ អានជា &quot;%2&quot; (ក្បាលតារាងនៅបន្ទាត់ %3)។</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងអាន %1</translation>
    </message>
    <message>
        <source>%1: simulated time, step %2 counted from %3 in the source&apos;s zone.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ ពេលវេលាក្លែងធ្វើ ជំហាន %2 រាប់ពី %3 តាមតំបន់ម៉ោងរបស់ប្រភព។</translation>
    </message>
    <message>
        <source>%1: dates read as %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ កាលបរិច្ឆេទត្រូវបានអានជា %2។</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ខែ/ថ្ងៃ/ឆ្នាំ</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថ្ងៃ/ខែ/ឆ្នាំ</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឆ្នាំ-ខែ-ថ្ងៃ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n amount(s) had more decimals than their currency&apos;s minor unit and were rounded.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1៖ ចំនួនទឹកប្រាក់ %n មានខ្ទង់ទសភាគច្រើនជាងឯកតាតូចបំផុតនៃរូបិយប័ណ្ណ ហើយត្រូវបានបង្គត់។</numerusform>
            <numerusform>%1៖ ចំនួនទឹកប្រាក់ %n មានខ្ទង់ទសភាគច្រើនជាងឯកតាតូចបំផុតនៃរូបិយប័ណ្ណ ហើយត្រូវបានបង្គត់។</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no table in it matches a known mapping.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ គ្មានតារាងណាត្រូវនឹងការផ្គូផ្គងដែលស្គាល់ទេ។</translation>
    </message>
    <message>
        <source>give one with --mapping, or import it with the import wizard</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្ដល់មួយដោយ --mapping ឬនាំចូលដោយប្រើជំនួយការនាំចូល</translation>
    </message>
    <message>
        <source>Worksheets not read (no known layout): %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សន្លឹកកិច្ចការដែលមិនបានអាន (គ្មានប្លង់ស្គាល់)៖ %1។</translation>
    </message>
    <message>
        <source>No row of %1 could be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានជួរណាមួយនៃ %1 បានទេ។</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាត់ %1៖ %2</translation>
    </message>
    <message>
        <source>%1: no date says whether the day or the month comes first (every one could be read both ways); they are read as day/month/year. If that is wrong, import the file with a mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ គ្មានកាលបរិច្ឆេទណាប្រាប់ថាថ្ងៃ ឬខែមកមុនទេ (គ្រប់កាលបរិច្ឆេទអាចអានបានទាំងពីរបៀប) ពួកវាត្រូវបានអានជា ថ្ងៃ/ខែ/ឆ្នាំ។ បើខុស សូមនាំចូលឯកសារដោយការផ្គូផ្គងដែល &quot;time&quot; ជា &quot;mdy&quot;។</translation>
    </message>
</context>
<context>
    <name>sg::MoneyView</name>
    <message>
        <source>No transfers.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានការផ្ទេរប្រាក់ទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%1: in %2, out %3, balance %4 (%n transfer(s))</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1៖ ចូល %2 ចេញ %3 សមតុល្យ %4 (ការផ្ទេរ %n)</numerusform>
            <numerusform>%1៖ ចូល %2 ចេញ %3 សមតុល្យ %4 (ការផ្ទេរ %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also moved: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ក៏បានផ្ទេរជា៖ %1។</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពេលវេលាក្នុង %1</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · balance %4 · %5</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 · %2 %3 · សមតុល្យ %4 · %5</translation>
    </message>
    <message>
        <source>in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចូល</translation>
    </message>
    <message>
        <source>out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចេញ</translation>
    </message>
    <message>
        <source>Money in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រាក់ចូល</translation>
    </message>
    <message>
        <source>Money out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រាក់ចេញ</translation>
    </message>
    <message>
        <source>Running balance (in minus out)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សមតុល្យបន្តបន្ទាប់ (ចូលដកចេញ)</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) among them: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ការផ្ទេររវាងពួកគេ %n ដង៖ %1។</numerusform>
            <numerusform>ការផ្ទេររវាងពួកគេ %n ដង៖ %1។</numerusform>
        </translation>
    </message>
    <message>
        <source>among them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ក្នុងចំណោមពួកគេ</translation>
    </message>
    <message>
        <source>Transfer among the entities shown (no money in or out)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្ទេររវាងអង្គភាពដែលបង្ហាញ (គ្មានប្រាក់ចូល ឬចេញ)</translation>
    </message>
</context>
<context>
    <name>sg::PrintDialog</name>
    <message>
        <source>Cut marks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សញ្ញាកាត់</translation>
    </message>
    <message>
        <source>The sources behind the chart (file, format, SHA-256, importer, import time, examiner)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភពនៅពីក្រោយគំនូសតាង (ឯកសារ ទម្រង់ SHA-256 កម្មវិធីនាំចូល ពេលនាំចូល អ្នកពិនិត្យ)</translation>
    </message>
    <message>
        <source>The events behind each link</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្រឹត្តិការណ៍នៅពីក្រោយតំណនីមួយៗ</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពគំនូសតាង</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្តេក</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ឈរ</translation>
    </message>
    <message>
        <source> mm</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation> មម</translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនសម្ងាត់</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កម្រិត</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សម្ងាត់</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សម្ងាត់បំផុត</translation>
    </message>
    <message>
        <source>Page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រ</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ក្រដាស៖</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទិស៖</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គែម៖</translation>
    </message>
    <message>
        <source>across ×</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្តេក ×</translation>
    </message>
    <message>
        <source>down</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ឈរ</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រ៖</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ត្រួតគ្នា៖</translation>
    </message>
    <message>
        <source>Title block</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្លុកចំណងជើង</translation>
    </message>
    <message>
        <source>Chart title:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំណងជើងគំនូសតាង៖</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះករណី៖</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខសំណុំរឿង៖</translation>
    </message>
    <message>
        <source>Exhibit:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វត្ថុតាង៖</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ្នកពិនិត្យ៖</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំណាត់ថ្នាក់៖</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧបសម្ព័ន្ធ</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មើលជាមុន…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចេញ…</translation>
    </message>
    <message>
        <source>Write the pages as PDF, SVG or PNG</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សរសេរទំព័រជា PDF, SVG ឬ PNG</translation>
    </message>
</context>
<context>
    <name>sg::RemainingTime</name>
    <message>
        <source>A few seconds left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នៅសល់ប៉ុន្មានវិនាទី</translation>
    </message>
    <message>
        <source>About %1 seconds left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នៅសល់ប្រហែល %1 វិនាទី</translation>
    </message>
    <message>
        <source>About %1 min left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នៅសល់ប្រហែល %1 នាទី</translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នៅសល់ប្រហែល %1 ម៉ោង %2 នាទី</translation>
    </message>
</context>
<context>
    <name>sg::ReportWriter</name>
    <message>
        <source>Source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារ</translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទម្រង់ / កម្មវិធីនាំចូល</translation>
    </message>
    <message>
        <source>Imported</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បាននាំចូល</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ្នកពិនិត្យ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រវត្តិអង្គភាព៖ %1</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អត្តសញ្ញាណ</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គន្លឹះ</translation>
    </message>
    <message>
        <source>(kept as written: it did not validate)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>(រក្សាទុកដូចដែលបានសរសេរ៖ មិនត្រឹមត្រូវ)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខយោង</translation>
    </message>
    <message>
        <source>Events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ្នកជិតខាង</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ្វី</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តម្លៃ</translation>
    </message>
    <message>
        <source>Names and aliases, by source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះ និងឈ្មោះក្លែងក្លាយ តាមប្រភព</translation>
    </message>
    <message>
        <source>No source gives a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានប្រភពណាផ្តល់ឈ្មោះទេ។</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទ</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ត្រា</translation>
    </message>
    <message>
        <source>Devices, accounts and other declared links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧបករណ៍ គណនី និងតំណដែលបានប្រកាសផ្សេងទៀត</translation>
    </message>
    <message>
        <source>None declared in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានការប្រកាសក្នុងសំណុំរឿងទេ។</translation>
    </message>
    <message>
        <source>Declared link</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំណដែលបានប្រកាស</translation>
    </message>
    <message>
        <source>Contacts, by activity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំនាក់ទំនង តាមសកម្មភាព</translation>
    </message>
    <message>
        <source>%1 out, %2 in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចេញ %1 ចូល %2</translation>
    </message>
    <message>
        <source>No events with other entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានព្រឹត្តិការណ៍ជាមួយអង្គភាពផ្សេងទេ។</translation>
    </message>
    <message>
        <source>#</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំនាក់ទំនង</translation>
    </message>
    <message>
        <source>Direction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទិស</translation>
    </message>
    <message>
        <source>Call time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រយៈពេលហៅ</translation>
    </message>
    <message>
        <source>Money</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រាក់</translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដំបូង (UTC)</translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចុងក្រោយ (UTC)</translation>
    </message>
    <message>
        <source>Activity by weekday and hour (local time of each record)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សកម្មភាពតាមថ្ងៃ និងម៉ោង (ម៉ោងក្នុងស្រុកនៃកំណត់ត្រានីមួយៗ)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាត់ពេលវេលា</translation>
    </message>
    <message>
        <source>The first %1 of %2 events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្រឹត្តិការណ៍ %1 ដំបូងក្នុងចំណោម %2។</translation>
    </message>
    <message>
        <source>No events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានព្រឹត្តិការណ៍។</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ម៉ោង</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពី</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដល់</translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រយៈពេល / ចំនួនទឹកប្រាក់</translation>
    </message>
    <message>
        <source>Source record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ត្រាប្រភព</translation>
    </message>
    <message>
        <source>Sources</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព</translation>
    </message>
    <message>
        <source>Case summary: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សេចក្តីសង្ខេបសំណុំរឿង៖ %1</translation>
    </message>
    <message>
        <source>Case number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខសំណុំរឿង</translation>
    </message>
    <message>
        <source>Case name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះសំណុំរឿង</translation>
    </message>
    <message>
        <source>Default region</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំបន់លំនាំដើម</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំបន់ម៉ោងលំនាំដើម</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភព (%1)</translation>
    </message>
    <message>
        <source>Counts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួន</translation>
    </message>
    <message>
        <source>Entities and events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព និងព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>Entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាព</translation>
    </message>
    <message>
        <source>Links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំណ</translation>
    </message>
    <message>
        <source>Count</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួន</translation>
    </message>
    <message>
        <source>Charts (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាង (%1)</translation>
    </message>
    <message>
        <source>No saved charts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានគំនូសតាងដែលបានរក្សាទុកទេ។</translation>
    </message>
    <message>
        <source>Chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំនូសតាង</translation>
    </message>
    <message>
        <source>Modified</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានកែប្រែ</translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រវត្តិអង្គភាព</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សេចក្តីសង្ខេបសំណុំរឿង</translation>
    </message>
    <message>
        <source>The report could not be opened for writing.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចបើករបាយការណ៍ដើម្បីសរសេរបានទេ។</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ករណី %1៖ %2</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វត្ថុតាង %1</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពនៅ %1 (%2)</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ្នកពិនិត្យ៖ %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទំព័រ %1 នៃ %2</translation>
    </message>
    <message>
        <source>Added by the analyst</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមដោយអ្នកវិភាគ</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ស្លាក៖ %1</translation>
    </message>
    <message>
        <source>Merged entities (ids)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អង្គភាពដែលបានបញ្ចូល (id)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ហេតុផល</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពេល</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំដោយ %1, %2</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារភ្ជាប់</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បៃ</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំ</translation>
    </message>
    <message>
        <source>Added by</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ថែមដោយ</translation>
    </message>
    <message>
        <source>Added</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពេលបន្ថែម</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ចំណាំសំណុំរឿង</translation>
    </message>
    <message>
        <source>Listed: the %1 most active of %2 contacts. Events with the others: %3.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បានរាយ៖ ទំនាក់ទំនងសកម្មបំផុត %1 ក្នុងចំណោម %2 ។ ព្រឹត្តិការណ៍ជាមួយទំនាក់ទំនងផ្សេងទៀត៖ %3 ។</translation>
    </message>
</context>
<context>
    <name>sg::SeagullCsvImporter</name>
    <message>
        <source>Seagull CSV export (entities, links or events)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការនាំចេញ CSV របស់ Seagull (អង្គភាព តំណ ឬព្រឹត្តិការណ៍)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ទទេ។</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; or an empty key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទអង្គភាពមិនស្គាល់ &quot;%1&quot; ឬកូនសោទទេ</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការនាំចូល %1 ត្រូវបានបោះបង់។</translation>
    </message>
    <message>
        <source>unknown link kind &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទតំណមិនស្គាល់ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទព្រឹត្តិការណ៍មិនស្គាល់ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unreadable time &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពេលវេលាមិនអាចអានបាន &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unreadable amount &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចំនួនទឹកប្រាក់មិនអាចអានបាន &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n link totals skipped: they are made again from the events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បានរំលងសរុបតំណ %n៖ វានឹងត្រូវបង្កើតឡើងវិញពីព្រឹត្តិការណ៍។</numerusform>
            <numerusform>បានរំលងសរុបតំណ %n៖ វានឹងត្រូវបង្កើតឡើងវិញពីព្រឹត្តិការណ៍។</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::SearchPanel</name>
    <message>
        <source>Open a case to search it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បើកករណីដើម្បីស្វែងរក។</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រកមិនឃើញ &quot;%1&quot; ទេ។</translation>
    </message>
    <message numerus="yes">
        <source>%n found: drag onto the chart or double-click.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>រកឃើញ %n៖ អូសទៅលើគំនូសតាង ឬចុចទ្វេដង។</numerusform>
            <numerusform>រកឃើញ %n៖ អូសទៅលើគំនូសតាង ឬចុចទ្វេដង។</numerusform>
        </translation>
    </message>
    <message>
        <source>Number, IMEI, account or name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខ IMEI គណនី ឬឈ្មោះ</translation>
    </message>
    <message>
        <source>Type a number in any common form (012 345 678, +855 12 345 678, native digits) or a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វាយលេខក្នុងទម្រង់ទូទៅណាមួយ (012 345 678, +855 12 345 678, លេខក្នុងស្រុក) ឬឈ្មោះ។</translation>
    </message>
</context>
<context>
    <name>sg::SettingsDialog</name>
    <message>
        <source>Years in the Thai Buddhist era (B.E. = C.E. + 543)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឆ្នាំជាពុទ្ធសករាជថៃ (ព.ស. = គ.ស. + 543)</translation>
    </message>
    <message>
        <source>Welcome to Seagull</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សូមស្វាគមន៍មកកាន់ Seagull</translation>
    </message>
    <message>
        <source>Settings</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការកំណត់</translation>
    </message>
    <message>
        <source>Your name and rank, as they should appear in audits and prints</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈ្មោះ និងឋានន្តរស័ក្តិរបស់អ្នក ដូចដែលគួរបង្ហាញក្នុងកំណត់ត្រាសវនកម្ម និងការបោះពុម្ព</translation>
    </message>
    <message>
        <source>The country code that numbers without one belong to, in new cases</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លេខកូដប្រទេសសម្រាប់លេខដែលគ្មានកូដ ក្នុងសំណុំរឿងថ្មី</translation>
    </message>
    <message>
        <source>The time zone of local times in new cases (IANA name)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំបន់ពេលវេលានៃម៉ោងក្នុងស្រុកក្នុងសំណុំរឿងថ្មី (ឈ្មោះ IANA)</translation>
    </message>
    <message>
        <source>Seagull keeps each case in one file on this computer and never connects to a network. Choose your language and say who you are; everything here can be changed later in Settings.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull រក្សាទុកសំណុំរឿងនីមួយៗក្នុងឯកសារតែមួយនៅលើកុំព្យូទ័រនេះ ហើយមិនដែលភ្ជាប់បណ្ដាញទេ។ សូមជ្រើសភាសា ហើយប្រាប់ថាអ្នកជានរណា; អ្វីៗទាំងអស់នៅទីនេះអាចប្ដូរនៅពេលក្រោយក្នុងការកំណត់។</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អ្នកពិនិត្យ៖</translation>
    </message>
    <message>
        <source>Region of new cases:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំបន់នៃសំណុំរឿងថ្មី៖</translation>
    </message>
    <message>
        <source>Time zone of new cases:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំបន់ពេលវេលានៃសំណុំរឿងថ្មី៖</translation>
    </message>
    <message>
        <source>%1 is not a region code (such as KH, TH, VN, CN, LA, MM).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាលេខកូដតំបន់ទេ (ដូចជា KH, TH, VN, CN, LA, MM)។</translation>
    </message>
    <message>
        <source>%1 is not a time zone (such as Asia/Phnom_Penh).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាតំបន់ពេលវេលាទេ (ដូចជា Asia/Phnom_Penh)។</translation>
    </message>
</context>
<context>
    <name>sg::Shortcuts</name>
    <message>
        <source>used seldom: from the menu</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រើកម្រ៖ ពីម៉ឺនុយ</translation>
    </message>
    <message>
        <source>a setting, chosen once: from the menu</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការកំណត់ ជ្រើសម្តង៖ ពីម៉ឺនុយ</translation>
    </message>
    <message>
        <source>one entry of a list: from the menu</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធាតុមួយនៃបញ្ជី៖ ពីម៉ឺនុយ</translation>
    </message>
    <message>
        <source>changes the case and asks first: kept off the keyboard</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្លាស់ប្តូរករណី ហើយសួរមុន៖ មិនដាក់លើក្តារចុច</translation>
    </message>
    <message>
        <source>Menu</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ម៉ឺនុយ</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សកម្មភាព</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ផ្លូវកាត់</translation>
    </message>
    <message>
        <source>(each entry)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>(ធាតុនីមួយៗ)</translation>
    </message>
</context>
<context>
    <name>sg::SourceWriter</name>
    <message>
        <source>The source could not be recorded in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចកត់ត្រាប្រភពក្នុងករណីបានទេ។</translation>
    </message>
    <message>
        <source>An entity could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកអង្គភាពបានទេ។</translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកឈ្មោះផ្សេងបានទេ។</translation>
    </message>
    <message>
        <source>An event could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកព្រឹត្តិការណ៍បានទេ។</translation>
    </message>
    <message>
        <source>A link could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកតំណបានទេ។</translation>
    </message>
    <message>
        <source>The links of the imported records could not be built.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចបង្កើតតំណនៃកំណត់ត្រាដែលបាននាំចូលបានទេ។</translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចរក្សាទុកលក្ខណៈបានទេ។</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានឯកសារករណីបានទេ។</translation>
    </message>
    <message>
        <source>A record refers to entity %1, which is not in the case; nothing was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ត្រាមួយយោងទៅអង្គភាព %1 ដែលមិនមាននៅក្នុងសំណុំរឿង។ គ្មានអ្វីត្រូវបានបន្ថែមទេ។</translation>
    </message>
    <message>
        <source>the durations of the events from entity %1 to entity %2 add up to more than can be stored; a record&apos;s duration is wrong</source>
        <translation>រយៈពេលសរុបនៃព្រឹត្តិការណ៍ពីអង្គភាព %1 ទៅអង្គភាព %2 លើសពីអ្វីដែលអាចរក្សាទុកបាន; រយៈពេលនៃកំណត់ត្រាមួយខុស</translation>
    </message>
    <message>
        <source>a link of source %1 was not written</source>
        <translation>តំណមួយនៃប្រភព %1 មិនត្រូវបានសរសេរទេ</translation>
    </message>
    <message>
        <source>The import was stopped; nothing from %1 was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការនាំចូលត្រូវបានបញ្ឈប់ គ្មានអ្វីពី %1 ត្រូវបានបន្ថែមទេ។</translation>
    </message>
    <message>
        <source>Indexing %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងធ្វើលិបិក្រម %1</translation>
    </message>
</context>
<context>
    <name>sg::TableFile</name>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអាន %1 បានទេ។</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it has no %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាសៀវភៅការងារ XLSX ទេ៖ គ្មាន %2។</translation>
    </message>
    <message>
        <source>%1: worksheet &quot;%2&quot; is missing from the workbook.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ ខ្វះសន្លឹកកិច្ចការ &quot;%2&quot; ក្នុងសៀវភៅការងារ។</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an XLSX workbook.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ជាបណ្ណសារ zip ប៉ុន្តែមិនមែនជាសៀវភៅការងារ XLSX ទេ។</translation>
    </message>
    <message>
        <source>%1 is neither a text table nor an XLSX workbook (it contains binary data).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាតារាងអត្ថបទ ឬសៀវភៅការងារ XLSX ទេ (មានទិន្នន័យគោលពីរ)។</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់ការអ៊ិនកូដអត្ថបទ &quot;%1&quot;។</translation>
    </message>
</context>
<context>
    <name>sg::TableMapping</name>
    <message>
        <source>The mapping has no name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្គូផ្គងគ្មានឈ្មោះ។</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: kind &quot;%2&quot; is not known.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្គូផ្គង &quot;%1&quot;៖ មិនស្គាល់ប្រភេទ &quot;%2&quot;។</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: unknown column role &quot;%2&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្គូផ្គង &quot;%1&quot;៖ មិនស្គាល់តួនាទីជួរឈរ &quot;%2&quot;។</translation>
    </message>
    <message>
        <source>known roles: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តួនាទីដែលស្គាល់៖ %1</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no amount column (amount, or debit and credit).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្គូផ្គង &quot;%1&quot; មិនបានកំណត់ជួរឈរចំនួនទឹកប្រាក់ (amount ឬ debit និង credit)។</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no date column (datetime or date).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្គូផ្គង &quot;%1&quot; មិនបានកំណត់ជួរឈរកាលបរិច្ឆេទ (datetime ឬ date)។</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: time format &quot;%2&quot; is not known.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្គូផ្គង &quot;%1&quot;៖ មិនស្គាល់ទម្រង់ពេលវេលា &quot;%2&quot;។</translation>
    </message>
    <message>
        <source>known: auto, dmy, mdy, ymd, unix, unix-ms, step:day:YYYY-MM-DD, step:hour:YYYY-MM-DD</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ដែលស្គាល់៖ auto, dmy, mdy, ymd, unix, unix-ms, step:day:YYYY-MM-DD, step:hour:YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Bank or wallet statement</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍គណនីធនាគារ ឬកាបូបអេឡិចត្រូនិក</translation>
    </message>
    <message>
        <source>The table does not have the columns mapping &quot;%1&quot; needs: %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តារាងមិនមានជួរឈរដែលការផ្គូផ្គង &quot;%1&quot; ត្រូវការ៖ %2។</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជួរឈរ៖ %1</translation>
    </message>
    <message>
        <source>known kinds: transfers, calls</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រភេទដែលស្គាល់៖ transfers, calls</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no parties (caller and callee, or subscriber and other).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្គូផ្គង &quot;%1&quot; មិនបានកំណត់ភាគី (caller និង callee ឬ subscriber និង other)។</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: direction code &quot;%2&quot; must mean &quot;in&quot; or &quot;out&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការផ្គូផ្គង &quot;%1&quot;៖ លេខកូដទិស &quot;%2&quot; ត្រូវតែមានន័យថា &quot;in&quot; ឬ &quot;out&quot;។</translation>
    </message>
</context>
<context>
    <name>sg::TimeFilterBar</name>
    <message>
        <source>Stop</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឈប់</translation>
    </message>
    <message>
        <source>Play</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ចាក់</translation>
    </message>
    <message>
        <source>Walk the end of the range forward a day at a time and watch the network grow</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>រំកិលចុងបញ្ចប់នៃចន្លោះទៅមុខម្តងមួយថ្ងៃ ហើយមើលបណ្តាញរីកធំ</translation>
    </message>
    <message>
        <source>Show all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្ហាញទាំងអស់</translation>
    </message>
    <message>
        <source>Events from %1 to %2 (%3)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្រឹត្តិការណ៍ពី %1 ដល់ %2 (%3)</translation>
    </message>
    <message>
        <source>No events on this chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានព្រឹត្តិការណ៍លើគំនូសតាងនេះទេ។</translation>
    </message>
    <message>
        <source>Hide outside</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លាក់ក្រៅចន្លោះ</translation>
    </message>
    <message>
        <source>Hide the links and entities with no events in the range instead of fading them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>លាក់តំណ និងអង្គភាពដែលគ្មានព្រឹត្តិការណ៍ក្នុងចន្លោះ ជំនួសឱ្យការធ្វើឱ្យស្រអាប់</translation>
    </message>
</context>
<context>
    <name>sg::TimelinePanel</name>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសអង្គភាពលើគំនូសតាង ដើម្បីមើលព្រឹត្តិការណ៍របស់វាតាមពេលវេលា។</translation>
    </message>
    <message>
        <source>The first %1 events among %2 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព្រឹត្តិការណ៍ %1 ដំបូងក្នុងចំណោមអង្គភាព %2; ពង្រីកដោយកង់ អូសដើម្បីផ្លាស់ទី ចុចពីរដងដើម្បីមើលទាំងអស់។</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) among %1 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ព្រឹត្តិការណ៍ %n ក្នុងចំណោមអង្គភាព %1; ពង្រីកដោយកង់ អូសដើម្បីផ្លាស់ទី ចុចពីរដងដើម្បីមើលទាំងអស់។</numerusform>
            <numerusform>ព្រឹត្តិការណ៍ %n ក្នុងចំណោមអង្គភាព %1; ពង្រីកដោយកង់ អូសដើម្បីផ្លាស់ទី ចុចពីរដងដើម្បីមើលទាំងអស់។</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាំចេញ…</translation>
    </message>
    <message>
        <source>Theme lines</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាត់ប្រធានបទ</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រាក់តាមពេលវេលា</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាត់ពេលវេលា</translation>
    </message>
    <message>
        <source>Case time zone</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តំបន់ពេលវេលានៃសំណុំរឿង</translation>
    </message>
    <message>
        <source>Each record&apos;s local time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ម៉ោងក្នុងស្រុកនៃកំណត់ត្រានីមួយៗ</translation>
    </message>
    <message>
        <source>The clock of the time axis: the case&apos;s zone, or the local time each source recorded</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>នាឡិកានៃអ័ក្សពេលវេលា៖ តំបន់ពេលវេលានៃសំណុំរឿង ឬម៉ោងក្នុងស្រុកដែលប្រភពនីមួយៗបានកត់ត្រា</translation>
    </message>
    <message>
        <source>Follow the selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>តាមការជ្រើសរើស</translation>
    </message>
    <message>
        <source>Money over time shows a fixed group; show the selected entities&apos; money again</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ប្រាក់តាមពេលវេលាកំពុងបង្ហាញក្រុមថេរ; បង្ហាញប្រាក់នៃអង្គភាពដែលបានជ្រើសម្ដងទៀត</translation>
    </message>
    <message>
        <source>Print…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ព…</translation>
    </message>
    <message>
        <source>Print the view shown, with the title block and legend, or preview it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បោះពុម្ពទិដ្ឋភាពដែលបង្ហាញ ជាមួយប្លុកចំណងជើង និងសេចក្ដីពន្យល់ ឬមើលជាមុន</translation>
    </message>
    <message>
        <source>Write the view shown as PDF, SVG or PNG with the title block</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សរសេរទិដ្ឋភាពដែលបង្ហាញជា PDF, SVG ឬ PNG ជាមួយប្លុកចំណងជើង</translation>
    </message>
    <message numerus="yes">
        <source>%n selected entities together</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>អង្គភាព %n ដែលបានជ្រើសរួមគ្នា</numerusform>
            <numerusform>អង្គភាព %n ដែលបានជ្រើសរួមគ្នា</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::TimelineView</name>
    <message>
        <source>Times in %1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពេលវេលាក្នុង %1 (%2)</translation>
    </message>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជ្រើសអង្គភាពលើគំនូសតាង ដើម្បីមើលព្រឹត្តិការណ៍របស់វាតាមពេលវេលា។</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>និង %n ទៀត</numerusform>
            <numerusform>និង %n ទៀត</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: from the caller&apos;s or payer&apos;s line, arrow at the other&apos;s</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1៖ ពីបន្ទាត់របស់អ្នកហៅ ឬអ្នកបង់ ព្រួញនៅបន្ទាត់ម្ខាងទៀត</translation>
    </message>
    <message>
        <source>Zoomed out: bars count the events on each line; zoom in to see each event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បង្រួម៖ របាររាប់ព្រឹត្តិការណ៍លើបន្ទាត់នីមួយៗ; ពង្រីកដើម្បីមើលព្រឹត្តិការណ៍នីមួយៗ</translation>
    </message>
    <message>
        <source>Times in each record&apos;s own local time, as its source wrote it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ពេលវេលាតាមម៉ោងក្នុងស្រុកនៃកំណត់ត្រានីមួយៗ ដូចដែលប្រភពបានសរសេរ</translation>
    </message>
    <message>
        <source>Beside a mark: its time when few are shown, and ×N for N events in the same instant on this scale</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ក្បែរសញ្ញា៖ ពេលវេលារបស់វានៅពេលបង្ហាញតិច និង ×N សម្រាប់ព្រឹត្តិការណ៍ N ក្នុងពេលតែមួយនៅមាត្រដ្ឋាននេះ</translation>
    </message>
</context>
<context>
    <name>sg::UfdrImporter</name>
    <message>
        <source>Models are nested deeper than %1 levels.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំរូត្រូវបានដាក់ចូលគ្នាជ្រៅជាង %1 កម្រិត។</translation>
    </message>
    <message>
        <source>line %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាត់ %1</translation>
    </message>
    <message>
        <source>The report names %1 IMEIs (%2); the handset is known by the first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍ដាក់ឈ្មោះ IMEI %1 (%2) ទូរស័ព្ទត្រូវបានស្គាល់ដោយលេខទីមួយ។</translation>
    </message>
    <message>
        <source>project &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គម្រោង &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report version %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណែរបាយការណ៍ %1</translation>
    </message>
    <message>
        <source>%1 extraction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការទាញយកប្រភេទ %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧបករណ៍ %1</translation>
    </message>
    <message>
        <source>Cellebrite report: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍ Cellebrite៖ %1។</translation>
    </message>
    <message>
        <source>no project details</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានព័ត៌មានលម្អិតគម្រោង</translation>
    </message>
    <message>
        <source>Case information in the report: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ព័ត៌មានករណីក្នុងរបាយការណ៍៖ %1។</translation>
    </message>
    <message>
        <source>Handset IMEI %1, own number %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMEI ទូរស័ព្ទ %1 លេខផ្ទាល់ខ្លួន %2។</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់</translation>
    </message>
    <message>
        <source>(untyped)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>(គ្មានប្រភេទ)</translation>
    </message>
    <message>
        <source>no readable time stamp (&quot;%1&quot;)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានត្រាពេលវេលាដែលអាចអានបាន (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>video call</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការហៅជាវីដេអូ</translation>
    </message>
    <message>
        <source>sender unknown</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនស្គាល់អ្នកផ្ញើ</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the device had deleted were recovered by the extraction; they are marked deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ការទាញយកបានស្ដារកំណត់ត្រា %n ដែលឧបករណ៍បានលុប ហើយសម្គាល់ថាបានលុប។</numerusform>
            <numerusform>ការទាញយកបានស្ដារកំណត់ត្រា %n ដែលឧបករណ៍បានលុប ហើយសម្គាល់ថាបានលុប។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are marked deleted in the report.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ទំនាក់ទំនង %n ត្រូវបានសម្គាល់ថាបានលុបក្នុងរបាយការណ៍។</numerusform>
            <numerusform>ទំនាក់ទំនង %n ត្រូវបានសម្គាល់ថាបានលុបក្នុងរបាយការណ៍។</numerusform>
        </translation>
    </message>
    <message>
        <source>Models this version does not import: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គំរូដែលកំណែនេះមិននាំចូល៖ %1។</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអាន %1 បានទេ។</translation>
    </message>
    <message>
        <source>Cellebrite UFDR report (.ufdr or report.xml)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍ Cellebrite UFDR (.ufdr ឬ report.xml)</translation>
    </message>
    <message>
        <source>%1 holds no report.xml; it is not a Cellebrite UFDR.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 គ្មាន report.xml ទេ ដូច្នេះវាមិនមែនជា Cellebrite UFDR ទេ។</translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: its root element is &lt;%2&gt;, not &lt;project&gt;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជារបាយការណ៍ Cellebrite ទេ៖ ធាតុឫសគឺ &lt;%2&gt; មិនមែន &lt;project&gt; ទេ។</translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: it has no &lt;project&gt; element.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជារបាយការណ៍ Cellebrite ទេ៖ គ្មានធាតុ &lt;project&gt; ទេ។</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងអាន %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that XML does not allow (control characters, raw or as references such as &amp;#x1;) were removed from the report.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>បានដកតួអក្សរ %n ដែល XML មិនអនុញ្ញាត (តួអក្សរបញ្ជា ដោយផ្ទាល់ ឬជាឯកសារយោងដូចជា &amp;#x1;) ចេញពីរបាយការណ៍។</numerusform>
            <numerusform>បានដកតួអក្សរ %n ដែល XML មិនអនុញ្ញាត (តួអក្សរបញ្ជា ដោយផ្ទាល់ ឬជាឯកសារយោងដូចជា &amp;#x1;) ចេញពីរបាយការណ៍។</numerusform>
        </translation>
    </message>
    <message>
        <source>The report holds no contacts, calls or messages.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>របាយការណ៍គ្មានទំនាក់ទំនង ការហៅ ឬសារទេ។</translation>
    </message>
</context>
<context>
    <name>sg::UserGuide</name>
    <message>
        <source>Seagull user guide</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សៀវភៅណែនាំអ្នកប្រើ Seagull</translation>
    </message>
    <message>
        <source>This chapter is not translated yet; it is shown in English.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ជំពូកនេះមិនទាន់បានបកប្រែទេ វាត្រូវបានបង្ហាញជាភាសាអង់គ្លេស។</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidContactsImporter</name>
    <message>
        <source>WhatsApp for Android contacts (wa.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ជីទំនាក់ទំនង WhatsApp លើ Android (wa.db)</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidMessagesImporter</name>
    <message>
        <source>WhatsApp for Android messages (msgstore.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សារ WhatsApp លើ Android (msgstore.db)</translation>
    </message>
    <message>
        <source>Read with the current WhatsApp schema (message, jid, chat).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អានតាមគ្រោងទិន្នន័យ WhatsApp បច្ចុប្បន្ន (message, jid, chat)។</translation>
    </message>
    <message>
        <source>Read with the legacy WhatsApp schema (messages).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>អានតាមគ្រោងទិន្នន័យ WhatsApp ចាស់ (messages)។</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosCallsImporter</name>
    <message>
        <source>WhatsApp for iOS calls (CallHistory.sqlite)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការហៅ WhatsApp លើ iOS (CallHistory.sqlite)</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosChatImporter</name>
    <message>
        <source>WhatsApp for iOS chats (ChatStorage.sqlite)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការជជែក WhatsApp លើ iOS (ChatStorage.sqlite)</translation>
    </message>
    <message>
        <source>The owner&apos;s WhatsApp account is %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គណនី WhatsApp របស់ម្ចាស់គឺ %1។</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosContactsImporter</name>
    <message>
        <source>WhatsApp for iOS contacts (ContactsV2.sqlite)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បញ្ជីទំនាក់ទំនង WhatsApp លើ iOS (ContactsV2.sqlite)</translation>
    </message>
</context>
<context>
    <name>sg::XmlFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអាន %1 បានទេ៖ %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាត់ %1 ជួរឈរ %2</translation>
    </message>
    <message>
        <source>the document ends at line %1 before it is complete (the file is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារបញ្ចប់នៅបន្ទាត់ %1 មុនពេលពេញលេញ (ឯកសារត្រូវបានកាត់)</translation>
    </message>
    <message>
        <source>%1 is refused: it declares a DTD, which can expand entities without limit; forensic reports never need one.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បដិសេធ %1៖ វាប្រកាស DTD ដែលអាចពង្រីកអង្គភាពដោយគ្មានដែនកំណត់ របាយការណ៍កោសល្យវិច្ច័យមិនដែលត្រូវការវាទេ។</translation>
    </message>
    <message>
        <source>line %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាត់ %1</translation>
    </message>
    <message>
        <source>it refers to the undeclared entity &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វាយោងទៅអង្គភាពមិនបានប្រកាស &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the document ends inside an element</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារបញ្ចប់នៅក្នុងធាតុ</translation>
    </message>
    <message>
        <source>%1 cannot be read: one element near line %2 holds more than %3 MB; the document is damaged or not a report.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអាន %1 បានទេ៖ ធាតុមួយនៅជិតបន្ទាត់ %2 មានទំហំលើស %3 MB ឯកសារខូច ឬមិនមែនជារបាយការណ៍។</translation>
    </message>
</context>
<context>
    <name>sg::XryImporter</name>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអាន %1 បានទេ។</translation>
    </message>
    <message>
        <source>%1 is not an XRY text export: it does not begin with &quot;XRY Export&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាការនាំចេញអត្ថបទ XRY ទេ៖ វាមិនចាប់ផ្ដើមដោយ &quot;XRY Export&quot; ទេ។</translation>
    </message>
    <message>
        <source>line %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បន្ទាត់ %1</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ទទេ។</translation>
    </message>
    <message>
        <source>Record %1 of %2 is larger than %3 MB.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ត្រា %1 នៃ %2 ធំជាង %3 MB។</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ត្រា %1៖ %2</translation>
    </message>
    <message>
        <source>the call has no time; the number is kept without an event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការហៅគ្មានពេលវេលា លេខត្រូវបានរក្សាទុកដោយគ្មានព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; cannot be read</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានពេលវេលា &quot;%1&quot; បានទេ</translation>
    </message>
    <message>
        <source>the message has no time; its numbers are kept without an event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>សារគ្មានពេលវេលា លេខរបស់វាត្រូវបានរក្សាទុកដោយគ្មានព្រឹត្តិការណ៍</translation>
    </message>
    <message>
        <source>The handset&apos;s IMEI is %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMEI របស់ទូរស័ព្ទគឺ %1។</translation>
    </message>
    <message numerus="yes">
        <source>A multi-part message (reference %1) is incomplete; its %n part(s) are imported separately.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>សារច្រើនផ្នែក (លេខយោង %1) មិនពេញលេញ ផ្នែក %n ត្រូវបាននាំចូលដាច់ដោយឡែក។</numerusform>
            <numerusform>សារច្រើនផ្នែក (លេខយោង %1) មិនពេញលេញ ផ្នែក %n ត្រូវបាននាំចូលដាច់ដោយឡែក។</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are marked deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>កំណត់ត្រា %n ត្រូវបានសម្គាល់ថាបានលុប។</numerusform>
            <numerusform>កំណត់ត្រា %n ត្រូវបានសម្គាល់ថាបានលុប។</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 record(s) of the XRY category &quot;%2&quot; are not imported by this version.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណែនេះមិននាំចូលកំណត់ត្រា %1 នៃប្រភេទ XRY &quot;%2&quot; ទេ។</translation>
    </message>
    <message>
        <source>XRY text export (calls, messages, contacts, device)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការនាំចេញអត្ថបទ XRY (ការហៅ សារ ទំនាក់ទំនង ឧបករណ៍)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំពុងអាន %1</translation>
    </message>
    <message>
        <source>XRY export: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការនាំចេញ XRY៖ %1។</translation>
    </message>
    <message>
        <source>Dates read as %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កាលបរិច្ឆេទត្រូវបានអានជា %1។</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ខែ/ថ្ងៃ/ឆ្នាំ</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថ្ងៃ/ខែ/ឆ្នាំ</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឆ្នាំ-ខែ-ថ្ងៃ</translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារគ្មានកំណត់ត្រាទេ។</translation>
    </message>
</context>
<context>
    <name>sg::ZipArchive</name>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអាន %1 បានទេ។</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 មិនមែនជាបណ្ណសារ zip ដែលអាចអានបានទេ។</translation>
    </message>
    <message>
        <source>the file is too short</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឯកសារខ្លីពេក</translation>
    </message>
    <message>
        <source>no end of central directory record (the archive is truncated or not a zip)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>គ្មានកំណត់ត្រាចុងថតកណ្ដាល (បណ្ណសារត្រូវបានកាត់ ឬមិនមែន zip)</translation>
    </message>
    <message>
        <source>%1 is a multi-part zip archive; join the parts first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ជាបណ្ណសារ zip ច្រើនផ្នែក សូមភ្ជាប់ផ្នែកទាំងនោះជាមុនសិន។</translation>
    </message>
    <message>
        <source>the ZIP64 locator is missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ខ្វះឧបករណ៍កំណត់ទីតាំង ZIP64</translation>
    </message>
    <message>
        <source>the ZIP64 end record lies outside the file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ត្រាចុង ZIP64 នៅក្រៅឯកសារ</translation>
    </message>
    <message>
        <source>the ZIP64 end record is damaged</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កំណត់ត្រាចុង ZIP64 ខូច</translation>
    </message>
    <message>
        <source>the central directory lies outside the file (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថតកណ្ដាលនៅក្រៅឯកសារ (បណ្ណសារត្រូវបានកាត់)</translation>
    </message>
    <message>
        <source>the central directory is larger than %1 MB</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ថតកណ្ដាលធំជាង %1 MB</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធាតុថតកណ្ដាលទី %1 ខូច</translation>
    </message>
    <message>
        <source>%1 is refused: it holds a member whose name points outside the archive (&quot;%2&quot;).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បដិសេធ %1៖ មានធាតុដែលឈ្មោះចង្អុលទៅក្រៅបណ្ណសារ (&quot;%2&quot;)។</translation>
    </message>
    <message>
        <source>absolute names and &quot;..&quot; are never written by forensic tools</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ឧបករណ៍កោសល្យវិច្ច័យមិនដែលសរសេរឈ្មោះដាច់ខាត ឬ &quot;..&quot; ទេ</translation>
    </message>
    <message>
        <source>%1 is refused: member &quot;%2&quot; would expand from %3 to %4 bytes.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>បដិសេធ %1៖ ធាតុ &quot;%2&quot; នឹងពង្រីកពី %3 ទៅ %4 បៃ។</translation>
    </message>
    <message>
        <source>an expansion over %1 times is a zip bomb, not evidence</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ការពង្រីកលើស %1 ដងគឺជាគ្រាប់បែក zip មិនមែនជាភស្តុតាងទេ</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; lies outside the file (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ធាតុ &quot;%1&quot; នៅក្រៅឯកសារ (បណ្ណសារត្រូវបានកាត់)</translation>
    </message>
</context>
<context>
    <name>sg::ZipEntryReader</name>
    <message>
        <source>Member &quot;%1&quot; of %2 cannot be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអានធាតុ &quot;%1&quot; នៃ %2 បានទេ។</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វាត្រូវបានអ៊ិនគ្រីប</translation>
    </message>
    <message>
        <source>compression method %1 is not supported (only stored and deflated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនគាំទ្រវិធីបង្ហាប់ %1 ទេ (តែ stored និង deflated ប៉ុណ្ណោះ)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>មិនអាចអាន %1 បានទេ។</translation>
    </message>
    <message>
        <source>its local header lies outside the file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ក្បាលមូលដ្ឋានរបស់វានៅក្រៅឯកសារ</translation>
    </message>
    <message>
        <source>its local header is damaged</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ក្បាលមូលដ្ឋានរបស់វាខូច</translation>
    </message>
    <message>
        <source>its data lies outside the file (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទិន្នន័យរបស់វានៅក្រៅឯកសារ (បណ្ណសារត្រូវបានកាត់)</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>កម្មវិធីពន្លាមិនអាចចាប់ផ្ដើមបានទេ</translation>
    </message>
    <message>
        <source>the data ends early (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទិន្នន័យបញ្ចប់មុន (បណ្ណសារត្រូវបានកាត់)</translation>
    </message>
    <message>
        <source>the compressed data ends early (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទិន្នន័យបង្ហាប់បញ្ចប់មុន (បណ្ណសារត្រូវបានកាត់)</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ទិន្នន័យបង្ហាប់ខូច (%1)</translation>
    </message>
    <message>
        <source>it expands beyond the %1 bytes the archive declares (a zip bomb or a damaged archive)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វាពង្រីកលើស %1 បៃដែលបណ្ណសារប្រកាស (គ្រាប់បែក zip ឬបណ្ណសារខូច)</translation>
    </message>
    <message>
        <source>it holds %1 bytes where the archive declares %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>វាមាន %1 បៃ ខណៈបណ្ណសារប្រកាស %2</translation>
    </message>
    <message>
        <source>its checksum does not match (the data is damaged)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>checksum មិនត្រូវគ្នា (ទិន្នន័យខូច)</translation>
    </message>
</context>
<context>
    <name>sg::timetext</name>
    <message>
        <source>, years B.E. (Buddhist era = C.E. + 543)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>; ឆ្នាំជា ព.ស. (ពុទ្ធសករាជ = គ.ស. + 543)</translation>
    </message>
</context>
</TS>
