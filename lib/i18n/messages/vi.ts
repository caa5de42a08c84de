// Vietnamese interface text, typed against the English catalog so a missing key fails typecheck.
import type { Messages } from '../messages';
import { common } from './vi/common';
import { dashboard } from './vi/dashboard';
import { admin } from './vi/admin';
import { editor } from './vi/editor';
import { exportText } from './vi/export';

export const vi: Messages = { common, dashboard, editor, admin, export: exportText };
