/**
 * Functions run inside the page (`page.evaluate`): each is self-contained (no imports, no outer
 * variables), since Playwright sends its source text to the browser.
 */

/** The drawing an embed page shows: how many are shown, its size, and its smallest text as the reader sees it. */
export interface ShownChart {
  shown: number;
  width: number;
  height: number;
  /** Smallest font size in the shown SVG times the SVG's scale, in CSS pixels. */
  minTextPx: number;
  /** Whether the drawing is the live one (vega-embed's) rather than the static SVG. */
  live: boolean;
  /** How far the page itself is wider than the window: a page must never scroll sideways. */
  pageOverflowX: number;
}

/** Inspect the chart of an embed page. */
export function shownChart(): ShownChart {
  const shown = [...document.querySelectorAll('.chart .variant')].filter((variant) => getComputedStyle(variant).display !== 'none');
  const svg = shown[0]?.querySelector('svg');
  const box = svg?.getBoundingClientRect();
  const viewBox = svg?.viewBox.baseVal;
  const natural = viewBox && viewBox.width > 0 ? viewBox.width : Number(svg?.getAttribute('width'));
  const scale = box && natural > 0 ? box.width / natural : 0;
  const sizes = [...(svg?.querySelectorAll('text') ?? [])].map((text) => parseFloat(getComputedStyle(text).fontSize)).filter((size) => size > 0);
  return {
    shown: shown.length,
    width: box?.width ?? 0,
    height: box?.height ?? 0,
    minTextPx: sizes.length > 0 ? Math.min(...sizes) * scale : 0,
    live: svg?.closest('.live') !== null && svg !== undefined,
    pageOverflowX: document.documentElement.scrollWidth - window.innerWidth,
  };
}

/** Size of every element matching `selector` (charts, frames). */
export function sizesOf(selector: string): { width: number; height: number; visible: boolean }[] {
  return [...document.querySelectorAll(selector)].map((element) => {
    const box = element.getBoundingClientRect();
    return { width: box.width, height: box.height, visible: element.checkVisibility() };
  });
}

/** A text a reader can see whose colour fails WCAG AA against what is behind it. */
export interface ContrastProblem {
  text: string;
  colour: string;
  background: string;
  ratio: number;
}

/**
 * Every visible text whose colour has less than 4.5:1 contrast (3:1 for large text) with the first
 * opaque background behind it. SVG text is measured by its fill.
 */
export function contrastProblems(): ContrastProblem[] {
  const rgba = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
    const [R, G, B] = [r, g, b].map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const backgroundOf = (element: Element | null): string => {
    for (let e = element; e !== null; e = e.parentElement) {
      const colour = getComputedStyle(e).backgroundColor;
      const [, , , alpha = 1] = rgba(colour);
      if (alpha > 0 && colour !== 'transparent') return colour;
    }
    return 'rgb(255, 255, 255)';
  };
  const problems: ContrastProblem[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = node.textContent?.trim() ?? '';
    if (element === null || text === '' || element.closest('script, style, noscript, title, desc, .visually-hidden') !== null) continue;
    if (!element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
    const style = getComputedStyle(element);
    const colour = element instanceof SVGElement ? style.fill : style.color;
    const background = backgroundOf(element.closest('svg')?.parentElement ?? element);
    const [hi, lo] = [luminance(rgba(colour)), luminance(rgba(background))].sort((a, b) => b - a);
    const ratio = (hi! + 0.05) / (lo! + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) problems.push({ text: text.slice(0, 40), colour, background, ratio: Math.round(ratio * 100) / 100 });
  }
  return problems;
}
