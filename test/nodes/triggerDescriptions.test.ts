import { existsSync, readdirSync, readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { basename, dirname, join } from '@n8n-nodes-trackstar/node-runtime/path';

import type { ICredentialTestFunctions, INodePropertyOptions } from 'n8n-workflow';

import { TrackstarWebhookApi } from '../../credentials/TrackstarWebhookApi.credentials';
import { TrackstarOrdersTrigger } from '../../nodes/TrackstarOrdersTrigger/TrackstarOrdersTrigger.node';
import { TrackstarPollingTrigger } from '../../nodes/TrackstarPollingTrigger/TrackstarPollingTrigger.node';
import { TrackstarTrigger } from '../../nodes/TrackstarTrigger/TrackstarTrigger.node';
import { orderFilterFields } from '../../nodes/shared/resources/order/orderFilterFields';
import { REPO_ROOT } from '../../scripts/support/repoRoot';

const root = REPO_ROOT;

/** The Trackstar Trigger's event values in 0.1.0, which saved workflows hold. */
const RELEASED_WEBHOOK_EVENTS = `
	bill.created bill.updated connection.created connection.deleted
	connection.historical-sync-completed connection-error.created connection-error.deleted
	connection-error.updated inbound-shipment.created inbound-shipment.receipt.created
	inbound-shipment.updated inventory.created inventory.updated inventory_ledger.created
	inventory_ledger.updated order.created order.shipment.created order.updated product.created
	product.updated return.created return.updated shipping-method.created shipping-method.updated
	warehouse.created warehouse.updated warehouse-customer.created warehouse-customer.updated
	warehouse-location.created warehouse-location.updated`
	.trim()
	.split(/\s+/);

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

describe('Trigger descriptions', () => {
	const poller = new TrackstarOrdersTrigger().description;
	const webhook = new TrackstarTrigger().description;
	const polling = new TrackstarPollingTrigger().description;

	it('keeps the event values saved workflows depend on', () => {
		const event = poller.properties.find((property) => property.name === 'event');
		expect(event?.options?.map((option) => (option as { value: string }).value).sort()).toEqual([
			'newOrder',
			'statusChanged',
			'updatedOrder',
		]);
		const events = webhook.properties.find((property) => property.name === 'events');
		expect(events?.default).toEqual(['order.created', 'order.updated', 'order.shipment.created']);
		const offered = events?.options?.map((option) => (option as { value: string }).value);
		expect(offered).toEqual(expect.arrayContaining(RELEASED_WEBHOOK_EVENTS));
	});

	it("keeps the Orders Trigger's options, adding only Ignore Empty Filters (off) and Max Records per Poll (default 1,000)", () => {
		const options = poller.properties.find((property) => property.name === 'options');
		expect(options?.options?.map((option) => option.name)).toEqual([
			'backfillHours',
			'ignoreEmptyFilters',
			'maxRecordsPerPoll',
			'simplify',
		]);
		expect(options?.options?.find((option) => option.name === 'maxRecordsPerPoll')).toMatchObject({
			default: 1000,
		});
		expect(options?.options?.find((option) => option.name === 'ignoreEmptyFilters')).toMatchObject({
			default: false,
		});
	});

	it("keeps the Polling Trigger's released resource values; the Cart, Freight and Carrier ones are named by their type and say whose token they need", () => {
		const resource = polling.properties.find((property) => property.name === 'resource');
		expect(resource?.default).toBe('inventoryItem');
		expect(
			(resource?.options ?? []).map((option) => {
				const { name, value, description } = option as {
					name: string;
					value: string;
					description: string;
				};
				return [name, value, description];
			}),
		).toEqual([
			[
				'Carrier Invoice Line Item',
				'carrierInvoiceLineItem',
				'Invoice line items of a carrier connection: needs its access token in the credential',
			],
			[
				'Cart Order',
				'cartOrder',
				'Cart orders of a store (cart) connection: needs its access token in the credential',
			],
			[
				'Cart Product',
				'cartProduct',
				'Cart products of a store (cart) connection: needs its access token in the credential',
			],
			[
				'Freight Shipment',
				'freightShipment',
				'Freight shipments of a freight connection: needs its access token in the credential',
			],
			[
				'Inbound Shipment',
				'inboundShipment',
				'Inbound shipments of a WMS connection: needs its access token in the credential',
			],
			[
				'Inventory Item',
				'inventoryItem',
				'Inventory items of a WMS connection: needs its access token in the credential',
			],
			[
				'Product',
				'product',
				'Products of a WMS connection: needs its access token in the credential',
			],
			['Return', 'return', 'Returns of a WMS connection: needs its access token in the credential'],
		]);
	});

	it('offers each polled resource its events, the threshold for inventory only, and no date or ID filter', () => {
		const events = polling.properties.filter((property) => property.name === 'event');
		expect(
			events.map((event) => [
				event.displayOptions?.show?.resource,
				(event.options ?? []).map((option) => (option as { value: string }).value),
			]),
		).toEqual([
			[['inboundShipment'], ['statusChanged', 'new', 'updated']],
			[['inventoryItem'], ['belowThreshold', 'new', 'updated']],
			[['product'], ['new', 'updated']],
			[['return'], ['new', 'statusChanged', 'updated']],
			[['cartOrder'], ['statusChanged', 'new', 'updated']],
			[['cartProduct'], ['new', 'updated']],
			[['freightShipment'], ['new', 'updated']],
			[['carrierInvoiceLineItem'], ['new', 'updated']],
		]);
		const threshold = polling.properties.filter((property) =>
			['threshold', 'quantity', 'warehouseId'].includes(property.name),
		);
		expect(threshold.map((property) => property.displayOptions?.show)).toEqual(
			Array(3).fill({ resource: ['inventoryItem'], event: ['belowThreshold'] }),
		);
		const filters = polling.properties.filter((property) => property.name === 'filters');
		expect(
			filters.map((collection) => (collection.options ?? []).map((option) => option.name)),
		).toEqual([
			['excludeStatus', 'purchaseOrderNumber', 'status', 'warehouseId', 'warehouseCustomerId'],
			['active', 'sku', 'warehouseCustomerId'],
			['sku', 'warehouseCustomerId'],
			['excludeStatus', 'status', 'warehouseCustomerId'],
			['excludeStatus', 'orderNumber', 'status', 'warehouseCustomerId'],
		]);
		// Cart products take only dates and IDs, the cursor's: no Filters at all.
		expect(filters.map((collection) => collection.displayOptions?.show?.resource)).toEqual([
			['inboundShipment'],
			['inventoryItem'],
			['product'],
			['return'],
			['cartOrder'],
		]);
	});

	it("reuses Get Many's filter definitions for customer, channel and order type", () => {
		const filters = poller.properties.find((property) => property.name === 'filters');
		for (const option of filters?.options ?? []) {
			expect(orderFilterFields).toContain(option);
		}
		expect((filters?.options ?? []).map((option) => option.name).sort()).toEqual([
			'channel',
			'excludeType',
			'type',
			'warehouseCustomerId',
		]);
	});

	it('polls with the Trackstar API credential; the webhook verifies with its own signing secret', () => {
		expect(poller.polling).toBe(true);
		expect(poller.credentials).toEqual([
			{ name: 'trackstarApi', required: true, testedBy: 'trackstarApiKeyAndToken' },
		]);
		expect(webhook.credentials?.map(({ name, required }) => [name, required])).toEqual([
			['trackstarWebhookApi', true],
			['trackstarApi', false],
		]);
		expect(webhook.webhooks).toEqual([
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		]);
	});

	it('is registered in package.json with its codex and icons', () => {
		const n8n = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).n8n;
		expect(n8n.nodes).toEqual(
			expect.arrayContaining([
				'dist/nodes/TrackstarOrdersTrigger/TrackstarOrdersTrigger.node.js',
				'dist/nodes/TrackstarPollingTrigger/TrackstarPollingTrigger.node.js',
				'dist/nodes/TrackstarTrigger/TrackstarTrigger.node.js',
			]),
		);
		expect(n8n.credentials).toContain('dist/credentials/TrackstarWebhookApi.credentials.js');
		for (const [folder, description] of [
			['TrackstarOrdersTrigger', poller],
			['TrackstarPollingTrigger', polling],
			['TrackstarTrigger', webhook],
		] as const) {
			const codex = JSON.parse(
				readFileSync(join(root, 'nodes', folder, `${folder}.node.json`), 'utf8'),
			);
			expect(codex.node).toBe(`n8n-nodes-trackstar.${description.name}`);
			for (const path of Object.values(description.icon as Record<string, string>)) {
				expect(existsSync(join(root, 'nodes', folder, path.replace(/^file:/, '')))).toBe(true);
			}
		}
	});
});

