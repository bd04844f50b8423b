<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>main</name>
    <message>
        <source>Seagull link-analysis workstation</source>
        <translation>สถานีงานวิเคราะห์เครือข่าย Seagull</translation>
    </message>
    <message>
        <source>Case file to open.</source>
        <translation>ไฟล์คดีที่จะเปิด</translation>
    </message>
    <message>
        <source>Entity to put on an empty chart and expand.</source>
        <translation>เอนทิตีที่จะวางบนแผนภาพว่างและขยาย</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>บันทึกภาพหน้าต่างเป็นไฟล์ PNG นี้แล้วออก</translation>
    </message>
</context>
<context>
    <name>sg::ActivityPanel</name>
    <message>
        <source>Selected entities</source>
        <translation>เอนทิตีที่เลือก</translation>
    </message>
    <message>
        <source>Entities on this chart</source>
        <translation>เอนทิตีในแผนภาพนี้</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>ทั้งคดี</translation>
    </message>
    <message>
        <source>No events in this scope.</source>
        <translation>ไม่มีเหตุการณ์ในขอบเขตนี้</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2, in the local time of each record.</source>
        <translation>
            <numerusform>%n เหตุการณ์ ตั้งแต่ %1 ถึง %2 ตามเวลาท้องถิ่นของแต่ละบันทึก</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>Write the activity as PDF, SVG or PNG with the title block</source>
        <translation>เขียนกิจกรรมเป็น PDF, SVG หรือ PNG พร้อมกรอบหัวเรื่อง</translation>
    </message>
    <message>
        <source>Darker: more events in that hour of that weekday, in the local time of each record</source>
        <translation>สีเข้มกว่า: มีเหตุการณ์มากกว่าในชั่วโมงนั้นของวันนั้น ตามเวลาท้องถิ่นของแต่ละบันทึก</translation>
    </message>
    <message>
        <source>Bars: events per day</source>
        <translation>แท่ง: เหตุการณ์ต่อวัน</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Print the activity, with the title block and legend, or preview it</source>
        <translation>พิมพ์กิจกรรมพร้อมหัวเรื่องและคำอธิบายสัญลักษณ์ หรือดูตัวอย่างก่อนพิมพ์</translation>
    </message>
</context>
<context>
    <name>sg::Analysis</name>
    <message numerus="yes">
        <source>Betweenness of %n entities</source>
        <translation>
            <numerusform>ค่าความเป็นตัวกลางของ %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closeness of %n entities</source>
        <translation>
            <numerusform>ค่าความใกล้ชิดของ %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Eigenvector centrality of %n entities</source>
        <translation>
            <numerusform>ค่าศูนย์กลางไอเกนเวกเตอร์ของ %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PageRank of %n entities</source>
        <translation>
            <numerusform>PageRank ของ %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Communities of %n entities</source>
        <translation>
            <numerusform>ชุมชนของ %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>ผู้ใช้สั่งหยุดแล้ว</translation>
    </message>
    <message>
        <source>Common contacts: an entity given is not in the graph analysed.</source>
        <translation>ผู้ติดต่อร่วม: เอนทิตีที่ระบุไม่อยู่ในกราฟที่วิเคราะห์</translation>
    </message>
</context>
<context>
    <name>sg::AnalysisPanel</name>
    <message>
        <source>Analyse</source>
        <translation>วิเคราะห์</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>ตัววัด</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>การนับ</translation>
    </message>
    <message>
        <source>Money transfers only</source>
        <translation>เฉพาะการโอนเงิน</translation>
    </message>
    <message>
        <source>The entities on this chart</source>
        <translation>เอนทิตีบนแผนภูมินี้</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>ทั้งคดี</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>ทั้งสองทาง</translation>
    </message>
    <message>
        <source>Coming in</source>
        <translation>ขาเข้า</translation>
    </message>
    <message>
        <source>Going out</source>
        <translation>ขาออก</translation>
    </message>
    <message>
        <source>In minus out</source>
        <translation>เข้าลบออก</translation>
    </message>
    <message>
        <source>Most connected: linked entities</source>
        <translation>เชื่อมโยงมากที่สุด: จำนวนเอนทิตีที่เชื่อม</translation>
    </message>
    <message>
        <source>Most connected: events</source>
        <translation>เชื่อมโยงมากที่สุด: จำนวนเหตุการณ์</translation>
    </message>
    <message>
        <source>Most connected: amount moved</source>
        <translation>เชื่อมโยงมากที่สุด: จำนวนเงินที่เคลื่อนไหว</translation>
    </message>
    <message>
        <source>Betweenness (who lies between the others)</source>
        <translation>ความเป็นตัวกลาง (ใครอยู่ระหว่างคนอื่น)</translation>
    </message>
    <message>
        <source>Closeness (who reaches everyone quickly)</source>
        <translation>ความใกล้ชิด (ใครเข้าถึงทุกคนได้เร็ว)</translation>
    </message>
    <message>
        <source>Eigenvector (linked to the well linked)</source>
        <translation>ไอเกนเวกเตอร์ (เชื่อมกับผู้ที่เชื่อมโยงมาก)</translation>
    </message>
    <message>
        <source>PageRank (where the calls and money flow to)</source>
        <translation>PageRank (สายและเงินไหลไปที่ใด)</translation>
    </message>
    <message>
        <source>Separate networks</source>
        <translation>เครือข่ายที่แยกกัน</translation>
    </message>
    <message>
        <source>Communities (Louvain)</source>
        <translation>ชุมชน (Louvain)</translation>
    </message>
    <message>
        <source>k-core (the densely linked core)</source>
        <translation>k-core (แกนกลางที่เชื่อมโยงหนาแน่น)</translation>
    </message>
    <message>
        <source>Cut points (remove one and the network splits)</source>
        <translation>จุดตัด (เอาออกหนึ่งจุดแล้วเครือข่ายแยก)</translation>
    </message>
    <message>
        <source>Common contacts of the selected entities</source>
        <translation>ผู้ติดต่อร่วมของเอนทิตีที่เลือก</translation>
    </message>
    <message>
        <source>Shortest path between two selected entities</source>
        <translation>เส้นทางที่สั้นที่สุดระหว่างเอนทิตีที่เลือกสองรายการ</translation>
    </message>
    <message>
        <source>Five shortest paths between two selected entities</source>
        <translation>ห้าเส้นทางที่สั้นที่สุดระหว่างเอนทิตีที่เลือกสองรายการ</translation>
    </message>
    <message>
        <source>Journey in time between two selected entities</source>
        <translation>เส้นทางตามลำดับเวลาระหว่างเอนทิตีที่เลือกสองรายการ</translation>
    </message>
    <message>
        <source>Network connecting the selected entities</source>
        <translation>เครือข่ายที่เชื่อมเอนทิตีที่เลือก</translation>
    </message>
    <message>
        <source>Pass-through mules (money forwarded within the window)</source>
        <translation>บัญชีม้าส่งต่อ (เงินที่ส่งต่อภายในช่วงเวลา)</translation>
    </message>
    <message>
        <source>Fan-in (many counterparts paying or calling one, within the window)</source>
        <translation>แฟนอิน (หลายฝ่ายโอนหรือโทรหาหนึ่งราย ภายในช่วงเวลา)</translation>
    </message>
    <message>
        <source>Fan-out (one paying or calling many, within the window)</source>
        <translation>แฟนเอาต์ (หนึ่งรายโอนหรือโทรหาหลายฝ่าย ภายในช่วงเวลา)</translation>
    </message>
    <message>
        <source>Devices used with several numbers (SIM boxes)</source>
        <translation>อุปกรณ์ที่ใช้กับหลายหมายเลข (ซิมบ็อกซ์)</translation>
    </message>
    <message>
        <source>Den membership hints for the selected member</source>
        <translation>เบาะแสสมาชิกแก๊งของสมาชิกที่เลือก</translation>
    </message>
    <message>
        <source>Follow the money paid by the selected entity</source>
        <translation>ติดตามเงินที่เอนทิตีที่เลือกจ่ายออกไป</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>เรียกใช้</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
    <message>
        <source>Add to chart</source>
        <translation>เพิ่มลงในแผนภูมิ</translation>
    </message>
    <message>
        <source>Size by</source>
        <translation>ปรับขนาดตาม</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>ระบายสีตาม</translation>
    </message>
    <message>
        <source>Select every listed entity that is on the chart.</source>
        <translation>เลือกเอนทิตีที่แสดงรายการทั้งหมดที่อยู่บนแผนภูมิ</translation>
    </message>
    <message>
        <source>Add the selected rows (or all) to the chart.</source>
        <translation>เพิ่มแถวที่เลือก (หรือทั้งหมด) ลงในแผนภูมิ</translation>
    </message>
    <message>
        <source>Draw the chart&apos;s entities larger the higher their value (undoable).</source>
        <translation>วาดเอนทิตีบนแผนภูมิให้ใหญ่ขึ้นตามค่าที่สูงขึ้น (เลิกทำได้)</translation>
    </message>
    <message>
        <source>Colour the chart&apos;s entities by their value or group (undoable).</source>
        <translation>ระบายสีเอนทิตีบนแผนภูมิตามค่าหรือกลุ่ม (เลิกทำได้)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>เอนทิตี</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Longest wait between steps (hours, 0: any)</source>
        <translation>ระยะรอสูงสุดระหว่างขั้น (ชั่วโมง, 0: ไม่จำกัด)</translation>
    </message>
    <message>
        <source>Time window in hours (0: 72 for mules, 24 for fans, a week for a trace)</source>
        <translation>ช่วงเวลาเป็นชั่วโมง (0: 72 สำหรับบัญชีม้า, 24 สำหรับแฟน, หนึ่งสัปดาห์สำหรับการติดตามเงิน)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>การวิเคราะห์</translation>
    </message>
    <message>
        <source>Select exactly two entities on the chart first.</source>
        <translation>โปรดเลือกเอนทิตีสองรายการบนแผนภูมิก่อน</translation>
    </message>
    <message>
        <source>Select one entity on the chart first.</source>
        <translation>โปรดเลือกเอนทิตีหนึ่งรายการบนแผนภูมิก่อน</translation>
    </message>
    <message>
        <source>Select at least two entities on the chart first.</source>
        <translation>โปรดเลือกเอนทิตีอย่างน้อยสองรายการบนแผนภูมิก่อน</translation>
    </message>
    <message numerus="yes">
        <source>%n communities</source>
        <translation>
            <numerusform>%n ชุมชน</numerusform>
        </translation>
    </message>
    <message>
        <source>modularity %1</source>
        <translation>ค่ามอดูลาริตี %1</translation>
    </message>
    <message numerus="yes">
        <source>%n separate networks</source>
        <translation>
            <numerusform>%n เครือข่ายที่แยกกัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in %1.</source>
        <translation>จำนวนเงินเป็น %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entities connect the selection</source>
        <translation>
            <numerusform>%n เอนทิตีเชื่อมส่วนที่เลือก</numerusform>
        </translation>
    </message>
    <message>
        <source>path %1, step %2</source>
        <translation>เส้นทาง %1 ขั้นที่ %2</translation>
    </message>
    <message>
        <source>No path between the two entities.</source>
        <translation>ไม่มีเส้นทางระหว่างเอนทิตีทั้งสอง</translation>
    </message>
    <message numerus="yes">
        <source>%n hops</source>
        <translation>
            <numerusform>%n ขั้น</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n listed)</source>
        <translation>
            <numerusform>(แสดง %n รายการ)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of %2, median hold %3 h</source>
        <translation>%1% ของ %2, ถือไว้มัธยฐาน %3 ชม.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts forward most of what they receive</source>
        <translation>
            <numerusform>%n บัญชีส่งต่อเงินส่วนใหญ่ที่ได้รับ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ตั้งแต่ %2</translation>
    </message>
    <message numerus="yes">
        <source>within %n hours</source>
        <translation>
            <numerusform>ภายใน %n ชั่วโมง</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (devices %2, contacts %3, places %4)</source>
        <translation>%1 (อุปกรณ์ %2, ผู้ติดต่อ %3, สถานที่ %4)</translation>
    </message>
    <message>
        <source>hints only: check the evidence before concluding</source>
        <translation>เป็นเพียงเบาะแส: ตรวจสอบหลักฐานก่อนสรุป</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>ผู้จ่าย</translation>
    </message>
    <message>
        <source>No transfers paid by this entity.</source>
        <translation>เอนทิตีนี้ไม่มีการโอนจ่ายออก</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts reached</source>
        <translation>
            <numerusform>เงินไปถึง %n บัญชี</numerusform>
        </translation>
    </message>
    <message>
        <source>Size by %1</source>
        <translation>ปรับขนาดตาม %1</translation>
    </message>
    <message>
        <source>Colour by %1</source>
        <translation>ระบายสีตาม %1</translation>
    </message>
    <message>
        <source>Devices in the evidence of several sources (seized phones, operators)</source>
        <translation>อุปกรณ์ที่อยู่ในหลักฐานจากหลายแหล่ง (โทรศัพท์ที่ยึด, ผู้ให้บริการ)</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translation>เงินตามช่วงเวลา</translation>
    </message>
    <message>
        <source>Money in and out of the accounts listed (the selected rows, or all but the trace&apos;s start) taken as one, with the running balance</source>
        <translation>เงินเข้าและออกของบัญชีที่แสดง (แถวที่เลือก หรือทั้งหมดยกเว้นจุดเริ่มการติดตาม) รวมเป็นหนึ่งเดียว พร้อมยอดคงเหลือสะสม</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) reached from %1</source>
        <translation>
            <numerusform>%n บัญชีที่เงินจาก %1 ไปถึง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) together</source>
        <translation>
            <numerusform>%n บัญชีรวมกัน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidCallLogImporter</name>
    <message>
        <source>Android call log (calllog.db)</source>
        <translation>บันทึกการโทร Android (calllog.db)</translation>
    </message>
</context>
<context>
    <name>sg::AndroidContactsImporter</name>
    <message>
        <source>Android contacts (contacts2.db)</source>
        <translation>รายชื่อติดต่อ Android (contacts2.db)</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts had been deleted on the device; they are imported all the same.</source>
        <translation>
            <numerusform>ผู้ติดต่อ %n รายถูกลบในเครื่องแล้ว แต่ยังคงนำเข้า</numerusform>
        </translation>
    </message>
    <message>
        <source>The call log kept in this database was imported too.</source>
        <translation>นำเข้าบันทึกการโทรที่เก็บในฐานข้อมูลนี้ด้วยแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) from %1 of the contact book.</source>
        <translation>
            <numerusform>ผู้ติดต่อ %n รายจาก %1 ในสมุดโทรศัพท์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidMessagesImporter</name>
    <message>
        <source>Android messages (mmssms.db)</source>
        <translation>ข้อความ Android (mmssms.db)</translation>
    </message>
    <message>
        <source>The owner&apos;s number %1 is taken from the messages the device sent.</source>
        <translation>หมายเลขของเจ้าของ %1 ได้จากข้อความที่เครื่องส่งออก</translation>
    </message>
</context>
<context>
    <name>sg::AnxImporter</name>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translation>%1 ไม่ใช่ XML ที่ถูกต้อง (บรรทัด %2 คอลัมน์ %3): %4</translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (ANX)</source>
        <translation>แผนภาพ i2 Analyst&apos;s Notebook (ANX)</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>ไม่สามารถเปิด %1: %2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>กำลังอ่าน %1</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>การนำเข้า %1 ถูกยกเลิก</translation>
    </message>
    <message>
        <source>%1 is not an i2 chart: it has no &lt;Chart&gt; element.</source>
        <translation>%1 ไม่ใช่แผนภาพ i2: ไม่มีองค์ประกอบ &lt;Chart&gt;</translation>
    </message>
    <message>
        <source>chart item %1 has neither an identity nor a label</source>
        <translation>รายการ %1 ไม่มีทั้งตัวระบุและป้ายชื่อ</translation>
    </message>
    <message>
        <source>link %1 joins an item that is not in the chart (%2, %3)</source>
        <translation>ลิงก์ %1 เชื่อมกับรายการที่ไม่มีในแผนภาพ (%2, %3)</translation>
    </message>
    <message>
        <source>link %1 has an unreadable date &quot;%2&quot;</source>
        <translation>ลิงก์ %1 มีวันที่ที่อ่านไม่ได้ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>link %1 has an unreadable amount &quot;%2&quot;</source>
        <translation>ลิงก์ %1 มีจำนวนเงินที่อ่านไม่ได้ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 events and %2 declared links read from the chart.</source>
        <translation>อ่านเหตุการณ์ %1 รายการและลิงก์ที่ประกาศ %2 รายการจากแผนภาพ</translation>
    </message>
    <message>
        <source>The chart&apos;s times are UTC.</source>
        <translation>เวลาในแผนภาพเป็น UTC</translation>
    </message>
