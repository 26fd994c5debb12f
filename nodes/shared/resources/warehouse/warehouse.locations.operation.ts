import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { locatorField } from '../../fields/locators';
import { getAllOperation } from '../../operations/getAll';
import { recordEndpoint } from '../../operations/endpoint';
import { idSegment, readRecord } from '../../operations/records';
import { trackstarApiRequest } from '../../transport/request';
import { RECORD_DATE_FILTERS, TEXT_OPERATORS, type ListFilters } from '../../wire/listFilters';
import type { RecordModel, ResourceOperation } from '../../model';

/** A location in the warehouse chosen in the Warehouse field. */
export const LOCATION_ID_FIELD: INodeProperties = locatorField({
	displayName: 'Location',
	name: 'locationId',
	searchListMethod: 'searchLocations',
	idPlaceholder: 'e.g. loc_a1_01',
	description:
		'The location in the warehouse: pick from the warehouse chosen above, or give its Trackstar ID',
});

export const LOCATION_LIST_FILTERS: ListFilters = {
	conditions: [
		...RECORD_DATE_FILTERS,
		{ key: 'type', field: 'type', label: 'Location Type', kind: 'text', operators: TEXT_OPERATORS },
	],
	ids: { label: 'Location IDs', noun: 'location', placeholder: 'e.g. loc_a1_01, loc_a1_02' },
};

function locationsPath(warehouse: RecordModel) {
	return (context: IExecuteFunctions, itemIndex: number) =>
		`${warehouse.path}/${idSegment(context, itemIndex, warehouse.idField.name, warehouse.idField.displayName, warehouse.plural)}/locations`;
}

/** Get Many Locations: `GET /wms/warehouses/{warehouse_id}/locations`. */
export function getAllLocationsOperation(warehouse: RecordModel): ResourceOperation {
	return getAllOperation(
		{
			noun: 'location',
			plural: 'locations',
			path: locationsPath(warehouse),
			filters: LOCATION_LIST_FILTERS,
			scope: [{ ...warehouse.idField, required: true }],
		},
		{
			value: 'getAllLocations',
			name: 'Get Many Locations',
			description:
				"List a warehouse's locations (bins, shelves, pallets), filtered by type or date. Needs the warehouse's Trackstar ID.",
			action: 'Get many locations of a warehouse',
			endpoint: recordEndpoint(warehouse, 'GET', '/locations'),
		},
	);
}

/** Get Location: `GET /wms/warehouses/{warehouse_id}/locations/{location_id}`. */
export function getLocationOperation(warehouse: RecordModel): ResourceOperation {
	return {
		value: 'getLocation',
		name: 'Get Location',
		description:
			"Get one location of a warehouse. Needs the warehouse's and the location's Trackstar IDs.",
		action: 'Get a location of a warehouse',
		properties: updateDisplayOptions({ show: { operation: ['getLocation'] } }, [
			{ ...warehouse.idField, required: true },
			{ ...LOCATION_ID_FIELD, required: true },
		]),
		endpoints: [recordEndpoint(warehouse, 'GET', '/locations/{location_id}')],
		identifiedBy: { parameter: LOCATION_ID_FIELD.name, field: 'id' },
		async execute(itemIndex) {
			const location = idSegment(this, itemIndex, LOCATION_ID_FIELD.name, 'Location', 'locations');
			const path = `${locationsPath(warehouse)(this, itemIndex)}/${location}`;
			const response = await trackstarApiRequest.call(this, { method: 'GET', path }, itemIndex);
			return [readRecord(this, response, itemIndex, 'location')];
		},
	};
}
