/** Reads a chosen file as text, refusing a file too large before reading it into memory. */
export async function readChosenFile(
  input: HTMLInputElement,
  maxBytes: number,
): Promise<{ name: string; text?: string; size: number } | undefined> {
  const file = input.files?.[0];
  // Clearing lets the user choose the same file again after fixing it.
  input.value = '';
  if (!file) return undefined;
  if (file.size > maxBytes) return { name: file.name, size: file.size };
  return { name: file.name, text: await file.text(), size: file.size };
}
