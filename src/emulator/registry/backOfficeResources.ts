import { attr, CRUD, READ_ONLY, resource, toMany, toOne } from './define.ts';
import { LOCALIZATION_COUNT } from '../data/demoStore.ts';
import type { ResourceAction, ResourceDef, ViewDef } from './types.ts';
import type { Row } from '../data/table.ts';

const LFV_PER_PRODUCT = LOCALIZATION_COUNT + 1;
/** Ids of the per-product localized fallback values (default value first, then one per localization). */
const lfvIds = (row: Row): string[] => {
  const base = (Number(row.id) - 1) * LFV_PER_PRODUCT;
  return Array.from({ length: LFV_PER_PRODUCT }, (_, k) => String(base + k + 1));
};
const WRITABLE: ResourceAction[] = [...CRUD];
const PRODUCTS_ACTIONS: ResourceAction[] = [...CRUD, 'update_list'];

const lfvResource = (type: string, table: string, label: [string, string]): ResourceDef => resource({
  type, table, label, actions: CRUD.filter((a) => a !== 'delete_list'),
  attributes: [attr('fallback', 'string'), attr('string', 'string'), attr('text', 'text')],
  relationships: [toOne('localization', 'localizations'), toOne('product', 'products', { required: true })],
  title: (row) => row.string ?? row.text ?? '',
});

/**
 * The back-office API (`/admin/api`, view `rest_json_api`) for the same data (METADATA §4.3):
 * localized text is a to-many relationship to `productnames`/`productdescriptions`, the inventory
 * status enum is `prodinventorystatuses` (PROTOCOL §1.3, §4.5).
 */
