/**
 * Message catalogue for data pushdown: why a chart's transforms were left for vega to run, and the
 * warning for a chart that still inlines too many rows. Each reason finishes the sentence "not
 * pushed down: …".
 */

const q = (text: string) => JSON.stringify(text);

export const notPushed = (id: string, reason: string) => `chart ${q(id)} is drawn from all its rows (not pushed down: ${reason})`;

// The spec's shape.
export const composition = () => 'the spec composes several views (facet, concat or repeat)';
export const nestedLayers = () => 'a layer nests other layers';
export const hasParams = () => 'the spec has parameters (selections or signals), which vega evaluates on the rows';
export const noData = () => 'the view has no data of its own';
export const urlData = () => 'its data is loaded from a URL when the chart is drawn';
export const notInline = () => 'its data is not inline rows';
export const notRows = () => 'its rows are bare values rather than objects with fields';
export const dataFormat = () => 'its data has a format (a parse, a type or a property) that pushdown does not read';

// Marks and encodings.
export const unsupportedMark = (mark: string) => `the ${q(mark)} mark computes its own statistics from the rows`;
export const tooltipData = () => 'its tooltips show every field of the rows';
export const conditionalEncoding = (channel: string) => `the ${channel} channel is conditional`;
export const imputeEncoding = (channel: string) => `the ${channel} channel imputes missing values`;
export const nonStringField = (channel: string) => `the ${channel} channel's field is not a name`;
export const nestedField = (field: string) => `the field ${q(field)} is a nested path`;
export const backslashField = (field: string) =>
  `the field ${q(field)} names a column with a backslash, which Vega-Lite does not read back (vega/vega-lite#7066)`;
export const escapedOutput = (name: string) =>
  `a transform makes the column ${q(name)}, whose name Vega-Lite tracks as a nested path (it may move a step reading the column above the step making it)`;
export const geoEncoding = () => 'it draws geographic positions';
export const aggregateOfDerived = (channel: string) => `the ${channel} channel aggregates a binned or time-unit field`;
export const scaleFromData = (channel: string) => `the ${channel} channel's scale reads unaggregated values`;
export const fieldTwoWays = (field: string) => `the field ${q(field)} is grouped in two different ways`;
export const binnedDates = (field: string) => `the dates of ${q(field)} are binned as numbers`;
export const sortNotAdditive = (channel: string, op: string) => `the ${channel} channel is sorted by a ${op}, which does not add up over groups`;
export const sortByDerived = (channel: string) => `the ${channel} channel is sorted by a binned or time-unit field`;
export const sortByField = (channel: string) => `the ${channel} channel is sorted by an aggregate of a field the chart does not group by`;

export const titlesMerge = () => 'a count (or a spread) shares its axis or legend with other fields, whose titles would merge differently';

// Transforms.
export const unsupportedTransform = (name: string) => `the ${q(name)} transform is not one pushdown computes (filter, calculate, bin, timeUnit, aggregate)`;
export const selectionFilter = () => 'a filter depends on a selection';
export const unsupportedFilter = (predicate: unknown) => `the filter ${JSON.stringify(predicate)} compares with dates, time units or signals`;
export const unsupportedOp = (op: string) => `the ${q(op)} aggregate is left to vega (it samples, or returns rows rather than numbers)`;
export const expressionUnparsed = (source: string) => `the expression ${q(source)} does not parse`;
export const expressionUnsupported = (source: string, what: string) => `the expression ${q(source)} uses ${what}, which only vega can evaluate`;

// Bins and time units.
export const badBin = (bin: unknown) => `the bin ${JSON.stringify(bin)} has parameters pushdown does not read`;
export const binExtentParam = () => 'a bin takes its extent from a selection';
export const noExtent = (field: string) => `the field ${q(field)} has no numbers to bin`;
export const timeUnitParams = (params: readonly string[]) => `a time unit has parameters pushdown does not read (${params.join(', ')})`;
export const unknownTimeUnit = (unit: string) => `the time unit ${q(unit)} is not one vega knows`;
export const millisecondUnit = () => 'a time unit counts milliseconds, which vega groups by the second';

// Results.
export const invalidDate = (field: string) => `the field ${q(field)} holds a date that does not parse`;
export const notFinite = (field: string, value: number) => `the field ${q(field)} computes to ${value}, which JSON cannot hold`;

// The row limit.
export const tooManyRows = (id: string, rows: number, limit: number) =>
  `chart ${q(id)} inlines ${rows.toLocaleString('en-US')} rows (more than ${limit.toLocaleString('en-US')}): the page will be heavy and slow to draw. `
  + 'Aggregate in the spec so that it draws one mark per group — an `aggregate` in the encoding (e.g. `y: {aggregate: "sum", field: …}`), '
  + '`bin: true` for a histogram, a `timeUnit` such as "yearmonth" for dates — and pushdown will inline only the groups.';
