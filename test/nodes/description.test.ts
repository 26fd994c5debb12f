import { existsSync, readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';

import type { INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { orderFilterFields } from '../../nodes/shared/resources/order/orderFilterFields';
import {
	orderWriteField,
	orderWriteFields,
} from '../../nodes/shared/resources/order/orderWriteFields';
import { Trackstar } from '../../nodes/Trackstar/Trackstar.node';
import { TrackstarOrders } from '../../nodes/TrackstarOrders/TrackstarOrders.node';
import { TrackstarOrdersTrigger } from '../../nodes/TrackstarOrdersTrigger/TrackstarOrdersTrigger.node';
import { TrackstarPollingTrigger } from '../../nodes/TrackstarPollingTrigger/TrackstarPollingTrigger.node';
import { TrackstarTrigger } from '../../nodes/TrackstarTrigger/TrackstarTrigger.node';
import {
	ORDER_SCALAR_FIELDS,
	buildOrderWriteBody,
} from '../../nodes/shared/resources/order/orderBody';
import { ORDER_CONDITION_FILTERS } from '../../nodes/shared/resources/order/orderFilters';
import { REPO_ROOT } from '../../scripts/support/repoRoot';
import { OPENAPI_PATH } from '../support/openapi';

const { description } = new TrackstarOrders();
const names = (properties: INodeProperties[]) => properties.map((property) => property.name);

const schemas = (
	JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as {
		components: {
			schemas: Record<string, { properties: Record<string, { description?: string }> }>;
		};
	}
).components.schemas;

const STRUCTURED_FIELDS: Record<string, string> = {
	shipToAddress: 'ship_to_address',
	billToAddress: 'bill_to_address',
	lineItems: 'line_items',
	lineItemsJson: 'line_items',
	tags: 'tags',
	trackstarTags: 'trackstar_tags',
};

/**
 * The Trackstar fields a write field sends: a picker once per mode and a collection once per
 * option, as the write body maps them; the rest from the tables the body is built from.
 */
function fieldsSentBy(property: INodeProperties): Array<string | undefined> {
	if (property.type === 'resourceLocator') {
		return (property.modes ?? []).flatMap((mode) =>
			Object.keys(
				buildOrderWriteBody(
					{ [property.name]: { __rl: true, mode: mode.name, value: 'x' } },
					'UTC',
				),
			),
		);
	}
	if (property.type === 'collection') {
		return (property.options as INodeProperties[]).flatMap((option) =>
			Object.keys(buildOrderWriteBody({ [property.name]: { [option.name]: 'x' } }, 'UTC')),
		);
	}
	return [
		ORDER_SCALAR_FIELDS.find(({ key }) => key === property.name)?.field ??
			STRUCTURED_FIELDS[property.name],
	];
}

describe('Trackstar Orders description', () => {
	it('keeps the operation values saved workflows depend on, and the ones added since', () => {
		const operation = description.properties.find((property) => property.name === 'operation');
		expect(operation?.options?.map((option) => (option as { value: string }).value).sort()).toEqual(
			[
				'attachFile',
				'cancel',
				'create',
				'get',
				'getAll',
				'getPacks',
				'getWritableFields',
				'setTags',
				'ship',
				'update',
			],
		);
		expect(operation?.default).toBe('getAll');
	});

	it('has one resource, Order, which workflows saved without it get by default', () => {
		const resource = description.properties.find((property) => property.name === 'resource');
		expect(resource?.default).toBe('order');
		expect(resource?.options).toEqual([{ name: 'Order', value: 'order' }]);
	});

	it('lists its operations sorted by name, as n8n does', () => {
		const operation = description.properties.find((property) => property.name === 'operation');
		const shown = operation?.options?.map((option) => (option as { name: string }).name) ?? [];
		expect(shown).toEqual([...shown].sort((a, b) => a.localeCompare(b)));
	});

	it('offers a list search for every picker its fields name', () => {
		const methods = Object.keys(new TrackstarOrders().methods.listSearch).sort();
		const named = new Set<string>();
		const visit = (value: unknown) => {
			if (Array.isArray(value)) return value.forEach(visit);
			if (typeof value !== 'object' || value === null) return;
			const method = (value as { searchListMethod?: unknown }).searchListMethod;
			if (typeof method === 'string') named.add(method);
			Object.values(value).forEach(visit);
		};
		visit(description.properties);
		expect([...named].sort()).toEqual(methods);
		expect(methods).toEqual([
			'searchChannels',
			'searchOrders',
			'searchShippingMethods',
			'searchWarehouseCustomers',
			'searchWarehouses',
		]);
	});

	it('shares one definition of each write field between Create and Update', () => {
		const create = description.properties.filter((property) =>
			property.displayOptions?.show?.operation?.includes('create'),
		);
		const update = description.properties.find((property) => property.name === 'updateFields');
		const additional = create.find((property) => property.name === 'additionalFields');
		const required = create
			.filter((property) => property.required)
			.map((property) => property.name);
		expect(required).toEqual(['orderNumber', 'shipToAddress', 'lineItems', 'lineItemsJson']);
		const lineItemsShownFor = (name: string) =>
			create.find((property) => property.name === name)?.displayOptions?.show?.lineItemsInput;
		expect([lineItemsShownFor('lineItems'), lineItemsShownFor('lineItemsJson')]).toEqual([
			['fields'],
			['json'],
		]);
		const createFields = [...required, ...names(additional!.options as INodeProperties[])].sort();
		const updateOnly = ['status', 'tags', 'requiredShipDate'];
		expect(createFields).toEqual(
			names(update!.options as INodeProperties[])
				.filter((name) => !updateOnly.includes(name))
				.sort(),
		);
		for (const field of additional!.options as INodeProperties[]) {
			expect(field).toBe(orderWriteFields.find((candidate) => candidate.name === field.name));
		}
	});

	it("offers on Create only fields of Trackstar's create schema, the common per-WMS fields (Warehouse, Carrier ID, Bill To Address), and the shipping method by name", () => {
		const createSchemaFields = Object.keys(schemas['CreateOrderSchema--Base_Schema--'].properties);
		const create = description.properties.filter((property) =>
			property.displayOptions?.show?.operation?.includes('create'),
		);
		const additional = create.find((property) => property.name === 'additionalFields')!
			.options as INodeProperties[];
		const offered = [...create, ...additional].filter(
			(property) =>
				![
					'operation',
					'resource',
					'additionalFields',
					'lineItemsInput',
					'integrationFields',
					'wmsFields',
					'requestOptions',
				].includes(property.name),
		);
		const sent = offered.flatMap(fieldsSentBy);
		expect(sent.filter((field) => field === undefined)).toEqual([]);
		expect(
			[...new Set(sent.filter((field) => !createSchemaFields.includes(field!)))].sort(),
		).toEqual(['bill_to_address', 'carrier_id', 'shipping_method_name', 'warehouse_id']);
		// Shipping Method By Name: the create schema itself names it beside shipping_method_id, and the big WMSs' create schemas take it.
		expect(
			schemas['CreateOrderSchema--Base_Schema--'].properties.shipping_method_id.description,
		).toContain('shipping_method_name');
		for (const wms of ['ShipBob', 'ShipHero', 'ShipStation', 'ShipMonk', 'Veeqo']) {
			expect(Object.keys(schemas[`CreatewmsOrder--${wms}--`].properties)).toContain(
				'shipping_method_name',
			);
		}
	});

	it('gives each concept one field: Channel and Shipping Method are pickers From List, By ID or By Name', () => {
		for (const name of ['channel', 'shippingMethod']) {
			const field = orderWriteFields.find((candidate) => candidate.name === name)!;
			expect(field.type).toBe('resourceLocator');
			expect(field.modes?.map((mode) => mode.displayName)).toEqual([
				'From List',
				'By ID',
				'By Name',
			]);
		}
		expect(fieldsSentBy(orderWriteField('channel'))).toEqual([
			'channel_object',
			'channel_object',
			'channel_object',
		]);
		expect(fieldsSentBy(orderWriteField('shippingMethod'))).toEqual([
			'shipping_method_id',
			'shipping_method_id',
			'shipping_method_name',
		]);
		const shown = orderWriteFields.map((field) => field.displayName);
		expect(shown.filter((name) => /channel|shipping method/i.test(name))).toEqual([
			'Channel',
			'Shipping Method',
		]);
	});

	it('keeps the fields Trackstar deprecated out of the main list, under Legacy Fields, and nothing else there', () => {
		const deprecated = Object.entries(schemas['UpdateOrderSchema--Base_Schema--'].properties)
			.filter(([, property]) => /deprecated/i.test(property.description ?? ''))
			.map(([field]) => field);
		expect(deprecated.sort()).toEqual(['channel', 'shipping_method']);
		const legacy = orderWriteField('legacyFields');
		expect(legacy.displayName).toBe('Legacy Fields (Deprecated)');
		expect(fieldsSentBy(legacy).sort()).toEqual(deprecated);
		const mainList = orderWriteFields.filter((field) => field.name !== 'legacyFields');
		expect(mainList.flatMap(fieldsSentBy).filter((field) => deprecated.includes(field!))).toEqual(
			[],
		);
	});

	it('keeps a filter just added, before its condition is filled, when the next filter is added', () => {
		// The editor stores a node's parameters through getNodeParameters, which drops empty collections.
		const node = {
			id: 'n',
			name: 'Orders',
			type: 'trackstarOrders',
			typeVersion: 1,
			position: [0, 0] as [number, number],
			parameters: {},
		};
		for (const { key } of ORDER_CONDITION_FILTERS) {
			const filtersOption = (
				description.properties.find((property) => property.name === 'filters')!
					.options as INodeProperties[]
			).find((option) => option.name === key)!;
			const parameters = {
				resource: 'order',
				operation: 'getAll',
				filters: { [key]: filtersOption.default, status: ['open'] },
			};
			const stored = NodeHelpers.getNodeParameters(
				description.properties,
				parameters as never,
				false,
				false,
				node,
				description,
			);
			expect(Object.keys((stored as { filters: object }).filters).sort()).toEqual(
				[key, 'status'].sort(),
			);
		}
	});

	it('is usable as an AI tool and needs the Trackstar API credential', () => {
		expect(description.usableAsTool).toBe(true);
		expect(description.credentials).toEqual([
			{ name: 'trackstarApi', required: true, testedBy: 'trackstarApiKeyAndToken' },
		]);
	});

	it('offers a form field for every plain field the write body maps', () => {
		const formFields = names(orderWriteFields);
		for (const { key } of ORDER_SCALAR_FIELDS) expect(formFields).toContain(key);
		for (const structured of [
			'channel',
			'shippingMethod',
			'legacyFields',
			'lineItems',
			'lineItemsJson',
			'shipToAddress',
			'tags',
			'trackstarTags',
			'integrationFields',
		]) {
			expect(formFields).toContain(structured);
		}
	});

	it('offers a filter for every filter the query maps', () => {
		const filters = names(orderFilterFields);
		for (const { key } of ORDER_CONDITION_FILTERS) expect(filters).toContain(key);
		for (const selection of ['ids', 'status', 'excludeStatus', 'type', 'excludeType'])
			expect(filters).toContain(selection);
	});

	it('points its icons and the credential icons at files that exist', () => {
		const icons = [
			[join(REPO_ROOT, 'nodes', 'TrackstarOrders'), description.icon],
			[join(REPO_ROOT, 'credentials'), new TrackstarApi().icon],
		] as const;
		for (const [folder, icon] of icons) {
			for (const path of Object.values(icon as Record<string, string>)) {
				expect(existsSync(join(folder, path.replace(/^file:/, '')))).toBe(true);
			}
		}
	});
});

describe("Trackstar's nodes in n8n's node picker", () => {
	const nodes = [
		new Trackstar(),
		new TrackstarOrders(),
		new TrackstarOrdersTrigger(),
		new TrackstarPollingTrigger(),
		new TrackstarTrigger(),
	].map((node) => node.description);

	/**
	 * The picker's entries as n8n's editor builds them (useActionsGeneration's
	 * generateMergedNodesAndActions): a trigger named like an action node plus "Trigger" joins that
	 * node's entry, and the entry takes the trigger's description.
	 */
	function pickerEntries() {
		const entries = nodes
			.filter((node) => !node.group.includes('trigger'))
			.map((node) => ({
				name: node.name,
				displayName: node.displayName,
				description: node.description,
			}));
		for (const trigger of nodes.filter((node) => node.group.includes('trigger'))) {
			const app = entries.find((entry) => entry.name === trigger.name.replace('Trigger', ''));
			if (app) app.description = trigger.description;
			else
				entries.push({
					name: trigger.name,
					displayName: trigger.displayName,
					description: trigger.description,
				});
		}
		return entries;
	}

	it('shows Trackstar Orders, its actions and its trigger joined, with a description that first says what the actions do', () => {
		const orders = pickerEntries().find((entry) => entry.displayName === 'Trackstar Orders')!;
		expect(orders.name).toBe('trackstarOrders');
		expect(orders.description).toBe(
			'Get, list, create, update, tag and cancel warehouse orders in any WMS connected to Trackstar, or start a workflow when orders are created, updated or change status',
		);
		expect(orders.description.startsWith(description.description)).toBe(true);
	});

	it('shows Trackstar, its actions and the webhook trigger joined, with a description that first says what the actions do', () => {
		const entries = pickerEntries();
		const trackstar = entries.find((entry) => entry.displayName === 'Trackstar')!;
		expect(trackstar.name).toBe('trackstar');
		expect(trackstar.description.startsWith(new Trackstar().description.description)).toBe(true);
		expect(trackstar.description).toMatch(/or start a workflow when Trackstar's webhooks report/);
		expect(entries.map((entry) => entry.displayName).sort()).toEqual([
			'Trackstar',
			'Trackstar Orders',
			'Trackstar Polling Trigger',
		]);
	});

	it('writes Trackstar with a capital T in every action, as the picker shows them unchanged', () => {
		const operation = description.properties.find((property) => property.name === 'operation')!;
		const actions = (operation.options as Array<{ action: string }>).map((option) => option.action);
		expect(actions).toContain('Set Trackstar tags on an order');
		expect(actions.filter((action) => /trackstar/.test(action))).toEqual([]);
	});
});
