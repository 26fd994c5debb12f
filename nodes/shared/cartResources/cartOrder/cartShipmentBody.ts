import type { IDataObject } from 'n8n-workflow';

import { toTrackstarDate } from '../../wire/dates';
import { InvalidValueError } from '../../wire/invalidValue';
import { withIntegrationFields } from '../../wire/integrationFields';
import { toNumber, toText } from '../../wire/values';

/** What Create Shipment reads from the panel for one item. */
export interface CartShipmentInput {
	trackingNumber: unknown;
	/** Additional Fields: carrierName, carrierId, trackingUrl, requestedShippingMethod, shippedDate, shippingCost, integrationFields. */
	additional: IDataObject;
}

/** The body of POST /cart/orders/{order_id}/shipments: the tracking number, and what the store takes beside it. */
export function buildCartShipmentBody(input: CartShipmentInput, timeZone: string): IDataObject {
	const trackingNumber = toText(input.trackingNumber, 'Tracking Number');
	if (trackingNumber === undefined) {
		throw new InvalidValueError(
			'Tracking Number',
			'is empty',
			"Give the shipment's tracking number, e.g. 1Z999AA10123456784",
		);
	}
	const { additional } = input;
	const body: IDataObject = { tracking_number: trackingNumber };
	const texts: Array<[string, string, string]> = [
		['carrierName', 'carrier_name', 'Carrier Name'],
		['carrierId', 'carrier_id', 'Carrier ID'],
		['trackingUrl', 'tracking_url', 'Tracking URL'],
		['requestedShippingMethod', 'requested_shipping_method', 'Requested Shipping Method'],
	];
	for (const [parameter, field, label] of texts) {
		const value = toText(additional[parameter], label);
		if (value !== undefined) body[field] = value;
	}
	const shippedDate = toTrackstarDate(additional.shippedDate, 'Shipped Date', timeZone);
	if (shippedDate !== undefined) body.shipped_date = shippedDate;
	const shippingCost = toNumber(additional.shippingCost, 'Shipping Cost', { min: 0 });
	if (shippingCost !== undefined) body.shipping_cost = shippingCost;
	return withIntegrationFields(body, additional.integrationFields);
}
