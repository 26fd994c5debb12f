/**
 * The Carrier API: GET /carrier/invoice-line-items and each line item by ID, PUT
 * …/trackstar-tags, GET /carrier/files (carrierFiles.ts), and the file store its download URLs
 * point to, over seedCarrier.ts. No OpenAPI copy: the shapes are docs/trackstar-api/carrier-schemas.json's.
 */
import type { Handler } from '../http';
import { Router } from '../http';
import { RecordList } from '../resources/catalogStore';
import type { CatalogContext, CatalogResource, WritableSource } from '../resources/common';
import { getRecord, listRecords, setRecordTags } from '../resources/common';
import { DATE_OPERATORS, dateFields } from '../resources/query';
import type { Order } from '../types';
import { downloadCarrierFile, FILE_STORE_PATH, listCarrierFiles } from './carrierFiles';
import type { InvoiceLineItem, StoredCarrierFile } from './carrierTypes';
import { seedCarrier } from './seedCarrier';

/** The carrier connection's line items and files, re-seeded by reset from the WMS's orders. */
export class CarrierStore {
	readonly lineItems = new RecordList<InvoiceLineItem>();
	files: StoredCarrierFile[] = [];

	constructor(
		private readonly now: Date,
		private readonly orders: () => readonly Order[],
	) {
		this.reset();
	}

	reset(): void {
		const seed = seedCarrier(this.now, this.orders());
		this.lineItems.load(seed.lineItems);
		this.files = seed.files;
	}
}

/** The carrier routes and the file store in front of `fallback`; `context` is the catalog's. */
export function createCarrierRouter(
	context: CatalogContext,
	carrier: CarrierStore,
	fallback: Handler,
): Router {
	const lineItems: CatalogResource<InvoiceLineItem, WritableSource<InvoiceLineItem>> = {
		what: 'Invoice line item',
		idParam: 'invoice_line_item_id',
		fields: {
			...dateFields<InvoiceLineItem>(),
			transaction_date: { kind: 'date', operators: DATE_OPERATORS },
		},
		records: () => carrier.lineItems,
	};
	const item = '/carrier/invoice-line-items/:invoice_line_item_id';
	return new Router(fallback)
		.add('GET', '/carrier/invoice-line-items', (request) =>
			listRecords(lineItems, context, request),
		)
		.add('GET', item, (request) => getRecord(lineItems, context, request))
		.add('PUT', `${item}/trackstar-tags`, (request) => setRecordTags(lineItems, context, request))
		.add('GET', '/carrier/files', (request) =>
			listCarrierFiles(carrier.files, request, context.clock),
		)
		.add('GET', `${FILE_STORE_PATH}/:file_name`, (request) =>
			downloadCarrierFile(carrier.files, request, context.clock),
		);
}
