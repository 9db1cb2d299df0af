import type { MetadataWarning, Resource, ResourceModel } from './model.ts';
import { resolveViewSettings, SCALAR_OVERRIDES, type SchemaConfig } from './schemaConfig.ts';
import { addReferencedTargets } from './readOpenApi.ts';
import { childPointer } from './openApiRefs.ts';

/**
 * Applies the project config's schema settings for one view to a model and returns a new model
 * (the input is not changed; applying the same config twice gives the same result). What it
 * fixes is what the OpenAPI document cannot say (METADATA §2.13): `scalar` sets an attribute's
 * Oro data type (and that of its filter), `targets` names the acceptable targets of a polymorphic
 * relationship; `hidden`, `rename` and `pageSize` are the team's own choices.
 *
 * A config naming a field or relationship the resource does not have is reported as a warning
 * (source `config`). Resources absent from the document are ignored silently, so one config file
 * can serve several views and installations.
 */
export function applySchemaConfig(model: ResourceModel, config: SchemaConfig, view?: string): ResourceModel {
  const settings = resolveViewSettings(config, view);
  const warnings: MetadataWarning[] = [...model.warnings];
  const warn = (pointer: string, message: string) => {
    if (!warnings.some((w) => w.source === 'config' && w.pointer === pointer && w.message === message)) {
      warnings.push({ pointer, message, source: 'config' });
    }
  };
  const resources: Record<string, Resource> = {};
  for (const [type, original] of Object.entries(model.resources)) {
    const rc = settings.resources?.[type];
    const r: Resource = structuredClone(original);
    const pageSize = { ...settings.pageSize, ...rc?.pageSize };
    if (pageSize.default !== undefined) r.defaultPageSize = pageSize.default;
    if (pageSize.max !== undefined) r.maxPageSize = pageSize.max;
    if (rc) {
      const base = childPointer('/schema/resources', type);
      if (rc.hidden !== undefined) r.hidden = rc.hidden;
      if (rc.rename !== undefined) r.graphqlName = rc.rename;
      for (const [name, fc] of Object.entries(rc.fields ?? {})) {
        const attr = r.attributes.find((a) => a.name === name);
        if (!attr) {
          const hint = r.relationships.some((x) => x.name === name) ? ` ("${name}" is a relationship: use relationships.${name})` : '';
          warn(childPointer(base, 'fields', name), `resource "${type}" has no attribute "${name}"${hint}`);
          continue;
        }
        if (fc.hidden !== undefined) attr.hidden = fc.hidden;
        if (fc.rename !== undefined) attr.graphqlName = fc.rename;
        if (fc.scalar !== undefined) {
          attr.dataType = SCALAR_OVERRIDES[fc.scalar];
          for (const f of r.filters) if (f.key === name && f.kind === 'field') f.valueType = attr.dataType;
          for (const shape of [r.create, r.update]) {
            const input = shape?.attributes.find((a) => a.name === name);
            if (input) input.dataType = attr.dataType;
          }
        }
      }
      for (const [name, relc] of Object.entries(rc.relationships ?? {})) {
        const rel = r.relationships.find((x) => x.name === name);
        if (!rel) {
          const hint = r.attributes.some((x) => x.name === name) ? ` ("${name}" is an attribute: use fields.${name})` : '';
          warn(childPointer(base, 'relationships', name), `resource "${type}" has no relationship "${name}"${hint}`);
          continue;
        }
        if (relc.hidden !== undefined) rel.hidden = relc.hidden;
        if (relc.rename !== undefined) rel.graphqlName = relc.rename;
        if (relc.targets !== undefined) {
          if (!rel.polymorphic && !(rel.targets.length === 1 && relc.targets.length === 1 && relc.targets[0] === rel.targets[0])) {
            warn(childPointer(base, 'relationships', name, 'targets'), `relationship "${type}.${name}" already has the target "${rel.targets.join(', ')}" in the OpenAPI document; the config targets replace it`);
          }
          rel.targets = [...relc.targets];
          rel.polymorphic = relc.targets.length > 1 || rel.polymorphic;
          rel.targetsSource = 'config';
          for (const shape of [r.create, r.update]) {
            const input = shape?.relationships.find((x) => x.name === name);
            if (input) input.targets = [...relc.targets];
          }
        }
      }
    }
    resources[type] = r;
  }
  const out: ResourceModel = { ...model, resources, warnings };
  addReferencedTargets(out);
  return out;
}
