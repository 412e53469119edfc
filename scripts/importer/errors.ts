// The one kind of error the importer raises for bad input: a message key of the importer area and
// its parameters, turned into the Vietnamese sentence the command prints. Nothing is written after one.
import { t, type ParamsOf, type StringKey } from '../../src/i18n/index.ts';

export class ImportError extends Error {
  readonly key: StringKey;

  constructor(key: StringKey, message: string) {
    super(message);
    this.name = 'ImportError';
    this.key = key;
  }
}

/** Builds an ImportError whose message is the Vietnamese string of `key` with its parameters filled in. */
export function importError<K extends StringKey>(key: K, ...params: ParamsOf<K>): ImportError {
  return new ImportError(key, t(key, ...params));
}
