/**
 * `npm run test:browser`: the demo's n8n in Debian's Chromium (driven by playwright-core, never a
 * downloaded browser). Signs in, opens the bulk-fix example, checks that the Trackstar Orders
 * panel renders its credential, operations, List filters and Update fields, runs the workflow
 * from the editor against the sandbox, opens and searches the Shipping Method picker (listed
 * live from the sandbox), finds the node in the node picker; then, in a workflow of its own with
 * the Trackstar node, checks the Resource and Operation choice, the inventory items' filters and
 * the Product picker (searched live); then, on a canvas of Trackstar nodes, each node's subtitle
 * (its action in words), the Order picker's error with a wrong API key (a credential the check
 * makes through n8n's REST API), and the Order field found By Number and run; then, with the
 * sandbox's connection switched to Extensiv, an order create's WMS Fields, loaded live and a list
 * column added; and saves the screenshots the README and docs show under docs/screenshots/.
 * Exits non-zero on any failed check.
 */
import { mkdirSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { tmpdir } from '@n8n-nodes-trackstar/node-runtime/os';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';
import process from '@n8n-nodes-trackstar/node-runtime/process';
import { print, printError } from '@n8n-nodes-trackstar/node-runtime/terminal';

import { chromium, selectors, type Page } from 'playwright-core';

import { freePort } from '../../scripts/n8n/instance';
import { sandboxCredential } from '../../scripts/demo/examples';
import { startDemo, type Demo } from '../../scripts/demo/startDemo';
import { REPO_ROOT } from '../../scripts/support/repoRoot';
import { WAREHOUSES } from '../../sandbox';

const SCREENSHOTS = join(REPO_ROOT, 'docs', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WORKFLOW = 'tsFixShipMethods';
const LIST_NODE = 'Open Orders of Juniper & Sage';
const UPDATE_NODE = 'Set Shipping Method to UPS Ground';

/** The Trackstar node's own workflow, imported with the demo's examples for this check only. */
const TRACKSTAR_WORKFLOW = 'tsBrowserTrackstar';
const INVENTORY_NODE = 'Inventory Items';
const PRODUCT_NODE = 'Get Product';
const EMPTY_FILTER_NODE = 'Orders Updated After';
const SANDBOX_CREDENTIAL = {
	trackstarApi: { id: 'TrackstarSandbox', name: 'Trackstar API (sandbox)' },
};
const trackstarWorkflow = {
	id: TRACKSTAR_WORKFLOW,
	name: 'Browser check: the Trackstar node',
	active: false,
	settings: {},
	pinData: {},
	nodes: [
		{
			id: '0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1a01',
			name: 'Run It',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: '0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1a02',
			name: INVENTORY_NODE,
			type: 'n8n-nodes-trackstar.trackstar',
			typeVersion: 1,
			position: [240, 0],
			parameters: { resource: 'inventoryItem', operation: 'getAll', limit: 50 },
			credentials: SANDBOX_CREDENTIAL,
		},
		{
			id: '0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1a03',
			name: PRODUCT_NODE,
			type: 'n8n-nodes-trackstar.trackstar',
			typeVersion: 1,
			position: [480, 0],
			parameters: {
				resource: 'product',
				operation: 'get',
				productId: { __rl: true, mode: 'list', value: '' },
			},
			credentials: SANDBOX_CREDENTIAL,
		},
		{
			id: '0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1a04',
			name: EMPTY_FILTER_NODE,
			type: 'n8n-nodes-trackstar.trackstar',
			typeVersion: 1,
			position: [240, 240],
			// A date the picker cleared: n8n keeps the condition with no value.
			parameters: {
				resource: 'order',
				operation: 'getAll',
				limit: 50,
				filters: { updatedDate: { conditions: [{ operator: 'gt', value: '' }] } },
			},
			credentials: SANDBOX_CREDENTIAL,
		},
	],
	connections: {
		'Run It': {
			main: [
				[
					{ node: INVENTORY_NODE, type: 'main', index: 0 },
					{ node: EMPTY_FILTER_NODE, type: 'main', index: 0 },
				],
			],
		},
		[INVENTORY_NODE]: { main: [[{ node: PRODUCT_NODE, type: 'main', index: 0 }]] },
	},
};

/** What a new user sees first: a canvas of Trackstar nodes, each subtitled with its action. */
const CANVAS_WORKFLOW = 'tsBrowserCanvas';
const UPDATE_ORDER_NODE = 'Update Order';
const ORDER_BY_NUMBER_NODE = 'Order by Number';
/** Each node of that canvas and the subtitle it shows under its name. */
const CANVAS_SUBTITLES: Record<string, string> = {
	'New Inventory Item': 'New inventory item',
	'Inventory Items': 'Get many inventory items',
	'Create Inbound Shipment': 'Create an inbound shipment',
	'Open Orders': 'Get many orders',
	[UPDATE_ORDER_NODE]: 'Update an order',
	[ORDER_BY_NUMBER_NODE]: 'Get an order',
};
const ORDER_MODES = ['From List', 'By ID', 'By Number', 'By Ref ID'];
const WRONG_KEY_CREDENTIAL = 'Trackstar API (wrong API key)';

interface SandboxOrder {
	id: string;
	order_number: string;
}

/** Its Order fields name a real order, as a user's would, so no node shows a missing value. */
const canvasWorkflow = (order: SandboxOrder) => ({
	id: CANVAS_WORKFLOW,
	name: 'Browser check: what a new user sees',
	active: false,
	settings: {},
	pinData: {},
	nodes: [
		{
			id: '0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1b01',
			name: 'New Inventory Item',
			type: 'n8n-nodes-trackstar.trackstarPollingTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {
				pollTimes: { item: [{ mode: 'everyX', value: 15, unit: 'minutes' }] },
				resource: 'inventoryItem',
				event: 'new',
			},
			credentials: SANDBOX_CREDENTIAL,
		},
		{
			id: '0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1b02',
			name: 'Inventory Items',
			type: 'n8n-nodes-trackstar.trackstar',
			typeVersion: 1,
			position: [240, 0],
			parameters: { resource: 'inventoryItem', operation: 'getAll', limit: 50 },
			credentials: SANDBOX_CREDENTIAL,
		},
		{
			id: '0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1b03',
			name: 'Create Inbound Shipment',
			type: 'n8n-nodes-trackstar.trackstar',
			typeVersion: 1,
			position: [480, 0],
			parameters: {
				resource: 'inboundShipment',
				operation: 'create',
				purchaseOrderNumber: '={{ $json.sku }}-restock',
				warehouseId: { __rl: true, mode: 'id', value: '={{ $json.warehouse_id }}' },
				expectedArrivalDate: '={{ $now.plus({ days: 7 }).toISODate() }}',
				lineItemsInput: 'json',
				lineItemsJson: '={{ [{ sku: $json.sku, expected_quantity: 100 }] }}',
			},
			credentials: SANDBOX_CREDENTIAL,
		},
		{
			id: '0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1b04',
			name: 'Run It',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 240],
			parameters: {},
		},
		{
			id: '0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1b05',
			name: 'Open Orders',
			type: 'n8n-nodes-trackstar.trackstarOrders',
			typeVersion: 1,
			position: [240, 240],
			parameters: { operation: 'getAll', limit: 50 },
			credentials: SANDBOX_CREDENTIAL,
		},
		{
			id: '0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1b06',
			name: UPDATE_ORDER_NODE,
			type: 'n8n-nodes-trackstar.trackstarOrders',
			typeVersion: 1,
			position: [480, 240],
			parameters: {
				operation: 'update',
				orderId: {
					__rl: true,
					mode: 'list',
					value: order.id,
					cachedResultName: order.order_number,
				},
			},
			credentials: SANDBOX_CREDENTIAL,
		},
		{
			id: '0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1b07',
			name: ORDER_BY_NUMBER_NODE,
			type: 'n8n-nodes-trackstar.trackstar',
			typeVersion: 1,
			position: [240, 480],
			parameters: {
				resource: 'order',
				operation: 'get',
				orderId: { __rl: true, mode: 'id', value: order.id },
			},
			credentials: SANDBOX_CREDENTIAL,
		},
	],
	connections: {
		'New Inventory Item': {
			main: [[{ node: 'Inventory Items', type: 'main', index: 0 }]],
		},
		'Inventory Items': {
			main: [[{ node: 'Create Inbound Shipment', type: 'main', index: 0 }]],
		},
		'Run It': {
			main: [
				[
					{ node: 'Open Orders', type: 'main', index: 0 },
					{ node: ORDER_BY_NUMBER_NODE, type: 'main', index: 0 },
				],
			],
		},
		'Open Orders': { main: [[{ node: UPDATE_ORDER_NODE, type: 'main', index: 0 }]] },
	},
});

