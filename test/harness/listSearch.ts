import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	INode,
	INodeListSearchResult,
	INodeParameters,
	INodePropertyOptions,
	INodeType,
	ResourceMapperFields,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { harnessAdditionalData } from './additionalData';
import { credentialReferences } from './credentialReferences';
import { HarnessCredentialsHelper } from './credentialsHelper';
import { initHarnessLogger } from './logger';
import { harnessNodeTypes } from './nodeTypes';

interface EditorCall {
	node: INodeType;
	credentialTypes: ICredentialType[];
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** The node's parameters as the editor holds them while the user edits. */
	parameters: INodeParameters;
}

export interface ListSearchOptions extends EditorCall {
	/** A method of the node's `methods.listSearch`. */
	method: string;
	/** The parameter being searched, e.g. `updateFields.warehouseCustomerId`. */
	parameterPath: string;
	filter?: string;
	paginationToken?: string;
}

/**
 * What n8n's server builds for an editor call (a picker, a resource mapper, a list of options):
 * a one-node workflow named as n8n names it, and n8n-core's LoadOptionsContext with the node's
 * credentials and the parameters being edited.
 */
function editorContext(call: EditorCall, parameterPath: string): LoadOptionsContext {
	initHarnessLogger();
	const credentials = call.credentials ?? {};
	const node: INode = {
		id: 'list-search',
		name: 'Temp-Node',
		type: call.node.description.name,
		typeVersion: Array.isArray(call.node.description.version)
			? Math.max(...call.node.description.version)
			: call.node.description.version,
		position: [0, 0],
		parameters: call.parameters,
		credentials: credentialReferences(call.node, credentials),
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: harnessNodeTypes(call.node),
	});
	const additionalData = harnessAdditionalData(
		new HarnessCredentialsHelper(call.credentialTypes, credentials),
		{ currentNodeParameters: call.parameters },
	);
	return new LoadOptionsContext(workflow, node, additionalData, `parameters.${parameterPath}`);
}

/** A "From List" picker opening, being searched or scrolling: the node's listSearch method. */
export async function runListSearch(options: ListSearchOptions): Promise<INodeListSearchResult> {
	const method = options.node.methods?.listSearch?.[options.method];
	if (!method) throw new Error(`The node has no listSearch method ${options.method}`);
	const context = editorContext(options, options.parameterPath);
	return await method.call(context, options.filter, options.paginationToken);
}

/** A resource mapper loading its fields: the node's `methods.resourceMapping` method. */
export async function runResourceMapping(
	call: EditorCall & { method: string; parameterPath: string },
): Promise<ResourceMapperFields> {
	const method = call.node.methods?.resourceMapping?.[call.method];
	if (!method) throw new Error(`The node has no resourceMapping method ${call.method}`);
	return await method.call(editorContext(call, call.parameterPath));
}

/** An options list opening: the node's `methods.loadOptions` method. */
export async function runLoadOptions(
	call: EditorCall & { method: string; parameterPath: string },
): Promise<INodePropertyOptions[]> {
	const method = call.node.methods?.loadOptions?.[call.method];
	if (!method) throw new Error(`The node has no loadOptions method ${call.method}`);
	return await method.call(editorContext(call, call.parameterPath));
}
