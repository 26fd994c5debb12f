import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { needsAccessToken } from './accessToken';
import { connectedSystem, trackstarOrSystem } from './connectedSystem';

/**
 * What to do about each status, in Trackstar's terms (docs: "About the API"), for a request to
 * `path`: its words name the system behind Trackstar the path reaches (the WMS, the store…), and
 * none for Trackstar's own endpoints.
 */
function statusHints(path: string): Record<number, string> {
	const system = connectedSystem(path);
	const either = trackstarOrSystem(path);
	const keyOnly = !needsAccessToken({ method: 'GET', path });
	return {
		400: 'Trackstar could not read the request. Check the values sent.',
		401: keyOnly
			? 'The API key was refused. Check it in the Trackstar API credential.'
			: `The API key or access token was refused. Check both in the Trackstar API credential; the access token belongs to one connection${system === undefined ? '' : ` and reads only its type's API: this call needs a ${system} connection's token`}.`,
		403: "This endpoint is disabled for this organization or connection: enable it in Trackstar's dashboard, or ask your Trackstar admin. Running it again changes nothing until then.",
		404: keyOnly
			? 'Trackstar has no such record in your organization. Check the ID.'
			: 'Trackstar has no such record for this connection. Check the ID, and that the credential uses the connection the record belongs to.',
		409: `The record changed${system ? ` in the ${system}` : ''} while Trackstar handled the request. Try again.`,
		422: `${either} refused the request as it stands. Fix what the message says and run again.`,
		429: "Trackstar's rate limit was reached (10 reads or 50 writes per second per access token). Wait a moment and run again.",
		501: system
			? `The connected ${system} does not support this operation: its Trackstar integration does not implement it, so running it again changes nothing. Connection → Get${system === 'WMS' ? '' : ' (Trackstar node)'} names the ${system} (integration_name) and lists the writes it supports (available_actions).`
			: 'Trackstar does not implement this operation here, so running it again changes nothing.',
		500: 'Trackstar failed to handle the request. Try again later.',
		502: `${system ? `The ${system} behind Trackstar` : 'Trackstar'} did not answer properly. Try again later.`,
		503: 'Trackstar is unavailable. Try again later.',
		504: `${either} timed out. Try again later.`,
	};
}

/** What to look at before running a write again that may have been applied. */
export function checkBeforeRunningAgain(appliedCheck: string | undefined, path: string): string {
	const where = trackstarOrSystem(path);
	return appliedCheck
		? `Look for ${appliedCheck} in ${where} before running this item again.`
		: `Check the record in ${where} before running this item again.`;
}

/** A 400 to a write sent with an Idempotency-Key, where Trackstar says the key was used before. */
export const KEY_REUSED_HINT =
	'Trackstar refused the Idempotency-Key: it was already used within the last 24 hours for another request (another endpoint or body). Nothing was written by this request. If you set the key under Request Options, give each distinct write its own key.';

/** Whether an error answer is about the Idempotency-Key (Trackstar's words name it). */
export function mentionsIdempotency(body: unknown): boolean {
	return /idempoten/i.test(typeof body === 'string' ? body : JSON.stringify(body ?? ''));
}

/**
 * A write answered 5xx may have been applied all the same, and Trackstar released its
 * Idempotency-Key (the attempt failed), so running it again could write twice: never "try again".
 */
export function writeFailedHint(appliedCheck: string | undefined, path: string): string {
	return `${trackstarOrSystem(path)} failed while handling this write, and it may have been applied all the same. ${checkBeforeRunningAgain(appliedCheck, path)} Running it again could write twice.`;
}

/** A keyed write still answered 409 when the retries ran out: its first attempt is still running. */
export function stillRunningHint(appliedCheck: string | undefined, path: string): string {
	return `Trackstar was still handling the first attempt of this write (same Idempotency-Key) when the retries ran out, and it may yet be applied. ${checkBeforeRunningAgain(appliedCheck, path)}`;
}

/** A 422 that names fields asks for a value to be fixed; one that does not refuses the action. */
const FIELD_REJECTED_HINT = 'Trackstar rejected a value. Fix the field named below and run again.';

function statusHint(status: number, namesFields: boolean, path: string): string {
	if (status === 422 && namesFields) return FIELD_REJECTED_HINT;
	const hints = statusHints(path);
	return hints[status] ?? (status >= 500 ? hints[500] : hints[400]);
}

/** Flattens 422's `detail: {<location>: {<field>: [messages]}}` into "field: message" lines. */
function describeValidationDetail(detail: unknown): string[] {
	if (typeof detail !== 'object' || detail === null) return [];
	const lines: string[] = [];
	for (const [location, fields] of Object.entries(detail as IDataObject)) {
		if (typeof fields !== 'object' || fields === null) {
			lines.push(`${location}: ${String(fields)}`);
			continue;
		}
		for (const [field, messages] of Object.entries(fields as IDataObject)) {
			const text = Array.isArray(messages) ? messages.join('; ') : JSON.stringify(messages);
			lines.push(`${location} ${field}: ${text}`);
		}
	}
	return lines;
}

