import type { Sandbox } from '../../sandbox';
import { expectItemError } from '../harness';
import { expectValidAgainst } from '../support/openapi';
import { byId, runOrders, startTestSandbox, wmsRequests } from '../support/trackstar';

const TAGS_SCHEMA = 'AddTrackstarTagwmsOrder--WMS_Sandbox--';

describe('Trackstar Orders: Set Trackstar Tags', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	async function setTags(orderId: string, tag: Array<{ name: string; value: string }>) {
		return await runOrders(sandbox, {
			parameters: { operation: 'setTags', orderId: byId(orderId), trackstarTags: { tag } },
		});
	}

	it('replaces the Trackstar tags with strings and key-value pairs, valid against the tags schema', async () => {
		// Trackstar's tags live in Trackstar, not the WMS: a shipped order takes them too.
		const order = sandbox.orders().find((candidate) => candidate.status === 'fulfilled')!;
		const { items, error, hints } = await setTags(order.id, [
			{ name: 'reviewed', value: '' },
			{ name: 'team', value: 'ops' },
		]);

		expect(error).toBeUndefined();
		const [request] = wmsRequests(sandbox);
		expect(request).toMatchObject({
			method: 'PUT',
			path: `/wms/orders/${order.id}/trackstar-tags`,
		});
		expect(request.body).toEqual({ trackstar_tags: ['reviewed', { team: 'ops' }] });
		expectValidAgainst(TAGS_SCHEMA, request.body);
		expect(items[0].json).toMatchObject({
			id: order.id,
			trackstar_tags: ['reviewed', { team: 'ops' }],
			unused_fields: [],
		});
		expect(sandbox.order(order.id)?.trackstar_tags).toEqual(['reviewed', { team: 'ops' }]);
		expect(hints).toEqual([]);
	});

	it('refuses a list without a named tag before any request', async () => {
		const { error } = await setTags(sandbox.orders()[0].id, [{ name: ' ', value: '' }]);
		expectItemError(error, 'Invalid Trackstar Tags: no tag has a name', 0);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('refuses a value without a tag name, naming the field', async () => {
		const { error } = await setTags(sandbox.orders()[0].id, [{ name: '', value: 'ops' }]);
		expectItemError(error, 'Invalid Trackstar Tags: the value "ops" has no tag name', 0);
		expect(wmsRequests(sandbox)).toEqual([]);
	});
});
