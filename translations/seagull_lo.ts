<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
<context>
    <name>main</name>
    <message>
        <source>Seagull link-analysis workstation</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະຖານີວຽກວິເຄາະເຄືອຂ່າຍ Seagull</translation>
    </message>
    <message>
        <source>Case file to open.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ຄະດີທີ່ຈະເປີດ.</translation>
    </message>
    <message>
        <source>Entity to put on an empty chart and expand.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອັນທິຕີທີ່ຈະວາງໃສ່ແຜນຜັງເປົ່າ ແລະ ຂະຫຍາຍ.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກຮູບໜ້າຕ່າງເປັນໄຟລ໌ PNG ນີ້ ແລ້ວອອກ.</translation>
    </message>
</context>
<context>
    <name>sg::ActivityPanel</name>
    <message>
        <source>Selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອນທິຕີທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Entities on this chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອນທິຕີໃນແຜນຜັງນີ້</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທັງຄະດີ</translation>
    </message>
    <message>
        <source>No events in this scope.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີເຫດການໃນຂອບເຂດນີ້.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2, in the local time of each record.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ເຫດການ ຈາກ %1 ຫາ %2, ຕາມເວລາທ້ອງຖິ່ນຂອງແຕ່ລະບັນທຶກ.</numerusform>
            <numerusform>%n ເຫດການ ຈາກ %1 ຫາ %2, ຕາມເວລາທ້ອງຖິ່ນຂອງແຕ່ລະບັນທຶກ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສົ່ງອອກ…</translation>
    </message>
    <message>
        <source>Write the activity as PDF, SVG or PNG with the title block</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນກິດຈະກຳເປັນ PDF, SVG ຫຼື PNG ພ້ອມກອບຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Darker: more events in that hour of that weekday, in the local time of each record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສີເຂັ້ມກວ່າ: ເຫດການຫຼາຍກວ່າໃນຊົ່ວໂມງນັ້ນຂອງວັນນັ້ນ, ຕາມເວລາທ້ອງຖິ່ນຂອງແຕ່ລະບັນທຶກ</translation>
    </message>
    <message>
        <source>Bars: events per day</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແທ່ງ: ເຫດການຕໍ່ມື້</translation>
    </message>
    <message>
        <source>Print…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <source>Print the activity, with the title block and legend, or preview it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມກິດຈະກຳ ພ້ອມຫົວເອກະສານ ແລະ ຄຳອະທິບາຍ ຫຼື ເບິ່ງຕົວຢ່າງ</translation>
    </message>
</context>
<context>
    <name>sg::Analysis</name>
    <message numerus="yes">
        <source>Betweenness of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຄ່າຕົວກາງຂອງ %n ລາຍການ</numerusform>
            <numerusform>ຄ່າຕົວກາງຂອງ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closeness of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຄ່າຄວາມໃກ້ຂອງ %n ລາຍການ</numerusform>
            <numerusform>ຄ່າຄວາມໃກ້ຂອງ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Eigenvector centrality of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຄ່າສູນກາງເວັກເຕີລັກສະນະຂອງ %n ລາຍການ</numerusform>
            <numerusform>ຄ່າສູນກາງເວັກເຕີລັກສະນະຂອງ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PageRank of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>PageRank ຂອງ %n ລາຍການ</numerusform>
            <numerusform>PageRank ຂອງ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Communities of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ກຸ່ມຊຸມຊົນຂອງ %n ລາຍການ</numerusform>
            <numerusform>ກຸ່ມຊຸມຊົນຂອງ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ໃຊ້ໄດ້ຢຸດແລ້ວ.</translation>
    </message>
    <message>
        <source>Common contacts: an entity given is not in the graph analysed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ຕິດຕໍ່ຮ່ວມ: ລາຍການທີ່ໃຫ້ມາບໍ່ຢູ່ໃນກຣາຟທີ່ວິເຄາະ.</translation>
    </message>
