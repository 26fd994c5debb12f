import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from '../wire/invalidValue';
import { parseJsonParameter } from '../wire/jsonParameter';
import { refuseRejectedValues, toNumber, toText } from '../wire/values';
import { WMS_FIELDS_LABEL } from './wmsFieldsModel';

function typed(id: string, value: unknown, type: string): unknown {
	const label = `${WMS_FIELDS_LABEL} ${id}`;
	switch (type) {
		case 'number':
			return toNumber(value, label);
		case 'boolean':
			if (typeof value === 'boolean') return value;
			if (value === 'true' || value === 'false') return value === 'true';
			throw new InvalidValueError(label, `"${String(value)}" is not true or false`);
		case 'array':
		case 'object': {
			const parsed = parseJsonParameter(
				value,
				label,
				type === 'array' ? '["a", "b"]' : '{ "a": 1 }',
			);
			const isArray = Array.isArray(parsed);
			if ((type === 'array') !== isArray || typeof parsed !== 'object' || parsed === null) {
				throw new InvalidValueError(
					label,
					`must be a JSON ${type === 'array' ? 'list' : 'object'}`,
				);
			}
			refuseRejectedValues(parsed, label, 'Remove the empty part');
			return parsed;
		}
		case 'options':
			return typeof value === 'number' ? value : toText(value, label);
		default:
			return typeof value === 'number' || typeof value === 'boolean' ? value : toText(value, label);
	}
}

/** The filled WMS Fields as values of the types their schema gives, empty ones left out. */
export function typedWmsValues(values: IDataObject, types: Record<string, string>): IDataObject {
	const result: IDataObject = {};
	for (const [id, value] of Object.entries(values)) {
		const converted = typed(id, value, types[id] ?? 'string');
		if (converted !== undefined) result[id] = converted as IDataObject[string];
	}
	return result;
}
