import type { IDataObject } from 'n8n-workflow';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Room for clocks and Trackstar's handling time around the expiry a new link gets. */
const EXPIRY_SLACK_MS = 5 * 60 * 1000;

/** What Trackstar answers for a field the body left out (MagicLinkInputSchema's defaults). */
const DEFAULTS: IDataObject = {
	integration_type: 'wms',
	link_duration: 7,
	customer_id: null,
	integration_allow_list: [],
	integration_block_list: [],
	integrations_with_endpoints: [],
};

const LISTS = [
	'integration_allow_list',
	'integration_block_list',
	'integrations_with_endpoints',
] as const;

const sameSet = (a: unknown, b: unknown) => {
	const left = Array.isArray(a) ? a.map(String).sort() : [];
	const right = Array.isArray(b) ? b.map(String).sort() : [];
	return left.length === right.length && left.every((value, index) => value === right[index]);
};

/**
 * The links of Trackstar's list that this create may have made: the body's settings, and the
 * expiry a link created between `sentAt` and `now` (Trackstar's clock) gets, `link_duration` days
 * later. Settings and an expiry are all a MagicLink holds that a create chooses: no creation date.
 */
export function linksThisCreateMayHaveMade(
	links: IDataObject[],
	body: IDataObject,
	sentAt: number,
	now: number,
): IDataObject[] {
	const sent = { ...DEFAULTS, ...body };
	const duration = Number(sent.link_duration) * DAY_MS;
	const earliest = sentAt + duration - EXPIRY_SLACK_MS;
	const latest = now + duration + EXPIRY_SLACK_MS;
	return links.filter((link) => {
		const expires = Date.parse(String(link.expires_at ?? ''));
		return (
			link.integration_type === sent.integration_type &&
			(link.customer_id ?? null) === sent.customer_id &&
			LISTS.every((list) => sameSet(link[list], sent[list])) &&
			expires >= earliest &&
			expires <= latest
		);
	});
}

/** What the read-back found, for the error of a create whose answer was lost. */
export function readBackNote(found: IDataObject[], body: IDataObject): string {
	const days = Number(body.link_duration ?? DEFAULTS.link_duration);
	if (found.length === 0) {
		return `Trackstar lists no magic link with this item's settings expiring ${days} days after the request was sent, so most likely it created none. A request Trackstar was still handling could yet create one: look with Magic Link → Get Many before running this item again.`;
	}
	const links = found.map((link) => `${String(link.id)} (expires ${String(link.expires_at)})`);
	const them = found.length === 1 ? 'it' : 'one of them';
	return `Trackstar lists ${found.length} magic link${found.length === 1 ? '' : 's'} with this item's settings and the expiry a link created by this request gets: ${links.join(', ')}. Most likely this request created ${them}: read it with Magic Link → Get instead of running this item again, which would create another.`;
}