export const backOfficeResources: ResourceDef[] = [
  resource({
    type: 'products', table: 'products', label: ['Product', 'Products'], actions: PRODUCTS_ACTIONS,
    attributes: [
      attr('sku', 'string', { required: true, filter: { allowArray: true }, sort: true }),
      attr('productType', 'string', { required: true, filter: true }), attr('status', 'string', { required: true, filter: true }),
      attr('featured', 'boolean', { required: true, filter: true }), attr('newArrival', 'boolean', { required: true, filter: true }),
      attr('variantFields', 'scalarArray', { get: (row) => row.variantAttributeNames }),
      attr('createdAt', 'datetime', { required: true, filter: true, sort: true }), attr('updatedAt', 'datetime', { required: true, filter: true, sort: true }),
    ],
    relationships: [
      toMany('names', 'productnames', { get: lfvIds, required: true }),
      toMany('descriptions', 'productdescriptions', { get: lfvIds }),
      toMany('shortDescriptions', 'productshortdescriptions', { get: lfvIds }),
      toOne('inventory_status', 'prodinventorystatuses', { field: 'inventoryStatusId' }),
      toOne('brand', 'brands', { sort: true }), toOne('category', 'categories'),
      toOne('primaryUnitPrecision', 'productunits', { field: 'primaryUnit' }),
      toMany('images', 'productimages', { field: 'imageIds' }),
    ],
    title: (row) => row.names[0],
  }),
  lfvResource('productnames', 'productNames', ['Product Name', 'Product Names']),
  lfvResource('productdescriptions', 'productDescriptions', ['Product Description', 'Product Descriptions']),
  lfvResource('productshortdescriptions', 'productShortDescriptions', ['Product Short Description', 'Product Short Descriptions']),
  resource({
    type: 'prodinventorystatuses', table: 'inventoryStatuses', label: ['Product Inventory Status', 'Product Inventory Statuses'], idType: 'string',
    actions: ['get_list', 'get', 'create', 'update', 'delete'],
    attributes: [attr('name', 'string', { required: true }), attr('priority', 'integer', { required: true, sort: true }), attr('default', 'boolean', { required: true })],
    defaultSort: 'priority',
  }),
  resource({
    type: 'productimages', table: 'productImages', label: ['Product Image', 'Product Images'], actions: WRITABLE,
    attributes: [attr('types', 'stringArray'), attr('updatedAt', 'datetime', { required: true })],
    relationships: [toOne('product', 'products', { required: true })],
    title: (row) => `Image ${row.id}`,
  }),
  resource({
    type: 'productunits', table: 'productUnits', label: ['Product Unit', 'Product Units'], idType: 'string', actions: READ_ONLY,
    attributes: [attr('defaultPrecision', 'integer', { required: true })],
    title: (row) => row.id,
  }),
  resource({
    type: 'brands', table: 'brands', label: ['Brand', 'Brands'], actions: WRITABLE,
    attributes: [attr('name', 'string', { required: true, sort: true, get: (row) => row.names[0] }), attr('createdAt', 'datetime', { required: true }), attr('updatedAt', 'datetime', { required: true })],
    title: (row) => row.names[0],
  }),
  resource({
    type: 'categories', table: 'categories', label: ['Category', 'Categories'], actions: READ_ONLY,
    attributes: [attr('title', 'string', { required: true, get: (row) => row.titles[0] }), attr('createdAt', 'datetime', { required: true }), attr('updatedAt', 'datetime', { required: true })],
    relationships: [toOne('parentCategory', 'categories', { field: 'parentId' })],
    title: (row) => row.titles[0],
  }),
  resource({
    type: 'localizations', table: 'localizations', label: ['Localization', 'Localizations'], actions: ['get_list', 'get'],
    attributes: [attr('name', 'string', { required: true, get: (row) => row.title }), attr('title', 'string', { required: true }), attr('languageCode', 'string', { required: true }), attr('formattingCode', 'string', { required: true })],
    relationships: [toOne('parentLocalization', 'localizations', { field: 'parentId' })],
  }),
  resource({
    type: 'customers', table: 'customers', label: ['Customer', 'Customers'], actions: WRITABLE,
    attributes: [attr('name', 'string', { required: true, filter: true, sort: true }), attr('createdAt', 'datetime', { required: true, filter: true, sort: true }), attr('updatedAt', 'datetime', { required: true })],
    relationships: [toOne('parent', 'customers'), toMany('children', 'customers', { field: 'childIds' }), toOne('group', 'customergroups'), toMany('users', 'customerusers', { field: 'userIds' }), toMany('addresses', 'customeraddresses', { field: 'addressIds' })],
  }),
  resource({
    type: 'customergroups', table: 'customerGroups', label: ['Customer Group', 'Customer Groups'], actions: WRITABLE,
    attributes: [attr('name', 'string', { required: true, filter: true, sort: true })],
  }),
  resource({
    type: 'customeraddresses', table: 'customerAddresses', label: ['Customer Address', 'Customer Addresses'], actions: WRITABLE,
    attributes: [attr('street', 'string', { required: true }), attr('city', 'string', { required: true, filter: true }), attr('postalCode', 'string', { required: true }), attr('organization', 'string'), attr('firstName', 'string'), attr('lastName', 'string'), attr('phone', 'string'), attr('primary', 'boolean', { required: true })],
    relationships: [toOne('customer', 'customers', { required: true, field: 'customerId' }), toOne('country', 'countries', { required: true }), toOne('region', 'regions')],
    title: (row) => `${row.street}, ${row.city}`,
  }),
  resource({
    type: 'customerusers', table: 'customerUsers', label: ['Customer User', 'Customer Users'], actions: WRITABLE,
    attributes: [attr('email', 'string', { required: true, filter: true, sort: true }), attr('firstName', 'string', { required: true }), attr('lastName', 'string', { required: true }), attr('enabled', 'boolean', { required: true }), attr('confirmed', 'boolean', { required: true }), attr('createdAt', 'datetime', { required: true }), attr('updatedAt', 'datetime', { required: true })],
    relationships: [toOne('customer', 'customers', { required: true })],
    title: (row) => `${row.firstName} ${row.lastName}`,
  }),
  resource({
    type: 'countries', table: 'countries', label: ['Country', 'Countries'], idType: 'string', actions: READ_ONLY,
    attributes: [attr('iso3Code', 'string', { required: true }), attr('name', 'string', { required: true, sort: true })],
    relationships: [toMany('regions', 'regions', { field: 'regionIds' })],
  }),
  resource({
    type: 'regions', table: 'regions', label: ['Region', 'Regions'], idType: 'string', actions: READ_ONLY,
    attributes: [attr('code', 'string', { required: true }), attr('name', 'string', { required: true, sort: true })],
    relationships: [toOne('country', 'countries')],
  }),
  resource({
    type: 'orders', table: 'orders', label: ['Order', 'Orders'], actions: WRITABLE,
    attributes: [
      attr('identifier', 'string', { filter: true, sort: true }), attr('poNumber', 'string', { filter: true }), attr('customerNotes', 'text'), attr('currency', 'string', { required: true }),
      attr('subtotalValue', 'money', { readOnly: true }), attr('totalValue', 'money', { readOnly: true, filter: true, sort: true }),
      attr('createdAt', 'datetime', { required: true, filter: true, sort: true }), attr('updatedAt', 'datetime', { required: true, filter: true, sort: true }),
    ],
    relationships: [
      toMany('lineItems', 'orderlineitems', { required: true }), toOne('customer', 'customers', { required: true }), toOne('customerUser', 'customerusers'),
      toOne('billingAddress', 'orderaddresses'), toOne('shippingAddress', 'orderaddresses'),
      toOne('internal_status', 'orderinternalstatuses', { field: 'statusId', readOnly: true }), toOne('shippingStatus', 'ordershippingstatuses'),
    ],
    title: (row) => row.identifier,
  }),
  resource({
    type: 'orderlineitems', table: 'orderLineItems', label: ['Order Line Item', 'Order Line Items'], actions: WRITABLE,
    attributes: [attr('productSku', 'string', { filter: true }), attr('productName', 'string'), attr('quantity', 'float', { required: true, filter: true }), attr('productUnitCode', 'string'), attr('value', 'money', { filter: true }), attr('currency', 'string')],
    relationships: [toOne('order', 'orders', { required: true }), toOne('product', 'products'), toOne('productUnit', 'productunits')],
    title: (row) => row.productSku,
  }),
  resource({
    type: 'orderaddresses', table: 'orderAddresses', label: ['Order Address', 'Order Addresses'], actions: WRITABLE,
    attributes: [attr('street', 'string', { required: true }), attr('city', 'string', { required: true }), attr('postalCode', 'string', { required: true }), attr('organization', 'string'), attr('firstName', 'string'), attr('lastName', 'string')],
    relationships: [toOne('country', 'countries', { required: true }), toOne('region', 'regions')],
    title: (row) => `${row.street}, ${row.city}`,
  }),
  resource({
    type: 'orderinternalstatuses', table: 'orderStatuses', label: ['Order Internal Status', 'Order Internal Statuses'], idType: 'string', actions: ['get_list', 'get'],
    attributes: [attr('name', 'string', { required: true }), attr('priority', 'integer', { required: true }), attr('default', 'boolean', { required: true })],
  }),
  resource({
    type: 'ordershippingstatuses', table: 'shippingStatuses', label: ['Order Shipping Status', 'Order Shipping Statuses'], idType: 'string', actions: ['get_list', 'get'],
    attributes: [attr('name', 'string', { required: true }), attr('priority', 'integer', { required: true }), attr('default', 'boolean', { required: true })],
  }),
];

export const backOfficeView: ViewDef = {
  view: 'back-office', basePath: '/admin/api', title: 'JSON:API', headers: [],
  resources: new Map(backOfficeResources.map((r) => [r.type, r])),
};