/** Trackstar's page per webhook event (docs/trackstar-api/README.md), by its docs folder. */
const WEBHOOK_PAGES = join(root, 'docs', 'trackstar-api', 'pages', 'how-to-guides', 'webhooks');

/** How the trigger names each folder's connection type; Trackstar's docs call connections Admin. */
const CONNECTION_TYPE_OF_FOLDER: Record<string, string> = {
	admin: 'Connection',
	carrier: 'Carrier',
	cart: 'Cart',
	freight: 'Freight',
	wms: 'WMS',
};

/** Each event page's event, from its `openapi: "webhook <event>"` line (quoted or not). */
function webhookEventPages(): Array<{ page: string; folder: string; event?: string }> {
	return (readdirSync(WEBHOOK_PAGES, { recursive: true }) as string[])
		.filter((page) => page.endsWith('.mdx') && page !== 'webhooks.mdx')
		.map((page) => ({
			page,
			folder: basename(dirname(page)),
			event: /^openapi:\s*"?webhook\s+([^"\s]+)"?\s*$/m.exec(
				readFileSync(join(WEBHOOK_PAGES, page), 'utf8'),
			)?.[1],
		}));
}

describe("The Trackstar Trigger's events", () => {
	const events = new TrackstarTrigger().description.properties.find(
		(property) => property.name === 'events',
	);
	const options = (events?.options ?? []) as INodePropertyOptions[];

	it("are exactly the events of Trackstar's webhook pages, each named after its connection type", () => {
		const pages = webhookEventPages();
		expect(pages.filter(({ event }) => event === undefined)).toEqual([]);
		expect(options.map(({ name, value }) => ({ name, value })).sort(byName)).toEqual(
			pages
				.map(({ folder, event }) => ({
					name: `${CONNECTION_TYPE_OF_FOLDER[folder]}: ${event}`,
					value: event,
				}))
				.sort(byName),
		);
	});

	it('are sorted by name, as n8n sorts option lists, and each says what happens', () => {
		const names = options.map((option) => option.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		for (const option of options) expect(option.description).toMatch(/^(A|An|The) [a-z ]+$/);
	});
});

describe('Trackstar Webhook API credential test', () => {
	const test = new TrackstarTrigger().methods.credentialTest.trackstarWebhookSigningSecret;
	const run = async (signingSecret: string) =>
		await test.call({} as ICredentialTestFunctions, {
			id: 'c',
			name: 'c',
			type: new TrackstarWebhookApi().name,
			data: { signingSecret },
		});

	it('tells a whsec_ secret from anything else', async () => {
		expect((await run('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).status).toBe('OK');
		expect(await run('sk_live_123')).toEqual({
			status: 'Error',
			message: 'Signing Secret: is not a Svix signing secret (whsec_ followed by base64)',
		});
	});
});
