import type { IDataObject } from 'n8n-workflow';

import { describeWritableFields, isSchema, type WritableFields } from '../wire/writableFields';

/** One write of Trackstar's API, as its OpenAPI document names it: `PUT /wms/orders/{order_id}`. */
export interface WriteTarget {
	method: 'POST' | 'PUT';
	path: string;
}

/** A path with its parameters' names left out, so `{order_id}` and `{id}` match. */
const template = (path: string) => path.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '');

/** The body schema write-info gives for one write, or undefined when the integration lacks that write. */
export function writeBodySchema(
	document: IDataObject,
	write: WriteTarget,
): IDataObject | undefined {
	const paths = isSchema(document.paths) ? document.paths : {};
	const wanted = template(write.path);
	const entry = Object.entries(paths).find(([path]) => template(path) === wanted)?.[1];
	const operation = isSchema(entry) ? entry[write.method.toLowerCase()] : undefined;
	if (!isSchema(operation)) return undefined;
	const body = isSchema(operation.requestBody) ? operation.requestBody : {};
	const content = isSchema(body.content) ? body.content : {};
	const json = content['application/json'];
	return isSchema(json) && isSchema(json.schema) ? json.schema : undefined;
}

/** The fields one write takes, per write-info; undefined when the integration lacks the write. */
export function writeFieldsOf(
	document: IDataObject,
	write: WriteTarget,
	baseFields: readonly string[],
): WritableFields | undefined {
	const schema = writeBodySchema(document, write);
	return schema === undefined ? undefined : describeWritableFields(schema, document, baseFields);
}

export function describeWrite(write: WriteTarget): string {
	return `${write.method} ${write.path}`;
}
