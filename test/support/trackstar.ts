import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INodeParameters,
	INodeType,
} from 'n8n-workflow';

import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { TrackstarOrders } from '../../nodes/TrackstarOrders/TrackstarOrders.node';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox';
import { runListSearch, runNode } from '../harness';

/** The fixed "now" of the seeded orders, so dates in tests never drift. */
export const SANDBOX_NOW = new Date('2026-11-20T12:00:00Z');

export async function startTestSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	return await startSandbox({ port: 0, now: SANDBOX_NOW, ...options });
}

export function trackstarCredentials(
	sandbox: Sandbox,
	overrides: ICredentialDataDecryptedObject = {},
): ICredentialDataDecryptedObject {
	return {
		apiKey: sandbox.apiKey,
		accessToken: sandbox.accessToken,
		baseUrl: sandbox.url,
		...overrides,
	};
}

export interface OrdersRun {
	/** As saved in a workflow; loosely typed so tests read like the JSON n8n stores. */
	parameters: IDataObject;
	input?: IDataObject[];
	/** The input node's name, when the parameters name it, e.g. `$('Refund Lines').item`. */
	inputName?: string;
	continueOnFail?: boolean;
	/** The node's On Error setting, e.g. 'continueErrorOutput'. */
	onError?: 'continueErrorOutput' | 'continueRegularOutput' | 'stopWorkflow';
	timezone?: string;
	credentials?: ICredentialDataDecryptedObject;
}

/** Runs one of our nodes in n8n's engine against the sandbox; parameters as a saved workflow holds them. */
export async function runOnSandbox(node: INodeType, sandbox: Sandbox, run: OrdersRun) {
	return await runNode({
		node,
		credentialTypes: [new TrackstarApi()],
		credentials: { trackstarApi: run.credentials ?? trackstarCredentials(sandbox) },
		parameters: run.parameters as INodeParameters,
		input: run.input,
		inputName: run.inputName,
		continueOnFail: run.continueOnFail,
		onError: run.onError,
		timezone: run.timezone,
	});
}

/** Runs the Trackstar Orders node in n8n's engine against the sandbox. */
export async function runOrders(sandbox: Sandbox, run: OrdersRun) {
	return await runOnSandbox(new TrackstarOrders(), sandbox, run);
}

export const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** The write-info calls the sandbox answered: what the WMS Fields and Get Writable Fields read. */
export function writeInfoRequests(sandbox: Sandbox) {
	return sandbox.requests.filter((request) => request.path.endsWith('/write-info'));
}

/** Requests the sandbox received on Trackstar's routes, without the admin ones. */
export function wmsRequests(sandbox: Sandbox) {
	return sandbox.requests.filter((request) => request.path.startsWith('/wms/'));
}

/** Requests the sandbox received on the Cart API's routes. */
export function cartRequests(sandbox: Sandbox) {
	return sandbox.requests.filter((request) => request.path.startsWith('/cart/'));
}

/** Requests the sandbox received on the Freight API's routes. */
export function freightRequests(sandbox: Sandbox) {
	return sandbox.requests.filter((request) => request.path.startsWith('/freight/'));
}

/** Requests the sandbox received on the Carrier API's routes (not its file store's). */
export function carrierRequests(sandbox: Sandbox) {
	return sandbox.requests.filter((request) => request.path.startsWith('/carrier/'));
}

/** A credential holding the freight connection's access token, which reads /freight only. */
export const freightCredentials = (sandbox: Sandbox) =>
	trackstarCredentials(sandbox, { accessToken: sandbox.freightAccessToken });

/** A credential holding the carrier connection's access token, which reads /carrier only. */
export const carrierCredentials = (sandbox: Sandbox) =>
	trackstarCredentials(sandbox, { accessToken: sandbox.carrierAccessToken });

export interface PickerSearch {
	filter?: string;
	paginationToken?: string;
	/** The parameter the picker belongs to; it does not change what the search returns. */
	parameterPath?: string;
	parameters?: IDataObject;
}

/** Opens, searches or scrolls a "From List" picker of the Trackstar Orders node, as the editor does. */
export async function searchPicker(sandbox: Sandbox, method: string, search: PickerSearch = {}) {
	return await runListSearch({
		node: new TrackstarOrders(),
		credentialTypes: [new TrackstarApi()],
		credentials: { trackstarApi: trackstarCredentials(sandbox) },
		parameters: (search.parameters ?? { operation: 'update' }) as INodeParameters,
		method,
		parameterPath: search.parameterPath ?? 'orderId',
		filter: search.filter,
		paginationToken: search.paginationToken,
	});
}

export const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

/** A picker's value typed By Name (Channel, Shipping Method). */
export const byName = (value: string) => ({ __rl: true, mode: 'name', value });

/** A complete ship-to address, as Create Order's Ship To Address field saves it. */
export const SHIP_TO_ADDRESS = {
	address: {
		fullName: 'Ada Lovelace',
		address1: '12 St James Square',
		city: 'Reno',
		state: 'NV',
		postalCode: '89502',
		country: 'US',
	},
};
