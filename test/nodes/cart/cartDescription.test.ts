import type { INodeProperties } from 'n8n-workflow';

import { Trackstar } from '../../../nodes/Trackstar/Trackstar.node';
import { TrackstarCart } from '../../../nodes/TrackstarCart/TrackstarCart.node';

const { description, methods } = new TrackstarCart();
const optionsOf = (property: INodeProperties) =>
	property.options as Array<{ name: string; value: string; description?: string; action?: string }>;

describe('Trackstar Cart node description', () => {
	it('is the node "trackstarCart", usable as an AI tool, with the Trackstar API credential and icons', () => {
		expect(description).toMatchObject({
			name: 'trackstarCart',
			displayName: 'Trackstar Cart',
			usableAsTool: true,
			credentials: [{ name: 'trackstarApi', required: true, testedBy: 'trackstarApiKeyAndToken' }],
			icon: new Trackstar().description.icon,
		});
	});

	it('offers the Cart API resources, each with its operations', () => {
		const [resource, ...rest] = description.properties;
		expect(resource).toMatchObject({ name: 'resource', default: 'order' });
		expect(optionsOf(resource).map((option) => option.value)).toEqual([
			'order',
			'passthrough',
			'product',
			'warehouse',
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
			order: ['createShipment', 'get', 'getAll', 'setTags'],
			product: ['adjustInventory', 'get', 'getAll', 'setTags'],
			warehouse: ['get', 'getAll', 'setTags'],
			passthrough: ['passthrough'],
		});
	});

	it("calls only the Cart API: a cart connection's token reads nothing else", () => {
		const pickers = Object.keys(methods.listSearch).sort();
		expect(pickers).toEqual(['searchCartOrders', 'searchCartProducts', 'searchCartWarehouses']);
		const searchMethods = JSON.stringify(description.properties).match(/"searchListMethod":"\w+"/g);
		expect(new Set(searchMethods)).toEqual(
			new Set(pickers.map((name) => `"searchListMethod":"${name}"`)),
		);
	});

	it('says what each operation does, in the words the passthrough uses for the store', () => {
		const passthrough = description.properties.find(
			(property) =>
				property.name === 'operation' &&
				property.displayOptions?.show?.resource?.[0] === 'passthrough',
		)!;
		expect(optionsOf(passthrough)[0].action).toBe('Send a passthrough request to the store');
		for (const property of description.properties.filter(({ name }) => name === 'operation')) {
			for (const option of optionsOf(property)) expect(option.description).toMatch(/\w/);
		}
	});
});
