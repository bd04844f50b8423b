<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>main</name>
    <message>
        <source>Seagull link-analysis workstation</source>
        <translation>Trạm phân tích liên kết Seagull</translation>
    </message>
    <message>
        <source>Case file to open.</source>
        <translation>Tệp vụ án cần mở.</translation>
    </message>
    <message>
        <source>Entity to put on an empty chart and expand.</source>
        <translation>Thực thể cần đặt lên biểu đồ trống và mở rộng.</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation>Lưu ảnh cửa sổ vào tệp PNG này rồi thoát.</translation>
    </message>
</context>
<context>
    <name>sg::ActivityPanel</name>
    <message>
        <source>Selected entities</source>
        <translation>Các thực thể đã chọn</translation>
    </message>
    <message>
        <source>Entities on this chart</source>
        <translation>Các thực thể trên biểu đồ này</translation>
    </message>
    <message>
        <source>Whole case</source>
        <translation>Toàn bộ vụ án</translation>
    </message>
    <message>
        <source>No events in this scope.</source>
        <translation>Không có sự kiện trong phạm vi này.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2, in the local time of each record.</source>
        <translation>
            <numerusform>%n sự kiện từ %1 đến %2, theo giờ địa phương của từng bản ghi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Write the activity as PDF, SVG or PNG with the title block</source>
        <translation>Ghi hoạt động thành PDF, SVG hoặc PNG kèm khung tiêu đề</translation>
    </message>
    <message>
        <source>Darker: more events in that hour of that weekday, in the local time of each record</source>
        <translation>Đậm hơn: nhiều sự kiện hơn trong giờ đó của ngày đó, theo giờ địa phương của từng bản ghi</translation>
    </message>
    <message>
        <source>Bars: events per day</source>
        <translation>Cột: số sự kiện mỗi ngày</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Print the activity, with the title block and legend, or preview it</source>
        <translation>In hoạt động, kèm khối tiêu đề và chú giải, hoặc xem trước</translation>
    </message>
</context>
<context>
    <name>sg::Analysis</name>
    <message numerus="yes">
        <source>Betweenness of %n entities</source>
        <translation>
            <numerusform>Độ trung gian của %n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closeness of %n entities</source>
        <translation>
            <numerusform>Độ gần của %n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Eigenvector centrality of %n entities</source>
        <translation>
            <numerusform>Độ trung tâm vectơ riêng của %n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PageRank of %n entities</source>
        <translation>
            <numerusform>PageRank của %n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Communities of %n entities</source>
        <translation>
            <numerusform>Cộng đồng của %n thực thể</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Người dùng đã dừng.</translation>
    </message>
    <message>
        <source>Common contacts: an entity given is not in the graph analysed.</source>
        <translation>Liên hệ chung: một thực thể đã cho không có trong đồ thị được phân tích.</translation>
    </message>
</context>
<context>
    <name>sg::AnalysisPanel</name>
    <message>
        <source>Analyse</source>
        <translation>Phân tích</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Phép đo</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Cách đếm</translation>
    </message>
    <message>
        <source>Money transfers only</source>
        <translation>Chỉ giao dịch chuyển tiền</translation>
    </message>
    <message>
        <source>The entities on this chart</source>
        <translation>Các thực thể trên biểu đồ này</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>Toàn bộ vụ án</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Cả hai chiều</translation>
    </message>
    <message>
        <source>Coming in</source>
        <translation>Chiều đến</translation>
    </message>
    <message>
        <source>Going out</source>
        <translation>Chiều đi</translation>
    </message>
    <message>
        <source>In minus out</source>
        <translation>Vào trừ ra</translation>
    </message>
    <message>
        <source>Most connected: linked entities</source>
        <translation>Liên kết nhiều nhất: số thực thể liên kết</translation>
    </message>
    <message>
        <source>Most connected: events</source>
        <translation>Liên kết nhiều nhất: số sự kiện</translation>
    </message>
    <message>
        <source>Most connected: amount moved</source>
        <translation>Liên kết nhiều nhất: số tiền chuyển</translation>
    </message>
    <message>
        <source>Betweenness (who lies between the others)</source>
        <translation>Độ trung gian (ai nằm giữa những người khác)</translation>
    </message>
    <message>
        <source>Closeness (who reaches everyone quickly)</source>
        <translation>Độ gần (ai tiếp cận mọi người nhanh)</translation>
    </message>
    <message>
        <source>Eigenvector (linked to the well linked)</source>
        <translation>Vectơ riêng (liên kết với người có nhiều liên kết)</translation>
    </message>
    <message>
        <source>PageRank (where the calls and money flow to)</source>
        <translation>PageRank (cuộc gọi và tiền chảy về đâu)</translation>
    </message>
    <message>
        <source>Separate networks</source>
        <translation>Các mạng tách biệt</translation>
    </message>
    <message>
        <source>Communities (Louvain)</source>
        <translation>Cộng đồng (Louvain)</translation>
    </message>
    <message>
        <source>k-core (the densely linked core)</source>
        <translation>k-lõi (phần lõi liên kết dày đặc)</translation>
    </message>
    <message>
        <source>Cut points (remove one and the network splits)</source>
        <translation>Điểm cắt (bỏ một điểm thì mạng tách ra)</translation>
    </message>
    <message>
        <source>Common contacts of the selected entities</source>
        <translation>Liên hệ chung của các thực thể đã chọn</translation>
    </message>
    <message>
        <source>Shortest path between two selected entities</source>
        <translation>Đường ngắn nhất giữa hai thực thể đã chọn</translation>
    </message>
    <message>
        <source>Five shortest paths between two selected entities</source>
        <translation>Năm đường ngắn nhất giữa hai thực thể đã chọn</translation>
    </message>
    <message>
        <source>Journey in time between two selected entities</source>
        <translation>Hành trình theo thời gian giữa hai thực thể đã chọn</translation>
    </message>
    <message>
        <source>Network connecting the selected entities</source>
        <translation>Mạng nối các thực thể đã chọn</translation>
    </message>
    <message>
        <source>Pass-through mules (money forwarded within the window)</source>
        <translation>Tài khoản la chuyển tiếp (tiền chuyển đi trong khoảng thời gian)</translation>
    </message>
    <message>
        <source>Fan-in (many counterparts paying or calling one, within the window)</source>
        <translation>Hội tụ (nhiều bên trả tiền hoặc gọi cho một bên, trong khoảng thời gian)</translation>
    </message>
    <message>
        <source>Fan-out (one paying or calling many, within the window)</source>
        <translation>Phân tán (một bên trả tiền hoặc gọi cho nhiều bên, trong khoảng thời gian)</translation>
    </message>
    <message>
        <source>Devices used with several numbers (SIM boxes)</source>
        <translation>Thiết bị dùng với nhiều số (hộp SIM)</translation>
    </message>
    <message>
        <source>Den membership hints for the selected member</source>
        <translation>Gợi ý thành viên ổ nhóm cho thành viên đã chọn</translation>
    </message>
    <message>
        <source>Follow the money paid by the selected entity</source>
        <translation>Lần theo tiền do thực thể đã chọn trả</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Add to chart</source>
        <translation>Thêm vào biểu đồ</translation>
    </message>
    <message>
        <source>Size by</source>
        <translation>Cỡ theo</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Tô màu theo</translation>
    </message>
    <message>
        <source>Select every listed entity that is on the chart.</source>
        <translation>Chọn mọi thực thể trong danh sách có trên biểu đồ.</translation>
    </message>
    <message>
        <source>Add the selected rows (or all) to the chart.</source>
        <translation>Thêm các dòng đã chọn (hoặc tất cả) vào biểu đồ.</translation>
    </message>
    <message>
        <source>Draw the chart&apos;s entities larger the higher their value (undoable).</source>
        <translation>Vẽ thực thể trên biểu đồ lớn hơn khi giá trị cao hơn (có thể hoàn tác).</translation>
    </message>
    <message>
        <source>Colour the chart&apos;s entities by their value or group (undoable).</source>
        <translation>Tô màu thực thể trên biểu đồ theo giá trị hoặc nhóm (có thể hoàn tác).</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Thực thể</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Longest wait between steps (hours, 0: any)</source>
        <translation>Thời gian chờ lâu nhất giữa các bước (giờ, 0: bất kỳ)</translation>
    </message>
    <message>
        <source>Time window in hours (0: 72 for mules, 24 for fans, a week for a trace)</source>
        <translation>Khoảng thời gian tính bằng giờ (0: 72 cho tài khoản la, 24 cho hội tụ/phân tán, một tuần cho lần theo tiền)</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Phân tích</translation>
    </message>
    <message>
        <source>Select exactly two entities on the chart first.</source>
        <translation>Hãy chọn đúng hai thực thể trên biểu đồ trước.</translation>
    </message>
    <message>
        <source>Select one entity on the chart first.</source>
        <translation>Hãy chọn một thực thể trên biểu đồ trước.</translation>
    </message>
    <message>
        <source>Select at least two entities on the chart first.</source>
        <translation>Hãy chọn ít nhất hai thực thể trên biểu đồ trước.</translation>
    </message>
    <message numerus="yes">
        <source>%n communities</source>
        <translation>
            <numerusform>%n cộng đồng</numerusform>
        </translation>
    </message>
    <message>
        <source>modularity %1</source>
        <translation>độ mô-đun %1</translation>
    </message>
    <message numerus="yes">
        <source>%n separate networks</source>
        <translation>
            <numerusform>%n mạng tách biệt</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts in %1.</source>
        <translation>Số tiền tính bằng %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities connect the selection</source>
        <translation>
            <numerusform>%n thực thể nối các mục đã chọn</numerusform>
        </translation>
    </message>
    <message>
        <source>path %1, step %2</source>
        <translation>đường %1, bước %2</translation>
    </message>
    <message>
        <source>No path between the two entities.</source>
        <translation>Không có đường giữa hai thực thể.</translation>
    </message>
    <message numerus="yes">
        <source>%n hops</source>
        <translation>
            <numerusform>%n bước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n listed)</source>
        <translation>
            <numerusform>(%n mục)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of %2, median hold %3 h</source>
        <translation>%1% của %2, giữ trung vị %3 giờ</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts forward most of what they receive</source>
        <translation>
            <numerusform>%n tài khoản chuyển đi phần lớn số tiền nhận được</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 từ %2</translation>
    </message>
    <message numerus="yes">
        <source>within %n hours</source>
        <translation>
            <numerusform>trong %n giờ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (devices %2, contacts %3, places %4)</source>
        <translation>%1 (thiết bị %2, liên hệ %3, địa điểm %4)</translation>
    </message>
    <message>
        <source>hints only: check the evidence before concluding</source>
        <translation>chỉ là gợi ý: hãy kiểm tra bằng chứng trước khi kết luận</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bên trả</translation>
    </message>
    <message>
        <source>No transfers paid by this entity.</source>
        <translation>Thực thể này không có giao dịch chuyển tiền đi.</translation>
    </message>
    <message numerus="yes">
        <source>%n accounts reached</source>
        <translation>
            <numerusform>tiền đến %n tài khoản</numerusform>
        </translation>
    </message>
    <message>
        <source>Size by %1</source>
        <translation>Cỡ theo %1</translation>
    </message>
    <message>
        <source>Colour by %1</source>
        <translation>Tô màu theo %1</translation>
    </message>
    <message>
        <source>Devices in the evidence of several sources (seized phones, operators)</source>
        <translation>Thiết bị có trong chứng cứ của nhiều nguồn (điện thoại thu giữ, nhà mạng)</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translation>Dòng tiền theo thời gian</translation>
    </message>
    <message>
        <source>Money in and out of the accounts listed (the selected rows, or all but the trace&apos;s start) taken as one, with the running balance</source>
        <translation>Tiền vào và ra của các tài khoản trong danh sách (các dòng đã chọn, hoặc tất cả trừ điểm bắt đầu truy vết) gộp làm một, kèm số dư lũy kế</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) reached from %1</source>
        <translation>
            <numerusform>%n tài khoản nhận tiền từ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) together</source>
        <translation>
            <numerusform>%n tài khoản gộp lại</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidCallLogImporter</name>
    <message>
        <source>Android call log (calllog.db)</source>
        <translation>Nhật ký cuộc gọi Android (calllog.db)</translation>
    </message>
</context>
<context>
    <name>sg::AndroidContactsImporter</name>
    <message>
        <source>Android contacts (contacts2.db)</source>
        <translation>Danh bạ Android (contacts2.db)</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts had been deleted on the device; they are imported all the same.</source>
        <translation>
            <numerusform>%n liên hệ đã bị xóa trên thiết bị; vẫn được nhập.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call log kept in this database was imported too.</source>
        <translation>Nhật ký cuộc gọi lưu trong cơ sở dữ liệu này cũng đã được nhập.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) from %1 of the contact book.</source>
        <translation>
            <numerusform>%n liên hệ từ %1 của danh bạ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::AndroidMessagesImporter</name>
    <message>
        <source>Android messages (mmssms.db)</source>
        <translation>Tin nhắn Android (mmssms.db)</translation>
    </message>
    <message>
        <source>The owner&apos;s number %1 is taken from the messages the device sent.</source>
        <translation>Số của chủ máy %1 lấy từ các tin nhắn thiết bị đã gửi.</translation>
    </message>
</context>
<context>
    <name>sg::AnxImporter</name>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3): %4</source>
        <translation>%1 không phải XML hợp lệ (dòng %2, cột %3): %4</translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (ANX)</source>
        <translation>Biểu đồ i2 Analyst&apos;s Notebook (ANX)</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Không mở được %1: %2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Đang đọc %1</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>Đã hủy nhập %1.</translation>
    </message>
    <message>
        <source>%1 is not an i2 chart: it has no &lt;Chart&gt; element.</source>
        <translation>%1 không phải biểu đồ i2: không có phần tử &lt;Chart&gt;.</translation>
    </message>
    <message>
        <source>chart item %1 has neither an identity nor a label</source>
        <translation>mục %1 không có định danh lẫn nhãn</translation>
    </message>
    <message>
        <source>link %1 joins an item that is not in the chart (%2, %3)</source>
        <translation>liên kết %1 nối tới mục không có trong biểu đồ (%2, %3)</translation>
    </message>
    <message>
        <source>link %1 has an unreadable date &quot;%2&quot;</source>
        <translation>liên kết %1 có ngày không đọc được &quot;%2&quot;</translation>
    </message>
    <message>
        <source>link %1 has an unreadable amount &quot;%2&quot;</source>
        <translation>liên kết %1 có số tiền không đọc được &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 events and %2 declared links read from the chart.</source>
        <translation>Đã đọc %1 sự kiện và %2 liên kết khai báo từ biểu đồ.</translation>
    </message>
    <message>
        <source>The chart&apos;s times are UTC.</source>
        <translation>Thời gian trong biểu đồ là UTC.</translation>
    </message>
