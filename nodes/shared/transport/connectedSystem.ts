/** What stands behind Trackstar for each of its connection types' APIs, named as a user knows it. */
const SYSTEMS: Record<string, string> = {
	wms: 'WMS',
	cart: 'store',
	freight: 'freight forwarder',
	carrier: 'carrier',
};

/**
 * The system a request reaches through Trackstar, by its path's first segment (`/wms/…`: the WMS,
 * `/cart/…`: the store…), for messages; undefined for Trackstar's own endpoints (connections,
 * integrations, magic links, schedules), which reach no system behind it.
 */
export function connectedSystem(path: string): string | undefined {
	const first = path.replace(/^\/+/, '').split(/[/?]/)[0];
	return Object.hasOwn(SYSTEMS, first) ? SYSTEMS[first] : undefined;
}

/** "Trackstar or the WMS", or "Trackstar" alone for its own endpoints. */
export function trackstarOrSystem(path: string): string {
	const system = connectedSystem(path);
	return system === undefined ? 'Trackstar' : `Trackstar or the ${system}`;
}
