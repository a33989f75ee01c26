import fc from 'fast-check';
import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { md, toMarkdown } from '../../src/report/md.js';
import { quickBlockTokenizer, renderMarkdown } from '../../src/report/markdown.js';
import type { Fact } from '../../src/facts/fact.js';

const fact = (text: string, label = 'a fact'): Fact => ({ kind: 'count', value: Number(text.replace(/\D/g, '')), unit: 'officers', label, how: 'stated', sources: [], text });
const renderFact = (f: Fact) => `[${f.text}]`;

describe('md', () => {
  it('keeps facts in order and prints them where they were interpolated', () => {
    const total = fact('817');
    const first = fact('400');
    const text = md`Kenya sent **${total}** officers, ${first} of them first.`;
    expect(text.facts).toEqual([total, first]);
    expect(renderMarkdown(text, { renderFact })).toBe('<p>Kenya sent <strong>[817]</strong> officers, [400] of them first.</p>\n');
  });

  it('prints interpolated strings as literal text, not Markdown or HTML', () => {
    const text = md`Name: ${'*bold* <img src=x onerror=alert(1)>'}`;
    const html = renderMarkdown(text, { renderFact });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<em>');
    expect(html).toContain('&lt;img');
  });

  it('drops token characters typed into the template so they cannot forge a fact', () => {
    expect(toMarkdown('a \uE0000\uE001 b').source).toBe('a 0 b');
    expect(md`x \uE0000\uE001 ${fact('1')}`.source).toBe('x 0 \uE0000\uE001');
  });
});

describe('renderMarkdown', () => {
  const render = (source: string) => renderMarkdown(toMarkdown(source), { renderFact });

  it('shows raw HTML as text', () => {
    expect(render('<script>alert(1)</script>')).not.toContain('<script');
    expect(render('a <b onclick="x()">b</b>')).toContain('&lt;b onclick=');
  });

  it('keeps safe links and drops javascript: and data: ones', () => {
    expect(render('[CBK](https://www.centralbank.go.ke/)')).toContain('<a href="https://www.centralbank.go.ke/"');
    expect(render('[x](javascript:alert(1))')).not.toContain('href');
    expect(render('[x](java\tscript:alert(1))')).not.toContain('href');
    expect(render('[x](data:text/html,hi)')).not.toContain('href');
  });

  it('does not load remote images', () => {
    expect(render('![a chart](https://example.com/x.png)')).not.toContain('<img');
  });
});

describe('quickBlockTokenizer', () => {
  const plain = new Marked({ gfm: true, async: false });
  const quick = new Marked({ gfm: true, async: false, tokenizer: quickBlockTokenizer });
  // Lines that start or continue every block rule: quotes, HTML, fences, definitions, tables, setext underlines.
  const line = fc.constantFrom('Some text', 'x', '> quoted', '  > quoted', '<div>', '<!-- c -->', '```', '~~~js', '    code', '[a]: http://x.y',
    '| a | b |', '|---|---|', 'a | b', '--- | ---', ':-- | --:', '===', '---', '  ---', '- item', '1. item', '# Head', '', ' ', '\t', '***', 'a *b* c');
  const text = fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n'));

  it('lexes every text as marked does', () => {
    fc.assert(fc.property(text, (source) => {
      expect(quick.lexer(source)).toEqual(plain.lexer(source));
    }), { numRuns: 3000 });
  });

  it.each(['Title\n===\n\ntext', 'a | b\n--|--\n1 | 2', '> a\nb', '<p>x</p>', '```\ncode\n```', '[a]: http://x.y\n\n[a]', 'line\n  \n---'])('lexes %j as marked does', (source) => {
    expect(quick.lexer(source)).toEqual(plain.lexer(source));
  });
});