export interface TrackstarFailure {
	status: number;
	body: unknown;
	requestId?: string;
	method: string;
	path: string;
	/** The retry-after header (seconds), when Trackstar sent one. */
	retryAfter?: string;
	/** Replaces the usual advice for this status. */
	statusHint?: string;
	/** What the retries did (see retryNotes.ts), added to the description. */
	retryNote?: string;
}

type ApiErrorOptions = NonNullable<ConstructorParameters<typeof NodeApiError>[2]> & {
	message: string;
};

/**
 * A NodeApiError that keeps the message given. n8n swaps any message mentioning a network code
 * (a WMS's "connect ETIMEDOUT while saving", "getaddrinfo failed") for a generic sentence, which
 * would lose the status, Trackstar's words and the item.
 */
export function nodeApiError(
	node: INode,
	response: JsonObject,
	options: ApiErrorOptions,
): NodeApiError {
	const error = new NodeApiError(node, response, options);
	error.message = options.message;
	return error;
}

/** A failure shared by several items (one answer serving them all), told for one of them. */
export function sameFailureForItem(node: INode, error: unknown, itemIndex: number): unknown {
	if (!(error instanceof NodeApiError) || error.context.itemIndex === itemIndex) return error;
	return nodeApiError(
		node,
		{ ...(error.errorResponse ?? {}) },
		{
			message: error.message,
			description: error.description ?? undefined,
			httpCode: error.httpCode ?? undefined,
			itemIndex,
		},
	);
}

/** A Trackstar error answer as a NodeApiError: status, Trackstar's message and origin, request ID. */
export function trackstarApiError(
	node: INode,
	failure: TrackstarFailure,
	itemIndex?: number,
): NodeApiError {
	const body =
		typeof failure.body === 'object' && failure.body !== null ? (failure.body as IDataObject) : {};
	// Trackstar says `error`; a gateway or proxy in front of it may say `message`.
	const trackstarMessage =
		[body.error, body.message].find(
			(text): text is string => typeof text === 'string' && text.trim() !== '',
		) ??
		(typeof failure.body === 'string' && failure.body.trim()
			? failure.body.trim().slice(0, 300)
			: 'no error message');
	const origin = typeof body.origin === 'string' ? body.origin : undefined;

	const fieldProblems = describeValidationDetail(body.detail);
	const description = [
		failure.statusHint ?? statusHint(failure.status, fieldProblems.length > 0, failure.path),
		failure.retryAfter
			? `Trackstar asks to wait ${failure.retryAfter} seconds before the next call.`
			: undefined,
		failure.retryNote,
		...fieldProblems,
		origin === 'integration'
			? `Origin: integration (the message comes from the ${connectedSystem(failure.path) ?? 'integration'} behind Trackstar).`
			: origin
				? `Origin: ${origin}.`
				: undefined,
		`Request: ${failure.method} ${failure.path}`,
		failure.requestId
			? `X-Request-Id: ${failure.requestId} (quote it to Trackstar support)`
			: undefined,
	]
		.filter(Boolean)
		.join('\n');

	const response: JsonObject = {
		status: failure.status,
		error: trackstarMessage,
		origin: origin ?? null,
		requestId: failure.requestId ?? null,
		detail: (body.detail as JsonObject | undefined) ?? null,
	};
	return nodeApiError(node, response, {
		message: `Trackstar answered ${failure.status}: ${trackstarMessage}`,
		description,
		httpCode: String(failure.status),
		itemIndex,
	});
}

// What each network code means, in words a user reads without looking the code up.
const NETWORK_FAILURES: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ECONNRESET: 'the connection was reset',
	ETIMEDOUT: 'the request timed out',
	ECONNABORTED: 'the request timed out',
	ENOTFOUND: 'the host name was not found',
	EAI_AGAIN: 'the host name could not be resolved',
};

export const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ECONNABORTED', 'ESOCKETTIMEDOUT']);

export interface NetworkFailure {
	code?: string;
	reason: string;
	/** Where the request went, without credentials in the URL. */
	target: string;
	/** The attempt's time limit, for the message when it ran out. */
	timeoutMs?: number;
	retryNote?: string;
	/** The request's path, whose system behind Trackstar the message names. */
	path: string;
}

/**
 * The code and words of a request that got no answer, from the error n8n's request helper threw
 * for it; undefined for any other error. Read by its name and cause, not `instanceof`: where the
 * package has a copy of n8n-workflow of its own (`npm install` in ~/.n8n/nodes adds the peer
 * dependency), n8n's NodeApiError is not our NodeApiError, and the failure would reach the user
 * as n8n's generic "closed unexpectedly ... retry" instead of ours.
 */
export function networkFailureOf(
	error: unknown,
): Pick<NetworkFailure, 'code' | 'reason'> | undefined {
	if (!(error instanceof Error) || error.name !== 'NodeApiError') return undefined;
	// Only the cause's code and message: the cause itself holds the request's headers.
	const cause = (error.cause ?? {}) as { code?: unknown; message?: unknown };
	const { messages } = error as { messages?: unknown };
	// n8n keeps the words it replaced with its generic sentence first in `messages`.
	const replaced = Array.isArray(messages)
		? messages.find((text) => typeof text === 'string')
		: undefined;
	const reason =
		typeof cause.message === 'string' && cause.message !== ''
			? cause.message
			: ((replaced as string | undefined) ?? error.message);
	return { code: typeof cause.code === 'string' ? cause.code : codeOfReason(reason), reason };
}

