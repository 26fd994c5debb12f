import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from '../../wire/invalidValue';
import { withIntegrationFields } from '../../wire/integrationFields';
import { toStockChange } from '../../wire/stockChange';
import { locatorValue, toText } from '../../wire/values';

export interface AdjustInput {
	adjustmentType: unknown;
	quantity: unknown;
	warehouseId: unknown;
	locationId?: unknown;
	integrationFields?: unknown;
}

/** The body of PUT /wms/inventory/{inventory_id}/adjust: what moves, by how much, where. */
export function buildInventoryAdjustBody(input: AdjustInput): IDataObject {
	const change = toStockChange(input.adjustmentType, input.quantity);
	const warehouseId = toText(locatorValue(input.warehouseId), 'Warehouse');
	if (warehouseId === undefined) {
		throw new InvalidValueError('Warehouse', 'is empty', 'Pick the warehouse whose stock changes');
	}
	const body: IDataObject = { ...change, warehouse_id: warehouseId };
	const locationId = toText(locatorValue(input.locationId), 'Location');
	if (locationId !== undefined) body.location_id = locationId;
	return withIntegrationFields(body, input.integrationFields);
}
