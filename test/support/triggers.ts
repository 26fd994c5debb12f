import type { IDataObject } from 'n8n-workflow';

import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { TrackstarOrdersTrigger } from '../../nodes/TrackstarOrdersTrigger/TrackstarOrdersTrigger.node';
import type { Order, Sandbox } from '../../sandbox';
import { activatePoller, runManualPoll } from '../harness/poll';
import { NODE_NAME } from '../harness/runNode';
import { trackstarCredentials } from './trackstar';

/** Trackstar's date format for a time `seconds` after `base`. */
export function at(base: number, seconds: number): string {
	return new Date(base + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The current time rounded up to a whole second, so `at(start, n)` lies ahead of every seeded date. */
export function wholeSecondNow(): number {
	return Math.ceil(Date.now() / 1000) * 1000;
}

const templates = new WeakMap<Sandbox, Order>();

/** A new order in the sandbox, created (and last changed) at `when`. */
export function addOrder(sandbox: Sandbox, id: string, when: string, changes: Partial<Order> = {}): Order {
	if (!templates.has(sandbox)) templates.set(sandbox, sandbox.orders()[0]);
	const order: Order = {
		...(templates.get(sandbox) as Order),
		id,
		order_number: `SO-${id}`,
		reference_id: `ref-${id}`,
		status: 'open',
		created_date: when,
		updated_date: when,
		trackstar_created_date: when,
		trackstar_updated_date: when,
		...changes,
	};
	sandbox.upsertOrder(order);
	return order;
}

/** An existing order changed in the WMS and synced by Trackstar at `when`. */
export function changeOrder(sandbox: Sandbox, id: string, when: string, changes: Partial<Order>): Order {
	const order = { ...(sandbox.order(id) as Order), ...changes, updated_date: when, trackstar_updated_date: when };
	sandbox.upsertOrder(order);
	return order;
}

/** An activated poller; `nodeStaticData` is what the node had saved before activation, if anything. */
export function ordersPoller(sandbox: Sandbox, parameters: IDataObject, nodeStaticData?: IDataObject) {
	return activatePoller(
		{
			node: new TrackstarOrdersTrigger(),
			credentialTypes: [new TrackstarApi()],
			credentials: { trackstarApi: trackstarCredentials(sandbox) },
			parameters: parameters as never,
		},
		nodeStaticData ? { [`node:${NODE_NAME}`]: nodeStaticData } : {},
	);
}

export async function manualOrdersPoll(sandbox: Sandbox, parameters: IDataObject) {
	return await runManualPoll({
		node: new TrackstarOrdersTrigger(),
		credentialTypes: [new TrackstarApi()],
		credentials: { trackstarApi: trackstarCredentials(sandbox) },
		parameters: parameters as never,
	});
}

export const ids = (items: Array<{ json: IDataObject }>) => items.map((item) => item.json.id);
