/**
 * The one place facts are assembled: checks the value, writes `text` and `forms`, and fixes the key
 * order, so that every fact reads (and serialises) the same way whichever function made it.
 */

import { FactError } from '../errors.js';
import * as msg from '../messages/facts.js';
import type { Fact, FactKind, FactSource } from './fact.js';
import { DEFAULT_LOCALE, type FormatOptions, formatValue } from './format.js';
import { mergeSources } from './source.js';

/** What a fact-making function decides; `makeFact` adds the printed forms. */
export interface FactFields {
  id?: string | undefined;
  kind: FactKind;
  value: number;
  unit: string;
  label: string;
  how: string;
  /** The fact's own rows; the rows of its inputs are added to them. */
  sources?: readonly FactSource[];
  inputs?: readonly Fact[];
  /** Forms particular to how the fact was made (`change` of a difference), added to the kind's own. */
  forms?: Readonly<Record<string, string>>;
}

/**
 * A new fact from its fields, formatted with `format`. Sources are the fact's own plus those of its
 * inputs, so that a reader of any fact sees every row behind it without walking the inputs.
 */
export function makeFact({ id, kind, value, unit, label, how, sources = [], inputs = [], forms = {} }: FactFields, format: FormatOptions = {}): Fact {
  if (!Number.isFinite(value)) throw new FactError(msg.notFinite(label, value));
  const locale = resolveLocale(format, inputs);
  const formatted = formatValue({ kind, value, unit }, { ...format, locale });
  return {
    ...(id !== undefined ? { id } : {}),
    kind,
    // -0 prints as "-0" in some locales and is never meant.
    value: Object.is(value, -0) ? 0 : value,
    unit,
    label,
    text: formatted.text,
    forms: { ...formatted.forms, ...forms },
    how,
    sources: mergeSources([sources, ...inputs.map((input) => input.sources)]),
    ...(inputs.length > 0 ? { inputs } : {}),
    locale,
  };
}


/** The locale a fact made from `inputs` is written in: the one asked for, else the first input's, else "en-US". */
export function resolveLocale({ locale }: FormatOptions, inputs: readonly Fact[] = []): string {
  return locale ?? inputs.find((input) => input.locale !== undefined)?.locale ?? DEFAULT_LOCALE;
}
