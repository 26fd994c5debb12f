/**
 * Where a contender's CPU goes: V8 `.cpuprofile` files (from `--cpu-prof`) summed up by who owns
 * the code (our package, the minimal node, n8n-core, axios, n8n itself, Node, the garbage
 * collector...), with the functions that took the most time of their own, and the time spent
 * inside our package's code, callees included. Averaged over the runs profiled.
 */
import { readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}

interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

export interface ProfileSummary {
	/** Runs the figures are averaged over (a run may leave several processes' profiles). */
	runs: number;
	/** Sampled time per run, ms. */
	totalMs: number;
	/** Own time per owner of the code, ms per run, largest first. */
	byOwner: Array<{ owner: string; ms: number }>;
	/** The functions with the most time of their own, ms per run. */
	topFunctions: Array<{ function: string; owner: string; ms: number }>;
	/** Time inside this package's code, callees included, ms per run. */
	oursInclusiveMs: number;
}

const OURS = 'node_modules/n8n-nodes-trackstar/';

/** Who a frame's code belongs to: a package by its name, Node's own code, or V8's pseudo-frames. */
export function owner(frame: ProfileNode['callFrame']): string {
	const { url, functionName } = frame;
	if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
	if (url.startsWith('node:')) return 'node';
	const packages = [...url.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)];
	if (packages.length > 0) return packages[packages.length - 1][1];
	return url.includes('/dist/') ? 'n8n' : url;
}

function readProfile(file: string): CpuProfile {
	return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

export function summarizeProfiles(files: string[], runs: number): ProfileSummary {
	const byOwner = new Map<string, number>();
	const byFunction = new Map<string, { owner: string; ms: number }>();
	let totalMs = 0;
	let oursInclusiveMs = 0;
	for (const file of files) {
		const profile = readProfile(file);
		const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
		const parent = new Map<number, number>();
		for (const node of profile.nodes)
			for (const child of node.children ?? []) parent.set(child, node.id);
		// Is this node, or any frame above it, our code? Memoized per node.
		const underOurs = new Map<number, boolean>();
		const isUnderOurs = (id: number): boolean => {
			const known = underOurs.get(id);
			if (known !== undefined) return known;
			const node = nodes.get(id)!;
			const up = parent.get(id);
			const answer = node.callFrame.url.includes(OURS) || (up !== undefined && isUnderOurs(up));
			underOurs.set(id, answer);
			return answer;
		};
		const selfMs = new Map<number, number>();
		profile.samples.forEach((id, index) => {
			selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
		});
		let sampled = 0;
		for (const [id, ms] of selfMs) {
			const frame = nodes.get(id)!.callFrame;
			const who = owner(frame);
			sampled += ms;
			byOwner.set(who, (byOwner.get(who) ?? 0) + ms);
			const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
			const entry = byFunction.get(key) ?? { owner: who, ms: 0 };
			entry.ms += ms;
			byFunction.set(key, entry);
			if (isUnderOurs(id)) oursInclusiveMs += ms;
		}
		totalMs += sampled;
	}
	const perRun = (ms: number) => Math.round(ms / Math.max(1, runs));
	return {
		runs,
		totalMs: perRun(totalMs),
		byOwner: [...byOwner]
			.map(([who, ms]) => ({ owner: who, ms: perRun(ms) }))
			.sort((a, b) => b.ms - a.ms),
		topFunctions: [...byFunction]
			.map(([name, { owner: who, ms }]) => ({ function: name, owner: who, ms: perRun(ms) }))
			.sort((a, b) => b.ms - a.ms)
			.slice(0, 15),
		oursInclusiveMs: perRun(oursInclusiveMs),
	};
}
