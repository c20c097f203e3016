/**
 * Astro's cache folder (content store, processed images, the incremental build's manifest and page
 * copies). A build of another content set (the tests' fixtures), or without the examples
 * (SITE_EXAMPLES=hide), keeps its own, so a cached entry of one never leaks into the other.
 * Used by astro.config.mjs and by `npm run build:incremental`, which checks and seals that folder.
 */
export function astroCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const variant = [env.KEPU_CONTENT_DIR ? 'fixture' : '', env.SITE_EXAMPLES === 'hide' ? 'noexamples' : '']
    .filter(Boolean)
    .join('-');
  return variant ? `./node_modules/.astro-${variant}/` : './node_modules/.astro/';
}
