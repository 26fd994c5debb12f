import { locatorField } from '../../fields/locators';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { RECORD_DATE_FILTERS } from '../../wire/listFilters';
import type { RecordModel, TrackstarResource } from '../../model';
import { simplifyFreightShipment } from './simplifyFreightShipment';

/**
 * A freight forwarder's shipments (`/freight/shipments`): the ocean, air or truck legs it moves,
 * with status, dates and cost. Trackstar documents no Trackstar Tags on them, and no writes.
 */
export const FREIGHT_SHIPMENT: RecordModel = {
	noun: 'shipment',
	plural: 'shipments',
	path: '/freight/shipments',
	pathParameter: 'shipment_id',
	idField: locatorField({
		displayName: 'Shipment',
		name: 'shipmentId',
		searchListMethod: 'searchFreightShipments',
		idPlaceholder: 'e.g. 5f1e2d3c4b5a69788796a5b4',
		description:
			'The freight shipment: pick one of the newest, search by ID, status or mode, or give its Trackstar ID',
	}),
	// GET /freight/shipments's filters, as Trackstar's OpenAPI document lists them.
	filters: {
		conditions: RECORD_DATE_FILTERS,
		ids: { label: 'Shipment IDs', noun: 'shipment', placeholder: 'e.g. 5f1e2d3c4b5a69788796a5b4' },
	},
	simplify: {
		record: simplifyFreightShipment,
		keeps: 'ID, status and its name, mode, shipment, ETA and arrival dates, cost, link',
	},
};

export const freightShipmentResource: TrackstarResource = {
	value: 'shipment',
	displayName: 'Shipment',
	defaultOperation: 'getAll',
	operations: [
		getOperation(FREIGHT_SHIPMENT, {
			description:
				'Get one freight shipment (status, mode, shipment date, ETA, arrival date, cost). Needs its Trackstar ID.',
			action: 'Get a shipment',
		}),
		getAllOperation(FREIGHT_SHIPMENT, {
			description:
				"List the freight forwarder's shipments with their status, ETA and cost, filtered by created or updated date, or by IDs",
			action: 'Get many shipments',
		}),
	],
};
