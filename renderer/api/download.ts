import type { ExportedFile } from '../../core/api';
import { call, isDesktop } from './client';

/** Desktop: the save dialog. Browser mode: a regular download. */
export async function saveExportedFile(file: ExportedFile): Promise<boolean> {
  if (isDesktop) {
    const result = await call('desktop.saveFile', { filename: file.filename, base64: file.base64 });
    return result.saved;
  }
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/** A file the user picked, as base64 for the API (files travel as JSON). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
