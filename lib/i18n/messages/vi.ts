// Vietnamese interface text, typed against the English catalog so a missing key fails typecheck.
import type { Messages } from '../messages';
import { common } from './vi/common';

export const vi: Messages = { common };
