/**
 * The first copydesk report: Kenya's police mission in Haiti, and the paused US money, told with data.
 * Every number below is computed from the CSV files in datasets/haiti-mss/, each row of which quotes
 * the sentence of the article it comes from. Run it with `npm run report`.
 */
import { readFileSync } from 'node:fs';
import {
  bar, chart, claim, claimConversion, claimDate, claimSum, compare, convert, count, cumulative, dateFact,
  defineReport, factBox, factCheck, loadDataset, md, note, notChecked, perUnit, prose, rateOn, ratio, span,
  table, timeline, total,
} from 'copydesk';

const data = (file: string) => new URL(`../datasets/haiti-mss/${file}`, import.meta.url);

const contingents = await loadDataset(data('contingents.csv'));
const funding = await loadDataset(data('funding.csv'));
const events = await loadDataset(data('events.csv'));
const rates = await loadDataset(data('fx-usd-kes.csv'));
const article = readFileSync(data('article.txt'), 'utf8');

// The deployment.
const officers = total(contingents, 'officers', { label: 'Kenyan police officers sent to Haiti' });
const contingentCount = count(contingents, { label: 'contingents sent', unit: 'contingents' });
const firstCohort = total(contingents, 'officers', { where: 'd => d.contingent === 1', label: 'officers in the first contingent' });
const cohort = (n: number, label: string) => total(contingents, 'officers', { where: `d => d.contingent === ${n}`, label });
const secondCohort = cohort(2, 'officers in the second contingent');
const thirdCohort = cohort(3, 'officers in the third contingent');
const day = (n: number, label: string) => dateFact(contingents, 'date', { where: `d => d.contingent === ${n}`, label });
const firstDeparted = day(1, 'first contingent departed');
const secondLanded = day(2, 'second contingent landed in Port-au-Prince');
const sheaAddress = dateFact(events, 'date', { where: "d => d.stated_as === 'April 21'", label: 'Ambassador Shea addressed the UN' });
const flagOff = dateFact(events, 'date', { where: "d => d.stated_as === 'Monday, June 24, 2024'", label: 'flag-off of the first contingent', weekday: true });
const thirdLeft = day(3, 'third contingent left Kenya');
const deployment = span(flagOff, thirdLeft, { unit: 'months', label: 'from the flag-off to the third departure' });

// The money.
const pressRelease = dateFact(events, 'date', { where: "d => d.stated_as === 'Thursday 8'", label: 'US press release affirming support', weekday: true });
const pausedUsd = total(funding, 'amount_usd', { label: 'US funding for the mission that was paused' });
const rate = rateOn(rates, { on: pressRelease.value, base: 'USD', quote: 'KES' });
const pausedKes = convert(pausedUsd, { to: 'KES', rates, on: pressRelease, currencyStyle: 'newsroom', label: 'paused US funding in Kenya shillings' });
const statedKes = total(funding, 'stated_kes', { label: 'the article\'s shilling figure', currencyStyle: 'newsroom', significantDigits: 4 });
const overstatement = ratio(statedKes, pausedKes, { label: 'the article\'s figure against the conversion' });
const perOfficer = perUnit(pausedUsd, officers, { label: 'paused US funding per officer sent', per: 'officer', fractionDigits: 0 });

const SOURCE = 'Source: Kenyans.co.ke; Central Bank of Kenya via TUKO.co.ke';

