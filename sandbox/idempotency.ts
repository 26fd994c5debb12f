/**
 * Trackstar's Idempotency-Key, as its `trackstar-write` skill publishes it: a write may carry a
 * key (at most 255 characters); a retry with it within 24 hours gets the first successful answer
 * again, with `Idempotent-Replayed: true`, and writes nothing. 409: the first request with the key
 * is still running; 400: the key was used with another endpoint or body. Keys belong to a
 * connection (its access token). An attempt that failed releases its key, so its retry writes
 * again, even when the WMS had applied the write before failing.
 */
import type { Middleware, Reply, SandboxRequest } from './http';
import { errorReply, headerValue } from './http';
import { ACCESS_TOKEN_HEADER } from './middleware';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface Answer {
	status: number;
	payload: string | Buffer;
	headers?: Record<string, string | number>;
}

interface KeyUse {
	endpoint: string;
	body: string;
	firstUsedAt: number;
	/** Undefined while the first request is running. */
	answer?: Answer;
}

export interface IdempotencyOptions {
	clock: () => Date;
	/** Keys are looked at only on requests with valid credentials: the others are refused behind. */
	authenticated: (request: SandboxRequest) => boolean;
}

export type IdempotencyKeys = Middleware & {
	reset(): void;
	/** Keys held (running or answered), across connections. */
	size(): number;
};

/** JSON with sorted keys: the same body however its fields were ordered ('' for none). */
function canonicalJson(value: unknown): string {
	if (value === undefined) return '';
	return JSON.stringify(value, (_key, entry: unknown) =>
		typeof entry === 'object' && entry !== null && !Array.isArray(entry)
			? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => (a > b ? 1 : -1)))
			: entry,
	);
}

function reusedReply(use: KeyUse, endpoint: string): Reply {
	const what = use.endpoint === endpoint ? 'another body' : `another endpoint (${use.endpoint})`;
	return errorReply(
		400,
		`Idempotency-Key was already used with ${what}. Send a new key for a new write.`,
	);
}

function replay(answer: Answer): Reply {
	return {
		status: answer.status,
		rawBody: answer.payload,
		headers: { ...answer.headers, [REPLAYED_HEADER]: 'true' },
		replayed: true,
	};
}

export function idempotencyKeys(options: IdempotencyOptions): IdempotencyKeys {
	const uses = new Map<string, KeyUse>();

	const forgetExpired = (now: number) => {
		for (const [scopedKey, use] of uses)
			if (use.answer && now - use.firstUsedAt >= IDEMPOTENCY_KEY_TTL_MS) uses.delete(scopedKey);
	};

	const middleware: Middleware = async (request, next) => {
		const key = headerValue(request, IDEMPOTENCY_KEY_HEADER);
		if (key === undefined || !WRITE_METHODS.has(request.method) || !options.authenticated(request))
			return await next();
		if (key === '') return errorReply(400, 'Idempotency-Key must not be empty.');
		if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH)
			return errorReply(
				400,
				`Idempotency-Key is ${key.length} characters long; it can be at most ${MAX_IDEMPOTENCY_KEY_LENGTH}.`,
			);

		const now = options.clock().getTime();
		forgetExpired(now);
		const scopedKey = JSON.stringify([headerValue(request, ACCESS_TOKEN_HEADER), key]);
		const endpoint = `${request.method} ${request.path}`;
		const body = canonicalJson(request.body);
		const use = uses.get(scopedKey);
		if (use) {
			if (use.endpoint !== endpoint || use.body !== body) return reusedReply(use, endpoint);
			if (!use.answer)
				return errorReply(
					409,
					'A request with this Idempotency-Key is still being processed. Retry once it has been answered.',
				);
			return replay(use.answer);
		}

		const claim: KeyUse = { endpoint, body, firstUsedAt: now };
		uses.set(scopedKey, claim);
		let reply: Reply | undefined;
		try {
			reply = await next();
		} finally {
			// No answer (next threw): the key is free again, as for an answer that is not a 2xx.
			if (reply === undefined) uses.delete(scopedKey);
		}
		if (reply.status >= 200 && reply.status < 300) {
			const payload = reply.rawBody ?? JSON.stringify(reply.body ?? null);
			claim.answer = { status: reply.status, payload, headers: reply.headers };
		} else uses.delete(scopedKey);
		return reply;
	};

	return Object.assign(middleware, {
		reset: () => uses.clear(),
		size: () => uses.size,
	});
}
