/**
 * UPS invoice rows for the WMS's UPS packages, in the shape of Trackstar's UPS sample
 * (api-reference/carrier-api/sample-files/ups.mdx): one row per charge, a package's rows sharing
 * its tracking number; a transportation charge (the package's shipping cost, net), most with a
 * fuel surcharge, some with an accessorial charge or a tax. Net = Basis Value - Incentive Amount.
 */
import { createHash } from 'node:crypto';

import type { Order } from '../types';

/** The merchant's UPS account, as in Trackstar's sample. */
export const UPS_ACCOUNT = 'KX2RDL';

/** The columns of the sandbox's invoice CSVs: a subset of UPS's 250, in UPS's order. */
export const UPS_COLUMNS = [
	'Version',
	'Account Number',
	'Invoice Date',
	'Invoice Number',
	'Invoice Currency Code',
	'Transaction Date',
	'Lead Shipment Number',
	'Tracking Number',
	'Billed Weight',
	'Billed Weight Unit of Measure',
	'Zone',
	'Charge Classification Code',
	'Charge Description',
	'Basis Value',
	'Incentive Amount',
	'Net Amount',
	'Original Service Description',
] as const;

export type UpsRow = Record<(typeof UPS_COLUMNS)[number], string>;

/** UPS's charge classification codes and the descriptions its sample gives them. */
const CHARGES = {
	FRT: 'Transportation Charges',
	FSC: 'Fuel Surcharges',
	ACC: 'Accessorial Charges',
	TAX: 'Taxes',
} as const;
type ChargeCode = keyof typeof CHARGES;

/** A UPS package of the WMS seed, as its invoice sees it. */
export interface UpsPackage {
	trackingNumber: string;
	leadShipmentNumber: string;
	shippedMs: number;
	shippingCost: number;
	weightLb: number;
	service: string;
}

/** Every UPS package the WMS's orders shipped, oldest first. */
export function upsPackages(orders: readonly Order[]): UpsPackage[] {
	const packages: UpsPackage[] = [];
	for (const order of orders) {
		for (const shipment of order.shipments) {
			if (!shipment.shipped_date) continue;
			const ups = shipment.packages.filter(
				(pack) => pack.carrier_id === 'ups' && pack.tracking_number,
			);
			for (const pack of ups) {
				packages.push({
					trackingNumber: pack.tracking_number!,
					leadShipmentNumber: ups[0].tracking_number!,
					shippedMs: Date.parse(shipment.shipped_date),
					shippingCost: pack.shipping_cost ?? 9.5,
					weightLb: pack.measurements.weight ?? 1,
					service: pack.shipping_method_name ?? 'UPS Ground',
				});
			}
		}
	}
	return packages.sort((a, b) => a.shippedMs - b.shippedMs);
}

/** A number in [0, 1) drawn from the package and what is drawn, the same on every seed. */
function draw(trackingNumber: string, what: string): number {
	const digest = createHash('sha256').update(`${trackingNumber}:${what}`).digest();
	return digest.readUInt32BE(0) / 2 ** 32;
}

const cents = (amount: number) => (Math.round(amount * 100) / 100).toFixed(2);

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** One package's rows on an invoice. */
export function upsRows(pack: UpsPackage, invoice: { number: string; dateMs: number }): UpsRow[] {
	const codes: ChargeCode[] = ['FRT'];
	if (draw(pack.trackingNumber, 'FSC') < 0.8) codes.push('FSC');
	if (draw(pack.trackingNumber, 'ACC') < 0.35) codes.push('ACC');
	if (draw(pack.trackingNumber, 'TAX') < 0.25) codes.push('TAX');
	const net: Record<ChargeCode, number> = {
		FRT: pack.shippingCost,
		FSC: pack.shippingCost * (0.12 + 0.06 * draw(pack.trackingNumber, 'FSC%')),
		ACC: 4.5 + 20 * draw(pack.trackingNumber, 'ACC$'),
		TAX: pack.shippingCost * 0.08,
	};
	return codes.map((code) => {
		const netAmount = Number(cents(net[code]));
		const incentive = Number(cents(netAmount * (0.04 + 0.1 * draw(pack.trackingNumber, code))));
		return {
			Version: '6.1',
			'Account Number': UPS_ACCOUNT,
			'Invoice Date': day(invoice.dateMs),
			'Invoice Number': invoice.number,
			'Invoice Currency Code': 'USD',
			'Transaction Date': day(pack.shippedMs),
			'Lead Shipment Number': pack.leadShipmentNumber,
			'Tracking Number': pack.trackingNumber,
			'Billed Weight': String(Math.max(1, Math.ceil(pack.weightLb))),
			'Billed Weight Unit of Measure': 'LB',
			Zone: String(2 + Math.floor(draw(pack.trackingNumber, 'zone') * 7)),
			'Charge Classification Code': code,
			'Charge Description': CHARGES[code],
			'Basis Value': cents(netAmount + incentive),
			'Incentive Amount': cents(incentive),
			'Net Amount': cents(netAmount),
			'Original Service Description': pack.service,
		};
	});
}

const quoted = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The invoice's CSV: UPS_COLUMNS as the header, then its rows. */
export function upsCsv(rows: readonly UpsRow[]): string {
	const lines = [
		UPS_COLUMNS.join(','),
		...rows.map((row) => UPS_COLUMNS.map((column) => quoted(row[column])).join(',')),
	];
	return `${lines.join('\r\n')}\r\n`;
}
