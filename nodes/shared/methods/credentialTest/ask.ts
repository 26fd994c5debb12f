import type { ICredentialTestFunctions, IDataObject } from 'n8n-workflow';

import { redactSecrets } from '../../transport/redact';

const ANSWER_TIMEOUT_SECONDS = 15;

/** What came back from one request: nothing, a JSON body, or something else. */
export type Answer =
	| { kind: 'nothing'; reason: string }
	| { kind: 'json'; status: number; body: unknown }
	| { kind: 'notJson'; status: number; html: boolean };

interface Question {
	method: 'GET' | 'PATCH';
	url: string;
	headers: IDataObject;
	body?: string;
}

/** Why nothing answered, in words, from the code of the failure (Node's or axios's). */
function nothingReason(error: unknown, secrets: readonly string[]): string {
	const failure = (error ?? {}) as {
		code?: unknown;
		message?: unknown;
		cause?: { code?: unknown };
	};
	const code = String(failure.code ?? failure.cause?.code ?? '');
	if (code === 'ECONNREFUSED') return 'the connection was refused';
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'its host name does not resolve';
	if (
		['ETIMEDOUT', 'ECONNABORTED', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT'].includes(
			code,
		)
	)
		return `it did not answer within ${ANSWER_TIMEOUT_SECONDS} seconds`;
	if (['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'].includes(code))
		return 'the connection was closed without an answer';
	if (/CERT|SSL|TLS/.test(code)) return `its TLS certificate was not accepted (${code})`;
	const message = typeof failure.message === 'string' ? failure.message : '';
	return `the request failed (${String(redactSecrets(message || code || 'no reason given', secrets))})`;
}

function bodyText(body: unknown): string {
	if (body === undefined || body === null) return '';
	if (typeof body === 'string') return body;
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	return JSON.stringify(body);
}

/**
 * One request through `helpers.request`, the only HTTP helper n8n gives a credential test. Every
 * status resolves (`simple: false`); the body is read raw, so a page that is not JSON shows as such.
 */
export async function ask(
	context: ICredentialTestFunctions,
	question: Question,
	secrets: readonly string[],
): Promise<Answer> {
	let response: { statusCode: number; headers?: IDataObject; body?: unknown };
	try {
		response = await context.helpers.request({
			method: question.method,
			uri: question.url,
			headers:
				question.body === undefined
					? question.headers
					: { ...question.headers, 'content-type': 'application/json' },
			body: question.body,
			timeout: ANSWER_TIMEOUT_SECONDS * 1000,
			simple: false,
			resolveWithFullResponse: true,
		});
	} catch (error) {
		return { kind: 'nothing', reason: nothingReason(error, secrets) };
	}
	const text = bodyText(response.body);
	try {
		return { kind: 'json', status: response.statusCode, body: JSON.parse(text) as unknown };
	} catch {
		const contentType = String(response.headers?.['content-type'] ?? '');
		const html = contentType.includes('html') || /^\s*</.test(text);
		return { kind: 'notJson', status: response.statusCode, html };
	}
}
