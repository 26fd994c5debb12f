import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from './invalidValue';
import { toNumber, toText } from './values';

export const ADJUSTMENT_TYPES = ['increase', 'decrease'] as const;

/** `adjustment_type` and `quantity` of an inventory adjustment, refused when either cannot be sent. */
export function toStockChange(adjustmentType: unknown, quantity: unknown): IDataObject {
	const type = toText(adjustmentType, 'Adjustment Type');
	if (!(ADJUSTMENT_TYPES as readonly unknown[]).includes(type)) {
		throw new InvalidValueError(
			'Adjustment Type',
			`"${String(adjustmentType ?? '')}" is not increase or decrease`,
			'Choose Increase or Decrease',
		);
	}
	const units = toNumber(quantity, 'Quantity', { integer: true, min: 1 });
	if (units === undefined) {
		throw new InvalidValueError(
			'Quantity',
			'is empty',
			'Give how many units to add or remove, e.g. 5',
		);
	}
	return { adjustment_type: type, quantity: units };
}
