import type { IDataObject } from 'n8n-workflow';

import { withIntegrationFields } from '../../wire/integrationFields';
import { toStockChange } from '../../wire/stockChange';
import { locatorValue, toText } from '../../wire/values';

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
	const body = toStockChange(input.adjustmentType, input.quantity);
	const warehouseId = toText(locatorValue(input.additional.warehouseId), 'Warehouse');
	if (warehouseId !== undefined) body.warehouse_id = warehouseId;
	const reason = toText(input.additional.reason, 'Reason');
	if (reason !== undefined) body.reason = reason;
	return withIntegrationFields(body, input.additional.integrationFields);
}
