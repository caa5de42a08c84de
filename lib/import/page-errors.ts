// What the import routes tell the admin page after a redirect (?error=…): a fixed set of codes, so
// a query string can never put arbitrary text on the page.
export const IMPORT_PAGE_ERRORS = [
  'noFile',
  'tooLarge',
  'badUpload',
  'unknownUpload',
  'conflict',
  'unavailable',
  'hasErrors',
] as const;
export type ImportPageError = (typeof IMPORT_PAGE_ERRORS)[number];

export function importPageError(value: string | string[] | undefined): ImportPageError | null {
  return IMPORT_PAGE_ERRORS.find((code) => code === value) ?? null;
}
