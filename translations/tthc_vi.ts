<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>Save a copy of the whole database</source>
        <translation>Lưu một bản sao của toàn bộ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Replace the database with a backup; the current one is kept aside</source>
        <translation>Thay cơ sở dữ liệu bằng một bản sao lưu; bản đang dùng được cất riêng</translation>
    </message>
    <message>
        <source>This database is read-only: a backup cannot be put in its place</source>
        <translation>Cơ sở dữ liệu này chỉ đọc: không thể thay bằng bản sao lưu</translation>
    </message>
    <message>
        <source>The automatic backup failed: {error}</source>
        <translation>Sao lưu tự động không thành công: {error}</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>TTHC Desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Tệp cơ sở dữ liệu TTHC Desktop (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Đang sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>The database was backed up to {path}.</source>
        <translation>Đã sao lưu cơ sở dữ liệu vào {path}.</translation>
    </message>
    <message>
        <source>This database is read-only ({reason}): a backup cannot be put in its place.</source>
        <translation>Cơ sở dữ liệu này chỉ đọc ({reason}): không thể thay bằng bản sao lưu.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Replace the database with the backup {name}? Edits made since that backup will not be in it. The database in use now is kept in {folder}.</source>
        <translation>Thay cơ sở dữ liệu bằng bản sao lưu {name}? Những chỉnh sửa sau lần sao lưu đó sẽ không còn trong cơ sở dữ liệu. Bản đang dùng được giữ lại trong {folder}.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
</context>
<context>
    <name>ChasingActions</name>
    <message>
        <source>Reminder &amp;slips…</source>
        <translation>&amp;Phiếu nhắc việc…</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>Xuất &amp;lịch (.ics)…</translation>
    </message>
    <message>
        <source>Export the deadlines to a calendar</source>
        <translation>Xuất các mốc hạn ra lịch</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Tệp lịch (*.ics)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <source>Calendar exported</source>
        <translation>Đã xuất lịch</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) written to {path} ({new} new, {changed} changed, {cancelled} cancelled). Open the file with Outlook or a phone&apos;s calendar; importing it again updates the same events.</source>
        <translation>
            <numerusform>Đã ghi %n mốc hạn vào {path} ({new} mới, {changed} thay đổi, {cancelled} hủy). Mở tệp bằng Outlook hoặc lịch của điện thoại; nhập lại tệp sẽ cập nhật đúng các sự kiện đã có.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <source>Must be fixed before issuing. Double-click to go to the field.</source>
        <translation>Phải sửa trước khi ban hành. Nhấp đúp để đến chỗ cần sửa.</translation>
    </message>
    <message>
        <source>Worth a look; does not stop issuing. Double-click to go to the field.</source>
        <translation>Nên xem lại; không chặn việc ban hành. Nhấp đúp để đến chỗ cần sửa.</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>TTHC Desktop</source>
        <translation>TTHC Desktop</translation>
    </message>
    <message>
        <source>TTHC Desktop did not close normally last time (the program stopped or the computer lost power).</source>
        <translation>Lần trước TTHC Desktop không đóng bình thường (chương trình bị dừng đột ngột hoặc máy tính mất điện).</translation>
    </message>
    <message>
        <source>Every edit that was saved is kept; at most an entry that was still being typed is missing. The window has reopened where you were.</source>
        <translation>Mọi chỉnh sửa đã lưu đều còn nguyên; nhiều nhất chỉ thiếu nội dung đang gõ dở. Cửa sổ đã mở lại đúng chỗ anh/chị đang làm.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Đến hạn trong %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>By lead unit</source>
        <translation>Theo đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Indicators at {period} (year to date, else the period&apos;s figure): {met} met, {not_met} not met, {none} without figures</source>
        <translation>Chỉ tiêu đến kỳ {period} (theo lũy kế năm, chưa có lũy kế thì theo số liệu kỳ): {met} đạt, {not_met} không đạt, {none} chưa có số liệu</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Đạt được</translation>
    </message>
    <message>
        <source>Indicators (%): target and figure reached</source>
        <translation>Chỉ tiêu (%): mức giao và mức đạt được</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>DossierModel</name>
    <message>
        <source>Received: total (4) + (5) + (6)</source>
        <translation>Tổng số hồ sơ tiếp nhận: (4) + (5) + (6)</translation>
    </message>
    <message>
        <source>Received online</source>
        <translation>Tiếp nhận trực tuyến</translation>
    </message>
    <message>
        <source>Received in person or by post</source>
        <translation>Tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính</translation>
    </message>
    <message>
        <source>Carried over from the previous period</source>
        <translation>Từ kỳ trước chuyển qua</translation>
    </message>
    <message>
        <source>Settled: total (8) + (9) + (10)</source>
        <translation>Tổng số hồ sơ đã giải quyết: (8) + (9) + (10)</translation>
    </message>
    <message>
        <source>Settled before the deadline</source>
        <translation>Đã giải quyết trước hạn</translation>
    </message>
    <message>
        <source>Settled on time</source>
        <translation>Đã giải quyết đúng hạn</translation>
    </message>
    <message>
        <source>Settled late</source>
        <translation>Đã giải quyết quá hạn</translation>
    </message>
    <message>
        <source>Being settled: total (12) + (13)</source>
        <translation>Tổng số hồ sơ đang giải quyết: (12) + (13)</translation>
    </message>
    <message>
        <source>Being settled, within the deadline</source>
        <translation>Đang giải quyết, trong hạn</translation>
    </message>
    <message>
        <source>Being settled, past the deadline</source>
        <translation>Đang giải quyết, quá hạn</translation>
    </message>
    <message>
        <source>Field (2)</source>
        <translation>Lĩnh vực (2)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Every row of Biểu 06 needs its field (lĩnh vực); to take a row away, use Remove field.</source>
        <translation>Mỗi dòng của Biểu 06 phải có lĩnh vực; muốn bỏ một dòng, hãy bấm Xóa lĩnh vực.</translation>
    </message>
    <message>
        <source>Type the row&apos;s field (lĩnh vực) first, in the first column.</source>
        <translation>Hãy gõ lĩnh vực của dòng trước, ở cột đầu tiên.</translation>
    </message>
    <message>
        <source>Row “{row}”: ({column}) is the sum of {parts}, which is {sum} now, not {typed}. Type or correct the parts; the total follows them.</source>
        <translation>Dòng “{row}”: cột ({column}) là tổng của {parts}, hiện bằng {sum}, không phải {typed}. Hãy gõ hoặc sửa các cột thành phần; cột tổng tự tính theo.</translation>
    </message>
    <message>
        <source>Column ({column}) of row “{row}” is empty: type 0 when there were none.</source>
        <translation>Cột ({column}) của dòng “{row}” đang để trống: gõ 0 nếu không có hồ sơ nào.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>TTHC Desktop</source>
        <translation>TTHC Desktop</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}: {message}).</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến ({kind}: {message}).</translation>
    </message>
    <message>
        <source>Your saved work is safe and TTHC Desktop keeps running. If it happens again, copy the details below and send them to your IT support. The log is in {folder}.</source>
        <translation>Dữ liệu đã lưu vẫn an toàn và TTHC Desktop vẫn tiếp tục chạy. Nếu lỗi lặp lại, hãy sao chép phần chi tiết bên dưới và gửi cho bộ phận hỗ trợ kỹ thuật. Nhật ký nằm trong {folder}.</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Evidence — task {label}</source>
        <translation>Minh chứng — nhiệm vụ {label}</translation>
    </message>
    <message>
        <source>No evidence recorded yet. Record progress (Ctrl+R) with the document that proves it.</source>
        <translation>Chưa có minh chứng. Hãy cập nhật tiến độ (Ctrl+R) kèm văn bản kết quả.</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Lưu bản sao…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Choose a file first: the lines marked 📎 under a document are its files.</source>
        <translation>Hãy chọn một tệp trước: các dòng có dấu 📎 dưới mỗi văn bản là tệp của văn bản đó.</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(không có phần mở rộng)</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: the system has no program for {kind} files. A copy is in {folder}; install a program for this kind of file, or use “Save a copy…” to keep it where you want.</source>
        <translation>Không mở được “{name}”: máy chưa có chương trình mở tệp {kind}. Bản sao của tệp nằm ở {folder}; hãy cài chương trình đọc loại tệp này, hoặc dùng “Lưu bản sao…” để lưu tệp vào nơi bạn muốn.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Đã lưu: {path}</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Thêm lĩnh vực</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Xóa lĩnh vực</translation>
    </message>
    <message>
        <source>Dossiers by field (Biểu 06): type the form as written; each figure is kept as you type it. The totals (3), (7) and (11) are the sums of their parts.</source>
        <translation>Hồ sơ theo lĩnh vực (Biểu 06): gõ đúng như trên biểu; mỗi số được lưu ngay khi gõ. Các cột tổng (3), (7) và (11) là tổng của các cột thành phần.</translation>
    </message>
    <message>
        <source>Indicators in this period: type the figures of the selected one; they are kept as you type.</source>
        <translation>Chỉ tiêu trong kỳ: gõ số liệu của chỉ tiêu đang chọn; số liệu được lưu ngay khi gõ.</translation>
    </message>
    <message>
        <source>Nu&amp;merator:</source>
        <translation>&amp;Tử số:</translation>
    </message>
    <message>
        <source>&amp;Denominator:</source>
        <translation>&amp;Mẫu số:</translation>
    </message>
    <message>
        <source>or &amp;value:</source>
        <translation>hoặc &amp;giá trị:</translation>
    </message>
    <message>
        <source>Row “{field}” does not balance yet: {rule}, but {left} ≠ {right}.</source>
        <translation>Dòng “{field}” chưa khớp: {rule}, nhưng {left} ≠ {right}.</translation>
    </message>
    <message>
        <source>Edit Biểu 06 of {period}</source>
        <translation>Sửa Biểu 06 {period}</translation>
    </message>
    <message>
        <source>{reason} What was typed is not kept; the figures shown are the ones kept.</source>
        <translation>{reason} Nội dung vừa gõ không được lưu; số liệu đang hiển thị là số đã lưu.</translation>
    </message>
    <message>
        <source>Figures of indicator {indicator}</source>
        <translation>Số liệu chỉ tiêu {indicator}</translation>
    </message>
    <message>
        <source>This figure is computed from the dossier figures (Biểu 06) above: change them to change it.</source>
        <translation>Số liệu này được tính từ số liệu hồ sơ (Biểu 06) ở trên: muốn thay đổi, hãy sửa Biểu 06.</translation>
    </message>
    <message>
        <source>On time: {on_time} · online: {online}</source>
        <translation>Đúng hạn: {on_time} · trực tuyến: {online}</translation>
    </message>