export default defineReport({
  slug: 'haiti-mss',
  title: 'Kenya has sent 817 police officers to Haiti. The US paused $13 million — not sh17.71 billion',
  dek: 'Three contingents in seven months, a funding freeze in Washington, and a currency conversion that is off by a factor of ten.',
  byline: 'copydesk data desk',
  date: '2025-05-09',
  sources: [
    { publication: 'Kenyans.co.ke', title: 'Mudavadi meets Secretary Rubio after the US affirmed support for peace in Haiti' },
    { publication: 'Central Bank of Kenya, indicative rates as reported by TUKO.co.ke', url: 'https://www.tuko.co.ke/business-economy/589650-kenya-shilling-marks-slight-gains-dollar-tanzania-uganda-ea-currencies' },
  ],
  datasets: [contingents, funding, events, rates],
  article,
  // Every figure and date the article states, bound to what checks it. Values left unbound would be
  // listed in the ledger as "not bound": nothing in the text escapes it.
  claims: [
    notChecked('two', 'The two nations are Kenya and the United States: not a figure.'),
    claimDate('Thursday 8', { expect: pressRelease }),
    claim('More than $13 million', { expect: pausedUsd }),
    claimConversion('$13 million(sh17.71 billion)', { rate, amount: pausedUsd }),
    claimDate('April 21', { expect: sheaAddress }),
    claim('400', { expect: firstCohort }),
    claimDate('Monday, June 24, 2024', { expect: flagOff }),
    claimDate('25,2024', { expect: firstDeparted }),
    claim('200', { expect: secondCohort }),
    claimDate('July 16', { expect: secondLanded }),
    claim('217', { expect: thirdCohort }),
    claimDate('January 18, 2025', { expect: thirdLeft }),
    // This report's own headline figure must add up from the article's three contingents, and match the data.
    claimSum('817', ['400', '200', '217'], { statedBy: 'report', id: 'total in the headline', sentence: 'Kenya has sent 817 police officers to Haiti.' }),
    claim('817 officers', { expect: officers, kind: 'total', statedBy: 'report', id: 'total against the data', sentence: 'Kenya has sent 817 police officers to Haiti.' }),
  ],
  facts: { officers, contingentCount, firstCohort, flagOff, thirdLeft, deployment, pressRelease, pausedUsd, rate, pausedKes, statedKes, overstatement, perOfficer },
  cells: [
    prose('lede', md`
Kenya has sent **${officers}** police officers to Haiti in ${contingentCount} contingents since President William Ruto
flagged off the first ${firstCohort} in Nairobi on ${flagOff}. They are the backbone of the Kenya-led Multinational
Security Support (MSS) mission, sent to help Haiti's police take back a capital largely held by armed gangs.

The mission's money is less settled. More than **${pausedUsd}** in US funding for it was paused after the Trump
administration froze foreign aid — about **${pausedKes}** at the Central Bank of Kenya's rate on the day of the US press
release of ${pressRelease}, or roughly ${perOfficer} for every Kenyan officer sent.`),
    factBox('key-figures', [officers, pausedUsd, pausedKes, perOfficer], { title: 'The mission in four numbers' }),
    prose('contingents-intro', md`
## Three contingents

The first cohort of ${firstCohort} officers left Nairobi the day after the flag-off. A second batch landed in
Port-au-Prince in July 2024, and a third contingent left Kenya on ${thirdLeft}, ${deployment} after the first.`),
    chart('officers-by-contingent', bar(contingents, {
      x: 'name', y: 'officers', labels: true, xTitle: null,
      title: 'Three contingents, 817 officers',
      subtitle: 'Kenyan police officers sent to Haiti, by contingent',
      source: 'Source: Kenyans.co.ke',
      // Tooltips in the embed page (charts/officers-by-contingent.html), drawn live by vega-embed.
      interactive: true,
    })),
    chart('deployment', timeline(cumulative(contingents, { value: 'officers', order: 'date' }), {
      x: 'date', y: 'cumulative_officers', mark: 'step', yTitle: 'Officers sent so far',
      title: 'The deployment, step by step',
      subtitle: 'Kenyan police officers sent to Haiti, running total',
      source: 'Source: Kenyans.co.ke',
      annotations: [
        { date: '2024-06-24', label: 'Flag-off' },
        { date: '2025-01-18', label: 'Third contingent' },
      ],
    })),
    table('contingent-table', contingents, {
      title: 'The contingents as the article reports them',
      columns: { name: 'Contingent', officers: 'Officers', event: 'What happened', date: 'Date' },
      caption: 'The article gives the first departure as "on 25,2024" and the second landing as "July 16": the month and the year are filled in from context (see the notes below).',
    }),
    prose('money', md`
## The paused money, in shillings

The article puts the paused US funding at "More than $13 million (sh17.71 billion)". The two figures do not agree.
At ${rate} — the Central Bank of Kenya's rate on ${pressRelease} — $13 million is about **${pausedKes}**. The printed
${statedKes} is ${overstatement} that: it would take more than a thousand shillings to buy a dollar.`),
    chart('shilling-figure', compare(statedKes, pausedKes, {
      labels: ['As printed', 'At the CBK rate'],
      measure: 'amount in Kenya shillings',
      title: 'The shilling figure is ten times too big',
      subtitle: '$13 million in Kenya shillings: the article\'s figure against the conversion at 129.27 per dollar',
      source: SOURCE,
    })),
    factCheck('fact-check', {
      title: 'Fact check',
      intro: 'Every figure and date the article states, checked against the data. A claim the data cannot settle is marked as such, never silently passed.',
    }),
    note('method', md`
Figures come from the article as published, kept verbatim in \`datasets/haiti-mss/article.txt\`; each row of the data
quotes the sentence it comes from. Where the article leaves out a month or a year ("on 25,2024", "July 16",
"Thursday 8"), the data fills it in from context and says why. The exchange rate is the Central Bank of Kenya's
indicative rate in force on the day of the US press release, the nearest published rate on or before that day.`, { title: 'How we did this' }),
  ],
});
