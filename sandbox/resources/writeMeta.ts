/**
 * GET /wms/<resource>/meta?method=POST|PUT for the resources whose simulated WMS schema is a
 * table of fields: the same JSON Schema draft-07 shape as the order and product meta.
 */
import type { Reply, SandboxRequest } from '../http';
import { jsonReply } from '../http';
import type { MetaSchema, WriteMethod } from '../meta';
import { validationReply } from './common';

export type MetaProperties = MetaSchema['definitions'][string]['properties'];

export interface WriteSchemas {
	/** The definition's name per method, e.g. CreateReturn. */
	names: Record<WriteMethod, string>;
	properties: Record<WriteMethod, MetaProperties>;
	required: Record<WriteMethod, string[]>;
	/** Nested definitions ($ref targets). */
	definitions?: MetaSchema['definitions'];
}

export function metaSchemaOf(schemas: WriteSchemas, method: WriteMethod): MetaSchema {
	const name = schemas.names[method];
	return structuredClone({
		$schema: 'http://json-schema.org/draft-07/schema#',
		definitions: {
			[name]: {
				type: 'object',
				properties: schemas.properties[method],
				required: schemas.required[method],
			},
			...schemas.definitions,
		},
		$ref: `#/definitions/${name}`,
	});
}

export function writeMetaReply(schemas: WriteSchemas, request: SandboxRequest): Reply {
	const method = request.query.method;
	if (method !== 'POST' && method !== 'PUT') {
		const message =
			method === undefined ? 'Missing data for required field.' : 'Must be one of: POST, PUT.';
		return validationReply('query', { method: [message] });
	}
	return jsonReply(metaSchemaOf(schemas, method));
}
