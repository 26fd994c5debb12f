/**
 * `npm run demo`: n8n with the Trackstar nodes, on the local sandbox, until Ctrl-C.
 * `npm run demo -- --check` starts everything, runs the webhook examples once and stops (CI).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

import { stopAllInstances } from '../n8n/instance';
import { startDemo, STOREFRONT_ORDER_FILE, WEBHOOK_EXAMPLES, type Demo } from './startDemo';

const bold = (text: string) => `\x1b[1m${text}\x1b[0m`;

function welcome(demo: Demo): string {
	const { n8n, sandbox, owner } = demo;
	return [
		'',
		bold(`n8n ${n8n.version} is running with n8n-nodes-trackstar: ${n8n.url}`),
		`  Log in as    ${owner.email}  /  ${owner.password}`,
		`  Sandbox      ${sandbox.url}  (${sandbox.orders().length} orders; credential "Trackstar API (sandbox)")`,
		`  n8n's log    ${n8n.logFile}`,
		'',
		'Try:',
		'  1. Open "Trackstar: orders in exception or backordered (every 15 minutes)" and click Execute workflow.',
		'  2. Open "Trackstar: switch a customer\'s open orders to UPS Ground", execute it, and read unused_fields.',
		'  3. Cancel orders through the active webhook workflow:',
		`       curl -s -X POST ${webhookUrl(demo, 'cancel')} -H 'content-type: application/json' \\`,
		`         -d '{"order_ids": ["${sandbox.orders().find((order) => order.status === 'open')?.id}", "no-such-order"]}'`,
		'  4. Post a storefront order; the active storefront workflow creates it in the warehouse:',
		`       curl -s -X POST ${webhookUrl(demo, 'storefront')} -H 'content-type: application/json' \\`,
		`         -d @${relative(process.cwd(), STOREFRONT_ORDER_FILE)}`,
		'  5. Add a node: search "Trackstar" in the node picker.',
		`  What the sandbox received: ${sandbox.url}/__sandbox/requests`,
		'',
		'Press Ctrl+C to stop n8n and the sandbox.',
	].join('\n');
}

const webhookUrl = (demo: Demo, example: keyof typeof WEBHOOK_EXAMPLES) =>
	`${demo.n8n.url}/webhook/${WEBHOOK_EXAMPLES[example].path}`;

async function post(demo: Demo, example: keyof typeof WEBHOOK_EXAMPLES, body: string): Promise<unknown> {
	const response = await fetch(webhookUrl(demo, example), {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body,
	});
	const answer: unknown = await response.json();
	if (response.status !== 200) {
		throw new Error(`The ${WEBHOOK_EXAMPLES[example].id} webhook answered ${response.status}: ${JSON.stringify(answer)}`);
	}
	return answer;
}

/** The --check run: the webhook examples, end to end, through the running app. */
async function check(demo: Demo): Promise<void> {
	const open = demo.sandbox.orders().find((order) => order.status === 'open');
	const [cancelled] = (await post(demo, 'cancel', JSON.stringify({ order_ids: [open?.id] }))) as Array<Record<string, unknown>>;
	if (cancelled?.status !== 'cancelled' || cancelled.id !== open?.id) {
		throw new Error(`The cancel example answered ${JSON.stringify(cancelled)}`);
	}
	console.log(`Check passed: the webhook example cancelled order ${open?.id} through n8n.`);

	const created = (await post(demo, 'storefront', readFileSync(STOREFRONT_ORDER_FILE, 'utf8'))) as Record<string, unknown>;
	const stored = demo.sandbox.order(String(created.id));
	if (stored?.order_number !== '#1001' || stored.line_items.length !== 2) {
		throw new Error(`The storefront example answered ${JSON.stringify(created)}`);
	}
	console.log(`Check passed: the storefront example created order ${stored.id} with ${stored.line_items.length} lines.`);
}

let stopping = false;

async function main() {
	const checkOnly = process.argv.includes('--check');
	// From the first moment: a Ctrl+C during start-up must not leave n8n running either.
	for (const signal of ['SIGINT', 'SIGTERM'] as const) {
		process.once(signal, () => {
			stopping = true;
			console.log('\nStopping n8n and the sandbox...');
			void stopAllInstances().finally(() => process.exit(0));
		});
	}
	const demo = await startDemo({
		n8nPort: Number(process.env.N8N_PORT ?? 5678),
		sandboxPort: Number(process.env.SANDBOX_PORT ?? 4010),
		say: (line) => console.log(line),
	});
	if (checkOnly) {
		try {
			await check(demo);
		} finally {
			await demo.stop();
		}
		return;
	}
	console.log(welcome(demo));
}

main().catch((error: unknown) => {
	if (stopping) return; // n8n was stopped on purpose mid-start; the signal handler exits
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
