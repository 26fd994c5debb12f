/**
 * A human number a record is also found by, through its list endpoint's exact filter: an order by
 * its order number, an inbound shipment by its PO number, a product by its SKU.
 */
export interface RecordLookup {
	/** The resource locator's mode, e.g. "orderNumber". */
	mode: string;
	/** The mode's name in the panel, e.g. "By Order Number". */
	displayName: string;
	/** The number in a sentence, e.g. "order number". */
	label: string;
	/** The list filter it matches exactly, e.g. "order_number" (sent as `order_number[eq]`). */
	field: string;
	placeholder: string;
}
