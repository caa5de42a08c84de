// Where to send a browser after sign-in. Pure (no server imports): the login page's server redirect
// and the login form's client navigation use the very same check.
//
// Browsers forgive a lot in a URL: they drop tabs and newlines anywhere, trim leading and trailing
// control characters and spaces, read "\" as "/", and a "//host" path is another site. A value
// that looks like a path can therefore still leave the site ("/\t/evil.example" is
// "//evil.example"), and one more decoding step by anyone on the way can turn "%2F%2F" into "//".
// So every decoded layer must be a same-origin path, and what we return is the URL parser's own
// normalised form of it.

const BASE = 'http://same-origin.invalid';
const MAX_LENGTH = 2048;
/** Enough for any honest value (next-auth and our own pages encode once); more is an attack. */
const MAX_DECODE_ROUNDS = 4;

// What the WHATWG URL parser ignores or trims, and what it reads as a slash.
const STRIPPED_ANYWHERE = /[\t\n\r]/g;
const TRIMMED = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

function looksLikeSamePath(layer: string): boolean {
  const normalised = layer.replace(STRIPPED_ANYWHERE, '').replace(TRIMMED, '').replace(/\\/g, '/');
  return normalised.startsWith('/') && !normalised.startsWith('//');
}

/** A path on this site to go to after sign-in: the value when it is one, otherwise `/<locale>`. */
export function safeCallbackPath(raw: unknown, locale: string): string {
  const fallback = `/${locale}`;
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return fallback;

  let layer = raw;
  for (let round = 0; ; round += 1) {
    if (!looksLikeSamePath(layer)) return fallback;
    if (!layer.includes('%')) break;
    if (round === MAX_DECODE_ROUNDS) return fallback;
    try {
      const decoded = decodeURIComponent(layer);
      if (decoded === layer) break;
      layer = decoded;
    } catch {
      return fallback; // malformed percent-encoding: not a path we wrote
    }
  }

  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The parser can still produce "//x" from "/.//x"; a Location of "//x" is another site.
  return looksLikeSamePath(path) && !path.includes('\\') ? path : fallback;
}
