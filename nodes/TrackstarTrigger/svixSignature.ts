import { createHmac, timingSafeEqual } from 'node:crypto';

import { InvalidValueError } from '../shared/wire/invalidValue';

/** Svix refuses deliveries whose timestamp is further than this from the receiver's clock. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

const SECRET_PREFIX = 'whsec_';

/** The HMAC key behind a `whsec_<base64>` signing secret. */
export function decodeSigningSecret(secret: string): Buffer {
	const trimmed = secret.trim();
	const encoded = trimmed.startsWith(SECRET_PREFIX) ? trimmed.slice(SECRET_PREFIX.length) : '';
	const key = Buffer.from(encoded, 'base64');
	if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || key.length < 16) {
		throw new InvalidValueError(
			'Signing Secret',
			'is not a Svix signing secret (whsec_ followed by base64)',
			"Copy the endpoint's Signing Secret from the Trackstar dashboard's Webhooks section",
		);
	}
	return key;
}

export interface SignedDelivery {
	id: string | undefined;
	timestamp: string | undefined;
	/** The svix-signature header: space-separated `v1,<base64>` entries (several while a secret rotates). */
	signature: string | undefined;
	body: Buffer;
}

export type Verdict = { valid: true } | { valid: false; reason: string };

/** Svix's scheme: base64 HMAC-SHA256 over `id.timestamp.body`, compared in constant time. */
export function signatureFor(key: Buffer, id: string, timestamp: string, body: Buffer): Buffer {
	return createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
}

export function verifySvixSignature(key: Buffer, delivery: SignedDelivery, nowSeconds: number): Verdict {
	const { id, timestamp, signature } = delivery;
	if (!id || !timestamp || !signature) {
		return { valid: false, reason: 'Missing svix-id, svix-timestamp or svix-signature header' };
	}
	if (!/^\d{1,12}$/.test(timestamp)) return { valid: false, reason: 'Malformed svix-timestamp' };
	if (Math.abs(nowSeconds - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) {
		return { valid: false, reason: 'svix-timestamp is more than five minutes away from now' };
	}
	const expected = signatureFor(key, id, timestamp, delivery.body);
	let matched = false;
	for (const entry of signature.split(' ')) {
		const [version, encoded] = entry.split(',', 2);
		if (version !== 'v1' || !encoded) continue;
		const given = Buffer.from(encoded, 'base64');
		// Every candidate is compared in full, so the time taken tells nothing about which one matched.
		if (given.length === expected.length && timingSafeEqual(given, expected)) matched = true;
	}
	return matched ? { valid: true } : { valid: false, reason: 'No valid signature in svix-signature' };
}
