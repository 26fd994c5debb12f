import type { IDataObject, ResourceMapperField } from 'n8n-workflow';

import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { Trackstar } from '../../nodes/Trackstar/Trackstar.node';
import { WAREHOUSES, type Sandbox } from '../../sandbox';
import { expectItemError, runLoadOptions, runResourceMapping } from '../harness';
import {
	byId,
	SHIP_TO_ADDRESS,
	startTestSandbox,
	trackstarCredentials,
	wmsRequests,
	writeInfoRequests,
} from '../support/trackstar';
import { runTrackstar } from '../support/trackstarNode';

const NOW = new Date('2026-11-20T12:00:00Z');

/** What the editor does when the WMS Fields open: the node's resource mapper method. */
async function loadWmsFields(sandbox: Sandbox, parameters: IDataObject) {
	return await runResourceMapping({
		node: new Trackstar(),
		credentialTypes: [new TrackstarApi()],
		credentials: { trackstarApi: trackstarCredentials(sandbox) },
		parameters: parameters as never,
		method: 'getWmsFields',
		parameterPath: 'wmsFields',
	});
}

/** The WMS Fields' value as n8n saves it once the fields loaded and the user filled some. */
const mapped = (schema: ResourceMapperField[], value: IDataObject) => ({
	mappingMode: 'defineBelow',
	value,
	matchingColumns: [],
	schema,
});

const LINE = { lineItem: [{ sku: 'NWO-TEE-BLK-M', quantity: 2, unitPrice: '32' }] };
const shown = (fields: ResourceMapperField[]) => fields.filter((field) => field.display);

