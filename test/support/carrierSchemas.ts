import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { join } from '@n8n-nodes-trackstar/node-runtime/path';

import { REPO_ROOT } from '../../scripts/support/repoRoot';

/**
 * The Carrier API's shapes, written from Trackstar's pages (it has no OpenAPI copy):
 * docs/trackstar-api/carrier-schemas.json says from which.
 */
export const CARRIER_SCHEMAS_PATH = join(
	REPO_ROOT,
	'docs',
	'trackstar-api',
	'carrier-schemas.json',
);

let ajv: Ajv | undefined;

function carrierSchema(name: string): ValidateFunction {
	if (!ajv) {
		ajv = new Ajv({ allErrors: true });
		addFormats(ajv);
		ajv.addSchema(JSON.parse(readFileSync(CARRIER_SCHEMAS_PATH, 'utf8')) as object);
	}
	const validate = ajv.getSchema(`carrier#/definitions/${name}`);
	if (!validate) throw new Error(`No schema ${name} in ${CARRIER_SCHEMAS_PATH}`);
	return validate;
}

/** Throws with ajv's findings when `value` does not validate against the carrier schema. */
export function expectValidCarrier(name: string, value: unknown): void {
	const validate = carrierSchema(name);
	if (!validate(value)) {
		throw new Error(
			`Body does not validate against ${name}:\n${JSON.stringify(validate.errors, null, 2)}`,
		);
	}
}
