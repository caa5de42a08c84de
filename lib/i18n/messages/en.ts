// English interface text: the reference catalog, one file per feature under en/. vi.ts must have
// exactly the same keys (typed, and tested). `{name}` placeholders are filled by t(key, { name }).
import { common } from './en/common';
import { dashboard } from './en/dashboard';
import { admin } from './en/admin';
import { editor } from './en/editor';
import { exportText } from './en/export';

export const en = { common, dashboard, editor, admin, export: exportText } as const;
