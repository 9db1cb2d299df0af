import { Random } from './random.ts';
import { Table } from './table.ts';
import type { Row } from './table.ts';
import {
  BRANDS, CATEGORIES, COLORS, COMPANY_KINDS, COMPANY_SUFFIX, COMPANY_WORDS, COUNTRIES, FIRST_NAMES,
  LAST_NAMES, LOCALIZATIONS, PHONE_PREFIX, SIZES, STREETS,
} from './names.ts';

/** Number of localizations; localized values are arrays indexed by localization position. */
export const LOCALIZATION_COUNT = LOCALIZATIONS.length;
export const CUSTOMER_USER_PASSWORD = 'Demo123!';
const EPOCH = Date.UTC(2023, 0, 1);
const TWO_YEARS = 2 * 365 * 24 * 3600;

/** Oro datetime wire format: UTC, `Z`, no fraction (PROTOCOL §4.4). */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Oro money wire format: string with 4 decimals (PROTOCOL §4.4). */
export function money(cents: number): string {
  return (cents / 100).toFixed(4);
}

export interface DemoStore {
  seed: number;
  scale: number;
  tables: Record<string, Table>;
  /** Order ids of a customer, ascending. */
  ordersOfCustomer(customerId: string): string[];
  /**
   * Ids of the rows of `table` whose foreign key `field` is one of `values`, from the generator's
   * structure instead of a scan; `undefined` when no such index exists (the caller scans).
   */
  lookup(table: string, field: string, values: string[]): string[] | undefined;
}

const SALT = { product: 1, customer: 2, order: 3, line: 4, user: 5, list: 6, item: 7 } as const;

