import type { WriteTarget } from './writeSchema';

/** What the WMS Fields of one write operation need: the write, and what the node's own fields already set. */
export interface WmsFieldsModel {
	write: WriteTarget;
	/**
	 * The body fields the operation's own fields set, each with where the panel has it
	 * ('Reference ID', 'Ship To Address > Phone'): top-level names, and `object.field` for the
	 * parts of an object whose other parts the WMS Fields may add (ship_to_address's).
	 */
	ownFields: Readonly<Record<string, string>>;
	/** The write's lines, whose rows take the WMS's line fields: the body field and the row's own fields. */
	lines?: { field: string; own: readonly string[] };
}

/** The parameter the WMS Fields are saved under. */
export const WMS_FIELDS_PARAMETER = 'wmsFields';
export const WMS_FIELDS_LABEL = 'WMS Fields';

/** The line rows' WMS fields, a list per row of a name (`unit_cost:number`: field and type) and a value. */
export const WMS_LINE_FIELDS_PARAMETER = 'wmsLineFields';
export const WMS_LINE_FIELDS_METHOD = 'getWmsLineFields';

/** The WMS Fields of the write an operation's endpoint is. */
export function wmsFieldsOf(
	endpoint: { method: string; path: string },
	ownFields: WmsFieldsModel['ownFields'],
	lines?: WmsFieldsModel['lines'],
): WmsFieldsModel {
	if (endpoint.method !== 'POST' && endpoint.method !== 'PUT') {
		throw new Error(`${endpoint.method} ${endpoint.path} is not a write with WMS fields`);
	}
	return {
		write: { method: endpoint.method, path: endpoint.path },
		ownFields,
		...(lines ? { lines } : {}),
	};
}
