import type { IDataObject } from 'n8n-workflow';

/**
 * The compact invoice line item that "Simplify" returns: the charge and what it is billed to. The
 * carrier's own columns passed through in `raw` (up to 250 of them on a UPS invoice) are left out.
 */
export function simplifyInvoiceLineItem(lineItem: IDataObject): IDataObject {
	return {
		id: lineItem.id,
		transaction_date: lineItem.transaction_date,
		account_id: lineItem.account_id,
		invoice_id: lineItem.invoice_id,
		tracking_number: lineItem.tracking_number,
		charge_description: lineItem.charge_description,
		gross_cost: lineItem.gross_cost,
		net_cost: lineItem.net_cost,
	};
}
