import type { TrackstarResource } from '../model';
import { freightShipmentResource } from './freightShipment';

/**
 * Every resource of the Trackstar Freight node: what a freight connection's access token can read
 * (`/freight/...`). Adding one: its folder, this line, its tests.
 */
export const FREIGHT_RESOURCES: TrackstarResource[] = [freightShipmentResource];
