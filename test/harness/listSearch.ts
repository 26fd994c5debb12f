import { LoadOptionsContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	INode,
	INodeListSearchResult,
	INodeParameters,
	INodeType,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { harnessAdditionalData } from './additionalData';
import { credentialReferences } from './credentialReferences';
import { HarnessCredentialsHelper } from './credentialsHelper';
import { initHarnessLogger } from './logger';
import { harnessNodeTypes } from './nodeTypes';

export interface ListSearchOptions {
	node: INodeType;
	credentialTypes: ICredentialType[];
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** The node's parameters as the editor holds them while the user searches. */
	parameters: INodeParameters;
	/** A method of the node's `methods.listSearch`. */
	method: string;
	/** The parameter being searched, e.g. `updateFields.warehouseCustomerId`. */
	parameterPath: string;
	filter?: string;
	paginationToken?: string;
}

/**
 * What n8n's server does when a "From List" picker opens, is searched or scrolls: a one-node
 * workflow, n8n-core's LoadOptionsContext with the node's credentials, and the node's listSearch
 * method called with the search text and the pagination token.
 */
export async function runListSearch(options: ListSearchOptions): Promise<INodeListSearchResult> {
	initHarnessLogger();
	const credentials = options.credentials ?? {};
	const node: INode = {
		id: 'list-search',
		name: 'Temp-Node',
		type: options.node.description.name,
		typeVersion: Array.isArray(options.node.description.version)
			? Math.max(...options.node.description.version)
			: options.node.description.version,
		position: [0, 0],
		parameters: options.parameters,
		credentials: credentialReferences(options.node, credentials),
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: harnessNodeTypes(options.node),
	});
	const additionalData = harnessAdditionalData(
		new HarnessCredentialsHelper(options.credentialTypes, credentials),
		{ currentNodeParameters: options.parameters },
	);
	const method = options.node.methods?.listSearch?.[options.method];
	if (!method) throw new Error(`The node has no listSearch method ${options.method}`);
	const context = new LoadOptionsContext(workflow, node, additionalData, `parameters.${options.parameterPath}`);
	return await method.call(context, options.filter, options.paginationToken);
}