/** Builds the demo OroCommerce data set; deterministic for a seed. */
export function createDemoStore(seed = 1, scale = 1): DemoStore {
  const productCount = Math.max(1, Math.round(300 * scale));
  const customerCount = Math.max(1, Math.round(50 * scale));
  const orderCount = Math.max(1, Math.round(500 * scale));
  const tables: Record<string, Table> = {};
  const add = (t: Table): void => {
    tables[t.name] = t;
  };

  add(Table.fromRows('localizations', LOCALIZATIONS.map((l, i) => ({ id: String(i + 1), ...l, default: i === 0, parentId: i === 0 ? null : '1', createdAt: isoSeconds(EPOCH), updatedAt: isoSeconds(EPOCH) }))));
  add(Table.fromRows('inventoryStatuses', [
    { id: 'in_stock', name: 'In Stock', priority: 1, default: true },
    { id: 'out_of_stock', name: 'Out of Stock', priority: 2, default: false },
    { id: 'discontinued', name: 'Discontinued', priority: 3, default: false },
  ]));
  add(Table.fromRows('orderStatuses', [
    { id: 'open', name: 'Open', priority: 1, default: true },
    { id: 'closed', name: 'Closed', priority: 2, default: false },
    { id: 'cancelled', name: 'Cancelled', priority: 3, default: false },
    { id: 'archived', name: 'Archived', priority: 4, default: false },
  ]));
  add(Table.fromRows('shippingStatuses', [
    { id: 'not_shipped', name: 'Not Shipped', priority: 1, default: true },
    { id: 'partially_shipped', name: 'Partially Shipped', priority: 2, default: false },
    { id: 'shipped', name: 'Shipped', priority: 3, default: false },
  ]));
  add(Table.fromRows('productUnits', [
    { id: 'item', label: 'item', shortLabel: 'item', pluralLabel: 'items', shortPluralLabel: 'items', defaultPrecision: 0 },
    { id: 'set', label: 'set', shortLabel: 'set', pluralLabel: 'sets', shortPluralLabel: 'sets', defaultPrecision: 0 },
    { id: 'piece', label: 'piece', shortLabel: 'pc', pluralLabel: 'pieces', shortPluralLabel: 'pcs', defaultPrecision: 0 },
    { id: 'kg', label: 'kilogram', shortLabel: 'kg', pluralLabel: 'kilograms', shortPluralLabel: 'kg', defaultPrecision: 3 },
  ]));
  add(Table.fromRows('countries', COUNTRIES.map((c) => ({ id: c.id, iso3Code: c.iso3, name: c.name, deleted: false, regionIds: c.regions.map(([code]) => `${c.id}-${code}`) }))));
  add(Table.fromRows('regions', COUNTRIES.flatMap((c) => c.regions.map(([code, name]) => ({ id: `${c.id}-${code}`, code, name, deleted: false, countryId: c.id })))));
  add(Table.fromRows('customerGroups', ['Non-Authenticated Visitors', 'Partners', 'Wholesale Accounts', 'All Customers'].map((name, i) => ({ id: String(i + 1), name }))));

  // Catalogue structure.
  const catIds = new Map(CATEGORIES.map((c, i) => [c.key, String(i + 1)]));
  const categories: Row[] = CATEGORIES.map((c, i) => {
    const path: string[] = [];
    for (let k: string | null = c.key; k; k = CATEGORIES.find((x) => x.key === k)!.parent) path.unshift(catIds.get(k)!);
    return {
      id: String(i + 1), key: c.key, titles: c.title, descriptions: c.title.map((t) => `<p>${t}</p>`),
      shortDescriptions: c.title, parentId: c.parent ? catIds.get(c.parent)! : null, pathIds: path,
      createdAt: isoSeconds(EPOCH), updatedAt: isoSeconds(EPOCH + i * 3600_000),
      url: `/${c.key}`, level: path.length - 1,
    };
  });
  add(Table.fromRows('categories', categories));
  const leafCategories = CATEGORIES.map((c, i) => ({ c, id: String(i + 1) })).filter((x) => x.c.nouns);
  add(Table.fromRows('brands', BRANDS.map((b, i) => ({
    id: String(i + 1), names: [b, b, b],
    shortDescriptions: [`${b} products`, `${b} Produkte`, `Produits ${b}`],
    descriptions: [`<p>${b} is a trusted supplier.</p>`, `<p>${b} ist ein zuverlässiger Lieferant.</p>`, `<p>${b} est un fournisseur de confiance.</p>`],
    createdAt: isoSeconds(EPOCH), updatedAt: isoSeconds(EPOCH),
  }))));

  const productRng = (i: number): Random => Random.forRecord(seed, SALT.product, i);
  // Every 10th product is configurable; the next three are its variants (simple products).
  const parentOf = (i: number): number | null => (i % 10 >= 1 && i % 10 <= 3 && i - (i % 10) < productCount ? i - (i % 10) : null);
  /** The product-line choices of a product; variants reuse their configurable parent's. */
  const lineOf = (i: number): { leaf: (typeof leafCategories)[number]; noun: [string, string, string]; mod: [string, string, string]; brand: string; cents: number } => {
    const r = Random.forRecord(seed, SALT.product + 50, i);
    const leaf = r.pick(leafCategories);
    const line = leaf.c.line!;
    const [lo, hi] = line.priceCents;
    // Shelf prices end in .99, like the demo price list.
    return { leaf, noun: r.pick(leaf.c.nouns!), mod: r.pick(line.modifiers), brand: r.pick(line.brands), cents: Math.floor(r.int(lo, hi) / 100) * 100 + 99 };
  };
  add(new Table('products', productCount, (i) => {
    const r = productRng(i);
    const parent = parentOf(i);
    const { leaf, noun, mod, brand, cents } = lineOf(parent ?? i);
    const apparel = leaf.c.line!.apparel === true;
    const base = [0, 1, 2].map((k) => productName(mod[k]!, noun[k]!, k));
    // Variants: the parent's name plus colour (and size for apparel), e.g. "Women’s Slip-On Clog, Black, M".
    const variantNo = parent === null ? -1 : i - parent - 1;
    const color = COLORS[(variantNo + (parent ?? 0)) % COLORS.length]!;
    const names = parent === null ? base : base.map((n, k) => `${n}, ${color[k]}${apparel ? `, ${SIZES[variantNo % SIZES.length]}` : ''}`);
    const configurable = i % 10 === 0 && i + 1 < productCount;
    const created = EPOCH + r.int(0, TWO_YEARS) * 1000;
    const unit = leaf.c.key === 'supplies' ? 'set' : leaf.c.key === 'printers' || leaf.c.key === 'scanners' ? r.pick(['item', 'piece']) : 'item';
    const inventory = r.int(0, 99);
    return {
      id: String(i + 1),
      sku: sku(i),
      names,
      shortDescriptions: names.map((n, k) => [`${n} by ${brand}.`, `${n} von ${brand}.`, `${n} par ${brand}.`][k]),
      descriptions: names.map((n, k) => `<p>${n} — ${['Quality you can rely on.', 'Qualität, auf die Sie sich verlassen können.', 'Une qualité sur laquelle compter.'][k]}</p>`),
      productType: configurable ? 'configurable' : 'simple',
      featured: r.chance(10),
      newArrival: r.chance(15),
      status: 'enabled',
      createdAt: isoSeconds(created),
      updatedAt: isoSeconds(created + r.int(0, 90 * 24 * 3600) * 1000),
      inventoryStatusId: inventory < 80 ? 'in_stock' : inventory < 95 ? 'out_of_stock' : 'discontinued',
      brandId: String(BRANDS.indexOf(brand) + 1),
      categoryId: leaf.id,
      primaryUnit: unit,
      unitPrecisions: [{ unit, precision: 0, conversionRate: 1, default: true }, ...(unit === 'item' ? [] : [{ unit: 'item', precision: 0, conversionRate: unit === 'set' ? 10 : 1, default: false }])],
      prices: [
        { price: money(cents), currencyId: 'USD', quantity: '1', unit },
        { price: money(tierCents(cents, 10)), currencyId: 'USD', quantity: '10', unit },
        { price: money(Math.round(cents * 0.93)), currencyId: 'EUR', quantity: '1', unit },
      ],
      priceCents: cents,
      variantAttributeNames: configurable ? (apparel ? ['color', 'size'] : ['color']) : [],
      variantIds: configurable ? [1, 2, 3].map((k) => i + k).filter((k) => k < productCount).map((k) => String(k + 1)) : [],
      parentIds: parent === null ? [] : [String(parent + 1)],
      imageIds: [String(i + 1)],
      url: `/product/${i + 1}`,
      metaTitles: names,
      lowInventory: inventory >= 70 && inventory < 80,
      upcoming: false,
      availabilityDate: null,
    };
  }));
  add(new Table('productImages', productCount, (i) => {
    const id = String(i + 1);
    const dims = [['product_original', null, null], ['product_large', 378, 378], ['product_medium', 190, 190], ['product_small', 82, 82]] as const;
    return {
      id, productId: id, mimeType: 'image/jpeg', types: ['main', 'listing', 'additional'],
      updatedAt: isoSeconds(EPOCH + i * 60_000),
      files: dims.map(([dimension, w, h]) => ({ url: `/media/cache/attachment/resize/${dimension}/${id}/product-${id}.jpg`, url_webp: `/media/cache/attachment/resize/${dimension}/${id}/product-${id}.jpg.webp`, dimension, maxWidth: w, maxHeight: h, types: ['main', 'listing'] })),
    };
  }));
  // Back-office localized fallback values: per product one default value (no localization) and one per localization.
  const lfvPerProduct = LOCALIZATION_COUNT + 1;
  const lfvTable = (name: string, field: 'names' | 'descriptions' | 'shortDescriptions', text: boolean): Table => new Table(name, productCount * lfvPerProduct, (i) => {
    const p = tables.products!.at(Math.floor(i / lfvPerProduct));
    const k = i % lfvPerProduct;
    const value = p[field][k === 0 ? 0 : k - 1] as string;
    return { id: String(i + 1), productId: p.id, localizationId: k === 0 ? null : String(k), fallback: null, string: text ? null : value, text: text ? value : null };
  });
  add(lfvTable('productNames', 'names', false));
  add(lfvTable('productDescriptions', 'descriptions', true));
  add(lfvTable('productShortDescriptions', 'shortDescriptions', true));

  /** Configurable products cannot be bought: orders and shopping lists hold their first variant instead. */
  const orderable = (index: number): Row => {
    const p = tables.products!.at(index);
    return p.productType === 'configurable' ? tables.products!.at(index + 1) : p;
  };

  // Customers and their people.
  add(new Table('customers', customerCount, (i) => {
    const r = Random.forRecord(seed, SALT.customer, i);
    const country = COUNTRIES[i % 3]!;
    const name = `${r.pick(COMPANY_WORDS)} ${r.pick(COMPANY_KINDS)} ${country.id === 'DE' ? 'GmbH' : country.id === 'FR' ? 'SARL' : r.pick(COMPANY_SUFFIX)}`;
    const created = EPOCH + r.int(0, 200 * 24 * 3600) * 1000;
    return {
      id: String(i + 1), name, groupId: String(r.int(2, 4)), parentId: null, childIds: [],
      userIds: [String(2 * i + 1), String(2 * i + 2)], addressIds: [String(i + 1)],
      createdAt: isoSeconds(created), updatedAt: isoSeconds(created + 86_400_000),
      countryIndex: i % 3,
    };
  }));
  const customers = tables.customers!;
  add(new Table('customerAddresses', customerCount, (i) => {
    const c = customers.at(i);
    const r = Random.forRecord(seed, SALT.customer + 100, i);
    return { ...address(r, COUNTRIES[c.countryIndex]!, c.name), id: String(i + 1), customerId: c.id, primary: true, types: [{ addressType: 'billing', default: true }, { addressType: 'shipping', default: true }], createdAt: c.createdAt, updatedAt: c.updatedAt };
  }));
  add(new Table('customerUsers', customerCount * 2, (i) => {
    const c = customers.at(Math.floor(i / 2));
    const r = Random.forRecord(seed, SALT.user, i);
    const firstName = r.pick(FIRST_NAMES);
    const lastName = r.pick(LAST_NAMES);
    const domain = c.name.split(' ')[0]!.toLowerCase();
    return {
      id: String(i + 1), email: `${ascii(firstName)}.${ascii(lastName)}${i + 1}@${domain}.example.com`, firstName, lastName,
      namePrefix: null, middleName: null, nameSuffix: null, birthday: null, enabled: true, confirmed: true, isGuest: false,
      customerId: c.id, createdAt: c.createdAt, updatedAt: c.updatedAt, password: CUSTOMER_USER_PASSWORD,
      roleIds: [i % 2 === 0 ? 'ROLE_FRONTEND_ADMINISTRATOR' : 'ROLE_FRONTEND_BUYER'],
    };
  }));
  add(Table.fromRows('customerUserRoles', [
    { id: 'ROLE_FRONTEND_ADMINISTRATOR', label: 'Administrator' },
    { id: 'ROLE_FRONTEND_BUYER', label: 'Buyer' },
  ].map((r, i) => ({ ...r, id: String(i + 1), role: r.id }))));

  // Orders: structure arrays first (customer per order, line item offsets), rows materialised on demand.
  const structure = new Random(seed ^ 0x5f3759df);
  const orderCustomer = new Uint32Array(orderCount);
  const lineStart = new Uint32Array(orderCount + 1);
  const perCustomer = new Uint32Array(customerCount + 1);
  for (let i = 0; i < orderCount; i++) {
    const c = structure.int(0, customerCount - 1);
    orderCustomer[i] = c;
    perCustomer[c + 1]!++;
    lineStart[i + 1] = lineStart[i]! + structure.int(1, 8);
  }
  for (let c = 0; c < customerCount; c++) perCustomer[c + 1]! += perCustomer[c]!;
  const ordersByCustomer = new Uint32Array(orderCount);
  const fill = perCustomer.slice(0, customerCount);
  for (let i = 0; i < orderCount; i++) ordersByCustomer[fill[orderCustomer[i]!]!++] = i;
  const lineCount = lineStart[orderCount]!;
  const orderOfLine = (li: number): number => {
    let lo = 0;
    let hi = orderCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (lineStart[mid]! <= li) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineRow = (li: number): Row => {
    const r = Random.forRecord(seed, SALT.line, li);
    const product = orderable(r.int(0, productCount - 1));
    // Furniture and other big-ticket items come in small quantities, consumables in bulk.
    const quantity = r.int(1, product.priceCents > 20_000 ? 4 : 20);
    const unitCents = tierCents(product.priceCents, quantity);
    const orderIndex = orderOfLine(li);
    return {
      id: String(li + 1), orderId: String(orderIndex + 1), customerId: String(orderCustomer[orderIndex]! + 1), productId: product.id, parentProductId: product.parentIds[0] ?? null,
      productSku: product.sku, productName: product.names[0], freeFormProduct: null, quantity, productUnitCode: product.primaryUnit,
      productUnitId: product.primaryUnit, price: money(unitCents), currency: 'USD', value: money(unitCents),
      rowTotal: money(unitCents * quantity), rowTotalCents: unitCents * quantity, shipUntil: null, comment: null,
      checksum: '', createdAt: null,
    };
  };
  add(new Table('orderLineItems', lineCount, lineRow));
  add(new Table('orders', orderCount, (i) => {
    const r = Random.forRecord(seed, SALT.order, i);
    const c = customers.at(orderCustomer[i]!);
    const created = EPOCH + r.int(0, TWO_YEARS) * 1000;
    const lineIds: string[] = [];
    let subtotal = 0;
    for (let li = lineStart[i]!; li < lineStart[i + 1]!; li++) {
      lineIds.push(String(li + 1));
      subtotal += tables.orderLineItems!.at(li).rowTotalCents as number;
    }
    const shipping = r.int(0, 3) * 500;
    const statusRoll = r.int(0, 99);
    return {
      id: String(i + 1), identifier: String(i + 1), poNumber: r.chance(60) ? `PO-${r.int(10000, 99999)}` : null, customerNotes: r.chance(20) ? 'Please deliver to the back entrance.' : null,
      shipUntil: null, currency: 'USD', subtotalValue: money(subtotal), totalValue: money(subtotal + shipping), subtotalCents: subtotal,
      shippingCostAmount: money(shipping), shippingMethod: { code: 'flat_rate', type: 'primary', label: 'Flat Rate' },
      paymentTerm: 'net 30', paymentStatus: { code: 'full', label: 'Paid in full' }, disablePromotions: false,
      createdAt: isoSeconds(created), updatedAt: isoSeconds(created + r.int(0, 30 * 24 * 3600) * 1000),
      customerId: c.id, customerUserId: c.userIds[r.int(0, 1)],
      statusId: statusRoll < 60 ? 'open' : statusRoll < 90 ? 'closed' : statusRoll < 97 ? 'cancelled' : 'archived',
      shippingStatusId: statusRoll < 40 ? 'not_shipped' : statusRoll < 50 ? 'partially_shipped' : 'shipped',
      lineItemIds: lineIds, billingAddressId: String(2 * i + 1), shippingAddressId: String(2 * i + 2),
    };
  }));
  add(new Table('orderAddresses', orderCount * 2, (i) => {
    const orderIndex = Math.floor(i / 2);
    const c = customers.at(orderCustomer[orderIndex]!);
    const r = Random.forRecord(seed, SALT.customer + 100, orderCustomer[orderIndex]!);
    return { ...address(r, COUNTRIES[c.countryIndex]!, c.name), id: String(i + 1), orderId: String(orderIndex + 1), customerId: c.id, createdAt: null, updatedAt: null };
  }));

  // Shopping lists: one per customer user, three items each.
  add(new Table('shoppingLists', customerCount * 2, (i) => {
    const u = tables.customerUsers!.at(i);
    const itemIds = [1, 2, 3].map((k) => String(i * 3 + k));
    let total = 0;
    for (let k = 0; k < 3; k++) total += tables.shoppingListItems!.at(i * 3 + k).valueCents as number;
    return { id: String(i + 1), name: 'Shopping List', notes: null, default: true, currency: 'USD', total: money(total), subTotal: money(total), customerUserId: u.id, customerId: u.customerId, itemIds, createdAt: u.createdAt, updatedAt: u.updatedAt };
  }));
  add(new Table('shoppingListItems', customerCount * 6, (i) => {
    const r = Random.forRecord(seed, SALT.item, i);
    const product = orderable(r.int(0, productCount - 1));
    const quantity = r.int(1, 12);
    const unitCents = tierCents(product.priceCents, quantity);
    const listIndex = Math.floor(i / 3);
    const user = tables.customerUsers!.at(listIndex);
    return { id: String(i + 1), quantity, notes: null, currency: 'USD', value: money(unitCents), valueCents: unitCents * quantity, subTotal: money(unitCents * quantity), checksum: '', productId: product.id, parentProductId: product.parentIds[0] ?? null, unitId: product.primaryUnit, shoppingListId: String(listIndex + 1), customerUserId: user.id, customerId: user.customerId };
  }));

  // Web catalog: content nodes whose `content` is polymorphic.
  add(Table.fromRows('landingPages', [['About', 'about'], ['Customer Service', 'customer-service'], ['Privacy Policy', 'privacy-policy'], ['Terms and Conditions', 'terms-and-conditions']].map(([title, slug], i) => ({
    id: String(i + 1), title, content: `<h1>${title}</h1><p>${title} of the demo store.</p>`, url: `/${slug}`, doNotRenderTitle: false, metaTitle: title, createdAt: isoSeconds(EPOCH), updatedAt: isoSeconds(EPOCH),
  }))));
  add(Table.fromRows('systemPages', [{ id: 'oro_product_frontend_product_index', url: '/product/' }, { id: 'oro_customer_frontend_customer_user_index', url: '/customer/user/' }]));
  add(Table.fromRows('webCatalogs', [{ id: '1', name: 'Default Web Catalog', description: null }]));
  const nodes: Row[] = [];
  const pushNode = (title: string, parentId: string | null, content: { type: string; id: string }): string => {
    const id = String(nodes.length + 1);
    const parent = parentId ? nodes[Number(parentId) - 1]! : null;
    nodes.push({ id, titles: [title, title, title], parentId, pathIds: [...(parent ? parent.pathIds : []), id], order: nodes.length, url: parent ? `${parent.url === '/' ? '' : parent.url}/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : '/', content, level: parent ? parent.level + 1 : 0, createdAt: isoSeconds(EPOCH), updatedAt: isoSeconds(EPOCH) });
    return id;
  };
  const root = pushNode('Home', null, { type: 'systempages', id: 'oro_product_frontend_product_index' });
  for (const c of categories.slice(1)) if (c.parentId === '1') {
    const n = pushNode(c.titles[0], root, { type: 'mastercatalogcategories', id: c.id });
    for (const child of categories) if (child.parentId === c.id) pushNode(child.titles[0], n, { type: 'mastercatalogcategories', id: child.id });
  }
  pushNode('Featured Product', root, { type: 'products', id: '1' });
  for (const lp of [1, 2]) pushNode(tables.landingPages!.at(lp - 1).title, root, { type: 'landingpages', id: String(lp) });
  add(Table.fromRows('contentNodes', nodes));

  return {
    seed,
    scale,
    tables,
    lookup(table: string, field: string, values: string[]): string[] | undefined {
      if (tables[table]?.hasOverlay()) return undefined;
      const index = (v: string, size: number): number => (/^[1-9]\d*$/.test(v) && Number(v) <= size ? Number(v) - 1 : -1);
      const range = (from: number, to: number): string[] => Array.from({ length: to - from }, (_, k) => String(from + k + 1));
      const per = (size: number, each: (i: number) => string[]): string[] => values.flatMap((v) => {
        const i = index(v, size);
        return i < 0 ? [] : each(i);
      });
      const key = `${table}.${field}`;
      if (key === 'orderLineItems.orderId') return per(orderCount, (o) => range(lineStart[o]!, lineStart[o + 1]!));
      if (key === 'orders.customerId') return values.flatMap((v) => this.ordersOfCustomer(v));
      if (key === 'orderAddresses.orderId') return per(orderCount, (o) => range(2 * o, 2 * o + 2));
      if (key === 'customerUsers.customerId') return per(customerCount, (c) => range(2 * c, 2 * c + 2));
      if (key === 'customerAddresses.customerId') return per(customerCount, (c) => [String(c + 1)]);
      if (key === 'shoppingListItems.shoppingListId') return per(customerCount * 2, (l) => range(3 * l, 3 * l + 3));
      if (key === 'productImages.productId') return per(productCount, (p) => [String(p + 1)]);
      return undefined;
    },
    ordersOfCustomer(customerId: string): string[] {
      const c = Number(customerId) - 1;
      if (!(c >= 0 && c < customerCount)) return [];
      const out: string[] = [];
      for (let k = perCustomer[c]!; k < perCustomer[c + 1]!; k++) out.push(String(ordersByCustomer[k]! + 1));
      return out.sort((a, b) => Number(a) - Number(b));
    },
  };
}

function address(r: Random, country: (typeof COUNTRIES)[number], organization: string): Record<string, unknown> {
  const [city, postalCode, regionCode] = r.pick(country.cities);
  return {
    // US/CA/GB put the house number first, DE/FR after the street.
    label: 'Primary address', street: country.id === 'DE' ? `${r.pick(STREETS[country.id]!)} ${r.int(1, 120)}` : country.id === 'FR' ? `${r.int(1, 120)} ${r.pick(STREETS[country.id]!)}` : `${r.int(1, 999)} ${r.pick(STREETS[country.id]!)}`, street2: null, city, postalCode, organization,
    namePrefix: null, firstName: r.pick(FIRST_NAMES), middleName: null, lastName: r.pick(LAST_NAMES), nameSuffix: null,
    phone: `${PHONE_PREFIX[country.id]}${String(r.int(1000000, 9999999))}`, customRegion: null, validatedAt: null, countryId: country.id, regionId: `${country.id}-${regionCode}`,
  };
}

/** Unit price for a quantity: the 10+ tier of the demo price list is 10 % off (PROTOCOL §4.2 storefront `prices`). */
export function tierCents(cents: number, quantity: number): number {
  return quantity >= 10 ? Math.round(cents * 0.9) : cents;
}

/**
 * OroCommerce demo style SKU ("1AB92"): digit, two letters, two digits. A multiplicative
 * permutation of the index keeps them unique for the first 676 000 products and spreads them.
 */
export function sku(index: number): string {
  const space = 676_000;
  const c = ((index % space) * 387_419 + 123_457) % space;
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const code = `${Math.floor(c / 67_600)}${a[c % 26]}${a[Math.floor(c / 26) % 26]}${String(Math.floor(c / 676) % 100).padStart(2, '0')}`;
  return index < space ? code : `${code}-${Math.floor(index / space)}`;
}

/** Modifier + base name per language: German compounds join on a trailing hyphen, French puts the modifier after. */
function productName(mod: string, noun: string, lang: number): string {
  if (lang === 2) return `${noun} ${mod.toLowerCase()}`;
  if (lang === 1 && mod.endsWith('-')) return `${mod}${noun}`;
  return `${mod} ${noun}`;
}

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}