</context>
<context>
    <name>sg::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>sg::BundleImporter</name>
    <message>
        <source>Seagull case bundle</source>
        <translation>Gói dữ liệu vụ án Seagull</translation>
    </message>
    <message>
        <source>%1 is not a readable bundle: %2 at byte %3</source>
        <translation>%1 không phải gói đọc được: %2 tại byte %3</translation>
    </message>
    <message>
        <source>%1 is not a Seagull bundle of a version this Seagull reads.</source>
        <translation>%1 không phải gói Seagull thuộc phiên bản mà Seagull này đọc được.</translation>
    </message>
    <message>
        <source>%1 was changed or damaged after it was made: its content does not match the SHA-256 it carries.</source>
        <translation>%1 đã bị thay đổi hoặc hỏng sau khi tạo: nội dung không khớp SHA-256 kèm theo.</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>mong đợi %1, thấy %2</translation>
    </message>
    <message>
        <source>Bundle made %1 by %2 (%3) for case %4 %5.</source>
        <translation>Gói được tạo lúc %1 bởi %2 (%3) cho vụ án %4 %5.</translation>
    </message>
    <message>
        <source>agency not named</source>
        <translation>không nêu cơ quan</translation>
    </message>
    <message>
        <source>Bundle content SHA-256 %1 (checked).</source>
        <translation>SHA-256 nội dung gói %1 (đã kiểm tra).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Original source: %1 (%2, imported %3 by %4, SHA-256 %5)</source>
        <translation>Nguồn gốc: %1 (%2, nhập lúc %3 bởi %4, SHA-256 %5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>entity %1 has no known type or no key</source>
        <translation>thực thể %1 không có loại đã biết hoặc không có khóa</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>Đã hủy nhập %1.</translation>
    </message>
    <message>
        <source>event %1 names an unknown type or entity</source>
        <translation>sự kiện %1 nêu loại hoặc thực thể không xác định</translation>
    </message>
    <message>
        <source>event %1 has an unreadable amount</source>
        <translation>sự kiện %1 có số tiền không đọc được</translation>
    </message>
    <message>
        <source>a declared link names an unknown kind or entity</source>
        <translation>một liên kết khai báo nêu loại hoặc thực thể không xác định</translation>
    </message>
</context>
<context>
    <name>sg::CaseEditing</name>
    <message>
        <source>&amp;New entity…</source>
        <translation>Thực thể &amp;mới…</translation>
    </message>
    <message>
        <source>Add a person, den, organisation, vehicle, document, number or account the case does not have</source>
        <translation>Thêm người, ổ nhóm, tổ chức, phương tiện, tài liệu, số hoặc tài khoản mà vụ án chưa có</translation>
    </message>
    <message>
        <source>&amp;Edit entity…</source>
        <translation>&amp;Sửa thực thể…</translation>
    </message>
    <message>
        <source>&amp;Delete from the case…</source>
        <translation>&amp;Xóa khỏi vụ án…</translation>
    </message>
    <message>
        <source>&amp;Link the two selected…</source>
        <translation>&amp;Liên kết hai mục đã chọn…</translation>
    </message>
    <message>
        <source>&amp;Merge the selected…</source>
        <translation>&amp;Gộp các mục đã chọn…</translation>
    </message>
    <message>
        <source>&amp;Split the last merge</source>
        <translation>&amp;Tách lần gộp gần nhất</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Tìm mục &amp;trùng…</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Gắn thẻ…</translation>
    </message>
    <message>
        <source>Note on the entity…</source>
        <translation>Ghi chú về thực thể…</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Add to a &amp;den…</source>
        <translation>Thêm vào &amp;ổ nhóm…</translation>
    </message>
    <message>
        <source>Tie the selected people, phones, devices and accounts to a den (compound)</source>
        <translation>Gắn người, điện thoại, thiết bị và tài khoản đã chọn vào một ổ nhóm (khu)</translation>
    </message>
    <message>
        <source>Den page…</source>
        <translation>Trang ổ nhóm…</translation>
    </message>
    <message>
        <source>Select by tag</source>
        <translation>Chọn theo thẻ</translation>
    </message>
    <message>
        <source>New entity here</source>
        <translation>Thực thể mới tại đây</translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translation>Vụ án không có thực thể %1.</translation>
    </message>
    <message>
        <source>Case data</source>
        <translation>Dữ liệu vụ án</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 mới</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case</source>
        <translation>
            <numerusform>Xóa %n thực thể khỏi vụ án</numerusform>
        </translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Liên kết: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entities</source>
        <translation>
            <numerusform>Gộp %n thực thể</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was merged into this entity.</source>
        <translation>Không có gì được gộp vào thực thể này.</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Tách</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot;</source>
        <translation>Thẻ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add to den</source>
        <translation>Thêm vào ổ nhóm</translation>
    </message>
    <message>
        <source>Delete from the case</source>
        <translation>Xóa khỏi vụ án</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entities from the case?</source>
        <translation>
            <numerusform>Xóa %n thực thể khỏi vụ án?</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave search, expansion, analysis and every chart. The %1 events they take part in stay in the case (evidence is never removed), and %2 links are hidden with them. Edit → Undo brings them back.</source>
        <translation>Chúng rời khỏi tìm kiếm, mở rộng, phân tích và mọi sơ đồ. %1 sự kiện liên quan vẫn ở trong vụ án (chứng cứ không bao giờ bị xóa), và %2 liên kết bị ẩn theo. Sửa → Hoàn tác để khôi phục.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Có thể trùng</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Thực thể</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message numerus="yes">
        <source>%n candidates. Nothing is merged unless you merge it, with a reason.</source>
        <translation>
            <numerusform>%n ứng viên. Không gì được gộp trừ khi bạn gộp, kèm lý do.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Gộp…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Thẻ</translation>
    </message>
    <message numerus="yes">
        <source>Tag for the %n selected entities:</source>
        <translation>
            <numerusform>Thẻ cho %n thực thể đã chọn:</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the entity</source>
        <translation>Ghi chú về thực thể</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Photographs and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Ảnh và bản quét (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>A new den…</source>
        <translation>Ổ nhóm mới…</translation>
    </message>
    <message>
        <source>Add to a den</source>
        <translation>Thêm vào ổ nhóm</translation>
    </message>
    <message numerus="yes">
        <source>The den (compound) for the %n selected entities:</source>
        <translation>
            <numerusform>Ổ nhóm (khu) cho %n thực thể đã chọn:</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Chưa có thẻ</translation>
    </message>
    <message>
        <source>&amp;Case notes…</source>
        <translation>Ghi chú &amp;vụ án…</translation>
    </message>
    <message>
        <source>Notes on the whole case, with who wrote them and when</source>
        <translation>Ghi chú về toàn bộ vụ án, kèm người viết và thời điểm</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Ghi chú vụ án</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No case notes yet.</source>
        <translation>Chưa có ghi chú vụ án.</translation>
    </message>
    <message>
        <source>A new note on the case</source>
        <translation>Ghi chú mới về vụ án</translation>
    </message>
    <message>
        <source>Merging entities</source>
        <translation>Đang gộp các thực thể</translation>
    </message>
    <message>
        <source>Splitting the merge</source>
        <translation>Đang tách lần gộp</translation>
    </message>
    <message>
        <source>The merge into %1 is no longer in force; nothing was split.</source>
        <translation>Lần gộp vào %1 không còn hiệu lực; không có gì được tách.</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>Đang tìm các mục trùng</translation>
    </message>
</context>
<context>
    <name>sg::CaseEditor</name>
    <message>
        <source>The case is open for reading only here.</source>
        <translation>Vụ án ở đây chỉ mở để đọc.</translation>
    </message>
    <message>
        <source>There is no entity %1 in the case.</source>
        <translation>Vụ án không có thực thể %1.</translation>
    </message>
    <message>
        <source>The analyst&apos;s entry could not be recorded in the case.</source>
        <translation>Không thể ghi mục nhập của điều tra viên vào vụ án.</translation>
    </message>
    <message>
        <source>The search index could not be updated.</source>
        <translation>Không thể cập nhật chỉ mục tìm kiếm.</translation>
    </message>
    <message>
        <source>The links could not be rebuilt.</source>
        <translation>Không thể dựng lại các liên kết.</translation>
    </message>
    <message>
        <source>A %1 needs its number or identifier.</source>
        <translation>Một %1 cần số hoặc mã định danh.</translation>
    </message>
    <message>
        <source>Give the %1 a name.</source>
        <translation>Hãy đặt tên cho %1.</translation>
    </message>
    <message>
        <source>The number %1 does not validate for region %2; it is kept as entered.</source>
        <translation>Số %1 không hợp lệ cho vùng %2; được giữ nguyên như đã nhập.</translation>
    </message>
    <message>
        <source>The IMEI %1 is not 15 digits with a correct check digit; it is kept as entered.</source>
        <translation>IMEI %1 không phải 15 chữ số với chữ số kiểm tra đúng; được giữ nguyên như đã nhập.</translation>
    </message>
    <message>
        <source>The date %1 (%2) is in the future.</source>
        <translation>Ngày %1 (%2) ở tương lai.</translation>
    </message>
    <message>
        <source>%1 is already in the case; what was entered is added to it.</source>
        <translation>%1 đã có trong vụ án; nội dung nhập được thêm vào đó.</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>Không thể đọc tệp vụ án.</translation>
    </message>
    <message>
        <source>The entity could not be stored.</source>
        <translation>Không thể lưu thực thể.</translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translation>Không thể lưu tên khác.</translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translation>Không lưu được thuộc tính.</translation>
    </message>
    <message>
        <source>The name could not be changed.</source>
        <translation>Không thể đổi tên.</translation>
    </message>
    <message>
        <source>The attribute needs a name.</source>
        <translation>Thuộc tính cần có tên.</translation>
    </message>
    <message>
        <source>The attribute could not be changed.</source>
        <translation>Không thể thay đổi thuộc tính.</translation>
    </message>
    <message>
        <source>Links of events come from the events; state a kind of link.</source>
        <translation>Liên kết sự kiện đến từ chính các sự kiện; hãy nêu loại liên kết.</translation>
    </message>
    <message>
        <source>A link needs two different entities.</source>
        <translation>Liên kết cần hai thực thể khác nhau.</translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; link that one.</source>
        <translation>Thực thể %1 đã được gộp vào %2; hãy liên kết thực thể đó.</translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round (%1 after %2).</source>
        <translation>Ngày của liên kết bị ngược (%1 sau %2).</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Ngày %1 ở tương lai.</translation>
    </message>
    <message>
        <source>The link could not be stored.</source>
        <translation>Không thể lưu liên kết.</translation>
    </message>
    <message>
        <source>%1 is not a location: a den is a place.</source>
        <translation>%1 không phải địa điểm: ổ nhóm là một nơi chốn.</translation>
    </message>
    <message>
        <source>Link %1 has no statement by the analyst to take back.</source>
        <translation>Liên kết %1 không có khai báo nào của điều tra viên để rút lại.</translation>
    </message>
    <message>
        <source>The link could not be taken back.</source>
        <translation>Không thể rút lại liên kết.</translation>
    </message>
    <message>
        <source>Entity %1 is deleted already.</source>
        <translation>Thực thể %1 đã bị xóa.</translation>
    </message>
    <message>
        <source>Entity %1 was merged into %2; split the merge instead.</source>
        <translation>Thực thể %1 đã được gộp vào %2; hãy tách lần gộp đó.</translation>
    </message>
    <message>
        <source>The entity could not be deleted.</source>
        <translation>Không thể xóa thực thể.</translation>
    </message>
    <message>
        <source>Entity %1 is not deleted.</source>
        <translation>Thực thể %1 chưa bị xóa.</translation>
    </message>
    <message>
        <source>The entity could not be restored.</source>
        <translation>Không thể khôi phục thực thể.</translation>
    </message>
    <message>
        <source>A merge needs a reason.</source>
        <translation>Việc gộp cần có lý do.</translation>
    </message>
    <message>
        <source>Name the entities to merge into %1.</source>
        <translation>Hãy nêu các thực thể cần gộp vào %1.</translation>
    </message>
    <message>
        <source>Entity %1 cannot be merged into itself.</source>
        <translation>Thực thể %1 không thể gộp vào chính nó.</translation>
    </message>
    <message>
        <source>%1 is a %2 and %3 a %4: only entities of one type can be merged.</source>
        <translation>%1 là %2 và %3 là %4: chỉ gộp được các thực thể cùng loại.</translation>
    </message>
    <message>
        <source>Entity %1 is deleted; restore it before merging.</source>
        <translation>Thực thể %1 đã bị xóa; hãy khôi phục trước khi gộp.</translation>
    </message>
    <message>
        <source>Entity %1 is already merged into %2.</source>
        <translation>Thực thể %1 đã được gộp vào %2.</translation>
    </message>
    <message>
        <source>The merge could not be written.</source>
        <translation>Không thể ghi việc gộp.</translation>
    </message>
    <message>
        <source>There is no merge %1 in the case.</source>
        <translation>Vụ án không có lần gộp %1.</translation>
    </message>
    <message>
        <source>Merge %1 was already split.</source>
        <translation>Lần gộp %1 đã được tách.</translation>
    </message>
    <message>
        <source>Entity %1 had a later merge (%2); split that first.</source>
        <translation>Thực thể %1 có lần gộp sau (%2); hãy tách lần đó trước.</translation>
    </message>
    <message>
        <source>The split could not be written.</source>
        <translation>Không thể ghi việc tách.</translation>
    </message>
    <message>
        <source>The number %1, kept as written, has the same digits as %2.</source>
        <translation>Số %1, giữ nguyên như đã ghi, có cùng chữ số với %2.</translation>
    </message>
    <message>
        <source>IMEIs with the same first 14 digits (%1).</source>
        <translation>Các IMEI có 14 chữ số đầu giống nhau (%1).</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Thẻ cần có tên.</translation>
    </message>
    <message>
        <source>The colour %1 is not of the form #rrggbb.</source>
        <translation>Màu %1 không theo dạng #rrggbb.</translation>
    </message>
    <message>
        <source>The tag could not be stored.</source>
        <translation>Không thể lưu thẻ.</translation>
    </message>
    <message>
        <source>The tag could not be removed.</source>
        <translation>Không thể gỡ thẻ.</translation>
    </message>
    <message>
        <source>The note could not be stored.</source>
        <translation>Không thể lưu ghi chú.</translation>
    </message>
    <message>
        <source>There is no note %1 in the case.</source>
        <translation>Vụ án không có ghi chú %1.</translation>
    </message>
    <message>
        <source>The note could not be changed.</source>
        <translation>Không thể thay đổi ghi chú.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Không thể đọc tệp %1.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB; attachments are kept inside the case.</source>
        <translation>Tệp %1 lớn hơn %2 MB; tệp đính kèm được lưu bên trong vụ án.</translation>
    </message>
    <message>
        <source>The attachment could not be stored.</source>
        <translation>Không thể lưu tệp đính kèm.</translation>
    </message>
    <message>
        <source>There is no attachment %1 in the case.</source>
        <translation>Vụ án không có tệp đính kèm %1.</translation>
    </message>
    <message>
        <source>Attachment %1 no longer matches its SHA-256.</source>
        <translation>Tệp đính kèm %1 không còn khớp với SHA-256 của nó.</translation>
    </message>
    <message>
        <source>Names that read alike (%1): %2.</source>
        <translation>Tên đọc giống nhau (%1): %2.</translation>
    </message>
    <message>
        <source>The same first and last names (%1): %2.</source>
        <translation>Cùng tên và họ (%1): %2.</translation>
    </message>
    <message>
        <source>Names that sound alike in different spellings: %1.</source>
        <translation>Các tên đọc giống nhau nhưng viết khác nhau: %1.</translation>
    </message>
    <message>
        <source>A name or identifier can have at most %1 characters.</source>
        <translation>Tên hoặc mã định danh có tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>The merge was stopped; the case is as it was.</source>
        <translation>Việc gộp đã dừng; vụ án vẫn như cũ.</translation>
    </message>
    <message>
        <source>The split was stopped; the case is as it was.</source>
        <translation>Việc tách đã dừng; vụ án vẫn như cũ.</translation>
    </message>
    <message>
        <source>The search for duplicates was stopped.</source>
        <translation>Việc tìm mục trùng đã dừng.</translation>
    </message>
</context>
<context>
    <name>sg::CaseStore</name>
    <message>
        <source>A file named %1 already exists; choose another name.</source>
        <translation>Đã có tệp tên %1; hãy chọn tên khác.</translation>
    </message>
    <message>
        <source>The case file %1 does not exist.</source>
        <translation>Tệp vụ án %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not a Seagull case file.</source>
        <translation>%1 không phải là tệp vụ án Seagull.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seagull; update Seagull to open it.</source>
        <translation>%1 được ghi bởi phiên bản Seagull mới hơn; hãy cập nhật Seagull để mở.</translation>
    </message>
    <message>
        <source>%1 must be upgraded before it can be opened read-only.</source>
        <translation>%1 phải được nâng cấp trước khi mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The case file could not be upgraded to version %1.</source>
        <translation>Không thể nâng cấp tệp vụ án lên phiên bản %1.</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>Không thể đọc tệp vụ án.</translation>
    </message>
    <message>
        <source>The case properties could not be saved.</source>
        <translation>Không thể lưu thuộc tính vụ án.</translation>
    </message>
    <message>
        <source>The case is open read-only.</source>
        <translation>Vụ án đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>No entity %1 in this case.</source>
        <translation>Không có thực thể %1 trong vụ án này.</translation>
    </message>
    <message>
        <source>The search could not be run.</source>
        <translation>Không thể thực hiện tìm kiếm.</translation>
    </message>
    <message>
        <source>The neighbours could not be read.</source>
        <translation>Không thể đọc các thực thể lân cận.</translation>
    </message>
    <message>
        <source>The chart could not be saved.</source>
        <translation>Không thể lưu biểu đồ.</translation>
    </message>
    <message>
        <source>The chart %1 does not exist in this case.</source>
        <translation>Biểu đồ %1 không tồn tại trong vụ án này.</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Không thể đọc nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translation>Không thể ghi nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: entries were removed or reordered.</source>
        <translation>Mục kiểm tra %1 không nối tiếp mục trước: có mục đã bị xóa hoặc đổi thứ tự.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Mục kiểm tra %1 đã bị sửa sau khi ghi.</translation>
    </message>
    <message>
        <source>Checking the case file</source>
        <translation>Đang kiểm tra tệp vụ án</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Kiểm tra toàn vẹn SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check could not run: %1</source>
        <translation>Không thể chạy kiểm tra toàn vẹn SQLite: %1</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Người dùng đã dừng.</translation>
    </message>
    <message>
        <source>Source %1 (%2) is not available at %3; its hash was not checked.</source>
        <translation>Nguồn %1 (%2) không có tại %3; chưa kiểm tra mã băm.</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translation>Đang tính mã băm %1</translation>
    </message>
    <message>
        <source>Source %1 (%2) could not be read: %3</source>
        <translation>Không thể đọc nguồn %1 (%2): %3</translation>
    </message>
    <message>
        <source>Source %1 (%2) has changed since import: SHA-256 %3, recorded %4.</source>
        <translation>Nguồn %1 (%2) đã thay đổi kể từ khi nhập: SHA-256 %3, đã ghi %4.</translation>
    </message>
    <message>
        <source>Source %1 (%2): SHA-256 matches.</source>
        <translation>Nguồn %1 (%2): SHA-256 khớp.</translation>
    </message>
    <message>
        <source>Cannot open the case file %1.</source>
        <translation>Không thể mở tệp vụ án %1.</translation>
    </message>
    <message>
        <source>The case file could not be updated.</source>
        <translation>Không thể cập nhật tệp vụ án.</translation>
    </message>
    <message>
        <source>A mapping needs a name to be saved.</source>
        <translation>Cần đặt tên cho ánh xạ để lưu.</translation>
    </message>
    <message>
        <source>The mapping could not be saved.</source>
        <translation>Không lưu được ánh xạ.</translation>
    </message>
    <message>
        <source>The owners could not be read.</source>
        <translation>Không thể đọc chủ sở hữu.</translation>
    </message>
    <message>
        <source>The chart could not be renamed.</source>
        <translation>Không thể đổi tên biểu đồ.</translation>
    </message>
    <message>
        <source>The chart could not be deleted.</source>
        <translation>Không thể xoá biểu đồ.</translation>
    </message>
    <message>
        <source>Reading entities</source>
        <translation>Đang đọc thực thể</translation>
    </message>
    <message>
        <source>Reading links</source>
        <translation>Đang đọc liên kết</translation>
    </message>
    <message>
        <source>Reading events</source>
        <translation>Đang đọc sự kiện</translation>
    </message>
    <message>
        <source>%1 cannot be read where it is: its folder cannot be written and it has unsaved changes in %1-wal. Copy both files to a writable folder and open the copy.</source>
        <translation>Không thể đọc %1 tại chỗ: thư mục của nó không ghi được và còn thay đổi chưa gộp trong %1-wal. Hãy sao chép cả hai tệp vào một thư mục ghi được và mở bản sao.</translation>
    </message>
    <message>
        <source>%1 was written by an older Seagull and must be upgraded, but it cannot be written here. Copy it to a writable folder and open the copy.</source>
        <translation>%1 được ghi bởi Seagull cũ hơn và cần nâng cấp, nhưng không thể ghi ở đây. Hãy sao chép nó vào một thư mục ghi được và mở bản sao.</translation>
    </message>
    <message>
        <source>The case holds the %1 &quot;%2&quot;, which Seagull never makes; a case file carries no executable content.</source>
        <translation>Vụ án chứa %1 &quot;%2&quot;, thứ Seagull không bao giờ tạo; tệp vụ án không chứa nội dung thực thi được.</translation>
    </message>
    <message>
        <source>The guard &quot;%1&quot; that keeps the audit log from being changed is missing.</source>
        <translation>Thiếu cơ chế bảo vệ &quot;%1&quot; giữ cho nhật ký kiểm toán không bị thay đổi.</translation>
    </message>
    <message>
        <source>The case file %1 cannot be written: it is read-only, or on a read-only disk or folder. Nothing was changed.</source>
        <translation>Không thể ghi tệp vụ án %1: tệp chỉ đọc, hoặc nằm trên đĩa hay thư mục chỉ đọc. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed: make room and try again.</source>
        <translation>Đĩa chứa %1 đã đầy. Không có gì bị thay đổi: hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk may be full, the file too large for it, or the disk failing. Nothing was changed.</source>
        <translation>Không thể ghi %1: đĩa có thể đã đầy, tệp quá lớn với đĩa, hoặc đĩa đang hỏng. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the events is missing: every record is there, but expanding and reading them would be slow.</source>
        <translation>Chỉ mục &quot;%1&quot; của các sự kiện bị thiếu: mọi bản ghi vẫn còn, nhưng việc mở rộng và đọc chúng sẽ chậm.</translation>
    </message>
    <message>
        <source>Row %1 of the table &quot;%2&quot; refers to a row of &quot;%3&quot; that is not in the case.</source>
        <translation>Dòng %1 của bảng &quot;%2&quot; tham chiếu đến một dòng của &quot;%3&quot; không có trong vụ án.</translation>
    </message>
    <message>
        <source>SQLite foreign-key check could not run: %1</source>
        <translation>Không thể chạy kiểm tra khóa ngoại của SQLite: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) refer to rows that are not in the case.</source>
        <translation>
            <numerusform>Còn %n dòng khác tham chiếu đến các dòng không có trong vụ án.</numerusform>
        </translation>
    </message>
    <message>
        <source>rows written: %1 of %2</source>
        <translation>số dòng đã ghi: %1 trên %2</translation>
    </message>
    <message>
        <source>The index &quot;%1&quot; of the links is missing: every link is there, but expanding would be slow.</source>
        <translation>Chỉ mục &quot;%1&quot; của các liên kết bị thiếu: mọi liên kết vẫn còn, nhưng việc mở rộng sẽ chậm.</translation>
    </message>
    <message>
        <source>The events could not be read.</source>
        <translation>Không đọc được các sự kiện.</translation>
    </message>
</context>
<context>
    <name>sg::CdrCsvImporter</name>
    <message>
        <source>it is not a text file (it contains binary data)</source>
        <translation>đây không phải tệp văn bản (có dữ liệu nhị phân)</translation>
    </message>
    <message>
        <source>Call records (CSV)</source>
        <translation>Bản ghi cuộc gọi (CSV)</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2.</source>
        <translation>Không thể nhập %1: %2.</translation>
    </message>
    <message>
        <source>%1 has no recognisable call-record columns: it needs the two parties (such as &quot;Calling Number&quot; and &quot;Called Number&quot;, or &quot;MSISDN&quot; and &quot;Other Party&quot;) and a date.</source>
        <translation>%1 không có cột bản ghi cuộc gọi nào nhận ra được: cần hai bên (như &quot;Calling Number&quot; và &quot;Called Number&quot;, hoặc &quot;MSISDN&quot; và &quot;Other Party&quot;) và ngày.</translation>
    </message>
    <message>
        <source>no header row found in the first %1 lines</source>
        <translation>không tìm thấy dòng tiêu đề trong %1 dòng đầu</translation>
    </message>
    <message>
        <source>best header row: %1</source>
        <translation>dòng tiêu đề gần nhất: %1</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không thể đọc %1.</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Múi giờ không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translation>dùng tên IANA như Asia/Phnom_Penh</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>Các cột: %1</translation>
    </message>
    <message>
        <source>The file has dates without times; events are placed at midnight.</source>
        <translation>Tệp có ngày mà không có giờ; sự kiện được đặt vào nửa đêm.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Đang đọc %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>cần %1 trường, tìm thấy %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>một trường trong dấu ngoặc kép chưa được đóng</translation>
    </message>
    <message>
        <source>the %1 number is empty</source>
        <translation>số %1 bị trống</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translation>không đọc được ngày &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the time &quot;%1&quot;</source>
        <translation>không đọc được giờ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the duration &quot;%1&quot;</source>
        <translation>không đọc được thời lượng &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file has a header but no records</source>
        <translation>tệp có tiêu đề nhưng không có bản ghi</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>No record of %1 could be read.</source>
        <translation>Không đọc được bản ghi nào của %1.</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>Bảng mã văn bản &quot;%1&quot; không xác định.</translation>
    </message>
    <message>
        <source>known encodings: %1</source>
        <translation>các bảng mã đã biết: %1</translation>
    </message>
    <message>
        <source>Read with the mapping &quot;%1&quot;.</source>
        <translation>Đọc theo ánh xạ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No date says whether the day or the month comes first; they are read as day/month/year. If that is wrong, import the file with a call-record mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translation>Không ngày nào cho biết ngày hay tháng đứng trước; các ngày được đọc theo ngày/tháng/năm. Nếu sai, hãy nhập tệp bằng ánh xạ bản ghi cuộc gọi có &quot;time&quot; là &quot;mdy&quot;.</translation>
    </message>
</context>
<context>
    <name>sg::CellSiteImporter</name>
    <message>
        <source>Cell-site tables (CSV, XLSX)</source>
        <translation>Bảng trạm phát sóng (CSV, XLSX)</translation>
    </message>
    <message>
        <source>%1: cell sites, the cell known by its column &quot;%2&quot;.</source>
        <translation>%1: trạm phát sóng, cell được xác định theo cột &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Đang đọc %1</translation>
    </message>
    <message>
        <source>no cell id</source>
        <translation>không có mã cell</translation>
    </message>
    <message>
        <source>cell %1 has no coordinates</source>
        <translation>cell %1 không có tọa độ</translation>
    </message>
    <message>
        <source>cell %1: the coordinates &quot;%2, %3&quot; are not a place on Earth</source>
        <translation>cell %1: tọa độ &quot;%2, %3&quot; không phải một vị trí trên Trái Đất</translation>
    </message>
    <message>
        <source>%1 has no cell-site table (a cell id with latitude and longitude).</source>
        <translation>%1 không có bảng trạm (mã cell với vĩ độ và kinh độ).</translation>
    </message>
    <message>
        <source>No cell site of %1 could be read.</source>
        <translation>Không đọc được trạm nào của %1.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
</context>
<context>
    <name>sg::ChartDocument</name>
    <message>
        <source>Remove %1</source>
        <translation>Gỡ %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entities</source>
        <translation>
            <numerusform>Gỡ %n thực thể</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout (%1)</source>
        <translation>Bố cục (%1)</translation>
    </message>
    <message>
        <source>The saved chart cannot be read.</source>
        <translation>Không đọc được biểu đồ đã lưu.</translation>
    </message>
    <message>
        <source>The chart was saved by a newer version of Seagull.</source>
        <translation>Biểu đồ được lưu bởi phiên bản Seagull mới hơn.</translation>
    </message>
    <message numerus="yes">
        <source>Move %n items</source>
        <translation>
            <numerusform>Di chuyển %n mục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pin %n entities</source>
        <translation>
            <numerusform>Ghim %n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unpin %n entities</source>
        <translation>
            <numerusform>Bỏ ghim %n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n entities</source>
        <translation>
            <numerusform>Ẩn %n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %n entities</source>
        <translation>
            <numerusform>Hiện %n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the colour of %n entities</source>
        <translation>
            <numerusform>Đặt màu cho %n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the icon of %n entities</source>
        <translation>
            <numerusform>Đặt biểu tượng cho %n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Group %n entities as &quot;%1&quot;</source>
        <translation>
            <numerusform>Nhóm %n thực thể thành &quot;%1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>Ungroup &quot;%1&quot;</source>
        <translation>Bỏ nhóm &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Collapse &quot;%1&quot;</source>
        <translation>Thu gọn &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Expand group &quot;%1&quot;</source>
        <translation>Mở rộng nhóm &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rename group to &quot;%1&quot;</source>
        <translation>Đổi tên nhóm thành &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Sửa ghi chú</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Xoá ghi chú</translation>
    </message>
    <message>
        <source>Show one link per pair</source>
        <translation>Hiện một liên kết cho mỗi cặp</translation>
    </message>
    <message>
        <source>Show one link per direction</source>
        <translation>Hiện một liên kết cho mỗi chiều</translation>
    </message>
    <message>
        <source>Show one link per event</source>
        <translation>Hiện một liên kết cho mỗi sự kiện</translation>
    </message>
    <message>
        <source>Draw links at a fixed width</source>
        <translation>Vẽ liên kết với độ rộng cố định</translation>
    </message>
    <message>
        <source>Draw link widths by count</source>
        <translation>Vẽ độ rộng liên kết theo số lần</translation>
    </message>
    <message>
        <source>Draw link widths by amount</source>
        <translation>Vẽ độ rộng liên kết theo số tiền</translation>
    </message>
    <message>
        <source>Show replaced entities again</source>
        <translation>Hiện lại các thực thể đã bị thay thế</translation>
    </message>
</context>
<context>
    <name>sg::ChartExpander</name>
    <message>
        <source>No entity %1 in this case.</source>
        <translation>Không có thực thể %1 trong vụ án này.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Thêm %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n entities</source>
        <translation>
            <numerusform>Thêm %n thực thể</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>Mở rộng %1</translation>
    </message>
    <message numerus="yes">
        <source>Expand %n entities</source>
        <translation>
            <numerusform>Mở rộng %n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show owners instead of %n entities</source>
        <translation>
            <numerusform>Hiện chủ sở hữu thay cho %n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the parties of %n events</source>
        <translation>
            <numerusform>Thêm các bên của %n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>The expansion was stopped; the chart is as it was.</source>
        <translation>Việc mở rộng đã dừng; biểu đồ vẫn như cũ.</translation>
    </message>
    <message>
        <source>Adding to the chart was stopped; the chart is as it was.</source>
        <translation>Đã dừng thêm vào biểu đồ; biểu đồ vẫn như cũ.</translation>
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
        <translation>Nhóm đã thu gọn: nhấp đúp để mở</translation>
    </message>
    <message>
        <source>Group box: drag its frame to move it</source>
        <translation>Khung nhóm: kéo viền để di chuyển</translation>
    </message>
    <message>
        <source>%1: events between the two, arrow towards the receiver; the label counts them</source>
        <translation>%1: sự kiện giữa hai bên, mũi tên hướng về bên nhận; nhãn là số lượng</translation>
    </message>
    <message>
        <source>Hub: more neighbours in the case than the chart&apos;s hub limit (%1)</source>
        <translation>Trung tâm: số thực thể lân cận trong vụ án nhiều hơn giới hạn trung tâm của biểu đồ (%1)</translation>
    </message>
    <message>
        <source>+N: neighbours not yet on the chart; double-click to add the next ones</source>
        <translation>+N: các thực thể lân cận chưa có trên biểu đồ; nhấp đúp để thêm nhóm tiếp theo</translation>
    </message>
    <message>
        <source>Pin: layouts keep the entity where it is</source>
        <translation>Ghim: bố cục giữ nguyên vị trí của thực thể</translation>
    </message>
    <message>
        <source>Coloured ring: a colour chosen by the analyst</source>
        <translation>Vòng màu: màu do người phân tích chọn</translation>
    </message>
    <message>
        <source>Phones and accounts are shown as their owners</source>
        <translation>Điện thoại và tài khoản được hiển thị bằng chủ sở hữu</translation>
    </message>
    <message>
        <source>%1: declared link (stated by a source or the analyst)</source>
        <translation>%1: liên kết khai báo (do nguồn hoặc điều tra viên nêu)</translation>
    </message>
    <message>
        <source>Probable: dashed</source>
        <translation>Có khả năng: nét đứt</translation>
    </message>
    <message>
        <source>Possible: dotted</source>
        <translation>Có thể: nét chấm</translation>
    </message>
</context>
<context>
    <name>sg::ChartPrinter</name>
    <message>
        <source>The output could not be opened for printing.</source>
        <translation>Không thể mở đầu ra để in.</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Biểu đồ liên kết</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Vụ án %1: %2</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translation>In lúc %1 (%2)</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>Người giám định: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Chú giải:</translation>
    </message>
    <message>
        <source>The chart is empty.</source>
        <translation>Biểu đồ trống.</translation>
    </message>
    <message>
        <source>Reading the events behind the links</source>
        <translation>Đang đọc các sự kiện sau liên kết</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Đã hủy in.</translation>
    </message>
    <message>
        <source>Entered by the analyst (no file)</source>
        <translation>Do người phân tích nhập (không có tệp)</translation>
    </message>
    <message>
        <source>SHA-256 %1 · %2 bytes</source>
        <translation>SHA-256 %1 · %2 byte</translation>
    </message>
    <message>
        <source>%1: the first %2 of %3 events</source>
        <translation>%1: %2 sự kiện đầu trong %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translation>Định dạng / bộ nhập</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Giám định viên</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translation>Thời lượng / số tiền</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>Bản ghi nguồn</translation>
    </message>
    <message>
        <source>%1: charts are written as .pdf, .svg or .png files.</source>
        <translation>%1: biểu đồ được ghi thành tệp .pdf, .svg hoặc .png.</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Vật chứng %1</translation>
    </message>
    <message>
        <source>The PDF for %1 could not be completed (unexpected document structure).</source>
        <translation>Không hoàn tất được PDF cho %1 (cấu trúc tài liệu bất thường).</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>Không ghi được PDF vào %1: %2</translation>
    </message>
    <message>
        <source>The output could not take page %1.</source>
        <translation>Đầu ra không nhận được trang %1.</translation>
    </message>
    <message>
        <source>Printed by Seagull %1</source>
        <translation>In bởi Seagull %1</translation>
    </message>
    <message>
        <source>The SVG could not be written to %1.</source>
        <translation>Không ghi được SVG vào %1.</translation>
    </message>
    <message>
        <source>The PNG could not be written to %1.</source>
        <translation>Không ghi được PNG vào %1.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Tile %1%2 of %3 × %4 (columns × rows)</source>
        <translation>Tờ %1%2 trong %3 × %4 (cột × hàng)</translation>
    </message>
    <message>
        <source>Appendix: the sources behind this chart</source>
        <translation>Phụ lục: các nguồn đằng sau biểu đồ này</translation>
    </message>
    <message>
        <source>Appendix: the events behind each link</source>
        <translation>Phụ lục: các sự kiện đằng sau mỗi liên kết</translation>
    </message>
    <message>
        <source>No source stands behind the entities on this chart.</source>
        <translation>Không có nguồn nào đằng sau các thực thể trên biểu đồ này.</translation>
    </message>
    <message>
        <source>No link on this chart has events.</source>
        <translation>Không liên kết nào trên biểu đồ có sự kiện.</translation>
    </message>
    <message>
        <source>%1, continued: events %2–%3 of %4</source>
        <translation>%1 (tiếp theo): sự kiện %2–%3 trong %4</translation>
    </message>
</context>
<context>
    <name>sg::ChartRecovery</name>
    <message>
        <source>The folder for unsaved charts %1 cannot be made.</source>
        <translation>Không thể tạo thư mục cho biểu đồ chưa lưu %1.</translation>
    </message>
    <message>
        <source>The chart&apos;s unsaved changes could not be kept in %1.</source>
        <translation>Không thể giữ các thay đổi chưa lưu của biểu đồ trong %1.</translation>
    </message>
</context>
<context>
    <name>sg::ChartStyle</name>
    <message>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 giờ %2 phút</translation>
    </message>
    <message>
        <source>owns</source>
        <translation>sở hữu</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>sử dụng</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n events</source>
        <translation>
            <numerusform>%1 → %2: %n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration: %1</source>
        <translation>Tổng thời lượng: %1</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation>Loại: %1</translation>
    </message>
    <message>
        <source>Total moved: %1</source>
        <translation>Tổng số tiền chuyển: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n thực thể</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Cli</name>
    <message>
        <source>see seagull-cli --help</source>
        <translation>xem seagull-cli --help</translation>
    </message>
    <message>
        <source>seagull-cli: %1</source>
        <translation>seagull-cli: %1</translation>
    </message>
    <message>
        <source>Usage: seagull-cli COMMAND [options] [--json]</source>
        <translation>Cách dùng: seagull-cli LỆNH [tùy chọn] [--json]</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>In một đối tượng JSON.</translation>
    </message>
    <message>
        <source>Case name.</source>
        <translation>Tên vụ án.</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation>Số vụ án.</translation>
    </message>
    <message>
        <source>Region (ISO country code) for numbers without a country code.</source>
        <translation>Khu vực (mã quốc gia ISO) cho các số không có mã quốc gia.</translation>
    </message>
    <message>
        <source>IANA time zone of local times.</source>
        <translation>Múi giờ IANA của giờ địa phương.</translation>
    </message>
    <message>
        <source>Examiner&apos;s name.</source>
        <translation>Tên người giám định.</translation>
    </message>
    <message>
        <source>Import format.</source>
        <translation>Định dạng nhập.</translation>
    </message>
    <message>
        <source>Most results, or new neighbours per entity.</source>
        <translation>Số kết quả tối đa, hoặc số lân cận mới cho mỗi thực thể.</translation>
    </message>
    <message>
        <source>How many steps out to expand.</source>
        <translation>Số bước mở rộng ra ngoài.</translation>
    </message>
    <message>
        <source>Entity types to keep, comma-separated.</source>
        <translation>Các loại thực thể cần giữ, phân cách bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>Only events from this date or time.</source>
        <translation>Chỉ các sự kiện từ ngày hoặc giờ này.</translation>
    </message>
    <message>
        <source>Only events up to this date or time.</source>
        <translation>Chỉ các sự kiện đến ngày hoặc giờ này.</translation>
    </message>
    <message>
        <source>Only links with at least this many events.</source>
        <translation>Chỉ các liên kết có ít nhất số sự kiện này.</translation>
    </message>
    <message>
        <source>Entity to start the chart from (repeatable).</source>
        <translation>Thực thể bắt đầu biểu đồ (có thể lặp lại).</translation>
    </message>
    <message>
        <source>Saved chart to print (id).</source>
        <translation>Biểu đồ đã lưu cần in (mã).</translation>
    </message>
    <message>
        <source>Layout engine.</source>
        <translation>Bộ máy bố cục.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Tệp đầu ra.</translation>
    </message>
    <message>
        <source>Paper size.</source>
        <translation>Khổ giấy.</translation>
    </message>
    <message>
        <source>Chart title.</source>
        <translation>Tiêu đề biểu đồ.</translation>
    </message>
    <message>
        <source>Portrait orientation.</source>
        <translation>Hướng dọc.</translation>
    </message>
    <message>
        <source>the option --%1 does not apply to %2</source>
        <translation>tùy chọn --%1 không áp dụng cho %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>lệnh không xác định &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read the date &quot;%1&quot;.</source>
        <translation>Không đọc được ngày &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>use YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
        <translation>dùng YYYY-MM-DD hoặc YYYY-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>create needs exactly one case file</source>
        <translation>create cần đúng một tệp vụ án</translation>
    </message>
    <message>
        <source>create needs --name</source>
        <translation>create cần --name</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Múi giờ không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Created case &quot;%1&quot; in %2.</source>
        <translation>Đã tạo vụ án &quot;%1&quot; trong %2.</translation>
    </message>
    <message>
        <source>import needs a case file and at least one file or folder</source>
        <translation>import cần một tệp vụ án và ít nhất một tệp hoặc thư mục</translation>
    </message>
    <message>
        <source>%1: already imported as source %2 (same SHA-256); nothing added.</source>
        <translation>%1: đã được nhập thành nguồn %2 (cùng SHA-256); không thêm gì.</translation>
    </message>
    <message>
        <source>skipped %1 preamble and %2 trailer lines</source>
        <translation>đã bỏ qua %1 dòng đầu và %2 dòng cuối</translation>
    </message>
    <message numerus="yes">
        <source>%n rows could not be read:</source>
        <translation>
            <numerusform>%n dòng không đọc được:</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 mục nữa</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>stats needs exactly one case file</source>
        <translation>stats cần đúng một tệp vụ án</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Vụ án %1: %2</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Entities (%1): %2</source>
        <translation>Thực thể (%1): %2</translation>
    </message>
    <message>
        <source>Events (%1): %2</source>
        <translation>Sự kiện (%1): %2</translation>
    </message>
    <message>
        <source>Links: %1</source>
        <translation>Liên kết: %1</translation>
    </message>
    <message>
        <source>sources needs exactly one case file</source>
        <translation>sources cần đúng một tệp vụ án</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 events  %5 rejected  %6</source>
        <translation>%1  %2  %3  %4 sự kiện  %5 bị loại  %6</translation>
    </message>
    <message>
        <source>search needs a case file and one query (quote it if it has spaces)</source>
        <translation>search cần một tệp vụ án và một truy vấn (đặt trong ngoặc kép nếu có dấu cách)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit cần một số dương</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Không tìm thấy &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>show needs a case file and one entity</source>
        <translation>show cần một tệp vụ án và một thực thể</translation>
    </message>
    <message>
        <source>kept as written: the number did not validate for its source&apos;s region</source>
        <translation>giữ nguyên như đã ghi: số không hợp lệ theo khu vực của nguồn</translation>
    </message>
    <message>
        <source>%1 events, %2 linked entities</source>
        <translation>%1 sự kiện, %2 thực thể liên kết</translation>
    </message>
    <message>
        <source>source %1 (%2): first at %3</source>
        <translation>nguồn %1 (%2): lần đầu tại %3</translation>
    </message>
    <message>
        <source>expand needs a case file and at least one entity</source>
        <translation>expand cần một tệp vụ án và ít nhất một thực thể</translation>
    </message>
    <message>
        <source>--hops, --limit and --min-count need whole numbers (hops and min-count at least 1)</source>
        <translation>--hops, --limit và --min-count cần số nguyên (hops và min-count ít nhất là 1)</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot;; known: %2</source>
        <translation>loại thực thể không xác định &quot;%1&quot;; các loại đã biết: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours</source>
        <translation>
            <numerusform>%n thực thể lân cận</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 more left out by --limit %2</source>
        <translation>còn %1 mục bị bỏ qua do --limit %2</translation>
    </message>
    <message>
        <source>verify needs exactly one case file</source>
        <translation>verify cần đúng một tệp vụ án</translation>
    </message>
    <message>
        <source>PROBLEM: %1</source>
        <translation>VẤN ĐỀ: %1</translation>
    </message>
    <message>
        <source>The case verifies: integrity check, audit chain and source hashes are sound.</source>
        <translation>Vụ án hợp lệ: kiểm tra toàn vẹn, chuỗi kiểm tra và mã băm nguồn đều đúng.</translation>
    </message>
    <message numerus="yes">
        <source>The case does NOT verify: %n problems.</source>
        <translation>
            <numerusform>Vụ án KHÔNG hợp lệ: %n vấn đề.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo needs exactly one output case file</source>
        <translation>demo cần đúng một tệp vụ án đầu ra</translation>
    </message>
    <message>
        <source>Compounds overview</source>
        <translation>Tổng quan các khu</translation>
    </message>
    <message>
        <source>Demonstration case written to %1 (%2 records; evidence in %3).</source>
        <translation>Đã ghi vụ án minh họa vào %1 (%2 bản ghi; chứng cứ trong %3).</translation>
    </message>
    <message>
        <source>Compound coordinators: %1</source>
        <translation>Người điều phối các khu: %1</translation>
    </message>
    <message>
        <source>chart needs exactly one case file</source>
        <translation>chart cần đúng một tệp vụ án</translation>
    </message>
    <message>
        <source>chart needs either --seed ENTITY (repeatable) or --chart ID</source>
        <translation>chart cần hoặc --seed THỰC_THỂ (có thể lặp lại) hoặc --chart MÃ</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot;; use %2</source>
        <translation>bố cục không xác định &quot;%1&quot;; dùng %2</translation>
    </message>
    <message>
        <source>Link chart</source>
        <translation>Biểu đồ liên kết</translation>
    </message>
    <message>
        <source>--hops must be at least 1 and --limit at least 0</source>
        <translation>--hops phải ít nhất là 1 và --limit ít nhất là 0</translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translation>%1: bỏ qua, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be imported.</source>
        <translation>
            <numerusform>%n tệp không nhập được.</numerusform>
        </translation>
    </message>
    <message>
        <source>Text encoding of the files (detected when not given).</source>
        <translation>Bảng mã văn bản của tệp (tự phát hiện nếu không chỉ định).</translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read.</source>
        <translation>Không đọc được tệp ánh xạ %1.</translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object.</source>
        <translation>Tệp ánh xạ %1 không phải đối tượng JSON.</translation>
    </message>
    <message>
        <source>The mapping file %1 is not usable: %2</source>
        <translation>Không dùng được tệp ánh xạ %1: %2</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;; known: %2.</source>
        <translation>Bảng mã văn bản &quot;%1&quot; không xác định; đã biết: %2.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Vụ án: %1</translation>
    </message>
    <message>
        <source>Column mapping (JSON) for a table of transfers or call records; saved in the case.</source>
        <translation>Ánh xạ cột (JSON) cho bảng chuyển tiền hoặc bản ghi cuộc gọi; được lưu trong vụ án.</translation>
    </message>
    <message>
        <source>Only these links count, comma-separated: call, sms, transfer, uses, ...</source>
        <translation>Chỉ tính các liên kết này, cách nhau bằng dấu phẩy: call, sms, transfer, uses, ...</translation>
    </message>
    <message>
        <source>Only pairs that moved at least this amount, such as &quot;500 USD&quot;.</source>
        <translation>Chỉ các cặp đã chuyển ít nhất số tiền này, ví dụ &quot;500 USD&quot;.</translation>
    </message>
    <message>
        <source>--min-amount needs an amount and a currency code, such as &quot;500 USD&quot;</source>
        <translation>--min-amount cần một số tiền và một mã tiền tệ, ví dụ &quot;500 USD&quot;</translation>
    </message>
    <message>
        <source>path needs a case file and two entities</source>
        <translation>path cần một tệp vụ án và hai thực thể</translation>
    </message>
    <message>
        <source>--max-hops needs a whole number</source>
        <translation>--max-hops cần một số nguyên</translation>
    </message>
    <message>
        <source>--k needs a whole number, at least 1</source>
        <translation>--k cần một số nguyên, ít nhất là 1</translation>
    </message>
    <message>
        <source>--weight is hops, count or amount</source>
        <translation>--weight là hops, count hoặc amount</translation>
    </message>
    <message>
        <source>--window needs a duration such as 90s, 30m, 2h or 3d</source>
        <translation>--window cần một khoảng thời gian như 90s, 30m, 2h hoặc 3d</translation>
    </message>
    <message>
        <source>--window, --money, --from and --to go with --time-ordered</source>
        <translation>--window, --money, --from và --to đi cùng --time-ordered</translation>
    </message>
    <message>
        <source>--time-ordered finds one journey: it does not combine with --k, --all or --weight</source>
        <translation>--time-ordered chỉ tìm một hành trình: không dùng cùng --k, --all hoặc --weight</translation>
    </message>
    <message>
        <source>Both ends must be of the types kept by --types.</source>
        <translation>Cả hai đầu phải thuộc các loại mà --types giữ lại.</translation>
    </message>
    <message>
        <source>No path between %1 and %2.</source>
        <translation>Không có đường giữa %1 và %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n hops:</source>
        <translation>
            <numerusform>%n bước:</numerusform>
        </translation>
    </message>
    <message>
        <source>analyze needs a case file and a measure: %1</source>
        <translation>analyze cần một tệp vụ án và một phép đo: %1</translation>
    </message>
    <message>
        <source>unknown measure &quot;%1&quot;; known: %2</source>
        <translation>phép đo không xác định &quot;%1&quot;; đã biết: %2</translation>
    </message>
    <message>
        <source>common needs at least two entities after it</source>
        <translation>common cần ít nhất hai thực thể theo sau</translation>
    </message>
    <message>
        <source>%1 takes no entities</source>
        <translation>%1 không nhận thực thể</translation>
    </message>
    <message>
        <source>--top, --samples and --at-least need whole numbers</source>
        <translation>--top, --samples và --at-least cần số nguyên</translation>
    </message>
    <message>
        <source>--by is links, events or amount</source>
        <translation>--by là links, events hoặc amount</translation>
    </message>
    <message>
        <source>--direction is total, in, out or net</source>
        <translation>--direction là total, in, out hoặc net</translation>
    </message>
    <message>
        <source>--by, --direction and --currency go with degree</source>
        <translation>--by, --direction và --currency đi cùng degree</translation>
    </message>
    <message numerus="yes">
        <source>%n bridges</source>
        <translation>
            <numerusform>%n cầu nối</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 communities, modularity %2</source>
        <translation>%1 cộng đồng, độ mô-đun %2</translation>
    </message>
    <message numerus="yes">
        <source>%n groups</source>
        <translation>
            <numerusform>%n nhóm</numerusform>
        </translation>
    </message>
    <message>
        <source>hints needs one known den member after it</source>
        <translation>hints cần một thành viên ổ nhóm đã biết theo sau</translation>
    </message>
    <message>
        <source>--top and --at-least need whole numbers, --min-share a share between 0 and 1</source>
        <translation>--top và --at-least cần số nguyên, --min-share là tỉ lệ từ 0 đến 1</translation>
    </message>
    <message>
        <source>in %1 %2, forwarded %3 (%4%) within the window, median hold %5 h; from %6; to %7</source>
        <translation>vào %1 %2, chuyển tiếp %3 (%4%) trong khoảng thời gian, giữ trung vị %5 giờ; từ %6; đến %7</translation>
    </message>
    <message>
        <source>%1 counterparts between %2 and %3</source>
        <translation>%1 đối tác từ %2 đến %3</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>với %1</translation>
    </message>
    <message>
        <source>The den member must be of the types kept by --types.</source>
        <translation>Thành viên ổ nhóm phải thuộc các loại mà --types giữ lại.</translation>
    </message>
    <message>
        <source>score %1: devices %2; contacts %3; places %4</source>
        <translation>điểm %1: thiết bị %2; liên hệ %3; địa điểm %4</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Không tìm thấy.</translation>
    </message>
    <message>
        <source>trace needs a case file and the id of a transfer (--event)</source>
        <translation>trace cần một tệp vụ án và mã của một giao dịch chuyển tiền (--event)</translation>
    </message>
    <message>
        <source>trace needs --event with the id of a transfer</source>
        <translation>trace cần --event với mã của một giao dịch chuyển tiền</translation>
    </message>
    <message>
        <source>No transfer with the event id %1 in the case.</source>
        <translation>Không có giao dịch chuyển tiền với mã sự kiện %1 trong vụ án.</translation>
    </message>
    <message>
        <source>stopped at %1: %2 %3</source>
        <translation>dừng tại %1: %2 %3</translation>
    </message>
    <message>
        <source>Longest path, in hops.</source>
        <translation>Đường dài nhất, tính bằng bước.</translation>
    </message>
    <message>
        <source>What a step costs: hops, count (strong ties are short) or amount.</source>
        <translation>Chi phí mỗi bước: hops, count (liên hệ chặt thì ngắn) hoặc amount.</translation>
    </message>
    <message>
        <source>Currency of the amounts to use.</source>
        <translation>Đơn vị tiền tệ của số tiền cần dùng.</translation>
    </message>
    <message>
        <source>How many cheapest paths to list.</source>
        <translation>Liệt kê bao nhiêu đường rẻ nhất.</translation>
    </message>
    <message>
        <source>Longest wait between two steps of a journey, such as 2h.</source>
        <translation>Thời gian chờ lâu nhất giữa hai bước của hành trình, ví dụ 2h.</translation>
    </message>
    <message>
        <source>How many results to list (0: all).</source>
        <translation>Liệt kê bao nhiêu kết quả (0: tất cả).</translation>
    </message>
    <message>
        <source>Count links, events or amount.</source>
        <translation>Đếm liên kết, sự kiện hoặc số tiền.</translation>
    </message>
    <message>
        <source>Count what comes in, goes out, both or in minus out.</source>
        <translation>Đếm chiều vào, chiều ra, cả hai hoặc vào trừ ra.</translation>
    </message>
    <message>
        <source>Estimate betweenness from this many entities.</source>
        <translation>Ước lượng độ trung gian từ chừng này thực thể.</translation>
    </message>
    <message>
        <source>Entities linked to at least this many of those given.</source>
        <translation>Các thực thể liên kết với ít nhất chừng này thực thể đã cho.</translation>
    </message>
    <message>
        <source>Share of the money a mule forwards, from 0 to 1.</source>
        <translation>Tỉ lệ tiền tài khoản la chuyển đi, từ 0 đến 1.</translation>
    </message>
    <message>
        <source>Id of the transfer to follow.</source>
        <translation>Mã của giao dịch chuyển tiền cần lần theo.</translation>
    </message>
    <message>
        <source>%1  in %2</source>
        <translation>%1  trong %2</translation>
    </message>
    <message>
        <source>export needs exactly one case file</source>
        <translation>export cần đúng một tệp vụ án</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 links.</source>
        <translation>Đã ghi %1: %2 thực thể, %3 liên kết.</translation>
    </message>
    <message>
        <source>export needs --out FILE (a folder for csv)</source>
        <translation>export cần --out FILE (với csv là một thư mục)</translation>
    </message>
    <message>
        <source>csv exports the whole case: --chart and --types go with graphml</source>
        <translation>csv xuất toàn bộ vụ án: --chart và --types đi cùng graphml</translation>
    </message>
    <message>
        <source>Wrote entities.csv, links.csv and events.csv in %1.</source>
        <translation>Đã ghi entities.csv, links.csv và events.csv trong %1.</translation>
    </message>
    <message>
        <source>export writes --format graphml, anx or csv</source>
        <translation>export ghi --format graphml, anx hoặc csv</translation>
    </message>
    <message>
        <source>Wrote %1: %2 entities, %3 events, %4 declared links.</source>
        <translation>Đã ghi %1: %2 thực thể, %3 sự kiện, %4 liên kết khai báo.</translation>
    </message>
    <message>
        <source>bundle needs exactly one case file</source>
        <translation>bundle cần đúng một tệp vụ án</translation>
    </message>
    <message>
        <source>bundle needs --out FILE.sgbundle</source>
        <translation>bundle cần --out FILE.sgbundle</translation>
    </message>
    <message>
        <source>bundle needs either --chart ID or --seed ENTITY (repeatable)</source>
        <translation>bundle cần --chart ID hoặc --seed ENTITY (lặp lại được)</translation>
    </message>
    <message>
        <source>--hops must be from 0 to 10</source>
        <translation>--hops phải từ 0 đến 10</translation>
    </message>
    <message>
        <source>Wrote %1 (SHA-256 %2): %3 entities, %4 events, %5 declared links.</source>
        <translation>Đã ghi %1 (SHA-256 %2): %3 thực thể, %4 sự kiện, %5 liên kết khai báo.</translation>
    </message>
    <message>
        <source>Page margins in millimetres.</source>
        <translation>Lề trang tính bằng milimét.</translation>
    </message>
    <message>
        <source>Print over several pages, such as 3x2 (columns x rows).</source>
        <translation>In trên nhiều trang, ví dụ 3x2 (cột x hàng).</translation>
    </message>
    <message>
        <source>How far tiled pages overlap, in millimetres.</source>
        <translation>Độ chồng lấn giữa các trang, tính bằng milimét.</translation>
    </message>
    <message>
        <source>Exhibit number for the title block.</source>
        <translation>Số vật chứng trong khung tiêu đề.</translation>
    </message>
    <message>
        <source>Classification marking printed on every page.</source>
        <translation>Độ mật in trên mọi trang.</translation>
    </message>
    <message>
        <source>Time of printing for the title block (ISO 8601 with offset); default now.</source>
        <translation>Thời điểm in trong khung tiêu đề (ISO 8601 kèm độ lệch); mặc định là bây giờ.</translation>
    </message>
    <message>
        <source>Appendix pages: sources, events or both, comma-separated.</source>
        <translation>Trang phụ lục: sources, events hoặc cả hai, cách nhau bằng dấu phẩy.</translation>
    </message>
    <message>
        <source>Resolution of PNG output.</source>
        <translation>Độ phân giải của đầu ra PNG.</translation>
    </message>
    <message>
        <source>The agency that sends the bundle.</source>
        <translation>Cơ quan gửi gói dữ liệu.</translation>
    </message>
    <message>
        <source>The entity the report is about.</source>
        <translation>Thực thể mà báo cáo nói về.</translation>
    </message>
    <message>
        <source>The case summary report.</source>
        <translation>Báo cáo tóm tắt vụ án.</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;; use %2</source>
        <translation>khổ giấy &quot;%1&quot; không xác định; dùng %2</translation>
    </message>
    <message>
        <source>--margin takes millimetres from 0 to 100</source>
        <translation>--margin nhận milimét từ 0 đến 100</translation>
    </message>
    <message>
        <source>--overlap takes millimetres from 0 to 100</source>
        <translation>--overlap nhận milimét từ 0 đến 100</translation>
    </message>
    <message>
        <source>--dpi takes a resolution from 36 to 1200</source>
        <translation>--dpi nhận độ phân giải từ 36 đến 1200</translation>
    </message>
    <message>
        <source>--printed-at takes an ISO 8601 time such as 2026-03-01T14:00:00+07:00</source>
        <translation>--printed-at nhận thời gian ISO 8601, ví dụ 2026-03-01T14:00:00+07:00</translation>
    </message>
    <message>
        <source>give --out a .pdf, .svg or .png file</source>
        <translation>hãy cho --out một tệp .pdf, .svg hoặc .png</translation>
    </message>
    <message>
        <source>unknown appendix &quot;%1&quot;; use sources, events or both</source>
        <translation>phụ lục &quot;%1&quot; không xác định; dùng sources, events hoặc cả hai</translation>
    </message>
    <message numerus="yes">
        <source>Chart with %1 entities written to %2 (%n page(s)).</source>
        <translation>
            <numerusform>Đã ghi biểu đồ %1 thực thể vào %2 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>report needs exactly one case file</source>
        <translation>report cần đúng một tệp vụ án</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf</source>
        <translation>report cần --out FILE.pdf</translation>
    </message>
    <message>
        <source>report needs either --entity ENTITY or --summary</source>
        <translation>report cần --entity ENTITY hoặc --summary</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Tóm tắt vụ án</translation>
    </message>
    <message>
        <source>the case summary</source>
        <translation>bản tóm tắt vụ án</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translation>Hồ sơ thực thể: %1</translation>
    </message>
    <message>
        <source>Report on %1 written to %2.</source>
        <translation>Đã ghi báo cáo về %1 vào %2.</translation>
    </message>
    <message>
        <source>--tiles takes columns x rows, such as 3x2</source>
        <translation>--tiles nhận cột x hàng, ví dụ 3x2</translation>
    </message>
    <message>
        <source>reports are not tiled: --tiles goes with chart</source>
        <translation>báo cáo không chia tờ: --tiles dùng với chart</translation>
    </message>
    <message>
        <source>A note: carried with a bundle, or the authority for an entry (&quot;interview of witness 3&quot;).</source>
        <translation>Ghi chú: kèm theo gói dữ liệu, hoặc căn cứ cho mục nhập (&quot;lời khai nhân chứng 3&quot;).</translation>
    </message>
    <message>
        <source>The entity&apos;s number or identifier.</source>
        <translation>Số hoặc mã định danh của thực thể.</translation>
    </message>
    <message>
        <source>The entity&apos;s name.</source>
        <translation>Tên của thực thể.</translation>
    </message>
    <message>
        <source>A fact about the entity as name=value (repeatable).</source>
        <translation>Một dữ kiện về thực thể dạng tên=giá trị (có thể lặp lại).</translation>
    </message>
    <message>
        <source>The kind of link.</source>
        <translation>Loại liên kết.</translation>
    </message>
    <message>
        <source>How sure: confirmed, probable or possible.</source>
        <translation>Mức chắc chắn: confirmed, probable hoặc possible.</translation>
    </message>
    <message>
        <source>Why the entities are the same.</source>
        <translation>Vì sao các thực thể là một.</translation>
    </message>
    <message>
        <source>The tag&apos;s colour as #rrggbb.</source>
        <translation>Màu của thẻ dạng #rrggbb.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>add-entity needs a case file and an entity type (%1)</source>
        <translation>add-entity cần một tệp vụ án và một loại thực thể (%1)</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; (known: %2)</source>
        <translation>loại thực thể không rõ &quot;%1&quot; (đã biết: %2)</translation>
    </message>
    <message>
        <source>--attr needs name=value, not &quot;%1&quot;</source>
        <translation>--attr cần tên=giá trị, không phải &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The entity just added cannot be read back.</source>
        <translation>Không thể đọc lại thực thể vừa thêm.</translation>
    </message>
    <message>
        <source>Added %1 (id %2).</source>
        <translation>Đã thêm %1 (id %2).</translation>
    </message>
    <message>
        <source>add-link needs a case file and two entities</source>
        <translation>add-link cần một tệp vụ án và hai thực thể</translation>
    </message>
    <message>
        <source>add-link needs --type</source>
        <translation>add-link cần --type</translation>
    </message>
    <message>
        <source>unknown link type &quot;%1&quot; (known: owns, uses, member_of, located_at, associate, same_as, family_of, employed_by)</source>
        <translation>loại liên kết không rõ &quot;%1&quot; (đã biết: owns, uses, member_of, located_at, associate, same_as, family_of, employed_by)</translation>
    </message>
    <message>
        <source>--confidence is confirmed, probable or possible</source>
        <translation>--confidence là confirmed, probable hoặc possible</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 cần ngày dạng YYYY-MM-DD, không phải &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Linked %1 and %2: %3 (%4).</source>
        <translation>Đã liên kết %1 và %2: %3 (%4).</translation>
    </message>
    <message>
        <source>merge needs a case file, the entity to keep and at least one to merge into it</source>
        <translation>merge cần một tệp vụ án, thực thể giữ lại và ít nhất một thực thể gộp vào</translation>
    </message>
    <message>
        <source>merge needs --reason</source>
        <translation>merge cần --reason</translation>
    </message>
    <message>
        <source>The merged entity cannot be read back.</source>
        <translation>Không thể đọc lại thực thể đã gộp.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n entities into %1 (merge %2; split it with: seagull-cli split CASE %1).</source>
        <translation>
            <numerusform>Đã gộp %n thực thể vào %1 (lần gộp %2; tách bằng: seagull-cli split CASE %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>split needs a case file and the entity others were merged into</source>
        <translation>split cần một tệp vụ án và thực thể mà các thực thể khác đã gộp vào</translation>
    </message>
    <message>
        <source>Nothing was merged into %1.</source>
        <translation>Không có gì được gộp vào %1.</translation>
    </message>
    <message>
        <source>Split merge %1: %2 restored beside %3.</source>
        <translation>Đã tách lần gộp %1: %2 được khôi phục bên cạnh %3.</translation>
    </message>
    <message>
        <source>tag needs a case file, at least one entity and the tag</source>
        <translation>tag cần một tệp vụ án, ít nhất một thực thể và thẻ</translation>
    </message>
    <message numerus="yes">
        <source>Tag &quot;%1&quot;: %n entities.</source>
        <translation>
            <numerusform>Thẻ &quot;%1&quot;: %n thực thể.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow links only in their direction (caller to called, payer to payee).</source>
        <translation>Chỉ đi theo chiều của liên kết (người gọi đến người nghe, người trả đến người nhận).</translation>
    </message>
    <message>
        <source>List every path up to --max-hops, not only the cheapest.</source>
        <translation>Liệt kê mọi đường đi tối đa --max-hops bước, không chỉ đường rẻ nhất.</translation>
    </message>
    <message>
        <source>Only journeys whose steps follow one another in time.</source>
        <translation>Chỉ những hành trình có các bước nối tiếp nhau theo thời gian.</translation>
    </message>
    <message>
        <source>Follow transfers of money only.</source>
        <translation>Chỉ đi theo các giao dịch chuyển tiền.</translation>
    </message>
    <message>
        <source>Take the tag off instead of putting it on.</source>
        <translation>Gỡ thẻ thay vì gắn thẻ.</translation>
    </message>
    <message>
        <source>Create an empty case file. The region and time zone apply to numbers and times that do not carry their own.</source>
        <translation>Tạo một tệp vụ án trống. Khu vực và múi giờ áp dụng cho số điện thoại và thời gian không tự ghi kèm.</translation>
    </message>
    <message>
        <source>Import evidence files or folders: call records, bank and wallet tables, phone extracts, UFDR and XRY reports, cell sites. Each file is hashed and recorded as a source; a bad record is reported with its line and the case keeps everything it had.</source>
        <translation>Nhập tệp hoặc thư mục chứng cứ: bản ghi cuộc gọi, bảng ngân hàng và ví điện tử, dữ liệu trích xuất điện thoại, báo cáo UFDR và XRY, trạm phát sóng. Mỗi tệp được tính mã băm và ghi nhận là một nguồn; bản ghi lỗi được báo kèm số dòng và vụ án giữ nguyên mọi thứ đã có.</translation>
    </message>
    <message>
        <source>Count the case&apos;s sources, entities by type, events by type and links.</source>
        <translation>Đếm nguồn của vụ án, thực thể theo loại, sự kiện theo loại và liên kết.</translation>
    </message>
    <message>
        <source>List the imported sources: format, file, events, rejected records and SHA-256.</source>
        <translation>Liệt kê các nguồn đã nhập: định dạng, tệp, sự kiện, bản ghi bị loại và SHA-256.</translation>
    </message>
    <message>
        <source>Find entities by number in any common format, name, alias or identifier.</source>
        <translation>Tìm thực thể theo số ở bất kỳ định dạng thông dụng nào, tên, bí danh hoặc mã định danh.</translation>
    </message>
    <message>
        <source>Show one entity: its events, linked entities and the sources that mention it.</source>
        <translation>Hiển thị một thực thể: các sự kiện, thực thể liên kết và các nguồn nhắc đến nó.</translation>
    </message>
    <message>
        <source>List the entities linked to those given, up to a number of hops, with filters on types, links, dates, counts and amounts.</source>
        <translation>Liệt kê các thực thể liên kết với những thực thể đã cho, tối đa một số bước, có lọc theo loại, liên kết, ngày, số lần và số tiền.</translation>
    </message>
    <message>
        <source>Find the shortest or cheapest paths between two entities, or journeys in time order (money moving on within a window).</source>
        <translation>Tìm đường đi ngắn nhất hoặc rẻ nhất giữa hai thực thể, hoặc hành trình theo thứ tự thời gian (tiền được chuyển tiếp trong một khoảng thời gian).</translation>
    </message>
    <message>
        <source>Rank entities by a measure (degree, betweenness, closeness, eigenvector, PageRank), find groups (components, communities, k-cores), weak points, common contacts, or fraud patterns (mules, fan-in, fan-out, SIM boxes, shared devices).</source>
        <translation>Xếp hạng thực thể theo một thước đo (bậc, trung gian, gần gũi, vectơ riêng, PageRank), tìm nhóm (thành phần, cộng đồng, k-lõi), điểm yếu, liên hệ chung, hoặc mô hình lừa đảo (tài khoản trung gian, gom vào, phân tán, hộp SIM, thiết bị dùng chung).</translation>
    </message>
    <message>
        <source>Follow the money from one transfer onwards, hop by hop, within a time window.</source>
        <translation>Lần theo dòng tiền từ một giao dịch chuyển trở đi, từng bước, trong một khoảng thời gian.</translation>
    </message>
    <message>
        <source>Write the case or one chart as GraphML, i2 ANX or CSV files for other tools.</source>
        <translation>Ghi vụ án hoặc một biểu đồ thành tệp GraphML, i2 ANX hoặc CSV cho các công cụ khác.</translation>
    </message>
    <message>
        <source>Write a chart with its events and sources as a signed bundle for another agency.</source>
        <translation>Ghi một biểu đồ cùng sự kiện và nguồn của nó thành gói có ký cho cơ quan khác.</translation>
    </message>
    <message>
        <source>Print an entity&apos;s profile or the case summary to PDF, with a title block on every page.</source>
        <translation>In hồ sơ một thực thể hoặc tóm tắt vụ án ra PDF, có khung tiêu đề trên mọi trang.</translation>
    </message>
    <message>
        <source>Add an entity by hand (a person, den, vehicle, document, ...), with the authority for it.</source>
        <translation>Thêm thực thể bằng tay (người, ổ nhóm, phương tiện, giấy tờ, ...) kèm căn cứ.</translation>
    </message>
    <message>
        <source>Declare a link between two entities by hand, with its confidence, dates and authority.</source>
        <translation>Khai báo bằng tay một liên kết giữa hai thực thể, kèm mức tin cậy, ngày và căn cứ.</translation>
    </message>
    <message>
        <source>Merge entities that are the same into the first one; the reason is recorded and the merge can be split.</source>
        <translation>Gộp các thực thể là một vào thực thể đầu tiên; lý do được ghi lại và có thể tách lần gộp.</translation>
    </message>
    <message>
        <source>Undo the latest merge into an entity, restoring what was moved.</source>
        <translation>Hoàn tác lần gộp gần nhất vào một thực thể, khôi phục những gì đã chuyển.</translation>
    </message>
    <message>
        <source>Put a tag on entities (or take it off), with a colour for the chart.</source>
        <translation>Gắn thẻ cho thực thể (hoặc gỡ ra), kèm màu trên biểu đồ.</translation>
    </message>
    <message>
        <source>Check the case file: SQLite integrity, the audit chain and each source file&apos;s hash. Exits non-zero on any problem.</source>
        <translation>Kiểm tra tệp vụ án: tính toàn vẹn SQLite, chuỗi nhật ký kiểm toán và mã băm của từng tệp nguồn. Thoát với mã khác 0 khi có bất kỳ vấn đề nào.</translation>
    </message>
    <message>
        <source>Write the demonstration case (two compounds, three operators&apos; call records) and its evidence files.</source>
        <translation>Ghi vụ án minh họa (hai khu, bản ghi cuộc gọi của ba nhà mạng) và các tệp chứng cứ của nó.</translation>
    </message>
    <message>
        <source>Lay out and print a link chart to PDF, SVG or PNG: from seed entities or a saved chart, on one page or tiled over several.</source>
        <translation>Bố cục và in biểu đồ liên kết ra PDF, SVG hoặc PNG: từ các thực thể gốc hoặc một biểu đồ đã lưu, trên một trang hoặc ghép nhiều trang.</translation>
    </message>
    <message>
        <source>Usage: seagull-cli %1</source>
        <translation>Cách dùng: seagull-cli %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Ví dụ:</translation>
    </message>
    <message>
        <source>Keep the chart in the case under this name (Chart → Charts in the window).</source>
        <translation>Giữ biểu đồ trong vụ án với tên này (Biểu đồ → Các biểu đồ trong cửa sổ).</translation>
    </message>
    <message>
        <source>chart needs --out FILE.pdf, --save NAME or both</source>
        <translation>chart cần --out FILE.pdf, --save NAME hoặc cả hai</translation>
    </message>
    <message>
        <source>Chart &quot;%1&quot; with %2 entities saved in the case as chart %3.</source>
        <translation>Biểu đồ &quot;%1&quot; với %2 thực thể đã được lưu trong vụ án là biểu đồ %3.</translation>
    </message>
    <message>
        <source>%1: source %2, %3 from %4, %5.</source>
        <translation>%1: nguồn %2, %3 từ %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n sự kiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies)</source>
        <translation>
            <numerusform>%n thực thể</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::Confidence</name>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Có khả năng</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Có thể</translation>
    </message>
</context>
<context>
    <name>sg::CsvExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không thể ghi %1.</translation>
    </message>
    <message>
        <source>Writing events</source>
        <translation>Đang ghi sự kiện</translation>
    </message>
</context>
<context>
    <name>sg::CsvReader</name>
    <message>
        <source>%1: the record that starts on line %2 is larger than %3 MB or has more than %4 fields; a quote may never be closed, or the file is not a table.</source>
        <translation>%1: bản ghi bắt đầu ở dòng %2 lớn hơn %3 MB hoặc có hơn %4 trường; có thể một dấu ngoặc kép không bao giờ được đóng, hoặc tệp không phải là bảng.</translation>
    </message>
</context>
<context>
    <name>sg::DayHistogram</name>
    <message>
        <source>No events</source>
        <translation>Không có sự kiện</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n sự kiện</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::DemoGenerator</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không thể ghi %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không thể tạo thư mục %1.</translation>
    </message>
    <message>
        <source>Demonstration: Golden Sands and Riverside compounds</source>
        <translation>Minh họa: khu Golden Sands và khu Riverside</translation>
    </message>
</context>
<context>
    <name>sg::DenPage</name>
    <message>
        <source>Entity</source>
        <translation>Thực thể</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Mã định danh</translation>
    </message>
    <message>
        <source>Den: %1</source>
        <translation>Ổ nhóm: %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Phones, SIMs and messenger accounts</source>
        <translation>Điện thoại, SIM và tài khoản nhắn tin</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>%1 entities tied to the den; %2 events %3, per day below (each record&apos;s local time).</source>
        <translation>%1 thực thể gắn với ổ nhóm; %2 sự kiện %3, theo ngày bên dưới (giờ địa phương của từng bản ghi).</translation>
    </message>
    <message>
        <source>Put on the chart</source>
        <translation>Đưa lên sơ đồ</translation>
    </message>
</context>
<context>
    <name>sg::DeviceImportContext</name>
    <message>
        <source>%1 is not a %2 database.</source>
        <translation>%1 không phải cơ sở dữ liệu %2.</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translation>các bảng: %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Đang đọc %1</translation>
    </message>
    <message>
        <source>The database holds no records.</source>
        <translation>Cơ sở dữ liệu không có bản ghi.</translation>
    </message>
</context>
<context>
    <name>sg::EntityDialog</name>
    <message>
        <source>New entity</source>
        <translation>Thực thể mới</translation>
    </message>
    <message>
        <source>Other names or spellings, one per line</source>
        <translation>Tên hoặc cách viết khác, mỗi dòng một</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dữ kiện</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;, &quot;surveillance log 14&quot;</source>
        <translation>Căn cứ: &quot;lời khai nhân chứng 3&quot;, &quot;nhật ký theo dõi 14&quot;</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation>Tên khác:</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>Dữ kiện:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>IMEI:</source>
        <translation>IMEI:</translation>
    </message>
    <message>
        <source>IMSI or ICCID:</source>
        <translation>IMSI hoặc ICCID:</translation>
    </message>
    <message>
        <source>Bank and account number:</source>
        <translation>Ngân hàng và số tài khoản:</translation>
    </message>
    <message>
        <source>Messenger id:</source>
        <translation>ID nhắn tin:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Identifier (optional):</source>
        <translation>Mã định danh (tùy chọn):</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Mã định danh:</translation>
    </message>
    <message>
        <source>Names from sources stay as the sources gave them</source>
        <translation>Tên từ nguồn giữ nguyên như nguồn đã cung cấp</translation>
    </message>
    <message>
        <source>Press OK again to add it as it is.</source>
        <translation>Nhấn OK lần nữa để thêm như hiện tại.</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Vẫn thêm</translation>
    </message>
</context>
<context>
    <name>sg::EntityItem</name>
    <message numerus="yes">
        <source>%n more neighbours not shown: double-click to add them</source>
        <translation>
            <numerusform>còn %n thực thể lân cận chưa hiển thị: nhấp đúp để thêm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n neighbours in the case</source>
        <translation>
            <numerusform>%n thực thể lân cận trong vụ án</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::EntityType</name>
    <message>
        <source>Phone number</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>SIM card</source>
        <translation>Thẻ SIM</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Messenger account</source>
        <translation>Tài khoản nhắn tin</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Địa chỉ email</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Phương tiện</translation>
    </message>
</context>
<context>
    <name>sg::EventType</name>
    <message>
        <source>Call</source>
        <translation>Cuộc gọi</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển tiền</translation>
    </message>
    <message>
        <source>Cell registration</source>
        <translation>Đăng ký trạm</translation>
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
        <translation>Không thể đọc %1.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Người dùng đã dừng.</translation>
    </message>
</context>
<context>
    <name>sg::EvidenceDatabase</name>
    <message>
        <source>%1 cannot be opened as a database.</source>
        <translation>Không thể mở %1 như một cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is encrypted or is not a SQLite database; Seagull cannot read it.</source>
        <translation>%1 đã bị mã hóa hoặc không phải cơ sở dữ liệu SQLite; Seagull không đọc được.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>Không thể đọc %1.</translation>
    </message>
</context>
<context>
    <name>sg::Exchange</name>
    <message>
        <source>The i2 ANX file could not be written.</source>
        <translation>Không ghi được tệp i2 ANX.</translation>
    </message>
    <message>
        <source>The bundle could not be written: %1</source>
        <translation>Không ghi được gói dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>sg::ExchangeData</name>
    <message>
        <source>Entity %1 is not in the case.</source>
        <translation>Thực thể %1 không có trong vụ án.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không thể ghi %1.</translation>
    </message>
</context>
<context>
    <name>sg::ExpandDialog</name>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Expand with filters</source>
        <translation>Mở rộng theo bộ lọc</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>any amount</source>
        <translation>số tiền bất kỳ</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Cuộc gọi</translation>
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
        <translation>Tin nhắn trò chuyện</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Chuyển khoản</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Sử dụng</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Sở hữu</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Thành viên của</translation>
    </message>
    <message>
        <source>Located at</source>
        <translation>Đặt tại</translation>
    </message>
    <message>
        <source>Associate of</source>
        <translation>Cộng sự của</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Giống với</translation>
    </message>
    <message>
        <source>Only these links count; none checked: all.</source>
        <translation>Chỉ tính các liên kết này; không chọn gì: tất cả.</translation>
    </message>
    <message>
        <source>Only entities of these types are added; none checked: all.</source>
        <translation>Chỉ thêm thực thể thuộc các loại này; không chọn gì: tất cả.</translation>
    </message>
    <message>
        <source>Steps out:</source>
        <translation>Số bước ra ngoài:</translation>
    </message>
    <message>
        <source>New entities per entity:</source>
        <translation>Số thực thể mới cho mỗi thực thể:</translation>
    </message>
    <message>
        <source>At least this many events:</source>
        <translation>Ít nhất bấy nhiêu sự kiện:</translation>
    </message>
    <message>
        <source>At least this amount moved:</source>
        <translation>Số tiền chuyển ít nhất:</translation>
    </message>
    <message>
        <source>Link types:</source>
        <translation>Loại liên kết:</translation>
    </message>
    <message>
        <source>Entity types:</source>
        <translation>Loại thực thể:</translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translation>Thời gian (UTC):</translation>
    </message>
    <message>
        <source>The minimum amount needs a number and a currency code, such as 500 and USD.</source>
        <translation>Số tiền tối thiểu cần một con số và một mã tiền tệ, ví dụ 500 và USD.</translation>
    </message>
</context>
<context>
    <name>sg::GraphLayout</name>
    <message numerus="yes">
        <source>Laying out %n entities</source>
        <translation>
            <numerusform>Đang bố trí %n thực thể</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Người dùng đã dừng.</translation>
    </message>
    <message>
        <source>Graphviz could not be started.</source>
        <translation>Không thể khởi động Graphviz.</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the chart with %1.</source>
        <translation>Graphviz không thể bố trí biểu đồ bằng %1.</translation>
    </message>
    <message numerus="yes">
        <source>an entity has %n links</source>
        <translation>
            <numerusform>một thực thể có %n liên kết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n thực thể</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n liên kết</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 layout would take too long on this chart (%2); it was laid out with sfdp instead.</source>
        <translation>Bố cục %1 sẽ quá lâu với biểu đồ này (%2); đã dùng sfdp để bố trí thay thế.</translation>
    </message>
    <message>
        <source>The layout job could not be read.</source>
        <translation>Không thể đọc công việc bố trí.</translation>
    </message>
    <message>
        <source>The layout helper gave an answer that could not be read.</source>
        <translation>Trình trợ giúp bố trí trả về kết quả không đọc được.</translation>
    </message>
</context>
<context>
    <name>sg::GraphML</name>
    <message>
        <source>The GraphML file could not be written.</source>
        <translation>Không thể ghi tệp GraphML.</translation>
    </message>
</context>
<context>
    <name>sg::GraphMLImporter</name>
    <message>
        <source>GraphML graph</source>
        <translation>Đồ thị GraphML</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>Đã hủy nhập %1.</translation>
    </message>
    <message>
        <source>%1 is not GraphML: it has no &lt;graphml&gt; element.</source>
        <translation>%1 không phải GraphML: không có phần tử &lt;graphml&gt;.</translation>
    </message>
    <message>
        <source>edge %1 joins a node that is not in the graph (%2, %3)</source>
        <translation>cạnh %1 nối tới nút không có trong đồ thị (%2, %3)</translation>
    </message>
    <message>
        <source>%1 nodes and %2 edges read; GraphML has no events, so each edge is a declared association.</source>
        <translation>Đã đọc %1 nút và %2 cạnh; GraphML không có sự kiện nên mỗi cạnh là một quan hệ khai báo.</translation>
    </message>
</context>
<context>
    <name>sg::GroupBoxItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities</source>
        <translation>
            <numerusform>Nhóm &quot;%1&quot; gồm %n thực thể</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GroupNodeItem</name>
    <message numerus="yes">
        <source>Group &quot;%1&quot; with %n entities: double-click to expand it</source>
        <translation>
            <numerusform>Nhóm &quot;%1&quot; gồm %n thực thể: nhấp đúp để mở rộng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n thực thể</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::GuidedTour</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>sg::HeatMatrix</name>
    <message numerus="yes">
        <source>%1 %2:00–%3:00: %n event(s)</source>
        <translation>
            <numerusform>%1 %2:00–%3:00: %n sự kiện</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::ImportDialog</name>
    <message>
        <source>Import evidence</source>
        <translation>Nhập chứng cứ</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Tự động nhận dạng</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Campuchia</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Trung Quốc</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Lào</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thái Lan</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>Numbers written without a country code are read as numbers of this country.</source>
        <translation>Các số không có mã quốc gia được hiểu là số của quốc gia này.</translation>
    </message>
    <message>
        <source>Region of the numbers:</source>
        <translation>Khu vực của các số:</translation>
    </message>
    <message>
        <source>Times in the file without an offset are local times in this zone.</source>
        <translation>Các thời điểm trong tệp không có độ lệch là giờ địa phương của múi giờ này.</translation>
    </message>
    <message>
        <source>Time zone of the records:</source>
        <translation>Múi giờ của bản ghi:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>sg::ImportService</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 không phải là tệp.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>Không thể đọc %1: không có quyền.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 trống.</translation>
    </message>
    <message>
        <source>Unknown region &quot;%1&quot;.</source>
        <translation>Khu vực không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>use a two-letter country code such as KH</source>
        <translation>dùng mã quốc gia hai chữ cái như KH</translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;.</source>
        <translation>Múi giờ không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>use an IANA name such as Asia/Phnom_Penh</source>
        <translation>dùng tên IANA như Asia/Phnom_Penh</translation>
    </message>
    <message>
        <source>Hashing %1</source>
        <translation>Đang tính mã băm %1</translation>
    </message>
    <message>
        <source>No working folder could be created for the import.</source>
        <translation>Không thể tạo thư mục làm việc cho việc nhập.</translation>
    </message>
    <message>
        <source>%1 could not be copied to the working folder.</source>
        <translation>Không thể sao chép %1 vào thư mục làm việc.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không thể đọc %1.</translation>
    </message>
    <message>
        <source>%1 is not in a format Seagull can import.</source>
        <translation>%1 không ở định dạng Seagull có thể nhập.</translation>
    </message>
    <message>
        <source>formats tried: %1</source>
        <translation>các định dạng đã thử: %1</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation>Định dạng không xác định &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>known formats: %1</source>
        <translation>các định dạng đã biết: %1</translation>
    </message>
    <message>
        <source>%1 changed during the import; nothing was added.</source>
        <translation>%1 đã thay đổi trong khi nhập; không thêm gì.</translation>
    </message>
    <message>
        <source>SHA-256 before %1, after %2</source>
        <translation>SHA-256 trước %1, sau %2</translation>
    </message>
    <message>
        <source>Linking %1</source>
        <translation>Đang liên kết %1</translation>
    </message>
    <message>
        <source>%1 is a database Seagull does not know how to read.</source>
        <translation>%1 là cơ sở dữ liệu mà Seagull chưa biết cách đọc.</translation>
    </message>
    <message>
        <source>tables: %1</source>
        <translation>các bảng: %1</translation>
    </message>
    <message>
        <source>%1 cannot be imported: it is binary data that is neither a known format nor a readable SQLite database (an encrypted database looks like this).</source>
        <translation>Không thể nhập %1: đây là dữ liệu nhị phân, không phải định dạng đã biết cũng không phải cơ sở dữ liệu SQLite đọc được (cơ sở dữ liệu đã mã hóa trông như thế này).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Người dùng đã dừng.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>a database Seagull does not know how to read</source>
        <translation>cơ sở dữ liệu mà Seagull chưa biết cách đọc</translation>
    </message>
    <message>
        <source>not in a format Seagull can import</source>
        <translation>không ở định dạng Seagull có thể nhập</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) or number(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translation>
            <numerusform>%n tên hoặc số dài hơn %1 ký tự đã bị cắt ngắn trong vụ án; tệp chứng cứ vẫn giữ nguyên vẹn tại vị trí của từng bản ghi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) longer than %1 characters were cut there in the case; the evidence keeps them whole at each record&apos;s place.</source>
        <translation>
            <numerusform>%n tin nhắn dài hơn %1 ký tự đã bị cắt ngắn trong vụ án; tệp chứng cứ vẫn giữ nguyên vẹn tại vị trí của từng bản ghi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been merged into others: what this file says of them went to the ones they were merged into, recorded with each merge, so that a split gives it back.</source>
        <translation>
            <numerusform>%n thực thể được nêu ở đây đã được gộp vào thực thể khác: những gì tệp này nói về chúng đã chuyển sang thực thể mà chúng được gộp vào, được ghi lại cùng mỗi lần gộp để khi tách sẽ trả lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) named here had been deleted from the case and stay deleted; restoring one brings it back with what this file says of it.</source>
        <translation>
            <numerusform>%n thực thể được nêu ở đây đã bị xóa khỏi vụ án và vẫn bị xóa; khôi phục một thực thể sẽ đưa nó trở lại cùng những gì tệp này nói về nó.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::InspectorPanel</name>
    <message>
        <source>Select an entity on the chart to see what the case knows about it.</source>
        <translation>Chọn một thực thể trên biểu đồ để xem vụ án biết gì về nó.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities selected.</source>
        <translation>
            <numerusform>Đã chọn %n thực thể.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Kept as written: the number did not validate for its source&apos;s region.</source>
        <translation>Giữ nguyên như đã ghi: số không hợp lệ theo khu vực của nguồn.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Tên khác</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Linked entities</source>
        <translation>Thực thể liên kết</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Nguồn %1: %2</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Vĩ độ</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Kinh độ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Azimuth</source>
        <translation>Góc phương vị</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Trạm</translation>
    </message>
    <message>
        <source>%1 (source %2)</source>
        <translation>%1 (nguồn %2)</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>Không thể đọc tệp vụ án.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>Total duration</source>
        <translation>Tổng thời lượng</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n giây</numerusform>
        </translation>
    </message>
    <message>
        <source>Total moved</source>
        <translation>Tổng số tiền chuyển</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Giây</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã xoá</translation>
    </message>
    <message>
        <source>Names by source</source>
        <translation>Tên theo nguồn</translation>
    </message>
    <message>
        <source>source %1: %2, %3</source>
        <translation>nguồn %1: %2, %3</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>tệp đính kèm</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>Lưu tệp đính kèm</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>%1 bytes, %2, added by %3</source>
        <translation>%1 byte, %2, do %3 thêm</translation>
    </message>
    <message>
        <source>Merged into this entity</source>
        <translation>Đã gộp vào thực thể này</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, by %2</source>
        <translation>&quot;%1&quot;, bởi %2</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Vụ án</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Vụ án %1</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>vùng %1</translation>
    </message>
    <message>
        <source>examiner %1</source>
        <translation>giám định viên %1</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Thực thể</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Saved charts</source>
        <translation>Biểu đồ đã lưu</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Ghi chú vụ án</translation>
    </message>
    <message>
        <source>Last imported: %1 (%2 UTC)</source>
        <translation>Nhập gần nhất: %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Nothing imported yet: use Import to add call records, statements or device extracts.</source>
        <translation>Chưa nhập gì: dùng Nhập để thêm bản ghi cuộc gọi, sao kê hoặc dữ liệu trích xuất từ thiết bị.</translation>
    </message>
    <message>
        <source>Open or create a case to begin.</source>
        <translation>Mở hoặc tạo một vụ án để bắt đầu.</translation>
    </message>
    <message>
        <source>Types counted among the first %1.</source>
        <translation>Loại được đếm trong %1 mục đầu tiên.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>và %n mục khác.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::IosAddressBookImporter</name>
    <message>
        <source>iOS contacts (AddressBook.sqlitedb)</source>
        <translation>Danh bạ iOS (AddressBook.sqlitedb)</translation>
    </message>
