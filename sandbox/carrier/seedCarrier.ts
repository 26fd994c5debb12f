/**
 * The carrier connection: the merchant's UPS account, invoiced weekly for the packages the WMS
 * shipped with UPS. Each invoice is a CSV and a PDF (the files, generated weekly, the newest three
 * hours before `now`) and its rows are the invoice line items, one per charge, mapped as
 * Trackstar's UPS sample page says: Account Number -> account_id, Invoice Number -> invoice_id,
 * Transaction Date -> transaction_date, Tracking Number -> tracking_number, Charge Description ->
 * charge_description, Basis Value -> gross_cost, Net Amount -> net_cost, the other columns in
 * `raw`. Packages shipped since the last invoice are not invoiced yet.
 */
import { createHash } from 'node:crypto';

import { compareRecords } from '../seedCatalog';
import type { Order } from '../types';
import { toTrackstarDate } from '../types';
import type { InvoiceLineItem, StoredCarrierFile } from './carrierTypes';
import { invoicePdf } from './invoicePdf';
import type { UpsRow } from './upsInvoices';
import { UPS_ACCOUNT, upsCsv, upsPackages, upsRows } from './upsInvoices';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Weekly invoices, newest first, as far back as the WMS's UPS packages go. */
export const CARRIER_INVOICE_WEEKS = 12;

export interface CarrierSeed {
	lineItems: InvoiceLineItem[];
	files: StoredCarrierFile[];
}

const MAPPED = new Set([
	'Account Number',
	'Invoice Number',
	'Transaction Date',
	'Tracking Number',
	'Charge Description',
	'Basis Value',
	'Net Amount',
]);

function lineItem(row: UpsRow, createdMs: number): InvoiceLineItem {
	const key = `${row['Invoice Number']}:${row['Tracking Number']}:${row['Charge Classification Code']}`;
	return {
		id: createHash('sha256').update(`carrier-line:${key}`).digest('hex').slice(0, 24),
		transaction_date: `${row['Transaction Date']}T00:00:00Z`,
		account_id: row['Account Number'],
		invoice_id: row['Invoice Number'],
		tracking_number: row['Tracking Number'],
		charge_description: row['Charge Description'],
		gross_cost: Number(row['Basis Value']),
		net_cost: Number(row['Net Amount']),
		raw: Object.fromEntries(Object.entries(row).filter(([column]) => !MAPPED.has(column))),
		created_date: toTrackstarDate(createdMs),
		updated_date: toTrackstarDate(createdMs),
		trackstar_tags: [],
	};
}

const compact = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');

export function seedCarrier(now: Date, orders: readonly Order[]): CarrierSeed {
	const packages = upsPackages(orders);
	const lineItems: InvoiceLineItem[] = [];
	const files: StoredCarrierFile[] = [];
	for (let week = 0; week < CARRIER_INVOICE_WEEKS; week++) {
		const generatedMs = Math.floor((now.getTime() - 3 * HOUR - week * 7 * DAY) / MINUTE) * MINUTE;
		const invoiceDateMs = Math.floor(generatedMs / DAY) * DAY - DAY;
		const invoice = {
			number: `ULN-${String(563196946 + Math.floor(invoiceDateMs / DAY)).padStart(10, '0')}`,
			dateMs: invoiceDateMs,
		};
		const billed = packages.filter(
			(pack) => pack.shippedMs >= invoiceDateMs - 7 * DAY && pack.shippedMs < invoiceDateMs,
		);
		if (billed.length === 0) continue;
		const rows = billed.flatMap((pack) => upsRows(pack, invoice));
		// Trackstar parses the file a quarter of an hour after the carrier delivers it.
		lineItems.push(...rows.map((row) => lineItem(row, generatedMs + 15 * MINUTE)));
		const name = `UPS_Invoice_${invoice.number}_${compact(invoiceDateMs)}`;
		const total = rows.reduce((sum, row) => sum + Number(row['Net Amount']), 0);
		const generated_time = toTrackstarDate(generatedMs);
		files.push(
			{
				file_name: `${name}.csv`,
				generated_time,
				file_type: 'csv',
				invoice_id: invoice.number,
				content: Buffer.from(upsCsv(rows), 'utf8'),
			},
			{
				file_name: `${name}.pdf`,
				generated_time,
				file_type: 'pdf',
				invoice_id: invoice.number,
				content: invoicePdf([
					'UPS Invoice',
					`Account ${UPS_ACCOUNT}`,
					`Invoice ${invoice.number} of ${new Date(invoiceDateMs).toISOString().slice(0, 10)}`,
					`${billed.length} packages, ${rows.length} charges`,
					`Total net amount USD ${total.toFixed(2)}`,
				]),
			},
		);
	}
	return {
		lineItems: lineItems.sort(compareRecords),
		files: files.sort((a, b) =>
			a.generated_time === b.generated_time
				? a.file_name.localeCompare(b.file_name)
				: a.generated_time.localeCompare(b.generated_time),
		),
	};
}
