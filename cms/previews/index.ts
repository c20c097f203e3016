// Preview templates: the editor's right-hand pane shows an entry with the site's own CSS
// (registered in main.ts from the built pages' stylesheets).
import { ArticlePreview } from './ArticlePreview';
import { EventPreview } from './EventPreview';

type RegisterPreview = (collection: string, component: unknown) => void;

export function registerPreviews(cms: { registerPreviewTemplate: unknown }): void {
  const register = cms.registerPreviewTemplate as RegisterPreview;
  register('articles', ArticlePreview);
  register('events', EventPreview);
}
