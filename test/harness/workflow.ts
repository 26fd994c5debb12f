import type { IConnections, IDataObject, INode, INodeType, IVersionedNodeType, IWorkflowBase } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { harnessNodeTypes } from './nodeTypes';

export interface HarnessWorkflowOptions {
	id: string;
	name: string;
	active: boolean;
	nodes: INode[];
	connections: IConnections;
	/** The node under test, known to the engine beside the harness's input node. */
	nodeType: INodeType | IVersionedNodeType;
	timezone?: string;
	staticData?: IDataObject;
}

/** One workflow as n8n saves it (what the execution hooks are given) and as the engine runs it. */
export function harnessWorkflow(options: HarnessWorkflowOptions): { workflowData: IWorkflowBase; workflow: Workflow } {
	const { id, name, active, nodes, connections } = options;
	const settings = { timezone: options.timezone ?? 'UTC', executionOrder: 'v1' as const };
	const workflowData = {
		id,
		name,
		active,
		isArchived: false,
		nodes,
		connections,
		settings,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as unknown as IWorkflowBase;
	const workflow = new Workflow({
		id,
		name,
		nodes,
		connections,
		active,
		nodeTypes: harnessNodeTypes(options.nodeType),
		settings,
		staticData: options.staticData,
	});
	return { workflowData, workflow };
}
