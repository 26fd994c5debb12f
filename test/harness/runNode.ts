import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ExecutionBaseError,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IRunData,
	IVersionedNodeType,
} from 'n8n-workflow';

import { harnessAdditionalData } from './additionalData';
import { credentialReferences } from './credentialReferences';
import { HarnessCredentialsHelper } from './credentialsHelper';
import { initHarnessLogger } from './logger';
import { INPUT_NODE_TYPE } from './nodeTypes';
import { harnessWorkflow } from './workflow';

export const NODE_NAME = 'Trackstar';
const INPUT_NAME = 'Input';

export interface RunNodeOptions {
	node: INodeType | IVersionedNodeType;
	credentialTypes: ICredentialType[];
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	parameters: INodeParameters;
	input?: IDataObject[];
	/** The input node's name, for expressions such as `$('Refund Lines').item` that name it. */
	inputName?: string;
	continueOnFail?: boolean;
	/** The node's On Error setting; `continueOnFail` stands for 'continueRegularOutput'. */
	onError?: INode['onError'];
	timezone?: string;
	typeVersion?: number;
}

export interface RunNodeResult {
	items: INodeExecutionData[];
	outputs: INodeExecutionData[][];
	error?: ExecutionBaseError | Error;
	hints?: unknown;
	runData: IRunData;
}

function highestVersion(node: INodeType | IVersionedNodeType): number {
	if ('nodeVersions' in node) return node.currentVersion;
	const version = (node.description as { version?: number | number[] }).version;
	return Array.isArray(version) ? Math.max(...version) : (version ?? 1);
}

/**
 * Runs `node` after a test-only input node in n8n-core's WorkflowExecute, with credentials
 * applied by the credential classes' own definitions and real HTTP through n8n's helpers.
 */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	initHarnessLogger();
	const credentials = options.credentials ?? {};
	const inputName = options.inputName ?? INPUT_NAME;

	const nodes: INode[] = [
		{
			id: 'input',
			name: inputName,
			type: INPUT_NODE_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(options.input ?? [{}]) },
		},
		{
			id: 'under-test',
			name: NODE_NAME,
			type: options.node.description.name,
			typeVersion: options.typeVersion ?? highestVersion(options.node),
			position: [200, 0],
			parameters: options.parameters,
			onError:
				options.onError ?? (options.continueOnFail ? 'continueRegularOutput' : 'stopWorkflow'),
			credentials: credentialReferences(options.node, credentials),
		},
	];
	const connections = {
		[inputName]: { main: [[{ node: NODE_NAME, type: 'main' as const, index: 0 }]] },
	};
	const { workflowData, workflow } = harnessWorkflow({
		id: 'harness-workflow',
		name: 'Harness',
		active: false,
		nodes,
		connections,
		nodeType: options.node,
		timezone: options.timezone,
	});

	const hooks = new ExecutionLifecycleHooks('manual', 'harness-execution', workflowData);
	const additionalData = harnessAdditionalData(
		new HarnessCredentialsHelper(options.credentialTypes, credentials),
		{ hooks },
	);

	const run = await new WorkflowExecute(additionalData, 'manual').run({
		workflow,
		startNode: nodes[0],
	});

	const runData = run.data.resultData.runData;
	const task = runData[NODE_NAME]?.[0];
	const outputs = (task?.data?.main ?? []).map((output) => output ?? []);
	return {
		items: outputs[0] ?? [],
		outputs,
		error: task?.error ?? (task ? undefined : run.data.resultData.error),
		hints: task?.hints,
		runData,
	};
}
