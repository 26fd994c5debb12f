import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from './invalidValue';
import { isSchema } from './writableFields';

/** `{ "ship_to_address.phone_number": "…" }` as `{ ship_to_address: { phone_number: "…" } }`. */
export function unflatten(values: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [path, value] of Object.entries(values)) {
		const parts = path.split('.');
		let target = result;
		for (const part of parts.slice(0, -1)) {
			if (!isSchema(target[part])) target[part] = {};
			target = target[part] as IDataObject;
		}
		target[parts[parts.length - 1]] = value;
	}
	return result;
}

/**
 * Adds `extra` (the JSON box's fields, the WMS Fields) to a body: an object in both is merged
 * key by key, so `{"ship_to_address": {"phone_number": "…"}}` adds the phone to the address the
 * Ship To Address fields set. A key set in both places is refused, naming it: which of the two
 * values the user meant is not for the node to guess.
 */
export function mergeFields(
	body: IDataObject,
	extra: IDataObject,
	label: string,
	path = '',
): IDataObject {
	for (const [key, value] of Object.entries(extra)) {
		const at = `${path}${key}`;
		const existing = body[key];
		if (existing === undefined) {
			body[key] = value;
		} else if (isSchema(existing) && isSchema(value)) {
			mergeFields(existing, value, label, `${at}.`);
		} else {
			throw new InvalidValueError(
				label,
				`"${at}" is set here and also by another field of the node`,
				`Set ${at} in one place only`,
			);
		}
	}
	return body;
}
