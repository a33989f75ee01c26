/** Message catalogue for the command line. */

export const unknownCommand = (name: string) => `unknown command "${name}"`;
export const unknownCommandHint = () => 'Run `copydesk --help` to see the commands.';
export const badArguments = (reason: string) => reason;
export const badArgumentsHint = (command: string) => `Run \`copydesk ${command} --help\` for usage.`;
export const unexpected = () => 'Unexpected error (a bug in copydesk, or something it did not foresee).';
export const unexpectedHint = () => 'Rerun with --debug to see the stack trace, and report it with the input that caused it.';
export const contradicted = (n: number) => `${n} claim${n === 1 ? ' is' : 's are'} contradicted by the data`;
