/**
 * A local Trackstar-compatible server (`node:http` only) for tests, the demo and benchmarks:
 * GET/POST /wms/orders, GET/PUT /wms/orders/{order_id}, PUT .../cancel and .../trackstar-tags,
 * GET /wms/orders/meta (rate-limited), and the warehouse customer, shipping method and channel
 * lists, with Trackstar's auth, filters, pagination, errors and headers, over deterministic
 * seeded orders.
 *
 * Pipeline (see http.ts): injected faults -> rate limits (headers; 429s when enforced) -> auth
 * (for /wms) -> once-a-minute limit (meta, integrations, write-info) -> Idempotency-Key -> the
 * faults' part in the WMS (delays, statuses after the write) -> router. Every request is logged,
 * whatever answered it.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from '@n8n-nodes-trackstar/node-runtime/http';
import { createServer } from '@n8n-nodes-trackstar/node-runtime/http';
import type { AddressInfo } from '@n8n-nodes-trackstar/node-runtime/net';

import type { ActivityMove, ActivityOptions, WarehouseActivity } from './activity';
import { DEFAULT_ACTIVITY_EVERY_MS, warehouseActivity } from './activity';
import type { Middleware, Reply, SandboxRequest } from './http';
import { compose, errorReply, headerValue, parseTarget } from './http';
import type { FaultInjector, FaultRule } from './faults';
import { faultInjector } from './faults';
import {
	connectionOfToken,
	connectionStore,
	connectionTokens,
	createConnectionRouter,
	connectTokenTo,
	requestConnection,
	tokenIntegration,
} from './connections';
import { idempotencyKeys } from './idempotency';
import { orderCreateRules } from './integrationOrders';
import { createIntegrationRouter } from './integrationRoutes';
import { createMagicLinkRouter, magicLinkStore } from './magicLinks';
import { createPassthroughRouter } from './passthrough';
import { createOnDemandSyncRouter, onDemandSyncStore } from './onDemandSyncs';
import { SANDBOX_INTEGRATION, integrationCatalog } from './integrations';
import type { AccessTokens } from './middleware';
import {
	ACCESS_TOKEN_HEADER,
	accessTokenFor,
	authenticate,
	credentialsRefusal,
	metaRateLimit,
} from './middleware';
import { multipartBoundary, parseMultipart } from './multipart';
import type { RateLimitOptions } from './rateLimiter';
import { rateLimiter } from './rateLimiter';
import { pageLatency, type PageLatency } from './latency';
import { referenceLists } from './reference';
import { CatalogStore } from './resources/catalogStore';
import type { CatalogContext } from './resources/common';
import { createCatalogRouter } from './resources/catalogRouter';
import { CartStore, createCartRouter } from './cart/cartRoutes';
import type { StoreRefund } from './cart/storeApi';
import { lastReturnedOrder, storeCopyOf } from './cart/storeCopy';
import type { CartOrder, CartProduct } from './cart/cartTypes';
import { CarrierStore, createCarrierRouter } from './carrier/carrierRoutes';
import type { InvoiceLineItem } from './carrier/carrierTypes';
import { createFreightRouter, FreightStore } from './freight/freightRoutes';
import type { FreightShipment } from './freight/freightTypes';
import type { InventoryItem, LedgerEntry, Product } from './resources/catalogTypes';
import type { InboundShipment } from './resources/inboundShipmentTypes';
import type { Return } from './resources/returnTypes';
import { RETURN_REASONS } from './seedReturns';
import type { ListOrder, RecordedRequest, RouteContext } from './routes';
import { createRouter } from './routes';
import { OrderStore } from './store';
import type { Order } from './types';

export type { RecordedRequest } from './routes';
export type { ActivityMove, ActivityOptions };

export interface SandboxOptions {
	/** 0 = random free port (default). */
	port?: number;
	/** Default 127.0.0.1. */
	host?: string;
	/** Default 'sandbox-api-key'. */
	apiKey?: string;
	/** Default 'sandbox-access-token': a WMS and a cart connection's (/wms and /cart). */
	accessToken?: string;
	/** Default 'sandbox-freight-access-token': a freight connection's, for /freight only. */
	freightAccessToken?: string;
	/** Default 'sandbox-carrier-access-token': a carrier connection's, for /carrier only. */
	carrierAccessToken?: string;
	/** Default 240. */
	orderCount?: number;
	/**
	 * Inventory items in all: the catalog's 32 (every SKU the orders sell), then generated ones up
	 * to this count, e.g. 50,000 for the benchmark; default the catalog's.
	 */
	inventoryCount?: number;
	/** Default 42. */
	seed?: number;
	/** Reference time of the seeded dates; default: the current time. */
	now?: Date;
	/** Fields the simulated WMS ignores on update (in unused_fields); default ['trading_partner']. */
	ignoredUpdateFields?: string[];
	/**
	 * Time written to updated_date by writes, the meta rate limit's and the Idempotency-Keys' clock,
	 * and the `Date` header of every answer; default: the current time.
	 */
	clock?: () => Date;
	/** Rate-limit headers, and 429s above the limit when `enforce` is set; default headers only. */
	rateLimit?: RateLimitOptions;
	/** How long each list page takes to answer (fixed, and per record on it); default none. */
	pageLatency?: PageLatency;
	/**
	 * The order orders are listed in: `created` (created_date, then id; the default) or `synced`
	 * (trackstar_created_date, then id), where orders synced late come after newer ones. Trackstar
	 * does not document its list order.
	 */
	listOrder?: ListOrder;
	/** Seconds between two answered calls to a meta endpoint per access token (else 429); default 60, 0 = no limit. */
	metaRateLimitSeconds?: number;
	/** How long an on-demand sync job stays open before it completes, in seconds of the clock; default 30. */
	onDemandSyncSeconds?: number;
	/** Made-up shipping methods added after the seed's nine, e.g. to page through a long list; default 0. */
	extraShippingMethods?: number;
	/**
	 * The live warehouse (activity.ts): every `everyMs` (default 2 minutes) a few orders arrive,
	 * get stuck, ship or move on, dated by `clock`. `true` = the defaults. Off by default.
	 */
	activity?: ActivityOptions | boolean;
	/**
	 * The integration of the WMS access token's connection, one of GET /integrations/wms's (e.g.
	 * 'logiwa'): order creates then follow its schema. Default 'sandbox'; restored by reset.
	 */
	integration?: string;
}

