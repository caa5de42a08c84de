/**
 * Commitments listed under "what changed" in a briefing (page and PDF): a quarter at 10,000
 * commitments may change thousands; the rest are counted and left to the changes page.
 */
export const BRIEFING_CHANGES_SHOWN = 50;
