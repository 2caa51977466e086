// Saves a data URL (e.g. a chart PNG) as a file.

/** Triggers a download of `href` under `filename`. */
export function download(href: string, filename: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}

/** A file-name-safe slug: "Kanwil Jawa Barat" → "kanwil-jawa-barat". */
export function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chart'
  );
}
