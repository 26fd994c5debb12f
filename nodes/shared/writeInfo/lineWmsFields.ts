import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from '../wire/invalidValue';
import { typedWmsValues } from './wmsFieldValues';
import { WMS_LINE_FIELDS_PARAMETER } from './wmsFieldsModel';

/** A line field's option value: its name and the type the schema gives it. */
export function lineFieldOption(name: string, type: string): string {
	return `${name}:${type}`;
}

/**
 * Adds a row's WMS Line Fields to its line, each typed as its option says (a name typed by an
 * expression has no type: text). A field the row's own fields set too is refused.
 */
export function addRowWmsFields(line: IDataObject, row: Record<string, unknown>, label: string) {
	const entries = ((row[WMS_LINE_FIELDS_PARAMETER] as IDataObject | undefined)?.field ??
		[]) as Array<{ name?: string; value?: unknown }>;
	for (const { name, value } of entries) {
		const [field, type = 'string'] = String(name ?? '')
			.trim()
			.split(':');
		if (field === '') {
			throw new InvalidValueError(
				`${label} WMS Line Fields`,
				'a field has no name',
				'Pick a field',
			);
		}
		const typed = typedWmsValues({ [field]: value as IDataObject[string] }, { [field]: type });
		if (!(field in typed)) continue;
		if (field in line) {
			throw new InvalidValueError(
				label,
				`"${field}" is set by its own field and in WMS Line Fields`,
				`Set ${field} in one place only`,
			);
		}
		line[field] = typed[field];
	}
}
