// Dấu hiệu hiển thị sau nội dung chưa được dịch sang ngôn ngữ của người đọc.
import type { Messages } from '../../messages';

export const content: Messages['content'] = {
  fallback: '({language}, chưa được dịch)',
};
