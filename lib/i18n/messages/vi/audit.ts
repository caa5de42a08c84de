// Nhãn của nhật ký kiểm toán: ý nghĩa của từng thao tác và loại đối tượng được ghi lại.
import type { Messages } from '../../messages';

export const audit: Messages['audit'] = {
  actions: {
    'auth-sign-in': 'Đăng nhập',
    'auth-sign-out': 'Đăng xuất',
    'user-create': 'Tạo người dùng',
    'user-disable': 'Vô hiệu hóa người dùng',
    'user-enable': 'Kích hoạt lại người dùng',
    'user-make-editor': 'Chuyển thành biên tập viên',
    'user-make-admin': 'Chuyển thành quản trị viên',
    'user-sign-out': 'Đăng xuất người dùng trên mọi thiết bị',
    'user-change': 'Thay đổi người dùng',
    'user-role': 'Đổi vai trò',
    'token-create': 'Tạo mã truy cập API',
    'commitment-status-update': 'Cập nhật trạng thái',
    'commitment-create': 'Tạo cam kết',
    'commitment-edit': 'Sửa cam kết',
    'commitment-archive': 'Lưu trữ cam kết',
    'commitment-unarchive': 'Khôi phục cam kết',
    'milestone-add': 'Thêm mốc',
    'milestone-edit': 'Sửa mốc',
    'milestone-done': 'Đánh dấu mốc đã hoàn thành',
    'milestone-reopen': 'Mở lại mốc',
    'milestone-remove': 'Xóa mốc',
    'citation-add': 'Thêm trích dẫn',
    'citation-edit': 'Sửa trích dẫn',
    'citation-remove': 'Xóa trích dẫn',
  },
  targets: {
    user: 'Người dùng',
    session: 'Phiên đăng nhập',
    commitment: 'Cam kết',
    milestone: 'Mốc',
    citation: 'Trích dẫn',
  },
};
