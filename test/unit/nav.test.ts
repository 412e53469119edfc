import { describe, expect, it } from 'vitest';
import {
  breadcrumbs,
  navItems,
  sectionName,
  siteSections,
  type SectionContents,
} from '../../src/site/nav.ts';

/** Every section that depends on the content has something in it. */
const FULL: SectionContents = {
  campaignDocuments: true,
  focusAreas: true,
  guidance: true,
  documents: true,
  anniversaries: true,
};

// The launch letter's route and type come from the content; the tests use the real ones.
const SECTIONS = siteSections({ path: '/cong-van/', type: 'Công văn' }, FULL);

/** The `current` value of each menu item, by href. */
function currentOf(path: string): Record<string, string | undefined> {
  return Object.fromEntries(navItems(path, SECTIONS).map((item) => [item.href, item.current]));
}

describe('navItems', () => {
  it('lists every section in order, with its label', () => {
    const items = navItems('/', SECTIONS);
    expect(items.map((i) => i.href)).toEqual(SECTIONS.map((s) => s.path));
    expect(items.map((i) => i.label)).toEqual(SECTIONS.map((s) => s.label));
    expect(items[0]).toMatchObject({ href: '/', label: 'Tổng quan' });
  });

  it('marks the home page as the page, and nothing else', () => {
    const current = currentOf('/');
    expect(current['/']).toBe('page');
    expect(Object.values(current).filter((c) => c !== undefined)).toEqual(['page']);
  });

  it('marks a section index as the page', () => {
    expect(currentOf('/van-ban/')['/van-ban/']).toBe('page');
    expect(currentOf('/cong-van/')['/cong-van/']).toBe('page');
  });

  it('marks the section of a page inside it as "true"', () => {
    const current = currentOf('/van-ban/chi-thi-47-ct-tw/');
    expect(current['/van-ban/']).toBe('true');
    expect(current['/']).toBeUndefined();
    expect(Object.values(current).filter((c) => c !== undefined)).toEqual(['true']);
    expect(currentOf('/noi-dung/chuyen-doi-so/')['/noi-dung/']).toBe('true');
  });

  it('marks nothing on a page outside every section', () => {
    expect(Object.values(currentOf('/404.html')).every((c) => c === undefined)).toBe(true);
  });

  it('does not take a path that only starts like a section for that section', () => {
    expect(currentOf('/cong-van-2/')['/cong-van/']).toBeUndefined();
  });

  it('accepts its own sections', () => {
    const items = navItems('/b/c/', [
      { path: '/', label: 'Home' },
      { path: '/b/', label: 'B' },
    ]);
    expect(items).toEqual([
      { href: '/', label: 'Home', current: undefined },
      { href: '/b/', label: 'B', current: 'true' },
    ]);
  });

  it("takes the launch letter's path and name from the content, not from code", () => {
    const sections = siteSections({ path: '/ke-hoach/', type: 'Kế hoạch' }, FULL);
    expect(sections[1]).toEqual({ id: 'letter', path: '/ke-hoach/', label: 'Kế hoạch' });
    expect(sections.map((s) => s.path)).not.toContain('/cong-van/');
  });

  it('leaves out a section with nothing in it', () => {
    const sections = siteSections(
      { path: '/ke-hoach/', type: 'Kế hoạch' },
      { ...FULL, anniversaries: false, campaignDocuments: false },
    );
    expect(sections.map((s) => s.id)).toEqual([
      'home',
      'letter',
      'focusAreas',
      'guidance',
      'documents',
      'search',
    ]);
  });
});

describe('breadcrumbs', () => {
  it('starts at the overview and ends at the page, linking only the ancestors', () => {
    const documents = SECTIONS.find((s) => s.id === 'documents')!;
    expect(breadcrumbs('Chỉ thị 47-CT/TW', documents)).toEqual([
      { label: 'Tổng quan', href: '/' },
      { label: documents.label, href: '/van-ban/' },
      { label: 'Chỉ thị 47-CT/TW' },
    ]);
    expect(breadcrumbs(sectionName('anniversaries'))).toEqual([
      { label: 'Tổng quan', href: '/' },
      { label: sectionName('anniversaries') },
    ]);
  });

  it('names a section as the menu does', () => {
    for (const section of SECTIONS)
      expect(section.label).toBe(section.id === 'letter' ? 'Công văn' : sectionName(section.id));
  });
});
