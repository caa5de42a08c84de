import type { Messages } from '../../messages';

export const api: Messages['api'] = {
  errors: {
    crossSite: 'Không chấp nhận yêu cầu từ trang web khác.',
    contentType: 'Hãy gửi nội dung dạng application/json.',
    tooLarge: 'Nội dung lớn hơn {bytes} byte.',
    notJson: 'Nội dung không phải JSON hợp lệ.',
    notObject: 'Nội dung phải là một đối tượng JSON.',
    multipart: 'Hãy gửi tệp dạng multipart/form-data trong trường tên “file”.',
    unavailable:
      'Cơ sở dữ liệu đang bận hoặc không truy cập được; chưa có gì được lưu. Vui lòng thử lại sau giây lát.',
    unauthenticated: 'Hãy đăng nhập hoặc gửi mã API (Authorization: Bearer …).',
    forbidden: 'Tài khoản này không được phép thực hiện thao tác này.',
    throttled: 'Có quá nhiều yêu cầu bị từ chối từ địa chỉ của bạn; vui lòng thử lại sau.',
    notFound: 'Không có {subject} “{id}”.',
    invalid: 'Một số trường không hợp lệ.',
    conflict:
      'Đã có người lưu thay đổi trước: {subject} hiện ở phiên bản {version}. Nếu thay đổi của bạn vẫn phù hợp, hãy gửi lại với phiên bản đó.',
  },
  subjects: {
    commitment: 'cam kết',
  },
};
