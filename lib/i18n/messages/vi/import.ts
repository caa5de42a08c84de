// Nhập dữ liệu (trang quản trị và `npm run import`).
import type { Messages } from '../../messages';

export const importText: Messages['import'] = {
  file: {
    tooLarge: 'Tệp lớn hơn {megabytes} MB. Hãy chia nhỏ tệp, hoặc nhập bằng `npm run import` trên máy chủ.',
    empty: 'Tệp trống.',
    notXlsx: 'Đây không phải bảng tính Excel (.xlsx) đọc được. Hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8.',
    utf16:
      'Tệp được mã hoá UTF-16 (“Unicode text” của Excel). Hãy lưu dưới dạng “CSV UTF-8 (comma delimited)” rồi tải lên lại.',
    notUtf8:
      'Tệp không phải UTF-8: có vẻ là Latin-1 / Windows-1252 hoặc một bảng mã cũ khác, sẽ làm hỏng chữ tiếng Việt. Hãy lưu dưới dạng “CSV UTF-8” rồi tải lên lại.',
    badCsv: 'Không đọc được CSV ở gần dòng {line}: có lẽ một dấu ngoặc kép chưa được đóng.',
    duplicateColumn: 'Cột “{column}” xuất hiện hai lần trong dòng tiêu đề.',
    missingColumns: 'Thiếu các cột bắt buộc: {columns}.',
    unknownKind:
      'Dòng tiêu đề không phải của tệp xuất cam kết (tên cột bằng tiếng Anh hoặc tiếng Việt) cũng không phải tệp đánh giá (slug, status, progress, value, assessedOn, assessor, reason, evidenceUrl).',
    noRows: 'Tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào.',
    rowsHaveErrors: 'Một số dòng có lỗi: chưa có gì được nhập. Hãy sửa rồi thử lại.',
    invalid: 'Không thể nhập tệp này.',
  },
  cell: {
    formula:
      'Ô này bắt đầu bằng =, +, -, @ hoặc ký tự tab nên bảng tính sẽ chạy nó như một công thức. Hãy xoá ký tự đầu đó, hoặc bắt đầu ô bằng dấu nháy đơn (như tệp xuất vẫn làm).',
    required: 'Ô này không được để trống.',
    number: '“{value}” không phải là một số.',
    progress: '“{value}” không phải số phần trăm nguyên từ 0 đến 100.',
    date: '“{value}” không phải ngày viết theo dạng YYYY-MM-DD.',
    slug: '“{value}” không phải mã hợp lệ: chỉ dùng chữ thường, chữ số và dấu gạch ngang.',
    duplicateId: 'Mã “{value}” đã có ở dòng {row}.',
    duplicateAssessment: 'Dòng {row} đã có đánh giá của cùng bên đánh giá, cùng ngày cho cam kết này.',
    archived: 'Cam kết “{value}” đã được lưu trữ; hãy khôi phục trước khi nhập thay đổi.',
    ambiguous: 'Có nhiều bản ghi cùng tên “{value}”; hãy dùng mã (slug) của nó.',
    unknownAgreement: 'Không có văn kiện nào tên “{value}”. Hãy thêm văn kiện trong mục Văn kiện trước.',
    archivedAgreement: 'Văn kiện “{value}” đã được lưu trữ: không thể thêm cam kết mới vào đó.',
    unknownPillar: 'Văn kiện này không có trụ cột nào tên “{value}”.',
    unknownParty:
      '“{value}” không phải bên thực hiện (Việt Nam, Vương quốc Anh, Việt Nam và Vương quốc Anh, ASEAN, ASEAN và Vương quốc Anh).',
    unknownStatus:
      '“{value}” không phải trạng thái (Chưa bắt đầu, Đang thực hiện, Có nguy cơ, Đình trệ, Đã hoàn thành, Đã dừng).',
    unknownAssessor: '“{value}” không phải bên đánh giá (INDEPENDENT, VIET_NAM, UK, JOINT, ASEAN).',
    future: 'Ngày này ở tương lai.',
    beforeAgreement: 'Ngày này trước ngày của văn kiện.',
    sourceRequired: 'Trích dẫn cần có nguồn: hãy điền cột Nguồn.',
    unknownSource: 'Không có nguồn nào tên “{value}”. Hãy thêm nguồn vào văn kiện trước.',
    quoteNotInSource: 'Không tìm thấy nguyên văn trích dẫn này trong “{source}”.',
    reasonRequired: 'Trạng thái thay đổi nên cần có lý do.',
    unknownCommitment: 'Không có cam kết nào có mã “{value}”.',
    url: '“{value}” không phải đường dẫn web (http hoặc https).',
  },
  page: {
    nav: 'Nhập dữ liệu',
    title: 'Nhập cam kết hoặc đánh giá',
    intro:
      'Tải lên tệp xuất cam kết (CSV hoặc XLSX, tiếng Anh hoặc tiếng Việt) để tạo hoặc cập nhật cam kết theo mã, hoặc tệp đánh giá với các cột slug, status, progress, value, assessedOn, assessor, assessorName, reason, evidenceUrl. Bạn sẽ thấy trước từng dòng sẽ làm gì, trước khi có gì được ghi.',
    limits:
      'Tối đa {megabytes} MB, CSV mã hoá UTF-8 (có hoặc không có dấu BOM; phân cách bằng dấu phẩy hoặc chấm phẩy) hoặc XLSX. Các cột Cập nhật gần nhất, Liên kết và Có tranh luận được bỏ qua. Tệp lớn hơn: chạy `npm run import -- tep.csv` trên máy chủ.',
    fileLabel: 'Tệp (CSV hoặc XLSX)',
    upload: 'Tải lên và xem trước',
    noFile: 'Hãy chọn một tệp để tải lên.',
    tooLarge: 'Tệp lớn hơn {megabytes} MB.',
    badUpload: 'Không đọc được tệp tải lên. Hãy thử lại.',
    unknownUpload:
      'Không tìm thấy tệp tải lên này hoặc nó đã hết hạn (tệp được giữ một ngày). Hãy tải lên lại.',
    conflict:
      'Trong lúc đó có người đã sửa một trong các cam kết này: chưa có gì được nhập. Hãy xem lại bản xem trước mới rồi áp dụng lại.',
    unavailable: 'Cơ sở dữ liệu đang bận: chưa có gì được nhập. Hãy thử lại sau giây lát.',
    previewTitle: 'Xem trước “{file}”',
    kind: {
      commitments: 'Tệp xuất cam kết ({language})',
      assessments: 'Tệp đánh giá',
    },
    summary:
      '{rows} dòng: {created} sẽ tạo mới, {updated} sẽ cập nhật, {unchanged} không đổi, {error} có lỗi.',
    appliedSummary: 'Đã nhập lúc {time}: {created} tạo mới, {updated} cập nhật, {unchanged} không đổi.',
    outcome: {
      created: 'Tạo mới',
      updated: 'Cập nhật',
      unchanged: 'Không đổi',
      error: 'Lỗi',
    },
    columns: {
      row: 'Dòng',
      id: 'Mã',
      outcome: 'Kết quả',
      details: 'Vấn đề',
    },
    apply: 'Áp dụng việc nhập',
    applyHint:
      'Mọi dòng được áp dụng cùng lúc trong một bước, hoặc không dòng nào nếu dữ liệu đã thay đổi trong lúc đó.',
    nothingToApply: 'Không có gì thay đổi: mọi dòng đều đã đúng như trong tệp.',
    hasErrors: 'Hãy sửa các dòng có lỗi trong tệp rồi tải lên lại: việc nhập có lỗi sẽ không ghi gì.',
    fileProblem: 'Không thể nhập tệp này',
  },
};