</context>
<context>
    <name>sg::IosCallHistoryImporter</name>
    <message>
        <source>iOS call history (CallHistory.storedata)</source>
        <translation>Lịch sử cuộc gọi iOS (CallHistory.storedata)</translation>
    </message>
</context>
<context>
    <name>sg::IosMessagesImporter</name>
    <message>
        <source>iOS messages (sms.db)</source>
        <translation>Tin nhắn iOS (sms.db)</translation>
    </message>
</context>
<context>
    <name>sg::LinkDialog</name>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Link two entities</source>
        <translation>Liên kết hai thực thể</translation>
    </message>
    <message>
        <source>Drawn solid, dashed or dotted</source>
        <translation>Vẽ nét liền, nét đứt hoặc nét chấm</translation>
    </message>
    <message>
        <source>On what authority: &quot;interview of witness 3&quot;</source>
        <translation>Căn cứ: &quot;lời khai nhân chứng 3&quot;</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Đảo</translation>
    </message>
    <message>
        <source>Turn the link the other way round</source>
        <translation>Đảo chiều liên kết</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Độ tin cậy:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Nguồn:</translation>
    </message>
    <message>
        <source>%1 — %2 → %3</source>
        <translation>%1 — %2 → %3</translation>
    </message>
    <message>
        <source>The link&apos;s dates are the wrong way round.</source>
        <translation>Ngày của liên kết bị ngược.</translation>
    </message>
