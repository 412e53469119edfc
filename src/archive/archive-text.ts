// Words the archive's pages build from the campaigns' data.
import { t } from '../i18n/index.ts';
import type { CitingPlace } from './archive-model.ts';

/** A place that cites a document, as a link says it: `mục 1 của Kế hoạch số 15/KH-SGDĐT`. */
export function citedPlaceText(place: CitingPlace): string {
  return place.provision === null
    ? t('archive.cited.place', { place: place.place, document: place.document })
    : t('archive.cited.placeProvision', {
        place: place.place,
        document: place.document,
        provision: place.provision,
      });
}
