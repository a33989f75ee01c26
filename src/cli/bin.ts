#!/usr/bin/env node
/**
 * The `copydesk` command. This file only parses the command name and hands off to the command's
 * module (imported lazily, so `copydesk --help` starts fast); errors are printed by `run-cli.ts`.
 */
import { runCli } from './run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
