/**
 * The stock and catalog examples (examples/low-stock-alert-every-hour.json,
 * create-products-from-rows.json, stock-per-warehouse-report.json) run with `n8n execute` in the
 * real app against the sandbox: what each outputs, and what the sandbox received.
 *
 * Runs on both n8n lines: examples a user of either line imports, run by n8n execute and from
 * the editor (n8n's REST API, which differs between the lines).
 */
import { checkExample } from '../../scripts/demo/checkExamples';
import { DEMO_OWNER } from '../../scripts/n8n/instance';
import { wmsRequests } from '../support/trackstar';
import { e2eAppForTestFile, execute, expectSucceeded } from './app';

const app = e2eAppForTestFile(() => []);

const calls = () => wmsRequests(app.sandbox).map((request) => `${request.method} ${request.path}`);

test('the hourly low-stock alert makes one line per active SKU with 10 or fewer fulfillable', async () => {
	const run = await execute(app, 'tsLowStockAlert1');

	expectSucceeded(run);
	const expected = app.sandbox
		.inventoryItems()
		.filter((item) => item.active && item.fulfillable <= 10);
	expect(expected.length).toBeGreaterThan(0);
	const lines = run.items['One Line per SKU'].map((item) => item.json);
	expect(lines.map((line) => line.sku).sort()).toEqual(expected.map((item) => item.sku).sort());
	const first = expected.find((item) => item.sku === lines[0].sku)!;
	expect(lines[0].message).toBe(
		`Low stock: ${first.sku} (${first.name}) has ${first.fulfillable} fulfillable (${first.onhand} on hand, ${first.committed} committed)`,
	);
	expect(calls()).toEqual(['GET /wms/inventory']);
	expect(wmsRequests(app.sandbox)[0].query).toEqual({ active: 'true', limit: '1000' });
}, 120_000);

test('the spreadsheet rows become three products, one POST per row', async () => {
	const before = app.sandbox.products().length;

	const run = await execute(app, 'tsProductsRows01');

	expectSucceeded(run);
	const created = run.items['Create Product'].map((item) => item.json);
	const skus = ['AW26-TEE-RST-S', 'AW26-TEE-RST-M', 'AW26-TEE-RST-L'];
	expect(created.map((product) => product.sku)).toEqual(skus);
	expect(created[1]).toMatchObject({ name: 'Autumn Tee, Rust, M', unused_fields: [] });
	expect(app.sandbox.products()).toHaveLength(before + 3);
	for (const product of created) {
		expect(app.sandbox.product(String(product.id))?.sku).toBe(product.sku);
	}
	expect(calls()).toEqual(skus.map(() => 'POST /wms/products'));
	expect(wmsRequests(app.sandbox).map((request) => request.body)).toEqual([
		{ sku: 'AW26-TEE-RST-S', name: 'Autumn Tee, Rust, S' },
		{ sku: 'AW26-TEE-RST-M', name: 'Autumn Tee, Rust, M' },
		{ sku: 'AW26-TEE-RST-L', name: 'Autumn Tee, Rust, L' },
	]);
}, 120_000);

test('the stock report has one row per SKU and warehouse with onhand, fulfillable and committed', async () => {
	const run = await execute(app, 'tsStockReport001');

	expectSucceeded(run);
	const expected = app.sandbox.inventoryItems().flatMap((item) =>
		Object.entries(item.inventory_by_warehouse_id).map(([warehouse, stock]) => ({
			sku: item.sku,
			name: item.name,
			warehouse,
			onhand: stock.onhand,
			fulfillable: stock.fulfillable,
			committed: stock.committed,
		})),
	);
	expect(expected.length).toBeGreaterThanOrEqual(app.sandbox.inventoryItems().length);
	expect(run.items['Report Row'].map((item) => item.json)).toEqual(expected);
	expect(calls()).toEqual(['GET /wms/inventory']);
	expect(wmsRequests(app.sandbox)[0].query).toEqual({ limit: '1000' });
}, 120_000);

// Last: the editor's Execute workflow needs `n8n start`, which then runs until the file's end.
let serverStarted = false;
test.each([
	['tsLowStockAlert1', /^\d+ SKUs at or below 10 fulfillable: "Low stock: /],
	[
		'tsProductsRows01',
		/^3 products created from rows: AW26-TEE-RST-S, AW26-TEE-RST-M, AW26-TEE-RST-L$/,
	],
	['tsStockReport001', /^\d+ rows of stock per SKU and warehouse, e\.g\. \{"sku":/],
])(
	"the demo's check of %s passes when the example runs as the editor's Execute workflow does",
	async (id, shows) => {
		if (!serverStarted) {
			await app.n8n.start();
			serverStarted = true;
		}
		const demo = { n8n: app.n8n, sandbox: app.sandbox, owner: DEMO_OWNER, stop: async () => {} };

		expect(await checkExample(demo, id)).toMatch(shows);
		expect(wmsRequests(app.sandbox).length).toBeGreaterThan(0);
	},
	180_000,
);
