import { attr, CRUD, GET_ONLY, localized, polymorphicToOne, READ_ONLY, resource, toMany, toOne } from './define.ts';
import type { FilterOptions, ResourceDef, ViewDef } from './types.ts';
import type { Row } from '../data/table.ts';
import { STOREFRONT_DESCRIPTIONS, withDescriptions } from './storefrontDescriptions.ts';

const STRING_SEARCH: FilterOptions = { operators: ['eq', 'neq', 'exists', 'neq_or_null', 'contains', 'not_contains', 'starts_with', 'not_starts_with', 'ends_with', 'not_ends_with'] };
const ENUM_RESOURCE = (type: string, table: string, label: [string, string]): ResourceDef => resource({
  type, table, label, idType: 'string', actions: ['get_list', 'get'], paging: false, sorting: false, publicAccess: true,
  attributes: [attr('name', 'string', { required: true })],
});
const mineOrSelf = (id: string, principal: { kind: string; customerId?: string; customerUserId?: string }, field: 'customerId' | 'customerUserId'): string | null =>
  id === 'mine' ? (principal.kind === 'customerUser' ? (principal as Record<string, string>)[field]! : null) : id;

/**
 * The storefront API (`/api`, view `frontend_rest_json_api`) as OroCommerce 6.1 declares it in
 * its `api_frontend.yml` files (METADATA §4.2). Localized text is a plain string attribute.
 */
