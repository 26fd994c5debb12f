/** Workflows the end-to-end tests import beside the examples: a manual trigger and our node. */
import { EXAMPLE_CREDENTIAL } from '../../scripts/demo/examples';
import { WRONG_TOKEN_CREDENTIAL } from './app';

interface NodeSpec {
	name: string;
	type: string;
	typeVersion?: number;
	parameters: Record<string, unknown>;
	onError?: string;
	credential?: { id: string; name: string };
}

export const TRACKSTAR_ORDERS = 'n8n-nodes-trackstar.trackstarOrders';

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
		nodes: all.map((node, index) => ({
			id: `${id}-${index}`,
			name: node.name,
			type: node.type,
			typeVersion: node.typeVersion ?? 1,
			position: [index * 240, 0],
			parameters: node.parameters,
			...(node.onError ? { onError: node.onError } : {}),
			...(node.credential ? { credentials: { trackstarApi: node.credential } } : {}),
		})),
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
