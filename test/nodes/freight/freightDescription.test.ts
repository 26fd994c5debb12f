import type { INodeProperties } from 'n8n-workflow';

import { FREIGHT_SHIPMENT_STATUS_NAMES } from '../../../nodes/shared/freightResources/freightShipment/freightShipmentStatuses';
import { Trackstar } from '../../../nodes/Trackstar/Trackstar.node';
import { TrackstarFreight } from '../../../nodes/TrackstarFreight/TrackstarFreight.node';
import { FREIGHT_SHIPMENT_STATUSES } from '../../../sandbox';

const { description, methods } = new TrackstarFreight();
const optionsOf = (property: INodeProperties) =>
	property.options as Array<{ name: string; value: string; description?: string; action?: string }>;

describe('Trackstar Freight node description', () => {
	it('is the node "trackstarFreight", usable as an AI tool, with the Trackstar API credential and icons', () => {
		expect(description).toMatchObject({
			name: 'trackstarFreight',
			displayName: 'Trackstar Freight',
			usableAsTool: true,
			credentials: [{ name: 'trackstarApi', required: true, testedBy: 'trackstarApiKeyAndToken' }],
			icon: new Trackstar().description.icon,
		});
		// What an agent reads as the tool's description: what it reads, concretely.
		expect(description.description).toMatch(/freight forwarder's shipments/);
		expect(description.description).toMatch(/ETA/);
	});

	it('offers Shipment with Get and Get Many only: Trackstar documents no freight writes or tags', () => {
		const [resource, operation] = description.properties;
		expect(resource).toMatchObject({ name: 'resource', default: 'shipment' });
		expect(optionsOf(resource).map((option) => option.value)).toEqual(['shipment']);
		expect(optionsOf(operation).map((option) => [option.value, option.action])).toEqual([
			['get', 'Get a shipment'],
			['getAll', 'Get many shipments'],
		]);
		const filters = description.properties.find((property) => property.name === 'filters')!;
		expect((filters.options as INodeProperties[]).map((option) => option.name)).toEqual([
			'createdDate',
			'ids',
			'updatedDate',
		]);
	});

	it('calls only the Freight API: its one picker reads /freight/shipments', () => {
		expect(Object.keys(methods.listSearch)).toEqual(['searchFreightShipments']);
		const searchMethods = JSON.stringify(description.properties).match(/"searchListMethod":"\w+"/g);
		expect(new Set(searchMethods)).toEqual(
			new Set(['"searchListMethod":"searchFreightShipments"']),
		);
	});

	it("names every status of Trackstar's enum, in its order", () => {
		expect(Object.keys(FREIGHT_SHIPMENT_STATUS_NAMES)).toEqual([...FREIGHT_SHIPMENT_STATUSES]);
	});
});
