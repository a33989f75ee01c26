/**
 * Message catalogue for charts: the errors and warnings the chart stage raises, and the words of the
 * alt text it generates ("Bar chart of officers by contingent: …").
 */

const q = (text: string) => JSON.stringify(text);

// Errors.

export const missingField = (chart: string, field: string, available: readonly string[]) =>
  `the ${chart} chart draws field ${q(field)}, which the data does not have (its fields: ${available.map(q).join(', ') || 'none'})`;
export const missingFieldHint = () => 'Check the spelling of the field, or derive the column before charting.';
export const badAnnotationDate = (label: string, date: string) => `the annotation ${q(label)} has no valid date (got ${q(date)})`;
export const badAnnotationDateHint = () => 'Give annotation dates as ISO days ("2024-06-24"), Date objects at UTC midnight, or epoch milliseconds.';
export const animatedFooter = () => 'an animated spec (one with a `time` channel) cannot take a source line: Vega-Lite animates only top-level views';
export const animatedFooterHint = () => 'Leave out `source` and credit the data in the caption around the chart.';
export const compileFailed = (reason: string) => `the Vega-Lite spec does not compile: ${reason}`;
export const compileFailedHint = () =>
  'Check the spec against the Vega-Lite documentation (https://vega.github.io/vega-lite/docs/); try it in the Vega editor (https://vega.github.io/editor/) to see where it breaks.';
export const renderFailed = (reason: string) => `the chart does not render: ${reason}`;
export const renderFailedHint = () =>
  'A field, expression or transform is probably wrong; the Vega editor (https://vega.github.io/editor/) shows the dataflow and its errors.';
export const loadFailed = (reason: string) => `its data could not be loaded: ${reason}`;
export const loadFailedHint = () =>
  'Inline the data as `values`, or pass renderSVG a `loader` whose baseURL resolves the data URL (vega.loader({baseURL, mode: "file"})).';
export const widthIgnored = (width: number) =>
  `width ${width} was not applied: the spec is not a single view (or a chart framed by copydesk)`;
export const notPositive = (name: string, value: number) => `${name} must be a positive number of pixels, got ${value}`;

// Alt text.

export const barAlt = (measure: string, category: string | undefined, items: string) =>
  `Bar chart of ${measure}${category !== undefined ? ` by ${category}` : ''}: ${items}.`;
const MARK_NAMES: Readonly<Record<string, string>> = {
  line: 'Line', step: 'Step', point: 'Dot', circle: 'Dot', square: 'Dot', area: 'Area', bar: 'Bar', tick: 'Tick', rect: 'Heat-map',
};
const markName = (mark: string) => MARK_NAMES[mark] ?? 'A';
export const timeAlt = (mark: string, measure: string, from: string, to: string, trend: string) =>
  `${markName(mark)} chart of ${measure} over time from ${from} to ${to}${trend}.`;
export const seriesAlt = (count: number, names: string) => ` (${count} series: ${names})`;
export const trendAlt = (direction: 'rising' | 'falling' | 'flat', first: string, last: string) =>
  direction === 'flat' ? `, flat at ${first}` : `, ${direction} from ${first} to ${last}`;
export const annotationsAlt = (items: string) => ` Marked: ${items}.`;
export const genericAlt = (mark: string, y: string, x: string) => `${markName(mark)} chart of ${y} against ${x}.`;
export const titledAlt = (title: string) => `Chart: ${title}.`;
export const andMore = (count: number) => `and ${count} more`;
export const noData = () => 'no data';

// PNGs.

export const pngRendererCrashed = ({ code, signal, panic }: { code: number | null; signal: string | null; panic: string | undefined }) =>
  `the PNG renderer crashed (${signal !== null ? `signal ${signal}` : `exit code ${code}`})${panic !== undefined ? `: resvg ${panic}` : ''}`;
export const pngRendererCrashedHint = () =>
  'resvg crashes on some SVGs (a bug in resvg, not in the chart). One known trigger: a semi-transparent or clipped mark lying wholly outside the picture (a point outside a fixed scale domain, say); filter such rows out or widen the domain, or report the SVG to resvg-js (https://github.com/thx/resvg-js/issues).';
export const pngRendererNotStarted = (reason: string) => `the PNG renderer (resvg, in a process of its own) could not start: ${reason}`;
