/** Roman numerals, as congresses and terms are numbered (Đại hội XIV, khóa XV). */

const ROMAN: [number, string][] = [
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** 1–49 in Roman numerals, lower case. */
export function toRoman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

/** A Roman numeral 1–49 (any case) as a number, or undefined. */
export function fromRoman(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (!/^(xl|x{0,3})(ix|iv|v?i{0,3})$/.test(lower) || lower === '') return undefined;
  for (let n = 1; n < 50; n++) if (toRoman(n) === lower) return n;
  return undefined;
}
