import type { IDataObject } from 'n8n-workflow';

/** FNV-1a, 32-bit, over the UTF-8 bytes, as 8 hex digits: short, and enough to tell two versions of one record apart. */
export function fnv1a32(text: string): string {
	let hash = 0x811c9dc5;
	for (const byte of Buffer.from(text, 'utf8')) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/** JSON with object keys sorted, so the same state always reads the same. */
function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (typeof value === 'object' && value !== null) {
		const entries = Object.keys(value)
			.sort()
			.filter((key) => (value as IDataObject)[key] !== undefined)
			.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as IDataObject)[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** A fingerprint of a record's whole state: it changes whenever any field does. */
export function recordFingerprint(record: IDataObject): string {
	return fnv1a32(canonicalJson(record));
}
