import type { INode, INodeParameters, INodeType } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { Trackstar } from '../../nodes/Trackstar/Trackstar.node';
import { TrackstarOrders } from '../../nodes/TrackstarOrders/TrackstarOrders.node';
import { TrackstarOrdersTrigger } from '../../nodes/TrackstarOrdersTrigger/TrackstarOrdersTrigger.node';
import { POLLED_RESOURCES } from '../../nodes/TrackstarPollingTrigger/polledResources';
import { TrackstarPollingTrigger } from '../../nodes/TrackstarPollingTrigger/TrackstarPollingTrigger.node';
import { RESOURCES } from '../../nodes/shared/resources';
import { harnessNodeTypes } from '../harness/nodeTypes';

/**
 * The canvas label under a node, as n8n's editor evaluates its subtitle expression: by n8n-workflow's
 * own expression evaluation ('internal' mode), `$parameter` being these parameters.
 */
function subtitleOf(nodeType: INodeType, parameters: INodeParameters): unknown {
	const expression = nodeType.description.subtitle ?? '';
	expect(expression.startsWith('={{') && expression.endsWith('}}')).toBe(true);
	// One expression: a "}}" inside it would end it early in n8n's editor.
	expect(expression.slice(3, -2)).not.toContain('}}');
	const node: INode = {
		id: 'subtitle',
		name: nodeType.description.defaults.name ?? 'Node',
		type: nodeType.description.name,
		typeVersion: 1,
		position: [0, 0],
		parameters,
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: harnessNodeTypes(nodeType),
	});
	return workflow.expression.getSimpleParameterValue(node, expression, 'internal', {});
}

/** Words, not parameter values: no camelCase, no "getAll: inventoryItem". */
const readsLikeWords = (label: unknown) => {
	expect(typeof label).toBe('string');
	expect(label).toMatch(/^[A-Z][^:]*$/);
	expect(label).not.toMatch(/[a-z][A-Z]/);
};

describe('canvas labels read like the action', () => {
	it("Trackstar: every resource's every operation, as its action in the Operation list", () => {
		const node = new Trackstar();
		for (const resource of RESOURCES)
			for (const operation of resource.operations) {
				const label = subtitleOf(node, { resource: resource.value, operation: operation.value });
				expect(label).toBe(operation.action);
				readsLikeWords(label);
			}
		expect(subtitleOf(node, { resource: 'inventoryItem', operation: 'getAll' })).toBe(
			'Get many inventory items',
		);
	});

	it('Trackstar Orders: every operation', () => {
		const node = new TrackstarOrders();
		const operations = RESOURCES.find((resource) => resource.value === 'order')?.operations ?? [];
		for (const operation of operations)
			readsLikeWords(subtitleOf(node, { resource: 'order', operation: operation.value }));
	});

	it('Polling Trigger: every resource and event, and the threshold', () => {
		const node = new TrackstarPollingTrigger();
		for (const resource of POLLED_RESOURCES)
			for (const event of resource.events)
				readsLikeWords(subtitleOf(node, { resource: resource.value, event, threshold: 5 }));
		expect(subtitleOf(node, { resource: 'inventoryItem', event: 'new' })).toBe(
			'New inventory item',
		);
		expect(subtitleOf(node, { resource: 'inboundShipment', event: 'statusChanged' })).toBe(
			'Inbound shipment status changed',
		);
		expect(subtitleOf(node, { resource: 'cartOrder', event: 'new' })).toBe('New cart order');
		expect(subtitleOf(node, { resource: 'cartOrder', event: 'statusChanged' })).toBe(
			'Cart order status changed',
		);
		expect(
			subtitleOf(node, { resource: 'inventoryItem', event: 'belowThreshold', threshold: 5 }),
		).toBe('Inventory at or below 5');
	});

	it('Orders Trigger: every event', () => {
		const node = new TrackstarOrdersTrigger();
		for (const event of ['newOrder', 'updatedOrder', 'statusChanged'])
			readsLikeWords(subtitleOf(node, { event }));
	});
});
