import { parse as parseYaml } from 'yaml';

/** An OpenAPI text that is neither JSON nor YAML; the message says where it broke. */
export class OpenApiTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpenApiTextError';
  }
}

/**
 * Parses Oro's OpenAPI document text. Oro dumps JSON, pretty JSON or YAML
 * (`oro:api:doc:open-api:dump --format`, METADATA §1.2); JSON is tried first because it is
 * faster and also valid YAML.
 */
export function parseOpenApiText(text: string): unknown {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new OpenApiTextError(`not valid JSON: ${(error as Error).message}`);
    }
  }
  try {
    return parseYaml(text, { maxAliasCount: -1, uniqueKeys: false });
  } catch (error) {
    throw new OpenApiTextError(`not valid YAML: ${(error as Error).message}`);
  }
}