</context>
<context>
    <name>sg::LinkKind</name>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>Sở hữu</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Sử dụng</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>Thành viên của</translation>
    </message>
    <message>
        <source>Located at</source>
        <translation>Ở tại</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>Liên quan</translation>
    </message>
    <message>
        <source>Same as</source>
        <translation>Giống như</translation>
    </message>
    <message>
        <source>Family of</source>
        <translation>Người thân của</translation>
    </message>
    <message>
        <source>Employed by</source>
        <translation>Làm việc cho</translation>
    </message>
</context>
<context>
    <name>sg::MainWindow</name>
    <message>
        <source>Add to chart</source>
        <translation>Thêm vào biểu đồ</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Lưu biểu đồ</translation>
    </message>
    <message>
        <source>About Seagull</source>
        <translation>Giới thiệu Seagull</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seagull %1&lt;/h3&gt;&lt;p&gt;Link analysis for telecom-fraud investigations, offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seagull %1&lt;/h3&gt;&lt;p&gt;Phân tích liên kết ngoại tuyến cho điều tra lừa đảo viễn thông.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Biểu đồ</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>Bố &amp;cục</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Vụ án mới…</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Mở vụ án…</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Nhập tệp…</translation>
    </message>
    <message>
        <source>&amp;Save chart</source>
        <translation>&amp;Lưu biểu đồ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Remove from chart</source>
        <translation>&amp;Gỡ khỏi biểu đồ</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;Expand selected</source>
        <translation>&amp;Mở rộng mục đã chọn</translation>
    </message>
    <message>
        <source>&amp;Fit chart to window</source>
        <translation>&amp;Vừa biểu đồ với cửa sổ</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Thu nhỏ</translation>
    </message>
    <message>
        <source>&amp;About Seagull</source>
        <translation>&amp;Giới thiệu Seagull</translation>
    </message>
    <message>
        <source>&amp;Network (sfdp)</source>
        <translation>&amp;Mạng lưới (sfdp)</translation>
    </message>
    <message>
        <source>&amp;Spring (neato)</source>
        <translation>&amp;Lò xo (neato)</translation>
    </message>
    <message>
        <source>&amp;Force-directed (fdp)</source>
        <translation>Hướng &amp;lực (fdp)</translation>
    </message>
    <message>
        <source>&amp;Hierarchy (dot)</source>
        <translation>&amp;Phân cấp (dot)</translation>
    </message>
    <message>
        <source>&amp;Circle (circo)</source>
        <translation>&amp;Vòng tròn (circo)</translation>
    </message>
    <message>
        <source>&amp;Radial (twopi)</source>
        <translation>&amp;Tỏa tròn (twopi)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Trình kiểm tra</translation>
    </message>
    <message>
        <source>%1 – %2 [*]</source>
        <translation>%1 – %2 [*]</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Vụ án %1</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Chưa mở vụ án</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Chart 1</source>
        <translation>Biểu đồ 1</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>Mở rộng</translation>
    </message>
    <message>
        <source>Unsaved chart</source>
        <translation>Biểu đồ chưa lưu</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; has changes that are not saved in the case.</source>
        <translation>Biểu đồ &quot;%1&quot; có thay đổi chưa được lưu vào vụ án.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Mở vụ án</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Mở biểu đồ</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Đã mở %1</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Vụ án mới</translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull)</source>
        <translation>Vụ án Seagull (*.seagull)</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>Tên vụ án:</translation>
    </message>
    <message>
        <source>Seagull cases (*.seagull);;All files (*)</source>
        <translation>Vụ án Seagull (*.seagull);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Import evidence</source>
        <translation>Nhập chứng cứ</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>%1 was imported before (source %2); nothing was added.</source>
        <translation>%1 đã được nhập trước đó (nguồn %2); không thêm gì.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n events imported</source>
        <translation>
            <numerusform>%1: đã nhập %n sự kiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows could not be read (see details)</source>
        <translation>
            <numerusform>%1: %n dòng không đọc được (xem chi tiết)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 dòng %2: %3</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Hãy mở một vụ án trước.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities added</source>
        <translation>
            <numerusform>Đã thêm %n thực thể</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the chart</source>
        <translation>Đang bố trí biểu đồ</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Bố cục</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>Đã ghi biểu đồ vào %1</translation>
    </message>
    <message>
        <source>Chart saved in the case.</source>
        <translation>Đã lưu biểu đồ vào vụ án.</translation>
    </message>
    <message>
        <source>Import extraction &amp;folder…</source>
        <translation>Nhập thư mục &amp;trích xuất…</translation>
    </message>
    <message>
        <source>Import extraction folder</source>
        <translation>Nhập thư mục trích xuất</translation>
    </message>
    <message>
        <source>%1: skipped, %2.</source>
        <translation>%1: bỏ qua, %2.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>Không thể nhập %1: %2</translation>
    </message>
    <message>
        <source>Import table with column &amp;mapping…</source>
        <translation>Nhập bảng với ánh xạ &amp;cột…</translation>
    </message>
    <message>
        <source>Import table with column mapping</source>
        <translation>Nhập bảng với ánh xạ cột</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Bảng (*.csv *.tsv *.txt *.xlsx);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Grid by type</source>
        <translation>&amp;Lưới theo loại</translation>
    </message>
    <message>
        <source>Rename chart</source>
        <translation>Đổi tên biểu đồ</translation>
    </message>
    <message>
        <source>Chart name:</source>
        <translation>Tên biểu đồ:</translation>
    </message>
    <message>
        <source>Delete chart</source>
        <translation>Xoá biểu đồ</translation>
    </message>
    <message>
        <source>Delete the chart &quot;%1&quot; from the case? The case&apos;s records stay.</source>
        <translation>Xoá biểu đồ &quot;%1&quot; khỏi vụ án? Các bản ghi của vụ án vẫn được giữ.</translation>
    </message>
    <message numerus="yes">
        <source>Ungroup %n groups</source>
        <translation>
            <numerusform>Bỏ %n nhóm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the style of %n entities</source>
        <translation>
            <numerusform>Đặt lại kiểu của %n thực thể</numerusform>
        </translation>
    </message>
    <message>
        <source>Show owners</source>
        <translation>Hiện chủ sở hữu</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>B&amp;iểu đồ</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translation>C&amp;họn</translation>
    </message>
    <message>
        <source>Select by &amp;type</source>
        <translation>Chọn theo &amp;loại</translation>
    </message>
    <message>
        <source>&amp;Icon</source>
        <translation>&amp;Biểu tượng</translation>
    </message>
    <message>
        <source>Lin&amp;ks</source>
        <translation>Liên &amp;kết</translation>
    </message>
    <message>
        <source>&amp;New chart</source>
        <translation>Biểu đồ &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Rename chart…</source>
        <translation>Đổi tên &amp;biểu đồ…</translation>
    </message>
    <message>
        <source>&amp;Delete chart…</source>
        <translation>&amp;Xoá biểu đồ…</translation>
    </message>
    <message>
        <source>Expand with &amp;filters…</source>
        <translation>Mở rộng theo &amp;bộ lọc…</translation>
    </message>
    <message>
        <source>Select &amp;neighbours</source>
        <translation>Chọn các thực thể &amp;lân cận</translation>
    </message>
    <message>
        <source>&amp;Invert selection</source>
        <translation>&amp;Đảo ngược lựa chọn</translation>
    </message>
    <message>
        <source>&amp;Find on chart…</source>
        <translation>&amp;Tìm trên biểu đồ…</translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation>Thu phóng vào &amp;vùng chọn</translation>
    </message>
    <message>
        <source>&amp;Hide selected</source>
        <translation>&amp;Ẩn mục đã chọn</translation>
    </message>
    <message>
        <source>Show all hi&amp;dden</source>
        <translation>Hiện tất cả mục đã &amp;ẩn</translation>
    </message>
    <message>
        <source>&amp;Pin selected</source>
        <translation>&amp;Ghim mục đã chọn</translation>
    </message>
    <message>
        <source>U&amp;npin selected</source>
        <translation>Bỏ ghi&amp;m mục đã chọn</translation>
    </message>
    <message>
        <source>&amp;Group selected…</source>
        <translation>&amp;Nhóm mục đã chọn…</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>&amp;Bỏ nhóm</translation>
    </message>
    <message>
        <source>&amp;Collapse group</source>
        <translation>&amp;Thu gọn nhóm</translation>
    </message>
    <message>
        <source>E&amp;xpand group</source>
        <translation>Mở &amp;rộng nhóm</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Thêm &amp;ghi chú…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Sửa ghi chú…</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Xoá ghi chú</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>&amp;Màu…</translation>
    </message>
    <message>
        <source>Reset colour and icon</source>
        <translation>Đặt lại màu và biểu tượng</translation>
    </message>
    <message>
        <source>Show &amp;owners instead of phones and accounts</source>
        <translation>Hiện &amp;chủ sở hữu thay cho điện thoại và tài khoản</translation>
    </message>
    <message>
        <source>Show phones and accounts &amp;again</source>
        <translation>Hiện lại điện thoại và tài &amp;khoản</translation>
    </message>
    <message>
        <source>One line per &amp;pair</source>
        <translation>Một đường cho mỗi &amp;cặp</translation>
    </message>
    <message>
        <source>One line per &amp;direction</source>
        <translation>Một đường cho mỗi &amp;chiều</translation>
    </message>
    <message>
        <source>One line per &amp;event</source>
        <translation>Một đường cho mỗi &amp;sự kiện</translation>
    </message>
    <message>
        <source>Fixed &amp;width</source>
        <translation>Độ rộng &amp;cố định</translation>
    </message>
    <message>
        <source>Width by &amp;count</source>
        <translation>Độ rộng theo &amp;số lần</translation>
    </message>
    <message>
        <source>Width by &amp;amount</source>
        <translation>Độ rộng theo số &amp;tiền</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>Biểu đồ %1</translation>
    </message>
    <message>
        <source>The chart is not saved in the case.</source>
        <translation>Biểu đồ chưa được lưu trong vụ án.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities are now shown as their owners.</source>
        <translation>
            <numerusform>%n thực thể hiện được hiển thị bằng chủ sở hữu của chúng.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case records no owner for these entities.</source>
        <translation>Vụ án không ghi nhận chủ sở hữu của các thực thể này.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Name of the group (a den, a family, a gang):</source>
        <translation>Tên nhóm (ổ nhóm, gia đình, băng đảng):</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Nhóm %1</translation>
    </message>
    <message numerus="yes">
        <source>Collapse %n groups</source>
        <translation>
            <numerusform>Thu gọn %n nhóm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expand %n groups</source>
        <translation>
            <numerusform>Mở rộng %n nhóm</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Sửa ghi chú</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Find on chart</source>
        <translation>Tìm trên biểu đồ</translation>
    </message>
    <message>
        <source>Name or number:</source>
        <translation>Tên hoặc số:</translation>
    </message>
    <message>
        <source>Nothing on the chart matches &quot;%1&quot;.</source>
        <translation>Không có gì trên biểu đồ khớp với &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n entities found on the chart.</source>
        <translation>
            <numerusform>Tìm thấy %n thực thể trên biểu đồ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add note here…</source>
        <translation>Thêm ghi chú tại đây…</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Chú giải</translation>
    </message>
    <message>
        <source>Add the parties of the events</source>
        <translation>Thêm các bên của sự kiện</translation>
    </message>
    <message>
        <source>Add the &amp;parties of its events</source>
        <translation>Thêm các &amp;bên của sự kiện</translation>
    </message>
    <message>
        <source>Select a link on the chart first.</source>
        <translation>Hãy chọn một liên kết trên biểu đồ trước.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Phân tích</translation>
    </message>
    <message>
        <source>&amp;Print chart…</source>
        <translation>&amp;In biểu đồ…</translation>
    </message>
    <message>
        <source>Entity &amp;profile report…</source>
        <translation>Báo cáo &amp;hồ sơ thực thể…</translation>
    </message>
    <message>
        <source>Case &amp;summary report…</source>
        <translation>Báo cáo &amp;tóm tắt vụ án…</translation>
    </message>
    <message>
        <source>E&amp;xport chart data (i2 ANX, GraphML, bundle)…</source>
        <translation>&amp;Xuất dữ liệu biểu đồ (i2 ANX, GraphML, gói)…</translation>
    </message>
    <message>
        <source>Evidence (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;All files (*)</source>
        <translation>Chứng cứ (*.csv *.txt *.tsv *.xlsx *.db *.sqlite *.sqlitedb *.storedata *.ufdr *.zip *.xml *.anx *.graphml *.sgbundle);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing, one file per page (*.svg)</source>
        <translation>Bản vẽ SVG, mỗi trang một tệp (*.svg)</translation>
    </message>
    <message>
        <source>PNG image, one file per page (*.png)</source>
        <translation>Ảnh PNG, mỗi trang một tệp (*.png)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Xuất biểu đồ</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Xem trước khi in: %1</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>In biểu đồ</translation>
    </message>
    <message>
        <source>Preparing the print</source>
        <translation>Đang chuẩn bị in</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Tóm tắt vụ án</translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translation>Hồ sơ thực thể</translation>
    </message>
    <message>
        <source>Case summary report</source>
        <translation>Báo cáo tóm tắt vụ án</translation>
    </message>
    <message>
        <source>Entity profile report</source>
        <translation>Báo cáo hồ sơ thực thể</translation>
    </message>
    <message>
        <source>Preparing the report</source>
        <translation>Đang chuẩn bị báo cáo</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translation>Hồ sơ thực thể: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Đã ghi báo cáo vào %1</translation>
    </message>
    <message>
        <source>i2 Analyst&apos;s Notebook chart (*.anx)</source>
        <translation>Biểu đồ i2 Analyst&apos;s Notebook (*.anx)</translation>
    </message>
    <message>
        <source>GraphML for Gephi, yEd, networkx (*.graphml)</source>
        <translation>GraphML cho Gephi, yEd, networkx (*.graphml)</translation>
    </message>
    <message>
        <source>Case bundle for a partner agency (*.sgbundle)</source>
        <translation>Gói vụ án cho cơ quan đối tác (*.sgbundle)</translation>
    </message>
    <message>
        <source>Export chart data</source>
        <translation>Xuất dữ liệu biểu đồ</translation>
    </message>
    <message>
        <source>Case bundle</source>
        <translation>Gói vụ án</translation>
    </message>
    <message>
        <source>The agency that sends the bundle:</source>
        <translation>Cơ quan gửi gói:</translation>
    </message>
    <message>
        <source>%1: chart data is written as .anx, .graphml or .sgbundle.</source>
        <translation>%1: dữ liệu biểu đồ được ghi thành .anx, .graphml hoặc .sgbundle.</translation>
    </message>
    <message>
        <source>Exporting the chart&apos;s data</source>
        <translation>Đang xuất dữ liệu biểu đồ</translation>
    </message>
    <message>
        <source>Chart data written to %1</source>
        <translation>Đã ghi dữ liệu biểu đồ vào %1</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>&amp;Time filter</source>
        <translation>Bộ lọc &amp;thời gian</translation>
    </message>
    <message>
        <source>%1 written to %2</source>
        <translation>Đã ghi %1 vào %2</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Xuất %1</translation>
    </message>
    <message>
        <source>Years in the Thai &amp;Buddhist era (B.E.)</source>
        <translation>Năm theo &amp;Phật lịch Thái (P.L.)</translation>
    </message>
    <message>
        <source>Show years as B.E. = C.E. + 543 on dates, time axes and print; the case is not changed</source>
        <translation>Hiển thị năm theo P.L. = C.N. + 543 trên ngày, trục thời gian và bản in; dữ liệu vụ án không đổi</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Cài &amp;đặt…</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration case</source>
        <translation>Mở vụ án &amp;minh họa</translation>
    </message>
    <message>
        <source>A made-up case of two compounds, their callers and victims, to try Seagull on</source>
        <translation>Một vụ án giả định gồm hai khu, người gọi và nạn nhân, để thử Seagull</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Writing the demonstration case</source>
        <translation>Đang ghi vụ án minh họa</translation>
    </message>
    <message>
        <source>Demonstration case</source>
        <translation>Vụ án minh họa</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translation>Công cụ chính</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Guided &amp;tour</source>
        <translation>Hướng dẫn &amp;từng bước</translation>
    </message>
    <message>
        <source>Four steps: search, expand, layout, print</source>
        <translation>Bốn bước: tìm kiếm, mở rộng, bố cục, in</translation>
    </message>
    <message>
        <source>Help → Guided tour shows the main steps on this case.</source>
        <translation>Trợ giúp → Hướng dẫn từng bước chỉ ra các bước chính trên vụ án này.</translation>
    </message>
    <message>
        <source>Type a phone number in any format, a name, an account or an IMEI. Double-click a result, or drag it, to put it on the chart.</source>
        <translation>Gõ số điện thoại ở bất kỳ định dạng nào, tên, tài khoản hoặc IMEI. Nhấp đúp vào kết quả hoặc kéo nó để đưa lên biểu đồ.</translation>
    </message>
    <message>
        <source>Select entities on the chart and expand them (Ctrl+E) to bring in who they called, messaged or paid. Ctrl+Shift+E expands with filters: types, dates, counts, amounts.</source>
        <translation>Chọn thực thể trên biểu đồ và mở rộng (Ctrl+E) để đưa vào những người họ đã gọi, nhắn tin hoặc trả tiền. Ctrl+Shift+E mở rộng có lọc: loại, ngày, số lần, số tiền.</translation>
    </message>
    <message>
        <source>Arrange the chart (Ctrl+L). Chart → Layout has the other arrangements: hierarchy for money flows, circle, radial, grid. Pinned entities stay where you put them.</source>
        <translation>Sắp xếp biểu đồ (Ctrl+L). Biểu đồ → Bố cục có các cách sắp xếp khác: phân cấp cho dòng tiền, vòng tròn, tỏa tròn, lưới. Thực thể đã ghim giữ nguyên chỗ bạn đặt.</translation>
    </message>
    <message>
        <source>Print the chart for court (Ctrl+P): paper size, title block, exhibit number, classification, several pages for a wall, and appendices listing each source and event. Preview before printing, or write PDF, SVG or PNG.</source>
        <translation>In biểu đồ để nộp tòa (Ctrl+P): khổ giấy, khung tiêu đề, số vật chứng, độ mật, nhiều trang ghép thành tường, và phụ lục liệt kê từng nguồn và sự kiện. Xem trước khi in, hoặc ghi ra PDF, SVG hoặc PNG.</translation>
    </message>
    <message>
        <source>Unsaved chart found</source>
        <translation>Tìm thấy biểu đồ chưa lưu</translation>
    </message>
    <message>
        <source>Seagull was closed without saving the chart &quot;%1&quot; of this case. Its changes were kept at %2. Restore them?</source>
        <translation>Seagull đã đóng mà chưa lưu biểu đồ &quot;%1&quot; của vụ án này. Các thay đổi được giữ lúc %2. Khôi phục chúng?</translation>
    </message>
    <message>
        <source>Restore the changes</source>
        <translation>Khôi phục thay đổi</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Bỏ đi</translation>
    </message>
    <message>
        <source>The chart&apos;s changes kept at %1 are restored; save the chart to keep them in the case.</source>
        <translation>Đã khôi phục các thay đổi của biểu đồ được giữ lúc %1; hãy lưu biểu đồ để giữ chúng trong vụ án.</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Chưa mở vụ án nào.</translation>
    </message>
    <message>
        <source>Other work on the case is running; try again when it has finished.</source>
        <translation>Đang có công việc khác trên vụ án; hãy thử lại khi công việc đó xong.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Nhật ký kiểm tra</translation>
    </message>
    <message>
        <source>The work is done, but the case&apos;s audit log could not record it.</source>
        <translation>Công việc đã xong, nhưng nhật ký kiểm tra của vụ án không ghi lại được.</translation>
    </message>
    <message>
        <source>Expanding</source>
        <translation>Đang mở rộng</translation>
    </message>
    <message numerus="yes">
        <source>Expanding would add %n entities to the chart.</source>
        <translation>
            <numerusform>Mở rộng sẽ thêm %n thực thể vào biểu đồ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw; to bring the most connected first, expand with a limit per entity (Expand with filters…).</source>
        <translation>
            <numerusform>Biểu đồ hiện có %n thực thể. Biểu đồ hơn 10.000 thực thể cần vài phút để bố trí và vẽ chậm; để đưa các thực thể liên kết nhiều nhất vào trước, hãy mở rộng với giới hạn cho mỗi thực thể (Mở rộng theo bộ lọc…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add them all</source>
        <translation>Thêm tất cả</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Không có gì được thêm.</translation>
    </message>
    <message>
        <source>Drawing links: %L1 of %L2</source>
        <translation>Đang vẽ liên kết: %L1 / %L2</translation>
    </message>
    <message>
        <source>Search on the left for a number, IMEI, account or name, then double-click a result or drag it here to put it on the chart.</source>
        <translation>Tìm số điện thoại, IMEI, tài khoản hoặc tên ở bên trái, rồi nhấp đúp vào kết quả hoặc kéo nó vào đây để đưa lên biểu đồ.</translation>
    </message>
    <message>
        <source>Open a case or create a new one to begin. Help → Open the demonstration case shows Seagull on a made-up case.</source>
        <translation>Mở một vụ án hoặc tạo vụ án mới để bắt đầu. Trợ giúp → Mở vụ án minh họa cho thấy Seagull trên một vụ án giả định.</translation>
    </message>
    <message numerus="yes">
        <source>Adding would put %n entities on the chart.</source>
        <translation>
            <numerusform>Thao tác thêm sẽ đưa %n thực thể lên biểu đồ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart has %n entities now. A chart of more than 10,000 entities takes minutes to lay out and is slow to draw.</source>
        <translation>
            <numerusform>Biểu đồ hiện có %n thực thể. Biểu đồ hơn 10.000 thực thể cần vài phút để bố trí và vẽ chậm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the first %n</source>
        <translation>
            <numerusform>Thêm %n mục đầu tiên</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to the chart</source>
        <translation>Đang thêm vào biểu đồ</translation>
    </message>
    <message>
        <source>Saving the chart</source>
        <translation>Đang lưu biểu đồ</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; was not opened; Chart → Charts opens it.</source>
        <translation>Biểu đồ &quot;%1&quot; chưa được mở; mở nó tại Biểu đồ → Biểu đồ.</translation>
    </message>
    <message>
        <source>Opening the chart was cancelled.</source>
        <translation>Đã hủy mở biểu đồ.</translation>
    </message>
    <message>
        <source>Opening the chart</source>
        <translation>Đang mở biểu đồ</translation>
    </message>
</context>
<context>
    <name>sg::MappingWizard</name>
    <message>
        <source>Reference</source>
        <translation>Số tham chiếu</translation>
    </message>
    <message>
        <source>Paying account</source>
        <translation>Tài khoản chuyển</translation>
    </message>
    <message>
        <source>Receiving account</source>
        <translation>Tài khoản nhận</translation>
    </message>
    <message>
        <source>Paying bank or wallet</source>
        <translation>Ngân hàng hoặc ví chuyển</translation>
    </message>
    <message>
        <source>Receiving bank or wallet</source>
        <translation>Ngân hàng hoặc ví nhận</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation>Tên người chuyển</translation>
    </message>
    <message>
        <source>Receiver&apos;s name</source>
        <translation>Tên người nhận</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Debit (money out)</source>
        <translation>Ghi nợ (tiền ra)</translation>
    </message>
    <message>
        <source>Credit (money in)</source>
        <translation>Ghi có (tiền vào)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Loại tiền</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày và giờ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>Loại giao dịch</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Số dư</translation>
    </message>
    <message>
        <source>Debit/credit mark</source>
        <translation>Dấu ghi nợ/ghi có</translation>
    </message>
    <message>
        <source>Counterparty account</source>
        <translation>Tài khoản đối ứng</translation>
    </message>
    <message>
        <source>Counterparty bank</source>
        <translation>Ngân hàng đối ứng</translation>
    </message>
    <message>
        <source>Counterparty name</source>
        <translation>Tên đối ứng</translation>
    </message>
    <message>
        <source>Each row is seen from one account (a statement)</source>
        <translation>Mỗi dòng được nhìn từ một tài khoản (sao kê)</translation>
    </message>
    <message>
        <source>Map the columns of %1</source>
        <translation>Ánh xạ các cột của %1</translation>
    </message>
    <message>
        <source>Seagull does not know this layout. Say which row holds the column names and what each column holds; the preview shows what the first rows become.</source>
        <translation>Seagull không biết bố cục này. Hãy cho biết dòng nào chứa tên cột và mỗi cột chứa gì; phần xem trước cho thấy các dòng đầu sẽ thành gì.</translation>
    </message>
    <message>
        <source>Worksheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <source>Column names on row:</source>
        <translation>Tên cột ở dòng:</translation>
    </message>
    <message>
        <source>Name of this layout:</source>
        <translation>Tên của bố cục này:</translation>
    </message>
    <message>
        <source>e.g. ABA, KBank, Vietcombank, TrueMoney, Wing</source>
        <translation>ví dụ ABA, KBank, Vietcombank, TrueMoney, Wing</translation>
    </message>
    <message>
        <source>Bank or wallet:</source>
        <translation>Ngân hàng hoặc ví:</translation>
    </message>
    <message>
        <source>e.g. USD, THB, VND, KHR, CNY</source>
        <translation>ví dụ USD, THB, VND, KHR, CNY</translation>
    </message>
    <message>
        <source>Currency when no column says it:</source>
        <translation>Loại tiền khi không có cột nào ghi:</translation>
    </message>
    <message>
        <source>Decide from the dates</source>
        <translation>Quyết định theo các ngày</translation>
    </message>
    <message>
        <source>Day/month/year</source>
        <translation>Ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Month/day/year</source>
        <translation>Tháng/ngày/năm</translation>
    </message>
    <message>
        <source>Year-month-day</source>
        <translation>Năm-tháng-ngày</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Giây Unix</translation>
    </message>
    <message>
        <source>Unix milliseconds</source>
        <translation>Mili giây Unix</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Decide from the amounts</source>
        <translation>Quyết định theo các số tiền</translation>
    </message>
    <message>
        <source>Decimal point (1,234.56)</source>
        <translation>Dấu chấm thập phân (1,234.56)</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,56)</source>
        <translation>Dấu phẩy thập phân (1.234,56)</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation>Số tiền:</translation>
    </message>
    <message>
        <source>the statement&apos;s own account number</source>
        <translation>số tài khoản của chính sao kê</translation>
    </message>
    <message>
        <source>Account of the statement:</source>
        <translation>Tài khoản của sao kê:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Lưu ánh xạ…</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Chứa</translation>
    </message>
    <message>
        <source>— not used —</source>
        <translation>— không dùng —</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>Choose at least the date and the amount (or debit and credit) columns, and the accounts.</source>
        <translation>Hãy chọn ít nhất cột ngày, cột số tiền (hoặc ghi nợ và ghi có) và các tài khoản.</translation>
    </message>
    <message>
        <source>No preview: the scratch folder cannot be written.</source>
        <translation>Không xem trước được: không ghi được thư mục tạm.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Không xem trước được: %1</translation>
    </message>
    <message>
        <source>The first rows do not import: %1</source>
        <translation>Các dòng đầu không nhập được: %1</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 transfers between %2 accounts.</source>
        <translation>
            <numerusform>%n dòng đầu cho %1 giao dịch chuyển tiền giữa %2 tài khoản.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read; the first, line %1: %2.</source>
        <translation>
            <numerusform>Có %n dòng không đọc được; dòng đầu tiên, dòng %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some columns have no name on the header row.</source>
        <translation>Một số cột không có tên ở dòng tiêu đề.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Lưu ánh xạ</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Ánh xạ (*.json)</translation>
    </message>
    <message>
        <source>The mapping could not be saved to %1: %2</source>
        <translation>Không lưu được ánh xạ vào %1: %2</translation>
    </message>
    <message>
        <source>Calling number (A party)</source>
        <translation>Số gọi (bên A)</translation>
    </message>
    <message>
        <source>Called number (B party)</source>
        <translation>Số bị gọi (bên B)</translation>
    </message>
    <message>
        <source>Target number</source>
        <translation>Số mục tiêu</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Bên kia</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>Call type</source>
        <translation>Loại cuộc gọi</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cell</translation>
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
        <translation>Tiền: giao dịch ngân hàng, ví hoặc thanh toán</translation>
    </message>
    <message>
        <source>Call records</source>
        <translation>Bản ghi cuộc gọi</translation>
    </message>
    <message>
        <source>The table holds:</source>
        <translation>Bảng chứa:</translation>
    </message>
    <message>
        <source>Choose at least the date and the two parties (calling and called number, or target and other party).</source>
        <translation>Hãy chọn ít nhất ngày và hai bên (số gọi và số bị gọi, hoặc số mục tiêu và bên kia).</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) give %1 calls and messages between %2 numbers.</source>
        <translation>
            <numerusform>%n dòng đầu cho %1 cuộc gọi và tin nhắn giữa %2 số.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Giây</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>sg::MergeDialog</name>
    <message>
        <source>Merge entities</source>
        <translation>Gộp thực thể</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>The others&apos; events, names, sources, links, tags, notes and attachments move to the one kept. Edit → Undo takes the merge back; so does Split on the kept entity later.</source>
        <translation>Sự kiện, tên, nguồn, liên kết, thẻ, ghi chú và tệp đính kèm của các thực thể khác chuyển sang thực thể được giữ. Sửa → Hoàn tác rút lại việc gộp; Tách trên thực thể được giữ cũng vậy.</translation>
    </message>
    <message>
        <source>Why they are the same (required): &quot;same IMEI in both extractions&quot;</source>
        <translation>Vì sao chúng là một (bắt buộc): &quot;cùng IMEI trong cả hai bản trích xuất&quot;</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Say why they are the same: the reason is kept with the merge.</source>
        <translation>Hãy nêu vì sao chúng là một: lý do được lưu cùng việc gộp.</translation>
    </message>