</context>
<context>
    <name>sg::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>sg::BundleImporter</name>
    <message>
        <source>Seagull case bundle</source>
        <translation>ชุดข้อมูลคดี Seagull</translation>
    </message>
    <message>
        <source>%1 is not a readable bundle: %2 at byte %3</source>
        <translation>%1 ไม่ใช่ชุดข้อมูลที่อ่านได้: %2 ที่ไบต์ %3</translation>
    </message>
    <message>
        <source>%1 is not a Seagull bundle of a version this Seagull reads.</source>
        <translation>%1 ไม่ใช่ชุดข้อมูล Seagull รุ่นที่ Seagull นี้อ่านได้</translation>
    </message>
    <message>
        <source>%1 was changed or damaged after it was made: its content does not match the SHA-256 it carries.</source>
        <translation>%1 ถูกแก้ไขหรือเสียหายหลังจากสร้าง: เนื้อหาไม่ตรงกับ SHA-256 ที่แนบมา</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>คาดว่า %1 แต่พบ %2</translation>
    </message>
    <message>
        <source>Bundle made %1 by %2 (%3) for case %4 %5.</source>
        <translation>ชุดข้อมูลสร้างเมื่อ %1 โดย %2 (%3) สำหรับคดี %4 %5</translation>
    </message>
    <message>
        <source>agency not named</source>
        <translation>ไม่ระบุหน่วยงาน</translation>
    </message>
    <message>
        <source>Bundle content SHA-256 %1 (checked).</source>
        <translation>SHA-256 ของเนื้อหาชุดข้อมูล %1 (ตรวจสอบแล้ว)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>หมายเหตุ: %1</translation>
    </message>
    <message>
        <source>Original source: %1 (%2, imported %3 by %4, SHA-256 %5)</source>
        <translation>แหล่งที่มาเดิม: %1 (%2 นำเข้าเมื่อ %3 โดย %4, SHA-256 %5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>entity %1 has no known type or no key</source>
        <translation>เอนทิตี %1 ไม่มีชนิดที่รู้จักหรือไม่มีคีย์</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>การนำเข้า %1 ถูกยกเลิก</translation>
    </message>
    <message>
        <source>event %1 names an unknown type or entity</source>
        <translation>เหตุการณ์ %1 ระบุชนิดหรือเอนทิตีที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>event %1 has an unreadable amount</source>
        <translation>เหตุการณ์ %1 มีจำนวนเงินที่อ่านไม่ได้</translation>
    </message>
    <message>
        <source>a declared link names an unknown kind or entity</source>
        <translation>ลิงก์ที่ประกาศระบุชนิดหรือเอนทิตีที่ไม่รู้จัก</translation>
    </message>
</context>
<context>
    <name>sg::CaseEditing</name>
    <message>
        <source>&amp;New entity…</source>
        <translation>เอนทิตีใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a person, den, organisation, vehicle, document, number or account the case does not have</source>
        <translation>เพิ่มบุคคล แหล่ง องค์กร ยานพาหนะ เอกสาร หมายเลข หรือบัญชีที่ยังไม่มีในคดี</translation>
    </message>
    <message>
        <source>&amp;Edit entity…</source>
        <translation>แก้ไขเอนทิตี(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete from the case…</source>
        <translation>ลบออกจากคดี(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Link the two selected…</source>
        <translation>เชื่อมโยงสองรายการที่เลือก(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Merge the selected…</source>
        <translation>รวมรายการที่เลือก(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Split the last merge</source>
        <translation>แยกการรวมครั้งล่าสุด(&amp;S)</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>ค้นหารายการซ้ำ(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>แท็ก(&amp;T)…</translation>
    </message>
    <message>
        <source>Note on the entity…</source>
        <translation>บันทึกของเอนทิตี…</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <source>Add to a &amp;den…</source>
        <translation>เพิ่มเข้าแหล่ง(&amp;D)…</translation>
    </message>
    <message>
        <source>Tie the selected people, phones, devices and accounts to a den (compound)</source>
        <translation>ผูกบุคคล โทรศัพท์ อุปกรณ์ และบัญชีที่เลือกเข้ากับแหล่ง (คอมปาวด์)</translation>
    </message>
    <message>
        <source>Den page…</source>
        <translation>หน้าแหล่ง…</translation>
    </message>
    <message>
        <source>Select by tag</source>
        <translation>เลือกตามแท็ก</translation>
    </message>
    <message>
        <source>New entity here</source>
        <translation>สร้างเอนทิตีใหม่ที่นี่</translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translation>ไม่มีเอนทิตี %1 ในคดี</translation>
    </message>
    <message>
        <source>Case data</source>
        <translation>ข้อมูลคดี</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1ใหม่</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case</source>
        <translation>
            <numerusform>ลบ %n เอนทิตีออกจากคดี</numerusform>
        </translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>ลิงก์: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entities</source>
        <translation>
            <numerusform>รวม %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was merged into this entity.</source>
        <translation>ไม่มีสิ่งใดถูกรวมเข้ากับเอนทิตีนี้</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>แยก</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot;</source>
        <translation>แท็ก &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add to den</source>
        <translation>เพิ่มเข้าแหล่ง</translation>
    </message>
    <message>
        <source>Delete from the case</source>
        <translation>ลบออกจากคดี</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case?</source>
        <translation>
            <numerusform>ลบ %n เอนทิตีออกจากคดีหรือไม่?</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave search, expansion, analysis and every chart. The %1 events they take part in stay in the case (evidence is never removed), and %2 links are hidden with them. Edit → Undo brings them back.</source>
        <translation>จะหายไปจากการค้นหา การขยาย การวิเคราะห์ และทุกแผนภาพ เหตุการณ์ %1 รายการที่เกี่ยวข้องยังคงอยู่ในคดี (หลักฐานไม่ถูกลบ) และลิงก์ %2 รายการจะถูกซ่อนไปด้วย แก้ไข → เลิกทำ เพื่อนำกลับมา</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>รายการที่อาจซ้ำ</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>เอนทิตี</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates. Nothing is merged unless you merge it, with a reason.</source>
        <translation>
            <numerusform>%n รายการที่อาจซ้ำ จะไม่มีการรวมใดๆ เว้นแต่คุณรวมเองพร้อมเหตุผล</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>รวม…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>แท็ก</translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %n selected entities:</source>
        <translation>
            <numerusform>แท็กสำหรับ %n เอนทิตีที่เลือก:</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the entity</source>
        <translation>บันทึกของเอนทิตี</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <source>Photographs and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>ภาพถ่ายและภาพสแกน (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>A new den…</source>
        <translation>แหล่งใหม่…</translation>
    </message>
    <message>
        <source>Add to a den</source>
        <translation>เพิ่มเข้าแหล่ง</translation>
    </message>
    <message numerus="yes">
        <source>The den (compound) for the %n selected entities:</source>
        <translation>
            <numerusform>แหล่ง (คอมปาวด์) สำหรับ %n เอนทิตีที่เลือก:</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>ยังไม่มีแท็ก</translation>
    </message>
    <message>
        <source>&amp;Case notes…</source>
        <translation>บันทึกของคดี(&amp;C)…</translation>
    </message>
    <message>
        <source>Notes on the whole case, with who wrote them and when</source>
        <translation>บันทึกเกี่ยวกับทั้งคดี พร้อมผู้เขียนและเวลา</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>บันทึกของคดี</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No case notes yet.</source>
        <translation>ยังไม่มีบันทึกของคดี</translation>
    </message>
    <message>
        <source>A new note on the case</source>
        <translation>บันทึกใหม่ของคดี</translation>
    </message>
    <message>
        <source>Merging entities</source>
        <translation>กำลังรวมเอนทิตี</translation>
    </message>
    <message>
        <source>Splitting the merge</source>
        <translation>กำลังแยกการรวม</translation>
    </message>
    <message>
        <source>The merge into %1 is no longer in force; nothing was split.</source>
        <translation>การรวมเข้ากับ %1 ไม่มีผลแล้ว ไม่ได้แยกสิ่งใด</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>กำลังค้นหารายการซ้ำ</translation>
    </message>
</context>
<context>
    <name>sg::CaseEditor</name>
    <message>
        <source>The case is open for reading only here.</source>
        <translation>คดีนี้เปิดแบบอ่านอย่างเดียวที่นี่</translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translation>ไม่มีเอนทิตี %1 ในคดี</translation>
    </message>
    <message>
        <source>The analyst&apos;s entry could not be recorded in the case.</source>
        <translation>ไม่สามารถบันทึกข้อมูลที่นักวิเคราะห์ป้อนลงในคดีได้</translation>
    </message>
    <message>
        <source>The search index could not be updated.</source>
        <translation>ไม่สามารถปรับปรุงดัชนีการค้นหาได้</translation>
    </message>
    <message>
        <source>The links could not be rebuilt.</source>
        <translation>ไม่สามารถสร้างลิงก์ใหม่ได้</translation>
    </message>
    <message>
        <source>A %1 needs its number or identifier.</source>
        <translation>%1 ต้องมีหมายเลขหรือตัวระบุ</translation>
    </message>
    <message>
        <source>Give the %1 a name.</source>
        <translation>ตั้งชื่อให้ %1</translation>
    </message>
    <message>
        <source>The number %1 does not validate for region %2; it is kept as entered.</source>
        <translation>หมายเลข %1 ไม่ผ่านการตรวจสอบสำหรับภูมิภาค %2 จึงเก็บไว้ตามที่ป้อน</translation>
    </message>
    <message>
        <source>The IMEI %1 is not 15 digits with a correct check digit; it is kept as entered.</source>
        <translation>IMEI %1 ไม่ใช่ตัวเลข 15 หลักที่มีเลขตรวจสอบถูกต้อง จึงเก็บไว้ตามที่ป้อน</translation>
    </message>
    <message>
        <source>The date %1 (%2) is in the future.</source>
        <translation>วันที่ %1 (%2) อยู่ในอนาคต</translation>
    </message>
    <message>
        <source>%1 is already in the case; what was entered is added to it.</source>
        <translation>%1 มีอยู่ในคดีแล้ว ข้อมูลที่ป้อนจะถูกเพิ่มเข้าไป</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>ไม่สามารถอ่านไฟล์คดีได้</translation>
    </message>
    <message>
        <source>The entity could not be stored.</source>
        <translation>ไม่สามารถจัดเก็บเอนทิตีได้</translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translation>ไม่สามารถจัดเก็บชื่ออื่นได้</translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translation>บันทึกคุณสมบัติไม่ได้</translation>
    </message>
    <message>
        <source>The name could not be changed.</source>
        <translation>ไม่สามารถเปลี่ยนชื่อได้</translation>
    </message>
    <message>
        <source>The attribute needs a name.</source>
        <translation>คุณสมบัติต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The attribute could not be changed.</source>
        <translation>ไม่สามารถเปลี่ยนคุณสมบัติได้</translation>
    </message>
    <message>
        <source>Links of events come from the events; state a kind of link.</source>
        <translation>ลิงก์ของเหตุการณ์มาจากเหตุการณ์เอง โปรดระบุประเภทลิงก์</translation>
    </message>
    <message>
        <source>A link needs two different entities.</source>
        <translation>ลิงก์ต้องมีเอนทิตีสองรายการที่ต่างกัน</translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; link that one.</source>
        <translation>เอนทิตี %1 ถูกรวมเข้ากับ %2 แล้ว โปรดเชื่อมโยงกับรายการนั้น</translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round (%1 after %2).</source>
        <translation>วันที่ของลิงก์กลับด้าน (%1 อยู่หลัง %2)</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>วันที่ %1 อยู่ในอนาคต</translation>
    </message>
    <message>
        <source>The link could not be stored.</source>
        <translation>ไม่สามารถจัดเก็บลิงก์ได้</translation>
    </message>
    <message>
        <source>%1 is not a location: a den is a place.</source>
        <translation>%1 ไม่ใช่สถานที่ แหล่งต้องเป็นสถานที่</translation>
    </message>
    <message>
        <source>Link %1 has no statement by the analyst to take back.</source>
        <translation>ลิงก์ %1 ไม่มีข้อความของนักวิเคราะห์ให้ถอนคืน</translation>
    </message>
    <message>
        <source>The link could not be taken back.</source>
        <translation>ไม่สามารถถอนลิงก์คืนได้</translation>
    </message>
    <message>
        <source>Entity %1 is deleted already.</source>
        <translation>เอนทิตี %1 ถูกลบไปแล้ว</translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; split the merge instead.</source>
        <translation>เอนทิตี %1 ถูกรวมเข้ากับ %2 แล้ว โปรดแยกการรวมแทน</translation>
    </message>
    <message>
        <source>The entity could not be deleted.</source>
        <translation>ไม่สามารถลบเอนทิตีได้</translation>
    </message>
    <message>
        <source>Entity %1 is not deleted.</source>
        <translation>เอนทิตี %1 ไม่ได้ถูกลบ</translation>
    </message>
    <message>
        <source>The entity could not be restored.</source>
        <translation>ไม่สามารถกู้คืนเอนทิตีได้</translation>
    </message>
    <message>
        <source>A merge needs a reason.</source>
        <translation>การรวมต้องมีเหตุผล</translation>
    </message>
    <message>
        <source>Name the entities to merge into %1.</source>
        <translation>ระบุเอนทิตีที่จะรวมเข้ากับ %1</translation>
    </message>
    <message>
        <source>Entity %1 cannot be merged into itself.</source>
        <translation>เอนทิตี %1 ไม่สามารถรวมเข้ากับตัวเองได้</translation>
    </message>
    <message>
        <source>%1 is a %2 and %3 a %4: only entities of one type can be merged.</source>
        <translation>%1 เป็น%2 และ %3 เป็น%4 รวมได้เฉพาะเอนทิตีประเภทเดียวกัน</translation>
    </message>
    <message>
        <source>Entity %1 is deleted; restore it before merging.</source>
        <translation>เอนทิตี %1 ถูกลบแล้ว โปรดกู้คืนก่อนรวม</translation>
    </message>
    <message>
        <source>Entity %1 is already merged into %2.</source>
        <translation>เอนทิตี %1 ถูกรวมเข้ากับ %2 แล้ว</translation>
    </message>
    <message>
        <source>The merge could not be written.</source>
        <translation>ไม่สามารถบันทึกการรวมได้</translation>
    </message>
    <message>
        <source>There is no merge %1 in the case.</source>
        <translation>ไม่มีการรวม %1 ในคดี</translation>
    </message>
    <message>
        <source>Merge %1 was already split.</source>
        <translation>การรวม %1 ถูกแยกไปแล้ว</translation>
    </message>
    <message>
        <source>Entity %1 had a later merge (%2); split that first.</source>
        <translation>เอนทิตี %1 มีการรวมครั้งหลัง (%2) โปรดแยกอันนั้นก่อน</translation>
    </message>
    <message>
        <source>The split could not be written.</source>
        <translation>ไม่สามารถบันทึกการแยกได้</translation>
    </message>
    <message>
        <source>The number %1, kept as written, has the same digits as %2.</source>
        <translation>หมายเลข %1 ที่เก็บตามที่เขียนไว้ มีตัวเลขเหมือน %2</translation>
    </message>
    <message>
        <source>IMEIs with the same first 14 digits (%1).</source>
        <translation>IMEI ที่มีตัวเลข 14 หลักแรกเหมือนกัน (%1)</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>แท็กต้องมีชื่อ</translation>
    </message>
    <message>
        <source>The colour %1 is not of the form #rrggbb.</source>
        <translation>สี %1 ไม่อยู่ในรูปแบบ #rrggbb</translation>
    </message>
    <message>
        <source>The tag could not be stored.</source>
        <translation>ไม่สามารถจัดเก็บแท็กได้</translation>
    </message>
    <message>
        <source>The tag could not be removed.</source>
        <translation>ไม่สามารถนำแท็กออกได้</translation>
    </message>
    <message>
        <source>The note could not be stored.</source>
        <translation>ไม่สามารถจัดเก็บบันทึกได้</translation>
    </message>
    <message>
        <source>There is no note %1 in the case.</source>
        <translation>ไม่มีบันทึก %1 ในคดี</translation>
    </message>
    <message>
        <source>The note could not be changed.</source>
        <translation>ไม่สามารถเปลี่ยนบันทึกได้</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ไม่สามารถอ่านไฟล์ %1 ได้</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; attachments are kept inside the case.</source>
        <translation>ไฟล์ %1 ใหญ่กว่า %2 MB ไฟล์แนบจะถูกเก็บไว้ภายในคดี</translation>
    </message>
    <message>
        <source>The attachment could not be stored.</source>
        <translation>ไม่สามารถจัดเก็บไฟล์แนบได้</translation>
    </message>
    <message>
        <source>There is no attachment %1 in the case.</source>
        <translation>ไม่มีไฟล์แนบ %1 ในคดี</translation>
    </message>
    <message>
        <source>Attachment %1 no longer matches its SHA-256.</source>
        <translation>ไฟล์แนบ %1 ไม่ตรงกับ SHA-256 อีกต่อไป</translation>
    </message>
    <message>
        <source>Names that read alike (%1): %2.</source>
        <translation>ชื่อที่อ่านออกเสียงเหมือนกัน (%1): %2</translation>
    </message>
    <message>
        <source>The same first and last names (%1): %2.</source>
        <translation>ชื่อต้นและชื่อท้ายเหมือนกัน (%1): %2</translation>
    </message>
    <message>
        <source>Names that sound alike in different spellings: %1.</source>
        <translation>ชื่อที่ออกเสียงคล้ายกันแต่สะกดต่างกัน: %1</translation>
    </message>
    <message>
        <source>A name or identifier can have at most %1 characters.</source>
        <translation>ชื่อหรือตัวระบุมีได้ไม่เกิน %1 อักขระ</translation>
    </message>
    <message>
        <source>The merge was stopped; the case is as it was.</source>
        <translation>การรวมถูกหยุด คดียังคงเหมือนเดิม</translation>
    </message>
    <message>
        <source>The split was stopped; the case is as it was.</source>
        <translation>การแยกถูกหยุด คดียังคงเหมือนเดิม</translation>
    </message>
    <message>
        <source>The search for duplicates was stopped.</source>
        <translation>การค้นหารายการซ้ำถูกหยุด</translation>
    </message>
</context>
<context>
    <name>sg::CaseStore</name>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>มีไฟล์ชื่อ %1 อยู่แล้ว โปรดเลือกชื่ออื่น</translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translation>ไม่มีไฟล์คดี %1</translation>
    </message>
    <message>
        <source>%1 is not a Seagull case file.</source>
        <translation>%1 ไม่ใช่ไฟล์คดีของ Seagull</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seagull; update Seagull to open it.</source>
        <translation>%1 ถูกเขียนโดย Seagull รุ่นใหม่กว่า โปรดอัปเดต Seagull เพื่อเปิด</translation>
    </message>
    <message>
        <source>%1 must be upgraded before it can be opened read-only.</source>
        <translation>%1 ต้องอัปเกรดก่อนจึงจะเปิดแบบอ่านอย่างเดียวได้</translation>
    </message>
    <message>
        <source>The case file could not be upgraded to version %1.</source>
        <translation>ไม่สามารถอัปเกรดไฟล์คดีเป็นรุ่น %1 ได้</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>ไม่สามารถอ่านไฟล์คดีได้</translation>
    </message>
    <message>
        <source>The case properties could not be saved.</source>
        <translation>ไม่สามารถบันทึกคุณสมบัติของคดีได้</translation>
    </message>
    <message>
        <source>The case is open read-only.</source>
        <translation>คดีเปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>No entity %1 in this case.</source>
        <translation>ไม่มีเอนทิตี %1 ในคดีนี้</translation>
    </message>
    <message>
        <source>The search could not be run.</source>
        <translation>ไม่สามารถค้นหาได้</translation>
    </message>
    <message>
        <source>The neighbours could not be read.</source>
        <translation>ไม่สามารถอ่านเอนทิตีข้างเคียงได้</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>ไม่สามารถบันทึกแผนภาพได้</translation>
    </message>
    <message>
        <source>The chart %1 does not exist in this case.</source>
        <translation>ไม่มีแผนภาพ %1 ในคดีนี้</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>ไม่สามารถอ่านบันทึกการตรวจสอบได้</translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translation>ไม่สามารถเขียนบันทึกการตรวจสอบได้</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: entries were removed or reordered.</source>
        <translation>รายการตรวจสอบ %1 ไม่ต่อเนื่องกับรายการก่อนหน้า: มีรายการถูกลบหรือสลับลำดับ</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>รายการตรวจสอบ %1 ถูกแก้ไขหลังจากเขียนแล้ว</translation>
    </message>
    <message>
        <source>Checking the case file</source>
        <translation>กำลังตรวจสอบไฟล์คดี</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>การตรวจสอบความสมบูรณ์ของ SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation>ไม่สามารถตรวจสอบความสมบูรณ์ของ SQLite ได้: %1</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>ผู้ใช้สั่งหยุดแล้ว</translation>
    </message>
    <message>
        <source>Source %1 (%2) is not available at %3; its hash was not checked.</source>
        <translation>แหล่งข้อมูล %1 (%2) ไม่อยู่ที่ %3 จึงไม่ได้ตรวจสอบค่าแฮช</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translation>กำลังคำนวณแฮชของ %1</translation>
    </message>
    <message>
        <source>Source %1 (%2) could not be read: %3</source>
        <translation>ไม่สามารถอ่านแหล่งข้อมูล %1 (%2) ได้: %3</translation>
    </message>
    <message>
        <source>Source %1 (%2) has changed since import: SHA-256 %3, recorded %4.</source>
        <translation>แหล่งข้อมูล %1 (%2) เปลี่ยนไปหลังนำเข้า: SHA-256 %3 บันทึกไว้ %4</translation>
    </message>
    <message>
        <source>Source %1 (%2): SHA-256 matches.</source>
        <translation>แหล่งข้อมูล %1 (%2): SHA-256 ตรงกัน</translation>
    </message>
    <message>
        <source>Cannot open the case file %1.</source>
        <translation>ไม่สามารถเปิดไฟล์คดี %1 ได้</translation>
    </message>
    <message>
        <source>The case file could not be updated.</source>
        <translation>ไม่สามารถปรับปรุงไฟล์คดีได้</translation>
    </message>
    <message>
        <source>A mapping needs a name to be saved.</source>
        <translation>ต้องตั้งชื่อการจับคู่ก่อนบันทึก</translation>
    </message>
    <message>
        <source>The mapping could not be saved.</source>
        <translation>บันทึกการจับคู่ไม่ได้</translation>
    </message>
    <message>
        <source>The owners could not be read.</source>
        <translation>ไม่สามารถอ่านเจ้าของได้</translation>
    </message>
    <message>
        <source>The chart could not be renamed.</source>
        <translation>ไม่สามารถเปลี่ยนชื่อแผนภาพได้</translation>
    </message>
    <message>
        <source>The chart could not be deleted.</source>
        <translation>ไม่สามารถลบแผนภาพได้</translation>
    </message>
    <message>
        <source>Reading entities</source>
        <translation>กำลังอ่านเอนทิตี</translation>
    </message>
    <message>
        <source>Reading links</source>
        <translation>กำลังอ่านการเชื่อมโยง</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translation>กำลังอ่านเหตุการณ์</translation>
    </message>
    <message>
        <source>%1 cannot be read where it is: its folder cannot be written and it has unsaved changes in %1-wal. Copy both files to a writable folder and open the copy.</source>
        <translation>ไม่สามารถอ่าน %1 ในตำแหน่งเดิมได้: โฟลเดอร์เขียนไม่ได้และมีการเปลี่ยนแปลงที่ยังไม่รวมใน %1-wal คัดลอกทั้งสองไฟล์ไปยังโฟลเดอร์ที่เขียนได้แล้วเปิดสำเนา</translation>
    </message>
    <message>
        <source>%1 was written by an older Seagull and must be upgraded, but it cannot be written here. Copy it to a writable folder and open the copy.</source>
        <translation>%1 เขียนโดย Seagull รุ่นเก่าและต้องอัปเกรด แต่เขียนในตำแหน่งนี้ไม่ได้ คัดลอกไปยังโฟลเดอร์ที่เขียนได้แล้วเปิดสำเนา</translation>
    </message>
    <message>
        <source>The case holds the %1 &quot;%2&quot;, which Seagull never makes; a case file carries no executable content.</source>
        <translation>คดีมี %1 &quot;%2&quot; ซึ่ง Seagull ไม่เคยสร้าง ไฟล์คดีต้องไม่มีเนื้อหาที่เรียกทำงานได้</translation>
    </message>
    <message>
        <source>The guard &quot;%1&quot; that keeps the audit log from being changed is missing.</source>
        <translation>ตัวป้องกัน &quot;%1&quot; ที่กันไม่ให้บันทึกการตรวจสอบถูกแก้ไขหายไป</translation>
    </message>
    <message>
        <source>The case file %1 cannot be written: it is read-only, or on a read-only disk or folder. Nothing was changed.</source>
        <translation>ไม่สามารถเขียนไฟล์คดี %1 ได้: ไฟล์เป็นแบบอ่านอย่างเดียว หรืออยู่บนดิสก์หรือโฟลเดอร์ที่อ่านได้อย่างเดียว ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed: make room and try again.</source>
        <translation>ดิสก์ที่เก็บ %1 เต็ม ไม่มีการเปลี่ยนแปลงใด ๆ: เพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk may be full, the file too large for it, or the disk failing. Nothing was changed.</source>
        <translation>ไม่สามารถเขียน %1 ได้: ดิสก์อาจเต็ม ไฟล์ใหญ่เกินไปสำหรับดิสก์ หรือดิสก์เสีย ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the events is missing: every record is there, but expanding and reading them would be slow.</source>
        <translation>ดัชนี &quot;%1&quot; ของเหตุการณ์หายไป: ระเบียนทุกรายการยังอยู่ครบ แต่การขยายและการอ่านจะช้า</translation>
    </message>
    <message>
        <source>Row %1 of the table &quot;%2&quot; refers to a row of &quot;%3&quot; that is not in the case.</source>
        <translation>แถว %1 ของตาราง &quot;%2&quot; อ้างถึงแถวของ &quot;%3&quot; ที่ไม่มีอยู่ในคดี</translation>
    </message>
    <message>
        <source>SQLite foreign-key check could not run: %1</source>
        <translation>ไม่สามารถเรียกใช้การตรวจสอบคีย์นอกของ SQLite: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) refer to rows that are not in the case.</source>
        <translation>
            <numerusform>อีก %n แถวอ้างถึงแถวที่ไม่มีอยู่ในคดี</numerusform>
        </translation>
    </message>
    <message>
        <source>rows written: %1 of %2</source>
        <translation>แถวที่เขียนแล้ว: %1 จาก %2</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the links is missing: every link is there, but expanding would be slow.</source>
        <translation>ดัชนี &quot;%1&quot; ของลิงก์หายไป: ลิงก์ทุกรายการยังอยู่ครบ แต่การขยายจะช้า</translation>
    </message>
    <message>
        <source>The events could not be read.</source>
        <translation>ไม่สามารถอ่านเหตุการณ์ได้</translation>
    </message>
</context>
<context>
    <name>sg::CdrCsvImporter</name>
    <message>
        <source>it is not a text file (it contains binary data)</source>
        <translation>ไม่ใช่ไฟล์ข้อความ (มีข้อมูลไบนารี)</translation>
    </message>
    <message>
        <source>Call records (CSV)</source>
        <translation>บันทึกการโทร (CSV)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>ไม่สามารถนำเข้า %1 ได้: %2</translation>
    </message>
    <message>
        <source>%1 has no recognisable call-record columns: it needs the two parties (such as &quot;Calling Number&quot; and &quot;Called Number&quot;, or &quot;MSISDN&quot; and &quot;Other Party&quot;) and a date.</source>
        <translation>%1 ไม่มีคอลัมน์บันทึกการโทรที่รู้จัก: ต้องมีคู่สายทั้งสอง (เช่น &quot;Calling Number&quot; และ &quot;Called Number&quot; หรือ &quot;MSISDN&quot; และ &quot;Other Party&quot;) และวันที่</translation>
    </message>
    <message>
        <source>no header row found in the first %1 lines</source>
        <translation>ไม่พบแถวหัวตารางใน %1 บรรทัดแรก</translation>
    </message>
    <message>
        <source>best header row: %1</source>
        <translation>แถวหัวตารางที่ใกล้เคียงที่สุด: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>ไม่สามารถอ่าน %1 ได้</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>ไม่รู้จักเขตเวลา &quot;%1&quot;</translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translation>ใช้ชื่อ IANA เช่น Asia/Phnom_Penh</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>คอลัมน์: %1</translation>
    </message>
    <message>
        <source>The file has dates without times; events are placed at midnight.</source>
        <translation>ไฟล์มีวันที่แต่ไม่มีเวลา เหตุการณ์จึงถูกกำหนดเป็นเที่ยงคืน</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>กำลังอ่าน %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>ควรมี %1 ช่อง แต่พบ %2 ช่อง</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ช่องที่มีเครื่องหมายคำพูดไม่ได้ปิด</translation>
    </message>
    <message>
        <source>the %1 number is empty</source>
        <translation>หมายเลข %1 ว่าง</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translation>อ่านวันที่ &quot;%1&quot; ไม่ได้</translation>
    </message>
    <message>
        <source>cannot read the time &quot;%1&quot;</source>
        <translation>ไม่สามารถอ่านเวลา &quot;%1&quot; ได้</translation>
    </message>
    <message>
        <source>cannot read the duration &quot;%1&quot;</source>
        <translation>ไม่สามารถอ่านระยะเวลา &quot;%1&quot; ได้</translation>
    </message>
    <message>
        <source>the file has a header but no records</source>
        <translation>ไฟล์มีหัวตารางแต่ไม่มีระเบียน</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>บรรทัด %1: %2</translation>
    </message>
    <message>
        <source>No record of %1 could be read.</source>
        <translation>ไม่สามารถอ่านระเบียนใดใน %1 ได้</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>ไม่รู้จักการเข้ารหัสข้อความ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>known encodings: %1</source>
        <translation>การเข้ารหัสที่รู้จัก: %1</translation>
    </message>
    <message>
        <source>Read with the mapping &quot;%1&quot;.</source>
        <translation>อ่านด้วยการจับคู่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No date says whether the day or the month comes first; they are read as day/month/year. If that is wrong, import the file with a call-record mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translation>ไม่มีวันที่ใดบอกได้ว่าวันหรือเดือนมาก่อน จึงอ่านเป็น วัน/เดือน/ปี หากไม่ถูกต้อง ให้นำเข้าไฟล์ด้วยการจับคู่บันทึกการโทรที่มี &quot;time&quot; เป็น &quot;mdy&quot;</translation>
    </message>
</context>
<context>
    <name>sg::CellSiteImporter</name>
    <message>
        <source>Cell-site tables (CSV, XLSX)</source>
        <translation>ตารางเซลล์ไซต์ (CSV, XLSX)</translation>
    </message>
    <message>
        <source>%1: cell sites, the cell known by its column &quot;%2&quot;.</source>
        <translation>%1: เซลล์ไซต์ ระบุเซลล์ด้วยคอลัมน์ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>กำลังอ่าน %1</translation>
    </message>
    <message>
        <source>no cell id</source>
        <translation>ไม่มีรหัสเซลล์</translation>
    </message>
    <message>
        <source>cell %1 has no coordinates</source>
        <translation>เซลล์ %1 ไม่มีพิกัด</translation>
    </message>
    <message>
        <source>cell %1: the coordinates &quot;%2, %3&quot; are not a place on Earth</source>
        <translation>เซลล์ %1: พิกัด &quot;%2, %3&quot; ไม่ใช่ตำแหน่งบนโลก</translation>
    </message>
    <message>
        <source>%1 has no cell-site table (a cell id with latitude and longitude).</source>
        <translation>%1 ไม่มีตารางเซลล์ไซต์ (รหัสเซลล์พร้อมละติจูดและลองจิจูด)</translation>
    </message>
    <message>
        <source>No cell site of %1 could be read.</source>
        <translation>ไม่มีเซลล์ไซต์ใดใน %1 ที่อ่านได้</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>บรรทัด %1: %2</translation>
    </message>
</context>
<context>
    <name>sg::ChartDocument</name>
    <message>
        <source>Remove %1</source>
        <translation>นำ %1 ออก</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entities</source>
        <translation>
            <numerusform>นำเอนทิตี %n รายการออก</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout (%1)</source>
        <translation>จัดวาง (%1)</translation>
    </message>
    <message>
        <source>The saved chart cannot be read.</source>
        <translation>ไม่สามารถอ่านแผนภาพที่บันทึกไว้ได้</translation>
    </message>
    <message>
        <source>The chart was saved by a newer version of Seagull.</source>
        <translation>แผนภาพนี้บันทึกโดย Seagull รุ่นใหม่กว่า</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>ย้าย %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pin %n entities</source>
        <translation>
            <numerusform>ปักหมุด %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n entities</source>
        <translation>
            <numerusform>เลิกปักหมุด %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n entities</source>
        <translation>
            <numerusform>ซ่อน %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n entities</source>
        <translation>
            <numerusform>แสดง %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the colour of %n entities</source>
        <translation>
            <numerusform>กำหนดสีของ %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the icon of %n entities</source>
        <translation>
            <numerusform>กำหนดไอคอนของ %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %n entities as &quot;%1&quot;</source>
        <translation>
            <numerusform>จัด %n เอนทิตีเป็นกลุ่ม &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Ungroup &quot;%1&quot;</source>
        <translation>ยกเลิกกลุ่ม &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Collapse &quot;%1&quot;</source>
        <translation>ยุบ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Expand group &quot;%1&quot;</source>
        <translation>ขยายกลุ่ม &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename group to &quot;%1&quot;</source>
        <translation>เปลี่ยนชื่อกลุ่มเป็น &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>เพิ่มบันทึก</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>แก้ไขบันทึก</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>ลบบันทึก</translation>
    </message>
    <message>
        <source>Show one link per pair</source>
        <translation>แสดงเส้นเชื่อมหนึ่งเส้นต่อคู่</translation>
    </message>
    <message>
        <source>Show one link per direction</source>
        <translation>แสดงเส้นเชื่อมหนึ่งเส้นต่อทิศทาง</translation>
    </message>
    <message>
        <source>Show one link per event</source>
        <translation>แสดงเส้นเชื่อมหนึ่งเส้นต่อเหตุการณ์</translation>
    </message>
    <message>
        <source>Draw links at a fixed width</source>
        <translation>วาดเส้นเชื่อมด้วยความกว้างคงที่</translation>
    </message>
    <message>
        <source>Draw link widths by count</source>
        <translation>วาดความกว้างเส้นเชื่อมตามจำนวนครั้ง</translation>
    </message>
    <message>
        <source>Draw link widths by amount</source>
        <translation>วาดความกว้างเส้นเชื่อมตามจำนวนเงิน</translation>
    </message>
    <message>
        <source>Show replaced entities again</source>
        <translation>แสดงเอนทิตีที่ถูกแทนที่อีกครั้ง</translation>
    </message>
</context>
<context>
    <name>sg::ChartExpander</name>
    <message>
        <source>No entity %1 in this case.</source>
        <translation>ไม่มีเอนทิตี %1 ในคดีนี้</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>เพิ่ม %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n entities</source>
        <translation>
            <numerusform>เพิ่มเอนทิตี %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>ขยาย %1</translation>
    </message>
    <message numerus="yes">
        <source>Expand %n entities</source>
        <translation>
            <numerusform>ขยายเอนทิตี %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show owners instead of %n entities</source>
        <translation>
            <numerusform>แสดงเจ้าของแทน %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the parties of %n events</source>
        <translation>
            <numerusform>เพิ่มผู้เกี่ยวข้องของ %n เหตุการณ์</numerusform>
        </translation>
    </message>
    <message>
        <source>The expansion was stopped; the chart is as it was.</source>
        <translation>การขยายถูกหยุด แผนภูมิยังคงเหมือนเดิม</translation>
    </message>
    <message>
        <source>Adding to the chart was stopped; the chart is as it was.</source>
        <translation>หยุดการเพิ่มลงในแผนภูมิแล้ว แผนภูมิยังคงเหมือนเดิม</translation>
    </message>
</context>
<context>
    <name>sg::ChartLegend</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Collapsed group: double-click to open</source>
        <translation>กลุ่มที่ยุบ: ดับเบิลคลิกเพื่อเปิด</translation>
    </message>
    <message>
        <source>Group box: drag its frame to move it</source>
        <translation>กรอบกลุ่ม: ลากขอบเพื่อย้าย</translation>
    </message>
    <message>
        <source>%1: events between the two, arrow towards the receiver; the label counts them</source>
        <translation>%1: เหตุการณ์ระหว่างทั้งสอง ลูกศรชี้ไปยังผู้รับ ป้ายแสดงจำนวน</translation>
    </message>
    <message>
        <source>Hub: more neighbours in the case than the chart&apos;s hub limit (%1)</source>
        <translation>ศูนย์กลาง: มีเพื่อนบ้านในคดีมากกว่าขีดจำกัดศูนย์กลางของแผนภาพ (%1)</translation>
    </message>
    <message>
        <source>+N: neighbours not yet on the chart; double-click to add the next ones</source>
        <translation>+N: เพื่อนบ้านที่ยังไม่อยู่ในแผนภาพ ดับเบิลคลิกเพื่อเพิ่มชุดถัดไป</translation>
    </message>
    <message>
        <source>Pin: layouts keep the entity where it is</source>
        <translation>หมุด: การจัดวางจะคงเอนทิตีไว้ที่เดิม</translation>
    </message>
    <message>
        <source>Coloured ring: a colour chosen by the analyst</source>
        <translation>วงแหวนสี: สีที่ผู้วิเคราะห์เลือก</translation>
    </message>
    <message>
        <source>Phones and accounts are shown as their owners</source>
        <translation>โทรศัพท์และบัญชีแสดงเป็นเจ้าของ</translation>
    </message>
    <message>
        <source>%1: declared link (stated by a source or the analyst)</source>
        <translation>%1: ลิงก์ที่ประกาศ (ระบุโดยแหล่งข้อมูลหรือนักวิเคราะห์)</translation>
    </message>
    <message>
        <source>Probable: dashed</source>
        <translation>น่าจะใช่: เส้นประ</translation>
    </message>
    <message>
        <source>Possible: dotted</source>
        <translation>อาจเป็นไปได้: เส้นจุด</translation>
    </message>
</context>
<context>
    <name>sg::ChartPrinter</name>
    <message>
        <source>The output could not be opened for printing.</source>
        <translation>ไม่สามารถเปิดปลายทางเพื่อพิมพ์ได้</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>แผนภาพความเชื่อมโยง</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>คดี %1: %2</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translation>พิมพ์เมื่อ %1 (%2)</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>ผู้ตรวจพิสูจน์: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>คำอธิบายสัญลักษณ์:</translation>
    </message>
    <message>
        <source>The chart is empty.</source>
        <translation>แผนภาพว่างเปล่า</translation>
    </message>
    <message>
        <source>Reading the events behind the links</source>
        <translation>กำลังอ่านเหตุการณ์เบื้องหลังลิงก์</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>การพิมพ์ถูกยกเลิก</translation>
    </message>
    <message>
        <source>Entered by the analyst (no file)</source>
        <translation>ป้อนโดยนักวิเคราะห์ (ไม่มีไฟล์)</translation>
    </message>
    <message>
        <source>SHA-256 %1 · %2 bytes</source>
        <translation>SHA-256 %1 · %2 ไบต์</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 events</source>
        <translation>%1: %2 รายการแรกจาก %3 เหตุการณ์</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n เหตุการณ์</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translation>รูปแบบ / ตัวนำเข้า</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>นำเข้าเมื่อ</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>ผู้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translation>ระยะเวลา / จำนวนเงิน</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>บันทึกต้นทาง</translation>
    </message>
    <message>
        <source>%1: charts are written as .pdf, .svg or .png files.</source>
        <translation>%1: แผนภาพเขียนเป็นไฟล์ .pdf, .svg หรือ .png</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>วัตถุพยาน %1</translation>
    </message>
    <message>
        <source>The PDF for %1 could not be completed (unexpected document structure).</source>
        <translation>ไม่สามารถสร้าง PDF สำหรับ %1 ให้เสร็จได้ (โครงสร้างเอกสารไม่คาดคิด)</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>ไม่สามารถเขียน PDF ไปยัง %1: %2</translation>
    </message>
    <message>
        <source>The output could not take page %1.</source>
        <translation>ผลลัพธ์ไม่สามารถรับหน้า %1</translation>
    </message>
    <message>
        <source>Printed by Seagull %1</source>
        <translation>พิมพ์โดย Seagull %1</translation>
    </message>
    <message>
        <source>The SVG could not be written to %1.</source>
        <translation>ไม่สามารถเขียน SVG ไปยัง %1</translation>
    </message>
    <message>
        <source>The PNG could not be written to %1.</source>
        <translation>ไม่สามารถเขียน PNG ไปยัง %1</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>ไม่สามารถเขียน %1</translation>
    </message>
    <message>
        <source>Tile %1%2 of %3 × %4 (columns × rows)</source>
        <translation>แผ่น %1%2 จาก %3 × %4 (คอลัมน์ × แถว)</translation>
    </message>
    <message>
        <source>Appendix: the sources behind this chart</source>
        <translation>ภาคผนวก: แหล่งที่มาเบื้องหลังแผนภาพนี้</translation>
    </message>
    <message>
        <source>Appendix: the events behind each link</source>
        <translation>ภาคผนวก: เหตุการณ์เบื้องหลังแต่ละลิงก์</translation>
    </message>
    <message>
        <source>No source stands behind the entities on this chart.</source>
        <translation>ไม่มีแหล่งที่มาเบื้องหลังเอนทิตีในแผนภาพนี้</translation>
    </message>
    <message>
        <source>No link on this chart has events.</source>
        <translation>ไม่มีลิงก์ในแผนภาพนี้ที่มีเหตุการณ์</translation>
    </message>
    <message>
        <source>%1, continued: events %2–%3 of %4</source>
        <translation>%1 (ต่อ): เหตุการณ์ที่ %2–%3 จาก %4</translation>
    </message>
</context>
<context>
    <name>sg::ChartRecovery</name>
    <message>
        <source>The folder for unsaved charts %1 cannot be made.</source>
        <translation>ไม่สามารถสร้างโฟลเดอร์สำหรับแผนภาพที่ยังไม่บันทึก %1 ได้</translation>
    </message>
    <message>
        <source>The chart&apos;s unsaved changes could not be kept in %1.</source>
        <translation>ไม่สามารถเก็บการเปลี่ยนแปลงที่ยังไม่บันทึกของแผนภาพไว้ใน %1 ได้</translation>
    </message>
</context>
<context>
    <name>sg::ChartStyle</name>
    <message>
        <source>%1 s</source>
        <translation>%1 วินาที</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 นาที</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <source>owns</source>
        <translation>เป็นเจ้าของ</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>ใช้</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n events</source>
        <translation>
            <numerusform>%1 → %2: %n เหตุการณ์</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration: %1</source>
        <translation>ระยะเวลารวม: %1</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation>ประเภท: %1</translation>
    </message>
    <message>
        <source>Total moved: %1</source>
        <translation>ยอดโอนรวม: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n เอนทิตี</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Cli</name>
    <message>
        <source>see seagull-cli --help</source>
        <translation>ดู seagull-cli --help</translation>
    </message>
    <message>
        <source>seagull-cli: %1</source>
        <translation>seagull-cli: %1</translation>
    </message>
    <message>
        <source>Usage: seagull-cli COMMAND [options] [--json]</source>
        <translation>วิธีใช้: seagull-cli คำสั่ง [ตัวเลือก] [--json]</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>พิมพ์ออบเจกต์ JSON หนึ่งรายการ</translation>
    </message>
    <message>
        <source>Case name.</source>
        <translation>ชื่อคดี</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation>เลขคดี</translation>
    </message>
    <message>
        <source>Region (ISO country code) for numbers without a country code.</source>
        <translation>ภูมิภาค (รหัสประเทศ ISO) สำหรับหมายเลขที่ไม่มีรหัสประเทศ</translation>
    </message>
    <message>
        <source>IANA time zone of local times.</source>
        <translation>เขตเวลา IANA ของเวลาท้องถิ่น</translation>
    </message>
    <message>
        <source>Examiner&apos;s name.</source>
        <translation>ชื่อผู้ตรวจพิสูจน์</translation>
    </message>
    <message>
        <source>Import format.</source>
        <translation>รูปแบบการนำเข้า</translation>
    </message>
    <message>
        <source>Most results, or new neighbours per entity.</source>
        <translation>จำนวนผลลัพธ์สูงสุด หรือเอนทิตีข้างเคียงใหม่ต่อเอนทิตี</translation>
    </message>
    <message>
        <source>How many steps out to expand.</source>
        <translation>จำนวนขั้นที่จะขยายออกไป</translation>
    </message>
    <message>
        <source>Entity types to keep, comma-separated.</source>
        <translation>ประเภทเอนทิตีที่จะเก็บไว้ คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <source>Only events from this date or time.</source>
        <translation>เฉพาะเหตุการณ์ตั้งแต่วันที่หรือเวลานี้</translation>
    </message>
    <message>
        <source>Only events up to this date or time.</source>
        <translation>เฉพาะเหตุการณ์จนถึงวันที่หรือเวลานี้</translation>
    </message>
    <message>
        <source>Only links with at least this many events.</source>
        <translation>เฉพาะความเชื่อมโยงที่มีเหตุการณ์อย่างน้อยเท่านี้</translation>
    </message>
    <message>
        <source>Entity to start the chart from (repeatable).</source>
        <translation>เอนทิตีเริ่มต้นของแผนภาพ (ระบุซ้ำได้)</translation>
    </message>
    <message>
        <source>Saved chart to print (id).</source>
        <translation>แผนภาพที่บันทึกไว้ที่จะพิมพ์ (รหัส)</translation>
    </message>
    <message>
        <source>Layout engine.</source>
        <translation>เครื่องมือจัดวาง</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>ไฟล์ผลลัพธ์</translation>
    </message>
    <message>
        <source>Paper size.</source>
        <translation>ขนาดกระดาษ</translation>
    </message>
    <message>
        <source>Chart title.</source>
        <translation>ชื่อแผนภาพ</translation>
    </message>
    <message>
        <source>Portrait orientation.</source>
        <translation>แนวตั้ง</translation>
    </message>
    <message>
        <source>the option --%1 does not apply to %2</source>
        <translation>ตัวเลือก --%1 ใช้กับ %2 ไม่ได้</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>ไม่รู้จักคำสั่ง &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read the date &quot;%1&quot;.</source>
        <translation>ไม่สามารถอ่านวันที่ &quot;%1&quot; ได้</translation>
    </message>
    <message>
        <source>use YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
        <translation>ใช้ YYYY-MM-DD หรือ YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>create needs exactly one case file</source>
        <translation>create ต้องการไฟล์คดีหนึ่งไฟล์พอดี</translation>
    </message>
    <message>
        <source>create needs --name</source>
        <translation>create ต้องการ --name</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>ไม่รู้จักเขตเวลา &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Created case &quot;%1&quot; in %2.</source>
        <translation>สร้างคดี &quot;%1&quot; ใน %2 แล้ว</translation>
    </message>
    <message>
        <source>import needs a case file and at least one file or folder</source>
        <translation>import ต้องการไฟล์คดีและไฟล์หรือโฟลเดอร์อย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <source>%1: already imported as source %2 (same SHA-256); nothing added.</source>
        <translation>%1: นำเข้าแล้วเป็นแหล่งข้อมูล %2 (SHA-256 เดียวกัน) ไม่ได้เพิ่มสิ่งใด</translation>
    </message>
    <message>
        <source>skipped %1 preamble and %2 trailer lines</source>
        <translation>ข้ามบรรทัดนำ %1 บรรทัดและบรรทัดท้าย %2 บรรทัด</translation>
    </message>
    <message numerus="yes">
        <source>%n rows could not be read:</source>
        <translation>
            <numerusform>อ่านไม่ได้ %n แถว:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… และอีก %1 รายการ</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>บรรทัด %1: %2</translation>
    </message>
    <message>
        <source>stats needs exactly one case file</source>
        <translation>stats ต้องการไฟล์คดีหนึ่งไฟล์พอดี</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>คดี %1: %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>แหล่งข้อมูล: %1</translation>
    </message>
    <message>
        <source>Entities (%1): %2</source>
        <translation>เอนทิตี (%1): %2</translation>
    </message>
    <message>
        <source>Events (%1): %2</source>
        <translation>เหตุการณ์ (%1): %2</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>ความเชื่อมโยง: %1</translation>
    </message>
    <message>
        <source>sources needs exactly one case file</source>
        <translation>sources ต้องการไฟล์คดีหนึ่งไฟล์พอดี</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 events  %5 rejected  %6</source>
        <translation>%1  %2  %3  %4 เหตุการณ์  ปฏิเสธ %5  %6</translation>
    </message>
    <message>
        <source>search needs a case file and one query (quote it if it has spaces)</source>
        <translation>search ต้องการไฟล์คดีและคำค้นหนึ่งรายการ (ใส่เครื่องหมายคำพูดถ้ามีช่องว่าง)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit ต้องเป็นจำนวนบวก</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>ไม่พบ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>show needs a case file and one entity</source>
        <translation>show ต้องการไฟล์คดีและเอนทิตีหนึ่งรายการ</translation>
    </message>
    <message>
        <source>kept as written: the number did not validate for its source&apos;s region</source>
        <translation>เก็บตามที่เขียนไว้: หมายเลขไม่ผ่านการตรวจสอบสำหรับภูมิภาคของแหล่งข้อมูล</translation>
    </message>
    <message>
        <source>%1 events, %2 linked entities</source>
        <translation>%1 เหตุการณ์, %2 เอนทิตีที่เชื่อมโยง</translation>
    </message>
    <message>
        <source>source %1 (%2): first at %3</source>
        <translation>แหล่งข้อมูล %1 (%2): ปรากฏครั้งแรกที่ %3</translation>
    </message>
    <message>
        <source>expand needs a case file and at least one entity</source>
        <translation>expand ต้องการไฟล์คดีและเอนทิตีอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <source>--hops, --limit and --min-count need whole numbers (hops and min-count at least 1)</source>
        <translation>--hops, --limit และ --min-count ต้องเป็นจำนวนเต็ม (hops และ min-count อย่างน้อย 1)</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot;; known: %2</source>
        <translation>ไม่รู้จักประเภทเอนทิตี &quot;%1&quot; ประเภทที่รู้จัก: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours</source>
        <translation>
            <numerusform>เอนทิตีข้างเคียง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more left out by --limit %2</source>
        <translation>อีก %1 รายการถูกตัดออกโดย --limit %2</translation>
    </message>
    <message>
        <source>verify needs exactly one case file</source>
        <translation>verify ต้องการไฟล์คดีหนึ่งไฟล์พอดี</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>ปัญหา: %1</translation>
    </message>
    <message>
        <source>The case verifies: integrity check, audit chain and source hashes are sound.</source>
        <translation>คดีผ่านการตรวจสอบ: ความสมบูรณ์ของไฟล์ ห่วงโซ่การตรวจสอบ และค่าแฮชของแหล่งข้อมูลถูกต้อง</translation>
    </message>
    <message numerus="yes">
        <source>The case does NOT verify: %n problems.</source>
        <translation>
            <numerusform>คดีไม่ผ่านการตรวจสอบ: %n ปัญหา</numerusform>
        </translation>
    </message>
    <message>
        <source>demo needs exactly one output case file</source>
        <translation>demo ต้องการไฟล์คดีผลลัพธ์หนึ่งไฟล์พอดี</translation>
    </message>
    <message>
        <source>Compounds overview</source>
        <translation>ภาพรวมของแหล่งปฏิบัติการ</translation>
    </message>
    <message>
        <source>Demonstration case written to %1 (%2 records; evidence in %3).</source>
        <translation>เขียนคดีตัวอย่างไปที่ %1 แล้ว (%2 ระเบียน; หลักฐานอยู่ใน %3)</translation>
    </message>
    <message>
        <source>Compound coordinators: %1</source>
        <translation>ผู้ประสานงานแหล่งปฏิบัติการ: %1</translation>
    </message>
    <message>
        <source>chart needs exactly one case file</source>
        <translation>chart ต้องการไฟล์คดีหนึ่งไฟล์พอดี</translation>
    </message>
    <message>
        <source>chart needs either --seed ENTITY (repeatable) or --chart ID</source>
        <translation>chart ต้องการ --seed เอนทิตี (ระบุซ้ำได้) หรือ --chart รหัส อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot;; use %2</source>
        <translation>ไม่รู้จักการจัดวาง &quot;%1&quot; ใช้ %2</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>แผนภาพความเชื่อมโยง</translation>
    </message>
    <message>
        <source>--hops must be at least 1 and --limit at least 0</source>
        <translation>--hops ต้องอย่างน้อย 1 และ --limit อย่างน้อย 0</translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translation>%1: ข้าม, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be imported.</source>
        <translation>
            <numerusform>นำเข้าไม่ได้ %n ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <source>Text encoding of the files (detected when not given).</source>
        <translation>การเข้ารหัสข้อความของไฟล์ (ตรวจหาเองถ้าไม่ระบุ)</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read.</source>
        <translation>อ่านไฟล์การจับคู่ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object.</source>
        <translation>ไฟล์การจับคู่ %1 ไม่ใช่ออบเจ็กต์ JSON</translation>
    </message>
    <message>
        <source>The mapping file %1 is not usable: %2</source>
        <translation>ใช้ไฟล์การจับคู่ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;; known: %2.</source>
        <translation>ไม่รู้จักการเข้ารหัสข้อความ &quot;%1&quot; ที่รู้จัก: %2</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>คดี: %1</translation>
    </message>
    <message>
        <source>Column mapping (JSON) for a table of transfers or call records; saved in the case.</source>
        <translation>การจับคู่คอลัมน์ (JSON) สำหรับตารางการโอนเงินหรือบันทึกการโทร บันทึกไว้ในคดี</translation>
    </message>
    <message>
        <source>Only these links count, comma-separated: call, sms, transfer, uses, ...</source>
        <translation>นับเฉพาะเส้นเชื่อมเหล่านี้ คั่นด้วยจุลภาค: call, sms, transfer, uses, ...</translation>
    </message>
    <message>
        <source>Only pairs that moved at least this amount, such as &quot;500 USD&quot;.</source>
        <translation>เฉพาะคู่ที่โอนเงินอย่างน้อยเท่านี้ เช่น &quot;500 USD&quot;</translation>
    </message>
    <message>
        <source>--min-amount needs an amount and a currency code, such as &quot;500 USD&quot;</source>
        <translation>--min-amount ต้องมีจำนวนเงินและรหัสสกุลเงิน เช่น &quot;500 USD&quot;</translation>
    </message>
    <message>
        <source>path needs a case file and two entities</source>
        <translation>path ต้องมีไฟล์คดีและเอนทิตีสองรายการ</translation>
    </message>
    <message>
        <source>--max-hops needs a whole number</source>
        <translation>--max-hops ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>--k needs a whole number, at least 1</source>
        <translation>--k ต้องเป็นจำนวนเต็มอย่างน้อย 1</translation>
    </message>
    <message>
        <source>--weight is hops, count or amount</source>
        <translation>--weight เป็นได้แค่ hops, count หรือ amount</translation>
    </message>
    <message>
        <source>--window needs a duration such as 90s, 30m, 2h or 3d</source>
        <translation>--window ต้องเป็นระยะเวลา เช่น 90s, 30m, 2h หรือ 3d</translation>
    </message>
    <message>
        <source>--window, --money, --from and --to go with --time-ordered</source>
        <translation>--window, --money, --from และ --to ใช้คู่กับ --time-ordered</translation>
    </message>
    <message>
        <source>--time-ordered finds one journey: it does not combine with --k, --all or --weight</source>
        <translation>--time-ordered หาเส้นทางเดียว: ใช้ร่วมกับ --k, --all หรือ --weight ไม่ได้</translation>
    </message>
    <message>
        <source>Both ends must be of the types kept by --types.</source>
        <translation>ปลายทั้งสองต้องเป็นประเภทที่ --types เก็บไว้</translation>
    </message>
    <message>
        <source>No path between %1 and %2.</source>
        <translation>ไม่มีเส้นทางระหว่าง %1 และ %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hops:</source>
        <translation>
            <numerusform>%n ขั้น:</numerusform>
        </translation>
    </message>
    <message>
        <source>analyze needs a case file and a measure: %1</source>
        <translation>analyze ต้องมีไฟล์คดีและตัววัด: %1</translation>
    </message>
    <message>
        <source>unknown measure &quot;%1&quot;; known: %2</source>
        <translation>ไม่รู้จักตัววัด &quot;%1&quot; ที่มี: %2</translation>
    </message>
    <message>
        <source>common needs at least two entities after it</source>
        <translation>common ต้องตามด้วยเอนทิตีอย่างน้อยสองรายการ</translation>
    </message>
    <message>
        <source>%1 takes no entities</source>
        <translation>%1 ไม่รับเอนทิตี</translation>
    </message>
    <message>
        <source>--top, --samples and --at-least need whole numbers</source>
        <translation>--top, --samples และ --at-least ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>--by is links, events or amount</source>
        <translation>--by เป็นได้แค่ links, events หรือ amount</translation>
    </message>
    <message>
        <source>--direction is total, in, out or net</source>
        <translation>--direction เป็นได้แค่ total, in, out หรือ net</translation>
    </message>
    <message>
        <source>--by, --direction and --currency go with degree</source>
        <translation>--by, --direction และ --currency ใช้กับ degree</translation>
    </message>
    <message numerus="yes">
        <source>%n bridges</source>
        <translation>
            <numerusform>%n สะพาน</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 communities, modularity %2</source>
        <translation>%1 ชุมชน ค่ามอดูลาริตี %2</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n กลุ่ม</numerusform>
        </translation>
    </message>
    <message>
        <source>hints needs one known den member after it</source>
        <translation>hints ต้องตามด้วยสมาชิกแก๊งที่ทราบหนึ่งราย</translation>
    </message>
    <message>
        <source>--top and --at-least need whole numbers, --min-share a share between 0 and 1</source>
        <translation>--top และ --at-least ต้องเป็นจำนวนเต็ม --min-share ต้องเป็นสัดส่วนระหว่าง 0 ถึง 1</translation>
    </message>
    <message>
        <source>in %1 %2, forwarded %3 (%4%) within the window, median hold %5 h; from %6; to %7</source>
        <translation>เข้า %1 %2 ส่งต่อ %3 (%4%) ภายในช่วงเวลา ถือไว้มัธยฐาน %5 ชม.; จาก %6; ไปยัง %7</translation>
    </message>
    <message>
        <source>%1 counterparts between %2 and %3</source>
        <translation>%1 คู่กรณีระหว่าง %2 ถึง %3</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>กับ %1</translation>
    </message>
    <message>
        <source>The den member must be of the types kept by --types.</source>
        <translation>สมาชิกแก๊งต้องเป็นประเภทที่ --types เก็บไว้</translation>
    </message>
    <message>
        <source>score %1: devices %2; contacts %3; places %4</source>
        <translation>คะแนน %1: อุปกรณ์ %2; ผู้ติดต่อ %3; สถานที่ %4</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>ไม่พบ</translation>
    </message>
    <message>
        <source>trace needs a case file and the id of a transfer (--event)</source>
        <translation>trace ต้องมีไฟล์คดีและรหัสการโอน (--event)</translation>
    </message>
    <message>
        <source>trace needs --event with the id of a transfer</source>
        <translation>trace ต้องมี --event พร้อมรหัสการโอน</translation>
    </message>
    <message>
        <source>No transfer with the event id %1 in the case.</source>
        <translation>ไม่มีการโอนที่มีรหัสเหตุการณ์ %1 ในคดี</translation>
    </message>
    <message>
        <source>stopped at %1: %2 %3</source>
        <translation>หยุดที่ %1: %2 %3</translation>
    </message>
    <message>
        <source>Longest path, in hops.</source>
        <translation>เส้นทางยาวที่สุด เป็นจำนวนขั้น</translation>
    </message>
    <message>
        <source>What a step costs: hops, count (strong ties are short) or amount.</source>
        <translation>ต้นทุนของแต่ละขั้น: hops, count (ความสัมพันธ์แน่นแฟ้นสั้นกว่า) หรือ amount</translation>
    </message>
    <message>
        <source>Currency of the amounts to use.</source>
        <translation>สกุลเงินของจำนวนเงินที่จะใช้</translation>
    </message>
    <message>
        <source>How many cheapest paths to list.</source>
        <translation>จำนวนเส้นทางที่ถูกที่สุดที่จะแสดง</translation>
    </message>
    <message>
        <source>Longest wait between two steps of a journey, such as 2h.</source>
        <translation>ระยะรอสูงสุดระหว่างสองขั้นของเส้นทาง เช่น 2h</translation>
    </message>
    <message>
        <source>How many results to list (0: all).</source>
        <translation>จำนวนผลลัพธ์ที่จะแสดง (0: ทั้งหมด)</translation>
    </message>
    <message>
        <source>Count links, events or amount.</source>
        <translation>นับการเชื่อมโยง เหตุการณ์ หรือจำนวนเงิน</translation>
    </message>
    <message>
        <source>Count what comes in, goes out, both or in minus out.</source>
        <translation>นับขาเข้า ขาออก ทั้งสอง หรือเข้าลบออก</translation>
    </message>
    <message>
        <source>Estimate betweenness from this many entities.</source>
        <translation>ประมาณค่าความเป็นตัวกลางจากเอนทิตีจำนวนนี้</translation>
    </message>
    <message>
        <source>Entities linked to at least this many of those given.</source>
        <translation>เอนทิตีที่เชื่อมกับรายการที่ให้มาอย่างน้อยจำนวนนี้</translation>
    </message>
    <message>
        <source>Share of the money a mule forwards, from 0 to 1.</source>
        <translation>สัดส่วนเงินที่บัญชีม้าส่งต่อ ตั้งแต่ 0 ถึง 1</translation>
    </message>
    <message>
        <source>Id of the transfer to follow.</source>
        <translation>รหัสของการโอนที่จะติดตาม</translation>
    </message>
    <message>
        <source>%1  in %2</source>
        <translation>%1  ใน %2</translation>
    </message>
    <message>
        <source>export needs exactly one case file</source>
        <translation>export ต้องมีไฟล์คดีหนึ่งไฟล์เท่านั้น</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 links.</source>
        <translation>เขียน %1 แล้ว: %2 เอนทิตี, %3 การเชื่อมโยง</translation>
    </message>
    <message>
        <source>export needs --out FILE (a folder for csv)</source>
        <translation>export ต้องมี --out FILE (สำหรับ csv เป็นโฟลเดอร์)</translation>
    </message>
    <message>
        <source>csv exports the whole case: --chart and --types go with graphml</source>
        <translation>csv ส่งออกทั้งคดี: --chart และ --types ใช้กับ graphml</translation>
    </message>
    <message>
        <source>Wrote entities.csv, links.csv and events.csv in %1.</source>
        <translation>เขียน entities.csv, links.csv และ events.csv ใน %1 แล้ว</translation>
    </message>
    <message>
        <source>export writes --format graphml, anx or csv</source>
        <translation>export เขียน --format graphml, anx หรือ csv</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 events, %4 declared links.</source>
        <translation>เขียน %1 แล้ว: %2 เอนทิตี, %3 เหตุการณ์, %4 ลิงก์ที่ประกาศ</translation>
    </message>
    <message>
        <source>bundle needs exactly one case file</source>
        <translation>bundle ต้องการไฟล์คดีหนึ่งไฟล์เท่านั้น</translation>
    </message>
    <message>
        <source>bundle needs --out FILE.sgbundle</source>
        <translation>bundle ต้องการ --out FILE.sgbundle</translation>
    </message>
    <message>
        <source>bundle needs either --chart ID or --seed ENTITY (repeatable)</source>
        <translation>bundle ต้องการ --chart ID หรือ --seed ENTITY (ซ้ำได้)</translation>
    </message>
    <message>
        <source>--hops must be from 0 to 10</source>
        <translation>--hops ต้องอยู่ระหว่าง 0 ถึง 10</translation>
    </message>
    <message>
        <source>Wrote %1 (SHA-256 %2): %3 entities, %4 events, %5 declared links.</source>
        <translation>เขียน %1 แล้ว (SHA-256 %2): %3 เอนทิตี, %4 เหตุการณ์, %5 ลิงก์ที่ประกาศ</translation>
    </message>
    <message>
        <source>Page margins in millimetres.</source>
        <translation>ระยะขอบหน้า (มิลลิเมตร)</translation>
    </message>
    <message>
        <source>Print over several pages, such as 3x2 (columns x rows).</source>
        <translation>พิมพ์หลายหน้า เช่น 3x2 (คอลัมน์ x แถว)</translation>
    </message>
    <message>
        <source>How far tiled pages overlap, in millimetres.</source>
        <translation>ระยะที่หน้าซ้อนทับกัน (มิลลิเมตร)</translation>
    </message>
    <message>
        <source>Exhibit number for the title block.</source>
        <translation>หมายเลขวัตถุพยานในกรอบหัวเรื่อง</translation>
    </message>
    <message>
        <source>Classification marking printed on every page.</source>
        <translation>เครื่องหมายชั้นความลับที่พิมพ์ทุกหน้า</translation>
    </message>
    <message>
        <source>Time of printing for the title block (ISO 8601 with offset); default now.</source>
        <translation>เวลาพิมพ์ในกรอบหัวเรื่อง (ISO 8601 พร้อมค่าชดเชย) ค่าเริ่มต้นคือปัจจุบัน</translation>
    </message>
    <message>
        <source>Appendix pages: sources, events or both, comma-separated.</source>
        <translation>หน้าภาคผนวก: sources, events หรือทั้งสอง คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <source>Resolution of PNG output.</source>
        <translation>ความละเอียดของผลลัพธ์ PNG</translation>
    </message>
    <message>
        <source>The agency that sends the bundle.</source>
        <translation>หน่วยงานที่ส่งชุดข้อมูล</translation>
    </message>
    <message>
        <source>The entity the report is about.</source>
        <translation>เอนทิตีที่รายงานกล่าวถึง</translation>
    </message>
    <message>
        <source>The case summary report.</source>
        <translation>รายงานสรุปคดี</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;; use %2</source>
        <translation>ไม่รู้จักกระดาษ &quot;%1&quot; ใช้ %2</translation>
    </message>
    <message>
        <source>--margin takes millimetres from 0 to 100</source>
        <translation>--margin รับค่ามิลลิเมตร 0 ถึง 100</translation>
    </message>
    <message>
        <source>--overlap takes millimetres from 0 to 100</source>
        <translation>--overlap รับค่ามิลลิเมตร 0 ถึง 100</translation>
    </message>
    <message>
        <source>--dpi takes a resolution from 36 to 1200</source>
        <translation>--dpi รับความละเอียด 36 ถึง 1200</translation>
    </message>
    <message>
        <source>--printed-at takes an ISO 8601 time such as 2026-03-01T14:00:00+07:00</source>
        <translation>--printed-at รับเวลา ISO 8601 เช่น 2026-03-01T14:00:00+07:00</translation>
    </message>
    <message>
        <source>give --out a .pdf, .svg or .png file</source>
        <translation>ระบุ --out เป็นไฟล์ .pdf, .svg หรือ .png</translation>
    </message>
    <message>
        <source>unknown appendix &quot;%1&quot;; use sources, events or both</source>
        <translation>ไม่รู้จักภาคผนวก &quot;%1&quot; ใช้ sources, events หรือทั้งสอง</translation>
    </message>
    <message numerus="yes">
        <source>Chart with %1 entities written to %2 (%n page(s)).</source>
        <translation>
            <numerusform>เขียนแผนภาพที่มี %1 เอนทิตีไปยัง %2 แล้ว (%n หน้า)</numerusform>
        </translation>
    </message>
    <message>
        <source>report needs exactly one case file</source>
        <translation>report ต้องการไฟล์คดีหนึ่งไฟล์เท่านั้น</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translation>report ต้องการ --out FILE.pdf</translation>
    </message>
    <message>
        <source>report needs either --entity ENTITY or --summary</source>
        <translation>report ต้องการ --entity ENTITY หรือ --summary</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>สรุปคดี</translation>
    </message>
    <message>
        <source>the case summary</source>
        <translation>สรุปคดี</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translation>ประวัติเอนทิตี: %1</translation>
    </message>
    <message>
        <source>Report on %1 written to %2.</source>
        <translation>เขียนรายงานเกี่ยวกับ %1 ไปยัง %2 แล้ว</translation>
    </message>
    <message>
        <source>--tiles takes columns x rows, such as 3x2</source>
        <translation>--tiles รับ คอลัมน์ x แถว เช่น 3x2</translation>
    </message>
    <message>
        <source>reports are not tiled: --tiles goes with chart</source>
        <translation>รายงานไม่แบ่งแผ่น: --tiles ใช้กับ chart</translation>
    </message>
    <message>
        <source>A note: carried with a bundle, or the authority for an entry (&quot;interview of witness 3&quot;).</source>
        <translation>บันทึก: แนบไปกับชุดข้อมูล หรือเป็นที่มาของข้อมูลที่ป้อน (&quot;การสอบปากคำพยานคนที่ 3&quot;)</translation>
    </message>
    <message>
        <source>The entity&apos;s number or identifier.</source>
        <translation>หมายเลขหรือตัวระบุของเอนทิตี</translation>
    </message>
    <message>
        <source>The entity&apos;s name.</source>
        <translation>ชื่อของเอนทิตี</translation>
    </message>
    <message>
        <source>A fact about the entity as name=value (repeatable).</source>
        <translation>ข้อเท็จจริงของเอนทิตีในรูปแบบ ชื่อ=ค่า (ใช้ซ้ำได้)</translation>
    </message>
    <message>
        <source>The kind of link.</source>
        <translation>ประเภทของลิงก์</translation>
    </message>
    <message>
        <source>How sure: confirmed, probable or possible.</source>
        <translation>ความแน่นอน: confirmed, probable หรือ possible</translation>
    </message>
    <message>
        <source>Why the entities are the same.</source>
        <translation>เหตุผลที่เอนทิตีเหล่านี้เป็นสิ่งเดียวกัน</translation>
    </message>
    <message>
        <source>The tag&apos;s colour as #rrggbb.</source>
        <translation>สีของแท็กในรูปแบบ #rrggbb</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>คำเตือน: %1</translation>
    </message>
    <message>
        <source>add-entity needs a case file and an entity type (%1)</source>
        <translation>add-entity ต้องมีไฟล์คดีและประเภทเอนทิตี (%1)</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; (known: %2)</source>
        <translation>ไม่รู้จักประเภทเอนทิตี &quot;%1&quot; (ที่รู้จัก: %2)</translation>
    </message>
    <message>
        <source>--attr needs name=value, not &quot;%1&quot;</source>
        <translation>--attr ต้องเป็น ชื่อ=ค่า ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The entity just added cannot be read back.</source>
        <translation>ไม่สามารถอ่านเอนทิตีที่เพิ่งเพิ่มกลับมาได้</translation>
    </message>
    <message>
        <source>Added %1 (id %2).</source>
        <translation>เพิ่ม %1 แล้ว (id %2)</translation>
    </message>
    <message>
        <source>add-link needs a case file and two entities</source>
        <translation>add-link ต้องมีไฟล์คดีและเอนทิตีสองรายการ</translation>
    </message>
    <message>
        <source>add-link needs --type</source>
        <translation>add-link ต้องมี --type</translation>
    </message>
    <message>
        <source>unknown link type &quot;%1&quot; (known: owns, uses, member_of, located_at, associate, same_as, family_of, employed_by)</source>
        <translation>ไม่รู้จักประเภทลิงก์ &quot;%1&quot; (ที่รู้จัก: owns, uses, member_of, located_at, associate, same_as, family_of, employed_by)</translation>
    </message>
    <message>
        <source>--confidence is confirmed, probable or possible</source>
        <translation>--confidence ต้องเป็น confirmed, probable หรือ possible</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 ต้องเป็นวันที่รูปแบบ YYYY-MM-DD ไม่ใช่ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Linked %1 and %2: %3 (%4).</source>
        <translation>เชื่อมโยง %1 และ %2 แล้ว: %3 (%4)</translation>
    </message>
    <message>
        <source>merge needs a case file, the entity to keep and at least one to merge into it</source>
        <translation>merge ต้องมีไฟล์คดี เอนทิตีที่จะเก็บไว้ และอย่างน้อยหนึ่งรายการที่จะรวมเข้าไป</translation>
    </message>
    <message>
        <source>merge needs --reason</source>
        <translation>merge ต้องมี --reason</translation>
    </message>
    <message>
        <source>The merged entity cannot be read back.</source>
        <translation>ไม่สามารถอ่านเอนทิตีที่รวมแล้วกลับมาได้</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n entities into %1 (merge %2; split it with: seagull-cli split CASE %1).</source>
        <translation>
            <numerusform>รวม %n เอนทิตีเข้ากับ %1 แล้ว (การรวม %2; แยกด้วย: seagull-cli split CASE %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>split needs a case file and the entity others were merged into</source>
        <translation>split ต้องมีไฟล์คดีและเอนทิตีที่รายการอื่นถูกรวมเข้าไป</translation>
    </message>
    <message>
        <source>Nothing was merged into %1.</source>
        <translation>ไม่มีสิ่งใดถูกรวมเข้ากับ %1</translation>
    </message>
    <message>
        <source>Split merge %1: %2 restored beside %3.</source>
        <translation>แยกการรวม %1 แล้ว: %2 กลับมาอยู่ข้าง %3</translation>
    </message>
    <message>
        <source>tag needs a case file, at least one entity and the tag</source>
        <translation>tag ต้องมีไฟล์คดี เอนทิตีอย่างน้อยหนึ่งรายการ และแท็ก</translation>
    </message>
    <message numerus="yes">
        <source>Tag &quot;%1&quot;: %n entities.</source>
        <translation>
            <numerusform>แท็ก &quot;%1&quot;: %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow links only in their direction (caller to called, payer to payee).</source>
        <translation>ติดตามความเชื่อมโยงตามทิศทางเท่านั้น (ผู้โทรไปยังผู้รับสาย ผู้จ่ายไปยังผู้รับเงิน)</translation>
    </message>
    <message>
        <source>List every path up to --max-hops, not only the cheapest.</source>
        <translation>แสดงทุกเส้นทางที่ไม่เกิน --max-hops ไม่ใช่เฉพาะเส้นทางที่ต้นทุนต่ำที่สุด</translation>
    </message>
    <message>
        <source>Only journeys whose steps follow one another in time.</source>
        <translation>เฉพาะเส้นทางที่แต่ละขั้นเกิดตามลำดับเวลา</translation>
    </message>
    <message>
        <source>Follow transfers of money only.</source>
        <translation>ติดตามเฉพาะการโอนเงิน</translation>
    </message>
    <message>
        <source>Take the tag off instead of putting it on.</source>
        <translation>เอาแท็กออกแทนการใส่</translation>
    </message>
    <message>
        <source>Create an empty case file. The region and time zone apply to numbers and times that do not carry their own.</source>
        <translation>สร้างไฟล์คดีเปล่า ภูมิภาคและเขตเวลาใช้กับหมายเลขและเวลาที่ไม่ได้ระบุของตัวเองไว้</translation>
    </message>
    <message>
        <source>Import evidence files or folders: call records, bank and wallet tables, phone extracts, UFDR and XRY reports, cell sites. Each file is hashed and recorded as a source; a bad record is reported with its line and the case keeps everything it had.</source>
        <translation>นำเข้าไฟล์หรือโฟลเดอร์หลักฐาน: บันทึกการโทร ตารางธนาคารและวอลเล็ต ข้อมูลที่สกัดจากโทรศัพท์ รายงาน UFDR และ XRY เสาสัญญาณ ทุกไฟล์ถูกคำนวณแฮชและบันทึกเป็นแหล่งที่มา ระเบียนที่ผิดจะถูกรายงานพร้อมบรรทัด และคดีคงทุกอย่างที่มีอยู่</translation>
    </message>
    <message>
        <source>Count the case&apos;s sources, entities by type, events by type and links.</source>
        <translation>นับแหล่งที่มาของคดี เอนทิตีตามประเภท เหตุการณ์ตามประเภท และความเชื่อมโยง</translation>
    </message>
    <message>
        <source>List the imported sources: format, file, events, rejected records and SHA-256.</source>
        <translation>แสดงแหล่งที่มาที่นำเข้า: รูปแบบ ไฟล์ เหตุการณ์ ระเบียนที่ถูกปฏิเสธ และ SHA-256</translation>
    </message>
    <message>
        <source>Find entities by number in any common format, name, alias or identifier.</source>
        <translation>ค้นหาเอนทิตีด้วยหมายเลขในรูปแบบทั่วไปใดก็ได้ ชื่อ ชื่อแฝง หรือรหัสระบุ</translation>
    </message>
    <message>
        <source>Show one entity: its events, linked entities and the sources that mention it.</source>
        <translation>แสดงเอนทิตีหนึ่ง: เหตุการณ์ เอนทิตีที่เชื่อมโยง และแหล่งที่มาที่กล่าวถึง</translation>
    </message>
    <message>
        <source>List the entities linked to those given, up to a number of hops, with filters on types, links, dates, counts and amounts.</source>
        <translation>แสดงเอนทิตีที่เชื่อมโยงกับเอนทิตีที่ระบุ ไม่เกินจำนวนขั้นที่กำหนด กรองด้วยประเภท ความเชื่อมโยง วันที่ จำนวนครั้ง และจำนวนเงินได้</translation>
    </message>
    <message>
        <source>Find the shortest or cheapest paths between two entities, or journeys in time order (money moving on within a window).</source>
        <translation>ค้นหาเส้นทางที่สั้นที่สุดหรือต้นทุนต่ำที่สุดระหว่างสองเอนทิตี หรือเส้นทางตามลำดับเวลา (เงินที่ส่งต่อภายในช่วงเวลา)</translation>
    </message>
    <message>
        <source>Rank entities by a measure (degree, betweenness, closeness, eigenvector, PageRank), find groups (components, communities, k-cores), weak points, common contacts, or fraud patterns (mules, fan-in, fan-out, SIM boxes, shared devices).</source>
        <translation>จัดอันดับเอนทิตีตามตัววัด (ดีกรี ความเป็นตัวกลาง ความใกล้ชิด เวกเตอร์ลักษณะเฉพาะ PageRank) ค้นหากลุ่ม (ส่วนประกอบ ชุมชน k-core) จุดอ่อน ผู้ติดต่อร่วม หรือรูปแบบการฉ้อโกง (บัญชีม้า การรวมเข้า การกระจายออก ซิมบ็อกซ์ อุปกรณ์ที่ใช้ร่วมกัน)</translation>
    </message>
    <message>
        <source>Follow the money from one transfer onwards, hop by hop, within a time window.</source>
        <translation>ติดตามเงินจากการโอนหนึ่งครั้งต่อไปทีละขั้นภายในช่วงเวลา</translation>
    </message>
    <message>
        <source>Write the case or one chart as GraphML, i2 ANX or CSV files for other tools.</source>
        <translation>เขียนคดีหรือแผนภาพหนึ่งเป็นไฟล์ GraphML, i2 ANX หรือ CSV สำหรับเครื่องมืออื่น</translation>
    </message>
    <message>
        <source>Write a chart with its events and sources as a signed bundle for another agency.</source>
        <translation>เขียนแผนภาพพร้อมเหตุการณ์และแหล่งที่มาเป็นชุดข้อมูลที่ลงนามสำหรับหน่วยงานอื่น</translation>
    </message>
    <message>
        <source>Print an entity&apos;s profile or the case summary to PDF, with a title block on every page.</source>
        <translation>พิมพ์ประวัติเอนทิตีหรือสรุปคดีเป็น PDF โดยมีกรอบชื่อเรื่องทุกหน้า</translation>
    </message>
    <message>
        <source>Add an entity by hand (a person, den, vehicle, document, ...), with the authority for it.</source>
        <translation>เพิ่มเอนทิตีด้วยตนเอง (บุคคล แหล่งมั่วสุม ยานพาหนะ เอกสาร ...) พร้อมแหล่งอ้างอิง</translation>
    </message>
    <message>
        <source>Declare a link between two entities by hand, with its confidence, dates and authority.</source>
        <translation>ประกาศความเชื่อมโยงระหว่างสองเอนทิตีด้วยตนเอง พร้อมระดับความเชื่อมั่น วันที่ และแหล่งอ้างอิง</translation>
    </message>
    <message>
        <source>Merge entities that are the same into the first one; the reason is recorded and the merge can be split.</source>
        <translation>รวมเอนทิตีที่เป็นสิ่งเดียวกันเข้ากับเอนทิตีแรก เหตุผลจะถูกบันทึกและแยกการรวมได้</translation>
    </message>
    <message>
        <source>Undo the latest merge into an entity, restoring what was moved.</source>
        <translation>ยกเลิกการรวมล่าสุดเข้ากับเอนทิตี และคืนสิ่งที่ถูกย้าย</translation>
    </message>
    <message>
        <source>Put a tag on entities (or take it off), with a colour for the chart.</source>
        <translation>ใส่แท็กให้เอนทิตี (หรือเอาออก) พร้อมสีสำหรับแผนภาพ</translation>
    </message>
    <message>
        <source>Check the case file: SQLite integrity, the audit chain and each source file&apos;s hash. Exits non-zero on any problem.</source>
        <translation>ตรวจสอบไฟล์คดี: ความสมบูรณ์ของ SQLite ห่วงโซ่บันทึกการตรวจสอบ และแฮชของไฟล์ต้นทางแต่ละไฟล์ ออกด้วยสถานะไม่เป็นศูนย์เมื่อพบปัญหาใด ๆ</translation>
    </message>
    <message>
        <source>Write the demonstration case (two compounds, three operators&apos; call records) and its evidence files.</source>
        <translation>เขียนคดีตัวอย่าง (แหล่งมั่วสุมสองแห่ง บันทึกการโทรจากผู้ให้บริการสามราย) และไฟล์หลักฐาน</translation>
    </message>
    <message>
        <source>Lay out and print a link chart to PDF, SVG or PNG: from seed entities or a saved chart, on one page or tiled over several.</source>
        <translation>จัดวางและพิมพ์แผนภาพความเชื่อมโยงเป็น PDF, SVG หรือ PNG: จากเอนทิตีเริ่มต้นหรือแผนภาพที่บันทึกไว้ ในหน้าเดียวหรือแบ่งหลายหน้า</translation>
    </message>
    <message>
        <source>Usage: seagull-cli %1</source>
        <translation>วิธีใช้: seagull-cli %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>ตัวเลือก:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>ตัวอย่าง:</translation>
    </message>
    <message>
        <source>Keep the chart in the case under this name (Chart → Charts in the window).</source>
        <translation>เก็บแผนภาพไว้ในคดีด้วยชื่อนี้ (แผนภาพ → แผนภาพทั้งหมด ในหน้าต่าง)</translation>
    </message>
    <message>
        <source>chart needs --out FILE.pdf, --save NAME or both</source>
        <translation>chart ต้องมี --out FILE.pdf, --save NAME หรือทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>Chart &quot;%1&quot; with %2 entities saved in the case as chart %3.</source>
        <translation>แผนภาพ &quot;%1&quot; ที่มี %2 เอนทิตีถูกบันทึกในคดีเป็นแผนภาพ %3</translation>
    </message>
    <message>
        <source>%1: source %2, %3 from %4, %5.</source>
        <translation>%1: แหล่งข้อมูล %2, %3 จาก %4, %5</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n เหตุการณ์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n แถว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n เอนทิตี</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Confidence</name>
    <message>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>น่าจะใช่</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>อาจเป็นไปได้</translation>
    </message>
</context>
<context>
    <name>sg::CsvExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>ไม่สามารถเขียน %1 ได้</translation>
    </message>
    <message>
        <source>Writing events</source>
        <translation>กำลังเขียนเหตุการณ์</translation>
    </message>
</context>
<context>
    <name>sg::CsvReader</name>
    <message>
        <source>%1: the record that starts on line %2 is larger than %3 MB or has more than %4 fields; a quote may never be closed, or the file is not a table.</source>
        <translation>%1: ระเบียนที่เริ่มที่บรรทัด %2 ใหญ่กว่า %3 MB หรือมีมากกว่า %4 ฟิลด์ อาจมีเครื่องหมายคำพูดที่ไม่ถูกปิด หรือไฟล์นี้ไม่ใช่ตาราง</translation>
    </message>
</context>
<context>
    <name>sg::DayHistogram</name>
    <message>
        <source>No events</source>
        <translation>ไม่มีเหตุการณ์</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n เหตุการณ์</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::DemoGenerator</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>ไม่สามารถเขียน %1 ได้</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>ไม่สามารถสร้างโฟลเดอร์ %1 ได้</translation>
    </message>
    <message>
        <source>Demonstration: Golden Sands and Riverside compounds</source>
        <translation>ตัวอย่าง: แหล่งปฏิบัติการโกลเดนแซนด์และริเวอร์ไซด์</translation>
    </message>
</context>
<context>
    <name>sg::DenPage</name>
    <message>
        <source>Entity</source>
        <translation>เอนทิตี</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>ตัวระบุ</translation>
    </message>
    <message>
        <source>Den: %1</source>
        <translation>แหล่ง: %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Phones, SIMs and messenger accounts</source>
        <translation>โทรศัพท์ ซิม และบัญชีแอปแชท</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>ตั้งแต่ %1 ถึง %2</translation>
    </message>
    <message>
        <source>%1 entities tied to the den; %2 events %3, per day below (each record&apos;s local time).</source>
        <translation>%1 เอนทิตีผูกกับแหล่งนี้; %2 เหตุการณ์ %3 แสดงรายวันด้านล่าง (เวลาท้องถิ่นของแต่ละระเบียน)</translation>
    </message>
    <message>
        <source>Put on the chart</source>
        <translation>นำลงแผนภาพ</translation>
    </message>
</context>
<context>
    <name>sg::DeviceImportContext</name>
    <message>
        <source>%1 is not a %2 database.</source>
        <translation>%1 ไม่ใช่ฐานข้อมูล %2</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translation>ตาราง: %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>กำลังอ่าน %1</translation>
    </message>
    <message>
        <source>The database holds no records.</source>
        <translation>ฐานข้อมูลไม่มีระเบียน</translation>
    </message>
</context>
<context>
    <name>sg::EntityDialog</name>
    <message>
        <source>New entity</source>
        <translation>เอนทิตีใหม่</translation>
    </message>
    <message>
        <source>Other names or spellings, one per line</source>
        <translation>ชื่อหรือการสะกดอื่น บรรทัดละหนึ่ง</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>ข้อเท็จจริง</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;, &quot;surveillance log 14&quot;</source>
        <translation>ที่มา: &quot;การสอบปากคำพยานคนที่ 3&quot;, &quot;บันทึกการเฝ้าติดตาม 14&quot;</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation>ชื่ออื่น:</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>ข้อเท็จจริง:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>แหล่งที่มา:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>หมายเลข:</translation>
    </message>
    <message>
        <source>IMEI:</source>
        <translation>IMEI:</translation>
    </message>
    <message>
        <source>IMSI or ICCID:</source>
        <translation>IMSI หรือ ICCID:</translation>
    </message>
    <message>
        <source>Bank and account number:</source>
        <translation>ธนาคารและเลขบัญชี:</translation>
    </message>
    <message>
        <source>Messenger id:</source>
        <translation>ไอดีแอปแชท:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <source>Identifier (optional):</source>
        <translation>ตัวระบุ (ไม่บังคับ):</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>ตัวระบุ:</translation>
    </message>
    <message>
        <source>Names from sources stay as the sources gave them</source>
        <translation>ชื่อจากแหล่งข้อมูลคงไว้ตามที่แหล่งข้อมูลให้มา</translation>
    </message>
    <message>
        <source>Press OK again to add it as it is.</source>
        <translation>กด ตกลง อีกครั้งเพื่อเพิ่มตามที่เป็น</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>เพิ่มต่อไป</translation>
    </message>
</context>
<context>
    <name>sg::EntityItem</name>
    <message numerus="yes">
        <source>%n more neighbours not shown: double-click to add them</source>
        <translation>
            <numerusform>ยังไม่แสดงเอนทิตีข้างเคียงอีก %n รายการ: ดับเบิลคลิกเพื่อเพิ่ม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours in the case</source>
        <translation>
            <numerusform>มีเพื่อนบ้าน %n รายในคดี</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::EntityType</name>
    <message>
        <source>Phone number</source>
        <translation>หมายเลขโทรศัพท์</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>ซิมการ์ด</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>บัญชี</translation>
    </message>
    <message>
        <source>Messenger account</source>
        <translation>บัญชีแอปส่งข้อความ</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>ยานพาหนะ</translation>
    </message>
</context>
<context>
    <name>sg::EventType</name>
    <message>
        <source>Call</source>
        <translation>การโทร</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>การโอนเงิน</translation>
    </message>
    <message>
        <source>Cell registration</source>
        <translation>การลงทะเบียนเซลล์</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
</context>
<context>
    <name>sg::Evidence</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>ไม่สามารถอ่าน %1 ได้</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>ผู้ใช้สั่งหยุดแล้ว</translation>
    </message>
</context>
<context>
    <name>sg::EvidenceDatabase</name>
    <message>
        <source>%1 cannot be opened as a database.</source>
        <translation>ไม่สามารถเปิด %1 เป็นฐานข้อมูลได้</translation>
    </message>
    <message>
        <source>%1 is encrypted or is not a SQLite database; Seagull cannot read it.</source>
        <translation>%1 ถูกเข้ารหัสหรือไม่ใช่ฐานข้อมูล SQLite; Seagull อ่านไม่ได้</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>ไม่สามารถอ่าน %1 ได้</translation>
    </message>
</context>
<context>
    <name>sg::Exchange</name>
    <message>
        <source>The i2 ANX file could not be written.</source>
        <translation>ไม่สามารถเขียนไฟล์ i2 ANX</translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translation>ไม่สามารถเขียนชุดข้อมูล: %1</translation>
    </message>
</context>
<context>
    <name>sg::ExchangeData</name>
    <message>
        <source>Entity %1 is not in the case.</source>
        <translation>ไม่มีเอนทิตี %1 ในคดี</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>ไม่สามารถเขียน %1 ได้</translation>
    </message>
</context>
<context>
    <name>sg::ExpandDialog</name>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Expand with filters</source>
        <translation>ขยายตามตัวกรอง</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>จำนวนเงินใดก็ได้</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>การโทร</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>ข้อความแชท</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>การโอนเงิน</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>เป็นเจ้าของ</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>เป็นสมาชิกของ</translation>
    </message>
    <message>
        <source>Located at</source>
        <translation>ตั้งอยู่ที่</translation>
    </message>
    <message>
        <source>Associate of</source>
        <translation>ผู้ร่วมงานของ</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>เหมือนกับ</translation>
    </message>
    <message>
        <source>Only these links count; none checked: all.</source>
        <translation>นับเฉพาะเส้นเชื่อมเหล่านี้ ถ้าไม่เลือกเลย: ทั้งหมด</translation>
    </message>
    <message>
        <source>Only entities of these types are added; none checked: all.</source>
        <translation>เพิ่มเฉพาะเอนทิตีประเภทเหล่านี้ ถ้าไม่เลือกเลย: ทั้งหมด</translation>
    </message>
    <message>
        <source>Steps out:</source>
        <translation>จำนวนขั้นออกไป:</translation>
    </message>
    <message>
        <source>New entities per entity:</source>
        <translation>เอนทิตีใหม่ต่อเอนทิตี:</translation>
    </message>
    <message>
        <source>At least this many events:</source>
        <translation>เหตุการณ์อย่างน้อย:</translation>
    </message>
    <message>
        <source>At least this amount moved:</source>
        <translation>ยอดเงินที่โอนอย่างน้อย:</translation>
    </message>
    <message>
        <source>Link types:</source>
        <translation>ประเภทเส้นเชื่อม:</translation>
    </message>
    <message>
        <source>Entity types:</source>
        <translation>ประเภทเอนทิตี:</translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translation>เวลา (UTC):</translation>
    </message>
    <message>
        <source>The minimum amount needs a number and a currency code, such as 500 and USD.</source>
        <translation>จำนวนเงินขั้นต่ำต้องมีตัวเลขและรหัสสกุลเงิน เช่น 500 และ USD</translation>
    </message>
</context>
<context>
    <name>sg::GraphLayout</name>
    <message numerus="yes">
        <source>Laying out %n entities</source>
        <translation>
            <numerusform>กำลังจัดวาง %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>ผู้ใช้สั่งหยุดแล้ว</translation>
    </message>
    <message>
        <source>Graphviz could not be started.</source>
        <translation>ไม่สามารถเริ่ม Graphviz ได้</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the chart with %1.</source>
        <translation>Graphviz ไม่สามารถจัดวางแผนภูมิด้วย %1 ได้</translation>
    </message>
    <message numerus="yes">
        <source>an entity has %n links</source>
        <translation>
            <numerusform>มีเอนทิตีหนึ่งที่มี %n เส้นเชื่อม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n เอนทิตี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n เส้นเชื่อม</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 layout would take too long on this chart (%2); it was laid out with sfdp instead.</source>
        <translation>การจัดวางแบบ %1 จะใช้เวลานานเกินไปกับแผนภาพนี้ (%2) จึงจัดวางด้วย sfdp แทน</translation>
    </message>
    <message>
        <source>The layout job could not be read.</source>
        <translation>ไม่สามารถอ่านงานจัดวางได้</translation>
    </message>
    <message>
        <source>The layout helper gave an answer that could not be read.</source>
        <translation>ตัวช่วยจัดวางให้คำตอบที่อ่านไม่ได้</translation>
    </message>
</context>
<context>
    <name>sg::GraphML</name>
    <message>
        <source>The GraphML file could not be written.</source>
        <translation>ไม่สามารถเขียนไฟล์ GraphML ได้</translation>
    </message>
</context>
<context>
    <name>sg::GraphMLImporter</name>
    <message>
        <source>GraphML graph</source>
        <translation>กราฟ GraphML</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>การนำเข้า %1 ถูกยกเลิก</translation>
    </message>
    <message>
        <source>%1 is not GraphML: it has no &lt;graphml&gt; element.</source>
        <translation>%1 ไม่ใช่ GraphML: ไม่มีองค์ประกอบ &lt;graphml&gt;</translation>
    </message>
    <message>
        <source>edge %1 joins a node that is not in the graph (%2, %3)</source>
        <translation>เส้นเชื่อม %1 เชื่อมกับโหนดที่ไม่มีในกราฟ (%2, %3)</translation>
    </message>
    <message>
        <source>%1 nodes and %2 edges read; GraphML has no events, so each edge is a declared association.</source>
        <translation>อ่านโหนด %1 และเส้นเชื่อม %2 แล้ว GraphML ไม่มีเหตุการณ์ แต่ละเส้นจึงเป็นความสัมพันธ์ที่ประกาศ</translation>
    </message>
</context>
<context>
    <name>sg::GroupBoxItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities</source>
        <translation>
            <numerusform>กลุ่ม &quot;%1&quot; มี %n เอนทิตี</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GroupNodeItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities: double-click to expand it</source>
        <translation>
            <numerusform>กลุ่ม &quot;%1&quot; มี %n เอนทิตี: ดับเบิลคลิกเพื่อขยาย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n เอนทิตี</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GuidedTour</name>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 จาก %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
</context>
<context>
    <name>sg::HeatMatrix</name>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n event(s)</source>
        <translation>
            <numerusform>%1 %2:00–%3:00: %n เหตุการณ์</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ImportDialog</name>
    <message>
        <source>Import evidence</source>
        <translation>นำเข้าหลักฐาน</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>ตรวจหาอัตโนมัติ</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>รูปแบบ:</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>กัมพูชา</translation>
    </message>
    <message>
        <source>China</source>
        <translation>จีน</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>ลาว</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>เมียนมา</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>เวียดนาม</translation>
    </message>
    <message>
        <source>Numbers written without a country code are read as numbers of this country.</source>
        <translation>หมายเลขที่ไม่มีรหัสประเทศจะถูกอ่านเป็นหมายเลขของประเทศนี้</translation>
    </message>
    <message>
        <source>Region of the numbers:</source>
        <translation>ภูมิภาคของหมายเลข:</translation>
    </message>
    <message>
        <source>Times in the file without an offset are local times in this zone.</source>
        <translation>เวลาในไฟล์ที่ไม่มีค่าชดเชยถือเป็นเวลาท้องถิ่นในเขตนี้</translation>
    </message>
    <message>
        <source>Time zone of the records:</source>
        <translation>เขตเวลาของระเบียน:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
</context>
<context>
    <name>sg::ImportService</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ไม่มีไฟล์ %1</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>ไม่สามารถอ่าน %1: ไม่ได้รับอนุญาต</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ว่างเปล่า</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation>ไม่รู้จักภูมิภาค &quot;%1&quot;</translation>
    </message>
    <message>
        <source>use a two-letter country code such as KH</source>
        <translation>ใช้รหัสประเทศสองตัวอักษร เช่น KH</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>ไม่รู้จักเขตเวลา &quot;%1&quot;</translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translation>ใช้ชื่อ IANA เช่น Asia/Phnom_Penh</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translation>กำลังคำนวณแฮชของ %1</translation>
    </message>
    <message>
        <source>No working folder could be created for the import.</source>
        <translation>ไม่สามารถสร้างโฟลเดอร์ทำงานสำหรับการนำเข้าได้</translation>
    </message>
    <message>
        <source>%1 could not be copied to the working folder.</source>
        <translation>ไม่สามารถคัดลอก %1 ไปยังโฟลเดอร์ทำงานได้</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>ไม่สามารถอ่าน %1 ได้</translation>
    </message>
    <message>
        <source>%1 is not in a format Seagull can import.</source>
        <translation>%1 ไม่อยู่ในรูปแบบที่ Seagull นำเข้าได้</translation>
    </message>
    <message>
        <source>formats tried: %1</source>
        <translation>รูปแบบที่ลองแล้ว: %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>ไม่รู้จักรูปแบบ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>known formats: %1</source>
        <translation>รูปแบบที่รู้จัก: %1</translation>
    </message>
    <message>
        <source>%1 changed during the import; nothing was added.</source>
        <translation>%1 เปลี่ยนไประหว่างการนำเข้า ไม่ได้เพิ่มสิ่งใด</translation>
    </message>
    <message>
        <source>SHA-256 before %1, after %2</source>
        <translation>SHA-256 ก่อน %1 หลัง %2</translation>
    </message>
    <message>
        <source>Linking %1</source>
        <translation>กำลังสร้างความเชื่อมโยงของ %1</translation>
    </message>
    <message>
        <source>%1 is a database Seagull does not know how to read.</source>
        <translation>%1 เป็นฐานข้อมูลที่ Seagull ไม่รู้วิธีอ่าน</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translation>ตาราง: %1</translation>
    </message>
    <message>
        <source>%1 cannot be imported: it is binary data that is neither a known format nor a readable SQLite database (an encrypted database looks like this).</source>
        <translation>ไม่สามารถนำเข้า %1: เป็นข้อมูลไบนารีที่ไม่ใช่รูปแบบที่รู้จักและไม่ใช่ฐานข้อมูล SQLite ที่อ่านได้ (ฐานข้อมูลที่เข้ารหัสจะมีลักษณะเช่นนี้)</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ %1</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>ผู้ใช้สั่งหยุดแล้ว</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>a database Seagull does not know how to read</source>
        <translation>ฐานข้อมูลที่ Seagull ไม่รู้วิธีอ่าน</translation>
    </message>
    <message>
        <source>not in a format Seagull can import</source>
        <translation>ไม่อยู่ในรูปแบบที่ Seagull นำเข้าได้</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) or number(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translation>
            <numerusform>ชื่อหรือหมายเลข %n รายการที่ยาวเกิน %1 อักขระถูกตัดในคดี หลักฐานยังเก็บไว้ครบถ้วน ณ ตำแหน่งของแต่ละระเบียน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translation>
            <numerusform>ข้อความ %n รายการที่ยาวเกิน %1 อักขระถูกตัดในคดี หลักฐานยังเก็บไว้ครบถ้วน ณ ตำแหน่งของแต่ละระเบียน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been merged into others: what this file says of them went to the ones they were merged into, recorded with each merge, so that a split gives it back.</source>
        <translation>
            <numerusform>เอนทิตี %n รายการที่ระบุในไฟล์นี้เคยถูกรวมเข้ากับเอนทิตีอื่นแล้ว: ข้อมูลที่ไฟล์นี้ระบุถึงเอนทิตีเหล่านั้นถูกย้ายไปยังเอนทิตีที่รวมเข้าไป และบันทึกไว้กับการรวมแต่ละครั้ง เพื่อให้การแยกคืนข้อมูลกลับได้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been deleted from the case and stay deleted; restoring one brings it back with what this file says of it.</source>
        <translation>
            <numerusform>เอนทิตี %n รายการที่ระบุในไฟล์นี้เคยถูกลบออกจากคดีและยังคงถูกลบอยู่ การกู้คืนเอนทิตีจะนำกลับมาพร้อมข้อมูลที่ไฟล์นี้ระบุถึง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::InspectorPanel</name>
    <message>
        <source>Select an entity on the chart to see what the case knows about it.</source>
        <translation>เลือกเอนทิตีบนแผนภาพเพื่อดูสิ่งที่คดีรู้เกี่ยวกับเอนทิตีนั้น</translation>
    </message>
    <message numerus="yes">
        <source>%n entities selected.</source>
        <translation>
            <numerusform>เลือกเอนทิตีแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>คีย์</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Kept as written: the number did not validate for its source&apos;s region.</source>
        <translation>เก็บตามที่เขียนไว้: หมายเลขไม่ผ่านการตรวจสอบสำหรับภูมิภาคของแหล่งข้อมูล</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>ชื่ออื่น</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Linked entities</source>
        <translation>เอนทิตีที่เชื่อมโยง</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>แหล่งข้อมูล %1: %2</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>ละติจูด</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>ลองจิจูด</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>มุมกวาด</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>ไซต์</translation>
    </message>
    <message>
        <source>%1 (source %2)</source>
        <translation>%1 (แหล่งที่ %2)</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>ไม่สามารถอ่านไฟล์คดีได้</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n เหตุการณ์</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>ระยะเวลารวม</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Total moved</source>
        <translation>ยอดโอนรวม</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>วินาที</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>ถูกลบ</translation>
    </message>
    <message>
        <source>Names by source</source>
        <translation>ชื่อตามแหล่งที่มา</translation>
    </message>
    <message>
        <source>source %1: %2, %3</source>
        <translation>แหล่ง %1: %2, %3</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>บันทึกไฟล์แนบ</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>ไม่สามารถเขียน %1: %2</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>%1 bytes, %2, added by %3</source>
        <translation>%1 ไบต์, %2, เพิ่มโดย %3</translation>
    </message>
    <message>
        <source>Merged into this entity</source>
        <translation>รวมเข้ากับเอนทิตีนี้</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, by %2</source>
        <translation>&quot;%1&quot; โดย %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>คดี</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>คดี %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>ภูมิภาค %1</translation>
    </message>
    <message>
        <source>examiner %1</source>
        <translation>ผู้ตรวจ %1</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>เอนทิตี</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>ลิงก์</translation>
    </message>
    <message>
        <source>Saved charts</source>
        <translation>แผนภาพที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>บันทึกของคดี</translation>
    </message>
    <message>
        <source>Last imported: %1 (%2 UTC)</source>
        <translation>นำเข้าล่าสุด: %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Nothing imported yet: use Import to add call records, statements or device extracts.</source>
        <translation>ยังไม่ได้นำเข้าสิ่งใด: ใช้ “นำเข้า” เพื่อเพิ่มบันทึกการโทร รายการเดินบัญชี หรือข้อมูลที่ดึงจากอุปกรณ์</translation>
    </message>
    <message>
        <source>Open or create a case to begin.</source>
        <translation>เปิดหรือสร้างคดีเพื่อเริ่มต้น</translation>
    </message>
    <message>
        <source>Types counted among the first %1.</source>
        <translation>นับประเภทจาก %1 รายการแรก</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>และอีก %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::IosAddressBookImporter</name>
    <message>
        <source>iOS contacts (AddressBook.sqlitedb)</source>
        <translation>รายชื่อติดต่อ iOS (AddressBook.sqlitedb)</translation>
    </message>
</context>
<context>
    <name>sg::IosCallHistoryImporter</name>
    <message>
        <source>iOS call history (CallHistory.storedata)</source>
        <translation>ประวัติการโทร iOS (CallHistory.storedata)</translation>
    </message>
</context>
<context>
    <name>sg::IosMessagesImporter</name>
    <message>
        <source>iOS messages (sms.db)</source>
        <translation>ข้อความ iOS (sms.db)</translation>
    </message>
</context>
<context>
    <name>sg::LinkDialog</name>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Link two entities</source>
        <translation>เชื่อมโยงสองเอนทิตี</translation>
    </message>
    <message>
        <source>Drawn solid, dashed or dotted</source>
        <translation>วาดเป็นเส้นทึบ เส้นประ หรือเส้นจุด</translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;</source>
        <translation>ที่มา: &quot;การสอบปากคำพยานคนที่ 3&quot;</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>สลับ</translation>
    </message>
    <message>
        <source>Turn the link the other way round</source>
        <translation>กลับทิศทางของลิงก์</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>ความเชื่อมั่น:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>แหล่งที่มา:</translation>
    </message>
    <message>
        <source>%1 — %2 → %3</source>
        <translation>%1 — %2 → %3</translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round.</source>
        <translation>วันที่ของลิงก์กลับด้าน</translation>
    </message>
</context>
<context>
    <name>sg::LinkKind</name>
    <message>
        <source>Events</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>เป็นเจ้าของ</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>สมาชิกของ</translation>
    </message>
    <message>
        <source>Located at</source>
        <translation>อยู่ที่</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>ผู้เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>เหมือนกับ</translation>
    </message>
    <message>
        <source>Family of</source>
        <translation>เครือญาติของ</translation>
    </message>
    <message>
        <source>Employed by</source>
        <translation>ทำงานให้</translation>
    </message>
</context>
<context>
    <name>sg::MainWindow</name>
    <message>
        <source>Add to chart</source>
        <translation>เพิ่มลงในแผนภูมิ</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>บันทึกแผนภาพ</translation>
    </message>
    <message>
        <source>About Seagull</source>
        <translation>เกี่ยวกับ Seagull</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seagull %1&lt;/h3&gt;&lt;p&gt;Link analysis for telecom-fraud investigations, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seagull %1&lt;/h3&gt;&lt;p&gt;การวิเคราะห์ความเชื่อมโยงแบบออฟไลน์สำหรับการสืบสวนการฉ้อโกงทางโทรคมนาคม&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>แผนภาพ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>จัดวาง(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>คดีใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>เปิดคดี(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>นำเข้าไฟล์(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save chart</source>
        <translation>บันทึกแผนภาพ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Remove from chart</source>
        <translation>นำออกจากแผนภาพ(&amp;R)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>เลือกทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Expand selected</source>
        <translation>ขยายรายการที่เลือก(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fit chart to window</source>
        <translation>ปรับแผนภาพให้พอดีหน้าต่าง(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ขยายเข้า(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ย่อออก(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Seagull</source>
        <translation>เกี่ยวกับ Seagull(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Network (sfdp)</source>
        <translation>เครือข่าย(&amp;N) (sfdp)</translation>
    </message>
    <message>
        <source>&amp;Spring (neato)</source>
        <translation>สปริง(&amp;S) (neato)</translation>
    </message>
    <message>
        <source>&amp;Force-directed (fdp)</source>
        <translation>แรงดึงดูด(&amp;F) (fdp)</translation>
    </message>
    <message>
        <source>&amp;Hierarchy (dot)</source>
        <translation>ลำดับชั้น(&amp;H) (dot)</translation>
    </message>
    <message>
        <source>&amp;Circle (circo)</source>
        <translation>วงกลม(&amp;C) (circo)</translation>
    </message>
    <message>
        <source>&amp;Radial (twopi)</source>
        <translation>รัศมี(&amp;R) (twopi)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>ตัวตรวจสอบ</translation>
    </message>
    <message>
        <source>%1 – %2 [*]</source>
        <translation>%1 – %2 [*]</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>คดี %1</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>ไม่ได้เปิดคดี</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>เลิกทำ %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>ทำซ้ำ %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Chart 1</source>
        <translation>แผนภาพ 1</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Unsaved chart</source>
        <translation>แผนภาพที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; has changes that are not saved in the case.</source>
        <translation>แผนภาพ &quot;%1&quot; มีการเปลี่ยนแปลงที่ยังไม่ได้บันทึกในคดี</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>เปิดคดี</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>เปิดแผนภาพ</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>เปิด %1 แล้ว</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>คดีใหม่</translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull)</source>
        <translation>คดี Seagull (*.seagull)</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>ชื่อคดี:</translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull);;All files (*)</source>
        <translation>คดี Seagull (*.seagull);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>นำเข้าหลักฐาน</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>กำลังนำเข้า</translation>
    </message>
    <message>
        <source>%1 was imported before (source %2); nothing was added.</source>
        <translation>%1 เคยนำเข้าแล้ว (แหล่งข้อมูล %2) ไม่ได้เพิ่มสิ่งใด</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n events imported</source>
        <translation>
            <numerusform>%1: นำเข้า %n เหตุการณ์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows could not be read (see details)</source>
        <translation>
            <numerusform>%1: อ่านไม่ได้ %n แถว (ดูรายละเอียด)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 บรรทัด %2: %3</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>นำเข้าเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>โปรดเปิดคดีก่อน</translation>
    </message>
    <message numerus="yes">
        <source>%n entities added</source>
        <translation>
            <numerusform>เพิ่มเอนทิตี %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the chart</source>
        <translation>กำลังจัดวางแผนภาพ</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>การจัดวาง</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>เขียนแผนภาพไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Chart saved in the case.</source>
        <translation>บันทึกแผนภาพในคดีแล้ว</translation>
    </message>
    <message>
        <source>Import extraction &amp;folder…</source>
        <translation>นำเข้าโฟลเดอร์ข้อมูลที่สกัด(&amp;F)…</translation>
    </message>
    <message>
        <source>Import extraction folder</source>
        <translation>นำเข้าโฟลเดอร์ข้อมูลที่สกัด</translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translation>%1: ข้าม, %2</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>นำเข้า %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Import table with column &amp;mapping…</source>
        <translation>นำเข้าตารางด้วยการจับคู่คอลัมน์(&amp;M)…</translation>
    </message>
    <message>
        <source>Import table with column mapping</source>
        <translation>นำเข้าตารางด้วยการจับคู่คอลัมน์</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>ตาราง (*.csv *.tsv *.txt *.xlsx);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>&amp;Grid by type</source>
        <translation>ตารางตามประเภท(&amp;G)</translation>
    </message>
    <message>
        <source>Rename chart</source>
        <translation>เปลี่ยนชื่อแผนภาพ</translation>
    </message>
    <message>
        <source>Chart name:</source>
        <translation>ชื่อแผนภาพ:</translation>
    </message>
    <message>
        <source>Delete chart</source>
        <translation>ลบแผนภาพ</translation>
    </message>
    <message>
        <source>Delete the chart &quot;%1&quot; from the case? The case&apos;s records stay.</source>
        <translation>ลบแผนภาพ &quot;%1&quot; ออกจากคดีหรือไม่? ระเบียนของคดียังคงอยู่</translation>
    </message>
    <message numerus="yes">
        <source>Ungroup %n groups</source>
        <translation>
            <numerusform>ยกเลิก %n กลุ่ม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the style of %n entities</source>
        <translation>
            <numerusform>รีเซ็ตรูปแบบของ %n เอนทิตี</numerusform>
        </translation>
    </message>
    <message>
        <source>Show owners</source>
        <translation>แสดงเจ้าของ</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>แผนภาพ(&amp;H)</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translation>เลือก(&amp;L)</translation>
    </message>
    <message>
        <source>Select by &amp;type</source>
        <translation>เลือกตามประเภท(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Icon</source>
        <translation>ไอคอน(&amp;I)</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>เส้นเชื่อม(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;New chart</source>
        <translation>แผนภาพใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Rename chart…</source>
        <translation>เปลี่ยนชื่อแผนภาพ(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete chart…</source>
        <translation>ลบแผนภาพ(&amp;D)…</translation>
    </message>
    <message>
        <source>Expand with &amp;filters…</source>
        <translation>ขยายตามตัวกรอง(&amp;F)…</translation>
    </message>
    <message>
        <source>Select &amp;neighbours</source>
        <translation>เลือกเพื่อนบ้าน(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Invert selection</source>
        <translation>กลับการเลือก(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Find on chart…</source>
        <translation>ค้นหาในแผนภาพ(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>ซูมไปที่ส่วนที่เลือก(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Hide selected</source>
        <translation>ซ่อนที่เลือก(&amp;H)</translation>
    </message>
    <message>
        <source>Show all hi&amp;dden</source>
        <translation>แสดงที่ซ่อนไว้ทั้งหมด(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Pin selected</source>
        <translation>ปักหมุดที่เลือก(&amp;P)</translation>
    </message>
    <message>
        <source>U&amp;npin selected</source>
        <translation>เลิกปักหมุดที่เลือก(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group selected…</source>
        <translation>จัดกลุ่มที่เลือก(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>ยกเลิกกลุ่ม(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Collapse group</source>
        <translation>ยุบกลุ่ม(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xpand group</source>
        <translation>ขยายกลุ่ม(&amp;X)</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>เพิ่มบันทึก(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>แก้ไขบันทึก…</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>ลบบันทึก</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>สี(&amp;O)…</translation>
    </message>
    <message>
        <source>Reset colour and icon</source>
        <translation>รีเซ็ตสีและไอคอน</translation>
    </message>
    <message>
        <source>Show &amp;owners instead of phones and accounts</source>
        <translation>แสดงเจ้าของแทนโทรศัพท์และบัญชี(&amp;O)</translation>
    </message>
    <message>
        <source>Show phones and accounts &amp;again</source>
        <translation>แสดงโทรศัพท์และบัญชีอีกครั้ง(&amp;A)</translation>
    </message>
    <message>
        <source>One line per &amp;pair</source>
        <translation>หนึ่งเส้นต่อคู่(&amp;P)</translation>
    </message>
    <message>
        <source>One line per &amp;direction</source>
        <translation>หนึ่งเส้นต่อทิศทาง(&amp;D)</translation>
    </message>
    <message>
        <source>One line per &amp;event</source>
        <translation>หนึ่งเส้นต่อเหตุการณ์(&amp;E)</translation>
    </message>
    <message>
        <source>Fixed &amp;width</source>
        <translation>ความกว้างคงที่(&amp;W)</translation>
    </message>
    <message>
        <source>Width by &amp;count</source>
        <translation>ความกว้างตามจำนวนครั้ง(&amp;C)</translation>
    </message>
    <message>
        <source>Width by &amp;amount</source>
        <translation>ความกว้างตามจำนวนเงิน(&amp;A)</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>แผนภาพ %1</translation>
    </message>
    <message>
        <source>The chart is not saved in the case.</source>
        <translation>แผนภาพยังไม่ได้บันทึกในคดี</translation>
    </message>
    <message numerus="yes">
        <source>%n entities are now shown as their owners.</source>
        <translation>
            <numerusform>ตอนนี้ %n เอนทิตีแสดงเป็นเจ้าของแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>The case records no owner for these entities.</source>
        <translation>คดีไม่มีบันทึกเจ้าของของเอนทิตีเหล่านี้</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>กลุ่ม</translation>
    </message>
    <message>
        <source>Name of the group (a den, a family, a gang):</source>
        <translation>ชื่อกลุ่ม (แหล่ง ครอบครัว แก๊ง):</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>กลุ่ม %1</translation>
    </message>
    <message numerus="yes">
        <source>Collapse %n groups</source>
        <translation>
            <numerusform>ยุบ %n กลุ่ม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expand %n groups</source>
        <translation>
            <numerusform>ขยาย %n กลุ่ม</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>เพิ่มบันทึก</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>บันทึก:</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>แก้ไขบันทึก</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>Find on chart</source>
        <translation>ค้นหาในแผนภาพ</translation>
    </message>
    <message>
        <source>Name or number:</source>
        <translation>ชื่อหรือหมายเลข:</translation>
    </message>
    <message>
        <source>Nothing on the chart matches &quot;%1&quot;.</source>
        <translation>ไม่มีสิ่งใดในแผนภาพตรงกับ &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n entities found on the chart.</source>
        <translation>
            <numerusform>พบ %n เอนทิตีในแผนภาพ</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note here…</source>
        <translation>เพิ่มบันทึกที่นี่…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>คำอธิบายสัญลักษณ์</translation>
    </message>
    <message>
        <source>Add the parties of the events</source>
        <translation>เพิ่มผู้เกี่ยวข้องของเหตุการณ์</translation>
    </message>
    <message>
        <source>Add the &amp;parties of its events</source>
        <translation>เพิ่มผู้เกี่ยวข้องของเหตุการณ์(&amp;P)</translation>
    </message>
    <message>
        <source>Select a link on the chart first.</source>
        <translation>เลือกเส้นเชื่อมในแผนภาพก่อน</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>การวิเคราะห์</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translation>&amp;พิมพ์แผนภาพ…</translation>
    </message>
    <message>
        <source>Entity &amp;profile report…</source>
        <translation>รายงาน&amp;ประวัติเอนทิตี…</translation>
    </message>
    <message>
        <source>Case &amp;summary report…</source>
        <translation>รายงาน&amp;สรุปคดี…</translation>
    </message>
    <message>
        <source>E&amp;xport chart data (i2 ANX, GraphML, bundle)…</source>
        <translation>&amp;ส่งออกข้อมูลแผนภาพ (i2 ANX, GraphML, ชุดข้อมูล)…</translation>
    </message>
    <message>
        <source>Evidence (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;All files (*)</source>
        <translation>หลักฐาน (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing, one file per page (*.svg)</source>
        <translation>ภาพวาด SVG หนึ่งไฟล์ต่อหน้า (*.svg)</translation>
    </message>
    <message>
        <source>PNG image, one file per page (*.png)</source>
        <translation>รูปภาพ PNG หนึ่งไฟล์ต่อหน้า (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>ส่งออกแผนภาพ</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>ตัวอย่างก่อนพิมพ์: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>ตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>พิมพ์แผนภาพ</translation>
    </message>
    <message>
        <source>Preparing the print</source>
        <translation>กำลังเตรียมการพิมพ์</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>สรุปคดี</translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translation>ประวัติเอนทิตี</translation>
    </message>
    <message>
        <source>Case summary report</source>
        <translation>รายงานสรุปคดี</translation>
    </message>
    <message>
        <source>Entity profile report</source>
        <translation>รายงานประวัติเอนทิตี</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation>กำลังเตรียมรายงาน</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translation>ประวัติเอนทิตี: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>เขียนรายงานไปยัง %1 แล้ว</translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (*.anx)</source>
        <translation>แผนภาพ i2 Analyst&apos;s Notebook (*.anx)</translation>
    </message>
    <message>
        <source>GraphML for Gephi, yEd, networkx (*.graphml)</source>
        <translation>GraphML สำหรับ Gephi, yEd, networkx (*.graphml)</translation>
    </message>
    <message>
        <source>Case bundle for a partner agency (*.sgbundle)</source>
        <translation>ชุดข้อมูลคดีสำหรับหน่วยงานพันธมิตร (*.sgbundle)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>ส่งออกข้อมูลแผนภาพ</translation>
    </message>
    <message>
        <source>Case bundle</source>
        <translation>ชุดข้อมูลคดี</translation>
    </message>
    <message>
        <source>The agency that sends the bundle:</source>
        <translation>หน่วยงานที่ส่งชุดข้อมูล:</translation>
    </message>
    <message>
        <source>%1: chart data is written as .anx, .graphml or .sgbundle.</source>
        <translation>%1: ข้อมูลแผนภาพเขียนเป็น .anx, .graphml หรือ .sgbundle</translation>
    </message>
    <message>
        <source>Exporting the chart&apos;s data</source>
        <translation>กำลังส่งออกข้อมูลแผนภาพ</translation>
    </message>
    <message>
        <source>Chart data written to %1</source>
        <translation>เขียนข้อมูลแผนภาพไปยัง %1 แล้ว</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเวลา</translation>
    </message>
    <message>
        <source>&amp;Time filter</source>
        <translation>ตัวกรอง&amp;เวลา</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>เขียน %1 ไปยัง %2 แล้ว</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>ส่งออก %1</translation>
    </message>
    <message>
        <source>Years in the Thai &amp;Buddhist era (B.E.)</source>
        <translation>แสดงปีเป็น&amp;พุทธศักราช (พ.ศ.)</translation>
    </message>
    <message>
        <source>Show years as B.E. = C.E. + 543 on dates, time axes and print; the case is not changed</source>
        <translation>แสดงปีเป็น พ.ศ. = ค.ศ. + 543 ในวันที่ แกนเวลา และงานพิมพ์ โดยไม่เปลี่ยนข้อมูลคดี</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>พิมพ์%1</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>การตั้งค่า(&amp;T)…</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration case</source>
        <translation>เปิดคดีตัวอย่าง(&amp;D)</translation>
    </message>
    <message>
        <source>A made-up case of two compounds, their callers and victims, to try Seagull on</source>
        <translation>คดีสมมติของสองคอมปาวด์ ผู้โทรและผู้เสียหาย สำหรับทดลองใช้ Seagull</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <source>Writing the demonstration case</source>
        <translation>กำลังเขียนคดีตัวอย่าง</translation>
    </message>
    <message>
        <source>Demonstration case</source>
        <translation>คดีตัวอย่าง</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>คู่มือผู้ใช้(&amp;U)</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translation>เครื่องมือหลัก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>พอดีหน้าต่าง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>พิมพ์</translation>
    </message>
    <message>
        <source>Guided &amp;tour</source>
        <translation>ทัวร์แนะนำ(&amp;T)</translation>
    </message>
    <message>
        <source>Four steps: search, expand, layout, print</source>
        <translation>สี่ขั้นตอน: ค้นหา ขยาย จัดวาง พิมพ์</translation>
    </message>
    <message>
        <source>Help → Guided tour shows the main steps on this case.</source>
        <translation>ช่วยเหลือ → ทัวร์แนะนำ จะแสดงขั้นตอนหลักบนคดีนี้</translation>
    </message>
    <message>
        <source>Type a phone number in any format, a name, an account or an IMEI. Double-click a result, or drag it, to put it on the chart.</source>
        <translation>พิมพ์หมายเลขโทรศัพท์ในรูปแบบใดก็ได้ ชื่อ บัญชี หรือ IMEI ดับเบิลคลิกผลลัพธ์หรือลากไปวางบนแผนภาพ</translation>
    </message>
    <message>
        <source>Select entities on the chart and expand them (Ctrl+E) to bring in who they called, messaged or paid. Ctrl+Shift+E expands with filters: types, dates, counts, amounts.</source>
        <translation>เลือกเอนทิตีบนแผนภาพแล้วขยาย (Ctrl+E) เพื่อดึงผู้ที่พวกเขาโทร ส่งข้อความ หรือจ่ายเงินให้ Ctrl+Shift+E ขยายพร้อมตัวกรอง: ประเภท วันที่ จำนวนครั้ง จำนวนเงิน</translation>
    </message>
    <message>
        <source>Arrange the chart (Ctrl+L). Chart → Layout has the other arrangements: hierarchy for money flows, circle, radial, grid. Pinned entities stay where you put them.</source>
        <translation>จัดวางแผนภาพ (Ctrl+L) แผนภาพ → การจัดวาง มีรูปแบบอื่น: ลำดับชั้นสำหรับเส้นทางเงิน วงกลม รัศมี ตาราง เอนทิตีที่ปักหมุดจะอยู่ที่เดิม</translation>
    </message>
    <message>
        <source>Print the chart for court (Ctrl+P): paper size, title block, exhibit number, classification, several pages for a wall, and appendices listing each source and event. Preview before printing, or write PDF, SVG or PNG.</source>
        <translation>พิมพ์แผนภาพสำหรับศาล (Ctrl+P): ขนาดกระดาษ กรอบชื่อเรื่อง หมายเลขวัตถุพยาน ชั้นความลับ หลายหน้าสำหรับติดผนัง และภาคผนวกที่แสดงแหล่งที่มาและเหตุการณ์แต่ละรายการ ดูตัวอย่างก่อนพิมพ์ หรือเขียนเป็น PDF, SVG หรือ PNG</translation>
    </message>
    <message>
        <source>Unsaved chart found</source>
        <translation>พบแผนภาพที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <source>Seagull was closed without saving the chart &quot;%1&quot; of this case. Its changes were kept at %2. Restore them?</source>
        <translation>Seagull ถูกปิดโดยไม่ได้บันทึกแผนภาพ &quot;%1&quot; ของคดีนี้ การเปลี่ยนแปลงถูกเก็บไว้เมื่อ %2 ต้องการกู้คืนหรือไม่</translation>
    </message>
    <message>
        <source>Restore the changes</source>
        <translation>กู้คืนการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>ทิ้งไป</translation>
    </message>
    <message>
        <source>The chart&apos;s changes kept at %1 are restored; save the chart to keep them in the case.</source>
        <translation>กู้คืนการเปลี่ยนแปลงของแผนภาพที่เก็บไว้เมื่อ %1 แล้ว บันทึกแผนภาพเพื่อเก็บไว้ในคดี</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>ไม่มีคดีที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Other work on the case is running; try again when it has finished.</source>
        <translation>มีงานอื่นกำลังทำกับคดีนี้ ลองอีกครั้งเมื่องานนั้นเสร็จ</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>The work is done, but the case&apos;s audit log could not record it.</source>
        <translation>งานเสร็จแล้ว แต่บันทึกการตรวจสอบของคดีไม่สามารถบันทึกงานนี้ได้</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translation>กำลังขยาย</translation>
    </message>
    <message numerus="yes">
        <source>Expanding would add %n entities to the chart.</source>
        <translation>
            <numerusform>การขยายจะเพิ่มเอนทิตี %n รายการลงในแผนภูมิ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw; to bring the most connected first, expand with a limit per entity (Expand with filters…).</source>
        <translation>
            <numerusform>ขณะนี้แผนภูมิมีเอนทิตี %n รายการ แผนภูมิที่มีเอนทิตีมากกว่า 10,000 รายการใช้เวลาหลายนาทีในการจัดวางและวาดได้ช้า หากต้องการนำรายการที่เชื่อมโยงมากที่สุดมาก่อน ให้ขยายโดยกำหนดจำนวนสูงสุดต่อเอนทิตี (ขยายตามตัวกรอง…)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them all</source>
        <translation>เพิ่มทั้งหมด</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>ไม่ได้เพิ่มสิ่งใด</translation>
    </message>
    <message>
        <source>Drawing links: %L1 of %L2</source>
        <translation>กำลังวาดลิงก์: %L1 จาก %L2</translation>
    </message>
    <message>
        <source>Search on the left for a number, IMEI, account or name, then double-click a result or drag it here to put it on the chart.</source>
        <translation>ค้นหาหมายเลข IMEI บัญชี หรือชื่อทางด้านซ้าย แล้วดับเบิลคลิกผลลัพธ์หรือลากมาวางที่นี่เพื่อใส่ลงในแผนภาพ</translation>
    </message>
    <message>
        <source>Open a case or create a new one to begin. Help → Open the demonstration case shows Seagull on a made-up case.</source>
        <translation>เปิดคดีหรือสร้างคดีใหม่เพื่อเริ่มต้น ช่วยเหลือ → เปิดคดีตัวอย่าง จะแสดง Seagull กับคดีสมมุติ</translation>
    </message>
    <message numerus="yes">
        <source>Adding would put %n entities on the chart.</source>
        <translation>
            <numerusform>การเพิ่มจะนำ %n เอนทิตีลงในแผนภูมิ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw.</source>
        <translation>
            <numerusform>ขณะนี้แผนภูมิมี %n เอนทิตี แผนภูมิที่มีมากกว่า 10,000 เอนทิตีใช้เวลาจัดวางหลายนาทีและวาดได้ช้า</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the first %n</source>
        <translation>
            <numerusform>เพิ่ม %n รายการแรก</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to the chart</source>
        <translation>กำลังเพิ่มลงในแผนภูมิ</translation>
    </message>
    <message>
        <source>Saving the chart</source>
        <translation>กำลังบันทึกแผนภูมิ</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; was not opened; Chart → Charts opens it.</source>
        <translation>ไม่ได้เปิดแผนภาพ &quot;%1&quot; เปิดได้ที่ แผนภาพ → แผนภาพ</translation>
    </message>
    <message>
        <source>Opening the chart was cancelled.</source>
        <translation>ยกเลิกการเปิดแผนภาพแล้ว</translation>
    </message>
    <message>
        <source>Opening the chart</source>
        <translation>กำลังเปิดแผนภาพ</translation>
    </message>
</context>
<context>
    <name>sg::MappingWizard</name>
    <message>
        <source>Reference</source>
        <translation>เลขอ้างอิง</translation>
    </message>
    <message>
        <source>Paying account</source>
        <translation>บัญชีผู้จ่าย</translation>
    </message>
    <message>
        <source>Receiving account</source>
        <translation>บัญชีผู้รับ</translation>
    </message>
    <message>
        <source>Paying bank or wallet</source>
        <translation>ธนาคารหรือกระเป๋าเงินผู้จ่าย</translation>
    </message>
    <message>
        <source>Receiving bank or wallet</source>
        <translation>ธนาคารหรือกระเป๋าเงินผู้รับ</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation>ชื่อผู้จ่าย</translation>
    </message>
    <message>
        <source>Receiver&apos;s name</source>
        <translation>ชื่อผู้รับ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>เดบิต (เงินออก)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>เครดิต (เงินเข้า)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>วันที่และเวลา</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>ประเภทรายการ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>ยอดคงเหลือ</translation>
    </message>
    <message>
        <source>Debit/credit mark</source>
        <translation>เครื่องหมายเดบิต/เครดิต</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>บัญชีคู่โอน</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation>ธนาคารคู่โอน</translation>
    </message>
    <message>
        <source>Counterparty name</source>
        <translation>ชื่อคู่โอน</translation>
    </message>
    <message>
        <source>Each row is seen from one account (a statement)</source>
        <translation>ทุกแถวมองจากบัญชีเดียว (รายการเดินบัญชี)</translation>
    </message>
    <message>
        <source>Map the columns of %1</source>
        <translation>จับคู่คอลัมน์ของ %1</translation>
    </message>
    <message>
        <source>Seagull does not know this layout. Say which row holds the column names and what each column holds; the preview shows what the first rows become.</source>
        <translation>Seagull ไม่รู้จักรูปแบบนี้ โปรดระบุว่าแถวใดเป็นชื่อคอลัมน์และแต่ละคอลัมน์เก็บอะไร ตัวอย่างจะแสดงผลของแถวแรก ๆ</translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translation>แผ่นงาน:</translation>
    </message>
    <message>
        <source>Column names on row:</source>
        <translation>ชื่อคอลัมน์อยู่ที่แถว:</translation>
    </message>
    <message>
        <source>Name of this layout:</source>
        <translation>ชื่อของรูปแบบนี้:</translation>
    </message>
    <message>
        <source>e.g. ABA, KBank, Vietcombank, TrueMoney, Wing</source>
        <translation>เช่น ABA, KBank, Vietcombank, TrueMoney, Wing</translation>
    </message>
    <message>
        <source>Bank or wallet:</source>
        <translation>ธนาคารหรือกระเป๋าเงิน:</translation>
    </message>
    <message>
        <source>e.g. USD, THB, VND, KHR, CNY</source>
        <translation>เช่น USD, THB, VND, KHR, CNY</translation>
    </message>
    <message>
        <source>Currency when no column says it:</source>
        <translation>สกุลเงินเมื่อไม่มีคอลัมน์ระบุ:</translation>
    </message>
    <message>
        <source>Decide from the dates</source>
        <translation>ตัดสินจากวันที่</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>วัน/เดือน/ปี</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>เดือน/วัน/ปี</translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translation>ปี-เดือน-วัน</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>วินาที Unix</translation>
    </message>
    <message>
        <source>Unix milliseconds</source>
        <translation>มิลลิวินาที Unix</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>วันที่:</translation>
    </message>
    <message>
        <source>Decide from the amounts</source>
        <translation>ตัดสินจากจำนวนเงิน</translation>
    </message>
    <message>
        <source>Decimal point (1,234.56)</source>
        <translation>จุดทศนิยม (1,234.56)</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,56)</source>
        <translation>จุลภาคทศนิยม (1.234,56)</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation>จำนวนเงิน:</translation>
    </message>
    <message>
        <source>the statement&apos;s own account number</source>
        <translation>เลขที่บัญชีของรายการเดินบัญชีนี้</translation>
    </message>
    <message>
        <source>Account of the statement:</source>
        <translation>บัญชีของรายการเดินบัญชี:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>บันทึกการจับคู่…</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>เก็บข้อมูล</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— ไม่ใช้ —</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>อ่านไฟล์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Choose at least the date and the amount (or debit and credit) columns, and the accounts.</source>
        <translation>โปรดเลือกอย่างน้อยคอลัมน์วันที่ จำนวนเงิน (หรือเดบิตและเครดิต) และบัญชี</translation>
    </message>
    <message>
        <source>No preview: the scratch folder cannot be written.</source>
        <translation>แสดงตัวอย่างไม่ได้: เขียนโฟลเดอร์ชั่วคราวไม่ได้</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>แสดงตัวอย่างไม่ได้: %1</translation>
    </message>
    <message>
        <source>The first rows do not import: %1</source>
        <translation>แถวแรก ๆ นำเข้าไม่ได้: %1</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 transfers between %2 accounts.</source>
        <translation>
            <numerusform>%n แถวแรกให้การโอน %1 รายการระหว่าง %2 บัญชี</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read; the first, line %1: %2.</source>
        <translation>
            <numerusform>อ่านไม่ได้ %n แถว แถวแรกคือบรรทัด %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Some columns have no name on the header row.</source>
        <translation>บางคอลัมน์ไม่มีชื่อในแถวหัวตาราง</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>บันทึกการจับคู่</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>การจับคู่ (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be saved to %1: %2</source>
        <translation>บันทึกการจับคู่ไปที่ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Calling number (A party)</source>
        <translation>หมายเลขต้นทาง (ฝั่ง A)</translation>
    </message>
    <message>
        <source>Called number (B party)</source>
        <translation>หมายเลขปลายทาง (ฝั่ง B)</translation>
    </message>
    <message>
        <source>Target number</source>
        <translation>หมายเลขเป้าหมาย</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>คู่สาย</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>ประเภทการโทร</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>เซลล์</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>Money: bank, wallet or payment records</source>
        <translation>การเงิน: รายการธนาคาร กระเป๋าเงิน หรือการชำระเงิน</translation>
    </message>
    <message>
        <source>Call records</source>
        <translation>บันทึกการโทร</translation>
    </message>
    <message>
        <source>The table holds:</source>
        <translation>ตารางนี้เก็บ:</translation>
    </message>
    <message>
        <source>Choose at least the date and the two parties (calling and called number, or target and other party).</source>
        <translation>โปรดเลือกอย่างน้อยวันที่และคู่สายทั้งสองฝั่ง (หมายเลขต้นทางและปลายทาง หรือเป้าหมายและคู่สาย)</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 calls and messages between %2 numbers.</source>
        <translation>
            <numerusform>%n แถวแรกให้การโทรและข้อความ %1 รายการระหว่าง %2 หมายเลข</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>วินาที</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
</context>
<context>
    <name>sg::MergeDialog</name>
    <message>
        <source>Merge entities</source>
        <translation>รวมเอนทิตี</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <source>The others&apos; events, names, sources, links, tags, notes and attachments move to the one kept. Edit → Undo takes the merge back; so does Split on the kept entity later.</source>
        <translation>เหตุการณ์ ชื่อ แหล่งข้อมูล ลิงก์ แท็ก บันทึก และไฟล์แนบของรายการอื่นจะย้ายไปยังรายการที่เก็บไว้ แก้ไข → เลิกทำ เพื่อยกเลิกการรวม หรือใช้ แยก กับรายการที่เก็บไว้ภายหลัง</translation>
    </message>
    <message>
        <source>Why they are the same (required): &quot;same IMEI in both extractions&quot;</source>
        <translation>เหตุผลที่เป็นสิ่งเดียวกัน (ต้องระบุ): &quot;IMEI เดียวกันในการดึงข้อมูลทั้งสองชุด&quot;</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>เหตุผล:</translation>
    </message>
    <message>
        <source>Say why they are the same: the reason is kept with the merge.</source>
        <translation>โปรดระบุเหตุผลที่เป็นสิ่งเดียวกัน เหตุผลจะถูกเก็บไว้กับการรวม</translation>
    </message>
</context>
<context>
    <name>sg::MoneyTableImporter</name>
    <message>
        <source>The statement does not name its account; it is kept as &quot;%1&quot;.</source>
        <translation>รายการเดินบัญชีไม่ระบุเลขบัญชี เก็บไว้เป็น &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Statement of account %1.</source>
        <translation>รายการเดินบัญชีของบัญชี %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ไม่มีวันที่</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translation>อ่านวันที่ &quot;%1&quot; ไม่ได้</translation>
    </message>
    <message>
        <source>cannot read the amount &quot;%1&quot;</source>
        <translation>อ่านจำนวนเงิน &quot;%1&quot; ไม่ได้</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>ไม่มีจำนวนเงิน</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>ไม่มีบัญชี</translation>
    </message>
    <message>
        <source>Bank, wallet and payment tables (CSV, XLSX)</source>
        <translation>ตารางธนาคาร กระเป๋าเงินอิเล็กทรอนิกส์ และการชำระเงิน (CSV, XLSX)</translation>
    </message>
    <message>
        <source>%1: read as &quot;%2&quot; (header on line %3).</source>
        <translation>%1: อ่านเป็น &quot;%2&quot; (หัวตารางที่บรรทัด %3)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>กำลังอ่าน %1</translation>
    </message>
    <message>
        <source>%1: simulated time, step %2 counted from %3 in the source&apos;s zone.</source>
        <translation>%1: เวลาจำลอง นับทีละ %2 จาก %3 ตามเขตเวลาของแหล่งข้อมูล</translation>
    </message>
    <message>
        <source>%1: dates read as %2.</source>
        <translation>%1: อ่านวันที่เป็น %2</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>เดือน/วัน/ปี</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>วัน/เดือน/ปี</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>ปี-เดือน-วัน</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n amount(s) had more decimals than their currency&apos;s minor unit and were rounded.</source>
        <translation>
            <numerusform>%1: จำนวนเงิน %n รายการมีทศนิยมมากกว่าหน่วยย่อยของสกุลเงิน จึงถูกปัดเศษ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no table in it matches a known mapping.</source>
        <translation>%1: ไม่มีตารางที่ตรงกับการจับคู่ที่รู้จัก</translation>
    </message>
    <message>
        <source>give one with --mapping, or import it with the import wizard</source>
        <translation>ระบุด้วย --mapping หรือนำเข้าด้วยตัวช่วยนำเข้า</translation>
    </message>
    <message>
        <source>Worksheets not read (no known layout): %1.</source>
        <translation>แผ่นงานที่ไม่ได้อ่าน (ไม่รู้จักรูปแบบ): %1</translation>
    </message>
    <message>
        <source>No row of %1 could be read.</source>
        <translation>ไม่มีแถวใดของ %1 ที่อ่านได้</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>บรรทัด %1: %2</translation>
    </message>
    <message>
        <source>%1: no date says whether the day or the month comes first (every one could be read both ways); they are read as day/month/year. If that is wrong, import the file with a mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translation>%1: ไม่มีวันที่ใดบอกได้ว่าวันหรือเดือนมาก่อน (ทุกวันที่อ่านได้ทั้งสองแบบ) จึงอ่านเป็น วัน/เดือน/ปี หากไม่ถูกต้อง ให้นำเข้าไฟล์ด้วยการจับคู่ที่มี &quot;time&quot; เป็น &quot;mdy&quot;</translation>
    </message>
</context>
<context>
    <name>sg::MoneyView</name>
    <message>
        <source>No transfers.</source>
        <translation>ไม่มีการโอนเงิน</translation>
    </message>
    <message numerus="yes">
        <source>%1: in %2, out %3, balance %4 (%n transfer(s))</source>
        <translation>
            <numerusform>%1: เข้า %2 ออก %3 คงเหลือ %4 (%n รายการโอน)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also moved: %1.</source>
        <translation>ยังมีการโอนเป็น: %1</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>เวลาใน %1</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · balance %4 · %5</source>
        <translation>%1 · %2 %3 · คงเหลือ %4 · %5</translation>
    </message>
    <message>
        <source>in</source>
        <translation>เข้า</translation>
    </message>
    <message>
        <source>out</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>เงินเข้า</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>เงินออก</translation>
    </message>
    <message>
        <source>Running balance (in minus out)</source>
        <translation>ยอดคงเหลือสะสม (เข้าลบออก)</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) among them: %1.</source>
        <translation>
            <numerusform>โอนกันเอง %n ครั้ง: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>among them</source>
        <translation>ภายในกลุ่ม</translation>
    </message>
    <message>
        <source>Transfer among the entities shown (no money in or out)</source>
        <translation>การโอนระหว่างเอนทิตีที่แสดง (ไม่มีเงินเข้าหรือออก)</translation>
    </message>
</context>
<context>
    <name>sg::PrintDialog</name>
    <message>
        <source>Cut marks</source>
        <translation>เครื่องหมายตัด</translation>
    </message>
    <message>
        <source>The sources behind the chart (file, format, SHA-256, importer, import time, examiner)</source>
        <translation>แหล่งที่มาเบื้องหลังแผนภาพ (ไฟล์ รูปแบบ SHA-256 ตัวนำเข้า เวลานำเข้า ผู้ตรวจสอบ)</translation>
    </message>
    <message>
        <source>The events behind each link</source>
        <translation>เหตุการณ์เบื้องหลังแต่ละลิงก์</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>พิมพ์แผนภาพ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>แนวนอน</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>แนวตั้ง</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> มม.</translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>ไม่ลับ</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>ลับ</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>ลับมาก</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>ลับที่สุด</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>กระดาษ:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>แนว:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>ระยะขอบ:</translation>
    </message>
    <message>
        <source>across ×</source>
        <translation>แนวนอน ×</translation>
    </message>
    <message>
        <source>down</source>
        <translation>แนวตั้ง</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>จำนวนหน้า:</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation>ซ้อนทับ:</translation>
    </message>
    <message>
        <source>Title block</source>
        <translation>กรอบหัวเรื่อง</translation>
    </message>
    <message>
        <source>Chart title:</source>
        <translation>ชื่อแผนภาพ:</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>ชื่อคดี:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>เลขคดี:</translation>
    </message>
    <message>
        <source>Exhibit:</source>
        <translation>วัตถุพยาน:</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translation>ผู้ตรวจสอบ:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>ชั้นความลับ:</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>ภาคผนวก</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>ดูตัวอย่าง…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>Write the pages as PDF, SVG or PNG</source>
        <translation>เขียนหน้าเป็น PDF, SVG หรือ PNG</translation>
    </message>
</context>
<context>
    <name>sg::RemainingTime</name>
    <message>
        <source>A few seconds left</source>
        <translation>เหลืออีกไม่กี่วินาที</translation>
    </message>
    <message>
        <source>About %1 seconds left</source>
        <translation>เหลืออีกประมาณ %1 วินาที</translation>
    </message>
    <message>
        <source>About %1 min left</source>
        <translation>เหลืออีกประมาณ %1 นาที</translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translation>เหลืออีกประมาณ %1 ชม. %2 นาที</translation>
    </message>
</context>
<context>
    <name>sg::ReportWriter</name>
    <message>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translation>รูปแบบ / ตัวนำเข้า</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>นำเข้าเมื่อ</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>ผู้ตรวจสอบ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translation>ประวัติเอนทิตี: %1</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>ตัวระบุ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>คีย์</translation>
    </message>
    <message>
        <source>(kept as written: it did not validate)</source>
        <translation>(เก็บตามที่เขียน: ตรวจสอบไม่ผ่าน)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>เลขอ้างอิง</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>เพื่อนบ้าน</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Names and aliases, by source</source>
        <translation>ชื่อและนามแฝง ตามแหล่งที่มา</translation>
    </message>
    <message>
        <source>No source gives a name.</source>
        <translation>ไม่มีแหล่งที่มาใดระบุชื่อ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>Devices, accounts and other declared links</source>
        <translation>อุปกรณ์ บัญชี และลิงก์ที่ประกาศอื่น ๆ</translation>
    </message>
    <message>
        <source>None declared in the case.</source>
        <translation>ไม่มีการประกาศในคดี</translation>
    </message>
    <message>
        <source>Declared link</source>
        <translation>ลิงก์ที่ประกาศ</translation>
    </message>
    <message>
        <source>Contacts, by activity</source>
        <translation>ผู้ติดต่อ ตามกิจกรรม</translation>
    </message>
    <message>
        <source>%1 out, %2 in</source>
        <translation>ออก %1 เข้า %2</translation>
    </message>
    <message>
        <source>No events with other entities.</source>
        <translation>ไม่มีเหตุการณ์กับเอนทิตีอื่น</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>เวลาโทร</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>เงิน</translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translation>ครั้งแรก (UTC)</translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation>ครั้งล่าสุด (UTC)</translation>
    </message>
    <message>
        <source>Activity by weekday and hour (local time of each record)</source>
        <translation>กิจกรรมตามวันในสัปดาห์และชั่วโมง (เวลาท้องถิ่นของแต่ละบันทึก)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเวลา</translation>
    </message>
    <message>
        <source>The first %1 of %2 events.</source>
        <translation>%1 รายการแรกจาก %2 เหตุการณ์</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>ไม่มีเหตุการณ์</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>From</source>
        <translation>จาก</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translation>ระยะเวลา / จำนวนเงิน</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>บันทึกต้นทาง</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>แหล่งข้อมูล</translation>
    </message>
    <message>
        <source>Case summary: %1</source>
        <translation>สรุปคดี: %1</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>เลขคดี</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>ชื่อคดี</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>ภูมิภาคเริ่มต้น</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>เขตเวลาเริ่มต้น</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>แหล่งที่มา (%1)</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Entities and events</source>
        <translation>เอนทิตีและเหตุการณ์</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>เอนทิตี</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>ลิงก์</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Charts (%1)</source>
        <translation>แผนภาพ (%1)</translation>
    </message>
    <message>
        <source>No saved charts.</source>
        <translation>ไม่มีแผนภาพที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>แผนภาพ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>แก้ไขเมื่อ</translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translation>ประวัติเอนทิตี</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>สรุปคดี</translation>
    </message>
    <message>
        <source>The report could not be opened for writing.</source>
        <translation>ไม่สามารถเปิดรายงานเพื่อเขียน</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>คดี %1: %2</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>วัตถุพยาน %1</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translation>พิมพ์เมื่อ %1 (%2)</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>ผู้ตรวจพิสูจน์: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <source>Added by the analyst</source>
        <translation>เพิ่มโดยนักวิเคราะห์</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>แท็ก: %1</translation>
    </message>
    <message>
        <source>Merged entities (ids)</source>
        <translation>เอนทิตีที่รวม (id)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation>บันทึกโดย %1, %2</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>ไฟล์แนบ</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>ไบต์</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>เพิ่มโดย</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เวลาที่เพิ่ม</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>บันทึกของคดี</translation>
    </message>
    <message>
        <source>Listed: the %1 most active of %2 contacts. Events with the others: %3.</source>
        <translation>แสดง: ผู้ติดต่อที่มีกิจกรรมมากที่สุด %1 รายจาก %2 ราย เหตุการณ์กับรายอื่น: %3</translation>
    </message>
</context>
<context>
    <name>sg::SeagullCsvImporter</name>
    <message>
        <source>Seagull CSV export (entities, links or events)</source>
        <translation>ไฟล์ส่งออก CSV ของ Seagull (เอนทิตี ลิงก์ หรือเหตุการณ์)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ว่างเปล่า</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; or an empty key</source>
        <translation>ชนิดเอนทิตี &quot;%1&quot; ที่ไม่รู้จักหรือคีย์ว่าง</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>การนำเข้า %1 ถูกยกเลิก</translation>
    </message>
    <message>
        <source>unknown link kind &quot;%1&quot;</source>
        <translation>ชนิดลิงก์ &quot;%1&quot; ที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translation>ชนิดเหตุการณ์ &quot;%1&quot; ที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>unreadable time &quot;%1&quot;</source>
        <translation>เวลาที่อ่านไม่ได้ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unreadable amount &quot;%1&quot;</source>
        <translation>จำนวนเงินที่อ่านไม่ได้ &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n link totals skipped: they are made again from the events.</source>
        <translation>
            <numerusform>ข้ามผลรวมลิงก์ %n รายการ: จะสร้างใหม่จากเหตุการณ์</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::SearchPanel</name>
    <message>
        <source>Open a case to search it.</source>
        <translation>เปิดคดีเพื่อค้นหา</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>ไม่พบ &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n found: drag onto the chart or double-click.</source>
        <translation>
            <numerusform>พบ %n รายการ: ลากไปยังแผนภาพหรือดับเบิลคลิก</numerusform>
        </translation>
    </message>
    <message>
        <source>Number, IMEI, account or name</source>
        <translation>หมายเลข IMEI บัญชี หรือชื่อ</translation>
    </message>
    <message>
        <source>Type a number in any common form (012 345 678, +855 12 345 678, native digits) or a name.</source>
        <translation>พิมพ์หมายเลขในรูปแบบทั่วไปใดก็ได้ (012 345 678, +855 12 345 678, ตัวเลขท้องถิ่น) หรือชื่อ</translation>
    </message>
</context>
<context>
    <name>sg::SettingsDialog</name>
    <message>
        <source>Years in the Thai Buddhist era (B.E. = C.E. + 543)</source>
        <translation>แสดงปีเป็นพุทธศักราช (พ.ศ. = ค.ศ. + 543)</translation>
    </message>
    <message>
        <source>Welcome to Seagull</source>
        <translation>ยินดีต้อนรับสู่ Seagull</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Your name and rank, as they should appear in audits and prints</source>
        <translation>ชื่อและยศของคุณ ตามที่จะปรากฏในบันทึกการตรวจสอบและงานพิมพ์</translation>
    </message>
    <message>
        <source>The country code that numbers without one belong to, in new cases</source>
        <translation>รหัสประเทศของหมายเลขที่ไม่มีรหัสประเทศ ในคดีใหม่</translation>
    </message>
    <message>
        <source>The time zone of local times in new cases (IANA name)</source>
        <translation>เขตเวลาของเวลาท้องถิ่นในคดีใหม่ (ชื่อ IANA)</translation>
    </message>
    <message>
        <source>Seagull keeps each case in one file on this computer and never connects to a network. Choose your language and say who you are; everything here can be changed later in Settings.</source>
        <translation>Seagull เก็บแต่ละคดีไว้ในไฟล์เดียวบนคอมพิวเตอร์เครื่องนี้ และไม่เชื่อมต่อเครือข่ายใดๆ เลือกภาษาและระบุว่าคุณคือใคร ทุกอย่างที่นี่เปลี่ยนได้ภายหลังในการตั้งค่า</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translation>ผู้ตรวจสอบ:</translation>
    </message>
    <message>
        <source>Region of new cases:</source>
        <translation>ภูมิภาคของคดีใหม่:</translation>
    </message>
    <message>
        <source>Time zone of new cases:</source>
        <translation>เขตเวลาของคดีใหม่:</translation>
    </message>
    <message>
        <source>%1 is not a region code (such as KH, TH, VN, CN, LA, MM).</source>
        <translation>%1 ไม่ใช่รหัสภูมิภาค (เช่น KH, TH, VN, CN, LA, MM)</translation>
    </message>
    <message>
        <source>%1 is not a time zone (such as Asia/Phnom_Penh).</source>
        <translation>%1 ไม่ใช่เขตเวลา (เช่น Asia/Phnom_Penh)</translation>
    </message>
</context>
<context>
    <name>sg::Shortcuts</name>
    <message>
        <source>used seldom: from the menu</source>
        <translation>ใช้ไม่บ่อย: ใช้จากเมนู</translation>
    </message>
    <message>
        <source>a setting, chosen once: from the menu</source>
        <translation>การตั้งค่าที่เลือกครั้งเดียว: ใช้จากเมนู</translation>
    </message>
    <message>
        <source>one entry of a list: from the menu</source>
        <translation>รายการหนึ่งในรายการ: ใช้จากเมนู</translation>
    </message>
    <message>
        <source>changes the case and asks first: kept off the keyboard</source>
        <translation>เปลี่ยนแปลงคดีและถามก่อน: ไม่ใส่ปุ่มลัด</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>เมนู</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ปุ่มลัด</translation>
    </message>
    <message>
        <source>(each entry)</source>
        <translation>(แต่ละรายการ)</translation>
    </message>
</context>
<context>
    <name>sg::SourceWriter</name>
    <message>
        <source>The source could not be recorded in the case.</source>
        <translation>ไม่สามารถบันทึกแหล่งข้อมูลในคดีได้</translation>
    </message>
    <message>
        <source>An entity could not be stored.</source>
        <translation>ไม่สามารถจัดเก็บเอนทิตีได้</translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translation>ไม่สามารถจัดเก็บชื่ออื่นได้</translation>
    </message>
    <message>
        <source>An event could not be stored.</source>
        <translation>ไม่สามารถจัดเก็บเหตุการณ์ได้</translation>
    </message>
    <message>
        <source>A link could not be stored.</source>
        <translation>ไม่สามารถจัดเก็บความเชื่อมโยงได้</translation>
    </message>
    <message>
        <source>The links of the imported records could not be built.</source>
        <translation>ไม่สามารถสร้างความเชื่อมโยงของระเบียนที่นำเข้าได้</translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translation>บันทึกคุณสมบัติไม่ได้</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>ไม่สามารถอ่านไฟล์คดีได้</translation>
    </message>
    <message>
        <source>A record refers to entity %1, which is not in the case; nothing was added.</source>
        <translation>ระเบียนหนึ่งอ้างถึงเอนทิตี %1 ซึ่งไม่มีอยู่ในคดี ไม่มีสิ่งใดถูกเพิ่ม</translation>
    </message>
    <message>
        <source>the durations of the events from entity %1 to entity %2 add up to more than can be stored; a record&apos;s duration is wrong</source>
        <translation>ระยะเวลารวมของเหตุการณ์จากเอนทิตี %1 ถึงเอนทิตี %2 เกินกว่าที่จะเก็บได้ ระยะเวลาของระเบียนบางรายการผิด</translation>
    </message>
    <message>
        <source>a link of source %1 was not written</source>
        <translation>ลิงก์หนึ่งของแหล่งข้อมูล %1 ไม่ได้ถูกเขียน</translation>
    </message>
    <message>
        <source>The import was stopped; nothing from %1 was added.</source>
        <translation>การนำเข้าถูกหยุด ไม่มีข้อมูลจาก %1 ถูกเพิ่ม</translation>
    </message>
    <message>
        <source>Indexing %1</source>
        <translation>กำลังสร้างดัชนีของ %1</translation>
    </message>
</context>
<context>
    <name>sg::TableFile</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>ไม่สามารถอ่าน %1 ได้</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it has no %2.</source>
        <translation>%1 ไม่ใช่สมุดงาน XLSX: ไม่มี %2</translation>
    </message>
    <message>
        <source>%1: worksheet &quot;%2&quot; is missing from the workbook.</source>
        <translation>%1: ไม่มีแผ่นงาน &quot;%2&quot; ในสมุดงาน</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an XLSX workbook.</source>
        <translation>%1 เป็นไฟล์ zip แต่ไม่ใช่สมุดงาน XLSX</translation>
    </message>
    <message>
        <source>%1 is neither a text table nor an XLSX workbook (it contains binary data).</source>
        <translation>%1 ไม่ใช่ทั้งตารางข้อความและสมุดงาน XLSX (มีข้อมูลไบนารี)</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>ไม่รู้จักการเข้ารหัสข้อความ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>sg::TableMapping</name>
    <message>
        <source>The mapping has no name.</source>
        <translation>การจับคู่ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: kind &quot;%2&quot; is not known.</source>
        <translation>การจับคู่ &quot;%1&quot;: ไม่รู้จักชนิด &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: unknown column role &quot;%2&quot;.</source>
        <translation>การจับคู่ &quot;%1&quot;: ไม่รู้จักบทบาทคอลัมน์ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>known roles: %1</source>
        <translation>บทบาทที่รู้จัก: %1</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no amount column (amount, or debit and credit).</source>
        <translation>การจับคู่ &quot;%1&quot; ไม่ได้ระบุคอลัมน์จำนวนเงิน (amount หรือ debit และ credit)</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no date column (datetime or date).</source>
        <translation>การจับคู่ &quot;%1&quot; ไม่ได้ระบุคอลัมน์วันที่ (datetime หรือ date)</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: time format &quot;%2&quot; is not known.</source>
        <translation>การจับคู่ &quot;%1&quot;: ไม่รู้จักรูปแบบเวลา &quot;%2&quot;</translation>
    </message>
    <message>
        <source>known: auto, dmy, mdy, ymd, unix, unix-ms, step:day:YYYY-MM-DD, step:hour:YYYY-MM-DD</source>
        <translation>ที่รู้จัก: auto, dmy, mdy, ymd, unix, unix-ms, step:day:YYYY-MM-DD, step:hour:YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Bank or wallet statement</source>
        <translation>รายการเดินบัญชีธนาคารหรือกระเป๋าเงิน</translation>
    </message>
    <message>
        <source>The table does not have the columns mapping &quot;%1&quot; needs: %2.</source>
        <translation>ตารางไม่มีคอลัมน์ที่การจับคู่ &quot;%1&quot; ต้องใช้: %2</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>คอลัมน์: %1</translation>
    </message>
    <message>
        <source>known kinds: transfers, calls</source>
        <translation>ชนิดที่รู้จัก: transfers, calls</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no parties (caller and callee, or subscriber and other).</source>
        <translation>การจับคู่ &quot;%1&quot; ไม่ได้ระบุคู่สาย (caller และ callee หรือ subscriber และ other)</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: direction code &quot;%2&quot; must mean &quot;in&quot; or &quot;out&quot;.</source>
        <translation>การจับคู่ &quot;%1&quot;: รหัสทิศทาง &quot;%2&quot; ต้องหมายถึง &quot;in&quot; หรือ &quot;out&quot;</translation>
    </message>
</context>
<context>
    <name>sg::TimeFilterBar</name>
    <message>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>เล่น</translation>
    </message>
    <message>
        <source>Walk the end of the range forward a day at a time and watch the network grow</source>
        <translation>เลื่อนจุดสิ้นสุดของช่วงไปข้างหน้าทีละวันและดูเครือข่ายเติบโต</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>แสดงทั้งหมด</translation>
    </message>
    <message>
        <source>Events from %1 to %2 (%3)</source>
        <translation>เหตุการณ์ตั้งแต่ %1 ถึง %2 (%3)</translation>
    </message>
    <message>
        <source>No events on this chart.</source>
        <translation>ไม่มีเหตุการณ์ในแผนภาพนี้</translation>
    </message>
    <message>
        <source>Hide outside</source>
        <translation>ซ่อนที่อยู่นอกช่วง</translation>
    </message>
    <message>
        <source>Hide the links and entities with no events in the range instead of fading them</source>
        <translation>ซ่อนลิงก์และเอนทิตีที่ไม่มีเหตุการณ์ในช่วง แทนการทำให้จางลง</translation>
    </message>
</context>
<context>
    <name>sg::TimelinePanel</name>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translation>เลือกเอนทิตีในแผนภาพเพื่อดูเหตุการณ์ตามเวลา</translation>
    </message>
    <message>
        <source>The first %1 events among %2 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translation>เหตุการณ์ %1 รายการแรกระหว่าง %2 เอนทิตี ซูมด้วยล้อเลื่อน ลากเพื่อเลื่อน ดับเบิลคลิกเพื่อดูทั้งหมด</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) among %1 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translation>
            <numerusform>%n เหตุการณ์ระหว่าง %1 เอนทิตี ซูมด้วยล้อเลื่อน ลากเพื่อเลื่อน ดับเบิลคลิกเพื่อดูทั้งหมด</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>Theme lines</source>
        <translation>เส้นธีม</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translation>เงินตามช่วงเวลา</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเวลา</translation>
    </message>
    <message>
        <source>Case time zone</source>
        <translation>เขตเวลาของคดี</translation>
    </message>
    <message>
        <source>Each record&apos;s local time</source>
        <translation>เวลาท้องถิ่นของแต่ละระเบียน</translation>
    </message>
    <message>
        <source>The clock of the time axis: the case&apos;s zone, or the local time each source recorded</source>
        <translation>นาฬิกาของแกนเวลา: เขตเวลาของคดี หรือเวลาท้องถิ่นที่แต่ละแหล่งบันทึกไว้</translation>
    </message>
    <message>
        <source>Follow the selection</source>
        <translation>ติดตามการเลือก</translation>
    </message>
    <message>
        <source>Money over time shows a fixed group; show the selected entities&apos; money again</source>
        <translation>เงินตามเวลากำลังแสดงกลุ่มที่กำหนดไว้ กดเพื่อกลับไปแสดงเงินของเอนทิตีที่เลือก</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Print the view shown, with the title block and legend, or preview it</source>
        <translation>พิมพ์มุมมองที่แสดงพร้อมหัวเรื่องและคำอธิบายสัญลักษณ์ หรือดูตัวอย่างก่อนพิมพ์</translation>
    </message>
    <message>
        <source>Write the view shown as PDF, SVG or PNG with the title block</source>
        <translation>บันทึกมุมมองที่แสดงเป็น PDF, SVG หรือ PNG พร้อมหัวเรื่อง</translation>
    </message>
    <message numerus="yes">
        <source>%n selected entities together</source>
        <translation>
            <numerusform>%n เอนทิตีที่เลือกรวมกัน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::TimelineView</name>
    <message>
        <source>Times in %1 (%2)</source>
        <translation>เวลาใน %1 (%2)</translation>
    </message>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translation>เลือกเอนทิตีในแผนภาพเพื่อดูเหตุการณ์ตามเวลา</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>และอีก %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: from the caller&apos;s or payer&apos;s line, arrow at the other&apos;s</source>
        <translation>%1: จากเส้นของผู้โทรหรือผู้จ่าย ลูกศรชี้ไปที่อีกฝ่าย</translation>
    </message>
    <message>
        <source>Zoomed out: bars count the events on each line; zoom in to see each event</source>
        <translation>ซูมออก: แท่งแสดงจำนวนเหตุการณ์บนแต่ละเส้น ซูมเข้าเพื่อดูแต่ละเหตุการณ์</translation>
    </message>
    <message>
        <source>Times in each record&apos;s own local time, as its source wrote it</source>
        <translation>เวลาตามเวลาท้องถิ่นของแต่ละระเบียน ตามที่แหล่งข้อมูลบันทึกไว้</translation>
    </message>
    <message>
        <source>Beside a mark: its time when few are shown, and ×N for N events in the same instant on this scale</source>
        <translation>ข้างเครื่องหมาย: เวลาเมื่อแสดงไม่มาก และ ×N คือ N เหตุการณ์ในเวลาเดียวกันที่มาตราส่วนนี้</translation>
    </message>
</context>
<context>
    <name>sg::UfdrImporter</name>
    <message>
        <source>Models are nested deeper than %1 levels.</source>
        <translation>โมเดลซ้อนกันลึกเกิน %1 ระดับ</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>บรรทัด %1</translation>
    </message>
    <message>
        <source>The report names %1 IMEIs (%2); the handset is known by the first.</source>
        <translation>รายงานระบุ IMEI %1 หมายเลข (%2) ใช้หมายเลขแรกระบุเครื่อง</translation>
    </message>
    <message>
        <source>project &quot;%1&quot;</source>
        <translation>โครงการ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report version %1</source>
        <translation>รายงานรุ่น %1</translation>
    </message>
    <message>
        <source>%1 extraction</source>
        <translation>การสกัดแบบ %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>อุปกรณ์ %1</translation>
    </message>
    <message>
        <source>Cellebrite report: %1.</source>
        <translation>รายงาน Cellebrite: %1</translation>
    </message>
    <message>
        <source>no project details</source>
        <translation>ไม่มีรายละเอียดโครงการ</translation>
    </message>
    <message>
        <source>Case information in the report: %1.</source>
        <translation>ข้อมูลคดีในรายงาน: %1</translation>
    </message>
    <message>
        <source>Handset IMEI %1, own number %2.</source>
        <translation>IMEI ของเครื่อง %1 หมายเลขของเจ้าของ %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>(untyped)</source>
        <translation>(ไม่ระบุชนิด)</translation>
    </message>
    <message>
        <source>no readable time stamp (&quot;%1&quot;)</source>
        <translation>ไม่มีเวลาที่อ่านได้ (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>วิดีโอคอล</translation>
    </message>
    <message>
        <source>sender unknown</source>
        <translation>ไม่ทราบผู้ส่ง</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the device had deleted were recovered by the extraction; they are marked deleted.</source>
        <translation>
            <numerusform>การสกัดกู้คืน %n ระเบียนที่อุปกรณ์ลบไปแล้ว และทำเครื่องหมายว่าลบแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are marked deleted in the report.</source>
        <translation>
            <numerusform>มีผู้ติดต่อ %n รายการที่ถูกทำเครื่องหมายว่าลบแล้วในรายงาน</numerusform>
        </translation>
    </message>
    <message>
        <source>Models this version does not import: %1.</source>
        <translation>โมเดลที่รุ่นนี้ไม่นำเข้า: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>ไม่สามารถอ่าน %1 ได้</translation>
    </message>
    <message>
        <source>Cellebrite UFDR report (.ufdr or report.xml)</source>
        <translation>รายงาน Cellebrite UFDR (.ufdr หรือ report.xml)</translation>
    </message>
    <message>
        <source>%1 holds no report.xml; it is not a Cellebrite UFDR.</source>
        <translation>%1 ไม่มี report.xml จึงไม่ใช่ Cellebrite UFDR</translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: its root element is &lt;%2&gt;, not &lt;project&gt;.</source>
        <translation>%1 ไม่ใช่รายงาน Cellebrite: องค์ประกอบรากคือ &lt;%2&gt; ไม่ใช่ &lt;project&gt;</translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: it has no &lt;project&gt; element.</source>
        <translation>%1 ไม่ใช่รายงาน Cellebrite: ไม่มีองค์ประกอบ &lt;project&gt;</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>กำลังอ่าน %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that XML does not allow (control characters, raw or as references such as &amp;#x1;) were removed from the report.</source>
        <translation>
            <numerusform>ลบอักขระที่ XML ไม่อนุญาต %n ตัวออกจากรายงาน (อักขระควบคุม ทั้งแบบดิบหรือแบบอ้างอิง เช่น &amp;#x1;)</numerusform>
        </translation>
    </message>
    <message>
        <source>The report holds no contacts, calls or messages.</source>
        <translation>รายงานไม่มีผู้ติดต่อ การโทร หรือข้อความ</translation>
    </message>
</context>
<context>
    <name>sg::UserGuide</name>
    <message>
        <source>Seagull user guide</source>
        <translation>คู่มือผู้ใช้ Seagull</translation>
    </message>
    <message>
        <source>This chapter is not translated yet; it is shown in English.</source>
        <translation>บทนี้ยังไม่ได้แปล จึงแสดงเป็นภาษาอังกฤษ</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidContactsImporter</name>
    <message>
        <source>WhatsApp for Android contacts (wa.db)</source>
        <translation>รายชื่อ WhatsApp บน Android (wa.db)</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidMessagesImporter</name>
    <message>
        <source>WhatsApp for Android messages (msgstore.db)</source>
        <translation>ข้อความ WhatsApp บน Android (msgstore.db)</translation>
    </message>
    <message>
        <source>Read with the current WhatsApp schema (message, jid, chat).</source>
        <translation>อ่านด้วยโครงสร้าง WhatsApp ปัจจุบัน (message, jid, chat)</translation>
    </message>
    <message>
        <source>Read with the legacy WhatsApp schema (messages).</source>
        <translation>อ่านด้วยโครงสร้าง WhatsApp รุ่นเก่า (messages)</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosCallsImporter</name>
    <message>
        <source>WhatsApp for iOS calls (CallHistory.sqlite)</source>
        <translation>การโทร WhatsApp บน iOS (CallHistory.sqlite)</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosChatImporter</name>
    <message>
        <source>WhatsApp for iOS chats (ChatStorage.sqlite)</source>
        <translation>แชต WhatsApp บน iOS (ChatStorage.sqlite)</translation>
    </message>
    <message>
        <source>The owner&apos;s WhatsApp account is %1.</source>
        <translation>บัญชี WhatsApp ของเจ้าของคือ %1</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosContactsImporter</name>
    <message>
        <source>WhatsApp for iOS contacts (ContactsV2.sqlite)</source>
        <translation>รายชื่อ WhatsApp บน iOS (ContactsV2.sqlite)</translation>
    </message>
</context>
<context>
    <name>sg::XmlFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>บรรทัด %1 คอลัมน์ %2</translation>
    </message>
    <message>
        <source>the document ends at line %1 before it is complete (the file is truncated)</source>
        <translation>เอกสารจบที่บรรทัด %1 ก่อนครบถ้วน (ไฟล์ถูกตัด)</translation>
    </message>
    <message>
        <source>%1 is refused: it declares a DTD, which can expand entities without limit; forensic reports never need one.</source>
        <translation>ปฏิเสธ %1: มีการประกาศ DTD ซึ่งขยายเอนทิตีได้ไม่จำกัด รายงานนิติวิทยาศาสตร์ไม่เคยต้องใช้</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>บรรทัด %1</translation>
    </message>
    <message>
        <source>it refers to the undeclared entity &quot;%1&quot;</source>
        <translation>อ้างถึงเอนทิตีที่ไม่ได้ประกาศ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the document ends inside an element</source>
        <translation>เอกสารจบภายในองค์ประกอบ</translation>
    </message>
    <message>
        <source>%1 cannot be read: one element near line %2 holds more than %3 MB; the document is damaged or not a report.</source>
        <translation>ไม่สามารถอ่าน %1 ได้: องค์ประกอบหนึ่งใกล้บรรทัด %2 มีขนาดเกิน %3 MB เอกสารเสียหายหรือไม่ใช่รายงาน</translation>
    </message>
</context>
<context>
    <name>sg::XryImporter</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>ไม่สามารถอ่าน %1 ได้</translation>
    </message>
    <message>
        <source>%1 is not an XRY text export: it does not begin with &quot;XRY Export&quot;.</source>
        <translation>%1 ไม่ใช่ไฟล์ส่งออกข้อความของ XRY: ไม่ได้ขึ้นต้นด้วย &quot;XRY Export&quot;</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>บรรทัด %1</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ว่างเปล่า</translation>
    </message>
    <message>
        <source>Record %1 of %2 is larger than %3 MB.</source>
        <translation>ระเบียน %1 ของ %2 ใหญ่เกิน %3 MB</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>ระเบียน %1: %2</translation>
    </message>
    <message>
        <source>the call has no time; the number is kept without an event</source>
        <translation>การโทรไม่มีเวลา เก็บหมายเลขไว้โดยไม่สร้างเหตุการณ์</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; cannot be read</source>
        <translation>อ่านเวลา &quot;%1&quot; ไม่ได้</translation>
    </message>
    <message>
        <source>the message has no time; its numbers are kept without an event</source>
        <translation>ข้อความไม่มีเวลา เก็บหมายเลขไว้โดยไม่สร้างเหตุการณ์</translation>
    </message>
    <message>
        <source>The handset&apos;s IMEI is %1.</source>
        <translation>IMEI ของเครื่องคือ %1</translation>
    </message>
    <message numerus="yes">
        <source>A multi-part message (reference %1) is incomplete; its %n part(s) are imported separately.</source>
        <translation>
            <numerusform>ข้อความหลายส่วน (อ้างอิง %1) ไม่ครบ นำเข้า %n ส่วนแยกกัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are marked deleted.</source>
        <translation>
            <numerusform>มี %n ระเบียนที่ถูกทำเครื่องหมายว่าลบแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 record(s) of the XRY category &quot;%2&quot; are not imported by this version.</source>
        <translation>รุ่นนี้ไม่นำเข้า %1 ระเบียนของหมวด XRY &quot;%2&quot;</translation>
    </message>
    <message>
        <source>XRY text export (calls, messages, contacts, device)</source>
        <translation>ไฟล์ส่งออกข้อความ XRY (การโทร ข้อความ ผู้ติดต่อ อุปกรณ์)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>กำลังอ่าน %1</translation>
    </message>
    <message>
        <source>XRY export: %1.</source>
        <translation>การส่งออก XRY: %1</translation>
    </message>
    <message>
        <source>Dates read as %1.</source>
        <translation>อ่านวันที่เป็น %1</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>เดือน/วัน/ปี</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>วัน/เดือน/ปี</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>ปี-เดือน-วัน</translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translation>ไฟล์ไม่มีระเบียน</translation>
    </message>
</context>
<context>
    <name>sg::ZipArchive</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>ไม่สามารถอ่าน %1 ได้</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive.</source>
        <translation>%1 ไม่ใช่ไฟล์ zip ที่อ่านได้</translation>
    </message>
    <message>
        <source>the file is too short</source>
        <translation>ไฟล์สั้นเกินไป</translation>
    </message>
    <message>
        <source>no end of central directory record (the archive is truncated or not a zip)</source>
        <translation>ไม่มีระเบียนท้ายไดเรกทอรีกลาง (ไฟล์ถูกตัดหรือไม่ใช่ zip)</translation>
    </message>
    <message>
        <source>%1 is a multi-part zip archive; join the parts first.</source>
        <translation>%1 เป็นไฟล์ zip หลายส่วน ให้รวมส่วนต่าง ๆ ก่อน</translation>
    </message>
    <message>
        <source>the ZIP64 locator is missing</source>
        <translation>ไม่มีตัวระบุตำแหน่ง ZIP64</translation>
    </message>
    <message>
        <source>the ZIP64 end record lies outside the file</source>
        <translation>ระเบียนท้าย ZIP64 อยู่นอกไฟล์</translation>
    </message>
    <message>
        <source>the ZIP64 end record is damaged</source>
        <translation>ระเบียนท้าย ZIP64 เสียหาย</translation>
    </message>
    <message>
        <source>the central directory lies outside the file (the archive is truncated)</source>
        <translation>ไดเรกทอรีกลางอยู่นอกไฟล์ (ไฟล์บีบอัดถูกตัด)</translation>
    </message>
    <message>
        <source>the central directory is larger than %1 MB</source>
        <translation>ไดเรกทอรีกลางใหญ่กว่า %1 MB</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation>รายการไดเรกทอรีกลางที่ %1 เสียหาย</translation>
    </message>
    <message>
        <source>%1 is refused: it holds a member whose name points outside the archive (&quot;%2&quot;).</source>
        <translation>ปฏิเสธ %1: มีรายการที่ชื่อชี้ออกนอกไฟล์บีบอัด (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>absolute names and &quot;..&quot; are never written by forensic tools</source>
        <translation>เครื่องมือนิติวิทยาศาสตร์ไม่เคยเขียนชื่อแบบเต็มเส้นทางหรือ &quot;..&quot;</translation>
    </message>
    <message>
        <source>%1 is refused: member &quot;%2&quot; would expand from %3 to %4 bytes.</source>
        <translation>ปฏิเสธ %1: รายการ &quot;%2&quot; จะขยายจาก %3 เป็น %4 ไบต์</translation>
    </message>
    <message>
        <source>an expansion over %1 times is a zip bomb, not evidence</source>
        <translation>การขยายเกิน %1 เท่าคือ zip bomb ไม่ใช่พยานหลักฐาน</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; lies outside the file (the archive is truncated)</source>
        <translation>รายการ &quot;%1&quot; อยู่นอกไฟล์ (ไฟล์บีบอัดถูกตัด)</translation>
    </message>
</context>
<context>
    <name>sg::ZipEntryReader</name>
    <message>
        <source>Member &quot;%1&quot; of %2 cannot be read.</source>
        <translation>อ่านรายการ &quot;%1&quot; ใน %2 ไม่ได้</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>ถูกเข้ารหัส</translation>
    </message>
    <message>
        <source>compression method %1 is not supported (only stored and deflated)</source>
        <translation>ไม่รองรับวิธีบีบอัด %1 (รองรับเฉพาะ stored และ deflated)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>ไม่สามารถอ่าน %1 ได้</translation>
    </message>
    <message>
        <source>its local header lies outside the file</source>
        <translation>ส่วนหัวภายในอยู่นอกไฟล์</translation>
    </message>
    <message>
        <source>its local header is damaged</source>
        <translation>ส่วนหัวภายในเสียหาย</translation>
    </message>
    <message>
        <source>its data lies outside the file (the archive is truncated)</source>
        <translation>ข้อมูลอยู่นอกไฟล์ (ไฟล์บีบอัดถูกตัด)</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>ตัวคลายการบีบอัดเริ่มทำงานไม่ได้</translation>
    </message>
    <message>
        <source>the data ends early (the archive is truncated)</source>
        <translation>ข้อมูลจบก่อนกำหนด (ไฟล์บีบอัดถูกตัด)</translation>
    </message>
    <message>
        <source>the compressed data ends early (the archive is truncated)</source>
        <translation>ข้อมูลที่บีบอัดจบก่อนกำหนด (ไฟล์บีบอัดถูกตัด)</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translation>ข้อมูลที่บีบอัดเสียหาย (%1)</translation>
    </message>
    <message>
        <source>it expands beyond the %1 bytes the archive declares (a zip bomb or a damaged archive)</source>
        <translation>ขยายเกิน %1 ไบต์ที่ไฟล์บีบอัดระบุ (zip bomb หรือไฟล์เสียหาย)</translation>
    </message>
    <message>
        <source>it holds %1 bytes where the archive declares %2</source>
        <translation>มีข้อมูล %1 ไบต์ แต่ไฟล์บีบอัดระบุ %2</translation>
    </message>
    <message>
        <source>its checksum does not match (the data is damaged)</source>
        <translation>ค่าตรวจสอบไม่ตรงกัน (ข้อมูลเสียหาย)</translation>
    </message>
</context>
<context>
    <name>sg::timetext</name>
    <message>
        <source>, years B.E. (Buddhist era = C.E. + 543)</source>
        <translation>; ปีเป็น พ.ศ. (พุทธศักราช = ค.ศ. + 543)</translation>
    </message>
</context>
</TS>
