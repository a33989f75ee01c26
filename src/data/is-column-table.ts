import { ColumnTable } from 'arquero';

/**
 * Whether a value is an Arquero table: one made by copydesk's Arquero, or by another copy of it (a
 * report that imports `arquero` itself gets its own copy, since copydesk ships bundled), recognised
 * by the methods copydesk calls on it.
 */
export function isColumnTable(value: unknown): value is ColumnTable {
  if (value instanceof ColumnTable) return true;
  if (typeof value !== 'object' || value === null) return false;
  const table = value as Partial<Record<'columnNames' | 'numRows' | 'column' | 'objects' | 'reify', unknown>>;
  return ['columnNames', 'numRows', 'column', 'objects', 'reify'].every((method) => typeof table[method as keyof typeof table] === 'function');
}
