import type { Fact, FactSource } from './fact.js';

/** Options for {@link factsToJSON}. */
export interface FactsToJSONOptions {
  /** Indentation, as for `JSON.stringify`. Default 2. */
  space?: number;
}

// Keys in the order a reader wants them; keys not listed follow, sorted.
const FACT_KEYS = ['id', 'kind', 'value', 'unit', 'label', 'text', 'forms', 'how', 'sources', 'inputs', 'locale'];
const SOURCE_KEYS = ['dataset', 'file', 'rows', 'lines', 'quotes', 'columns', 'citations'];
const CITATION_KEYS = ['source', 'url', 'rows'];

/**
 * `facts.json`: the facts as JSON with a stable key order (fact fields in a fixed order, forms
 * sorted), so that the file only changes when a fact does. Ends with a newline.
 */
export function factsToJSON(facts: readonly Fact[], { space = 2 }: FactsToJSONOptions = {}): string {
  return `${JSON.stringify(facts.map(orderFact), null, space)}\n`;
}

function orderFact(fact: Fact): Record<string, unknown> {
  return ordered(
    {
      ...fact,
      forms: fact.forms !== undefined ? ordered(fact.forms, []) : undefined,
      sources: fact.sources.map(orderSource),
      inputs: fact.inputs?.map(orderFact),
    },
    FACT_KEYS,
  );
}

function orderSource(source: FactSource): Record<string, unknown> {
  return ordered({ ...source, citations: source.citations?.map((citation) => ordered(citation, CITATION_KEYS)) }, SOURCE_KEYS);
}

/** `object`'s defined entries, `keys` first in their order, then the rest by code point. */
function ordered(object: object, keys: readonly string[]): Record<string, unknown> {
  const rank = (key: string) => (keys.includes(key) ? keys.indexOf(key) : keys.length);
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const entries = Object.entries(object).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b) || byCodePoint(a, b)));
}
