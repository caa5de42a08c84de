import type { dashboardError as en } from '../en/dashboard-error';

type Widen<T> = { -readonly [K in keyof T]: string };

export const dashboardError: Widen<typeof en> = {
  title: 'Đã xảy ra lỗi',
  body: 'Không thể hiển thị trang này. Đây không phải lỗi của bạn; vui lòng thử lại sau giây lát.',
  retry: 'Thử lại',
  home: 'Về trang tổng quan',
};
