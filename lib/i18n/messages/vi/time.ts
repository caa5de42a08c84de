// Theo dõi tại một ngày trong quá khứ: dải thông báo, bộ chọn ngày, bản chụp.
import type { Messages } from '../../messages';

export const time: Messages['time'] = {
  banner: {
    viewing: 'Đang xem ngày {date}',
    viewingSnapshot: 'Đang xem bản chụp “{name}”, như đã ghi nhận ngày {date}',
    back: 'quay về hôm nay',
    note: 'Mỗi đánh giá hiển thị là đánh giá có hiệu lực vào ngày đó, theo thông tin hiện có.',
    snapshotNote:
      'Chỉ tính những gì đã được ghi nhận khi tạo bản chụp; các chỉnh sửa sau đó không làm thay đổi nó.',
  },
  picker: {
    label: 'Xem tình hình vào một ngày trước đây',
    submit: 'Xem',
    hint: 'Từ ngày 1/1/2000 đến hôm nay.',
  },
  errors: {
    title: 'Không dùng được ngày này, nên số liệu hôm nay được hiển thị:',
  },
  trends: {
    description:
      'Số cam kết ở mỗi trạng thái vào cuối mỗi tháng kể từ ngày của văn kiện (thanh cuối là ngày đang xem), theo thông tin hiện có.',
    month: 'Cuối tháng',
  },
  changes: {
    title: 'Những gì đã thay đổi',
    intro:
      'Mọi cam kết có trạng thái chính, tiến độ hoặc giá trị khác nhau giữa hai ngày (hoặc kể từ một bản chụp), cùng các đánh giá ở giữa.',
    from: 'Từ (ngày hoặc bản chụp)',
    to: 'Đến',
    submit: 'So sánh',
    fromHint: 'Ngày dạng YYYY-MM-DD, hoặc mã của một bản chụp trên trang bản chụp.',
    period: 'Từ {from} đến {to}',
    changed: 'Đã thay đổi',
    movedTo: 'Chuyển sang {status}',
    newlyContested: 'Mới có ý kiến khác nhau',
    deadlinesPassed: 'Đã quá hạn',
    ofTotal: '{count} trên {total} cam kết',
    none: 'Không có gì thay đổi trong giai đoạn này.',
    new: 'Mới trong giai đoạn này',
    contestedFlag: 'nay có ý kiến khác nhau',
    deadlineFlag: 'đã qua hạn {date}',
    assessments: 'Các đánh giá ở giữa',
    noAssessments: 'Không có đánh giá nào ở giữa (thay đổi đến từ hai mốc của giai đoạn).',
    evidence: 'Bằng chứng',
    recorded: 'ghi nhận ngày {date} bởi {name}',
    download: 'Tải về: {csv} · {json}',
    pickFrom: 'Chọn ngày bắt đầu hoặc bản chụp để xem những gì đã thay đổi.',
    unknownAgreement: 'Không có văn kiện “{value}”.',
    fromAfterTo: 'Ngày bắt đầu nằm sau ngày kết thúc: hãy đổi chỗ hai ngày.',
    columns: {
      fromStatus: 'Trạng thái lúc đầu',
      toStatus: 'Trạng thái lúc cuối',
      fromProgress: 'Tiến độ lúc đầu (%)',
      toProgress: 'Tiến độ lúc cuối (%)',
      fromValue: 'Giá trị lúc đầu',
      toValue: 'Giá trị lúc cuối',
      newlyContested: 'Mới có ý kiến khác nhau',
      deadlinePassed: 'Đã quá hạn',
      assessments: 'Các đánh giá ở giữa',
    },
  },
  snapshots: {
    title: 'Bản chụp',
    nav: 'Bản chụp',
    intro:
      'Bản chụp giữ nguyên tình hình theo dõi như đã được ghi nhận tại một thời điểm. Các trang, biểu đồ và tệp tải về của nó không bao giờ thay đổi sau đó, kể cả khi có đánh giá ghi lùi ngày, nên số liệu trích trong báo cáo luôn kiểm tra lại được.',
    empty: 'Chưa có bản chụp nào.',
    name: 'Tên',
    taken: 'Thời điểm chụp',
    asOf: 'Tính đến',
    by: 'Người tạo',
    adminTitle: 'Tạo bản chụp',
    adminIntro: 'Giữ nguyên những gì đã ghi nhận đến lúc này, với một tên mà người đọc sẽ thấy.',
    create: 'Tạo bản chụp',
    created: 'Đã tạo bản chụp “{name}”:',
    errors: {
      forbidden: 'Chỉ quản trị viên đã đăng nhập mới được tạo bản chụp.',
      invalid: 'Không tạo được bản chụp.',
      nameRequired: 'Hãy đặt tên cho bản chụp.',
      nameTooLong: 'Tên dài tối đa 120 ký tự.',
      namePlain: 'Tên phải là văn bản thuần.',
      taken: 'Vừa có bản chụp trùng tên; hãy chọn tên khác.',
    },
  },
};
