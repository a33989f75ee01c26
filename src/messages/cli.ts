/** Message catalogue for the command line. */

export const unknownCommand = (name: string) => `unknown command "${name}"`;
export const unknownCommandHint = () => 'Run `copydesk --help` to see the commands.';
export const badArguments = (reason: string) => reason;
export const badArgumentsHint = (command: string) => `Run \`copydesk ${command} --help\` for usage.`;
export const unexpected = () => 'Unexpected error (a bug in copydesk, or something it did not foresee).';
export const unexpectedHint = () => 'Rerun with --debug to see the stack trace, and report it with the input that caused it.';
export const contradicted = (n: number) => `${n} claim${n === 1 ? ' is' : 's are'} contradicted by the data`;
export const newNeedsSlug = () => 'copydesk new takes one argument: the slug of the new report';
export const newBadSlug = (slug: string) => `"${slug}" cannot be a report slug`;
export const newBadSlugHint = () => 'Use lower-case letters, digits and hyphens, e.g. `copydesk new my-story`.';
export const newWouldOverwrite = (paths: readonly string[]) => `refusing to overwrite what exists: ${paths.join(', ')}`;
export const newWouldOverwriteHint = (slug: string) => `Pick another slug, or remove the files of "${slug}" first.`;
export const newNextSteps = (slug: string) => `Next:\n  npx copydesk preview ${slug}   watch it while you edit\n  npx copydesk build ${slug}     build out/${slug}/`;
export const badPort = (port: string) => `--port ${port} is not a port number (0–65535)`;
export const previewOneReport = () => 'copydesk preview serves one report at a time';
