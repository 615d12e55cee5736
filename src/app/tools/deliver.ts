/**
 * Hands a file to the user: the Web Share API's file sharing where the device has it (a phone's
 * share sheet: WeChat, mail, files), a download otherwise. The file is made here; nothing is sent
 * anywhere unless the user picks a target.
 */
export async function deliverFile(name: string, type: string, text: string, title: string): Promise<'shared' | 'downloaded' | 'cancelled'> {
  const file = new File([text], name, { type });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title });
      return 'shared';
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
      /* share refused (e.g. no user activation left): fall back to a download */
    }
  }
  downloadFile(file);
  return 'downloaded';
}

/** Saves a file through the browser's download (a calendar file opens in the calendar app from there). */
export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "qinzhou-checks-20190204-1200": a file name from the instant, in China time. */
export function stampedName(prefix: string, isoChina: string, ext: string): string {
  return `${prefix}-${isoChina.slice(0, 16).replace(/[-:]/g, '').replace('T', '-')}.${ext}`;
}
