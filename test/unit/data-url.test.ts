import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { svgDataUrl } from '../../src/site/data-url.ts';

const PREFIX = 'data:image/svg+xml,';

describe('svgDataUrl', () => {
  it('gives back the SVG, white space collapsed, once percent-decoded', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg">\n  <rect fill="#8f1515"/>\n</svg>\n';
    const url = svgDataUrl(svg);
    expect(url.startsWith(PREFIX)).toBe(true);
    expect(decodeURIComponent(url.slice(PREFIX.length))).toBe(
      "<svg xmlns='http://www.w3.org/2000/svg'> <rect fill='#8f1515'/> </svg>",
    );
  });

  it('leaves no character a URL or an HTML attribute cannot hold as it is', () => {
    const url = svgDataUrl(readFileSync('public/favicon.svg', 'utf8'));
    const unescaped = url.slice(PREFIX.length).replace(/%[0-9A-F]{2}/g, '');
    expect(unescaped).not.toMatch(/[\s<>#"%{}|\\^`[\]?]/);
  });

  it('keeps double quotes, encoded, when the SVG also uses single quotes', () => {
    const svg = `<svg aria-label="it's"/>`;
    expect(decodeURIComponent(svgDataUrl(svg).slice(PREFIX.length))).toBe(svg);
  });
});
