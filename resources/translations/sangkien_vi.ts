<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>App</name>
    <message>
        <source>FOLDER</source>
        <translation>THƯ_MỤC</translation>
    </message>
    <message>
        <source>data folder (default: SANGKIEN_DATA_DIR or the user&apos;s data folder)</source>
        <translation>thư mục dữ liệu (mặc định: SANGKIEN_DATA_DIR hoặc thư mục của người dùng)</translation>
    </message>
    <message>
        <source>%1 (demo data)</source>
        <translation>%1 (dữ liệu mẫu)</translation>
    </message>
    <message>
        <source>Restoring the backup of %1 (%2).</source>
        <translation>Đang khôi phục bản sao lưu lúc %1 (%2).</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Could not create the data folder %1: %2</source>
        <translation>Không tạo được thư mục dữ liệu %1: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>No program on this computer could open “%1”.</source>
        <translation>Máy tính này không có chương trình nào mở được tệp “%1”.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>&amp;Loại hồ sơ:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Cán bộ:</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Thao tác:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Thời gian:</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Record code or ID</source>
        <translation>Mã hoặc định danh hồ sơ</translation>
    </message>
    <message>
        <source>Initiative code or record ID…</source>
        <translation>Mã sáng kiến hoặc định danh hồ sơ…</translation>
    </message>
    <message>
        <source>Search in values</source>
        <translation>Tìm trong giá trị</translation>
    </message>
    <message>
        <source>Text in the old or new value…</source>
        <translation>Chữ có trong giá trị cũ hoặc mới…</translation>
    </message>
    <message>
        <source>The change log is kept by the program and cannot be edited. Times are shown in this computer&apos;s time zone.</source>
        <translation>Nhật ký do chương trình tự ghi, không ai sửa hay xoá được. Thời gian hiển thị theo giờ của máy tính này.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Mọi thời gian</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Từ ngày – đến ngày</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Số thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(hệ thống)</translation>
    </message>
</context>
<context>
    <name>AuthorsEditor</name>
    <message>
        <source>No authors yet.</source>
        <translation>Chưa có tác giả.</translation>
    </message>
    <message>
        <source>Total: %1 %</source>
        <translation>Tổng: %1 %</translation>
    </message>
    <message>
        <source>Total so far: %1 %. Enter a share for every author; the shares must add up to 100 % before the initiative can move past the draft stages.</source>
        <translation>Tổng hiện có: %1 %. Hãy nhập tỷ lệ đóng góp cho từng tác giả; tổng phải đủ 100 % thì sáng kiến mới chuyển được sang giai đoạn sau giai đoạn nháp.</translation>
    </message>
    <message>
        <source>Total: %1 %. The shares must add up to 100 % before the initiative can move past the draft stages.</source>
        <translation>Tổng: %1 %. Tổng tỷ lệ đóng góp phải đủ 100 % thì sáng kiến mới chuyển được sang giai đoạn sau giai đoạn nháp.</translation>
    </message>
</context>
<context>
    <name>AuthorsModel</name>
    <message>
        <source>New person: added to the people list when the initiative is saved</source>
        <translation>Người mới: được thêm vào danh sách người lao động khi lưu sáng kiến</translation>
    </message>
    <message>
        <source>Picked from the people list</source>
        <translation>Chọn từ danh sách người lao động</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sao lưu và khôi phục</translation>
    </message>
    <message>
        <source>The program backs up the data and the attached files every day and when it closes, and keeps the last 7 days, 4 weeks and 12 months. Keep a copy away from this computer too: back up to a USB stick from time to time.</source>
        <translation>Chương trình tự sao lưu dữ liệu và các tệp đính kèm mỗi ngày và khi đóng, giữ lại bản của 7 ngày, 4 tuần và 12 tháng gần nhất. Hãy giữ thêm một bản ở ngoài máy này: thỉnh thoảng sao lưu ra ổ USB.</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Số sáng kiến</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Back up to a USB stick…</source>
        <translation>Sao lưu ra USB…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder</source>
        <translation>Chọn ổ USB hoặc thư mục</translation>
    </message>
    <message>
        <source>Backed up to %1 (%2 initiatives).</source>
        <translation>Đã sao lưu vào %1 (%2 sáng kiến).</translation>
    </message>
    <message>
        <source>Replace all the data with the backup of %1 (%2 initiatives)? The current data is backed up first. The program closes, restores the backup and opens again; what was entered after %1 will have to be entered again.</source>
        <translation>Thay toàn bộ dữ liệu bằng bản sao lưu lúc %1 (%2 sáng kiến)? Dữ liệu hiện tại sẽ được sao lưu trước. Chương trình sẽ đóng lại, khôi phục bản sao lưu rồi mở lại; những gì nhập sau %1 sẽ cần nhập lại.</translation>
    </message>
</context>
<context>
    <name>BugDialog</name>
    <message>
        <source>Program error</source>
        <translation>Lỗi chương trình</translation>
    </message>
    <message>
        <source>Sorry, the program ran into an error.</source>
        <translation>Rất tiếc, chương trình gặp lỗi.</translation>
    </message>
    <message>
        <source>You can keep working; if the error comes back, close the program and open it again. The details were written to the log file below: please send this file to the person who supports the program.</source>
        <translation>Có thể tiếp tục làm việc; nếu lỗi lặp lại, hãy đóng chương trình rồi mở lại. Chi tiết lỗi đã được ghi vào tệp nhật ký dưới đây, đề nghị gửi tệp này cho người hỗ trợ chương trình.</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <source>(the log file could not be opened)</source>
        <translation>(không mở được tệp nhật ký)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Print the certificates of a reward decision</source>
        <translation>In giấy khen của một quyết định khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Quyết định</translation>
    </message>
    <message>
        <source>Print only the variable fields, onto blanks pre-printed by the upper union</source>
        <translation>Chỉ in các ô thay đổi, lên phôi giấy khen in sẵn của công đoàn cấp trên</translation>
    </message>
    <message>
        <source>&amp;Print certificates…</source>
        <translation>&amp;In giấy khen…</translation>
    </message>
    <message>
        <source>Print on pre-printed &amp;blanks</source>
        <translation>In lên &amp;phôi in sẵn</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>The printer whose saved offsets move the fields onto the blank&apos;s lines</source>
        <translation>Máy in có độ lệch đã lưu, dùng để dời các ô in vào đúng dòng in sẵn trên phôi</translation>
    </message>
    <message>
        <source>Set a printer&apos;s offsets and print the calibration page</source>
        <translation>Đặt độ lệch của máy in và in trang căn chỉnh</translation>
    </message>
    <message>
        <source>&amp;Offsets…</source>
        <translation>Độ lệch &amp;máy in…</translation>
    </message>
    <message>
        <source>Choose the emblem image printed at the top of certificates of merit on plain paper</source>
        <translation>Chọn ảnh biểu trưng in ở đầu giấy khen khi in trên giấy trắng</translation>
    </message>
    <message>
        <source>&amp;Emblem…</source>
        <translation>&amp;Biểu trưng…</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>Sổ cấp giấy chứng nhận</translation>
    </message>
    <message>
        <source>Print the selected certificates again, with the same serials</source>
        <translation>In lại các giấy đã chọn, giữ nguyên số hiệu</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>In &amp;lại…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate; only the chair may</source>
        <translation>Thu hồi giấy đã chọn; chỉ Chủ tịch được thu hồi</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Thu hồi…</translation>
    </message>
    <message>
        <source>&amp;Check a certificate…</source>
        <translation>&amp;Kiểm tra giấy chứng nhận…</translation>
    </message>
    <message>
        <source>Emblem image</source>
        <translation>Ảnh biểu trưng</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Tệp ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 certificates issued</source>
        <translation>Đã cấp %1 giấy</translation>
    </message>
    <message>
        <source>%1 of %2 – %3 recipients</source>
        <translation>%1 ngày %2 – %3 người, tập thể</translation>
    </message>
    <message>
        <source>Printing certificates…</source>
        <translation>Đang in giấy khen…</translation>
    </message>
    <message>
        <source>Printing certificates</source>
        <translation>Đang in giấy khen</translation>
    </message>
    <message>
        <source>%1 pages written to %2.</source>
        <translation>Đã ghi %1 trang vào %2.</translation>
    </message>
    <message>
        <source>Printing cancelled; no file was written.</source>
        <translation>Đã hủy in; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>No offsets</source>
        <translation>Không dời (0 mm)</translation>
    </message>
    <message>
        <source>Emblem: %1</source>
        <translation>Biểu trưng: %1</translation>
    </message>
    <message>
        <source>No emblem</source>
        <translation>Chưa có biểu trưng</translation>
    </message>
    <message>
        <source>Offsets of printer %1 saved: %2.</source>
        <translation>Đã lưu độ lệch của máy in %1: %2.</translation>
    </message>
    <message>
        <source>Emblem image: %1.</source>
        <translation>Ảnh biểu trưng: %1.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Thu hồi giấy chứng nhận</translation>
    </message>
    <message>
        <source>Why is certificate %1 of %2 revoked?</source>
        <translation>Lý do thu hồi giấy số %1 của %2?</translation>
    </message>
    <message>
        <source>Certificate %1 has been revoked.</source>
        <translation>Đã thu hồi giấy số %1.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Year of the figures</source>
        <translation>Năm của số liệu</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Chương trình:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Progress against the targets</source>
        <translation>Tiến độ so với chỉ tiêu</translation>
    </message>
    <message>
        <source>Initiatives in the year</source>
        <translation>Sáng kiến trong năm</translation>
    </message>
    <message>
        <source>Total benefit</source>
        <translation>Tổng giá trị làm lợi</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Theo trạng thái</translation>
    </message>
    <message>
        <source>By kind of solution</source>
        <translation>Theo loại giải pháp</translation>
    </message>
    <message>
        <source>By field</source>
        <translation>Theo lĩnh vực</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>Theo bộ phận</translation>
    </message>
    <message>
        <source>Rewards by form</source>
        <translation>Khen thưởng theo hình thức</translation>
    </message>
    <message>
        <source>Participation by month</source>
        <translation>Mức độ tham gia theo tháng</translation>
    </message>
    <message>
        <source>Set &amp;targets…</source>
        <translation>Đặt chỉ &amp;tiêu…</translation>
    </message>
    <message>
        <source>Enter the targets assigned and registered for a year, a quarter or a phase of the programme</source>
        <translation>Nhập chỉ tiêu được giao và chỉ tiêu đăng ký của chương trình theo năm, quý hoặc đợt</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Đang tính số liệu…</translation>
    </message>
    <message>
        <source>Initiatives first applied in %1 (the registry&apos;s year filter); progress counts the uploads the upper union&apos;s server received.</source>
        <translation>Số liệu gồm các sáng kiến áp dụng lần đầu trong năm %1 (như bộ lọc năm của sổ sáng kiến); tiến độ tính theo ngày máy chủ công đoàn cấp trên nhận sáng kiến tải lên.</translation>
    </message>
    <message>
        <source>Quarter %1/%2</source>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>No programme has been entered yet.</source>
        <translation>Chưa có chương trình nào.</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Chưa có chỉ tiêu</translation>
    </message>
    <message>
        <source>Show the programme&apos;s valid initiatives in the registry</source>
        <translation>Xem các sáng kiến hợp lệ của chương trình trong sổ sáng kiến</translation>
    </message>
    <message>
        <source>%1 valid, %2 submitted</source>
        <translation>%1 hợp lệ, %2 đã nộp</translation>
    </message>
    <message>
        <source>%1 valid of a target of %2 (registered %3), %4 submitted</source>
        <translation>%1 hợp lệ / chỉ tiêu %2 (đăng ký %3), %4 đã nộp</translation>
    </message>
    <message>
        <source>Initiatives
