/**
 * The `oro-graphql` command. Each subcommand lives in `src/commands/<name>Command.ts` and exports
 * `run(argv): Promise<number>` (the exit code). Subcommands parse their own flags with
 * `node:util` `parseArgs` and print their own `--help`.
 */
const commands: Record<string, { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> }> = {
  serve: {
    summary: 'run the GraphQL gateway (starts the embedded Oro emulator when no Oro is configured)',
    load: () => import('./commands/serveCommand.ts'),
  },
  emulator: {
    summary: 'run the Oro JSON:API emulator with its demo catalogue',
    load: () => import('./commands/emulatorCommand.ts'),
  },
  'print-schema': {
    summary: 'print the GraphQL SDL generated from an Oro OpenAPI document',
    load: () => import('./commands/printSchemaCommand.ts'),
  },
  'schema-files': {
    summary: 'regenerate (--write) or verify (--check) the committed SDL in schema/',
    load: () => import('./commands/schemaFilesCommand.ts'),
  },
  explain: {
    summary: 'print the Oro JSON:API requests a GraphQL operation compiles to',
    load: () => import('./commands/explainCommand.ts'),
  },
};

function usage(): string {
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(14)} ${c.summary}`);
  return ['Usage: oro-graphql <command> [options]', '', 'Commands:', ...rows, '', 'Run `oro-graphql <command> --help` for the options of a command.'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    console.error(`oro-graphql: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}
