import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

import type { Order, Sandbox } from '../../sandbox';
import { WAREHOUSES, WAREHOUSE_CUSTOMERS, startSandbox } from '../../sandbox';
import type { Connection } from '../../sandbox/connections';
import { SANDBOX_CONNECTION_ID } from '../../sandbox/connections';
import type { IntegrationInfo } from '../../sandbox/integrations';
import { componentSchema, expectValidAgainst } from '../support/openapi';
import type { ErrorAnswer, ListAnswer, RecordAnswer } from './helpers';
import { NOW, call, expectValidOrder, get, newOrderBody, startTestSandbox } from './helpers';

interface JsonSchema {
	type?: string | string[];
	title?: string;
	enum?: unknown[];
	required?: string[];
	additionalProperties?: unknown;
	properties: Record<string, JsonSchema>;
	discriminator?: { mapping: Record<string, string> };
}

interface Operation {
	requestBody: { content: Record<string, { schema: { $ref: string } }> };
}

interface WriteInfo {
	openapi: string;
	paths: Record<string, Record<string, Operation>>;
	components: { schemas: Record<string, JsonSchema> };
}

interface Integrations {
	data: IntegrationInfo[];
}

const WRITES = [
	'POST /wms/orders',
	'PUT /wms/orders/{order_id}',
	'POST /wms/orders/{order_id}/shipments',
	'POST /wms/products',
	'PUT /wms/products/{product_id}',
	'POST /wms/kits',
	'PUT /wms/kits/{kit_id}',
	'POST /wms/inbound-shipments',
	'PUT /wms/inbound-shipments/{inbound_shipment_id}',
	'PUT /wms/inbound-shipments/{inbound_shipment_id}/receive',
	'POST /wms/returns',
	'PUT /wms/returns/{return_id}',
	'PUT /wms/inventory/{inventory_id}/adjust',
];

const apiKeyOnly = (sandbox: Sandbox) => ({
	'x-trackstar-api-key': sandbox.apiKey,
	'x-trackstar-access-token': '',
});

/** Every `$ref` in a document, wherever it is. */
function refs(node: unknown): string[] {
	if (Array.isArray(node)) return node.flatMap(refs);
	if (typeof node !== 'object' || node === null) return [];
	return Object.entries(node).flatMap(([key, value]) =>
		key === '$ref' ? [value as string] : refs(value),
	);
}

const writesOf = (document: WriteInfo) =>
	Object.entries(document.paths).flatMap(([path, operations]) =>
		Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
	);

/** The body schema of one write, compiled as JSON Schema 2020-12 (OpenAPI 3.1's dialect). */
function bodyValidator(document: WriteInfo, write: string) {
	const [method, path] = write.split(' ');
	const body = document.paths[path][method.toLowerCase()].requestBody;
	const ajv = new Ajv2020({ strict: false, allErrors: true });
	addFormats(ajv);
	ajv.addSchema({ $id: 'write-info', components: document.components });
	const ref = body.content['application/json'].schema.$ref as string;
	return ajv.getSchema(`write-info${ref}`)!;
}

const logiwaOrder = (extra: Record<string, unknown> = {}) => ({
	order_number: 'LW-1001',
	ship_to_address: {
		full_name: 'Jane Doe',
		address1: '1 Main St',
		city: 'Reno',
		state: 'NV',
		postal_code: '89502',
		country: 'US',
	},
	line_items: [{ sku: WAREHOUSE_CUSTOMERS[0].products[0].sku, quantity: 2 }],
	...extra,
});

