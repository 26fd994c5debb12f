import { ExecutionLifecycleHooks } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	IRun,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	Workflow,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { harnessAdditionalData } from './additionalData';
import { credentialReferences } from './credentialReferences';
import { HarnessCredentialsHelper } from './credentialsHelper';
import { initHarnessLogger } from './logger';
import { NODE_NAME } from './runNode';
import { harnessWorkflow } from './workflow';

export interface TriggerWorkflowOptions {
	node: INodeType;
	credentialTypes: ICredentialType[];
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	parameters: INodeParameters;
	timezone?: string;
}

/** A saved workflow whose only node is the trigger under test, with its own static data. */
export interface TriggerWorkflow {
	node: INode;
	workflow: Workflow;
	workflowData: IWorkflowBase;
	/** The engine's surroundings for one run of this workflow in `mode`. */
	additionalData(mode: WorkflowExecuteMode): IWorkflowExecuteAdditionalData;
	/** The trigger node's static data, as n8n would save it after the run. */
	nodeStaticData(): IDataObject;
}

export function triggerWorkflow(options: TriggerWorkflowOptions, staticData: IDataObject = {}): TriggerWorkflow {
	initHarnessLogger();
	const credentials = options.credentials ?? {};
	const node: INode = {
		id: 'trigger-under-test',
		name: NODE_NAME,
		type: options.node.description.name,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: credentialReferences(options.node, credentials),
	};
	const { workflowData, workflow } = harnessWorkflow({
		id: 'harness-trigger-workflow',
		name: 'Harness trigger',
		active: true,
		nodes: [node],
		connections: {},
		nodeType: options.node,
		timezone: options.timezone,
		staticData: structuredClone(staticData),
	});
	return {
		node,
		workflow,
		workflowData,
		additionalData: (mode) =>
			harnessAdditionalData(new HarnessCredentialsHelper(options.credentialTypes, credentials), {
				hooks: new ExecutionLifecycleHooks(mode, 'harness-execution', workflowData),
			}),
		// A plain copy: n8n hands out static data behind an observing proxy.
		nodeStaticData: () => JSON.parse(JSON.stringify(workflow.getStaticData('node', node))) as IDataObject,
	};
}

/** The trigger node's output in a finished run. */
export function triggerOutput(run: IRun): INodeExecutionData[] {
	return run.data.resultData.runData[NODE_NAME]?.[0]?.data?.main?.[0] ?? [];
}
