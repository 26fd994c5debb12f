import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import {
	addCartOrder,
	addCartProduct,
	changeCartOrder,
	changeCartProduct,
	manualPollingPoll,
	pollingPoller,
} from '../support/pollingTrigger';
import { cartRequests, wmsRequests } from '../support/trackstar';
import { at, ids, wholeSecondNow } from '../support/triggers';

describe('Trackstar Polling Trigger: cart orders and cart products', () => {
	let sandbox: Sandbox;
	let start: number;

	beforeEach(async () => {
		start = wholeSecondNow();
		sandbox = await startSandbox({ port: 0, now: new Date(start - 1000) });
	});
	afterEach(async () => await sandbox.close());

	const listReads = (path: string) =>
		sandbox.requests.filter((request) => request.path === path).length;

	it('learns the store orders in one request, then emits a new order once, not for its later change', async () => {
		const poller = pollingPoller(sandbox, { resource: 'cartOrder', event: 'new' });
		const first = await poller.poll();
		expect(first.error).toBeUndefined();
		expect(first.emitted).toBe(false);
		expect(cartRequests(sandbox)).toHaveLength(1);
		expect(cartRequests(sandbox)[0].path).toBe('/cart/orders');
		expect(Object.keys(cartRequests(sandbox)[0].query).sort()).toEqual([
			'created_date[gte]',
			'limit',
		]);

		addCartOrder(sandbox, 'co-new', at(start, 5));
		const arrived = await poller.poll();
		expect(ids(arrived.items)).toEqual(['co-new']);
		expect(arrived.items[0].json).toMatchObject({ order_number: '#co-new', status: 'open' });

		changeCartOrder(sandbox, 'co-new', at(start, 6), { status: 'confirmed' });
		expect((await poller.poll()).emitted).toBe(false);
		expect((await poller.poll()).emitted).toBe(false);
		// One list request a poll, each from the newest creation seen; the WMS API is never asked.
		expect(cartRequests(sandbox).map((request) => request.path)).toEqual(
			Array(4).fill('/cart/orders'),
		);
		expect(cartRequests(sandbox).at(-1)?.query['created_date[gte]']).toBe(at(start, 5));
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('emits an updated store order once per change, a second change within one second too, simplified', async () => {
		const poller = pollingPoller(sandbox, {
			resource: 'cartOrder',
			event: 'updated',
			options: { simplify: true },
		});
		await poller.poll();
		const order = sandbox.cartOrders().find((candidate) => candidate.status === 'open')!;

		changeCartOrder(sandbox, order.id, at(start, 5), { status: 'confirmed' });
		const changed = await poller.poll();
		expect(ids(changed.items)).toEqual([order.id]);
		expect(changed.items[0].json).toMatchObject({
			id: order.id,
			status: 'confirmed',
			customer_name: order.ship_to_address.full_name,
		});
		expect(changed.items[0].json).not.toHaveProperty('bill_to_address');
		expect(Object.keys(cartRequests(sandbox).at(-1)?.query ?? {})).toContain('updated_date[gte]');

		changeCartOrder(sandbox, order.id, at(start, 5), { status: 'processing' });
		expect((await poller.poll()).items.map((item) => item.json.status)).toEqual(['processing']);
		expect((await poller.poll()).emitted).toBe(false);
		expect(listReads('/cart/orders')).toBe(4);
	});

	it('emits a store order entering a chosen status once, not while it changes otherwise, and again after it left', async () => {
		const poller = pollingPoller(sandbox, {
			resource: 'cartOrder',
			event: 'statusChanged',
			statuses: ['fulfilled'],
		});
		await poller.poll();
		const order = sandbox.cartOrders().find((candidate) => candidate.status === 'processing')!;

		changeCartOrder(sandbox, order.id, at(start, 5), { status: 'partially_fulfilled' });
		expect((await poller.poll()).emitted).toBe(false);
		changeCartOrder(sandbox, order.id, at(start, 6), { status: 'fulfilled' });
		const fulfilled = await poller.poll();
		expect(fulfilled.items.map((item) => [item.json.id, item.json.status])).toEqual([
			[order.id, 'fulfilled'],
		]);
		changeCartOrder(sandbox, order.id, at(start, 6), { total_price: 1 });
		expect((await poller.poll()).emitted).toBe(false);
		changeCartOrder(sandbox, order.id, at(start, 7), { status: 'exception' });
		expect((await poller.poll()).emitted).toBe(false);
		changeCartOrder(sandbox, order.id, at(start, 8), { status: 'fulfilled' });
		expect(ids((await poller.poll()).items)).toEqual([order.id]);
		expect(listReads('/cart/orders')).toBe(6);
	});

	it('emits new and updated store products, each once', async () => {
		const created = pollingPoller(sandbox, { resource: 'cartProduct', event: 'new' });
		const updated = pollingPoller(sandbox, {
			resource: 'cartProduct',
			event: 'updated',
			options: { simplify: true },
		});
		expect((await created.poll()).emitted).toBe(false);
		expect((await updated.poll()).emitted).toBe(false);
		const [product] = sandbox.cartProducts();

		addCartProduct(sandbox, 'cp-new', at(start, 5));
		changeCartProduct(sandbox, product.id, at(start, 5), { inventory: 3 });
		expect(ids((await created.poll()).items)).toEqual(['cp-new']);
		const changes = await updated.poll();
		expect(ids(changes.items)).toEqual([product.id, 'cp-new'].sort());
		expect(changes.items.find((item) => item.json.id === product.id)?.json).toEqual(
			expect.objectContaining({ inventory: 3, sku: product.sku }),
		);
		expect(changes.items[0].json).not.toHaveProperty('inventory_by_warehouse_id');
		expect((await created.poll()).emitted).toBe(false);
		expect((await updated.poll()).emitted).toBe(false);
		expect(cartRequests(sandbox).map((request) => request.path)).toEqual(
			Array(6).fill('/cart/products'),
		);
	});

	it('carries the store order filters (statuses, order number) into every poll', async () => {
		const poller = pollingPoller(sandbox, {
			resource: 'cartOrder',
			event: 'new',
			filters: {
				status: ['open'],
				orderNumber: { conditions: [{ operator: 'contains', value: '#keep' }] },
			},
		});
		await poller.poll();
		addCartOrder(sandbox, 'keep-1', at(start, 5));
		addCartOrder(sandbox, 'keep-2', at(start, 5), { status: 'cancelled' });
		addCartOrder(sandbox, 'other', at(start, 5));
		expect(ids((await poller.poll()).items)).toEqual(['keep-1']);
		for (const request of cartRequests(sandbox))
			expect(request.query).toMatchObject({
				'status[in]': 'open',
				'order_number[contains]': '#keep',
			});
	});

	it.each([
		[
			{ orderNumber: { conditions: [{ operator: 'eq', value: '' }] } },
			'Invalid Order Number: the condition "Is Equal To" has no value',
		],
		[
			{ warehouseCustomerId: { conditions: [{ operator: 'in', value: ' , ' }] } },
			'Invalid Warehouse Customer: the condition "Is One Of" has no value',
		],
	])('refuses a filter added but left empty, before any request: %j', async (filters, message) => {
		const poller = pollingPoller(sandbox, { resource: 'cartOrder', event: 'updated', filters });
		const { error } = await poller.poll();
		expect(error?.message).toBe(message);
		expect(sandbox.requests).toEqual([]);
		expect(poller.nodeStaticData()).toEqual({});
	});

	it('reads only the pages a poll needs: 2,500 new orders drain 1,000 a poll, in 3, 2 and 1 list requests', async () => {
		const poller = pollingPoller(sandbox, { resource: 'cartOrder', event: 'new' });
		await poller.poll();
		expect(listReads('/cart/orders')).toBe(1);
		const added = Array.from(
			{ length: 2500 },
			(_, index) => `co-${String(index).padStart(4, '0')}`,
		);
		added.forEach((id, index) =>
			addCartOrder(sandbox, id, at(start, 10 + Math.floor(index / 100))),
		);

		const drained: unknown[][] = [];
		const reads: number[] = [];
		for (let poll = 0; poll < 4; poll++) {
			const before = listReads('/cart/orders');
			drained.push(ids((await poller.poll()).items));
			reads.push(listReads('/cart/orders') - before);
		}
		expect(drained).toEqual([added.slice(0, 1000), added.slice(1000, 2000), added.slice(2000), []]);
		expect(reads).toEqual([3, 2, 1, 1]);
		expect(new Set(cartRequests(sandbox).map((request) => request.query.limit))).toEqual(
			new Set(['1000']),
		);
	});

	it.each([
		[
			'cartOrder',
			'/cart/orders',
			401,
			'a store (cart) connection',
			'Inbound Shipment, Inventory Item, Product, Return for a WMS connection; Freight Shipment for a freight connection; Carrier Invoice Line Item for a carrier connection',
		],
		[
			'product',
			'/wms/products',
			501,
			'a WMS connection',
			'Cart Order, Cart Product for a store (cart) connection; Freight Shipment for a freight connection; Carrier Invoice Line Item for a carrier connection',
		],
	])(
		'a %s poll refused (as a token of another connection type would be) says which connection it needs, and keeps its cursor',
		async (resource, path, status, needs, others) => {
			const poller = pollingPoller(sandbox, { resource, event: 'updated' });
			await poller.poll();
			const before = poller.nodeStaticData();
			sandbox.inject({ path, fault: { kind: 'status', status } });

			const { error } = await poller.poll();
			expect(error?.message).toBe(`Trackstar answered ${status}: Injected fault: ${status}`);
			const description = (error as { description?: string }).description ?? '';
			expect(description.split('\n')[0]).toBe(
				`${resource === 'cartOrder' ? 'Cart Order' : 'Product'} reads ${path}, which only the access token of ${needs} can read. If the credential holds another connection's token, choose a resource of that type (${others}) or a credential with the token of ${needs}.`,
			);
			expect(description).toContain(`Request: GET ${path}`);
			expect(poller.nodeStaticData()).toEqual(before);
			expect(sandbox.requests.filter((request) => request.path === path)).toHaveLength(2);
		},
	);

	it('leaves an error that no token of another type would cause as it was', async () => {
		sandbox.inject({
			path: '/cart/orders',
			times: Infinity,
			fault: { kind: 'status', status: 503, headers: { 'retry-after': 0 } },
		});
		const { error } = await pollingPoller(sandbox, { resource: 'cartOrder', event: 'new' }).poll();
		expect(error?.message).toContain('Trackstar answered 503');
		expect((error as { description?: string }).description).not.toContain('connection can read');
	});

	it('refuses an event cart products do not have, before any request', async () => {
		const { error } = await pollingPoller(sandbox, {
			resource: 'cartProduct',
			event: 'statusChanged',
		}).poll();
		expect(error?.message).toBe(
			'Invalid Trigger On: "statusChanged" is not an event of cart products',
		);
		expect(sandbox.requests).toEqual([]);
	});

	it('shows the newest store orders in a chosen status in a manual run, and keeps no cursor', async () => {
		const { items, error, nodeStaticData } = await manualPollingPoll(sandbox, {
			resource: 'cartOrder',
			event: 'statusChanged',
			statuses: ['fulfilled'],
		});
		expect(error).toBeUndefined();
		const query = cartRequests(sandbox).at(-1)?.query ?? {};
		expect(query['status[in]']).toBe('fulfilled');
		const expected = sandbox
			.cartOrders()
			.filter(
				(order) => order.status === 'fulfilled' && order.updated_date >= query['updated_date[gte]'],
			)
			.sort((a, b) => (a.updated_date + a.id > b.updated_date + b.id ? -1 : 1))
			.slice(0, 10);
		expect(expected.length).toBeGreaterThan(0);
		expect(ids(items)).toEqual(expected.map((order) => order.id));
		expect(nodeStaticData).toEqual({});
	});
});
