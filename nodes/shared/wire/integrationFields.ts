import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from './invalidValue';
import { parseJsonParameter } from './jsonParameter';
import { isEmpty, refuseRejectedValues } from './values';

export const INTEGRATION_FIELDS_LABEL = 'Integration-Specific Fields (JSON)';

/** Parses the JSON extras: an object of fields that a particular WMS adds to Trackstar's schema. */
export function parseIntegrationFields(value: unknown): IDataObject {
	if (isEmpty(value)) return {};
	const parsed = parseJsonParameter(
		value,
		INTEGRATION_FIELDS_LABEL,
		'{ "gift_message": "Happy birthday" }',
	);
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new InvalidValueError(
			INTEGRATION_FIELDS_LABEL,
			'must be a JSON object of field names and values',
		);
	}
	refuseRejectedValues(parsed, INTEGRATION_FIELDS_LABEL, 'Remove the field to leave it unchanged');
	return parsed as IDataObject;
}

/** Merges the WMS-only JSON into a body, refusing a field that is also set by its own field. */
export function withIntegrationFields(body: IDataObject, given: unknown): IDataObject {
	for (const [field, value] of Object.entries(parseIntegrationFields(given))) {
		if (field in body) {
			throw new InvalidValueError(
				INTEGRATION_FIELDS_LABEL,
				`"${field}" is also set by its own field`,
				'Set it in one place only',
			);
		}
		body[field] = value;
	}
	return body;
}
