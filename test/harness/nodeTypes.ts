import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	INodeTypes,
	IVersionedNodeType,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeHelpers } from 'n8n-workflow';

export const INPUT_NODE_TYPE = 'harness.input';

/** Test-only source node: emits the items in its `items` parameter, as an upstream node would. */
class InputItems implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Input Items',
		name: INPUT_NODE_TYPE,
		group: ['input'],
		version: 1,
		description: 'Emits test items',
		defaults: { name: 'Input' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = JSON.parse(this.getNodeParameter('items', 0) as string) as IDataObject[];
		return [items.map((json) => ({ json, pairedItem: { item: 0 } }))];
	}
}

export function harnessNodeTypes(nodeType: INodeType | IVersionedNodeType): INodeTypes {
	const types: Record<string, INodeType | IVersionedNodeType> = {
		[INPUT_NODE_TYPE]: new InputItems(),
		[nodeType.description.name]: nodeType,
	};
	return {
		getByName: (name) => types[name],
		getByNameAndVersion: (name, version) => NodeHelpers.getVersionedNodeType(types[name], version),
		getKnownTypes: () => ({}),
	};
}

export const emptyNodeTypes: INodeTypes = {
	getByName: () => undefined as never,
	getByNameAndVersion: () => undefined as never,
	getKnownTypes: () => ({}),
};
