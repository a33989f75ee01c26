import { ReportError } from '../errors.js';
import type { Fact } from '../facts/fact.js';
import type { Report } from './define-report.js';
import * as msg from '../messages/report.js';

/** A report's facts with their ids: named facts first, then the others in order of use. */
export interface FactIndex {
  readonly entries: readonly { id: string; fact: Fact }[];
  id(fact: Fact): string | undefined;
}

function slugify(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'fact';
}

function factsOfCells(report: Report): Fact[] {
  return report.cells.flatMap((cell) => {
    switch (cell.type) {
      case 'prose':
      case 'note':
        return [...cell.text.facts];
      case 'facts':
        return [...cell.facts];
      case 'fact-check':
        return cell.intro ? [...cell.intro.facts] : [];
      default:
        return [];
    }
  });
}

/**
 * Give every fact the report shows an id: the name it has in `report.facts`, else its own `id`, else
 * one made from its label. Ids are unique (a suffix separates two facts with the same label).
 */
export function collectFacts(report: Report): FactIndex {
  const ids = new Map<Fact, string>();
  const taken = new Set<string>();
  const entries: { id: string; fact: Fact }[] = [];
  const add = (fact: Fact, wanted: string | undefined, strict: boolean) => {
    if (ids.has(fact)) return;
    let id = slugify(wanted ?? fact.id ?? fact.label);
    if (taken.has(id)) {
      if (strict) throw new ReportError(report.slug, msg.duplicateFactId(id));
      let n = 2;
      while (taken.has(`${id}-${n}`)) n += 1;
      id = `${id}-${n}`;
    }
    ids.set(fact, id);
    taken.add(id);
    entries.push({ id, fact });
  };
  for (const [name, fact] of Object.entries(report.facts ?? {})) add(fact, name, true);
  for (const fact of factsOfCells(report)) add(fact, undefined, false);
  return { entries, id: (fact) => ids.get(fact) };
}
