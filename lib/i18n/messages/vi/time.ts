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
