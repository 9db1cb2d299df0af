import type { ResourceDef } from './types.ts';

/**
 * Documentation text of the storefront resources, as Oro's generator carries it: the resource's
 * text becomes the description of its get/get_list operations, a field's text the `description`
 * of its property (METADATA §2.2, §2.4). Written for this emulator after the meaning of Oro's
 * storefront API docs (`Resources/doc/api_frontend/*.md`).
 */
export const STOREFRONT_DESCRIPTIONS: Record<string, { resource?: string; fields: Record<string, string> }> = {
  products: {
    resource: 'Products of the storefront catalogue, as the current customer and website see them.',
    fields: {
      sku: 'The stock keeping unit of the product.',
      name: 'The name of the product in the current localization.',
      shortDescription: 'A short description of the product in the current localization (HTML).',
      description: 'The full description of the product in the current localization (HTML).',
      productType: 'The type of the product: simple, configurable or kit.',
      featured: 'Whether the product is featured in the storefront.',
      newArrival: 'Whether the product is marked as a new arrival.',
      variantAttributeNames: 'For a configurable product: the names of the attributes its variants differ by.',
      productAttributes: 'The values of the product family attributes, keyed by attribute name.',
      unitPrecisions: 'The units the product is sold in: unit code, precision (number of decimal places), conversionRate to the default unit and whether it is the default.',
      prices: 'Product prices for the current customer and website: price (money string), currencyId, quantity (minimum quantity the price applies from) and unit.',
      url: 'The storefront URL of the product page in the current localization.',
      urls: 'The storefront URLs of the product page in the other localizations: url and localizationId.',
      lowInventory: 'Whether the stock quantity is below the low inventory threshold.',
      upcoming: 'Whether the product is not yet available and is expected to arrive.',
      availabilityDate: 'When an upcoming product is expected to become available.',
      metaTitle: 'The page title for search engines.',
      createdAt: 'When the product was created.',
      updatedAt: 'When the product was last changed.',
      inventoryStatus: 'The inventory status of the product: in stock, out of stock or discontinued.',
      images: 'The images of the product.',
      variantProducts: 'For a configurable product: its variants.',
      parentProducts: 'For a variant: the configurable products it belongs to.',
      category: 'The master catalog category the product belongs to.',
      brand: 'The brand of the product.',
    },
  },
  productimages: {
    resource: 'Images of products, with the URLs of every resized version.',
    fields: {
      mimeType: 'The media type of the original image file, e.g. image/jpeg.',
      types: 'Where the image is used: main, listing and/or additional.',
      files: 'The resized versions of the image: url, url_webp, dimension (the name of the size), maxWidth, maxHeight and the types it serves.',
      updatedAt: 'When the image was last changed.',
      product: 'The product the image belongs to.',
    },
  },
  brands: {
    resource: 'Brands products can be assigned to.',
    fields: {
      name: 'The name of the brand in the current localization.',
      shortDescription: 'A short description of the brand (HTML).',
      description: 'The full description of the brand (HTML).',
      createdAt: 'When the brand was created.',
      updatedAt: 'When the brand was last changed.',
    },
  },
  mastercatalogcategories: {
    resource: 'Categories of the master catalog, the tree products are classified in.',
    fields: {
      title: 'The title of the category in the current localization.',
      shortDescription: 'A short description of the category (HTML).',
      description: 'The full description of the category (HTML).',
      url: 'The storefront URL of the category page in the current localization.',
      urls: 'The storefront URLs of the category page in the other localizations: url and localizationId.',
      images: 'The images of the category: type and the resized file URLs.',
      metaTitle: 'The page title for search engines.',
      createdAt: 'When the category was created.',
      updatedAt: 'When the category was last changed.',
      categoryPath: 'The ancestors of the category, from the root of the tree down to its parent.',
    },
  },
  customers: {
    resource: 'Customers: the companies (or persons) that buy in the storefront. "mine" is the customer of the logged-in user.',
    fields: {
      name: 'The name of the customer.',
      createdAt: 'When the customer was created.',
      updatedAt: 'When the customer was last changed.',
      parent: 'The parent customer in a customer hierarchy.',
      children: 'The customers whose parent this customer is.',
      group: 'The customer group, which decides prices, visibility and payment terms.',
      users: 'The people who log in on behalf of this customer.',
      addresses: 'The addresses of the customer.',
    },
  },
  customerusers: {
    resource: 'Customer users: the people who log in to the storefront on behalf of a customer. "mine" is the logged-in user.',
    fields: {
      email: 'The email address, also used to log in.',
      firstName: 'The first name.',
      lastName: 'The last name.',
      namePrefix: 'A prefix of the name, e.g. "Dr.".',
      middleName: 'The middle name.',
      nameSuffix: 'A suffix of the name, e.g. "Jr.".',
      birthday: 'The date of birth.',
      enabled: 'Whether the user may log in.',
      confirmed: 'Whether the user has confirmed the email address.',
      isGuest: 'Whether this is a guest created for a checkout without registration.',
      createdAt: 'When the user was created.',
      updatedAt: 'When the user was last changed.',
      customer: 'The customer the user acts for.',
      userRoles: 'The storefront roles of the user, which decide what they may see and do.',
    },
  },
  orders: {
    resource: 'Orders placed by the customer (read and create only).',
    fields: {
      identifier: 'The order number shown to the customer.',
      poNumber: 'The purchase order number the customer gave.',
      customerNotes: 'Notes the customer added to the order.',
      shipUntil: 'The date the order should be shipped by.',
      currency: 'The currency of the order amounts.',
      subtotalValue: 'The sum of the line items before discounts, shipping and tax (money string).',
      totalValue: 'The amount to pay, including discounts, shipping and tax (money string).',
      shippingCostAmount: 'The shipping cost (money string).',
      shippingMethod: 'The chosen shipping method: code, type and label.',
      paymentTerm: 'The payment term, e.g. "net 30".',
      paymentStatus: 'The payment status: code and label.',
      disablePromotions: 'Whether promotions are not applied to this order.',
      createdAt: 'When the order was placed.',
      updatedAt: 'When the order was last changed.',
      billingAddress: 'The billing address of the order.',
      shippingAddress: 'The shipping address of the order.',
      lineItems: 'The ordered products with quantities and prices.',
      customerUser: 'The user who placed the order.',
      customer: 'The customer the order belongs to.',
      status: 'The order status, e.g. open, closed or cancelled.',
      shippingStatus: 'The shipping status, e.g. not shipped or shipped.',
    },
  },
  orderlineitems: {
    resource: 'Line items of orders: one ordered product with its quantity and price.',
    fields: {
      productSku: 'The SKU of the ordered product at the time of ordering.',
      productName: 'The name of the ordered product at the time of ordering.',
      freeFormProduct: 'The name of a product that is not in the catalogue (free-form line item).',
      quantity: 'The ordered quantity, in productUnitCode units.',
      productUnitCode: 'The code of the unit the quantity is in, e.g. "item" or "set".',
      price: 'The price of one unit (money string).',
      currency: 'The currency of the price.',
      shipUntil: 'The date this line item should be shipped by.',
      comment: 'A comment the customer added to the line item.',
      rowTotal: 'The price multiplied by the quantity (money string).',
      orders: 'The order the line item belongs to.',
      product: 'The ordered product.',
      parentProduct: 'For a variant: the configurable product it was chosen from.',
      productUnit: 'The unit the quantity is in.',
    },
  },
  shoppinglists: {
    resource: 'Shopping lists of the customer user: products they intend to buy, and the source of a checkout.',
    fields: {
      name: 'The name of the shopping list.',
      notes: 'Notes the customer added to the shopping list.',
      default: 'Whether this is the current (default) shopping list of the user.',
      currency: 'The currency of the totals.',
      total: 'The total of the list including discounts (money string).',
      subTotal: 'The sum of the line items before discounts (money string).',
      createdAt: 'When the shopping list was created.',
      updatedAt: 'When the shopping list was last changed.',
      items: 'The products in the shopping list with their quantities.',
      customerUser: 'The user who owns the shopping list.',
      customer: 'The customer the shopping list belongs to.',
    },
  },
  shoppinglistitems: {
    resource: 'Line items of shopping lists: one product with its quantity and unit.',
    fields: {
      quantity: 'The quantity, in the unit of the item.',
      notes: 'Notes the customer added to the item.',
      currency: 'The currency of value and subTotal.',
      value: 'The price of one unit for the current customer (money string).',
      subTotal: 'The price multiplied by the quantity (money string).',
      product: 'The product.',
      parentProduct: 'For a variant: the configurable product it was chosen from.',
      unit: 'The unit the quantity is in.',
      shoppingList: 'The shopping list the item belongs to.',
    },
  },
  webcatalogtree: {
    resource: 'The nodes of the web catalog: the storefront navigation tree, each node showing a piece of content.',
    fields: {
      title: 'The title of the node in the current localization.',
      order: 'The position of the node among its siblings.',
      url: 'The storefront URL of the node in the current localization.',
      level: 'The depth of the node in the tree (0 for the root).',
      parent: 'The parent node.',
      path: 'The ancestors of the node, from the root down to its parent.',
    },
  },
  landingpages: {
    resource: 'Landing pages: content pages managed in the CMS.',
    fields: {
      title: 'The title of the page in the current localization.',
      content: 'The content of the page (HTML).',
      url: 'The storefront URL of the page in the current localization.',
      doNotRenderTitle: 'Whether the storefront hides the title on the page.',
      metaTitle: 'The page title for search engines.',
      createdAt: 'When the page was created.',
      updatedAt: 'When the page was last changed.',
    },
  },
};

/** Adds the documentation text to resource declarations that have none of their own. */
export function withDescriptions(defs: ResourceDef[], texts: typeof STOREFRONT_DESCRIPTIONS): ResourceDef[] {
  return defs.map((def) => {
    const t = texts[def.type];
    if (!t) return def;
    const describe = <T extends { name: string; description?: string }>(x: T): T => (x.description || !t.fields[x.name] ? x : { ...x, description: t.fields[x.name] });
    return {
      ...def,
      ...(def.description || !t.resource ? {} : { description: t.resource }),
      attributes: def.attributes.map(describe),
      relationships: def.relationships.map(describe),
    };
  });
}
