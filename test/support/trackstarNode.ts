import type { INodeParameters } from 'n8n-workflow';

import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { Trackstar } from '../../nodes/Trackstar/Trackstar.node';
import { TrackstarCarrier } from '../../nodes/TrackstarCarrier/TrackstarCarrier.node';
import { TrackstarCart } from '../../nodes/TrackstarCart/TrackstarCart.node';
import { TrackstarFreight } from '../../nodes/TrackstarFreight/TrackstarFreight.node';
import type { Sandbox } from '../../sandbox';
import { runListSearch } from '../harness';
import {
	carrierCredentials,
	freightCredentials,
	runOnSandbox,
	trackstarCredentials,
	type OrdersRun,
	type PickerSearch,
} from './trackstar';

/** Runs the Trackstar node in n8n's engine against the sandbox; parameters as a saved workflow holds them. */
export async function runTrackstar(sandbox: Sandbox, run: OrdersRun) {
	return await runOnSandbox(new Trackstar(), sandbox, run);
}

/** Opens, searches or scrolls a "From List" picker of the Trackstar node, as the editor does. */
export async function searchTrackstarPicker(
	sandbox: Sandbox,
	method: string,
	search: PickerSearch = {},
) {
	return await runListSearch({
		node: new Trackstar(),
		credentialTypes: [new TrackstarApi()],
		credentials: { trackstarApi: trackstarCredentials(sandbox) },
		parameters: (search.parameters ?? {}) as INodeParameters,
		method,
		parameterPath: search.parameterPath ?? 'inventoryItemId',
		filter: search.filter,
		paginationToken: search.paginationToken,
	});
}

/** Runs the Trackstar Cart node in n8n's engine against the sandbox, whose one token reads /cart too. */
export async function runTrackstarCart(sandbox: Sandbox, run: OrdersRun) {
	return await runOnSandbox(new TrackstarCart(), sandbox, run);
}

/** Opens, searches or scrolls a "From List" picker of the Trackstar Cart node, as the editor does. */
export async function searchTrackstarCartPicker(
	sandbox: Sandbox,
	method: string,
	search: PickerSearch = {},
) {
	return await runListSearch({
		node: new TrackstarCart(),
		credentialTypes: [new TrackstarApi()],
		credentials: { trackstarApi: trackstarCredentials(sandbox) },
		parameters: (search.parameters ?? {}) as INodeParameters,
		method,
		parameterPath: search.parameterPath ?? 'orderId',
		filter: search.filter,
		paginationToken: search.paginationToken,
	});
}

/** Runs the Trackstar Freight node against the sandbox, with the freight connection's token unless the run gives another. */
export async function runTrackstarFreight(sandbox: Sandbox, run: OrdersRun) {
	return await runOnSandbox(new TrackstarFreight(), sandbox, {
		credentials: freightCredentials(sandbox),
		...run,
	});
}

/** Opens, searches or scrolls a "From List" picker of the Trackstar Freight node, as the editor does. */
export async function searchTrackstarFreightPicker(sandbox: Sandbox, search: PickerSearch = {}) {
	return await runListSearch({
		node: new TrackstarFreight(),
		credentialTypes: [new TrackstarApi()],
		credentials: { trackstarApi: freightCredentials(sandbox) },
		parameters: (search.parameters ?? {}) as INodeParameters,
		method: 'searchFreightShipments',
		parameterPath: search.parameterPath ?? 'shipmentId',
		filter: search.filter,
		paginationToken: search.paginationToken,
	});
}

/** Runs the Trackstar Carrier node against the sandbox, with the carrier connection's token unless the run gives another. */
export async function runTrackstarCarrier(sandbox: Sandbox, run: OrdersRun) {
	return await runOnSandbox(new TrackstarCarrier(), sandbox, {
		credentials: carrierCredentials(sandbox),
		...run,
	});
}

/** Opens, searches or scrolls a "From List" picker of the Trackstar Carrier node, as the editor does. */
export async function searchTrackstarCarrierPicker(sandbox: Sandbox, search: PickerSearch = {}) {
	return await runListSearch({
		node: new TrackstarCarrier(),
		credentialTypes: [new TrackstarApi()],
		credentials: { trackstarApi: carrierCredentials(sandbox) },
		parameters: (search.parameters ?? {}) as INodeParameters,
		method: 'searchInvoiceLineItems',
		parameterPath: search.parameterPath ?? 'invoiceLineItemId',
		filter: search.filter,
		paginationToken: search.paginationToken,
	});
}
