// `npm run bench:import-speed [-- --sizes 3000,30000,600000]`: times the importer's pipeline
// (repair, parse, body) on generated texts whose every line is a number line of the heading,
// the input that was quadratic (issue 18), up to the 10 MB the importer accepts. Prints one row per size.
import { parseArgs } from 'node:util';
import { t } from '../../src/i18n/index.ts';
import { writeBody } from '../importer/body.ts';
import { parseDocument } from '../importer/parse.ts';
import { repairText } from '../importer/repair.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string' } } });
const sizes = (values.sizes ?? '3000,10000,30000,100000,660000').split(',').map(Number);

console.log('lines\tMB\trepair ms\tparse ms\tbody ms\ttotal ms');
for (const count of sizes) {
  const line = t('documents.letter.numberLine', { identifier: '12/KH-SCT' });
  const text = Array.from({ length: count }, () => line).join('\n');
  const t0 = performance.now();
  const { blocks } = repairText(text, 'txt');
  const t1 = performance.now();
  const doc = parseDocument(blocks);
  const t2 = performance.now();
  writeBody(doc.body);
  const t3 = performance.now();
  const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
  const ms = (a, b) => (b - a).toFixed(0);
  console.log(`${count}\t${mb}\t${ms(t0, t1)}\t${ms(t1, t2)}\t${ms(t2, t3)}\t${ms(t0, t3)}`);
}
