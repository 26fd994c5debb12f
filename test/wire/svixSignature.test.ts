import { createHmac } from 'node:crypto';

import {
	decodeSigningSecret,
	SIGNATURE_TOLERANCE_SECONDS,
	verifySvixSignature,
} from '../../nodes/TrackstarTrigger/svixSignature';
import { InvalidValueError } from '../../nodes/shared/wire/invalidValue';

// The worked example of Svix's "verifying webhooks manually" documentation.
const SVIX_EXAMPLE = {
	/** The endpoint's signing secret, as Svix shows it (whsec_ and base64). */
	whsec: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
	id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
	timestamp: '1614265330',
	body: '{"test": 2432232314}',
	signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

describe('Svix signature verification', () => {
	const key = decodeSigningSecret(SVIX_EXAMPLE.whsec);
	const delivery = {
		id: SVIX_EXAMPLE.id,
		timestamp: SVIX_EXAMPLE.timestamp,
		signature: SVIX_EXAMPLE.signature,
		body: Buffer.from(SVIX_EXAMPLE.body),
	};
	const signedAt = Number(SVIX_EXAMPLE.timestamp);

	it("accepts Svix's documented example", () => {
		expect(verifySvixSignature(key, delivery, signedAt)).toEqual({ valid: true });
	});

	it('refuses the example one byte off, or outside the five-minute window', () => {
		const body = Buffer.from(SVIX_EXAMPLE.body.replace('4', '5'));
		expect(verifySvixSignature(key, { ...delivery, body }, signedAt).valid).toBe(false);
		expect(verifySvixSignature(key, delivery, signedAt + SIGNATURE_TOLERANCE_SECONDS).valid).toBe(
			true,
		);
		expect(verifySvixSignature(key, delivery, signedAt + SIGNATURE_TOLERANCE_SECONDS + 1)).toEqual({
			valid: false,
			reason: 'svix-timestamp is more than five minutes away from now',
		});
		expect(
			verifySvixSignature(key, delivery, signedAt - SIGNATURE_TOLERANCE_SECONDS - 1).valid,
		).toBe(false);
	});

	it('refuses missing headers, malformed timestamps and truncated signatures', () => {
		expect(verifySvixSignature(key, { ...delivery, id: undefined }, signedAt).valid).toBe(false);
		expect(verifySvixSignature(key, { ...delivery, timestamp: '1614265330.5' }, signedAt)).toEqual({
			valid: false,
			reason: 'Malformed svix-timestamp',
		});
		expect(
			verifySvixSignature(key, { ...delivery, signature: 'v1,g0hM9SsE' }, signedAt).valid,
		).toBe(false);
	});

	it('verifies the body as bytes, including non-ASCII text', () => {
		const body = Buffer.from('{"name":"Zoë Ørsted"}');
		const signature = `v1,${createHmac('sha256', key).update(`msg_1.${signedAt}.`).update(body).digest('base64')}`;
		expect(
			verifySvixSignature(
				key,
				{ id: 'msg_1', timestamp: String(signedAt), signature, body },
				signedAt,
			).valid,
		).toBe(true);
	});

	it('reads only whsec_ secrets with a base64 key', () => {
		expect(decodeSigningSecret(`  ${SVIX_EXAMPLE.whsec} `)).toEqual(key);
		for (const bad of [
			'',
			'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
			'whsec_',
			'whsec_not base64!',
			'whsec_c2hvcnQ=',
		]) {
			expect(() => decodeSigningSecret(bad)).toThrow(InvalidValueError);
		}
	});
});
