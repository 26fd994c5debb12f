import type { IDataObject } from 'n8n-workflow';

import { InvalidValueError } from './invalidValue';
import { parseJsonParameter } from './jsonParameter';

export const PASSTHROUGH_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const WITH_BODY = ['POST', 'PUT', 'PATCH'];

type Row = { name?: unknown; value?: unknown };

export interface PassthroughInput {
	method: unknown;
	path: unknown;
	query?: Row[];
	headers?: Row[];
	body?: unknown;
}

/** Name-value rows as an object; a row without a name, or a name given twice, is refused. */
function rowsToObject(rows: Row[] | undefined, label: string): IDataObject | undefined {
	if (!rows || rows.length === 0) return undefined;
	const result: IDataObject = {};
	rows.forEach((row, index) => {
		const name = String(row.name ?? '').trim();
		if (name === '') throw new InvalidValueError(`${label} ${index + 1}`, 'has no name');
		if (name in result) {
			throw new InvalidValueError(label, `"${name}" is given twice`, 'Give each name once');
		}
		result[name] = String(row.value ?? '');
	});
	return result;
}

/**
 * The body of `POST /<type>/passthrough` (Trackstar's passthrough guide): the vendor's method and
 * path, its query as `params`, extra headers and, for POST, PUT and PATCH, the JSON body as
 * `data`. Refused before any request when it cannot reach the vendor as the user meant.
 */
export function buildPassthroughBody(input: PassthroughInput): IDataObject {
	const method = String(input.method ?? '').toUpperCase();
	if (!(PASSTHROUGH_METHODS as readonly string[]).includes(method)) {
		throw new InvalidValueError(
			'Method',
			`"${method}" is not one Trackstar passes through`,
			`Use ${PASSTHROUGH_METHODS.join(', ')}`,
		);
	}
	const path = String(input.path ?? '').trim();
	if (!path.startsWith('/')) {
		throw new InvalidValueError(
			'Path',
			path === '' ? 'is empty' : `"${path}" does not start with /`,
			"Give the path on the vendor's own API, e.g. /graphql or /api/v1/orders",
		);
	}
	const body: IDataObject = { method, path };
	const params = rowsToObject(input.query, 'Query Parameter');
	if (params) body.params = params;
	const headers = rowsToObject(input.headers, 'Header');
	if (headers) body.headers = headers;
	const data = parseJsonParameter(input.body, 'Body (JSON)', '{ "query": "{ products { id } }" }');
	if (data !== undefined && !WITH_BODY.includes(method)) {
		throw new InvalidValueError(
			'Body (JSON)',
			`is set, but a ${method} sends no body`,
			'Use POST, PUT or PATCH, or empty the body',
		);
	}
	if (data !== undefined) {
		if (typeof data !== 'object' || data === null || Array.isArray(data)) {
			throw new InvalidValueError(
				'Body (JSON)',
				'must be a JSON object',
				'Trackstar sends it to the vendor as data',
			);
		}
		body.data = data as IDataObject;
	}
	return body;
}
