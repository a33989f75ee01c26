/**
 * DejaVu Sans, the theme's font, found among the system's fonts once per process. resvg loading the
 * system's fonts reads every font file on the machine, for every PNG; an SVG set in DejaVu Sans alone
 * can be given just that font's files, which draws the same pixels: resvg would pick those very files.
 */

import { readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The theme's font, and the default of PNGs. */
export const DEJAVU_SANS = 'DejaVu Sans';

/**
 * Characters that every face of DejaVu Sans loaded here draws (checked against the cmaps of its last
 * release, 2.37): Latin, Greek, Cyrillic, general punctuation, common currency signs, arrows and
 * mathematical operators. Any other character may need another font's glyph, which only the
 * system's fonts can supply.
 */
const DEJAVU_TEXT = /^[\t\n\r\x20-\x7e\u00a0-\u024f\u0370-\u0377\u037a-\u037f\u0384-\u038a\u038c\u038e-\u03a1\u03a3-\u03ff\u0400-\u04ff\u2000-\u2064\u20a0-\u20b5\u20b8-\u20ba\u20bd\u2190-\u21ff\u2200-\u22ff]*$/;
/** A `font-family` whose first family is DejaVu Sans, as an attribute or a CSS declaration, quoted or not. */
const DEJAVU_FAMILY = /font-family\s*[=:]\s*["']?\s*(?:&quot;|&#34;|&apos;|&#39;|["'])?DejaVu Sans(?:&quot;|&#34;|&apos;|&#39;|["'])?\s*[,;"'<}]/g;

/**
 * Whether the SVG draws all its text in DejaVu Sans's regular or bold face: every `font-family` names
 * it first, no text asks for a light, italic or condensed face (which would be looked up among the
 * system's fonts), and every character is one DejaVu Sans has. Errs on the side of no.
 */
export function setInDejaVuSans(svg: string): boolean {
  const families = svg.match(/font-family/gi)?.length ?? 0;
  if ((svg.match(DEJAVU_FAMILY)?.length ?? 0) !== families) return false;
  if (/\bfont\s*[=:]|font-stretch|font-style\s*[=:]\s*["']?\s*(?:italic|oblique)|font-weight\s*[=:]\s*["']?\s*(?:[1-3]00\b|lighter)|svg\+xml/i.test(svg)) return false;
  const text = svg.replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) => {
    const point = code.startsWith('x') || code.startsWith('X') ? Number.parseInt(code.slice(1), 16) : Number(code);
    return point <= 0x10ffff ? String.fromCodePoint(point) : '\u{fffd}';
  });
  return DEJAVU_TEXT.test(text);
}

/** Where resvg (fontdb) looks for the system's fonts. */
function systemFontDirs(): string[] {
  const home = homedir();
  if (process.platform === 'win32') return [join(process.env['WINDIR'] ?? 'C:\\Windows', 'Fonts'), join(home, 'AppData', 'Local', 'Microsoft', 'Windows', 'Fonts')];
  if (process.platform === 'darwin') return ['/Library/Fonts', '/System/Library/Fonts', '/Network/Library/Fonts', join(home, 'Library', 'Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', join(home, '.fonts'), join(home, '.local', 'share', 'fonts')];
}

/** DejaVu Sans's regular and bold faces, named as DejaVu names them on every system that ships it. */
const DEJAVU_FACES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

/** Every file under `dir` named one of `names`, by name. */
function findFiles(dir: string, names: ReadonlySet<string>, found: Map<string, string[]> = new Map()): Map<string, string[]> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) findFiles(path, names, found);
    else if (names.has(entry.name)) found.set(entry.name, [...(found.get(entry.name) ?? []), path]);
  }
  return found;
}

let dejaVuSans: { files: string[] | undefined } | undefined;

/**
 * The files of DejaVu Sans's regular and bold faces among the system's fonts, or `undefined` when
 * either is missing or found twice (resvg might then pick the other copy). Searched once per process:
 * the search reads every font folder, which is what this saves each PNG from.
 */
export function dejaVuSansFiles(): string[] | undefined {
  if (dejaVuSans === undefined) {
    const found = new Map<string, string[]>();
    for (const dir of systemFontDirs()) findFiles(dir, new Set(DEJAVU_FACES), found);
    const files = DEJAVU_FACES.map((name) => found.get(name) ?? []);
    dejaVuSans = { files: files.every((paths) => paths.length === 1) ? files.flat() : undefined };
  }
  return dejaVuSans.files;
}
