import type { IDataObject, INodeProperties, JsonObject } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ResourceOperation } from '../model';
import { nodeApiError } from '../transport/errors';
import { credentialSecrets, redactSecrets } from '../transport/redact';
import { TRACKSTAR_CREDENTIAL } from '../transport/context';
import { trackstarApiRequest } from '../transport/request';
import { buildPassthroughBody, PASSTHROUGH_METHODS } from '../wire/passthroughBody';

const nameValueRows = (
	displayName: string,
	name: string,
	placeholder: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder,
	default: {},
	options: [
		{
			displayName: 'Parameter',
			name: 'parameter',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{ displayName: 'Value', name: 'value', type: 'string', default: '' },
			],
		},
	],
});

/** What the vendor answered, in a sentence, from its body as it came. */
function vendorMessage(body: unknown): string {
	if (typeof body === 'string') return body.trim().slice(0, 300) || 'no message';
	const fields = (typeof body === 'object' && body !== null ? body : {}) as IDataObject;
	const errors = Array.isArray(fields.errors)
		? (fields.errors[0] as IDataObject | undefined)
		: undefined;
	const text = [fields.message, fields.error, errors?.message].find(
		(value): value is string => typeof value === 'string' && value.trim() !== '',
	);
	return text ?? JSON.stringify(body ?? null).slice(0, 300);
}

/**
 * Passthrough: `POST /<type>/passthrough`, a request to the connected system's own API with the
 * credentials Trackstar keeps. It answers the vendor's status, headers and body. Sent once: the
 * node cannot know whether the vendor's endpoint is safe to call twice.
 */
export function passthroughOperation(
	apiPrefix: '/wms' | '/cart',
	system: string,
): ResourceOperation {
	const path = `${apiPrefix}/passthrough`;
	const properties: INodeProperties[] = [
		{
			displayName: 'Method',
			name: 'passthroughMethod',
			type: 'options',
			options: PASSTHROUGH_METHODS.map((method) => ({ name: method, value: method })),
			default: 'GET',
			description: `The HTTP method of the ${system}'s endpoint`,
		},
		{
			displayName: 'Path',
			name: 'passthroughPath',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. /graphql',
			description: `The path on the ${system}'s own API, not Trackstar's (see the ${system}'s API docs)`,
		},
		nameValueRows('Query Parameters', 'passthroughQuery', 'Add Query Parameter'),
		nameValueRows('Headers', 'passthroughHeaders', 'Add Header'),
		{
			displayName: 'Body (JSON)',
			name: 'passthroughBody',
			type: 'json',
			default: '',
			description: `Sent to the ${system} as the request body (Trackstar's data), e.g. a GraphQL query`,
			displayOptions: { show: { passthroughMethod: ['POST', 'PUT', 'PATCH'] } },
		},
		{
			displayName: 'Options',
			name: 'passthroughOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: `Return ${system} Errors as Data`,
					name: 'vendorErrorsAsData',
					type: 'boolean',
					default: false,
					description: `Whether a ${system} answer of 400 or more comes out as this item's output (status_code, headers, body) instead of failing it`,
				},
			],
		},
	];
	return {
		value: 'passthrough',
		name: 'Passthrough Request',
		description: `Send a request to the connected ${system}'s own API through Trackstar, which adds the ${system}'s credentials; returns its status_code, headers and body. For data Trackstar does not unify. Not every ${system} supports it.`,
		action: `Send a passthrough request to the ${system}`,
		properties: updateDisplayOptions({ show: { operation: ['passthrough'] } }, properties),
		endpoints: [
			{
				method: 'POST',
				path,
				note: "Not in the OpenAPI document; Trackstar's docs: how-to-guides/passthrough-requests.mdx",
			},
		],
		identifiedBy: { parameter: 'passthroughPath', field: 'path' },
		async execute(itemIndex) {
			const rows = (name: string) =>
				((this.getNodeParameter(name, itemIndex, {}) as IDataObject).parameter ?? []) as Array<{
					name?: unknown;
					value?: unknown;
				}>;
			const method = this.getNodeParameter('passthroughMethod', itemIndex, 'GET');
			const body = buildPassthroughBody({
				method,
				path: this.getNodeParameter('passthroughPath', itemIndex, ''),
				query: rows('passthroughQuery'),
				headers: rows('passthroughHeaders'),
				body: ['POST', 'PUT', 'PATCH'].includes(String(method))
					? this.getNodeParameter('passthroughBody', itemIndex, '')
					: undefined,
			});
			const options = this.getNodeParameter('passthroughOptions', itemIndex, {}) as IDataObject;
			const answer = await trackstarApiRequest.call(
				this,
				{
					method: 'POST',
					path,
					body,
					idempotent: false,
					maxRetries: 0,
					appliedCheck: `whether the ${system} acted on ${String(body.method)} ${String(body.path)}`,
				},
				itemIndex,
			);
			const status = Number(answer.status_code);
			if (status >= 400 && options.vendorErrorsAsData !== true) {
				const secrets = credentialSecrets(
					await this.getCredentials(TRACKSTAR_CREDENTIAL, itemIndex),
				);
				const vendorBody = redactSecrets(answer.body, secrets);
				throw nodeApiError(this.getNode(), { body: vendorBody } as JsonObject, {
					message: `The ${system} answered ${status} to ${String(body.method)} ${String(body.path)}: ${vendorMessage(vendorBody)}`,
					description: `Trackstar passed the request on; the ${system}'s own API refused it. Turn on Options → Return ${system} Errors as Data to get its answer as output instead.`,
					httpCode: String(status),
					itemIndex,
				});
			}
			return [answer];
		},
	};
}