export interface Sandbox {
	/** http://127.0.0.1:PORT */
	url: string;
	port: number;
	apiKey: string;
	/** The WMS and cart connections' access token. */
	accessToken: string;
	/** The freight connection's access token: it reads /freight, and nothing else does. */
	freightAccessToken: string;
	/** The carrier connection's access token: it reads /carrier, and nothing else does. */
	carrierAccessToken: string;
	/**
	 * Every request received, in order, including those answered 429 or by an injected fault;
	 * the admin routes under /__sandbox/ are not logged.
	 */
	requests: RecordedRequest[];
	/** Fault injection (see faults.ts); `reset()` switches every fault off. */
	faults: FaultInjector;
	/** Changes how long list pages take from now on (see latency.ts). */
	setPageLatency(latency: PageLatency): void;
	/** Shorthand for `faults.inject(...)`. */
	inject(...rules: FaultRule[]): void;
	/** Makes the WMS access token's connection one of another integration (e.g. logiwa) until reset, as PUT /__sandbox/connection does. */
	connectTo(integration: string): void;
	/** Copies of the catalog's records, in list order (created_date, then id). */
	inventoryItems(): InventoryItem[];
	inventoryItem(id: string): InventoryItem | undefined;
	products(): Product[];
	product(id: string): Product | undefined;
	ledger(): LedgerEntry[];
	/** Copies of the inbound shipments, in list order. */
	inboundShipments(): InboundShipment[];
	/** Copies of the returns, in list order. */
	returns(): Return[];
	/** Copies of the cart connection's orders and products (cart/seedCart.ts, cart/storeCopy.ts), in list order. */
	cartOrders(): CartOrder[];
	cartProducts(): CartProduct[];
	/** Copies of the freight connection's shipments (freight/seedFreight.ts), in list order. */
	freightShipments(): FreightShipment[];
	/** Copies of the carrier connection's invoice line items (carrier/seedCarrier.ts), in list order. */
	invoiceLineItems(): InvoiceLineItem[];
	/** The carrier connection's files as stored (name, type, invoice, generated time, bytes), oldest first. */
	carrierFiles(): Array<{
		file_name: string;
		file_type: string;
		invoice_id: string;
		generated_time: string;
		content: Buffer;
	}>;
	/** Copies of the refunds the store's own API took through POST /cart/passthrough (cart/storeApi.ts). */
	cartRefunds(): StoreRefund[];
	/** A copy of the current store, in list order (created_date, then id). */
	orders(): Order[];
	/** A copy of one order, or undefined. */
	order(id: string): Order | undefined;
	/** Test-only: adds an order, or replaces the one with its id (dates as given, nothing derived). */
	upsertOrder(order: Order): void;
	/** Test-only: adds an inventory item, or replaces the one with its id (dates and stock as given). */
	upsertInventoryItem(item: InventoryItem): void;
	/** Test-only: adds a product, or replaces the one with its id (dates as given). */
	upsertProduct(product: Product): void;
	/** Test-only: adds an inbound shipment, or replaces the one with its id (dates and status as given). */
	upsertInboundShipment(shipment: InboundShipment): void;
	/** Test-only: adds a return, or replaces the one with its id (dates and status as given). */
	upsertReturn(record: Return): void;
	/** Test-only: adds a cart order, or replaces the one with its id (dates and status as given). */
	upsertCartOrder(order: CartOrder): void;
	/** Test-only: adds a cart product, or replaces the one with its id (dates as given). */
	upsertCartProduct(product: CartProduct): void;
	/** Test-only: adds a freight shipment, or replaces the one with its id (dates and status as given). */
	upsertFreightShipment(shipment: FreightShipment): void;
	/** Test-only: adds a carrier invoice line item, or replaces the one with its id (dates as given). */
	upsertInvoiceLineItem(lineItem: InvoiceLineItem): void;
	/**
	 * The live warehouse: `tick()` moves orders now (with or without the `activity` option; its
	 * timer runs only with it), `moves` lists what moved since start or reset.
	 */
	activity: Pick<WarehouseActivity, 'tick' | 'moves' | 'running'>;
	/** Re-seeds the store (same options, same orders), clears the request log, the faults, the Idempotency-Keys and the activity's moves, and restores the page latency. */
	reset(): void;
	close(): Promise<void>;
}

