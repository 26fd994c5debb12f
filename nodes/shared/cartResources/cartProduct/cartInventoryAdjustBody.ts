import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from '../../wire/invalidValue';
import { withIntegrationFields } from '../../wire/integrationFields';
import { locatorValue, toNumber, toText } from '../../wire/values';

export const CART_ADJUSTMENT_TYPES = ['increase', 'decrease'] as const;

export interface CartAdjustInput {
	adjustmentType: unknown;
	quantity: unknown;
	/** Additional Fields: warehouseId, reason, integrationFields. */
	additional: IDataObject;
}

/**
 * The body of PUT /cart/products/{product_id}/adjust-inventory. The warehouse is optional: Etsy,
 * Faire, Walmart and WooCommerce keep one stock per product; Shopify and BigCommerce need it.
 */
export function buildCartInventoryAdjustBody(input: CartAdjustInput): IDataObject {
	const adjustmentType = toText(input.adjustmentType, 'Adjustment Type');
	if (!(CART_ADJUSTMENT_TYPES as readonly unknown[]).includes(adjustmentType)) {
		throw new InvalidValueError(
			'Adjustment Type',
			`"${String(input.adjustmentType ?? '')}" is not increase or decrease`,
			'Choose Increase or Decrease',
		);
	}
	const quantity = toNumber(input.quantity, 'Quantity', { integer: true, min: 1 });
	if (quantity === undefined) {
		throw new InvalidValueError(
			'Quantity',
			'is empty',
			'Give how many units to add or remove, e.g. 5',
		);
	}
	const body: IDataObject = { adjustment_type: adjustmentType, quantity };
	const warehouseId = toText(locatorValue(input.additional.warehouseId), 'Warehouse');
	if (warehouseId !== undefined) body.warehouse_id = warehouseId;
	const reason = toText(input.additional.reason, 'Reason');
	if (reason !== undefined) body.reason = reason;
	return withIntegrationFields(body, input.additional.integrationFields);
}