describe('sandbox: integrations and their write schemas', () => {
	let sandbox: Sandbox;
	let now: Date;
	beforeAll(async () => {
		sandbox = await startTestSandbox({ clock: () => now });
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => {
		now = NOW;
		sandbox.reset();
	});
	/** Past the one-call-a-minute limit of the previous call. */
	const aMinuteLater = () => {
		now = new Date(now.getTime() + 60_000);
	};
	const switchTo = (integration_name: string) =>
		call<ErrorAnswer>(sandbox, 'PUT', '/__sandbox/connection', { body: { integration_name } });

	describe('GET /integrations/{integration_type}', () => {
		it('lists the served WMSs in the OpenAPI shape, with the API key alone', async () => {
			const answer = await get<Integrations>(sandbox, '/integrations/wms', apiKeyOnly(sandbox));
			expect(answer.status).toBe(200);
			expectValidAgainst('IntegrationsResponseSchema', answer.body);
			expect(answer.body.data.map((entry) => entry.integration_name)).toEqual([
				'sandbox',
				'shiphero',
				'logiwa',
				'extensiv-3pl-central',
				'ongoing',
			]);
		});

		it("names each one as the OpenAPI document's create schemas do", async () => {
			const { data } = (await get<Integrations>(sandbox, '/integrations/wms')).body;
			const createOrder = componentSchema('CreatewmsOrderInputSchema').schema as JsonSchema;
			for (const entry of data) {
				const mapped = createOrder.discriminator!.mapping[entry.integration_name];
				const schema = componentSchema(mapped.split('/').pop()!).schema as JsonSchema;
				expect(schema.title).toBe(entry.display_name);
			}
		});

		it.each([
			['freight', 'flexport', 'Flexport', 'GET /freight/shipments', 'get_shipments'],
			['carrier', 'ups', 'UPS', 'GET /carrier/invoice-line-items', 'get_invoice_line_items'],
		])(
			"lists the %s connection's integration, its one read and no write, known under its type only",
			async (type, name, displayName, url, action) => {
				const answer = await get<Integrations>(sandbox, `/integrations/${type}`);
				expectValidAgainst('IntegrationsResponseSchema', answer.body);
				expect(answer.body.data).toEqual([
					expect.objectContaining({
						integration_name: name,
						display_name: displayName,
						write_operations: [],
						list_operations: [
							{ action, url, implemented_fields: expect.objectContaining({ id: true }) },
						],
						available_actions: [action],
					}),
				]);
				aMinuteLater();
				const one = await get<Integrations>(sandbox, `/integrations/${type}/${name}`);
				expect(one.body.data).toEqual(answer.body.data);
				aMinuteLater();
				expect((await get(sandbox, `/integrations/wms/${name}`)).status).toBe(404);
			},
		);

		it('lists no cart integration, and refuses another type', async () => {
			expect((await get(sandbox, '/integrations/cart')).body).toEqual({ data: [] });
			aMinuteLater();
			const answer = await get<ErrorAnswer>(sandbox, '/integrations/boats');
			expect(answer.status).toBe(422);
			expect(answer.body.detail).toEqual({
				path: { integration_type: ['Must be one of: wms, freight, cart, carrier.'] },
			});
		});

		it('answers 401 without the API key', async () => {
			for (const path of [
				'/integrations/wms',
				'/integrations/wms/logiwa',
				'/integrations/wms/logiwa/write-info',
			]) {
				const answer = await get<ErrorAnswer>(sandbox, path, { 'x-trackstar-api-key': '' });
				expect(answer.status).toBe(401);
				expect(answer.body.error).toBe('Missing x-trackstar-api-key header');
			}
		});
	});

	describe('GET /integrations/{integration_type}/{integration_name}', () => {
		const writeOperation = async (name: string, action = 'create_order') => {
			aMinuteLater();
			const answer = await get<Integrations>(sandbox, `/integrations/wms/${name}`);
			expect(answer.status).toBe(200);
			expectValidAgainst('IntegrationsResponseSchema', answer.body);
			expect(answer.body.data).toHaveLength(1);
			return answer.body.data[0].write_operations.find((operation) => operation.action === action)!;
		};

		it('answers Logiwa: warehouse_id required, its own field', async () => {
			const create = await writeOperation('logiwa');
			expect(create.url).toBe('POST /wms/orders');
			expect(create.integration_specific_fields.required_fields).toEqual(['warehouse_id']);
			expect(create.required_base_schema_fields).toEqual(
				expect.arrayContaining(['line_items.sku', 'ship_to_address.full_name']),
			);
			expect(create.optional_base_schema_fields).toContain('order_number');
		});

		it('answers ShipHero: a phone number, a packing note and a carrier, none required', async () => {
			const create = await writeOperation('shiphero');
			expect(Object.keys(create.integration_specific_fields.properties)).toEqual(
				expect.arrayContaining(['ship_to_address.phone_number', 'packing_note', 'carrier_id']),
			);
			expect(create.integration_specific_fields.required_fields).toEqual([]);
		});

		it('answers Extensiv: warehouse_id required, a bill-to address and a phone number taken', async () => {
			const create = await writeOperation('extensiv-3pl-central');
			const specific = create.integration_specific_fields;
			expect(specific.required_fields).toEqual(['warehouse_id']);
			expect((specific.properties.bill_to_address as JsonSchema).required).toEqual(
				expect.arrayContaining(['address1', 'city']),
			);
			expect(specific.properties).toHaveProperty(['ship_to_address.phone_number']);
		});

		it('answers the WMS Sandbox: nothing of its own, its writes all offered', async () => {
			aMinuteLater();
			const [sandboxWms] = (await get<Integrations>(sandbox, '/integrations/wms/sandbox')).body
				.data;
			expect(sandboxWms.write_operations.map((operation) => operation.url)).toEqual(WRITES);
			const create = sandboxWms.write_operations[0];
			expect(create.integration_specific_fields).toEqual({
				properties: {},
				type: 'object',
				required_fields: [],
			});
			expect(create.required_base_schema_fields).toEqual(
				expect.arrayContaining(['order_number', 'line_items.product_id', 'line_items.quantity']),
			);
		});

		it('answers 404 for an unknown integration', async () => {
			const answer = await get(sandbox, '/integrations/wms/nope');
			expect(answer.status).toBe(404);
			expectValidAgainst('HTTPError', answer.body);
			expect(answer.body).toEqual({
				error: 'Integration not found',
				id: 'nope',
				origin: 'trackstar',
			});
		});
	});

	describe('GET /integrations/{integration_type}/{integration_name}/write-info', () => {
		const writeInfo = async (name: string, headers?: Record<string, string>) => {
			aMinuteLater();
			const answer = await get<WriteInfo>(sandbox, `/integrations/wms/${name}/write-info`, headers);
			expect(answer.status).toBe(200);
			return answer.body;
		};

		it.each(['sandbox', 'shiphero', 'logiwa', 'extensiv-3pl-central', 'ongoing'])(
			"is an OpenAPI 3.1 document of %s's writes, every $ref inside it",
			async (name) => {
				const document = await writeInfo(name, apiKeyOnly(sandbox));
				expect(document.openapi).toBe('3.1.0');
				const schemas = document.components.schemas;
				for (const ref of refs(document)) {
					expect(ref).toMatch(/^#\/components\/schemas\//);
					expect(schemas).toHaveProperty([ref.split('/').pop()!]);
				}
				expect(Object.keys(schemas).every((key) => /^[A-Za-z0-9._-]+$/.test(key))).toBe(true);
				expect(JSON.stringify(document)).not.toContain('"nullable"');
				expect(WRITES).toEqual(expect.arrayContaining(writesOf(document)));
				for (const write of writesOf(document))
					expect(bodyValidator(document, write)).toBeDefined();
			},
		);

		it('offers only the writes the document has a schema of the integration for', async () => {
			expect(writesOf(await writeInfo('sandbox'))).toEqual(WRITES);
			expect(writesOf(await writeInfo('logiwa'))).toEqual([
				'POST /wms/orders',
				'PUT /wms/orders/{order_id}',
				'POST /wms/orders/{order_id}/shipments',
				'POST /wms/inbound-shipments',
				'PUT /wms/inbound-shipments/{inbound_shipment_id}',
				'POST /wms/returns',
				'PUT /wms/inventory/{inventory_id}/adjust',
			]);
		});

		it('writes nullable fields as 3.1 does: a type list with null', async () => {
			const document = await writeInfo('logiwa');
			const create = document.components.schemas.CreatewmsOrderLogiwaSchema;
			expect(create.title).toBe('Logiwa');
			expect(create.additionalProperties).toBe(false);
			expect(create.properties.trackstar_tags.type).toEqual(['array', 'null']);
		});

		it("requires Logiwa's warehouse_id, one of the connection's warehouses only with its access token", async () => {
			const without = await writeInfo('logiwa', apiKeyOnly(sandbox));
			const create = without.components.schemas.CreatewmsOrderLogiwaSchema;
			expect(create.required).toContain('warehouse_id');
			expect(create.properties.warehouse_id.enum).toBeUndefined();
			const validate = bodyValidator(without, 'POST /wms/orders');
			expect(validate(logiwaOrder())).toBe(false);
			expect(validate(logiwaOrder({ warehouse_id: 'anywhere' }))).toBe(true);

			expect((await switchTo('logiwa')).status).toBe(200);
			const withToken = await writeInfo('logiwa');
			const ids = WAREHOUSES.map((warehouse) => warehouse.id);
			expect(
				withToken.components.schemas.CreatewmsOrderLogiwaSchema.properties.warehouse_id.enum,
			).toEqual(ids);
			const strict = bodyValidator(withToken, 'POST /wms/orders');
			expect(strict(logiwaOrder({ warehouse_id: 'anywhere' }))).toBe(false);
			expect(strict(logiwaOrder({ warehouse_id: ids[0] }))).toBe(true);
		});

		it("adds nothing for a token of another integration's connection", async () => {
			const document = await writeInfo('logiwa');
			expect(
				document.components.schemas.CreatewmsOrderLogiwaSchema.properties.warehouse_id.enum,
			).toBeUndefined();
			await switchTo('logiwa');
			const freight = await writeInfo('logiwa', {
				'x-trackstar-access-token': sandbox.freightAccessToken,
			});
			expect(
				freight.components.schemas.CreatewmsOrderLogiwaSchema.properties.warehouse_id.enum,
			).toBeUndefined();
		});

		it("puts the connection's return causes in place of the document's placeholders", async () => {
			const placeholder = (await writeInfo('ongoing')).components.schemas.ReturnCause;
			expect(placeholder.properties.code.enum).toEqual(['N/A']);
			await switchTo('ongoing');
			const cause = (await writeInfo('ongoing')).components.schemas.ReturnCause;
			expect(cause.properties.code.enum).toEqual(
				expect.arrayContaining(['TOO_SMALL', 'CHANGED_MIND']),
			);
			expect(cause.properties.return_reason.enum).toEqual(
				expect.arrayContaining(['Too small', null]),
			);
		});

		it('answers 401 for a wrong access token, 404 for an unknown integration', async () => {
			const wrong = await get(sandbox, '/integrations/wms/logiwa/write-info', {
				'x-trackstar-access-token': 'wrong',
			});
			expect(wrong.status).toBe(401);
			expect((await get(sandbox, '/integrations/wms/nope/write-info')).status).toBe(404);
		});
	});

	describe('one call a minute', () => {
		it('answers 429 to a second call of the integrations endpoints within a minute, per API key', async () => {
			expect((await get(sandbox, '/integrations/wms')).status).toBe(200);
			now = new Date(now.getTime() + 20_000);
			const limited = await get(sandbox, '/integrations/wms/logiwa');
			expect(limited.status).toBe(429);
			expect(limited.headers.get('retry-after')).toBe('40');
			expect(limited.body).toEqual({
				error:
					'Rate limit exceeded: the integrations endpoint allows one call per 60 seconds. Retry after 40 seconds.',
				origin: 'trackstar',
			});
			now = new Date(now.getTime() + 40_000);
			expect((await get(sandbox, '/integrations/wms/logiwa')).status).toBe(200);
		});

		it('answers 429 to a second write-info within a minute, per connection', async () => {
			const path = '/integrations/wms/logiwa/write-info';
			expect((await get(sandbox, path)).status).toBe(200);
			expect((await get(sandbox, path)).status).toBe(429);
			// Without a token it is the API key's budget, not this connection's.
			expect((await get(sandbox, path, apiKeyOnly(sandbox))).status).toBe(200);
			expect((await get(sandbox, '/wms/orders/meta?method=POST')).status).toBe(200);
		});

		it('does not count refused calls, and is turned off with the meta limit', async () => {
			expect((await get(sandbox, '/integrations/wms/nope')).status).toBe(404);
			expect((await get(sandbox, '/integrations/wms')).status).toBe(200);

			const unlimited = await startTestSandbox({ metaRateLimitSeconds: 0 });
			try {
				expect((await get(unlimited, '/integrations/wms')).status).toBe(200);
				expect((await get(unlimited, '/integrations/wms')).status).toBe(200);
			} finally {
				await unlimited.close();
			}
		});
	});

	describe("the access token's connection's integration", () => {
		const tokenConnection = async () =>
			(
				await get<ListAnswer<Connection>>(
					sandbox,
					`/connections?access_token=${sandbox.accessToken}`,
				)
			).body.data[0];

		it('switches with PUT /__sandbox/connection, as GET /connections reports, until reset', async () => {
			expect((await tokenConnection()).integration_name).toBe('sandbox');
			const switched = await switchTo('logiwa');
			expect(switched.body).toEqual({
				connection_id: SANDBOX_CONNECTION_ID,
				integration_name: 'logiwa',
				integration_type: 'wms',
			});
			expect(await tokenConnection()).toMatchObject({
				integration_name: 'logiwa',
				integration_type: 'wms',
			});
			const byId = await get<ListAnswer<Connection>>(
				sandbox,
				`/connections/${SANDBOX_CONNECTION_ID}`,
			);
			expect(byId.body.data[0].integration_name).toBe('logiwa');
			expectValidAgainst('GetConnectionsResponse', byId.body);
			sandbox.reset();
			expect((await tokenConnection()).integration_name).toBe('sandbox');
		});

		it('refuses an integration the sandbox does not serve', async () => {
			const answer = await switchTo('shipbob');
			expect(answer.status).toBe(422);
			expect(answer.body.detail.json.integration_name[0]).toContain('Must be one of: sandbox,');
		});

		it('starts switched with the integration option, which reset keeps, and refuses an unknown one', async () => {
			const logiwa = await startTestSandbox({ integration: 'logiwa' });
			try {
				logiwa.reset();
				const [connection] = (
					await get<ListAnswer<Connection>>(
						logiwa,
						`/connections?access_token=${logiwa.accessToken}`,
					)
				).body.data;
				expect(connection.integration_name).toBe('logiwa');
			} finally {
				await logiwa.close();
			}
			await expect(startSandbox({ port: 0, integration: 'nope' })).rejects.toThrow(
				'Unknown integration "nope"',
			);
		});

		it("makes an order create require Logiwa's warehouse_id", async () => {
			await switchTo('logiwa');
			const refused = await call<ErrorAnswer>(sandbox, 'POST', '/wms/orders', {
				body: logiwaOrder(),
			});
			expect(refused.status).toBe(422);
			expect(refused.body.error).toBe(
				'Invalid request body: warehouse_id: Missing data for required field.',
			);
			expect(refused.body.detail).toEqual({
				json: { warehouse_id: ['Missing data for required field.'] },
			});

			const warehouse = WAREHOUSES[0].id;
			const created = await call<RecordAnswer<Order>>(sandbox, 'POST', '/wms/orders', {
				body: logiwaOrder({ warehouse_id: warehouse, order_type: 'B2B', total_price: 12.5 }),
			});
			expect(created.status).toBe(200);
			expect(created.body.unused_fields).toEqual(['total_price']);
			expect(created.body.data).toMatchObject({
				warehouse_id: warehouse,
				order_number: 'LW-1001',
				additional_fields: { order_type: 'B2B' },
			});
			expectValidOrder(sandbox.order(created.body.id)!);
		});

		it('names the nested fields Logiwa requires, and refuses its own fields of the wrong type', async () => {
			await switchTo('logiwa');
			const answer = await call<ErrorAnswer>(sandbox, 'POST', '/wms/orders', {
				body: { ...newOrderBody('LW-2'), warehouse_id: WAREHOUSES[0].id },
			});
			expect(answer.status).toBe(422);
			expect(Object.keys(answer.body.detail.json)).toEqual([
				'line_items.0.sku',
				'ship_to_address.full_name',
			]);
			const wrongType = await call<ErrorAnswer>(sandbox, 'POST', '/wms/orders', {
				body: logiwaOrder({ warehouse_id: 7 }),
			});
			expect(wrongType.body.detail).toEqual({ json: { warehouse_id: ['Not a valid string.'] } });
		});

		it("takes ShipHero's own fields: a phone number, a packing note, a carrier", async () => {
			await switchTo('shiphero');
			const body = {
				...logiwaOrder(),
				line_items: [{ sku: WAREHOUSE_CUSTOMERS[0].products[0].sku, quantity: 1, unit_price: 9.5 }],
				ship_to_address: { ...logiwaOrder().ship_to_address, phone_number: '+1 555-0101' },
				packing_note: 'Gift wrap',
				carrier_id: 'ups',
				gift_message: 'Enjoy',
			};
			const created = await call<RecordAnswer<Order>>(sandbox, 'POST', '/wms/orders', { body });
			expect(created.status).toBe(200);
			expect(created.body.unused_fields).toEqual(['gift_message']);
			expect(created.body.data.ship_to_address.phone_number).toBe('+1 555-0101');
			expect(created.body.data.additional_fields).toMatchObject({
				packing_note: 'Gift wrap',
				carrier_id: 'ups',
			});
		});

		it('keeps the WMS Sandbox create as it was', async () => {
			const created = await call<RecordAnswer<Order>>(sandbox, 'POST', '/wms/orders', {
				body: { ...newOrderBody('SB-1'), gift_message: 'Hi', packing_note: 'x' },
			});
			expect(created.status).toBe(200);
			expect(created.body.unused_fields).toEqual(['packing_note']);
		});
	});
});
