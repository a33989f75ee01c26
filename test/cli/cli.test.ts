import { describe, expect, it } from 'vitest';
import { copydesk } from '../integration/build-cli.js';

describe('copydesk', () => {
  it('prints help for every command', () => {
    expect(copydesk(['--help']).stdout).toMatch(/Commands:/);
    for (const command of ['build', 'check', 'new', 'preview']) {
      const result = copydesk([command, '--help']);
      expect(result.status, command).toBe(0);
      expect(result.stdout, command).toMatch(new RegExp(`Usage: copydesk ${command}`));
    }
  });

  it('names an unknown command and points to --help', () => {
    const result = copydesk(['biuld']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/unknown command "biuld"/);
    expect(result.stderr).toMatch(/--help/);
  });

  it('names an unknown option without a stack trace', () => {
    const result = copydesk(['build', '--outt', 'x']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--outt/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('names a report that does not exist', () => {
    const result = copydesk(['build', 'no-such-story']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no report named "no-such-story"/);
  });
});
