import { describe, expect, it } from 'vitest';
import { fieldsOf, renderDataTable } from '../../../src/report/embed/data-table.js';
import { parse } from './helpers.js';

describe('renderDataTable', () => {
  const rows = [
    { date: new Date(Date.UTC(2024, 5, 24)), officers: 400, name: 'First <400>' },
    { date: new Date(Date.UTC(2025, 0, 18)), officers: 1217.5, extra: true },
  ];

  it('lists every field once, in the order first seen', () => {
    expect(fieldsOf(rows)).toEqual(['date', 'officers', 'name', 'extra']);
  });

  it('writes a captioned table with column headers and the report’s formatting, hidden but not from screen readers', () => {
    const document = parse(renderDataTable(rows, { title: 'Officers "sent"' }));
    const wrapper = document.body.firstElementChild!;
    expect(wrapper.className).toBe('visually-hidden');
    expect(wrapper.getAttribute('aria-hidden')).toBeNull();
    const table = wrapper.querySelector('table')!;
    expect(table.querySelector('caption')?.textContent).toBe('The data in the chart “Officers "sent"”');
    expect([...table.querySelectorAll('thead th')].map((th) => [th.textContent, th.getAttribute('scope')])).toEqual([
      ['date', 'col'], ['officers', 'col'], ['name', 'col'], ['extra', 'col'],
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['June 24, 2024', '400', 'First <400>', '—'],
      ['January 18, 2025', '1,217.5', '—', 'yes'],
    ]);
    expect([...table.querySelectorAll('td.num')].length).toBe(2);
  });
});
