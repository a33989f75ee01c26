import type { Fact } from '../facts/fact.js';

/** Markdown with facts interpolated: the source holds a token where each fact goes. */
export interface Markdown {
  readonly kind: 'markdown';
  /** Markdown source; facts appear as `\uE000<n>\uE001` tokens indexing `facts`. */
  readonly source: string;
  readonly facts: readonly Fact[];
}

/** Opening and closing characters of a fact token (Unicode private use: never typed by authors). */
export const TOKEN_OPEN = '\uE000';
export const TOKEN_CLOSE = '\uE001';

/** A value that can be interpolated into prose. Strings and numbers are printed as literal text. */
export type Interpolation = Fact | string | number;

function isFact(value: unknown): value is Fact {
  return typeof value === 'object' && value !== null && 'kind' in value && 'text' in value && 'how' in value;
}

/** Backslash-escape Markdown punctuation so interpolated text stays text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => `\\${c}`);
}

/**
 * Tagged template for prose with live numbers. Each interpolated fact prints its formatted text and
 * links to its provenance in the report.
 *
 * @example
 * md`Kenya has sent **${totalOfficers}** officers in ${contingentCount} contingents.`
 */
export function md(strings: TemplateStringsArray, ...values: Interpolation[]): Markdown {
  const facts: Fact[] = [];
  let source = stripTokens(strings[0] ?? '');
  values.forEach((value, i) => {
    if (isFact(value)) {
      source += `${TOKEN_OPEN}${facts.length}${TOKEN_CLOSE}`;
      facts.push(value);
    } else {
      source += escapeMarkdown(String(value));
    }
    source += stripTokens(strings[i + 1] ?? '');
  });
  return { kind: 'markdown', source, facts };
}

function stripTokens(text: string): string {
  return text.replace(/[\uE000\uE001]/g, '');
}

/** Accept plain strings wherever Markdown is expected. */
export function toMarkdown(text: string | Markdown): Markdown {
  return typeof text === 'string' ? { kind: 'markdown', source: stripTokens(text), facts: [] } : text;
}
