/**
 * After an extension reload or update, the orphaned content script's storage and runtime calls
 * throw "Extension context invalidated". Its listeners died with the old extension anyway, so
 * removing them may fail silently; anything else still runs.
 */
export function disposeQuietly(dispose: () => void): () => void {
  return () => {
    try {
      dispose();
    } catch {
      // Nothing left to remove.
    }
  };
}
