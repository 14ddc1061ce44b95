// Hands a generated text file to the browser as a download (console .vv files).
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The click starts the download synchronously; the URL only has to outlive it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
