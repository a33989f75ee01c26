import { describe, expect, it } from 'vitest';
import { createMemo, noMemo, type Memo } from '../../src/report/memo.js';

describe('createMemo', () => {
  it('computes once per key and again when what the work depends on changes', async () => {
    const memo = createMemo();
    let runs = 0;
    const draw = (spec: object) => memo(['svg', 'chart', spec], () => { runs += 1; return `<svg>${runs}</svg>`; });
    expect(await draw({ mark: 'bar' })).toBe('<svg>1</svg>');
    expect(await draw({ mark: 'bar' })).toBe('<svg>1</svg>');
    expect(await draw({ mark: 'line' })).toBe('<svg>2</svg>');
    expect(runs).toBe(2);
  });

  it('forgets, at prune, what the last build did not use', async () => {
    const memo = createMemo();
    let runs = 0;
    const work = (key: string) => memo([key], () => (runs += 1));
    await work('a');
    await work('b');
    memo.prune();
    await work('a'); // the next build uses only "a"
    memo.prune();
    await work('b');
    expect(runs).toBe(3);
  });

  it('does not remember failures', async () => {
    const memo = createMemo();
    await expect(memo(['x'], () => { throw new Error('bad spec'); })).rejects.toThrow('bad spec');
    expect(await memo(['x'], () => 'fixed')).toBe('fixed');
  });

  it('noMemo always computes', async () => {
    let runs = 0;
    await noMemo(['x'], () => (runs += 1));
    await noMemo(['x'], () => (runs += 1));
    expect(runs).toBe(2);
  });

  it('asks the memo behind it (the drawings on disk) for what it does not hold, and only once', async () => {
    const asked: unknown[][] = [];
    const behind: Memo = async (parts, compute) => {
      asked.push([...parts]);
      return parts[0] === 'kept' ? ('from disk' as never) : compute();
    };
    const memo = createMemo({ behind });
    expect(await memo(['kept'], () => 'drawn')).toBe('from disk');
    expect(await memo(['new'], () => 'drawn')).toBe('drawn');
    expect(await memo(['kept'], () => 'drawn')).toBe('from disk');
    memo.prune();
    expect(await memo(['new'], () => 'drawn again')).toBe('drawn');
    expect(asked).toEqual([['kept'], ['new']]);
  });
});