</context>
<context>
    <name>sg::AnalysisPanel</name>
    <message>
        <source>Analyse</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວິເຄາະ</translation>
    </message>
    <message>
        <source>Measure</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວວັດ</translation>
    </message>
    <message>
        <source>Counting</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການນັບ</translation>
    </message>
    <message>
        <source>Money transfers only</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະເພາະການໂອນເງິນ</translation>
    </message>
    <message>
        <source>The entities on this chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການໃນແຜນພູມນີ້</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທັງຄະດີ</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທັງສອງທາງ</translation>
    </message>
    <message>
        <source>Coming in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂາເຂົ້າ</translation>
    </message>
    <message>
        <source>Going out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂາອອກ</translation>
    </message>
    <message>
        <source>In minus out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຂົ້າລົບອອກ</translation>
    </message>
    <message>
        <source>Most connected: linked entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊື່ອມຕໍ່ຫຼາຍທີ່ສຸດ: ລາຍການທີ່ເຊື່ອມ</translation>
    </message>
    <message>
        <source>Most connected: events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊື່ອມຕໍ່ຫຼາຍທີ່ສຸດ: ເຫດການ</translation>
    </message>
    <message>
        <source>Most connected: amount moved</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊື່ອມຕໍ່ຫຼາຍທີ່ສຸດ: ຈຳນວນເງິນທີ່ເຄື່ອນຍ້າຍ</translation>
    </message>
    <message>
        <source>Betweenness (who lies between the others)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄ່າຕົວກາງ (ໃຜຢູ່ລະຫວ່າງຄົນອື່ນ)</translation>
    </message>
    <message>
        <source>Closeness (who reaches everyone quickly)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄວາມໃກ້ (ໃຜເຂົ້າເຖິງທຸກຄົນໄດ້ໄວ)</translation>
    </message>
    <message>
        <source>Eigenvector (linked to the well linked)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວັກເຕີລັກສະນະ (ເຊື່ອມກັບຜູ້ທີ່ເຊື່ອມຫຼາຍ)</translation>
    </message>
    <message>
        <source>PageRank (where the calls and money flow to)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>PageRank (ສາຍໂທ ແລະ ເງິນໄຫຼໄປໃສ)</translation>
    </message>
    <message>
        <source>Separate networks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຄືອຂ່າຍທີ່ແຍກກັນ</translation>
    </message>
    <message>
        <source>Communities (Louvain)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຸ່ມຊຸມຊົນ (Louvain)</translation>
    </message>
    <message>
        <source>k-core (the densely linked core)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>k-core (ແກນທີ່ເຊື່ອມກັນໜາແໜ້ນ)</translation>
    </message>
    <message>
        <source>Cut points (remove one and the network splits)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຸດຕັດ (ເອົາອອກໜຶ່ງ ເຄືອຂ່າຍກໍແຍກ)</translation>
    </message>
    <message>
        <source>Common contacts of the selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ຕິດຕໍ່ຮ່ວມຂອງລາຍການທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Shortest path between two selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເສັ້ນທາງສັ້ນທີ່ສຸດລະຫວ່າງສອງລາຍການທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Five shortest paths between two selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຫ້າເສັ້ນທາງສັ້ນທີ່ສຸດລະຫວ່າງສອງລາຍການທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Journey in time between two selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເສັ້ນທາງຕາມເວລາລະຫວ່າງສອງລາຍການທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Network connecting the selected entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຄືອຂ່າຍທີ່ເຊື່ອມລາຍການທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Pass-through mules (money forwarded within the window)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນຊີມ້າສົ່ງຕໍ່ (ເງິນທີ່ສົ່ງຕໍ່ພາຍໃນຊ່ວງເວລາ)</translation>
    </message>
    <message>
        <source>Fan-in (many counterparts paying or calling one, within the window)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຮວມເຂົ້າ (ຫຼາຍຝ່າຍຈ່າຍ ຫຼື ໂທຫາໜຶ່ງ ພາຍໃນຊ່ວງເວລາ)</translation>
    </message>
    <message>
        <source>Fan-out (one paying or calling many, within the window)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກະຈາຍອອກ (ໜຶ່ງຈ່າຍ ຫຼື ໂທຫາຫຼາຍ ພາຍໃນຊ່ວງເວລາ)</translation>
    </message>
    <message>
        <source>Devices used with several numbers (SIM boxes)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອຸປະກອນທີ່ໃຊ້ກັບຫຼາຍເບີ (ກ່ອງ SIM)</translation>
    </message>
    <message>
        <source>Den membership hints for the selected member</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ບົ່ງຊີ້ສະມາຊິກກຸ່ມສຳລັບສະມາຊິກທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Follow the money paid by the selected entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕິດຕາມເງິນທີ່ລາຍການທີ່ເລືອກຈ່າຍອອກ</translation>
    </message>
    <message>
        <source>Run</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແລ່ນ</translation>
    </message>
    <message>
        <source>Select all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກທັງໝົດ</translation>
    </message>
    <message>
        <source>Add to chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມໃສ່ແຜນພູມ</translation>
    </message>
    <message>
        <source>Size by</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະໜາດຕາມ</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສີຕາມ</translation>
    </message>
    <message>
        <source>Select every listed entity that is on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກທຸກລາຍການໃນລາຍຊື່ທີ່ຢູ່ໃນແຜນພູມ.</translation>
    </message>
    <message>
        <source>Add the selected rows (or all) to the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມແຖວທີ່ເລືອກ (ຫຼື ທັງໝົດ) ໃສ່ແຜນພູມ.</translation>
    </message>
    <message>
        <source>Draw the chart&apos;s entities larger the higher their value (undoable).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຕ້ມລາຍການໃນແຜນພູມໃຫຍ່ຂຶ້ນຕາມຄ່າທີ່ສູງຂຶ້ນ (ຍົກເລີກໄດ້).</translation>
    </message>
    <message>
        <source>Colour the chart&apos;s entities by their value or group (undoable).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃສ່ສີລາຍການໃນແຜນພູມຕາມຄ່າ ຫຼື ກຸ່ມ (ຍົກເລີກໄດ້).</translation>
    </message>
    <message>
        <source>Entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄ່າ</translation>
    </message>
    <message>
        <source>Longest wait between steps (hours, 0: any)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການລໍຖ້າດົນສຸດລະຫວ່າງຂັ້ນ (ຊົ່ວໂມງ, 0: ບໍ່ຈຳກັດ)</translation>
    </message>
    <message>
        <source>Time window in hours (0: 72 for mules, 24 for fans, a week for a trace)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊ່ວງເວລາເປັນຊົ່ວໂມງ (0: 72 ສຳລັບບັນຊີມ້າ, 24 ສຳລັບຮວມ/ກະຈາຍ, ໜຶ່ງອາທິດສຳລັບການຕິດຕາມເງິນ)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການວິເຄາະ</translation>
    </message>
    <message>
        <source>Select exactly two entities on the chart first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກະລຸນາເລືອກສອງລາຍການໃນແຜນພູມກ່ອນ.</translation>
    </message>
    <message>
        <source>Select one entity on the chart first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກະລຸນາເລືອກໜຶ່ງລາຍການໃນແຜນພູມກ່ອນ.</translation>
    </message>
    <message>
        <source>Select at least two entities on the chart first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກະລຸນາເລືອກຢ່າງໜ້ອຍສອງລາຍການໃນແຜນພູມກ່ອນ.</translation>
    </message>
    <message numerus="yes">
        <source>%n communities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ກຸ່ມຊຸມຊົນ %n ກຸ່ມ</numerusform>
            <numerusform>ກຸ່ມຊຸມຊົນ %n ກຸ່ມ</numerusform>
        </translation>
    </message>
    <message>
        <source>modularity %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄ່າໂມດູລາ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n separate networks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ເຄືອຂ່າຍທີ່ແຍກກັນ %n ເຄືອຂ່າຍ</numerusform>
            <numerusform>ເຄືອຂ່າຍທີ່ແຍກກັນ %n ເຄືອຂ່າຍ</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນເງິນເປັນ %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities connect the selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ລາຍການເຊື່ອມສິ່ງທີ່ເລືອກ</numerusform>
            <numerusform>%n ລາຍການເຊື່ອມສິ່ງທີ່ເລືອກ</numerusform>
        </translation>
    </message>
    <message>
        <source>path %1, step %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເສັ້ນທາງ %1, ຂັ້ນ %2</translation>
    </message>
    <message>
        <source>No path between the two entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີເສັ້ນທາງລະຫວ່າງສອງລາຍການ.</translation>
    </message>
    <message numerus="yes">
        <source>%n hops</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ຂັ້ນ</numerusform>
            <numerusform>%n ຂັ້ນ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n listed)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>(ສະແດງ %n ລາຍການ)</numerusform>
            <numerusform>(ສະແດງ %n ລາຍການ)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of %2, median hold %3 h</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1% ຂອງ %2, ຖືໄວ້ກາງ %3 ຊມ</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts forward most of what they receive</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ບັນຊີສົ່ງຕໍ່ເງິນສ່ວນໃຫຍ່ທີ່ໄດ້ຮັບ</numerusform>
            <numerusform>%n ບັນຊີສົ່ງຕໍ່ເງິນສ່ວນໃຫຍ່ທີ່ໄດ້ຮັບ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ຕັ້ງແຕ່ %2</translation>
    </message>
    <message numerus="yes">
        <source>within %n hours</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ພາຍໃນ %n ຊົ່ວໂມງ</numerusform>
            <numerusform>ພາຍໃນ %n ຊົ່ວໂມງ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (devices %2, contacts %3, places %4)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (ອຸປະກອນ %2, ຜູ້ຕິດຕໍ່ %3, ສະຖານທີ່ %4)</translation>
    </message>
    <message>
        <source>hints only: check the evidence before concluding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປັນພຽງຂໍ້ບົ່ງຊີ້: ກວດສອບຫຼັກຖານກ່ອນສະຫຼຸບ</translation>
    </message>
    <message>
        <source>paid</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ຈ່າຍ</translation>
    </message>
    <message>
        <source>No transfers paid by this entity.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການນີ້ບໍ່ມີການໂອນຈ່າຍອອກ.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts reached</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ເງິນໄປຮອດ %n ບັນຊີ</numerusform>
            <numerusform>ເງິນໄປຮອດ %n ບັນຊີ</numerusform>
        </translation>
    </message>
    <message>
        <source>Size by %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະໜາດຕາມ %1</translation>
    </message>
    <message>
        <source>Colour by %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສີຕາມ %1</translation>
    </message>
    <message>
        <source>Devices in the evidence of several sources (seized phones, operators)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອຸປະກອນໃນຫຼັກຖານຂອງຫຼາຍແຫຼ່ງ (ໂທລະສັບທີ່ຍຶດ, ຜູ້ໃຫ້ບໍລິການ)</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເງິນຕາມເວລາ</translation>
    </message>
    <message>
        <source>Money in and out of the accounts listed (the selected rows, or all but the trace&apos;s start) taken as one, with the running balance</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເງິນເຂົ້າ ແລະ ອອກຂອງບັນຊີທີ່ລະບຸ (ແຖວທີ່ເລືອກ ຫຼື ທັງໝົດຍົກເວັ້ນຈຸດເລີ່ມການຕິດຕາມ) ລວມເປັນອັນດຽວ ພ້ອມຍອດເງິນສະສົມ</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) reached from %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ບັນຊີທີ່ເງິນຈາກ %1 ໄປຮອດ</numerusform>
            <numerusform>%n ບັນຊີທີ່ເງິນຈາກ %1 ໄປຮອດ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) together</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ບັນຊີລວມກັນ</numerusform>
            <numerusform>%n ບັນຊີລວມກັນ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidCallLogImporter</name>
    <message>
        <source>Android call log (calllog.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກການໂທ Android (calllog.db)</translation>
    </message>
</context>
<context>
    <name>sg::AndroidContactsImporter</name>
    <message>
        <source>Android contacts (contacts2.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍຊື່ຕິດຕໍ່ Android (contacts2.db)</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts had been deleted on the device; they are imported all the same.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຜູ້ຕິດຕໍ່ %n ຖືກລຶບໃນອຸປະກອນແລ້ວ; ຍັງຖືກນຳເຂົ້າ.</numerusform>
            <numerusform>ຜູ້ຕິດຕໍ່ %n ຖືກລຶບໃນອຸປະກອນແລ້ວ; ຍັງຖືກນຳເຂົ້າ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call log kept in this database was imported too.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກການໂທທີ່ເກັບໄວ້ໃນຖານຂໍ້ມູນນີ້ກໍຖືກນຳເຂົ້າເຊັ່ນກັນ.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) from %1 of the contact book.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຜູ້ຕິດຕໍ່ %n ຈາກ %1 ຂອງປຶ້ມລາຍຊື່.</numerusform>
            <numerusform>ຜູ້ຕິດຕໍ່ %n ຈາກ %1 ຂອງປຶ້ມລາຍຊື່.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ລາຍການ</numerusform>
            <numerusform>%n ລາຍການ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidMessagesImporter</name>
    <message>
        <source>Android messages (mmssms.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ຄວາມ Android (mmssms.db)</translation>
    </message>
    <message>
        <source>The owner&apos;s number %1 is taken from the messages the device sent.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບີຂອງເຈົ້າຂອງ %1 ເອົາມາຈາກຂໍ້ຄວາມທີ່ອຸປະກອນສົ່ງ.</translation>
    </message>
</context>
<context>
    <name>sg::AnxImporter</name>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນ XML ທີ່ຖືກຕ້ອງ (ແຖວ %2 ຖັນ %3): %4</translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (ANX)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງ i2 Analyst&apos;s Notebook (ANX)</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເປີດ %1: %2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງອ່ານ %1</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການນຳເຂົ້າ %1 ຖືກຍົກເລີກ.</translation>
    </message>
    <message>
        <source>%1 is not an i2 chart: it has no &lt;Chart&gt; element.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນແຜນຜັງ i2: ບໍ່ມີອົງປະກອບ &lt;Chart&gt;.</translation>
    </message>
    <message>
        <source>chart item %1 has neither an identity nor a label</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການ %1 ບໍ່ມີທັງຕົວລະບຸ ແລະ ປ້າຍ</translation>
    </message>
    <message>
        <source>link %1 joins an item that is not in the chart (%2, %3)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລິ້ງ %1 ເຊື່ອມກັບລາຍການທີ່ບໍ່ມີໃນແຜນຜັງ (%2, %3)</translation>
    </message>
    <message>
        <source>link %1 has an unreadable date &quot;%2&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລິ້ງ %1 ມີວັນທີທີ່ອ່ານບໍ່ໄດ້ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>link %1 has an unreadable amount &quot;%2&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລິ້ງ %1 ມີຈຳນວນເງິນທີ່ອ່ານບໍ່ໄດ້ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 events and %2 declared links read from the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານເຫດການ %1 ແລະ ລິ້ງທີ່ປະກາດ %2 ຈາກແຜນຜັງ.</translation>
    </message>
    <message>
        <source>The chart&apos;s times are UTC.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາໃນແຜນຜັງແມ່ນ UTC.</translation>
    </message>
</context>
<context>
    <name>sg::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍົກເລີກ</translation>
    </message>
</context>
<context>
    <name>sg::BundleImporter</name>
    <message>
        <source>Seagull case bundle</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊຸດຂໍ້ມູນຄະດີ Seagull</translation>
    </message>
    <message>
        <source>%1 is not a readable bundle: %2 at byte %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນຊຸດຂໍ້ມູນທີ່ອ່ານໄດ້: %2 ທີ່ໄບ %3</translation>
    </message>
    <message>
        <source>%1 is not a Seagull bundle of a version this Seagull reads.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນຊຸດຂໍ້ມູນ Seagull ລຸ້ນທີ່ Seagull ນີ້ອ່ານໄດ້.</translation>
    </message>
    <message>
        <source>%1 was changed or damaged after it was made: its content does not match the SHA-256 it carries.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ຖືກປ່ຽນແປງ ຫຼື ເສຍຫາຍຫຼັງຈາກສ້າງ: ເນື້ອໃນບໍ່ກົງກັບ SHA-256 ທີ່ຕິດມາ.</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄາດວ່າ %1, ພົບ %2</translation>
    </message>
    <message>
        <source>Bundle made %1 by %2 (%3) for case %4 %5.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊຸດຂໍ້ມູນສ້າງເມື່ອ %1 ໂດຍ %2 (%3) ສຳລັບຄະດີ %4 %5.</translation>
    </message>
    <message>
        <source>agency not named</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ລະບຸໜ່ວຍງານ</translation>
    </message>
    <message>
        <source>Bundle content SHA-256 %1 (checked).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SHA-256 ຂອງເນື້ອໃນຊຸດຂໍ້ມູນ %1 (ກວດແລ້ວ).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໝາຍເຫດ: %1</translation>
    </message>
    <message>
        <source>Original source: %1 (%2, imported %3 by %4, SHA-256 %5)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງທີ່ມາເດີມ: %1 (%2, ນຳເຂົ້າເມື່ອ %3 ໂດຍ %4, SHA-256 %5)</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>entity %1 has no known type or no key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອນທິຕີ %1 ບໍ່ມີປະເພດທີ່ຮູ້ຈັກ ຫຼື ບໍ່ມີກະແຈ</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການນຳເຂົ້າ %1 ຖືກຍົກເລີກ.</translation>
    </message>
    <message>
        <source>event %1 names an unknown type or entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫດການ %1 ລະບຸປະເພດ ຫຼື ເອນທິຕີທີ່ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>event %1 has an unreadable amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫດການ %1 ມີຈຳນວນເງິນທີ່ອ່ານບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>a declared link names an unknown kind or entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລິ້ງທີ່ປະກາດໜຶ່ງລະບຸປະເພດ ຫຼື ເອນທິຕີທີ່ບໍ່ຮູ້ຈັກ</translation>
    </message>
</context>
<context>
    <name>sg::CaseEditing</name>
    <message>
        <source>&amp;New entity…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງປະກອບ&amp;ໃໝ່…</translation>
    </message>
    <message>
        <source>Add a person, den, organisation, vehicle, document, number or account the case does not have</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມບຸກຄົນ, ແຫຼ່ງ, ອົງກອນ, ພາຫະນະ, ເອກະສານ, ເບີ ຫຼື ບັນຊີທີ່ຄະດີຍັງບໍ່ມີ</translation>
    </message>
    <message>
        <source>&amp;Edit entity…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;ແກ້ໄຂອົງປະກອບ…</translation>
    </message>
    <message>
        <source>&amp;Delete from the case…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;ລຶບອອກຈາກຄະດີ…</translation>
    </message>
    <message>
        <source>&amp;Link the two selected…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;ເຊື່ອມສອງລາຍການທີ່ເລືອກ…</translation>
    </message>
    <message>
        <source>&amp;Merge the selected…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;ລວມລາຍການທີ່ເລືອກ…</translation>
    </message>
    <message>
        <source>&amp;Split the last merge</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;ແຍກການລວມຄັ້ງຫຼ້າສຸດ</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊອກຫາລາຍການ&amp;ຊ້ຳ…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;ແທັກ…</translation>
    </message>
    <message>
        <source>Note on the entity…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກກ່ຽວກັບອົງປະກອບ…</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນບໄຟລ໌…</translation>
    </message>
    <message>
        <source>Add to a &amp;den…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມເຂົ້າ&amp;ແຫຼ່ງ…</translation>
    </message>
    <message>
        <source>Tie the selected people, phones, devices and accounts to a den (compound)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູກບຸກຄົນ, ໂທລະສັບ, ອຸປະກອນ ແລະ ບັນຊີທີ່ເລືອກເຂົ້າກັບແຫຼ່ງ (ຄອມພາວ)</translation>
    </message>
    <message>
        <source>Den page…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າແຫຼ່ງ…</translation>
    </message>
    <message>
        <source>Select by tag</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກຕາມແທັກ</translation>
    </message>
    <message>
        <source>New entity here</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງປະກອບໃໝ່ຢູ່ນີ້</translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີອົງປະກອບ %1 ໃນຄະດີ.</translation>
    </message>
    <message>
        <source>Case data</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ມູນຄະດີ</translation>
    </message>
    <message>
        <source>New %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ໃໝ່</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແກ້ໄຂ %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ລຶບ %n ອົງປະກອບອອກຈາກຄະດີ</numerusform>
            <numerusform>ລຶບ %n ອົງປະກອບອອກຈາກຄະດີ</numerusform>
        </translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລິ້ງ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ລວມ %n ອົງປະກອບ</numerusform>
            <numerusform>ລວມ %n ອົງປະກອບ</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was merged into this entity.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີຫຍັງຖືກລວມເຂົ້າອົງປະກອບນີ້.</translation>
    </message>
    <message>
        <source>Split</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຍກ</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແທັກ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add to den</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມເຂົ້າແຫຼ່ງ</translation>
    </message>
    <message>
        <source>Delete from the case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຶບອອກຈາກຄະດີ</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ລຶບ %n ອົງປະກອບອອກຈາກຄະດີບໍ?</numerusform>
            <numerusform>ລຶບ %n ອົງປະກອບອອກຈາກຄະດີບໍ?</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave search, expansion, analysis and every chart. The %1 events they take part in stay in the case (evidence is never removed), and %2 links are hidden with them. Edit → Undo brings them back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພວກມັນອອກຈາກການຊອກຫາ, ການຂະຫຍາຍ, ການວິເຄາະ ແລະ ທຸກແຜນວາດ. ເຫດການ %1 ທີ່ກ່ຽວຂ້ອງຍັງຢູ່ໃນຄະດີ (ຫຼັກຖານບໍ່ເຄີຍຖືກລຶບ), ແລະ ລິ້ງ %2 ຖືກເຊື່ອງໄປນຳ. ແກ້ໄຂ → ຍົກເລີກ ເພື່ອນຳກັບຄືນ.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຶບ</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການທີ່ອາດຊ້ຳ</translation>
    </message>
    <message>
        <source>Entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອນທິຕີ</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates. Nothing is merged unless you merge it, with a reason.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ລາຍການທີ່ອາດຊ້ຳ. ບໍ່ມີຫຍັງຖືກລວມ ເວັ້ນແຕ່ທ່ານລວມເອງ ພ້ອມເຫດຜົນ.</numerusform>
            <numerusform>%n ລາຍການທີ່ອາດຊ້ຳ. ບໍ່ມີຫຍັງຖືກລວມ ເວັ້ນແຕ່ທ່ານລວມເອງ ພ້ອມເຫດຜົນ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລວມ…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແທັກ</translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %n selected entities:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ແທັກສຳລັບ %n ອົງປະກອບທີ່ເລືອກ:</numerusform>
            <numerusform>ແທັກສຳລັບ %n ອົງປະກອບທີ່ເລືອກ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກກ່ຽວກັບອົງປະກອບ</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນບໄຟລ໌</translation>
    </message>
    <message>
        <source>Photographs and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຮູບພາບ ແລະ ສະແກນ (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;ທຸກໄຟລ໌ (*)</translation>
    </message>
    <message>
        <source>A new den…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງໃໝ່…</translation>
    </message>
    <message>
        <source>Add to a den</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມເຂົ້າແຫຼ່ງ</translation>
    </message>
    <message numerus="yes">
        <source>The den (compound) for the %n selected entities:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ແຫຼ່ງ (ຄອມພາວ) ສຳລັບ %n ອົງປະກອບທີ່ເລືອກ:</numerusform>
            <numerusform>ແຫຼ່ງ (ຄອມພາວ) ສຳລັບ %n ອົງປະກອບທີ່ເລືອກ:</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍັງບໍ່ມີແທັກ</translation>
    </message>
    <message>
        <source>&amp;Case notes…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກ&amp;ຄະດີ…</translation>
    </message>
    <message>
        <source>Notes on the whole case, with who wrote them and when</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກກ່ຽວກັບຄະດີທັງໝົດ ພ້ອມຜູ້ຂຽນ ແລະ ເວລາ</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກຄະດີ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No case notes yet.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍັງບໍ່ມີບັນທຶກຄະດີ.</translation>
    </message>
    <message>
        <source>A new note on the case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກໃໝ່ກ່ຽວກັບຄະດີ</translation>
    </message>
    <message>
        <source>Merging entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງລວມຫົວໜ່ວຍ</translation>
    </message>
    <message>
        <source>Splitting the merge</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງແຍກການລວມ</translation>
    </message>
    <message>
        <source>The merge into %1 is no longer in force; nothing was split.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການລວມເຂົ້າ %1 ບໍ່ມີຜົນແລ້ວ; ບໍ່ມີຫຍັງຖືກແຍກ.</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງຊອກຫາລາຍການຊ້ຳ</translation>
    </message>
</context>
<context>
    <name>sg::CaseEditor</name>
    <message>
        <source>The case is open for reading only here.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີເປີດແບບອ່ານຢ່າງດຽວຢູ່ນີ້.</translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີອົງປະກອບ %1 ໃນຄະດີ.</translation>
    </message>
    <message>
        <source>The analyst&apos;s entry could not be recorded in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດບັນທຶກສິ່ງທີ່ນັກວິເຄາະປ້ອນເຂົ້າຄະດີໄດ້.</translation>
    </message>
    <message>
        <source>The search index could not be updated.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອັບເດດດັດຊະນີການຊອກຫາໄດ້.</translation>
    </message>
    <message>
        <source>The links could not be rebuilt.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດສ້າງລິ້ງຄືນໃໝ່ໄດ້.</translation>
    </message>
    <message>
        <source>A %1 needs its number or identifier.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ຕ້ອງມີເບີ ຫຼື ຕົວລະບຸ.</translation>
    </message>
    <message>
        <source>Give the %1 a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃຫ້ຊື່ %1.</translation>
    </message>
    <message>
        <source>The number %1 does not validate for region %2; it is kept as entered.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບີ %1 ບໍ່ຜ່ານການກວດສອບສຳລັບພາກພື້ນ %2; ເກັບໄວ້ຕາມທີ່ປ້ອນ.</translation>
    </message>
    <message>
        <source>The IMEI %1 is not 15 digits with a correct check digit; it is kept as entered.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMEI %1 ບໍ່ແມ່ນ 15 ຕົວເລກທີ່ມີເລກກວດສອບຖືກຕ້ອງ; ເກັບໄວ້ຕາມທີ່ປ້ອນ.</translation>
    </message>
    <message>
        <source>The date %1 (%2) is in the future.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັນທີ %1 (%2) ຢູ່ໃນອະນາຄົດ.</translation>
    </message>
    <message>
        <source>%1 is already in the case; what was entered is added to it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ມີຢູ່ໃນຄະດີແລ້ວ; ສິ່ງທີ່ປ້ອນຖືກເພີ່ມເຂົ້າໄປ.</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ຄະດີໄດ້.</translation>
    </message>
    <message>
        <source>The entity could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເກັບອົງປະກອບໄດ້.</translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເກັບຊື່ອື່ນໄດ້.</translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກຄຸນລັກສະນະບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>The name could not be changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດປ່ຽນຊື່ໄດ້.</translation>
    </message>
    <message>
        <source>The attribute needs a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄຸນສົມບັດຕ້ອງມີຊື່.</translation>
    </message>
    <message>
        <source>The attribute could not be changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດປ່ຽນຄຸນສົມບັດໄດ້.</translation>
    </message>
    <message>
        <source>Links of events come from the events; state a kind of link.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລິ້ງຂອງເຫດການມາຈາກເຫດການ; ກະລຸນາລະບຸປະເພດລິ້ງ.</translation>
    </message>
    <message>
        <source>A link needs two different entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລິ້ງຕ້ອງມີສອງອົງປະກອບທີ່ແຕກຕ່າງກັນ.</translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; link that one.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງປະກອບ %1 ຖືກລວມເຂົ້າ %2 ແລ້ວ; ກະລຸນາເຊື່ອມອັນນັ້ນ.</translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round (%1 after %2).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັນທີຂອງລິ້ງກັບກັນ (%1 ຫຼັງ %2).</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັນທີ %1 ຢູ່ໃນອະນາຄົດ.</translation>
    </message>
    <message>
        <source>The link could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເກັບລິ້ງໄດ້.</translation>
    </message>
    <message>
        <source>%1 is not a location: a den is a place.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນສະຖານທີ່: ແຫຼ່ງຕ້ອງເປັນສະຖານທີ່.</translation>
    </message>
    <message>
        <source>Link %1 has no statement by the analyst to take back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລິ້ງ %1 ບໍ່ມີຄຳຖະແຫຼງຂອງນັກວິເຄາະໃຫ້ຖອນຄືນ.</translation>
    </message>
    <message>
        <source>The link could not be taken back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຖອນລິ້ງຄືນໄດ້.</translation>
    </message>
    <message>
        <source>Entity %1 is deleted already.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງປະກອບ %1 ຖືກລຶບແລ້ວ.</translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; split the merge instead.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງປະກອບ %1 ຖືກລວມເຂົ້າ %2 ແລ້ວ; ກະລຸນາແຍກການລວມແທນ.</translation>
    </message>
    <message>
        <source>The entity could not be deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດລຶບອົງປະກອບໄດ້.</translation>
    </message>
    <message>
        <source>Entity %1 is not deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງປະກອບ %1 ບໍ່ໄດ້ຖືກລຶບ.</translation>
    </message>
    <message>
        <source>The entity could not be restored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດກູ້ຄືນອົງປະກອບໄດ້.</translation>
    </message>
    <message>
        <source>A merge needs a reason.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການລວມຕ້ອງມີເຫດຜົນ.</translation>
    </message>
    <message>
        <source>Name the entities to merge into %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລະບຸອົງປະກອບທີ່ຈະລວມເຂົ້າ %1.</translation>
    </message>
    <message>
        <source>Entity %1 cannot be merged into itself.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງປະກອບ %1 ບໍ່ສາມາດລວມເຂົ້າກັບຕົວເອງໄດ້.</translation>
    </message>
    <message>
        <source>%1 is a %2 and %3 a %4: only entities of one type can be merged.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ເປັນ %2 ແລະ %3 ເປັນ %4: ລວມໄດ້ສະເພາະອົງປະກອບປະເພດດຽວກັນ.</translation>
    </message>
    <message>
        <source>Entity %1 is deleted; restore it before merging.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງປະກອບ %1 ຖືກລຶບແລ້ວ; ກູ້ຄືນກ່ອນລວມ.</translation>
    </message>
    <message>
        <source>Entity %1 is already merged into %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງປະກອບ %1 ຖືກລວມເຂົ້າ %2 ແລ້ວ.</translation>
    </message>
    <message>
        <source>The merge could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນການລວມໄດ້.</translation>
    </message>
    <message>
        <source>There is no merge %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີການລວມ %1 ໃນຄະດີ.</translation>
    </message>
    <message>
        <source>Merge %1 was already split.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການລວມ %1 ຖືກແຍກແລ້ວ.</translation>
    </message>
    <message>
        <source>Entity %1 had a later merge (%2); split that first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງປະກອບ %1 ມີການລວມຄັ້ງຫຼັງ (%2); ແຍກອັນນັ້ນກ່ອນ.</translation>
    </message>
    <message>
        <source>The split could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນການແຍກໄດ້.</translation>
    </message>
    <message>
        <source>The number %1, kept as written, has the same digits as %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບີ %1 ທີ່ເກັບຕາມທີ່ຂຽນ ມີຕົວເລກຄືກັບ %2.</translation>
    </message>
    <message>
        <source>IMEIs with the same first 14 digits (%1).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMEI ທີ່ມີ 14 ຕົວເລກທຳອິດຄືກັນ (%1).</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແທັກຕ້ອງມີຊື່.</translation>
    </message>
    <message>
        <source>The colour %1 is not of the form #rrggbb.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສີ %1 ບໍ່ແມ່ນຮູບແບບ #rrggbb.</translation>
    </message>
    <message>
        <source>The tag could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເກັບແທັກໄດ້.</translation>
    </message>
    <message>
        <source>The tag could not be removed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເອົາແທັກອອກໄດ້.</translation>
    </message>
    <message>
        <source>The note could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເກັບບັນທຶກໄດ້.</translation>
    </message>
    <message>
        <source>There is no note %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີບັນທຶກ %1 ໃນຄະດີ.</translation>
    </message>
    <message>
        <source>The note could not be changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດປ່ຽນບັນທຶກໄດ້.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; attachments are kept inside the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ %1 ໃຫຍ່ກວ່າ %2 MB; ໄຟລ໌ແນບຖືກເກັບໄວ້ພາຍໃນຄະດີ.</translation>
    </message>
    <message>
        <source>The attachment could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເກັບໄຟລ໌ແນບໄດ້.</translation>
    </message>
    <message>
        <source>There is no attachment %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີໄຟລ໌ແນບ %1 ໃນຄະດີ.</translation>
    </message>
    <message>
        <source>Attachment %1 no longer matches its SHA-256.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ແນບ %1 ບໍ່ກົງກັບ SHA-256 ຂອງມັນອີກ.</translation>
    </message>
    <message>
        <source>Names that read alike (%1): %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ທີ່ອ່ານຄືກັນ (%1): %2.</translation>
    </message>
    <message>
        <source>The same first and last names (%1): %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ ແລະ ນາມສະກຸນຄືກັນ (%1): %2.</translation>
    </message>
    <message>
        <source>Names that sound alike in different spellings: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ທີ່ອອກສຽງຄ້າຍກັນແຕ່ສະກົດຕ່າງກັນ: %1.</translation>
    </message>
    <message>
        <source>A name or identifier can have at most %1 characters.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ ຫຼື ລະຫັດລະບຸ ມີໄດ້ບໍ່ເກີນ %1 ຕົວອັກສອນ.</translation>
    </message>
    <message>
        <source>The merge was stopped; the case is as it was.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການລວມຖືກຢຸດ; ຄະດີຍັງຄືເກົ່າ.</translation>
    </message>
    <message>
        <source>The split was stopped; the case is as it was.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການແຍກຖືກຢຸດ; ຄະດີຍັງຄືເກົ່າ.</translation>
    </message>
    <message>
        <source>The search for duplicates was stopped.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຊອກຫາລາຍການຊ້ຳຖືກຢຸດ.</translation>
    </message>
</context>
<context>
    <name>sg::CaseStore</name>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ມີໄຟລ໌ຊື່ %1 ຢູ່ແລ້ວ; ກະລຸນາເລືອກຊື່ອື່ນ.</translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີໄຟລ໌ຄະດີ %1.</translation>
    </message>
    <message>
        <source>%1 is not a Seagull case file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນໄຟລ໌ຄະດີ Seagull.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seagull; update Seagull to open it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ຖືກຂຽນໂດຍ Seagull ລຸ້ນໃໝ່ກວ່າ; ກະລຸນາອັບເດດ Seagull ເພື່ອເປີດ.</translation>
    </message>
    <message>
        <source>%1 must be upgraded before it can be opened read-only.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ຕ້ອງອັບເກຣດກ່ອນຈຶ່ງເປີດແບບອ່ານຢ່າງດຽວໄດ້.</translation>
    </message>
    <message>
        <source>The case file could not be upgraded to version %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອັບເກຣດໄຟລ໌ຄະດີເປັນລຸ້ນ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ຄະດີໄດ້.</translation>
    </message>
    <message>
        <source>The case properties could not be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດບັນທຶກຄຸນສົມບັດຂອງຄະດີໄດ້.</translation>
    </message>
    <message>
        <source>The case is open read-only.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີເປີດແບບອ່ານຢ່າງດຽວ.</translation>
    </message>
    <message>
        <source>No entity %1 in this case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີເອັນທິຕີ %1 ໃນຄະດີນີ້.</translation>
    </message>
    <message>
        <source>The search could not be run.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຄົ້ນຫາໄດ້.</translation>
    </message>
    <message>
        <source>The neighbours could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານເອັນທິຕີໃກ້ຄຽງໄດ້.</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດບັນທຶກແຜນຜັງໄດ້.</translation>
    </message>
    <message>
        <source>The chart %1 does not exist in this case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີແຜນຜັງ %1 ໃນຄະດີນີ້.</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານບັນທຶກການກວດສອບໄດ້.</translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນບັນທຶກການກວດສອບໄດ້.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: entries were removed or reordered.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການກວດສອບ %1 ບໍ່ຕໍ່ຈາກລາຍການກ່ອນ: ມີລາຍການຖືກລຶບ ຫຼື ສັບປ່ຽນລຳດັບ.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການກວດສອບ %1 ຖືກແກ້ໄຂຫຼັງຈາກຂຽນແລ້ວ.</translation>
    </message>
    <message>
        <source>Checking the case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງກວດສອບໄຟລ໌ຄະດີ</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການກວດສອບຄວາມສົມບູນ SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດກວດສອບຄວາມສົມບູນ SQLite ໄດ້: %1</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ໃຊ້ໄດ້ຢຸດແລ້ວ.</translation>
    </message>
    <message>
        <source>Source %1 (%2) is not available at %3; its hash was not checked.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ %1 (%2) ບໍ່ມີຢູ່ %3; ບໍ່ໄດ້ກວດສອບຄ່າແຮຊ.</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງຄຳນວນແຮຊຂອງ %1</translation>
    </message>
    <message>
        <source>Source %1 (%2) could not be read: %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານແຫຼ່ງ %1 (%2) ໄດ້: %3</translation>
    </message>
    <message>
        <source>Source %1 (%2) has changed since import: SHA-256 %3, recorded %4.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ %1 (%2) ປ່ຽນແປງຫຼັງນຳເຂົ້າ: SHA-256 %3, ທີ່ບັນທຶກ %4.</translation>
    </message>
    <message>
        <source>Source %1 (%2): SHA-256 matches.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ %1 (%2): SHA-256 ກົງກັນ.</translation>
    </message>
    <message>
        <source>Cannot open the case file %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເປີດໄຟລ໌ຄະດີ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>The case file could not be updated.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດປັບປຸງໄຟລ໌ຄະດີໄດ້.</translation>
    </message>
    <message>
        <source>A mapping needs a name to be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕ້ອງຕັ້ງຊື່ການຈັບຄູ່ກ່ອນບັນທຶກ.</translation>
    </message>
    <message>
        <source>The mapping could not be saved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກການຈັບຄູ່ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>The owners could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານເຈົ້າຂອງໄດ້.</translation>
    </message>
    <message>
        <source>The chart could not be renamed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດປ່ຽນຊື່ແຜນຜັງໄດ້.</translation>
    </message>
    <message>
        <source>The chart could not be deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດລຶບແຜນຜັງໄດ້.</translation>
    </message>
    <message>
        <source>Reading entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງອ່ານລາຍການ</translation>
    </message>
    <message>
        <source>Reading links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງອ່ານການເຊື່ອມຕໍ່</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງອ່ານເຫດການ</translation>
    </message>
    <message>
        <source>%1 cannot be read where it is: its folder cannot be written and it has unsaved changes in %1-wal. Copy both files to a writable folder and open the copy.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານ %1 ຢູ່ບ່ອນເດີມໄດ້: ໂຟນເດີຂຽນບໍ່ໄດ້ ແລະ ມີການປ່ຽນແປງທີ່ຍັງບໍ່ລວມໃນ %1-wal. ສຳເນົາທັງສອງໄຟລ໌ໄປໂຟນເດີທີ່ຂຽນໄດ້ ແລ້ວເປີດສຳເນົາ.</translation>
    </message>
    <message>
        <source>%1 was written by an older Seagull and must be upgraded, but it cannot be written here. Copy it to a writable folder and open the copy.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ຂຽນໂດຍ Seagull ລຸ້ນເກົ່າ ແລະ ຕ້ອງຍົກລະດັບ ແຕ່ຂຽນຢູ່ບ່ອນນີ້ບໍ່ໄດ້. ສຳເນົາໄປໂຟນເດີທີ່ຂຽນໄດ້ ແລ້ວເປີດສຳເນົາ.</translation>
    </message>
    <message>
        <source>The case holds the %1 &quot;%2&quot;, which Seagull never makes; a case file carries no executable content.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີມີ %1 &quot;%2&quot; ເຊິ່ງ Seagull ບໍ່ເຄີຍສ້າງ; ໄຟລ໌ຄະດີບໍ່ມີເນື້ອຫາທີ່ເອີ້ນໃຊ້ງານໄດ້.</translation>
    </message>
    <message>
        <source>The guard &quot;%1&quot; that keeps the audit log from being changed is missing.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວປ້ອງກັນ &quot;%1&quot; ທີ່ກັນບໍ່ໃຫ້ບັນທຶກການກວດສອບຖືກປ່ຽນແປງ ຫາຍໄປ.</translation>
    </message>
    <message>
        <source>The case file %1 cannot be written: it is read-only, or on a read-only disk or folder. Nothing was changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ຄະດີ %1 ໄດ້: ມັນເປັນແບບອ່ານຢ່າງດຽວ ຫຼື ຢູ່ໃນດິສ ຫຼື ໂຟນເດີທີ່ອ່ານໄດ້ຢ່າງດຽວ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed: make room and try again.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ດິສທີ່ເກັບ %1 ເຕັມ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ: ເພີ່ມພື້ນທີ່ວ່າງ ແລ້ວລອງໃໝ່.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk may be full, the file too large for it, or the disk failing. Nothing was changed.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນ %1 ໄດ້: ດິສອາດເຕັມ, ໄຟລ໌ໃຫຍ່ເກີນໄປສຳລັບດິສ ຫຼື ດິສເສຍ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the events is missing: every record is there, but expanding and reading them would be slow.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ດັດຊະນີ &quot;%1&quot; ຂອງເຫດການຫາຍໄປ: ບັນທຶກທຸກລາຍການຍັງຢູ່ຄົບ ແຕ່ການຂະຫຍາຍ ແລະ ການອ່ານຈະຊ້າ.</translation>
    </message>
    <message>
        <source>Row %1 of the table &quot;%2&quot; refers to a row of &quot;%3&quot; that is not in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຖວ %1 ຂອງຕາຕະລາງ &quot;%2&quot; ອ້າງເຖິງແຖວໜຶ່ງຂອງ &quot;%3&quot; ທີ່ບໍ່ມີຢູ່ໃນຄະດີ.</translation>
    </message>
    <message>
        <source>SQLite foreign-key check could not run: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດດຳເນີນການກວດສອບກະແຈນອກຂອງ SQLite ໄດ້: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) refer to rows that are not in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ອີກ %n ແຖວອ້າງເຖິງແຖວທີ່ບໍ່ມີຢູ່ໃນຄະດີ.</numerusform>
            <numerusform>ອີກ %n ແຖວອ້າງເຖິງແຖວທີ່ບໍ່ມີຢູ່ໃນຄະດີ.</numerusform>
        </translation>
    </message>
    <message>
        <source>rows written: %1 of %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຖວທີ່ຂຽນແລ້ວ: %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the links is missing: every link is there, but expanding would be slow.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ດັດຊະນີ &quot;%1&quot; ຂອງລິ້ງຫາຍໄປ: ລິ້ງທຸກລາຍການຍັງຢູ່ຄົບ ແຕ່ການຂະຫຍາຍຈະຊ້າ.</translation>
    </message>
    <message>
        <source>The events could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານເຫດການໄດ້.</translation>
    </message>
</context>
<context>
    <name>sg::CdrCsvImporter</name>
    <message>
        <source>it is not a text file (it contains binary data)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ແມ່ນໄຟລ໌ຂໍ້ຄວາມ (ມີຂໍ້ມູນໄບນາຣີ)</translation>
    </message>
    <message>
        <source>Call records (CSV)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກການໂທ (CSV)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດນຳເຂົ້າ %1 ໄດ້: %2.</translation>
    </message>
    <message>
        <source>%1 has no recognisable call-record columns: it needs the two parties (such as &quot;Calling Number&quot; and &quot;Called Number&quot;, or &quot;MSISDN&quot; and &quot;Other Party&quot;) and a date.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ມີຖັນບັນທຶກການໂທທີ່ຮູ້ຈັກ: ຕ້ອງມີສອງຝ່າຍ (ເຊັ່ນ &quot;Calling Number&quot; ແລະ &quot;Called Number&quot;, ຫຼື &quot;MSISDN&quot; ແລະ &quot;Other Party&quot;) ແລະ ວັນທີ.</translation>
    </message>
    <message>
        <source>no header row found in the first %1 lines</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ພົບແຖວຫົວຕາຕະລາງໃນ %1 ແຖວທຳອິດ</translation>
    </message>
    <message>
        <source>best header row: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຖວຫົວຕາຕະລາງທີ່ໃກ້ຄຽງທີ່ສຸດ: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກເຂດເວລາ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃຊ້ຊື່ IANA ເຊັ່ນ Asia/Phnom_Penh</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຖັນ: %1</translation>
    </message>
    <message>
        <source>The file has dates without times; events are placed at midnight.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ມີວັນທີແຕ່ບໍ່ມີເວລາ; ເຫດການຖືກວາງໄວ້ທີ່ທ່ຽງຄືນ.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງອ່ານ %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄາດວ່າມີ %1 ຊ່ອງ, ພົບ %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊ່ອງທີ່ມີເຄື່ອງໝາຍວົງຢືມບໍ່ໄດ້ປິດ</translation>
    </message>
    <message>
        <source>the %1 number is empty</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບີ %1 ຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານວັນທີ &quot;%1&quot; ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>cannot read the time &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານເວລາ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message>
        <source>cannot read the duration &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານໄລຍະເວລາ &quot;%1&quot; ໄດ້</translation>
    </message>
    <message>
        <source>the file has a header but no records</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ມີຫົວຕາຕະລາງແຕ່ບໍ່ມີບັນທຶກ</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຖວ %1: %2</translation>
    </message>
    <message>
        <source>No record of %1 could be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານບັນທຶກໃດໆຂອງ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກການເຂົ້າລະຫັດຂໍ້ຄວາມ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>known encodings: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການເຂົ້າລະຫັດທີ່ຮູ້ຈັກ: %1</translation>
    </message>
    <message>
        <source>Read with the mapping &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານດ້ວຍການຈັບຄູ່ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No date says whether the day or the month comes first; they are read as day/month/year. If that is wrong, import the file with a call-record mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີວັນທີໃດບອກວ່າວັນ ຫຼື ເດືອນມາກ່ອນ; ອ່ານເປັນ ວັນ/ເດືອນ/ປີ. ຖ້າບໍ່ຖືກ, ໃຫ້ນຳເຂົ້າໄຟລ໌ດ້ວຍການຈັບຄູ່ບັນທຶກການໂທທີ່ &quot;time&quot; ເປັນ &quot;mdy&quot;.</translation>
    </message>
</context>
<context>
    <name>sg::CellSiteImporter</name>
    <message>
        <source>Cell-site tables (CSV, XLSX)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕາຕະລາງສະຖານີເຊວ (CSV, XLSX)</translation>
    </message>
    <message>
        <source>%1: cell sites, the cell known by its column &quot;%2&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ສະຖານີເຊວ, ເຊວລະບຸດ້ວຍຖັນ &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງອ່ານ %1</translation>
    </message>
    <message>
        <source>no cell id</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີລະຫັດເຊວ</translation>
    </message>
    <message>
        <source>cell %1 has no coordinates</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊວ %1 ບໍ່ມີພິກັດ</translation>
    </message>
    <message>
        <source>cell %1: the coordinates &quot;%2, %3&quot; are not a place on Earth</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊວ %1: ພິກັດ &quot;%2, %3&quot; ບໍ່ແມ່ນສະຖານທີ່ເທິງໂລກ</translation>
    </message>
    <message>
        <source>%1 has no cell-site table (a cell id with latitude and longitude).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ມີຕາຕະລາງສະຖານີເຊວ (ລະຫັດເຊວກັບລະຕິຈູດ ແລະ ລອງຈິຈູດ).</translation>
    </message>
    <message>
        <source>No cell site of %1 could be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີສະຖານີເຊວໃດຂອງ %1 ທີ່ອ່ານໄດ້.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຖວ %1: %2</translation>
    </message>
</context>
<context>
    <name>sg::ChartDocument</name>
    <message>
        <source>Remove %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອົາ %1 ອອກ</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ເອົາເອັນທິຕີ %n ລາຍການອອກ</numerusform>
            <numerusform>ເອົາເອັນທິຕີ %n ລາຍການອອກ</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈັດວາງ (%1)</translation>
    </message>
    <message>
        <source>The saved chart cannot be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານແຜນຜັງທີ່ບັນທຶກໄວ້ໄດ້.</translation>
    </message>
    <message>
        <source>The chart was saved by a newer version of Seagull.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງຖືກບັນທຶກໂດຍ Seagull ລຸ້ນໃໝ່ກວ່າ.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຍ້າຍ %n ລາຍການ</numerusform>
            <numerusform>ຍ້າຍ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pin %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ປັກໝຸດ %n ໜ່ວຍ</numerusform>
            <numerusform>ປັກໝຸດ %n ໜ່ວຍ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຖອນໝຸດ %n ໜ່ວຍ</numerusform>
            <numerusform>ຖອນໝຸດ %n ໜ່ວຍ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ເຊື່ອງ %n ໜ່ວຍ</numerusform>
            <numerusform>ເຊື່ອງ %n ໜ່ວຍ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ສະແດງ %n ໜ່ວຍ</numerusform>
            <numerusform>ສະແດງ %n ໜ່ວຍ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the colour of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ກຳນົດສີຂອງ %n ໜ່ວຍ</numerusform>
            <numerusform>ກຳນົດສີຂອງ %n ໜ່ວຍ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the icon of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ກຳນົດໄອຄອນຂອງ %n ໜ່ວຍ</numerusform>
            <numerusform>ກຳນົດໄອຄອນຂອງ %n ໜ່ວຍ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %n entities as &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຈັດ %n ໜ່ວຍເປັນກຸ່ມ &quot;%1&quot;</numerusform>
            <numerusform>ຈັດ %n ໜ່ວຍເປັນກຸ່ມ &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Ungroup &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍົກເລີກກຸ່ມ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Collapse &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຫຍໍ້ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Expand group &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະຫຍາຍກຸ່ມ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename group to &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປ່ຽນຊື່ກຸ່ມເປັນ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມບັນທຶກ</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແກ້ໄຂບັນທຶກ</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຶບບັນທຶກ</translation>
    </message>
    <message>
        <source>Show one link per pair</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງເສັ້ນເຊື່ອມໜຶ່ງເສັ້ນຕໍ່ຄູ່</translation>
    </message>
    <message>
        <source>Show one link per direction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງເສັ້ນເຊື່ອມໜຶ່ງເສັ້ນຕໍ່ທິດທາງ</translation>
    </message>
    <message>
        <source>Show one link per event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງເສັ້ນເຊື່ອມໜຶ່ງເສັ້ນຕໍ່ເຫດການ</translation>
    </message>
    <message>
        <source>Draw links at a fixed width</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຕ້ມເສັ້ນເຊື່ອມດ້ວຍຄວາມກວ້າງຄົງທີ່</translation>
    </message>
    <message>
        <source>Draw link widths by count</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຕ້ມຄວາມກວ້າງເສັ້ນເຊື່ອມຕາມຈຳນວນຄັ້ງ</translation>
    </message>
    <message>
        <source>Draw link widths by amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຕ້ມຄວາມກວ້າງເສັ້ນເຊື່ອມຕາມຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Show replaced entities again</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງໜ່ວຍທີ່ຖືກແທນທີ່ອີກຄັ້ງ</translation>
    </message>
</context>
<context>
    <name>sg::ChartExpander</name>
    <message>
        <source>No entity %1 in this case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີເອັນທິຕີ %1 ໃນຄະດີນີ້.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມ %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ເພີ່ມເອັນທິຕີ %n ລາຍການ</numerusform>
            <numerusform>ເພີ່ມເອັນທິຕີ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະຫຍາຍ %1</translation>
    </message>
    <message numerus="yes">
        <source>Expand %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຂະຫຍາຍເອັນທິຕີ %n ລາຍການ</numerusform>
            <numerusform>ຂະຫຍາຍເອັນທິຕີ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show owners instead of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ສະແດງເຈົ້າຂອງແທນ %n ໜ່ວຍ</numerusform>
            <numerusform>ສະແດງເຈົ້າຂອງແທນ %n ໜ່ວຍ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the parties of %n events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ເພີ່ມຝ່າຍທີ່ກ່ຽວຂ້ອງຂອງ %n ເຫດການ</numerusform>
            <numerusform>ເພີ່ມຝ່າຍທີ່ກ່ຽວຂ້ອງຂອງ %n ເຫດການ</numerusform>
        </translation>
    </message>
    <message>
        <source>The expansion was stopped; the chart is as it was.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຂະຫຍາຍຖືກຢຸດ; ແຜນພາບຍັງຄືເກົ່າ.</translation>
    </message>
    <message>
        <source>Adding to the chart was stopped; the chart is as it was.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການເພີ່ມໃສ່ແຜນວາດຖືກຢຸດແລ້ວ; ແຜນວາດຍັງຄືເກົ່າ.</translation>
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
        <translation>ກຸ່ມທີ່ຫຍໍ້ໄວ້: ຄລິກສອງເທື່ອເພື່ອເປີດ</translation>
    </message>
    <message>
        <source>Group box: drag its frame to move it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກອບກຸ່ມ: ລາກຂອບເພື່ອຍ້າຍ</translation>
    </message>
    <message>
        <source>%1: events between the two, arrow towards the receiver; the label counts them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ເຫດການລະຫວ່າງທັງສອງ, ລູກສອນຊີ້ໄປຫາຜູ້ຮັບ; ປ້າຍນັບຈຳນວນ</translation>
    </message>
    <message>
        <source>Hub: more neighbours in the case than the chart&apos;s hub limit (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສູນກາງ: ມີໜ່ວຍໃກ້ຄຽງໃນຄະດີຫຼາຍກວ່າຂີດຈຳກັດສູນກາງຂອງແຜນຜັງ (%1)</translation>
    </message>
    <message>
        <source>+N: neighbours not yet on the chart; double-click to add the next ones</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>+N: ໜ່ວຍໃກ້ຄຽງທີ່ຍັງບໍ່ຢູ່ໃນແຜນຜັງ; ຄລິກສອງເທື່ອເພື່ອເພີ່ມຊຸດຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Pin: layouts keep the entity where it is</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໝຸດ: ການຈັດວາງຮັກສາໜ່ວຍໄວ້ບ່ອນເດີມ</translation>
    </message>
    <message>
        <source>Coloured ring: a colour chosen by the analyst</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວົງແຫວນສີ: ສີທີ່ນັກວິເຄາະເລືອກ</translation>
    </message>
    <message>
        <source>Phones and accounts are shown as their owners</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂທລະສັບ ແລະ ບັນຊີສະແດງເປັນເຈົ້າຂອງ</translation>
    </message>
    <message>
        <source>%1: declared link (stated by a source or the analyst)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ລິ້ງທີ່ປະກາດ (ໂດຍແຫຼ່ງ ຫຼື ນັກວິເຄາະ)</translation>
    </message>
    <message>
        <source>Probable: dashed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອາດຈະແມ່ນ: ເສັ້ນຂາດ</translation>
    </message>
    <message>
        <source>Possible: dotted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປັນໄປໄດ້: ເສັ້ນຈຸດ</translation>
    </message>
</context>
<context>
    <name>sg::ChartPrinter</name>
    <message>
        <source>The output could not be opened for printing.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເປີດຜົນອອກເພື່ອພິມໄດ້.</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງເຊື່ອມໂຍງ</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີ %1: %2</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມເມື່ອ %1 (%2)</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ກວດສອບ: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄຳອະທິບາຍສັນຍາລັກ:</translation>
    </message>
    <message>
        <source>The chart is empty.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <source>Reading the events behind the links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງອ່ານເຫດການເບື້ອງຫຼັງລິ້ງ</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການພິມຖືກຍົກເລີກ.</translation>
    </message>
    <message>
        <source>Entered by the analyst (no file)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປ້ອນໂດຍນັກວິເຄາະ (ບໍ່ມີໄຟລ໌)</translation>
    </message>
    <message>
        <source>SHA-256 %1 · %2 bytes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SHA-256 %1 · %2 ໄບ</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: %2 ເຫດການທຳອິດຈາກ %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1: %n ເຫດການ</numerusform>
            <numerusform>%1: %n ເຫດການ</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຮູບແບບ / ຕົວນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າເມື່ອ</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ກວດສອບ</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄລຍະເວລາ / ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Source record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <source>%1: charts are written as .pdf, .svg or .png files.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ແຜນຜັງຂຽນເປັນໄຟລ໌ .pdf, .svg ຫຼື .png.</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັດຖຸພະຍານ %1</translation>
    </message>
    <message>
        <source>The PDF for %1 could not be completed (unexpected document structure).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດສຳເລັດ PDF ສຳລັບ %1 (ໂຄງສ້າງເອກະສານບໍ່ຄາດຄິດ).</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນ PDF ໄປທີ່ %1: %2</translation>
    </message>
    <message>
        <source>The output could not take page %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜົນອອກບໍ່ສາມາດຮັບໜ້າ %1.</translation>
    </message>
    <message>
        <source>Printed by Seagull %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມໂດຍ Seagull %1</translation>
    </message>
    <message>
        <source>The SVG could not be written to %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນ SVG ໄປທີ່ %1.</translation>
    </message>
    <message>
        <source>The PNG could not be written to %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນ PNG ໄປທີ່ %1.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນ %1.</translation>
    </message>
    <message>
        <source>Tile %1%2 of %3 × %4 (columns × rows)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜ່ນ %1%2 ຈາກ %3 × %4 (ຖັນ × ແຖວ)</translation>
    </message>
    <message>
        <source>Appendix: the sources behind this chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອກະສານຊ້ອນທ້າຍ: ແຫຼ່ງທີ່ມາເບື້ອງຫຼັງແຜນຜັງນີ້</translation>
    </message>
    <message>
        <source>Appendix: the events behind each link</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອກະສານຊ້ອນທ້າຍ: ເຫດການເບື້ອງຫຼັງແຕ່ລະລິ້ງ</translation>
    </message>
    <message>
        <source>No source stands behind the entities on this chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີແຫຼ່ງທີ່ມາເບື້ອງຫຼັງເອນທິຕີໃນແຜນຜັງນີ້.</translation>
    </message>
    <message>
        <source>No link on this chart has events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີລິ້ງໃດໃນແຜນຜັງນີ້ມີເຫດການ.</translation>
    </message>
    <message>
        <source>%1, continued: events %2–%3 of %4</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (ຕໍ່): ເຫດການທີ %2–%3 ຈາກ %4</translation>
    </message>
</context>
<context>
    <name>sg::ChartRecovery</name>
    <message>
        <source>The folder for unsaved charts %1 cannot be made.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດສ້າງໂຟນເດີສຳລັບແຜນຜັງທີ່ຍັງບໍ່ບັນທຶກ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>The chart&apos;s unsaved changes could not be kept in %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເກັບການປ່ຽນແປງທີ່ຍັງບໍ່ບັນທຶກຂອງແຜນຜັງໄວ້ໃນ %1 ໄດ້.</translation>
    </message>
</context>
<context>
    <name>sg::ChartStyle</name>
    <message>
        <source>%1 s</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ວິນາທີ</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ນາທີ</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ຊມ %2 ນາທີ</translation>
    </message>
    <message>
        <source>owns</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປັນເຈົ້າຂອງ</translation>
    </message>
    <message>
        <source>uses</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃຊ້</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 → %2: %n ເຫດການ</numerusform>
            <numerusform>%1 → %2: %n ເຫດການ</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄລຍະເວລາລວມ: %1</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດ: %1</translation>
    </message>
    <message>
        <source>Total moved: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍອດໂອນລວມ: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ໜ່ວຍ</numerusform>
            <numerusform>%n ໜ່ວຍ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Cli</name>
    <message>
        <source>see seagull-cli --help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບິ່ງ seagull-cli --help</translation>
    </message>
    <message>
        <source>seagull-cli: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>seagull-cli: %1</translation>
    </message>
    <message>
        <source>Usage: seagull-cli COMMAND [options] [--json]</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວິທີໃຊ້: seagull-cli ຄຳສັ່ງ [ຕົວເລືອກ] [--json]</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມວັດຖຸ JSON ໜຶ່ງອັນ.</translation>
    </message>
    <message>
        <source>Case name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ຄະດີ.</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລກຄະດີ.</translation>
    </message>
    <message>
        <source>Region (ISO country code) for numbers without a country code.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພາກພື້ນ (ລະຫັດປະເທດ ISO) ສຳລັບເບີທີ່ບໍ່ມີລະຫັດປະເທດ.</translation>
    </message>
    <message>
        <source>IANA time zone of local times.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຂດເວລາ IANA ຂອງເວລາທ້ອງຖິ່ນ.</translation>
    </message>
    <message>
        <source>Examiner&apos;s name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ຜູ້ກວດສອບ.</translation>
    </message>
    <message>
        <source>Import format.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຮູບແບບການນຳເຂົ້າ.</translation>
    </message>
    <message>
        <source>Most results, or new neighbours per entity.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜົນລັບສູງສຸດ, ຫຼື ເອັນທິຕີໃກ້ຄຽງໃໝ່ຕໍ່ເອັນທິຕີ.</translation>
    </message>
    <message>
        <source>How many steps out to expand.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນຂັ້ນທີ່ຈະຂະຫຍາຍອອກ.</translation>
    </message>
    <message>
        <source>Entity types to keep, comma-separated.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດເອັນທິຕີທີ່ຈະເກັບ, ຂັ້ນດ້ວຍຈຸດ.</translation>
    </message>
    <message>
        <source>Only events from this date or time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະເພາະເຫດການຕັ້ງແຕ່ວັນທີ ຫຼື ເວລານີ້.</translation>
    </message>
    <message>
        <source>Only events up to this date or time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະເພາະເຫດການຈົນຮອດວັນທີ ຫຼື ເວລານີ້.</translation>
    </message>
    <message>
        <source>Only links with at least this many events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະເພາະການເຊື່ອມໂຍງທີ່ມີເຫດການຢ່າງໜ້ອຍເທົ່ານີ້.</translation>
    </message>
    <message>
        <source>Entity to start the chart from (repeatable).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອັນທິຕີເລີ່ມຕົ້ນແຜນຜັງ (ລະບຸຊ້ຳໄດ້).</translation>
    </message>
    <message>
        <source>Saved chart to print (id).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງທີ່ບັນທຶກໄວ້ເພື່ອພິມ (ລະຫັດ).</translation>
    </message>
    <message>
        <source>Layout engine.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຄື່ອງມືຈັດວາງ.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ຜົນອອກ.</translation>
    </message>
    <message>
        <source>Paper size.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະໜາດເຈ້ຍ.</translation>
    </message>
    <message>
        <source>Chart title.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຫົວຂໍ້ແຜນຜັງ.</translation>
    </message>
    <message>
        <source>Portrait orientation.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນວຕັ້ງ.</translation>
    </message>
    <message>
        <source>the option --%1 does not apply to %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວເລືອກ --%1 ບໍ່ໃຊ້ກັບ %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກຄຳສັ່ງ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read the date &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານວັນທີ &quot;%1&quot; ໄດ້.</translation>
    </message>
    <message>
        <source>use YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃຊ້ YYYY-MM-DD ຫຼື YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>create needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>create ຕ້ອງການໄຟລ໌ຄະດີໜຶ່ງໄຟລ໌ພໍດີ</translation>
    </message>
    <message>
        <source>create needs --name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>create ຕ້ອງການ --name</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກເຂດເວລາ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Created case &quot;%1&quot; in %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສ້າງຄະດີ &quot;%1&quot; ໃນ %2 ແລ້ວ.</translation>
    </message>
    <message>
        <source>import needs a case file and at least one file or folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>import ຕ້ອງການໄຟລ໌ຄະດີ ແລະ ໄຟລ໌ ຫຼື ໂຟນເດີຢ່າງໜ້ອຍໜຶ່ງ</translation>
    </message>
    <message>
        <source>%1: already imported as source %2 (same SHA-256); nothing added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ນຳເຂົ້າແລ້ວເປັນແຫຼ່ງ %2 (SHA-256 ດຽວກັນ); ບໍ່ໄດ້ເພີ່ມຫຍັງ.</translation>
    </message>
    <message>
        <source>skipped %1 preamble and %2 trailer lines</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂ້າມແຖວນຳ %1 ແລະ ແຖວທ້າຍ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rows could not be read:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ອ່ານບໍ່ໄດ້ %n ແຖວ:</numerusform>
            <numerusform>ອ່ານບໍ່ໄດ້ %n ແຖວ:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>… ແລະ ອີກ %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຖວ %1: %2</translation>
    </message>
    <message>
        <source>stats needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>stats ຕ້ອງການໄຟລ໌ຄະດີໜຶ່ງໄຟລ໌ພໍດີ</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີ %1: %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ: %1</translation>
    </message>
    <message>
        <source>Entities (%1): %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອັນທິຕີ (%1): %2</translation>
    </message>
    <message>
        <source>Events (%1): %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫດການ (%1): %2</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການເຊື່ອມໂຍງ: %1</translation>
    </message>
    <message>
        <source>sources needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>sources ຕ້ອງການໄຟລ໌ຄະດີໜຶ່ງໄຟລ໌ພໍດີ</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 events  %5 rejected  %6</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1  %2  %3  %4 ເຫດການ  ປະຕິເສດ %5  %6</translation>
    </message>
    <message>
        <source>search needs a case file and one query (quote it if it has spaces)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>search ຕ້ອງການໄຟລ໌ຄະດີ ແລະ ຄຳຄົ້ນໜຶ່ງ (ໃສ່ວົງຢືມຖ້າມີຍະຫວ່າງ)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--limit ຕ້ອງເປັນຕົວເລກບວກ</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ພົບ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>show needs a case file and one entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>show ຕ້ອງການໄຟລ໌ຄະດີ ແລະ ເອັນທິຕີໜຶ່ງ</translation>
    </message>
    <message>
        <source>kept as written: the number did not validate for its source&apos;s region</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເກັບໄວ້ຕາມທີ່ຂຽນ: ເບີບໍ່ຖືກຕ້ອງສຳລັບພາກພື້ນຂອງແຫຼ່ງ</translation>
    </message>
    <message>
        <source>%1 events, %2 linked entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ເຫດການ, %2 ເອັນທິຕີທີ່ເຊື່ອມໂຍງ</translation>
    </message>
    <message>
        <source>source %1 (%2): first at %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ %1 (%2): ຄັ້ງທຳອິດທີ່ %3</translation>
    </message>
    <message>
        <source>expand needs a case file and at least one entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>expand ຕ້ອງການໄຟລ໌ຄະດີ ແລະ ເອັນທິຕີຢ່າງໜ້ອຍໜຶ່ງ</translation>
    </message>
    <message>
        <source>--hops, --limit and --min-count need whole numbers (hops and min-count at least 1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--hops, --limit ແລະ --min-count ຕ້ອງເປັນຈຳນວນເຕັມ (hops ແລະ min-count ຢ່າງໜ້ອຍ 1)</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot;; known: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກປະເພດເອັນທິຕີ &quot;%1&quot;; ທີ່ຮູ້ຈັກ: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ເອັນທິຕີໃກ້ຄຽງ %n ລາຍການ</numerusform>
            <numerusform>ເອັນທິຕີໃກ້ຄຽງ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more left out by --limit %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອີກ %1 ຖືກຕັດອອກໂດຍ --limit %2</translation>
    </message>
    <message>
        <source>verify needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>verify ຕ້ອງການໄຟລ໌ຄະດີໜຶ່ງໄຟລ໌ພໍດີ</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນຫາ: %1</translation>
    </message>
    <message>
        <source>The case verifies: integrity check, audit chain and source hashes are sound.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີຜ່ານການກວດສອບ: ຄວາມສົມບູນ, ລະບົບຕ່ອງໂສ້ການກວດສອບ ແລະ ແຮຊຂອງແຫຼ່ງຖືກຕ້ອງ.</translation>
    </message>
    <message numerus="yes">
        <source>The case does NOT verify: %n problems.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຄະດີບໍ່ຜ່ານການກວດສອບ: %n ບັນຫາ.</numerusform>
            <numerusform>ຄະດີບໍ່ຜ່ານການກວດສອບ: %n ບັນຫາ.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo needs exactly one output case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>demo ຕ້ອງການໄຟລ໌ຄະດີຜົນອອກໜຶ່ງໄຟລ໌ພໍດີ</translation>
    </message>
    <message>
        <source>Compounds overview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພາບລວມຂອງບໍລິເວນ</translation>
    </message>
    <message>
        <source>Demonstration case written to %1 (%2 records; evidence in %3).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນຄະດີສາທິດໄປທີ່ %1 ແລ້ວ (%2 ບັນທຶກ; ຫຼັກຖານຢູ່ໃນ %3).</translation>
    </message>
    <message>
        <source>Compound coordinators: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ປະສານງານບໍລິເວນ: %1</translation>
    </message>
    <message>
        <source>chart needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>chart ຕ້ອງການໄຟລ໌ຄະດີໜຶ່ງໄຟລ໌ພໍດີ</translation>
    </message>
    <message>
        <source>chart needs either --seed ENTITY (repeatable) or --chart ID</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>chart ຕ້ອງການ --seed ເອັນທິຕີ (ລະບຸຊ້ຳໄດ້) ຫຼື --chart ລະຫັດ</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot;; use %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກການຈັດວາງ &quot;%1&quot;; ໃຊ້ %2</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງເຊື່ອມໂຍງ</translation>
    </message>
    <message>
        <source>--hops must be at least 1 and --limit at least 0</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--hops ຕ້ອງຢ່າງໜ້ອຍ 1 ແລະ --limit ຢ່າງໜ້ອຍ 0</translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ຂ້າມ, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be imported.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ນຳເຂົ້າບໍ່ໄດ້ %n ໄຟລ໌.</numerusform>
            <numerusform>ນຳເຂົ້າບໍ່ໄດ້ %n ໄຟລ໌.</numerusform>
        </translation>
    </message>
    <message>
        <source>Text encoding of the files (detected when not given).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການເຂົ້າລະຫັດຂໍ້ຄວາມຂອງໄຟລ໌ (ກວດຫາເອງຖ້າບໍ່ລະບຸ).</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານໄຟລ໌ການຈັບຄູ່ %1 ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ການຈັບຄູ່ %1 ບໍ່ແມ່ນອອບເຈັກ JSON.</translation>
    </message>
    <message>
        <source>The mapping file %1 is not usable: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃຊ້ໄຟລ໌ການຈັບຄູ່ %1 ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;; known: %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກການເຂົ້າລະຫັດຂໍ້ຄວາມ &quot;%1&quot;; ທີ່ຮູ້ຈັກ: %2.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີ: %1</translation>
    </message>
    <message>
        <source>Column mapping (JSON) for a table of transfers or call records; saved in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຈັບຄູ່ຖັນ (JSON) ສຳລັບຕາຕະລາງການໂອນເງິນ ຫຼື ບັນທຶກການໂທ; ບັນທຶກໄວ້ໃນຄະດີ.</translation>
    </message>
    <message>
        <source>Only these links count, comma-separated: call, sms, transfer, uses, ...</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນັບສະເພາະເສັ້ນເຊື່ອມເຫຼົ່ານີ້, ຂັ້ນດ້ວຍຈຸດ: call, sms, transfer, uses, ...</translation>
    </message>
    <message>
        <source>Only pairs that moved at least this amount, such as &quot;500 USD&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະເພາະຄູ່ທີ່ໂອນຢ່າງໜ້ອຍຈຳນວນນີ້ ເຊັ່ນ &quot;500 USD&quot;.</translation>
    </message>
    <message>
        <source>--min-amount needs an amount and a currency code, such as &quot;500 USD&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--min-amount ຕ້ອງມີຈຳນວນເງິນ ແລະ ລະຫັດສະກຸນເງິນ ເຊັ່ນ &quot;500 USD&quot;</translation>
    </message>
    <message>
        <source>path needs a case file and two entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>path ຕ້ອງມີໄຟລ໌ຄະດີ ແລະ ສອງລາຍການ</translation>
    </message>
    <message>
        <source>--max-hops needs a whole number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--max-hops ຕ້ອງເປັນຈຳນວນເຕັມ</translation>
    </message>
    <message>
        <source>--k needs a whole number, at least 1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--k ຕ້ອງເປັນຈຳນວນເຕັມ ຢ່າງໜ້ອຍ 1</translation>
    </message>
    <message>
        <source>--weight is hops, count or amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--weight ແມ່ນ hops, count ຫຼື amount</translation>
    </message>
    <message>
        <source>--window needs a duration such as 90s, 30m, 2h or 3d</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--window ຕ້ອງເປັນໄລຍະເວລາ ເຊັ່ນ 90s, 30m, 2h ຫຼື 3d</translation>
    </message>
    <message>
        <source>--window, --money, --from and --to go with --time-ordered</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--window, --money, --from ແລະ --to ໃຊ້ກັບ --time-ordered</translation>
    </message>
    <message>
        <source>--time-ordered finds one journey: it does not combine with --k, --all or --weight</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--time-ordered ຊອກຫາເສັ້ນທາງດຽວ: ໃຊ້ຮ່ວມກັບ --k, --all ຫຼື --weight ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Both ends must be of the types kept by --types.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທັງສອງປາຍຕ້ອງເປັນປະເພດທີ່ --types ເກັບໄວ້.</translation>
    </message>
    <message>
        <source>No path between %1 and %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີເສັ້ນທາງລະຫວ່າງ %1 ແລະ %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n hops:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ຂັ້ນ:</numerusform>
            <numerusform>%n ຂັ້ນ:</numerusform>
        </translation>
    </message>
    <message>
        <source>analyze needs a case file and a measure: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>analyze ຕ້ອງມີໄຟລ໌ຄະດີ ແລະ ຕົວວັດ: %1</translation>
    </message>
    <message>
        <source>unknown measure &quot;%1&quot;; known: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກຕົວວັດ &quot;%1&quot;; ທີ່ຮູ້ຈັກ: %2</translation>
    </message>
    <message>
        <source>common needs at least two entities after it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>common ຕ້ອງມີຢ່າງໜ້ອຍສອງລາຍການຕາມຫຼັງ</translation>
    </message>
    <message>
        <source>%1 takes no entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ຮັບລາຍການ</translation>
    </message>
    <message>
        <source>--top, --samples and --at-least need whole numbers</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--top, --samples ແລະ --at-least ຕ້ອງເປັນຈຳນວນເຕັມ</translation>
    </message>
    <message>
        <source>--by is links, events or amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--by ແມ່ນ links, events ຫຼື amount</translation>
    </message>
    <message>
        <source>--direction is total, in, out or net</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--direction ແມ່ນ total, in, out ຫຼື net</translation>
    </message>
    <message>
        <source>--by, --direction and --currency go with degree</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--by, --direction ແລະ --currency ໃຊ້ກັບ degree</translation>
    </message>
    <message numerus="yes">
        <source>%n bridges</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຂົວ %n</numerusform>
            <numerusform>ຂົວ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 communities, modularity %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຸ່ມຊຸມຊົນ %1, ຄ່າໂມດູລາ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ກຸ່ມ</numerusform>
            <numerusform>%n ກຸ່ມ</numerusform>
        </translation>
    </message>
    <message>
        <source>hints needs one known den member after it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>hints ຕ້ອງມີສະມາຊິກກຸ່ມທີ່ຮູ້ຈັກໜຶ່ງຄົນຕາມຫຼັງ</translation>
    </message>
    <message>
        <source>--top and --at-least need whole numbers, --min-share a share between 0 and 1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--top ແລະ --at-least ຕ້ອງເປັນຈຳນວນເຕັມ, --min-share ເປັນອັດຕາສ່ວນລະຫວ່າງ 0 ຫາ 1</translation>
    </message>
    <message>
        <source>in %1 %2, forwarded %3 (%4%) within the window, median hold %5 h; from %6; to %7</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຂົ້າ %1 %2, ສົ່ງຕໍ່ %3 (%4%) ພາຍໃນຊ່ວງເວລາ, ຖືໄວ້ກາງ %5 ຊມ; ຈາກ %6; ໄປ %7</translation>
    </message>
    <message>
        <source>%1 counterparts between %2 and %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄູ່ກໍລະນີ %1 ລະຫວ່າງ %2 ແລະ %3</translation>
    </message>
    <message>
        <source>with %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກັບ %1</translation>
    </message>
    <message>
        <source>The den member must be of the types kept by --types.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະມາຊິກກຸ່ມຕ້ອງເປັນປະເພດທີ່ --types ເກັບໄວ້.</translation>
    </message>
    <message>
        <source>score %1: devices %2; contacts %3; places %4</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະແນນ %1: ອຸປະກອນ %2; ຜູ້ຕິດຕໍ່ %3; ສະຖານທີ່ %4</translation>
    </message>
    <message>
        <source>None found.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ພົບ.</translation>
    </message>
    <message>
        <source>trace needs a case file and the id of a transfer (--event)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>trace ຕ້ອງມີໄຟລ໌ຄະດີ ແລະ ລະຫັດການໂອນ (--event)</translation>
    </message>
    <message>
        <source>trace needs --event with the id of a transfer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>trace ຕ້ອງມີ --event ພ້ອມລະຫັດການໂອນ</translation>
    </message>
    <message>
        <source>No transfer with the event id %1 in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີການໂອນທີ່ມີລະຫັດເຫດການ %1 ໃນຄະດີ.</translation>
    </message>
    <message>
        <source>stopped at %1: %2 %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຢຸດທີ່ %1: %2 %3</translation>
    </message>
    <message>
        <source>Longest path, in hops.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເສັ້ນທາງຍາວທີ່ສຸດ, ເປັນຂັ້ນ.</translation>
    </message>
    <message>
        <source>What a step costs: hops, count (strong ties are short) or amount.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົ້ນທຶນຂອງແຕ່ລະຂັ້ນ: hops, count (ຄວາມສຳພັນແໜ້ນແມ່ນສັ້ນ) ຫຼື amount.</translation>
    </message>
    <message>
        <source>Currency of the amounts to use.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະກຸນເງິນຂອງຈຳນວນເງິນທີ່ຈະໃຊ້.</translation>
    </message>
    <message>
        <source>How many cheapest paths to list.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນເສັ້ນທາງທີ່ຖືກທີ່ສຸດທີ່ຈະສະແດງ.</translation>
    </message>
    <message>
        <source>Longest wait between two steps of a journey, such as 2h.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການລໍຖ້າດົນສຸດລະຫວ່າງສອງຂັ້ນຂອງເສັ້ນທາງ ເຊັ່ນ 2h.</translation>
    </message>
    <message>
        <source>How many results to list (0: all).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນຜົນທີ່ຈະສະແດງ (0: ທັງໝົດ).</translation>
    </message>
    <message>
        <source>Count links, events or amount.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນັບການເຊື່ອມຕໍ່, ເຫດການ ຫຼື ຈຳນວນເງິນ.</translation>
    </message>
    <message>
        <source>Count what comes in, goes out, both or in minus out.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນັບຂາເຂົ້າ, ຂາອອກ, ທັງສອງ ຫຼື ເຂົ້າລົບອອກ.</translation>
    </message>
    <message>
        <source>Estimate betweenness from this many entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະມານຄ່າຕົວກາງຈາກລາຍການຈຳນວນນີ້.</translation>
    </message>
    <message>
        <source>Entities linked to at least this many of those given.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການທີ່ເຊື່ອມກັບຢ່າງໜ້ອຍຈຳນວນນີ້ຂອງທີ່ໃຫ້ມາ.</translation>
    </message>
    <message>
        <source>Share of the money a mule forwards, from 0 to 1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອັດຕາສ່ວນເງິນທີ່ບັນຊີມ້າສົ່ງຕໍ່, ຈາກ 0 ຫາ 1.</translation>
    </message>
    <message>
        <source>Id of the transfer to follow.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລະຫັດຂອງການໂອນທີ່ຈະຕິດຕາມ.</translation>
    </message>
    <message>
        <source>%1  in %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1  ໃນ %2</translation>
    </message>
    <message>
        <source>export needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>export ຕ້ອງມີໄຟລ໌ຄະດີໜຶ່ງໄຟລ໌ເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 links.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນ %1 ແລ້ວ: %2 ລາຍການ, %3 ການເຊື່ອມຕໍ່.</translation>
    </message>
    <message>
        <source>export needs --out FILE (a folder for csv)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>export ຕ້ອງມີ --out FILE (ໂຟນເດີສຳລັບ csv)</translation>
    </message>
    <message>
        <source>csv exports the whole case: --chart and --types go with graphml</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>csv ສົ່ງອອກທັງຄະດີ: --chart ແລະ --types ໃຊ້ກັບ graphml</translation>
    </message>
    <message>
        <source>Wrote entities.csv, links.csv and events.csv in %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນ entities.csv, links.csv ແລະ events.csv ໃນ %1 ແລ້ວ.</translation>
    </message>
    <message>
        <source>export writes --format graphml, anx or csv</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>export ຂຽນ --format graphml, anx ຫຼື csv</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 events, %4 declared links.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນ %1 ແລ້ວ: %2 ເອນທິຕີ, %3 ເຫດການ, %4 ລິ້ງທີ່ປະກາດ.</translation>
    </message>
    <message>
        <source>bundle needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>bundle ຕ້ອງການໄຟລ໌ຄະດີໜຶ່ງໄຟລ໌ເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>bundle needs --out FILE.sgbundle</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>bundle ຕ້ອງການ --out FILE.sgbundle</translation>
    </message>
    <message>
        <source>bundle needs either --chart ID or --seed ENTITY (repeatable)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>bundle ຕ້ອງການ --chart ID ຫຼື --seed ENTITY (ຊ້ຳໄດ້)</translation>
    </message>
    <message>
        <source>--hops must be from 0 to 10</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--hops ຕ້ອງຢູ່ລະຫວ່າງ 0 ຫາ 10</translation>
    </message>
    <message>
        <source>Wrote %1 (SHA-256 %2): %3 entities, %4 events, %5 declared links.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນ %1 ແລ້ວ (SHA-256 %2): %3 ເອນທິຕີ, %4 ເຫດການ, %5 ລິ້ງທີ່ປະກາດ.</translation>
    </message>
    <message>
        <source>Page margins in millimetres.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂອບໜ້າເປັນມິນລີແມັດ.</translation>
    </message>
    <message>
        <source>Print over several pages, such as 3x2 (columns x rows).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມຫຼາຍໜ້າ ເຊັ່ນ 3x2 (ຖັນ x ແຖວ).</translation>
    </message>
    <message>
        <source>How far tiled pages overlap, in millimetres.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄລຍະທີ່ໜ້າຊ້ອນກັນ, ເປັນມິນລີແມັດ.</translation>
    </message>
    <message>
        <source>Exhibit number for the title block.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລກວັດຖຸພະຍານສຳລັບກອບຫົວຂໍ້.</translation>
    </message>
    <message>
        <source>Classification marking printed on every page.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຄື່ອງໝາຍຊັ້ນຄວາມລັບທີ່ພິມທຸກໜ້າ.</translation>
    </message>
    <message>
        <source>Time of printing for the title block (ISO 8601 with offset); default now.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາພິມສຳລັບກອບຫົວຂໍ້ (ISO 8601 ພ້ອມຄ່າຊົດເຊີຍ); ຄ່າເລີ່ມຕົ້ນແມ່ນຕອນນີ້.</translation>
    </message>
    <message>
        <source>Appendix pages: sources, events or both, comma-separated.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າເອກະສານຊ້ອນທ້າຍ: sources, events ຫຼື ທັງສອງ, ຂັ້ນດ້ວຍຈຸດ.</translation>
    </message>
    <message>
        <source>Resolution of PNG output.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄວາມລະອຽດຂອງຜົນອອກ PNG.</translation>
    </message>
    <message>
        <source>The agency that sends the bundle.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ່ວຍງານທີ່ສົ່ງຊຸດຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>The entity the report is about.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອນທິຕີທີ່ລາຍງານກ່າວເຖິງ.</translation>
    </message>
    <message>
        <source>The case summary report.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍງານສະຫຼຸບຄະດີ.</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;; use %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກເຈ້ຍ &quot;%1&quot;; ໃຊ້ %2</translation>
    </message>
    <message>
        <source>--margin takes millimetres from 0 to 100</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--margin ຮັບມິນລີແມັດ 0 ຫາ 100</translation>
    </message>
    <message>
        <source>--overlap takes millimetres from 0 to 100</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--overlap ຮັບມິນລີແມັດ 0 ຫາ 100</translation>
    </message>
    <message>
        <source>--dpi takes a resolution from 36 to 1200</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--dpi ຮັບຄວາມລະອຽດ 36 ຫາ 1200</translation>
    </message>
    <message>
        <source>--printed-at takes an ISO 8601 time such as 2026-03-01T14:00:00+07:00</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--printed-at ຮັບເວລາ ISO 8601 ເຊັ່ນ 2026-03-01T14:00:00+07:00</translation>
    </message>
    <message>
        <source>give --out a .pdf, .svg or .png file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃຫ້ --out ເປັນໄຟລ໌ .pdf, .svg ຫຼື .png</translation>
    </message>
    <message>
        <source>unknown appendix &quot;%1&quot;; use sources, events or both</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກເອກະສານຊ້ອນທ້າຍ &quot;%1&quot;; ໃຊ້ sources, events ຫຼື ທັງສອງ</translation>
    </message>
    <message numerus="yes">
        <source>Chart with %1 entities written to %2 (%n page(s)).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຂຽນແຜນຜັງທີ່ມີ %1 ເອນທິຕີໄປທີ່ %2 ແລ້ວ (%n ໜ້າ).</numerusform>
            <numerusform>ຂຽນແຜນຜັງທີ່ມີ %1 ເອນທິຕີໄປທີ່ %2 ແລ້ວ (%n ໜ້າ).</numerusform>
        </translation>
    </message>
    <message>
        <source>report needs exactly one case file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>report ຕ້ອງການໄຟລ໌ຄະດີໜຶ່ງໄຟລ໌ເທົ່ານັ້ນ</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>report ຕ້ອງການ --out FILE.pdf</translation>
    </message>
    <message>
        <source>report needs either --entity ENTITY or --summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>report ຕ້ອງການ --entity ENTITY ຫຼື --summary</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະຫຼຸບຄະດີ</translation>
    </message>
    <message>
        <source>the case summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະຫຼຸບຄະດີ</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະຫວັດເອນທິຕີ: %1</translation>
    </message>
    <message>
        <source>Report on %1 written to %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນລາຍງານກ່ຽວກັບ %1 ໄປທີ່ %2 ແລ້ວ.</translation>
    </message>
    <message>
        <source>--tiles takes columns x rows, such as 3x2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--tiles ຮັບ ຖັນ x ແຖວ ເຊັ່ນ 3x2</translation>
    </message>
    <message>
        <source>reports are not tiled: --tiles goes with chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍງານບໍ່ແບ່ງແຜ່ນ: --tiles ໃຊ້ກັບ chart</translation>
    </message>
    <message>
        <source>A note: carried with a bundle, or the authority for an entry (&quot;interview of witness 3&quot;).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກ: ແນບໄປກັບຊຸດຂໍ້ມູນ, ຫຼື ເປັນທີ່ມາຂອງການປ້ອນ (&quot;ການສອບຖາມພະຍານຄົນທີ 3&quot;).</translation>
    </message>
    <message>
        <source>The entity&apos;s number or identifier.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບີ ຫຼື ຕົວລະບຸຂອງອົງປະກອບ.</translation>
    </message>
    <message>
        <source>The entity&apos;s name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ຂອງອົງປະກອບ.</translation>
    </message>
    <message>
        <source>A fact about the entity as name=value (repeatable).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ເທັດຈິງກ່ຽວກັບອົງປະກອບເປັນ ຊື່=ຄ່າ (ໃຊ້ຊ້ຳໄດ້).</translation>
    </message>
    <message>
        <source>The kind of link.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດຂອງລິ້ງ.</translation>
    </message>
    <message>
        <source>How sure: confirmed, probable or possible.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄວາມແນ່ນອນ: confirmed, probable ຫຼື possible.</translation>
    </message>
    <message>
        <source>Why the entities are the same.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປັນຫຍັງອົງປະກອບເຫຼົ່ານີ້ຈຶ່ງແມ່ນອັນດຽວກັນ.</translation>
    </message>
    <message>
        <source>The tag&apos;s colour as #rrggbb.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສີຂອງແທັກເປັນ #rrggbb.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄຳເຕືອນ: %1</translation>
    </message>
    <message>
        <source>add-entity needs a case file and an entity type (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>add-entity ຕ້ອງມີໄຟລ໌ຄະດີ ແລະ ປະເພດອົງປະກອບ (%1)</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; (known: %2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກປະເພດອົງປະກອບ &quot;%1&quot; (ທີ່ຮູ້ຈັກ: %2)</translation>
    </message>
    <message>
        <source>--attr needs name=value, not &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--attr ຕ້ອງເປັນ ຊື່=ຄ່າ, ບໍ່ແມ່ນ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The entity just added cannot be read back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານອົງປະກອບທີ່ຫາກໍ່ເພີ່ມຄືນໄດ້.</translation>
    </message>
    <message>
        <source>Added %1 (id %2).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມ %1 ແລ້ວ (id %2).</translation>
    </message>
    <message>
        <source>add-link needs a case file and two entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>add-link ຕ້ອງມີໄຟລ໌ຄະດີ ແລະ ສອງອົງປະກອບ</translation>
    </message>
    <message>
        <source>add-link needs --type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>add-link ຕ້ອງມີ --type</translation>
    </message>
    <message>
        <source>unknown link type &quot;%1&quot; (known: owns, uses, member_of, located_at, associate, same_as, family_of, employed_by)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກປະເພດລິ້ງ &quot;%1&quot; (ທີ່ຮູ້ຈັກ: owns, uses, member_of, located_at, associate, same_as, family_of, employed_by)</translation>
    </message>
    <message>
        <source>--confidence is confirmed, probable or possible</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--confidence ແມ່ນ confirmed, probable ຫຼື possible</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>--%1 ຕ້ອງເປັນວັນທີ YYYY-MM-DD, ບໍ່ແມ່ນ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Linked %1 and %2: %3 (%4).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊື່ອມ %1 ແລະ %2 ແລ້ວ: %3 (%4).</translation>
    </message>
    <message>
        <source>merge needs a case file, the entity to keep and at least one to merge into it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>merge ຕ້ອງມີໄຟລ໌ຄະດີ, ອົງປະກອບທີ່ຈະເກັບ ແລະ ຢ່າງໜ້ອຍໜຶ່ງທີ່ຈະລວມເຂົ້າ</translation>
    </message>
    <message>
        <source>merge needs --reason</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>merge ຕ້ອງມີ --reason</translation>
    </message>
    <message>
        <source>The merged entity cannot be read back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານອົງປະກອບທີ່ລວມແລ້ວຄືນໄດ້.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n entities into %1 (merge %2; split it with: seagull-cli split CASE %1).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ລວມ %n ອົງປະກອບເຂົ້າ %1 ແລ້ວ (ການລວມ %2; ແຍກດ້ວຍ: seagull-cli split CASE %1).</numerusform>
            <numerusform>ລວມ %n ອົງປະກອບເຂົ້າ %1 ແລ້ວ (ການລວມ %2; ແຍກດ້ວຍ: seagull-cli split CASE %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>split needs a case file and the entity others were merged into</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>split ຕ້ອງມີໄຟລ໌ຄະດີ ແລະ ອົງປະກອບທີ່ອັນອື່ນຖືກລວມເຂົ້າ</translation>
    </message>
    <message>
        <source>Nothing was merged into %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີຫຍັງຖືກລວມເຂົ້າ %1.</translation>
    </message>
    <message>
        <source>Split merge %1: %2 restored beside %3.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຍກການລວມ %1 ແລ້ວ: %2 ກັບຄືນຂ້າງ %3.</translation>
    </message>
    <message>
        <source>tag needs a case file, at least one entity and the tag</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>tag ຕ້ອງມີໄຟລ໌ຄະດີ, ຢ່າງໜ້ອຍໜຶ່ງອົງປະກອບ ແລະ ແທັກ</translation>
    </message>
    <message numerus="yes">
        <source>Tag &quot;%1&quot;: %n entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ແທັກ &quot;%1&quot;: %n ອົງປະກອບ.</numerusform>
            <numerusform>ແທັກ &quot;%1&quot;: %n ອົງປະກອບ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow links only in their direction (caller to called, payer to payee).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕິດຕາມການເຊື່ອມໂຍງຕາມທິດທາງເທົ່ານັ້ນ (ຜູ້ໂທຫາຜູ້ຮັບສາຍ, ຜູ້ຈ່າຍຫາຜູ້ຮັບເງິນ).</translation>
    </message>
    <message>
        <source>List every path up to --max-hops, not only the cheapest.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງທຸກເສັ້ນທາງບໍ່ເກີນ --max-hops ບໍ່ແມ່ນສະເພາະເສັ້ນທາງທີ່ຕົ້ນທຶນຕ່ຳສຸດ.</translation>
    </message>
    <message>
        <source>Only journeys whose steps follow one another in time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະເພາະເສັ້ນທາງທີ່ແຕ່ລະຂັ້ນຕອນຕໍ່ກັນຕາມລຳດັບເວລາ.</translation>
    </message>
    <message>
        <source>Follow transfers of money only.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕິດຕາມສະເພາະການໂອນເງິນ.</translation>
    </message>
    <message>
        <source>Take the tag off instead of putting it on.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອົາປ້າຍອອກແທນການໃສ່.</translation>
    </message>
    <message>
        <source>Create an empty case file. The region and time zone apply to numbers and times that do not carry their own.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສ້າງໄຟລ໌ຄະດີເປົ່າ. ພາກພື້ນ ແລະ ເຂດເວລາໃຊ້ກັບເບີ ແລະ ເວລາທີ່ບໍ່ໄດ້ລະບຸຂອງຕົນເອງ.</translation>
    </message>
    <message>
        <source>Import evidence files or folders: call records, bank and wallet tables, phone extracts, UFDR and XRY reports, cell sites. Each file is hashed and recorded as a source; a bad record is reported with its line and the case keeps everything it had.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າໄຟລ໌ ຫຼື ໂຟນເດີຫຼັກຖານ: ບັນທຶກການໂທ, ຕາຕະລາງທະນາຄານ ແລະ ກະເປົາເງິນ, ຂໍ້ມູນສະກັດຈາກໂທລະສັບ, ລາຍງານ UFDR ແລະ XRY, ເສົາສັນຍານ. ທຸກໄຟລ໌ຖືກຄິດໄລ່ແຮຊ ແລະ ບັນທຶກເປັນແຫຼ່ງທີ່ມາ; ບັນທຶກທີ່ຜິດຖືກລາຍງານພ້ອມແຖວ ແລະ ຄະດີຮັກສາທຸກຢ່າງທີ່ມີ.</translation>
    </message>
    <message>
        <source>Count the case&apos;s sources, entities by type, events by type and links.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນັບແຫຼ່ງທີ່ມາຂອງຄະດີ, ໜ່ວຍຕາມປະເພດ, ເຫດການຕາມປະເພດ ແລະ ການເຊື່ອມໂຍງ.</translation>
    </message>
    <message>
        <source>List the imported sources: format, file, events, rejected records and SHA-256.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງແຫຼ່ງທີ່ນຳເຂົ້າ: ຮູບແບບ, ໄຟລ໌, ເຫດການ, ບັນທຶກທີ່ຖືກປະຕິເສດ ແລະ SHA-256.</translation>
    </message>
    <message>
        <source>Find entities by number in any common format, name, alias or identifier.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄົ້ນຫາໜ່ວຍດ້ວຍເບີໃນຮູບແບບທົ່ວໄປໃດກໍໄດ້, ຊື່, ຊື່ແຝງ ຫຼື ລະຫັດລະບຸ.</translation>
    </message>
    <message>
        <source>Show one entity: its events, linked entities and the sources that mention it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງໜ່ວຍໜຶ່ງ: ເຫດການ, ໜ່ວຍທີ່ເຊື່ອມໂຍງ ແລະ ແຫຼ່ງທີ່ກ່າວເຖິງມັນ.</translation>
    </message>
    <message>
        <source>List the entities linked to those given, up to a number of hops, with filters on types, links, dates, counts and amounts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງໜ່ວຍທີ່ເຊື່ອມໂຍງກັບໜ່ວຍທີ່ໃຫ້ມາ ບໍ່ເກີນຈຳນວນຂັ້ນທີ່ກຳນົດ, ກັ່ນຕອງຕາມປະເພດ, ການເຊື່ອມໂຍງ, ວັນທີ, ຈຳນວນຄັ້ງ ແລະ ຈຳນວນເງິນ.</translation>
    </message>
    <message>
        <source>Find the shortest or cheapest paths between two entities, or journeys in time order (money moving on within a window).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊອກຫາເສັ້ນທາງສັ້ນສຸດ ຫຼື ຕົ້ນທຶນຕ່ຳສຸດລະຫວ່າງສອງໜ່ວຍ, ຫຼື ເສັ້ນທາງຕາມລຳດັບເວລາ (ເງິນທີ່ສົ່ງຕໍ່ພາຍໃນຊ່ວງເວລາ).</translation>
    </message>
    <message>
        <source>Rank entities by a measure (degree, betweenness, closeness, eigenvector, PageRank), find groups (components, communities, k-cores), weak points, common contacts, or fraud patterns (mules, fan-in, fan-out, SIM boxes, shared devices).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈັດອັນດັບໜ່ວຍຕາມຕົວວັດ (ດີກຣີ, ຄວາມເປັນຕົວກາງ, ຄວາມໃກ້ຊິດ, ເວັກເຕີລັກສະນະສະເພາະ, PageRank), ຊອກຫາກຸ່ມ (ສ່ວນປະກອບ, ຊຸມຊົນ, k-core), ຈຸດອ່ອນ, ຜູ້ຕິດຕໍ່ຮ່ວມ ຫຼື ຮູບແບບການສໍ້ໂກງ (ບັນຊີມ້າ, ການລວມເຂົ້າ, ການກະຈາຍອອກ, ກ່ອງຊິມ, ອຸປະກອນທີ່ໃຊ້ຮ່ວມກັນ).</translation>
    </message>
    <message>
        <source>Follow the money from one transfer onwards, hop by hop, within a time window.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕິດຕາມເງິນຈາກການໂອນໜຶ່ງຄັ້ງຕໍ່ໄປເທື່ອລະຂັ້ນພາຍໃນຊ່ວງເວລາ.</translation>
    </message>
    <message>
        <source>Write the case or one chart as GraphML, i2 ANX or CSV files for other tools.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນຄະດີ ຫຼື ແຜນຜັງໜຶ່ງເປັນໄຟລ໌ GraphML, i2 ANX ຫຼື CSV ສຳລັບເຄື່ອງມືອື່ນ.</translation>
    </message>
    <message>
        <source>Write a chart with its events and sources as a signed bundle for another agency.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນແຜນຜັງພ້ອມເຫດການ ແລະ ແຫຼ່ງທີ່ມາເປັນຊຸດທີ່ລົງນາມສຳລັບອົງການອື່ນ.</translation>
    </message>
    <message>
        <source>Print an entity&apos;s profile or the case summary to PDF, with a title block on every page.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມປະຫວັດຂອງໜ່ວຍ ຫຼື ສະຫຼຸບຄະດີເປັນ PDF ໂດຍມີກອບຫົວເລື່ອງທຸກໜ້າ.</translation>
    </message>
    <message>
        <source>Add an entity by hand (a person, den, vehicle, document, ...), with the authority for it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມໜ່ວຍດ້ວຍຕົນເອງ (ບຸກຄົນ, ແຫຼ່ງຫຼອກລວງ, ຍານພາຫະນະ, ເອກະສານ, ...) ພ້ອມແຫຼ່ງອ້າງອີງ.</translation>
    </message>
    <message>
        <source>Declare a link between two entities by hand, with its confidence, dates and authority.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະກາດການເຊື່ອມໂຍງລະຫວ່າງສອງໜ່ວຍດ້ວຍຕົນເອງ ພ້ອມລະດັບຄວາມໝັ້ນໃຈ, ວັນທີ ແລະ ແຫຼ່ງອ້າງອີງ.</translation>
    </message>
    <message>
        <source>Merge entities that are the same into the first one; the reason is recorded and the merge can be split.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລວມໜ່ວຍທີ່ເປັນອັນດຽວກັນເຂົ້າໃນໜ່ວຍທຳອິດ; ເຫດຜົນຖືກບັນທຶກ ແລະ ແຍກການລວມໄດ້.</translation>
    </message>
    <message>
        <source>Undo the latest merge into an entity, restoring what was moved.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍົກເລີກການລວມຫຼ້າສຸດເຂົ້າໃນໜ່ວຍ ແລະ ຄືນສິ່ງທີ່ຖືກຍ້າຍ.</translation>
    </message>
    <message>
        <source>Put a tag on entities (or take it off), with a colour for the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃສ່ປ້າຍໃຫ້ໜ່ວຍ (ຫຼື ເອົາອອກ) ພ້ອມສີສຳລັບແຜນຜັງ.</translation>
    </message>
    <message>
        <source>Check the case file: SQLite integrity, the audit chain and each source file&apos;s hash. Exits non-zero on any problem.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກວດສອບໄຟລ໌ຄະດີ: ຄວາມສົມບູນຂອງ SQLite, ລະບົບຕ່ອງໂສ້ການກວດສອບ ແລະ ແຮຊຂອງແຕ່ລະໄຟລ໌ຕົ້ນທາງ. ອອກດ້ວຍສະຖານະບໍ່ແມ່ນສູນເມື່ອມີບັນຫາໃດໆ.</translation>
    </message>
    <message>
        <source>Write the demonstration case (two compounds, three operators&apos; call records) and its evidence files.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນຄະດີສາທິດ (ສູນສອງແຫ່ງ, ບັນທຶກການໂທຈາກຜູ້ໃຫ້ບໍລິການສາມລາຍ) ແລະ ໄຟລ໌ຫຼັກຖານ.</translation>
    </message>
    <message>
        <source>Lay out and print a link chart to PDF, SVG or PNG: from seed entities or a saved chart, on one page or tiled over several.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈັດວາງ ແລະ ພິມແຜນຜັງການເຊື່ອມໂຍງເປັນ PDF, SVG ຫຼື PNG: ຈາກໜ່ວຍເລີ່ມຕົ້ນ ຫຼື ແຜນຜັງທີ່ບັນທຶກໄວ້, ໃນໜ້າດຽວ ຫຼື ແບ່ງຫຼາຍໜ້າ.</translation>
    </message>
    <message>
        <source>Usage: seagull-cli %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວິທີໃຊ້: seagull-cli %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວເລືອກ:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວຢ່າງ:</translation>
    </message>
    <message>
        <source>Keep the chart in the case under this name (Chart → Charts in the window).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເກັບແຜນຜັງໄວ້ໃນຄະດີດ້ວຍຊື່ນີ້ (ແຜນຜັງ → ແຜນຜັງທັງໝົດ ໃນປ່ອງຢ້ຽມ).</translation>
    </message>
    <message>
        <source>chart needs --out FILE.pdf, --save NAME or both</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>chart ຕ້ອງມີ --out FILE.pdf, --save NAME ຫຼື ທັງສອງ</translation>
    </message>
    <message>
        <source>Chart &quot;%1&quot; with %2 entities saved in the case as chart %3.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງ &quot;%1&quot; ທີ່ມີ %2 ໜ່ວຍ ຖືກບັນທຶກໃນຄະດີເປັນແຜນຜັງ %3.</translation>
    </message>
    <message>
        <source>%1: source %2, %3 from %4, %5.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ແຫຼ່ງ %2, %3 ຈາກ %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ເຫດການ</numerusform>
            <numerusform>%n ເຫດການ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ແຖວ</numerusform>
            <numerusform>%n ແຖວ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ອົງປະກອບ %n ລາຍການ</numerusform>
            <numerusform>ອົງປະກອບ %n ລາຍການ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Confidence</name>
    <message>
        <source>Confirmed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຢືນຢັນແລ້ວ</translation>
    </message>
    <message>
        <source>Probable</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອາດຈະແມ່ນ</translation>
    </message>
    <message>
        <source>Possible</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປັນໄປໄດ້</translation>
    </message>
</context>
<context>
    <name>sg::CsvExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>Writing events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງຂຽນເຫດການ</translation>
    </message>
</context>
<context>
    <name>sg::CsvReader</name>
    <message>
        <source>%1: the record that starts on line %2 is larger than %3 MB or has more than %4 fields; a quote may never be closed, or the file is not a table.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ບັນທຶກທີ່ເລີ່ມຢູ່ແຖວ %2 ໃຫຍ່ກວ່າ %3 MB ຫຼື ມີຫຼາຍກວ່າ %4 ຊ່ອງ; ເຄື່ອງໝາຍວົງຢືມອາດບໍ່ຖືກປິດ ຫຼື ໄຟລ໌ນີ້ບໍ່ແມ່ນຕາຕະລາງ.</translation>
    </message>
</context>
<context>
    <name>sg::DayHistogram</name>
    <message>
        <source>No events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີເຫດການ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1: %n ເຫດການ</numerusform>
            <numerusform>%1: %n ເຫດການ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::DemoGenerator</name>
    <message>
        <source>Cannot write %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດສ້າງໂຟນເດີ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>Demonstration: Golden Sands and Riverside compounds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສາທິດ: ບໍລິເວນ Golden Sands ແລະ Riverside</translation>
    </message>
</context>
<context>
    <name>sg::DenPage</name>
    <message>
        <source>Entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວລະບຸ</translation>
    </message>
    <message>
        <source>Den: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ: %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະມາຊິກ</translation>
    </message>
    <message>
        <source>Phones, SIMs and messenger accounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂທລະສັບ, ຊິມ ແລະ ບັນຊີແຊັດ</translation>
    </message>
    <message>
        <source>Devices</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອຸປະກອນ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນຊີ</translation>
    </message>
    <message>
        <source>Other</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອື່ນໆ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຕ່ %1 ເຖິງ %2</translation>
    </message>
    <message>
        <source>%1 entities tied to the den; %2 events %3, per day below (each record&apos;s local time).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ອົງປະກອບຜູກກັບແຫຼ່ງ; %2 ເຫດການ %3, ລາຍວັນຢູ່ລຸ່ມ (ເວລາທ້ອງຖິ່ນຂອງແຕ່ລະບັນທຶກ).</translation>
    </message>
    <message>
        <source>Put on the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳລົງແຜນວາດ</translation>
    </message>
</context>
<context>
    <name>sg::DeviceImportContext</name>
    <message>
        <source>%1 is not a %2 database.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນຖານຂໍ້ມູນ %2.</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕາຕະລາງ: %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງອ່ານ %1</translation>
    </message>
    <message>
        <source>The database holds no records.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຖານຂໍ້ມູນບໍ່ມີບັນທຶກ.</translation>
    </message>
</context>
<context>
    <name>sg::EntityDialog</name>
    <message>
        <source>New entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງປະກອບໃໝ່</translation>
    </message>
    <message>
        <source>Other names or spellings, one per line</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ ຫຼື ການສະກົດອື່ນ, ແຖວລະອັນ</translation>
    </message>
    <message>
        <source>Fact</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ເທັດຈິງ</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄ່າ</translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;, &quot;surveillance log 14&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທີ່ມາ: &quot;ການສອບຖາມພະຍານຄົນທີ 3&quot;, &quot;ບັນທຶກການຕິດຕາມ 14&quot;</translation>
    </message>
    <message>
        <source>Type:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດ:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່:</translation>
    </message>
    <message>
        <source>Other names:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ອື່ນ:</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ເທັດຈິງ:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບີ:</translation>
    </message>
    <message>
        <source>IMEI:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMEI:</translation>
    </message>
    <message>
        <source>IMSI or ICCID:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMSI ຫຼື ICCID:</translation>
    </message>
    <message>
        <source>Bank and account number:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທະນາຄານ ແລະ ເລກບັນຊີ:</translation>
    </message>
    <message>
        <source>Messenger id:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄອດີແຊັດ:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທີ່ຢູ່:</translation>
    </message>
    <message>
        <source>Identifier (optional):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວລະບຸ (ບໍ່ບັງຄັບ):</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແກ້ໄຂ %1</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວລະບຸ:</translation>
    </message>
    <message>
        <source>Names from sources stay as the sources gave them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ຈາກແຫຼ່ງຄົງໄວ້ຕາມທີ່ແຫຼ່ງໃຫ້ມາ</translation>
    </message>
    <message>
        <source>Press OK again to add it as it is.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກົດ OK ອີກຄັ້ງເພື່ອເພີ່ມຕາມທີ່ເປັນ.</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມຢູ່ດີ</translation>
    </message>
</context>
<context>
    <name>sg::EntityItem</name>
    <message numerus="yes">
        <source>%n more neighbours not shown: double-click to add them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຍັງມີເອັນທິຕີໃກ້ຄຽງອີກ %n ທີ່ບໍ່ໄດ້ສະແດງ: ຄລິກສອງເທື່ອເພື່ອເພີ່ມ</numerusform>
            <numerusform>ຍັງມີເອັນທິຕີໃກ້ຄຽງອີກ %n ທີ່ບໍ່ໄດ້ສະແດງ: ຄລິກສອງເທື່ອເພື່ອເພີ່ມ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours in the case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ມີໜ່ວຍໃກ້ຄຽງ %n ໃນຄະດີ</numerusform>
            <numerusform>ມີໜ່ວຍໃກ້ຄຽງ %n ໃນຄະດີ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::EntityType</name>
    <message>
        <source>Phone number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບີໂທລະສັບ</translation>
    </message>
    <message>
        <source>Device</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອຸປະກອນ</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊິມກາດ</translation>
    </message>
    <message>
        <source>Account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນຊີ</translation>
    </message>
    <message>
        <source>Messenger account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນຊີແອັບສົ່ງຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Email address</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທີ່ຢູ່ອີເມວ</translation>
    </message>
    <message>
        <source>Person</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບຸກຄົນ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງການ</translation>
    </message>
    <message>
        <source>Location</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະຖານທີ່</translation>
    </message>
    <message>
        <source>Document</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອກະສານ</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພາຫະນະ</translation>
    </message>
</context>
<context>
    <name>sg::EventType</name>
    <message>
        <source>Call</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການໂທ</translation>
    </message>
    <message>
        <source>SMS</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການໂອນເງິນ</translation>
    </message>
    <message>
        <source>Cell registration</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການລົງທະບຽນເຊວ</translation>
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
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ໃຊ້ໄດ້ຢຸດແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>sg::EvidenceDatabase</name>
    <message>
        <source>%1 cannot be opened as a database.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເປີດ %1 ເປັນຖານຂໍ້ມູນໄດ້.</translation>
    </message>
    <message>
        <source>%1 is encrypted or is not a SQLite database; Seagull cannot read it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ຖືກເຂົ້າລະຫັດ ຫຼື ບໍ່ແມ່ນຖານຂໍ້ມູນ SQLite; Seagull ອ່ານບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້.</translation>
    </message>
</context>
<context>
    <name>sg::Exchange</name>
    <message>
        <source>The i2 ANX file could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ i2 ANX.</translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນຊຸດຂໍ້ມູນ: %1</translation>
    </message>
</context>
<context>
    <name>sg::ExchangeData</name>
    <message>
        <source>Entity %1 is not in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີເອນທິຕີ %1 ໃນຄະດີ.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນ %1 ໄດ້.</translation>
    </message>
</context>
<context>
    <name>sg::ExpandDialog</name>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <source>Expand with filters</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະຫຍາຍຕາມຕົວກອງ</translation>
    </message>
    <message>
        <source>no limit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຈຳກັດ</translation>
    </message>
    <message>
        <source>any amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນເງິນໃດກໍໄດ້</translation>
    </message>
    <message>
        <source>Calls</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການໂທ</translation>
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
        <translation>ຂໍ້ຄວາມແຊັດ</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການໂອນເງິນ</translation>
    </message>
    <message>
        <source>Uses</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃຊ້</translation>
    </message>
    <message>
        <source>Owns</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປັນເຈົ້າຂອງ</translation>
    </message>
    <message>
        <source>Member of</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປັນສະມາຊິກຂອງ</translation>
    </message>
    <message>
        <source>Located at</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕັ້ງຢູ່ທີ່</translation>
    </message>
    <message>
        <source>Associate of</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ຮ່ວມງານຂອງ</translation>
    </message>
    <message>
        <source>Same as</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄືກັນກັບ</translation>
    </message>
    <message>
        <source>Only these links count; none checked: all.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນັບສະເພາະເສັ້ນເຊື່ອມເຫຼົ່ານີ້; ບໍ່ເລືອກເລີຍ: ທັງໝົດ.</translation>
    </message>
    <message>
        <source>Only entities of these types are added; none checked: all.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມສະເພາະໜ່ວຍປະເພດເຫຼົ່ານີ້; ບໍ່ເລືອກເລີຍ: ທັງໝົດ.</translation>
    </message>
    <message>
        <source>Steps out:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນຂັ້ນອອກໄປ:</translation>
    </message>
    <message>
        <source>New entities per entity:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ່ວຍໃໝ່ຕໍ່ໜ່ວຍ:</translation>
    </message>
    <message>
        <source>At least this many events:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫດການຢ່າງໜ້ອຍ:</translation>
    </message>
    <message>
        <source>At least this amount moved:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍອດເງິນທີ່ໂອນຢ່າງໜ້ອຍ:</translation>
    </message>
    <message>
        <source>Link types:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດເສັ້ນເຊື່ອມ:</translation>
    </message>
    <message>
        <source>Entity types:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດໜ່ວຍ:</translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາ (UTC):</translation>
    </message>
    <message>
        <source>The minimum amount needs a number and a currency code, such as 500 and USD.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນເງິນຂັ້ນຕ່ຳຕ້ອງມີຕົວເລກ ແລະ ລະຫັດສະກຸນເງິນ ເຊັ່ນ 500 ແລະ USD.</translation>
    </message>
</context>
<context>
    <name>sg::GraphLayout</name>
    <message numerus="yes">
        <source>Laying out %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ກຳລັງຈັດວາງ %n ລາຍການ</numerusform>
            <numerusform>ກຳລັງຈັດວາງ %n ລາຍການ</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ໃຊ້ໄດ້ຢຸດແລ້ວ.</translation>
    </message>
    <message>
        <source>Graphviz could not be started.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເລີ່ມ Graphviz ໄດ້.</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the chart with %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Graphviz ບໍ່ສາມາດຈັດວາງແຜນພູມດ້ວຍ %1 ໄດ້.</translation>
    </message>
    <message numerus="yes">
        <source>an entity has %n links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ມີໜ່ວຍໜຶ່ງທີ່ມີ %n ເສັ້ນເຊື່ອມ</numerusform>
            <numerusform>ມີໜ່ວຍໜຶ່ງທີ່ມີ %n ເສັ້ນເຊື່ອມ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ໜ່ວຍ</numerusform>
            <numerusform>%n ໜ່ວຍ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ເສັ້ນເຊື່ອມ</numerusform>
            <numerusform>%n ເສັ້ນເຊື່ອມ</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 layout would take too long on this chart (%2); it was laid out with sfdp instead.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຈັດວາງແບບ %1 ຈະໃຊ້ເວລາດົນເກີນໄປກັບແຜນຜັງນີ້ (%2); ຈຶ່ງຈັດວາງດ້ວຍ sfdp ແທນ.</translation>
    </message>
    <message>
        <source>The layout job could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານວຽກຈັດວາງໄດ້.</translation>
    </message>
    <message>
        <source>The layout helper gave an answer that could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂປຣແກຣມຊ່ວຍຈັດວາງໃຫ້ຄຳຕອບທີ່ອ່ານບໍ່ໄດ້.</translation>
    </message>
</context>
<context>
    <name>sg::GraphML</name>
    <message>
        <source>The GraphML file could not be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນໄຟລ໌ GraphML ໄດ້.</translation>
    </message>
</context>
<context>
    <name>sg::GraphMLImporter</name>
    <message>
        <source>GraphML graph</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຣາຟ GraphML</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການນຳເຂົ້າ %1 ຖືກຍົກເລີກ.</translation>
    </message>
    <message>
        <source>%1 is not GraphML: it has no &lt;graphml&gt; element.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນ GraphML: ບໍ່ມີອົງປະກອບ &lt;graphml&gt;.</translation>
    </message>
    <message>
        <source>edge %1 joins a node that is not in the graph (%2, %3)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເສັ້ນ %1 ເຊື່ອມກັບໂນດທີ່ບໍ່ມີໃນກຣາຟ (%2, %3)</translation>
    </message>
    <message>
        <source>%1 nodes and %2 edges read; GraphML has no events, so each edge is a declared association.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານໂນດ %1 ແລະ ເສັ້ນ %2 ແລ້ວ; GraphML ບໍ່ມີເຫດການ, ດັ່ງນັ້ນແຕ່ລະເສັ້ນແມ່ນຄວາມສຳພັນທີ່ປະກາດ.</translation>
    </message>
</context>
<context>
    <name>sg::GroupBoxItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ກຸ່ມ &quot;%1&quot; ມີ %n ໜ່ວຍ</numerusform>
            <numerusform>ກຸ່ມ &quot;%1&quot; ມີ %n ໜ່ວຍ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GroupNodeItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities: double-click to expand it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ກຸ່ມ &quot;%1&quot; ມີ %n ໜ່ວຍ: ຄລິກສອງເທື່ອເພື່ອຂະຫຍາຍ</numerusform>
            <numerusform>ກຸ່ມ &quot;%1&quot; ມີ %n ໜ່ວຍ: ຄລິກສອງເທື່ອເພື່ອຂະຫຍາຍ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ໜ່ວຍ</numerusform>
            <numerusform>%n ໜ່ວຍ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GuidedTour</name>
    <message>
        <source>Back</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກັບຄືນ</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ຈາກ %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕໍ່ໄປ</translation>
    </message>
    <message>
        <source>Done</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສຳເລັດ</translation>
    </message>
</context>
<context>
    <name>sg::HeatMatrix</name>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n event(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1 %2:00–%3:00: %n ເຫດການ</numerusform>
            <numerusform>%1 %2:00–%3:00: %n ເຫດການ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ImportDialog</name>
    <message>
        <source>Import evidence</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າຫຼັກຖານ</translation>
    </message>
    <message>
        <source>Files:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກວດຫາອັດຕະໂນມັດ</translation>
    </message>
    <message>
        <source>Format:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຮູບແບບ:</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳປູເຈຍ</translation>
    </message>
    <message>
        <source>China</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈີນ</translation>
    </message>
    <message>
        <source>Laos</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາວ</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ມຽນມາ</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄທ</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຫວຽດນາມ</translation>
    </message>
    <message>
        <source>Numbers written without a country code are read as numbers of this country.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບີທີ່ບໍ່ມີລະຫັດປະເທດຈະຖືກອ່ານເປັນເບີຂອງປະເທດນີ້.</translation>
    </message>
    <message>
        <source>Region of the numbers:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພາກພື້ນຂອງເບີ:</translation>
    </message>
    <message>
        <source>Times in the file without an offset are local times in this zone.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາໃນໄຟລ໌ທີ່ບໍ່ມີຄ່າຊົດເຊີຍແມ່ນເວລາທ້ອງຖິ່ນໃນເຂດນີ້.</translation>
    </message>
    <message>
        <source>Time zone of the records:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຂດເວລາຂອງບັນທຶກ:</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າ</translation>
    </message>
</context>
<context>
    <name>sg::ImportService</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີໄຟລ໌ %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນໄຟລ໌.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້: ບໍ່ໄດ້ຮັບອະນຸຍາດ.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກພາກພື້ນ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>use a two-letter country code such as KH</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃຊ້ລະຫັດປະເທດສອງຕົວອັກສອນ ເຊັ່ນ KH</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກເຂດເວລາ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃຊ້ຊື່ IANA ເຊັ່ນ Asia/Phnom_Penh</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງຄຳນວນແຮຊຂອງ %1</translation>
    </message>
    <message>
        <source>No working folder could be created for the import.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດສ້າງໂຟນເດີເຮັດວຽກສຳລັບການນຳເຂົ້າໄດ້.</translation>
    </message>
    <message>
        <source>%1 could not be copied to the working folder.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດສຳເນົາ %1 ໄປໂຟນເດີເຮັດວຽກໄດ້.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>%1 is not in a format Seagull can import.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ຢູ່ໃນຮູບແບບທີ່ Seagull ນຳເຂົ້າໄດ້.</translation>
    </message>
    <message>
        <source>formats tried: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຮູບແບບທີ່ລອງແລ້ວ: %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກຮູບແບບ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>known formats: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຮູບແບບທີ່ຮູ້ຈັກ: %1</translation>
    </message>
    <message>
        <source>%1 changed during the import; nothing was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ປ່ຽນແປງລະຫວ່າງນຳເຂົ້າ; ບໍ່ໄດ້ເພີ່ມຫຍັງ.</translation>
    </message>
    <message>
        <source>SHA-256 before %1, after %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SHA-256 ກ່ອນ %1, ຫຼັງ %2</translation>
    </message>
    <message>
        <source>Linking %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງເຊື່ອມໂຍງ %1</translation>
    </message>
    <message>
        <source>%1 is a database Seagull does not know how to read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ເປັນຖານຂໍ້ມູນທີ່ Seagull ບໍ່ຮູ້ວິທີອ່ານ.</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕາຕະລາງ: %1</translation>
    </message>
    <message>
        <source>%1 cannot be imported: it is binary data that is neither a known format nor a readable SQLite database (an encrypted database looks like this).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດນຳເຂົ້າ %1 ໄດ້: ມັນເປັນຂໍ້ມູນໄບນາຣີທີ່ບໍ່ແມ່ນຮູບແບບທີ່ຮູ້ຈັກ ແລະ ບໍ່ແມ່ນຖານຂໍ້ມູນ SQLite ທີ່ອ່ານໄດ້ (ຖານຂໍ້ມູນທີ່ເຂົ້າລະຫັດຈະເປັນແບບນີ້).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີໂຟນເດີ %1.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ໃຊ້ໄດ້ຢຸດແລ້ວ.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <source>a database Seagull does not know how to read</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຖານຂໍ້ມູນທີ່ Seagull ບໍ່ຮູ້ວິທີອ່ານ</translation>
    </message>
    <message>
        <source>not in a format Seagull can import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຢູ່ໃນຮູບແບບທີ່ Seagull ນຳເຂົ້າໄດ້</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) or number(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຊື່ ຫຼື ເບີ %n ລາຍການທີ່ຍາວເກີນ %1 ຕົວອັກສອນ ຖືກຕັດໃນຄະດີ; ຫຼັກຖານຍັງເກັບໄວ້ຄົບຖ້ວນ ຢູ່ບ່ອນຂອງແຕ່ລະບັນທຶກ.</numerusform>
            <numerusform>ຊື່ ຫຼື ເບີ %n ລາຍການທີ່ຍາວເກີນ %1 ຕົວອັກສອນ ຖືກຕັດໃນຄະດີ; ຫຼັກຖານຍັງເກັບໄວ້ຄົບຖ້ວນ ຢູ່ບ່ອນຂອງແຕ່ລະບັນທຶກ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຂໍ້ຄວາມ %n ລາຍການທີ່ຍາວເກີນ %1 ຕົວອັກສອນ ຖືກຕັດໃນຄະດີ; ຫຼັກຖານຍັງເກັບໄວ້ຄົບຖ້ວນ ຢູ່ບ່ອນຂອງແຕ່ລະບັນທຶກ.</numerusform>
            <numerusform>ຂໍ້ຄວາມ %n ລາຍການທີ່ຍາວເກີນ %1 ຕົວອັກສອນ ຖືກຕັດໃນຄະດີ; ຫຼັກຖານຍັງເກັບໄວ້ຄົບຖ້ວນ ຢູ່ບ່ອນຂອງແຕ່ລະບັນທຶກ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been merged into others: what this file says of them went to the ones they were merged into, recorded with each merge, so that a split gives it back.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ອົງປະກອບ %n ລາຍການທີ່ກ່າວເຖິງຢູ່ນີ້ ໄດ້ຖືກລວມເຂົ້າກັບອົງປະກອບອື່ນແລ້ວ: ສິ່ງທີ່ໄຟລ໌ນີ້ບອກກ່ຽວກັບພວກມັນ ໄດ້ໄປຫາອົງປະກອບທີ່ພວກມັນຖືກລວມເຂົ້າ ແລະ ບັນທຶກໄວ້ກັບການລວມແຕ່ລະຄັ້ງ ເພື່ອໃຫ້ການແຍກສົ່ງຄືນໄດ້.</numerusform>
            <numerusform>ອົງປະກອບ %n ລາຍການທີ່ກ່າວເຖິງຢູ່ນີ້ ໄດ້ຖືກລວມເຂົ້າກັບອົງປະກອບອື່ນແລ້ວ: ສິ່ງທີ່ໄຟລ໌ນີ້ບອກກ່ຽວກັບພວກມັນ ໄດ້ໄປຫາອົງປະກອບທີ່ພວກມັນຖືກລວມເຂົ້າ ແລະ ບັນທຶກໄວ້ກັບການລວມແຕ່ລະຄັ້ງ ເພື່ອໃຫ້ການແຍກສົ່ງຄືນໄດ້.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been deleted from the case and stay deleted; restoring one brings it back with what this file says of it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ອົງປະກອບ %n ລາຍການທີ່ກ່າວເຖິງຢູ່ນີ້ ໄດ້ຖືກລຶບອອກຈາກຄະດີ ແລະ ຍັງຄົງຖືກລຶບຢູ່; ການກູ້ຄືນຈະນຳມັນກັບມາພ້ອມສິ່ງທີ່ໄຟລ໌ນີ້ບອກກ່ຽວກັບມັນ.</numerusform>
            <numerusform>ອົງປະກອບ %n ລາຍການທີ່ກ່າວເຖິງຢູ່ນີ້ ໄດ້ຖືກລຶບອອກຈາກຄະດີ ແລະ ຍັງຄົງຖືກລຶບຢູ່; ການກູ້ຄືນຈະນຳມັນກັບມາພ້ອມສິ່ງທີ່ໄຟລ໌ນີ້ບອກກ່ຽວກັບມັນ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::InspectorPanel</name>
    <message>
        <source>Select an entity on the chart to see what the case knows about it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກເອັນທິຕີໃນແຜນຜັງເພື່ອເບິ່ງສິ່ງທີ່ຄະດີຮູ້ກ່ຽວກັບມັນ.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities selected.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ເລືອກເອັນທິຕີແລ້ວ %n ລາຍການ.</numerusform>
            <numerusform>ເລືອກເອັນທິຕີແລ້ວ %n ລາຍການ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກະແຈ</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Kept as written: the number did not validate for its source&apos;s region.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເກັບໄວ້ຕາມທີ່ຂຽນ: ເບີບໍ່ຖືກຕ້ອງສຳລັບພາກພື້ນຂອງແຫຼ່ງ.</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ອື່ນ</translation>
    </message>
    <message>
        <source>Events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫດການ</translation>
    </message>
    <message>
        <source>Linked entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອັນທິຕີທີ່ເຊື່ອມໂຍງ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ %1: %2</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລະຕິຈູດ</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລອງຈິຈູດ</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທີ່ຢູ່</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ມຸມທິດ</translation>
    </message>
    <message>
        <source>Site</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະຖານີ</translation>
    </message>
    <message>
        <source>%1 (source %2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 (ແຫຼ່ງ %2)</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ຄະດີໄດ້.</translation>
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
            <numerusform>%n ເຫດການ</numerusform>
            <numerusform>%n ເຫດການ</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄລຍະເວລາລວມ</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ວິນາທີ</numerusform>
            <numerusform>%n ວິນາທີ</numerusform>
        </translation>
    </message>
    <message>
        <source>Total moved</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍອດໂອນລວມ</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເມື່ອ</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວິນາທີ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>deleted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຖືກລຶບ</translation>
    </message>
    <message>
        <source>Names by source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ຕາມແຫຼ່ງ</translation>
    </message>
    <message>
        <source>source %1: %2, %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ %1: %2, %3</translation>
    </message>
    <message>
        <source>attachment</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ແນບ</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກໄຟລ໌ແນບ</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດຂຽນ %1: %2</translation>
    </message>
    <message>
        <source>Tags</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແທັກ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ແນບ</translation>
    </message>
    <message>
        <source>%1 bytes, %2, added by %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ໄບຕ໌, %2, ເພີ່ມໂດຍ %3</translation>
    </message>
    <message>
        <source>Merged into this entity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລວມເຂົ້າອົງປະກອບນີ້</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, by %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&quot;%1&quot;, ໂດຍ %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີ</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີ %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພາກພື້ນ %1</translation>
    </message>
    <message>
        <source>examiner %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ກວດສອບ %1</translation>
    </message>
    <message>
        <source>Entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງປະກອບ</translation>
    </message>
    <message>
        <source>Links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລິ້ງ</translation>
    </message>
    <message>
        <source>Saved charts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງທີ່ບັນທຶກໄວ້</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກຄະດີ</translation>
    </message>
    <message>
        <source>Last imported: %1 (%2 UTC)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າລ່າສຸດ: %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Nothing imported yet: use Import to add call records, statements or device extracts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍັງບໍ່ໄດ້ນຳເຂົ້າຫຍັງເທື່ອ: ໃຊ້ «ນຳເຂົ້າ» ເພື່ອເພີ່ມບັນທຶກການໂທ, ລາຍການບັນຊີ ຫຼື ຂໍ້ມູນທີ່ສະກັດຈາກອຸປະກອນ.</translation>
    </message>
    <message>
        <source>Open or create a case to begin.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປີດ ຫຼື ສ້າງຄະດີເພື່ອເລີ່ມຕົ້ນ.</translation>
    </message>
    <message>
        <source>Types counted among the first %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນັບປະເພດໃນ %1 ລາຍການທຳອິດ.</translation>
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
            <numerusform>ແລະ ອີກ %n ລາຍການ.</numerusform>
            <numerusform>ແລະ ອີກ %n ລາຍການ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::IosAddressBookImporter</name>
    <message>
        <source>iOS contacts (AddressBook.sqlitedb)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍຊື່ຕິດຕໍ່ iOS (AddressBook.sqlitedb)</translation>
    </message>
</context>
<context>
    <name>sg::IosCallHistoryImporter</name>
    <message>
        <source>iOS call history (CallHistory.storedata)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະຫວັດການໂທ iOS (CallHistory.storedata)</translation>
    </message>
</context>
<context>
    <name>sg::IosMessagesImporter</name>
    <message>
        <source>iOS messages (sms.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ຄວາມ iOS (sms.db)</translation>
    </message>
</context>
<context>
    <name>sg::LinkDialog</name>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <source>Until</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <source>Link two entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊື່ອມສອງອົງປະກອບ</translation>
    </message>
    <message>
        <source>Drawn solid, dashed or dotted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຕ້ມເປັນເສັ້ນທຶບ, ເສັ້ນຂາດ ຫຼື ເສັ້ນຈຸດ</translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທີ່ມາ: &quot;ການສອບຖາມພະຍານຄົນທີ 3&quot;</translation>
    </message>
    <message>
        <source>Swap</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະຫຼັບ</translation>
    </message>
    <message>
        <source>Turn the link the other way round</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກັບທິດທາງລິ້ງ</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດ:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄວາມເຊື່ອໝັ້ນ:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັນທີ:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ:</translation>
    </message>
    <message>
        <source>%1 — %2 → %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 — %2 → %3</translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັນທີຂອງລິ້ງກັບກັນ.</translation>
    </message>
</context>
<context>
    <name>sg::LinkKind</name>
    <message>
        <source>Events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫດການ</translation>
    </message>
    <message>
        <source>Owns</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປັນເຈົ້າຂອງ</translation>
    </message>
    <message>
        <source>Uses</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃຊ້</translation>
    </message>
    <message>
        <source>Member of</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະມາຊິກຂອງ</translation>
    </message>
    <message>
        <source>Located at</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຢູ່ທີ່</translation>
    </message>
    <message>
        <source>Associate</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກ່ຽວຂ້ອງ</translation>
    </message>
    <message>
        <source>Same as</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄືກັບ</translation>
    </message>
    <message>
        <source>Family of</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍາດພີ່ນ້ອງຂອງ</translation>
    </message>
    <message>
        <source>Employed by</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈ້າງໂດຍ</translation>
    </message>
</context>
<context>
    <name>sg::MainWindow</name>
    <message>
        <source>Add to chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມໃສ່ແຜນພູມ</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກແຜນຜັງ</translation>
    </message>
    <message>
        <source>About Seagull</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກ່ຽວກັບ Seagull</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seagull %1&lt;/h3&gt;&lt;p&gt;Link analysis for telecom-fraud investigations, offline.&lt;/p&gt;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&lt;h3&gt;Seagull %1&lt;/h3&gt;&lt;p&gt;ການວິເຄາະການເຊື່ອມໂຍງແບບອອບໄລນ໌ ສຳລັບການສືບສວນການສໍ້ໂກງທາງໂທລະຄົມ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແກ້ໄຂ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈັດວາງ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ມຸມມອງ(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພາສາ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊ່ວຍເຫຼືອ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີໃໝ່(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປີດຄະດີ(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າໄຟລ໌(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກແຜນຜັງ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອອກ(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Remove from chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອົາອອກຈາກແຜນຜັງ(&amp;R)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກທັງໝົດ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Expand selected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະຫຍາຍລາຍການທີ່ເລືອກ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fit chart to window</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປັບແຜນຜັງໃຫ້ພໍດີໜ້າຕ່າງ(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊູມເຂົ້າ(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊູມອອກ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Seagull</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກ່ຽວກັບ Seagull(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Network (sfdp)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຄືອຂ່າຍ(&amp;N) (sfdp)</translation>
    </message>
    <message>
        <source>&amp;Spring (neato)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະປິງ(&amp;S) (neato)</translation>
    </message>
    <message>
        <source>&amp;Force-directed (fdp)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຮງດຶງດູດ(&amp;F) (fdp)</translation>
    </message>
    <message>
        <source>&amp;Hierarchy (dot)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຳດັບຊັ້ນ(&amp;H) (dot)</translation>
    </message>
    <message>
        <source>&amp;Circle (circo)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວົງມົນ(&amp;C) (circo)</translation>
    </message>
    <message>
        <source>&amp;Radial (twopi)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລັດສະໝີ(&amp;R) (twopi)</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄົ້ນຫາ</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວກວດສອບ</translation>
    </message>
    <message>
        <source>%1 – %2 [*]</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 – %2 [*]</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີ %1</translation>
    </message>
    <message>
        <source>No case open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ໄດ້ເປີດຄະດີ</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍົກເລີກ %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍົກເລີກ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຮັດຄືນ %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຮັດຄືນ(&amp;R)</translation>
    </message>
    <message>
        <source>Chart 1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງ 1</translation>
    </message>
    <message>
        <source>Expand</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະຫຍາຍ</translation>
    </message>
    <message>
        <source>Unsaved chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງທີ່ຍັງບໍ່ໄດ້ບັນທຶກ</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; has changes that are not saved in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງ &quot;%1&quot; ມີການປ່ຽນແປງທີ່ຍັງບໍ່ໄດ້ບັນທຶກໃນຄະດີ.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປີດຄະດີ</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປີດແຜນຜັງ</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປີດ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>New case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີໃໝ່</translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີ Seagull (*.seagull)</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ຄະດີ:</translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີ Seagull (*.seagull);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າຫຼັກຖານ</translation>
    </message>
    <message>
        <source>Importing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>%1 was imported before (source %2); nothing was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ເຄີຍນຳເຂົ້າແລ້ວ (ແຫຼ່ງ %2); ບໍ່ໄດ້ເພີ່ມຫຍັງ.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n events imported</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1: ນຳເຂົ້າ %n ເຫດການ</numerusform>
            <numerusform>%1: ນຳເຂົ້າ %n ເຫດການ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows could not be read (see details)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1: ອ່ານບໍ່ໄດ້ %n ແຖວ (ເບິ່ງລາຍລະອຽດ)</numerusform>
            <numerusform>%1: ອ່ານບໍ່ໄດ້ %n ແຖວ (ເບິ່ງລາຍລະອຽດ)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ແຖວ %2: %3</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າສຳເລັດ</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກະລຸນາເປີດຄະດີກ່ອນ.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities added</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ເພີ່ມເອັນທິຕີ %n ລາຍການແລ້ວ</numerusform>
            <numerusform>ເພີ່ມເອັນທິຕີ %n ລາຍການແລ້ວ</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງຈັດວາງແຜນຜັງ</translation>
    </message>
    <message>
        <source>Layout</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຈັດວາງ</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນແຜນຜັງໄປທີ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Chart saved in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກແຜນຜັງໃນຄະດີແລ້ວ.</translation>
    </message>
    <message>
        <source>Import extraction &amp;folder…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າໂຟນເດີຂໍ້ມູນທີ່ສະກັດ(&amp;F)…</translation>
    </message>
    <message>
        <source>Import extraction folder</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າໂຟນເດີຂໍ້ມູນທີ່ສະກັດ</translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ຂ້າມ, %2.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າ %1 ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>Import table with column &amp;mapping…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າຕາຕະລາງດ້ວຍການຈັບຄູ່ຖັນ(&amp;M)…</translation>
    </message>
    <message>
        <source>Import table with column mapping</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າຕາຕະລາງດ້ວຍການຈັບຄູ່ຖັນ</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕາຕະລາງ (*.csv *.tsv *.txt *.xlsx);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>&amp;Grid by type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕາຕະລາງຕາມປະເພດ(&amp;G)</translation>
    </message>
    <message>
        <source>Rename chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປ່ຽນຊື່ແຜນຜັງ</translation>
    </message>
    <message>
        <source>Chart name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ແຜນຜັງ:</translation>
    </message>
    <message>
        <source>Delete chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຶບແຜນຜັງ</translation>
    </message>
    <message>
        <source>Delete the chart &quot;%1&quot; from the case? The case&apos;s records stay.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຶບແຜນຜັງ &quot;%1&quot; ອອກຈາກຄະດີບໍ? ບັນທຶກຂອງຄະດີຍັງຄົງຢູ່.</translation>
    </message>
    <message numerus="yes">
        <source>Ungroup %n groups</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຍົກເລີກ %n ກຸ່ມ</numerusform>
            <numerusform>ຍົກເລີກ %n ກຸ່ມ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the style of %n entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຕັ້ງຮູບແບບຄືນໃໝ່ຂອງ %n ໜ່ວຍ</numerusform>
            <numerusform>ຕັ້ງຮູບແບບຄືນໃໝ່ຂອງ %n ໜ່ວຍ</numerusform>
        </translation>
    </message>
    <message>
        <source>Show owners</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງເຈົ້າຂອງ</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງ(&amp;H)</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກ(&amp;L)</translation>
    </message>
    <message>
        <source>Select by &amp;type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກຕາມປະເພດ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Icon</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄອຄອນ(&amp;I)</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເສັ້ນເຊື່ອມ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;New chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງໃໝ່(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປ່ຽນຊື່ແຜນຜັງ(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຶບແຜນຜັງ(&amp;D)…</translation>
    </message>
    <message>
        <source>Expand with &amp;filters…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະຫຍາຍຕາມຕົວກອງ(&amp;F)…</translation>
    </message>
    <message>
        <source>Select &amp;neighbours</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກໜ່ວຍໃກ້ຄຽງ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Invert selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກັບການເລືອກ(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Find on chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊອກຫາໃນແຜນຜັງ(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊູມໄປທີ່ສ່ວນທີ່ເລືອກ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hide selected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊື່ອງທີ່ເລືອກ(&amp;H)</translation>
    </message>
    <message>
        <source>Show all hi&amp;dden</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງທີ່ເຊື່ອງໄວ້ທັງໝົດ(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Pin selected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປັກໝຸດທີ່ເລືອກ(&amp;P)</translation>
    </message>
    <message>
        <source>U&amp;npin selected</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຖອນໝຸດທີ່ເລືອກ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group selected…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈັດກຸ່ມທີ່ເລືອກ(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍົກເລີກກຸ່ມ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Collapse group</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຫຍໍ້ກຸ່ມ(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xpand group</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະຫຍາຍກຸ່ມ(&amp;X)</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມບັນທຶກ(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແກ້ໄຂບັນທຶກ…</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຶບບັນທຶກ</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສີ(&amp;O)…</translation>
    </message>
    <message>
        <source>Reset colour and icon</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕັ້ງສີ ແລະ ໄອຄອນຄືນໃໝ່</translation>
    </message>
    <message>
        <source>Show &amp;owners instead of phones and accounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງເຈົ້າຂອງແທນໂທລະສັບ ແລະ ບັນຊີ(&amp;O)</translation>
    </message>
    <message>
        <source>Show phones and accounts &amp;again</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງໂທລະສັບ ແລະ ບັນຊີອີກຄັ້ງ(&amp;A)</translation>
    </message>
    <message>
        <source>One line per &amp;pair</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜຶ່ງເສັ້ນຕໍ່ຄູ່(&amp;P)</translation>
    </message>
    <message>
        <source>One line per &amp;direction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜຶ່ງເສັ້ນຕໍ່ທິດທາງ(&amp;D)</translation>
    </message>
    <message>
        <source>One line per &amp;event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜຶ່ງເສັ້ນຕໍ່ເຫດການ(&amp;E)</translation>
    </message>
    <message>
        <source>Fixed &amp;width</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄວາມກວ້າງຄົງທີ່(&amp;W)</translation>
    </message>
    <message>
        <source>Width by &amp;count</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄວາມກວ້າງຕາມຈຳນວນຄັ້ງ(&amp;C)</translation>
    </message>
    <message>
        <source>Width by &amp;amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄວາມກວ້າງຕາມຈຳນວນເງິນ(&amp;A)</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງ %1</translation>
    </message>
    <message>
        <source>The chart is not saved in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງຍັງບໍ່ໄດ້ບັນທຶກໃນຄະດີ.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities are now shown as their owners.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ດຽວນີ້ %n ໜ່ວຍສະແດງເປັນເຈົ້າຂອງແລ້ວ.</numerusform>
            <numerusform>ດຽວນີ້ %n ໜ່ວຍສະແດງເປັນເຈົ້າຂອງແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case records no owner for these entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີບໍ່ມີບັນທຶກເຈົ້າຂອງຂອງໜ່ວຍເຫຼົ່ານີ້.</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຸ່ມ</translation>
    </message>
    <message>
        <source>Name of the group (a den, a family, a gang):</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ກຸ່ມ (ແຫຼ່ງ, ຄອບຄົວ, ແກ໊ງ):</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຸ່ມ %1</translation>
    </message>
    <message numerus="yes">
        <source>Collapse %n groups</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຫຍໍ້ %n ກຸ່ມ</numerusform>
            <numerusform>ຫຍໍ້ %n ກຸ່ມ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expand %n groups</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຂະຫຍາຍ %n ກຸ່ມ</numerusform>
            <numerusform>ຂະຫຍາຍ %n ກຸ່ມ</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມບັນທຶກ</translation>
    </message>
    <message>
        <source>Note:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກ:</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແກ້ໄຂບັນທຶກ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສີ</translation>
    </message>
    <message>
        <source>Find on chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊອກຫາໃນແຜນຜັງ</translation>
    </message>
    <message>
        <source>Name or number:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ ຫຼື ເບີ:</translation>
    </message>
    <message>
        <source>Nothing on the chart matches &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີຫຍັງໃນແຜນຜັງກົງກັບ &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities found on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ພົບ %n ໜ່ວຍໃນແຜນຜັງ.</numerusform>
            <numerusform>ພົບ %n ໜ່ວຍໃນແຜນຜັງ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note here…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມບັນທຶກຢູ່ບ່ອນນີ້…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄຳອະທິບາຍສັນຍາລັກ</translation>
    </message>
    <message>
        <source>Add the parties of the events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມຝ່າຍທີ່ກ່ຽວຂ້ອງຂອງເຫດການ</translation>
    </message>
    <message>
        <source>Add the &amp;parties of its events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມຝ່າຍທີ່ກ່ຽວຂ້ອງຂອງເຫດການ(&amp;P)</translation>
    </message>
    <message>
        <source>Select a link on the chart first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກະລຸນາເລືອກເສັ້ນເຊື່ອມໃນແຜນຜັງກ່ອນ.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການວິເຄາະ</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;ພິມແຜນຜັງ…</translation>
    </message>
    <message>
        <source>Entity &amp;profile report…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍງານ&amp;ປະຫວັດເອນທິຕີ…</translation>
    </message>
    <message>
        <source>Case &amp;summary report…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍງານ&amp;ສະຫຼຸບຄະດີ…</translation>
    </message>
    <message>
        <source>E&amp;xport chart data (i2 ANX, GraphML, bundle)…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>&amp;ສົ່ງອອກຂໍ້ມູນແຜນຜັງ (i2 ANX, GraphML, ຊຸດຂໍ້ມູນ)…</translation>
    </message>
    <message>
        <source>Evidence (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;All files (*)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຫຼັກຖານ (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;ໄຟລ໌ທັງໝົດ (*)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing, one file per page (*.svg)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຮູບແຕ້ມ SVG, ໜຶ່ງໄຟລ໌ຕໍ່ໜ້າ (*.svg)</translation>
    </message>
    <message>
        <source>PNG image, one file per page (*.png)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຮູບພາບ PNG, ໜຶ່ງໄຟລ໌ຕໍ່ໜ້າ (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສົ່ງອອກແຜນຜັງ</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງຕົວຢ່າງກ່ອນພິມ: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງຕົວຢ່າງກ່ອນພິມ</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມແຜນຜັງ</translation>
    </message>
    <message>
        <source>Preparing the print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງກະກຽມການພິມ</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະຫຼຸບຄະດີ</translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະຫວັດເອນທິຕີ</translation>
    </message>
    <message>
        <source>Case summary report</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍງານສະຫຼຸບຄະດີ</translation>
    </message>
    <message>
        <source>Entity profile report</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍງານປະຫວັດເອນທິຕີ</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງກະກຽມລາຍງານ</translation>
    </message>
    <message>
        <source>Report</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍງານ</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະຫວັດເອນທິຕີ: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນລາຍງານໄປທີ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (*.anx)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງ i2 Analyst&apos;s Notebook (*.anx)</translation>
    </message>
    <message>
        <source>GraphML for Gephi, yEd, networkx (*.graphml)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>GraphML ສຳລັບ Gephi, yEd, networkx (*.graphml)</translation>
    </message>
    <message>
        <source>Case bundle for a partner agency (*.sgbundle)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊຸດຂໍ້ມູນຄະດີສຳລັບໜ່ວຍງານຄູ່ຮ່ວມ (*.sgbundle)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສົ່ງອອກຂໍ້ມູນແຜນຜັງ</translation>
    </message>
    <message>
        <source>Case bundle</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊຸດຂໍ້ມູນຄະດີ</translation>
    </message>
    <message>
        <source>The agency that sends the bundle:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ່ວຍງານທີ່ສົ່ງຊຸດຂໍ້ມູນ:</translation>
    </message>
    <message>
        <source>%1: chart data is written as .anx, .graphml or .sgbundle.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ຂໍ້ມູນແຜນຜັງຂຽນເປັນ .anx, .graphml ຫຼື .sgbundle.</translation>
    </message>
    <message>
        <source>Exporting the chart&apos;s data</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງສົ່ງອອກຂໍ້ມູນແຜນຜັງ</translation>
    </message>
    <message>
        <source>Chart data written to %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນຂໍ້ມູນແຜນຜັງໄປທີ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກິດຈະກຳ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຳດັບເວລາ</translation>
    </message>
    <message>
        <source>&amp;Time filter</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວກັ່ນຕອງ&amp;ເວລາ</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນ %1 ໄປທີ່ %2 ແລ້ວ</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສົ່ງອອກ %1</translation>
    </message>
    <message>
        <source>Years in the Thai &amp;Buddhist era (B.E.)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປີເປັນ&amp;ພຸດທະສັກກະຣາດໄທ (ພ.ສ.)</translation>
    </message>
    <message>
        <source>Show years as B.E. = C.E. + 543 on dates, time axes and print; the case is not changed</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງປີເປັນ ພ.ສ. = ຄ.ສ. + 543 ໃນວັນທີ ແກນເວລາ ແລະ ການພິມ; ຂໍ້ມູນຄະດີບໍ່ປ່ຽນ</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມ %1</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການ&amp;ຕັ້ງຄ່າ…</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປີດຄະດີ&amp;ສາທິດ</translation>
    </message>
    <message>
        <source>A made-up case of two compounds, their callers and victims, to try Seagull on</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີສົມມຸດຂອງສອງຄອມພາວ, ຜູ້ໂທ ແລະ ຜູ້ເສຍຫາຍ, ເພື່ອທົດລອງ Seagull</translation>
    </message>
    <message>
        <source>Copy</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສຳເນົາ</translation>
    </message>
    <message>
        <source>Writing the demonstration case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງຂຽນຄະດີສາທິດ</translation>
    </message>
    <message>
        <source>Demonstration case</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີສາທິດ</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄູ່ມືຜູ້ໃຊ້(&amp;U)</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຄື່ອງມືຫຼັກ</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພໍດີປ່ອງຢ້ຽມ</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມ</translation>
    </message>
    <message>
        <source>Guided &amp;tour</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການນຳທ່ຽວແນະນຳ(&amp;T)</translation>
    </message>
    <message>
        <source>Four steps: search, expand, layout, print</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສີ່ຂັ້ນຕອນ: ຄົ້ນຫາ, ຂະຫຍາຍ, ຈັດວາງ, ພິມ</translation>
    </message>
    <message>
        <source>Help → Guided tour shows the main steps on this case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊ່ວຍເຫຼືອ → ການນຳທ່ຽວແນະນຳ ສະແດງຂັ້ນຕອນຫຼັກໃນຄະດີນີ້.</translation>
    </message>
    <message>
        <source>Type a phone number in any format, a name, an account or an IMEI. Double-click a result, or drag it, to put it on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມເບີໂທລະສັບໃນຮູບແບບໃດກໍໄດ້, ຊື່, ບັນຊີ ຫຼື IMEI. ຄລິກສອງເທື່ອທີ່ຜົນລັບ ຫຼື ລາກມັນ ເພື່ອວາງໃສ່ແຜນຜັງ.</translation>
    </message>
    <message>
        <source>Select entities on the chart and expand them (Ctrl+E) to bring in who they called, messaged or paid. Ctrl+Shift+E expands with filters: types, dates, counts, amounts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກໜ່ວຍເທິງແຜນຜັງ ແລ້ວຂະຫຍາຍ (Ctrl+E) ເພື່ອນຳເອົາຜູ້ທີ່ພວກເຂົາໂທ, ສົ່ງຂໍ້ຄວາມ ຫຼື ຈ່າຍເງິນໃຫ້. Ctrl+Shift+E ຂະຫຍາຍພ້ອມຕົວກັ່ນຕອງ: ປະເພດ, ວັນທີ, ຈຳນວນຄັ້ງ, ຈຳນວນເງິນ.</translation>
    </message>
    <message>
        <source>Arrange the chart (Ctrl+L). Chart → Layout has the other arrangements: hierarchy for money flows, circle, radial, grid. Pinned entities stay where you put them.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈັດວາງແຜນຜັງ (Ctrl+L). ແຜນຜັງ → ການຈັດວາງ ມີຮູບແບບອື່ນ: ລຳດັບຊັ້ນສຳລັບກະແສເງິນ, ວົງມົນ, ລັດສະໝີ, ຕາຕະລາງ. ໜ່ວຍທີ່ປັກໝຸດຢູ່ບ່ອນທີ່ທ່ານວາງ.</translation>
    </message>
    <message>
        <source>Print the chart for court (Ctrl+P): paper size, title block, exhibit number, classification, several pages for a wall, and appendices listing each source and event. Preview before printing, or write PDF, SVG or PNG.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມແຜນຜັງສຳລັບສານ (Ctrl+P): ຂະໜາດເຈ້ຍ, ກອບຫົວເລື່ອງ, ເລກວັດຖຸພະຍານ, ຊັ້ນຄວາມລັບ, ຫຼາຍໜ້າສຳລັບຕິດຝາ ແລະ ພາກຜະໜວກທີ່ສະແດງແຕ່ລະແຫຼ່ງທີ່ມາ ແລະ ເຫດການ. ເບິ່ງຕົວຢ່າງກ່ອນພິມ ຫຼື ຂຽນເປັນ PDF, SVG ຫຼື PNG.</translation>
    </message>
    <message>
        <source>Unsaved chart found</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພົບແຜນຜັງທີ່ຍັງບໍ່ບັນທຶກ</translation>
    </message>
    <message>
        <source>Seagull was closed without saving the chart &quot;%1&quot; of this case. Its changes were kept at %2. Restore them?</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull ຖືກປິດໂດຍບໍ່ໄດ້ບັນທຶກແຜນຜັງ &quot;%1&quot; ຂອງຄະດີນີ້. ການປ່ຽນແປງຖືກເກັບໄວ້ເມື່ອ %2. ກູ້ຄືນບໍ?</translation>
    </message>
    <message>
        <source>Restore the changes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກູ້ຄືນການປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຖິ້ມໄປ</translation>
    </message>
    <message>
        <source>The chart&apos;s changes kept at %1 are restored; save the chart to keep them in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກູ້ຄືນການປ່ຽນແປງຂອງແຜນຜັງທີ່ເກັບໄວ້ເມື່ອ %1 ແລ້ວ; ບັນທຶກແຜນຜັງເພື່ອເກັບໄວ້ໃນຄະດີ.</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີຄະດີທີ່ເປີດຢູ່.</translation>
    </message>
    <message>
        <source>Other work on the case is running; try again when it has finished.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ມີວຽກອື່ນກຳລັງເຮັດກັບຄະດີ; ລອງໃໝ່ເມື່ອມັນສຳເລັດ.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກການກວດສອບ</translation>
    </message>
    <message>
        <source>The work is done, but the case&apos;s audit log could not record it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວຽກສຳເລັດແລ້ວ, ແຕ່ບັນທຶກການກວດສອບຂອງຄະດີບໍ່ສາມາດບັນທຶກມັນໄດ້.</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງຂະຫຍາຍ</translation>
    </message>
    <message numerus="yes">
        <source>Expanding would add %n entities to the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ການຂະຫຍາຍຈະເພີ່ມ %n ຫົວໜ່ວຍໃສ່ແຜນພາບ.</numerusform>
            <numerusform>ການຂະຫຍາຍຈະເພີ່ມ %n ຫົວໜ່ວຍໃສ່ແຜນພາບ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw; to bring the most connected first, expand with a limit per entity (Expand with filters…).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ແຜນພາບມີ %n ຫົວໜ່ວຍໃນຕອນນີ້. ແຜນພາບທີ່ມີຫຼາຍກວ່າ 10,000 ຫົວໜ່ວຍໃຊ້ເວລາຫຼາຍນາທີໃນການຈັດວາງ ແລະ ແຕ້ມຊ້າ; ເພື່ອນຳເອົາອັນທີ່ເຊື່ອມຕໍ່ຫຼາຍທີ່ສຸດມາກ່ອນ, ໃຫ້ຂະຫຍາຍໂດຍກຳນົດຈຳນວນຕໍ່ຫົວໜ່ວຍ (ຂະຫຍາຍຕາມຕົວກອງ…).</numerusform>
            <numerusform>ແຜນພາບມີ %n ຫົວໜ່ວຍໃນຕອນນີ້. ແຜນພາບທີ່ມີຫຼາຍກວ່າ 10,000 ຫົວໜ່ວຍໃຊ້ເວລາຫຼາຍນາທີໃນການຈັດວາງ ແລະ ແຕ້ມຊ້າ; ເພື່ອນຳເອົາອັນທີ່ເຊື່ອມຕໍ່ຫຼາຍທີ່ສຸດມາກ່ອນ, ໃຫ້ຂະຫຍາຍໂດຍກຳນົດຈຳນວນຕໍ່ຫົວໜ່ວຍ (ຂະຫຍາຍຕາມຕົວກອງ…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມທັງໝົດ</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີຫຍັງຖືກເພີ່ມ.</translation>
    </message>
    <message>
        <source>Drawing links: %L1 of %L2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງແຕ້ມລິ້ງ: %L1 ຈາກ %L2</translation>
    </message>
    <message>
        <source>Search on the left for a number, IMEI, account or name, then double-click a result or drag it here to put it on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄົ້ນຫາເບີ, IMEI, ບັນຊີ ຫຼື ຊື່ຢູ່ທາງຊ້າຍ, ແລ້ວຄລິກສອງເທື່ອທີ່ຜົນລັບ ຫຼື ລາກມັນມາບ່ອນນີ້ ເພື່ອວາງໃສ່ແຜນຜັງ.</translation>
    </message>
    <message>
        <source>Open a case or create a new one to begin. Help → Open the demonstration case shows Seagull on a made-up case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປີດຄະດີ ຫຼື ສ້າງຄະດີໃໝ່ເພື່ອເລີ່ມຕົ້ນ. ຊ່ວຍເຫຼືອ → ເປີດຄະດີສາທິດ ຈະສະແດງ Seagull ໃນຄະດີສົມມຸດ.</translation>
    </message>
    <message numerus="yes">
        <source>Adding would put %n entities on the chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ການເພີ່ມຈະໃສ່ %n ອົງປະກອບລົງໃນແຜນວາດ.</numerusform>
            <numerusform>ການເພີ່ມຈະໃສ່ %n ອົງປະກອບລົງໃນແຜນວາດ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ດຽວນີ້ແຜນວາດມີ %n ອົງປະກອບ. ແຜນວາດທີ່ມີຫຼາຍກວ່າ 10,000 ອົງປະກອບໃຊ້ເວລາຫຼາຍນາທີເພື່ອຈັດວາງ ແລະ ແຕ້ມຊ້າ.</numerusform>
            <numerusform>ດຽວນີ້ແຜນວາດມີ %n ອົງປະກອບ. ແຜນວາດທີ່ມີຫຼາຍກວ່າ 10,000 ອົງປະກອບໃຊ້ເວລາຫຼາຍນາທີເພື່ອຈັດວາງ ແລະ ແຕ້ມຊ້າ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the first %n</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ເພີ່ມ %n ລາຍການທຳອິດ</numerusform>
            <numerusform>ເພີ່ມ %n ລາຍການທຳອິດ</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງເພີ່ມໃສ່ແຜນວາດ</translation>
    </message>
    <message>
        <source>Saving the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງບັນທຶກແຜນວາດ</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; was not opened; Chart → Charts opens it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງ &quot;%1&quot; ບໍ່ໄດ້ເປີດ; ເປີດມັນໄດ້ທີ່ ແຜນຜັງ → ແຜນຜັງ.</translation>
    </message>
    <message>
        <source>Opening the chart was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການເປີດແຜນຜັງຖືກຍົກເລີກແລ້ວ.</translation>
    </message>
    <message>
        <source>Opening the chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງເປີດແຜນຜັງ</translation>
    </message>
</context>
<context>
    <name>sg::MappingWizard</name>
    <message>
        <source>Reference</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລກອ້າງອີງ</translation>
    </message>
    <message>
        <source>Paying account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນຊີຜູ້ຈ່າຍ</translation>
    </message>
    <message>
        <source>Receiving account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນຊີຜູ້ຮັບ</translation>
    </message>
    <message>
        <source>Paying bank or wallet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທະນາຄານ ຫຼື ກະເປົາເງິນຜູ້ຈ່າຍ</translation>
    </message>
    <message>
        <source>Receiving bank or wallet</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທະນາຄານ ຫຼື ກະເປົາເງິນຜູ້ຮັບ</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ຜູ້ຈ່າຍ</translation>
    </message>
    <message>
        <source>Receiver&apos;s name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ຜູ້ຮັບ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເດບິດ (ເງິນອອກ)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຄຣດິດ (ເງິນເຂົ້າ)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັນທີ ແລະ ເວລາ</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດທຸລະກຳ</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍລະອຽດ</translation>
    </message>
    <message>
        <source>Balance</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍອດເຫຼືອ</translation>
    </message>
    <message>
        <source>Debit/credit mark</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຄື່ອງໝາຍເດບິດ/ເຄຣດິດ</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນຊີຄູ່ໂອນ</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທະນາຄານຄູ່ໂອນ</translation>
    </message>
    <message>
        <source>Counterparty name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ຄູ່ໂອນ</translation>
    </message>
    <message>
        <source>Each row is seen from one account (a statement)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທຸກແຖວເບິ່ງຈາກບັນຊີດຽວ (ລາຍການເດີນບັນຊີ)</translation>
    </message>
    <message>
        <source>Map the columns of %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈັບຄູ່ຖັນຂອງ %1</translation>
    </message>
    <message>
        <source>Seagull does not know this layout. Say which row holds the column names and what each column holds; the preview shows what the first rows become.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull ບໍ່ຮູ້ຈັກຮູບແບບນີ້. ບອກວ່າແຖວໃດມີຊື່ຖັນ ແລະ ແຕ່ລະຖັນມີຫຍັງ; ຕົວຢ່າງສະແດງຜົນຂອງແຖວທຳອິດໆ.</translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜ່ນງານ:</translation>
    </message>
    <message>
        <source>Column names on row:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ຖັນຢູ່ແຖວ:</translation>
    </message>
    <message>
        <source>Name of this layout:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ຂອງຮູບແບບນີ້:</translation>
    </message>
    <message>
        <source>e.g. ABA, KBank, Vietcombank, TrueMoney, Wing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊັ່ນ ABA, KBank, Vietcombank, TrueMoney, Wing</translation>
    </message>
    <message>
        <source>Bank or wallet:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທະນາຄານ ຫຼື ກະເປົາເງິນ:</translation>
    </message>
    <message>
        <source>e.g. USD, THB, VND, KHR, CNY</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊັ່ນ USD, THB, VND, KHR, CNY</translation>
    </message>
    <message>
        <source>Currency when no column says it:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະກຸນເງິນເມື່ອບໍ່ມີຖັນລະບຸ:</translation>
    </message>
    <message>
        <source>Decide from the dates</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕັດສິນຈາກວັນທີ</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັນ/ເດືອນ/ປີ</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເດືອນ/ວັນ/ປີ</translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປີ-ເດືອນ-ວັນ</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວິນາທີ Unix</translation>
    </message>
    <message>
        <source>Unix milliseconds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ມິນລິວິນາທີ Unix</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັນທີ:</translation>
    </message>
    <message>
        <source>Decide from the amounts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕັດສິນຈາກຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Decimal point (1,234.56)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຸດທົດສະນິຍົມ (1,234.56)</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,56)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຸດເຄື່ອງໝາຍຈຸດ (1.234,56)</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນເງິນ:</translation>
    </message>
    <message>
        <source>the statement&apos;s own account number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລກບັນຊີຂອງລາຍການເດີນບັນຊີນີ້</translation>
    </message>
    <message>
        <source>Account of the statement:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນຊີຂອງລາຍການເດີນບັນຊີ:</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກການຈັບຄູ່…</translation>
    </message>
    <message>
        <source>Holds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເກັບ</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>— ບໍ່ໃຊ້ —</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານໄຟລ໌ບໍ່ໄດ້: %1</translation>
    </message>
    <message>
        <source>Choose at least the date and the amount (or debit and credit) columns, and the accounts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກະລຸນາເລືອກຢ່າງໜ້ອຍຖັນວັນທີ, ຈຳນວນເງິນ (ຫຼື ເດບິດ ແລະ ເຄຣດິດ) ແລະ ບັນຊີ.</translation>
    </message>
    <message>
        <source>No preview: the scratch folder cannot be written.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີຕົວຢ່າງ: ຂຽນໂຟນເດີຊົ່ວຄາວບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວຢ່າງ</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີຕົວຢ່າງ: %1</translation>
    </message>
    <message>
        <source>The first rows do not import: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຖວທຳອິດໆນຳເຂົ້າບໍ່ໄດ້: %1</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 transfers between %2 accounts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ແຖວທຳອິດໃຫ້ການໂອນ %1 ລາຍການລະຫວ່າງ %2 ບັນຊີ.</numerusform>
            <numerusform>%n ແຖວທຳອິດໃຫ້ການໂອນ %1 ລາຍການລະຫວ່າງ %2 ບັນຊີ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read; the first, line %1: %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ອ່ານບໍ່ໄດ້ %n ແຖວ; ແຖວທຳອິດ, ແຖວ %1: %2.</numerusform>
            <numerusform>ອ່ານບໍ່ໄດ້ %n ແຖວ; ແຖວທຳອິດ, ແຖວ %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some columns have no name on the header row.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບາງຖັນບໍ່ມີຊື່ໃນແຖວຫົວຕາຕະລາງ.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກການຈັບຄູ່</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຈັບຄູ່ (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be saved to %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກການຈັບຄູ່ໄປທີ່ %1 ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>Calling number (A party)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບີໂທອອກ (ຝ່າຍ A)</translation>
    </message>
    <message>
        <source>Called number (B party)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບີຮັບສາຍ (ຝ່າຍ B)</translation>
    </message>
    <message>
        <source>Target number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບີເປົ້າໝາຍ</translation>
    </message>
    <message>
        <source>Other party</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄູ່ສາຍ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄລຍະເວລາ</translation>
    </message>
    <message>
        <source>Call type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດການໂທ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທິດທາງ</translation>
    </message>
    <message>
        <source>Cell</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊວ</translation>
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
        <translation>ເງິນ: ບັນທຶກທະນາຄານ, ກະເປົາເງິນ ຫຼື ການຊຳລະ</translation>
    </message>
    <message>
        <source>Call records</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກການໂທ</translation>
    </message>
    <message>
        <source>The table holds:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕາຕະລາງນີ້ເກັບ:</translation>
    </message>
    <message>
        <source>Choose at least the date and the two parties (calling and called number, or target and other party).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກະລຸນາເລືອກຢ່າງໜ້ອຍວັນທີ ແລະ ທັງສອງຝ່າຍ (ເບີໂທອອກ ແລະ ເບີຮັບສາຍ, ຫຼື ເບີເປົ້າໝາຍ ແລະ ຄູ່ສາຍ).</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 calls and messages between %2 numbers.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ແຖວທຳອິດໃຫ້ການໂທ ແລະ ຂໍ້ຄວາມ %1 ລາຍການລະຫວ່າງ %2 ເບີ.</numerusform>
            <numerusform>%n ແຖວທຳອິດໃຫ້ການໂທ ແລະ ຂໍ້ຄວາມ %1 ລາຍການລະຫວ່າງ %2 ເບີ.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເມື່ອ</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວິນາທີ</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
</context>
<context>
    <name>sg::MergeDialog</name>
    <message>
        <source>Merge entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລວມອົງປະກອບ</translation>
    </message>
    <message>
        <source>Keep</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເກັບໄວ້</translation>
    </message>
    <message>
        <source>The others&apos; events, names, sources, links, tags, notes and attachments move to the one kept. Edit → Undo takes the merge back; so does Split on the kept entity later.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫດການ, ຊື່, ແຫຼ່ງ, ລິ້ງ, ແທັກ, ບັນທຶກ ແລະ ໄຟລ໌ແນບຂອງອັນອື່ນຍ້າຍໄປຫາອັນທີ່ເກັບໄວ້. ແກ້ໄຂ → ຍົກເລີກ ຖອນການລວມ; ແຍກ ໃນອັນທີ່ເກັບໄວ້ພາຍຫຼັງກໍໄດ້.</translation>
    </message>
    <message>
        <source>Why they are the same (required): &quot;same IMEI in both extractions&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປັນຫຍັງຈຶ່ງແມ່ນອັນດຽວກັນ (ຈຳເປັນ): &quot;IMEI ດຽວກັນໃນທັງສອງການສະກັດ&quot;</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫດຜົນ:</translation>
    </message>
    <message>
        <source>Say why they are the same: the reason is kept with the merge.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບອກເຫດຜົນວ່າເປັນຫຍັງຈຶ່ງແມ່ນອັນດຽວກັນ: ເຫດຜົນຖືກເກັບໄວ້ກັບການລວມ.</translation>
    </message>
</context>
<context>
    <name>sg::MoneyTableImporter</name>
    <message>
        <source>The statement does not name its account; it is kept as &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການເດີນບັນຊີບໍ່ລະບຸເລກບັນຊີ; ເກັບໄວ້ເປັນ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Statement of account %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການເດີນບັນຊີຂອງບັນຊີ %1.</translation>
    </message>
    <message>
        <source>no date</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີວັນທີ</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານວັນທີ &quot;%1&quot; ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>cannot read the amount &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານຈຳນວນເງິນ &quot;%1&quot; ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>no amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>no account</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີບັນຊີ</translation>
    </message>
    <message>
        <source>Bank, wallet and payment tables (CSV, XLSX)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕາຕະລາງທະນາຄານ, ກະເປົາເງິນ ແລະ ການຊຳລະ (CSV, XLSX)</translation>
    </message>
    <message>
        <source>%1: read as &quot;%2&quot; (header on line %3).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ອ່ານເປັນ &quot;%2&quot; (ຫົວຕາຕະລາງຢູ່ແຖວ %3).</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງອ່ານ %1</translation>
    </message>
    <message>
        <source>%1: simulated time, step %2 counted from %3 in the source&apos;s zone.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ເວລາຈຳລອງ, ນັບເທື່ອລະ %2 ຈາກ %3 ຕາມເຂດເວລາຂອງແຫຼ່ງ.</translation>
    </message>
    <message>
        <source>%1: dates read as %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ອ່ານວັນທີເປັນ %2.</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເດືອນ/ວັນ/ປີ</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັນ/ເດືອນ/ປີ</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປີ-ເດືອນ-ວັນ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n amount(s) had more decimals than their currency&apos;s minor unit and were rounded.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1: ຈຳນວນເງິນ %n ລາຍການມີທົດສະນິຍົມຫຼາຍກວ່າໜ່ວຍຍ່ອຍຂອງສະກຸນເງິນ ແລະຖືກປັດເສດ.</numerusform>
            <numerusform>%1: ຈຳນວນເງິນ %n ລາຍການມີທົດສະນິຍົມຫຼາຍກວ່າໜ່ວຍຍ່ອຍຂອງສະກຸນເງິນ ແລະຖືກປັດເສດ.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no table in it matches a known mapping.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ບໍ່ມີຕາຕະລາງທີ່ກົງກັບການຈັບຄູ່ທີ່ຮູ້ຈັກ.</translation>
    </message>
    <message>
        <source>give one with --mapping, or import it with the import wizard</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃຫ້ດ້ວຍ --mapping ຫຼື ນຳເຂົ້າດ້ວຍຕົວຊ່ວຍນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Worksheets not read (no known layout): %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜ່ນງານທີ່ບໍ່ໄດ້ອ່ານ (ບໍ່ຮູ້ຈັກຮູບແບບ): %1.</translation>
    </message>
    <message>
        <source>No row of %1 could be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີແຖວໃດຂອງ %1 ທີ່ອ່ານໄດ້.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຖວ %1: %2</translation>
    </message>
    <message>
        <source>%1: no date says whether the day or the month comes first (every one could be read both ways); they are read as day/month/year. If that is wrong, import the file with a mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ບໍ່ມີວັນທີໃດບອກວ່າວັນ ຫຼື ເດືອນມາກ່ອນ (ທຸກວັນທີອ່ານໄດ້ທັງສອງແບບ); ອ່ານເປັນ ວັນ/ເດືອນ/ປີ. ຖ້າບໍ່ຖືກ, ໃຫ້ນຳເຂົ້າໄຟລ໌ດ້ວຍການຈັບຄູ່ທີ່ &quot;time&quot; ເປັນ &quot;mdy&quot;.</translation>
    </message>
</context>
<context>
    <name>sg::MoneyView</name>
    <message>
        <source>No transfers.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີການໂອນເງິນ.</translation>
    </message>
    <message numerus="yes">
        <source>%1: in %2, out %3, balance %4 (%n transfer(s))</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%1: ເຂົ້າ %2, ອອກ %3, ຍອດເຫຼືອ %4 (%n ການໂອນ)</numerusform>
            <numerusform>%1: ເຂົ້າ %2, ອອກ %3, ຍອດເຫຼືອ %4 (%n ການໂອນ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also moved: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍັງໂອນເປັນ: %1.</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາໃນ %1</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · balance %4 · %5</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 · %2 %3 · ຍອດເຫຼືອ %4 · %5</translation>
    </message>
    <message>
        <source>in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຂົ້າ</translation>
    </message>
    <message>
        <source>out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອອກ</translation>
    </message>
    <message>
        <source>Money in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເງິນເຂົ້າ</translation>
    </message>
    <message>
        <source>Money out</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເງິນອອກ</translation>
    </message>
    <message>
        <source>Running balance (in minus out)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍອດເຫຼືອສະສົມ (ເຂົ້າລົບອອກ)</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) among them: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ໂອນກັນເອງ %n ເທື່ອ: %1.</numerusform>
            <numerusform>ໂອນກັນເອງ %n ເທື່ອ: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>among them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພາຍໃນກຸ່ມ</translation>
    </message>
    <message>
        <source>Transfer among the entities shown (no money in or out)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການໂອນລະຫວ່າງອົງປະກອບທີ່ສະແດງ (ບໍ່ມີເງິນເຂົ້າ ຫຼື ອອກ)</translation>
    </message>
</context>
<context>
    <name>sg::PrintDialog</name>
    <message>
        <source>Cut marks</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຄື່ອງໝາຍຕັດ</translation>
    </message>
    <message>
        <source>The sources behind the chart (file, format, SHA-256, importer, import time, examiner)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງທີ່ມາເບື້ອງຫຼັງແຜນຜັງ (ໄຟລ໌, ຮູບແບບ, SHA-256, ຕົວນຳເຂົ້າ, ເວລານຳເຂົ້າ, ຜູ້ກວດສອບ)</translation>
    </message>
    <message>
        <source>The events behind each link</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫດການເບື້ອງຫຼັງແຕ່ລະລິ້ງ</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມແຜນຜັງ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນວນອນ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນວຕັ້ງ</translation>
    </message>
    <message>
        <source> mm</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation> ມມ</translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ລັບ</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳກັດ</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລັບ</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລັບທີ່ສຸດ</translation>
    </message>
    <message>
        <source>Page</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າ</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຈ້ຍ:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທິດທາງ:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂອບ:</translation>
    </message>
    <message>
        <source>across ×</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນວນອນ ×</translation>
    </message>
    <message>
        <source>down</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແນວຕັ້ງ</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າ:</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊ້ອນກັນ:</translation>
    </message>
    <message>
        <source>Title block</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກອບຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Chart title:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຫົວຂໍ້ແຜນຜັງ:</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ຄະດີ:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລກຄະດີ:</translation>
    </message>
    <message>
        <source>Exhibit:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັດຖຸພະຍານ:</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ກວດສອບ:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊັ້ນຄວາມລັບ:</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອກະສານຊ້ອນທ້າຍ</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບິ່ງຕົວຢ່າງ…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສົ່ງອອກ…</translation>
    </message>
    <message>
        <source>Write the pages as PDF, SVG or PNG</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນໜ້າເປັນ PDF, SVG ຫຼື PNG</translation>
    </message>
</context>
<context>
    <name>sg::RemainingTime</name>
    <message>
        <source>A few seconds left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫຼືອອີກບໍ່ເທົ່າໃດວິນາທີ</translation>
    </message>
    <message>
        <source>About %1 seconds left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫຼືອອີກປະມານ %1 ວິນາທີ</translation>
    </message>
    <message>
        <source>About %1 min left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫຼືອອີກປະມານ %1 ນາທີ</translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫຼືອອີກປະມານ %1 ຊມ. %2 ນາທີ</translation>
    </message>
</context>
<context>
    <name>sg::ReportWriter</name>
    <message>
        <source>Source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌</translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຮູບແບບ / ຕົວນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ນຳເຂົ້າເມື່ອ</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ກວດສອບ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະຫວັດເອນທິຕີ: %1</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວລະບຸ</translation>
    </message>
    <message>
        <source>Type</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກະແຈ</translation>
    </message>
    <message>
        <source>(kept as written: it did not validate)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>(ເກັບຕາມທີ່ຂຽນ: ກວດສອບບໍ່ຜ່ານ)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລກອ້າງອີງ</translation>
    </message>
    <message>
        <source>Events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫດການ</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພື່ອນບ້ານ</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການ</translation>
    </message>
    <message>
        <source>Value</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄ່າ</translation>
    </message>
    <message>
        <source>Names and aliases, by source</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ ແລະ ນາມແຝງ, ຕາມແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <source>No source gives a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີແຫຼ່ງທີ່ມາໃດໃຫ້ຊື່.</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດ</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Devices, accounts and other declared links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອຸປະກອນ, ບັນຊີ ແລະ ລິ້ງທີ່ປະກາດອື່ນໆ</translation>
    </message>
    <message>
        <source>None declared in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີການປະກາດໃນຄະດີ.</translation>
    </message>
    <message>
        <source>Declared link</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລິ້ງທີ່ປະກາດ</translation>
    </message>
    <message>
        <source>Contacts, by activity</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ຕິດຕໍ່, ຕາມກິດຈະກຳ</translation>
    </message>
    <message>
        <source>%1 out, %2 in</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອອກ %1, ເຂົ້າ %2</translation>
    </message>
    <message>
        <source>No events with other entities.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີເຫດການກັບເອນທິຕີອື່ນ.</translation>
    </message>
    <message>
        <source>#</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Contact</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ຕິດຕໍ່</translation>
    </message>
    <message>
        <source>Direction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທິດທາງ</translation>
    </message>
    <message>
        <source>Call time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາໂທ</translation>
    </message>
    <message>
        <source>Money</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເງິນ</translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄັ້ງທຳອິດ (UTC)</translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄັ້ງສຸດທ້າຍ (UTC)</translation>
    </message>
    <message>
        <source>Activity by weekday and hour (local time of each record)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກິດຈະກຳຕາມວັນ ແລະ ຊົ່ວໂມງ (ເວລາທ້ອງຖິ່ນຂອງແຕ່ລະບັນທຶກ)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຳດັບເວລາ</translation>
    </message>
    <message>
        <source>The first %1 of %2 events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ເຫດການທຳອິດຈາກ %2.</translation>
    </message>
    <message>
        <source>No events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີເຫດການ.</translation>
    </message>
    <message>
        <source>Time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈາກ</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄລຍະເວລາ / ຈຳນວນເງິນ</translation>
    </message>
    <message>
        <source>Source record</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກແຫຼ່ງທີ່ມາ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງ</translation>
    </message>
    <message>
        <source>Case summary: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະຫຼຸບຄະດີ: %1</translation>
    </message>
    <message>
        <source>Case number</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລກຄະດີ</translation>
    </message>
    <message>
        <source>Case name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ຄະດີ</translation>
    </message>
    <message>
        <source>Default region</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພາກພື້ນເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຂດເວລາເລີ່ມຕົ້ນ</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຫຼ່ງທີ່ມາ (%1)</translation>
    </message>
    <message>
        <source>Counts</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນ</translation>
    </message>
    <message>
        <source>Entities and events</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອນທິຕີ ແລະ ເຫດການ</translation>
    </message>
    <message>
        <source>Entities</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອນທິຕີ</translation>
    </message>
    <message>
        <source>Links</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລິ້ງ</translation>
    </message>
    <message>
        <source>Count</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນ</translation>
    </message>
    <message>
        <source>Charts (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງ (%1)</translation>
    </message>
    <message>
        <source>No saved charts.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີແຜນຜັງທີ່ບັນທຶກໄວ້.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຜນຜັງ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແກ້ໄຂເມື່ອ</translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະຫວັດເອນທິຕີ</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະຫຼຸບຄະດີ</translation>
    </message>
    <message>
        <source>The report could not be opened for writing.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເປີດລາຍງານເພື່ອຂຽນ.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄະດີ %1: %2</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັດຖຸພະຍານ %1</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມເມື່ອ %1 (%2)</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ກວດສອບ: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໜ້າ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>Added by the analyst</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມໂດຍນັກວິເຄາະ</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແທັກ: %1</translation>
    </message>
    <message>
        <source>Merged entities (ids)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອົງປະກອບທີ່ລວມ (id)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <source>When</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເມື່ອ</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກໂດຍ %1, %2</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ແນບ</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄບຕ໌</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໝາຍເຫດ</translation>
    </message>
    <message>
        <source>Added by</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເພີ່ມໂດຍ</translation>
    </message>
    <message>
        <source>Added</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາເພີ່ມ</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກຄະດີ</translation>
    </message>
    <message>
        <source>Listed: the %1 most active of %2 contacts. Events with the others: %3.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍຊື່: ຜູ້ຕິດຕໍ່ທີ່ເຄື່ອນໄຫວຫຼາຍທີ່ສຸດ %1 ຈາກ %2 ລາຍ. ເຫດການກັບລາຍອື່ນ: %3.</translation>
    </message>
</context>
<context>
    <name>sg::SeagullCsvImporter</name>
    <message>
        <source>Seagull CSV export (entities, links or events)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການສົ່ງອອກ CSV ຂອງ Seagull (ເອນທິຕີ, ລິ້ງ ຫຼື ເຫດການ)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; or an empty key</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດເອນທິຕີ &quot;%1&quot; ທີ່ບໍ່ຮູ້ຈັກ ຫຼື ກະແຈຫວ່າງ</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການນຳເຂົ້າ %1 ຖືກຍົກເລີກ.</translation>
    </message>
    <message>
        <source>unknown link kind &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດລິ້ງ &quot;%1&quot; ທີ່ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດເຫດການ &quot;%1&quot; ທີ່ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>unreadable time &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາທີ່ອ່ານບໍ່ໄດ້ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unreadable amount &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຈຳນວນເງິນທີ່ອ່ານບໍ່ໄດ້ &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n link totals skipped: they are made again from the events.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຂ້າມຜົນລວມລິ້ງ %n: ຈະສ້າງຄືນຈາກເຫດການ.</numerusform>
            <numerusform>ຂ້າມຜົນລວມລິ້ງ %n: ຈະສ້າງຄືນຈາກເຫດການ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::SearchPanel</name>
    <message>
        <source>Open a case to search it.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເປີດຄະດີເພື່ອຄົ້ນຫາ.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ພົບ &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n found: drag onto the chart or double-click.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ພົບ %n: ລາກໃສ່ແຜນຜັງ ຫຼື ຄລິກສອງເທື່ອ.</numerusform>
            <numerusform>ພົບ %n: ລາກໃສ່ແຜນຜັງ ຫຼື ຄລິກສອງເທື່ອ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number, IMEI, account or name</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເບີ, IMEI, ບັນຊີ ຫຼື ຊື່</translation>
    </message>
    <message>
        <source>Type a number in any common form (012 345 678, +855 12 345 678, native digits) or a name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມເບີໃນຮູບແບບທົ່ວໄປໃດກໍໄດ້ (012 345 678, +855 12 345 678, ຕົວເລກທ້ອງຖິ່ນ) ຫຼື ຊື່.</translation>
    </message>
</context>
<context>
    <name>sg::SettingsDialog</name>
    <message>
        <source>Years in the Thai Buddhist era (B.E. = C.E. + 543)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປີເປັນພຸດທະສັກກະຣາດໄທ (ພ.ສ. = ຄ.ສ. + 543)</translation>
    </message>
    <message>
        <source>Welcome to Seagull</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຍິນດີຕ້ອນຮັບສູ່ Seagull</translation>
    </message>
    <message>
        <source>Settings</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຕັ້ງຄ່າ</translation>
    </message>
    <message>
        <source>Your name and rank, as they should appear in audits and prints</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊື່ ແລະ ຍົດຂອງທ່ານ ຕາມທີ່ຈະປາກົດໃນບັນທຶກການກວດສອບ ແລະ ການພິມ</translation>
    </message>
    <message>
        <source>The country code that numbers without one belong to, in new cases</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລະຫັດປະເທດຂອງເບີທີ່ບໍ່ມີລະຫັດ ໃນຄະດີໃໝ່</translation>
    </message>
    <message>
        <source>The time zone of local times in new cases (IANA name)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຂດເວລາຂອງເວລາທ້ອງຖິ່ນໃນຄະດີໃໝ່ (ຊື່ IANA)</translation>
    </message>
    <message>
        <source>Seagull keeps each case in one file on this computer and never connects to a network. Choose your language and say who you are; everything here can be changed later in Settings.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>Seagull ເກັບແຕ່ລະຄະດີໄວ້ໃນໄຟລ໌ດຽວໃນຄອມພິວເຕີນີ້ ແລະ ບໍ່ເຄີຍເຊື່ອມຕໍ່ເຄືອຂ່າຍ. ເລືອກພາສາ ແລະ ບອກວ່າທ່ານແມ່ນໃຜ; ທຸກຢ່າງຢູ່ນີ້ປ່ຽນໄດ້ພາຍຫຼັງໃນການຕັ້ງຄ່າ.</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຜູ້ກວດສອບ:</translation>
    </message>
    <message>
        <source>Region of new cases:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພາກພື້ນຂອງຄະດີໃໝ່:</translation>
    </message>
    <message>
        <source>Time zone of new cases:</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຂດເວລາຂອງຄະດີໃໝ່:</translation>
    </message>
    <message>
        <source>%1 is not a region code (such as KH, TH, VN, CN, LA, MM).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນລະຫັດພາກພື້ນ (ເຊັ່ນ KH, TH, VN, CN, LA, MM).</translation>
    </message>
    <message>
        <source>%1 is not a time zone (such as Asia/Phnom_Penh).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນເຂດເວລາ (ເຊັ່ນ Asia/Phnom_Penh).</translation>
    </message>
</context>
<context>
    <name>sg::Shortcuts</name>
    <message>
        <source>used seldom: from the menu</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໃຊ້ບໍ່ເລື້ອຍ: ໃຊ້ຈາກເມນູ</translation>
    </message>
    <message>
        <source>a setting, chosen once: from the menu</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຕັ້ງຄ່າທີ່ເລືອກຄັ້ງດຽວ: ໃຊ້ຈາກເມນູ</translation>
    </message>
    <message>
        <source>one entry of a list: from the menu</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການໜຶ່ງໃນລາຍຊື່: ໃຊ້ຈາກເມນູ</translation>
    </message>
    <message>
        <source>changes the case and asks first: kept off the keyboard</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປ່ຽນແປງຄະດີ ແລະ ຖາມກ່ອນ: ບໍ່ໃສ່ປຸ່ມລັດ</translation>
    </message>
    <message>
        <source>Menu</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເມນູ</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄຳສັ່ງ</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປຸ່ມລັດ</translation>
    </message>
    <message>
        <source>(each entry)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>(ແຕ່ລະລາຍການ)</translation>
    </message>
</context>
<context>
    <name>sg::SourceWriter</name>
    <message>
        <source>The source could not be recorded in the case.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດບັນທຶກແຫຼ່ງໃນຄະດີໄດ້.</translation>
    </message>
    <message>
        <source>An entity could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເກັບເອັນທິຕີໄດ້.</translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເກັບຊື່ອື່ນໄດ້.</translation>
    </message>
    <message>
        <source>An event could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເກັບເຫດການໄດ້.</translation>
    </message>
    <message>
        <source>A link could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດເກັບການເຊື່ອມໂຍງໄດ້.</translation>
    </message>
    <message>
        <source>The links of the imported records could not be built.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດສ້າງການເຊື່ອມໂຍງຂອງບັນທຶກທີ່ນຳເຂົ້າໄດ້.</translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກຄຸນລັກສະນະບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານໄຟລ໌ຄະດີໄດ້.</translation>
    </message>
    <message>
        <source>A record refers to entity %1, which is not in the case; nothing was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກໜຶ່ງອ້າງເຖິງໜ່ວຍ %1 ເຊິ່ງບໍ່ມີຢູ່ໃນຄະດີ; ບໍ່ມີຫຍັງຖືກເພີ່ມ.</translation>
    </message>
    <message>
        <source>the durations of the events from entity %1 to entity %2 add up to more than can be stored; a record&apos;s duration is wrong</source>
        <translation>ໄລຍະເວລາລວມຂອງເຫດການຈາກໜ່ວຍ %1 ຫາໜ່ວຍ %2 ເກີນກວ່າທີ່ຈະເກັບໄດ້; ໄລຍະເວລາຂອງບັນທຶກໜຶ່ງຜິດ</translation>
    </message>
    <message>
        <source>a link of source %1 was not written</source>
        <translation>ລິ້ງໜຶ່ງຂອງແຫຼ່ງ %1 ບໍ່ໄດ້ຖືກຂຽນ</translation>
    </message>
    <message>
        <source>The import was stopped; nothing from %1 was added.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການນຳເຂົ້າຖືກຢຸດ; ບໍ່ມີຫຍັງຈາກ %1 ຖືກເພີ່ມ.</translation>
    </message>
    <message>
        <source>Indexing %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງສ້າງດັດຊະນີ %1</translation>
    </message>
</context>
<context>
    <name>sg::TableFile</name>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it has no %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນປຶ້ມວຽກ XLSX: ບໍ່ມີ %2.</translation>
    </message>
    <message>
        <source>%1: worksheet &quot;%2&quot; is missing from the workbook.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ບໍ່ມີແຜ່ນງານ &quot;%2&quot; ໃນປຶ້ມວຽກ.</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an XLSX workbook.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ເປັນໄຟລ໌ zip ແຕ່ບໍ່ແມ່ນປຶ້ມວຽກ XLSX.</translation>
    </message>
    <message>
        <source>%1 is neither a text table nor an XLSX workbook (it contains binary data).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນທັງຕາຕະລາງຂໍ້ຄວາມ ແລະ ປຶ້ມວຽກ XLSX (ມີຂໍ້ມູນໄບນາຣີ).</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຈັກການເຂົ້າລະຫັດຂໍ້ຄວາມ &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>sg::TableMapping</name>
    <message>
        <source>The mapping has no name.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຈັບຄູ່ບໍ່ມີຊື່.</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: kind &quot;%2&quot; is not known.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຈັບຄູ່ &quot;%1&quot;: ບໍ່ຮູ້ຈັກປະເພດ &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: unknown column role &quot;%2&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຈັບຄູ່ &quot;%1&quot;: ບໍ່ຮູ້ຈັກບົດບາດຖັນ &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>known roles: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບົດບາດທີ່ຮູ້ຈັກ: %1</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no amount column (amount, or debit and credit).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຈັບຄູ່ &quot;%1&quot; ບໍ່ໄດ້ລະບຸຖັນຈຳນວນເງິນ (amount ຫຼື debit ແລະ credit).</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no date column (datetime or date).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຈັບຄູ່ &quot;%1&quot; ບໍ່ໄດ້ລະບຸຖັນວັນທີ (datetime ຫຼື date).</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: time format &quot;%2&quot; is not known.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຈັບຄູ່ &quot;%1&quot;: ບໍ່ຮູ້ຈັກຮູບແບບເວລາ &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>known: auto, dmy, mdy, ymd, unix, unix-ms, step:day:YYYY-MM-DD, step:hour:YYYY-MM-DD</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ທີ່ຮູ້ຈັກ: auto, dmy, mdy, ymd, unix, unix-ms, step:day:YYYY-MM-DD, step:hour:YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Bank or wallet statement</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການເດີນບັນຊີທະນາຄານ ຫຼື ກະເປົາເງິນ</translation>
    </message>
    <message>
        <source>The table does not have the columns mapping &quot;%1&quot; needs: %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕາຕະລາງບໍ່ມີຖັນທີ່ການຈັບຄູ່ &quot;%1&quot; ຕ້ອງການ: %2.</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຖັນ: %1</translation>
    </message>
    <message>
        <source>known kinds: transfers, calls</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະເພດທີ່ຮູ້ຈັກ: transfers, calls</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no parties (caller and callee, or subscriber and other).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຈັບຄູ່ &quot;%1&quot; ບໍ່ໄດ້ລະບຸຄູ່ສາຍ (caller ແລະ callee, ຫຼື subscriber ແລະ other).</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: direction code &quot;%2&quot; must mean &quot;in&quot; or &quot;out&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຈັບຄູ່ &quot;%1&quot;: ລະຫັດທິດທາງ &quot;%2&quot; ຕ້ອງໝາຍເຖິງ &quot;in&quot; ຫຼື &quot;out&quot;.</translation>
    </message>
</context>
<context>
    <name>sg::TimeFilterBar</name>
    <message>
        <source>Stop</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຢຸດ</translation>
    </message>
    <message>
        <source>Play</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຫຼິ້ນ</translation>
    </message>
    <message>
        <source>Walk the end of the range forward a day at a time and watch the network grow</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລື່ອນຈຸດສິ້ນສຸດຂອງຊ່ວງໄປໜ້າເທື່ອລະມື້ ແລະ ເບິ່ງເຄືອຂ່າຍເຕີບໂຕ</translation>
    </message>
    <message>
        <source>Show all</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສະແດງທັງໝົດ</translation>
    </message>
    <message>
        <source>Events from %1 to %2 (%3)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຫດການຈາກ %1 ຫາ %2 (%3)</translation>
    </message>
    <message>
        <source>No events on this chart.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີເຫດການໃນແຜນຜັງນີ້.</translation>
    </message>
    <message>
        <source>Hide outside</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊື່ອງນອກຊ່ວງ</translation>
    </message>
    <message>
        <source>Hide the links and entities with no events in the range instead of fading them</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຊື່ອງລິ້ງ ແລະ ອົງປະກອບທີ່ບໍ່ມີເຫດການໃນຊ່ວງ ແທນການເຮັດໃຫ້ຈາງ</translation>
    </message>
</context>
<context>
    <name>sg::TimelinePanel</name>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກເອນທິຕີໃນແຜນຜັງເພື່ອເບິ່ງເຫດການຂອງພວກມັນຕາມເວລາ.</translation>
    </message>
    <message>
        <source>The first %1 events among %2 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ເຫດການທຳອິດລະຫວ່າງ %2 ເອນທິຕີ; ຊູມດ້ວຍລໍ້, ລາກເພື່ອຍ້າຍ, ຄລິກສອງເທື່ອເພື່ອເບິ່ງທັງໝົດ.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) among %1 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ເຫດການລະຫວ່າງ %1 ເອນທິຕີ; ຊູມດ້ວຍລໍ້, ລາກເພື່ອຍ້າຍ, ຄລິກສອງເທື່ອເພື່ອເບິ່ງທັງໝົດ.</numerusform>
            <numerusform>%n ເຫດການລະຫວ່າງ %1 ເອນທິຕີ; ຊູມດ້ວຍລໍ້, ລາກເພື່ອຍ້າຍ, ຄລິກສອງເທື່ອເພື່ອເບິ່ງທັງໝົດ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສົ່ງອອກ…</translation>
    </message>
    <message>
        <source>Theme lines</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເສັ້ນຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເງິນຕາມເວລາ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຳດັບເວລາ</translation>
    </message>
    <message>
        <source>Case time zone</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຂດເວລາຂອງຄະດີ</translation>
    </message>
    <message>
        <source>Each record&apos;s local time</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາທ້ອງຖິ່ນຂອງແຕ່ລະບັນທຶກ</translation>
    </message>
    <message>
        <source>The clock of the time axis: the case&apos;s zone, or the local time each source recorded</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂມງຂອງແກນເວລາ: ເຂດເວລາຂອງຄະດີ ຫຼື ເວລາທ້ອງຖິ່ນທີ່ແຕ່ລະແຫຼ່ງບັນທຶກ</translation>
    </message>
    <message>
        <source>Follow the selection</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕິດຕາມການເລືອກ</translation>
    </message>
    <message>
        <source>Money over time shows a fixed group; show the selected entities&apos; money again</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເງິນຕາມເວລາກຳລັງສະແດງກຸ່ມຄົງທີ່; ສະແດງເງິນຂອງອົງປະກອບທີ່ເລືອກອີກຄັ້ງ</translation>
    </message>
    <message>
        <source>Print…</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມ…</translation>
    </message>
    <message>
        <source>Print the view shown, with the title block and legend, or preview it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ພິມມຸມມອງທີ່ສະແດງ ພ້ອມຫົວເອກະສານ ແລະ ຄຳອະທິບາຍ ຫຼື ເບິ່ງຕົວຢ່າງ</translation>
    </message>
    <message>
        <source>Write the view shown as PDF, SVG or PNG with the title block</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂຽນມຸມມອງທີ່ສະແດງເປັນ PDF, SVG ຫຼື PNG ພ້ອມຫົວເອກະສານ</translation>
    </message>
    <message numerus="yes">
        <source>%n selected entities together</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>%n ອົງປະກອບທີ່ເລືອກລວມກັນ</numerusform>
            <numerusform>%n ອົງປະກອບທີ່ເລືອກລວມກັນ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::TimelineView</name>
    <message>
        <source>Times in %1 (%2)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາໃນ %1 (%2)</translation>
    </message>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເລືອກເອນທິຕີໃນແຜນຜັງເພື່ອເບິ່ງເຫດການຂອງພວກມັນຕາມເວລາ.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ແລະ ອີກ %n</numerusform>
            <numerusform>ແລະ ອີກ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: from the caller&apos;s or payer&apos;s line, arrow at the other&apos;s</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1: ຈາກເສັ້ນຂອງຜູ້ໂທ ຫຼື ຜູ້ຈ່າຍ, ລູກສອນຢູ່ເສັ້ນຂອງອີກຝ່າຍ</translation>
    </message>
    <message>
        <source>Zoomed out: bars count the events on each line; zoom in to see each event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຊູມອອກ: ແທ່ງນັບເຫດການໃນແຕ່ລະເສັ້ນ; ຊູມເຂົ້າເພື່ອເບິ່ງແຕ່ລະເຫດການ</translation>
    </message>
    <message>
        <source>Times in each record&apos;s own local time, as its source wrote it</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເວລາຕາມເວລາທ້ອງຖິ່ນຂອງແຕ່ລະບັນທຶກ ຕາມທີ່ແຫຼ່ງຂຽນໄວ້</translation>
    </message>
    <message>
        <source>Beside a mark: its time when few are shown, and ×N for N events in the same instant on this scale</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂ້າງເຄື່ອງໝາຍ: ເວລາຂອງມັນເມື່ອສະແດງໜ້ອຍ, ແລະ ×N ສຳລັບ N ເຫດການໃນເວລາດຽວກັນໃນມາດຕາສ່ວນນີ້</translation>
    </message>
</context>
<context>
    <name>sg::UfdrImporter</name>
    <message>
        <source>Models are nested deeper than %1 levels.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂມເດລຊ້ອນກັນເລິກເກີນ %1 ລະດັບ.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຖວ %1</translation>
    </message>
    <message>
        <source>The report names %1 IMEIs (%2); the handset is known by the first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍງານລະບຸ IMEI %1 ໝາຍເລກ (%2); ໃຊ້ໝາຍເລກທຳອິດລະບຸເຄື່ອງ.</translation>
    </message>
    <message>
        <source>project &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂຄງການ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report version %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍງານລຸ້ນ %1</translation>
    </message>
    <message>
        <source>%1 extraction</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການສະກັດແບບ %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອຸປະກອນ %1</translation>
    </message>
    <message>
        <source>Cellebrite report: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍງານ Cellebrite: %1.</translation>
    </message>
    <message>
        <source>no project details</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີລາຍລະອຽດໂຄງການ</translation>
    </message>
    <message>
        <source>Case information in the report: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ມູນຄະດີໃນລາຍງານ: %1.</translation>
    </message>
    <message>
        <source>Handset IMEI %1, own number %2.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMEI ຂອງເຄື່ອງ %1, ເບີຂອງເຈົ້າຂອງ %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້</translation>
    </message>
    <message>
        <source>(untyped)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>(ບໍ່ລະບຸປະເພດ)</translation>
    </message>
    <message>
        <source>no readable time stamp (&quot;%1&quot;)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີເວລາທີ່ອ່ານໄດ້ (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>video call</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການໂທວິດີໂອ</translation>
    </message>
    <message>
        <source>sender unknown</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮູ້ຜູ້ສົ່ງ</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the device had deleted were recovered by the extraction; they are marked deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ການສະກັດໄດ້ກູ້ຄືນ %n ບັນທຶກທີ່ອຸປະກອນລຶບໄປແລ້ວ ແລະໝາຍວ່າລຶບແລ້ວ.</numerusform>
            <numerusform>ການສະກັດໄດ້ກູ້ຄືນ %n ບັນທຶກທີ່ອຸປະກອນລຶບໄປແລ້ວ ແລະໝາຍວ່າລຶບແລ້ວ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are marked deleted in the report.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ມີລາຍຊື່ຕິດຕໍ່ %n ລາຍການຖືກໝາຍວ່າລຶບແລ້ວໃນລາຍງານ.</numerusform>
            <numerusform>ມີລາຍຊື່ຕິດຕໍ່ %n ລາຍການຖືກໝາຍວ່າລຶບແລ້ວໃນລາຍງານ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Models this version does not import: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໂມເດລທີ່ລຸ້ນນີ້ບໍ່ນຳເຂົ້າ: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>Cellebrite UFDR report (.ufdr or report.xml)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍງານ Cellebrite UFDR (.ufdr ຫຼື report.xml)</translation>
    </message>
    <message>
        <source>%1 holds no report.xml; it is not a Cellebrite UFDR.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ມີ report.xml ຈຶ່ງບໍ່ແມ່ນ Cellebrite UFDR.</translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: its root element is &lt;%2&gt;, not &lt;project&gt;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນລາຍງານ Cellebrite: ອົງປະກອບຮາກແມ່ນ &lt;%2&gt; ບໍ່ແມ່ນ &lt;project&gt;.</translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: it has no &lt;project&gt; element.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນລາຍງານ Cellebrite: ບໍ່ມີອົງປະກອບ &lt;project&gt;.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງອ່ານ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that XML does not allow (control characters, raw or as references such as &amp;#x1;) were removed from the report.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ໄດ້ລຶບຕົວອັກສອນທີ່ XML ບໍ່ອະນຸຍາດ %n ຕົວອອກຈາກລາຍງານ (ຕົວອັກສອນຄວບຄຸມ ແບບດິບ ຫຼື ແບບອ້າງອີງ ເຊັ່ນ &amp;#x1;).</numerusform>
            <numerusform>ໄດ້ລຶບຕົວອັກສອນທີ່ XML ບໍ່ອະນຸຍາດ %n ຕົວອອກຈາກລາຍງານ (ຕົວອັກສອນຄວບຄຸມ ແບບດິບ ຫຼື ແບບອ້າງອີງ ເຊັ່ນ &amp;#x1;).</numerusform>
        </translation>
    </message>
    <message>
        <source>The report holds no contacts, calls or messages.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍງານບໍ່ມີລາຍຊື່ຕິດຕໍ່, ການໂທ ຫຼື ຂໍ້ຄວາມ.</translation>
    </message>
</context>
<context>
    <name>sg::UserGuide</name>
    <message>
        <source>Seagull user guide</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄູ່ມືຜູ້ໃຊ້ Seagull</translation>
    </message>
    <message>
        <source>This chapter is not translated yet; it is shown in English.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບົດນີ້ຍັງບໍ່ທັນແປ; ສະແດງເປັນພາສາອັງກິດ.</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidContactsImporter</name>
    <message>
        <source>WhatsApp for Android contacts (wa.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍຊື່ WhatsApp ເທິງ Android (wa.db)</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidMessagesImporter</name>
    <message>
        <source>WhatsApp for Android messages (msgstore.db)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ຄວາມ WhatsApp ເທິງ Android (msgstore.db)</translation>
    </message>
    <message>
        <source>Read with the current WhatsApp schema (message, jid, chat).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານດ້ວຍໂຄງສ້າງ WhatsApp ປັດຈຸບັນ (message, jid, chat).</translation>
    </message>
    <message>
        <source>Read with the legacy WhatsApp schema (messages).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານດ້ວຍໂຄງສ້າງ WhatsApp ລຸ້ນເກົ່າ (messages).</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosCallsImporter</name>
    <message>
        <source>WhatsApp for iOS calls (CallHistory.sqlite)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການໂທ WhatsApp ເທິງ iOS (CallHistory.sqlite)</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosChatImporter</name>
    <message>
        <source>WhatsApp for iOS chats (ChatStorage.sqlite)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຊັດ WhatsApp ເທິງ iOS (ChatStorage.sqlite)</translation>
    </message>
    <message>
        <source>The owner&apos;s WhatsApp account is %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນຊີ WhatsApp ຂອງເຈົ້າຂອງແມ່ນ %1.</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosContactsImporter</name>
    <message>
        <source>WhatsApp for iOS contacts (ContactsV2.sqlite)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍຊື່ WhatsApp ເທິງ iOS (ContactsV2.sqlite)</translation>
    </message>
</context>
<context>
    <name>sg::XmlFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານ %1 ບໍ່ໄດ້: %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຖວ %1, ຖັນ %2</translation>
    </message>
    <message>
        <source>the document ends at line %1 before it is complete (the file is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອກະສານຈົບທີ່ແຖວ %1 ກ່ອນຄົບຖ້ວນ (ໄຟລ໌ຖືກຕັດ)</translation>
    </message>
    <message>
        <source>%1 is refused: it declares a DTD, which can expand entities without limit; forensic reports never need one.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະຕິເສດ %1: ມີການປະກາດ DTD ເຊິ່ງຂະຫຍາຍເອັນທິຕີໄດ້ບໍ່ຈຳກັດ; ລາຍງານນິຕິວິທະຍາສາດບໍ່ເຄີຍຕ້ອງການ.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຖວ %1</translation>
    </message>
    <message>
        <source>it refers to the undeclared entity &quot;%1&quot;</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ້າງເຖິງເອັນທິຕີທີ່ບໍ່ໄດ້ປະກາດ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the document ends inside an element</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເອກະສານຈົບພາຍໃນອົງປະກອບ</translation>
    </message>
    <message>
        <source>%1 cannot be read: one element near line %2 holds more than %3 MB; the document is damaged or not a report.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້: ອົງປະກອບໜຶ່ງໃກ້ແຖວ %2 ມີຂະໜາດເກີນ %3 MB; ເອກະສານເສຍຫາຍ ຫຼື ບໍ່ແມ່ນລາຍງານ.</translation>
    </message>
</context>
<context>
    <name>sg::XryImporter</name>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>%1 is not an XRY text export: it does not begin with &quot;XRY Export&quot;.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນໄຟລ໌ສົ່ງອອກຂໍ້ຄວາມ XRY: ບໍ່ໄດ້ເລີ່ມດ້ວຍ &quot;XRY Export&quot;.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ແຖວ %1</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ຫວ່າງເປົ່າ.</translation>
    </message>
    <message>
        <source>Record %1 of %2 is larger than %3 MB.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກ %1 ຂອງ %2 ໃຫຍ່ກວ່າ %3 MB.</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກ %1: %2</translation>
    </message>
    <message>
        <source>the call has no time; the number is kept without an event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການໂທບໍ່ມີເວລາ; ເກັບເບີໄວ້ໂດຍບໍ່ສ້າງເຫດການ</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; cannot be read</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານເວລາ &quot;%1&quot; ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the message has no time; its numbers are kept without an event</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ຄວາມບໍ່ມີເວລາ; ເກັບເບີໄວ້ໂດຍບໍ່ສ້າງເຫດການ</translation>
    </message>
    <message>
        <source>The handset&apos;s IMEI is %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>IMEI ຂອງເຄື່ອງແມ່ນ %1.</translation>
    </message>
    <message numerus="yes">
        <source>A multi-part message (reference %1) is incomplete; its %n part(s) are imported separately.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ຂໍ້ຄວາມຫຼາຍພາກ (ອ້າງອີງ %1) ບໍ່ຄົບ; %n ພາກຖືກນຳເຂົ້າແຍກກັນ.</numerusform>
            <numerusform>ຂໍ້ຄວາມຫຼາຍພາກ (ອ້າງອີງ %1) ບໍ່ຄົບ; %n ພາກຖືກນຳເຂົ້າແຍກກັນ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are marked deleted.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>
            <numerusform>ມີ %n ບັນທຶກຖືກໝາຍວ່າລຶບແລ້ວ.</numerusform>
            <numerusform>ມີ %n ບັນທຶກຖືກໝາຍວ່າລຶບແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 record(s) of the XRY category &quot;%2&quot; are not imported by this version.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລຸ້ນນີ້ບໍ່ນຳເຂົ້າ %1 ບັນທຶກຂອງໝວດ XRY &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>XRY text export (calls, messages, contacts, device)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ສົ່ງອອກຂໍ້ຄວາມ XRY (ການໂທ, ຂໍ້ຄວາມ, ລາຍຊື່, ອຸປະກອນ)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ກຳລັງອ່ານ %1</translation>
    </message>
    <message>
        <source>XRY export: %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການສົ່ງອອກ XRY: %1.</translation>
    </message>
    <message>
        <source>Dates read as %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານວັນທີເປັນ %1.</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເດືອນ/ວັນ/ປີ</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ວັນ/ເດືອນ/ປີ</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປີ-ເດືອນ-ວັນ</translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ບໍ່ມີບັນທຶກ.</translation>
    </message>
</context>
<context>
    <name>sg::ZipArchive</name>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ບໍ່ແມ່ນໄຟລ໌ zip ທີ່ອ່ານໄດ້.</translation>
    </message>
    <message>
        <source>the file is too short</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄຟລ໌ສັ້ນເກີນໄປ</translation>
    </message>
    <message>
        <source>no end of central directory record (the archive is truncated or not a zip)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີບັນທຶກທ້າຍໄດເຣັກທໍຣີກາງ (ໄຟລ໌ຖືກຕັດ ຫຼື ບໍ່ແມ່ນ zip)</translation>
    </message>
    <message>
        <source>%1 is a multi-part zip archive; join the parts first.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>%1 ເປັນໄຟລ໌ zip ຫຼາຍພາກ, ໃຫ້ລວມພາກຕ່າງໆກ່ອນ.</translation>
    </message>
    <message>
        <source>the ZIP64 locator is missing</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ມີຕົວລະບຸຕຳແໜ່ງ ZIP64</translation>
    </message>
    <message>
        <source>the ZIP64 end record lies outside the file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກທ້າຍ ZIP64 ຢູ່ນອກໄຟລ໌</translation>
    </message>
    <message>
        <source>the ZIP64 end record is damaged</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບັນທຶກທ້າຍ ZIP64 ເສຍຫາຍ</translation>
    </message>
    <message>
        <source>the central directory lies outside the file (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄດເຣັກທໍຣີກາງຢູ່ນອກໄຟລ໌ (ໄຟລ໌ບີບອັດຖືກຕັດ)</translation>
    </message>
    <message>
        <source>the central directory is larger than %1 MB</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ໄດເຣັກທໍຣີກາງໃຫຍ່ກວ່າ %1 MB</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການໄດເຣັກທໍຣີກາງທີ %1 ເສຍຫາຍ</translation>
    </message>
    <message>
        <source>%1 is refused: it holds a member whose name points outside the archive (&quot;%2&quot;).</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະຕິເສດ %1: ມີລາຍການທີ່ຊື່ຊີ້ອອກນອກໄຟລ໌ບີບອັດ (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>absolute names and &quot;..&quot; are never written by forensic tools</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ເຄື່ອງມືນິຕິວິທະຍາສາດບໍ່ເຄີຍຂຽນຊື່ແບບເສັ້ນທາງເຕັມ ຫຼື &quot;..&quot;</translation>
    </message>
    <message>
        <source>%1 is refused: member &quot;%2&quot; would expand from %3 to %4 bytes.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ປະຕິເສດ %1: ລາຍການ &quot;%2&quot; ຈະຂະຫຍາຍຈາກ %3 ເປັນ %4 ໄບຕ໌.</translation>
    </message>
    <message>
        <source>an expansion over %1 times is a zip bomb, not evidence</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ການຂະຫຍາຍເກີນ %1 ເທົ່າແມ່ນ zip bomb ບໍ່ແມ່ນຫຼັກຖານ</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; lies outside the file (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ລາຍການ &quot;%1&quot; ຢູ່ນອກໄຟລ໌ (ໄຟລ໌ບີບອັດຖືກຕັດ)</translation>
    </message>
</context>
<context>
    <name>sg::ZipEntryReader</name>
    <message>
        <source>Member &quot;%1&quot; of %2 cannot be read.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ອ່ານລາຍການ &quot;%1&quot; ໃນ %2 ບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຖືກເຂົ້າລະຫັດ</translation>
    </message>
    <message>
        <source>compression method %1 is not supported (only stored and deflated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ຮອງຮັບວິທີບີບອັດ %1 (ສະເພາະ stored ແລະ deflated)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ບໍ່ສາມາດອ່ານ %1 ໄດ້.</translation>
    </message>
    <message>
        <source>its local header lies outside the file</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສ່ວນຫົວພາຍໃນຢູ່ນອກໄຟລ໌</translation>
    </message>
    <message>
        <source>its local header is damaged</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ສ່ວນຫົວພາຍໃນເສຍຫາຍ</translation>
    </message>
    <message>
        <source>its data lies outside the file (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ມູນຢູ່ນອກໄຟລ໌ (ໄຟລ໌ບີບອັດຖືກຕັດ)</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຕົວຄາຍການບີບອັດເລີ່ມບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>the data ends early (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ມູນຈົບກ່ອນກຳນົດ (ໄຟລ໌ບີບອັດຖືກຕັດ)</translation>
    </message>
    <message>
        <source>the compressed data ends early (the archive is truncated)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ມູນບີບອັດຈົບກ່ອນກຳນົດ (ໄຟລ໌ບີບອັດຖືກຕັດ)</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂໍ້ມູນບີບອັດເສຍຫາຍ (%1)</translation>
    </message>
    <message>
        <source>it expands beyond the %1 bytes the archive declares (a zip bomb or a damaged archive)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຂະຫຍາຍເກີນ %1 ໄບຕ໌ທີ່ໄຟລ໌ບີບອັດລະບຸ (zip bomb ຫຼື ໄຟລ໌ເສຍຫາຍ)</translation>
    </message>
    <message>
        <source>it holds %1 bytes where the archive declares %2</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ມີ %1 ໄບຕ໌ ແຕ່ໄຟລ໌ບີບອັດລະບຸ %2</translation>
    </message>
    <message>
        <source>its checksum does not match (the data is damaged)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>ຄ່າກວດສອບບໍ່ກົງກັນ (ຂໍ້ມູນເສຍຫາຍ)</translation>
    </message>
</context>
<context>
    <name>sg::timetext</name>
    <message>
        <source>, years B.E. (Buddhist era = C.E. + 543)</source>
        <translatorcomment>Needs review by a native speaker.</translatorcomment>
        <translation>; ປີເປັນ ພ.ສ. (ພຸດທະສັກກະຣາດ = ຄ.ສ. + 543)</translation>
    </message>
</context>
</TS>
