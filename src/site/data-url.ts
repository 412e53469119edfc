/**
 * Makes a compact `data:` URL of an SVG image, to inline a small icon instead of requesting it:
 * white space collapsed, double quotes made single (when the SVG has none) and only the characters a
 * URL may not hold percent-encoded.
 */
export function svgDataUrl(svg: string): string {
  let text = svg.trim().replace(/\s+/g, ' ');
  if (!text.includes("'")) text = text.replace(/"/g, "'");
  return `data:image/svg+xml,${text.replace(/[ %#<>?"[\\\]^`{|}]/g, (c) => encodeURIComponent(c))}`;
}
