import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from './invalidValue';
import { parseJsonParameter } from './jsonParameter';
import { mergeFields } from './mergeFields';
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

/** Merges the WMS-only JSON into a body by mergeFields' rule: objects merge, a key set twice is refused. */
export function withIntegrationFields(body: IDataObject, given: unknown): IDataObject {
	return mergeFields(body, parseIntegrationFields(given), INTEGRATION_FIELDS_LABEL);
}
