/**
 * `npm run demo`: n8n with the Trackstar nodes, on the local sandbox, until Ctrl-C.
 * `npm run demo -- --check` starts everything, runs the webhook example once and stops (CI).
 */
import { stopAllInstances } from '../n8n/instance';
import { startDemo, WEBHOOK_EXAMPLE_ID, type Demo } from './startDemo';

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
		`       curl -s -X POST ${n8n.url}/webhook/trackstar/cancel-orders -H 'content-type: application/json' \\`,
		`         -d '{"order_ids": ["${sandbox.orders().find((order) => order.status === 'open')?.id}", "no-such-order"]}'`,
		'  4. Add a node: search "Trackstar" in the node picker.',
		`  What the sandbox received: ${sandbox.url}/__sandbox/requests`,
		'',
		'Press Ctrl+C to stop n8n and the sandbox.',
	].join('\n');
}

/** The --check run: the webhook example, end to end, through the running app. */
async function check(demo: Demo): Promise<void> {
	const open = demo.sandbox.orders().find((order) => order.status === 'open');
	const response = await fetch(`${demo.n8n.url}/webhook/trackstar/cancel-orders`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ order_ids: [open?.id] }),
	});
	const body = (await response.json()) as Array<{ id?: string; status?: string }>;
	if (response.status !== 200 || body[0]?.status !== 'cancelled' || body[0].id !== open?.id) {
		throw new Error(`The ${WEBHOOK_EXAMPLE_ID} webhook answered ${response.status}: ${JSON.stringify(body)}`);
	}
	console.log(`Check passed: the webhook example cancelled order ${open?.id} through n8n.`);
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
