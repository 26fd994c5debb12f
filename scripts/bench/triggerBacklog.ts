/**
 * `npm run build && npx tsx scripts/bench/triggerBacklog.ts`: how long a backlog of 10,000 changed records takes to
 * drain through a polling trigger with the default Max Records per Poll (1,000), against the
 * sandbox enforcing Trackstar's read limit (10 a second, 429 above it). The Orders Trigger
 * (Updated Order) and the Polling Trigger (Updated Inventory Item) each poll back to back in n8n's
 * engine, as n8n would on each tick; what one poll takes is printed, and how many polls.
 */
import process from '@n8n-nodes-trackstar/node-runtime/process';
import { print, printError } from '@n8n-nodes-trackstar/node-runtime/terminal';

import type { INodeType } from 'n8n-workflow';

import { type Sandbox, startSandbox } from '../../sandbox';
import { activatePoller } from '../../test/harness/poll';
import { builtCredential, builtNode } from '../support/builtPackage';

const TrackstarOrdersTrigger = builtNode('TrackstarOrdersTrigger');
const TrackstarPollingTrigger = builtNode('TrackstarPollingTrigger');
const TrackstarApi = builtCredential('TrackstarApi');

const BACKLOG = 10_000;
const at = (base: number, seconds: number) =>
	new Date(base + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

async function drain(
	label: string,
	sandbox: Sandbox,
	node: INodeType,
	parameters: object,
	change: (index: number, when: string) => void,
) {
	const trackstarApi = {
		apiKey: sandbox.apiKey,
		accessToken: sandbox.accessToken,
		baseUrl: sandbox.url,
	};
	const poller = activatePoller({
		node,
		credentialTypes: [new TrackstarApi()],
		credentials: { trackstarApi },
		parameters: parameters as never,
	});
	const learn = await poller.poll();
	if (learn.error) throw learn.error;

	const start = Math.ceil(Date.now() / 1000) * 1000;
	for (let index = 0; index < BACKLOG; index++)
		change(index, at(start, 1 + Math.floor(index / 100)));
	sandbox.requests.length = 0;

	const polls: Array<{ emitted: number; ms: number; requests: number }> = [];
	const began = Date.now();
	for (;;) {
		const before = sandbox.requests.length;
		const t0 = Date.now();
		const result = await poller.poll();
		if (result.error) throw result.error;
		polls.push({
			emitted: result.items.length,
			ms: Date.now() - t0,
			requests: sandbox.requests.length - before,
		});
		if (!result.emitted) break;
	}
	const total = Date.now() - began;
	const emitted = polls.reduce((sum, poll) => sum + poll.emitted, 0);
	const refused = sandbox.requests.filter((request) => request.status === 429).length;
	print(
		`\n${label}: ${emitted} records emitted in ${polls.length - 1} polls (+1 empty), ${sandbox.requests.length} list requests (${refused} answered 429), ${(total / 1000).toFixed(1)} s of polling in all`,
	);
	print(
		polls
			.map(
				(poll, index) =>
					`  poll ${index + 1}: ${poll.emitted} emitted, ${poll.requests} requests, ${(poll.ms / 1000).toFixed(2)} s`,
			)
			.join('\n'),
	);
}

async function main() {
	const orders = await startSandbox({ port: 0, orderCount: BACKLOG, rateLimit: { enforce: true } });
	try {
		const all = orders.orders();
		await drain(
			'Orders Trigger, Updated Order',
			orders,
			new TrackstarOrdersTrigger(),
			{ event: 'updatedOrder' },
			(index, when) =>
				orders.upsertOrder({
					...all[index],
					status: 'exception',
					updated_date: when,
					trackstar_updated_date: when,
				}),
		);
	} finally {
		await orders.close();
	}
	const inventory = await startSandbox({
		port: 0,
		inventoryCount: BACKLOG,
		rateLimit: { enforce: true },
	});
	try {
		const all = inventory.inventoryItems();
		await drain(
			'Polling Trigger, Updated Inventory Item',
			inventory,
			new TrackstarPollingTrigger(),
			{ resource: 'inventoryItem', event: 'updated' },
			(index, when) =>
				inventory.upsertInventoryItem({
					...all[index],
					fulfillable: all[index].fulfillable + 1,
					updated_date: when,
				}),
		);
	} finally {
		await inventory.close();
	}
}

main().catch((error: unknown) => {
	printError(error);
	process.exitCode = 1;
});
