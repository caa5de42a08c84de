// Câu trả lời ngắn cho các yêu cầu bị từ chối trước khi trang chạy (lib/http/).
import type { Messages } from '../../messages';

export const http: Messages['http'] = {
  badPath: 'Địa chỉ này không hợp lệ: có mã hoá phần trăm sai.',
  methodNotAllowed: 'Phương thức này không được phép ở đây.',
  badOrigin: 'Bị từ chối: biểu mẫu được gửi kèm tiêu đề Origin không phải là địa chỉ web.',
  crossOrigin: 'Bị từ chối: biểu mẫu được gửi từ một trang web khác.',
  lengthRequired: 'Bị từ chối: biểu mẫu gửi đi phải ghi rõ độ dài.',
  tooLarge: 'Bị từ chối: biểu mẫu gửi đi không được lớn hơn {max}.',
  unsupportedType: 'Bị từ chối: không thể gửi biểu mẫu dưới dạng {type}.',
  malformedBody: 'Bị từ chối: không đọc được nội dung biểu mẫu gửi đi.',
};