export const storefrontResources: ResourceDef[] = withDescriptions([
  resource({
    type: 'products', table: 'products', label: ['Product', 'Products'], publicAccess: true,
    attributes: [
      attr('sku', 'string', { required: true, filter: { allowArray: true, ...STRING_SEARCH }, sort: true, description: 'The stock keeping unit of the product.' }),
      localized('name', 'names', { sort: true }),
      localized('shortDescription', 'shortDescriptions', { dataType: 'text' }),
      localized('description', 'descriptions', { dataType: 'text' }),
      attr('productType', 'string', { required: true, filter: true }),
      attr('featured', 'boolean', { required: true, filter: true }),
      attr('newArrival', 'boolean', { required: true, filter: true }),
      attr('variantAttributeNames', 'stringArray'),
      attr('productAttributes', 'object', { get: () => ({}) }),
      attr('unitPrecisions', 'objectArray'),
      attr('prices', 'objectArray'),
      attr('url', 'string', { readOnly: true }),
      attr('urls', 'objectArray', { readOnly: true, get: (row) => [{ url: row.url, localizationId: '2' }, { url: row.url, localizationId: '3' }] }),
      attr('lowInventory', 'boolean', { readOnly: true }),
      attr('upcoming', 'boolean', { readOnly: true }),
      attr('availabilityDate', 'datetime', { readOnly: true }),
      localized('metaTitle', 'metaTitles'),
      attr('createdAt', 'datetime', { required: true, filter: true, sort: true }),
      attr('updatedAt', 'datetime', { required: true, filter: true, sort: true }),
    ],
    relationships: [
      toOne('inventoryStatus', 'productinventorystatuses', { filter: { allowArray: true } }),
      toMany('images', 'productimages', { field: 'imageIds' }),
      toMany('variantProducts', 'products', { field: 'variantIds' }),
      toMany('parentProducts', 'products', { field: 'parentIds' }),
      toOne('category', 'mastercatalogcategories', { sort: true }),
      toOne('brand', 'brands', { subresource: false, sort: true }),
    ],
    extraSorters: ['brand.name'],
    title: (row) => row.names[0],
  }),
  resource({
    type: 'productimages', table: 'productImages', label: ['Product Image', 'Product Images'], publicAccess: true,
    attributes: [attr('mimeType', 'string'), attr('types', 'stringArray'), attr('files', 'objectArray'), attr('updatedAt', 'datetime', { required: true })],
    relationships: [toOne('product', 'products', { required: true })],
    title: (row) => `Image ${row.id}`,
  }),
  resource({
    type: 'brands', table: 'brands', label: ['Brand', 'Brands'], publicAccess: true,
    attributes: [localized('name', 'names', { sort: true }), localized('shortDescription', 'shortDescriptions', { dataType: 'text' }), localized('description', 'descriptions', { dataType: 'text' }), attr('createdAt', 'datetime', { required: true }), attr('updatedAt', 'datetime', { required: true })],
    title: (row) => row.names[0],
  }),
  resource({
    type: 'mastercatalogcategories', table: 'categories', label: ['Master Catalog Category', 'Master Catalog Categories'], publicAccess: true,
    attributes: [
      localized('title', 'titles', { sort: true }), localized('shortDescription', 'shortDescriptions', { dataType: 'text' }), localized('description', 'descriptions', { dataType: 'text' }),
      attr('url', 'string', { readOnly: true }), attr('urls', 'objectArray', { readOnly: true, get: () => [] }), attr('images', 'objectArray', { readOnly: true, get: () => [] }),
      localized('metaTitle', 'titles'), attr('createdAt', 'datetime', { required: true, filter: true, sort: true }), attr('updatedAt', 'datetime', { required: true, filter: true, sort: true }),
    ],
    relationships: [toMany('categoryPath', 'mastercatalogcategories', { field: 'pathIds', filter: false })],
    title: (row) => row.titles[0],
  }),
  ENUM_RESOURCE('productinventorystatuses', 'inventoryStatuses', ['Product Inventory Status', 'Product Inventory Statuses']),
  resource({
    type: 'productunits', table: 'productUnits', label: ['Product Unit', 'Product Units'], idType: 'string', publicAccess: true, actions: ['get_list', 'get'],
    attributes: [attr('label', 'string', { required: true }), attr('shortLabel', 'string', { required: true }), attr('pluralLabel', 'string', { required: true }), attr('shortPluralLabel', 'string', { required: true })],
    title: (row) => row.label,
  }),
  resource({
    type: 'localizations', table: 'localizations', label: ['Localization', 'Localizations'], publicAccess: true, actions: ['get_list', 'get'], paging: false,
    attributes: [attr('title', 'string', { required: true }), attr('languageCode', 'string', { required: true }), attr('formattingCode', 'string', { required: true }), attr('default', 'boolean', { required: true })],
  }),
  resource({
    type: 'countries', table: 'countries', label: ['Country', 'Countries'], idType: 'string', publicAccess: true, actions: READ_ONLY,
    attributes: [attr('iso3Code', 'string', { required: true }), attr('name', 'string', { required: true, filter: true, sort: true }), attr('deleted', 'boolean', { required: true })],
    relationships: [toMany('regions', 'regions', { field: 'regionIds', sort: true })],
  }),
  resource({
    type: 'regions', table: 'regions', label: ['Region', 'Regions'], idType: 'string', publicAccess: true, actions: READ_ONLY,
    attributes: [attr('code', 'string', { required: true }), attr('name', 'string', { required: true, filter: true, sort: true }), attr('deleted', 'boolean', { required: true })],
    relationships: [toOne('country', 'countries', { sort: true })],
  }),
  resource({
    type: 'customers', table: 'customers', label: ['Customer', 'Customers'], ownerCustomer: (row) => row.id,
    resolveId: (id, ctx) => mineOrSelf(id, ctx.principal, 'customerId'),
    attributes: [attr('name', 'string', { required: true, filter: true, sort: true }), attr('createdAt', 'datetime', { required: true }), attr('updatedAt', 'datetime', { required: true })],
    relationships: [
      toOne('parent', 'customers'), toMany('children', 'customers', { field: 'childIds' }), toOne('group', 'customergroups'),
      toMany('users', 'customerusers', { field: 'userIds' }), toMany('addresses', 'customeraddresses', { field: 'addressIds' }),
    ],
  }),
  resource({
    type: 'customergroups', table: 'customerGroups', label: ['Customer Group', 'Customer Groups'], actions: ['get_list', 'get'],
    attributes: [attr('name', 'string', { required: true, filter: true, sort: true })],
  }),
  resource({
    type: 'customeraddresses', table: 'customerAddresses', label: ['Customer Address', 'Customer Addresses'], actions: CRUD, ownerCustomer: (row) => row.customerId,
    attributes: addressAttributes(true),
    relationships: [toOne('customer', 'customers', { required: true }), toOne('country', 'countries', { required: true }), toOne('region', 'regions')],
    title: (row) => `${row.street}, ${row.city}`,
  }),
  resource({
    type: 'customerusers', table: 'customerUsers', label: ['Customer User', 'Customer Users'], actions: CRUD.filter((a) => a !== 'delete_list'),
    ownerCustomer: (row) => row.customerId, resolveId: (id, ctx) => mineOrSelf(id, ctx.principal, 'customerUserId'),
    attributes: [
      attr('email', 'string', { required: true, filter: true, sort: true }), attr('firstName', 'string', { required: true, sort: true }), attr('lastName', 'string', { required: true, sort: true }),
      attr('namePrefix', 'string'), attr('middleName', 'string'), attr('nameSuffix', 'string'), attr('birthday', 'date'),
      attr('enabled', 'boolean', { required: true }), attr('confirmed', 'boolean', { required: true }), attr('isGuest', 'boolean', { required: true }),
      attr('createdAt', 'datetime', { required: true }), attr('updatedAt', 'datetime', { required: true }),
    ],
    relationships: [toOne('customer', 'customers', { required: true }), toMany('userRoles', 'customeruserroles', { field: 'roleIdsNumeric', get: (row) => [row.roleIds[0] === 'ROLE_FRONTEND_ADMINISTRATOR' ? '1' : '2'] })],
    title: (row) => `${row.firstName} ${row.lastName}`,
  }),
  resource({
    type: 'customeruserroles', table: 'customerUserRoles', label: ['Customer User Role', 'Customer User Roles'], actions: ['get_list', 'get'],
    attributes: [attr('role', 'string', { required: true }), attr('label', 'string', { required: true })],
    title: (row) => row.label,
  }),
  resource({
    type: 'orders', table: 'orders', label: ['Order', 'Orders'], actions: ['get_list', 'get', 'create', 'get_subresource', 'get_relationship'], ownerCustomer: (row) => row.customerId,
    attributes: [
      attr('identifier', 'string', { filter: true, sort: true }), attr('poNumber', 'string', { filter: true, sort: true }), attr('customerNotes', 'text'), attr('shipUntil', 'date'),
      attr('currency', 'string', { required: true }), attr('subtotalValue', 'money', { readOnly: true }), attr('totalValue', 'money', { readOnly: true, filter: true, sort: true }),
      attr('shippingCostAmount', 'money', { readOnly: true }), attr('shippingMethod', 'object', { readOnly: true }), attr('paymentTerm', 'string', { readOnly: true }),
      attr('paymentStatus', 'object', { readOnly: true }), attr('disablePromotions', 'boolean'),
      attr('createdAt', 'datetime', { required: true, filter: true, sort: true }), attr('updatedAt', 'datetime', { required: true, filter: true, sort: true }),
    ],
    relationships: [
      toOne('billingAddress', 'orderaddresses'), toOne('shippingAddress', 'orderaddresses'), toMany('lineItems', 'orderlineitems', { required: true }),
      toOne('customerUser', 'customerusers'), toOne('customer', 'customers'), toOne('status', 'orderstatuses', { readOnly: true, filter: { allowArray: true } }),
      toOne('shippingStatus', 'ordershippingstatuses', { readOnly: true }),
    ],
    defaultSort: 'id', title: (row) => row.identifier,
  }),
  resource({
    type: 'orderlineitems', table: 'orderLineItems', label: ['Order Line Item', 'Order Line Items'], actions: ['get_list', 'get', 'create', 'get_subresource', 'get_relationship'],
    ownerCustomer: (row) => row.customerId,
    attributes: [
      attr('productSku', 'string', { filter: true }), attr('productName', 'string'), attr('freeFormProduct', 'string'), attr('quantity', 'float', { required: true, filter: true, sort: true }),
      attr('productUnitCode', 'string'), attr('price', 'money', { filter: true, sort: true }), attr('currency', 'string'), attr('shipUntil', 'date'), attr('comment', 'text'),
      attr('rowTotal', 'money', { readOnly: true }),
    ],
    relationships: [
      toMany('orders', 'orders', { get: (row) => [row.orderId], required: true }), toOne('product', 'products'), toOne('parentProduct', 'products'),
      toOne('productUnit', 'productunits', { required: true }),
    ],
    title: (row) => row.productSku,
  }),
  resource({
    type: 'orderaddresses', table: 'orderAddresses', label: ['Order Address', 'Order Addresses'], actions: GET_ONLY, ownerCustomer: (row) => row.customerId,
    attributes: addressAttributes(false),
    relationships: [toOne('country', 'countries', { required: true }), toOne('region', 'regions')],
    title: (row) => `${row.street}, ${row.city}`,
  }),
  ENUM_RESOURCE('orderstatuses', 'orderStatuses', ['Order Status', 'Order Statuses']),
  ENUM_RESOURCE('ordershippingstatuses', 'shippingStatuses', ['Order Shipping Status', 'Order Shipping Statuses']),
  resource({
    type: 'shoppinglists', table: 'shoppingLists', label: ['Shopping List', 'Shopping Lists'], actions: CRUD, ownerCustomer: (row) => row.customerId,
    attributes: [
      attr('name', 'string', { required: true, filter: true, sort: true }), attr('notes', 'text'), attr('default', 'boolean', { readOnly: true }), attr('currency', 'string', { readOnly: true }),
      attr('total', 'money', { readOnly: true }), attr('subTotal', 'money', { readOnly: true }), attr('createdAt', 'datetime', { required: true, sort: true }), attr('updatedAt', 'datetime', { required: true, sort: true }),
    ],
    relationships: [toMany('items', 'shoppinglistitems', { field: 'itemIds' }), toOne('customerUser', 'customerusers'), toOne('customer', 'customers')],
  }),
  resource({
    type: 'shoppinglistitems', table: 'shoppingListItems', label: ['Shopping List Item', 'Shopping List Items'], actions: CRUD.filter((a) => !a.endsWith('_relationship')),
    ownerCustomer: (row) => row.customerId,
    attributes: [attr('quantity', 'float', { required: true }), attr('notes', 'text'), attr('currency', 'string', { readOnly: true }), attr('value', 'money', { readOnly: true }), attr('subTotal', 'money', { readOnly: true })],
    relationships: [
      toOne('product', 'products', { required: true, relationshipRoute: false }), toOne('parentProduct', 'products', { relationshipRoute: false }),
      toOne('unit', 'productunits', { required: true, relationshipRoute: false }), toOne('shoppingList', 'shoppinglists', { required: true, relationshipRoute: false }),
    ],
    title: (row) => `Item ${row.id}`,
  }),
  resource({
    type: 'webcatalogtree', table: 'contentNodes', label: ['Web Catalog Tree Node', 'Web Catalog Tree'], publicAccess: true,
    attributes: [localized('title', 'titles', { sort: true }), attr('order', 'integer', { required: true, sort: true }), attr('url', 'string'), attr('level', 'integer', { filter: true })],
    relationships: [
      toOne('parent', 'webcatalogtree'), toMany('path', 'webcatalogtree', { field: 'pathIds', filter: false }),
      polymorphicToOne('content', ['mastercatalogcategories', 'products', 'landingpages', 'systempages'], (row: Row) => row.content, { description: 'The content of the node: a category, a product, a landing page or a system page.' }),
    ],
    defaultSort: 'order', title: (row) => row.titles[0],
  }),
  resource({
    type: 'landingpages', table: 'landingPages', label: ['Landing Page', 'Landing Pages'], publicAccess: true,
    attributes: [attr('title', 'string', { required: true, sort: true }), attr('content', 'text'), attr('url', 'string'), attr('doNotRenderTitle', 'boolean', { required: true }), attr('metaTitle', 'string'), attr('createdAt', 'datetime', { required: true }), attr('updatedAt', 'datetime', { required: true })],
  }),
  resource({
    type: 'systempages', table: 'systemPages', label: ['System Page', 'System Pages'], idType: 'string', publicAccess: true, actions: ['get'],
    attributes: [attr('url', 'string', { required: true })],
    title: (row) => row.id,
  }),
], STOREFRONT_DESCRIPTIONS);

function addressAttributes(withFlags: boolean): ReturnType<typeof attr>[] {
  return [
    attr('label', 'string'), attr('street', 'string', { required: true }), attr('street2', 'string'), attr('city', 'string', { required: true, filter: true }), attr('postalCode', 'string', { required: true, filter: true }),
    attr('organization', 'string'), attr('namePrefix', 'string'), attr('firstName', 'string'), attr('middleName', 'string'), attr('lastName', 'string'), attr('nameSuffix', 'string'),
    attr('phone', 'string'), attr('customRegion', 'string'),
    ...(withFlags ? [attr('primary', 'boolean', { required: true }), attr('types', 'objectArray'), attr('createdAt', 'datetime', { required: true }), attr('updatedAt', 'datetime', { required: true })] : []),
  ];
}

export const storefrontView: ViewDef = {
  view: 'storefront', basePath: '/api', title: 'Storefront JSON:API', headers: ['X-Localization-ID', 'X-Currency'],
  resources: new Map(storefrontResources.map((r) => [r.type, r])),
};
