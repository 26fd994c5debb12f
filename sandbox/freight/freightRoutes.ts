/**
 * The Freight API: GET /freight/shipments and GET /freight/shipments/{shipment_id}, over the
 * shipments of seedFreight.ts. The list takes the OpenAPI document's filters (created_date,
 * updated_date, ids) and the pagination of every other list (resources/query.ts).
 */
import type { Handler } from '../http';
import { Router } from '../http';
import { RecordList } from '../resources/catalogStore';
import type { CatalogContext, CatalogResource } from '../resources/common';
import { getRecord, listRecords } from '../resources/common';
import type { InboundShipment } from '../resources/inboundShipmentTypes';
import { dateFields } from '../resources/query';
import type { FreightShipment } from './freightTypes';
import { seedFreight } from './seedFreight';

/** The freight connection's shipments, re-seeded by reset from the WMS's inbound shipments. */
export class FreightStore {
	readonly shipments = new RecordList<FreightShipment>();

	constructor(
		private readonly now: Date,
		private readonly inbound: () => readonly InboundShipment[],
	) {
		this.reset();
	}

	reset(): void {
		this.shipments.load(seedFreight(this.now, this.inbound()));
	}
}

/** The freight routes in front of `fallback`; `context` is the catalog's. */
export function createFreightRouter(
	context: CatalogContext,
	freight: FreightStore,
	fallback: Handler,
): Router {
	const shipments: CatalogResource<FreightShipment> = {
		what: 'Shipment',
		idParam: 'shipment_id',
		fields: dateFields<FreightShipment>(),
		records: () => freight.shipments,
	};
	return new Router(fallback)
		.add('GET', '/freight/shipments', (request) => listRecords(shipments, context, request))
		.add('GET', '/freight/shipments/:shipment_id', (request) =>
			getRecord(shipments, context, request),
		);
}
