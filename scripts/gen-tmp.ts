import { writeFileSync } from 'node:fs';
import { TrackstarOrders } from '../nodes/TrackstarOrders/TrackstarOrders.node';
const node = new TrackstarOrders();
writeFileSync('/work/wt-orderops/test/fixtures/trackstarOrders.description.json', JSON.stringify({ description: node.description, listSearch: Object.keys(node.methods.listSearch).sort() }, null, '\t') + '\n');