</context>
<context>
    <name>FirstView</name>
    <message>
        <source>Loading this workspace…</source>
        <translation>Đang mở phần này…</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <source>Number and date:</source>
        <translation>Số và ngày:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Thẩm quyền:</translation>
    </message>
    <message>
        <source>P&amp;roposed by:</source>
        <translation>Th&amp;eo đề nghị của:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <source>Issued with the decision (no number of its own)</source>
        <translation>Ban hành kèm theo quyết định (không có số riêng)</translation>
    </message>
    <message>
        <source>{number}, {day:02d}/{month:02d}/{year}</source>
        <translation>{number}, ngày {day:02d}/{month:02d}/{year}</translation>
    </message>
    <message>
        <source>{number} — given when the plan is issued</source>
        <translation>{number} — cấp số khi ban hành</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>trích yếu</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa danh</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>thẩm quyền</translation>
    </message>
    <message>
        <source>proposed by</source>
        <translation>cơ quan đề nghị</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Sửa {field}</translation>
    </message>
    <message>
        <source>Choose the signer</source>
        <translation>Chọn người ký</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <source>Paste a whole document</source>
        <translation>Dán cả văn bản</translation>
    </message>
    <message>
        <source>Paste here the text of a plan or decision (copied from Word, a PDF or a portal), then press Read.</source>
        <translation>Dán vào đây nội dung kế hoạch hoặc quyết định (sao chép từ Word, PDF hoặc cổng thông tin), rồi bấm Đọc.</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Đọc</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Each table of the document and what it was read as. Where a table was misread, choose its kind: the document is read again.</source>
        <translation>Các bảng trong văn bản và cách đã đọc từng bảng. Bảng nào bị đọc sai loại thì chọn lại loại của bảng: văn bản sẽ được đọc lại.</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>To check:</source>
        <translation>Cần kiểm tra:</translation>
    </message>
    <message>
        <source>The document as read (choose a line to see what it became):</source>
        <translation>Văn bản như đã đọc (chọn một dòng để xem dòng đó thành mục nào):</translation>
    </message>
    <message>
        <source>&amp;Save as a new draft</source>
        <translation>&amp;Lưu thành dự thảo mới</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>văn bản vừa dán</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <source>Tasks ({count})</source>
        <translation>Nhiệm vụ ({count})</translation>
    </message>
    <message>
        <source>Indicators ({count})</source>
        <translation>Chỉ tiêu ({count})</translation>
    </message>
    <message>
        <source>⚠ Tables ({count})</source>
        <translation>⚠ Bảng ({count})</translation>
    </message>
    <message>
        <source>Tables ({count})</source>
        <translation>Bảng ({count})</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(chưa có số)</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>quyết định</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>kế hoạch</translation>
    </message>
    <message numerus="yes">
        <source>Understood: {documents}; year {year}; %n task(s), {indicators}. Rows marked ⚠ need a look; correct any cell here (double-click). Nothing is saved until you press Save.</source>
        <translation>
            <numerusform>Đã đọc được: {documents}; năm {year}; %n nhiệm vụ, {indicators}. Các dòng đánh dấu ⚠ cần xem lại; có thể sửa trực tiếp từng ô tại đây (bấm đúp). Chưa có gì được lưu cho đến khi bấm Lưu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n chỉ tiêu</numerusform>
        </translation>
    </message>
    <message>
        <source>To check ({count}):</source>
        <translation>Cần kiểm tra ({count}):</translation>
    </message>
    <message>
        <source>Close without saving the plan read from the pasted text? Nothing of it is kept.</source>
        <translation>Đóng mà không lưu kế hoạch đọc từ văn bản đã dán? Không có gì được giữ lại.</translation>
    </message>
    <message>
        <source>&amp;Close without saving</source>
        <translation>Đó&amp;ng, không lưu</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Quay lại</translation>
    </message>
</context>
<context>
    <name>IndicatorModel</name>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu năm</translation>
    </message>
    <message>
        <source>Upper target</source>
        <translation>Cấp trên giao</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Kết quả năm trước</translation>
    </message>
    <message>
        <source>Proposed by the rule</source>
        <translation>Đề xuất theo quy tắc</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>no last-year result or upper target: kept as written</source>
        <translation>chưa có kết quả năm trước hay chỉ tiêu cấp trên: giữ như đã ghi</translation>
    </message>
    <message>
        <source>no result last year: the upper target</source>
        <translation>năm trước chưa có kết quả: lấy chỉ tiêu cấp trên giao</translation>
    </message>
    <message>
        <source>last year below the upper target: the upper target</source>
        <translation>năm trước thấp hơn chỉ tiêu cấp trên: lấy chỉ tiêu cấp trên giao</translation>
    </message>
    <message>
        <source>last year&apos;s result raised by 10%</source>
        <translation>kết quả năm trước tăng thêm 10%</translation>
    </message>
    <message>
        <source>last year raised by 10%, capped at 100%</source>
        <translation>kết quả năm trước tăng 10%, tối đa 100%</translation>
    </message>
    <message>
        <source>raised by 10% but below the upper target: the upper target</source>
        <translation>tăng 10% vẫn thấp hơn chỉ tiêu cấp trên: lấy chỉ tiêu cấp trên giao</translation>
    </message>
    <message>
        <source>Set by hand; the rule proposes {figure} ({rule}).</source>
        <translation>Đã nhập tay; quy tắc đề xuất {figure} ({rule}).</translation>
    </message>
</context>
<context>
    <name>IndicatorPreviewModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu giao</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Units responsible</source>
        <translation>Đơn vị thực hiện</translation>
    </message>
</context>
<context>
    <name>IndicatorResultsModel</name>
    <message>
        <source>✔ Met</source>
        <translation>✔ Đạt</translation>
    </message>
    <message>
        <source>✘ Not met</source>
        <translation>✘ Không đạt</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mức giao</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Kỳ này</translation>
    </message>
    <message>
        <source>Met?</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Lũy kế năm</translation>
    </message>
    <message>
        <source>Met so far?</source>
        <translation>Đánh giá lũy kế</translation>
    </message>
    <message>
        <source>Computed from this period&apos;s dossier figures (Biểu 06); change them there to change it.</source>
        <translation>Tính từ số liệu hồ sơ (Biểu 06) của kỳ này; muốn thay đổi, hãy sửa ở Biểu 06.</translation>
    </message>
    <message>
        <source>{figure} (Biểu 06)</source>
        <translation>{figure} (Biểu 06)</translation>
    </message>
</context>
<context>
    <name>IndicatorsEditor</name>
    <message>
        <source>&amp;Add indicator</source>
        <translation>&amp;Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Delete indicator</source>
        <translation>&amp;Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Edit {column}</source>
        <translation>Sửa {column}</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>Delete indicator</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Chuyển chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue the plan</source>
        <translation>Ban hành kế hoạch</translation>
    </message>
    <message>
        <source>Once issued, the decision and the plan can no longer be changed; changes then go into a new draft (amendment).</source>
        <translation>Sau khi ban hành, quyết định và kế hoạch không sửa được nữa; mọi thay đổi sẽ làm trên bản dự thảo mới (sửa đổi, bổ sung).</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Ban hành</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>IssueFields</name>
    <message>
        <source>Use the proposed number</source>
        <translation>Dùng số đề xuất</translation>
    </message>
    <message>
        <source>The number from the register of outgoing documents (sổ đăng ký văn bản đi). Proposed: the next after the last this app issued that year, or the register&apos;s next free number set in Settings.</source>
        <translation>Số lấy theo sổ đăng ký văn bản đi. Số đề xuất: số kế tiếp sau số cuối cùng chương trình đã ban hành trong năm, hoặc số còn trống tiếp theo của sổ đã khai trong Thiết lập.</translation>
    </message>
    <message>
        <source>&amp;Date of issue:</source>
        <translation>&amp;Ngày ban hành:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>Proposed: {number}/{symbol}</source>
        <translation>Số đề xuất: {number}/{symbol}</translation>
    </message>
    <message>
        <source>{number} is already used in {year} by “{subject}” ({date}). Type another number.</source>
        <translation>Số {number} năm {year} đã dùng cho văn bản “{subject}” ({date}). Hãy nhập số khác.</translation>
    </message>
