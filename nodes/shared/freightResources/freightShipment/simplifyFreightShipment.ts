import type { IDataObject } from 'n8n-workflow';

import { freightStatusName } from './freightShipmentStatuses';

/**
 * The compact freight shipment that "Simplify" returns: where it is, by when, by what mode, at
 * what cost. The forwarder's raw status and integration-specific fields are left out.
 */
export function simplifyFreightShipment(shipment: IDataObject): IDataObject {
	return {
		id: shipment.id,
		status: shipment.status,
		status_name: freightStatusName(shipment.status),
		shipment_method: shipment.shipment_method,
		shipment_date: shipment.shipment_date,
		eta_date: shipment.eta_date,
		arrival_date: shipment.arrival_date,
		cost: shipment.cost,
		updated_date: shipment.updated_date,
		external_system_url: shipment.external_system_url,
	};
}
