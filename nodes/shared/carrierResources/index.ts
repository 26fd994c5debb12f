import type { TrackstarResource } from '../model';
import { carrierFileResource } from './carrierFile';
import { invoiceLineItemResource } from './invoiceLineItem';

/**
 * Every resource of the Trackstar Carrier node: what a carrier connection's access token can read
 * and tag (`/carrier/...`). Adding one: its folder, this line, its tests.
 */
export const CARRIER_RESOURCES: TrackstarResource[] = [
	invoiceLineItemResource,
	carrierFileResource,
];
