import {
  describeFileSize, MAX_FILE_BYTES,
  type AppInfo, type FileFilter, type OpenedFile, type OpenFileRequest, type Platform, type SaveFileRequest, type SaveFileResult,
} from '../../shared/platform';

/**
 * The host for a plain browser: saving downloads the file, opening uses a file picker, and
 * there is no native menu. The browser chooses where downloads go, so the suggested name is
 * the name we report back.
 */
export function createBrowserPlatform(): Platform {
  return {
    appInfo: async (): Promise<AppInfo> => ({ name: 'Integration Mapper', version: __APP_VERSION__, host: 'browser' }),
    saveFile: async (request) => downloadFile(request),
    openFile: (request) => pickFile(request),
    onMenuCommand: () => () => {},
  };
}

function downloadFile({ suggestedName, filters, contents }: SaveFileRequest): SaveFileResult {
  if (contents.byteLength > MAX_FILE_BYTES) throw new Error(`"${suggestedName}" is larger than ${describeFileSize(MAX_FILE_BYTES)} and cannot be saved.`);
  // Copy into a fresh ArrayBuffer: a Uint8Array may be a view on a larger (or shared) buffer.
  const blob = new Blob([contents.slice()], { type: mimeTypeFor(filters) });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; give it a moment to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { saved: true, fileName: suggestedName };
}

function pickFile({ filters }: OpenFileRequest): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.hidden = true;
    const finish = () => input.remove();

    input.addEventListener('cancel', () => { finish(); resolve(null); }, { once: true });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      finish();
      if (!file) { resolve(null); return; }
      if (file.size > MAX_FILE_BYTES) {
        reject(new Error(`"${file.name}" is ${describeFileSize(file.size)}; files larger than ${describeFileSize(MAX_FILE_BYTES)} cannot be opened.`));
        return;
      }
      file.arrayBuffer().then(
        (buffer) => resolve({ fileName: file.name, contents: new Uint8Array(buffer) }),
        () => reject(new Error(`"${file.name}" could not be read.`)),
      );
    }, { once: true });

    document.body.append(input);
    input.click();
  });
}

/** `.xlsx,.json` for the picker; empty (any file) when no filter is given. */
function acceptAttribute(filters: readonly FileFilter[]): string {
  return filters.flatMap((f) => f.extensions).map((ext) => `.${ext}`).join(',');
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
  csv: 'text/csv',
};

function mimeTypeFor(filters: readonly FileFilter[]): string {
  const extension = filters[0]?.extensions[0];
  return (extension && MIME_TYPES[extension]) ?? 'application/octet-stream';
}
