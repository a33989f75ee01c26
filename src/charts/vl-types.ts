/**
 * Vega-Lite's spec types that the package exports only under `vega-lite/types_unstable/`, gathered
 * here so one file changes if they move.
 */

export type { Field, PositionDef, TextDef } from 'vega-lite/types_unstable/channeldef.js';
export type { Encoding } from 'vega-lite/types_unstable/encoding.js';
export type { MarkDef } from 'vega-lite/types_unstable/mark.js';
export type { DataMixins } from 'vega-lite/types_unstable/spec/base.js';
export type { FacetedUnitSpec, LayerSpec, UnitSpec } from 'vega-lite/types_unstable/spec/index.js';
export type { TitleParams } from 'vega-lite/types_unstable/title.js';
