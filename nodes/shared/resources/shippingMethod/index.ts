import { locatorField } from '../../fields/locators';
import { getOperation } from '../../operations/get';
import { getAllOperation } from '../../operations/getAll';
import { RECORD_DATE_FILTERS } from '../../wire/listFilters';
import type { RecordModel, TrackstarResource } from '../../model';

/** Trackstar's shipping methods (`/wms/shipping-methods`): the services a WMS ships with. */
export const SHIPPING_METHOD: RecordModel = {
	noun: 'shipping method',
	plural: 'shipping methods',
	path: '/wms/shipping-methods',
	pathParameter: 'shipping_method_id',
	idField: locatorField({
		displayName: 'Shipping Method',
		name: 'shippingMethodId',
		searchListMethod: 'searchShippingMethods',
		idPlaceholder: 'e.g. sm_ups_ground',
		description: 'The shipping method: search by name or carrier, or give its Trackstar ID',
	}),
	filters: {
		conditions: RECORD_DATE_FILTERS,
		ids: {
			label: 'Shipping Method IDs',
			noun: 'shipping method',
			placeholder: 'e.g. sm_ups_ground, sm_fedex_2day',
		},
	},
};

export const shippingMethodResource: TrackstarResource = {
	value: 'shippingMethod',
	displayName: 'Shipping Method',
	defaultOperation: 'getAll',
	operations: [
		getOperation(SHIPPING_METHOD, {
			description:
				'Get one shipping method (name, carrier, SCAC). Needs its Trackstar ID; search by name or carrier.',
			action: 'Get a shipping method',
		}),
		getAllOperation(SHIPPING_METHOD, {
			description:
				'List the shipping methods of the connected WMS, with their IDs, names and carriers',
			action: 'Get many shipping methods',
		}),
	],
};
