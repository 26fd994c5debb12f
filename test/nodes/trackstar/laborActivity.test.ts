import type { Sandbox } from '../../../sandbox';
import { expectItemError } from '../../harness';
import { byId, startTestSandbox, wmsRequests } from '../../support/trackstar';
import { runTrackstar } from '../../support/trackstarNode';

const labor = (parameters: Record<string, unknown>) => ({
	resource: 'laborActivity',
	...parameters,
});

describe('Trackstar: Labor Activity', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startTestSandbox();
	});
	afterAll(async () => await sandbox.close());
	beforeEach(() => sandbox.reset());

	it("lists one worker's picks started before a time, simplified with their duration", async () => {
		const all = await runTrackstar(sandbox, {
			parameters: labor({ operation: 'getAll', returnAll: true, simplify: false }),
		});
		const first = all.items.find((item) => item.json.activity_type === 'pick')!.json;
		sandbox.reset();

		const { items, error } = await runTrackstar(sandbox, {
			timezone: 'UTC',
			parameters: labor({
				operation: 'getAll',
				returnAll: true,
				filters: {
					activityType: 'pick',
					userId: first.user_id,
					activityStartTime: {
						conditions: [{ operator: 'lt', value: '2026-11-20T00:00:00' }],
					},
				},
			}),
		});
		expect(error).toBeUndefined();
		expect(wmsRequests(sandbox)[0].query).toEqual({
			activity_type: 'pick',
			user_id: first.user_id,
			'activity_start_time[lt]': '2026-11-20T00:00:00Z',
			limit: '1000',
		});
		expect(items.length).toBeGreaterThan(0);
		for (const { json } of items) {
			expect(json).toMatchObject({
				activity_type: 'pick',
				user_id: first.user_id,
				user_name: expect.any(String),
				duration_minutes: expect.any(Number),
				associated_object_type: 'order',
			});
		}
	});

	it('refuses an activity type Trackstar does not know before any request', async () => {
		const { error } = await runTrackstar(sandbox, {
			parameters: labor({ operation: 'getAll', filters: { activityType: 'nap' } }),
		});
		expectItemError(error, 'Invalid Activity Type: unknown value "nap"', 0);
		expect(wmsRequests(sandbox)).toEqual([]);
	});

	it('gets one labor activity by ID, whole when Simplify is off', async () => {
		const listed = await runTrackstar(sandbox, {
			parameters: labor({ operation: 'getAll', limit: 1, simplify: false }),
		});
		const target = listed.items[0].json;
		const { items } = await runTrackstar(sandbox, {
			parameters: labor({
				operation: 'get',
				laborActivityId: byId(String(target.id)),
				simplify: false,
			}),
		});
		expect(items[0].json).toEqual(target);
	});
});
