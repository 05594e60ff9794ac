/** Converts between document URIs and file paths; the server keys its state by path so URI spellings never split a file in two. */
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Schemes whose path is a real file on disk (VS Code shows the user `mcp.json` as `vscode-userdata:`). */
const FILE_LIKE_SCHEMES = new Set(['file:', 'vscode-userdata:']);

/** The file path of a URI, or undefined for documents that are not files (untitled, git, output...). */
export function uriToPath(uri: string): string | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (!FILE_LIKE_SCHEMES.has(url.protocol)) return undefined;
  try {
    if (url.protocol === 'file:') return fileURLToPath(url);
    return fileURLToPath(`file://${url.pathname}`);
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).toString();
}
