import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../sandbox';
import type { WebhookEndpoint } from '../harness/webhook';
import {
	carrierCredentials,
	freightCredentials,
	startTestSandbox,
	trackstarCredentials,
	wmsRequests,
} from '../support/trackstar';
import { sampleEvent } from '../support/webhookSamples';
import {
	deliver,
	newSigningSecret,
	nowSeconds,
	orderEvent,
	svixSignature,
	trackstarTrigger,
} from '../support/webhooks';

describe('Trackstar Trigger: signed webhooks', () => {
	let sandbox: Sandbox;
	let endpoint: WebhookEndpoint;
	const secret = newSigningSecret();

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(async () => {
		sandbox.reset();
		endpoint = await trackstarTrigger({ secret, trackstarApi: trackstarCredentials(sandbox) });
	});
	afterEach(async () => await endpoint.close());

	it('starts the workflow with the event of a correctly signed delivery, and remembers its svix-id', async () => {
		const order = sandbox.orders()[0];
		const body = orderEvent('order.created', order as never);

		const answer = await deliver(endpoint.url, secret, { id: 'msg_good', body });

		expect(answer).toEqual({ status: 200, body: { message: 'Workflow was started' } });
		expect(endpoint.calls).toHaveLength(1);
		expect(endpoint.calls[0].started).toBe(true);
		expect(endpoint.calls[0].items.map((item) => item.json)).toEqual([JSON.parse(body)]);
		expect(endpoint.nodeStaticData().deliveredIds).toEqual(['msg_good']);
		expect(wmsRequests(sandbox)).toHaveLength(0);
	});

	it('acknowledges a redelivery of the same svix-id without starting the workflow again', async () => {
		const body = orderEvent(
			'order.updated',
			{ id: 'o1', status: 'packed' },
			{ previous_attributes: { status: 'picked' } },
		);
		const timestamp = nowSeconds();

		const first = await deliver(endpoint.url, secret, { id: 'msg_retry', body, timestamp });
		const again = await deliver(endpoint.url, secret, {
			id: 'msg_retry',
			body,
			timestamp: timestamp + 30,
		});

		expect(first.status).toBe(200);
		expect(again).toEqual({ status: 200, body: { received: true, duplicate: true } });
		expect(endpoint.calls.map((call) => call.started)).toEqual([true, false]);
	});

	it.each([
		[
			'signed with another secret',
			{ signature: svixSignature(newSigningSecret(), 'msg_x', nowSeconds(), '{}') },
		],
		['unsigned', { headers: { 'svix-signature': '' } }],
		[
			'signed for another body',
			{ signature: svixSignature(secret, 'msg_x', nowSeconds(), '{"event_type":"order.created"}') },
		],
		[
			'signed for another message id',
			{ signature: svixSignature(secret, 'msg_other', nowSeconds(), '{}') },
		],
		[
			'with a signature of another scheme',
			{ signature: `v1a,${svixSignature(secret, 'msg_x', nowSeconds(), '{}').slice(3)}` },
		],
	])('answers 401 and starts nothing when %s', async (_case, delivery) => {
		const body = orderEvent('order.created', { id: 'o1' });
		const answer = await deliver(endpoint.url, secret, { id: 'msg_x', body, ...delivery });

		expect(answer.status).toBe(401);
		expect(answer.body.error).toEqual(expect.any(String));
		expect(endpoint.calls[0].started).toBe(false);
		expect(endpoint.nodeStaticData().deliveredIds).toBeUndefined();
	});

	it('refuses timestamps more than five minutes old or ahead, and accepts one within', async () => {
		const body = orderEvent('order.created', { id: 'o1' });
		const stale = await deliver(endpoint.url, secret, {
			id: 'msg_stale',
			body,
			timestamp: nowSeconds() - 6 * 60,
		});
		const ahead = await deliver(endpoint.url, secret, {
			id: 'msg_ahead',
			body,
			timestamp: nowSeconds() + 6 * 60,
		});
		const recent = await deliver(endpoint.url, secret, {
			id: 'msg_recent',
			body,
			timestamp: nowSeconds() - 4 * 60,
		});

		expect([stale.status, ahead.status, recent.status]).toEqual([401, 401, 200]);
		expect(stale.body.error).toContain('five minutes');
		expect(endpoint.calls.map((call) => call.started)).toEqual([false, false, true]);
	});

	it('accepts a delivery carrying several signatures when one of them is valid (secret rotation)', async () => {
		const body = orderEvent('order.shipment.created', { id: 'o1' });
		const timestamp = nowSeconds();
		const signature = [
			svixSignature(newSigningSecret(), 'msg_rotated', timestamp, body),
			svixSignature(secret, 'msg_rotated', timestamp, body),
		].join(' ');

		const answer = await deliver(endpoint.url, secret, {
			id: 'msg_rotated',
			body,
			timestamp,
			signature,
		});
		expect(answer.status).toBe(200);
		expect(endpoint.calls[0].started).toBe(true);
	});

	it('acknowledges events that are not selected without starting the workflow', async () => {
		const answer = await deliver(endpoint.url, secret, {
			id: 'msg_inv',
			body: orderEvent('inventory.updated', { id: 'i1' }),
		});
		expect(answer).toEqual({
			status: 200,
			body: { received: true, ignored: 'event type inventory.updated is not selected' },
		});
		expect(endpoint.calls[0].started).toBe(false);
	});

	it('fetches the full record from data_url, with the Trackstar API credential, when the event is truncated', async () => {
		const order = sandbox.orders()[3];
		const body = orderEvent(
			'order.updated',
			{ id: order.id },
			{
				data_truncated: true,
				data_url: `${sandbox.url}/wms/orders/${order.id}`,
				previous_attributes: {},
			},
		);

		const answer = await deliver(endpoint.url, secret, { id: 'msg_big', body });

		expect(answer.status).toBe(200);
		const [item] = endpoint.calls[0].items;
		expect(item.json.data).toEqual(order);
		expect(item.json.event_type).toBe('order.updated');
		const [request] = wmsRequests(sandbox);
		expect(request).toMatchObject({ method: 'GET', path: `/wms/orders/${order.id}`, status: 200 });
		expect(request.headers['x-trackstar-api-key']).toBe(sandbox.apiKey);
	});

	it('answers 500 when data_url cannot be read, so Svix redelivers, and the redelivery starts the workflow', async () => {
		const order = sandbox.orders()[4];
		const body = orderEvent(
			'order.created',
			{ id: order.id },
			{
				data_truncated: true,
				data_url: `${sandbox.url}/wms/orders/${order.id}`,
			},
		);
		// Unreadable beyond the transport's retries (asked to wait 0 s); cleared before the redelivery.
		sandbox.inject({
			path: `/wms/orders/${order.id}`,
			times: Infinity,
			fault: { kind: 'status', status: 503, headers: { 'retry-after': 0 } },
		});

		const failed = await deliver(endpoint.url, secret, { id: 'msg_flaky', body });
		expect(failed.status).toBe(500);
		expect(endpoint.calls[0].started).toBe(false);
		expect(endpoint.nodeStaticData()).toEqual({});

		sandbox.faults.clear();
		const redelivered = await deliver(endpoint.url, secret, { id: 'msg_flaky', body });
		expect(redelivered.status).toBe(200);
		expect(endpoint.calls[1].items[0].json.data).toEqual(order);
	});

	it('starts the workflow once when two deliveries of one svix-id overlap while data_url is read', async () => {
		const order = sandbox.orders()[5];
		const body = orderEvent(
			'order.updated',
			{ id: order.id },
			{
				data_truncated: true,
				data_url: `${sandbox.url}/wms/orders/${order.id}`,
			},
		);
		// A slow read: the second delivery arrives while the first is still waiting for data_url.
		sandbox.inject({
			path: `/wms/orders/${order.id}`,
			times: Infinity,
			fault: { kind: 'delay', ms: 400 },
		});

		const answers = await Promise.all([
			deliver(endpoint.url, secret, { id: 'msg_twice', body }),
			deliver(endpoint.url, secret, { id: 'msg_twice', body }),
		]);

		// The overlapping one is refused rather than acknowledged: had the first read failed, Svix still retries it.
		expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
		expect(answers.find((answer) => answer.status === 409)?.body.error).toContain(
			'still being processed',
		);
		expect(endpoint.calls.filter((call) => call.started)).toHaveLength(1);
		expect(wmsRequests(sandbox)).toHaveLength(1);
		expect(endpoint.nodeStaticData()).toEqual({ deliveredIds: ['msg_twice'] });

		const later = await deliver(endpoint.url, secret, { id: 'msg_twice', body });
		expect(later).toEqual({ status: 200, body: { received: true, duplicate: true } });
	});

	it('forgets an svix-id whose data_url read failed, so the redelivery after an overlapping one is processed', async () => {
		const body = orderEvent(
			'order.created',
			{ id: 'o-late' },
			{
				data_truncated: true,
				data_url: `${sandbox.url}/wms/orders/o-late`,
			},
		);
		// Not in Trackstar yet (404, not retried), and slow to say so.
		sandbox.inject({ path: '/wms/orders/o-late', fault: { kind: 'delay', ms: 400 } });

		const answers = await Promise.all([
			deliver(endpoint.url, secret, { id: 'msg_late', body }),
			deliver(endpoint.url, secret, { id: 'msg_late', body }),
		]);
		expect(answers.map((answer) => answer.status).sort()).toEqual([409, 500]);
		expect(wmsRequests(sandbox)).toHaveLength(1);
		expect(endpoint.nodeStaticData()).toEqual({});

		const order = { ...sandbox.orders()[0], id: 'o-late' };
		sandbox.upsertOrder(order);
		const redelivered = await deliver(endpoint.url, secret, { id: 'msg_late', body });
		expect(redelivered.status).toBe(200);
		expect(
			endpoint.calls.filter((call) => call.started).map((call) => call.items[0].json.data),
		).toEqual([order]);
	});

	it('never sends the Trackstar credential to a data_url on another host', async () => {
		const body = orderEvent(
			'order.created',
			{ id: 'o1' },
			{
				data_truncated: true,
				data_url: 'https://attacker.example/wms/orders/o1',
			},
		);
		const answer = await deliver(endpoint.url, secret, { id: 'msg_foreign', body });

		expect(answer.status).toBe(500);
		expect(endpoint.calls[0].error?.message).toContain('not below the Trackstar API credential');
		expect(wmsRequests(sandbox)).toHaveLength(0);
	});

	// Each with the credential of its connection type: the sandbox's freight and carrier tokens read their own API only.
	it.each([
		['cart-order.updated', '/cart/orders/order_id', trackstarCredentials],
		['freight-shipment.updated', '/freight/shipments/shipment_id', freightCredentials],
		[
			'carrier-invoice-line-item.updated',
			'/carrier/invoice-line-items/invoice_line_item_id',
			carrierCredentials,
		],
	])(
		'fetches a truncated %s from its data_url (%s) as it fetches WMS records',
		async (eventType, path, credentialsOf) => {
			const record = sampleEvent(eventType).data as IDataObject;
			// The sandbox's seed has none of these records: the injected answer is the record as Trackstar would answer it.
			sandbox.inject({ path, fault: { kind: 'body', body: { data: record } } });
			const truncated = sampleEvent(eventType, {
				data: { id: record.id },
				data_truncated: true,
				data_url: `${sandbox.url}${path}`,
			});

			const credentials = credentialsOf(sandbox);
			const selected = await trackstarTrigger({
				secret,
				events: [eventType],
				trackstarApi: credentials,
			});
			const answer = await deliver(selected.url, secret, {
				id: `msg_${eventType}`,
				body: JSON.stringify({ ...truncated, previous_attributes: {} }),
			}).finally(async () => await selected.close());

			expect(answer.status).toBe(200);
			expect(selected.calls[0].items.map((item) => item.json)).toEqual([
				{ ...truncated, previous_attributes: {}, data: record },
			]);
			const [request] = sandbox.requests;
			expect(request).toMatchObject({ method: 'GET', path, status: 200 });
			expect(request.headers['x-trackstar-api-key']).toBe(sandbox.apiKey);
			expect(request.headers['x-trackstar-access-token']).toBe(credentials.accessToken);
		},
	);
});

