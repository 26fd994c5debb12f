/**
 * Workflows the end-to-end tests import beside the examples: our nodes after a manual trigger, or
 * as the tools of an MCP Server Trigger.
 */
import { EXAMPLE_CREDENTIAL } from '../../scripts/demo/examples';
import { CARRIER_CREDENTIAL, FREIGHT_CREDENTIAL, WRONG_TOKEN_CREDENTIAL } from './app';

interface NodeSpec {
	name: string;
	type: string;
	typeVersion?: number;
	parameters: Record<string, unknown>;
	onError?: string;
	credential?: { id: string; name: string };
}

export const TRACKSTAR_ORDERS = 'n8n-nodes-trackstar.trackstarOrders';

/** A node as the workflow JSON holds it: the `index`th of workflow `id`. */
function workflowNode(id: string, node: NodeSpec, index: number, position: [number, number]) {
	return {
		id: `${id}-${index}`,
		name: node.name,
		type: node.type,
		typeVersion: node.typeVersion ?? 1,
		position,
		parameters: node.parameters,
		...(node.onError ? { onError: node.onError } : {}),
		...(node.credential ? { credentials: { trackstarApi: node.credential } } : {}),
	};
}

/** A workflow whose nodes run one after the other from a manual trigger. */
export function manualWorkflow(id: string, name: string, nodes: NodeSpec[]) {
	const all: NodeSpec[] = [
		{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', parameters: {} },
		...nodes,
	];
	const connections: Record<string, unknown> = {};
	for (let index = 0; index < all.length - 1; index++) {
		connections[all[index].name] = {
			main: [[{ node: all[index + 1].name, type: 'main', index: 0 }]],
		};
	}
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		connections,
		nodes: all.map((node, index) => workflowNode(id, node, index, [index * 240, 0])),
	};
}

/**
 * A workflow whose MCP Server Trigger, once published, serves `tools` (our nodes' `…Tool` types)
 * at `/mcp/<path>`; `webhookId` is the trigger's, a UUID unique among the instance's workflows.
 */
export function mcpServerWorkflow(
	id: string,
	name: string,
	{ path, webhookId, tools }: { path: string; webhookId: string; tools: NodeSpec[] },
) {
	const connections = Object.fromEntries(
		tools.map((tool) => [
			tool.name,
			{ ai_tool: [[{ node: 'MCP Server', type: 'ai_tool', index: 0 }]] },
		]),
	);
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		connections,
		nodes: [
			{
				...workflowNode(
					id,
					{
						name: 'MCP Server',
						type: '@n8n/n8n-nodes-langchain.mcpTrigger',
						typeVersion: 2,
						parameters: { path },
					},
					0,
					[0, 0],
				),
				webhookId,
			},
			...tools.map((tool, index) => workflowNode(id, tool, index + 1, [index * 160, 240])),
		],
	};
}

export const TRACKSTAR = 'n8n-nodes-trackstar.trackstar';

/** A builder of nodes of one of our node types, with the sandbox credential unless `extra` says otherwise. */
export const trackstarNodeOf =
	(type: string) =>
	(name: string, parameters: Record<string, unknown>, extra: Partial<NodeSpec> = {}): NodeSpec => ({
		name,
		type,
		parameters,
		credential: EXAMPLE_CREDENTIAL,
		...extra,
	});

/** A Trackstar Orders node. */
export const trackstarNode = trackstarNodeOf(TRACKSTAR_ORDERS);

/** A Trackstar node (Resource, then Operation). */
export const trackstarResourceNode = trackstarNodeOf(TRACKSTAR);

export const TRACKSTAR_CART = 'n8n-nodes-trackstar.trackstarCart';

/** A Trackstar Cart node (Resource, then Operation), for a cart connection. */
export const trackstarCartNode = trackstarNodeOf(TRACKSTAR_CART);

/** A Trackstar Cart node as an AI agent's tool, which n8n makes of a node usable as a tool. */
export const trackstarCartTool = trackstarNodeOf(`${TRACKSTAR_CART}Tool`);

export const TRACKSTAR_FREIGHT = 'n8n-nodes-trackstar.trackstarFreight';

/** A Trackstar Freight node, with the sandbox freight connection's credential. */
export const trackstarFreightNode = (name: string, parameters: Record<string, unknown>) =>
	trackstarNodeOf(TRACKSTAR_FREIGHT)(name, parameters, { credential: FREIGHT_CREDENTIAL });

export const TRACKSTAR_CARRIER = 'n8n-nodes-trackstar.trackstarCarrier';

/** A Trackstar Carrier node, with the sandbox carrier connection's credential. */
export const trackstarCarrierNode = (name: string, parameters: Record<string, unknown>) =>
	trackstarNodeOf(TRACKSTAR_CARRIER)(name, parameters, { credential: CARRIER_CREDENTIAL });

/** A Filter node keeping the items whose number at `left` (an expression) is at most `max`. */
export function atMost(name: string, left: string, max: number): NodeSpec {
	return {
		name,
		type: 'n8n-nodes-base.filter',
		typeVersion: 2.2,
		parameters: {
			conditions: {
				options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
				conditions: [
					{
						id: `${name}-0`,
						leftValue: left,
						rightValue: max,
						operator: { type: 'number', operation: 'lte' },
					},
				],
				combinator: 'and',
			},
			options: {},
		},
	};
}

/** A Set node and a Split Out node that together output one item `{ [field]: value }` per value. */
export function itemsOf(name: string, field: string, values: string[]): NodeSpec[] {
	return [
		{
			name: `${name} (list)`,
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: { mode: 'raw', jsonOutput: JSON.stringify({ values }), options: {} },
		},
		{
			name,
			type: 'n8n-nodes-base.splitOut',
			parameters: { fieldToSplitOut: 'values', options: { destinationFieldName: field } },
		},
	];
}

export { WRONG_TOKEN_CREDENTIAL };