%1</source>
        <translation>Sáng kiến
%1</translation>
    </message>
    <message>
        <source>Total benefit
%1</source>
        <translation>Tổng giá trị làm lợi
%1</translation>
    </message>
    <message>
        <source>Of which estimates: %1 (%2 initiatives)</source>
        <translation>Trong đó số ước tính: %1 (%2 sáng kiến)</translation>
    </message>
    <message>
        <source>Authors
%1 (%2 women)</source>
        <translation>Tác giả
%1 (%2 nữ)</translation>
    </message>
    <message>
        <source>Rewards
%1 · %2</source>
        <translation>Khen thưởng
%1 · %2</translation>
    </message>
    <message>
        <source>M%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Authors taking part</source>
        <translation>Lượt tác giả tham gia</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(chưa ghi)</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Union members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Direct production</source>
        <translation>Trực tiếp sản xuất</translation>
    </message>
    <message>
        <source>Authorships</source>
        <translation>Lượt người</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <source>Number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng tiền</translation>
    </message>
</context>
<context>
    <name>EditorForm</name>
    <message>
        <source>Put into an upload batch, waiting for the server to confirm</source>
        <translation>Đã đưa vào đợt tải lên, chờ máy chủ xác nhận</translation>
    </message>
    <message>
        <source>Received by the server at %1 – %2</source>
        <translation>Máy chủ đã nhận lúc %1 – %2</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>(not in any programme)</source>
        <translation>(không thuộc chương trình nào)</translation>
    </message>
    <message>
        <source>(a programme no longer listed)</source>
        <translation>(chương trình không còn trong danh sách)</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (hiện tại)</translation>
    </message>
</context>
<context>
    <name>EditorHistory</name>
    <message>
        <source>Created</source>
        <translation>Tạo mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>Xoá vĩnh viễn</translation>
    </message>
</context>
<context>
    <name>EditorPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>This initiative has changes that are not saved yet. Save them?</source>
        <translation>Sáng kiến này có thay đổi chưa được lưu. Có lưu lại không?</translation>
    </message>
    <message>
        <source>%1

Load the saved version now? Your changes in this window will be lost.</source>
        <translation>%1

