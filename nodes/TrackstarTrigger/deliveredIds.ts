import type { IDataObject } from 'n8n-workflow';

/** How many svix-ids the node remembers; Svix retries one message over about a day, far fewer. */
export const MAX_REMEMBERED_DELIVERIES = 1000;

/**
 * `deliveredIds` started the workflow. `receivingIds` are being completed from `data_url` right
 * now: claimed before that read so an overlapping redelivery cannot start the workflow a second
 * time, and released if the read fails so Svix's next redelivery is processed. This holds for
 * calls sharing one static data object; n8n reads a copy per live webhook request from the
 * database, so across concurrent requests dedup is best-effort (README, Running at scale).
 */
type DeliveryList = 'deliveredIds' | 'receivingIds';

export type DeliveryState = 'new' | 'receiving' | 'delivered';

function listed(staticData: IDataObject, list: DeliveryList): string[] {
	const value = staticData[list];
	return Array.isArray(value) ? (value as string[]) : [];
}

function setList(staticData: IDataObject, list: DeliveryList, ids: string[]): void {
	if (ids.length > 0) staticData[list] = ids.slice(-MAX_REMEMBERED_DELIVERIES);
	else delete staticData[list];
}

export function deliveryState(staticData: IDataObject, svixId: string): DeliveryState {
	if (listed(staticData, 'deliveredIds').includes(svixId)) return 'delivered';
	return listed(staticData, 'receivingIds').includes(svixId) ? 'receiving' : 'new';
}

export function claimDelivery(staticData: IDataObject, svixId: string): void {
	setList(staticData, 'receivingIds', [...listed(staticData, 'receivingIds'), svixId]);
}

export function releaseDelivery(staticData: IDataObject, svixId: string): void {
	setList(staticData, 'receivingIds', listed(staticData, 'receivingIds').filter((id) => id !== svixId));
}

export function rememberDelivery(staticData: IDataObject, svixId: string): void {
	releaseDelivery(staticData, svixId);
	setList(staticData, 'deliveredIds', [...listed(staticData, 'deliveredIds'), svixId]);
}
