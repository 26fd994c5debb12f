import type { IDataObject } from 'n8n-workflow';

/** How many svix-ids the node remembers; Svix retries one message over about a day, far fewer. */
export const MAX_REMEMBERED_DELIVERIES = 1000;

function remembered(staticData: IDataObject): string[] {
	return Array.isArray(staticData.deliveredIds) ? (staticData.deliveredIds as string[]) : [];
}

export function wasDelivered(staticData: IDataObject, svixId: string): boolean {
	return remembered(staticData).includes(svixId);
}

export function rememberDelivery(staticData: IDataObject, svixId: string): void {
	staticData.deliveredIds = [...remembered(staticData), svixId].slice(-MAX_REMEMBERED_DELIVERIES);
}
