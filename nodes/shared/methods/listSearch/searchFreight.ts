import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { freightStatusName } from '../../freightResources/freightShipment/freightShipmentStatuses';
import { matchesSearch, readPickerPages } from './searchPages';

/** "In Transit · ocean · ETA 2026-11-24": what tells one freight shipment from another. */
const freightShipmentItem = (shipment: IDataObject): INodeListSearchItems => {
	const parts = [freightStatusName(shipment.status)];
	if (typeof shipment.shipment_method === 'string') parts.push(shipment.shipment_method);
	if (typeof shipment.eta_date === 'string') parts.push(`ETA ${shipment.eta_date.slice(0, 10)}`);
	return {
		name: `${String(shipment.id)} · ${parts.join(' · ')}`,
		value: String(shipment.id),
		url:
			typeof shipment.external_system_url === 'string' ? shipment.external_system_url : undefined,
	};
};

/**
 * The freight forwarder's shipments, newest first, found by ID, status (its value or name) or
 * mode. The list filters on none of them, so the search runs over the records read.
 */
export async function searchFreightShipments(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await readPickerPages.call(
		this,
		{
			path: '/freight/shipments',
			keep: (shipment) =>
				matchesSearch(
					filter,
					shipment.id,
					shipment.status,
					freightStatusName(shipment.status),
					shipment.shipment_method,
				),
			toItem: freightShipmentItem,
			newestFirst: true,
		},
		paginationToken,
	);
	return { results: page.results, paginationToken: page.nextToken };
}
