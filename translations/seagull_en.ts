<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Seagull link-analysis workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity to put on an empty chart and expand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ActivityPanel</name>
    <message>
        <source>Selected entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities on this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2, in the local time of each record.</source>
        <translation>
            <numerusform>%n event from %1 to %2, in the local time of each record.</numerusform>
            <numerusform>%n events from %1 to %2, in the local time of each record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the activity as PDF, SVG or PNG with the title block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Darker: more events in that hour of that weekday, in the local time of each record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: events per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the activity, with the title block and legend, or preview it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::Analysis</name>
    <message numerus="yes">
        <source>Betweenness of %n entities</source>
        <translation>
            <numerusform>Betweenness of %n entity</numerusform>
            <numerusform>Betweenness of %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closeness of %n entities</source>
        <translation>
            <numerusform>Closeness of %n entity</numerusform>
            <numerusform>Closeness of %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Eigenvector centrality of %n entities</source>
        <translation>
            <numerusform>Eigenvector centrality of %n entity</numerusform>
            <numerusform>Eigenvector centrality of %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PageRank of %n entities</source>
        <translation>
            <numerusform>PageRank of %n entity</numerusform>
            <numerusform>PageRank of %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Communities of %n entities</source>
        <translation>
            <numerusform>Communities of %n entity</numerusform>
            <numerusform>Communities of %n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common contacts: an entity given is not in the graph analysed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::AnalysisPanel</name>
    <message>
        <source>Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money transfers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entities on this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In minus out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most connected: linked entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most connected: events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most connected: amount moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betweenness (who lies between the others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closeness (who reaches everyone quickly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eigenvector (linked to the well linked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PageRank (where the calls and money flow to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communities (Louvain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k-core (the densely linked core)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut points (remove one and the network splits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common contacts of the selected entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest path between two selected entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five shortest paths between two selected entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey in time between two selected entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network connecting the selected entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass-through mules (money forwarded within the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fan-in (many counterparts paying or calling one, within the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fan-out (one paying or calling many, within the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices used with several numbers (SIM boxes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den membership hints for the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the money paid by the selected entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every listed entity that is on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected rows (or all) to the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the chart&apos;s entities larger the higher their value (undoable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the chart&apos;s entities by their value or group (undoable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait between steps (hours, 0: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window in hours (0: 72 for mules, 24 for fans, a week for a trace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two entities on the chart first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one entity on the chart first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least two entities on the chart first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n communities</source>
        <translation>
            <numerusform>%n community</numerusform>
            <numerusform>%n communities</numerusform>
        </translation>
    </message>
    <message>
        <source>modularity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n separate networks</source>
        <translation>
            <numerusform>%n separate network</numerusform>
            <numerusform>%n separate networks</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entities connect the selection</source>
        <translation>
            <numerusform>%n entity connects the selection</numerusform>
            <numerusform>%n entities connect the selection</numerusform>
        </translation>
    </message>
    <message>
        <source>path %1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No path between the two entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hops</source>
        <translation>
            <numerusform>%n hop</numerusform>
            <numerusform>%n hops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n listed)</source>
        <translation>
            <numerusform>(%n listed)</numerusform>
            <numerusform>(%n listed)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of %2, median hold %3 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accounts forward most of what they receive</source>
        <translation>
            <numerusform>%n account forwards most of what it receives</numerusform>
            <numerusform>%n accounts forward most of what they receive</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>within %n hours</source>
        <translation>
            <numerusform>within %n hour</numerusform>
            <numerusform>within %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (devices %2, contacts %3, places %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hints only: check the evidence before concluding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfers paid by this entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accounts reached</source>
        <translation>
            <numerusform>%n account reached</numerusform>
            <numerusform>%n accounts reached</numerusform>
        </translation>
    </message>
    <message>
        <source>Size by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices in the evidence of several sources (seized phones, operators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money in and out of the accounts listed (the selected rows, or all but the trace&apos;s start) taken as one, with the running balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) reached from %1</source>
        <translation>
            <numerusform>%n account reached from %1</numerusform>
            <numerusform>%n accounts reached from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) together</source>
        <translation>
            <numerusform>%n account together</numerusform>
            <numerusform>%n accounts together</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidCallLogImporter</name>
    <message>
        <source>Android call log (calllog.db)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::AndroidContactsImporter</name>
    <message>
        <source>Android contacts (contacts2.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call log kept in this database was imported too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contacts had been deleted on the device; they are imported all the same.</source>
        <translation>
            <numerusform>%n contact had been deleted on the device; it is imported all the same.</numerusform>
            <numerusform>%n contacts had been deleted on the device; they are imported all the same.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) from %1 of the contact book.</source>
        <translation>
            <numerusform>%n contact from %1 of the contact book.</numerusform>
            <numerusform>%n contacts from %1 of the contact book.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidMessagesImporter</name>
    <message>
        <source>Android messages (mmssms.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s number %1 is taken from the messages the device sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::AnxImporter</name>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (ANX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an i2 chart: it has no &lt;Chart&gt; element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart item %1 has neither an identity nor a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 joins an item that is not in the chart (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 has an unreadable date &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link %1 has an unreadable amount &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events and %2 declared links read from the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s times are UTC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::BundleImporter</name>
    <message>
        <source>Seagull case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable bundle: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Seagull bundle of a version this Seagull reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed or damaged after it was made: its content does not match the SHA-256 it carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle made %1 by %2 (%3) for case %4 %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle content SHA-256 %1 (checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original source: %1 (%2, imported %3 by %4, SHA-256 %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity %1 has no known type or no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 names an unknown type or entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 has an unreadable amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a declared link names an unknown kind or entity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::CaseEditing</name>
    <message>
        <source>&amp;New entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person, den, organisation, vehicle, document, number or account the case does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete from the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link the two selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge the selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split the last merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a &amp;den…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie the selected people, phones, devices and accounts to a den (compound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entity here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case</source>
        <translation>
            <numerusform>Delete %n entity from the case</numerusform>
            <numerusform>Delete %n entities from the case</numerusform>
        </translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entities</source>
        <translation>
            <numerusform>Merge %n entity</numerusform>
            <numerusform>Merge %n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was merged into this entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case?</source>
        <translation>
            <numerusform>Delete %n entity from the case?</numerusform>
            <numerusform>Delete %n entities from the case?</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave search, expansion, analysis and every chart. The %1 events they take part in stay in the case (evidence is never removed), and %2 links are hidden with them. Edit → Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidates. Nothing is merged unless you merge it, with a reason.</source>
        <translation>
            <numerusform>%n candidate. Nothing is merged unless you merge it, with a reason.</numerusform>
            <numerusform>%n candidates. Nothing is merged unless you merge it, with a reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %n selected entities:</source>
        <translation>
            <numerusform>Tag for the selected entity:</numerusform>
            <numerusform>Tag for the %n selected entities:</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new den…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a den</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The den (compound) for the %n selected entities:</source>
        <translation>
            <numerusform>The den (compound) for the selected entity:</numerusform>
            <numerusform>The den (compound) for the %n selected entities:</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the whole case, with who wrote them and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new note on the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitting the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge into %1 is no longer in force; nothing was split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::CaseEditor</name>
    <message>
        <source>The case is open for reading only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analyst&apos;s entry could not be recorded in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links could not be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 needs its number or identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the %1 a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1 does not validate for region %2; it is kept as entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IMEI %1 is not 15 digits with a correct check digit; it is kept as entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 (%2) is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the case; what was entered is added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links of events come from the events; state a kind of link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link needs two different entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; link that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round (%1 after %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a location: a den is a place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 has no statement by the analyst to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link could not be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1 is deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; split the merge instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1 is not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the entities to merge into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1 cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 and %3 a %4: only entities of one type can be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1 is deleted; restore it before merging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1 is already merged into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge %1 in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 was already split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity %1 had a later merge (%2); split that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number %1, kept as written, has the same digits as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEIs with the same first 14 digits (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour %1 is not of the form #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no note %1 in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; attachments are kept inside the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment %1 in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 no longer matches its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names that read alike (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same first and last names (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names that sound alike in different spellings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name or identifier can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was stopped; the case is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The split was stopped; the case is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search for duplicates was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::CaseStore</name>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Seagull case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seagull; update Seagull to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be upgraded before it can be opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file could not be upgraded to version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case properties could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entity %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The neighbours could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping needs a name to be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart %1 does not exist in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: entries were removed or reordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 (%2) is not available at %3; its hash was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 (%2) could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 (%2) has changed since import: SHA-256 %3, recorded %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 (%2): SHA-256 matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the case file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owners could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read where it is: its folder cannot be written and it has unsaved changes in %1-wal. Copy both files to a writable folder and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older Seagull and must be upgraded, but it cannot be written here. Copy it to a writable folder and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case holds the %1 &quot;%2&quot;, which Seagull never makes; a case file carries no executable content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guard &quot;%1&quot; that keeps the audit log from being changed is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file %1 cannot be written: it is read-only, or on a read-only disk or folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed: make room and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: the disk may be full, the file too large for it, or the disk failing. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the events is missing: every record is there, but expanding and reading them would be slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the table &quot;%2&quot; refers to a row of &quot;%3&quot; that is not in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite foreign-key check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) refer to rows that are not in the case.</source>
        <translation>
            <numerusform>%n more row refers to a row that is not in the case.</numerusform>
            <numerusform>%n more rows refer to rows that are not in the case.</numerusform>
        </translation>
    </message>
    <message>
        <source>rows written: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the links is missing: every link is there, but expanding would be slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::CdrCsvImporter</name>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a text file (it contains binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known encodings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call records (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no recognisable call-record columns: it needs the two parties (such as &quot;Calling Number&quot; and &quot;Called Number&quot;, or &quot;MSISDN&quot; and &quot;Other Party&quot;) and a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no header row found in the first %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best header row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with the mapping &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date says whether the day or the month comes first; they are read as day/month/year. If that is wrong, import the file with a call-record mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has dates without times; events are placed at midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the time &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the duration &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record of %1 could be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::CellSiteImporter</name>
    <message>
        <source>Cell-site tables (CSV, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cell sites, the cell known by its column &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cell id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1 has no coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell %1: the coordinates &quot;%2, %3&quot; are not a place on Earth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no cell-site table (a cell id with latitude and longitude).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell site of %1 could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ChartDocument</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entities</source>
        <translation>
            <numerusform>Remove %n entity</numerusform>
            <numerusform>Remove %n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved chart cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart was saved by a newer version of Seagull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pin %n entities</source>
        <translation>
            <numerusform>Pin %n entity</numerusform>
            <numerusform>Pin %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n entities</source>
        <translation>
            <numerusform>Unpin %n entity</numerusform>
            <numerusform>Unpin %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n entities</source>
        <translation>
            <numerusform>Hide %n entity</numerusform>
            <numerusform>Hide %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n entities</source>
        <translation>
            <numerusform>Show %n entity</numerusform>
            <numerusform>Show %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the colour of %n entities</source>
        <translation>
            <numerusform>Set the colour of %n entity</numerusform>
            <numerusform>Set the colour of %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the icon of %n entities</source>
        <translation>
            <numerusform>Set the icon of %n entity</numerusform>
            <numerusform>Set the icon of %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %n entities as &quot;%1&quot;</source>
        <translation>
            <numerusform>Group %n entity as &quot;%1&quot;</numerusform>
            <numerusform>Group %n entities as &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Ungroup &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename group to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one link per pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one link per direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one link per event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw links at a fixed width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw link widths by count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw link widths by amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show replaced entities again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ChartExpander</name>
    <message>
        <source>No entity %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n entities</source>
        <translation>
            <numerusform>Add %n entity</numerusform>
            <numerusform>Add %n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expand %n entities</source>
        <translation>
            <numerusform>Expand %n entity</numerusform>
            <numerusform>Expand %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show owners instead of %n entities</source>
        <translation>
            <numerusform>Show the owner instead of %n entity</numerusform>
            <numerusform>Show owners instead of %n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the parties of %n events</source>
        <translation>
            <numerusform>Add the parties of %n event</numerusform>
            <numerusform>Add the parties of %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>The expansion was stopped; the chart is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to the chart was stopped; the chart is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ChartLegend</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapsed group: double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group box: drag its frame to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: events between the two, arrow towards the receiver; the label counts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub: more neighbours in the case than the chart&apos;s hub limit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+N: neighbours not yet on the chart; double-click to add the next ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin: layouts keep the entity where it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coloured ring: a colour chosen by the analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones and accounts are shown as their owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: declared link (stated by a source or the analyst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable: dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible: dotted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ChartPrinter</name>
    <message>
        <source>The output could not be opened for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the events behind the links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by the analyst (no file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1 · %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n event</numerusform>
            <numerusform>%1: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: charts are written as .pdf, .svg or .png files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF for %1 could not be completed (unexpected document structure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output could not take page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed by Seagull %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SVG could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile %1%2 of %3 × %4 (columns × rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: the sources behind this chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: the events behind each link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source stands behind the entities on this chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link on this chart has events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, continued: events %2–%3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ChartRecovery</name>
    <message>
        <source>The folder for unsaved charts %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s unsaved changes could not be kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ChartStyle</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n events</source>
        <translation>
            <numerusform>%1 → %2: %n event</numerusform>
            <numerusform>%1 → %2: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Cli</name>
    <message>
        <source>see seagull-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seagull-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: seagull-cli COMMAND [options] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region (ISO country code) for numbers without a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone of local times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding of the files (detected when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping (JSON) for a table of transfers or call records; saved in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most results, or new neighbours per entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many steps out to expand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity types to keep, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events from this date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events up to this date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only links with at least this many events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity to start the chart from (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved chart to print (id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait orientation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option --%1 does not apply to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the date &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create needs exactly one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create needs --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created case &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a case file and at least one file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;; known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already imported as source %2 (same SHA-256); nothing added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1 preamble and %2 trailer lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows could not be read:</source>
        <translation>
            <numerusform>%n row could not be read:</numerusform>
            <numerusform>%n rows could not be read:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>stats needs exactly one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources needs exactly one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 events  %5 rejected  %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a case file and one query (quote it if it has spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs a case file and one entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as written: the number did not validate for its source&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events, %2 linked entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1 (%2): first at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expand needs a case file and at least one entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hops, --limit and --min-count need whole numbers (hops and min-count at least 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours</source>
        <translation>
            <numerusform>%n neighbour</numerusform>
            <numerusform>%n neighbours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more left out by --limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify needs exactly one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case verifies: integrity check, audit chain and source hashes are sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The case does NOT verify: %n problems.</source>
        <translation>
            <numerusform>The case does NOT verify: %n problem.</numerusform>
            <numerusform>The case does NOT verify: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo needs exactly one output case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compounds overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration case written to %1 (%2 records; evidence in %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compound coordinators: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart needs exactly one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart needs either --seed ENTITY (repeatable) or --chart ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot;; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hops must be at least 1 and --limit at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these links count, comma-separated: call, sms, transfer, uses, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pairs that moved at least this amount, such as &quot;500 USD&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-amount needs an amount and a currency code, such as &quot;500 USD&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path needs a case file and two entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-hops needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k needs a whole number, at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weight is hops, count or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window needs a duration such as 90s, 30m, 2h or 3d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window, --money, --from and --to go with --time-ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-ordered finds one journey: it does not combine with --k, --all or --weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both ends must be of the types kept by --types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No path between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hops:</source>
        <translation>
            <numerusform>%n hop:</numerusform>
            <numerusform>%n hops:</numerusform>
        </translation>
    </message>
    <message>
        <source>analyze needs a case file and a measure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown measure &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common needs at least two entities after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top, --samples and --at-least need whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by is links, events or amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction is total, in, out or net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by, --direction and --currency go with degree</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bridges</source>
        <translation>
            <numerusform>%n bridge</numerusform>
            <numerusform>%n bridges</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 communities, modularity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>hints needs one known den member after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top and --at-least need whole numbers, --min-share a share between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 %2, forwarded %3 (%4%) within the window, median hold %5 h; from %6; to %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 counterparts between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The den member must be of the types kept by --types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1: devices %2; contacts %3; places %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace needs a case file and the id of a transfer (--event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace needs --event with the id of a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfer with the event id %1 in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest path, in hops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a step costs: hops, count (strong ties are short) or amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the amounts to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cheapest paths to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait between two steps of a journey, such as 2h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many results to list (0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count links, events or amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count what comes in, goes out, both or in minus out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate betweenness from this many entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities linked to at least this many of those given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the money a mule forwards, from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the transfer to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs exactly one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out FILE (a folder for csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv exports the whole case: --chart and --types go with graphml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote entities.csv, links.csv and events.csv in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export writes --format graphml, anx or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 events, %4 declared links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle needs exactly one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle needs --out FILE.sgbundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle needs either --chart ID or --seed ENTITY (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hops must be from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (SHA-256 %2): %3 entities, %4 events, %5 declared links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page margins in millimetres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print over several pages, such as 3x2 (columns x rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far tiled pages overlap, in millimetres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit number for the title block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification marking printed on every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of printing for the title block (ISO 8601 with offset); default now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix pages: sources, events or both, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of PNG output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency that sends the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity the report is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case summary report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--margin takes millimetres from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--overlap takes millimetres from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi takes a resolution from 36 to 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--printed-at takes an ISO 8601 time such as 2026-03-01T14:00:00+07:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --out a .pdf, .svg or .png file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown appendix &quot;%1&quot;; use sources, events or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chart with %1 entities written to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Chart with %1 entities written to %2 (%n page).</numerusform>
            <numerusform>Chart with %1 entities written to %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>report needs exactly one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs either --entity ENTITY or --summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tiles takes columns x rows, such as 3x2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports are not tiled: --tiles goes with chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note: carried with a bundle, or the authority for an entry (&quot;interview of witness 3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity&apos;s number or identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fact about the entity as name=value (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure: confirmed, probable or possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the entities are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag&apos;s colour as #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-entity needs a case file and an entity type (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--attr needs name=value, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity just added cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-link needs a case file and two entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-link needs --type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown link type &quot;%1&quot; (known: owns, uses, member_of, located_at, associate, same_as, family_of, employed_by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confidence is confirmed, probable or possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 and %2: %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge needs a case file, the entity to keep and at least one to merge into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge needs --reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged entity cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %n entities into %1 (merge %2; split it with: seagull-cli split CASE %1).</source>
        <translation>
            <numerusform>Merged %n entity into %1 (merge %2; split it with: seagull-cli split CASE %1).</numerusform>
            <numerusform>Merged %n entities into %1 (merge %2; split it with: seagull-cli split CASE %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>split needs a case file and the entity others were merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split merge %1: %2 restored beside %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag needs a case file, at least one entity and the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag &quot;%1&quot;: %n entities.</source>
        <translation>
            <numerusform>Tag &quot;%1&quot;: %n entity.</numerusform>
            <numerusform>Tag &quot;%1&quot;: %n entities.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow links only in their direction (caller to called, payer to payee).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every path up to --max-hops, not only the cheapest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only journeys whose steps follow one another in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow transfers of money only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the tag off instead of putting it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty case file. The region and time zone apply to numbers and times that do not carry their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import evidence files or folders: call records, bank and wallet tables, phone extracts, UFDR and XRY reports, cell sites. Each file is hashed and recorded as a source; a bad record is reported with its line and the case keeps everything it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the case&apos;s sources, entities by type, events by type and links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the imported sources: format, file, events, rejected records and SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find entities by number in any common format, name, alias or identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one entity: its events, linked entities and the sources that mention it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the entities linked to those given, up to a number of hops, with filters on types, links, dates, counts and amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the shortest or cheapest paths between two entities, or journeys in time order (money moving on within a window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank entities by a measure (degree, betweenness, closeness, eigenvector, PageRank), find groups (components, communities, k-cores), weak points, common contacts, or fraud patterns (mules, fan-in, fan-out, SIM boxes, shared devices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the money from one transfer onwards, hop by hop, within a time window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the case or one chart as GraphML, i2 ANX or CSV files for other tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a chart with its events and sources as a signed bundle for another agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an entity&apos;s profile or the case summary to PDF, with a title block on every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entity by hand (a person, den, vehicle, document, ...), with the authority for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare a link between two entities by hand, with its confidence, dates and authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge entities that are the same into the first one; the reason is recorded and the merge can be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the latest merge into an entity, restoring what was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a tag on entities (or take it off), with a colour for the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the case file: SQLite integrity, the audit chain and each source file&apos;s hash. Exits non-zero on any problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the demonstration case (two compounds, three operators&apos; call records) and its evidence files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out and print a link chart to PDF, SVG or PNG: from seed entities or a saved chart, on one page or tiled over several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: seagull-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the chart in the case under this name (Chart → Charts in the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart needs --out FILE.pdf, --save NAME or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart &quot;%1&quot; with %2 entities saved in the case as chart %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: source %2, %3 from %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Confidence</name>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::CsvExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::CsvReader</name>
    <message>
        <source>%1: the record that starts on line %2 is larger than %3 MB or has more than %4 fields; a quote may never be closed, or the file is not a table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::DayHistogram</name>
    <message>
        <source>No events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n event</numerusform>
            <numerusform>%1: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::DemoGenerator</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration: Golden Sands and Riverside compounds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::DenPage</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Den: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones, SIMs and messenger accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entities tied to the den; %2 events %3, per day below (each record&apos;s local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::DeviceImportContext</name>
    <message>
        <source>%1 is not a %2 database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::EntityDialog</name>
    <message>
        <source>New entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names or spellings, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;, &quot;surveillance log 14&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMSI or ICCID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank and account number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names from sources stay as the sources gave them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press OK again to add it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::EntityItem</name>
    <message numerus="yes">
        <source>%n more neighbours not shown: double-click to add them</source>
        <translation>
            <numerusform>%n more neighbour not shown: double-click to add it</numerusform>
            <numerusform>%n more neighbours not shown: double-click to add them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours in the case</source>
        <translation>
            <numerusform>%n neighbour in the case</numerusform>
            <numerusform>%n neighbours in the case</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::EntityType</name>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::EventType</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell registration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::Evidence</name>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::EvidenceDatabase</name>
    <message>
        <source>%1 cannot be opened as a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted or is not a SQLite database; Seagull cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::Exchange</name>
    <message>
        <source>The i2 ANX file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ExchangeData</name>
    <message>
        <source>Entity %1 is not in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ExpandDialog</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Located at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these links count; none checked: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entities of these types are added; none checked: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entities per entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this amount moved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum amount needs a number and a currency code, such as 500 and USD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::GraphLayout</name>
    <message numerus="yes">
        <source>Laying out %n entities</source>
        <translation>
            <numerusform>Laying out %n entity</numerusform>
            <numerusform>Laying out %n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphviz could not lay out the chart with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>an entity has %n links</source>
        <translation>
            <numerusform>an entity has %n link</numerusform>
            <numerusform>an entity has %n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 layout would take too long on this chart (%2); it was laid out with sfdp instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout job could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout helper gave an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::GraphML</name>
    <message>
        <source>The GraphML file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::GraphMLImporter</name>
    <message>
        <source>GraphML graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not GraphML: it has no &lt;graphml&gt; element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge %1 joins a node that is not in the graph (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes and %2 edges read; GraphML has no events, so each edge is a declared association.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::GroupBoxItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities</source>
        <translation>
            <numerusform>Group &quot;%1&quot; with %n entity</numerusform>
            <numerusform>Group &quot;%1&quot; with %n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GroupNodeItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities: double-click to expand it</source>
        <translation>
            <numerusform>Group &quot;%1&quot; with %n entity: double-click to expand it</numerusform>
            <numerusform>Group &quot;%1&quot; with %n entities: double-click to expand it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GuidedTour</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::HeatMatrix</name>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n event(s)</source>
        <translation>
            <numerusform>%1 %2:00–%3:00: %n event</numerusform>
            <numerusform>%1 %2:00–%3:00: %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ImportDialog</name>
    <message>
        <source>Import evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers written without a country code are read as numbers of this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of the numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in the file without an offset are local times in this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ImportService</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use a two-letter country code such as KH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working folder could be created for the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be copied to the working folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database Seagull does not know how to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database Seagull does not know how to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in a format Seagull can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: it is binary data that is neither a known format nor a readable SQLite database (an encrypted database looks like this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formats tried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a format Seagull can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known formats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed during the import; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 before %1, after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) or number(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translation>
            <numerusform>%n name or number longer than %1 characters was cut there in the case; the evidence keeps it whole at its record&apos;s place.</numerusform>
            <numerusform>%n names or numbers longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translation>
            <numerusform>%n message longer than %1 characters was cut there in the case; the evidence keeps it whole at its record&apos;s place.</numerusform>
            <numerusform>%n messages longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been merged into others: what this file says of them went to the ones they were merged into, recorded with each merge, so that a split gives it back.</source>
        <translation>
            <numerusform>%n entity named here had been merged into another: what this file says of it went to the one it was merged into, recorded with the merge, so that a split gives it back.</numerusform>
            <numerusform>%n entities named here had been merged into others: what this file says of them went to the ones they were merged into, recorded with each merge, so that a split gives it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been deleted from the case and stay deleted; restoring one brings it back with what this file says of it.</source>
        <translation>
            <numerusform>%n entity named here had been deleted from the case and stays deleted; restoring it brings it back with what this file says of it.</numerusform>
            <numerusform>%n entities named here had been deleted from the case and stay deleted; restoring one brings it back with what this file says of it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::InspectorPanel</name>
    <message>
        <source>The case file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Total moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entity on the chart to see what the case knows about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entities selected.</source>
        <translation>
            <numerusform>%n entity selected.</numerusform>
            <numerusform>%n entities selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as written: the number did not validate for its source&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (source %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes, %2, added by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into this entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examiner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last imported: %1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing imported yet: use Import to add call records, statements or device extracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a case to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types counted among the first %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::IosAddressBookImporter</name>
    <message>
        <source>iOS contacts (AddressBook.sqlitedb)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::IosCallHistoryImporter</name>
    <message>
        <source>iOS call history (CallHistory.storedata)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::IosMessagesImporter</name>
    <message>
        <source>iOS messages (sms.db)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::LinkDialog</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link two entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn solid, dashed or dotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the link the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::LinkKind</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Located at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employed by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::MainWindow</name>
    <message>
        <source>Add to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Seagull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seagull %1&lt;/h3&gt;&lt;p&gt;Link analysis for telecom-fraud investigations, offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import extraction &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import table with column &amp;mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit chart to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Seagull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network (sfdp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spring (neato)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force-directed (fdp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hierarchy (dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Circle (circo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Radial (twopi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 [*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; has changes that are not saved in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import extraction folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import table with column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported before (source %2); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n events imported</source>
        <translation>
            <numerusform>%1: %n event imported</numerusform>
            <numerusform>%1: %n events imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows could not be read (see details)</source>
        <translation>
            <numerusform>%1: %n row could not be read (see details)</numerusform>
            <numerusform>%1: %n rows could not be read (see details)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entities added</source>
        <translation>
            <numerusform>%n entity added</numerusform>
            <numerusform>%n entities added</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chart &quot;%1&quot; from the case? The case&apos;s records stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ungroup %n groups</source>
        <translation>
            <numerusform>Ungroup %n group</numerusform>
            <numerusform>Ungroup %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the style of %n entities</source>
        <translation>
            <numerusform>Reset the style of %n entity</numerusform>
            <numerusform>Reset the style of %n entities</numerusform>
        </translation>
    </message>
    <message>
        <source>Show owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand with &amp;filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invert selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find on chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all hi&amp;dden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;npin selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpand group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset colour and icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;owners instead of phones and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show phones and accounts &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per &amp;pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per &amp;direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per &amp;event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width by &amp;count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width by &amp;amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is not saved in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entities are now shown as their owners.</source>
        <translation>
            <numerusform>%n entity is now shown as its owner.</numerusform>
            <numerusform>%n entities are now shown as their owners.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case records no owner for these entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the group (a den, a family, a gang):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Collapse %n groups</source>
        <translation>
            <numerusform>Collapse %n group</numerusform>
            <numerusform>Collapse %n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expand %n groups</source>
        <translation>
            <numerusform>Expand %n group</numerusform>
            <numerusform>Expand %n groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find on chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the chart matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entities found on the chart.</source>
        <translation>
            <numerusform>%n entity found on the chart.</numerusform>
            <numerusform>%n entities found on the chart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the parties of the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;parties of its events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a link on the chart first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity &amp;profile report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;summary report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport chart data (i2 ANX, GraphML, bundle)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing, one file per page (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image, one file per page (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity profile report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (*.anx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GraphML for Gephi, yEd, networkx (*.graphml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle for a partner agency (*.sgbundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency that sends the bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chart data is written as .anx, .graphml or .sgbundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the chart&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart data written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years in the Thai &amp;Buddhist era (B.E.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show years as B.E. = C.E. + 543 on dates, time axes and print; the case is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demonstration case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up case of two compounds, their callers and victims, to try Seagull on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the demonstration case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided &amp;tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four steps: search, expand, layout, print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help → Guided tour shows the main steps on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a phone number in any format, a name, an account or an IMEI. Double-click a result, or drag it, to put it on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select entities on the chart and expand them (Ctrl+E) to bring in who they called, messaged or paid. Ctrl+Shift+E expands with filters: types, dates, counts, amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the chart (Ctrl+L). Chart → Layout has the other arrangements: hierarchy for money flows, circle, radial, grid. Pinned entities stay where you put them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the chart for court (Ctrl+P): paper size, title block, exhibit number, classification, several pages for a wall, and appendices listing each source and event. Preview before printing, or write PDF, SVG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved chart found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seagull was closed without saving the chart &quot;%1&quot; of this case. Its changes were kept at %2. Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s changes kept at %1 are restored; save the chart to keep them in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other work on the case is running; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work is done, but the case&apos;s audit log could not record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expanding would add %n entities to the chart.</source>
        <translation>
            <numerusform>Expanding would add %n entity to the chart.</numerusform>
            <numerusform>Expanding would add %n entities to the chart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw; to bring the most connected first, expand with a limit per entity (Expand with filters…).</source>
        <translation>
            <numerusform>The chart has %n entity now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw; to bring the most connected first, expand with a limit per entity (Expand with filters…).</numerusform>
            <numerusform>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw; to bring the most connected first, expand with a limit per entity (Expand with filters…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing links: %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search on the left for a number, IMEI, account or name, then double-click a result or drag it here to put it on the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case or create a new one to begin. Help → Open the demonstration case shows Seagull on a made-up case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding would put %n entities on the chart.</source>
        <translation>
            <numerusform>Adding would put %n entity on the chart.</numerusform>
            <numerusform>Adding would put %n entities on the chart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw.</source>
        <translation>
            <numerusform>The chart has %n entity now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw.</numerusform>
            <numerusform>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the first %n</source>
        <translation>
            <numerusform>Add the first %n</numerusform>
            <numerusform>Add the first %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; was not opened; Chart → Charts opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the chart was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::MappingWizard</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying bank or wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving bank or wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiver&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit/credit mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling number (A party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called number (B party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is seen from one account (a statement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seagull does not know this layout. Say which row holds the column names and what each column holds; the preview shows what the first rows become.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money: bank, wallet or payment records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names on row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ABA, KBank, Vietcombank, TrueMoney, Wing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank or wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. USD, THB, VND, KHR, CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency when no column says it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide from the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide from the amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal point (1,234.56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal comma (1.234,56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement&apos;s own account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account of the statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least the date and the two parties (calling and called number, or target and other party).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least the date and the amount (or debit and credit) columns, and the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: the scratch folder cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows do not import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 calls and messages between %2 numbers.</source>
        <translation>
            <numerusform>The first row gives %1 calls and messages between %2 numbers.</numerusform>
            <numerusform>The first %n rows give %1 calls and messages between %2 numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 transfers between %2 accounts.</source>
        <translation>
            <numerusform>The first row gives %1 transfers between %2 accounts.</numerusform>
            <numerusform>The first %n rows give %1 transfers between %2 accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read; the first, line %1: %2.</source>
        <translation>
            <numerusform>%n row cannot be read: line %1: %2.</numerusform>
            <numerusform>%n rows cannot be read; the first, line %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some columns have no name on the header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::MergeDialog</name>
    <message>
        <source>Merge entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The others&apos; events, names, sources, links, tags, notes and attachments move to the one kept. Edit → Undo takes the merge back; so does Split on the kept entity later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they are the same (required): &quot;same IMEI in both extractions&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why they are the same: the reason is kept with the merge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::MoneyTableImporter</name>
    <message>
        <source>The statement does not name its account; it is kept as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the amount &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank, wallet and payment tables (CSV, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read as &quot;%2&quot; (header on line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: simulated time, step %2 counted from %3 in the source&apos;s zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no date says whether the day or the month comes first (every one could be read both ways); they are read as day/month/year. If that is wrong, import the file with a mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dates read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n amount(s) had more decimals than their currency&apos;s minor unit and were rounded.</source>
        <translation>
            <numerusform>%1: %n amount had more decimals than its currency&apos;s minor unit and was rounded.</numerusform>
            <numerusform>%1: %n amounts had more decimals than their currency&apos;s minor unit and were rounded.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no table in it matches a known mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one with --mapping, or import it with the import wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worksheets not read (no known layout): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of %1 could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::MoneyView</name>
    <message>
        <source>No transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: in %2, out %3, balance %4 (%n transfer(s))</source>
        <translation>
            <numerusform>%1: in %2, out %3, balance %4 (%n transfer)</numerusform>
            <numerusform>%1: in %2, out %3, balance %4 (%n transfers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also moved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3 · balance %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running balance (in minus out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) among them: %1.</source>
        <translation>
            <numerusform>%n transfer among them: %1.</numerusform>
            <numerusform>%n transfers among them: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>among them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer among the entities shown (no money in or out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::PrintDialog</name>
    <message>
        <source>Cut marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources behind the chart (file, format, SHA-256, importer, import time, examiner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events behind each link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>across ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the pages as PDF, SVG or PNG</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::RemainingTime</name>
    <message>
        <source>A few seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ReportWriter</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept as written: it did not validate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and aliases, by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source gives a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices, accounts and other declared links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None declared in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts, by activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out, %2 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events with other entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity by weekday and hour (local time of each record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities and events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by the analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged entities (ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed: the %1 most active of %2 contacts. Events with the others: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::SeagullCsvImporter</name>
    <message>
        <source>Seagull CSV export (entities, links or events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; or an empty key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown link kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable time &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable amount &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link totals skipped: they are made again from the events.</source>
        <translation>
            <numerusform>%n link total skipped: it is made again from the events.</numerusform>
            <numerusform>%n link totals skipped: they are made again from the events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::SearchPanel</name>
    <message>
        <source>Open a case to search it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found: drag onto the chart or double-click.</source>
        <translation>
            <numerusform>%n found: drag it onto the chart or double-click.</numerusform>
            <numerusform>%n found: drag onto the chart or double-click.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number, IMEI, account or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number in any common form (012 345 678, +855 12 345 678, native digits) or a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::SettingsDialog</name>
    <message>
        <source>Years in the Thai Buddhist era (B.E. = C.E. + 543)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Seagull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and rank, as they should appear in audits and prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code that numbers without one belong to, in new cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of local times in new cases (IANA name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seagull keeps each case in one file on this computer and never connects to a network. Choose your language and say who you are; everything here can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region of new cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of new cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a region code (such as KH, TH, VN, CN, LA, MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a time zone (such as Asia/Phnom_Penh).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::Shortcuts</name>
    <message>
        <source>used seldom: from the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a setting, chosen once: from the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one entry of a list: from the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes the case and asks first: kept off the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(each entry)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::SourceWriter</name>
    <message>
        <source>The source could not be recorded in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links of the imported records could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record refers to entity %1, which is not in the case; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the durations of the events from entity %1 to entity %2 add up to more than can be stored; a record&apos;s duration is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link of source %1 was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped; nothing from %1 was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::TableFile</name>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: worksheet &quot;%2&quot; is missing from the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an XLSX workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a text table nor an XLSX workbook (it contains binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::TableMapping</name>
    <message>
        <source>The mapping has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: kind &quot;%2&quot; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known kinds: transfers, calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: unknown column role &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no parties (caller and callee, or subscriber and other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no date column (datetime or date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: direction code &quot;%2&quot; must mean &quot;in&quot; or &quot;out&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no amount column (amount, or debit and credit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: time format &quot;%2&quot; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known: auto, dmy, mdy, ymd, unix, unix-ms, step:day:YYYY-MM-DD, step:hour:YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank or wallet statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table does not have the columns mapping &quot;%1&quot; needs: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::TimeFilterBar</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the end of the range forward a day at a time and watch the network grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from %1 to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events on this chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the links and entities with no events in the range instead of fading them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::TimelinePanel</name>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 events among %2 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) among %1 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translation>
            <numerusform>%n event among %1 entities; zoom with the wheel, drag to move, double-click to see all.</numerusform>
            <numerusform>%n events among %1 entities; zoom with the wheel, drag to move, double-click to see all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each record&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock of the time axis: the case&apos;s zone, or the local time each source recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money over time shows a fixed group; show the selected entities&apos; money again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the view shown, with the title block and legend, or preview it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the view shown as PDF, SVG or PNG with the title block</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected entities together</source>
        <translation>
            <numerusform>%n selected entity together</numerusform>
            <numerusform>%n selected entities together</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::TimelineView</name>
    <message>
        <source>Times in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: from the caller&apos;s or payer&apos;s line, arrow at the other&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoomed out: bars count the events on each line; zoom in to see each event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in each record&apos;s own local time, as its source wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside a mark: its time when few are shown, and ×N for N events in the same instant on this scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::UfdrImporter</name>
    <message>
        <source>Models are nested deeper than %1 levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report names %1 IMEIs (%2); the handset is known by the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 extraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cellebrite report: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case information in the report: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handset IMEI %1, own number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untyped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no readable time stamp (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the device had deleted were recovered by the extraction; they are marked deleted.</source>
        <translation>
            <numerusform>%n record the device had deleted was recovered by the extraction; it is marked deleted.</numerusform>
            <numerusform>%n records the device had deleted were recovered by the extraction; they are marked deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are marked deleted in the report.</source>
        <translation>
            <numerusform>%n contact is marked deleted in the report.</numerusform>
            <numerusform>%n contacts are marked deleted in the report.</numerusform>
        </translation>
    </message>
    <message>
        <source>Models this version does not import: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cellebrite UFDR report (.ufdr or report.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no report.xml; it is not a Cellebrite UFDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: its root element is &lt;%2&gt;, not &lt;project&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: it has no &lt;project&gt; element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that XML does not allow (control characters, raw or as references such as &amp;#x1;) were removed from the report.</source>
        <translation>
            <numerusform>%n character that XML does not allow (a control character, raw or as a reference such as &amp;#x1;) was removed from the report.</numerusform>
            <numerusform>%n characters that XML does not allow (control characters, raw or as references such as &amp;#x1;) were removed from the report.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report holds no contacts, calls or messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::UserGuide</name>
    <message>
        <source>Seagull user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chapter is not translated yet; it is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidContactsImporter</name>
    <message>
        <source>WhatsApp for Android contacts (wa.db)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidMessagesImporter</name>
    <message>
        <source>WhatsApp for Android messages (msgstore.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with the current WhatsApp schema (message, jid, chat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with the legacy WhatsApp schema (messages).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosCallsImporter</name>
    <message>
        <source>WhatsApp for iOS calls (CallHistory.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosChatImporter</name>
    <message>
        <source>WhatsApp for iOS chats (ChatStorage.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s WhatsApp account is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosContactsImporter</name>
    <message>
        <source>WhatsApp for iOS contacts (ContactsV2.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::XmlFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends at line %1 before it is complete (the file is truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: it declares a DTD, which can expand entities without limit; forensic reports never need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to the undeclared entity &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document ends inside an element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: one element near line %2 holds more than %3 MB; the document is damaged or not a report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::XryImporter</name>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an XRY text export: it does not begin with &quot;XRY Export&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2 is larger than %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call has no time; the number is kept without an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has no time; its numbers are kept without an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handset&apos;s IMEI is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A multi-part message (reference %1) is incomplete; its %n part(s) are imported separately.</source>
        <translation>
            <numerusform>A multi-part message (reference %1) is incomplete; its %n part is imported on its own.</numerusform>
            <numerusform>A multi-part message (reference %1) is incomplete; its %n parts are imported separately.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are marked deleted.</source>
        <translation>
            <numerusform>%n record is marked deleted.</numerusform>
            <numerusform>%n records are marked deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 record(s) of the XRY category &quot;%2&quot; are not imported by this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XRY text export (calls, messages, contacts, device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XRY export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ZipArchive</name>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end of central directory record (the archive is truncated or not a zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a multi-part zip archive; join the parts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP64 locator is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP64 end record lies outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP64 end record is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory lies outside the file (the archive is truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the central directory is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: it holds a member whose name points outside the archive (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute names and &quot;..&quot; are never written by forensic tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is refused: member &quot;%2&quot; would expand from %3 to %4 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an expansion over %1 times is a zip bomb, not evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member &quot;%1&quot; lies outside the file (the archive is truncated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::ZipEntryReader</name>
    <message>
        <source>Member &quot;%1&quot; of %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression method %1 is not supported (only stored and deflated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its local header lies outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its local header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its data lies outside the file (the archive is truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data ends early (the archive is truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data ends early (the archive is truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expands beyond the %1 bytes the archive declares (a zip bomb or a damaged archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 bytes where the archive declares %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its checksum does not match (the data is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sg::timetext</name>
    <message>
        <source>, years B.E. (Buddhist era = C.E. + 543)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
