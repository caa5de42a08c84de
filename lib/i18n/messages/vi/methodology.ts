import type { Messages } from '../../messages';

export const methodology: Messages['methodology'] = {
  nav: 'Phương pháp',
  adminNav: 'Định nghĩa trạng thái',
  page: {
    title: 'Cách xác định trạng thái',
    intro:
      'Ý nghĩa của từng trạng thái, trạng thái chính của một cam kết là đánh giá của ai, tiến độ được đánh giá thế nào và khi nào một cam kết được coi là có tranh cãi. Các định nghĩa trạng thái có phiên bản: mỗi đánh giá ghi lại phiên bản có hiệu lực khi nó được đưa ra.',
    definitionsTitle: 'Định nghĩa trạng thái',
    versionLine: 'Phiên bản {version}, công bố ngày {date}',
    versionLineInitial: 'Phiên bản {version}',
    olderVersion: 'Bạn đang đọc phiên bản {version}, đã được thay thế.',
    currentLink: 'Đọc phiên bản hiện hành ({version})',
    note: 'Thay đổi: {note}',
    headlineTitle: 'Trạng thái chính',
    headlineExtra:
      'Trạng thái chính là trạng thái được dùng cho số liệu, bộ lọc, biểu đồ và dữ liệu xuất. Đánh giá hiện tại của mỗi bên là đánh giá có ngày “tính đến” muộn nhất (nếu trùng ngày, lấy đánh giá được ghi nhận sau cùng).',
    assessorsTitle: 'Các bên đánh giá',
    assessorsIntro: 'Mỗi đánh giá đều ghi rõ là của ai:',
    assessorCode: 'mã {code}',
    contestedTitle: 'Có tranh cãi',
    paceTitle: 'Tiến độ',
    paceIntro:
      'Tiến độ được tính cho các cam kết có mục tiêu định lượng hoặc có mốc, không tính cho cam kết định tính hoặc đã dừng. Tiến độ kỳ vọng là phần thời gian đã trôi qua, tính từ ngày bắt đầu (ngày của số liệu cơ sở, nếu không có thì ngày của hiệp định) đến thời hạn.',
    paceRule: {
      ON_TRACK:
        'tiến độ thực tế thấp hơn tiến độ kỳ vọng không quá {margin} điểm, hoặc cam kết đã hoàn thành.',
      BEHIND:
        'tiến độ thực tế thấp hơn tiến độ kỳ vọng hơn {margin} điểm, hoặc có một mốc đã quá hạn mà chưa xong.',
      OVERDUE: 'đã quá thời hạn mà cam kết chưa hoàn thành.',
      NO_DEADLINE: 'các nguồn không nêu thời hạn cụ thể, nên không thể đánh giá tiến độ.',
      UNMEASURED:
        'chưa có số liệu tiến độ nào được ghi nhận (hoặc không có ngày bắt đầu), nên chưa thể đánh giá tiến độ.',
    },
    versionsTitle: 'Các phiên bản',
    versionItem: 'Phiên bản {version}',
    current: 'hiện hành',
    noNote: 'Không có ghi chú.',
  },
  admin: {
    title: 'Định nghĩa trạng thái',
    intro:
      'Công bố sẽ tạo một phiên bản định nghĩa mới; trang phương pháp công khai và mọi phần giải thích trạng thái hiển thị ngay phiên bản này, và các đánh giá ghi nhận từ đó mang số phiên bản của nó. Các phiên bản trước vẫn xem được.',
    basedOn: 'Đang sửa phiên bản {version}',
    english: '{status} — tiếng Anh',
    vietnamese: '{status} — tiếng Việt',
    noteEn: 'Thay đổi gì — tiếng Anh (không bắt buộc)',
    noteVi: 'Thay đổi gì — tiếng Việt (không bắt buộc)',
    noteHint: 'Hiển thị trong danh sách phiên bản.',
    submit: 'Công bố phiên bản mới',
    submitting: 'Đang công bố…',
    published: 'Đã công bố phiên bản {version}.',
    fixErrors: 'Chưa công bố: hãy sửa các trường được đánh dấu bên dưới.',
    conflictTitle: 'Người khác đã công bố trước',
    conflictBody:
      'Phiên bản {version} đã được công bố trong khi bạn đang sửa. Biểu mẫu nay hiển thị phiên bản {version}; nội dung của bạn nằm ở cột bên phải dưới đây — hãy chép lại phần bạn vẫn muốn giữ rồi công bố lại.',
    field: 'Định nghĩa',
    theirs: 'Phiên bản {version}',
    yours: 'Nội dung của bạn',
    unauthenticated: 'Phiên đăng nhập đã hết. Hãy đăng nhập lại; chưa có gì được công bố.',
    forbidden: 'Chỉ quản trị viên mới được công bố định nghĩa trạng thái.',
    notFound: 'Không có định nghĩa trạng thái nào để dựa vào. Hãy tải lại trang.',
    viewPublic: 'Xem trang phương pháp công khai',
  },
  errors: {
    invalid: 'Giá trị này không hợp lệ.',
    definitionRequired: 'Hãy viết định nghĩa (không được để trống).',
    definitionTooLong: 'Định nghĩa dài tối đa 1.000 ký tự.',
    noteTooLong: 'Ghi chú dài tối đa 500 ký tự.',
    controlCharacters: 'Hãy bỏ các ký tự điều khiển ẩn.',
    markup: 'Hãy dùng văn bản thuần, không có thẻ HTML.',
    basedOn: 'Biểu mẫu không cho biết nó bắt đầu từ phiên bản nào. Hãy tải lại trang.',
    unchanged: 'Không có gì thay đổi: hãy sửa ít nhất một định nghĩa trước khi công bố.',
    unavailable: 'Cơ sở dữ liệu không phản hồi; chưa có gì được công bố. Hãy thử lại sau giây lát.',
  },
};
