import type { IDataObject, ResourceMapperField } from 'n8n-workflow';

import { isSchema } from '../wire/writableFields';
import { INTEGRATION_ENTRY } from './mapperColumns';

/** What the WMS Fields hold for one item: the values filled in, and the schema the editor loaded. */
export interface SavedWmsFields {
	/** Each filled column by its ID (`warehouse_id`, `ship_to_address.phone_number`). */
	values: IDataObject;
	types: Record<string, string>;
	/** The schema the editor loaded, if it did: the integration and the paths the WMS requires. */
	schema?: { integration: string; required: string[] };
}

function entriesOf(value: IDataObject): ResourceMapperField[] {
	return Array.isArray(value.schema)
		? (value.schema.filter(
				(entry) => isSchema(entry) && typeof entry.id === 'string',
			) as unknown as ResourceMapperField[])
		: [];
}

/** Reads the WMS Fields' parameter value, as n8n's resource mapper saves it. */
export function readSavedWmsFields(value: unknown): SavedWmsFields {
	if (!isSchema(value)) return { values: {}, types: {} };
	const entries = entriesOf(value);
	const integration = entries.find((entry) => entry.id === INTEGRATION_ENTRY);
	const values: IDataObject = {};
	for (const [id, given] of Object.entries(isSchema(value.value) ? value.value : {})) {
		if (id === INTEGRATION_ENTRY || given === null || given === undefined || given === '') continue;
		values[id] = given;
	}
	const types = Object.fromEntries(entries.map((entry) => [entry.id, entry.type ?? 'string']));
	if (integration === undefined) return { values, types };
	const required = entries
		.filter(
			(entry) => entry.id !== INTEGRATION_ENTRY && (entry.required || entry.display === false),
		)
		.map((entry) => entry.id);
	return { values, types, schema: { integration: integration.displayName, required } };
}
