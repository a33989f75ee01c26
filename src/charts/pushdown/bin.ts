/**
 * Binning as Vega-Lite asks for it and vega performs it: Vega-Lite's defaults (`bin: true` is ten
 * bins at most), the extent of the field as vega's extent transform finds it, and the boundaries of
 * vega-statistics' `bin` with the bin transform's own rounding — so that every value falls in the
 * bin vega would put it in.
 */

import * as msg from '../../messages/pushdown.js';
import { toNumber, vegaHelpers, type VegaBinParams } from './vega-helpers.js';

/** Bin parameters as Vega-Lite hands them to vega (without the extent, which may come from the data). */
export interface BinSpec {
  params: Omit<VegaBinParams, 'extent'>;
  /** The extent given in the spec, if any. */
  extent: [number, number] | undefined;
}

/** vega's bin function for one field: a value to the start of its bin, and the bins' layout. */
export interface BinFunction {
  (value: unknown): number | null;
  start: number;
  stop: number;
  step: number;
}

// vega's bin transform nudges values by this much before flooring (vega/vega#1737).
const EPSILON = 1e-14;
const PARAMS = ['anchor', 'base', 'divide', 'maxbins', 'minstep', 'nice', 'step', 'steps', 'extent', 'binned'];

/**
 * Read a Vega-Lite `bin` (`true` or parameters). `'binned'`/`{binned: true}` data are bins already:
 * `binned` comes back true and nothing is computed. `maxbins` is Vega-Lite's default for the channel
 * (see {@link autoMaxBins}); a `bin` transform's is 10.
 */
export function readBin(bin: unknown, { maxbins = 10 }: { maxbins?: number } = {}): BinSpec | { binned: true } | { reason: string } {
  if (bin === 'binned') return { binned: true };
  if (bin === true) return { params: { maxbins }, extent: undefined };
  if (typeof bin !== 'object' || bin === null) return { reason: msg.badBin(bin) };
  const { extent, binned, ...params } = bin as Record<string, unknown>;
  if (binned === true) return { binned: true };
  const unknown = Object.keys(params).filter((key) => !PARAMS.includes(key));
  if (unknown.length > 0) return { reason: msg.badBin(bin) };
  if (extent !== undefined && !(Array.isArray(extent) && extent.length === 2 && extent.every((x) => typeof x === 'number'))) {
    return { reason: msg.binExtentParam() };
  }
  // Vega-Lite's normalizeBin: without maxbins or step, the channel's default.
  const withDefault = params['maxbins'] === undefined && params['step'] === undefined ? { ...params, maxbins } : params;
  return { params: withDefault as BinSpec['params'], extent: extent as [number, number] | undefined };
}

const FEW_BINS = new Set(['row', 'column', 'size', 'color', 'fill', 'stroke', 'strokeWidth', 'opacity', 'fillOpacity', 'strokeOpacity', 'shape']);

/** Vega-Lite's default `maxbins` for an encoding channel: fewer for facets and legends. */
export function autoMaxBins(channel: string): number {
  return FEW_BINS.has(channel) ? 6 : channel === 'strokeDash' ? 4 : 10;
}

/**
 * The extent of a column as vega's extent transform computes it: numbers by `toNumber`, nulls and
 * NaN skipped. `undefined` when there is no finite extent (vega warns and draws no bins then).
 */
export function columnExtent(column: ArrayLike<unknown>, count: number): [number, number] | undefined {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const v = toNumber(column[i]);
    if (v != null) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return Number.isFinite(min) && Number.isFinite(max) ? [min, max] : undefined;
}

/** vega's bin transform's function (vega-transforms' Bin.js `_bins`) for the given parameters and extent. */
export function binFunction(params: BinSpec['params'], extent: [number, number]): BinFunction {
  const bins = vegaHelpers.bin({ ...params, extent });
  const step = bins.step;
  let start = bins.start;
  let stop = start + Math.ceil((bins.stop - start) / step) * step;
  const anchor = params.anchor;
  if (anchor != null) {
    const d = anchor - (start + step * Math.floor((anchor - start) / step));
    start += d;
    stop += d;
  }
  const f = (value: unknown): number | null => {
    let v = toNumber(value);
    if (v == null) return null;
    if (v < start) return Number.NEGATIVE_INFINITY;
    if (v > stop) return Number.POSITIVE_INFINITY;
    v = Math.max(start, Math.min(v, stop - step));
    return start + step * Math.floor(EPSILON + (v - start) / step);
  };
  return Object.assign(f, { start, stop, step });
}

/** The end of a bin, with the bin transform's arithmetic (vega/vega#830). */
export function binEnd(fn: BinFunction, start: number | null): number | null {
  return start == null ? null : fn.start + fn.step * (1 + (start - fn.start) / fn.step);
}
