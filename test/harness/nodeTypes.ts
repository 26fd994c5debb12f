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

/** A file an input item carries under `$binary.<field>`: its text, name and type. */
export interface InputFile {
	text: string;
	fileName?: string;
	mimeType?: string;
}

/** The item's binary fields as an upstream node makes them, through n8n's own prepareBinaryData. */
async function binaryOf(context: IExecuteFunctions, files: Record<string, InputFile>) {
	const binary: INodeExecutionData['binary'] = {};
	for (const [field, file] of Object.entries(files)) {
		binary[field] = await context.helpers.prepareBinaryData(
			Buffer.from(file.text, 'utf8'),
			file.fileName,
			file.mimeType,
		);
	}
	return binary;
}

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
		usableAsTool: true,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = JSON.parse(this.getNodeParameter('items', 0) as string) as IDataObject[];
		return [
			await Promise.all(
				items.map(async ({ $binary, ...json }) => ({
					json,
					binary: $binary ? await binaryOf(this, $binary as Record<string, InputFile>) : undefined,
					pairedItem: { item: 0 },
				})),
			),
		];
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