describe('Trackstar Trigger: events of every connection type', () => {
	const secret = newSigningSecret();
	const endpoints: WebhookEndpoint[] = [];
	const listening = async (events: string[] | undefined) => {
		const endpoint = await trackstarTrigger({ secret, events });
		endpoints.push(endpoint);
		return endpoint;
	};
	afterEach(async () => {
		await Promise.all(endpoints.splice(0).map(async (endpoint) => await endpoint.close()));
	});

	it.each([
		'cart-order.created',
		'freight-shipment.created',
		'carrier-invoice-line-item.created',
		'labor_activity.created',
	])(
		'starts the workflow with %s when it is selected, and acknowledges and ignores it when not',
		async (eventType) => {
			const body = JSON.stringify(sampleEvent(eventType));
			const selected = await listening([eventType, 'order.created']);
			const saved = await listening(undefined);

			const started = await deliver(selected.url, secret, { id: 'msg_selected', body });
			const ignored = await deliver(saved.url, secret, { id: 'msg_not_selected', body });

			expect(started).toEqual({ status: 200, body: { message: 'Workflow was started' } });
			expect(selected.calls[0].items.map((item) => item.json)).toEqual([JSON.parse(body)]);
			expect(ignored).toEqual({
				status: 200,
				body: { received: true, ignored: `event type ${eventType} is not selected` },
			});
			expect(saved.calls[0].started).toBe(false);
		},
	);

	it.each([
		['inbound_shipment.created', 'inbound-shipment.created'],
		['inbound-shipment.created', 'inbound_shipment.created'],
	])(
		'takes a delivery of %s as the selected %s, and emits its event_type as sent',
		async (sent, selectedEvent) => {
			const endpoint = await listening([selectedEvent]);
			const event = sampleEvent('inbound-shipment.created', { event_type: sent });

			const answer = await deliver(endpoint.url, secret, {
				id: 'msg_spelling',
				body: JSON.stringify(event),
			});

			expect(answer.status).toBe(200);
			expect(endpoint.calls[0].items.map((item) => item.json)).toEqual([event]);
			expect(endpoint.calls[0].items[0].json.event_type).toBe(sent);
		},
	);

	it('still tells inbound_shipment.updated from a selected inbound-shipment.created', async () => {
		const endpoint = await listening(['inbound-shipment.created']);
		const event = sampleEvent('inbound-shipment.updated', {
			event_type: 'inbound_shipment.updated',
		});

		const answer = await deliver(endpoint.url, secret, {
			id: 'msg_other',
			body: JSON.stringify(event),
		});

		expect(answer.body).toEqual({
			received: true,
			ignored: 'event type inbound_shipment.updated is not selected',
		});
		expect(endpoint.calls[0].started).toBe(false);
	});
});

