// Uploads with any file name (see ./uploadName.ts): before Decap's media library reads a chosen
// file, a name it would reduce to nothing is replaced by its pinyin, and the original name is kept
// (for this browser session) as the alt text the cover's 替代文字 field proposes. Decap's one English
// prompt (a file of that name exists) is asked in Chinese.
import { altFromFileName, storedUploadName } from './uploadName';

const KEY = 'kepu-upload-alt';

function remembered(): Record<string, string> {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

function remember(stored: string, alt: string): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...remembered(), [stored]: alt }));
  } catch {
    // Private mode without storage: only the proposal is lost.
  }
}

/** The alt text proposed for an uploaded file, by its stored name; undefined when it was not uploaded here or says nothing. */
export function uploadedAlt(storedName: string): string | undefined {
  return remembered()[storedName];
}

/** Decap's own upload inputs: every file input except those of this project's dialogs. */
function isMediaInput(target: EventTarget | null): target is HTMLInputElement {
  return target instanceof HTMLInputElement && target.type === 'file' && !target.closest('dialog');
}

export function installUploadNames(): void {
  document.addEventListener(
    'change',
    (event) => {
      if (!isMediaInput(event.target) || !event.target.files?.length) return;
      const files = [...event.target.files];
      if (files.every((f) => storedUploadName(f.name) === f.name)) return;
      const renamed = new DataTransfer();
      for (const file of files) {
        const stored = storedUploadName(file.name);
        const alt = altFromFileName(file.name);
        if (alt) remember(stored, alt);
        renamed.items.add(
          stored === file.name ? file : new File([file], stored, { type: file.type, lastModified: file.lastModified }),
        );
      }
      // Decap's handler (at React's root, after this capturing listener) reads the renamed files.
      event.target.files = renamed.files;
    },
    true,
  );
  const confirm = window.confirm.bind(window);
  window.confirm = (message?: string) => {
    const exists = /^(.+) already exists\. Do you want to replace it\?$/u.exec(message ?? '');
    return confirm(exists ? `已有同名文件“${exists[1]}”，要用新上传的文件替换它吗？` : message);
  };
}
