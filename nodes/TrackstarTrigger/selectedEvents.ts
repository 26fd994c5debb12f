/**
 * Trackstar spells an event's resource with hyphens or underscores, not always as its catalog
 * does (its docs' sample message sends `inbound_shipment.updated` for the catalog's
 * `inbound-shipment.updated`), so both spellings name one event.
 */
const spelling = (eventType: string) => eventType.replace(/_/g, '-');

export function isSelectedEvent(selected: string[], eventType: string): boolean {
	return selected.some((event) => spelling(event) === spelling(eventType));
}
