import type { Messages } from '../../messages';

export const common: Messages['common'] = {
  app: {
    name: 'Theo dõi Cam kết',
    tagline: 'Các chính phủ đã cam kết với nhau những gì, và họ có đang thực hiện không',
    skipToContent: 'Chuyển đến nội dung',
    language: 'Ngôn ngữ',
    switchTo: 'English',
    footer: 'Trạng thái do biên tập viên có tên cập nhật; mỗi thay đổi đều lưu lý do và bằng chứng.',
  },
  nav: {
    overview: 'Tổng quan',
    commitments: 'Cam kết',
    signIn: 'Đăng nhập',
    signOut: 'Đăng xuất',
  },
  status: {
    NOT_STARTED: { label: 'Chưa bắt đầu', definition: 'Chưa có dấu hiệu công khai nào về việc triển khai.' },
    IN_PROGRESS: { label: 'Đang thực hiện', definition: 'Đang được triển khai và đúng hướng.' },
    AT_RISK: {
      label: 'Có nguy cơ',
      definition: 'Đang triển khai nhưng có khả năng không đạt mục tiêu hoặc thời hạn.',
    },
    STALLED: { label: 'Đình trệ', definition: 'Đã bắt đầu nhưng lâu không có tiến triển.' },
    ACHIEVED: { label: 'Đã hoàn thành', definition: 'Đã thực hiện đúng như cam kết.' },
    DISCONTINUED: { label: 'Đã dừng', definition: 'Bị hủy bỏ hoặc thay thế; không còn được theo đuổi.' },
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Không có trang nào ở địa chỉ này. Trang có thể đã được đổi tên hoặc xóa.',
    back: 'Về trang tổng quan',
  },
  unavailable: {
    title: 'Tạm thời không truy cập được',
    body: 'Hệ thống hiện không kết nối được với cơ sở dữ liệu. Vui lòng thử lại sau giây lát.',
    retry: 'Thử lại',
  },
};
