/**
 * The title Vega-Lite gives a field by default ("Sum of officers", "Count of Records"), written
 * into a pushed-down spec whose field has become a precomputed column: the axis, legend and the
 * marks' descriptions keep the words they had.
 */

import { timeUnitParts } from './time-unit.js';

type Json = Record<string, unknown>;

/** The parts of the spec's config that name fields. */
export interface TitleConfig {
  /** `'verbal'` (default), `'functional'` or `'plain'`. */
  fieldTitle?: unknown;
  /** Title of a count. Default `'Count of Records'`. */
  countTitle?: unknown;
}

const titleCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function unitOf(timeUnit: unknown): string | undefined {
  const unit = typeof timeUnit === 'object' && timeUnit !== null ? (timeUnit as Json)['unit'] : timeUnit;
  if (typeof unit !== 'string' || unit.startsWith('binned')) return undefined;
  return unit.startsWith('utc') ? unit.slice(3) : unit;
}

const isBinning = (bin: unknown) => bin === true || (typeof bin === 'object' && bin !== null && (bin as Json)['binned'] !== true);

/**
 * Vega-Lite's default title of a field definition (channeldef.ts's `defaultTitle`), under the
 * spec's `config.fieldTitle` and `config.countTitle`.
 */
export function defaultTitle(def: Json, config: TitleConfig = {}): string {
  const field = String(def['field'] ?? '');
  const { aggregate, bin, timeUnit } = def;
  if (config.fieldTitle === 'plain') return field;
  const unit = unitOf(timeUnit);
  if (config.fieldTitle === 'functional') {
    const fn = typeof aggregate === 'string' ? aggregate : unit ?? (isBinning(bin) ? 'bin' : undefined);
    return fn !== undefined ? `${fn.toUpperCase()}(${field})` : field;
  }
  if (aggregate === 'count') return typeof config.countTitle === 'string' ? config.countTitle : 'Count of Records';
  if (isBinning(bin)) return `${field} (binned)`;
  if (unit !== undefined) return `${field} (${timeUnitParts(unit).join('-')})`;
  if (typeof aggregate === 'string') return `${titleCase(aggregate)} of ${field}`;
  return field;
}
