import type { ResourceModel } from './model.ts';

/**
 * Acceptable targets of stock Oro's polymorphic relationships. Oro's OpenAPI document links them
 * to the generic `relationshipToOne/ToMany` without naming any target (METADATA §2.5, §2.13), so
 * the gateway ships what stock Oro declares; the project config's `targets` still wins.
 *
 * Storefront `webcatalogtree.content` (METADATA §2.5, §4.2): a content node shows a master
 * catalog category, a product, a product collection or a system page; OroCommerce's CMS bundle
 * adds landing pages (its `cms_page` content variant), which the storefront serves as
 * `landingpages`.
 */
export const KNOWN_POLYMORPHIC_TARGETS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  webcatalogtree: {
    content: ['mastercatalogcategories', 'products', 'productcollection', 'systempages', 'landingpages'],
  },
};

/**
 * Gives every polymorphic relationship of {@link KNOWN_POLYMORPHIC_TARGETS} that the document
 * leaves without targets the known targets that exist in the document (as routes or as
 * relationship targets); the others are dropped, since the schema could not describe them.
 * Mutates the model and records one notice per relationship.
 */
export function applyKnownPolymorphicTargets(model: ResourceModel): void {
  for (const [type, relationships] of Object.entries(KNOWN_POLYMORPHIC_TARGETS)) {
    const resource = model.resources[type];
    if (!resource) continue;
    for (const [name, known] of Object.entries(relationships)) {
      const rel = resource.relationships.find((r) => r.name === name);
      if (!rel || !rel.polymorphic || rel.targets.length > 0) continue;
      const targets = known.filter((t) => model.resources[t] !== undefined);
      if (targets.length === 0) continue;
      rel.targets = [...targets];
      rel.targetsSource = 'builtin';
      for (const shape of [resource.create, resource.update]) {
        const input = shape?.relationships.find((x) => x.name === name);
        if (input) input.targets = [...targets];
      }
      model.warnings.push({
        pointer: `/resources/${type}/relationships/${name}`,
        source: 'schema',
        severity: 'notice',
        message: `polymorphic relationship "${type}.${name}" takes stock Oro's targets that this document has: ${targets.join(', ')}`,
      });
    }
  }
}
