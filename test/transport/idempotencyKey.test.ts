import type { IExecuteFunctions } from 'n8n-workflow';

import { idempotencyKeyOf } from '../../nodes/shared/transport/idempotencyKey';

/** The parts of a node's run the key is made of, as n8n's execute context gives them. */
interface Run {
	instance?: string;
	execution?: string;
	node?: string;
	runIndex?: number;
}

function runContext({ instance = 'i-1', execution = 'e-1', node = 'n-1', runIndex = 0 }: Run) {
	return {
		getInputData: () => [],
		getExecutionId: () => execution,
		getInstanceId: () => instance,
		getNode: () => ({ id: node, name: 'Create Order' }),
		getWorkflowDataProxy: () => ({ $runIndex: runIndex }),
	} as unknown as IExecuteFunctions;
}

const key = (run: Run, itemIndex = 0, path = '/wms/orders', userKey?: string) =>
	idempotencyKeyOf(runContext(run), 'POST', path, itemIndex, userKey);

describe("a write's Idempotency-Key", () => {
	it('is n8n- and 64 hex digits, the same for the same run, item and request', () => {
		expect(key({})).toMatch(/^n8n-[0-9a-f]{64}$/);
		expect(key({})).toBe(key({}));
	});

	it('differs for another instance, execution, node, run index (a loop, an agent calling the tool again), item or request', () => {
		const keys = [
			key({}),
			key({ instance: 'i-2' }),
			key({ execution: 'e-2' }),
			key({ node: 'n-2' }),
			key({ runIndex: 1 }),
			key({}, 1),
			key({}, 0, '/wms/returns'),
		];
		expect(new Set(keys).size).toBe(keys.length);
	});

	it("is the user's own across runs and instances when set, still hashed, and differs per request", () => {
		const own = key({}, 0, '/wms/orders', 'NWO-1');
		expect(own).toMatch(/^n8n-[0-9a-f]{64}$/);
		expect(own).not.toContain('NWO-1');
		expect(key({ instance: 'i-2', execution: 'e-2', runIndex: 3 }, 5, '/wms/orders', 'NWO-1')).toBe(
			own,
		);
		expect(key({}, 0, '/wms/returns', 'NWO-1')).not.toBe(own);
	});

	it('is not sent on a read, nor outside a node run (pickers, triggers)', () => {
		expect(idempotencyKeyOf(runContext({}), 'GET', '/wms/orders', 0, undefined)).toBeUndefined();
		const picker = { getNode: () => ({ id: 'n-1' }) } as unknown as IExecuteFunctions;
		expect(idempotencyKeyOf(picker, 'POST', '/wms/orders', 0, undefined)).toBeUndefined();
	});
});