</context>
<context>
    <name>sg::MoneyTableImporter</name>
    <message>
        <source>The statement does not name its account; it is kept as &quot;%1&quot;.</source>
        <translation>Sao kê không ghi số tài khoản; được lưu là &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Statement of account %1.</source>
        <translation>Sao kê của tài khoản %1.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>không có ngày</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot;</source>
        <translation>không đọc được ngày &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read the amount &quot;%1&quot;</source>
        <translation>không đọc được số tiền &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no amount</source>
        <translation>không có số tiền</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>không có tài khoản</translation>
    </message>
    <message>
        <source>Bank, wallet and payment tables (CSV, XLSX)</source>
        <translation>Bảng ngân hàng, ví điện tử và thanh toán (CSV, XLSX)</translation>
    </message>
    <message>
        <source>%1: read as &quot;%2&quot; (header on line %3).</source>
        <translation>%1: đọc theo &quot;%2&quot; (tiêu đề ở dòng %3).</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Đang đọc %1</translation>
    </message>
    <message>
        <source>%1: simulated time, step %2 counted from %3 in the source&apos;s zone.</source>
        <translation>%1: thời gian mô phỏng, mỗi bước là một %2 tính từ %3 theo múi giờ của nguồn.</translation>
    </message>
    <message>
        <source>%1: dates read as %2.</source>
        <translation>%1: ngày được đọc theo %2.</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>tháng/ngày/năm</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>năm-tháng-ngày</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n amount(s) had more decimals than their currency&apos;s minor unit and were rounded.</source>
        <translation>
            <numerusform>%1: %n số tiền có nhiều chữ số thập phân hơn đơn vị nhỏ nhất của loại tiền và đã được làm tròn.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no table in it matches a known mapping.</source>
        <translation>%1: không có bảng nào khớp với ánh xạ đã biết.</translation>
    </message>
    <message>
        <source>give one with --mapping, or import it with the import wizard</source>
        <translation>hãy cung cấp bằng --mapping, hoặc nhập bằng trình hướng dẫn nhập</translation>
    </message>
    <message>
        <source>Worksheets not read (no known layout): %1.</source>
        <translation>Các trang tính không được đọc (không rõ bố cục): %1.</translation>
    </message>
    <message>
        <source>No row of %1 could be read.</source>
        <translation>Không đọc được dòng nào của %1.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>%1: no date says whether the day or the month comes first (every one could be read both ways); they are read as day/month/year. If that is wrong, import the file with a mapping whose &quot;time&quot; is &quot;mdy&quot;.</source>
        <translation>%1: không ngày nào cho biết ngày hay tháng đứng trước (mọi ngày đều đọc được theo cả hai cách); các ngày được đọc theo ngày/tháng/năm. Nếu sai, hãy nhập tệp bằng ánh xạ có &quot;time&quot; là &quot;mdy&quot;.</translation>
    </message>
