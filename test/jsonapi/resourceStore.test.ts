import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceStore } from '../../src/jsonapi/resourceStore.ts';

const doc = {
  data: [
    { type: 'orders', id: '1', attributes: { poNumber: 'A' }, relationships: { lineItems: { data: [{ type: 'orderlineitems', id: '10' }] }, customer: { data: null } } },
  ],
  included: [{ type: 'orderlineitems', id: '10', attributes: { quantity: 2 }, relationships: { order: { data: { type: 'orders', id: '1' } } } }],
};

test('a compound document is normalized by type and id with its linkage kept', () => {
  const store = new ResourceStore();
  const primary = store.addDocument(doc);
  assert.deepEqual(primary, [{ type: 'orders', id: '1' }]);
  assert.deepEqual(store.get('orders', '1')?.relationships, { lineItems: [{ type: 'orderlineitems', id: '10' }], customer: null });
  assert.equal(store.get('orderlineitems', '10')?.attributes.quantity, 2);
});

test('the same record from two responses merges attributes and relationships', () => {
  const store = new ResourceStore();
  store.addDocument(doc);
  store.addDocument({ data: { type: 'orders', id: '1', attributes: { total: '5.0000' }, relationships: { owner: { data: { type: 'users', id: '3' } } } } });
  const order = store.get('orders', '1');
  assert.deepEqual(order?.attributes, { poNumber: 'A', total: '5.0000' });
  assert.deepEqual(Object.keys(order?.relationships ?? {}).sort(), ['customer', 'lineItems', 'owner']);
});

test('a body without data is rejected as not JSON:API', () => {
  assert.throws(() => new ResourceStore().addDocument({ errors: [] }), TypeError);
});

test('an empty to-one primary is null', () => {
  assert.equal(new ResourceStore().addDocument({ data: null }), null);
});
