// Public path of the CMS bundle (written by cms/integration.ts, loaded by /admin/).
export const CMS_BUNDLE_PATH = '/admin/cms.js';
