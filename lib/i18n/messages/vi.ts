// Vietnamese interface text, typed against the English catalog so a missing key fails typecheck.
import type { Messages } from '../messages';
import { common } from './vi/common';
import { dashboard } from './vi/dashboard';
import { admin } from './vi/admin';
import { adminContent } from './vi/admin-content';
import { editor } from './vi/editor';
import { exportText } from './vi/export';
import { filters } from './vi/filters';
import { content } from './vi/content';
import { audit } from './vi/audit';
import { api } from './vi/api';
import { assessment } from './vi/assessment';
import { methodology } from './vi/methodology';
import { http } from './vi/http';
import { search } from './vi/search';
import { authoring } from './vi/authoring';
import { feeds } from './vi/feeds';
import { importText } from './vi/import';
import { time } from './vi/time';

export const vi: Messages = {
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
};
