/** A pack topic for tests of what the content script builds from packs and settings. */
export const topic = (id: string, color: string) => ({
  id,
  name: { sv: `${id} sv`, en: `${id} en` },
  description: { sv: 'x', en: 'x' },
  color,
  related: [],
});
