/**
 * One view for a chart framed and unframed. A report draws each chart twice over: in its frame
 * (headline, subtitle, source line: the report's SVG and its PNGs) and without it (the embed
 * drawings, whose page prints the frame as HTML). Both come from one view when the frame's titles
 * are switched by a parameter: on, the titles as the frame sets them; off, no text and no room
 * taken (no font size, no offset), which Vega lays out exactly as a spec without them, less the
 * empty title groups it still writes into the SVG (see {@link withoutEmptyTitles}).
 */

import type { TopLevelSpec } from 'vega-lite';
import { asSpec, isRecord } from './spec-units.js';

/** The parameter that shows (`true`, its value in the spec) or hides a chart's frame. */
export const FRAME_PARAM = 'copydesk_frame';

/** Title properties that make room for a title; off, each is 0. */
const ROOM = ['fontSize', 'offset', 'lineHeight', 'dy'] as const;
/** The same, for a title's subtitle. */
const SUBTITLE_ROOM = ['subtitleFontSize', 'subtitlePadding', 'subtitleLineHeight'] as const;
/** Of those, the ones a title always has: when neither the title nor the config sets one, its default is not known here. */
const REQUIRED: readonly string[] = ['fontSize', 'offset', 'subtitleFontSize', 'subtitlePadding'];

/**
 * The spec with its frame (what `unframe` removes: the top-level title and, in the framed form, the
 * title of the one panel of a `vconcat`) switched by {@link FRAME_PARAM}. Drawn as it is, it draws
 * the framed chart; with the parameter set to `false`, the chart without its frame.
 * `undefined` when there is no frame to switch, or a title whose size this cannot tell (one the
 * theme does not size): draw the two forms from their own specs.
 *
 * @example
 * const spec = switchableFrame(chart.spec); // view.signal(FRAME_PARAM, false) then draws unframe(chart.spec)
 */
export function switchableFrame(spec: TopLevelSpec): TopLevelSpec | undefined {
  const json: Record<string, unknown> = { ...spec };
  const config = isRecord(json['config']) && isRecord(json['config']['title']) ? json['config']['title'] : {};
  const switched: Record<string, unknown> = {};
  if (json['title'] !== undefined) {
    const title = switchTitle(json['title'], config);
    if (title === undefined) return undefined;
    switched['title'] = title;
  }
  const panels = json['vconcat'];
  if (Array.isArray(panels) && panels.length === 1 && isRecord(panels[0]) && panels[0]['title'] !== undefined) {
    const footer = switchTitle(panels[0]['title'], config);
    if (footer === undefined) return undefined;
    switched['vconcat'] = [{ ...panels[0], title: footer }];
  }
  if (Object.keys(switched).length === 0) return undefined;
  const params = Array.isArray(json['params']) ? json['params'] : [];
  return asSpec({ ...json, ...switched, params: [...params, { name: FRAME_PARAM, value: true }] });
}

/** A title whose text and room are the frame's when the parameter is on, nothing when off. */
function switchTitle(title: unknown, config: Record<string, unknown>): Record<string, unknown> | undefined {
  const params: Record<string, unknown> = isRecord(title) ? { ...title } : { text: title };
  if (!isLiteral(params['text']) || (params['subtitle'] !== undefined && !isLiteral(params['subtitle']))) return undefined;
  const props = params['subtitle'] === undefined ? ROOM : [...ROOM, ...SUBTITLE_ROOM];
  for (const prop of props) {
    const on = params[prop] ?? config[prop];
    if (on === undefined && REQUIRED.includes(prop)) return undefined;
    if (on === undefined) continue;
    if (typeof on !== 'number') return undefined;
    params[prop] = switched(on, 0);
  }
  params['text'] = switched(params['text'], '');
  if (params['subtitle'] !== undefined) params['subtitle'] = switched(params['subtitle'], '');
  return params;
}

/** Text a title can carry as a literal in an expression: a string, or lines of them. */
function isLiteral(text: unknown): text is string | string[] {
  return typeof text === 'string' || (Array.isArray(text) && text.every((line) => typeof line === 'string'));
}

/** `on` while the frame is shown, `off` when hidden, as a Vega-Lite expression (JSON literals are Vega's too). */
function switched(on: unknown, off: unknown): { expr: string } {
  return { expr: `${FRAME_PARAM} ? ${JSON.stringify(on)} : ${JSON.stringify(off)}` };
}

/**
 * An SVG drawn with the frame switched off, without the title groups Vega still writes for it (a
 * group holding an empty text): what the chart drawn without a frame writes. Other titles stay.
 */
export function withoutEmptyTitles(svg: string): string {
  const OPEN = '<g class="mark-group role-title">';
  let out = '';
  let from = 0;
  for (let at = svg.indexOf(OPEN); at !== -1; at = svg.indexOf(OPEN, from)) {
    const end = closingTag(svg, at);
    const group = svg.slice(at, end);
    // Empty when every text element in it is: Vega writes `<text …/>` for '' (and lines as `<tspan>`s).
    const empty = !/<text\b[^>]*(?<!\/)>(?!<\/text>)/.test(group);
    out += svg.slice(from, at) + (empty ? '' : group);
    from = end;
  }
  return out + svg.slice(from);
}

/** The index just past the `</g>` that closes the `<g` at `start`. Text in Vega's SVG is escaped, so every `<g` is a tag. */
function closingTag(svg: string, start: number): number {
  const tags = /<g\b|<\/g>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(svg); match !== null; match = tags.exec(svg)) {
    depth += match[0] === '</g>' ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  throw new Error('an SVG title group that does not close: not an SVG written by Vega');
}
