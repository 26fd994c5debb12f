import type { INodeProperties } from 'n8n-workflow';

import { Trackstar } from '../../../nodes/Trackstar/Trackstar.node';
import { TrackstarOrders } from '../../../nodes/TrackstarOrders/TrackstarOrders.node';

const { description } = new Trackstar();
const optionsOf = (property: INodeProperties) =>
	property.options as Array<{ name: string; value: string; description?: string; action?: string }>;

describe('Trackstar node description', () => {
	it('is the node "trackstar", usable as an AI tool, with the Trackstar API credential', () => {
		expect(description).toMatchObject({
			name: 'trackstar',
			displayName: 'Trackstar',
			usableAsTool: true,
			credentials: [{ name: 'trackstarApi', required: true }],
		});
	});

	it('starts with Resource, then one Operation choice per resource', () => {
		const [resource, ...rest] = description.properties;
		expect(resource.name).toBe('resource');
		expect(optionsOf(resource).map((option) => option.value)).toEqual([
			'bill',
			'connection',
			'inboundShipment',
			'integration',
			'inventoryItem',
			'kit',
			'laborActivity',
			'magicLink',
			'order',
			'passthrough',
			'product',
			'return',
			'shippingMethod',
			'warehouse',
			'warehouseCustomer',
		]);
		const operations = rest.filter((property) => property.name === 'operation');
		expect(
			Object.fromEntries(
				operations.map((property) => [
					property.displayOptions!.show!.resource![0],
					optionsOf(property).map((option) => option.value),
				]),
			),
		).toEqual({
			order: [
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
			inventoryItem: ['adjust', 'get', 'getAll', 'getLedger', 'setTags'],
			product: ['create', 'get', 'getAll', 'getWritableFields', 'setTags', 'update'],
			warehouse: ['get', 'getLocation', 'getAll', 'getAllLocations', 'setTags'],
			shippingMethod: ['get', 'getAll'],
			warehouseCustomer: ['get', 'getAll'],
			inboundShipment: [
				'create',
				'get',
				'getAll',
				'getSuppliers',
				'getWritableFields',
				'receive',
				'setTags',
				'update',
			],
			connection: [
				'cancelOnDemandSync',
				'get',
				'getAll',
				'getOnDemandSync',
				'setSchedule',
				'startOnDemandSync',
				'sync',
				'update',
			],
			integration: ['get', 'getAll'],
			magicLink: ['create', 'delete', 'get', 'getAll'],
			passthrough: ['passthrough'],
			return: ['cancel', 'create', 'get', 'getAll', 'getWritableFields', 'setTags', 'update'],
			kit: ['create', 'getWritableFields', 'update'],
			bill: ['get', 'getAll'],
			laborActivity: ['get', 'getAll'],
		});
	});

	it('tells an AI agent what each operation does and needs, with an action for the node picker', () => {
		const operations = description.properties.filter((property) => property.name === 'operation');
		for (const option of operations.flatMap(optionsOf)) {
			expect(option.description!.length).toBeGreaterThan(20);
			expect(option.action).toMatch(/^[A-Z]/);
		}
	});

	it("gives its Order resource Trackstar Orders' own fields: one definition, shown per resource", () => {
		const orders = new TrackstarOrders().description.properties.filter(
			(property) => !['resource', 'operation', 'requestOptions'].includes(property.name),
		);
		const orderFields = description.properties.filter(
			(property) =>
				property.displayOptions?.show?.resource?.[0] === 'order' && property.name !== 'operation',
		);
		const withoutResource = orderFields.map((property) => {
			const { resource, ...show } = property.displayOptions!.show!;
			expect(resource).toEqual(['order']);
			return { ...property, displayOptions: { ...property.displayOptions, show } };
		});
		expect(withoutResource).toEqual(orders);
	});

	it('shows every field of an operation for its resource only', () => {
		for (const property of description.properties.slice(1)) {
			if (property.name === 'requestOptions') continue;
			expect(property.displayOptions?.show?.resource).toHaveLength(1);
		}
	});
});
