/**
 * The packages vega is made of that pushdown imports and that declare no types; what pushdown uses of
 * them is typed in `vega-helpers.ts`.
 */
declare module 'vega-format' {
  export function timeFormatDefaultLocale(): unknown;
}

declare module 'vega-statistics' {
  export const bin: unknown;
  export const quartiles: unknown;
}

declare module 'vega-time' {
  export const timeFloor: unknown;
  export const timeInterval: unknown;
  export const timeUnits: unknown;
  export const utcFloor: unknown;
  export const utcInterval: unknown;
}
