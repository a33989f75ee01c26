/**
 * Sorts over precomputed rows: which a pushed-down mark can keep, and the grouping fields they read.
 */

import * as msg from '../../messages/pushdown.js';
import { isRecord } from '../spec-units.js';
import type { BinSpec } from './bin.js';
import type { ChannelDef } from './channel-defs.js';
import { fieldColumn } from './field-column.js';

type Json = Record<string, unknown>;

/** Aggregates that give the same result over precomputed groups as over the raw rows. */
const ADDITIVE: ReadonlySet<string> = new Set(['count', 'valid', 'missing', 'sum', 'min', 'max']);

/** A grouping field of an aggregated mark, possibly binned or floored first. */
export interface Dimension {
  /** Column grouped on (a temporary one for bins and time units). */
  column: string;
  /** Name of the output column: the field the encoding reads. */
  name: string;
  /** How the column is derived, for telling two uses of one field apart. */
  derivation: string;
  bin?: { spec: BinSpec; step: string };
}

/** The column a sort definition orders by (`{field: 'pop\\.2020'}` orders by `pop.2020`), or why it is not pushed down. */
export function sortColumn(def: Json): string | { reason: string } | undefined {
  const sort = def['sort'];
  return isRecord(sort) && typeof sort['field'] === 'string' ? fieldColumn(sort['field']) : undefined;
}

/** The column a sort definition orders by, if any (and pushdown reads it). */
export function sortField(def: Json): string | undefined {
  const column = sortColumn(def);
  return typeof column === 'string' ? column : undefined;
}

/** Why a sort cannot be kept over precomputed rows, or `undefined`. */
export function checkSorts(defs: readonly ChannelDef[], groupby: readonly Dimension[]): string | undefined {
  for (const { def, channel, field: own } of defs) {
    const sort = def['sort'];
    if (sort === undefined || sort === null || typeof sort === 'boolean' || Array.isArray(sort) || sort === 'ascending' || sort === 'descending') continue;
    const target = typeof sort === 'string' ? sort.replace(/^-/, '') : isRecord(sort) && typeof sort['encoding'] === 'string' ? sort['encoding'] : undefined;
    if (target !== undefined) {
      const by = defs.find((d) => d.channel === target && d.index === undefined);
      if (by === undefined) continue;
      const op = by.def['aggregate'];
      // Sorting by an aggregate is an aggregate over the raw rows: over precomputed rows it must add up.
      if (typeof op === 'string' && !ADDITIVE.has(op) && !(groupby.length === 1 && groupby[0]?.name === own)) return msg.sortNotAdditive(channel, op);
      if (op === undefined && groupby.find((d) => d.name === by.field)?.derivation !== 'field') return msg.sortByDerived(channel);
      continue;
    }
    const field = sortField(def);
    const op = isRecord(sort) ? sort['op'] : undefined;
    const plain = groupby.find((d) => d.name === field)?.derivation === 'field';
    if (!plain || !(op === undefined || op === 'min' || op === 'max')) return msg.sortByField(channel);
  }
  return undefined;
}

