import { describe, expect, it } from 'vitest';
import { loadsData } from '../../src/charts/data-urls.js';

describe('loadsData', () => {
  it('finds data given by URL at the top, in a layer, and in a lookup', () => {
    expect(loadsData({ data: { url: 'data/cars.json' }, mark: 'point' })).toBe(true);
    expect(loadsData({ layer: [{ mark: 'line' }, { data: { url: 'a.csv' }, mark: 'rule' }] })).toBe(true);
    expect(loadsData({ data: { values: [] }, transform: [{ lookup: 'id', from: { data: { url: 'names.csv' }, key: 'id', fields: ['name'] } }] })).toBe(true);
  });

  it('says no for inline rows, even rows with a column named url', () => {
    expect(loadsData({ data: { values: [{ url: 'https://example.org', n: 1 }] }, mark: 'bar' })).toBe(false);
    expect(loadsData({ data: { name: 'table' }, mark: 'bar', encoding: { href: { field: 'url' } } })).toBe(false);
  });
});