/** Request bodies larger than this are answered 413. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export const DEFAULT_API_KEY = 'sandbox-api-key';
export const DEFAULT_ACCESS_TOKEN = 'sandbox-access-token';
export const DEFAULT_FREIGHT_ACCESS_TOKEN = 'sandbox-freight-access-token';
export const DEFAULT_CARRIER_ACCESS_TOKEN = 'sandbox-carrier-access-token';

interface ReceivedBody {
	body: unknown;
	tooLarge: boolean;
}

function readBody(request: IncomingMessage): Promise<ReceivedBody> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let tooLarge = false;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size > MAX_BODY_BYTES) tooLarge = true;
			else chunks.push(chunk);
		});
		request.on('end', () => {
			if (tooLarge) return resolve({ body: undefined, tooLarge });
			const boundary = multipartBoundary(request.headers['content-type']);
			if (boundary)
				return resolve({ body: parseMultipart(Buffer.concat(chunks), boundary), tooLarge });
			const text = Buffer.concat(chunks).toString('utf8');
			if (text === '') return resolve({ body: undefined, tooLarge });
			try {
				resolve({ body: JSON.parse(text) as unknown, tooLarge });
			} catch {
				resolve({ body: text, tooLarge });
			}
		});
		request.on('error', reject);
	});
}

function writeReply(response: ServerResponse, reply: Reply, requestId: string, now: Date): void {
	if (response.headersSent || response.destroyed) return;
	if (reply.drop) {
		response.socket?.destroy();
		return;
	}
	const payload = reply.rawBody ?? JSON.stringify(reply.body ?? null);
	response.writeHead(reply.status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(payload),
		'x-request-id': requestId,
		// The sandbox's own clock, as Trackstar's answers carry its time.
		date: now.toUTCString(),
		...reply.headers,
	});
	response.end(payload);
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	const host = options.host ?? '127.0.0.1';
	const apiKey = options.apiKey ?? DEFAULT_API_KEY;
	const accessToken = options.accessToken ?? DEFAULT_ACCESS_TOKEN;
	const tokens: AccessTokens = {
		accessToken,
		freightAccessToken: options.freightAccessToken ?? DEFAULT_FREIGHT_ACCESS_TOKEN,
		carrierAccessToken: options.carrierAccessToken ?? DEFAULT_CARRIER_ACCESS_TOKEN,
	};
	const tokenConnections = connectionTokens(tokens);
	const now = options.now ?? new Date();
	const store = new OrderStore({ count: options.orderCount ?? 240, seed: options.seed ?? 42, now });
	const requests: RecordedRequest[] = [];
	const rateLimits = rateLimiter(options.rateLimit);
	const latency = pageLatency(options.pageLatency);
	const faults = faultInjector();
	const clock = options.clock ?? (() => new Date());
	const metaLimit = metaRateLimit(options.metaRateLimitSeconds ?? 60, clock);
	const idempotency = idempotencyKeys({
		clock,
		// A connection API's route takes its own type's token; the others (/connections) any connection's.
		authenticated: (request) => {
			const given = headerValue(request, ACCESS_TOKEN_HEADER) ?? '';
			const anyConnection = tokenConnections.has(given) ? given : accessToken;
			return (
				credentialsRefusal(request, {
					apiKey,
					accessToken: accessTokenFor(request, tokens) ?? anyConnection,
				}) === undefined
			);
		},
	});
	const activityOptions = options.activity === true ? {} : options.activity || undefined;
	const activity = warehouseActivity(store, clock, {
		seed: options.seed ?? 42,
		everyMs: activityOptions ? (activityOptions.everyMs ?? DEFAULT_ACTIVITY_EVERY_MS) : 0,
	});

	const reset = () => {
		store.reset();
		activity.reset();
		requests.length = 0;
		rateLimits.reset();
		latency.set(options.pageLatency ?? {});
		faults.clear();
		metaLimit.reset();
		idempotency.reset();
		catalog.reset(); // after the orders: committed stock comes from them
		cart.reset();
		freight.reset(); // after the catalog: its legs carry the inbound shipments' POs
		carrier.reset(); // after the orders: it invoices their UPS packages
		connections.reset();
		onDemandSyncs.reset();
		magicLinks.reset();
	};
	const integrations = integrationCatalog();
	const integration = options.integration ?? SANDBOX_INTEGRATION;
	if (!integrations.find(integration)) {
		const served = integrations.integrations.map((entry) => entry.integration_name).join(', ');
		throw new Error(`Unknown integration "${integration}": the sandbox serves ${served}`);
	}
	const connections = connectionStore(now, integration);
	const onDemandSyncs = onDemandSyncStore();
	const magicLinks = magicLinkStore(now);
	const context: RouteContext = {
		store,
		requests,
		ignoredUpdateFields: new Set(options.ignoredUpdateFields ?? ['trading_partner']),
		reference: referenceLists(now, { shippingMethods: options.extraShippingMethods }),
		clock,
		listOrder: options.listOrder ?? 'created',
		orderCreateRules: () => {
			const name = tokenIntegration(connections);
			if (name === SANDBOX_INTEGRATION) return undefined;
			return orderCreateRules(integrations, name) ?? `${name} takes no order creates`;
		},
		reset,
	};
	const catalog = new CatalogStore(
		{
			now,
			seed: options.seed ?? 42,
			inventoryCount: options.inventoryCount,
			warehouses: context.reference.warehouses,
		},
		() => store.all(),
	);
	const catalogContext: CatalogContext = { catalog, reference: context.reference, clock };
	const cart = new CartStore(now, () => {
		const returned = lastReturnedOrder(catalog.returns.all(), (id) => store.get(id));
		return returned && storeCopyOf(returned, (sku) => catalog.productBySku(sku)?.name);
	});
	const freight = new FreightStore(now, () => catalog.inboundShipments.all());
	const carrier = new CarrierStore(now, () => store.all());
	const middlewares: Middleware[] = [
		faults.middleware,
		rateLimits,
		latency,
		authenticate(apiKey, tokens),
		metaLimit,
		idempotency,
		faults.inWms,
	];
	const connectionRouter = createConnectionRouter(
		{
			apiKey,
			tokens: tokenConnections,
			clock,
			store: connections,
			integrationNames: integrations.integrations.map((entry) => entry.integration_name),
		},
		createPassthroughRouter(
			{
				integration: () => {
					const name = tokenIntegration(connections);
					return { name, displayName: integrations.find(name)?.display_name ?? name };
				},
				products: () => catalog.products.all(),
			},
			createCartRouter(
				catalogContext,
				cart,
				createFreightRouter(
					catalogContext,
					freight,
					createCarrierRouter(
						catalogContext,
						carrier,
						createCatalogRouter(catalogContext, createRouter(context).handle).handle,
					).handle,
				).handle,
			).handle,
		).handle,
	);
	const onDemandRouter = createOnDemandSyncRouter(
		{
			apiKey,
			tokens: tokenConnections,
			clock,
			connection: (request) =>
				requestConnection({ store: connections, tokens: tokenConnections }, request),
			seconds: options.onDemandSyncSeconds ?? 30,
		},
		onDemandSyncs,
		connectionRouter.handle,
	);
	const magicLinkRouter = createMagicLinkRouter(
		{ apiKey, tokens: tokenConnections, clock },
		magicLinks,
		onDemandRouter.handle,
	);
	const app = compose(
		middlewares,
		createIntegrationRouter(
			{
				apiKey,
				tokens: tokenConnections,
				catalog: integrations,
				connectionIntegration: (token) =>
					connectionOfToken({ store: connections, tokens: tokenConnections }, token)
						?.integration_name,
				connectionValues: () => ({
					warehouseIds: context.reference.warehouses.map((warehouse) => warehouse.id),
					returnReasons: RETURN_REASONS,
				}),
			},
			magicLinkRouter.handle,
		).handle,
	);

	const handle = async (incoming: IncomingMessage, response: ServerResponse) => {
		const id = randomUUID();
		let record: RecordedRequest | undefined;
		let reply: Reply;
		try {
			const received = await readBody(incoming);
			const target = parseTarget(incoming.url ?? '/');
			const request: SandboxRequest = {
				id,
				method: (incoming.method ?? 'GET').toUpperCase(),
				...target,
				headers: { ...incoming.headers },
				body: received.body,
				params: {},
			};
			if (request.segments[0] !== '__sandbox') {
				record = {
					method: request.method,
					path: request.path,
					rawPath: request.rawPath,
					query: request.query,
					rawQuery: request.rawQuery,
					headers: request.headers,
					body: request.body,
					status: 0,
					receivedAt: Date.now(),
				};
				requests.push(record);
			}
			reply = received.tooLarge
				? errorReply(413, `Request body larger than ${MAX_BODY_BYTES} bytes`)
				: await app(request);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			reply = errorReply(500, `Internal sandbox error: ${message}`);
		}
		if (record) {
			record.status = reply.drop ? 0 : reply.status;
			if (reply.fault) record.fault = reply.fault;
			if (reply.replayed) record.replayed = true;
		}
		try {
			writeReply(response, reply, id, clock());
		} catch {
			response.destroy();
		}
	};

	const server = createServer((incoming, response) => {
		void handle(incoming, response);
	});
	// Node closes an idle keep-alive socket after 5 s, and a client reusing it at that instant gets
	// ECONNRESET (seen when a test idles ~5 s between requests). APIs behind a load balancer keep
	// idle connections longer; so does the sandbox (close() still ends them at once).
	server.keepAliveTimeout = 60_000;
	server.headersTimeout = 61_000;
	server.on('clientError', (_error, socket) => {
		if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
		else socket.destroy();
	});

	await new Promise<void>((resolve, reject) => {
		const failed = (error: Error) => {
			activity.stop(); // no sandbox to close: its timer must not keep ticking
			reject(error);
		};
		server.once('error', failed);
		server.listen(options.port ?? 0, host, () => {
			server.off('error', failed);
			resolve();
		});
	});
	const port = (server.address() as AddressInfo).port;
	const urlHost = host.includes(':') ? `[${host}]` : host;
	let closing: Promise<void> | undefined;

	return {
		url: `http://${urlHost}:${port}`,
		port,
		apiKey,
		accessToken,
		freightAccessToken: tokens.freightAccessToken,
		carrierAccessToken: tokens.carrierAccessToken,
		requests,
		faults,
		inject: (...rules) => faults.inject(...rules),
		connectTo: (integration) => {
			if (!integrations.find(integration))
				throw new Error(`The sandbox serves no integration "${integration}"`);
			connectTokenTo({ store: connections }, integration);
		},
		setPageLatency: (next) => latency.set(next),
		inventoryItems: () => structuredClone(catalog.inventory.all() as InventoryItem[]),
		inventoryItem: (id) => structuredClone(catalog.inventory.get(id)),
		products: () => structuredClone(catalog.products.all() as Product[]),
		product: (id) => structuredClone(catalog.products.get(id)),
		ledger: () => structuredClone(catalog.ledger.all() as LedgerEntry[]),
		inboundShipments: () => structuredClone(catalog.inboundShipments.all() as InboundShipment[]),
		returns: () => structuredClone(catalog.returns.all() as Return[]),
		cartOrders: () => structuredClone(cart.orders.all() as CartOrder[]),
		cartProducts: () => structuredClone(cart.products.all() as CartProduct[]),
		freightShipments: () => structuredClone(freight.shipments.all() as FreightShipment[]),
		invoiceLineItems: () => structuredClone(carrier.lineItems.all() as InvoiceLineItem[]),
		carrierFiles: () =>
			carrier.files.map((file) => ({ ...file, content: Buffer.from(file.content) })),
		cartRefunds: () => structuredClone(cart.refunds),
		orders: () => structuredClone(store.all() as Order[]),
		order: (orderId) => {
			const order = store.get(orderId);
			return order === undefined ? undefined : structuredClone(order);
		},
		upsertOrder: (order) => store.upsert(structuredClone(order)),
		upsertInventoryItem: (item) => catalog.inventory.upsert(structuredClone(item)),
		upsertProduct: (product) => catalog.products.upsert(structuredClone(product)),
		upsertInboundShipment: (shipment) => catalog.inboundShipments.upsert(structuredClone(shipment)),
		upsertReturn: (record) => catalog.returns.upsert(structuredClone(record)),
		upsertCartOrder: (order) => cart.orders.upsert(structuredClone(order)),
		upsertCartProduct: (product) => cart.products.upsert(structuredClone(product)),
		upsertFreightShipment: (shipment) => freight.shipments.upsert(structuredClone(shipment)),
		upsertInvoiceLineItem: (lineItem) => carrier.lineItems.upsert(structuredClone(lineItem)),
		activity,
		reset,
		close: () => {
			activity.stop();
			closing ??= new Promise<void>((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			});
			return closing;
		},
	};
}
