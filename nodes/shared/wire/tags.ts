import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from './invalidValue';
import { isEmpty, toText } from './values';

export interface TagRow {
	name?: string;
	value?: string;
}

/** Tags are plain strings, or single-pair objects when a value is given. */
export function toTags(
	rows: TagRow[] | undefined,
	label: string,
): Array<string | IDataObject> | undefined {
	const tags: Array<string | IDataObject> = [];
	for (const row of rows ?? []) {
		const name = toText(row.name, `${label} name`);
		if (name === undefined) {
			if (!isEmpty(row.value))
				throw new InvalidValueError(label, `the value "${row.value}" has no tag name`);
			continue;
		}
		const value = toText(row.value, `${label} "${name}" value`);
		tags.push(value === undefined ? name : { [name]: value });
	}
	return tags.length > 0 ? tags : undefined;
}

/** PUT /wms/orders/{order_id}/trackstar-tags replaces the list, so an empty one is refused. */
export function buildTrackstarTagsBody(rows: TagRow[] | undefined, noun = 'order'): IDataObject {
	const tags = toTags(rows, 'Trackstar Tags');
	if (tags === undefined) {
		throw new InvalidValueError(
			'Trackstar Tags',
			'no tag has a name',
			`Add at least one tag: the ${noun}'s Trackstar tags are replaced by the ones given`,
		);
	}
	return { trackstar_tags: tags };
}
