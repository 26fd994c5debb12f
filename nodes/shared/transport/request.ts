import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestMethods,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { missingAccessTokenError, needsAccessToken } from './accessToken';
import { TRACKSTAR_CREDENTIAL, type TrackstarContext } from './context';
import {
	checkBeforeRunningAgain,
	KEY_REUSED_HINT,
	mentionsIdempotency,
	networkFailureOf,
	trackstarApiError,
	stillRunningHint,
	writeFailedHint,
	trackstarMalformedResponseError,
	trackstarNetworkError,
} from './errors';
import {
	headerValue,
	pacingDelay,
	rateLimitBucket,
	rateLimitWait,
	rememberRateLimit,
	retryAfterWait,
} from './rateLimit';
import { rememberServerClock } from './serverClock';
import { credentialSecrets, redactSecrets } from './redact';
import {
	IDEMPOTENCY_KEY_HEADER,
	idempotencyKeyOf,
	REPLAYED_HEADER,
	unkeyedWriteKeyError,
} from './idempotencyKey';
import { recordReplay } from './replayHints';
import { readIdempotencyKey, readRetryPolicy } from './requestOptions';
import { isIdempotent, mayHaveBeenApplied, nextRetry, type Failure } from './retry';
import { attemptOutcome, earlierAttemptNote, lostAnswerNote, retryNote } from './retryNotes';

export const DEFAULT_BASE_URL = 'https://production.trackstarhq.com';

/**
 * The wait after a 409 to a keyed write: the first attempt with the key is still being handled
 * (one that timed out here may still be running there), which a short backoff would not outlast.
 */
const IN_FLIGHT_WAIT_MS = 1000;

export interface TrackstarRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, with every ID already percent-encoded (see `pathSegment`). */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	/**
	 * A multipart body instead of `body` (an upload). The runtime's own FormData: n8n's helper
	 * passes it to axios, which streams it with its boundary; no form-data dependency needed.
	 */
	form?: FormData;
	/** Whether sending it twice is harmless; by default, as its method says (see retry.ts). */
	idempotent?: boolean;
	/** What to tell the user for a status, where this endpoint differs from the usual advice. */
	statusHints?: Record<number, string>;
	/**
	 * For a write refused (4xx) after an earlier attempt may have been applied: reads whether it
	 * was, and gives the answer to return when it was (e.g. a retried cancel told "already
	 * cancelled" after its first attempt's answer was lost).
	 */
	confirmApplied?: () => Promise<IDataObject | undefined>;
	/**
	 * For a create whose answer was lost: looks the record up by its own unique field (an order
	 * number, a PO number, a SKU) before the create is sent again, and gives the answer to return
	 * when it is found. Trackstar's Idempotency-Key replays a create that succeeded, but releases
	 * the key of one that failed after the WMS accepted it.
	 */
	findExisting?: () => Promise<IDataObject | undefined>;
	/** What to look for before running a write again that may have been applied, e.g. 'the order with order number "NWO-1"'. */
	appliedCheck?: string;
	/** Fewer retries than the Request Options allow, for a read the caller can do without (0: one attempt). */
	maxRetries?: number;
	/**
	 * Send no Idempotency-Key: for a write Trackstar documents no key for, which is then sent again
	 * only where it provably was not processed (a 429, a connection never made). A request to a
	 * key-only endpoint never carries one: Trackstar keeps its keys per access token.
	 */
	withoutIdempotencyKey?: boolean;
	/**
	 * For a write that may have been applied and is not sent again (its answer lost, a 5xx): reads
	 * what Trackstar holds now. An `answer` proves it was applied and is returned; a `note` says
	 * what the reading found, in the error.
	 */
	readBack?: () => Promise<ReadBack>;
}

/** What a write's read-back found: proof it was applied (the answer to return), or a sentence for the error. */
export type ReadBack = { answer: IDataObject } | { note: string };

