import type { CmsCollection } from '../types';
import { articlesCollection } from './articles';
import { topicsCollection } from './topics';
import { eventsCollection } from './events';
import { policiesCollection } from './policies';
import { interpretationsCollection } from './interpretations';
import { siteSettingsCollection } from './siteSettings';
import { sitePagesCollection } from './pages';

/** Every collection, in the order editors see them in the sidebar. */
export const collections: readonly CmsCollection[] = [
  articlesCollection,
  topicsCollection,
  eventsCollection,
  policiesCollection,
  interpretationsCollection,
  sitePagesCollection,
  siteSettingsCollection,
];
