import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { changeReturn, manualPollingPoll, pollingPoller } from '../support/pollingTrigger';
import { wmsRequests } from '../support/trackstar';
import { at, ids, wholeSecondNow } from '../support/triggers';

describe('Trackstar Polling Trigger: returns', () => {
	let sandbox: Sandbox;
	let start: number;

	beforeEach(async () => {
		start = wholeSecondNow();
		sandbox = await startSandbox({ port: 0, now: new Date(start - 1000) });
	});
	afterEach(async () => await sandbox.close());

	const received = { resource: 'return', event: 'statusChanged', statuses: ['received'] };

	it('emits a return when it is received, not again while it changes otherwise, and again after it left', async () => {
		const poller = pollingPoller(sandbox, received);
		expect((await poller.poll()).emitted).toBe(false);
		expect(wmsRequests(sandbox)[0].path).toBe('/wms/returns');
		const open = sandbox.returns().find((candidate) => candidate.status === 'in-transit')!;

		changeReturn(sandbox, open.id, at(start, 5), { status: 'receiving' });
		expect((await poller.poll()).emitted).toBe(false);
		changeReturn(sandbox, open.id, at(start, 6), { status: 'received' });
		const arrived = await poller.poll();
		expect(arrived.items.map((item) => [item.json.id, item.json.status])).toEqual([
			[open.id, 'received'],
		]);
		expect(Object.keys(wmsRequests(sandbox).at(-1)?.query ?? {})).toContain('updated_date[gte]');

		// Within the same second, a change that is not a status change: nothing.
		changeReturn(sandbox, open.id, at(start, 6), { notes: ['Box dented'] });
		expect((await poller.poll()).emitted).toBe(false);
		changeReturn(sandbox, open.id, at(start, 7), { status: 'other' });
		expect((await poller.poll()).emitted).toBe(false);
		changeReturn(sandbox, open.id, at(start, 8), { status: 'received' });
		expect(ids((await poller.poll()).items)).toEqual([open.id]);
	});

	it('emits every change for "updated" and new returns for "new", each once', async () => {
		const updated = pollingPoller(sandbox, { resource: 'return', event: 'updated' });
		const created = pollingPoller(sandbox, { resource: 'return', event: 'new' });
		await updated.poll();
		await created.poll();
		const [first, second] = sandbox.returns();
		changeReturn(sandbox, first.id, at(start, 5), { status: 'cancelled' });
		changeReturn(sandbox, second.id, at(start, 5), { id: 'ret-new', created_date: at(start, 5) });
		expect(ids((await updated.poll()).items)).toEqual([first.id, 'ret-new'].sort());
		expect(ids((await created.poll()).items)).toEqual(['ret-new']);
		expect(Object.keys(wmsRequests(sandbox).at(-1)?.query ?? {})).toContain('created_date[gte]');
		expect((await updated.poll()).emitted).toBe(false);
	});

	it('shows the newest received returns in a manual run', async () => {
		const { items, error } = await manualPollingPoll(sandbox, received);
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)[0].query['status[in]']).toBe('received');
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(item.json.status).toBe('received');
	});
});
