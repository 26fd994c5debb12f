import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { TRACKSTAR_CREDENTIAL, type TrackstarContext } from './context';
import { baseUrlOf, trackstarApiRequest } from './request';

/**
 * GETs a URL that Trackstar handed out (a webhook's `data_url`) through the one transport, with
 * the credential's headers. Only URLs below the credential's Base URL are followed, so the API key
 * and access token are never sent to another host.
 */
export async function trackstarApiGetUrl(
	this: TrackstarContext,
	url: string,
): Promise<IDataObject> {
	const baseUrl = baseUrlOf(this, await this.getCredentials(TRACKSTAR_CREDENTIAL, 0), 0);
	const base = new URL(`${baseUrl}/`);
	let target: URL | undefined;
	try {
		target = new URL(url, base);
	} catch {
		target = undefined;
	}
	if (!target || target.origin !== base.origin || !target.pathname.startsWith(base.pathname)) {
		throw new NodeOperationError(
			this.getNode(),
			`Refused to fetch "${url}": it is not below the Trackstar API credential's Base URL`,
			{
				description: `Only URLs under ${base.origin}${base.pathname} are fetched with the Trackstar API credential. Check the credential's Base URL.`,
			},
		);
	}
	return await trackstarApiRequest.call(this, {
		method: 'GET',
		path: target.pathname.slice(base.pathname.length - 1),
		qs: Object.fromEntries(target.searchParams),
	});
}
