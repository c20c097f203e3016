// Lets Node load the build's own TypeScript modules (src/schemas/, cms/entryTextCheck.ts) in
// `npm start`, so the local CMS API checks every save with the build's rules. Those modules are
// written for Vite and Astro: relative imports without an extension, JSON without an import
// attribute. Only project files are helped, and only where Node's own resolution fails.
import { registerHooks } from 'node:module';

const inProject = (/** @type {string | undefined} */ parent) =>
  parent?.startsWith('file:') === true && !parent.includes('/node_modules/');

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.endsWith('.json') && inProject(context.parentURL) && context.importAttributes.type === undefined)
      return { ...next(specifier, context), importAttributes: { type: 'json' } };
    try {
      return next(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (/** @type {any} */ (error)?.code !== 'ERR_MODULE_NOT_FOUND' || !relative || !inProject(context.parentURL))
        throw error;
      return next(`${specifier}.ts`, context);
    }
  },
});
