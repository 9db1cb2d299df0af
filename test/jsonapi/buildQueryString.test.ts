import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildQueryString, filterKey, formatFilterValue, withQuery, xIncludeHeader } from '../../src/jsonapi/buildQueryString.ts';

test('parameters come out sorted by name with brackets percent-encoded', () => {
  const qs = buildQueryString([
    { key: 'sort', value: '-id' },
    { key: 'fields[products]', value: 'sku,name' },
    { key: 'filter[id]', value: '1,2' },
    { key: 'page[size]', value: '5' },
  ]);
  assert.equal(qs, 'fields%5Bproducts%5D=sku,name&filter%5Bid%5D=1,2&page%5Bsize%5D=5&sort=-id');
});

test('a datetime offset plus sign is encoded so Oro does not read it as a space', () => {
  assert.equal(buildQueryString([{ key: 'filter[createdAt][gte]', value: '2024-01-01T00:00:00+02:00' }]), 'filter%5BcreatedAt%5D%5Bgte%5D=2024-01-01T00%3A00%3A00%2B02%3A00');
});

test('a repeated key is refused instead of being sent twice', () => {
  assert.throws(() => buildQueryString([{ key: 'filter[id]', value: '1' }, { key: 'filter[id]', value: '2' }]));
});

test('a path without parameters gets no question mark', () => {
  assert.equal(withQuery('/api/products', []), '/api/products');
});

test('eq uses the bare filter key and other operators the bracket form', () => {
  assert.equal(filterKey('sku', 'eq'), 'filter[sku]');
  assert.equal(filterKey('createdAt', 'gte'), 'filter[createdAt][gte]');
});

test('lists are comma-joined, ranges use two dots and booleans are words', () => {
  assert.equal(formatFilterValue(['1', '2', '3'], 'list'), '1,2,3');
  assert.equal(formatFilterValue({ from: 5, to: 7 }, 'range'), '5..7');
  assert.equal(formatFilterValue(false, 'boolean'), 'false');
});

test('X-Include keys are joined with semicolons', () => {
  assert.equal(xIncludeHeader(['noHateoas', 'totalCount']), 'noHateoas;totalCount');
});
