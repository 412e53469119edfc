// `npm run bench:import-speed [-- --inputs numbers,layout,markdown] [--sizes 3000,30000,600000]`:
// times the importer's pipeline (repair, parse, body) on generated texts of each shape it reads, by
// number of lines: number lines of the heading (the input that was quadratic, issue 18) up to the
// 10 MB the importer accepts; a PDF's text laid out in columns with page breaks and footnotes; a
// Markdown copy of headings and lists, which mdast reads (../importer/shape.ts cuts it into chunks:
// micromark alone is not linear over a whole document). Each input's default sizes end at about
// 10 MB. Prints one row per input and size; time that grows faster than the lines is a quadratic step.
import { parseArgs } from 'node:util';
import { t } from '../../src/i18n/index.ts';
import { writeBody } from '../importer/body.ts';
import { parseDocument } from '../importer/parse.ts';
import { repairText } from '../importer/repair.ts';

const { values } = parseArgs({
  options: { inputs: { type: 'string' }, sizes: { type: 'string' } },
});

const numberLine = t('documents.letter.numberLine', { identifier: '12/KH-SCT' });
const sentence = 'các cơ quan, đơn vị tổ chức thực hiện nội dung kế hoạch đúng thời hạn đã nêu';

/** Each input: how it makes a text of `count` lines, and its sizes when --sizes is not given. */
const INPUTS = {
  numbers: {
    sizes: [3000, 10000, 30000, 100000, 660000],
    text: (count) => Array.from({ length: count }, () => numberLine).join('\n'),
  },
  layout: {
    sizes: [3000, 10000, 30000, 100000],
    // A page of 40 lines: an indented first line, wrapped lines, a footnote at its foot.
    text: (count) =>
      Array.from({ length: count }, (_, i) => {
        if (i % 40 === 38) return `\n    1 Chú thích ${i}: ${sentence}.`;
        if (i % 40 === 39) return '\f';
        return i % 8 === 0 ? `        ${i}. Nội dung ${sentence}` : `    ${sentence}`;
      }).join('\n'),
  },
  markdown: {
    sizes: [3000, 10000, 30000, 100000],
    text: (count) =>
      Array.from({ length: count }, (_, i) =>
        i % 10 === 0 ? `## ${i}. **Mục ${i}**\n` : `- ${sentence} \\- ${i};`,
      ).join('\n'),
  },
};

const names = (values.inputs ?? Object.keys(INPUTS).join(',')).split(',');
console.log('input\tlines\tMB\trepair ms\tparse ms\tbody ms\ttotal ms');
for (const name of names) {
  const input = INPUTS[name];
  if (input === undefined) {
    console.error(`unknown input "${name}": one of ${Object.keys(INPUTS).join(', ')}`);
    process.exit(1);
  }
  const sizes = values.sizes?.split(',').map(Number) ?? input.sizes;
  for (const count of sizes) {
    const text = input.text(count);
    const t0 = performance.now();
    const { blocks } = repairText(text, 'txt');
    const t1 = performance.now();
    const doc = parseDocument(blocks);
    const t2 = performance.now();
    writeBody(doc.body);
    const t3 = performance.now();
    const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
    const ms = (a, b) => (b - a).toFixed(0);
    console.log(
      `${name}\t${count}\t${mb}\t${ms(t0, t1)}\t${ms(t1, t2)}\t${ms(t2, t3)}\t${ms(t0, t3)}`,
    );
  }
}
