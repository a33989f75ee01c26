import { DataError, type Problem } from '../errors.js';

/** Options for {@link ProblemList}. */
export interface ProblemListOptions {
  /** Most problems kept for the error; the rest are only counted ("… and 12 more"). Default 50. */
  limit?: number;
}

/**
 * Collects every problem found in a file, so that one `DataError` lists them all instead of stopping
 * at the first. Keeps the earliest `limit` problems in file order (sidecar before data, then by line
 * and column), since the checks run column by column and would otherwise report column-major.
 */
export class ProblemList {
  readonly limit: number;
  #items: Problem[] = [];
  #dropped = 0;
  readonly #fileRank = new Map<string, number>();

  constructor({ limit = 50 }: ProblemListOptions = {}) {
    this.limit = Math.max(1, limit);
  }

  /** Record a problem. */
  add(problem: Problem): void {
    if (!this.#fileRank.has(problem.file)) this.#fileRank.set(problem.file, this.#fileRank.size);
    this.#items.push(problem);
    // Trim now and then so that a file where every cell is wrong does not hold a million problems.
    if (this.#items.length >= this.limit * 4) this.#trim();
  }

  /** Number of problems recorded, kept or not. */
  get size(): number {
    return this.#items.length + this.#dropped;
  }

  /** The kept problems, in file order. */
  get problems(): readonly Problem[] {
    this.#trim();
    return this.#items;
  }

  /**
   * Give the kept problems of `file` that have no line a line and column: `locate` finds them from
   * the problem (a sidecar's problems name a property, whose position a second look at the text gives).
   */
  place(file: string, locate: (problem: Problem) => { line: number; column: number } | undefined): void {
    this.#items = this.problems.map((problem) => {
      if (problem.file !== file || problem.line !== undefined) return problem;
      const at = locate(problem);
      return at === undefined ? problem : { ...problem, ...at };
    });
    this.#trim();
  }

  /** Throw one `DataError` for `file` listing the problems, if there are any. */
  throwIfAny(file: string, options: { hint?: string } = {}): void {
    if (this.size > 0) throw this.toError(file, options);
  }

  /** One `DataError` for `file` listing the problems. */
  toError(file: string, { hint }: { hint?: string } = {}): DataError {
    const problems = this.problems;
    return new DataError(file, problems, { omitted: this.#dropped, ...(hint === undefined ? {} : { hint }) });
  }

  #trim(): void {
    const rank = (p: Problem) => this.#fileRank.get(p.file) ?? 0;
    this.#items.sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    if (this.#items.length > this.limit) {
      this.#dropped += this.#items.length - this.limit;
      this.#items = this.#items.slice(0, this.limit);
    }
  }
}