/**
 * n8n 1.x hands on a dropped connection's words without its code ("socket hang up"): the code,
 * as the words tell it, so that it is retried and explained like the same failure on n8n 2.x.
 */
function codeOfReason(reason: string): string | undefined {
	const named = /\b(E[A-Z]{3,}(?:_[A-Z]+)*)\b/.exec(reason)?.[1];
	if (named !== undefined) return named;
	if (/socket hang up/i.test(reason)) return 'ECONNRESET';
	if (/timeout of \d+ ?ms exceeded/i.test(reason)) return 'ECONNABORTED';
	return undefined;
}

/** A duration for messages: "1.5 s". */
export function seconds(ms: number): string {
	return `${Number((ms / 1000).toFixed(1))} s`;
}

/** The request never got an answer (refused, reset, timed out, DNS). */
export function trackstarNetworkError(
	node: INode,
	failure: NetworkFailure,
	itemIndex?: number,
): NodeApiError {
	const { code, reason, target, timeoutMs, retryNote, path } = failure;
	const what =
		code && TIMEOUT_CODES.has(code) && timeoutMs !== undefined
			? `no answer within ${seconds(timeoutMs)}`
			: ((code && NETWORK_FAILURES[code]) ?? 'no answer');
	return nodeApiError(
		node,
		{ networkError: code ?? null, reason },
		{
			message: `Could not reach Trackstar at ${target}: ${what}`,
			description: [
				`${code ? `${code}: ` : ''}${reason}`,
				retryNote,
				code && TIMEOUT_CODES.has(code)
					? `${connectedSystem(path) ? `Trackstar or the ${connectedSystem(path)} behind it` : 'Trackstar'} was slow to answer. Raise Timeout under Request Options if this persists.`
					: 'Check the Base URL in the Trackstar API credential, and any proxy or firewall between n8n and Trackstar.',
			]
				.filter(Boolean)
				.join('\n'),
			itemIndex,
		},
	);
}

/** Trackstar answered 2xx with something that is not the documented shape. */
export function trackstarMalformedResponseError(
	node: INode,
	what: string,
	failure: Omit<TrackstarFailure, 'body'>,
	itemIndex?: number,
): NodeApiError {
	return nodeApiError(
		node,
		{ status: failure.status, requestId: failure.requestId ?? null },
		{
			message: `Trackstar answered ${failure.status} with an unexpected body: ${what}`,
			description: [
				"The answer does not match Trackstar's documented format, so nothing from it was used. If it persists, contact Trackstar support.",
				`Request: ${failure.method} ${failure.path}`,
				failure.requestId ? `X-Request-Id: ${failure.requestId}` : undefined,
			]
				.filter(Boolean)
				.join('\n'),
			httpCode: String(failure.status),
			itemIndex,
		},
	);
}

export interface PaginationFailure {
	path: string;
	/** Pages read in full before the one that failed. */
	pagesRead: number;
	recordsRead: number;
	/** The page_token of the page that failed; undefined for the first page. */
	pageToken?: string;
	/** What went wrong with that page, in words. */
	problem: string;
	/** More about it (the failed request's own description). */
	detail?: string;
	httpCode?: string | null;
	/** For a list read in date windows: the window whose page failed, and that page's number in it. */
	window?: { label: string; page: number };
}

/**
 * A list that could not be read to the end. It says how far the reading got and which page
 * failed, and nothing read is passed on: a partial list must never look like a whole one.
 */
export function trackstarPaginationError(
	node: INode,
	failure: PaginationFailure,
	itemIndex?: number,
): NodeApiError {
	const { path, pagesRead, recordsRead, pageToken } = failure;
	const noun = path.split('/').filter(Boolean).pop() ?? 'records';
	const page = pagesRead + 1;
	return nodeApiError(
		node,
		{ path, pagesRead, recordsRead, failedPage: page, pageToken: pageToken ?? null },
		{
			message: `Could not list ${path}: ${failure.window ? `page ${failure.window.page} of the window ${failure.window.label}` : `page ${page}`} failed: ${failure.problem}`,
			description: [
				`${pagesRead} page${pagesRead === 1 ? '' : 's'} (${recordsRead} ${noun}) had been read; none are returned, because the list would be incomplete.`,
				failure.window
					? `Failed: page ${failure.window.page} of the window ${failure.window.label} (read at once with the list's other windows), ${pageToken === undefined ? 'its first page (no page_token)' : `page_token ${pageToken}`}.`
					: `Failed: page ${page}, ${pageToken === undefined ? 'the first page (no page_token)' : `page_token ${pageToken}`}.`,
				failure.detail,
			]
				.filter(Boolean)
				.join('\n'),
			httpCode: failure.httpCode ?? undefined,
			itemIndex,
		},
	);
}
