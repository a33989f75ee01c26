/**
 * A fact: a value computed from data, with its unit, a label, how it was computed and which rows it
 * came from. Facts are plain, JSON-serialisable objects; `facts.json` is a list of them.
 */

/** The rows of one dataset that a fact was computed from. */
export interface FactSource {
  dataset: string;
  file: string;
  /** Row indices (0-based) within the dataset's table. */
  rows: readonly number[];
  /** File lines of those rows (1-based, header is line 1), when known. */
  lines?: readonly number[];
  /** Source sentences of those rows, when the dataset records them. */
  quotes?: readonly string[];
  /** Columns read. */
  columns?: readonly string[];
  /**
   * Who the rows credit, when the dataset names a source per row (a rate table's `source` and `url`
   * columns): one entry per distinct citation, with the rows that carry it.
   */
  citations?: readonly Citation[];
}

/** A per-row source named inside a dataset (as opposed to the dataset's own `meta.source`). */
export interface Citation {
  /** Row indices (0-based) that carry this citation. */
  rows: readonly number[];
  /** Who published the value ("Central Bank of Kenya weekly bulletin, reported by TUKO.co.ke"). */
  source: string;
  url?: string;
}

/** What kind of value a fact holds; decides how it is formatted. */
export type FactKind = 'count' | 'number' | 'money' | 'percent' | 'ratio' | 'date' | 'duration';

export interface Fact {
  /** Stable id, unique within a report (set by the report, or by the author). */
  id?: string;
  kind: FactKind;
  /**
   * The value. Numbers for counts, amounts (in `unit`'s currency), ratios (2.5 = "2.5 times") and
   * percentages (12.5 = 12.5 %); for dates, milliseconds since the epoch at UTC midnight; for
   * durations, the number of `unit`s (days, months).
   */
  value: number;
  /** "officers", an ISO 4217 code for money ("USD"), "%", "×", "day" for dates, "days"/"months" for durations. */
  unit: string;
  /** What the value is, in words ("officers deployed in total"). */
  label: string;
  /** How it was computed, readable by a person: the Arquero query or the expression. */
  how: string;
  /** The datasets and rows it came from. */
  sources: readonly FactSource[];
  /** Facts it was derived from (a conversion carries its rate; a ratio its two terms). */
  inputs?: readonly Fact[];
  /** The value formatted for print in the fact's locale ("817", "$13 million", "KSh 1.68 billion", "June 24, 2024"). */
  text: string;
  /** Other printed forms: `full` ("$13,000,000"), `short` ("$13M"), `long` ("13 million US dollars"), `phrase` ("about 10 times"). */
  forms?: Readonly<Record<string, string>>;
  /** BCP 47 locale `text` and `forms` were written in ("en-US"); facts derived from this one inherit it. */
  locale?: string;
}
