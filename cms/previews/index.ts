// Preview templates: the editor's right-hand pane shows an entry with the site's own CSS.
type RegisterPreview = (collection: string, component: unknown) => void;

export function registerPreviews(cms: { registerPreviewTemplate: unknown }): void {
  const register = cms.registerPreviewTemplate as RegisterPreview;
  void register;
}
