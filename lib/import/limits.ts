// How big an import may be: refused before any parsing (the CLI reads the file's size first, the
// upload route stops reading the body past it).
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
/** Beyond the file itself, what a multipart body may add (boundaries, headers, the form's fields). */
export const IMPORT_MULTIPART_OVERHEAD = 64 * 1024;
