// Uploads land in src/assets/uploads/ so astro:assets optimises them at the next build. Paths are
// written relative to the entry file (../../assets/uploads/x.jpg): that is what the `image()`
// schema helper resolves, for front matter images and Markdown body images alike.

/** Repository path of the uploads folder. */
export const UPLOADS_DIR = 'src/assets/uploads';

/** Media settings for a folder collection whose entries sit in src/content/<name>/. */
export const contentMedia = {
  media_folder: '../../assets/uploads',
  public_folder: '../../assets/uploads',
} as const;
