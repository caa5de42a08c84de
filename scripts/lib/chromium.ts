// Which Chromium the browser tests use, decided once by scripts/test.ts and handed to Playwright
// through CHROMIUM_PATH / CHROMIUM_ARGS. A system Chromium (CHROMIUM_PATH, else Debian's
// /usr/bin/chromium) wins when it really starts; otherwise the one shipped inside the
// @sparticuz/chromium npm package, so `npm install && npm test` needs nothing from apt.
import fs from 'node:fs';
import { chromium as playwrightChromium } from '@playwright/test';

export interface ResolvedChromium {
  executablePath: string;
  args: string[];
  source: 'system' | 'npm';
}

/** Flags for a system Chromium in a container (no GPU, no sandbox as root, no background calls). */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

// @sparticuz/chromium's list is made for scraping in AWS Lambda and switches off the same-origin
// policy and mixed-content blocking; the tests must see the browser's real security behaviour.
// It also runs everything in one process, where closing one test's browser context takes the
// whole browser down with it (every other test then fails at newPage).
const DROPPED_FLAGS = new Set([
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
  '--single-process',
]);

async function launches(executablePath: string, args: string[]): Promise<boolean> {
  if (!fs.existsSync(executablePath)) return false;
  try {
    const browser = await playwrightChromium.launch({ executablePath, args, timeout: 30_000 });
    await browser.close();
    return true;
  } catch {
    return false;
  }
}

/** The browser to test with, or an error sentence saying why there is none. */
export async function resolveChromium(
  say: (line: string) => void,
): Promise<ResolvedChromium | { error: string }> {
  const systemPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (await launches(systemPath, SYSTEM_CHROMIUM_ARGS)) {
    return { executablePath: systemPath, args: SYSTEM_CHROMIUM_ARGS, source: 'system' };
  }
  say(`no working Chromium at ${systemPath}; using the one from the @sparticuz/chromium package…`);
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    // Unpacks the compressed browser into /tmp (once; later calls reuse it).
    const executablePath = await packaged.executablePath();
    const args = packaged.args.filter((flag) => !DROPPED_FLAGS.has(flag));
    if (await launches(executablePath, args)) return { executablePath, args, source: 'npm' };
    return { error: `the Chromium unpacked from @sparticuz/chromium (${executablePath}) did not start` };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `no Chromium could be found or unpacked (${reason})` };
  }
}