/** Percent-encodes one path segment so an ID can never change the path it is put in. */
export function pathSegment(
	value: string,
	field: string,
	context: TrackstarContext,
	itemIndex: number,
	/** Where the user finds the ID, e.g. 'a Get Many warehouses step'. */
	listedBy: string,
) {
	const trimmed = value.trim();
	if (trimmed === '' || trimmed === '.' || trimmed === '..') {
		throw new NodeOperationError(
			context.getNode(),
			`${field} is ${trimmed === '' ? 'empty' : `"${trimmed}"`}`,
			{
				description: `Set ${field} to the Trackstar ID of the record, e.g. from ${listedBy}: {{ $json.id }}`,
				itemIndex,
			},
		);
	}
	return encodeURIComponent(trimmed);
}

interface Connection {
	baseUrl: string;
	secrets: string[];
	/** Whether the credential holds an access token (an API-key-only credential serves the key-only endpoints). */
	hasAccessToken: boolean;
}

/**
 * Each item's connection, per context, for a minute: n8n reads and decrypts the credential on
 * every `getCredentials`, which a list of many pages would otherwise pay for on each page. A
 * trigger keeps its context from one poll to the next, so a changed credential is read again
 * within a minute.
 */
const connections = new WeakMap<
	object,
	Map<number, { at: number; connection: Promise<Connection> }>
>();
const CONNECTION_KEPT_MS = 60_000;

/** Where to send requests, and the secrets no answer may echo back to the user. */
async function connectionOf(context: TrackstarContext, itemIndex: number): Promise<Connection> {
	let byItem = connections.get(context);
	if (byItem === undefined) connections.set(context, (byItem = new Map()));
	const now = Date.now();
	let kept = byItem.get(itemIndex);
	if (kept === undefined || now - kept.at > CONNECTION_KEPT_MS) {
		kept = {
			at: now,
			connection: context.getCredentials(TRACKSTAR_CREDENTIAL, itemIndex).then((credentials) => ({
				baseUrl: baseUrlOf(context, credentials, itemIndex),
				secrets: credentialSecrets(credentials),
				hasAccessToken: String(credentials.accessToken ?? '').trim() !== '',
			})),
		};
		byItem.set(itemIndex, kept);
	}
	return await kept.connection;
}