</context>
<context>
    <name>sg::MoneyView</name>
    <message>
        <source>No transfers.</source>
        <translation>Không có giao dịch chuyển tiền.</translation>
    </message>
    <message numerus="yes">
        <source>%1: in %2, out %3, balance %4 (%n transfer(s))</source>
        <translation>
            <numerusform>%1: vào %2, ra %3, số dư %4 (%n giao dịch)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also moved: %1.</source>
        <translation>Còn chuyển bằng: %1.</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Thời gian theo %1</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · balance %4 · %5</source>
        <translation>%1 · %2 %3 · số dư %4 · %5</translation>
    </message>
    <message>
        <source>in</source>
        <translation>vào</translation>
    </message>
    <message>
        <source>out</source>
        <translation>ra</translation>
    </message>
    <message>
        <source>Money in</source>
        <translation>Tiền vào</translation>
    </message>
    <message>
        <source>Money out</source>
        <translation>Tiền ra</translation>
    </message>
    <message>
        <source>Running balance (in minus out)</source>
        <translation>Số dư lũy kế (vào trừ ra)</translation>
    </message>
    <message numerus="yes">
        <source>%n transfer(s) among them: %1.</source>
        <translation>
            <numerusform>%n giao dịch chuyển giữa họ: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>among them</source>
        <translation>nội bộ</translation>
    </message>
    <message>
        <source>Transfer among the entities shown (no money in or out)</source>
        <translation>Chuyển tiền giữa các thực thể hiển thị (không có tiền vào hay ra)</translation>
    </message>
