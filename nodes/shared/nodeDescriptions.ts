/** What Trackstar Orders does: its description, which is also its description as an AI tool. */
export const ORDERS_DESCRIPTION =
	'Get, list, create, update, tag and cancel warehouse orders in any WMS connected to Trackstar';

/**
 * The Orders Trigger's description. n8n's node picker shows an action node and the trigger named
 * like it plus "Trigger" as one entry, under the trigger's description (the editor's
 * generateMergedNodesAndActions), so it first says what the actions do.
 */
export const ORDERS_TRIGGER_DESCRIPTION = `${ORDERS_DESCRIPTION}, or start a workflow when orders are created, updated or change status`;

/** What the Trackstar node does: its description, which is also its description as an AI tool. */
export const TRACKSTAR_DESCRIPTION =
	"Read and change orders, shipments, inventory, products, kits, inbound shipments, returns, bills, labor activities, warehouses, connection syncs and schedules in any WMS connected to Trackstar, or call the WMS's own API through it; invite customers to connect with magic links";

/** The Trackstar Trigger's description: it joins the Trackstar node's entry in the picker, as above. */
export const TRACKSTAR_TRIGGER_DESCRIPTION = `${TRACKSTAR_DESCRIPTION}, or start a workflow when Trackstar's webhooks report an order created, updated or shipped, or another WMS, cart, freight, carrier or connection event`;

/**
 * The Polling Trigger's description: it says what it watches, with which connection (a WMS, a
 * store), and why one would pick it over the Trackstar Trigger (no webhook set-up, no public URL).
 */
export const POLLING_TRIGGER_DESCRIPTION =
	'Start a workflow when inventory drops to or below a threshold, or when records are created, updated or change status in a WMS (inventory items, products, inbound shipments, returns) a store (orders, products), a freight forwarder (shipments) or a carrier (invoice line items) connected to Trackstar; polls, so it needs no webhook or public URL';

/** What Trackstar Cart does: its description, which is also its description as an AI tool. */
export const TRACKSTAR_CART_DESCRIPTION =
	"Read and tag orders, products and warehouses, mark orders shipped and adjust stock in any store (Shopify, Amazon, WooCommerce and more) connected to Trackstar as a cart connection, or call the store's own API through it";

/** What Trackstar Freight does: its description, which is also its description as an AI tool. */
export const TRACKSTAR_FREIGHT_DESCRIPTION =
	"Read a freight forwarder's shipments connected to Trackstar as a freight connection: each shipment's status (pre-transit, in transit, at the arrival port, en route, at its final destination), mode, shipment date, ETA, arrival date and cost";

/** What Trackstar Carrier does: its description, which is also its description as an AI tool. */
export const TRACKSTAR_CARRIER_DESCRIPTION =
	"Read a parcel carrier's invoices (UPS, FedEx, USPS, DHL and more) connected to Trackstar as a carrier connection: each invoice charge with its tracking number, invoice, date, gross and net cost, tag charges, and download the raw invoice files (CSV, PDF)";