/** An order create on an Extensiv connection, its own fields filled, for its WMS Fields. */
const WMS_FIELDS_WORKFLOW = 'tsBrowserWmsFields';
const CREATE_ORDER_NODE = 'Create Extensiv Order';
const EXTENSIV = 'extensiv-3pl-central';
/** Ongoing WMS requires delivery_date, which no field of the node's own sets: a required column. */
const CREATE_ONGOING_ORDER_NODE = 'Create Ongoing Order';
/** A Trackstar Order → Create with its own fields filled and a warehouse, whatever the connected WMS. */
function createOrderNode(id: string, name: string, position: [number, number]) {
	return {
		id,
		name,
		type: 'n8n-nodes-trackstar.trackstar',
		typeVersion: 1,
		position,
		parameters: {
			resource: 'order',
			operation: 'create',
			orderNumber: 'WEB-1042',
			shipToAddress: {
				address: {
					fullName: 'Ada Lovelace',
					address1: '12 St James Square',
					city: 'Reno',
					state: 'NV',
					postalCode: '89502',
					country: 'US',
				},
			},
			lineItems: { lineItem: [{ sku: 'NWO-TEE-BLK-M', quantity: 2 }] },
			additionalFields: {
				warehouseId: { __rl: true, mode: 'id', value: WAREHOUSES[0].id },
			},
		},
		credentials: SANDBOX_CREDENTIAL,
	};
}

