#!/usr/bin/env node
/**
 * The `copydesk` command. This file only parses the command name and hands off to the command's
 * module (imported lazily, so `copydesk --help` starts fast); errors are printed by `run-cli.ts`.
 */
import { setFlagsFromString } from 'node:v8';
import { runCli } from './run-cli.js';

// Builds print the same bytes on every machine: a Vega-Lite spec that reads dates in local time
// (a raw spec without a UTC scale), or a report's own `new Date(y, m, d)`, would otherwise shift a
// day west of Greenwich. Node applies a new TZ at once.
process.env.TZ = 'UTC';

// V8 compiles a regular expression to bytecode when it first runs, interprets it, and compiles it
// again to machine code once it runs again: the claim readers' and Markdown's large expressions
// (Unicode classes, long alternations) were compiled twice, and the first compile, optimised for
// the interpreter, was the slower. Compiled once, to machine code: Markdown of a report's prose took
// 12 ms instead of 32 (measured). Set here, after the library's code cache was read, which V8 sets
// aside when the flags that made it differ.
setFlagsFromString('--no-regexp-tier-up');

// `copydesk build --json | head` closes the pipe early: stop quietly, as Unix tools do, rather than
// crash with EPIPE. A build cut short this way leaves the previous output as it was (see writeOutput).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Once nothing is left to do (every write flushed, the PNG renderer idle), exit there and then: the
// teardown of the heap that a natural exit does next takes 30 ms, for a process that is ending anyway.
process.once('beforeExit', (code) => process.exit(code));

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
