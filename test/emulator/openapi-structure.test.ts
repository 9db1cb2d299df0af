import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildOpenApiDocument } from '../../src/emulator/openapi/buildOpenApiDocument.ts';

const FIXTURES = '/work/shared/oro/openapi-fixtures';
const FILTER_NAME = /^filter\[[^\]]+\](\[[A-Za-z0-9_]+\])*?(\[(eq|neq|lt|lte|gt|gte|exists|neq_or_null|contains|not_contains|starts_with|not_starts_with|ends_with|not_ends_with|empty)\])?$/;
const OPERATION_ID = /^[a-z0-9_]+(-id)?(-[A-Za-z0-9_]+)?(-relationships-[A-Za-z0-9_]+)?-(get|post|patch|delete|options)$/;

type Doc = { paths: Record<string, Record<string, any>>; components: Record<string, Record<string, any>> };

function documents(): Array<[string, Doc]> {
  const out: Array<[string, Doc]> = [];
  for (const f of ['platform_rest_json_api_other.yml', 'platform_rest_json_api_data_types.yml', 'platform_rest_json_api_activities.yml']) {
    try {
      out.push([f, parse(readFileSync(`${FIXTURES}/${f}`, 'utf8')) as Doc]);
    } catch {
      // Fixtures live outside the repository; the emulator documents are checked regardless.
    }
  }
  out.push(['emulator storefront', buildOpenApiDocument('storefront') as Doc]);
  out.push(['emulator back-office', buildOpenApiDocument('back-office') as Doc]);
  return out;
}

function resolve(doc: Doc, ref: string): any {
  const [, section, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? [];
  return section ? doc.components[section]?.[name!] : undefined;
}

for (const [name, doc] of documents()) {
  test(`OpenAPI ${name}: every DataModel has a type enum and a string id`, () => {
    for (const [key, s] of Object.entries(doc.components.schemas!)) {
      if (!key.endsWith('DataModel') || key === 'relationshipDataModel' || key.startsWith('linksFor')) continue;
      assert.equal(s.properties.id.type, 'string', key);
      if (!key.includes('RelationshipFor') && !key.includes('SubresourceFor')) assert.ok(Array.isArray(s.properties.type.enum), key);
    }
  });

  test(`OpenAPI ${name}: relationships point to RelationshipToOne/ToMany with a typed or generic linkage`, () => {
    for (const [key, s] of Object.entries(doc.components.schemas!)) {
      if (!key.endsWith('DataModel')) continue;
      for (const [rel, p] of Object.entries<any>(s.properties.relationships?.properties ?? {})) {
        assert.match(p.$ref, /RelationshipTo(One|Many)$|relationshipTo(One|Many)$/, `${key}.${rel}`);
        const target = resolve(doc, p.$ref);
        const items = target.properties.data.items ?? target.properties.data.oneOf[0];
        const linkage = resolve(doc, items.$ref);
        assert.ok(Array.isArray(linkage.properties.type.enum) || items.$ref.endsWith('/linkage'), `${key}.${rel}`);
      }
    }
  });

  test(`OpenAPI ${name}: filter parameter names follow Oro's bracket form`, () => {
    for (const p of Object.values<any>(doc.components.parameters!)) if (String(p.name).startsWith('filter')) assert.match(p.name, FILTER_NAME);
  });

  test(`OpenAPI ${name}: sort descriptions list the allowed fields`, () => {
    // Real Oro omits the list when no field is sortable (activities fixture); when present it ends the text.
    for (const p of Object.values<any>(doc.components.parameters!)) if (p.name === 'sort') assert.match(p.description, /^Result sorting\. .*?( Allowed fields: [\w.]+(, [\w.]+)*\.)?$/);
    if (name.startsWith('emulator')) for (const p of Object.values<any>(doc.components.parameters!)) if (p.name === 'sort') assert.match(p.description, /Allowed fields: .*\.$/);
  });

  test(`OpenAPI ${name}: operationIds follow Oro's scheme`, () => {
    for (const ops of Object.values(doc.paths)) for (const op of Object.values<any>(ops)) assert.match(op.operationId, OPERATION_ID);
  });

  // The Oro fixtures are "contains" subsets of the real output, so only our documents must be closed.
  if (name.startsWith('emulator')) test(`OpenAPI ${name}: every $ref resolves`, () => {
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === '$ref') assert.ok(resolve(doc, String(x)) !== undefined, String(x));
          else walk(x);
        }
      }
    };
    walk(doc);
  });
}

test('OpenAPI storefront: paths carry /api and the back office /admin/api', () => {
  assert.ok(Object.keys(buildOpenApiDocument('storefront').paths as object).every((p) => p.startsWith('/api/')));
  assert.ok(Object.keys(buildOpenApiDocument('back-office').paths as object).every((p) => p.startsWith('/admin/api/')));
});

test('OpenAPI storefront: create bodies carry the read-only note and required lists', () => {
  const s = (buildOpenApiDocument('storefront') as Doc).components.schemas!;
  const create = s.shoppinglists1DataModel;
  assert.deepEqual(create.required, ['type']);
  assert.match(create.properties.id.description, /The read-only field\. A passed value will be ignored\./);
  assert.ok(!create.properties.attributes.required.includes('createdAt'));
});

test('OpenAPI storefront: webcatalogtree content is the generic polymorphic relationship', () => {
  const s = (buildOpenApiDocument('storefront') as Doc).components.schemas!;
  assert.equal(s.webcatalogtreeDataModel.properties.relationships.properties.content.$ref, '#/components/schemas/relationshipToOne');
});

test('OpenAPI storefront: inventory statuses have no paging and products sku takes arrays', () => {
  const d = buildOpenApiDocument('storefront') as Doc;
  const params = d.paths['/api/productinventorystatuses']!.get.parameters.map((p: any) => resolve(d, p.$ref).name);
  assert.ok(!params.includes('page[size]'));
  const sku = Object.values<any>(d.components.parameters!).find((p) => p.name === 'filter[sku]');
  assert.equal(sku.schema.$ref, '#/components/schemas/stringUnionArray');
});
