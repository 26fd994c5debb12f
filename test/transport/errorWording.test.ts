import type { INode } from 'n8n-workflow';

import {
	checkBeforeRunningAgain,
	trackstarApiError,
	trackstarNetworkError,
	writeFailedHint,
} from '../../nodes/shared/transport/errors';

const NODE: INode = {
	id: 'node',
	name: 'Trackstar',
	type: 'trackstar',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

const hintFor = (status: number, path: string, body: object = { error: 'refused' }) =>
	String(trackstarApiError(NODE, { status, body, method: 'POST', path }).description).split(
		'\n',
	)[0];

describe("The transport's error advice names what stands behind Trackstar for the path", () => {
	it.each([
		['/wms/orders', 'WMS'],
		['/cart/orders/1/shipments', 'store'],
		['/freight/shipments', 'freight forwarder'],
		['/carrier/invoices', 'carrier'],
	])('%s: the %s', (path, system) => {
		expect(hintFor(502, path)).toBe(
			`The ${system} behind Trackstar did not answer properly. Try again later.`,
		);
		expect(hintFor(504, path)).toBe(`Trackstar or the ${system} timed out. Try again later.`);
		expect(hintFor(422, path)).toBe(
			`Trackstar or the ${system} refused the request as it stands. Fix what the message says and run again.`,
		);
		expect(hintFor(409, path)).toBe(
			`The record changed in the ${system} while Trackstar handled the request. Try again.`,
		);
		expect(hintFor(501, path)).toMatch(
			new RegExp(
				`^The connected ${system} does not support this operation: its Trackstar integration does not implement it`,
			),
		);
		expect(hintFor(401, path)).toBe(
			`The API key or access token was refused. Check both in the Trackstar API credential; the access token belongs to one connection and reads only its type's API: this call needs a ${system} connection's token.`,
		);
		expect(writeFailedHint('the shipment', path)).toBe(
			`Trackstar or the ${system} failed while handling this write, and it may have been applied all the same. Look for the shipment in Trackstar or the ${system} before running this item again. Running it again could write twice.`,
		);
		const origin = trackstarApiError(NODE, {
			status: 422,
			body: { error: 'no', origin: 'integration' },
			method: 'POST',
			path,
		});
		expect(origin.description).toContain(
			`Origin: integration (the message comes from the ${system} behind Trackstar).`,
		);
		const slow = trackstarNetworkError(NODE, {
			code: 'ETIMEDOUT',
			reason: 'timeout',
			target: 'https://production.trackstarhq.com',
			timeoutMs: 1000,
			path,
		});
		expect(slow.description).toContain(`Trackstar or the ${system} behind it was slow to answer.`);
	});

	it.each([
		'/magic-links',
		'/connections/sync',
		'/schedules/get_orders/toggle',
		'/integrations/wms',
	])("%s, Trackstar's own endpoint: Trackstar alone", (path) => {
		expect(hintFor(502, path)).toBe('Trackstar did not answer properly. Try again later.');
		expect(hintFor(504, path)).toBe('Trackstar timed out. Try again later.');
		expect(hintFor(422, path)).toBe(
			'Trackstar refused the request as it stands. Fix what the message says and run again.',
		);
		expect(hintFor(501, path)).toBe(
			'Trackstar does not implement this operation here, so running it again changes nothing.',
		);
		expect(checkBeforeRunningAgain(undefined, path)).toBe(
			'Check the record in Trackstar before running this item again.',
		);
		const slow = trackstarNetworkError(NODE, {
			code: 'ETIMEDOUT',
			reason: 'timeout',
			target: 'https://production.trackstarhq.com',
			timeoutMs: 1000,
			path,
		});
		expect(slow.description).toContain('Trackstar was slow to answer.');
	});

	it('says a key-only endpoint refused the API key, and has no record "for this connection"', () => {
		expect(hintFor(401, '/magic-links/abc')).toBe(
			'The API key was refused. Check it in the Trackstar API credential.',
		);
		expect(hintFor(404, '/magic-links/abc')).toBe(
			'Trackstar has no such record in your organization. Check the ID.',
		);
		expect(hintFor(401, '/connections/sync')).toBe(
			'The API key or access token was refused. Check both in the Trackstar API credential; the access token belongs to one connection.',
		);
	});
});
