/**
 * `npm run sandbox`: starts the Trackstar sandbox on SANDBOX_PORT (default 4010) and prints how to
 * call it. Optional: SANDBOX_HOST, SANDBOX_ORDER_COUNT, SANDBOX_SEED, SANDBOX_ENFORCE_RATE_LIMIT=1
 * to answer 429 above Trackstar's limits, and SANDBOX_ACTIVITY_MS: milliseconds between two ticks
 * of the live warehouse (default 120000; 0 keeps the orders still), and SANDBOX_INTEGRATION (or
 * `--integration logiwa`): the integration of the WMS access token's connection, default sandbox.
 * Stops on SIGINT / SIGTERM.
 */
import process from '@n8n-nodes-trackstar/node-runtime/process';
import { print, printError } from '@n8n-nodes-trackstar/node-runtime/terminal';

import { DEFAULT_ACTIVITY_EVERY_MS } from './activity';
import { startSandbox } from './server';

function numberFromEnv(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0) {
		printError(`${name} must be a non-negative integer, got "${raw}"`);
		process.exit(1);
	}
	return value;
}

/** `--integration <name>` or `--integration=<name>`, else SANDBOX_INTEGRATION. */
function integrationOption(): string | undefined {
	const args = process.argv.slice(2);
	const index = args.findIndex(
		(arg) => arg === '--integration' || arg.startsWith('--integration='),
	);
	if (index === -1) return process.env.SANDBOX_INTEGRATION || undefined;
	return args[index].includes('=') ? args[index].split('=')[1] : args[index + 1];
}

async function main() {
	const sandbox = await startSandbox({
		port: numberFromEnv('SANDBOX_PORT', 4010),
		host: process.env.SANDBOX_HOST || undefined,
		orderCount: numberFromEnv('SANDBOX_ORDER_COUNT', 240),
		inventoryCount: numberFromEnv('SANDBOX_INVENTORY_COUNT', 0), // 0: the catalog's 32
		seed: numberFromEnv('SANDBOX_SEED', 42),
		rateLimit: { enforce: process.env.SANDBOX_ENFORCE_RATE_LIMIT === '1' },
		activity: { everyMs: numberFromEnv('SANDBOX_ACTIVITY_MS', DEFAULT_ACTIVITY_EVERY_MS) },
		integration: integrationOption(),
	});
	const lines = [
		`Trackstar sandbox listening on ${sandbox.url} (${sandbox.orders().length} orders)`,
		'',
		`  Base URL      ${sandbox.url}`,
		`  API key       ${sandbox.apiKey}        (header x-trackstar-api-key)`,
		`  Access token  ${sandbox.accessToken}   (header x-trackstar-access-token; /wms and /cart)`,
		`                ${sandbox.freightAccessToken}   (a freight connection's: /freight only)`,
		`                ${sandbox.carrierAccessToken}   (a carrier connection's: /carrier only)`,
		'',
		'Example:',
		`  curl -s '${sandbox.url}/wms/orders?status=open&limit=2' \\`,
		`    -H 'x-trackstar-api-key: ${sandbox.apiKey}' \\`,
		`    -H 'x-trackstar-access-token: ${sandbox.accessToken}'`,
		'',
		`Request log: GET ${sandbox.url}/__sandbox/requests`,
		`Re-seed:     POST ${sandbox.url}/__sandbox/reset`,
		`Integration: PUT ${sandbox.url}/__sandbox/connection {"integration_name": "logiwa"} (GET ${sandbox.url}/integrations/wms lists them)`,
		sandbox.activity.running
			? `Live warehouse: orders arrive, get stuck, ship and move on every ${process.env.SANDBOX_ACTIVITY_MS || DEFAULT_ACTIVITY_EVERY_MS} ms (SANDBOX_ACTIVITY_MS=0 stops it).`
			: 'Live warehouse: off (SANDBOX_ACTIVITY_MS=0).',
		'Press Ctrl+C to stop.',
	];
	print(lines.join('\n'));

	let stopping = false;
	const stop = (signal: string) => {
		if (stopping) return;
		stopping = true;
		print(`\n${signal} received, stopping the sandbox...`);
		sandbox.close().then(
			() => process.exit(0),
			(error: unknown) => {
				printError(error);
				process.exit(1);
			},
		);
	};
	process.on('SIGINT', () => stop('SIGINT'));
	process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
	printError(error instanceof Error ? error.message : error);
	process.exit(1);
});
