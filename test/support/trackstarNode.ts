import type { INodeParameters } from 'n8n-workflow';

import { TrackstarApi } from '../../credentials/TrackstarApi.credentials';
import { Trackstar } from '../../nodes/Trackstar/Trackstar.node';
import { TrackstarCart } from '../../nodes/TrackstarCart/TrackstarCart.node';
import type { Sandbox } from '../../sandbox';
import { runListSearch } from '../harness';
import { runOnSandbox, trackstarCredentials, type OrdersRun, type PickerSearch } from './trackstar';

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
