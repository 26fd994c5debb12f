import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from './invalidValue';
import { parseJsonParameter } from './jsonParameter';
import { refuseRejectedValues } from './values';

/**
 * A JSON parameter that holds a list of objects (typed, or mapped from the input by an
 * expression), each checked for values Trackstar rejects; the label of each entry ("… item 2")
 * comes with it. Empty text or an empty list is undefined.
 */
export function jsonListOfObjects(
	value: unknown,
	label: string,
	example: string,
	/** What the list holds, e.g. "line items". */
	plural: string,
): Array<{ entry: IDataObject; label: string }> | undefined {
	const parsed = parseJsonParameter(value, label, example);
	if (parsed === undefined || parsed === null) return undefined;
	if (!Array.isArray(parsed)) {
		throw new InvalidValueError(label, `must be a JSON list of ${plural}`, `Write ${example}`);
	}
	const entries = parsed.map((entry: unknown, index) => {
		const entryLabel = `${label} item ${index + 1}`;
		if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
			throw new InvalidValueError(entryLabel, 'is not an object', `Write ${example}`);
		}
		refuseRejectedValues(entry, entryLabel, 'Leave the field out instead');
		return { entry: { ...(entry as IDataObject) }, label: entryLabel };
	});
	return entries.length > 0 ? entries : undefined;
}
