import { createRequire } from '@n8n-nodes-trackstar/node-runtime/module';
import { dirname } from '@n8n-nodes-trackstar/node-runtime/path';

import { PollContext, TriggersAndPollers, WorkflowExecute } from 'n8n-core';
import type { ExecutionBaseError, INodeExecutionData } from 'n8n-workflow';
import { createRunExecutionData } from 'n8n-workflow';

import { triggerOutput, triggerWorkflow, type TriggerWorkflowOptions } from './triggerWorkflow';

// n8n-core registers its services in its own copy of @n8n/di.
const coreRequire = createRequire(`${dirname(require.resolve('n8n-core'))}/`);
const { Container } = coreRequire('@n8n/di') as typeof import('@n8n/di');

export interface PollResult {
	/** What the execution started by the poll received from the trigger; [] when the poll emitted nothing. */
	items: INodeExecutionData[];
	/** Whether the poll returned data, i.e. whether n8n would start an execution. */
	emitted: boolean;
	error?: ExecutionBaseError | Error;
}

export interface ActivePoller {
	/** One scheduled poll of the active workflow, as n8n runs it on each tick. */
	poll(): Promise<PollResult>;
	nodeStaticData: ReturnType<typeof triggerWorkflow>['nodeStaticData'];
}

/**
 * An activated workflow with a polling trigger: each `poll()` builds the PollContext n8n gives a
 * poll in 'trigger' mode, runs the node's `poll` through n8n-core's TriggersAndPollers, and, when
 * it returns items, starts an execution with them as the trigger's output, as n8n's `__emit` does.
 * Static data lives on the one Workflow object across polls, as n8n keeps it between ticks;
 * `staticData` is what the workflow had saved before (e.g. by an earlier version of the node).
 */
export function activatePoller(options: TriggerWorkflowOptions, staticData = {}): ActivePoller {
	const harness = triggerWorkflow(options, staticData);
	const { workflow, node } = harness;
	return {
		nodeStaticData: harness.nodeStaticData,
		async poll() {
			const additionalData = harness.additionalData('trigger');
			const context = new PollContext(workflow, node, additionalData, 'trigger', 'activate');
			let response: INodeExecutionData[][] | null;
			try {
				response = await Container.get(TriggersAndPollers).runPollFunction(workflow, node, context);
			} catch (error) {
				return { items: [], emitted: false, error: error as Error };
			}
			if (response === null) return { items: [], emitted: false };

			const runExecutionData = createRunExecutionData({
				executionData: { nodeExecutionStack: [{ node, data: { main: response }, source: null }] },
			});
			const run = await new WorkflowExecute(
				additionalData,
				'trigger',
				runExecutionData,
			).processRunExecutionData(workflow);
			return { items: triggerOutput(run), emitted: true, error: run.data.resultData.error };
		},
	};
}

/** The editor's "Fetch Test Event": a manual execution that starts at the polling trigger. */
export async function runManualPoll(options: TriggerWorkflowOptions, staticData = {}) {
	const harness = triggerWorkflow(options, staticData);
	const additionalData = harness.additionalData('manual');
	const run = await new WorkflowExecute(additionalData, 'manual').run({
		workflow: harness.workflow,
		startNode: harness.node,
	});
	return {
		items: triggerOutput(run),
		error: run.data.resultData.error,
		nodeStaticData: harness.nodeStaticData(),
	};
}
