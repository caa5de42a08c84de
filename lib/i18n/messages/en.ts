// English interface text: the reference catalog, one file per feature under en/. vi.ts must have
// exactly the same keys (typed, and tested). `{name}` placeholders are filled by t(key, { name }).
import { common } from './en/common';
import { dashboard } from './en/dashboard';
import { admin } from './en/admin';
import { adminContent } from './en/admin-content';
import { editor } from './en/editor';
import { exportText } from './en/export';
import { filters } from './en/filters';
import { content } from './en/content';
import { audit } from './en/audit';
import { api } from './en/api';
import { assessment } from './en/assessment';
import { methodology } from './en/methodology';
import { http } from './en/http';
import { search } from './en/search';
import { authoring } from './en/authoring';
import { feeds } from './en/feeds';
import { importText } from './en/import';
import { time } from './en/time';

export const en = {
  common,
  dashboard,
  editor,
  admin,
  adminContent,
  export: exportText,
  filters,
  content,
  audit,
  api,
  assessment,
  methodology,
  http,
  search,
  authoring,
  feeds,
  import: importText,
  time,
} as const;
