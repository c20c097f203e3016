// Uploads land under src/assets/ (articles/, topics/, or uploads/ for the other collections) so
// astro:assets optimises them at the next build. Paths are written relative to the entry file
// (../../assets/articles/x.jpg): that is what the `image()` schema helper resolves, for front matter
// images and Markdown body images alike.

/**
 * Where the media library opens, for the whole CMS (媒体) and for articles: the articles'
 * illustrations, so an editor sees and can reuse the site's pictures (an empty uploads folder showed
 * only its placeholder file).
 */
export const ILLUSTRATIONS_DIR = 'src/assets/articles';

/** Media settings for a folder collection whose entries sit in src/content/<name>/; `folder` under src/assets/. */
export function contentMedia(folder: 'uploads' | 'articles' | 'topics' = 'uploads') {
  return { media_folder: `../../assets/${folder}`, public_folder: `../../assets/${folder}` } as const;
}