describe('Trackstar Trigger: test URL and settings', () => {
	it('keeps no svix-ids for calls to the test URL, as n8n keeps no static data for test webhooks', async () => {
		const secret = newSigningSecret();
		const endpoint = await trackstarTrigger({ secret, mode: 'manual' });
		try {
			const body = orderEvent('order.created', { id: 'o1' });
			const timestamp = nowSeconds();
			await deliver(endpoint.url, secret, { id: 'msg_test', body, timestamp });
			await deliver(endpoint.url, secret, { id: 'msg_test', body, timestamp });
			expect(endpoint.calls.map((call) => call.started)).toEqual([true, true]);
		} finally {
			await endpoint.close();
		}
	});

	it('starts only on the selected events', async () => {
		const secret = newSigningSecret();
		const endpoint = await trackstarTrigger({ secret, events: ['order.shipment.created'] });
		try {
			await deliver(endpoint.url, secret, {
				id: 'm1',
				body: orderEvent('order.created', { id: 'o1' }),
			});
			await deliver(endpoint.url, secret, {
				id: 'm2',
				body: orderEvent('order.shipment.created', { id: 'o1' }),
			});
			expect(endpoint.calls.map((call) => call.started)).toEqual([false, true]);
		} finally {
			await endpoint.close();
		}
	});

	it('emits a truncated event as received, saying why, when no Trackstar API credential is set', async () => {
		const secret = newSigningSecret();
		const endpoint = await trackstarTrigger({ secret });
		try {
			const event = JSON.parse(
				orderEvent(
					'order.updated',
					{ id: 'o1' },
					{ data_truncated: true, data_url: 'https://production.trackstarhq.com/wms/orders/o1' },
				),
			);
			const answer = await deliver(endpoint.url, secret, {
				id: 'msg_nocred',
				body: JSON.stringify(event),
			});

			expect(answer).toEqual({ status: 200, body: { message: 'Workflow was started' } });
			expect(endpoint.calls[0].items.map((item) => item.json)).toEqual([
				{
					...event,
					data_not_fetched:
						'No Trackstar API credential is set on the Trackstar Trigger, so data_url was not read',
				},
			]);
			expect(endpoint.nodeStaticData().deliveredIds).toEqual(['msg_nocred']);
		} finally {
			await endpoint.close();
		}
	});

	it('fails the delivery with a named error when the signing secret is not a whsec_ secret', async () => {
		const endpoint = await trackstarTrigger({ secret: 'not-a-secret' });
		try {
			const answer = await deliver(endpoint.url, 'whsec_AAAAAAAAAAAAAAAAAAAAAAAA', {
				id: 'm1',
				body: '{}',
			});
			expect(answer.status).toBe(500);
			expect(endpoint.calls[0].error?.message).toBe(
				'Invalid Signing Secret: is not a Svix signing secret (whsec_ followed by base64)',
			);
		} finally {
			await endpoint.close();
		}
	});
});
