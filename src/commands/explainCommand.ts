import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { parse, validate } from 'graphql';
import { GatewayError } from '../errors.ts';
import { parseOpenApiText, readOpenApi } from '../metadata/readOpenApi.ts';
import { planOperation } from '../planner/planOperation.ts';
import type { QueryPlan } from '../planner/types.ts';
import { buildSchema } from '../schema/buildSchema.ts';
import { loadOpenApiSource } from '../upstream/loadOpenApiSource.ts';

const HELP = `Usage: oro-graphql explain --openapi <file|url> --query <file> [--variables <json>] [--operation-name <name>] [--token <bearer>]

Prints the Oro JSON:API requests a GraphQL operation compiles to, stage by stage, one request per
line: the HTTP method, then the path with its query string, then the headers the gateway adds.
Nothing is sent to Oro. Ids known only at run time show as {ids of <branch>} / {id of <branch>}.
  --openapi         Oro OpenAPI 3.1 document (file path or http(s) URL)
  --query           file with the GraphQL document
  --variables       JSON object with the operation's variables
  --operation-name  which operation of the document to plan
  --token           bearer token sent when fetching --openapi from a URL`;

/** Renders a plan the way `explain` prints it (docs/compiler.md "Reading explain output"). */
export function formatPlan(plan: QueryPlan): string {
  const out: string[] = [];
  let stage = 0;
  for (const r of plan.requests) {
    if (r.stage !== stage) {
      stage = r.stage;
      out.push(`# stage ${stage}`);
    }
    const headers = Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`).join('; ');
    out.push(`${r.method} ${r.path}${headers ? `  [${headers}]` : ''}${r.note ? `  # ${r.note}` : ''}`);
  }
  out.push(`# estimated upstream requests: ${plan.estimatedRequests}`);
  return out.join('\n');
}

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        openapi: { type: 'string' },
        query: { type: 'string' },
        variables: { type: 'string' },
        'operation-name': { type: 'string' },
        token: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`explain: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.openapi || !values.query) {
    console.error(`explain: --openapi and --query are required\n\n${HELP}`);
    return 2;
  }
  try {
    const model = readOpenApi(parseOpenApiText(await loadOpenApiSource(values.openapi, { token: values.token })));
    const { schema } = buildSchema(model);
    const document = parse(await readFile(values.query, 'utf8'));
    // The planner trusts its input like an executor does; an invalid document would plan nothing.
    const invalid = validate(schema, document);
    if (invalid.length > 0) {
      for (const e of invalid) console.error(`explain: ${e.message}`);
      return 1;
    }
    const variables = values.variables ? (JSON.parse(values.variables) as Record<string, unknown>) : {};
    const plan = planOperation(schema, document, variables, values['operation-name'], { basePath: model.basePath, model });
    console.log(formatPlan(plan));
    return 0;
  } catch (error) {
    const code = error instanceof GatewayError ? ` (${error.code})` : '';
    console.error(`explain: ${(error as Error).message}${code}`);
    return 1;
  }
}
