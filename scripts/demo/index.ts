/**
 * `npm run demo`: n8n with the Trackstar nodes, on the local sandbox, until Ctrl-C.
 * `npm run demo -- --check` starts everything, runs every example once, checks what each shows, and stops (CI).
 */
import { relative } from '@n8n-nodes-trackstar/node-runtime/path';
import process from '@n8n-nodes-trackstar/node-runtime/process';
import { print, printError } from '@n8n-nodes-trackstar/node-runtime/terminal';

import { stopAllInstances } from '../n8n/instance';
import { stopDescendants, whenParentDies } from '../support/processTree';
import { checkExamples } from './checkExamples';
import { MCP_EXAMPLE, startDemo, STOREFRONT_ORDER_FILE, webhookUrl, type Demo } from './startDemo';

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
		'  3. Cancel orders through the active webhook workflow (the first ID is an order open now):',
		`       curl -s -X POST ${webhookUrl(demo, 'cancel')} -H 'content-type: application/json' \\`,
		`         -d '{"order_ids": ["${sandbox.orders().find((order) => order.status === 'open')?.id}", "no-such-order"]}'`,
		'  4. Post a storefront order; the active storefront workflow creates it in the warehouse:',
		`       curl -s -X POST ${webhookUrl(demo, 'storefront')} -H 'content-type: application/json' \\`,
		`         -d @${relative(process.cwd(), STOREFRONT_ORDER_FILE)}`,
		`  5. Give an AI agent Trackstar tools: point an MCP client (Streamable HTTP) at ${n8n.url}/mcp/${MCP_EXAMPLE.path}`,
		'  6. Add a node: search "Trackstar" in the node picker.',
		'  7. See the WMS Fields of Order > Create change with the connected WMS (sandbox, shiphero, logiwa,',
		'     extensiv-3pl-central, ongoing), then reopen the node and pick Refresh in its WMS Fields:',
		`       curl -s -X PUT ${sandbox.url}/__sandbox/connection -H 'content-type: application/json' -d '{"integration_name": "logiwa"}'`,
		`  What the sandbox received: ${sandbox.url}/__sandbox/requests`,
		'',
		'Press Ctrl+C to stop n8n and the sandbox.',
	].join('\n');
}

let stopping = false;

/**
 * Stops n8n (gracefully, then its whole process group), the sandbox and anything else this
 * process started, then exits. npm passes SIGINT and SIGTERM on to the demo (its script `exec`s
 * it); a terminal's Ctrl+C reaches the whole group; a parent that dies leaves it orphaned.
 */
function stopEverything(why: string): void {
	if (stopping) return;
	stopping = true;
	print(`\n${why}: stopping n8n and the sandbox...`);
	void stopAllInstances()
		.catch(() => undefined)
		.then(async () => await stopDescendants())
		.finally(() => process.exit(0));
}

async function main() {
	const checkOnly = process.argv.includes('--check');
	// From the first moment: a signal during start-up must not leave n8n or its install running.
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.once(signal, () => stopEverything(signal));
	}
	whenParentDies(() => stopEverything('The process that started the demo ended'));
	const demo = await startDemo({
		n8nPort: Number(process.env.N8N_PORT ?? 5678),
		sandboxPort: Number(process.env.SANDBOX_PORT ?? 4010),
		integration: process.env.SANDBOX_INTEGRATION,
		say: (line) => print(line),
	});
	if (checkOnly) {
		try {
			await checkExamples(demo, (line) => print(line));
		} finally {
			await demo.stop();
		}
		return;
	}
	print(welcome(demo));
}

main().catch((error: unknown) => {
	if (stopping) return; // n8n was stopped on purpose mid-start; the signal handler exits
	printError(error instanceof Error ? error.message : error);
	process.exit(1);
});
