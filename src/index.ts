/**
 * copydesk's public API: everything a report module or a newsroom script imports. One line per
 * module, in pipeline order: data → facts → checks → charts → report.
 */

// Errors
export { CopydeskError, DataError, FactError, SpecError, ReportError, CliError, isCopydeskError, formatLocation } from './errors.js';
export type { Location, Problem } from './errors.js';

// Data
export { defineSchema, COLUMN_TYPES } from './data/schema.js';
export type { ColumnSpec, ColumnType, Schema, RowOf, ValueOf, IntegerColumn, NumberColumn, StringColumn, BooleanColumn, DateColumn, CategoryColumn, MoneyColumn } from './data/schema.js';
export type { Dataset, DatasetMeta, RowSource, Source, Inference } from './data/dataset.js';
export { loadDataset, sidecarPath } from './data/load-dataset.js';
export { datasetFromTable, inferSchema } from './data/from-table.js';
export type { DatasetFromTableOptions } from './data/from-table.js';
export { parseSidecar } from './data/sidecar.js';
export type { ParseSidecarOptions } from './data/sidecar.js';
export type { LoadDatasetOptions } from './data/load-dataset.js';

// Facts
export type { Fact, FactKind, FactSource } from './facts/fact.js';
export { formatFact } from './facts/format.js';
export type { FormatOptions } from './facts/format.js';
export { total } from './facts/total.js';
export type { TotalOptions } from './facts/total.js';
export { count } from './facts/count.js';
export type { CountOptions } from './facts/count.js';
export { share, percent } from './facts/share.js';
export type { ShareOptions } from './facts/share.js';
export { ratio } from './facts/ratio.js';
export type { RatioOptions } from './facts/ratio.js';
export { difference } from './facts/difference.js';
export type { DifferenceOptions } from './facts/difference.js';
export { perUnit } from './facts/per-unit.js';
export type { PerUnitOptions } from './facts/per-unit.js';
export { value } from './facts/value.js';
export type { ValueOptions } from './facts/value.js';
export { dateFact } from './facts/date-fact.js';
export type { DateFactOptions } from './facts/date-fact.js';
export { span } from './facts/span.js';
export type { SpanOptions, SpanUnit } from './facts/span.js';
export { convert } from './facts/convert.js';
export type { ConvertOptions } from './facts/convert.js';
export { rateOn } from './facts/rate-on.js';
export type { RateOnOptions } from './facts/rate-on.js';
export { cumulative } from './facts/cumulative.js';
export type { CumulativeOptions } from './facts/cumulative.js';
export { factsToJSON } from './facts/facts-to-json.js';

// Checks
export { claim } from './checks/claim.js';
export type { Claim, ClaimKind, ClaimBase, Binding, Money, DateParts, Duration, Qualifier, Span, ClaimOptions } from './checks/claim.js';
export { claimConversion } from './checks/claim-conversion.js';
export type { ClaimConversionOptions } from './checks/claim-conversion.js';
export { claimDate } from './checks/claim-date.js';
export type { ClaimDateOptions } from './checks/claim-date.js';
export { claimSum } from './checks/claim-sum.js';
export type { ClaimSumOptions } from './checks/claim-sum.js';
export { notChecked } from './checks/not-checked.js';
export type { NotCheckedOptions } from './checks/not-checked.js';
export { extractClaims } from './checks/extract.js';
export type { ExtractOptions } from './checks/extract.js';
export { checkClaim, checkClaims } from './checks/check.js';
export type { CheckContext } from './checks/check.js';
export { locateClaims } from './checks/locate.js';
export { ledgerToJSON, formatLedger } from './checks/ledger.js';
export type { LedgerJSON, FormatLedgerOptions } from './checks/ledger.js';
export { DEFAULT_TOLERANCES } from './checks/tolerance.js';
export type { Tolerances } from './checks/tolerance.js';
export { VERDICTS } from './checks/verdict.js';
export type { LedgerEntry, Verdict, Difference, Printed } from './checks/verdict.js';

// Charts
export { isChart } from './charts/chart.js';
export type { Chart, ChartOptions } from './charts/chart.js';
export type { ChartInput } from './charts/chart-data.js';
export { bar } from './charts/bar.js';
export type { BarOptions, BarSort } from './charts/bar.js';
export { timeline } from './charts/timeline.js';
export type { TimelineOptions, Annotation } from './charts/timeline.js';
export { compare } from './charts/compare.js';
export type { CompareOptions, Amount } from './charts/compare.js';
export { rawChart } from './charts/raw-chart.js';
export { vlField, columnName } from './charts/field-name.js';
export type { RawChartOptions } from './charts/raw-chart.js';
export { pushdown } from './charts/pushdown/pushdown.js';
export type { PushdownOptions, PushdownResult } from './charts/pushdown/pushdown.js';
export { pushdownChart } from './charts/pushdown/pushdown-chart.js';
export type { PushdownChartOptions, PushedChart } from './charts/pushdown/pushdown-chart.js';
export { renderSVG } from './charts/render.js';
export type { RenderOptions, RenderedSVG } from './charts/render.js';
export { renderPNG, renderPNGAsync, renderPNGPairAsync, type PNGPair } from './charts/render-png.js';
export type { RenderPNGOptions } from './charts/render-png.js';
export { altText } from './charts/alt-text.js';
export type { AltTextOptions } from './charts/alt-text.js';
export { theme, PALETTE, INK } from './charts/theme.js';
export type { ThemeOptions } from './charts/theme.js';

// Report
export { defineReport, isReport } from './report/define-report.js';
export type { Report, ReportDefinition } from './report/define-report.js';
export { prose, factBox, table, chart, note, factCheck } from './report/cells.js';
export type { Cell, ProseCell, FactBoxCell, TableCell, TableColumn, TableOptions, ChartCell, NoteCell, FactCheckCell } from './report/cells.js';
export { md } from './report/md.js';
export type { Markdown, Interpolation } from './report/md.js';
export { renderReport } from './report/build-report.js';
export type { RenderReportOptions, RenderedReport } from './report/build-report.js';
export { writeOutput, recoverOutput } from './report/write-output.js';
export type { OutputFile } from './report/write-output.js';
export { findReports, loadReport, type LoadReportOptions } from './report/load-report.js';
export type { BuildLogger, BuildStep } from './report/logger.js';