Tải lại bản đã lưu ngay bây giờ? Những thay đổi trong cửa sổ này sẽ bị bỏ.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Đã được sửa ở nơi khác</translation>
    </message>
    <message>
        <source>Remove the attached file “%1” from this initiative?</source>
        <translation>Gỡ tệp đính kèm “%1” khỏi sáng kiến này?</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Gỡ tệp đính kèm</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Đính kèm tệp</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Enrol with the central server</source>
        <translation>Đăng ký với máy chủ trung tâm</translation>
    </message>
    <message>
        <source>The higher-level union gives each office the server&apos;s address and a one-time enrolment code. Enrolling lets this computer send its records to the server; the records stay on this computer as well.</source>
        <translation>Công đoàn cấp trên cấp cho mỗi đơn vị địa chỉ máy chủ và một mã đăng ký dùng một lần. Sau khi đăng ký, máy tính này gửi được hồ sơ lên máy chủ; hồ sơ vẫn được lưu trên máy này.</translation>
    </message>
    <message>
        <source>Server address *</source>
        <translation>Địa chỉ máy chủ *</translation>
    </message>
    <message>
        <source>e.g. https://sangkien.congdoan.vn</source>
        <translation>VD: https://sangkien.congdoan.vn</translation>
    </message>
    <message>
        <source>Enrolment code *</source>
        <translation>Mã đăng ký *</translation>
    </message>
    <message>
        <source>The one-time code from the higher-level union</source>
        <translation>Mã dùng một lần do công đoàn cấp trên cấp</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Chứng chỉ CA</translation>
    </message>
    <message>
        <source>Optional: a .pem file from the union&apos;s IT staff</source>
        <translation>Không bắt buộc: tệp .pem do cán bộ tin học gửi</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>Đăng &amp;ký</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Nhập địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>Enter the whole address, starting with https://</source>
        <translation>Nhập đầy đủ địa chỉ, bắt đầu bằng https://</translation>
    </message>
    <message>
        <source>Enter the one-time code given by the higher-level union.</source>
        <translation>Nhập mã đăng ký dùng một lần do công đoàn cấp trên cấp.</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Chọn tệp chứng chỉ CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Chứng chỉ (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Đang kết nối với máy chủ…</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Không tìm thấy tệp này.</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>Chưa đăng ký được.</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <source>The disk is full, so the data could not be written. Free some space on the disk, then try again.</source>
        <translation>Ổ đĩa đã đầy nên không ghi được dữ liệu. Hãy giải phóng bớt dung lượng trên ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk or folder is read-only, so the data could not be written. Check the data folder (a removable disk may be write-protected), then try again.</source>
        <translation>Ổ đĩa hoặc thư mục chỉ cho phép đọc nên không ghi được dữ liệu. Hãy kiểm tra thư mục dữ liệu (ổ đĩa rời có thể đang bật chống ghi) rồi thử lại.</translation>
    </message>
    <message>
        <source>The program is not allowed to use this file or folder. Ask whoever manages this computer to check its permissions, then try again.</source>
        <translation>Chương trình không có quyền sử dụng tệp hoặc thư mục này. Đề nghị người quản lý máy tính kiểm tra quyền truy cập rồi thử lại.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Trùng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lưu ý</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>First applied</source>
        <translation>Ngày áp dụng</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Giá trị làm lợi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Not quantifiable</source>
        <translation>Không tính được</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import initiatives from Excel</source>
        <translation>Nhập sáng kiến từ Excel</translation>
    </message>
    <message>
        <source>Choose the list to import</source>
        <translation>Chọn danh sách cần nhập</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx, .xls) or a CSV file. Nothing is saved until you confirm on the last page.</source>
        <translation>Tệp Excel (.xlsx, .xls) hoặc tệp CSV. Chưa có gì được lưu cho đến khi bạn xác nhận ở bước cuối.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>Path of the list file</source>
        <translation>Đường dẫn tới tệp danh sách</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Columns are found by their headings (for example &quot;Tên sáng kiến&quot;, &quot;Họ và tên&quot;, &quot;Giá trị làm lợi&quot;), in any order. Lists typed with TCVN3 (.VnTime) or VNI fonts are recognised.</source>
        <translation>Các cột được nhận ra theo tiêu đề (ví dụ «Tên sáng kiến», «Họ và tên», «Giá trị làm lợi»), theo thứ tự bất kỳ. Danh sách gõ bằng phông TCVN3 (.VnTime) hoặc VNI cũng được nhận ra.</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Bảng mã chữ</translation>
    </message>
    <message>
        <source>Old lists typed with TCVN3 or VNI fonts are converted to Unicode. Check that the text reads correctly after conversion.</source>
        <translation>Danh sách cũ gõ bằng phông TCVN3 hoặc VNI được chuyển sang Unicode. Hãy kiểm tra chữ sau khi chuyển đã đọc đúng chưa.</translation>
    </message>
    <message>
        <source>&amp;Read the text as:</source>
        <translation>Đọc &amp;chữ theo bảng mã:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Ghép cột</translation>
    </message>
    <message>
        <source>Each column of the file is read as the field chosen beside it. Correct any that is wrong; the choice is remembered for files with the same headings.</source>
        <translation>Mỗi cột trong tệp được đọc thành thông tin chọn bên cạnh. Hãy sửa cột nào ghép sai; cách ghép được ghi nhớ cho các tệp có cùng tiêu đề.</translation>
    </message>
    <message>
        <source>Dates typed as text are written &amp;month first (month/day/year)</source>
        <translation>Ngày gõ dạng chữ viết &amp;tháng trước (tháng/ngày/năm)</translation>
    </message>
    <message>
        <source>&amp;Kind when a row gives none:</source>
        <translation>&amp;Loại giải pháp khi dòng không ghi:</translation>
    </message>
    <message>
        <source>F&amp;ield when a row gives none:</source>
        <translation>&amp;Lĩnh vực khi dòng không ghi:</translation>
    </message>
    <message>
        <source>Check and import</source>
        <translation>Kiểm tra và nhập</translation>
    </message>
    <message>
        <source>Rows with errors are not imported. Correct them in the file and check it again, or import the other rows now.</source>
        <translation>Các dòng có lỗi sẽ không được nhập. Hãy sửa trong tệp rồi kiểm tra lại, hoặc nhập ngay các dòng còn lại.</translation>
    </message>
    <message>
        <source>&amp;Problems found</source>
        <translation>&amp;Các vấn đề tìm thấy</translation>
    </message>
    <message>
        <source>&amp;Rows to import</source>
        <translation>&amp;Các dòng sẽ nhập</translation>
    </message>
    <message>
        <source>Also import the rows marked as &amp;duplicates</source>
        <translation>Nhập cả các dòng được đánh dấu &amp;trùng</translation>
    </message>
    <message>
        <source>Unicode (no conversion)</source>
        <translation>Unicode (không chuyển mã)</translation>
    </message>
    <message>
        <source>TCVN3 (ABC), .VnTime fonts</source>
        <translation>TCVN3 (ABC), phông .VnTime</translation>
    </message>
    <message>
        <source>VNI Windows, VNI-Times fonts</source>
        <translation>VNI Windows, phông VNI-Times</translation>
    </message>
    <message>
        <source>Row number (not imported)</source>
        <translation>Số thứ tự (không nhập)</translation>
    </message>
    <message>
        <source>Initiative code</source>
        <translation>Mã sáng kiến</translation>
    </message>
    <message>
        <source>Initiative title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Contribution shares (%)</source>
        <translation>Tỷ lệ đóng góp (%)</translation>
    </message>
    <message>
        <source>Kind of solution</source>
        <translation>Loại giải pháp</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Bộ phận</translation>
    </message>
    <message>
        <source>First applied on</source>
        <translation>Ngày áp dụng lần đầu</translation>
    </message>
    <message>
        <source>Benefit (đồng)</source>
        <translation>Giá trị làm lợi (đồng)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Recognition decision number</source>
        <translation>Số quyết định công nhận</translation>
    </message>
    <message>
        <source>Recognition decision date</source>
        <translation>Ngày quyết định công nhận</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Author&apos;s date of birth</source>
        <translation>Ngày sinh của tác giả</translation>
    </message>
    <message>
        <source>Author&apos;s sex</source>
        <translation>Giới tính của tác giả</translation>
    </message>
    <message>
        <source>Author&apos;s job title</source>
        <translation>Chức danh của tác giả</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Hãy chọn tệp trước.</translation>
    </message>
    <message>
        <source>Checking the list…</source>
        <translation>Đang kiểm tra danh sách…</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>Đã dừng: không có gì được nhập.</translation>
    </message>
    <message>
        <source>Choose a list of initiatives</source>
        <translation>Chọn danh sách sáng kiến</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.xlsm *.xls *.csv);;All files (*)</source>
        <translation>Danh sách (*.xlsx *.xlsm *.xls *.csv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Encoding found in the file: %1.</source>
        <translation>Bảng mã nhận ra trong tệp: %1.</translation>
    </message>
    <message>
        <source>Fonts: %1.</source>
        <translation>Phông chữ: %1.</translation>
    </message>
    <message>
        <source>The file does not say which fonts it used: capitals typed with .VnTimeH fonts may come out in lower case. Check the preview.</source>
        <translation>Tệp không cho biết dùng phông chữ nào: chữ hoa gõ bằng phông .VnTimeH có thể thành chữ thường. Hãy xem lại phần xem trước.</translation>
    </message>
    <message>
        <source>Some letters were already replaced by &quot;?&quot; when the file was saved; they cannot be recovered. Ask for the original file.</source>
        <translation>Một số chữ đã bị thay bằng dấu «?» từ khi tệp được lưu, không khôi phục được. Hãy xin bản gốc của tệp.</translation>
    </message>
    <message>
        <source>The file has no accented text to show.</source>
        <translation>Tệp không có chữ có dấu để xem thử.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <source> The columns are as you confirmed them for a file with the same headings.</source>
        <translation> Các cột được ghép như bạn đã xác nhận cho tệp có cùng tiêu đề.</translation>
    </message>
    <message>
        <source>Headings found on row %1.</source>
        <translation>Dòng tiêu đề tìm thấy ở dòng %1.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Đọc thành</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>%1 rows in the list: %2 can be imported, %3 have errors, %4 are already stored or repeated.</source>
        <translation>Danh sách có %1 dòng: %2 dòng nhập được, %3 dòng có lỗi, %4 dòng đã có trong dữ liệu hoặc bị lặp lại.</translation>
    </message>
    <message>
        <source>&amp;Import %1 initiatives</source>
        <translation>&amp;Nhập %1 sáng kiến</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
</context>
<context>
    <name>InitiativeEditor</name>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã sáng kiến</translation>
    </message>
    <message>
        <source>Assigned automatically when first saved</source>
        <translation>Tự cấp khi lưu lần đầu</translation>
    </message>
    <message>
        <source>Title *</source>
        <translation>Tên sáng kiến *</translation>
    </message>
    <message>
        <source>Title of the initiative</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>State what the solution is, e.g. “Cải tiến băng tải phân xưởng 1”</source>
        <translation>Nêu rõ giải pháp, ví dụ: “Cải tiến băng tải phân xưởng 1”</translation>
    </message>
    <message>
        <source>Solution kind *</source>
        <translation>Loại giải pháp *</translation>
    </message>
    <message>
        <source>Field *</source>
        <translation>Lĩnh vực *</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Đơn vị / bộ phận</translation>
    </message>
    <message>
        <source>e.g. Phân xưởng Dệt</source>
        <translation>Ví dụ: Phân xưởng Dệt</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>The programme the grassroots union confirms this initiative for; needed before it can be uploaded</source>
        <translation>Chương trình mà công đoàn cơ sở xác nhận cho sáng kiến này; phải chọn trước khi tải lên</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Reason for going back *</source>
        <translation>Lý do chuyển về trạng thái trước *</translation>
    </message>
    <message>
        <source>Why the status moves back (kept in the history)</source>
        <translation>Vì sao chuyển về trạng thái trước (được lưu trong lịch sử)</translation>
    </message>
    <message>
        <source>Upload to upper union</source>
        <translation>Tải lên cấp trên</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Investor who funded the initiative</source>
        <translation>Chủ đầu tư tạo ra sáng kiến</translation>
    </message>
    <message>
        <source>Leave blank when it is the employer</source>
        <translation>Để trống nếu chủ đầu tư là người sử dụng lao động</translation>
    </message>
    <message>
        <source>Problem to be solved</source>
        <translation>Vấn đề cần giải quyết</translation>
    </message>
    <message>
        <source>State before application</source>
        <translation>Tình trạng trước khi áp dụng</translation>
    </message>
    <message>
        <source>How the work was done before the initiative and its shortcomings</source>
        <translation>Cách làm trước khi có sáng kiến và những hạn chế, nhược điểm</translation>
    </message>
    <message>
        <source>Content of the solution</source>
        <translation>Nội dung giải pháp</translation>
    </message>
    <message>
        <source>The steps of the solution, what it needs to be applied and what it changes</source>
        <translation>Các bước thực hiện giải pháp, điều kiện cần để áp dụng và những thay đổi mà giải pháp mang lại</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>Khả năng áp dụng</translation>
    </message>
    <message>
        <source>Where and by whom the solution can be applied</source>
        <translation>Giải pháp có thể áp dụng ở đâu, cho những đối tượng nào</translation>
    </message>
    <message>
        <source>Conditions needed to apply the initiative</source>
        <translation>Các điều kiện cần thiết để áp dụng sáng kiến</translation>
    </message>
    <message>
        <source>Information to be kept confidential</source>
        <translation>Những thông tin cần được bảo mật</translation>
    </message>
    <message>
        <source>Leave blank if there is none</source>
        <translation>Để trống nếu không có</translation>
    </message>
    <message>
        <source>Confidential initiative (only the reduced set of data is uploaded)</source>
        <translation>Sáng kiến mật (chỉ tải lên phần thông tin rút gọn)</translation>
    </message>
    <message>
        <source>Already protected as intellectual property</source>
        <translation>Đã được bảo hộ sở hữu trí tuệ</translation>
    </message>
    <message>
        <source>Notes (never uploaded)</source>
        <translation>Ghi chú (không tải lên)</translation>
    </message>
    <message>
        <source>Application &amp;&amp; benefit</source>
        <translation>Áp dụng &amp;&amp; hiệu quả</translation>
    </message>
    <message>
        <source>First applied on</source>
        <translation>Ngày áp dụng lần đầu</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>The first application was a trial</source>
        <translation>Lần áp dụng đầu tiên là áp dụng thử</translation>
    </message>
    <message>
        <source>Benefit (VND per year)</source>
        <translation>Giá trị làm lợi (đồng/năm)</translation>
    </message>
    <message>
        <source>e.g. 12.500.000</source>
        <translation>Ví dụ: 12.500.000</translation>
    </message>
    <message>
        <source>The benefit is an estimate</source>
        <translation>Giá trị làm lợi là số ước tính</translation>
    </message>
    <message>
        <source>The benefit cannot be expressed in money</source>
        <translation>Không tính được giá trị làm lợi bằng tiền</translation>
    </message>
    <message>
        <source>Recognition decision no.</source>
        <translation>Số quyết định công nhận</translation>
    </message>
    <message>
        <source>Only for an initiative already recognised</source>
        <translation>Chỉ nhập khi sáng kiến đã được công nhận</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Type a name (accents optional) and pick the right person from the list, or press Enter to add a new person with that name. The first author is the lead author.</source>
        <translation>Gõ họ tên (có dấu hoặc không dấu) rồi chọn đúng người trong danh sách, hoặc nhấn Enter để thêm người mới với họ tên đó. Tác giả đứng đầu là tác giả chính.</translation>
    </message>
    <message>
        <source>Find or add an author</source>
        <translation>Tìm hoặc thêm tác giả</translation>
    </message>
    <message>
        <source>Find or add an author…</source>
        <translation>Tìm hoặc thêm tác giả…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Tài liệu kèm theo</translation>
    </message>
    <message>
        <source>Files can be attached once the initiative has been saved for the first time.</source>
        <translation>Chỉ đính kèm được tệp sau khi sáng kiến đã được lưu lần đầu.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Kind of file:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Every saved change, newest first.</source>
        <translation>Mọi thay đổi đã lưu, mới nhất ở trên.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Recognition…</source>
        <translation>Công nhận…</translation>
    </message>
    <message>
        <source>The application for recognition, the employer&apos;s decision and programme eligibility</source>
        <translation>Đơn yêu cầu công nhận, quyết định công nhận của đơn vị và điều kiện tham gia chương trình</translation>
    </message>
    <message>
        <source>Remuneration…</source>
        <translation>Thù lao…</translation>
    </message>
    <message>
        <source>Decree 13 remuneration: the yearly dues per author and the payments made</source>
        <translation>Thù lao theo Nghị định 13: số phải trả từng năm cho mỗi tác giả và các lần đã trả</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Sáng kiến mới</translation>
    </message>
    <message>
        <source>Initiative %1</source>
        <translation>Sáng kiến %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Correct the shares in the Authors tab.</source>
        <translation>Hãy sửa tỷ lệ đóng góp ở thẻ Tác giả.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Chưa lưu: hãy sửa các mục báo đỏ.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>Saved, with warnings (see the fields marked).</source>
        <translation>Đã lưu, có cảnh báo (xem các mục được đánh dấu).</translation>
    </message>
</context>
<context>
    <name>InitiativeTable</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên sáng kiến</translation>
    </message>
    <message>
        <source>Lead author</source>
        <translation>Tác giả chính</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Kind of solution</source>
        <translation>Loại giải pháp</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>First applied</source>
        <translation>Ngày áp dụng</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Giá trị làm lợi</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Tải lên</translation>
    </message>
    <message>
        <source>Cannot be calculated in money</source>
        <translation>Không tính được bằng tiền</translation>
    </message>
    <message>
        <source>Not calculable</source>
        <translation>Không tính được</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>The latest change waits for the next sync.</source>
        <translation>Thay đổi mới nhất đang chờ lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>The latest change is being sent to the server.</source>
        <translation>Thay đổi mới nhất đang được gửi lên máy chủ.</translation>
    </message>
    <message>
        <source>The server confirmed the latest change.</source>
        <translation>Máy chủ đã xác nhận thay đổi mới nhất.</translation>
    </message>
    <message>
        <source>The server did not accept the latest change: see the Sync page for its reason.</source>
        <translation>Máy chủ chưa nhận thay đổi mới nhất: xem lý do ở trang Đồng bộ.</translation>
    </message>
    <message>
        <source>The server holds a newer version from elsewhere; both are kept for review.</source>
        <translation>Máy chủ có một phiên bản khác mới hơn; cả hai được giữ lại để xem xét.</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Search initiatives</source>
        <translation>Tìm sáng kiến</translation>
    </message>
    <message>
        <source>Search initiatives, authors, decision numbers… (accents optional)</source>
        <translation>Tìm sáng kiến, tác giả, số quyết định… (không cần dấu)</translation>
    </message>
    <message>
        <source>Bring in an old list of initiatives from an Excel or CSV file (also TCVN3 and VNI text)</source>
        <translation>Nhập danh sách sáng kiến cũ từ tệp Excel hoặc CSV (cả chữ TCVN3 và VNI)</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Submit the selected initiatives that are ready to upload to the upper union; they are sent with the next sync</source>
        <translation>Tải các sáng kiến đã chọn đang sẵn sàng tải lên công đoàn cấp trên; chúng được gửi đi trong lần đồng bộ tới</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>Tải lên…</translation>
    </message>
    <message>
        <source>Record a new initiative (Ctrl+N)</source>
        <translation>Nhập sáng kiến mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Sáng kiến mới</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Filter by kind of solution</source>
        <translation>Lọc theo loại giải pháp</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <source>Filter by field</source>
        <translation>Lọc theo lĩnh vực</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Filter by department</source>
        <translation>Lọc theo đơn vị</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Chương trình:</translation>
    </message>
    <message>
        <source>Filter by programme</source>
        <translation>Lọc theo chương trình</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Filter by year of application</source>
        <translation>Lọc theo năm áp dụng</translation>
    </message>
    <message>
        <source>Year of first application</source>
        <translation>Năm áp dụng lần đầu</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quý:</translation>
    </message>
    <message>
        <source>Filter by quarter of application</source>
        <translation>Lọc theo quý áp dụng</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>Quarter 1</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <source>Quarter 2</source>
        <translation>Quý II</translation>
    </message>
    <message>
        <source>Quarter 3</source>
        <translation>Quý III</translation>
    </message>
    <message>
        <source>Quarter 4</source>
        <translation>Quý IV</translation>
    </message>
    <message>
        <source>Found: %1 initiatives</source>
        <translation>Tìm thấy %1 sáng kiến</translation>
    </message>
    <message>
        <source>In all: %1 initiatives</source>
        <translation>Tổng cộng %1 sáng kiến</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy chứng nhận</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Changes waiting to upload: %1</source>
        <translation>%1 thay đổi chưa tải lên</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Sending the last changes to the central server; the window closes by itself (close again to stop waiting).</source>
        <translation>Đang gửi nốt các thay đổi lên máy chủ trung tâm; cửa sổ sẽ tự đóng (đóng lần nữa để thôi chờ).</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <source>Merge duplicate people</source>
        <translation>Gộp người bị trùng</translation>
    </message>
    <message>
        <source>These two rows should be one person. Choose the one to keep: the initiatives, rewards and other records of the other one move to it, then the other one is removed.</source>
        <translation>Hai dòng này là cùng một người. Hãy chọn người được giữ lại: các sáng kiến, khen thưởng và hồ sơ khác của người kia sẽ chuyển sang người này, sau đó người kia bị xoá khỏi danh sách.</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Giữ người này</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Đơn vị / bộ phận</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Số sáng kiến</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
</context>
<context>
    <name>OfficerTable</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>Đang làm việc</translation>
    </message>
    <message>
        <source>No longer works here</source>
        <translation>Không còn làm việc</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <source>Officers</source>
        <translation>Cán bộ sử dụng chương trình</translation>
    </message>
    <message>
        <source>Only the union chairman can add officers or change them; you can look at the list.</source>
        <translation>Chỉ Chủ tịch công đoàn mới được thêm hoặc thay đổi cán bộ; bạn chỉ xem được danh sách.</translation>
    </message>
    <message>
        <source>&amp;New officer</source>
        <translation>&amp;Thêm cán bộ</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Works here (can sign in)</source>
        <translation>Đang làm việc (được đăng nhập)</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Mã PIN mới</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Bỏ mã PIN</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>New officer</source>
        <translation>Cán bộ mới</translation>
    </message>
    <message>
        <source>Leave empty to keep the current PIN</source>
        <translation>Để trống nếu giữ mã PIN hiện tại</translation>
    </message>
    <message>
        <source>Optional: 4 to 12 digits</source>
        <translation>Không bắt buộc: từ 4 đến 12 chữ số</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Đã lưu: %1.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Vừa &amp;chiều ngang</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Cỡ &amp;thật</translation>
    </message>
    <message>
        <source>Document pages</source>
        <translation>Các trang văn bản</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Xuất PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>Xem trước khi in – %1</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Không mở được %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1 / %2</translation>
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
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <source>%1 pages sent to the printer.</source>
        <translation>Đã gửi %1 trang tới máy in.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Workers</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Tìm người lao động</translation>
    </message>
    <message>
        <source>Search by name or department… (accents optional)</source>
        <translation>Tìm theo họ tên hoặc đơn vị… (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Danh sách người lao động</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Select two rows of the same person entered twice, then merge them into one</source>
        <translation>Chọn hai dòng là cùng một người bị nhập hai lần, rồi gộp lại thành một</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Gộp…</translation>
    </message>
    <message>
        <source>Select two rows to merge duplicates</source>
        <translation>Chọn hai dòng để gộp người bị trùng</translation>
    </message>
    <message>
        <source>People found: %1</source>
        <translation>Tìm thấy %1 người</translation>
    </message>
    <message>
        <source>People in total: %1</source>
        <translation>Tổng cộng %1 người</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>Union member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Số sáng kiến</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Người lao động</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Đơn vị / bộ phận</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Chức danh, nghề nghiệp</translation>
    </message>
    <message>
        <source>Kind of worker</source>
        <translation>Loại lao động</translation>
    </message>
    <message>
        <source>Trade union member</source>
        <translation>Là đoàn viên công đoàn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Sửa thông tin người lao động</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Thêm người lao động</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>%1: not available in this version yet</source>
        <translation>%1: chưa có trong phiên bản này</translation>
    </message>
</context>
<context>
    <name>PrinterProfileDialog</name>
    <message>
        <source>Printer offsets</source>
        <translation>Độ lệch máy in</translation>
    </message>
    <message>
        <source>Print the calibration page on plain paper at 100 %, lay it on a blank against a window and measure from each cross to the pre-printed line. X moves the fields to the right, Y moves them down; at most 15 mm either way.</source>
        <translation>In trang căn chỉnh trên giấy trắng, tỷ lệ 100 %, đặt lên phôi giấy khen, áp vào cửa kính rồi đo từ mỗi dấu chữ thập đến dòng in sẵn. X dời các ô in sang phải, Y dời xuống dưới; tối đa 15 mm mỗi chiều.</translation>
    </message>
    <message>
        <source>Printer &amp;name</source>
        <translation>&amp;Tên máy in</translation>
    </message>
    <message>
        <source>e.g. HP LaserJet, 2nd floor</source>
        <translation>ví dụ: HP LaserJet tầng 2</translation>
    </message>
    <message>
        <source>Offset &amp;X (right)</source>
        <translation>Độ lệch &amp;X (sang phải)</translation>
    </message>
    <message>
        <source>Offset X in millimetres</source>
        <translation>Độ lệch X, tính bằng milimét</translation>
    </message>
    <message>
        <source>Offset &amp;Y (down)</source>
        <translation>Độ lệch &amp;Y (xuống dưới)</translation>
    </message>
    <message>
        <source>Offset Y in millimetres</source>
        <translation>Độ lệch Y, tính bằng milimét</translation>
    </message>
    <message>
        <source>Preview the calibration page with the offsets typed above, to print it and check them</source>
        <translation>Xem trước trang căn chỉnh với độ lệch vừa nhập để in ra và kiểm tra</translation>
    </message>
    <message>
        <source>Print &amp;calibration page…</source>
        <translation>In trang &amp;căn chỉnh…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Đã lưu: %1.</translation>
    </message>
    <message>
        <source>Preparing the calibration page…</source>
        <translation>Đang tạo trang căn chỉnh…</translation>
    </message>
    <message>
        <source>Print the calibration page at 100 % (the preview never scales it).</source>
        <translation>Hãy in trang căn chỉnh ở tỷ lệ 100 % (bản xem trước không thu phóng khi in).</translation>
    </message>
</context>
<context>
    <name>ProgressWatch</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Dừng lại</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép đị&amp;a chỉ liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Recipient</source>
        <translation>Người được khen</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Thành tích</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>Golden book no.</source>
        <translation>Số vào sổ vàng</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Nominate upward</source>
        <translation>Đề nghị cấp trên</translation>
    </message>
</context>
<context>
    <name>RecognitionDialog</name>
    <message>
        <source>Recognition</source>
        <translation>Công nhận sáng kiến</translation>
    </message>
    <message>
        <source>Application for recognition</source>
        <translation>Đơn yêu cầu công nhận</translation>
    </message>
    <message>
        <source>Filing date *</source>
        <translation>Ngày nộp đơn *</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Số sổ tiếp nhận</translation>
    </message>
    <message>
        <source>File application</source>
        <translation>Ghi đơn đã nộp</translation>
    </message>
    <message>
        <source>State of the application</source>
        <translation>Tình trạng đơn</translation>
    </message>
    <message>
        <source>Employer&apos;s answer</source>
        <translation>Trả lời của đơn vị</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Ngày chấp nhận đơn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>required when documents are requested or the application is rejected</source>
        <translation>bắt buộc khi yêu cầu bổ sung hồ sơ hoặc từ chối đơn</translation>
    </message>
    <message>
        <source>Record the answer</source>
        <translation>Ghi trả lời</translation>
    </message>
    <message>
        <source>Employer&apos;s recognition decision</source>
        <translation>Quyết định công nhận của đơn vị</translation>
    </message>
    <message>
        <source>Decision number *</source>
        <translation>Số quyết định *</translation>
    </message>
    <message>
        <source>e.g. 15/QĐ-ABC</source>
        <translation>ví dụ 15/QĐ-ABC</translation>
    </message>
    <message>
        <source>Decision date *</source>
        <translation>Ngày quyết định *</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Signed by *</source>
        <translation>Người ký *</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>e.g. GIÁM ĐỐC</source>
        <translation>ví dụ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp công nhận</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Reason for not recognising</source>
        <translation>Lý do không công nhận</translation>
    </message>
    <message>
        <source>Scanned decision</source>
        <translation>Bản chụp quyết định</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose scan…</source>
        <translation>Chọn bản chụp…</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Mở bản chụp</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Ghi quyết định</translation>
    </message>
    <message>
        <source>Programme eligibility</source>
        <translation>Điều kiện tham gia chương trình</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Bản chụp (*.pdf *.jpg *.jpeg *.png);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>Recognition of initiative %1</source>
        <translation>Công nhận sáng kiến %1</translation>
    </message>
    <message>
        <source>First application date not entered yet: the filing deadline cannot be computed.</source>
        <translation>Chưa nhập ngày áp dụng lần đầu nên chưa tính được hạn nộp đơn.</translation>
    </message>
    <message>
        <source>Deadline for filing: %1 (counted from the first application on %2).</source>
        <translation>Hạn nộp đơn: %1 (tính từ ngày áp dụng lần đầu %2).</translation>
    </message>
    <message>
        <source>Save application</source>
        <translation>Lưu đơn</translation>
    </message>
    <message>
        <source>Not filed yet.</source>
        <translation>Chưa nộp đơn.</translation>
    </message>
    <message>
        <source>accepted on %1, review due by %2</source>
        <translation>chấp nhận ngày %1, hạn xét %2</translation>
    </message>
    <message>
        <source>the programme</source>
        <translation>chương trình</translation>
    </message>
    <message>
        <source>Eligible for %1.</source>
        <translation>Đủ điều kiện tham gia %1.</translation>
    </message>
    <message>
        <source>Not eligible for %1:</source>
        <translation>Không đủ điều kiện tham gia %1:</translation>
    </message>
    <message>
        <source>Confidential initiative: only the reduced set of fields is uploaded.</source>
        <translation>Sáng kiến mật: chỉ tải lên phần thông tin rút gọn.</translation>
    </message>
    <message>
        <source>After the filing deadline of %1: the employer may still accept it.</source>
        <translation>Đã quá hạn nộp đơn %1; đơn vị vẫn có thể chấp nhận đơn.</translation>
    </message>
    <message>
        <source>Saved, with warnings (see the fields marked).</source>
        <translation>Đã lưu, có cảnh báo (xem các ô được đánh dấu).</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>The data store is damaged</source>
        <translation>Kho dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>The data store cannot be opened safely</source>
        <translation>Không thể mở kho dữ liệu một cách an toàn</translation>
    </message>
    <message>
        <source>The damaged file is left as it is: nothing is written to it. Restore the newest good backup below. A copy of the damaged file is kept with the backups, and what was entered after the backup was taken must be entered again.</source>
        <translation>Tệp bị hỏng được để nguyên, không ghi gì vào đó. Hãy khôi phục bản sao lưu tốt gần nhất ở dưới. Một bản sao của tệp hỏng được giữ cùng các bản sao lưu; những gì nhập sau thời điểm sao lưu cần nhập lại.</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Số sáng kiến</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Khôi phục bản đã chọn</translation>
    </message>
    <message>
        <source>Choose another backup file…</source>
        <translation>Chọn tệp sao lưu khác…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>No backup was found in the data folder. Choose a backup file, for example from a USB stick.</source>
        <translation>Không tìm thấy bản sao lưu nào trong thư mục dữ liệu. Hãy chọn một tệp sao lưu, ví dụ trên ổ USB.</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <source>Backups (%1)</source>
        <translation>Bản sao lưu (%1)</translation>
    </message>
    <message>
        <source>Checking and restoring %1…</source>
        <translation>Đang kiểm tra và khôi phục %1…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Đang khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>The backup of %1 was restored. Records entered after that time must be entered again. The program opens the store now.</source>
        <translation>Bản sao lưu lúc %1 đã được khôi phục. Các hồ sơ nhập sau thời điểm đó cần nhập lại. Chương trình sẽ mở kho dữ liệu ngay bây giờ.</translation>
    </message>
    <message>
        <source>%1 Choose another backup.</source>
        <translation>%1 Hãy chọn bản sao lưu khác.</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Serial</source>
        <translation>Số hiệu</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Reprints</source>
        <translation>Số lần in lại</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Thu hồi</translation>
    </message>
</context>
<context>
    <name>RemunerationDialog</name>
    <message>
        <source>Remuneration</source>
        <translation>Thù lao</translation>
    </message>
    <message>
        <source>The employer owes the authors at least the configured share of each year&apos;s benefit for the first years of application, split by contribution share.</source>
        <translation>Đơn vị phải trả cho tác giả thù lao không thấp hơn tỷ lệ đã cài đặt trên tiền làm lợi của mỗi năm, trong các năm áp dụng đầu tiên, chia theo tỷ lệ đóng góp.</translation>
    </message>
    <message>
        <source>Year / author</source>
        <translation>Năm / tác giả</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Phải trả</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Đã trả</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Còn nợ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn trả</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Ghi một lần trả</translation>
    </message>
    <message>
        <source>Year of application</source>
        <translation>Năm áp dụng</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Amount (VND)</source>
        <translation>Số tiền (đồng)</translation>
    </message>
    <message>
        <source>e.g. 3.500.000</source>
        <translation>ví dụ 3.500.000</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Ngày trả</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Chứng từ</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Ghi khoản trả</translation>
    </message>
    <message>
        <source>Proof of payment</source>
        <translation>Chứng từ trả thù lao</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Bản chụp và tài liệu (*.pdf *.jpg *.jpeg *.png);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Remuneration – %1</source>
        <translation>Thù lao – %1</translation>
    </message>
    <message>
        <source>Total due %1 · paid %2 · outstanding %3</source>
        <translation>Tổng phải trả %1 · đã trả %2 · còn nợ %3</translation>
    </message>
    <message>
        <source>Year %1: %2 – %3</source>
        <translation>Năm thứ %1: %2 – %3</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (quá hạn)</translation>
    </message>
    <message>
        <source>no proof</source>
        <translation>không có chứng từ</translation>
    </message>
    <message>
        <source>Paid on %1 · %2</source>
        <translation>Trả ngày %1 · %2</translation>
    </message>
    <message>
        <source>Double-click to open the proof</source>
        <translation>Nhấp đúp để mở chứng từ</translation>
    </message>
    <message>
        <source>Year %1 (deadline %2)</source>
        <translation>Năm thứ %1 (hạn trả %2)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số tiền</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>phải lớn hơn 0</translation>
    </message>
    <message>
        <source>choose the author paid</source>
        <translation>hãy chọn tác giả được trả</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Đã ghi khoản trả.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Report to the upper-level union</source>
        <translation>Báo cáo gửi công đoàn cấp trên</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>Kind of report</source>
        <translation>Loại báo cáo</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>&amp;Chương trình:</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Y&amp;ear:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>Year of the report</source>
        <translation>Năm báo cáo</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quý:</translation>
    </message>
    <message>
        <source>Quarter of the report</source>
        <translation>Quý báo cáo</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Giai đoạn:</translation>
    </message>
    <message>
        <source>Phase of the programme</source>
        <translation>Giai đoạn của chương trình</translation>
    </message>
    <message>
        <source>&amp;Count by:</source>
        <translation>&amp;Tính theo:</translation>
    </message>
    <message>
        <source>Date the figures count by</source>
        <translation>Ngày dùng để tính số liệu</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Lưu ra &amp;Excel…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lưu ra &amp;PDF…</translation>
    </message>
    <message>
        <source>Lists in Excel</source>
        <translation>Danh sách ra Excel</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Danh sách:</translation>
    </message>
    <message>
        <source>List to export</source>
        <translation>Danh sách cần xuất</translation>
    </message>
    <message>
        <source>Only the &amp;year</source>
        <translation>&amp;Lọc theo năm</translation>
    </message>
    <message>
        <source>Year of the list</source>
        <translation>Năm của danh sách</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Quarterly report</source>
        <translation>Báo cáo quý</translation>
    </message>
    <message>
        <source>Phase (interim review) report</source>
        <translation>Báo cáo sơ kết giai đoạn</translation>
    </message>
    <message>
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <source>Date the upper union&apos;s server received the upload</source>
        <translation>Ngày máy chủ công đoàn cấp trên nhận sáng kiến tải lên</translation>
    </message>
    <message>
        <source>Date of first application</source>
        <translation>Ngày áp dụng lần đầu</translation>
    </message>
    <message>
        <source>Date of the recognition decision</source>
        <translation>Ngày quyết định công nhận</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Authors (by given name)</source>
        <translation>Tác giả (xếp theo tên)</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Giấy chứng nhận, giấy khen đã cấp</translation>
    </message>
    <message>
        <source>The programme running in the period</source>
        <translation>Chương trình đang diễn ra trong kỳ</translation>
    </message>
    <message>
        <source>Saving the report to %1…</source>
        <translation>Đang lưu báo cáo vào %1…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Đang xuất ra %1…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Saved %1 rows: %2</source>
        <translation>Đã lưu %1 dòng: %2</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
</context>
<context>
    <name>RewardDecisionDialog</name>
    <message>
        <source>Reward decision</source>
        <translation>Quyết định khen thưởng</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>e.g. 01/QĐ-CĐCS</source>
        <translation>ví dụ 01/QĐ-CĐCS</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Fund source</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>e.g. On rewarding initiatives in 2024</source>
        <translation>ví dụ: Về việc khen thưởng sáng kiến năm 2024</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người được khen thưởng</translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Thêm người được khen thưởng</translation>
    </message>
    <message>
        <source>Type a name and pick the person, or type a collective&apos;s name and press Enter</source>
        <translation>Gõ tên rồi chọn người trong danh sách, hoặc gõ tên tập thể rồi nhấn Enter</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Bỏ dòng</translation>
    </message>
    <message>
        <source>Split an amount among the co-authors of an initiative</source>
        <translation>Chia tiền thưởng cho các đồng tác giả của một sáng kiến</translation>
    </message>
    <message>
        <source>Initiative to split for</source>
        <translation>Sáng kiến cần chia tiền</translation>
    </message>
    <message>
        <source>Initiative code, e.g. 2024-ABC-0001</source>
        <translation>Mã sáng kiến, ví dụ 2024-ABC-0001</translation>
    </message>
    <message>
        <source>Amount to split</source>
        <translation>Số tiền cần chia</translation>
    </message>
    <message>
        <source>Total amount, e.g. 3.000.000</source>
        <translation>Tổng số tiền, ví dụ 3.000.000</translation>
    </message>
    <message>
        <source>&amp;Split among co-authors</source>
        <translation>&amp;Chia cho các đồng tác giả</translation>
    </message>
    <message>
        <source>Legal bases and distribution</source>
        <translation>Căn cứ và nơi nhận</translation>
    </message>
    <message>
        <source>Legal bases (one per line)</source>
        <translation>Căn cứ (mỗi dòng một căn cứ)</translation>
    </message>
    <message>
        <source>Distribution (one per line)</source>
        <translation>Nơi nhận (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <source>Edit reward decision</source>
        <translation>Sửa quyết định khen thưởng</translation>
    </message>
    <message>
        <source>New reward decision</source>
        <translation>Quyết định khen thưởng mới</translation>
    </message>
    <message>
        <source>Issued reward decision</source>
        <translation>Quyết định khen thưởng đã ban hành</translation>
    </message>
    <message>
        <source>This decision has been issued and can no longer be changed; corrections need a new decision.</source>
        <translation>Quyết định này đã ban hành nên không sửa được nữa; muốn điều chỉnh cần ra quyết định mới.</translation>
    </message>
    <message>
        <source>Total: %1 for %2 lines</source>
        <translation>Tổng cộng: %1 cho %2 dòng</translation>
    </message>
    <message>
        <source>(%1 amounts cannot be read and are not counted)</source>
        <translation>(%1 số tiền không đọc được nên chưa được cộng)</translation>
    </message>
    <message>
        <source>Type the code of the initiative whose co-authors share the amount.</source>
        <translation>Hãy nhập mã sáng kiến có các đồng tác giả cần chia tiền.</translation>
    </message>
    <message>
        <source>%1 shared among the %2 co-authors of %3 by contribution share.</source>
        <translation>Đã chia %1 cho %2 đồng tác giả của sáng kiến %3 theo tỷ lệ đóng góp.</translation>
    </message>
</context>
<context>
    <name>RewardsPage</name>
    <message>
        <source>Rewards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Năm</translation>
    </message>
    <message>
        <source>Reward decisions</source>
        <translation>Quyết định khen thưởng</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>By fund source</source>
        <translation>Theo nguồn kinh phí</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Theo năm</translation>
    </message>
    <message>
        <source>&amp;New decision…</source>
        <translation>&amp;Quyết định mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Issue the selected draft decision; only the chair may sign off</source>
        <translation>Ban hành quyết định dự thảo đang chọn; chỉ Chủ tịch được ký ban hành</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Ký ban hành</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Tất cả các năm</translation>
    </message>
    <message>
        <source>%1 decisions, total %2</source>
        <translation>%1 quyết định, tổng cộng %2</translation>
    </message>
    <message>
        <source>No decisions yet.</source>
        <translation>Chưa có quyết định nào.</translation>
    </message>
    <message>
        <source>%1: %2 (issued: %3)</source>
        <translation>%1: %2 (đã ban hành: %3)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Chưa ghi</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Ký ban hành</translation>
    </message>
    <message>
        <source>Issue decision %1? An issued decision can no longer be changed.</source>
        <translation>Ban hành quyết định %1? Quyết định đã ban hành sẽ không sửa được nữa.</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>(chưa có số)</translation>
    </message>
    <message>
        <source>Decision %1 has been issued.</source>
        <translation>Đã ban hành quyết định %1.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Union unit</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Union name *</source>
        <translation>Tên công đoàn cơ sở *</translation>
    </message>
    <message>
        <source>e.g. Công đoàn cơ sở Công ty TNHH ABC</source>
        <translation>Ví dụ: Công đoàn cơ sở Công ty TNHH ABC</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>e.g. CĐCS ABC</source>
        <translation>Ví dụ: CĐCS ABC</translation>
    </message>
    <message>
        <source>Unit code *</source>
        <translation>Mã đơn vị *</translation>
    </message>
    <message>
        <source>e.g. CDCS-ABC: Latin letters, digits, - or _</source>
        <translation>Ví dụ: CDCS-ABC (chữ cái không dấu, chữ số, - hoặc _)</translation>
    </message>
    <message>
        <source>Parent union</source>
        <translation>Công đoàn cấp trên trực tiếp</translation>
    </message>
    <message>
        <source>e.g. Công đoàn Khu kinh tế Hải Phòng</source>
        <translation>Ví dụ: Công đoàn Khu kinh tế Hải Phòng</translation>
    </message>
    <message>
        <source>Place name for dates</source>
        <translation>Địa danh ghi trên văn bản</translation>
    </message>
    <message>
        <source>e.g. Hải Phòng, as in “Hải Phòng, ngày … tháng … năm …”</source>
        <translation>Ví dụ: Hải Phòng (trong “Hải Phòng, ngày … tháng … năm …”)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Đơn vị sử dụng lao động</translation>
    </message>
    <message>
        <source>Employer name *</source>
        <translation>Tên đơn vị sử dụng lao động *</translation>
    </message>
    <message>
        <source>e.g. Công ty TNHH ABC</source>
        <translation>Ví dụ: Công ty TNHH ABC</translation>
    </message>
    <message>
        <source>Head of the employer</source>
        <translation>Người đứng đầu đơn vị</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation>Chức danh người đứng đầu</translation>
    </message>
    <message>
        <source>e.g. Tổng Giám đốc</source>
        <translation>Ví dụ: Tổng Giám đốc</translation>
    </message>
    <message>
        <source>Union leaders</source>
        <translation>Lãnh đạo công đoàn</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Chủ tịch</translation>
    </message>
    <message>
        <source>Vice-chairman</source>
        <translation>Phó Chủ tịch</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Người sử dụng</translation>
    </message>
    <message>
        <source>Your full name *</source>
        <translation>Họ và tên của bạn *</translation>
    </message>
    <message>
        <source>Officers…</source>
        <translation>Quản lý cán bộ…</translation>
    </message>
    <message>
        <source>Who uses the program at this office, their roles and PINs</source>
        <translation>Những ai sử dụng chương trình tại công đoàn cơ sở, vai trò và mã PIN của từng người</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>Máy chủ trung tâm</translation>
    </message>
    <message>
        <source>Enrolled with</source>
        <translation>Đã đăng ký với</translation>
    </message>
    <message>
        <source>Enrol with the server…</source>
        <translation>Đăng ký với máy chủ…</translation>
    </message>
    <message>
        <source>Enter the server address and the one-time code from the higher-level union</source>
        <translation>Nhập địa chỉ máy chủ và mã đăng ký dùng một lần do công đoàn cấp trên cấp</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Back up and restore…</source>
        <translation>Sao lưu và khôi phục…</translation>
    </message>
    <message>
        <source>Back up now or to a USB stick, see the backups, restore one</source>
        <translation>Sao lưu ngay hoặc ra ổ USB, xem các bản sao lưu, khôi phục một bản</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the program.</source>
        <translation>Ngôn ngữ mới được dùng từ lần mở chương trình tiếp theo.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>The union&apos;s details have been saved.</source>
        <translation>Đã lưu thông tin công đoàn cơ sở.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Chưa lưu được: hãy sửa các mục báo đỏ.</translation>
    </message>
    <message>
        <source>Not enrolled yet</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <source>Enrol again…</source>
        <translation>Đăng ký lại…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>First-run setup</source>
        <translation>Thiết lập lần đầu</translation>
    </message>
    <message>
        <source>Welcome to Sáng kiến Desktop</source>
        <translation>Chào mừng đến với Sáng kiến Desktop</translation>
    </message>
    <message>
        <source>This program keeps your union&apos;s register of initiatives on this computer. How would you like to start?</source>
        <translation>Chương trình lưu sổ theo dõi sáng kiến của công đoàn ngay trên máy tính này. Bạn muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <source>&amp;Set up my union&apos;s office</source>
        <translation>Thiết &amp;lập thông tin công đoàn cơ sở của tôi</translation>
    </message>
    <message>
        <source>Enter your union unit, its employer and leaders. You can change them later in Settings.</source>
        <translation>Nhập thông tin công đoàn cơ sở, đơn vị sử dụng lao động và lãnh đạo công đoàn. Có thể sửa lại sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>&amp;Try with demo data</source>
        <translation>&amp;Dùng thử với dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Opens a separate sample store with a few thousand made-up initiatives. Your own data folder stays empty, and this assistant appears again at the next start.</source>
        <translation>Mở một kho dữ liệu mẫu riêng với vài nghìn sáng kiến giả định. Thư mục dữ liệu thật của bạn vẫn để trống, và phần thiết lập này sẽ hiện lại ở lần mở chương trình sau.</translation>
    </message>
    <message>
        <source>Union unit</source>
        <translation>Công đoàn cơ sở</translation>
    </message>
    <message>
        <source>Fields marked * are required. The unit code is printed in initiative codes and certificate serials.</source>
        <translation>Các mục có dấu * là bắt buộc. Mã đơn vị được dùng trong mã sáng kiến và số hiệu giấy chứng nhận.</translation>
    </message>
    <message>
        <source>Union name *</source>
        <translation>Tên công đoàn cơ sở *</translation>
    </message>
    <message>
        <source>e.g. Công đoàn cơ sở Công ty TNHH ABC</source>
        <translation>Ví dụ: Công đoàn cơ sở Công ty TNHH ABC</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>e.g. CĐCS ABC</source>
        <translation>Ví dụ: CĐCS ABC</translation>
    </message>
    <message>
        <source>Unit code *</source>
        <translation>Mã đơn vị *</translation>
    </message>
    <message>
        <source>e.g. CDCS-ABC: Latin letters, digits, - or _</source>
        <translation>Ví dụ: CDCS-ABC (chữ cái không dấu, chữ số, - hoặc _)</translation>
    </message>
    <message>
        <source>Parent union</source>
        <translation>Công đoàn cấp trên trực tiếp</translation>
    </message>
    <message>
        <source>e.g. Công đoàn Khu kinh tế Hải Phòng</source>
        <translation>Ví dụ: Công đoàn Khu kinh tế Hải Phòng</translation>
    </message>
    <message>
        <source>Place name for dates</source>
        <translation>Địa danh ghi trên văn bản</translation>
    </message>
    <message>
        <source>e.g. Hải Phòng, as in “Hải Phòng, ngày … tháng … năm …”</source>
        <translation>Ví dụ: Hải Phòng (trong “Hải Phòng, ngày … tháng … năm …”)</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Đơn vị sử dụng lao động</translation>
    </message>
    <message>
        <source>The company or agency where the union works; it recognises initiatives.</source>
        <translation>Doanh nghiệp, cơ quan nơi công đoàn hoạt động; là nơi công nhận sáng kiến.</translation>
    </message>
    <message>
        <source>Employer name *</source>
        <translation>Tên đơn vị sử dụng lao động *</translation>
    </message>
    <message>
        <source>e.g. Công ty TNHH ABC</source>
        <translation>Ví dụ: Công ty TNHH ABC</translation>
    </message>
    <message>
        <source>Head of the employer</source>
        <translation>Người đứng đầu đơn vị</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation>Chức danh người đứng đầu</translation>
    </message>
    <message>
        <source>e.g. Tổng Giám đốc</source>
        <translation>Ví dụ: Tổng Giám đốc</translation>
    </message>
    <message>
        <source>Union leaders</source>
        <translation>Lãnh đạo công đoàn</translation>
    </message>
    <message>
        <source>They sign the union&apos;s papers: the chairman, or the vice-chairman on the chairman&apos;s behalf.</source>
        <translation>Người ký văn bản của công đoàn: Chủ tịch, hoặc Phó Chủ tịch ký thay (KT. Chủ tịch).</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Chủ tịch</translation>
    </message>
    <message>
        <source>Vice-chairman</source>
        <translation>Phó Chủ tịch</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Người sử dụng</translation>
    </message>
    <message>
        <source>The union officer who keeps the register on this computer; your name is recorded with every change.</source>
        <translation>Cán bộ công đoàn quản lý sổ sáng kiến trên máy này; họ tên của bạn được ghi kèm mỗi thay đổi.</translation>
    </message>
    <message>
        <source>Your full name *</source>
        <translation>Họ và tên của bạn *</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xác nhận thông tin</translation>
    </message>
    <message>
        <source>Check the details, then press Finish to save them.</source>
        <translation>Kiểm tra lại thông tin rồi bấm Hoàn tất để lưu.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Open demo data</source>
        <translation>&amp;Mở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Preparing the demo data…</source>
        <translation>Đang chuẩn bị dữ liệu mẫu…</translation>
    </message>
</context>
<context>
    <name>ShortLabel</name>
    <message>
        <source>Technical</source>
        <translation>Kỹ thuật</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Quản lý</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>Tác nghiệp</translation>
    </message>
    <message>
        <source>Tech. advance</source>
        <translation>Ứng dụng TBKT</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Đề tài NCKH</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Sản xuất, KD</translation>
    </message>
    <message>
        <source>Work safety</source>
        <translation>ATVSLĐ</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Admin. reform</source>
        <translation>Cải cách HC</translation>
    </message>
    <message>
        <source>Party building</source>
        <translation>Xây dựng Đảng</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Quản lý, điều hành</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>CNTT</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Who is using the program?</source>
        <translation>Ai đang sử dụng chương trình?</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>No officer can sign in. Add officers in Settings.</source>
        <translation>Chưa có cán bộ nào được đăng nhập. Hãy thêm cán bộ trong mục Cài đặt.</translation>
    </message>
</context>
<context>
    <name>StoreCare</name>
    <message>
        <source>The daily check found damage in the data store (%1). Close the program and open it again: it will offer to restore the newest good backup. Until then, avoid entering new records.</source>
        <translation>Lần kiểm tra hằng ngày phát hiện kho dữ liệu bị hỏng (%1). Hãy đóng chương trình rồi mở lại: chương trình sẽ đề nghị khôi phục bản sao lưu tốt gần nhất. Trong lúc chờ, không nên nhập hồ sơ mới.</translation>
    </message>
    <message>
        <source>Backing up the data before closing…</source>
        <translation>Đang sao lưu dữ liệu trước khi đóng…</translation>
    </message>
</context>
<context>
    <name>SubmitAction</name>
    <message>
        <source>Upload to the upper union</source>
        <translation>Tải lên công đoàn cấp trên</translation>
    </message>
    <message>
        <source>Upload the %1 selected initiatives to the upper union?

Only those in «%2» go. They are sent with the next sync and move to «%3» once the server confirms it has them.</source>
        <translation>Tải %1 sáng kiến đã chọn lên công đoàn cấp trên?

Chỉ những sáng kiến ở trạng thái «%2» được tải lên. Các sáng kiến này được gửi đi trong lần đồng bộ tới và chuyển sang «%3» khi máy chủ xác nhận đã nhận.</translation>
    </message>
    <message>
        <source>…and %1 more (see the details).</source>
        <translation>… và %1 sáng kiến khác (xem phần chi tiết).</translation>
    </message>
    <message>
        <source>%1 initiatives were put in the upload batch. They are sent to the upper union with the next sync.</source>
        <translation>Đã đưa %1 sáng kiến vào đợt tải lên. Các sáng kiến này sẽ được gửi lên công đoàn cấp trên trong lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>%1 initiatives were not uploaded:</source>
        <translation>%1 sáng kiến không được tải lên:</translation>
    </message>
    <message>
        <source>No initiative was uploaded:</source>
        <translation>Không có sáng kiến nào được tải lên:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>&amp;Enrol with the server…</source>
        <translation>Đăng &amp;ký với máy chủ…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình hình</translation>
    </message>
    <message>
        <source>Central server</source>
        <translation>Máy chủ trung tâm</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Đồng bộ thành công gần nhất</translation>
    </message>
    <message>
        <source>Check with the server</source>
        <translation>Đối chiếu với máy chủ</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Lần thử tiếp theo</translation>
    </message>
    <message>
        <source>Upload the waiting changes now and check them with the server</source>
        <translation>Gửi ngay các thay đổi đang chờ và đối chiếu với máy chủ</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>Stop after the current step; what was already sent stays sent</source>
        <translation>Dừng sau bước đang làm; phần đã gửi vẫn được giữ</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Dừng</translation>
    </message>
    <message>
        <source>No network: write the waiting changes to a file to take to the higher-level union on a USB stick</source>
        <translation>Không có mạng: ghi các thay đổi chờ gửi ra tệp để mang tới công đoàn cấp trên bằng USB</translation>
    </message>
    <message>
        <source>Write a USB &amp;file…</source>
        <translation>Ghi &amp;tệp USB…</translation>
    </message>
    <message>
        <source>Load the acknowledgement file (.skack) the higher-level union gave back for that file</source>
        <translation>Nạp tệp xác nhận (.skack) công đoàn cấp trên trả lại cho tệp đó</translation>
    </message>
    <message>
        <source>Load &amp;acknowledgements…</source>
        <translation>Nạp tệp &amp;xác nhận…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <source>Records the server did not accept. Open the record, correct what the server&apos;s reason says, save, then send it again.</source>
        <translation>Các hồ sơ máy chủ chưa nhận. Mở hồ sơ, sửa theo lý do máy chủ nêu, lưu lại rồi gửi lại.</translation>
    </message>
    <message>
        <source>Records that need attention</source>
        <translation>Hồ sơ cần xử lý</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Lý do của máy chủ</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Mở hồ sơ</translation>
    </message>
    <message>
        <source>Queue the record&apos;s current content to be sent again</source>
        <translation>Đưa nội dung hiện tại của hồ sơ vào hàng chờ để gửi lại</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Gửi lại</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>Synchronisation log</source>
        <translation>Nhật ký đồng bộ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Chi tiết: %1</translation>
    </message>
    <message>
        <source>&amp;Enrol again…</source>
        <translation>Đăng &amp;ký lại…</translation>
    </message>
    <message>
        <source>Not enrolled with the central server</source>
        <translation>Chưa đăng ký với máy chủ trung tâm</translation>
    </message>
    <message>
        <source>This computer is not enrolled with the higher-level union&apos;s server yet. Ask the higher-level union for a one-time enrolment code, then press “Enrol with the server…”. Everything is kept on this computer in the meantime.</source>
        <translation>Máy tính này chưa được đăng ký với máy chủ của công đoàn cấp trên. Hãy xin công đoàn cấp trên mã đăng ký dùng một lần, rồi bấm “Đăng ký với máy chủ…”. Trong lúc chờ, mọi dữ liệu vẫn được lưu đầy đủ trên máy này.</translation>
    </message>
    <message>
        <source>Enrolled with the central server</source>
        <translation>Đã đăng ký với máy chủ trung tâm</translation>
    </message>
    <message>
        <source>Enrolment succeeded; nothing has been synchronised yet.</source>
        <translation>Đăng ký thành công; chưa đồng bộ lần nào.</translation>
    </message>
    <message>
        <source>Connected to the central server</source>
        <translation>Đã kết nối với máy chủ trung tâm</translation>
    </message>
    <message>
        <source>The last attempt reached the server and passed every check.</source>
        <translation>Lần đồng bộ gần nhất đã kết nối được máy chủ và vượt qua mọi bước kiểm tra.</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Không kết nối được máy chủ</translation>
    </message>
    <message>
        <source>The network needs sign-in</source>
        <translation>Mạng cần đăng nhập</translation>
    </message>
    <message>
        <source>A sign-in page of the Wi-Fi or company network answered instead of the server. Open a web browser, sign in to the network, then press “Sync now”. Nothing was marked as sent.</source>
        <translation>Trang đăng nhập của mạng Wi-Fi hoặc mạng công ty đã trả lời thay cho máy chủ. Hãy mở trình duyệt, đăng nhập vào mạng, rồi bấm “Đồng bộ ngay”. Chưa có thay đổi nào bị coi là đã gửi.</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <translation>Cần đăng ký lại</translation>
    </message>
    <message>
        <source>The server no longer accepts this computer (its access was revoked or is not valid). Ask the higher-level union for a new enrolment code and enrol again. No data has been lost.</source>
        <translation>Máy chủ không còn chấp nhận máy tính này (quyền truy cập đã bị thu hồi hoặc không hợp lệ). Hãy xin công đoàn cấp trên mã đăng ký mới và đăng ký lại. Không có dữ liệu nào bị mất.</translation>
    </message>
    <message>
        <source>The server has changed</source>
        <translation>Máy chủ đã thay đổi</translation>
    </message>
    <message>
        <source>Another server answers at this address than the one this computer enrolled with (a reinstalled server or a wrong address). Sync has stopped; contact the higher-level union before enrolling again.</source>
        <translation>Địa chỉ này đang do một máy chủ khác trả lời, không phải máy chủ mà máy tính này đã đăng ký (máy chủ được cài lại hoặc nhập sai địa chỉ). Việc đồng bộ đã dừng; hãy liên hệ công đoàn cấp trên trước khi đăng ký lại.</translation>
    </message>
    <message>
        <source>This version of the program is too old</source>
        <translation>Phiên bản chương trình đã quá cũ</translation>
    </message>
    <message>
        <source>The server asks for a newer version of Sáng kiến Desktop. Install the update, then sync again. Everything is kept on this computer.</source>
        <translation>Máy chủ yêu cầu phiên bản Sáng kiến Desktop mới hơn. Hãy cài bản cập nhật rồi đồng bộ lại. Mọi dữ liệu vẫn được lưu trên máy này.</translation>
    </message>
    <message>
        <source>Sync stopped because of an error</source>
        <translation>Đồng bộ đã dừng do gặp lỗi</translation>
    </message>
    <message>
        <source>Sync has stopped on an error that needs checking; the data on this computer is unchanged. Send the log below to whoever supports the program.</source>
        <translation>Việc đồng bộ đã dừng vì một lỗi cần kiểm tra; dữ liệu trên máy này không bị thay đổi. Hãy gửi nhật ký bên dưới cho người hỗ trợ chương trình.</translation>
    </message>
    <message>
        <source>Every change is kept on this computer and sent once the server can be reached.</source>
        <translation>Mọi thay đổi vẫn được lưu trên máy này và sẽ được gửi khi kết nối được máy chủ.</translation>
    </message>
    <message>
        <source>Next automatic attempt: %1.</source>
        <translation>Lần tự thử lại tiếp theo: %1.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Chưa lần nào</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>Nothing: every change has been sent</source>
        <translation>Không có: mọi thay đổi đã được gửi</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 thay đổi</translation>
    </message>
    <message>
        <source>; the oldest since %1</source>
        <translation>; cũ nhất từ %1</translation>
    </message>
    <message>
        <source> (%1 being sent)</source>
        <translation> (%1 đang gửi)</translation>
    </message>
    <message>
        <source>Not checked with the server yet</source>
        <translation>Chưa đối chiếu với máy chủ</translation>
    </message>
    <message>
        <source>%1/%2 changes</source>
        <translation>%1/%2 thay đổi</translation>
    </message>
    <message>
        <source>Confirmed by the server: %1</source>
        <translation>Máy chủ xác nhận %1</translation>
    </message>
    <message>
        <source>Confirmed by the server: %1/%2</source>
        <translation>Máy chủ xác nhận %1/%2</translation>
    </message>
    <message>
        <source>initiatives; %1</source>
        <translation>sáng kiến; %1</translation>
    </message>
    <message>
        <source>The server&apos;s figures do not match this computer&apos;s. The next sync compares the changes one by one, sends again what is missing and lists any that differ under “Needs attention”.</source>
        <translation>Số liệu của máy chủ chưa khớp với máy này. Lần đồng bộ sau sẽ đối chiếu từng thay đổi, gửi lại phần còn thiếu và liệt kê phần khác biệt ở mục “Cần xử lý”.</translation>
    </message>
    <message>
        <source>%1 initiatives not sent yet</source>
        <translation>còn %1 sáng kiến chưa gửi</translation>
    </message>
    <message>
        <source>Some changes have waited more than %1 days to be sent.</source>
        <translation>Có thay đổi đã chờ gửi hơn %1 ngày.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is about %1 minutes off the server&apos;s: please set the date and time right.</source>
        <translation>Đồng hồ của máy tính này lệch khoảng %1 phút so với máy chủ: hãy chỉnh lại ngày giờ cho đúng.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Differs from what was sent</source>
        <translation>Khác nội dung đã gửi</translation>
    </message>
    <message>
        <source>Deleted on the server</source>
        <translation>Đã bị xóa trên máy chủ</translation>
    </message>
    <message>
        <source>Waiting for missing data</source>
        <translation>Đang chờ dữ liệu còn thiếu</translation>
    </message>
    <message>
        <source>“%1” will be sent again at the next sync.</source>
        <translation>“%1” sẽ được gửi lại ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Đang dừng sau bước hiện tại…</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Enrolled with %1.</source>
        <translation>Đã đăng ký với %1.</translation>
    </message>
</context>
<context>
    <name>SyncScheduler</name>
    <message>
        <source>Synchronising with the central server</source>
        <translation>Đang đồng bộ với máy chủ trung tâm</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Not enrolled with a server</source>
        <translation>Chưa đăng ký máy chủ</translation>
    </message>
    <message>
        <source>Synchronised</source>
        <translation>Đã đồng bộ</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>The network needs sign-in</source>
        <translation>Mạng cần đăng nhập</translation>
    </message>
    <message>
        <source>Enrol again</source>
        <translation>Cần đăng ký lại</translation>
    </message>
    <message>
        <source>Server changed</source>
        <translation>Máy chủ đã thay đổi</translation>
    </message>
    <message>
        <source>Update the program</source>
        <translation>Cần cập nhật chương trình</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Lỗi đồng bộ</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Programme targets</source>
        <translation>Chỉ tiêu của chương trình</translation>
    </message>
    <message>
        <source>The upper union assigns each programme a number of initiatives per year, quarter or phase; the office may register its own. Progress counts the valid initiatives the upper union&apos;s server received in the period.</source>
        <translation>Công đoàn cấp trên giao chỉ tiêu số sáng kiến của từng chương trình theo năm, quý hoặc đợt; công đoàn cơ sở có thể đăng ký chỉ tiêu của mình. Tiến độ được tính theo số sáng kiến hợp lệ mà máy chủ của công đoàn cấp trên đã nhận trong kỳ.</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Chương trình</translation>
    </message>
    <message>
        <source>Period &amp;kind</source>
        <translation>Loạ&amp;i kỳ</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>Nă&amp;m</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>&amp;Quý</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>Đợ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Assigned target</source>
        <translation>Chỉ tiêu được &amp;giao</translation>
    </message>
    <message>
        <source>number of initiatives, e.g. 120</source>
        <translation>số sáng kiến, ví dụ 120</translation>
    </message>
    <message>
        <source>Assigned target</source>
        <translation>Chỉ tiêu được giao</translation>
    </message>
    <message>
        <source>&amp;Registered target</source>
        <translation>Chỉ tiêu đăng &amp;ký</translation>
    </message>
    <message>
        <source>blank: 0</source>
        <translation>để trống: 0</translation>
    </message>
    <message>
        <source>Registered target</source>
        <translation>Chỉ tiêu đăng ký</translation>
    </message>
    <message>
        <source>%1 (months %2–%3)</source>
        <translation>%1 (tháng %2–%3)</translation>
    </message>
    <message>
        <source>No programme has been entered yet: targets belong to a programme.</source>
        <translation>Chưa có chương trình nào được nhập; chỉ tiêu phải gắn với một chương trình.</translation>
    </message>
    <message>
        <source>This programme has no phases: choose a year or a quarter.</source>
        <translation>Chương trình này chưa có đợt nào: hãy chọn năm hoặc quý.</translation>
    </message>
    <message>
        <source>No target has been set for this period yet.</source>
        <translation>Kỳ này chưa có chỉ tiêu.</translation>
    </message>
    <message>
        <source>Recorded target: %1 assigned, %2 registered.</source>
        <translation>Chỉ tiêu đã ghi: được giao %1, đăng ký %2.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>choose a programme</source>
        <translation>hãy chọn chương trình</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Đợt</translation>
    </message>
    <message>
        <source>this programme has no phases</source>
        <translation>chương trình này chưa có đợt nào</translation>
    </message>
    <message>
        <source>Saved. %1 valid initiatives in this period.</source>
        <translation>Đã lưu. Kỳ này có %1 sáng kiến hợp lệ.</translation>
    </message>
    <message>
        <source>Saved. %1 valid initiatives in this period: %2 of the assigned target.</source>
        <translation>Đã lưu. Kỳ này có %1 sáng kiến hợp lệ, đạt %2 chỉ tiêu được giao.</translation>
    </message>
</context>
<context>
    <name>TodoPanel</name>
    <message>
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Remuneration overdue</source>
        <translation>Thù lao quá hạn chưa trả</translation>
    </message>
    <message>
        <source>Recognition reviews past their due date</source>
        <translation>Đơn quá hạn xét công nhận</translation>
    </message>
    <message>
        <source>Applications near or past the one-year filing limit</source>
        <translation>Sắp hết hoặc đã quá hạn một năm để nộp đơn</translation>
    </message>
    <message>
        <source>Recognised, not yet uploaded</source>
        <translation>Đã công nhận, chưa tải lên</translation>
    </message>
    <message>
        <source>Recognised, not yet rewarded</source>
        <translation>Đã công nhận, chưa khen thưởng</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>%1 things to do</source>
        <translation>%1 việc cần làm</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Không có việc nào cần làm.</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Deleted records wait here. Restore brings a record back; Purge removes it for good.</source>
        <translation>Hồ sơ đã xoá được giữ ở đây. “Khôi phục” đưa hồ sơ trở lại; “Xoá vĩnh viễn” xoá hẳn, không lấy lại được.</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Hồ sơ đã xoá</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Remove the selected record and what belongs to it for good; this cannot be undone</source>
        <translation>Xoá hẳn hồ sơ đang chọn cùng các phần thuộc về nó; không thể hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Purge…</source>
        <translation>&amp;Xoá vĩnh viễn…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Tải lại</translation>
    </message>
    <message>
        <source>In the trash: %1</source>
        <translation>Trong thùng rác: %1</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Đã khôi phục: %1</translation>
    </message>
    <message>
        <source>Purge %1 “%2” for good?</source>
        <translation>Xoá vĩnh viễn %1 “%2”?</translation>
    </message>
    <message>
        <source>The record and what belongs to it are removed from this computer and cannot be restored. The change log keeps the trace of it.</source>
        <translation>Hồ sơ và các phần thuộc về nó sẽ bị xoá hẳn khỏi máy tính này, không khôi phục được. Nhật ký thay đổi vẫn giữ dấu vết.</translation>
    </message>
    <message>
        <source>Purge for good</source>
        <translation>Xoá vĩnh viễn</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Xoá vĩnh viễn</translation>
    </message>
    <message>
        <source>Purged: %1</source>
        <translation>Đã xoá vĩnh viễn: %1</translation>
    </message>
</context>
<context>
    <name>TrashTable</name>
    <message>
        <source>Deleted at</source>
        <translation>Thời điểm xoá</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>Người xoá</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Loại hồ sơ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
</context>
<context>
    <name>UsbDelivery</name>
    <message>
        <source>Write the waiting changes to a file</source>
        <translation>Ghi các thay đổi chờ gửi ra tệp</translation>
    </message>
    <message>
        <source>Delivery files (*.skbatch)</source>
        <translation>Tệp gửi thay mạng (*.skbatch)</translation>
    </message>
    <message>
        <source>Load the acknowledgement file</source>
        <translation>Nạp tệp xác nhận</translation>
    </message>
    <message>
        <source>Acknowledgement files (*.skack)</source>
        <translation>Tệp xác nhận (*.skack)</translation>
    </message>
    <message>
        <source>Wrote %1 changes to %2. Take the file to the higher-level union; the changes are still sent over the network later without being counted twice.</source>
        <translation>Đã ghi %1 thay đổi vào %2. Hãy mang tệp tới công đoàn cấp trên; khi có mạng các thay đổi vẫn được gửi mà không bị tính trùng.</translation>
    </message>
    <message>
        <source>Loaded %1: %2 batches confirmed by the server (%3 changes), %4 confirmed before.</source>
        <translation>Đã nạp %1: %2 lô được máy chủ xác nhận (%3 thay đổi), %4 lô đã xác nhận từ trước.</translation>
    </message>
    <message>
        <source>%1 changes were not accepted: see “Needs attention”.</source>
        <translation>%1 thay đổi không được nhận: xem mục “Cần xử lý”.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a certificate</source>
        <translation>Kiểm tra giấy chứng nhận</translation>
    </message>
    <message>
        <source>Scan the certificate&apos;s QR code into the box below, or type the code it contains (it starts with SK1:). The check works without a network, with the public keys known to this computer.</source>
        <translation>Quét mã QR trên giấy chứng nhận vào ô dưới đây, hoặc nhập nội dung của mã (bắt đầu bằng SK1:). Việc kiểm tra không cần mạng, dùng các khoá công khai đã có trên máy này.</translation>
    </message>
    <message>
        <source>SK1:…</source>
        <translation>SK1:…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>The check could not be done.</source>
        <translation>Không kiểm tra được.</translation>
    </message>
    <message>
        <source>Valid: the certificate is genuine.</source>
        <translation>Hợp lệ: giấy chứng nhận là thật.</translation>
    </message>
    <message>
        <source>Not valid: the code was changed, mistyped or forged.</source>
        <translation>Không hợp lệ: mã đã bị sửa, nhập sai hoặc giả mạo.</translation>
    </message>
    <message>
        <source>Revoked: this certificate has been withdrawn.</source>
        <translation>Đã thu hồi: giấy chứng nhận này không còn giá trị.</translation>
    </message>
    <message>
        <source>Unknown issuer: this computer has no public key for it.</source>
        <translation>Không rõ đơn vị cấp: máy này chưa có khoá công khai của đơn vị đó.</translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation>Số hiệu: %1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Người nhận: %1</translation>
    </message>
    <message>
        <source>Issued on: %1</source>
        <translation>Ngày cấp: %1</translation>
    </message>
    <message>
        <source>Issuing unit: %1</source>
        <translation>Đơn vị cấp: %1</translation>
    </message>
    <message>
        <source>Revoked on %1. Reason: %2</source>
        <translation>Thu hồi ngày %1. Lý do: %2</translation>
    </message>
    <message>
        <source>Revocation list as of %1</source>
        <translation>Danh sách thu hồi tính đến ngày %1</translation>
    </message>
    <message>
        <source>Compare the recipient&apos;s name above with the name printed on the paper.</source>
        <translation>Hãy đối chiếu tên người nhận ở trên với tên in trên giấy.</translation>
    </message>
</context>
</TS>
