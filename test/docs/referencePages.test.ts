import { readdirSync, readFileSync } from '@n8n-nodes-trackstar/node-runtime/fs';
import { dirname, join, normalize } from '@n8n-nodes-trackstar/node-runtime/path';

import { Trackstar } from '../../nodes/Trackstar/Trackstar.node';
import { TrackstarCarrier } from '../../nodes/TrackstarCarrier/TrackstarCarrier.node';
import { TrackstarCart } from '../../nodes/TrackstarCart/TrackstarCart.node';
import { TrackstarFreight } from '../../nodes/TrackstarFreight/TrackstarFreight.node';
import { TrackstarOrders } from '../../nodes/TrackstarOrders/TrackstarOrders.node';
import { TrackstarOrdersTrigger } from '../../nodes/TrackstarOrdersTrigger/TrackstarOrdersTrigger.node';
import { TrackstarPollingTrigger } from '../../nodes/TrackstarPollingTrigger/TrackstarPollingTrigger.node';
import { TrackstarTrigger } from '../../nodes/TrackstarTrigger/TrackstarTrigger.node';
import {
	anchor,
	begin,
	END,
	nodeSources,
	PAGE_FILES,
	PAGES_FOLDER,
	referencePages,
	withBlocks,
	type ReferencePage,
} from '../../scripts/docs/referencePages';
import { REPO_ROOT } from '../../scripts/support/repoRoot';

/** The nodes as jest loads them (npm run docs loads the same sources under tsx: scripts/docs/index.ts). */
const NODES = [
	new Trackstar(),
	new TrackstarCart(),
	new TrackstarFreight(),
	new TrackstarCarrier(),
	new TrackstarOrders(),
	new TrackstarOrdersTrigger(),
	new TrackstarPollingTrigger(),
	new TrackstarTrigger(),
];

let pages: Map<string, ReferencePage> | undefined;
function page(file: string): ReferencePage {
	pages ??= new Map(referencePages(NODES).map((each) => [each.file, each]));
	return pages.get(join(PAGES_FOLDER, file))!;
}

/** Where a page first differs from what the generator writes, to say in the failure. */
function firstDifference({ current, expected }: ReferencePage): string {
	const have = current.split('\n');
	const want = expected.split('\n');
	const line = have.findIndex((text, index) => text !== want[index]);
	const at = line === -1 ? have.length : line;
	const clip = (text: string | undefined) =>
		text === undefined ? '(end of page)' : JSON.stringify(text.slice(0, 160));
	return `line ${at + 1} is ${clip(have[at])}, the generator writes ${clip(want[at])}`;
}

describe('The reference pages (docs/nodes/*.md)', () => {
	it('document every node package.json publishes', () => {
		expect(NODES.map((node) => node.constructor.name).sort()).toEqual(
			nodeSources()
				.map(({ className }) => className)
				.sort(),
		);
	});

	it('are every page of docs/nodes', () => {
		const onDisk = readdirSync(join(REPO_ROOT, PAGES_FOLDER)).filter((file) =>
			file.endsWith('.md'),
		);
		expect(onDisk.sort()).toEqual([...PAGE_FILES].sort());
	});

	it.each(PAGE_FILES)('%s is what npm run docs writes', (file) => {
		const written = page(file);
		if (written.current !== written.expected) {
			throw new Error(
				`${written.file} differs from what the generator writes (${firstDifference(written)}): run npm run docs`,
			);
		}
	});
});

describe('Writing a generated block', () => {
	const text = (inside: string) =>
		[
			'# Page',
			'',
			'Prose before.',
			'',
			begin('reference'),
			inside,
			END,
			'',
			'Prose after.',
			'',
		].join('\n');

	it('rewrites only what is between the markers', () => {
		expect(withBlocks('page.md', text('old table'), { reference: '| new |' })).toBe(
			text('\n| new |\n'),
		);
	});

	it('refuses a page without the markers of a block, and says which to add', () => {
		expect(() => withBlocks('page.md', '# Page\n', { reference: 'x' })).toThrow(
			`page.md: add the markers of "reference": ${begin('reference')}`,
		);
	});

	it('refuses a block without its end marker, and a block nobody generates', () => {
		expect(() =>
			withBlocks('page.md', `${begin('operations')}\n${text('')}`, {
				operations: 'x',
				reference: 'y',
			}),
		).toThrow('page.md: the block "operations" has no end marker');
		expect(() => withBlocks('page.md', text(''), {})).toThrow(
			'page.md: no block is generated as "reference"',
		);
	});
});

/** A page's anchors, as GitHub makes them: each heading's, a repeated one numbered. */
function anchorsOf(text: string): Set<string> {
	const anchors = new Set<string>();
	let fenced = false;
	for (const line of text.split('\n')) {
		if (line.startsWith('```')) fenced = !fenced;
		const heading = !fenced && /^#{1,6} (.+)$/.exec(line);
		if (!heading) continue;
		const base = anchor(heading[1].replace(/`/g, ''));
		let candidate = base;
		for (let count = 1; anchors.has(candidate); count++) candidate = `${base}-${count}`;
		anchors.add(candidate);
	}
	return anchors;
}

describe('Links to a section of a reference page', () => {
	const pagesFolder = join(REPO_ROOT, PAGES_FOLDER);
	const docs = join(REPO_ROOT, 'docs');
	const sources = [
		join(REPO_ROOT, 'README.md'),
		...readdirSync(docs)
			.filter((file) => file.endsWith('.md'))
			.map((file) => join(docs, file)),
		...PAGE_FILES.map((file) => join(pagesFolder, file)),
	];

	it.each(sources.map((source) => [source.slice(REPO_ROOT.length + 1), source]))(
		'%s: each goes to a heading that is there',
		(_name, source) => {
			const broken: string[] = [];
			const text = readFileSync(source, 'utf8');
			for (const [, target, section] of text.matchAll(/\]\(([^)#\s]*)#([^)\s]+)\)/g)) {
				const file = target === '' ? source : normalize(join(dirname(source), target));
				if (dirname(file) !== pagesFolder) continue;
				if (!anchorsOf(readFileSync(file, 'utf8')).has(section))
					broken.push(`${target}#${section}`);
			}
			expect(broken).toEqual([]);
		},
	);
});
