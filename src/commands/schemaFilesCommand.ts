import { parseArgs } from 'node:util';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema, validateSchema } from 'graphql';
import { parseOpenApiText, readOpenApi } from '../metadata/readOpenApi.ts';
import type { MetadataWarning } from '../metadata/model.ts';
import { buildSchema } from '../schema/buildSchema.ts';
import { buildOpenApiDocument } from '../emulator/openapi/buildOpenApiDocument.ts';
import { formatWarning } from './printSchemaCommand.ts';
import { decorateViewSchema, printOnlyAuth } from '../server/decorateViewSchema.ts';
import type { OroView } from '../upstream/types.ts';

const HELP = `Usage: oro-graphql schema-files (--write | --check)

Generates the SDL of both emulator views as the gateway serves them (schema/storefront.graphql,
schema/back-office.graphql)
and of every real Oro fixture in ../shared/oro/openapi-fixtures/*.yml (schema/fixtures/<name>.graphql).
  --write   rewrite the files
  --check   exit 1 and list the files that differ from what would be generated`;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface SchemaFile {
  /** Path relative to the repository root. */
  path: string;
  sdl: string;
  warnings: MetadataWarning[];
}

function sdlOf(document: unknown, view: string, served?: OroView): { sdl: string; warnings: MetadataWarning[] } {
  const model = readOpenApi(document);
  const built = buildSchema(model, { view });
  const warnings = built.warnings;
  // The emulator views are printed as the gateway serves them (auth mutations, @inContext).
  const schema = served ? decorateViewSchema(served, built.schema, printOnlyAuth) : built.schema;
  const errors = validateSchema(schema);
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
  return { sdl: printSchema(lexicographicSortSchema(schema)) + '\n', warnings: [...model.warnings, ...warnings] };
}

/** Every committed SDL file and what it should contain (emulator views, then the fixtures). */
export async function generateSchemaFiles(root = repoRoot): Promise<SchemaFile[]> {
  const files: SchemaFile[] = [];
  for (const view of ['storefront', 'back-office'] as const) {
    files.push({ path: `schema/${view}.graphql`, ...sdlOf(buildOpenApiDocument(view), view, view) });
  }
  const fixtures = join(root, '..', 'shared', 'oro', 'openapi-fixtures');
  const names = (await readdir(fixtures)).filter((f) => /\.ya?ml$|\.json$/.test(f)).sort();
  for (const name of names) {
    const document = parseOpenApiText(await readFile(join(fixtures, name), 'utf8'));
    files.push({ path: `schema/fixtures/${name.replace(/\.(ya?ml|json)$/, '')}.graphql`, ...sdlOf(document, 'back-office') });
  }
  return files;
}

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { write: { type: 'boolean' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`schema-files: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.write === values.check) {
    console.error(`schema-files: give exactly one of --write or --check\n\n${HELP}`);
    return 2;
  }
  let files: SchemaFile[];
  try {
    files = await generateSchemaFiles();
  } catch (error) {
    console.error(`schema-files: ${(error as Error).message}`);
    return 1;
  }
  for (const f of files) for (const w of f.warnings) console.error(`${f.path}: ${formatWarning(w)}`);
  const differing: string[] = [];
  for (const f of files) {
    const target = join(repoRoot, f.path);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === f.sdl) continue;
    if (values.write) {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, f.sdl);
      console.log(`wrote ${f.path}`);
    } else differing.push(f.path);
  }
  if (values.check && differing.length > 0) {
    console.error(`schema-files: these files differ from the generated SDL (run \`npm run schema\`):\n${differing.map((p) => `  ${p}`).join('\n')}`);
    return 1;
  }
  if (values.check) console.log(`schema-files: ${files.length} files up to date`);
  return 0;
}