</context>
<context>
    <name>LivePreview</name>
    <message>
        <source>&amp;Update the preview</source>
        <translation>&amp;Cập nhật bản xem trước</translation>
    </message>
    <message>
        <source>A large plan: its preview is made when you press Update.</source>
        <translation>Kế hoạch lớn: bản xem trước chỉ được tạo khi nhấn Cập nhật.</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>Chưa có gì để xem trước.</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Đang cập nhật bản xem trước…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), as they will print.</source>
        <translation>
            <numerusform>%n trang, đúng như khi in.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be made: {reason}</source>
        <translation>Không tạo được bản xem trước: {reason}</translation>
    </message>
</context>
<context>
    <name>LonePlanNotice</name>
    <message>
        <source>This plan is issued by itself, without a decision: its number, signer and recipients are on the Plan page. If the commune issues it with a decision, add one.</source>
        <translation>Kế hoạch này được ban hành riêng, không kèm quyết định: số, người ký và nơi nhận ở trang Kế hoạch. Nếu xã ban hành kế hoạch bằng quyết định, hãy thêm quyết định.</translation>
    </message>
    <message>
        <source>&amp;Add a decision issuing the plan</source>
        <translation>&amp;Thêm quyết định ban hành kế hoạch</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Cài đặt thư điện tử</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (cổng 587)</translation>
    </message>
    <message>
        <source>SSL (port 465)</source>
        <translation>SSL (cổng 465)</translation>
    </message>
    <message>
        <source>None (office relay only)</source>
        <translation>Không mã hóa (chỉ máy chủ nội bộ)</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(đã lưu)</translation>
    </message>
    <message>
        <source>commune&apos;s name</source>
        <translation>tên xã, phường</translation>
    </message>
    <message>
        <source>reporting period</source>
        <translation>kỳ báo cáo</translation>
    </message>
    <message>
        <source>report&apos;s number and subject</source>
        <translation>số và trích yếu báo cáo</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Bảo mật:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>Sender &amp;address:</source>
        <translation>&amp;Địa chỉ gửi:</translation>
    </message>
    <message>
        <source>Sender &amp;name:</source>
        <translation>Tê&amp;n người gửi:</translation>
    </message>
    <message>
        <source>Su&amp;bject template:</source>
        <translation>Mẫu tiêu đề &amp;thư:</translation>
    </message>
    <message>
        <source>B&amp;ody template:</source>
        <translation>Mẫu &amp;nội dung thư:</translation>
    </message>
    <message>
        <source>The password is kept in the system&apos;s credential store, not in the database. When sending, {commune}, {period} and {report} in the templates are filled in.</source>
        <translation>Mật khẩu được lưu trong kho mật khẩu của hệ điều hành, không lưu trong cơ sở dữ liệu. Khi gửi, {commune}, {period} và {report} trong mẫu được thay bằng nội dung thật.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TTHC Desktop — administrative-procedure control</source>
        <translation>TTHC Desktop — kiểm soát thủ tục hành chính</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>Drafts and issued</source>
        <translation>Dự thảo và đã ban hành</translation>
    </message>
    <message>
        <source>Drafts only</source>
        <translation>Chỉ dự thảo</translation>
    </message>
    <message>
        <source>Issued only</source>
        <translation>Chỉ đã ban hành</translation>
    </message>
    <message>
        <source>Find a plan (number, year, words)…</source>
        <translation>Tìm kế hoạch (số, năm, từ khóa)…</translation>
    </message>
    <message>
        <source>Plans of the selected year</source>
        <translation>Các kế hoạch của năm đã chọn</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Reload plans</source>
        <translation>&amp;Tải lại danh sách kế hoạch</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>Kế hoạch &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Import a plan (Word, text)…</source>
        <translation>&amp;Nhập kế hoạch (Word, văn bản)…</translation>
    </message>
    <message>
        <source>Paste a &amp;whole document…</source>
        <translation>Dán &amp;cả văn bản…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Thiết lập…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Tracking</source>
        <translation>Th&amp;eo dõi</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <source>Plans (*.docx *.txt);;All files (*)</source>
        <translation>Kế hoạch (*.docx *.txt);;Mọi tệp (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue, {soon} due within {days} days: see the Task tracker (Ctrl+2).</source>
        <translation>
            <numerusform>%n nhiệm vụ quá hạn, {soon} nhiệm vụ đến hạn trong {days} ngày: xem Theo dõi nhiệm vụ (Ctrl+2).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Hoàn tác: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
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
        <source>Vietnamese (Tiếng Việt)</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English (Tiếng Anh)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About TTHC Desktop</source>
        <translation>&amp;Giới thiệu TTHC Desktop</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Làm lại: {action}</translation>
    </message>
    <message>
        <source>About TTHC Desktop</source>
        <translation>Giới thiệu TTHC Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TTHC Desktop {version}&lt;/h3&gt;&lt;p&gt;Plans, tracking and reports of administrative-procedure control for a commune or ward People&apos;s Committee.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TTHC Desktop {version}&lt;/h3&gt;&lt;p&gt;Xây dựng kế hoạch, theo dõi và báo cáo công tác kiểm soát thủ tục hành chính của Ủy ban nhân dân xã, phường.&lt;/p&gt;&lt;p&gt;Cơ sở dữ liệu: {path}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>TTHC Desktop</source>
        <translation>TTHC Desktop</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({kind}: {message}). Your data is safe; try again, and if it happens again, send this message to your IT support.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến ({kind}: {message}). Dữ liệu của bạn vẫn an toàn; hãy thử lại, nếu vẫn lỗi, hãy gửi thông báo này cho bộ phận hỗ trợ kỹ thuật.</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <source>Empty (the commune&apos;s template)</source>
        <translation>Trống (theo mẫu của xã)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <source>Copy of {year} · {number} · {subject}</source>
        <translation>Sao chép từ {year} · {number} · {subject}</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Bắt đầu từ:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Tạo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>OfficialEditDialog</name>
    <message>
        <source>Add an official</source>
        <translation>Thêm cán bộ</translation>
    </message>
    <message>
        <source>Edit the official</source>
        <translation>Sửa thông tin cán bộ</translation>
    </message>
    <message>
        <source>May &amp;sign documents</source>
        <translation>Được &amp;ký văn bản</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
</context>
<context>
    <name>OfficialModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>May sign</source>
        <translation>Được ký</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Thôi từ ngày</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Gửi ngay</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Gửi &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Cancel the message</source>
        <translation>&amp;Hủy thư</translation>
    </message>
    <message>
        <source>Mail &amp;settings…</source>
        <translation>&amp;Cài đặt thư…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Sent {sent}; waiting to try again {deferred}; need you {failed}.</source>
        <translation>Đã gửi {sent}; chờ gửi lại {deferred}; cần anh/chị xử lý {failed}.</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>không gửi được</translation>
    </message>
    <message>
        <source>sent {time:%d/%m/%Y %H:%M}</source>
        <translation>đã gửi lúc {time:%H:%M} ngày {time:%d/%m/%Y}</translation>
    </message>
    <message>
        <source>next try {time:%H:%M}: {reason}</source>
        <translation>thử lại lúc {time:%H:%M}: {reason}</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Kết quả dự kiến</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Schedule (as written)</source>
        <translation>Thời gian (như đã viết)</translation>
    </message>
    <message>
        <source>Schedule (understood)</source>
        <translation>Thời gian (ứng dụng hiểu là)</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>hạn {date}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>từ {start} đến {end}</translation>
    </message>
    <message>
        <source>all year, checked every month</source>
        <translation>cả năm, kiểm tra hằng tháng</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>hằng tháng</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>hằng quý</translation>
    </message>
    <message>
        <source>every six months</source>
        <translation>6 tháng một lần</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>hằng năm</translation>
    </message>
    <message>
        <source>when called for</source>
        <translation>khi có yêu cầu</translation>
    </message>
    <message>
        <source>not understood: check the wording</source>
        <translation>chưa hiểu được: hãy kiểm tra cách viết</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>(leave out)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <source>No. (renumbered)</source>
        <translation>STT (đánh số lại)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nội dung nhiệm vụ</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Units (lead and cooperating)</source>
        <translation>Đơn vị (chủ trì và phối hợp)</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Paste rows as tasks</source>
        <translation>Dán các dòng thành nhiệm vụ</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied. Choose what each column becomes; the rows are added as tasks after the selected row, in one step you can undo.</source>
        <translation>
            <numerusform>Đã sao chép %n dòng. Chọn mỗi cột sẽ thành trường nào; các dòng được thêm thành nhiệm vụ sau dòng đang chọn, hoàn tác được trong một bước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out the %n row(s) you copied? None of them is added to the plan.</source>
        <translation>
            <numerusform>Bỏ %n dòng đã sao chép? Không dòng nào được thêm vào kế hoạch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column {n}</source>
        <translation>Cột {n}</translation>
    </message>
    <message>
        <source>&amp;Add as tasks</source>
        <translation>&amp;Thêm thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>&amp;Bỏ các dòng này</translation>
    </message>
    <message>
        <source>&amp;Go back to the rows</source>
        <translation>&amp;Quay lại các dòng</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>Month {month} of {year}</source>
        <translation>Tháng {month} năm {year}</translation>
    </message>
    <message>
        <source>Quarter {quarter} of {year}</source>
        <translation>Quý {quarter} năm {year}</translation>
    </message>
    <message>
        <source>First 6 months of {year}</source>
        <translation>6 tháng đầu năm {year}</translation>
    </message>
    <message>
        <source>First 9 months of {year}</source>
        <translation>9 tháng đầu năm {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Năm {year}</translation>
    </message>
</context>
<context>
    <name>PlanEditorWorkspace</name>
    <message>
        <source>Plan editor</source>
        <translation>Soạn kế hoạch</translation>
    </message>
    <message>
        <source>Write the year&apos;s plan and the decision that issues it, check it, number and issue it.</source>
        <translation>Soạn kế hoạch của năm và quyết định ban hành kế hoạch, kiểm tra, cấp số và ban hành.</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>Thêm &amp;nhóm</translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation>Thêm nhiệm &amp;vụ</translation>
    </message>
    <message>
        <source>&amp;Delete row</source>
        <translation>&amp;Xóa dòng</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>Lùi &amp;vào</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Lùi &amp;ra</translation>
    </message>
    <message>
        <source>I&amp;ssue…</source>
        <translation>&amp;Ban hành…</translation>
    </message>
    <message>
        <source>Number, date and freeze the decision and the plan (Ctrl+Shift+I)</source>
        <translation>Cấp số, ghi ngày và khóa quyết định cùng kế hoạch (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>&amp;Amend (copy into a new draft)</source>
        <translation>&amp;Sửa đổi, bổ sung (chép thành dự thảo mới)</translation>
    </message>
    <message>
        <source>An issued plan is not changed: its copy in the same year becomes the draft of the amending plan</source>
        <translation>Kế hoạch đã ban hành không bị sửa: bản chép trong cùng năm trở thành dự thảo kế hoạch sửa đổi, bổ sung</translation>
    </message>
    <message>
        <source>&amp;Paste rows from Word or Excel…</source>
        <translation>&amp;Dán các dòng từ Word hoặc Excel…</translation>
    </message>
    <message>
        <source>Rows copied from a table become tasks (Ctrl+V on the task tree)</source>
        <translation>Các dòng sao chép từ một bảng trở thành nhiệm vụ (Ctrl+V trên cây nhiệm vụ)</translation>
    </message>
    <message>
        <source>&amp;Preview beside the editor</source>
        <translation>&amp;Xem trước bên cạnh</translation>
    </message>
    <message>
        <source>Show or hide the printed pages beside the editor (F6)</source>
        <translation>Hiện hoặc ẩn các trang in bên cạnh vùng soạn thảo (F6)</translation>
    </message>
    <message>
        <source>&amp;Next problem</source>
        <translation>&amp;Lỗi tiếp theo</translation>
    </message>
    <message>
        <source>Go to the next problem in the checks list (F8)</source>
        <translation>Đến lỗi tiếp theo trong danh sách kiểm tra (F8)</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n task(s)</source>
        <translation>
            <numerusform>Dán %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready to issue: %n problem(s) must be fixed first; they are listed here. The first one is shown now.</source>
        <translation>
            <numerusform>Chưa thể ban hành: cần sửa %n lỗi trước; các lỗi được liệt kê ở đây. Lỗi đầu tiên đang được hiển thị.</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan is issued and can no longer be changed. To change it, copy it into a new draft (amendment).</source>
        <translation>Kế hoạch này đã ban hành nên không sửa được nữa. Muốn thay đổi, hãy sao chép thành bản dự thảo mới (sửa đổi, bổ sung).</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Quyết định</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Nhiệm vụ</translation>
    </message>
    <message>
        <source>I&amp;ndicators</source>
        <translation>C&amp;hỉ tiêu</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Các điều</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Checks: only a draft is checked.</source>
        <translation>Kiểm tra: chỉ kiểm tra bản dự thảo.</translation>
    </message>
    <message>
        <source>Checks: nothing to fix. The plan can be issued.</source>
        <translation>Kiểm tra: không có gì cần sửa. Có thể ban hành kế hoạch.</translation>
    </message>
    <message>
        <source>Checks: {blocking} to fix before issuing, {others} worth a look (double-click one, or F8, to go there).</source>
        <translation>Kiểm tra: {blocking} lỗi cần sửa trước khi ban hành, {others} điểm nên xem lại (nhấp đúp hoặc nhấn F8 để đến đó).</translation>
    </message>
    <message>
        <source>Edit {column}</source>
        <translation>Sửa {column}</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Thêm nhóm</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Lùi vào</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Lùi ra</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>đã ban hành</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), {indicators}, {state}</source>
        <translation>
            <numerusform>%n nhiệm vụ, {indicators}, {state}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n chỉ tiêu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print pre&amp;view and print…</source>
        <translation>&amp;Xem trước và in…</translation>
    </message>
    <message>
        <source>Save decision and plan as &amp;PDF…</source>
        <translation>Lưu quyết định và kế hoạch thành &amp;PDF…</translation>
    </message>
    <message>
        <source>Save decision and plan as &amp;Word…</source>
        <translation>Lưu quyết định và kế hoạch thành &amp;Word…</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {subject}</source>
        <translation>Xem trước khi in — {subject}</translation>
    </message>
    <message>
        <source>Decision and plan</source>
        <translation>Quyết định và kế hoạch</translation>
    </message>
    <message>
        <source>Decision only</source>
        <translation>Chỉ quyết định</translation>
    </message>
    <message>
        <source>Plan only</source>
        <translation>Chỉ kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Print:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Lưu thành &amp;Word…</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Đang chuẩn bị các trang…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>TTHC Desktop</source>
        <translation>TTHC Desktop</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and try again.</source>
        <translation>Không khởi động được máy in. Hãy kiểm tra máy in đã bật chưa rồi thử lại.</translation>
    </message>
    <message>
        <source>Writing the Word file…</source>
        <translation>Đang ghi tệp Word…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Record progress — task {label}</source>
        <translation>Cập nhật tiến độ — nhiệm vụ {label}</translation>
    </message>
    <message>
        <source>e.g. 12/KH-UBND</source>
        <translation>ví dụ 12/KH-UBND</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Evidence (the document that proves it)</source>
        <translation>Minh chứng (văn bản kết quả)</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Tình trạng:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
    <message>
        <source>Record progress on task {label}</source>
        <translation>Ghi tiến độ nhiệm vụ {label}</translation>
    </message>
</context>
<context>
    <name>RecentDatabases</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Recent &amp;databases</source>
        <translation>Cơ sở &amp;dữ liệu gần đây</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(không tìm thấy)</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>TTHC Desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Tệp cơ sở dữ liệu TTHC Desktop (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Database not found</source>
        <translation>Không tìm thấy cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The file {path} is no longer there: it may have been moved or renamed, or it is on a USB stick that is not plugged in. It was taken off the list of recent databases; open it again with File &gt; Open database… once you know where it is.</source>
        <translation>Tệp {path} không còn ở đó: có thể tệp đã được chuyển đi hoặc đổi tên, hoặc nằm trên USB chưa cắm vào máy. Tệp đã được bỏ khỏi danh sách cơ sở dữ liệu gần đây; khi biết tệp ở đâu, hãy mở lại bằng Tệp &gt; Mở cơ sở dữ liệu….</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>TTHC Desktop — the database cannot be used</source>
        <translation>TTHC Desktop — không dùng được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Tệp: {path}</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Mở tệp khác…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Start a &amp;new, empty database</source>
        <translation>Bắt đầu cơ sở dữ liệu &amp;mới, trống</translation>
    </message>
    <message>
        <source>&amp;Restore a backup (the file is read-only)</source>
        <translation>&amp;Khôi phục bản sao lưu (tệp chỉ đọc)</translation>
    </message>
    <message>
        <source>A backup cannot be put in the place of this file: {reason}. Open another file, or copy the backup to a folder you may write to.</source>
        <translation>Không thể đặt bản sao lưu vào chỗ của tệp này: {reason}. Hãy mở tệp khác, hoặc chép bản sao lưu sang thư mục bạn có quyền ghi.</translation>
    </message>
    <message>
        <source>&amp;Restore the newest good backup ({date})</source>
        <translation>&amp;Khôi phục bản sao lưu tốt gần nhất ({date})</translation>
    </message>
    <message>
        <source>Restoring puts back the database as it was at {date}; edits made after that time are not in it. The damaged file is kept aside in the backups folder, nothing is deleted.</source>
        <translation>Khôi phục sẽ đưa cơ sở dữ liệu về như lúc {date}; những chỉnh sửa sau thời điểm đó không có trong bản này. Tệp bị hỏng được cất riêng trong thư mục backups, không có gì bị xóa.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup (none found)</source>
        <translation>&amp;Khôi phục bản sao lưu (không tìm thấy bản nào)</translation>
    </message>
    <message>
        <source>No good backup of this database was found. Open another file (for example a copy kept on a USB stick), or ask your IT support to look at the file.</source>
        <translation>Không tìm thấy bản sao lưu tốt nào của cơ sở dữ liệu này. Hãy mở tệp khác (ví dụ bản sao trên USB) hoặc nhờ bộ phận hỗ trợ kỹ thuật kiểm tra tệp.</translation>
    </message>
    <message>
        <source>Start a new database</source>
        <translation>Bắt đầu cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Start a new, empty database in place of {name}? Its backups stay in the backups folder; you can restore one of them later from the File menu.</source>
        <translation>Bắt đầu một cơ sở dữ liệu mới, trống thay cho {name}? Các bản sao lưu vẫn nằm trong thư mục sao lưu; sau này bạn có thể khôi phục một bản từ trình đơn Tệp.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>TTHC Desktop databases (*.sqlite *.db);;All files (*)</source>
        <translation>Tệp cơ sở dữ liệu TTHC Desktop (*.sqlite *.db);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>RegisterBox</name>
    <message>
        <source>Register of outgoing documents (sổ đăng ký văn bản đi)</source>
        <translation>Sổ đăng ký văn bản đi</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Write the next free number of the register as you read it there: documents made outside this app take numbers too. Issuing proposes the larger of this and the last number this app issued plus one.</source>
        <translation>Ghi số còn trống tiếp theo của sổ đăng ký văn bản đi, đúng như trong sổ: văn bản soạn ngoài chương trình cũng lấy số trong sổ. Khi ban hành, chương trình đề xuất số lớn hơn giữa số này và số cuối cùng chương trình đã ban hành cộng một.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Last number this app issued in {year}: {last}. Proposed now: {proposed}.</source>
        <translation>Số cuối cùng chương trình đã ban hành năm {year}: {last}. Số đề xuất hiện nay: {proposed}.</translation>
    </message>
    <message>
        <source>Next free number:</source>
        <translation>Số còn trống tiếp theo:</translation>
    </message>
    <message>
        <source>Next free number ({symbol}):</source>
        <translation>Số còn trống tiếp theo ({symbol}):</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Nhắc việc</translation>
    </message>
    <message>
        <source>&amp;Remind me at start-up and once a day</source>
        <translation>&amp;Nhắc tôi khi mở chương trình và mỗi ngày một lần</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Overdue tasks are always listed, with those due within this many days (the tracker calls {days} days &quot;due soon&quot;).</source>
        <translation>Luôn nhắc các nhiệm vụ quá hạn, cùng các nhiệm vụ đến hạn trong số ngày này (trang Theo dõi nhiệm vụ gọi {days} ngày là &quot;sắp đến hạn&quot;).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Due within:</source>
        <translation>Đến &amp;hạn trong:</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Nhắc việc…</translation>
    </message>
    <message numerus="yes">
        <source>TTHC Desktop: %n task(s) need attention</source>
        <translation>
            <numerusform>TTHC Desktop: %n nhiệm vụ cần chú ý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{overdue} overdue, {due} due within %n day(s).</source>
        <translation>
            <numerusform>{overdue} việc quá hạn, {due} việc đến hạn trong %n ngày.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… và {count} việc khác.</translation>
    </message>
    <message>
        <source>Click to see them in the Task tracker.</source>
        <translation>Bấm để xem trong Theo dõi nhiệm vụ.</translation>
    </message>
    <message numerus="yes">
        <source>{overdue} overdue, {due} due within %n day(s): click to see them</source>
        <translation>
            <numerusform>{overdue} việc quá hạn, {due} việc đến hạn trong %n ngày: bấm để xem</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportBuilderWorkspace</name>
    <message>
        <source>Report builder</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <source>Build the monthly, quarterly, half-year and annual reports, export and send them.</source>
        <translation>Lập báo cáo tháng, quý, 6 tháng và năm; xuất tệp và gửi báo cáo.</translation>
    </message>
    <message>
        <source>&amp;Draft or open the report of this period</source>
        <translation>&amp;Lập hoặc mở báo cáo kỳ này</translation>
    </message>
    <message>
        <source>Draft / open (Ctrl+Shift+R)</source>
        <translation>Lập / mở (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>&amp;Refresh the figures</source>
        <translation>&amp;Cập nhật số liệu</translation>
    </message>
    <message>
        <source>Read the tracker again; sections you wrote are kept (Ctrl+Shift+F)</source>
        <translation>Đọc lại số liệu theo dõi; các đoạn đã tự viết được giữ nguyên (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>&amp;Issue the report…</source>
        <translation>&amp;Ban hành báo cáo…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Lưu thành &amp;Word…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Lưu thành &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;Delete the draft</source>
        <translation>&amp;Xóa bản dự thảo</translation>
    </message>
    <message>
        <source>Se&amp;nd by email…</source>
        <translation>&amp;Gửi qua thư điện tử…</translation>
    </message>
    <message>
        <source>Queue the issued report in the outbox and send it (Ctrl+Shift+M)</source>
        <translation>Đưa báo cáo đã ban hành vào hộp thư đi và gửi (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Hộp thư đi…</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>&amp;Cài đặt thư điện tử…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Biểu bảng</translation>
    </message>
    <message>
        <source>Proposed: {period}, due {due:%d/%m/%Y}.</source>
        <translation>Đề xuất: {period}, hạn gửi {due:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>No report open. Pick a period and press Draft / open.</source>
        <translation>Chưa mở báo cáo nào. Chọn kỳ báo cáo rồi nhấn Lập / mở.</translation>
    </message>
    <message>
        <source>{number}, issued: its figures are frozen as of {day:%d/%m/%Y}.</source>
        <translation>{number}, đã ban hành: số liệu được giữ cố định tại ngày {day:%d/%m/%Y}.</translation>
    </message>
    <message>
        <source>Draft with the tracker&apos;s figures as of {day:%d/%m/%Y}. Double-click a section to edit it.</source>
        <translation>Dự thảo theo số liệu theo dõi đến ngày {day:%d/%m/%Y}. Nhấp đúp vào một đoạn để sửa.</translation>
    </message>
    <message>
        <source>Edit section {section}</source>
        <translation>Sửa mục {section}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <source>Fill in the mail server first, then send again.</source>
        <translation>Hãy khai báo máy chủ thư trước, rồi gửi lại.</translation>
    </message>
    <message>
        <source>Queued in the outbox; sending…</source>
        <translation>Đã đưa vào hộp thư đi; đang gửi…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Not sent yet ({reason}); it stays in the outbox and is tried again.</source>
        <translation>Chưa gửi được ({reason}); thư vẫn nằm trong hộp thư đi và sẽ được gửi lại.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Đã gửi.</translation>
    </message>
    <message>
        <source>Not sent yet; it stays in the outbox and is tried again. See Reports &gt; Outbox for the server&apos;s reason.</source>
        <translation>Chưa gửi được; thư vẫn nằm trong hộp thư đi và sẽ được gửi lại. Xem Báo cáo &gt; Hộp thư đi để biết lý do máy chủ trả về.</translation>
    </message>
</context>
<context>
    <name>ReportIssueDialog</name>
    <message>
        <source>Issue the report</source>
        <translation>Ban hành báo cáo</translation>
    </message>
    <message>
        <source>Issuing numbers the report and freezes its figures; it can no longer be edited.</source>
        <translation>Ban hành sẽ cấp số cho báo cáo và chốt số liệu; sau đó không sửa được nữa.</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Ban hành</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ReportListModel</name>
    <message>
        <source>draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>đã ban hành</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
</context>
<context>
    <name>ReportSectionsModel</name>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Written by the clerk: refreshing the figures keeps it.</source>
        <translation>Do công chức viết: cập nhật số liệu vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>Written from the tracker&apos;s figures; edit it freely.</source>
        <translation>Viết từ số liệu theo dõi; có thể sửa tùy ý.</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <source>Retire {name}</source>
        <translation>Cho thôi: {name}</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Ngày cuối:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>&amp;Replaced by:</source>
        <translation>&amp;Đơn vị thay thế:</translation>
    </message>
    <message>
        <source>Nothing is deleted: plans already written keep this name; it is no longer offered for new work.</source>
        <translation>Không xóa gì: các kế hoạch đã soạn vẫn giữ tên này; tên này không còn được gợi ý cho việc mới.</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Saved “{name}” in {folder}.</source>
        <translation>Đã lưu “{name}” vào thư mục {folder}.</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Số mục</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>Bullet</source>
        <translation>Gạch đầu dòng</translation>
    </message>
</context>
<context>
    <name>SectionsEditor</name>
    <message>
        <source>&amp;Add paragraph</source>
        <translation>&amp;Thêm đoạn</translation>
    </message>
    <message>
        <source>&amp;Delete paragraph</source>
        <translation>&amp;Xóa đoạn</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>&amp;Thụt vào</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Lùi ra</translation>
    </message>
    <message>
        <source>Edit paragraph</source>
        <translation>Sửa đoạn</translation>
    </message>
    <message>
        <source>Add paragraph</source>
        <translation>Thêm đoạn</translation>
    </message>
    <message>
        <source>Delete paragraph</source>
        <translation>Xóa đoạn</translation>
    </message>
    <message>
        <source>Move paragraph</source>
        <translation>Chuyển đoạn</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Thụt vào</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Lùi ra</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <source>Send the report</source>
        <translation>Gửi báo cáo</translation>
    </message>
    <message>
        <source>address@example.gov.vn; another@example.gov.vn</source>
        <translation>diachi@example.gov.vn; diachikhac@example.gov.vn</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Gửi đến:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Attach:</source>
        <translation>Đính kèm:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>Open in my &amp;mail program</source>
        <translation>Mở bằng &amp;chương trình thư của tôi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{path} is the database already open.</source>
        <translation>{path} là cơ sở dữ liệu đang mở.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Không có cơ sở dữ liệu tại {path}.</translation>
    </message>
    <message>
        <source>{path} is open in another TTHC Desktop window: that window was brought to the front.</source>
        <translation>{path} đang mở trong một cửa sổ TTHC Desktop khác: cửa sổ đó đã được đưa lên trên.</translation>
    </message>
    <message>
        <source>&amp;Keep the database open now</source>
        <translation>&amp;Giữ cơ sở dữ liệu đang mở</translation>
    </message>
    <message>
        <source>The database was restored from the backup {name}. The file that was in use before is kept at {path}.</source>
        <translation>Đã khôi phục cơ sở dữ liệu từ bản sao lưu {name}. Tệp đang dùng trước đó được giữ lại tại {path}.</translation>
    </message>
    <message>
        <source>Read-only: viewing, printing and exporting work; changes are not possible</source>
        <translation>Chỉ đọc: xem, in và xuất tệp được; không sửa được</translation>
    </message>
    <message>
        <source>This database can only be read ({reason}). To make changes, copy the file to a folder you may write to and open the copy.</source>
        <translation>Cơ sở dữ liệu này chỉ đọc được ({reason}). Muốn sửa, hãy chép tệp sang thư mục bạn có quyền ghi rồi mở bản chép.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>chỉ đọc</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Not saved yet: press Apply or OK.</source>
        <translation>Chưa lưu: bấm Áp dụng hoặc OK.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Thông tin xã</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <source>&amp;Officials</source>
        <translation>&amp;Cán bộ</translation>
    </message>
    <message>
        <source>&amp;Reporting</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>Regi&amp;ster</source>
        <translation>&amp;Sổ văn bản đi</translation>
    </message>
    <message>
        <source>&amp;Document format</source>
        <translation>Thể thức &amp;văn bản</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>Thư đ&amp;iện tử</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Commune (xã)</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Ward (phường)</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>Township (thị trấn)</source>
        <translation>Thị trấn</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Each document type has its own numbers</source>
        <translation>Mỗi loại văn bản một dãy số riêng</translation>
    </message>
    <message>
        <source>All document types share one series</source>
        <translation>Các loại văn bản dùng chung một dãy số</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Tên xã, phường:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Cấp:</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>Tỉ&amp;nh, thành phố:</translation>
    </message>
    <message>
        <source>Parent &amp;body line:</source>
        <translation>Tên cơ quan &amp;chủ quản (nếu có):</translation>
    </message>
    <message>
        <source>&amp;Issuer abbreviation (48/QĐ-UBND):</source>
        <translation>&amp;Viết tắt tên cơ quan (48/QĐ-UBND):</translation>
    </message>
    <message>
        <source>Place name in the da&amp;te line:</source>
        <translation>Địa danh ghi ở dòng &amp;ngày tháng:</translation>
    </message>
    <message>
        <source>Upp&amp;er level (targets, reports):</source>
        <translation>Cấp t&amp;rên (giao chỉ tiêu, nhận báo cáo):</translation>
    </message>
    <message>
        <source>Numberin&amp;g:</source>
        <translation>Đánh &amp;số văn bản:</translation>
    </message>
    <message>
        <source>Numbers restart every 1 January. Changing the numbering does not renumber documents already issued.</source>
        <translation>Số văn bản bắt đầu lại từ ngày 01 tháng 01 hằng năm. Đổi cách đánh số không đánh lại số các văn bản đã ban hành.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>Renam&amp;e…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Cho t&amp;hôi…</translation>
    </message>
    <message>
        <source>Retired units are shown greyed with their dates: old plans keep their names.</source>
        <translation>Đơn vị đã thôi hiện màu xám kèm ngày: các kế hoạch cũ vẫn giữ tên của chúng.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Only officials who may sign and are not retired are offered as signers (the chair and vice-chairs).</source>
        <translation>Chỉ cán bộ được ký và chưa thôi mới được gợi ý làm người ký (chủ tịch, phó chủ tịch).</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>Data &amp;cut-off day of the month:</source>
        <translation>Ngày &amp;chốt số liệu trong tháng:</translation>
    </message>
    <message>
        <source>Report due da&amp;y of the month:</source>
        <translation>Hạn &amp;gửi báo cáo trong tháng:</translation>
    </message>
    <message>
        <source>Figures are counted up to the cut-off day (1 to 28, so that every month has it); the report is due by the due day.</source>
        <translation>Số liệu được tính đến ngày chốt (từ 1 đến 28, để tháng nào cũng có); báo cáo gửi chậm nhất vào ngày hạn gửi.</translation>
    </message>
    <message>
        <source>Documents follow Nghị định 30/2020/NĐ-CP (Phụ lục I). Each value can be set only within the range the decree allows; the default is the one it recommends.</source>
        <translation>Văn bản theo thể thức Nghị định 30/2020/NĐ-CP (Phụ lục I). Mỗi giá trị chỉ đặt được trong khoảng Nghị định cho phép; giá trị mặc định là giá trị Nghị định khuyến nghị.</translation>
    </message>
    <message>
        <source>&amp;Top margin</source>
        <translation>Lề t&amp;rên</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>&amp;Bottom margin</source>
        <translation>Lề &amp;dưới</translation>
    </message>
    <message>
        <source>&amp;Left margin</source>
        <translation>Lề t&amp;rái</translation>
    </message>
    <message>
        <source>&amp;Right margin</source>
        <translation>Lề &amp;phải</translation>
    </message>
    <message>
        <source>Body te&amp;xt</source>
        <translation>Cỡ chữ nội d&amp;ung</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Issuing body</source>
        <translation>Cỡ chữ tên &amp;cơ quan</translation>
    </message>
    <message>
        <source>Document t&amp;ype</source>
        <translation>Cỡ chữ tên &amp;loại văn bản</translation>
    </message>
    <message>
        <source>T&amp;ables</source>
        <translation>Cỡ chữ &amp;bảng</translation>
    </message>
    <message>
        <source>Line &amp;spacing</source>
        <translation>&amp;Giãn dòng</translation>
    </message>
    <message>
        <source> lines</source>
        <translation> dòng</translation>
    </message>
    <message>
        <source>First-line &amp;indent</source>
        <translation>Lùi đầ&amp;u dòng</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>Space after a &amp;paragraph</source>
        <translation>&amp;Khoảng cách sau đoạn</translation>
    </message>
    <message>
        <source>Allowed {low} to {high}; recommended {default}.</source>
        <translation>Cho phép từ {low} đến {high}; khuyến nghị {default}.</translation>
    </message>
    <message>
        <source>Recommen&amp;ded values</source>
        <translation>Giá trị &amp;khuyến nghị</translation>
    </message>
    <message>
        <source>Mail &amp;server and sender…</source>
        <translation>&amp;Máy chủ thư và người gửi…</translation>
    </message>
    <message>
        <source>Vietnamese (Tiếng Việt)</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English (Tiếng Anh)</translation>
    </message>
    <message>
        <source>Server {host}:{port}, sender {sender}.</source>
        <translation>Máy chủ {host}:{port}, người gửi {sender}.</translation>
    </message>
    <message>
        <source>No mail server yet: reports can still be exported and attached by hand.</source>
        <translation>Chưa có máy chủ thư: vẫn có thể xuất báo cáo ra tệp và đính kèm thư bằng tay.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tasks, lists, indicators</source>
        <translation>Nhiệm vụ, danh sách, chỉ tiêu</translation>
    </message>
    <message>
        <source>Add a row after the current one</source>
        <translation>Thêm một dòng sau dòng đang chọn</translation>
    </message>
    <message>
        <source>Delete the current row</source>
        <translation>Xóa dòng đang chọn</translation>
    </message>
    <message>
        <source>Move the row up / down</source>
        <translation>Chuyển dòng lên / xuống</translation>
    </message>
    <message>
        <source>Tasks, sections</source>
        <translation>Nhiệm vụ, đoạn văn</translation>
    </message>
    <message>
        <source>Indent / outdent</source>
        <translation>Thụt vào / lùi ra</translation>
    </message>
    <message>
        <source>Cells</source>
        <translation>Ô</translation>
    </message>
    <message>
        <source>Edit the cell; Enter starts a new line in long cells, Tab keeps it</source>
        <translation>Sửa ô; trong ô dài, Enter xuống dòng, Tab giữ nội dung</translation>
    </message>
    <message>
        <source>Keep the text and close the cell</source>
        <translation>Giữ nội dung và đóng ô</translation>
    </message>
    <message>
        <source>Drop what was typed in the cell</source>
        <translation>Bỏ nội dung vừa gõ trong ô</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Vietnamese typing (Unikey, Telex or VNI) works everywhere text is typed.</source>
        <translation>Gõ tiếng Việt (Unikey, Telex hoặc VNI) dùng được ở mọi chỗ nhập chữ.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SlipHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Thư</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Số nhiệm vụ</translation>
    </message>
    <message>
        <source>mailed to {address}</source>
        <translation>gửi thư tới {address}</translation>
    </message>
    <message>
        <source>saved as {format}</source>
        <translation>lưu tệp {format}</translation>
    </message>
    <message>
        <source>waiting in the outbox</source>
        <translation>đang chờ trong hộp thư đi</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>đang gửi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>đã gửi</translation>
    </message>
    <message>
        <source>not sent: see the outbox</source>
        <translation>chưa gửi được: xem hộp thư đi</translation>
    </message>
    <message>
        <source>removed from the outbox</source>
        <translation>đã xóa khỏi hộp thư đi</translation>
    </message>
</context>
<context>
    <name>SlipsDialog</name>
    <message>
        <source>Reminder slips — {year}</source>
        <translation>Phiếu nhắc việc — năm {year}</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Include tasks due &amp;within:</source>
        <translation>Gồm việc đến hạn tr&amp;ong:</translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation>Kiể&amp;u tệp:</translation>
    </message>
    <message>
        <source>&amp;Slips</source>
        <translation>&amp;Phiếu</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Ghi tệp…</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail</source>
        <translation>Gửi &amp;thư</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>chưa có địa chỉ thư</translation>
    </message>
    <message>
        <source>{unit}: {late} late, {due} due, {silent} without progress — {address}</source>
        <translation>{unit}: {late} quá hạn, {due} đến hạn, {silent} chưa báo cáo tiến độ — {address}</translation>
    </message>
    <message numerus="yes">
        <source>No unit owes anything late or due within %n day(s) today.</source>
        <translation>
            <numerusform>Hôm nay không đơn vị nào có nhiệm vụ quá hạn hay đến hạn trong %n ngày tới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), one slip per unit.</source>
        <translation>
            <numerusform>%n trang, mỗi đơn vị một phiếu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n slip(s) to {path}.</source>
        <translation>
            <numerusform>Đã lưu %n phiếu vào {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slip(s) queued in the outbox.</source>
        <translation>
            <numerusform>Đã đưa %n phiếu vào hộp thư đi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one unit.</source>
        <translation>Hãy đánh dấu ít nhất một đơn vị.</translation>
    </message>
    <message>
        <source>Preparing the slips…</source>
        <translation>Đang chuẩn bị phiếu…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the slips</source>
        <translation>Lưu phiếu nhắc việc</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <source>Fill in the mail server first (Reports &gt; Mail settings), then send again. Meanwhile the slips can be saved and printed.</source>
        <translation>Hãy khai báo máy chủ thư trước (Báo cáo &gt; Cài đặt thư), rồi gửi lại. Trong lúc đó có thể lưu phiếu và in ra.</translation>
    </message>
    <message>
        <source>Sending the slips…</source>
        <translation>Đang gửi phiếu…</translation>
    </message>
    <message>
        <source>Not all have left yet; the outbox tries again (Reports &gt; Outbox).</source>
        <translation>Chưa gửi đi hết; hộp thư đi sẽ tự gửi lại (Báo cáo &gt; Hộp thư đi).</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Đã gửi.</translation>
    </message>
    <message>
        <source>Not mailed, no address in Settings &gt; Units: {units}.</source>
        <translation>Chưa gửi vì chưa có địa chỉ trong Cài đặt &gt; Đơn vị: {units}.</translation>
    </message>
</context>
<context>
    <name>SourceModel</name>
    <message>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Nội dung như trong văn bản</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>the window&apos;s settings, which remember a plan open in it</source>
        <translation>phần cài đặt của cửa sổ, vẫn ghi nhớ một kế hoạch đã mở trong tệp này</translation>
    </message>
</context>
<context>
    <name>TableKindsModel</name>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Indicators with targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Inspections or events</source>
        <translation>Lịch kiểm tra, sự kiện</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Đọc là</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Its heading does not settle what this table is: check it, and choose its kind if it is wrong.</source>
        <translation>Tiêu đề của bảng chưa đủ để biết đây là loại bảng nào: hãy kiểm tra, và chọn lại loại bảng nếu sai.</translation>
    </message>
</context>
<context>
    <name>TaskTrackerWorkspace</name>
    <message>
        <source>Task tracker</source>
        <translation>Theo dõi nhiệm vụ</translation>
    </message>
    <message>
        <source>Follow every task of the plan: what is due, late and done, with evidence and figures.</source>
        <translation>Theo dõi từng nhiệm vụ của kế hoạch: việc sắp đến hạn, quá hạn, đã hoàn thành, kèm minh chứng và số liệu.</translation>
    </message>
    <message>
        <source>Search (with or without diacritics)…</source>
        <translation>Tìm kiếm (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <source>Due within</source>
        <translation>Đến hạn trong</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>All plans of the year</source>
        <translation>Mọi kế hoạch của năm</translation>
    </message>
    <message>
        <source>&amp;Record progress…</source>
        <translation>&amp;Cập nhật tiến độ…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>E&amp;vidence and files…</source>
        <translation>&amp;Minh chứng và tệp…</translation>
    </message>
    <message>
        <source>&amp;Match unit names…</source>
        <translation>&amp;Khớp tên đơn vị…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Danh sách nhiệm vụ</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>(not matched to a unit)</source>
        <translation>(chưa khớp với đơn vị nào)</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n task(s) · {overdue} overdue · {done} done</source>
        <translation>
            <numerusform>{shown}/%n nhiệm vụ · {overdue} quá hạn · {done} hoàn thành</numerusform>
        </translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Thêm dòng</translation>
    </message>
    <message>
        <source>&amp;Delete line</source>
        <translation>&amp;Xóa dòng</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Write the articles from the plan</source>
        <translation>&amp;Soạn các điều theo kế hoạch</translation>
    </message>
    <message>
        <source>legal bases</source>
        <translation>căn cứ</translation>
    </message>
    <message>
        <source>articles</source>
        <translation>các điều</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>nơi nhận</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>Sửa {what}</translation>
    </message>
    <message>
        <source>Add to {what}</source>
        <translation>Thêm {what}</translation>
    </message>
    <message>
        <source>Delete from {what}</source>
        <translation>Xóa {what}</translation>
    </message>
    <message>
        <source>Reorder {what}</source>
        <translation>Sắp xếp lại {what}</translation>
    </message>
    <message>
        <source>Write the {what} from the plan</source>
        <translation>Soạn {what} theo kế hoạch</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Schedule: {text}</source>
        <translation>Thời gian thực hiện: {text}</translation>
    </message>
    <message>
        <source>Next check-point: {date}</source>
        <translation>Mốc kiểm tra tới: {date}</translation>
    </message>
    <message>
        <source>Lead: {units}</source>
        <translation>Chủ trì: {units}</translation>
    </message>
    <message>
        <source>Click to record progress.</source>
        <translation>Bấm để cập nhật tiến độ.</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Show:</source>
        <translation>Xem theo:</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Tháng</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>&amp;Quý</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Năm</translation>
    </message>
    <message>
        <source>Ctrl+wheel on the bars zooms in and out</source>
        <translation>Giữ Ctrl và lăn chuột trên biểu đồ để phóng to, thu nhỏ</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Hôm &amp;nay</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 ngang</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 ngang</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Check-point (thin: a reporting month)</source>
        <translation>Mốc kiểm tra (vạch mảnh: kỳ báo cáo tháng)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Quarter {number} / {year}</source>
        <translation>Quý {number}/{year}</translation>
    </message>
    <message>
        <source>Tasks of {year}</source>
        <translation>Nhiệm vụ năm {year}</translation>
    </message>
    <message>
        <source>Month {number}</source>
        <translation>Tháng {number}</translation>
    </message>
    <message>
        <source>no dates: {schedule}</source>
        <translation>chưa có mốc thời gian: {schedule}</translation>
    </message>
</context>
<context>
    <name>TrackerModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Next check-point</source>
        <translation>Mốc kiểm tra tới</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>○ Not started</source>
        <translation>○ Chưa thực hiện</translation>
    </message>
    <message>
        <source>◐ In progress</source>
        <translation>◐ Đang thực hiện</translation>
    </message>
    <message>
        <source>✔ Done</source>
        <translation>✔ Hoàn thành</translation>
    </message>
    <message>
        <source>✔ Done late</source>
        <translation>✔ Hoàn thành trễ hạn</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Quá hạn</translation>
    </message>
    <message numerus="yes">
        <source>no progress in %n month(s)</source>
        <translation>
            <numerusform>%n tháng chưa cập nhật tiến độ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>trễ %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>sắp đến hạn</translation>
    </message>
</context>
<context>
    <name>TrackerPrinting</name>
    <message>
        <source>&amp;Print the task list as shown (PDF)…</source>
        <translation>&amp;In danh sách nhiệm vụ đang xem (PDF)…</translation>
    </message>
    <message>
        <source>Print the &amp;timeline (PDF)…</source>
        <translation>In &amp;dòng thời gian (PDF)…</translation>
    </message>
    <message>
        <source>all plans of the year</source>
        <translation>mọi kế hoạch của năm</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>trạng thái: {status}</translation>
    </message>
    <message>
        <source>lead unit: {unit}</source>
        <translation>đơn vị chủ trì: {unit}</translation>
    </message>
    <message>
        <source>search: “{words}”</source>
        <translation>tìm: “{words}”</translation>
    </message>
    <message numerus="yes">
        <source>overdue or due within %n day(s)</source>
        <translation>
            <numerusform>quá hạn hoặc đến hạn trong %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n task(s)</source>
        <translation>
            <numerusform>{shown}/%n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters: none ({shown})</source>
        <translation>Bộ lọc: không ({shown})</translation>
    </message>
    <message>
        <source>Filters: {filters} ({shown})</source>
        <translation>Bộ lọc: {filters} ({shown})</translation>
    </message>
    <message>
        <source>Order: as in the plan</source>
        <translation>Thứ tự: như trong kế hoạch</translation>
    </message>
    <message>
        <source>Sorted by “{column}”, ascending</source>
        <translation>Sắp xếp theo “{column}”, tăng dần</translation>
    </message>
    <message>
        <source>Sorted by “{column}”, descending</source>
        <translation>Sắp xếp theo “{column}”, giảm dần</translation>
    </message>
    <message>
        <source>Printed on {date}</source>
        <translation>In ngày {date}</translation>
    </message>
    <message>
        <source>Task tracking — {plan}</source>
        <translation>Theo dõi nhiệm vụ — {plan}</translation>
    </message>
    <message>
        <source>Page {page}/{pages}</source>
        <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
        <source>The year {year} at a glance — {plan}</source>
        <translation>Tiến độ nhiệm vụ năm {year} — {plan}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Month {number}</source>
        <translation>Tháng {number}</translation>
    </message>
    <message>
        <source>Quarter {number} / {year}</source>
        <translation>Quý {number}/{year}</translation>
    </message>
    <message>
        <source>no dates: {schedule}</source>
        <translation>chưa có mốc thời gian: {schedule}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>check-point (thin: a reporting month)</source>
        <translation>mốc kiểm tra (vạch mảnh: kỳ báo cáo tháng)</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>từ {first} đến {last}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
</context>
<context>
    <name>UnitDuesModel</name>
    <message>
        <source>Unit, list, task</source>
        <translation>Đơn vị, danh sách, nhiệm vụ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>No e-mail address: add one in Settings &gt; Units.</source>
        <translation>Chưa có địa chỉ thư: thêm trong Cài đặt &gt; Đơn vị.</translation>
    </message>
    <message>
        <source>(not matched to a unit)</source>
        <translation>(chưa khớp với đơn vị nào)</translation>
    </message>
    <message numerus="yes">
        <source>leads %n task(s) · {late} late · {due} due · {done} done this period</source>
        <translation>
            <numerusform>chủ trì %n nhiệm vụ · {late} quá hạn · {due} đến hạn · {done} hoàn thành trong kỳ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Đến hạn trong %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>trễ %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no progress in %n month(s)</source>
        <translation>
            <numerusform>%n kỳ tháng chưa báo cáo tiến độ</numerusform>
        </translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Done this period</source>
        <translation>Hoàn thành trong kỳ</translation>
    </message>
    <message>
        <source>Ongoing, no progress reported</source>
        <translation>Thường xuyên, chưa báo cáo tiến độ</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>đến hạn hôm nay</translation>
    </message>
    <message>
        <source>done late on {date}</source>
        <translation>hoàn thành trễ hạn ngày {date}</translation>
    </message>
    <message>
        <source>done on {date}</source>
        <translation>hoàn thành ngày {date}</translation>
    </message>
</context>
<context>
    <name>UnitEditDialog</name>
    <message>
        <source>Add a unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Rename the unit</source>
        <translation>Đổi tên đơn vị</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Abbreviation:</source>
        <translation>Tên &amp;viết tắt:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Thư đ&amp;iện tử:</translation>
    </message>
    <message>
        <source>Plans already written keep the name they printed. For a reorganisation, retire the old unit and add the new one instead.</source>
        <translation>Các kế hoạch đã soạn vẫn giữ tên đã in. Khi sắp xếp lại tổ chức, hãy cho thôi đơn vị cũ và thêm đơn vị mới.</translation>
    </message>
</context>
<context>
    <name>UnitMatchDialog</name>
    <message>
        <source>Match unit names</source>
        <translation>Khớp tên đơn vị</translation>
    </message>
    <message>
        <source>These unit names in the plans match none of the commune&apos;s units (Settings &gt; Units) by their words, dashes, case or known abbreviations. Choose the unit each one means, or “none”: the choice is remembered for every plan.</source>
        <translation>Các tên đơn vị dưới đây trong kế hoạch không khớp với đơn vị nào của xã (Thiết lập &gt; Đơn vị), dù đã so theo chữ, dấu gạch, chữ hoa và các tên viết tắt quen dùng. Hãy chọn đơn vị ứng với từng tên, hoặc “không phải đơn vị của xã”: lựa chọn được ghi nhớ cho mọi kế hoạch.</translation>
    </message>
    <message>
        <source>Every unit name in the plans matches one of the commune&apos;s units.</source>
        <translation>Mọi tên đơn vị trong các kế hoạch đều đã khớp với đơn vị của xã.</translation>
    </message>
    <message>
        <source>&amp;Save the matches</source>
        <translation>&amp;Lưu các lựa chọn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>UnitModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Viết tắt</translation>
    </message>
    <message>
        <source>Active from</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>Thôi từ ngày</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <source>E-mail (reminder slips)</source>
        <translation>Thư điện tử (phiếu nhắc việc)</translation>
    </message>
</context>
<context>
    <name>UnitTallyModel</name>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Số nhiệm vụ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>(not matched to a unit)</source>
        <translation>(chưa khớp với đơn vị nào)</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Due &amp;within</source>
        <translation>Đến hạn tr&amp;ong</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Done in this &amp;period:</source>
        <translation>Hoàn thành trong &amp;kỳ:</translation>
    </message>
    <message>
        <source>Reminder &amp;slips…</source>
        <translation>&amp;Phiếu nhắc việc…</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quý</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>(not matched to a unit)</source>
        <translation>(chưa khớp với đơn vị nào)</translation>
    </message>
    <message numerus="yes">
        <source>On {date}: {late} late and {due} due within %n day(s); this period runs from {start} to {end}.</source>
        <translation>
            <numerusform>Đến ngày {date}: {late} nhiệm vụ quá hạn và {due} nhiệm vụ đến hạn trong %n ngày tới; kỳ này từ {start} đến {end}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan&apos;s year is over: as it stood on 31/12/{year}.</source>
        <translation>Năm của kế hoạch đã kết thúc: tình hình tại ngày 31/12/{year}.</translation>
    </message>
</context>
<context>
    <name>UnmatchedUnitModel</name>
    <message>
        <source>As written in the plans</source>
        <translation>Tên ghi trong kế hoạch</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Unit of the commune</source>
        <translation>Đơn vị của xã</translation>
    </message>
    <message>
        <source>(none of the commune&apos;s units)</source>
        <translation>(không phải đơn vị của xã)</translation>
    </message>
    <message>
        <source>(choose…)</source>
        <translation>(chọn…)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>No plan selected. Pick a year and a plan on the left.</source>
        <translation>Chưa chọn kế hoạch. Hãy chọn năm và kế hoạch ở cột bên trái.</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>đã ban hành</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <source>no number yet</source>
        <translation>chưa có số</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;Year {year} · {number} · {state}&lt;br&gt;%n task(s), {indicators}</source>
        <translation>
            <numerusform>&lt;b&gt;{subject}&lt;/b&gt;&lt;br&gt;Năm {year} · {number} · {state}&lt;br&gt;%n nhiệm vụ, {indicators}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n chỉ tiêu</numerusform>
        </translation>
    </message>
</context>
</TS>