</context>
<context>
    <name>sg::PrintDialog</name>
    <message>
        <source>Cut marks</source>
        <translation>Dấu cắt</translation>
    </message>
    <message>
        <source>The sources behind the chart (file, format, SHA-256, importer, import time, examiner)</source>
        <translation>Các nguồn đằng sau biểu đồ (tệp, định dạng, SHA-256, bộ nhập, thời điểm nhập, giám định viên)</translation>
    </message>
    <message>
        <source>The events behind each link</source>
        <translation>Các sự kiện đằng sau mỗi liên kết</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>In biểu đồ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>UNCLASSIFIED</source>
        <translation>KHÔNG MẬT</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <translation>HẠN CHẾ</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>MẬT</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>TỐI MẬT</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Hướng:</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Lề:</translation>
    </message>
    <message>
        <source>across ×</source>
        <translation>ngang ×</translation>
    </message>
    <message>
        <source>down</source>
        <translation>dọc</translation>
    </message>
    <message>
        <source>Pages:</source>
        <translation>Số trang:</translation>
    </message>
    <message>
        <source>Overlap:</source>
        <translation>Chồng lấn:</translation>
    </message>
    <message>
        <source>Title block</source>
        <translation>Khung tiêu đề</translation>
    </message>
    <message>
        <source>Chart title:</source>
        <translation>Tiêu đề biểu đồ:</translation>
    </message>
    <message>
        <source>Case name:</source>
        <translation>Tên vụ án:</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>Số vụ án:</translation>
    </message>
    <message>
        <source>Exhibit:</source>
        <translation>Vật chứng:</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translation>Giám định viên:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Độ mật:</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Phụ lục</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Xem trước…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Write the pages as PDF, SVG or PNG</source>
        <translation>Ghi các trang thành PDF, SVG hoặc PNG</translation>
    </message>
</context>
<context>
    <name>sg::RemainingTime</name>
    <message>
        <source>A few seconds left</source>
        <translation>Còn vài giây</translation>
    </message>
    <message>
        <source>About %1 seconds left</source>
        <translation>Còn khoảng %1 giây</translation>
    </message>
    <message>
        <source>About %1 min left</source>
        <translation>Còn khoảng %1 phút</translation>
    </message>
    <message>
        <source>About %1 h %2 min left</source>
        <translation>Còn khoảng %1 giờ %2 phút</translation>
    </message>
</context>
<context>
    <name>sg::ReportWriter</name>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Format / importer</source>
        <translation>Định dạng / bộ nhập</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Giám định viên</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Entity profile: %1</source>
        <translation>Hồ sơ thực thể: %1</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Định danh</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>(kept as written: it did not validate)</source>
        <translation>(giữ nguyên như đã ghi: không hợp lệ)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Số tham chiếu</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Neighbours</source>
        <translation>Láng giềng</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Names and aliases, by source</source>
        <translation>Tên và bí danh, theo nguồn</translation>
    </message>
    <message>
        <source>No source gives a name.</source>
        <translation>Không nguồn nào cho biết tên.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Devices, accounts and other declared links</source>
        <translation>Thiết bị, tài khoản và các liên kết khai báo khác</translation>
    </message>
    <message>
        <source>None declared in the case.</source>
        <translation>Không có khai báo nào trong vụ án.</translation>
    </message>
    <message>
        <source>Declared link</source>
        <translation>Liên kết khai báo</translation>
    </message>
    <message>
        <source>Contacts, by activity</source>
        <translation>Liên lạc, theo mức hoạt động</translation>
    </message>
    <message>
        <source>%1 out, %2 in</source>
        <translation>%1 đi, %2 đến</translation>
    </message>
    <message>
        <source>No events with other entities.</source>
        <translation>Không có sự kiện với thực thể khác.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên lạc</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>Thời gian gọi</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Tiền</translation>
    </message>
    <message>
        <source>First (UTC)</source>
        <translation>Đầu tiên (UTC)</translation>
    </message>
    <message>
        <source>Last (UTC)</source>
        <translation>Cuối cùng (UTC)</translation>
    </message>
    <message>
        <source>Activity by weekday and hour (local time of each record)</source>
        <translation>Hoạt động theo ngày trong tuần và giờ (giờ địa phương của từng bản ghi)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>The first %1 of %2 events.</source>
        <translation>%1 sự kiện đầu trong %2.</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Không có sự kiện.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Duration / amount</source>
        <translation>Thời lượng / số tiền</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>Bản ghi nguồn</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Case summary: %1</source>
        <translation>Tóm tắt vụ án: %1</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Số vụ án</translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>Tên vụ án</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Khu vực mặc định</translation>
    </message>
    <message>
        <source>Default time zone</source>
        <translation>Múi giờ mặc định</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Nguồn (%1)</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Entities and events</source>
        <translation>Thực thể và sự kiện</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Thực thể</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Charts (%1)</source>
        <translation>Biểu đồ (%1)</translation>
    </message>
    <message>
        <source>No saved charts.</source>
        <translation>Không có biểu đồ đã lưu.</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Sửa đổi</translation>
    </message>
    <message>
        <source>Entity profile</source>
        <translation>Hồ sơ thực thể</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Tóm tắt vụ án</translation>
    </message>
    <message>
        <source>The report could not be opened for writing.</source>
        <translation>Không mở được báo cáo để ghi.</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>Vụ án %1: %2</translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Vật chứng %1</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translation>In lúc %1 (%2)</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>Người giám định: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
    </message>
    <message>
        <source>Added by the analyst</source>
        <translation>Do điều tra viên thêm</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Thẻ: %1</translation>
    </message>
    <message>
        <source>Merged entities (ids)</source>
        <translation>Thực thể đã gộp (id)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Note by %1, %2</source>
        <translation>Ghi chú của %1, %2</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Người thêm</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thời gian thêm</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Ghi chú vụ án</translation>
    </message>
    <message>
        <source>Listed: the %1 most active of %2 contacts. Events with the others: %3.</source>
        <translation>Liệt kê: %1 liên hệ hoạt động nhiều nhất trong %2 liên hệ. Sự kiện với những liên hệ còn lại: %3.</translation>
    </message>
</context>
<context>
    <name>sg::SeagullCsvImporter</name>
    <message>
        <source>Seagull CSV export (entities, links or events)</source>
        <translation>Tệp CSV xuất từ Seagull (thực thể, liên kết hoặc sự kiện)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 trống.</translation>
    </message>
    <message>
        <source>unknown entity type &quot;%1&quot; or an empty key</source>
        <translation>loại thực thể &quot;%1&quot; không xác định hoặc khóa trống</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>Đã hủy nhập %1.</translation>
    </message>
    <message>
        <source>unknown link kind &quot;%1&quot;</source>
        <translation>loại liên kết &quot;%1&quot; không xác định</translation>
    </message>
    <message>
        <source>unknown event type &quot;%1&quot;</source>
        <translation>loại sự kiện &quot;%1&quot; không xác định</translation>
    </message>
    <message>
        <source>unreadable time &quot;%1&quot;</source>
        <translation>thời gian không đọc được &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unreadable amount &quot;%1&quot;</source>
        <translation>số tiền không đọc được &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n link totals skipped: they are made again from the events.</source>
        <translation>
            <numerusform>Bỏ qua %n tổng liên kết: chúng được tạo lại từ các sự kiện.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::SearchPanel</name>
    <message>
        <source>Open a case to search it.</source>
        <translation>Mở một vụ án để tìm kiếm.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Không tìm thấy &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n found: drag onto the chart or double-click.</source>
        <translation>
            <numerusform>Tìm thấy %n: kéo vào biểu đồ hoặc nhấp đúp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number, IMEI, account or name</source>
        <translation>Số, IMEI, tài khoản hoặc tên</translation>
    </message>
    <message>
        <source>Type a number in any common form (012 345 678, +855 12 345 678, native digits) or a name.</source>
        <translation>Nhập số ở bất kỳ dạng thông dụng nào (012 345 678, +855 12 345 678, chữ số bản địa) hoặc tên.</translation>
    </message>
</context>
<context>
    <name>sg::SettingsDialog</name>
    <message>
        <source>Years in the Thai Buddhist era (B.E. = C.E. + 543)</source>
        <translation>Năm theo Phật lịch Thái (P.L. = C.N. + 543)</translation>
    </message>
    <message>
        <source>Welcome to Seagull</source>
        <translation>Chào mừng đến với Seagull</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Your name and rank, as they should appear in audits and prints</source>
        <translation>Họ tên và cấp bậc của bạn, như sẽ xuất hiện trong nhật ký kiểm tra và bản in</translation>
    </message>
    <message>
        <source>The country code that numbers without one belong to, in new cases</source>
        <translation>Mã quốc gia cho các số không có mã, trong vụ án mới</translation>
    </message>
    <message>
        <source>The time zone of local times in new cases (IANA name)</source>
        <translation>Múi giờ của giờ địa phương trong vụ án mới (tên IANA)</translation>
    </message>
    <message>
        <source>Seagull keeps each case in one file on this computer and never connects to a network. Choose your language and say who you are; everything here can be changed later in Settings.</source>
        <translation>Seagull lưu mỗi vụ án trong một tệp trên máy tính này và không bao giờ kết nối mạng. Hãy chọn ngôn ngữ và cho biết bạn là ai; mọi thứ ở đây có thể thay đổi sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translation>Giám định viên:</translation>
    </message>
    <message>
        <source>Region of new cases:</source>
        <translation>Vùng của vụ án mới:</translation>
    </message>
    <message>
        <source>Time zone of new cases:</source>
        <translation>Múi giờ của vụ án mới:</translation>
    </message>
    <message>
        <source>%1 is not a region code (such as KH, TH, VN, CN, LA, MM).</source>
        <translation>%1 không phải mã vùng (như KH, TH, VN, CN, LA, MM).</translation>
    </message>
    <message>
        <source>%1 is not a time zone (such as Asia/Phnom_Penh).</source>
        <translation>%1 không phải múi giờ (như Asia/Phnom_Penh).</translation>
    </message>
</context>
<context>
    <name>sg::Shortcuts</name>
    <message>
        <source>used seldom: from the menu</source>
        <translation>ít dùng: dùng từ menu</translation>
    </message>
    <message>
        <source>a setting, chosen once: from the menu</source>
        <translation>một thiết lập, chọn một lần: dùng từ menu</translation>
    </message>
    <message>
        <source>one entry of a list: from the menu</source>
        <translation>một mục trong danh sách: dùng từ menu</translation>
    </message>
    <message>
        <source>changes the case and asks first: kept off the keyboard</source>
        <translation>thay đổi vụ án và hỏi trước: không gán phím tắt</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>(each entry)</source>
        <translation>(mỗi mục)</translation>
    </message>
</context>
<context>
    <name>sg::SourceWriter</name>
    <message>
        <source>The source could not be recorded in the case.</source>
        <translation>Không thể ghi nhận nguồn vào vụ án.</translation>
    </message>
    <message>
        <source>An entity could not be stored.</source>
        <translation>Không thể lưu thực thể.</translation>
    </message>
    <message>
        <source>An alias could not be stored.</source>
        <translation>Không thể lưu tên khác.</translation>
    </message>
    <message>
        <source>An event could not be stored.</source>
        <translation>Không thể lưu sự kiện.</translation>
    </message>
    <message>
        <source>A link could not be stored.</source>
        <translation>Không thể lưu liên kết.</translation>
    </message>
    <message>
        <source>The links of the imported records could not be built.</source>
        <translation>Không thể tạo liên kết cho các bản ghi đã nhập.</translation>
    </message>
    <message>
        <source>An attribute could not be stored.</source>
        <translation>Không lưu được thuộc tính.</translation>
    </message>
    <message>
        <source>The case file could not be read.</source>
        <translation>Không thể đọc tệp vụ án.</translation>
    </message>
    <message>
        <source>A record refers to entity %1, which is not in the case; nothing was added.</source>
        <translation>Một bản ghi tham chiếu đến thực thể %1, vốn không có trong vụ án; không có gì được thêm vào.</translation>
    </message>
    <message>
        <source>the durations of the events from entity %1 to entity %2 add up to more than can be stored; a record&apos;s duration is wrong</source>
        <translation>tổng thời lượng các sự kiện từ thực thể %1 đến thực thể %2 vượt quá mức có thể lưu; thời lượng của một bản ghi bị sai</translation>
    </message>
    <message>
        <source>a link of source %1 was not written</source>
        <translation>một liên kết của nguồn %1 đã không được ghi</translation>
    </message>
    <message>
        <source>The import was stopped; nothing from %1 was added.</source>
        <translation>Việc nhập đã dừng; không có gì từ %1 được thêm.</translation>
    </message>
    <message>
        <source>Indexing %1</source>
        <translation>Đang lập chỉ mục %1</translation>
    </message>
