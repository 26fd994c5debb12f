/**
 * The Carrier API's records, as docs/trackstar-api/carrier-schemas.json writes them from
 * Trackstar's pages (there is no OpenAPI copy): an invoice line item is one charge on a carrier
 * invoice; a file is a raw invoice document with a presigned download URL.
 */
import type { TrackstarTag } from '../types';

export interface InvoiceLineItem {
	id: string;
	transaction_date: string;
	account_id: string;
	invoice_id: string;
	tracking_number: string | null;
	charge_description: string;
	gross_cost: number;
	net_cost: number;
	/** The carrier's columns Trackstar does not map (sample-files/usps.mdx), by column name. */
	raw: Record<string, string>;
	created_date: string;
	updated_date: string;
	trackstar_tags: TrackstarTag[];
}

/** A stored invoice document: what GET /carrier/files lists of it, and its bytes. */
export interface StoredCarrierFile {
	file_name: string;
	generated_time: string;
	file_type: 'csv' | 'pdf';
	invoice_id: string;
	content: Buffer;
}

/** A file as GET /carrier/files answers it (files/info.mdx). */
export interface CarrierFile {
	file_name: string;
	generated_time: string;
	file_type: string;
	download_url: string;
	download_url_expires_at: string;
}