describe('WMS Fields: the fields the connected WMS adds to a write, from its write-info', () => {
	let sandbox: Sandbox;
	let now = NOW;

	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => now });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		now = NOW;
		sandbox.reset();
	});
	const aMinuteLater = () => {
		now = new Date(now.getTime() + 61_000);
	};

	function createOrder(extra: IDataObject, input?: IDataObject[], continueOnFail = false) {
		return runTrackstar(sandbox, {
			input,
			continueOnFail,
			parameters: {
				resource: 'order',
				operation: 'create',
				orderNumber: 'WMS-FIELDS-1',
				shipToAddress: SHIP_TO_ADDRESS,
				lineItems: LINE,
				...extra,
			},
		});
	}

	it("loads Extensiv's order fields: typed, an enum as a list, required ones marked, own fields left out", async () => {
		sandbox.connectTo('extensiv-3pl-central');
		const { fields } = await loadWmsFields(sandbox, { resource: 'order', operation: 'create' });

		const billing = fields.find((field) => field.id === 'billing_code');
		expect(billing).toMatchObject({ type: 'options', required: false, display: true });
		expect(billing?.options).toContainEqual({ name: 'default_Prepaid', value: 'default_Prepaid' });
		const ids = shown(fields).map((field) => field.id);
		expect(ids).toEqual(expect.arrayContaining(['gift_message', 'purchase_order_number', 'notes']));
		// Warehouse, Carrier ID, Bill To Address and the ship-to phone are fields of the node's own.
		for (const own of [
			'warehouse_id',
			'carrier_id',
			'order_number',
			'ship_to_address.phone_number',
		])
			expect(ids).not.toContain(own);
		expect(ids.some((id) => id.startsWith('bill_to_address') || id.includes('[]'))).toBe(false);
		// What a run checks without asking again: Extensiv requires the warehouse, set by Warehouse.
		expect(
			fields.filter((field) => !field.display).map((field) => [field.id, field.displayName]),
		).toEqual(
			expect.arrayContaining([
				['warehouse_id', 'Warehouse'],
				['@integration', 'wms/extensiv-3pl-central'],
			]),
		);
		expect(writeInfoRequests(sandbox)).toHaveLength(1);
	});

	it('creates an order with an enum field chosen in the mapper, and checks it with no schema call', async () => {
		sandbox.connectTo('extensiv-3pl-central');
		const { fields } = await loadWmsFields(sandbox, { resource: 'order', operation: 'create' });
		sandbox.reset();
		sandbox.connectTo('extensiv-3pl-central');

		const { items, error } = await createOrder(
			{
				additionalFields: { warehouseId: byId(WAREHOUSES[0].id) },
				wmsFields: mapped(fields, { billing_code: 'default_Prepaid', gift_message: 'Enjoy' }),
			},
			[{}, {}],
		);
		expect(error).toBeUndefined();
		expect(writeInfoRequests(sandbox)).toEqual([]);
		const creates = wmsRequests(sandbox).filter((request) => request.method === 'POST');
		expect(creates).toHaveLength(2);
		expect(creates[0].body).toMatchObject({
			warehouse_id: WAREHOUSES[0].id,
			billing_code: 'default_Prepaid',
			gift_message: 'Enjoy',
		});
		expect(items[0].json).toMatchObject({ unused_fields: [] });
	});

	it('refuses, before any request, a write missing a field the saved schema requires, naming it and the WMS', async () => {
		sandbox.connectTo('extensiv-3pl-central');
		const { fields } = await loadWmsFields(sandbox, { resource: 'order', operation: 'create' });
		sandbox.reset();

		const { error } = await createOrder({ wmsFields: mapped(fields, {}) });
		expectItemError(
			error,
			'Invalid Warehouse: "warehouse_id" is empty, and extensiv-3pl-central (the connected WMS) requires it for POST /wms/orders',
			0,
		);
		expect(sandbox.requests.filter((request) => !request.path.startsWith('/__sandbox'))).toEqual(
			[],
		);
	});

	it('without a saved schema, reads write-info once per run for every item, and checks each', async () => {
		sandbox.connectTo('logiwa');
		const { items } = await createOrder({ additionalFields: {} }, [{}, {}, {}], true);
		expect(writeInfoRequests(sandbox)).toHaveLength(1);
		expect(sandbox.requests.filter((request) => request.path === '/connections')).toHaveLength(1);
		expect(items.map((item) => item.json.error)).toEqual([
			'Invalid Warehouse: "warehouse_id" is empty, and logiwa (the connected WMS) requires it for POST /wms/orders',
			'Invalid Warehouse: "warehouse_id" is empty, and logiwa (the connected WMS) requires it for POST /wms/orders',
			'Invalid Warehouse: "warehouse_id" is empty, and logiwa (the connected WMS) requires it for POST /wms/orders',
		]);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('never lets a 429 on the schema block a write: sent unchecked, and a hint says why', async () => {
		sandbox.connectTo('logiwa');
		await loadWmsFields(sandbox, { resource: 'order', operation: 'create' });
		const { items, hints, error } = await createOrder({
			additionalFields: { warehouseId: byId(WAREHOUSES[0].id) },
		});
		expect(error).toBeUndefined();
		expect(writeInfoRequests(sandbox).map((request) => request.status)).toEqual([200, 429]);
		expect(items[0].json).toMatchObject({ warehouse_id: WAREHOUSES[0].id });
		expect(hints).toEqual([
			expect.objectContaining({
				message: expect.stringContaining(
					"Sent item 0 without checking the WMS's required fields: its schema could not be read (Trackstar answered 429",
				),
			}),
		]);
	});

	it("shows, instead of fields, why they could not load: the editor shows a mapper's notice, never its error", async () => {
		await loadWmsFields(sandbox, { resource: 'order', operation: 'create' });
		const limited = await loadWmsFields(sandbox, { resource: 'order', operation: 'create' });
		expect(limited.fields).toEqual([]);
		expect(limited.emptyFieldsNotice).toMatch(
			/^Could not load sandbox's fields for POST \/wms\/orders: Trackstar answered 429.*Until they load, put the WMS's fields in Integration-Specific Fields \(JSON\)\.$/s,
		);

		aMinuteLater();
		sandbox.inject({ path: '/connections', fault: { kind: 'status', status: 403 } });
		const forbidden = await loadWmsFields(sandbox, { resource: 'order', operation: 'create' });
		expect(forbidden.emptyFieldsNotice).toMatch(
			/^Could not load the connected WMS's fields for POST \/wms\/orders: Trackstar answered 403/,
		);
	});

	it("fails clearly when Trackstar's connection lookup no longer narrows to the credential's connection", async () => {
		sandbox.inject({
			path: '/connections',
			fault: { kind: 'status', status: 200, body: { data: [] } },
		} as never);
		const { fields, emptyFieldsNotice } = await loadWmsFields(sandbox, {
			resource: 'order',
			operation: 'create',
		});
		expect(fields).toEqual([]);
		expect(emptyFieldsNotice).toContain(
			"Trackstar knows no connection for the credential's access token",
		);
	});

	it('refuses the same field set by its own field and in the WMS Fields, naming it', async () => {
		sandbox.connectTo('extensiv-3pl-central');
		const { fields } = await loadWmsFields(sandbox, { resource: 'order', operation: 'create' });
		const { error } = await createOrder({
			additionalFields: {
				warehouseId: byId(WAREHOUSES[0].id),
				integrationFields: '{"gift_message": "From JSON"}',
			},
			wmsFields: mapped(fields, { gift_message: 'From the mapper' }),
		});
		expectItemError(
			error,
			'Invalid WMS Fields: "gift_message" is set here and also by another field of the node',
			0,
		);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it("offers a line's WMS fields on the line rows, and sends them typed", async () => {
		sandbox.connectTo('logiwa');
		const options = await runLoadOptions({
			node: new Trackstar(),
			credentialTypes: [new TrackstarApi()],
			credentials: { trackstarApi: trackstarCredentials(sandbox) },
			parameters: { resource: 'inboundShipment', operation: 'create' },
			method: 'getWmsLineFields',
			parameterPath: 'lineItems.lineItem[0].wmsLineFields.field[0].name',
		});
		expect(options.map((option) => option.value)).toEqual([
			'location_code:string',
			'license_plate_code:string',
		]);

		const { error } = await runTrackstar(sandbox, {
			parameters: {
				resource: 'inboundShipment',
				operation: 'create',
				purchaseOrderNumber: 'PO-LINES-1',
				warehouseId: byId(WAREHOUSES[0].id),
				expectedArrivalDate: '2026-12-15T09:00:00',
				lineItems: {
					lineItem: [
						{
							sku: 'STC-CB-CONC-32',
							expectedQuantity: 12,
							wmsLineFields: {
								field: [
									{ name: 'location_code:string', value: 'A-01' },
									{ name: 'unit_cost:number', value: '4.20' },
								],
							},
						},
					],
				},
			},
		});
		expect(error).toBeUndefined();
		const [sent] = wmsRequests(sandbox).filter((request) => request.method === 'POST');
		expect((sent.body as IDataObject).line_items).toEqual([
			{ sku: 'STC-CB-CONC-32', expected_quantity: 12, location_code: 'A-01', unit_cost: 4.2 },
		]);
	});

	it('lists in Get Writable Fields the same required fields the check uses', async () => {
		sandbox.connectTo('logiwa');
		const { items } = await runTrackstar(sandbox, {
			parameters: { resource: 'order', operation: 'getWritableFields', writeOperation: 'create' },
		});
		aMinuteLater();
		const { fields } = await loadWmsFields(sandbox, { resource: 'order', operation: 'create' });
		const checked = fields
			.filter((field) => field.id !== '@integration' && (field.required || !field.display))
			.map((field) => field.id)
			.sort();
		expect(checked).toEqual([...(items[0].json.required_fields as string[])].sort());
		expect(items[0].json).toMatchObject({ integration_name: 'logiwa' });
	});
});
