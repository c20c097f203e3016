import type { CmsCollection } from '../types';
import { interpretationsCollection } from './interpretations';
import { siteSettingsCollection } from './siteSettings';

/** Every collection, in the order editors see them in the sidebar. */
export const collections: readonly CmsCollection[] = [interpretationsCollection, siteSettingsCollection];
