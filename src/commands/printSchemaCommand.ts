import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema, validateSchema } from 'graphql';
import { parseOpenApiText, readOpenApi } from '../metadata/readOpenApi.ts';
import { parseSchemaConfig, type SchemaConfig } from '../metadata/schemaConfig.ts';
import type { MetadataWarning } from '../metadata/model.ts';
import { buildSchema } from '../schema/buildSchema.ts';
import { loadOpenApiSource } from '../upstream/loadOpenApiSource.ts';

const HELP = `Usage: oro-graphql print-schema --openapi <file|url> [--config <file>] [--view <name>] [--token <bearer>]

Prints the GraphQL SDL (sorted) generated from an Oro OpenAPI 3.1 document (JSON or YAML).
  --openapi   file path or http(s) URL, e.g. https://shop.example.com/public-openapi-specification/1/storefront
  --config    project config file (JSON or YAML) with a "schema:" section (docs/schema.md)
  --view      which "schema.views.<view>" of the config applies (storefront, back-office);
              default: guessed from the document (back office when routes are under /admin/api)
  --token     bearer token sent when fetching --openapi from a URL
  --strict    exit 1 when there are warnings
Warnings go to stderr; the exit code is 1 when the input cannot be read.`;

/** `storefront` for `/api` documents titled "Storefront ...", `back-office` otherwise (METADATA §1.1). */
export function guessView(title: string, basePath: string): string {
  if (/storefront/i.test(title)) return 'storefront';
  return basePath.endsWith('/admin/api') || /^JSON:API/.test(title) ? 'back-office' : 'storefront';
}

export async function loadSchemaConfigFile(path: string): Promise<SchemaConfig> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new Error(`cannot read config file "${path}": ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  let parsed: unknown;
  try {
    parsed = parseOpenApiText(text);
  } catch (error) {
    throw new Error(`config file "${path}" is ${(error as Error).message}`);
  }
  try {
    return parseSchemaConfig(parsed);
  } catch (error) {
    throw new Error(`config file "${path}": ${(error as Error).message}`);
  }
}

export function formatWarning(w: MetadataWarning): string {
  return `${w.severity === 'notice' ? 'note' : 'warning'}: ${w.source === 'config' ? 'config ' : w.source === 'schema' ? 'schema ' : ''}${w.pointer || '/'}: ${w.message}`;
}

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        openapi: { type: 'string' },
        config: { type: 'string' },
        view: { type: 'string' },
        token: { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`print-schema: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.openapi) {
    console.error(`print-schema: --openapi is required\n\n${HELP}`);
    return 2;
  }
  try {
    const text = await loadOpenApiSource(values.openapi, { token: values.token });
    let document: unknown;
    try {
      document = parseOpenApiText(text);
    } catch (error) {
      throw new Error(`${values.openapi} is ${(error as Error).message}`);
    }
    const config = values.config ? await loadSchemaConfigFile(values.config) : undefined;
    const model = readOpenApi(document);
    const view = values.view ?? guessView(model.title, model.basePath);
    const { schema, warnings } = buildSchema(model, { config, view });
    const errors = validateSchema(schema);
    if (errors.length > 0) throw new Error(`the generated schema is invalid: ${errors.map((e) => e.message).join('; ')}`);
    const all = [...model.warnings, ...warnings];
    for (const w of all) console.error(formatWarning(w));
    process.stdout.write(printSchema(lexicographicSortSchema(schema)) + '\n');
    return values.strict && all.some((w) => w.severity !== 'notice') ? 1 : 0;
  } catch (error) {
    console.error(`print-schema: ${(error as Error).message}`);
    return 1;
  }
}
