// English interface text: the reference catalog, one file per feature under en/. vi.ts must have
// exactly the same keys (typed, and tested). `{name}` placeholders are filled by t(key, { name }).
import { common } from './en/common';

export const en = { common } as const;
