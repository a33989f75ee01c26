/**
 * Message catalogue for embeds: the words printed on embed pages and on the embeds index, and the
 * errors and warnings the embed step raises.
 */

const q = (text: string) => JSON.stringify(text);

// Errors and warnings.

export const vendorMissing = (pkg: string, file: string) => `the browser build of ${pkg} (${file}) is not installed, and interactive embeds load it`;
export const vendorMissingHint = (pkg: string) => `Run \`npm install\` so that ${pkg} is in node_modules, or drop \`interactive: true\` from the chart.`;
export const pngsFailed = (id: string, reason: string, hint: string | undefined) =>
  `chart ${q(id)}: its PNGs could not be drawn (${reason}). The report, the chart’s SVG and its embed page are written; charts/${id}.png and charts/${id}@2x.png are not, and its embed code shows readers without scripts no image.${hint !== undefined ? ` ${hint}` : ''}`;
export const notResizable = (id: string) =>
  `chart ${q(id)} is not a single view, so its embed is drawn at one width and scaled (it scrolls sideways on screens narrower than its text allows)`;

// Embed page.

export const getTheData = () => 'Get the data';
export const dataTableCaption = (title: string) => `The data in the chart “${title}”`;
export const fullReport = (title: string) => `From the report “${title}”`;

// Embeds index.

export const indexTitle = (title: string) => `Embed the charts of “${title}”`;
export const indexIntro = () =>
  'Each chart below has an embed code: paste it into your page or CMS. The chart fills the width it is given and resizes its frame to fit; where scripts are blocked, readers see a static image instead.';
export const indexNoScript = () =>
  'The codes below use paths relative to this page: with scripts on, they are shown as full addresses, ready to paste.';
export const embedCode = (title: string) => `Embed code for “${title}”`;
export const copy = () => 'Copy';
export const copied = () => 'Copied';
export const copyFailed = () => 'Select the code and copy it';
export const preview = () => 'Preview';
export const files = () => 'Files';
export const embedPage = () => 'Embed page';
export const png = () => 'PNG';
export const png2x = () => 'PNG (2x)';
export const noPNG = () => 'No PNG (resvg could not draw this chart: see the build’s warnings)';
export const svg = () => 'SVG';
export const vegaLite = () => 'Vega-Lite spec';
export const csv = () => 'Data (CSV)';
export const interactive = () => 'Interactive: tooltips on hover.';
export const backToReport = () => 'Back to the report';
