import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from '../../wire/invalidValue';
import { withIntegrationFields } from '../../wire/integrationFields';
import { locatorValue, toNumber, toText } from '../../wire/values';

export const ADJUSTMENT_TYPES = ['increase', 'decrease'] as const;

export interface AdjustInput {
	adjustmentType: unknown;
	quantity: unknown;
	warehouseId: unknown;
	locationId?: unknown;
	integrationFields?: unknown;
}

/** The body of PUT /wms/inventory/{inventory_id}/adjust: what moves, by how much, where. */
export function buildInventoryAdjustBody(input: AdjustInput): IDataObject {
	const adjustmentType = toText(input.adjustmentType, 'Adjustment Type');
	if (!(ADJUSTMENT_TYPES as readonly unknown[]).includes(adjustmentType)) {
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
	const warehouseId = toText(locatorValue(input.warehouseId), 'Warehouse');
	if (warehouseId === undefined) {
		throw new InvalidValueError('Warehouse', 'is empty', 'Pick the warehouse whose stock changes');
	}
	const body: IDataObject = {
		adjustment_type: adjustmentType,
		quantity,
		warehouse_id: warehouseId,
	};
	const locationId = toText(locatorValue(input.locationId), 'Location');
	if (locationId !== undefined) body.location_id = locationId;
	return withIntegrationFields(body, input.integrationFields);
}
