import { ReportError } from '../errors.js';
import type { Dataset, Source } from '../data/dataset.js';
import { INVALID, parseDay } from '../data/coerce.js';
import type { Fact } from '../facts/fact.js';
import type { Claim } from '../checks/claim.js';
import type { Cell } from './cells.js';
import * as msg from '../messages/report.js';

/** What a report module declares. */
export interface ReportDefinition {
  /** Folder name of the output (`out/<slug>/`): lower-case letters, digits, hyphens. */
  slug: string;
  title: string;
  /** The standfirst under the title. */
  dek?: string;
  byline?: string;
  /** Publication date (ISO day). The only date printed: builds are reproducible. */
  date?: string;
  /** BCP 47 locale for numbers and dates (default "en-US"). */
  locale?: string;
  /** Where the story's data comes from, listed at the foot of the report. */
  sources?: readonly Source[];
  /** Datasets offered as downloads (`data/<name>.csv`). Datasets shown in table cells are added. */
  datasets?: readonly Dataset[];
  /** Facts by name: the names become their ids in `facts.json` and their anchors in the page. */
  facts?: Readonly<Record<string, Fact>>;
  /** The text of the story being checked; claims are located in it and it is shown annotated. */
  article?: string;
  /** The story's claims to check (see `claim`, `claimSum`, …); shown in a fact-check cell. */
  claims?: readonly Claim[];
  /** The cells, in reading order. */
  cells: readonly Cell[];
}

/** A validated report. */
export interface Report extends ReportDefinition {
  readonly kind: 'report';
  locale: string;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;
const CELL_ID = /^[A-Za-z][\w-]{0,80}$/;

/**
 * Declare a report. The default export of a report module.
 *
 * @example
 * export default defineReport({
 *   slug: 'my-story', title: 'My story',
 *   cells: [prose('lede', md`We counted ${total} things.`)],
 * });
 */
export function defineReport(definition: ReportDefinition): Report {
  const { slug, title, cells, date, locale = 'en-US' } = definition;
  const name = typeof slug === 'string' && slug ? slug : '(unnamed)';
  if (typeof slug !== 'string' || !SLUG.test(slug)) throw new ReportError(name, msg.badSlug(String(slug)), { hint: msg.badSlugHint() });
  if (!title) throw new ReportError(slug, msg.missingTitle());
  // parseDay, not Date.parse: V8 reads "2024-02-30" as March 1 and the page would print that.
  if (date !== undefined && (typeof date !== 'string' || parseDay(date) === INVALID)) throw new ReportError(slug, msg.badDate(String(date)));
  // Checked here, not where Intl first meets it mid-build: a bad tag would surface as a RangeError.
  if (!isLocale(locale)) throw new ReportError(slug, msg.badLocale(String(locale)));
  if (!Array.isArray(cells) || cells.length === 0) throw new ReportError(slug, msg.noCells());
  const seen = new Set<string>();
  for (const cell of cells) {
    if (!CELL_ID.test(cell.id)) throw new ReportError(slug, msg.badCellId(cell.id), { cellId: cell.id });
    if (seen.has(cell.id)) throw new ReportError(slug, msg.duplicateCellId(cell.id), { cellId: cell.id, hint: msg.duplicateCellIdHint() });
    seen.add(cell.id);
  }
  return { ...definition, kind: 'report', locale };
}

function isLocale(locale: unknown): boolean {
  try {
    return typeof locale === 'string' && Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
}

/** True when a module's default export is a report made by `defineReport`. */
export function isReport(value: unknown): value is Report {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'report';
}
