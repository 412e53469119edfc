import { t } from '../i18n/index.ts';

/** Where a value came from, for error messages: the content file and the front-matter field. */
export interface Origin {
  file: string;
  field: string;
}

/** Thrown when content is wrong in a way the schema cannot see; names the file and the field. */
export class ContentError extends Error {
  constructor(origin: Origin, message: string) {
    super(t('errors.content.where', { file: origin.file, field: origin.field, message }));
    this.name = 'ContentError';
  }
}

/** Looks an id up in a map and throws a ContentError naming the file and field when it is missing. */
export function requireEntry<T>(
  map: ReadonlyMap<string, T>,
  id: string,
  origin: Origin,
  kind: string,
): T {
  const found = map.get(id);
  if (found === undefined) {
    const known = [...map.keys()].sort().join(', ') || t('errors.content.noneKnown');
    throw new ContentError(origin, t('errors.content.unknownId', { kind, id, known }));
  }
  return found;
}

/** Throws a ContentError when two entries share a value that must be unique (an order, a route). */
export function requireUnique<T>(
  items: readonly T[],
  key: (item: T) => string | number,
  origin: (item: T) => Origin,
): void {
  const seen = new Map<string | number, T>();
  for (const item of items) {
    const value = key(item);
    const other = seen.get(value);
    if (other !== undefined) {
      throw new ContentError(
        origin(item),
        t('errors.content.duplicate', { value, file: origin(other).file }),
      );
    }
    seen.set(value, item);
  }
}
