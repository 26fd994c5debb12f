/**
 * What Trackstar's OpenAPI document offers that the node leaves out, each with its reason, in one
 * place. A test holds the resources to the document: anything missing from the node and not
 * listed here fails it, and so does anything listed here that the node does have.
 */

/** Query parameters every list takes in more than one spelling: the node sends one of them. */
export const OMITTED_EVERYWHERE: Record<string, string> = {
	// `field=value` without an operator means the same as `field[eq]=value`.
	bare: 'Each filter without an operator is the same as its [eq] form, which the node offers',
	'ids[in]':
		"The node sends ids, the spelling Trackstar's docs list beside ids[in]: the same filter",
	page_token: 'The node pages through next_token itself (Return All / Limit)',
	limit: 'Set from Limit, page by page, by the node',
};

/**
 * The other spellings of an enum filter the node offers as two multi-selects ("Statuses",
 * "Exclude Statuses", sent as `[in]` and `[nin]`).
 */
function enumSpellings(field: string, label: string, what: string): Record<string, string> {
	const multiSelect = `${what} are an enum: a multi-select of the values says it better than text`;
	return {
		[`${field}[eq]`]: `${label} (${field}[in]) with one value is the same filter`,
		[`${field}[neq]`]: `Exclude ${label} (${field}[nin]) with one value is the same filter`,
		[`${field}[contains]`]: multiSelect,
		[`${field}[not_contains]`]: multiSelect,
	};
}

/** Per list endpoint (`GET <path>`): filters left out, by `field[op]`, and why. */
export const OMITTED_FILTERS: Record<string, Record<string, string>> = {
	'/wms/orders': {
		...enumSpellings('status', 'Statuses', 'Statuses'),
		...enumSpellings('type', 'Order Types', 'Order types'),
	},
	'/wms/inventory/ledger': enumSpellings('event_type', 'Event Types', 'Event types'),
	'/wms/inbound-shipments': enumSpellings('status', 'Statuses', 'Statuses'),
	'/wms/returns': enumSpellings('status', 'Statuses', 'Statuses'),
	'/cart/orders': enumSpellings('status', 'Statuses', 'Statuses'),
};

const WRITE_INFO_INSTEAD =
	"Get Writable Fields and the WMS Fields read the integration's write-info instead: one answer holds every write of the connection, with the connection's own values, so the form, the required check before a write and Get Writable Fields never disagree";

/**
 * Calls on these resources' paths that no operation makes, and why. Every call of the document
 * under /wms/, /connections, /integrations/, /magic-links and /cart/ is some operation's endpoint
 * (ResourceOperation.endpoints) or is listed here (endpoints.test.ts).
 */
export const OMITTED_OPERATIONS: Record<string, string> = {
	'DELETE /connections':
		"It deletes the credential's own connection: every Trackstar node using the credential stops working, and Trackstar cannot undo it. Delete a connection in the Trackstar dashboard.",
	'GET /wms/orders/meta/{integration_name}':
		'Get Writable Fields asks about the connected WMS (its write-info)',
	'GET /wms/products/meta/{integration_name}':
		'Get Writable Fields asks about the connected WMS (its write-info)',
	'GET /wms/returns/meta/{integration_name}':
		'Get Writable Fields asks about the connected WMS (its write-info)',
	'GET /wms/kits/meta/{integration_name}':
		'Get Writable Fields asks about the connected WMS (its write-info)',
	'GET /wms/orders/channels': 'Served as the Channel picker, not as an operation',
	'GET /wms/orders/meta': WRITE_INFO_INSTEAD,
	'GET /wms/products/meta': WRITE_INFO_INSTEAD,
	'GET /wms/returns/meta': WRITE_INFO_INSTEAD,
	'GET /wms/kits/meta': WRITE_INFO_INSTEAD,
};

/**
 * Endpoints that only Trackstar's newer docs pages document (not the OpenAPI document) and that no
 * operation calls, and why. With OMITTED_OPERATIONS and OUTSIDE_THE_WMS_API, every endpoint of
 * docs/trackstar-api/endpoints.md is an operation's or listed (test/docs/endpointCoverage.test.ts).
 */
export const OMITTED_PAGES: Record<string, string> = {
	'GET /wms/inbound-shipments/meta': WRITE_INFO_INSTEAD,
	'POST /cart/orders/{order_id}/refund':
		"Trackstar's refund page names the endpoint and neither its body nor its answer, and the OpenAPI document has no refund: nothing to build a safe write from. Passthrough reaches the store's own refund API meanwhile.",
};

/**
 * The other way round: filters the node sends that this OpenAPI document (October 2025) lacks,
 * because Trackstar's newer docs pages add them (docs/trackstar-api/README.md). Only these.
 */
export const BEYOND_THE_DOCUMENT: Record<string, { fields: string[]; reason: string }> = {
	'/wms/orders': {
		fields: ['trackstar_created_date', 'trackstar_updated_date'],
		reason: 'Newer Trackstar docs list them on orders; Trackstar Orders released with them',
	},
};

/**
 * Endpoints of the document outside the WMS API's resources, by path prefix, and why the package
 * leaves them out. Every path of the document is a resource's or one of these (a test holds it).
 */
export const OUTSIDE_THE_WMS_API: Record<string, string> = {
	'/link/':
		"POST /link/token and POST /link/exchange serve Trackstar Link embedded in your own app: a link token is of use only inside that browser component (react-trackstar-link), and your app's back end exchanges the auth code it yields right after, in the same flow. Neither is a step a workflow can take; to invite a customer from n8n, use Magic Link → Create",
	'/sandbox/':
		'Trackstar’s own sandbox tooling (generate a sandbox connection, simulate a fulfillment), for setting up tests in Trackstar',
	'/{integration_type}/integrations':
		'The older spelling of the integration catalog (GET /integrations/{integration_type}), which Integration → Get Many and Get read',
};
