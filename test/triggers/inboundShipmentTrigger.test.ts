import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { changeInboundShipment, manualPollingPoll, pollingPoller } from '../support/pollingTrigger';
import { wmsRequests } from '../support/trackstar';
import { at, ids, wholeSecondNow } from '../support/triggers';

describe('Trackstar Polling Trigger: inbound shipments', () => {
	let sandbox: Sandbox;
	let start: number;

	beforeEach(async () => {
		start = wholeSecondNow();
		sandbox = await startSandbox({ port: 0, now: new Date(start - 1000) });
	});
	afterEach(async () => await sandbox.close());

	const arrived = {
		resource: 'inboundShipment',
		event: 'statusChanged',
		statuses: ['receiving', 'received'],
	};

	it('emits a shipment when it enters a chosen status, not when it changes otherwise while in it, and again after it left', async () => {
		const poller = pollingPoller(sandbox, arrived);
		expect((await poller.poll()).emitted).toBe(false);
		expect(wmsRequests(sandbox)[0].path).toBe('/wms/inbound-shipments');
		const shipment = sandbox.inboundShipments().find((candidate) => candidate.status === 'open')!;

		changeInboundShipment(sandbox, shipment.id, at(start, 5), { status: 'in-transit' });
		expect((await poller.poll()).emitted).toBe(false);
		changeInboundShipment(sandbox, shipment.id, at(start, 6), { status: 'receiving' });
		const receiving = await poller.poll();
		expect(receiving.items.map((item) => [item.json.id, item.json.status])).toEqual([
			[shipment.id, 'receiving'],
		]);
		expect(Object.keys(wmsRequests(sandbox).at(-1)?.query ?? {})).toContain('updated_date[gte]');

		// Within the same second, a change that is not a status change: nothing.
		changeInboundShipment(sandbox, shipment.id, at(start, 6), { tracking_numbers: ['1Z999'] });
		expect((await poller.poll()).emitted).toBe(false);
		changeInboundShipment(sandbox, shipment.id, at(start, 7), { status: 'received' });
		expect((await poller.poll()).items.map((item) => item.json.status)).toEqual(['received']);
		expect((await poller.poll()).emitted).toBe(false);
	});

	it('emits every change for "updated" and new shipments for "new", each once', async () => {
		const updated = pollingPoller(sandbox, { resource: 'inboundShipment', event: 'updated' });
		const created = pollingPoller(sandbox, { resource: 'inboundShipment', event: 'new' });
		await updated.poll();
		await created.poll();
		const [first, second] = sandbox.inboundShipments();
		changeInboundShipment(sandbox, first.id, at(start, 5), { status: 'cancelled' });
		changeInboundShipment(sandbox, second.id, at(start, 5), {
			id: 'ibs-new',
			created_date: at(start, 5),
		});
		expect(ids((await updated.poll()).items)).toEqual([first.id, 'ibs-new'].sort());
		expect(ids((await created.poll()).items)).toEqual(['ibs-new']);
		expect(Object.keys(wmsRequests(sandbox).at(-1)?.query ?? {})).toContain('created_date[gte]');
		expect((await updated.poll()).emitted).toBe(false);
	});

	it('shows the newest shipments in a chosen status in a manual run', async () => {
		const { items, error } = await manualPollingPoll(sandbox, arrived);
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)[0].query['status[in]']).toBe('receiving,received');
		for (const item of items) expect(['receiving', 'received']).toContain(item.json.status);
	});

	it('refuses "status changed" without a status, before any request', async () => {
		const { error } = await pollingPoller(sandbox, { ...arrived, statuses: [] }).poll();
		expect(error?.message).toBe('Invalid Statuses: no status is chosen');
		expect(wmsRequests(sandbox)).toHaveLength(0);
	});
});
