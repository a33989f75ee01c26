/** The starter files `copydesk new` writes. Kept small and commented: they are meant to be edited. */

export const exampleCSV = () => `item,category,amount,date
School meals,Education,1250000,2025-01-15
Clinic repairs,Health,830000,2025-02-03
Textbooks,Education,410000,2025-03-20
`;

export const exampleSidecar = (slug: string) => `${JSON.stringify({
  title: 'Example spending lines (replace with your story\'s data)',
  description: 'Each row is one spending line. Edit the CSV, then describe every column here: copydesk checks every cell against it.',
  source: { publication: 'Your source', title: `Data behind ${slug}`, url: 'https://example.org/' },
  key: 'item',
  columns: {
    item: { type: 'string', description: 'What the money was for.' },
    category: { type: 'category', values: ['Education', 'Health'], description: 'Budget area.' },
    amount: { type: 'money', currency: 'USD', min: 0, description: 'Amount spent, in US dollars.' },
    date: { type: 'date', description: 'Day the payment was made.' },
  },
}, null, 2)}
`;

export const exampleReport = (slug: string) => `/**
 * ${slug}: a new copydesk report. Build it with \`npx copydesk build ${slug}\`, or watch it while you
 * write with \`npx copydesk preview ${slug}\`.
 */
import {
  bar, chart, claim, claimDate, count, dateFact, defineReport, factBox, factCheck, loadDataset, md, note, prose, share, table, total,
} from 'copydesk';

// 1. Load the data. The sidecar (example.meta.json) says what every column holds; a bad cell fails
//    the build with its file, line and column.
const spending = await loadDataset(new URL('../datasets/${slug}/example.csv', import.meta.url));

// 2. Compute facts. Each one remembers its query and its source rows.
const spent = total(spending, 'amount', { label: 'spent in total' });
const education = total(spending, 'amount', { where: "d => d.category === 'Education'", label: 'spent on education' });
const educationShare = share(education, spent, { label: 'share spent on education' });
const items = count(spending, { label: 'items paid for', unit: 'items' });
const lastPayment = dateFact(spending, 'date', { where: "d => d.item === 'Textbooks'", label: 'last payment', weekday: true });

// 3. Check the story. Every figure and date the article states is read from it, and each must be bound
//    to the fact that checks it (or marked notChecked, with the reason). \`npx copydesk check ${slug}\`
//    lists the verdicts; a wrong figure or a weekday that does not match its date is "contradicted".
const article = \`The council spent $2.49 million on three items this year, $1.66 million of it on education.
The last payment was made on Thursday, March 20, 2025.\`;

// 4. Tell the story: cells in reading order.
export default defineReport({
  slug: '${slug}',
  title: 'Where the money went',
  dek: 'A starter report: replace the data and the words.',
  byline: 'Your name',
  datasets: [spending],
  article,
  claims: [
    claim('$2.49 million', { expect: spent }),
    claim('three', { expect: items }),
    claim('$1.66 million', { expect: education }),
    claimDate('Thursday, March 20, 2025', { expect: lastPayment }),
  ],
  cells: [
    prose('lede', md\`The three payments add up to **\${spent}**; \${educationShare} of it went to education.\`),
    factBox('key-figures', [spent, education, educationShare], { title: 'In numbers' }),
    chart('by-item', bar(spending, { x: 'item', y: 'amount', labels: true, title: 'Spending by item', source: 'Source: your source' })),
    table('all-items', spending, { columns: { item: 'Item', category: 'Category', amount: 'Amount (USD)', date: 'Paid on' } }),
    factCheck('fact-check', { title: 'Checking the story' }),
    note('method', 'Describe where the data come from and what you did to them.', { title: 'How we did this' }),
  ],
});
`;
