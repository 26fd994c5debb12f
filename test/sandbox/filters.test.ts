import type { Order, Sandbox } from '../../sandbox';
import { seedOrders } from '../../sandbox';
import type { ListAnswer } from './helpers';
import { NOW, get, qs, startTestSandbox } from './helpers';

// The same orders the sandbox seeds, to pick filter values at definition time.
const seeded = seedOrders({ count: 240, seed: 42, now: NOW });
const at = (share: number) => seeded[Math.floor(seeded.length * share)];
const withShipDate = seeded.filter((order) => order.required_ship_date !== null);
const shipDate = withShipDate[Math.floor(withShipDate.length / 2)].required_ship_date as string;
const sample = at(0.5);
const customer = sample.warehouse_customer_id as string;

type Field = keyof Order;
const value = (order: Order, field: Field) => order[field] as string | null;
const lower = (text: string | null) => text?.toLowerCase() ?? null;

// Independent oracle: [description, query, predicate].
type Case = [string, Record<string, string>, (order: Order) => boolean];

const dateCases = (field: Field, pivot: string, lists: boolean): Case[] => {
	const other = at(0.8)[field] as string;
	const cases: Case[] = [
		[`${field}=`, { [field]: pivot }, (o) => value(o, field) === pivot],
		[`${field}[eq]`, { [`${field}[eq]`]: pivot }, (o) => value(o, field) === pivot],
		[`${field}[neq]`, { [`${field}[neq]`]: pivot }, (o) => value(o, field) !== pivot],
		[`${field}[gt]`, { [`${field}[gt]`]: pivot }, (o) => (value(o, field) ?? '') > pivot],
		[`${field}[gte]`, { [`${field}[gte]`]: pivot }, (o) => (value(o, field) ?? '') >= pivot],
		[
			`${field}[lt]`,
			{ [`${field}[lt]`]: pivot },
			(o) => value(o, field) !== null && value(o, field)! < pivot,
		],
		[
			`${field}[lte]`,
			{ [`${field}[lte]`]: pivot },
			(o) => value(o, field) !== null && value(o, field)! <= pivot,
		],
	];
	if (lists) {
		cases.push(
			[
				`${field}[in]`,
				{ [`${field}[in]`]: `${pivot},${other}` },
				(o) => [pivot, other].includes(value(o, field)!),
			],
			[
				`${field}[nin]`,
				{ [`${field}[nin]`]: `${pivot},${other}` },
				(o) => ![pivot, other].includes(value(o, field)!),
			],
		);
	}
	return cases;
};

const textCases = (field: Field, pick: string, fragment: string, other: string): Case[] => [
	[`${field}=`, { [field]: pick }, (o) => value(o, field) === pick],
	[`${field}[eq]`, { [`${field}[eq]`]: pick }, (o) => value(o, field) === pick],
	[`${field}[neq]`, { [`${field}[neq]`]: pick }, (o) => value(o, field) !== pick],
	[
		`${field}[in]`,
		{ [`${field}[in]`]: `${pick},${other}` },
		(o) => [pick, other].includes(value(o, field)!),
	],
	[
		`${field}[nin]`,
		{ [`${field}[nin]`]: `${pick},${other}` },
		(o) => ![pick, other].includes(value(o, field)!),
	],
	[
		`${field}[contains]`,
		{ [`${field}[contains]`]: fragment },
		(o) => !!value(o, field)?.includes(fragment),
	],
	[
		`${field}[not_contains]`,
		{ [`${field}[not_contains]`]: fragment },
		(o) => !value(o, field)?.includes(fragment),
	],
];

const identifierCases = (field: Field, pick: string, other: string, fragment: string): Case[] => [
	[`${field}=`, { [field]: pick }, (o) => value(o, field) === pick],
	[`${field}[eq]`, { [`${field}[eq]`]: pick }, (o) => value(o, field) === pick],
	[
		`${field}[eq-insensitive]`,
		{ [`${field}[eq-insensitive]`]: pick.toLowerCase() },
		(o) => lower(value(o, field)) === pick.toLowerCase(),
	],
	[
		`${field}[in]`,
		{ [`${field}[in]`]: `${pick},${other}` },
		(o) => [pick, other].includes(value(o, field)!),
	],
	[
		`${field}[in-insensitive]`,
		{ [`${field}[in-insensitive]`]: `${pick.toLowerCase()},${other}` },
		(o) => [pick, other].map(lower).includes(lower(value(o, field))),
	],
	[
		`${field}[nin]`,
		{ [`${field}[nin]`]: `${pick},${other}` },
		(o) => ![pick, other].includes(value(o, field)!),
	],
	[
		`${field}[contains]`,
		{ [`${field}[contains]`]: fragment },
		(o) => !!value(o, field)?.includes(fragment),
	],
	[
		`${field}[contains-insensitive]`,
		{ [`${field}[contains-insensitive]`]: fragment.toLowerCase() },
		(o) => !!lower(value(o, field))?.includes(fragment.toLowerCase()),
	],
	[
		`${field}[not_contains]`,
		{ [`${field}[not_contains]`]: fragment },
		(o) => !value(o, field)?.includes(fragment),
	],
];

