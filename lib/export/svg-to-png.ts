// SVG → PNG through sharp (librsvg), at 2× with a white background. librsvg finds fonts through
// fontconfig, and a bare machine may have no font with Vietnamese glyphs; so fontconfig is pointed
// at Noto Sans from the @expo-google-fonts/noto-sans npm package (TTF, which librsvg needs) before
// sharp is first loaded. The system's own fonts stay available as fallbacks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const FONT_PACKAGE_DIR = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans');
const FONT_WEIGHTS = ['400Regular', '700Bold', '600SemiBold'];

let sharpModule: Promise<typeof import('sharp')> | undefined;

/** Writes a fontconfig file naming the bundled fonts; returns its path (idempotent). */
export function configureFonts(): string | undefined {
  const dirs = FONT_WEIGHTS.map((weight) => path.join(FONT_PACKAGE_DIR, weight)).filter((dir) =>
    fs.existsSync(dir),
  );
  if (dirs.length === 0) return undefined;
  const configDir = path.join(os.tmpdir(), 'commitment-tracker-fontconfig');
  const configFile = path.join(configDir, 'fonts.conf');
  const xml = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    ...dirs.map((dir) => `  <dir>${dir.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</dir>`),
    '  <dir>/usr/share/fonts</dir>',
    '  <dir>/usr/local/share/fonts</dir>',
    `  <cachedir>${path.join(configDir, 'cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  fs.mkdirSync(configDir, { recursive: true });
  if (!fs.existsSync(configFile) || fs.readFileSync(configFile, 'utf8') !== xml) {
    // Write then rename, so a concurrent reader never sees half a file.
    const temporary = `${configFile}.${process.pid}`;
    fs.writeFileSync(temporary, xml);
    fs.renameSync(temporary, configFile);
  }
  return configFile;
}

function loadSharp(): Promise<typeof import('sharp')> {
  sharpModule ??= (async () => {
    const configFile = configureFonts();
    // fontconfig reads this once, when librsvg first lays out text: it must be set before.
    if (configFile) process.env.FONTCONFIG_FILE = configFile;
    const sharp = await import('sharp');
    // One libvips thread per picture (~10 % slower than one per core): pictures are mostly drawn
    // in the background (lib/http/response-cache.ts) and must leave the other cores to readers.
    sharp.default.concurrency(1);
    return sharp;
  })();
  return sharpModule;
}

export const PNG_SCALE = 2;

/**
 * Renders the SVG at 2× its own size on white, as a palette PNG: charts are a few flat colours and
 * anti-aliased text, so 256 colours (undithered: flat areas stay flat) look the same and the file
 * is about half the size — the bytes every reader and proxy carries — for a slower render that
 * happens once per data version, off the request path.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { default: sharp } = await loadSharp();
  return sharp(Buffer.from(svg, 'utf8'), { density: 72 * PNG_SCALE })
    .flatten({ background: '#ffffff' })
    .png({ palette: true, effort: 1, dither: 0, compressionLevel: 6 })
    .toBuffer();
}