const wmsFieldsWorkflow = {
	id: WMS_FIELDS_WORKFLOW,
	name: 'Browser check: the WMS Fields',
	active: false,
	settings: {},
	pinData: {},
	nodes: [
		{
			id: '0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1c01',
			name: 'Run It',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		createOrderNode('0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1c02', CREATE_ORDER_NODE, [240, 0]),
		createOrderNode('0b7e4c1a-7f0e-4d2b-9a51-3c8e2f6d1c03', CREATE_ONGOING_ORDER_NODE, [240, 200]),
	],
	connections: {
		'Run It': {
			main: [
				[
					{ node: CREATE_ORDER_NODE, type: 'main', index: 0 },
					{ node: CREATE_ONGOING_ORDER_NODE, type: 'main', index: 0 },
				],
			],
		},
	},
};

const failures: string[] = [];

function check(passed: boolean, what: string) {
	print(`${passed ? '  ok  ' : '  FAIL'} ${what}`);
	if (!passed) failures.push(what);
}

async function screenshot(page: Page, name: string) {
	// Dropdowns fade in: fast-forward transitions so the picture shows the settled panel.
	// JPEG: n8n-node build copies every PNG and SVG of the repository into dist/, and these must not ship.
	await page.screenshot({
		path: join(SCREENSHOTS, `${name}.jpg`),
		type: 'jpeg',
		quality: 90,
		animations: 'disabled',
	});
	print(`       saved docs/screenshots/${name}.jpg`);
}

/** The texts of the dropdown options now open (n8n's selects render them in a popper). */
async function openOptions(page: Page): Promise<string[]> {
	const options = page.locator('.el-select-dropdown__item:visible');
	await options.first().waitFor();
	return (await options.allInnerTexts()).map((text) => text.split('\n')[0].trim());
}

/** A collection's "Add ..." dropdown, told apart from the others (Request Options) by its placeholder. */
function addButton(page: Page, placeholder: string) {
	return page.locator(
		`[data-test-id=collection-parameter-add]:has(input[placeholder="${placeholder}"])`,
	);
}

async function closeOptions(page: Page) {
	await page.keyboard.press('Escape');
	await page.waitForFunction(() =>
		Array.from(document.querySelectorAll('.el-select-dropdown__item')).every(
			(item) => (item as HTMLElement).offsetParent === null,
		),
	);
}

async function signIn(page: Page, demo: Demo) {
	await page.goto(`${demo.n8n.url}/signin`);
	await page.locator('input[name=emailOrLdapLoginId]').fill(demo.owner.email);
	await page.locator('input[name=password]').fill(demo.owner.password);
	await page.getByTestId('form-submit-button').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
	check(true, `signed in as ${demo.owner.email}`);
}

async function openNode(page: Page, name: string) {
	await page.locator(`[data-test-id=canvas-node][data-node-name="${name}"]`).dblclick();
	await page.getByTestId('ndv').waitFor();
	await page.getByTestId('node-parameters').waitFor();
}

async function closeNode(page: Page) {
	await closeOptions(page);
	await page.getByTestId('ndv-close-button').click();
	await page.getByTestId('ndv').waitFor({ state: 'hidden' });
}

async function checkListPanel(page: Page) {
	await openNode(page, LIST_NODE);
	const credential = await page
		.getByTestId('node-credentials-select')
		.locator('input')
		.inputValue();
	check(credential === 'Trackstar API (sandbox)', `the credential selector shows "${credential}"`);
	const operation = await page
		.getByTestId('parameter-input-operation')
		.locator('input')
		.inputValue();
	check(operation === 'Get Many', `the operation selector shows "${operation}"`);
	const panelText = await page.getByTestId('node-parameters').innerText();
	for (const label of ['Return All', 'Filters', 'Statuses', 'Warehouse Customer', 'Simplify']) {
		check(panelText.includes(label), `the List panel shows "${label}"`);
	}
	await screenshot(page, 'list-panel');

	await page.getByTestId('parameter-input-operation').click();
	const operations = await openOptions(page);
	check(
		['Cancel', 'Get Many', 'Update'].every((name) => operations.includes(name)),
		`the operation selector offers ${operations.join(', ')}`,
	);
	await screenshot(page, 'operations');
	await closeOptions(page);

	await addButton(page, 'Add Filter').click();
	const filters = await openOptions(page);
	const expected = [
		'Channel',
		'Created Date',
		'Order Number',
		'Reference ID',
		'Updated Date',
		'Exclude Statuses',
	];
	check(
		expected.every((name) => filters.includes(name)),
		`Add Filter offers ${filters.length} filters: ${filters.join(', ')}`,
	);
	await screenshot(page, 'list-filters');
	await closeNode(page);
}

async function checkUpdatePanel(page: Page) {
	await openNode(page, UPDATE_NODE);
	const operation = await page
		.getByTestId('parameter-input-operation')
		.locator('input')
		.inputValue();
	check(operation === 'Update', `the Update node's operation selector shows "${operation}"`);
	const panelText = await page.getByTestId('node-parameters').innerText();
	for (const label of ['Order', 'Update Fields', 'Shipping Method']) {
		check(panelText.includes(label), `the Update panel shows "${label}"`);
	}
	await addButton(page, 'Add Field').click();
	const fields = await openOptions(page);
	const expected = [
		'Order Number',
		'Ship To Address',
		'Line Items',
		'Line Items (JSON)',
		'Service Level',
		'Trackstar Tags',
	];
	check(
		expected.every((name) => fields.some((field) => field.startsWith(name))),
		`Add Field offers ${fields.length} fields: ${fields.join(', ')}`,
	);
	// One field per concept (Shipping Method, already set here, is not offered twice); deprecated ones grouped apart.
	const variants = fields.filter((field) => /^(Channel|Shipping Method)/.test(field));
	check(
		variants.join(', ') === 'Channel' && fields.includes('Legacy Fields (Deprecated)'),
		`Add Field offers one Channel (${variants.join(', ')}) and the deprecated fields under Legacy Fields`,
	);
	await screenshot(page, 'update-fields');
	await closeNode(page);
}

async function checkRunFromEditor(page: Page, demo: Demo) {
	const before = demo.sandbox.requests.length;
	await page.getByTestId('execute-workflow-button').click();
	const updateNode = page.locator(`[data-test-id=canvas-node][data-node-name="${UPDATE_NODE}"]`);
	await page.getByText('Workflow executed successfully').waitFor({ timeout: 60_000 });
	const writes = demo.sandbox.requests.slice(before).filter((request) => request.method === 'PUT');
	check(
		writes.length > 0,
		`running the workflow from the editor updated ${writes.length} orders in the sandbox`,
	);
	const itemsLabel = page.getByText(`${writes.length} item`).first();
	await itemsLabel.waitFor();
	check(
		await itemsLabel.isVisible(),
		`the canvas shows the items each node output (${writes.length} updated)`,
	);
	await page.getByTestId('execute-workflow-button').getByText('Execute workflow').waitFor();
	check(await updateNode.isVisible(), 'the canvas shows the Update node after the run');
	await screenshot(page, 'workflow-run');
}

/**
 * Switches a resource locator to "From list", opens it, optionally searches, and reads the items.
 * n8n keeps the value already selected at the top of a search's results; `selected` names it so
 * it is left out.
 */
async function listItems(
	page: Page,
	parameter: string,
	search?: string,
	selected?: string,
): Promise<string[]> {
	const locator = page.getByTestId(`parameter-input-${parameter}`);
	const mode = locator.getByTestId('rlc-mode-selector');
	if ((await mode.locator('input').inputValue()).toLowerCase() !== 'from list') {
		await mode.click();
		await page
			.locator('.el-select-dropdown__item:visible')
			.filter({ hasText: /^From list$/i })
			.first()
			.click();
	}
	await locator.getByTestId('rlc-input').click();
	if (search !== undefined) {
		await page
			.locator('[data-test-id=rlc-search]:visible input, input[data-test-id=rlc-search]:visible')
			.first()
			.fill(search);
	}
	const items = page.locator('[data-test-id=rlc-item]:visible');
	await items.first().waitFor();
	if (search === undefined) {
		// The saved value shows at once; the list read from Trackstar follows it.
		await page.waitForFunction(
			() =>
				Array.from(document.querySelectorAll('[data-test-id=rlc-item]')).filter(
					(item) => (item as HTMLElement).offsetParent !== null,
				).length > 1,
		);
	} else {
		await page.waitForFunction(
			([text, pinned]) => {
				const names = Array.from(document.querySelectorAll('[data-test-id=rlc-item]'))
					.filter((item) => (item as HTMLElement).offsetParent !== null)
					.map((item) => (item as HTMLElement).innerText.trim())
					.filter((name) => name !== pinned);
				return names.length > 0 && names.every((name) => name.toLowerCase().includes(text));
			},
			[search.toLowerCase(), selected] as const,
		);
	}
	return (await items.allInnerTexts())
		.map((text) => text.trim())
		.filter((name) => search === undefined || name !== selected);
}

async function checkPickers(page: Page, demo: Demo) {
	await openNode(page, UPDATE_NODE);
	const before = demo.sandbox.requests.length;
	const methods = await listItems(page, 'shippingMethod');
	check(
		methods.includes('UPS Ground') && methods.length === 9,
		`the Shipping Method picker lists ${methods.length} methods: ${methods.join(', ')}`,
	);
	const fedex = await listItems(page, 'shippingMethod', 'fedex', 'UPS Ground');
	check(
		fedex.join(', ') === 'FedEx Ground, FedEx 2Day',
		`searching it for "fedex" leaves ${fedex.join(', ')}`,
	);
	await screenshot(page, 'shipping-method-picker');
	const reads = demo.sandbox.requests.slice(before).map((request) => request.path);
	check(
		reads.includes('/wms/shipping-methods'),
		`the picker read the sandbox live (${[...new Set(reads)].join(', ')})`,
	);
	await page.keyboard.press('Escape');
	await closeNode(page);
}

async function checkNodePicker(page: Page) {
	await page.getByTestId('node-creator-plus-button').click();
	const search = page
		.getByTestId('node-creator-search-bar')
		.locator('input')
		.or(page.getByTestId('node-creator-search-bar'));
	await search.first().fill('Trackstar');
	const item = page.getByTestId('node-creator-item-name').filter({ hasText: 'Trackstar Orders' });
	await item.first().waitFor();
	check(true, 'the node picker finds "Trackstar Orders"');
	// n8n joins the node and its trigger in one entry, under the trigger's description.
	const entry = page
		.locator('[data-test-id=node-creator-action-item], [data-test-id=node-creator-node-item]')
		.filter({ hasText: 'Trackstar Orders' })
		.first();
	const shown = (await entry.innerText()).replace(/\s+/g, ' ');
	check(
		shown.includes('Get, list, create, update, tag and cancel warehouse orders'),
		`its entry says what the actions do: "${shown}"`,
	);
	await screenshot(page, 'node-picker');
	await page.keyboard.press('Escape');
}

async function checkTrackstarNode(page: Page, demo: Demo) {
	await page.goto(`${demo.n8n.url}/workflow/${TRACKSTAR_WORKFLOW}`);
	await page.locator(`[data-test-id=canvas-node][data-node-name="${INVENTORY_NODE}"]`).waitFor();
	await openNode(page, INVENTORY_NODE);
	const resource = await page.getByTestId('parameter-input-resource').locator('input').inputValue();
	const operation = await page
		.getByTestId('parameter-input-operation')
		.locator('input')
		.inputValue();
	check(
		resource === 'Inventory Item' && operation === 'Get Many',
		`the Trackstar node shows Resource "${resource}", Operation "${operation}"`,
	);
	await page.getByTestId('parameter-input-resource').click();
	const resources = await openOptions(page);
	const expectedResources = [
		'Inventory Item',
		'Order',
		'Product',
		'Shipping Method',
		'Warehouse',
		'Warehouse Customer',
	];
	check(
		expectedResources.every((name) => resources.includes(name)),
		`the Resource selector offers ${resources.join(', ')}`,
	);
	await screenshot(page, 'trackstar-resources');
	await closeOptions(page);

	await page.getByTestId('parameter-input-operation').click();
	const operations = await openOptions(page);
	check(
		['Adjust', 'Get', 'Get Many', 'Get Many Ledger Entries', 'Set Trackstar Tags'].every((name) =>
			operations.includes(name),
		),
		`the Inventory Item operations are ${operations.join(', ')}`,
	);
	await screenshot(page, 'trackstar-operations');
	await closeOptions(page);

	await addButton(page, 'Add Filter').click();
	const filters = await openOptions(page);
	const expectedFilters = [
		'Active',
		'Created Date',
		'Inventory Item IDs',
		'SKU',
		'Updated Date',
		'Warehouse Customer',
	];
	check(
		expectedFilters.every((name) => filters.includes(name)),
		`Add Filter offers the inventory items' ${filters.length} filters: ${filters.join(', ')}`,
	);
	await screenshot(page, 'trackstar-inventory-filters');
	await closeNode(page);

	await openNode(page, PRODUCT_NODE);
	const before = demo.sandbox.requests.length;
	const products = await listItems(page, 'productId');
	check(
		products.length > 1 && products.every((product) => product.includes(' · ')),
		`the Product picker lists products as "SKU · name" (${products.length}, e.g. ${products[0]})`,
	);
	const beanies = await listItems(page, 'productId', 'beanie');
	check(
		beanies.some((product) => product.startsWith('NWO-BNE-MRN-OS')),
		`searching it for "beanie" leaves ${beanies.join(', ')}`,
	);
	await screenshot(page, 'trackstar-product-picker');
	const reads = demo.sandbox.requests.slice(before).map((request) => request.path);
	check(
		reads.includes('/wms/products'),
		`the Product picker read the sandbox live (${[...new Set(reads)].join(', ')})`,
	);
	await page.keyboard.press('Escape');
	await closeNode(page);
}

/** A date condition left empty fails in the panel, before any request, saying how to fix it. */
async function checkEmptyFilterError(page: Page, demo: Demo) {
	await openNode(page, EMPTY_FILTER_NODE);
	const before = demo.sandbox.requests.length;
	await page.getByTestId('node-execute-button').click();
	const message = page.getByText('the condition "Is After" has no date').first();
	await message.waitFor({ timeout: 60_000 });
	check(
		(await message.innerText()).includes('Invalid Updated Date'),
		`the panel shows "${(await message.innerText()).trim()}"`,
	);
	const hint = page.getByText('Pick a date, use an expression such as').first();
	check(
		await hint.isVisible(),
		'the panel says how to fix it: pick a date, use an expression, or remove the condition',
	);
	const sent = demo.sandbox.requests
		.slice(before)
		.filter((request) => request.path.startsWith('/wms/'));
	check(sent.length === 0, `no request reached the sandbox (${sent.length})`);
	await screenshot(page, 'empty-filter-error');
	// The panel has no dropdown open here, so Escape closes the panel itself.
	await page.keyboard.press('Escape');
	await page.getByTestId('ndv').waitFor({ state: 'hidden' });
}

async function openWorkflow(page: Page, demo: Demo, workflowId: string, nodeName: string) {
	await page.goto(`${demo.n8n.url}/workflow/${workflowId}`);
	await page.locator(`[data-test-id=canvas-node][data-node-name="${nodeName}"]`).waitFor();
}

/** Each node's subtitle is its action in words ("Get many orders"), never "getAll: order". */
async function checkCanvasLabels(page: Page, demo: Demo, order: SandboxOrder) {
	await restCreate(demo, 'workflows', canvasWorkflow(order));
	await openWorkflow(page, demo, CANVAS_WORKFLOW, ORDER_BY_NUMBER_NODE);
	// The subtitle's class is a CSS module's, hashed per n8n build: matched by its stem.
	const subtitleOf = (name: string) =>
		page.locator(`[data-test-id=canvas-node][data-node-name="${name}"] [class*="_subtitle_"]`);
	for (const [name, expected] of Object.entries(CANVAS_SUBTITLES)) {
		const subtitle = subtitleOf(name);
		await subtitle.waitFor();
		const shown = (await subtitle.innerText()).trim();
		check(
			shown === expected && (await subtitle.isVisible()),
			`the canvas shows "${shown}" under "${name}"`,
		);
	}
	const subtitles = (
		await page.locator('[data-test-id=canvas-node] [class*="_subtitle_"]').allInnerTexts()
	).map((text) => text.trim());
	const internal = subtitles.filter((text) => /\w+: \w+/.test(text));
	check(
		internal.length === 0,
		`no subtitle reads like an internal name such as "getAll: inventoryItem" (${internal.join(', ') || 'none of ' + subtitles.length})`,
	);
	await screenshot(page, 'canvas-labels');
}

/** Creates something as the signed-in owner through n8n's REST API, as the editor does. */
async function restCreate(demo: Demo, path: string, body: object) {
	const response = await fetch(`${demo.n8n.url}/rest/${path}`, {
		method: 'POST',
		headers: {
			cookie: await demo.n8n.login(),
			'content-type': 'application/json',
			'browser-id': 'trackstar-check',
		},
		body: JSON.stringify(body),
	});
	if (!response.ok)
		throw new Error(`n8n answered ${response.status} to ${path}: ${await response.text()}`);
}

/** With a wrong API key, the Order picker's error is one sentence naming the key Trackstar refused. */
async function checkPickerError(page: Page, demo: Demo) {
	// A second credential, as a user who pasted a wrong API key has one.
	await restCreate(demo, 'credentials', {
		name: WRONG_KEY_CREDENTIAL,
		type: 'trackstarApi',
		data: { ...sandboxCredential(demo.sandbox).data, apiKey: 'wrong-api-key' },
	});
	// Opened again so the editor reads the new credential.
	await openWorkflow(page, demo, CANVAS_WORKFLOW, UPDATE_ORDER_NODE);
	await openNode(page, UPDATE_ORDER_NODE);
	const credentialSelect = page.getByTestId('node-credentials-select');
	await credentialSelect.click();
	await page
		.locator('.el-select-dropdown__item:visible')
		.filter({ hasText: WRONG_KEY_CREDENTIAL })
		.first()
		.click();
	const credential = await credentialSelect.locator('input').inputValue();
	check(credential === WRONG_KEY_CREDENTIAL, `the Update Order node now uses "${credential}"`);

	const before = demo.sandbox.requests.length;
	await page.getByTestId('parameter-input-orderId').getByTestId('rlc-input').click();
	const error = page.locator('[data-test-id=rlc-error-container]:visible');
	await error.getByText('Trackstar refused').waitFor();
	const shown = (await error.innerText()).trim();
	const message = (await error.getByTestId('rlc-error-message').innerText()).trim();
	// The header's hyphens are U+2011, which n8n's editor leaves alone where it splits at "-".
	const plain = shown.replace(/\u2011/g, '-');
	check(
		plain.includes('Trackstar refused the API key'),
		`the Order picker says: ${JSON.stringify(shown)}`,
	);
	check(message.split(/(?<=[.!?])\s+/).length === 1, `its message is one sentence: "${message}"`);
	check(
		(plain.match(/401/g) ?? []).length <= 1,
		`it shows the status at most once (${(plain.match(/401/g) ?? []).length})`,
	);
	check(!plain.includes('[item'), 'it names no item ("[item")');
	check(
		plain.includes('x-trackstar-api-key'),
		'it names the header x-trackstar-api-key with its hyphens',
	);
	const refused = demo.sandbox.requests
		.slice(before)
		.filter((request) => request.path.startsWith('/wms/'))
		.map((request) => `${request.path} ${request.status}`);
	check(
		refused.length > 0 && refused.every((line) => line.endsWith(' 401')),
		`the picker asked Trackstar, which refused it (${refused.join(', ')})`,
	);
	await screenshot(page, 'picker-error');
	await page.keyboard.press('Escape');
	await closeNode(page);
}

/** The sandbox's first order, read through its HTTP API as any Trackstar client reads it. */
async function firstSandboxOrder(demo: Demo): Promise<SandboxOrder> {
	const response = await fetch(`${demo.sandbox.url}/wms/orders?limit=1`, {
		headers: {
			'x-trackstar-api-key': demo.sandbox.apiKey,
			'x-trackstar-access-token': demo.sandbox.accessToken,
		},
	});
	if (!response.ok) throw new Error(`The sandbox answered ${response.status} to /wms/orders`);
	const { data } = (await response.json()) as { data: SandboxOrder[] };
	return data[0];
}

/** The Order field takes an order number: looked up when the node runs, the order returned. */
async function checkOrderByNumber(page: Page, demo: Demo, order: SandboxOrder) {
	await openNode(page, ORDER_BY_NUMBER_NODE);
	const field = page.getByTestId('parameter-input-orderId');
	await field.getByTestId('rlc-mode-selector').click();
	const modes = await openOptions(page);
	// n8n labels the list mode itself, "From list", whatever the node calls it.
	const offered = modes.map((mode) => mode.toLowerCase());
	check(
		ORDER_MODES.every((mode) => offered.includes(mode.toLowerCase())),
		`the Order field's modes are ${modes.join(', ')}`,
	);
	await page
		.locator('.el-select-dropdown__item:visible')
		.filter({ hasText: /^By Number$/ })
		.click();
	await closeOptions(page);
	await field
		.locator('[data-test-id=rlc-input] input, input[data-test-id=rlc-input]')
		.first()
		.fill(order.order_number);

	const before = demo.sandbox.requests.length;
	await page.getByTestId('node-execute-button').click();
	const output = page.getByTestId('output-panel');
	await output
		.getByText(order.order_number, { exact: true })
		.filter({ visible: true })
		.first()
		.waitFor({ timeout: 60_000 });
	const shown = await output.innerText();
	check(
		shown.includes(order.id) && shown.includes('1 item'),
		`By Number "${order.order_number}" returned 1 item, the order ${order.id}`,
	);
	const lookups = demo.sandbox.requests
		.slice(before)
		.filter((request) => request.path === '/wms/orders')
		.map((request) => request.query['order_number[eq]']);
	check(
		lookups.join(', ') === order.order_number,
		`the node looked the number up with order_number[eq] (${lookups.join(', ')})`,
	);
	await screenshot(page, 'order-by-number');
	// No dropdown is open here, so Escape closes the panel itself.
	await page.keyboard.press('Escape');
	await page.getByTestId('ndv').waitFor({ state: 'hidden' });
}

/** The items of the dropdown menu now open (n8n's "Add ..." buttons of a resource mapper). */
async function openMenu(page: Page): Promise<string[]> {
	const items = page.locator('[role=menu]:visible [role=menuitem]');
	await items.first().waitFor();
	return (await items.allInnerTexts()).map((text) => text.trim());
}

/**
 * An order create's WMS Fields load Extensiv's fields live. Extensiv requires only fields the
 * node's own fields set (Warehouse among them), so no column shows until one is added.
 */
async function checkWmsFields(page: Page, demo: Demo) {
	// The panels opened before loaded their WMS Fields too: write-info's once-a-minute limit is cleared.
	demo.sandbox.reset();
	demo.sandbox.connectTo(EXTENSIV);
	await restCreate(demo, 'workflows', wmsFieldsWorkflow);
	await openWorkflow(page, demo, WMS_FIELDS_WORKFLOW, CREATE_ORDER_NODE);
	await openNode(page, CREATE_ORDER_NODE);
	const mapper = page.getByTestId('resource-mapper-container');
	const add = mapper.getByTestId('add-fields-select');
	await add.waitFor({ timeout: 60_000 });
	// A required column shows at once, and without a remove button: counted by its input.
	const columns = mapper.locator('[data-test-id^="parameter-input-"]');
	const required = await columns.count();
	check(
		required === 0,
		`Extensiv requires no WMS field beyond the node's own: the mapper opens with ${required} columns`,
	);

	await add.click();
	const offered = await openMenu(page);
	check(
		['billing_code', 'gift_message', 'purchase_order_number'].every((id) => offered.includes(id)) &&
			!offered.includes('warehouse_id'),
		`Add WMS field offers ${offered.length} fields, Warehouse left to the node's own field: ${offered.join(', ')}`,
	);
	await page
		.locator('[role=menu]:visible [role=menuitem]')
		.filter({ hasText: /^billing_code$/ })
		.click();
	const billing = mapper.getByTestId('parameter-input-billing_code');
	await billing.click();
	const codes = await openOptions(page);
	check(codes.includes('default_Prepaid'), `billing_code is a list: ${codes.join(', ')}`);
	await page
		.locator('.el-select-dropdown__item:visible')
		.filter({ hasText: /^default_Prepaid$/ })
		.first()
		.click();
	await closeOptions(page);
	const chosen = await billing.locator('input').inputValue();
	const shown = await columns.count();
	check(
		chosen === 'default_Prepaid' && shown === 1,
		`the mapper shows ${shown} column, billing_code, set to "${chosen}"`,
	);
	const reads = demo.sandbox.requests
		.filter((request) => request.path.endsWith('/write-info'))
		.map((request) => `${request.path} ${request.status}`);
	check(
		reads.join(', ') === `/integrations/wms/${EXTENSIV}/write-info 200`,
		`the WMS Fields read Extensiv's write-info once (${reads.join(', ')})`,
	);
	await closeNode(page);
	await checkRequiredWmsField(page, demo);
	demo.sandbox.connectTo('sandbox');
}

/** Ongoing WMS requires delivery_date: the mapper shows it at once, marked required, with no remove button. */
async function checkRequiredWmsField(page: Page, demo: Demo) {
	demo.sandbox.reset();
	demo.sandbox.connectTo('ongoing');
	await openNode(page, CREATE_ONGOING_ORDER_NODE);
	const mapper = page.getByTestId('resource-mapper-container');
	const delivery = mapper.getByTestId('parameter-input-delivery_date');
	await delivery.waitFor({ timeout: 60_000 });
	// With addAllFields off, n8n shows at first only the required columns, without a remove button.
	check(
		await delivery.isVisible(),
		'Ongoing WMS requires delivery_date: the mapper shows it at once, before any field is added',
	);
	await delivery.locator('input').first().fill('2026-12-20');
	await mapper.scrollIntoViewIfNeeded();
	await screenshot(page, 'wms-fields');
	await closeNode(page);
}

async function main() {
	mkdirSync(SCREENSHOTS, { recursive: true });
	selectors.setTestIdAttribute('data-test-id');
	const demo = await startDemo({
		n8nPort: await freePort(),
		sandboxPort: 0,
		workflows: [trackstarWorkflow],
	});
	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
	const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
	try {
		page.setDefaultTimeout(20_000);
		await signIn(page, demo);
		await page.goto(`${demo.n8n.url}/workflow/${WORKFLOW}`);
		await page.locator(`[data-test-id=canvas-node][data-node-name="${LIST_NODE}"]`).waitFor();
		check(true, `the editor opened the example "${WORKFLOW}"`);
		await checkListPanel(page);
		await checkUpdatePanel(page);
		await checkRunFromEditor(page, demo);
		await checkPickers(page, demo);
		await checkNodePicker(page);
		await checkTrackstarNode(page, demo);
		await checkEmptyFilterError(page, demo);
		const order = await firstSandboxOrder(demo);
		await checkCanvasLabels(page, demo, order);
		await checkPickerError(page, demo);
		await checkOrderByNumber(page, demo, order);
		await checkWmsFields(page, demo);
	} catch (error) {
		failures.push(error instanceof Error ? error.message : String(error));
		printError(error);
		const shot = join(tmpdir(), 'trackstar-browser-failure.png');
		await page.screenshot({ path: shot }).then(
			() => printError(`The page at the failure: ${shot}`),
			() => undefined,
		);
	} finally {
		await browser.close();
		await demo.stop();
	}
	if (failures.length > 0) {
		printError(`\n${failures.length} browser check(s) failed`);
		process.exit(1);
	}
	print('\nBrowser checks passed.');
}

void main();