const cases: Case[] = [
	...dateCases('created_date', at(0.5).created_date, true),
	...dateCases('updated_date', at(0.4).updated_date, true),
	...dateCases('trackstar_created_date', at(0.6).trackstar_created_date, true),
	...dateCases('trackstar_updated_date', at(0.3).trackstar_updated_date, true),
	...dateCases('required_ship_date', shipDate, false),
	...textCases('status', 'open', 'fulfilled', 'cancelled'),
	...textCases('type', 'b2b', 'dropship', 'transfer'),
	...textCases(
		'warehouse_customer_id',
		customer,
		customer.slice(-4),
		seeded[0].warehouse_customer_id!,
	),
	...textCases('channel', 'shopify', 'a', 'edi'),
	...identifierCases(
		'order_number',
		sample.order_number,
		at(0.1).order_number,
		sample.order_number.slice(0, 5),
	),
	...identifierCases(
		'reference_id',
		sample.reference_id,
		at(0.2).reference_id,
		sample.reference_id.slice(0, 3),
	),
	[
		'several filters AND together',
		{
			'status[in]': 'open,confirmed,fulfilled',
			type: 'd2c',
			'created_date[gte]': at(0.3).created_date,
		},
		(o) =>
			['open', 'confirmed', 'fulfilled'].includes(o.status) &&
			o.type === 'd2c' &&
			o.created_date >= at(0.3).created_date,
	],
];

describe('sandbox GET /wms/orders filters', () => {
	let sandbox: Sandbox;
	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());

	const list = async (params: Record<string, string>) => {
		const answer = await get<ListAnswer<Order>>(sandbox, `/wms/orders?${qs(params)}`);
		expect(answer.status).toBe(200);
		return answer.body.data.map((order) => order.id);
	};

	it.each(cases)('filters %s like the oracle', async (_name, params, predicate) => {
		const expected = sandbox
			.orders()
			.filter(predicate)
			.map((order) => order.id);
		expect(expected.length).toBeGreaterThan(0);
		expect(await list(params)).toEqual(expected);
	});

	it('matches contains on enum fields as a substring (fulfilled also finds partially_fulfilled)', async () => {
		const ids = await list({ 'status[contains]': 'fulfilled' });
		const statuses = new Set(ids.map((id) => sandbox.order(id)?.status));
		expect(statuses).toEqual(new Set(['fulfilled', 'partially_fulfilled']));
	});

	it('answers every order when no filter is given', async () => {
		expect(await list({})).toEqual(sandbox.orders().map((order) => order.id));
	});

	it('returns exactly the ids asked for, in list order, ignoring every other filter', async () => {
		const orders = sandbox.orders();
		const wanted = [orders[200].id, orders[3].id, orders[77].id];
		const expected = [orders[3].id, orders[77].id, orders[200].id];
		expect(await list({ ids: wanted.join(','), status: 'other', channel: 'nowhere' })).toEqual(
			expected,
		);
		expect(await list({ 'ids[in]': wanted.join(',') })).toEqual(expected);
		expect(await list({ ids: 'ffffffffffffffffffffffff' })).toEqual([]);
	});

	it('accepts exactly 100 values in an in-list', async () => {
		const hundred = sandbox
			.orders()
			.slice(0, 100)
			.map((order) => order.order_number);
		expect(await list({ 'order_number[in]': hundred.join(',') })).toHaveLength(100);
	});

	it('accepts percent-encoded brackets in parameter names', async () => {
		const answer = await get<ListAnswer<Order>>(sandbox, '/wms/orders?status%5Beq%5D=open');
		expect(answer.body.data.every((order) => order.status === 'open')).toBe(true);
	});
});
