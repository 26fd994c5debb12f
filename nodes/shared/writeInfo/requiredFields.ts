import type { IDataObject } from 'n8n-workflow';

import { isSchema } from '../wire/writableFields';

function isMissing(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		value === '' ||
		(Array.isArray(value) && value.length === 0)
	);
}

/**
 * The first required path the body lacks, as JSON Schema reads `required`: a top-level field
 * always, an object's part when the object is sent, a line's field on each line sent
 * (`line_items[].sku` → `line_items[2].sku`).
 */
export function firstMissing(body: IDataObject, required: readonly string[]): string | undefined {
	for (const path of required) {
		const missing = missingAt(body, path.split('.'), '');
		if (missing !== undefined) return missing;
	}
	return undefined;
}

function missingAt(value: IDataObject, parts: string[], prefix: string): string | undefined {
	const [head, ...rest] = parts;
	const isList = head.endsWith('[]');
	const name = isList ? head.slice(0, -2) : head;
	const at = `${prefix}${name}`;
	const here = value[name];
	if (rest.length === 0) return isMissing(here) ? at : undefined;
	if (isList) {
		if (!Array.isArray(here)) return undefined;
		for (const [index, line] of here.entries()) {
			if (!isSchema(line)) continue;
			const missing = missingAt(line, rest, `${at}[${index}].`);
			if (missing !== undefined) return missing;
		}
		return undefined;
	}
	return isSchema(here) ? missingAt(here, rest, `${at}.`) : undefined;
}
