/**
 * The charts kept as golden SVGs (test/output/charts/<name>.svg): the first story's three charts,
 * on tiny inline data.
 */

import { bar } from '../../src/charts/bar.js';
import type { Chart } from '../../src/charts/chart.js';
import { compare } from '../../src/charts/compare.js';
import { timeline } from '../../src/charts/timeline.js';

const contingents = [
  { contingent: '1st contingent', officers: 400 },
  { contingent: '2nd contingent', officers: 200 },
  { contingent: '3rd contingent', officers: 217 },
];

const deployed = [
  { date: '2024-06-25', officers: 400 },
  { date: '2024-07-16', officers: 600 },
  { date: '2025-01-18', officers: 817 },
  { date: '2025-05-08', officers: 817 },
];

/** Chart name → chart. */
export const GOLDEN_CHARTS: Record<string, () => Chart> = {
  'contingents-bar': () =>
    bar(contingents, {
      x: 'contingent',
      y: 'officers',
      horizontal: true,
      labels: true,
      xTitle: null,
      title: 'Kenya has sent 817 police officers to Haiti in three contingents',
      subtitle: 'Officers per contingent',
      source: 'Source: Kenyans.co.ke; National Police Service',
    }),
  'deployment-timeline': () =>
    timeline(deployed, {
      x: 'date',
      y: 'officers',
      mark: 'step',
      yTitle: 'officers deployed',
      title: 'Kenyan police in Haiti, June 2024 to May 2025',
      subtitle: 'Officers sent, running total',
      source: 'Source: Kenyans.co.ke',
      annotations: [
        { date: '2024-06-24', label: 'Flag-off in Nairobi' },
        { date: '2024-07-16', label: 'Second contingent lands' },
        { date: '2025-01-18', label: 'Third contingent leaves' },
        { date: '2025-04-21', label: 'Shea at the UN' },
      ],
    }),
  'funding-compare': () =>
    compare(
      { label: 'As stated in the article', value: 17_710_000_000, text: 'KSh 17.71 billion' },
      { label: '$13 million at 129.27 shillings (May 8, 2025)', value: 1_680_510_000, text: 'KSh 1.68 billion' },
      {
        labels: ['As stated', "At the day's rate"],
        measure: 'Kenya shillings',
        title: 'The shilling figure for the paused US funding is ten times too high',
        subtitle: 'More than $13 million, in Kenya shillings',
        source: 'Source: Kenyans.co.ke; Central Bank of Kenya rate reported by TUKO.co.ke',
      },
    ),
};
