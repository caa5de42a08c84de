// Thông báo cho các bộ lọc trên địa chỉ không hiểu được. Tên tham số giữ nguyên như trên URL.
import type { Messages } from '../../messages';

export const filters: Messages['filters'] = {
  errors: {
    slug: 'phải là mã (chữ thường không dấu, chữ số và dấu gạch ngang)',
    dateFormat: 'phải là ngày viết theo dạng YYYY-MM-DD',
    dateReal: 'không phải là một ngày có thật',
    dateRange: 'phải nằm trong khoảng 1900-01-01 đến 9999-12-31',
    unknownStatus: 'không có trạng thái “{value}”',
    unknownParty: 'không có bên thực hiện “{value}”',
    tooLong: 'dài quá {max} ký tự',
    wholeNumber: 'phải là số nguyên',
    atLeastOne: 'phải từ 1 trở lên',
    tooLarge: 'không được lớn hơn {max}',
    sort: 'phải là một trong các giá trị: {values}',
    rangeOrder: 'sớm hơn ngày bắt đầu của khoảng thời hạn',
    lang: 'phải là en hoặc vi',
    unknownAgreement: 'không có văn kiện “{value}”',
    unknownPillar: 'không có trụ cột “{value}”',
    unknownPillarInAgreement: 'không có trụ cột “{value}” trong văn kiện này',
    commitmentSlug: 'phải là mã cam kết (chữ thường không dấu, chữ số, dấu gạch ngang)',
    download: 'phải là 1 hoặc bỏ trống',
    contested: 'phải là 1 (chỉ các cam kết mà các bên không thống nhất) hoặc 0 (chỉ các cam kết còn lại)',
    invalid: 'không hợp lệ',
    asOfTooEarly: 'phải từ ngày 2000-01-01 trở đi',
    asOfFuture: 'không được sau ngày hôm nay',
    asOfWithSnapshot: 'không dùng cùng với snapshot (bản chụp đã có ngày riêng)',
    dateOrSnapshot: 'phải là ngày dạng YYYY-MM-DD hoặc mã của một bản chụp',
    fromRequired: 'là bắt buộc (ngày dạng YYYY-MM-DD hoặc mã bản chụp)',
    fromAfterTo: 'nằm sau to',
    unknownSnapshot: 'không có bản chụp “{value}”',
  },
};
