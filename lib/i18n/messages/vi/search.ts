import type { Messages } from '../../messages';

export const search: Messages['search'] = {
  label: 'Tìm kiếm trong trang theo dõi',
  placeholder: 'Tìm kiếm…',
  submit: 'Tìm',
  title: 'Tìm kiếm',
  titleFor: 'Tìm kiếm: {q}',
  intro:
    'Tìm từ trong các cam kết (tiêu đề, mô tả, trích dẫn và lý do của các đánh giá), nguồn, thỏa thuận và trụ cột, bằng tiếng Anh và tiếng Việt. Không cần gõ dấu và chỉ cần phần đầu của từ: “tieng anh” tìm thấy “tiếng Anh”, “net zero” tìm thấy “net-zero”.',
  resultsFor: 'Kết quả cho “{q}”',
  none: 'Không có kết quả cho “{q}”. Hãy thử ít từ hơn hoặc một cách viết khác.',
  errors: {
    empty: 'Hãy gõ một hoặc nhiều từ để tìm.',
    tooLong: 'Nội dung tìm kiếm quá dài: tối đa {max} ký tự.',
    control: 'Nội dung tìm kiếm có ký tự điều khiển; hãy gõ lại dưới dạng văn bản thường.',
    noWords: 'Nội dung tìm kiếm không có chữ hoặc số nào để tìm.',
    tooManyWords: 'Nội dung tìm kiếm có quá nhiều từ: tối đa {max}.',
    page: 'Số trang phải là số nguyên từ 1 đến {max}.',
  },
  commitments: {
    heading: 'Cam kết',
    count: '{count} cam kết',
    countOne: '1 cam kết',
  },
  sources: { heading: 'Nguồn' },
  agreements: { heading: 'Thỏa thuận' },
  pillars: { heading: 'Trụ cột' },
  groupCount: '{shown} trên {total}',
  matchedIn: {
    text: 'Khớp trong tiêu đề hoặc mô tả',
    quote: 'Khớp trong một trích dẫn từ nguồn',
    reason: 'Khớp trong lý do của một đánh giá',
  },
  pagination: 'Các trang cam kết tìm thấy',
  api: {
    badParameter: 'Tham số {param} không hợp lệ: {message}',
  },
};
