/**
 * `npm run demo -- --check`: every example the demo imports, run as a user runs it (the webhook
 * ones through their production URL, the MCP one through an MCP client, the others as the
 * editor's Execute workflow does), each
 * required to show the results its sticky note promises.
 */
import { readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';

import { runFromEditor } from '../n8n/editorRun';
import { connectMcp, toolOutput } from '../n8n/mcpClient';
import { readExamples } from './examples';
import {
	MCP_EXAMPLE,
	STOREFRONT_ORDER_FILE,
	WEBHOOK_EXAMPLES,
	webhookUrl,
	type Demo,
} from './startDemo';

type Items = Array<{ json: Record<string, unknown> }>;

/** How to run an example and what its run must show; every example in examples/ has one. */
interface ExampleCheck {
	run(demo: Demo): Promise<string>;
}

async function post(
	demo: Demo,
	example: keyof typeof WEBHOOK_EXAMPLES,
	body: string,
): Promise<unknown> {
	const response = await fetch(webhookUrl(demo, example), {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body,
	});
	const answer: unknown = await response.json();
	if (response.status !== 200) {
		throw new Error(
			`The ${WEBHOOK_EXAMPLES[example].id} webhook answered ${response.status}: ${JSON.stringify(answer)}`,
		);
	}
	return answer;
}

/** Runs a workflow from `trigger` as the editor's Execute workflow does; returns `node`'s items. */
async function executeFor(
	demo: Demo,
	workflowId: string,
	trigger: string,
	node: string,
): Promise<Items> {
	const run = await runFromEditor(demo.n8n, workflowId, trigger);
	if (run.status !== 'success') {
		throw new Error(`${workflowId} did not succeed (${run.status ?? 'no status'}): ${run.output}`);
	}
	const items = run.items[node] ?? [];
	if (items.length === 0) {
		const counts = Object.entries(run.items).map(([name, out]) => `${name}: ${out.length}`);
		throw new Error(`${workflowId} ran but "${node}" output no item (${counts.join(', ')})`);
	}
	return items;
}

const EXAMPLE_CHECKS: Record<string, ExampleCheck> = {
	tsAgentTools1: {
		async run(demo) {
			const mcp = await connectMcp(demo.n8n.appDir, `${demo.n8n.url}/mcp/${MCP_EXAMPLE.path}`);
			try {
				const tools = await mcp.listTools();
				const order = demo.sandbox.orders()[0];
				const answer = JSON.stringify(
					toolOutput(await mcp.callTool('Get_Order', { order_id: order.id })),
				);
				if (!answer.includes(order.id))
					throw new Error(`The MCP tool Get_Order answered ${answer}`);
				const item = demo.sandbox.inventoryItems()[0];
				const stock = JSON.stringify(
					toolOutput(await mcp.callTool('Find_Inventory_By_SKU', { sku: item.sku })),
				);
				if (!stock.includes(item.id) || !stock.includes('fulfillable'))
					throw new Error(`The MCP tool Find_Inventory_By_SKU answered ${stock}`);
				return `an MCP client listed ${tools.map((tool) => tool.name).join(', ')}; Get_Order read order ${order.id} and Find_Inventory_By_SKU the stock of ${item.sku}`;
			} finally {
				await mcp.close();
			}
		},
	},
	tsReturnsYesterday: {
		async run(demo) {
			const summaries = await executeFor(
				demo,
				'tsReturnsYesterday',
				'Run It Now',
				'One Summary per Return',
			);
			const empty = summaries.filter(({ json }) => !json.return_id || !json.summary);
			if (empty.length > 0)
				throw new Error(`tsReturnsYesterday made the summary ${JSON.stringify(empty[0].json)}`);
			return `${summaries.length} returns received yesterday: "${String(summaries[0].json.summary)}"`;
		},
	},
	tsRefundOnReturn: {
		async run(demo) {
			const before = demo.sandbox.cartRefunds().length;
			const tagged = await executeFor(demo, 'tsRefundOnReturn', 'Return Received', 'Tag Refunded');
			const refunds = demo.sandbox.cartRefunds().slice(before);
			const order = demo.sandbox
				.cartOrders()
				.find((candidate) => candidate.id === String(refunds[0]?.order_id));
			if (
				tagged.length !== 1 ||
				refunds.length !== 1 ||
				!order?.trackstar_tags.includes('refunded')
			)
				throw new Error(
					`tsRefundOnReturn tagged ${tagged.length} order(s) and the store took ${JSON.stringify(refunds)}`,
				);
			const units = refunds[0].refund_line_items.reduce((sum, line) => sum + line.quantity, 0);
			return `store order ${order.order_number} refunded once, ${refunds[0].transactions[0].amount} ${order.invoice_currency_code} for the ${units} units its return brought back, and tagged refunded`;
		},
	},
	tsExceptionsScan: {
		async run(demo) {
			const lines = await executeFor(demo, 'tsExceptionsScan', 'Run It Now', 'One Line per Order');
			return `${lines.length} orders in exception or backordered, updated in the last hour: "${String(lines[0].json.message)}"`;
		},
	},
	tsFixShipMethods: {
		async run(demo) {
			const updated = await executeFor(
				demo,
				'tsFixShipMethods',
				'Run It',
				'Set Shipping Method to UPS Ground',
			);
			const wrong = updated.filter(({ json }) => json.shipping_method_id !== 'ups_ground');
			if (wrong.length > 0)
				throw new Error(`tsFixShipMethods left ${JSON.stringify(wrong[0].json)}`);
			return `${updated.length} open order(s) of Juniper & Sage switched to UPS Ground`;
		},
	},
	tsLowStockAlert1: {
		async run(demo) {
			const lines = await executeFor(demo, 'tsLowStockAlert1', 'Run It Now', 'One Line per SKU');
			const high = lines.filter(({ json }) => Number(json.fulfillable) > 10);
			if (high.length > 0)
				throw new Error(`tsLowStockAlert1 alerted on ${JSON.stringify(high[0].json)}`);
			return `${lines.length} SKUs at or below 10 fulfillable: "${String(lines[0].json.message)}"`;
		},
	},
	tsProductsRows01: {
		async run(demo) {
			const created = await executeFor(demo, 'tsProductsRows01', 'Run It', 'Create Product');
			const missing = created.filter(
				({ json }) =>
					!demo.sandbox.product(String(json.id)) ||
					json.sku !== demo.sandbox.product(String(json.id))?.sku,
			);
			if (created.length !== 3 || missing.length > 0)
				throw new Error(
					`tsProductsRows01 created ${JSON.stringify(created.map(({ json }) => json))}`,
				);
			return `3 products created from rows: ${created.map(({ json }) => String(json.sku)).join(', ')}`;
		},
	},
	tsCarrierAudit01: {
		async run(demo) {
			const rows = await executeFor(demo, 'tsCarrierAudit01', 'Run It Now', 'Row for the Sheet');
			const since = Date.now() - 31 * 24 * 3600 * 1000;
			const totals = new Map<string, number>();
			for (const lineItem of demo.sandbox.invoiceLineItems())
				if (Date.parse(lineItem.transaction_date) >= since && lineItem.tracking_number)
					totals.set(
						lineItem.tracking_number,
						(totals.get(lineItem.tracking_number) ?? 0) + lineItem.net_cost,
					);
			const wrong = rows.filter(
				({ json }) =>
					Number(json.net_total) <= 30 ||
					Math.abs(Number(json.net_total) - (totals.get(String(json.tracking_number)) ?? 0)) > 0.01,
			);
			if (wrong.length > 0)
				throw new Error(`tsCarrierAudit01 made the row ${JSON.stringify(wrong[0].json)}`);
			return `${rows.length} shipments over $30, e.g. ${JSON.stringify(rows[0].json)}`;
		},
	},
	tsOnboardLink01: {
		async run(demo) {
			const [record] = await executeFor(demo, 'tsOnboardLink01', 'Try It', 'Onboarding Record');
			if (!record.json.magic_link_id || !String(record.json.message).includes('Acme Outdoor'))
				throw new Error(`tsOnboardLink01 made the record ${JSON.stringify(record.json)}`);
			const followUps = await executeFor(demo, 'tsOnboardLink01', 'Check Now', 'Follow Up');
			if (!followUps.some(({ json }) => json.magic_link_id === record.json.magic_link_id))
				throw new Error(
					`tsOnboardLink01 did not follow up the new link: ${JSON.stringify(followUps.map(({ json }) => json))}`,
				);
			return `a magic link for acme-outdoor (expires ${String(record.json.expires_at)}), then ${followUps.length} follow-up(s): "${String(followUps[0].json.message)}"`;
		},
	},
	tsStockReport001: {
		async run(demo) {
			const rows = await executeFor(demo, 'tsStockReport001', 'Run It Now', 'Report Row');
			const incomplete = rows.filter(
				({ json }) => !json.sku || !json.warehouse || typeof json.onhand !== 'number',
			);
			if (incomplete.length > 0)
				throw new Error(`tsStockReport001 made the row ${JSON.stringify(incomplete[0].json)}`);
			return `${rows.length} rows of stock per SKU and warehouse, e.g. ${JSON.stringify(rows[0].json)}`;
		},
	},
	tsOrdersTrigger1: {
		async run(demo) {
			const lines = await executeFor(
				demo,
				'tsOrdersTrigger1',
				'Order Entered Exception',
				'One Line per Order',
			);
			return `the polling trigger's test event: "${String(lines[0].json.message)}"`;
		},
	},
	tsLowStockPoll01: {
		async run(demo) {
			const lines = await executeFor(
				demo,
				'tsLowStockPoll01',
				'Stock Dropped Low',
				'One Line per SKU',
			);
			const high = lines.filter(({ json }) => Number(json.fulfillable) > 10);
			if (lines.length === 0 || high.length > 0)
				throw new Error(`tsLowStockPoll01 showed ${JSON.stringify(high[0]?.json ?? lines)}`);
			return `the threshold trigger's test event: "${String(lines[0].json.message)}"`;
		},
	},
	tsCancelWebhook1: {
		async run(demo) {
			const open = demo.sandbox.orders().find((order) => order.status === 'open');
			const answer = (await post(
				demo,
				'cancel',
				JSON.stringify({ order_ids: [open?.id] }),
			)) as Items[number]['json'][];
			if (answer[0]?.status !== 'cancelled' || answer[0].id !== open?.id) {
				throw new Error(`The cancel example answered ${JSON.stringify(answer)}`);
			}
			return `the webhook cancelled order ${open?.id}`;
		},
	},
	tsCreateStorefront1: {
		async run(demo) {
			const created = (await post(
				demo,
				'storefront',
				readFileSync(STOREFRONT_ORDER_FILE, 'utf8'),
			)) as Record<string, unknown>;
			const stored = demo.sandbox.order(String(created.id));
			if (stored?.order_number !== '#1001' || stored.line_items.length !== 2) {
				throw new Error(`The storefront example answered ${JSON.stringify(created)}`);
			}
			return `the webhook created order ${stored.id} with ${stored.line_items.length} lines`;
		},
	},
	tsInboundFromPOs: {
		async run(demo) {
			const created = await executeFor(
				demo,
				'tsInboundFromPOs',
				'Run It',
				'Create Inbound Shipment',
			);
			const stored = created.map(({ json }) =>
				demo.sandbox.inboundShipments().find((shipment) => shipment.id === json.id),
			);
			const lines = stored.map((shipment) => shipment?.line_items.length ?? 0);
			if (
				stored.map((shipment) => shipment?.purchase_order_number).join() !== 'PO-7101,PO-7102' ||
				lines.join() !== '3,2'
			) {
				throw new Error(
					`tsInboundFromPOs created ${JSON.stringify(created.map(({ json }) => json))}`,
				);
			}
			return `5 purchase order rows became 2 inbound shipments: ${stored
				.map(
					(shipment) => `${shipment!.purchase_order_number} (${shipment!.line_items.length} lines)`,
				)
				.join(', ')}`;
		},
	},
	tsConnHealthAlrt: {
		async run(demo) {
			const [alert] = await executeFor(demo, 'tsConnHealthAlrt', 'Run It Now', 'Connection Alert');
			const failing = alert.json.failing_syncs as string[];
			if (!failing?.includes('get_returns') || !String(alert.json.message).includes('returns'))
				throw new Error(`tsConnHealthAlrt alerted ${JSON.stringify(alert.json)}`);
			return `the alert fired for the sandbox's failing returns sync: "${String(alert.json.message)}"`;
		},
	},
};

/** Runs the check of one example (by workflow ID); answers what it showed, or throws. */
export async function checkExample(demo: Demo, id: string): Promise<string> {
	const check = EXAMPLE_CHECKS[id];
	if (!check) throw new Error(`Example ${id} has no check in scripts/demo/checkExamples.ts`);
	return await check.run(demo);
}

export async function checkExamples(demo: Demo, say: (line: string) => void): Promise<void> {
	for (const example of readExamples()) {
		if (!EXAMPLE_CHECKS[example.id])
			throw new Error(
				`Example "${example.name}" (${example.id}) has no check in scripts/demo/checkExamples.ts`,
			);
		say(`Check passed: ${example.name}: ${await checkExample(demo, example.id)}.`);
	}
}