</context>
<context>
    <name>sg::TableFile</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không thể đọc %1.</translation>
    </message>
    <message>
        <source>%1 is not an XLSX workbook: it has no %2.</source>
        <translation>%1 không phải sổ làm việc XLSX: không có %2.</translation>
    </message>
    <message>
        <source>%1: worksheet &quot;%2&quot; is missing from the workbook.</source>
        <translation>%1: thiếu trang tính &quot;%2&quot; trong sổ làm việc.</translation>
    </message>
    <message>
        <source>%1 is a zip archive but not an XLSX workbook.</source>
        <translation>%1 là tệp zip nhưng không phải sổ làm việc XLSX.</translation>
    </message>
    <message>
        <source>%1 is neither a text table nor an XLSX workbook (it contains binary data).</source>
        <translation>%1 không phải bảng văn bản cũng không phải sổ làm việc XLSX (có dữ liệu nhị phân).</translation>
    </message>
    <message>
        <source>Unknown text encoding &quot;%1&quot;.</source>
        <translation>Bảng mã văn bản &quot;%1&quot; không xác định.</translation>
    </message>
</context>
<context>
    <name>sg::TableMapping</name>
    <message>
        <source>The mapping has no name.</source>
        <translation>Ánh xạ không có tên.</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: kind &quot;%2&quot; is not known.</source>
        <translation>Ánh xạ &quot;%1&quot;: loại &quot;%2&quot; không xác định.</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: unknown column role &quot;%2&quot;.</source>
        <translation>Ánh xạ &quot;%1&quot;: vai trò cột &quot;%2&quot; không xác định.</translation>
    </message>
    <message>
        <source>known roles: %1</source>
        <translation>các vai trò đã biết: %1</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no amount column (amount, or debit and credit).</source>
        <translation>Ánh xạ &quot;%1&quot; không chỉ định cột số tiền (amount, hoặc debit và credit).</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no date column (datetime or date).</source>
        <translation>Ánh xạ &quot;%1&quot; không chỉ định cột ngày (datetime hoặc date).</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: time format &quot;%2&quot; is not known.</source>
        <translation>Ánh xạ &quot;%1&quot;: định dạng thời gian &quot;%2&quot; không xác định.</translation>
    </message>
    <message>
        <source>known: auto, dmy, mdy, ymd, unix, unix-ms, step:day:YYYY-MM-DD, step:hour:YYYY-MM-DD</source>
        <translation>đã biết: auto, dmy, mdy, ymd, unix, unix-ms, step:day:YYYY-MM-DD, step:hour:YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Bank or wallet statement</source>
        <translation>Sao kê ngân hàng hoặc ví điện tử</translation>
    </message>
    <message>
        <source>The table does not have the columns mapping &quot;%1&quot; needs: %2.</source>
        <translation>Bảng thiếu các cột mà ánh xạ &quot;%1&quot; cần: %2.</translation>
    </message>
    <message>
        <source>columns: %1</source>
        <translation>các cột: %1</translation>
    </message>
    <message>
        <source>known kinds: transfers, calls</source>
        <translation>các loại đã biết: transfers, calls</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; names no parties (caller and callee, or subscriber and other).</source>
        <translation>Ánh xạ &quot;%1&quot; không chỉ định hai bên (caller và callee, hoặc subscriber và other).</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot;: direction code &quot;%2&quot; must mean &quot;in&quot; or &quot;out&quot;.</source>
        <translation>Ánh xạ &quot;%1&quot;: mã chiều &quot;%2&quot; phải là &quot;in&quot; hoặc &quot;out&quot;.</translation>
    </message>
</context>
<context>
    <name>sg::TimeFilterBar</name>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Walk the end of the range forward a day at a time and watch the network grow</source>
        <translation>Dời điểm cuối của khoảng về phía trước từng ngày và xem mạng lưới lớn dần</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Events from %1 to %2 (%3)</source>
        <translation>Sự kiện từ %1 đến %2 (%3)</translation>
    </message>
    <message>
        <source>No events on this chart.</source>
        <translation>Không có sự kiện trên biểu đồ này.</translation>
    </message>
    <message>
        <source>Hide outside</source>
        <translation>Ẩn ngoài khoảng</translation>
    </message>
    <message>
        <source>Hide the links and entities with no events in the range instead of fading them</source>
        <translation>Ẩn các liên kết và thực thể không có sự kiện trong khoảng thay vì làm mờ</translation>
    </message>
</context>
<context>
    <name>sg::TimelinePanel</name>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translation>Chọn các thực thể trên biểu đồ để xem sự kiện của chúng theo thời gian.</translation>
    </message>
    <message>
        <source>The first %1 events among %2 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translation>%1 sự kiện đầu giữa %2 thực thể; cuộn để phóng to, kéo để di chuyển, nhấp đúp để xem tất cả.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) among %1 entities; zoom with the wheel, drag to move, double-click to see all.</source>
        <translation>
            <numerusform>%n sự kiện giữa %1 thực thể; cuộn để phóng to, kéo để di chuyển, nhấp đúp để xem tất cả.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Theme lines</source>
        <translation>Đường chủ đề</translation>
    </message>
    <message>
        <source>Money over time</source>
        <translation>Dòng tiền theo thời gian</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Case time zone</source>
        <translation>Múi giờ vụ án</translation>
    </message>
    <message>
        <source>Each record&apos;s local time</source>
        <translation>Giờ địa phương của từng bản ghi</translation>
    </message>
    <message>
        <source>The clock of the time axis: the case&apos;s zone, or the local time each source recorded</source>
        <translation>Đồng hồ của trục thời gian: múi giờ vụ án, hoặc giờ địa phương mà mỗi nguồn ghi lại</translation>
    </message>
    <message>
        <source>Follow the selection</source>
        <translation>Theo lựa chọn</translation>
    </message>
    <message>
        <source>Money over time shows a fixed group; show the selected entities&apos; money again</source>
        <translation>Tiền theo thời gian đang hiển thị một nhóm cố định; hiển thị lại tiền của các thực thể đã chọn</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Print the view shown, with the title block and legend, or preview it</source>
        <translation>In chế độ xem đang hiển thị, kèm khối tiêu đề và chú giải, hoặc xem trước</translation>
    </message>
    <message>
        <source>Write the view shown as PDF, SVG or PNG with the title block</source>
        <translation>Ghi chế độ xem đang hiển thị ra PDF, SVG hoặc PNG kèm khối tiêu đề</translation>
    </message>
    <message numerus="yes">
        <source>%n selected entities together</source>
        <translation>
            <numerusform>%n thực thể đã chọn gộp lại</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sg::TimelineView</name>
    <message>
        <source>Times in %1 (%2)</source>
        <translation>Thời gian theo %1 (%2)</translation>
    </message>
    <message>
        <source>Select entities on the chart to see their events in time.</source>
        <translation>Chọn các thực thể trên biểu đồ để xem sự kiện của chúng theo thời gian.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>và %n nữa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: from the caller&apos;s or payer&apos;s line, arrow at the other&apos;s</source>
        <translation>%1: từ dòng của bên gọi hoặc bên trả, mũi tên ở dòng bên kia</translation>
    </message>
    <message>
        <source>Zoomed out: bars count the events on each line; zoom in to see each event</source>
        <translation>Đang thu nhỏ: các vạch đếm sự kiện trên mỗi dòng; phóng to để xem từng sự kiện</translation>
    </message>
    <message>
        <source>Times in each record&apos;s own local time, as its source wrote it</source>
        <translation>Thời gian theo giờ địa phương của từng bản ghi, như nguồn đã ghi</translation>
    </message>
    <message>
        <source>Beside a mark: its time when few are shown, and ×N for N events in the same instant on this scale</source>
        <translation>Bên cạnh dấu: thời điểm khi hiển thị ít, và ×N là N sự kiện cùng một thời điểm ở tỷ lệ này</translation>
    </message>
</context>
<context>
    <name>sg::UfdrImporter</name>
    <message>
        <source>Models are nested deeper than %1 levels.</source>
        <translation>Các mô hình lồng nhau sâu hơn %1 cấp.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>The report names %1 IMEIs (%2); the handset is known by the first.</source>
        <translation>Báo cáo nêu %1 IMEI (%2); máy được nhận diện theo IMEI đầu tiên.</translation>
    </message>
    <message>
        <source>project &quot;%1&quot;</source>
        <translation>dự án &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report version %1</source>
        <translation>phiên bản báo cáo %1</translation>
    </message>
    <message>
        <source>%1 extraction</source>
        <translation>trích xuất %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>thiết bị %1</translation>
    </message>
    <message>
        <source>Cellebrite report: %1.</source>
        <translation>Báo cáo Cellebrite: %1.</translation>
    </message>
    <message>
        <source>no project details</source>
        <translation>không có thông tin dự án</translation>
    </message>
    <message>
        <source>Case information in the report: %1.</source>
        <translation>Thông tin vụ án trong báo cáo: %1.</translation>
    </message>
    <message>
        <source>Handset IMEI %1, own number %2.</source>
        <translation>IMEI của máy %1, số của chủ máy %2.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>(untyped)</source>
        <translation>(không có kiểu)</translation>
    </message>
    <message>
        <source>no readable time stamp (&quot;%1&quot;)</source>
        <translation>không có dấu thời gian đọc được (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>cuộc gọi video</translation>
    </message>
    <message>
        <source>sender unknown</source>
        <translation>không rõ người gửi</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) the device had deleted were recovered by the extraction; they are marked deleted.</source>
        <translation>
            <numerusform>Quá trình trích xuất đã khôi phục %n bản ghi mà thiết bị đã xoá; chúng được đánh dấu đã xoá.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) are marked deleted in the report.</source>
        <translation>
            <numerusform>Có %n liên hệ được đánh dấu đã xoá trong báo cáo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Models this version does not import: %1.</source>
        <translation>Các mô hình phiên bản này không nhập: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không thể đọc %1.</translation>
    </message>
    <message>
        <source>Cellebrite UFDR report (.ufdr or report.xml)</source>
        <translation>Báo cáo Cellebrite UFDR (.ufdr hoặc report.xml)</translation>
    </message>
    <message>
        <source>%1 holds no report.xml; it is not a Cellebrite UFDR.</source>
        <translation>%1 không chứa report.xml; đây không phải UFDR của Cellebrite.</translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: its root element is &lt;%2&gt;, not &lt;project&gt;.</source>
        <translation>%1 không phải báo cáo Cellebrite: phần tử gốc là &lt;%2&gt;, không phải &lt;project&gt;.</translation>
    </message>
    <message>
        <source>%1 is not a Cellebrite report: it has no &lt;project&gt; element.</source>
        <translation>%1 không phải báo cáo Cellebrite: không có phần tử &lt;project&gt;.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Đang đọc %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) that XML does not allow (control characters, raw or as references such as &amp;#x1;) were removed from the report.</source>
        <translation>
            <numerusform>Đã xoá %n ký tự mà XML không cho phép (ký tự điều khiển, dạng thô hoặc dạng tham chiếu như &amp;#x1;) khỏi báo cáo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report holds no contacts, calls or messages.</source>
        <translation>Báo cáo không có liên hệ, cuộc gọi hay tin nhắn nào.</translation>
    </message>
</context>
<context>
    <name>sg::UserGuide</name>
    <message>
        <source>Seagull user guide</source>
        <translation>Hướng dẫn sử dụng Seagull</translation>
    </message>
    <message>
        <source>This chapter is not translated yet; it is shown in English.</source>
        <translation>Chương này chưa được dịch; nội dung hiển thị bằng tiếng Anh.</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidContactsImporter</name>
    <message>
        <source>WhatsApp for Android contacts (wa.db)</source>
        <translation>Danh bạ WhatsApp trên Android (wa.db)</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppAndroidMessagesImporter</name>
    <message>
        <source>WhatsApp for Android messages (msgstore.db)</source>
        <translation>Tin nhắn WhatsApp trên Android (msgstore.db)</translation>
    </message>
    <message>
        <source>Read with the current WhatsApp schema (message, jid, chat).</source>
        <translation>Đọc theo lược đồ WhatsApp hiện tại (message, jid, chat).</translation>
    </message>
    <message>
        <source>Read with the legacy WhatsApp schema (messages).</source>
        <translation>Đọc theo lược đồ WhatsApp cũ (messages).</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosCallsImporter</name>
    <message>
        <source>WhatsApp for iOS calls (CallHistory.sqlite)</source>
        <translation>Cuộc gọi WhatsApp trên iOS (CallHistory.sqlite)</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosChatImporter</name>
    <message>
        <source>WhatsApp for iOS chats (ChatStorage.sqlite)</source>
        <translation>Trò chuyện WhatsApp trên iOS (ChatStorage.sqlite)</translation>
    </message>
    <message>
        <source>The owner&apos;s WhatsApp account is %1.</source>
        <translation>Tài khoản WhatsApp của chủ máy là %1.</translation>
    </message>
</context>
<context>
    <name>sg::WhatsAppIosContactsImporter</name>
    <message>
        <source>WhatsApp for iOS contacts (ContactsV2.sqlite)</source>
        <translation>Danh bạ WhatsApp trên iOS (ContactsV2.sqlite)</translation>
    </message>
</context>
<context>
    <name>sg::XmlFeed</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>dòng %1, cột %2</translation>
    </message>
    <message>
        <source>the document ends at line %1 before it is complete (the file is truncated)</source>
        <translation>tài liệu kết thúc ở dòng %1 trước khi hoàn chỉnh (tệp bị cắt cụt)</translation>
    </message>
    <message>
        <source>%1 is refused: it declares a DTD, which can expand entities without limit; forensic reports never need one.</source>
        <translation>Từ chối %1: tệp khai báo DTD, có thể mở rộng thực thể không giới hạn; báo cáo giám định không bao giờ cần DTD.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>it refers to the undeclared entity &quot;%1&quot;</source>
        <translation>tham chiếu tới thực thể chưa khai báo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the document ends inside an element</source>
        <translation>tài liệu kết thúc bên trong một phần tử</translation>
    </message>
    <message>
        <source>%1 cannot be read: one element near line %2 holds more than %3 MB; the document is damaged or not a report.</source>
        <translation>Không thể đọc %1: một phần tử gần dòng %2 chứa hơn %3 MB; tài liệu bị hỏng hoặc không phải là báo cáo.</translation>
    </message>
</context>
<context>
    <name>sg::XryImporter</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không thể đọc %1.</translation>
    </message>
    <message>
        <source>%1 is not an XRY text export: it does not begin with &quot;XRY Export&quot;.</source>
        <translation>%1 không phải tệp xuất văn bản XRY: không bắt đầu bằng &quot;XRY Export&quot;.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 trống.</translation>
    </message>
    <message>
        <source>Record %1 of %2 is larger than %3 MB.</source>
        <translation>Bản ghi %1 của %2 lớn hơn %3 MB.</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>bản ghi %1: %2</translation>
    </message>
    <message>
        <source>the call has no time; the number is kept without an event</source>
        <translation>cuộc gọi không có thời gian; số được giữ lại nhưng không tạo sự kiện</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; cannot be read</source>
        <translation>không đọc được thời gian &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the message has no time; its numbers are kept without an event</source>
        <translation>tin nhắn không có thời gian; các số được giữ lại nhưng không tạo sự kiện</translation>
    </message>
    <message>
        <source>The handset&apos;s IMEI is %1.</source>
        <translation>IMEI của máy là %1.</translation>
    </message>
    <message numerus="yes">
        <source>A multi-part message (reference %1) is incomplete; its %n part(s) are imported separately.</source>
        <translation>
            <numerusform>Tin nhắn nhiều phần (tham chiếu %1) không đủ; %n phần được nhập riêng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) are marked deleted.</source>
        <translation>
            <numerusform>Có %n bản ghi được đánh dấu đã xoá.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 record(s) of the XRY category &quot;%2&quot; are not imported by this version.</source>
        <translation>Phiên bản này không nhập %1 bản ghi thuộc mục XRY &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>XRY text export (calls, messages, contacts, device)</source>
        <translation>Tệp xuất văn bản XRY (cuộc gọi, tin nhắn, danh bạ, thiết bị)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Đang đọc %1</translation>
    </message>
    <message>
        <source>XRY export: %1.</source>
        <translation>Tệp xuất XRY: %1.</translation>
    </message>
    <message>
        <source>Dates read as %1.</source>
        <translation>Ngày được đọc theo %1.</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>tháng/ngày/năm</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>năm-tháng-ngày</translation>
    </message>
    <message>
        <source>The file holds no records.</source>
        <translation>Tệp không có bản ghi nào.</translation>
    </message>
</context>
<context>
    <name>sg::ZipArchive</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không thể đọc %1.</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive.</source>
        <translation>%1 không phải tệp zip đọc được.</translation>
    </message>
    <message>
        <source>the file is too short</source>
        <translation>tệp quá ngắn</translation>
    </message>
    <message>
        <source>no end of central directory record (the archive is truncated or not a zip)</source>
        <translation>không có bản ghi kết thúc thư mục trung tâm (tệp bị cắt cụt hoặc không phải zip)</translation>
    </message>
    <message>
        <source>%1 is a multi-part zip archive; join the parts first.</source>
        <translation>%1 là tệp zip nhiều phần; hãy ghép các phần trước.</translation>
    </message>
    <message>
        <source>the ZIP64 locator is missing</source>
        <translation>thiếu bộ định vị ZIP64</translation>
    </message>
    <message>
        <source>the ZIP64 end record lies outside the file</source>
        <translation>bản ghi kết thúc ZIP64 nằm ngoài tệp</translation>
    </message>
    <message>
        <source>the ZIP64 end record is damaged</source>
        <translation>bản ghi kết thúc ZIP64 bị hỏng</translation>
    </message>
    <message>
        <source>the central directory lies outside the file (the archive is truncated)</source>
        <translation>thư mục trung tâm nằm ngoài tệp (tệp nén bị cắt cụt)</translation>
    </message>
    <message>
        <source>the central directory is larger than %1 MB</source>
        <translation>thư mục trung tâm lớn hơn %1 MB</translation>
    </message>
    <message>
        <source>central directory entry %1 is damaged</source>
        <translation>mục thư mục trung tâm %1 bị hỏng</translation>
    </message>
    <message>
        <source>%1 is refused: it holds a member whose name points outside the archive (&quot;%2&quot;).</source>
        <translation>Từ chối %1: có mục có tên trỏ ra ngoài tệp nén (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>absolute names and &quot;..&quot; are never written by forensic tools</source>
        <translation>công cụ giám định không bao giờ ghi tên tuyệt đối hoặc &quot;..&quot;</translation>
    </message>
    <message>
        <source>%1 is refused: member &quot;%2&quot; would expand from %3 to %4 bytes.</source>
        <translation>Từ chối %1: mục &quot;%2&quot; sẽ giải nén từ %3 thành %4 byte.</translation>
    </message>
    <message>
        <source>an expansion over %1 times is a zip bomb, not evidence</source>
        <translation>giải nén gấp hơn %1 lần là bom zip, không phải chứng cứ</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; lies outside the file (the archive is truncated)</source>
        <translation>mục &quot;%1&quot; nằm ngoài tệp (tệp nén bị cắt cụt)</translation>
    </message>
</context>
<context>
    <name>sg::ZipEntryReader</name>
    <message>
        <source>Member &quot;%1&quot; of %2 cannot be read.</source>
        <translation>Không đọc được mục &quot;%1&quot; trong %2.</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>mục này đã được mã hoá</translation>
    </message>
    <message>
        <source>compression method %1 is not supported (only stored and deflated)</source>
        <translation>không hỗ trợ phương pháp nén %1 (chỉ stored và deflated)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Không thể đọc %1.</translation>
    </message>
    <message>
        <source>its local header lies outside the file</source>
        <translation>phần đầu cục bộ nằm ngoài tệp</translation>
    </message>
    <message>
        <source>its local header is damaged</source>
        <translation>phần đầu cục bộ bị hỏng</translation>
    </message>
    <message>
        <source>its data lies outside the file (the archive is truncated)</source>
        <translation>dữ liệu nằm ngoài tệp (tệp nén bị cắt cụt)</translation>
    </message>
    <message>
        <source>the decompressor could not start</source>
        <translation>không khởi động được bộ giải nén</translation>
    </message>
    <message>
        <source>the data ends early (the archive is truncated)</source>
        <translation>dữ liệu kết thúc sớm (tệp nén bị cắt cụt)</translation>
    </message>
    <message>
        <source>the compressed data ends early (the archive is truncated)</source>
        <translation>dữ liệu nén kết thúc sớm (tệp nén bị cắt cụt)</translation>
    </message>
    <message>
        <source>the compressed data is damaged (%1)</source>
        <translation>dữ liệu nén bị hỏng (%1)</translation>
    </message>
    <message>
        <source>it expands beyond the %1 bytes the archive declares (a zip bomb or a damaged archive)</source>
        <translation>giải nén vượt quá %1 byte mà tệp nén khai báo (bom zip hoặc tệp hỏng)</translation>
    </message>
    <message>
        <source>it holds %1 bytes where the archive declares %2</source>
        <translation>có %1 byte trong khi tệp nén khai báo %2</translation>
    </message>
    <message>
        <source>its checksum does not match (the data is damaged)</source>
        <translation>tổng kiểm tra không khớp (dữ liệu bị hỏng)</translation>
    </message>
</context>
<context>
    <name>sg::timetext</name>
    <message>
        <source>, years B.E. (Buddhist era = C.E. + 543)</source>
        <translation>, năm theo P.L. (Phật lịch = C.N. + 543)</translation>
    </message>
</context>
</TS>
