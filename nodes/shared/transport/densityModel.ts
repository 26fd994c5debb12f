/**
 * How many records a list holds between two dates, from two densities measured on pages read:
 * records per ms as a power of the time left before the list's end, A·(end − t)^k. One exponent
 * fits a list as dense throughout (k = 0), and one that grows denser towards now (k < 0: a
 * growing business, or a filter that keeps recent records) or thinner (k > 0).
 */
export interface DensitySample {
	/** The middle of the dates the sample's records span, in ms. */
	at: number;
	/** Its records per ms. */
	perMs: number;
}

export interface DensityModel {
	/** Records expected from `from` (inclusive) to `to` (exclusive). */
	between(from: number, to: number): number;
	/** The date by which `count` records from `from` are expected; the end where they are not. */
	reach(from: number, count: number): number;
}

/** How far the exponent may go: below -1 the records near the end would be infinitely many. */
const MIN_EXPONENT = -0.9;
const MAX_EXPONENT = 3;
/** No date is nearer the end than this: a second. */
const MIN_AGE_MS = 1000;

export function densityModel(
	end: number,
	older: DensitySample,
	newer: DensitySample,
): DensityModel {
	const olderAge = Math.max(MIN_AGE_MS, end - older.at);
	const newerAge = Math.max(MIN_AGE_MS, end - newer.at);
	const ratio = Math.log(olderAge / newerAge);
	const fitted = Math.abs(ratio) < 1e-6 ? 0 : Math.log(newer.perMs / older.perMs) / -ratio;
	const k = Math.min(MAX_EXPONENT, Math.max(MIN_EXPONENT, Number.isFinite(fitted) ? fitted : 0));
	const scale = older.perMs / Math.pow(olderAge, k);
	/** Records from `t` to the end. */
	const after = (t: number) => (scale / (k + 1)) * Math.pow(Math.max(0, end - t), k + 1);
	return {
		between: (from, to) => Math.max(0, after(from) - after(to)),
		reach: (from, count) => {
			const rest = after(from) - count;
			if (rest <= 0) return end;
			return end - Math.pow((rest * (k + 1)) / scale, 1 / (k + 1));
		},
	};
}
