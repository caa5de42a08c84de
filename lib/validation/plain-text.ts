// What every free-text field refuses: control characters other than tab and line breaks, and
// markup (anything stored is rendered as text anyway; refusing it keeps exports clean).
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/u;
export const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>/i;
