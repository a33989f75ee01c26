/**
 * The field definitions of an encoding, one entry per channel (or per item of `tooltip`,
 * `detail`, …), with the column each reads and the type Vega-Lite would give those that leave it out.
 */

import { fieldColumn } from './field-column.js';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field definition of one channel. */
export interface ChannelDef {
  channel: string;
  /** Position in the channel's array (`tooltip`, `detail`); `undefined` for a single definition. */
  index: number | undefined;
  def: Json;
  /**
   * The column the definition's `field` reads, its escapes read (`pop\.2020` reads `pop.2020`);
   * `undefined` for a `value`, `datum` or count without a field, and for a field {@link refused}.
   */
  field: string | undefined;
  /** Why the field is not pushed down (a nested path), when it is not. */
  refused: string | undefined;
  /** Its type, defaulted as Vega-Lite does (`x2` takes `x`'s). */
  type: string;
}

const SECONDARY: Readonly<Record<string, string>> = { x2: 'x', y2: 'y', theta2: 'theta', radius2: 'radius', latitude2: 'latitude', longitude2: 'longitude', xError: 'x', xError2: 'x', yError: 'y', yError2: 'y' };
// Vega-Lite's numeric and discretizing scale types: a field on one of them defaults to quantitative.
const NUMERIC_SCALES = new Set(['linear', 'log', 'pow', 'sqrt', 'symlog', 'identity', 'sequential', 'quantile', 'quantize', 'threshold', 'bin-ordinal']);
const NOMINAL_CHANNELS = new Set(['row', 'column', 'facet', 'shape', 'strokeDash']);

/** Every field or datum definition of `encoding`, in channel order. */
export function channelDefs(encoding: Json): ChannelDef[] {
  const defs: ChannelDef[] = [];
  for (const [channel, value] of Object.entries(encoding)) {
    const items = Array.isArray(value) ? value.map((def, index) => [def, index] as const) : [[value, undefined] as const];
    for (const [def, index] of items) {
      if (!isRecord(def)) continue;
      const column = typeof def['field'] === 'string' ? fieldColumn(def['field']) : undefined;
      const field = typeof column === 'string' ? column : undefined;
      defs.push({ channel, index, def, field, refused: typeof column === 'object' ? column.reason : undefined, type: '' });
    }
  }
  for (const entry of defs) entry.type = typeOf(entry, defs);
  return defs;
}

function typeOf({ channel, def }: ChannelDef, all: readonly ChannelDef[]): string {
  if (typeof def['type'] === 'string') return def['type'];
  const main = SECONDARY[channel];
  if (main !== undefined) {
    const primary = all.find((entry) => entry.channel === main && entry.index === undefined);
    return primary !== undefined ? typeOf(primary, all) : 'quantitative';
  }
  return defaultType(channel, def);
}

/** Vega-Lite's `defaultType` for a field definition without a type. */
function defaultType(channel: string, def: Json): string {
  if (channel === 'latitude' || channel === 'longitude') return 'quantitative';
  if (NOMINAL_CHANNELS.has(channel)) return 'nominal';
  if (channel === 'order') return 'ordinal';
  if (Array.isArray(def['sort'])) return 'ordinal';
  if (def['timeUnit'] !== undefined) return 'temporal';
  if (def['bin'] || (def['aggregate'] !== undefined && typeof def['aggregate'] === 'string')) return 'quantitative';
  const scaleType = isRecord(def['scale']) ? def['scale']['type'] : undefined;
  if (typeof scaleType === 'string' && NUMERIC_SCALES.has(scaleType)) return 'quantitative';
  if (scaleType === 'time' || scaleType === 'utc') return 'temporal';
  return 'nominal';
}

/** Whether a definition's field is read as dates (Vega-Lite's `isFieldOrDatumDefForTimeFormat`). */
export function isTimeFormatted({ def, type }: ChannelDef): boolean {
  const guide = isRecord(def['axis']) ? def['axis'] : isRecord(def['legend']) ? def['legend'] : isRecord(def['header']) ? def['header'] : {};
  const own = 'format' in def || 'formatType' in def;
  const formatType = own ? def['formatType'] : guide['formatType'];
  return formatType === 'time' || (formatType === undefined && (type === 'temporal' || def['timeUnit'] !== undefined));
}
