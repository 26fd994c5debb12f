import type { IDataObject, IHttpRequestMethods, IN8nHttpFullResponse } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { TRACKSTAR_CREDENTIAL, type TrackstarContext } from './context';
import { trackstarApiError, trackstarMalformedResponseError, trackstarNetworkError } from './errors';

export const DEFAULT_BASE_URL = 'https://production.trackstarhq.com';

export interface TrackstarRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, with every ID already percent-encoded (see `pathSegment`). */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	/** What to tell the user for a status, where this endpoint differs from the usual advice. */
	statusHints?: Record<number, string>;
}

/** Percent-encodes one path segment so an ID can never change the path it is put in. */
export function pathSegment(value: string, field: string, context: TrackstarContext, itemIndex: number) {
	const trimmed = value.trim();
	if (trimmed === '' || trimmed === '.' || trimmed === '..') {
		throw new NodeOperationError(
			context.getNode(),
			`${field} is ${trimmed === '' ? 'empty' : `"${trimmed}"`} [item ${itemIndex}]`,
			{ description: `Set ${field} to the Trackstar ID of the record, e.g. from a Get Many orders step: {{ $json.id }}`, itemIndex },
		);
	}
	return encodeURIComponent(trimmed);
}

export async function baseUrlOf(context: TrackstarContext, itemIndex: number): Promise<string> {
	const credentials = await context.getCredentials(TRACKSTAR_CREDENTIAL, itemIndex);
	const raw = String(credentials.baseUrl ?? '').trim() || DEFAULT_BASE_URL;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		url = new URL('invalid:');
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new NodeOperationError(context.getNode(), `The credential's Base URL "${raw}" is not an http(s) URL`, {
			description: `Use ${DEFAULT_BASE_URL}, or the address of your proxy or local sandbox`,
			itemIndex,
		});
	}
	return raw.replace(/\/+$/, '');
}

/** Where the request went, for messages: without any user:password a proxy URL might carry. */
function displayTarget(baseUrl: string): string {
	const url = new URL(baseUrl);
	url.username = '';
	url.password = '';
	return url.toString().replace(/\/+$/, '');
}

function headerValue(headers: IDataObject | undefined, name: string): string | undefined {
	const value = headers?.[name];
	return Array.isArray(value) ? String(value[0]) : typeof value === 'string' ? value : undefined;
}

/**
 * The one place that speaks HTTP to Trackstar: n8n's authenticated request helper with the
 * credential's headers, and every failure turned into a NodeApiError that carries no secret.
 */
export async function trackstarApiRequest(
	this: TrackstarContext,
	request: TrackstarRequest,
	itemIndex = 0,
): Promise<IDataObject> {
	const baseUrl = await baseUrlOf(this, itemIndex);
	let response: IN8nHttpFullResponse;
	try {
		response = (await this.helpers.httpRequestWithAuthentication.call(this, TRACKSTAR_CREDENTIAL, {
			method: request.method,
			baseURL: baseUrl,
			url: request.path,
			qs: request.qs,
			body: request.body,
			json: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as IN8nHttpFullResponse;
	} catch (error) {
		if (!(error instanceof NodeApiError)) {
			throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
		}
		const cause = (error.cause ?? {}) as { code?: string; message?: string };
		throw trackstarNetworkError(
			this.getNode(),
			cause.code,
			cause.message ?? error.message,
			displayTarget(baseUrl),
			itemIndex,
		);
	}

	const failure = {
		status: response.statusCode,
		requestId: headerValue(response.headers as IDataObject, 'x-request-id'),
		method: request.method,
		path: request.path,
	};
	if (response.statusCode < 200 || response.statusCode >= 300) {
		const retryAfter = headerValue(response.headers as IDataObject, 'retry-after');
		throw trackstarApiError(
			this.getNode(),
			{ ...failure, body: response.body, retryAfter, statusHint: request.statusHints?.[response.statusCode] },
			itemIndex,
		);
	}
	const body = response.body;
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw trackstarMalformedResponseError(this.getNode(), 'not a JSON object', failure, itemIndex);
	}
	return body as IDataObject;
}