export function baseUrlOf(
	context: TrackstarContext,
	credentials: ICredentialDataDecryptedObject,
	itemIndex: number,
): string {
	const raw = String(credentials.baseUrl ?? '').trim() || DEFAULT_BASE_URL;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		url = new URL('invalid:');
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new NodeOperationError(
			context.getNode(),
			`The credential's Base URL "${raw}" is not an http(s) URL`,
			{
				description: `Use ${DEFAULT_BASE_URL}, or the address of your proxy or local sandbox`,
				itemIndex,
			},
		);
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

function cancelSignalOf(context: TrackstarContext) {
	return 'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;
}

type Attempt =
	| { response: IN8nHttpFullResponse; network?: undefined }
	| { response?: undefined; network: { code?: string; reason: string } };

/** One HTTP exchange through n8n's authenticated helper; a lost answer is returned, not thrown. */
async function attempt(
	context: TrackstarContext,
	baseUrl: string,
	request: TrackstarRequest,
	timeoutMs: number,
	itemIndex: number,
	idempotencyKey: string | undefined,
): Promise<Attempt> {
	try {
		const response = (await context.helpers.httpRequestWithAuthentication.call(
			context,
			TRACKSTAR_CREDENTIAL,
			{
				method: request.method,
				baseURL: baseUrl,
				url: request.path,
				qs: request.qs,
				headers: idempotencyKey ? { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey } : undefined,
				body: request.form ?? request.body,
				json: true,
				timeout: timeoutMs,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
			},
		)) as IN8nHttpFullResponse;
		return { response };
	} catch (error) {
		const network = networkFailureOf(error);
		if (!network) throw new NodeOperationError(context.getNode(), error as Error, { itemIndex });
		return { network };
	}
}

/**
 * The one place that speaks HTTP to Trackstar: n8n's authenticated request helper with the
 * credential's headers, paced by Trackstar's rate-limit headers, retried as retry.ts allows
 * within the node's Request Options, and every failure turned into a NodeApiError that carries
 * no secret.
 */
export async function trackstarApiRequest(
	this: TrackstarContext,
	request: TrackstarRequest,
	itemIndex = 0,
): Promise<IDataObject> {
	const { baseUrl, secrets, hasAccessToken } = await connectionOf(this, itemIndex);
	const tokenNeeded = needsAccessToken(request);
	if (tokenNeeded && !hasAccessToken) {
		const credential = this.getNode().credentials?.[TRACKSTAR_CREDENTIAL]?.name;
		throw missingAccessTokenError(this.getNode(), credential, request, itemIndex);
	}
	const configured = readRetryPolicy(this, itemIndex);
	const policy =
		request.maxRetries === undefined
			? configured
			: { ...configured, maxRetries: Math.min(configured.maxRetries, request.maxRetries) };
	const userKey = readIdempotencyKey(this, itemIndex);
	const unkeyed = request.withoutIdempotencyKey === true || !tokenNeeded;
	const idempotencyKey = unkeyed
		? undefined
		: idempotencyKeyOf(this, request.method, request.path, itemIndex, userKey);
	if (unkeyed && userKey !== undefined) {
		const refused = unkeyedWriteKeyError(this, request.method, request.path, itemIndex);
		if (refused) throw refused;
	}
	const keyed = idempotencyKey !== undefined;
	const bucket = rateLimitBucket(request.method);
	const idempotent = request.idempotent ?? isIdempotent(request.method);
	const cancelSignal = cancelSignalOf(this);
	const state = { retries: 0, waitedMs: 0 };
	/** What befell an earlier attempt of a write that may have been applied anyway. */
	let uncertainAttempt: string | undefined;

	for (;;) {
		for (let pause = pacingDelay(this, bucket, Date.now(), policy.maxWaitMs); pause > 0; ) {
			await sleep(pause, cancelSignal);
			if (cancelSignal?.aborted) break;
			pause = pacingDelay(this, bucket, Date.now(), policy.maxWaitMs);
		}

		const { response, network } = await attempt(
			this,
			baseUrl,
			request,
			policy.timeoutMs,
			itemIndex,
			idempotencyKey,
		);
		if (response) {
			rememberRateLimit(this, bucket, response.headers as IDataObject);
			rememberServerClock(this, response.headers as IDataObject);
			if (response.statusCode >= 200 && response.statusCode < 300) {
				const body = jsonObjectBody(this, request, response, itemIndex);
				if (keyed && headerValue(response.headers as IDataObject, REPLAYED_HEADER) === 'true')
					recordReplay(this, itemIndex);
				return body;
			}
		}

		const headers = response?.headers as IDataObject | undefined;
		const failure: Failure = response
			? { kind: 'status', status: response.statusCode }
			: { kind: 'network', code: network.code };
		const now = Date.now();
		const requestedWaitMs =
			response?.statusCode === 429
				? rateLimitWait(headers, now)
				: response?.statusCode === 409 && keyed
					? (retryAfterWait(headers, now) ?? IN_FLIGHT_WAIT_MS)
					: retryAfterWait(headers, now);
		const next = nextRetry(failure, idempotent, state, policy, requestedWaitMs, undefined, keyed);
		if (!('reason' in next) && !cancelSignal?.aborted) {
			if (bucket === 'write' && mayHaveBeenApplied(failure)) {
				uncertainAttempt = attemptOutcome({ status: response?.statusCode, code: network?.code });
				if (failure.kind === 'network' && request.findExisting) {
					// A look-up that fails proves nothing: the keyed retry still guards the write.
					const existing = await request.findExisting().catch(() => undefined);
					if (existing) return existing;
				}
			}
			await sleep(next.waitMs, cancelSignal);
			state.retries++;
			state.waitedMs += next.waitMs;
			continue;
		}

		const refused =
			response !== undefined && response.statusCode >= 400 && response.statusCode < 500;
		if (refused && uncertainAttempt !== undefined && request.confirmApplied) {
			const applied = await request.confirmApplied();
			if (applied) return applied;
		}
		const lastMayHaveApplied = network
			? mayHaveBeenApplied(failure)
			: (response?.statusCode ?? 0) >= 500;
		let readBackNote: string | undefined;
		if (
			request.readBack &&
			bucket === 'write' &&
			(uncertainAttempt !== undefined || lastMayHaveApplied)
		) {
			const found = await request.readBack().catch(
				(error: unknown): ReadBack => ({
					note: `Reading back whether it was applied failed too (${String(redactSecrets((error as Error)?.message ?? error, secrets))}). ${checkBeforeRunningAgain(request.appliedCheck, request.path)}`,
				}),
			);
			if ('answer' in found) return found.answer;
			readBackNote = found.note;
		}

		const notes = [
			'reason' in next
				? retryNote(
						next,
						state.retries + 1,
						state.waitedMs,
						policy,
						request.method,
						request.path,
						request.appliedCheck,
					)
				: undefined,
			uncertainAttempt
				? earlierAttemptNote(uncertainAttempt, request.path, request.appliedCheck)
				: undefined,
			// The last attempt's answer was lost: a later run sends another key, so say what to check.
			network && bucket === 'write' && !idempotent && mayHaveBeenApplied(failure)
				? lostAnswerNote(attemptOutcome({ code: network.code }), request.path, request.appliedCheck)
				: undefined,
			readBackNote,
		];
		const retryNoteText = notes.filter(Boolean).join('\n') || undefined;
		if (response) {
			const status = response.statusCode;
			throw trackstarApiError(
				this.getNode(),
				{
					status: response.statusCode,
					body: redactSecrets(response.body, secrets),
					requestId: headerValue(headers, 'x-request-id'),
					method: request.method,
					path: request.path,
					retryNote: retryNoteText,
					retryAfter: headerValue(headers, 'retry-after'),
					statusHint:
						request.statusHints?.[status] ??
						(keyed && status === 400 && mentionsIdempotency(response.body)
							? KEY_REUSED_HINT
							: keyed && status === 409
								? stillRunningHint(request.appliedCheck, request.path)
								: uncertainAttempt !== undefined && status === 429
									? writeFailedHint(request.appliedCheck, request.path)
									: bucket === 'write' && !idempotent && status >= 500 && status !== 501
										? writeFailedHint(request.appliedCheck, request.path)
										: undefined),
				},
				itemIndex,
			);
		}
		throw trackstarNetworkError(
			this.getNode(),
			{
				code: network.code,
				reason: redactSecrets(network.reason, secrets) as string,
				target: displayTarget(baseUrl),
				timeoutMs: policy.timeoutMs,
				retryNote: retryNoteText,
				path: request.path,
			},
			itemIndex,
		);
	}
}

/** A 2xx answer's body, which Trackstar always makes a JSON object. */
function jsonObjectBody(
	context: TrackstarContext,
	request: TrackstarRequest,
	response: IN8nHttpFullResponse,
	itemIndex: number,
): IDataObject {
	const body = response.body;
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		const failure = {
			status: response.statusCode,
			requestId: headerValue(response.headers as IDataObject, 'x-request-id'),
			method: request.method,
			path: request.path,
		};
		const what = typeof body === 'string' && body.trim() !== '' ? 'not JSON' : 'not a JSON object';
		throw trackstarMalformedResponseError(context.getNode(), what, failure, itemIndex);
	}
	return body as IDataObject;
}
